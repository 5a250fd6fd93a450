"""Every field of every retrieval of a tree, by ``repr``, to prove a speed-up exact.

A tree (the one on ``PYTHONPATH``) loads each real-world graph as ``bench_latency_pair.py``'s
worker does (the pipeline's retriever, settled, three warm-up questions), then retrieves its
development and own questions and the first ``--generated`` generated ones, in that order, and
writes per question the ``repr`` of each field of the :class:`~kgchat.retrieval.Retrieval`
(every float to its last bit; the timings left out, their keys kept). ``--diff OLD.json``
then prints how many retrievals differ from another tree's dump, and the fields that do.

Usage::

    cd bench && PYTHONPATH=/tmp/before ../.venv/bin/python bench_retrieval_dump.py \\
        out/before.json --graphs geopolitical,music,iswc2010
    cd bench && ../.venv/bin/python bench_retrieval_dump.py out/after.json \\
        --graphs geopolitical,music,iswc2010 --diff out/before.json
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def dump(graphs: list[str], generated: int) -> dict[str, dict[str, object]]:
    """``graph|question`` -> the repr of each field of its retrieval."""
    import bench_generalization as bg
    from bench_latency_pair import _questions

    from kgchat import KnowledgeGraph, pipeline

    out: dict[str, dict[str, object]] = {}
    for graph in graphs:
        ns = argparse.Namespace(
            graphs=[graph], split="dev", wc_limit=300, medicine_limit=None, seed=0
        )
        col = bg.columns(ns)[0]
        kg = KnowledgeGraph.load(*col["paths"], progress=False)
        r = pipeline.make_retriever(kg, progress=False)
        settle = pipeline.settle  # (a tree whose settle takes the retriever prepares it)
        settle(*[r][: len(inspect.signature(settle).parameters)])
        qs = _questions(graph)
        _, warm = bg.questions(col, kg, ns)
        for it in warm[: bg.WARMUP]:
            r.retrieve(it.question)
        for q in qs["dev"] + qs["own"] + [it.question for it in warm[:generated]]:
            res = r.retrieve(q)
            row: dict[str, object] = {k: repr(v) for k, v in vars(res).items() if k != "timings"}
            row["timing_keys"] = sorted(res.timings)
            out[f"{graph}|{q}"] = row
    return out


def differ(new: dict[str, dict[str, object]], old: dict[str, dict[str, object]]) -> list[str]:
    """The questions whose retrievals differ (a question in one dump only differs).

    >>> differ({"a": {"score": "0.5"}, "c": {}}, {"a": {"score": "0.50001"}, "b": {}, "c": {}})
    ['a', 'b']
    """
    return sorted(k for k in new.keys() | old.keys() if new.get(k) != old.get(k))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="the JSON file to write")
    ap.add_argument("--graphs", default="geopolitical,music,iswc2010")
    ap.add_argument("--generated", type=int, default=40, help="generated questions a graph")
    ap.add_argument("--diff", type=Path, help="another tree's dump to compare with")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    got = dump(args.graphs.split(","), args.generated)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(got))
    print(f"{len(got)} retrievals written to {args.out}")
    if args.diff is not None:
        old = json.loads(args.diff.read_text())
        bad = differ(got, old)
        print(f"{len(bad)} of {len(got.keys() | old.keys())} retrievals differ from {args.diff}")
        for k in bad[:5]:
            print(k)
            for field in sorted(set(got.get(k, {})) | set(old.get(k, {}))):
                a, b = old.get(k, {}).get(field), got.get(k, {}).get(field)
                if a != b:
                    print(f"  {field}: {str(a)[:200]}\n    -> {str(b)[:200]}")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
