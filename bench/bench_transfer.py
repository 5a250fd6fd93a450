"""Knowledge transfer, measured: the base model against each tuning strategy, with and without
the graph's facts in the prompt, on the bundled medicine ontology and on WC2014.

For each graph the script

1. generates QA pairs from the graph alone (``kgchat qa``; seeded, topic-disjoint splits),
2. trains each strategy on (a seeded sample of) the train split -- ``lora``, ``freeze`` and
   ``full`` tune SmolLM2-135M-Instruct on the grounded chat exchanges; ``feature`` trains the
   learned path scorer on the frozen model's features,
3. evaluates on held-out questions: medicine's generated test split (answerable questions), and
   WC2014's *real* questions (written by people, never seen in training):

   - ``KG, model answers``: the chatbot with ``ranker=generate`` -- the model reads the numbered
     facts and answers; a hit when a gold answer is in the reply;
   - ``no KG``: the model alone, the question with an empty facts block (closed book);
   - ``KG, retriever answers``: the default chatbot (``ranker=retriever``), whose answer is the
     retriever's top candidate: the same for every LM, it changes only with the path scorer
     (the ``feature`` row).

Trained models and QA data are kept under ``--out`` and reused (``--retrain`` to redo), so the
expensive part runs once. Training is sized for two CPU cores by ``--train-limit`` and
``--max-steps``; the figures say what each run was.

Usage::

    .venv/bin/python bench/bench_transfer.py                 # both graphs, every strategy
    .venv/bin/python bench/bench_transfer.py --graphs medicine --strategies lora,feature
    .venv/bin/python bench/bench_transfer.py --strategies feature --only-retrieval  # scorers
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from pathlib import Path
from typing import Any

from _common import ROOT, WC2014, answerable_items, qa_data

from kgchat.data import MEDICINE

LM_STRATEGIES = ("lora", "freeze", "full")
STRATEGIES = (*LM_STRATEGIES, "feature")


def _graphs(names: list[str]) -> list[dict[str, Any]]:
    out = []
    for name in names:
        if name == "medicine":
            out.append({"name": name, "paths": [MEDICINE]})
        elif name == "wc2014":
            kb, qs = WC2014 / "kb.tsv", WC2014 / "questions.jsonl"
            if not (kb.is_file() and qs.is_file()):
                print(f"skipping wc2014: {WC2014} not found (the shared benchmark data)")
                continue
            out.append({"name": name, "paths": [kb], "questions": qs})
        else:
            raise SystemExit(f"unknown graph {name!r}: medicine or wc2014")
    return out


def _qa_data(kg: Any, name: str, out: Path, args: argparse.Namespace) -> Path:
    """Generate (or reuse) the QA splits of one graph."""
    from kgchat.qa import QAConfig

    config = QAConfig(seed=args.seed, max_per_kind=args.max_per_kind)
    return qa_data(kg, out / f"qa-{name}", config, name)


def _subset(qa: Any, train: int, dev: int, seed: int) -> Any:
    """A seeded sample of the train and dev splits (the QAData the strategies take)."""
    from kgchat.tuning.data import QAData

    rng = random.Random(seed)
    pick = lambda xs, n: xs if len(xs) <= n else rng.sample(xs, n)  # noqa: E731
    return QAData(qa.directory, pick(qa.train, train), pick(qa.dev, dev), qa.test, qa.manifest)


def _train(strategy: str, kg: Any, qa_dir: Path, out: Path, args: argparse.Namespace) -> dict:
    """Train (or reuse) one strategy; returns its manifest."""
    from kgchat.tuning import tune
    from kgchat.tuning.data import load_qa_data

    where = out / strategy
    if (where / "manifest.json").is_file() and not args.retrain:
        print(f"  reusing {where}")
        return json.loads((where / "manifest.json").read_text())
    qa = load_qa_data(qa_dir)
    if strategy == "feature":
        data = _subset(qa, args.feature_train_limit or len(qa.train), args.dev_limit, args.seed)
        fields: dict[str, Any] = {}
    else:
        data = _subset(qa, args.train_limit, args.dev_limit, args.seed)
        fields = {"max_steps": args.max_steps, "batch_size": args.batch_size, "epochs": 1}
    print(f"  training {strategy}: {len(data.train)} train / {len(data.dev)} dev", flush=True)
    t0 = time.perf_counter()
    result = tune(
        data, where, strategy, kg=kg, overwrite=True, progress=True, threads=args.threads, **fields
    )
    m = dict(result.manifest)
    m["bench_wall_s"] = round(time.perf_counter() - t0, 1)
    (where / "bench.json").write_text(json.dumps({"wall_s": m["bench_wall_s"]}))
    return m


def _items(graph: dict, qa_dir: Path, limit: int, seed: int) -> list[Any]:
    """The held-out questions: WC2014's real ones, or the generated test split's answerable."""
    return answerable_items(graph.get("questions") or qa_dir / "test.jsonl", limit, seed)


def _judge(text: str, answers: Any) -> tuple[bool, float]:
    """A reply's hit (a gold answer in its text) and the F1 of the gold answers it names."""
    from kgchat.evaluation import answer_in_text, f1_score

    named = [a for a in answers if answer_in_text(text, [a])]
    return bool(named), f1_score(named, answers)


