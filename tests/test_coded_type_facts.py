"""A property that classifies by code is read as ``rdf:type`` and kept as a fact of its own
relation too (issue 11, probe62a; :func:`kgchat.graph.class_statements.coded_facts`): a
fisheries body's vessel register links each vessel to its main gear in the ISSCFG scheme by
``fish:gearType`` (the gear a SKOS concept with a notation, one per vessel, a handful for many
vessels), so :func:`kgchat.graph.codes.coded_types` read it as the vessel's class, and with
the relation gone "What gear does the Havbris use?" found no path saying gear (the gross
tonnage answered, abstained). On a tiny register read from Turtle, with the real bundled
encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

TTL = """
@prefix fish: <http://example.org/fish#> .
@prefix gear: <http://example.org/gear/> .
@prefix v: <http://example.org/vessel/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

gear:OTM a skos:Concept ; skos:prefLabel "Midwater otter trawl"@en ; skos:notation "OTM" ;
    skos:inScheme gear:isscfg .
gear:OTB a skos:Concept ; skos:prefLabel "Bottom otter trawl"@en ; skos:notation "OTB" ;
    skos:inScheme gear:isscfg .
gear:PS a skos:Concept ; skos:prefLabel "Purse seine"@en ; skos:notation "PS" ;
    skos:inScheme gear:isscfg .
v:1 schema:name "Havbris" ; fish:gearType gear:OTM ; fish:grossTonnage 2890 ;
    fish:homePort "Alesund" .
v:2 schema:name "Northern Dawn" ; fish:gearType gear:OTM ; fish:grossTonnage 2489 .
v:3 schema:name "Ribe Hav" ; fish:gearType gear:OTM ; fish:grossTonnage 2980 .
v:4 schema:name "Polarfangst" ; fish:gearType gear:OTB ; fish:grossTonnage 2875 .
v:5 schema:name "Barentshav" ; fish:gearType gear:OTB ; fish:grossTonnage 2015 .
v:6 schema:name "Kestrel" ; fish:gearType gear:OTB ; fish:grossTonnage 280 .
v:7 schema:name "Jóhanna" ; fish:gearType gear:PS ; fish:grossTonnage 3150 .
v:8 schema:name "Nordstjernen" ; fish:gearType gear:PS ; fish:grossTonnage 1644 .
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("register") / "register.ttl"
    path.write_text(TTL, encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.fixture(scope="module")
def retriever(kg, tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("KGCHAT_CACHE", str(tmp_path_factory.mktemp("cache")))
    r = make_retriever(kg, index_dir=None, scorer=None)
    r.prepare()
    yield r
    mp.undo()


def test_the_code_is_still_the_class(kg):
    """The classification stays a type: the vessel is a midwater otter trawl."""
    assert "http://example.org/gear/OTM" in kg.types("http://example.org/vessel/1")


def test_the_gear_is_a_fact_of_its_own_relation(kg):
    """The vessel's gear is a fact by ``fish:gearType`` too (fails on START: no such fact)."""
    gear = [
        f for f in kg.facts_of("http://example.org/vessel/1") if f.predicate.endswith("gearType")
    ]
    assert [f.object for f in gear] == ["http://example.org/gear/OTM"]


def test_what_gear_a_vessel_uses_is_answered(retriever):
    """Asked by the relation's name, the gear answers (fails on START: the gross tonnage,
    abstained)."""
    res = retriever.retrieve("What gear does the Havbris use?")
    assert not res.abstained
    assert res.answer == "Midwater otter trawl"
