"""English function words live in one module (:mod:`kgchat.function_words`; STYLE lesson 11):
no other module keeps its own copy of one of its lists, and the lists retrieval reads
(places a search names, the words that open and close a statement's span) are there."""

from __future__ import annotations

import ast
from pathlib import Path

import kgchat
import kgchat.function_words as fw
from kgchat.graph import KnowledgeGraph
from kgchat.retrieval.in_year import span_of
from kgchat.retrieval.noun_phrases import headed, named_number

_LISTS = {name: frozenset(getattr(fw, name)) for name in fw.__all__}


def _string_lists(source: str) -> list[tuple[int, frozenset[str]]]:
    """Each literal collection of two or more strings (a set, a tuple, a list, or frozenset()
    of one) of a module's ``source``: its constants' and those written inline in a test
    (``toks[i] in ("do", "does", "did")``)."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Set | ast.Tuple | ast.List):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(words) == len(node.elts) >= 2 and all(isinstance(w, str) for w in words):
                out.append((node.lineno, frozenset(words)))
    return out


def test_a_copy_written_inline_is_found() -> None:
    source = 'X = frozenset(["a", "an"])\ndef f(t):\n    return t in ("did", "do", "does")\n'
    assert _string_lists(source) == [(1, fw.INDEFINITE_ARTICLES), (3, fw.DO_FORMS)]


def test_no_module_keeps_a_copy_of_a_function_word_list() -> None:
    root = Path(kgchat.__file__).parent
    copies = [
        f"{path.relative_to(root)}:{line} copies {name}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "function_words.py"
        for line, words in _string_lists(path.read_text(encoding="utf-8"))
        for name, listed in _LISTS.items()
        if words == listed
    ]
    assert copies == []


def test_the_lists_retrieval_reads_are_function_words() -> None:
    assert {"near", "in"} <= fw.PLACE_PREPOSITIONS and "since" in fw.SPAN_START_WORDS
    assert "until" in fw.SPAN_END_WORDS and "whom" in fw.RELATIVE_PRONOUNS
    # their readers read them there: a search placed by a preposition, a span's ends
    assert headed(["pharmacy", "near", "alexanderplatz"], {2}) == ["pharmacy"]
    assert named_number(["serial", "numbers"]) == []  # a serial number is no serial
    kg = KnowledgeGraph.from_triples([("s", "since", '"1990"'), ("s", "until", '"1995"')])
    steps = [(e.predicate, e.neighbor, e.forward) for e in kg.neighbors("s")]
    assert span_of(kg, steps) == (1990, 1995)
