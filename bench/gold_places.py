"""Where the right answer was, for each wrong answer of an outcome file: the gold's rank among
the retriever's candidates (None: not among them), the top's and the gold's walks and scores.

A wrong answer (answerable, answered, the top not the gold) is recall (the gold not among the
candidates: linking or the walk), ranking (among them, below the top, or tied with it at its
score) or its form (first, but said otherwise). Each graph is loaded once, warmed up as
``bench_outcomes.py`` does, and only its wrong questions are retrieved again.

Usage::

    cd bench && PYTHONPATH=.. ../.venv/bin/python gold_places.py OUTCOMES.json PLACES.json
    cd bench && PYTHONPATH=.. ../.venv/bin/python gold_places.py O.json P.json --graphs rivers
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import bench_generalization as bg
import bench_outcomes as bo


def _walk(c: Any) -> str | None:
    """A candidate's first walk, as its pattern's text (None: no walk)."""
    return str(c.paths[0].pattern) if c is not None and c.paths else None


def places(wrong: dict[str, dict[str, Any]], graphs: list[str]) -> dict[str, dict[str, Any]]:
    """``graph/set/question`` -> the gold's place, for each key of ``wrong`` on ``graphs``."""
    from kgchat.evaluation import answer_key

    out: dict[str, dict[str, Any]] = {}
    for g, s, r, items, warm in bo.graph_sets(graphs):
        for it in warm[: bg.WARMUP]:
            r.retrieve(it.question)
        for it in items:
            key = f"{g}/{s}/{it.question}"
            if key not in wrong:
                continue
            cands = r.retrieve(it.question).candidates
            gold = {answer_key(x) for x in it.answers}
            rank = next((i for i, c in enumerate(cands) if answer_key(c.label) in gold), None)
            top = cands[0] if cands else None
            found = cands[rank] if rank is not None else None
            out[key] = {
                "kind": wrong[key]["kind"],
                "rank": rank,
                "top": top.label if top else None,
                "top_score": top.score if top else None,
                "top_walk": _walk(top),
                "gold": [str(x) for x in it.answers][:5],
                "gold_score": found.score if found else None,
                "gold_walk": _walk(found),
            }
    return out


def place_of(p: dict[str, Any]) -> str:
    """One wrong answer's cause group by where its gold was (first: a question this tree
    answers, or a gold said in another form than the top's)."""
    if p["rank"] is None:
        return "absent"
    if p["rank"] == 0:
        return "first (right on this tree, or said in another form)"
    tied = p["top_score"] - p["gold_score"] < 1e-6
    walk = "same walk" if p["top_walk"] == p["gold_walk"] else "another walk"
    return f"{'tied' if tied else 'below'}, {walk}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outcomes", type=Path, help="a bench_outcomes.py JSON")
    ap.add_argument("out", type=Path, help="where the places are written (JSON)")
    ap.add_argument("--graphs", default="", help="comma-separated (default: every graph)")
    args = ap.parse_args(argv)
    base = json.loads(args.outcomes.read_text(encoding="utf-8"))
    wrong = {
        k: v for k, v in base.items() if v["answerable"] and not v["hit"] and not v["abstained"]
    }
    graphs = sorted({k.split("/")[0] for k in wrong})
    if args.graphs:
        graphs = [g for g in graphs if g in args.graphs.split(",")]
    found = places(wrong, graphs)
    args.out.write_text(json.dumps(found, indent=0), encoding="utf-8")
    for group, n in Counter(map(place_of, found.values())).most_common():
        print(f"{n:5d}  {group}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
