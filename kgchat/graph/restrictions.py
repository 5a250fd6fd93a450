"""OWL class expressions read as domain edges: ``C subClassOf [onProperty R; someValuesFrom D]``
gives ``C -R-> D`` (kind ``some``; ``allValuesFrom`` gives ``only``, ``hasValue`` ``value``),
through intersections and unions, and for individuals typed by a restriction too.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> OWL, RDFS = "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2000/01/rdf-schema#"
>>> kg = KnowledgeGraph.from_triples([
...     ("Margherita", RDFS + "subClassOf", "_:r"), ("_:r", OWL + "onProperty", "hasTopping"),
...     ("_:r", OWL + "someValuesFrom", "Mozzarella")])
>>> [(f.text, f.kind) for f in kg.facts()]
[('Margherita — has topping → Mozzarella', 'some')]
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.vocab import OWL

__all__ = ["class_edges", "restriction_edges"]


def restriction_edges(keys, s, p, o, src, rp, is_blank):
    """Domain edges from ``C subClassOf/equivalentClass [restriction | intersection | union]``,
    and from an individual typed by one (``alice a [onProperty hasRole; someValuesFrom Manager]``
    gives ``alice -hasRole-> Manager``), and what ``hasValue`` entails of the individuals of a
    class (:func:`class_edges`)."""
    edges, entailed = class_edges(keys, s, p, o, src, is_blank)
    if entailed is not None:  # (else no hasValue: the type rows need no reading)
        pred = {keys[i]: i for i in np.unique(p).tolist()}
        edges.extend(_entailed_values(entailed, s, p, o, src, is_blank, pred))
    arr = np.asarray(edges, np.int64).reshape(-1, 5)
    return (
        arr[:, 0].astype(np.int32),
        arr[:, 1].astype(np.int32),
        arr[:, 2].astype(np.int32),
        arr[:, 3].astype(np.int16),
        arr[:, 4].astype(np.int8),
    )


def class_edges(keys, s, p, o, src, is_blank):
    """The edges of :func:`restriction_edges` but those of individuals' entailed values, as
    ``(subject, predicate, object, source, kind)`` tuples, and ``entailed`` (None where no
    ``hasValue`` restriction is stated): a named class's ``(predicate, value)`` pairs that
    ``hasValue`` restrictions on it or on a class above it (``rdfs:subClassOf`` among the
    triples) entail of each of its individuals. What a SPARQL endpoint's OWL class expressions
    are read with once (:mod:`kgchat.graph.endpoint_tbox`)."""
    pred = {keys[i]: i for i in np.unique(p).tolist()}

    def by(name: str) -> dict[int, list[int]]:
        pid = pred.get(name)
        out: dict[int, list[int]] = defaultdict(list)
        if pid is not None:
            idx = np.nonzero(p == pid)[0]
            for a, b in zip(s[idx].tolist(), o[idx].tolist(), strict=True):
                out[a].append(b)
        return out

    first, rest = by(vocab.RDF + "first"), by(vocab.RDF + "rest")
    on_prop = by(OWL + "onProperty")
    fillers = {
        1: by(OWL + "someValuesFrom"),
        2: by(OWL + "allValuesFrom"),
        3: by(OWL + "hasValue"),
    }
    for k, v in by(OWL + "onClass").items():  # qualified cardinality: a kind of "some"
        fillers[1].setdefault(k, v)
    union, inter = by(OWL + "unionOf"), by(OWL + "intersectionOf")
    subclass = pred.get(vocab.RDFS_SUBCLASS, -1)

    def items(lst: int) -> list[int]:
        out, seen = [], set()
        while lst in first and lst not in seen:
            seen.add(lst)
            out.extend(first[lst])
            nxt = rest.get(lst)
            if not nxt:
                break
            lst = nxt[0]
        return out

    def named(x: int, depth: int = 0) -> list[int]:
        """The named classes of a filler: itself, or the members of a union."""
        if not is_blank[x]:
            return [x]
        out = []
        for lst in union.get(x, []) if depth < 8 else []:
            for m in items(lst):
                out.extend(named(m, depth + 1))
        return out

    edges: list[tuple[int, int, int, int, int]] = []

    def emit(c: int, expr: int, source: int, up: int, depth: int = 0) -> None:
        if not is_blank[expr]:
            if depth and up >= 0:  # a named member of an intersection: a superclass (or type)
                edges.append((c, up, expr, source, 0))
            return
        for prop in on_prop.get(expr, []):
            for kind, table in fillers.items():
                for f in table.get(expr, []):
                    for target in named(f):
                        edges.append((c, prop, target, source, kind))
        for lst in inter.get(expr, []) if depth < 8 else []:
            for m in items(lst):
                emit(c, m, source, up, depth + 1)

    def below(c: int, lst: int, source: int) -> None:
        """C == (A or B): the named members A and B are subclasses of C."""
        for m in items(lst):
            if not is_blank[m]:
                edges.append((m, subclass, c, source, 0))

    # OWL 1's RDF mapping writes a defined class with its expression on the class itself
    # (``<owl:Class rdf:ID="Chardonnay"><owl:intersectionOf ...>``, the W3C OWL Guide's wine
    # ontology): the same as ``C equivalentClass [intersectionOf ...]``.
    for name, table in ((OWL + "intersectionOf", inter), (OWL + "unionOf", union)):
        pid = pred.get(name)
        if pid is None:
            continue
        idx = np.nonzero(p == pid)[0]
        for i in idx[~is_blank[s[idx]]].tolist():
            c, lst, source = int(s[i]), int(o[i]), int(src[i])
            if table is inter:
                for m in items(lst):
                    emit(c, m, source, subclass, 1)
            elif subclass >= 0:
                below(c, lst, source)
    for name in (vocab.RDFS_SUBCLASS, vocab.OWL_EQUIVALENT_CLASS, vocab.RDF_TYPE):
        pid = pred.get(name)
        if pid is None:
            continue
        up = pid if name == vocab.RDF_TYPE else subclass
        idx = np.nonzero(p == pid)[0]
        idx = idx[is_blank[o[idx]] & ~is_blank[s[idx]]]
        for i in idx.tolist():
            c, expr, source = int(s[i]), int(o[i]), int(src[i])
            emit(c, expr, source, up)
            if name == vocab.OWL_EQUIVALENT_CLASS and subclass >= 0:
                for lst in union.get(expr, []):
                    below(c, lst, source)
    return edges, _value_closure(edges, s, p, o, is_blank, subclass)


def _value_closure(edges, s, p, o, is_blank, subclass):
    """A named class's entailed ``(predicate, value)`` pairs (see :func:`_entailed_values`),
    a function memoised per class; None where no ``hasValue`` restriction is stated."""
    values: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for c, prop, target, _, kind in edges:
        if kind == 3 and not is_blank[c]:
            values[c].append((prop, target))
    if not values:
        return None
    up: dict[int, list[int]] = defaultdict(list)
    idx = np.nonzero(p == subclass)[0] if subclass >= 0 else np.zeros(0, np.int64)
    for a, b in zip(s[idx].tolist(), o[idx].tolist(), strict=True):
        up[a].append(b)
    for c, prop, target, _, kind in edges:
        if kind == 0 and prop == subclass:
            up[c].append(target)
    closure: dict[int, list[tuple[int, int]]] = {}

    def entailed(c: int) -> list[tuple[int, int]]:
        if c not in closure:
            seen, todo, out = {c}, [c], list[tuple[int, int]]()
            while todo and len(seen) <= 256:  # a class hierarchy's depth, cycles cut
                x = todo.pop()
                out.extend(values.get(x, ()))
                for sup in up.get(x, ()):
                    if sup not in seen and not is_blank[sup]:
                        seen.add(sup)
                        todo.append(sup)
            closure[c] = sorted(set(out))
        return closure[c]

    return entailed


def _entailed_values(entailed, s, p, o, src, is_blank, pred):
    """What ``hasValue`` restrictions entail of the individuals of a class: ``x a C`` and ``C``
    (or a class above it) ``subClassOf [onProperty R; hasValue v]`` give ``x R v`` (an asserted
    fact: every model of the ontology holds it). The Guide's wines state their colour and grape
    only so: ``BancroftChardonnay a Chardonnay``, ``Chardonnay`` is ``madeFromGrape hasValue
    ChardonnayGrape`` and below ``hasColor hasValue White``."""
    typed = pred.get(vocab.RDF_TYPE)
    if typed is None:
        return []
    out: list[tuple[int, int, int, int, int]] = []
    idx = np.nonzero(p == typed)[0]
    idx = idx[~is_blank[s[idx]] & ~is_blank[o[idx]]]
    for x, c, source in zip(s[idx].tolist(), o[idx].tolist(), src[idx].tolist(), strict=True):
        out.extend((x, prop, v, source, 0) for prop, v in entailed(c))
    return out
