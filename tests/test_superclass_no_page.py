"""A vocabulary's class a local class specialises is no web page (blind probe smartbuilding,
round 56): a BMS export's ``bms:ElectricityMeter`` ("Electricity meter") is an
``rdfs:subClassOf`` SAREF's ``saref:Meter``, a leaf on another host whose last segment is a
word of the subclass's name, which :func:`kgchat.graph.pages.page_names` took for a page
about it and named by its whole IRI ("https://saref.etsi.org/core/Meter"), so the meters'
kind words were the IRI's ("https", "saref", "etsi") where "meter" was meant. A class an
``rdf:type`` points at was already none.
"""

from __future__ import annotations

from kgchat import KnowledgeGraph

_BMS = """\
@prefix saref: <https://saref.etsi.org/core/> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://bms.example.org/> .

ex:ElectricityMeter rdfs:subClassOf saref:Meter ; rdfs:label "Electricity meter"@en .
ex:OfficeBuilding rdfs:subClassOf schema:Building ; rdfs:label "Office building"@en .
ex:m1 a ex:ElectricityMeter ; rdfs:label "Main incomer meter"@en ; saref:hasModel "UMG 604" .
ex:b1 a ex:OfficeBuilding ; rdfs:label "Harbourview Office Centre"@en ;
    schema:sameAs <http://other.example.org/Harbourview> .
"""


def test_a_superclass_on_another_host_is_named_by_its_local_name(tmp_path):
    path = tmp_path / "bms.ttl"
    path.write_text(_BMS)
    kg = KnowledgeGraph.load(path)
    assert kg.label("https://saref.etsi.org/core/Meter") == "Meter"
    assert kg.label("https://schema.org/Building") == "Building"
