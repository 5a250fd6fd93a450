"""How well and how fast kgchat's chatbot answers: the ranker ablation, time to first token, and
answers to read.

Four parts, all in one process that shares one backend (the default model,
SmolLM2-135M-Instruct) across every row of parts 1-3:

- ``ablation``: WC2014 (``kb.tsv`` + ``questions.jsonl``, from ``../shared/bench/wc2014``), a
  seeded sample of its questions, one retriever (``make_retriever(kg)``, default encoder) shared
  by four rows: retrieval alone (``evaluate_retrieval``), then the chatbot with each ranker
  (``retriever``, ``likelihood``, ``generate``; ``evaluate_chat``). Each row is written to
  ``--out``/bench_chat.json as soon as it ends, so an interrupted run keeps what it measured, and
  every answer to ``bench_chat-<row>.jsonl`` beside it, for reading.
- ``first-token``: on the bundled ``medicine.ttl``, 20 questions (after 3 warm-up ones)
  streamed with ``bot.stream(q)``: p50 and p95 of the time to the first text piece and to the
  model's first token (``timings["first_token"]``), retrieval included. Target: first token
  within 1 s.
- ``answers``: the same 20 questions asked in chat mode, every reply printed with the facts it
  cites, and how many contain an expected answer (the expected answers are written below,
  from the graph).
- ``compare``: the default model on ``transformers`` and on ``llamacpp`` (the bundled Q4_1
  file as it is, and the default Q4_0 copy), interleaved question by question, asked the same
  medicine questions after the same warm-up: each backend's time from its
  ``generate`` call to the first piece (p50, p95), decoding tokens/s, the chatbot's own
  first-token p50, and how many greedy replies are the same text (given the same prompt).
  Targets: llama.cpp's first token p50 <= 100 ms warm, tokens/s >= 5x transformers.

Parts 1-3 run on ``--backend`` (``auto``: llama.cpp when llama-cpp-python is installed).

    .venv/bin/python bench/bench_chat.py                    # all four parts (~45 min)
    .venv/bin/python bench/bench_chat.py --part ablation --limit 50 --rankers retriever,generate
    .venv/bin/python bench/bench_chat.py --part first-token --backend transformers
    .venv/bin/python bench/bench_chat.py --part compare --questions 20   # ~3 min

Quality figures are deterministic (greedy decoding); latencies are single runs on whatever the
machine has. The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from pathlib import Path

# The sibling benchmark's helpers (this script's folder is on sys.path).
from bench_graph_load import _rounded, _version

import kgchat.data

ROOT = Path(__file__).resolve().parents[1]
WC2014 = ROOT.parent / "shared" / "bench" / "wc2014"
MEDICINE = kgchat.data.MEDICINE
RANKERS = ("retriever", "likelihood", "generate")
TARGET_FIRST_TOKEN_S = 1.0
MAX_NEW_TOKENS = 40

# Questions about medicine.ttl, each with every answer the graph gives (labels as in the
# file). Varied on purpose: forward and inverse edges, brand names, literals, a 2-hop chain.
MEDICINE_QA = [
    ("What does metformin treat?", ["type 2 diabetes"]),
    ("Which enzymes metabolize warfarin?", ["CYP2C9"]),
    ("When was atorvastatin first approved by the FDA?", ["1996"]),
    (
        "What is Zoloft used for?",
        [
            "major depressive disorder",
            "obsessive-compulsive disorder",
            "panic disorder",
            "post-traumatic stress disorder",
            "social anxiety disorder",
        ],
    ),
    (
        "What are the side effects of lisinopril?",
        ["dry cough", "dizziness", "angioedema", "hyperkalemia", "hypotension"],
    ),
    ("Who discovered penicillin?", ["Alexander Fleming"]),
    ("What is the mechanism of action of statins?", ["HMG-CoA reductase inhibition"]),
    ("Which drug class does sertraline belong to?", ["selective serotonin reuptake inhibitors"]),
    ("Which drugs interact with clopidogrel?", ["omeprazole", "esomeprazole"]),
    (
        "What is metformin contraindicated in?",
        ["chronic kidney disease", "metabolic acidosis", "diabetic ketoacidosis"],
    ),
    ("Which enzyme does omeprazole inhibit?", ["CYP2C19"]),
    ("How is insulin glargine administered?", ["subcutaneous"]),
    ("What does Lipitor target?", ["HMG-CoA reductase"]),
    ("What causes tuberculosis?", ["Mycobacterium tuberculosis"]),
    ("Which drugs treat Parkinson's disease?", ["levodopa"]),
    ("What is the half-life of warfarin?", ["about 40 hours (range 20-60 hours)"]),
    ("Who discovered ibuprofen?", ["Stewart Adams"]),
    ("What does imatinib treat?", ["chronic myeloid leukemia", "gastrointestinal stromal tumor"]),
    ("Which drugs treat gout?", ["naproxen", "allopurinol", "colchicine"]),
    (
        "What is the mechanism of action of the drug class that atorvastatin belongs to?",
        ["HMG-CoA reductase inhibition"],
    ),
]
MEDICINE_WARMUP = [
    "What does aspirin treat?",
    "Which drugs treat hypertension?",
    "What is the typical adult dose of sertraline?",
]


# --------------------------------------------------------------------------- helpers
class _Recorder:
    """A chatbot that keeps every answer it gives and prints progress (``evaluate_chat`` keeps
    only the metrics and the first failures)."""

    def __init__(self, bot, label: str, total: int, every: int = 25) -> None:
        self.bot, self.label, self.total, self.every = bot, label, total, every
        self.answers: list = []
        self.t0 = time.perf_counter()

    def ask(self, question: str):
        a = self.bot.ask(question)
        self.answers.append(a)
        done = len(self.answers)
        if self.every and (done % self.every == 0 or done == self.total):
            spent = time.perf_counter() - self.t0
            left = spent / done * (self.total - done)
            print(
                f"  [{self.label}] {done}/{self.total} questions, "
                f"{spent:.0f} s, ~{left:.0f} s left",
                flush=True,
            )
        return a


def _percentile(values: list[float], q: float) -> float | None:
    import numpy as np

    return float(np.percentile(values, q)) if values else None


def _cited(a) -> list[str]:
    """``[n] fact`` for each fact the reply cites."""
    return [f"[{n}] {a.given[n - 1].text}" for n in a.citations if 1 <= n <= len(a.given)]


def _answer_record(a, expected, hit: bool) -> dict:
    return {
        "question": a.question,
        "expected": list(expected),
        "text": a.text,
        "answer": a.answer,
        "hit": hit,
        "abstained": a.abstained,
        "citations": a.citations,
        "invalid_citations": a.invalid_citations,
        "cited_facts": _cited(a),
        "given": len(a.given),
        "tokens": a.tokens,
        "timings_ms": {k: round(v * 1000, 1) for k, v in a.timings.items()},
    }


def _chat_extras(answers: list, items: list) -> dict:
    """Figures ``evaluate_chat`` does not give: how often the chosen answer is right (the text
    may contain a gold answer only inside its cited evidence), and how often a reply cites."""
    from kgchat.text import answer_key

    spoken = [a for a in answers if not a.abstained]
    chosen = [a.answer for a in answers]
    out = {
        "cited_share": round(sum(bool(a.citations) for a in spoken) / max(1, len(spoken)), 4),
        "first_token_missing": sum(1 for a in spoken if "first_token" not in a.timings),
    }
    if any(c is not None for c in chosen):
        hits = [
            c is not None and answer_key(c) in {answer_key(x) for x in item.answers}
            for c, item in zip(chosen, items, strict=True)
        ]
        out["chosen_hit"] = round(sum(hits) / max(1, len(hits)), 4)
    return out


def _write(path: Path, results: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(_rounded(results), indent=1))
    tmp.replace(path)


def _git() -> str | None:
    """The commit measured, with ``+dirty`` when the tree has changes."""
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty=+dirty"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head or None


def _backend(name: str = "auto"):
    """The default model on backend ``name``, loaded now so that no row pays for it."""
    from kgchat.chat import get_backend

    backend = get_backend(name)
    t0 = time.perf_counter()
    backend.count_tokens([{"role": "user", "content": "warm-up"}])  # loads the model
    return backend, time.perf_counter() - t0


# --------------------------------------------------------------------------- part 1: ablation
def run_ablation(args, results: dict, backend) -> None:
    from kgchat import KnowledgeGraph
    from kgchat.chat import ChatBot, ChatConfig
    from kgchat.evaluation import (
        answer_in_text,
        evaluate_chat,
        evaluate_retrieval,
        read_questions,
        sample,
    )
    from kgchat.pipeline import make_retriever, settle

    data = args.wc2014
    kb, qs = data / "kb.tsv", data / "questions.jsonl"
    if not (kb.is_file() and qs.is_file()):
        print(f"[ablation] skipped: {kb} or {qs} is absent (the shared WC2014 copy)")
        results["ablation"] = {"skipped": f"no {data}"}
        return
    t0 = time.perf_counter()
    kg = KnowledgeGraph.load(kb, progress=False)
    retriever = make_retriever(kg, progress=False)
    settle(retriever)  # as kgchat chat and serve: its tables built, the encoder's fast path made
    setup_s = time.perf_counter() - t0
    items, _ = read_questions(qs)
    chosen = sample(items, args.limit, args.seed)
    taken = {item.line for item in chosen}
    rest = [item for item in items if item.line not in taken]
    warmup = random.Random(args.seed + 1).sample(rest, min(3, len(rest)))
    part = results["ablation"] = {
        "limit": args.limit,
        "n": len(chosen),
        "seed": args.seed,
        "setup_s": setup_s,
        "rows": {},
        "complete": False,
    }
    print(
        f"[ablation] WC2014: {len(chosen)} of {len(items)} questions (seed {args.seed}); "
        f"graph + retriever ready in {setup_s:.1f} s",
        flush=True,
    )
    rows = ["retrieval", *args.rankers]
    for row in rows:
        print(f"[ablation] {row} ...", flush=True)
        if row == "retrieval":
            for item in warmup:
                retriever.retrieve(item.question)
            t0 = time.perf_counter()
            report = evaluate_retrieval(retriever, chosen, progress=False)
            r = {**report.metrics, "wall_s": time.perf_counter() - t0}
            r["chosen_hit"] = r["hits_at_1"]  # the top candidate is the chosen answer
        else:
            config = ChatConfig(ranker=row, max_new_tokens=MAX_NEW_TOKENS)
            bot = ChatBot(kg, retriever, backend, config)
            for item in warmup:
                bot.ask(item.question)
            rec = _Recorder(bot, row, len(chosen))
            t0 = time.perf_counter()
            report = evaluate_chat(rec, chosen, progress=False)
            r = {**report.metrics, "wall_s": time.perf_counter() - t0}
            r.update(_chat_extras(rec.answers, chosen))
            with open(args.out / f"bench_chat-{row}.jsonl", "w", encoding="utf-8") as f:
                for a, item in zip(rec.answers, chosen, strict=True):
                    record = _answer_record(a, item.answers, answer_in_text(a.text, item.answers))
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
        r["failures"] = report.failures[:5]
        part["rows"][row] = r
        _write(args.out / "bench_chat.json", results)
        print(f"  {_ablation_line(row, r)}", flush=True)
    part["complete"] = True
    print(f"\n{_ablation_table(part['rows'])}\n")
    print(
        f"WC2014, {len(chosen)} questions (seed {args.seed}), greedy decoding, max_new_tokens "
        f"{MAX_NEW_TOKENS}; one retriever (make_retriever, default encoder) and one backend "
        "(default model) for every row; 3 warm-up questions from outside the sample per row.\n"
        "hits@1: chat rows count a reply whose text contains a gold answer; chosen: the chosen "
        "answer (retrieval: the top candidate) is gold; cited: non-abstained replies citing a "
        "fact;\nno tok: replies in which the model ended at once (EOS), so no model token and no "
        "first-token time (the p50s leave them out); times in ms, wall in seconds."
    )


ABLATION_COLUMNS = [
    # header, key, format
    ("hits@1", "hits_at_1", "{:.3f}"),
    ("chosen", "chosen_hit", "{:.3f}"),
    ("F1", "f1", "{:.3f}"),
    ("recall", "answer_recall", "{:.3f}"),
    ("cite ok", "citation_validity", "{:.3f}"),
    ("raw ok", "raw_citation_validity", "{:.3f}"),
    ("cited", "cited_share", "{:.3f}"),
    ("abstain", "abstention_rate", "{:.3f}"),
    ("text p50", "first_text_p50_ms", "{:,.0f}"),
    ("tok p50", "first_token_p50_ms", "{:,.0f}"),
    ("gen p50", "generation_p50_ms", "{:,.0f}"),
    ("tok/s", "tokens_per_s", "{:.1f}"),
    ("no tok", "first_token_missing", "{:d}"),
    ("p50 ms", "p50_ms", "{:,.0f}"),
    ("wall s", "wall_s", "{:,.0f}"),
]


def _cell(r: dict, key: str, fmt: str) -> str:
    v = r.get(key)
    return "-" if v is None else fmt.format(v)


def _ablation_line(row: str, r: dict) -> str:
    return ", ".join(
        f"{head} {_cell(r, key, fmt)}" for head, key, fmt in ABLATION_COLUMNS if key in r
    )


def _ablation_table(rows: dict) -> str:
    line = "{:<20} {:>4}" + " {:>8}" * len(ABLATION_COLUMNS)
    out = [line.format("row", "n", *(h for h, _, _ in ABLATION_COLUMNS))]
    for row, r in rows.items():
        name = row if row == "retrieval" else f"chat: {row}"
        cells = [_cell(r, key, fmt) for _, key, fmt in ABLATION_COLUMNS]
        out.append(line.format(name, r["n"], *cells))
    return "\n".join(out)


# --------------------------------------------------------------------------- parts 2 and 3
def _medicine_bot(backend, ranker: str, cache: dict):
    from kgchat import KnowledgeGraph
    from kgchat.chat import ChatBot, ChatConfig
    from kgchat.pipeline import make_retriever, settle

    if "retriever" not in cache:
        kg = KnowledgeGraph.load(MEDICINE, progress=False)
        cache["kg"], cache["retriever"] = kg, make_retriever(kg, progress=False)
        settle(cache["retriever"])  # as kgchat chat and serve: tables built, encoder prepared
    config = ChatConfig(ranker=ranker, max_new_tokens=MAX_NEW_TOKENS)
    return ChatBot(cache["kg"], cache["retriever"], backend, config)


def run_first_token(args, results: dict, backend, cache: dict) -> None:
    bot = _medicine_bot(backend, args.ranker, cache)
    for q in MEDICINE_WARMUP:
        bot.ask(q)
    rows = []
    for q, _ in MEDICINE_QA:
        t0 = time.perf_counter()
        first_text = None
        for _piece in bot.stream(q):
            if first_text is None:
                first_text = time.perf_counter() - t0
        total = time.perf_counter() - t0
        a = bot.last
        rows.append(
            {
                "question": q,
                "first_text_s": first_text,
                "first_token_s": a.timings.get("first_token"),
                "retrieval_s": a.timings["retrieval"],
                "total_s": total,
                "tokens": a.tokens,
                "abstained": a.abstained,
            }
        )
    part: dict = {"ranker": args.ranker, "n": len(rows), "warmup": len(MEDICINE_WARMUP)}
    for key in ("first_text_s", "first_token_s", "retrieval_s", "total_s"):
        got = [r[key] for r in rows if r[key] is not None]
        part[key] = {"p50": _percentile(got, 50), "p95": _percentile(got, 95), "n": len(got)}
    part["questions"] = rows
    results["first_token"] = part
    p50 = part["first_token_s"]["p50"]
    verdict = "OK" if p50 is not None and p50 <= TARGET_FIRST_TOKEN_S else "MISSED"
    line = "{:<44} {:>4} {:>8} {:>8}"
    out = [line.format("medicine.ttl, stream(q)", "n", "p50 ms", "p95 ms")]
    labels = {
        "retrieval_s": "retrieval",
        "first_text_s": "(a) first text piece yielded",
        "first_token_s": "(b) first model token",
        "total_s": "whole reply",
    }
    for key, label in labels.items():
        s = part[key]
        ms = ["-" if s[q] is None else f"{1000 * s[q]:,.0f}" for q in ("p50", "p95")]
        out.append(line.format(label, s["n"], *ms))
    print(f"\n[first-token] ranker {args.ranker}\n" + "\n".join(out))
    abstained = sum(r["abstained"] for r in rows)
    ended = sum(1 for r in rows if r["first_token_s"] is None and not r["abstained"])
    part.update(abstained=abstained, no_model_token=ended)
    print(
        f"target: first model token within {TARGET_FIRST_TOKEN_S:g} s (p50): {verdict}; "
        f"{len(rows)} questions after {len(MEDICINE_WARMUP)} warm-up ones, retrieval included; "
        f"no model token in {ended} replies (the model ended at once: the reply is the "
        f"chatbot's own) and {abstained} abstentions (no generation)\n"
    )


def run_answers(args, results: dict, backend, cache: dict) -> None:
    from kgchat.evaluation import QAItem, answer_in_text, evaluate_chat

    bot = _medicine_bot(backend, args.ranker, cache)
    items = [QAItem(i, q, tuple(gold)) for i, (q, gold) in enumerate(MEDICINE_QA, 1)]
    rec = _Recorder(bot, "answers", len(items), every=0)
    t0 = time.perf_counter()
    report = evaluate_chat(rec, items, progress=False)
    wall = time.perf_counter() - t0
    records = []
    print(f"[answers] medicine.ttl, ranker {args.ranker}\n")
    for i, (a, item) in enumerate(zip(rec.answers, items, strict=True), 1):
        hit = answer_in_text(a.text, item.answers)
        records.append(_answer_record(a, item.answers, hit))
        flags = ["contains an expected answer" if hit else "MISSES the expected answer"]
        if a.abstained:
            flags.append("abstained")
        if a.invalid_citations:
            flags.append(f"model cited missing facts {a.invalid_citations} (dropped)")
        print(f"{i:>2}. Q: {a.question}")
        print(f"    A: {a.text}")
        for fact in _cited(a):
            print(f"       {fact}")
        print(f"    expected: {'; '.join(item.answers)} -> {', '.join(flags)}")
    hits = sum(r["hit"] for r in records)
    metrics = {**report.metrics, **_chat_extras(rec.answers, items), "wall_s": wall}
    results["answers"] = {
        "ranker": args.ranker,
        "contain_expected": hits,
        "n": len(records),
        "metrics": metrics,
        "answers": records,
    }
    print(
        f"\n{hits}/{len(records)} replies contain an expected answer; "
        f"{_ablation_line('answers', metrics)}\n"
    )


# --------------------------------------------------------------------------- part 4: compare
class _Timed:
    """Wraps a backend: times every ``generate`` call (to its first piece and to its end) and
    keeps its prompt and text, so two backends can be compared call by call."""

    def __init__(self, backend) -> None:
        self.backend, self.name, self.calls = backend, backend.name, []

    def generate(self, messages, **kw):
        t0 = time.perf_counter()
        first = None
        pieces = []
        for piece in self.backend.generate(messages, **kw):
            if first is None:
                first = time.perf_counter() - t0
            pieces.append(piece)
            yield piece
        call = {"messages": messages, "prefix": kw.get("prefix", ""), "text": "".join(pieces)}
        call.update(first_s=first, total_s=time.perf_counter() - t0)
        self.calls.append(call)

    def score(self, messages, prefix, continuations):
        return self.backend.score(messages, prefix, continuations)

    def count_tokens(self, messages, prefix=""):
        return self.backend.count_tokens(messages, prefix)

    @property
    def context_length(self):
        return self.backend.context_length


def _speed(calls: list, tokens) -> dict:
    """First-piece p50/p95 and decoding tokens/s (tokens after the first, over the time after
    it) of a backend's calls; tokens counted with one tokenizer for both backends."""
    firsts = [c["first_s"] for c in calls if c["first_s"] is not None]
    n = sum(max(0, len(tokens(c["text"])) - 1) for c in calls if c["first_s"] is not None)
    t = sum(c["total_s"] - c["first_s"] for c in calls if c["first_s"] is not None)
    return {
        "calls": len(calls),
        "first_token_p50_ms": 1000 * _percentile(firsts, 50) if firsts else None,
        "first_token_p95_ms": 1000 * _percentile(firsts, 95) if firsts else None,
        "tokens": n,
        "tokens_per_s": n / t if t > 0 else None,
        "wall_s": sum(c["total_s"] for c in calls),
    }


