"""An OBO Foundry-style ontology (Uberon's shape): classes only, relations as
``owl:Restriction`` blank nodes, read as people ask of it."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval import Retriever
from kgchat.retrieval.question import analyze

# the liver is part of a system and has cells as parts; a lobe is part of the liver
_ANATOMY = """\
@prefix obo: <http://purl.obolibrary.org/obo/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
obo:BFO_0000050 a owl:ObjectProperty ; rdfs:label "part of" .
obo:BFO_0000051 a owl:ObjectProperty ; rdfs:label "has part" .
obo:UBERON_0002107 a owl:Class ; rdfs:label "liver" ;
    rdfs:subClassOf [ a owl:Restriction ; owl:onProperty obo:BFO_0000050 ;
                      owl:someValuesFrom obo:UBERON_0002423 ] ,
                    [ a owl:Restriction ; owl:onProperty obo:BFO_0000051 ;
                      owl:someValuesFrom obo:CL_0000182 ] .
obo:UBERON_0002423 a owl:Class ; rdfs:label "hepatobiliary system" .
obo:CL_0000182 a owl:Class ; rdfs:label "hepatocyte" .
obo:UBERON_0001114 a owl:Class ; rdfs:label "right lobe of liver" ;
    rdfs:subClassOf [ a owl:Restriction ; owl:onProperty obo:BFO_0000050 ;
                      owl:someValuesFrom obo:UBERON_0002107 ] .
"""


@pytest.fixture(scope="module")
def anatomy(tmp_path_factory) -> Retriever:
    path = tmp_path_factory.mktemp("anatomy") / "anatomy.ttl"
    path.write_text(_ANATOMY)
    return make_retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "span"),
    [("What is the liver part of?", (3, 4)), ("what is the liver a part of", (3, 4))],
)
def test_a_stranded_preposition_names_no_answer_type(question, span):
    # "the liver is part of what": "part" is the relation, not the kind of thing asked for
    assert analyze(question, [span]).answer_type == []


def test_a_stranded_preposition_still_lets_a_named_type_stand():
    assert analyze("Which system is the liver part of?", [(3, 4)]).answer_type == ["system"]


def test_what_the_liver_is_part_of_is_its_whole_not_its_parts(anatomy):
    # the cells the liver has as parts are pointed at by "has part": their kind word "part"
    # had matched the noun before the stranded "of", read as the answer's type
    assert anatomy.retrieve("What is the liver part of?").answer == "hepatobiliary system"
