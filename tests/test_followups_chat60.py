"""Follow-ups users type that START misread (kgchat.chat.followup, followup_words, asked,
corrections, compare):

- "And the airports?" after "Which airlines are based in Japan?": the class replaces the type
  the last question named (START put "airport" in place of Japan and abstained);
- "Sorry, I meant the Conservative Union.": a correction opened by an interjection set off by
  a comma (START read it as a question of its own and abstained);
- "And his wife?" after "Who was his mother?": the noun stands where the last question said
  its relation by its head, so his wife is asked (START asked who her mother was);
- "And LDLR?" where the linker reads the user's word as two nodes: the user's own word goes
  into the last question, which tells them apart (START put the first node's long label in);
- "Which of them is taller?" where the graph gives no height: the reply says so and abstains
  (START read it as an ordinary follow-up), and the comparison after it still works.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

HEAD = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
FLIGHTS = """
ex:Airline a rdfs:Class ; rdfs:label "airline" .
ex:Airport a rdfs:Class ; rdfs:label "airport" .
ex:Country a rdfs:Class ; rdfs:label "country" .
ex:country rdfs:label "country" .
ex:japan a ex:Country ; rdfs:label "Japan" .
ex:norway a ex:Country ; rdfs:label "Norway" .
ex:ana a ex:Airline ; rdfs:label "All Nippon Airways" ; ex:country ex:japan .
ex:jal a ex:Airline ; rdfs:label "Japan Airlines" ; ex:country ex:japan .
ex:sas a ex:Airline ; rdfs:label "Norse Air" ; ex:country ex:norway .
ex:nrt a ex:Airport ; rdfs:label "Narita International Airport" ; ex:country ex:japan .
ex:hnd a ex:Airport ; rdfs:label "Tokyo Haneda Airport" ; ex:country ex:japan .
ex:osl a ex:Airport ; rdfs:label "Oslo Gardermoen Airport" ; ex:country ex:norway .
"""
PARTIES = """
ex:Party a rdfs:Class ; rdfs:label "party" .
ex:foundingDate rdfs:label "founding date" .
ex:liberal a ex:Party ; rdfs:label "Liberal Forum" ; ex:foundingDate "1977"^^xsd:gYear .
ex:union a ex:Party ; rdfs:label "Conservative Union" ; ex:foundingDate "1948"^^xsd:gYear .
"""
MYTHS = """
ex:Hero a rdfs:Class ; rdfs:label "hero" .
ex:hasMother rdfs:label "mother" .
ex:hasWife rdfs:label "wife" .
ex:killed rdfs:label "killed" .
ex:gender rdfs:label "gender" .
ex:perseus a ex:Hero ; rdfs:label "Perseus" ; ex:gender "male" ; ex:hasMother ex:danae ;
    ex:hasWife ex:andromeda ; ex:killed ex:medusa .
ex:andromeda a ex:Hero ; rdfs:label "Andromeda" ; ex:gender "female" ;
    ex:hasMother ex:cassiopeia .
ex:danae a ex:Hero ; rdfs:label "Danae" ; ex:gender "female" .
ex:cassiopeia a ex:Hero ; rdfs:label "Cassiopeia" ; ex:gender "female" .
ex:medusa a ex:Hero ; rdfs:label "Medusa" ; ex:gender "female" .
"""
GENES = """
ex:Gene a rdfs:Class ; rdfs:label "gene" .
ex:Disease a rdfs:Class ; rdfs:label "disease" .
ex:Assertion a rdfs:Class ; rdfs:label "assertion" .
ex:associatedWith rdfs:label "associated with" .
ex:about rdfs:label "about" .
ex:pcsk9 a ex:Gene ; rdfs:label "PCSK9 - proprotein convertase subtilisin/kexin type 9" ;
    ex:associatedWith ex:cad .
ex:ldlr a ex:Gene ; rdfs:label "LDLR - low density lipoprotein receptor" ;
    ex:associatedWith ex:fh .
ex:a1 a ex:Assertion ;
    rdfs:label "LDLR - gene associated with condition - familial hypercholesterolemia" ;
    ex:about ex:ldlr .
ex:cad a ex:Disease ; rdfs:label "coronary artery disease" .
ex:fh a ex:Disease ; rdfs:label "familial hypercholesterolemia" .
"""
FILMS = """
ex:Person a rdfs:Class ; rdfs:label "person" .
ex:Film a rdfs:Class ; rdfs:label "film" .
ex:birthDate rdfs:label "birth date" .
ex:starring rdfs:label "starring" .
ex:bram a ex:Person ; rdfs:label "Bram Olsen" ; ex:birthDate "1982-07-30"^^xsd:date .
ex:ada a ex:Person ; rdfs:label "Ada Lind" ; ex:birthDate "1990-01-05"^^xsd:date .
ex:bay a ex:Film ; rdfs:label "Cold Bay" ; ex:starring ex:bram , ex:ada .
"""

pytestmark = pytest.mark.skipif(wordnet() is None, reason="needs WordNet")


def _bot(tmp_path: Path, body: str) -> ChatBot:
    path = tmp_path / "g.ttl"
    path.write_text(HEAD + body)
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, make_retriever(kg), backend=TemplateBackend())


def test_a_class_alone_takes_the_place_of_the_type_asked(tmp_path: Path) -> None:
    bot = _bot(tmp_path, FLIGHTS)
    assert set(bot.chat("Which airlines are based in Japan?").answers) == {
        "All Nippon Airways",
        "Japan Airlines",
    }
    airports = bot.chat("And the airports?")
    assert airports.resolved_question == "Which airports are based in Japan?"
    assert set(airports.answers) == {"Narita International Airport", "Tokyo Haneda Airport"}


def test_a_correction_opened_by_an_interjection(tmp_path: Path) -> None:
    bot = _bot(tmp_path, PARTIES)
    assert bot.chat("When was the Liberal Forum founded?").answer == "1977"
    meant = bot.chat("Sorry, I meant the Conservative Union.")
    assert meant.resolved_question == "When was the Conservative Union founded?"
    assert meant.answer == "1948"


def test_his_noun_where_the_last_question_said_its_relation(tmp_path: Path) -> None:
    bot = _bot(tmp_path, MYTHS)
    assert bot.chat("Who killed Medusa?").answer == "Perseus"
    assert bot.chat("Who was his mother?").answer == "Danae"
    wife = bot.chat("And his wife?")
    assert wife.resolved_question == "What is Perseus's wife?"
    assert wife.answer == "Andromeda"


def test_a_name_read_as_two_nodes_goes_in_as_the_user_said_it(tmp_path: Path) -> None:
    bot = _bot(tmp_path, GENES)
    assert bot.chat("What diseases is PCSK9 associated with?").answer == "coronary artery disease"
    ldlr = bot.chat("And LDLR?")
    assert ldlr.resolved_question == "What diseases is LDLR associated with?"
    assert ldlr.answer == "familial hypercholesterolemia"


def test_a_comparison_of_values_the_graph_does_not_give_is_declined(tmp_path: Path) -> None:
    bot = _bot(tmp_path, FILMS)
    assert len(bot.chat("Who stars in Cold Bay?").answers) == 2
    taller = bot.chat("Which of them is taller?")
    assert taller.abstained and taller.answer is None
    assert "no value" in taller.text and "taller" in taller.text
    older = bot.chat("Which of them is older?")
    assert older.answer == "Bram Olsen" and not older.abstained
