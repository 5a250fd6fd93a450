"""A pronoun after a question whose answer was a predicate of its topic
(kgchat.chat.predicative): "What style is Felsenkeller Eisbock?" / "Doppelbock" / "How
strong is it?" asks of the beer, not the style, which the reply named only to classify the
beer. On START the style's reading, which the graph answers more surely (a style's typical
strength), won (brewing-probe61a-02 t1's resolution; what retrieval then answers is
retrieval's). A question whose answer is an entity of its own keeps it as a referent ("Which
country is Oslo in?" / "What is its capital?"). And where no other entity fits the
pronoun's kind, the topic does: "What breed is Moose?" / "Which foster home is he with?"
asks of the dog (on START of the breed; shelter-probe60b-03 t1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever

BEER = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Beer a rdfs:Class ; rdfs:label "beer" .
ex:Style a rdfs:Class ; rdfs:label "beer style" .
ex:Country a rdfs:Class ; rdfs:label "country" .
ex:City a rdfs:Class ; rdfs:label "city" .
ex:style rdfs:label "style" .
ex:alcohol rdfs:label "alcohol by volume" .
ex:strength rdfs:label "strength" .
ex:country rdfs:label "country" .
ex:capital rdfs:label "capital" .
ex:eisbock a ex:Beer ; rdfs:label "Felsenkeller Eisbock" ; ex:style ex:doppelbock ;
    ex:alcohol "9.2" .
ex:nova a ex:Beer ; rdfs:label "Salvator Nova" ; ex:style ex:doppelbock ; ex:alcohol "7.9" .
ex:doppelbock a ex:Style ; rdfs:label "Doppelbock" ; ex:strength "7.5" .
ex:Dog a rdfs:Class ; rdfs:label "dog" .
ex:Breed a rdfs:Class ; rdfs:label "breed" .
ex:Home a rdfs:Class ; rdfs:label "foster home" .
ex:breed rdfs:label "breed" .
ex:fosteredBy rdfs:label "foster home" .
ex:moose a ex:Dog ; rdfs:label "Moose" ; ex:breed ex:gsd ; ex:fosteredBy ex:lindqvist .
ex:gsd a ex:Breed ; rdfs:label "German Shepherd" .
ex:lindqvist a ex:Home ; rdfs:label "Lindqvist household" .
ex:oslo a ex:City ; rdfs:label "Oslo" ; ex:country ex:norway .
ex:norway a ex:Country ; rdfs:label "Norway" ; ex:capital ex:oslo .
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("predicate") / "beer.ttl"
    path.write_text(BEER)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_it_after_a_predicate_answer_is_the_topic(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("What style is Felsenkeller Eisbock?").answer == "Doppelbock"
    strong = bot.chat("How strong is it?")
    assert "Felsenkeller Eisbock" in strong.resolved_question


def test_an_answer_of_its_own_stays_a_referent(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("Which country is Oslo in?").answer == "Norway"
    assert "Norway" in bot.chat("What is its capital?").resolved_question


def test_he_after_a_predicate_answer_is_the_topic(bot: ChatBot) -> None:
    bot.reset()
    assert bot.chat("What breed is Moose?").answer == "German Shepherd"
    home = bot.chat("Which foster home is he with?")
    assert "Moose" in home.resolved_question and home.answer == "Lindqvist household"
