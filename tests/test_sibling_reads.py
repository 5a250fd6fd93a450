"""Hop count through records and relative clauses, on tiny graphs: a value of a record that
another thing holds is that holder's fact (:meth:`~kgchat.retrieval.reading.GraphReading.
sibling_read`), and "the <noun> that <verb> the <entity>" names the node one hop from the
entity even where the entity's name has its own article (:func:`~kgchat.retrieval.
owner_phrases.owner_phrase`)."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.owner_phrases import owner_governed, owner_phrase
from kgchat.retrieval.question import analyze


def _terms() -> KnowledgeGraph:
    """Three holders of one office, each term a nameless record: its holder points at it,
    and it names the office, the term's ordinal and who came next."""
    rows = []
    for k, (who, nxt) in enumerate([("Ann Holt", "Bob Reyes"), ("Bob Reyes", "Cy Lund")]):
        term = f"_:term{k}"
        rows += [
            (who, "position held", term),
            (term, "position", "Mayor"),
            (term, "series ordinal", f'"{43 + k}"'),
            (term, "replaced by", nxt),
        ]
    return KnowledgeGraph.from_triples(rows)


def test_a_value_of_a_record_held_by_another_is_not_the_entity_s() -> None:
    """Bob is a value ("replaced by") of Ann's term: that term's ordinal is Ann's, and Bob's
    own term, the one he holds, answers."""
    res = Retriever(_terms()).retrieve("What is the series ordinal of Bob Reyes?")
    assert res.candidates[0].label == "44"


def test_a_record_read_from_its_holder_or_back_to_it_is_unchanged() -> None:
    """Who replaced Ann is read from her own term; whom Bob replaced, back from the term he
    is a value of to its holder: neither is a sibling read."""
    r = Retriever(_terms())
    assert r.retrieve("Who replaced Ann Holt?").candidates[0].label == "Bob Reyes"
    free = {(("replaced by", False),): 1}
    back = (("replaced by", False), ("position held", False))
    assert not r.sibling_read(free, back, "_:term0")
    assert r.sibling_read(free, (("replaced by", False), ("series ordinal", True)), "_:term0")


def test_a_record_nothing_holds_keeps_its_free_hop() -> None:
    """A record that only names its values (an observation naming its patient) is the
    entity's own: reading another of its values is no sibling read."""
    rows = [("_:obs", "subject", "Pat Doe"), ("_:obs", "value", '"5.4"')]
    r = Retriever(KnowledgeGraph.from_triples(rows))
    free = {(("subject", False),): 1}
    assert not r.sibling_read(free, (("subject", False), ("value", True)), "_:obs")


def test_a_relative_clause_before_a_name_with_its_article_is_owned() -> None:
    """The name's own "the" does not end the noun phrase tied to it."""
    q = analyze("Who adopted the act that repealed the Data Act?", [(7, 9)])
    assert [q.words[i] for i in owner_phrase(q)] == ["act", "repealed"]
    q = analyze("Who leads the unit replaced by the Old Unit?", [(7, 9)])
    assert [q.words[i] for i in owner_phrase(q)] == ["unit", "replaced"]
    assert owner_phrase(analyze("Who adopted the Data Act?", [(3, 5)])) == ()
    q = analyze("When was the contract for the Delivery of Laptops signed?", [(6, 9)])
    assert owner_phrase(q) == ()  # a preposition before a name's article: its complement
    q = analyze("What do the acts amending the Data Act cover?", [(6, 8)])
    assert owner_governed(q)


def test_the_node_a_relative_clause_names_is_walked_past() -> None:
    """ "Which body passed the act that repealed the Old Act?": the new act is passed, its
    adopter answers; the one-hop paths (the new act itself, the old act's own adopter) get
    the owner phrase's vote against and fall clearly behind (they came within 0.05 while
    the name's "the" hid the clause)."""
    kg = KnowledgeGraph.from_triples(
        [
            ("New Act", "repeals", "Old Act"),
            ("New Act", "passed by", "Council"),
            ("Old Act", "passed by", "Parliament"),
        ]
    )
    res = Retriever(kg).retrieve("Which body passed the act that repealed the Old Act?")
    first, *rest = res.candidates
    assert first.label == "Council"
    assert {c.label for c in rest[:2]} == {"New Act", "Parliament"}
    assert all(first.score - c.score > 0.2 for c in rest)
