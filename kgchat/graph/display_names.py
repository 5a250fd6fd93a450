"""The display names of a compiled graph's terms: an entity's (its label, else its IRI's local
name, a literal's text or a blank node's anonymous name made readable) and a relation's (its
label, else a built-in phrase or its name made readable). Compile names by them (a table row by
its entity's name), and the graph, its export and the endpoint show them (as
``kgchat.graph.compile.entity_name`` / ``relation_phrase``, where they were first written).

Examples
--------
>>> import numpy as np
>>> from kgchat.graph.term_ids import IRI
>>> entity_name(["http://ex.org/Ada_Lovelace"], np.array([IRI]), {}, 0)
'Ada Lovelace'
>>> relation_phrase(["http://ex.org/birthPlace"], {}, 0)
'birth place'
"""

from __future__ import annotations

import numpy as np

from kgchat.graph.junctions import ANONYMOUS
from kgchat.graph.literal_terms import literal_text
from kgchat.graph.model_names import enumeration_value
from kgchat.graph.names import humanize_id, humanize_relation, local_name
from kgchat.graph.predicate_roles import builtin_phrase
from kgchat.graph.term_ids import BLANK, LITERAL

__all__ = ["entity_name", "key_name", "relation_phrase"]


def relation_phrase(keys: list[str], labels: dict[int, str], pid: int) -> str:
    """A predicate's phrase: its label, else its name made readable.

    >>> relation_phrase(["http://x.org/birthPlace"], {}, 0), relation_phrase(["p"], {0: "born"}, 0)
    ('birth place', 'born')
    """
    label = labels.get(pid)
    if label:
        return label
    builtin = builtin_phrase(keys[pid])
    return builtin[0] if builtin else humanize_relation(keys[pid])


def entity_name(keys: list[str], kinds: np.ndarray, labels: dict[int, str], i: int) -> str:
    """An entity's display name: its label, else its IRI's local name or its id made readable.

    >>> keys, kinds = ["http://x.org/Ada_Lovelace", '"12"'], np.array([0, LITERAL])
    >>> entity_name(keys, kinds, {}, 0), entity_name(keys, kinds, {}, 1)
    ('Ada Lovelace', '12')
    """
    label = labels.get(i)
    if label:
        return label
    key = keys[i]
    k = kinds[i]
    if k == LITERAL:
        return literal_text(key)
    if k == BLANK:
        return ANONYMOUS + key[2:] + ")"
    return key_name(key)


def key_name(key: str) -> str:
    """The name an IRI node without a label is shown by: an enumeration's value, else its
    local name (or its id) made readable. A node whose label is this and that has no alias
    has no name of its own (:meth:`~kgchat.retrieval.unnamed_nodes.UnnamedNodes.record_node`).

    >>> key_name("http://ex.org/relationship/proc-0004"), key_name("http://ex.org/MeatTopping")
    ('proc-0004', 'Meat topping')
    """
    value = enumeration_value(key)
    if value:
        return value
    return humanize_id(local_name(key) if "://" in key or key.startswith("urn:") else key)
