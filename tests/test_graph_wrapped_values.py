"""Graphs that wrap every value in a node of its own (HL7 FHIR's RDF): the wrapped values read
as values, references as the resources they point at, people named by their name records,
and resources keyed by UUIDs unnamed (kgchat.graph.value_nodes, junctions, name_records)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

B = "https://fhir.example/R4/"
PAT = B + "Patient/7d2d944c-3e72-461a-90e9-597ef6f95968"
DOC = B + "Practitioner/a1bd993f-2886-4a83-bed4-7fb5369eef7c"
COND = B + "Condition/0363174d-95e7-448e-8f2c-732bf4f959f3"
FHIR = f"""@prefix fhir: <http://hl7.org/fhir/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix sct: <http://snomed.info/id/> .
<{PAT}> a fhir:Patient ; fhir:nodeRole fhir:treeRoot ;
  fhir:Resource.id [ fhir:value "7d2d944c-3e72-461a-90e9-597ef6f95968" ] ;
  fhir:Patient.name [ fhir:index 1 ; fhir:HumanName.use [ fhir:value "maiden" ] ;
      fhir:HumanName.family [ fhir:value "Schneider" ] ;
      fhir:HumanName.given [ fhir:value "Hannah" ; fhir:index 0 ] ] ,
    [ fhir:index 0 ; fhir:HumanName.use [ fhir:value "official" ] ;
      fhir:HumanName.family [ fhir:value "Müller" ] ;
      fhir:HumanName.given [ fhir:value "Lena" ; fhir:index 1 ] ,
                           [ fhir:value "Hannah" ; fhir:index 0 ] ] ;
  fhir:Patient.gender [ fhir:value "female" ] ;
  fhir:Patient.birthDate [ fhir:value "1990-01-29"^^xsd:date ] ;
  fhir:Patient.generalPractitioner [ fhir:index 0 ; fhir:link <{DOC}> ;
      fhir:Reference.reference [ fhir:value "Practitioner/a1bd993f" ] ;
      fhir:Reference.display [ fhir:value "Dr. Sarah Goldberg" ] ] .
<{DOC}> a fhir:Practitioner ; fhir:nodeRole fhir:treeRoot ;
  fhir:Practitioner.name [ fhir:index 0 ; fhir:HumanName.family [ fhir:value "Goldberg" ] ;
      fhir:HumanName.given [ fhir:value "Sarah" ; fhir:index 0 ] ;
      fhir:HumanName.prefix [ fhir:value "Dr." ; fhir:index 0 ] ] .
<{COND}> a fhir:Condition ; fhir:nodeRole fhir:treeRoot ;
  fhir:Condition.subject [ fhir:link <{PAT}> ;
      fhir:Reference.reference [ fhir:value "Patient/7d2d944c" ] ] ;
  fhir:Condition.onsetDateTime [ fhir:value "2012-03-04"^^xsd:date ] ;
  fhir:Condition.code [ fhir:CodeableConcept.coding [ a sct:195967001 ; fhir:index 0 ;
      fhir:Coding.system [ fhir:value "http://snomed.info/sct"^^xsd:anyURI ] ;
      fhir:Coding.code [ fhir:value "195967001" ] ;
      fhir:Coding.display [ fhir:value "Asthma (disorder)" ] ] ;
    fhir:CodeableConcept.text [ fhir:value "Asthma (disorder)" ] ] .
"""


def _load(tmp_path) -> KnowledgeGraph:
    path = tmp_path / "bundle.ttl"
    path.write_text(FHIR, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_wrapped_values_and_references_are_one_hop(tmp_path):
    facts = {f.text for f in _load(tmp_path).facts()}
    assert "Hannah Lena Müller — patient gender → female" in facts
    assert "Hannah Lena Müller — patient birth date → 1990-01-29" in facts
    assert "Hannah Lena Müller — patient general practitioner → Sarah Goldberg" in facts
    # no fact is stated of a wrapper, a reference node or a position any more
    assert not any("reference reference" in f or " index " in f for f in facts)
    assert not any("tree root" in f for f in facts)  # (fhir:nodeRole: the converter's mark)


def test_a_person_is_named_by_the_first_name_record_in_order(tmp_path):
    """Two HumanName records: the official one (index 0) names her, its given names in their
    order; the maiden name is another name; the records themselves name nothing."""
    kg = _load(tmp_path)
    assert kg.label(PAT) == "Hannah Lena Müller"
    assert "Hannah Schneider" in kg.aliases(PAT)
    assert kg.label(DOC) == "Sarah Goldberg"


def test_a_resource_keyed_by_a_uuid_is_unnamed_and_its_code_named(tmp_path):
    kg = _load(tmp_path)
    assert kg.label(COND).startswith("(anonymous ")
    facts = {f.text for f in kg.facts()}
    assert any(t.endswith("condition code → Asthma (disorder)") for t in facts)


def test_questions_reach_wrapped_values(tmp_path):
    kg = _load(tmp_path)
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("When was Hannah Müller born?").answer == "1990-01-29"
    assert r.retrieve("Who is the general practitioner of Hannah Müller?").answer == (
        "Sarah Goldberg"
    )
