"""The noun phrase a question says its one entity owns: "<noun> of [the] <entity>" ("the
*daughter* of Pierre Curie"), "<entity>'s <noun>" ("Jonas Weber's *doctoral advisor*"), or a noun
a verb or a preposition ties to it ("the *film that followed* X"), and whether that phrase is
itself governed by a clause or a preposition, so that the question asks something *of* the thing
it names. These read the question's words alone; what a relation phrase says is read in
:mod:`kgchat.retrieval.phrases`.

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> q = analyze("Who is married to the daughter of Pierre Curie?", [(7, 9)])
>>> q.words[owner_noun(q)], [q.words[i] for i in owner_phrase(q)]
('daughter', ['daughter'])
>>> owner_governed(q)  # the object of "married to": asked is something of the daughter
True
>>> q.tokens[of_before(q)]
'of'
"""

from __future__ import annotations

from collections.abc import Callable

from kgchat.function_words import RELATIVE_PRONOUNS
from kgchat.retrieval.question import QuestionInfo
from kgchat.text import (
    ARTICLES,
    BE_FORMS,
    DO_FORMS,
    POSSESSIVES,
    PREPOSITIONS,
    STOPWORDS,
    WH_WORDS,
    possessed_at,
    skip_words,
    stem,
)

__all__ = ["of_before", "owner_asked_of", "owner_governed", "owner_noun", "owner_phrase"]


def owner_noun(q: QuestionInfo) -> int | None:
    """The question word (its index in ``q.words``) said as "<noun> of [the] <entity>" for
    its one entity: the relation the walk takes first ("the *daughter* of Pierre Curie": a
    chain's hops are said from the entity outwards). None without one.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Who is married to the daughter of Pierre Curie?", [(7, 9)])
    >>> q.words[owner_noun(q)]
    'daughter'
    """
    k = of_before(q)
    if k is not None:
        noun = stem(q.tokens[k - 1])
    elif _possessed(q):  # "X's *wife*": the noun X owns, said right after it
        noun = stem(q.tokens[q.spans[0][1]])
    else:
        return None
    at = [i for i, w in enumerate(q.words) if stem(w) == noun]
    return at[0] if len(at) == 1 else None


def owner_phrase(q: QuestionInfo) -> tuple[int, ...]:
    """The question words (indices into ``q.words``) of the noun phrase said as "<noun
    phrase> of [the] <entity>" or "<entity>'s <noun phrase>" for its one entity
    (:func:`owner_noun` reads its one noun beside the entity): the words right before the
    "of" back to an article or a word that is no noun's (a stopword, a preposition, a verb's
    inflection), or right after the possessive up to one; or a noun phrase that a verb or a
    preposition ties to the entity, from its article on ("the *film that followed* X",
    "the *sequel to* X", "the *disease treated by* X": :func:`_tied_before`); empty without
    such a phrase.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Who founded the parent company of Beta Sensors?", [(6, 8)])
    >>> [q.words[i] for i in owner_phrase(q)]
    ['parent', 'company']
    >>> q = analyze("Who was Jonas Weber's doctoral advisor?", [(2, 4)])
    >>> [q.words[i] for i in owner_phrase(q)]
    ['doctoral', 'advisor']
    >>> q = analyze("Who directed the film that followed Glass Harbor?", [(6, 8)])
    >>> [q.words[i] for i in owner_phrase(q)]
    ['film', 'followed']
    >>> owner_phrase(analyze("Who directed the film Glass Harbor?", [(4, 6)]))
    ()
    """
    from kgchat.retrieval.noun_phrases import participle

    def noun(t: str) -> bool:
        return t not in STOPWORDS and t not in PREPOSITIONS and not participle(t)

    k = of_before(q)
    said: list[str] = []
    if k is not None:
        i = k - 1
        while i >= 0 and i not in q.in_mentions:
            j = i if noun(q.tokens[i]) else _compound_start(q.tokens, i, k)
            if j is None:  # ("editor in chief": one noun)
                break
            said += q.tokens[j : i + 1]
            i = j - 1
    elif _possessed(q):
        i = q.spans[0][1]
        while i < len(q.tokens) and noun(q.tokens[i]) and i not in q.in_mentions:
            said.append(q.tokens[i])
            i += 1
    else:
        said = _tied_before(q, participle)
    stems = {stem(t) for t in said}
    return tuple(i for i, w in enumerate(q.words) if stem(w) in stems)


