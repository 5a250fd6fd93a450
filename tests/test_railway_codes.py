"""Graphs shaped like the EU Agency for Railways' register of infrastructure (found by a blind
probe, bench/data/own/rinf): operational points minted at their short OP ID
(``.../operationalPoints/DE19LBE``) with no ``rdfs:label``, named by ``era:opName`` and stating
their ID again (``era:uopid``). The ID is a code, however short: the point is named by its name
property, and the code stays an alias a question may name it by."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.graph.coded_iris import coded_iri
from kgchat.pipeline import make_retriever

ERA = "http://data.europa.eu/949/"
OP = ERA + "functionalInfrastructure/operationalPoints/"
C = "http://publications.europa.eu/resource/authority/country/"
BODY = f"""\
@prefix era: <{ERA}> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <http://example.org/> .
<{OP}DE19LBE> a era:OperationalPoint ; era:opName "Lauterheim Hbf" ; era:uopid "DE19LBE" ;
    era:inCountry <{C}DEU> .
<{OP}DE07WDB> a era:OperationalPoint ; era:opName "Waldrode" ; era:uopid "DE07WDB" ;
    era:inCountry <{C}DEU> .
<{OP}FR57PDW> a era:OperationalPoint ; era:opName "Pradines" ; era:uopid "FR57PDW" ;
    era:inCountry <{C}FRA> .
<{C}DEU> skos:prefLabel "Germany"@en . <{C}FRA> skos:prefLabel "France"@en .
ex:Stadtpark ex:officialName "Städtischer Volkspark" ; ex:inCity ex:Bremen .
ex:Bremen skos:prefLabel "Bremen" .
"""


@pytest.fixture(scope="module")
def rinf(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    path: Path = tmp_path_factory.mktemp("rinf") / "rinf.ttl"
    path.write_text(BODY, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_capitals_with_digits_between_are_a_code():
    assert coded_iri(OP + "DE19LBE") and coded_iri("http://x/AT85KUH")
    # words, and names that merely hold a number, stay names
    for name in ("Stadtpark", "Windows10Pro", "iPhone15X", "Al-Qaida"):
        assert not coded_iri("http://x/" + name), name


def test_a_point_minted_at_its_id_is_named_by_its_name_property(rinf):
    assert rinf.label(OP + "DE19LBE") == "Lauterheim Hbf"
    assert "DE19LBE" in rinf.aliases(OP + "DE19LBE")
    # a readable IRI keeps its own name: the name property is an alias of it
    assert rinf.label("http://example.org/Stadtpark") == "Stadtpark"


def test_questions_name_points_and_get_their_names_back(rinf):
    r = make_retriever(rinf, index_dir=None, scorer=None)
    res = r.retrieve("Which country is Lauterheim Hbf in?")
    assert res.candidates[0].label == "Germany"
    # by its code too, and the points of a country come back by their names, not their codes
    assert r.retrieve("what country is DE07WDB in").candidates[0].label == "Germany"
    res = r.retrieve("Which operational points are in Germany?")
    top = {c.label for c in res.candidates[:2]}
    assert top == {"Lauterheim Hbf", "Waldrode"}
