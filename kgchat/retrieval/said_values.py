"""An entity named by one of its own values, as a candidate answer.

"Which country is officially called *the Kingdom of Norway*?" names Norway by its official
name, a value of Norway's own: the entity may be what the question asks for. Not where the
question says the value owns a noun ("the *parent company* of Mueller Logistik GmbH", "X's
*parent company*") that the value's relation does not say (``auto ASCII transliterated name``):
the question asks something of the entity so named, not the entity (:func:`owned_noun`). Nor
where it asks what kind of thing the entity is ("What type of route is 550?" of a route whose
short name is "550": :func:`~kgchat.retrieval.kind_questions.asks_kind`): a kind of it is
asked, not the thing its value names, as :func:`~kgchat.retrieval.holder_asked.holder_asked`
reads it too.
:class:`SaidValues` is a mixin of :class:`~kgchat.retrieval.forms.QuestionForms` (it uses the
retriever's graph reading, scorer and linker).
"""

from __future__ import annotations

from typing import Any

from rapidfuzz.distance import OSA

from kgchat.linking import Mention
from kgchat.retrieval.kind_questions import asks_kind
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, Path
from kgchat.text import content_stems, possessed_at, skip_words, stem, tokens

__all__ = ["SaidValues", "owned_noun"]


def owned_noun(q: QuestionInfo, start: int, end: int) -> str | None:
    """The stem of the noun the question says the words at ``start:end`` own: "the <noun> of
    [the] X" or "X's <noun>"; None without one.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Who is the parent company of Mueller Logistik GmbH?", [(6, 9)])
    >>> owned_noun(q, 6, 9), owned_noun(analyze("Which country is called Norway?", [(4, 5)]), 4, 5)
    ('compani', None)
    >>> owned_noun(analyze("What is Acme's parent company?", [(2, 3)]), 2, 3)
    'parent'
    """
    if end < len(q.tokens) and end in possessed_at(q.text):
        return stem(q.tokens[end])
    k = skip_words(q.tokens, start - 1, -1)
    return stem(q.tokens[k - 1]) if k >= 1 and q.tokens[k] == "of" else None


class SaidValues:
    """The entities the question names by their own values (a mixin: the class using it sets
    ``kg``, ``scorer`` and ``linker`` and reads the graph through
    :class:`~kgchat.retrieval.reading.GraphReading`)."""

    kg: Any
    scorer: Any
    linker: Any
    edges: Any
    is_literal: Any
    query: Any
    answer_types: Any
    _member: Any
    CONSTRAINT_BONUS: float

    def _said_values(
        self,
        q: QuestionInfo,
        mentions: list[Mention],
        candidates: list[Candidate],
        answer_classes: frozenset[str] = frozenset(),
    ) -> list[Candidate]:
        """An entity named by one of its own values ("which country is officially called
        *the Kingdom of Norway*": Norway's official name) may be what the question asks
        for: it is a candidate, by the path from the value back to it, scored as any path
        with the entity's own type words, and with the walked candidates' bonus where it is
        of a class the question asks for (``answer_classes``: "which *airport* has the code
        RJTT"). Not where it asks the entity's kind (:func:`asks_kind`)."""
        if asks_kind(q):
            return candidates  # "What type of route is 550?": the route's kind is asked
        added: list[Candidate] = []
        for m in mentions:
            said = " ".join(tokens(m.text))
            if said == " ".join(tokens(self.kg.label(m.node))):
                # named by its own name (a session whose summary repeats its label): that
                # value says nothing the name did not, and is no answer to a question about it
                continue
            owned = owned_noun(q, m.start, m.end)
            for e in self.edges(m.node):
                if not (e.forward and self.is_literal(e.neighbor)):
                    continue
                if owned is not None and owned not in content_stems(
                    self.kg.relation_label(e.predicate)
                ):
                    continue  # "the parent company of <its transliterated name>": of it
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
                score += self.CONSTRAINT_BONUS * self._member(m.node, answer_classes)
                path = Path(m.node, pattern, (m.node, e.neighbor), (e.fact,), score)
                added.append(Candidate(m.node, self.kg.label(m.node), score, [path]))
                break
        if not added:
            return candidates
        best: dict[str, Candidate] = {}
        for c in [*candidates, *added]:
            if c.node not in best or c.score > best[c.node].score:
                best[c.node] = c
        return sorted(best.values(), key=Candidate.rank_key)
