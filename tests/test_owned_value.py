"""A value that names its own entity is no answer where the question says it owns a noun the
value's relation does not say (:func:`kgchat.retrieval.said_values.owned_noun`): "Who is the
parent company of *Mueller Logistik GmbH*?" names Müller Logistik GmbH by its transliterated
name, one of its own values, and asks for its parent, not for it; the entity, read as named by
its value and of the company class the question asks, had tied with the parent and come
first. "Which company is officially called X?" still answers the company named by its value."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_GROUP = """\
@prefix : <https://example.org/lei/> .
@prefix g: <https://example.org/gleif#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
g:hasParent rdfs:label "has parent" .
g:hasChild rdfs:label "has child" .
g:hasTransliteratedName rdfs:label "has auto ASCII transliterated name" .
g:hasOfficialName rdfs:label "official name" .
g:hasCountry rdfs:label "has country" .
g:Company rdfs:label "company" .
:mueller a g:Company ; rdfs:label "Müller Logistik GmbH" ;
    g:hasTransliteratedName "Mueller Logistik GmbH" ; g:hasCountry :de .
:koehler a g:Company ; rdfs:label "Köhler Maschinenbau AG" ;
    g:hasTransliteratedName "Koehler Maschinenbau AG" ; g:hasCountry :de .
:bergmann a g:Company ; rdfs:label "Bergmann Holding AG" ; g:hasCountry :de ;
    g:hasOfficialName "Bergmann Holding Aktiengesellschaft" .
:nordsee a g:Company ; rdfs:label "Nordsee Holding AG" ; g:hasCountry :de .
[] g:hasChild :mueller ; g:hasParent :bergmann .
[] g:hasChild :koehler ; g:hasParent :bergmann .
:de rdfs:label "Germany" .
"""


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    path = tmp_path_factory.mktemp("group") / "group.ttl"
    path.write_text(_GROUP)
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


def test_the_parent_of_a_value_is_asked_not_its_entity(group):
    res = group.retrieve("Who is the parent company of Mueller Logistik GmbH?")
    assert res.candidates[0].label == "Bergmann Holding AG"
    assert "Müller Logistik GmbH" not in [c.label for c in res.candidates]


def test_an_entity_named_by_its_value_is_still_asked(group):
    res = group.retrieve("Which company is officially called Bergmann Holding Aktiengesellschaft?")
    assert res.candidates[0].label == "Bergmann Holding AG"
