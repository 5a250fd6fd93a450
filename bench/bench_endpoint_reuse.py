"""Requests and rows a question with ``probe_kinds`` on, a probed sketch's out-edges reused by
the node's later whole fetch (``ProbeBatches._keep_outs``) or not: the tests' medicine graph
(its OWL restrictions left out, as ``tests/test_endpoint_kinds.py`` serves it) behind a local
Oxigraph server; cold (``clear()`` before each question) and warm (one graph, after as many
warm-up questions), side by side, and whether the answers are alike.

    PYTHONPATH=. .venv/bin/python bench/bench_endpoint_reuse.py --n 24
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kgchat.graph import EndpointConfig, KnowledgeGraph, SparqlGraph
from kgchat.graph.endpoint_probing import ProbeBatches
from kgchat.retrieval import Retriever
from tests.test_endpoint import oxigraph_server
from tests.test_endpoint_kinds import _questions, _without_restrictions


def _run(url: str, warmup: list[str], questions: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for mode in ("cold", "warm"):
        g = SparqlGraph(url, EndpointConfig(probe_kinds=True))
        rows = [0]
        select = g.client.select

        def counting(query: str, _select: Any = select, _rows: list[int] = rows) -> list[dict]:
            got = _select(query)
            _rows[0] += len(got)
            return got

        g.client.select = counting  # type: ignore[method-assign]
        r = Retriever(g)
        for q in warmup if mode == "warm" else ():
            r.retrieve(q)
        start, read, each, answers = g.report()["requests"], rows[0], [], []
        for q in questions:
            if mode == "cold":
                g.clear()
            before = g.report()["requests"]
            answers.append(r.retrieve(q).answer)
            each.append(g.report()["requests"] - before)
        n = len(questions)
        out[mode] = {
            "requests": (g.report()["requests"] - start) / n,
            "rows": (rows[0] - read) / n,
            "each": each,
            "answers": answers,
        }
        g.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=24, help="questions timed (as many warm-up)")
    args = ap.parse_args()
    path = _without_restrictions(Path(tempfile.mkdtemp()))
    both = _questions(KnowledgeGraph.load(path), 2 * args.n)
    warmup, questions = both[: args.n], both[args.n :]
    keep = ProbeBatches._keep_outs
    res = {}
    with oxigraph_server(path) as url:
        for name in ("reuse off", "reuse on"):
            ProbeBatches._keep_outs = keep if name == "reuse on" else lambda self, batch: {}  # type: ignore[method-assign]
            res[name] = _run(url, warmup, questions)
    ProbeBatches._keep_outs = keep  # type: ignore[method-assign]
    for name, r in res.items():
        c, w = r["cold"], r["warm"]
        print(
            f"{name}: cold {c['requests']:.2f} requests {c['rows']:.1f} rows a question; "
            f"warm {w['requests']:.2f} requests {w['rows']:.1f} rows"
        )
    off, on = res["reuse off"], res["reuse on"]
    for mode in ("cold", "warm"):
        print(f"{mode} answers alike: {off[mode]['answers'] == on[mode]['answers']}")
    print("cold requests a question, off -> on:")
    for q, a, b in zip(questions[:8], off["cold"]["each"], on["cold"]["each"], strict=False):
        print(f"  {a:4d} -> {b:4d}  {q}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
