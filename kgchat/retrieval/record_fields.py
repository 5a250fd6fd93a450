"""Two fields of one unnamed record tied for the best answer: which one is asked, nothing says.

A record stated as a node (a BioLink association with its ``subject``, ``object``,
``predicate``, ``publications`` and ``has_evidence``; an event; a Freebase CVT) is walked into
from the entity and out to each of its other fields for free (an unnamed junction's hop:
:meth:`~kgchat.retrieval.reading.GraphReading.junction_hops`). Where the record's kind already
says every word of the question ("What diseases is PCSK9 associated with?" through a
``GeneToDiseaseAssociation``), the walk out says nothing more, and each field scores alike:
the disease, the PubMed id and the evidence code tie, and the first of them by identifier is
given, however credible its walk reads. Tied so, the question tells none of the readings
apart: :func:`fields_tied` says so, and the confidence gives no answer rather than a field
chosen by the order of identifiers. A list of answers of one field (every disease of the
gene's records by ``object``) is one reading and no such tie; nor are two walks of different
records or lengths, which the rest of the confidence judges.

Examples
--------
>>> from kgchat.retrieval.results import Path
>>> def field(rel, node, score=0.9):
...     pattern = (("subject", False), (rel, True))
...     path = Path("PCSK9", pattern, ("PCSK9", "_:a", node), (0, 1), score)
...     return Candidate(node, node, score, [path])
>>> fields_tied([field("publications", "pmid"), field("object", "CAD")], lambda n: n == "_:a")
True
>>> fields_tied([field("object", "CAD"), field("object", "FH")], lambda n: n == "_:a")
False
>>> fields_tied([field("object", "CAD"), field("has_evidence", "ECO", 0.8)], lambda n: n == "_:a")
False
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.graph.named_graphs import INTO_GRAPH
from kgchat.retrieval.hop_support import NAMED
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate

__all__ = ["MOST_READ", "fields_tied", "untyped_score"]

#: the most candidates read for another field of the best answer's record
MOST_READ = 12
# scores apart by no more are alike (Candidate.rank_key's rounding)
_SAME = 1e-6


def fields_tied(
    candidates: Sequence[Candidate],
    anonymous: Callable[[str], bool],
    untyped: Callable[[Candidate], float] | None = None,
) -> bool:
    """Whether the best of ``candidates`` (ranked), whose best walk leaves an unnamed record
    last (``anonymous`` of the node before its last), ties with a candidate whose best walk
    is the same (from the same start, by the same relations) to such a record and leaves it
    by another hop: two of a kind of record's fields the question tells apart by nothing. Tied by :meth:`Candidate.rank_key`'s rounding, or, with
    ``untyped`` (a walk's score by its relations and the kinds it passes alone, without the
    answer's type words), by that score, the other's as high as the best's, among the first
    :data:`MOST_READ` candidates: the caller gives it where the best answer's type words do
    not name the type asked, and what set the two apart is then the encoder's nearness of
    other words to it ("genes" to the ``generated`` of an evidence code)."""
    if len(candidates) < 2 or not candidates[0].paths:
        return False
    top = candidates[0]
    path = top.paths[0]
    if len(path.pattern) < 2 or not anonymous(path.nodes[-2]):
        return False
    best = top.rank_key()[0]
    own: float | None = None
    for other in candidates[1:MOST_READ]:
        tied = other.rank_key()[0] == best
        if not tied and untyped is None:
            return False
        if not other.paths:
            continue
        walk = other.paths[0]
        if (
            walk.start != path.start
            or walk.pattern[:-1] != path.pattern[:-1]
            or walk.pattern[-1] == path.pattern[-1]
            or not anonymous(walk.nodes[-2])
        ):
            continue
        if tied:
            return True
        if own is None:
            own = untyped(top)  # type: ignore[misc]
        if untyped(other) >= own - _SAME:  # type: ignore[misc]
            return True
    return False


def untyped_score(
    reader: Any, judge: Any, q: QuestionInfo, top: Candidate, middles: dict[str, Any] | None
) -> Callable[[Candidate], float] | None:
    """:func:`fields_tied`'s ``untyped``: a candidate's best walk scored as the walk scores it
    (``reader``'s :meth:`~kgchat.retrieval.reading.GraphReading.walked_query`, with the kinds
    of the nodes it passed, ``middles``, and its free hops into unnamed nodes) but for its
    answer's type words, by ``judge``'s scorer; None where the best answer's type words name
    the type ``q`` asks (``judge.meets`` at :data:`~kgchat.retrieval.hop_support.NAMED`):
    they tell the fields apart."""
    if q.answer_type and judge.meets(reader.answer_types(top.node), q.answer_type) >= NAMED:
        return None

    def untyped(c: Candidate) -> float:
        p = c.paths[0]
        middle = (middles or {}).get(p.start, {}).get(p.pattern, ())
        # (the hop into a statement's graph is paid: junction_hops)
        free = sum(map(reader.anonymous, p.nodes[1:-1])) - p.pattern.count(INTO_GRAPH)
        query = reader.walked_query(p.pattern, (), middle, max(0, free))
        return float(judge.scorer.score(q, [query])[0])

    return untyped
