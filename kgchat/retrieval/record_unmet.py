"""Whether the question qualifies the record its answer is read from by a span no record of
the answer's walks meets.

A value held by an n-ary record (a cost per channel, a price per store, a nutrient per
basis, an observation per year) is one record's: "How much is a rod licence *by post*?"
names two of the record's parts, the service (the walk's start) and the channel. Where the
walk reaches a figure through a record that holds the service but no post channel (the
annual licence's cost), the answer is the answer to another question, "How much is a rod
licence?": the span "post" qualifies what is asked, and nothing of the record answers it.
A record meets a span as :meth:`~kgchat.retrieval.junction_reading.RecordReading.met`
reads it (a neighbour, a neighbour's class or name words, a literal value, a year); the
ranking raised the records meeting most spans
(:func:`~kgchat.retrieval.junction_constraints.met_at_junctions`), so a top figure whose
records meet fewer than every span says no record meets them all. A span a walk of the answer
starts from is met by that walk, and one beside it is a word of the same noun phrase
("recruitment *records*"); the spans of the type asked, of a class or of a value (a
year: :mod:`~kgchat.retrieval.dated_walk`'s) are judged by checks of their own.

>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval.results import Candidate, Path
>>> kg = KnowledgeGraph.from_triples([
...     ("rod", "cost", "_:c"), ("_:c", "value", '"35.80"'), ("_:c", "channel", "web"),
...     ("post", "label", '"by post"')])
>>> walk = Path("rod", (("cost", True), ("value", True)), ("rod", "_:c", '"35.80"'), (0, 1), 1.0)
>>> top = Candidate('"35.80"', "35.80", 1.0, [walk])
>>> unnamed = lambda n: n.startswith("_:")
>>> record_unmet(kg, kg.neighbors, unnamed, top, {"rod": (3, 4), "post": (7, 8)})
True
>>> record_unmet(kg, kg.neighbors, unnamed, top, {"rod": (3, 4), "web": (7, 8)})
False
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.retrieval.dated_walk import WALKS_READ
from kgchat.retrieval.junction_reading import RecordReading
from kgchat.retrieval.results import Candidate
from kgchat.text import normalize

__all__ = ["WALKS_READ", "record_unmet"]


def record_unmet(
    kg: Any,
    edges: Callable[[str], Sequence[Any]],
    anonymous: Callable[[str], bool],
    top: Candidate,
    spans: dict[str, tuple[int, int]],
    qualifies: Callable[[str], bool] = lambda node: True,
) -> bool:
    """Whether ``top``, a literal each of whose first :data:`WALKS_READ` walks ends through
    an unnamed record, has no such record that meets every span of ``spans`` (start node ->
    its span) that no walk of ``top`` starts from (a joint answer's walks meet their own
    spans) and whose nodes ``qualifies`` says may qualify a record (not the type asked, a
    class, a value: their own checks judge those)."""
    if not kg.is_literal(top.node):
        return False
    walks = top.paths[:WALKS_READ]
    if not walks or not all(len(p.nodes) >= 3 and anonymous(p.nodes[-2]) for p in walks):
        return False
    walked = {s for p in top.paths if (s := spans.get(p.start)) is not None}
    # a span beside a walked one is one noun phrase with it ("recruitment *records*")
    beside = {a for a, b in walked} | {b for a, b in walked}
    said: dict[tuple[int, int], tuple[set[str], set[str]]] = {}
    for node, span in spans.items():
        if span in walked or span[0] in beside or span[1] in beside:
            continue
        if all(qualifies(n) for n, s in spans.items() if s == span):
            nodes, texts = said.setdefault(span, (set(), set()))
            nodes.add(node)
            texts.add(normalize(kg.label(node)))
    if not said:
        return False
    reading = RecordReading(kg, edges, anonymous)
    for p in walks:
        record = (*reading.joined(p.nodes[-2]), *(n for n in p.nodes[1:-2] if anonymous(n)))
        if reading.met(record, said, None, top.node) >= len(said):
            return False
    return True
