"""The evaluation harness: abstention metrics, answerable-only hits@1, and the dev/test split."""

from __future__ import annotations

import hashlib
import json
import math
import random
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any

import pytest

from kgchat.errors import ConfigError
from kgchat.evaluation import (
    CHAT_KEYS,
    METRIC_KEYS,
    QAItem,
    evaluate_chat,
    evaluate_retrieval,
    read_questions,
    split_items,
)
from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever

NEW_KEYS = ("hits_at_1_answerable", "abstained_unanswerable", "abstained_answerable")
TRIPLES = [
    ("Aspirin", "treats", "Headache"),
    ("Warfarin", "treats", "Thrombosis"),
    ("Aspirin", "interacts_with", "Warfarin"),
    ("Headache", "is_a", "Symptom"),
]


# ---------------------------------------------------------------- a fake retriever
@dataclass
class _Cand:
    label: str
    score: float


@dataclass
class _Result:
    candidates: list[_Cand]
    facts: list[Any] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)


@dataclass
class _AbstainingResult(_Result):
    abstained: bool = False


class FakeRetriever:
    """Answers from a table: question -> (top label or None, abstained or None for no attribute)."""

    def __init__(self, table: dict[str, tuple[str | None, bool | None]]):
        self.table = table

    def retrieve(self, question: str) -> _Result:
        label, abstained = self.table[question]
        cands = [_Cand(label, 1.0)] if label else []
        if abstained is None:
            return _Result(cands)
        return _AbstainingResult(cands, abstained=abstained)


def _item(line: int, question: str, answers: tuple[str, ...], kind: str) -> QAItem:
    return QAItem(line, question, answers, groups=(("kind", kind),))


def test_abstention_metrics_with_a_fake_retriever():
    items = [
        _item(1, "a1", ("x",), "1hop"),  # right answer
        _item(2, "a2", ("x",), "1hop"),  # right label, but abstained: a miss
        _item(3, "a3", ("x",), "2hop"),  # wrong answer
        _item(4, "a4", ("x",), "2hop"),  # abstained, no candidate
        _item(5, "u1", (), "unanswerable"),  # abstained: right
        _item(6, "u2", (), "unanswerable"),  # answered anyway
    ]
    fake = FakeRetriever(
        {
            "a1": ("x", False),
            "a2": ("x", True),
            "a3": ("y", False),
            "a4": (None, True),
            "u1": ("z", True),
            "u2": ("z", False),
        }
    )
    report = evaluate_retrieval(fake, items, progress=False)
    m = report.metrics
    assert tuple(m) == METRIC_KEYS
    assert m["hits_at_1"] == round(1 / 6, 4)  # unanswerable lines count 0, as before
    assert m["hits_at_1_answerable"] == 0.25
    assert m["abstained_unanswerable"] == 0.5
    assert m["abstained_answerable"] == 0.5
    assert m["f1"] == round(1 / 6, 4)  # the abstained line a2 names nothing
    kinds = report.breakdown["kind"]
    assert kinds["1hop"]["hits_at_1_answerable"] == 0.5
    assert kinds["2hop"]["abstained_answerable"] == 0.5
    assert kinds["unanswerable"]["abstained_unanswerable"] == 0.5
    assert kinds["unanswerable"]["hits_at_1_answerable"] is None  # no answerable line there
    assert kinds["1hop"]["abstained_unanswerable"] is None
    # failures: the misses on answerable lines and the answered unanswerable one
    assert [f["question"] for f in report.failures] == ["a2", "a3", "a4", "u2"]
    md = report.to_markdown()
    assert "| abstained_unanswerable | 0.5000 |" in md
    assert "| kind | n | hits_at_1 | f1 | answer_recall | hits_at_1_answerable" in md
    assert "| unanswerable | 2 | 0.0000 | 0.0000 | 0.0000 | - | 0.5000 | - |" in md


def test_a_result_without_abstained_abstains_when_it_has_no_candidate():
    items = [_item(1, "a", ("x",), "k"), _item(2, "u", (), "k"), _item(3, "v", (), "k")]
    fake = FakeRetriever({"a": ("x", None), "u": (None, None), "v": ("x", None)})
    m = evaluate_retrieval(fake, items, progress=False).metrics
    assert m["hits_at_1_answerable"] == 1.0 and m["abstained_answerable"] == 0.0
    assert m["abstained_unanswerable"] == 0.5


def test_shares_of_absent_lines_are_none():
    items = [_item(1, "a", ("x",), "k")]
    m = evaluate_retrieval(FakeRetriever({"a": ("x", False)}), items, progress=False).metrics
    assert m["abstained_unanswerable"] is None and m["hits_at_1_answerable"] == 1.0


