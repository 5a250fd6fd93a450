"""What a relation phrase says in words: its content words and prepositions, whether it reads
as a verb (and passive), and which way a question's word order walks such a verb.

Examples
--------
>>> phrase_parts("is contraindicated in")
(('contraindicated',), frozenset({'in'}))
>>> phrase_verb("treats"), phrase_verb("is metabolized by"), phrase_verb("member of class")
(('treat', False), ('metabol', True), None)
>>> phrase_verb("influenced by")
('influenc', True)

What an acronym spells is read in :mod:`kgchat.retrieval.acronyms`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from kgchat.retrieval.question import QuestionInfo
from kgchat.text import (
    ARTICLES,
    BE_FORMS,
    DO_FORMS,
    NOUN_MARKERS,
    POSSESSIVES,
    PREPOSITIONS,
    STOPWORDS,
    is_plural,
    possessed_at,
    stem,
    tokens,
)

__all__ = [
    "compound_noun",
    "expected_direction",
    "phrase_parts",
    "phrase_verb",
    "preposition_direction",
]


@lru_cache(maxsize=65536)
def phrase_verb(phrase: str) -> tuple[str, bool] | None:
    """A relation phrase's verb stem and whether the phrase is passive ("is metabolized by"),
    when it is read as a verb: ``treats``, ``interacts with``, ``is contraindicated in``; None
    for noun phrases (``member of class``, ``has side effect``: their direction is not in word
    order)."""
    toks = tokens(phrase)
    if not toks:
        return None
    passive = toks[-1] == "by"
    if toks[0] in BE_FORMS and len(toks) > 1 and toks[1].endswith("ed"):
        return stem(toks[1]), passive
    w = toks[0]
    if passive and len(toks) == 2 and w.endswith("ed") and w not in STOPWORDS:
        return stem(w), True  # a participle and its agent: "influenced by", "directed by"
    if w in STOPWORDS or not is_plural(w):  # a verb in -s ("treats"), told as a plural is
        return None
    return stem(w), passive


def noun_verb(phrase: str, agent_verb: Callable[[str], str | None]) -> tuple[str, bool] | None:
    """A noun relation phrase read as its agent noun's verb, where it names the doer: "is
    *successor* of" (the subject succeeds: active, as ``phrase_verb`` reads "succeeds") and a
    bare or "has" noun, ``director`` / ``has advisor`` (the object does it: "X director Y" is
    "X is directed by Y", passive); None for other phrases or nouns no one does
    (``agent_verb``: :meth:`kgchat.wordnet.WordNet.agent_verb`)."""
    toks = tokens(phrase)
    content = [w for w in toks if w not in STOPWORDS and w not in PREPOSITIONS]
    if len(content) != 1:
        return None
    rest = [w for w in toks if w != content[0]]
    if rest and rest[-1] == "of" and all(w in BE_FORMS or w in ARTICLES for w in rest[:-1]):
        passive = False  # "is successor of", "successor of": the subject is the agent
    elif not rest or rest in (["has"], ["has", "a"], ["has", "the"]):
        passive = True  # "director", "has advisor": the object is the agent
    else:
        return None
    verb = agent_verb(content[0])
    return (stem(verb), passive) if verb else None


@lru_cache(maxsize=65536)
def phrase_parts(phrase: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A relation phrase's content words and prepositions."""
    toks = tokens(phrase)
    content = tuple(w for w in toks if w not in STOPWORDS and w not in PREPOSITIONS)
    return content, frozenset(w for w in toks if w in PREPOSITIONS)


@lru_cache(maxsize=65536)
def compound_noun(content: tuple[str, ...]) -> str | None:
    """A relation phrase's content words as one noun where WordNet knows them as one
    (``postal code``, ``street address``, ``phone number``: the words joined), so that the
    noun's other names meet it whole ("postcode", "zip code"), as no single word of it
    does; None for other phrases, a single word, or no WordNet installed.

    >>> compound_noun(("postal", "code")) in (None, "postal code")
    True
    >>> compound_noun(("rating",)), compound_noun(("best", "rating"))
    (None, None)
    """
    from kgchat.wordnet import wordnet

    if not 2 <= len(content) <= 3:
        return None
    lexicon = wordnet()
    if lexicon is None or lexicon.first_noun("_".join(content)) is None:
        return None
    return " ".join(content)


