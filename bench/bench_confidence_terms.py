"""The terms of the retriever's confidence, per development question, answerable or not.

For every question of ``bench_outcomes.py``'s sets (people's development half, our own
questions) the best candidate's judgement is taken apart, as ``AnswerConfidence._judged_top``
and ``RelationMatch.confidence`` compute it: the path's words (``lexical``: coverage or a
relation named for the type), the encoder's rescaled cosine (``meaning``), the encoder's own
choice among the alternatives (``chosen``), the value or wh-type cap (``cap``), the passive
word-order factor (``against``), the judgement after them (``judged``) and the middle-node
ceiling (``ceiling``, ``AnswerConfidence._middles_said``), beside the final confidence, the
right answer's rank among the candidates and the question's kind. The readings are taken by
wrapping the methods for the run (a diagnostic, not a side channel of the library); the
cosines are computed even where the library's shortcut skips them (``lexical`` 1, a cap or
the ceiling reached first), so the run costs more forward passes than a plain one.

With ``--table`` the rows of a run (``--out``) are summed up: the answerable questions
abstained on by where the right answer stands and, for those with it first, by the term that
held it under the threshold, per question kind and per graph; and each term's distribution
on answerable (right answer first) and unanswerable questions, the test of whether it
separates the two. ``--calibrate`` adds a logistic calibration of the terms (answerable with
the right answer first against unanswerable), fitted on four graph groups and applied to the
fifth, in turn: the trade-off it reaches against the confidence's own, at equal shares of
unanswerable questions abstained on (an upper bound of any calibration of these terms fitted
elsewhere, as it is fitted on questions of the same kind). ``--generated OUT.json`` writes
the same rows for questions kgchat makes itself from each graph (``kgchat.qa.generate_qa``,
one phrasing and one rewording each: answerable from the graph's facts, unanswerable asking
a relation the entity lacks and its peers have; 30 and 15 a graph), and ``--fit-on`` that file
with ``--table`` fits the calibration on them alone and reads it on the development rows:
nothing fitted on an evaluation question. Development data only.

Usage::

    cd bench && ../.venv/bin/python bench_confidence_terms.py --out /tmp/terms.json
    cd bench && ../.venv/bin/python bench_confidence_terms.py --table /tmp/terms.json --calibrate
    cd bench && ../.venv/bin/python bench_confidence_terms.py --generated /tmp/gen.json
    cd bench && ../.venv/bin/python bench_confidence_terms.py --table /tmp/terms.json \\
        --fit-on /tmp/gen.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import bench_outcomes as bo
from _common import asked

THRESHOLD = 0.20


def hooked(retriever: Any) -> list[dict[str, Any]]:
    """Wrap ``_judged_top``, ``RelationMatch.confidence`` and ``_middles_said`` so that each
    judgement of a top candidate is kept with its terms (the list is the run's, cleared by
    the caller per question)."""
    from kgchat.retrieval.question_shapes import wh_typed
    from kgchat.retrieval.values import VALUE_KINDS

    seen: list[dict[str, Any]] = []
    current: list[dict[str, Any]] = []
    judge = retriever.judge
    top_of, conf_of, middles_of = retriever._judged_top, judge.confidence, retriever._middles_said

    def judged_top(q: Any, top: Any, *a: Any, **k: Any) -> float:
        rec: dict[str, Any] = {"hops": len(top.paths[0].pattern) if top.paths else 0}
        rec["joint"] = len({p.start for p in top.paths}) > 1
        current.append(rec)
        try:
            v = top_of(q, top, *a, **k)
        finally:
            current.pop()
        rec["top"] = float(v)
        seen.append(rec)
        return v

    def confidence(q: Any, path: Any, **k: Any) -> float:
        v = conf_of(q, path, **k)
        if not current:
            return v
        rec = current[-1]
        kinds, value = k.get("kinds"), k.get("value")
        p = replace(path, answer_types=kinds) if kinds is not None and not q.named_type else path
        lexical = judge._lexical(q, p)
        cap = None
        if value is False and VALUE_KINDS.intersection(q.answer_type):
            cap = judge.meets(p.answer_types, q.answer_type)
        elif kinds and wh_typed(q) and not VALUE_KINDS.intersection(q.answer_type):
            cap = judge._of_wh_type(q, kinds, value, p)
        meaning = judge._judged(q, p, 0.0)
        chosen = judge._chosen(q, p, k.get("alternatives", ()), 0.0)
        rec.update(
            lexical=round(float(lexical), 4),
            meaning=round(float(meaning), 4),
            chosen=round(float(chosen), 4),
            cap=None if cap is None else round(float(cap), 4),
            against=round(float(judge.scorer.passive_order(q, p)), 4),
            judged=round(float(v), 4),
            value=value,
            words=list(q.words),
            answer_type=list(q.answer_type),
            phrases=list(p.phrases),
        )
        return v

    def middles(*a: Any, **k: Any) -> float:
        v = middles_of(*a, **k)
        if current:
            current[-1]["ceiling"] = round(float(v), 4)
        return v

    retriever._judged_top = judged_top
    judge.confidence = confidence
    retriever._middles_said = middles
    return seen


def wh(question: str) -> str:
    """The question's kind by its first question word (a coarse grouping for the table)."""
    words = question.lower().replace("?", " ").replace(",", " ").split()
    for w in words[:6]:
        if w in ("who", "whom", "whose", "what", "which", "where", "when", "how", "why"):
            return w
        if w in ("is", "are", "was", "were", "did", "does", "do", "has", "have", "can"):
            return "yes/no"
    return "other"


