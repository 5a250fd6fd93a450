"""An answer one entity reaches by the same last relation over fewer hops than its
best-scored walk is judged by the shorter walk too
(:meth:`kgchat.retrieval.confidence.AnswerConfidence._read_confidence`): a library an
application depends on, reached first out and back over a maintainer the application shares
with another library and then that one's ``depends on``, is credible by the application's own
``depends on``; an answer reached only out and back is not, nor is one whose shorter walk
ends by another relation. On a tiny graph of bare triples with the real encoder."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Candidate, Path

SOFTWARE = [
    ("lumen", "depends on", "larkspur"),
    ("lumen", "maintainer", "Ann Vik"),
    ("larkspur", "maintainer", "Ann Vik"),
    ("chartwell", "maintainer", "Ann Vik"),
    ("glint", "maintainer", "Ann Vik"),
    ("glint", "depends on", "larkspur"),
    ("lumen", "licence", "MIT"),
]
QUESTION = "What does lumen depend on?"


def _retriever():
    from kgchat.pipeline import make_retriever

    r = make_retriever(KnowledgeGraph.from_triples(SOFTWARE), index_dir=None)
    r.prepare()
    return r


def _walk(*hops: tuple[str, str, bool]) -> Path:
    """The walk from lumen over ``(relation, next node, forwards)`` hops."""
    nodes = ["lumen"]
    pattern = tuple((rel, fwd) for rel, _, fwd in hops)
    nodes += [n for _, n, _ in hops]
    return Path(nodes[0], pattern, tuple(nodes), (), 1.0)


def _confidence(r, paths: list[Path], node: str) -> float:
    q = analyze(QUESTION, [(2, 3)])
    top = Candidate(node, node, 1.0, paths)
    return r._confidence(q, [top], spans={"lumen": (2, 3)})


def test_a_second_walk_that_says_the_relation_makes_the_answer_credible():
    r = _retriever()
    around = _walk(
        ("maintainer", "Ann Vik", True),
        ("maintainer", "glint", False),
        ("depends on", "larkspur", True),
    )
    direct = _walk(("depends on", "larkspur", True))
    assert _confidence(r, [around], "larkspur") < r.config.min_confidence
    assert _confidence(r, [direct], "larkspur") >= r.config.min_confidence
    # the detour first (as the walk may score it), the direct one second
    assert _confidence(r, [around, direct], "larkspur") >= r.config.min_confidence


def test_a_shorter_walk_by_another_relation_is_not_read():
    """The best-scored walk out and back over the maintainer, a shorter one by no relation
    it ends with: the answer stays judged by the walk that ranked it."""
    r = _retriever()
    around = _walk(
        ("maintainer", "Ann Vik", True),
        ("maintainer", "glint", False),
        ("depends on", "larkspur", True),
    )
    other = _walk(("licence", "larkspur", True))
    assert _confidence(r, [around, other], "larkspur") == _confidence(r, [around], "larkspur")


def test_an_answer_reached_only_out_and_back_stays_abstained():
    r = _retriever()
    around = _walk(("maintainer", "Ann Vik", True), ("maintainer", "chartwell", False))
    assert _confidence(r, [around], "chartwell") < r.config.min_confidence
