"""Answers shaped by the question's form rather than by a path alone.

A yes/no question naming two entities is confirmed by a fact between them that says its
relation (and has no answer where none is); one offering
alternatives ("does X work in academia or industry?") is answered by the alternative a fact
confirms or a candidate is; an entity named by one of its own values ("which country is
officially called the Kingdom of Norway?", misspelt or not) may be what is asked for.
:class:`QuestionForms` is a mixin of :class:`~kgchat.retrieval.Retriever` (it uses its graph
reading, scorer and linker).
"""

from __future__ import annotations

from typing import Any

from rapidfuzz.distance import OSA

from kgchat.graph.vocab import RDF_TYPE
from kgchat.linking import Mention
from kgchat.retrieval.question import QuestionInfo, is_yes_no, wh_typed
from kgchat.retrieval.results import Candidate, Path
from kgchat.text import tokens

__all__ = ["QuestionForms", "offered"]


class QuestionForms:
    """Candidates from the question's form (a mixin: the class using it sets ``kg``,
    ``scorer`` and ``linker`` and reads the graph through
    :class:`~kgchat.retrieval.reading.GraphReading`)."""

    kg: Any
    scorer: Any
    linker: Any
    edges: Any
    is_literal: Any
    query: Any
    answer_types: Any
    anonymous: Any
    _judge: Any

    def _yes_no_confidence(self, q: QuestionInfo, top: Candidate) -> float | None:
        """The confidence of a yes/no question's answer, where its form decides it (None
        where it does not): a "yes" is judged by the relations of the facts that confirm it
        ("did X direct Y?" is not confirmed by X starring in Y), an alternative a fact picks
        is certain, and a question naming two entities with no fact between them has no
        answer (a wh-answer to it is no reply)."""
        if top.node == "yes":
            return max(self._judge.confidence(q, self.query(p.pattern, ())) for p in top.paths)
        if not is_yes_no(q.text):
            return None
        if " ".join(tokens(top.label)) in offered(q.tokens):
            return 1.0
        if len(q.spans) > 1 and "or" not in q.tokens:
            return 0.0
        return None

    def _no_answer(self, q: QuestionInfo, candidate: Candidate) -> bool:
        """Whether a candidate can answer no question of this form: an unnamed node
        (:meth:`~kgchat.retrieval.reading.GraphReading.anonymous`), or, for a question whose
        type only its wh-word asks ("where", "who", "when"), a class reached as a node's class
        ("Where is Acme located?" answered "Place", the class of the place its location names):
        a class says what something is, which such a question does not ask."""
        if self.anonymous(candidate.node):
            return True
        if not wh_typed(q) or not candidate.paths:
            return False
        last = candidate.paths[0].pattern[-1:] if candidate.paths[0].pattern else ()
        return bool(last) and last[0] == (RDF_TYPE, True)

    def _said_values(
        self, q: QuestionInfo, mentions: list[Mention], candidates: list[Candidate]
    ) -> list[Candidate]:
        """An entity named by one of its own values ("which country is officially called
        *the Kingdom of Norway*": Norway's official name) may be what the question asks
        for: it is a candidate, by the path from the value back to it, scored as any path
        with the entity's own type words."""
        added: list[Candidate] = []
        for m in mentions:
            said = " ".join(tokens(m.text))
            for e in self.edges(m.node):
                if not (e.forward and self.is_literal(e.neighbor)):
                    continue
                value = " ".join(tokens(self.kg.label(e.neighbor)))
                # a misspelt mention says the value it is as near as the linker allows
                # ("the Kindom of Norway")
                if value != said and not (
                    m.method == "typo"
                    and OSA.distance(said, value) <= self.linker.config.max_edits(len(value))
                ):
                    continue
                pattern = ((e.predicate, True),)
                query = self.query(pattern, self.answer_types(m.node))
                # a misspelt mention costs this path what it costs the walked ones
                score = float(self.scorer.score(q, [query])[0]) + 0.3 * (m.score - 1.0)
                path = Path(m.node, pattern, (m.node, e.neighbor), (e.fact,), score)
                added.append(Candidate(m.node, self.kg.label(m.node), score, [path]))
                break
        if not added:
            return candidates
        best: dict[str, Candidate] = {}
        for c in [*candidates, *added]:
            if c.node not in best or c.score > best[c.node].score:
                best[c.node] = c
        return sorted(best.values(), key=lambda c: (-c.score, c.node))

    def _confirm(
        self, question: str, mentions: list[Mention], candidates: list[Candidate]
    ) -> list[Candidate]:
        """A yes/no question naming two entities is confirmed by a fact between them; one
        that offers alternatives ("does X work in A or B?") is answered by the alternative a
        fact confirms."""
        span = {m.node: (m.start, m.end) for m in mentions}
        nodes = list(span)
        paths = []
        for i, a in enumerate(nodes):
            for e in self.edges(a):
                # two readings of one name ("Peter Mika" the person and his page) confirm
                # nothing: only entities named apart are in question
                if e.neighbor in nodes[i + 1 :] and span[e.neighbor] != span[a]:
                    ends = (a, e.neighbor)
                    paths.append(Path(a, ((e.predicate, e.forward),), ends, (e.fact,), 0.0))
        top = candidates[0].score if candidates else 0.0
        toks = tokens(question)
        ors = [i for i, t in enumerate(toks) if t == "or"]
        if ors:
            # alternatives offered: the one a fact confirms, named or reached
            alternatives = {n for n, (a, b) in span.items() if b in ors or a - 1 in ors}
            held = {n: [p for p in paths if n in p.nodes] for n in alternatives}
            confirmed = [n for n, ps in held.items() if ps]
            if len(confirmed) == 1:
                n = confirmed[0]
                return [Candidate(n, self.kg.label(n), top + 1.0, held[n]), *candidates]
            return self._choose(toks, candidates)
        if not paths:
            return candidates
        return [Candidate("yes", "Yes", top + 1.0, paths), *candidates]

    @staticmethod
    def _choose(toks: list[str], candidates: list[Candidate]) -> list[Candidate]:
        """A question offering alternatives ("does X work in academia or industry?") is
        answered by the best candidate that is one of them (unchanged when none is)."""
        said = offered(toks)
        for k, c in enumerate(candidates):
            if " ".join(tokens(c.label)) in said:
                chosen = Candidate(c.node, c.label, candidates[0].score + 1.0, c.paths)
                return [chosen, *candidates[:k], *candidates[k + 1 :]]
        return candidates


def offered(toks: list[str]) -> set[str]:
    """The alternatives a question offers: up to four words on each side of each "or".

    >>> sorted(w for w in offered("does ann work in academia or industry".split()) if " " not in w)
    ['academia', 'industry']
    """
    out = set()
    for i, t in enumerate(toks):
        if t == "or":
            for n in range(1, 5):
                if i - n >= 0:
                    out.add(" ".join(toks[i - n : i]))
                if i + n < len(toks):
                    out.add(" ".join(toks[i + 1 : i + 1 + n]))
    return out
