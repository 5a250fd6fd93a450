"""A joint answer whose walk reaches the meeting record along a chain of records pays the
hops into those it passed (:func:`kgchat.retrieval.record_meetings.met_in_junction`). On
bench/data/own/citations, "Who is the second author of Altmetrics and citations: a
meta-analysis?" walks from the role "author" into each author-role record and from the paper
into the same records, directly or along the list's ``hasNext`` chain. Freed of every hop
into a junction, the paper's walk two ``hasNext`` hops down the list met the role's walk in a
later author's record with three hops free against one, and put that author above the rest."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.record_meetings import met_in_junction

_CITATIONS = Path(__file__).resolve().parent.parent / "bench" / "data" / "own" / "citations.nq"


def test_a_walk_along_a_chain_meets_unfreed() -> None:
    """The paper's walk enters the first author's record and goes on by "next" to the
    second's, where the role's walk enters directly: no hop is freed. Entering the second's
    directly, both walks take their hop into it free."""
    from kgchat.graph.view import Edge

    doc, nxt, held, role = ("doc", True), ("next", True), ("held", True), ("role", False)
    parents = {
        (doc,): {"_:a1": ("P", 0), "_:a2": ("P", 0)},
        (doc, nxt): {"_:a2": ("_:a1", 1)},
        (doc, nxt, held): {"Bo": ("_:a2", 2)},
        (doc, held): {"Bo": ("_:a2", 1)},
        (role,): {"_:a1": ("author", 0), "_:a2": ("author", 0)},
        (role, held): {"Bo": ("_:a2", 1)},
    }
    sources = [("P", parents), ("author", parents)]
    edges = {"Bo": [Edge(0, "_:a2", "held", False)]}.get
    unnamed = lambda n: n.startswith("_:")  # noqa: E731
    along = [(1.0, (doc, nxt, held), 0), (1.0, (role, held), 1)]
    frees = [{(doc, nxt, held): 2, (doc, held): 1}, {(role, held): 1}]
    assert met_in_junction("Bo", along, sources, frees, unnamed, edges) == 0
    direct = [(1.0, (doc, held), 0), (1.0, (role, held), 1)]
    assert met_in_junction("Bo", direct, sources, frees, unnamed, edges) == 2


def test_no_later_author_above_the_second() -> None:
    r = make_retriever(KnowledgeGraph.load(_CITATIONS))
    res = r.retrieve("Who is the second author of Altmetrics and citations: a meta-analysis?")
    scores = {c.label: round(c.score, 4) for c in res.candidates}
    assert scores["Silvio Peroni"] == max(scores[a] for a in ("Chiara Sato", "Giovanni Moreno"))
