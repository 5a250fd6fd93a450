"""An ambiguous name's candidates ranked by the question around it: links to the other
mentions, relation words of the question, a class named in the singular right beside the name
("the *album* Hotel California" for the album, not the song), and node degree.
:class:`CandidateRanking` is a mixin of :class:`~kgchat.linking.EntityLinker`.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.linking import EntityLinker
>>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> L = "http://www.w3.org/2000/01/rdf-schema#label"
>>> kg = KnowledgeGraph.from_triples([
...     ("song1", L, '"Hotel California"'), ("album1", L, '"Hotel California"'),
...     ("song1", T, "Song"), ("album1", T, "Album"), ("Eagles", "recorded", "song1")])
>>> linker = EntityLinker(kg)
>>> [(m.node, m.score) for m in linker.link("Who released the album Hotel California?")]
[('Album', 0.8), ('album1', 1.0), ('song1', 0.8536)]
>>> [(m.node, m.score) for m in linker.link("Who released the song Hotel California?")]
[('Song', 0.8), ('song1', 1.0), ('album1', 0.8321)]
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import Any

from kgchat.graph.capabilities import PrefetchesWalks
from kgchat.mention import Mention
from kgchat.name_keys import bare_words, named_after
from kgchat.text import content_stems, singular, tokens, written_words

__all__ = ["CandidateRanking"]

_POSSESSIVE = re.compile(r"['’]s?\W*$")


class CandidateRanking:
    """Context ranking of a span's candidates (a mixin: the class using it sets ``kg``,
    ``config`` (a :class:`~kgchat.linking_config.LinkerConfig`) and ``_rel_stems``, a cache of
    each relation's content stems)."""

    kg: Any
    config: Any
    _rel_stems: dict[str, list[str]]

    def _apposed(
        self, question: str, toks: list[str], mentions: list[Mention]
    ) -> dict[tuple[int, int], set[str]]:
        """The classes named in the singular right beside an entity mention: "the *album*
        Hotel California", "the Thriller *album*"; not "Nirvana's album", not "Nirvana albums"
        (the albums of Nirvana)."""
        classes = [
            m for m in mentions if m.is_class and toks[m.end - 1] == singular(toks[m.end - 1])
        ]
        if not classes:
            return {}
        words = written_words(question, toks)
        possessive = {b - 1 for word, _, b in words if _POSSESSIVE.search(word)}
        if not words:
            possessive = set(range(len(toks)))  # the words do not line up: assume the worst
        out: dict[tuple[int, int], set[str]] = defaultdict(set)
        for a, b in {(m.start, m.end) for m in mentions if not m.is_class}:
            for c in classes:
                if c.end == a or (c.start == b and b - 1 not in possessive):
                    out[(a, b)].add(c.node)
        return out

    def _rank(
        self,
        mentions: list[Mention],
        toks: list[str],
        apposed: dict[tuple[int, int], set[str]] | None = None,
    ) -> list[Mention]:
        """Order each span's candidates by context and keep the best few: links to the other
        mentions, relation words of the question, a class named beside the span that the
        candidate is of, and degree."""
        by_span: dict[tuple[int, int], list[Mention]] = defaultdict(list)
        for m in mentions:
            by_span[(m.start, m.end)].append(m)
        if all(len(ms) == 1 for ms in by_span.values()):
            return mentions
        qstems = set(content_stems(" ".join(toks)))
        # a class named in the question says nothing of which namesake is meant: its instances
        # are as often the answers ("which *albums* are by Nirvana") as the entity asked about
        all_nodes = {m.node for m in mentions if not m.is_class}
        if isinstance(self.kg, PrefetchesWalks):  # a remote view fetches the edges read below
            self.kg.expect_walk(  # together
                m.node for span in sorted(by_span) for m in by_span[span] if len(by_span[span]) > 1
            )
        out: list[Mention] = []
        for span in sorted(by_span):
            cands = by_span[span]
            if len(cands) == 1:
                out.extend(cands)
                continue
            # a candidate named after another of the span ("Women's World Chess Championship
            # 2023" after "World Chess Championship 2023") is the other's namesake: the words
            # said name the one it is after first
            after = named_after({m.node: self._names(m.node) for m in cands})
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
                named = apposed.get(span) if apposed else None
                typed = 0.5 if named and named.intersection(self.kg.types(m.node)) else 0.0
                prior = math.log1p(len(edges)) / 10
                scored.append((m.score + 0.3 * linked + 0.1 * context + typed + prior, m))
            scored.sort(key=lambda x: (x[1].node in after, -x[0]))
            best = scored[0][0]
            # the span's score goes to its best candidate (a class's stays a class's)
            base = {c.is_class: c.score for c in sorted(cands, key=lambda c: c.score)}
            for s, m in scored[: self.config.max_candidates]:
                out.append(
                    Mention(
                        m.text,
                        m.start,
                        m.end,
                        m.node,
                        round(
                            base[m.is_class] * (0.5 + 0.5 * rank_share(s, best, m.node in after)), 4
                        ),
                        m.method,
                        m.is_class,
                    )
                )
        return out

    def _names(self, node: str) -> list[list[str]]:
        """The words of each of ``node``'s names (its label and aliases), bare of a trailing
        parenthesis: "Hotel California (Eagles album)" is the song's namesake, not named
        after it."""
        names = dict.fromkeys([self.kg.label(node), *self.kg.aliases(node)])
        return [bare_words(n, tokens(n)) for n in names]


def rank_share(score: float, best: float, after: bool) -> float:
    """A candidate's share of the context score of its span's first (``best``), at most all
    of it; less than half of that for one named after another candidate, which it ranks after
    whatever its context.

    >>> rank_share(1.0, 2.0, False), rank_share(3.0, 2.0, True)
    (0.5, 0.4)
    """
    share = min(1.0, score / best) if best > 0 else 0.0
    return 0.4 * share if after else share
