"""Work a question or a compile does once, not twice: each candidate's junction words read
once for the ranking's embedding and its said qualifiers (:mod:`kgchat.retrieval.
junction_words`), and each literal's text once a row (:mod:`kgchat.graph.own_codes`), with
the same results as reading them again."""

from __future__ import annotations

import copy

import numpy as np
import pytest

import kgchat.graph.own_codes as own_codes
from kgchat.graph import KnowledgeGraph
from kgchat.graph.term_ids import IRI, LITERAL
from kgchat.retrieval import Retriever
from kgchat.retrieval.combine import _WALKS
from tests.test_bibframe import TRIAL


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
