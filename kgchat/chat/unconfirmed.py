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
from kgchat.retrieval.question_shapes import is_yes_no
from kgchat.text import COPULAS, tokens

__all__ = ["known_in_part", "not_yes_or_no"]


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


def not_yes_or_no(res: Retrieval, kg: Any = None) -> bool:
    """Whether the retrieval answers a question asking "is X ...?" with something else than
    yes or no: an entity reached from X ("Is Helix Labs a company?" answered by a company
    Helix Labs owns) is no reply to it. Only a question opening with a form of "be" counts,
    and not one offering alternatives ("... or ...", answered by one of them) nor an
    existential one ("Is there a film by X?", which an entity answers). A value (a literal
    of ``kg``) is a reply: the one the relation the question names holds ("Is Café Sacher
    wheelchair accessible?": "limited"), where the retrieval found its path says that
    relation (it did not abstain), and so is a node of no fact of its own, which the graph
    uses as a value ("Is the parka available?": schema.org's ``PreOrder``, named by its IRI
    alone); an entity with facts of its own (a company, typed or named by a fact) is not.

    >>> from kgchat.retrieval import Candidate
    >>> res = Retrieval("Is Helix Labs a company?", [], [], [Candidate("q", "Quanta Bio", 1.0)], {})
    >>> not_yes_or_no(res)
    True
    """
    words = tokens(res.question)
    if not res.candidates or not is_yes_no(res.question) or words[0] not in COPULAS:
        return False
    if "or" in words or words[1:2] == ["there"]:
        return False
    node = res.candidates[0].node
    if kg is not None and not res.abstained and node in kg and _a_value(kg, node):
        return False
    return node not in ("yes", "no")


def _a_value(kg: Any, node: str) -> bool:
    """Whether ``node`` is a value: a literal, or a node no fact starts from (an enumeration
    member the graph names by its IRI alone, as schema.org's ``PreOrder``), which says
    nothing of its own and so can only be what the relation asked about holds."""
    return bool(kg.is_literal(node)) or not kg.neighbors(node, direction="out", limit=1)
