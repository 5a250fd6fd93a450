"""Names held by CIDOC CRM appellation nodes (``P1_is_identified_by`` -> ``E41_Appellation`` ->
``P190_has_symbolic_content``), read as their owners' names by the class of the record."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

CRM = "http://www.cidoc-crm.org/cidoc-crm/"
T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
E = "http://ex.org/"


def _appellation(owner: str, blank: str, text: str, cls: str = "E41_Appellation"):
    return [
        (E + owner, CRM + "P1_is_identified_by", blank),
        (blank, T, CRM + cls),
        (blank, CRM + "P190_has_symbolic_content", text),
    ]


@pytest.fixture(scope="module")
def edition():
    triples = [
        *_appellation("p1", "_:a1", '"Johanna Vermeulen"'),
        *_appellation("p1", "_:a2", '"Johanna Vermulenia"@la'),
        *_appellation("p2", "_:a3", '"Pieter Hals"'),
        *_appellation("RL-0007", "_:i7", '"RL-0007"', "E42_Identifier"),
        *_appellation("RL-0007", "_:t7", '"Hals to Vermeulen"', "E35_Title"),
        *_appellation("p2", "_:r2", '"REG-99"', "E42_Identifier"),
        *_appellation("leiden", "_:a4", '"Leiden"'),
        (E + "p1", T, CRM + "E21_Person"),
        (E + "p2", T, CRM + "E21_Person"),
        (E + "birth1", CRM + "P98_brought_into_life", E + "p1"),
        (E + "birth1", CRM + "P7_took_place_at", E + "leiden"),
        (E + "send7", CRM + "P16_used_specific_object", E + "RL-0007"),
        (E + "send7", CRM + "P14_carried_out_by", E + "p2"),
        # a blank node of another kind (a dimension) keeps its value as a fact, names nothing
        (E + "RL-0007", CRM + "P43_has_dimension", "_:d"),
        ("_:d", T, CRM + "E54_Dimension"),
        ("_:d", CRM + "P90_has_value", '"21"'),
    ]
    return KnowledgeGraph.from_triples(triples)


def test_an_appellation_names_its_owner(edition):
    assert edition.label(E + "p1") == "Johanna Vermeulen"
    assert "Johanna Vermulenia" in edition.aliases(E + "p1")
    assert edition.label(E + "leiden") == "Leiden"


def test_an_identifier_is_another_name(edition):
    """The code its IRI ends with names the letter beside its title; a register number that
    is no part of the IRI is a fact about the person, no name of theirs."""
    assert edition.label(E + "RL-0007") == "Hals to Vermeulen"
    assert "RL-0007" in edition.aliases(E + "RL-0007")
    assert "REG-99" not in edition.aliases(E + "p2") and edition.label(E + "p2") == "Pieter Hals"


def test_a_record_of_another_kind_names_nothing(edition):
    assert edition.label(E + "RL-0007") != "21"
    assert "21" not in edition.aliases(E + "RL-0007")


def test_a_latin_name_answers_through_the_birth_event(edition):
    """The Latin form names the person, the birth event leads to the place; a question the
    graph does not answer (a death it does not record) is not answered by the birth."""
    r = Retriever(edition)
    res = r.retrieve("Where was Johanna Vermulenia born?")
    assert res.answer == "Leiden"
    assert r.retrieve("Who wrote RL-0007?").answer == "Pieter Hals"
    assert r.retrieve("Who was Johanna Vermulenia married to?").abstained


def _dated(day: str, t: str) -> str:
    return f'"{day}T{t}"^^<http://www.w3.org/2001/XMLSchema#dateTime>'


@pytest.fixture(scope="module")
def deaths():
    """Deaths as events with time-spans minted under one shared local name ("timespan")."""
    triples = []
    for n, (name, day, place) in enumerate(
        (
            ("Ann Bell", "1658-05-06", "leiden"),
            ("Carl Dorn", "1660-01-02", "delft"),
            ("Eva Falk", "1671-03-04", "leiden"),
        ),
        1,
    ):
        p, d, ts = E + f"p{n}", E + f"death/{n}", E + f"death/{n}/timespan"
        triples += [
            (p, "http://www.w3.org/2000/01/rdf-schema#label", f'"{name}"'),
            (p, CRM + "P2_has_type", E + f"job{n}"),
            (E + f"job{n}", "http://www.w3.org/2000/01/rdf-schema#label", f'"job {n}"'),
            (d, CRM + "P100_was_death_of", p),
            (d, CRM + "P7_took_place_at", E + place),
            (d, CRM + "P4_has_time-span", ts),
            (ts, CRM + "P82a_begin_of_the_begin", _dated(day, "00:00:00")),
            (ts, CRM + "P82b_end_of_the_end", _dated(day, "23:59:59")),
        ]
    triples += [
        (E + "leiden", "http://www.w3.org/2000/01/rdf-schema#label", '"Leiden"'),
        (E + "delft", "http://www.w3.org/2000/01/rdf-schema#label", '"Delft"'),
    ]
    return KnowledgeGraph.from_triples(triples)


def test_a_day_span_is_named_by_its_day(deaths):
    """A time-span whose bounds fall on one day is that day, not "timespan"; a question about
    the place still gets the place."""
    assert deaths.label(E + "death/1/timespan") == "1658-05-06"
    r = Retriever(deaths)
    assert r.retrieve("When did Ann Bell die?").answer == "1658-05-06"
    assert r.retrieve("Where did Carl Dorn die?").answer == "Delft"


@pytest.fixture(scope="module")
def letters():
    """Letters sent by people with occupations, all as CIDOC CRM states them."""
    L = "http://www.w3.org/2000/01/rdf-schema#label"
    triples = [
        (E + "physician", L, '"physician"'),
        (E + "printer", L, '"printer"'),
        (E + "letter", L, '"letter"'),
        (E + "hamburg", L, '"Hamburg"'),
        (E + "delft", L, '"Delft"'),
    ]
    for n, (name, job, place) in enumerate(
        (
            ("Ann Bell", "physician", "hamburg"),
            ("Carl Dorn", "printer", "delft"),
            ("Eva Falk", "physician", "delft"),
        ),
        1,
    ):
        p, ev, doc = E + f"p{n}", E + f"sending/{n}", E + f"L{n}"
        triples += [
            (p, T, CRM + "E21_Person"),
            (p, L, f'"{name}"'),
            (p, CRM + "P2_has_type", E + job),
            (doc, T, CRM + "E22_Human-Made_Object"),
            (doc, L, f'"RL-000{n}"'),
            (doc, CRM + "P2_has_type", E + "letter"),
            (ev, CRM + "P16_used_specific_object", doc),
            (ev, CRM + "P14_carried_out_by", p),
            (ev, CRM + "P7_took_place_at", E + place),
        ]
    # born where another wrote from: "sent from Hamburg" is no birth in Hamburg
    triples += [
        (E + "birth2", CRM + "P98_brought_into_life", E + "p2"),
        (E + "birth2", CRM + "P7_took_place_at", E + "hamburg"),
        (E + "birth3", CRM + "P98_brought_into_life", E + "p3"),
        (E + "birth3", CRM + "P7_took_place_at", E + "hamburg"),
    ]
    return KnowledgeGraph.from_triples(triples)


def test_a_word_of_english_is_not_mended_into_another(letters):
    """ "married" is one letter from "carried" (``P14_carried_out_by``) but no misspelling of
    it: the question is not read as "carried to", and is not answered by a sender."""
    r = Retriever(letters)
    res = r.retrieve("Who was Ann Bell married to?")
    assert "carried" not in res.reading.words
    assert res.abstained or res.answer not in ("Carl Dorn", "Eva Falk", "RL-0001")
