"""What shape a question has, as the later stages ask it of a :class:`~kgchat.retrieval.
question.QuestionInfo`: whether its type is only its wh-word's ("where", "who") or a
how-question's, whether "where" asks where something was done, whether it asks yes or no, and
whether a name it says is the type it asks for or a class whose members it lists.

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> wh_typed(analyze("Where is Acme located?", [(2, 3)])), is_yes_no("Who is X?")
(True, False)
"""

from __future__ import annotations

from collections.abc import Collection

from kgchat.function_words import HAVE_FORMS, INDEFINITE_ARTICLES
from kgchat.retrieval.answer_type import (
    LEAD_INS,
    WH_TYPES,
    answer_type_words,
    how_types,
)
from kgchat.retrieval.kind_questions import asks_kind, kind_nouns, kind_word
from kgchat.retrieval.noun_phrases import participle
from kgchat.retrieval.question import (
    QuestionInfo,
    analyze,  # noqa: F401 - the examples below call it
)
from kgchat.text import (
    ARTICLES,
    BE_FORMS,
    COPULAS,
    DO_FORMS,
    POSSESSIVES,
    PREPOSITIONS,
    STOPWORDS,
    WH_WORDS,
    YES_NO_WORDS,
    skip_words,
    stem,
    tokens,
)

__all__ = [
    "asks_kind",
    "asks_type_at",
    "had_noun",
    "how_typed",
    "how_word",
    "is_yes_no",
    "kind_nouns",
    "kind_word",
    "modifies_type",
    "said_as_class",
    "says_relation_by_preposition",
    "type_words_with",
    "valued_noun",
    "wh_typed",
    "where_done",
]


def wh_typed(q: QuestionInfo) -> bool:
    """Whether the question's answer type is only what its wh-word asks ("where": a place,
    "who": a person), not a type it names ("which city").

    >>> wh_typed(analyze("Where is Acme located?", [(2, 3)]))
    True
    >>> wh_typed(analyze("Which city is Acme in?", [(3, 4)]))
    False

    A kind question asks a kind of the place or person (:func:`asks_kind`: "What kind of
    place is Lugano?", a ``populated place``), not where or who.
    """
    return (
        bool(q.answer_type)
        and any(q.answer_type == ws for ws in WH_TYPES.values())
        and not asks_kind(q)
    )


def where_done(q: QuestionInfo) -> bool:
    """Whether "where" asks the place something was *done* ("Where did X study?", "Where
    was X educated?": a do-auxiliary, or a copula with a participle after it) rather than
    where a thing *is* ("Where is the football club that X plays for?", "Where is X
    located?"); the first may be answered by a thing that is somewhere (a university), the
    second only by a place.

    >>> where_done(analyze("Where did Einstein study?", [(2, 3)]))
    True
    >>> where_done(analyze("Where is the club that Ann plays for?", [(5, 6)]))
    False
    """
    toks = q.tokens
    for i, t in enumerate(toks[:-1]):
        if t == "where":
            if toks[i + 1] in DO_FORMS:
                return True
            if toks[i + 1] in COPULAS:
                # its own participle, before any clause of the noun ("Where is the university
                # X *was* educated at?", "... *that* X plays for": where the university is)
                inside = {k for a, b in q.spans for k in range(a, b)}
                for k in range(i + 2, len(toks)):
                    w = toks[k]
                    if k in inside:
                        continue
                    if w in COPULAS or w in WH_WORDS or w == "that":
                        return False
                    if w not in WH_TYPES["where"] and participle(w):
                        return True
            return False
    return False


def how_typed(q: QuestionInfo) -> bool:
    """Whether the question's answer type is only what "how many/much/long/old ..." asks (a
    number, a length), not a type it names.

    >>> how_typed(analyze("How many films did Ann direct?", [(4, 5)]))
    True
    >>> how_typed(analyze("What is the length of X?", [(5, 6)]))
    False
    """
    return how_word(q) is not None


def how_word(q: QuestionInfo) -> str | None:
    """The word after "how" whose degree or count the question asks ("old" of "How old is
    X?", "deep" of "How deep is X?": :func:`~kgchat.retrieval.answer_type.how_types`), where
    that is all its answer type; None otherwise.

    >>> how_word(analyze("How old is Ann?", [(3, 4)])), how_word(analyze("How is Ann?", [(2, 3)]))
    ('old', None)
    """
    if not q.answer_type:
        return None
    toks = [t.lower() for t in q.tokens]
    for i, t in enumerate(toks[:-1]):
        if t == "how" and q.answer_type == how_types(toks[i + 1]):
            return toks[i + 1]
    return None


