"""The RDF reader of the syntaxes pyoxigraph does not know: rdflib's plugin registry (split
from :mod:`kgchat.graph.read_rdf`, the pyoxigraph reader, whose blank-node naming and error
excerpts it shares). Its triples come back in the order the parser read them
(:func:`_ordered_store`), so that blank nodes are named alike in every run.
"""

from __future__ import annotations

import lzma
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kgchat.errors import UnsupportedFormatError
from kgchat.graph.formats import Triple, open_binary, read_error, supported
from kgchat.graph.literal_terms import literal_term
from kgchat.graph.names import file_base_iri
from kgchat.graph.read_rdf import BlankNames, _with_excerpt

__all__ = ["read_rdflib", "term_key"]


def _ordered_store() -> Any:
    """An rdflib in-memory store that keeps each triple it is given in the order given
    (``added``, once each: a triple of two named graphs is one fact), for
    :func:`read_rdflib` and :func:`~kgchat.graph.read_n3.read_n3` to read back in the file's
    own order (rdflib's own store iterates in the order of its sets)."""
    from rdflib.plugins.stores.memory import Memory

    class OrderedMemory(Memory):
        def __init__(self) -> None:
            super().__init__()
            self.added: dict[tuple[Any, Any, Any], None] = {}

        def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
            super().add(triple, context, quoted)
            if not quoted:  # (an N3 formula's statements are no facts)
                self.added[triple] = None

    return OrderedMemory()


def read_rdflib(path: Path, fmt: str, source_id: int) -> Iterator[Triple]:
    """The triples of an RDF file in any syntax rdflib reads (``fmt`` its parser's name), the
    named graphs of a quad syntax merged, blank nodes named per source (``source_id``).

    Raises
    ------
    UnsupportedFormatError
        When rdflib has no parser ``fmt``.
    ParseError
        At a malformed file, with the line where rdflib says it failed.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> p = Path(tempfile.mkdtemp()) / "kb.n3"
    >>> _ = p.write_text('<http://x/Ada> <http://x/name> "Ada"@en .')
    >>> list(read_rdflib(p, "n3", 0))
    [('http://x/Ada', 'http://x/name', '"Ada"@en')]
    """
    import rdflib
    from rdflib.plugin import PluginException

    store = _ordered_store()
    g = rdflib.Dataset(store=store, default_union=True)  # quad syntaxes (TriX...) keep graphs
    try:
        with open_binary(path) as f:
            g.parse(source=f, format=fmt, publicID=file_base_iri(path))
    except PluginException:
        raise UnsupportedFormatError(
            f"{path}: unknown format {fmt!r}; supported: {supported()}, or any rdflib parser name"
        ) from None
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise read_error(path, exc) from None
    except Exception as exc:  # rdflib's parsers raise many types; all mean a malformed file
        line = getattr(exc, "lineno", None) or getattr(exc, "line", None)
        line = line if isinstance(line, int) else None
        col = getattr(exc, "colno", None) or getattr(exc, "offset", None)
        col = col if isinstance(col, int) and line else None
        raise _with_excerpt(f"{type(exc).__name__}: {exc}", path, line, col) from None
    blank_names = BlankNames(source_id)
    # in the order the parser read them: rdflib's store hands them back in its sets' order,
    # which Python's string hashing changes from one process to the next, and blank nodes
    # named in that order named the same node differently each run (a walk's tie between two
    # blank records then went one way or the other)
    for s, p, o in store.added:
        yield term_key(s, blank_names), str(p), term_key(o, blank_names)


def term_key(term: Any, blank_names: BlankNames) -> str:
    """The key of an rdflib term: its blank node's name of this source, its literal's
    N-Triples form, or its IRI."""
    import rdflib

    if isinstance(term, rdflib.BNode):
        return blank_names(str(term))
    if isinstance(term, rdflib.Literal):
        dt = str(term.datatype) if term.datatype else None
        return literal_term(str(term), term.language, dt)
    return str(term)
