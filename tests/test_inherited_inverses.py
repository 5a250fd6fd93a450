"""A sub-property with no inverse of its own is read backwards by its super-property's
inverse (issue 11, probe59b; :func:`kgchat.graph.property_schema.inherited_inverses`). OWL
entails it: ``hasFather SubObjectPropertyOf hasParent`` and ``hasParent InverseOf hasChild``
make every ``A hasFather B`` a ``B hasChild A``. A reference ontology states parentage by the
sub-properties and declares the inverse on the super-property only; read backwards,
``hasFather`` said "has father (inverse)", so "Does Apollo have any kids?" answered Hebe (a
``hasChild`` of Apollo's father: Apollo's sister) at 0.94 rather than Asclepius, and "Who is
the father of Polydeuces?" answered a child of his father (out over ``hasFather`` and back
over it). On a tiny ontology read from OWL functional syntax (as Protégé saves it), with the
real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.graph import vocab
from kgchat.graph.property_schema import inherited_inverses
from tests.conftest import prepared_retriever

OFN = """Prefix(:=<http://example.org/myth#>)
Prefix(owl:=<http://www.w3.org/2002/07/owl#>)
Prefix(rdfs:=<http://www.w3.org/2000/01/rdf-schema#>)

Ontology(<http://example.org/myth>
Declaration(Class(:Deity))
Declaration(ObjectProperty(:hasParent))
Declaration(ObjectProperty(:hasChild))
Declaration(ObjectProperty(:hasFather))
Declaration(ObjectProperty(:hasMother))
Declaration(ObjectProperty(:hasConsort))
AnnotationAssertion(rdfs:label :hasParent "has parent"@en)
AnnotationAssertion(rdfs:label :hasChild "has child"@en)
AnnotationAssertion(rdfs:label :hasFather "has father"@en)
AnnotationAssertion(rdfs:label :hasMother "has mother"@en)
AnnotationAssertion(rdfs:label :hasConsort "has consort"@en)
InverseObjectProperties(:hasParent :hasChild)
SubObjectPropertyOf(:hasFather :hasParent)
SubObjectPropertyOf(:hasMother :hasParent)
SymmetricObjectProperty(:hasConsort)
"""
PEOPLE = {
    "Zeus": [],
    "Hera": [],
    "Leto": [],
    "Apollo": [("hasFather", "Zeus"), ("hasMother", "Leto")],
    "Artemis": [("hasFather", "Zeus"), ("hasMother", "Leto")],
    "Ares": [("hasFather", "Zeus"), ("hasMother", "Hera")],
    "Pollux": [("hasFather", "Zeus")],
    "Helen": [("hasFather", "Zeus")],
    "Coronis": [],
    "Asclepius": [("hasFather", "Apollo"), ("hasMother", "Coronis")],
    "Epione": [("hasConsort", "Asclepius")],
}


def _ofn() -> str:
    lines = [OFN]
    for name, facts in PEOPLE.items():
        lines.append(f"ClassAssertion(:Deity :{name})")
        lines.append(f'AnnotationAssertion(rdfs:label :{name} "{name}"@en)')
        lines += [f"ObjectPropertyAssertion(:{p} :{name} :{o})" for p, o in facts]
    # Hebe only from her father's side, as the ontology's older records give her
    lines += ['AnnotationAssertion(rdfs:label :Hebe "Hebe"@en)', "ClassAssertion(:Deity :Hebe)"]
    lines.append("ObjectPropertyAssertion(:hasChild :Zeus :Hebe)")
    return "\n".join(lines) + "\n)\n"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("myth") / "myth.ofn"
    path.write_text(_ofn(), encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.fixture(scope="module")
def retriever(kg, tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: kg)


def test_a_sub_property_read_backwards_says_the_super_propertys_inverse(kg):
    """``hasFather`` and ``hasMother`` backwards read "has child" (fails on START: "has
    father (inverse)"); a declared inverse and a symmetric property keep their own."""
    ns = "http://example.org/myth#"
    assert kg.relation_label(ns + "hasFather", inverse=True) == "has child"
    assert kg.relation_label(ns + "hasMother", inverse=True) == "has child"
    assert kg.relation_label(ns + "hasParent", inverse=True) == "has child"
    assert kg.relation_label(ns + "hasChild", inverse=True) == "has parent"
    assert kg.relation_label(ns + "hasConsort", inverse=True) == "has consort"


def test_kids_named_by_the_sub_property(retriever):
    """Apollo's son, stated as ``Asclepius hasFather Apollo``, answers (fails on START: Hebe,
    his father's child by ``hasChild``)."""
    res = retriever.retrieve("Does Apollo have any kids?")
    assert not res.abstained
    assert res.answer == "Asclepius"


def test_the_father_not_the_fathers_other_children(retriever):
    """ "Who is the father of Pollux?" answers Zeus, not a child of Zeus (out over
    ``hasFather`` and back over it)."""
    res = retriever.retrieve("Who is the father of Pollux?")
    assert res.answer == "Zeus"


def test_the_inverse_comes_up_the_hierarchy_and_never_overrides():
    """A chain of sub-properties reaches the first inverse above it; a property with an
    inverse of its own (or a symmetric one, its own inverse) keeps it."""
    sub = vocab.RDFS + "subPropertyOf"
    names = {sub: 0}
    # 5 (hasSon) < 4 (hasChild-ish) < 3 (hasRelative) whose inverse is 9; 6 has its own (8)
    s, p, o = np.array([5, 4, 6]), np.array([0, 0, 0]), np.array([4, 3, 3])
    assert inherited_inverses(s, p, o, names, {3: 9, 9: 3, 6: 8}) == {5: 9, 4: 9}
