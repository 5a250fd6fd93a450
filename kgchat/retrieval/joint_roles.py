"""Which of a joint answer's paths says the word the question puts beside each entity: the
order of the best candidates tied on score where the question names several entities.

"Which letters from *X* were *addressed to* Y?" reaches every letter between X and Y jointly,
the letters X wrote to Y and those Y wrote to X alike: each is reached from X and from Y by one
``has author`` and one ``has addressee`` fact, and a joint query adds its paths' relations
whichever entity each starts from, so the two tie. The question says which: the word a
preposition ties an entity to ("*addressed* to Y", "*sent* from X") is
said of that entity, and the path from it, not another entity's path, is the one that must
say it. A tied candidate whose combination has another entity's path say such a word clearly
better than the entity's own path (by :data:`MARGIN` of the scorer's word match) has its
roles crossed, and goes after those of the tie that do not; the rest keep their order. Only a
tie is reordered: no score changes.

"What version of A does B depend on?" ties A's own version (A's path: ``version``; B's:
``depends on``, ``version``) with B's own (the same two paths, given the other way round).
The word the shorter path says is said beside its own entity ("version *of A*", "*A's*
version", "which *A* version"): :func:`owner_said` puts the candidates of such a tie whose
shorter path starts at the entity nearest that word before those where it starts elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, Path
from kgchat.text import PREPOSITIONS, skip_words, stem

__all__ = ["MARGIN", "beside_word", "owner_said", "roles_crossed", "roles_said", "shorter_owned"]

#: how much better another entity's path must say an entity's word for the roles to be
#: crossed (the scorer's word match is 1 for the word itself, ~0.3-0.5 for unrelated ones)
MARGIN = 0.25


def beside_word(q: QuestionInfo, start: int) -> int | None:
    """The index in ``q.words`` of the word a preposition ties the entity at ``start`` to
    ("*addressed* to Y", "*sent* from X"; articles between are passed over), None where no
    preposition stands right before it, no question word before that, or that word is the
    type the question asks.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("Which letters from Ann Lee were addressed to the Bo Co?", [(3, 5), (9, 11)])
    >>> q.words[beside_word(q, 9)]
    'addressed'
    >>> beside_word(q, 0) is None
    True

    The type the question asks ("which *letters*") is said of the answer, not of the entity
    beside it:

    >>> beside_word(q, 3) is None
    True
    """
    toks = q.tokens
    i = skip_words(toks, start - 1, -1)
    if i < 0 or toks[i] not in PREPOSITIONS:
        return None
    i -= 1
    if i < 0 or any(a <= i < b for a, b in q.spans):
        return None
    said = stem(toks[i])
    if any(stem(w) == said for w in q.answer_type):
        return None  # "What *cases* from X": the type asked, said of the answer, not of X
    return next((k for k, w in enumerate(q.words) if stem(w) == said), None)


def roles_crossed(
    q: QuestionInfo,
    paths: list[Path],
    spans: dict[str, tuple[int, int]],
    cover: Callable[[Path], Any],
) -> bool:
    """Whether a joint answer's ``paths`` (one from each entity, their ``start``) give an
    entity's word (:func:`beside_word`) to another entity's path: that path says it better
    than the entity's own by :data:`MARGIN` or more. ``cover(path)``: the path's relation
    words' best match to each of ``q.words`` (None: no words)."""
    starts = [p.start for p in paths]
    if len(set(starts)) < 2:
        return False
    covers: dict[int, Any] = {}
    for i, p in enumerate(paths):
        span = spans.get(p.start)
        k = None if span is None else beside_word(q, span[0])
        if k is None:
            continue
        own = covers.setdefault(i, cover(p))
        mine = 0.0 if own is None else float(own[k])
        for j, other in enumerate(paths):
            if other.start == p.start:
                continue
            theirs = covers.setdefault(j, cover(other))
            if theirs is not None and float(theirs[k]) >= mine + MARGIN:
                return True
    return False


def _tied(candidates: list[Candidate]) -> int:
    """How many of ``candidates`` come first tied on score (:meth:`Candidate.rank_key`)."""
    key = candidates[0].rank_key()[0]
    n = 0
    while n < len(candidates) and candidates[n].rank_key()[0] == key:
        n += 1
    return n


