"""Which signals tell an answerable question abstained on from an unanswerable one (issue 11).

Every development and own question (``bench_outcomes.py``'s sets, development data only) is
retrieved with the pipeline's default retriever; where its confidence is below ``--band``
(default 0.3, the threshold being 0.20), the signals a learned abstention could read are
recorded beside the outcome:

- ``conf``: the confidence (``kgchat.retrieval.confidence``); ``judged`` and ``ceiling``: the
  relation judge's best judgement and the lowest ceiling the middle hops allowed, as the
  retriever asked them (``bench_abstentions.hooked``, read as that script reads them);
- ``score``, ``margin``, ``n_tied``: the walk's own score of the best candidate, its lead over
  the next lower one, how many tie with it; ``literal``, ``joint``, ``hops``: what the answer
  is and how it was reached;
- ``min_link``, ``exact_link``: the mentions' link scores, all found by name or not;
- ``walked_raw``: MiniLM's raw cosine between the question (mentions left out) and the best
  path's relation phrases; ``g_best_raw`` / ``g_rank``: the best cosine of any other relation
  phrase of the graph (both directions) and how many beat the walked one; ``own_best_raw``:
  the best of the start entity's other relations; ``miss_best_raw``: the best of the
  relations its peers (things of its classes, up to 40) have and it lacks ("a near relation
  the entity lacks");
- ``top_paths``, ``same_rel5``, ``rel_margin``, ``rels10``: how the candidates agree (forty-third
  round): the paths reaching the best answer, how many of the next five are reached by its
  relation path, its score's lead over the best candidate reached by another relation path,
  and how many relation paths the first ten take;
- ``n_typed``, ``first_typed``: how many of the start entity's relations (each direction)
  reach a node whose kinds meet the type asked (met at 0.5 or more), and whether the best
  path's first hop is one of them (a question asking a person of a band with one relation
  to persons has one reading, whatever its words).

``--fit ROWS.json`` then fits a logistic regression (standardised features, sklearn's default
L2) that predicts "the top answer is right" within the band and reports, under
leave-one-graph-out cross-validation (each graph's questions scored by a model fitted on the
others), how many answerable questions with a right top answer are answered and how many
unanswerable ones abstained at each probability threshold, against the threshold's own
(answer iff ``conf >= 0.20``).

Usage::

    cd bench && ../.venv/bin/python abstention_signals.py /tmp/rows.json       # ~10 min
    cd bench && ../.venv/bin/python abstention_signals.py /tmp/rows.json --fit
    cd bench && ../.venv/bin/python abstention_signals.py /tmp/r.json --graphs corp,films
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import bench_outcomes as bo
import numpy as np
from bench_abstentions import hooked

FEATURES = (
    "conf",
    "judged",
    "ceiling",
    "score",
    "margin",
    "n_tied",
    "literal",
    "joint",
    "hops",
    "min_link",
    "exact_link",
    "walked_raw",
    "g_best_raw",
    "g_rank",
    "own_best_raw",
    "miss_best_raw",
    "top_paths",
    "same_rel5",
    "rel_margin",
    "rels10",
    "n_typed",
    "first_typed",
)


def _relations(r: Any, node: str, limit: int = 256) -> set[tuple[str, bool]]:
    from kgchat.graph.vocab import RDF_TYPE
    from kgchat.retrieval.answer_paths import NO_RELATION

    return {
        (e.predicate, e.forward)
        for e in r.kg.neighbors(node, limit=limit)
        if e.predicate not in NO_RELATION and e.predicate != RDF_TYPE
    }


def _text(r: Any, rel: str, forward: bool) -> str:
    return " ".join(r.query(((rel, forward),), ()).phrases)


def _graph_texts(r: Any) -> list[str]:
    """Every relation phrase of the graph, both directions (embedded once a graph)."""
    from kgchat.graph.vocab import RDF_TYPE
    from kgchat.retrieval.answer_paths import NO_RELATION

    texts = getattr(r, "_signal_texts", None)
    if texts is None:
        found = set()
        for p in r.kg.raw_predicates():
            if p not in NO_RELATION and p != RDF_TYPE:
                found |= {_text(r, p, True), _text(r, p, False)}
        texts = r._signal_texts = sorted(t for t in found if t)
        r.judge.scorer.similarity.prefetch(texts)
    return texts


def agreement(c: list[Any]) -> dict[str, float]:
    """How the candidates ``c`` (best first, the best with a path) agree (module docstring)."""
    top, pattern = c[0], c[0].paths[0].pattern
    others = [x.score for x in c[1:] if x.paths and x.paths[0].pattern != pattern]
    return {
        "top_paths": float(len(top.paths)),
        "same_rel5": float(sum(1 for x in c[1:6] if x.paths and x.paths[0].pattern == pattern)),
        "rel_margin": top.score - (others[0] if others else 0.0),
        "rels10": float(len({x.paths[0].pattern for x in c[:10] if x.paths})),
    }


def typed_relations(r: Any, q: Any, path: Any) -> dict[str, float]:
    """How many of ``path``'s start's relations reach the type ``q`` asks (module docstring)."""
    from kgchat.graph.vocab import RDF_TYPE
    from kgchat.retrieval.answer_paths import NO_RELATION

    if not q.answer_type:
        return {}
    met: dict[tuple[str, bool], float] = {}
    for e in r.kg.neighbors(path.start, limit=300):
        if e.predicate in NO_RELATION or e.predicate == RDF_TYPE:
            continue
        kinds = r.kinds_of(e.neighbor)
        m = r.judge.meets(kinds, q.answer_type) if kinds else 0.0
        met[(e.predicate, e.forward)] = max(met.get((e.predicate, e.forward), 0.0), m)
    return {
        "n_typed": float(sum(1 for m in met.values() if m >= 0.5)),
        "first_typed": float(met.get(path.pattern[0], 0.0) >= 0.5),
    }


def signals(r: Any, res: Any) -> dict[str, float]:
    """The signals of one retrieval (module docstring) but ``judged``/``ceiling``."""
    from kgchat.retrieval.answer_paths import said_pattern

    q, c, ms = res.reading, res.candidates, res.mentions
    f: dict[str, float] = {"conf": float(res.confidence)}
    f["min_link"] = min((m.score for m in ms), default=0.0)
    f["exact_link"] = float(bool(ms) and all(m.method == "dictionary" for m in ms))
    if not c or not c[0].paths or q is None:
        return f
    top, best = c[0], c[0].score
    lower = [x.score for x in c if x.score < best - 1e-6]
    f["score"] = best
    f["margin"] = best - (lower[0] if lower else 0.0)
    f["n_tied"] = sum(1 for x in c if x.score >= best - 1e-6)
    f["hops"] = len(top.paths[0].pattern)
    f["joint"] = float(len({p.start for p in top.paths}) > 1)
    f["literal"] = float(top.node in r.kg and r.kg.is_literal(top.node))  # (a "no": none)
    f.update(agreement(c))
    f.update(typed_relations(r, q, top.paths[0]))
    if not q.words:
        return f
    sim = r.judge.scorer.similarity
    pattern, parts = said_pattern(top)
    walked = " ".join(r.query(pattern, (), parts).phrases)
    start = top.paths[0].start
    own = _relations(r, start)
    peers = {p for k in r.kg.types(start)[:3] for p in r.kg.subjects_of_type(k)[:40]} - {start}
    theirs = set().union(*(_relations(r, p, 128) for p in sorted(peers)[:40]))
    own_texts = {_text(r, *x) for x in own} - {walked}
    missing = {_text(r, *x) for x in theirs - own} - own_texts - {walked}
    texts = _graph_texts(r)
    sim.prefetch([q.asked, walked, *sorted(own_texts | missing)])
    asked = sim.embed(q.asked)

    def cos(t: str) -> float:
        return float(asked @ sim.embed(t)) if t else 0.0

    w = cos(walked)
    others = np.array([cos(t) for t in texts if t != walked])
    f["walked_raw"] = w
    f["g_best_raw"] = float(others.max()) if others.size else 0.0
    f["g_rank"] = float((others > w).sum())
    f["own_best_raw"] = max((cos(t) for t in own_texts), default=0.0)
    f["miss_best_raw"] = max((cos(t) for t in missing), default=0.0)
    return f


def collect(graphs: list[str], band: float) -> dict[str, dict[str, Any]]:
    """``graph/set/question`` -> signals and outcome, for questions below ``band``."""
    from kgchat.evaluation import _default_answers, answer_key

    rows: dict[str, dict[str, Any]] = {}
    for g, s, r, items, _warm in bo.graph_sets(graphs):
        seen = hooked(r)  # the judge's readings and the middle hops' ceilings, kept
        for it in items:
            for kept in seen.values():
                kept.clear()
            res = r.retrieve(it.question)
            if res.confidence >= band:
                continue
            top = _default_answers(res)[0]
            gold = {answer_key(x) for x in it.answers}
            f = signals(r, res)
            f["judged"] = max(seen["judged"], default=f["conf"])
            f["ceiling"] = min(seen["ceiling"], default=1.0)
            rows[f"{g}/{s}/{it.question}"] = dict(
                f,
                answerable=bool(it.answers),
                first_right=top is not None and answer_key(top) in gold,
                top=str(top)[:60],
            )
        print(f"{g} {s}: {len(rows)} rows", flush=True)
    return rows


def _matrix(rows: list[dict[str, Any]], features: tuple[str, ...]) -> np.ndarray:
    def value(v: dict[str, Any], k: str) -> float:
        x = float(v.get(k, 0.0))
        if k in ("n_tied", "g_rank", "top_paths", "rels10", "n_typed"):
            return float(np.log1p(x))
        return min(max(x, -1.0), 3.0) if k in ("score", "margin", "rel_margin") else x

    return np.array([[value(v, k) for k in features] for v in rows])


def frontier(
    data: dict[str, dict[str, Any]], features: tuple[str, ...], threshold: float = 0.20
) -> list[str]:
    """Leave-one-graph-out: answerable-right answered / unanswerable abstained per
    probability threshold, against answering iff ``conf >= threshold``."""
    from sklearn.linear_model import LogisticRegression

    keys = list(data)
    rows = [data[k] for k in keys]
    graph = np.array([k.split("/")[0] for k in keys])
    x = _matrix(rows, features)
    x = (x - x.mean(0)) / (x.std(0) + 1e-9)
    right = np.array([v["answerable"] and v["first_right"] for v in rows])
    un = np.array([not v["answerable"] for v in rows])
    wrong = ~un & ~right
    p = np.zeros(len(rows))
    for g in np.unique(graph):
        held = graph == g
        if len(set(right[~held].tolist())) < 2:  # one graph, or one outcome left to learn
            p[held] = float(right[~held].mean()) if (~held).any() else 0.0
            continue
        model = LogisticRegression(max_iter=1000).fit(x[~held], right[~held])
        p[held] = model.predict_proba(x[held])[:, 1]
    conf = np.array([v["conf"] for v in rows])
    base = conf >= threshold
    out = [
        f"{len(rows)} questions below the band: {int(right.sum())} answerable with a right top "
        f"answer, {int(wrong.sum())} with a wrong one, {int(un.sum())} unanswerable",
        f"threshold {threshold}: right answered {int((base & right).sum())}, unanswerable "
        f"abstained {int((~base & un).sum())}, wrong answered {int((base & wrong).sum())}",
    ]
    for t in (0.7, 0.6, 0.5, 0.45, 0.4, 0.35, 0.3):
        a = p >= t
        out.append(
            f"model p >= {t}: right answered {int((a & right).sum())}, unanswerable abstained "
            f"{int((~a & un).sum())}, wrong answered {int((a & wrong).sum())}"
        )
    if len(set(right.tolist())) < 2:
        return out
    model = LogisticRegression(max_iter=1000).fit(x, right)
    weights = ", ".join(f"{k} {w:+.2f}" for k, w in zip(features, model.coef_[0], strict=True))
    out.append(f"weights (all graphs, standardised): {weights}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rows", type=Path, help="the signals' JSON (written, or read with --fit)")
    ap.add_argument("--graphs", default=bo.ALL, help="comma-separated (default: all)")
    ap.add_argument("--band", type=float, default=0.3, help="record below this confidence")
    ap.add_argument("--fit", action="store_true", help="fit and cross-validate on ROWS")
    ap.add_argument("--features", default=",".join(FEATURES), help="the model's features")
    args = ap.parse_args(argv)
    if not args.fit:
        rows = collect([g for g in args.graphs.split(",") if g], args.band)
        args.rows.write_text(json.dumps(rows, indent=0), encoding="utf-8")
    data = json.loads(args.rows.read_text(encoding="utf-8"))
    for name in dict.fromkeys(["conf,score", args.features]):
        print(f"\n== {name}")
        print("\n".join(frontier(data, tuple(name.split(",")))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
