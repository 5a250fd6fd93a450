"""What the tie-break's encoder pass costs a question: retrieval CPU with and without its words
embedded beforehand.

The tie-break among answers tied by one relation path (``CandidateRanking._ties_by_own_facts``)
embeds the first words of the tied answers' own facts' values, words of the graph that are
new to a process the first time a question ties those answers. This measures what a table of
them made before the questions (per graph, as the entity index is) would save: one process
answers the development questions and records the words the tie-break embedded; then, in
turn, fresh processes answer them plainly (``plain``) and with those words embedded before the
warm-up (``pre``). Printed: each run's CPU (``time.process_time``) p50 / p95 / mean a question,
and the load average. A what-if, not a mode of kgchat: the words would be the whole graph's
(``_fact_words`` of every entity), embedded once per graph.

Usage::

    cd bench && ../.venv/bin/python bench_tie_words.py --graph geopolitical --runs 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent


def worker(graph: str, mode: str, words_file: str) -> None:
    """Answer the development questions of ``graph`` (``record``, ``plain`` or ``pre``)."""
    import bench_generalization as bg

    from kgchat import KnowledgeGraph, pipeline

    col, ns = bg.one_graph(graph)
    kg = KnowledgeGraph.load(*col["paths"], progress=False)
    r = pipeline.make_retriever(kg, progress=False)
    pipeline.settle()
    items, warm = bg.questions(col, kg, ns)
    sim = r.judge.scorer.similarity
    seen: list[str] = []
    if mode == "record":
        plain = sim.prefetch

        def recorded(texts: list[str]) -> None:
            if any(f.name == "_ties_by_own_facts" for f in traceback.extract_stack(limit=4)):
                seen.extend(texts)
            plain(texts)

        sim.prefetch = recorded  # type: ignore[method-assign]
    elif mode == "pre":
        sim.prefetch(json.loads(Path(words_file).read_text()))
    for it in warm[: bg.WARMUP]:
        r.retrieve(it.question)
    took = []
    for it in items:
        c0 = time.process_time()
        r.retrieve(it.question)
        took.append((time.process_time() - c0) * 1000)
    if mode == "record":
        Path(words_file).write_text(json.dumps(list(dict.fromkeys(seen))))
    p = np.percentile
    print(
        f"{graph} {mode}: CPU p50 / p95 / mean {p(took, 50):.0f} / {p(took, 95):.0f} / "
        f"{np.mean(took):.0f} ms a question ({len(items)} questions)",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graph", default="geopolitical", help="a graph of the real-world set")
    ap.add_argument("--runs", type=int, default=2, help="pairs of plain and pre runs")
    ap.add_argument("--worker", choices=["record", "plain", "pre"], help=argparse.SUPPRESS)
    ap.add_argument("--words", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker(args.graph, args.worker, args.words)
        return 0
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        words = str(Path(tmp) / "words.json")
        for mode in ["record"] + ["plain", "pre"] * args.runs:
            cmd = [sys.executable, __file__, "--graph", args.graph, "--worker", mode]
            subprocess.run([*cmd, "--words", words], check=True)
        print(f"{len(json.loads(Path(words).read_text()))} words embedded by the tie-break")
    print(f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
