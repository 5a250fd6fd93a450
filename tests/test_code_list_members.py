"""Code-list members as the GS1 Web Vocabulary mints them (found by a blind probe,
bench/data/own/groceries): ``gs1:DietTypeCode-VEGAN``, ``gs1:LevelOfContainmentCode-MAY_CONTAIN``,
IRIs of the vocabulary that a resolver's JSON-LD names by nothing else. Each is named by its
code ("VEGAN", "MAY CONTAIN"), which is what a user says, not by the list's name run into it
("Diet type Code-VEGAN")."""

from __future__ import annotations

import json

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

GS1 = "https://gs1.org/voc/"
PRODUCTS = (
    # (GTIN, name, diet, country)
    ("04012345100013", "Alpenkorn Classic Muesli", "VEGAN", "DE"),
    ("08012345500044", "Nonna Gina Veggie Pizza", "VEGAN", "IT"),
    ("05790000111036", "Nordhavn Salted Butter", "VEGETARIAN", "DK"),
    ("08012345500013", "Nonna Gina Lasagne", "VEGETARIAN", "IT"),
    ("04098765300027", "Korb Fish Fingers", "PESCATARIAN", "NO"),
)
COUNTRIES = {"DE": "Germany", "IT": "Italy", "DK": "Denmark", "NO": "Norway"}


@pytest.fixture(scope="module")
def grocer(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    graph: list[dict] = [
        {"@id": f"https://ex.org/country/{code}", "name": name} for code, name in COUNTRIES.items()
    ]
    graph += [
        {
            "@id": f"https://id.gs1.org/01/{gtin}",
            "@type": "gs1:FoodBeverageTobaccoProduct",
            "productName": {"en": name},
            "dietCode": f"gs1:DietTypeCode-{diet}",
            "countryOfOrigin": f"https://ex.org/country/{country}",
            "hasAllergen": {
                "@type": "gs1:AllergenDetails",
                "allergenLevelOfContainmentCode": "gs1:LevelOfContainmentCode-MAY_CONTAIN",
            },
        }
        for gtin, name, diet, country in PRODUCTS
    ]
    context = {
        "@vocab": GS1,
        "gs1": GS1,
        "name": "http://schema.org/name",
        "productName": {"@id": "gs1:productName", "@container": "@language"},
        "dietCode": {"@id": "gs1:dietCode", "@type": "@id"},
        "countryOfOrigin": {"@id": "gs1:countryOfOrigin", "@type": "@id"},
        "allergenLevelOfContainmentCode": {
            "@id": "gs1:allergenLevelOfContainmentCode",
            "@type": "@id",
        },
    }
    path = tmp_path_factory.mktemp("gs1") / "products.jsonld"
    path.write_text(json.dumps({"@context": context, "@graph": graph}), encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_code_list_member_is_named_by_its_code(grocer):
    assert grocer.label(GS1 + "DietTypeCode-VEGAN") == "VEGAN"
    assert grocer.label(GS1 + "LevelOfContainmentCode-MAY_CONTAIN") == "MAY CONTAIN"


def test_products_are_found_by_their_coded_diet(grocer):
    r = make_retriever(grocer)
    found = r.retrieve("Which products are vegan?")
    # (each product found as itself and by its name)
    top = {grocer.label(c.node) for c in found.candidates[:4]}
    assert top == {"Alpenkorn Classic Muesli", "Nonna Gina Veggie Pizza"}
    assert not found.abstained
    # and with another condition: the vegan one of Italy's
    found = r.retrieve("Which vegan products come from Italy?")
    assert grocer.label(found.candidates[0].node) == "Nonna Gina Veggie Pizza"


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    # allergen records whose level is a code named by an English verb ("Contains"), and
    # multipacks that hold other products
    rows = [
        "@prefix ex: <http://ex.org/> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
    ]
    items = ("Cola Zero", "Sparkling Lemon", "Orange Soda", "Still Water")
    for i, name in enumerate(items):
        rows.append(f'ex:p{i} rdfs:label "{name}" ; ex:allergen [ ex:level ex:Contains ] .')
    rows.append('ex:m1 rdfs:label "Party Pack" ; ex:childItem ex:p0 , ex:p1 .')
    rows.append('ex:m2 rdfs:label "Citrus Box" ; ex:childItem ex:p1 , ex:p2 .')
    path = tmp_path_factory.mktemp("packs") / "packs.ttl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_code_named_by_the_questions_verb_is_no_mention(packs):
    # "contains" is the question's verb, the relation asked: not the level code "Contains"
    # that every allergen record holds (a code is said as the word it is after "be" only)
    r = make_retriever(packs)
    assert [m.node for m in r.linker.link("Which multipack contains Cola Zero?")] == [
        "http://ex.org/p0"
    ]
    top = r.retrieve("Which multipack contains Cola Zero?").candidates[0]
    assert packs.label(top.node) == "Party Pack"
