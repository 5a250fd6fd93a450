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

import functools
from itertools import chain
from typing import Any

from kgchat.name_table import Span
from kgchat.text import STOPWORDS, tokens

__all__ = ["SYNONYM", "SynonymNames", "noun_synonyms"]

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
        """Spans of words the graph knows not, no name, whose :func:`noun_synonyms` the graph
        names exactly (entities, no classes: a common noun names its kind already); longest
        first, at most ``max_candidates`` entities a span. Off with ``synonyms``."""
        from kgchat.wordnet import wordnet

        exact = getattr(self.names, "exact", None)  # an endpoint's lookup keeps no table
        if not self.config.synonyms or exact is None or wordnet() is None:
            return []
        # the words that may be a noun the graph knows not: no stopword, name or figure
        free = [
            unknown[i] and i not in taken and w.isalpha() and w not in STOPWORDS and w not in named
            for i, w in enumerate(toks)
        ]
        if not any(free):
            return []
        out: list[Span] = []
        for n in range(min(_WORDS, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                if not all(free[i : i + n]):
                    continue
                said = (exact.get(key, ()) for key in noun_synonyms(" ".join(toks[i : i + n])))
                nodes = [x for x in dict.fromkeys(chain(*said)) if not self.is_class(x)]
                if nodes:
                    out.append((i, i + n, nodes[: self.config.max_candidates], SYNONYM, "synonym"))
                    free[i : i + n] = [False] * n
        return out


@functools.lru_cache(maxsize=16384)
def noun_synonyms(phrase: str) -> tuple[str, ...]:
    """The other common words of the first meaning of ``phrase`` read as a noun, as name keys
    (normalised words joined by spaces), where a noun is what the phrase mostly is and names
    no kind of person (a role, "writer" or "prof", is asked of someone, not a thing's name);
    a meaning's capitalised words (a brand: "Bayer" beside aspirin) are none. Empty without
    WordNet. Cached: the same words recur across a graph's questions.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or noun_synonyms("aspirin")
    ('acetylsalicylic acid',)
    >>> noun_synonyms("writer")  # a kind of person: author is a role
    ()
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None:
        return ()
    out: list[str] = []
    for lemma, pos in lexicon.base_forms(phrase):
        senses = lexicon.offsets(lemma, pos) if pos == "n" else ()
        if not senses or lexicon.pos_share(lemma, pos) <= 0.5:
            continue
        words = [
            " ".join(tokens(w.replace("_", " ")))
            for w in lexicon.synset(pos, senses[0]).words
            if w.lower() != lemma and w == w.lower()
        ]
        if words and lexicon.is_a(lemma, "person") == 0:
            out += [w for w in words if w and w not in out]
    return tuple(out)
