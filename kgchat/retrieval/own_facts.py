"""The best candidates tied on score by one relation path, told apart by their own facts:
"Who is the father of X?" reaches both of X's ``parents`` alike; Henrik's ``gender`` Male
says "father" to the encoder, Clara's Female does not (:meth:`OwnFactTies._ties_by_own_facts`).
A value has no facts of its own: it is read by the record it hangs from (a descriptor's class,
*molecular weight* beside *exact mass*: :meth:`OwnFactTies._holder_pairs`).
The words of a node's own facts (:func:`fact_words`) are what
:mod:`kgchat.retrieval.word_table` embeds beforehand.

:class:`OwnFactTies` is a mixin of :class:`~kgchat.retrieval.Retriever` (it uses its graph
reading, relation judge and configuration).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from kgchat.graph.capabilities import Prefetches
from kgchat.graph.names import parse_literal, primary_subtag
from kgchat.languages import language_names
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate
from kgchat.text import STOPWORDS, tokens

__all__ = ["OwnFactTies", "fact_words", "relation_fact_words"]

# a tied candidate's own facts read to break the tie (its first ones: a hub has thousands)
_OWN_FACTS = 50
# decimals of a similarity that order a tie: the same word's cosine differs in its last bits
# with the batch it was embedded in (~1e-7), which had ordered equals from one process to
# another ("What is treated by apixaban?": three diseases, each said by its type "disease")
_SAID_DECIMALS = 4


def _alike(c: Candidate, first: Candidate) -> bool:
    """Whether ``c`` ties ``first`` on score, reached by the same relation path."""
    return (
        c.rank_key()[0] == first.rank_key()[0]
        and bool(c.paths)
        and bool(first.paths)
        and c.paths[0].pattern == first.paths[0].pattern
    )


class OwnFactTies:
    """Ties broken by the tied candidates' own facts (a mixin: the class using it sets
    ``kg``, ``config``, ``edges`` and ``_own_words``, and may set ``judge``)."""

    kg: Any
    config: Any
    edges: Any
    _own_words: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # per node (_fact_pairs)
    walk_qualifiers: Any  # JunctionWords': all that qualifies a walk's junctions
    anonymous: Any  # whether a node is an unnamed junction (GraphReading's)

    def _ties_by_own_facts(self, q: QuestionInfo, candidates: list[Candidate]) -> list[Candidate]:
        """The best candidates tied on score by one relation path, read alike ("Who is the
        father of X?": both of X's ``parents``; all of the first's relation path among the
        candidates at its score, however other paths' answers fall between them), put in
        the order their own facts' values say the question's words (Henrik's ``gender``
        Male meets "father" in the encoder, Clara's Female does not); the rest as they were.
        Only such a tie is reordered. Only the values of relations every tied candidate has
        are read, where they share one: what tells them apart is the same relation's value
        (the gender), not a fact one of them has alone (Arthur's ``mother``, "Lady Caroline
        Vane", whose "lady" met "mum" better than Harriet's gender did)."""
        if not candidates:
            return candidates
        # the tie is of the first's relation path among all that share its score: other
        # paths' answers at that score fall between them in the ranking's order by node (a
        # food's ``fdcId`` "175180" between its nutrient amounts "111.0" and "189.0"), and
        # stay where they are
        first = candidates[0].rank_key()[0]
        at_top = list(itertools.takewhile(lambda c: c.rank_key()[0] == first, candidates))
        slots = [i for i, c in enumerate(at_top) if _alike(c, candidates[0])]
        tied = [at_top[i] for i in slots]
        judge = getattr(self, "judge", None)
        if len(tied) < 2 or not q.words or judge is None:
            return candidates
        sim = judge.scorer.similarity
        if isinstance(self.kg, Prefetches):  # a remote view reads them in one request
            self.kg.expect(c.node for c in tied)
        # values are read by their records where the tie is of values only: a named answer
        # has facts of its own, and words given to part of a tie outweigh the rest's (the
        # encoder's best match over more words)
        values = all(self.kg.is_literal(c.node) for c in tied)
        facts = {
            c.node: self._fact_pairs(c.node) + (self._holder_pairs(c) if values else ())
            for c in tied
        }
        # values in several languages ("What is the French name of X?"): a tagged literal's
        # language is what it says of itself, read where the question names a language
        named = {w for names in language_names().values() for w in names} & set(q.words)
        if named:
            for c in tied:
                lang = parse_literal(c.node)[1] if self.kg.is_literal(c.node) else None
                if lang:
                    words = language_names().get(primary_subtag(lang), ())
                    facts[c.node] = (("@language", words),) if words else ()
        shared = set.intersection(*({p for p, _ in pairs} for pairs in facts.values()))
        own = {
            node: tuple(w for p, ws in pairs if not shared or p in shared for w in ws)
            for node, pairs in facts.items()
        }
        # and what qualifies the unnamed junction each was reached through (Tenniel's
        # contribution to a book has the role "illustrator", Carroll's "author")
        own = {c.node: own[c.node] + self.walk_qualifiers(c.paths[0]) for c in tied}
        sim.prefetch([w for ws in own.values() for w in ws])  # one forward pass for all

        def said(c: Candidate) -> tuple[float, tuple[float, str]]:
            words = own[c.node]
            best = float(sim.words(words, q.words).max()) if words else 0.0
            # equals (to the encoder's noise) stay in the ranking's order: by node
            return -round(best, _SAID_DECIMALS), c.rank_key()

        out = list(candidates)
        for i, c in zip(slots, sorted(tied, key=said), strict=True):
            out[i] = c
        return out

    def _fact_pairs(self, node: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The (relation, words) of the values of a node's first own facts
        (:func:`relation_fact_words`), as :meth:`_ties_by_own_facts` reads them; kept per
        node (per graph version): the same nodes tie again in other questions (a tuple: no
        work for the collector)."""
        found = self._own_words.get(node)
        if found is None:
            found = self._own_words[node] = relation_fact_words(self.edges(node), self.kg.label)
        return found

    def _holder_pairs(self, c: Candidate) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The fact pairs of the named record a value candidate hangs from (the node its walk
        passed last): a value says nothing of itself, and a predicate such as ``hasValue``
        nothing of it either; what it is a value *of* is its record's (a descriptor's kind,
        a match's round, a dataset's title). An unnamed record is read already, by what
        qualifies the walk's junctions (:meth:`walk_qualifiers`); a value reached in one hop
        hangs from the question's own entity, which tells no tied value apart."""
        if not self.kg.is_literal(c.node) or not c.paths or len(c.paths[0].nodes) < 3:
            return ()
        holder = c.paths[0].nodes[-2]
        if self.anonymous(holder) or self.kg.is_literal(holder):
            return ()
        return self._fact_pairs(holder)

    def _fact_words(self, node: str) -> tuple[str, ...]:
        """The words of :meth:`_fact_pairs`, all relations together (:func:`fact_words`)."""
        return tuple(w for _, words in self._fact_pairs(node) for w in words)


def relation_fact_words(
    edges: Sequence[Any], label: Any
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Per fact among a node's first own facts (``edges``, its
    :meth:`~kgchat.retrieval.reading.GraphReading.edges`), its relation and the words of its
    value (up to three of the value's name), what the tie-break embeds; facts whose value
    says no word are left out."""
    out = []
    for e in edges[:_OWN_FACTS]:
        if not e.forward:
            continue
        # a number, a code or a stopword says no question word (the question's own words
        # hold none): not embedded, the tie's cost on a graph of statistics
        words = tuple(
            w for w in tokens(label(e.neighbor))[:3] if w.isalpha() and w not in STOPWORDS
        )
        if words:
            out.append((e.predicate, words))
    return tuple(out)


def fact_words(edges: Sequence[Any], label: Any) -> tuple[str, ...]:
    """The words of the values of a node's first own facts (:func:`relation_fact_words`,
    without their relations), what :mod:`kgchat.retrieval.word_table` embeds beforehand."""
    return tuple(w for _, words in relation_fact_words(edges, label) for w in words)
