"""Whether a question asks what kind of thing its entity is ("What *kind of* place is
Lugano?", "What drug *class* is X in?"), and by which kind noun: read by
:mod:`kgchat.retrieval.question_shapes` (which exports these names) and the stages that answer
such a question (:mod:`kgchat.retrieval.answer_paths`, :mod:`kgchat.retrieval.kind_relations`,
the confidence).

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> asks_kind(analyze("What kind of place is Lugano?", [(5, 6)]))
True
"""

from __future__ import annotations

from kgchat.graph.codes import KIND_WORD
from kgchat.retrieval.answer_type import KIND_NOUNS
from kgchat.retrieval.question import (
    QuestionInfo,
    analyze,  # noqa: F401 - the examples below call it
)
from kgchat.text import ARTICLES, COPULAS, PREPOSITIONS
from kgchat.wordnet import wordnet

__all__ = ["asks_kind", "kind_head", "kind_nouns", "kind_word"]


def kind_word(word: str) -> bool:
    """Whether ``word`` names a sort of things as a classification does: a word
    :mod:`kgchat.graph.codes` reads a classifying property's name by ("type", "class",
    "category"; no "code", which names an identifier as often), or one WordNet files under
    *kind* ("genre").

    >>> kind_word("class"), kind_word("genre"), kind_word("code"), kind_word("drug")
    (True, True, False, False)
    """
    if KIND_WORD.fullmatch(word):
        return True
    lexicon = wordnet()
    return lexicon is not None and word.isalpha() and lexicon.is_a(word, "kind") >= 0.5


def _kind_at(q: QuestionInfo) -> int | None:
    """Where the kind noun of a question asking what kind of thing its entity is stands
    (:func:`asks_kind`), or None."""
    toks = q.tokens
    if len(toks) < 3 or toks[0] not in ("what", "which"):
        return None
    if (
        len(toks) > 4
        and (toks[1] in KIND_NOUNS or kind_word(toks[1]))
        and toks[2] == "of"
        and any(t in COPULAS for t in toks[3:6])
    ):
        return 1
    # "What drug *class* is X in?", "Which *genre* is X?": the type's head right before the
    # copula, and the entity right after it, the subject the kind is said of
    at = next((i for i, t in enumerate(toks) if t in COPULAS), None)
    if at is None or at < 2 or not kind_word(toks[at - 1]) or (at - 1) in q.in_mentions:
        return None
    first = at + 1 + (at + 1 < len(toks) and toks[at + 1] in ARTICLES)
    last = len(toks) - (toks[-1] in PREPOSITIONS)
    if any(a == first and b == last for a, b in q.spans):
        return at - 1
    return None


def asks_kind(q: QuestionInfo) -> bool:
    """Whether the question asks what kind of thing its entity is: "What *kind of* place is
    Lugano?", "Which *type of* drug is X?", "What drug *class* is X in?". The answer is a
    kind X is, never another thing of X's sort (a town in X's country, a drug under X's
    class).

    >>> asks_kind(analyze("What kind of place is Lugano?", [(5, 6)]))
    True
    >>> asks_kind(analyze("What kinds of cheese does Lugano make?", [(5, 6)]))
    False
    >>> asks_kind(analyze("What drug class is simvastatin in?", [(4, 5)]))
    True
    >>> asks_kind(analyze("What spectral class is the star of Kepler-186f?", [(7, 8)]))
    False
    """
    return _kind_at(q) is not None


def kind_nouns(q: QuestionInfo) -> tuple[str, ...]:
    """The kind noun of a question that asks a kind (:func:`asks_kind`) of the entity said
    right after its copula: "What *kind* of place is X?"; empty for any other question
    ("What kinds of drafting mechanics are there?" asks the kinds of a mention inside N).

    >>> kind_nouns(analyze("What sort of place is Lugano?", [(5, 6)]))
    ('sort',)
    >>> kind_nouns(analyze("What kinds of drafting mechanics are there?", [(3, 4)]))
    ()
    """
    at = _kind_at(q)
    if at is None:
        return ()
    toks = q.tokens
    cop = next(i for i in range(at + 1, len(toks)) if toks[i] in COPULAS)
    first = cop + 1 + (cop + 1 < len(toks) and toks[cop + 1] in ARTICLES)
    return (toks[at],) if any(a == first for a, _ in q.spans) else ()


def kind_head(q: QuestionInfo) -> str | None:
    """The head noun of the N a kind question says its entity is one of: "What kind of
    *place* is X?", "What kind of operational *point* is X?", "What *drug* class is X in?";
    None where it says none ("Which genre is X?") or asks no kind.

    >>> kind_head(analyze("What kind of entity is captopril?", [(5, 6)]))
    'entity'
    >>> kind_head(analyze("What drug class is simvastatin in?", [(4, 5)]))
    'drug'
    >>> kind_head(analyze("Which genre is Hades?", [(3, 4)])) is None
    True
    """
    at = _kind_at(q)
    if at is None:
        return None
    toks = q.tokens
    if toks[at + 1] == "of":
        cop = next(i for i in range(at + 2, len(toks)) if toks[i] in COPULAS)
        words = toks[at + 2 : cop]
    else:
        words = toks[1:at]
    words = [w for w in words if w.isalpha()]
    return words[-1] if words else None
