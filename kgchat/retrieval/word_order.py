"""Which way a question's word order walks a relation: the word-order part of the untrained
path scorer (:class:`~kgchat.retrieval.scoring.HeuristicPathScorer`, a mixin of it).

A verb relation said before the entity ("what *treats* X") is walked backwards from it, after it
("what does X *treat*") forwards, a passive the other way round; an agent noun reads as its verb
(``advisor``: "is advised by"); a phrase ending in its own preposition (``part of``) by where the
entity stands beside it; a noun said as the entity's ("the daughter of X") names the hop taken
first. Each hop votes +1 (agrees), -1 (walked against) or not at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from kgchat.retrieval.converse_verbs import converse_direction
from kgchat.retrieval.do_support import do_direction
from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.phrasal_verbs import particle_direction
from kgchat.retrieval.phrases import (
    chain_noun_direction,
    expected_direction,
    noun_direction,
    noun_verb,
    phrase_parts,
    phrase_verb,
    preposition_direction,
    stative_phrase,
)
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.role_nouns import owner_walk, subject_role
from kgchat.text import PREPOSITIONS, tokens

if TYPE_CHECKING:
    from kgchat.retrieval.per_question import PerQuestion

__all__ = ["WordOrder"]


def _particle_order(q: QuestionInfo, text: str) -> bool | None:
    """Whether the question walks a verb relation ``text`` forwards by where it puts the
    relation's final preposition after another verb
    (:func:`~kgchat.retrieval.phrasal_verbs.particle_direction`: "What does X *empty
    into*?" over ``flows into``); None where it does not say so. The verb's meaning is
    not asked: the word matcher leaves "empty" unsaid by ``flows into`` (0.0), and a
    relation that means another verb is read against its own direction only where the
    question puts that relation's preposition as well."""
    read = particle_direction(q, text)
    return None if read is None else read[1]


# a word matched below this by every part of a path is one the path leaves unsaid
_UNSAID = 0.3


class WordOrder:
    """Word-order votes of a path's hops (a mixin: the scorer using it sets ``_verbs``, a
    phrase -> (verb, passive) cache, and ``similarity`` with an optional WordNet ``lexicon``,
    and prepares a question's per-question caches with ``_prepare``)."""

    _verbs: dict[str, tuple[str, bool] | None]
    similarity: Any
    _prepare: Any
    _path_hops: Any
    _phrase: Any

    def passive_order(self, question: QuestionInfo, path: PathQuery) -> float:
        """Mean word-order agreement (+1/-1) of the path's hops read as *passive* verbs
        (``was influenced by``, ``directed by``) or as agent nouns (``director``, ``is
        successor of``); 0 without one. A passive names its agent, so its direction is the
        phrase's own: "Who was X influenced by?" walked backwards over ``was influenced by``
        reaches those X influenced, an answer to another question; so does an agent noun's:
        "Who succeeded X?" walked forwards over ``X is successor of Y`` reaches X's
        predecessor. An active verb may be reciprocal (``interacts with``, stated one way)
        and is not counted. The votes are the ones the scorer keeps for the path's
        word-order component (``HeuristicPathScorer._hops``)."""
        if not path.pattern:
            return 0.0
        c = self._prepare(question, [path])
        votes = [vote for vote, passive in self._path_hops(c, path)[3] if passive]
        return sum(votes) / len(votes) if votes else 0.0

    def word_cover(self, question: QuestionInfo, path: PathQuery) -> np.ndarray | None:
        """The best match of the path's relation words to each of ``question.words`` (None:
        a path of no hop, or no words): what the scorer's coverage reads of it, kept per
        question (:mod:`~kgchat.retrieval.joint_roles` asks it of a joint answer's paths)."""
        if not path.pattern:
            return None
        c = self._prepare(question, [path])
        return self._path_hops(c, path)[0]

    def _hop_vote(
        self, c: PerQuestion, phrase: str, inverse: str, forward: bool, first: bool
    ) -> tuple[float, bool] | None:
        """One hop's agreement with the word order (+1/-1, and whether the hop was read as a
        passive verb or an agent noun, a reading with a direction of its own; None: no cue —
        no verb and no final preposition, the verb said on both sides, a symmetric
        relation). A hop is read by its own phrase, else by its declared
        inverse's, walked the other way; ``first``: the hop at the entity."""
        if inverse == phrase:
            return None  # a symmetric relation (its own inverse) reads alike both ways
        readings = ((phrase, forward), (inverse, not forward))
        for text, walked in readings:
            verb = self._verb(text) if text else None
            if verb is None:
                continue
            voiced = (*verb, stative_phrase(text))
            if voiced not in c.order:
                c.order[voiced] = expected_direction(c.question, *voiced)
            want = c.order[voiced]
            if want is not None:
                # an agent noun ("is *successor* of", "director": no verb's inflection) has
                # a direction of its own, as a passive has: X's successor is not X's
                # predecessor, where an active verb may be reciprocal and stated one way
                return (1.0 if want == walked else -1.0, verb[1] or phrase_verb(text) is None)
        # no verb says it: a phrase ending in its own preposition ("part of") is walked as
        # the word order puts the entity before or after it; else a noun said as the
        # entity's ("the *narrower concepts* of X", "X's *parent*") names what the entity
        # has, its hop walked forwards. Either speaks of the hop at the entity only, and only
        # against a walk the other way: agreeing, the hop every longer path from the entity
        # shares would outvote what their later hops say
        for tag, direction in (("", preposition_direction), ("\0", noun_direction)):
            for text, walked in readings if first else ():
                key = tag + text  # one cache, a question of the phrase each
                if key not in c.prep_order:
                    c.prep_order[key] = direction(c.question, text) if text else None
                want = c.prep_order[key]
                if want is not None:
                    return None if want == walked else (-1.0, False)
        # a verb relation ending in its preposition, said by another verb the relation's
        # words mean, with that preposition ("What does X *empty into*?" over ``flows
        # into``): the preposition's place names its object, as the verb's own would; an
        # active verb relation said by another, transitive verb under do-support ("What
        # does the cart *call*?" over ``depends on``): the entity is its subject; a verb
        # relation said by its converse verb ("What stage *follows* X?" over ``preceded
        # by``): that verb's word order, the other way round
        for tag, read in (
            ("\2", _particle_order),
            ("\3", do_direction),
            ("\4", converse_direction),
        ):
            for text, walked in readings if first else ():
                key = tag + text
                if key not in c.prep_order:
                    c.prep_order[key] = read(c.question, text) if text else None
                if c.prep_order[key] is not None:
                    return None if c.prep_order[key] == walked else (-1.0, False)
        # a later hop: a noun said right before "of [the] <words>" owns what the hops before
        # reached ("the *parent company* of the studio that made X"), walked forwards
        for text, walked in readings if not first else ():
            key = "\1" + text
            if key not in c.prep_order:
                c.prep_order[key] = chain_noun_direction(c.question, text) if text else None
            if c.prep_order[key] is not None:
                return None if c.prep_order[key] == walked else (-1.0, False)
        return self._said_noun_vote(c, readings) if first and c.said_noun is not None else None

    def _said_noun_vote(
        self, c: PerQuestion, readings: tuple[tuple[str, bool], ...]
    ) -> tuple[float, bool] | None:
        """The vote of a noun said of the entity in other words than the relation's own
        ("X's *dad*", "the *kids* of X", "whose *mum* was X": ``c.said_noun``), where the
        literal reading (:func:`~kgchat.retrieval.phrases.noun_direction`) found none: of the
        hop's noun readings (its own phrase walked as walked, its declared inverse's the
        other way; not a verb's, nor one ending in a preposition but a subject's role's,
        ``child of``), the one that says that
        noun best (its words' match to it, as the hop's support reads them; above nothing)
        is walked forwards when the entity owns the noun, backwards when the entity is its
        value; a walk the other way gets a vote against (-1), an agreeing one none (as the
        literal reading's). "Who was X's dad?" had tied X's father with X's son over
        ``has father``, "the kids of X" X's children with X's parent over ``has child``."""
        assert c.said_noun is not None
        at, owned = c.said_noun
        # the noun with the words that qualify it ("the *narrower* terms of X": a relation
        # named ``has narrower concept`` one way and ``has broader concept`` the other says
        # "terms" alike both ways, and its direction by "narrower" alone)
        said = c.owned if owned and at in c.owned else (at,)
        noun = c.question.words[at]
        best, chosen, tied = 0.0, None, False
        for text, forward in readings:
            words = tokens(text)
            final = bool(words) and words[-1] in PREPOSITIONS
            role = subject_role(text) if final else ""
            if not words or (final and not role) or phrase_verb(text) is not None:
                continue
            # a relation named by its subject's role ("X *child of* Y") is owned by its
            # object: "the kids of Y" walk it backwards from Y (:func:`owner_walk`)
            walked = owner_walk(role, forward, noun)
            if walked is None:
                continue
            cover = (c.phrase.get(text) or self._phrase(c, text))[2]
            if cover is None or self._other_kind(c, text, cover, said, at):
                continue
            if self._said_in_part(c, text, cover, said, at):
                continue
            value = sum(float(cover[i]) for i in said)
            if value > best + 1e-6:
                best, chosen, tied = value, walked, False
            elif chosen is not None and abs(value - best) <= 1e-6 and walked != chosen:
                tied = True  # both readings say it alike: the noun names no direction
        return None if chosen is None or tied or chosen == owned else (-1.0, False)

    @staticmethod
    def _said_in_part(
        c: PerQuestion, text: str, cover: np.ndarray, said: tuple[int, ...], at: int
    ) -> bool:
        """Whether a relation phrase says the head of the question's noun phrase (``said``,
        its words' indices; ``at``, its head's) and not the whole of it: the head met at
        :data:`_UNSAID` or more (``cover``: the phrase's best match to each question word),
        and another of its words, or a content word of the phrase, meeting nothing so. Such a
        phrase names another kind of the noun, its converse as often as not: ``has
        subclass`` says the "class" of "the *parent class* of X" and not its "parent",
        ``parent country`` the "states" of "the states of X" (0.39) and not its own
        "parent"; read as saying the noun, each voted the walk that answers against itself.
        A phrase that says nothing of the noun keeps the vote a noun walked backwards gets
        (``medication request subject`` and "X's *blood type*": no walk to it answers)."""
        if float(cover[at]) < _UNSAID:
            return False
        if min(float(cover[i]) for i in said) < _UNSAID:
            return True
        content = phrase_parts(text)[0]
        return any(max(float(c.to_words[w][i]) for i in said) < _UNSAID for w in content)

    def _other_kind(
        self, c: PerQuestion, text: str, cover: np.ndarray, said: tuple[int, ...], at: int
    ) -> bool:
        """Whether a relation phrase names another kind of the question's noun than its
        phrase does: both qualify their heads (``said``, the question's noun phrase, its
        head at ``at``), and neither's modifiers say any word of the other (below
        :data:`_UNSAID`: ``sub organization`` and "the *parent* company of X", both an
        organization, the one a part of the other), and the relation says the question's
        head (``organization``, "company"; ``medication request subject`` says nothing of
        "blood *type*": no kind of it). Met by its head alone, the relation says no
        direction of the question's noun: ``subOrganization`` walked backwards from X
        reaches X's parent, as ``parentOrganization`` walked forwards does."""
        asked = [i for i in said if i != at]
        content = phrase_parts(text)[0]
        if not asked or len(content) < 2 or max(float(cover[i]) for i in asked) >= _UNSAID:
            return False
        if float(cover[at]) < _UNSAID:
            return False
        words = [c.question.words[i] for i in said]
        return float(self.similarity.words(list(content[:-1]), words).max()) < _UNSAID

    def _owner_order(
        self,
        c: PerQuestion,
        path: PathQuery,
        order: float,
        cover: np.ndarray | None,
        types: np.ndarray | None,
    ) -> float:
        """A one-hop path's word-order agreement with the owner noun's vote added: "the
        <noun> of X" or "X's <noun>" (:func:`~kgchat.retrieval.owner_phrases.owner_phrase`, the
        noun's phrase: "the *parent company* of X") names the node one hop from X, which a
        one-hop path answers with. Where the hop says another question word better than
        any word of that phrase, and the answer's type words do not say one as well either,
        the phrase names a node the path never passes ("Who *founded* the parent company of
        X?": X's founder is reached by one hop, the company's by two), and the path gets a
        vote against (-1), beside its other hops' votes (``order``, their mean). So does a
        hop that says the phrase while another question word is said neither by it nor by
        the answer's type words (below ``_UNSAID``): the phrase names a node on the way,
        and what the question asks of it lies beyond ("Which films did the *director* of X
        also *make*?": the director's films, not the director). Otherwise ``order`` as it
        is. A type word of the question is no other word ("Which *city* is the capital of
        X?": the capital answers it)."""
        owned = c.owned
        if cover is None or not owned:
            return order
        said = max(float(cover[i]) for i in owned)
        rest = [i for i in range(len(cover)) if i not in owned and not c.type_words[i]]
        if not rest:
            return order
        best = max(float(cover[i]) for i in rest)
        if best > said:  # another word said better: the phrase's node is never passed
            against = types is None or max(float(types[i]) for i in owned) < best
        else:  # the phrase said, another word by nothing: its node is passed
            against = said >= 1.0 - _UNSAID and any(
                cover[i] < _UNSAID and (types is None or types[i] < _UNSAID) for i in rest
            )
        if not against:
            return order
        votes = self._path_hops(c, path)[3]
        return (order * len(votes) - 1.0) / (len(votes) + 1)

    def _chain_vote(
        self, c: PerQuestion, head: np.ndarray | None, owner: float
    ) -> tuple[float, bool] | None:
        """A later hop's vote on a chain's order: "the <noun> of X" names the hop taken
        first (:func:`~kgchat.retrieval.owner_phrases.owner_noun`), so a later hop saying that noun
        better (``owner``: its best match to it) than the first hop does (``head``: its
        words' best match to each question word) walks the chain the other way round
        ("married to the *daughter* of X": X's daughter's spouse, not X's spouse's
        daughter): -1; None otherwise. The first hop says the noun where it says any word
        of the noun's phrase (:func:`~kgchat.retrieval.owner_phrases.owner_phrase`) as well:
        "the filing date of the *priority* application of X" names X's ``priority`` first,
        whose node is the application, though ``filing date`` is nearer "application"."""
        if head is None:
            return None
        said = max(float(head[i]) for i in {c.owner, *c.owned})
        return (-1.0, False) if owner > said else None

    def _noun_walked_back(
        self, chained: tuple[float, bool] | None, hop: tuple[Any, ...]
    ) -> tuple[float, bool] | None:
        """The chain's vote ``chained`` (:meth:`_chain_vote`, read once by the caller) of a
        later hop (``hop``: its phrase, declared inverse, other names, definition, direction,
        whether first) over a relation named by a noun phrase
        (no verb's inflection, no final preposition, no declared inverse) walked backwards:
        its noun names the node the walk came from, not the one it reaches, and where the
        question says that noun of X ("the *parent* company of X"), a walk back over
        ``parent organization`` reaches a node whose parent X's parent is, a sibling; None
        for any other hop (a verb's, "was death *of*", is read by its own order)."""
        phrase, inverse, _, _, forward, _ = hop
        words = tokens(phrase)
        if forward or inverse or not words or words[-1] in PREPOSITIONS:
            return None
        return None if phrase_verb(phrase) is not None else chained

    def _verb(self, phrase: str) -> tuple[str, bool] | None:
        """A phrase's verb and voice (:func:`phrase_verb`), else its agent noun's verb."""
        if phrase in self._verbs:
            return self._verbs[phrase]
        found = phrase_verb(phrase)
        agent = getattr(self.similarity.lexicon, "agent_verb", None)
        if found is None and agent is not None:
            found = noun_verb(phrase, agent)
        self._verbs[phrase] = found
        return found
