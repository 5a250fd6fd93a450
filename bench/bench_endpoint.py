"""Retrieval over a SPARQL endpoint against retrieval over the same graph in memory.

The synthetic graph of ``bench_graph_load.py`` (``--triples``, generated once into ``--out`` and
reused) is loaded into an Oxigraph store by ``oxigraph load`` (kept in ``--out`` beside the
graph, reused) and served read-only on a free loopback port by ``oxigraph serve-read-only``.
Questions are phrased from the graph's own paths (``bench_retrieval.graph_questions``: 1-hop and
2-hop, from random labelled entities). Then ``Retriever(kg)`` over the local
``KnowledgeGraph`` and ``Retriever(SparqlGraph(url))`` answer the same questions, after the same
warm-up questions: per-question latency (p50, p95), HTTP requests per question, the endpoint's
cache hit rate, and whether the two answered alike. Neither side has an entity index (lexical
linking), so the figures are the graph access itself. ``--no-local`` skips the local graph (a
10M-triple graph in memory takes ~3 GB and minutes to load): the questions are then phrased
over the endpoint itself.

    .venv/bin/python bench/bench_endpoint.py                          # 1M triples, 200 questions
    .venv/bin/python bench/bench_endpoint.py --triples 10000000 --no-local

``--scale 1000000,10000000`` serves a store of each size at once and times the same kind of
questions (the same sampling, ``--sample-entities``) on both, alternating question by question so
that both see the same load of the machine; ``--cold`` empties the caches before each question
(what a question costs whatever was asked before: the walk's nodes, not the cache, decide it), and
``--budget-min`` bounds the timed loop (after the warm-up):

    .venv/bin/python bench/bench_endpoint.py --scale 1000000,10000000 --cold --names lookup \\
        --sample-entities 20000 --warmup 2 --budget-min 25

Those questions are not equally hard at both sizes: the generator draws names from fixed lists,
so at 10M a question's start shares its name with ten times as many entities (median 5 against
1 at 1M; 3 of 87 starts unique against 47), each one more walk. ``--fair-names`` adds, for each
larger size, a graph generated with name pools grown by the same factor (``generate(...,
names=10)``: one more word per name, one of 10), so that a name has as many namesakes as at the
first size; it is timed in the same loop, beside the graph of today (both reported).

The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

from _common import OUT, commit
from _endpoint_store import Sampled, bench_config, load_store, serving
from bench_graph_load import SEED, generate
from bench_retrieval import graph_questions


def _run(
    retriever, questions: list[str], graph=None, deadline: float = float("inf"), cold=None
) -> dict:
    """Time each question; past ``deadline`` (``time.monotonic``) the rest are left out and
    ``measured`` says how many were timed. With ``cold`` (a function giving a fresh retriever
    over an emptied cache, called before each question, untimed) every question starts cold."""
    times, requests, answers = [], [], []
    seconds0 = graph.report()["seconds"] if graph is not None else 0.0
    for i, q in enumerate(questions):
        if time.monotonic() > deadline:
            print(f"time budget spent: {i} of {len(questions)} questions timed", flush=True)
            break
        if cold is not None:
            retriever = cold()
        before = graph.report()["requests"] if graph is not None else 0
        t0 = time.perf_counter()
        res = retriever.retrieve(q)
        times.append(1000 * (time.perf_counter() - t0))
        answers.append(res.answer)
        if graph is not None:
            requests.append(graph.report()["requests"] - before)
        if (i + 1) % 20 == 0:
            print(f"  {i + 1} questions, median {statistics.median(times):.0f} ms", flush=True)
    times.sort()
    out = {
        "measured": len(times),
        "p50_ms": statistics.median(times),
        "p95_ms": times[int(0.95 * (len(times) - 1))],
        "mean_ms": statistics.fmean(times),
        "answers": answers,
    }
    if graph is not None:
        out["requests_per_question"] = statistics.fmean(requests)
        # the store's own pace, whatever the cache: seconds waiting on it per request
        spent = graph.report()["seconds"] - seconds0
        out["ms_per_request"] = 1000 * spent / max(1, sum(requests))
        out["requests_p95"] = sorted(requests)[int(0.95 * (len(requests) - 1))]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--questions", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-local", action="store_true", help="no in-memory graph (large sizes)")
    ap.add_argument(
        "--names", default="stream", choices=["stream", "lookup"], help="EndpointConfig.names"
    )
    ap.add_argument(
        "--sample-entities",
        type=int,
        default=0,
        help="with --no-local: phrase questions from the first N entities the store lists "
        "(instead of streaming them all)",
    )
    ap.add_argument(
        "--cold",
        action="store_true",
        help="empty the endpoint's caches (and the retriever's) before each timed question: "
        "the cost of a question whatever was asked before, comparable across graph sizes",
    )
    ap.add_argument(
        "--budget-min",
        type=float,
        default=0,
        help="stop timing questions after this many minutes of the endpoint's questions "
        "(warm-up included) and report those timed (0: no limit)",
    )
    ap.add_argument(
        "--scale",
        default="",
        help="sizes to compare, e.g. 1000000,10000000: one store of each, served at once, the "
        "timed questions alternating between them (so both see the same load); implies "
        "--no-local and the same sampling (--sample-entities) for each",
    )
    ap.add_argument(
        "--fair-names",
        action="store_true",
        help="with --scale: each larger size also as a graph whose name pools grew with it "
        "(generate(..., names=size/first size)): as many namesakes per name as at the first "
        "size, so the questions are as hard to link; reported beside the graph of today",
    )
    ap.add_argument(
        "--repeat",
        action="store_true",
        help="with --scale --cold: ask each timed question a second time on emptied caches "
        "(untimed for the p50): the store's own caches now hold its pages; reported as "
        "repeat_p50_ms and the paired ratio (how much of a cold question is the store's disk)",
    )
    ap.add_argument(
        "--concurrency",
        type=int,
        default=0,
        help="EndpointConfig.concurrency (requests in flight at once; 0: its default)",
    )
    ap.add_argument(
        "--sketches",
        action="store_true",
        help="EndpointConfig.sketches: what a node is read from its sketch (one in-edge row a "
        "predicate), kgchat.graph.endpoint_sketch",
    )
    args = ap.parse_args(argv)
    if args.scale:
        from _endpoint_scale import scale

        return scale(args)

    from kgchat import KnowledgeGraph
    from kgchat.graph import SparqlGraph
    from kgchat.retrieval import Retriever

    nt = generate(args.triples, args.out, args.seed)["nt"]
    store = args.out / f"oxigraph-{args.triples}"
    res: dict = {
        "triples": args.triples,
        "questions": args.questions,
        "commit": commit(),
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "oxigraph_load_s": load_store(nt, store),
        "names": args.names,
        "cold": args.cold,
        "load_avg_start": os.getloadavg(),
    }
    with serving(store) as url:
        settings = bench_config(
            args.names,
            **({"concurrency": args.concurrency} if args.concurrency else {}),
            sketches=args.sketches,
        )
        g = SparqlGraph(url, settings)
        kg = None
        if not args.no_local:
            t0 = time.perf_counter()
            kg = KnowledgeGraph.load(nt, progress=False)
            res["local_load_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        source = kg or (Sampled(g, args.sample_entities) if args.sample_entities else g)
        items = graph_questions(source, args.questions + args.warmup, args.seed)
        res["questions_s"] = time.perf_counter() - t0
        qs = [it.question for it in items]
        measured, warm = qs[: args.questions], qs[args.questions :]
        if kg is not None:
            t0 = time.perf_counter()
            local = Retriever(kg)
            local.retrieve(warm[0])
            res["local_build_s"] = time.perf_counter() - t0
            for q in warm:
                local.retrieve(q)
            res["local"] = _run(local, measured)
            print(f"local: p50 {res['local']['p50_ms']:.1f} ms, p95 {res['local']['p95_ms']:.1f}")
        t0 = time.perf_counter()
        deadline = time.monotonic() + 60 * args.budget_min if args.budget_min else float("inf")
        remote = Retriever(g)
        remote.retrieve(warm[0])
        res["endpoint_build_s"] = time.perf_counter() - t0
        res["endpoint_build_requests"] = g.report()["requests"]
        cold = []  # the warm-up questions: mostly cold caches
        for i, q in enumerate(warm):
            t1 = time.perf_counter()
            remote.retrieve(q)
            cold.append(time.perf_counter() - t1)
            print(f"  warm-up {i + 1}/{len(warm)}: {time.perf_counter() - t0:.0f} s", flush=True)
        res["warmup_p50_s"] = statistics.median(cold) if cold else None
        res["endpoint_warmup_s"] = time.perf_counter() - t0
        print(f"endpoint warm-up: {res['endpoint_warmup_s']:.0f} s", flush=True)
        before = g.report()

        def fresh() -> Retriever:
            g.clear()
            return Retriever(g)

        res["endpoint"] = _run(remote, measured, g, deadline, fresh if args.cold else None)
        after = g.report()
        hits = after["cache_hits"] - before["cache_hits"]
        misses = after["cache_misses"] - before["cache_misses"]
        res["endpoint"]["cache_hit_rate"] = hits / max(1, hits + misses)
        res["endpoint"]["capped_hubs"] = len(g.capped)
        e = res["endpoint"]
        print(
            f"endpoint: p50 {e['p50_ms']:.1f} ms, p95 {e['p95_ms']:.1f} ms, "
            f"{e['requests_per_question']:.1f} requests/question, "
            f"hit rate {e['cache_hit_rate']:.3f}, {e['ms_per_request']:.1f} ms a request, "
            f"load {os.getloadavg()[0]:.1f}"
        )
        if kg is not None:
            same = sum(a == b for a, b in zip(res["local"]["answers"], e["answers"], strict=False))
            res["same_answers"] = same
            res["p50_ratio"] = e["p50_ms"] / res["local"]["p50_ms"]
            print(f"same answers: {same}/{len(measured)}; p50 ratio {res['p50_ratio']:.2f}")
        gold = [set(it.answers) for it in items[: len(e["answers"])]]
        res["endpoint_hits_at_1"] = sum(
            (a or "") in g_ for a, g_ in zip(e["answers"], gold, strict=True)
        ) / max(1, len(gold))
    res["load_avg_end"] = os.getloadavg()
    for side in ("local", "endpoint"):
        if side in res:
            res[side].pop("answers")
    print(json.dumps(res, default=float))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
