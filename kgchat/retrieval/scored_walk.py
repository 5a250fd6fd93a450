"""The retriever's walk from one topic entity, scored as it grows: per hop, every relation
pattern's nodes are typed (their answer-type words, cached per node), each distinct
(pattern, type words) pair is scored once by the path scorer, and each node keeps its best
walk of each length (:class:`ScoredWalks`, a mixin of
:class:`~kgchat.retrieval.Retriever`; the walk itself is :class:`~kgchat.retrieval.walk.Walk`,
shared with training).
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from itertools import compress
from operator import not_
from typing import Any

import numpy as np

from kgchat.graph.capabilities import Prefetches, PrefetchesWalks
from kgchat.graph.vocab import RDF_TYPE, RDFS_SUBCLASS
from kgchat.linking import Mention
from kgchat.retrieval.combine import Entry
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import said_as_class, says_relation_by_preposition
from kgchat.retrieval.record_holders import RecordHolders
from kgchat.retrieval.walk import Parents, Pattern, Walk
from kgchat.retrieval.walk_reached import beats, keep_better, keep_same, level, passed_kinds
from kgchat.text import stem

__all__ = ["ScoredWalks", "TypeNumbers"]


def _first_desc(item: tuple[Any, ...]) -> float:
    return -item[0]


# Most patterns' growths kept per graph (GraphReading._grown): some 20 walks' worth, a few
# hundred nodes each (~25 MB), enough for the follow-up questions about one entity
_GROWN_KEPT = 500

_ONLY = [0]  # the one node of a pattern that reached one: its (pattern, type words) is the first
_SAME: list[int] = []  # the nodes of a pattern that reached several, all of one type words


class TypeNumbers:
    """The type words of nodes under one reading of them (one of
    :meth:`~kgchat.retrieval.node_types.NodeTypes.types_for`'s), numbered by value per graph:
    a pattern's nodes are grouped by their number (an int's hash) instead of by their tuple
    of words (a tuple's hash is worked out afresh each time), the same groups in the same
    order, thousands of nodes a question.

    >>> numbers = TypeNumbers()
    >>> [numbers.of_node(n, {"a": ("x",), "b": ("y",), "c": ("x",)}.get) for n in "abc"]
    [0, 1, 0]
    >>> numbers.words, numbers.of
    ([('x',), ('y',)], {'a': 0, 'b': 1, 'c': 0})
    """

    __slots__ = ("numbers", "of", "words")

    def __init__(self) -> None:
        self.of: dict[str, int] = {}  # node -> the number of its type words
        self.numbers: dict[tuple[str, ...], int] = {}  # type words -> number
        self.words: list[tuple[str, ...]] = []  # number -> type words

    def of_node(self, node: str, types_of: Any) -> int:
        """The number of ``types_of(node)`` (given on its first sight), kept for ``node``."""
        words = types_of(node)
        found = self.numbers.get(words)
        if found is None:
            found = self.numbers[words] = len(self.words)
            self.words.append(words)
        self.of[node] = found
        return found


class ScoredWalks(RecordHolders):
    """The scored walk of :class:`~kgchat.retrieval.Retriever` (a mixin: it reads the graph
    through :class:`~kgchat.retrieval.reading.GraphReading` and scores with its scorer; what
    holds a record it walks through: :class:`~kgchat.retrieval.record_holders.RecordHolders`)."""

    config: Any
    kg: Any
    scorer: Any
    edges: Any
    edge_steps: Any
    is_literal: Any
    types_for: Any
    answer_types: Any
    junction_hops: Any
    anonymous: Any
    nameless: Any
    walked_query: Any
    _kinds_cached: Any
    _types: Any
    _named_cache: Any
    _named_types: Any
    _where_cache: Any
    _own_or_located: Any
    _own_cache: Any
    _own_or_roles: Any
    _grown: dict[Any, Any]
    _type_numbers: dict[Any, TypeNumbers]

    def _walk(
        self,
        q: QuestionInfo,
        mention: Mention,
        topics: set[str],
        type_only: bool = False,
        middle: dict[Pattern, tuple[str, ...]] | None = None,
        wid: int = 0,
        most_hops: int | None = None,
        ties: dict[str, list[Entry]] | None = None,
        junctions: dict[Pattern, int] | None = None,
    ) -> tuple[dict[str, list[Entry]], dict[Pattern, dict[str, Any]]]:
        """The best few (score, pattern, ``wid``) walks to every node reached from one topic
        entity (best first; the nodes that kept one share its entry: the joint ranking,
        combine.py, does its work once a combination of them), and the parent pointers to
        trace them. With ``type_only`` the walk goes down the class hierarchy to instances
        and nowhere else. ``middle`` (filled when given) receives the kind words of the nodes
        each pattern walks through, as scored. Walks longer than ``most_hops`` (default
        ``config.max_hops``) are not kept. ``ties`` (filled when given) receives, per node,
        the entries of a hop that scored as its kept one did (another pattern as good):
        :mod:`kgchat.retrieval.tied_paths` chooses among them. ``junctions`` (filled when
        given) receives, per pattern, the hops into unnamed junction nodes its query took free
        (:meth:`~kgchat.retrieval.reading.GraphReading.junction_hops`' count: its prefix's,
        less a sibling read's hop)."""
        cfg = self.config
        if most_hops is None:
            most_hops = cfg.max_hops
        if len(self._grown) > _GROWN_KEPT:
            self._grown.clear()
        walk = Walk(
            self.edges,
            self.is_literal,
            mention.node,
            max_nodes=cfg.max_nodes,
            beam=cfg.beam,
            type_only=type_only,
            # a remote view batches those next
            expect=self.kg.expect_walk if isinstance(self.kg, PrefetchesWalks) else None,
            steps=self.edge_steps,
            grown=self._grown,
            shared=self.nameless,
        )
        best: dict[str, list[Entry]] = defaultdict(list)
        if middle is None:
            middle = {}  # kind words of the nodes walked through
        # a kind of the topic said right beside its name ("the *session* X") describes the
        # topic, not a node walked through
        toks = q.tokens
        beside = {stem(toks[i]) for i in (mention.start - 1, mention.end) if 0 <= i < len(toks)}
        own = frozenset(w for w in self._kinds_cached(mention.node) if stem(w) in beside)
        # a remote view batches what it is told
        expect = self.kg.expect if isinstance(self.kg, Prefetches) else None
        passed: dict[Any, tuple[str, ...]] = {}  # passed_kinds' memo, this walk's
        passed_held: dict[Any, tuple[str, ...]] = {}  # (and with records' holders)
        name = self.kg.label
        # the topic under each reading of its name the question links (a lot and the contract
        # named as it is: "the *contract* for X"), whose records are its own
        named = name(mention.node)
        readings = [mention.node, *(n for n in topics if n != mention.node and name(n) == named)]

        # a record the topic holds is the topic's: the walk passes its kinds there too
        held = partial(self.walked_kinds, topics=readings)

        free: dict[Pattern, int] = {}  # per pattern, its hops into junction nodes
        paid: dict[Pattern, int] = {} if junctions is None else junctions  # free hops it took
        # the full walk's longest patterns that end inside an unnamed junction (a role node, an
        # award outcome), through junctions only: no answer is there, so they take one hop
        # more (Walk.run's on_from)
        inside: set[Pattern] = set()
        deepest = cfg.max_hops if most_hops == cfg.max_hops and not type_only else -1

        def too_long(pattern: Pattern) -> bool:
            # a hop into an unnamed junction (an n-ary record) is no hop of the relation
            # asked: a value said as the type asked that records hold (an XBRL fact's
            # concept) says the answer past its record, as the walk's query reads the hop
            # out of a junction for free; not one that only modifies the type ("*FIDE* ID",
            # two hops already: no walk through FIDE's events to other players' ids)
            hops = len(pattern) - (free.get(pattern[:-1], 0) if most_hops == 1 else 0)
            return hops > most_hops and pattern[:-1] not in inside

        walked = self.walked_query
        # the topics a pattern of three hops or more leaves out (the mention's own node is
        # reached back so): membership tests, a node each
        skip_long = (topics - {mention.node}).__contains__
        linked = 0.3 * (mention.score - 1.0)  # every path of a weaker link scored lower

        def score(grown: Parents) -> dict[Pattern, float]:
            if expect is not None:  # each node reached is read next (its type words)
                expect(n for reached in grown.values() for n in reached)
            # the distinct (pattern, type words) pairs, each pattern's together, and per
            # pattern which pair each node it reached has: thousands of nodes a question
            items: list[tuple[Pattern, tuple[str, ...]]] = []
            per_pattern: list[tuple[Pattern, dict[str, Any], list[int], int]] = []
            types_of = self.types_for(q)
            known = (
                self._types
                if types_of == self.answer_types
                else self._named_cache
                if types_of == self._named_types
                else self._where_cache
                if types_of == self._own_or_located
                else self._own_cache
            )
            numbers = self.type_numbers(types_of)
            number_of, words_of, of_node = numbers.of.get, numbers.words, numbers.of_node
            junction_hops, kinds = self.junction_hops, self._kinds_cached
            # each item's query, made as its pattern's items are listed: the pattern's middle
            # kinds and its prefix's junction hops read once a pattern, not once an item
            queries: list[Any] = []
            for pattern, reached in grown.items():
                freed = paid[pattern] = junction_hops(free, pattern, reached)
                hops = len(pattern)
                if hops == deepest and free[pattern] == deepest:
                    # every node it passed is an unnamed junction too: one n-ary relation, not
                    # yet said to its end (a walk through a named thing has made its hops)
                    inside.add(pattern)
                before = pattern[:-1]
                if hops > 1:
                    # a record entered from one of its values is its holder's: the walk passes
                    # that too (a dancer's casting record, the dance event's)
                    into_record = not pattern[-2][1]
                    walked_through = middle[pattern] = passed_kinds(
                        middle.get(before, ()),
                        reached,
                        kinds,
                        own,
                        passed_held if into_record else passed,
                        held if into_record else None,
                    )
                else:
                    walked_through = middle.get(pattern, ())
                if len(reached) == 1:  # most patterns (a value of one property, say)
                    (node,) = reached
                    t = known.get(node)
                    per_pattern.append((pattern, reached, _ONLY, len(items)))
                    t = types_of(node) if t is None else t
                    items.append((pattern, t))
                    queries.append(walked(pattern, t, walked_through, freed))
                    continue
                # each node's type words by number (TypeNumbers), then their distinct
                # numbers in the order met: a list operation a pattern, not a loop a node
                found: list[Any] = list(map(number_of, reached))
                if None in found:
                    found = [
                        t if t is not None else of_node(n, types_of)
                        for n, t in zip(reached, found, strict=True)
                    ]
                local = dict.fromkeys(found, 0)
                if len(local) == 1:  # (most patterns: one kind of node) every node's is 0
                    per_pattern.append((pattern, reached, _SAME, len(items)))
                else:
                    for i, t in enumerate(local):
                        local[t] = i
                    per_pattern.append(
                        (pattern, reached, list(map(local.__getitem__, found)), len(items))
                    )
                items.extend((pattern, words_of[t]) for t in local)
                queries.extend(walked(pattern, words_of[t], walked_through, freed) for t in local)
            raw = self.scorer.score(q, queries) + linked
            if not q.words and not q.answer_type:
                # "What is X?": nothing but the entity is asked about; its class answers it
                # (of a class, its superclass). "Which entities are a X?": X is said as a
                # class, its instances answer it. A preposition stranded at the end
                # ("What is X about?") asks a fact of X, not its class.
                up = not said_as_class(q, mention.start, mention.end)
                steps = {((RDF_TYPE, up),), ((RDFS_SUBCLASS, True),)} if up else {((RDF_TYPE, up),)}
                if not (up and says_relation_by_preposition(q)):
                    raw = raw + np.array([0.5 * (p in steps) for p, _ in items])
            scores = raw.tolist()
            pattern_best: dict[Pattern, float] = {}
            # Each node keeps its best walk of each length (this hop's best joins the list):
            # a two-constraint question needs this entity's own short path, which longer ones
            # that also say the *other* constraint's words would outscore ("treat AF and
            # inhibit CYP3A4": AF -treats-> X wins only jointly with CYP3A4's path).
            this_hop: dict[str, Entry] = {}
            for n, (pattern, reached, at, first) in enumerate(per_pattern):
                if at is _ONLY:  # one node, one score
                    top = scores[first]
                    if top > -np.inf:
                        pattern_best[pattern] = top
                    if (type_only and pattern[-1][0] != RDF_TYPE) or too_long(pattern):
                        continue
                    (node,) = reached
                    if node in topics and (node != mention.node or len(pattern) < 3):
                        continue
                    old = this_hop.get(node)
                    if old is None or beats(top, old[0]):
                        this_hop[node] = (top, pattern, wid)
                    elif ties is not None and level(top, old[0]):
                        ties.setdefault(node, []).append((top, pattern, wid))
                    continue
                end = per_pattern[n + 1][3] if n + 1 < len(per_pattern) else len(items)
                top = max(scores[first:end], default=-np.inf)
                if top > -np.inf:
                    pattern_best[pattern] = top
                if (type_only and pattern[-1][0] != RDF_TYPE) or too_long(pattern):
                    continue
                # the entry of each (pattern, type words): what its nodes keep
                entries = [(s, pattern, wid) for s in scores[first:end]]
                if topics.isdisjoint(reached):  # (most patterns)
                    kept_nodes: Any = reached
                else:
                    # a topic reached is left out (but the mention's own node, reached back by
                    # three hops or more), the other nodes kept in bulk, in the order reached
                    skip = skip_long if len(pattern) >= 3 else topics.__contains__
                    left = list(map(not_, map(skip, reached)))
                    kept_nodes = list(compress(reached, left))
                    if at is not _SAME:
                        at = list(compress(at, left))
                if at is _SAME:  # (most: one entry for every node)
                    keep_same(this_hop, kept_nodes, entries[0], ties)
                else:  # (each node's, in the order reached)
                    keep_better(this_hop, kept_nodes, map(entries.__getitem__, at), ties)
            again = this_hop.keys() & best.keys()  # nodes an earlier hop reached too
            for node in again:
                kept = best[node]
                entry = this_hop[node]
                kept.append(entry)
                if entry[0] > kept[-2][0]:  # (kept best first: else it stays so)
                    kept.sort(key=_first_desc)
            best.update({node: [entry] for node, entry in this_hop.items() if node not in again})
            return pattern_best

        def ahead(patterns: list[Pattern]) -> list[float]:
            # a path by its relations alone, as the walk scores it (no type words: the nodes
            # are not reached yet)
            queries = [walked(p, (), (), free.get(p[:-1], 0)) for p in patterns]
            return list((self.scorer.score(q, queries) + linked).tolist())

        return best, walk.run(
            cfg.max_hops, score, ahead, inside.__contains__ if deepest > 0 else None
        )

    def number_types(self, nodes: Any) -> None:
        """Number now the type words of each of ``nodes`` under every reading
        :meth:`~kgchat.retrieval.node_types.NodeTypes.types_for` may give (what a walk does
        when it first meets a node; :meth:`~kgchat.retrieval.Retriever.prepare` calls it
        after ``type_all``)."""
        for reading in (
            self.answer_types,
            self._named_types,
            self._own_or_located,
            self._own_or_roles,
        ):
            numbers = self.type_numbers(reading)
            for node in nodes:
                numbers.of_node(node, reading)

    def type_numbers(self, types_of: Any) -> TypeNumbers:
        """The :class:`TypeNumbers` of the reading ``types_of`` (a method of this retriever),
        kept per graph with the type words' own caches."""
        reading = getattr(types_of, "__func__", types_of)  # (a bound method: its function)
        found = self._type_numbers.get(reading)
        if found is None:
            found = self._type_numbers[reading] = TypeNumbers()
        return found
