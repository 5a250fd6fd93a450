"""What the unnamed junctions of a walk are and what qualifies them, and which of it the
question says: :class:`JunctionWords`, a mixin of the retriever's confidence
(:class:`~kgchat.retrieval.confidence.AnswerConfidence`) read by its ranking too
(:meth:`~kgchat.retrieval.said_junctions.SaidJunctions._said_junctions`) and its ties
(:class:`~kgchat.retrieval.own_facts.OwnFactTies`).

An n-ary relation states its facts on a node of its own, unnamed (BIBFRAME's
``provisionActivity`` node is a ``Publication``; a ``Contribution`` has an ``agent`` and a
``role`` "illustrator"): a walk through it is said by the question where a word of the question
meets what the node is or what qualifies it ("where was X *published*", "who *illustrated* X").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kgchat.graph.vocab import RDF_TYPE
from kgchat.name_keys import heading_parts
from kgchat.retrieval.answer_paths import NO_RELATION
from kgchat.retrieval.answer_type import how_types
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.question_shapes import how_word
from kgchat.retrieval.relation_match import RelationMatch
from kgchat.retrieval.results import Path
from kgchat.retrieval.role_acts import role_act
from kgchat.text import STOPWORDS, stem

__all__ = ["SAID", "JunctionWords", "name_words"]

# the word similarity from which a word is taken as said (by a junction's words here, by the
# noun phrase an entity owns in AnswerConfidence._owner_reached)
SAID = 0.5
# a word's similarity to the head of a closed compound it is (TextSimilarity.words), from which
# a qualifier's word is taken as the type asked
_HEADED = 0.9
# a hop's support under which the question says nothing of it (a walk's last hop the question
# must say, a joint answer's shared ending)
UNSAID = 0.05


# a word of a name: letters and digits, with the apostrophes and hyphens inside a word
# ("Baker's", "one-hot"), not the brackets or commas around it
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def name_words(names: Sequence[str], whole: bool = False) -> list[str]:
    """The words of each name of several words (a vocabulary term's label "Payment Amount",
    a role "Executive Producer"), stopwords and numbers left out, each once; with ``whole``
    a one-word name too. A question says a qualifier by one word of it ("How much must be
    *paid*": the constraint's left operand "Payment Amount"), which the whole name's
    embedding, diluted by the rest, need not come near.

    >>> name_words(["Payment Amount", "Count", "Equal to"])
    ['Payment', 'Amount']
    >>> name_words(["Count"], whole=True)
    ['Count']

    A name's punctuation is no part of its words: a nutrient "Total lipid (fat)" says "fat",
    which "How much *fat*" says.

    >>> name_words(["Total lipid (fat)"])
    ['Total', 'lipid', 'fat']
    """
    out: dict[str, None] = {}
    for name in names:
        words = [w for w in _WORD.findall(name) if w.lower() not in STOPWORDS and not w.isdigit()]
        if len(words) > 1 or whole:
            out.update(dict.fromkeys(words))
    return list(out)


class JunctionWords:
    """The words of a walk's unnamed junctions (a mixin: the class using it sets ``kg`` and
    ``judge`` and reads nodes as :class:`~kgchat.retrieval.reading.GraphReading` does)."""

    judge: RelationMatch
    kinds_of: Any
    anonymous: Any
    kg: Any

    def _junction_said(self, q: QuestionInfo, path: Path, at: int) -> float:
        """How well the question says the unnamed junction ``path.nodes[at]`` by what it is
        (BIBFRAME's ``provisionActivity`` node is a ``Publication``, which "where was X
        *published*" says) or by what qualifies it (a ``Contribution``'s ``role``
        "illustrator"): a word the question says, not one merely related ("author" is near
        "Kafka" too), else 0."""
        junction = path.nodes[at]
        meets = max(self.judge.meets(self.kinds_of(junction), q.words), self.role_said(q, path, at))
        return meets if meets >= SAID else 0.0

    def role_said(self, q: QuestionInfo, path: Path, at: int) -> float:
        """How well the question says what qualifies the unnamed junction ``path.nodes[at]``
        (a ``Contribution``'s role "illustrator", by its whole name or a word of it), not what
        the junction is: 1 where it says a role by the act the role is a kind of ("wrote" for
        "Script": :mod:`~kgchat.retrieval.role_acts`), else 0 below :data:`SAID`."""
        qualifiers = self._qualifiers(path.nodes[at], path.nodes)
        meets = max(
            self.judge.meets(qualifiers, q.words, heads=False),
            self._word_said(name_words(qualifiers), q),
        )
        if meets < SAID and any(self._act_word(w, q.words) for w in qualifiers):
            return 1.0
        return meets if meets >= SAID else 0.0

    def _act_word(self, role: str, asked: Sequence[str]) -> str | None:
        """The question's word (of ``asked``) that says ``role`` (a qualifier's name) by the
        act it is a kind of ("wrote" for "Script": :func:`~kgchat.retrieval.role_acts.role_act`),
        or None."""
        lexicon = self.judge.scorer.similarity.lexicon
        return None if lexicon is None else role_act(lexicon, role, asked)

    def _word_said(self, words: Sequence[str], q: QuestionInfo) -> float:
        """The best of ``words`` (the words of a qualifier's name: :func:`name_words`) the
        question says by its own form or the lexicon's relations ("*paid*" for "Payment"),
        not by the encoder's nearness: a part of a name met by a merely related word ("a
        *campaign*" near the "Election" of "2019 General Election") says nothing of it."""
        if not words or not q.words:
            return 0.0
        similarity = self.judge.scorer.similarity
        sims = similarity.words(list(words), q.words, heads=False, encoded=False)
        return float(sims.max())

    def said_name_words(self, q: QuestionInfo, path: Path) -> tuple[str, ...]:
        """The words of the names of what qualifies ``path``'s unnamed junctions that the
        question says (:meth:`_word_said`: "How much must be *paid*" says the "Payment" of a
        constraint's left operand "Payment Amount"): what the confidence counts as said by
        the walk beside :meth:`said_qualifiers`, which meets whole names."""
        words = name_words(self.walk_qualifiers(path))
        if not words or not q.words:
            return ()
        # one matrix for all the words, not one a word: a row of it is the word's own
        # (:meth:`~kgchat.retrieval.similarity.TextSimilarity.words` reads each row alone)
        sims = self.judge.scorer.similarity.words(words, q.words, heads=False, encoded=False)
        return tuple(
            w for w, best in zip(words, sims.max(axis=1).tolist(), strict=True) if best >= SAID
        )

    def kind_names_type(self, q: QuestionInfo, junction: str) -> bool:
        """Whether what the unnamed junction ``junction`` is names the measure a "how"
        adjective asks, by its head word: an English compound names a kind of its head, so a
        GDPR register's blank ``StorageDuration`` holds a duration, which "how long" asks, as
        a qualifier named for the type says its junction's value (:meth:`qualifier_names_type`).
        Not a bare wh-word's kinds nor a count's ("when": a date; "how many": a number): a
        junction of those (a diversion's period, a division's tally) holds several such values
        (a start and an end, the ayes and the noes), of which its kind picks none.

        >>> from types import SimpleNamespace as N
        >>> from kgchat.retrieval.question import analyze
        >>> j = N(kinds_of=lambda node: ("Storage Duration", "Count", "Time Span"))
        >>> has = lambda text: JunctionWords.kind_names_type(j, analyze(text, []), "_:b1")
        >>> has("How long is it kept?"), has("How many are there?"), has("When does it end?")
        (True, False, False)
        """
        if how_word(q) is None:
            return False
        counted = {stem(w) for w in how_types("many")}
        asked = {stem(w) for w in q.answer_type} - counted
        heads = (name_words([kind], whole=True)[-1:] for kind in self.kinds_of(junction))
        return any(stem(head[0].lower()) in asked for head in heads if head)

    def qualifier_names_type(self, q: QuestionInfo, junction: str, walked: Sequence[str]) -> bool:
        """Whether a qualifier of the unnamed junction ``junction`` is named for the type the
        question asks, by a word of its name (:func:`name_words`): an n-ary value node says
        what its value is by a qualifier (an ODRL constraint's ``leftOperand`` "Payment
        *Amount*" or "*Count*", a schema.org ``PropertyValue``'s name), so "how much" or
        "how many" is said by the junction holding that value, as by a relation named for
        the type (:meth:`~kgchat.retrieval.relation_match.RelationMatch.named_for_type`)."""
        if not q.answer_type:
            return False
        words = self.qualifier_words(junction, walked)
        # a closed compound meets its head ("Datetime" a time: TextSimilarity.words)
        sims = self.judge.scorer.similarity.words(words, q.answer_type)
        return bool(sims.size) and float(sims.max()) >= _HEADED

    def qualifier_words(self, junction: str, walked: Sequence[str]) -> list[str]:
        """The words of the names of what qualifies the unnamed junction ``junction``
        (:meth:`_qualifiers`, read whole and word by word: :func:`name_words`)."""
        return name_words(self._qualifiers(junction, walked), whole=True)

    def walk_qualifiers(self, path: Path) -> tuple[str, ...]:
        """What qualifies the unnamed junctions ``path`` passes through
        (:meth:`_qualifiers`), in order."""
        return tuple(
            w
            for j in path.nodes[1:-1]
            if self.anonymous(j)
            for w in self._qualifiers(j, path.nodes)
        )

    def said_qualifiers(
        self,
        q: QuestionInfo,
        path: Path,
        words: Sequence[tuple[str, bool]] | None = None,
        kept: dict[tuple[str, bool], bool] | None = None,
    ) -> tuple[str, ...]:
        """What the unnamed junctions ``path`` passes through are (their kinds: a
        ``Publication``) and what qualifies them (:meth:`_qualifiers`) that the question
        says: a word of it meets a question word (a contribution's role "translator" in "who
        *translated* X"), not one merely related ("author" is near "translated" too). What
        the ranking (:meth:`~kgchat.retrieval.said_junctions.SaidJunctions._said_junctions`) and
        the confidence both count as said by the walk. ``words``: ``path``'s junction words
        where :meth:`embed_junction_words` gave them already; ``kept``: whether each (word,
        heads) is said, kept for ``q`` across its paths (a cube's observations share their
        qualifiers: "Total", an area, a year)."""
        meets, asked = self.judge.meets, q.words

        def says(w: str, heads: bool) -> bool:
            if kept is None:
                return meets([w], asked, heads) >= SAID
            found = kept.get((w, heads))
            if found is None:
                found = kept[(w, heads)] = meets([w], asked, heads) >= SAID
            return found

        junction_words = self._junction_words(path) if words is None else words
        # a role (a qualifier, not a kind: ``heads`` false) said by the act it is a kind of
        # ("Script" by "wrote"): the walk says the question's own word there, which is what
        # the ranking and the confidence then meet; a junction's kind is no role (a drug
        # interaction record is no kind of "acting on" a target)
        said = (
            w if says(w, heads) else None if heads else self._act_word(w, asked)
            for w, heads in junction_words
        )
        return tuple(dict.fromkeys(w for w in said if w))

    def embed_junction_words(
        self, q: QuestionInfo, paths: Sequence[Path]
    ) -> list[list[tuple[str, bool]]]:
        """Embed at once what the unnamed junctions of ``paths`` are and what qualifies them
        (what :meth:`said_qualifiers` reads of each, one word at a time): one encoder pass for
        a question's candidates, not one for each new word. A graph that qualifies every fact
        (RDF 1.2 annotations: votes, shares, ranks, each number a word never seen) otherwise
        makes a pass per qualifier value, a hundred passes a question. Returns each path's
        words (:meth:`_junction_words`), for :meth:`said_qualifiers` not to read them again."""
        per_path = [self._junction_words(path) for path in paths]
        words = [w for found in per_path for w, _ in found]
        if words and q.words:
            self.judge.scorer.similarity.prefetch([*words, *q.words])
        return per_path

    def _junction_words(self, path: Path) -> list[tuple[str, bool]]:
        """The kinds of the unnamed junctions ``path`` passes through and what qualifies them
        (:meth:`_qualifiers`), each with whether it may meet a word by its compound head."""
        # a kind's word meets its compound head ("exoplanet" a planet); a qualifier's name
        # does not ("Rijksmuseum" names one museum: no "museum" the question asks for)
        return [
            (w, heads)
            for j in path.nodes[1:-1]
            if self.anonymous(j)
            for heads, ws in ((True, self.kinds_of(j)), (False, self._qualifiers(j, path.nodes)))
            for w in ws
        ]

    def _qualifiers(self, junction: str, walked: Sequence[str]) -> list[str]:
        """The names of what an unnamed junction leads to besides the walk's own nodes (its
        classes left out): the qualifiers of the n-ary relation it states, as a
        contribution's role ("illustrator") or a membership's post."""
        out: list[str] = []
        for e in self.kg.neighbors(junction, direction="out", limit=16):
            if e.predicate in NO_RELATION or e.neighbor in walked or self.anonymous(e.neighbor):
                continue
            if e.predicate != RDF_TYPE:
                # a heading's parts too ("Vitamin C, total ascorbic acid"): a question says
                # the nutrient as "vitamin c", not by the whole heading
                name = self.kg.label(e.neighbor)
                out.extend((name, *heading_parts(name)))
        return out
