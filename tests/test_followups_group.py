""" "What about X?" after a question asked of each item of a list puts X in place of all the
items (moviekb, twenty-fourth round: "Which films did Halina Juhl, Piet Falk and Talia Gallo
direct?" / "What about Talia Gallo?" was rewritten "Which films did Talia Gallo, Piet Falk and
Talia Gallo direct?")."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.memory import EntityMemory, said_together

TRIPLES = [
    ("Velvet Bridge", "starring", "Ana Sol"),
    ("Velvet Bridge", "starring", "Joel Brandt"),
    ("Glass Harbor", "directed_by", "Ana Sol"),
    ("Winter Orchard", "directed_by", "Joel Brandt"),
    ("Salt Mirror", "directed_by", "Maren Holt"),
]


def test_what_about_after_a_question_of_each_item_replaces_them_all():
    bot = ChatBot(KnowledgeGraph.from_triples(TRIPLES), backend=TemplateBackend())
    assert set(bot.chat("Who starred in Velvet Bridge?").answers) == {"Ana Sol", "Joel Brandt"}
    each = bot.chat("Which films did they direct?")
    assert "Ana Sol" in each.resolved_question and "Joel Brandt" in each.resolved_question
    a = bot.chat("What about Maren Holt?")
    assert a.resolved_question == "Which films did Maren Holt direct?"
    assert a.answer == "Salt Mirror"


def test_ask_about_a_group():
    m = EntityMemory()
    group = [("a", "Ana Sol"), ("j", "Joel Brandt")]
    m.remember(
        question=f"Which films did {said_together([e[1] for e in group])} direct?",
        answer=None,
        topics=group,
        topic_texts=[e[1] for e in group],
        group=group,
    )
    assert m.ask_about("Maren Holt", 1) == "Which films did Maren Holt direct?"
