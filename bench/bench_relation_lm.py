"""Can the bundled chat model (SmolLM2-135M-Instruct) tell a relation said by a synonym ("Who
*played in* Metallica?" over ``member``) from the near relation of a question the graph cannot
answer ("When did X die?" where only the birth is given)?

The sibling of ``bench_relation_choice.py`` (same questions, same classes: ``AR`` answerable
with the right answer first, ``AW`` a wrong one first, ``U`` unanswerable), with the language
model as the judge. For every development and own question abstained on today (``--all``:
every question), the retriever's best candidate's relation phrases and those of the other
relation paths among its first 20 candidates (each distinct phrase text once, with the first
candidate that reached it, at most 8) are scored in six readings, by log-probabilities
(llama.cpp, every position's logits kept, the prompt prefix shared between pairs re-used):

``pmi``
    log P(phrases | "Question: <q>\\nThe question asks about the relation:") minus
    log P(phrases | "The question asks about the relation:"): how much more likely the
    question makes the relation than the prompt alone does.
``pmi-few``
    the same in a few-shot frame ("Question: Who wrote Hamlet?\\nRelation: author\\n...",
    two made-up examples), against the frame with an empty question.
``yesno``
    log P("Yes") - log P("No") as the reply to "Question: <q>\\nDoes this question ask for the
    <phrases>? Answer Yes or No." in the model's chat template.
``yesno-few``
    log P(" Yes") - log P(" No") after four made-up judged examples (a relation that answers
    and a near one that does not, twice) and "Question: <q>\\nRelation: <phrases>\\nDoes the
    relation answer the question?".
``yesno-few2``
    the same with another four made-up examples (do the figures hang on the examples?).
``fact``
    log P(q | "Fact: <start> <phrases> <answer>.\\nA question this fact answers:") minus
    log P(q | "A question this fact answers:"), per token of the question: how much the
    verbalised fact explains the question.

Each reading gives the best candidate a score and a margin over the best other relation path
(a relative choice, as ``bench_relation_choice.py``'s margin). Printed, per reading: the AUC
of AR against U of the score and of the margin, and per score floor (quantiles of the scored
questions' scores) and margin: how many of today's abstentions a reading that raised them
would answer, split into gained (AR), lost (U) and wrong replies (AW); and the seconds of
scoring per question. Development data only.

Twenty-first round (144 abstentions: 25 AR, 40 AW, 79 U; load 5-11 on 2 cores): no reading
separates AR from U (AUC 0.48 / 0.61 / 0.37 / 0.56 / 0.56 / 0.44 for the score, 0.36 / 0.46 /
0.46 / 0.63 / 0.63 / 0.36 for the margin, in the order above); 3.9-6.7 s a question.
llama.cpp runs on one thread here: with two on a loaded 2-core machine its threads spin-wait
for each other, and re-reading one cached token took 3.7 s instead of 0.1 s.

Usage::

    cd bench && ../.venv/bin/python bench_relation_lm.py --cache /tmp/rows.json   # ~30 min
    cd bench && ../.venv/bin/python bench_relation_lm.py --cache /tmp/rows.json \\
        --readings yesno-few -v       # rows re-used: LM scoring only; every abstention
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import bench_outcomes as bo

LEAST = 0.20  # the retriever's abstention threshold (kgchat.retrieval.confidence)
MARGINS = (None, 0.0, 0.5, 1.0)
QUANTILES = (0.0, 0.25, 0.5, 0.75, 0.9)
READINGS = ("pmi", "pmi-few", "yesno", "yesno-few", "yesno-few2", "fact")
OTHERS = 7  # other relation paths scored per question, besides the best candidate's


def collect(graphs: list[str]) -> list[dict[str, Any]]:
    """Per question: its class, today's confidence, the question, the best candidate's start
    label, and ``(phrases, answer label)`` per distinct relation path, the best's first."""
    from kgchat.evaluation import _default_answers, answer_key
    from kgchat.retrieval.confidence import said_pattern

    rows: list[dict[str, Any]] = []
    for g, s, r, items, _ in bo.graph_sets(graphs):
        for it in items:
            res = r.retrieve(it.question)
            paths: list[tuple[str, str]] = []
            for c in res.candidates[:20]:
                if c.paths:
                    pattern, parts = said_pattern(c)
                    text = " ".join(r.query(pattern, (), parts).phrases)
                    if text and all(text != t for t, _ in paths):
                        paths.append((text, c.label))
            first = res.candidates[0] if res.candidates else None
            if not paths or first is None or not first.paths or res.reading is None:
                continue
            if paths[0][1] != first.label:  # the best candidate's own path said nothing
                continue
            top = _default_answers(res)[0]
            gold = {answer_key(x) for x in it.answers}
            right = top is not None and answer_key(top) in gold
            rows.append(
                {
                    "key": f"{g}/{s}/{it.question}",
                    "class": ("AR" if right else "AW") if it.answers else "U",
                    "confidence": float(res.confidence),
                    "question": it.question,
                    "start": r.kg.label(first.paths[0].start),
                    "paths": paths[: OTHERS + 1],
                }
            )
    return rows


