"""A literal value's sketch by *probes*: which relations point at it, one index seek a value and
candidate relation (``?s <p> <value>``), not a scan of the subjects that share it.

What the retriever reads of a value (it ends every path) is what it is: the relations pointing
at it, in their own order (:meth:`kgchat.retrieval.node_types.NodeTypes.answer_types`). A
value's in-edges grow with the store (a date, a rating, a count is shared by more subjects in a
larger one: 33 in-edges a value read in a cold 1M question, 91 at 10M), and every sketch that
read them, up to the fan-out cap, grew with them; a probe asks only whether a relation points
at the value (``FILTER EXISTS``: the store stops at the first subject), so its cost is the
number of candidate relations, whatever the store's size. The candidates are the store's fact
predicates in use (the schema's); a store with more than ``EndpointConfig.value_probes`` of
them reads its values' in-edges as before (:func:`~kgchat.graph.endpoint_open.sketch_part`).

Rows ``?vi ?p``: the value's place in the batch (not the value: a store may write a literal
back in another form than it was asked in) and a relation at it.

Examples
--------
>>> q = probe_query(['"7"', '"1990"'], ["http://ex.org/r"], {})
>>> q.split("WHERE")[0], q.count("FILTER EXISTS")
('SELECT ?vi ?p ', 1)
>>> rows = [{"vi": {"type": "literal", "value": "1"}, "p": {"type": "uri", "value": "x:r"}}]
>>> read_probes(rows, ['"7"', '"1990"'])
{'"7"': [], '"1990"': ['x:r']}
"""

from __future__ import annotations

from collections.abc import Collection
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from kgchat.graph.endpoint_open import out_part
from kgchat.graph.endpoint_queries import key, language_filter, term
from kgchat.graph.endpoint_queries import values as values_block
from kgchat.graph.endpoint_rows import is_fact, read_edges

if TYPE_CHECKING:
    from kgchat.graph.endpoint_rows import FactTable
    from kgchat.graph.endpoint_schema import Schema
    from kgchat.graph.view import Edge

__all__ = ["probe_predicates", "probe_query", "probed_sketches", "read_probes", "untag"]

_PREDICATE = itemgetter(2)  # Edge.predicate


def probe_predicates(
    schema: Schema, batch: list[str], most: int, entities: bool = False
) -> list[str] | None:
    """The predicates to probe a sketch batch's nodes with (the store's predicates that may be
    facts), or None where the batch is read otherwise: not values alone (probes say only what
    points at a node; with ``entities``, the entities' out-edges come with them), or a store
    with more than ``most`` of them (0: never)."""
    if not most or not batch or not (entities or all(n.startswith('"') for n in batch)):
        return None
    found = [p for p in schema.predicates if p not in schema.skip]
    return found if 0 < len(found) <= most else None


def probe_query(
    values: list[str],
    predicates: list[str],
    fam: dict[str, list[str]],
    *,
    skip: Collection[str] = (),
    limit: int = 0,
    names: Collection[str] = (),
    named: Collection[str] = (),
    tagged: bool = False,
    iri_predicates: list[str] | None = None,
) -> str:
    """The relations among ``predicates`` that point at each of ``values`` (a subject that is
    no blank node, and with ``fam``, no other-language value of a subject that has the
    preferred one, as the edge queries read them), rows ``?vi ?p``; with IRIs among them,
    their out-edges too (rows ``?n ?p ?o``, the predicates in ``skip`` left out, as an edge
    batch reads them) and the names of those ``named`` (rows ``?n ?p ?l``, ``names`` the
    naming predicates), under ``LIMIT limit``; ``tagged``: those rows as ``?h ?hp ?ho`` and
    ``?h ?hp ?hl`` (:func:`untag`), to ride in an edge batch's request. With
    ``iri_predicates`` the IRIs are probed with those instead (the predicates with objects
    that are no literal: a predicate whose objects are all literals points at no IRI, one
    whose objects are none at no value)."""
    iris = [n for n in values if not n.startswith('"')]
    sets = [(list(enumerate(values)), predicates)]
    if iri_predicates is not None:
        sets = [
            ([(i, v) for i, v in enumerate(values) if v.startswith('"')], predicates),
            ([(i, v) for i, v in enumerate(values) if not v.startswith('"')], iri_predicates),
        ]
    parts = [
        f"VALUES (?vi ?vo) {{ {' '.join(f'({i} {term(v)})' for i, v in pairs)} }} "
        f"VALUES ?p {{ {' '.join(map(term, cands))} }} "
        f"FILTER EXISTS {{ ?s ?p ?vo . FILTER(!isBlank(?s)) {language_filter('s', fam)}}}"
        for pairs, cands in sets
        if pairs and cands
    ]
    if len(parts) > 1:
        parts = [" UNION ".join(f"{{ {x} }}" for x in parts)]
    probes = (parts or ["VALUES ?vi { }"])[0]  # (nothing to probe: no row)
    if not iris:
        return f"SELECT ?vi ?p WHERE {{ {probes} }}"
    outs = out_part(iris, skip, fam)
    if tagged:
        outs = f"{{ SELECT (?n AS ?h) (?p AS ?hp) (?o AS ?ho) WHERE {outs} }}"
    groups = [f"{{ {probes} }}", outs]
    if names and named:
        listed = ", ".join(term(p) for p in sorted(names))
        part = (
            f"{{ {values_block('n', list(named))} ?n ?p ?l "
            f"FILTER(isLiteral(?l) && ?p IN ({listed})) }}"
        )
        if tagged:
            part = f"{{ SELECT (?n AS ?h) (?p AS ?hp) (?l AS ?hl) WHERE {part} }}"
        groups.append(part)
    body = "\nUNION ".join(groups)
    head = "?vi ?p ?h ?hp ?ho ?hl" if tagged else "?vi ?p ?n ?o ?l"
    return f"SELECT {head} WHERE {{\n{body}\n}} LIMIT {limit or 50_000}"


def untag(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of a ``tagged`` :func:`probe_query` as an untagged one's."""
    out = []
    for r in rows:
        if "h" in r:
            r = {"n": r["h"], "p": r["hp"], **({"o": r["ho"]} if "ho" in r else {"l": r["hl"]})}
        out.append(r)
    return out


def read_probes(rows: list[dict[str, Any]], values: list[str]) -> dict[str, list[str]]:
    """Each value's relations from :func:`probe_query`'s rows, sorted."""
    found: dict[str, set[str]] = {v: set() for v in values}
    for r in rows:
        found[values[int(r["vi"]["value"])]].add(key(r["p"]))
    return {v: sorted(ps) for v, ps in found.items()}


def probed_sketches(
    rows: list[dict[str, Any]], values: list[str], schema: Schema, facts: FactTable
) -> dict[str, tuple[list[Edge], list[Edge]]]:
    """Each node's sketch from its probes' rows (:func:`probe_query`): its out-edges (a
    value's none), an in-edge a predicate that is a fact, in the predicates' order (as read,
    renamed), its neighbour unknown (``""``: what the retriever reads of a node read for
    what it is is the relations at it, never their subjects)."""
    iris = [n for n in values if not n.startswith('"')]
    outs = read_edges([r for r in rows if "o" in r], schema, facts, None, iris)[0] if iris else {}
    found: dict[str, tuple[list[Edge], list[Edge]]] = {}
    for v, preds in read_probes([r for r in rows if "vi" in r], values).items():
        inn = facts.edges(v, [("", p, 0) for p in preds if is_fact(schema, p, v, 0)], False)
        found[v] = (outs.get(v, ([], []))[0], sorted(inn, key=_PREDICATE))
    return found
