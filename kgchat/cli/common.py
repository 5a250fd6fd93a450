"""Flags several subcommands share (graph sources, retriever, chatbot) and the objects they
describe. Config fields become flags through :mod:`kgchat.cli.flags`; the few arguments that are
not config fields (paths, encoder, backend, ...) are declared here once.

Heavy libraries are imported inside the functions that build objects, never at import time.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kgchat.cli.base import CommandLineError
from kgchat.cli.flags import add_config_flags, config_from_args, flag_values

__all__ = [
    "BACKENDS",
    "ENDPOINT_FLAGS",
    "add_chat_args",
    "add_graph_args",
    "add_json",
    "add_retriever_args",
    "chatbot_from_args",
    "load_graph",
    "print_answer",
    "retriever_from_args",
]

#: The ``--backend`` choices (see :func:`kgchat.chat.get_backend`); a new backend adds its name.
BACKENDS = ["auto", "llamacpp", "transformers", "openai", "template", "echo"]


def add_json(p: argparse.ArgumentParser, help: str = "print one JSON object") -> None:
    """``--json``: machine-readable output; an error is then stdout's last line, as JSON."""
    p.add_argument("--json", action="store_true", help=help)


def add_graph_args(
    p: argparse.ArgumentParser, *, nargs: str = "+", help: str | None = None
) -> None:
    """The graph sources (PATH...) or ``--endpoint URL``, ``--format`` and the
    :class:`GraphConfig` flags."""
    from kgchat.graph import GraphConfig

    p.add_argument(
        "paths",
        nargs="*" if nargs == "+" else nargs,  # none with --endpoint (load_graph checks)
        metavar="PATH",
        help=help
        or "graph sources (RDF in any syntax, OWL incl. OWL/XML, functional, Manchester, OBO; "
        "TSV/CSV/| triples, id/name files, tables; JSON records, .jsonl; GraphML, Neo4j "
        "Cypher scripts; .gz ok) or a "
        "directory saved by 'kgchat graph save'",
    )
    p.add_argument(
        "--format",
        default=None,
        help="source format when the extension does not say (turtle, nt, xml, json-ld, tsv, "
        "owl-xml, owl-functional, owl-manchester, obo, json-records, hext, cypher, html, ...)",
    )
    p.add_argument(
        "--endpoint",
        default=None,
        metavar="URL",
        help="a SPARQL endpoint's query URL to read the graph from, in place of PATHs "
        "(read-only; see README 'Large graphs')",
    )
    add_config_flags(p, GraphConfig, only=("language", "imports"))
    from kgchat.graph import EndpointConfig

    # The settings a user of a store sets; the others (how in-edges are read) stay in Python.
    # Prefixed, so that no other config's flag (a chat ``--timeout``) can clash with them.
    add_config_flags(
        p,
        EndpointConfig,
        only=ENDPOINT_FLAGS,
        flags={name: "--endpoint-" + name.replace("_", "-") for name in ENDPOINT_FLAGS},
        dests={name: "endpoint_" + name for name in ENDPOINT_FLAGS},
        choices={"names": ("stream", "lookup")},
    )
    p.add_argument(
        "--endpoint-header",
        action="append",
        default=[],
        metavar="'NAME: VALUE'",
        help="an HTTP header sent with every request to --endpoint (repeatable), e.g. "
        '--endpoint-header "Authorization: Bearer $TOKEN"',
    )


#: The :class:`~kgchat.graph.EndpointConfig` fields that every graph-reading command takes as
#: ``--endpoint-<field>`` flags.
ENDPOINT_FLAGS = (
    "timeout",
    "retries",
    "backoff",
    "batch_size",
    "max_fanout",
    "max_rows",
    "cache_size",
    "page_size",
    "follow_redirects",
    "concurrency",
    "names",
)


def _headers(given: list[str]) -> dict[str, str]:
    """``--endpoint-header`` values (``NAME: VALUE``) as a dict; a value without a colon is an
    error naming it."""
    headers: dict[str, str] = {}
    for text in given:
        name, colon, value = text.partition(":")
        if not colon or not name.strip() or any(c.isspace() for c in name.strip()):
            raise CommandLineError(
                f"--endpoint-header {text!r}: expected 'NAME: VALUE', e.g. "
                "'Authorization: Bearer <token>'"
            )
        headers[name.strip()] = value.strip()
    return headers


def _no_endpoint_flags(args: argparse.Namespace) -> None:
    """An ``--endpoint-*`` flag given without ``--endpoint`` would be silently ignored: say so."""
    from kgchat.graph import EndpointConfig

    default = EndpointConfig()
    given = [
        "--endpoint-" + name.replace("_", "-")
        for name, value in flag_values(EndpointConfig, args).items()
        if value != getattr(default, name)
    ]
    given += ["--endpoint-header"] * bool(getattr(args, "endpoint_header", None))
    if given:
        raise CommandLineError(
            f"{', '.join(given)} set(s) how an endpoint is read, but the graph comes from "
            "PATHs: give --endpoint URL instead of PATHs, or leave the flag out"
        )


