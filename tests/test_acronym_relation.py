"""An acronym that names a class by its initials is read in the class's words ("What is the
LEI of X?": a "legal entity identifier"), but where the graph also names a relation by it
(GLEIF's ``LEI``, the property that holds the code) it is the graph's own word for what is
asked, and stays as written (:func:`kgchat.retrieval.acronyms.spelled_out`)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_LEI = """\
@prefix : <http://example.org/l#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:LegalEntityIdentifier rdfs:label "legal entity identifier" .
:LegalEntity rdfs:label "legal entity" .
:acme a :LegalEntity ; rdfs:label "Acme Logistik GmbH" ; :legalName "Acme Logistik GmbH" ;
    :registrationId :acme-ra .
:acme-ra rdfs:label "HRB 4711" ; :validationIdentifier :acme-bid .
:acme-bid rdfs:label "RA000242" .
:acme-lei a :LegalEntityIdentifier ; :identifiesAndRecords :acme ;
    :LEI "5299000ACMELOGISTIK1" ; :managingLOU :lou .
:lou a :LegalEntity ; rdfs:label "Liffey LEI Registration DAC" ; :legalName "Liffey LEI DAC" .
:bolt a :LegalEntity ; rdfs:label "Bolt Holding AB" ; :registrationId :bolt-ra .
:bolt-lei a :LegalEntityIdentifier ; :identifiesAndRecords :bolt ;
    :LEI "5299000BOLTHOLDING22" ; :managingLOU :lou .
"""


@pytest.fixture(scope="module")
def lei(tmp_path_factory):
    path = tmp_path_factory.mktemp("lei") / "lei.ttl"
    path.write_text(_LEI)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("What is the LEI of Acme Logistik GmbH?", "5299000ACMELOGISTIK1"),
        ("What is the LEI of Bolt Holding AB?", "5299000BOLTHOLDING22"),
    ],
)
def test_an_acronym_a_relation_says_stays(lei, question, code):
    got = lei.retrieve(question)
    assert got.candidates[0].label == code, [c.label for c in got.candidates[:5]]
