"""A record stated from its own side by a relation declared the inverse of its owner's is its
owner's record (blind probe genealogy, round 54): a family-history society's BIO export links
some events from the person (``<person> bio:event <event/E5>``) and others only from the event
(``<event/E4> bio:principal <person>``), and the file declares ``bio:principal owl:inverseOf
bio:event``. The first kind was walked through as ``(anonymous E5)``; the second, which no fact
leads to, kept its code for a name and was an answer ("Who is buried at St Mary's?" -> "E4").
A fact stated by a declared inverse now leads to it as the fact it is the inverse of does
(:func:`kgchat.graph.junctions.inverse_held`): both are walked through to their people.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_FAMILY = """\
@prefix bio: <http://purl.org/vocab/bio/0.1/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix p: <http://fhs.example.org/person/> .
@prefix e: <http://fhs.example.org/event/> .
@prefix pl: <http://fhs.example.org/place/> .

bio:principal owl:inverseOf bio:event .
pl:P0001 a schema:Place ; schema:name "St Mary's Church" .
pl:P0002 a schema:Place ; schema:name "St Teilo's Church" .
pl:P0003 a schema:Place ; schema:name "Kington" .
p:I0001 a foaf:Person ; foaf:name "John Pryce" ; bio:event e:E0001 .
p:I0002 a foaf:Person ; foaf:name "Hannah Pryce" ; bio:event e:E0003 .
p:I0003 a foaf:Person ; foaf:name "Thomas Pryce" .
p:I0004 a foaf:Person ; foaf:name "Mary Morgan" .
e:E0001 a bio:Birth ; bio:principal p:I0001 ; bio:date "1816"^^xsd:gYear ; bio:place pl:P0003 .
e:E0002 a bio:Burial ; bio:principal p:I0001 ; bio:date "1872"^^xsd:gYear ; bio:place pl:P0001 .
e:E0003 a bio:Birth ; bio:principal p:I0002 ; bio:date "1818"^^xsd:gYear ; bio:place pl:P0003 .
e:E0004 a bio:Burial ; bio:principal p:I0002 ; bio:date "1890"^^xsd:gYear ; bio:place pl:P0001 .
e:E0005 a bio:Burial ; bio:principal p:I0003 ; bio:date "1859"^^xsd:gYear ; bio:place pl:P0002 .
e:E0006 a bio:Burial ; bio:principal p:I0004 ; bio:date "1888"^^xsd:gYear ; bio:place pl:P0002 .
"""


@pytest.fixture(scope="module")
def family(tmp_path_factory):
    path = tmp_path_factory.mktemp("bio") / "family.ttl"
    path.write_text(_FAMILY)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None)


def test_an_event_said_only_by_its_principal_is_walked_through(family):
    # E0002 and E0004 to E0006 are led to by no fact; bio:principal is declared the inverse
    # of bio:event, by which the people lead to E0001 and E0003
    for n in range(1, 7):
        iri = f"http://fhs.example.org/event/E000{n}"
        assert family.kg.label(iri).startswith("(anonymous "), iri


def test_who_is_buried_there_is_answered_by_people(family):
    res = family.retrieve("Who is buried at St Mary's Church?")
    assert res.candidates[0].label in {"John Pryce", "Hannah Pryce"}
    assert not res.candidates[0].label.startswith("E000")
