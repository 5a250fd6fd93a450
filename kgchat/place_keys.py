"""The keys of the name table (:class:`kgchat.name_table.NameTable`) under which a place the
graph names is said in other words: another name WordNet gives it ("Burma" for ``Myanmar``,
:func:`kgchat.place_names.other_place_names`), where no name of the graph has that key, and its
proper adjective in a name of several words ("the Danish wind turbine register" for *Wind
turbine register of Denmark*, :meth:`kgchat.wordnet.WordNet.pertains_to`); both off with
``LinkerConfig.place_names``. :class:`PlaceKeys` is a mixin of the name table.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.linking import LinkerConfig
>>> from kgchat.name_table import NameTable
>>> from kgchat.wordnet import wordnet
>>> L = "http://www.w3.org/2000/01/rdf-schema#label"
>>> kg = KnowledgeGraph.from_triples([("reg", L, '"Wind turbine register of Denmark"'),
...                                   ("dk", L, '"Denmark"'), ("mm", L, '"Myanmar"')])
>>> names = NameTable(kg, LinkerConfig())
>>> wordnet() is None or names.places["burma"] == ["mm"]
True
>>> said = "danish wind turbine register".split()
>>> wordnet() is None or names._adjectival(said, {"danish"}, False) == ["reg"]
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from kgchat.name_keys import reordered_key
from kgchat.text import STOPWORDS, singular, tokens
from kgchat.wordnet import wordnet

if TYPE_CHECKING:
    from kgchat.linking import LinkerConfig

__all__ = ["PlaceKeys"]


class PlaceKeys:
    """A place said in other words (a mixin: the class using it sets ``config``, ``vocab``
    (every word of the graph's names and relations) and the name keys ``exact``, ``loose``,
    ``compact`` and ``reordered``, and reads names in other order or in part by
    ``_looser``, as :class:`kgchat.name_table.NameTable` does)."""

    config: LinkerConfig
    vocab: set[str]
    exact: dict[str, list[str]]
    loose: dict[str, list[str]]
    compact: dict[str, list[str]]
    reordered: dict[str, list[str]]

    def _looser(
        self, words: Sequence[str], alone: bool, lower: bool, *, exact: bool = False
    ) -> tuple[list[str], float, str] | None:
        raise NotImplementedError

    def _place_names(self, others: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
        """``others``, the other names WordNet gives the places the graph names (:func:`kgchat.
        place_names.other_place_names` of their labels and aliases), under their words, where
        no name of the graph has those words or their singulars; a name of stopwords alone
        ("US") too, which :meth:`~kgchat.name_table.NameTable.lookup` takes only as the
        question capitalises it."""
        out: dict[str, list[str]] = defaultdict(list)
        for node, other in others:
            toks = tokens(other)
            key = " ".join(toks)
            if (
                toks
                and key not in self.exact
                and " ".join(singular(t) for t in toks) not in self.loose
                and "".join(toks) not in self.compact
                and reordered_key(toks) not in self.reordered
            ) and node not in out[key]:
                out[key].append(node)
        return dict(out)

    def _adjectival(
        self, words: Sequence[str], named: Collection[str], lower: bool
    ) -> list[str] | None:
        """The nodes of a name of several words that the n-gram says with a proper adjective
        for a place of it, in any order ("danish wind turbine register": *Wind turbine
        register of Denmark*), or None. The adjective is a word written as a name (any word
        in a question all in lower case); the place is each name WordNet says it pertains to
        (:meth:`kgchat.wordnet.WordNet.pertains_to`), and the words, the place's for the
        adjective, must be a name's words (``reordered``), every one."""
        lexicon = wordnet() if self.config.place_names else None
        if lexicon is None:
            return None
        # every word but the adjective is a name's: most n-grams of a question fail here, at
        # the cost of a set lookup a word
        known = self.vocab
        strange = [k for k, w in enumerate(words) if w not in known and singular(w) not in known]
        if len(strange) > 1:
            return None
        for k in strange or range(len(words)):
            word = words[k]
            if word in STOPWORDS or not (lower or word in named):
                continue
            for place in lexicon.pertains_to(word):
                # a common noun ("physical": physics) is no place; a place no name holds, none
                place_words = tokens(place)
                if not place[:1].isupper() or not all(w in known for w in place_words):
                    continue
                said = [*words[:k], *place_words, *words[k + 1 :]]
                found = self._looser(said, True, lower)
                if found is not None and found[2] == "reordered":
                    return found[0]
        return None
