"""'What about X?': the last question asked again of X (:func:`what_about`).

X stands in for the last question's topic that shares most of its type words; where X is
not of that topic's kind, the latest earlier question asked of one of X's kind is asked
instead, else X's own relation that the last question's words fit best (the path scorer),
so that "What about Odes?" after "Where was Ada born?" asks nothing the graph cannot mean.
Moved from :mod:`kgchat.chat.followup` (which reads the follow-up and calls this).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgchat.chat.asked import said_type
from kgchat.chat.followup_words import FOLLOW_UP_WORDS
from kgchat.chat.kinds import EntityKinds
from kgchat.chat.memory import FRAME, EntityMemory
from kgchat.graph.vocab import RDF_TYPE
from kgchat.retrieval.question import analyze
from kgchat.text import WH_WORDS, tokens

if TYPE_CHECKING:
    from kgchat.retrieval import Retriever

__all__ = ["Named", "alike", "class_words", "what_about"]


def _other_relation(retriever: Retriever, question: str, node: str) -> tuple[str, bool] | None:
    """The relation of ``node`` that ``question`` fits best, by the path scorer: its words,
    and the type words of what the relation reaches (a "where" question wants a place)."""
    reached: dict[tuple[str, bool], str] = {}
    for e in retriever.kg.neighbors(node, limit=200):
        if e.predicate != RDF_TYPE:
            reached.setdefault((e.predicate, e.forward), e.neighbor)
    if not reached:
        return None
    steps = list(reached)
    info = analyze(question, [])
    queries = [retriever.query((s,), retriever.answer_types(reached[s])) for s in steps]
    scores = retriever.scorer.score(info, queries)
    return steps[int(scores.argmax())]


def class_words(retriever: Retriever, node: str, rest: list[str]) -> set[str]:
    """The words of ``rest`` that name what ``node`` is (its classes' labels and the role
    words of the relations at it, :meth:`~kgchat.retrieval.Retriever.answer_types`), where
    any word of ``rest`` is not a follow-up word already (the graph is asked only then)."""
    if set(rest) <= FOLLOW_UP_WORDS:
        return set()
    type_words = {w for t in retriever.answer_types(node) for w in tokens(t)}
    return {w for w in rest if w in type_words}


def alike(retriever: Retriever, node: str, memory: EntityMemory) -> bool:
    """Whether ``node`` is of the kind of the last question's one topic (their classes share
    a head noun, :meth:`~kgchat.retrieval.Retriever.class_heads`): then "And for X?" after
    "Who is Takumi Racing's team principal?" (a team after a team) stands in for the topic,
    whatever preposition introduces it; a qualifier of another kind ("And in 2019?") does
    not, and keeps the preposition the last question must have (:func:`what_about` is
    asked only where one of the two holds)."""
    if len(memory.topics) != 1 or memory.topics[0][0] == node:
        return False
    mine = set(retriever.class_heads(node))
    return bool(mine.intersection(retriever.class_heads(memory.topics[0][0])))


@dataclass(frozen=True)
class Named:
    """An entity standing where a mention would ("what about <it>?")."""

    node: str


def what_about(
    memory: EntityMemory,
    retriever: Retriever,
    kinds: EntityKinds,
    mention: object,
    said: str | None = None,
) -> str | None:
    """The last question asked again of ``mention``'s node (see the module docstring), by
    ``said`` (the user's words for it) or its label; None where nothing was asked yet."""
    node = getattr(mention, "node", "")
    # the topic X stands in for: the one sharing most of X's type words (a film for a film)
    mine = set(retriever.answer_types(node))
    shared = [len(mine.intersection(retriever.answer_types(t[0]))) for t in memory.topics]
    which = max(range(len(shared)), key=lambda i: (shared[i], -i)) if shared else 0
    same = memory.ask_about(said or retriever.kg.label(node), which)
    if same is None or not memory.topics:
        return same
    before, now = kinds.kind(memory.topics[which][0]), kinds.kind(node)
    if before is None or before == now:
        return same
    earlier = _earlier_frame(memory, retriever, node, mine)
    if earlier is not None:  # "What about Norway?" after "Which products come from Spain?"
        return earlier
    if now is None:  # X's kind untold: the same words, where the graph answers them of X
        asked_same = retriever.retrieve(same)
        if asked_same.candidates and not asked_same.abstained:
            return same
    step = _other_relation(retriever, memory.question or "", node)
    if step is None:
        return same
    from kgchat.qa.phrasing import GraphWording

    asked = GraphWording(retriever.kg).ask(step, retriever.kg.label(node))
    wh = [q for q in asked if q.split()[0].lower() in WH_WORDS]  # "What is X made in?" first
    return _asked_type(memory.question or "", (wh or asked or [same])[0])


def _earlier_frame(
    memory: EntityMemory, retriever: Retriever, node: str, mine: set[str]
) -> str | None:
    """The latest earlier question whose one topic shares a type word with ``node`` (of
    ``mine``, its own), asked of ``node``: "What about Norway?" after "Which products come
    from Spain?" / "Which brand are they?" asks the first again, of Norway, not the last of
    a country; None where no earlier topic shares one."""
    for frame, (topic, _) in memory.frames[1:]:
        if frame and topic != node and mine.intersection(retriever.answer_types(topic)):
            return frame.replace(FRAME, retriever.kg.label(node))
    return None


def _asked_type(question: str, asked: str) -> str:
    """``asked`` ("What operated by X?") with the type the last question asked for in place
    of its opening "What" ("Which dams operated by X?" after "Which dams are in Lyon?"): X's
    own relation is asked, of the things the user wants; ``asked`` as it is where the last
    question named no type, or ``asked`` opens with another wh-word."""
    said = said_type(question)
    if said is None:
        return asked
    return re.sub(r"^What\b", lambda _: f"Which {said}", asked, count=1)
