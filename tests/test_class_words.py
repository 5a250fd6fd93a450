"""A node's kind words are all its classes' words, not the first few in the order of their keys:
DBpedia's Daimler-Motoren-Gesellschaft has eleven classes, and its YAGO ones (whose IRIs sort
first) had pushed ``dbo:Company`` past a cut at eight words, so "Which companies did Wilhelm
Maybach found?" no longer met it."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

# nine classes whose IRIs sort before the one that says what the node is
_OTHERS = (
    "legal person",
    "economic agent",
    "employer",
    "brand owner",
    "patent holder",
    "taxpayer",
    "exporter",
    "engine maker",
    "workshop",
)
_TTL = "\n".join(
    [
        "@prefix : <http://example.org/r#> .",
        "@prefix a: <http://example.org/a#> .",
        "@prefix o: <http://example.org/o#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        'o:Company rdfs:label "company" .',
        *(f'a:C{i} rdfs:label "{name}" .' for i, name in enumerate(_OTHERS)),
        ':dmg rdfs:label "Daimler-Motoren-Gesellschaft" ; a o:Company , '
        + " , ".join(f"a:C{i}" for i in range(len(_OTHERS)))
        + " .",
        ':maybach rdfs:label "Wilhelm Maybach" ; :founded :dmg .',
    ]
)


def test_a_class_whose_key_sorts_last_still_says_the_kind(tmp_path):
    path = tmp_path / "kg.ttl"
    path.write_text(_TTL)
    r = Retriever(KnowledgeGraph.load(path))
    node = "http://example.org/r#dmg"
    types = r.answer_types(node)
    assert "company" in types
    # every class's words, whichever comes first
    assert {"employer", "workshop", "exporter"} <= set(types)
    # the walk has no other answer to offer; the type is what it is checked against
    assert r.retrieve("Which companies did Wilhelm Maybach found?").answer == (
        "Daimler-Motoren-Gesellschaft"
    )
