"""A description says a fact into an unnamed node with that node's facts (thirty-seventh
round).

"What is letter RL-0094 about?" on CIDOC-CRM letters was answered by the letter's description,
which read "... has title (anonymous s0_b194) [3]; ... is identified by (anonymous s0_b195)
[4]": a title and an identifier are records without a name, and the description said each fact
on its own. It now says them as an answer's evidence does: the record's own facts with it
("has title, has symbolic content Letter to Ada"), an unnamed subject by its class ("a Writing
produced ..."), and a fact into a record none of whose facts is given not at all.
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.describe import describe
from kgchat.chat.evidence import unnamed

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
L = "http://www.w3.org/2000/01/rdf-schema#label"


def _kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            ("L1", L, '"Letter to Ada"'),
            ("L1", T, "Letter"),
            ("L1", "has_title", "_:t"),
            ("_:t", "has_content", '"Letter to Ada, Leiden 1647"'),
            ("L1", "is_about", "Book trade"),
            ("_:w", T, "Writing"),
            ("_:w", "produced", "L1"),
            ("_:w", "carried_out_by", "Ben"),
            ("Ben", T, "Person"),
            ("Ben", "born_in", "Leiden"),
            ("Leiden", T, "City"),
        ]
    )


def test_no_placeholder_in_a_description():
    bot = ChatBot(_kg(), backend=TemplateBackend())
    a = bot.ask("Tell me about Letter to Ada.")
    assert not a.abstained
    assert "anonymous" not in a.text, a.text
    assert "Letter to Ada, Leiden 1647" in a.text, a.text
    assert "is about Book trade" in a.text, a.text


def test_a_record_none_of_whose_facts_is_given_is_left_out():
    kg = _kg()
    facts = [f for f in kg.facts() if f.subject == "L1"]
    text, given = describe("L1", facts, limit=10, kg=kg)
    assert "anonymous" not in text and "has title" not in text, text
    assert not any(unnamed(f.object_label) for f in given)
