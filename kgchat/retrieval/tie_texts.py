"""The relation texts the confidence embeds for a candidate: what :func:`~kgchat.retrieval.
tied_paths.tied_first` has the encoder embed ahead, in one pass, for the alternatives it rates.

The confidence judges a best candidate by the sentence encoder's cosine between the question
and its path's relation phrases, joined (:meth:`~kgchat.retrieval.relation_match.RelationMatch.
_judged`; their descriptions too, where the relations have them). A tie among a best answer's
paths has each alternative rated so: each a text of its own, which the encoder embedded in a
pass of its own, one after another. A pass over a few short texts costs what streaming the
model's weights costs, whatever its rows, so the alternatives' texts ride along with the pass
the first rating makes (:meth:`~kgchat.retrieval.similarity.TextSimilarity.riding`), and no
pass is made for them alone.

Examples
--------
>>> from kgchat.retrieval.path_query import PathQuery
>>> from kgchat.retrieval.results import Candidate, Path
>>> hops = (("ex:borders", True), ("ex:currency", True))
>>> path = Path("ex:Kenya", hops, ("ex:Kenya", "ex:Uganda", "ex:Shilling"), (0, 1), 1.0)
>>> said = {"ex:borders": "has border with", "ex:currency": "currency"}
>>> def query(pattern, types, parts):  # (the retriever's reading of a pattern)
...     return PathQuery(pattern, tuple(said[r] for r, _ in pattern), types, parts)
>>> judged_texts([Candidate("ex:Shilling", "Shilling", 1.0, [path])], query)
['has border with currency']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from kgchat.retrieval.answer_paths import said_pattern
from kgchat.retrieval.results import Candidate

__all__ = ["judged_texts"]


def _readings(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates with paths, and of one whose paths start from several entities, each
    entity's first path alone too (read so where the entities share one name)."""
    out: list[Candidate] = []
    for c in candidates:
        if c.paths:
            out.append(c)
            firsts = {p.start: p for p in reversed(c.paths)}
            if len(firsts) > 1:
                out += [
                    replace(c, paths=[firsts[s]]) for s in dict.fromkeys(p.start for p in c.paths)
                ]
    return out


def judged_texts(candidates: Sequence[Candidate], query: Callable[..., Any]) -> list[str]:
    """Per candidate with a path, the text(s) the confidence's judge embeds for it: its said
    relations' phrases joined, and their descriptions joined where any hop has one.
    ``query(pattern, types, parts)``: the retriever's :meth:`~kgchat.retrieval.reading.
    GraphReading.query`."""
    out: list[str] = []
    for c in _readings(candidates):
        pattern, parts = said_pattern(c)
        q = query(pattern, (), parts)
        if q.phrases:
            out.append(q.said())
            if q.definitions:
                defined = zip(q.definitions, q.phrases, strict=True)
                out.append(" ".join(d or p for d, p in defined))
    return list(dict.fromkeys(out))
