"""Per-question outcomes on the development data, and what changed between two runs.

Every question of people's development half of ``../shared/bench/realworld/`` and of our own
(``bench/data/own/``: on the three real-world graphs and on people, corp, films, books) is
retrieved with the pipeline's default retriever (``kgchat.pipeline.make_retriever``); each
outcome (the top answer, its confidence, abstained or not, right or not) is written to a JSON
file, and counts per graph and set are printed. ``--diff OLD.json`` prints every question whose
outcome differs from an earlier run's: the way to see what a change moved, question by
question, before looking at any pooled figure. Development data only: the test half is
``bench_generalization.py --split test``'s, once a round.

Usage::

    cd bench && ../.venv/bin/python bench_outcomes.py out/outcomes-before.json
    cd bench && ../.venv/bin/python bench_outcomes.py out/outcomes-after.json \\
        --diff out/outcomes-before.json
    cd bench && ../.venv/bin/python bench_outcomes.py out/o.json --graphs books -v  # misses
    cd bench && ../.venv/bin/python bench_outcomes.py out/o.json --sweep  # both error rates
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bench_generalization as bg

ALL = ",".join([*bg.REALWORLD_GRAPHS, *bg.OWN_GRAPHS])


def said_phrases(retriever: Any, result: Any, n: int = 20) -> list[tuple[str, Any]]:
    """Each of ``result``'s first ``n`` candidates that has a path, with the relation phrases
    of the walk the confidence judges (``said_pattern``) joined by spaces."""
    from kgchat.retrieval.confidence import said_pattern

    out = []
    for c in result.candidates[:n]:
        if c.paths:
            pattern, parts = said_pattern(c)
            out.append((" ".join(retriever.query(pattern, (), parts).phrases), c))
    return out


def graph_sets(graphs: list[str]) -> Iterator[tuple[str, str, Any, list[Any], list[Any]]]:
    """Per graph of ``graphs`` and per development set of it (people's ``dev`` half and our
    ``own`` questions of a real-world graph; ``own`` of ours): ``(graph, set, retriever,
    questions, warm-up questions)``, one retriever a graph (what the outcome scripts walk)."""
    from kgchat import KnowledgeGraph
    from kgchat.pipeline import make_retriever

    for g in graphs:
        sets = ["dev", "own"] if g in bg.REALWORLD_GRAPHS else ["own"]
        col, ns = bg.one_graph(g)
        kg = KnowledgeGraph.load(*col["paths"])
        r = make_retriever(kg)
        r.prepare()  # as kgchat eval's settle() has it: tables built before the questions
        for s in sets:
            ns.split = s
            items, warm = bg.questions(col, kg, ns)
            yield g, s, r, items, warm


def outcomes(graphs: list[str], verbose: bool = False) -> dict[str, dict[str, Any]]:
    """``graph/set/question`` -> outcome, for every development question of ``graphs``."""
    from kgchat.evaluation import _default_answers, answer_key

    out: dict[str, dict[str, Any]] = {}
    for g, s, r, items, warm in graph_sets(graphs):
        for it in warm[: bg.WARMUP]:
            r.retrieve(it.question)
        for it in items:
            res = r.retrieve(it.question)
            top = _default_answers(res)[0]
            gold = {answer_key(x) for x in it.answers}
            first_right = top is not None and answer_key(top) in gold
            hit = first_right and not res.abstained
            key = f"{g}/{s}/{it.question}"
            out[key] = {
                "answerable": bool(it.answers),
                "hit": bool(hit),
                "first_right": bool(first_right),  # the top answer, abstained or not
                "abstained": bool(res.abstained),
                "confidence": round(float(res.confidence), 4),
                # the best candidate's score: the chatbot's own threshold reads it
                "score": round(float(res.candidates[0].score), 4) if res.candidates else 0.0,
                "top": str(top)[:80],
                "gold": [str(x)[:60] for x in it.answers][:3],
                "kind": dict(it.groups).get("kind"),
            }
            right = hit or (not it.answers and res.abstained)
            if verbose and not right:
                o = out[key]
                print(
                    f"miss {key} | top {o['top']!r} conf {o['confidence']} "
                    f"abstained {o['abstained']} gold {o['gold']}",
                    flush=True,
                )
    return out


def counts(out: dict[str, dict[str, Any]], prefix: str) -> str:
    rows = [v for k, v in out.items() if k.startswith(prefix)]
    ans = [v for v in rows if v["answerable"]]
    un = [v for v in rows if not v["answerable"]]
    return (
        f"{sum(v['hit'] for v in ans)}/{len(ans)} answerable right, "
        f"{sum(v['abstained'] for v in un)}/{len(un)} unanswerable abstained, "
        f"{sum(v['abstained'] for v in ans)} answerable abstained"
    )


def sweep(out: dict[str, dict[str, Any]]) -> list[str]:
    """Both error rates and the right outcomes (right answers given, plus unanswerable
    questions abstained on) at each threshold of a 0.02 grid, as if ``min_confidence`` were
    it: the calibration of README's "Abstention" (development questions only)."""
    ans = [v for v in out.values() if v["answerable"]]
    un = [v for v in out.values() if not v["answerable"]]
    lines = ["threshold  answerable abstained  unanswerable abstained  right outcomes"]
    for i in range(0, 21):
        t = i / 50
        aa = sum(v["confidence"] < t for v in ans)
        ua = sum(v["confidence"] < t for v in un)
        right = sum(v["first_right"] and v["confidence"] >= t for v in ans) + ua
        lines.append(
            f"{t:9.2f}  {aa:4d}/{len(ans)} ({aa / max(1, len(ans)):.3f})"
            f"  {ua:4d}/{len(un)} ({ua / max(1, len(un)):.3f})  {right}"
        )
    return lines


def diff(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[str]:
    """One line per question whose top answer, abstention or rightness changed."""
    lines = []
    for k, b in new.items():
        a = old.get(k)
        if a is None:
            lines.append(f"new      {k}")
        elif (a["hit"], a["abstained"], a["top"]) != (b["hit"], b["abstained"], b["top"]):
            tag = (
                "gained "
                if b["hit"] > a["hit"]
                else "lost   "
                if b["hit"] < a["hit"]
                else "moved  "
            )
            if not b["answerable"]:
                tag = "unans+ " if b["abstained"] > a["abstained"] else "unans- "
            lines.append(
                f"{tag} {k} | {a['top']!r} ({a['confidence']}) -> {b['top']!r} ({b['confidence']})"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="where the outcomes are written (JSON)")
    ap.add_argument("--graphs", default=ALL, help=f"comma-separated (default {ALL})")
    ap.add_argument("--diff", type=Path, default=None, help="an earlier run's JSON to compare")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    ap.add_argument(
        "--sweep", action="store_true", help="both error rates at each threshold (0.02 grid)"
    )
    args = ap.parse_args(argv)
    graphs = [g for g in args.graphs.split(",") if g]
    found = outcomes(graphs, args.verbose)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(found, indent=0), encoding="utf-8")
    for g in graphs:
        for s in ("dev", "own"):
            if any(k.startswith(f"{g}/{s}/") for k in found):
                print(f"{g} {s}: {counts(found, f'{g}/{s}/')}")
    if args.sweep:
        print("\n" + "\n".join(sweep(found)))
    if args.diff is not None:
        old = json.loads(args.diff.read_text(encoding="utf-8"))
        lines = diff(old, found)
        print(f"\n{len(lines)} question(s) changed against {args.diff}:")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
