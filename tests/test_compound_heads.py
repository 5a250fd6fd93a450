"""A closed compound the lexicon does not know is a kind of its head: "which planets" asks for
exoplanets, not for a "planetary system" (a derived form of the word, no kind of planet)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.similarity import TextSimilarity
from kgchat.wordnet import wordnet

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
L = "http://www.w3.org/2000/01/rdf-schema#label"
X = "http://sky.example/"

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="no WordNet database")


@needs_wordnet
def test_an_unknown_compound_meets_its_head_and_a_known_one_does_not():
    s = TextSimilarity(None, 0.3, wordnet(), 0.8)
    m = s.words(
        ["exoplanets", "subregion", "discover", "account", "dataset"],
        ["planets", "region", "cover", "count", "set"],
    )
    assert m[0, 0] == pytest.approx(0.9) and m[1, 1] == pytest.approx(0.9)
    # a compound the lexicon knows means what it says there; a head under five letters is none
    assert m[2, 2] == 0 and m[3, 3] == 0 and m[4, 4] == 0


def _sky() -> KnowledgeGraph:
    triples = [
        (X + "Exoplanet", L, '"exoplanet"@en'),
        (X + "PlanetarySystem", L, '"planetary system"@en'),
        (X + "Star", L, '"star"@en'),
        (X + "hostStar", L, '"host star"@en'),
        (X + "memberOf", L, '"member of system"@en'),
        (X + "vega", L, '"Vesta-9"'),
        (X + "vega", T, X + "Star"),
        (X + "sys", L, '"Vesta-9 system"'),
        (X + "sys", T, X + "PlanetarySystem"),
        (X + "vega", X + "memberOf", X + "sys"),
    ]
    for p in "bcd":
        triples += [
            (X + p, L, f'"Vesta-9{p}"'),
            (X + p, T, X + "Exoplanet"),
            (X + p, X + "hostStar", X + "vega"),
            (X + p, X + "memberOf", X + "sys"),
        ]
    return KnowledgeGraph.from_triples(triples)


@needs_wordnet
def test_which_planets_are_the_exoplanets_not_the_planetary_system():
    res = make_retriever(_sky()).retrieve("Which planets orbit Vesta-9?")
    assert res.candidates[0].label in {"Vesta-9b", "Vesta-9c", "Vesta-9d"}
