"""What a node is, in words: its classes' words, the generic kinds WordNet files them under,
a value's kind, and the head words of the relations pointing at it; which of them a question's
paths are scored with. What a class's name says (its words, its head noun, the generic
kinds WordNet files it under) is read in :mod:`kgchat.retrieval.class_words`.
:class:`NodeTypes` is a mixin of
:class:`~kgchat.retrieval.reading.GraphReading` (and so of the retriever, which owns the
caches and empties them when the graph changes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kgchat.graph.capabilities import DeclaresRanges
from kgchat.graph.vocab import MEMBERSHIP, RDF_TYPE
from kgchat.retrieval.answer_type import GENERIC_KINDS, WH_TYPE_WORDS
from kgchat.retrieval.class_nodes import ClassNodes
from kgchat.retrieval.class_words import ClassWords
from kgchat.retrieval.inherited_kinds import InheritedKinds
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import where_done
from kgchat.retrieval.relation_roles import RelationRoles, schema_type
from kgchat.retrieval.role_kinds import RoleKinds, _role_kinds
from kgchat.retrieval.scoring import phrase_parts
from kgchat.retrieval.unnamed_nodes import UnnamedNodes
from kgchat.retrieval.values import address_kind, literal_kind, named_time
from kgchat.wordnet import wordnet

__all__ = ["NodeTypes", "schema_type"]

_WHERE = frozenset(("country", "city", "region", "located"))
# the most words the relations pointing at a node give it (its role words: they grow with the
# store); its classes' words are all kept
_ROLE_WORDS = 8


class NodeTypes(ClassNodes, ClassWords, InheritedKinds, RelationRoles, RoleKinds, UnnamedNodes):
    """Words saying what a node is (a mixin: the class using it sets ``kg`` and the caches
    below, and reads edges, literals and relation phrases as
    :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    kg: Any
    _types: dict[str, tuple[str, ...]]
    _own_cache: dict[str, tuple[str, ...]]
    _named_cache: dict[str, tuple[str, ...]]
    _kind_cache: dict[str, tuple[str, ...]]
    _where_cache: dict[str, tuple[str, ...]]
    _said_cache: dict[Any, tuple[tuple[str, ...] | None]]
    _classless: bool | None
    edges: Any
    type_edges: Any
    is_literal: Any
    phrase: Any

    def types_for(self, q: QuestionInfo) -> Callable[[str], tuple[str, ...]]:
        """Which words say what a node is, for scoring ``q``'s paths: :meth:`answer_types`
        (classes and the role words of every relation pointing at the node) where the
        question names its answer's type or asks none, and where it asks a type only by its
        wh-word ("who", "where"), the node's own kinds (:meth:`kinds_of`), the role words
        only for a node that has none. A role the answer takes in *another* fact is no
        reading of the path there: in "Who is the spouse of the director of X?" the director
        is someone's spouse, and that word must not cover the hop the question asks for."""
        if not q.answer_type:
            return self.answer_types
        if q.named_type:
            return self._named_types
        # the place something was done ("Where did X study?"): a thing that is somewhere
        # answers it
        return self._own_or_located if where_done(q) else self._own_or_roles

    def type_all(self, nodes: Iterable[str]) -> None:
        """Read every type word :meth:`types_for` may give of each of ``nodes`` into its
        cache now, as the walks read them when they first meet a node (the same words:
        each is a function of the graph alone)."""
        for node in nodes:
            self._named_types(node)  # answer_types too
            self._own_or_located(node)  # _own_or_roles and kinds_of too

    def type_words(self) -> list[str]:
        """Every word of the type words read so far (:meth:`type_all` reads a graph's), each
        once, in the order met."""
        seen: dict[str, None] = {}
        for cache in (
            self._types,
            self._named_cache,
            self._own_cache,
            self._where_cache,
            self._kind_cache,
        ):
            for words in cache.values():
                seen.update(dict.fromkeys(words))
        return list(seen)

    def _named_types(self, node: str) -> tuple[str, ...]:
        """:meth:`answer_types`, and for a node without a class, or with classes that say no
        more than a wh-word asks (CIDOC-CRM's E53 Place), the place WordNet knows its name as
        (:meth:`_named_kinds`): read where the question names the type it asks for
        ("which *country*"), where a city must not pass for its country. A wh-word alone
        ("who") is not matched against them: the encoder finds *city* and *people* a little
        alike, and a city named Austin took "Who runs X?" from the company's CEO."""
        found = self._named_cache.get(node)
        if found is None:
            found = self.answer_types(node)
            classes = self._classes(node)
            # a class that says no more than a wh-word asks (a Place) leaves the kind of
            # place to the name ("United Kingdom": a country)
            generic = all(set(self._class_words(c)) <= GENERIC_KINDS for c in classes)
            if not self.is_literal(node) and generic:
                found += tuple(w for w in self._named_kinds(node) if w not in found)
            self._named_cache[node] = self._keep_above(node, found)
        return found

    def _own_or_roles(self, node: str) -> tuple[str, ...]:
        """The node's own kinds (:meth:`kinds_of`), else its role words; and with its kinds,
        the role words that say no more than a wh-word asks: a room that is the ``location``
        of equipment is a place, whatever WordNet files a room under (a structure), so it may
        answer "Where is AHU-1?". Its other roles (someone's ``spouse``) stay out: they would
        cover a hop the question asks for."""
        found = self._own_cache.get(node)
        if found is None:
            found = self._head_kinds(node)
            if found:
                found += tuple(
                    w for w in self.answer_types(node) if w in GENERIC_KINDS and w not in found
                )
            else:
                found = self.answer_types(node)
                if self._bare_graph() and not self.is_literal(node):
                    kinds = _role_kinds(found) or self._peer_kinds(node)
                    found += tuple(w for w in kinds if w not in found)
            found = self._own_cache[node] = self._keep_above(node, found)
        return found

    def _bare_graph(self) -> bool:
        """Whether the graph states no class at all (no ``rdf:type`` fact): only there do the
        relations at a node say what it is (:func:`_role_kinds`). Where other nodes have
        classes, one without is something the graph chose not to type (a data provider, a
        ``NOASSERTION``), and a kind read from its roles would outrank its rivals' classes
        ("Who made The Kiss?": the Europeana Foundation, a ``provider``, over the sculptor,
        an ``Agent``)."""
        if self._classless is None:
            self._classless = RDF_TYPE not in self.kg.relations()
        return self._classless

    def _head_kinds(self, node: str) -> tuple[str, ...]:
        """:meth:`kinds_of` with each class said by its head noun alone (:meth:`_class_head`):
        what a wh-word asks of the node. A class name's other words say what its members are
        about, not what they are: the concepts of a scheme named "winner selection status"
        are statuses, no winners, and must not answer "who won X?"."""
        classes = self._classes(node)
        kinds = self._kinds_cached(node)
        if not classes:
            return kinds
        said = {w for cls in classes for w in self._class_words(cls)}
        heads = {w for cls in classes for w in self._class_head(cls)}
        return tuple(w for w in kinds if w not in said or w in heads)

    def _kinds_cached(self, node: str) -> tuple[str, ...]:
        found = self._kind_cache.get(node)
        if found is None:
            found = self._kind_cache[node] = self.kinds_of(node)
        return found

    def class_heads(self, node: str) -> tuple[str, ...]:
        """The head nouns of a node's classes, stated or as the relations at it declare them
        (an OWL class an ontology describes as an individual has none stated: the domain of
        its own relations says what it is): what kind of thing it is, a class's other words
        saying what its members are about."""
        return tuple(dict.fromkeys(h for c in self._classes(node) for h in self._class_head(c)))

    def kinds_of(self, node: str) -> tuple[str, ...]:
        """What a node is by itself: its classes' words and a value's kind, without the role
        words :meth:`answer_types` adds from the relations pointing at it (which say what
        *other* facts make of it: someone's ``spouse``)."""
        return self._own_kinds(node, self._classes(node))

    def _classes(self, node: str) -> list[str]:
        """A node's classes: its ``rdf:type`` ones and the SKOS concept schemes it is in (a
        code list is the class of its codes: "monthly" is one of the EU's *frequencies*),
        else, as RDFS entails, those the relations at it declare: the ``rdfs:range`` of those
        pointing at it, the ``rdfs:domain`` of its own (a university a LUBM graph points at
        by ``doctoralDegreeFrom`` but never describes is a ``University``, the property's
        range)."""
        edges = self.type_edges(node)
        classes = [e.neighbor for e in edges if e.forward and e.predicate in MEMBERSHIP]
        declared = self.kg.range if isinstance(self.kg, DeclaresRanges) else None
        if classes or declared is None or self.is_literal(node):
            return classes
        found: dict[str, None] = {}
        for p, forward in dict.fromkeys((e.predicate, e.forward) for e in edges):
            if p != RDF_TYPE:
                found.update(dict.fromkeys(self.kg.domain(p) if forward else declared(p)))
        return list(found)

    def _own_or_located(self, node: str) -> tuple[str, ...]:
        """:meth:`_own_or_roles`, and "located" for a node whose place the graph states by a
        relation named for a kind of place alone (``country``, ``located in``; not the rooms
        of ``has location``): it is somewhere, and may answer "where" ("Where did Einstein
        study?": ETH Zurich, in Switzerland, where the walk had gone on to Switzerland at
        1.0)."""
        found = self._where_cache.get(node)
        if found is None:
            located = ("located",) if self._states_place(node) else ()
            found = self._where_cache[node] = self._keep_above(
                node, self._own_or_roles(node) + located
            )
        return found

    def _states_place(self, node: str) -> bool:
        if self.is_literal(node):
            return False
        for e in self.type_edges(node):
            if e.forward and e.predicate != RDF_TYPE:
                words = phrase_parts(self.phrase(e.predicate))[0]
                if words and _WHERE.issuperset(words):
                    return True
        return False

    def _own_kinds(self, node: str, classes: list[str]) -> tuple[str, ...]:
        """The words of ``classes`` (the node's) and, for a value, what its datatype or form
        says it is (a number, a date), without repeats; a node without a class that is named
        by a date or a year is a time (a CIDOC-CRM time-span labelled "1832")."""
        words = [w for cls in classes for w in self._member_words(cls)]
        # an instance of a class is one of its superclasses too (InheritedKinds)
        above, stated = self._superclasses(classes, node)
        words += [w for cls in above for w in self._member_words(cls)]
        own = self._agreed_kinds(classes, above)
        if self.is_literal(node):
            # a text an address holds: the kinds of the place it names (held_text)
            own += literal_kind(node) or (self._named_kinds(node) if self.held_text(node) else ())
        else:
            own += address_kind(node)
            if not classes:
                own += named_time(self.kg.label(node))
        self._note_above(node, classes, above, stated, own)
        return tuple(dict.fromkeys(words + own))

    def held_text(self, node: str) -> bool:
        """Whether ``node`` is a text (no number, no date) that only unnamed structured values
        hold: schema.org's ``PostalAddress`` gives its locality and country as strings
        ("Leipzig"), each the name of a place it refers to, whose kinds (:meth:`_named_kinds`)
        are then its own (:meth:`kinds_of`), as they are of a node named so. A text an entity
        holds itself (its code "ME", another name of it) is about that entity, and names
        nothing."""
        if not self.is_literal(node) or literal_kind(node):
            return False
        holders = [e.neighbor for e in self.type_edges(node) if not e.forward]
        return bool(holders) and all(map(self.anonymous, holders))

    def placed_kinds(self, node: str) -> tuple[str, ...]:
        """The place WordNet knows a node's name as (:meth:`_named_kinds`: "Portugal" a
        country) where none of the node's own kinds (:meth:`kinds_of`) is a kind of place (a
        code list's concept "NUTS 2021"); none otherwise: a class that says what kind of
        place a node is decides (a ``City`` named "Luxembourg" is no country), one that says
        nothing of place leaves it to the name, as :meth:`_named_types` does for a class no
        more than a wh-word asks."""
        lexicon = wordnet()
        if lexicon is None or self.is_literal(node):
            return ()
        if any(lexicon.is_a(w, "location") for w in self.kinds_of(node)):
            return ()
        return self._named_kinds(node)

    def _named_kinds(self, node: str) -> tuple[str, ...]:
        """For a node without a class: what WordNet files its name under as a proper noun
        (:meth:`kgchat.wordnet.WordNet.instance_kinds`: "Italy" a country, "Turin" a city),
        and the generic kinds a wh-word asks for those are (a city is a location). A graph
        of bare triples says what a node is only through the relations pointing at it
        (``place of birth``: a place), which cannot tell a city from its country."""
        lexicon = wordnet()
        if lexicon is None:
            return ()
        name = self.kg.label(node)
        heads = lexicon.instance_kinds(name, places=True)
        if not heads:
            return ()
        kinds = [
            t for t in WH_TYPE_WORDS if t not in heads and lexicon.name_is_a(name, t, places=True)
        ]
        return (*heads, *kinds)

    def answer_types(self, node: str) -> tuple[str, ...]:
        """Words saying what a node is: its classes' labels and the head words of the relations
        that point at it (``plays in club`` -> ``club``)."""
        t = self._types.get(node)
        if t is None:
            words: list[str] = []
            classes = self._classes(node)
            leads: dict[str, set[str]] = {}
            pointing: dict[str, None] = {}  # the relations at it
            # one edge list (of a remote view, a sketch: one in-edge a predicate) for all
            for e in self.type_edges(node):
                if e.forward:
                    if e.predicate != RDF_TYPE:
                        lead = self._lead(e.predicate)
                        if lead:
                            leads.setdefault(lead, set()).add(e.predicate)
                    continue
                pointing[e.predicate] = None
            # in the relations' own order: their subjects' order says nothing of what the node
            # is, and a store reads which relations point at a node by an index seek a
            # relation, not by a scan of the subjects pointing at it (a date, a rating, a
            # city many were born in: in-edges that grow with the store)
            # a node the graph files under things only (a Production event, the object of
            # CIDOC-CRM's ``was produced by``) is no doer: a passive's agent noun is read
            # back as its participle there
            thing = bool(classes) and self._filed_as_thing(classes)
            for p in sorted(pointing):
                head = (thing and self._participle(p)) or self.relation_head(p)
                for w in (head, self.valued(p)):
                    if w and w not in words:
                        words.append(w)
            # the role words grow with the store (every relation pointing at a hub), and are
            # cut; the node's own classes are what it is, and all are read: which of them
            # comes first is only the order of their keys (DBpedia's YAGO classes sort
            # before its ontology's ``Company``), and any one may be the kind a question asks
            words = words[:_ROLE_WORDS]
            # its classes, and a value's datatype or form: a number, a date
            words += [w for w in self._own_kinds(node, classes) if w not in words]
            # properties named after their subject's kind (``countryAreaTotal`` of a
            # country) say what the node is, after its classes
            words += [w for w in sorted(leads, key=lambda w: -len(leads[w])) if w not in words][:4]
            t = self._types[node] = self._keep_above(node, tuple(words))
        return t

    def _said_types(self, types: tuple[str, ...], pattern: Any) -> tuple[str, ...] | None:
        """The words of ``types`` (a node's, :meth:`answer_types`) that may say question words
        for a path of ``pattern`` reaching it: all but the role words other relations give
        it (the heads of relations pointing at it, :meth:`_head`), the role its own last hop
        gives kept. "Who is the spouse of the person who wrote X?": the author is someone's
        ``spouse`` by a fact off the path, which must not say the hop the question asks for;
        it still says what the node is ("which *spouse*", the type match). None where no
        word is left out."""
        last, forward = pattern[-1] if pattern else ("", False)
        own = self.relation_head(last) if forward and last else ""
        key = (types, own)
        found = self._said_cache.get(key)
        if found is None:
            roles, above = self._role_heads(), self._inherited(types)
            kept = tuple(w for w in types if (w not in roles or w == own) and w not in above)
            found = self._said_cache[key] = (kept if len(kept) < len(types) else None,)
        return found[0]
