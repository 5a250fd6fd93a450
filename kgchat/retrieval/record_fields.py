"""Two fields of one unnamed record tied for the best answer: which one is asked, nothing says.

A record stated as a node (a BioLink association with its ``subject``, ``object``,
``predicate``, ``publications`` and ``has_evidence``; an event; a Freebase CVT) is walked into
from the entity and out to each of its other fields for free (an unnamed junction's hop:
:meth:`~kgchat.retrieval.reading.GraphReading.junction_hops`). Where the record's kind already
says every word of the question ("What diseases is PCSK9 associated with?" through a
``GeneToDiseaseAssociation``), the walk out says nothing more, and each field scores alike:
the disease, the PubMed id and the evidence code tie, and the first of them by identifier is
given, however credible its walk reads. Tied so, the question tells none of the readings
apart: :func:`fields_tied` finds them, and where the confidence credits another of them as
well (:func:`fields_ambiguous`), it gives no answer rather than a field chosen by the order
of identifiers. A list of answers of one field (every disease of the
gene's records by ``object``) is one reading and no such tie; nor are two walks of different
records or lengths, which the rest of the confidence judges.

Examples
--------
>>> from kgchat.retrieval.results import Path
>>> def field(rel, node, score=0.9):
...     pattern = (("subject", False), (rel, True))
...     path = Path("PCSK9", pattern, ("PCSK9", "_:a", node), (0, 1), score)
...     return Candidate(node, node, score, [path])
>>> unnamed = lambda n: n == "_:a"
>>> [c.label for c in fields_tied([field("publications", "pmid"), field("object", "CAD")], unnamed)]
['CAD']
>>> fields_tied([field("object", "CAD"), field("object", "FH")], unnamed)  # one field's list
[]
>>> fields_tied([field("object", "CAD"), field("has_evidence", "ECO", 0.8)], unnamed)
[]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.graph.named_graphs import INTO_GRAPH
from kgchat.retrieval.hop_support import NAMED
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate

__all__ = ["MOST_RATED", "MOST_READ", "fields_ambiguous", "fields_tied", "untyped_score"]

#: the most candidates read for another field of the best answer's record
MOST_READ = 12
#: the most other fields rated (each is one confidence's cost)
MOST_RATED = 2
# scores apart by no more are alike (Candidate.rank_key's rounding)
_SAME = 1e-6


def fields_tied(
    candidates: Sequence[Candidate],
    anonymous: Callable[[str], bool],
    untyped: Callable[[Candidate], float] | None = None,
) -> list[Candidate]:
    """The candidates tied with the best of ``candidates`` (ranked) as another field of its
    record: where the best answer's best walk enters an unnamed record (``anonymous`` of the
    node before its last) from one of its values (backwards: the record joins things, as an
    association its gene and disease; one entered forwards is its holder's value, whose fields
    are one value's facets, a date's written and normalized forms) and leaves it last, those
    whose best walk is the same (from the same start, by
    the same relations) to such a record and leaves it by another hop, tied by
    :meth:`Candidate.rank_key`'s rounding or, with ``untyped`` (a walk's score by its
    relations and the kinds it passes alone, without the answer's type words), by that
    score, as high as the best's, among the first :data:`MOST_READ` candidates. The caller
    gives ``untyped`` where the best answer's type words do not name the type asked: what set
    the two apart is then the encoder's nearness of other words to it ("genes" to the
    ``generated`` of an evidence code)."""
    if len(candidates) < 2 or not candidates[0].paths:
        return []
    top = candidates[0]
    path = top.paths[0]
    if len(path.pattern) < 2 or path.pattern[-2][1] or not anonymous(path.nodes[-2]):
        return []  # (a record entered forwards is a value's: its fields are its facets)
    best = top.rank_key()[0]
    own: float | None = None
    out: list[Candidate] = []
    for other in candidates[1:MOST_READ]:
        tied = other.rank_key()[0] == best
        if not tied and untyped is None:
            break
        if not other.paths:
            continue
        walk = other.paths[0]
        if (
            walk.start != path.start
            or walk.pattern[:-1] != path.pattern[:-1]
            or walk.pattern[-1] == path.pattern[-1]
            or not anonymous(walk.nodes[-2])
            or any(walk.pattern[-1] == o.paths[0].pattern[-1] for o in out)
        ):
            continue
        if not tied:
            if own is None:
                own = untyped(top)  # type: ignore[misc]
            tied = untyped(other) >= own - _SAME  # type: ignore[misc]
        if tied:
            out.append(other)
    return out


def fields_ambiguous(
    candidates: Sequence[Candidate],
    anonymous: Callable[[str], bool],
    untyped: Callable[[Candidate], float] | None,
    rate: Callable[[list[Candidate]], float],
    least: float,
) -> bool:
    """Whether another field of the best answer's record, tied with it (:func:`fields_tied`),
    is an answer the confidence credits too: ``rate`` (a ranking's confidence, without this
    check) of the ranking with it first at ``least`` or more. A tied field the confidence
    rejects (a medication request's status "active", beside its medication) is no other
    reading, and the best answer stands."""
    ranked = list(candidates)
    for other in fields_tied(candidates, anonymous, untyped)[:MOST_RATED]:
        if rate([other, *(c for c in ranked if c is not other)]) >= least:
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