def is_yes_no(question: str) -> bool:
    """True for a question that asks for yes or no ("Is X contraindicated in Y?"): it opens
    with an auxiliary and asks no wh-question inside ("Can you tell me *which* countries ..."
    asks for countries).

    >>> is_yes_no("Is lisinopril contraindicated in pregnancy?"), is_yes_no("Who is X?")
    (True, False)
    >>> is_yes_no("Can you tell me which countries border both France and Germany?")
    False
    """
    words = tokens(question)
    return bool(words) and words[0] in YES_NO_WORDS and WH_WORDS.isdisjoint(words[1:])


def says_relation_by_preposition(q: QuestionInfo) -> bool:
    """Whether the question ends on a preposition stranded after its entity, which says the
    relation asked where no content word does: "What is X *about*?", "What is X *for*?",
    "Which family is X *in*?" ask a fact of X, not what X is. A preposition before a name
    ("the noise level *in* X", "Tell me *about* X") strands nothing.

    >>> says_relation_by_preposition(analyze("What is the Townlands dataset about?", [(3, 4)]))
    True
    >>> says_relation_by_preposition(analyze("What is Townlands?", [(2, 3)]))
    False
    >>> says_relation_by_preposition(analyze("Tell me about Townlands", [(3, 4)]))
    False
    """
    toks = q.tokens
    return bool(toks) and toks[-1] in PREPOSITIONS and len(toks) - 1 not in q.in_mentions


def asks_type_at(
    q: QuestionInfo, start: int, end: int, *, spans: Collection[tuple[int, int]] | None = None
) -> bool:
    """Whether the words at tokens ``start:end``, a name of the graph, are the type the
    question asks for ("*which film* was released in 2011?", where *film* names a class and
    so is a mention, not one of :attr:`QuestionInfo.answer_type`'s words). ``spans``: the
    mentions whose words are no type words, where they are others than ``q.spans`` (the
    question's tokens are the same whichever mentions it was analysed with).

    >>> asks_type_at(analyze("Which film was released in 2011?", [(1, 2)]), 1, 2)
    True
    >>> asks_type_at(analyze("When was the film Alien released?", [(3, 4)]), 3, 4)
    False

    A name read as the type only once an earlier one that is the type is left out is not it:
    "Which *family* is the stag beetle in?" asks a family, and "the stag beetle" is the type
    of "which is the stag beetle in?" alone. An earlier name right before it is of the same
    noun phrase, whose head is the type ("which *Romance* languages").

    >>> q = analyze("Which family is the stag beetle in?", [(1, 2), (4, 6)])
    >>> asks_type_at(q, 1, 2), asks_type_at(q, 4, 6)
    (True, False)
    >>> q = analyze("Which Romance languages are spoken in Spain?", [(1, 2), (2, 3), (6, 7)])
    >>> asks_type_at(q, 2, 3)
    True
    """
    if not _types_at(q, start, end, spans):
        return False
    others = q.spans if spans is None else spans
    return not any(
        b < start and _types_at(q, a, b, spans) for a, b in others if (a, b) != (start, end)
    )


def _types_at(
    q: QuestionInfo, start: int, end: int, spans: Collection[tuple[int, int]] | None
) -> bool:
    """Whether the type words read with the mention at ``start:end`` left in hold its words."""
    return bool(set(type_words_with(q, start, end, spans)) & set(q.tokens[start:end]))


def type_words_with(
    q: QuestionInfo, start: int, end: int, spans: Collection[tuple[int, int]] | None = None
) -> list[str]:
    """The words of the type the question asks for, read with the mention at tokens
    ``start:end`` left in the text (the question's other mentions, or ``spans``, left out)."""
    others = q.spans if spans is None else spans
    inside = {i for a, b in others if (a, b) != (start, end) for i in range(a, b)}
    return answer_type_words(q.tokens, inside, (), q.text)


