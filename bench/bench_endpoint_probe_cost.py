"""What a batch of nodes' in-edges costs an Oxigraph store, by the nodes' in-degree: read open
(one join, rows), capped (a ``LIMIT 21`` subquery a node), probed (one ``FILTER EXISTS`` a node
and fact predicate, :mod:`kgchat.graph.endpoint_probe`), and kgchat's own probe request (all
fact predicates, or only those that can point at an entity: ``Schema.objects``) and edge
request of the same nodes. Nodes are objects of the generated graphs' entity relations,
grouped by in-degree, 50 a group (fewer where there are not as many); each query's median of
``--reps`` runs after one untimed (docs/large-graphs-measurements.md, the twenty-first round).

    .venv/bin/python bench/bench_endpoint_probe_cost.py --store oxigraph-1000000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from pathlib import Path

from _common import OUT
from _endpoint_store import bench_config, serving

EX = "http://example.org/ontology#"
RELATIONS = ("bornIn", "headquarteredIn", "publishedBy", "worksFor", "locatedIn", "foundedBy")
GROUPS = {"6-20": (6, 20), "21-100": (21, 100), "101-300": (101, 300), "301+": (301, 10**9)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", default="oxigraph-1000000", help="a store folder in --out")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--reps", type=int, default=7)
    args = ap.parse_args()
    from kgchat.graph import SparqlGraph
    from kgchat.graph.endpoint_open import OpenBatch, _capped_in, open_batch_query
    from kgchat.graph.endpoint_probe import probe_predicates, probe_query
    from kgchat.graph.endpoint_queries import key, term

    with serving(args.out / args.store) as url:
        g = SparqlGraph(url, bench_config("lookup"))
        sch, fam = g.schema, g.schema.families
        preds = probe_predicates(sch, ['"'], 64) or []
        degree: dict[str, int] = {}
        for rel in (*RELATIONS, "author", "cites", "knows"):
            q = f"SELECT ?c (COUNT(?s) AS ?n) WHERE {{ ?s <{EX}{rel}> ?c }} GROUP BY ?c"
            for r in g.client.select(q):
                degree[key(r["c"])] = degree.get(key(r["c"]), 0) + int(r["n"]["value"])
        nodes = sorted(degree)
        random.Random(2).shuffle(nodes)

        def cost(query: str) -> float:
            g.client.select(query)
            times = []
            for _ in range(args.reps):
                t0 = time.perf_counter()
                g.client.select(query)
                times.append(time.perf_counter() - t0)
            return round(1000 * statistics.median(times), 1)

        for name, (lo, hi) in GROUPS.items():
            batch = [n for n in nodes if lo <= degree[n] <= hi][:50]
            listed = " ".join(map(term, batch))
            pairs = " ".join(f"({i} {term(n)})" for i, n in enumerate(batch))
            heads = "".join(f"?s{i} " for i in range(len(batch)))
            queries = {
                "open": f"SELECT ?m ?p ?s WHERE {{ VALUES ?m {{ {listed} }} ?s ?p ?m . "
                "FILTER(!isBlank(?s)) } LIMIT 20000",
                "capped_21": f"SELECT ?p {heads}WHERE {{\n"
                + "\nUNION ".join(_capped_in(batch, set(batch), 20, fam))
                + "\n} LIMIT 100000",
                "probes": f"SELECT ?vi ?p WHERE {{ VALUES (?vi ?vo) {{ {pairs} }} VALUES ?p {{ "
                f"{' '.join(map(term, preds))} }} FILTER EXISTS {{ ?s ?p ?vo . "
                "FILTER(!isBlank(?s)) } }",
                "probe_request": probe_query(
                    batch, preds, fam, skip=sch.skip, names=sch.name_roles, named=batch
                ),
                "probe_request_narrowed": probe_query(  # (the predicates that can point at it)
                    batch,
                    [p for p in preds if sch.objects.get(p, (True, True))[0]],
                    fam,
                    skip=sch.skip,
                    names=sch.name_roles,
                    named=batch,
                    iri_predicates=[p for p in preds if sch.objects.get(p, (True, True))[1]],
                ),
                "edge_request": open_batch_query(
                    OpenBatch(
                        batch,
                        set(),
                        300,
                        open_rows=2400,
                        limit=50_000,
                        skip=sch.skip,
                        families=fam,
                        packed=True,
                        names=sch.name_roles,
                        named=batch,
                    )
                ),
            }
            found = {k: cost(q) for k, q in queries.items()}
            edges = sum(min(degree[n], 301) for n in batch)
            print(
                name,
                len(batch),
                "nodes,",
                edges,
                "in-edges (301 at most a node)",
                json.dumps(found),
            )
        print(f"{len(preds)} fact predicates; load {os.getloadavg()[0]:.1f}")
        g.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
