"""Claim-level grounding of a reply: what the claim check rejects does not reach the user.

:func:`ground` splits a reply into claims (:func:`kgchat.chat.claims.split_claims`) and keeps
only those the check passes: each citation valid, no contradiction, no repetition. A claim
that cites nothing stays only when it names nothing but the answer (the head of the fallback
form "Headache: Aspirin treats Headache [1]."); any other is dropped, since nothing given
supports it. When what is left no longer cites a fact holding the answer, :func:`ground` says so
(``supported`` false) and the chatbot replaces the reply by the answer's verbalised evidence.

A reply that loses nothing is returned unchanged, so ``repair_rate`` counts real repairs.

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
from typing import TYPE_CHECKING

from kgchat.chat.claims import Claim, Key, check_claims, name_key
from kgchat.chat.guard import GENERIC
from kgchat.graph.view import Fact
from kgchat.text import STOPWORDS, stem, tokens

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = ["Grounded", "ground"]


@dataclass(frozen=True)
class Grounded:
    """A reply after the claim check: its text, the claims dropped (with their citations), and
    whether a kept claim cites a fact that holds the answer."""

    text: str
    dropped: list[str] = field(default_factory=list)
    supported: bool = True


def _cited(c: Claim) -> str:
    return c.text + (" " + "".join(f"[{n}]" for n in c.citations) if c.citations else "")


def _only_answer(c: Claim, answer: str) -> bool:
    """The claim says nothing but the answer (and words any faithful reply may use)."""
    said = {stem(w) for w in tokens(answer)}
    return all(w in STOPWORDS or stem(w) in said or stem(w) in GENERIC for w in tokens(c.text))


def ground(
    text: str,
    given: Sequence[Fact],
    *,
    answer: str,
    kg: KnowledgeGraph | None = None,
    names: Collection[Key] = (),
    anchors: Iterable[str] = (),
    allowed: Iterable[str] = (),
) -> Grounded:
    """Drop the claims of ``text`` that the claim check rejects (see the module docstring).

    ``answer`` is the label of the reply's answer; ``kg``, ``names``, ``anchors`` and ``allowed``
    (words of the prompt templates' own) are passed to :func:`kgchat.chat.claims.check_claims`.
    """
    claims = check_claims(text, given, kg=kg, names=names, anchors=anchors, allowed=allowed)
    kept: list[Claim] = []
    dropped: list[Claim] = []
    for c in claims:
        good = all(c.valid) and not c.contradiction if c.citations else _only_answer(c, answer)
        (kept if good else dropped).append(c)
    want = name_key(answer)
    supported = any(
        want in (name_key(given[n - 1].subject_label), name_key(given[n - 1].object_label))
        for c in kept
        for n in c.citations
        if 1 <= n <= len(given)
    )
    if not dropped:
        return Grounded(text, [], supported)
    body = ". ".join(_cited(c)[:1].upper() + _cited(c)[1:] for c in kept)
    return Grounded(body + "." if body else "", [_cited(c) for c in dropped], supported)
