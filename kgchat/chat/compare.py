"""Comparing the answers the conversation has given: "Which of them is older?".

"When was Angela Merkel born?" / "And Olaf Scholz?" / "Which of them is older?" asks which of
the entities the last turns asked the same question of has the greater (or lesser) value;
so does "When were they born?" / "Which of them is older?" of the items a question was asked
of once each. The entities are those of the leading run of the conversation's questions that
differ only in their topic (:attr:`kgchat.chat.memory.EntityMemory.frames`), or the items of
the last question asked of each; each one's question is asked again (the chatbot's recall
keeps them), and its answer must be a number or a date the retriever answers with, not
abstaining. Which pole the message asks for is :mod:`kgchat.chat.comparative`'s. The reply
names the entity first and every value, each cited by the facts of its answer's path: "Theo
Vance (older): 1982-07-30 [1]; Iris Lamb: 1990-01-05 [2]."

Where the retriever gives no value of one of them (it abstains, or answers with an entity),
the reply says so and abstains: a comparison of values not given would be a guess. A message
that names an entity of the graph, asks no wh-question, says no comparative, or whose values
are not all numbers or all dates (or tie) is no comparison: it is resolved as any follow-up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from kgchat.chat.comparative import Comparative, comparative
from kgchat.chat.decide import abstention
from kgchat.chat.each import one_at_a_time
from kgchat.chat.guard import cited_paths, support
from kgchat.chat.memory import FRAME, Entity, EntityMemory, said_together
from kgchat.chat.turn import Turn
from kgchat.graph.dates import DATE, may_be_year
from kgchat.graph.view import Fact
from kgchat.number_forms import GROUPED_NUMBER
from kgchat.text import WH_WORDS, YES_NO_WORDS, tokens

if TYPE_CHECKING:
    from kgchat.chat.bot import ChatBot
    from kgchat.retrieval import Retrieval

__all__ = ["against", "compare", "compared"]

_OPENERS = frozenset({"and", "so", "then", "but"})  # "And which of them is older?"
_UNVALUED = "The knowledge graph gives no value of {} to compare: it does not say which is {}."


def compared(memory: EntityMemory, attribute: str | None = None) -> list[tuple[Entity, str]]:
    """The entities a comparison is among, each with its question (see the module
    docstring), in the order the conversation asked of them; empty where fewer than two.
    After a comparison, the same ("And which of them is younger?"); after a list answer
    that no question was asked of since, its items, each asked its ``attribute`` ("Who
    stars in X?" / "Which of them is older?": "What is Theo Vance's age?")."""
    if memory.compared:
        return list(memory.compared)
    if len(memory.answers) > 1 and attribute is not None:
        return [(e, f"What is {e[1]}'s {attribute}?") for e in memory.answers]
    if len(memory.group) > 1:
        asked = [(e, memory.ask_about(e[1])) for e in memory.group]
        return [(e, one_at_a_time(q)) for e, q in asked if q is not None]
    if not memory.frames or not memory.frames[0][0]:
        return []
    frame = memory.frames[0][0]
    run: dict[str, tuple[Entity, str]] = {}
    for f, e in memory.frames:
        if f != frame:
            break
        run.setdefault(e[0], (e, f.replace(FRAME, e[1])))
    return list(reversed(run.values())) if len(run) > 1 else []


def compare(bot: ChatBot, turn: Turn, memory: EntityMemory) -> list[tuple[Entity, str]] | None:
    """Fill ``turn`` with the comparison its message asks (see the module docstring) and
    return the entities compared, each with its question; None (``turn`` untouched) where
    it asks none."""
    words = tokens(turn.question)
    opening = [w for w in words if w not in _OPENERS][:1]
    if not opening or opening[0] not in WH_WORDS:
        return None
    if any(not m.is_class for m in bot.retriever.linker.link(turn.question)):
        return None
    from kgchat.wordnet import wordnet

    said = comparative(turn.question, wordnet(), getattr(bot.retriever.index, "encoder", None))
    among = compared(memory, said.attribute) if said is not None else []
    if said is None or not among:
        return None
    found = [_valued(bot, q) for _, q in among]
    if any(f is None for f in found):  # a value the graph does not give: say so, not guess
        unvalued = [(e[1], q) for (e, q), f in zip(among, found, strict=True) if f is None]
        turn.text = _UNVALUED.format(said_together([e for e, _ in unvalued]), said.word)
        turn.abstained = True
        return among
    when = any("when" in tokens(q) for _, q in among)  # a year asked "when" is a time
    values = _comparable([f[1].label for f in found if f is not None], when)
    if values is None or len(set(values)) < len(values):
        return None
    _fill(bot, turn, said, among, [f for f in found if f is not None], values)
    return among


def _valued(bot: ChatBot, question: str) -> tuple[Retrieval, Any] | None:
    """The retrieval of ``question`` and its answer, where it is a value the chatbot would
    give (no abstention); else None."""
    res = bot.recall(question)
    if abstention(bot, Turn(question, question), res) is not None:
        return None
    chosen = res.candidates[0]
    # a value is a literal, or a node the graph names by one (a CIDOC-CRM time-span
    # labelled "1606-07-17"): the chatbot answers both with that value
    valued = bot.kg.is_literal(chosen.node) or _comparable([chosen.label], True) is not None
    return (res, chosen) if valued else None


def _comparable(labels: list[str], when: bool) -> list[tuple[int, ...]] | list[float] | None:
    """The values as dates (year, month, day) where every one is a date or a year (and one
    a date, or ``when`` the question asked: "When was it released?" / "2011"), as numbers
    where every one is a number; else None."""
    dates = [DATE.fullmatch(v.strip()) for v in labels]
    years = all(d or may_be_year(v.strip()) for d, v in zip(dates, labels, strict=True))
    if years and (any(dates) or when):
        return [tuple(int(x) for x in re.findall(r"-?\d+", v.split("T")[0])[:3]) for v in labels]
    if all(GROUPED_NUMBER.fullmatch(v.strip()) for v in labels):
        return [float(v.strip().replace(",", "")) for v in labels]
    return None


def _fill(
    bot: ChatBot,
    turn: Turn,
    said: Comparative,
    among: list[tuple[Entity, str]],
    found: list[tuple[Retrieval, Any]],
    values: list[tuple[int, ...]] | list[float],
    asked: str | None = None,
) -> None:
    """The reply: the entity the comparison picks, then every value, each cited; to the
    yes/no question ``asked`` of the first entity, "Yes" or "No" first."""
    dated = isinstance(values[0], tuple)
    order = sorted(range(len(values)), key=lambda i: values[i])  # type: ignore[arg-type,return-value]
    if said.place is not None:
        pick = order[said.place - 1 if said.place > 0 else said.place]
    else:
        pick = order[-1] if (said.dated if dated else said.greatest) else order[0]
    facts: list[Fact] = []
    for res, chosen in found:
        for p in cited_paths(chosen, res.mentions):
            facts.extend(bot.kg.fact(h) for h in p.facts)
    given = list({f.id: f for f in facts}.values())
    parts = []
    for i in [pick, *(i for i in range(len(among)) if i != pick)]:
        (_, label), (res, chosen) = among[i][0], found[i]
        cites = "".join(f"[{n}]" for n in support(bot.kg, chosen, given, res.mentions))
        head = f"{label} ({said.word})" if i == pick else label
        parts.append(f"{head}: {chosen.label} {cites}".strip())
    from dataclasses import replace

    node, label = among[pick][0]
    turn.given, turn.text = given, "; ".join(parts) + "."
    turn.chosen = replace(found[pick][1], node=node, label=label)
    turn.retrieval = found[pick][0]
    turn.confidence = 1.0
    if asked is not None:
        yes = "Yes" if pick == 0 else "No"
        turn.text = f"{yes}. {turn.text}"
        turn.chosen = replace(found[0][1], node=yes, label=yes)
        return
    turn.resolved = f"Which of {said_together([e[1] for e, _ in among])}: {said.word}?"


def against(bot: ChatBot, turn: Turn, memory: EntityMemory) -> Entity | None:
    """Fill ``turn`` with the answer to a yes/no comparison of two named entities, as the
    follow-ups resolve it ("Is it bigger than Berlin?" after "What is the population of
    Hamburg?": "Is Hamburg bigger than Berlin?"; then "And Munich?"): the last question that
    asked of one topic (:attr:`~kgchat.chat.memory.EntityMemory.frames`) asked of each, and
    "Yes" where the first's value is the one the comparative picks. Returns the entity
    after "than" (what "And Munich?" stands in for); None (``turn`` untouched) where the
    resolved question is no such comparison."""
    words = tokens(turn.resolved)
    opening = [w for w in words if w not in _OPENERS][:1]
    if not opening or opening[0] not in YES_NO_WORDS or "than" not in words:
        return None
    if not memory.frames or not memory.frames[0][0]:
        return None
    named = [m for m in bot.retriever.linker.link(turn.resolved) if not m.is_class]
    than = words.index("than")
    before = [m for m in named if m.end <= than]
    after = [m for m in named if m.start > than]
    if len(before) != 1 or len(after) != 1 or before[0].node == after[0].node:
        return None
    from kgchat.wordnet import wordnet

    said = comparative(turn.resolved, wordnet(), getattr(bot.retriever.index, "encoder", None))
    if said is None or said.place is not None:
        return None
    frame = memory.frames[0][0]
    among = [
        ((m.node, bot.kg.label(m.node)), frame.replace(FRAME, bot.kg.label(m.node)))
        for m in (before[0], after[0])
    ]
    found = [_valued(bot, q) for _, q in among]
    if found[0] is None or found[1] is None:
        return None
    values = _comparable([f[1].label for f in found if f is not None], "when" in tokens(frame))
    if values is None or values[0] == values[1]:
        return None
    _fill(bot, turn, said, among, [f for f in found if f is not None], values, asked=turn.resolved)
    return among[1][0]
