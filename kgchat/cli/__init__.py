"""The ``kgchat`` command line.

Subcommands mirror the pipeline, one module a group: :mod:`.graph` (graph stats|facts|sparql|
save), :mod:`.retrieve` (retrieve, eval), :mod:`.ask` (ask, chat), :mod:`.qa`, :mod:`.tune` and
:mod:`.demo`. Each has a ``register(sub)`` that adds its parsers and sets ``func``, a thin
handler over the Python API. Config fields become flags through :mod:`.flags` (defaults and help
live in the config dataclasses); the flags several commands share are in :mod:`.common`; error
reporting is in :mod:`.base`. Heavy libraries are imported inside the handlers, so ``kgchat
--help`` answers at once.

Examples
--------
::

    kgchat graph stats kgchat/data/graphs/medicine.ttl --json
    kgchat graph facts kgchat/data/graphs/medicine.ttl Warfarin
    kgchat ask kgchat/data/graphs/medicine.ttl "What does metformin treat?"
    kgchat demo

A failure prints ``kgchat: error: ...`` (file:line:column where there is one) and exits 1, never
a traceback (``--debug``, or ``KGCHAT_DEBUG=1``, prints it); with ``--json`` the last line of
stdout is one JSON object ``{"error", "kind", "file", "line", "column"}``. Usage errors exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kgchat.cli.base import (
    ArgumentParser,
    UsageError,
    add_debug,
    error_report,
    json_error,
    run_command,
)

__all__ = ["COMMANDS", "build_parser", "error_report", "main"]

#: The modules whose ``register(sub)`` adds subcommands, in the order ``--help`` lists them.
#: A new command group is a module in this package with a ``register`` function, named here.
COMMANDS = ["graph", "retrieve", "ask", "demo", "tune", "qa", "serve"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``kgchat`` command.

    Examples
    --------
    >>> args = build_parser().parse_args(["ask", "--backend", "template", "kb.ttl", "Who?"])
    >>> args.command, args.paths, args.backend, args.question
    ('ask', ['kb.ttl'], 'template', 'Who?')
    """
    from kgchat import __version__

    parser = ArgumentParser(
        prog="kgchat",
        description="Chatbots that answer from a knowledge graph and cite the facts.",
    )
    parser.add_argument("--version", action="version", version=f"kgchat {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"kgchat.cli.{name}").register(sub)
    add_debug(parser)
    return parser


def _intermixed(
    parser: argparse.ArgumentParser, args: argparse.Namespace, extra: list[str]
) -> argparse.Namespace:
    """``kgchat ask kb.ttl --backend template "Who ...?"``: options between the graph paths
    and the question leave the later positionals over (argparse takes positionals in one
    run). For a command of ``PATH ... question``, those are more paths and, last, the question;
    anything else left over (an unknown option) is the error argparse would have given."""
    if (
        not hasattr(args, "question")
        or not hasattr(args, "paths")
        or any(a.startswith("-") for a in extra)
    ):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.paths = [*(args.paths or []), args.question, *extra[:-1]]
    args.question = extra[-1]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kgchat`` console script; returns the exit status.

    No error caused by the input (a bad file, path, flag or question) prints a traceback.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> kb = Path(tempfile.mkdtemp()) / "kb.tsv"
    >>> _ = kb.write_text("Ada\\tborn_in\\tLondon\\n")
    >>> main(["graph", "stats", str(kb), "--json"])  # doctest: +ELLIPSIS
    {"triples": 1, "facts": 1, "entities": 2, "relations": 1, ...}
    0
    >>> main(["graph", "stats", str(kb.with_name("missing.ttl"))])  # the message: on stderr
    1
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:
            args = _intermixed(parser, args, extra)
    except UsageError as exc:
        json_error(
            argparse.Namespace(json="--json" in argv), {"error": exc.message, "kind": "UsageError"}
        )
        return 2
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return run_command(args)
