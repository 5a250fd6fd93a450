"""A relation named for the type asked (``location`` for "where") meets a question whose other
words no relation of the graph says ("Where was X *based*?"), but not one whose word another
relation of the graph says ("Where did X *die*?" on a graph that states death dates: the
question asks about the death, and a plain location is a near relation):
``RelationMatch.said_elsewhere``, on tiny graphs with the real bundled encoder and WordNet."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

PEOPLE = [
    ("Anna_Berg", "location", "Uppsala"),
    ("Anna_Berg", "death date", '"1901-02-03"'),
    ("Olof_Lind", "location", "Lund"),
    ("Olof_Lind", "occupation", "Printer"),
    ("Greta_Holm", "location", "Malmo"),
    ("Greta_Holm", "death date", '"1911-05-06"'),
]


def _retriever(triples, tmp_path, monkeypatch):
    monkeypatch.setenv("KGCHAT_CACHE", str(tmp_path))
    r = make_retriever(KnowledgeGraph.from_triples(triples), index_dir=None, scorer=None)
    r.prepare()
    return r


def test_a_word_another_relation_says_is_not_met_by_the_types_name(tmp_path, monkeypatch):
    r = _retriever(PEOPLE, tmp_path, monkeypatch)
    res = r.retrieve("Where did Olof Lind die?")
    assert res.candidates and res.candidates[0].label == "Lund"
    assert res.abstained
    said = r.retrieve("Where was Olof Lind based?")
    assert not said.abstained and said.answer == "Lund"


def test_without_such_a_relation_the_types_name_still_answers(tmp_path, monkeypatch):
    """On a graph that says nothing of deaths, a plain location is all it can say of where."""
    no_deaths = [t for t in PEOPLE if t[1] != "death date"]
    r = _retriever(no_deaths, tmp_path, monkeypatch)
    res = r.retrieve("Where did Olof Lind die?")
    assert not res.abstained and res.answer == "Lund"


@pytest.mark.parametrize("words", [None, frozenset()])
def test_nothing_to_check_against_says_nothing(words):
    from kgchat.retrieval.question import analyze
    from kgchat.retrieval.relation_match import RelationMatch
    from kgchat.retrieval.scoring import PathQuery

    judge = RelationMatch(relation_words=None if words is None else lambda: words)
    q = analyze("Where did Olof Lind die?", [(2, 4)])
    place = PathQuery((("location", True),), ("location",), ())
    assert not judge.said_elsewhere(q, place)
