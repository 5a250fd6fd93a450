"""Two settings of :class:`~kgchat.graph.EndpointConfig` side by side, in one process, on one
Oxigraph server: each question asked of both (alternating which goes first), cold (caches
emptied before each) or warm (after ``--warmup`` questions), with the wall and CPU time, the
requests and rows of each side by kind, and whether the two retrievals are the same (answers,
every candidate and score, mentions). The store is one ``bench_endpoint.py`` built and kept in
``--out`` (``oxigraph-<triples>[-names<k>]``); the questions are phrased as ``--scale`` phrases
them (from the first ``--sample-entities`` entities the store lists).

    .venv/bin/python bench/bench_endpoint_settings.py --store oxigraph-10000000-names10 \\
        --cold --n 20 --b sketches=true          # A: the defaults

The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import time
from pathlib import Path

from _common import OUT, commit
from _endpoint_scale import _kind
from _endpoint_store import Sampled, bench_config, serving, settings
from bench_graph_load import SEED
from bench_retrieval import graph_questions


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", default="oxigraph-1000000", help="a store folder in --out")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--a", default="", help="side A's settings, name=value,... (the defaults)")
    ap.add_argument("--b", default="sketches=true", help="side B's settings")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--cold", action="store_true")
    ap.add_argument("--sample-entities", type=int, default=20_000)
    args = ap.parse_args()
    from kgchat.graph import SparqlGraph
    from kgchat.retrieval import Retriever

    loads = [os.getloadavg()[0]]
    with serving(args.out / args.store) as url:
        side: dict[str, dict] = {}
        for name, text in (("a", args.a), ("b", args.b)):
            g = SparqlGraph(url, bench_config("lookup", **settings(text)))
            side[name] = {"g": g, "k": collections.Counter(), "t": [], "cpu": [], "res": []}
        sample = Sampled(side["a"]["g"], args.sample_entities)
        qs = [it.question for it in graph_questions(sample, args.n + args.warmup, SEED)]
        for s in side.values():
            s["r"] = Retriever(s["g"])
            for q in qs[args.n :]:
                s["r"].retrieve(q)
            s["k"] = _counter(s["g"])
        for i, q in enumerate(qs[: args.n]):
            for name in ("a", "b") if i % 2 == 0 else ("b", "a"):
                s, g = side[name], side[name]["g"]
                if args.cold:
                    g.clear()
                    s["r"] = Retriever(g)
                t0, c0 = time.perf_counter(), time.process_time()
                res = s["r"].retrieve(q)
                s["t"].append(1000 * (time.perf_counter() - t0))
                s["cpu"].append(1000 * (time.process_time() - c0))
                g.settle()  # (requests sent ahead finish before the other side's turn)
                s["res"].append(
                    (
                        res.answer,
                        res.abstained,
                        round(res.confidence, 6),
                        [(c.node, round(c.score, 6)) for c in res.candidates],
                        [(m.node, m.score) for m in res.mentions],
                    )
                )
            loads.append(os.getloadavg()[0])
        a, b = side["a"], side["b"]
        out = {
            "store": args.store,
            "a_settings": args.a or "(defaults)",
            "b_settings": args.b or "(defaults)",
            "cold": args.cold,
            "n": args.n,
            "commit": commit(),
            "load_min_median_max": [min(loads), statistics.median(loads), max(loads)],
            "same_answers": sum(x[:2] == y[:2] for x, y in zip(a["res"], b["res"], strict=True)),
            "same_retrievals": sum(x == y for x, y in zip(a["res"], b["res"], strict=True)),
            "paired_median_b_over_a": statistics.median(
                y / x for x, y in zip(a["t"], b["t"], strict=True)
            ),
        }
        for name, s in side.items():
            t = sorted(s["t"])
            out[name] = {
                "p50_ms": round(statistics.median(t), 1),
                "p95_ms": round(t[int(0.95 * (len(t) - 1))], 1),
                "mean_ms": round(statistics.mean(t), 1),
                "cpu_mean_ms": round(statistics.mean(s["cpu"]), 1),
                "per_question": {k: round(v / args.n, 1) for k, v in sorted(s["k"].items())},
            }
            s["g"].close()
        print(json.dumps(out))
    return 0


def _counter(graph) -> collections.Counter:
    """Count the graph's requests and rows by kind from here on."""
    kinds: collections.Counter = collections.Counter()
    select = graph.client.select

    def counted(query: str):
        rows = select(query)
        kind = _kind(query)
        kinds["requests"] += 1
        kinds["rows"] += len(rows)
        kinds[f"requests:{kind}"] += 1
        kinds[f"rows:{kind}"] += len(rows)
        return rows

    graph.client.select = counted
    return kinds


if __name__ == "__main__":
    raise SystemExit(main())
