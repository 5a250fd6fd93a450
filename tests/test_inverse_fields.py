"""A record's field said by a relation or by its declared inverse read the other way is one
field (blind probe schools, round 52): an inspection, an unnamed node, points to its school by
``inspectedSchool`` in one register's rows and is listed by the school's ``hasInspection``
(declared ``owl:inverseOf``) in the other's. "Which schools has X inspected?" walks from the
inspector into each inspection and out to its school by one of the two; the answers are one
field's list, not two fields tied (:func:`~kgchat.retrieval.record_fields.fields_tied`), and
the answer stands. Two relations no declaration ties stay two fields.
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.record_fields import fields_tied
from kgchat.retrieval.results import Candidate, Path

_SCHOOLS = """\
@prefix sr: <http://schools.example.org/def#> .
@prefix ex: <http://schools.example.org/id/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <http://schema.org/> .

sr:hasInspection owl:inverseOf sr:inspectedSchool ; rdfs:label "inspection" .
sr:inspectedSchool rdfs:label "inspected school" .
sr:leadInspector rdfs:label "lead inspector" .

ex:okoro a foaf:Person ; foaf:name "Martin Okoro" .
ex:tranter a foaf:Person ; foaf:name "Susan Tranter" .
ex:s1 a schema:School ; schema:name "Harrowfield Park Primary School" ; sr:hasInspection ex:i1 .
ex:s2 a schema:School ; schema:name "Elmstead All-Through School" .
ex:s3 a schema:School ; schema:name "Wrenfield Primary School" ; sr:hasInspection ex:i3 .
ex:s4 a schema:School ; schema:name "Riverside Academy" .
ex:i1 a sr:Inspection ; sr:leadInspector ex:okoro .
ex:i2 a sr:Inspection ; sr:leadInspector ex:okoro ; sr:inspectedSchool ex:s2 .
ex:i3 a sr:Inspection ; sr:leadInspector ex:okoro .
ex:i4 a sr:Inspection ; sr:leadInspector ex:tranter ; sr:inspectedSchool ex:s4 .
"""


def test_schools_listed_either_way_answer(tmp_path):
    path = tmp_path / "schools.ttl"
    path.write_text(_SCHOOLS)
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("Which schools has Martin Okoro inspected?")
    assert not res.abstained
    assert {c.label for c in res.candidates[:3]} == {
        "Harrowfield Park Primary School",
        "Elmstead All-Through School",
        "Wrenfield Primary School",
    }


def _field(rel: str, forward: bool, node: str) -> Candidate:
    pattern = (("leadInspector", False), (rel, forward))
    return Candidate(node, node, 0.9, [Path("okoro", pattern, ("okoro", "_:i", node), (0, 1), 0.9)])


def test_a_declared_inverse_is_the_same_field_and_others_are_not():
    ranked = [_field("hasInspection", False, "s1"), _field("inspectedSchool", True, "s2")]
    inverse = {"hasInspection": "inspectedSchool", "inspectedSchool": "hasInspection"}.get
    assert fields_tied(ranked, lambda n: n == "_:i", inverse) == []
    assert [c.node for c in fields_tied(ranked, lambda n: n == "_:i")] == ["s2"]
