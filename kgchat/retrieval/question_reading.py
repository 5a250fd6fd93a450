"""How the retriever reads a question against the graph: which mentions are walked from,
which of them are classes (walked down to their instances only), and the question's analysis
with the spans of its entities. :class:`QuestionReading` is a mixin of
:class:`~kgchat.retrieval.Retriever` (split from it to keep it short); the methods it calls
come from the retriever's other parts (:class:`~kgchat.retrieval.reading.GraphReading`,
:class:`~kgchat.retrieval.mention_kinds.MentionKinds`, the node types).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kgchat.linking import Mention
from kgchat.retrieval.chained_words import chained
from kgchat.retrieval.degree import unheld_qualities
from kgchat.retrieval.kind_compounds import kind_compound_words
from kgchat.retrieval.question import QuestionInfo, analyze
from kgchat.retrieval.question_shapes import asks_type_at, is_yes_no, modifies_type
from kgchat.retrieval.question_trims import prepositions_said
from kgchat.retrieval.relation_spelling import spelled_right
from kgchat.text import tokens

__all__ = ["QuestionReading", "shared_spans"]


class QuestionReading:
    """The question read against the graph (a mixin: the class using it reads the graph as
    :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    _restating: Any
    _kind_beside: Any
    _kind_before: Any
    _clause_kinds: Any
    _has_instances: Any
    _empty_class: Any
    _in_relation: Any
    _names_relation: Any
    _verbs: Any
    _relation_words: Any
    linker: Any
    unsaid_types: Any
    _bare_graph: Any
    edges: Any
    _is_value_node: Any
    anonymous: Any

    def _asked_class_named(
        self, q: QuestionInfo, mentions: list[Mention], classes: set[str]
    ) -> list[Mention]:
        """The mentions without the other readings of a word that names a class with
        instances where the question ``q`` (analysed with any of its mentions: only its
        words are read) says the type it asks ("what *skills* does a baker need", in a graph
        with a class Skill and a skill type named "skill"): the head noun of the asked
        phrase says what the answer is, one of the class's instances, not a value it has
        (:meth:`retrieve` then checks the class on the answers). A word that modifies the
        type ("which *chemistry* laureates") or names no class keeps its readings."""
        shared = shared_spans(mentions, classes)
        if not shared:
            return mentions
        every = {(m.start, m.end) for m in mentions}  # the classes' words are no type words
        asked = {
            sp
            for sp in shared
            if asks_type_at(q, *sp, spans=every) and not modifies_type(q, *sp, spans=every)
        }
        return [m for m in mentions if m.node in classes or (m.start, m.end) not in asked]

    def _analysis(
        self,
        question: str,
        mentions: list[Mention],
        classes: set[str],
        restated: list[tuple[int, int]],
    ) -> QuestionInfo:
        """The question analysed with the spans of its entity mentions (widened to a kind
        word said of the entity before it) and of the words that restate an entity."""
        before = self._kind_before(question, mentions)
        # an ambiguous name (two entities, or a thing and its page) is one span of the
        # question's words: the readings of "its one entity" count spans
        spans = [
            (before.get((m.start, m.end), m.start), m.end)
            for m in mentions
            if m.node not in classes
        ]
        return analyze(question, list(dict.fromkeys(spans + restated)), self._verbs())

    def read(
        self, question: str, mentions: list[Mention]
    ) -> tuple[QuestionInfo, list[Mention], set[str]]:
        """The question read against the graph: its :class:`QuestionInfo`, the mentions that
        are walked from, and which of them are classes (walked down to their instances only).

        A class with instances, named beside other entities ("which drug class does
        atorvastatin belong to"), says what the answer is: it constrains by rdf:type only, and
        its words still describe the relations asked for. A class named inside a relation's
        own phrase ("which drugs *affect body system* X") is that relation's word instead, and
        no mention. An entity or class named twice is one constraint.
        """
        mentions, restated, classes = self._named_mentions(question, mentions)
        mentions, classes = self._walked_mentions(question, mentions, classes)
        q, mentions = self._analysed(question, mentions, classes, restated)
        # every entity mention's words are the entity's, but an entity named twice (or a
        # thousand times) is walked from once: one constraint, not one per mention
        seen: set[str] = set()
        once = []
        for m in mentions:
            if m.node not in seen:
                seen.add(m.node)
                once.append(m)
        return self._words_read(q), once, classes

    def _named_mentions(
        self, question: str, mentions: list[Mention]
    ) -> tuple[list[Mention], list[tuple[int, int]], set[str]]:
        """:meth:`read`'s first step: the mentions without the qualities no value holds, the
        entities restated and the classes named by an entity's kind words before its name;
        with the restating spans and the classes (with instances) left."""
        # a yes/no question's values are its claims, whatever the word order
        said = None if is_yes_no(question) else tokens(question)
        # "How *high* is the dam?": a degree asked, not a value named "high" no dam holds
        unheld = unheld_qualities(
            tokens(question), mentions, self.edges, self._is_value_node, self.anonymous
        )
        mentions = [m for m in mentions if m not in unheld]
        mentions, restated = self._restating(mentions, said)
        restated += self._kind_beside(question, mentions)
        classes = {m.node for m in mentions if self._has_instances(m.node)}
        # a class named by the kind words said of an entity before its name ("of *voltage
        # level* HOLLSTEDT 220 kV") is that entity's words, no type asked of the answer
        said_of = self._kind_before(question, [m for m in mentions if m.node not in classes])
        if said_of:
            mentions = [
                m
                for m in mentions
                if m.node not in classes
                or not any(k <= m.start and m.end <= s for (s, _e), k in said_of.items())
            ]
            classes = {m.node for m in mentions if self._has_instances(m.node)}
        return mentions, restated, classes

    def _walked_mentions(
        self, question: str, mentions: list[Mention], classes: set[str]
    ) -> tuple[list[Mention], set[str]]:
        """:meth:`read`'s second step: the mentions without the empty classes, the clauses'
        kinds and the classes and entities named inside a relation's phrase; with the classes
        walked down to their instances (none where only classes are named)."""
        # a class without instances named beside an entity ("Who is Ann's *parent*?" in an
        # ontology with a class Parent and a relation `has parent`) constrains nothing and
        # relates only by the hierarchy: its words are the question's, not a topic
        empty = {m.node for m in mentions if m.node not in classes and self._empty_class(m.node)}
        if empty and {m.node for m in mentions} - classes - empty:
            mentions = [m for m in mentions if m.node not in empty]
        described = self._clause_kinds(question, mentions)
        if described:
            mentions = [m for m in mentions if m not in described]
        # named classes only (an empty one too: "Which *grape* is *Chianti* made from?",
        # Grape above the grapes, Chianti a class of wines): the question is about them
        if not {m.node for m in mentions} - classes - empty:
            classes = set()
        elif classes:
            inside = [m for m in mentions if m.node in classes and self._in_relation(question, m)]
            if inside:
                mentions = [m for m in mentions if m not in inside]
                # a class also named outside a relation's phrase stays a class there: it
                # must not be walked from as an entity ("the member *drug* of the *drug*
                # subclass of X": the first is a relation word, not the second)
                classes = {m.node for m in mentions if m.node in classes}
        # an entity named by a relation's whole phrase beside another entity ("the *ROC AUC*
        # of run X", the measure an entity and each run's ROC AUC a relation) is that
        # relation's word: the question asks the relation of the other entity
        worded = [
            m for m in mentions if m.node not in classes and self._names_relation(question, m)
        ]
        if worded and {m.node for m in mentions} - {m.node for m in worded} - classes:
            mentions = [m for m in mentions if m not in worded]
        return mentions, classes

    def _analysed(
        self,
        question: str,
        mentions: list[Mention],
        classes: set[str],
        restated: list[tuple[int, int]],
    ) -> tuple[QuestionInfo, list[Mention]]:
        """:meth:`read`'s third step: the question analysed (:meth:`_analysis`) without the
        mentions whose words name the kind asked or the class asked, and those left."""
        q = self._analysis(question, mentions, classes, restated)
        # "which *plant* part": a word of the kind asked's one-noun name, no start
        kind_named = kind_compound_words(q, mentions, classes)
        if kind_named:
            mentions = [m for m in mentions if m not in kind_named]
            q = self._analysis(question, mentions, classes, restated)
        if classes:  # (one analysis read twice; made again only where a reading went)
            kept = self._asked_class_named(q, mentions, classes)
            if len(kept) < len(mentions):
                mentions = kept
                q = self._analysis(question, mentions, classes, restated)
        return q, mentions

    def _words_read(self, q: QuestionInfo) -> QuestionInfo:
        """:meth:`read`'s last step: ``q`` with its relation words spelled right, the
        prepositions it says and the words it chains read, and the types no node has."""
        q = spelled_right(q, self.linker, self._relation_words())
        q = prepositions_said(q, self._relation_words())
        q = chained(q, self._relation_words())
        unsaid, classless = self.unsaid_types(q), self._bare_graph()
        if unsaid or classless:
            q = replace(q, unsaid=unsaid, classless=classless)
        return q


def shared_spans(mentions: list[Mention], classes: set[str]) -> set[tuple[int, int]]:
    """The spans of ``mentions`` read both as one of ``classes`` and as another node."""
    of_class = {(m.start, m.end) for m in mentions if m.node in classes}
    return {(m.start, m.end) for m in mentions if m.node not in classes} & of_class
