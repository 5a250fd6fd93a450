"""The answer's form as evidence: a question that asks a value (a time, a degree) is answered
by a value of that kind, one that asks a thing ("who", "which range") by a node, on tiny
in-memory graphs phrased as users would ask (not as our QA generator does)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.combine import values_after
from kgchat.retrieval.question import analyze, how_types
from kgchat.retrieval.question_shapes import how_word
from kgchat.retrieval.results import Candidate
from kgchat.wordnet import wordnet

XSD = "http://www.w3.org/2001/XMLSchema#"


def _retriever(triples: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    from kgchat.pipeline import make_retriever

    return make_retriever(KnowledgeGraph.from_triples(triples), index_dir=None)


@pytest.fixture(scope="module")
def people():  # type: ignore[no-untyped-def]
    return _retriever(
        [
            ("Ada_Lovelace", "birth_date", f'"1815-12-10"^^<{XSD}date>'),
            ("Ada_Lovelace", "birth_place", "London"),
            ("Ada_Lovelace", "field", "Mathematics"),
            ("Acme_Corp", "founded_by", "Charles_Babbage"),
            ("Acme_Corp", "founding_date", f'"1850-01-01"^^<{XSD}date>'),
            ("Acme_Corp", "location", "London"),
            ("London", "population", f'"8900000"^^<{XSD}integer>'),
            ("London", "country", "England"),
            ("London", "mayor", "Sadiq_Khan"),
        ]
    )


@pytest.fixture(scope="module")
def peaks():  # type: ignore[no-untyped-def]
    return _retriever(
        [
            ("Monte_Cervino", "elevation", f'"4478.0"^^<{XSD}double>'),
            ("Monte_Cervino", "mountain_range", "Pennine_Alps"),
            ("Monte_Cervino", "first_ascent", f'"1865-07-14"^^<{XSD}date>'),
            ("Monte_Cervino", "located_in", "Switzerland"),
            ("Lake_Baikal", "max_depth", f'"1642"^^<{XSD}integer>'),
            ("Lake_Baikal", "country", "Russia"),
            ("Lake_Baikal", "outflow", "Angara"),
        ]
    )


def test_a_time_asked_is_not_answered_by_another_time(people) -> None:  # type: ignore[no-untyped-def]
    """The graph has Ada's birth date only: "When did she die?" must not take it."""
    res = people.retrieve("When did Ada Lovelace die?")
    assert res.abstained or res.confidence < 0.2
    assert people.retrieve("When was Ada Lovelace born?").answer == "1815-12-10"


def test_a_thing_asked_is_a_node_and_a_figure_a_value(people) -> None:  # type: ignore[no-untyped-def]
    res = people.retrieve("Who founded Acme Corp?")
    assert res.answer == "Charles Babbage" and not res.abstained  # not its founding date
    assert people.retrieve("When was Acme Corp founded?").answer == "1850-01-01"
    assert people.retrieve("What is London's population?").answer == "8900000"
    assert people.retrieve("Who is the mayor of London?").answer == "Sadiq Khan"


def test_how_with_an_adjective_asks_a_figure(peaks) -> None:  # type: ignore[no-untyped-def]
    """ "How tall is X?" asks a height, a number: the mountain range its relation's words
    happen to meet as well (``mountain``) is no answer (before: Pennine Alps, abstained)."""
    res = peaks.retrieve("How tall is Monte Cervino?")
    assert res.answer == "4478.0" and not res.abstained
    assert peaks.retrieve("In which mountain range is Monte Cervino?").answer == "Pennine Alps"
    assert peaks.retrieve("What is the elevation of Monte Cervino?").answer == "4478.0"
    if wordnet() is not None:  # "deep" is read by WordNet's attribute link, not a list
        assert peaks.retrieve("How deep is Lake Baikal?").answer == "1642"


def test_how_types_reads_the_degree_an_adjective_names() -> None:
    assert how_types("tall") == ["height", "number"] and how_types("is") == []
    assert how_types("often") == ["frequency"]  # a frequency may be a concept, no number
    if wordnet() is not None:
        assert how_types("heavy") == ["weight", "number"]
        assert how_types("blue") == []  # no attribute: no type
    q = analyze("How did Ada Lovelace die?", [(2, 4)])
    assert q.answer_type == [] and how_word(q) is None  # a manner, not a degree
    # "full" is only the first part of "full-bodied" (a wine's body: Full, Medium, Light)
    assert analyze("How full-bodied is Corbans Blanc?", [(5, 7)]).answer_type == []


def test_a_figure_with_its_unit_is_a_number() -> None:
    from kgchat.retrieval.values import literal_kind

    assert literal_kind('"8.44 m"') == ("number",) == literal_kind('"380 kV"@en')
    assert literal_kind('"2 to 3 hours"') == () == literal_kind('"HRB 104233"')


def test_things_go_after_values_only_where_a_value_is_asked() -> None:
    """The ranking's half of it (``values_after``): for "how tall" a node goes after a
    number; for "how many" (which may count things) and "which range" nothing moves."""
    lit = f'"4478.0"^^<{XSD}double>'
    ranked = [Candidate("ex:Pennine_Alps", "", 2.0), Candidate(lit, "", 1.0)]

    def is_literal(n: str) -> bool:
        return n.startswith('"')

    def label(n: str) -> str:
        return n

    def order(question: str, span: tuple[int, int]) -> list[str]:
        got = values_after(analyze(question, [span]), ranked, is_literal, label)
        return [c.node for c in got]

    assert order("How tall is Monte Cervino?", (3, 5)) == [lit, "ex:Pennine_Alps"]
    assert order("How many peaks does Monte Cervino have?", (5, 7))[0] == "ex:Pennine_Alps"
    assert order("Which range is Monte Cervino in?", (3, 5))[0] == "ex:Pennine_Alps"
