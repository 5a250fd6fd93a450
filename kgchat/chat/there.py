""" "There" after a place was said: the place, or the site of the question's relation.

"Who was born there?" after "Where did Farid Haddad die?" means Kyoto, the place the last
turn said. But one works, studies or eats *at* an institution, a restaurant, a company: "Who
works there?" after "Where is Trattoria Sole?" asks who works at the restaurant where the
graph does not answer who works in Milan. So "there" may mean an entity of
the last turn that is no person, places first (by the kinds of
:class:`kgchat.chat.kinds.EntityKinds`: classes, the relations taken), and the chatbot
asks of the first whose reading the graph answers (:func:`kgchat.chat.followup` tries them
in this order); an earlier turn's entities come after the last's. An entity that is no place
is a site only where the graph answers its reading by a fact pointing *at* it, as "X works
at there", "X was made in there" say (:func:`reaches_into`): "What was made there?" after
"Who designed the Analytical Engine?" is not asked of the machine (the graph's answer, where
it was made, points away from it), and the chatbot asks back.

A "there" that ends the question after a form of "be" ("What is there?", "Which stations
are there?") is locative only where a place was said: with none, it is the existential
"there" ("Which lines are there?" asks for every line) and the message is kept.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> from kgchat.chat.kinds import EntityKinds
>>> from kgchat.chat.memory import EntityMemory
>>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> kg = KnowledgeGraph.from_triples([("Sole", T, "Restaurant"), ("Sole", "located_in", "Milan"),
...     ("Milan", T, "City"), ("Lucia", T, "Person"), ("Lucia", "works_at", "Sole")])
>>> m = EntityMemory()
>>> m.remember(question="Where is Sole?", answer=("Milan", "Milan"),
...            topics=[("Sole", "Sole")], topic_texts=["Sole"])
>>> r = Retriever(kg)
>>> site = lambda e: reaches_into(r, f"Who works at {e[1]}?")
>>> [e for e, _ in there_referents(m, EntityKinds(r), site)]
[('Milan', 'Milan'), ('Sole', 'Sole')]
>>> [e for e, _ in there_referents(m, EntityKinds(r), site, final=True)]
[('Milan', 'Milan')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kgchat.chat.memory import Entity, EntityMemory
from kgchat.text import BE_FORMS

if TYPE_CHECKING:
    from kgchat.chat.kinds import EntityKinds
    from kgchat.retrieval import Retriever

__all__ = ["ends_after_be", "reaches_into", "there_referents"]


def ends_after_be(message: str, m: re.Match[str]) -> bool:
    """Whether the "there" of ``m`` ends the question right after a form of "be" ("What is
    there?").

    >>> from kgchat.chat.memory import PRONOUN
    >>> [ends_after_be(q, PRONOUN.search(q)) for q in ("What is there?", "Who works there?")]
    [True, False]
    """
    before = message[: m.start()].split()
    return bool(before) and before[-1].lower() in BE_FORMS and not message[m.end() :].strip(" ?.!")


def reaches_into(retriever: Retriever, question: str) -> bool:
    """Whether the retriever answers ``question`` by a path whose first fact points at the
    entity asked about (its object): the answer is located *there*."""
    res = retriever.retrieve(question)
    if res.abstained or not res.candidates or not res.candidates[0].paths:
        return False
    pattern = res.candidates[0].paths[0].pattern
    return bool(pattern) and not pattern[0][1]


def there_referents(
    memory: EntityMemory,
    kinds: EntityKinds,
    site: Callable[[Entity], bool],
    final: bool = False,
) -> list[tuple[Entity, bool]]:
    """The entities "there" may mean, preferred first, each with whether the last turn said
    it: of each turn, its places (and those of unknown kind), then its other entities that
    are no person and that ``site`` accepts (see :func:`reaches_into`); with ``final`` (see
    :func:`ends_after_be`), its places only."""
    places = memory.referents("there", kinds.agrees)
    if final:
        return [(e, now) for e, now in places if kinds.kind(e[0]) == "place"]
    said = {e for e, _ in places}
    things = memory.referents("it", kinds.agrees, items=True)  # a listed site too
    things = [(e, now) for e, now in things if e not in said]
    things = [(e, now) for e, now in things if site(e)]
    order = [
        *(p for p in places if p[1]),
        *(t for t in things if t[1]),
        *(p for p in places if not p[1]),
        *(t for t in things if not t[1]),
    ]
    return list(dict.fromkeys(order))
