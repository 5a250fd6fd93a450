"""Readings of a walk's middle that no word of the question says (a mixin under
:class:`~kgchat.retrieval.middle_hops.MiddleHops`): a node that stands for the answer (named
after it), a chain of unnamed records ending at a said hop, the only value of a relation, a
post that stands for its holder, a last hop said by the wh-word alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kgchat.lower_names import name_head
from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.junction_words import SAID, JunctionWords
from kgchat.retrieval.owner_phrases import owner_asked_of
from kgchat.retrieval.peer_relations import held_by_peers, holds
from kgchat.retrieval.phrases import phrase_parts
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import how_word
from kgchat.retrieval.results import Path
from kgchat.retrieval.walk import turns_back
from kgchat.text import PREPOSITIONS, stem, tokens

__all__ = ["MiddleReadings"]


class MiddleReadings(JunctionWords):
    """What says a walk's middle hops besides the question's words (the readings
    :class:`~kgchat.retrieval.middle_hops.MiddleHops` passes a hop by)."""

    query: Any
    is_literal: Any
    named_after: Any
    edges: Any
    _peer_held_kept: dict[tuple[str, str, bool], bool]  # GraphReading._renew_caches'

    def _stands_for_answer(self, q: QuestionInfo, path: Path, j: int) -> bool:
        """Whether the walk's node ``j``, the last before the answer, stands for the answer:
        it is named after it (:meth:`~kgchat.retrieval.unnamed_nodes.UnnamedNodes.named_after`:
        a CPE entry "Apache Log4j 2.0.1" of its product "Apache Log4j", or of its vendor
        "apache"), and the question says the hop from it to the answer ("which *vendors*"
        over ``has vendor``). A walk out of an unnamed junction (a CVE's vulnerable
        configuration) to such a form reaches the answer by it, and the junction is said as
        a chain ending at the answer is: by the answer being the type the question names. A
        node named after the answer but joined to it by a relation the question does not
        say (a "Paris Observatory" ``located in`` Paris, for "Which city was X born in?")
        stands for no answer."""
        if j + 2 != len(path.nodes) or self.anonymous(path.nodes[j]):
            return False
        if not self.named_after(path.nodes[-1], path.nodes[j]):
            return False
        rel, fwd = path.pattern[-1]
        if rel in NO_RELATION:
            return False
        said = self.judge.scorer.components(q, [self.query(((rel, fwd),), ())])[0, 1]
        return float(said) >= SAID

    def _chain_end_said(self, path: Path, j: int, support: Any) -> float:
        """The ``support`` of ``path``'s last hop where the nodes from its ``j - 1``-th on are
        unnamed records up to the answer, if it says that hop (:data:`SAID` or more); else 0."""
        while j + 1 < len(path.nodes) and self.anonymous(path.nodes[j]):
            j += 1
        if j + 1 != len(path.nodes):
            return 0.0
        end = float(support(*path.pattern[j - 1]))
        return end if end >= SAID else 0.0

    def _only_value(self, q: QuestionInfo, path: Path) -> bool:
        """Whether a two-hop walk's middle node is said by the question's structure alone:
        the node the question names has one value of the first hop's relation and none of
        the last hop's, and every word the question asks with (less its type and a how-word)
        is a word of the last hop. "Who designed *Les Aventuriers du Rail*?" over the
        edition's one ``edition of`` to the game and its ``designer``: what the question asks
        is said, of the one thing the edition leads to by that relation, and the edition has
        no designer of its own. So where the last hop's relation is a compound headed by the
        type the question asks (:meth:`_type_headed`) and each word the question asks with
        besides is said by a hop of the walk (:meth:`_rest_said`; none is left in "Which
        *channel* is Le Stoemp on?" over the episode's one series to its ``related
        publication channel``): the relation is named for what is asked. A question word no
        hop says ("How *old* is X?" over X's one paper to its year: "old" is the type a
        how-word asks, and no word of its own is left; "Which city was X *born* in?" over X's
        one employer to its ``headquarters city``) leaves the middle unsaid."""
        if len(path.pattern) != 2 or self.anonymous(path.nodes[1]):
            return False
        (rel, fwd), (last, lfwd) = path.pattern
        if rel in NO_RELATION or last in NO_RELATION or turns_back((rel, fwd), (last, lfwd)):
            return False
        how = how_word(q)
        asked = {stem(w) for w in q.answer_type}
        words = [w for w in q.words if w != how and stem(w) not in asked]
        last_query = self.query(((last, lfwd),), ())
        hop = [w for ph in last_query.phrases for w in phrase_parts(ph)[0]]
        if not hop or not (
            (words and self._every_word_said(words, hop))
            or (self._type_headed(q, hop) and self._rest_said(words, path))
        ):
            return False
        start = path.nodes[0]
        values = 0
        for e in self.kg.neighbors(start, limit=512):
            if e.predicate == last and e.forward == lfwd:
                return False  # the question's relation is the start's own
            values += e.predicate == rel and e.forward == fwd
        if values != 1:
            return False
        return self._middle_named(q) or not self._peer_held(start, (last, lfwd))

    def _middle_named(self, q: QuestionInfo) -> bool:
        """Whether the question asks something of a noun phrase a mention owns ("Which
        monsters did *the son of Alcmene* kill?": :func:`~kgchat.retrieval.owner_phrases.
        owner_governed`), which names a middle node in words of its own; each mention read
        alone ("the son" may be linked as one too)."""
        return any(owner_asked_of(replace(q, spans=[s])) for s in q.spans)

    def _asked_of_peers(self, path: Path) -> bool:
        """Whether a two-hop walk's last relation is one the named node (the walk's start)
        lacks and other members of its classes hold (:func:`~kgchat.retrieval.
        peer_relations.held_by_peers`): the graph states that relation of things of the
        start's kind, so the start's lack of it is a gap in what the graph knows of it, and
        the value the walk reaches through another node is that node's, not the start's."""
        if len(path.pattern) != 2 or self.anonymous(path.nodes[1]):
            return False
        (rel, fwd), last = path.pattern
        if turns_back((rel, fwd), last) or last[0] in NO_RELATION:
            return False
        start = path.nodes[0]
        return not holds(self.edges(start), last) and self._peer_held(start, last)

    def _peer_held(self, node: str, hop: tuple[str, bool]) -> bool:
        """:func:`~kgchat.retrieval.peer_relations.held_by_peers`, kept per node and hop for
        the graph's version (the reading's ``_peer_held_kept``)."""
        return held_by_peers(self.kg, node, hop, kept=self._peer_held_kept)

    def _type_headed(self, q: QuestionInfo, hop: list[str]) -> bool:
        """Whether a relation's name (its words ``hop``) is a compound whose head is a word of
        the type the question asks (``voltage level substation`` for "which *substation*":
        English compounds name a kind of their head, as :meth:`_headed_for_type` reads)."""
        return len(hop) > 1 and stem(hop[-1]) in {stem(w) for w in q.answer_type}

    def _rest_said(self, words: list[str], path: Path) -> bool:
        """Whether each of ``words`` (the question's, less its type) is said by a relation of
        ``path`` (:meth:`_every_word_said`); true where none is left."""
        if not words:
            return True
        said = [
            w
            for hop in path.pattern
            for ph in self.query((hop,), ()).phrases
            for w in phrase_parts(ph)[0]
        ]
        return bool(said) and self._every_word_said(words, said)

    def _post_held(self, q: QuestionInfo, path: Path) -> bool:
        """Whether a walk's last hop goes from a post to the one who holds it: the node
        before the answer is no person, but is named by a noun of one (WordNet's commonest
        meaning of its name's head a kind of person: a ``Post`` "Chief Executive *Officer*",
        the head the last word before a preposition, "*Mayor* of Berlin"), and the answer
        is the type the question asks ("Which person does X report to?" over X's ``reports
        to`` to the post, then its ``held by``). Such a node stands for its holder, as a
        role does; the question says the walk to it, and the hop on to the holder only
        names who that is. A place, a company or a work the walk passes ("Who founded X?"
        over X's founding place to someone born there) is named by no person noun."""
        post, holder = path.nodes[-2], path.nodes[-1]
        if not self._person_named(post) or self.is_literal(holder):
            return False
        kinds = self.kinds_of(post)
        if kinds and self.judge.meets(kinds, q.answer_type) >= SAID:
            return False  # a person (or one filed as the type asked), not a post
        return self.judge.meets(self.kinds_of(holder), q.answer_type) >= SAID

    def _post_named(self, path: Path) -> bool:
        """Whether a walk starts at a post the question names and goes back from it to the one
        who holds it: the node named is no person, but is named by a noun of one (as
        :meth:`_post_held` reads it: "Governing *Mayor* of Berlin"), and its first hop, taken
        backwards, reaches a person (``position held`` of the mayor), or a record of the holding
        whose hop out does. "What party does *the
        mayor of Berlin* belong to?" names the holder by the post, as "the CEO of X" names
        a person by a role: the hop from the post to its holder is said by naming the post,
        and the question goes on from the holder. A place, a work or a company the walk starts
        at is named by no person noun; a post reached forwards (a person's ``position held``,
        then its other holders) is a hop the question must say."""
        post, holder = path.nodes[0], path.nodes[1]
        if self.anonymous(holder) and len(path.nodes) > 2 and path.pattern[1][1]:
            # held through an unnamed record of the holding (a Popolo membership: its
            # ``post``, its ``member``), which says one relation with its hop out
            holder = path.nodes[2]
        if path.pattern[0][1] or not self._person_named(post) or self.is_literal(holder):
            return False
        person = ("person",)
        if self.judge.meets(self.kinds_of(post), person) >= SAID:
            return False  # a person, not a post
        return self.judge.meets(self.kinds_of(holder), person) >= SAID

    def _person_named(self, node: str) -> bool:
        """Whether ``node``, no literal, is named by a noun of a person (WordNet's commonest
        meaning of its name's head a kind of person, the head the last word before a
        preposition: "Chief Executive *Officer*", "*Mayor* of Berlin")."""
        lexicon = self.judge.scorer.similarity.lexicon
        if lexicon is None or self.is_literal(node):
            return False
        words = tokens(self.kg.label(node))
        # (its head, lower_names.name_head's; a name opening with a preposition heads none)
        return (
            bool(words)
            and words[0] not in PREPOSITIONS
            and bool(lexicon.person_kind(name_head(words)))
        )

    def _headed_for_type(self, q: QuestionInfo, path: Path, last: Any) -> bool:
        """Whether a walk's last hop is said by the wh-word alone: its relation's name is a
        compound whose head is a word of the type the wh-word asks (``address country``,
        ``birth place`` for "where": English compounds name a kind of their head), and every
        word of the question is said by the hops before it ("Where is the *publisher* of X
        from?"). A question word no hop says ("Where did the founder of X *die*?" over the
        founder's ``birth place``) leaves the last hop for it to say."""
        words = [w for ph in last.phrases for w in phrase_parts(ph)[0]]
        if len(words) < 2 or stem(words[-1]) not in {stem(w) for w in q.answer_type}:
            return False
        before = [
            w
            for hop in path.pattern[:-1]
            for ph in self.query((hop,), ()).phrases
            for w in phrase_parts(ph)[0]
        ]
        if not before or not q.words:
            return False
        return self._every_word_said(list(q.words), before)

    def _every_word_said(self, words: list[str], said: list[str]) -> bool:
        """Whether each of ``words`` (a question's) is said by one of ``said`` (a walk's
        relation words): the encoder's word similarity of :data:`SAID` or more."""
        sims = self.judge.scorer.similarity.words(words, said)
        return bool((sims.max(axis=1) >= SAID).all())
