"""A named graph that the data describes is about the roots of its statements; a part of a
record named only by a segment every record's part has is walked through.

Nanopublications (TriG) put a claim in a named graph and say who asserted it of the graph's
IRI: merged, the claim and its attribution met nowhere. The graph is now ``schema:about`` each
root of its statements (a subject no statement of it has as object: the gene, not the
disease), and the ``#assertion`` parts of many records, named "assertion" by their last
segment only, are shown ``(anonymous assertion)``: "who asserted that X ...?" walks from the
gene through the claim's graph to the person its provenance names.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.graph.named_graphs import ABOUT, MAX_STATEMENTS
from kgchat.retrieval import Retriever

_PREFIXES = """\
@prefix ex: <http://example.org/> .
@prefix np: <http://www.nanopub.org/nschema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def _record(n: int, gene: str, disease: str, person: str) -> str:
    r = f"http://example.org/rec{n}"
    return f"""
<{r}#head> {{ <{r}> a np:Nanopublication ; np:hasAssertion <{r}#assertion> ;
    np:hasProvenance <{r}#provenance> . }}
<{r}#assertion> {{ ex:{gene} ex:associatedWith ex:{disease} . }}
<{r}#provenance> {{ <{r}#assertion> prov:wasAttributedTo ex:{person} . }}
"""


_NAMES = """
ex:names {
  ex:tp53 rdfs:label "TP53" . ex:brca1 rdfs:label "BRCA1" . ex:ldlr rdfs:label "LDLR" .
  ex:cancer rdfs:label "lung cancer" . ex:breast rdfs:label "breast cancer" .
  ex:fh rdfs:label "familial hypercholesterolemia" .
  ex:ann rdfs:label "Ann Oyelaran" . ex:ivo rdfs:label "Ivo Markov" .
  ex:sol rdfs:label "Sol Petrescu" .
}
"""


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    path = tmp_path_factory.mktemp("claims") / "claims.trig"
    big = "".join(f"ex:d{i} ex:value {i} .\n" for i in range(MAX_STATEMENTS + 1))
    path.write_text(
        _PREFIXES
        + _record(1, "tp53", "cancer", "ann")
        + _record(2, "brca1", "breast", "ivo")
        + _record(3, "ldlr", "fh", "sol")
        + _NAMES
        + f'ex:dump {{ {big} }}\nex:dump rdfs:label "the dump" .\n'
    )
    return KnowledgeGraph.load(path)


def test_a_described_graph_is_about_the_roots_of_its_statements(claims):
    about = [
        e.neighbor
        for e in claims.neighbors("http://example.org/rec1#assertion", direction="out")
        if e.predicate == ABOUT
    ]
    assert about == ["http://example.org/tp53"]  # the subject, not the disease it names


def test_an_undescribed_or_large_graph_is_about_nothing(claims):
    for graph in ("http://example.org/names", "http://example.org/dump"):
        if graph in claims:
            assert not any(e.predicate == ABOUT for e in claims.neighbors(graph, direction="out"))


def test_parts_named_by_a_shared_segment_are_walked_through(claims):
    assert claims.label("http://example.org/rec1#assertion") == "(anonymous assertion)"
    assert claims.label("http://example.org/tp53") == "TP53"


def test_who_asserted_a_claim_reaches_its_attribution(claims):
    got = Retriever(claims).retrieve("Who asserted that BRCA1 is associated with breast cancer?")
    top = [c.label for c in got.candidates[:3]]
    assert "Ivo Markov" in top, top  # (the record, unnamed here, may come first)
    assert not any("assertion" in label for label in top), top


def test_a_part_of_one_document_only_keeps_its_name():
    kg = KnowledgeGraph.from_triples(
        [
            ("http://x.org/a", "http://x.org/rel", "http://x.org/a#summary"),
            ("http://x.org/a#summary", "http://x.org/rel", "http://x.org/b"),
        ]
    )
    assert kg.label("http://x.org/a#summary") == "summary"


def test_a_numbered_or_leaf_part_keeps_its_name():
    rel, x = "http://x.org/rel", "http://x.org/"
    kg = KnowledgeGraph.from_triples(
        [
            (x + "dep0", rel, x + "dep0/Group2"),
            (x + "dep1", rel, x + "dep1/Group2"),
            (x + "dep0/Group2", rel, x + "topic"),
            (x + "dep1/Group2", rel, x + "topic"),
            (x + "httpx", x + "bugDatabase", x + "httpx/issues"),
            (x + "clap", x + "bugDatabase", x + "clap/issues"),
        ]
    )
    assert kg.label(x + "dep0/Group2") == "Group2"  # a number tells the groups apart
    assert kg.label(x + "clap/issues") == "issues"  # a leaf: a page given by its address
