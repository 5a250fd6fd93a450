"""Entity memory across turns: follow-up questions are rewritten to name what they refer to.

After "Who is Frederica's spouse?" answered with an entity, "and what is his nationality?"
becomes "and what is <spouse>'s nationality?"; "what about Warfarin?" asks the last question
again about Warfarin; a question that names no entity at all is asked about the last one.

Examples
--------
>>> m = EntityMemory()
>>> m.remember(question="Who is Frederica's spouse?", answer=("Paul", "Paul of Greece"),
...            topics=[("Frederica", "Frederica")], topic_texts=["frederica"])
>>> m.resolve("and what is his nationality?", linked=False)
"and what is Paul of Greece's nationality?"
>>> m.resolve("What about Warfarin?", linked=True, only_entities=True, mention_text="warfarin")
"Who is warfarin's spouse?"
>>> m.resolve("what is the birth date?", linked=False)
'what is the birth date of Paul of Greece?'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["EntityMemory"]

_PRONOUN = re.compile(
    r"\b(he|she|him|his|her|hers|it|its|they|them|their|theirs|this one|that one)\b", re.I
)
_POSSESSIVE = {"his", "its", "their", "theirs", "hers"}


@dataclass
class EntityMemory:
    """What the conversation is about: the last answer entity and the last topic entities."""

    answer: tuple[str, str] | None = None
    topics: list[tuple[str, str]] = field(default_factory=list)
    topic_texts: list[str] = field(default_factory=list)
    question: str | None = None

    def reset(self) -> None:
        """Forget everything."""
        self.answer, self.topics, self.topic_texts, self.question = None, [], [], None

    def remember(
        self,
        *,
        question: str,
        answer: tuple[str, str] | None,
        topics: list[tuple[str, str]],
        topic_texts: list[str],
    ) -> None:
        """Record one turn: the question, the answer entity (node, label) and the topics."""
        self.question = question
        self.answer = answer
        self.topics = topics
        self.topic_texts = topic_texts

    def referent(self, pronoun: str = "he") -> str | None:
        """The label a pronoun most likely means. Personal pronouns (he, she, they...) mean the
        last answer entity ("Who is Frederica's spouse?" / "his nationality?"); ``it``/``its``
        and ``this``/``that`` mean the last topic ("What does Warfarin treat?" / "what does it
        interact with?"). Each falls back on the other."""
        answer = self.answer[1] if self.answer is not None else None
        topic = self.topics[0][1] if self.topics else None
        if pronoun.lower().split()[0] in ("it", "its", "this", "that"):
            return topic or answer
        return answer or topic

    def resolve(
        self,
        message: str,
        *,
        linked: bool,
        only_entities: bool = False,
        mention_text: str | None = None,
    ) -> str:
        """Rewrite a follow-up so it names what it refers to (unchanged when it needs nothing).

        ``linked``: the message mentions an entity of the graph itself; ``only_entities``: it is
        nothing but that mention ("what about X?"); ``mention_text``: the mention's words.
        """
        m = _PRONOUN.search(message)
        ref = self.referent(m.group(1) if m else "he")
        if ref is None:
            return message
        if only_entities and mention_text and self.question and self.topic_texts:
            old = self.topic_texts[0]
            pattern = re.compile(re.escape(old).replace(r"\ ", r"[\s_]+"), re.I)
            if pattern.search(self.question):
                return pattern.sub(mention_text, self.question, count=1)
        if m:
            word = m.group(1).lower()
            after = message[m.end() :].lstrip()
            possessive = word in _POSSESSIVE or (
                word == "her" and bool(after) and after[0].isalnum()
            )
            repl = f"{ref}'s" if possessive else ref
            return message[: m.start()] + repl + message[m.end() :]
        if not linked:
            core = message.rstrip().rstrip("?.! ")
            return f"{core} of {ref}?"
        return message
