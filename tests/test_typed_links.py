"""Typed links stated as nodes (SPDX 2.x's ``spdx:Relationship``) read as the facts they state,
and kebab-case relation names (DOAP's ``programming-language``) read as words."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.graph.names import humanize_relation

S = "http://spdx.org/rdf/terms#"
OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PKG = "https://example.org/sbom#SPDXRef-Package-"
DEPS = [
    ("Flask", "Werkzeug"),
    ("Flask", "Jinja2"),
    ("Flask", "click"),
    ("Jinja2", "MarkupSafe"),
    ("Werkzeug", "MarkupSafe"),
    ("requests", "certifi"),
    ("requests", "urllib3"),
]


def _sbom(extra: list[tuple[str, str, str]] | None = None) -> KnowledgeGraph:
    rows = []
    names = {n for pair in DEPS for n in pair}
    for n in sorted(names):
        rows += [(PKG + n, S + "name", f'"{n}"'), (PKG + n, RDF_TYPE, S + "Package")]
        rows.append((PKG + n, S + "versionInfo", '"1.0"'))
    for i, (a, b) in enumerate(DEPS):
        rows += [
            (PKG + a, S + "relationship", f"_:r{i}"),
            (f"_:r{i}", RDF_TYPE, S + "Relationship"),
            (f"_:r{i}", S + "relationshipType", S + "relationshipType_dependsOn"),
            (f"_:r{i}", S + "relatedSpdxElement", PKG + b),
        ]
    return KnowledgeGraph.from_triples(rows + (extra or []))


def _facts(kg: KnowledgeGraph, words: str) -> list[str]:
    return sorted(f.text for f in kg.facts() if words in f.text)


def test_a_relationship_node_is_read_as_the_link_its_type_names() -> None:
    kg = _sbom()
    assert "Flask — depends on → Werkzeug" in _facts(kg, "depends on")
    assert len(_facts(kg, "depends on")) == len(DEPS)
    # the node and its own triples stay: its walk is still there
    assert any("related spdx element" in f for f in _facts(kg, "related spdx element"))


def test_the_kind_is_named_by_its_label_where_the_graph_gives_one() -> None:
    kg = _sbom([(S + "relationshipType_dependsOn", RDFS + "label", '"requires"')])
    assert "Flask — requires → Werkzeug" in _facts(kg, "requires")


def test_no_kind_property_no_link() -> None:
    # every link node names a different value: nothing is a handful of kinds
    rows = []
    for i in range(6):
        rows += [
            (f"http://ex.org/a{i}", "http://ex.org/has", f"_:n{i}"),
            (f"_:n{i}", "http://ex.org/left", f"http://ex.org/l{i}"),
            (f"_:n{i}", "http://ex.org/right", f"http://ex.org/r{i}"),
        ]
    kg = KnowledgeGraph.from_triples(rows)
    assert len(list(kg.facts())) == 18


def test_an_owl_restriction_is_no_typed_link() -> None:
    part_of = "http://purl.obolibrary.org/obo/BFO_0000050"
    rows = []
    for i in range(6):
        rows += [
            (f"http://ex.org/C{i}", RDFS + "subClassOf", f"_:x{i}"),
            (f"_:x{i}", RDF_TYPE, OWL + "Restriction"),
            (f"_:x{i}", OWL + "onProperty", part_of),
            (f"_:x{i}", OWL + "someValuesFrom", f"http://ex.org/D{i}"),
        ]
    kg = KnowledgeGraph.from_triples(rows)
    assert not [f for f in kg.facts() if "#" in f.predicate and "subClassOf#" in f.predicate]


def test_what_a_package_depends_on_is_answered_from_the_link() -> None:
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    r = make_retriever(_sbom(), index_dir=None)
    res = r.retrieve("what does Flask depend on?")
    assert _default_answers(res)[0] in {"Werkzeug", "Jinja2", "click"}
    res = r.retrieve("which packages depend on MarkupSafe")
    assert _default_answers(res)[0] in {"Werkzeug", "Jinja2"}


def test_kebab_case_relation_names_read_as_words() -> None:
    doap = "http://usefulinc.com/ns/doap#"
    assert humanize_relation(doap + "programming-language") == "programming language"
    assert humanize_relation(doap + "bug-database") == "bug database"
    assert humanize_relation("http://example.org/worksFor") == "works for"
    kg = KnowledgeGraph.from_triples(
        [("https://pypi.org/project/pandas/", doap + "programming-language", '"Python"')]
    )
    assert kg.relation_label(doap + "programming-language") == "programming language"


def test_a_role_from_another_vocabulary_stays_a_qualifier() -> None:
    # BIBFRAME's contributions: bf:role points at a MARC relator, which qualifies the
    # contribution; no direct "author" relation is made of it
    bf, rel = "http://id.loc.gov/ontologies/bibframe/", "http://id.loc.gov/vocabulary/relators/"
    rows = []
    for i in range(6):
        rows += [
            (f"http://ex.org/work{i}", bf + "contribution", f"_:c{i}"),
            (f"_:c{i}", bf + "agent", f"http://ex.org/agent{i}"),
            (f"_:c{i}", bf + "role", rel + ("aut" if i % 2 else "ill")),
        ]
    kg = KnowledgeGraph.from_triples(rows)
    assert not [f for f in kg.facts() if "contribution#" in f.predicate]
