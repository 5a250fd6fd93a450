"""Follow-ups that point back with a noun phrase, or at every item of a list answer.

A demonstrative or definite noun phrase ("that city", "this company", "the band") means the
most recent entity the noun names, by the graph: the retriever's own answer-type match of
"which <noun>?" against the entity's type words (its classes, the head words of the
relations pointing at it; :meth:`kgchat.chat.kinds.EntityKinds.names`), the last turn's
entities first (its answer, the rest of a list answer, its topics), then earlier turns'.
When no entity's type words match, a demonstrative ("that", "this") still means the most
recent entity without a class whose kind agrees with the kind WordNet gives the noun (a
restaurant is no person; an entity with classes is what they say, and the noun missed
them). "The" must name a class of the entity, by its head word ("the company", "the band"):
"the members", "the population", "the capital" name relations (Oslo's type words have
"capital", from Norway's relation); and no noun followed by "of" ("the capital of X") is a
reference.

"They", "them", "their" after a list answer, and "these"/"those" with a noun the items'
type words match, mean the list's items: the question is asked once per item
(:data:`ITEM` marks where each goes) and the chatbot names every item's answer.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> from kgchat.chat.kinds import EntityKinds
>>> from kgchat.chat.memory import EntityMemory
>>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> kg = KnowledgeGraph.from_triples([("Ada", T, "Person"), ("Ada", "born_in", "Oslo"),
...     ("Oslo", T, "City"), ("Oslo", "in_country", "Norway"), ("Norway", T, "Country")])
>>> r = Retriever(kg)
>>> m = EntityMemory()
>>> m.remember(question="Where was Ada born?", answer=("Oslo", "Oslo"),
...            topics=[("Ada", "Ada")], topic_texts=["Ada"])
>>> noun_phrase("Which country is that city in?", [], m, EntityKinds(r)).text
'Which country is Oslo in?'
>>> m.remember(question="Who was born in Oslo?", answer=("Ada", "Ada"),
...            answers=[("Ada", "Ada"), ("Ben", "Ben")], topics=[], topic_texts=[])
>>> r = plural("Where were they born?", m)
>>> r.text.replace(ITEM, "<item>"), r.items
('Where were <item> born?', (('Ada', 'Ada'), ('Ben', 'Ben')))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kgchat.chat.memory import (
    Entity,
    EntityMemory,
    pronoun_gender,
    pronoun_kind,
    said_together,
)
from kgchat.function_words import RELATIVE_PRONOUNS
from kgchat.text import POSSESSIVES, PREPOSITIONS, WH_WORDS, singular, tokens

if TYPE_CHECKING:
    from kgchat.chat.followup import Resolution
    from kgchat.chat.kinds import EntityKinds

__all__ = ["ITEM", "noun_phrase", "plural", "possessive_answer", "said_together"]

ITEM = "\x00"  # where each item of a list answer goes in a question asked once per item
_MATCH = 0.5  # the answer-type match at which a noun names an entity (as followup's kinds)
_NP = re.compile(r"\b(that|this|these|those|the)\s+([^\W\d_][\w-]*)", re.I)
_PLURAL = {"they", "them", "their", "theirs"}
_SET = {"these", "those"}
_POINTING = {"that", "this", "these", "those"}


def plural(message: str, memory: EntityMemory) -> Resolution | None:
    """ "They"/"them"/"their" after a list answer: the question once per item (None when the
    message has no such pronoun or the last answer was no list). The items a question was
    just asked of stay what "they" means ("Where were they born?" / "When did they die?");
    "which of them" asks the question without them and answers only among them."""
    from kgchat.chat.followup import Resolution

    m = memory.find_pronoun(message)
    group = memory.group or memory.answers
    if m is None or m.group(1).lower() not in _PLURAL or len(group) < 2:
        return None
    before = message[: m.start()].split()
    if len(before) >= 2 and before[-1].lower() == "of" and before[0].lower() in WH_WORDS:
        # "Which of them was born in Paris?": "Which was born in Paris?", among them only
        head = message[: m.start()].rstrip()[:-2].rstrip()
        return Resolution(f"{head} {message[m.end() :].lstrip()}", within=tuple(group))
    return Resolution(memory.substitute(message, ITEM, m), items=tuple(group))


def _turns(memory: EntityMemory) -> list[list[Entity]]:
    last = [e for e in (memory.answer, *memory.answers, *memory.topics) if e is not None]
    last = list(dict.fromkeys(last))
    return [last, [e for e in memory.earlier if e not in last]]


def _class_heads(kinds: EntityKinds, node: str) -> tuple[str, ...]:
    """The head words of a node's classes ("Human-Made Object": object)."""
    heads = (tokens(kinds.kg.label(c))[-1:] for c in kinds.kg.types(node))
    return tuple(dict.fromkeys(h[0] for h in heads if h))


