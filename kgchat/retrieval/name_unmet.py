"""Whether the question writes a name that nothing links and the answer's walk never meets.

"Who recorded the otter in the *Oderbruch*?" writes a place as a name (capitalised, not
the sentence's first word). Where no entity of the graph is called so, the linker links
only "otter", and the best walk goes from the species to a recorder of any otter: the
place is written only inside one record's locality text, which the walk never passes by.
The answer is then the answer to another question, "Who recorded the otter?". A name the
question writes (:func:`~kgchat.lead_names.name_runs`, one word or more) that no mention
covers, and no node or value on or beside the walk says (a label, a value or a relation
of theirs holds none of its words), is a qualifier the walk does not answer: the same shape
as a year nothing on the walk speaks of (:func:`~kgchat.retrieval.dated_walk.year_unmet`).
A walk that passes the record whose locality says "Oderbruch" meets it, and stands.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from kgchat.lead_names import name_runs
from kgchat.retrieval.results import Path
from kgchat.retrieval.values import own_datatype_words
from kgchat.text import STOPWORDS, stem, tokens, written_words

__all__ = ["RECORD_DEPTH", "name_unmet", "unlinked_names"]

RECORD_DEPTH = 2
"""How many unnamed records deep the facts beside a walked node are read: an identification
walked names its occurrence, whose place is a blank ``Location`` beside that (two)."""


def unlinked_names(
    text: str,
    toks: list[str],
    linked: Collection[int],
    held: Callable[[str, str], bool] | None = None,
) -> list[set[str]]:
    """The stems of the content words of each name ``text`` writes outside the ``linked``
    token places (the mentions), less the names one of whose words ``held`` says the graph
    holds (given the token and the word as written: :meth:`~kgchat.retrieval.graph_words.
    HeldWords.held_word`): the graph's own thing said otherwise, which the walk may say in
    other words.

    >>> q = "Who recorded the otter in the Oderbruch?"
    >>> unlinked_names(q, tokens(q), {3})
    [{'oderbruch'}]
    >>> unlinked_names(q, tokens(q), {3, 6})
    []
    >>> unlinked_names(q, tokens(q), {3}, lambda t, w: w.startswith("Oder"))
    []
    """
    names = []
    written = {i: w for w, a, b in written_words(text, toks) for i in range(a, b)}
    for a, b in name_runs(text, toks, set(linked), min_words=1):
        if a - 1 in linked or b in linked:
            continue  # the rest of a name a mention holds in part ("Dr." of "Dr. O'Connell")
        # a letter alone is an initial ("E. coli"), too little to name a thing by
        content = [
            i
            for i in range(a, b)
            if toks[i] not in STOPWORDS and not toks[i].isdigit() and len(toks[i]) > 1
        ]
        if held is not None and any(held(toks[i], written.get(i, toks[i])) for i in content):
            continue
        if content:
            names.append({stem(toks[i]) for i in content})
    return names


def name_unmet(reading: Any, names: Sequence[set[str]], paths: Sequence[Path]) -> bool:
    """Whether one of ``names`` (:func:`unlinked_names`) has no word that a node on the
    walks ``paths``, a neighbour of one, the relation between them, or a fact of an unnamed
    record beside one past the walk's start, or (beside a walked record) of one beside that
    (``unnamed``, up to :data:`RECORD_DEPTH`: a blank ``Location`` beside the occurrence
    walked, or beside the occurrence an identification walked names) says. Beside the
    start, the thing the question names, stand all its records (a species' occurrences),
    one of which says any place: the walk meets a record's place only by passing the record.
    ``reading``: the retriever's, as :func:`~kgchat.retrieval.dated_walk.year_unmet` reads it
    (``kg``, ``edges``, ``anonymous``).

    >>> from kgchat.graph import KnowledgeGraph
    >>> from functools import partial
    >>> from types import SimpleNamespace
    >>> kg = KnowledgeGraph.from_triples([("r1", "species", "Otter"), ("r1", "by", "Ann"),
    ...     ("r2", "species", "Otter"), ("r2", "by", "Bo"), ("r2", "locality", '"Oderbruch"')])
    >>> reading = SimpleNamespace(kg=kg, edges=kg.neighbors, anonymous=lambda n: n[0] == "r")
    >>> unmet = partial(name_unmet, reading)
    >>> def walk(r, who):
    ...     return [Path("Otter", (("species", False), ("by", True)), ("Otter", r, who), (), 1.0)]
    >>> unmet([{"oderbruch"}], walk("r1", "Ann")), unmet([{"oderbruch"}], walk("r2", "Bo"))
    (True, False)
    """
    kg, edges, unnamed = reading.kg, reading.edges, reading.anonymous
    unmet = [set(n) for n in names]
    seen: set[str] = set()

    def read(text: str) -> bool:
        """Strike the names ``text`` says a word of; whether every name is met."""
        if text not in seen:
            seen.add(text)
            words = {stem(t) for t in tokens(text)}
            unmet[:] = [n for n in unmet if not n & words]
        return not unmet

    def read_edges(steps: Sequence[Any]) -> bool:
        return any(
            read(kg.relation_label(e.predicate)) or read(kg.label(e.neighbor)) for e in steps
        )

    starts = {p.start for p in paths}
    visited = set(starts)

    def beside(steps: Sequence[Any], depth: int) -> bool:
        """Read the unnamed records ``steps`` reach, and theirs, ``depth`` deep."""
        for e in steps:
            r = e.neighbor
            if r in visited or kg.is_literal(r) or not unnamed(r):
                continue
            visited.add(r)
            more = edges(r)
            if read_edges(more) or (depth > 1 and beside(more, depth - 1)):
                return True
        return False

    for n in dict.fromkeys(n for p in paths for n in p.nodes):
        if read(kg.label(n)):
            return False
        if kg.is_literal(n):
            # a value typed by a publisher's own datatype says what it is by that datatype's
            # name: "What is the *Chapman* code of X?" meets ``"SAL"^^fhs:ChapmanCode``
            if read(" ".join(own_datatype_words(n))):
                return False
            continue
        steps = edges(n)
        if read_edges(steps):
            return False
        # a named node's records are read one deep (a hub's statements are many)
        if n not in starts and beside(steps, RECORD_DEPTH if unnamed(n) else 1):
            return False
    return bool(unmet)
