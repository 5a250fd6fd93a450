"""Of an entity's values, the one whose relation the question says comes first
(``kgchat.retrieval.asked_value``), judged by the graph's learned relation matchers, on a
tiny graph with the real bundled encoder; and a value node's hop is read once by the
confidence's encoder (``PathQuery.said``)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import RetrieverConfig
from kgchat.retrieval.asked_value import ValueReaders, asked_value_first
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Candidate, Path
from tests.conftest import prepared_retriever

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
    path = tmp_path_factory.mktemp("mayors") / "mayors.ttl"
    path.write_text(_MAYORS)
    yield from prepared_retriever(
        tmp_path_factory,
        lambda: KnowledgeGraph.load(path),
        config=RetrieverConfig(relation_matcher=True),
    )


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
    out = asked_value_first(q, ranked, lambda n: True, lambda n: n == "t", ValueReaders(said))
    assert [c.label for c in out] == ['"2015-01-01"', '"12"']


def test_a_value_of_another_named_thing_is_no_reading():
    """A value reached through a named node (a peer's, a party's) is not the entity's own:
    it is not put first, however well its relation is said."""
    q = analyze("When did Ada's term end?", [(2, 3)])
    ranked = [_value('"2015-01-01"', "start", 3.2), _value('"2023-01-01"', "end", 3.1, "Bob")]
    said = _said({"start": 0.1, "end": 0.9})
    out = asked_value_first(q, ranked, lambda n: True, lambda n: n == "t", ValueReaders(said))
    assert out[0].label == '"2015-01-01"'
    out = asked_value_first(
        q, ranked, lambda n: True, lambda n: n in ("t", "Bob"), ValueReaders(said)
    )
    assert out[0].label == '"2023-01-01"'  # (the same walk through a record of Ada's)


def test_the_word_that_sets_the_first_apart_keeps_it_first():
    """ "the *unit* of X's weight": the question says what sets ``unit code`` apart from
    ``weight``, so the weight is no reading of it, however near the matchers put it."""
    q = analyze("What is the unit of the stove's weight?", [(6, 7)])
    ranked = [_value('"GRM"', "unit code", 1.49), _value('"83"', "weight", 1.4)]
    said = _said({"unit code": 0.2, "weight": 0.9})
    words = {"unit code": {"unit", "code"}, "weight": {"weight"}}

    def worded(a, b):
        last = [words[c.paths[0].pattern[-1][0]] for c in (a, b)]
        return bool({"unit"} & (last[0] - last[1]))

    out = asked_value_first(
        q, ranked, lambda n: True, lambda n: n == "t", ValueReaders(said, worded)
    )
    assert out[0].label == '"GRM"'
    assert (
        asked_value_first(q, ranked, lambda n: True, lambda n: n == "t", ValueReaders(said))[
            0
        ].label
        == '"83"'
    )


# DBpedia's way: a year beside the full date of the same fact, and a death date beside them
_BORN = """\
@prefix : <http://example.org/p#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:birthYear rdfs:label "birth year" .
:birthDate rdfs:label "birth date" .
:deathDate rdfs:label "death date" .
:hideo rdfs:label "Hideo Kojima" ; :birthYear "1963"^^xsd:gYear ;
    :birthDate "1963-08-24"^^xsd:date .
:shigeru rdfs:label "Shigeru Miyamoto" ; :birthYear "1952"^^xsd:gYear ;
    :birthDate "1952-11-16"^^xsd:date .
:satoru rdfs:label "Satoru Iwata" ; :birthYear "1959"^^xsd:gYear ;
    :birthDate "1959-12-06"^^xsd:date ; :deathDate "2015-07-11"^^xsd:date .
"""


@pytest.fixture(scope="module")
def born(tmp_path_factory):
    path = tmp_path_factory.mktemp("born") / "born.ttl"
    path.write_text(_BORN)
    yield from prepared_retriever(
        tmp_path_factory,
        lambda: KnowledgeGraph.load(path),
        config=RetrieverConfig(relation_matcher=True),
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("when was hideo kojima born", "1963-08-24"),  # the day, whichever the matchers read
        ("When was Satoru Iwata born?", "1959-12-06"),  # not the death date beside it
        ("When did Satoru Iwata die?", "2015-07-11"),
        ("In what year was Shigeru Miyamoto born?", "1952"),
    ],
)
def test_the_full_date_of_the_value_read_as_asked(born, question, answer):
    assert born.retrieve(question).answer == answer


def test_no_kind_asked_the_encoder_must_read_it_too():
    """ "What is X's office room number?" asks no kind of value: a ``telephone`` the
    matchers put near it, which the encoder does not relate to it, is no reading of it."""
    q = analyze("What is Ada's office room number?", [(2, 3)])
    ranked = [_value('"0000-0002"', "orcid", 0.06), _value('"(555) 412"', "telephone", 0.05)]
    said = _said({"orcid": 0.0, "telephone": 0.7})
    unnamed = lambda n: n == "t"  # noqa: E731
    out = asked_value_first(q, ranked, lambda n: True, unnamed, ValueReaders(said))
    assert out[0].label == '"(555) 412"'
    readers = ValueReaders(said, meant=lambda c: False)
    assert asked_value_first(q, ranked, lambda n: True, unnamed, readers)[0].label == '"0000-0002"'
