"""A colon in a relation's name ends a namespace: OpenStreetMap's tag keys as Sophox writes them
(``https://wiki.openstreetmap.org/wiki/Key:addr:street``), compact names (``dc:title``)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.graph.names import humanize_relation

KEY = "https://wiki.openstreetmap.org/wiki/Key:"
NODE = "https://www.openstreetmap.org/node/"


def test_wiki_namespace_is_dropped_and_colons_separate_words() -> None:
    assert humanize_relation(KEY + "name") == "name"
    assert humanize_relation(KEY + "addr:street") == "addr street"
    assert humanize_relation(KEY + "opening_hours") == "opening hours"
    assert humanize_relation(KEY + "name%3Aen") == "name en"
    assert humanize_relation("dc:title") == "title"


def test_names_without_colon_read_as_before() -> None:
    assert humanize_relation("http://example.org/worksFor") == "works for"
    assert humanize_relation("a:") == "a:"  # nothing after the colon: kept as written


def test_osm_name_tag_labels_its_node() -> None:
    kg = KnowledgeGraph.from_triples(
        [
            (NODE + "1", KEY + "name", '"Curry 36"'),
            (NODE + "1", KEY + "addr:street", '"Bergmannstraße"'),
            (NODE + "2", KEY + "name", '"Osteria Bellavista"'),
            (NODE + "2", KEY + "addr:street", '"Wiener Straße"'),
        ]
    )
    assert kg.label(NODE + "1") == "Curry 36"
    assert kg.relation_label(KEY + "addr:street") == "addr street"


def _osm_graph() -> KnowledgeGraph:
    rel = "https://www.openstreetmap.org/relation/"
    lgdo = "http://linkedgeodata.org/ontology/"
    contains = "http://www.opengis.net/rdf#sfContains"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    rows = [
        (rel + "1", KEY + "name", '"Prenzlauer Berg"'),
        (rel + "2", KEY + "name", '"Neukölln"'),
        (lgdo + "IceCream", label, '"Ice Cream"'),
        (lgdo + "Cafe", label, '"Cafe"'),
    ]
    for i, (name, cls, area) in enumerate(
        [
            ("Eismanufaktur Kollwitz", "IceCream", "1"),
            ("Bonanza Coffee Roasters", "Cafe", "1"),
            ("Kaffeebar Weserstrand", "Cafe", "2"),
            ("Eiscafé Sonnenallee", "IceCream", "2"),
        ]
    ):
        node = NODE + str(i)
        rows += [
            (node, KEY + "name", f'"{name}"'),
            (node, rdf_type, lgdo + cls),
            (rel + area, contains, node),
        ]
    return KnowledgeGraph.from_triples(rows)


def test_a_singular_or_mass_noun_before_in_and_a_place_names_the_kind_asked() -> None:
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    r = make_retriever(_osm_graph(), index_dir=None)
    for question, expected in [
        ("ice cream in prenzlauer berg", "Eismanufaktur Kollwitz"),
        ("cafe in Neukölln", "Kaffeebar Weserstrand"),
    ]:
        assert _default_answers(r.retrieve(question))[0] == expected, question
