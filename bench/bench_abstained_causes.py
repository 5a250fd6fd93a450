"""Why the right answer lost, for every answerable development question abstained on, and
what re-ranking by the confidence would do.

Where ``bench_abstentions.py`` sorts the abstentions by where the right answer stands, this
one reads, for each that has the right answer among the candidates but not first, what the
winner's best path and the right candidate's differ in:

- ``same path``: the same relation path (a sibling answer, or a second mention's constraint);
- ``class hop``: either walks up or down the class hierarchy (``rdf:type``, ``subClassOf``);
- ``literal``: one is a literal value, the other a node;
- ``shorter`` / ``longer``: the winner's walk has fewer / more hops than the right one's;
- ``direction``: the same relations, walked another way;
- ``near relation``: as many hops, other relations (the relation said otherwise).

Beside the cause it prints the scorer's components of both paths (coverage, mean hop support,
preposition, answer type, hops beyond the first, word order: what the ranking adds up,
``HeuristicPathScorer.components``), the one that favoured the winner most (weighted), the
encoder's cosine between the question (its mentions left out) and each path's relation
phrases, and the confidence the right candidate would have had ranked first
(``AnswerConfidence._confidence`` over the list with it moved to the top).

Every abstained question, answerable or not, is also read for *promotion*: the first of the
next ``--depth`` candidates whose confidence, ranked first, would reach the threshold. The
tally says how many right answers, wrong answers and answered unanswerable questions that
would make: the measurement of a confidence re-ranking before building it.

Usage::

    cd bench && ../.venv/bin/python bench_abstained_causes.py --graphs people,films -v
    cd bench && ../.venv/bin/python bench_abstained_causes.py --out /tmp/causes.json
    cd bench && ../.venv/bin/python bench_abstained_causes.py --table /tmp/causes.json
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

COMPONENTS = ("coverage", "support", "preposition", "type", "hops", "order")
HIERARCHY_WORDS = ("type", "subClassOf", "subclassof")


def _path(c: Any) -> Any:
    return c.paths[0] if c.paths else None


def _class_hop(p: Any) -> bool:
    return any(r.rsplit("#", 1)[-1].rsplit("/", 1)[-1] in HIERARCHY_WORDS for r, _ in p.pattern)


def cause(r: Any, top: Any, right: Any) -> str:
    """Which of the module docstring's causes sets the winner's best path apart from the
    right candidate's."""
    a, b = _path(top), _path(right)
    if a is None or b is None:
        return "no path"
    if a.pattern == b.pattern:
        return "same path"
    if _class_hop(a) or _class_hop(b):
        return "class hop"
    if bool(r.is_literal(top.node)) != bool(r.is_literal(right.node)):
        return "literal"
    if len(a.pattern) != len(b.pattern):
        return "shorter" if len(a.pattern) < len(b.pattern) else "longer"
    if sorted(x for x, _ in a.pattern) == sorted(x for x, _ in b.pattern):
        return "direction"
    return "near relation"


def _query(r: Any, c: Any) -> Any:
    p = _path(c)
    return r.query(p.pattern, r.answer_types(c.node)) if p is not None else None


def components(r: Any, q: Any, top: Any, right: Any) -> dict[str, Any]:
    """The scorer's components of both best paths, the weighted difference of each (winner
    minus right), and the encoder's cosine of each path's phrases with the question."""
    out: dict[str, Any] = {}
    qa, qb = _query(r, top), _query(r, right)
    scorer = r.scorer
    if qa is None or qb is None or not hasattr(scorer, "components"):
        return out
    comp = scorer.components(q, [qa, qb])
    cfg = scorer.config
    w = [cfg.coverage, cfg.support, cfg.preposition, cfg.answer_type, -cfg.length, cfg.direction]
    gap = [(float(comp[0, i]) - float(comp[1, i])) * w[i] for i in range(6)]
    out["top_components"] = [round(float(x), 3) for x in comp[0]]
    out["right_components"] = [round(float(x), 3) for x in comp[1]]
    out["deciding"] = COMPONENTS[max(range(6), key=lambda i: gap[i])]
    out["score_gap"] = round(top.score - right.score, 3)
    sim = getattr(scorer, "similarity", None)
    if sim is not None and q.words and sim.floor() < 1.0:
        texts = [" ".join(qa.phrases), " ".join(qb.phrases)]
        sim.prefetch([q.asked, *texts])
        e = sim.embed(q.asked)
        out["cosines"] = [round(float(e @ sim.embed(t)), 3) for t in texts]
    return out


def confidence_first(r: Any, res: Any, i: int) -> float:
    """The confidence of ``res``'s candidate ``i`` had it been ranked first (the others
    after it in their order)."""
    cands = res.candidates
    moved = [cands[i], *cands[:i], *cands[i + 1 :]]
    spans = {m.node: (m.start, m.end) for m in res.mentions}
    return float(r._confidence(res.reading, moved, None, frozenset(), spans))


