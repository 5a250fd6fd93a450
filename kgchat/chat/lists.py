"""Every answer of a list question, each cited.

A question has several answers when the retriever's top candidates tie, or when it asks for a
set: its answer-type noun is plural ("which *drugs* treat X", "what are the *toppings* of Y"),
its verb is plural after a bare wh-word ("who *are* ..."), or it starts "list"/"name all". The
members of a set are then the candidates reached the way the chosen answer is (by the same
relation path from each entity the question names), best first, scored within half a
constraint bonus of the best (:data:`SET_MARGIN`): the retriever adds a whole bonus for each
constraint of the question a candidate meets (a type, a second entity, a qualifier said of a
junction), so one scored further below meets one fewer, and is reached the same way without
being what the question asks ("Which *associated* partners does NORDWIND have?": not its
other participants). :func:`list_reply` names them up to a limit, each with the
facts of its path, and says how many more the graph holds along that path.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> kg = KnowledgeGraph.from_triples([("Margherita", "hasTopping", t)
...                                   for t in ("Tomato", "Mozzarella", "Basil")])
>>> res = Retriever(kg).retrieve("What are the toppings of Margherita?")
>>> asks_for_a_set(res.question, res.reading)
True
>>> found = members(kg, res, res.candidates[0], as_set=True, limit=2)
>>> [c.label for c in found.members], found.more
(['Basil', 'Mozzarella'], 1)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from kgchat.graph.follow import follow
from kgchat.retrieval.combine import CandidateRanking
from kgchat.retrieval.walk import Pattern
from kgchat.text import COPULAS, STOPWORDS, WH_WORDS, singular, tokens

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval import Retrieval
    from kgchat.retrieval.question import QuestionInfo

__all__ = ["SET_MARGIN", "Members", "asks_for_a_set", "asks_to_list", "list_reply", "members"]

_PLURAL_BE = frozenset(["are", "were"])
_SET_LEAD = ("list", "name all", "give all", "all the", "every")
_TIE = 1e-6  # scores this close are a tie (as evaluation's predicted answer set)
# A set member's score is within this of the best: half the retriever's bonus for one more
# constraint met (``CandidateRanking.CONSTRAINT_BONUS``, 1.0). Chosen on every development and
# own question (thirty-seventh round): of 570 set questions whose set named more than the
# ties, the cut raised list F1 on 7 (eurio's associated partners, rinf's freight terminals in
# France, catalog's datasets derived from X) and lowered it on 1 (rinf's "What stations are on
# line 280?": Brüggli, a whole bonus below and right); a whole bonus raised 3, lowered none.
SET_MARGIN = 0.5 * CandidateRanking.CONSTRAINT_BONUS
_COUNT_CAP = 10_000  # nodes counted along a path before the count is given as "more than"


def asks_to_list(question: str) -> bool:
    """Whether ``question``'s own words ask to be given every answer: "list ...", "name all
    ...", "every ..." (not merely a plural, as "what are the toppings").

    >>> asks_to_list("List the sign languages"), asks_to_list("What are the sign languages?")
    (True, False)
    """
    text = " ".join(tokens(question))
    return any(text.startswith(lead) or f" {lead} " in f" {text} " for lead in _SET_LEAD)


def asks_for_a_set(question: str, info: QuestionInfo | None = None) -> bool:
    """Whether ``question`` asks for every answer (see the module docstring)."""
    words = tokens(question)
    if asks_to_list(question):
        return True
    for i, w in enumerate(words[:-1]):
        if w in WH_WORDS and words[i + 1] in _PLURAL_BE:
            nxt = words[i + 2] if i + 2 < len(words) else ""
            # "what are the toppings": a plural noun follows; "who are X's members" too
            if w == "who" or nxt in ("the", "all") or (nxt and singular(nxt) != nxt):
                return True
    if info is not None:
        typed = info.answer_type
    else:  # the noun right after "which"/"what"
        typed = [b for a, b in pairwise(words) if a in ("which", "what")][:1]
    head = typed[-1] if typed else ""
    return bool(head) and singular(head) != head and head not in STOPWORDS | COPULAS


@dataclass
class Members:
    """A list answer: the candidates named (the chosen one first) and how many more there are."""

    members: list[Any] = field(default_factory=list)
    more: int = 0


def _best_path(c: Any) -> tuple[str, Pattern] | None:
    return (c.paths[0].start, c.paths[0].pattern) if c.paths else None


def _ways(c: Any) -> set[tuple[str, Pattern]]:
    """How a candidate is reached: its best relation path from each entity of the question."""
    best: dict[str, Pattern] = {}
    for p in c.paths:  # best first
        best.setdefault(p.start, p.pattern)
    return set(best.items())


def _reach(
    kg: KnowledgeGraph, start: str, pattern: Pattern, asked: set[str], like: Sequence[str] = ()
) -> int:
    """How many nodes ``pattern`` reaches from ``start`` (capped), the entities ``asked``
    about aside (the director's other films: the film asked about is none of them), and of
    a class of the answers ``like`` where they have one: one relation may lead to things of
    several kinds (schema.org's ``sport`` from a sport's events and from its athletes), and
    "what events are there in biathlon" has no athlete among its answers."""
    nodes = set(follow(kg.neighbors, start, pattern, cap=_COUNT_CAP).ends)
    nodes -= asked
    kinds = {c for node in like for c in kg.types(node)}
    if kinds and len(nodes) <= _COUNT_CAP:
        nodes = {n for n in nodes if kinds.intersection(kg.types(n))}
    return len(nodes)


def _asked(res: Retrieval, chosen: Any) -> set[str]:
    """The entities the question names: its mentions, but of the readings of the words the
    chosen answer's walk starts from, that one alone ("Which albums are by Nirvana?": the band
    the albums are by; the album "Nirvana", another reading of the same word, is one of them,
    no entity asked about)."""
    start = chosen.paths[0].start if chosen.paths else None
    named = {m.node for m in res.mentions}
    if start not in named:  # no walk from a mention: every mention is asked about
        return named
    spans = {(m.start, m.end) for m in res.mentions if m.node == start}
    return {m.node for m in res.mentions if m.node == start or (m.start, m.end) not in spans}


def members(
    kg: KnowledgeGraph,
    res: Retrieval,
    chosen: Any,
    *,
    as_set: bool,
    limit: int,
    said: frozenset[str] = frozenset(),
) -> Members:
    """The answers to name beside ``chosen``: the candidates tied with the best one, and with
    ``as_set`` those reached by the chosen answer's best path from the same entity; never
    one whose best path goes through the chosen answer, nor an entity the question names,
    nor one of ``said`` (named by an earlier reply: "Any more?"), which none counts."""
    top = res.candidates[0].score
    path = _best_path(chosen)
    ways = _ways(chosen)
    found = [chosen]
    cut = False  # a candidate reached the same way that meets fewer constraints
    asked = _asked(res, chosen) | said
    for c in res.candidates:
        # the entity asked about is no answer of its own question ("what gene codes for the
        # target of ACE inhibitors": ACE, not also the enzyme "ACE" named)
        if c is chosen or c.node == chosen.node or c.node in asked:
            continue
        if c.paths and chosen.node in c.paths[0].nodes[1:-1]:
            # reached through the chosen answer ("Night Ferry published by Northgate Books,
            # which published Small Hours"): a step beyond the answer, not another one
            continue
        # a set's member is reached the way the chosen answer is, from every entity asked
        # about ("albums of Fleetwood Mac produced by Ken Caillat": both, not only one)
        # tied: as close to the first candidate's score, not above it (the retriever ranks a
        # name it reads off the entity asked about, "its Dutch title", before walked ends it
        # scored higher: Rembrandt is no title of The Night Watch)
        if abs(c.score - top) <= _TIE:
            found.append(c)
        elif as_set and path is not None and ways <= _ways(c):
            # reached the same way, and meeting as many of the question's constraints
            if top - c.score <= SET_MARGIN:
                found.append(c)
            else:
                cut = True
    if len(found) == 1:
        return Members([chosen], 0)
    total = len(found)
    if as_set and path is not None and len(ways) == 1 and not cut:
        # what the path reaches beyond the candidates, unless some it reaches are no answer
        total = max(total, _reach(kg, *path, asked, like=[c.node for c in found]))
    return Members(found[:limit], total - min(limit, len(found)))


def list_reply(
    found: Members, cite: Callable[[Any], list[int]], more: str = "{n} more"
) -> tuple[str, list[Any]]:
    """ "A [1], B [2] and C [3]" (", and 2 more" past the limit), each member with the given
    facts ``cite`` finds for it; members no given fact holds are counted with the others, and
    members of one name (two authors' records "KÄSER, Beat", two replies "Re: X"; "MDM2" and
    "Mdm2", case aside) are said once, citing the facts of each. Returns the text and the
    members named.

    >>> from kgchat.retrieval import Candidate
    >>> found = Members([Candidate(n, lab, 1.0) for n, lab in
    ...                  [("p1", "Re: Plane"), ("p2", "Re: Plane"), ("p3", "Chisel")]])
    >>> list_reply(found, lambda c: [int(c.node[1])])[0]
    'Re: Plane [1][2] and Chisel [3]'
    """
    named: list[Any] = []
    said: dict[str, list[int]] = {}  # a name -> the facts cited for it, in order
    for c in found.members:
        numbers = cite(c)
        if numbers:
            named.append(c)
            # one name whatever its case ("MDM2", the human protein, and "Mdm2", the mouse's):
            # said twice it reads as the same answer repeated
            key = " ".join(c.label.split())
            key = next((k for k in said if k.casefold() == key.casefold()), key)
            cites = said.setdefault(key, [])
            cites.extend(n for n in numbers if n not in cites)
    if not named:
        return "", []
    parts = [f"{label} " + "".join(f"[{n}]" for n in cites) for label, cites in said.items()]
    rest = found.more + len(found.members) - len(named)
    if rest > 0:
        parts.append(more.format(n=rest))
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return text, named
