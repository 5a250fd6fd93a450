"""A value typed by a publisher's own datatype is what the datatype's name says (blind probe
schools, round 52): a register gives each school its unique reference number as a
``skos:notation`` typed ``sr:URN`` (SKOS's way to say which notation system a code is of), and
a local authority its old code as one typed ``sr:LACode``. "What's the URN of X?" says no word
of ``notation``; the value's datatype says "URN" (:func:`~kgchat.retrieval.values.literal_kind`).
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.values import literal_kind

_REGISTER = """\
@prefix sr: <http://schools.example.org/def#> .
@prefix ex: <http://schools.example.org/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:trust a org:FormalOrganization ; skos:prefLabel "Riverside Learning Trust" .
ex:la a org:FormalOrganization ; skos:prefLabel "Blackmoor Council" ;
    skos:notation "872"^^sr:LACode .
ex:s1 a schema:School ; schema:name "Riverside Academy" ; skos:notation "137654"^^sr:URN ;
    org:subOrganizationOf ex:trust ; sr:localAuthority ex:la ;
    sr:schoolCapacity "1350"^^xsd:integer .
ex:s2 a schema:School ; schema:name "Millbrook Primary Academy" ;
    skos:notation "139980"^^sr:URN ; org:subOrganizationOf ex:trust ; sr:localAuthority ex:la ;
    sr:schoolCapacity "315"^^xsd:integer .
"""


def test_a_notation_is_asked_by_its_datatype_name(tmp_path):
    path = tmp_path / "register.ttl"
    path.write_text(_REGISTER)
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("What's the URN of Riverside Academy?")
    assert res.answer == "137654" and not res.abstained


def test_the_kind_of_a_value_typed_by_an_own_datatype():
    typed = '"137654"^^<http://schools.example.org/def#URN>'
    assert literal_kind(typed) == ("number", "urn")
    code = '"872"^^<http://schools.example.org/def#LACode>'
    assert literal_kind(code) == ("number", "la", "code")
    assert literal_kind('"<b>x</b>"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#HTML>') == ()
