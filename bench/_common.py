"""What the benchmark scripts share: where the shared data lives, the generated QA of a graph
(made once, cached with a manifest), the held-out questions, and the commit measured.

The scripts import it as ``from _common import ...`` (their own folder is on ``sys.path`` when
run as ``python bench/<script>.py``).
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
WC2014 = SHARED / "wc2014"
REALWORLD = SHARED / "realworld"
OUT = ROOT / "bench" / "out"


def qa_data(kg: Any, where: Path, config: Any, name: str = "") -> Path:
    """The QA splits ``kgchat qa`` makes from ``kg`` with ``config`` (a ``QAConfig``), in
    ``where``: reused when its manifest records the same config and graph fingerprint, else
    generated (seeded, so the same graph and config give the same questions)."""
    from kgchat.qa import generate_qa, write_qa

    manifest = where / "manifest.json"
    if manifest.is_file():
        m = json.loads(manifest.read_text())
        if m.get("config") == json.loads(config.to_json()) and m.get(
            "graph_fingerprint"
        ) == getattr(kg, "fingerprint", None):
            print(f"[{name}] reusing QA data {where}")
            return where
    print(f"[{name}] generating QA pairs from the graph ...", flush=True)
    t0 = time.perf_counter()
    examples = generate_qa(kg, config, progress=True)
    write_qa(examples, where, overwrite=True, kg=kg, config=config)
    print(f"[{name}] {len(examples)} QA pairs in {time.perf_counter() - t0:.0f} s")
    return where


def answerable_items(path: Path, limit: int | None, seed: int) -> list[Any]:
    """The answerable questions of a QA file (non-empty ``answers``): a seeded sample of
    ``limit`` of them, in file order (all without a limit)."""
    from kgchat.evaluation import read_questions, sample

    items, _ = read_questions(path)
    return sample([it for it in items if it.answers], limit, seed)


def commit() -> str | None:
    """The repository's commit (``-dirty`` when its tracked files changed), if git is here."""
    cmd = ["git", "-C", str(ROOT), "describe", "--always", "--dirty"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout.strip() or None


@dataclass(frozen=True)
class Asked:
    """One development question retrieved (:func:`asked`): its graph, set and retriever, the
    question item, the retrieval, the rank of the first right candidate (None: none is right),
    the answer the evaluation takes (``kgchat.evaluation``'s default) and the right answers'
    keys."""

    graph: str
    set: str
    retriever: Any
    item: Any
    result: Any
    rank: int | None
    top: Any
    gold: frozenset[str]


def asked(
    graphs: list[str],
    hook: Callable[[Any], Any],
    reset: Callable[[Any], None],
    answerable_only: bool = False,
) -> Iterator[tuple[Asked, Any]]:
    """Each question of ``bench_outcomes.py``'s development sets of ``graphs`` (only those
    with answers where ``answerable_only``), retrieved by the graph's retriever after its
    warm-up questions, with what ``hook(retriever)`` returned for the graph (the readings a
    wrapped method keeps), ``reset`` on it before each question. The loop the diagnostics
    (``bench_abstentions.py``, ``bench_confidence_terms.py``) share."""
    import bench_outcomes as bo

    from kgchat.evaluation import _default_answers
    from kgchat.text import answer_key

    for g, s, r, items, warm in bo.graph_sets(graphs):
        seen = hook(r)
        for it in warm[: bo.bg.WARMUP]:
            r.retrieve(it.question)
        for it in items:
            if answerable_only and not it.answers:
                continue
            reset(seen)
            res = r.retrieve(it.question)
            gold = frozenset(answer_key(x) for x in it.answers)
            keys = [answer_key(c.label) for c in res.candidates]
            rank = next((i for i, k in enumerate(keys) if k in gold), None)
            yield Asked(g, s, r, it, res, rank, _default_answers(res)[0], gold), seen
