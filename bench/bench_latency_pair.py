"""Retrieval latency of two trees side by side: two warm processes answering each question in turn.

On a machine shared with other jobs, two runs one after the other compare loads, not code.
Here a worker process per tree (``--before`` and ``--after``: repository roots, the second
this one by default) loads a real-world graph with the pipeline's default retriever, settles
as ``kgchat eval`` does where its tree has :func:`kgchat.pipeline.settle` (handing it the
retriever where it takes one: what the retriever builds on first use is built there), warms
up on three questions, then both answer each development and own question in turn (which
goes first alternates). Printed per set: wall and CPU (``time.process_time``) p50 / p95, the paired
median ratio after / before of each, CPU in all, how many top answers agree, each worker's
full garbage collections (count and time, from ``gc.callbacks``) and the load average.

Usage::

    cd bench && ../.venv/bin/python bench_latency_pair.py --before /tmp/old-tree \\
        --graph geopolitical
"""

from __future__ import annotations

import argparse
import gc
import inspect
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent


def worker(graph: str) -> None:
    """Answer the questions read from stdin, one JSON line each; print what each cost."""
    import bench_generalization as bg

    from kgchat import KnowledgeGraph, pipeline

    full = [0, 0.0]  # full collections: count, seconds (CPU)
    began = [0.0]

    def watch(phase: str, info: dict[str, Any]) -> None:
        if info["generation"] == 2:
            if phase == "start":
                began[0] = time.process_time()
            else:
                full[0] += 1
                full[1] += time.process_time() - began[0]

    ns = argparse.Namespace(graphs=[graph], split="dev", wc_limit=300, medicine_limit=None, seed=0)
    col = bg.columns(ns)[0]
    kg = KnowledgeGraph.load(*col["paths"], progress=False)
    r = pipeline.make_retriever(kg, progress=False)
    settle = getattr(pipeline, "settle", None)
    if settle is not None:  # a tree whose settle() takes the retriever prepares it too
        settle(*[r][: len(inspect.signature(settle).parameters)])
    _, warm = bg.questions(col, kg, ns)
    for it in warm[: bg.WARMUP]:
        r.retrieve(it.question)
    gc.callbacks.append(watch)
    print("ready", flush=True)
    for line in sys.stdin:
        q = json.loads(line)
        if q is None:
            print(json.dumps(full), flush=True)
            continue
        t0, c0 = time.perf_counter(), time.process_time()
        res = r.retrieve(q)
        took = [time.perf_counter() - t0, time.process_time() - c0]
        print(json.dumps([*took, res.candidates[0].node if res.candidates else None]), flush=True)


def _start(tree: Path, graph: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [sys.executable, str(HERE / "bench_latency_pair.py"), "--worker", "--graph", graph]
    p = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert p.stdout is not None and p.stdout.readline().strip() == "ready", f"{tree}: no worker"
    return p


def _ask(p: subprocess.Popen[str], q: str | None) -> Any:
    assert p.stdin is not None and p.stdout is not None
    p.stdin.write(json.dumps(q) + "\n")
    p.stdin.flush()
    return json.loads(p.stdout.readline())


def _questions(graph: str) -> dict[str, list[str]]:
    import bench_generalization as bg

    from kgchat.evaluation import read_questions, split_items

    items, _ = read_questions(bg.REALWORLD / graph / "questions.jsonl")
    own, _ = read_questions(bg.OWN / f"{graph}.jsonl")
    return {"dev": [it.question for it in split_items(items)[0]], "own": [i.question for i in own]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", type=Path, help="the other tree's repository root")
    ap.add_argument("--after", type=Path, default=HERE.parent, help="default: this tree")
    ap.add_argument("--graph", default="geopolitical", help="a graph of the real-world set")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker(args.graph)
        return 0
    if args.before is None:
        ap.error("--before is required")
    load = os.getloadavg()[0]
    pair = [_start(args.before, args.graph), _start(args.after, args.graph)]
    for name, qs in _questions(args.graph).items():
        got: list[list[Any]] = [[], []]
        for i, q in enumerate(qs):
            for k in (0, 1) if i % 2 == 0 else (1, 0):
                got[k].append(_ask(pair[k], q))
        (wa, ca), (wb, cb) = (np.array([x[:2] for x in g], float).T * 1000 for g in got)
        same = sum(x[2] == y[2] for x, y in zip(*got, strict=True))
        p = np.percentile
        print(
            f"{args.graph} {name} ({len(qs)} questions, {same} same top answers): "
            f"wall p50/p95 {p(wa, 50):.0f}/{p(wa, 95):.0f} -> {p(wb, 50):.0f}/{p(wb, 95):.0f} ms, "
            f"CPU {p(ca, 50):.0f}/{p(ca, 95):.0f} -> {p(cb, 50):.0f}/{p(cb, 95):.0f} ms; paired "
            f"median ratio wall {np.median(wb / wa):.2f}, CPU {np.median(cb / ca):.2f}; "
            f"CPU in all {cb.sum() / ca.sum():.2f}",
            flush=True,
        )
    full = [_ask(p, None) for p in pair]
    print(
        "full collections (count, CPU ms): "
        + " -> ".join(f"{n}, {s * 1000:.0f}" for n, s in full)
        + f"; load average {load:.1f} -> {os.getloadavg()[0]:.1f}"
    )
    for p in pair:
        assert p.stdin is not None
        p.stdin.close()
        p.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
