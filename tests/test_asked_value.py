"""Of an entity's values, the one whose relation the question says comes first
(``kgchat.retrieval.asked_value``), judged by the graph's learned relation matchers, on a
tiny graph with the real bundled encoder; and a value node's hop is read once by the
confidence's encoder (``PathQuery.said``)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval import RetrieverConfig
from kgchat.retrieval.asked_value import asked_value_first
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Candidate, Path

# three mayors of one town, each term an RDF-star annotation of ``org:holds``: Per's start
# date is Edda's end date, one literal node reached from both mentions of "When did Per's
# term as mayor of Marlbury end?" (from Per by ``start date``, from the post by Edda's
# ``end date``), which outscored Per's own end date by a hair
_MAYORS = """\
@prefix ex: <http://example.org/def/> .
@prefix id: <http://example.org/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
id:marlbury a schema:City ; schema:name "Marlbury" .
id:mayor a org:Post ; skos:prefLabel "Mayor of Marlbury"@en ; ex:postIn id:marlbury .
id:edda a foaf:Person ; foaf:name "Edda Kvarme" ; schema:birthDate "1950-03-02"^^xsd:date .
id:per a foaf:Person ; foaf:name "Per Aaslund" ; schema:birthDate "1972-12-20"^^xsd:date .
id:selma a foaf:Person ; foaf:name "Selma Brandt" ; schema:birthDate "1981-07-14"^^xsd:date .
id:edda org:holds id:mayor {| schema:startDate "2007-01-01"^^xsd:date ;
    schema:endDate "2015-01-01"^^xsd:date |} .
id:per org:holds id:mayor {| schema:startDate "2015-01-01"^^xsd:date ;
    schema:endDate "2023-01-01"^^xsd:date |} .
id:selma org:holds id:mayor {| schema:startDate "2023-01-01"^^xsd:date |} .
"""


@pytest.fixture(scope="module")
def mayors(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("KGCHAT_CACHE", str(tmp_path_factory.mktemp("cache")))
    path = tmp_path_factory.mktemp("mayors") / "mayors.ttl"
    path.write_text(_MAYORS)
    r = make_retriever(
        KnowledgeGraph.load(path),
        index_dir=None,
        scorer=None,
        config=RetrieverConfig(relation_matcher=True),
    )
    r.prepare()
    yield r
    mp.undo()


def test_the_end_of_the_term_not_its_start(mayors):
    res = mayors.retrieve("When did Per Aaslund's term as mayor of Marlbury end?")
    assert res.answer == "2023-01-01" and not res.abstained


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When was Per Aaslund born?", "1972-12-20"),  # the relation said in its own words
        ("When did Edda Kvarme's term as mayor of Marlbury end?", "2015-01-01"),
    ],
)
def test_a_value_said_already_stays_first(mayors, question, answer):
    assert mayors.retrieve(question).answer == answer


def _value(label: str, rel: str, score: float, through: str = "t") -> Candidate:
    path = Path("ada", (("holds", True), (rel, True)), ("ada", through, label), (1, 2), score)
    return Candidate(label, label, score, [path])


def _said(judged: dict[str, float]):
    return lambda cs: [judged[c.paths[0].pattern[-1][0]] for c in cs]


def test_a_when_is_answered_by_a_time_only():
    """A "when" asks a time: a number of the same entity is no reading of it, however well
    the matchers rate its relation."""
    q = analyze("When did Ada's term end?", [(2, 3)])
    ranked = [_value('"2015-01-01"', "start", 3.2), _value('"12"', "months", 3.19)]
    said = _said({"start": 0.1, "months": 0.9})
    out = asked_value_first(q, ranked, lambda n: True, lambda n: n == "t", said)
    assert [c.label for c in out] == ['"2015-01-01"', '"12"']


def test_a_value_of_another_named_thing_is_no_reading():
    """A value reached through a named node (a peer's, a party's) is not the entity's own:
    it is not put first, however well its relation is said."""
    q = analyze("When did Ada's term end?", [(2, 3)])
    ranked = [_value('"2015-01-01"', "start", 3.2), _value('"2023-01-01"', "end", 3.1, "Bob")]
    said = _said({"start": 0.1, "end": 0.9})
    out = asked_value_first(q, ranked, lambda n: True, lambda n: n == "t", said)
    assert out[0].label == '"2015-01-01"'
    out = asked_value_first(q, ranked, lambda n: True, lambda n: n in ("t", "Bob"), said)
    assert out[0].label == '"2023-01-01"'  # (the same walk through a record of Ada's)
