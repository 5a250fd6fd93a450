""" "And the others?": the last question asked again of the rest of the list its topic came from.

A conversation that listed some things ("Which units does Nordwind have?") and then asked of
one of them ("Who heads the Offshore Wind Division?") may ask the same of the rest in a word
("And the others?"): the message names nothing and says only that it means the others, so
the last question is asked once of each item of the last list named, but the ones it was
just asked of and the ones it answered (:func:`the_others`). The chatbot answers it as it
answers "they" after a list (:mod:`kgchat.chat.each`). "Who *else*...", a question of its
own, is :mod:`kgchat.chat.bot`'s: it drops the ones already said from the answers.

Examples
--------
>>> from kgchat.chat.memory import EntityMemory
>>> m = EntityMemory()
>>> m.remember(question="Which units does Nordwind have?", answer=("u1", "Grid"),
...            answers=[("u1", "Grid"), ("u2", "Lab"), ("u3", "Wind")],
...            topics=[("n", "Nordwind")], topic_texts=["Nordwind"])
>>> m.remember(question="Who heads Lab?", answer=("p", "Ada"), topics=[("u2", "Lab")],
...            topic_texts=["Lab"])
>>> text, items = the_others("And the others?", m)
>>> text.replace(ITEM, "<item>"), items
('Who heads <item>?', (('u1', 'Grid'), ('u3', 'Wind')))
>>> the_others("And the population?", m) is None
True
"""

from __future__ import annotations

from kgchat.chat.memory import EntityMemory
from kgchat.chat.reference import ITEM
from kgchat.text import tokens

__all__ = ["ITEM", "OTHER_WORDS", "more_wanted", "the_others"]

# "who else", "what other", "and the others": not those said (words of English grammar)
OTHER_WORDS = frozenset(["else", "other", "others"])
# what may stand beside them in a bare follow-up ("and the others?", "what about the other?");
# "one"/"ones" are English's prop-words, standing for the noun itself ("and the other one?"
# after a pair: the other item, as "the other" alone says it)
_BESIDE = frozenset(["what", "about", "how", "and", "or", "then", "so", "the", "a", "all"])
_BESIDE |= frozenset(["one", "ones"])
# "any more?", "more?", "and the rest?": more of the same answers (words of English grammar)
_MORE = frozenset(["more", "rest"])
_MORE_BESIDE = frozenset(["any", "some", "are", "there", "is", "please", "of", "them"])


def the_others(
    message: str, memory: EntityMemory
) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """The last question with :data:`~kgchat.chat.reference.ITEM` in place of its topic, and
    the items of the last list named (:attr:`EntityMemory.listed`) it is now asked of: all
    but the last question's topics and answers. None unless the message is only "the
    others" (an other-word and follow-up words, nothing named) and the last question's
    topic is an item of that list."""
    words = tokens(message)
    if not OTHER_WORDS.intersection(words) or not set(words) <= _BESIDE | OTHER_WORDS:
        return None
    listed = memory.listed
    if memory.question is None or len(listed) < 2:
        return None
    nodes = [e[0] for e in listed]
    which = next((i for i, t in enumerate(memory.topics) if t[0] in nodes), None)
    if which is None:
        return None
    said = {e[0] for e in (*memory.topics, *memory.answers)}
    rest = tuple(e for e in listed if e[0] not in said)
    text = memory.ask_about(ITEM, which) if rest else None
    return None if text is None else (text, rest)


def more_wanted(message: str, memory: EntityMemory) -> str | None:
    """The last question, where the message asks only for more of its answers ("Any more?",
    "More?", "And the rest?", "What else?": a word of more or of the others beside function
    words, nothing named) and the last reply left some unnamed (:attr:`EntityMemory.more`,
    "... and 30 more"); else None. The chatbot asks it again and names the answers no reply
    named yet (:attr:`kgchat.chat.turn.Turn.said`).

    >>> m = EntityMemory()
    >>> m.remember(question="Who works at Ovo?", answer=("a", "Ada"),
    ...            answers=[("a", "Ada"), ("b", "Ben")], topics=[("o", "Ovo")],
    ...            topic_texts=["Ovo"], more=3)
    >>> more_wanted("Any more?", m), more_wanted("And the rest?", m)
    ('Who works at Ovo?', 'Who works at Ovo?')
    >>> more_wanted("Any more facts about Ada?", m) is None
    True
    """
    words = tokens(message)
    asked = (_MORE | OTHER_WORDS).intersection(words)
    if not asked or not set(words) <= _BESIDE | _MORE_BESIDE | _MORE | OTHER_WORDS:
        return None
    return memory.question if memory.more > 0 else None
