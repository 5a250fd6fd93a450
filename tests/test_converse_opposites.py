"""A converse pair is not read as a contrary one (issue 11, fix63a): WordNet files
*predecessor* / *successor* as antonyms, as it files *birth* / *death* and *winner* /
*loser*, so fix61a's check (:func:`kgchat.retrieval.opposite_relation.says_opposite`)
abstained on "Which country succeeded Yugoslavia?" over ``Yugoslavia predecessor of Serbia``
walked forwards, which *is* Serbia. A relation named by its subject's role, between two things
of one kind and not stated back between them, is read from its other end
(:func:`~kgchat.retrieval.opposite_relation.read_both_ways`); a tender and its winner (two
kinds) and a relation stated both ways keep the check. On a tiny graph read from Turtle, with
the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval.opposite_relation import read_both_ways
from kgchat.retrieval.results import Path
from kgchat.wordnet import wordnet
from tests.conftest import prepared_retriever

pytestmark = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")

TTL = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:Country rdfs:label "Country"@en .
ex:City rdfs:label "City"@en .
ex:Company rdfs:label "Company"@en .
ex:Tender rdfs:label "Tender"@en .
ex:predecessor rdfs:label "predecessor of"@en .
ex:capital rdfs:label "capital"@en .
ex:founded rdfs:label "founded"@en .
ex:winner rdfs:label "winner of"@en .
ex:yugoslavia a ex:Country ; rdfs:label "Yugoslavia"@en ; ex:predecessor ex:serbia ;
    ex:capital ex:belgrade ; ex:founded "1918"^^xsd:gYear .
ex:serbia a ex:Country ; rdfs:label "Serbia"@en ; ex:capital ex:belgrade ;
    ex:founded "2006"^^xsd:gYear .
ex:zaire a ex:Country ; rdfs:label "Zaire"@en ; ex:predecessor ex:drc ;
    ex:capital ex:kinshasa ; ex:founded "1971"^^xsd:gYear .
ex:drc a ex:Country ; rdfs:label "Democratic Republic of the Congo"@en ;
    ex:capital ex:kinshasa ; ex:founded "1997"^^xsd:gYear .
ex:ruritania a ex:Country ; rdfs:label "Ruritania"@en ; ex:predecessor ex:fenwick .
ex:fenwick a ex:Country ; rdfs:label "Grand Fenwick"@en ; ex:predecessor ex:ruritania .
ex:belgrade a ex:City ; rdfs:label "Belgrade"@en .
ex:kinshasa a ex:City ; rdfs:label "Kinshasa"@en .
ex:acme a ex:Company ; rdfs:label "Acme Works"@en ; ex:winner ex:t1 .
ex:bolt a ex:Company ; rdfs:label "Bolt Ltd"@en ; ex:winner ex:t2 .
ex:t1 a ex:Tender ; rdfs:label "Harbour Bridge Tender"@en .
ex:t2 a ex:Tender ; rdfs:label "Ring Road Tender"@en .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("converse") / "converse.ttl"
    path.write_text(TTL, encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which country succeeded Yugoslavia?", "Serbia"),
        ("What was the successor of Zaire?", "Democratic Republic of the Congo"),
        ("Which country preceded Serbia?", "Yugoslavia"),
        ("Which tender did Acme Works win?", "Harbour Bridge Tender"),
    ],
)
def test_a_converse_read_from_its_other_end(retriever, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    res = retriever.retrieve(question)
    assert not res.abstained, (question, res.confidence)
    assert retriever.kg.label(res.candidates[0].node) == answer


def test_a_contrary_relation_keeps_the_check(retriever) -> None:  # type: ignore[no-untyped-def]
    # a tender and the company that won it are two kinds: losing it is another fact
    res = retriever.retrieve("Which tender did Acme Works lose?")
    assert res.abstained, res.confidence


def test_the_hops_read_both_ways(retriever) -> None:  # type: ignore[no-untyped-def]
    kg = retriever.kg

    def walk(relation: str, a: str, b: str, ahead: bool = True) -> Path:
        ex = "http://example.org/"
        return Path(ex + a, ((ex + relation, ahead),), (ex + a, ex + b), (0,), 1.0)

    def read(path: Path) -> bool:
        edges = lambda n: kg.neighbors(n)  # noqa: E731
        return bool(read_both_ways(kg, edges, kg.label, [path]))

    assert read(walk("predecessor", "yugoslavia", "serbia"))
    # walked backwards, or between two kinds, or stated back: no other end to read from
    assert not read(walk("predecessor", "serbia", "yugoslavia", ahead=False))
    assert not read(walk("winner", "acme", "t1"))
    assert not read(walk("predecessor", "ruritania", "fenwick"))
