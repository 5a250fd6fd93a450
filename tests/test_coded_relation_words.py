"""A word of English heading the phrase before "of" that names its nodes only as a code is the
relation asked, not the coded thing (:meth:`kgchat.linking_words.CommonWords._relational_noun`):
"What is the event ID of X?" over a graph whose Indonesia carries the ISO code "ID". Real
parsing, the bundled MiniLM."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.linking_values import heads_phrase
from kgchat.pipeline import make_retriever
from kgchat.text import tokens

GRAPH = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

ex:id a ex:Country ; rdfs:label "Indonesia"@en ; dcterms:identifier "ID" .
ex:ma a ex:Country ; rdfs:label "Morocco"@en ; dcterms:identifier "MA" .
ex:q1 a ex:Earthquake ; rdfs:label "2023 Al Haouz earthquake"@en ;
    dcterms:identifier "us7000kufc" ; ex:country ex:ma .
ex:q2 a ex:Earthquake ; rdfs:label "2018 Sulawesi earthquake"@en ;
    dcterms:identifier "us1000h3p4" ; ex:country ex:id .
ex:ceo a ex:Post ; rdfs:label "Chief Executive Officer"@en ; skos:altLabel "CEO"@en .
ex:acme a ex:Company ; rdfs:label "Acme Energy"@en ; ex:hasPost ex:ceo .
ex:ann rdfs:label "Ann Berg"@en ; ex:holds ex:ceo .
"""


def _retriever(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "g.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def _linked(r, question: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.node for m in r.linker.link(question)}


def test_a_code_heading_the_phrase_before_of_is_no_mention(tmp_path: Path) -> None:
    r = _retriever(tmp_path)
    for q in (
        "What is the event ID of the 2023 Al Haouz earthquake?",
        "What is the ID of the 2023 Al Haouz earthquake?",
    ):
        linked = _linked(r, q)
        assert "http://example.org/q1" in linked, q
        assert not {"http://example.org/id", '"ID"'} & linked, (q, linked)
    res = r.retrieve("What is the ID of the 2023 Al Haouz earthquake?")
    assert res.candidates[0].node == '"us7000kufc"'


def test_the_code_said_elsewhere_still_names_its_thing(tmp_path: Path) -> None:
    r = _retriever(tmp_path)
    # not the head of a phrase before "of": the country named by its code
    assert "http://example.org/id" in _linked(r, "Which earthquakes happened in ID?")


def test_a_short_name_of_its_label_stays_a_name(tmp_path: Path) -> None:
    r = _retriever(tmp_path)
    # "CEO" abbreviates the post's label: the post, not a relation "CEO"
    assert "http://example.org/ceo" in _linked(r, "Who is the CEO of Acme Energy?")


def test_heads_phrase() -> None:
    toks = tokens("What is the FDSN network code of GEOFON?")
    assert heads_phrase(toks, toks.index("code"))
    toks = tokens("Which stations of the network are in Japan?")
    assert not heads_phrase(toks, toks.index("stations"))
