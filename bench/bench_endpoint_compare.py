"""Two source trees side by side over the same SPARQL endpoints: retrieval over ``SparqlGraph``
(and, with ``--local``, over the in-memory 1M graph) with the code before a change and after it,
on the same questions, in one run, so that both see the same load of the machine.

Each tree runs in a process of its own (its ``kgchat`` on ``PYTHONPATH``), fed one question at a
time; the sides take turns question by question, in an order that alternates, and each side's
requests sent ahead of its walk are waited for (untimed, ``SparqlGraph.settle``) before the other
side is timed. The Oxigraph stores of ``bench_endpoint.py`` (``--out``) are served once, shared.
Questions are phrased as ``bench_endpoint.py`` phrases them: over the local 1M graph with
``--local`` (its default run), else from the first ``--sample-entities`` entities each store
lists (its ``--scale`` run).

    git archive HEAD~2 | tar -x -C /tmp/before && ln -s $PWD/.venv /tmp/before/.venv
    .venv/bin/python bench/bench_endpoint_compare.py /tmp/before --cold --n 40 --budget-min 13
    .venv/bin/python bench/bench_endpoint_compare.py /tmp/before --sizes 1000000 --local \\
        --names stream --n 200 --warmup 20 --budget-min 14          # endpoint against local

The last line printed is one JSON object: per size (and ``local``) each tree's p50/p95, requests
and rows a question, the paired median ratio after/before, and how many answers are alike.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import OUT
from _endpoint_store import Sampled, bench_config, serving
from bench_graph_load import SEED, generate
from bench_retrieval import graph_questions

HERE = Path(__file__).resolve()


def worker() -> None:
    """One side: JSON commands on stdin, one JSON line answered on stdout for each."""
    from kgchat import KnowledgeGraph
    from kgchat.graph import SparqlGraph
    from kgchat.retrieval import Retriever

    sides: dict[str, dict] = {}
    out, sys.stdout = sys.stdout, sys.stderr  # (what the code prints goes to stderr)
    for line in sys.stdin:
        cmd = json.loads(line)
        res: dict = {}
        if cmd["op"] == "endpoint":
            g = SparqlGraph(cmd["url"], bench_config(cmd["names"]))
            rows = [0]
            select = g.client.select

            def counted(query: str, select=select, rows=rows):
                found = select(query)
                rows[0] += len(found)
                return found

            g.client.select = counted
            sides[cmd["label"]] = {"g": g, "r": Retriever(g), "rows": rows}
        elif cmd["op"] == "local":
            kg = KnowledgeGraph.load(cmd["nt"], progress=False)
            sides[cmd["label"]] = {"g": None, "r": Retriever(kg), "rows": [0]}
        elif cmd["op"] == "ask":
            s = sides[cmd["label"]]
            g = s["g"]
            if cmd["cold"] and g is not None:
                g.clear()
                s["r"] = Retriever(g)
            r0 = g.report()["requests"] if g is not None else 0
            w0 = s["rows"][0]
            t0 = time.perf_counter()
            found = s["r"].retrieve(cmd["q"])
            ms = 1000 * (time.perf_counter() - t0)
            if g is not None:  # untimed: its requests sent ahead finish before the other's turn
                _settle(g)
            res = {
                "ms": ms,
                "answer": found.answer,
                "requests": (g.report()["requests"] - r0) if g is not None else 0,
                "rows": s["rows"][0] - w0,
            }
        out.write(json.dumps(res) + "\n")
        out.flush()


def _settle(g) -> None:
    """``g.settle()``; a tree from before it existed: the same wait on its requests in flight."""
    if hasattr(g, "settle"):
        g.settle()
        return
    for future in list(getattr(getattr(g, "_inflight", None), "_batches", ())):
        if not future.cancelled():
            future.exception()


def _questions(args: argparse.Namespace, sizes: list[str], urls: dict[str, str]) -> dict:
    """The timed questions and then the warm-up ones, per side, phrased with this tree's code."""
    from kgchat import KnowledgeGraph
    from kgchat.graph import SparqlGraph

    n = args.n + args.warmup
    if args.local:
        kg = KnowledgeGraph.load(generate(1_000_000, args.out, SEED)["nt"], progress=False)
        qs = [it.question for it in graph_questions(kg, n, SEED)]
        return dict.fromkeys([*sizes, "local"], qs)
    out = {}
    for s in sizes:
        g = SparqlGraph(urls[s], bench_config(args.names))
        out[s] = [it.question for it in graph_questions(Sampled(g, args.sample), n, SEED)]
        g.close()
    return out


