"""Follow-ups whose "it" means the last answer where the graph states no class of it nor of
the topic: the kinds the relations at each declare (``rdfs:domain``, ``rdfs:range``) say
both are techniques, so the answer the reply put in focus is "it" (an ontology describing its
techniques as OWL classes, D3FEND's way)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.retrieval import Retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DOMAIN = "http://www.w3.org/2000/01/rdf-schema#domain"
RANGE = "http://www.w3.org/2000/01/rdf-schema#range"
TRIPLES = [
    ("counters", DOMAIN, "Defensive Technique"),
    ("counters", RANGE, "Offensive Technique"),
    ("Strong Password Policy", "counters", "Password Spraying"),
    ("Account Locking", "counters", "Password Guessing"),
    ("Strong Password Policy", "enables", "Harden"),
    ("Account Locking", "enables", "Evict"),
    ("Password Spraying", "enables", "Credential Access"),
    ("Password Guessing", "enables", "Credential Access"),
    ("Ingress Tool Transfer", "enables", "Command and Control"),
    ("Ingress Tool Transfer", "counters", "Nothing Here"),
    ("Harden", T, "Defensive Tactic"),
    ("Evict", T, "Defensive Tactic"),
    ("Credential Access", T, "Offensive Tactic"),
    ("Command and Control", T, "Offensive Tactic"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


def test_the_declared_classes_name_both_techniques(kg):
    r = Retriever(kg)
    assert kg.types("Password Spraying") == [] and kg.types("Strong Password Policy") == []
    assert r.class_heads("Password Spraying") == ("technique",)
    assert r.class_heads("Strong Password Policy") == ("technique",)


def test_it_means_the_answer_of_the_topics_declared_kind(kg):
    bot = ChatBot(kg, backend=TemplateBackend())
    first = bot.chat("What does Strong Password Policy counter?")
    second = bot.chat("Which tactic does it belong to?")
    assert first.answer == "Password Spraying"
    assert second.resolved_question == "Which tactic does Password Spraying belong to?"
    assert second.answer == "Credential Access"
