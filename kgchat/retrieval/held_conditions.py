"""The conditions a question states that its tied answers' facts hold, read exactly.

"How many moves did the round 12 game of the *2023 World Championship* last?" walks from
"12" through every game of round 12 to its move count: the game of the men's championship
and the women's tie, and the order of their figures decides. "In which campaign did
Sandworm use *Disk Structure Wipe*?" walks from Sandworm through each of its procedures to
its campaign: the one procedure whose technique the question names ties with the rest. The
condition is stated by the question and held by one tied answer's facts, or by the facts of
the record its walk passed (the game, the procedure), and read by no score: a value of a
different kind than the words the encoder compares (a number, a year), a name no mention
links, or an ambiguous name linked to two entities of which the record holds the one less
sure.

Of the answers tied for the best score by the first's walk, those whose own facts and whose
walk's middle nodes' facts (their first :data:`_FACTS` each, as the own facts' tie reads
them) hold more of the question's conditions come first, in the ranking's order otherwise.
A condition is a span of the question other than the one the walk started from:

- a number written in figures (an ordinal too: "the *7th*"), met by a value equal to it, a
  date of that year, or a name holding it as a word ("Wimbledon *2019*");
- a name said word for word (a neighbour whose whole name the question writes: a technique
  "Disk Structure Wipe", a value "Local"), not one that says only the type asked;
- a linked entity, met by that entity, as sure as its link (of an ambiguous name's two
  entities, the record holding the better linked one meets it more).

Where no tied answer holds one, or all hold as much, the ranking stands. Nothing in it names
a graph, a relation or a word: the values are compared as values, the names as written.

>>> from kgchat.graph.view import Edge
>>> from kgchat.mention import Mention
>>> from kgchat.retrieval.question import analyze
>>> from kgchat.retrieval.results import Candidate, Path
>>> q = analyze("Which campaign used Disk Structure Wipe in round 12?", [])
>>> facts = {"p1": [Edge(1, "Data Wipe", "technique", True), Edge(2, '"3"', "round", True)],
...          "p2": [Edge(3, "Disk Structure Wipe", "technique", True),
...                 Edge(4, '"12"', "round", True)]}
>>> walk = lambda p, c: [Path("S", (("by", False), ("in", True)), ("S", p, c), (0, 1), 1.0)]
>>> tied = [Candidate("c1", "C1", 1.0, walk("p1", "c1")),
...         Candidate("c2", "C2", 1.0, walk("p2", "c2"))]
>>> [c.node for c in conditions_held(q, tied, [], lambda n: facts.get(n, []), str,
...                                  lambda n: n.startswith('"'))]
['c2', 'c1']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from kgchat.graph.literal_terms import parse_literal
from kgchat.graph.vocab import RDF_TYPE
from kgchat.mention import Mention
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, Path
from kgchat.text import STOPWORDS, tokens

__all__ = ["conditions_held"]

# a node's facts read for the conditions: its first ones, as the own facts' tie reads them (a
# hub has thousands; a record's parts are among its first)
_FACTS = 50
# a tied answer's other walks read (of its first walk's pattern, through another middle node):
# an answer reached through several records holds what the best of them holds
_WALKS = 8
# partial walks followed back a hop (a hub's thousands of records are not all read)
_BREADTH = 64
# decimals of a sum of link scores that order a tie (the scores are rounded already)
_DECIMALS = 4
# a number in figures, an ordinal's too ("7th": 7)
_FIGURE = re.compile(r"(\d+)(?:st|nd|rd|th)?")
# a date's year, where a value is a date ("2019-03-04")
_DATED = re.compile(r"(\d{4})-\d\d")

Span = tuple[int, int]


def conditions_held(
    q: QuestionInfo,
    candidates: list[Candidate],
    mentions: Sequence[Mention],
    edges: Callable[[str], Sequence[Any]],
    label: Callable[[str], str],
    is_literal: Callable[[str], bool],
) -> list[Candidate]:
    """``candidates`` with those tied with the first on score by its walk put in the order
    of how much of the question's conditions their facts hold (see the module docstring),
    most first and in the ranking's order otherwise; unchanged where they hold as much.
    ``edges``: a node's edges (:class:`~kgchat.graph.view.Edge`); ``label``: a node's name;
    ``is_literal``: whether a node is a value."""
    slots = _tie(candidates)
    if len(slots) < 2:
        return candidates
    tied = [candidates[i] for i in slots]
    read = _Conditions(q, mentions, edges, label, is_literal)
    held = [read.held(c) for c in tied]
    if max(held) == min(held):
        return candidates
    order = sorted(range(len(tied)), key=lambda i: -held[i])  # (stable: the ranking's order)
    out = list(candidates)
    for i, j in zip(slots, order, strict=True):
        out[i] = tied[j]
    return out


def _tie(candidates: list[Candidate]) -> list[int]:
    """The places of the candidates tied with the first on score and reached by its walk
    (other walks' answers at that score stay where they are)."""
    if not candidates or not candidates[0].paths:
        return []
    first = candidates[0]
    out = []
    for i, c in enumerate(candidates):
        if c.rank_key()[0] != first.rank_key()[0]:
            break
        if c.paths and c.paths[0].pattern == first.paths[0].pattern:
            out.append(i)
    return out


class _Conditions:
    """The question's conditions (its figures, the names it writes, its mentions), read of
    the facts of one tie's answers and records; each fact read once."""

    def __init__(
        self,
        q: QuestionInfo,
        mentions: Sequence[Mention],
        edges: Callable[[str], Sequence[Any]],
        label: Callable[[str], str],
        is_literal: Callable[[str], bool],
    ) -> None:
        toks = q.tokens
        self.mentions = mentions
        self.edges, self.label, self.is_literal = edges, label, is_literal
        self.figures = {
            (i, i + 1): m.group(1).lstrip("0") or "0"
            for i, t in enumerate(toks)
            if (m := _FIGURE.fullmatch(t))
        }
        # every run of the question's words, where it is first written: a name said is one
        self.runs: dict[tuple[str, ...], Span] = {}
        for i in range(len(toks)):
            for j in range(len(toks), i, -1):
                self.runs.setdefault(tuple(toks[i:j]), (i, j))
        self.plain = STOPWORDS | set(q.answer_type)  # words that name nothing said
        self._met: dict[str, tuple[Span, ...]] = {}

    def held(self, c: Candidate) -> float:
        """How much of the conditions ``c``'s facts and its walk's middle nodes hold, by the
        best of the walks of its first walk's pattern (:func:`_walks`: a campaign reached
        through several procedures, the one whose technique the question names)."""
        return max(
            self._walk_held(c.node, nodes) for nodes in _walks(c.paths[0], c.node, self.edges)
        )

    def _walk_held(self, node: str, nodes: tuple[str, ...]) -> float:
        """How much of the conditions ``node``'s facts and the middle ones of a walk's
        ``nodes`` hold: per span met, 1 (a figure, a name said) or the link's score (an
        entity), the span the walk started from left out (the topic's)."""
        walked = set(nodes)
        facts = {
            e.neighbor: None
            for n in (node, *nodes[1:-1])
            for e in [e for e in self.edges(n) if e.forward][:_FACTS]
            if e.predicate != RDF_TYPE and e.neighbor not in walked
        }
        met: dict[Span, float] = {}
        for m in self.mentions:
            if m.node in facts:
                met[(m.start, m.end)] = max(met.get((m.start, m.end), 0.0), m.score)
        for fact in facts:
            met.update(dict.fromkeys(self._spans(fact), 1.0))
        start = next(((m.start, m.end) for m in self.mentions if m.node == nodes[0]), None)
        kept = (w for s, w in met.items() if start is None or s[1] <= start[0] or s[0] >= start[1])
        return round(sum(kept), _DECIMALS)

    def _spans(self, fact: str) -> tuple[Span, ...]:
        """The spans of the question's figures and written names that the value or node
        ``fact`` holds (:func:`_holds_figure`; its whole name written), read once."""
        found = self._met.get(fact)
        if found is None:
            lex = parse_literal(fact)[0] if self.is_literal(fact) else None
            name = tokens(self.label(fact))
            spans = [s for s, figure in self.figures.items() if _holds_figure(figure, lex, name)]
            # a name of figures alone is no name said (its figures are read above)
            written = self.runs.get(tuple(name))
            if written and not all(w.isdigit() for w in name) and not set(name) <= self.plain:
                spans.append(written)
            found = self._met[fact] = tuple(spans)
        return found


def _walks(path: Path, node: str, edges: Callable[[str], Sequence[Any]]) -> list[tuple[str, ...]]:
    """The node sequences of ``path``'s pattern from its start to ``node``: the walk kept
    (one a candidate) and the first :data:`_WALKS` others, found back from ``node`` hop by
    hop (each record of the start that leads to ``node`` the same way; at most
    :data:`_BREADTH` partial walks a hop)."""
    frontier: list[tuple[str, ...]] = [(node,)]
    hops = list(reversed(path.pattern))
    for k, (relation, forward) in enumerate(hops):
        last = k == len(hops) - 1
        grown: list[tuple[str, ...]] = []
        for walk in frontier:
            for e in edges(walk[0]):
                if len(grown) >= _BREADTH:
                    break
                if e.predicate != relation or e.forward == forward or e.neighbor in walk:
                    continue
                if not last or e.neighbor == path.start:
                    grown.append((e.neighbor, *walk))
        frontier = grown
    others = [w for w in frontier if w != path.nodes]
    return [path.nodes, *others[:_WALKS]]


def _holds_figure(figure: str, lex: str | None, name: Sequence[str]) -> bool:
    """Whether a value (its lexical form ``lex``) or a name's words (``name``) hold the
    number ``figure``: a value equal to it, a date of that year, a word of the name."""
    if lex is not None:
        lex = lex.strip()
        try:
            return float(lex) == float(figure)
        except ValueError:
            dated = _DATED.match(lex)
            return dated is not None and len(figure) == 4 and dated.group(1) == figure
    return figure in name