def _closed_book(backend: Any, templates: Any, items: list[Any], tokens: int) -> dict:
    hits, f1s = 0, []
    t0 = time.perf_counter()
    for it in items:
        text = "".join(backend.generate(templates.messages(it.question, []), max_new_tokens=tokens))
        hit, f1 = _judge(text, it.answers)
        hits += hit
        f1s.append(f1)
    n = max(1, len(items))
    return {
        "hits_at_1": round(hits / n, 4),
        "f1": round(sum(f1s) / n, 4),
        "n": len(items),
        "seconds": round(time.perf_counter() - t0, 1),
    }


def _chat(bot: Any, items: list[Any]) -> dict:
    """The chatbot's replies: hits (a gold answer in the text), F1 of the gold answers the
    text names, citation validity and abstentions."""
    hits, f1s, cites, valid, abstained = 0, [], 0, 0, 0
    t0 = time.perf_counter()
    for it in items:
        a = bot.ask(it.question)  # on its own: no memory of the other questions
        hit, f1 = _judge(a.text, it.answers)
        hits += hit
        f1s.append(f1)
        cites += len(a.citations) + len(a.invalid_citations)
        valid += len(a.citations)
        abstained += a.abstained
    n = max(1, len(items))
    return {
        "hits_at_1": round(hits / n, 4),
        "f1": round(sum(f1s) / n, 4),
        "citation_validity": round(valid / cites, 4) if cites else None,
        "abstention_rate": round(abstained / n, 4),
        "n": len(items),
        "seconds": round(time.perf_counter() - t0, 1),
    }


def _evaluate(
    graph: dict, kg: Any, out: Path, qa_dir: Path, args: argparse.Namespace
) -> dict[str, dict]:
    """Every row's figures on one graph's held-out questions."""
    from kgchat.chat import ChatBot, ChatConfig, PromptTemplates, TransformersBackend
    from kgchat.evaluation import evaluate_retrieval
    from kgchat.pipeline import make_retriever

    rows: dict[str, dict] = {}
    retriever = make_retriever(kg, scorer=None, progress=False)  # untrained, even if one is saved
    # retrieval is cheap: measured on more questions than generation (same seed)
    ritems = _items(graph, qa_dir, args.retrieval_limit, args.seed)
    r = evaluate_retrieval(retriever, ritems, progress=False).metrics
    rows["untrained path scorer"] = {"retriever": _pick(r)}
    if "feature" in args.strategies and (out / "feature" / "manifest.json").is_file():
        print(f"  evaluating feature (retrieval, {len(ritems)} questions) ...", flush=True)
        learned = make_retriever(kg, scorer=out / "feature", progress=False)
        r = evaluate_retrieval(learned, ritems, progress=False).metrics
        rows["feature"] = {"retriever": _pick(r)}
        print(f"    feature: {json.dumps(rows['feature'])}", flush=True)
    if args.only_retrieval:
        return rows
    items = _items(graph, qa_dir, args.eval_limit, args.seed)
    templates = PromptTemplates.load()
    models: list[tuple[str, str | None]] = [("base", None)]
    models += [(s, str(out / s)) for s in LM_STRATEGIES if s in args.strategies]
    for row, model in models:
        if model is not None and not (Path(model) / "manifest.json").is_file():
            continue
        print(f"  evaluating {row} ({len(items)} questions) ...", flush=True)
        backend = TransformersBackend(model, threads=args.threads)
        cfg = ChatConfig(ranker="generate", max_new_tokens=args.max_new_tokens)
        bot = ChatBot(kg, retriever, backend, cfg)
        figures = rows.setdefault(row, {})
        figures["kg_generate"] = _chat(bot, items)
        figures["no_kg"] = _closed_book(backend, templates, items, args.max_new_tokens)
        print(f"    {row}: {json.dumps(figures)}", flush=True)
    return rows


