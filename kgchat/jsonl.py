"""JSON Lines, read one way everywhere: numbered lines, blank ones skipped, bad ones named.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "qa.jsonl"
>>> _ = p.write_text('{"question": "Q?"}\\n\\nnot json\\n', encoding="utf-8")
>>> skipped = []
>>> list(iter_jsonl(p, skipped=skipped)), [s.split(": ", 1)[1] for s in skipped]
([(1, {'question': 'Q?'})], ["not JSON (Expecting value at column 1: 'not json'); skipped"])
>>> list(iter_jsonl(p))
Traceback (most recent call last):
...
kgchat.errors.DataError: ...qa.jsonl:3: not JSON (Expecting value at column 1: 'not json')
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kgchat.errors import DataError

__all__ = ["iter_jsonl"]


def iter_jsonl(path: str | Path, *, skipped: list[str] | None = None) -> Iterator[tuple[int, Any]]:
    """Yield ``(line number, value)`` for each non-blank line of a JSON Lines file.

    A line that is not JSON raises :class:`DataError` naming ``file:line``; with ``skipped``,
    the message goes there instead and the line is skipped. A file that cannot be read raises
    :class:`DataError` naming it.
    """
    p = Path(path)
    try:
        f = open(p, encoding="utf-8", errors="replace")  # noqa: SIM115 (closed by the with below)
    except OSError as exc:
        raise DataError(f"{p}: cannot read ({exc.strerror or exc})") from None
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                # the decoder's message without its position, which is the file's, not the line's
                start = max(exc.colno - 30, 0)
                near = line[start : exc.colno + 30].strip()
                why = f"not JSON ({exc.msg} at column {exc.colno}: {near!r})"
                if skipped is None:
                    error = DataError(f"{p}:{n}: {why}")
                    error.path, error.line, error.column = str(p), n, exc.colno
                    raise error from None
                skipped.append(f"{p}:{n}: {why}; skipped")
                continue
            yield n, value
