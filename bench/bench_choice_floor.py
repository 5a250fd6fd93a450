"""What lowering the floor of the encoder's own choice would do to the abstentions.

``RelationMatch._chosen`` counts the cosine between the question (its entities left out) and
the best path's relation phrases where the encoder prefers that path to every alternative of
the scorer's 20 best candidates *and* the cosine is above the encoder's unrelated floor (0.35
for MiniLM). Every development and own question (``bench_outcomes.py``'s sets) is retrieved
once; the confidence is worked out twice, as it is and with the choice read at any cosine
(the floor at -1), and the cosines are kept, so each floor and margin over the best
alternative is read off without retrieving again: right answers, answerable abstentions, wrong
answers and unanswerable questions abstained on at the retriever's threshold. The methods are
wrapped for the run (a diagnostic, not a side channel of the library). Development data only.

Usage::

    cd bench && ../.venv/bin/python bench_choice_floor.py out/choice.json   # ~11 min
    cd bench && ../.venv/bin/python bench_choice_floor.py out/choice.json --read  # table again
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import bench_outcomes as bo

FLOORS = (0.35, 0.30, 0.28, 0.26, 0.24, 0.22, 0.20)
MARGINS = (0.0, 0.02, 0.05, 0.1)


def record(graphs: list[str]) -> dict[str, dict[str, Any]]:
    """Per question: its confidence as it is (``off``), with the choice at any floor (``on``),
    and each choice's ``(cosine, best alternative's cosine)``."""
    from kgchat.evaluation import _default_answers, answer_key
    from kgchat.retrieval import confidence as cf
    from kgchat.retrieval import relation_match as rm

    state: dict[str, Any] = {"on": False, "rec": [], "last": (0.0, 0.0, [])}
    chosen, judged = rm.RelationMatch._chosen, cf.AnswerConfidence._confidence

    def any_floor(self: Any, question: Any, path: Any, alternatives: Any, least: float = 0.0):
        if not state["on"]:
            return chosen(self, question, path, alternatives, least)
        sim = self.scorer.similarity
        text = " ".join(path.phrases)
        others = {" ".join(a.phrases) for a in alternatives if a.phrases} - {text}
        if not question.words or not text or not others:
            return 0.0
        sim.prefetch([question.asked, text, *sorted(others)])
        asked = sim.embed(question.asked)
        cos = float(asked @ sim.embed(text))
        best = max(float(asked @ sim.embed(o)) for o in others)
        state["rec"].append((cos, best))
        return cos if cos > best else 0.0

    def both(self: Any, *a: Any, **k: Any) -> float:
        state["on"] = False
        off = judged(self, *a, **k)
        state["on"], state["rec"] = True, []
        on = judged(self, *a, **k)
        state["on"] = False
        state["last"] = (off, on, list(state["rec"]))
        return off

    rm.RelationMatch._chosen = any_floor  # type: ignore[method-assign]
    cf.AnswerConfidence._confidence = both  # type: ignore[method-assign]
    out: dict[str, dict[str, Any]] = {}
    for g, s, r, items, warm in bo.graph_sets(graphs):
        for it in warm[:3]:
            r.retrieve(it.question)
        for it in items:
            state["last"] = (0.0, 0.0, [])
            res = r.retrieve(it.question)
            top = _default_answers(res)[0]
            gold = {answer_key(x) for x in it.answers}
            off, on, rec = state["last"]
            out[f"{g}/{s}/{it.question}"] = {
                "answerable": bool(it.answers),
                "first_right": top is not None and answer_key(top) in gold,
                "confidence": float(res.confidence),
                "off": off,
                "on": on,
                "rec": rec,
            }
    return out


def table(rows: dict[str, dict[str, Any]], threshold: float = 0.20) -> list[str]:
    """Right / answerable abstained / wrong / unanswerable abstained per floor and margin."""

    def counts(floor: float | None, margin: float) -> tuple[int, int, int, int]:
        right = abstained = wrong = un = 0
        for v in rows.values():
            conf = v["confidence"]
            if floor is not None:
                met = any(c >= floor and c - b > margin for c, b in v["rec"])
                conf = v["on"] if met else v["off"]
            if not v["answerable"]:
                un += conf < threshold
            elif conf < threshold:
                abstained += 1
            elif v["first_right"]:
                right += 1
            else:
                wrong += 1
        return right, abstained, wrong, un

    n_un = sum(not v["answerable"] for v in rows.values())
    lines = ["| floor | margin | right | answerable abstained | wrong | unanswerable abstained |"]
    lines.append("|---|---|---:|---:|---:|---:|")
    r, a, w, u = counts(None, 0.0)
    lines.append(f"| as it is | | {r} | {a} | {w} | {u} / {n_un} |")
    for f in FLOORS:
        for m in MARGINS:
            r, a, w, u = counts(f, m)
            lines.append(f"| {f:.2f} | {m:.2f} | {r} | {a} | {w} | {u} / {n_un} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="where the per-question readings are written (JSON)")
    ap.add_argument("--graphs", default=bo.ALL, help="comma-separated (default: every one)")
    ap.add_argument("--read", action="store_true", help="only print the table of OUT")
    args = ap.parse_args(argv)
    if args.read:
        rows = json.loads(args.out.read_text(encoding="utf-8"))
    else:
        rows = record([g for g in args.graphs.split(",") if g])
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(rows), encoding="utf-8")
    print("\n".join(table(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
