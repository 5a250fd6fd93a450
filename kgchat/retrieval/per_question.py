"""What the untrained scorer keeps for one question while it scores thousands of paths:
:class:`PerQuestion`, and :func:`unseen_texts`, the words and phrases a batch of paths brings
that the question has not met yet (what one forward pass of the encoder embeds).

Examples
--------
>>> from kgchat.retrieval.path_query import PathQuery
>>> from kgchat.retrieval.question import analyze
>>> c = PerQuestion(analyze("Which club does Alan PULIDO play for?", [(3, 5)]))
>>> club = PathQuery((("plays_in_club", True),), ("plays in club",), ("club", "team"))
>>> unseen_texts(c, [club, club])
(['plays', 'club', 'team'], ['plays in club'])
>>> unseen_texts(c, [club])  # its phrase is met: only words not yet matched come again
(['club', 'team'], [])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kgchat.retrieval.descriptions import description_parts
from kgchat.retrieval.owner_phrases import owner_noun, owner_phrase
from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.phrases import active_verb, compound_noun, phrase_parts
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import valued_noun
from kgchat.retrieval.type_complement import type_complement
from kgchat.retrieval.values import TIMES
from kgchat.text import stem

__all__ = ["PerQuestion", "doers_asked", "unseen_texts"]


class PerQuestion:
    """Similarities of one question's words to every word met while scoring its paths."""

    def __init__(self, question: QuestionInfo) -> None:
        self.question = question
        self.to_words: dict[str, np.ndarray] = {}  # word -> similarity to each question word
        self.to_type: dict[str, float] = {}  # word -> best similarity to an answer-type word
        # phrase -> (support, prepositions, best match of its words to each question word)
        self.phrase: dict[str, tuple[float, frozenset[str], np.ndarray | None]] = {}
        # (verb, passive, stative) -> forward?
        self.order: dict[tuple[str, bool, bool], bool | None] = {}
        self.prep_order: dict[str, bool | None] = {}  # phrase ending in a preposition -> forward?
        # per relation path (its number, hop_support.RelationPlans) and per answer-type
        # words: their shares of a path's components
        self.relation: dict[int, tuple[Any, float, frozenset[str], float, float]] = {}
        # per relation path's number: its hops' parts, extended from its prefix's (the beam
        # grows paths a hop at a time): see HeuristicPathScorer._relation_hops
        self.hops: dict[int, tuple[Any, dict[str, float], frozenset[str], Any, float]] = {}
        # per last hop's number (phrase, inverse, synonyms, definition, forward, first): its
        # own parts,
        # whatever the hops before it (HeuristicPathScorer._hop)
        self.hop_parts: dict[int, tuple[Any, float, float, frozenset[str], Any]] = {}
        self.typing: dict[tuple[str, ...], tuple[Any, float]] = {}
        # per relation path's number: its hops named by a question word (said_hops.py)
        self.said_hops: dict[int, int] = {}
        # its relation phrases, read on first need (said_hops.relation_phrases)
        self.relation_phrases: list[tuple[int, ...]] | None = None
        self.qpreps = set(question.prepositions)
        self.owner = owner_noun(question)  # the question word of "<noun> of <entity>"
        # the noun said of the entity, as its owner's ("X's *dad*": True) or as its value's
        # ("whose *dad* was X": False), read by meaning (WordOrder._said_noun_vote)
        valued = valued_noun(question) if self.owner is None else None
        self.said_noun: tuple[int, bool] | None = (
            (self.owner, True)
            if self.owner is not None
            else None
            if valued is None
            else (valued, False)
        )
        # the question words of the noun phrase said of the entity ("the *parent company*
        # of X", "the *film that followed* X")
        self.owned = owner_phrase(question)
        # which question words name the answer's type (said by any type word of a node)
        asked = {stem(w) for w in question.answer_type}
        self.type_words = np.array([stem(w) in asked for w in question.words], bool)
        # those and the type's of-complement ("provisions of *law*"): the words that name no
        # hop of a walk (said_hops.py)
        phrase = asked | {
            stem(w)
            for w in type_complement(question.tokens, question.in_mentions, question.answer_type)
        }
        self.type_phrase = np.array([stem(w) in phrase for w in question.words], bool)
        # per relation phrase or type word, the type words naming its doer
        # (hop_support.doers_asked; None: no type word, so none of any)
        self.doers: dict[str, np.ndarray | None] | None = {} if self.type_words.any() else None
        # whether a time may be what is asked: no type named, or a time's ("which year")
        self.asks_time = not question.answer_type or bool(TIMES.intersection(question.answer_type))
        self.phrases_seen: set[str] = set()
        self.definitions_seen: set[str] = set()  # relations' descriptions embedded
        # the (phrases, inverses, synonyms, definitions) of every path met: their phrases are
        # in phrases_seen
        self.relations_seen: set[tuple[Any, ...]] = set()


