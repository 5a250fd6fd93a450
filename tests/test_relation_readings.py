"""``bench/bench_relation_readings.py`` measures a reading of a relation in other words where it
could change an outcome: its readings of a walk on the real encoder and WordNet, and its table,
which must count a reading that raises an unanswerable question against it (a metric that can
fail), and leaves the relation judge as it found it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _module():
    sys.path.insert(0, str(BENCH))
    try:
        import bench_relation_readings as brr
    finally:
        sys.path.remove(str(BENCH))
    return brr


def test_a_label_said_by_the_question_is_read_and_an_unrelated_one_is_not():
    from kgchat.retrieval.relation_match import RelationMatch
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        pytest.skip("WordNet is not installed")
    brr = _module()
    from kgchat.index.encoders import get_encoder
    from kgchat.retrieval.scoring import HeuristicPathScorer

    scorer = HeuristicPathScorer(get_encoder("sentence-transformers"))
    sim = RelationMatch(scorer=scorer).scorer.similarity
    said = brr.readings(sim, wn, "who directed", ("director",))
    other = brr.readings(sim, wn, "who directed", ("birth place",))
    assert set(said) == set(brr.WORD_READINGS)
    assert said["labels"] > other["labels"]
    # a shared sense at any rank reads near relations too: "directed" and ``place`` share
    # the verb meaning "target, aim, place, direct, point" (a rare one of each), weighted as
    # the label's: why that reading was not built
    assert said["any_sense"] == 1.0 and other["any_sense"] > 0.5


def test_the_table_counts_what_a_reading_raises_by_group():
    brr = _module()
    found = {
        "a": {"group": "right", "confidence": 0.1, **dict.fromkeys(brr.READINGS, 0.5)},
        "b": {"group": "unans", "confidence": 0.0, **dict.fromkeys(brr.READINGS, 0.5)},
        "c": {"group": "wrong", "confidence": 0.1, **dict.fromkeys(brr.READINGS, 0.0)},
        # already over the pipeline's floor: no reading changes its outcome
        "d": {"group": "unans", "confidence": 0.3, **dict.fromkeys(brr.READINGS, 0.9)},
    }
    lines = brr.table(found)
    row = next(x for x in lines if x.startswith("labels     >= 0.5"))
    assert "right   1" in row and "unans   1" in row and "wrong   0" in row


BANDS = [
    ("Metallica", "member", "James_Hetfield"),
    ("Metallica", "genre", "Thrash_Metal"),
    ("Metallica", "hometown", "Los_Angeles"),
    ("Metallica", "record label", "Elektra"),
    ("Kurt_Cobain", "birth date", '"1967-02-20"'),
    ("Kurt_Cobain", "birth place", "Aberdeen"),
    ("Kurt_Cobain", "instrument", "Guitar"),
]


def test_the_margin_reads_the_walks_relation_against_its_nodes_others(tmp_path, monkeypatch):
    """The contrastive reading (``margin``) on a tiny graph: the relation the question says wins
    its node's contest, and so does a near relation where the graph lacks the one asked ("where
    did X die" over ``birth place``, the graph having no place of death): the same sign for a
    right walk and an unanswerable question's, which is what the whole set measured."""
    from kgchat import KnowledgeGraph
    from kgchat.pipeline import make_retriever

    monkeypatch.setenv("KGCHAT_CACHE", str(tmp_path))
    brr = _module()
    r = make_retriever(KnowledgeGraph.from_triples(BANDS), index_dir=None, scorer=None)
    r.prepare()
    member = r.retrieve("Who are the members of Metallica?").candidates[0].paths[0]
    place = r.retrieve("Where was Kurt Cobain born?").candidates[0].paths[0]
    assert member.pattern == (("member", True),) and place.pattern == (("birth place", True),)
    assert brr.relation_margin(r, "who are the members of", member) > 0.0
    assert brr.relation_margin(r, "who is the", member) < brr.relation_margin(
        r, "who are the members of", member
    )
    assert brr.relation_margin(r, "where did die", place) > 0.0  # a near relation wins too
