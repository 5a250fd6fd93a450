"""SPDX 3's link elements (``Relationship``: ``from``, ``to``, ``relationshipType``) and its
kind-and-value nodes (``ExternalIdentifier``, ``Hash``) read as the facts they state, and a
link's kind, written as a value, not taken for a thing the question names."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

C = "https://spdx.org/rdf/3.0.1/terms/Core/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
EX = "https://sbom.example/doc#"
DEPS = [
    ("flask", ["werkzeug", "jinja", "click"]),
    ("jinja", ["markupsafe"]),
    ("werkzeug", ["markupsafe"]),
    ("requests", ["certifi", "urllib3", "idna"]),
]
LICENSES = [
    ("flask", "BSD-3-Clause"),
    ("jinja", "BSD-3-Clause"),
    ("requests", "Apache-2.0"),
    ("certifi", "MPL-2.0"),
    ("werkzeug", "BSD-3-Clause"),
    ("click", "BSD-3-Clause"),
]


def _rows(one_target: bool = False) -> list[tuple[str, str, str]]:
    rows = []
    names = {a for a, _ in DEPS} | {b for _, bs in DEPS for b in bs}
    for n in sorted(names):
        rows += [(EX + n, RDF_TYPE, C + "Package"), (EX + n, C + "name", f'"{n}"')]
    links = [(a, bs, "dependsOn") for a, bs in DEPS]
    links += [
        (a, ["https://spdx.org/licenses/" + lic], "hasDeclaredLicense") for a, lic in LICENSES
    ]
    if one_target:
        links = [(a, [b], kind) for a, bs, kind in links for b in bs]
    for i, (a, bs, kind) in enumerate(links):
        r = f"{EX}SPDXRef-Relationship-{i}"
        rows += [
            (r, RDF_TYPE, C + "Relationship"),
            (r, C + "from", EX + a),
            (r, C + "relationshipType", C + "RelationshipType/" + kind),
            (r, C + "creationInfo", "_:ci"),
        ]
        rows += [(r, C + "to", b if b.startswith("http") else EX + b) for b in bs]
    return rows


def _facts(kg: KnowledgeGraph, words: str) -> list[str]:
    return sorted(f.text for f in kg.facts() if words in f.text)


def test_a_link_element_is_read_as_the_links_its_kind_names() -> None:
    kg = KnowledgeGraph.from_triples(_rows())
    deps = _facts(kg, "— depends on →")
    assert "flask — depends on → werkzeug" in deps
    assert len(deps) == sum(len(bs) for _, bs in DEPS)
    assert "requests — has declared license → Apache-2.0" in _facts(kg, "declared")
    # the element and its own triples stay
    assert _facts(kg, "— from →")


def test_the_source_is_the_end_that_never_holds_several() -> None:
    # every link to one target: nothing tells from from to, and nothing is read
    kg = KnowledgeGraph.from_triples(_rows(one_target=True))
    assert not _facts(kg, "— depends on →")


def test_questions_read_the_links_direction() -> None:
    r = Retriever(KnowledgeGraph.from_triples(_rows()))
    assert {c.label for c in r.retrieve("What does flask depend on?").candidates[:3]} == {
        "werkzeug",
        "jinja",
        "click",
    }
    assert {c.label for c in r.retrieve("which packages depend on markupsafe").candidates[:2]} == {
        "jinja",
        "werkzeug",
    }
    assert r.retrieve("What license does requests declare?").candidates[0].label == "Apache-2.0"


def test_a_kind_of_thing_is_no_link() -> None:
    # unnamed people of a bare triple file: a gender (few values, the vocabulary's own), one
    # birthplace and several children look like a kind and two ends; "female" is no verb
    S = "http://ex.org/"
    rows = []
    for i in range(8):
        p = f"{S}p{i}"
        rows += [
            (p, RDF_TYPE, S + "Person"),
            (p, S + "gender", S + ("female" if i % 2 else "male")),
            (p, S + "birthPlace", f"{S}town{i}"),
        ]
        rows += [(p, S + "child", f"{S}kid{i}_{j}") for j in range(i % 3 + 1)]
    kg = KnowledgeGraph.from_triples(rows)
    assert not _facts(kg, "— female →") and not _facts(kg, "— male →")


def test_an_identifier_node_gives_its_holder_the_value_its_kind_names() -> None:
    rows = []
    for i, (pkg, kind, value) in enumerate(
        [
            ("heron", "cpe23", "cpe:2.3:a:heron:mqtt_heron:2.0.18"),
            ("ulog", "cpe23", "cpe:2.3:a:ulog"),
            ("glint", "purl", "pkg:npm/glint@5.1.4"),
            ("wisp", "purl", "pkg:npm/wisp@0.31.0"),
            ("lark", "purl", "pkg:npm/lark@1.0"),
            ("tern", "purl", "pkg:cargo/tern@1.41"),
            ("kelp", "purl", "pkg:cargo/kelp@1.0"),
            ("reed", "cpe23", "cpe:2.3:a:reed"),
        ]
    ):
        e = f"_:e{i}"
        rows += [
            (EX + pkg, C + "name", f'"{pkg}"'),
            (EX + pkg, C + "externalIdentifier", e),
            (e, RDF_TYPE, C + "ExternalIdentifier"),
            (e, C + "externalIdentifierType", C + "ExternalIdentifierType/" + kind),
            (e, C + "identifier", f'"{value}"'),
        ]
        if kind == "cpe23":  # a locator some hold besides: the node's own, not its value
            rows.append((e, C + "identifierLocator", '"https://nvd.example/cpe"'))
    kg = KnowledgeGraph.from_triples(rows)
    assert _facts(kg, "heron — cpe23") == ["heron — cpe23 → cpe:2.3:a:heron:mqtt_heron:2.0.18"]
    assert _facts(kg, "glint — purl") == ["glint — purl → pkg:npm/glint@5.1.4"]
    r = Retriever(kg)
    assert r.retrieve("What's the CPE of heron?").candidates[0].label.startswith("cpe:2.3:a:heron")


def test_a_measured_value_in_another_vocabulary_is_no_kind() -> None:
    # QUDT's unit is a term of the unit vocabulary, not of the property's: a quantity stays
    Q, U = "http://qudt.org/schema/qudt/", "http://qudt.org/vocab/unit/"
    rows = []
    for i in range(8):
        v = f"_:q{i}"
        rows += [
            (f"http://ex.org/sample{i}", "http://ex.org/mass", v),
            (v, Q + "unit", U + ("KiloGM" if i % 2 else "GM")),
            (v, Q + "numericValue", f'"{i + 1}"'),
        ]
    kg = KnowledgeGraph.from_triples(rows)
    assert not _facts(kg, "— kilo") and not _facts(kg, "— gm")


def test_only_a_link_elements_kind_is_no_name() -> None:
    from kgchat.linking import LinkerConfig
    from kgchat.name_table import NameTable

    kind = C + "RelationshipType/dependsOn"
    names = NameTable(KnowledgeGraph.from_triples(_rows()), LinkerConfig())
    assert kind not in names.exact.get("depends on", [])
    # a kind read by typed_links (keyed by the holding property: an offer's availability)
    # stays a name
    S = "http://schema.org/"
    rows = []
    for i in range(8):
        rows += [
            (f"http://ex.org/p{i}", S + "offers", f"_:o{i}"),
            (f"_:o{i}", S + "availability", S + ("InStock" if i % 2 else "OutOfStock")),
            (f"_:o{i}", S + "seller", f"http://ex.org/shop{i % 3}"),
        ]
    kg = KnowledgeGraph.from_triples(rows)
    assert any("in stock" in kg.relation_label(p).lower() for p in kg.relations())
    assert S + "InStock" in NameTable(kg, LinkerConfig()).exact["in stock"]
