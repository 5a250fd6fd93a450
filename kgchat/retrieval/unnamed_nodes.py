"""Nodes that name no answer of their own: blank nodes, statement nodes, a relation stated as
a node and named after its members, a node named after its owner, and the classes whose
instances are all such nodes. :class:`UnnamedNodes` is a mixin of
:class:`~kgchat.retrieval.node_types.NodeTypes` (and so of the retriever, which owns the
caches and empties them when the graph changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kgchat.graph.borrowed_names import named_as_holder
from kgchat.graph.coded_iris import minted_id
from kgchat.graph.compile import ANONYMOUS
from kgchat.graph.display_names import key_name
from kgchat.graph.record_ids import coded_id
from kgchat.graph.vocab import RDF_TYPE
from kgchat.text import tokens

__all__ = ["UnnamedNodes"]


class UnnamedNodes:
    """Whether a node names an answer (a mixin: the class using it sets ``kg`` and the
    caches below, and reads edges and literals as
    :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    kg: Any
    _anon: dict[str, bool]
    _nameless: dict[str, bool]
    _unnamed_cls: dict[str, bool]
    _record_cls: dict[str, bool]
    _members: Any
    edges: Any
    type_edges: Any
    is_literal: Any

    def anonymous(self, node: str) -> bool:
        """A node with no name of its own, a blank node (``[ schema:streetAddress ... ]``)
        or a Wikidata statement (:mod:`kgchat.graph.wikibase`): walked through, but no
        answer to give anyone ("(anonymous s0_b0)"); its named parts are. Kept per node
        and graph version: the walk asks it of the first node of every pattern it grows."""
        found = self._anon.get(node)
        if found is None:
            label = self.kg.label(node)
            found = (
                label.startswith(ANONYMOUS)
                or self._names_its_parts(node, label)
                or self._echoes_its_holder(node, label)
            )
            self._anon[node] = found
        return found

    def nameless(self, node: str) -> bool:
        """A node with no name at all: a blank node, or one its publisher keyed like one
        (``(anonymous ...)``); not one named after its members or its holder, which
        :meth:`anonymous` also counts (a drug interaction ``DB00001_DB00945`` joins its two
        drugs). The walk does not turn back through one that many hold
        (:mod:`~kgchat.retrieval.walk`). Kept per node and graph version, as
        :meth:`anonymous` is: the walk asks it of every node it reaches forwards by a relation
        that three or more things hold, and a label is made afresh each time it is read (a
        name without a label is read from its IRI: ~3% of a geopolitical question's CPU).

        >>> from kgchat import KnowledgeGraph
        >>> from kgchat.retrieval.retriever import Retriever
        >>> r = Retriever(KnowledgeGraph.from_triples([("Inn", "rating", "_:b1"),
        ...                                            ("_:b1", "rating value", '"3"')]))
        >>> r.nameless("_:b1"), r.nameless("Inn")
        (True, False)
        """
        found = self._nameless.get(node)
        if found is None:
            found = self._nameless[node] = self.kg.label(node).startswith(ANONYMOUS)
        return found

    def classifies(self, node: str, cls: str, said: Sequence[str] = ()) -> bool:
        """Whether ``cls``, a class of the unnamed ``node``, sorts it among its kind: another
        class of the node has more instances (a blank orbit node ``a :Orbit, :geo``, its
        publisher's orbit-class code read as a class: "What orbit is X in?" asks the
        geostationary one, not "Orbit", which every orbit node is). The class every such node
        has says only what sort of thing it is (a ``Rating``), and answers nothing; nor does
        one the question's tokens ``said`` name ("What is the *EIDR* of X?" of a blank
        identifier node typed by its scheme EIDR: the name picks the node, its value is
        asked)."""
        name = tokens(self.kg.label(cls))
        n = len(name)
        if n and any(list(said[i : i + n]) == name for i in range(len(said) - n + 1)):
            return False
        own = self._members(cls)
        return any(
            len(self._members(e.neighbor)) > len(own)
            for e in self.type_edges(node)
            if e.forward and e.predicate == RDF_TYPE and e.neighbor != cls
        )

    def _echoes_its_holder(self, node: str, label: str) -> bool:
        """:func:`~kgchat.graph.borrowed_names.named_as_holder`: a part named as its whole names
        nothing of its own, walked through as a junction, no answer ("when was kafka 3.6.0
        released" is no question of "Apache Kafka")."""
        # (only a blank node can be one: its edges are read for those alone, not for every
        # node of a pattern, which over a remote store read the whole in-edges of each)
        return (
            bool(label)
            and node.startswith("_:")
            and named_as_holder(self.kg, node, self.edges(node))
        )

    def _names_its_parts(self, node: str, label: str) -> bool:
        """Whether a named node is a relation between others stated as a node, and named
        after them: facts lead to it from two named nodes or more whose names its own name
        holds, and none leads from it to another node but its class (Bio2RDF's
        ``drugbank_resource:DB00682_DB00945``, "DDI between Warfarin and Acetylsalicylic
        acid", which both drugs are ``ddi-interactor-in``). Like a blank node between
        them, it is walked through ("What interacts with warfarin?") and no answer."""
        if len(label) < 8 or self.is_literal(node):
            return False
        # What the node is (its out-edges, and whether anything points at it) answers for
        # most nodes: a relation to another node, or nothing leading to it, makes it no such
        # node. Only the rest have their in-edges and those neighbours' names read: over a
        # remote store ``edges`` reads a node whole, in-edges and all, where its kinds were
        # read by probes or a sketch (a hub read for what it is).
        kinds = self.type_edges(node)
        if all(e.forward for e in kinds) or any(
            e.forward and e.predicate != RDF_TYPE and not self.is_literal(e.neighbor) for e in kinds
        ):
            return False
        text = label.casefold()
        parts = set()
        for e in self.edges(node):
            if e.forward:
                if e.predicate != RDF_TYPE and not self.is_literal(e.neighbor):
                    return False
            elif e.neighbor not in parts:
                name = self.kg.label(e.neighbor).casefold()
                if len(name) >= 3 and name != text and name in text:
                    parts.add(e.neighbor)
        return len(parts) >= 2

    def named_after(self, owner: str, node: str) -> bool:
        """Whether ``node`` is named by ``owner``'s whole name, alone or with more words: the
        Nobel Prize data's award "Albert Einstein, Physics 1921" of Albert Einstein, a
        membership "Ann Lee at Acme". Such a node stands for one of its owner's relations (an n-ary
        relation's node, named where a junction is left unnamed), and a walk through it says
        that relation by its hop in or its hop out, as through a junction.

        >>> from kgchat.graph import KnowledgeGraph
        >>> from kgchat.pipeline import make_retriever
        >>> L = "http://www.w3.org/2000/01/rdf-schema#label"
        >>> kg = KnowledgeGraph.from_triples([("ae", "award", "aw"), ("aw", "year", '"1921"'),
        ...     ("ae", L, '"Albert Einstein"'), ("aw", L, '"Albert Einstein, 1921"')])
        >>> r = make_retriever(kg, index_dir=None, scorer=None)
        >>> r.named_after("ae", "aw"), r.named_after("aw", "ae")
        (True, False)
        """
        own, name = tokens(self.kg.label(owner)), tokens(self.kg.label(node))
        n = len(own)
        if not n or len(name) < n or self.anonymous(owner):
            return False
        # (the whole name alone: another form of the owner, as BIBFRAME's instance, an
        # edition, bears its work's title)
        return any(name[i : i + n] == own for i in range(len(name) - n + 1))

    def held_alone(self, owner: str, node: str, step: tuple[str, bool]) -> bool:
        """Whether ``node``, reached from ``owner`` by ``step`` (a predicate, walked forwards),
        is held by ``owner`` alone: no other node reaches it over that predicate (a dataset's
        ``distribution``, a contract's ``line item``). Such a node is a part of its
        owner, not a thing a question names: a walk through it says one relation of the
        owner by its hop in or its hop out, as through a junction ("In which *formats* can I
        download X?" over X's distribution to its format). A thing others hold too (a
        country many people are born in, a director of several films) is no part.

        >>> from kgchat.graph import KnowledgeGraph
        >>> from kgchat.pipeline import make_retriever
        >>> kg = KnowledgeGraph.from_triples([("d1", "distribution", "f1"),
        ...     ("d1", "publisher", "o"), ("d2", "publisher", "o")])
        >>> r = make_retriever(kg, index_dir=None, scorer=None)
        >>> r.held_alone("d1", "f1", ("distribution", True))
        True
        >>> r.held_alone("d1", "o", ("publisher", True))
        False
        """
        predicate, forward = step
        if not forward:
            # walked backwards, any value of a functional relation has one holder: an
            # encounter's one subject makes it no part of the patient, who has many
            return False
        holders = {
            e.neighbor for e in self.edges(node) if e.predicate == predicate and not e.forward
        }
        return holders == {owner}

    def record_node(self, node: str) -> bool:
        """Whether ``node`` is a record the graph keeps of a relation between things it
        names: it has no name of its own (:meth:`_own_name`) and its identifier is a code
        (:func:`~kgchat.graph.record_ids.coded_id`), no instance of any class of it has a name
        (:meth:`_record_class`), and it leads to two nodes or more that have names of their
        own. A STIX ``Relationship`` ``relationship/proc-0004`` (an intrusion set ``uses`` a
        technique, during a campaign), an SPDX assessment ``#SPDXRef-CVSS-10`` (of a
        vulnerability, for a package, with its severity), a lab's classification
        ``SCV009000407`` (of a variant, with its significance). Compile keeps such a node an
        answer (a record keyed by a code of its own may be asked about by it:
        :mod:`kgchat.graph.junctions`); a question that passes through it to another answer
        names it no more than it would a blank node in its place, and says the relation it
        records by the walk's hop in or hop out
        (:meth:`~kgchat.retrieval.middle_hops.MiddleHops._middles_said`). In a graph that
        names nothing of the kind around it (a bare triple file's ``AssociateProfessor2``
        among other unnamed nodes) the identifier is the name, and the node is none.

        >>> from kgchat.graph import KnowledgeGraph
        >>> from kgchat.pipeline import make_retriever
        >>> L, T = "http://www.w3.org/2000/01/rdf-schema#label", "http://x/Rel"
        >>> A = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
        >>> kg = KnowledgeGraph.from_triples([("http://x/r-1", A, T), ("http://x/r-2", A, T),
        ...     ("http://x/r-1", "http://x/source", "http://x/g"),
        ...     ("http://x/r-1", "http://x/campaign", "http://x/c"),
        ...     ("http://x/g", L, '"APT29"'), ("http://x/c", L, '"SolarWinds"')])
        >>> r = make_retriever(kg, index_dir=None, scorer=None)
        >>> r.record_node("http://x/r-1"), r.record_node("http://x/r-2")
        (True, False)
        """
        if self.is_literal(node) or not coded_id(node) or self._own_name(node):
            return False
        kinds = [e.neighbor for e in self.type_edges(node) if e.forward and e.predicate == RDF_TYPE]
        if not kinds:
            # no class to tell its records by: a key an id generator minted (a document
            # store's ObjectId, a UUID) is still no name anyone gave it, as a code may be
            if not minted_id(node):
                return False
        elif not all(map(self._record_class, kinds)):
            return False
        named = {
            e.neighbor
            for e in self.edges(node)
            if e.forward
            and e.predicate != RDF_TYPE
            and not self.is_literal(e.neighbor)
            and self._own_name(e.neighbor)
        }
        return len(named) >= 2

    def _own_name(self, node: str) -> bool:
        """Whether ``node`` has a name of its own: a label that is not the one its IRI gives
        (:func:`~kgchat.graph.display_names.key_name`) and is no unnamed node's, or an alias."""
        label = self.kg.label(node)
        if label.startswith(ANONYMOUS):
            return False
        return label != key_name(node) or bool(self.kg.aliases(node))

    def _record_class(self, cls: str) -> bool:
        """Whether ``cls`` has two instances or more and none with a name of its own (a
        STIX ``Relationship``): a kind of node the graph keeps as records and never names."""
        found = self._record_cls.get(cls)
        if found is None:
            members = self._instances(cls)
            found = len(members) >= 2 and not any(map(self._own_name, members))
            self._record_cls[cls] = found
        return found

    def _instances(self, cls: str) -> list[str]:
        """The nodes typed ``cls`` (its ``rdf:type`` edges walked back), as the walk reads them."""
        return [
            e.neighbor for e in self.type_edges(cls) if e.predicate == RDF_TYPE and not e.forward
        ]

    def _of_unnamed(self, cls: str) -> bool:
        """Whether a class has instances and every one of them seen (the edges the walk
        reads) is an unnamed node: schema.org's ``Rating``, ``QuantitativeValue``,
        ``PriceSpecification`` or ``PostalAddress`` blank nodes, which hold a thing's value
        and never name an answer. Such a class says nothing of what a question asks for:
        "What *rating* did X give Y?" asks the rating node's value, no Rating."""
        found = self._unnamed_cls.get(cls)
        if found is None:
            members = self._instances(cls)
            found = self._unnamed_cls[cls] = bool(members) and all(map(self.anonymous, members))
        return found
