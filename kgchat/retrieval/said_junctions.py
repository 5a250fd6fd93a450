"""Candidates re-ranked by what qualifies the unnamed junctions their walks pass through and
the question says (:meth:`SaidJunctions._said_junctions`): a relation stated through a
junction (a BIBFRAME ``contribution`` whose ``role`` is "translator") names its relation
there. Split from ``combine.py`` (the joint ranking, at the 400-line limit once its steps
were named); behaviour unchanged.
"""

from __future__ import annotations

from typing import Any

from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.walk import Pattern
from kgchat.text import stem

__all__ = ["SaidJunctions"]

_WALKS = 3  # a candidate's best walks read for what their junctions say


class SaidJunctions:
    """The ranking's reading of the junctions a walk passes (a mixin of
    :class:`~kgchat.retrieval.Retriever`, under
    :class:`~kgchat.retrieval.combine.CandidateRanking`: it reads the graph and scores as
    the ranking does)."""

    query: Any
    scorer: Any
    types_for: Any
    said_qualifiers: Any  # JunctionWords': what a walk's junctions say of the question
    said_name_words: Any  # (and the words of their qualifiers' names)
    embed_junction_words: Any  # JunctionWords': their words embedded in one pass

    def _with_written(self, q: Any, path: Any, asked: set[str], said: Any) -> tuple[str, ...]:
        """``said`` and the words of ``path``'s qualifiers' names whose stems are ``asked``."""
        words = (n for n in self.said_name_words(q, path) if stem(n.lower()) in asked)
        return tuple(dict.fromkeys((*said, *words)))

    def _said_junctions(
        self,
        q: QuestionInfo,
        candidates: list[Candidate],
        middles: dict[str, dict[Pattern, tuple[str, ...]]],
    ) -> list[Candidate]:
        """``candidates`` re-ranked by what qualifies the unnamed junctions their walks (the
        best few, :data:`_WALKS`) pass through and the question says (``said_qualifiers``: the
        same the confidence counts): each raises its walk's score as a word of a node it
        passes would (a kind word among ``middles``, per start node); a walk so raised above
        the best comes first. A relation stated through a junction (a BIBFRAME
        ``contribution`` whose ``role`` is "translator") names its relation there: "who
        *translated* X" is said by X's contribution whose role is "translator", not by the
        author's "author" one reached through ``translationOf``, and "who *presents* X" by
        X's presenter's credit, not by the same person's ``creator`` fact."""
        if not q.words:
            return candidates
        types_of, raised = self.types_for(q), False
        walked = [(c, i, path) for c in candidates for i, path in enumerate(c.paths[:_WALKS])]
        beyond = {id(c): c.score - c.paths[0].score for c in candidates if c.paths}  # joint
        per_path = self.embed_junction_words(q, [path for _, _, path in walked])
        kept: dict[tuple[str, bool], bool] = {}  # each word's reading, once a question
        # a qualifier's whole name, or a word of a name of several the question writes (XBRL's
        # "Profit (loss) from *operating* activities"), not as its type ("*Committee* on X")
        asked = {stem(w.lower()) for w in q.words if w not in q.answer_type}
        said = [
            self._with_written(q, path, asked, self.said_qualifiers(q, path, w, kept))
            for (_, _, path), w in zip(walked, per_path, strict=True)
        ]
        # a middle pools the kinds its pattern passes (Coordinator and Participant role nodes):
        # a word said by some junction of the pattern but not by this walk's is not its own
        pooled: dict[tuple[str, Pattern], set[str]] = {}
        for (_, _, path), words in zip(walked, said, strict=True):
            pooled.setdefault((path.start, path.pattern), set()).update(words)
        for (c, i, path), words in zip(walked, said, strict=True):
            middle = middles.get(path.start, {}).get(path.pattern, ())
            lacked = pooled[path.start, path.pattern] - set(words)
            own = tuple(w for w in middle if w not in lacked)
            if not words and own == middle:
                continue
            types = types_of(c.node)
            said_by = [self.query(path.pattern, types, (), m) for m in (middle, own + words)]
            before, after = self.scorer.score(q, said_by).tolist()
            score = beyond[id(c)] + path.score + after - before  # (a later walk may win)
            if i == 0 and (after > before or (after < before and own != middle)):
                c.score = score  # the best walk, raised or lowered by its own junctions' words
            elif i > 0 and after > before and score > c.score:
                c.score = score
                c.paths.insert(0, c.paths.pop(c.paths.index(path)))
            else:
                continue
            raised = True
        if raised:
            candidates = sorted(candidates, key=Candidate.rank_key)
        return candidates
