"""Which of the entities sharing a part of their names that part picks out: a part many names
share names none of them (NameTable's ``partial_max``), save where the names are a whole's and
its parts', named after it.

Two kinds of part are named as their whole: a blank node bearing its holder's very name (an ASF
DOAP file names each release "Apache Kafka", :func:`~kgchat.graph.borrowed_names.named_as_holder`),
and parts whose names add a number or a word to their whole's distinctive word (a registry names
a plant's units "Gravelines 1" to "Gravelines 6" beside "Gravelines Nuclear Power Station";
"Heathrow Terminal 5" of "London Heathrow Airport"). The word alone says the whole: a part needs
its own number said.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kgchat.graph.borrowed_names import named_as_holder
from kgchat.graph.vocab import HIERARCHY, MEMBERSHIP
from kgchat.name_keys import not_named_after
from kgchat.wordnet import wordnet

if TYPE_CHECKING:
    from kgchat.graph.core import KnowledgeGraph

__all__ = ["common_words", "whole_of_parts", "wholes"]

# a node is typed by its class, listed in its scheme: none of them its whole
_NOT_HOLDING = frozenset((*HIERARCHY, *MEMBERSHIP))


def wholes(
    kg: KnowledgeGraph,
    nodes: list[str],
    part: str = "",
    names: Mapping[str, Sequence[Sequence[str]]] | None = None,
) -> list[str]:
    """``nodes`` less those named as a node that holds them (:func:`named_as_holder`), and
    where the ``part`` of their names they share is no common word (:func:`common_words`),
    less those named after another of them by their ``names`` (node -> names as word lists,
    :func:`~kgchat.name_keys.not_named_after`: "Sicilian Defence: Najdorf Variation" of
    "Sicilian Defence"), and of the rest their one whole where the others are its parts
    (:func:`whole_of_parts`). A kind's word says what the names are, not which ("language" of
    "Sign Language" and "American Sign Language", a family and its members), where a whole's
    own name ("Gravelines", "Sicilian") says it."""
    from kgchat.graph.core import KnowledgeGraph

    common = common_words(part)  # (a kind's word names no one thing, nor one a name is after)
    nodes = not_named_after(nodes, names) if names and not common else nodes
    kept = [node for node in nodes if not named_as_holder(kg, node)]
    # (a graph in memory only: over an endpoint each node's edges are a request, and a name
    # table asks this of every part many names share)
    held = isinstance(kg, KnowledgeGraph) and not common
    whole = whole_of_parts(kg, kept) if held else None
    return [whole] if whole else kept


def common_words(text: str) -> bool:
    """Whether every word of ``text`` is a common word of WordNet: a lemma some synset writes
    in lower case ("language", "station"; not "Pembroke", a name, nor "Gravelines", which
    WordNet lacks). False for no words, or without WordNet.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or (common_words("power station"), common_words("Pembroke"))
    (True, False)
    """
    lexicon = wordnet()
    words = text.lower().split()
    return (
        lexicon is not None
        and bool(words)
        and all(
            any(
                lemma in lexicon.synset(pos, offset).words
                for lemma, pos in lexicon.base_forms(w)
                for offset in lexicon.offsets(lemma, pos)
            )
            for w in words
        )
    )


def whole_of_parts(kg: KnowledgeGraph, nodes: list[str]) -> str | None:
    """The one of ``nodes`` that each other is a fact away from, or None (fewer than two
    nodes, no such node, or more than one). A class its instances are typed by is no whole
    of them, nor a concept scheme of its concepts (:data:`~kgchat.graph.vocab.MEMBERSHIP`).

    >>> from kgchat import KnowledgeGraph
    >>> kg = KnowledgeGraph()
    >>> for u in ("u1", "u2", "u3"):
    ...     kg.add(f"http://ex.org/{u}", "http://ex.org/partOf", "http://ex.org/p")
    >>> whole_of_parts(kg, ["http://ex.org/u1", "http://ex.org/p", "http://ex.org/u2"])
    'http://ex.org/p'
    >>> whole_of_parts(kg, ["http://ex.org/u1", "http://ex.org/u2"]) is None
    True
    """
    if len(nodes) < 2:
        return None
    # the least connected first: the whole's candidates are few, and a node of many facts is
    # read last, or not at all where it is the one candidate left
    order = sorted(nodes, key=kg.degree)
    common = set(nodes)
    for n in order:
        if common == {n}:
            continue  # (n's own facts are no matter: it is the candidate left)
        near = {e.neighbor for e in kg.neighbors(n) if e.predicate not in _NOT_HOLDING}
        common &= near | {n}
        if not common:
            return None
    return common.pop() if len(common) == 1 else None
