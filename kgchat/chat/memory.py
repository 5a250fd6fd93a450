"""Entity memory across turns: what a conversation has been about, most recent first.

Each turn leaves its resolved question, its answer entity, its topic entities (with the words
that mentioned them) and the relation it asked. :meth:`EntityMemory.referent` walks the
remembered entities in the order a pronoun prefers them (``he``/``she``: the last answer first;
``it``/``this``: the last topic first) and returns the first that ``agrees`` (a type check,
given by :mod:`kgchat.chat.followup`); :meth:`EntityMemory.substitute` puts an entity in place of
a pronoun, and :meth:`EntityMemory.ask_about` asks the last question about another entity.

Examples
--------
>>> m = EntityMemory()
>>> m.remember(question="Who is Frederica's spouse?", answer=("Paul", "Paul of Greece"),
...            topics=[("Frederica", "Frederica")], topic_texts=["frederica"])
>>> m.referent("his")
('Paul', 'Paul of Greece')
>>> m.referent("his", agrees=lambda node, kind: node != "Paul")
('Frederica', 'Frederica')
>>> m.substitute("and what is his nationality?", "Paul of Greece")
"and what is Paul of Greece's nationality?"
>>> m.ask_about("warfarin")
"Who is warfarin's spouse?"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kgchat.text import BE_FORMS, WH_WORDS, YES_NO_WORDS

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = [
    "FRAME",
    "PRONOUN",
    "EntityMemory",
    "bare_demonstrative",
    "entity_of",
    "pronoun_gender",
    "pronoun_kind",
]

Entity = tuple[str, str]  # (node, label)

PRONOUN = re.compile(
    r"\b(he|she|him|his|her|hers|it|its|they|them|their|theirs|this one|that one|there)\b", re.I
)
_POSSESSIVE = {"his", "its", "their", "theirs", "hers"}
_NEUTER = {"it", "its"}  # the singular pronouns of a thing
_KINDS = {
    **dict.fromkeys(["he", "she", "him", "his", "her", "hers"], "person"),
    **dict.fromkeys(["it", "its"], "thing"),
    "there": "place",
}
_GENDERS = {
    **dict.fromkeys(["he", "him", "his"], "male"),
    **dict.fromkeys(["she", "her", "hers"], "female"),
}
# pronouns that prefer the last question's topic to its answer; a bare "this" or "that"
# ("When was that founded?") points at what was just said, the answer, first
_TOPIC_FIRST = {"it", "its", "this one", "that one"}
# a demonstrative standing alone as the subject of a question ("When was *that* founded?",
# "Where is *this*?"): a pronoun, where the word after it is no noun it determines
_BARE = re.compile(
    rf"^\W*(?:and\s+)?(?:{'|'.join(sorted(WH_WORDS))})\s+(?:{'|'.join(sorted(YES_NO_WORDS))})"
    r"\s+(this|that)\b(?!\s+one\b)\W*(\w*)",
    re.I,
)
_WORD = re.compile(r"(\w+)")
_EARLIER = 8  # entities of earlier turns kept
FRAME = "\x01"  # where a remembered question's topic goes (:attr:`EntityMemory.frames`)


def entity_of(kg: KnowledgeGraph, node: Any) -> Entity | None:
    """``(node, label)`` of a node of ``kg`` that is no value, else None: what memory keeps."""
    if isinstance(node, str) and node in kg and not kg.is_literal(node):
        return (node, kg.label(node))
    return None


def said_together(labels: Sequence[str]) -> str:
    """ "A, B and C".

    >>> said_together(["Ada", "Ben", "Cleo"])
    'Ada, Ben and Cleo'
    """
    return f"{', '.join(labels[:-1])} and {labels[-1]}" if len(labels) > 1 else "".join(labels)


def pronoun_gender(pronoun: str) -> str | None:
    """The gender a pronoun says (``male``: he, him, his; ``female``: she, her, hers), else
    None."""
    return _GENDERS.get(pronoun.lower())


def pronoun_kind(pronoun: str) -> str | None:
    """What a pronoun refers to: ``person`` (he, she...), ``thing`` (it: not a person),
    ``place`` (there), or None (they, this one: anything)."""
    return _KINDS.get(pronoun.lower())


@dataclass
class EntityMemory:
    """What the conversation is about (see the module docstring)."""

    answer: Entity | None = None
    topics: list[Entity] = field(default_factory=list)
    topic_texts: list[str] = field(default_factory=list)
    question: str | None = None
    relation: tuple[str, bool] | None = None  # the last question's first hop from its topic
    earlier: list[Entity] = field(default_factory=list)
    answers: list[Entity] = field(default_factory=list)  # a list answer's members, in order
    group: list[Entity] = field(default_factory=list)  # the items a question was asked of
    genders: dict[str, str] = field(default_factory=dict)  # given by the user's pronouns
    # the last list a reply named, in its order: what "the second one" points into, until a
    # reply names another (kgchat.chat.ordinal)
    listed: list[Entity] = field(default_factory=list)
    more: int = 0  # how many answers the last reply did not name ("... and 30 more")
    # the answers earlier replies to the last question named, when it was asked again for
    # more of them ("Any more?"): with :attr:`answers`, all it has named
    named_before: frozenset[str] = frozenset()
    # the questions of the last turns, each with its one topic's words in place of
    # :data:`FRAME` and the topic ("" for a turn of no one topic), last first: the entities
    # asked the same question ("Which of them is older?", kgchat.chat.compare), and the
    # question an entity of an earlier topic's kind is asked ("What about Norway?")
    frames: list[tuple[str, Entity]] = field(default_factory=list)
    # the entities the last turn compared, each with its question (set after remember)
    compared: list[tuple[Entity, str]] = field(default_factory=list)
    # the last reply's answer and the facts it cited (kgchat.chat.grounds.Grounds), set
    # after remember: what "How do you know?" is answered from
    grounds: Any = None
    # a conversation read back from its messages (kgchat.chat.history) keeps no facts: the
    # last turn's resolved question, asked again for its grounds where a question about
    # its reply needs them (kgchat.chat.grounds.reread)
    reread: str | None = None
    reread_value: str | None = None  # the value that reply answered (no entity named)

    def reset(self) -> None:
        """Forget everything."""
        self.answer, self.topics, self.topic_texts, self.question = None, [], [], None
        self.relation, self.earlier, self.answers = None, [], []
        self.group, self.genders, self.listed = [], {}, []
        self.more, self.named_before, self.frames, self.compared = 0, frozenset(), [], []
        self.grounds = self.reread = None

    def remember(
        self,
        *,
        question: str,
        answer: Entity | None,
        topics: list[Entity],
        topic_texts: list[str],
        relation: tuple[str, bool] | None = None,
        answers: list[Entity] | None = None,
        group: list[Entity] | None = None,
        seen: list[Entity] | None = None,
        more: int = 0,
    ) -> None:
        """Record one turn: the question, the answer entity (node, label), the topics and the
        words that named them, the relation asked, every answer a list reply named, the
        items a question was asked of once each (``group``), and the entities the reply's
        evidence showed between topic and answer (``seen``: "Technical University of Madrid"
        on the way from Tomás Ibáñez to Madrid), and how many answers the reply left unnamed
        (``more``)."""
        before = [
            e for e in (self.answer, *self.answers, *self.topics, *self.earlier) if e is not None
        ]
        now = {e[0] for e in (answer, *(answers or []), *topics) if e is not None}
        # what the reply showed on the way to its answer comes first among the earlier ones
        before = [*(seen or []), *before]
        self.earlier = [e for e in dict.fromkeys(before) if e[0] not in now][:_EARLIER]
        again = question == self.question  # the same question, asked for more answers
        named = {e[0] for e in self.answers}
        self.named_before = (self.named_before | named) if again else frozenset()
        self.question, self.answer = question, answer
        self.topics, self.topic_texts, self.relation = topics, topic_texts, relation
        self.answers = list(answers or ([answer] if answer is not None else []))
        self.group = list(group or [])
        self.more, self.compared, self.grounds, self.reread = more, [], None, None
        self.reread_value = None
        if len(self.answers) >= 2:
            self.listed = list(self.answers)
        # a question asked of one item alone ("And the other one?" after a pair) is asked of
        # one topic, as any: its frame joins the run of questions alike ("Which is older?")
        frame = self.ask_about(FRAME) if len(topics) == 1 and len(self.group) <= 1 else None
        # a turn of no one topic keeps an empty frame: it breaks the run of questions alike
        kept = (frame, topics[0]) if frame else ("", ("", ""))
        self.frames = [kept, *self.frames][:_EARLIER]

    def referent(
        self,
        pronoun: str = "he",
        agrees: Callable[[str, str | None], bool | None] | None = None,
        gender: Callable[[str], str | None] | None = None,
    ) -> Entity | None:
        """The entity a pronoun most likely means: of the last turn's entities, in the order
        the pronoun prefers, the first for which ``agrees(node, pronoun_kind(pronoun))`` is
        true, else the first for which it is None (its kind unknown); only then, the same of
        earlier turns' entities. ``gender(node)`` (the graph's: ``male``, ``female`` or None:
        unknown; else the one the user's pronouns gave it, :attr:`genders`) rules out an
        entity of the other gender than "he" or "she" says, and confirms one of the same. An
        entity just said, of a kind the graph does not tell, is likelier meant than one said
        turns ago ("Who wrote *The Quiet River*?" / "Who translated it?" is not about the city
        of two turns before).

        >>> m = EntityMemory(answer=("Kaito", "Kaito"), topics=[("River", "The Quiet River")],
        ...                  earlier=[("Leipzig", "Leipzig")])
        >>> m.referent("it", agrees=lambda node, kind: True if node == "Leipzig" else None)
        ('River', 'The Quiet River')
        """
        found = self.referents(pronoun, agrees, gender)
        return found[0][0] if found else None

    def referents(
        self,
        pronoun: str = "he",
        agrees: Callable[[str, str | None], bool | None] | None = None,
        gender: Callable[[str], str | None] | None = None,
        items: bool = False,
    ) -> list[tuple[Entity, bool]]:
        """Every entity the pronoun may mean, in :meth:`referent`'s order of preference, each
        with whether the last turn said it. Where none is of the pronoun's kind, one of its
        kind that only the user's own earlier pronoun gave the other gender (:attr:`genders`)
        comes first: "she" after "Who wrote Odes?" / "Where was he born?" means that writer
        (the user's "he" may have been the slip), not the poem, whose kind the graph does not
        tell. "It" means no item of a list answer, unless ``items`` (what "there" borrows
        "it"'s things for, :mod:`kgchat.chat.there`, may be one of the places listed)."""
        word = pronoun.lower().split()[0]
        answer = [self.answer] if self.answer is not None else []
        listed = len(self.answers) > 1
        if listed and word in _GENDERS:
            # a singular pronoun means one of a list answer's items only after the topic (the
            # list is "they"), and only where its gender singles the item out: "he" after
            # "Who were the parents of William?" is William, "she" after those of a son the
            # mother; "it" cannot tell one ingredient of Pad Thai from another
            answer = list(dict.fromkeys([*answer, *self.answers]))
        elif listed and word in _NEUTER and not items:
            # "it" after a list answer: nothing singles one item out (number agrees with no
            # one of several), so the list's topic ("What inhibits reaction R?" / "What are
            # its products?": R's), not its first item
            answer = []
        topic_first = pronoun.lower() in _TOPIC_FIRST or listed
        order = (self.topics + answer) if topic_first else (answer + self.topics)
        kind = pronoun_kind(word)
        said = list(dict.fromkeys([*order, *self.earlier]))
        last = list(dict.fromkeys(order))
        if agrees is None:
            return [(e, e in last) for e in said]
        wanted_gender = _GENDERS.get(word)
        out: list[tuple[Entity, bool]] = []
        confirmed = False  # an entity of the pronoun's kind, or gender, agrees
        for turn in (last, [e for e in said if e not in last]):
            verdicts = [agrees(e[0], kind) for e in turn]
            if gender is not None and wanted_gender is not None:
                genders = [
                    (gender(e[0]) or self.genders.get(e[0])) if v is not False else None
                    for e, v in zip(turn, verdicts, strict=True)
                ]
                verdicts = [
                    v if g is None else g == wanted_gender
                    for v, g in zip(verdicts, genders, strict=True)
                ]
            confirmed = confirmed or True in verdicts
            for wanted in (True, None):
                out.extend(
                    (e, turn is last) for e, v in zip(turn, verdicts, strict=True) if v is wanted
                )
        if wanted_gender is None or confirmed:
            return out
        told = [
            (e, e in last)
            for e in said
            if self.genders.get(e[0]) not in (None, wanted_gender)
            and (gender is None or gender(e[0]) is None)
            and agrees(e[0], kind)
        ]
        return told + out

    @staticmethod
    def find_pronoun(message: str) -> re.Match[str] | None:
        """The first pronoun of ``message`` that refers back ("there" in "is there" does not;
        "that" as the subject right after a question's opening, "When was that founded?",
        does, :func:`bare_demonstrative`)."""
        bare = bare_demonstrative(message)
        if bare is not None:
            return bare
        for m in PRONOUN.finditer(message):
            if m.group(1).lower() != "there":
                return m
            before = message[: m.start()].split()
            after = [w for w in message[m.end() :].split() if w.strip("?.!,")]
            # "is there a ...", "there are ...": existential; "What is there?" (the last
            # word) points back, where a place was said (kgchat.chat.there)
            existential = (before and before[-1].lower() in BE_FORMS and bool(after)) or (
                after and after[0].lower().strip("?.!,") in BE_FORMS
            )
            if not existential:
                return m
        return None

    def substitute(self, message: str, label: str, m: re.Match[str] | None = None) -> str:
        """``message`` with its pronoun (``m``, else the first) replaced by ``label``."""
        m = m or self.find_pronoun(message)
        if m is None:
            core = message.rstrip().rstrip("?.! ")
            return f"{core} of {label}?"
        word = m.group(1).lower()
        after = message[m.end() :].lstrip()
        possessive = word in _POSSESSIVE or (word == "her" and bool(after) and after[0].isalnum())
        repl = f"{label}'s" if possessive else label
        if word == "there":
            repl = f"in {label}"
        return message[: m.start()] + repl + message[m.end() :]

    def ask_about(self, mention_text: str, which: int = 0) -> str | None:
        """The last question asked about ``mention_text`` instead of its topic (the
        ``which``-th): only the words that named the topic change (None when they cannot be
        found)."""
        if not self.question or len(self.topic_texts) <= which:
            return None
        if len(self.group) > 1:
            # asked of each item of a list ("Which films did A, B and C direct?"): X stands
            # for them all, not for one of them
            joined = said_together([e[1] for e in self.group])
            if joined in self.question:
                return self.question.replace(joined, mention_text, 1)
        said = [self.topic_texts[which]]
        if len(self.topics) > which:
            # the topic's label as a rewrite put it ("Who starred in Northern Lights (film)?":
            # the linker's words, "northern lights film", are not the question's)
            said.append(self.topics[which][1])
        for old in said:
            pattern = re.compile(re.escape(old).replace(r"\ ", r"[\s_]+"), re.I)
            if pattern.search(self.question):
                return pattern.sub(lambda _: mention_text, self.question, count=1)
        return None


def bare_demonstrative(message: str) -> re.Match[str] | None:
    """ "this" or "that" as a question's subject, right after its wh-word and auxiliary, and
    followed by no noun it would determine (by WordNet: "When was that *founded*?", "Where is
    that?"; not "When was that *battle*?", a noun phrase :mod:`kgchat.chat.reference` reads);
    None otherwise, and without WordNet.

    >>> [bool(bare_demonstrative(q)) for q in ("When was that founded?", "Where is this?")]
    [True, True]
    >>> [bool(bare_demonstrative(q)) for q in ("When was that battle?", "Who made that one?")]
    [False, False]
    """
    from kgchat.wordnet import wordnet

    m = _BARE.match(message)
    if m is None:
        return None
    word = _WORD.match(message, m.start(1))  # the pronoun's own span, as PRONOUN's matches
    after = m.group(2).lower()
    if not after:
        return word
    wn = wordnet()
    if wn is None:
        return None
    nouns = [lemma for lemma, pos in wn.base_forms(after) if pos == "n"]
    return None if any(wn.pos_share(lemma, "n") >= 0.5 for lemma in nouns) else word
