"""Follow-up questions that keep their meaning.

A pronoun resolves to the last entity whose kind agrees with it (:class:`EntityKinds`):
``he``/``she``/``his``... to a person-like entity (not one whose facts say the other gender:
a value "male" or "female", by WordNet), ``it`` to one that is not, ``there`` to a
place; when none agrees, the chatbot asks back instead of guessing. "What about X?" asks the
last question again with X in place of its topic's words only; when X is not of the topic's
kind (a person after a place), the same words would ask nonsense ("Where was the telescope
born?"), so X's own relation that the last question's words fit best is asked instead; so
too where the graph tells not X's kind and answers nothing of the same words of X ("What
about Odes?", a poem of no class, after "Where was Ada born?"). A
question that names nothing ("And the population?") is asked of the last entity; a message
that names nothing and is no question ("Thanks!", "Hi") is not, and one so asked that the
graph answers nothing of, nor describes, was no follow-up ("What is the weather today?").
A class named alone ("And the airports?") takes the place of the type the last question
named ("Which airlines are based in Japan?": :func:`kgchat.chat.asked.retyped`).

Kinds come from the graph (:class:`kgchat.chat.kinds.EntityKinds`: classes, the relations an
entity takes, WordNet for an entity with no class). Ordinals ("the second one") point into the
last list named (:mod:`kgchat.chat.ordinal`), "there" at a place or a site
(:mod:`kgchat.chat.there`), noun phrases ("that city") and "they" after a list are
:mod:`kgchat.chat.reference`'s; of the entities a pronoun may mean, the one whose reading
the graph answers is asked of (:mod:`kgchat.chat.readings`).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> from kgchat.chat.memory import EntityMemory
>>> r = Retriever(KnowledgeGraph.from_triples([("Ada", "born_in", "Oslo"),
...     ("Ada", "spouse", "Ben"), ("Ben", "born_in", "Bergen")]))
>>> m = EntityMemory()
>>> m.remember(question="Who is Ada's spouse?", answer=("Ben", "Ben"), topics=[("Ada", "Ada")],
...            topic_texts=["Ada"])
>>> resolve_followup("Where was he born?", m, r, EntityKinds(r)).text
'Where was Ben born?'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgchat.chat.asked import names_type, retyped, said_type
from kgchat.chat.corrections import asks, corrected_question, corrects
from kgchat.chat.demonstrative import demonstrated
from kgchat.chat.followup_words import FOLLOW_UP_WORDS, named_possessor, other_wh, said_words
from kgchat.chat.kinds import EntityKinds
from kgchat.chat.memory import EntityMemory, pronoun_gender, pronoun_kind
from kgchat.chat.ordinal import ordinal
from kgchat.chat.others import more_wanted, the_others
from kgchat.chat.predicative import predicated
from kgchat.chat.readings import best_reading
from kgchat.chat.reference import contrasts, noun_phrase, plural, possessive_answer
from kgchat.chat.then import then_time
from kgchat.chat.there import ends_after_be, reaches_into, there_referents
from kgchat.chat.what_about import Named, alike, class_words, what_about
from kgchat.mention import Mention
from kgchat.text import POSSESSIVES, PREPOSITIONS, tokens

if TYPE_CHECKING:
    from kgchat.retrieval import Retrieval, Retriever

__all__ = ["Resolution", "asks", "resolve_followup"]


@dataclass(frozen=True)
class Resolution:
    """A follow-up rewritten to name what it means; ``ask_back`` holds the pronoun that fits
    nothing said so far (the chatbot asks what it means); ``implicit`` is true where a
    question that names nothing was asked of the last entity (a guess: it may be no
    follow-up at all, "What is the weather today?"); ``items`` are a list answer's items
    that "they" (or "those films") means: ``text`` is asked of each; ``more``, that ``text``
    is the last question asked for the answers its replies have not named ("Any more?")."""

    text: str
    ask_back: str | None = None
    implicit: bool = False
    items: tuple[tuple[str, str], ...] = ()  # (node, label): each in place of reference.ITEM
    within: tuple[tuple[str, str], ...] = ()  # the answer is one of these ("which of them")
    more: bool = False  # the last question asked again for the answers not named yet


@dataclass(frozen=True)
class _Asking:
    """What a follow-up is read with: the conversation so far, the retriever, the kinds of
    its entities and how a reading tried is retrieved (:func:`resolve_followup`)."""

    memory: EntityMemory
    retriever: Retriever
    kinds: EntityKinds
    retrieve: Callable[[str], Retrieval]


def resolve_followup(
    message: str,
    memory: EntityMemory,
    retriever: Retriever,
    kinds: EntityKinds,
    retrieve: Callable[[str], Retrieval] | None = None,
) -> Resolution:
    """Rewrite a follow-up (see the module docstring); a message that needs nothing is kept.
    The readings tried are retrieved by ``retrieve`` (default: ``retriever.retrieve``; the
    chatbot's :class:`kgchat.chat.recall.Recall`, which keeps them for the question asked)."""
    retrieve = retrieve or retriever.retrieve
    meant = corrected_question(message) if memory.question is not None else None
    if meant is not None:  # "No, I meant where she studied.": that question, followed up
        return resolve_followup(meant, memory, retriever, kinds, retrieve)
    message = then_time(message, memory) or message  # "Who won then?" after a date: its year
    ask = _Asking(memory, retriever, kinds, retrieve)
    mentions = retriever.linker.link(message)
    nth = ordinal(message, mentions, memory, kinds)  # "the second one": the list's item
    if nth is not None:
        if nth.text is None:  # "the fourth one" of three: ask back
            return Resolution(message, nth.words)
        message, mentions = nth.text, retriever.linker.link(nth.text)
    if mentions:
        named = _named_followup(message, mentions, ask)
        if named is not None:
            return named
    pointed = noun_phrase(message, mentions, memory, kinds)  # "that city", "the band"
    if pointed is not None:
        if pointed.items or memory.find_pronoun(pointed.text) is None:
            return pointed
        message, mentions = pointed.text, retriever.linker.link(pointed.text)
    m = memory.find_pronoun(message)
    if m is None:
        return _unreferred_followup(message, bool(mentions), ask)
    return _pronoun_followup(message, m, ask)


def _named_followup(message: str, mentions: list[Mention], ask: _Asking) -> Resolution | None:
    """A follow-up that names an entity: "what about X?", "and X?", "and in X?", "And the
    airports?", "And Bill Clinton's wife?"; None where ``message`` is none of these."""
    memory, retriever, kinds = ask.memory, ask.retriever, ask.kinds
    # a class named before the entity ("what about *run* X?") is a word of X's
    named = [m for m in mentions if not m.is_class] or mentions
    spans = {(m.start, m.end) for m in named}
    inside = {i for a, b in spans for i in range(a, b)}
    rest = [w for i, w in enumerate(tokens(message)) if i not in inside]
    # "what about X?", "and X?", "and in X?" (a preposition the last question has),
    # "what about run X?" (X named with a word of its own class before it)
    asked = PREPOSITIONS.intersection(tokens(memory.question or ""))
    kind = retyped(memory.question or "", named[0].text) if named[0].is_class else None
    if kind is not None and len(spans) == 1 and set(rest) <= FOLLOW_UP_WORDS:
        return Resolution(kind)  # "And the airports?": the last question, of airports
    if len(spans) == 1 and (
        set(rest) <= FOLLOW_UP_WORDS | asked | class_words(retriever, named[0].node, rest)
        or corrects(message, rest)
        or (set(rest) <= FOLLOW_UP_WORDS | PREPOSITIONS and alike(retriever, named[0].node, memory))
    ):
        said = said_words(message, named)  # "And LDLR?": two nodes so named, the user's words
        return Resolution(what_about(memory, retriever, kinds, named[0], said) or message)
    noun = None if len(spans) != 1 else named_possessor(message, rest, named[0].end)
    if noun is not None and memory.question is not None:
        # "And Bill Clinton's wife?": the last question of her, unless it asked that
        # noun already ("Who is Obama's wife?": then of Bill Clinton, as "And X?")
        if noun in tokens(memory.question):
            return Resolution(what_about(memory, retriever, kinds, named[0]) or message)
        label = retriever.kg.label(named[0].node)
        owner = _possessed(label, noun, ask)
        return Resolution(owner or message)
    return None


def _unreferred_followup(message: str, mentioned: bool, ask: _Asking) -> Resolution:
    """A message with no pronoun: kept where it names something (``mentioned``) or asks
    nothing ("Thanks!"); else "And the others?", "Any more?", "And when?", or the question
    asked of the entity whose reading the graph answers best."""
    memory, kinds = ask.memory, ask.kinds
    # a message that names nothing and asks nothing ("Thanks!") is no follow-up
    if mentioned or memory.question is None or not asks(message):
        return Resolution(message)
    others = the_others(message, memory)  # "And the others?": the rest of the list
    if others is not None:
        return Resolution(others[0], items=others[1])
    more = more_wanted(message, memory)  # "Any more?" after "... and 30 more"
    if more is not None:
        return Resolution(more, more=True)
    other = other_wh(message, memory.question)  # "And when?" after "Where did X die?"
    if other is not None:
        return Resolution(other)
    # any kind of entity, but no value nor record (EntityKinds.agrees of no kind)
    known = memory.referents(
        "it" if memory.answer is None else "he", lambda node, _: kinds.agrees(node, None)
    )
    if not known:
        return Resolution(message)
    # of the entities it may be asked of, the one whose reading the graph answers best
    # ("Who directed Glass Harbor?" / "What is the runtime?": the film's)
    ref = best_reading(
        lambda label: memory.substitute(message, label),
        [e for e, _ in known],
        [e for e, now in known if now],
        ask.retrieve,
    )
    return Resolution(memory.substitute(message, ref[1]), implicit=True)


def _pronoun_followup(message: str, m: re.Match[str], ask: _Asking) -> Resolution:
    """A message whose pronoun ``m`` refers: "they" after a list, "his wife" just named,
    "there", or the referent whose reading the graph answers best, in the pronoun's place
    (asked back where nothing said so far fits it)."""
    memory, retriever, kinds, retrieve = ask.memory, ask.retriever, ask.kinds, ask.retrieve
    each = plural(message, memory)  # "they" after a list answer: each of its items
    if each is not None:
        return each
    said = possessive_answer(message, m, memory, kinds)  # "his wife" just named: the answer
    if said is not None:
        return Resolution(said)
    there = m.group(1).lower() == "there"
    if there:  # the place, or the site of the question's relation (kgchat.chat.there)
        order = there_referents(
            memory,
            kinds,
            lambda e: reaches_into(retriever, memory.substitute(message, e[1], m)),
            final=ends_after_be(message, m),
        )
    else:  # a bare "that": what the last reply said (kgchat.chat.demonstrative)
        shown = demonstrated(message, memory, kinds.agrees)
        order = (
            shown if shown is not None else memory.referents(m.group(1), kinds.agrees, kinds.gender)
        )
        if shown is None and predicated(memory):  # "What style is X?": the answer classifies X
            # and is no referent; where no other fits the pronoun's kind, the topic does (the
            # user's "he" of a dog: "What breed is Moose?" / "Which home is he with?")
            kept = [e for e in order if e[0] != memory.answer]
            order = kept or [(t, True) for t in memory.topics]
    if not order:
        if memory.question is None or (there and ends_after_be(message, m)):
            return Resolution(message)  # "Which lines are there?": existential
        return Resolution(message, m.group(1))
    noun = said_type(message)  # "Which department is it part of?": a department's reading
    ref = best_reading(
        lambda label: memory.substitute(message, label, m),
        [e for e, _ in order],
        [e for e, now in order if now],
        retrieve,
        ranked=pronoun_kind(m.group(1)) == "thing",
        newest=_focus(memory, retriever) if pronoun_kind(m.group(1)) == "thing" else None,
        typed=None if noun is None else lambda node: names_type(kinds, noun, node),
    )
    said = pronoun_gender(m.group(1))
    if said is not None and kinds.gender(ref[0]) is None:
        memory.genders.setdefault(ref[0], said)  # "her husband": she is a woman, to the user
    about = _what_about_them(message, m, ref, ask)
    return Resolution(about or memory.substitute(message, ref[1], m))


def _what_about_them(
    message: str, m: re.Match[str], ref: tuple[str, str], ask: _Asking
) -> str | None:
    """ "How about her?" and "What about his sister?" ask the last question again, of the
    pronoun's referent or of the entity its possessive names ("What is X's sister?" first,
    by the retriever); None for any other message, or where the possessive has no answer."""
    memory, retriever, kinds = ask.memory, ask.retriever, ask.kinds
    words = tokens(message[: m.start()] + " " + message[m.end() :])
    said = [w for w in words if w not in FOLLOW_UP_WORDS]
    # only the last question's topic is one to ask it of again: not its answer ("Who
    # directed X?" / "How about her?" would ask who directed her), nor an earlier entity
    if memory.question is None or len(said) > 1 or ref not in memory.topics:
        return None
    if not said:
        return what_about(memory, retriever, kinds, Named(ref[0]))
    # "his sister": the one word right after the possessive pronoun
    after = tokens(message[m.end() :])
    if not after or after[0] != said[0] or m.group(1).lower() not in POSSESSIVES:
        return None
    return _possessed(ref[1], said[0], ask)


def _possessed(owner: str, noun: str, ask: _Asking) -> str | None:
    """The last question asked again of ``owner``'s ``noun`` ("And his wife?", "And Bill
    Clinton's wife?" after "Where was Barack Obama born?": where was that wife born), the
    one the retriever answers "What is <owner>'s <noun>?" with; that question itself where
    the noun contrasts with the last relation's head ("And his father?" after "Who was his
    mother?") or names a thing of its kind that the last question said ("And his wife?"
    after "Who was his mother?"); None where the graph names no such entity."""
    memory, retriever, kinds = ask.memory, ask.retriever, ask.kinds
    head = retriever.relation_head(memory.relation[0]) if memory.relation else None
    # the noun where the last question said its relation by a head noun of the same kind
    # ("Who was his mother?" / "And his wife?": people), or another relation of the same one
    # ("And his father?"): that relation of the owner, not the last question asked of his
    # wife; not so "What is the birthplace of X?" / "What about his sister?" (hers)
    said, kind = tokens(head or ""), kinds.noun_kind(noun)
    alike = (
        bool(said)
        and set(said) <= set(tokens(memory.question or ""))
        and kind not in (None, "thing")
        and kinds.noun_kind(said[-1]) == kind
    )
    if head and (alike or contrasts(noun, head)):
        return f"What is {owner}'s {noun}?"
    res = ask.retrieve(f"What is {owner}'s {noun}?")
    if res.abstained or not res.candidates or retriever.kg.is_literal(res.candidates[0].node):
        return None
    return what_about(memory, retriever, kinds, Named(res.candidates[0].node))


def _focus(memory: EntityMemory, retriever: Retriever) -> tuple[str, str] | None:
    """The last reply's one answer where it is of the kind of the last question's topic (a
    river the Doubs flows into; an offensive technique a defensive one counters): the entity
    the reply put in focus, which "it" means where the graph answers it as well as the topic;
    None for a list answer (no one of them is "it"), or one of another kind ("What quantity
    kind does the newton measure?" / "What is its symbol?": the unit asked about, though the
    force has a symbol too). Kinds are the head nouns of the classes, stated or as the
    relations at each declare them (:meth:`~kgchat.retrieval.Retriever.class_heads`): a
    class names what its members are by its head."""
    if memory.answer is None or len(memory.answers) > 1:
        return None
    mine = set(retriever.class_heads(memory.answer[0]))
    shared = any(mine.intersection(retriever.class_heads(t[0])) for t in memory.topics)
    return memory.answer if shared else None
