"""What a path scorer is asked: :class:`PathQuery` (a relation path, its phrases, the type
words of the answer it reaches and of the nodes it passes through) and the one-method
protocol every scorer implements, :class:`PathScorer` (the untrained
:class:`~kgchat.retrieval.scoring.HeuristicPathScorer`, the learned heads).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.walk import Pattern

if TYPE_CHECKING:
    from kgchat.retrieval.similarity import TextSimilarity

__all__ = ["PathQuery", "PathScorer", "ScoresBySimilarity"]


@dataclass(frozen=True)
class PathQuery:
    """A relation path to score: its hops (predicate, forward?), each hop's relation phrase, and
    the type words of the answer it reaches.

    A *joint* query (one path from each entity a two-constraint question names, all ending at
    the same answer) concatenates its paths; ``parts`` then holds each path's number of hops
    (empty: one path). ``inverses`` holds each hop's declared inverse phrase (``has member
    drug`` for ``is a member of drug class``; empty when none is declared): a question may
    say a hop either way ("the member drug of X", "the entities that are a contraindication
    for X"). ``middle`` holds the kind words of the nodes the path passes through (their
    classes): a question may name what it walks through ("the members of the *band* that
    made X", "the founder of the parent *company* of Y") as well as what it reaches.
    ``synonyms`` holds, per hop, the other names the graph gives its relation (``skos:altLabel``
    of a property, a Wikibase property's aliases: "birthplace", "born in" for ``place of
    birth``; empty when none is given): the graph's own words for saying it otherwise.
    ``said_types`` (None: all) are the ``answer_types`` words that may say question words
    (:meth:`~kgchat.retrieval.node_types.NodeTypes._said_types`); ``free_hops`` counts the
    hops into unnamed junction nodes (a Freebase CVT, a CIDOC-CRM production event), which
    with the hop out say one relation and pay no hop's price. ``definitions`` holds, per hop,
    its relation's description in prose (``rdfs:comment``, ``skos:definition`` of its property;
    "" where none; empty when no hop has one): what it means, said in words its label may not
    use ("links a legal person to the jurisdiction under whose law it was formed"), read by
    meaning only (its words cover nothing). ``above`` are the ``answer_types`` words only
    the answer's classes' superclasses give it
    (:class:`~kgchat.retrieval.inherited_kinds.InheritedKinds`): they meet the type a question
    asks for by its own word only ("which *wines*" of a ``Chardonnay`` filed under ``Wine``),
    not by the encoder's nearness, and say no other question word. ``transitive`` are the
    predicates of its hops the graph declares transitive (``owl:TransitiveProperty``): walked
    twice the same way, such a relation says itself again
    (:func:`~kgchat.retrieval.unsaid.repeated_hops`).
    """

    pattern: Pattern
    phrases: tuple[str, ...]
    answer_types: tuple[str, ...] = ()
    parts: tuple[int, ...] = ()
    inverses: tuple[str, ...] = ()
    middle: tuple[str, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
    said_types: tuple[str, ...] | None = None
    free_hops: int = 0
    definitions: tuple[str, ...] = ()
    above: frozenset[str] = frozenset()
    transitive: frozenset[str] = frozenset()

    def split(self) -> list[PathQuery]:
        """The single paths of a joint query (itself when it is one path)."""
        if len(self.parts) < 2:
            return [self]
        out, i = [], 0
        for n in self.parts:
            out.append(
                PathQuery(
                    self.pattern[i : i + n],
                    self.phrases[i : i + n],
                    self.answer_types,
                    inverses=self.inverses[i : i + n],
                    synonyms=self.synonyms[i : i + n],
                    definitions=self.definitions[i : i + n],
                )
            )
            i += n
        return out

    def said(self) -> str:
        """Its phrases joined as a sentence the encoder reads, a hop whose phrase is the one
        before it by another relation said once: a value node's hop out reads as the
        relation of the hop in (``magnitude`` then ``qudt:numericValue``, both "magnitude":
        :mod:`kgchat.graph.value_nodes`), one relation, not a word said twice, which the
        encoder reads as something else ("magnitude magnitude"). A relation walked out and
        back (``holds`` twice) is two hops and stays so.

        >>> PathQuery((("m", True), ("v", True)), ("magnitude", "magnitude")).said()
        'magnitude'
        >>> PathQuery((("h", True), ("h", False)), ("holds", "holds")).said()
        'holds holds'
        """
        kept = [
            p
            for k, p in enumerate(self.phrases)
            if k == 0 or p != self.phrases[k - 1] or self.pattern[k][0] == self.pattern[k - 1][0]
        ]
        return " ".join(kept)

    def said_otherwise(self) -> list[str]:
        """Its sentence (:meth:`said`) with one hop said by another of its :meth:`readings`
        (its declared inverse's phrase, another name the graph gives its relation), one
        sentence per such phrase: the graph's own words for saying the walk otherwise.

        >>> PathQuery((("a", False),), ("has author",), inverses=("wrote",)).said_otherwise()
        ['wrote']
        """
        out: list[str] = []
        for k, ways in enumerate(self.readings()):
            for other in ways[1:]:
                phrases = (*self.phrases[:k], other, *self.phrases[k + 1 :])
                text = PathQuery(self.pattern, phrases).said()
                if text not in out:
                    out.append(text)
        return out

    def readings(self) -> list[tuple[str, ...]]:
        """Per hop, the phrases it may be said with: its own, its declared inverse's, then
        its relation's other names."""
        out: list[tuple[str, ...]]
        if not self.inverses:
            out = [(p,) for p in self.phrases]
        else:
            out = [(p, q) if q else (p,) for p, q in zip(self.phrases, self.inverses, strict=True)]
        if self.synonyms:
            out = [(*r, *syn) for r, syn in zip(out, self.synonyms, strict=True)]
        return out


@runtime_checkable
class PathScorer(Protocol):
    """Scores relation paths for a question; higher is better."""

    def score(self, question: QuestionInfo, paths: Sequence[PathQuery]) -> np.ndarray:
        """One score per path."""
        ...


@runtime_checkable
class ScoresBySimilarity(Protocol):
    """A path scorer that judges words by a :class:`~kgchat.retrieval.similarity.TextSimilarity`
    (whose lexicon the retriever prepares, whose fact words the tie-break rides on): the
    :class:`~kgchat.retrieval.scoring.HeuristicPathScorer`; a learned head keeps its own
    heuristic inside."""

    similarity: TextSimilarity