def expected_direction(q: QuestionInfo, verb: str, passive: bool) -> bool | None:
    """Whether the question walks a verb relation forwards from its entity: the verb said
    after the entity (its subject), unless the question or the relation is passive ("... by");
    None when the verb is not said, or said on both readings."""
    (start, end) = q.spans[0]
    # "was X founded": a form of be right before the entity (its article between) makes the
    # verb after it passive, as "by" does
    k = start - 1
    while k >= 0 and q.tokens[k] in ARTICLES:
        k -= 1
    be = k >= 0 and q.tokens[k] in BE_FORMS
    seen = set()
    for i, t in enumerate(q.tokens):
        if start <= i < end or stem(t) != verb:
            continue
        if i > 0 and q.tokens[i - 1] in NOUN_MARKERS:
            continue  # "the cites of X": the verb used as a noun says nothing of direction
        by = i + 1 < len(q.tokens) and q.tokens[i + 1] == "by"
        seen.add((i >= end) ^ (by or (be and i >= end)) ^ passive)
    return seen.pop() if len(seen) == 1 else None


def preposition_direction(q: QuestionInfo, phrase: str) -> bool | None:
    """Which way the question's word order walks a relation phrase that ends in its own
    preposition (``part of``, ``born in``, ``member of``): its last content word and that
    preposition said right before the entity ("what is *part of* the nucleus") make the entity
    the phrase's object, walked backwards (False); the two said after the entity ("what is
    the nucleus *part of*", "which city was X *born in*") make it the subject, forwards (True). None
    for a phrase without a final preposition, a question saying neither or both, or more than
    one entity.

    >>> from kgchat.retrieval.question import analyze
    >>> preposition_direction(analyze("What is part of the nucleus?", [(5, 6)]), "part of")
    False
    >>> preposition_direction(analyze("What is the nucleus part of?", [(3, 4)]), "part of")
    True
    >>> preposition_direction(analyze("What is the capital of France?", [(5, 6)]), "capital")

    The noun asked for may stand between the phrase's word and its preposition:

    >>> preposition_direction(analyze("What are the child weaknesses of CWE-119?", [(6, 8)]),
    ...                       "child of")
    False
    """
    if len(q.spans) != 1:
        return None
    words = tokens(phrase)
    if len(words) < 2 or words[-1] not in PREPOSITIONS or words[-1] == "by":
        return None  # "... by" names an agent: a passive, read as a verb or not at all
    content = [w for w in words[:-1] if w not in STOPWORDS and w not in PREPOSITIONS]
    if not content:
        return None
    head, prep = stem(content[-1]), words[-1]
    toks = q.tokens
    (start, end) = q.spans[0]
    asked = set(q.answer_type)
    seen = set()
    for i, t in enumerate(toks):
        if start <= i < end or stem(t) != head:
            continue
        # the phrase's word and its own preposition, said together ("contraindication for"
        # is no saying of "contraindicated in"), or with the noun the question asks for
        # between them, which the phrase's word qualifies ("the *child* weaknesses *of* X":
        # the weaknesses that are child of X; "the *member* states *of* the EU")
        j = i + 1
        if i < start and t in asked:
            while j < start and toks[j] in asked:
                j += 1
        if j >= len(toks) or toks[j] != prep or (j > i + 1 and i >= end):
            continue
        if i >= end:
            seen.add(True)  # the entity first: its subject
            continue
        k = j + 1
        while k < start and toks[k] in ARTICLES:
            k += 1
        if k == start:
            seen.add(False)  # "<phrase> <prep> [the] <entity>": its object
    return seen.pop() if len(seen) == 1 else None


def owner_noun(q: QuestionInfo) -> int | None:
    """The question word (its index in ``q.words``) said as "<noun> of [the] <entity>" for
    its one entity: the relation the walk takes first ("the *daughter* of Pierre Curie": a
    chain's hops are said from the entity outwards). None without one.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Who is married to the daughter of Pierre Curie?", [(7, 9)])
    >>> q.words[owner_noun(q)]
    'daughter'
    """
    k = _of_before(q)
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
    from kgchat.retrieval.question import participle

    def noun(t: str) -> bool:
        return t not in STOPWORDS and t not in PREPOSITIONS and not participle(t)

    k = _of_before(q)
    said: list[str] = []
    if k is not None:
        i = k - 1
        while i >= 0 and noun(q.tokens[i]) and i not in q.in_mentions:
            said.append(q.tokens[i])
            i -= 1
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
    from kgchat.retrieval.question import participle

    if len(q.spans) != 1:
        return False
    toks = q.tokens
    k = _of_before(q)
    if k is not None:  # "<noun ...> of [the] X": back over the nouns before the "of"
        i = k - 1
        while i >= 0 and i not in q.in_mentions and toks[i] not in STOPWORDS:
            if toks[i] in PREPOSITIONS or participle(toks[i]):
                break
            i -= 1
    elif _possessed(q):  # "X's <noun>": the phrase starts at X
        i = q.spans[0][0] - 1
    elif _tied_before(q, participle):  # "the <noun> <verb/prep> X": from its article
        i = q.spans[0][0] - 1
        while i >= 0 and toks[i] not in ARTICLES:
            i -= 1
    else:
        return False
    while i >= 0 and (toks[i] in ARTICLES or toks[i] in POSSESSIVES):
        i -= 1
    if i < 0:
        return False
    return toks[i] in DO_FORMS or (toks[i] in PREPOSITIONS and toks[i] != "of")


