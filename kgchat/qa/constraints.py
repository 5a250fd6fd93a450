"""Question kinds of QA generation that constrain an answer twice, or ask what is not there.

:class:`OtherKinds` is a mixin of :class:`kgchat.qa.sampling.Sampler` (which owns the graph
access, wording and quotas it calls): ``conjunction`` questions (two constraints on one answer,
each a relation from an entity, the answers their intersection) and ``unanswerable`` ones (a
real entity asked about a relation it lacks, one its peers usually have). :class:`Draft` is
what every kind yields.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kgchat.graph.vocab import RDF_TYPE
from kgchat.qa.phrasing import Step
from kgchat.text import content_stems

__all__ = ["PROFILE_SAMPLE", "Draft", "OtherKinds"]

PROFILE_SAMPLE = 20_000  # entities whose relations give the "usually has" statistics


@dataclass(frozen=True)
class Draft:
    """A question before retrieval: its wordings, answers, topic and supporting facts."""

    kind: str
    topic: str
    questions: tuple[str, ...]
    answer_nodes: tuple[str, ...]
    answers: tuple[str, ...]
    support: tuple[int, ...]  # fact handles, one path per answer
    pattern: tuple[str, ...]
    hops: int


class OtherKinds:
    """Conjunction and unanswerable drafts (module docstring); a mixin of ``Sampler``."""

    kg: Any
    config: Any
    words: Any
    skipped: Counter[str]
    _unanswered: set[str]

    # Sampler's graph access, wording and quotas
    groups: Any
    label: Any
    usable_topic: Any
    ask: Any
    pick: Any
    _topics: Any
    _answers_ok: Any
    reached: Any
    draft: Any

    def conjunctions(self, rng: random.Random) -> Iterator[Draft]:
        """For sampled answers, two of their relations whose answer sets intersect narrowly."""
        seen: set[tuple[tuple[str, Step], ...]] = set()
        for x in self._topics(rng):
            constraints: dict[tuple[str, Step], Step] = {}
            for e in self.kg.neighbors(x, limit=64):
                if e.neighbor != x:
                    # from the constraint entity, the step that reaches x; and back
                    constraints.setdefault(
                        (e.neighbor, (e.predicate, not e.forward)), (e.predicate, e.forward)
                    )
            keys = list(constraints)
            if len(keys) < 2:
                continue
            for _ in range(4):
                c1, c2 = rng.sample(keys, 2)
                if c1[0] == c2[0] or (c1[1][0] == RDF_TYPE and c2[1][0] == RDF_TYPE):
                    continue
                if c1[1][0] == RDF_TYPE or not self.usable_topic(c1[0]):
                    c1, c2 = c2, c1  # the topic is the named entity, not the class
                if c1[1][0] == RDF_TYPE or not self.usable_topic(c1[0]):
                    continue
                key = tuple(sorted([c1, c2]))
                if key in seen:
                    continue
                seen.add(key)
                s1, s2 = self.reached(*c1), self.reached(*c2)
                nodes = [n for n in s1 if n in s2]
                if not nodes or len(nodes) >= min(len(s1), len(s2)):
                    continue
                support = list(dict.fromkeys(h for n in nodes for h in (s1[n], s2[n])))
                if not self._answers_ok(nodes, support):
                    continue
                clauses = []
                for plural in (True, False):
                    parts = [
                        self.words.clause(constraints[c], self.label(c[0]), plural)
                        for c in (c1, c2)
                    ]
                    if None in parts:
                        break
                    clauses.append(" and ".join(p for p in parts if p))
                if len(clauses) < 2:
                    self.skipped["conjunction that cannot be worded"] += 1
                    continue
                wordings = [f"Which entities {clauses[0]}?", f"What {clauses[1]}?"]
                questions = self.pick(rng, wordings)
                pattern = (c1[1], c2[1])
                yield self.draft("conjunction", c1[0], questions, nodes, support, pattern, 1)
                break

    def _profile(self, node: str) -> list[tuple[str, ...]]:
        """What a node's relations and classes say about it, as features."""
        feats: list[tuple[str, ...]] = [
            (p, ">" if f else "<") for p, f in self.groups(node) if p != RDF_TYPE
        ]
        feats += [("@type", c) for c in self.kg.types(node)]
        return feats

    def unanswerable(self, rng: random.Random) -> Iterator[Draft]:
        """Real entities asked about a relation they lack. First, relations their peers usually
        have (P(relation | one of the entity's relations or classes) >= 0.5 over a sample);
        then, for a graph where every entity has all its kind's relations, any relation the
        entity lacks, forwards. Never a relation whose words the entity's own relations share
        ("plays for country" when it "is in country"): that question has an answer in spirit."""
        sample = self._topics(random.Random(f"{self.config.seed}:profiles"))[:PROFILE_SAMPLE]
        count: Counter[tuple[str, ...]] = Counter()
        both: Counter[tuple[tuple[str, ...], tuple[str, ...]]] = Counter()
        for node in sample:
            feats = self._profile(node)
            count.update(feats)
            rels = [f for f in feats if f[0] != "@type"]
            both.update((f, r) for f in feats for r in rels if f != r)
        relations = [f for f in count if f[0] != "@type"]
        words = {r: set(content_stems(self.kg.relation_label(r[0]))) for r in relations}
        topics = self._topics(rng)
        for peers in (True, False):
            for topic in topics:
                feats = self._profile(topic)
                if not feats or not self.usable_topic(topic):
                    continue
                have = [f for f in feats if f[0] != "@type"]
                said = set().union(*(words.get(f, set()) for f in have))
                best: list[tuple[str, ...]] = []
                best_score = 0.5  # the least share of peers that must have the relation
                for r in relations:
                    p, d = r
                    other = (p, "<" if d == ">" else ">")
                    inv = self.kg.inverse_of(p)
                    if r in have or other in have or (inv and (inv, other[1]) in have):
                        continue
                    if words[r] & said or (not peers and d != ">"):
                        continue
                    score = 1.0
                    if peers:
                        score = max(
                            (both[(f, r)] / count[f] for f in feats if count[f] >= 3),
                            default=0.0,
                        )
                    if score > best_score or (score == best_score and not best):
                        best, best_score = [r], score
                    elif score == best_score:
                        best.append(r)
                if not best or (not peers and topic in self._unanswered):
                    continue
                p, d = rng.choice(best)
                step = (p, d == ">")
                questions = self.pick(rng, self.ask(step, self.label(topic)))
                if peers:
                    self._unanswered.add(topic)
                yield self.draft("unanswerable", topic, questions, [], [], (step,), 1)