def shorter_owned(
    q: QuestionInfo,
    paths: list[Path],
    spans: dict[str, tuple[int, int]],
    cover: Callable[[Path], Any],
) -> bool | None:
    """Whether a joint answer's one shortest path starts at the entity nearest (in tokens)
    the question word that path says best; None where there is no such cue (one entity, the
    paths ending otherwise than by one relation walked forwards, shortest paths tied, no
    word outside the mentions, two entities as near). Paths that end alike reach a value
    by one attribute, and only whose attribute it is is in question; "criminal law cases
    that were applications for annulment" reaches a case by a subject and a procedure, and
    the two entities' words say nothing of which is nearer.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What version of lib does app depend on?", [(3, 4), (5, 6)])
    >>> spans = {"lib": (3, 4), "app": (5, 6)}
    >>> own = Path("lib", (("version", True),), ("lib", "1.0"), (0,), 1.0)
    >>> dep = Path("app", (("dependsOn", True), ("version", True)), ("app", "lib", "1.0"),
    ...            (1, 0), 1.0)
    >>> cover = lambda p: [1.0 if w == "version" else 0.0 for w in q.words]
    >>> shorter_owned(q, [own, dep], spans, cover)
    True
    >>> shorter_owned(q, [Path("app", (("version", True),), ("app", "2.0"), (2,), 1.0),
    ...                   Path("lib", (("dependsOn", False), ("version", True)),
    ...                        ("lib", "app", "2.0"), (1, 2), 1.0)], spans, cover)
    False
    """
    if len({p.start for p in paths}) < 2:
        return None
    end = paths[0].pattern[-1] if paths[0].pattern else None
    if end is None or not end[1] or any(p.pattern[-1:] != (end,) for p in paths):
        return None  # no value all reach by one attribute (walked forwards) of its own
    lengths = sorted(len(p.pattern) for p in paths)
    if lengths[0] == lengths[1] or not q.words:
        return None
    short = min(paths, key=lambda p: len(p.pattern))
    match = cover(short)  # how well the shorter path says each question word
    if match is None:
        return None
    word = q.words[max(range(len(q.words)), key=lambda k: float(match[k]))]
    inside = q.in_mentions
    word_at = next((i for i, t in enumerate(q.tokens) if t == word and i not in inside), None)
    if word_at is None:
        return None
    distance = {}  # from each path's entity to the word, in tokens
    for p in paths:
        span = spans.get(p.start)
        if span is not None:
            distance[p.start] = min(abs(word_at - span[0]), abs(word_at - (span[1] - 1)))
    if short.start not in distance or len(distance) < 2:
        return None
    nearest = min(distance.values())
    if sum(d == nearest for d in distance.values()) > 1:
        return None
    return distance[short.start] == nearest


def _tied_judged(
    q: QuestionInfo,
    candidates: list[Candidate],
    spans: dict[str, tuple[int, int]],
    judge: Callable[[Candidate], Any],
) -> tuple[int, list[Any]] | None:
    """The length of ``candidates``' first run tied on score and ``judge`` of each of its
    candidates, or ``None`` where there is nothing to reorder (fewer than two mentions or
    candidates, a question of no words, no tie)."""
    if len(spans) < 2 or len(candidates) < 2 or not q.words:
        return None
    n = _tied(candidates)
    if n < 2:
        return None
    return n, [judge(c) for c in candidates[:n]]


def _run_ordered(candidates: list[Candidate], n: int, ranks: list[int]) -> list[Candidate]:
    """``candidates`` with their first ``n`` (a run tied on score) in the order of ``ranks``
    (one a candidate of the run, lowest first; equal ranks keep their order) and the rest
    after, as they were: the one reordering :func:`owner_said` and :func:`roles_said` make.

    >>> _run_ordered(["a", "b", "c", "d"], 3, [2, 0, 2])
    ['b', 'a', 'c', 'd']
    """
    return [candidates[i] for i in sorted(range(n), key=ranks.__getitem__)] + candidates[n:]


def owner_said(
    q: QuestionInfo,
    candidates: list[Candidate],
    spans: dict[str, tuple[int, int]],
    cover: Callable[[Path], Any],
) -> list[Candidate]:
    """``candidates`` with those of the first run tied on score whose shorter path starts
    away from the word it says (:func:`shorter_owned` False) after those where it starts
    beside it (True); the rest of the run between, in their order.

    >>> from kgchat.retrieval.question import analyze
    >>> q = analyze("What version of lib does app depend on?", [(3, 4), (5, 6)])
    >>> spans = {"lib": (3, 4), "app": (5, 6)}
    >>> cover = lambda p: [1.0 if w == "version" else 0.0 for w in q.words]
    >>> apps = Candidate("2.0", "2.0", 1.0, [
    ...     Path("app", (("version", True),), ("app", "2.0"), (2,), 1.0),
    ...     Path("lib", (("dependsOn", False), ("version", True)), ("lib", "app", "2.0"),
    ...          (1, 2), 1.0)])
    >>> libs = Candidate("1.0", "1.0", 1.0, [
    ...     Path("lib", (("version", True),), ("lib", "1.0"), (0,), 1.0),
    ...     Path("app", (("dependsOn", True), ("version", True)), ("app", "lib", "1.0"),
    ...          (1, 0), 1.0)])
    >>> [c.node for c in owner_said(q, [apps, libs], spans, cover)]  # lib's own version
    ['1.0', '2.0']
    """
    found = _tied_judged(q, candidates, spans, lambda c: shorter_owned(q, c.paths, spans, cover))
    if found is None:
        return candidates
    n, owned = found
    if True not in owned or False not in owned:
        return candidates
    # beside its word first, no cue between, away from it last
    return _run_ordered(candidates, n, [{True: 0, None: 1, False: 2}[o] for o in owned])


def roles_said(
    q: QuestionInfo,
    candidates: list[Candidate],
    spans: dict[str, tuple[int, int]],
    cover: Callable[[Path], Any],
) -> list[Candidate]:
    """``candidates`` with those of the first run tied on score (:meth:`Candidate.rank_key`)
    whose roles are crossed (:func:`roles_crossed`) after the rest of that run; the
    question must name two entities or more."""
    found = _tied_judged(q, candidates, spans, lambda c: roles_crossed(q, c.paths, spans, cover))
    if found is None:
        return candidates
    n, crossed = found
    if not any(crossed) or all(crossed):
        return candidates
    return _run_ordered(candidates, n, [int(x) for x in crossed])  # the crossed last
