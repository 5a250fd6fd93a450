"""A relation's description read clause by clause as well as whole: a property whose label
(``closing date``) does not say the user's word and whose ``rdfs:comment`` says it in its
second clause only ("The date of the latest coin in a hoard, taken as the date of its burial.")
is trusted for "When was X buried?"; whole, the first clause dilutes what the second says and
the answer was abstained (fifty-sixth round). A question the description does not say ("When
was X found?" over the same relation) is still not trusted."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.descriptions import description_parts

HOARDS = """@prefix : <http://example.org/coins#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:closingDate a owl:DatatypeProperty ; rdfs:label "closing date" ;
    rdfs:comment "The date of the latest coin in a hoard, taken as the date of its burial." .
:findspot a owl:ObjectProperty ; rdfs:label "findspot" .
:Reichenbach rdfs:label "Reichenbach Hoard" ; :closingDate "0238"^^xsd:gYear ;
    :findspot :Hesse .
:Thasos rdfs:label "Thasos Hoard" ; :closingDate "-0290"^^xsd:gYear ; :findspot :Greece .
:Hesse rdfs:label "Hesse" . :Greece rdfs:label "Greece" .
"""


def _retriever(tmp_path):
    path = tmp_path / "hoards.ttl"
    path.write_text(HOARDS, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_description_is_split_at_its_clauses():
    burial = "The date of the latest coin in a hoard, taken as the date of its burial."
    assert description_parts(burial) == [
        "The date of the latest coin in a hoard",
        "taken as the date of its burial",
    ]
    # one clause, or clauses of a word or two, are the description itself: nothing more
    assert description_parts("The ruler in whose name a coin was struck.") == []
    assert description_parts("A date (year), if known.") == []
    assert description_parts("Links a hoard to a place; see also (the findspot of a coin).") == [
        "Links a hoard to a place",
        "the findspot of a coin",
    ]


def test_a_relation_said_by_one_clause_of_its_description_is_trusted(tmp_path):
    r = _retriever(tmp_path)
    floor = r.config.min_confidence
    res = r.retrieve("When was the Reichenbach Hoard buried?")
    assert res.answer == "0238"
    assert res.confidence >= floor  # 0.19 whole (abstained on START), 0.53 by its clause


def test_a_question_no_clause_says_is_not_trusted(tmp_path):
    r = _retriever(tmp_path)
    res = r.retrieve("When was the Reichenbach Hoard found?")
    assert res.answer is None or res.confidence < r.config.min_confidence


def test_the_scorers_hop_support_reads_the_clause_too(tmp_path):
    """The ranking and the middle hops' ceiling read a hop's description as the judge does:
    the hop's support is its best clause's meaning, not the diluted whole's."""
    r = _retriever(tmp_path)
    q = r.retrieve("When was the Reichenbach Hoard buried?").reading
    query = r.query((("http://example.org/coins#closingDate", True),), ())
    comment = query.definitions[0]
    support = float(r.scorer.components(q, [query])[0, 1])
    whole = r.scorer.similarity.related(q.asked, comment)
    clause = r.scorer.similarity.related(q.asked, description_parts(comment)[1])
    assert clause > whole + 0.1
    assert support == pytest.approx(clause)