def _by_type(
    noun: str, memory: EntityMemory, kinds: EntityKinds, classes: bool = False
) -> Entity | None:
    """The most recent entity the noun names by its type words (``classes``: by its
    classes' head words only)."""

    def names(node: str) -> float:
        if classes:
            return kinds.names_words(noun, _class_heads(kinds, node))
        return kinds.names(noun, node)

    for turn in _turns(memory):
        scored = [(names(e[0]), -i, e) for i, e in enumerate(turn)]
        best = max(scored, default=None, key=lambda t: t[:2])
        if best is not None and best[0] >= _MATCH:
            return best[2]
    return None


def _by_kind(noun: str, memory: EntityMemory, kinds: EntityKinds) -> Entity | None:
    kind = kinds.noun_kind(noun)
    if kind is None:
        return None
    for turn in _turns(memory):
        # an entity with classes is what they say, and the noun did not name it
        turn = [e for e in turn if not kinds.kg.types(e[0])]
        # the noun's own kind, not a pronoun's: a restaurant is a thing, and no place
        mine = [kinds.kind(e[0]) for e in turn]
        verdicts = [None if k is None else k == kind for k in mine]
        for wanted in (True, None):
            for e, v in zip(turn, verdicts, strict=True):
                if v is wanted:
                    return e
    return None


def noun_phrase(
    message: str, mentions: Sequence[Any], memory: EntityMemory, kinds: EntityKinds
) -> Resolution | None:
    """The message with its first noun phrase that points back ("that city", "the band")
    replaced by what it means (see the module docstring); None when it has none."""
    from kgchat.chat.followup import Resolution

    if memory.question is None:
        return None
    # words of the graph's own names are no pointing noun ("the Red Line", "this Must Be...")
    named = {w for m in mentions if not getattr(m, "is_class", False) for w in tokens(m.text)}
    for m in _NP.finditer(message):
        det, noun = m.group(1).lower(), m.group(2).lower()
        if noun in named:
            continue
        rest = tokens(message[m.end() :])
        after = rest[:1]
        # "the capital of X" (a relational noun), "the band Led Zeppelin" (a name follows)
        if after and (after[0] == "of" or after[0] in named):
            continue
        if det == "the" and _restricted(rest, named):
            continue
        group = memory.group or memory.answers
        items = group if len(group) >= 2 else []
        if det in _SET and items:
            typed = all(kinds.names(noun, e[0]) >= _MATCH for e in items)
            before = message[: m.start()].split()
            if len(before) >= 2 and before[-1].lower() == "of" and before[0].lower() in WH_WORDS:
                # "Which of those (films) won an award?": "Which won an award?", among them
                cut = m.end() if typed else m.start(2)
                head = message[: m.start()].rstrip()[:-2].rstrip()
                return Resolution(f"{head} {message[cut:].lstrip()}", within=tuple(items))
            if typed:
                text = message[: m.start()] + ITEM + message[m.end() :]
                return Resolution(text, items=tuple(items))
        # "the" names a class ("the company", "the band"); a relation's word ("the
        # capital": Oslo is one) is no reference, but "that capital" is
        found = _by_type(noun, memory, kinds, classes=det not in _POINTING)
        if found is None and det in _POINTING:
            found = _by_kind(noun, memory, kinds)
        if found is not None:
            said = _time_said(noun, found[1], message[: m.start()], memory.question)
            return Resolution(message[: m.start()] + said + message[m.end() :])
    return None