def modifies_type(
    q: QuestionInfo, start: int, end: int, *, spans: Collection[tuple[int, int]] | None = None
) -> bool:
    """Whether the words at tokens ``start:end`` modify the type the question asks for, whose
    head noun comes after them ("which *chemistry* laureates", "which *Italian* films"): an
    English noun phrase ends with its head. The answer is then a *laureate* related to the
    value somehow (in n-ary data through an award node), not the value's own kind.

    >>> q = analyze("Which chemistry laureates were at Harvard?", [(1, 2), (5, 6)])
    >>> modifies_type(q, 1, 2), asks_type_at(q, 1, 2)
    (True, True)
    >>> modifies_type(analyze("Which physicists were born in Ulm?", [(1, 2), (5, 6)]), 1, 2)
    False

    ``spans``: as :func:`asks_type_at`'s.
    """
    words, said = type_words_with(q, start, end, spans), q.tokens[start:end]
    # (asks_type_at's test on the same words, read once)
    return bool(words) and words[-1] not in said and bool(set(words) & set(said))


def said_as_class(q: QuestionInfo, start: int, end: int | None = None) -> bool:
    """Whether the question names the mention at tokens ``start:end`` as a class whose members
    it asks for: "(which ...) are a/an <X>", or the type it asks ("Which *novels* are
    there?", "List the *novels*.": after the wh-word or lead-in with no copula between;
    "What are novels?" asks what the class is).

    >>> said_as_class(analyze("List the novels.", [(2, 3)]), 2, 3)
    True
    >>> said_as_class(analyze("What are novels?", [(2, 3)]), 2, 3)
    False
    """
    toks = q.tokens
    if start >= 2 and toks[start - 1] in INDEFINITE_ARTICLES and toks[start - 2] in COPULAS:
        return True
    if end is None or not asks_type_at(q, start, end):
        return False
    k = start - 1
    while k >= 0 and toks[k] not in WH_WORDS and toks[k] not in LEAD_INS:
        if toks[k] in COPULAS:
            return False
        k -= 1
    return k >= 0


def valued_noun(q: QuestionInfo) -> int | None:
    """The question word (its index in ``q.words``) of a noun its one entity is said to be the
    *value* of: "whose <noun> is X" ("Whose *father* was Arthur?": the one who has Arthur as
    father) or "X as [the] <noun>" ("Who had Marie Curie as doctoral *advisor*?"); the noun
    phrase's head, its last word. The noun's owner is the answer. None without one.

    >>> q = analyze("Whose father was Arthur Ashcombe?", [(3, 5)])
    >>> q.words[valued_noun(q)]
    'father'
    >>> q = analyze("Who had Marie Curie as doctoral advisor?", [(2, 4)])
    >>> q.words[valued_noun(q)]
    'advisor'
    >>> valued_noun(analyze("Who was Arthur Ashcombe's father?", [(2, 4)])) is None
    True
    """
    if len(q.spans) != 1:
        return None
    toks = q.tokens
    start, end = q.spans[0]

    def noun(t: str) -> bool:
        return t not in STOPWORDS and t not in PREPOSITIONS

    head = None
    # "whose <noun> is [the] X": the be-form and articles before X
    k = skip_words(toks, start - 1, -1, skipped=BE_FORMS | ARTICLES) + 1
    i = k - 1
    while i >= 0 and noun(toks[i]):
        i -= 1
    if k < start and 0 <= i < k - 1 and toks[i] == "whose":
        head = toks[k - 1]
    elif end < len(toks) and toks[end] == "as":
        j = skip_words(toks, end + 1, skipped=ARTICLES | POSSESSIVES)
        last = j
        while last < len(toks) and noun(toks[last]):
            last += 1
        head = toks[last - 1] if last > j else None
    if head is None:
        return None
    at = [n for n, w in enumerate(q.words) if stem(w) == stem(head)]
    return at[0] if len(at) == 1 else None


def had_noun(q: QuestionInfo) -> int | None:
    """The question word (its index in ``q.words``) of the noun a question asks as what its
    subject *has*: "What *symptoms* does X have?", "Which *awards* did X have?". The noun
    is X's own, as in "the symptoms of X": the relation asked, not only a type of answer.
    None for any other shape.

    >>> q = analyze("What symptoms does the disease treated by X have?", [(7, 8)])
    >>> q.words[had_noun(q)]
    'symptoms'
    >>> had_noun(analyze("What symptoms does X cause?", [(3, 4)])) is None
    True
    """
    toks = q.tokens
    if len(toks) < 4 or toks[0] not in ("what", "which") or toks[-1] not in HAVE_FORMS:
        return None
    k = next((i for i, t in enumerate(toks) if t in DO_FORMS), None)
    if k is None or k < 2 or k >= len(toks) - 2:
        return None
    noun = toks[k - 1]
    at = [i for i, w in enumerate(q.words) if w == noun]
    return at[0] if len(at) == 1 else None
