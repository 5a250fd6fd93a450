"""Work a question or a compile does once, not twice: each candidate's junction words read
once for the ranking's embedding and its said qualifiers (:mod:`kgchat.retrieval.
junction_words`), each literal's text once a row (:mod:`kgchat.graph.own_codes`), and the
things numbered after their class once a compile, for the roles and the names both
(:func:`kgchat.graph.coded_iris.numbered_once`), with the same results as reading them again."""

from __future__ import annotations

import copy

import numpy as np
import pytest

import kgchat.graph.coded_iris as coded_iris
import kgchat.graph.labels as labels_module
import kgchat.graph.own_codes as own_codes
import kgchat.graph.roles as roles
from kgchat.graph import KnowledgeGraph
from kgchat.graph.term_ids import IRI, LITERAL
from kgchat.retrieval import Retriever
from kgchat.retrieval.said_junctions import _WALKS
from tests.test_bibframe import TRIAL
from tests.test_biopax_names import _numbered_graph


@pytest.fixture(scope="module")
def trial(tmp_path_factory):
    path = tmp_path_factory.mktemp("trial") / "trial.ttl"
    path.write_text(TRIAL, encoding="utf-8")
    return Retriever(KnowledgeGraph.load(path))


def test_junction_words_are_read_once_a_walk(trial, monkeypatch):
    calls: list[object] = []
    read = type(trial)._junction_words

    def counted(self, path):
        calls.append(path)
        return read(self, path)

    before = trial.retrieve("who translated The trial")
    ranking = [(c.node, c.score) for c in before.candidates]
    monkeypatch.setattr(type(trial), "_junction_words", counted)
    calls.clear()
    q = trial.read(before.question, before.mentions)[0]
    ranked = [c for c in before.candidates if c.paths]
    trial._said_junctions(q, copy.deepcopy(before.candidates), {})
    # once a walk read (a candidate's best few), for the embedding and the words said
    assert len(calls) == sum(len(c.paths[:_WALKS]) for c in ranked)
    # the words handed on are those said_qualifiers would read itself
    per_path = trial.embed_junction_words(q, [c.paths[0] for c in ranked])
    for c, words in zip(ranked, per_path, strict=True):
        assert trial.said_qualifiers(q, c.paths[0], words) == trial.said_qualifiers(q, c.paths[0])
    assert trial.said_qualifiers(q, ranked[0].paths[0], per_path[0]) == ("translator",)
    monkeypatch.undo()
    after = trial.retrieve("who translated The trial")
    assert [(c.node, c.score) for c in after.candidates] == ranking


def test_a_literal_is_read_once_a_row(monkeypatch):
    keys = [
        "http://r.org/cwe/CWE-79",  # its code stated as is
        "http://v.org/id",
        '"CWE-79"',
        "http://r.org/cpc/F03D7-0224",  # minted from "F03D 7/0224"
        '"F03D 7/0224"',
        '"Wind motors"',  # a title: no code
        "http://r.org/x/DE",  # a word, no code
        '"DE"',
        '"CWE-79 (2006)"',  # starts with the code, is not it
    ]
    s, o = np.array([0, 3, 3, 6, 0]), np.array([2, 4, 5, 7, 8])
    kinds = np.array([IRI, IRI, LITERAL, IRI, LITERAL, LITERAL, IRI, LITERAL, LITERAL])
    read = own_codes.literal_text
    seen: list[str] = []

    def counted(term: str) -> str:
        seen.append(term)
        return read(term)

    monkeypatch.setattr(own_codes, "literal_text", counted)
    labels, aliases = {0: "Cross-site Scripting"}, {}
    own_codes.own_code_names(keys, s, o, kinds, labels, aliases)
    assert labels == {0: "Cross-site Scripting", 3: "F03D 7/0224"}
    assert aliases == {0: ["CWE-79"]}
    assert sorted(seen) == sorted(['"CWE-79"', '"F03D 7/0224"', '"Wind motors"', keys[8]])


def test_things_numbered_after_their_class_are_found_once_a_compile(tmp_path, monkeypatch):
    # widgets "#Widget3" of a v:Widget named by a display name their records share: the
    # roles ask which subjects are minted (is "display name" a name?), the label choice
    # which IRIs to pass over for it; both read the one set
    calls: list[int] = []
    found = coded_iris.numbered_after_class

    def counted(keys, s, o, typed):
        calls.append(len(typed))
        return found(keys, s, o, typed)

    for module in (coded_iris, roles, labels_module):  # (the start code read it in each)
        monkeypatch.setattr(module, "numbered_after_class", counted, raising=False)
    path = tmp_path / "widgets.ttl"
    path.write_text(_numbered_graph(6), encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert kg.label("http://ex.org/d#Widget3") == "Sprocket C"
    assert kg.label("http://ex.org/d#WidgetRecord3") == "Sprocket C"
    assert calls == [12]  # once, over the twelve typed rows