def _time_said(noun: str, label: str, before: str, question: str | None) -> str:
    """``label`` where a bare noun phrase of time stood ("its profit *that year*": English
    says a time with no preposition, a name of one needs it): with the preposition the last
    question put right before it ("in 2024"), where no preposition comes before the phrase
    and WordNet files the noun among its nouns of time; ``label`` as it is otherwise.

    >>> q = "What was the revenue in 2024?"
    >>> _time_said("year", "2024", "And its profit ", q), _time_said("city", "Oslo", "", q)
    ('in 2024', 'Oslo')
    """
    from kgchat.retrieval.time_nodes import NOUN_TIME
    from kgchat.wordnet import wordnet

    wn = wordnet()
    last = tokens(before)[-1:]
    if wn is None or question is None or (last and last[0] in PREPOSITIONS):
        return label
    if wn.noun_file(singular(noun), 0.5) != NOUN_TIME:
        return label
    put = re.search(rf"\b(\w+)\s+{re.escape(label)}(?!\w)", question, re.I)
    if put is None or put.group(1).lower() not in PREPOSITIONS:
        return label
    return f"{put.group(1).lower()} {label}"


def _restricted(rest: list[str], named: set[str]) -> bool:
    """Whether the words after "the <noun>" restrict it by a clause that names another thing
    ("the nanopub describing TP53", "the band that recorded Abbey Road"): a new referent, picked
    out by the clause, not the one the conversation was about.

    >>> _restricted(["describing", "tp53"], {"tp53"}), _restricted(["that", "made", "x"], {"x"})
    (True, True)
    >>> _restricted(["release", "x"], {"x"}), _restricted(["describing", "it"], {"x"})
    (False, False)
    """
    opens = rest and (
        rest[0] in RELATIVE_PRONOUNS or (len(rest[0]) > 4 and rest[0].endswith("ing"))
    )
    if not opens:
        return False
    return any(w in named for w in rest[1:])


_NOUN_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")


def contrasts(noun: str, head: str) -> bool:
    """Whether a noun names another relation than one whose head word is ``head``, though
    the encoder puts them close: different kinds of one thing by WordNet ("father" and
    "mother"); False without WordNet."""
    from kgchat.wordnet import wordnet

    wn = wordnet()
    return wn is not None and wn.contrast(singular(noun), singular(head))


def possessive_answer(
    message: str, m: re.Match[str], memory: EntityMemory, kinds: EntityKinds
) -> str | None:
    """A possessive pronoun whose noun names the relation the last turn asked of its topic
    ("And his wife's birthplace?" after "Who is Carlos married to?"): the noun phrase is the
    last answer ("And Ana Sol's birthplace?"), whatever gender the graph gives; None when
    that is not so."""
    word = m.group(1).lower()
    if word not in POSSESSIVES or memory.answer is None or memory.relation is None:
        return None
    pred, forward = memory.relation
    after = _NOUN_AFTER.match(message, m.end())
    if not forward or after is None or not memory.topics:
        return None
    noun = after.group(1).lower().removesuffix("'s")
    head = kinds.retriever.relation_head(pred)
    said = kinds.names_words(noun, (head,)) if head else 0.0
    if said < _MATCH or kinds.names(noun, memory.answer[0]) < _MATCH:
        return None
    if head and contrasts(noun, head):
        return None  # "his father" after "Who was his mother?" asks another relation
    kind, gender = pronoun_kind(word), pronoun_gender(word)
    if all(
        kinds.agrees(t[0], kind) is False
        or (kinds.gender(t[0]) or memory.genders.get(t[0])) not in (None, gender)
        for t in memory.topics
    ):
        return None  # the pronoun cannot mean the one the relation was asked of
    return message[: m.start()] + memory.answer[1] + message[after.end(1) :]
