"""Where a question's mention says a relation of the graph rather than an entity.

A mention's words may run inside a relation's phrase ("the member *drug*": the relation "has
member drug", not the class drug), or be a relation's whole phrase ("the *ROC AUC* of run X",
where each run's ROC AUC is a relation and the measure an entity named so).
:class:`RelationMentions` is a mixin of :class:`~kgchat.retrieval.Retriever` (through
:class:`~kgchat.retrieval.reading.GraphReading`), which owns the cache of stemmed phrases.
"""

from __future__ import annotations

from typing import Any

from kgchat.linking import Mention
from kgchat.retrieval.relation_names import FUNCTION_STEMS
from kgchat.text import stem, tokens

__all__ = ["RelationMentions"]

_VERB_FORMS = {"have": "has", "had": "has", "are": "is", "was": "is", "were": "is"}


def _word_stem(word: str) -> str:
    """A word's stem, with the forms of "be" and "have" as one ("have mechanism of action"
    is said of the relation "has mechanism of action")."""
    return stem(_VERB_FORMS.get(word, word))


class RelationMentions:
    """Mentions read against the graph's relation phrases (a mixin: the class using it sets
    ``kg`` and ``_relation_stems``, and reads phrases and edges)."""

    kg: Any
    _relation_stems: list[tuple[str, ...]] | None
    phrase: Any
    inverse_phrase: Any
    edges: Any

    def _in_relation(self, question: str, mention: Mention) -> bool:
        """Whether the mention's words, with the word before them or the content word after
        them, run inside one relation phrase of the graph (stems compared): "the member
        *drug*" and "the *drug* subclass of" say the relations "has member drug" and "has
        drug subclass", not the class drug. A function word after ("*country* of") is no
        evidence: a class is named before its "of" as often as a relation is."""
        toks = tokens(question)
        if mention.end > len(toks):
            return False
        runs = []
        if mention.start > 0:
            runs.append(tuple(_word_stem(t) for t in toks[mention.start - 1 : mention.end]))
        if mention.end < len(toks) and stem(toks[mention.end]) not in FUNCTION_STEMS:
            runs.append(tuple(_word_stem(t) for t in toks[mention.start : mention.end + 1]))
        return any(
            run == label[i : i + len(run)]
            for run in runs
            for label in self._stemmed_relations()
            for i in range(len(label) - len(run) + 1)
        )

    def _stemmed_relations(self) -> list[tuple[str, ...]]:
        """The relations' phrases and their declared inverses' ("has member drug"), stemmed."""
        if self._relation_stems is None:
            self._relation_stems = [
                tuple(_word_stem(t) for t in tokens(phrase))
                for p in self.kg.relations()
                for phrase in (self.phrase(p), self.inverse_phrase(p))
            ]
        return self._relation_stems

    def _names_relation(self, question: str, mention: Mention) -> bool:
        """Whether the mention's words are, stem for stem, the whole phrase of one of the
        graph's relations: "the *ROC AUC* of run X" where each run's ROC AUC is a relation
        (read from its evaluation nodes, :mod:`kgchat.graph.kind_values`) and the measure
        an entity named so."""
        run = tuple(_word_stem(t) for t in tokens(question)[mention.start : mention.end])
        if not run or run not in self._stemmed_relations():
            return False
        # a value the relation so named holds ("in force", an act's `in force` status) is
        # that value, said as one: the relation's word is the measure's name, not its value's
        return not any(
            not forward and tuple(_word_stem(t) for t in tokens(self.phrase(pred))) == run
            for _, _, pred, forward in self.edges(mention.node)
        )
