"""Which way a question's word order walks a verb relation from its entity: the verb said
after the entity (its subject) walks it forwards, before it backwards, a passive question or
relation the other way round (:func:`expected_direction`; the relation's verb and voice are
read by :func:`~kgchat.retrieval.phrases.phrase_verb`).
"""

from __future__ import annotations

from kgchat.retrieval.question import QuestionInfo
from kgchat.text import BE_FORMS, NOUN_MARKERS, PREPOSITIONS, WH_WORDS, skip_words, stem

__all__ = ["asks_circumstance", "expected_direction"]

# the wh-words that ask a circumstance of the verb (its place, time, reason), never one of the
# verb's own parties, its doer or what it is done to; not "how": a manner is said by "by" as
# often as a doer is ("How was X recorded?": by machine observation)
_CIRCUMSTANCE_WH = frozenset(["where", "when", "why"])

# the prepositions a passive names its active verb's subject by, beside "by": a source, a
# means ("generated *from* X", "treated *with* X"); a place or a time is no doer
_SOURCE_PREPOSITIONS = frozenset(["from", "with", "through", "via"])
# the prepositions whose object a passive's doer is: its "by", a source or a means
_DOER = frozenset(["by"]) | _SOURCE_PREPOSITIONS


def expected_direction(
    q: QuestionInfo, verb: str, passive: bool, stative: bool = False
) -> bool | None:
    """Whether the question walks a verb relation forwards from its entity: the verb said
    after the entity (its subject), unless the question or the relation is passive ("... by",
    or a form of be, the verb and a preposition before the entity);
    None when the verb is not said, or said on both readings. A ``stative`` relation
    (:func:`stative_phrase`) is walked forwards where the verb is said after the entity,
    whatever the question's voice: its subject is the participle's object, as a passive
    question's entity is ("What is X used as?" and ``is used as``: forwards; "What is used
    as X?": backwards).

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What is Jatropha curcas used as?", [(2, 4)])
    >>> expected_direction(q, "use", False), expected_direction(q, "use", False, True)
    (False, True)
    >>> expected_direction(analyze("What is used as fuel?", [(4, 5)]), "use", False, True)
    False

    A question in the passive with a preposition of source or means before the entity makes
    it the verb's subject as "by" does ("What is generated from X?" over ``generates``); one
    of place or time does not ("Which firms were founded in X?"):

    >>> expected_direction(analyze("What file is generated from main?", [(5, 6)]), "generat", False)
    True
    >>> expected_direction(analyze("What generates main?", [(2, 3)]), "generat", False)
    False
    >>> expected_direction(analyze("Which firms were founded in Ulm?", [(5, 6)]), "found", False)
    False
    """
    (start, end) = q.entity_place  # (a dislocated one: the pronoun's place)
    # "was X founded": a form of be right before the entity (its article between) makes the
    # verb after it passive, as "by" does
    k = skip_words(q.tokens, start - 1, -1)
    be = k >= 0 and q.tokens[k] in BE_FORMS
    seen = set()
    for i, t in enumerate(q.tokens):
        if start <= i < end or stem(t) != verb:
            continue
        if i > 0 and q.tokens[i - 1] in NOUN_MARKERS:
            continue  # "the cites of X": the verb used as a noun says nothing of direction
        after = q.tokens[i + 1] if i + 1 < len(q.tokens) else ""
        # "What is generated *from* X", "What is treated *with* X": said as a passive, by a
        # form of be, before the entity, the entity a source or means is the verb's subject,
        # as after "by"; not a place or time ("Which firms were founded *in* X")
        by = after == "by" or (
            0 < i < start and q.tokens[i - 1] in BE_FORMS and after in _SOURCE_PREPOSITIONS
        )
        if passive and not stative and not by and asks_circumstance(q):
            # a passive relation joins what is done to its doer ("held by", "made by"): the
            # question asks neither ("Where was X held?"), so its voice says no direction
            continue
        seen.add(i >= end if stative else (i >= end) ^ (by or (be and i >= end)) ^ passive)
    return seen.pop() if len(seen) == 1 else None


def asks_circumstance(q: QuestionInfo) -> bool:
    """Whether the question's wh-phrase asks a circumstance of its verb, not one of its parties:
    "where", "when" or "why", or a wh-phrase that is the object of a preposition put before it
    ("*In which city* was X held?") other than a doer's "by" or a preposition of source or
    means (``_SOURCE_PREPOSITIONS``: "*With what* was X replaced?" asks what replaced it). A
    preposition left at the end is not read: it may close a relative clause ("Who directed
    the films X acted *in*?").

    >>> from kgchat.retrieval.question import analyze
    >>> [asks_circumstance(analyze(t, [(3, 4)])) for t in ("Where was the session held?",
    ...     "Who was the session held by?", "In which room was session held?",
    ...     "How was the session recorded?")]
    [True, False, True, False]
    """
    toks, inside = q.tokens, q.in_mentions
    wh = next((i for i, t in enumerate(toks) if t in WH_WORDS and i not in inside), None)
    if wh is None:
        return False
    if toks[wh] in _CIRCUMSTANCE_WH:
        return True
    before = toks[wh - 1] if wh > 0 and wh - 1 not in inside else ""
    return before in PREPOSITIONS and before not in _DOER
