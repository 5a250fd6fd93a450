"""How the entity linker finds mentions (:class:`LinkerConfig`); :mod:`kgchat.linking` uses it.

>>> LinkerConfig().max_candidates, LinkerConfig(typos=False).typos
(5, False)
"""

from __future__ import annotations

from dataclasses import dataclass

from kgchat.config import Config, check

__all__ = ["LinkerConfig"]


@dataclass(frozen=True)
class LinkerConfig(Config):
    """How mentions are found.

    Attributes
    ----------
    max_candidates : int
        Entities kept per ambiguous mention.
    fuzzy : bool
        Search the entity index for n-grams when the dictionary finds nothing.
    fuzzy_threshold : float
        Least cosine similarity for an index hit to count as a mention.
    max_ngram : int
        Longest name, in words, that the dictionary matches.
    typos : bool
        Link misspelt names (see :meth:`kgchat.name_table.NameTable.near`).
    typo_min_chars : int
        Shortest n-gram, in characters with spaces, that may be misspelt: shorter ones must
        match exactly.
    typo_edit_ratio : float
        Edits allowed per character of the n-gram (at least 1 from ``typo_min_chars`` on).
    typo_max_edits : int
        Most edits allowed, however long the name.
    typo_word_min_chars : int
        Shortest word, in letters, that neither the graph nor English knows (a misspelt
        word, :func:`kgchat.lexicon.english_words`) and that may hold one edit.
    typo_word_two_edits : int
        Letters from which such a word may hold two edits. The edits a name's misspelt words
        may hold add up (:meth:`word_edits`), beside the name's own allowance by length.
    partial_max : int
        Most entities a partial name may pick out; 0 turns partial names off.
    described : bool
        Link a name no label or alias holds to the entity whose own description says it
        first (:mod:`kgchat.lead_names`).
    place_names : bool
        Link the other names WordNet gives a place that the graph names otherwise ("Burma"
        for ``Myanmar``, "Holland" for ``Netherlands``: :meth:`kgchat.wordnet.WordNet.
        other_names`), where no name of the graph is said by them.
    synonyms : bool
        Link a common noun the graph knows not to the graph's name of one of its WordNet
        meanings in other words ("aspirin" for *Acetylsalicylic acid*:
        :mod:`kgchat.linking_synonyms`).
    """

    max_candidates: int = 5
    fuzzy: bool = True
    fuzzy_threshold: float = 0.75
    max_ngram: int = 32
    typos: bool = True
    typo_min_chars: int = 6
    typo_edit_ratio: float = 0.1
    typo_max_edits: int = 3
    typo_word_min_chars: int = 4
    typo_word_two_edits: int = 7
    partial_max: int = 3
    described: bool = True
    place_names: bool = True
    synonyms: bool = True

    def __post_init__(self) -> None:
        check(self.max_candidates >= 1, "max_candidates", self.max_candidates, "an integer >= 1")
        check(0 < self.fuzzy_threshold <= 1, "fuzzy_threshold", self.fuzzy_threshold, "in (0, 1]")
        check(self.max_ngram >= 1, "max_ngram", self.max_ngram, "an integer >= 1")
        check(self.typo_min_chars >= 2, "typo_min_chars", self.typo_min_chars, "an integer >= 2")
        check(0 <= self.typo_edit_ratio < 1, "typo_edit_ratio", self.typo_edit_ratio, "in [0, 1)")
        check(self.typo_max_edits >= 1, "typo_max_edits", self.typo_max_edits, "an integer >= 1")
        check(
            self.typo_word_min_chars >= 2,
            "typo_word_min_chars",
            self.typo_word_min_chars,
            "an integer >= 2",
        )
        check(
            self.typo_word_two_edits > self.typo_word_min_chars,
            "typo_word_two_edits",
            self.typo_word_two_edits,
            "an integer above typo_word_min_chars",
        )
        check(self.partial_max >= 0, "partial_max", self.partial_max, "an integer >= 0")

    def max_edits(self, n_chars: int) -> int:
        """Edits a misspelling of ``n_chars`` characters may hold.

        >>> [LinkerConfig().max_edits(n) for n in (3, 5, 6, 19, 20, 35)]
        [0, 0, 1, 1, 2, 3]
        """
        if n_chars < self.typo_min_chars:
            return 0
        return min(self.typo_max_edits, max(1, int(n_chars * self.typo_edit_ratio)))

    def word_edits(self, n_letters: int) -> int:
        """Edits a misspelt word (one neither the graph nor English knows) of ``n_letters``
        letters may hold: none when short, one, two from ``typo_word_two_edits`` letters.

        >>> [LinkerConfig().word_edits(n) for n in (3, 4, 6, 7, 12)]
        [0, 1, 1, 2, 2]
        """
        if n_letters < self.typo_word_min_chars:
            return 0
        return 2 if n_letters >= self.typo_word_two_edits else 1
