"""What gets embedded: one short text per entity, and a phrase per relation direction.

An entity's text puts the label first, then the other names and the type labels (and the
description, truncated, when asked), so that a sentence encoder sees a name with its context and
a mention of any alias lands near it. Each text has a :func:`text_hash`; a saved index keeps
them, so an entity whose label changed is noticed and embedded again.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> from kgchat.graph.vocab import RDF_TYPE, SKOS
>>> kg = KnowledgeGraph.from_triples([
...     ("aspirin", "treats", "headache"),
...     ("aspirin", RDF_TYPE, "drug"),
...     ("aspirin", SKOS + "altLabel", '"ASA"'),
... ])
>>> entity_text(kg, "aspirin", ("label", "aliases", "types"))
'aspirin; also: ASA; type: drug'
>>> relation_texts(kg)[("treats", False)]
'treats (inverse)'
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["FIELDS", "entity_text", "relation_texts", "text_hash"]

FIELDS = ("label", "aliases", "types", "description")
"""The parts of an entity that :func:`entity_text` can put in its text."""

MAX_ALIASES = 16  # a name with hundreds of synonyms (Wikidata) would drown the label
MAX_DESCRIPTION = 200


def entity_text(kg: KnowledgeGraph, node: str, fields: Sequence[str] = FIELDS[:3]) -> str:
    """The text embedded for ``node``: ``"label; also: a, b; type: t; description"``.

    Parameters
    ----------
    kg : KnowledgeGraph
    node : str
        An entity of ``kg``.
    fields : sequence of str, default ("label", "aliases", "types")
        Which of :data:`FIELDS` to include, always in that order; empty parts are left out. At
        most 16 aliases are kept, and the description is cut to about 200 characters.

    Examples
    --------
    >>> from kgchat.graph import KnowledgeGraph
    >>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    >>> kg = KnowledgeGraph.from_triples([("Aspirin", T, "Drug"), ("Aspirin", "treats", "Pain")])
    >>> entity_text(kg, "Aspirin")
    'Aspirin; type: Drug'
    """
    label = kg.label(node)
    parts = [label] if "label" in fields else []
    if "aliases" in fields:
        names = [a for a in dict.fromkeys(kg.aliases(node)) if a != label]
        if names:
            parts.append("also: " + ", ".join(names[:MAX_ALIASES]))
    if "types" in fields:
        types = [kg.label(t) for t in kg.types(node)]
        if types:
            parts.append("type: " + ", ".join(dict.fromkeys(types)))
    if "description" in fields:
        text = " ".join((kg.description(node) or "").split())
        if len(text) > MAX_DESCRIPTION:
            text = text[:MAX_DESCRIPTION].rsplit(" ", 1)[0] + "…"
        if text:
            parts.append(text)
    return "; ".join(parts)


def relation_texts(kg: KnowledgeGraph) -> dict[tuple[str, bool], str]:
    """The phrase of each relation direction, keyed ``(predicate, forward)``.

    ``forward=True`` reads subject to object (``"treats"``); ``False`` reads object to subject
    (the ``owl:inverseOf`` label when declared, else ``"treats (inverse)"``).

    Examples
    --------
    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Pain")])
    >>> relation_texts(kg)
    {('treats', True): 'treats', ('treats', False): 'treats (inverse)'}
    """
    out: dict[tuple[str, bool], str] = {}
    for p in kg.relations():
        out[(p, True)] = kg.relation_label(p)
        out[(p, False)] = kg.relation_label(p, inverse=True)
    return out


def text_hash(text: str) -> str:
    """A short content digest of a text, stored per entity to notice changed texts.

    >>> text_hash("aspirin")
    'b99926e4bafbf8cb'
    """
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
