"""An enterprise knowledge graph described by SHACL shapes (the supply probe's graph shape, on
tiny graphs): properties named only by their shapes' ``sh:name``, classes by their node shapes'
labels, shapes that are never things, records with opaque codes named by a "legal name", status
codes that stay facts, and QUDT quantity values read through to their number."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

E = "https://kg.acme-corp.example/"
PREFIXES = """@prefix ex: <https://kg.acme-corp.example/> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
"""
SHAPES = (
    PREFIXES
    + """
ex:SupplierShape a sh:NodeShape ; sh:targetClass ex:Supplier ;
    sh:property [ sh:path ex:zterm ; sh:name "payment terms"@en ;
                  sh:description "Agreed terms of payment."@en ; sh:datatype xsd:string ] ,
                [ sh:path ex:suppliesPart ; sh:name "supplies part"@en ; sh:class ex:Part ] .
ex:BomLineShape a sh:NodeShape ; rdfs:label "Bill of materials line"@en ;
    sh:targetClass ex:BomLine ;
    sh:property [ sh:path ex:component ; sh:name "component"@en ; sh:class ex:Part ] .
"""
)
DATA = (
    PREFIXES
    + """
ex:SUP-00417 a ex:Supplier ; ex:legalName "Brennwald Präzisionsteile GmbH" ;
    ex:zterm "Net 30" ; ex:suppliesPart ex:PRT-100234 ;
    ex:orderStatus ex:ostat-open .
ex:SUP-00422 a ex:Supplier ; ex:legalName "Hollerbach Gusstechnik GmbH" ; ex:zterm "Net 45" ;
    ex:orderStatus ex:ostat-open .
ex:SUP-00431 a ex:Supplier ; ex:legalName "Nordisk Fästelement AB" ; ex:zterm "Net 60" ;
    ex:orderStatus ex:ostat-closed .
ex:SUP-00438 a ex:Supplier ; ex:legalName "Kyoto Seimitsu Kogyo K.K." ;
    ex:orderStatus ex:ostat-closed .
ex:ostat-open skos:prefLabel "open"@en ; skos:notation "01" .
ex:ostat-closed skos:prefLabel "closed"@en ; skos:notation "02" .
ex:PRT-100234 skos:prefLabel "Hex bolt M8x30"@en .
ex:BOM-1 a ex:BomLine ; ex:component ex:PRT-100234 .
"""
)


@pytest.fixture()
def supply(tmp_path):
    (tmp_path / "data.ttl").write_text(DATA)
    (tmp_path / "shapes.ttl").write_text(SHAPES)
    return KnowledgeGraph.load(tmp_path / "data.ttl", tmp_path / "shapes.ttl")


def test_a_property_is_named_by_its_shape(supply):
    assert supply.relation_label(E + "zterm") == "payment terms"
    assert supply.relation_label(E + "suppliesPart") == "supplies part"
    # a shape on no host names its path: the path is no web page shown by its IRI
    assert supply.relation_label(E + "component") == "component"


def test_a_class_is_named_by_its_node_shape(supply):
    assert supply.label(E + "BomLine") == "Bill of materials line"


def test_shapes_are_no_things(supply):
    entities = set(supply.entities())
    assert E + "SupplierShape" not in entities
    assert not any(e.startswith("_:") for e in entities)
    assert not any(f.object == E + "Supplier" for f in supply.facts_of(E + "SupplierShape"))


def test_a_shape_says_domain_and_range(supply):
    assert supply.domain(E + "suppliesPart") == [E + "Supplier"]
    assert supply.range(E + "suppliesPart") == [E + "Part"]


def test_an_opaque_record_is_named_by_its_legal_name(supply):
    assert supply.label(E + "SUP-00417") == "Brennwald Präzisionsteile GmbH"


def test_a_status_code_stays_a_fact(supply):
    # every value a code with a notation, one each: still a status, not what the thing is
    preds = {f.predicate for f in supply.facts_of(E + "SUP-00417")}
    assert E + "orderStatus" in preds


def test_the_payment_terms_are_answered(supply):
    res = Retriever(supply).retrieve("what are the payment terms of Hollerbach Gusstechnik?")
    assert res.candidates[0].label == "Net 45"


def test_a_quantity_value_is_read_through_to_its_number(tmp_path):
    """Many records' ``qudt:QuantityValue`` nodes, reached back through their shared unit,
    must not crowd the number itself out of the candidates."""
    rows = [PREFIXES, 'unit:KiloGM skos:prefLabel "kilogram"@en .']
    for i in range(60):
        rows.append(
            f"ex:SHP-{i} a ex:Shipment ; ex:grossWeight [ a qudt:QuantityValue ; "
            f'qudt:numericValue "{100 + i}.5"^^xsd:decimal ; qudt:unit unit:KiloGM ] .'
        )
    (tmp_path / "g.ttl").write_text("\n".join(rows))
    res = Retriever(KnowledgeGraph.load(tmp_path / "g.ttl")).retrieve("gross weight of SHP-3")
    assert res.candidates and res.candidates[0].label == "103.5"


def test_a_class_that_modifies_the_head_noun_types_no_answer(supply):
    """ "the *supplier* payment terms of X" ask for terms: the class Supplier, a modifier of
    the head noun, is not the answer's type (a supplier had answered)."""
    res = Retriever(supply).retrieve("what is the supplier payment terms of Hollerbach Gusstechnik")
    assert res.candidates[0].label == "Net 45"


def test_a_part_number_is_no_part(tmp_path):
    """ "part number of X" asks for an identifier: the noun before "number" is no type (the
    class Part had ranked another part, a co-supplied one, above the number)."""
    rows = [PREFIXES, "ex:Part a <http://www.w3.org/2002/07/owl#Class> ; rdfs:label 'Part' ."]
    for i, name in enumerate(("Brake caliper body", "Pump housing", "Guide pin", "Brake piston")):
        rows.append(
            f'ex:PRT-13012{i} a ex:Part ; skos:prefLabel "{name}"@en ; ex:partNumber "13012{i}" .'
        )
    rows.append("ex:SUP-1 ex:legalName 'Odlewnia' ; ex:suppliesPart ex:PRT-130120, ex:PRT-130121 .")
    (tmp_path / "g.ttl").write_text("\n".join(rows))
    res = Retriever(KnowledgeGraph.load(tmp_path / "g.ttl")).retrieve(
        "part number of the brake caliper body"
    )
    assert res.candidates[0].label == "130120"
