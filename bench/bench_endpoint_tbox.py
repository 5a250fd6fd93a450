"""Requests, rows and seconds a question over a local Oxigraph server for stores with OWL class
expressions (the tests' medicine graph with its restrictions, and the W3C OWL Guide's wine
ontology), cold (``clear()`` before each question) and warm (one graph), and how many answers
equal the local graph's: what reading the class expressions once
(:mod:`kgchat.graph.endpoint_tbox`) costs and gives. Run it with ``PYTHONPATH`` at each tree
to compare two.

    PYTHONPATH=. .venv/bin/python bench/bench_endpoint_tbox.py --n 24
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kgchat.graph import KnowledgeGraph, SparqlGraph
from kgchat.retrieval import Retriever
from tests.conftest import GRAPHS
from tests.test_endpoint import oxigraph_server
from tests.test_endpoint_kinds import _questions

STORES = {
    "medicine": GRAPHS / "medicine.ttl",
    "wine": Path(__file__).resolve().parent / "data" / "own" / "wine" / "wine.rdf",
}


def _run(url: str, kg: KnowledgeGraph, questions: list[str]) -> dict[str, Any]:
    local = [Retriever(kg).retrieve(q).answer for q in questions]
    out: dict[str, Any] = {}
    for mode in ("cold", "warm"):
        g = SparqlGraph(url)
        rows = [0]
        select = g.client.select

        def counting(query: str, _select: Any = select, _rows: list[int] = rows) -> list[dict]:
            got = _select(query)
            _rows[0] += len(got)
            return got

        g.client.select = counting  # type: ignore[method-assign]
        r = Retriever(g)
        start, read, t0, answers = g.report()["requests"], rows[0], time.perf_counter(), []
        for q in questions:
            if mode == "cold":
                g.clear()
            answers.append(r.retrieve(q).answer)
        n = len(questions)
        out[mode] = {
            "requests": (g.report()["requests"] - start) / n,
            "rows": (rows[0] - read) / n,
            "seconds": (time.perf_counter() - t0) / n,
            "alike": sum(a == b for a, b in zip(answers, local, strict=True)),
        }
        g.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=24, help="questions a store")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    for name, path in STORES.items():
        kg = KnowledgeGraph.load(path)
        questions = _questions(kg, args.n)
        with oxigraph_server(path) as url:
            res = _run(url, kg, questions)
        for mode, r in res.items():
            print(
                f"{name} {mode}: {r['requests']:.2f} requests {r['rows']:.1f} rows "
                f"{r['seconds']:.3f} s a question; answers alike {r['alike']}/{len(questions)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
