"""HTML pages (``.html``, ``.htm``, ``.xhtml``) read for their embedded JSON-LD: every
``<script type="application/ld+json">`` block, as search engines read the schema.org markup
sites publish (one page, or pages a crawler saved and concatenated into one file).

Each block is a JSON-LD document of its own, read by the JSON-LD reader kgchat uses for
``.jsonld`` files (pyoxigraph, contexts named by URL replaced by their content:
:mod:`kgchat.graph.jsonld_context`), with what real pages do to it read the way search engines
read it:

- its blank nodes are its own (two blocks' ``_:b0`` or nested objects never merge); nodes
  merge across blocks and pages by ``@id``;
- relative ``@id`` values resolve against the page's address: its ``<base href>``, its
  ``<link rel="canonical">`` or the ``saved from url=`` comment a browser writes when it saves a
  page; else the file's own base IRI;
- a block with no ``@context`` is read under the first context another block of the file names
  (a site states one vocabulary; with none, a block with no context states nothing in JSON-LD);
- an HTML entity in a string (``&amp;``, ``&#39;``) is decoded: a script's text is raw, so an
  entity there is the publisher's HTML escaping leaking into the data, and the string meant is
  the one a browser shows;
- a block that is not valid JSON (a trailing comma, a cut-off page) or not valid JSON-LD is
  skipped with a warning naming its file and line, and the others are read.

HTML with no JSON-LD block raises :class:`~kgchat.errors.EmptySourceError` saying so (RDFa and
microdata are not read).

>>> import tempfile, pathlib, warnings
>>> f = pathlib.Path(tempfile.mkdtemp()) / "site.html"
>>> _ = f.write_text('''<html><head><link rel="canonical" href="http://x.org/p/1">
... <script type="application/ld+json">
... {"@context": "https://schema.org", "@id": "#a", "name": "Ada &amp; Co",
...  "founder": {"name": "Bo"}}
... </script>
... <script type="application/ld+json">{"@id": "#a", "telephone": "12",}</script>
... </head></html>''')
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     for t in sorted(read_html(f, 0)):
...         print(t)
('_:s0_b0', 'http://schema.org/name', '"Bo"')
('http://x.org/p/1#a', 'http://schema.org/founder', '_:s0_b0')
('http://x.org/p/1#a', 'http://schema.org/name', '"Ada & Co"')
>>> print(caught[0].message)  # doctest: +ELLIPSIS
site.html:6: a JSON-LD block is not valid JSON (...); skipped
"""

from __future__ import annotations

import html
import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kgchat.errors import EmptySourceError, ParseError
from kgchat.graph.formats import Triple, read_text
from kgchat.graph.jsonld_context import local_contexts, written_double
from kgchat.graph.names import file_base_iri
from kgchat.graph.read_rdf import BlankNames

__all__ = ["read_html"]

_JSON_LD = "application/ld+json"
# the comment a browser writes atop a saved page: "saved from url=(0042)https://..."
_SAVED_FROM = re.compile(r"saved from url=(?:\(\d+\))?\s*(\S+)", re.I)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)


@dataclass(frozen=True)
class Block:
    """One JSON-LD script's text, the file line its text starts on, and its page's address."""

    text: str
    line: int
    base: str | None


