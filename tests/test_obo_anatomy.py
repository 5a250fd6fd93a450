"""An OBO Foundry-style ontology (Uberon's shape): classes only, relations as
``owl:Restriction`` blank nodes, read as people ask of it."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval import Retriever
from kgchat.retrieval.question import analyze

# the liver is part of a system (which the digestive system has as a part) and has cells as
# parts; a lobe is part of the liver
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
obo:UBERON_0001007 a owl:Class ; rdfs:label "digestive system" ;
    rdfs:subClassOf [ a owl:Restriction ; owl:onProperty obo:BFO_0000051 ;
                      owl:someValuesFrom obo:UBERON_0002423 ] .
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


def test_a_bare_noun_before_of_after_the_verb_is_the_predicate():
    # "what is part of X" ("is part of", "is member of"); the asked-for thing has its article
    assert analyze("what is part of the liver", [(4, 5)]).answer_type == []
    assert analyze("what is the capital of France", [(5, 6)]).answer_type == ["capital"]


def test_what_is_part_of_the_liver_is_one_of_its_parts(anatomy):
    # the hepatobiliary system, the whole the liver is part of, is itself pointed at by "has
    # part": with "part" read as the type asked for it had come first
    answer = anatomy.retrieve("what is part of the liver").answer
    assert answer in {"right lobe of liver", "hepatocyte"}


def test_what_the_liver_is_part_of_is_its_whole_not_its_parts(anatomy):
    # the cells the liver has as parts are pointed at by "has part": their kind word "part"
    # had matched the noun before the stranded "of", read as the answer's type
    assert anatomy.retrieve("What is the liver part of?").answer == "hepatobiliary system"


# the brain develops from the neural tube, which develops from the ectoderm, a germ layer
_DEVELOPMENT = """\
@prefix obo: <http://purl.obolibrary.org/obo/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
obo:RO_0002202 a owl:ObjectProperty ; rdfs:label "develops from" .
obo:UBERON_0000923 a owl:Class ; rdfs:label "germ layer" .
obo:UBERON_0000924 a owl:Class ; rdfs:label "ectoderm" ; rdfs:subClassOf obo:UBERON_0000923 .
obo:UBERON_0000925 a owl:Class ; rdfs:label "endoderm" ; rdfs:subClassOf obo:UBERON_0000923 .
obo:UBERON_0001049 a owl:Class ; rdfs:label "neural tube" ;
    rdfs:subClassOf [ a owl:Restriction ; owl:onProperty obo:RO_0002202 ;
                      owl:someValuesFrom obo:UBERON_0000924 ] .
obo:UBERON_0000062 a owl:Class ; rdfs:label "organ" .
obo:UBERON_0000955 a owl:Class ; rdfs:label "brain" ; rdfs:subClassOf obo:UBERON_0000062 ,
    [ a owl:Restriction ; owl:onProperty obo:RO_0002202 ;
                      owl:someValuesFrom obo:UBERON_0001049 ] .
obo:UBERON_0002107 a owl:Class ; rdfs:label "liver" ; rdfs:subClassOf obo:UBERON_0000062 .
"""


@pytest.fixture(scope="module")
def development(tmp_path_factory) -> Retriever:
    path = tmp_path_factory.mktemp("development") / "development.ttl"
    path.write_text(_DEVELOPMENT)
    return make_retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("What germ layer is the brain derived from?", "brain"),  # the passive main verb
        ("the liver grows out of which germ layer?", "liver"),  # a finite verb in -s
    ],
)
def test_a_class_before_the_question_s_own_verb_is_walked_from(development, question, entity):
    # a class without instances before a participle had been read as the head of a reduced
    # relative clause ("the disease treated by X"), a kind word and no topic: dropped
    _, mentions, _ = development.read(question, development.linker.link(question))
    assert entity in {development.kg.label(m.node) for m in mentions}


def test_the_germ_layer_the_brain_is_derived_from(development):
    assert (
        development.retrieve("What germ layer is the brain derived from?").candidates[0].label
        == "ectoderm"
    )


# an OBO class's database cross-references: ids in several schemes, one property
_XREFS = """\
@prefix obo: <http://purl.obolibrary.org/obo/> .
@prefix oio: <http://www.geneontology.org/formats/oboInOwl#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
oio:hasDbXref a owl:AnnotationProperty ; rdfs:label "database_cross_reference" .
oio:hasAlternativeId a owl:AnnotationProperty ; rdfs:label "has_alternative_id" .
obo:UBERON_0002107 a owl:Class ; rdfs:label "liver"^^xsd:string ;
    oio:hasDbXref "FMA:7197"^^xsd:string , "MESH:D008099"^^xsd:string ,
                  "NCIT:C12392"^^xsd:string ;
    oio:hasAlternativeId "UBERON:0001280"^^xsd:string .
obo:UBERON_0002113 a owl:Class ; rdfs:label "kidney"^^xsd:string ;
    oio:hasDbXref "FMA:7203"^^xsd:string , "MESH:D007668"^^xsd:string .
"""


@pytest.fixture(scope="module")
def xrefs(tmp_path_factory) -> Retriever:
    path = tmp_path_factory.mktemp("xrefs") / "xrefs.ttl"
    path.write_text(_XREFS)
    return make_retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is the MeSH id of the liver?", "MESH:D008099"),
        ("what is the FMA id for the kidney", "FMA:7203"),
    ],
)
def test_a_compact_id_is_an_id_of_the_scheme_its_prefix_names(xrefs, question, answer):
    # the cross-references tie on their one relation; the liver's alternative id, whose
    # relation says "id", had come first
    assert xrefs.retrieve(question).answer == answer
