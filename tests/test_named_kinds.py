"""A kind named as text: Popolo's ``org:classification "committee"`` read as the type.

Popolo (and the W3C Organization Ontology as parliaments publish it) says what an organization
or an area is by a literal classification, not a class: every organization is an
``org:Organization``, a party, a committee or the chamber only by ``org:classification``.
Such a property is read as ``rdf:type`` (:func:`kgchat.graph.codes.named_kinds`), so "Which
committees ..." and "Which region ..." meet the text as the type asked.
"""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.pipeline import make_retriever

ORG = "http://www.w3.org/ns/org#"
SDO = "http://schema.org/"
FOAF = "http://xmlns.com/foaf/0.1/"
EX = "https://data.assembly.example/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _areas() -> list[tuple[str, str, str]]:
    rows = []
    places = [
        ("westmark", "Westmark", "province", None),
        ("north", "North Shore", "region", "westmark"),
        ("south", "South Coast", "region", "westmark"),
        ("bayfield", "Bayfield", "constituency", "north"),
        ("tidewater", "Tidewater", "constituency", "north"),
        ("harrow", "Harrow", "constituency", "south"),
        ("memramcook", "Memramcook", "constituency", "south"),
    ]
    for key, name, kind, parent in places:
        iri = EX + "area/" + key
        rows += [
            (iri, RDF_TYPE, SDO + "AdministrativeArea"),
            (iri, SDO + "name", f'"{name}"'),
            (iri, ORG + "classification", f'"{kind}"'),
        ]
        if parent:
            rows.append((iri, SDO + "containedInPlace", EX + "area/" + parent))
    return rows


def test_a_kind_named_as_text_is_the_type() -> None:
    kg = KnowledgeGraph.from_triples(_areas())
    assert "region" in {kg.label(t) for t in kg.types(EX + "area/north")}


def test_a_status_named_as_text_is_no_type() -> None:
    rows = [
        (EX + f"motion/{i}", ORG + "result", f'"{r}"')
        for i, r in enumerate(["pass", "pass", "fail", "fail"])
    ]
    kg = KnowledgeGraph.from_triples(rows)
    assert kg.types(EX + "motion/0") == []


def test_which_region_meets_the_classification() -> None:
    r = make_retriever(KnowledgeGraph.from_triples(_areas()), index_dir=None, scorer=None)
    res = r.retrieve("Which region does the constituency of Bayfield belong to?")
    assert res.candidates[0].node == EX + "area/north"
    assert not res.abstained