class _Scripts(HTMLParser):
    """Collects the JSON-LD blocks of one or more concatenated pages (:class:`Block`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[Block] = []
        self._base: str | None = None
        self._saved: str | None = None  # a "saved from" comment's address, before its <html>
        self._open: int | None = None
        self._parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "").strip() for k, v in attrs}
        if tag == "html":  # a new page: its own address (a comment above it may name it)
            self._base, self._saved = self._saved, None
        elif (tag == "base" and a.get("href")) or (tag == "link" and _canonical(a)):
            self._base = a["href"]
        elif tag == "script" and a.get("type", "").split(";")[0].strip().lower() == _JSON_LD:
            start = self.get_starttag_text() or ""
            self._open, self._parts = self.getpos()[0] + start.count("\n"), []

    def handle_comment(self, data: str) -> None:
        if m := _SAVED_FROM.search(data):
            self._base = self._saved = m.group(1)

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._open is not None:
            self.blocks.append(Block("".join(self._parts), self._open, self._base))
            self._open = None


def _canonical(attrs: dict[str, str]) -> bool:
    return "canonical" in attrs.get("rel", "").lower().split() and bool(attrs.get("href"))


def read_html(path: Path, source_id: int) -> Iterator[Triple]:
    """The triples of every JSON-LD block of an HTML file, as term keys (see
    :mod:`kgchat.graph.formats`); a block that cannot be read is skipped with a warning.

    Raises
    ------
    kgchat.errors.EmptySourceError
        The file holds no ``<script type="application/ld+json">`` block.
    """
    scripts = _Scripts()
    scripts.feed(read_text(path))
    scripts.close()
    if not scripts.blocks:
        raise EmptySourceError(
            f'{path}: no <script type="application/ld+json"> block; kgchat reads an HTML '
            "page's JSON-LD (not RDFa or microdata): extract the data to Turtle or JSON-LD",
            path,
        )
    docs = [(b, _json(b, path)) for b in scripts.blocks]
    context = next((c for _, d in docs if (c := _context(d)) is not None), None)
    blank_names = BlankNames(source_id)
    for number, (block, doc) in enumerate(docs):
        if doc is None:
            continue
        doc = _unescaped(doc)
        if context is not None and _context(doc) is None:
            doc = _with_context(doc, context)
        yield from _triples(block, doc, path, lambda raw, n=number: blank_names(f"{n}/{raw}"))


def _json(block: Block, path: Path) -> Any:
    """A block's JSON, or ``None`` (warned) where it is not valid JSON."""
    try:
        return json.loads(block.text)
    except json.JSONDecodeError as exc:
        _skip(path, block.line + exc.lineno - 1, f"not valid JSON ({exc.msg})")
        return None


def _skip(path: Path, line: int, why: str) -> None:
    warnings.warn(f"{path.name}:{line}: a JSON-LD block is {why}; skipped", stacklevel=3)


def _context(doc: Any) -> Any:
    """The ``@context`` a document (or the first of a list of them) states, or ``None``."""
    if isinstance(doc, list):
        return next((c for d in doc if (c := _context(d)) is not None), None)
    return doc.get("@context") if isinstance(doc, dict) else None


def _with_context(doc: Any, context: Any) -> Any:
    """``doc`` (a node or a list of nodes) with ``context`` where it states none."""
    if isinstance(doc, list):
        return [_with_context(d, context) for d in doc]
    if isinstance(doc, dict) and "@context" not in doc:
        return {"@context": context, **doc}
    return doc


def _unescaped(value: Any) -> Any:
    """``value`` with the HTML entities of its strings decoded (keys and all)."""
    if isinstance(value, str):
        return html.unescape(value) if _ENTITY.search(value) else value
    if isinstance(value, list):
        return [_unescaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _unescaped(v) for k, v in value.items()}
    return value


def _triples(block: Block, doc: Any, path: Path, blank: Any) -> list[Triple]:
    """One block's triples (all or, where JSON-LD refuses it, none: warned)."""
    import pyoxigraph as ox

    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    try:
        data = local_contexts(data, path) or data
    except ParseError as exc:  # a context named by a URL kgchat does not hold
        _skip(path, block.line, f"unreadable: {exc}")
        return []
    base = block.base or file_base_iri(path)

    def key(term: Any) -> str:
        if isinstance(term, ox.BlankNode):
            return str(blank(term.value))
        if isinstance(term, ox.Literal):  # a JSON number as the file wrote it
            return written_double(str(term))
        return str(term.value)

    try:
        quads = list(ox.parse(data, ox.RdfFormat.JSON_LD, base_iri=base))
    except (SyntaxError, ValueError) as exc:
        _skip(path, block.line, f"not valid JSON-LD ({exc})")
        return []
    return [(key(q.subject), q.predicate.value, key(q.object)) for q in quads]
