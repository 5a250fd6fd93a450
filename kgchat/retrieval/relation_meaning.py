"""The sentence encoder's readings of how well a path says the question (split from
:mod:`kgchat.retrieval.relation_match`, whose :class:`~kgchat.retrieval.relation_match.
RelationMatch` judge takes the best of them and of the words' reading): the cosine of the
question without its entities and the path's relation phrases, said otherwise too, and the
learned matchers' (:meth:`EncoderReadings._judged`); the relations' own descriptions
(:meth:`EncoderReadings._defined`); and the encoder's own choice among the paths offered
(:meth:`EncoderReadings._chosen`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kgchat.retrieval.commonest_meaning import said_commonly
from kgchat.retrieval.descriptions import description_parts
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.scoring import PathQuery

if TYPE_CHECKING:
    from kgchat.retrieval.scoring import HeuristicPathScorer

__all__ = ["EncoderReadings"]

# a link of a chain a hop says (the match of its words to the link's): the judge's "said"
# (junction_words.SAID, the same 0.5, which imports relation_match)
_LINK_SAID = 0.5


class EncoderReadings:
    """The encoder's readings of :class:`~kgchat.retrieval.relation_match.RelationMatch` (a
    base of it: its ``scorer`` and its learned matchers, ``learned``)."""

    scorer: HeuristicPathScorer
    learned: Any  # () -> the learned relation matchers (RelationMatch.learned)

    def _judged(self, question: QuestionInfo, path: PathQuery, lexical: float) -> float:
        meaning = 0.0
        # a word read as a chain of relations ("grandmother", ``mother`` of a parent) is
        # said by the walk's words only (the coverage reads the chain, hop by hop): the
        # question's sentence means its one word, near each link's ("mother") alone
        if question.chain_places and not self.scorer.chains_walked(question, path, _LINK_SAID):
            return 0.0  # a chain of relations asked, a link of it not walked
        if path.phrases and question.words and not question.chain_places:
            # rescaled above the cosine of unrelated words for this encoder, as word matches
            # are ("when did X die" and "birth date" are 0.33 apart in MiniLM: unrelated)
            # (and as the graph says it otherwise: a hop by its inverse's or other names)
            text, otherwise = path.said(), path.said_otherwise()
            self.scorer.similarity.prefetch([question.asked, text, *otherwise])  # one pass
            sim = self.scorer.similarity
            meaning = max(sim.related(question.asked, t) for t in [text, *otherwise])
            matchers = self.learned()
            if matchers:
                asked, said = sim.embed(question.asked), sim.embed(text)
                meaning = max(meaning, *(m.reading(asked, said) for m in matchers))
            meaning = max(meaning, self._defined(question, path))
            # a relation word in its commonest meaning, the question's in one of its own
            meaning = max(meaning, said_commonly(sim, question, path))
        return float(min(1.0, max(0.0, lexical, meaning)))

    def _defined(self, question: QuestionInfo, path: PathQuery) -> float:
        """How well the path's relations' own descriptions say the question (the scorer's
        ``described`` weight times the encoder's rescaled cosine; 0 where no hop has one):
        each hop said by its description where it has one, by its phrase otherwise, as the
        scorer's hop support reads them (:meth:`~kgchat.retrieval.hop_support.HopSupport.
        _hop`); or, where that is higher, by one hop's description alone. A description is a
        sentence, and the other hops' labels joined to it dilute what it says: "Who won the
        Northfield seat in 2019?" is said by ``elected in``'s "A person won the constituency's
        seat" (0.51) and not by it followed by ``since member of member of`` (under the
        encoder's unrelated floor); what the other hops add is the middle-hop ceiling's to
        judge (:meth:`~kgchat.retrieval.middle_hops.MiddleHops._middles_said`). So, within
        one description, does its other clause: ``closing date``'s "The date of the latest
        coin in a hoard, taken as the date of its burial." says "When was X buried?" by its
        second clause (0.44), not whole (0.19): each clause is read alone too
        (:func:`~kgchat.retrieval.descriptions.description_parts`)."""
        weight = self.scorer.config.described
        if not path.definitions or weight <= 0:
            return 0.0
        text = " ".join(d or p for d, p in zip(path.definitions, path.phrases, strict=True))
        own = [d for d in dict.fromkeys(path.definitions) if d and d != text]
        own += [c for d in path.definitions if d for c in description_parts(d) if c not in own]
        sim = self.scorer.similarity
        sim.prefetch([question.asked, text, *own])  # one forward pass
        return weight * max(sim.related(question.asked, t) for t in [text, *own])

    def _chosen(
        self,
        question: QuestionInfo,
        path: PathQuery,
        alternatives: Sequence[PathQuery],
        least: float = 0.0,
    ) -> float:
        """The encoder's own choice: the cosine between the question, its entities left out,
        and ``path``'s relation phrases, where that is above the encoder's unrelated floor and
        above the cosine of every alternative (0 otherwise, and without alternatives: a
        choice needs something to choose from). A relation said by a word the encoder places
        only loosely ("who *runs* X" and ``ceo``: 0.36) is still the one it would pick among
        those the graph offers (``founded by`` 0.25), which is how people's synonyms look;
        a question the graph cannot answer rarely has its best-scored path also the
        encoder's pick, above the floor.

        A cosine no higher than ``least`` (what the path is judged already) raises nothing:
        0 then, without embedding the alternatives (one forward pass saved, most questions)."""
        sim = self.scorer.similarity
        floor = sim.floor()
        text = path.said()
        others = {a.said() for a in alternatives if a.phrases} - {text}
        if floor >= 1.0 or not question.words or not text or not others:
            return 0.0
        sim.prefetch([question.asked, text])
        asked = sim.embed(question.asked)
        cos = float(asked @ sim.embed(text))
        if cos < floor or cos <= least:
            return 0.0
        sim.prefetch(sorted(others))
        if any(float(asked @ sim.embed(o)) >= cos for o in others):
            return 0.0
        return cos
