"""The claim check reads a relation said in other words by its meaning (the bundled sentence
encoder and WordNet, as the retriever has them): a paraphrase is kept, the wrong direction, a
negation and another relation are still caught."""

from __future__ import annotations

import pytest

from kgchat.chat.claims import check_claims
from kgchat.chat.paraphrase import RelationParaphrase
from kgchat.graph import KnowledgeGraph
from kgchat.pipeline import make_retriever

TRIPLES = [
    ("Ada", "taught", "Ben"),
    ("Ada", "spouse", "Carl"),
    ("Ben", "born_in", "Oslo"),
    ("Ben", "died_in", "Rome"),
]


@pytest.fixture(scope="module")
def world() -> tuple[KnowledgeGraph, RelationParaphrase, list]:
    kg = KnowledgeGraph.from_triples(TRIPLES)
    paraphrase = RelationParaphrase.of(kg, make_retriever(kg))
    facts = [kg.fact(i) for i in range(len(TRIPLES))]
    given = [next(f for f in facts if f.predicate.endswith(p)) for _, p, _ in TRIPLES]
    return kg, paraphrase, given


def _verdict(world: tuple, text: str) -> tuple[bool, bool]:
    kg, paraphrase, given = world
    (claim,) = check_claims(text, given, kg=kg, paraphrase=paraphrase)
    return all(claim.valid), claim.contradiction


@pytest.mark.parametrize(
    "text",
    [
        "Ben was educated by Ada [1].",  # taught, passive
        "Ada educated Ben [1].",  # taught, active
        "Ada married Carl [2].",  # spouse
    ],
)
def test_a_paraphrased_relation_is_kept(world: tuple, text: str) -> None:
    assert _verdict(world, text) == (True, False)


@pytest.mark.parametrize(
    "text",
    ["Ada was educated by Ben [1].", "Ben educated Ada [1]."],
)
def test_a_paraphrase_the_wrong_way_round_is_a_contradiction(world: tuple, text: str) -> None:
    assert _verdict(world, text) == (False, True)


def test_a_negated_paraphrase_is_a_contradiction(world: tuple) -> None:
    assert _verdict(world, "Ada never educated Ben [1].") == (False, True)


@pytest.mark.parametrize(
    "text",
    [
        "Ada married Ben [1].",  # "married" means spouse, which Ada holds: not taught
        "Ben was born in Rome [4].",  # "born" is birth's, which Ben holds: not death's
        "Ben lived in Oslo [3].",  # near no relation word enough to say one
    ],
)
def test_another_relation_in_other_words_is_caught(world: tuple, text: str) -> None:
    valid, _ = _verdict(world, text)
    assert not valid


def test_without_an_encoder_the_check_is_literal() -> None:
    kg = KnowledgeGraph.from_triples(TRIPLES[:1])
    paraphrase = RelationParaphrase(kg)  # no similarity: no word paraphrases
    (claim,) = check_claims(
        "Ben was educated by Ada [1].", [kg.fact(0)], kg=kg, paraphrase=paraphrase
    )
    assert claim.valid == (False,)
    (claim,) = check_claims(
        "Ben was taught by Ada [1].", [kg.fact(0)], kg=kg, paraphrase=paraphrase
    )
    assert claim.valid == (True,)
