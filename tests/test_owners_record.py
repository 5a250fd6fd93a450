"""A node named after its topic and reached from nothing else (QUDT's constant value node,
"Speed of Light (value)") is a record of the topic: its facts answer, its name no question
(kgchat.retrieval.unnamed_nodes.UnnamedNodes.owners_record, forms._no_answer)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_CONSTANTS = """\
@prefix q: <http://qudt.org/schema/qudt/> .
@prefix c: <http://qudt.org/vocab/constant/> .
@prefix u: <http://qudt.org/vocab/unit/> .
@prefix qk: <http://qudt.org/vocab/quantitykind/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
c:SpeedOfLight a q:PhysicalConstant ; rdfs:label "Speed of Light"@en ;
    q:hasQuantityKind qk:Speed ; q:quantityValue c:Value_SpeedOfLight .
c:Value_SpeedOfLight a q:ConstantValue ; rdfs:label "Speed of Light (value)"@en ;
    q:value "299792458"^^<http://www.w3.org/2001/XMLSchema#double> ; q:hasUnit u:M-PER-SEC .
c:ElectronMass a q:PhysicalConstant ; rdfs:label "Electron Mass"@en ;
    q:hasQuantityKind qk:Mass ; q:quantityValue c:Value_ElectronMass .
c:Value_ElectronMass a q:ConstantValue ; rdfs:label "Electron Mass (value)"@en ;
    q:value "9.1093837015E-31"^^<http://www.w3.org/2001/XMLSchema#double> ; q:hasUnit u:KiloGM .
u:M-PER-SEC a q:Unit ; rdfs:label "Metre per Second"@en ; q:hasQuantityKind qk:Speed .
u:KiloGM a q:Unit ; rdfs:label "Kilogram"@en ; q:hasQuantityKind qk:Mass .
u:LB a q:Unit ; rdfs:label "Pound Mass"@en ; q:hasQuantityKind qk:Mass .
qk:Speed a q:QuantityKind ; rdfs:label "Speed"@en .
qk:Mass a q:QuantityKind ; rdfs:label "Mass"@en ; q:applicableUnit u:LB .
<http://qudt.org/vocab/sou/IMPERIAL> a q:SystemOfUnits ; rdfs:label "Imperial System"@en ;
    q:hasBaseUnit u:LB .
"""


@pytest.fixture(scope="module")
def constants(tmp_path_factory):
    path = tmp_path_factory.mktemp("qudt") / "constants.ttl"
    path.write_text(_CONSTANTS, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_the_value_asked_is_the_records_value_not_the_record(constants):
    """The value node, reached by ``quantityValue`` ("value" said in full), had answered
    with its own name, which restates the constant's."""
    res = constants.retrieve("What is the value of the speed of light?")
    assert res.answer == "299792458"
    assert not any(c.label == "Speed of Light (value)" for c in res.candidates)


def test_a_node_named_after_its_topic_that_others_reach_answers(constants):
    """ "Pound Mass" holds the kind's name "Mass", but a system of units reaches it too: a
    thing of its own, which answers."""
    assert (
        constants.owners_record(
            "http://qudt.org/vocab/quantitykind/Mass",
            (("http://qudt.org/schema/qudt/applicableUnit", True),),
            "http://qudt.org/vocab/unit/LB",
        )
        is False
    )
    res = constants.retrieve("What is the base unit of the imperial system?")
    assert res.answer == "Pound Mass"
