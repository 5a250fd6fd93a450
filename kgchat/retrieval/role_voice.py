"""Which side of an event a question asks for, where the event is a node with a doer's role
and a done-to role named from one verb (:func:`voiced_roles_first`).

An interaction stated as a node of its own names its two sides by one verb's agent noun and
participle: BioPAX's ``Catalysis`` has a ``controller`` (the enzyme) and a ``controlled`` (the
reaction), a hiring has an ``employer`` and an ``employed``. The question says the event by
what the node is or what qualifies it ("What *catalyses* R?": a ``Catalysis``; "What
*inhibits* R?": a control whose type is "INHIBITION"), and by its word order which side is
asked: the entity after the active verb ("What catalyses R?") is done to, the answer the
doer; before it ("What does E catalyse?") or after a passive's "by" ("Which reactions are
catalysed by E?") it is the doer, and the answer is done to. A walk through such a node
that enters by one side and leaves by the other, as the question puts them, answers it; one
that leaves by neither (the node's own ``catalysisDirection`` value, its data source) reads
another fact of the event, whatever words of it the question says.

The two sides are read from the names alone, as English forms them: the last words of two
relations out of the node that share a stem, one an agent noun (``-er``/``-or``: "controller",
"employer"), the other a past participle (``-ed``: "controlled").

Examples
--------
>>> role_sides(["controller", "controlled", "catalysis direction"])
{'controller': True, 'controlled': False}
>>> role_sides(["employer", "employed"]), role_sides(["left", "right"])
({'employer': True, 'employed': False}, {})
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from kgchat.function_words import BE_FORMS, RELATIVE_PRONOUNS, WH_WORDS
from kgchat.graph.names import humanize_relation
from kgchat.retrieval.junction_words import SAID
from kgchat.retrieval.phrases import expected_direction, stative_phrase
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, Path
from kgchat.text import stem, tokens

__all__ = ["role_sides", "voiced_roles_first"]

_AGENT_ENDINGS = ("er", "or")  # an agent noun: the doer of its verb
_PATIENT_ENDING = "ed"  # a past participle: what the verb is done to
_POOL = 10  # the candidates looked at: a walk through the event ranked among the first few
_WALKS = 3  # a candidate's walks looked at (its best first)


def role_sides(phrases: Sequence[str]) -> dict[str, bool]:
    """Of relation phrases out of one node, those whose last words are an agent noun and a
    past participle of one stem, each with True for the doer's side, False for the
    done-to side; none where no such pair is there."""
    last = {p: ws[-1] for p in phrases if (ws := tokens(p))}
    agents = {p: stem(w) for p, w in last.items() if w.endswith(_AGENT_ENDINGS)}
    patients = {p: stem(w) for p, w in last.items() if w.endswith(_PATIENT_ENDING)}
    paired = set(agents.values()) & set(patients.values())
    out = {p: True for p, s in agents.items() if s in paired}
    out.update({p: False for p, s in patients.items() if s in paired})
    return out


def voiced_roles_first(
    reading: Any, q: QuestionInfo, candidates: list[Candidate], spans: dict[str, tuple[int, int]]
) -> list[Candidate]:
    """``candidates`` with the first of them whose best walk takes the sides of an event
    node as the question puts them (:func:`_fits`: True) put first (just above the best's
    score), where the best's walk passes such a node said by the question and does not
    (False). ``reading``: the retriever (its ``anonymous``, ``kinds_of``, ``_qualifiers``,
    ``judge`` and ``kg``); ``spans``: the token span of each mention's node."""
    if len(candidates) < 2 or not q.words or not candidates[0].paths:
        return candidates
    if _candidate_fits(reading, q, candidates[0], spans) is not False:
        return candidates
    top = candidates[0]
    for k, c in enumerate(candidates[1:_POOL], start=1):
        if _candidate_fits(reading, q, c, spans):
            moved = replace(c, score=top.score + 1e-3)
            return [moved, *candidates[:k], *candidates[k + 1 :]]
    return candidates


def _candidate_fits(
    reading: Any, q: QuestionInfo, c: Candidate, spans: dict[str, tuple[int, int]]
) -> bool | None:
    """Whether one of ``c``'s best walks (:data:`_WALKS`) takes an event node's sides as the
    question puts them (True); else False where its best walk passes one said but does not
    (:func:`_fits`), None where it passes none."""
    read = [_fits(reading, q, p, spans) for p in c.paths[:_WALKS]]
    if c.node in spans:  # a mention itself, reached back through its own event: no answer
        return False if any(r is not None for r in read) else None
    return True if True in read else (read[0] if read else None)


