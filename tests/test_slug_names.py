"""A thing named only by a "legal name"-like property, whose IRI is a slug of that name.

Publishers mint readable IRIs from a thing's name, often after a word saying what it is
(``company/yard-meyerturku`` for "Meyer Turku Oy", ``org/party-ga`` for "Green Alliance"), and
name it by their own property (``schema:legalName``), not ``rdfs:label``. The slug is only the
identifier: the thing is called by the name the publisher wrote. A local name that is no slug
of that name (DBpedia's ``Lady_Gaga`` beside a ``birthName``) stays the label.
"""

from __future__ import annotations

from kgchat.graph.core import KnowledgeGraph

E = "http://data.example.net/id/company/"
S = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _graph() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            (E + "yard-meyerturku", RDF_TYPE, "http://data.example.net/def#Shipyard"),
            (E + "yard-meyerturku", S + "legalName", '"Meyer Turku Oy"'),
            (E + "yard-meyerturku", S + "alternateName", '"Meyer Turku"'),
            (E + "yard-hhi", RDF_TYPE, "http://data.example.net/def#Shipyard"),
            (E + "yard-hhi", S + "legalName", '"Hyundai Heavy Industries"'),
            (
                "http://data.example.net/id/vessel/9829930",
                "http://data.example.net/def#builtBy",
                E + "yard-meyerturku",
            ),
            (
                "http://dbpedia.org/resource/Lady_Gaga",
                "http://dbpedia.org/ontology/birthName",
                '"Stefani Joanne Angelina Germanotta"',
            ),
        ]
    )


def test_a_slugged_iri_is_named_by_its_legal_name():
    kg = _graph()
    assert kg.label(E + "yard-meyerturku") == "Meyer Turku Oy"
    assert "Meyer Turku" in kg.aliases(E + "yard-meyerturku")
    assert kg.label(E + "yard-hhi") == "Hyundai Heavy Industries"


def test_a_local_name_that_is_no_slug_of_the_name_stays():
    kg = _graph()
    assert kg.label("http://dbpedia.org/resource/Lady_Gaga") == "Lady Gaga"


def test_slug_of():
    from kgchat.graph.coded_iris import slug_of

    assert slug_of("yard-meyerturku", "Meyer Turku Oy")
    assert slug_of("meyer-turku", "Meyer Turku Oy")
    assert not slug_of("Lady_Gaga", "Stefani Joanne Angelina Germanotta")
    assert not slug_of("yard", "Meyer Turku Oy")
