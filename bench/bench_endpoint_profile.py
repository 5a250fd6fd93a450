"""Where a cold endpoint question's work goes, on one Oxigraph store: per question the wall
time, kgchat's CPU and the store's (the server process's CPU time), the requests, rows and
milliseconds by kind of request, the in-edges the store read for them (a packed or summed-up
row counts its ``?many``), and the nodes whose edges or sketches were stored, entities and
values apart, with their out- and in-edges. Run it on two stores to see what grows with the
store (the README's "Large graphs": what a fair 10M question costs against a 1M one).

    .venv/bin/python bench/bench_endpoint_profile.py --store oxigraph-1000000 --n 16
    .venv/bin/python bench/bench_endpoint_profile.py --store oxigraph-10000000-names10 --n 16

A JSON line a question, then ``SUMMARY`` and the means.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import time
from pathlib import Path

from _common import OUT
from _endpoint_scale import _kind
from _endpoint_store import Sampled, bench_config, serving, settings
from bench_graph_load import SEED
from bench_retrieval import graph_questions


def _children_cpu() -> float:
    """Seconds of CPU of this process's child processes (the store), running or not."""
    total, tick = 0.0, os.sysconf("SC_CLK_TCK")
    for task in os.listdir(f"/proc/{os.getpid()}/task"):
        for child in Path(f"/proc/{os.getpid()}/task/{task}/children").read_text().split():
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _in_rows(row: dict) -> int:
    """In-edges a result row stands for (``?many`` of a packed or summed-up row, else one)."""
    if "many" in row:
        return int(row["many"]["value"])
    return int("m" in row or any(k[:1] in "sa" and k[1:].isdigit() for k in row))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", default="oxigraph-1000000", help="a store folder in --out")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--n", type=int, default=16)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--sample-entities", type=int, default=20_000)
    ap.add_argument("--set", default="", help="EndpointConfig settings, name=value,...")
    args = ap.parse_args()
    from kgchat.graph import SparqlGraph
    from kgchat.retrieval import Retriever

    config = bench_config("lookup", **settings(args.set))
    with serving(args.out / args.store) as url:
        g = SparqlGraph(url, config)
        sample = Sampled(g, args.sample_entities)
        qs = [it.question for it in graph_questions(sample, args.n + args.warmup, SEED)]
        counts: collections.Counter = collections.Counter()
        select, store = g.client.select, g._store

        def counted(query: str) -> list:
            t0 = time.perf_counter()
            rows = select(query)
            kind = _kind(query)
            counts[f"requests:{kind}"] += 1
            counts[f"rows:{kind}"] += len(rows)
            counts[f"ms:{kind}"] += 1000 * (time.perf_counter() - t0)
            counts[f"in_edges_read:{kind}"] += sum(map(_in_rows, rows))
            return rows

        def stored(batch, found, partial=()):
            for n in batch:
                out, inn = found.get(n, ([], []))
                kind = "value" if n.startswith('"') else "entity"
                counts[f"nodes:{kind}"] += 1
                counts[f"out:{kind}"] += len(out)
                counts[f"in:{kind}"] += len(inn)
            return store(batch, found, partial)

        g.client.select = counted
        g._store = stored
        r = Retriever(g)
        for q in qs[args.n :]:
            r.retrieve(q)
        per = []
        for q in qs[: args.n]:
            g.clear()
            r = Retriever(g)
            counts.clear()
            s0, c0, t0 = _children_cpu(), time.process_time(), time.perf_counter()
            found = r.retrieve(q)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            g.settle()
            one = dict(counts)
            one |= {
                "wall_ms": 1000 * wall,
                "cpu_ms": 1000 * cpu,
                "store_cpu_ms": 1000 * (_children_cpu() - s0),
                "walks": len({m.node for m in found.mentions}),
            }
            per.append(one)
            print(json.dumps({k: round(v, 1) for k, v in one.items()}), flush=True)
        keys = sorted({k for d in per for k in d})
        summary = {k: round(statistics.mean(d.get(k, 0) for d in per), 1) for k in keys}
        summary |= {"wall_p50_ms": round(statistics.median(d["wall_ms"] for d in per), 1)}
        summary |= {"load": os.getloadavg()[0]}
        print("SUMMARY", args.store, json.dumps(summary))
        g.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
