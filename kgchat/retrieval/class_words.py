"""The words of a class's name that say what its instances are: its content words
(:meth:`ClassWords._class_words`; a code such as CIDOC-CRM's "E53" names no kind), its head
noun ("retail *companies* of Netherlands"), and the generic kinds WordNet files it under (a
``Songwriter`` is a person). :class:`ClassWords` is a mixin of
:class:`~kgchat.retrieval.node_types.NodeTypes` (and so of the retriever, which owns the
caches and empties them when the graph changes).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.pipeline import make_retriever
>>> L = "http://www.w3.org/2000/01/rdf-schema#label"
>>> kg = KnowledgeGraph.from_triples([("c1", L, '"retail companies of Netherlands"'),
...                                   ("c2", L, '"E53 Place"'), ("c3", L, '"Songwriter"')])
>>> r = make_retriever(kg, index_dir=None, scorer=None)
>>> r._class_words("c1"), r._class_head("c1")
(('retail', 'companies', 'netherlands'), ('companies',))
>>> r._class_words("c2")
('place',)
>>> r._generic_kinds("c3") in ((), ("person",))  # () without WordNet installed
True
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from kgchat.function_words import PREPOSITIONS
from kgchat.graph.vocab import MEMBERSHIP, RDFS_SUBCLASS
from kgchat.retrieval.answer_type import GENERIC_KINDS, WH_TYPE_WORDS
from kgchat.text import STOPWORDS, stem, tokens
from kgchat.wordnet import wordnet

__all__ = ["ClassWords", "coded"]

# a word that is a code of letters and digits (``e53`` of "E53 Place"), no kind
_CODE = re.compile(r"[a-z]{1,3}\d+[a-z]?")
# the kinds a wh-word asks for that are people ("who")
_PERSON = frozenset(("person", "people"))
# the members of a class, and the edges of each, read for their neighbours' classes
# (ClassWords._near_heads)
_NEAR_EDGES = 32
_KIN_MEMBERS = 200  # members of a class named by a code read for their other classes
_WORD = 4  # letters of the shortest word that names a kind in a class's name, codes aside


def coded(name: str) -> bool:
    """Whether a class's name is a code: a word of it holds a digit, and none of its words
    holds :data:`_WORD` letters or more ("SIO 010035", "Q5"; not "E53 Place", nor YAGO's
    "Company108058098", a word with its WordNet offset).

    >>> coded("SIO 010035"), coded("Q5"), coded("E53 Place"), coded("Company108058098")
    (True, True, False, False)
    """
    words = tokens(name)
    return any(ch.isdigit() for w in words for ch in w) and all(
        sum(ch.isalpha() for ch in w) < _WORD for w in words
    )


class ClassWords:
    """What a class's name says its instances are (a mixin: the class using it sets ``kg``
    and the caches below, and reads edges and literals as
    :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    kg: Any
    _cls_words: dict[str, tuple[str, ...]]
    _kin: dict[str, tuple[str, ...]]
    _generic: dict[str, tuple[str, ...]]
    type_edges: Any
    edges: Any
    is_literal: Any
    _classes: Any
    _near_heads_cache: dict[str, frozenset[str]]

    def _class_words(self, cls: str) -> tuple[str, ...]:
        w = self._cls_words.get(cls)
        if w is None:
            kin = self._code_kin(cls)
            # a code of letters and digits names no kind (CIDOC-CRM's "E53 Place"); a class
            # named by a code alone is said by the classes its members carry besides
            w = self._cls_words[cls] = tuple(
                dict.fromkeys(
                    (x for k in kin for x in self._class_words(k))
                    if kin
                    else (
                        x
                        for x in tokens(self.kg.label(cls))
                        if x not in STOPWORDS and not _CODE.fullmatch(x)
                    )
                )
            )
        return w

    def _code_kin(self, cls: str) -> tuple[str, ...]:
        """The classes named by words that the members of ``cls``, a class named by a code
        (:func:`coded`: "SIO 010035"), carry besides: each one that every member carrying
        any such class carries, two of them at least (of the first :data:`_KIN_MEMBERS`). A
        graph that types some of its genes ``biolink:Gene`` and all of them ``SIO_010035``
        names the code's kind by the word: the genes typed by the code alone are genes too;
        Wikidata's organization code, whose members are companies and universities, is no
        company. () for a class named by words."""
        found = self._kin.get(cls)
        if found is not None:
            return found
        kin: tuple[str, ...] = ()
        if coded(self.kg.label(cls)):
            members = [
                e.neighbor for e in self.edges(cls) if e.predicate in MEMBERSHIP and not e.forward
            ]
            counts: Counter[str] = Counter()
            carrying = 0
            for node in members[:_KIN_MEMBERS]:
                if self.is_literal(node):
                    continue
                worded = {k for k in self._classes(node) if not coded(self.kg.label(k))}
                carrying += bool(worded)
                counts.update(worded)
            # sorted: a set's order (the string hashes of the process) must not order words
            kin = tuple(sorted(k for k, n in counts.items() if n >= 2 and n == carrying))
        self._kin[cls] = kin
        return kin

    def _member_words(self, cls: str) -> tuple[str, ...]:
        """The words of ``cls`` (:meth:`_class_words`) that say what its members are: less a
        word before the name's head that names the kind of the things the graph's facts tie
        its members to (:meth:`_near_heads`, :func:`_names_one_of`). Such a modifier says what
        the members deal with: a *shipping* company manages ships (stemmed, "Which Frontline
        *ships* ...?" had answered ship managers), a *building* meter measures a building;
        "Air *Handling* Unit" keeps its word, nothing near its members being a handle."""
        words = self._class_words(cls)
        head = self._class_head(cls)
        if len(words) < 2 or all(w in head for w in words):
            return words
        near = self._near_heads(cls)
        # a modifier that is, in some meaning, a kind of the head says what the members are
        # (a "workshop event" is a workshop, whatever events it is part of)
        own = frozenset(head)
        return tuple(
            w for w in words if w in head or not _names_one_of(w, near) or _names_one_of(w, own)
        )

    def _near_heads(self, cls: str) -> frozenset[str]:
        """The head nouns of the classes (other than ``cls``) of the things ``cls``'s members
        are tied to: the neighbours met on the first :data:`_NEAR_EDGES` edges (no class
        memberships) of each of its first :data:`_NEAR_EDGES` members; none that says no more
        than a wh-word asks (a person, a place)."""
        found = self._near_heads_cache.get(cls)
        if found is None:
            near: set[str] = set()
            members = [
                e.neighbor for e in self.edges(cls) if e.predicate in MEMBERSHIP and not e.forward
            ]
            for node in members[:_NEAR_EDGES]:
                edges = [e for e in self.edges(node) if e.predicate not in MEMBERSHIP]
                for e in edges[:_NEAR_EDGES]:
                    if self.is_literal(e.neighbor):
                        continue
                    for c in self._classes(e.neighbor):
                        if c != cls:
                            near.update(w for w in self._class_head(c) if w not in GENERIC_KINDS)
            found = self._near_heads_cache[cls] = frozenset(near)
        return found

    def _class_head(self, cls: str) -> tuple[str, ...]:
        """A class name's head noun: the last word before a preposition that follows a word
        (:meth:`_head_word`), else its last word that is no number (a number after a name
        is its edition, no kind: the concepts of "NUTS 2021" are NUTS regions), else its
        last word. A class named by a code with kin classes (:meth:`_code_kin`): the heads
        of those, in the kin's order (not the last word of their words run together, which
        would pick one kin class's modifier as the code's kind)."""
        kin = self._code_kin(cls)
        if kin:  # a code's kind is what its kin classes are, each by its own head
            return tuple(dict.fromkeys(h for k in kin for h in self._class_head(k)))
        words = self._class_words(cls)
        named = tuple(w for w in words if not w.isdigit())
        return self._head_word(cls) or named[-1:] or words[-1:]

    def _head_word(self, cls: str) -> tuple[str, ...]:
        """The last word of a class name before a preposition that follows a word ("people
        *from* Paris", "companies *of* Netherlands"): its head noun; () where none does."""
        said = [x for x in tokens(self.kg.label(cls)) if not _CODE.fullmatch(x)]
        cut = next((i for i, x in enumerate(said) if i and x in PREPOSITIONS), None)
        if cut is None:
            return ()
        return tuple([x for x in said[:cut] if x not in STOPWORDS][-1:])

    def _generic_kinds(self, cls: str) -> tuple[str, ...]:
        """The generic kinds a wh-word asks for (:data:`~kgchat.retrieval.answer_type.
        WH_TYPE_WORDS`: a person, a location, ...) that WordNet files a class's words under,
        at any depth: a ``Songwriter`` is a person, a ``Town`` a location, whatever the
        ontology's own class hierarchy says or omits. A word's most frequent noun meaning only
        (:meth:`kgchat.wordnet.WordNet.is_a`) of the class name's head (its last word), and
        none without WordNet."""
        found = self._generic.get(cls)
        if found is None:
            lexicon = wordnet()
            found = ()
            if lexicon is not None:
                words = self._class_words(cls)
                # a compound names a kind of its last word: a "track event" is an event; a
                # phrase with a prepositional modifier, of the last word before it: "retail
                # companies of Netherlands" (a YAGO class, a DBpedia category) are companies
                head = self._head_word(cls) or words[-1:]
                # the ontology's own parents must agree: WordNet's commonest sense of a word
                # may not be the ontology's (a conference *Track*, a sub-event, is no line on
                # a map), and a parent class says which sense is meant
                parents = [
                    self._class_words(e.neighbor)
                    for e in self.type_edges(cls)
                    if e.forward
                    and e.predicate == RDFS_SUBCLASS
                    and not self.is_literal(e.neighbor)
                ]
                parents = [p for p in parents if p]

                def kind_of(ws: tuple[str, ...], t: str) -> bool:
                    return any(w == t or lexicon.is_a(w, t) >= 0.5 for w in ws)

                found = tuple(
                    t
                    for t in WH_TYPE_WORDS
                    if t not in words
                    and kind_of(head, t)
                    and (not parents or any(kind_of(p, t) for p in parents))
                )
            self._generic[cls] = found
        return found

    def _agreed_kinds(self, classes: list[str], above: list[str]) -> list[str]:
        """The generic kinds of ``classes`` (a node's: :meth:`_generic_kinds`), less a kind of
        person where a class of the node or one above them is, by WordNet's commonest meaning
        of its head, an artifact: no person is one. A ship typed "Large crude *carrier*" (a
        person, as WordNet's commonest carrier is) and "vessel", a vehicle, had answered "Who
        owns ...?"."""
        found = [g for cls in classes for g in self._generic_kinds(cls)]
        if len(classes) + len(above) < 2 or not _PERSON.intersection(found):
            return found
        lexicon = wordnet()
        made = lexicon is not None and any(
            lexicon.is_a(h, "artifact") >= 0.5
            for cls in (*classes, *above)
            for h in self._class_head(cls)
            if h not in GENERIC_KINDS
        )
        return [g for g in found if not (made and g in _PERSON)]

    def _filed_as_thing(self, classes: list[str]) -> bool:
        """Whether WordNet files every word of these classes under no kind of person."""
        lexicon = wordnet()
        words = [w for c in classes for w in self._class_words(c)]
        if lexicon is None or not words:
            return False
        return all(lexicon.person_kind(w) is False for w in words)


