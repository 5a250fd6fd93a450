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
import contextlib
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import OUT, commit
from bench_graph_load import SEED, generate, graph_stem
from bench_retrieval import graph_questions


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _oxigraph() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )
    if not found:
        sys.exit("the oxigraph server binary is missing: pip install oxigraph")
    return found


def load_store(nt: Path, store: Path) -> float:
    """``oxigraph load`` the file into ``store``, then ``oxigraph optimize`` it (reused when a
    finished load is there; a reused store not yet optimized is optimized first). A bulk-loaded
    store left unoptimized answered a 10M-triple walk's edge batches at 59 us a row, optimized
    at 31 (the 1M store: 27): what Oxigraph itself advises after a load, for reads."""
    done = store / "kgchat-loaded.json"
    seconds = 0.0
    meta = json.loads(done.read_text()) if done.is_file() else {}
    if meta.get("bytes") == nt.stat().st_size:
        print(f"reusing the Oxigraph store {store}")
    else:
        shutil.rmtree(store, ignore_errors=True)
        t0 = time.perf_counter()
        subprocess.run(
            [_oxigraph(), "load", "--location", str(store), "--file", str(nt)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - t0
        meta = {"bytes": nt.stat().st_size, "seconds": round(seconds, 1)}
        done.write_text(json.dumps(meta))
        print(f"oxigraph load: {seconds:.0f} s")
    if not meta.get("optimized"):
        t0 = time.perf_counter()
        subprocess.run([_oxigraph(), "optimize", "--location", str(store)], check=True)
        meta["optimized"] = round(time.perf_counter() - t0, 1)
        done.write_text(json.dumps(meta))
        print(f"oxigraph optimize: {meta['optimized']:.0f} s")
    return seconds


@contextlib.contextmanager
def serving(store: Path):
    port = _free_port()
    proc = subprocess.Popen(
        [_oxigraph(), "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("oxigraph did not start")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        proc.terminate()
        proc.wait(30)


class _Sampled:
    """The endpoint graph, listing only the first ``n`` entities the store gives."""

    def __init__(self, graph, n: int) -> None:
        from kgchat.graph.endpoint_queries import key
        from kgchat.graph.endpoint_schema import entities_query

        self.graph = graph
        rows = graph.client.select(f"{entities_query(graph.schema)} LIMIT {n}")
        self.nodes = [key(r["e"]) for r in rows if key(r["e"]) not in graph.schema.properties]
        for i in range(0, len(self.nodes), 500):
            graph.fetch_names(self.nodes[i : i + 500], neighbours=False)

    def entities(self):
        return iter(self.nodes)

    def __getattr__(self, name):
        return getattr(self.graph, name)


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
    args = ap.parse_args(argv)
    if args.scale:
        return _scale(args)

    from kgchat import KnowledgeGraph
    from kgchat.graph import EndpointConfig, SparqlGraph
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
        # a names cache that holds every entity: the linker's name table streams them all once
        # and entities come in one request (sorted pages are slow on Oxigraph)
        settings = EndpointConfig(
            cache_size=2_000_000,
            page_size=4_000_000,
            timeout=1200,
            names=args.names,
            **({"concurrency": args.concurrency} if args.concurrency else {}),
        )
        g = SparqlGraph(url, settings)
        kg = None
        if not args.no_local:
            t0 = time.perf_counter()
            kg = KnowledgeGraph.load(nt, progress=False)
            res["local_load_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        source = kg or (_Sampled(g, args.sample_entities) if args.sample_entities else g)
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


def _kind(query: str) -> str:
    """What a request of SparqlGraph is, from its query text (``again``: an open batch's
    in-edges asked again capped, :func:`kgchat.graph.endpoint_open.capped_in_query`)."""
    if query.startswith(("SELECT ?n ?p ?o", "SELECT ?n ?p ?x")):
        return "edges"
    if query.startswith("SELECT ?p ?s"):
        return "again"
    if query.startswith("SELECT ?n ?p ?l"):
        return "names"
    if query.startswith("SELECT DISTINCT ?s ?l"):
        return "lookup"
    return "other"


def _count_kinds(graph) -> dict[str, int]:
    """Count the graph's requests by kind (edges, again, names, lookup, other) as they go out,
    and their result rows (``rows:<kind>``)."""
    names = ("edges", "again", "names", "lookup", "other")
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


def _scale(args: argparse.Namespace) -> int:
    """``--scale``: the same retrieval on stores of several sizes, questions interleaved; with
    ``--fair-names`` each larger size also as a graph whose name pools grew with it."""
    from kgchat.graph import EndpointConfig, SparqlGraph
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
    settings = EndpointConfig(
        cache_size=2_000_000,
        page_size=4_000_000,
        timeout=1200,
        names=args.names,
        **({"concurrency": args.concurrency} if args.concurrency else {}),
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
            source = _Sampled(g, args.sample_entities) if args.sample_entities else g
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


if __name__ == "__main__":
    raise SystemExit(main())
