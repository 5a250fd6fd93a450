"""A qualifier's name is read in words without its punctuation: the middle hops' ceiling
(``MiddleHops._middles_said``) over a food's unnamed nutrient amounts, whose nutrient is
"Total lipid (fat)" (:func:`kgchat.retrieval.junction_words.name_words`)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/food#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Food a rdfs:Class ; rdfs:label "food" .\n'
    ':Nutrient a rdfs:Class ; rdfs:label "nutrient" .\n'
    ':NutrientAmount a rdfs:Class ; rdfs:label "quantity value" .\n'
    ':nutrientAmount rdfs:label "nutrient amount" .\n'
    ':ofNutrient rdfs:label "of nutrient" .\n'
    ':numericValue rdfs:label "numeric value" .\n'
    ':fat a :Nutrient ; rdfs:label "Total lipid (fat)" .\n'
    ':prot a :Nutrient ; rdfs:label "Protein" .\n'
    ':water a :Nutrient ; rdfs:label "Water" .\n'
    ':sardine a :Food ; rdfs:label "Sardine canned in oil" ;\n'
    "    :nutrientAmount [ a :NutrientAmount ; :ofNutrient :fat ; :numericValue 11.5 ] ,\n"
    "        [ a :NutrientAmount ; :ofNutrient :prot ; :numericValue 24.6 ] ,\n"
    "        [ a :NutrientAmount ; :ofNutrient :water ; :numericValue 59.6 ] .\n"
    ':tuna a :Food ; rdfs:label "Tuna in water" ;\n'
    "    :nutrientAmount [ a :NutrientAmount ; :ofNutrient :fat ; :numericValue 0.9 ] ,\n"
    "        [ a :NutrientAmount ; :ofNutrient :prot ; :numericValue 25.5 ] .\n"
)


def test_a_qualifier_word_inside_brackets(tmp_path):
    """ "How much fat does sardine canned in oil have?" walks through the sardine's unnamed
    nutrient amount whose nutrient is "Total lipid (fat)" to its value 11.5: the word "fat"
    of the qualifier says the junction (it had abstained: the name was split at spaces only,
    and "(fat)" is no word the question says). A nutrient the graph does not hold stays
    abstained."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "food.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("How much fat does sardine canned in oil have?")
    assert res.answer == "11.5" and not res.abstained
    assert r.retrieve("How much caffeine does sardine canned in oil have?").abstained
