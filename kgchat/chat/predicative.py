"""Whether the last reply's answer was a predicate of its topic, which no pronoun refers to.

"What style is Felsenkeller Eisbock?" asks what the beer *is*: its answer, "Doppelbock",
stands in the predicate of a copular clause whose subject is the topic ("Felsenkeller
Eisbock is a Doppelbock"). A predicate nominal classifies its subject; it introduces no new
thing to talk about, so "How strong is it?" after it still means the beer, and "Which foster
home is he with?" after "What breed is Moose?" / "German Shepherd" means the dog. A question
whose topic stands elsewhere ("What is the capital of Norway?": the answer *is* the capital;
"Which country is Oslo in?": the answer is the place Oslo is in) asks for an entity of its
own, which a pronoun may mean (:func:`kgchat.chat.followup.resolve_followup`); so does a bare
wh-pronoun before "be", which asks who or what the subject *is* ("Who was the general chair of
ISWC 2010?": the answer is that chair). Grammar only: a wh-word with the words of the kind
or degree asked ("what style", "which breed", "how endangered"), a form of "be", and the
topic's own words ending the question.

Examples
--------
>>> from kgchat.chat.memory import EntityMemory
>>> m = EntityMemory()
>>> m.remember(question="What style is Felsenkeller Eisbock?", answer=("d", "Doppelbock"),
...            topics=[("f", "Felsenkeller Eisbock")], topic_texts=["Felsenkeller Eisbock"])
>>> predicated(m)
True
>>> m.remember(question="Which country is Oslo in?", answer=("n", "Norway"),
...            topics=[("o", "Oslo")], topic_texts=["Oslo"])
>>> predicated(m)
False
>>> m.remember(question="What is the capital of Norway?", answer=("o", "Oslo"),
...            topics=[("n", "Norway")], topic_texts=["Norway"])
>>> predicated(m)
False
>>> m.remember(question="Who was the general chair of ISWC 2010?", answer=("i", "Ian"),
...            topics=[("c", "General Chair")], topic_texts=["general chair of ISWC 2010"])
>>> predicated(m)
False
"""

from __future__ import annotations

from kgchat.chat.memory import EntityMemory
from kgchat.function_words import ARTICLES, BE_FORMS, WH_WORDS
from kgchat.text import tokens

__all__ = ["predicated"]


def predicated(memory: EntityMemory) -> bool:
    """Whether the last question was "<wh-word> <kind words> <be> [the] <topic>?", its one
    answer entity a predicate of the topic (see the module docstring)."""
    if memory.question is None or memory.answer is None or len(memory.topic_texts) != 1:
        return False
    words, topic = tokens(memory.question), tokens(memory.topic_texts[0])
    if not topic or len(words) <= len(topic) + 1 or words[-len(topic) :] != topic:
        return False
    before = [w for w in words[: -len(topic)]]
    while before and before[-1] in ARTICLES:
        before.pop()
    # a wh-word, at least one word of the kind or degree it asks, and "be" right before
    return len(before) >= 3 and before[-1] in BE_FORMS and before[0] in WH_WORDS
