"""Two entities the question joins by "and" ("who sat on both *X* and *Y*?") play one role:
a joint answer whose walks from them are alike, each through a record of its own (a
membership record per committee seat), is priced as each walk was alone
(:func:`kgchat.retrieval.coordinated.alike_hops`), on a tiny graph of committee seats."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.coordinated import coordinated
from kgchat.retrieval.question import analyze

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _committees() -> KnowledgeGraph:
    """Seats on committees as membership records (a blank node naming the member and the
    committee, as the W3C organisation ontology's ``Membership``); both committees are
    sub-organisations of one assembly."""
    seats = {
        "Sandra Gill": ["Health", "Education"],
        "Tom Reed": ["Health"],
        "Una Voss": ["Education", "Finance"],
    }
    rows = [
        ("Assembly", "label", '"Legislative Assembly of Westmark"'),
        ("Assembly", TYPE, "Organization"),
    ]
    for c in ("Health", "Education", "Finance"):
        rows += [
            (c, "label", f'"Standing Committee on {c}"'),
            (c, TYPE, "Committee"),
            (c, "sub organization of", "Assembly"),
        ]
    for who, committees in seats.items():
        person = who.replace(" ", "_")
        rows += [(person, "label", f'"{who}"'), (person, TYPE, "Person")]
        for c in committees:
            seat = f"_:{person}_{c}"
            rows += [(seat, "member", person), (seat, "organization", c)]
            rows.append((seat, TYPE, "Membership"))
    return KnowledgeGraph.from_triples(rows)


def test_the_member_of_both_committees_comes_before_their_parent() -> None:
    """Each committee's walk reaches its members through a membership record of its own
    (its hop into the record free, as alone) and the assembly by one hop. The joint path of
    the two alike walks had paid for both hops into records, and the assembly both
    committees belong to came first; the member of both now does."""
    r = Retriever(_committees())
    q = "Who sat on both the Health committee and the Education committee?"
    assert r.retrieve(q).candidates[0].label == "Sandra Gill"


def test_coordinated_reads_and_between_two_mentions_only() -> None:
    """Mentions joined by "and" (the noun both modify between) are coordinated; an "and" that
    starts a second clause ("and starred in"), a verb or a preposition between is not."""
    cases = [
        ("Who sat on both the Health committee and the Education committee?", 5, 9, True),
        ("Which papers did Ann and Bo write together?", 3, 5, True),
        ("Who directed Ann and starred in Bo?", 2, 6, False),
        ("Which letters from Ann to Bo?", 3, 5, False),
        ("Which film did Ann direct and Bo star in?", 3, 6, False),
    ]
    for text, a, b, joined in cases:
        toks = analyze(text, [(a, a + 1), (b, b + 1)]).tokens
        assert coordinated(toks, [(a, a + 1), (b, b + 1)]) == frozenset({0, 1} if joined else ())
