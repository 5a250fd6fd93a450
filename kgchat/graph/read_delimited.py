"""Plain triple files: TSV, CSV and ``|``-delimited (MetaQA's ``kb.txt``), one triple a line.

Values that read as numbers or dates become typed literals (:func:`literal_key`); the rest are
ids. A header row (``subject  relation  object``) and ``#`` comments are skipped.

Examples
--------
>>> literal_key("1.5"), literal_key("2014-06-12")[-5:]
('"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>', 'date>')
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from kgchat.errors import ParseError
from kgchat.graph.formats import Triple, open_binary
from kgchat.graph.names import XSD, literal_term

__all__ = ["literal_key", "read_delimited"]

_HEADER_WORDS = {"subject", "head", "s", "h", "relation", "predicate", "rel", "r", "p"}
_NUMBER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?|[+-]?\d+[eE][+-]?\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def literal_key(value: str) -> str | None:
    """The typed-literal key for a plain-file value that reads as a number or date, else None.

    >>> literal_key("32")
    '"32"^^<http://www.w3.org/2001/XMLSchema#integer>'
    >>> literal_key("Tigres_UANL") is None
    True
    """
    if _NUMBER.fullmatch(value):
        return literal_term(value, datatype=XSD + "integer")
    if _DECIMAL.fullmatch(value):
        return literal_term(value, datatype=XSD + "decimal")
    if _DATE.fullmatch(value):
        return literal_term(value, datatype=XSD + "date")
    return None


def _sniff(first_line: str) -> str:
    for delim in ("\t", "|", ","):
        if delim in first_line:
            return delim
    return "\t"


def read_delimited(path: Path, delimiter: str | None) -> Iterator[Triple]:
    raw = open_binary(path)
    text = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="")
    lineno = 0
    try:
        if delimiter is None:
            first = text.readline()
            delimiter = _sniff(first)
            text.seek(0)
        rows: Iterator[list[str]]
        if delimiter == ",":
            rows = csv.reader(text)
        else:
            rows = (line.rstrip("\r\n").split(delimiter) for line in text)
        for row in rows:
            lineno += 1
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if row[0].startswith("#"):
                continue
            if len(row) != 3:
                name = {"\t": "tab", ",": "comma", "|": "'|'"}.get(delimiter, repr(delimiter))
                raise ParseError(
                    f"expected 3 {name}-separated fields (subject, relation, object), "
                    f"found {len(row)}: {delimiter.join(row)[:80]!r}",
                    path,
                    lineno,
                )
            s, p, o = (x.strip() for x in row)
            if lineno == 1 and s.lower() in _HEADER_WORDS and p.lower() in _HEADER_WORDS:
                continue  # a header row
            if not (s and p and o):
                raise ParseError("empty subject, relation or object field", path, lineno)
            yield s, p, literal_key(o) or o
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"not UTF-8 ({exc.reason}); re-encode the file as UTF-8", path, lineno + 1
        ) from None
    except csv.Error as exc:
        raise ParseError(f"malformed CSV: {exc}", path, lineno + 1) from None
    finally:
        text.close()
