"""What a question asks for: its content words, prepositions, and the type of answer it wants.

Examples
--------
>>> q = analyze("Which country does Laurent KOSCIELNY play professional in?", [(3, 5)])
>>> q.words, q.prepositions, q.answer_type
(['country', 'play', 'professional'], ['in'], ['country'])
>>> analyze("Where is the football club that Alan PULIDO plays for?", [(6, 8)]).answer_type[:3]
['place', 'location', 'country']
>>> analyze("What is the mechanism of action of the drug class of X?", [(11, 12)]).answer_type
['mechanism']
>>> analyze("How old is Alan PULIDO?", [(3, 5)]).answer_type
['age', 'old', 'year']
>>> analyze("What targets the proton pump?", [(3, 5)]).answer_type, analyze(
...     "What drug targets the proton pump?", [(4, 6)]).answer_type
([], ['drug'])
>>> analyze("What is X targeted by?", [(2, 3)]).answer_type, analyze(
...     "What is metabolized by X?", [(4, 5)]).answer_type
([], [])
>>> analyze("Whose route is intramuscular?", [(3, 4)]).answer_type
[]
>>> analyze("What is the liver part of?", [(3, 4)]).answer_type  # the liver is part of what
[]
>>> analyze("What kind of entity is warfarin?", [(5, 6)]).words
[]
>>> q = analyze("What do the drugs that interact with X interact with?", [(7, 8)])
>>> q.words, q.counts
(['drugs', 'interact'], [1, 2])
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property

# the answer-type reading lives in answer_type.py; the names callers have always imported
# from here are re-exported ("X as X")
from kgchat.function_words import THIRD_PERSON_PRONOUNS, WH_WORDS
from kgchat.retrieval.answer_type import HOW_TYPES as HOW_TYPES
from kgchat.retrieval.answer_type import KIND_NOUNS, WH_TYPES, answer_type_words
from kgchat.retrieval.answer_type import LEAD_INS as LEAD_INS
from kgchat.retrieval.answer_type import WH_TYPE_WORDS as WH_TYPE_WORDS
from kgchat.retrieval.answer_type import how_types as how_types
from kgchat.retrieval.noun_phrases import VOID_NOUNS
from kgchat.retrieval.noun_phrases import participle as participle
from kgchat.retrieval.values import asks_time_only
from kgchat.spelling import mended_wh_word
from kgchat.text import (
    ARTICLES,
    DO_FORMS,
    POSSESSIVES,
    PREPOSITIONS,
    STOPWORDS,
    possessed_at,
    stem,
    tokens,
)

__all__ = ["QuestionInfo", "WordCounts", "analyze", "content_word"]

# the nouns that name no finer type than a wh-word asks ("which people": who)
_GENERIC = {
    **dict.fromkeys(("person", "persons", "people"), "who"),
    **dict.fromkeys(("place", "places", "location", "locations"), "where"),
    # a date says its year: "in what year" asks what "when" does
    **dict.fromkeys(("year", "years", "date", "dates"), "when"),
}
# the participles of naming: "What is X's son *called*?" asks his name, as "What is the name
# of X's son?" does ("name" is a stopword), not a relation the path must say
_NAMING = {"called", "named"}


@dataclass(frozen=True)
class QuestionInfo:
    """A question's words outside its entity mentions.

    Attributes
    ----------
    text : str
        The question.
    words : list of str
        Content words (no stopwords, no mention words), in order, one per stem.
    prepositions : list of str
        Prepositions outside mentions (``in``, ``for``...): weak but real relation evidence.
    answer_type : list of str
        Words naming what the answer should be (``country`` for "which country ...", place words
        for "where ...", empty when the question does not say).
    counts : list of int
        How often each word's stem occurs (empty: once each). A relation word said twice asks
        for the relation twice: "What do the entities that interact with X interact with?"
    tokens, spans : list
        The question's tokens and its entity mentions' token spans (for word order).
    unsaid : frozenset of str
        Types it names that the graph has no word for (a graph without classes asked "which
        *movies*": :meth:`~kgchat.retrieval.node_types.NodeTypes.unsaid_types`); the scorer
        matches them by their own words only, never by the encoder's nearness.
    classless : bool
        Whether the graph states no class at all (a triple file of bare relations): what a
        node is, it says only by the relations pointing at it
        (:meth:`~kgchat.retrieval.node_types.NodeTypes._bare_graph`).
    chains : tuple of tuple of tuple of str
        The words that stand for one word of the question defined as a chain of the graph's
        relations (:func:`~kgchat.retrieval.chained_words.chained`: "grandfather", ``father``
        of ``father`` or ``mother``): per link, the answer's end first, the words any of
        which says it; each link is said by a hop of its own, in order (:attr:`chain_places`).
    """

    text: str
    words: list[str]
    prepositions: list[str]
    answer_type: list[str]
    counts: list[int] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    unsaid: frozenset[str] = frozenset()
    classless: bool = False
    chains: tuple[tuple[tuple[str, ...], ...], ...] = ()

    @cached_property
    def in_mentions(self) -> frozenset[int]:
        """The places of the tokens inside entity mentions."""
        return frozenset(i for a, b in self.spans for i in range(a, b))

    @cached_property
    def entity_place(self) -> tuple[int, int]:
        """Where the first entity stands in the clause that asks: its own span, or, where
        the question opens with it and asks of it after (a wh-word right after the name: it
        is dislocated to the front, "white storks - who recorded *them*?"), the place of the
        pronoun that stands for it in the clause, a verb's subject or its object as that
        pronoun is ("who recorded them": the storks are recorded, not recording).

        >>> analyze("white storks - who recorded them?", [(0, 2)]).entity_place
        (4, 5)
        >>> analyze("who recorded the white storks?", [(3, 5)]).entity_place
        (3, 5)
        """
        start, end = self.spans[0]
        opens = all(t in ARTICLES for t in self.tokens[:start])
        if not opens or end >= len(self.tokens) or self.tokens[end] not in WH_WORDS:
            return start, end
        inside = self.in_mentions
        at = next(
            (
                i
                for i in range(end + 1, len(self.tokens))
                if self.tokens[i] in THIRD_PERSON_PRONOUNS and i not in inside
            ),
            None,
        )
        return (start, end) if at is None else (at, at + 1)

    @cached_property
    def asked(self) -> str:
        """The question's words outside its entity mentions: what it asks of them."""
        inside = self.in_mentions
        return " ".join(t for i, t in enumerate(self.tokens) if i not in inside)

    @cached_property
    def named_type(self) -> list[str]:
        """The answer-type words the question says itself ("which *country*", by stem), not
        those a wh-word implies ("where": place words); empty when it names no type."""
        said = {stem(w) for w in self.words}
        return [w for w in self.answer_type if stem(w) in said]

    @cached_property
    def word_pairs(self) -> list[str | None]:
        """Each content word with the token after it ("came after", "passed away"), where
        that token is no mention's: a lexicon may know the pair as one word (a phrasal
        verb); None where there is no such token."""
        inside = self.in_mentions
        out: list[str | None] = []
        for w in self.words:
            at = next((i for i, t in enumerate(self.tokens) if t == w and i not in inside), -1)
            nxt = at + 1
            ok = at >= 0 and nxt < len(self.tokens) and nxt not in inside
            out.append(f"{w} {self.tokens[nxt]}" if ok else None)
        return out

    @cached_property
    def chain_places(self) -> tuple[tuple[tuple[int, ...], ...], ...]:
        """:attr:`chains` as the places of their words in :attr:`words` (a word a reading left
        out of the question is left out of its chain, and a link left without words too)."""
        at = {w: k for k, w in enumerate(self.words)}
        places = (
            tuple(p for link in chain if (p := tuple(at[w] for w in link if w in at)))
            for chain in self.chains
        )
        return tuple(p for p in places if p)

    def count(self, i: int) -> int:
        """How often the ``i``-th word occurs."""
        return self.counts[i] if self.counts else 1


def content_word(token: str) -> bool:
    """Whether a question's token is a word a path may be asked to say: no stopword, no
    void noun ("thing"), no number (:func:`analyze`'s words and the words put back by
    :func:`~kgchat.retrieval.question_trims.mentions_unreached`)."""
    return token not in STOPWORDS and token not in VOID_NOUNS and not token.isdigit()


class WordCounts:
    """A question's words gathered one per stem, each with how often it is said
    (:attr:`QuestionInfo.counts`); :func:`analyze` and
    :func:`~kgchat.retrieval.chained_words.chained` gather them so.

    >>> c = WordCounts()
    >>> c.add("interact"), c.add("drugs"), c.add("interacts"), c.add("parent", 0)
    ('interact', 'drugs', 'interact', 'parent')
    >>> c.words, c.counts
    (['interact', 'drugs', 'parent'], [2, 1, 1])
    """

    def __init__(self) -> None:
        self.words: list[str] = []
        self.counts: list[int] = []
        self._at: dict[str, int] = {}

    def add(self, word: str, n: int = 1) -> str:
        """Count ``word`` ``n`` times (a new stem at least once); the word its stem was
        first said as."""
        k = self._at.setdefault(stem(word), len(self.words))
        if k == len(self.words):
            self.words.append(word)
            self.counts.append(max(n, 1))
        else:
            self.counts[k] += n
        return self.words[k]


def analyze(
    question: str, spans: list[tuple[int, int]], verbs: Collection[str] = ()
) -> QuestionInfo:
    """Split a question into content words, prepositions and answer-type words.

    ``spans`` are the token spans of entity mentions (see :class:`kgchat.linking.Mention`).
    ``verbs`` are the stems of the graph's relation verbs (``treat``, ``interact``): a word
    after "what"/"which" that is one of them is the question's verb, not the answer's type
    ("what *interacts* with X", "which drug *treats* X").

    >>> analyze("Which entities interact with X?", [(4, 5)], {"interact"}).answer_type
    []
    """
    toks = tokens(question)
    inside = {i for a, b in spans for i in range(a, b)}
    if toks and 0 not in inside:
        toks[0] = mended_wh_word(toks[0])
    said = WordCounts()
    preps: list[str] = []
    for i, t in enumerate(toks):
        if i in inside:
            continue
        if t in KIND_NOUNS and i + 1 < len(toks) and toks[i + 1] == "of":
            continue  # "what kind of drug is X": a type question, "kind" names no relation
        if t == "of" and i > 0 and toks[i - 1] in KIND_NOUNS:
            continue  # nor does its "of"
        if t in _NAMING and i == len(toks) - 1 and toks[0] in ("what", "how"):
            continue  # "what is X called?" (last: "named *after*" is a relation)
        if t in PREPOSITIONS:
            if t not in preps:
                preps.append(t)
        elif (
            content_word(t)
            or (
                # "what does X *do*": the main verb right after the entity, do-support before
                # it, asks what X does (a job, an employer), not what X is
                t == "do" and i - 1 in inside and any(w in DO_FORMS for w in toks[:i])
            )
            or (t == "own" and not _possessed(question, toks, i))
        ):
            said.add(t)
    words, counts = said.words, said.counts
    answer_type = answer_type_words(toks, inside, verbs, question)
    asks = {_GENERIC[w] for w in answer_type if w in _GENERIC}
    if answer_type and len(asks) == 1 and all(w in _GENERIC for w in answer_type):
        # "which people", "what place": a type no finer than a wh-word's is asked as the
        # wh-word asks it ("who", "where"), not as a word a path must say
        asked = asks.pop()
        answer_type = list(WH_TYPES[asked])
        # (a year is still a word a relation may say: ``publication year`` says "in what
        # *year* was X published?" better than a colleague's paper's year does)
        kept = [k for k, w in enumerate(words) if w not in _GENERIC or asked == "when"]
        words = [words[k] for k in kept]
        counts = [counts[k] for k in kept] if counts else counts
    if asks_time_only(answer_type) and words:
        # "When did the earthquake *happen*?": a verb that says only that its subject took
        # place asks the subject's own time, as "When was the earthquake?" does, not a
        # relation a path must say (``origin time`` says when, not "happen")
        kept = [k for k, w in enumerate(words) if not _says_occurrence(w)]
        words = [words[k] for k in kept]
        counts = [counts[k] for k in kept] if counts else counts
    if all(c == 1 for c in counts):
        counts = []
    return QuestionInfo(question, words, preps, answer_type, counts, toks, sorted(spans))


def _says_occurrence(word: str) -> bool:
    """Whether WordNet reads ``word`` first as *come to pass* ("happened", "occurs":
    :meth:`~kgchat.wordnet_kinds.NounKinds.says_occurrence`); False without WordNet.

    >>> analyze("When did the fire happen?", [(3, 4)]).words
    []
    >>> analyze("When did the fire end?", [(3, 4)]).words
    ['end']
    """
    from kgchat.wordnet import wordnet

    wn = wordnet()
    return wn is not None and wn.says_occurrence(word)


_OWNERS = POSSESSIVES | {"my", "your", "our", "one's"}


def _possessed(question: str, toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` ("own") follows a possessive, "its *own* label", "the team's *own*
    page": there English's "own" only stresses whose, a stopword; anywhere else it is the
    verb, "what does X *own*", "which teams *own* Y" (``OWNED BY`` is that relation). Read
    where this "own" stands: in "What does Ada's own team own?" the first is the stress, the
    last the verb.

    >>> q = "What does Ada own?"
    >>> _possessed(q, tokens(q), 3)
    False
    >>> q = "What is its own name?"
    >>> _possessed(q, tokens(q), 3)
    True
    >>> q = "What does Ada's own team own?"
    >>> [_possessed(q, tokens(q), i) for i in (3, 5)]
    [True, False]
    """
    return (i > 0 and toks[i - 1] in _OWNERS) or i in possessed_at(question)
