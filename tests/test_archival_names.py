"""Archival descriptions as archive portals publish them (the archives probe's shape: ICA's
Records in Contexts, RiC-O, on tiny graphs): files and series known by their call numbers
("412 AQ 14", written in spaced parts), agents labelled in French under IRIs that abbreviate
their names (``prefecture-hv``)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.graph.value_shapes import value_shape
from kgchat.retrieval import Retriever

_TTL = """
@prefix rico: <https://www.ica.org/standards/RiC/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix r: <https://data.example.fr/ric/recordResource/> .
@prefix a: <https://data.example.fr/ric/agent/> .
@prefix d: <https://data.example.fr/ric/date/> .
@prefix w: <https://data.example.fr/ric/widget/> .

a:prefecture-hv a rico:CorporateBody ; rdfs:label "Préfecture de la Haute-Varenne"@fr .
a:forges-valbrune a rico:CorporateBody ; rdfs:label "Compagnie des forges de Valbrune"@fr .
r:F1 a rico:RecordSet ; rico:title "Fonds des forges"@fr ; rico:identifier "FRAN_IR_001234" ;
    rico:hasOrHadCreator a:forges-valbrune ; rico:includesOrIncluded r:S1 .
r:F2 a rico:RecordSet ; rico:title "Police générale"@fr ; rico:identifier "FRAN_IR_002871" ;
    rico:hasOrHadCreator a:prefecture-hv ; rico:includesOrIncluded r:S2 .
r:S1 a rico:RecordSet ; rico:title "Personnel ouvrier"@fr ; rico:identifier "412 AQ 1-3" ;
    rico:includesOrIncluded r:f1, r:f2, r:f3 .
r:S2 a rico:RecordSet ; rico:title "Surveillance des étrangers"@fr ; rico:identifier "4 M 1-2" ;
    rico:includesOrIncluded r:f4, r:f5 .
r:f1 a rico:RecordSet ; rico:title "Personnel ouvrier : grève, Valbrune (1883-1884)"@fr ;
    rico:identifier "412 AQ 1" ; rico:hasCreationDate d:1883-1884 .
r:f2 a rico:RecordSet ; rico:title "Personnel ouvrier : laminoir, Valbrune (1886-1888)"@fr ;
    rico:identifier "412 AQ 2" ; rico:hasCreationDate d:1886-1888 .
r:f3 a rico:RecordSet ; rico:title "Personnel ouvrier : coulée, Ferrières (1890)"@fr ;
    rico:identifier "412 AQ 3" ; rico:hasCreationDate d:1890 .
r:f4 a rico:RecordSet ; rico:title "Surveillance des étrangers : passeport (1858-1863)"@fr ;
    rico:identifier "4 M 1" ; rico:hasCreationDate d:1858-1863 .
r:f5 a rico:RecordSet ; rico:title "Surveillance des étrangers : colportage (1815)"@fr ;
    rico:identifier "4 M 2" ; rico:hasCreationDate d:1815 .
d:1883-1884 rico:expressedDate "1883-1884" .
d:1886-1888 rico:expressedDate "1886-1888" .
d:1890 rico:expressedDate "1890" .
d:1858-1863 rico:expressedDate "1858-1863" .
d:1815 rico:expressedDate "1815" .
w:w1 rdfs:label "Small crate" ; w:capacity "12 L" ; w:size "100 MB" .
w:w2 rdfs:label "Large crate" ; w:capacity "40 L" ; w:size "250 MB" .
w:w3 rdfs:label "Tall crate" ; w:capacity "25 L" ; w:size "300 MB" .
"""
EX = "https://data.example.fr/ric/"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("archives") / "archives.ttl"
    path.write_text(_TTL, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_call_numbers_in_spaced_parts_are_codes():
    """An archive's call number is written in parts ("412 AQ 14", "H DEPOT 2 1", "31 Fi 12"):
    a code; a quantity with its unit, a word with a number or a date is none."""
    for code in ("412 AQ 14", "3 E 56 4-8", "H DEPOT 2 1", "31 Fi 12", "MS 1234"):
        assert value_shape(code, None, None) == "code", code
    for text in ("1000 Ha", "100 MB", "12 cm", "Room 12", "12 March 1871", "1923 1927", "Fi"):
        assert value_shape(text, None, None) != "code", text


def test_call_numbers_name_their_files(kg):
    """Each file's call number picks it out and is shorter than its title: people cite the
    file by it, so it is an alias of the file; quantities with units that each crate holds
    alone ("100 MB") name nothing."""
    assert "412 AQ 2" in kg.aliases(EX + "recordResource/f2")
    assert "FRAN_IR_002871" in kg.aliases(EX + "recordResource/F2")
    assert not kg.aliases(EX + "widget/w1")


def test_questions_by_call_number_reach_the_file(kg):
    """A question that cites a file by its call number is about that file, not about a file
    whose number begins alike ("412 AQ 1" vs "412 AQ 1-3", the series) nor about another."""
    r = Retriever(kg)
    assert r.retrieve("What are the dates of file 412 AQ 2?").answer == "1886-1888"
    assert r.retrieve("date range of 4 M 1").answer == "1858-1863"
    assert r.retrieve("when was 412 AQ 1 put together?").answer == "1883-1884"
    assert r.retrieve("Which series includes file 4 M 2?").answer == "Surveillance des étrangers"


def test_a_slug_with_initials_keeps_the_foreign_label(kg):
    """An IRI made of the name's words and the initials of others (``prefecture-hv`` of
    "Préfecture de la Haute-Varenne") says no more than the French name: the name stays."""
    assert kg.label(EX + "agent/prefecture-hv") == "Préfecture de la Haute-Varenne"
    assert kg.label(EX + "agent/forges-valbrune") == "Compagnie des forges de Valbrune"
