"""The look-up of a question's n-gram in the name table (:class:`kgchat.name_table.NameTable`,
which builds the keys: see its module docstring for each key and its score): the strictest key
that names it, the scores (:data:`COMPACT`, :data:`REORDERED`, :data:`TYPO`, :data:`PARTIAL`,
:data:`ADJECTIVE`) and the score of a misspelt name (:func:`misspelt_score`).
:class:`NameLookup` is the name table's base; moved out of :mod:`kgchat.name_table`, which
names all of these too.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.linking import LinkerConfig
>>> from kgchat.name_table import NameTable
>>> kg = KnowledgeGraph.from_triples([("Pink_Floyd", "member", "Syd_Barrett")])
>>> NameTable(kg, LinkerConfig()).lookup("where is barrett".split(), 2, 3, named={"barrett"})
(2, 3, ['Syd_Barrett'], 0.7, 'partial')
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from kgchat.lexicon import english_words
from kgchat.misspelt_names import MisspeltNames
from kgchat.name_heads import HeadNames, apposed, asked_kind
from kgchat.name_keys import reordered_key, reordered_stops
from kgchat.place_keys import PlaceKeys
from kgchat.text import NAME_SHAPED, STOPWORDS, singular

__all__ = [
    "ADJECTIVE",
    "COMPACT",
    "PARTIAL",
    "REORDERED",
    "TYPO",
    "NameLookup",
    "Span",
    "misspelt_score",
]

Span = tuple[int, int, list[str], float, str]
"""One matched n-gram: (start, end, nodes, score, method)."""

COMPACT, REORDERED, TYPO, PARTIAL = 0.9, 0.85, 0.8, 0.7
ADJECTIVE = 0.8  # as a proper adjective alone names its place (kgchat.linking)


def misspelt_score(base: float, edits: int, chars: int) -> float:
    """The score of a match ``edits`` edits from a name of kind ``base`` (:data:`TYPO` for a
    whole name, :data:`PARTIAL` for a part), over an n-gram of ``chars`` characters: less half
    the share of its characters edited.

    >>> misspelt_score(TYPO, 1, 10)
    0.75
    """
    return base - 0.5 * edits / chars


class NameLookup(PlaceKeys, MisspeltNames):
    """The look-up of an n-gram in the name table's keys (the name table's base: the class
    using it builds the keys, as :class:`~kgchat.name_table.NameTable` does)."""

    exact: dict[str, list[str]]
    partial: dict[str, list[str]]
    compact_parts: dict[str, list[str]]
    initials: dict[str, list[str]]
    possessive: dict[str, list[str]]
    places: dict[str, list[str]]
    heads: HeadNames
    longest: int
    _stops: dict[str, int]
    _edges: set[str]
    _bare: set[str]

    def lookup(
        self,
        toks: Sequence[str],
        a: int,
        b: int,
        *,
        named: Collection[str] = (),
        unknown: Sequence[bool] | None = None,
        lower: bool = False,
        runs: Collection[tuple[int, int]] = (),
        acronyms: Mapping[int, str] | None = None,
    ) -> Span | None:
        """The best match of the n-gram ``toks[a:b]`` (normalised words): its nodes, score and
        method, or None. ``named`` are the words written capitalised (a single word is taken
        for part of a name only then); ``unknown`` is :meth:`unknown` of ``toks``; ``lower``
        says the question is all in lower case (no capital says anything), where a word alone
        may still be a name bare of its parenthesis ("rumours"); ``runs`` are the spans of
        the question's whole runs of words written as names (:func:`name_spans`), each of
        which may be a name misspelt though every word is some name's ("Brien Eno"); ``acronyms``
        the positions of the words written as acronyms, with the initials each spells
        (:func:`kgchat.name_keys.written_acronyms`), which a name of those initials is said by."""
        words = toks[a:b]
        key = " ".join(words)
        if nodes := self.exact.get(key):
            return (a, b, nodes, 1.0, "dictionary")
        loose = [singular(t) for t in words]
        stop = key not in named and all(w in STOPWORDS for w in words)  # "does" is no "DOE"s
        if (nodes := self.loose.get(" ".join(loose))) and not stop:
            return (a, b, nodes, 0.9, "dictionary")
        joined = "".join(words)
        # a name joined or split is found so where the question writes it as a name or its
        # words joined are no word of English: "know" is the verb, not the firm "K-Now"
        if any(w in named for w in words) or joined not in english_words():
            if b - a > 1 and (nodes := self.exact.get(joined)):
                return (a, b, nodes, COMPACT, "compact")  # "ISWC 2010" for "ISWC2010"
            if nodes := self.compact.get(joined):
                return (a, b, nodes, COMPACT, "compact")  # "iswc2010" for "ISWC 2010"
            if nodes := self.compact_parts.get(joined):
                return (a, b, nodes, PARTIAL, "partial")  # "EP3045477" for "EP 3045477 A1"
            if b - a > 1 and NAME_SHAPED.fullmatch(joined) and (nodes := self.partial.get(joined)):
                return (a, b, nodes, PARTIAL, "partial")  # "PCSK-9" for "PCSK9 - proprotein..."
        if b - a == 1 and (said := (acronyms or {}).get(a)) and (nodes := self.initials.get(said)):
            return (a, b, nodes, REORDERED, "acronym")  # "COPD" for its name's initials
        if b - a == 1 and (nodes := self.possessive.get(key)):
            return (a, b, nodes, PARTIAL, "partial")  # "alzheimers" for "Alzheimer's disease"
        if (nodes := self.places.get(key)) and (
            # a name made of stopwords ("US") is one only where the question capitalises it
            key in named
            if all(w in STOPWORDS for w in words)
            else b - a > 1 or key in named or lower
        ):
            return (a, b, nodes, REORDERED, "wordnet")  # "Burma" for Myanmar
        # a misspelt word is what a typo match needs, or a whole run of words written as a
        # name that no name holds ("Brien Eno": each word is some name's, "O'Brien", "Eno");
        # its n-gram may start or end with a stopword that starts or ends a name ("When
        # owl:sameAs isn't the Same...")
        unknown = self.unknown(words) if unknown is None else unknown[a:b]
        if (
            not any(unknown)
            and (nodes := self.contained.said(words, named, self.config, lower, self.exact))
            and self.contained.unsaid(words, nodes, self.exact)
        ):
            # a run of a name's words, in order: "Market Square" of "Old Town Market Square"
            return (a, b, *(self._looser(words, True, lower) or (nodes, PARTIAL, "partial")))
        written = b - a > 1 and (a, b) in runs
        typos = self.config.typos and (any(unknown) or written)
        if (
            typos
            and all(w in self._edges or w not in STOPWORDS for w in (words[0], words[-1]))
            and (
                near := self.near(
                    key,
                    named=all(w in named for w in words),
                    budget=self.edits(words, unknown),
                )
            )
        ):
            best = near[0][1]
            nodes, whole = [], False
            for name, d in near:
                if d == best:
                    whole |= name in self.exact
                    named_by = self.exact.get(name) or self.partial[name]
                    nodes.extend(n for n in named_by if n not in nodes)
            # a misspelt bare name ("Nirvaa") is a part of a name misspelt: below either
            score = misspelt_score(TYPO if whole else PARTIAL, best, len(key))
            return (a, b, nodes, score, "typo")
        if words[0] in STOPWORDS or words[-1] in STOPWORDS:
            return None  # the looser keys below take no stopword at a span's edge
        # a word alone is a name only when written as one, or, in a question all in lower case
        # (as developers type "who maintains lucene"), when it is no word of English
        alone = (
            b - a > 1
            or key in named
            or (lower and any(c.isalpha() for c in key) and key not in english_words())
        )
        if found := self._looser(words, alone, lower):
            return (a, b, *found)
        if (
            (nodes := self.heads.get(" ".join(loose)))
            and not apposed(toks, b, named, self.exact, self.longest)
            and not asked_kind(toks, a)
        ):
            return (a, b, nodes, PARTIAL, "partial")  # "crested newts" for "great crested newt"
        if b - a > 1 and (nodes := self._adjectival(words, named, lower)):
            return (a, b, nodes, ADJECTIVE, "adjective")
        if not typos:
            return None
        # a misspelt word of a name said in other order or in part: mended, then looked up
        mended, made = self.mend(words, unknown)
        if made and (found := self._looser(mended, alone, lower, exact=True)):
            base = TYPO if found[1] > PARTIAL else PARTIAL
            return (a, b, found[0], misspelt_score(base, made, len(key)), "typo")
        if made and b - a > 1 and (nodes := self.mended_run(words, mended, named)):
            return (a, b, nodes, misspelt_score(PARTIAL, made, len(key)), "typo")
        return None

    def _looser(
        self, words: Sequence[str], alone: bool, lower: bool, *, exact: bool = False
    ) -> tuple[list[str], float, str] | None:
        """The nodes, score and method of words that name them in other order
        (``reordered``) or in part (``partial``); by name too (``dictionary``) with ``exact``.
        ``alone`` says a single word is written as a name; ``lower`` that the question is all
        in lower case, where a word alone may still be a bare name ("rumours")."""
        key = " ".join(words)
        loose = [singular(t) for t in words]
        if exact and (nodes := self.exact.get(key) or self.loose.get(" ".join(loose))):
            return (nodes, 1.0, "dictionary")
        bag = reordered_key(words) if len(words) > 1 else ""
        # stopwords may differ ("chair *of*" for "chair *at*"), not be added; a plural at the
        # end names several things ("Nirvana's *albums*"), not the one that is its singular
        if (
            (nodes := self.reordered.get(bag))
            and reordered_stops(words, self._stops[bag])
            and words[-1] == loose[-1]
        ):
            return (nodes, REORDERED, "reordered")
        if words.count("of") == 1 and 0 < (k := list(words).index("of")) < len(words) - 1:
            # the genitive said the other way round: "the supply fan of AHU-1" names "AHU-1
            # Supply Fan", as "AHU-1's supply fan" would (the owner's words first, in order)
            genitive = [*loose[k + 1 :], *loose[:k]]
            if nodes := self.loose.get(" ".join(genitive)):
                return (nodes, REORDERED, "reordered")
        if (alone or (lower and key in self._bare)) and (nodes := self.partial.get(key)):
            return (nodes, PARTIAL, "partial")
        return None
