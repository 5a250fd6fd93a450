"""The reply to a yes/no question whose class the graph confirms but not the words that
qualify it.

"Is Metallica a British band?" asks two things of Metallica; when its type fact says it is a
band and no fact of it says British (:mod:`kgchat.retrieval.qualifiers`), a plain "Yes" from
the class alone would claim what no fact says, and a plain abstention would hide what one
does. The reply says both: what is known, each fact cited, and what the graph does not say
("Metallica is a Band [1]; the knowledge graph does not say that Metallica is British."). It
is an abstention on the question (the answer is neither yes nor no: the graph is open), and
is made from the facts alone, with no model.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> from kgchat.chat.prompts import PromptTemplates
>>> kg = KnowledgeGraph.from_triples([
...     ("Metallica", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "Band"),
...     ("Metallica", "origin", "United States")])
>>> res = Retriever(kg).retrieve("Is Metallica a British band?")
>>> known_in_part(kg, res, PromptTemplates.load())[0]
'Metallica is a Band [1]; the knowledge graph does not say that Metallica is British.'
"""

from __future__ import annotations

import re
from typing import Any

from kgchat.chat.guard import fact_sentence
from kgchat.chat.prompts import PromptTemplates
from kgchat.graph.view import Fact
from kgchat.retrieval import Retrieval

__all__ = ["known_in_part"]


def known_in_part(kg: Any, res: Retrieval, templates: PromptTemplates) -> tuple[str, list[Fact]]:
    """The reply saying what the graph confirms of the retrieval's :attr:`~kgchat.retrieval.
    Retrieval.unconfirmed` claim, each fact cited by its place, and which of its words no
    fact says (as the question spells them); and those facts, in citation order. ("" and
    none when the retrieval has no such claim.)"""
    part = res.unconfirmed
    if part is None:
        return "", []
    facts = list(dict.fromkeys(kg.fact(h) for p in part.paths for h in p.facts))
    known = "; ".join(f"{fact_sentence(f)} [{n}]" for n, f in enumerate(facts, 1))
    words = " ".join(_as_asked(w, res.question) for w in part.words)
    text = templates.unconfirmed.format(known=known, entity=kg.label(part.entity), words=words)
    return text, facts


def _as_asked(word: str, question: str) -> str:
    """``word`` as the question writes it ("british" -> "British")."""
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", question, re.IGNORECASE)
    return found.group(0) if found else word
