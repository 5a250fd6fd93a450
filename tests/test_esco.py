"""ESCO's RDF dump shape (the esco probe's graph, on tiny graphs): concepts named only by
SKOS-XL label resources (``skosxl:prefLabel`` -> ``skosxl:Label`` -> ``skosxl:literalForm``),
in several languages, beside plain ``skos:prefLabel`` copies on some."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

SKILLS = """@prefix esco: <http://data.europa.eu/esco/model#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix skosxl: <http://www.w3.org/2008/05/skos-xl#> .
@prefix occ: <http://data.europa.eu/esco/occupation/> .
@prefix sk: <http://data.europa.eu/esco/skill/> .
@prefix lab: <http://data.europa.eu/esco/label/> .
occ:0a1b a esco:Occupation , skos:Concept ;
    skosxl:prefLabel lab:1 , lab:2 ; skosxl:altLabel lab:3 , lab:4 ; skosxl:hiddenLabel lab:5 ;
    esco:relatedEssentialSkill sk:9f8e , sk:7d6c .
lab:1 a skosxl:Label ; skosxl:literalForm "baker"@en .
lab:2 a skosxl:Label ; skosxl:literalForm "Bäcker/Bäckerin"@de .
lab:3 a skosxl:Label ; skosxl:literalForm "Bäckerin"@de ;
    esco:hasLabelRole <http://data.europa.eu/esco/label-role/female> .
lab:4 a skosxl:Label ; skosxl:literalForm "bread maker"@en .
lab:5 a skosxl:Label ; skosxl:literalForm "bread baker"@en .
sk:9f8e a esco:Skill , skos:Concept ; skosxl:prefLabel lab:6 ; skos:prefLabel "knead dough"@en .
lab:6 a skosxl:Label ; skosxl:literalForm "knead dough"@en .
sk:7d6c a esco:Skill , skos:Concept ; skosxl:prefLabel lab:7 .
lab:7 a skosxl:Label ; skosxl:literalForm "bake goods"@en .
"""
OCC = "http://data.europa.eu/esco/occupation/0a1b"


@pytest.fixture(scope="module")
def skills(tmp_path_factory):
    path = tmp_path_factory.mktemp("esco") / "esco.ttl"
    path.write_text(SKILLS, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_skos_xl_labels_name_their_concept(skills):
    """The English literal form is the label; the other languages' forms, the alternative and
    the hidden labels are aliases (once each, where a plain skos:prefLabel says it again)."""
    assert skills.label(OCC) == "baker"
    assert set(skills.aliases(OCC)) == {"Bäcker/Bäckerin", "Bäckerin", "bread maker", "bread baker"}
    skill = "http://data.europa.eu/esco/skill/9f8e"
    assert skills.label(skill) == "knead dough"
    assert skills.aliases(skill) == []


def test_label_resources_are_no_entities(skills):
    """A skosxl:Label is a name, not a thing: no entity, no fact leads to it or from it."""
    assert not any("/label/" in e for e in skills.entities())
    texts = {f.text for f in skills.facts()}
    assert "baker — related essential skill → knead dough" in texts
    assert not any("literal form" in t or "label role" in t or "Label" in t for t in texts)


def test_a_concept_named_by_skos_xl_answers_and_is_linked(skills):
    r = Retriever(skills)
    res = r.retrieve("which occupations have bake goods as an essential skill")
    assert res.answer == "baker"
    res = r.retrieve("what are the essential skills of a Bäcker")
    assert {c.label for c in res.candidates[:2]} == {"knead dough", "bake goods"}


TYPED = """@prefix ex: <http://ex.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:baker a ex:Occupation ; rdfs:label "baker" ;
    ex:essentialSkill ex:knead , ex:food_safety .
ex:cook a ex:Occupation ; rdfs:label "cook" ; ex:essentialSkill ex:food_safety .
ex:knead a ex:Skill ; rdfs:label "knead dough" ; ex:skillType ex:type_skill .
ex:decorate a ex:Skill ; rdfs:label "decorate cakes" ; ex:skillType ex:type_skill .
ex:confectioner a ex:Occupation ; rdfs:label "confectioner" ; ex:essentialSkill ex:decorate .
ex:food_safety a ex:Skill ; rdfs:label "food safety principles" ;
    ex:skillType ex:type_knowledge .
ex:type_skill rdfs:label "skill" .
ex:type_knowledge rdfs:label "knowledge" .
"""


@pytest.fixture(scope="module")
def typed(tmp_path_factory):
    path = tmp_path_factory.mktemp("esco") / "typed.ttl"
    path.write_text(TYPED, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_the_asked_type_is_the_class_not_a_value_of_its_name(typed):
    """In "what skills does a baker need", "skills" names the class Skill and a skill type
    called "skill"; where the question asks its type, the class is meant (the answer is a
    skill, of whatever type), so the skill type neither constrains nor starts a walk, and the
    baker's knowledge counts as much as its skills."""
    res = Retriever(typed).retrieve("what skills does a baker need")
    assert "http://ex.org/type_skill" not in {m.node for m in res.mentions}
    top = {c.label for c in res.candidates[:2]}
    assert top == {"knead dough", "food safety principles"}


def test_a_value_named_by_a_modifier_keeps_its_reading(typed):
    """A name that modifies the asked type ("which *knowledge* skills") is a value the answer
    has, not the type: its reading stays."""
    res = Retriever(typed).retrieve("which knowledge skills does a cook need")
    assert "http://ex.org/type_knowledge" in {m.node for m in res.mentions}
