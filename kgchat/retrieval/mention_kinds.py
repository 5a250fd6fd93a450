"""The words of a mention that only say what its entity is: a mention beside another whose
node is among that entity's classes ("the American *pizza*"), a kind word right after a name
("the Computer Science *department*") or before its "of" ("the *post* of Chief Financial
Officer"). They are the entity's words, no constraint nor relation of their own.
:class:`MentionKinds` is a mixin of :class:`~kgchat.retrieval.reading.GraphReading` (and so of
the retriever, whose ``read`` drops or widens those mentions' spans).
"""

from __future__ import annotations

from collections.abc import Sequence

from kgchat.function_words import COPULAS, DO_FORMS, RELATIVE_PRONOUNS
from kgchat.graph.vocab import RDF_TYPE, RDFS_SUBCLASS
from kgchat.linking import Mention
from kgchat.retrieval.answer_type import GENERIC_KINDS
from kgchat.retrieval.node_types import NodeTypes
from kgchat.retrieval.noun_phrases import participle
from kgchat.text import ARTICLES, PREPOSITIONS, possessed_at, skip_words, tokens

__all__ = ["MentionKinds"]


def _opens_reduced_clause(toks: list[str], i: int) -> bool:
    """Whether the verb form ``toks[i]``, right after a noun, opens a reduced relative clause
    ("the disease *treated* by X"): a participle, not a finite verb in -s ("the liver *grows*
    out of ...", the noun's own verb), and not the question's passive main verb whose object
    the wh-word is ("what is the brain *derived from*?": nothing but prepositions after it).

    >>> _opens_reduced_clause("which drugs treat a disease caused by x".split(), 5)
    True
    >>> _opens_reduced_clause("what is the brain derived from".split(), 4)
    False
    >>> _opens_reduced_clause("the liver grows out of which part".split(), 2)
    False
    """
    from kgchat.wordnet import wordnet

    word = toks[i]
    if not participle(word) or all(t in PREPOSITIONS for t in toks[i + 1 :]):
        return False
    wn = wordnet()
    finite = wn is not None and any(
        pos == "v" and word in (lemma + "s", lemma + "es", lemma[:-1] + "ies")
        for lemma, pos in wn.base_forms(word)
    )
    return not finite


