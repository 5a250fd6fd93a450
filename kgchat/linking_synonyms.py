"""Common nouns said by another word of the same meaning than the graph's name ("aspirin" for
*Acetylsalicylic acid*, "bleeding" for *Haemorrhage*): :class:`SynonymNames`, a mixin of
:class:`~kgchat.linking.EntityLinker`.

A question's noun that the graph knows not (no word of any name or relation) is read as
WordNet reads it: each of its noun meanings holds other words for the same thing, and one of
them may be a name the graph gives exactly. Only common nouns are sought and found: a word
written as a name is left to the name dictionary, and a meaning's capitalised words (brand
names, "Bayer" beside "aspirin") are other things. Only a noun's first meaning is read, and
not that of a kind of person ("writer": *author*, a role asked of someone, not a thing named);
a value the question says keeps its words ("lb" of the code "[lb_av]"), and a class is no
synonym's entity (a common noun names its kind already). The synonyms are WordNet's, read from the
question's side only: a title of the graph made of common words ("Ray of Light") is never
taken for a meaning it has in WordNet, since a word the graph holds is never looked up.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.linking import EntityLinker
>>> from kgchat.wordnet import wordnet
>>> kg = KnowledgeGraph.from_triples([
...     ("Acetylsalicylic_acid", "binds", "PTGS1"),
...     ("Ibuprofen", "binds", "PTGS2"),
... ])
>>> links = EntityLinker(kg).link("what genes does aspirin bind")
>>> wordnet() is None or [(m.text, m.node, m.method) for m in links]
[('aspirin', 'Acetylsalicylic_acid', 'synonym')]
"""

from __future__ import annotations

from typing import Any

from kgchat.name_table import Span
from kgchat.text import STOPWORDS, tokens

__all__ = ["SYNONYM", "SynonymNames"]

SYNONYM = 0.8  # a name said by a synonym: as sure as a proper adjective's place
_WORDS = 3  # the longest noun phrase looked up ("high blood pressure")


class SynonymNames:
    """Names said by a WordNet synonym (a mixin: the class using it sets ``config`` and
    ``names``, its name table, and answers :meth:`is_class`)."""

    config: Any
    names: Any
    is_class: Any

    def _synonyms(
        self, toks: list[str], named: set[str], unknown: list[bool], taken: set[int]
    ) -> list[Span]:
        """Spans of words the graph knows not, no name, that WordNet reads as a noun one of
        whose meanings the graph names exactly in other common words; longest first, at most
        ``max_candidates`` entities a span. Off with ``synonyms``."""
        from kgchat.wordnet import wordnet

        exact = getattr(self.names, "exact", None)  # an endpoint's lookup keeps no table
        lexicon = wordnet() if self.config.synonyms else None
        if lexicon is None or exact is None:
            return []
        out: list[Span] = []
        used = set(taken)
        for n in range(min(_WORDS, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                words = toks[i : i + n]
                if used.intersection(range(i, i + n)) or not all(unknown[i : i + n]):
                    continue
                if any(w in STOPWORDS or w in named or not w.isalpha() for w in words):
                    continue
                nodes = self._named_meanings(lexicon, " ".join(words), exact)
                if nodes:
                    out.append((i, i + n, nodes[: self.config.max_candidates], SYNONYM, "synonym"))
                    used.update(range(i, i + n))
        return out

    def _named_meanings(self, lexicon: Any, phrase: str, exact: dict[str, list[str]]) -> list[str]:
        """The entities (no classes) named exactly by another common word of the first
        meaning of ``phrase`` read as a noun, where a noun is what the phrase mostly is and
        names no kind of person."""
        found: list[str] = []
        for lemma, pos in lexicon.base_forms(phrase):
            senses = lexicon.offsets(lemma, pos) if pos == "n" else ()
            if not senses or lexicon.pos_share(lemma, pos) <= 0.5:
                continue
            named = [
                node
                for word in lexicon.synset(pos, senses[0]).words
                # the word itself, or a name (a brand: "Bayer" beside aspirin), is none
                if word.lower() != lemma and word == word.lower()
                for node in exact.get(" ".join(tokens(word.replace("_", " "))), ())
            ]
            # a kind of person is a role ("writer", "prof"), asked of someone, not a name
            if named and lexicon.is_a(lemma, "person") == 0:
                found += [
                    n for n in dict.fromkeys(named) if n not in found and not self.is_class(n)
                ]
        return found
