"""``bench_endpoint.py --scale``: the same retrieval on stores of several sizes, served at once,
the timed questions alternating between them (so that all see the same load of the machine);
with ``--fair-names`` each larger size also as a graph whose name pools grew with it. Per size:
p50/p95, requests and rows a question by kind (edges, capped again, names, lookups), the store's
share of the time, the start's namesakes and walks a question, hits@1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import time

from _common import commit
from _endpoint_store import Sampled, bench_config, load_store, serving
from bench_graph_load import generate, graph_stem
from bench_retrieval import graph_questions


def _kind(query: str) -> str:
    """What a request of SparqlGraph is, from its query text (``sketches``: edges with the
    in-edges summed up, :mod:`kgchat.graph.endpoint_sketch`; ``again``: an open batch's
    in-edges asked again, :func:`kgchat.graph.endpoint_open.capped_in_query`; ``probes``:
    values' sketches probed, :mod:`kgchat.graph.endpoint_probe`; an edge request with values'
    sketches in it, ``merged_values``, counts as edges)."""
    query = query.removeprefix("SELECT * WHERE {\n{ ")
    if query.startswith("SELECT ?n ?p ?o ?m ?first"):
        return "sketches"
    if query.startswith(("SELECT ?n ?p ?o", "SELECT ?n ?p ?x")):
        return "edges"
    if query.startswith(("SELECT ?p ?s", "SELECT ?p ?m ?s")):
        return "again"
    if query.startswith("SELECT ?n ?p ?l"):
        return "names"
    if query.startswith("SELECT ?vi ?p"):
        return "probes"
    if query.startswith("SELECT DISTINCT ?s ?l"):
        return "lookup"
    return "other"


def _count_kinds(graph) -> dict[str, int]:
    """Count the graph's requests by kind (sketches, probes, edges, again, names, lookup, other)
    as they go out, and their result rows (``rows:<kind>``)."""
    names = ("sketches", "probes", "edges", "again", "names", "lookup", "other")
    kinds: dict[str, int] = dict.fromkeys(names, 0) | dict.fromkeys((f"rows:{k}" for k in names), 0)
    select = graph.client.select

    def counted(query: str):
        kind = _kind(query)
        rows = select(query)
        kinds[kind] += 1
        kinds[f"rows:{kind}"] += len(rows)
        return rows

    graph.client.select = counted
    return kinds


def _namesakes(graph, nodes: list[str]) -> list[int]:
    """For each node, how many entities of the whole store bear its label (itself included):
    how many entities its name links to, what a question asked from it walks from."""
    from kgchat.graph.endpoint_queries import term
    from kgchat.graph.vocab import RDFS_LABEL

    out = []
    for node in nodes:
        label = graph.label(node).replace("\\", "\\\\").replace('"', '\\"')
        lang = graph.config.language
        rows = graph.client.select(
            f'SELECT (COUNT(DISTINCT ?s) AS ?c) WHERE {{ ?s {term(RDFS_LABEL)} "{label}"@{lang} }}'
        )
        out.append(int(rows[0]["c"]["value"]) if rows else 0)
    return out


def scale(args: argparse.Namespace) -> int:
    """``--scale``: the same retrieval on stores of several sizes, questions interleaved; with
    ``--fair-names`` each larger size also as a graph whose name pools grew with it."""
    from kgchat.graph import SparqlGraph
    from kgchat.retrieval import Retriever

    sizes = [int(x) for x in args.scale.split(",")]
    # (label, triples, name pool factor): the factor keeps namesakes per name as at the first size
    specs = [(f"{n}", n, 1) for n in sizes]
    if args.fair_names:
        specs += [(f"{n}-names{n // sizes[0]}", n, n // sizes[0]) for n in sizes[1:]]
    labels = [label for label, _, _ in specs]
    res: dict = {
        "sizes": sizes,
        "sides": labels,
        "commit": commit(),
        "cold": args.cold,
        "sample_entities": args.sample_entities,
        "load_avg_start": os.getloadavg(),
    }
    settings = bench_config(
        args.names,
        **({"concurrency": args.concurrency} if args.concurrency else {}),
        sketches=args.sketches,
    )
    res["settings"] = json.loads(settings.to_json())
    with contextlib.ExitStack() as stack:
        side: dict[str, dict] = {}
        for label, n, names in specs:
            nt = generate(n, args.out, args.seed, names)["nt"]
            store = args.out / graph_stem(n, names).replace("graph-", "oxigraph-")
            load_store(nt, store)
            g = SparqlGraph(stack.enter_context(serving(store)), settings)
            t0 = time.perf_counter()
            source = Sampled(g, args.sample_entities) if args.sample_entities else g
            items = graph_questions(source, args.questions + args.warmup, args.seed)
            qs = [it.question for it in items]
            side[label] = {"graph": g, "retriever": Retriever(g), "measured": qs[: args.questions]}
            side[label]["gold"] = [set(it.answers) for it in items[: args.questions]]
            side[label]["starts"] = [it.entities[0] for it in items[: args.questions]]
            for q in qs[args.questions :]:  # warm-up: the same count on each side
                side[label]["retriever"].retrieve(q)
            side[label]["kinds"] = _count_kinds(g)
            print(f"{label}: questions and warm-up in {time.perf_counter() - t0:.0f} s", flush=True)
        for s_ in side.values():
            s_.update(times=[], requests=[], waits=[], answers=[], walks=[], again=[])
            s_["before"] = s_["graph"].report()
            s_["kinds0"] = dict(s_["kinds"])
        deadline = time.monotonic() + 60 * args.budget_min if args.budget_min else float("inf")
        loads = []
        for i in range(args.questions):
            if time.monotonic() > deadline:
                break
            order = labels if i % 2 == 0 else labels[::-1]  # no side always goes first
            for label in order:
                s_ = side[label]
                g = s_["graph"]
                if args.cold:
                    g.clear()
                    s_["retriever"] = Retriever(g)
                r0 = g.report()
                t0 = time.perf_counter()
                found = s_["retriever"].retrieve(s_["measured"][i])
                s_["times"].append(1000 * (time.perf_counter() - t0))
                s_["answers"].append(found.answer)
                s_["walks"].append(len(found.mentions))  # one walk per entity linked
                r1 = g.report()
                s_["requests"].append(r1["requests"] - r0["requests"])
                s_["waits"].append(r1["seconds"] - r0["seconds"])
                if args.repeat and args.cold:  # the same question again, the store now warm
                    g.clear()
                    s_["retriever"] = Retriever(g)
                    counts = dict(s_["kinds"])
                    t0 = time.perf_counter()
                    s_["retriever"].retrieve(s_["measured"][i])
                    s_["again"].append(1000 * (time.perf_counter() - t0))
                    s_["kinds"].update(counts)  # (its requests not counted)
            loads.append(os.getloadavg()[0])
            if (i + 1) % 10 == 0:
                medians = ", ".join(f"{statistics.median(side[x]['times']):.0f}" for x in labels)
                print(f"  {i + 1}: medians {medians} ms, load {loads[-1]:.1f}", flush=True)
        for label in labels:
            s_ = side[label]
            t, rq = sorted(s_["times"]), s_["requests"]
            after, before = s_["graph"].report(), s_["before"]
            hits = after["cache_hits"] - before["cache_hits"]
            misses = after["cache_misses"] - before["cache_misses"]
            namesakes = _namesakes(s_["graph"], s_["starts"][: len(t)])  # untimed, after
            res[label] = {
                "measured": len(t),
                "p50_ms": statistics.median(t),
                "p95_ms": t[int(0.95 * (len(t) - 1))],
                "mean_ms": statistics.fmean(t),
                "requests_per_question": statistics.fmean(rq),
                "requests_p95": sorted(rq)[int(0.95 * (len(rq) - 1))],
                "requests_by_kind": {
                    k: (v - s_["kinds0"][k]) / max(1, len(t))
                    for k, v in s_["kinds"].items()
                    if not k.startswith("rows:")
                },
                "rows_by_kind": {
                    k[5:]: (v - s_["kinds0"][k]) / max(1, len(t))
                    for k, v in s_["kinds"].items()
                    if k.startswith("rows:")
                },
                "ms_per_request": 1000 * sum(s_["waits"]) / max(1, sum(rq)),
                # the share of a question's time spent waiting on the store (with requests in
                # flight, the waits overlap the walk: an upper bound)
                "store_share": sum(s_["waits"]) / max(1e-9, sum(t) / 1000),
                "cache_hit_rate": hits / max(1, hits + misses),
                "capped_hubs": len(s_["graph"].capped),
                # namesakes: entities of the store bearing the start's name; the linker
                # walks from each (up to its candidate limit)
                "start_namesakes_median": statistics.median(namesakes),
                "start_namesakes_mean": statistics.fmean(namesakes),
                "start_unique": sum(c == 1 for c in namesakes),
                "walks_per_question": statistics.fmean(s_["walks"]),
                "per_question": {k: s_[k] for k in ("times", "requests", "walks")}
                | {"namesakes": namesakes},
                "p50_ms_per_walk": statistics.median(
                    t_ / max(1, w) for t_, w in zip(s_["times"], s_["walks"], strict=True)
                ),
                **(
                    {  # asked again cold: what the store's own caches (pages) were worth
                        "repeat_p50_ms": statistics.median(s_["again"]),
                        "repeat_paired_ratio": statistics.median(
                            b / a for a, b in zip(s_["times"], s_["again"], strict=False) if a > 50
                        ),
                    }
                    if s_["again"]
                    else {}
                ),
                "hits_at_1": sum(
                    (a or "") in g_ for a, g_ in zip(s_["answers"], s_["gold"], strict=False)
                )
                / max(1, len(t)),
            }
            e = res[label]
            print(
                f"{label}: p50 {e['p50_ms']:.0f} ms, p95 {e['p95_ms']:.0f} ms, "
                f"{e['requests_per_question']:.1f} requests/question "
                f"({', '.join(f'{k} {v:.1f}' for k, v in e['requests_by_kind'].items())}), "
                f"{sum(e['rows_by_kind'].values()):,.0f} rows/question, "
                f"store {e['store_share']:.2f} of the time, "
                + (
                    f"repeated cold {e['repeat_paired_ratio']:.2f}x, "
                    if "repeat_p50_ms" in e
                    else ""
                )
                + f"hit rate {e['cache_hit_rate']:.3f}, {e['ms_per_request']:.1f} ms a request, "
                f"start namesakes median {e['start_namesakes_median']:g} "
                f"(unique {e['start_unique']}/{len(t)}), "
                f"{e['walks_per_question']:.2f} walks a question ({e['p50_ms_per_walk']:.0f} ms), "
                f"hits@1 {e['hits_at_1']:.2f}"
            )
        first = res[labels[0]]["p50_ms"]
        res["p50_ratio"] = {label: res[label]["p50_ms"] / first for label in labels[1:]}
        res["load_during"] = [min(loads), statistics.median(loads), max(loads)] if loads else []
    res["load_avg_end"] = os.getloadavg()
    ratios = ", ".join(f"{k} {v:.2f}" for k, v in res["p50_ratio"].items())
    print(f"p50 ratio to {labels[0]}: {ratios}; load (min/median/max) {res['load_during']}")
    print(json.dumps(res, default=float))
    return 0
