"""An open-data portal's DCAT-AP catalogue (the ``catalog`` probe's shape), on tiny graphs: a
contact point named by its vCard formatted name, a SKOS concept scheme read as the class of its
concepts (a licence, a file type, a frequency from the EU's code lists), a dataset's
distribution as a part the dataset holds alone, and the walk's beam looking one hop ahead."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph

DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
VCARD = "http://www.w3.org/2006/vcard/ns#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
AUTH = "http://publications.europa.eu/resource/authority/"
PORTAL = "https://data.example.ie/"
LUAS, TREES = PORTAL + "dataset/luas", PORTAL + "dataset/trees"


def _concept(scheme: str, code: str, label: str) -> list[tuple[str, str, str]]:
    iri = f"{AUTH}{scheme}/{code}"
    return [
        (iri, RDF_TYPE, SKOS + "Concept"),
        (iri, SKOS + "prefLabel", f'"{label}"@en'),
        (iri, SKOS + "inScheme", AUTH + scheme),
        (AUTH + scheme, RDF_TYPE, SKOS + "ConceptScheme"),
    ]


def _dataset(iri: str, title: str, contact: str, formats: list[str]) -> list[tuple[str, str, str]]:
    key = iri.rsplit("/", 1)[-1]
    rows = [
        (iri, RDF_TYPE, DCAT + "Dataset"),
        (iri, DCT + "title", f'"{title}"@en'),
        (iri, DCT + "publisher", PORTAL + "org/tii"),
        (iri, DCAT + "contactPoint", f"_:contact{key}"),
        (f"_:contact{key}", RDF_TYPE, VCARD + "Individual"),
        (f"_:contact{key}", VCARD + "fn", f'"{contact}"'),
        (f"_:contact{key}", VCARD + "hasEmail", f"mailto:{key}@data.example.ie"),
        (iri, DCT + "issued", f'"2019-04-17T16:00:00"^^<{XSD}dateTime>'),
        (iri, DCT + "modified", f'"2024-02-01T09:00:00"^^<{XSD}dateTime>'),
        (iri, DCT + "accrualPeriodicity", AUTH + "frequency/MONTHLY"),
        (iri, DCAT + "theme", AUTH + "data-theme/TRAN"),
        (iri, DCT + "language", AUTH + "language/ENG"),
        (iri, DCAT + "landingPage", iri + "/page"),
        (iri, DCT + "conformsTo", "http://data.europa.eu/r5r/"),
        (iri, DCT + "identifier", f'"{key}-0001"'),
        (iri, DCAT + "keyword", '"transport"@en'),
    ]
    for code in formats:
        dist = f"{iri}/resource/{code.lower()}"
        rows += [
            (iri, DCAT + "distribution", dist),
            (dist, RDF_TYPE, DCAT + "Distribution"),
            (dist, DCT + "title", f'"{title} ({code})"@en'),
            (dist, DCT + "format", f"{AUTH}file-type/{code}"),
            (dist, DCT + "license", AUTH + "licence/CC_BY_4_0"),
            (dist, DCAT + "byteSize", f'"{len(code) * 1000}"^^<{XSD}nonNegativeInteger>'),
        ]
    return rows


def _catalog_rows() -> list[tuple[str, str, str]]:
    return [
        (PORTAL + "org/tii", FOAF + "name", '"Transport Infrastructure Ireland"@en'),
        *_dataset(LUAS, "Luas Passenger Numbers", "Aoife Gallagher", ["CSV", "XLSX"]),
        *_dataset(TREES, "City Council Trees", "Declan Moriarty", ["GEOJSON"]),
        *_concept("file-type", "CSV", "CSV"),
        *_concept("file-type", "XLSX", "XLSX"),
        *_concept("file-type", "GEOJSON", "GeoJSON"),
        *_concept("licence", "CC_BY_4_0", "Creative Commons Attribution 4.0"),
        *_concept("licence", "CC0", "Creative Commons CC0 1.0"),
        *_concept("frequency", "MONTHLY", "monthly"),
        *_concept("frequency", "ANNUAL", "annual"),
        *_concept("data-theme", "TRAN", "Transport"),
    ]


def _catalog() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(_catalog_rows())


@pytest.fixture(scope="module")
def retriever():
    from kgchat.pipeline import make_retriever

    return make_retriever(_catalog(), index_dir=None)


def _answer(retriever, question: str) -> tuple[str | None, bool]:
    from kgchat.evaluation import _default_answers

    res = retriever.retrieve(question)
    return _default_answers(res)[0], res.abstained


def test_a_contact_point_is_named_by_its_vcard_formatted_name() -> None:
    kg = KnowledgeGraph.from_triples(
        [("ds", DCAT + "contactPoint", "_:c"), ("_:c", VCARD + "fn", '"EPA Air Quality Unit"')]
    )
    (edge,) = kg.neighbors("ds")
    assert kg.label(edge.neighbor) == "EPA Air Quality Unit"


def test_who_to_contact_about_a_dataset_is_its_contact_point(retriever) -> None:
    assert _answer(retriever, "Who do I contact about the Luas passenger numbers?") == (
        "Aoife Gallagher",
        False,
    )


def test_a_concept_scheme_is_the_class_of_its_concepts(retriever) -> None:
    licence = AUTH + "licence"
    assert retriever._has_instances(licence)
    assert retriever._member(AUTH + "licence/CC0", frozenset({licence}))
    assert "frequency" in retriever.kinds_of(AUTH + "frequency/MONTHLY")
    assert not retriever._has_instances(AUTH + "licence/CC0")


def test_a_licence_asked_by_its_schemes_name_is_a_concept_of_it(retriever) -> None:
    # "licence" names the EU licence list (its IRI's last segment): the kind of the answer,
    # not the topic ("Concept scheme", the list's class, before)
    top, abstained = _answer(retriever, "What licence does the Luas passenger numbers data use?")
    assert (top, abstained) == ("Creative Commons Attribution 4.0", False)


def test_formats_are_read_through_the_distributions_a_dataset_holds_alone(retriever) -> None:
    assert retriever.held_alone(LUAS, LUAS + "/resource/csv", (DCAT + "distribution", True))
    assert not retriever.held_alone(LUAS, PORTAL + "org/tii", (DCT + "publisher", True))
    top, abstained = _answer(
        retriever, "In which formats can I download the Luas passenger numbers?"
    )
    assert top in ("CSV", "XLSX") and not abstained


def test_how_often_asks_for_a_frequency() -> None:
    from kgchat.retrieval.question import analyze

    assert analyze("How often is the CPI updated?", [(4, 5)]).answer_type == ["frequency"]
    assert analyze("How frequently is X refreshed?", [(3, 4)]).answer_type == ["frequency"]


def test_the_beam_looks_one_hop_ahead_past_unsaid_first_hops() -> None:
    """Of many first hops the question says none of, the one whose next hop it says joins the
    beam (``ahead``); without a look ahead the beam keeps the first ones met."""
    from kgchat.retrieval.walk import Walk

    rows = [("X", f"unsaid{i}", f"v{i}") for i in range(8)]
    rows += [("X", "zpart", "D"), ("D", "format", "CSV")]
    kg = KnowledgeGraph.from_triples(rows)

    def score(grown):
        return {p: (1.0 if p[-1][0] == "format" else 0.0) for p in grown}

    def ahead(patterns):
        return [1.0 if p[-1][0] == "format" else 0.0 for p in patterns]

    def walked(look):
        w = Walk(kg.neighbors, kg.is_literal, "X", max_nodes=10, beam=2)
        return {tuple(s[0] for s in p) for p in w.run(2, score, look if look else None)}

    assert ("zpart", "format") in walked(ahead)
    assert ("zpart", "format") not in walked(None)


def test_a_record_keyed_like_its_dataset_is_no_second_name_of_it() -> None:
    from kgchat.linking import EntityLinker

    fish, record = PORTAL + "dataset/fish-landings", PORTAL + "catalog/record/fish-landings"
    kg = KnowledgeGraph.from_triples(
        [
            *_catalog_rows(),
            (fish, DCT + "title", '"Fish Landings at Irish Ports"@en'),
            (record, FOAF + "primaryTopic", fish),
            (record, DCT + "modified", f'"2025-01-02T10:00:00"^^<{XSD}dateTime>'),
        ]
    )
    assert kg.label(record) == record  # not a second "fish landings"
    linked = EntityLinker(kg).link("Which body produces the fish landings data?")
    assert [m.node for m in linked] == [fish]


def test_an_acronym_spelt_out_in_a_title_names_the_dataset() -> None:
    from kgchat.linking import EntityLinker

    ber = PORTAL + "dataset/ber"
    kg = KnowledgeGraph.from_triples(
        [*_catalog_rows(), (ber, DCT + "title", '"Building Energy Rating (BER) Research Tool"')]
    )
    assert [m.node for m in EntityLinker(kg).link("Who publishes the BER data?")] == [ber]
