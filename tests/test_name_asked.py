"""'What is X called?': a question that asks its one entity's name is answered by X's other
names (:mod:`kgchat.retrieval.name_asked`), not by X's class as "What is X?" is; phrasings
that name a relation besides ("What is X's son called?"), a language ("called in Italian"),
an eponym ("named after") or a thing by its name ("Who is called ...?"), and a graph whose
relation says the name asked, keep the walk's answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

TTL = """\
@prefix : <http://ex.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

:Weakness rdfs:label "weakness" .
:Person rdfs:label "person" .
:CWE-352 a :Weakness ; rdfs:label "Cross-Site Request Forgery" ; skos:altLabel "CWE-352" ;
    :parent :CWE-345 .
:CWE-345 a :Weakness ; rdfs:label "Insufficient Verification of Data Authenticity" ;
    skos:altLabel "CWE-345" .
:marek a :Person ; rdfs:label "Marek Nowak" ; :son :oscar ; :namedAfter :jan .
:oscar a :Person ; rdfs:label "Oscar Nowak" ; skos:altLabel "Ossi" .
:jan a :Person ; rdfs:label "Jan Nowak" .
:lena a :Person ; rdfs:label "Lena Berg" ; :nickname "Lenchen" .
:nbn rdfs:label "Nordbahn Netz AG" ; skos:altLabel "NBN" ; :manages :line1720 .
:line1720 rdfs:label "line 1720" .
:ga rdfs:label "Green Alliance" ; skos:altLabel "GA" ; rdfs:label "Comhghuaillíocht Ghlas"@ga .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    path = Path(tmp_path_factory.mktemp("names")) / "g.ttl"
    path.write_text(TTL)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    "question",
    ["What is CWE-352 called?", "What is the name of CWE-352?", "What's CWE-352's name?"],
)
def test_the_name_asked_is_the_label(retriever: Retriever, question: str) -> None:
    got = retriever.retrieve(question)
    assert got.candidates[0].label == "Cross-Site Request Forgery"
    assert not got.abstained


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is Cross-Site Request Forgery called?", "CWE-352"),
        ("What is another name for Oscar Nowak?", "Ossi"),
    ],
)
def test_the_name_said_is_not_the_answer(retriever: Retriever, question: str, answer: str) -> None:
    assert retriever.retrieve(question).candidates[0].label == answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is Marek Nowak's son called?", "Oscar Nowak"),  # a relation besides
        ("Who is Marek Nowak named after?", "Jan Nowak"),  # an eponym
        ("What is the nickname of Lena Berg?", "Lenchen"),  # the graph's own relation
    ],
)
def test_a_relation_said_keeps_the_walk(retriever: Retriever, question: str, answer: str) -> None:
    assert retriever.retrieve(question).candidates[0].label == answer


def test_what_is_x_still_asks_its_kind(retriever: Retriever) -> None:
    top = retriever.retrieve("What is CWE-352?").candidates[0]
    assert top.label != "Cross-Site Request Forgery"


@pytest.mark.parametrize("question", ["What does NBN stand for?", "what does nbn stands for"])
def test_what_an_abbreviation_stands_for_is_its_name(retriever: Retriever, question: str) -> None:
    got = retriever.retrieve(question)
    assert got.candidates[0].label == "Nordbahn Netz AG"
    assert not got.abstained


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What does NBN manage?", "line 1720"),  # another verb: the walk's relation
        ("Which lines does NBN manage?", "line 1720"),
    ],
)
def test_other_verbs_of_an_abbreviation_keep_the_walk(
    retriever: Retriever, question: str, answer: str
) -> None:
    assert retriever.retrieve(question).candidates[0].label == answer


def test_an_abbreviation_that_is_a_language_code_stands_for_its_name(
    retriever: Retriever,
) -> None:
    # "GA" is also Irish's language code: the language reading finds no Irish name asked,
    # so the name reading runs
    got = retriever.retrieve("What does GA stand for?")
    assert got.candidates[0].label == "Green Alliance"
    assert not got.abstained


def test_a_language_asked_still_reads_the_language(retriever: Retriever) -> None:
    got = retriever.retrieve("What is Green Alliance called in Irish?")
    assert got.candidates[0].label == "Comhghuaillíocht Ghlas"
