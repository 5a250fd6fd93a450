"""The kind a question names against the classes of its answers: "*Which plant part* is flag
leaf length measured on?" is asked of a trait the graph ties to a method (``measured by``), to
a growth stage and to a plant structure (``inheres in``); the relation's words say "measured"
and the kind says *part*. The answers' classes say which relation leads to the kind asked:
the ``flag leaf`` is filed under ``Leaf`` and ``plant structure`` (its own ``rdfs:subClassOf``:
an OBO term is a class described as an entity), the ``Ruler measurement`` under a method.

Read by WordNet, by structure: the kind asked (the question's type words, one noun where
WordNet knows them as one: ``plant part``) and each class a candidate is (a class described
as an entity: the node and the classes its own ``rdfs:subClassOf`` leads up to; each by its
whole name where WordNet knows it as one noun, ``plant structure``, else by its head noun)
meet where the class's commonest noun meaning is the kind's or a kind of it (``leaf``, a
``plant part``). Where the first candidate is known to be of another kind (a ``method``),
the relation the question's words read is not the one the kind asks, and the candidates of
the kind asked come first. Called from
:meth:`~kgchat.retrieval.retrieve_steps.RetrieveSteps._reordered`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kgchat.retrieval.compound_nouns import compound_noun
from kgchat.retrieval.results import Candidate
from kgchat.text import stem, tokens
from kgchat.wordnet import wordnet

__all__ = ["kind_asked_first", "kind_meets"]


def _noun(lexicon: Any, words: tuple[str, ...], head: tuple[str, ...]) -> Any:
    """The commonest noun meaning of ``words`` read as one noun where WordNet knows them as
    one, else of ``head`` (a name's head noun); None where WordNet has neither."""
    whole = compound_noun(words) if len(words) > 1 else (words[0] if words else None)
    for said in (whole, *head[-1:]):
        if said:
            first = lexicon.first_noun(said.replace(" ", "_"))
            if first is not None:
                return first[0]
    return None


def kind_meets(lexicon: Any, asked: Any, kind: Any) -> bool | None:
    """Whether a class's noun meaning ``kind`` is of the kind ``asked`` (WordNet synset
    keys): True where it is that kind or a kind of it at any depth (``leaf`` a ``plant
    part``), None where it is more general than the kind asked (a ``structure``, an
    ``entity``: its members may be of the kind or not), False where neither is above the
    other (a ``method`` is no ``plant part``)."""
    if asked == kind or asked in lexicon.above(kind):
        return True
    return None if kind in lexicon.above(asked) else False


def _kinds(r: Any, lexicon: Any, node: str) -> list[tuple[Any, frozenset[str]]]:
    """Where ``node`` has no class and is itself one (``rdfs:subClassOf`` either way: a
    class described as an entity), the noun meanings of the node and of the classes above
    it (the root of a hierarchy, ``trait method``, is a method), each with the stems of its
    name's words; none otherwise. An instance's classes are a schema's names, whose words
    WordNet often reads in another sense (a ``Taxon`` is no organism to it, a
    ``Participant`` a person): only a hierarchy of kinds, each named as a kind, is read."""
    if not r._class_entity(node):
        return []
    above = [node, *r._class_kinds(node)]
    found = []
    for cls in above:
        words = tuple(w.lower() for w in tokens(r.kg.label(cls)))
        key = _noun(lexicon, words, r._class_head(cls))
        if key is not None:
            found.append((key, frozenset(map(stem, words))))
    return found


def _met(r: Any, lexicon: Any, asked: Any, said: frozenset[str], node: str) -> bool | None:
    """Whether ``node`` is of the kind ``asked``: True where it or a class above it is
    (:func:`kind_meets`, or its name says ``said``, the kind's head word), False where each
    is of another kind, None otherwise (a value, an instance, no class WordNet names, a
    class more general than the kind asked)."""
    if r.kg.is_literal(node):
        return None
    # a class whose name says the kind's head word is of it ("plant growth *stage*")
    found = [
        True if said & words else kind_meets(lexicon, asked, k)
        for k, words in _kinds(r, lexicon, node)
    ]
    if True in found:
        return True
    return False if found and None not in found else None


def kind_asked_first(r: Any, q: Any, candidates: list[Candidate], n: int) -> list[Candidate]:
    """``candidates`` with those of the first ``n`` that are of the kind ``q`` names
    (:attr:`~kgchat.retrieval.question.QuestionInfo.named_type`) put first, the nearest
    (fewest hops) first, where the first candidate is known to be of another kind: the
    relation the question's words read leads to things the kind asked is not. Unchanged
    where the question names no kind, WordNet knows none, the first candidate is of the kind
    or its kind is unknown (a value, an instance, a class WordNet cannot read), or none of
    the first ``n`` is of the kind. Scores of those moved are set just above the first's,
    so that the order and the scores agree."""
    lexicon = wordnet()
    named = tuple(w.lower() for w in q.named_type)
    if lexicon is None or not named or len(candidates) < 2:
        return candidates
    asked = _noun(lexicon, named, named)
    if asked is None:
        return candidates
    top = candidates[:n]
    said = frozenset(map(stem, named[-1:]))  # the head: "*plant* growth stage" is no organ
    met = [_met(r, lexicon, asked, said, c.node) for c in top]
    if met[0] is not False or True not in met:
        return candidates
    # the best walk led to another kind, the relation its words read is not the one the
    # kind asks: the candidates of the kind asked come first, the nearest (fewest hops: the
    # entity's own relation to a thing of that kind) first, each scored just above the one
    # first before (order and scores agree)
    ceiling = top[0].score
    mine = [c for c, m in zip(top, met, strict=True) if m is True]
    mine.sort(key=lambda c: len(c.paths[0].pattern) if c.paths else len(top))
    moved = [replace(c, score=ceiling + 1e-3 * (len(mine) - k)) for k, c in enumerate(mine)]
    gone = {c.node for c in moved}
    kept = [c for c in top if c.node not in gone]
    return sorted([*kept, *moved], key=Candidate.rank_key) + candidates[n:]
