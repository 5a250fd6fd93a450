"""A question that asks what its one entity is called: "What is CWE-352 called?", "What is
the name of CWE-352?", "What's X's nickname?" -> X's names other than the one the question
says (its label first, then its aliases).

English asks a thing's name with the participles of naming after it ("What is X *called*?",
"... *named*?") or a noun whose commonest meaning is a kind of name ("name", "nickname",
"alias", "surname": WordNet) beside it. Such a question says no relation: where nothing else
it says outside the entity is a content word (function words and adjectives, "the *official*
name", aside; no preposition but the genitive "of"/"for": "named *after*" and "called *in*
Italian" ask other things), what it asks is the entity itself, by another of its names. It had
been read as "What is X?" and answered with X's class. A walk whose best path says the naming
word (a relation ``name``, ``nickname``) already answers it and is left as it is; so is a
thing the graph gives no name but the one said.

>>> from kgchat.retrieval.question import analyze
>>> from kgchat.wordnet import wordnet
>>> asked_name(analyze("what is cwe-352 called", [(2, 4)]), wordnet())
2
>>> asked_name(analyze("what is the name of cwe-352", [(5, 7)]), wordnet())
5
>>> asked_name(analyze("what is marek's son called", [(2, 3)]), wordnet()) is None
True
>>> asked_name(analyze("what is munich called in italian", [(2, 3)]), wordnet()) is None
True

An abbreviation is asked for what it *stands for*: a phrasal verb (a verb and its particle, one
WordNet lemma) of the sense of "signify" asks the entity by its other names ("What does NBN
stand for?", "What does GA stand for?"). The bare verb "mean" of that sense is left alone: "What
does 'bank' mean?" asks a word's sense, which a lexicon's definition answers.

>>> asked_name(analyze("what does nbn stand for", [(2, 3)]), wordnet())
2
>>> asked_name(analyze("what does nbn stand by", [(2, 3)]), wordnet()) is None
True
>>> asked_name(analyze("what does bank mean", [(2, 3)]), wordnet()) is None
True
"""

from __future__ import annotations

from typing import Any

from kgchat.function_words import PREPOSITIONS, STOPWORDS
from kgchat.graph import vocab
from kgchat.graph.names import literal_term
from kgchat.graph.view import Fact
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, ScoredFact
from kgchat.text import content_stems, normalize, stem

__all__ = ["asked_name", "may_ask_name", "names_asked", "other_names_asked"]

_PARTICIPLES = frozenset({"called", "named"})  # (question.py's naming participles)
_GENITIVE = frozenset({"of", "for"})
_NAME = stem("name")
_SIGNIFY = "signify"  # the WordNet sense "have as a meaning" ("mean, signify, stand for")
_OTHER_WH = frozenset({"who", "whom", "whose", "which", "when", "where", "why"})


def may_ask_name(q: QuestionInfo) -> bool:
    """Whether ``q`` may ask a name (:func:`asked_name`), without WordNet: one entity, and
    no more content words than an adjective and a name noun."""
    return len(q.spans) == 1 and len(q.words) <= 2


def asked_name(q: QuestionInfo, wn: Any) -> int | None:
    """The first token of the one entity whose name ``q`` asks, or None where it asks
    something else (see the module docstring)."""
    if len(q.spans) != 1:
        return None
    start, end = q.spans[0]
    naming = False
    for i, t in enumerate(q.tokens):
        if i in q.in_mentions:
            continue
        if t in _OTHER_WH:
            return None  # "who is called X?", "which city is named X?"
        if t in _PARTICIPLES and i >= end:
            naming = True  # "what is X called?"
        elif i >= end and _stands_for(wn, q.tokens, i):
            naming = True  # "what does X stand for?" (its particle, "for", is a genitive)
        elif stem(t) == _NAME or (t.isalpha() and t not in STOPWORDS and wn.is_a(t, "name") > 0):
            naming = True
        elif t in PREPOSITIONS:
            if t not in _GENITIVE:
                return None
        elif t.isalpha() and t not in STOPWORDS and not _adjective(wn, t):
            return None  # a content word: a relation ("what is X's *son* called?")
    return start if naming else None


def _stands_for(wn: Any, tokens: list[str], i: int) -> bool:
    """Whether the verb at ``tokens[i]`` and the particle after it are one WordNet verb of the
    sense of "signify" ("stand for"): what an abbreviation is short for."""
    if i + 1 >= len(tokens) or not tokens[i].isalpha() or not tokens[i + 1].isalpha():
        return False
    sense = set(wn.offsets(_SIGNIFY, "v"))
    return any(
        sense.intersection(wn.offsets(f"{lemma}_{tokens[i + 1]}", "v"))
        for lemma, pos in wn.base_forms(tokens[i])
        if pos == "v"
    )


def _adjective(wn: Any, word: str) -> bool:
    """Whether a word is mostly an adjective ("official", "full", "common")."""
    return any(pos == "a" and wn.pos_share(lemma, "a") >= 0.5 for lemma, pos in wn.base_forms(word))


def names_asked(
    kg: Any,
    q: QuestionInfo,
    start: int,
    mentions: list[Any],
    candidates: list[Candidate],
    phrase: Any,
) -> tuple[list[Candidate], list[ScoredFact], float] | None:
    """The entity's other names as the answer (best first, the walk's candidates after
    them), a name fact each to show (no graph handle) and the confidence of the entity's
    link; None where the walk's best path already says a word of the question's
    (``phrase``: a relation's phrase), or the graph names it by no name the question does
    not say."""
    found = [m for m in mentions if m.start == start]
    if not found:
        return None
    node, confidence = found[0].node, float(found[0].score)
    asked = {
        stem(t)
        for i, t in enumerate(q.tokens)
        if i not in q.in_mentions and t.isalpha() and (t not in STOPWORDS or stem(t) == _NAME)
    }
    top = candidates[0] if candidates else None
    if top is not None and top.paths:
        said = {s for rel, _ in top.paths[0].pattern for s in content_stems(phrase(rel))}
        if said & asked:
            return None  # the walk reached it by a relation the question names
    text = f" {normalize(q.text)} "
    label = kg.label(node)
    names = []
    for name in [label, *kg.aliases(node)]:
        if name and f" {normalize(name)} " not in text and name not in names:
            names.append(name)
    if not names:
        return None
    new, facts = [], []
    for k, name in enumerate(names):
        literal = literal_term(name, "")
        score = 1.0 - 0.01 * k
        new.append(Candidate(literal, name, score))
        fact = Fact(
            f"name:{node}:{k}", node, vocab.RDFS_LABEL, literal, label, "name", name, "", "name"
        )
        facts.append(ScoredFact(fact, score))
    rest = [c for c in candidates if c.label not in names]
    return new + rest, facts, confidence


def other_names_asked(
    kg: Any, q: QuestionInfo, mentions: list[Any], candidates: list[Candidate]
) -> tuple[list[Candidate], list[ScoredFact], float] | None:
    """:func:`names_asked` from the word :func:`asked_name` finds (WordNet's; None without
    one, or where the question asks no name): the retriever's reading of "What is X
    called?"."""
    from kgchat.wordnet import wordnet

    start = asked_name(q, wordnet())
    if start is None:
        return None
    return names_asked(kg, q, start, mentions, candidates, kg.relation_label)