COMPARE = {  # row -> (backend name, LlamaCppConfig keywords)
    "transformers": ("transformers", None),
    "llamacpp-q4_1": ("llamacpp", {"requantize": "off"}),  # the bundled file as it is
    "llamacpp": ("llamacpp", {}),  # the default: its Q4_0 copy
}


def _compare_backend(row: str):
    from kgchat.chat import get_backend
    from kgchat.chat.llamacpp import LlamaCppConfig

    name, kw = COMPARE[row]
    backend = get_backend(name) if kw is None else get_backend(name, config=LlamaCppConfig(**kw))
    t0 = time.perf_counter()
    backend.count_tokens([{"role": "user", "content": "warm-up"}])  # loads the model
    return backend, time.perf_counter() - t0


def _agreement(a: list, b: list) -> tuple[int, int]:
    """(same reply text, same prompt) over the calls two backends made, call by call."""
    pairs = [
        (x, y)
        for x, y in zip(a, b, strict=False)
        if (x["messages"], x["prefix"]) == (y["messages"], y["prefix"])
    ]
    return sum(x["text"].strip() == y["text"].strip() for x, y in pairs), len(pairs)


def run_compare(args, results: dict, cache: dict) -> None:
    """transformers and llama.cpp (the bundled Q4_1 file as it is, and the default Q4_0 copy) on
    the same model and medicine questions, interleaved question by question in this process so
    that the machine's load falls on all alike: speed, and whether the greedy replies agree."""

    questions = [q for q, _ in MEDICINE_QA][: args.questions]
    rows: dict = {}
    timed: dict = {}
    bots: dict = {}
    for row in COMPARE:
        backend, load_s = _compare_backend(row)
        t = timed[row] = _Timed(backend)
        bots[row] = _medicine_bot(t, args.ranker, cache)
        for q in MEDICINE_WARMUP:
            bots[row].ask(q)
        t.calls.clear()
        rows[row] = {"load_s": load_s, "bot_wall_s": 0.0}
    answers: dict = {row: [] for row in COMPARE}
    again: dict = {row: [] for row in COMPARE}
    for i, q in enumerate(questions):
        order = list(COMPARE) if i % 2 == 0 else list(reversed(COMPARE))
        for row in order:  # each twice in a row: a new prompt, then the same prompt warm
            t, t0 = timed[row], time.perf_counter()
            answers[row].append(bots[row].ask(q))
            n = len(t.calls)
            bots[row].ask(q)
            again[row].extend(t.calls[n:])
            del t.calls[n:]
            rows[row]["bot_wall_s"] += time.perf_counter() - t0
        print(f"[compare] {i + 1}/{len(questions)}", flush=True)
    tokenizer = timed["llamacpp"].backend  # the same vocabulary for every row
    for row, t in timed.items():
        bot_first = [a.timings["first_token"] for a in answers[row] if "first_token" in a.timings]
        warm = [c["first_s"] for c in again[row] if c["first_s"] is not None]
        rows[row].update(
            bot_first_token_p50_ms=1000 * _percentile(bot_first, 50) if bot_first else None,
            warm_first_token_p50_ms=1000 * _percentile(warm, 50) if warm else None,
            warm_first_token_p95_ms=1000 * _percentile(warm, 95) if warm else None,
            **_speed(t.calls, tokenizer.tokenize),
        )
    tr, q41, ll = (timed[r].calls for r in COMPARE)
    agree = {
        "llamacpp_vs_transformers": _agreement(tr, ll),
        "llamacpp-q4_1_vs_transformers": _agreement(tr, q41),
        "llamacpp_vs_llamacpp-q4_1": _agreement(q41, ll),
    }
    part = results["compare"] = {
        "questions": len(questions),
        "ranker": args.ranker,
        "rows": rows,
        "agreement": {k: {"same_text": a, "same_prompt": n} for k, (a, n) in agree.items()},
        "replies": [
            {
                "prompt_tail": a["messages"][-1]["content"][-80:],
                "transformers": a["text"],
                "llamacpp-q4_1": b["text"],
                "llamacpp": c["text"],
            }
            for a, b, c in zip(tr, q41, ll, strict=False)
        ],
    }
    line = "{:<14} {:>7} {:>9} {:>9} {:>9} {:>9} {:>8} {:>9} {:>8}"
    head = ("backend", "load s", "new p50", "new p95", "warm p50", "warm p95", "tok/s")
    out = [line.format(*head, "bot p50", "wall s")]
    for name, r in rows.items():
        out.append(
            line.format(
                name,
                f"{r['load_s']:.1f}",
                *(
                    "-" if r[k] is None else f"{r[k]:,.0f}"
                    for k in (
                        "first_token_p50_ms",
                        "first_token_p95_ms",
                        "warm_first_token_p50_ms",
                        "warm_first_token_p95_ms",
                    )
                ),
                "-" if r["tokens_per_s"] is None else f"{r['tokens_per_s']:.1f}",
                "-"
                if r["bot_first_token_p50_ms"] is None
                else f"{r['bot_first_token_p50_ms']:,.0f}",
                f"{r['bot_wall_s']:.1f}",
            )
        )
    tps = {row: rows[row]["tokens_per_s"] for row in COMPARE}
    speedup = tps["llamacpp"] / tps["transformers"] if all(tps.values()) else None
    part["speedup"] = speedup
    print("\n".join(out))
    print(
        "same greedy reply text (calls with the same prompt): "
        + "; ".join(f"{k} {a}/{n}" for k, (a, n) in agree.items())
        + f". tokens/s llama.cpp / transformers: {'-' if speedup is None else f'{speedup:.1f}x'}"
        f" (target >= 5x); llama.cpp first token p50 on a warm prompt "
        f"{rows['llamacpp']['warm_first_token_p50_ms'] or 0:.0f} ms (target <= 100 ms).\n"
        "new / warm p50, p95: ms from the backend's generate() call to its first piece, on the "
        "prompt the chatbot built for a new question / for the same question asked again at "
        "once (llama.cpp then re-uses its prompt cache; transformers has none); bot p50: the "
        "chatbot's timings['first_token'] on new questions (retrieval included); tok/s: tokens "
        "after the first over the time after it (new questions). Rows interleaved question by "
        "question; llamacpp-q4_1 is the bundled file as it is, llamacpp the default Q4_0 copy.\n"
    )


