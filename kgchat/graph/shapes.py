"""SHACL shapes graphs: a description of the data loaded beside it, never data itself.

An enterprise knowledge graph is often published with a SHACL shapes file (TopBraid EDG,
Stardog, GraphDB): ``ex:SupplierShape sh:targetClass ex:Supplier ; sh:property [ sh:path
ex:zterm ; sh:name "payment terms"@en ; sh:datatype xsd:string ]``. Its properties carry no
``rdfs:label`` of their own (some are ERP field codes: ``zterm``, ``werks``); the shapes name
them. kgchat reads a shapes graph as it reads an ontology:

- ``sh:name`` names its shape (a label, :data:`kgchat.graph.vocab.LABEL_PREDICATES`),
  ``sh:description`` describes it, and the shape's names go on to what it describes: its
  ``sh:path`` property, its ``sh:targetClass`` class (:data:`kgchat.graph.vocab.SHAPE_LINKS`,
  read by :func:`kgchat.graph.wikibase.named_through`, as a Wikibase property entity names its
  predicates);
- every other SHACL predicate is schema (``sh:datatype``, ``sh:minCount``...: no facts), and
  the shapes themselves, the subjects of SHACL predicates (:func:`shape_nodes`), are neither
  entities nor the ends of facts ("What is the payment terms of X?" must not answer "Property
  shape");
- a property shape's ``sh:class`` under a node shape's ``sh:targetClass`` says the property's
  range and domain, as ``rdfs:range``/``rdfs:domain`` do (:func:`shape_schema`).

Examples
--------
>>> import numpy as np
>>> from kgchat.graph.vocab import SH
>>> keys = ["ex:S", SH + "targetClass", "ex:Supplier", SH + "property", "_:b", SH + "path",
...         "ex:supplies", SH + "class", "ex:Part"]
>>> s, p, o = np.array([0, 0, 4, 4]), np.array([1, 3, 5, 7]), np.array([2, 4, 6, 8])
>>> names = {k: i for i, k in enumerate(keys) if k.startswith(SH)}
>>> shape_nodes(keys, s, p, names).tolist()
[0, 4]
>>> domain, range_ = {}, {}
>>> shape_schema(s, p, o, names, domain, range_)
>>> domain, range_
({6: [2]}, {6: [8]})
"""

from __future__ import annotations

import numpy as np

from kgchat.graph.vocab import SH

__all__ = ["shape_nodes", "shape_schema"]


def shape_nodes(keys: list[str], s: np.ndarray, p: np.ndarray, names: dict[str, int]):
    """Ids of the shapes of a shapes graph: the subjects of SHACL predicates (node and property
    shapes, and the blank nodes of their paths) (``names``: the ids of the predicates used, by
    key)."""
    shacl = [pid for key, pid in names.items() if key.startswith(SH)]
    if not shacl:
        return np.zeros(0, np.int64)
    return np.unique(s[np.isin(p, shacl)])


def shape_schema(s, p, o, names: dict[str, int], domain: dict, range_: dict) -> None:
    """Add to ``domain`` and ``range_`` (property id -> class ids, in place) what property shapes
    say: a shape's ``sh:path`` property takes values of its ``sh:class``, on the instances of the
    ``sh:targetClass`` of the node shapes that hold it (``sh:property``)."""
    ids = [names.get(SH + k) for k in ("path", "class", "property", "targetClass")]
    path, cls, prop, target = ids
    if path is None:
        return

    def pairs(pid: int | None) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        if pid is not None:
            for a, b in zip(s[p == pid].tolist(), o[p == pid].tolist(), strict=True):
                out.setdefault(a, []).append(b)
        return out

    paths, classes, targets = pairs(path), pairs(cls), pairs(target)
    owners: dict[int, list[int]] = {}
    for node, shapes in pairs(prop).items():
        for shape in shapes:
            owners.setdefault(shape, []).append(node)
    for shape, props in paths.items():
        for q in props:
            for c in classes.get(shape, []):
                if c not in range_.setdefault(q, []):
                    range_[q].append(c)
            for node in owners.get(shape, []):
                for c in targets.get(node, []):
                    if c not in domain.setdefault(q, []):
                        domain[q].append(c)