def _names_one_of(word: str, heads: frozenset[str]) -> bool:
    """Whether ``word`` (a class name's modifier) names the kind of one of ``heads``: the
    same stem ("building"), or the commonest meaning of it as a noun, or of the verb's noun
    it is the ``-ing`` form of, is some meaning of the head or a kind of one (WordNet: a
    *ship* is a vessel; a graph may use the head in any sense, the modifier is read as most
    people mean it: "music" is no event, whatever a rare sense says). Not the other way: that
    the head is a kind of the modifier (a unit is a definite *quantity*) leaves QUDT's
    "quantity kind" its word. Only a word that is mostly a noun (a noun adjunct), or an
    ``-ing`` form, names another thing: a word mostly an adjective or a participle says what
    the member itself is (a *vulnerable* configuration, whose stem a vulnerability shares;
    a *constant* value; *salted* butter)."""
    if not heads:
        return False
    lexicon = wordnet()
    if lexicon is None:
        return stem(word) in {stem(h) for h in heads}
    first = lexicon.first_noun(word)
    nouns = {word} if first is not None and first[1] >= 0.5 else set()
    if word.endswith("ing"):
        nouns |= {base for base, pos in lexicon.base_forms(word) if pos == "v"}
    if not nouns:
        return False
    if stem(word) in {stem(h) for h in heads}:
        return True
    return any(lexicon.commonly_a(n, h, share=0.0) for n in nouns for h in heads)
