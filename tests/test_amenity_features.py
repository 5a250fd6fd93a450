"""A lodging's amenities as schema.org web pages state them (``amenityFeature`` blank nodes of
``LocationFeatureSpecification``, a subclass of ``PropertyValue``: a name and a truth value)
read as the facts they state, ``Hotel -Free WiFi-> false``, as a ``PropertyValue`` pair is.

Read as plain triples the pair's name named its node, a thing called "Free WiFi" that the
hotel held whatever the value said: "Does the Marina Hotel have free wifi?" was answered Yes
for a hotel whose page says ``"value": false``.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

S = "http://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
BOOL = "^^<http://www.w3.org/2001/XMLSchema#boolean>"


def _page(url: str, hotel: str, name: str, features: dict[str, str]) -> list[str]:
    """One crawled page's quads (Web Data Commons' shape: the page is the graph name), the
    hotel at a page-URL ``@id``, its features blank nodes local to the page."""
    g = f"<{url}>"
    lines = [
        f"<{hotel}> <{RDF_TYPE}> <{S}Hotel> {g} .",
        f'<{hotel}> <{S}name> "{name}" {g} .',
    ]
    for i, (feature, value) in enumerate(features.items()):
        b = f"_:{urlsplit(url).netloc.split('.')[0]}{i}"
        lines += [
            f"{b} <{RDF_TYPE}> <{S}LocationFeatureSpecification> {g} .",
            f'{b} <{S}name> "{feature}" {g} .',
            f"{b} <{S}value> {value} {g} .",
            f"<{hotel}> <{S}amenityFeature> {b} {g} .",
        ]
    return lines


def _graph(tmp_path: Path) -> KnowledgeGraph:
    quads = _page(
        "https://marina.example/",
        "https://marina.example/#hotel",
        "Marina Hotel",
        {"Free WiFi": '"false"' + BOOL, "Outdoor pool": '"true"' + BOOL},
    ) + _page(
        "https://colinas.example/pt/",
        "https://colinas.example/#hotel",
        "Colinas Suites",
        {"Free WiFi": '"True"@pt', "Sauna": '"true"' + BOOL},
    )
    path = tmp_path / "pages.nq"
    path.write_text("\n".join(quads) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_an_amenity_is_the_fact_its_name_and_value_state(tmp_path):
    kg = _graph(tmp_path)
    facts = {f.text for f in kg.facts()}
    assert "Marina Hotel — Free WiFi → false" in facts
    assert "Marina Hotel — Outdoor pool → true" in facts
    assert "Colinas Suites — Free WiFi → True" in facts  # a page's string "True" as written
    # the feature names a relation, not its node: no thing called "Free WiFi" to link
    assert not [e for e in kg.entities() if kg.label(e) == "Free WiFi"]


def test_an_amenity_the_page_says_is_missing_is_no_yes(tmp_path):
    r = make_retriever(_graph(tmp_path), index_dir=None, scorer=None)
    assert r.retrieve("Does the Marina Hotel have free wifi?").answer == "No"
    assert r.retrieve("Is there an outdoor pool at the Marina Hotel?").answer == "Yes"
