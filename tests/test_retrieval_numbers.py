"""Per-question work kept by number or by identity (twenty-fifth round), checked against the
readings it replaces: a pattern's nodes grouped by type words, a query's relation number,
normalised text."""

from __future__ import annotations

import gc

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.hop_support import RelationPlans
from kgchat.retrieval.scored_walk import TypeNumbers
from kgchat.text import normalize
from tests.test_retrieval import FOOTBALL


def _by_words(nodes: list[str], types_of) -> tuple[list[tuple[str, ...]], list[int]]:
    """The grouping the walk's scoring did before: by the type words' tuples themselves."""
    found = [types_of(n) for n in nodes]
    local = dict.fromkeys(found, 0)
    for i, t in enumerate(local):
        local[t] = i
    return list(local), [local[t] for t in found]


def _by_numbers(nodes: list[str], types_of, numbers: TypeNumbers):
    """The grouping it does now (ScoredWalks._walk's score)."""
    found = [numbers.of.get(n) for n in nodes]
    found = [
        t if t is not None else numbers.of_node(n, types_of)
        for n, t in zip(nodes, found, strict=True)
    ]
    local = dict.fromkeys(found, 0)
    for i, t in enumerate(local):
        local[t] = i
    return [numbers.words[t] for t in local], [local[t] for t in found]


@pytest.mark.parametrize("seed", range(20))
def test_nodes_grouped_by_type_numbers_as_by_their_type_words(seed):
    rng = np.random.default_rng(seed)
    words = [(), ("country",), ("city", "capital"), ("person",), ("city",), ("capital", "city")]
    # equal tuples as distinct objects, as the per-node caches hold them
    table = {f"n{i}": tuple(list(words[int(k)])) for i, k in enumerate(rng.integers(0, 6, 300))}
    numbers = TypeNumbers()
    for _ in range(4):  # patterns of one walk, then of later ones: numbers kept between them
        nodes = [f"n{int(i)}" for i in rng.choice(300, int(rng.integers(1, 120)), replace=False)]
        assert _by_numbers(nodes, table.__getitem__, numbers) == _by_words(nodes, table.__getitem__)


def test_a_prepared_retriever_numbers_every_node_under_every_reading():
    from kgchat.pipeline import make_retriever, settle

    kg = KnowledgeGraph.from_triples([("Queen", "formed in", '"1970"'), *FOOTBALL])
    r = make_retriever(kg, encoder="hashing", index_dir=None)
    before = gc.get_threshold()
    try:
        settle(r)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
    readings = (r.answer_types, r._named_types, r._own_or_located, r._own_or_roles)
    for reading in readings:
        numbers = r.type_numbers(reading)
        for node in [*kg.entities(), *kg.literals()]:
            assert numbers.words[numbers.of[node]] == reading(node)
        assert len(set(numbers.words)) == len(numbers.words)  # one number a value
    assert len({id(r.type_numbers(x)) for x in readings}) == 4
    # renewed with the type words' caches
    r._renew_caches(-2, graph=True)
    assert not r._type_numbers


def test_a_querys_relation_number_is_its_keys():
    kg = KnowledgeGraph.from_triples(FOOTBALL)
    r = Retriever(kg)
    patterns = [
        (("plays_in_club", True),),
        (("plays_in_club", True), ("is_in_country", True)),
        (("plays_in_club", True), ("plays_in_club", False)),
        (("plays_for_country", False),),
    ]
    plans = RelationPlans()
    queries = [r.query(p, t, (), (), True) for p in patterns for t in [("club",), ()]]
    fresh = RelationPlans()
    for q in [*queries, *queries]:
        key = (q.pattern, q.phrases, q.inverses, q.synonyms, q.definitions)
        assert plans.number_of(q) == fresh.number(key)
    # an equal query, another object: the same number, kept apart
    again = r.query(patterns[1], ("club",), (), (), True)
    again = type(again)(**{f: getattr(again, f) for f in again.__dataclass_fields__})
    assert plans.number_of(again) == plans.number_of(queries[2])
    assert plans.queries[id(again)][0] is again


def test_normalize_kept_is_normalize_read_afresh():
    texts = ["What treats \x1b[1mMigraine\x1b[0m?", "Curie's wife", "Zürich_Stadt", "GDP year"]
    for t in [*texts, *texts]:
        assert normalize(t) == normalize.__wrapped__(t)


def test_unseen_texts_of_paths_pattern_by_pattern_as_every_path_would():
    """A walk's paths come pattern by pattern with the same phrase tuples and middles, which
    :func:`unseen_texts` reads once in a row: the words and phrases of reading every path."""
    from kgchat.retrieval.per_question import PerQuestion, unseen_texts
    from tests.test_retrieval_speed import _every_path

    kg = KnowledgeGraph.from_triples(FOOTBALL)
    r = Retriever(kg)
    q = r.retrieve("Which country is the club of Alan PULIDO in?").reading
    patterns = [
        (("plays_in_club", True),),
        (("plays_in_club", True), ("is_in_country", True)),
        (("plays_in_club", True), ("plays_in_club", False)),
        (("plays_for_country", False),),
    ]
    types = [("country",), ("club", "team"), (), ("player", "country")]
    rng = np.random.default_rng(0)
    fast, slow = PerQuestion(q), PerQuestion(q)
    for _ in range(3):
        batch = [
            r.query(patterns[i], types[j], (), types[k], True)
            for i in sorted(rng.integers(0, 4, 5))
            for j, k in rng.integers(0, 4, (int(rng.integers(1, 5)), 2))
        ]
        got, want = unseen_texts(fast, batch), _every_path(slow, batch)
        assert got == want and fast.phrases_seen == slow.phrases_seen
        for c, (words, _) in ((fast, got), (slow, want)):  # as HeuristicPathScorer._prepare
            for w in words:
                c.to_words[w] = np.zeros(len(q.words), np.float32)
            for path in batch:
                c.typing.setdefault(path.answer_types, (None, 0.0))
