"""How well a path says what the question asks: :class:`RelationMatch`, the judge of the
retriever's confidence (:mod:`kgchat.retrieval.confidence`).

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

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kgchat.retrieval.answer_type import attribute_asked
from kgchat.retrieval.descriptions import said_by_descriptions
from kgchat.retrieval.kind_senses import kinds_in_senses
from kgchat.retrieval.owner_phrases import owner_noun
from kgchat.retrieval.peer_relations import ELSEWHERE, said_elsewhere
from kgchat.retrieval.phrases import phrase_parts
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import had_noun, how_typed, wh_typed
from kgchat.retrieval.relation_meaning import EncoderReadings
from kgchat.retrieval.scoring import HeuristicPathScorer, PathQuery
from kgchat.retrieval.values import VALUE_KINDS
from kgchat.text import stem

if TYPE_CHECKING:
    from kgchat.retrieval.relation_learned import RelationMatcher

__all__ = ["ELSEWHERE", "RelationMatch"]


class RelationMatch(EncoderReadings):
    """Confidence in [0, 1] that a path says the question's relation (module docstring); its
    readings by the sentence encoder are :class:`~kgchat.retrieval.relation_meaning.
    EncoderReadings`'.

    Parameters
    ----------
    encoder : Encoder, optional
        A sentence encoder (the entity index's); without one, words alone decide.
    scorer : HeuristicPathScorer, optional
        Whose coverage is read (shares its word-similarity cache); made from ``encoder``
        when not given.
    matcher : callable, optional
        Makes the graph's learned relation matchers (:meth:`learned`).
    """

    def __init__(
        self,
        encoder: Any = None,
        scorer: HeuristicPathScorer | None = None,
        matcher: Callable[[], Sequence[RelationMatcher]] | None = None,
    ) -> None:
        self.encoder = encoder
        self.scorer = scorer or HeuristicPathScorer(encoder)
        # the graph's learned relation matcher, made on first need (None: not read)
        self._make_matcher = matcher
        self._matcher: Sequence[RelationMatcher] = ()

    def learned(self) -> Sequence[RelationMatcher]:
        """The learned relation matcher (:mod:`kgchat.retrieval.relation_learned`), trained or
        loaded on the first call (the first recipe's and the paraphrase-trained one); empty
        where none was asked for or none could be made."""
        if self._make_matcher is not None:
            self._matcher = self._make_matcher()
            self._make_matcher = None
        return self._matcher

    def confidence(
        self,
        question: QuestionInfo,
        path: PathQuery,
        *,
        value: bool | None = None,
        kinds: tuple[str, ...] | None = None,
        alternatives: Sequence[PathQuery] = (),
        ceiling: float | None = None,
        peers: Callable[[], Collection[str]] | None = None,
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

        ``peers`` gives (when asked) the words of the relations that things of the kind the
        path starts from are stated with (:func:`~kgchat.retrieval.peer_relations.
        peer_relation_words`): a relation named for the type asked meets no question whose
        other word one of them says (:meth:`said_elsewhere`). None: not checked.

        ``ceiling`` (None: none) is the most the caller takes of the result (it keeps the
        lesser of the two). The encoder's cosines can only raise the judgement: where the
        path's words alone already judge it as high as a limit below (the value or wh-type
        cap: the same result) or, after those limits, as the ceiling (the same value kept),
        they are not computed (the forward passes over the path's phrases and the
        alternatives' saved) and the words' judgement is returned; likewise the
        alternatives' cosines after the path's own."""
        if kinds is not None and not question.named_type:
            path = replace(path, answer_types=kinds)
        lexical = self._lexical(question, path, peers)
        if value is False and kinds and self._of_how_kind(question, kinds):
            lexical = 1.0
        # what limits the judgement whatever the cosines (words only, worked out first)
        cap = None
        if value is False and VALUE_KINDS.intersection(question.answer_type):
            cap = self.meets(path.answer_types, question.answer_type)
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

    def _of_how_kind(self, question: QuestionInfo, kinds: tuple[str, ...]) -> bool:
        """Whether a thing (no value) of these ``kinds`` is what a how-question's word asks
        by itself: "How *often* is X updated?" answered by a ``frequency`` concept (an EU
        authority's ``MONTHLY``) over ``accrualPeriodicity``. The answer says the type asked
        as a relation named for it would (:meth:`named_for_type`), and the question's verb
        ("updated") has nothing else to be checked against. Not a value type ("how many":
        a number), which any figure of the entity is."""
        asked = question.answer_type
        return (
            how_typed(question)
            and not VALUE_KINDS.intersection(asked)
            and bool((self.scorer.similarity.words(list(kinds), list(asked)) >= 1.0).any())
        )

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
        met = self.meets(kinds, question.answer_type)
        if met < 1.0 and path.phrases and not value:
            # the last relation named for the type asked (``located in`` for "where") says
            # what its object is, whatever its classes (a Building is no place to WordNet)
            met = max(met, self.named_for_type(question, replace(path, phrases=path.phrases[-1:])))
        return met

    def meets(self, words: Sequence[str], asked: Sequence[str], heads: bool = True) -> float:
        """The best similarity of any of ``words`` to any of ``asked`` (0 for none): stems
        alike, or close in the encoder's word embeddings (``heads``: a closed compound meets
        its head, :meth:`~kgchat.retrieval.similarity.TextSimilarity.words`; off for names).

        >>> judge = RelationMatch()
        >>> judge.meets(["dates"], ["date", "time"]), judge.meets(["river"], ["date"])
        (1.0, 0.0)
        """
        sims = self.scorer.similarity.words(list(words), list(asked), heads=heads)
        return float(sims.max()) if sims.size else 0.0

    def _lexical(
        self,
        question: QuestionInfo,
        path: PathQuery,
        peers: Callable[[], Collection[str]] | None = None,
    ) -> float:
        """What the path's words say of the question without the encoder's sentence cosine:
        the better of its coverage and :meth:`named_for_type` (1 with nothing asked beyond the
        entities: "What is X?"). A type the graph has no word for (``question.unsaid``: a
        graph of bare triples asked "which *films*") is no word a path could say: the rest
        of the question is judged (not so the noun said of the entity, "the *budget* of
        X": that is the relation asked). A type named by a word WordNet files, in another
        meaning, under the answer's class ("which *papers*" of an ``AcademicArticle``) is one
        more reading (:meth:`_in_senses`): the better of the two is taken."""
        if question.unsaid:
            question = self._said_part(question)
        share = self._words_share(question, path, peers)
        if share < 1.0 and self._described(question, path):
            share = 1.0
        sensed = self._in_senses(question, path.answer_types)
        if sensed is question or share >= 1.0:
            return share
        return max(share, self._words_share(sensed, path, peers))

    def _words_share(
        self,
        question: QuestionInfo,
        path: PathQuery,
        peers: Callable[[], Collection[str]] | None,
    ) -> float:
        """:meth:`_lexical`'s reading of one form of the question."""
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
        if coverage >= 1.0 or self.named_for_type(question, path) < 1.0:
            return coverage
        if peers is not None and self.said_elsewhere(question, path, peers()):
            return coverage
        return 1.0

    def _described(self, question: QuestionInfo, path: PathQuery) -> bool:
        """Whether the path's relations' descriptions say by their verbs the question's words
        its phrases leave unsaid (:func:`~kgchat.retrieval.descriptions.said_by_descriptions`:
        "Who is in charge of X?" over ``section editor``, "The editor in charge of a
        section"); the type it asks is the answer's kinds' to meet, not a relation's."""
        if not any(path.definitions) or not question.words:
            return False
        asked = {stem(w) for w in question.answer_type}
        words = [w for w in question.words if stem(w) not in asked]
        phrase_words = [w for ph in path.phrases for w in phrase_parts(ph)[0]]
        return said_by_descriptions(words, phrase_words, [d for d in path.definitions if d])

    def _in_senses(self, question: QuestionInfo, kinds: Sequence[str]) -> QuestionInfo:
        """``question`` naming its type by the answer's class word where WordNet files
        another meaning of its word under that class (:func:`~kgchat.retrieval.kind_senses.
        kinds_in_senses`), made once a question and type words."""
        kept: tuple[QuestionInfo, dict[tuple[str, ...], QuestionInfo]] | None
        kept = getattr(self, "_sense_parts", None)
        if kept is None or kept[0] is not question:
            kept = (question, {})
            self._sense_parts = kept
        key = tuple(kinds)
        if key not in kept[1]:
            kept[1][key] = kinds_in_senses(self.scorer.similarity, question, kinds)
        return kept[1][key]

    def _said_part(self, question: QuestionInfo) -> QuestionInfo:
        """``question`` without the types the graph has no word for, made once a question
        (the scorer keeps its word matches per question object)."""
        kept = getattr(self, "_said_parts", None)
        if kept is None or kept[0] is not question:
            unsaid = {stem(w) for w in question.unsaid}
            # the noun said of the entity ("the *budget* of X", "what *symptoms* does X
            # have") is the relation asked, not a kind of answer: a graph without it cannot
            # answer
            owned = (owner_noun(question), had_noun(question))
            words = [w for k, w in enumerate(question.words) if k in owned or stem(w) not in unsaid]
            types = [w for w in question.answer_type if stem(w) not in unsaid]
            # with no word left, a preposition still judges the path ("Which films are *in*
            # Hindi?"); with none either, the question would ask nothing: judged whole
            reduced = replace(question, words=words, counts=[], answer_type=types)
            kept = (question, reduced if words or question.prepositions else question)
            self._said_parts = kept
        return kept[1]

    def said_elsewhere(
        self, question: QuestionInfo, path: PathQuery, relation_words: Collection[str]
    ) -> bool:
        """Whether a word of the question that ``path``'s phrases do not say is said by
        another of ``relation_words`` (:func:`~kgchat.retrieval.peer_relations.said_elsewhere`,
        under this judge's word similarity)."""
        return said_elsewhere(self.scorer.similarity, question, path, relation_words)

    def named_for_type(self, question: QuestionInfo, path: PathQuery) -> float:
        """1 when every word of the path's relations is a word of the type the question asks
        for: a relation named for its values alone (``date``, ``length``, ``year``) meets
        "when was X released?" or "how long is X?" as far as the graph can say; the
        question's verb ("released", "come out") has nothing else to be checked against.
        A relation that says more ("born on") is judged by its words as before.

        >>> from kgchat.retrieval.question import analyze
        >>> q = analyze("When was Nevermind released?", [(2, 3)])
        >>> date = PathQuery((("date", True),), ("date",), ())
        >>> born = PathQuery((("born_on", True),), ("born on",), ())
        >>> RelationMatch().named_for_type(q, date), RelationMatch().named_for_type(q, born)
        (1.0, 0.0)
        """
        words = [w for ph in path.phrases for w in phrase_parts(ph)[0]]
        if not words or not question.answer_type:
            return 0.0
        # the attribute a how-question asks (a height), not the form of its value (a number)
        sims = self.scorer.similarity.words(words, attribute_asked(question.answer_type))
        return 1.0 if bool((sims.max(axis=1) >= 1.0).all()) else 0.0
