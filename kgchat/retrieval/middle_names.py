"""The readings of a node a walk passes through that :class:`~kgchat.retrieval.middle_hops.
MiddleHops` rests on: a word of its name the question says, a node known only as the value of
one relation (a brand, a category), a name-like literal value, a code nothing leads on from.
Split from :mod:`kgchat.retrieval.middle_hops` (which reads the hops with them).
"""

from __future__ import annotations

from typing import Any

from kgchat.graph.vocab import RDF_TYPE
from kgchat.linking_config import LinkerConfig
from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.values import VALUE_KINDS, literal_kind
from kgchat.text import content_stems, stem

__all__ = ["NodeNames"]


class NodeNames:
    """What a node's name and relations say of it (a mixin of
    :class:`~kgchat.retrieval.middle_hops.MiddleHops`: it reads the graph as
    :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    kg: Any
    kinds_of: Any
    is_literal: Any

    def _named(self, q: QuestionInfo, node: str) -> float:
        """1 where a word of the question, outside its mentions and the type it asks, is a
        word of ``node``'s own name (by stem), 0 otherwise: names carry the kind of what they
        name ("Helmholm *Institute* for Information Science", "Kazan *University*"), so "the
        *institute* of the authors of X" says the node the walk passes through, whatever its
        class (an ``Organization``) or the hop into it (``affiliation``). The type asked
        ("which top-level *theme*") names the answer, not a node on the way."""
        asked = {stem(w) for w in q.answer_type}
        words = {stem(w) for w in q.words} - asked
        return 1.0 if words and words.intersection(content_stems(self.kg.label(node))) else 0.0

    def _stands_for(self, node: str, rel: str) -> bool:
        """Whether ``node`` is known to the graph only as the ``rel`` of other things, ``rel``
        named for what ``node`` is: a ``Brand`` whose one relation is the ``brand`` a drug
        has, a ``Category`` whose only relation is the ``category`` of its drugs. Such a node
        is a name or a grouping of the things that have it, so a question that names it
        ("What does *tylenol* target?", "What do *proton pump inhibitors* target?") names
        them: the hop to them is said. A node with a relation of its own (a country that also
        has a capital, a person who is also an author) is a thing of its own, and a hop from
        it to something else is not said by naming it; its values, literals or codes nothing
        leads on from (a word form's tense: the form "ran" of the verb "run"), are none."""
        kinds = {stem(w) for k in self.kinds_of(node) for w in k.split()}
        if not kinds or not kinds.intersection(content_stems(self.kg.relation_label(rel))):
            return False
        for e in self.kg.neighbors(node, limit=256):
            if e.predicate in NO_RELATION or e.predicate == RDF_TYPE:
                continue
            if self.is_literal(e.neighbor) or (e.forward and self._code(e.neighbor)):
                continue
            if e.predicate != rel or e.forward:
                return False
        return True

    def _name_value(self, node: str) -> bool:
        """Whether ``node`` is a literal that is no date, time or number (a name, a title, a
        code: :func:`~kgchat.retrieval.values.literal_kind`): a question that names it names
        the thing it is a value of ("proteins from *baker's yeast*" walks from the literal
        back over ``common name`` to the taxon), so the hop back to its holder is said, as
        a label's would be, where it names few things, no more than the linker keeps readings
        of one name (``LinkerConfig.max_candidates``: "Baker's yeast" is the common name of
        a species and of its strain, an ambiguous name's two readings): a value many things
        share (an ontology's namespace "uberon" of each of its terms) names none of them. A
        date or a number is said of many things ("released in *2019*"), and the relation
        joining it is what the question must say."""
        if not self.is_literal(node) or VALUE_KINDS.intersection(literal_kind(node)):
            return False
        most = LinkerConfig.max_candidates
        holders = {e.neighbor for e in self.kg.neighbors(node, limit=most + 1) if not e.forward}
        return 0 < len(holders) <= most

    def _code(self, node: str) -> bool:
        """Whether ``node`` is a value as a literal is, a code the graph only points at (a
        word form's tense ``past``, a unit): no fact of its own leads from it."""
        return not any(
            e.predicate not in NO_RELATION and e.predicate != RDF_TYPE
            for e in self.kg.neighbors(node, direction="out", limit=8)
        )
