"""The search for misspelt names and words of a graph's name table: which words the graph does
not know, the names within a few edits of an n-gram, and misspelt words mended to the graph's
nearest words. :class:`MisspeltNames` is a mixin of :class:`kgchat.name_table.NameTable`, whose
module docstring says how its scores are made.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.linking import LinkerConfig
>>> from kgchat.name_table import NameTable
>>> names = NameTable(KnowledgeGraph.from_triples([("Pink_Floyd", "member", "Syd_Barrett")]),
...                   LinkerConfig())
>>> names.unknown(["pink", "flyod"]), names.near("pink flyod")
([False, True], [('pink floyd', 1)])
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from kgchat.lexicon import english_words
from kgchat.spelling import NearIndex
from kgchat.text import STOPWORDS, stem

if TYPE_CHECKING:
    from kgchat.linking import LinkerConfig
    from kgchat.name_runs import ContainedNames

__all__ = ["MisspeltNames"]

_DIGIT_CHARS = "0123456789"
_DIGITS = re.compile(r"\d+")
_NAMED_MIN_CHARS = 5  # a capitalised name this long may hold one typo ("Keyna")


class MisspeltNames:
    """Misspelt names and words (a mixin: the class using it sets ``config``, ``vocab`` (the
    words of the graph's names and relations), ``_known`` (the stems of the relations' words),
    ``_near`` (a :class:`~kgchat.spelling.NearIndex` of the names) and ``_words`` (None, built
    on first use))."""

    config: LinkerConfig
    vocab: set[str]
    exact: Mapping[str, list[str]]
    contained: ContainedNames
    _known: frozenset[str]
    _near: NearIndex
    _relation_near: NearIndex
    _words: NearIndex | None

    def unknown(self, toks: Sequence[str]) -> list[bool]:
        """For each word, whether the graph knows it not (no name's word, no relation's word
        or form of one): what a misspelt word looks like."""
        return [t not in self.vocab and not self.relation_word(t) for t in toks]

    def relation_word(self, word: str) -> bool:
        """Whether a word is a relation's word or a form of one ("produced" of ``producer``):
        what a question asks of its entities, not a name."""
        return stem(word) in self._known

    def near(self, text: str, *, named: bool = False, budget: int = 0) -> list[tuple[str, int]]:
        """The names (keys of :attr:`~kgchat.name_table.NameTable.exact`, and names bare of
        their trailing parenthesis) within the allowed edits of a normalised n-gram, with their
        distance, closest first.

        The distance is the optimal string alignment distance (insertions, deletions,
        substitutions and swaps of neighbours, each one edit; rapidfuzz's ``OSA``), allowed up
        to :meth:`LinkerConfig.max_edits` of the n-gram's length; a name must also share the
        n-gram's first or second letter (:class:`kgchat.spelling.NearIndex`). A word written as
        a name (``named``: capitalised, "Keyna") may hold one edit from five characters on,
        shorter than ``typo_min_chars``: its capital says it is a name, where a short
        lower-case word is more likely some word the graph lacks. ``budget`` is what the
        n-gram's misspelt words may hold together (:meth:`edits`): more than its length
        allows where a short name holds a misspelt word or two ("Bire Glim" for "Birte Glimm",
        "Agrentinia"), at most ``typo_max_edits``. A word as near a relation's word as the
        nearest name (``_relation_near``) finds none: "speach" is "speech" of *part of
        speech* misspelt as likely as the name "sprach".
        """
        # a word alone, not written as a name, that WordNet knows in some form ("catalysed"
        # of *catalyse*) is that word, the question's verb or noun, not a misspelt name
        # ("CATALASE"), unless the name is that form ("peanuts" of "Peanut (substance)"): the
        # lexicon's whole words miss most inflections and rarer words
        forms = _base_forms(text) if not named and " " not in text else None
        k = max(self.config.max_edits(len(text)), min(budget, self.config.typo_max_edits))
        if k == 0 and named and len(text) >= _NAMED_MIN_CHARS:
            k = 1
        # a number is copied, not misspelt: another number names another thing
        # ("FullProfessor2" is no misspelling of "FullProfessor3", nor "Apollo 12" of "Apollo 11")
        said = _DIGITS.findall(text)
        found = [(name, d) for name, d in self._near.find(text, k) if _DIGITS.findall(name) == said]
        if forms:
            found = [(name, d) for name, d in found if name in forms]
        # a word as near a relation's word as any name ("speach": *sprach*, the word "speech"
        # of "part of speech") is what the question asks, misspelt, not that name
        if found and " " not in text:
            names = {w for name, _ in found for w in name.split()}
            if any(w not in names for w, _ in self._relation_near.find(text, found[0][1])):
                return []
        return found

    def edits(self, words: Sequence[str], unknown: Sequence[bool]) -> int:
        """The edits the misspelt words of an n-gram may hold together: those the graph does not
        know (``unknown``) and English does not either (:func:`kgchat.lexicon.english_words`:
        "Keya", "nepl", "Agrentinia"; not "Iron", a word the graph merely lacks), each
        :meth:`LinkerConfig.word_edits` of its length. A word of English the graph lacks holds
        none: it is more likely that word than a misspelt name."""
        return sum(
            self.config.word_edits(len(w.rstrip(_DIGIT_CHARS)))
            for w, u in zip(words, unknown, strict=True)
            if _misspelt(w, u)
        )

    def closest_word(self, word: str, k: int) -> tuple[str, int] | None:
        """The one word of the graph's names and relations nearest ``word`` within ``k``
        edits, and its distance; None when none is, or several are equally near."""
        return self.word_index().closest(word, k)

    def word_index(self) -> NearIndex:
        """The :class:`~kgchat.spelling.NearIndex` of the graph's words that
        :meth:`closest_word` searches, built on first use (or beforehand by
        :meth:`~kgchat.linking.EntityLinker.prepare`)."""
        if self._words is None:
            self._words = NearIndex(v for v in self.vocab if v not in STOPWORDS and v.isalpha())
        return self._words

    def mend(self, words: Sequence[str], unknown: Sequence[bool]) -> tuple[list[str], int]:
        """The words with each misspelt one (see :meth:`edits`) replaced by the one word of the
        graph nearest it within its own edits, and the edits made: "gneral chair of iswc 2010"
        becomes "general chair of iswc 2010", which a name says in other order. A word as near
        two words of the graph stays as it is, and so does one that WordNet knows in some form
        (:func:`_base_forms`: "catalyse" is no misspelt *catalase*), but for that form."""
        out, made = list(words), 0
        for i, (w, u) in enumerate(zip(words, unknown, strict=True)):
            if _misspelt(w, u):
                k = self.config.word_edits(len(w))
                fixed = self.closest_word(w, k) if k else None
                # (WordNet read only for a word a fix was found for)
                if fixed is not None and (not (forms := _base_forms(w)) or fixed[0] in forms):
                    out[i], d = fixed
                    made += d
        return out, made

    def mended_run(
        self, words: Sequence[str], mended: Sequence[str], named: Collection[str]
    ) -> list[str]:
        """The entities whose longer name holds the run ``words`` with its misspelt words
        mended (``mended``, :meth:`mend`), as a run said right names them
        (:meth:`kgchat.name_runs.ContainedNames.said`): "Milvarion rubscens" for *Milvarion
        rubescens Moreau, 1840*. A mended word is written as a name where its misspelling
        was (``named``): "Orchidela sylvestris" starts *Orchidella sylvestris Ostrowski*."""
        named = {*named, *(m for w, m in zip(words, mended, strict=True) if w in named)}
        nodes = self.contained.said(mended, named, self.config)
        return nodes if nodes and self.contained.unsaid(mended, nodes, self.exact) else []


def _base_forms(word: str) -> frozenset[str]:
    """The forms of ``word`` that WordNet knows as words of English: itself or its base forms
    ("catalysed": *catalyse*; "peanuts": *peanuts*, *peanut*), and the names an adjective
    pertains to ("german": *germany*); empty for a word it knows in no form, or where WordNet
    is not installed.

    >>> from kgchat.wordnet import wordnet
    >>> forms = _base_forms("catalysed"), _base_forms("flyod"), _base_forms("peanuts")
    >>> (sorted(forms[0]), sorted(forms[1]), "peanut" in forms[2]) if wordnet() else 0
    (['catalyse'], [], True)
    """
    from kgchat.wordnet import wordnet

    found = wordnet()
    if not word.isalpha() or found is None:
        return frozenset()
    forms = {lemma.replace("_", " ") for lemma, _ in found.base_forms(word)}
    if forms:
        forms.update(name.lower() for name in found.pertains_to(word))
    return frozenset(forms)


def _misspelt(word: str, unknown: bool) -> bool:
    """Whether a word the graph does not know (``unknown``) is a misspelling: letters only, and
    no word English knows either (:func:`kgchat.lexicon.english_words`). A code-like name's
    letters before its number ("fullproffesor3") may be misspelt as a word is.

    >>> _misspelt("fullproffesor3", True), _misspelt("flyod", True), _misspelt("3", True)
    (True, True, False)
    """
    letters = word.rstrip(_DIGIT_CHARS)
    return unknown and letters.isalpha() and letters not in english_words()
