"""How well the best answer's path says what the question asks: the retriever's confidence.

A retriever always finds *some* path from a linked entity; when the graph has no relation of
the meaning asked ("When did X die?" on a graph with birth dates only), the best path is a
near relation, and the right reply is to abstain. The confidence is the better of two
readings of the same thing, the share of the question's words that the path's relation
phrases and answer type meet (the untrained scorer's *coverage*: stems and word embeddings),
and the sentence encoder's cosine between the question with its entity mentions removed and
the path's relation phrases (meaning said in other words: "when was X released" and
``date``), rescaled above the cosine the encoder gives unrelated words; and, where the path
is also the one the encoder prefers among the relation paths of the scorer's next best
candidates, that cosine itself when above the encoder's unrelated floor ("who *runs* X" and
``ceo``: 0.36, against ``founded by`` 0.25). A question that
asks nothing beyond its entities ("What is X?") is fully answered by any path the scorer
chose (but a preposition outside them asks a relation, "What is *in* X?", which the path
must say); one that asks for a value (a date, a number) is met by an entity only as far as the
entity's type words say it is one.

The threshold (``RetrieverConfig.min_confidence``, 0.20) was chosen on the development
questions (people's half of the real-world questions, medicine's generated dev questions and
all our own questions, pooled): the smallest value on a 0.02 grid that abstains on the most
unanswerable questions while abstaining on at most 5% of the answerable ones (24 of 37 and
4.6%; README, "Abstention").

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> from kgchat.retrieval.scoring import PathQuery
>>> judge = RelationMatch()   # no encoder: words only
>>> q = analyze("When did Alan PULIDO die?", [(2, 4)])
>>> born = PathQuery((("born_on", True),), ("born on",), ("date",))
>>> died = PathQuery((("died_on", True),), ("died on",), ("date",))
>>> round(judge.confidence(q, born), 2), round(judge.confidence(q, died), 2)
(0.0, 1.0)

A relation named for its values alone (``date``) says all the graph can about "when":

>>> q = analyze("When was Nevermind released?", [(2, 3)])
>>> judge.confidence(q, PathQuery((("date", True),), ("date",), ("date",)))
1.0
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from kgchat.graph.vocab import HIERARCHY, IDENTITY
from kgchat.retrieval.phrases import owner_noun, phrase_parts
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import how_typed, wh_typed
from kgchat.retrieval.results import Candidate, Path
from kgchat.retrieval.scoring import HeuristicPathScorer, PathQuery
from kgchat.retrieval.values import VALUE_KINDS
from kgchat.retrieval.walk import Pattern
from kgchat.text import stem

__all__ = ["AnswerConfidence", "RelationMatch", "said_pattern"]

# hops that say what a node is (the class hierarchy) or that it is another node (owl:sameAs),
# not a relation the question asks for
_NO_RELATION = frozenset((*HIERARCHY, *IDENTITY))


def said_pattern(candidate: Candidate) -> tuple[Pattern, tuple[int, ...]]:
    """The relations a candidate's answer is said by, and the lengths of its parts (empty for
    one path): a node reached from several mentions holds one path per mention (judged
    jointly), one reached from a single mention its best walks of each length, best first.
    Hops down or up a class hierarchy ("the American *pizza*", "is a subclass of") say what a
    node is, and a hop over ``owl:sameAs`` that it is another node, not a relation the
    question asks for: they are left out where others remain."""
    joint = len({p.start for p in candidate.paths}) > 1
    paths = candidate.paths[:3] if joint else candidate.paths[:1]
    kept = (tuple(h for h in p.pattern if h[0] not in _NO_RELATION) for p in paths)
    said = list(dict.fromkeys(k for k in kept if k)) or [p.pattern for p in paths]
    pattern = tuple(h for p in said for h in p)
    return pattern, tuple(len(p) for p in said) if len(said) > 1 else ()


class RelationMatch:
    """Confidence in [0, 1] that a path says the question's relation (module docstring).

    Parameters
    ----------
    encoder : Encoder, optional
        A sentence encoder (the entity index's); without one, words alone decide.
    scorer : HeuristicPathScorer, optional
        Whose coverage is read (shares its word-similarity cache); made from ``encoder``
        when not given.
    """

    def __init__(self, encoder: Any = None, scorer: HeuristicPathScorer | None = None) -> None:
        self.encoder = encoder
        self.scorer = scorer or HeuristicPathScorer(encoder)

    def confidence(
        self,
        question: QuestionInfo,
        path: PathQuery,
        *,
        value: bool | None = None,
        kinds: tuple[str, ...] | None = None,
        alternatives: Sequence[PathQuery] = (),
        ceiling: float | None = None,
    ) -> float:
        """How well ``path`` meets what ``question`` asks, in [0, 1].

        ``value`` says whether the answer the path leads to is a literal value (None: not
        known). A question that asks for what only values are (a date for "when", a number
        for "how many": the kinds :func:`~kgchat.retrieval.values.literal_kind` gives) is met
        by an entity only as far as the entity's type words say it is one: "When was X born?"
        answered by a place of birth is a near relation however well "born" is said.

        ``kinds`` are the answer's words for what it is by itself (its classes, a value's
        kind: :meth:`~kgchat.retrieval.reading.GraphReading.kinds_of`; None: all of
        ``path.answer_types``). Where the question names no type, only they may meet its
        words: the role words the answer takes from *other* relations are no reading of the
        path ("who is X married to" is not said by X's gender, whatever fact makes the
        answer someone's ``spouse``).

        ``alternatives`` are the other relation paths the walk offered the question (the
        scorer's next best candidates'): where the encoder, too, prefers ``path`` to every
        one of them, and says it above its unrelated floor, its cosine is one more reading
        (:meth:`_chosen`).

        ``ceiling`` (None: none) is the most the caller takes of the result (it keeps the
        lesser of the two). The encoder's cosines can only raise the judgement: where the
        path's words alone already judge it as high as a limit below (the value or wh-type
        cap: the same result) or, after those limits, as the ceiling (the same value kept),
        they are not computed (the forward passes over the path's phrases and the
        alternatives' saved) and the words' judgement is returned; likewise the
        alternatives' cosines after the path's own."""
        if kinds is not None and not question.named_type:
            path = replace(path, answer_types=kinds)
        lexical = self._lexical(question, path)
        # what limits the judgement whatever the cosines (words only, worked out first)
        cap = None
        if value is False and VALUE_KINDS.intersection(question.answer_type):
            cap = self._meets(path.answer_types, question.answer_type)
        elif kinds and wh_typed(question) and not VALUE_KINDS.intersection(question.answer_type):
            cap = self._of_wh_type(question, kinds, value, path)
        # a passive relation walked against the question's word order answers the converse
        # question ("who was X influenced by" over ``Y was influenced by X``): however well
        # its words are said, it is not what was asked (HeuristicPathScorer.passive_order)
        against = self.scorer.passive_order(question, path)

        def limited(judged: float) -> float:  # non-decreasing in judged (1 + against >= 0)
            if cap is not None:
                judged = min(judged, cap)
            return judged * (1.0 + against) if against < 0 else judged

        def settled(judged: float) -> bool:
            """Whether no higher judgement changes the result (at the cap: the same value)
            or what the caller keeps (at the ceiling)."""
            return (cap is not None and judged >= cap) or (
                ceiling is not None and limited(judged) >= ceiling
            )

        if lexical >= 1.0:
            # its words already meet every question word: no cosine could raise it, and no
            # forward pass is spent on its phrases or the alternatives'
            return limited(1.0)
        words = float(min(1.0, max(0.0, lexical)))  # _judged without a cosine
        if settled(words):
            return limited(words)  # no cosine can change what counts
        judged = self._judged(question, path, lexical)
        if settled(judged):
            return limited(judged)  # nor the alternatives' (their pass saved)
        judged = max(judged, self._chosen(question, path, alternatives, judged))
        return limited(judged)

    def _of_wh_type(
        self, question: QuestionInfo, kinds: tuple[str, ...], value: bool | None, path: PathQuery
    ) -> float:
        """How far an answer of these ``kinds`` (its own: classes, WordNet's kinds of them, a
        value's kind) is what "where" or "who" asks (1 where nothing is to be checked). A
        question that asks nothing but its wh-word's type ("Where is X?", "Where are X
        from?") says no word a path could miss, so only the answer's kinds can fail it (an
        album's band is no place: "Where is Abbey Road?" had answered The Beatles at 1.0); and
        a date or a number is no place and no one, however well its relation is said
        ("Where was X released?" over ``releaseDate``)."""
        if question.words and not (value and VALUE_KINDS.issuperset(kinds)):
            return 1.0
        met = self._meets(kinds, question.answer_type)
        if met < 1.0 and path.phrases and not value:
            # the last relation named for the type asked (``located in`` for "where") says
            # what its object is, whatever its classes (a Building is no place to WordNet)
            met = max(met, self._generic(question, replace(path, phrases=path.phrases[-1:])))
        return met

    def _meets(self, words: Sequence[str], asked: Sequence[str]) -> float:
        """The best similarity of any of ``words`` to any of ``asked`` (0 for none)."""
        sims = self.scorer.similarity.words(list(words), list(asked))
        return float(sims.max()) if sims.size else 0.0

    def _lexical(self, question: QuestionInfo, path: PathQuery) -> float:
        """What the path's words say of the question without the encoder's sentence cosine:
        the better of its coverage and :meth:`_generic` (1 with nothing asked beyond the
        entities: "What is X?"). A type the graph has no word for (``question.unsaid``: a
        graph of bare triples asked "which *films*") is no word a path could say: the rest
        of the question is judged (not so the noun said of the entity, "the *budget* of
        X": that is the relation asked)."""
        if question.unsaid:
            question = self._said_part(question)
        if not question.words:
            if question.answer_type or not question.prepositions:
                return 1.0
            # a preposition outside the entities asks a relation ("What is *in* X?": what X
            # contains, not what X is): only a path whose phrases say it meets the question
            return float(self.scorer.components(question, [path])[0, 2])
        # distinct words: a word said a thousand times ("z z z ... What does X treat?") is
        # one thing asked, not a thousand
        once = replace(question, counts=[]) if question.counts else question
        coverage = float(self.scorer.components(once, [path])[0, 0])
        return max(coverage, self._generic(question, path))

    def _said_part(self, question: QuestionInfo) -> QuestionInfo:
        """``question`` without the types the graph has no word for, made once a question
        (the scorer keeps its word matches per question object)."""
        kept = getattr(self, "_said_parts", None)
        if kept is None or kept[0] is not question:
            unsaid = {stem(w) for w in question.unsaid}
            # the noun said of the entity ("the *budget* of X") is the relation asked, not a
            # kind of answer: a graph without it cannot answer
            owned = owner_noun(question)
            words = [w for k, w in enumerate(question.words) if k == owned or stem(w) not in unsaid]
            types = [w for w in question.answer_type if stem(w) not in unsaid]
            # with no word left, a preposition still judges the path ("Which films are *in*
            # Hindi?"); with none either, the question would ask nothing: judged whole
            reduced = replace(question, words=words, counts=[], answer_type=types)
            kept = (question, reduced if words or question.prepositions else question)
            self._said_parts = kept
        return kept[1]

    def _judged(self, question: QuestionInfo, path: PathQuery, lexical: float) -> float:
        meaning = 0.0
        if path.phrases and question.words:
            # rescaled above the cosine of unrelated words for this encoder, as word matches
            # are ("when did X die" and "birth date" are 0.33 apart in MiniLM: unrelated)
            text = " ".join(path.phrases)
            self.scorer.similarity.prefetch([question.asked, text])  # one forward pass
            meaning = self.scorer.similarity.related(question.asked, text)
        return float(min(1.0, max(0.0, lexical, meaning)))

    def _chosen(
        self,
        question: QuestionInfo,
        path: PathQuery,
        alternatives: Sequence[PathQuery],
        least: float = 0.0,
    ) -> float:
        """The encoder's own choice: the cosine between the question, its entities left out,
        and ``path``'s relation phrases, where that is above the encoder's unrelated floor and
        above the cosine of every alternative (0 otherwise, and without alternatives: a
        choice needs something to choose from). A relation said by a word the encoder places
        only loosely ("who *runs* X" and ``ceo``: 0.36) is still the one it would pick among
        those the graph offers (``founded by`` 0.25), which is how people's synonyms look;
        a question the graph cannot answer rarely has its best-scored path also the
        encoder's pick, above the floor.

        A cosine no higher than ``least`` (what the path is judged already) raises nothing:
        0 then, without embedding the alternatives (one forward pass saved, most questions)."""
        sim = self.scorer.similarity
        floor = sim.floor()
        text = " ".join(path.phrases)
        others = {" ".join(a.phrases) for a in alternatives if a.phrases} - {text}
        if floor >= 1.0 or not question.words or not text or not others:
            return 0.0
        sim.prefetch([question.asked, text])
        asked = sim.embed(question.asked)
        cos = float(asked @ sim.embed(text))
        if cos < floor or cos <= least:
            return 0.0
        sim.prefetch(sorted(others))
        if any(float(asked @ sim.embed(o)) >= cos for o in others):
            return 0.0
        return cos

    def _generic(self, question: QuestionInfo, path: PathQuery) -> float:
        """1 when every word of the path's relations is a word of the type the question asks
        for: a relation named for its values alone (``date``, ``length``, ``year``) meets
        "when was X released?" or "how long is X?" as far as the graph can say; the
        question's verb ("released", "come out") has nothing else to be checked against.
        A relation that says more ("born on") is judged by its words as before."""
        words = [w for ph in path.phrases for w in phrase_parts(ph)[0]]
        if not words or not question.answer_type:
            return 0.0
        sims = self.scorer.similarity.words(words, question.answer_type)
        return 1.0 if bool((sims.max(axis=1) >= 1.0).all()) else 0.0


def _by_class(candidate: Candidate) -> tuple[set[str], set[tuple[str, Pattern]]]:
    """The starts that reach ``candidate`` down a class hierarchy only (a class the question
    names), and the (start, relation pattern) of its other walks."""
    classes = {
        p.start
        for p in candidate.paths
        if p.pattern and all(h[0] in _NO_RELATION for h in p.pattern)
    }
    return classes, {(p.start, p.pattern) for p in candidate.paths if p.start not in classes}


def _only_way_to_class(top: Candidate, candidates: Sequence[Candidate]) -> float:
    """1 when the best answer is a member of a class the question names ("Which *gene* causes
    X?", an ontology's classes walked down their hierarchy) reached from the entity by the
    one relation that joins the entity to any member of that class among the candidates in as
    few hops or fewer: the question's other words can mean no other relation of the graph
    ("causes" and ``has basis in dysfunction of``); 0 otherwise (two such relations to the
    class, or no class named)."""
    classes, ways = _by_class(top)
    if len(classes) != 1 or len(ways) != 1:
        return 0.0
    ((start, pattern),) = ways
    for c in candidates[1:]:
        cls, other = _by_class(c)
        if classes <= cls and any(
            s == start and p != pattern and len(p) <= len(pattern) for s, p in other
        ):
            return 0.0
    return 1.0


class AnswerConfidence:
    """The retriever's confidence in its best candidate (a mixin of
    :class:`~kgchat.retrieval.Retriever`: it reads the graph through
    :class:`~kgchat.retrieval.reading.GraphReading` and judges with its
    :class:`RelationMatch`)."""

    _judge: RelationMatch
    query: Any
    answer_types: Any
    kinds_of: Any
    is_literal: Any
    _yes_no_confidence: Any
    anonymous: Any

    def _confidence(
        self,
        q: QuestionInfo,
        candidates: list[Candidate],
        middles: dict[str, dict[Pattern, tuple[str, ...]]] | None = None,
    ) -> float:
        """How well the best candidate's path says the question's relation (0 without one),
        read as it was ranked: with the kinds of the nodes its walks passed through
        (``middles``: per start node, each walked pattern's), and no more than its walks'
        middle nodes are said (:meth:`_middles_said`)."""
        if not candidates or not candidates[0].paths:
            return 0.0
        top = candidates[0]
        said = self._yes_no_confidence(q, top)
        if said is not None:
            return float(said)
        pattern, parts = said_pattern(top)
        node = top.node
        joint = len({p.start for p in top.paths}) > 1
        walked = top.paths[:3] if joint else top.paths[:1]
        found = middles or {}
        middle = tuple(
            dict.fromkeys(w for p in walked for w in found.get(p.start, {}).get(p.pattern, ()))
        )
        query = self.query(pattern, self.answer_types(node), parts, middle)
        kinds = self.kinds_of(node)  # the answer's own kinds, not its roles in other facts
        # the other relations the walk offered this question: what the encoder could have
        # preferred instead
        others = dict.fromkeys(said_pattern(c) for c in candidates[1:20] if c.paths)
        others.pop((pattern, parts), None)
        alternatives = [self.query(p, (), ps) for p, ps in others]
        # worked out first: the judgement is kept only up to it, and the judge spends no
        # forward pass on what could not raise it that far
        ceiling = self._middles_said(q, walked, joint)
        judged = self._judge.confidence(
            q,
            query,
            value=self.is_literal(node),
            kinds=kinds,
            alternatives=alternatives,
            ceiling=ceiling,
        )
        if joint and judged < 1.0:
            judged = max(judged, _only_way_to_class(top, candidates))
        return min(judged, ceiling)

    def _middles_said(self, q: QuestionInfo, walked: Sequence[Path], joint: bool) -> float:
        """How well the question says the nodes a walk passes through on its way to the
        answer: each middle hop's relation (its support) or what the node it reaches is (its
        kind words against the question's words), the weakest of them. An answer reached by
        one walk is tied to the question only by that walk: "How old is X?" reached through
        the year of a paper X made says "old" with the year and nothing of the paper. A walk
        out and back over one relation (``X -award-> H <-award- Y``) reaches Y only because
        Y shares H with X, which the question must say too ("who works at the same
        *organization* as X"), even where another mention's walk also reaches the answer.
        An answer reached from several mentions (``joint``) is otherwise tied by their
        meeting. A walk of several hops to a type only a bare wh-word asks ("who", "how
        many") must say its last hop too, unless that hop's relation is named for the type
        (``located in`` for "where"): "Who founded X?" over X's founding place to someone
        born there says "founded" and nothing of the birth. Hops up or down a class
        hierarchy or over ``owl:sameAs`` say what a node is (left out); an unnamed junction
        node (a Freebase CVT, a CIDOC-CRM event) is no thing a question names, and is said by
        its hop in or its hop out, the two saying one relation; 1 where nothing is left."""
        least = 1.0
        if not q.words:
            return least
        scorer = self._judge.scorer

        def support(rel: str, forward: bool) -> float:  # how well the question says one hop
            return float(scorer.components(q, [self.query(((rel, forward),), ())])[0, 1])

        for path in walked:
            for i, ((rel, fwd), (nxt, nfwd)) in enumerate(itertools.pairwise(path.pattern)):
                sibling = rel == nxt and fwd != nfwd
                if rel in _NO_RELATION or not (sibling or not joint):
                    continue
                hop = support(rel, fwd)
                if self.anonymous(path.nodes[i + 1]):
                    # an unnamed junction (a CVT, an event): its hop in or out says it
                    least = min(least, max(hop, support(nxt, nfwd)))
                    continue
                what = self._judge._meets(self.kinds_of(path.nodes[i + 1]), q.words)
                least = min(least, max(hop, what))
            last, lfwd = path.pattern[-1] if path.pattern else ("", True)
            if (
                not joint
                and len(path.pattern) > 1
                and last not in _NO_RELATION
                and (wh_typed(q) or how_typed(q))
                and not self.anonymous(path.nodes[-2])
            ):
                # a last hop the question says nothing of, taken toward a type only a bare
                # wh-word asks ("Who founded X?" -> X's founding place -> someone born there;
                # "How many films did X direct?" -> a film's run time)
                # (a relation named for the type, ``date time`` for "when", says it)
                end = support(last, lfwd)
                if end < 0.05 and not self._judge._generic(q, self.query(((last, lfwd),), ())):
                    least = min(least, max(end, 0.0))
        return least