def _pick(m: dict) -> dict:
    keys = ("hits_at_1", "f1", "answer_recall", "n", "p50_ms")
    return {k: m.get(k) for k in keys}


def _fmt(x: Any) -> str:
    return "-" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def _table(name: str, rows: dict, trained: dict) -> str:
    head = (
        f"**{name}**\n\n| row | KG, model answers: hits@1 / F1 | no KG: hits@1 / F1 "
        "| KG, retriever answers: hits@1 / F1 | train s | tokens/s |\n|---|---|---|---|---|---|"
    )
    lines = [head]
    for row, fig in rows.items():
        g, c, r = fig.get("kg_generate", {}), fig.get("no_kg", {}), fig.get("retriever", {})
        m = trained.get(row, {})
        secs = m.get("bench_wall_s") or m.get("train_seconds") or m.get("wall_time_s")
        lines.append(
            f"| {row} | {_fmt(g.get('hits_at_1'))} / {_fmt(g.get('f1'))} "
            f"| {_fmt(c.get('hits_at_1'))} / {_fmt(c.get('f1'))} "
            f"| {_fmt(r.get('hits_at_1'))} / {_fmt(r.get('f1'))} "
            f"| {_fmt(secs)} | {_fmt(m.get('tokens_per_second'))} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graphs", default="medicine,wc2014")
    ap.add_argument("--strategies", default=",".join(STRATEGIES))
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "transfer")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-per-kind", type=int, default=400, help="QA generation size")
    ap.add_argument("--train-limit", type=int, default=240, help="train questions, LM strategies")
    ap.add_argument(
        "--feature-train-limit", type=int, default=0, help="train questions, feature (0: all)"
    )
    ap.add_argument("--dev-limit", type=int, default=40)
    ap.add_argument("--max-steps", type=int, default=60, help="optimiser steps, LM strategies")
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--eval-limit", type=int, default=60, help="held-out questions per graph")
    ap.add_argument("--retrieval-limit", type=int, default=200, help="questions, retrieval rows")
    ap.add_argument("--max-new-tokens", type=int, default=32)
    ap.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    ap.add_argument("--retrain", action="store_true", help="train again even if saved")
    ap.add_argument("--only-train", action="store_true")
    ap.add_argument(
        "--only-retrieval", action="store_true", help="evaluate the path scorer rows only"
    )
    args = ap.parse_args(argv)
    args.strategies = [s for s in args.strategies.split(",") if s]
    for s in args.strategies:
        if s not in STRATEGIES:
            raise SystemExit(f"unknown strategy {s!r}: one of {', '.join(STRATEGIES)}")

    from kgchat import KnowledgeGraph

    print(f"machine: {platform.machine()}, python {platform.python_version()}", flush=True)
    results: dict[str, Any] = {"args": {k: str(v) for k, v in vars(args).items()}, "graphs": {}}
    tables = []
    for graph in _graphs([g for g in args.graphs.split(",") if g]):
        name = graph["name"]
        out = args.out / name
        out.mkdir(parents=True, exist_ok=True)
        kg = KnowledgeGraph.load(*graph["paths"], progress=False)
        qa_dir = _qa_data(kg, name, args.out, args)
        trained = {}
        for s in args.strategies:
            trained[s] = _train(s, kg, qa_dir, out, args)
        if args.only_train:
            continue
        rows = _evaluate(graph, kg, out, qa_dir, args)
        results["graphs"][name] = {"rows": rows, "trained": _trained_summary(trained)}
        tables.append(_table(name, rows, trained))
        (args.out / "results.json").write_text(json.dumps(results, indent=2))
    print("\n\n".join(tables))
    print(json.dumps(results))
    return 0


def _trained_summary(trained: dict) -> dict:
    keys = ("steps", "train_seconds", "tokens_per_second", "bench_wall_s", "best_dev_loss")
    return {s: {k: m.get(k) for k in keys if k in m} for s, m in trained.items()}


if __name__ == "__main__":
    sys.exit(main())
