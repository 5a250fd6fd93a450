"""The evaluation harness: Hits@1, F1, answer recall, linking accuracy and latency on QA sets.

A QA file is JSON Lines, one ``{"question": ..., "answers": [...]}`` object a line; extra keys are
kept for the breakdown (``hops``, ``kind``) or gold linking (``entities`` or ``topic``) and
otherwise ignored. A bad line is reported with its number and skipped, never fatal.

Metrics (names are a contract: ``kgchat eval --json`` prints exactly these keys on its last line):

- ``hits_at_1``: the top answer, normalised (case, spaces, underscores), is one of ``answers``;
- ``f1``: mean F1 of the predicted answer set (the top candidates tied at the best score) against
  ``answers``;
- ``answer_recall``: share of questions with a correct answer anywhere in the retrieved facts;
- ``linking_accuracy``: share of questions whose gold entities were all linked (None when no
  line gives gold entities);
- ``hits_at_1_answerable``: ``hits_at_1`` over the answerable lines only (non-empty ``answers``);
- ``abstained_unanswerable``: share of the lines with no answers on which the system abstained;
- ``abstained_answerable``: share of the answerable lines on which it wrongly abstained;
- ``n``; ``p50_ms`` and ``p95_ms``: latency per question.

A line with ``"answers": []`` is unanswerable: ``hits_at_1`` and ``f1`` count it 0 (their meaning
predates abstention), so read ``hits_at_1_answerable`` beside ``abstained_unanswerable``. A share
whose lines are absent is None. The system abstains when the retrieval result says so (its
``abstained`` attribute; a result without one abstains when it has no candidate) or, in chat
mode, when :attr:`kgchat.chat.Answer.abstained` is true; an abstention is never a hit.

:func:`split_items` splits a QA set into development and test halves, the same on every machine.

Examples
--------
>>> import json, tempfile
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache"),
...                                   ("Warfarin", "treats", "Thrombosis")])
>>> path = tempfile.mktemp(suffix=".jsonl")
>>> with open(path, "w") as f:
...     _ = f.write(json.dumps({"question": "What does Aspirin treat?", "answers": ["headache"],
...                             "topic": "Aspirin"}) + "\\n")
...     _ = f.write("not json\\n")
>>> items, problems = read_questions(path)
>>> len(items), problems[0].startswith(path + ":2:")
(1, True)
>>> report = evaluate_retrieval(Retriever(kg), items, progress=False)
>>> report.metrics["hits_at_1"], report.metrics["linking_accuracy"]
(1.0, 1.0)
>>> report.metrics["abstained_answerable"], report.metrics["abstained_unanswerable"]
(0.0, None)
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.qa_items import QAItem, read_questions, sample, split_items
from kgchat.text import answer_key

__all__ = [
    "CHAT_KEYS",
    "EvalReport",
    "QAItem",
    "answer_in_text",
    "evaluate_chat",
    "evaluate_retrieval",
    "f1_score",
    "read_questions",
    "sample",
    "split_items",
]

METRIC_KEYS: tuple[str, ...] = (
    "hits_at_1",
    "f1",
    "answer_recall",
    "linking_accuracy",
    "hits_at_1_answerable",
    "abstained_unanswerable",
    "abstained_answerable",
    "n",
    "p50_ms",
    "p95_ms",
)


def f1_score(predicted: Iterable[str], gold: Iterable[str]) -> float:
    """F1 of two answer sets after normalisation.

    >>> f1_score(["Mexico"], ["mexico", "USA"])
    0.6666666666666666
    """
    p = {answer_key(x) for x in predicted}
    g = {answer_key(x) for x in gold}
    tp = len(p & g)
    if not tp:
        return 0.0
    precision, recall = tp / len(p), tp / len(g)
    return 2 * precision * recall / (precision + recall)


@dataclass
class EvalReport:
    """Metrics overall and per group, and the first failures for reading."""

    metrics: dict[str, Any]
    breakdown: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def to_markdown(self, title: str = "kgchat evaluation") -> str:
        """The report as Markdown."""
        out = [f"# {title}", "", "| metric | value |", "|---|---|"]
        out += [f"| {k} | {_fmt(v)} |" for k, v in self.metrics.items()]
        for key, groups in self.breakdown.items():
            out += ["", f"## By {key}", "", f"| {key} | " + " | ".join(_GROUP_COLUMNS) + " |"]
            out.append("|---" * (len(_GROUP_COLUMNS) + 1) + "|")
            for g, m in sorted(groups.items()):
                out.append(f"| {g} | " + " | ".join(_fmt(m[c]) for c in _GROUP_COLUMNS) + " |")
        if self.failures:
            out += ["", "## First failures", ""]
            out += [
                f"- {f['question']} — got {f['got']!r}, expected {f['expected']}"
                for f in self.failures
            ]
        if self.problems:
            out += ["", "## Skipped lines", ""] + [f"- {p}" for p in self.problems]
        return "\n".join(out) + "\n"


_GROUP_COLUMNS = (
    "n",
    "hits_at_1",
    "f1",
    "answer_recall",
    "hits_at_1_answerable",
    "abstained_unanswerable",
    "abstained_answerable",
)


def _fmt(v: Any) -> str:
    return f"{v:.4f}" if isinstance(v, float) else "-" if v is None else str(v)


def _share(values: list[Any]) -> float | None:
    """Mean of booleans, rounded; None for no values (a share of nothing is undefined)."""
    return round(float(np.mean(values)), 4) if values else None


def _aggregate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    lat = np.array([r["seconds"] for r in rows]) * 1000 if rows else np.zeros(1)
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    return {
        "hits_at_1": _share([r["hit"] for r in rows]) or 0.0,
        "f1": _share([r["f1"] for r in rows]) or 0.0,
        "answer_recall": _share([r["recall"] for r in rows]) or 0.0,
        "linking_accuracy": _share([r["linked"] for r in rows if r["linked"] is not None]),
        "hits_at_1_answerable": _share([r["hit"] for r in answerable]),
        "abstained_unanswerable": _share([r["abstained"] for r in unanswerable]),
        "abstained_answerable": _share([r["abstained"] for r in answerable]),
        "n": n,
        "p50_ms": round(float(np.percentile(lat, 50)), 2),
        "p95_ms": round(float(np.percentile(lat, 95)), 2),
    }


def evaluate_retrieval(
    retriever: Any,
    items: Sequence[QAItem],
    *,
    progress: bool | None = None,
    answer_fn: Callable[[Any], tuple[str | None, list[str]]] | None = None,
    max_failures: int = 20,
) -> EvalReport:
    """Run the retriever on every item and compute the metrics (see the module docstring).

    ``answer_fn`` maps a retrieval result to (top answer, predicted answer set); by default the top
    candidate, and every candidate tied with it. A result abstains when its ``abstained``
    attribute is true (without one: when it has no candidate); it then answers nothing.

    Examples
    --------
    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.retrieval import Retriever
    >>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Pain")])
    >>> items = [QAItem(1, "What does Aspirin treat?", ("Pain",))]
    >>> report = evaluate_retrieval(Retriever(kg), items, progress=False)
    >>> report.metrics["hits_at_1"], report.metrics["n"]
    (1.0, 1)
    """
    from tqdm.auto import tqdm

    rows: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    for item in tqdm(
        items, desc="evaluating", unit="q", disable=progress is False, mininterval=1.0
    ):
        t0 = time.perf_counter()
        res = retriever.retrieve(item.question)
        seconds = time.perf_counter() - t0
        abstained = bool(getattr(res, "abstained", not res.candidates))
        top, predicted = (None, []) if abstained else (answer_fn or _default_answers)(res)
        hit = top is not None and answer_key(top) in {answer_key(a) for a in item.answers}
        facts = [sf.fact for sf in res.facts]
        rows.append(_row(item, hit, abstained, predicted, facts, res.mentions, seconds))
        if _failed(rows[-1]) and len(failures) < max_failures:
            failures.append(_failure(item, top))
    return _report(rows, failures)


def _row(
    item: QAItem,
    hit: bool,
    abstained: bool,
    predicted: list[str],
    facts: Sequence[Any],
    mentions: Sequence[Any],
    seconds: float,
) -> dict[str, Any]:
    """One question's outcome: hit (never when it abstained), abstention, F1, whether a gold
    answer is in the facts, linking."""
    gold = {answer_key(a) for a in item.answers}
    in_facts = {answer_key(f.subject_label) for f in facts}
    in_facts |= {answer_key(f.object_label) for f in facts}
    linked = None
    if item.entities:
        got = {m.node for m in mentions}
        linked = all(e in got for e in item.entities)
    return {
        "hit": hit and not abstained,
        "abstained": abstained,
        "answerable": bool(item.answers),
        "f1": 0.0 if abstained else f1_score(predicted, item.answers),
        "recall": bool(in_facts & gold),
        "linked": linked,
        "seconds": seconds,
        "groups": item.groups,
    }


def _failed(row: dict[str, Any]) -> bool:
    """A miss on an answerable line, or an answer to an unanswerable one."""
    return not row["hit"] if row["answerable"] else not row["abstained"]


def _failure(item: QAItem, got: str | None) -> dict[str, Any]:
    return {
        "line": item.line,
        "question": item.question,
        "got": got,
        "expected": list(item.answers[:5]),
    }


def _report(rows: list[dict[str, Any]], failures: list[dict[str, Any]]) -> EvalReport:
    """Metrics overall and by every group key (``hops``, ``kind``) present."""
    breakdown: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    keys = {k for r in rows for k, _ in r["groups"]}
    for key in sorted(keys):
        by: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            value = dict(r["groups"]).get(key)
            if value is not None:
                by[value].append(r)
        breakdown[key] = {v: _aggregate(rs) for v, rs in by.items()}
    return EvalReport(_aggregate(rows), dict(breakdown), failures)


def _default_answers(res: Any) -> tuple[str | None, list[str]]:
    cands = res.candidates
    if not cands:
        return None, []
    top = cands[0].score
    return cands[0].label, [c.label for c in cands if c.score >= top - 1e-6]


# Chat-mode evaluation, in its own module (it reuses this one's rows and report), re-exported
# on first use: a module-level import here failed with a circular ImportError wherever
# kgchat.evaluation_chat was imported before this module.
_CHAT_NAMES = ("CHAT_KEYS", "answer_in_text", "evaluate_chat")

if TYPE_CHECKING:
    from kgchat.evaluation_chat import CHAT_KEYS, answer_in_text, evaluate_chat
else:

    def __getattr__(name: str) -> Any:
        if name in _CHAT_NAMES:
            from kgchat import evaluation_chat

            return getattr(evaluation_chat, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
