"""A preposition joining two mentions an answer is reached from ("paintings by Rembrandt *at*
the Mauritshuis") says how they relate, which the joint answer says already
(:func:`kgchat.retrieval.question_trims.mentions_joined`, read by
:meth:`kgchat.retrieval.confidence.AnswerConfidence._confidence`): on the question analysis
alone, and end to end on a tiny graph of bare triples with the real encoder."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval.question import analyze
from kgchat.retrieval.question_trims import mentions_joined

COLLECTION = [
    ("Anatomy Lesson", "maker", "Rembrandt"),
    ("Anatomy Lesson", "holder", "Mauritshuis"),
    ("Night Watch", "maker", "Rembrandt"),
    ("Night Watch", "holder", "Rijksmuseum"),
    ("Milkmaid", "maker", "Vermeer"),
    ("Milkmaid", "holder", "Rijksmuseum"),
    ("Goldfinch", "maker", "Fabritius"),
    ("Goldfinch", "holder", "Mauritshuis"),
    ("Anatomy Lesson", "form", "painting"),
    ("Night Watch", "form", "painting"),
    ("Milkmaid", "form", "painting"),
    ("Goldfinch", "form", "painting"),
    ("Rembrandt etchings", "form", "print"),
    ("Rembrandt etchings", "maker", "Rembrandt"),
    ("Rembrandt etchings", "holder", "Mauritshuis"),
]


def test_a_preposition_between_two_reached_mentions_is_dropped():
    spans = [(1, 2), (3, 4), (7, 8)]
    q = analyze("which paintings by rembrandt are at the mauritshuis", spans)
    assert q.prepositions == ["by", "at"]
    assert mentions_joined(q, spans).prepositions == []


def test_a_preposition_with_one_reached_side_or_a_word_beside_it_stays():
    q = analyze("what is in the mauritshuis", [(4, 5)])
    assert mentions_joined(q, [(4, 5)]).prepositions == ["in"]
    q = analyze("which doctors work at lakeside", [(1, 2), (4, 5)])
    assert mentions_joined(q, [(1, 2), (4, 5)]).prepositions == ["at"]
    # the mention after the preposition is not one the answer is reached from
    q = analyze("what did rembrandt make at the mauritshuis", [(2, 3), (6, 7)])
    assert mentions_joined(q, [(2, 3)]).prepositions == ["at"]


def test_a_joint_answer_of_two_mentions_joined_by_a_preposition_is_answered():
    """Rembrandt's painting held by the Mauritshuis is reached from the form value, the
    painter and the museum; "by" and "at" name no relation of the graph (``maker``,
    ``holder``), and the answer met from all three says them."""
    from kgchat.pipeline import make_retriever

    r = make_retriever(KnowledgeGraph.from_triples(COLLECTION), index_dir=None)
    res = r.retrieve("Which paintings by Rembrandt are at the Mauritshuis?")
    assert res.candidates and r.kg.label(res.candidates[0].node) == "Anatomy Lesson"
    assert not res.abstained