def rows(graphs: list[str], depth: int) -> list[dict[str, Any]]:
    from kgchat.text import answer_key

    out = []
    for a, _ in asked(graphs, lambda r: None, lambda s: None):
        res, it, r = a.result, a.item, a.retriever
        if not res.abstained or not res.candidates or res.reading is None:
            continue
        floor = r.config.min_confidence
        row: dict[str, Any] = {
            "graph": a.graph,
            "set": a.set,
            "question": it.question,
            "answerable": bool(it.answers),
            "gold": [str(x) for x in it.answers][:3],
            "top": res.candidates[0].label,
            "confidence": round(res.confidence, 3),
            "rank": a.rank,
        }
        # promotion: the first of the next candidates that would be answered ranked first
        for i in range(1, min(depth + 1, len(res.candidates))):
            conf = confidence_first(r, res, i)
            if conf >= floor:
                row["promoted"] = {
                    "rank": i,
                    "label": res.candidates[i].label,
                    "confidence": round(conf, 3),
                    "right": answer_key(res.candidates[i].label) in a.gold,
                    # the winner's walk passed through it: the winner walks on from it
                    "on_top_path": res.candidates[i].node in _path(res.candidates[0]).nodes
                    if res.candidates[0].paths
                    else False,
                }
                break
        if it.answers and a.rank is not None and a.rank > 0:
            top, right = res.candidates[0], res.candidates[a.rank]
            row["cause"] = cause(r, top, right)
            row["top_path"] = [list(map(list, _path(top).pattern))] if top.paths else []
            row["right_path"] = [list(map(list, _path(right).pattern))] if right.paths else []
            row.update(components(r, res.reading, top, right))
            row["right_confidence_first"] = round(confidence_first(r, res, a.rank), 3)
        out.append(row)
    return out


def _extends(x: dict[str, Any]) -> bool:
    """Whether one of the two best paths is the other cut short (the longer walks on from
    the shorter's answer)."""
    a, b = x.get("top_path") or [[]], x.get("right_path") or [[]]
    short, long = sorted((a[0], b[0]), key=len)
    return bool(short) and len(short) < len(long) and long[: len(short)] == short


def table(found: list[dict[str, Any]], floor: float = 0.2) -> list[str]:
    """Where the right answers stand, the causes of those ranked 2nd+ (what favoured the
    winner, whether the encoder prefers the right path, whether the right one ranked first
    would be answered), and the promotion tally."""
    ans = [x for x in found if x["answerable"]]
    where = Counter(
        "first" if x["rank"] == 0 else "absent" if x["rank"] is None else "2nd+" for x in ans
    )
    b = [x for x in found if x.get("cause")]
    lines = [
        f"answerable abstained with candidates: {len(ans)}: right answer first {where['first']}, "
        f"ranked 2nd+ {where['2nd+']}, not among the candidates {where['absent']}",
        "",
        "| cause | questions | scorer part that favoured the winner most | encoder prefers "
        f"the right path | right one first would reach {floor} | one path extends the other "
        "| graphs |",
        "|---|---:|---|---:|---:|---:|---|",
    ]
    for c, n in Counter(x["cause"] for x in b).most_common():
        these = [x for x in b if x["cause"] == c]
        dec = Counter(x.get("deciding", "-") for x in these).most_common(3)
        graphs = Counter(x["graph"] for x in these).most_common(4)
        cos = [x["cosines"] for x in these if x.get("cosines")]
        lines.append(
            f"| {c} | {n} | "
            + ", ".join(f"{k} {v}" for k, v in dec)
            + f" | {sum(r > t for t, r in cos)} of {len(cos)}"
            + f" | {sum(x['right_confidence_first'] >= floor for x in these)}"
            + f" | {sum(_extends(x) for x in these)} | "
            + ", ".join(f"{k} {v}" for k, v in graphs)
            + " |"
        )
    pro = Counter(
        ("right" if x["promoted"]["right"] else "wrong" if x["answerable"] else "unanswerable")
        for x in found
        if x.get("promoted")
    )
    on = Counter(
        ("right" if x["promoted"]["right"] else "wrong" if x["answerable"] else "unanswerable")
        for x in found
        if x.get("promoted", {}).get("on_top_path")
    )
    lines.append(
        f"\npromotion (the first next candidate that would reach {floor}) over {len(found)} "
        f"abstentions ({len(ans)} answerable, {len(found) - len(ans)} unanswerable): "
        f"{pro['right']} right, {pro['wrong']} wrong, {pro['unanswerable']} unanswerable "
        f"answered; of them, a node the winner's walk passed through: {on['right']} right, "
        f"{on['wrong']} wrong, {on['unanswerable']} unanswerable answered"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graphs", default=bo.ALL, help=f"comma-separated (default {bo.ALL})")
    ap.add_argument("--depth", type=int, default=4, help="candidates read for promotion")
    ap.add_argument("--out", type=Path, default=None, help="the rows as JSON")
    ap.add_argument("--table", type=Path, default=None, help="print a saved run's table")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per question")
    args = ap.parse_args(argv)
    if args.table is not None:
        found = json.loads(args.table.read_text(encoding="utf-8"))
    else:
        found = rows([g for g in args.graphs.split(",") if g], args.depth)
    if args.out is not None:
        args.out.write_text(json.dumps(found, indent=1, default=str), encoding="utf-8")
    if args.verbose:
        for x in found:
            if x.get("cause") or x.get("promoted"):
                print(
                    f"{x.get('cause', '-'):13} {x['graph']}/{x['set']} {x['question']!r} top "
                    f"{x['top']!r} ({x['confidence']}) rank {x['rank']} gold {x['gold']} "
                    f"{x.get('deciding', '')} {x.get('cosines', '')} "
                    f"right-first {x.get('right_confidence_first', '')} "
                    f"promoted {x.get('promoted', '')}"
                )
    print("\n".join(table(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
