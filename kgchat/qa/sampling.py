"""The graph side of QA generation: which questions to ask, and their complete answer sets.

Each kind of question is a small walk over the graph from a *topic* entity:

- ``1hop``: one relation, either direction; the answers are *every* node at the other end.
- ``2hop``/``3hop``: a relation pattern found on a real path (no node visited twice, no
  ``rdf:type`` step, no literal in the middle); the answers are every node reachable from the
  topic by that pattern, and the support is one path per answer.
- ``conjunction``: two constraints on one answer, each a relation from an entity; the answers
  are the intersection, non-empty and smaller than either side.
- ``unanswerable``: a real entity and a relation it lacks, one that entities with its type or
  its other relations usually have.

The last two live in :mod:`kgchat.qa.constraints` (a mixin of :class:`Sampler`).

Topics are drawn in a seeded random order until a kind has ``max_per_kind`` questions, so a big
graph costs what the quota costs, not what the graph costs. Every choice goes through
:class:`random.Random` seeded from the config and through lists in an order of keys (never
through a ``set`` of strings, whose order changes from one process to the next, nor the order
of the facts in the file: a node's edges are in an order of their keys,
:mod:`kgchat.graph.edge_order`).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.qa import QAConfig
>>> kg = KnowledgeGraph.from_triples([("Alan", "plays_in_club", "Tigres"),
...     ("Tigres", "is_in_country", "Mexico"), ("Raul", "plays_in_club", "Tigres")])
>>> drafts = Sampler(kg, QAConfig(phrasings=1)).drafts()
>>> for d in drafts["2hop"]:
...     if d.topic == "Alan":
...         print(d.questions[0], d.answers)
Which country is the club of Alan in? ('Mexico',)
What plays in the club of Alan? ('Raul',)
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from kgchat.graph.view import Edge
from kgchat.graph.vocab import RDF_TYPE
from kgchat.qa.config import QAConfig
from kgchat.qa.constraints import Draft, OtherKinds
from kgchat.qa.phrasing import GraphWording, Step
from kgchat.text import answer_key

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["Draft", "Sampler"]

MAX_LABEL_CHARS = 80  # longer "labels" are texts, not names a question can carry
PATTERNS_PER_TOPIC = 2  # multi-hop patterns asked per topic, for breadth over topics
EDGES_PER_RELATION = 2  # edges per relation explored when looking for patterns
MAX_WALKS = 20_000  # a pattern with more paths than this from one topic is skipped
UNANSWERABLE_SHARE = 0.1  # unanswerable questions per answerable one
_BOOLEAN = frozenset(["true", "false"])


def step_name(step: Step) -> str:
    """``plays_in_club>`` (walked forwards) or ``plays_in_club<`` (backwards)."""
    return step[0] + (">" if step[1] else "<")


class Sampler(OtherKinds):
    """Draws the questions of every kind from a graph; see the module docstring."""

    def __init__(self, kg: KnowledgeGraph, config: QAConfig) -> None:
        self.kg = kg
        self.config = config
        self.skipped: Counter[str] = Counter()
        self._groups: dict[str, dict[Step, list[Edge]]] = {}
        self.words = GraphWording(kg)
        self._labels: dict[str, str] = {}
        self._unanswered: set[str] = set()
        # by key, not in graph order (the order the file met them): the same topics drawn
        # whatever the order of the facts in the file
        self.entities = sorted(kg.entities())
        names = Counter(answer_key(self.label(n)) for n in self.entities)
        self._ambiguous = {k for k, n in names.items() if n > 1}

    # ------------------------------------------------------------------ graph access
    def label(self, node: str) -> str:
        """The node's display name (cached)."""
        lab = self._labels.get(node)
        if lab is None:
            lab = self._labels[node] = self.kg.label(node)
        return lab

    def groups(self, node: str) -> dict[Step, list[Edge]]:
        """The edges at a node grouped by step, in graph order. A symmetric relation (its
        own declared inverse, ``owl:SymmetricProperty``) is one step, forwards, over the
        facts stated either way: "What interacts with X?" has every partner of X for answer,
        whichever of the two the graph states the fact from."""
        g = self._groups.get(node)
        if g is None:
            if len(self._groups) > 200_000:
                self._groups.clear()
            g = defaultdict(list)
            for e in self.kg.neighbors(node):
                forward = e.forward or self.kg.inverse_of(e.predicate) == e.predicate
                g[(e.predicate, forward)].append(e)
            g = self._groups[node] = dict(g)
        return g

    def is_literal(self, node: str) -> bool:
        """True for a literal value."""
        return self.kg.is_literal(node)

    def usable_topic(self, node: str) -> bool:
        """A topic must be an entity with a short name no other entity has."""
        if self.is_literal(node):
            return False
        lab = self.label(node)
        if not lab.strip() or len(lab) > MAX_LABEL_CHARS:
            self.skipped["topic without a usable name"] += 1
            return False
        if answer_key(lab) in self._ambiguous:
            self.skipped["topic whose name other entities share"] += 1
            return False
        return True

    # ------------------------------------------------------------------ wording
    def ask(self, step: Step, about: str, plural: bool = False) -> list[str]:
        """Wordings asking for the ends of ``step`` (see :meth:`GraphWording.ask`)."""
        return self.words.ask(step, about, plural)

    def pick(self, rng: random.Random, wordings: list[str]) -> tuple[str, ...]:
        """The best wording and ``phrasings - 1`` others at random, in their order."""
        k = min(self.config.phrasings, len(wordings))
        chosen = [0, *sorted(rng.sample(range(1, len(wordings)), k - 1))]
        return tuple(wordings[i] for i in chosen)

    # ------------------------------------------------------------------ answers
    def _answers_ok(self, nodes: list[str], support: list[int]) -> bool:
        cfg = self.config
        if not nodes:
            return False
        if len(nodes) > cfg.max_answers:
            self.skipped[f"more than max_answers={cfg.max_answers} answers"] += 1
            return False
        if len(support) > cfg.max_support:
            self.skipped[f"more than max_support={cfg.max_support} supporting facts"] += 1
            return False
        if all(self.label(n).lower() in _BOOLEAN for n in nodes):
            self.skipped["true/false answers"] += 1
            return False
        return True

    def draft(
        self,
        kind: str,
        topic: str,
        questions: tuple[str, ...],
        nodes: list[str],
        support: list[int],
        pattern: tuple[Step, ...],
        hops: int,
    ) -> Draft:
        """A :class:`Draft` with answer labels (unique, in answer order)."""
        labels = tuple(dict.fromkeys(self.label(n) for n in nodes))
        names = tuple(step_name(s) for s in pattern)
        return Draft(kind, topic, questions, tuple(nodes), labels, tuple(support), names, hops)

    # ------------------------------------------------------------------ kinds
    def drafts(self) -> dict[str, list[Draft]]:
        """Every kind the config asks for, each within its quota."""
        cfg = self.config
        out: dict[str, list[Draft]] = {}
        for kind in cfg.kinds:
            if kind == "unanswerable":
                continue
            rng = random.Random(f"{cfg.seed}:{kind}")
            if kind == "1hop":
                gen = self.one_hop(rng)
            elif kind == "conjunction":
                gen = self.conjunctions(rng)
            else:
                gen = self.multi_hop(rng, int(kind[0]))
            out[kind] = self._quota(gen)
        if "unanswerable" in cfg.kinds:
            answerable = sum(len(d.questions) for ds in out.values() for d in ds)
            want = min(cfg.max_per_kind, max(1, round(UNANSWERABLE_SHARE * answerable)))
            gen = self.unanswerable(random.Random(f"{cfg.seed}:unanswerable"))
            out["unanswerable"] = self._quota(gen, want) if answerable else []
        return self._unambiguous(out)

    def _unambiguous(self, drafts: dict[str, list[Draft]]) -> dict[str, list[Draft]]:
        """Drop wordings that two questions share ("Whose country is Norway?" asks for the
        clubs in Norway and for its players alike): either answer set would be wrong."""
        uses = Counter(q for ds in drafts.values() for d in ds for q in d.questions)
        out: dict[str, list[Draft]] = {}
        for kind, ds in drafts.items():
            out[kind] = []
            for d in ds:
                keep = tuple(q for q in d.questions if uses[q] == 1)
                self.skipped["ambiguous wording"] += len(d.questions) - len(keep)
                if keep:
                    out[kind].append(replace(d, questions=keep))
        return out

    def _quota(self, drafts: Iterator[Draft], limit: int | None = None) -> list[Draft]:
        limit = self.config.max_per_kind if limit is None else limit
        out: list[Draft] = []
        n = 0
        for d in drafts:
            if n + len(d.questions) > limit:
                d = replace(d, questions=d.questions[: limit - n])
            out.append(d)
            n += len(d.questions)
            if n >= limit:
                break
        return out

    def _topics(self, rng: random.Random) -> list[str]:
        order = list(self.entities)
        rng.shuffle(order)
        return order

    def one_hop(self, rng: random.Random) -> Iterator[Draft]:
        """Every relation of each topic, both directions, with all its answers."""
        for topic in self._topics(rng):
            if not self.usable_topic(topic):
                continue
            for step, edges in self.groups(topic).items():
                nodes: list[str] = []
                support: list[int] = []
                for e in edges:
                    if e.neighbor not in nodes and e.neighbor != topic:
                        nodes.append(e.neighbor)
                        support.append(e.fact)
                if not self._answers_ok(nodes, support):
                    continue
                questions = self.pick(rng, self.ask(step, self.label(topic)))
                yield self.draft("1hop", topic, questions, nodes, support, (step,), 1)

    def walks(
        self, topic: str, pattern: tuple[Step, ...]
    ) -> list[tuple[tuple[str, ...], tuple[int, ...]]] | None:
        """Every path from ``topic`` along ``pattern`` visiting no node twice, with no literal
        before the last node: (nodes, fact handles) each; None past :data:`MAX_WALKS`."""
        frontier: list[tuple[tuple[str, ...], tuple[int, ...]]] = [((topic,), ())]
        for i, step in enumerate(pattern):
            last = i == len(pattern) - 1
            grown = []
            for nodes, facts in frontier:
                for e in self.groups(nodes[-1]).get(step, ()):
                    if e.neighbor in nodes or (not last and self.is_literal(e.neighbor)):
                        continue
                    grown.append(((*nodes, e.neighbor), (*facts, e.fact)))
                    if len(grown) > MAX_WALKS:
                        return None
            frontier = grown
        return frontier

    def patterns(self, topic: str, hops: int) -> list[tuple[Step, ...]]:
        """Relation patterns of ``hops`` steps on real paths from ``topic`` (a few edges per
        relation explored, so a hub costs little)."""
        found: dict[tuple[Step, ...], None] = {}

        def grow(nodes: tuple[str, ...], pattern: tuple[Step, ...]) -> None:
            if len(pattern) == hops:
                found[pattern] = None
                return
            for step, edges in self.groups(nodes[-1]).items():
                if step[0] == RDF_TYPE:
                    continue
                for e in edges[:EDGES_PER_RELATION]:
                    if e.neighbor in nodes:
                        continue
                    if len(pattern) < hops - 1 and self.is_literal(e.neighbor):
                        continue
                    grow((*nodes, e.neighbor), (*pattern, step))

        grow((topic,), ())
        return list(found)

    def multi_hop(self, rng: random.Random, hops: int) -> Iterator[Draft]:
        """A few relation patterns of ``hops`` steps per topic, with all their answers."""
        kind = f"{hops}hop"
        for topic in self._topics(rng):
            if not self.groups(topic) or not self.usable_topic(topic):
                continue
            candidates = self.patterns(topic, hops)
            rng.shuffle(candidates)
            made = 0
            for pattern in candidates[: 3 * PATTERNS_PER_TOPIC]:
                walks = self.walks(topic, pattern)
                if walks is None:
                    self.skipped[f"more than {MAX_WALKS} paths"] += 1
                    continue
                first: dict[str, tuple[int, ...]] = {}
                for nodes, facts in walks:
                    first.setdefault(nodes[-1], facts)
                support = list(dict.fromkeys(h for facts in first.values() for h in facts))
                if not self._answers_ok(list(first), support):
                    continue
                about, plural = self.label(topic), False
                for step in pattern[:-1]:
                    about, plural = self.words.describe(step, about, plural)
                wordings = self.ask(pattern[-1], about, plural)
                questions = self.pick(rng, wordings)
                yield self.draft(kind, topic, questions, list(first), support, pattern, hops)
                made += 1
                if made >= PATTERNS_PER_TOPIC:
                    break

    def reached(self, start: str, step: Step) -> dict[str, int]:
        """Every node one ``step`` from ``start``, with the fact that reaches it."""
        out: dict[str, int] = {}
        for e in self.groups(start).get(step, ()):
            if e.neighbor != start:
                out.setdefault(e.neighbor, e.fact)
        return out
