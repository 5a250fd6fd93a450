"""A yes/no question's class claim and the words that qualify its class.

"Is Metallica a British band?" claims two things of Metallica: that it is a band (its type
fact, or that and the subclass facts up to the class, says so) and that it is British. The
second is a further claim: a fact of the entity must say it, one whose other end the
qualifier names, in so many words ("Is aspirin an oral drug?": aspirin's route *oral*) or as
the adjective of a name (WordNet's pertainym: "British" -> Britain, the United Kingdom's other
name), or a truth-valued fact whose relation it names ("Is Acme a public company?": Acme
public *true*). A class that is confirmed without its qualifiers is not a "yes": the reply
says what is known instead (:class:`~kgchat.retrieval.results.Unconfirmed`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kgchat.graph.names import parse_literal
from kgchat.graph.view import Edge
from kgchat.graph.vocab import XSD
from kgchat.mention import Mention
from kgchat.retrieval.results import Path
from kgchat.text import COPULAS, DETERMINERS, STOPWORDS, tokens
from kgchat.wordnet import wordnet

__all__ = ["ClassClaim", "asked_claim", "qualified"]

_JOINERS = frozenset(["and", "or"])  # between the entities a question asks of together
# how surely a value's name must be a kind of a qualifier's word (WordNet's ``is_a``: the
# lesser of the two words' noun shares) to say it: a name mostly a noun of that kind
_KIND = 0.5


@dataclass(frozen=True)
class ClassClaim:
    """What "<is> <entities> <a> [<qualifiers>] <class>" asks: ``entities`` (their
    mentions) are of class ``cls``, and are what its ``words`` (lower-cased, in order; none
    for "Is aspirin a drug?") say of them."""

    cls: str
    entities: tuple[Mention, ...]
    words: tuple[str, ...]


def asked_claim(
    toks: Sequence[str], mentions: Sequence[Mention], classes: Sequence[Mention]
) -> ClassClaim | None:
    """The class claim of a yes/no question: "<is> <entities> <a> <class>" ("Is aspirin a
    drug?", "Are aspirin and ibuprofen drugs?"), the class its last words, the entities the
    mentions that lead the question joined by "and"/"or", and between them at most a
    determiner and words that qualify the class ("Is Metallica a *British* band?"), content
    words only; None for any other question ("Is Paris the capital of a country?" asks of a
    capital, "Does X treat a disease?" of a relation).

    >>> m = lambda node, a, b: Mention(node.lower(), a, b, node, 1.0)
    >>> toks = "is metallica a british band".split()
    >>> c = asked_claim(toks, [m("Metallica", 1, 2)], [m("Band", 4, 5)])
    >>> c.cls, [e.node for e in c.entities], c.words
    ('Band', ['Metallica'], ('british',))
    >>> toks = "are aspirin ibuprofen and naproxen british drugs".split()
    >>> c = asked_claim(toks, [m("A", 1, 2), m("I", 2, 3), m("N", 4, 5)], [m("Drug", 6, 7)])
    >>> [e.node for e in c.entities], c.words
    (['A', 'I', 'N'], ('british',))
    >>> toks = "are aspirin and ibuprofen oral drugs".split()
    >>> c = asked_claim(toks, [m("A", 1, 2), m("I", 3, 4), m("oral", 4, 5)], [m("Drug", 5, 6)])
    >>> [e.node for e in c.entities], c.words
    (['A', 'I'], ('oral',))
    >>> asked_claim("is paris the capital of a country".split(), [m("Paris", 1, 2)],
    ...             [m("Country", 6, 7)]) is None
    True
    """
    if not classes or not mentions or not toks or toks[0] not in COPULAS:
        return None
    last = max(classes, key=lambda m: m.end)
    if last.end != len(toks):
        return None
    lead = sorted((m for m in mentions if m.end <= last.start), key=lambda m: (m.start, -m.end))
    # the run of spans that leads the question, each with the words before it
    run: list[tuple[list[str], list[Mention]]] = []
    end = 1
    for m in lead:
        if m.start < end:  # a second reading of a span already taken (an ambiguous name)
            if run and (m.start, m.end) == (run[-1][1][0].start, run[-1][1][0].end):
                run[-1][1].append(m)
            continue
        gap = list(toks[end : m.start])
        if not run and not DETERMINERS.issuperset(gap):
            return None
        if run and not _JOINERS.issuperset(gap):
            break
        run.append((gap, [m]))
        end = m.end
    if not run:
        return None
    # the entities end at the one after the last "and"/"or" ("X, Y and Z": the commas are
    # no words); a name right after them qualifies the class ("Are X and Y *British* bands?")
    joined = [k for k, (gap, _) in enumerate(run) if k and gap]
    run = run[: joined[-1] + 1] if joined else run[:1]
    entities = [m for _, ms in run for m in ms]
    end = entities[-1].end
    between = list(toks[end : last.start])
    if between and between[0] in DETERMINERS:
        between = between[1:]
    if any(w in STOPWORDS or w in DETERMINERS for w in between):
        return None
    return ClassClaim(last.node, tuple(entities), tuple(between))


def qualified(
    node: str, words: Sequence[str], edges: Iterable[Edge], label: Callable[[str], str]
) -> tuple[list[Path], tuple[str, ...]]:
    """The facts of ``node`` (``edges``: its :class:`~kgchat.graph.view.Edge` s) that say
    what a class claim's qualifier ``words`` say of it, and the words none says; ``label``
    names a node or a relation.

    Each run of words, longest first, is said by a fact whose other end's label is that run
    ("oral"), or a name the run's adjective pertains to (:meth:`~kgchat.wordnet.WordNet.
    pertains_to`: "british" by *United Kingdom*), or a node WordNet files under the run's
    one word ("mouse": *Mus musculus*), or by a fact whose relation's label is the run and
    whose value is true ("public": Acme public *true*).

    >>> edges = [Edge(3, "oral", "route", True)]
    >>> paths, unsaid = qualified("Aspirin", ("oral", "cheap"), edges, str)
    >>> [p.facts for p in paths], unsaid
    ([(3,)], ('cheap',))
    """
    edges = list(edges)
    said: list[Path] = []
    unsaid: list[str] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            found = _saying(node, " ".join(words[i:j]), j - i == 1, edges, label)
            if found is not None:
                said.append(found)
                i = j
                break
        else:
            unsaid.append(words[i])
            i += 1
    return said, tuple(unsaid)


def _saying(
    node: str, run: str, single: bool, edges: list[Edge], label: Callable[[str], str]
) -> Path | None:
    """The first fact of ``edges`` that says ``run`` (see :func:`qualified`), as a path of
    one step; None when none does."""
    names = {run}
    wn = wordnet() if single else None
    if wn is not None:
        names.update(" ".join(tokens(n)) for n in wn.pertains_to(run))
    for e in edges:
        other = " ".join(tokens(label(e.neighbor)))
        if (
            other in names
            or (_true(e.neighbor) and " ".join(tokens(label(e.predicate))) == run)
            or _kind_of(wn, e.neighbor, other, run)
        ):
            return Path(node, ((e.predicate, e.forward),), (node, e.neighbor), (e.fact,), 0.0)
    return None


def _kind_of(wn: Any, term: str, name: str, word: str) -> bool:
    """Whether the node ``term``, named ``name``, is what WordNet files under ``word`` (a
    taxon's name and its common noun: *Mus musculus*, a "mouse"); a literal is no kind."""
    return wn is not None and term[:1] != '"' and bool(name) and wn.is_a(name, word) >= _KIND


def _true(term: str) -> bool:
    """Whether a term is a literal that says true: an ``xsd:boolean`` ``true``/``1``, or a
    plain "true"."""
    if term[:1] != '"':
        return False
    lex, _, datatype = parse_literal(term)
    lex = lex.strip().lower()
    return lex == "true" or (datatype == XSD + "boolean" and lex == "1")
