"""What a relation path's hops say of a question, for the untrained path scorer
(:class:`~kgchat.retrieval.scoring.HeuristicPathScorer`, a mixin of it): per hop, the best
match of its phrases' words to each question word, its support (the better of its words', its
whole phrase's meaning and its relation's description's), its prepositions and its word-order
vote; per path, the mean support over distinct relations and how much of its hops the question
leaves unsaid.

A path's figures are kept per question and extended from its prefix's by the last hop, and a
hop's own share is kept for the thousands of paths that end alike
(:class:`~kgchat.retrieval.per_question.PerQuestion`).
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

import numpy as np

from kgchat.retrieval.acronyms import acronym_words
from kgchat.retrieval.descriptions import description_said
from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.per_question import PerQuestion, doers_asked
from kgchat.retrieval.phrases import compound_noun, coordinated_with, phrase_parts
from kgchat.retrieval.relation_plans import RelationPlans, relation_key

__all__ = ["HopSupport", "RelationPlans", "doers_asked", "relation_key", "spent_once"]

_first = itemgetter(0)  # a vote's value (a map's function: no Python call a vote)
_NO_PREPS: frozenset[str] = frozenset()  # no hop's prepositions yet (made once, not a call)


# the support from which a hop is named by its best question word: its phrase says little else
NAMED = 0.8


def spent_once(c: PerQuestion, before: np.ndarray, hop: np.ndarray, best: float) -> float:
    """The support of a hop of a new relation whose best question word an earlier hop of the
    path says as well, where the question says that word once: one word names one hop (the
    dual of a word said twice needing two). "Who *succeeded* X?" is X's successor, not the
    successor's successor over ``replaces`` then ``replaced by``, both of which "succeeded"
    says. Only a hop the word names (support :data:`NAMED` or more) is so read: labels that
    repeat their domain's word (CIM's ``voltage level base`` after ``voltage level
    substation``) are not named by it. The hop keeps what its other words, not said before,
    give it; a hop whose whole phrase the question means better than its best word
    (``population total`` for "how many people live") keeps its support.

    >>> from types import SimpleNamespace
    >>> c = SimpleNamespace(question=SimpleNamespace(count=lambda j: 1))
    >>> spent_once(c, np.array([1.0, 0.0]), np.array([1.0, 0.25]), 1.0)
    0.25
    >>> spent_once(c, np.array([0.0, 0.0]), np.array([1.0, 0.25]), 1.0)
    1.0
    """
    if best < NAMED:  # a word shared by longer labels ("voltage level base") names no hop
        return best
    j = int(hop.argmax())
    said = float(hop[j])
    if said < best - 1e-6 or before[j] < said or c.question.count(j) != 1:
        return best
    rest = float(np.delete(hop, j).max()) if len(hop) > 1 else 0.0
    return rest if rest < best else best


class HopSupport:
    """A relation path's share of the scorer's components (a mixin: the scorer using it sets
    ``similarity``, a :class:`~kgchat.retrieval.similarity.TextSimilarity`, and votes on a
    hop's word order with ``_hop_vote``, ``_chain_vote`` and ``_noun_walked_back``, as
    :class:`~kgchat.retrieval.word_order.WordOrder` does)."""

    similarity: Any
    config: Any  # a ScorerConfig: ``described``
    _hop_vote: Any
    _chain_vote: Any
    _noun_walked_back: Any
    plans: RelationPlans  # the scorer's

    def _relation(
        self, c: PerQuestion, path: PathQuery
    ) -> tuple[np.ndarray | None, float, frozenset[str], float, float]:
        """A relation path's share of
        :meth:`~kgchat.retrieval.scoring.HeuristicPathScorer.components`: the best match of
        its words to each question word (None without words), its mean hop support, the
        prepositions of each hop's best-supported phrase, its word-order agreement, and how
        much of its hops the question leaves unsaid (:meth:`_hops`)."""
        if not path.pattern:  # no hop (a question of what a node is): nothing said
            return None, 0.0, frozenset(), 0.0, 0.0
        return self._relation_of(c, self._relation_id(relation_key(path)))

    def _relation_of(
        self, c: PerQuestion, rid: int
    ) -> tuple[np.ndarray | None, float, frozenset[str], float, float]:
        """:meth:`_relation` of relation path number ``rid`` (:class:`RelationPlans`)."""
        if rid < 0:
            return None, 0.0, frozenset(), 0.0, 0.0
        cover, supports, preps, votes, unsaid = c.hops.get(rid) or self._relation_hops(c, rid)
        support = sum(supports.values()) / len(supports) if supports else 0.0
        # (the votes' sum as a generator's, in C: the same floats added in the same order)
        order = sum(map(_first, votes)) / len(votes) if votes else 0.0
        return cover, support, preps, order, unsaid

    def _path_hops(
        self, c: PerQuestion, path: PathQuery
    ) -> tuple[np.ndarray | None, dict[str, float], frozenset[str], tuple[Any, ...], float]:
        """:meth:`_hops` of a path with hops."""
        return self._relation_hops(c, self._relation_id(relation_key(path)))

    def _hops(
        self,
        c: PerQuestion,
        pattern: tuple[tuple[str, bool], ...],
        phrases: tuple[str, ...],
        inverses: tuple[str, ...],
        synonyms: tuple[tuple[str, ...], ...],
        definitions: tuple[str, ...] = (),
    ) -> tuple[np.ndarray | None, dict[str, float], frozenset[str], tuple[Any, ...], float]:
        """The parts of :meth:`_relation` of a path's hops (``inverses``, ``synonyms`` and
        ``definitions`` may be empty: none): its words' best match to each question word, the
        support of each relation, the prepositions, each hop's word-order vote,
        :meth:`~kgchat.retrieval.word_order.WordOrder._hop_vote`, and the sum over its hops
        of how little each is said, (1 - its support) squared (:meth:`_relation_hops`)."""
        key = (pattern, phrases, inverses, synonyms, definitions)
        return self._relation_hops(c, self._relation_id(key))

    def _relation_id(self, key: tuple[Any, ...]) -> int:
        """The number of a relation path, ``key`` = :func:`relation_key`'s, in
        :class:`RelationPlans` (given on its first sight; -1: no hop)."""
        return self.plans.number(key)

    def _relation_hops(
        self, c: PerQuestion, rid: int
    ) -> tuple[np.ndarray | None, dict[str, float], frozenset[str], tuple[Any, ...], float]:
        """:meth:`_hops` of relation path number ``rid``, kept per path and extended from its
        prefix's by the last hop: the same figures, in the same order, as hop by hop from the
        start.

        Support is a mean over distinct relations (a relation said once is walked out and
        back to a sibling), so a walk over relations nothing says is diluted, not priced: two
        hops out and back to a co-author's paper and its ``starting page`` had outscored the
        paper's own ``page start``. The unsaid sum counts each hop walked, the walk back too;
        only a hop that repeats the hop before it in the same direction (``is part of`` an
        issue, ``is part of`` a journal: one transitive relation) adds nothing, and so does a
        hop to a class or its instances (``rdf:type``: said by the class a question names,
        "which stations are *interchange stations*", not by relation words; a walk up
        ``rdfs:subClassOf`` and down to a sibling class is priced as any other). A hop on
        from an out and back costs one unsaid hop more: the relation's word said the walk
        out, and the walk back it passed through is said by nothing ("Who publishes X?" out
        to X's publisher, back to a book and on to its author; an out and back that ends
        there, "the other films of X's director", is not priced so)."""
        kept = c.hops
        found = kept.get(rid)
        if found is not None:
            return found
        prefix, head, hop_id, predicate, n, priced, after_back = self.plans.plans[rid]
        if prefix >= 0:
            # (the prefix's, mostly kept already: read without a call)
            cover, before, preps, votes, unsaid = kept.get(prefix) or self._relation_hops(c, prefix)
            supports = before.copy()
        else:
            cover, supports, preps, votes, unsaid = None, {}, _NO_PREPS, (), 0.0
        # the last hop's own parts, which thousands of paths ending alike share
        hop = c.hop_parts.get(hop_id)
        if hop is None:
            hop = c.hop_parts[hop_id] = self._hop(c, *self.plans.hops[hop_id])
        hop_cover, owner, best, best_preps, vote = hop
        had = supports.get(predicate)  # (a support is a float: None is none yet)
        if (
            had is None
            and cover is not None
            and hop_cover is not None
            # (a value node's hop out reads as the hop in: one relation, said once)
            and self.plans.hops[self.plans.plans[prefix][2]][0] != self.plans.hops[hop_id][0]
        ):
            best = spent_once(c, cover, hop_cover, best)
        if hop_cover is not None and hop_cover is not cover:  # (out and back: the same)
            cover = hop_cover if cover is None else np.maximum(cover, hop_cover)
        # a later hop over a noun walked backwards that says the noun of "the <noun> of X"
        # better than the first hop says it of another node than X ("the *parent* company
        # of X" out to X's parent and back over ``parent organization`` to a sibling whose
        # parent it is): it says nothing (WordOrder._noun_walked_back)
        chain = chained = None
        read = False  # whether ``chained``, the chain's vote (WordOrder._chain_vote), is read
        if vote is None and had is None and n > 1 and c.owner is not None:
            chained, read = self._chain_vote(c, self._relation_hops(c, head)[0], owner), True
            chain = self._noun_walked_back(chained, self.plans.hops[hop_id])
        if chain is not None:
            supports[predicate] = 0.0
            unsaid += 1.0
        elif had is not None and vote is not None and vote[0] < 0:
            # a relation walked back the way the question's word order says it is not
            # ("Which person does X report to?" out to X's post and back to another who
            # reports to it): said one way only, the walk back is a hop nothing says
            supports[f"{predicate}\0{n}"] = 0.0
            unsaid += 1.0
        else:
            # max(best, had) and min(1.0, max(0.0, best)) by comparisons, without the calls:
            # each picks what the builtin picks (its first argument unless the other is
            # greater, or less)
            supports[predicate] = had if had is not None and had > best else best
            if priced:
                clipped = best if best > 0.0 else 0.0
                unsaid += (1.0 - (clipped if clipped < 1.0 else 1.0)) ** 2
            if after_back:
                unsaid += 1.0  # on from an out and back: its relation's word said one hop
            if had is not None and vote is not None:
                # a relation walked again agrees with the word order only by walking back
                # along it ("What is X used as?" out to X's use and back to another plant
                # used so): its word is said once, its order judged once, on the walk out;
                # a vote for the walk back would cancel the one against the walk out, and
                # the peer would escape the price the one-hop answer pays
                vote = None
        if chain is not None:
            vote = chain
        elif vote is None and n > 1 and c.owner is not None:
            vote = chained if read else self._chain_vote(c, self._relation_hops(c, head)[0], owner)
        found = kept[rid] = (
            cover,
            supports,
            preps if best_preps <= preps else preps | best_preps,  # (most hops: none)
            votes if vote is None else (*votes, vote),
            unsaid,
        )
        return found

    def _hop(
        self,
        c: PerQuestion,
        phrase: str,
        inverse: str,
        synonyms: tuple[str, ...],
        definition: str,
        forward: bool,
        first: bool,
    ) -> tuple[np.ndarray | None, float, float, frozenset[str], tuple[float, bool] | None]:
        """One hop's share of :meth:`_hops`, whatever the hops before it: the best match of
        its phrases' words to each question word (None: no words), how well it says the noun
        owned by the entity (:func:`~kgchat.retrieval.owner_phrases.owner_noun`; -1 without one),
        its support and prepositions, and its word-order vote (one mention only). Its
        relation's description (``definition``, "" for none), where its meaning is nearer
        the question's than any phrase's, supports it that much (times the config's
        ``described``; whole or by a clause, as the judge reads it:
        :func:`~kgchat.retrieval.descriptions.description_said`): a vocabulary says in its
        definitions what its labels leave unsaid;
        its words cover nothing, as a definition names the things it relates too ("links
        a *legal person* to the *jurisdiction*..."), and the best phrase's prepositions stay."""
        # the hop is said by whichever of its phrases the question supports best (a relation
        # walked twice, out to a sibling and back, "the publisher's other books", is said
        # once, supported once)
        cover: np.ndarray | None = None
        best, best_preps = -1.0, frozenset[str]()
        owner = -1.0  # how well this hop says the noun owned by the entity (owner_noun)
        # its own phrase, its declared inverse's, its other names (PathQuery.readings)
        for text in (phrase, *((inverse,) if inverse else ()), *synonyms):
            sup, p_preps, p_cover = c.phrase.get(text) or self._phrase(c, text)
            if p_cover is not None:
                cover = p_cover if cover is None else np.maximum(cover, p_cover)
                if c.owner is not None:  # (any word of the noun's phrase, as the first
                    # hop's is read: "*parent* company", a later hop's ``parent organization``)
                    owner = max(owner, *(float(p_cover[i]) for i in {c.owner, *c.owned}))
            if sup > best:
                best, best_preps = sup, p_preps
        if forward and cover is not None and (doers := doers_asked(c, phrase)) is not None:
            cover = np.where(doers, 0.0, cover).astype(cover.dtype)
        if definition and self.config.described > 0 and c.question.words:
            said = description_said(self.similarity, c.question.asked, definition)
            best = max(best, self.config.described * said)
        # one entity's word order, or a first entity's whose partner ("X ... *with* Y") stands
        # to the answer as it does
        one = len(c.question.spans) == 1 or coordinated_with(c.question)
        vote = self._hop_vote(c, phrase, inverse, forward, first) if one else None
        return cover, owner, best, best_preps, vote

    def _said(self, c: PerQuestion, phrase: str) -> float:
        """How well the question, its entities left out, says a relation phrase as a whole
        (the encoder's sentence cosine, rescaled above its unrelated-words floor): "how many
        people live in X" and ``population total``, where no single word matches."""
        return self.similarity.related(c.question.asked, phrase)

    def _phrase(
        self, c: PerQuestion, phrase: str
    ) -> tuple[float, frozenset[str], np.ndarray | None]:
        """A relation phrase's support (the better of its words' and its whole meaning's),
        its prepositions, and the best match of its words to each question word."""
        content, p_preps = phrase_parts(phrase)
        cover, sup = None, 0.0
        if content and c.question.words:
            vecs = [c.to_words[w] for w in content]
            whole = compound_noun(content)
            if whole is not None:  # a compound noun meets its other names whole ("postcode")
                vecs = [np.maximum(v, c.to_words[whole]) for v in vecs]
            # an acronym meets the words whose initials it spells ("HDI", "human development
            # index"): as its own word would (none in most phrases: an empty answer, cached)
            for w, hits in acronym_words(c.question, phrase).items():
                for k in (k for k, x in enumerate(content) if x == w):
                    vecs[k] = vecs[k].copy()
                    vecs[k][sorted(hits)] = 1.0
            if len(vecs) == 1:  # (the mean of one word's best: that best, as NumPy's)
                words, cover = float(vecs[0].max()), vecs[0]
            else:  # the mean of the words' bests (float32, as of a list of them), their maxima
                matrix = np.array(vecs)
                words, cover = float(matrix.max(axis=1).mean()), matrix.max(axis=0)
            sup = max(words, self._said(c, phrase))
        out = c.phrase[phrase] = (sup, p_preps, cover)
        return out
