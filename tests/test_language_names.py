"""Names in other languages (kgchat.graph.language_names, kgchat.retrieval.language_asked):
read from a thing's language-tagged labels and aliases, no facts; they answer a question that
asks for a language, and only such a question; the same over a SPARQL endpoint as locally."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.graph.language_names import language_names
from kgchat.graph.vocab import Role
from kgchat.retrieval import Retriever

EX = "http://ex.org/"
LABELLED = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dc: <http://purl.org/dc/elements/1.1/> .
@prefix ex: <http://ex.org/> .
ex:cassava skos:prefLabel "cassava"@en , "manioc"@fr , "yuca"@es ; skos:altLabel "tapioca"@en ,
    "mandioca"@es ; skos:broader ex:roots .
ex:wheat skos:prefLabel "wheat"@en , "blé"@fr , "Weizen"@de-AT , "koring"@af , "hvete"@nb ;
    skos:broader ex:cereals .
ex:roots skos:prefLabel "root crops"@en ; ex:grownIn ex:tropics .
ex:cereals skos:prefLabel "cereals"@en , "Getreide"@de .
ex:tropics rdfs:label "tropics" .
ex:watch dc:title "The Night Watch"@en , "De Nachtwacht"@nl ; ex:paintedBy ex:rembrandt .
ex:rembrandt rdfs:label "Rembrandt" .
ex:kartoffel rdfs:label "Kartoffel"@de ; skos:broader ex:roots .
"""


@pytest.fixture(scope="module")
def labelled(tmp_path_factory) -> tuple[KnowledgeGraph, Path]:
    path = tmp_path_factory.mktemp("languages") / "labels.ttl"
    path.write_text(LABELLED, encoding="utf-8")
    return KnowledgeGraph.load(path), path


def test_names_by_language_are_no_facts(labelled):
    """Each language's names, labels before aliases; a region's tag is its language's; the
    facts, labels and aliases are what they were without them."""
    kg, _ = labelled
    assert kg.names_by_language(EX + "cassava") == {
        "en": ("cassava", "tapioca"),
        "es": ("yuca", "mandioca"),
        "fr": ("manioc",),
    }
    assert kg.names_by_language(EX + "wheat")["de"] == ("Weizen",)
    assert kg.names_by_language(EX + "tropics") == {}  # untagged: no language
    assert kg.label(EX + "cassava") == "cassava"
    texts = {f.text for f in kg.facts()}
    assert not any(n in t for t in texts for n in ("manioc", "yuca", "Weizen", "Nachtwacht"))
    assert kg.stats()["facts"] == 5  # the five stated


def test_names_do_not_hang_on_the_order_of_the_triples():
    """The same names, best first, whatever order the triples come in."""
    keys = ["c", EX + "pref", EX + "alt", '"b"@fr', '"a"@fr', '"z"@fr', '"c"@en']
    triples = [(0, 1, 3), (0, 1, 4), (0, 2, 5), (0, 1, 6)]
    role = np.array([0, Role.LABEL, Role.ALIAS, 0, 0, 0, 0], np.int8)
    is_lit = np.array([k.startswith('"') for k in keys])
    seen = set()
    for seed in range(6):
        order = random.Random(seed).sample(triples, len(triples))
        s, p, o = (np.array(x) for x in zip(*order, strict=True))
        seen.add(tuple(language_names(keys, s, p, o, role[p], is_lit).of(0).items()))
    assert seen == {(("en", ("c",)), ("fr", ("a", "b", "z")))}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is the French name of cassava?", "manioc"),
        ("What is the French term for cassava?", "manioc"),
        ("How do you say wheat in German?", "Weizen"),
        ("What is wheat called in French?", "blé"),
        ("What is the Dutch title of The Night Watch?", "De Nachtwacht"),
        ("What's the Spanish word for cassava?", "yuca"),
        # any language CLDR names (kgchat.languages), not a list of the usual ones
        ("What is wheat called in Afrikaans?", "koring"),
        # a relation said between: the name of the walk's answer
        ("What is the German name of the broader concept of wheat?", "Getreide"),
    ],
)
def test_a_language_asked_is_answered_by_its_name(labelled, question, answer):
    kg, _ = labelled
    res = Retriever(kg).retrieve(question)
    assert res.answer == answer, res.to_dict()["candidates"][:3]
    assert not res.abstained
    assert res.facts[0].fact.object_label == answer  # the name, shown as the evidence


def test_the_name_keeps_the_tag_it_was_found_in(labelled):
    """A language named by several tags ("Norwegian": no, nb, nn) answers with the name in
    the tag the graph has, and says that tag."""
    kg, _ = labelled
    res = Retriever(kg).retrieve("What is wheat called in Norwegian?")
    assert res.answer == "hvete"
    assert res.candidates[0].node == '"hvete"@nb'
    assert res.facts[0].fact.object == '"hvete"@nb'


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is the broader concept of cassava?", "root crops"),
        ("Who painted The Night Watch?", "Rembrandt"),
        ("What is the English name of wheat?", "wheat"),
    ],
)
def test_no_language_asked_keeps_the_answer(labelled, question, answer):
    """Not asked, a name in another language answers nothing; English asked, the English."""
    kg, _ = labelled
    res = Retriever(kg).retrieve(question)
    assert res.answer == answer


def test_no_name_in_the_language_asked_answers_nothing_new(labelled):
    """Cassava has no German name: the walk's own answer, no name made up; a nationality
    ("French crops") asks for no language."""
    kg, _ = labelled
    r = Retriever(kg)
    res = r.retrieve("What is the German name of cassava?")
    assert res.answer not in {"manioc", "yuca", "tapioca", "Kartoffel"}
    assert all(sf.fact.kind != "name" for sf in res.facts)
    res = r.retrieve("Which French crops are broader than wheat?")
    assert all(sf.fact.kind != "name" for sf in res.facts)


def test_names_over_an_endpoint_equal_local(labelled):
    """A SparqlGraph reads the same names by language, and answers the same."""
    from kgchat.graph import SparqlGraph
    from tests.test_endpoint import _same_retrievals, oxigraph_server

    kg, path = labelled
    with oxigraph_server(path) as url:
        g = SparqlGraph(url)
        for node in sorted(kg.entities()):
            assert g.names_by_language(node) == kg.names_by_language(node), node
        questions = [
            "What is the French name of cassava?",
            "How do you say wheat in German?",
            "What is the Dutch title of The Night Watch?",
            "What is the broader concept of cassava?",
            "What is the German name of the broader concept of wheat?",
            "What is the German name of cassava?",
        ]
        _, answers = _same_retrievals(kg, g, questions)
        assert answers[:3] == ["manioc", "Weizen", "De Nachtwacht"]
        g.close()
