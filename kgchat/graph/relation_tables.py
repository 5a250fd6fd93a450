"""Rows that describe relations: a table of relation codes, loaded beside the edges, names them.

A graph shipped as plain files often writes its relations as codes (Hetionet's metaedges
``CtD``, ``CbG``, ``Gr>G``) and names them in a table of their own (Hetionet's
``metaedges.tsv``: ``Compound - treats - Disease<TAB>CtD<TAB>755...``). Loaded with the edges,
each row is a subject with a fact whose object is a relation the graph uses as a predicate: the
row describes that relation. The row's name becomes the relation's label (a relation with a
label of its own keeps it), and the row's triples say how the relation is written and counted,
nothing of the domain: they are no facts, as a property's own triples are not.

A name that writes the kinds of the relation's two ends around a verb (``Compound - treats -
Disease``, ``Gene > regulates > Gene``: a *metaedge*) is read as the words between them, when
those ends are the classes of the relation's subjects and objects: ``Metformin — treats →
type 2 diabetes mellitus``, not ``— Compound - treats - Disease →``. The whole name stays an
alias of the relation. Such a name joined by plain dashes between two ends of one kind
(``Gene - interacts - Gene``; not ``Gene > regulates > Gene``) is undirected, as Hetionet
writes it: the relation is its own inverse, as an ``owl:SymmetricProperty`` is.

Examples
--------
>>> metaedge_verb("Compound - treats - Disease", "Compound", "Disease")
'treats'
>>> metaedge_verb("Gene > regulates > Gene", "gene", "gene")
'regulates'
>>> metaedge_verb("Compound - treats - Disease", "Gene", "Disease") is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import numpy as np

from kgchat.graph.predicate_roles import is_vocabulary
from kgchat.graph.vocab import Role

__all__ = ["described_relations", "end_kinds", "metaedge_verb", "undirected"]

# what stands between a metaedge's parts: a dash, an arrow, ``>``, set off by spaces
_PART = re.compile(r"\s+(?:-{1,2}|–|—|>|->|<-|<>)\s+")


def metaedge_verb(name: str, subject_kind: str | None, object_kind: str | None) -> str | None:
    """The verb of a relation named ``Kind - verb - Kind``, when the two ends are the kinds of
    its subjects and objects (compared without case); None otherwise."""
    parts = _PART.split(name.strip())
    if len(parts) != 3 or not parts[1].strip() or subject_kind is None or object_kind is None:
        return None
    head, verb, tail = (part.strip() for part in parts)
    if head.casefold() == subject_kind.casefold() and tail.casefold() == object_kind.casefold():
        return verb
    return None


def undirected(name: str) -> bool:
    """Whether a metaedge's name says it is undirected: its parts joined by plain dashes, no
    arrow, between two ends of one kind (``Gene - interacts - Gene``; ``Gene > regulates >
    Gene`` is directed). Such a relation is its own inverse: an edge says the same both ways.

    >>> undirected("Gene - interacts - Gene"), undirected("Gene > regulates > Gene")
    (True, False)
    >>> undirected("Compound - treats - Disease")
    False
    """
    parts = _PART.split(name.strip())
    marks = _PART.findall(name.strip())
    return (
        len(parts) == 3
        and parts[0].strip().casefold() == parts[2].strip().casefold()
        and all(m.strip() in ("-", "–", "—") for m in marks)
    )


def described_relations(
    keys: list[str],
    s: np.ndarray,
    p: np.ndarray,
    o: np.ndarray,
    src: np.ndarray,
    rp: np.ndarray,
    is_blank: np.ndarray,
    used_preds: np.ndarray,
    labels: dict[int, str],
) -> dict[int, int]:
    """Relation term -> the row that describes it: a subject, no relation itself and nobody's
    object, with a fact whose object is a relation of the graph that has no label, stated in
    another source than the relation's edges (a table beside them) by a relation of no RDF
    vocabulary (a reified statement's ``rdf:predicate`` is no such row); one row a relation
    and one relation a row (a table row per code), else nothing is read.

    >>> s, p, o = np.array([0, 3, 3]), np.array([1, 4, 5]), np.array([2, 1, 6])
    >>> rp, src = np.full(3, Role.FACT, np.int8), np.array([0, 1, 1])
    >>> keys = list("abcdefg")
    >>> described_relations(keys, s, p, o, src, rp, np.zeros(7, bool), np.array([1, 4, 5]), {})
    {1: 3}
    """
    n = len(is_blank)
    is_pred = np.zeros(n, bool)
    is_pred[used_preds] = True
    is_object = np.zeros(n, bool)
    is_object[o] = True
    row = (rp == Role.FACT) & is_pred[o] & ~is_pred[s] & ~is_blank[s] & ~is_object[s]
    at = [t for t in np.flatnonzero(row).tolist() if int(o[t]) not in labels]
    at = [t for t in at if not is_vocabulary(keys[int(p[t])])]
    if not at:
        return {}
    # the (relation, source) pairs of the candidates' edges, read in one pass
    wide = int(src.max()) + 1 if len(src) else 1
    edges = np.isin(p, o[at])
    used = set(np.unique(p[edges].astype(np.int64) * wide + src[edges]).tolist())
    pairs = {(int(s[t]), int(o[t])) for t in at if int(o[t]) * wide + int(src[t]) not in used}
    rows = Counter(a for a, _ in pairs)
    codes = Counter(b for _, b in pairs)
    return {b: a for a, b in pairs if rows[a] == 1 and codes[b] == 1}


def end_kinds(
    relation: int,
    s: np.ndarray,
    p: np.ndarray,
    o: np.ndarray,
    rp: np.ndarray,
    name: Callable[[int], str],
) -> tuple[str | None, str | None]:
    """The names of the classes most of a relation's subjects, and of its objects, are of."""
    typed = rp == Role.TYPE
    ts, to = s[typed], o[typed]
    at = p == relation
    ends = []
    for nodes in (np.unique(s[at]), np.unique(o[at])):
        classes = Counter(to[np.isin(ts, nodes)].tolist())
        top = classes.most_common(1)
        ends.append(name(top[0][0]) if top and top[0][1] * 2 > len(nodes) else None)
    return ends[0], ends[1]