def test_real_retriever_on_a_tiny_graph(tmp_path):
    kg = KnowledgeGraph.from_triples(TRIPLES)
    qa = tmp_path / "qa.jsonl"
    lines = [
        {"question": "What does Aspirin treat?", "answers": ["headache"], "kind": "1hop"},
        {"question": "Who won the Tour de France in 1999?", "answers": [], "kind": "unanswerable"},
        {"question": "What is the capital of Peru?", "answers": ["Lima"], "kind": "1hop"},
    ]
    qa.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    items, _ = read_questions(qa)
    m = evaluate_retrieval(Retriever(kg), items, progress=False).metrics
    assert m["hits_at_1"] == round(1 / 3, 4)
    assert m["hits_at_1_answerable"] == 0.5
    assert m["abstained_unanswerable"] == 1.0  # nothing of the graph is named: no candidate
    assert m["abstained_answerable"] == 0.5  # Peru is not in the graph either


def test_chat_mode_reports_abstention():
    from kgchat.chat import ChatBot, get_backend

    kg = KnowledgeGraph.from_triples(TRIPLES)
    items = [
        _item(1, "What does Aspirin treat?", ("headache",), "1hop"),
        _item(2, "What is the capital of Peru?", ("Lima",), "1hop"),
        _item(3, "Who won the Tour de France in 1999?", (), "unanswerable"),
    ]
    report = evaluate_chat(ChatBot(kg, backend=get_backend("echo")), items, progress=False)
    m = report.metrics
    assert tuple(m) == CHAT_KEYS and set(NEW_KEYS) <= set(m)
    assert m["hits_at_1_answerable"] == 0.5 and m["abstained_answerable"] == 0.5
    assert m["abstained_unanswerable"] == 1.0
    assert report.breakdown["kind"]["unanswerable"]["abstained_unanswerable"] == 1.0


# ---------------------------------------------------------------- the dev/test split
def _kind_items(n_per_kind: dict[str, int]) -> list[QAItem]:
    items, line = [], 0
    for kind, n in n_per_kind.items():
        for i in range(n):
            line += 1
            items.append(_item(line, f"question {i} of {kind}?", ("a",), kind))
    return items


def test_split_follows_the_sha1_rule_per_kind():
    items = _kind_items({"1hop": 12, "2hop": 5, "typo": 3, "unanswerable": 1})
    dev, test = split_items(items)
    for kind in ("1hop", "2hop", "typo", "unanswerable"):
        group = [it for it in items if dict(it.groups)["kind"] == kind]
        ranked = sorted(group, key=lambda it: hashlib.sha1(it.question.encode()).hexdigest())
        want = ranked[: math.ceil(len(group) / 2)]
        assert [it for it in dev if it in group] == [it for it in items if it in want]
    assert len(dev) == 6 + 3 + 2 + 1 and len(test) == 21 - len(dev)
    assert not set(dev) & set(test) and set(dev) | set(test) == set(items)
    assert dev == sorted(dev, key=lambda it: it.line)  # file order kept


def test_split_does_not_depend_on_file_order():
    items = _kind_items({"a": 7, "b": 4})
    shuffled = items[:]
    random.Random(1).shuffle(shuffled)
    assert set(split_items(items)[0]) == set(split_items(shuffled)[0])
    assert len(split_items(items, dev_fraction=1.0)[0]) == len(items)
    with pytest.raises(ConfigError, match="dev_fraction"):
        split_items(items, dev_fraction=0)


def test_realworld_split_sizes():
    from tests.conftest import shared_path

    items, _ = read_questions(shared_path("bench", "realworld", "music", "questions.jsonl"))
    dev, test = split_items(items)
    assert len(dev) + len(test) == len(items) and len(dev) > len(test)
    dev_kinds = {dict(it.groups)["kind"] for it in dev}
    assert dev_kinds == {dict(it.groups)["kind"] for it in items}  # every kind on both sides
    assert {dict(it.groups)["kind"] for it in test} == dev_kinds


def test_cli_eval_split_and_new_keys(tmp_path):
    kb = tmp_path / "kb.tsv"
    kb.write_text("".join("\t".join(t) + "\n" for t in TRIPLES), encoding="utf-8")
    qa = tmp_path / "qa.jsonl"
    qs = [f"What does Aspirin treat? ({i})" for i in range(4)]
    lines = [{"question": q, "answers": ["Headache"], "kind": "k"} for q in qs]
    qa.write_text("".join(json.dumps(x) + "\n" for x in lines))
    base = [sys.executable, "-m", "kgchat.cli", "eval", str(kb), "--questions", str(qa)]
    base += ["--json", "--encoder", "hashing", "--index", str(tmp_path / "idx")]
    ns = []
    for split in ("dev", "test"):
        out = subprocess.run([*base, "--split", split], capture_output=True, text=True, check=True)
        last = json.loads(out.stdout.strip().splitlines()[-1])
        assert set(last) == set(METRIC_KEYS)
        ns.append(last["n"])
    assert ns == [2, 2]
