"""What KnowledgeGraph's helpers ask of it goes through its public methods (STYLE lesson 15):
loading several sources compiled once (``add_source(..., compile=False)`` then
:meth:`~kgchat.graph.KnowledgeGraph.compile`), the raw predicates, and the facts kept per
compiled graph (:class:`kgchat.graph.edges_read.KeptFacts`)."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from kgchat.errors import KGChatError
from kgchat.graph import KnowledgeGraph, edges_read, imports, ingest


def _private_reads(source: str, name: str = "kg") -> list[str]:
    """The private attributes read off ``name`` in ``source``, and private keywords passed."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == name
            and node.attr.startswith("_")
        ):
            out.append(node.attr)
        if isinstance(node, ast.keyword) and node.arg and node.arg.startswith("_"):
            out.append(node.arg)
    return out


def test_fact_keeping_and_loading_use_the_graph_s_public_methods() -> None:
    assert _private_reads(inspect.getsource(edges_read)) == []
    assert _private_reads(inspect.getsource(ingest.load_sources)) == []
    assert _private_reads(inspect.getsource(imports.follow_imports)) == []


def test_sources_merged_then_compiled_once(tmp_path: Path) -> None:
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    a.write_text("A\tr\tB\n")
    b.write_text("B\tr\tC\n")
    kg = KnowledgeGraph()
    kg.add_source(a, progress=False)
    v = kg.version
    kg.add_source(b, progress=False, compile=False)
    assert kg.raw_predicates() == ["r"] and kg.version == v  # merged, not compiled yet
    kg.compile()
    assert kg.version != v and [f.text for f in kg.facts_of("C")] == ["B — r → C"]


def test_facts_kept_until_the_graph_changes() -> None:
    kg = KnowledgeGraph.from_triples([("A", "r", "B")])
    fact = kg.fact(0)
    assert kg.fact(fact.id) is fact
    kg.add("B", "r", "C")
    assert kg.fact(fact.id) is not fact and kg.fact(fact.id) == fact
    with pytest.raises(KGChatError, match="unknown fact id"):
        kg.fact("f000000000000")
