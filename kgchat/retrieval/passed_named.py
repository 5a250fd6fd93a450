"""A thing named for the type asked that a better answer's walk passed on its way.

Names carry the kind of what they name ("*Directorate-General* for Environment", "2012 Summer
*Olympics*", "Mercy General *Hospital*"), and a graph that files such things under a class of
another word (a SKOS ``Concept``, a "corporate body", an ``Event``), or under none, says the
type a question asks ("Which *Directorate-General* is responsible for X?") by the name alone.
The walk scores a node's type by its classes and the relations at it, never its name, so a
walk that reached the thing asked and went on past it, to another thing of a class whose word
only looks like the type (an act's ``directive`` for "directorate") or to a value beside it
(the medals of the Olympics "Which Olympics did London host?" reached), ranked the thing
beyond first. Where the first answer says the type asked neither by its name nor by the head
words of its type words (by stem), a candidate named for the type (the head phrase of its
name says every word of the type and ends in one), which a better-ranked candidate's best
walk passed through, is the thing asked: it comes first. Only a node passed on the way: a
thing merely named with the type's word ("City of London" for "Which city was X born in?",
reached by no walk to a better answer) says no more than its name; nor does one only a
lesser walk to a better answer passes (the touring company "The Norwegian National Touring
*Theatre*" on a production's way to the stage it played, "What theatres did X play at?").

>>> from kgchat.retrieval.question import analyze
>>> from kgchat.retrieval.results import Candidate, Path
>>> q = analyze("Which Directorate-General is responsible for the Water Act?", [(7, 9)])
>>> beyond = Candidate("act2", "Air Act", 1.8, [Path("act", (("resp", True), ("resp", False)),
...     ("act", "dg", "act2"), (0, 1), 1.8)])
>>> dg = Candidate("dg", "Directorate-General for Environment", 1.2,
...     [Path("act", (("resp", True),), ("act", "dg"), (0,), 1.2)])
>>> [c.node for c in passed_named_first(q, [beyond, dg], lambda n: False, lambda n: ())]
['dg', 'act2']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate
from kgchat.text import STOPWORDS, content_stems, stem, tokens
from kgchat.wordnet import wordnet

__all__ = ["passed_named_first"]


def _one_meaning(words: Sequence[str], asked: Sequence[str]) -> bool:
    """Whether a word of ``words`` and one of ``asked`` have the same commonest meaning in
    WordNet: one thing spelt two ways ("theater", "theatres"), which no stem joins (False
    without WordNet).

    >>> wordnet() is None or (_one_meaning(["theater"], ["theatres"]),
    ...     _one_meaning(["directive"], ["directorate"])) == (True, False)
    True
    """
    lexicon = wordnet()
    if lexicon is None or not words or not asked:
        return False
    meant = {k for w in asked for k in lexicon.likeliest(w, 1)}
    return any(not meant.isdisjoint(lexicon.likeliest(w, 1)) for w in dict.fromkeys(words))


def _named_for(name: str, asked: set[str]) -> bool:
    """Whether ``name``'s head phrase (its words before the first function word: "*Directorate
    General* for Environment", "*Mercy General Hospital*") says every stem of ``asked`` and
    ends in one of them: a name's last word before its qualifiers is what it names; the
    others say what about ("*Companies* Registration Office" is an office, no company).

    >>> _named_for("Directorate-General for Environment", {stem("directorate"), stem("general")})
    True
    >>> _named_for("Companies Registration Office", {stem("companies")})
    False
    """
    toks = tokens(name)
    while toks and toks[0] in STOPWORDS:
        toks = toks[1:]
    end = next((i for i, t in enumerate(toks) if t in STOPWORDS), len(toks))
    head = [stem(t) for t in toks[:end]]
    return bool(head) and head[-1] in asked and asked <= set(head)


def passed_named_first(
    q: QuestionInfo,
    candidates: list[Candidate],
    is_literal: Callable[[str], bool],
    types_of: Callable[[str], Sequence[str]],
    kinds_of: Callable[[str], Sequence[str]] | None = None,
    heads_of: Callable[[str], Sequence[str]] | None = None,
    n: int | None = None,
) -> list[Candidate]:
    """``candidates`` with those (of the first ``n``; all by default) whose own name
    (``Candidate.label``) is named for the type the question names (:func:`_named_for`; no
    literal), and which a candidate ranked before them walked through (its best walk, the
    first of its paths), put first, in their order, where the first candidate says no word
    of that type by its name nor by its type words (by stem, or by WordNet's commonest
    meaning: a "theater" is a "theatre"). Its type words: ``types_of`` (its classes' and the
    relations' at it); of its classes' words, ``kinds_of``, the heads alone, ``heads_of``,
    where given (an "Olympic medal" is a medal, no Olympics). Scores of those moved are set
    just above the first's, so the order and the scores agree."""
    asked = {stem(w) for w in q.named_type}
    if not asked or not candidates:
        return candidates
    top = candidates[0]
    words = list(types_of(top.node))
    if kinds_of is not None and heads_of is not None:
        own, heads = set(kinds_of(top.node)), set(heads_of(top.node))
        words = [w for w in words if w not in own or w in heads]
    said = set(content_stems(top.label)) | {stem(w) for t in words for w in t.split()}
    if said & asked or _one_meaning([w for t in words for w in t.split()], q.named_type):
        return candidates
    n = len(candidates) if n is None else n
    first = candidates[:n]
    passed: set[str] = set()
    moved: list[Candidate] = []
    for c in first:
        if c.node in passed and not is_literal(c.node) and _named_for(c.label, asked):
            moved.append(c)
        passed.update(c.paths[0].nodes[1:-1] if c.paths else ())  # its best walk's
    if not moved:
        return candidates
    gone = {c.node for c in moved}
    raised = [replace(c, score=top.score + 1e-3 * (len(moved) - k)) for k, c in enumerate(moved)]
    return [*raised, *(c for c in first if c.node not in gone), *candidates[n:]]
