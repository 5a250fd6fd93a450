"""A "how many" answered by counting what the best walk reaches (kgchat.retrieval.counting).

The graph holds a family's children, one fact each (one of them by ``child of``, declared the
inverse of ``child``: the same relation stated the other way), and a hotel's stars as a figure. "How
many children did Ann have?" counts her four children (the count first, the children
after, their facts the evidence); "How many stars does the Grand have?" is the held figure;
"How many hotels are there?" counts the class's instances; "How many pets does Carl have?"
where his cats and his dogs are reached by two relations tied alike is no one count: the
result says so and abstains. Fails on START: no count was made (the first three answered by
a child, or abstained; the stars stay)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

pytestmark = pytest.mark.skipif(wordnet() is None, reason="needs WordNet")


def _triples():
    return [
        ("Ann Pryce", TYPE, "Person"),
        ("Ann Pryce", "child", "Bo Pryce"),
        ("Ann Pryce", "child", "Cy Pryce"),
        ("Ann Pryce", "child", "Di Pryce"),
        ("Ann Pryce", "born in", "Oslo"),
        ("Ed Pryce", "child of", "Ann Pryce"),
        ("child", "http://www.w3.org/2002/07/owl#inverseOf", "child of"),
        ("Ed Pryce", TYPE, "Person"),
        ("Bo Pryce", TYPE, "Person"),
        ("Cy Pryce", TYPE, "Person"),
        ("Di Pryce", TYPE, "Person"),
        ("Grand Hotel", TYPE, "Hotel"),
        ("Grand Hotel", "stars", f'"4"{INTEGER}'),
        ("Grand Hotel", "has room", "Room 1"),
        ("Grand Hotel", "has room", "Room 2"),
        ("Ritz Hotel", TYPE, "Hotel"),
        ("Palace Hotel", TYPE, "Hotel"),
        ("Carl Berg", TYPE, "Person"),
        ("Carl Berg", "child", "Eva Berg"),
        ("Carl Berg", "child", "Finn Berg"),
        ("Carl_Berg_2", "http://www.w3.org/2000/01/rdf-schema#label", '"Carl Berg"'),
        ("Carl_Berg_2", TYPE, "Person"),
        ("Carl_Berg_2", "child", "Gus Berg"),
    ]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(_triples()))


def test_a_set_is_counted(retriever):
    res = retriever.retrieve("How many children did Ann Pryce have?")
    assert res.answer == "4" and not res.abstained
    children = ["Bo Pryce", "Cy Pryce", "Di Pryce", "Ed Pryce"]
    assert [c.label for c in res.candidates[1:5]] == children
    cited = [{sf.fact.subject_label, sf.fact.object_label} for sf in res.facts[:4]]
    assert set.union(*cited) == {"Ann Pryce", *children}


def test_a_held_figure_wins(retriever):
    res = retriever.retrieve("How many stars does the Grand Hotel have?")
    assert res.answer == "4" and not res.abstained and not res.message


def test_a_class_is_counted(retriever):
    res = retriever.retrieve("How many hotels are there?")
    assert res.answer == "3" and not res.abstained


def test_an_ambiguous_count_abstains(retriever):
    res = retriever.retrieve("How many children did Carl Berg have?")
    assert res.abstained and "ties" in res.message


def test_the_reply_cites_every_one_counted():
    from kgchat.chat import ChatBot, TemplateBackend

    bot = ChatBot(KnowledgeGraph.from_triples(_triples()), backend=TemplateBackend())
    turn = bot.chat("How many children did Ann Pryce have?")
    assert turn.answer == "4" and turn.text.startswith("4:")
    assert all(f"[{n}]" in turn.text for n in range(1, 5))
