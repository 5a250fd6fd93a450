"""A word of a superclass's name that only modifies its head is no kind said before "of"
(blind probe smartbuilding, round 56): a tariff typed ``bms:Tariff``, a subclass of
schema.org's ``UnitPriceSpecification``, is a specification, not a price. "What is the
*price* of the peak tariff?" asks the tariff's ``price``; read as "the [price of the] peak
tariff" (the kind said of the entity before its name, as "the *post* of Chief Financial
Officer" says a Post), the question asked nothing and answered the tariff's class
(:meth:`kgchat.retrieval.mention_kinds.MentionKinds._kind_before`).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_TARIFFS = """\
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://bms.example.org/> .

ex:Tariff rdfs:subClassOf schema:UnitPriceSpecification ; rdfs:label "Tariff"@en .
ex:Post rdfs:label "Post"@en .
ex:peak a ex:Tariff ; rdfs:label "Peak tariff"@en ; schema:price 0.3120 ;
    schema:priceCurrency "EUR" ; ex:validFromTime "07:00:00" .
ex:offpeak a ex:Tariff ; rdfs:label "Off-peak tariff"@en ; schema:price 0.2410 ;
    schema:priceCurrency "EUR" ; ex:validFromTime "20:00:00" .
ex:cfo a ex:Post ; rdfs:label "Chief Financial Officer"@en ; ex:holder ex:ann .
ex:ceo a ex:Post ; rdfs:label "Chief Executive Officer"@en ; ex:holder ex:bo .
ex:ann rdfs:label "Ann Weber"@en .
ex:bo rdfs:label "Bo Lind"@en .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def tariffs(tmp_path_factory):
    path = tmp_path_factory.mktemp("tariffs") / "tariffs.ttl"
    path.write_text(_TARIFFS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_a_superclass_modifier_before_of_is_the_relation_asked(tariffs):
    res = tariffs.retrieve("What is the price of the peak tariff?")
    assert "price" in res.reading.words
    assert res.answer in ("0.3120", "0.312")


def test_the_class_head_before_of_is_still_the_entity_s_words(tariffs):
    res = tariffs.retrieve("Who holds the post of Chief Financial Officer?")
    assert "post" not in res.reading.words
    assert res.answer == "Ann Weber"