def owner_governed(q: QuestionInfo) -> bool:
    """Whether the noun phrase its one entity owns ("the founder of X", "X's neighbours",
    "the disease treated by X") is the subject of a clause with do-support or the object of a
    preposition other than "of": the question then asks something of the thing that phrase
    names, never the thing itself ("Which company did *the founder of X* study at?", "What
    symptoms does *the disease treated by X* have?", "Which actors appeared in movies by
    *the director of X*?"), where "Who is the founder of X?" asks the founder.

    >>> from kgchat.retrieval.question import analyze
    >>> owner_governed(analyze("Which company did the founder of Helix Labs study at?", [(6, 8)]))
    True
    >>> owner_governed(analyze("Who is the founder of Helix Labs?", [(5, 7)]))
    False
    """
    if len(q.spans) != 1:
        return False
    i = _before_phrase(q)
    if i is None:
        return False
    toks = q.tokens
    i = skip_words(toks, i, -1, skipped=ARTICLES | POSSESSIVES)
    if i < 0:
        return False
    return toks[i] in DO_FORMS or (toks[i] in PREPOSITIONS and toks[i] != "of")


def owner_asked_of(q: QuestionInfo) -> bool:
    """Whether the question asks something of a thing it names by a noun phrase its one
    entity owns: :func:`owner_governed`'s phrase, or one whose relative clause the entity is
    the subject of ("the *show that* X is from", "the *country where* X was born"), said as
    anything but what a copula asks for. A phrase after a preposition ("of" too: "the ISO3
    code *of* the country that succeeded X"), a do-support clause or a verb ("Who *hosts*
    the show that X is from?") names a thing the question goes on from; after a copula
    ("Who is the founder of X?") it names the thing asked for itself.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What is the ISO3 code of the country that succeeded Zaire?", [(10, 11)])
    >>> owner_asked_of(q), owner_governed(q)
    (True, False)
    >>> owner_asked_of(analyze("Who hosts the show that Zone Defense is from?", [(5, 7)]))
    True
    >>> owner_asked_of(analyze("Who is the founder of Helix Labs?", [(5, 7)]))
    False
    >>> owner_asked_of(analyze("Which show is Zone Defense from?", [(3, 5)]))
    False
    """
    if len(q.spans) != 1:
        return False
    i = _before_phrase(q)
    if i is None:
        i = _before_clause(q)
    if i is None:
        return False
    toks = q.tokens
    i = skip_words(toks, i, -1, skipped=ARTICLES | POSSESSIVES)
    if i < 0 or toks[i] in BE_FORMS or toks[i] in WH_WORDS:
        return False
    return toks[i] in DO_FORMS or toks[i] in PREPOSITIONS or toks[i] not in STOPWORDS


def _before_phrase(q: QuestionInfo) -> int | None:
    """Where the word right before the noun phrase the question's one entity owns stands
    (:func:`owner_governed`'s three forms: "<noun ...> of [the] X", "X's <noun>", "the
    <noun> <verb/prep> X"; -1 where the phrase opens the question); None without one."""
    from kgchat.retrieval.noun_phrases import participle

    toks = q.tokens
    k = of_before(q)
    if k is not None:  # "<noun ...> of [the] X": back over the nouns before the "of"
        i = k - 1
        while i >= 0 and i not in q.in_mentions:
            if toks[i] in STOPWORDS or toks[i] in PREPOSITIONS or participle(toks[i]):
                j = _compound_start(toks, i, k)  # "the editor in chief of X": one noun
                if j is None:
                    break
                i = j
            i -= 1
        return i
    if _possessed(q):  # "X's <noun>": the phrase starts at X
        return q.spans[0][0] - 1
    if _tied_before(q, participle):  # "the <noun> <verb/prep> X": from its article
        return _article_before(q, _bare_start(q) - 1)
    return None


def _before_clause(q: QuestionInfo) -> int | None:
    """Where the word right before "<article> <noun ...> <relative word> [the] X" stands,
    for the question's one entity opening the relative clause as its subject ("the show
    *that* X is from", "the city *where* X was born": a wh-word or "that" after a noun
    opens a clause about it); None otherwise."""
    k = _bare_start(q) - 1
    if k < 2 or q.tokens[k] not in RELATIVE_PRONOUNS | WH_WORDS:
        return None
    noun = q.tokens[k - 1]  # (a function word cannot head the phrase; "show" can)
    if noun in PREPOSITIONS or noun in ARTICLES or noun in BE_FORMS or k - 1 in q.in_mentions:
        return None
    return _article_before(q, k - 1)


