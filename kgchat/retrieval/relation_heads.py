"""What a relation's name says its target is: its head noun, not the words that modify it.

A relation named by a noun phrase names what it points at by its head ("lower court
*decision*": a decision; "*place* of birth", "birth *place*": a place) and what that thing is
*about* by its other words, its modifiers ("lower court"). Two readings follow, each true of
any graph:

- a hop said only by its name's modifiers (the question's words meet "lower court", none
  meets "decision") reaches no thing the question describes: "Who were the judges of the
  *lower court* in X?" asks for the judges one hop beyond X's lower court decision, not for
  the decision, and the walk on from it to the judges is no detour past the answer
  (:func:`head_support`, read by :func:`~kgchat.retrieval.wh_detours.said_before_detour` of
  the walk it would move the answer back to; of the last hop it is not: "contact *point*",
  "starred *actors*" reach a contact and actors, which their heads name loosely);
- a relation that joins two things of one class says by its head what *both* are, so a
  question word its head says by another form ("decided", of *decision*; not a doer's name:
  a ``successor`` is another person than the one succeeded) is said of the entity the walk
  starts at, which is of that kind already: "When was X *decided*?" asks X's own date, not
  the date of the lower court decision X points at (:func:`said_of_start`).

Where WordNet is not installed the second reading is off (it reads the head's derivation).
See ``tests/test_relation_heads.py`` for both on a small case-law graph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.answer_type import LEAD_INS
from kgchat.retrieval.junction_words import SAID
from kgchat.retrieval.phrases import phrase_parts, phrase_verb
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.wh_detours import hop_support
from kgchat.text import STOPWORDS, tokens

if TYPE_CHECKING:
    from kgchat.retrieval.path_query import PathQuery
    from kgchat.retrieval.relation_match import RelationMatch
    from kgchat.retrieval.walk import Pattern

__all__ = [
    "ReadsRelationNames",
    "head_and_modifiers",
    "head_support",
    "name_said",
    "said_by_modifiers",
    "said_of_start",
]


class ReadsRelationNames(Protocol):
    """What the readings of a relation's name ask of the retriever: its relation phrases and
    heads (:class:`~kgchat.retrieval.reading.GraphReading`), the query a scorer sees for a
    pattern and its :class:`~kgchat.retrieval.relation_match.RelationMatch`."""

    judge: RelationMatch

    def phrase(self, predicate: str) -> str:
        """The relation's phrase (its label)."""
        ...

    def relation_head(self, predicate: str) -> str:
        """The relation's head noun ("" for none)."""
        ...

    def query(self, pattern: Pattern, types: tuple[str, ...]) -> PathQuery:
        """The :class:`~kgchat.retrieval.path_query.PathQuery` of ``pattern``."""
        ...


def head_and_modifiers(reading: ReadsRelationNames, predicate: str) -> tuple[str, tuple[str, ...]]:
    """A relation's head noun (``reading.relation_head``: what its object is) and the other
    content words of its name, the modifiers (none for a one-word name); ``("", ())`` where
    its name is no noun phrase (a verb's, "is part of": no head says what the object is).

    >>> from kgchat import KnowledgeGraph
    >>> from kgchat.retrieval import Retriever
    >>> r = Retriever(KnowledgeGraph.from_triples([("a", "lower court decision", "b"),
    ...                                            ("b", "directed by", "c"),
    ...                                            ("a", "rating list", "d")]))
    >>> head_and_modifiers(r, "lower court decision"), head_and_modifiers(r, "directed by")
    (('decision', ('lower', 'court')), ('', ()))
    >>> head_and_modifiers(r, "rating list")
    ('list', ('rating',))
    """
    phrase = reading.phrase(predicate)
    head = reading.relation_head(predicate)
    content = phrase_parts(phrase)[0]
    if not head or head not in content or phrase_verb(phrase) is not None:
        return "", ()
    last = tokens(phrase)[-1]
    if last in LEAD_INS and content[-1] == head:
        # a word that leads in a request ("*list* the ...") is a question's stopword, but a
        # relation's name is no request: ending its noun phrase, it is the head
        # (``rating list``: a list; ``family name``: a name)
        return last, content
    return head, tuple(w for w in content if w != head)


def _lead_at(toks: list[str]) -> int:
    """Where a request's lead-in word may stand: the first token, or the one after "please"."""
    return 1 if toks[:1] == ["please"] else 0


def said_by_modifiers(reading: ReadsRelationNames, q: QuestionInfo) -> Callable[[str], bool]:
    """Whether the question says a relation only by its name's modifiers: one of them is met
    at :data:`~kgchat.retrieval.junction_words.SAID` or more, its head by no question word
    and not by the type asked ("rating" of ``ratingList``, "list" unsaid). The node such a
    relation reaches is of its head's kind, which the question does not ask about.

    >>> from kgchat import KnowledgeGraph
    >>> from kgchat.retrieval import Retriever
    >>> from kgchat.retrieval.question import analyze
    >>> r = Retriever(KnowledgeGraph.from_triples([("a", "rating list", "b"),
    ...                                            ("a", "rating", "c")]))
    >>> said = said_by_modifiers(r, analyze("What is the rating of a?", [(5, 6)]))
    >>> said("rating list"), said("rating")
    (True, False)
    """
    meets = reading.judge.meets
    found: dict[str, bool] = {}
    # the question's own words, but a request's lead-in ("*List* X's ratings") and mentions
    asked = {
        w
        for i, w in enumerate(q.tokens)
        if i not in q.in_mentions and not (w in LEAD_INS and i == _lead_at(q.tokens))
    }

    def modifiers_only(rel: str) -> bool:
        known = found.get(rel)
        if known is None:
            head, modifiers = head_and_modifiers(reading, rel)
            known = found[rel] = bool(
                modifiers
                and meets(modifiers, q.words) >= SAID
                and meets((head,), q.words) < SAID
                and (not q.answer_type or meets((head,), q.answer_type) < SAID)
                and head not in asked  # ("What is X's family *name*?": a stopword, said)
            )
        return known

    return modifiers_only


