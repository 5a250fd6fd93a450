"""A question's word its relation's label leaves unsaid, said by the verb of the relation's
own description (fix63c, issue 11; :func:`~kgchat.retrieval.descriptions.said_by_descriptions`):
"Who is in charge of the Business section?" over ``section editor``, described "The editor in
charge of a section.", was abstained on at START (the judge 0.15: the label says no "charge",
and the encoder's cosine of the whole sentence is under its line), as newsroom's was. A
question whose word no description says ("Who founded the Business section?") stays
abstained, and so does one with another word the description does not say ("hiring"). On a
tiny Turtle graph with the real encoder and the pipeline's retriever."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

TTL = """
@prefix ex: <http://example.org/news#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:sectionEditor rdfs:label "section editor"@en ;
    rdfs:comment "The editor in charge of a section."@en .
ex:partOf rdfs:label "part of"@en ;
    rdfs:comment "The newspaper a section belongs to."@en .
ex:Section rdfs:label "Section"@en .
ex:Person rdfs:label "Person"@en .
ex:Newspaper rdfs:label "Newspaper"@en .

ex:gazette a ex:Newspaper ; rdfs:label "Northshire Gazette"@en .
ex:business a ex:Section ; rdfs:label "Business section"@en ;
    ex:sectionEditor ex:okafor ; ex:partOf ex:gazette .
ex:sport a ex:Section ; rdfs:label "Sport section"@en ;
    ex:sectionEditor ex:lind ; ex:partOf ex:gazette .
ex:culture a ex:Section ; rdfs:label "Culture section"@en ;
    ex:sectionEditor ex:moreau ; ex:partOf ex:gazette .
ex:okafor a ex:Person ; rdfs:label "Daniel Okafor"@en .
ex:lind a ex:Person ; rdfs:label "Maja Lind"@en .
ex:moreau a ex:Person ; rdfs:label "Claire Moreau"@en .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    path: Path = tmp_path_factory.mktemp("news") / "news.ttl"
    path.write_text(TTL, encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


def test_the_description_s_verb_says_the_question(retriever: Any) -> None:
    res = retriever.retrieve("Who is in charge of the Business section?")
    assert res.candidates[0].label == "Daniel Okafor"
    assert not res.abstained


def test_a_word_no_description_says_is_still_unsaid(retriever: Any) -> None:
    assert retriever.retrieve("Who founded the Business section?").abstained
    assert retriever.retrieve("Who took charge of hiring for the Business section?").abstained


def test_nouns_of_the_description_say_no_relation() -> None:
    from kgchat.retrieval.descriptions import said_by_descriptions
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("WordNet is not installed")
    # "editor" and "section" are what the description relates, not what it says of them
    assert not said_by_descriptions(["editor"], ["part", "of"], ["The editor in charge of it."])
    assert said_by_descriptions(["charge"], ["section", "editor"], ["The editor in charge of it."])
