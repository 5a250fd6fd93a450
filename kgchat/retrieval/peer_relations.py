"""The words of the relations a node's peers (the other members of its classes) are stated
with: what a question about a thing of that kind may ask of it
(:meth:`~kgchat.retrieval.relation_match.RelationMatch.said_elsewhere`).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> kg = KnowledgeGraph.from_triples([
...     ("ann", T, "Person"), ("ann", "location", "Oslo"), ("ann", "death date", '"1901"'),
...     ("bo", T, "Person"), ("bo", "location", "Lund"),
...     ("Oslo", "population", '"700000"')])
>>> sorted(peer_relation_words(Retriever(kg), "bo"))
['date', 'death', 'location']
>>> sorted(peer_relation_words(Retriever(kg), "Oslo"))
[]
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.phrases import phrase_parts
from kgchat.text import stem

if TYPE_CHECKING:
    from kgchat.retrieval.path_query import PathQuery
    from kgchat.retrieval.question import QuestionInfo

__all__ = [
    "ELSEWHERE",
    "PEERS",
    "held_by_peers",
    "holds",
    "peer_relation_words",
    "rival_relations",
    "said_elsewhere",
]

ELSEWHERE = 0.5  # a question word another relation says this well is asked of that one

PEERS = 64  # members read of each class (a sample says what things of a kind are stated with)


def peer_relation_words(reading: Any, node: str, most: int = PEERS) -> frozenset[str]:
    """The content words of the phrases (and declared inverses' phrases) of the relations
    stated of up to ``most`` members of each of ``node``'s classes, ``node`` among them.
    Empty for a node without a class: what its kind is stated with is not known. Kept per
    node (of ``most`` = :data:`PEERS`) in ``reading``'s ``_peer_words`` where it has one (a
    per-node cache renewed with the graph's version: the confidence asks it of each walk's
    start, question after question)."""
    kept = getattr(reading, "_peer_words", None) if most == PEERS else None
    found = None if kept is None else kept.get(node)
    if found is None:
        found = _peer_relation_words(reading, node, most)
        if kept is not None:
            kept[node] = found
    return found


def held_by_peers(
    kg: Any,
    node: str,
    hop: tuple[str, bool],
    most: int = PEERS,
    kept: dict[tuple[str, str, bool], bool] | None = None,
) -> bool:
    """Whether another of up to ``most`` members of one of ``node``'s classes states the
    relation ``hop`` (a predicate and its direction) itself: the graph says it of things of
    ``node``'s kind, so where ``node`` has none the graph does not know it of ``node``. False
    for a node without a class. Kept per node and hop in ``kept`` where given (a reading's
    ``_peer_held_kept``, renewed with the graph's version: the middle hops ask it of each
    two-hop walk's start, and a question's walks share their starts and last relations).

    >>> from kgchat.graph import KnowledgeGraph
    >>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    >>> kg = KnowledgeGraph.from_triples([
    ...     ("ale", T, "Brewery"), ("ale", "founded by", "ann"), ("stout", T, "Brewery"),
    ...     ("e1", T, "Edition"), ("e1", "edition of", "g1"), ("g1", "designer", "bo")])
    >>> held_by_peers(kg, "stout", ("founded by", True))
    True
    >>> held_by_peers(kg, "e1", ("designer", True))
    False
    """
    key = (node, *hop)
    found = None if kept is None else kept.get(key)
    if found is None:
        found = any(
            holds(kg.neighbors(m, limit=512), hop)
            for c in kg.types(node)
            for m in [m for m in _members(kg, c, most) if m != node][:most]
        )
        if kept is not None:
            kept[key] = found
    return found


def rival_relations(
    kg: Any,
    node: str,
    predicate: str,
    most: int = PEERS,
    kept: dict[tuple[str, str], tuple[str, ...]] | None = None,
) -> tuple[str, ...]:
    """The relations (stated forwards) that another of up to ``most`` members of one of
    ``node``'s classes states *beside* ``predicate`` (the same peer holds both) and
    ``node`` states none of: attributes of ``node``'s kind the graph tells apart from
    ``predicate`` and does not know of ``node``. A relation no peer holds together with
    ``predicate`` is not read: a graph that names one attribute two ways (a board game's
    ``time required`` and its peers' ``playing time``) states either, never both. Empty
    for a node without a class. Kept per node and predicate in ``kept`` where given (a
    reading's ``_rivals_kept``, renewed with the graph's version).

    >>> from kgchat.graph import KnowledgeGraph
    >>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    >>> kg = KnowledgeGraph.from_triples([
    ...     ("ale", T, "Brewery"), ("ale", "founded by", "ann"), ("ale", "owned by", "bo"),
    ...     ("stout", T, "Brewery"), ("stout", "founded by", "cy"),
    ...     ("lager", T, "Brewery"), ("lager", "brewer", "di")])
    >>> rival_relations(kg, "stout", "founded by")
    ('owned by',)
    >>> rival_relations(kg, "lager", "brewer")
    ()
    """
    key = (node, predicate)
    found = None if kept is None else kept.get(key)
    if found is None:
        own = {e.predicate for e in kg.neighbors(node, direction="out", limit=512)}
        rivals: dict[str, None] = {}
        for c in kg.types(node):
            for m in [m for m in _members(kg, c, most) if m != node][:most]:
                held = {e.predicate for e in kg.neighbors(m, direction="out", limit=256)}
                if predicate in held:
                    rivals.update(dict.fromkeys(sorted(held - own - {RDF_TYPE})))
        found = tuple(rivals)
        if kept is not None:
            kept[key] = found
    return found


def holds(edges: Iterable[Any], hop: tuple[str, bool]) -> bool:
    """Whether one of a node's ``edges`` is of the relation ``hop`` (a predicate and its
    direction): whether the node states it.

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("ale", "founded by", "ann")])
    >>> hop = ("founded by", True)
    >>> holds(kg.neighbors("ale"), hop), holds(kg.neighbors("ann"), hop)
    (True, False)
    """
    return any((e.predicate, e.forward) == hop for e in edges)


def _members(kg: Any, cls: str, most: int) -> list[str]:
    """The members of class ``cls`` among its first ``most`` * 4 edges in (a sample: the
    callers keep ``most`` of them)."""
    edges = kg.neighbors(cls, direction="in", limit=most * 4)
    return [e.neighbor for e in edges if e.predicate == RDF_TYPE]


def _peer_relation_words(reading: Any, node: str, most: int) -> frozenset[str]:
    """:func:`peer_relation_words`, read afresh."""
    kg = reading.kg
    peers: set[str] = set()
    for c in kg.types(node):
        peers.update(_members(kg, c, most)[:most])
    if not peers:
        return frozenset()
    peers.add(node)
    predicates = {
        e.predicate
        for p in sorted(peers)
        for e in kg.neighbors(p, direction="out", limit=256)
        if e.predicate != RDF_TYPE
    }
    return frozenset(
        w
        for p in predicates
        for phrase in (reading.phrase(p), reading.inverse_phrase(p))
        for w in phrase_parts(phrase)[0]
        if w.isalpha()
    )


def said_elsewhere(
    similarity: Any, question: QuestionInfo, path: PathQuery, relation_words: Collection[str]
) -> bool:
    """Whether a word of the question that ``path``'s phrases do not say is said by
    another of ``relation_words`` (the words of the relations that things of the kind
    asked about are stated with: :func:`peer_relation_words`), met at :data:`ELSEWHERE` or
    more by ``similarity`` (a :class:`~kgchat.retrieval.similarity.TextSimilarity`): the same
    stem, a derived form, WordNet's relatedness, a close embedding. A relation named for its
    values alone (``location``, ``date``: :meth:`~kgchat.retrieval.relation_match.
    RelationMatch.named_for_type`) meets "where was X *based*?" as far as the graph can say,
    since nothing of X's kind says "based"; but where people are also stated with death
    dates, "where did X *die*?" asks about the death, and X's plain location is a near
    relation, not its answer.

    >>> from kgchat.retrieval.question import analyze
    >>> from kgchat.retrieval.scoring import PathQuery
    >>> from kgchat.retrieval.similarity import TextSimilarity
    >>> from kgchat.wordnet import wordnet
    >>> sim = TextSimilarity(None, lexicon=wordnet(), lexical=0.8)
    >>> q = analyze("Where did Anna Berg die?", [(2, 4)])
    >>> place = PathQuery((("location", True),), ("location",), ())
    >>> said_elsewhere(sim, q, place, {"death", "date", "location"})
    True
    >>> said_elsewhere(sim, q, place, {"date", "location"})
    False
    """
    if not question.words:
        return False
    own = [w for ph in path.phrases for w in phrase_parts(ph)[0]]
    asked = list(dict.fromkeys(question.words))
    if own:
        met = similarity.words(asked, own).max(axis=1)
        asked = [w for w, m in zip(asked, met.tolist(), strict=True) if m < ELSEWHERE]
    stems = {stem(w) for w in own}
    others = sorted(w for w in relation_words if stem(w) not in stems)
    if not asked or not others:
        return False
    return bool(similarity.words(asked, others).max() >= ELSEWHERE)
