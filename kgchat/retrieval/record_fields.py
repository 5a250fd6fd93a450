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
of identifiers. A list of answers of one field (every disease of the gene's records by
``object``) is one reading and no such tie; nor are two walks of different lengths or by
other relations to the record, which the rest of the confidence judges. Tried and dropped:
fields told apart only by answer type words that do not name the type asked (an evidence
code's role word ``generated`` near "genes"): they also held "who identified X?"'s person
named by a literal apart from the identification's other fields (docs/retrieval-measurements.md).

A record's fields also say which of the question's mentions the answer is reached from
(:func:`held_mentions`): "potassium in bananas" walks from the food into its nutrient record
and out to the amount, and the record holds the nutrient, the other mention; the preposition
between them says how they relate, as between two mentions a joint answer is reached from
(:func:`~kgchat.retrieval.question_trims.mentions_joined`), and asks no relation of the walk.

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

from collections.abc import Callable, Collection, Sequence
from typing import Any

from kgchat.retrieval.results import Candidate, Path

__all__ = [
    "MOST_FIELDS",
    "MOST_RATED",
    "MOST_READ",
    "fields_ambiguous",
    "fields_tied",
    "held_mentions",
    "one_field",
]

#: the most candidates read for another field of the best answer's record
MOST_READ = 12
#: the most other fields rated (each is one confidence's cost)
MOST_RATED = 2
#: the most facts of a record read for the mentions it holds
MOST_FIELDS = 64


def fields_tied(
    candidates: Sequence[Candidate],
    anonymous: Callable[[str], bool],
    inverse_of: Callable[[str], str | None] = lambda rel: None,
) -> list[Candidate]:
    """The candidates tied with the best of ``candidates`` (ranked) as another field of its
    record: where the best answer's best walk enters an unnamed record (``anonymous`` of the
    node before its last) from one of its values (backwards: the record joins things, as an
    association its gene and disease; one entered forwards is its holder's value, whose fields
    are one value's facets, a date's written and normalized forms) and leaves it last, those
    whose best walk is the same (from the same start, by
    the same relations) to such a record and leaves it by another hop, tied by
    :meth:`Candidate.rank_key`'s rounding. A hop and its relation's declared inverse
    (``inverse_of``) read the other way are one field (:func:`one_field`)."""
    if len(candidates) < 2 or not candidates[0].paths:
        return []
    top = candidates[0]
    path = top.paths[0]
    if len(path.pattern) < 2 or path.pattern[-2][1] or not anonymous(path.nodes[-2]):
        return []  # (a record entered forwards is a value's: its fields are its facets)
    best = top.rank_key()[0]
    out: list[Candidate] = []
    for other in candidates[1:MOST_READ]:
        if other.rank_key()[0] != best:
            break
        if not other.paths:
            continue
        walk = other.paths[0]
        if (
            walk.start != path.start
            or walk.pattern[:-1] != path.pattern[:-1]
            or one_field(walk.pattern[-1], path.pattern[-1], inverse_of)
            or not anonymous(walk.nodes[-2])
            or any(one_field(walk.pattern[-1], o.paths[0].pattern[-1], inverse_of) for o in out)
        ):
            continue
        out.append(other)
    return out


def one_field(
    hop: tuple[str, bool], other: tuple[str, bool], inverse_of: Callable[[str], str | None]
) -> bool:
    """Whether two hops out of a record leave it to one field: the same relation the same
    way, or a relation and its declared inverse (``inverse_of``, asked of either) the other
    way: a school's ``hasInspection`` read backwards is the inspection's ``inspectedSchool``.

    >>> inverse = {"hasPart": "partOf"}.get
    >>> one_field(("partOf", True), ("hasPart", False), inverse)
    True
    >>> one_field(("partOf", True), ("hasPart", True), inverse)
    False
    >>> one_field(("a", True), ("b", False), inverse)
    False
    """
    if hop == other:
        return True
    if hop[1] == other[1]:
        return False
    return inverse_of(hop[0]) == other[0] or inverse_of(other[0]) == hop[0]


def fields_ambiguous(
    candidates: Sequence[Candidate],
    anonymous: Callable[[str], bool],
    rate: Callable[[list[Candidate]], float],
    least: float,
    modifiers_only: Callable[[str], bool] = lambda rel: False,
    name_said: Callable[[str], float] = lambda rel: 0.0,
    inverse_of: Callable[[str], str | None] = lambda rel: None,
) -> bool:
    """Whether another field of the best answer's record, tied with it (:func:`fields_tied`),
    is an answer the confidence credits too: ``rate`` (a ranking's confidence, without this
    check) of the ranking with it first at ``least`` or more. A tied field the confidence
    rejects (a medication request's status "active", beside its medication) is no other
    reading, and the best answer stands; nor is one whose relation the question says only
    by its name's modifiers (``modifiers_only``:
    :func:`~kgchat.retrieval.relation_heads.said_by_modifiers`): "what's X's *rating*?"
    asks no ``rating list``, whose head "list" names what it reaches; nor one whose relation's
    name the question's words say less of than the best answer's (``name_said``: the share
    of a name said, :func:`~kgchat.retrieval.relation_heads.name_said`): "What's the object
    *name* of X?" asks no ``object identifier``, though the identifier ties with the name.
    A field said by a relation's declared inverse (``inverse_of``) is the same field."""
    ranked = list(candidates)
    tied = fields_tied(candidates, anonymous, inverse_of)[:MOST_RATED]
    # (read only where a field ties: the words of a name read cost the encoder a pass)
    said = name_said(candidates[0].paths[0].pattern[-1][0]) if tied else 0.0
    for other in tied:
        rel = other.paths[0].pattern[-1][0]
        if modifiers_only(rel) or name_said(rel) < said:
            continue
        if rate([other, *(c for c in ranked if c is not other)]) >= least:
            return True
    return False


def held_mentions(
    kg: Any, anonymous: Callable[[str], bool], walks: Sequence[Path], mentions: Collection[str]
) -> set[str]:
    """The nodes of ``mentions`` that an unnamed record a walk of ``walks`` passes through
    holds as a field (a fact of the record's, either way, read up to :data:`MOST_FIELDS`): a
    food's nutrient record holds the nutrient, "potassium in bananas" walks from the food into
    its record and out to the amount, and the question's other mention is the record's
    ``nutrient``. The answer is reached from that mention too, through the record it is a field
    of, as from a mention a walk starts at (``kg``: a
    :class:`~kgchat.graph.KnowledgeGraph`).

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("banana", "amount", "_:a"), ("_:a", "nutrient",
    ...     "potassium"), ("_:a", "value", '"358"')])
    >>> walk = Path("banana", (("amount", True), ("value", True)), ("banana", "_:a", '"358"'),
    ...     (0, 1), 1.0)
    >>> sorted(held_mentions(kg, lambda n: n.startswith("_:"), [walk], {"banana", "potassium"}))
    ['banana', 'potassium']
    """
    held: set[str] = set()
    for walk in walks:
        for node in walk.nodes[1:-1]:
            if anonymous(node):
                edges = kg.neighbors(node, limit=MOST_FIELDS)
                held.update(e.neighbor for e in edges if e.neighbor in mentions)
    return held
