"""A compound's descriptors as PubChemRDF states them (SIO attribute nodes, each a named node
typed by what it measures, its value by ``sio:SIO_000300`` "has value"): the walk reaches the
descriptor node, and the answer is its value, not the node ("CID2519 Molecular Weight")."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.held_values import says_value

_GRAPH = """@prefix sio: <http://semanticscience.org/resource/> .
@prefix obo: <http://purl.obolibrary.org/obo/> .
@prefix cid: <http://rdf.ncbi.nlm.nih.gov/pubchem/compound/> .
@prefix d: <http://rdf.ncbi.nlm.nih.gov/pubchem/descriptor/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

sio:SIO_000008 rdfs:label "has attribute" .
sio:SIO_000300 rdfs:label "has value" .
sio:SIO_000221 rdfs:label "has unit" .
obo:CHEMINF_000334 rdfs:label "molecular weight" .
obo:CHEMINF_000335 rdfs:label "molecular formula" .
obo:UO_0000055 rdfs:label "molar mass unit" .

cid:CID2519 rdfs:label "caffeine" ; sio:SIO_000008 d:CID2519_Molecular_Weight ,
    d:CID2519_Molecular_Formula .
d:CID2519_Molecular_Weight a obo:CHEMINF_000334 ; sio:SIO_000300 "194.19"^^xsd:float ;
    sio:SIO_000221 obo:UO_0000055 .
d:CID2519_Molecular_Formula a obo:CHEMINF_000335 ; sio:SIO_000300 "C8H10N4O2" .
cid:CID2244 rdfs:label "aspirin" ; sio:SIO_000008 d:CID2244_Molecular_Weight .
d:CID2244_Molecular_Weight a obo:CHEMINF_000334 ; sio:SIO_000300 "180.16"^^xsd:float ;
    sio:SIO_000221 obo:UO_0000055 .

# an entity with a name of its own and a value: an answer as itself
<http://example.org/gift> schema:name "Gift Card Gold" ; rdf:value "50" ;
    schema:seller <http://example.org/shop> .
<http://example.org/shop> schema:name "Corner Shop" .
"""


def _retriever(tmp_path: Path):
    path = tmp_path / "chem.ttl"
    text = _GRAPH.replace(
        "@prefix xsd:", "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n@prefix xsd:"
    )
    path.write_text(text, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_descriptor_node_answers_with_its_value(tmp_path):
    r = _retriever(tmp_path)
    assert r.retrieve("What is the molecular weight of caffeine?").answer == "194.19"
    assert r.retrieve("molecular formula of caffeine?").answer == "C8H10N4O2"
    assert r.retrieve("What is the molecular weight of aspirin?").answer == "180.16"


def test_what_is_not_the_value_stays(tmp_path):
    """The unit a value is in is the unit, and a named entity holding a value (a card worth
    50) is the entity: "Which gift card does Corner Shop sell?" is no question of 50."""
    r = _retriever(tmp_path)
    assert r.retrieve("Which gift card does Corner Shop sell?").answer == "Gift Card Gold"
    unit = r.retrieve("In what unit is the molecular weight of caffeine given?")
    assert unit.answer != "194.19" or unit.abstained


def test_a_yes_no_answer_is_no_node(tmp_path):
    """A yes/no question's answer ("yes") is no node of the graph: it is left as it is."""
    r = _retriever(tmp_path)
    assert r.retrieve("Does Corner Shop sell Gift Card Gold?").answer.lower() == "yes"


def test_says_value():
    assert says_value("has value") and says_value("Value")
    assert not says_value("has unit") and not says_value("value of") and not says_value("")


def test_the_value_s_fact_is_evidence_and_cited(tmp_path):
    """The answer read off a descriptor node is its value: the fact stating that value is one
    of the retrieval's numbered facts, and the chat turn (template backend) cites a fact that
    holds the answer, not only the fact that reaches the node."""
    from kgchat.chat import ChatBot, TemplateBackend

    r = _retriever(tmp_path)
    bot = ChatBot(r.kg, r, backend=TemplateBackend())
    for question, value in [
        ("What is the molecular weight of caffeine?", "194.19"),
        ("How heavy is a molecule of aspirin?", "180.16"),
        ("caffeine's molecular formula", "C8H10N4O2"),
    ]:
        res = r.retrieve(question)
        if res.answer != value or res.abstained:  # (a phrasing not reached: no claim)
            continue
        assert any(sf.fact.object_label == value for sf in res.facts), question
        turn = bot.ask(question)
        assert turn.answer == value and turn.citations, question
        cited = [turn.facts[i - 1] for i in turn.citations]
        assert any(f.object_label == value for f in cited), (question, turn.text)
    # the first phrasing is answered: the test can fail
    assert r.retrieve("What is the molecular weight of caffeine?").answer == "194.19"
