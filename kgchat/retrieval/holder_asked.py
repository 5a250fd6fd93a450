"""A question that names a thing by one of its own values and asks which thing that is:
"Which station has the code EB-HY-04?", "Which operational point has the ID DE84SHZ?" -> the
thing itself.

The linker finds the thing from the value it holds (an identifier the graph gives it as another
name, or a value of one of its relations), so the question's one entity is the answer, which no
walk from it reaches: walks start there and lead away (to the station's area, to its
neighbours). The reading holds for a question shaped "... *has/is* [the] NOUN VALUE", the value
last, where the value is not the entity's label, and every content word the question says
outside its mentions is a word of that noun or of the type it names ("which *station*"). The
noun must say the value's relation (a relation of the entity holding that very text, whose
phrase has the noun's word), or, for a value the graph gives as another name (no relation
left to read), the value must be written as a code is, with a figure: "Which team has the
player Messi?" names a player by his name and asks his team, while "Which station has the
code EB-HY-04?" names no one. "When was the station with code EB-HY-04 opened?" says
"opened" as well, and asks a fact of the station instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kgchat.function_words import BE_FORMS, HAVE_FORMS, PREPOSITIONS
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import asks_kind
from kgchat.retrieval.results import Candidate
from kgchat.text import STOPWORDS, content_stems, normalize, skip_words, stem

__all__ = ["holder_asked", "naming_noun"]

_LINKS = HAVE_FORMS | BE_FORMS  # "which station *has* the code X", "whose code *is* X"


def naming_noun(q: QuestionInfo, start: int, skip: frozenset[int]) -> list[str]:
    """The words of the noun right before the mention at ``start`` that names what the
    mention's value is ("has the *code* X", "has *inventory number* X"), where the mention
    ends the question and a form of "have" or "be" (an article between) comes before the
    noun; [] otherwise. ``skip``: the tokens of class mentions, no part of the noun.

    >>> from kgchat.retrieval.question import analyze
    >>> naming_noun(analyze("which station has the code x42", [(5, 6)]), 5, frozenset())
    ['code']
    >>> naming_noun(analyze("which station near x42", [(3, 4)]), 3, frozenset())
    []
    >>> naming_noun(analyze("what weakness is behind log4shell", [(4, 5)]), 4, frozenset())
    []
    """
    if any(i not in q.in_mentions for i in range(start, len(q.tokens))):
        return []
    i = start - 1
    noun: list[str] = []
    while i >= 0 and i not in skip and _noun_word(q.tokens[i]):
        noun.insert(0, q.tokens[i])
        i -= 1
    i = skip_words(q.tokens, i, -1)
    return noun if noun and i >= 0 and q.tokens[i] in _LINKS else []


def _noun_word(token: str) -> bool:
    """Whether ``token`` may be a word of a noun: a word, no function word and no
    preposition ("What weakness is *behind* Log4Shell?" names no value's noun)."""
    return token.isalpha() and token not in STOPWORDS and token not in PREPOSITIONS


def holder_asked(
    kg: Any,
    q: QuestionInfo,
    mentions: list[Any],
    edges: Callable[[str], list[Any]],
    phrase: Callable[[str], str],
) -> tuple[Candidate, float] | None:
    """The entity the question names by a value it holds, as the answer (see the module
    docstring), and the confidence of its link; or None where the question asks something
    else: other than one entity named, an entity named by its own label, no naming noun
    before the value, a word outside the mentions that neither that noun nor the type asked
    says, or a value neither a relation nor a code's form says the noun of."""
    if asks_kind(q):
        return None  # "What type of station has code X?": its kind, not the station
    named = [m for m in mentions if not m.is_class]
    if len({(m.start, m.end) for m in named}) != 1 or len({m.node for m in named}) != 1:
        return None
    mention = named[0]
    said = normalize(mention.text)
    if not said or said == normalize(kg.label(mention.node)):
        return None
    classes = frozenset(i for m in mentions if m.is_class for i in range(m.start, m.end))
    noun = {stem(w) for w in naming_noun(q, mention.start, classes)}
    asked = {
        stem(t)
        for i, t in enumerate(q.tokens)
        if i not in q.in_mentions and i not in classes and t.isalpha() and t not in STOPWORDS
    }
    if not noun or not asked <= noun | {stem(w) for w in q.named_type}:
        return None
    found = Candidate(mention.node, kg.label(mention.node), 1.0), float(mention.score)
    if any(c.isdigit() for c in said) and said in {normalize(a) for a in kg.aliases(mention.node)}:
        return found  # a code the graph gives it as another name
    if any(
        normalize(kg.label(e.neighbor)) == said and noun & set(content_stems(phrase(e.predicate)))
        for e in edges(mention.node)
        if e.forward
    ):
        return found
    return None
