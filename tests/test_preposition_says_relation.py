"""'What is X about?': a preposition stranded at the end says the relation asked, a fact of X,
not X's class. "What is X?" alone keeps its class as the answer; "What is X about/for?" is
answered by the relation the preposition names (:func:`kgchat.retrieval.question_shapes.
says_relation_by_preposition`); a preposition before a name ("Tell me about X") strands none."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.question import analyze
from kgchat.retrieval.question_shapes import says_relation_by_preposition

TTL = """\
@prefix : <http://ex.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

:Report rdfs:label "report" .
:r1 a :Report ; rdfs:label "Harbour Survey 1911" ; :about :harbours ; :issued "1911" .
:r2 a :Report ; rdfs:label "Canal Survey 1920" ; :about :canals ; :issued "1920" .
:harbours rdfs:label "harbours" .
:canals rdfs:label "canals" .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    path = Path(tmp_path_factory.mktemp("about")) / "g.ttl"
    path.write_text(TTL)
    return Retriever(KnowledgeGraph.load(path))


def test_what_is_x_about_is_its_subject_not_its_class(retriever: Retriever) -> None:
    top = retriever.retrieve("What is Harbour Survey 1911 about?").candidates[0]
    assert top.label == "harbours"


def test_what_is_x_is_still_its_class(retriever: Retriever) -> None:
    assert retriever.retrieve("What is Harbour Survey 1911?").candidates[0].label == "report"


@pytest.mark.parametrize(
    ("question", "spans", "says"),
    [
        ("What is the Townlands dataset about?", [(3, 4)], True),
        ("What is harborview-api for?", [(2, 4)], True),
        ("Which family is the Schleiereule in?", [(1, 2), (4, 5)], True),
        ("What is Townlands?", [(2, 3)], False),
        ("What kind of entity is warfarin?", [(5, 6)], False),  # "kind of" says no relation
        ("Tell me about Townlands", [(3, 4)], False),  # before the name: strands nothing
        ("What is the noise level in Harbour Quarter?", [(6, 8)], False),
    ],
)
def test_which_prepositions_say_a_relation(
    question: str, spans: list[tuple[int, int]], says: bool
) -> None:
    assert says_relation_by_preposition(analyze(question, spans)) is says
