"""Whether the graph holds a word of a name the question writes anywhere in its vocabulary.

A name that nothing links and the answer's walk never meets
(:func:`~kgchat.retrieval.name_unmet.name_unmet`) is a qualifier the walk does not answer
only where the graph does not hold it at all: "the otter in the *Oderbruch*" over a graph
whose entities, classes and relations say no "Oderbruch". Where the graph's vocabulary holds
a word of the name, the name is the graph's own thing said otherwise, and the walk may say it
in other words: an acronym of a relation's or a name's words ("a *TA* for" and
``teachingAssistantOf``), a proper adjective of a place the graph names ("the *German*
lexicon" and Germany, WordNet's pertainyms), a language the graph's names or values are
tagged in ("the *German* name" over ``"Weizen"@de``: CLDR's language names), a month a date
writes as a figure ("in *January* 2022", WordNet's calendar months). :class:`GraphWords` is
that vocabulary, built once per graph version (:class:`HeldWords`, a mixin of the retriever,
keeps it).

Literal values are not read (:data:`VALUES`): a place written only inside one record's
locality is what the walk must pass to answer of it; the graph holding it in another record
is no answer to the question asked (measured in ``docs/retrieval-measurements.md``, fix53a).

A graph too large to list at question time (a SPARQL endpoint whose names are looked up,
:func:`~kgchat.graph.capabilities.entities_at_hand`) is not read whole: the names it has at hand
say nothing of the others, so it holds every word (the check is off there).

>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("s1", "teachingAssistantOf", "Course0"),
...     ("r1", "locality", '"Oderbruch"'), ("Germany", "capital", "Berlin")])
>>> words = GraphWords.of(kg)
>>> [words.holds(t, w) for t, w in [("ta", "TA"), ("course0", "Course0"), ("ta", "Ta")]]
[True, True, False]
>>> words.holds("oderbruch", "Oderbruch"), GraphWords.of(kg, values=True).holds("oderbruch", "")
(False, True)
>>> tagged = KnowledgeGraph.from_triples([("wheat", "broader", "cereal"),
...     ("cereal", "http://www.w3.org/2004/02/skos/core#altLabel", '"Getreide"@de')])
>>> GraphWords.of(tagged).holds("german", "German"), words.holds("german", "German")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kgchat.graph.capabilities import NamesByLanguage, entities_at_hand
from kgchat.graph.literal_terms import parse_literal, primary_subtag
from kgchat.retrieval.language_asked import LANGUAGES
from kgchat.text import PREPOSITIONS, STOPWORDS, singular, stem, tokens

__all__ = ["VALUES", "GraphWords", "HeldWords"]

VALUES = False
"""Whether the words of literal values count as held (off: see the module docstring)."""

_MAX_INITIALS = 6  # the longest name an acronym is read as the initials of
_LEAD_LETTERS = re.compile(r"[a-z]{2,}(?=\d)")  # the letters a code starts with


def _local_name(iri: str) -> str:
    """The last segment of ``<iri>`` (after ``#`` or ``/``)."""
    return re.split(r"[#/]", iri.strip("<>"))[-1]


def _is_acronym(written: str) -> bool:
    """Whether a word is written as an acronym: two or more letters, all capitals (a plural's
    small ``s`` aside: "NSAIDs")."""
    core = "".join(ch for ch in written if ch.isalpha())
    if len(core) > 2 and core.endswith("s"):
        core = core[:-1]
    return len(core) >= 2 and core.isupper()


def _initials(toks: list[str]) -> Iterator[str]:
    """The acronyms a name of two to six words may be written as: the initials of its words,
    and of its content words alone."""
    content = [t for t in toks if t not in STOPWORDS and t not in PREPOSITIONS]
    for words in (toks, content):
        if 2 <= len(words) <= _MAX_INITIALS and all(w[:1].isalpha() for w in words):
            yield "".join(w[0] for w in words)


@dataclass(frozen=True)
class GraphWords:
    """The stems of every word of the graph's names (labels and aliases of its entities and
    classes, its relations' phrases and aliases, the local names of its values' datatypes;
    its literal values' where ``values``) and of the letters a code among them starts with,
    and the initials of those of two to six words (numbers left out: "Global Power Plant
    Database v1.3.0" is the GPPD), and the languages (primary subtags) its entities' names and
    its literal values are tagged in; ``whole`` false where the graph's entities were not all
    read (every word is then held)."""

    stems: frozenset[str]
    initials: frozenset[str]
    languages: frozenset[str] = frozenset()
    whole: bool = True

    @classmethod
    def of(cls, kg: Any, values: bool = VALUES) -> GraphWords:
        """The words of ``kg``'s names (a graph that has no entities to list: its relations'
        alone; one too large to list at question time: none, and not ``whole``)."""
        aliases = getattr(kg, "relation_aliases", lambda p: ())
        names: list[Iterable[str]] = [
            (n for p in kg.relations() for n in (kg.relation_label(p), *aliases(p)))
        ]
        languages: set[str] = set()
        entities = getattr(kg, "entities", None)
        by_language = kg.names_by_language if isinstance(kg, NamesByLanguage) else None
        if entities is not None:
            at_hand, whole = entities_at_hand(kg)
            if not whole:
                return cls(frozenset(), frozenset(), whole=False)
            nodes = list(at_hand)
            names.append(n for e in nodes for n in (kg.label(e), *kg.aliases(e)))
            if by_language is not None:
                languages.update(code for e in nodes for code in by_language(e))
        if hasattr(kg, "literals"):
            literals = kg.literals()
            tags = (parse_literal(k)[1] for k in literals if "@" in k)
            languages.update(primary_subtag(t) for t in tags if t)
            # a datatype names a kind of value, as a class names a kind of thing ("URN")
            names.append({_local_name(k.rsplit("^^", 1)[1]) for k in literals if "^^<" in k})
            if values:
                names.append(map(kg.label, literals))
        stems: set[str] = set()
        initials: set[str] = set()
        seen: set[str] = set()
        for group in names:
            for name in group:
                if name in seen:
                    continue
                seen.add(name)
                toks = tokens(name)
                stems.update(map(stem, toks))
                # a code's letters say its scheme ("iec61360 code": IEC)
                stems.update(stem(m.group()) for t in toks if (m := _LEAD_LETTERS.match(t)))
                initials.update(_initials([t for t in toks if not any(map(str.isdigit, t))]))
        return cls(frozenset(stems), frozenset(initials), frozenset(languages))

    def holds(self, token: str, written: str, wn: Any = None) -> bool:
        """Whether the graph holds the name word ``token`` (written ``written``): its stem,
        the initials of one of its names where written as an acronym, a language its names or
        values are tagged in, a place it names where
        WordNet's ``wn`` reads the word as the place's proper adjective, or (a date writes
        it as a figure) a month; any word where the graph was not read ``whole``."""
        if not self.whole or stem(token) in self.stems or stem(singular(token)) in self.stems:
            return True
        if not self.languages.isdisjoint(LANGUAGES.get(token, ())):
            return True
        if _is_acronym(written):
            core = written.strip("?!.,;:'\"()")
            plural = core.endswith("s") and core[-2:-1].isupper()
            if (token[:-1] if plural else token) in self.initials:
                return True
        if wn is None or not written[:1].isupper():
            return False
        for place in wn.pertains_to(written.strip("?!.,;:'\"()")):
            words = [t for t in tokens(place) if t not in STOPWORDS]
            if words and all(stem(t) in self.stems for t in words):
                return True
        return _is_month(wn, token)


def _is_month(wn: Any, word: str) -> bool:
    """Whether one of ``word``'s own noun meanings is a calendar month (or a kind of one)."""
    months = set(wn.likeliest("month", 1))
    return any(
        own and key[0] == "n" and (key in months or not months.isdisjoint(wn.above(key)))
        for key, (_, own) in wn.meanings(word).items()
    )


class HeldWords:
    """The graph's :class:`GraphWords`, built on first need and kept until the graph changes
    (a mixin of :class:`~kgchat.retrieval.Retriever`: its ``_renew_caches`` empties
    ``_graph_words``)."""

    kg: Any
    _graph_words: Any  # a GraphWords, or None until first need

    def held_word(self, token: str, written: str) -> bool:
        """:meth:`GraphWords.holds` over the graph's words, with the bundled WordNet."""
        from kgchat.wordnet import wordnet

        words = getattr(self, "_graph_words", None)
        if words is None:
            words = self._graph_words = GraphWords.of(self.kg)
        return bool(words.holds(token, written, wordnet()))
