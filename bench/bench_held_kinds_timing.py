"""Retrieval CPU with the records' holders kept (``RecordHolders.held_kinds``) and read afresh.

One retriever per graph answers its own questions once untimed (every other cache warm), then
four rounds of all of them with ``held_kinds`` kept and with it read afresh on every call
(the method swapped on the one retriever), alternating which goes first, the kept holders
emptied before each pass: both ways see the same caches and the same machine load. Printed
per graph: CPU seconds per pass, their medians and ratio, and how many reads a pass made.

Usage::

    cd bench && ../.venv/bin/python bench_held_kinds_timing.py theatre procurement citations
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any


def main(graphs: list[str]) -> None:
    """Print the two ways' CPU per pass for each of ``graphs`` (own-question graphs)."""
    import bench_generalization as bg

    from kgchat import KnowledgeGraph
    from kgchat.evaluation import read_questions
    from kgchat.pipeline import make_retriever

    for g in graphs:
        col, _ = bg.one_graph(g)
        r = make_retriever(KnowledgeGraph.load(*col["paths"]))
        r.prepare()
        own, _ = read_questions(bg.OWN / f"{g}.jsonl")
        qs = [it.question for it in own]
        for q in qs:
            r.retrieve(q)
        kept, fresh = type(r).held_kinds, type(r)._read_held_kinds
        reads = [0]

        def afresh(self: Any, node: str, fresh: Any = fresh, reads: list[int] = reads) -> Any:
            reads[0] += 1
            return fresh(self, node)

        spent: dict[str, list[float]] = {"kept": [], "afresh": []}
        for rnd in range(4):
            for way in ("kept", "afresh") if rnd % 2 == 0 else ("afresh", "kept"):
                r._held_cache.clear()
                r.held_kinds = (kept if way == "kept" else afresh).__get__(r)
                reads[0] = 0
                t = time.process_time()
                for q in qs:
                    r.retrieve(q)
                spent[way].append(time.process_time() - t)
                if way == "afresh":
                    per_pass = reads[0]
        del r.held_kinds
        a, b = statistics.median(spent["afresh"]), statistics.median(spent["kept"])
        print(
            f"{g}: {len(qs)} questions, CPU s per pass afresh "
            f"{[round(x, 2) for x in spent['afresh']]} -> kept "
            f"{[round(x, 2) for x in spent['kept']]}"
            f"; median {a:.2f} -> {b:.2f} (ratio {b / a:.3f}); {per_pass} reads a pass afresh, "
            f"{len(r._held_cache)} records kept",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1:] or ["theatre", "procurement", "citations"])
