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

from kgchat.retrieval.results import Candidate

__all__ = ["fields_tied"]


def fields_tied(candidates: Sequence[Candidate], anonymous: Callable[[str], bool]) -> bool:
    """Whether the best of ``candidates`` (ranked), whose best walk leaves an unnamed record
    last (``anonymous`` of the node before its last), ties (:meth:`Candidate.rank_key`'s
    rounding) with a candidate whose best walk is the same to that record and leaves it by
    another hop: two of the record's fields the question tells apart by nothing."""
    if len(candidates) < 2 or not candidates[0].paths:
        return False
    top = candidates[0]
    path = top.paths[0]
    if len(path.pattern) < 2 or not anonymous(path.nodes[-2]):
        return False
    best = top.rank_key()[0]
    for other in candidates[1:]:
        if other.rank_key()[0] != best:
            return False
        if not other.paths:
            continue
        walk = other.paths[0]
        if (
            walk.start == path.start
            and walk.nodes[:-1] == path.nodes[:-1]
            and walk.pattern[:-1] == path.pattern[:-1]
            and walk.pattern[-1] != path.pattern[-1]
        ):
            return True
    return False
