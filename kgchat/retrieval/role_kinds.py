"""What a classless node is by the relations at it: the generic kinds WordNet files its role
words under (:func:`_role_kinds`: the ``advisor`` of someone is a person), else those its
peers' role words give (:meth:`RoleKinds._peer_kinds`). :class:`RoleKinds` is a mixin of
:class:`~kgchat.retrieval.node_types.NodeTypes`, which reads them in a graph that states no
class at all.
"""

from __future__ import annotations

from typing import Any

from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.answer_type import WH_TYPE_WORDS
from kgchat.wordnet import wordnet

__all__ = ["RoleKinds"]

# the edges of a node, and of each of its neighbours, read for its peers' kinds (_peer_kinds)
_PEER_EDGES = 32


def _role_kinds(roles: tuple[str, ...]) -> tuple[str, ...]:
    """The generic kinds a wh-word asks for (a person, a location:
    :data:`~kgchat.retrieval.answer_type.WH_TYPE_WORDS`) that WordNet files a classless node's
    role words under, as a class's words are read
    (:meth:`~kgchat.retrieval.class_words.ClassWords._generic_kinds`):
    what the ``advisor`` of someone is, a graph of bare triples says only by that word, and a
    person it is, whatever the encoder finds near "person" (``nationality``: "people"). The
    commonest noun meaning of each word only (:meth:`kgchat.wordnet.WordNet.is_a`), and no
    collective kind; none without WordNet.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or (_role_kinds(("advisor",)), _role_kinds(("nationality",)))
    (('person',), ())
    """
    lexicon = wordnet()
    if lexicon is None:
        return ()
    return tuple(
        t
        for t in WH_TYPE_WORDS
        if t not in roles
        # a collective kind ("people", whose commonest meaning is a group: a ``nationality``
        # is one) is no reading of what one node is
        and lexicon.is_a(t, "group") < 0.5
        and any(w.isalpha() and lexicon.is_a(w, t) >= 0.5 for w in roles)
    )


class RoleKinds:
    """The kinds a classless node's peers' role words give (a mixin: the class using it reads
    edges and type words as :class:`~kgchat.retrieval.node_types.NodeTypes` does)."""

    type_edges: Any
    is_literal: Any
    answer_types: Any

    def _peer_kinds(self, node: str) -> tuple[str, ...]:
        """The kinds :func:`_role_kinds` gives the node's peers, for a classless node whose own
        role words give none: the nodes standing at the same end of one of its relations
        beside it (another subject of a relation with the same object, another object of it
        from the same subject, or its neighbour where that holds the relation the same way
        too). Things at one end of one relation are of one sort: Irène, whose only fact is her
        ``doctoral advisor`` Marie Curie, is a person as Marie is, Marie being both
        someone's advisor and an advisee herself. Read from the first :data:`_PEER_EDGES`
        edges of the node and of each neighbour (a busy neighbour's other links are many and
        say the same). Without this, a node some role makes a person outranks one no role
        reaches ("Who had X as doctoral advisor?" had answered X's own advisor)."""
        kinds: dict[str, None] = {}
        mine = [e for e in self.type_edges(node) if e.predicate != RDF_TYPE]
        for e in mine[:_PEER_EDGES]:
            if self.is_literal(e.neighbor):
                continue
            for f in self.type_edges(e.neighbor)[:_PEER_EDGES]:
                if f.predicate != e.predicate or f.neighbor == node:
                    continue
                # the neighbour holds the relation as the node does, or a co-member does
                peer = e.neighbor if f.forward == e.forward else f.neighbor
                if peer != node and not self.is_literal(peer):
                    kinds.update(dict.fromkeys(_role_kinds(self.answer_types(peer))))
        return tuple(kinds)
