"""A question that names the type it asks, answered by a walk whose relations and answer say
nothing near it, is abstained on unless the relation alone is said well (issue 11, fix50b;
:mod:`kgchat.retrieval.type_unsaid`), on a tiny graph with the real bundled encoder."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.similarity import TextSimilarity
from kgchat.retrieval.type_unsaid import type_unsaid
from tests.conftest import prepared_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ROWS = [
    ("CVE-2023-4966", T, "Vulnerability"),
    ("CVE-2023-4966", "exploitability score", '"3.9"'),
    ("CVE-2023-4966", "affects", "NetScaler"),
    ("CVE-2023-4966", "published", '"2023-10-10"'),
    ("CVE-2021-44228", T, "Vulnerability"),
    ("CVE-2021-44228", "exploitability score", '"3.1"'),
    ("CVE-2021-44228", "affects", "Log4j"),
    ("CVE-2021-44228", "published", '"2021-12-10"'),
    ("NetScaler", T, "Product"),
    ("Log4j", T, "Product"),
    ("NetScaler", "vendor", "Citrix"),
    ("Log4j", "vendor", "Apache"),
    ("Citrix", T, "Company"),
    ("Apache", T, "Company"),
]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.from_triples(ROWS))


def test_a_type_nothing_says_abstains(retriever):
    """The graph knows nothing of who exploited a vulnerability: the score is reached (the
    encoder's near pick for "exploited"), and no word of the walk or the answer is near
    "ransomware groups"."""
    res = retriever.retrieve("Which ransomware groups have exploited CVE-2023-4966?")
    assert res.answer == "3.9" and res.abstained


def test_a_type_said_is_answered(retriever):
    for question, answer in [
        ("Which product does CVE-2023-4966 affect?", "Net scaler"),
        ("Which company makes the product affected by CVE-2021-44228?", "Apache"),
        ("Which vendor makes Log4j?", "Apache"),
    ]:
        res = retriever.retrieve(question)
        assert res.answer == answer and not res.abstained, question


def test_no_named_type_or_no_encoder_says_nothing_unsaid():
    assert not type_unsaid(TextSimilarity(None), [], ["score"], ["exploitability score"])
    assert not type_unsaid(TextSimilarity(None), ["groups"], [], [])
