"""The heritage probe's general causes, on tiny Europeana Data Model graphs: a record keyed by
the identifier of the thing it is about (an ``ore:Aggregation``) is walked through, never an
answer; an unlabelled IRI whose last segment is a version number (a licence) is named by its
IRI, not "4.0"."""

from __future__ import annotations

from kgchat import KnowledgeGraph

EU = "http://data.europeana.eu/"
EDM = """@prefix edm: <http://www.europeana.eu/schemas/edm/> .
@prefix ore: <http://www.openarchives.org/ore/terms/> .
@prefix dc: <http://purl.org/dc/elements/1.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<http://data.europeana.eu/item/9/_SK_A_1> a edm:ProvidedCHO ; dc:title "The Milkmaid"@en .
<http://data.europeana.eu/item/9/_SK_A_2> a edm:ProvidedCHO ; dc:title "The Little Street"@en .
<http://data.europeana.eu/item/9/_SK_A_3> a edm:ProvidedCHO ; dc:title "The Night Watch"@en .
<http://data.europeana.eu/organization/77> a foaf:Organization ; skos:prefLabel "Rijksmuseum"@en .
<http://data.europeana.eu/aggregation/provider/9/_SK_A_1> a ore:Aggregation ;
    edm:aggregatedCHO <http://data.europeana.eu/item/9/_SK_A_1> ;
    edm:dataProvider <http://data.europeana.eu/organization/77> ;
    edm:rights <http://creativecommons.org/licenses/by-sa/4.0/> .
<http://data.europeana.eu/aggregation/provider/9/_SK_A_2> a ore:Aggregation ;
    edm:aggregatedCHO <http://data.europeana.eu/item/9/_SK_A_2> ;
    edm:dataProvider "Frans Hals Museum" ;
    edm:rights <http://creativecommons.org/publicdomain/mark/1.0/> .
<http://data.europeana.eu/aggregation/provider/9/_other_key> a ore:Aggregation ;
    edm:aggregatedCHO <http://data.europeana.eu/item/9/_SK_A_3> ;
    edm:dataProvider <http://data.europeana.eu/organization/77> .
"""


def _load(tmp_path, text=EDM):
    path = tmp_path / "edm.ttl"
    path.write_text(text, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_an_aggregation_keyed_by_its_item_is_walked_through(tmp_path):
    """It used to be named by its IRI and given as the answer to "Which aggregator provided X?";
    one named node it leads to is enough (the second's holder is a plain name)."""
    kg = _load(tmp_path)
    assert kg.label(EU + "aggregation/provider/9/_SK_A_1") == "(anonymous _SK_A_1)"
    assert kg.label(EU + "aggregation/provider/9/_SK_A_2") == "(anonymous _SK_A_2)"
    assert kg.label(EU + "item/9/_SK_A_1") == "The Milkmaid"


def test_a_record_not_keyed_by_its_item_is_left_as_it_was(tmp_path):
    kg = _load(tmp_path)
    assert not kg.label(EU + "aggregation/provider/9/_other_key").startswith("(anonymous")


def test_a_record_that_a_fact_leads_to_is_left_as_it_was(tmp_path):
    """A DCAT catalogue lists its records: such a record stays named by its IRI."""
    text = EDM + (
        "<http://data.europeana.eu/list/1> <http://example.org/lists> "
        "<http://data.europeana.eu/aggregation/provider/9/_SK_A_1> .\n"
    )
    kg = _load(tmp_path, text)
    key = EU + "aggregation/provider/9/_SK_A_1"
    assert kg.label(key) == key


def test_a_versioned_licence_is_named_by_its_iri(tmp_path):
    kg = _load(tmp_path)
    for iri in (
        "http://creativecommons.org/licenses/by-sa/4.0/",
        "http://creativecommons.org/publicdomain/mark/1.0/",
    ):
        assert kg.label(iri) == iri


def test_the_holder_is_two_hops_from_the_item(tmp_path):
    from kgchat.pipeline import make_retriever

    kg = _load(tmp_path)
    r = make_retriever(kg)
    res = r.retrieve("What is the data provider of The Milkmaid?")
    assert res.candidates and res.candidates[0].label == "Rijksmuseum"


def test_an_item_titled_only_in_another_language_is_named_by_its_title(tmp_path):
    """A painting the provider titled only in Dutch was named by its key (``_4f3a9c1b2d``):
    an identifier with a digit reads no better in English than the title reads in Dutch."""
    text = """@prefix dc: <http://purl.org/dc/elements/1.1/> .
<http://data.europeana.eu/item/9/_4f3a9c1b2d> dc:title "Portret van een man"@nl .
<http://data.europeana.eu/item/9/_SK_A_2> dc:title "Het straatje"@nl .
<http://data.europeana.eu/item/9/_SK_A_3> dc:title "The Night Watch"@en .
<http://example.org/MeatTopping> dc:title "CoberturaDeCarne"@pt .
"""
    kg = _load(tmp_path, text)
    assert kg.label(EU + "item/9/_4f3a9c1b2d") == "Portret van een man"
    assert kg.label(EU + "item/9/_SK_A_2") == "Het straatje"
    assert kg.label("http://example.org/MeatTopping") != "CoberturaDeCarne"  # words read better
