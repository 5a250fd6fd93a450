"""Which type words name the doer of a relation phrase (``doers_asked``) is kept per question
and phrase (``PerQuestion.doers``): a walk asks it of every type word of every node kind it
scores, thousands of times a question. The kept answers are the ones read afresh each time
(a question's every score the same, bit for bit), and a question with no type word reads
none."""

from __future__ import annotations

import numpy as np

from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.per_question import PerQuestion, doers_asked
from kgchat.retrieval.question import analyze
from kgchat.retrieval.scoring import HeuristicPathScorer


class _Forgetful(dict):  # type: ignore[type-arg]
    """A memo that keeps nothing: every ask read afresh."""

    def __contains__(self, key: object) -> bool:
        return False

    def __setitem__(self, key: object, value: object) -> None:
        pass


PATHS = [
    PathQuery((("plays", True),), ("plays",), ("handedness",)),
    PathQuery((("coaches", True),), ("coaches",), ("player", "person")),
    PathQuery((("coaches", True), ("plays", True)), ("coaches", "plays"), ("sport",)),
    PathQuery((("writes", False),), ("writes",), ("writer", "player")),
    PathQuery((("team", True),), ("team",), ("players", "team")),
]


def _components(fresh: bool) -> np.ndarray:
    q = analyze("Which players does Tom Lee coach?", [(3, 5)])
    scorer = HeuristicPathScorer()
    c = scorer._prepare(q, PATHS)
    if fresh:
        c.doers = _Forgetful()
    return np.concatenate([scorer.components(q, PATHS[k:]) for k in range(len(PATHS))])


def test_kept_doers_score_as_read_afresh() -> None:
    kept, fresh = _components(False), _components(True)
    assert kept.tobytes() == fresh.tobytes()


def test_doers_are_kept_per_phrase_and_none_without_type_words() -> None:
    c = PerQuestion(analyze("Which players does Tom Lee coach?", [(3, 5)]))
    first = doers_asked(c, "plays")
    assert c.doers is not None and "plays" in c.doers
    assert doers_asked(c, "plays") is first
    assert PerQuestion(analyze("What does Tom Lee coach?", [(2, 4)])).doers is None
