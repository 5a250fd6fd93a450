"""Where a cold endpoint question's entity in-edges come from, on one Oxigraph store: the
entities whose edges or sketches were stored, split by what the retriever did with them: walked
from (their edges read by the walk), read only for what they are (``type_edges``: their kinds),
or never read; per kind their out- and in-edges, how many had 100 in-edges or more and the
in-edges of those, and the hubs capped. Run it on two stores to see what grows with the store
(docs/large-graphs-measurements.md, the twentieth round).

    .venv/bin/python bench/bench_endpoint_split.py --store oxigraph-1000000 --n 12
    .venv/bin/python bench/bench_endpoint_split.py --store oxigraph-10000000-names10 --n 12 \\
        --set probe_rows=16

One line: the means a question, the load average at the end.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
from pathlib import Path

from _common import OUT
from _endpoint_store import Sampled, bench_config, serving, settings
from bench_graph_load import SEED
from bench_retrieval import graph_questions


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", default="oxigraph-1000000", help="a store folder in --out")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--n", type=int, default=12)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--set", default="", help="EndpointConfig settings, name=value,...")
    args = ap.parse_args()
    from kgchat.graph import SparqlGraph
    from kgchat.retrieval import Retriever, reading

    walked: set[str] = set()
    kinds: set[str] = set()
    depth = [0]
    edges, type_edges = reading.GraphReading.edges, reading.GraphReading.type_edges

    def walk_edges(self, node):  # the walk's (and the answers'), not type_edges' own
        if not depth[0]:
            walked.add(node)
        return edges(self, node)

    def kind_edges(self, node):
        kinds.add(node)
        depth[0] += 1
        try:
            return type_edges(self, node)
        finally:
            depth[0] -= 1

    reading.GraphReading.edges = walk_edges  # type: ignore[method-assign]
    reading.GraphReading.type_edges = kind_edges  # type: ignore[method-assign]
    config = bench_config("lookup", **settings(args.set))
    with serving(args.out / args.store) as url:
        g = SparqlGraph(url, config)
        sample = Sampled(g, 20_000)
        qs = [it.question for it in graph_questions(sample, args.n + args.warmup, SEED)]
        stored: dict[str, tuple[int, int]] = {}
        store = g._store

        def counted(batch, found, partial=()):
            for x in batch:
                out, inn = found.get(x, ([], []))
                stored[x] = (len(out), len(inn))
            return store(batch, found, partial)

        g._store = counted  # type: ignore[method-assign]
        r = Retriever(g)
        for q in qs[args.n :]:
            r.retrieve(q)
        agg: collections.Counter = collections.Counter()
        for q in qs[: args.n]:
            g.clear()
            stored.clear(), walked.clear(), kinds.clear()
            Retriever(g).retrieve(q)
            g.settle()
            for x, (out, inn) in stored.items():
                if x.startswith('"'):
                    continue
                k = "walked" if x in walked else "kinds" if x in kinds else "unread"
                agg[f"{k}:nodes"] += 1
                agg[f"{k}:out"] += out
                agg[f"{k}:in"] += inn
                agg[f"{k}:in>=100"] += inn >= 100
                agg[f"{k}:in_of>=100"] += inn if inn >= 100 else 0
                agg[f"{k}:capped"] += inn >= g.settings.max_fanout
        means = {k: round(v / args.n, 1) for k, v in sorted(agg.items())}
        print(args.store, json.dumps(means), "load", round(os.getloadavg()[0], 1))
        g.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
