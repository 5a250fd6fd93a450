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