def rows(graphs: list[str]) -> list[dict[str, Any]]:
    from kgchat.text import answer_key

    out = []
    for a, seen in asked(graphs, hooked, list.clear):
        res, it, top = a.result, a.item, a.top
        first = top is not None and answer_key(top) in a.gold
        out.append(
            {
                "graph": a.graph,
                "set": a.set,
                "question": it.question,
                "answerable": bool(it.answers),
                "kind": dict(it.groups).get("kind"),
                "wh": wh(it.question),
                "confidence": round(float(res.confidence), 4),
                "abstained": bool(res.abstained),
                "first_right": bool(first),
                "rank": 0 if first else a.rank,
                "top": str(top)[:80],
                "terms": max(seen, key=lambda x: x["top"], default={}),
            }
        )
    return out


def generated_rows(graphs: list[str], answerable: int = 30, unanswerable: int = 15) -> list:
    """:func:`rows` for questions made from each graph itself (module docstring)."""
    import random

    from kgchat import KnowledgeGraph
    from kgchat.errors import DataError
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever
    from kgchat.qa import generate_qa
    from kgchat.qa.config import QAConfig
    from kgchat.text import answer_key

    config = QAConfig(
        retrieve=False, phrasings=1, max_per_kind=12, rewordings=1, conjunctions=False
    )
    out = []
    for g in graphs:
        col, _ = bo.bg.one_graph(g)
        kg = KnowledgeGraph.load(*col["paths"])
        r = make_retriever(kg)
        r.prepare()
        try:
            made = generate_qa(kg, config, progress=False)
        except DataError:  # a graph that yields no question
            continue
        seen = hooked(r)
        ans = [e for e in made if e.answers]
        random.Random(0).shuffle(ans)
        for e in ans[:answerable] + [e for e in made if not e.answers][:unanswerable]:
            seen.clear()
            res = r.retrieve(e.question)
            top = _default_answers(res)[0]
            first = top is not None and answer_key(top) in {answer_key(x) for x in e.answers}
            out.append(
                {
                    "graph": g,
                    "question": e.question,
                    "answerable": bool(e.answers),
                    "rank": 0 if first else None,
                    "confidence": round(float(res.confidence), 4),
                    "abstained": bool(res.abstained),
                    "terms": max(seen, key=lambda x: x["top"], default={}),
                }
            )
    return out


