"""A membership's time read from schema.org's ``validFrom`` / ``validUntil`` (a date
relation that names its start or end by its last word: :func:`kgchat.retrieval.in_year.
span_of`), and a question that asks of an earlier time than the latest
(:func:`kgchat.retrieval.in_year.held_before`): "Which party does X sit for *now*?" had
answered the party X left (the two memberships tie: "valid from" was read as no start, so
neither held a time), "Which party did X sit for *before* she switched?" and "Who were the
*previous* owners?" the latest. Real parsing, the bundled MiniLM."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_ASSEMBLY = """\
@prefix : <https://example.org/assembly/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <http://schema.org/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:sandra a foaf:Person ; rdfs:label "Sandra Girouard" .
:josee a foaf:Person ; rdfs:label "Josée Sharma" .
:liberal a org:Organization ; rdfs:label "Liberal Party" .
:ndp a org:Organization ; rdfs:label "New Democratic Party" .
:green a org:Organization ; rdfs:label "Green Party" .
:party-015 a org:Membership ; org:member :sandra ; org:organization :liberal ;
    schema:validFrom "2018-10-22"^^xsd:date ; schema:validUntil "2023-11-20"^^xsd:date .
:party-016 a org:Membership ; org:member :sandra ; org:organization :ndp ;
    schema:validFrom "2023-11-20"^^xsd:date .
:party-007 a org:Membership ; org:member :josee ; org:organization :ndp ;
    schema:validFrom "2018-10-22"^^xsd:date ; schema:validUntil "2021-06-01"^^xsd:date .
:kingsclear rdfs:label "Kingsclear" .
:post-kingsclear a org:Post ; rdfs:label "Member for Kingsclear" ; :area :kingsclear .
:colleen a foaf:Person ; rdfs:label "Colleen Wallace" .
:patrick a foaf:Person ; rdfs:label "Patrick Gallant" .
:59-018 a org:Membership ; org:member :colleen ; :post :post-kingsclear ;
    schema:validFrom "2018-10-22"^^xsd:date ; schema:validUntil "2022-09-16"^^xsd:date .
:60-039 a org:Membership ; org:member :patrick ; :post :post-kingsclear ;
    schema:validFrom "2022-10-03"^^xsd:date .
:party-008 a org:Membership ; org:member :josee ; org:organization :green ;
    schema:validFrom "2021-06-01"^^xsd:date .
"""

_PARCELS = """\
@prefix : <https://example.org/cadastre/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:registeredRight rdfs:label "registered right" .
:holder rdfs:label "holder" .
:startDate rdfs:label "start date" .
:parcel rdfs:label "0412-A-0252" ;
    :registeredRight [ :holder :francisco ; :startDate "1994-09-19"^^xsd:date ] ,
        [ :holder :jorge ; :startDate "1995-04-02"^^xsd:date ] ,
        [ :holder :quinta ; :startDate "2019-02-24"^^xsd:date ] .
:francisco rdfs:label "Francisco Sousa" .
:jorge rdfs:label "Jorge Gonçalves" .
:quinta rdfs:label "Quinta do Vale" .
"""


def test_previous_owners_began_before_the_latest(tmp_path: Path) -> None:
    """Rights that state their start alone: the previous ones began before the latest."""
    path = tmp_path / "parcels.ttl"
    path.write_text(_PARCELS, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    res = r.retrieve("Who were the previous owners of 0412-A-0252?")
    assert {c.label for c in res.candidates[:2]} == {"Francisco Sousa", "Jorge Gonçalves"}
    assert "Quinta do Vale" not in {c.label for c in res.candidates}


@pytest.fixture(scope="module")
def assembly(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("assembly")) / "assembly.ttl"
    path.write_text(_ASSEMBLY, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


def test_now_meets_the_open_membership(assembly) -> None:  # type: ignore[no-untyped-def]
    assert assembly.retrieve("Which party does Sandra Girouard sit for now?").answer == (
        "New Democratic Party"
    )


def test_before_asks_the_earlier_membership(assembly) -> None:  # type: ignore[no-untyped-def]
    res = assembly.retrieve("Which party did Josée Sharma sit for before she switched?")
    assert res.answer == "New Democratic Party"
    assert "Green Party" not in {c.label for c in res.candidates}


def test_a_past_question_without_a_qualifier_keeps_both(assembly) -> None:  # type: ignore[no-untyped-def]
    res = assembly.retrieve("Which parties did Josée Sharma sit for?")
    assert {"New Democratic Party", "Green Party"} <= {c.label for c in res.candidates}


def test_a_record_on_the_walk_dates_the_answer(assembly) -> None:  # type: ignore[no-untyped-def]
    """The membership joins the member to the post, not to the area the question names: the
    record the walk passes through holds the time (``in_year._statements``)."""
    now = assembly.retrieve("Who represents Kingsclear now?")
    assert now.candidates[0].label == "Patrick Gallant"
    then = assembly.retrieve("Who represented Kingsclear in 2020?")
    assert then.candidates[0].label == "Colleen Wallace"