def _article_before(q: QuestionInfo, i: int) -> int | None:
    """The place before the article that opens the noun phrase ending at ``i``, back over
    no mention; None where no article opens it."""
    while i >= 0 and q.tokens[i] not in ARTICLES:
        if i in q.in_mentions:
            return None
        i -= 1
    return None if i < 0 else i - 1


def _compound_start(toks: list[str], i: int, k: int) -> int | None:
    """Where a noun WordNet knows as one compound ("editor in chief", "commander in chief",
    "sergeant at arms") starts, of which the function word at ``i`` is a part and which ends
    right before the "of" at ``k``: one or two words before ``i`` on (the longest first);
    None without one, or without WordNet. A preposition inside such a noun governs nothing:
    "the editor in chief of X" asks the editor, not something of a chief.

    >>> from kgchat.wordnet import wordnet
    >>> toks = "who is the editor in chief of the gazette".split()
    >>> wordnet() is None or (_compound_start(toks, 4, 6), _compound_start(toks, 2, 6)) == (3, None)
    True
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None or i + 1 >= k:
        return None
    for j in (i - 2, i - 1):
        if j >= 0 and any(lexicon.offsets(sep.join(toks[j:k]), "n") for sep in ("_", "-")):
            return j
    return None


def _tied_before(q: QuestionInfo, participle: Callable[[str], bool]) -> list[str]:
    """The tokens of "<article> <noun> ... <entity>" for the question's one entity, where
    a preposition or a verb's inflection right before the entity ties the noun to it ("the
    sequel *to* X", "the film that *followed* X", "the disease treated *by* X"); empty
    otherwise: an apposition ("the film X") names the entity itself, and in "the album that
    X is on" the entity is the clause's subject, its relation said after it. Before a name
    said with its own article only a verb's clause ties ("the act that *repealed* the Data
    Act"): a bare preposition there ("the contract *for* the Delivery of X") often says what
    the name itself is."""
    if len(q.spans) != 1:
        return []
    start = _bare_start(q)
    k = start - 1
    while k >= 0 and q.tokens[k] not in ARTICLES:
        if k in q.in_mentions:
            return []
        k -= 1
    between = q.tokens[k + 1 : start]
    if k < 0 or len(between) < 2 or between[0] in STOPWORDS or between[0] in PREPOSITIONS:
        return []
    last = between[-1]
    if start < q.spans[0][0] and not any(participle(t) for t in between[1:]):
        return []  # "the contract for the Delivery of X": a name's complement, no clause
    return between if last != "of" and (last in PREPOSITIONS or participle(last)) else []


def _bare_start(q: QuestionInfo) -> int:
    """Where the question's one entity starts, with the articles said right before its name
    ("repealed by *the* Drinking Water Directive"): a name's own article belongs to the name,
    not to the noun phrase that ties something to it.

    >>> from kgchat.retrieval.question import analyze
    >>> _bare_start(analyze("Who adopted the act that repealed the Data Act?", [(7, 9)]))
    6
    """
    k = q.spans[0][0]
    while k > 0 and q.tokens[k - 1] in ARTICLES and k - 1 not in q.in_mentions:
        k -= 1
    return k


def _possessed(q: QuestionInfo) -> bool:
    """Whether the question writes its one entity with a possessive and a word after it
    ("the occupation of Kaito Mori*'s* wife"): that word is what the entity owns, and any
    "<noun> of" before the entity governs the two together, not the entity.

    >>> from kgchat.retrieval.question import analyze
    >>> _possessed(analyze("What is the occupation of Kaito Mori's wife?", [(5, 7)]))
    True
    >>> _possessed(analyze("What is the occupation of Kaito Mori?", [(5, 7)]))
    False
    """
    if len(q.spans) != 1 or q.spans[0][1] >= len(q.tokens):
        return False
    end = q.spans[0][1]
    return end in possessed_at(q.text)


def of_before(q: QuestionInfo) -> int | None:
    """Where "of" stands in "<words> of [the] <entity>", for the question's one entity, with
    a word before it and no possessive after it (:func:`_possessed`); None otherwise."""
    if len(q.spans) != 1 or _possessed(q):
        return None
    k = skip_words(q.tokens, q.spans[0][0] - 1, -1)
    return k if k >= 1 and q.tokens[k] == "of" else None
