"""What every subcommand shares: the parser class, ``--debug``, and how errors are reported.

A failure prints ``kgchat: error: ...`` (file:line:column where there is one) and exits 1, never
a traceback (``--debug``, or ``KGCHAT_DEBUG=1``, prints it); with ``--json`` the last line of
stdout is one JSON object ``{"error", "kind", "file", "line", "column"}``. Usage errors exit 2
(kind ``UsageError``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, NoReturn

from kgchat.errors import KGChatError

__all__ = [
    "ArgumentParser",
    "CommandLineError",
    "UsageError",
    "add_debug",
    "error_report",
    "run_command",
]


class UsageError(SystemExit):
    """argparse's exit for a bad command line, with its message kept for ``--json``."""

    def __init__(self, message: str) -> None:
        super().__init__(2)
        self.message = message


class CommandLineError(KGChatError):
    """A command line that parses but does not make sense (e.g. neither PATHs nor ``--endpoint``):
    reported like argparse's own usage errors, exit status 2 and ``kind`` ``UsageError``."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser, raising :class:`UsageError` (exit status 2) on a bad command line."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


def add_debug(parser: argparse.ArgumentParser, top: bool = True) -> None:
    """``--debug`` on the command and on every subcommand (so it may come anywhere)."""
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="on an error, print the Python traceback too",
    )
    for action in parser._actions:
        if isinstance(action.choices, dict):  # a subcommand action
            for sub in {id(p): p for p in action.choices.values()}.values():
                add_debug(sub, top=False)


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command's handler (``args.func``) and turn what it raises into the exit
    status and messages the module docstring describes."""
    debug = args.debug or os.environ.get("KGCHAT_DEBUG", "") not in ("", "0")
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        if debug:
            raise
        print("\nkgchat: interrupted", file=sys.stderr)
        json_error(args, {"error": "interrupted", "kind": "KeyboardInterrupt"})
        return 130
    except CommandLineError as exc:
        if debug:
            raise
        print(f"kgchat: error: {exc}", file=sys.stderr)
        json_error(args, {"error": f"kgchat: {exc}", "kind": "UsageError"})
        return 2
    except Exception as exc:
        if debug:
            raise
        if isinstance(exc, BrokenPipeError) and _stdout_closed():
            return 1  # the reader went away (| head): nothing to say, nowhere to say it
        report = error_report(exc)
        shown = str(exc) if isinstance(exc, KGChatError) else report["error"]
        print(f"kgchat: error: {shown}", file=sys.stderr)
        json_error(args, report)
        return 1


def error_report(exc: BaseException) -> dict[str, Any]:
    """What the command line says about an error: ``error`` (one line), ``kind``, ``file``,
    ``line``, ``column`` (None where unknown), and ``context`` (the file's lines, if any).

    An error kgchat raised on purpose speaks for itself; an ``OSError`` is about a path the
    user gave; anything else is a bug in kgchat and is said to be one.

    >>> from kgchat.errors import ParseError
    >>> error_report(ParseError("bad token", "kb.ttl", 3, 7))["error"]
    'kb.ttl:3:7: bad token'
    >>> r = error_report(PermissionError(13, "Permission denied", "/data/kb.nt"))
    >>> r["error"], r["file"]
    ('/data/kb.nt: Permission denied', '/data/kb.nt')
    """
    path, line, column = None, None, None
    context: tuple[str, ...] = ()
    if isinstance(exc, KGChatError):
        text = str(exc)
        path, line, column = exc.path, exc.line, exc.column
        context = tuple(getattr(exc, "context", ()))
        if context:
            text = text.split("\n", 1)[0]
    elif isinstance(exc, OSError) and exc.filename is not None:
        path = str(exc.filename)
        target = f" -> {exc.filename2}" if exc.filename2 is not None else ""
        text = f"{path}{target}: {exc.strerror or exc}"
    elif isinstance(exc, OSError):
        text = f"{exc.strerror or exc}"
    elif isinstance(exc, MemoryError):
        text = "out of memory; try a smaller graph or question set"
    else:
        text = (
            f"internal error: {type(exc).__name__}: {exc} (a kgchat bug: rerun with --debug "
            "for the traceback, and report it)"
        )
    report: dict[str, Any] = {
        "error": text,
        "kind": type(exc).__name__,
        "file": path,
        "line": line,
        "column": column,
    }
    if context:
        report["context"] = list(context)
    return report


def _stdout_closed() -> bool:
    """Whether stdout is a pipe whose reader has gone; if so, stdout is pointed at /dev/null,
    so that Python's own flush at exit does not complain."""
    import select

    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        closed = any(event & select.POLLERR for _, event in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll(), or no real stdout (tests)
        return False
    if closed:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return closed


def json_error(args: argparse.Namespace, report: dict[str, Any]) -> None:
    """With ``--json``, the error as the last line of stdout."""
    if getattr(args, "json", False):
        blank = dict.fromkeys(("error", "kind", "file", "line", "column"))
        print(json.dumps(blank | report))
