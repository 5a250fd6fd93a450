"""AGROVOC's LOD shape (the agrovoc probe's graph, on tiny graphs): SKOS concepts in one
concept scheme (``skos:inScheme`` on every concept), typed ``skos:Concept``, linked by the
Agrontology's properties, and definitions stated as note resources (``skos:definition
<xDef_...>`` with ``rdf:value`` and ``dcterms:source``)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.walk import Walk

THESAURUS = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ag: <http://aims.fao.org/aos/agrontology#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix c: <http://aims.fao.org/aos/agrovoc/> .
c: a skos:ConceptScheme ; skos:prefLabel "AGROVOC"@en ; skos:hasTopConcept c:c_1 , c:c_8 .
c:c_1 a skos:Concept ; skos:inScheme c: ; skos:topConceptOf c: ; skos:prefLabel "plants"@en .
c:c_8 a skos:Concept ; skos:inScheme c: ; skos:topConceptOf c: ; skos:prefLabel "crops"@en .
c:c_2 a skos:Concept ; skos:inScheme c: ; skos:prefLabel "medicinal plants"@en ;
    skos:broader c:c_8 .
c:c_3 a skos:Concept ; skos:inScheme c: ; skos:prefLabel "energy crops"@en ;
    skos:broader c:c_8 .
c:c_4 a skos:Concept ; skos:inScheme c: ; skos:prefLabel "Jatropha curcas"@en ;
    ag:isUsedAs c:c_2 , c:c_3 .
c:c_5 a skos:Concept ; skos:inScheme c: ; skos:prefLabel "Zea mays"@en ; ag:isUsedAs c:c_3 .
c:c_6 a skos:Concept ; skos:inScheme c: ; skos:prefLabel "Moringa oleifera"@en ;
    ag:isUsedAs c:c_2 .
c:c_7 a skos:Concept ; skos:inScheme c: ; skos:prefLabel "chlorosis"@en ;
    skos:definition c:xDef_1 .
c:xDef_1 rdf:value "Yellowing of normally green plant tissue."@en ;
    dct:source "https://en.wikipedia.org/" ; dct:created "2012-01-01T00:00:00Z" .
"""
IN_SCHEME = "http://www.w3.org/2004/02/skos/core#inScheme"
C = "http://aims.fao.org/aos/agrovoc/"


@pytest.fixture(scope="module")
def agrovoc(tmp_path_factory):
    path = tmp_path_factory.mktemp("agrovoc") / "agrovoc.ttl"
    path.write_text(THESAURUS, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_reified_definition_is_the_concepts_definition(agrovoc):
    """A definition stated as a note resource is read as its text: the concept's description
    and a fact; the note's source and date go with the note, and the note is no entity."""
    assert agrovoc.description(C + "c_7") == "Yellowing of normally green plant tissue."
    texts = {f.text for f in agrovoc.facts()}
    assert "chlorosis — definition → Yellowing of normally green plant tissue." in texts
    assert not any("wikipedia" in t or "2012" in t for t in texts)
    assert C + "xDef_1" not in set(agrovoc.entities())
    res = Retriever(agrovoc).retrieve("Give me the definition of chlorosis.")
    assert res.answer == "Yellowing of normally green plant tissue."


def test_a_concept_scheme_ends_a_path(agrovoc):
    """The scheme every concept is in is the class of its concepts: a walk reaches it, and
    never walks down from it to every other concept ("X is in AGROVOC; Y is in AGROVOC")."""
    w = Walk(agrovoc.neighbors, agrovoc.is_literal, C + "c_4", max_nodes=50, beam=50)
    patterns = set(w.run(2, lambda grown: {p: 0.0 for p in grown}))
    assert ((IN_SCHEME, True),) in patterns
    assert not any(p[:1] == ((IN_SCHEME, True),) and len(p) > 1 for p in patterns)
    assert ((IN_SCHEME, True), (IN_SCHEME, False)) not in patterns


def test_a_class_two_mentions_are_members_of_meets_no_constraint(agrovoc):
    """ "Which plants are used as medicinal plants?" links both "plants" and "medicinal
    plants": both are concepts of the scheme, which makes neither skos:Concept nor the scheme
    an answer meeting both; the plants used so are the answer."""
    res = Retriever(agrovoc).retrieve("Which plants are used as medicinal plants?")
    top = {c.label for c in res.candidates[:2]}
    assert top == {"Jatropha curcas", "Moringa oleifera"}, [c.label for c in res.candidates[:4]]
    assert res.answer in top
