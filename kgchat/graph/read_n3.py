"""Notation3 (``.n3``): the facts a file asserts, its rules and quoted formulas left out.

N3 is Turtle plus what a reasoner (cwm, EYE) needs: quoted formulas ``{ ... }``, variables
``?x``, rules ``{ ... } => { ... }``, and a few shorthands (``is p of``, ``=`` for ``owl:sameAs``,
paths ``a!p``). A file that publishes data in N3 often ends with the rules its publisher reasons
with. pyoxigraph's N3 parser refuses the whole file at the first variable, and reads the
statements inside a formula as if the file asserted them (a rule's conclusion becomes a fact).
rdflib's N3 parser reads all of N3 and keeps a formula as one term (a ``QuotedGraph``), so the
asserted triples are those with no formula or variable among their terms; the rest (the rules,
a formula said by someone) are not facts and are left out. They come in the order the file states
them (rdflib's store iterates in an order of its own, and names blank nodes at random), so the same
file gives the same terms.

A syntax error becomes a :class:`~kgchat.errors.ParseError` with the file, line, column and an
excerpt.

>>> import tempfile, pathlib
>>> f = pathlib.Path(tempfile.mkdtemp()) / "kb.n3"
>>> _ = f.write_text('''@prefix : <http://ex.org/> .
... :earth :orbits :sun . :sun is :orbits of :mars .
... { ?p :orbits ?s } => { ?s :hosts ?p } .
... ''')
>>> [s for s, _, _ in read_n3(f, 0)]  # two facts of :orbits; the rule's :hosts is none
['http://ex.org/earth', 'http://ex.org/mars']
"""

from __future__ import annotations

import lzma
import zlib
from collections.abc import Iterator
from pathlib import Path

from kgchat.errors import ParseError
from kgchat.graph.formats import Triple, open_binary, read_error
from kgchat.graph.names import file_base_iri
from kgchat.graph.read_rdf import BlankNames, _with_excerpt
from kgchat.graph.read_rdflib import _ordered_store, term_key

__all__ = ["read_n3"]


def read_n3(path: Path, source_id: int) -> Iterator[Triple]:
    """The asserted triples of an N3 file as term keys (see :mod:`kgchat.graph.formats`)."""
    import rdflib
    from rdflib.graph import Graph, QuotedGraph
    from rdflib.plugins.parsers.notation3 import BadSyntax

    store = _ordered_store()
    g = Graph(store=store)
    try:
        with open_binary(path) as f:
            g.parse(source=f, format="n3", publicID=file_base_iri(path))
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise read_error(path, exc) from None
    except BadSyntax as exc:
        raise _bad_syntax(path, exc) from None
    except Exception as exc:  # rdflib raises other types too; all mean a malformed file
        raise ParseError(f"{type(exc).__name__}: {exc}", path) from None
    blank_names = BlankNames(source_id)

    def key(term: object) -> str | None:
        if isinstance(term, (QuotedGraph, rdflib.Variable)):
            return None  # part of a rule or a quoted statement: not asserted
        return term_key(term, blank_names)

    seen: set[Triple] = set()
    for s, p, o in store.added:
        s_key, p_key, o_key = key(s), key(p), key(o)
        if s_key is None or p_key is None or o_key is None:
            continue
        t = (s_key, p_key, o_key)
        if t not in seen:
            seen.add(t)
            yield t


def _bad_syntax(path: Path, exc: Exception) -> ParseError:
    """rdflib's ``BadSyntax`` (a 0-based line and an offset into the whole text) as a
    ParseError at the line and column, with rdflib's reason and an excerpt."""
    text: bytes = getattr(exc, "_str", b"")
    at: int = getattr(exc, "_i", 0)
    line = int(getattr(exc, "lines", 0)) + 1
    col = len(text[text.rfind(b"\n", 0, at) + 1 : at].decode("utf-8", "replace")) + 1
    why = getattr(exc, "_why", None) or str(exc)
    return _with_excerpt(f"bad N3 syntax: {why}", path, line, col)
