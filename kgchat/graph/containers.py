"""RDF containers (``rdf:Seq``, ``rdf:Bag``, ``rdf:Alt``) read as the members they hold.

Published RDF lists authors, editors and papers in containers::

    :paper bibo:authorList :paper-authors .
    :paper-authors a rdf:Seq ; rdf:_1 :alice ; rdf:_2 :bob .

Read literally, the container is a node of its own ("paper authors", an entity a question could be
answered with) and its members hang off it as ``_1``/``_2`` facts. What the triples say is
``:paper bibo:authorList :alice, :bob``, so that is what this module derives, and likewise
for an RDF list (``rdf:first``/``rdf:rest``, Turtle's ``( :alice :bob )``) that is a fact's
object (:func:`_list_edges`; OWL's lists, inside axioms, are compiled away elsewhere):

- a *container* is a node typed ``rdf:Seq``/``rdf:Bag``/``rdf:Alt``/``rdfs:Container``, the
  subject of a numbered membership property (``rdf:_1``, ``rdf:_2``...), or a blank node with
  ``rdfs:member`` (a named node with ``rdfs:member``, a team say, is a thing of its own and keeps
  ``rdfs:member`` as an ordinary fact);
- ``S p C`` becomes ``S p m`` for each member ``m`` of ``C`` in order (``rdf:_1``, ``rdf:_2``...,
  then ``rdfs:member``; a container inside a container is read through too), with the source of
  ``S p C``; the rank kept here orders a subject's facts, so a sequence reads in its order;
- such a container is no entity and no end of a fact: its membership and typing triples, and any
  other triple about it, are not facts (SPARQL still sees them all);
- a *free-standing* container (nobody's object) that has a label is a thing someone named (a
  "Shortlist 2010"): it stays an entity, its members reached by ``has member`` facts. Without a
  label it has no name a question could use, and its members are reached only from elsewhere.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
>>> kg = KnowledgeGraph.from_triples([
...     ("paper", "author list", "_:c"), ("_:c", RDF + "type", RDF + "Seq"),
...     ("_:c", RDF + "_2", "bob"), ("_:c", RDF + "_1", "alice")])
>>> [f.text for f in kg.facts()]
['paper — author list → alice', 'paper — author list → bob']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.predicate_roles import membership_index
from kgchat.graph.vocab import Role

__all__ = ["Containers", "read_containers"]

_MAX_DEPTH = 16  # containers nested deeper than this are not read through


@dataclass
class Containers:
    """The containers of a graph and the facts read through them."""

    dissolved: np.ndarray  #: per term: a container that is no entity and no end of a fact
    membership: np.ndarray  #: per raw triple: a membership triple of a container (not a fact)
    s: np.ndarray  #: the derived facts' subjects, predicates, objects, sources...
    p: np.ndarray
    o: np.ndarray
    src: np.ndarray
    rank: np.ndarray  #: ... and each member's place in its container (1, 2, ...)


def read_containers(keys, s, p, o, src, rp, is_blank, struct, labelled) -> Containers:
    """Find the containers among raw triples of term ids and the facts they stand for.

    ``rp`` is each triple's predicate role, ``struct`` marks OWL/RDF structure nodes (never ends
    of facts), ``labelled`` marks the terms that have a label.
    """
    n = len(keys)
    last = np.iinfo(np.int32).max
    mrows = np.nonzero(rp == Role.MEMBER)[0]
    place = np.zeros(n, np.int64)  # rdf:_n -> n; rdfs:member -> after every numbered member
    for pid in np.unique(p[mrows]).tolist():
        place[pid] = membership_index(keys[pid]) or last
    container = np.zeros(n, bool)
    ms = s[mrows]
    container[ms[(place[p[mrows]] < last) | is_blank[ms]]] = True
    trows = np.nonzero(rp == Role.TYPE)[0]
    types = [t for t in np.unique(o[trows]).tolist() if keys[t] in vocab.CONTAINER_TYPES]
    if types:
        container[s[trows[np.isin(o[trows], types)]]] = True
    container &= ~struct
    membership = np.zeros(len(s), bool)
    membership[mrows[container[ms]]] = True
    if not container.any():
        return _found(container, membership, _list_edges(keys, s, p, o, src, rp, struct))

    rows = np.nonzero(membership)[0]
    rows = rows[np.lexsort((rows, place[p[rows]], s[rows]))]  # by container, place, file order
    members: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # c -> (m, pred, src)
    for c, pid, m, source in zip(
        s[rows].tolist(), p[rows].tolist(), o[rows].tolist(), src[rows].tolist(), strict=True
    ):
        members[c].append((m, pid, source))

    def leaves(c: int, seen: set[int], depth: int = 0) -> list[tuple[int, int, int]]:
        """The members of ``c`` with nested containers read through, with the top member's
        predicate and source."""
        out: list[tuple[int, int, int]] = []
        for m, pid, source in members.get(c, []):
            if container[m]:
                if m not in seen and depth < _MAX_DEPTH:
                    seen.add(m)
                    out.extend((leaf, pid, source) for leaf, _, _ in leaves(m, seen, depth + 1))
            elif not struct[m]:
                out.append((m, pid, source))
        return out

    def ordered(c: int) -> list[tuple[int, int, int]]:
        """Each member once, at its first place."""
        out, seen = [], set()
        for x in leaves(c, {c}):
            if x[0] not in seen:
                seen.add(x[0])
                out.append(x)
        return out

    is_fact = rp == Role.FACT
    referred = np.zeros(n, bool)
    referred[o[(is_fact & ~struct[s]) | membership]] = True
    dissolved = container & (referred | ~labelled)
    edges: list[tuple[int, int, int, int, int]] = []
    for i in np.nonzero(container[o] & is_fact & ~struct[s] & ~dissolved[s])[0].tolist():
        subject, pid, source = int(s[i]), int(p[i]), int(src[i])
        for rank, (m, _, _) in enumerate(ordered(int(o[i])), 1):
            edges.append((subject, pid, m, source, rank))
    for c in np.nonzero(container & ~dissolved)[0].tolist():  # named and free-standing
        for rank, (m, pid, source) in enumerate(ordered(c), 1):
            edges.append((c, pid, m, source, rank))
    edges.extend(_list_edges(keys, s, p, o, src, rp, struct))
    return _found(dissolved, membership, edges)


def _found(
    dissolved: np.ndarray, membership: np.ndarray, edges: list[tuple[int, int, int, int, int]]
) -> Containers:
    """The :class:`Containers` of derived ``(s, p, o, source, rank)`` edges."""
    arr = np.asarray(edges, np.int64).reshape(-1, 5)
    return Containers(
        dissolved,
        membership,
        arr[:, 0].astype(np.int32),
        arr[:, 1].astype(np.int32),
        arr[:, 2].astype(np.int32),
        arr[:, 3].astype(np.int16),
        arr[:, 4].astype(np.int32),
    )


def _list_edges(keys, s, p, o, src, rp, struct) -> list[tuple[int, int, int, int, int]]:
    """``S p L`` for an RDF list ``L`` (Turtle's ``( :a :b )``, RDF/XML's
    ``rdf:parseType="Collection"``) as the object of a fact: ``S p m`` for each member ``m``,
    in order (its rank), with the source of ``S p L``. Lists that OWL builds its axioms from
    (``owl:unionOf`` ...) are objects of no fact and stay structure."""
    ids = {keys[i]: i for i in np.unique(p[rp == Role.STRUCTURE]).tolist()}
    first, rest = ids.get(vocab.RDF + "first"), ids.get(vocab.RDF + "rest")
    if first is None or rest is None:
        return []
    heads = np.flatnonzero((rp == Role.FACT) & struct[o] & ~struct[s])
    if not len(heads):
        return []
    f = np.flatnonzero(p == first)
    r = np.flatnonzero(p == rest)
    item = dict(zip(s[f].tolist(), o[f].tolist(), strict=True))
    after = dict(zip(s[r].tolist(), o[r].tolist(), strict=True))
    edges: list[tuple[int, int, int, int, int]] = []
    for i in heads.tolist():
        node, seen, rank = int(o[i]), set(), 0
        while node in item and node not in seen:  # a cycle ends the list
            seen.add(node)
            member = item[node]
            if not struct[member]:  # a nested list or OWL expression is no member
                rank += 1
                edges.append((int(s[i]), int(p[i]), member, int(src[i]), rank))
            node = after.get(node, -1)
    return edges