def fitted_on(made: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[str]:
    """The trade-off on ``found`` of a calibration fitted on ``made`` alone."""
    import numpy as np

    def matrix(rs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Any]:
        kept = [(x, f) for x in rs if (f := features(x)) is not None]
        return [x for x, _ in kept], np.array([f for _, f in kept])

    mx, MX = matrix(made)
    right = np.array([x["answerable"] and x["rank"] == 0 for x in mx])
    train = right | np.array([not x["answerable"] for x in mx])
    w = logistic(MX[train], right[train].astype(float))
    dx, DX = matrix(found)
    score = 1.0 / (1.0 + np.exp(-np.hstack([DX, np.ones((len(DX), 1))]) @ w))
    un = np.array([not x["answerable"] for x in dx])
    names = [*FEATURES, "confidence", "bias"]
    lines = [
        f"\nfitted on {int(train.sum())} generated rows of {len({x['graph'] for x in mx})} "
        "graphs; weights " + ", ".join(f"{n} {v:.2f}" for n, v in zip(names, w, strict=True)),
        "| unanswerable abstained | confidence: answerable abstained | logistic (generated) |",
        "|---:|---:|---:|",
    ]
    for share in (0.70, 0.75, 0.80, 0.85, 0.90):
        cells = []
        for s in (DX[:, -1], score):
            t = np.sort(s[un])[int(np.ceil(share * un.sum())) - 1] + 1e-9
            cells.append(f"{int((s[~un] < t).sum())} ({(s[~un] < t).mean():.3f})")
        lines.append(f"| {share:.2f} | " + " | ".join(cells) + " |")
    return lines


def held_by(t: dict[str, Any], threshold: float = THRESHOLD) -> str:
    """The term that put a first-ranked right answer under ``threshold``."""
    if not t or "top" not in t:
        return "rule (yes/no or a 0 rule)"
    if "judged" not in t:
        return "rule (out and back / owner)"
    words = max(t["lexical"], t["meaning"], t["chosen"])
    if t.get("ceiling", 1.0) < threshold and words >= threshold:
        return "ceiling (middle nodes / last hop)"
    if t["cap"] is not None and t["cap"] < threshold and words >= threshold:
        return "cap (value / wh-type kinds)"
    if t["against"] < 0 and words >= threshold:
        return "passive word order"
    return "words and encoder"


def table(found: list[dict[str, Any]]) -> list[str]:
    ans = [x for x in found if x["answerable"]]
    un = [x for x in found if not x["answerable"]]
    ab = [x for x in ans if x["abstained"]]
    lines = [
        f"{len(ans)} answerable, {len(ab)} abstained ({len(ab) / max(1, len(ans)):.3f}); "
        f"{len(un)} unanswerable, {sum(x['abstained'] for x in un)} abstained",
        "",
        "| where the right answer stands | questions |",
        "|---|---:|",
    ]
    first = [x for x in ab if x["rank"] == 0]
    lower = [x for x in ab if x["rank"] not in (0, None)]
    absent = [x for x in ab if x["rank"] is None]
    for name, xs in (("first, under the threshold", first), ("ranked 2nd+", lower)):
        lines.append(f"| {name} | {len(xs)} |")
    lines.append(f"| not among the candidates | {len(absent)} |")
    lines += ["", "| first, held by | questions | by kind | by graph |", "|---|---:|---|---|"]
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for x in first:
        groups[held_by(x["terms"])].append(x)
    for name, xs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        kinds = Counter(x["wh"] for x in xs).most_common()
        graphs = Counter(x["graph"] for x in xs).most_common()
        lines.append(
            f"| {name} | {len(xs)} | "
            + ", ".join(f"{k} {n}" for k, n in kinds)
            + " | "
            + ", ".join(f"{k} {n}" for k, n in graphs)
            + " |"
        )
    # each term on answerable questions with the right answer first and on unanswerable ones
    right = [x for x in ans if x["rank"] == 0 and x["terms"].get("judged") is not None]
    unt = [x for x in un if x["terms"].get("judged") is not None]
    lines += [
        "",
        "| term | answerable, right first: share < 0.20 | unanswerable: share < 0.20 |",
        "|---|---:|---:|",
    ]
    for term in ("lexical", "meaning", "chosen", "cap", "judged", "ceiling"):

        def low(xs: list[dict[str, Any]], term: str = term) -> str:
            vals = [x["terms"].get(term) for x in xs]
            vals = [v for v in vals if v is not None]
            n = sum(v < THRESHOLD for v in vals)
            return f"{n}/{len(vals)} ({n / max(1, len(vals)):.2f})"

        lines.append(f"| {term} | {low(right)} | {low(unt)} |")
    return lines


FEATURES = ("lexical", "meaning", "chosen", "cap", "ceiling", "hops", "joint", "passive", "value")


def features(x: dict[str, Any]) -> list[float] | None:
    """A row's terms as numbers (None where no path was judged: a rule decided)."""
    t = x["terms"]
    if "judged" not in t:
        return None
    cap = 1.0 if t["cap"] is None else t["cap"]
    return [
        t["lexical"],
        t["meaning"],
        t["chosen"],
        cap,
        t.get("ceiling", 1.0),
        min(t["hops"], 3) / 3,
        float(t["joint"]),
        float(t["against"] < 0),
        float(t["value"] is True),
        x["confidence"],
    ]


def logistic(X: Any, y: Any) -> Any:
    """Weights (bias last) of the library's logistic regression
    (:func:`kgchat.retrieval.relation_learned.logistic`: L2-regularised, the classes weighted
    to balance, Adam steps), the one the relation matcher is trained with."""
    import numpy as np

    from kgchat.retrieval.relation_learned import logistic as fit

    w, b = fit(np.asarray(X, float), np.asarray(y, float))
    return np.append(w.astype(float), b)


def calibrate(found: list[dict[str, Any]], folds: int = 5) -> list[str]:
    """The trade-off of a logistic calibration of the terms, fitted per held-out graph
    group (module docstring), against the confidence's own."""
    import numpy as np

    rows = [(x, f) for x in found if (f := features(x)) is not None]
    X = np.array([f for _, f in rows])
    graphs = sorted({x["graph"] for x, _ in rows})
    fold = {g: i % folds for i, g in enumerate(graphs)}
    group = np.array([fold[x["graph"]] for x, _ in rows])
    right = np.array([x["answerable"] and x["rank"] == 0 for x, _ in rows])
    un = np.array([not x["answerable"] for x, _ in rows])
    ans = ~un
    train = right | un
    score = np.zeros(len(rows))
    for k in range(folds):
        fit = train & (group != k)
        w = logistic(X[fit], right[fit].astype(float))
        A = np.hstack([X[group == k], np.ones(((group == k).sum(), 1))])
        score[group == k] = 1.0 / (1.0 + np.exp(-A @ w))
    # the rows a rule decided (no terms) keep their confidence's side of the threshold
    conf = X[:, -1]
    n_ans, n_un = int(ans.sum()), int(un.sum())
    lines = [
        f"\n{len(rows)} judged rows ({n_ans} answerable, {n_un} unanswerable); a threshold "
        "per score at each share of unanswerable abstained on",
        "| unanswerable abstained | confidence: answerable abstained | logistic (CV by graph) |",
        "|---:|---:|---:|",
    ]
    for share in (0.70, 0.75, 0.80, 0.85, 0.90):
        cells = []
        for s in (conf, score):
            t = np.sort(s[un])[int(np.ceil(share * n_un)) - 1] + 1e-9
            cells.append(f"{int((s[ans] < t).sum())} ({(s[ans] < t).mean():.3f})")
        lines.append(f"| {share:.2f} | " + " | ".join(cells) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graphs", default=bo.ALL, help=f"comma-separated (default {bo.ALL})")
    ap.add_argument("--out", type=Path, default=None, help="the rows as JSON")
    ap.add_argument("--table", type=Path, default=None, help="sum up an earlier run's rows")
    ap.add_argument("--calibrate", action="store_true", help="a logistic calibration's trade-off")
    ap.add_argument("--generated", type=Path, default=None, help="rows of generated questions")
    ap.add_argument("--fit-on", type=Path, default=None, help="calibrate on generated rows")
    args = ap.parse_args(argv)
    graphs = [g for g in args.graphs.split(",") if g]
    if args.generated is not None:
        made = generated_rows(graphs)
        args.generated.write_text(json.dumps(made, indent=0, default=str), encoding="utf-8")
        return 0
    if args.table is not None:
        found = json.loads(args.table.read_text(encoding="utf-8"))
    else:
        found = rows(graphs)
        if args.out is not None:
            args.out.write_text(json.dumps(found, indent=0, default=str), encoding="utf-8")
    print("\n".join(table(found)))
    if args.calibrate:
        print("\n".join(calibrate(found)))
    if args.fit_on is not None:
        made = json.loads(args.fit_on.read_text(encoding="utf-8"))
        print("\n".join(fitted_on(made, found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
