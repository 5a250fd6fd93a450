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
from typing import Any

from kgchat.function_words import PREPOSITIONS
from kgchat.graph.vocab import RDFS_SUBCLASS
from kgchat.retrieval.answer_type import WH_TYPE_WORDS
from kgchat.text import STOPWORDS, tokens
from kgchat.wordnet import wordnet

__all__ = ["ClassWords"]

# a word that is a code of letters and digits (``e53`` of "E53 Place"), no kind
_CODE = re.compile(r"[a-z]{1,3}\d+[a-z]?")


class ClassWords:
    """What a class's name says its instances are (a mixin: the class using it sets ``kg``
    and the caches below, and reads edges and literals as
    :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    kg: Any
    _cls_words: dict[str, tuple[str, ...]]
    _generic: dict[str, tuple[str, ...]]
    type_edges: Any
    is_literal: Any

    def _class_words(self, cls: str) -> tuple[str, ...]:
        w = self._cls_words.get(cls)
        if w is None:
            # a code of letters and digits names no kind (CIDOC-CRM's "E53 Place")
            w = self._cls_words[cls] = tuple(
                dict.fromkeys(
                    x
                    for x in tokens(self.kg.label(cls))
                    if x not in STOPWORDS and not _CODE.fullmatch(x)
                )
            )
        return w

    def _class_head(self, cls: str) -> tuple[str, ...]:
        """A class name's head noun: the last word before a preposition that follows a word
        (:meth:`_head_word`), else its last word that is no number (a number after a name
        is its edition, no kind: the concepts of "NUTS 2021" are NUTS regions), else its
        last word."""
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

    def _filed_as_thing(self, classes: list[str]) -> bool:
        """Whether WordNet files every word of these classes under no kind of person."""
        lexicon = wordnet()
        words = [w for c in classes for w in self._class_words(c)]
        if lexicon is None or not words:
            return False
        return all(lexicon.person_kind(w) is False for w in words)
