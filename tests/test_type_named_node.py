"""A node named by the type's own word is that type, not a thing of it (blind probe threats,
round 53): MITRE D3FEND writes ATT&CK techniques as OWL classes under ``OffensiveTechnique``
under ``Technique``. "What's the parent technique of X?" walks X's ``rdfs:subClassOf`` up; the
class ``Technique`` at the top (stated only as the others' superclass, named by its IRI)
has subclasses but no instances, and its name sounds exactly
like the type asked, so the kind bonus (:meth:`~kgchat.retrieval.combine.CandidateRanking.
_kind_bonus`) raised the walk three hops up over the parent one hop up. A node named by the
asked type's word is the type (:meth:`~kgchat.retrieval.node_types.NodeTypes._is_the_type`),
as a class with instances already was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_D3F = """\
@prefix d3f: <http://d3f.example.org/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

d3f:counters a owl:ObjectProperty ; rdfs:label "counters" .
d3f:OffensiveTechnique a owl:Class ; rdfs:subClassOf d3f:Technique ;
    rdfs:label "Offensive Technique" .
d3f:DefensiveTechnique a owl:Class ; rdfs:subClassOf d3f:Technique ;
    rdfs:label "Defensive Technique" .
d3f:T1566 a owl:Class ; rdfs:subClassOf d3f:OffensiveTechnique ; rdfs:label "Phishing" .
d3f:T1566.001 a owl:Class ; rdfs:subClassOf d3f:T1566 ; rdfs:label "Spearphishing Attachment" .
d3f:T1566.002 a owl:Class ; rdfs:subClassOf d3f:T1566 ; rdfs:label "Spearphishing Link" .
d3f:T1059 a owl:Class ; rdfs:subClassOf d3f:OffensiveTechnique ;
    rdfs:label "Command and Scripting Interpreter" .
d3f:T1059.001 a owl:Class ; rdfs:subClassOf d3f:T1059 ; rdfs:label "PowerShell" .
d3f:URLAnalysis a owl:Class ; rdfs:subClassOf d3f:DefensiveTechnique ;
    rdfs:label "URL Analysis" ; d3f:counters d3f:T1566.002 .
d3f:SenderReputationAnalysis a owl:Class ; rdfs:subClassOf d3f:DefensiveTechnique ;
    rdfs:label "Sender Reputation Analysis" ; d3f:counters d3f:T1566 .
d3f:ExecutableAllowlisting a owl:Class ; rdfs:subClassOf d3f:DefensiveTechnique ;
    rdfs:label "Executable Allowlisting" ; d3f:counters d3f:T1059.001 .
"""


@pytest.fixture(scope="module")
def threats():
    path = Path(__file__).parent.parent / "bench" / "data" / "own" / "threats.ttl"
    return make_retriever(KnowledgeGraph.load(path), index_dir=None)


@pytest.fixture(scope="module")
def d3fend(tmp_path_factory):
    path = tmp_path_factory.mktemp("d3f") / "d3fend.ttl"
    path.write_text(_D3F)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_the_parent_class_is_asked_not_the_class_named_as_the_type(threats):
    # the tiny graph above ranks the parent first on START too (its walk three hops up is
    # not pooled); the probe graph is where the class named as the type took the bonus
    res = threats.retrieve("What's the parent technique of Spearphishing Link?")
    assert res.candidates[0].label == "Phishing"
    assert not res.abstained


def test_a_node_named_by_the_type_is_the_type(d3fend):
    assert d3fend._is_the_type("http://d3f.example.org/ontology#Technique", ["technique"])
    assert d3fend._is_the_type("http://d3f.example.org/ontology#Technique", ["techniques"])
    assert not d3fend._is_the_type("http://d3f.example.org/ontology#T1566", ["technique"])