class Scorer:
    """Sums of log-probabilities of continuations under the bundled chat model, on llama.cpp
    (its Q4_0 copy, as the chat backend runs it) with every position's logits kept: a pair
    re-uses the longest token prefix already evaluated (a question's prompt is read once for
    all its relations)."""

    def __init__(self, threads: int = 1) -> None:
        import llama_cpp

        from kgchat.chat.llamacpp_load import llama_log, use_path
        from kgchat.models import load_tokenizer, resolve_chat_model

        resolved = resolve_chat_model(None)
        path = use_path(
            Path(resolved.path_or_id) / str(resolved.gguf_file), "bundled", True, threads
        )
        with llama_log():
            self.llm = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=1024,
                n_batch=512,
                n_threads=threads,
                n_threads_batch=threads,
                logits_all=True,
                verbose=False,
            )
        self.tok = load_tokenizer(None)  # its chat template only

    def chat(self, user: str) -> str:
        """``user`` as one user turn in the model's chat template, the assistant's turn open."""
        msgs = [{"role": "user", "content": user}]
        return str(self.tok.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True))

    def _ids(self, text: str) -> list[int]:
        return list(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def logprobs(self, pairs: list[tuple[str, str]]) -> list[tuple[float, int]]:
        """Per ``(prefix, continuation)``: the summed log-probability of the continuation's
        tokens after the prefix's, and their count."""
        import numpy as np

        llm = self.llm
        out = []
        for prefix, cont in pairs:
            a, b = self._ids(prefix), self._ids(cont)
            seq = a + b
            cached = llm.input_ids[: llm.n_tokens].tolist()
            common = 0
            for x, y in zip(cached, seq, strict=False):
                if x != y:
                    break
                common += 1
            common = min(common, len(seq) - 1)
            llm.n_tokens = common
            llm.eval(seq[common:])
            rows = np.asarray(llm.scores[len(a) - 1 : len(seq) - 1], dtype=np.float64)
            rows = rows - rows.max(axis=1, keepdims=True)
            lp = rows - np.log(np.exp(rows).sum(axis=1, keepdims=True))
            out.append((float(lp[np.arange(len(b)), b].sum()), len(b)))
        return out


ASKS = "The question asks about the relation:"
LEAD = "A question this fact answers:"
# few-shot frames (one made-up pair of a relation that answers and a near one that does not;
# no development question's words)
SHOTS = (
    ("Who wrote Hamlet?", "author", True),
    ("When was Hamlet first performed?", "author", False),
    ("Where was Mozart born?", "place of birth", True),
    ("Where did Mozart die?", "place of birth", False),
)
FEW = "".join(f"Question: {q}\nRelation: {t}\n" for q, t, yes in SHOTS if yes)
# a second made-up set, to see whether a reading's figures hang on the examples chosen
SHOTS2 = (
    ("Who painted the Night Watch?", "creator", True),
    ("Where is the Night Watch kept?", "creator", False),
    ("What currency does Japan use?", "currency", True),
    ("What language is spoken in Japan?", "currency", False),
)


def _judged(shots: tuple[tuple[str, str, bool], ...]) -> str:
    return "".join(
        f"Question: {q}\nRelation: {t}\nDoes the relation answer the question? "
        f"{'Yes' if y else 'No'}\n"
        for q, t, y in shots
    )


JUDGED = {"yesno-few": _judged(SHOTS), "yesno-few2": _judged(SHOTS2)}


def _pairs(form: str, row: dict[str, Any], scorer: Scorer) -> list[tuple[str, str]]:
    """The (prefix, continuation) pairs one reading scores for ``row``."""
    q, paths = row["question"], row["paths"]
    if form == "pmi":
        return [(f"Question: {q}\n{ASKS}", f" {t}") for t, _ in paths] + [
            (ASKS, f" {t}") for t, _ in paths
        ]
    if form == "pmi-few":
        return [(f"{FEW}Question: {q}\nRelation:", f" {t}") for t, _ in paths] + [
            (f"{FEW}Question:\nRelation:", f" {t}") for t, _ in paths
        ]
    if form == "yesno":
        ask = "Question: {q}\nDoes this question ask for the {t}? Answer Yes or No."
        return [(scorer.chat(ask.format(q=q, t=t)), w) for t, _ in paths for w in ("Yes", "No")]
    if form in JUDGED:
        ask = "{j}Question: {q}\nRelation: {t}\nDoes the relation answer the question?"
        return [
            (ask.format(j=JUDGED[form], q=q, t=t), w) for t, _ in paths for w in (" Yes", " No")
        ]
    if form == "fact":
        facts = [(f"Fact: {row['start']} {t} {a}.\n{LEAD}", f" {q}") for t, a in paths]
        return [*facts, (LEAD, f" {q}")]
    raise ValueError(form)


def _values(form: str, got: list[tuple[float, int]], n: int) -> list[float]:
    """Per relation path, the reading's score from its pairs' log-probabilities."""
    if form in ("pmi", "pmi-few"):
        return [got[i][0] - got[n + i][0] for i in range(n)]
    if form in ("yesno", *JUDGED):
        return [got[2 * i][0] - got[2 * i + 1][0] for i in range(n)]
    alone, tokens = got[n]
    return [(got[i][0] - alone) / tokens for i in range(n)]


def lm_readings(rows: list[dict[str, Any]], scorer: Scorer, forms: list[str]) -> None:
    """Add, per row, each reading's (best score, margin over the best other path) and the
    seconds its scoring took."""
    for k, row in enumerate(rows):
        n = len(row["paths"])
        t0 = time.perf_counter()
        for form in forms:
            vals = _values(form, scorer.logprobs(_pairs(form, row, scorer)), n)
            row[form] = (vals[0], vals[0] - max(vals[1:]) if n > 1 else 0.0)
        row["seconds"] = time.perf_counter() - t0
        if k % 20 == 19:
            print(f"  {k + 1} / {len(rows)} scored", file=sys.stderr, flush=True)


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a positive's score > a negative's), ties half."""
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def table(rows: list[dict[str, Any]], form: str) -> list[str]:
    """AUCs of AR against U, and per floor and margin gained / lost / wrong among today's
    abstentions."""
    low = [r for r in rows if r["confidence"] < LEAST]

    def of(rs: list[dict[str, Any]], k: str, i: int) -> list[float]:
        return [r[form][i] for r in rs if r["class"] == k]

    out = [
        f"{form}: AUC AR>U all {auc(of(rows, 'AR', 0), of(rows, 'U', 0)):.3f} "
        f"abstained {auc(of(low, 'AR', 0), of(low, 'U', 0)):.3f}; margin AUC all "
        f"{auc(of(rows, 'AR', 1), of(rows, 'U', 1)):.3f} abstained "
        f"{auc(of(low, 'AR', 1), of(low, 'U', 1)):.3f}",
        f"  {'floor':>7s} {'margin':>6s}  gained(AR) lost(U) wrong(AW)",
    ]
    scores = sorted(r[form][0] for r in low)
    floors = [scores[min(int(q * len(scores)), len(scores) - 1)] for q in QUANTILES]
    for floor in floors:
        for margin in MARGINS:
            hit = [
                r for r in low if r[form][0] >= floor and (margin is None or r[form][1] > margin)
            ]
            n = {k: sum(r["class"] == k for r in hit) for k in ("AR", "U", "AW")}
            m = "-" if margin is None else f"{margin:.1f}"
            out.append(f"  {floor:7.2f} {m:>6s}  {n['AR']:4d} {n['U']:4d} {n['AW']:4d}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graphs", default=bo.ALL, help=f"comma-separated (default {bo.ALL})")
    ap.add_argument("--cache", type=Path, help="rows JSON: read if it exists, else written")
    ap.add_argument("--all", action="store_true", help="score every question, not only abstentions")
    ap.add_argument("--readings", default=",".join(READINGS), help="comma-separated")
    ap.add_argument("--scores", type=Path, help="write every row's scores here (JSON)")
    ap.add_argument("-v", "--verbose", action="store_true", help="every abstention's scores")
    args = ap.parse_args(argv)
    if args.cache and args.cache.is_file():
        rows = json.loads(args.cache.read_text())
    else:
        rows = collect([g for g in args.graphs.split(",") if g])
        if args.cache:
            args.cache.write_text(json.dumps(rows))
    if not args.all:
        rows = [r for r in rows if r["confidence"] < LEAST]
    totals = {k: sum(r["class"] == k for r in rows) for k in ("AR", "AW", "U")}
    print(f"{len(rows)} questions scored: {totals}")
    t0 = time.perf_counter()
    scorer = Scorer()
    print(f"model loaded in {time.perf_counter() - t0:.1f} s")
    forms = [f for f in args.readings.split(",") if f]
    lm_readings(rows, scorer, forms)
    if args.scores:
        args.scores.write_text(json.dumps(rows))
    secs = sorted(r["seconds"] for r in rows)
    print(
        f"LM scoring per question: median {secs[len(secs) // 2] * 1000:.0f} ms, "
        f"max {secs[-1] * 1000:.0f} ms, paths per question median "
        f"{sorted(len(r['paths']) for r in rows)[len(rows) // 2]}"
    )
    for form in forms:
        print("\n".join(table(rows, form)))
    if args.verbose:
        for r in sorted(rows, key=lambda r: r["class"]):
            if r["confidence"] < LEAST:
                got = " ".join(f"{f} {r[f][0]:+.2f}/{r[f][1]:+.2f}" for f in forms)
                print(f"  {r['class']:2s} {got} {r['key'][:70]} | {r['paths'][0][0][:30]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