def unseen_texts(c: PerQuestion, paths: Sequence[PathQuery]) -> tuple[list[str], list[str]]:
    """The words of ``paths`` (their relation phrases', type words', middle kinds') not yet
    matched against the question (``c.to_words``), each once in the order first met, and
    their relation phrases not met before (now marked met in ``c``), their relations'
    descriptions among them (embedded whole for their meaning; their words are not matched).

    Thousands of paths a question share few phrase tuples and type words: each tuple is read
    on its first sight only. Its later sights would add only words already listed (their
    first place kept), so the lists, and the encoder batch made of them, are those of reading
    every path (``tests/test_retrieval_speed.py`` checks it against that reading).
    """
    new: list[str] = []
    phrases: list[str] = []
    known = c.to_words
    seen_rel, seen_types = c.relations_seen, set(c.typing)
    # the phrase tuples and middle of the path before: a walk's paths come pattern by
    # pattern, a pattern's with the very same objects, read already (no key to build)
    last: tuple[Any, ...] = (None, None, None, None)
    last_middle: Any = None
    for path in paths:
        if not (
            path.phrases is last[0]
            and path.inverses is last[1]
            and path.synonyms is last[2]
            and path.definitions is last[3]
        ):
            rel = last = (path.phrases, path.inverses, path.synonyms, path.definitions)
            if rel not in seen_rel:
                seen_rel.add(rel)
                for phrase in (
                    *path.phrases,
                    *path.inverses,
                    *(x for xs in path.synonyms for x in xs),
                ):
                    if phrase not in c.phrases_seen:
                        c.phrases_seen.add(phrase)
                        phrases.append(phrase)
                        content = phrase_parts(phrase)[0]
                        whole = compound_noun(content)
                        new.extend(w for w in (*content, whole) if w and w not in known)
                for text in path.definitions:  # read whole and by clause, for meaning only
                    if text and text not in c.definitions_seen:
                        c.definitions_seen.add(text)
                        phrases.extend((text, *description_parts(text)))
        middle = path.middle
        for types in (
            (path.answer_types, path.said_types)
            if middle is last_middle
            else (path.answer_types, path.said_types, middle)
        ):
            if types is not None and types not in seen_types:
                seen_types.add(types)
                new.extend(w for w in types if w not in known)
        last_middle = middle
    return list(dict.fromkeys(new)), phrases


def doers_asked(c: PerQuestion, phrase: str) -> np.ndarray | None:
    """Which question words are type words naming the doer of ``phrase``, an active verb
    (:func:`~kgchat.retrieval.phrases.active_verb`): its agent noun ("players" of ``plays``);
    None where none is. The verb's object is what it acts on, no doer: a hop over it walked
    forwards, or its role word on the node it points at, says no such word ("Which *players*
    does X coach?" had gone on from X's players to what they play, "Left-handed"). Kept
    per question and phrase (``PerQuestion.doers``): a walk asks it of every type word
    of every node kind it scores."""
    kept = c.doers
    if kept is None:  # (no type word in the question)
        return None
    if phrase in kept:
        return kept[phrase]
    from kgchat.wordnet import wordnet

    verb, lexicon = active_verb(phrase), wordnet()
    agent = lexicon.agent_noun(verb) if verb is not None and lexicon is not None else None
    found = None
    if agent is not None and lexicon is not None:
        # the agent noun itself, by WordNet's base forms ("players" is *player*), not by a
        # shared stem: "coordinates" is no *coordinator*, though both stem to "coordin"
        said = c.type_words & np.array(
            [w == agent or (agent, "n") in lexicon.base_forms(w) for w in c.question.words],
            dtype=np.bool_,
        )
        found = said if said.any() else None
    kept[phrase] = found
    return found
