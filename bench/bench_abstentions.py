"""Why answerable development questions are abstained on: each sorted by where its right
answer stands.

Every answerable question of ``bench_outcomes.py``'s sets (people's development half, our own
questions) that the retriever abstains on is put in one of four causes:

- ``a``: the right answer is first, its confidence under the threshold; the line says which
  reading held it there: the path's words and encoder (``judged``) or the ceiling of the
  walk's middle nodes (``ceiling``, ``AnswerConfidence._middles_said``);
- ``b``: the right answer is among the candidates, not first (its rank is printed);
- ``c-walk``: absent, though within ``max_hops`` of an entity the question was linked to (the
  walk did not reach or keep it);
- ``c-link``: absent and farther (or nothing linked): the question's entity was not linked.

The readings are taken by wrapping the two methods for the run (a diagnostic, not a side
channel of the library). Development data only.

Usage::

    cd bench && ../.venv/bin/python bench_abstentions.py            # every graph, a table
    cd bench && ../.venv/bin/python bench_abstentions.py --graphs pharma -v   # each question
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import bench_outcomes as bo
from _common import asked

CAUSES = ("a", "b", "c-walk", "c-link")


def distance(kg: Any, starts: list[str], gold: set[str], hops: int, fanout: int = 400) -> int:
    """The fewest hops from any of ``starts`` to a node whose label's key is in ``gold``
    (either direction, at most ``fanout`` edges a node), or ``hops + 1`` beyond ``hops``."""
    from kgchat.text import answer_key

    seen, frontier = set(starts), list(starts)
    for d in range(1, hops + 1):
        nxt = []
        for n in frontier:
            for e in kg.neighbors(n, limit=fanout):
                if e.neighbor in seen:
                    continue
                seen.add(e.neighbor)
                if answer_key(kg.label(e.neighbor)) in gold:
                    return d
                nxt.append(e.neighbor)
        frontier = nxt
    return hops + 1


def hooked(retriever: Any) -> dict[str, list[float]]:
    """Wrap the retriever's two confidence readings so that each retrieval's are kept."""
    seen: dict[str, list[float]] = {"judged": [], "ceiling": []}
    judge, middles = retriever.judge.confidence, retriever._middles_said

    def judged(*a: Any, **k: Any) -> float:
        v = judge(*a, **k)
        seen["judged"].append(float(v))
        return v

    def ceiling(*a: Any, **k: Any) -> float:
        v = middles(*a, **k)
        seen["ceiling"].append(float(v))
        return v

    retriever.judge.confidence = judged
    retriever._middles_said = ceiling
    return seen


def rows(graphs: list[str]) -> list[dict[str, Any]]:
    from kgchat.text import answer_key

    out = []

    def reset(seen: dict[str, list[float]]) -> None:
        for kept in seen.values():
            kept.clear()

    for a, seen in asked(graphs, hooked, reset, answerable_only=True):
        res, it, rank, top, gold, r = a.result, a.item, a.rank, a.top, a.gold, a.retriever
        if not res.abstained:
            continue
        row: dict[str, Any] = {
            "graph": a.graph,
            "set": a.set,
            "question": it.question,
            "gold": [str(x) for x in it.answers][:3],
            "top": top,
            "confidence": round(res.confidence, 3),
            "rank": rank,
            "mentions": [(m.text, m.node, m.method) for m in res.mentions],
            "path": res.candidates[0].to_dict()["paths"][:2] if res.candidates else [],
        }
        if rank == 0 or (top is not None and answer_key(top) in gold):
            row["cause"] = "a"
            j = max(seen["judged"], default=0.0)
            c = min(seen["ceiling"], default=1.0)
            row["held_by"] = "ceiling" if c < j and c < 0.2 else "judged"
            row["readings"] = (round(j, 3), round(c, 3))
        elif rank is not None:
            row["cause"] = "b"
            row["gold_path"] = res.candidates[rank].to_dict()["paths"][:1]
        else:
            starts = [m.node for m in res.mentions]
            d = distance(r.kg, starts, gold, r.config.max_hops) if starts else 99
            row["cause"] = "c-walk" if d <= r.config.max_hops else "c-link"
            row["distance"] = d
        out.append(row)
    return out


def table(found: list[dict[str, Any]]) -> list[str]:
    """A markdown table: causes per graph, and the totals."""
    per = Counter((x["graph"], x["cause"]) for x in found)
    held = Counter(x["held_by"] for x in found if x["cause"] == "a")
    lines = [
        "| graph | a: first, under 0.20 | b: ranked 2nd+ | c: absent, walk | c: absent, link |",
        "|---|---:|---:|---:|---:|",
    ]
    for g in sorted({x["graph"] for x in found}):
        lines.append(f"| {g} | " + " | ".join(str(per[(g, c)]) for c in CAUSES) + " |")
    tot = Counter(x["cause"] for x in found)
    lines.append("| **all** | " + " | ".join(f"**{tot[c]}**" for c in CAUSES) + " |")
    lines.append(
        f"\n(a) held by the words and encoder: {held['judged']}, "
        f"by the middle-node ceiling: {held['ceiling']}"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graphs", default=bo.ALL, help=f"comma-separated (default {bo.ALL})")
    ap.add_argument("--out", type=Path, default=None, help="the rows as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per question")
    args = ap.parse_args(argv)
    found = rows([g for g in args.graphs.split(",") if g])
    if args.out is not None:
        args.out.write_text(json.dumps(found, indent=1, default=str), encoding="utf-8")
    if args.verbose:
        for x in found:
            extra = x.get("held_by") or x.get("rank") or x.get("distance")
            print(
                f"{x['cause']:6} {x['graph']}/{x['set']} {x['question']!r} top {x['top']!r} "
                f"({x['confidence']}) {extra} gold {x['gold']}"
            )
    print("\n".join(table(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
