"""The interactive ``kgchat chat`` session: streamed answers, history, and slash commands.

The answer is shown as soon as the retrieval has it; the model's words about it are shown
once the claim check has passed them (or replaced them by the cited evidence), so what a
user reads is never a claim the facts were not checked for.

Commands: ``/facts`` shows the facts behind the last answer (all that were given, cited ones
marked), ``/reset`` forgets the conversation, ``/quit`` (or Ctrl-D) leaves; Ctrl-C leaves too,
cleanly, even in the middle of an answer.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any, TextIO

HELP = "Ask about the graph. /facts: the facts behind the last answer, /reset, /quit."


def run_repl(bot: Any, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the session until /quit, end of input or Ctrl-C; returns the exit status (0)."""
    inp, out = stdin or sys.stdin, stdout or sys.stdout
    interactive = inp.isatty()
    if interactive:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (history and line editing where available)
    print(HELP, file=out)
    last = None  # the last answer, for /facts
    try:
        while True:
            if interactive:
                try:
                    line = input("you> ")
                except EOFError:
                    break
            else:
                out.write("you> ")
                raw = inp.readline()
                if not raw:
                    break
                line = raw.rstrip("\n")
                out.write(line + "\n")
            line = line.strip()
            if not line:
                continue
            if line in ("/quit", "/exit", "/q"):
                break
            if line == "/reset":
                bot.reset()
                last = None
                print("(conversation forgotten)", file=out)
                continue
            if line == "/facts":
                _print_facts(last, out)
                continue
            if line.startswith("/"):
                print(f"unknown command {line!r}. {HELP}", file=out)
                continue
            out.write("kgchat> ")
            out.flush()
            shown = ""
            reply = bot.stream(line, remember=True)
            try:
                for piece in reply:
                    # the first piece (the answer, from the facts) is shown at once; the
                    # model's words only once the claim check has passed or repaired them
                    if not shown:
                        shown = piece
                        out.write(piece)
                        out.flush()
                last = reply.result()
                out.write(_rest(shown, last.text))
            except Exception as exc:  # one bad turn must not end the session
                from kgchat.errors import KGChatError

                if not isinstance(exc, KGChatError):
                    raise
                out.write(f"(error: {exc})")
            out.write("\n")
    except KeyboardInterrupt:
        out.write("\n(bye)\n")
        return 0
    return 0


def _rest(shown: str, text: str) -> str:
    """What to write after ``shown`` so that the reply reads ``text``: its remainder, or
    ``text`` on a line of its own where it does not start with what was shown.

    >>> _rest("Leipzig", "Leipzig: Clara Voss place of birth Leipzig [1].")
    ': Clara Voss place of birth Leipzig [1].'
    >>> _rest("Leipzig", "The knowledge graph has no fact about Leipzig.")
    '\\n  The knowledge graph has no fact about Leipzig.'
    """
    if text.startswith(shown):
        return text[len(shown) :]
    return f"\n  {text}"


def _print_facts(last: Any, out: TextIO) -> None:
    if last is None or not last.given:
        print("(no facts yet)", file=out)
        return
    if last.resolved_question != last.question:
        print(f"(asked as: {last.resolved_question})", file=out)
    for i, f in enumerate(last.given, 1):
        mark = "*" if f in last.facts else " "
        print(f"{mark}[{i}] {f.text}   ({f.id})", file=out)