def _tied_before(q: QuestionInfo, participle: Callable[[str], bool]) -> list[str]:
    """The tokens of "<article> <noun> ... <entity>" for the question's one entity, where
    a preposition or a verb's inflection right before the entity ties the noun to it ("the
    sequel *to* X", "the film that *followed* X", "the disease treated *by* X"); empty
    otherwise: an apposition ("the film X") names the entity itself, and in "the album that
    X is on" the entity is the clause's subject, its relation said after it."""
    if len(q.spans) != 1:
        return []
    start = q.spans[0][0]
    k = start - 1
    while k >= 0 and q.tokens[k] not in ARTICLES:
        if k in q.in_mentions:
            return []
        k -= 1
    between = q.tokens[k + 1 : start]
    if k < 0 or len(between) < 2 or between[0] in STOPWORDS or between[0] in PREPOSITIONS:
        return []
    last = between[-1]
    return between if last != "of" and (last in PREPOSITIONS or participle(last)) else []


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


def _of_before(q: QuestionInfo) -> int | None:
    """Where "of" stands in "<words> of [the] <entity>", for the question's one entity, with
    a word before it and no possessive after it (:func:`_possessed`); None otherwise."""
    if len(q.spans) != 1 or _possessed(q):
        return None
    k = q.spans[0][0] - 1
    while k >= 0 and q.tokens[k] in ARTICLES:
        k -= 1
    return k if k >= 1 and q.tokens[k] == "of" else None


def noun_direction(q: QuestionInfo, phrase: str) -> bool | None:
    """Which way the question's word order walks a relation named by a noun (``capital``,
    ``has narrower concept``): the phrase's content words said together right before "of
    [the] <entity>" ("the *narrower concepts* of X") or right after the entity (its
    possessive, "X's *parent*": the tokens drop the 's) make the entity the noun's owner, the
    phrase's subject, walked forwards (True). None for a phrase with a verb's inflection or a
    final preposition (read by :func:`phrase_verb` and :func:`preposition_direction`), a
    question that does not say it so, or more than one entity.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What are the narrower concepts of citrus fruit?", [(6, 8)])
    >>> noun_direction(q, "has narrower concept"), noun_direction(q, "has broader concept")
    (True, None)
    >>> noun_direction(analyze("Who is Ann's parent?", [(2, 3)]), "parent")
    True

    Said as the entity's *value* ("whose <noun> is X", "X as <noun>"), the noun is walked
    backwards (False):

    >>> noun_direction(analyze("Whose parent is Ann?", [(3, 4)]), "parent")
    False
    """
    if len(q.spans) != 1:
        return None
    words = tokens(phrase)
    if not words or words[-1] in PREPOSITIONS:
        return None
    content = [stem(w) for w in words if w not in STOPWORDS and w not in PREPOSITIONS]
    if not content:
        return None
    n, (start, end) = len(content), q.spans[0]
    said = [stem(t) for t in q.tokens]
    k = _of_before(q)
    owned = (
        (k is not None and k >= n and said[k - n : k] == content)
        or (  # "<noun> of X"
            said[end : end + n] == content  # right after the entity: its possessive
        )
    )
    if owned:
        return True
    return False if _valued(q.tokens, said, content, start, end) else None


def _valued(toks: list[str], said: list[str], content: list[str], start: int, end: int) -> bool:
    """Whether the question makes its entity (at ``toks[start:end]``) the *value* of the noun
    ``content`` (stems) rather than its owner: "whose <noun> is X" ("Whose doctoral advisor
    was Marie Curie?": the one who has her as advisor) or "X as [the] <noun>" ("Who had Marie
    Curie as doctoral advisor?"); the noun's owner is then the one asked for, and the hop is
    walked backwards from X."""
    n = len(content)
    k = start
    while k > 0 and (toks[k - 1] in BE_FORMS or toks[k - 1] in ARTICLES):
        k -= 1
    whose = start > k > n and toks[k - n - 1] == "whose" and said[k - n : k] == content
    j = end + 1
    while j < len(toks) and (toks[j] in ARTICLES or toks[j] in POSSESSIVES):
        j += 1
    return whose or (end < len(toks) and toks[end] == "as" and said[j : j + n] == content)
