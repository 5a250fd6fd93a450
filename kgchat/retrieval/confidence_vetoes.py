"""The hard checks of the retriever's confidence (split from
:mod:`kgchat.retrieval.confidence`, which reads the judgement they may veto): each of the
checks below, where it holds, zeroes the judgement of an answer's walks (a hub walked out and
back, a value many hold, a year or a name the walk does not meet) or of the answer itself
(a truth value, a text for a date, an uncounted figure, an owner phrase, a node short of the
type named).

``bench/confidence_causes.py`` reads the checks from this code (each veto its own ``return
False``), so a check added here is traced with no list to keep up.
"""

from __future__ import annotations

from typing import Any

from kgchat.retrieval.asked_elsewhere import asked_elsewhere, asked_of_rival
from kgchat.retrieval.counted import uncounted
from kgchat.retrieval.dated_walk import dated_otherwise, year_bounds, year_unmet
from kgchat.retrieval.forms import truth_value
from kgchat.retrieval.hub_walks import met_at_held_value, through_hub
from kgchat.retrieval.in_year import year_said_apart
from kgchat.retrieval.name_unmet import name_unmet, unlinked_names
from kgchat.retrieval.owner_phrases import owner_governed, owner_noun, owner_phrase
from kgchat.retrieval.past_time import undated_past
from kgchat.retrieval.peer_relations import ELSEWHERE, peer_relation_words, rival_relations
from kgchat.retrieval.phrases import phrase_parts
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import had_noun, is_yes_no
from kgchat.retrieval.relation_heads import head_and_modifiers
from kgchat.retrieval.results import Path
from kgchat.retrieval.short_of_type import short_of_type
from kgchat.retrieval.time_nodes import timeless_thing
from kgchat.retrieval.values import asks_time_only, written_time
from kgchat.retrieval.walk_checks import WalkChecks

__all__ = ["ConfidenceVetoes"]


