"""``kgchat retrieve`` (what the retriever finds for one question) and ``kgchat eval``
(Hits@1, F1, answer recall and latency on a QA file)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kgchat.cli.common import (
    add_chat_args,
    add_graph_args,
    add_json,
    add_retriever_args,
    chatbot_from_args,
    retriever_from_args,
)
from kgchat.cli.flags import add_config_flags


def register(sub: Any) -> None:
    """Add ``retrieve`` and ``eval`` to the subcommands ``sub``."""
    from kgchat.retrieval import RetrieverConfig

    p = sub.add_parser("retrieve", help="the facts, paths and answers the retriever finds")
    add_graph_args(p)
    p.add_argument("question", help="the question (last argument)")
    add_config_flags(p, RetrieverConfig, only=("max_facts",), flags={"max_facts": "--k"})
    add_json(p)
    add_retriever_args(p)
    p.set_defaults(func=_retrieve)

    p = sub.add_parser("eval", help="Hits@1, F1, answer recall and latency on a QA file")
    add_graph_args(p)
    p.add_argument("--questions", required=True, help="JSON Lines: question, answers per line")
    p.add_argument("--mode", default="retrieval", choices=["retrieval", "chat"])
    p.add_argument("--limit", type=int, default=None, help="a seeded sample of N questions")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--split",
        default=None,
        choices=["dev", "test"],
        help="only this half of the questions (per kind, by SHA-1 of the text; see split_items)",
    )
    add_json(p, "last line: one JSON object of metrics")
    p.add_argument("--report", default=None, help="also write a Markdown report here")
    add_retriever_args(p)
    add_chat_args(p)
    p.set_defaults(func=_eval)


def _retrieve(args: argparse.Namespace) -> int:
    res = retriever_from_args(args).retrieve(args.question)
    if args.json:
        print(json.dumps(res.to_dict()))
        return 0
    if res.message:
        print(res.message)
    print("entities: " + ", ".join(f"{m.text} -> {m.node}" for m in res.mentions))
    if res.candidates:
        print("answers:  " + "; ".join(f"{c.label} ({c.score:.2f})" for c in res.candidates[:5]))
        verdict = (
            "abstains: the best path does not say what is asked" if res.abstained else "answers"
        )
        print(f"confidence {res.confidence:.2f}: {verdict}")
    print(res.facts_block())
    return 0


def _eval(args: argparse.Namespace) -> int:
    from kgchat.evaluation import evaluate_retrieval, read_questions, sample, split_items

    items, problems = read_questions(args.questions)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    if args.split:
        items = split_items(items)[args.split == "test"]
    items = sample(items, args.limit, args.seed)
    progress = None if not args.json else False
    from kgchat.pipeline import settle

    if args.mode == "chat":
        from kgchat.evaluation import evaluate_chat

        bot = chatbot_from_args(args)
        settle(bot.retriever)  # many questions follow: loaded objects out of the collector's way
        report = evaluate_chat(bot, items, progress=progress)
    else:
        retriever = retriever_from_args(args)
        settle(retriever)
        report = evaluate_retrieval(retriever, items, progress=progress)
    report.problems = problems
    if args.report:
        Path(args.report).write_text(
            report.to_markdown(f"kgchat eval: {args.questions}"), encoding="utf-8"
        )
    if args.json:
        print(json.dumps({"breakdown": report.breakdown}))
        print(json.dumps(report.metrics))
    else:
        print(report.to_markdown(f"kgchat eval: {args.questions}"))
    return 0
