"""A record the graph keeps of a relation between things it names, named by its code alone
(a STIX ``Relationship`` ``relationship/proc-0000``: an intrusion set uses a technique, during
a campaign), is a junction the question need not name: the middle hops' ceiling reads it by its
hop in or its hop out, as it reads a blank node in its place. On START the ceiling read it as a
named thing the question does not say, and "What campaigns is APT29 behind?" was abstained
(ceiling 0, the relation judge 1.0: fifty-seventh round)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

CTI = """@prefix : <http://example.org/cti#> .
@prefix rel: <http://example.org/cti/relationship/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:G0016 a :IntrusionSet ; rdfs:label "APT29" .
:G0032 a :IntrusionSet ; rdfs:label "Lazarus Group" .
:C0024 a :Campaign ; rdfs:label "SolarWinds Compromise" .
:C0022 a :Campaign ; rdfs:label "Operation Dream Job" .
:T1195 a :Technique ; rdfs:label "Supply Chain Compromise" .
:T1071 a :Technique ; rdfs:label "Web Protocols" .
rel:proc-0000 a :Relationship ; :relationshipType "uses" ; :sourceRef :G0016 ;
    :targetRef :T1195 ; :campaign :C0024 ; :observedOn "2020-03-26" .
rel:proc-0001 a :Relationship ; :relationshipType "uses" ; :sourceRef :G0032 ;
    :targetRef :T1071 ; :campaign :C0022 ; :observedOn "2019-08-01" .
"""

REL = "http://example.org/cti/relationship/"


def _retriever(tmp_path, text=CTI):
    path = tmp_path / "cti.ttl"
    path.write_text(text, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_coded_unnamed_record_is_a_record_node(tmp_path):
    r = _retriever(tmp_path)
    assert r.record_node(REL + "proc-0000")
    assert not r.record_node("http://example.org/cti#G0016")  # named
    assert not r.record_node("http://example.org/cti#C0024")


def test_a_record_of_a_named_kind_is_no_record_node(tmp_path):
    """Where one instance of the class has a name of its own, the graph names things of that
    kind, and an unnamed one is a thing it left unnamed, not a record."""
    named = CTI.replace(
        ':relationshipType "uses" ; :sourceRef :G0032',
        ':relationshipType "uses" ; rdfs:label "Dream Job tooling" ; :sourceRef :G0032',
    )
    r = _retriever(tmp_path, named)
    assert not r.record_node(REL + "proc-0000")


def test_a_bare_graph_names_by_identifiers(tmp_path):
    """Where nothing around it is named, the identifier is the name: no record node."""
    bare = "\n".join(line for line in CTI.splitlines() if "rdfs:label" not in line)
    r = _retriever(tmp_path, bare)
    assert not r.record_node(REL + "proc-0000")


def test_the_walk_through_a_record_is_trusted(tmp_path):
    r = _retriever(tmp_path)
    res = r.retrieve("What campaigns is APT29 behind?")
    assert res.answer == "SolarWinds Compromise"
    assert res.confidence >= r.config.min_confidence  # 0 on START (the ceiling)
