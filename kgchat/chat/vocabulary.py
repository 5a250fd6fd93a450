"""The words a model's reply may use: those of the facts it reads, function words, citations.

A small model asked to restate a fact goes on to invent ("Warsaw, Poland (1867-1934) is ...",
"Tarnveld, Inc., is a British-based fashion conglomerate ..."): names and words no given fact
holds, which the claim check (:mod:`kgchat.chat.claims`) then drops, so that the reply falls
back to the verbalised evidence and the model's words are lost. Decoding that may only choose
among the tokens of the facts' own words keeps the model to what it can state: the names and
relation phrases of the facts shown to it (and their declared inverses, which the check reads as
the same fact), English function words (not the negations: a reply restates, it does not deny),
words any faithful reply may use ("according", "known"), punctuation and the citations of the
facts shown. Which of them it says, and in what order, is the model's; whether that states its
fact right is still the claim check's.

:func:`reply_vocabulary` gives the words; :class:`kgchat.chat.word_trie.WordTrie` keeps a
backend's decoding to whole words of them (a word's tokens differ with where it stands: as
written, capitalised, after a space).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Ada", "taught", "Ben"), ("Ben", "born_in", "Oslo")])
>>> words = reply_vocabulary(kg, [kg.fact(0), kg.fact(1)], [1])
>>> "Ada" in words and "taught" in words and "[1]" in words
True
>>> "Oslo" in words or "[2]" in words or "not" in words
False
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kgchat.chat.evidence import declared_inverse, unnamed
from kgchat.function_words import NEGATIONS
from kgchat.graph.view import Fact
from kgchat.text import STOPWORDS

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["FUNCTION", "reply_vocabulary"]

# Words any faithful restatement may use beside the facts' (as :data:`kgchat.chat.guard.GENERIC`
# allows them, unstemmed), and the claim check's negations, which a restatement never needs.
_GENERIC = ("according", "also", "known", "listed", "named", "called", "given", "includes")
_MARKS = (".", ",", ":", ";", "'s", "(", ")", "-", "'", '"')
FUNCTION = tuple(sorted(STOPWORDS - NEGATIONS)) + _GENERIC + _MARKS


def reply_vocabulary(
    kg: KnowledgeGraph | None,
    given: Sequence[Fact],
    shown: Iterable[int],
    extra: Iterable[str] = (),
) -> list[str]:
    """The words (and whole names) a reply citing the ``shown`` given facts (numbers of
    ``given``) may use: see the module docstring; ``extra`` adds some (the answer prefix's)."""
    out: dict[str, None] = {}
    for n in shown:
        f = given[n - 1]
        phrases = [f.predicate_label]
        if kg is not None and (inverse := declared_inverse(kg, f.predicate)):
            phrases.append(inverse)
        names = [x for x in (f.subject_label, f.object_label) if not unnamed(x)]
        for text in (*names, *phrases):
            out[text] = None
            out.update(dict.fromkeys(text.split()))
        out[f"[{n}]"] = None
    for text in extra:
        out.update(dict.fromkeys(text.split()))
    out.update(dict.fromkeys(FUNCTION))
    return [w for w in out if w]
