"""The side of an event node a question asks for, read from its roles' names and the
question's voice (fiftieth round, fix50e: kgchat.retrieval.role_voice).

A catalysis stated as a node of its own (BioPAX's shape: a ``controller`` enzyme, a
``controlled`` reaction, a ``catalysisDirection`` value) is said by "catalyses"; the word matched
the direction's name too, and "What catalyses R?" was answered "LEFT-TO-RIGHT", the
catalysis node's own value, above the enzyme on its ``controller`` side.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.graph.vocab import RDF_TYPE, RDFS_LABEL
from kgchat.retrieval.role_voice import role_sides

EX = "http://example.org/bp#"
REACTIONS = {"r1": "Glucose phosphorylation", "r2": "Triose isomerization", "r3": "Enolase step"}
ENZYMES = {"e1": "Hexokinase", "e2": "Triosephosphate isomerase", "e3": "Enolase"}


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for i, ((r, rname), (e, ename)) in enumerate(
        zip(REACTIONS.items(), ENZYMES.items(), strict=True), start=1
    ):
        c, step = f"{EX}Catalysis{i}", f"{EX}PathwayStep{i}"
        rows += [
            (EX + r, RDF_TYPE, EX + "BiochemicalReaction"),
            (EX + r, RDFS_LABEL, f'"{rname}"'),
            (EX + e, RDF_TYPE, EX + "Protein"),
            (EX + e, RDFS_LABEL, f'"{ename}"'),
            (c, RDF_TYPE, EX + "Catalysis"),
            (c, EX + "controller", EX + e),
            (c, EX + "controlled", EX + r),
            (c, EX + "catalysisDirection", '"LEFT-TO-RIGHT"'),
            (step, RDF_TYPE, EX + "PathwayStep"),
            (step, EX + "stepProcess", c),
            (step, EX + "stepProcess", EX + r),
        ]
    return rows


@pytest.fixture(scope="module")
def retriever():
    from kgchat.pipeline import make_retriever

    return make_retriever(KnowledgeGraph.from_triples(_rows()))


def test_role_sides_are_an_agent_noun_and_a_participle_of_one_stem():
    assert role_sides(["controller", "controlled", "catalysis direction"]) == {
        "controller": True,
        "controlled": False,
    }
    assert role_sides(["left", "right", "controller"]) == {}


def test_what_catalyses_a_reaction_is_its_controller_not_the_catalysis_direction(retriever):
    res = retriever.retrieve("What catalyses the Triose isomerization?")
    assert res.candidates[0].label == "Triosephosphate isomerase"
    assert not res.abstained


def test_what_an_enzyme_catalyses_is_the_controlled_reaction(retriever):
    for question in ("What does Hexokinase catalyse?", "Which reaction does Enolase catalyse?"):
        assert retriever.retrieve(question).candidates[0].label in set(REACTIONS.values())
    assert retriever.retrieve("What does Hexokinase catalyse?").candidates[0].label == (
        "Glucose phosphorylation"
    )


def test_a_passive_question_asks_the_doer_by_its_by(retriever):
    res = retriever.retrieve("What is the Enolase step catalysed by?")
    assert res.candidates[0].label == "Enolase"
