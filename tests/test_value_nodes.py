"""A shop's export (schema.org): values held by unnamed nodes (a review's ``Rating``, a
weight's ``QuantitativeValue``), and the values of one product a question names."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_PREFIXES = """@prefix s: <https://schema.org/> .
@prefix ex: <https://shop.example/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

_REVIEWS = (
    _PREFIXES
    + """
ex:tent a s:Product ; s:name "Alpspitze Tent" ;
  s:review [ a s:Review ; s:author ex:ana ;
             s:reviewRating [ a s:Rating ; s:ratingValue 4 ] ] ,
           [ a s:Review ; s:author ex:ole ;
             s:reviewRating [ a s:Rating ; s:ratingValue 2 ] ] ;
  s:weight [ a s:QuantitativeValue ; s:value "2.1"^^xsd:decimal ; s:unitCode "KGM" ] .
ex:stove a s:Product ; s:name "Flicker Stove" ;
  s:review [ a s:Review ; s:author ex:ana ;
             s:reviewRating [ a s:Rating ; s:ratingValue 5 ] ] .
ex:ana a s:Person ; s:name "Ana Quintela" .
ex:ole a s:Person ; s:name "Ole Brandvik" .
"""
)


def _graph(tmp_path: Path, text: str) -> KnowledgeGraph:
    path = tmp_path / "shop.ttl"
    path.write_text(text, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_class_of_unnamed_nodes_is_no_answer_nor_the_type_asked(tmp_path):
    """Every ``s:Rating`` is a blank node holding a review's value: "What rating did Ana
    Quintela give the Alpspitze Tent?" had answered the class Rating (the review's rating
    node, then its ``rdf:type``), and with that class read as the type asked, no value
    could answer it (a number is no Rating)."""
    r = make_retriever(_graph(tmp_path, _REVIEWS), index_dir=None, scorer=None)
    res = r.retrieve("What rating did Ana Quintela give the Alpspitze Tent?")
    assert res.answer == "4"
    assert "Rating" not in [c.label for c in res.candidates]
    assert r.retrieve("How heavy is the Alpspitze Tent?").answer == "2.1"


_MATERIALS = (
    _PREFIXES
    + """
ex:polarnatt a s:Product ; s:name "Polarnatt" ; s:category ex:bags ; s:material "goose down" .
ex:daunen a s:Product ; s:name "Daunenfeder" ; s:category ex:bags ; s:material "polyester fill" .
ex:flyt a s:Product ; s:name "Flyt" ; s:category ex:mats ; s:material "polyurethane foam" .
ex:bags s:name "Sleeping Bags" .
ex:mats s:name "Sleeping Mats" .
"""
)


def test_a_value_of_one_subject_in_several_words_is_named(tmp_path):
    """A value only one product has, in a few words ("goose down"), names that product's
    value as a shared one does ("made of titanium", two stoves): "Which sleeping bag is
    made of goose down?" had linked the category alone, and its two bags tied."""
    r = make_retriever(_graph(tmp_path, _MATERIALS), index_dir=None, scorer=None)
    res = r.retrieve("Which sleeping bag is made of goose down?")
    assert [m.text for m in res.mentions if m.node.startswith('"')] == ["goose down"]
    assert res.answer == "Polarnatt" and not res.abstained


_SIZES = (
    _PREFIXES
    + """
ex:tent a s:Product ; s:name "Alpspitze Tent" ;
  s:width [ a s:QuantitativeValue ; s:value "18"^^xsd:decimal ; s:unitCode "CMT" ] ;
  s:depth [ a s:QuantitativeValue ; s:value "45"^^xsd:decimal ; s:unitCode "CMT" ] ;
  s:weight [ a s:QuantitativeValue ; s:value "2.1"^^xsd:decimal ; s:unitCode "KGM" ] .
ex:stove a s:Product ; s:name "Flicker Stove" ;
  s:weight [ a s:QuantitativeValue ; s:value "83"^^xsd:decimal ; s:unitCode "GRM" ] .
ex:pole a s:Product ; s:name "Spare Pole" ;
  s:width [ a s:QuantitativeValue ; s:value "1.2"^^xsd:decimal ; s:unitCode "CMT" ] .
"""
)


def test_a_value_node_answers_with_its_principal_value(tmp_path):
    """``X —width→ [ value 18 ; unitCode "CMT" ]``: X's width is the node's ``schema:value``
    (``rdf:value``: a structured value's principal value), its unit code qualifies it.
    "What is the width of the Alpspitze Tent?" had answered "CMT" (the two hops out of the
    unnamed node said nothing, and the unit code won by a hair); the unit is the answer
    where the question asks for it."""
    r = make_retriever(_graph(tmp_path, _SIZES), index_dir=None, scorer=None)
    assert r.retrieve("What is the width of the Alpspitze Tent?").answer == "18"
    assert r.retrieve("What is the depth of the Alpspitze Tent?").answer == "45"
    assert r.retrieve("What is the weight of the Flicker Stove?").answer == "83"
    assert r.retrieve("What is the unit of the Flicker Stove's weight?").answer == "GRM"


_FEATURES = (
    _PREFIXES
    + """
ex:pack a s:Product ; s:name "Gratwanderer 45" ;
  s:additionalProperty [ a s:PropertyValue ; s:name "Volume" ; s:value 45 ; s:unitCode "LTR" ] ,
    [ a s:PropertyValue ; s:name "Back length" ; s:value 52 ; s:unitCode "CMT" ] .
ex:haul a s:Product ; s:name "Longhaul 65" ;
  s:additionalProperty [ a s:PropertyValue ; s:name "Volume" ; s:value 65 ; s:unitCode "LTR" ] .
"""
)


def test_a_name_value_pair_is_the_fact_it_states(tmp_path):
    """``X additionalProperty [ a PropertyValue ; name "Volume" ; value 45 ]``: the pair's
    name names a relation, not the node. "What is the volume of the Gratwanderer 45?" had
    linked "volume" to the pair's node (a thing called Volume) and abstained; the pair is
    now the fact ``Gratwanderer 45 -Volume-> 45``, its node unnamed, walked through for its
    unit."""
    kg = _graph(tmp_path, _FEATURES)
    facts = {f.text for f in kg.facts()}
    assert "Gratwanderer 45 — Volume → 45" in facts
    assert "Longhaul 65 — Volume → 65" in facts
    assert not [e for e in kg.entities() if kg.label(e) == "Volume"]
    r = make_retriever(kg, index_dir=None, scorer=None)
    res = r.retrieve("What is the volume of the Gratwanderer 45?")
    assert res.answer == "45" and not res.abstained
    assert r.retrieve("What is the back length of the Gratwanderer 45?").answer == "52"
