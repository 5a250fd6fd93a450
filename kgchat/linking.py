"""Entity linking: find the graph entities a question mentions.

Mentions are found by dictionary matching of every label and alias over normalised n-grams
(case, punctuation, underscores, possessive 's, diacritics, plurals), longest match first. The
dictionary is built once per graph. Where the dictionary finds nothing, the entity index (an
embedding of every entity's names) is searched with the question's n-grams, which catches
misspellings and paraphrases. An ambiguous name keeps all its entities, ranked by context: links
to the other mentions, relation words of the question, and node degree.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([
...     ("Alan_PULIDO", "plays_in_club", "Tigres_UANL"),
...     ("Tigres_UANL", "is_in_country", "Mexico"),
... ])
>>> linker = EntityLinker(kg)
>>> [(m.text, m.node) for m in linker.link("Where is the club that alan pulido's playing for?")]
[('alan pulido', 'Alan_PULIDO')]
>>> [m.node for m in linker.link("Which clubs are in Mexico")]
['Mexico']
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kgchat.config import Config, check
from kgchat.graph.names import parse_literal
from kgchat.text import STOPWORDS, content_stems, singular, tokens

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["EntityLinker", "LinkerConfig", "Mention"]

_NUMBER = re.compile(r"-?\d+(\.\d+)?")


@dataclass(frozen=True)
class LinkerConfig(Config):
    """How mentions are found.

    Attributes
    ----------
    max_candidates : int
        Entities kept per ambiguous mention.
    fuzzy : bool
        Search the entity index for n-grams when the dictionary finds nothing.
    fuzzy_threshold : float
        Least cosine similarity for an index hit to count as a mention.
    max_ngram : int
        Longest name, in words, that the dictionary matches.
    """

    max_candidates: int = 5
    fuzzy: bool = True
    fuzzy_threshold: float = 0.75
    max_ngram: int = 12

    def __post_init__(self) -> None:
        check(self.max_candidates >= 1, "max_candidates", self.max_candidates, "an integer >= 1")
        check(0 < self.fuzzy_threshold <= 1, "fuzzy_threshold", self.fuzzy_threshold, "in (0, 1]")
        check(self.max_ngram >= 1, "max_ngram", self.max_ngram, "an integer >= 1")


@dataclass(frozen=True)
class Mention:
    """An entity mentioned in a question: the matched words, their token span, the entity and
    a score in [0, 1] (1 for an exact name match)."""

    text: str
    start: int
    end: int
    node: str
    score: float
    method: str = "dictionary"

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "node": self.node,
            "score": round(self.score, 4),
            "method": self.method,
        }


class EntityLinker:
    """Links question n-grams to entities; see the module docstring.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph whose entities are linked.
    index : EntityIndex, optional
        The embedding index used as a fallback for misspellings and paraphrases.
    config : LinkerConfig, optional
    """

    def __init__(
        self, kg: KnowledgeGraph, index: Any = None, config: LinkerConfig | None = None
    ) -> None:
        self.kg = kg
        self.index = index
        self.config = config or LinkerConfig()
        self._rel_stems: dict[str, list[str]] = {}
        self._exact: dict[str, list[str]] = defaultdict(list)
        self._loose: dict[str, list[str]] = defaultdict(list)
        self._longest = 1
        for node in kg.entities():
            names = [kg.label(node), *kg.aliases(node)]
            for name in names:
                toks = tokens(name)
                if not toks or (len(toks) == 1 and (toks[0] in STOPWORDS or len(toks[0]) < 2)):
                    continue
                self._add(self._exact, " ".join(toks), node)
                self._add(self._loose, " ".join(singular(t) for t in toks), node)
                self._longest = max(self._longest, min(len(toks), self.config.max_ngram))

        # Numbers and years in a question ("aged 25", "approved in 1996") name literal values.
        self._values: dict[str, list[str]] = defaultdict(list)
        for key in kg.literals():
            lex = parse_literal(key)[0].strip()
            if _NUMBER.fullmatch(lex):
                self._values[lex].append(key)

    @staticmethod
    def _add(table: dict[str, list[str]], key: str, node: str) -> None:
        if node not in table[key]:
            table[key].append(node)

    def link(self, question: str) -> list[Mention]:
        """Return the mentions of a question, best entity of each span first, in span order.

        Every candidate entity of an ambiguous span is returned (up to ``max_candidates``),
        each as its own :class:`Mention` with the same span.
        """
        toks = tokens(question)
        loose = [singular(t) for t in toks]
        spans: list[tuple[int, int, list[str], float]] = []
        for n in range(min(self._longest, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                key = " ".join(toks[i : i + n])
                nodes = self._exact.get(key)
                score = 1.0
                if not nodes:
                    nodes = self._loose.get(" ".join(loose[i : i + n]))
                    score = 0.9
                if nodes:
                    spans.append((i, i + n, nodes, score))
        taken = {i for a, b, _, _ in _non_overlapping(list(spans)) for i in range(a, b)}
        for i, t in enumerate(toks):
            if i not in taken and t in self._values:
                spans.append((i, i + 1, self._values[t][: self.config.max_candidates], 0.9))
        chosen = _non_overlapping(spans)
        mentions = [
            Mention(" ".join(toks[a:b]), a, b, node, score)
            for a, b, nodes, score in chosen
            for node in nodes
        ]
        if not mentions and self.config.fuzzy and self.index is not None:
            mentions = self._fuzzy(toks)
        return self._rank(mentions, toks)

    def _fuzzy(self, toks: list[str]) -> list[Mention]:
        grams: list[tuple[int, int]] = []
        for n in range(1, min(4, len(toks)) + 1):
            for i in range(len(toks) - n + 1):
                words = toks[i : i + n]
                if words[0] in STOPWORDS or words[-1] in STOPWORDS:
                    continue
                grams.append((i, i + n))
        if not grams:
            return []
        hits = self.index.search([" ".join(toks[a:b]) for a, b in grams], k=3)
        spans = []
        for (a, b), found in zip(grams, hits, strict=True):
            good = [(node, s) for node, s in found if s >= self.config.fuzzy_threshold]
            if good:
                spans.append((a, b, [node for node, _ in good], good[0][1]))
        spans.sort(key=lambda sp: -sp[3])
        chosen = _non_overlapping(spans, by_length=False)
        return [
            Mention(" ".join(toks[a:b]), a, b, node, score, method="index")
            for a, b, nodes, score in chosen
            for node in nodes
        ]

    def _rank(self, mentions: list[Mention], toks: list[str]) -> list[Mention]:
        """Order each span's candidates by context and keep the best few."""
        by_span: dict[tuple[int, int], list[Mention]] = defaultdict(list)
        for m in mentions:
            by_span[(m.start, m.end)].append(m)
        if all(len(ms) == 1 for ms in by_span.values()):
            return mentions
        qstems = set(content_stems(" ".join(toks)))
        all_nodes = {m.node for m in mentions}
        out: list[Mention] = []
        for span in sorted(by_span):
            cands = by_span[span]
            if len(cands) == 1:
                out.extend(cands)
                continue
            scored = []
            for m in cands:
                edges = self.kg.neighbors(m.node, limit=500)
                linked = sum(1 for e in edges if e.neighbor in all_nodes and e.neighbor != m.node)
                rel_words: set[str] = set()
                for p in {e.predicate for e in edges[:200]}:
                    stems = self._rel_stems.get(p)
                    if stems is None:
                        stems = self._rel_stems[p] = content_stems(self.kg.relation_label(p))
                    rel_words.update(stems)
                context = len(rel_words & qstems)
                prior = math.log1p(len(edges)) / 10
                scored.append((m.score + 0.3 * linked + 0.1 * context + prior, m))
            scored.sort(key=lambda x: -x[0])
            best = scored[0][0]
            for s, m in scored[: self.config.max_candidates]:
                out.append(
                    Mention(
                        m.text,
                        m.start,
                        m.end,
                        m.node,
                        round(m.score * (0.5 + 0.5 * s / best), 4),
                        m.method,
                    )
                )
        return out


def _non_overlapping(
    spans: list[tuple[int, int, list[str], float]], by_length: bool = True
) -> list[tuple[int, int, list[str], float]]:
    """Greedy choice: longest (or best-scored, in the given order) spans first, no overlaps."""
    taken: set[int] = set()
    chosen = []
    for a, b, nodes, score in spans:
        if taken.isdisjoint(range(a, b)):
            taken.update(range(a, b))
            chosen.append((a, b, nodes, score))
    chosen.sort()
    return chosen
