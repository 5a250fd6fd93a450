"""A request to list a name said in the plural is answered by the things it gathers, even
where the graph's own name for it is plural ("list the sign languages" of a language family
named "Sign languages" too); asked to describe it, it is described."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat.chat import ChatBot, TemplateBackend
from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever

TTL = """\
@prefix ex: <http://example.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Family rdfs:label "Family" .
ex:Language rdfs:label "Language" .
ex:sign a ex:Family ; skos:prefLabel "Sign Language" ; skos:altLabel "Sign languages" ;
  skos:narrower ex:asl, ex:bsl, ex:lsf .
ex:asl a ex:Language ; skos:prefLabel "American Sign Language" ; skos:broader ex:sign .
ex:bsl a ex:Language ; skos:prefLabel "British Sign Language" ; skos:broader ex:sign .
ex:lsf a ex:Language ; skos:prefLabel "French Sign Language" ; skos:broader ex:sign .
ex:romance a ex:Family ; skos:prefLabel "Romance" ; skos:narrower ex:fr .
ex:fr a ex:Language ; skos:prefLabel "French" ; skos:broader ex:romance .
"""
MEMBERS = {"American Sign Language", "British Sign Language", "French Sign Language"}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> ChatBot:
    path: Path = tmp_path_factory.mktemp("sign") / "sign.ttl"
    path.write_text(TTL, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    return ChatBot(kg, Retriever(kg), TemplateBackend())


@pytest.mark.parametrize("question", ["list the sign languages", "List all the sign languages."])
def test_a_list_request_names_the_members(bot: ChatBot, question: str) -> None:
    answer = bot.ask(question)
    assert set(answer.answers) >= MEMBERS, answer.text
    assert all(f"[{n}]" in answer.text for n in range(1, 4))


@pytest.mark.parametrize(
    "question", ["Tell me about the sign languages", "Tell me about Sign Language"]
)
def test_a_request_to_describe_it_describes_it(bot: ChatBot, question: str) -> None:
    answer = bot.ask(question)
    assert answer.text.startswith("Sign Language is a Family [1]"), answer.text
