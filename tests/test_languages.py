"""Language-coded properties (nameOfficialEN, nameOfficialIT, label_de): one language kept."""

from __future__ import annotations

import pytest

from kgchat.graph import GraphConfig, KnowledgeGraph

TTL = """\
@prefix : <http://example.org/geo#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Norway rdfs:label "Norway" ; :nameOfficialEN "the Kingdom of Norway" ;
    :nameOfficialIT "Regno di Norvegia" ; :nameOfficialFR "le Royaume de Norvège" ;
    :capital_en "Oslo" ; :capital_de "Oslo (de)" ; :codeUN "578" ; :hasBorderWith :Sweden .
:Sweden rdfs:label "Sweden" ; :nameOfficialIT "Regno di Svezia" ;
    :nameOfficialFR "le Royaume de Suède" .
"""
G = "http://example.org/geo#"


@pytest.fixture()
def path(tmp_path):
    p = tmp_path / "geo.ttl"
    p.write_text(TTL, encoding="utf-8")
    return p


def _values(kg, node):
    return {(f.predicate_label, f.object_label) for f in kg.facts_of(G + node)}


def test_preferred_language_kept_and_named_without_its_code(path):
    kg = KnowledgeGraph.load(path)
    norway = _values(kg, "Norway")
    assert ("name official", "the Kingdom of Norway") in norway
    assert ("capital", "Oslo") in norway
    assert not any(
        v in ("Regno di Norvegia", "le Royaume de Norvège", "Oslo (de)") for _, v in norway
    )
    # a code that is no language family stays as it is
    assert ("code UN", "578") in norway
    # a subject without the preferred language keeps what it has
    sweden = _values(kg, "Sweden")
    assert {v for _, v in sweden} >= {"Regno di Svezia", "le Royaume de Suède"}
    assert kg.stats()["dropped_other_languages"] == 3


def test_another_preferred_language(path):
    kg = KnowledgeGraph.load(path, config=GraphConfig(language="it"))
    assert ("name official", "Regno di Norvegia") in _values(kg, "Norway")
    assert ("name official", "Regno di Svezia") in _values(kg, "Sweden")
    # no Italian capital: the capital family has no preferred member, both stay
    assert {"Oslo", "Oslo (de)"} <= {v for _, v in _values(kg, "Norway")}


def test_option_keeps_every_language(path):
    kg = KnowledgeGraph.load(path, config=GraphConfig(other_languages=True))
    assert "Regno di Norvegia" in {v for _, v in _values(kg, "Norway")}
    assert kg.stats()["dropped_other_languages"] == 0
