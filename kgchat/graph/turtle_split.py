"""A large Turtle file read by two processes: the second half parsed in a child process while
this one parses the first (files of :data:`SPLIT_MIN_BYTES` and more, uncompressed, where a core
is free: see :func:`splits`).

pyoxigraph's Turtle parser runs on one core and holds the GIL for each triple it hands over, so a
second thread does not help (measured: slower); a child process does. The file is cut at a
statement boundary near its middle: a line that starts at column 0 with neither a space nor
``#``, right after a line that ends with `` .`` (blank lines between). The second part is parsed
with every ``@prefix``/``PREFIX``/``@base``/``BASE`` line found before the cut prepended, in file
order, so later redefinitions keep their last value, and with the same base IRI as the whole file
(:func:`~kgchat.graph.names.file_base_iri`). The child writes its triples as N-Triples, which this
process cuts into :class:`~kgchat.graph.encode.Encoded` chunks after its own, in file order: term
ids, label order and the fingerprint are those of a one-process load (pyoxigraph keeps blank node
labels as written, so ``_:b1`` on both sides of the cut stays one node).

The cut is checked, not trusted: the first part must parse on its own and end with exactly the
prefixes and base that the prepended lines give (a cut inside a multi-line literal, or a
declaration line that was really inside a literal, breaks one or the other), and the child must
succeed. Otherwise :func:`read_split` returns ``None`` and the caller reads the whole file in one
process, which also reports a syntax error at its line and column in the file, never a part's.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from kgchat.graph.encode import Encoded

__all__ = [
    "SPLIT_MAX_LOAD",
    "SPLIT_MIN_BYTES",
    "declarations",
    "read_split",
    "splits",
    "statement_cut",
]

#: Turtle files from this size on are read in two processes (a child starts in ~0.1 s)
SPLIT_MIN_BYTES = 16 << 20
#: the child runs only where the last minute's load average per core is under this. The child
#: costs ~0.6 s of CPU, 0.2 s more than the half of the parse it saves, which a free core
#: repays and a busy machine does not (1M triples, 2 cores, fresh processes interleaved, medians
#: of 5, the raw parse 0.9 s: at load 0.7-1.1 1.95x the raw parse's wall time split, 2.14x in
#: one process; at 1.5-1.8 1.77x against 2.11x; at 2.3-2.7 2.61x against 2.43x; at 2.5-3.1
#: 2.54x against 2.35x; at 3.0-3.8 2.98x against 2.73x). The load average counts this process's
#: own recent loads too (a benchmark's: ~1)
SPLIT_MAX_LOAD = 1.0
# where the cut is searched from: the child starts ~0.1 s late and its output is encoded here
# beside the first part's parse; cut at the middle, this process waited ~0.1 s for it (1M
# triples, fresh processes, 9 loads each: median 1.90 s cut at 0.5, 1.86 s at 0.53)
_CUT_AT = 0.53
_BLOCK = 1 << 23  # bytes of the child's N-Triples per Encoded chunk


# a line ending with " ." (trailing blanks allowed), then, after any blank lines, a line starting
# with a statement's first character at column 0
_CUT = re.compile(rb"[ \t]\.[ \t\r]*\n(?=(?:[ \t\r]*\n)*[^\s#])")
# The child: the prepended lines on stdin, then the file from the cut; N-Triples on stdout (-P
# keeps the working directory off sys.path)
_CHILD = """\
import sys
import pyoxigraph as ox
base, path, cut = sys.argv[1:]
data = sys.stdin.buffer.read()
with open(path, "rb") as f:
    f.seek(int(cut))
    data += f.read()
ox.serialize(ox.parse(data, ox.RdfFormat.TURTLE, base_iri=base), sys.stdout.buffer,
             ox.RdfFormat.N_TRIPLES)
