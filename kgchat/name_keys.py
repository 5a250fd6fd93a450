"""The keys a name is looked up by, besides its words: its content words in any order
(:func:`reordered_key`), its words bare of a trailing parenthesis (:func:`bare_words`) and the
parts of it that may name its entity alone (:func:`name_parts`). The name dictionary
(:class:`kgchat.name_table.NameTable`) files every label and alias under these.

Examples
--------
>>> reordered_key(["chair", "at", "iswc", "2010"])
'2010 chair iswc'
>>> bare_words("Nirvana (band)", ["nirvana", "band"])
['nirvana']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgchat.text import STOPWORDS, singular, tokens

__all__ = ["bare_words", "name_parts", "reordered_key"]

_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
# the prepositions after which a name says where, when or whose its head is
_QUALIFYING = frozenset({"of", "in", "for", "at", "from", "by"})
_SUBTITLE = re.compile(r":\s|\s[-–—]\s")  # "Title: subtitle", "Title - subtitle"


def reordered_key(toks: Sequence[str]) -> str:
    """A name's content words, singular, sorted (repeats kept: "the club Club America" is not
    "Club America"): its key whatever the order and stopwords; empty for fewer than two content
    words (one word is what the other tables match)."""
    words = sorted(singular(t) for t in toks if t not in STOPWORDS)
    return " ".join(words) if len(words) > 1 else ""


def bare_words(name: str, toks: list[str]) -> list[str]:
    """A name's words without its trailing parenthesis ("Nirvana (band)" -> nirvana); its
    words as they are when it has none."""
    return (tokens(_TRAILING_PAREN.sub("", name)) or toks) if name.endswith(")") else toks


def name_parts(
    name: str, toks: list[str], common: frozenset[str], core: list[str] | None = None
) -> set[str]:
    """The parts of a name that may name its entity alone: the name without a trailing
    parenthesis, without a run of middle words, and the last word of a short name.

    >>> sorted(name_parts("Tim J. Berners-Lee", tokens("Tim J. Berners-Lee"), frozenset()))
    ['tim berners lee', 'tim j lee', 'tim lee']
    >>> sorted(name_parts("Nirvana (band)", ["nirvana", "band"], frozenset()))
    ['nirvana']
    >>> sorted(name_parts("Marguerite Dubois", ["marguerite", "dubois"], frozenset()))
    ['dubois', 'marguerite']
    >>> sorted(name_parts("Hamburg headquarters", ["hamburg", "headquarters"], frozenset()))
    ['hamburg', 'headquarters']
    >>> title = "AnQL: SPARQLing up RDF"
    >>> "anql" in name_parts(title, tokens(title), frozenset())
    True
    """
    core = bare_words(name, toks) if core is None else core
    parts = set()
    if core != toks:
        parts.add(" ".join(core))
    n = len(core)
    if 2 <= n <= 3:
        # one word names an entity only if it is no relation's or stopword, and not short: the
        # last ("Bizer"), or the first where the name writes it capitalised: a given name
        # ("Marguerite" of "Marguerite Dubois") or a proper word before common ones
        # ("Hamburg" of "Hamburg headquarters", "Italian" of "Italian cuisine"), taken only
        # where the question capitalises it too
        words = [core[-1]]
        if name[:1].isupper():
            words.append(core[0])
        parts.update(w for w in words if len(w) >= 4 and w not in common and not w.isdigit())
    if 3 <= n <= 5:
        for i in range(1, n - 1):
            for j in range(i + 1, n):
                parts.add(" ".join(core[:i] + core[j:]))
    # a title's head before its subtitle ("AnQL: SPARQLing up...", "4sr - Scalable ...")
    head = _SUBTITLE.split(name, maxsplit=1)
    if len(head) == 2 and 1 <= len(head_toks := tokens(head[0])) <= 4:
        parts.add(" ".join(head_toks))
    # the name before its last qualifier, a place, period or party said after a preposition
    # ("Soil erosion risk map *of Bavaria*", "Wild bee monitoring *in Switzerland*"), which a
    # question leaves out when it is plain: the head, where it holds two content words or more
    # ("University of Warsaw" leaves "university", a common noun: none)
    cut = max((i for i, w in enumerate(core) if w in _QUALIFYING), default=0)
    if cut and sum(w not in STOPWORDS for w in core[:cut]) >= 2:
        parts.add(" ".join(core[:cut]))
    parts.discard(" ".join(toks))
    return {p for p in parts if p and p not in STOPWORDS}
