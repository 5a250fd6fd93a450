"""A GeoSPARQL geometry literal (``geo:asWKT`` a ``geo:wktLiteral``) is a place written as its
shape (kgchat.retrieval.values.literal_kind): "Where is X?" and "What are X's coordinates?"
find it behind X's geometry node, over X's other values."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.values import literal_kind

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DCT = "http://purl.org/dc/terms/"
GEO = "http://www.opengis.net/ont/geosparql#"
S = "http://example.org/survey#"
WKT = GEO + "wktLiteral"


def _graph() -> KnowledgeGraph:
    """Boreholes as a survey publishes them: a registration number, an operator, a purpose,
    and the location on a blank GeoSPARQL geometry node."""
    triples = [
        (S + "Borehole", RDFS + "label", '"borehole"'),
        (S + "operator", RDFS + "label", '"operator"'),
        (S + "purpose", RDFS + "label", '"purpose"'),
        (S + "mwp", RDFS + "label", '"Midland Water plc"'),
        (S + "water", RDFS + "label", '"water supply"'),
    ]
    holes = {
        "bh14": ("SJ47SE/14", "Helsby Quarry Borehole", "347200 376800"),
        "bh22": ("SJ56SW/22", "Tarvin Borehole", "352100 365400"),
    }
    for local, (ident, name, xy) in holes.items():
        g = "_:g" + local
        triples += [
            (S + local, RDF + "type", S + "Borehole"),
            (S + local, RDFS + "label", f'"{name}"'),
            (S + local, DCT + "identifier", f'"{ident}"'),
            (S + local, S + "operator", S + "mwp"),
            (S + local, S + "purpose", S + "water"),
            (S + local, GEO + "hasGeometry", g),
            (g, GEO + "asWKT", f'"POINT({xy})"^^<{WKT}>'),
        ]
    return KnowledgeGraph.from_triples(triples)


def test_a_geometry_literal_is_a_location():
    assert literal_kind(f'"POINT(1 2)"^^<{WKT}>') == ("location", "coordinates")
    assert literal_kind('"POINT(1 2)"') == ()  # a plain string says nothing of itself


def test_where_and_coordinates_find_the_geometry():
    r = Retriever(_graph())
    for q in ("Where is the Helsby Quarry Borehole?", "What are the coordinates of SJ47SE/14?"):
        res = r.retrieve(q)
        assert res.candidates and "POINT(347200 376800)" in r.kg.label(res.candidates[0].node), (
            q,
            [r.kg.label(c.node) for c in res.candidates[:3]],
        )
