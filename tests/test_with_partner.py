"""A second entity said after "with" is the first's partner in the same relation (fix57d,
round 57): "Which children did Edward have *with* Mary?" asks the children both had, so the
first entity's word order speaks for both (:func:`kgchat.retrieval.phrases.coordinated_with`),
and a noun asked as what the entity has ("which *children* did X *have*") is X's, walked
forwards over ``child`` (:func:`kgchat.retrieval.phrases.noun_direction`). Word-order votes
had been read for one-entity questions only, so Edward's sister, reached backwards over
``child`` to his father and on (and Mary's goddaughter), outranked the child both parents
name; in the family graph his father did.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.phrases import coordinated_with, noun_direction
from kgchat.retrieval.question import analyze
from kgchat.wordnet import wordnet

_FAMILY = """\
@prefix : <http://family.example.org/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

:hasChild a owl:ObjectProperty ; rdfs:label "child" ; owl:inverseOf :hasParent .
:hasParent a owl:ObjectProperty ; rdfs:label "parent" .
:hasSpouse a owl:ObjectProperty, owl:SymmetricProperty ; rdfs:label "spouse" .
:hasGender a owl:ObjectProperty ; rdfs:label "gender" .
:Man rdfs:subClassOf :Person ; rdfs:label "Man" .
:Woman rdfs:subClassOf :Person ; rdfs:label "Woman" .
:male rdfs:label "male" .
:female rdfs:label "female" .
:henry a :Man ; rdfs:label "Henry Ashcombe" ; :hasChild :edward, :sophia ; :hasGender :male .
:edward a :Man ; rdfs:label "Edward Ashcombe" ; :hasSpouse :mary ; :hasGender :male .
:mary a :Woman ; rdfs:label "Mary Hollis" ; :hasGender :female ; :godmotherOf :sophia .
:godmotherOf a owl:ObjectProperty ; rdfs:label "godmother of" .
:sophia a :Woman ; rdfs:label "Sophia Ashcombe" ; :hasGender :female .
:rose a :Woman ; rdfs:label "Rose Ashcombe" ; :hasParent :edward, :mary ; :hasGender :female .
:clara a :Woman ; rdfs:label "Clara Finch" ; :hasGender :female .
:walter a :Man ; rdfs:label "Walter Finch" ; :hasParent :clara ; :hasGender :male .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


def test_a_second_entity_after_with_is_a_partner():
    assert coordinated_with(analyze("Which children did Ed have with Mary?", [(3, 4), (6, 7)]))
    assert coordinated_with(analyze("What did Ed record with the Tallis Choir?", [(2, 3), (6, 8)]))
    assert not coordinated_with(analyze("Which children did Ed have in Rome?", [(3, 4), (6, 7)]))
    assert not coordinated_with(analyze("Which children did Ed have?", [(3, 4)]))


@needs_wordnet
def test_a_noun_asked_as_what_the_entity_has_is_its_own():
    q = analyze("Which children did Edward Ashcombe have with Mary Hollis?", [(3, 5), (7, 9)])
    assert noun_direction(q, "child") is True  # "children": child, by WordNet
    assert noun_direction(q, "parent") is None
    one = analyze("How many children does Edward have?", [(4, 5)])
    assert noun_direction(one, "child") is True


@needs_wordnet
def test_children_had_with_a_partner_are_both_of_theirs(tmp_path):
    path = tmp_path / "family.ttl"
    path.write_text(_FAMILY)
    retriever = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = retriever.retrieve("Which children did Edward Ashcombe have with Mary Hollis?")
    assert res.answer == "Rose Ashcombe"
