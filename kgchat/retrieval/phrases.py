"""What a relation phrase says in words: its content words and prepositions, whether it reads
as a verb (and passive), and which way a question's word order walks such a verb.

Examples
--------
>>> phrase_parts("is contraindicated in")
(('contraindicated',), frozenset({'in'}))
>>> phrase_verb("treats"), phrase_verb("is metabolized by"), phrase_verb("member of class")
(('treat', False), ('metabol', True), None)
>>> phrase_verb("influenced by"), phrase_verb("measurement made by")
(('influenc', True), ('made', True))

What an acronym spells is read in :mod:`kgchat.retrieval.acronyms`; the noun phrase a question
says its entity owns ("the *daughter* of X"), in :mod:`kgchat.retrieval.owner_phrases`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from kgchat.function_words import HAVE_FORMS
from kgchat.retrieval.compound_nouns import compound_noun
from kgchat.retrieval.format_tags import untagged
from kgchat.retrieval.noun_phrases import participle
from kgchat.retrieval.owner_phrases import of_before
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.verb_direction import expected_direction
from kgchat.text import (
    ARTICLES,
    BE_FORMS,
    POSSESSIVES,
    PREPOSITIONS,
    STOPWORDS,
    WH_WORDS,
    is_plural,
    skip_words,
    stem,
    tokens,
)

__all__ = [
    "active_verb",
    "compound_noun",
    "coordinated_with",
    "expected_direction",
    "phrase_parts",
    "phrase_verb",
    "preposition_direction",
    "stative_phrase",
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
    if passive and len(toks) in (2, 3) and _participle_before_by(toks):
        return stem(toks[-2]), True  # "made by", "is written by", "measurement made by"
    if w in STOPWORDS or not is_plural(w) or _noun_only(w):  # a verb in -s ("treats"), told
        return None  # as a plural is; a plural noun that is no verb ("species landed") is not
    return stem(w), passive


def _noun_only(word: str) -> bool:
    """Whether WordNet knows ``word`` and has no verb among its base forms ("species",
    "genera"): a noun in -s that a relation phrase starts with, never its verb; False for a
    word WordNet does not know (a domain's own verb keeps the plural reading) and without
    WordNet.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or [_noun_only(w) for w in ("species", "treats", "xylocates")]
    [True, False, False]
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    forms = lexicon.base_forms(word) if lexicon is not None else []
    return bool(forms) and all(pos != "v" for _lemma, pos in forms)


def _participle_before_by(toks: list[str]) -> bool:
    """Whether the word before a phrase's final "by" is a past participle, WordNet's irregular
    one ("made", "written", "held": :func:`~kgchat.retrieval.noun_phrases.participle`) or one
    in "-ed", after nothing, a form of be, or the noun its subject is ("measurement made by":
    a measurement made by the device; SAREF's ``measurementMadeBy``)."""
    word, first = toks[-2], toks[0]
    if word in STOPWORDS or (len(toks) == 3 and first in STOPWORDS and first not in BE_FORMS):
        return False
    return word.endswith("ed") or participle(word)


@lru_cache(maxsize=4096)
def active_verb(phrase: str) -> str | None:
    """The verb of a relation phrase that is one active verb (:func:`phrase_verb`) which
    WordNet reads mostly as a verb, not a noun (``plays``, ``treats``; not ``genres`` or
    ``awards``, plurals ``phrase_verb`` may take for a verb in -s); None otherwise, and
    without WordNet. Its object is what the verb acts on: no role the verb names.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or [active_verb(p) for p in ("plays", "genres", "directed by")]
    ['plays', None, None]
    """
    from kgchat.wordnet import wordnet

    read, lexicon = phrase_verb(phrase), wordnet()
    content = [w for w in tokens(phrase) if w not in STOPWORDS]
    if read is None or read[1] or lexicon is None or len(content) != 1:
        return None
    forms = lexicon.base_forms(content[0])
    noun = max((lexicon.pos_share(lemma, pos) for lemma, pos in forms if pos == "n"), default=0.0)
    return content[0] if forms and noun < 0.5 else None


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
    """A relation phrase's content words (a format code ending it left out) and prepositions."""
    toks = tokens(phrase)
    content = tuple(w for w in toks if w not in STOPWORDS and w not in PREPOSITIONS)
    return untagged(phrase, content), frozenset(w for w in toks if w in PREPOSITIONS)


@lru_cache(maxsize=65536)
def stative_phrase(phrase: str) -> bool:
    """Whether a relation phrase is a form of be, a participle and a preposition other than
    "by" (``is used as``, ``is located in``, ``is made of``: an "-ed" form, or one WordNet
    reads as an inflected verb, :func:`~kgchat.retrieval.noun_phrases.participle`): its
    subject is what the participle is done to, as a passive question's entity is ("What is
    X used as?", "Where is X located?"), so a question in that voice walks it as its words'
    order says, with no turn for the passive.

    >>> stative_phrase("is used as"), stative_phrase("is founded by"), stative_phrase("treats")
    (True, False, False)
    """
    toks = tokens(phrase)
    return (
        len(toks) >= 3
        and toks[0] in BE_FORMS
        and (toks[1].endswith("ed") or participle(toks[1]))
        and toks[-1] in PREPOSITIONS
        and toks[-1] != "by"
    )


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
        if skip_words(toks, j + 1, stop=start) == start:
            seen.add(False)  # "<phrase> <prep> [the] <entity>": its object
    return seen.pop() if len(seen) == 1 else None


def noun_direction(q: QuestionInfo, phrase: str) -> bool | None:
    """Which way the question's word order walks a relation named by a noun (``capital``,
    ``has narrower concept``): the phrase's content words said together right before "of
    [the] <entity>" ("the *narrower concepts* of X") or right after the entity (its
    possessive, "X's *parent*": the tokens drop the 's) make the entity the noun's owner, the
    phrase's subject, walked forwards (True). None for a phrase with a verb's inflection or a
    final preposition (read by :func:`phrase_verb` and :func:`preposition_direction`), a
    question that does not say it so, or more than one entity (but a partner said by "with",
    :func:`coordinated_with`). Asked as what the entity has ("Which *children* did X have?"),
    the noun is the entity's too.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What are the narrower concepts of citrus fruit?", [(6, 8)])
    >>> noun_direction(q, "has narrower concept"), noun_direction(q, "has broader concept")
    (True, None)
    >>> noun_direction(analyze("Who is Ann's parent?", [(2, 3)]), "parent")
    True
    >>> noun_direction(analyze("Which children did Ann have with Bo?", [(3, 4), (6, 7)]), "child")
    True

    Said as the entity's *value* ("whose <noun> is X", "X as <noun>"), the noun is walked
    backwards (False):

    >>> noun_direction(analyze("Whose parent is Ann?", [(3, 4)]), "parent")
    False
    """
    if len(q.spans) != 1 and not coordinated_with(q):
        return None
    words = tokens(phrase)
    if not words or words[-1] in PREPOSITIONS:
        return None
    content = [stem(w) for w in words if w not in STOPWORDS and w not in PREPOSITIONS]
    if not content:
        return None
    n, (start, end) = len(content), q.spans[0]
    said = [stem(t) for t in q.tokens]
    k = of_before(q)
    owned = (
        (k is not None and k >= n and said[k - n : k] == content)
        or (  # "<noun> of X"
            said[end : end + n] == content  # right after the entity: its possessive
        )
        or _had(q.tokens, said, content, start, end)
    )
    if owned:
        return True
    return False if _valued(q.tokens, said, content, start, end) else None


def _had(toks: list[str], said: list[str], content: list[str], start: int, end: int) -> bool:
    """Whether the question asks the noun as what its entity has: a wh-word, the noun, and a
    form of have right after the entity, its subject ("Which *children* did X *have*?",
    "How many *children* does X *have*?": X's children)."""
    n = len(content)
    if end >= len(toks) or toks[end] not in HAVE_FORMS:
        return False
    nouns = [_noun_stems(t) for t in toks]  # "children": child, by WordNet's exceptions
    return any(
        all(c in nouns[j + m] or c == said[j + m] for m, c in enumerate(content))
        and any(t in WH_WORDS for t in toks[:j])
        for j in range(1, start - n + 1)
    )


@lru_cache(maxsize=65536)
def _noun_stems(word: str) -> frozenset[str]:
    """The stems of a word's noun base forms by WordNet ("children" -> child); none without it."""
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None:
        return frozenset()
    return frozenset(stem(lemma) for lemma, pos in lexicon.base_forms(word) if pos == "n")


def coordinated_with(q: QuestionInfo) -> bool:
    """Whether a question's second and last entity is the first's partner, said after it by
    "with" ("Which children did X have *with* Y?", "the album X recorded *with* Y"): a second
    party of the same relation, which stands to the answer as the first does, so the first's
    word order speaks for both.

    >>> from kgchat.retrieval.question import analyze
    >>> coordinated_with(analyze("Which children did Ed have with Mary?", [(3, 4), (6, 7)]))
    True
    >>> coordinated_with(analyze("Which children did Ed have in Rome?", [(3, 4), (6, 7)]))
    False
    """
    if len(q.spans) != 2 or q.spans[1][0] < q.spans[0][1]:
        return False
    # (an article past the first mention's end leaves k before it: no "with" between)
    k = skip_words(q.tokens, q.spans[1][0] - 1, -1)
    return k >= q.spans[0][1] and q.tokens[k] == "with"


def _valued(toks: list[str], said: list[str], content: list[str], start: int, end: int) -> bool:
    """Whether the question makes its entity (at ``toks[start:end]``) the *value* of the noun
    ``content`` (stems) rather than its owner: "whose <noun> is X" ("Whose doctoral advisor
    was Marie Curie?": the one who has her as advisor) or "X as [the] <noun>" ("Who had Marie
    Curie as doctoral advisor?"); the noun's owner is then the one asked for, and the hop is
    walked backwards from X."""
    n = len(content)
    k = skip_words(toks, start - 1, -1, skipped=BE_FORMS | ARTICLES) + 1
    whose = start > k > n and toks[k - n - 1] == "whose" and said[k - n : k] == content
    j = skip_words(toks, end + 1, skipped=ARTICLES | POSSESSIVES)
    return whose or (end < len(toks) and toks[end] == "as" and said[j : j + n] == content)


def chain_noun_direction(q: QuestionInfo, phrase: str) -> bool | None:
    """Which way a question walks a relation named by a noun on a later hop of a chain: its
    content words said together in the noun phrase right before "of [the] <words>" that do
    not end the question ("the *parent company* of the studio that made X") make the node
    the hop leaves (the studio, reached by the hops before) the noun's owner, walked forwards
    (True); None otherwise, or for a phrase with a verb's inflection or a final
    preposition, or a noun said more than once. The first hop's reading is
    :func:`noun_direction`'s, which also reads a possessive and "whose <noun>".

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Where is the parent company of the studio that made Celeste based?",
    ...             [(10, 11)])
    >>> chain_noun_direction(q, "parent company"), chain_noun_direction(q, "developer")
    (True, None)
    >>> chain_noun_direction(q, "parent")  # a word of the noun phrase said
    True
    >>> chain_noun_direction(analyze("Who is Ann the parent of?", [(2, 3)]), "parent")

    "<have> the <noun> of X" makes X the noun's value, and a noun said twice names no one
    hop; neither reads a direction here:

    >>> q = analyze("Which drugs treat the diseases that have the symptom of fever?", [(10, 11)])
    >>> chain_noun_direction(q, "symptom")
    """
    words = tokens(phrase)
    if not words or words[-1] in PREPOSITIONS or phrase_verb(phrase) is not None:
        return None
    content = [stem(w) for w in words if w not in STOPWORDS and w not in PREPOSITIONS]
    n, toks = len(content), q.tokens
    if not content:
        return None
    said = [stem(t) for t in toks]
    inside = q.in_mentions  # a name's own words ("Assembly of Westmark") say no relation
    at = [
        a
        for a in range(len(said) - n + 1)
        if said[a : a + n] == content and inside.isdisjoint(range(a, a + n))
    ]
    if len(at) != 1:
        return None  # said twice ("the side effect of those that have side effect X"): which?
    a = at[0]
    k = a + n  # the noun phrase's words after it, up to "of" ("parent company" holds parent)
    while k < len(toks) and toks[k] not in STOPWORDS and toks[k] not in PREPOSITIONS:
        k += 1
    i = skip_words(toks, a - 1, -1) + 1
    if k + 1 >= len(toks) or toks[k] != "of" or k in inside or (i and toks[i - 1] in HAVE_FORMS):
        # "those that *have the side effect of* X" make X the noun's value, not its owner
        return None
    j = skip_words(toks, k + 1)
    # "<noun> of [the] <entity>" names the hop at the entity (noun_direction's), not a later one
    starts = {a for a, _ in q.spans}
    return True if j < len(toks) and toks[j].isalnum() and j not in starts else None
