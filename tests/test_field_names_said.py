"""A tied field of one unnamed record whose relation's name the question says less of than the
best answer's is no rival reading (:func:`kgchat.retrieval.relation_heads.name_said`, read by
:func:`kgchat.retrieval.record_fields.fields_ambiguous`). A building point's BACnet reference
holds its object name, identifier and URI and the device it is an object of; "What's the
BACnet object name of X?" walks from the device (named "BACnet") back into X's reference and
out to each field, tied; the question's own words ("object name", read as a naming
question: no relation words are left) say the name whole, the identifier by half, the URI
not at all, so the name is answered, not abstained on."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_POINTS = """\
@prefix bacnet: <http://data.ashrae.org/bacnet/2020#> .
@prefix bldg: <urn:campus#> .
@prefix brick: <https://brickschema.org/schema/Brick#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ref: <https://brickschema.org/schema/Brick/ref#> .
bldg:CH_1 a brick:Chiller ; rdfs:label "Chiller 1" ;
    brick:hasPoint bldg:CH_1.STS, bldg:CH_1.CHWST .
bldg:CH_2 a brick:Chiller ; rdfs:label "Chiller 2" ;
    brick:hasPoint bldg:CH_2.STS, bldg:CH_2.CHWST .
bldg:bacnet-device-1201 a bacnet:BACnetDevice ; rdfs:label "SH BACnet controller 1201" ;
    bacnet:device-instance 1201 .
bldg:bacnet-device-3301 a bacnet:BACnetDevice ; rdfs:label "Library BACnet controller 3301" ;
    bacnet:device-instance 3301 .
bldg:CH_1.STS a brick:Run_Status ; rdfs:label "Chiller 1 Run Status" ;
    ref:hasExternalReference [ a ref:BACnetReference ;
        bacnet:object-identifier "binary-value,21" ; bacnet:object-name "CH-1.STS" ;
        bacnet:objectOf bldg:bacnet-device-1201 ;
        brick:BACnetURI "bacnet://1201/binary-value,21/present-value" ] .
bldg:CH_2.STS a brick:Run_Status ; rdfs:label "Chiller 2 Run Status" ;
    ref:hasExternalReference [ a ref:BACnetReference ;
        bacnet:object-identifier "binary-value,22" ; bacnet:object-name "CH-2.STS" ;
        bacnet:objectOf bldg:bacnet-device-1201 ;
        brick:BACnetURI "bacnet://1201/binary-value,22/present-value" ] .
bldg:CH_1.CHWST a brick:Chilled_Water_Supply_Temperature_Sensor ;
    rdfs:label "Chiller 1 Chilled Water Supply Temperature" ;
    ref:hasExternalReference [ a ref:BACnetReference ;
        bacnet:object-identifier "analog-input,131" ; bacnet:object-name "CH-1.CHWST" ;
        bacnet:objectOf bldg:bacnet-device-1201 ;
        brick:BACnetURI "bacnet://1201/analog-input,131/present-value" ] .
bldg:AHU_3.MAT a brick:Mixed_Air_Temperature_Sensor ; rdfs:label "AHU-3 Mixed Air Temperature" ;
    ref:hasExternalReference [ a ref:BACnetReference ;
        bacnet:object-identifier "analog-input,154" ; bacnet:object-name "AHU-3.MAT" ;
        bacnet:objectOf bldg:bacnet-device-3301 ;
        brick:BACnetURI "bacnet://3301/analog-input,154/present-value" ] .
bldg:CH_2.CHWST a brick:Chilled_Water_Supply_Temperature_Sensor ;
    rdfs:label "Chiller 2 Chilled Water Supply Temperature" ;
    ref:hasExternalReference [ a ref:BACnetReference ;
        bacnet:object-identifier "analog-input,137" ; bacnet:object-name "CH-2.CHWST" ;
        bacnet:objectOf bldg:bacnet-device-1201 ;
        brick:BACnetURI "bacnet://1201/analog-input,137/present-value" ] .
"""


@pytest.fixture(scope="module")
def points(tmp_path_factory):
    path = tmp_path_factory.mktemp("points") / "points.ttl"
    path.write_text(_POINTS)
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's the BACnet object name of Chiller 2 Run Status?", "CH-2.STS"),
        (
            "What is the BACnet object name of Chiller 1 Chilled Water Supply Temperature?",
            "CH-1.CHWST",
        ),
    ],
)
def test_a_field_whose_name_is_said_less_is_no_rival(points, question, answer):
    """The object name is said whole, the identifier by half: the name stands."""
    res = points.retrieve(question)
    assert (res.answer, res.abstained) == (answer, False)
