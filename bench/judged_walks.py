"""The relation judge's walk for ``confidence_causes.py --walks``: what the judge was asked
of the top answer's walk (its relation phrases, their other names and descriptions) and how it
read them, so that a right answer abstained on can be told apart by *what words* the judge
failed to meet (a verb said for a role noun, "taught" and ``advisor``) and not only by which
check decided it."""

from __future__ import annotations

import functools
from typing import Any


def keep_walk(judge_class: Any, trace: Any) -> None:
    """Keep, in the open judgement's frame of ``trace`` (``confidence_causes``'), what the
    judge was asked of the top's walk (the first call after the middle hops' ceiling, as
    that trace's ``judge`` is): its question and path, read by :func:`walk_readings` once
    the retrieval is done."""
    real = judge_class.confidence

    @functools.wraps(real)
    def wrapper(self: Any, question: Any, path: Any, **k: Any) -> Any:
        out = real(self, question, path, **k)
        if trace.stack and "ceiling" in trace.stack[-1]:
            trace.stack[-1].setdefault("walk", (self, question, path))
        return out

    judge_class.confidence = wrapper


def walk_readings(walk: tuple[Any, Any, Any]) -> dict[str, Any]:
    """The judged walk's relation phrases (its inverses' and other names, its relations'
    descriptions) and the judge's readings of them: the question's words and the type it
    asks, the encoder's rescaled cosine of the question (its entities left out) with the
    walk's phrases (``meaning``), with its other names (``otherwise``) and with its
    descriptions (``defined``). Worked out after the retrieval, so that no result changes
    (their vectors are cached then: a later question may read them, to a float's last bits)."""
    judge, question, path = walk
    sim = judge.scorer.similarity
    asked = bool(path.phrases and question.words)
    return {
        "phrases": list(path.phrases),
        "definitions": [d for d in path.definitions if d],
        "answer_types": list(path.answer_types),
        "words": list(question.words),
        "type_asked": list(question.answer_type),
        "meaning": round(sim.related(question.asked, path.said()), 3) if asked else None,
        "otherwise": [round(sim.related(question.asked, t), 3) for t in path.said_otherwise()]
        if asked
        else [],
        "defined": round(judge._defined(question, path), 3),
    }
