"""Where a source file is broken: a position for parsers that give none, and an excerpt.

pyoxigraph's RDF/XML parser reports what is wrong ("XML namespaces are required in RDF/XML")
but not where. :func:`locate` parses the file again through a reader that hands the parser a few
bytes at a time, so the offset where the parser stops is the place of the error; it costs two
more parses of the file, and only when a file fails. :func:`excerpt` shows the reported line and
the one before it: a parser often notices a fault on the line after it (a missing ``.`` is found
at the next statement).

Examples
--------
>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "kb.ttl"
>>> _ = p.write_text("@prefix : <http://e/> .\\n:a :p :b\\n:c :p :d .\\n")
>>> print("\\n".join(excerpt(p, lambda: open(p, "rb"), 3, 1)))
      2 | :a :p :b
      3 | :c :p :d .
          ^
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

__all__ = ["excerpt", "locate"]

_FAST = 1 << 16
_WIDTH = 120  # characters of a line shown


class _TooSlow(Exception):
    """The byte-by-byte pass ran out of time."""


class _Paced(io.RawIOBase):
    """A file that hands out ``_FAST`` bytes per read up to ``slow_from``, then one byte."""

    def __init__(self, raw: IO[bytes], slow_from: float, deadline: float | None = None) -> None:
        super().__init__()
        self.raw, self.slow_from, self.deadline = raw, slow_from, deadline
        self.offset = 0
        self.line = 1
        self.line_bytes = bytearray()  # the current line so far
        self.previous = b""  # the line before it

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        step = 1 if self.offset >= self.slow_from else _FAST
        if step == 1 and self.deadline is not None and time.monotonic() > self.deadline:
            raise _TooSlow
        if size is not None and size >= 0:
            step = min(step, size)
        data = self.raw.read(step)
        self.offset += len(data)
        parts = data.split(b"\n")
        if len(parts) > 1:
            self.line += len(parts) - 1
            self.previous = bytes(self.line_bytes + parts[0]) if len(parts) == 2 else parts[-2]
            self.line_bytes = bytearray(parts[-1])
        else:
            self.line_bytes += data
        return data

    def position(self) -> tuple[int, int]:
        """(line, column) of the last byte read; a newline belongs to the line it ends."""
        if not self.line_bytes and self.line > 1:
            return self.line - 1, len(self.previous.decode("utf-8", errors="replace")) + 1
        return self.line, max(len(bytes(self.line_bytes).decode("utf-8", errors="replace")), 1)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def locate(
    parse: Callable[[Any], object],
    open_binary: Callable[[], IO[bytes]],
    *,
    precise: bool = True,
    seconds: float = 5.0,
) -> tuple[int, int | None] | None:
    """The (line, column) where ``parse`` fails on the file, or None when it does not fail again.

    ``parse`` consumes a binary file object (pyoxigraph's ``parse`` reads it as it goes). The
    first pass reads 64 KiB at a time and finds the line only roughly; with ``precise``, a
    second pass feeds the last 128 KiB before the failure one byte at a time. A parser holding
    a huge token rescans it on every read, so that pass gives up after ``seconds``, and the
    answer is the first pass's line, without a column.
    """
    with open_binary() as raw:
        paced = _Paced(raw, float("inf"))
        try:
            parse(paced)
            return None
        except Exception:  # any failure: only where it happened matters
            stop, rough = paced.offset, paced.position()[0]
    if not precise:
        return rough, None
    with open_binary() as raw:
        # one byte at a time near the failure
        paced = _Paced(raw, max(0, stop - 2 * _FAST), time.monotonic() + seconds)
        try:
            parse(paced)
        except _TooSlow:
            return rough, None
        except Exception:  # any failure: only where it happened matters
            return paced.position()
    return None


def excerpt(
    path: Path, open_binary: Callable[[], IO[bytes]], line: int, column: int | None = None
) -> tuple[str, ...]:
    """Line ``line`` of the file and the one before it, numbered, with a caret at ``column``.

    Unprintable characters show as ``?``, so a file cannot drive the terminal.
    """
    wanted: dict[int, str] = {}
    try:
        with open_binary() as f:
            for n, raw in enumerate(f, 1):
                if n >= line - 1:
                    wanted[n] = raw.decode("utf-8", errors="replace").rstrip("\r\n")
                if n >= line:
                    break
    except (OSError, EOFError, ValueError):
        pass  # a damaged file: the message stands without its excerpt
    out = []
    for n, text in sorted(wanted.items()):
        start = 0
        if n == line and column is not None and column > _WIDTH:
            start = column - _WIDTH // 2
        shown = "".join(c if c.isprintable() or c == "\t" else "?" for c in text)
        shown = ("…" if start else "") + shown[start : start + _WIDTH]
        if len(text) > start + _WIDTH:
            shown += "…"
        out.append(f"{n:>7} | {shown}")
        if n == line and column is not None and column >= 1:
            out.append(" " * (10 + column - 1 - start + (1 if start else 0)) + "^")
    return tuple(out)