def name_said(reading: ReadsRelationNames, q: QuestionInfo) -> Callable[[str], float]:
    """The share of a relation's name that the question's own words say: of its content
    words (a request's lead-in word ending it too: the ``name`` of ``object name``), those
    met at :data:`~kgchat.retrieval.junction_words.SAID` or more by a question word outside
    the mentions and the lead-in (a stopword by itself only: "the", "of" say no relation).
    Read where the question's relation words are gone (``q.words`` empty: "What's the
    object *name* of X?" is read as a naming question): "object name" is said whole, "object
    identifier" by half, so the question tells two fields of one record apart by them.

    >>> from kgchat import KnowledgeGraph
    >>> from kgchat.retrieval import Retriever
    >>> from kgchat.retrieval.question import analyze
    >>> r = Retriever(KnowledgeGraph.from_triples([("a", "object name", "b"),
    ...                                            ("a", "object identifier", "c")]))
    >>> said = name_said(r, analyze("What's the object name of a?", [(5, 6)]))
    >>> said("object name"), said("object identifier")
    (1.0, 0.5)
    """
    meets = reading.judge.meets
    found: dict[str, float] = {}
    lead = _lead_at(q.tokens)
    asked = [
        w
        for i, w in enumerate(q.tokens)
        if i not in q.in_mentions
        and not (w in LEAD_INS and i == lead)
        and (w not in STOPWORDS or w in LEAD_INS)
    ]

    def share(rel: str) -> float:
        known = found.get(rel)
        if known is None:
            phrase = reading.phrase(rel)
            words = list(phrase_parts(phrase)[0])
            last = tokens(phrase)[-1:]
            if last and last[0] in LEAD_INS and last[0] not in words:
                words.append(last[0])
            said = [meets((w,), asked) >= SAID for w in words] if asked else []
            known = found[rel] = sum(said) / len(said) if said else 0.0
        return known

    return share


def head_support(reading: ReadsRelationNames, q: QuestionInfo) -> Callable[[str, bool], float]:
    """:func:`~kgchat.retrieval.wh_detours.hop_support`, with a hop walked forwards over a
    relation whose name the question says only by its modifiers (a modifier met at
    :data:`~kgchat.retrieval.junction_words.SAID` or more; its head by no question word
    and not by the type asked) read as unsaid (0): the node it reaches is of its head's kind,
    which the question does not ask about."""
    support = hop_support(reading.judge, reading.query, q)
    modifiers_only = said_by_modifiers(reading, q)

    def said(rel: str, forward: bool) -> float:
        s = support(rel, forward)
        if s < SAID or not forward or rel in NO_RELATION or not q.words:
            return s
        return 0.0 if modifiers_only(rel) else s

    return said


def _verb_form_of(lexicon: Any, word: str, verb: str) -> bool:
    """Whether ``word`` is written as a form of ``verb`` and as no noun ("decided" of
    *decide*; "husband", a noun and a verb, is no form said of a spouse's verb).

    >>> from kgchat.wordnet import wordnet
    >>> wn = wordnet()
    >>> wn is None or [_verb_form_of(wn, w, "decide") for w in ("decided", "decision")]
    [True, False]
    """
    forms = lexicon.base_forms(word)
    return (verb, "v") in forms and not any(pos == "n" for _, pos in forms)


def said_of_start(
    reading: ReadsRelationNames,
    q: QuestionInfo,
    candidates: list[Candidate],
    classes: Callable[[str], Any],
) -> list[Candidate]:
    """``candidates`` with the answer of the best walk less its first hop put first (just
    above the best's score), where that hop is walked forwards over a relation joining two
    things of one class (its ends share one of ``classes``), whose name's head (no doer's
    name, WordNet's :meth:`~kgchat.wordnet.WordNet.agent_verb` and ``doer_verb``) derives
    from a verb a question word is a form of (:func:`_verb_form_of`: "decided", of
    *decision*; not a noun that means it, "husband" of ``spouse``) and whose modifiers no
    question word says; the walk less it must start where the best walk does and reach a
    candidate. Unchanged otherwise."""
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if len(candidates) < 2 or not q.words or lexicon is None or not candidates[0].paths:
        return candidates
    top = candidates[0]
    walk = top.paths[0]
    if len(walk.pattern) < 2:
        return candidates
    rel, forward = walk.pattern[0]
    if not forward or rel in NO_RELATION:
        return candidates
    head, modifiers = head_and_modifiers(reading, rel)
    if not head or lexicon.agent_verb(head) or lexicon.doer_verb(head):
        return candidates
    if modifiers and reading.judge.meets(modifiers, q.words) >= SAID:
        return candidates  # "the judges of the *lower court*": the hop is asked
    verb = lexicon.derived_verb(head)
    if verb is None or not any(_verb_form_of(lexicon, w, verb) for w in q.words):
        return candidates
    start, reached = walk.nodes[0], walk.nodes[1]
    kinds = set(classes(start))
    if not kinds or kinds.isdisjoint(classes(reached)):
        return candidates
    rest = walk.pattern[1:]
    for k, c in enumerate(candidates[1:], start=1):
        if any(p.start == start and p.pattern == rest for p in c.paths):
            moved = replace(c, score=top.score + 1e-3)
            return [moved, *candidates[:k], *candidates[k + 1 :]]
    return candidates