class ConfidenceVetoes(WalkChecks):
    """The vetoes of :meth:`~kgchat.retrieval.confidence.AnswerConfidence._judged_top` (a
    mixin of :class:`~kgchat.retrieval.Retriever`, under
    :class:`~kgchat.retrieval.confidence.AnswerConfidence`)."""

    edges: Any
    held_word: Any  # (HeldWords's)
    phrase: Any  # (GraphReading's)
    relation_head: Any  # (GraphReading's, read by relation_heads)
    _rivals_kept: dict[tuple[str, str], tuple[str, ...]]  # (GraphReading's)

    def _walk_passes(self, q: QuestionInfo, node: str, walked: list[Path], joint: bool) -> bool:
        """Whether the ``walked`` paths of an answer pass every hard check of a walk (each
        False below is a veto: the judgement is 0; ``joint``: one path from each of several
        mentions)."""
        if not joint and through_hub(self.kg, walked[0], said=self._way_back_said(q)):
            # "What is the top-level family of Afrikaans?" out to its parent's level
            # ``family`` and back to any other family: a value many share reaches a peer
            # of X, not X's own value, unless the question says the way back as well
            # (kgchat.retrieval.hub_walks)
            return False
        if joint and self.is_literal(node) and met_at_held_value(self.kg, walked):
            # "What medications is X on?" answered by the status "active": X's request and
            # the other mention's each hold it, as most requests do; a value many hold, met
            # by two holders and no nearer, joins the mentions as it would any two holders
            # (kgchat.retrieval.hub_walks)
            return False
        if not joint and self._held_value_unsaid(q, walked[0]):
            # "What medications is X on?" answered by the status "active" of X's medication
            # request: a value many hold says only what its relation says, and no question
            # word left by the hops before names that relation
            return False
        year = year_said_apart(q.tokens, q.spans)  # (a year inside a name is the entity's)
        if year is not None and dated_otherwise(self, year, walked):
            # "How much did Drax generate in 2023?" over Drax's 2021 generation record: a
            # record dated otherwise answers another year's question (kgchat.retrieval.dated_walk)
            return False
        if year is not None and not year_bounds(q.tokens, year) and year_unmet(self, year, walked):
            # "What was Nokia's revenue in 1995?" over its one undated revenue: nothing on
            # or beside the walk speaks of the year asked (kgchat.retrieval.dated_walk)
            return False
        names = unlinked_names(q.text, q.tokens, q.in_mentions, self.held_word)
        # (each veto its own "return False": bench/confidence_causes reads them as checks)
        if names and name_unmet(self, names, walked):  # noqa: SIM103
            # "Who recorded the otter in the Oderbruch?" over any otter's record: a name
            # nothing links nor the walk meets qualifies what it answers (name_unmet)
            return False
        return True

    def _answer_passes(self, q: QuestionInfo, node: str, walked: list[Path], joint: bool) -> bool:
        """Whether the answer ``node`` passes every hard check of what answers the question's
        form (each False below is a veto: the judgement is 0)."""
        label = self.kg.label(node)
        if q.named_type and truth_value(node) is not None and not is_yes_no(q.text):
            # a truth value says whether, never which ("What alliance ...?": no ``codeshare`` true)
            return False
        timed = asks_time_only(q.answer_type)  # (a node's kinds are read only for a time)
        if timed and self.is_literal(node) and not written_time(label):
            # "When was specimen X identified?" answered by its identifier's name "Sandoval,
            # M.": a text with no figure is no date, however well its relation is said
            return False
        if undated_past(q.tokens, q.answer_type, node, self.is_literal(node)):
            # "When was the Milford Track opened?" answered by its opening hours: a past
            # event is dated by the calendar, and a schedule states no date (past_time)
            return False
        if (
            timed
            and not self.is_literal(node)
            and timeless_thing(q.answer_type, self.kinds_of(node), label)
        ):
            # "How old are the rocks that host Boulby Mine?" answered by the rock, a
            # Formation: a thing no kind of which is a time answers no "when" (time_nodes)
            return False
        if uncounted(q.tokens, node, self.is_literal(node)):
            # "How many cannons did the French have?" answered by a coordinate, 35.8187: a
            # count of things is a whole number (counted)
            return False
        if not joint and owner_governed(q) and self._owner_reached(q, walked[0]):
            # "Which company did the founder of X study at?" answered by the founder: what
            # the question asks of the thing its phrase names is at least a hop beyond it
            return False
        if not joint and self._owned_of_peers(q, node, walked[0]):
            # "What is the capacity of Huxleys?" answered by its city: the venue's peers are
            # stated with a capacity, and the walk that answered says none (asked_elsewhere)
            return False
        if not joint and self._asked_of_rival(q, node, walked[0]):
            # "Who owns Liffey Gate?" answered by its founder: other breweries state an
            # ``owned by`` beside their ``founded by``, this one none (asked_elsewhere)
            return False
        if short_of_type(self, node, walked, q.named_type):  # noqa: SIM103 (as above)
            # "What correction was made to the fact-check ...?" answered by the fact-check
            return False  # (kgchat.retrieval.short_of_type)
        return True

    def _asked_of_rival(self, q: QuestionInfo, node: str, path: Path) -> bool:
        """Whether a word of ``q`` the one-hop walk ``path`` does not say is said by a
        relation the walk's start's peers state beside the one walked and the start lacks
        (:func:`~kgchat.retrieval.asked_elsewhere.asked_of_rival`)."""
        # (one hop walked forwards, the start's own attribute: a walk on from a middle
        # answers a question of that middle, and a hop walked back is another node's)
        if len(path.pattern) != 1 or not path.pattern[0][1] or self.is_literal(path.start):
            return False
        predicate = path.pattern[0][0]
        rivals = rival_relations(self.kg, path.start, predicate, kept=self._rivals_kept)
        if not rivals or not q.words:
            return False
        words, kinds = self._walk_words(node, path)
        asked = q.words
        if q.named_type and kinds and self.judge.meets(kinds, q.named_type) >= 1.0:
            # an answer of the type named ("which skill *group*": a group) says the type's
            # words, its modifiers among them: they qualify what it is, not how it relates
            asked = [w for w in asked if w not in q.named_type]
        said = [
            [w for w in phrase_parts(self.phrase(r))[0] if w.isalpha()]
            for r in rivals
            if self._head_asked(q, r)
        ]
        return asked_of_rival(self.judge.meets, asked, words, kinds, said) is not None

    def _head_asked(self, q: QuestionInfo, predicate: str) -> bool:
        """Whether ``q`` says the head noun of ``predicate``'s name (what its object is),
        or the name has none (a verb's, "owned by"): a rival named for another kind of thing
        shares a modifier only ("the *original* language" and an ``original
        choreographer``), and is no reading of the question."""
        head, _ = head_and_modifiers(self, predicate)
        return not head or self.judge.meets(q.words, [head]) >= ELSEWHERE

    def _owned_of_peers(self, q: QuestionInfo, node: str, path: Path) -> bool:
        """Whether the noun ``q`` says its entity owns names a relation the walk's start's
        peers are stated with, which ``path`` (the answer's walk, one hop) does not say and
        ``node`` is no thing of (:func:`~kgchat.retrieval.asked_elsewhere.asked_elsewhere`)."""
        at = owner_noun(q)
        at = had_noun(q) if at is None else at
        # (read of a one-hop walk only, the entity's own relation: a walk on from a middle
        # answers a question of that middle, "What country is *the penciller of X* from?"
        # over X's credit, its creator and the creator's nationality)
        if at is None or len(path.pattern) != 1 or self.is_literal(path.start):
            return False
        words, kinds = self._walk_words(node, path)
        peers = peer_relation_words(self, path.start)
        phrase = [q.words[i] for i in owner_phrase(q)]
        return asked_elsewhere(self.judge.meets, q.words[at], words, kinds, peers, phrase)

    def _walk_words(self, node: str, path: Path) -> tuple[list[str], Any]:
        """The words ``path``'s relations say (their phrases, inverses and synonyms) and the
        kinds of its answer ``node`` (none for a value): what the two peer checks read of
        the walk that answered."""
        query = self.query(path.pattern, ())
        phrases = (*query.phrases, *query.inverses, *(s for ss in query.synonyms for s in ss))
        words = [w for ph in phrases if ph for w in phrase_parts(ph)[0]]
        return words, () if self.is_literal(node) else self.kinds_of(node)
