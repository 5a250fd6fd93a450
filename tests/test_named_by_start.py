"""A node whose whole name the named node's own name holds is said by naming that node: the
middle hops' ceiling (``MiddleHops._middles_said``) over BioPAX's reference to its protein."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/p#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    ':ProteinReference a rdfs:Class ; rdfs:label "protein reference" .\n'
    ':Protein a rdfs:Class ; rdfs:label "protein" .\n'
    ':Catalysis a rdfs:Class ; rdfs:label "catalysis" .\n'
    ':Reaction a rdfs:Class ; rdfs:label "reaction" .\n'
    ':human rdfs:label "Homo sapiens" ; :taxon "9606" .\n'
    ':ref1 a :ProteinReference ; rdfs:label "UniProt:P35558 PCK1" ;\n'
    '    skos:altLabel "PEPCK-C" ; :organism :human .\n'
    ':ref2 a :ProteinReference ; rdfs:label "UniProt:P35557 GCK" ;\n'
    '    skos:altLabel "glucokinase" ; :organism :human .\n'
    ':p1 a :Protein ; rdfs:label "PCK1" ; :entityReference :ref1 .\n'
    ':p2 a :Protein ; rdfs:label "GCK" ; :entityReference :ref2 .\n'
    "[] a :Catalysis ; :controller :p1 ; :controlled :r1 .\n"
    "[] a :Catalysis ; :controller :p2 ; :controlled :r2 .\n"
    ':r1 a :Reaction ; rdfs:label "Oxaloacetate is decarboxylated to PEP" .\n'
    ':r2 a :Reaction ; rdfs:label "Glucose is phosphorylated" .\n'
)


def test_a_node_named_within_the_named_node(tmp_path):
    """ "What does *PEPCK-C* catalyse?" links the reference "UniProt:P35558 PCK1" (whose
    synonym PEPCK-C is) and walks back over ``entity reference`` to the protein "PCK1", then
    through its unnamed catalysis to the reaction: the question names the protein in naming
    its reference, whose name holds the protein's whole name, so the hop is said (it had
    abstained, the protein unsaid). A relation the walk does not say stays abstained."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "pathway.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("What does PEPCK-C catalyse?")
    assert res.answer == "Oxaloacetate is decarboxylated to PEP" and not res.abstained
    res = r.retrieve("Which reaction does glucokinase catalyse?")
    assert res.answer == "Glucose is phosphorylated" and not res.abstained
    assert r.retrieve("What does PEPCK-C inhibit?").abstained
    assert r.retrieve("Who discovered PEPCK-C?").abstained
