"""A file in a syntax only rdflib reads loads by its extension alone (``.trix``, ``.hext``), as
a publisher names it, the same as with ``format=``."""

from __future__ import annotations

import gzip

import pytest
import rdflib

from kgchat import KnowledgeGraph
from kgchat.errors import UnsupportedFormatError
from kgchat.graph.formats import detect_format

TTL = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:m1 ex:member ex:ann ; ex:organization ex:greens .
ex:ann rdfs:label "Ann Lee" .
ex:greens rdfs:label "Green Party"@en , "Parti vert"@fr .
"""


def _facts(kg: KnowledgeGraph) -> set[str]:
    return {f.text for f in kg.facts()}


@pytest.mark.parametrize(("name", "fmt"), [("term-59.trix", "trix"), ("votes.hext.gz", "hext")])
def test_rdflib_syntax_loads_by_extension(tmp_path, name, fmt):
    ds = rdflib.Dataset()
    ds.graph(rdflib.URIRef("http://example.org/term/59")).parse(data=TTL, format="turtle")
    data = ds.serialize(format=fmt, encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    plain = tmp_path / "g.ttl"
    plain.write_text(TTL, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert _facts(kg) == _facts(KnowledgeGraph.load(plain))
    assert kg.label("http://example.org/ann") == "Ann Lee"


def test_an_extension_nothing_reads_is_still_refused():
    assert detect_format("a.trix") == "trix"
    with pytest.raises(UnsupportedFormatError):
        detect_format("minutes.docx")
