"""A plural noun that starts a relation phrase is no verb of the graph (issue 11; the
sixty-third round's lead, :func:`kgchat.retrieval.phrases.phrase_verb`).

The graph's verbs (the stems its relation phrases start with) tell "which drug *treats* X"
(a verb after "which": no answer kind) from "which *drugs* treat X" (a kind). A phrase's
first word in -s was read as a verb in -s ("treats"), so a fisheries graph's ``landedSpecies``,
labelled "species landed", made "species" a verb of the graph: "Which species prey on the
species of the Skagerrak shrimp stock?" then asked no kind, and a landing of the shrimp's
predator (a three-hop walk saying "species" twice) won over the predators. WordNet knows
*species* only as a noun. On a tiny graph read from Turtle, with the real bundled encoder and
the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.phrases import phrase_verb
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet not installed")

TTL = """
@prefix : <http://example.org/fish#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

:Species a rdfs:Class ; rdfs:label "Species" .
:Stock a rdfs:Class ; rdfs:label "Stock" .
:Survey a rdfs:Class ; rdfs:label "Research survey" .
:Landing a rdfs:Class ; rdfs:label "Landing" .
:stockOf rdfs:label "stock of" .
:preysOn rdfs:label "preys on" .
:preyOf rdfs:label "prey of" .
:targetSpecies rdfs:label "target species" .
:landedSpecies rdfs:label "species landed" .

:shrimp a :Species ; rdfs:label "Northern shrimp" ; :preyOf :cod .
:cod a :Species ; rdfs:label "Atlantic cod" ; :preysOn :shrimp, :herring .
:halibut a :Species ; rdfs:label "Greenland halibut" ; :preysOn :shrimp .
:seal a :Species ; rdfs:label "Harp seal" ; :preysOn :cod .
:herring a :Species ; rdfs:label "Atlantic herring" .
:skag a :Stock ; rdfs:label "Skagerrak shrimp stock" ; :stockOf :shrimp .
:nsh a :Stock ; rdfs:label "North Sea herring stock" ; :stockOf :herring .
:igs a :Survey ; rdfs:label "Icelandic Groundfish Survey" ; :targetSpecies :cod, :halibut .
:bes a :Survey ; rdfs:label "Barents Sea Ecosystem Survey" ; :targetSpecies :cod .
:l1 a :Landing ; rdfs:label "Landing 1" ; :landedSpecies :cod .
:l2 a :Landing ; rdfs:label "Landing 2" ; :landedSpecies :herring .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("fish") / "fish.ttl"
    path.write_text(TTL, encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


@needs_wordnet
def test_a_plural_noun_is_no_verb_of_a_phrase():
    assert phrase_verb("species landed") is None
    assert phrase_verb("treats") == ("treat", False)
    assert phrase_verb("preys on") == ("prey", False)


@needs_wordnet
def test_which_species_asks_for_a_species(retriever):
    """The answer is a predator of the stock's species, not a survey three hops away."""
    res = retriever.retrieve("Which species prey on the species of the Skagerrak shrimp stock?")
    assert res.reading.answer_type == ["species"]
    assert not res.abstained
    assert res.answer in {"Atlantic cod", "Greenland halibut"}
