"""A web site's root page (``foaf:homepage <https://mapsmith.de/>``) is a document, named by its
IRI, as a file's or a versioned licence's page is (:mod:`kgchat.graph.pages`): named by its host
alone ("mapsmith.de") it answered "What is the homepage of X?" with no link to follow."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

FOAF = "http://xmlns.com/foaf/0.1/"
EX = "http://ex.org/"


def _graph(tmp_path: Path) -> KnowledgeGraph:
    lines = [
        f'<{EX}mapsmith> <{FOAF}name> "Mapsmith GmbH" .',
        f"<{EX}mapsmith> <{FOAF}homepage> <https://mapsmith.de/> .",
        f'<{EX}aurora> <{FOAF}name> "Aurora Analytics" .',
        f"<{EX}aurora> <{FOAF}homepage> <https://aurora.example/about> .",
    ]
    path = tmp_path / "g.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_site_root_is_named_by_its_iri(tmp_path):
    kg = _graph(tmp_path)
    assert kg.label("https://mapsmith.de/") == "https://mapsmith.de/"
    r = make_retriever(kg, index_dir=None, scorer=None)
    assert r.retrieve("What is the homepage of Mapsmith GmbH?").answer == "https://mapsmith.de/"
