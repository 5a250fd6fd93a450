"""Notation3 sources: the facts a file asserts load; its rules and quoted formulas do not."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import ParseError

CATALOGUE = """@prefix : <http://example.org/sky#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Kepler22 rdfs:label "Kepler-22" .
:Kepler22b rdfs:label "Kepler-22b" .
:Kepler22 is :hostStar of :Kepler22b .
:Kepler22b :period [ :value 289.86 ; :unit :day ] .
:Kepler22b = :Q1 .
:note :says { :Kepler22b :hostStar :Sun } .
{ ?p :hostStar ?s } => { ?s :hasPlanet ?p } .
"""


def test_an_n3_file_with_rules_loads_its_facts_only(tmp_path):
    path = tmp_path / "sky.n3"
    path.write_text(CATALOGUE, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    texts = {f.text for f in kg.facts()}
    assert "Kepler-22b — host star → Kepler-22" in texts  # "is ... of": the inverse, asserted
    # a rule's conclusion and a quoted statement are not facts of the file
    assert not any("has planet" in t for t in texts)
    assert not any("Sun" in t for t in texts)
    assert not any("implies" in t or "?" in t for t in texts)


def test_the_same_n3_file_gives_the_same_facts(tmp_path):
    path = tmp_path / "sky.n3"
    path.write_text(CATALOGUE, encoding="utf-8")
    first = KnowledgeGraph.load(path)
    assert first.fingerprint == KnowledgeGraph.load(path).fingerprint


def test_malformed_n3_names_file_line_and_column(tmp_path):
    bad = tmp_path / "bad.n3"
    bad.write_text("@prefix : <http://x/> .\n:a :p :b .\n:a :p :b :c .\n", encoding="utf-8")
    with pytest.raises(ParseError) as info:
        KnowledgeGraph.load(bad)
    assert (info.value.line, info.value.column) == (3, 10)
    assert str(info.value).startswith(f"{bad}:3:10")
