"""Relations asked only in words their labels do not contain, and near relations the graph
lacks, on a tiny graph with the real bundled encoder, WordNet and the graph's learned
relation matcher trained on generated paraphrases (``kgchat.retrieval.relation_paraphrase``;
issue 11, README "Abstention")."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.relation_paraphrase import (
    contrast_questions,
    paraphrase_questions,
    past_forms,
)
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

MUSIC = [
    ("Kurt_Cobain", "spouse", "Courtney_Love"),
    ("Kurt_Cobain", "birthPlace", "Aberdeen"),
    ("Kurt_Cobain", "birth date", '"1967-02-20"'),
    ("Kurt_Cobain", "father", "Donald_Cobain"),
    ("Kurt_Cobain", "mother", "Wendy_Cobain"),
    ("Courtney_Love", "birthPlace", "San_Francisco"),
    ("Courtney_Love", "birth date", '"1964-07-09"'),
    ("Nirvana", "member", "Kurt_Cobain"),
    ("Nirvana", "genre", "Grunge"),
    ("Nirvana", "hometown", "Aberdeen"),
    ("Nirvana", "record label", "DGC"),
    ("Nirvana", "formation year", '"1987"'),
    ("Aberdeen", TYPE, "City"),
    ("San_Francisco", TYPE, "City"),
]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(MUSIC))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Who is Kurt Cobain married to?", "Courtney Love"),
        ("Where does Kurt Cobain come from?", "Aberdeen"),
        ("When did Nirvana start?", "1987"),
    ],
)
def test_a_relation_asked_in_other_words_is_answered(retriever, question, answer):
    res = retriever.retrieve(question)
    assert res.answer == answer and not res.abstained, (res.answer, res.confidence)


@pytest.mark.xfail(strict=True, reason="the matcher's p 0.72, under its floor 0.84")
def test_founded_over_formation_year(retriever):
    """ "founded" is no word of ``formation year``; the matcher trained on the label's derived
    verb ("when was ... formed") reads it at p 0.72 (0.17 -> 0.45 at even odds), but the
    reading starts at p 0.84, chosen on the development questions where even odds answered
    five more unanswerable ones (README "Abstention", thirty-third round)."""
    res = retriever.retrieve("When was Nirvana founded?")
    assert res.answer == "1987" and not res.abstained


@pytest.mark.parametrize(
    "question",
    [
        "When did Kurt Cobain die?",  # birth date only: a near relation, asked by its antonym
        "When did Nirvana break up?",  # formation year only
        "Who is Kurt Cobain's brother?",  # father and mother only
        "Who are Kurt Cobain's children?",
        "Where is Kurt Cobain buried?",
    ],
)
def test_a_near_relation_the_graph_lacks_abstains(retriever, question):
    assert retriever.retrieve(question).abstained


def test_the_generated_questions():
    lexicon = wordnet()
    assert past_forms("marry") == ("married", "married")
    said = paraphrase_questions("birth place", lexicon, kinds=["City"])
    assert said[0] == "birth place" and any(q.startswith("which city") for q in said)
    assert paraphrase_questions("birth place", lexicon) == paraphrase_questions(
        "birth place", lexicon
    )  # deterministic
    if lexicon is not None:
        assert any("born" in q for q in said)
        assert any("formed" in q for q in paraphrase_questions("formation year", lexicon))
        assert any("die" in q for q in contrast_questions("birth date", lexicon))
        assert contrast_questions("genre", lexicon) == []
