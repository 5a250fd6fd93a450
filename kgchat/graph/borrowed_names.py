"""Names that are another node's, said again: no name of the node's own.

- :func:`quoting_junctions`: a node whose name quotes the name of a node it leads to (a
  caption an exporter wrote from a template over what the node joins) is a junction, shown
  ``(anonymous ...)`` as :mod:`kgchat.graph.junctions` shows the others;
- :func:`named_as_holder`: a blank node that bears its holder's name (a part named as its
  whole), to be neither linked by that name nor given as an answer.

Moved out of :mod:`kgchat.graph.junctions`, whose unnamed-node label they use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from kgchat.graph.junctions import ANONYMOUS, anonymous_label
from kgchat.graph.record_ids import _name

__all__ = ["named_as_holder", "quoting_junctions"]


def quoting_junctions(keys, es, eo, is_lit, labels) -> list[int]:
    """Name ``(anonymous <local name>)`` (``labels`` in place) each node whose name quotes the
    name of a node it leads to, and that leads to two named nodes or more: a name an exporter
    wrote from a template over what the node joins, an n-ary relation's caption, not a name
    anyone answers with. Reactome's BioPAX names each catalysis "HK1 catalyzes 'Glucose is
    phosphorylated'" and each regulation "Negative regulation of 'Glucose is phosphorylated'":
    walked through, "What catalyses X?" reaches the enzyme. Returns the nodes so named.

    >>> keys = ["c1", "hk1", "r1", "t1", "paris"]
    >>> labels = {0: "HK1 catalyzes 'Glc is phosphorylated'", 1: "HK1",
    ...           2: "Glc is phosphorylated", 3: "Treaty of Paris", 4: "Paris"}
    >>> es, eo = np.array([0, 0, 3, 3]), np.array([1, 2, 4, 1])
    >>> quoting_junctions(keys, es, eo, np.zeros(5, bool), labels), labels[0], labels[3]
    ([0], '(anonymous c1)', 'Treaty of Paris')
    """
    found = []
    to_named = np.bincount(
        es[[o in labels and not is_lit[o] for o in eo.tolist()]], minlength=len(keys)
    )
    for a in np.flatnonzero(to_named >= 2).tolist():
        name = labels.get(a, "")
        if name.startswith(ANONYMOUS) or not _QUOTED.search(name):
            continue
        quoted = {m.group(2) for m in _QUOTED.finditer(name)}
        if any(labels.get(b) in quoted for b in eo[es == a].tolist() if not is_lit[b]):
            labels[a] = anonymous_label(_name(keys[a]))
            found.append(a)
    return found


# a quotation in a name: 'X', "X", ‘X’ or “X”
_QUOTED = re.compile(r"(['\"‘“])(.+?)['\"’”]")


def named_as_holder(kg: Any, node: str, edges: Sequence[Any] | None = None) -> bool:
    """Whether a blank node bears, as its name, the name of a node a fact leads to it from: a
    part named as its whole (an ASF DOAP file names each ``doap:Version`` of Apache Kafka
    "Apache Kafka", told apart by its ``revision``). Its name is its holder's, said again:
    no name of its own to link (:class:`kgchat.name_table.NameTable`) nor an answer to give
    (:meth:`kgchat.retrieval.unnamed_nodes.UnnamedNodes.anonymous`). ``edges``: the node's
    edges where the caller holds them (the retriever's cache), else read from ``kg``."""
    if not node.startswith("_:"):
        return False
    name = kg.label(node)
    if edges is None:
        edges = kg.neighbors(node, direction="in", limit=16)
    return bool(name) and any(
        not e.forward and e.neighbor != node and kg.label(e.neighbor) == name for e in edges
    )
