"""A hop over an identity link (``owl:sameAs``) is free as a hop into an unnamed junction is
(``JunctionHops.junction_hops``): the node it reaches is the very thing under another IRI, so
its facts are the named node's own, not a neighbour's one hop away."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/g#> .\n"
    "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    ':Factory a rdfs:Class ; rdfs:label "factory" .\n'
    ':DyeHouse a rdfs:Class ; rdfs:label "dye house" .\n'
    ':Brand a rdfs:Class ; rdfs:label "brand" .\n'
    ':established rdfs:label "year established" .\n'
    ':hasSupplier rdfs:label "has supplier" .\n'
    ':sourcesFrom rdfs:label "sources from" .\n'
    ':workers rdfs:label "number of workers" .\n'
    ':bay a :Factory ; rdfs:label "Bay Garments" ; :hasSupplier :karna ;\n'
    "    owl:sameAs :bayOld .\n"
    ':bayOld a :Factory ; rdfs:label "Bay Garments (Pvt.) Ltd." ;\n'
    '    :established "2001"^^xsd:gYear ; :workers 1800 .\n'
    ':karna a :DyeHouse ; rdfs:label "Karnaphuli Dyeing" ; :established "1999"^^xsd:gYear ;\n'
    "    :workers 540 .\n"
    ':hart a :Brand ; rdfs:label "Hart Denim" ; :sourcesFrom :bay ;\n'
    '    :established "1971"^^xsd:gYear .\n'
    ':gazi a :Factory ; rdfs:label "Gazipur Knit" ; :hasSupplier :karna ;\n'
    '    :established "2012"^^xsd:gYear ; :workers 2900 .\n'
)


def test_facts_over_same_as_are_the_nodes_own(tmp_path):
    """ "When was Bay Garments founded?": the factory's founding year is stated on its old
    record, which ``owl:sameAs`` joins it to: 2001, not the year its supplier was founded
    (1999, one hop over ``has supplier``, which had outranked the identity hop's walk)."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "factories.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("When was Bay Garments founded?")
    assert res.answer == "2001" and not res.abstained
    res = r.retrieve("When was Gazipur Knit founded?")
    assert res.answer == "2012" and not res.abstained