"""


def statement_cut(data: bytes, at: float = 0.5) -> int | None:
    """Where the second part of a Turtle text starts: the first statement boundary (see the
    module docstring) from ``at`` of its length on, within a quarter of it; None where there is
    none.

    >>> statement_cut(b'<a> <p> "x" .\\n<b> <p> "y" .\\n<c> <p> "z" .\\n')
    28
    >>> statement_cut(b'<a> <p> <b> ;\\n  <q> <c> .\\n') is None
    True
    """
    m = _CUT.search(data, int(len(data) * at), int(len(data) * (at + 0.25)))
    return m.end() if m else None


def declarations(data: bytes, end: int) -> list[bytes]:
    """The lines before ``end`` that start (after blanks) with ``@prefix``, ``@base``, ``PREFIX``
    or ``BASE`` (in any case), in file order.

    >>> declarations(b'@prefix a: <x:> .\\n:s :p "base case" .\\n  BASE <y:>\\n:t :p 1 .\\n', 60)
    [b'@prefix a: <x:> .', b'  BASE <y:>']
    """
    low = data[:end].lower()  # (a regular expression over the lines: ~3x slower)
    found = []
    for word in (b"prefix", b"base"):
        at = low.find(word)
        while at >= 0:
            start = low.rfind(b"\n", 0, at) + 1
            after = at + len(word)
            if low[start:at].strip(b" \t") in (b"", b"@") and low[after : after + 1] in b" \t":
                stop = low.find(b"\n", after)
                found.append((start, data[start : stop if stop >= 0 else end]))
            at = low.find(word, after)
    return [line for _, line in sorted(found)]


def read_split(
    path: Path,
    base: str,
    encode_parsed: Callable[[Any], Iterator[Encoded]],
    encode_lines: Callable[[memoryview], Encoded],
) -> list[Encoded] | None:
    """The Encoded chunks of the Turtle file ``path`` (``base`` its base IRI), the first part
    parsed here by ``encode_parsed`` (a pyoxigraph parser's triples as chunks), the second in a
    child process, its N-Triples cut by ``encode_lines``; None where the file is not cut (no
    boundary near the middle, a declaration line that states triples) or a part fails: the
    caller then reads it in one process."""
    import subprocess

    import pyoxigraph as ox

    data = path.read_bytes()  # scanned, then dropped: each part is read from the file
    cut = statement_cut(data, _CUT_AT)
    if cut is None or not sys.executable or getattr(sys, "frozen", False):  # no python to start
        return None
    turtle = ox.RdfFormat.TURTLE
    try:  # started at once: the declarations before the cut are found while it starts
        child = subprocess.Popen(
            [sys.executable, "-P", "-c", _CHILD, base, str(path), str(cut)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return None
    pool = ThreadPoolExecutor(2)  # one finds and writes the child's input, one reads its output
    try:
        header = pool.submit(_declare, child.stdin, data, cut, base)
        del data
        second = pool.submit(_encode_stream, child.stdout, encode_lines)
        with open(path, "rb") as f:
            first = ox.parse(_Head(f, cut), turtle, base_iri=base)  # type: ignore[arg-type]
            try:
                chunks = list(encode_parsed(first))
            except (SyntaxError, UnicodeDecodeError, MemoryError):
                return None
        declared = header.result()
        if declared is None or (first.prefixes, first.base_iri) != declared:
            return None  # the prepended lines do not give the second part its context
        try:
            rest = second.result()
        except (ValueError, OSError):  # lines the encoder does not take (pyarrow's errors too)
            return None
        if child.wait() != 0 or rest is None:
            return None
    finally:
        if child.poll() is None:  # not waited for where the file is read again in one process
            child.kill()
        pool.shutdown()
        child.wait()
    return chunks + rest


def _declare(stdin: Any, data: bytes, cut: int, base: str) -> tuple[Any, Any] | None:
    """Write the child's prepended lines (the declarations before ``cut``) to its input; the
    prefixes and base IRI they give, or None where they are not only declarations (a line that
    also states a triple, or one inside a literal): the child's input is then closed empty."""
    import pyoxigraph as ox

    header = b"\n".join(declarations(data, cut)) + b"\n"
    try:
        declared = ox.parse(header, ox.RdfFormat.TURTLE, base_iri=base)
        states = next(declared, None) is not None  # a line that also states a triple
    except SyntaxError:  # a declaration line that is not one (inside a literal)
        states = True
    _feed(stdin, *(() if states else (header,)))
    return None if states else (declared.prefixes, declared.base_iri)


class _Head:
    """The first ``size`` bytes of a binary file, as pyoxigraph reads a file object."""

    def __init__(self, f: Any, size: int) -> None:
        self.f, self.left = f, size

    def read(self, n: int | None = -1) -> bytes:
        data = self.f.read(self.left if n is None or n < 0 else min(n, self.left))
        self.left -= len(data)
        return data


def _feed(stdin: Any, *parts: bytes) -> None:
    """Write ``parts`` to a child's input and close it (quietly where the child has ended)."""
    try:
        with stdin:
            for part in parts:
                stdin.write(part)
    except OSError:  # a broken pipe: the child failed, which its exit status tells
        pass


def _encode_stream(
    stream: Any, encode_lines: Callable[[memoryview], Encoded]
) -> list[Encoded] | None:
    """The child's N-Triples, encoded as they come (beside the parse of the first part), about
    :data:`_BLOCK` bytes of whole lines at a time; None where they end mid-line.

    The blocks are read into one buffer, again and again (the encoder keeps no view of its
    input), rather than a fresh ``bytes`` each: memory already paged in."""
    buf = bytearray(_BLOCK)
    size = 0  # bytes in buf: a partial line carried over, then what is read after it
    chunks: list[Encoded] = []
    while True:
        got = stream.readinto(memoryview(buf)[size:])
        if not got:
            return None if size else chunks
        size += got
        end = buf.rfind(b"\n", 0, size) + 1
        if not end:  # one line longer than the buffer
            if size == len(buf):
                buf.extend(bytes(len(buf)))
            continue
        view = memoryview(buf)[:end]
        chunks.append(encode_lines(view))
        view.release()  # (raises where something still viewed it: buf is written again)
        buf[: size - end] = buf[end:size]
        size -= end


def splits(path: Path, compressed: bool) -> bool:
    """Whether a Turtle file is worth reading in two processes: large, uncompressed (decompressing
    to memory first costs ~0.1 s of the ~0.4 s won on 1M triples, and a compressed file's size
    is unknown until then), and cores to run the child on (not a machine already busy)."""
    if compressed or path.stat().st_size < SPLIT_MIN_BYTES:
        return False
    cores = _cores()
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows
        load = 0.0
    return cores >= 2 and load < cores * SPLIT_MAX_LOAD


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1
