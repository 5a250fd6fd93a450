"""A mention that a record on the answer's walk holds is reached, as a walk's start is.

"potassium in bananas" walks from the food into its nutrient-amount record (an unnamed node:
a QUDT quantity value) and out to the amount; the record's ``nutrient`` is the question's
other mention, potassium. The preposition between the two mentions says how they relate,
which the record joining them says already: it asks no relation the walk must name
(:func:`kgchat.retrieval.question_trims.mentions_joined`, with the mentions a record holds:
:func:`kgchat.retrieval.record_fields.held_mentions`). Read as a relation asked, "in" met no
phrase of ``has nutrient amount`` / ``numeric value``, and the right amount was abstained on
(confidence 0).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_NUTRIENTS = {"k": "Potassium, K", "c": "Vitamin C, total ascorbic acid", "ca": "Calcium, Ca"}
_FRUITS = ["Apples", "Pears", "Plums", "Cherries", "Grapes", "Peaches", "Apricots", "Figs"]
_VEGETABLES = ["Kale", "Spinach", "Carrots", "Leeks", "Onions", "Beets", "Turnips", "Peas"]
# a food database: every food's amount of each nutrient, a record of its own
_FOODS = {
    "banana": "Bananas, raw",
    "orange": "Oranges, raw, navels",
    **{
        f"f{i}": f"{name}, {way}"
        for i, (name, way) in enumerate(
            (n, w) for n in _FRUITS + _VEGETABLES for w in ("raw", "cooked", "dried")
        )
    },
}
_AMOUNTS = {
    (food, nutrient): float(10 * i + j)
    for i, food in enumerate(_FOODS)
    for j, nutrient in enumerate(_NUTRIENTS)
}
_AMOUNTS[("banana", "k")] = 358.0
_AMOUNTS[("orange", "c")] = 59.1


def _turtle() -> str:
    """FoodData Central's form: a food's amount of a nutrient is a quantity value of its own,
    named by the food's id and the nutrient's (``food/1/nutrient/1092``)."""
    lines = [
        "@prefix fd: <https://w3id.org/fooddata/> .",
        "@prefix qudt: <http://qudt.org/schema/qudt/> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix unit: <http://qudt.org/vocab/unit/> .",
    ]
    number = {key: 1090 + k for k, key in enumerate(_NUTRIENTS)}
    iri = {key: f"<https://w3id.org/fooddata/nutrient/{n}>" for key, n in number.items()}
    for key, label in _NUTRIENTS.items():
        lines.append(f"{iri[key]} a fd:Nutrient ;")
        lines.append(f'    rdfs:label "{label}" ; fd:nutrientNumber "{300 + number[key] % 10}" .')
    for i, (key, label) in enumerate(_FOODS.items()):
        food = f"<https://w3id.org/fooddata/food/{170000 + i}>"
        lines.append(f'{food} a fd:Food ; rdfs:label "{label}" ; fd:fdcId "{170000 + i}" .')
        for nutrient in _NUTRIENTS:
            amount = f"<https://w3id.org/fooddata/food/{170000 + i}/nutrient/{number[nutrient]}>"
            value = _AMOUNTS[(key, nutrient)]
            lines.append(f"{food} fd:hasNutrientAmount {amount} .")
            lines.append(f"{amount} a qudt:QuantityValue ; qudt:numericValue {value} ;")
            lines.append(f"    qudt:unit unit:MilliGM ; fd:nutrient {iri[nutrient]} .")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("food") / "food.ttl"
    path.write_text(_turtle())
    return make_retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "amount"),
    [("potassium in bananas", "358.0"), ("vitamin C in navel oranges", "59.1")],
)
def test_a_nutrient_of_a_food_is_answered(retriever, question, amount):
    got = retriever.retrieve(question)
    shown = [(c.label, round(c.score, 3)) for c in got.candidates[:3]]
    assert got.candidates[0].label == amount, shown
    assert not got.abstained, (got.confidence, shown)
