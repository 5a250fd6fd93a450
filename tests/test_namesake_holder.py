"""A thing named by what it gives (issue 11, fix59d;
:func:`kgchat.retrieval.answer_paths.namesake_reading`): a CPSV-AP service "Apply for a
parking badge" ``produces`` the output "Parking badge", and "How long does it take to get a
parking badge?" links the output. The walk back to the service and on to its processing time
ranked first, but the judge read its unsaid ``produces`` hop and the answer was abstained on.
The service holds the output alone and its name holds the output's whole name: naming the
output names the service, and the walk is read from the service too. On a tiny graph read
from Turtle, with the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

TTL = """
@prefix cpsv: <http://purl.org/vocab/cpsv#> .
@prefix m8g: <http://data.europa.eu/m8g/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .

ex:badge a m8g:Output ; dct:title "Parking badge"@en .
ex:permit a m8g:Output ; dct:title "Fishing permit"@en .
ex:number a m8g:Output ; dct:title "Registration number"@en .
ex:badge-service a cpsv:PublicService ; dct:title "Apply for a parking badge"@en ;
    dct:identifier "PS-0001" ; cpsv:produces ex:badge ;
    m8g:processingTime "P12W"^^xsd:duration .
ex:permit-service a cpsv:PublicService ; dct:title "Buy a fishing permit"@en ;
    dct:identifier "PS-0002" ; cpsv:produces ex:permit ;
    m8g:processingTime "P1D"^^xsd:duration .
ex:landlord-service a cpsv:PublicService ; dct:title "Register as a landlord"@en ;
    dct:identifier "PS-0003" ; cpsv:produces ex:number ;
    m8g:processingTime "P2W"^^xsd:duration .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("outputs") / "outputs.ttl"
    path.write_text(TTL, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    yield from prepared_retriever(tmp_path_factory, lambda: kg)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How long does it take to get a parking badge?", "P12W"),
        ("How long does it take to get a fishing permit?", "P1D"),
    ],
)
def test_the_service_named_by_its_output(retriever, question, answer):
    """Answered, not abstained on (fails on b6bba275: the right answer first, abstained)."""
    res = retriever.retrieve(question)
    assert res.candidates[0].label == answer
    assert not res.abstained
