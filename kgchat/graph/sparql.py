"""SPARQL over the loaded RDF, by pyoxigraph's query engine.

Plain-file ids (from TSV/CSV) become IRIs ``urn:kgchat:<id>`` (percent-encoded), so one query
language serves every source; results turn them back into ids.

Queries are local and read-only. pyoxigraph would send a ``SERVICE`` clause to its endpoint over
HTTP, with no timeout; such a query is refused unless ``allow_service=True``, and then the whole
query is abandoned after ``service_timeout`` seconds. The check reads the query with rdflib's
SPARQL parser (comments, strings, ``\\u`` escapes and nested patterns are what the grammar says
they are); only queries whose text mentions ``service`` (or holds an escape) pay for it. An
update (INSERT, DELETE, LOAD, CLEAR, DROP...) is refused as such.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache"),
...                                   ("Aspirin", "approved_in", "1899")])
>>> kg.sparql("SELECT ?x WHERE { ?d <urn:kgchat:treats> ?x }")
[{'x': 'Headache'}]
>>> kg.sparql("SELECT ?y WHERE { <urn:kgchat:Aspirin> <urn:kgchat:approved_in> ?y }")
[{'y': 1899}]
>>> kg.sparql("ASK { <urn:kgchat:Aspirin> ?p <urn:kgchat:Headache> }")
True
>>> kg.sparql("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kgchat.errors.QueryError: SERVICE <http://example.org/sparql> refused: ...
>>> kg.sparql("CLEAR ALL")
Traceback (most recent call last):
...
kgchat.errors.QueryError: SPARQL updates (CLEAR) are not supported: ...
"""

from __future__ import annotations

import contextlib
import re
import threading
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from kgchat.errors import QueryError
from kgchat.graph import compile as comp
from kgchat.graph.literal_terms import parse_literal

if TYPE_CHECKING:
    from kgchat.graph.core import KnowledgeGraph

URN = "urn:kgchat:"
IRI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S")


def _store(kg: KnowledgeGraph) -> Any:
    import pyoxigraph as ox

    store = kg._cache.get("sparql_store")
    if store is not None:
        return store
    keys, kinds = kg._terms.ordered, kg._kinds
    cache: dict[int, Any] = {}

    def term(i: int) -> Any:
        t = cache.get(i)
        if t is None:
            key, kind = keys[i], kinds[i]
            if kind == comp.LITERAL:
                lex, lang, dt = parse_literal(key)
                if lang:
                    t = ox.Literal(lex, language=lang)
                elif dt:
                    t = ox.Literal(lex, datatype=ox.NamedNode(dt))
                else:
                    t = ox.Literal(lex)
            elif kind == comp.BLANK:
                t = ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", key[2:]))
            else:
                t = ox.NamedNode(
                    key if IRI_SCHEME.match(key) and " " not in key else URN + quote(key)
                )
            cache[i] = t
        return t

    store = ox.Store()
    store.bulk_extend(
        ox.Quad(term(s), term(p), term(o))
        for s, p, o in zip(kg._s.tolist(), kg._p.tolist(), kg._o.tolist(), strict=True)
    )
    kg._cache["sparql_store"] = store
    return store


def python_value(term: Any) -> Any:
    """A SPARQL result term as Python: an IRI as its string (a term kgchat minted as a URN
    back to its own key), a blank node as ``_:name``, a number literal as ``int`` or
    ``float``, a boolean as ``bool``, another literal as its text; None stays None.

    Examples
    --------
    >>> import pyoxigraph as ox
    >>> python_value(ox.NamedNode("http://x/Ada"))
    'http://x/Ada'
    >>> XSD = "http://www.w3.org/2001/XMLSchema#"
    >>> python_value(ox.Literal("1815", datatype=ox.NamedNode(XSD + "integer")))
    1815
    >>> python_value(ox.Literal("Ada", language="en"))
    'Ada'
    """
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        v = term.value
        return unquote(v[len(URN) :]) if v.startswith(URN) else v
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long", "#short", "#nonNegativeInteger", "#gYear")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith(("#decimal", "#double", "#float")):
            try:
                return float(term.value)
            except ValueError:
                return term.value
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return str(term)


