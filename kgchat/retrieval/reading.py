"""What the retriever reads off the graph, cached per graph version.

Relation phrases (and their declared inverses'), the verbs they start with, the words saying
what a node is (:mod:`kgchat.retrieval.node_types`), class extensions and membership, each
node's capped edge list (the words of a mention that only say its entity's kind:
:mod:`kgchat.retrieval.mention_kinds`). :class:`GraphReading` is a mixin of
:class:`~kgchat.retrieval.Retriever`, which owns the caches (and empties them when the graph
changes).
"""

from __future__ import annotations

from typing import Any

from kgchat.graph.capabilities import SketchesKinds, TellsLiterals
from kgchat.graph.value_vocab import is_principal_value
from kgchat.graph.vocab import MEMBERSHIP, OWL, RDFS_SUBCLASS
from kgchat.retrieval.containment import says_preposition
from kgchat.retrieval.junction_hops import JunctionHops
from kgchat.retrieval.mention_kinds import MentionKinds
from kgchat.retrieval.relation_mentions import RelationMentions
from kgchat.retrieval.relation_names import own_name
from kgchat.retrieval.relation_synonyms import RelationSynonyms
from kgchat.retrieval.scoring import PathQuery, phrase_parts, phrase_verb
from kgchat.retrieval.walk import Pattern
from kgchat.retrieval.walk_edges import StepGroups, group_edges
from kgchat.text import tokens

__all__ = ["GraphReading", "own_name"]  # own_name lives in relation_names


