"""How many forward passes of the sentence encoder a question spends, and for what.

A forward pass of the bundled all-MiniLM-L6-v2 over a few short texts costs about the same
whatever their length (BLAS reads every weight for a dozen rows), so the count of passes, not
their size, is what a question's encoder time follows. One process loads a real-world graph
with the pipeline's default retriever, settles and warms up as ``bench_generalization.py``
does, then answers the development questions; the encoder's ``encode`` is wrapped to count
each call by its caller: the walk's scorer (``components``), the confidence
(``confidence.py``), anything else. Printed per graph: how many questions spent 0, 1, 2...
passes of each kind, the texts and CPU of each kind in all, and the load average.

Usage::

    cd bench && ../.venv/bin/python bench_encoder_passes.py --graphs geopolitical,music
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections import Counter
from typing import Any


def _kind(stack: list[traceback.FrameSummary]) -> str:
    names = [f"{f.filename}:{f.name}" for f in stack]
    if any(n.endswith("confidence.py:confidence") or "_confidence" in n for n in names):
        return "confidence"
    if any(n.endswith(":components") for n in names):
        return "walk"
    return "other"


def count(graph: str) -> None:
    """Print the passes of ``graph``'s development questions (see the module docstring)."""
    import bench_generalization as bg

    from kgchat import KnowledgeGraph, pipeline

    col, ns = bg.one_graph(graph)
    kg = KnowledgeGraph.load(*col["paths"], progress=False)
    r = pipeline.make_retriever(kg, progress=False)
    pipeline.settle()
    items, warm = bg.questions(col, kg, ns)
    for it in warm[: bg.WARMUP]:
        r.retrieve(it.question)
    encoder = r.index.encoder
    plain = encoder.encode
    calls: list[tuple[str, int, float]] = []

    def counted(texts: Any, *args: Any, **kwargs: Any) -> Any:
        c0 = time.process_time()
        out = plain(texts, *args, **kwargs)
        kind = _kind(traceback.extract_stack(limit=12))
        calls.append((kind, len(texts), time.process_time() - c0))
        return out

    encoder.encode = counted
    per: dict[str, Counter[int]] = {k: Counter() for k in ("walk", "confidence", "other")}
    texts: Counter[str] = Counter()
    cpu: Counter[str] = Counter()
    for it in items:
        calls.clear()
        r.retrieve(it.question)
        for kind in per:
            per[kind][sum(c[0] == kind for c in calls)] += 1
        for kind, n, seconds in calls:
            texts[kind] += n
            cpu[kind] += seconds
    encoder.encode = plain
    for kind, spent in per.items():
        passes = sum(k * v for k, v in spent.items())
        print(
            f"{graph} {kind}: {passes} passes over {len(items)} questions "
            f"(questions by passes {dict(sorted(spent.items()))}), {texts[kind]} texts, "
            f"{cpu[kind] * 1000:.0f} ms CPU",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graphs", default="geopolitical,music,iswc2010")
    args = ap.parse_args(argv)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    load = os.getloadavg()[0]
    for graph in args.graphs.split(","):
        count(graph)
    print(f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
