"""Can the sentence encoder's choice among a walk's relations tell a relation said in other
words (a synonym: "who *played in* X" over ``member``) from a near relation of a question the
graph cannot answer ("What is the capital of Kenya?" over ``name currency``)?

For every development and own question (``bench_outcomes.py``'s), the retriever's best
candidate's relation phrases are compared by the retriever's own encoder with the question,
in two readings: the question with its entities left out against the phrases joined (what
``RelationMatch`` reads today, :attr:`QuestionInfo.asked`), and the question with its first
mention replaced by ``X`` against the template ``X <phrases> Y`` (the relation in the context of
its two ends); and, as a third reading, the graph's learned relation matcher
(:mod:`kgchat.retrieval.relation_learned`) on the first pair, read as the confidence reads it
(2p - 1). The best candidate's path is *chosen* when its cosine is above every other
relation path the walk offered (the next 19 candidates') by more than a margin. Printed, per
cosine floor and margin: among the questions abstained on today (confidence below 0.20), how
many a "chosen" reading would answer, split into answerable with the right answer first
(gained), unanswerable (lost) and answerable with a wrong answer first (a wrong reply given).
A reading worth adding raises the first without the other two. Development data only.

Usage::

    cd bench && ../.venv/bin/python bench_relation_choice.py            # ~2 min, cached indexes
    cd bench && ../.venv/bin/python bench_relation_choice.py -v         # every chosen question
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import bench_outcomes as bo

FLOORS = (0.0, 0.2, 0.3, 0.4, 0.5)
MARGINS = (0.0, 0.02, 0.05, 0.1)


def _with_x(question: str, name: str) -> str:
    """The question with the first occurrence of ``name`` (any case) replaced by ``X`` (``X``
    appended where it does not occur as written)."""
    i = question.lower().find(name.lower()) if name else -1
    return question[:i] + "X" + question[i + len(name) :] if i >= 0 else question + " X"


def _reach(word: str, depth: int) -> dict[tuple[str, int], int]:
    """Every synset WordNet reaches from ``word`` (any of its meanings, own or derived, of
    any rank) in at most ``depth`` hypernym steps, with the fewest steps."""
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        return {}
    out = dict.fromkeys(wn.meanings(word), 0)
    frontier = set(out)
    for step in range(1, depth + 1):
        frontier = {up for key in frontier for up in wn.broader(key)} - set(out)
        out.update(dict.fromkeys(frontier, step))
    return out


def wordnet_steps(words: list[str], phrases: str, depth: int = 3) -> int | None:
    """The fewest hypernym steps (both words' together) at which WordNet, read as loosely as
    it can be (every sense, derivations, up to ``depth`` steps from each word), joins a
    question word with a word of the relation phrases; None where it joins none."""
    from kgchat.retrieval.phrases import phrase_parts

    best = None
    for rel in phrase_parts(phrases)[0]:
        r = _reach(rel, depth)
        for w in words:
            q = _reach(w, depth)
            for key in set(q) & set(r):
                steps = q[key] + r[key]
                best = steps if best is None else min(best, steps)
    return best


def readings(graphs: list[str]) -> list[dict[str, Any]]:
    """Per question: its class (``AR`` answerable, right answer first; ``AW`` wrong first;
    ``U`` unanswerable), today's confidence, and per reading the best candidate's cosine and
    its margin over the best other relation path's."""
    from kgchat.evaluation import _default_answers, answer_key

    rows: list[dict[str, Any]] = []
    for g, s, r, items, _ in bo.graph_sets(graphs):
        sim = r.judge.scorer.similarity  # the retriever's own encoder and cache
        for it in items:
            res = r.retrieve(it.question)
            paths = bo.said_phrases(r, res)
            if not paths or not paths[0][0] or res.reading is None:
                continue
            top = _default_answers(res)[0]
            gold = {answer_key(x) for x in it.answers}
            right = top is not None and answer_key(top) in gold
            cls = ("AR" if right else "AW") if it.answers else "U"
            row: dict[str, Any] = {"key": f"{g}/{s}/{it.question}", "class": cls}
            row["confidence"] = float(res.confidence)
            row["steps"] = wordnet_steps(res.reading.words, paths[0][0])
            start = r.kg.label(paths[0][1].paths[0].start)
            forms = {
                "asked": (res.reading.asked, [t for t, _ in paths]),
                "X-template": (
                    _with_x(it.question, start),
                    [f"X {t} Y" for t, _ in paths],
                ),
            }
            for name, (q, texts) in forms.items():
                sim.prefetch([q, *texts])
                qv = sim.embed(q)
                cos = [float(qv @ sim.embed(t)) for t in texts]
                # the other relation paths (not the best's own, reached again)
                others = [
                    c for c, (t, _) in zip(cos[1:], paths[1:], strict=True) if t != paths[0][0]
                ]
                row[name] = (cos[0], cos[0] - max(others) if others else 0.0)
            matchers = r.judge.learned()
            if matchers:
                # the graph's learned relation matchers, read as the confidence reads them
                # (``relation_meaning``: the best of the matchers' ``reading``, 0 at each
                # one's floor), so that 0.20 is the threshold a path they alone carried passes
                qv = sim.embed(res.reading.asked)
                said = [max(m.reading(qv, sim.embed(t)) for m in matchers) for t, _ in paths]
                others = [
                    c for c, (t, _) in zip(said[1:], paths[1:], strict=True) if t != paths[0][0]
                ]
                row["matcher"] = (said[0], said[0] - max(others) if others else 0.0)
            rows.append(row)
    return rows


def table(rows: list[dict[str, Any]], form: str, least: float = 0.20) -> list[str]:
    """Per cosine floor and margin: gained / lost / wrong replies among today's abstentions."""
    out = [f"{form}: floor margin  gained(AR) lost(U) wrong(AW)"]
    low = [r for r in rows if r["confidence"] < least]
    for floor in FLOORS:
        for margin in MARGINS:
            hit = [r for r in low if r[form][0] > floor and r[form][1] > margin]
            n = {k: sum(r["class"] == k for r in hit) for k in ("AR", "U", "AW")}
            out.append(f"  {floor:.2f} {margin:.2f}  {n['AR']:4d} {n['U']:4d} {n['AW']:4d}")
    return out


def steps_table(rows: list[dict[str, Any]], least: float = 0.20) -> list[str]:
    """Among today's abstentions, per class, how many WordNet joins at each number of steps."""
    out = ["WordNet steps joining a question word and a relation word (abstentions): class"]
    low = [r for r in rows if r["confidence"] < least]
    for k in ("AR", "U", "AW"):
        n = [r["steps"] for r in low if r["class"] == k]
        per = {s: n.count(s) for s in (0, 1, 2, 3, 4, 5, 6, None)}
        out.append(f"  {k:2s} " + " ".join(f"{s}:{c}" for s, c in per.items()))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graphs", default=bo.ALL, help=f"comma-separated (default {bo.ALL})")
    ap.add_argument("-v", "--verbose", action="store_true", help="every chosen abstention")
    args = ap.parse_args(argv)
    rows = readings([g for g in args.graphs.split(",") if g])
    totals = {k: sum(r["class"] == k for r in rows) for k in ("AR", "AW", "U")}
    print(f"{len(rows)} questions: {totals}")
    print("\n".join(steps_table(rows)))
    for form in ("asked", "X-template", "matcher"):
        if not all(form in r for r in rows):
            continue
        print("\n".join(table(rows, form)))
        if args.verbose:
            for r in rows:
                cos, margin = r[form]
                if r["confidence"] < 0.20 and margin > 0.02:
                    print(f"    {r['class']:2s} {cos:.2f} +{margin:.2f} {r['key'][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
