"""A node a walk passes through is said by a word of its own name: the confidence's
middle-node ceiling (``AnswerConfidence._named``)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/b#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Paper a rdfs:Class ; rdfs:label "paper" .\n'
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':Organization a rdfs:Class ; rdfs:label "organization" .\n'
    ':City a rdfs:Class ; rdfs:label "city" .\n'
    ':p1 a :Paper ; rdfs:label "Graph Embeddings for Author Disambiguation" ; :author :ana .\n'
    ':ana a :Person ; rdfs:label "Ana Lund" ; :affiliation :hiis .\n'
    ':hiis a :Organization ; rdfs:label "Helmholm Institute for Information Science" ;\n'
    "    :basedNear :aarhus .\n"
    ':aarhus a :City ; rdfs:label "Aarhus" .\n'
)


def test_a_middle_node_named_by_a_word_of_its_name(tmp_path):
    """ "The *institute* of the author of X": the walk to Aarhus passes through Helmholm
    *Institute* (an Organization, reached over ``affiliation``, neither of which says
    "institute"), which the question names by a word of its name: answered (it had
    abstained, the middle node unsaid). The type asked names the answer, not a node on the
    way: "which *city*" does not say the institute."""
    from kgchat.pipeline import make_retriever
    from kgchat.retrieval.question import analyze

    path = tmp_path / "biblio.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve(
        "In which city is the institute of the author of "
        "Graph Embeddings for Author Disambiguation?"
    )
    assert res.answer == "Aarhus" and not res.abstained
    hiis = "http://example.org/b#hiis"
    said = analyze("In which city is the institute of X?", [(7, 8)])
    assert r._named(said, hiis) == 1.0
    # the type asked ("city") and words absent from the name say nothing of it
    assert r._named(analyze("Which city is near X?", [(4, 5)]), hiis) == 0.0
    assert r._named(analyze("Which institute is near X?", [(4, 5)]), hiis) == 0.0
