"""A joint answer's roles: where a question names two entities, the word a preposition ties
each to ("letters from X *addressed to* Y") is said by the path from that entity, so of the
letters between X and Y, tied on score, those to Y come first, not those from Y."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.joint_roles import roles_crossed, roles_said
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Candidate, Path

_LETTERS = """\
@prefix : <http://example.org/l#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:hasAuthor rdfs:label "has author" .
:hasAddressee rdfs:label "has addressee" .
:ann rdfs:label "Ann Tarrow" .
:bo rdfs:label "Bo Pelling" .
:cy rdfs:label "Cy Marsh" .
:l1 rdfs:label "Note one" ; :hasAuthor :bo ; :hasAddressee :ann .
:l2 rdfs:label "Note two" ; :hasAuthor :bo ; :hasAddressee :ann .
:l3 rdfs:label "Note three" ; :hasAuthor :ann ; :hasAddressee :bo .
:l4 rdfs:label "Note four" ; :hasAuthor :cy ; :hasAddressee :ann .
"""


@pytest.fixture(scope="module")
def letters(tmp_path_factory):
    path = tmp_path_factory.mktemp("letters") / "letters.ttl"
    path.write_text(_LETTERS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_crossed_roles_are_told_by_the_word_beside_each_entity(letters):
    q = analyze("Which notes from Ann Tarrow were addressed to Bo Pelling?", [(3, 5), (8, 10)])
    ex = "http://example.org/l#"
    spans = {ex + "ann": (3, 5), ex + "bo": (8, 10)}

    def path(start, rel):
        return Path(ex + start, ((ex + rel, False),), (ex + start, ex + "l3"), (0,), 0.0)

    scorer = letters.judge.scorer

    def cover(p):
        return scorer.word_cover(q, letters.query(p.pattern, ()))

    right = [path("ann", "hasAuthor"), path("bo", "hasAddressee")]
    crossed = [path("ann", "hasAddressee"), path("bo", "hasAuthor")]
    assert not roles_crossed(q, right, spans, cover)
    assert roles_crossed(q, crossed, spans, cover)
    # one entity: nothing to cross
    assert not roles_crossed(q, right[:1], spans, cover)


def test_of_a_tie_the_answer_whose_roles_are_said_comes_first(letters):
    # the letters Bo wrote to Ann and the one Ann wrote to Bo, tied on score: by node the
    # one of crossed roles came first
    q = analyze("Which notes from Ann Tarrow were addressed to Bo Pelling?", [(3, 5), (8, 10)])
    ex = "http://example.org/l#"
    spans = {ex + "ann": (3, 5), ex + "bo": (8, 10)}
    scorer = letters.judge.scorer

    def cover(p):
        return scorer.word_cover(q, letters.query(p.pattern, ()))

    def letter(node, ann, bo):
        paths = [
            Path(ex + "ann", ((ex + ann, False),), (ex + "ann", ex + node), (0,), 1.0),
            Path(ex + "bo", ((ex + bo, False),), (ex + "bo", ex + node), (1,), 1.0),
        ]
        return Candidate(ex + node, node, 2.5, paths)

    crossed = letter("l1", "hasAddressee", "hasAuthor")
    right = letter("l3", "hasAuthor", "hasAddressee")
    after = Candidate(ex + "cy", "cy", 0.4, [])
    ranked = sorted([right, crossed, after], key=Candidate.rank_key)
    assert ranked[0] is crossed
    assert roles_said(q, ranked, spans, cover) == [right, crossed, after]
    # not a tie: the ranking stands
    crossed.score = 2.6
    ranked = sorted([right, crossed, after], key=Candidate.rank_key)
    assert roles_said(q, ranked, spans, cover) == ranked
