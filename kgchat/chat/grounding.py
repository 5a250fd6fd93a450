"""Claim-level grounding of a reply: what the claim check rejects does not reach the user.

:func:`ground` splits a reply into claims (:func:`kgchat.chat.claims.split_claims`) and keeps
only those the check passes: each citation valid, no contradiction, no repetition. A claim
that cites nothing stays only when it names nothing but the answer (the head of the fallback
form "Headache: Aspirin treats Headache [1]."); any other is dropped, since nothing given
supports it. When what is left no longer cites a fact holding the answer, :func:`ground` says so
(``supported`` false) and the chatbot replaces the reply by the answer's verbalised evidence.

The answer to a yes/no question is the retriever's verdict, "Yes" or "No", which no fact holds
as an end: the reply may say it ("Yes, metformin treats type 2 diabetes [1]"), and it is
supported by a kept claim citing a fact of the verdict's paths (:func:`verdict_words`).

A reply that loses nothing is returned unchanged, so ``repair_rate`` counts real repairs.
:func:`repair` is the chatbot's whole reply guard around it (citations, free answers, the
fallback).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Ada", "taught", "Ben"), ("Ben", "born_in", "Oslo")])
>>> given = [kg.fact(0), kg.fact(1)]
>>> g = ground("Ben was taught by Ada [1]. Ben taught Ada [1].", given, kg=kg,
...            answer="Ben", anchors=["Ada"])
>>> g.text, g.dropped, g.supported
('Ben was taught by Ada [1].', ['Ben taught Ada [1]'], True)
>>> ground("Ben taught Ada [1].", given, kg=kg, answer="Ben", anchors=["Ada"]).supported
False
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kgchat.chat.claims import Claim, Key, check_claims, name_key
from kgchat.chat.evidence import held_by_unnamed
from kgchat.chat.guard import (
    CITATION,
    GENERIC,
    drop_invalid,
    evidence_text,
    free_answer,
    support,
)
from kgchat.graph.view import Fact
from kgchat.text import STOPWORDS, stem, tokens

if TYPE_CHECKING:
    from kgchat.chat.paraphrase import RelationParaphrase
    from kgchat.chat.prompts import PromptTemplates
    from kgchat.chat.turn import Turn
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval import Retrieval

__all__ = [
    "Grounded",
    "cite_uncited",
    "ground",
    "passes",
    "repair",
    "says_only_the_answer",
    "verdict_words",
]

VERDICTS = ("yes", "no")  # the nodes of the retriever's answer to a yes/no question


@dataclass(frozen=True)
class Grounded:
    """A reply after the claim check: its text, the claims dropped (with their citations), and
    whether a kept claim cites a fact that holds the answer."""

    text: str
    dropped: list[str] = field(default_factory=list)
    supported: bool = True


def _cited(c: Claim) -> str:
    return c.text + (" " + "".join(f"[{n}]" for n in c.citations) if c.citations else "")


def _only_answer(text: str, answer: str, generic: bool = True) -> bool:
    """The text says nothing but the answer, its punctuation aside ("Payments:",
    "AssociateProfessor2,"), and with ``generic`` words any faithful reply may use ("Ben is
    the answer")."""
    said = {stem(w) for w in tokens(answer)}
    also = GENERIC if generic else frozenset()
    return all(w in STOPWORDS or stem(w) in said or stem(w) in also for w in tokens(text))


def passes(c: Claim, answer: str) -> bool:
    """Whether the claim stays: every citation valid and no contradiction; a claim citing
    nothing, only when it says nothing but the answer."""
    return all(c.valid) and not c.contradiction if c.citations else _only_answer(c.text, answer)


def says_only_the_answer(text: str, answer: str) -> bool:
    """The reply says the answer alone, its citations and punctuation aside ("Payments: [1]"):
    it states nothing, and the answer's evidence is said instead."""
    return _only_answer(CITATION.sub("", text), answer, generic=False)


def verdict_words(chosen: Any) -> list[str]:
    """The words of a yes/no verdict's label ("Yes"), which a reply may say though no fact
    holds them; none for any other answer."""
    return tokens(chosen.label) if chosen is not None and chosen.node in VERDICTS else []


def cite_uncited(text: str, cited: Sequence[int]) -> str:
    """A reply that cites nothing, citing the answer's supporting facts ``cited`` at its end,
    as the claim check then reads it; a reply that cites is returned as it is."""
    if CITATION.search(text):
        return text
    cites = "".join(f"[{n}]" for n in cited)
    return text.rstrip(".") + (" " + cites if cites else "") + "."


def ground(
    text: str,
    given: Sequence[Fact],
    *,
    answer: str,
    kg: KnowledgeGraph | None = None,
    names: Collection[Key] = (),
    anchors: Iterable[str] = (),
    allowed: Iterable[str] = (),
    paraphrase: RelationParaphrase | None = None,
    held: Collection[int] | None = None,
) -> Grounded:
    """Drop the claims of ``text`` that the claim check rejects (see the module docstring).

    ``answer`` is the label of the reply's answer; ``kg``, ``names``, ``anchors``, ``allowed``
    (words of the prompt templates' own) and ``paraphrase`` are passed to
    :func:`kgchat.chat.claims.check_claims`. ``held``: the given facts (by number) that hold
    an answer no fact has as an end (a yes/no verdict's paths): a kept claim citing one
    supports it.
    """
    claims = check_claims(
        text, given, kg=kg, names=names, anchors=anchors, allowed=allowed, paraphrase=paraphrase
    )
    kept: list[Claim] = []
    dropped: list[Claim] = []
    for c in claims:
        (kept if passes(c, answer) else dropped).append(c)
    want = name_key(answer)
    supported = any(
        (n in held)
        if held is not None
        else want in (name_key(given[n - 1].subject_label), name_key(given[n - 1].object_label))
        for c in kept
        for n in c.citations
        if 1 <= n <= len(given)
    )
    if not dropped:
        return Grounded(text, [], supported)
    body = ". ".join(_cited(c)[:1].upper() + _cited(c)[1:] for c in kept)
    return Grounded(body + "." if body else "", [_cited(c) for c in dropped], supported)


def repair(
    turn: Turn,
    res: Retrieval,
    *,
    kg: KnowledgeGraph,
    templates: PromptTemplates,
    claim_check: bool,
    paraphrase: RelationParaphrase | None = None,
) -> None:
    """Set the reply to show (``turn.text``) from the model's (``turn.raw``), and the answer it
    gives (``turn.chosen``; abstained when withheld).

    Only citations of facts actually given are kept. The answer is the chosen one or, in free
    generation, the one the reply names (:func:`kgchat.chat.guard.free_answer`); a free reply
    that names none is withheld. A reply that cites nothing gets the answer's supporting facts
    cited. Then, with ``claim_check``, :func:`ground`: the claims it rejects are dropped, and a
    reply left citing no fact that holds the answer, or one that is the bare answer, becomes
    the answer and its verbalised evidence (the ``fallback`` template), an unnamed node's other
    given facts with it (:func:`~kgchat.chat.evidence.held_by_unnamed`: a value's unit)."""
    from kgchat.chat.claims import graph_names

    assert turn.raw is not None
    given, chosen = turn.given, turn.chosen
    text = drop_invalid(turn.raw, len(given))
    if chosen is None:
        found = free_answer(kg, text, given, res)
        if found is None:
            turn.text, turn.abstained = templates.unsupported, True
            return
        chosen, cited = found
        turn.chosen = chosen
    else:
        cited = support(kg, chosen, given, res.mentions)
    bare = says_only_the_answer(text, chosen.label)
    if not bare:
        text = cite_uncited(text, cited)
    if claim_check and not bare:
        verdict = verdict_words(chosen)
        g = ground(
            text,
            given,
            answer=chosen.label,
            kg=kg,
            names=graph_names(kg),
            anchors=[kg.label(m.node) for m in res.mentions],
            allowed=[*tokens(templates.answer_prefix.replace("{answer}", " ")), *verdict],
            paraphrase=paraphrase,
            held=cited if verdict else None,
        )
        text, turn.dropped = g.text, g.dropped
        bare = not g.supported
    if bare:
        evidence = evidence_text([(n, given[n - 1]) for n in held_by_unnamed(cited, given)], kg)
        turn.text = templates.fallback.format(answer=chosen.label, evidence=evidence or "[1]")
        return
    # the model's sentence ends at its citations: a full stop closes it
    turn.text = text if text.endswith((".", "!", "?")) else text + "."
