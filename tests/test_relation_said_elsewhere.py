"""A relation named for the type asked (``location`` for "where") meets a question whose other
words nothing of the entity's kind is stated with ("Where was X *based*?"), but not one whose
word a relation of things of its kind says ("Where did X *die*?" where people are stated with
death dates: the question asks about the death, and a plain location is a near relation):
``RelationMatch.said_elsewhere`` over ``peer_relations.peer_relation_words``, on tiny graphs
with the real bundled encoder and WordNet."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PEOPLE = [
    ("Anna_Berg", T, "Person"),
    ("Anna_Berg", "location", "Uppsala"),
    ("Anna_Berg", "death date", '"1901-02-03"'),
    ("Olof_Lind", T, "Person"),
    ("Olof_Lind", "location", "Lund"),
    ("Olof_Lind", "occupation", "Printer"),
    ("Greta_Holm", T, "Person"),
    ("Greta_Holm", "location", "Malmo"),
    ("Greta_Holm", "death date", '"1911-05-06"'),
    ("Spring_Meeting", T, "Meeting"),
    ("Spring_Meeting", "location", "Lund"),
    ("Mayor_Office", T, "Office"),
    ("Mayor_Office", "held by", "Greta_Holm"),
]


def _retriever(triples, tmp_path, monkeypatch):
    monkeypatch.setenv("KGCHAT_CACHE", str(tmp_path))
    r = make_retriever(KnowledgeGraph.from_triples(triples), index_dir=None, scorer=None)
    r.prepare()
    return r


def test_a_word_a_peers_relation_says_is_not_met_by_the_types_name(tmp_path, monkeypatch):
    r = _retriever(PEOPLE, tmp_path, monkeypatch)
    res = r.retrieve("Where did Olof Lind die?")
    assert res.candidates and res.candidates[0].label == "Lund"
    assert res.abstained
    said = r.retrieve("Where was Olof Lind based?")
    assert not said.abstained and said.answer == "Lund"


def test_a_word_only_other_kinds_relations_say_is_no_objection(tmp_path, monkeypatch):
    """Offices are ``held by`` someone; a meeting is held somewhere: only what things of the
    meeting's own kind are stated with can say that the question asks something else."""
    r = _retriever(PEOPLE, tmp_path, monkeypatch)
    res = r.retrieve("Where was the Spring Meeting held?")
    assert not res.abstained and res.answer == "Lund"


def test_without_such_a_relation_the_types_name_still_answers(tmp_path, monkeypatch):
    """Where nothing of a person's kind says deaths, a plain location is all the graph can
    say of where."""
    no_deaths = [t for t in PEOPLE if t[1] != "death date"]
    r = _retriever(no_deaths, tmp_path, monkeypatch)
    res = r.retrieve("Where did Olof Lind die?")
    assert not res.abstained and res.answer == "Lund"


def test_nothing_to_check_against_says_nothing():
    from kgchat.retrieval.question import analyze
    from kgchat.retrieval.relation_match import RelationMatch
    from kgchat.retrieval.scoring import PathQuery

    q = analyze("Where did Olof Lind die?", [(2, 4)])
    place = PathQuery((("location", True),), ("location",), ())
    assert not RelationMatch().said_elsewhere(q, place, frozenset())
