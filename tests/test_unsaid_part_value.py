"""A value read out of a part of the entity's own (an offer, a rating, a record walked into
forwards) answers only a question that says the value's relation: the offer's ``price`` is no
stock count however well "in stock" says the way there, while a relation named for the way
there (``rating value`` after ``aggregate rating``) reads that part's own value. And a "when"
question is not answered by a text with no figure (a name is no date)."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.values import asks_time_only, written_time

_PRODUCTS = [
    ("kettle", "Brava Kettle", "29.50", "InStock", "4.4", "12"),
    ("toaster", "Corvo Toaster", "41.00", "OutOfStock", "3.9", "7"),
    ("blender", "Tivoli Blender", "88.00", "InStock", "4.1", "30"),
    ("grinder", "Moka Grinder", "35.90", "InStock", "4.7", "5"),
    ("fryer", "Aria Fryer", "99.00", "OutOfStock", "3.5", "9"),
    ("scale", "Pesa Scale", "19.90", "InStock", "4.0", "21"),
    ("juicer", "Sole Juicer", "64.00", "InStock", "3.8", "3"),
    ("mixer", "Forte Mixer", "120.00", "OutOfStock", "4.6", "16"),
]
# each offer a node with its availability (a kind of the vocabulary's own) and its price
# specification: the shape kgchat.graph.typed_links reads as ``offers#InStock``
_SHOP = """@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .
""" + "".join(
    f"""ex:{key} a schema:Product ; schema:name "{name}" ;
    schema:offers [ a schema:Offer ; schema:availability schema:{stock} ;
        schema:priceSpecification [ a schema:UnitPriceSpecification ;
            schema:price "{price}"^^xsd:decimal ; schema:priceCurrency "EUR" ] ] ;
    schema:aggregateRating [ a schema:AggregateRating ; schema:ratingValue "{rating}"^^xsd:decimal ;
        schema:reviewCount "{reviews}"^^xsd:integer ] .
"""
    for key, name, price, stock, rating, reviews in _PRODUCTS
)

# each food's nutrient amounts as records: the nutrient, then the figure by ``numeric value``
_FOODS = """@prefix fd: <http://example.org/food#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .

fd:hasNutrientAmount rdfs:label "nutrient amount" .
fd:numericValue rdfs:label "numeric value" .
fd:calcium rdfs:label "calcium" .
fd:iron rdfs:label "iron" .
""" + "".join(
    f"""ex:{key} rdfs:label "{name}" ;
    fd:calcium [ fd:numericValue "{ca}"^^xsd:decimal ; fd:unit "mg" ] ;
    fd:iron [ fd:numericValue "{fe}"^^xsd:decimal ; fd:unit "mg" ] .
"""
    for key, name, ca, fe in [
        ("tofu", "firm tofu", "683.0", "2.7"),
        ("kale", "raw kale", "150.0", "1.5"),
        ("rice", "white rice", "10.0", "0.2"),
    ]
)

_SPECIMENS = """@prefix dwc: <http://rs.tdwg.org/dwc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://example.org/> .

dwc:identifiedBy rdfs:label "identified by" .
dwc:eventDate rdfs:label "date collected" .
dwc:recordedBy rdfs:label "recorded by" .
ex:s1 rdfs:label "specimen QX-0041" ; dwc:identifiedBy "Moreau, P." ;
    dwc:recordedBy "Ilves, K." ; dwc:eventDate "1931-05-14" .
ex:s2 rdfs:label "specimen QX-0042" ; dwc:identifiedBy "Ilves, K." ;
    dwc:recordedBy "Moreau, P." ; dwc:eventDate "1948-07-02" .
"""


def _retriever(tmp_path: Path, text: str):
    path = tmp_path / "g.ttl"
    path.write_text(text, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_part_s_other_fact_is_not_what_is_asked(tmp_path):
    r = _retriever(tmp_path, _SHOP)
    asked = r.retrieve("How many Brava Kettle units are left in stock?")
    assert asked.abstained or asked.answer not in ("29.50", "29.5"), asked.answer


def test_a_count_the_part_says_is_answered(tmp_path):
    """A count read out of the part by a relation the question says (the rating's
    ``review count`` for "how many reviews") is what the question asks."""
    r = _retriever(tmp_path, _SHOP)
    reviews = r.retrieve("How many reviews does the Brava Kettle have?")
    assert reviews.answer == "12" and not reviews.abstained


def test_a_figure_named_for_a_value_is_answered(tmp_path):
    """A last relation named for a value (``numeric value``) gives the part's own figure: "how
    many milligrams" of a nutrient is answered by it, not abstained on."""
    r = _retriever(tmp_path, _FOODS)
    calcium = r.retrieve("How many milligrams of calcium are in firm tofu?")
    assert calcium.answer == "683.0" and not calcium.abstained


def test_a_part_s_said_value_is_answered(tmp_path):
    """The same walks where the question says the last relation (``price``) or the way
    there names the value (a rating's ``rating value``): answered, not abstained."""
    r = _retriever(tmp_path, _SHOP)
    price = r.retrieve("What is the price of the Brava Kettle?")
    assert price.answer in ("29.50", "29.5") and not price.abstained
    rating = r.retrieve("What is the rating of the Corvo Toaster?")
    assert rating.answer == "3.9" and not rating.abstained


def test_a_name_is_no_date(tmp_path):
    r = _retriever(tmp_path, _SPECIMENS)
    named = r.retrieve("When was specimen QX-0041 identified?")
    assert named.abstained or named.answer != "Moreau, P.", named.answer
    dated = r.retrieve("When was specimen QX-0041 collected?")
    assert dated.answer == "1931-05-14" and not dated.abstained


def test_time_only_and_written_time():
    assert asks_time_only(["date", "time", "year", "day"]) and asks_time_only(["year"])
    assert not asks_time_only(["number", "count"]) and not asks_time_only(["person"])
    assert written_time("1850s") and written_time("12:00")
    assert not written_time("Moreau, P.") and not written_time("AVES")
