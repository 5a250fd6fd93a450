"""N-ary records labelled by their kind: walked through, their label kept as a value.

VIVO states a person's appointment as a node of its own that relates the person and the
department, and labels it with the title held::

    <n72158> a vivo:FacultyPosition ; rdfs:label "Associate Professor" ;
        vivo:relates <person/lindqvist>, <dept/computer-science> ;
        vivo:dateTimeInterval <n16373> .

Read as a named thing, the position is a hop between the person and the department that
says nothing ("Which department does Lindqvist work in?" walks ``related by`` and
``relates`` through "Associate Professor"), and an answer to any question that reaches it
("Where does Wei Chen work?": "Professor"). Its label is no name: a dozen positions are
"Associate Professor". It is a value of the record (the title the person holds there), as a
Wikidata qualifier is.

By the shape of the graph alone, a node is such a record where:

- it is a labelled IRI of a class named by kind: of the class's labelled instances (three
  or more), at most half as many distinct labels as instances (people, places and works are
  mostly named apart, and a class of them is no such class however many namesakes it has;
  a position titled once, "Courtesy Professor", is one of a class of titles all the same);
- it leads by its facts to two named nodes or more (besides its classes): it relates them;
- it states no literal value but its names: a thing has values of its own (LUBM's
  professors, each department's "FullProfessor0", have an email address and a telephone),
  a record of a relation holds its parts and its title.

Such a node is walked through as an unnamed junction (``(anonymous <local name>)``,
:data:`kgchat.graph.junctions.ANONYMOUS`), and its label triples stay facts: the title is a
literal value of the record, which a question may name ("the *assistant professors* in
biology") or ask ("What title does X hold?").

Examples
--------
>>> rows = [(f"p{k}", "type", "Pos") for k in range(4)]
>>> rows += [(f"p{k}", "relates", x) for k, x in enumerate(["ann", "bob", "cy", "dee"])]
>>> rows += [(f"p{k}", "relates", "cs") for k in range(3)]  # p3 relates one thing only
>>> keys = sorted({t for row in rows for t in row})
>>> s, p, o = (np.array([keys.index(row[j]) for row in rows]) for j in range(3))
>>> titles = ["Professor", "Professor", "Courtesy Professor", "Professor"]
>>> labels = {keys.index(f"p{k}"): t for k, t in enumerate(titles)}
>>> labels.update({keys.index(x): x.title() for x in ["ann", "bob", "cy", "dee", "cs"]})
>>> none = np.zeros(len(keys), bool)
>>> found = kind_labelled(keys, s, p, o, none, none, labels, keys.index("type"))
>>> [keys[i] for i in np.flatnonzero(found)]
['p0', 'p1', 'p2']
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

__all__ = ["KIND_SHARE", "kind_labelled"]

#: the most distinct labels per labelled instance of a class named by kind
KIND_SHARE = 0.5
_FEWEST = 3  # labelled instances a class needs to be judged


def kind_labelled(
    keys: list[str],
    s: np.ndarray,
    p: np.ndarray,
    o: np.ndarray,
    is_lit: np.ndarray,
    is_blank: np.ndarray,
    labels: dict[int, str],
    type_pid: int | None,
    name_preds: np.ndarray | None = None,
) -> np.ndarray:
    """Per term, whether it is an n-ary record labelled by its kind (see the module
    docstring). ``s``, ``p``, ``o``: the triples (term ids); ``type_pid``: ``rdf:type``'s
    term id, None where the graph states no class (then nothing is one); ``name_preds``: the
    predicates that name (a literal of another is a value of the node's own)."""
    n = len(keys)
    found = np.zeros(n, bool)
    if type_pid is None or not labels:
        return found
    typing = p == type_pid
    members: dict[int, list[int]] = defaultdict(list)
    for i, c in zip(s[typing].tolist(), o[typing].tolist(), strict=True):
        if i in labels and not is_blank[i] and not is_lit[i]:
            members[c].append(i)
    by_kind = np.zeros(n, bool)
    for group in members.values():
        if len(group) < _FEWEST:
            continue
        names = {labels[i] for i in group}
        if len(names) > KIND_SHARE * len(group):
            continue
        by_kind[group] = True
    if not by_kind.any():
        return found
    named = np.zeros(n, bool)
    named[np.fromiter(labels, np.int64, len(labels))] = True
    rows = by_kind[s] & ~typing & ~is_lit[o] & named[o] & (s != o)
    # distinct named nodes each leads to
    pairs = np.unique(np.stack([s[rows], o[rows]]), axis=1) if rows.any() else np.zeros((2, 0))
    counts = np.bincount(pairs[0].astype(np.int64), minlength=n) if pairs.size else np.zeros(n)
    valued = is_lit[o] & by_kind[s]
    if name_preds is not None:
        valued &= ~np.isin(p, name_preds)
    return by_kind & (counts >= 2) & (np.bincount(s[valued], minlength=n) == 0)
