"""A verb relation said by its converse verb is walked as that verb's word order says, the
other way round (issue 11, fix63a; :func:`kgchat.retrieval.converse_verbs.converse_direction`):
"What stage follows the milk stage?" over ``immediately preceded by`` (plant_traits) tied the
stage after the milk stage with the one before it, the relation's own verb unsaid and walked
both ways at one score, and the first by IRI answered. On a tiny growth-stage graph read from
Turtle (its IRIs in time order, so the stage before sorts first), with the real bundled
encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

pytestmark = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")

TTL = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Stage rdfs:label "growth stage"@en .
ex:preceded rdfs:label "immediately preceded by"@en .
ex:code rdfs:label "stage code"@en .
ex:s1 a ex:Stage ; rdfs:label "tillering stage"@en ; ex:code "Z20" .
ex:s2 a ex:Stage ; rdfs:label "booting stage"@en ; ex:preceded ex:s1 ; ex:code "Z40" .
ex:s3 a ex:Stage ; rdfs:label "heading stage"@en ; ex:preceded ex:s2 ; ex:code "Z50" .
ex:s4 a ex:Stage ; rdfs:label "flowering stage"@en ; ex:preceded ex:s3 ; ex:code "Z60" .
ex:s5 a ex:Stage ; rdfs:label "milk stage"@en ; ex:preceded ex:s4 ; ex:code "Z70" .
ex:s6 a ex:Stage ; rdfs:label "dough stage"@en ; ex:preceded ex:s5 ; ex:code "Z80" .
ex:s7 a ex:Stage ; rdfs:label "ripening stage"@en ; ex:preceded ex:s6 ; ex:code "Z90" .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("stages") / "stages.ttl"
    path.write_text(TTL, encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the converse verb: both fail on START (the stage before, first by IRI)
        ("What stage follows the milk stage?", "dough stage"),
        ("Which stage follows the booting stage?", "heading stage"),
        # the converse verb in the passive, and with the entity its subject
        ("Which stage is followed by the dough stage?", "milk stage"),
        ("What stage does the milk stage follow?", "flowering stage"),
        # the relation's own verb: its word order, as before
        ("What stage precedes the milk stage?", "flowering stage"),
    ],
)
def test_a_converse_verb_walks_it_back(retriever, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    res = retriever.retrieve(question)
    assert retriever.kg.label(res.candidates[0].node) == answer, question
