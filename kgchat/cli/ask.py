"""``kgchat ask`` (one question: the answer and the facts it cites) and ``kgchat chat`` (an
interactive session)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from kgchat.cli.common import (
    add_chat_args,
    add_graph_args,
    add_json,
    add_retriever_args,
    chatbot_from_args,
    print_answer,
)


def register(sub: Any) -> None:
    """Add ``ask`` and ``chat`` to the subcommands ``sub``."""
    p = sub.add_parser("ask", help="ask one question; prints the answer and the cited facts")
    add_graph_args(p)
    p.add_argument("question", help="the question (last argument)")
    add_json(p, "last line: one JSON object (answer, facts, entities, confidence...)")
    add_retriever_args(p)
    add_chat_args(p)
    p.set_defaults(func=_ask)

    p = sub.add_parser("chat", help="an interactive session (/facts, /reset, /quit)")
    add_graph_args(p)
    add_retriever_args(p)
    add_chat_args(p)
    p.set_defaults(func=_chat)


def _ask(args: argparse.Namespace) -> int:
    answer = chatbot_from_args(args).ask(args.question)
    if args.json:
        print(json.dumps(answer.to_dict()))
    else:
        print_answer(answer)
    return 0


def _chat(args: argparse.Namespace) -> int:
    from kgchat.chat.repl import run_repl
    from kgchat.pipeline import settle

    bot = chatbot_from_args(args)
    settle(bot.retriever)  # a conversation follows: loaded objects out of the collector's way
    return run_repl(bot)