def run_sparql(
    kg: KnowledgeGraph,
    query: str,
    *,
    allow_service: bool = False,
    service_timeout: float = 30.0,
) -> Any:
    """Run ``query`` over the raw triples of ``kg``.

    Returns a list of ``{variable: value}`` dicts for SELECT, a bool for ASK, and a list of
    ``(subject, predicate, object)`` tuples for CONSTRUCT/DESCRIBE. Values are ids or IRIs,
    and Python numbers, booleans or strings for literals.

    Parameters
    ----------
    allow_service : bool
        Let ``SERVICE`` clauses call their remote endpoints (off: such a query is refused
        before anything is sent).
    service_timeout : float
        With ``allow_service``, the seconds the whole query may take.

    Raises
    ------
    QueryError
        For a syntax error, an update, a refused ``SERVICE``, a timeout or a failed endpoint.
    """
    if not allow_service:
        endpoint = service_endpoint(query)
        if endpoint is not None:
            raise QueryError(
                f"SERVICE {endpoint} refused: kgchat queries only the loaded graph and sends "
                "nothing over the network (allow_service=True, or --allow-service, lets it, "
                "with a timeout)"
            )
    store = _store(kg)
    if not allow_service:
        return _run(store, query)
    done: list[Any] = []

    def work() -> None:
        try:
            done.append(_run(store, query))
        except QueryError as exc:
            # a fresh error: the original's traceback holds pyoxigraph objects, which must be
            # freed on the thread that made them
            done.append(QueryError(str(exc)))

    # pyoxigraph's HTTP client has no timeout of its own: the query runs in a thread that is
    # abandoned (it waits on its socket, holding no lock) when the time is up.
    worker = threading.Thread(target=work, name="kgchat-sparql-service", daemon=True)
    worker.start()
    worker.join(service_timeout)
    if not done:
        raise QueryError(
            f"SPARQL query with SERVICE did not finish within {service_timeout:g} s (an endpoint "
            "that does not answer?); abandoned"
        )
    if isinstance(done[0], QueryError):
        raise done[0]
    return done[0]


def _run(store: Any, query: str) -> Any:
    import pyoxigraph as ox

    try:
        result = store.query(query)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return [{n: python_value(sol[n]) for n in names} for sol in result]
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        return [
            (python_value(t.subject), python_value(t.predicate), python_value(t.object))
            for t in result
        ]
    except SyntaxError as exc:
        ops = _update_operations(query)
        if ops:
            raise QueryError(
                f"SPARQL updates ({', '.join(ops)}) are not supported: kg.sparql is read-only; "
                "the graph changes only by loading sources"
            ) from None
        raise QueryError(f"SPARQL syntax error: {exc.msg or exc}") from None
    except (OSError, ValueError, RuntimeError) as exc:  # SERVICE failures are OSErrors
        raise QueryError(f"SPARQL query failed: {type(exc).__name__}: {exc}") from None


def service_endpoint(query: str) -> str | None:
    """The first ``SERVICE`` endpoint of ``query`` (``?var`` for a variable one), else None.

    A query that rdflib's parser cannot read but that mentions ``service`` is treated as
    calling one: refusing a query is safe, sending one is not.
    """
    low = query.casefold()
    if "service" not in low and "\\u" not in low:
        return None  # no SERVICE keyword can hide in this text
    from rdflib.plugins.sparql import parser

    try:
        tree = parser.parseQuery(query)
    except Exception:  # pyparsing errors, or syntax oxigraph reads and rdflib does not
        with contextlib.suppress(ValueError):  # an escape beyond Unicode: as written
            low = parser.expandUnicodeEscapes(query).casefold()
        return "(unchecked)" if "service" in low else None
    found = _find(tree, "ServiceGraphPattern")
    if found is None:
        return None
    term = found.get("term")
    return str(term.n3()) if hasattr(term, "n3") else str(term)


def _find(node: Any, name: str) -> Any:
    """The first parse-tree node called ``name`` under ``node``, depth first."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, CompValue):
            if n.name == name:
                return n
            stack.extend(reversed(list(n.values())))
        elif isinstance(n, (list, tuple)) or type(n).__name__ == "ParseResults":
            stack.extend(reversed(list(n)))
    return None


def _update_operations(query: str) -> list[str]:
    """The operations of ``query`` read as a SPARQL update (INSERT, LOAD...), else []."""
    from rdflib.plugins.sparql import parser

    try:
        request = parser.parseUpdate(query).request
    except Exception:  # not an update either: the syntax error stands
        return []
    names = {"InsertData": "INSERT DATA", "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE"}
    names |= {"Modify": "DELETE/INSERT"}
    return [names.get(op.name, op.name.upper()) for op in request]
