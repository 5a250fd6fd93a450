"""``kgchat serve``: the chatbot behind an OpenAI-compatible HTTP API (see :mod:`kgchat.serve`).

kgchat serve kgchat/data/graphs/medicine.ttl                 # http://127.0.0.1:8000/v1
kgchat serve kgchat/data/graphs/medicine.ttl --backend template --port 8001
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from kgchat.cli.common import add_chat_args, add_graph_args, add_retriever_args, chatbot_from_args
from kgchat.cli.flags import add_config_flags, config_from_args


def register(sub: Any) -> None:
    """Add ``serve`` to the subcommands ``sub``."""
    from kgchat.serve.config import ServeConfig

    p = sub.add_parser(
        "serve",
        help="serve the chatbot as an OpenAI-compatible API (and the chat page) until Ctrl-C",
    )
    add_graph_args(p)
    add_retriever_args(p)
    add_chat_args(p)
    add_config_flags(p, ServeConfig)
    p.add_argument(
        "--api-key",
        default=None,
        help="require 'Authorization: Bearer KEY' on every /v1 route (default: the "
        "KGCHAT_API_KEY environment variable; none: open to whoever can reach --host)",
    )
    p.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    import logging

    from kgchat.serve import ChatService, ServeConfig, create_app, serve

    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    config = config_from_args(ServeConfig, args)
    api_key = args.api_key or os.environ.get("KGCHAT_API_KEY") or None
    bot = chatbot_from_args(args)
    service = ChatService.from_chatbot(bot, config=config, name=_name(args))
    print(f"kgchat serve: loading {service.model_id} ...", flush=True)
    service.warm_up()
    from kgchat.pipeline import settle

    settle(bot.retriever)  # graph, index and model loaded for good: out of the collector's way
    app = create_app(service, api_key=api_key)
    where = f"http://{config.host}:{config.port}"
    print(
        f"kgchat serve: {service.model_id} on {where}/v1 (the page: {where}/); "
        f"API key {'required' if api_key else 'not required'}; Ctrl-C stops",
        flush=True,
    )
    return serve(app, host=config.host, port=config.port)


def _name(args: argparse.Namespace) -> str:
    """What the model id calls the graph: the first source's name, or the endpoint's host."""
    if getattr(args, "endpoint", None):
        from urllib.parse import urlparse

        return urlparse(args.endpoint).hostname or "endpoint"
    first = Path(args.paths[0])
    name = first.name
    for suffix in (".gz", ".bz2", ".xz"):
        name = name.removesuffix(suffix)
    return Path(name).stem or first.name
