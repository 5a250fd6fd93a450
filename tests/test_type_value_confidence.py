"""A value the question names as the type it asks ("Which *fonds* ..."), linked beside the
entity it asks about, says what the answer is, not how it relates to the entity: a joint
answer reached from both is judged, too, by the paths from the entity alone
(:meth:`kgchat.retrieval.confidence.AnswerConfidence._confidence`), on a tiny graph of bare
triples with the real encoder."""

from __future__ import annotations

from kgchat import KnowledgeGraph

ARCHIVE = [
    ("Marlow papers", "includes", "Parliamentary mandates"),
    ("Marlow papers", "includes", "Political letters"),
    ("Marlow papers", "level", "fonds"),
    ("Marlow papers", "creator", "Anne Marlow"),
    ("Harbour records", "includes", "Harbour accounts"),
    ("Harbour records", "includes", "Ship registers"),
    ("Harbour records", "level", "fonds"),
    ("Harbour records", "creator", "Port office"),
    ("Parliamentary mandates", "level", "series"),
    ("Political letters", "level", "series"),
    ("Harbour accounts", "level", "series"),
    ("Ship registers", "level", "series"),
]


def test_the_fonds_a_person_produced_is_answered_not_abstained_on():
    """Joined with the level value ``fonds`` (every fonds holds it), the walk from the
    person was judged as one reading with a walk that says no word of "produce"; by the
    person's ``creator`` walk alone it is credible."""
    from kgchat.pipeline import make_retriever

    r = make_retriever(KnowledgeGraph.from_triples(ARCHIVE), index_dir=None)
    res = r.retrieve("Which fonds did Anne Marlow produce?")
    assert res.candidates and r.kg.label(res.candidates[0].node) == "Marlow papers"
    assert not res.abstained


def test_a_joint_answer_said_by_its_own_relation_stays_credible():
    """Where the entity's walk says the question's relation ("include": ``includes``), the
    series it reaches stay first and answered."""
    from kgchat.pipeline import make_retriever

    r = make_retriever(KnowledgeGraph.from_triples(ARCHIVE), index_dir=None)
    res = r.retrieve("Which series does the Marlow papers include?")
    assert res.candidates
    assert r.kg.label(res.candidates[0].node) in {"Parliamentary mandates", "Political letters"}
    assert not res.abstained
