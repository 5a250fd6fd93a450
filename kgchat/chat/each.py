"""One question asked of several entities, and a chain of possessives asked one hop at a time.

"Where were they born?" after a list answer asks the question once per item
(:data:`kgchat.chat.reference.ITEM` marks where each goes) and names every item's answers,
each cited: "Joel Brandt: Hamburg [1]; Ana Sol: Valencia [2]." An item whose question the
graph cannot answer is left out; when none can, the chatbot abstains.

"What is Jonas Weber's wife's birthplace?" names a chain of two relations by possessives; the
retriever reads it as one relation (and answered the wife). The inner possessive is asked on
its own ("What is Jonas Weber's wife?"), and its answer put in its place ("Clara Voss's
birthplace?"); several answers (a list) make the question one per answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from kgchat.chat.decide import abstention
from kgchat.chat.guard import cited_paths, support
from kgchat.chat.lists import asks_for_a_set, members
from kgchat.chat.reference import ITEM, said_together
from kgchat.chat.turn import Turn
from kgchat.graph.view import Fact
from kgchat.text import tokens

if TYPE_CHECKING:
    from kgchat.chat.bot import ChatBot
    from kgchat.retrieval import Retrieval

__all__ = ["answer_each", "one_at_a_time", "unnest"]


def _said(words: str) -> str:
    return " ".join(tokens(words))


_CHAIN = re.compile(r"'s\s+([^\W\d_][\w-]*)'s\b")


def _answers(bot: ChatBot, question: str, each: bool = False) -> tuple[Retrieval, list[Any]] | None:
    """The retrieval of ``question`` and every answer the chatbot would name (a list's
    members, else its best candidate); None where it would abstain."""
    res = bot.retriever.retrieve(question)
    if abstention(bot, Turn(question, question), res) is not None:
        return None
    chosen = res.candidates[0]
    # asked of each item, a plural says there are several items ("What are their
    # populations?"), not several answers each: only the tied candidates are named
    as_set = each is False and asks_for_a_set(res.question, res.reading)
    found = members(bot.kg, res, chosen, as_set=as_set, limit=bot.config.max_list).members
    return res, (found if len(found) >= 2 else [chosen])


_ONE = {"are": "is", "were": "was"}  # the copula's agreement with one subject


def one_at_a_time(text: str) -> str:
    """``text`` said of one item: its plural nouns singular (by WordNet: a word only a
    noun's plural form) and "are"/"were" as "is"/"was". Asked of each item, "What are their
    populations?" said plural asks for several answers each (the population's unit, year and
    notes beside its total); with WordNet, "What are Ada's populations?" becomes "What is
    Ada's population?"."""
    from kgchat.wordnet import wordnet

    wn = wordnet()

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _ONE:
            return _ONE[low] if word.islower() else _ONE[low].capitalize()
        if wn is None or len(low) < 4 or wn.pos_share(low, "n") > 0:
            return word
        forms = wn.base_forms(low)
        if forms and all(pos == "n" for _, pos in forms) and forms[0][0] != low:
            return forms[0][0]
        return word

    return re.sub(r"[^\W\d_]+", one, text)


def answer_each(bot: ChatBot, turn: Turn, text: str, items: tuple[tuple[str, str], ...]) -> None:
    """Fill ``turn`` with the answers of ``text`` asked of each item (see the module
    docstring); abstains (the ``no_answer`` template) when no item has one."""
    found: list[tuple[str, list[Any], list[Any]]] = []
    facts: list[Fact] = []
    for _, item in items:
        got = _answers(bot, one_at_a_time(text).replace(ITEM, item), each=True)
        if got is None:
            continue
        res, cands = got
        if turn.retrieval is None:
            turn.retrieval = res
        found.append((item, cands, res.mentions))
        for c in cands:
            for p in cited_paths(c, res.mentions):  # the paths support() cites
                facts.extend(bot.kg.fact(h) for h in p.facts)
    if not found:
        turn.text = bot.templates.no_answer.format(topic=said_together([e[1] for e in items]))
        turn.abstained = True
        return
    given = list({f.id: f for f in facts}.values())
    parts: list[str] = []
    named: dict[str, Any] = {}
    for item, cands, mentions in found:
        said = []
        for c in cands:
            cites = "".join(f"[{n}]" for n in support(bot.kg, c, given, mentions))
            said.append(f"{c.label} {cites}".strip())
            named.setdefault(c.node, c)
        parts.append(f"{item}: {', '.join(said)}")
    turn.given, turn.text = given, "; ".join(parts) + "."
    turn.members = list(named.values())
    turn.chosen = turn.members[0]
    turn.confidence = 1.0


def unnest(bot: ChatBot, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """``text`` with its first chain of possessives ("X's wife's birthplace") cut to one
    hop ("Clara Voss's birthplace"), and the items a list answer of the inner hop leaves
    (then ``text`` holds :data:`ITEM`); ``(text, ())`` unchanged where there is no chain or
    the inner hop has no answer."""
    m = _CHAIN.search(text)
    if m is None:
        return text, ()
    owners = bot.retriever.linker.link(text[: m.start()])
    if not owners:
        return text, ()
    # where the last entity named before the chain starts ("Tomás Ibáñez" read as "tomas ibanez")
    owner = " ".join(tokens(max(owners, key=lambda o: o.end).text))
    starts = [w.start() for w in re.finditer(r"\S+", text[: m.start()])]
    start = next((i for i in reversed(starts) if _said(text[i : m.start()]) == owner), -1)
    if start < 0:
        return text, ()
    got = _answers(bot, f"What is {text[start : m.start()]}'s {m.group(1)}?")
    if got is None:
        return text, ()
    found = tuple({c.node: (c.node, c.label) for c in got[1]}.values())
    if len(found) == 1:
        return f"{text[:start]}{found[0][1]}'s{text[m.end() :]}", ()
    return f"{text[:start]}{ITEM}'s{text[m.end() :]}", found
