"""What a path's answer type words say of a question, a part of
:meth:`~kgchat.retrieval.scoring.HeuristicPathScorer.components` (split from
:mod:`kgchat.retrieval.scoring`, which weighs the parts): how the type words cover the question's
words and meet the type asked for, and whether the path's last hop names a time.
"""

from __future__ import annotations

import numpy as np

from kgchat.retrieval.hop_support import doers_asked
from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.per_question import PerQuestion
from kgchat.retrieval.phrases import phrase_parts
from kgchat.retrieval.values import names_a_time
from kgchat.text import stem

__all__ = ["AnswerTyping"]


class AnswerTyping:
    """The answer type words' share of a path's score (a mixin of
    :class:`~kgchat.retrieval.scoring.HeuristicPathScorer`; static: it reads only the
    question's :class:`~kgchat.retrieval.per_question.PerQuestion`)."""

    @staticmethod
    def _said_typing(
        c: PerQuestion, typ: tuple[np.ndarray | None, float], said: tuple[str, ...] | None
    ) -> tuple[np.ndarray | None, float]:
        """:meth:`_typing` of a path's answer type words (``typ``) where only its ``said``
        words (:attr:`PathQuery.said_types`; None: all) may say question words other than
        the type asked for ("which *events*": every type word still says that)."""
        if said is None or typ[0] is None:
            return typ
        said_typ = c.typing[said]
        words = np.zeros_like(typ[0]) if said_typ[0] is None else said_typ[0]
        return (np.where(c.type_words, typ[0], words), typ[1])

    @staticmethod
    def _timed_hop(path: PathQuery) -> float | None:
        """The relation path's share of whether the path reaches a time the question does
        not ask for (None in a question that may ask a time, :attr:`PerQuestion.asks_time`):
        None where it cannot (no hop), else 1 where its last relation, walked to its value,
        names that value a time (``GDP year``; walked back from a year to what has it, the
        answer is no time), 0 otherwise. A path reaching a date (its answer type words say
        ``date``: by its datatype or form) is one where not None. "What is the GDP of
        Brazil?" is no question of *when*: its year ties its value on every word said. It
        depends on the relation path alone (its last hop's phrase and direction): kept per
        relation path's number (:attr:`~kgchat.retrieval.path_rows.PathRows.timed`).

        >>> from kgchat.retrieval.path_query import PathQuery
        >>> timed = AnswerTyping._timed_hop
        >>> timed(PathQuery((("gdp_year", True),), ("GDP year",))), timed(PathQuery((), ()))
        (1.0, None)
        """
        if not path.phrases:
            return None
        return float(path.pattern[-1][1] and names_a_time(phrase_parts(path.phrases[-1])[0]))

    @staticmethod
    def _typing(
        c: PerQuestion, types: tuple[str, ...], above: frozenset[str] = frozenset()
    ) -> tuple[np.ndarray | None, float]:
        """Answer type words' share of :meth:`components`: their best match to each question
        word (None without words: they cover what the question says of the answer only when
        it names a type, "which country"), and their best match to the type asked for. The
        words of ``above`` (only superclasses give them: :attr:`PathQuery.above`) match the
        type the question names ("which *company*") by its own word alone (by stem), and
        no other word: a novel is a ``Work`` too, and the encoder's nearness of *work* to
        "company" must not make it one. A type only a wh-word asks ("who": a person) is the
        most general kind, a superclass's own level (a publisher is an ``Agent``): it is met
        by meaning, as the node's own classes meet it."""
        cover = None
        # a verb's role word on its object names no doer the question asks (``plays``, the
        # role of "Left-handed", is no "players")
        types = tuple(w for w in types if doers_asked(c, w) is None)
        if above and c.question.named_type:
            asked = {stem(w) for w in c.question.answer_type}
            met = [w for w in types if w in above and stem(w) in asked]
            own = tuple(w for w in types if w not in above)
            cover, match = AnswerTyping._typing(c, own)
            if met and c.question.words:
                found = c.type_words & np.isin(
                    [stem(w) for w in c.question.words], [stem(w) for w in met]
                )
                cover = np.where(found, 1.0, 0.0 if cover is None else cover).astype(np.float32)
                match = 1.0
            return cover, match
        if types and c.question.words:
            # word by word, the best of the words' matches (a maximum: exact in any order,
            # and a chain of element-wise maxima costs a small part of stacking them)
            to_words = c.to_words
            cover = to_words[types[0]].copy()
            for w in types[1:]:
                np.maximum(cover, to_words[w], out=cover)
        return cover, max((c.to_type[w] for w in types), default=0.0)
