"""What the relation matcher (:mod:`~kgchat.retrieval.relation_learned`) trains on: a graph's
most frequent relations, each with questions asking it, and each one's near relations, read
from a sample of its subjects.

Examples
--------
>>> near_relations([["spouse", "mother"], ["spouse", "name"]])["spouse"] == {"mother", "name"}
True
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from kgchat.graph.capabilities import Prefetches
from kgchat.retrieval.relation_paraphrase import label_rephrasings, paraphrase_questions

__all__ = ["near_relations", "training_relations"]

_MAX_RELATIONS = 400  # relations trained on, most frequent first (a big graph's tail is rare)


def near_relations(
    subjects: Iterable[Sequence[str]], max_pairs: int = 50_000
) -> dict[str, set[str]]:
    """Relations stated of the same subjects: each subject's predicates (one list a subject)
    make every two of them near. What a graph says of one kind of thing is what a question
    about such a thing confuses (a person's ``spouse`` and ``mother``)."""
    near: dict[str, set[str]] = {}
    seen = 0
    for preds in subjects:
        ps = sorted(set(preds))
        for a in ps:
            near.setdefault(a, set()).update(b for b in ps if b != a)
        seen += len(ps) ** 2
        if seen > max_pairs * 20:
            break
    return near


_KIND_SAMPLE = 8  # objects of a relation whose classes name what it leads to


def _kinds(kg: Any, objects: Sequence[str]) -> list[str]:
    """The names of the classes of a relation's objects (entities only), commonest first."""
    counts: dict[str, int] = {}
    for o in objects:
        if kg.is_literal(o):
            continue
        for c in kg.types(o):
            name = kg.label(c)
            if name and any(ch.isalpha() for ch in name):
                counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n))


_SUBJECTS = 20_000  # subjects read for near relations (a sample of a big graph suffices)
# entities the sample is drawn from: all of any graph up to this size (a bigger one's first
# ones as its store streams them)
_STREAMED = 1_000_000


def _digest(node: str) -> bytes:
    """A node's place in the sample: a digest of its key, the same in every store and process
    (Python's ``hash`` of a string is not)."""
    return hashlib.blake2b(node.encode("utf-8"), digest_size=8).digest()


def training_relations(
    reading: Any,
    lexicon: Any = None,
    subjects: int = _SUBJECTS,
    embed: Callable[[list[str]], np.ndarray] | None = None,
    first: bool = False,
) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """What :meth:`~kgchat.retrieval.relation_learned.RelationMatcher.fit` trains on for
    ``reading``'s graph: the most frequent relations, each with questions asking it (its
    label first: :func:`~kgchat.retrieval.relation_paraphrase.paraphrase_questions`, with its
    declared inverse, the graph's other names for it and the classes of the things it leads
    to), and each one's near relations. ``embed`` (the encoder's) ranks WordNet's alternatives of a
    label word by their cosine with it.

    Both are read from a sample of ``subjects`` entities chosen by the digest of their keys
    (:func:`_digest`), not by the order the store lists them in: a local graph and an
    endpoint serving the same triples (or a copy of the graph in another order) train the
    same matcher. The sample's out-edges are asked for ahead (``expect``), so an endpoint
    reads them in batched requests.

    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.retrieval import Retriever
    >>> kg = KnowledgeGraph.from_triples([("ann", "spouse", "bob"), ("ann", "mother", "cy")])
    >>> relations, near = training_relations(Retriever(kg))
    >>> sorted(relations), sorted(near["mother"])
    (['mother', 'spouse'], ['spouse'])
    """
    kg = reading.kg
    sample = heapq.nsmallest(subjects, itertools.islice(kg.entities(), _STREAMED), key=_digest)
    if isinstance(kg, Prefetches):  # a remote view fetches their edges together
        kg.expect(sample)
    counts: dict[str, int] = {}
    preds_of = []
    objects: dict[str, list[str]] = {}
    for node in sample:
        edges = kg.neighbors(node, direction="out", limit=300)
        preds = sorted({e.predicate for e in edges})
        for e in sorted(edges, key=lambda e: (e.predicate, e.neighbor)):  # not the store's order
            seen = objects.setdefault(e.predicate, [])
            if len(seen) < _KIND_SAMPLE:
                seen.append(e.neighbor)
        for p in preds:
            counts[p] = counts.get(p, 0) + 1
        preds_of.append(preds)
    chosen = sorted(counts, key=lambda p: (-counts[p], p))[:_MAX_RELATIONS]
    relations: dict[str, list[str]] = {}
    for p in chosen:
        label = reading.phrase(p)
        if not label or not any(c.isalpha() for c in label):
            continue
        others = [x for x in (reading.inverse_phrase(p), *reading.synonym_phrases(p)) if x]
        kinds = _kinds(kg, objects.get(p, []))
        if first:  # the first recipe (twenty-seventh round): unframed, framed by fit
            relations[p] = list(
                dict.fromkeys([*label_rephrasings(label, lexicon, framed=False), *others])
            )
            continue
        texts = paraphrase_questions(label, lexicon, others=others, kinds=kinds, embed=embed)
        texts += label_rephrasings(label, lexicon)  # the first recipe's, kept beside
        relations[p] = list(dict.fromkeys(texts))
    return relations, near_relations(preds_of)
