"""A joint answer earns the bonus of each constraint it meets by how near each mention's walk
to it comes to that mention's best (:mod:`kgchat.retrieval.constraint_bonus`), on a tiny
theatre: the director of the play at the theatre, not a stranger the three mentions reach by
walks that say nothing asked."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.constraint_bonus import met_constraints

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _theatre() -> KnowledgeGraph:
    """A production with its director and theatre; a translator of a 1998 book, born and
    dead in the city the theatre stands in (and the director was born in)."""
    rows = [
        ("Oslo", "label", '"Oslo"'),
        ("Oslo", TYPE, "City"),
        ("NT", "label", '"Nationaltheatret"'),
        ("NT", TYPE, "Theatre"),
        ("NT", "contained in place", "Oslo"),
        ("Hedda", "label", '"Hedda Gabler"'),
        ("Hedda", TYPE, "TheaterEvent"),
        ("Hedda", "director", "Halvard"),
        ("Hedda", "produced by", "NT"),
        ("Hedda", "actor", "Kiki"),
        ("Hamlet", "label", '"Hamlet (bokmål ved Gunnar Skjelbred)"'),
        ("Hamlet", TYPE, "Book"),
        ("Hamlet", "date created", '"1998"'),
        ("Hamlet", "translator", "Gunnar"),
    ]
    for p, name in {
        "Halvard": "Halvard Lunde",
        "Gunnar": "Gunnar Skjelbred",
        "Kiki": "Kiki Holm",
    }.items():
        rows += [(p, "label", f'"{name}"'), (p, TYPE, "Person"), (p, "birth place", "Oslo")]
    rows.append(("Gunnar", "death place", "Oslo"))
    return KnowledgeGraph.from_triples(rows)


def test_the_director_comes_before_a_stranger_every_mention_reaches() -> None:
    """The translator is reached from all three mentions (the year by his book, the play by
    its director's birthplace, the theatre by its city), each by a walk far below the
    mention's best; he had taken two whole bonuses and come before the director, whom the
    play and the theatre reach by their best walks."""
    r = Retriever(_theatre())
    q = "Who directed the 1998 Hedda Gabler at the Nationaltheatret?"
    assert r.retrieve(q).candidates[0].label == "Halvard Lunde"


def test_met_constraints_counts_each_part_by_its_gap() -> None:
    """Every mention at its best keeps ``n - 1``; a part a whole unit below its best is 0."""
    assert met_constraints([1.0, 2.0, 3.0], [1.0, 2.0, 3.0], 1.0) == 2.0
    assert met_constraints([1.0, 0.5, 3.0], [1.0, 2.0, 3.0], 1.0) == 1.0
    assert met_constraints([1.0, 1.5], [1.0, 2.0], 1.0) == 0.5