def _one_of(word: str, kinds: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``kinds``, or its plural.

    >>> _one_of("boxes", ("box",)), _one_of("line", ("lines",))
    (True, False)
    """
    return any(word in (w, w + "s", w + "es") for w in kinds)


class MentionKinds(NodeTypes):
    """Which of a question's mentions, and which words beside them, say their entity's own
    kind (a mixin: the class using it reads edges and kinds as
    :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    def _restating(
        self, mentions: list[Mention], said: Sequence[str] | None = None
    ) -> tuple[list[Mention], list[tuple[int, int]]]:
        """Mentions without those that only restate what the entity beside them is, and the
        spans of those (words of the entity's name, not of what is asked): a
        mention right before or after another whose node is among that entity's kinds (its
        classes and superclasses, a few levels up): "the American *pizza*", where American is
        a subclass of named pizza, a subclass of pizza, is American; the kind is no constraint
        of its own (an instance's class, "the *album* Thriller", is read as a class already).
        Given the question's tokens (``said``), likewise a mention right after another whose
        entity holds it as a value of its own (:meth:`_value_of`, "the men's 73 kg *judo*");
        not after an entity that follows a copula, where the value is what is said of it, a
        claim asked ("Is pharmacology *knowledge* or a skill?", "since when is Sadiq Khan
        *Mayor of London*")."""
        if len({m.node for m in mentions}) < 2:
            return mentions, []
        spans = {(m.start, m.end) for m in mentions}
        drop: set[tuple[int, int]] = set()
        for m in mentions:
            beside = {
                n.node
                for n in mentions
                if (n.end == m.start or n.start == m.end) and (n.start, n.end) not in drop
            }
            before = [
                n
                for n in mentions
                if said is not None
                and n.end == m.start
                and (n.start, n.end) not in drop
                and not (n.start and said[n.start - 1] in COPULAS)
            ]
            # a value said right before the name it qualifies, as an attributive noun or
            # a class word is ("What is *letter* RL-0094 about?" of a letter whose type is
            # the concept letter): its words say which one is meant; not after a
            # preposition, whose object it is ("the South of *Spain* (Sur)": Spain heads the
            # phrase, the name after it is another's), and only a value others hold too
            # (:meth:`_shared_value`, read only where the rest of the test leaves it to decide)
            after = [
                n
                for n in mentions
                if said is not None
                and n.start == m.end
                and (n.start, n.end) not in drop
                and not (m.start and said[m.start - 1] in PREPOSITIONS)
            ]
            if (
                beside
                and not self._has_instances(m.node)
                and (
                    any(m.node in self._kinds_of(n) for n in beside)
                    or any(self._value_of(n.node, m.node) for n in before)
                    or any(self._shared_value(n.node, m.node) for n in after)
                )
            ):
                drop.add((m.start, m.end))
        if not drop or drop == spans:
            return mentions, []
        return [m for m in mentions if (m.start, m.end) not in drop], sorted(drop)

    def _value_of(self, node: str, value: str) -> bool:
        """Whether ``value`` is one of ``node``'s own values (a fact of ``node`` leads to it):
        said beside the node's name, it only says which one is meant, as a kind does ("the
        men's 73 kg *judo*": the event's sport; "Springfield *Illinois*"), and the fact that
        says it is no constraint the answer must meet."""
        return any(e.forward and e.neighbor == value for e in self.edges(node))

    def _shared_value(self, node: str, value: str) -> bool:
        """Whether ``value`` is one of ``node``'s own values that some other subject holds
        by the same relation: a category said before a name (a letter's type *letter*, a
        person's employer *Apple*), not a value that only ``node`` has ("Is Paris France's
        capital?": Paris is the capital of France alone, and a claim asked of it)."""
        held = {e.predicate for e in self.edges(node) if e.forward and e.neighbor == value}
        return bool(held) and any(
            not e.forward and e.predicate in held and e.neighbor != node for e in self.edges(value)
        )

    def _kind_beside(self, question: str, mentions: list[Mention]) -> list[tuple[int, int]]:
        """The spans of words right after an entity's name that say one of its own kinds,
        "the Computer Science *department*" of a Department: the entity's words, not the
        answer's type nor a relation asked, whether the word links to the class or not."""
        toks = tokens(question)
        out = []
        for m in mentions:
            if m.end < len(toks):
                # the noun itself or its plural, not a word of its stem ("Lantern Press
                # *publish*" of a publisher); before the name: _kind_before
                word = toks[m.end]
                if self._names_kind(word, m.node) or (
                    m.end not in possessed_at(question) and self._narrower_kind(word, m.node)
                ):
                    out.append((m.end, m.end + 1))
        return out

    def _narrower_kind(self, word: str, node: str) -> bool:
        """Whether ``word``, mostly a noun, names by its commonest WordNet meaning a kind of
        the head noun of one of ``node``'s own classes (:meth:`~kgchat.wordnet_kinds.NounKinds.
        commonly_a`), and no relation of the graph: "the Moselle *river*" of a
        ``Watercourse`` (a river is a watercourse), a word a question adds to say which thing
        it names, as people name a river "the Moselle river" where the graph files it under
        its class's broader word. Not a verb after its subject ("What does a tesla
        *measure*?"), an adjective ("the 2023 US Open *final*": another event), nor a rare
        meaning (a "building" as its occupants, a group); the classes' superclasses
        (GeoSPARQL's ``Feature``) and kinds no finer than a wh-word asks (a place, a thing)
        are left out: nearly any noun is one of those."""
        from kgchat.wordnet import wordnet

        lexicon = wordnet()
        if lexicon is None or not word.isalpha() or word in self._relation_words():
            return False
        return any(
            lexicon.commonly_a(word, head)
            for cls in self._classes(node)
            for head in self._class_head(cls)
            if head not in GENERIC_KINDS and head != word
        )

    def _kind_before(self, question: str, mentions: list[Mention]) -> dict[tuple[int, int], int]:
        """Where a mention's span starts when the word before its "of" says one of its own
        kinds, after an article, "the *post* of Chief Financial Officer" of a Post: that word
        and the "of" are the entity's words (a relation asked of it is said elsewhere, "Who
        *holds* ..."), not a noun said of the entity that names a hop; likewise a kind word
        right before the name, after an article (an apposition: "Which institution awarded
        the *thesis* Neural Methods ...?" of a Thesis). Per mention span, the kind word's
        place."""
        toks = tokens(question)
        out = {}
        for m in mentions:
            # a run of up to three kind words, as a class's name has them ("the *quantity
            # kind* torque" of a QuantityKind: words a relation may share, hasQuantityKind)
            k = m.start
            while k > 0 and m.start - k < 3 and self._names_kind(toks[k - 1], m.node):
                k -= 1
            if 1 <= k < m.start and toks[k - 1] in ARTICLES:
                out[(m.start, m.end)] = k
                continue
            run = self._kind_run(toks, m)
            if run is not None:
                out[(m.start, m.end)] = run
                continue
            k = skip_words(toks, m.start - 1, -1)
            # the kind word alone, after an article: in "the parent *company* of X" it is
            # a word of a relation's noun phrase; and the head of a kind's name, not a word
            # that only modifies it: "the *price* of the peak tariff" asks a tariff's price,
            # though a tariff is a "unit price specification" (a specification)
            if (
                k >= 2
                and toks[k] == "of"
                and toks[k - 2] in ARTICLES
                and self._names_kind(toks[k - 1], m.node)
                and _one_of(toks[k - 1], self._kind_heads(m.node))
            ):
                out[(m.start, m.end)] = k - 1
        return out

    def _kind_run(self, toks: list[str], m: Mention) -> int | None:
        """Where a run of up to three of a mention's own kind words right before its name
        starts, said without an article after a preposition, a copula or a verb, as
        technical writing names a thing by its class and its code ("the length *of line*
        L-214", "*is breaker* CB 12 open", "*of voltage level* HOLLSTEDT 220 kV", "Who
        collected *specimen* MNH-00101?"); None without one. The run is the entity's words,
        as an apposition after an article is."""
        k = m.start
        while k > 0 and m.start - k < 3 and self._names_kind(toks[k - 1], m.node):
            k -= 1
        if k == m.start or k == 0:
            return None
        if toks[k - 1] in PREPOSITIONS or toks[k - 1] in COPULAS:
            return k
        # after a verb ("Who collected *specimen* MNH-00101?", "What does *sensor* X
        # measure?": a past form or an auxiliary; a word in -s may be a plural, "Which
        # NSAIDs *target* X?", whose kind word is the question's verb), the word before the
        # name must be a class's head noun: a modifier of the class name ("*provided* CHO")
        # may be the verb's participle ("Which aggregator *provided* Las Meninas?")
        before, head = toks[k - 1], toks[m.start - 1]
        if not (before in DO_FORMS or participle(before)) or not _one_of(
            head, self._head_kinds(m.node)
        ):
            return None
        return k

    def _clause_kinds(self, question: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions of a class without instances (an ontology whose things are classes:
        OBO's diseases, drugs, genes) said as the head of a noun phrase that a clause ties
        to the rest of the question, "the *disease* treated by X", "a *disease* that causes
        Y": an article before it, a participle or a relative pronoun right after. Such a
        noun phrase describes a node on the walk, and its noun says only what that node is
        (a word of the question, as the kind of a middle node), not a topic to walk from
        whose members would join the answer: "Which drugs treat a *disease* that causes
        wheezing?" had answered the disease, reached from all three mentions."""
        toks = tokens(question)
        out = [
            m
            for m in mentions
            if m.start > 0
            and m.end < len(toks)
            and toks[m.start - 1] in ARTICLES
            and (toks[m.end] in RELATIVE_PRONOUNS or _opens_reduced_clause(toks, m.end))
            and self._empty_class(m.node)
        ]
        # only beside another mention: a question about the class itself keeps it
        return out if {m.node for m in mentions} - {m.node for m in out} else []

    def _names_kind(self, word: str, node: str) -> bool:
        """Whether ``word`` is one of ``node``'s own kinds, or its plural, or a word of the
        name of one of its classes: said before the thing's name, a class name's modifier
        that is no kind of its members (:meth:`_member_words`: the *line* of "AC line
        segment", what the segments are tied to) still says which thing is meant, as
        technical writing names a segment "line JOR-LAR 1" and a level "voltage level X"."""
        if _one_of(word, self._kinds_cached(node)):
            return True
        return any(_one_of(word, self._class_words(c)) for c in self._classes(node))

    def _kind_heads(self, node: str) -> tuple[str, ...]:
        """The head nouns (:meth:`_class_head`) of ``node``'s classes and superclasses
        (:meth:`_kinds_of`), and its own kinds that are no word of a class name (a value's
        kind): what the node is, not what its classes' modifiers say it is about."""
        classes = self._kinds_of(node)
        said = {w for c in classes for w in self._class_words(c)}
        heads = {h for c in classes for h in self._class_head(c)}
        own = (w for w in self._kinds_cached(node) if w not in said)
        return tuple(dict.fromkeys([*sorted(heads), *own]))

    def _kinds_of(self, node: str, depth: int = 4) -> set[str]:
        """A node's classes and superclasses, up to ``depth`` levels."""
        seen: set[str] = set()
        level = {node}
        for _ in range(depth):
            level = {
                e.neighbor
                for n in level
                for e in self.type_edges(n)
                if e.forward and e.predicate in (RDF_TYPE, RDFS_SUBCLASS)
            } - seen
            if not level:
                break
            seen |= level
        return seen
