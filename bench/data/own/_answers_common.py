"""What the own graphs' ``*_answers.py`` scripts share: each question with the answers its query
finds, checked and written as one JSON line (``{"question", "answers", "kind"}``); a node's
names (:func:`names_under`) and the IRIs a query names by ``{Name}`` (:func:`named_iris`).

A script states its graph, its questions ``(question, kind, query or None)`` and how a query's
answers are read (``answers_of``: the names of what a SPARQL query returns); this module runs
them all and writes ``<graph>.jsonl``. A question with no query is unanswerable and answers
nothing; any other must find an answer.

>>> import tempfile
>>> from pathlib import Path
>>> out = Path(tempfile.mkdtemp()) / "tiny.jsonl"
>>> write_answers(out, [("Who?", "1hop", "q"), ("Why?", "unanswerable", None)],
...               lambda q: {"Bo", "Al", "Bo"}, show=False)
>>> print(out.read_text(), end="")
{"question": "Who?", "answers": ["Al", "Bo"], "kind": "1hop"}
{"question": "Why?", "answers": [], "kind": "unanswerable"}
>>> answer_lines([("Why?", "unanswerable", "q")], lambda q: ["Al"], False, True)
... # doctest: +ELLIPSIS
Traceback (most recent call last):
AssertionError: Why?...
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

__all__ = [
    "answer_lines",
    "conversation_lines",
    "named_answers",
    "named_iris",
    "names_under",
    "print_answers",
    "print_conversations",
    "write_answers",
]

Question = tuple[str, str, "str | None"]


def answer_lines(
    questions: Sequence[Question],
    answers_of: Callable[[str], Iterable[str]],
    show: bool = True,
    none_unanswerable: bool = False,
) -> list[str]:
    """One JSON line per question: its answers (``answers_of(query)``, sorted, each once; none
    without a query). Asserts that every answerable question finds an answer, and with
    ``none_unanswerable`` that an unanswerable one's query (a relation the data lacks) finds
    none; ``show`` prints each question's kind, its first answers and their number."""
    lines = []
    for q, kind, query in questions:
        answers = sorted(set(answers_of(query))) if query else []
        assert answers or kind == "unanswerable", q
        assert not (none_unanswerable and answers and kind == "unanswerable"), q
        lines.append(
            json.dumps({"question": q, "answers": answers, "kind": kind}, ensure_ascii=False)
        )
        if show:
            print(kind, q, answers[:8], len(answers))
    return lines


def write_answers(
    out: Path,
    questions: Sequence[Question],
    answers_of: Callable[[str], Iterable[str]],
    show: bool = True,
) -> None:
    """Write :func:`answer_lines` to ``out``, one line each (UTF-8, a newline after the last)."""
    out.write_text("\n".join(answer_lines(questions, answers_of, show)) + "\n", encoding="utf-8")


def print_answers(
    questions: Sequence[Question],
    answers_of: Callable[[str], Iterable[str]],
    none_unanswerable: bool = False,
) -> None:
    """Print :func:`answer_lines` (and nothing else), for a script run as ``... > x.jsonl``."""
    for line in answer_lines(questions, answers_of, False, none_unanswerable):
        print(line)


def conversation_lines(
    graph: str,
    conversations: Sequence[tuple[str, Sequence[tuple[str, str, str]]]],
    answers_of: Callable[[str], Iterable[str]],
) -> list[str]:
    """A blind-conversation line per conversation (``conversations_blind*.jsonl``'s format):
    each turn's question, kind and sorted answers by ``answers_of``, each once; every turn
    must have an answer (:func:`print_conversations` prints them)."""
    lines = []
    for cid, turns in conversations:
        rows = [
            {"question": q, "answers": sorted(set(answers_of(query))), "kind": kind}
            for q, kind, query in turns
        ]
        assert all(r["answers"] for r in rows), cid
        lines.append(json.dumps({"id": cid, "graph": graph, "turns": rows}, ensure_ascii=False))
    return lines


