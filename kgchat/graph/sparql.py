"""SPARQL over the loaded RDF, by pyoxigraph's query engine.

Plain-file ids (from TSV/CSV) become IRIs ``urn:kgchat:<id>`` (percent-encoded), so one query
language serves every source; results turn them back into ids.

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
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from kgchat.errors import QueryError
from kgchat.graph import compile as comp
from kgchat.graph.names import parse_literal

if TYPE_CHECKING:
    from kgchat.graph.core import KnowledgeGraph

URN = "urn:kgchat:"
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S")


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
                t = ox.NamedNode(key if _SCHEME.match(key) and " " not in key else URN + quote(key))
            cache[i] = t
        return t

    store = ox.Store()
    store.bulk_extend(
        ox.Quad(term(s), term(p), term(o))
        for s, p, o in zip(kg._s.tolist(), kg._p.tolist(), kg._o.tolist(), strict=True)
    )
    kg._cache["sparql_store"] = store
    return store


def _value(term: Any) -> Any:
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


def run_sparql(kg: KnowledgeGraph, query: str) -> Any:
    """Run ``query`` over the raw triples of ``kg``.

    Returns a list of ``{variable: value}`` dicts for SELECT, a bool for ASK, and a list of
    ``(subject, predicate, object)`` tuples for CONSTRUCT/DESCRIBE. Values are ids or IRIs,
    and Python numbers, booleans or strings for literals.
    """
    import pyoxigraph as ox

    try:
        result = _store(kg).query(query)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc.msg or exc}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"SPARQL query failed: {exc}") from None
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return [{n: _value(sol[n]) for n in names} for sol in result]
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    return [(_value(t.subject), _value(t.predicate), _value(t.object)) for t in result]