def _fits(
    reading: Any, q: QuestionInfo, path: Path, spans: dict[str, tuple[int, int]]
) -> bool | None:
    """Whether ``path`` enters an unnamed event node the question says by one side of it
    (walked backwards over that relation) and leaves by the other to the answer, the
    entity's side being the one the question's word order gives it (True); enters by one
    side and leaves by anything else, or by the same side (False); None where it passes no
    such node, the question's order says no side, or the walk goes on from the other side
    (but for a verb in a relative clause, :func:`_relative`). The node entered must be the
    entity or hold it (the walk so far backwards only: a reaction whose input the question
    names, "the *breakdown* of hydrogen peroxide"): one the entity holds (its disease) is no
    side the question gives."""
    span = spans.get(path.start)
    if span is None:
        return None
    for at in range(1, len(path.nodes) - 1):
        (into, forward_in), (out, forward_out) = path.pattern[at - 1], path.pattern[at]
        junction = path.nodes[at]
        if forward_in or not reading.anonymous(junction):
            continue
        if any(forward for _, forward in path.pattern[: at - 1]):
            return None  # from another thing the entity holds: the question's voice is not its
        names = {
            e.predicate: humanize_relation(e.predicate)
            for e in reading.kg.neighbors(junction, direction="out", limit=32)
        }
        sides = role_sides(list(dict.fromkeys(names.values())))
        side_in = sides.get(names.get(into, humanize_relation(into)))
        if side_in is None:
            continue
        at_verb = _verb_said(reading, q, junction, path.nodes)
        if at_verb is None:
            continue
        # the entity is the verb's subject (the doer) where the walk would go forwards; a
        # participle and its preposition other than "by" ("is X *associated with*") are
        # stative, walked as the words' order says whatever the voice
        verb, after = q.tokens[at_verb], q.tokens[at_verb + 1 : at_verb + 2]
        stative = bool(after) and stative_phrase(f"is {verb} {after[0]}")
        doer = expected_direction(replace(q, spans=[span]), stem(verb), False, stative)
        if doer is None:
            continue
        side_out = sides.get(names.get(out, humanize_relation(out))) if forward_out else None
        if side_in == doer and side_out == (not doer):
            # the other side is the answer; a walk on from it reads something of that side's,
            # which the question asks where the verb is in a relative clause ("the enzyme
            # *that catalyzes* R", "the reaction *catalysed by* E")
            return True if at + 2 == len(path.nodes) or _relative(q, at_verb) else None
        return False
    return None


def _relative(q: QuestionInfo, at: int) -> bool:
    """Whether the verb at ``at`` heads a relative clause: after a relative pronoun, or a
    participle and its "by" right after a noun of the question's own (no mention: "What is
    *R catalysed by*?" asks of R; no form of be, no wh-word).

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What inhibits the reaction catalysed by PFK?", [(6, 7)])
    >>> _relative(q, 4), _relative(analyze("What is R catalysed by?", [(2, 3)]), 3)
    (True, False)
    """
    before = q.tokens[at - 1] if at else ""
    after = q.tokens[at + 1] if at + 1 < len(q.tokens) else ""
    if before in RELATIVE_PRONOUNS and at > 1:
        return True
    plain = at - 1 not in q.in_mentions and before not in BE_FORMS | WH_WORDS
    return after == "by" and bool(before) and plain


def _verb_said(reading: Any, q: QuestionInfo, junction: str, walked: Sequence[str]) -> int | None:
    """The place of the question's word outside its mentions that says the event node best,
    by what it is or by what qualifies it (:data:`SAID` at least); None where none does."""
    kinds = list(reading.kinds_of(junction))
    qualifiers = reading.qualifier_words(junction, walked)
    meets = reading.judge.meets
    asked = {stem(w) for w in q.words if w not in q.answer_type}  # (the type asked: no verb)
    best, found = SAID, None
    for i, t in enumerate(q.tokens):
        if i in q.in_mentions or stem(t) not in asked:
            continue
        said = max(
            meets(kinds, [t]) if kinds else 0.0,
            meets(qualifiers, [t], False) if qualifiers else 0.0,
        )
        if said >= best:
            best, found = said, i
    return found
