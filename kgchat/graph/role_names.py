"""The roles a relation's own junctions name: what a relation means in this graph, read from
the unnamed nodes it is also stated through (:func:`role_names`).

schema.org's ``Role`` pattern states a relation once more through an unnamed node that carries
the same property on to the thing and qualifies it (``show actor [ a PerformanceRole ; actor
person ; roleName "Host" ]``), beside the plain statement of other subjects (``show actor
person``). The qualifier's recurring values ("Host", "Co-host", "Guest") are what the graph
uses that relation for: the roles it holds between its subjects and objects, whatever its
name (``actor``). A value is a role only where two junctions of the relation or more carry it:
one junction's own value (a character's name, a date) names that fact, not a kind of fact.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.graph.vocab import RDF_TYPE
>>> kg = KnowledgeGraph.from_triples([
...     ("show1", "actor", "_:r1"), ("_:r1", "actor", "ann"), ("_:r1", "roleName", '"Host"'),
...     ("show2", "actor", "_:r2"), ("_:r2", "actor", "bob"), ("_:r2", "roleName", '"Host"'),
...     ("show3", "actor", "dan"),
...     ("ep1", "actor", "_:r3"), ("_:r3", "actor", "cy"), ("_:r3", "roleName", '"Guest"'),
...     ("ep2", "actor", "_:r4"), ("_:r4", "actor", "eve"), ("_:r4", "roleName", '"Guest"'),
...     *[(s, RDF_TYPE, "Show") for s in ("show1", "show2", "show3")],
...     *[(s, RDF_TYPE, "Episode") for s in ("ep1", "ep2")]])
>>> kg.role_names("actor"), kg.role_names("roleName")  # episodes hold guests only by roles
(['Host'], [])
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from kgchat.graph import compile as comp
from kgchat.graph.junctions import ANONYMOUS
from kgchat.graph.literal_terms import parse_literal

__all__ = ["role_names"]

# the datatypes of a written role name (a string, with or without a language)
_STRINGS = (None, "http://www.w3.org/2001/XMLSchema#string")
_MOST_WORDS = 4  # a role is named in a few words ("Executive Producer"), not a sentence
_MOST_ROLES = 8  # the commonest a relation keeps


def role_names(
    g: comp.Compiled, keys: list[str], kinds: np.ndarray, type_id: int | None
) -> dict[int, tuple[list[str], set[int]]]:
    """Per predicate id, the role names its junctions carry (commonest first, at most
    :data:`_MOST_ROLES`): the plain string values, of a few words and no number, of the unnamed
    nodes (blank, or named ``(anonymous ...)`` as junctions are) that a fact of the predicate
    leads to and that lead on by the same predicate to a node; each value carried by two such
    junctions or more, whose holders are of a class (``type_id``: ``rdf:type``'s id, None
    where the graph has none) that the graph also states the predicate of plainly, to a named
    node: a show's hosts where shows hold some hosts plainly and some through roles, not an
    episode's guests where episodes hold them only through roles. Beside them, the predicates
    of every fact out of its junctions (``roleName``, ``startDate``, itself): a walk on from
    the junction by one of them reads that junction, not a plain statement. Predicates without
    role names are left out."""
    is_lit = kinds[g.eo] == comp.LITERAL
    width = int(g.ep.max()) + 1 if g.ep.size else 1
    # (node, predicate) of every fact to a node: where a junction leads on by the same relation
    onward = np.unique(g.es[~is_lit].astype(np.int64) * width + g.ep[~is_lit])
    into = ~is_lit & np.isin(g.eo.astype(np.int64) * width + g.ep, onward)
    seen: dict[tuple[int, int], Counter[str]] = {}
    junctions: set[tuple[int, int]] = set()
    fields: dict[int, set[int]] = {}
    for s, j, pid in zip(
        g.es[into].tolist(), g.eo[into].tolist(), g.ep[into].tolist(), strict=True
    ):
        if not _unnamed(g, keys, kinds, j):
            continue
        values = set()
        if (j, pid) not in junctions:
            junctions.add((j, pid))
            values = _values(g, keys, kinds, j, pid)
            out_of = g.ep[int(g.out_ptr[j]) : int(g.out_ptr[j + 1])].tolist()
            fields.setdefault(pid, set()).update(out_of)
        for c in _classes(g, type_id, s):
            seen.setdefault((pid, c), Counter()).update(values)
    plain = _plain_classes(g, kinds, type_id, {pid for pid, _ in seen}, junctions)
    out: dict[int, Counter[str]] = {}
    for (pid, c), counts in seen.items():
        if c in plain.get(pid, ()):
            out.setdefault(pid, Counter()).update(counts)
    return {
        pid: ([v for v, n in counts.most_common(_MOST_ROLES) if n >= 2], fields[pid])
        for pid, counts in out.items()
        if counts and counts.most_common(1)[0][1] >= 2
    }


def _values(g: comp.Compiled, keys: list[str], kinds: np.ndarray, j: int, pid: int) -> set[str]:
    """The role-like plain string values of junction ``j`` (by any predicate but ``pid``)."""
    values = set()
    for e in range(int(g.out_ptr[j]), int(g.out_ptr[j + 1])):
        o = int(g.eo[e])
        if int(g.ep[e]) != pid and kinds[o] == comp.LITERAL:
            text, _, datatype = parse_literal(keys[o])
            text = " ".join(text.split())
            if datatype in _STRINGS and _role_like(text):
                values.add(text)
    return values


def _classes(g: comp.Compiled, type_id: int | None, node: int) -> list[int]:
    """The node's classes (-1 for a node without any)."""
    found = [
        int(g.eo[e])
        for e in range(int(g.out_ptr[node]), int(g.out_ptr[node + 1]))
        if int(g.ep[e]) == type_id
    ]
    return found or [-1]


def _plain_classes(
    g: comp.Compiled,
    kinds: np.ndarray,
    type_id: int | None,
    predicates: set[int],
    junctions: set[tuple[int, int]],
) -> dict[int, set[int]]:
    """Per predicate of ``predicates``, the classes of the subjects it is stated of plainly:
    to a node that is no junction of it."""
    out: dict[int, set[int]] = {}
    for pid in predicates:
        at = np.flatnonzero((g.ep == pid) & (kinds[g.eo] != comp.LITERAL))
        subjects = {int(g.es[e]) for e in at.tolist() if (int(g.eo[e]), pid) not in junctions}
        out[pid] = {c for s in subjects for c in _classes(g, type_id, s)}
    return out


def _unnamed(g: comp.Compiled, keys: list[str], kinds: np.ndarray, node: int) -> bool:
    """Whether the node has no name of its own (a blank node, a junction IRI)."""
    return comp.entity_name(keys, kinds, g.labels, node).startswith(ANONYMOUS)


def _role_like(text: str) -> bool:
    """Whether a value reads as a role's name: a few words, with a letter and no digit.

    >>> _role_like("Co-host"), _role_like("2020-02-04"), _role_like("a b c d e")
    (True, False, False)
    """
    return (
        0 < len(text.split()) <= _MOST_WORDS
        and any(c.isalpha() for c in text)
        and not any(c.isdigit() for c in text)
    )