def _local_answers(args, sizes: list[str], qs: dict, data: dict, call) -> dict[str, list]:
    """Each endpoint size's answers over the local graph, to count those alike: the ``local``
    side's with ``--local`` (the same questions), else, for the sizes of ``--alike-local``, the
    timed questions answered by the after tree over the generated file loaded in memory,
    untimed and after the timed run (so its memory does not weigh on the timings)."""
    found: dict[str, list] = {}
    if args.local:
        local = [x["answer"] for x in data[("after", "local")]]
        found = {s: local for s in sizes}
    for s in filter(None, args.alike_local.split(",")):
        nt = args.out / f"graph-{s}.nt"
        if not nt.is_file():
            sys.exit(f"no generated file {nt} for --alike-local")
        call("after", op="local", nt=str(nt), label=f"local-{s}")
        n = len(data[("after", s)])
        found[s] = [
            call("after", op="ask", label=f"local-{s}", q=q, cold=False)["answer"]
            for q in qs[s][:n]
        ]
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", help="the other source tree (with its .venv or this one's)")
    ap.add_argument("--after", default=str(HERE.parent.parent), help="default: this tree")
    ap.add_argument("--sizes", default="1000000,10000000")
    ap.add_argument("--cold", action="store_true", help="empty the caches before each question")
    ap.add_argument("--local", action="store_true", help="also the local 1M graph on each side")
    ap.add_argument(
        "--alike-local",
        default="",
        help="sizes whose timed questions are then answered untimed over the local graph (the "
        "generated file, in memory), to count the endpoint answers alike with it",
    )
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--budget-min", type=float, default=0)
    ap.add_argument("--names", default="lookup", choices=["stream", "lookup"])
    ap.add_argument("--sample", type=int, default=20_000, help="entities questions start from")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker()
        return 0
    trees = {"before": args.before, "after": args.after}
    sizes = args.sizes.split(",")
    res: dict = {"trees": trees, "cold": args.cold, "load_start": os.getloadavg()}
    with contextlib.ExitStack() as stack:
        urls = {}
        for s in sizes:
            store = args.out / f"oxigraph-{s}"
            if not (store / "kgchat-loaded.json").is_file():
                sys.exit(f"no Oxigraph store {store}: run bench_endpoint.py --triples {s} first")
            urls[s] = stack.enter_context(serving(store))
        qs = _questions(args, sizes, urls)
        procs = {}
        for t, tree in trees.items():
            python = Path(tree) / ".venv" / "bin" / "python"
            procs[t] = subprocess.Popen(
                [str(python if python.exists() else sys.executable), str(HERE), "--worker", "x"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=dict(os.environ, PYTHONPATH=tree),
            )
            stack.callback(procs[t].wait, 60)
            stack.callback(procs[t].stdin.close)

        def call(t: str, **cmd) -> dict:
            procs[t].stdin.write(json.dumps(cmd) + "\n")
            procs[t].stdin.flush()
            return json.loads(procs[t].stdout.readline())

        sides = list(sizes)
        for s in sizes:
            for t in trees:
                call(t, op="endpoint", url=urls[s], label=s, names=args.names)
        if args.local:
            sides.append("local")
            for t in trees:
                call(
                    t, op="local", nt=str(generate(1_000_000, args.out, SEED)["nt"]), label="local"
                )
        for q_i in range(args.n, args.n + args.warmup):  # warm-up, untimed
            for s in sides:
                for t in trees:
                    call(t, op="ask", label=s, q=qs[s][q_i], cold=False)
        data: dict = {(t, s): [] for t in trees for s in sides}
        deadline = time.monotonic() + 60 * args.budget_min if args.budget_min else float("inf")
        loads = []
        for i in range(args.n):
            if time.monotonic() > deadline:
                break
            for k, s in enumerate(sides):
                order = list(trees) if (i + k) % 2 == 0 else list(trees)[::-1]
                for t in order:
                    data[(t, s)].append(call(t, op="ask", label=s, q=qs[s][i], cold=args.cold))
            loads.append(os.getloadavg()[0])
            if (i + 1) % 10 == 0:
                medians = {
                    f"{t}/{s}": round(statistics.median(x["ms"] for x in v))
                    for (t, s), v in data.items()
                }
                print(i + 1, medians, f"load {loads[-1]:.1f}", flush=True)
        local_answers = _local_answers(args, sizes, qs, data, call)
    for s in sides:
        b, a = data[("before", s)], data[("after", s)]
        row: dict = {"measured": len(a)}
        for t, v in (("before", b), ("after", a)):
            ms = sorted(x["ms"] for x in v)
            row[t] = {
                "p50_ms": round(statistics.median(ms), 1),
                "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 1),
                "requests": round(statistics.fmean(x["requests"] for x in v), 1),
                "rows": round(statistics.fmean(x["rows"] for x in v)),
            }
        row["same_answers"] = sum(x["answer"] == y["answer"] for x, y in zip(b, a, strict=True))
        if s in local_answers:
            row["alike_local"] = {
                t: sum(x["answer"] == y for x, y in zip(v, local_answers[s], strict=True))
                for t, v in (("before", b), ("after", a))
            }
        row["paired_ratio_median"] = round(
            statistics.median(y["ms"] / x["ms"] for x, y in zip(b, a, strict=True)), 3
        )
        res[s] = row
        print(
            f"{s}: p50 {row['before']['p50_ms']} -> {row['after']['p50_ms']} ms (paired "
            f"{row['paired_ratio_median']}), rows {row['before']['rows']} -> "
            f"{row['after']['rows']}, same answers {row['same_answers']}/{len(a)}"
            + (f", alike the local graph {row['alike_local']}" if "alike_local" in row else "")
        )
    for t in trees:
        if len(sizes) > 1:
            res[f"{t}_{sizes[-1]}_over_{sizes[0]}"] = round(
                res[sizes[-1]][t]["p50_ms"] / res[sizes[0]][t]["p50_ms"], 3
            )
        if args.local:
            res[f"{t}_endpoint_over_local"] = round(
                res[sizes[0]][t]["p50_ms"] / res["local"][t]["p50_ms"], 3
            )
    res["load_during"] = [min(loads), statistics.median(loads), max(loads)] if loads else []
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