def load_graph(args: argparse.Namespace) -> Any:
    """The graph named by a command's PATH arguments, or its ``--endpoint``."""
    from kgchat.graph import GraphConfig
    from kgchat.graph.persist import cached_load

    endpoint = getattr(args, "endpoint", None)
    if endpoint:
        if args.paths:
            raise CommandLineError("give graph sources (PATH...) or --endpoint URL, not both")
        from kgchat.graph import EndpointConfig, SparqlGraph

        return SparqlGraph(
            endpoint,
            config_from_args(EndpointConfig, args),
            graph_config=config_from_args(GraphConfig, args),
            headers=_headers(getattr(args, "endpoint_header", [])) or None,
        )
    if not args.paths:
        raise CommandLineError(
            "the following arguments are required: PATH (the graph's sources) or --endpoint URL"
        )
    _no_endpoint_flags(args)
    # Large sources are parsed once and reloaded from $KGCHAT_CACHE/graphs while unchanged.
    return cached_load(args.paths, format=args.format, config=config_from_args(GraphConfig, args))


def add_retriever_args(p: argparse.ArgumentParser) -> None:
    """The retriever's encoder, index, path scorer and :class:`RetrieverConfig` flags."""
    from kgchat.index.encoders import ENCODERS
    from kgchat.pipeline import DEFAULT_ENCODER
    from kgchat.retrieval import RetrieverConfig

    p.add_argument(
        "--encoder",
        default=DEFAULT_ENCODER,
        help=f"entity/relation encoder, by its registered name: {', '.join(sorted(ENCODERS))} "
        f"(default: {DEFAULT_ENCODER})",
    )
    p.add_argument(
        "--encoder-model",
        default=None,
        help="the encoder's model (hub id or folder; default: the bundled one)",
    )
    p.add_argument(
        "--index",
        default="auto",
        help="index directory (default: cached under $KGCHAT_CACHE/indexes)",
    )
    # the retrieval's own threshold; a chatting command's --min-confidence is the chatbot's
    add_config_flags(
        p,
        RetrieverConfig,
        only=("max_hops", "min_confidence", "as_of_year", "relation_matcher"),
        flags={"min_confidence": "--retrieval-min-confidence"},
        dests={"min_confidence": "retrieval_min_confidence"},
    )
    p.add_argument(
        "--scorer",
        default="auto",
        help="path scorer: a learned one's folder (the --out of 'kgchat tune --strategy "
        "feature'), 'none' (the untrained one), or 'auto' (default: the graph's own learned "
        "scorer where 'kgchat tune --strategy feature' saved one that beat the untrained one)",
    )


def retriever_from_args(args: argparse.Namespace, kg: Any = None) -> Any:
    """The retriever a command's flags describe."""
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval import RetrieverConfig

    kg = kg if kg is not None else load_graph(args)
    return make_retriever(
        kg,
        encoder=args.encoder,
        model=args.encoder_model,
        index_dir=args.index,
        config=config_from_args(RetrieverConfig, args),
        scorer=args.scorer,
    )


def add_chat_args(p: argparse.ArgumentParser) -> None:
    """The chat model, its backend and the :class:`ChatConfig` flags."""
    from kgchat.chat.bot import RANKERS, ChatConfig

    p.add_argument(
        "--model",
        default=None,
        help="chat model: smollm2-135m-instruct (default, offline), a hub id, a local "
        "folder (a tuned kgchat model too) or a .gguf file",
    )
    p.add_argument(
        "--backend",
        default=BACKENDS[0],
        choices=BACKENDS,
        help="auto (default): llamacpp for a .gguf model (the default one too) when "
        "llama-cpp-python is installed, else local transformers; an OpenAI-compatible server; "
        "or template: no model, the answer with its cited evidence at retrieval speed",
    )
    p.add_argument(
        "--no-model",
        "--template",
        dest="backend",
        action="store_const",
        const="template",
        help="no model: the answer with its cited evidence at retrieval speed (--backend template)",
    )
    p.add_argument("--base-url", default=None, help="the server's API root, for --backend openai")
    add_config_flags(
        p,
        ChatConfig,
        only=(
            "ranker",
            "context_facts",
            "max_new_tokens",
            "min_confidence",
            "max_list",
            "max_described",
            "claim_check",
            "cite_shown",
            "evidence_words",
            "repetition_penalty",
            "prompts",
            "timeout",
        ),
        choices={"ranker": RANKERS},
    )


def chatbot_from_args(args: argparse.Namespace, kg: Any = None) -> Any:
    """The chatbot a command's flags describe."""
    from kgchat.chat import ChatConfig
    from kgchat.pipeline import make_chatbot
    from kgchat.retrieval import RetrieverConfig

    kg = kg if kg is not None else load_graph(args)
    return make_chatbot(
        kg,
        model=args.model,
        backend=args.backend,
        base_url=args.base_url,
        encoder=args.encoder,
        encoder_model=args.encoder_model,
        index_dir=args.index,
        config=config_from_args(ChatConfig, args),
        retriever_config=config_from_args(RetrieverConfig, args),
        scorer=args.scorer,
    )


def print_answer(answer: Any, *, facts: bool = True) -> None:
    """An answer and the facts it cites, for people."""
    print(answer.text)
    if facts and answer.facts:
        for f in answer.facts:
            print(f"  [{answer.given.index(f) + 1}] {f.text}   ({f.id}, {Path(f.source).name})")
