"""Existential questions ("Are there any trials for X?", "Is there a hospital in Y?") name what
they ask for after "there", as "which trials" does (found by the blind probe on a clinical-trials
registry, ``bench/data/own/trials``: "Are there any trials for heart attack patients?" read no
type and answered a trial design, "Double blinded trial", two hops away)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.question import analyze


def test_existential_opener_names_the_type() -> None:
    assert analyze("Are there any trials for heart attack?", [(5, 7)]).answer_type == ["trials"]
    assert analyze("Is there a trial for heart attack?", [(5, 7)]).answer_type == ["trial"]
    assert analyze("Are there trials for heart attack?", [(4, 6)]).answer_type == ["trials"]
    # "there" elsewhere, and a copula that opens a yes/no question, name none
    assert analyze("Is X a drug?", [(1, 2)]).answer_type == []
    assert analyze("Which trials are there for X?", [(5, 6)]).answer_type == ["trials"]


def test_existential_question_answers_the_things_of_its_type() -> None:
    from kgchat.pipeline import make_retriever

    triples = []
    for i, design in enumerate(["Open_trial", "Randomized_trial"]):
        t = f"Study_{i}"
        triples += [
            (t, RDF_TYPE, "Medical_trial"),
            (t, "health_condition", "Heart_attack" if i == 0 else "Asthma"),
            (t, "trial_design", design),
            (t, "sponsor", "Acme_Pharma"),
        ]
    kg = KnowledgeGraph.from_triples(triples)
    r = make_retriever(kg, index_dir=None, scorer=None)
    which = r.retrieve("Which trials are for heart attack?")
    there = r.retrieve("Are there any trials for heart attack?")
    assert which.candidates[0].label == "Study 0"
    assert there.candidates[0].label == which.candidates[0].label
