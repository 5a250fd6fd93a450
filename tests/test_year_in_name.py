"""A year said inside an entity's name ("the *2015 eruption of Calbuco*", "*AGR-2024-033*") is
that entity's name, not a year asked of the records the walk passes: the junction
constraints (:func:`~kgchat.retrieval.junction_constraints.met_at_junctions`) had dropped
every answer held by a record whose part read as another year (a summit elevation of 2003
metres, an agreement's end date in 2027)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

VOLCANOES = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:summitElevation rdfs:label "summit elevation" .
ex:numericValue rdfs:label "numeric value" .
ex:unit rdfs:label "unit" .
ex:eruptionOf rdfs:label "eruption of" .
ex:vei rdfs:label "volcanic explosivity index" .
ex:metre rdfs:label "metre" .
ex:calbuco rdfs:label "Calbuco" ;
    ex:summitElevation [ ex:numericValue "2003"^^xsd:decimal ; ex:unit ex:metre ] .
ex:etna rdfs:label "Etna" ;
    ex:summitElevation [ ex:numericValue "3357"^^xsd:decimal ; ex:unit ex:metre ] .
ex:e2015 rdfs:label "2015 eruption of Calbuco" ; ex:eruptionOf ex:calbuco ; ex:vei 4 .
ex:e2021 rdfs:label "2021 eruption of Etna" ; ex:eruptionOf ex:etna ; ex:vei 2 .
"""


@pytest.fixture(scope="module")
def volcanoes(tmp_path_factory):
    path = tmp_path_factory.mktemp("volcanoes") / "volcanoes.ttl"
    path.write_text(VOLCANOES)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_year_inside_the_name_asks_no_year_of_a_record(volcanoes):
    """The elevation's record holds 2003, read as a year; the question's 2015 is the
    eruption's name, not a time the record must be of."""
    got = volcanoes.retrieve("How tall is the volcano of the 2015 eruption of Calbuco?")
    assert got.answer == "2003"