# --------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--part", choices=("all", "ablation", "first-token", "answers", "compare"), default="all"
    )
    ap.add_argument(
        "--backend",
        choices=("auto", "transformers", "llamacpp"),
        default="auto",
        help="the backend of parts 1-3 (auto: llama.cpp when installed)",
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).parent / "out",
        help="bench_chat.json (rewritten after each ablation row) and the answers (bench/out)",
    )
    g = ap.add_argument_group("part 1: ranker ablation on WC2014")
    g.add_argument("--wc2014", type=Path, default=WC2014, help="folder with kb.tsv, questions")
    g.add_argument("--limit", type=int, default=300, help="questions sampled (default 300)")
    g.add_argument("--seed", type=int, default=0, help="question sample seed")
    g.add_argument("--rankers", default=",".join(RANKERS), help="subset of " + ",".join(RANKERS))
    g = ap.add_argument_group("parts 2 and 3: kgchat/data/graphs/medicine.ttl")
    g.add_argument("--ranker", choices=RANKERS, default="retriever", help="(default retriever)")
    g = ap.add_argument_group("part 4: transformers vs llama.cpp, on the medicine questions")
    g.add_argument("--questions", type=int, default=20, help="how many (default all 20)")
    args = ap.parse_args(argv)
    args.rankers = [r.strip() for r in args.rankers.split(",") if r.strip()]
    if set(args.rankers) - set(RANKERS) or args.limit < 1:
        ap.error(f"--rankers takes a subset of {','.join(RANKERS)}; --limit must be >= 1")

    dists = ("kgchat", "torch", "transformers", "sentence-transformers", "faiss-cpu")
    dists += ("llama-cpp-python",)
    versions = {"python": platform.python_version(), **{d: _version(d) for d in dists}}
    versions["git"] = _git()
    env = {k: os.environ[k] for k in ("OMP_NUM_THREADS", "OMP_WAIT_POLICY") if k in os.environ}
    print(f"machine: {os.cpu_count()} CPUs, {platform.machine()}; {versions}; env {env}")
    from kgchat.models import DEFAULT_CHAT_MODEL

    backend, load_s = None, 0.0
    if args.part != "compare":
        backend, load_s = _backend(args.backend)
        print(f"model {DEFAULT_CHAT_MODEL} on {backend.name}: loaded in {load_s:.1f} s", flush=True)
    results: dict = {
        "cpus": os.cpu_count(),
        "versions": versions,
        "env": env,
        "model": DEFAULT_CHAT_MODEL,
        "backend": getattr(backend, "name", None),
        "model_load_s": load_s,
        "max_new_tokens": MAX_NEW_TOKENS,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    cache: dict = {}
    if args.part in ("all", "ablation"):
        run_ablation(args, results, backend)
    if args.part in ("all", "first-token"):
        run_first_token(args, results, backend, cache)
    if args.part in ("all", "answers"):
        run_answers(args, results, backend, cache)
    if args.part in ("all", "compare"):
        run_compare(args, results, cache)
    results["complete"] = True
    _write(args.out / "bench_chat.json", results)
    print(json.dumps(_rounded(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
