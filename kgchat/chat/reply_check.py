"""The claim check applied to a whole answer: what ``kgchat eval --mode chat`` counts.

:func:`check_reply` runs :func:`kgchat.chat.claims.check_claims` on a :class:`kgchat.chat.Answer`'s
reply before the guard's repair (``raw_text``) and after it, and says whether the answer entity
is supported by a cited fact on its path.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.chat import ChatBot, TemplateBackend
>>> kg = KnowledgeGraph.from_triples([("Ada", "taught", "Ben")])
>>> a = ChatBot(kg, backend=TemplateBackend()).ask("Who was taught by Ada?")
>>> a.raw_text, a.text  # no model: the answer alone, then completed from the evidence
('Ben', 'Ben: Ada taught Ben [1].')
>>> check_reply(kg, a)  # doctest: +NORMALIZE_WHITESPACE
ReplyCheck(raw_valid=0, raw_cited=0, valid=1, cited=1, supported=True, contradiction=False,
           repaired=True, raw_claims_valid=0, raw_claims=0, raw_contradiction=False)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from kgchat.chat.claims import Claim, Key, check_claims
from kgchat.chat.grounding import cite_uncited, passes, says_only_the_answer, verdict_words
from kgchat.chat.guard import drop_invalid, support
from kgchat.text import answer_key

__all__ = ["ReplyCheck", "check_reply"]


@dataclass(frozen=True)
class ReplyCheck:
    """What the claim check finds in one chat answer, before and after the reply guard.

    ``raw_valid``/``raw_cited``: the model's own citations (the reply before repair) that hold,
    of a fact its prompt showed it (``Answer.shown``), and all of them (none where no model was
    asked); ``valid``/``cited``: the same for the
    final reply; ``supported``: the answer entity is an end of a cited fact on the answer's
    path; ``contradiction``: a claim reverses or negates a cited fact; ``repaired``: the guard
    changed the reply. ``raw_claims_valid``/``raw_claims``: the claims the model stated
    beyond the bare answer that the check passes, and all of them, read as the guard reads
    them (a reply citing nothing cites the answer's supporting facts); ``raw_contradiction``:
    one of them reverses or negates a fact. Those measure the model, before any repair; the
    final reply's figures measure what the user reads. ``supported``, ``contradiction``,
    ``repaired`` and ``raw_contradiction`` are None where they do not apply (an abstention; no
    model reply).
    """

    raw_valid: int
    raw_cited: int
    valid: int
    cited: int
    supported: bool | None
    contradiction: bool | None
    repaired: bool | None
    raw_claims_valid: int = 0
    raw_claims: int = 0
    raw_contradiction: bool | None = None


def _same(a: str, b: str) -> bool:
    def norm(t: str) -> str:
        # a full stop closing the model's sentence is no repair
        return re.sub(r"\s+([.,;:!?])", r"\1", " ".join(t.split())).strip().rstrip(".")

    return norm(a) == norm(b)


def check_reply(
    kg: Any, answer: Any, names: Collection[Key] = (), paraphrase: Any = None
) -> ReplyCheck:
    """Check a :class:`kgchat.chat.Answer` (see :class:`ReplyCheck`); ``paraphrase``: the
    chatbot's :class:`~kgchat.chat.paraphrase.RelationParaphrase`, as its guard reads."""
    anchors = [kg.label(m.node) if kg is not None else m.text for m in answer.entities]
    raw = getattr(answer, "raw_text", None)
    # a list reply counts the answers it does not name ("and 5 more"): its own number; a
    # yes/no verdict's reply may say it ("Yes, ...")
    more = getattr(answer, "more", 0)
    chosen = next((c for c in answer.candidates if c.label == answer.answer), None)
    verdict = verdict_words(chosen)
    allowed = [str(more), *verdict] if more else verdict
    # every reading of the reply against the given facts, as the guard reads them
    check = functools.partial(
        check_claims, given=answer.given, kg=kg, names=names, anchors=anchors, paraphrase=paraphrase
    )
    final = check(answer.text, allowed=allowed)
    # no model asked (an abstention, a list named from the facts): the model cited nothing
    before = [] if raw is None else check(raw, allowed=verdict)
    # the model's citation of a fact its prompt did not show it is a guess, however it lands
    read = getattr(answer, "shown", None)
    seen = [
        [v and (read is None or n in read) for n, v in zip(c.citations, c.valid, strict=True)]
        for c in before
    ]
    counts = [
        (sum(sum(v) for v in seen), sum(len(c.citations) for c in before)),
        (sum(sum(c.valid) for c in final), sum(len(c.citations) for c in final)),
    ]
    if answer.abstained:
        supported = contradiction = None
    else:
        supported = _supported(kg, answer)
        contradiction = any(c.contradiction for c in final)
    stated = _model_claims(kg, answer, chosen, check)
    return ReplyCheck(
        *counts[0],
        *counts[1],
        supported,
        contradiction,
        None if raw is None else not _same(raw, answer.text),
        sum(passes(c, answer.answer or "") for c in stated or []),
        len(stated or []),
        None if stated is None else any(c.contradiction for c in stated),
    )


def _model_claims(
    kg: Any, answer: Any, chosen: Any, check: Callable[..., list[Claim]]
) -> list[Claim] | None:
    """The claims of the model's own reply beyond the bare answer, as the guard reads them
    (None where no model replied or there is no answer); ``chosen``: the answer's candidate,
    ``check``: :func:`~kgchat.chat.claims.check_claims` bound to the reply's facts."""
    raw, said = getattr(answer, "raw_text", None), answer.answer
    if raw is None or said is None:
        return None
    given = answer.given
    text = drop_invalid(raw, len(given))
    if says_only_the_answer(text, said):
        return []
    if kg is not None and chosen is not None and chosen.paths:
        cited = support(kg, chosen, given, answer.entities)
    else:  # a freely generated answer: the facts that hold it
        want = answer_key(said)
        cited = [
            n
            for n, f in enumerate(given, 1)
            if want in (answer_key(f.subject_label), answer_key(f.object_label))
        ]
    claims = check(cite_uncited(text, cited), allowed=verdict_words(chosen))
    # the answer said alone ("Ben" before "Ben: ...", "Ben is the answer") states nothing
    return [c for c in claims if c.citations or not passes(c, said)]


def _supported(kg: Any, answer: Any) -> bool:
    """The answer entity is an end of a cited fact that lies on one of the answer's paths (on
    any cited fact where the answer has no path, as a freely generated one)."""
    if answer.answer is None:
        return False
    want = answer_key(answer.answer)
    chosen = next((c for c in answer.candidates if c.label == answer.answer), None)
    on_path: set[str] | None = None
    if kg is not None and chosen is not None and chosen.paths:
        on_path = {kg.fact(h).id for p in chosen.paths for h in p.facts}
        if chosen.node in ("yes", "no"):
            # the retriever's verdict on a yes/no question: no fact's end is "Yes", the facts
            # of its path are what holds it ("switch normal open true", "X located in Oslo")
            return any(f.id in on_path for f in answer.facts)
    return any(
        want in (answer_key(f.subject_label), answer_key(f.object_label))
        and (on_path is None or f.id in on_path)
        for f in answer.facts
    )
