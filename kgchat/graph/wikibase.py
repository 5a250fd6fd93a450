"""Wikidata's RDF (the Wikibase data model): its predicates' names and its statement nodes.

A direct-claim predicate (``wdt:P19``) has no label of its own: it takes those of the property
entity the data model ties it to (:func:`named_through`). And a statement node is read as the
fact it states (:func:`statement_edges`).

Wikidata's full RDF writes a claim twice: as a direct ("truthy") triple, ``wd:Q937 wdt:P69
wd:Q11942``, and as a *statement node* that carries its qualifiers and references, ``wd:Q937
p:P69 wds:s1 . wds:s1 ps:P69 wd:Q11942 ; pq:P580 "1896"``. An extract made of statements alone
(a SPARQL ``CONSTRUCT`` over ``p:``/``ps:``, a dump without truthy triples) answered "Where was
Einstein educated?" with the statement's own IRI ("s1"). Each statement's claim becomes the
direct fact ``X -P-> V`` (``P`` the property's ``wikibase:directClaim`` where the graph uses it,
else the ``p:`` predicate, named by the property entity as every Wikibase predicate is:
:func:`named_through`); the statement node stays, with its qualifiers
("When did Einstein start at ETH Zurich?" walks through it), unnamed (:data:`STATEMENT`), so it
is walked through but never given as an answer.

Which predicates are claims and statement values comes from the property entities'
``wikibase:claim`` / ``wikibase:statementProperty`` / ``wikibase:directClaim`` links where the
graph has them, else from Wikidata's namespaces (``http://www.wikidata.org/prop/P69``,
``.../prop/statement/P69``, ``.../prop/direct/P69``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from kgchat.graph import vocab

__all__ = ["STATEMENT", "name_statements", "named_through", "statement_edges"]

#: the name of a statement node with no label of its own: "(anonymous statement s1)"
STATEMENT = "statement "
_PROP = "http://www.wikidata.org/prop/"
_NS_ROLES = {"statement/": "statementProperty", "direct/": "directClaim", "": "claim"}


def _links(keys: list[str], s: np.ndarray, p: np.ndarray, o: np.ndarray, names: dict[str, int]):
    """Per property (an entity id, or a Wikidata property id "P69"), its predicates by role
    (``claim``, ``statementProperty``, ``directClaim``): the graph's own links, else the
    namespaces of the predicates it uses."""
    found: dict[object, dict[str, int]] = defaultdict(dict)
    for role in ("claim", "statementProperty", "directClaim"):
        for ns in vocab.WIKIBASE:
            pid = names.get(ns + role)
            if pid is None:
                continue
            mask = p == pid
            for entity, predicate in zip(s[mask].tolist(), o[mask].tolist(), strict=True):
                found[entity][role] = predicate
    if not found:
        for key, pid in names.items():
            if not key.startswith(_PROP):
                continue
            rest = key[len(_PROP) :]
            for prefix, role in _NS_ROLES.items():
                local = rest[len(prefix) :]
                if rest.startswith(prefix) and "/" not in local and local[:1] == "P":
                    found[local][role] = pid
                    break
    return found


def statement_edges(keys, s, p, o, src, names, labels):
    """The direct facts of the graph's statement nodes, as edge columns ``(s, p, o, src,
    kind)``; the statement nodes without a label are named ``(anonymous statement <id>)`` in
    ``labels`` (in place). ``names``: the ids of the predicates used, by key."""
    empty = np.zeros(0, np.int64)
    links = _links(keys, s, p, o, names)
    columns: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    statements: list[np.ndarray] = []
    for roles in links.values():
        claim, value = roles.get("claim"), roles.get("statementProperty")
        if claim is None or value is None:
            continue
        direct = roles.get("directClaim", claim)
        c = np.flatnonzero(p == claim)
        v = np.flatnonzero(p == value)
        if not len(c) or not len(v):
            continue
        # claims (X, S) joined with values (S, V) on the statement S
        order = np.argsort(s[v], kind="stable")
        vs, vo, vsrc = s[v][order], o[v][order], src[v][order]
        lo = np.searchsorted(vs, o[c], "left")
        hi = np.searchsorted(vs, o[c], "right")
        counts = hi - lo
        rows = np.repeat(np.arange(len(c)), counts)
        spans = [np.arange(a, b) for a, b in zip(lo.tolist(), hi.tolist(), strict=True)]
        at = np.concatenate(spans) if len(rows) else empty
        columns.append((s[c][rows], np.full(len(rows), direct, np.int64), vo[at], vsrc[at]))
        statements.append(o[c])
    if not columns:
        return empty, empty, empty, empty, np.zeros(0, np.int8)
    ds, dp, do, dsrc = (np.concatenate(col) for col in zip(*columns, strict=True))
    name_statements(keys, np.unique(np.concatenate(statements)).tolist(), labels)
    return ds, dp, do, dsrc.astype(src.dtype), np.zeros(len(ds), np.int8)


def name_statements(keys: list[str], nodes: Iterable[int], labels: dict[int, str]) -> None:
    """Name each of the statement ``nodes`` that has no label of its own ``(anonymous
    statement <id>)`` in ``labels`` (in place): walked through, never an answer."""
    for node in nodes:
        if node not in labels:
            labels[node] = f"(anonymous {STATEMENT}{keys[node].rsplit('/', 1)[-1]})"


def named_through(s, p, o, labels, aliases, names) -> None:
    """Predicates named by the entity a Wikibase property link ties them to: ``wdt:P19``
    (no label of its own) takes ``wd:P19``'s label, "place of birth", and its aliases
    ("birthplace", "born in"), which say the relation in other words (``names``: the ids of
    the predicates used, by key). A predicate's own label, where it has one, stays first."""
    for link in vocab.PROPERTY_LINKS:
        pid = names.get(link)
        if pid is None:
            continue
        mask = p == pid
        for entity, predicate in zip(s[mask].tolist(), o[mask].tolist(), strict=True):
            label = labels.get(entity)
            if label is None:
                continue
            own = list(aliases.get(predicate, []))
            if predicate not in labels:
                labels[predicate] = label
            elif labels[predicate] != label and label not in own:
                own.append(label)
            own.extend(a for a in aliases.get(entity, []) if a not in own)
            if own:
                aliases[predicate] = own
