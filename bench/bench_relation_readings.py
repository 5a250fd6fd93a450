"""Whether a reading of a walk's relation in other words tells right answers from wrong ones,
measured where it could change an outcome: the questions a run abstained on.

Raising the relation judge's confidence (:class:`~kgchat.retrieval.relation_match.
RelationMatch`) only changes abstentions: a right answer given stays given. So a new reading of
"the question says this relation" is worth what it raises among the abstained questions
whose top answer is right (``right``), against what it raises among the unanswerable ones
(``unans``: each an answer given where none exists) and among the answerable ones whose top
answer is wrong (``wrong``: an abstention made a wrong answer). Each abstained question of
``OUTCOMES`` (a ``bench_outcomes.py`` JSON) is retrieved again; the top candidate's walk
(:func:`~kgchat.retrieval.confidence.said_pattern`) and the question without its entities
(``QuestionInfo.asked``, as the judge reads it) are read by:

- ``labels``: the encoder's rescaled cosine to the walk's phrases (the judge's own reading);
- ``glosses``: the same to each phrase's words said by WordNet's definition of their likeliest
  own meaning (a relation said by its dictionary meaning, for the encoder to compare);
- ``head_gloss``: to each phrase followed by the definition of its last word;
- ``any_sense``: WordNet's relatedness of a question word and a walk word by a meaning they
  share at any rank of the question word's senses, weighted by the walk word's sense alone
  (the graph's label fixes its sense; "runs" as in operates, for ``operator``);
- ``in_gloss``: a question word in the definition of a walk word's three likeliest meanings,
  or the other way round, weighted as that meaning is;
- ``margin``: a contrastive reading (:func:`relation_margin`): by how much the encoder prefers
  each hop's relation to every other relation the graph offers at the node the hop leaves,
  the least over the walk's hops (no absolute cut: the relation the question means should
  win its node's contest, a near relation of an unanswerable question should not).

A reading raises a question at a threshold where it reaches the threshold and the run's
confidence was under it. Prints, per reading and threshold, the counts raised of each group.

Usage::

    cd bench && PYTHONHASHSEED=1 python bench_relation_readings.py /tmp/o53/base.json \\
        --out /tmp/o53/readings.json
    cd bench && python bench_relation_readings.py /tmp/o53/base.json --graphs music,people
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

from bench_outcomes import graph_sets

WORD_READINGS = ("labels", "glosses", "head_gloss", "any_sense", "in_gloss")
READINGS = (*WORD_READINGS, "margin")
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)
CUTS = {"margin": (0.0, 0.05, 0.1, 0.2, 0.3)}  # a difference of cosines, not a relatedness


def _group(v: dict[str, Any]) -> str:
    return "unans" if not v["answerable"] else "right" if v["first_right"] else "wrong"


def _content(text: str) -> list[str]:
    from kgchat.function_words import STOPWORDS
    from kgchat.text import tokens

    return [w for w in tokens(text) if w.isalpha() and w.lower() not in STOPWORDS]


def _gloss(wn: Any, word: str) -> str:
    from kgchat.wordnet_files import parse_definition

    keys = wn.own_likeliest(word, 1)
    return " ".join(parse_definition(wn._data[keys[0][0]], keys[0][1])) if keys else ""


def _any_sense(wn: Any, a: str, b: str) -> float:
    ma, mb = wn.meanings(a), wn.meanings(b)
    return max((mb[k][0] for k in ma.keys() & mb.keys() if ma[k][1] or mb[k][1]), default=0.0)


def _in_gloss(wn: Any, a: str, b: str) -> float:
    lemmas = {x for x, _ in wn.base_forms(a)} | {a.lower()}
    ranked = sorted(wn.meanings(b).items(), key=lambda kv: -kv[1][0])[:3]
    return max(
        (
            w
            for (pos, off), (w, _) in ranked
            if not lemmas.isdisjoint(wn.definition_lemmas(pos, off))
        ),
        default=0.0,
    )


def readings(sim: Any, wn: Any, asked: str, phrases: tuple[str, ...]) -> dict[str, float]:
    """Each of :data:`WORD_READINGS` of a walk said by ``phrases`` for a question asking
    ``asked``."""
    from kgchat.retrieval.phrases import phrase_parts

    said = " ".join(phrases)
    glossed, headed = [], []
    for ph in phrases:
        words = phrase_parts(ph)[0]
        glossed.append(" ".join(g for w in words if (g := _gloss(wn, w))) or ph)
        headed.append(f"{ph} {_gloss(wn, words[-1])}" if words else ph)
    texts = {"labels": said, "glosses": " ".join(glossed), "head_gloss": " ".join(headed)}
    sim.prefetch([asked, *texts.values()])
    out = {k: float(sim.related(asked, t)) for k, t in texts.items()}
    qw, pw = _content(asked), _content(said)
    pairs = [(a, b) for a in qw for b in pw]
    out["any_sense"] = max((_any_sense(wn, a, b) for a, b in pairs), default=0.0)
    out["in_gloss"] = max(
        (max(_in_gloss(wn, a, b), _in_gloss(wn, b, a)) for a, b in pairs), default=0.0
    )
    return out


def relation_margin(r: Any, asked: str, path: Any) -> float:
    """The least, over ``path``'s hops, of the encoder's cosine between ``asked`` and the hop's
    relation (said by its phrase or another name the graph gives it) less the best such cosine
    of any other relation (predicate and direction) at the node the hop leaves; 1 where a hop's
    node offers no other relation. ``r`` is the retriever (its edges, its phrases, its
    encoder's cache)."""
    sim = r.judge.scorer.similarity
    sim.prefetch([asked])
    vec = sim.embed(asked)

    def said(step: tuple[str, bool]) -> list[str]:
        query = r.query((step,), ())
        return [t for t in (query.said(), *query.said_otherwise()) if t]

    def best(texts: list[str]) -> float:
        sim.prefetch(texts)
        return max((float(vec @ sim.embed(t)) for t in texts), default=0.0)

    least = 1.0
    for node, step in zip(path.nodes, path.pattern, strict=False):
        others = {(e.predicate, e.forward) for e in r.edges(node)} - {step}
        if others:
            rival = max(best(said(o)) for o in sorted(others))
            least = min(least, best(said(step)) - rival)
    return least


def collect(old: dict[str, dict[str, Any]], graphs: list[str]) -> dict[str, dict[str, Any]]:
    """Abstained question of ``old`` -> its group, confidence, ``asked``, walk and readings."""
    from kgchat.retrieval.relation_match import RelationMatch
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        raise SystemExit("WordNet is not installed: the readings need it")
    seen: dict[str, Any] = {}
    judge = RelationMatch.confidence

    def recording(self: Any, question: Any, path: Any, **kw: Any) -> float:
        seen["q"] = question  # the judged question, as the judge read it
        return judge(self, question, path, **kw)

    RelationMatch.confidence = recording  # type: ignore[method-assign]
    try:
        return _read(old, graphs, seen, wn)
    finally:
        RelationMatch.confidence = judge  # type: ignore[method-assign]


def _read(
    old: dict[str, dict[str, Any]], graphs: list[str], seen: dict[str, Any], wn: Any
) -> dict[str, dict[str, Any]]:
    from kgchat.retrieval.confidence import said_pattern

    out: dict[str, dict[str, Any]] = {}
    for g, s, r, items, _warm in graph_sets(graphs):
        for it in items:
            key = f"{g}/{s}/{it.question}"
            if key not in old or not old[key]["abstained"]:
                continue
            seen.clear()
            res = r.retrieve(it.question)
            q = seen.get("q")
            top = next((c for c in res.candidates[:1] if c.paths), None)
            if q is None or top is None or not q.words:
                continue
            pattern, parts = said_pattern(top)
            phrases = tuple(r.query(pattern, (), parts).phrases)
            out[key] = {
                "group": _group(old[key]),
                "kind": old[key].get("kind"),
                "confidence": float(res.confidence),
                "asked": q.asked,
                "phrases": phrases,
                **readings(r.judge.scorer.similarity, wn, q.asked, phrases),
                "margin": relation_margin(r, q.asked, top.paths[0]),
            }
        print(f"{g} {s}: {len(out)} read", file=sys.stderr, flush=True)
    return out


def table(found: dict[str, dict[str, Any]], floor: float = 0.2) -> list[str]:
    """Per reading and threshold: the questions it raises of each group (confidence under
    ``floor``, the pipeline's ``min_confidence``, and the reading at the threshold or above)."""
    groups = dict(collections.Counter(v["group"] for v in found.values()))
    lines = [f"{len(found)} abstained read: {groups}"]
    for name in READINGS:
        for t in CUTS.get(name, THRESHOLDS):
            c = collections.Counter(
                v["group"] for v in found.values() if v[name] >= t and v["confidence"] < floor
            )
            lines.append(
                f"{name:10s} >= {t:g}: right {c['right']:3d}  unans {c['unans']:3d}  "
                f"wrong {c['wrong']:3d}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outcomes", type=Path, help="a bench_outcomes.py JSON (its abstentions)")
    ap.add_argument("--graphs", default="", help="comma-separated (default: every graph in it)")
    ap.add_argument("--out", type=Path, default=None, help="per question readings (JSON)")
    args = ap.parse_args(argv)
    old = json.loads(args.outcomes.read_text(encoding="utf-8"))
    graphs = [g for g in args.graphs.split(",") if g] or sorted(
        {k.split("/", 1)[0] for k, v in old.items() if v["abstained"]}
    )
    found = collect(old, graphs)
    if args.out is not None:
        args.out.write_text(json.dumps(found, indent=0), encoding="utf-8")
    print("\n".join(table(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
