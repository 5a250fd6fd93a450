# ruff: noqa: E501  (one question a line)
"""Gold answers of ``food.jsonl``, computed with rdflib SPARQL over ``food/`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as rdflib reads it (``24.9``, ``403.0``) and, for a whole number, also without the
``.0`` (``403``); an entity with every name it carries: ``rdfs:label`` and the oboInOwl exact and
related synonyms. ``{Name}`` in a query stands for the one resource whose ``rdfs:label`` is
``Name``. Unanswerable questions carry no query and ``answers: []``. Run from the repository
root: ``python bench/data/own/food_answers.py``.
"""

from __future__ import annotations

from pathlib import Path

from _answers_common import named_iris, names_under, write_answers
from rdflib import RDFS, Graph, Literal, Namespace

HERE = Path(__file__).parent
OIO = Namespace("http://www.geneontology.org/formats/oboInOwl#")
NAMES = [RDFS.label, OIO.hasExactSynonym, OIO.hasRelatedSynonym]
PRE = """PREFIX fd: <https://w3id.org/fooddata/>
PREFIX qudt: <http://qudt.org/schema/qudt/>
PREFIX obo: <http://purl.obolibrary.org/obo/>
PREFIX oboInOwl: <http://www.geneontology.org/formats/oboInOwl#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def amount(food: str, nutrient: str) -> str:
    """The value of one nutrient (by its FDC nutrient id) of one food record."""
    return f"SELECT ?x WHERE {{ {{{food}}} fd:hasNutrientAmount [ fd:nutrient <https://w3id.org/fooddata/nutrient/{nutrient}> ; qudt:numericValue ?x ] }}"


def above(nutrient: str, limit: float) -> str:
    """The food records with more than ``limit`` of one nutrient."""
    return f"SELECT ?x WHERE {{ ?x fd:hasNutrientAmount [ fd:nutrient <https://w3id.org/fooddata/nutrient/{nutrient}> ; qudt:numericValue ?v ] FILTER(?v > {limit}) }}"


DERIVES = "SELECT ?x WHERE {{ {{{c}}} rdfs:subClassOf [ owl:onProperty obo:RO_0001000 ; owl:someValuesFrom ?x ] }}"
KIND = "SELECT ?x WHERE {{ {{{c}}} rdfs:subClassOf ?x . ?x a owl:Class }}"
RECORD_KIND = "SELECT ?x WHERE {{ {{{r}}} a ?x . ?x a owl:Class . FILTER(?x != fd:Food) }}"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one nutrient of one food (the food, then the nutrient on the amount node)
    ("How much protein is in cheddar cheese?", "conjunction", amount("Cheese, cheddar", "1003")),
    (
        "how many calories in an avocado",
        "conjunction",
        amount("Avocados, raw, all commercial varieties", "1008"),
    ),
    ("What's the fat content of almonds per 100g?", "conjunction", amount("Nuts, almonds", "1004")),
    (
        "how much vitamin c does kiwifruit have",
        "conjunction",
        amount("Kiwifruit, green, raw", "1162"),
    ),
    ("sodium in feta cheese?", "conjunction", amount("Cheese, feta", "1093")),
    ("How much fibre do chia seeds have?", "synonym", amount("Seeds, chia seeds, dried", "1079")),
    ("iron content of raw spinach", "conjunction", amount("Spinach, raw", "1089")),
    ("how much sugar is in honey", "conjunction", amount("Honey", "2000")),
    (
        "How many milligrams of calcium are in firm tofu?",
        "conjunction",
        amount("Tofu, raw, firm, prepared with calcium sulfate", "1087"),
    ),
    (
        "how much cholesterol does a hard boiled egg contain",
        "conjunction",
        amount("Egg, whole, cooked, hard-boiled", "1253"),
    ),
    ("potassium in bananas", "conjunction", amount("Bananas, raw", "1092")),
    ("carbs in cooked brown rice?", "synonym", amount("Rice, brown, long-grain, cooked", "1005")),
    ("how much protien is in greek yogurt", "typo", amount("Yogurt, Greek, plain, nonfat", "1003")),
    (
        "What is the energy of olive oil in kilojoules?",
        "conjunction",
        amount("Oil, olive, salad or cooking", "1062"),
    ),
    (
        "How much fat does sardine canned in oil have?",
        "conjunction",
        amount("Fish, sardine, Atlantic, canned in oil, drained solids with bone", "1004"),
    ),
    ("vitamin C in navel oranges", "conjunction", amount("Oranges, raw, navels", "1162")),
    (
        "How much salt is in pan-fried bacon?",
        "synonym",
        amount("Pork, cured, bacon, cooked, pan-fried", "1093"),
    ),
    (
        "kcal in a baked potato",
        "alias",
        amount("Potatoes, baked, flesh and skin, without salt", "1008"),
    ),
    (
        "how much protien in chiken breast",
        "typo",
        amount("Chicken, broilers or fryers, breast, meat only, cooked, roasted", "1003"),
    ),
    ("amount of calcium in parmesan", "conjunction", amount("Cheese, parmesan, hard", "1087")),
    (
        "How many grams of carbohydrate does cooked white rice have?",
        "conjunction",
        amount("Rice, white, long-grain, regular, enriched, cooked", "1005"),
    ),
    (
        "How many calories are there in cooked shrimp?",
        "conjunction",
        amount("Crustaceans, shrimp, cooked", "1008"),
    ),
    (
        "what is the protein content of garbanzo beans",
        "alias",
        amount(
            "Chickpeas (garbanzo beans, bengal gram), mature seeds, canned, drained, rinsed in tap water",
            "1003",
        ),
    ),
    (
        "How much dietary fiber is in black beans?",
        "conjunction",
        amount("Beans, black, mature seeds, cooked, boiled, without salt", "1079"),
    ),
    # thresholds
    ("Which foods have more than 30 grams of protein per 100 g?", "inverse", above("1003", 30)),
    ("which foods contain over 1000 mg of sodium", "inverse", above("1093", 1000)),
    # the record's own facts
    (
        "What food group is Lentils, mature seeds, cooked, boiled, without salt in?",
        "1hop",
        "SELECT ?x WHERE { {Lentils, mature seeds, cooked, boiled, without salt} fd:foodCategory ?x }",
    ),
    (
        "what category are walnuts listed under",
        "1hop",
        "SELECT ?x WHERE { {Nuts, walnuts, english} fd:foodCategory ?x }",
    ),
    (
        "What's the NDB number of raw broccoli?",
        "literal",
        "SELECT ?x WHERE { {Broccoli, raw} fd:ndbNumber ?x }",
    ),
    ("fdc id for honey", "literal", "SELECT ?x WHERE { {Honey} fd:fdcId ?x }"),
    (
        "Which food category does dark chocolate belong to?",
        "1hop",
        "SELECT ?x WHERE { {Chocolate, dark, 70-85% cacao solids} fd:foodCategory ?x }",
    ),
    (
        "How much does one cup of chopped broccoli weigh?",
        "conjunction",
        'SELECT ?x WHERE { {Broccoli, raw} fd:hasPortion [ fd:portionDescription "1 cup chopped" ; fd:gramWeight ?x ] }',
    ),
    (
        "What foods are in the Dairy and Egg Products group?",
        "inverse",
        "SELECT ?x WHERE { ?x fd:foodCategory {Dairy and Egg Products} }",
    ),
    (
        "What is the nutrient number for protein?",
        "literal",
        "SELECT ?x WHERE { {Protein} fd:nutrientNumber ?x }",
    ),
    (
        "what unit is sodium measured in",
        "literal",
        "SELECT ?x WHERE { {Sodium, Na} fd:unitName ?x }",
    ),
    # the FoodOn hierarchy and its names
    ("what kind of food is feta cheese?", "1hop", KIND.format(c="feta cheese")),
    (
        "What type of product is greek yogurt?",
        "1hop",
        KIND.format(c="greek yogurt (plain, nonfat)"),
    ),
    ("what is tofu classified as in foodon", "1hop", KIND.format(c="tofu food product")),
    (
        "Which cheeses are there?",
        "inverse",
        "SELECT ?x WHERE { ?x rdfs:subClassOf+ {cheese food product} }",
    ),
    ("list the berries", "inverse", "SELECT ?x WHERE { ?x rdfs:subClassOf {berry food product} }"),
    (
        "what's another name for eggplant",
        "synonym",
        "SELECT ?x WHERE { {eggplant (raw)} oboInOwl:hasExactSynonym|oboInOwl:hasRelatedSynonym ?x }",
    ),
    (
        "What do the British call zucchini?",
        "synonym",
        "SELECT ?x WHERE { {zucchini (raw, with skin)} oboInOwl:hasExactSynonym ?x }",
    ),
    ("What animal does feta come from?", "1hop", DERIVES.format(c="feta cheese")),
    ("Which plant species does quinoa come from?", "1hop", DERIVES.format(c="quinoa (cooked)")),
    (
        "which foods are derived from cattle?",
        "inverse",
        "SELECT ?x WHERE { ?x rdfs:subClassOf [ owl:onProperty obo:RO_0001000 ; owl:someValuesFrom {Bos taurus} ] }",
    ),
    (
        "What is the definition of yoghurt?",
        "literal",
        "SELECT ?x WHERE { {yogurt food product} obo:IAO_0000115 ?x }",
    ),
    ("what is the parent class of hard cheese", "1hop", KIND.format(c="hard cheese food product")),
    (
        "whats the foodon id of cheddar",
        "literal",
        "SELECT ?x WHERE { {cheddar cheese} oboInOwl:id ?x }",
    ),
    (
        "What is the FoodOn class of Cheese, mozzarella, whole milk?",
        "1hop",
        RECORD_KIND.format(r="Cheese, mozzarella, whole milk"),
    ),
    (
        "What's the scientific name of the animal that bacon comes from?",
        "1hop",
        DERIVES.format(c="bacon (pan-fried)"),
    ),
    # unanswerable: the graph does not say
    ("How much vitamin D is in salmon?", "unanswerable", None),
    ("how much caffeine is in dark chocolate", "unanswerable", None),
    ("what's the glycemic index of white rice", "unanswerable", None),
    ("How much does a cup of honey weigh?", "unanswerable", None),
    ("Does cheddar cheese have any vitamin C?", "unanswerable", None),
    ("What is the price of cashews?", "unanswerable", None),
]


def labels(g: Graph, x: object) -> list[str]:
    if isinstance(x, Literal):
        s = str(x)
        return [s, s[:-2]] if s.endswith(".0") else [s]
    return names_under(g, x, NAMES)


def by_name(g: Graph, sparql: str) -> str:
    """``{Name}`` -> the IRI of the one resource whose ``rdfs:label`` is ``Name``."""
    return named_iris(
        sparql, lambda m: {s for s, o in g.subject_objects(RDFS.label) if str(o) == m[1]}
    )


def main() -> None:
    g = Graph()
    g.parse(HERE / "food" / "foodon.owl", format="xml")
    g.parse(HERE / "food" / "fdc.ttl", format="turtle")
    write_answers(
        HERE / "food.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + by_name(g, sparql)) for a in labels(g, r[0])},
    )


if __name__ == "__main__":
    main()
