"""Parts of documents named only by a segment that every document's part has: unnamed.

A publisher that mints the parts of a record inside the record's IRI (a nanopublication's
``<np#assertion>``, ``<np#provenance>`` and ``<np#pubinfo>`` graphs and its ``<np/sig>``
signature; a person's ``<person/7#address>``) gives every record's part the same last segment.
Named by that segment, hundreds of nodes read "assertion", each a match of any question saying
"asserted" and an answer that tells nothing; the segment names the kind of part, not the part,
as a key other records share does (:func:`kgchat.graph.record_ids._shared_names`). Such a part
is shown ``(anonymous <segment>)`` and walked through, as a junction is: "who asserted X?"
goes on from the claim's graph to whom its provenance attributes it.

Only a node with no name of its own (no label, no alias, not already a junction) whose last
segment is shared by two documents or more, each of them a node of the graph, is so unnamed:
a segment under one document only is that node's own name (a DBpedia ``dbr:Some_Band`` has no
document among the graph's nodes). The segment must be a word, not a number or a code with a
figure (``Department0/ResearchGroup2``: LUBM numbers each department's groups, and the number
tells them apart), and the part must lead on to something: a leaf is a link the graph gives as
a value, a web page answered by its address (DOAP's ``<github.com/x/issues>`` bug database).

Examples
--------
>>> keys = ["http://x/np1", "http://x/np1#assertion", "http://x/np2", "http://x/np2#assertion",
...         "http://x/onto#Gene"]
>>> labels = {0: "CFTR claim"}
>>> name_shared_parts(keys, np.ones(5, bool), np.ones(5, bool), labels, {})
[1, 3]
>>> labels[1]
'(anonymous assertion)'
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from kgchat.graph.junctions import anonymous_label
from kgchat.graph.names import local_name

__all__ = ["name_shared_parts"]

#: documents that must hold a part of the same last segment for it to be no name of its own
SHARED_BY = 2


def _split(key: str) -> tuple[str, str] | None:
    """An IRI's document and last segment (after ``#``, else after the last ``/``), or None."""
    if "://" not in key:
        return None
    for sep in ("#", "/"):
        head, found, tail = key.rpartition(sep)
        if found and tail and "://" in head and not head.endswith("/"):
            return head, tail
    return None


def name_shared_parts(
    keys: list[str],
    nodes: np.ndarray,
    leads: np.ndarray,
    labels: dict[int, str],
    aliases: dict[int, list[str]],
) -> list[int]:
    """Name each unnamed part of a document ``(anonymous <segment>)`` in ``labels`` (in
    place) where two documents or more, nodes of the graph, hold a part of that segment;
    return the parts so named.

    ``nodes``: per term, whether it is a node of the graph (an entity); ``leads``: whether a
    fact leads from it.
    """
    parts: dict[int, tuple[str, str]] = {}
    for i in np.flatnonzero(nodes & leads).tolist():
        if i in labels or aliases.get(i):
            continue
        split = _split(keys[i])
        if split is not None and split[1].isalpha() and local_name(keys[i]) == split[1]:
            parts[i] = split
    if not parts:
        return []
    heads = {head for head, _ in parts.values()}
    doc_of = {
        k: j for j, k in enumerate(keys) if k in heads and j < len(nodes) and nodes[j]
    }  # (one pass over the terms, only where unnamed parts exist)
    held = Counter(tail for head, tail in set(parts.values()) if head in doc_of)
    found = []
    for i, (head, tail) in parts.items():
        doc = doc_of.get(head)
        if doc is None or held[tail] < SHARED_BY or doc == i:
            continue
        labels[i] = anonymous_label(tail)
        found.append(i)
    return found