def print_conversations(
    graph: str,
    conversations: Sequence[tuple[str, Sequence[tuple[str, str, str]]]],
    answers_of: Callable[[str], Iterable[str]],
    file: TextIO | None = None,
) -> None:
    """Print :func:`conversation_lines`, one a line, to ``file`` (default: standard output;
    a script whose standard output shows its questions' answers prints them to standard
    error).

    >>> print_conversations("g", [("g-1", [("Q?", "k", "q")])], lambda q: "BA")
    {"id": "g-1", "graph": "g", "turns": [{"question": "Q?", "answers": ["A", "B"], "kind": "k"}]}
    """
    for line in conversation_lines(graph, conversations, answers_of):
        print(line, file=file)


def names_under(g: Any, x: object, predicates: Iterable[Any]) -> list[str]:
    """A literal's lexical form; a node's (an IRI's or a blank node's) names under
    ``predicates`` in the rdflib graph ``g``, sorted, each once; it must have one.

    >>> from rdflib import Graph, Literal, URIRef
    >>> from rdflib.namespace import RDFS
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://ex.org/a"), RDFS.label, Literal("Ann")))
    >>> names_under(g, URIRef("http://ex.org/a"), [RDFS.label]), names_under(g, Literal(3), [])
    (['Ann'], ['3'])
    """
    from rdflib import Literal

    if isinstance(x, Literal):
        return [str(x)]
    names = sorted({str(n) for p in predicates for n in g.objects(x, p)})
    assert names, x
    return names


def named_iris(
    sparql: str,
    find: Callable[[re.Match[str]], Iterable[object]],
    pattern: str = r"\{([A-Za-z0-9][^{}?]*)\}",
) -> str:
    """``sparql`` with each ``{Name}`` (a match of ``pattern``) written as ``<IRI>``, the IRI of
    the one node ``find(match)`` finds; it must find exactly one.

    >>> named_iris("{Ann} :knows ?x", lambda m: {"http://ex.org/" + m[1].lower()})
    '<http://ex.org/ann> :knows ?x'
    """

    def iri(m: re.Match[str]) -> str:
        found = set(find(m))
        assert len(found) == 1, (m[0], found)
        return f"<{found.pop()}>"

    return re.sub(pattern, iri, sparql)


# a ``{Name}`` or ``{Name|prefix:Class}`` in a query: no "?" anywhere and no quote or space at
# either end, so that a SPARQL group ``{ ?s ?p ?o }`` or a string is never read as a name; a
# quote may stand inside one ("{Men's Singles}", "{Réseau Ferré de l'Ouest}")
NAMED = r"\{([^{}?\s'][^{}?]*[^{}?\s']|[^{}?\s'])\}"


def named_answers(
    g: Any, prefixes: str, name_props: Sequence[Any], pattern: str = NAMED
) -> Callable[[str], set[str]]:
    """``answers_of`` for a script: the names (:func:`names_under`, ``name_props``) of what a
    query returns as its first column, run with ``prefixes`` (SPARQL ``PREFIX`` lines) over the
    rdflib graph ``g``, each ``{Name}`` of it the one node carrying that name under a
    ``name_props`` predicate and ``{Name|prefix:Class}`` the one of that class
    (:func:`named_iris`).

    >>> from rdflib import Graph, Literal, URIRef
    >>> from rdflib.namespace import RDFS
    >>> g = Graph()
    >>> a, b = URIRef("http://ex.org/a"), URIRef("http://ex.org/b")
    >>> _ = g.add((a, RDFS.label, Literal("Ann"))), g.add((b, RDFS.label, Literal("Bo")))
    >>> _ = g.add((a, URIRef("http://ex.org/knows"), b))
    >>> pre = "PREFIX ex: <http://ex.org/> "
    >>> named_answers(g, pre, [RDFS.label])("SELECT ?x WHERE { {Ann} ex:knows ?x }")
    {'Bo'}
    """
    from rdflib import RDF, URIRef

    spaces = dict(re.findall(r"PREFIX (\w+): <([^>]+)>", prefixes))

    def find(m: re.Match[str]) -> set[object]:
        name, _, cls = m[1].partition("|")
        kind = None
        if cls:
            pre, _, local = cls.partition(":")
            kind = URIRef(spaces[pre] + local)
        return {
            s
            for p in name_props
            for s in g.subjects(p, None)
            if name in {str(o) for o in g.objects(s, p)}
            and (kind is None or (s, RDF.type, kind) in g)
        }

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(prefixes + named_iris(query, find, pattern)):
            out |= set(names_under(g, row[0], name_props))
        return out

    return answers_of
