"""A joint answer through an n-ary record pays for its hops into unnamed junctions as each of
its walks did alone (:func:`kgchat.retrieval.membership.junction_hops`): on a tiny graph of
positions held, each a blank node with a title and a start date on a chain of blank nodes
(as VIVO's ``DateTimeInterval`` -> ``DateTimeValue``)."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever

DATE = "<http://www.w3.org/2001/XMLSchema#date>"


def _positions() -> KnowledgeGraph:
    held = {
        "Ann Lee": [("Associate Professor", "2009"), ("Professor", "2016")],
        "Bo Chen": [("Professor", "2011")],
        "Cy Ito": [("Lecturer", "2013")],
    }
    rows = []
    for who, posts in held.items():
        person = who.replace(" ", "_")
        rows.append((person, "label", f'"{who}"'))
        for k, (title, year) in enumerate(posts):
            pos, span = f"_:{person}{k}", f"_:{person}{k}i"
            rows += [
                (person, "holds position", pos),
                (pos, "title", f'"{title}"'),
                (pos, "date time interval", span),
                (span, "start", span + "s"),
                (span + "s", "date time", f'"{year}-07-01"^^{DATE}'),
            ]
    return KnowledgeGraph.from_triples(rows)


def test_the_date_both_mentions_reach_through_one_record_comes_first() -> None:
    """ "When did Ann Lee start as Professor?": the person's walk and the title's meet at the
    position that holds both, four hops from the date each, three of them into junctions.
    The joint answer had paid for all eight hops (below the date of Ann's other position,
    reached by her walk alone); priced as each walk is, it meets one more constraint."""
    r = Retriever(_positions())
    top = r.retrieve("When did Ann Lee start as Professor?").candidates[0]
    assert top.label == "2016-07-01"
    top = r.retrieve("When did Ann Lee start as Associate Professor?").candidates[0]
    assert top.label == "2009-07-01"


def _mayors() -> KnowledgeGraph:
    """Terms of office as records (Wikidata's statements): each holder's term names the
    office, its start and end, and whom it replaced and was replaced by."""
    terms = [("Ken Lane", "2000", "2008"), ("Bo Ross", "2008", "2016"), ("Sam Kahn", "2016", "")]
    rows = [("Mayor_of_Lund", "label", '"Mayor of Lund"')]
    for k, (who, start, end) in enumerate(terms):
        person, term = who.replace(" ", "_"), f"_:term{k}"
        rows += [
            (person, "label", f'"{who}"'),
            (person, "position held", term),
            (term, "office", "Mayor_of_Lund"),
            (term, "start time", f'"{start}-05-01"^^{DATE}'),
        ]
        if end:
            rows.append((term, "end time", f'"{end}-05-01"^^{DATE}'))
        if k:
            rows.append((term, "replaces", terms[k - 1][0].replace(" ", "_")))
        if k + 1 < len(terms):
            rows.append((term, "replaced by", terms[k + 1][0].replace(" ", "_")))
    return KnowledgeGraph.from_triples(rows)


def test_a_value_of_anothers_record_pays_its_hop_in_a_joint_path_too() -> None:
    """ "Who succeeded Ken Lane as Mayor of Lund?": Bo's term replaces Ken and is replaced
    by Sam, so Ken's walk and the office's meet in Bo's term at Sam. That term is Bo's
    record, read from one of its values (Ken) to another: Ken's walk alone pays the hop into
    it (a sibling read), and so does the joint path; the term's holder, Bo, stays first."""
    r = Retriever(_mayors())
    assert r.retrieve("Who succeeded Ken Lane as Mayor of Lund?").candidates[0].label == "Bo Ross"


def _votes() -> KnowledgeGraph:
    """Popolo-like votes: each motion's vote event (unnamed) holds one vote record per member
    (unnamed: voter and option) and the event's result."""
    ballots = {"M-1": ("fail", {"Ann Lee": "yes", "Bo Chen": "no"}), "M-2": ("pass", {})}
    ballots["M-2"] = ("pass", {"Ann Lee": "no", "Bo Chen": "yes"})
    rows = []
    for motion, (result, votes) in ballots.items():
        event = f"_:event{motion}"
        rows += [(motion, "label", f'"{motion}"'), (event, "motion", motion)]
        rows.append((event, "result", f'"{result}"'))
        for who, option in votes.items():
            person, vote = who.replace(" ", "_"), f"_:vote{motion}{who[:2]}"
            rows += [(person, "label", f'"{who}"'), (event, "vote", vote)]
            rows += [(vote, "voter", person), (vote, "option", f'"{option}"')]
    return KnowledgeGraph.from_triples(rows)


def test_a_members_vote_is_her_record_and_its_events_result_lies_past_it() -> None:
    """ "How did Ann Lee vote on M-1?": Ann's walk passes her vote, then the event that holds
    it, to its result; the motion's walk reaches the result through the event. They meet in
    the event, which is the motion's record but not Ann's (her walk enters her vote first):
    the joint result pays its hops. The vote is Ann's own record and one the event leads on
    to: the joint option takes its junctions' hops free, above the result (they had tied)."""
    r = Retriever(_votes())
    for question, option in (
        ("How did Ann Lee vote on M-1?", "yes"),
        ("How did Bo Chen vote on M-2?", "yes"),
    ):
        first, second = r.retrieve(question).candidates[:2]
        assert first.label == option
        assert first.score > second.score + 0.1
