"""A gazetteer as GeoNames publishes it: pages named for their features, and feature codes.

Tiny graphs in GeoNames' shape (``gn:name``, ``gn:wikipediaArticle``, ``gn:locationMap``,
``gn:featureCode`` into the ontology's ``gn:Code`` individuals): the documents a feature links
to are named by their IRI, not made namesakes of the feature; a property that classifies by
code is read as the feature's type.
"""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.pipeline import make_retriever

GN = "https://www.geonames.org/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SWS = "https://sws.geonames.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _feature(fid: int, name: str, code: str, **links: str) -> list[tuple[str, str, str]]:
    iri = f"{SWS}{fid}/"
    rows = [(iri, GN + "name", f'"{name}"'), (iri, GN + "featureCode", GN + code)]
    rows += [(iri, GN + p, o) for p, o in links.items()]
    return rows


def _codes() -> list[tuple[str, str, str]]:
    rows = []
    for code, label in [("P.PPL", "populated place"), ("T.MT", "mountain")]:
        rows += [
            (GN + code, SKOS + "notation", f'"{code[2:]}"'),
            (GN + code, SKOS + "prefLabel", f'"{label}"@en'),
            (GN + code, RDF_TYPE, GN + "Code"),
        ]
    return rows


def test_pages_of_a_feature_are_named_by_their_iri() -> None:
    wiki, page = "https://en.wikipedia.org/wiki/Graz", "https://www.geonames.org/1/graz.html"
    same_host = f"{SWS}9/"  # a thing on the feature's own host keeps its segment's name
    rows = _feature(1, "Graz", "P.PPL", wikipediaArticle=wiki, locationMap=page)
    rows += [(f"{SWS}1/", GN + "twin", same_host)]
    kg = KnowledgeGraph.from_triples(rows)
    assert kg.label(wiki) == wiki and kg.label(page) == page
    assert kg.label(same_host) == "9"


def test_a_page_is_no_second_graz() -> None:
    wiki = "https://en.wikipedia.org/wiki/Graz"
    rows = _feature(1, "Graz", "P.PPL", wikipediaArticle=wiki) + _codes()
    rows += [*_feature(2, "Austria", "P.PPL"), (f"{SWS}1/", GN + "parentCountry", f"{SWS}2/")]
    r = make_retriever(KnowledgeGraph.from_triples(rows), index_dir=None, scorer=None)
    res = r.retrieve("Which country is Graz in?")
    assert {m.node for m in res.mentions} == {f"{SWS}1/"}


def test_a_coded_classification_reads_as_type() -> None:
    rows = _codes()
    for i, (name, code) in enumerate(
        [("Lugano", "P.PPL"), ("Bern", "P.PPL"), ("Eiger", "T.MT"), ("Rigi", "T.MT")]
    ):
        rows += _feature(i, name, code)
    kg = KnowledgeGraph.from_triples(rows)
    assert kg.types(f"{SWS}0/") == [GN + "P.PPL"]
    assert kg.label(GN + "T.MT") == "mountain"
    # the code, now a class, is no "Code" itself: "What is the country code of X?" must not
    # meet a feature's class through its metaclass's name
    assert kg.types(GN + "T.MT") == []


def test_a_tag_list_is_not_a_classification() -> None:
    rows = _codes()
    for i in range(4):  # every subject with two codes: tags, not a kind
        second = (f"{SWS}{i}/", GN + "featureCode", GN + "T.MT")
        rows += [*_feature(i, f"place {i}", "P.PPL"), second]
    kg = KnowledgeGraph.from_triples(rows)
    assert kg.types(f"{SWS}0/") == []
