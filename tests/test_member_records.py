"""A record whose holder is named by its class (:mod:`kgchat.retrieval.junction_reading`): a
food composition table's foods are typed by an ontology's food classes, and a question names
the class ("a *hard-boiled egg*"), not the table's own record name ("Egg, whole, cooked,
hard-boiled"). The nutrient record of the food joins the nutrient the question names and a
member of the class it names: both spans are met, and the record's figure is the remaining
part, above the food's own codes reached as far. Real parsing, the bundled MiniLM."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.junction_reading import RecordReading

HEAD = """\
@prefix fd: <https://fooddata.example/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix obo: <http://purl.obolibrary.org/obo/> .
@prefix oio: <http://www.geneontology.org/formats/oboInOwl#> .

fd:ndbNumber rdfs:label "NDB number"@en .
fd:fdcId rdfs:label "FDC ID"@en .
fd:hasNutrientAmount rdfs:label "nutrient amount"@en .
fd:nutrient rdfs:label "nutrient"@en .
obo:FOODON_1 a owl:Class ; rdfs:label "food product" .
"""
# (class id, class label and its exact synonym, food id, food record name)
FOODS = [
    (
        "2",
        "chicken egg (whole, hard-boiled)",
        "hard-boiled egg",
        "173424",
        "Egg, whole, cooked, hard-boiled",
    ),
    ("3", "cheddar cheese", "cheddar", "173414", "Cheese, cheddar"),
    ("4", "salted butter", "butter", "173410", "Butter, salted"),
    ("5", "whole milk", "full cream milk", "171265", "Milk, whole, 3.25% milkfat"),
    ("6", "hummus", "houmous", "174289", "Hummus, commercial"),
]
NUTRIENTS = [
    ("1003", "Protein", "GM"),
    ("1253", "Cholesterol", "MilliGM"),
    ("1087", "Calcium, Ca", "MilliGM"),
]


def _graph() -> str:
    lines = [HEAD]
    for n, name, _ in NUTRIENTS:
        lines.append(
            f'<https://fooddata.example/nutrient/{n}> a fd:Nutrient ; rdfs:label "{name}" .'
        )
    for i, (cls, label, synonym, fdc, name) in enumerate(FOODS):
        lines.append(
            f'obo:FOODON_{cls} a owl:Class ; rdfs:label "{label}" ; '
            f'oio:hasExactSynonym "{synonym}" ; rdfs:subClassOf obo:FOODON_1 .'
        )
        amounts = ", ".join(
            f"<https://fooddata.example/food/{fdc}/nutrient/{n}>" for n, _, _ in NUTRIENTS
        )
        lines.append(
            f"<https://fooddata.example/food/{fdc}> a fd:Food, obo:FOODON_{cls} ; "
            f'rdfs:label "{name}" ; fd:fdcId "{fdc}" ; fd:ndbNumber "0{1120 + i}" ; '
            f"fd:hasNutrientAmount {amounts} ."
        )
        for k, (n, _, u) in enumerate(NUTRIENTS):
            value = f"{(7 * i + 13 * k) % 40 + 1}.{(i + k) % 10}"
            lines.append(
                f"<https://fooddata.example/food/{fdc}/nutrient/{n}> a qudt:QuantityValue ; "
                f"fd:nutrient <https://fooddata.example/nutrient/{n}> ; "
                f'qudt:numericValue "{value}"^^xsd:decimal ; qudt:unit unit:{u} .'
            )
    return "\n".join(lines) + "\n"


def _figure(fdc: str, nutrient: str) -> str:
    i = next(k for k, f in enumerate(FOODS) if f[3] == fdc)
    k = next(k for k, n in enumerate(NUTRIENTS) if n[0] == nutrient)
    return f"{(7 * i + 13 * k) % 40 + 1}.{(i + k) % 10}"


def test_the_figure_of_the_record_of_a_member_of_the_class_named(tmp_path: Path) -> None:
    """ "How much cholesterol does a hard boiled egg contain?": the egg named by its class, the
    figure of the one record joined to the cholesterol and to a member of that class, first:
    the food's codes (its NDB number, its FDC id), reached from both as far, had tied with it
    and come first by their order."""
    path = tmp_path / "food.ttl"
    path.write_text(_graph(), encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    r = make_retriever(kg, index_dir=None, scorer=None)
    for question, fdc, nutrient in (
        ("how much cholesterol does a hard boiled egg contain", "173424", "1253"),
        ("How much protein is in cheddar cheese?", "173414", "1003"),
    ):
        res = r.retrieve(question)
        assert res.candidates and res.candidates[0].label == _figure(fdc, nutrient), (
            question,
            [c.label for c in res.candidates[:4]],
        )


def test_a_part_s_class_meets_a_span_but_the_candidate_s_and_the_type_asked() -> None:
    """A record meets a span naming the class of one of its parts
    (:meth:`~kgchat.retrieval.junction_reading.RecordReading.met`), not through the part that
    is the candidate itself, nor a span that says the type the question asks ("Which
    *organizations* are based in Utrecht?": an address record holds an organisation, and its
    country had been raised as meeting both spans)."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    kg = KnowledgeGraph.from_triples(
        [
            ("Rijkswaterstaat", rdf_type, "Organization"),
            ("Rijkswaterstaat", "address", "_:a"),
            ("_:a", "locality", "Utrecht"),
            ("_:a", "country", "Netherlands"),
        ]
    )
    spans = {(1, 2): ({"Organization"}, {"organizations"}), (5, 6): ({"Utrecht"}, {"utrecht"})}
    read = RecordReading(kg, kg.neighbors, lambda n: n.startswith("_:"))
    assert read.met(("_:a",), spans, None, "Netherlands") == 2
    assert read.met(("_:a",), spans, None, "Rijkswaterstaat") == 1
    typed = RecordReading(kg, kg.neighbors, lambda n: n.startswith("_:"), {(1, 2)})
    assert typed.met(("_:a",), spans, None, "Netherlands") == 1