class GraphReading(JunctionHops, MentionKinds, RelationMentions, RelationSynonyms):
    """Cached lookups of relation phrases, answer types, classes and edges (a mixin: the class
    using it sets ``kg``, ``config.max_fanout`` and the caches below)."""

    kg: Any
    config: Any
    _phrases: dict[str, str]
    _inverses: dict[str, str]
    _transitive: dict[str, bool] | None  # per relation, whether transitive (_transitive_of)
    _synonyms: dict[str, tuple[str, ...]]
    _pattern_phrases: dict[Pattern, tuple[Any, ...]]  # phrases, inverses, synonyms, ..., transitive
    _definitions: dict[str, str]
    _genera: dict[str, str]  # RelationSynonyms._genus's
    _walked: dict[tuple[Any, ...], PathQuery]  # the walk's queries (walked_query)
    _joint: dict[tuple[Any, ...], PathQuery]  # the joint ranking's queries (joint_query)
    _relation_stems: list[tuple[str, ...]] | None
    _rel_words: frozenset[str] | None
    _verb_stems: frozenset[str] | None
    _heads: dict[str, str]
    _leads: dict[str, str] | None
    _cls_words: dict[str, tuple[str, ...]]
    _generic: dict[str, tuple[str, ...]]
    _lits: dict[str, bool]
    _types: dict[str, tuple[str, ...]]
    _own_words: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # per node (own_facts.py)
    _own_cache: dict[str, tuple[str, ...]]
    _kind_cache: dict[str, tuple[str, ...]]
    _where_cache: dict[str, tuple[str, ...]]
    _edge_cache: dict[str, list[Any]]
    _step_cache: dict[str, StepGroups]
    _sketch_cache: dict[str, list[Any]]
    _unnamed_cls: dict[str, bool]
    _classless: bool | None
    _graph_words: Any  # a GraphWords, built on first need (kgchat.retrieval.graph_words)
    _edge_owner: Any
    index: Any
    scorer: Any
    linker: Any

    def _caches_current(self) -> None:
        """Start the per-node caches afresh where the graph changed or they grew big."""
        version = getattr(self.kg, "version", None)  # a GraphView without one is static
        if (
            self._edge_owner != version
            or len(self._edge_cache) > 200_000
            or len(self._anon) > 1_000_000
        ):
            self._renew_caches(version, graph=self._edge_owner != version)

    def _renew_caches(self, version: Any, graph: bool) -> None:
        """Start the per-node caches afresh for the graph at ``version`` (it changed, or they
        grew big), and with ``graph`` (it changed) those of its relations and classes too."""
        if graph:
            self._heads, self._cls_words, self._phrases, self._pattern_phrases = {}, {}, {}, {}
            self._kin: dict[str, tuple[str, ...]] = {}  # ClassWords._code_kin's
            self._walked, self._joint = {}, {}
            self._inverses, self._leads, self._synonyms = {}, None, {}
            self._transitive = None
            self._definitions, self._near_heads_cache = {}, {}  # ClassWords._near_heads'
            self._genera = {}
            self._said_cache, self._roles, self._kind_words = {}, None, None
            self._classless = None  # NodeTypes._bare_graph's
            self._above_of = {}  # with _said_cache and _walked, which read it
            self._relation_stems, self._verb_stems, self._rel_words = None, None, None
            self._graph_words = None  # HeldWords.held_word's (kgchat.retrieval.graph_words)
        self._edge_cache, self._edge_owner, self._types, self._lits = {}, version, {}, {}
        self._sketch_cache, self._step_cache, self._anon = {}, {}, {}
        self._nameless: dict[str, bool] = {}  # UnnamedNodes.nameless's, per node as _anon
        self._peer_words: dict[str, frozenset[str]] = {}  # peer_relation_words', per node
        self._peer_held_kept: dict[tuple[str, str, bool], bool] = {}  # held_by_peers', per hop
        self._rivals_kept: dict[tuple[str, str], tuple[str, ...]] = {}  # rival_relations'
        self._grown: dict[Any, Any] = {}  # what the walks' patterns grew into (Walk's grown)
        self._own_cache, self._kind_cache, self._named_cache = {}, {}, {}
        self._where_cache, self._own_words, self._unnamed_cls, self._above_node = {}, {}, {}, {}
        self._record_cls: dict[str, bool] = {}  # UnnamedNodes._record_class's, per class
        self._held_cache: dict[str, Any] = {}  # ScoredWalks.held_kinds', per node
        # the type words above by number, per reading (scored_walk.TypeNumbers)
        self._type_numbers: dict[Any, Any] = {}

    def _verbs(self) -> frozenset[str]:
        """Stems of the verbs the graph's relation phrases (and declared inverses) start with."""
        if self._verb_stems is None:
            found = set()
            for p in self.kg.relations():
                for phrase in (self.phrase(p), self.inverse_phrase(p)):
                    v = phrase_verb(phrase)
                    if v is not None:
                        found.add(v[0])
            self._verb_stems = frozenset(found)
        return self._verb_stems

    def _relation_words(self) -> frozenset[str]:
        """Every content word of the graph's relation phrases and declared inverses."""
        if self._rel_words is None:
            self._rel_words = frozenset(
                w
                for p in self.kg.relations()
                for phrase in (self.phrase(p), self.inverse_phrase(p))
                for w in phrase_parts(phrase)[0]
                if w.isalpha()
            )
        return self._rel_words

    def phrase(self, predicate: str) -> str:
        """The phrase of the predicate (its label as a relation, cached)."""
        p = self._phrases.get(predicate)
        if p is None:
            p = self._phrases[predicate] = self.kg.relation_label(predicate)
        return p

    def inverse_phrase(self, predicate: str) -> str:
        """The phrase of the predicate's declared inverse ("" when none is declared)."""
        p = self._inverses.get(predicate)
        if p is None:
            label = self.kg.relation_label(predicate, inverse=True)
            p = self._inverses[predicate] = "" if label.endswith(" (inverse)") else label
        return p

    def query(
        self,
        pattern: Pattern,
        types: tuple[str, ...],
        parts: tuple[int, ...] = (),
        middle: tuple[str, ...] = (),
        walked: bool = False,
        free_hops: int = 0,
    ) -> PathQuery:
        """The :class:`PathQuery` a scorer sees for a relation pattern reaching a node whose
        type words are ``types``, through nodes whose kind words are ``middle``; ``walked``
        (the walk's own scoring) marks which type words may say question words
        (:meth:`~kgchat.retrieval.node_types.NodeTypes._said_types`); ``free_hops``: its
        hops into unnamed junction nodes (:class:`PathQuery`)."""
        phrases = self._pattern_phrases.get(pattern)
        if phrases is None:
            if len(self._pattern_phrases) > 200_000:
                self._pattern_phrases.clear()
            inverses = tuple(self.inverse_phrase(r) for r, _ in pattern)
            synonyms = self._hop_synonyms(pattern)
            own = [self.phrase(r) for r, _ in pattern]
            defined = [self._definition(r) for r, _ in pattern]
            for i in range(1, len(pattern)):
                if pattern[i][1] and pattern[i - 1][1] and is_principal_value(pattern[i][0]):
                    # the principal value of the node the hop before reached says that
                    # hop's relation ("the width" of X is its width node's value, not
                    # its unit code); its own name stays another way to say it
                    synonyms = (*synonyms[:i], (*synonyms[i], own[i]), *synonyms[i + 1 :])
                    own[i], defined[i] = own[i - 1], defined[i - 1]
            phrases = self._pattern_phrases[pattern] = (
                tuple(own),
                inverses if any(inverses) else (),
                synonyms if any(synonyms) else (),
                tuple(defined) if any(defined) else (),
                self._transitive_of(pattern),
            )
        said = self._said_types(types, pattern) if walked else None
        return PathQuery(
            pattern,
            phrases[0],
            types,
            parts,
            phrases[1],
            middle,
            phrases[2],
            said,
            free_hops,
            phrases[3],
            self._inherited(types),
            phrases[4],
        )

    def _transitive_of(self, pattern: Pattern) -> frozenset[str]:
        """The predicates of ``pattern`` that are transitive: declared so
        (``owl:TransitiveProperty``), or saying containment, as containment is transitive
        (a relation "in" alone says, :func:`~kgchat.retrieval.containment.says_preposition`:
        ``is part of``, ``located in``, not ``has father``)."""
        if self._transitive is None:
            declared = getattr(self.kg, "subjects_of_type", None)
            self._transitive = dict.fromkeys(
                declared(OWL + "TransitiveProperty") if declared else (), True
            )
        found = []
        for r, _ in pattern:
            known = self._transitive.get(r)
            if known is None:
                known = self._transitive[r] = says_preposition("in", tokens(self.phrase(r)))
            if known:
                found.append(r)
        return frozenset(found)

    def walked_query(
        self, pattern: Pattern, types: tuple[str, ...], middle: tuple[str, ...], free_hops: int
    ) -> PathQuery:
        """:meth:`query` of the walk's own scoring (``walked``, one path), kept per graph:
        what it returns depends on the graph's relations and these four only, and the walks
        of one graph meet the same (pattern, type words) pairs question after question."""
        key = (pattern, types, middle, free_hops)
        found = self._walked.get(key)
        if found is None:
            if len(self._walked) > 200_000:
                self._walked.clear()
            found = self._walked[key] = self.query(pattern, types, (), middle, True, free_hops)
        return found

    def joint_query(
        self,
        patterns: tuple[Pattern, ...],
        types: tuple[str, ...],
        middle: tuple[str, ...],
        free_hops: int,
    ) -> PathQuery:
        """:meth:`query` of one path per mention joined end to end (``parts``: their hops),
        as the joint ranking scores a node several mentions reach, kept per graph as
        :meth:`walked_query` is: the same joined patterns and type words come back question
        after question, and a query object met before is read by the scorer without its
        relation path's key built and hashed again
        (:class:`~kgchat.retrieval.path_rows.PathRows`)."""
        key = (patterns, types, middle, free_hops)
        found = self._joint.get(key)
        if found is None:
            if len(self._joint) > 200_000:
                self._joint.clear()
            pattern = tuple(h for p in patterns for h in p)
            parts = tuple(len(p) for p in patterns)
            found = self._joint[key] = self.query(pattern, types, parts, middle, False, free_hops)
        return found

    def edges(self, node: str) -> list[Any]:
        """The node's edges, both directions, at most ``max_fanout`` (cached per graph)."""
        edges = self._edge_cache.get(node)
        if edges is None:
            edges = self._edge_cache[node] = self.kg.neighbors(node, limit=self.config.max_fanout)
        return edges

    def edge_steps(self, node: str) -> StepGroups:
        """:meth:`edges` grouped by step (:func:`~kgchat.retrieval.walk_edges.group_edges`), what
        the walk reads (cached per graph, as the edges are)."""
        steps = self._step_cache.get(node)
        if steps is None:
            steps = self._step_cache[node] = group_edges(node, self.edges(node))
        return steps

    def type_edges(self, node: str) -> list[Any]:
        """Edges enough to say what the node *is*: its classes, the predicates at it and their
        order of first neighbour are those of :meth:`edges`. A view that sketches kinds
        (:class:`~kgchat.graph.capabilities.SketchesKinds`: a remote endpoint with ``sketches``,
        in-edges one a predicate, not the hundreds of a busy node) gives them where it reads
        less (``kg.sketched(node)``); any other gives :meth:`edges`."""
        edges = self._edge_cache.get(node)
        if edges is None:
            edges = self._sketch_cache.get(node)
            if edges is None:
                if not isinstance(self.kg, SketchesKinds) or not self.kg.sketched(node):
                    return self.edges(node)
                edges = self._sketch_cache[node] = self.kg.type_edges(
                    node, limit=self.config.max_fanout
                )
        return edges

    def _extension(self, classes: set[str]) -> frozenset[str]:
        """The classes and their subclasses (a few levels down), and the classes named by a
        code that one of them names the kind of (:meth:`~kgchat.retrieval.class_words.
        ClassWords._code_kin`: the genes typed ``SIO_010035`` alone are genes): what
        membership checks."""
        out, frontier = set(classes), list(classes)
        for c in classes:
            for e in self.edges(c):
                if e.predicate in MEMBERSHIP and not e.forward:
                    out.update(k for k in self._classes(e.neighbor) if c in self._code_kin(k))
        for _ in range(3):
            nxt = []
            for c in frontier:
                for e in self.edges(c):
                    if not e.forward and e.predicate == RDFS_SUBCLASS and e.neighbor not in out:
                        out.add(e.neighbor)
                        nxt.append(e.neighbor)
            frontier = nxt
        return frozenset(out)

    def _member(self, node: str, classes: frozenset[str]) -> bool:
        """Whether the node is typed by one of ``classes``, or is a subclass of one (an
        ontology's classes are its entities: CFTR is a gene as a subclass of gene), or, with
        no type of its own, is one as the ranges and domains of the relations at it entail."""
        return bool(classes) and (
            any(
                e.forward
                and (e.predicate in MEMBERSHIP or e.predicate == RDFS_SUBCLASS)
                and e.neighbor in classes
                for e in self.type_edges(node)
            )
            or not classes.isdisjoint(self._classes(node))  # as the relations at it declare
        )

    def is_literal(self, node: str) -> bool:
        """Whether the node is a literal value (cached; False for a view that cannot tell)."""
        is_lit = self._lits.get(node)
        if is_lit is None:
            literal = isinstance(self.kg, TellsLiterals) and self.kg.is_literal(node)
            is_lit = self._lits[node] = bool(literal)
        return is_lit
