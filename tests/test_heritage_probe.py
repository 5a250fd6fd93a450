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


def test_who_is_answered_by_someone_before_a_year(tmp_path):
    """``dcterms:created`` says "made" better than ``dc:creator`` does; a year is no one."""
    from kgchat.pipeline import make_retriever

    text = """@prefix dc: <http://purl.org/dc/elements/1.1/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<http://e.eu/item/1> dc:title "The Kiss"@en ; dcterms:created "1882" ;
    dc:creator <http://e.eu/agent/7> .
<http://e.eu/item/2> dc:title "Damrak, Amsterdam"@en ; dcterms:created "1891" ;
    dc:creator "Olie, Jacob" .
<http://e.eu/agent/7> skos:prefLabel "Auguste Rodin"@en .
"""
    r = make_retriever(_load(tmp_path, text))
    assert r.retrieve("Who made 'The Kiss'?").candidates[0].label == "Auguste Rodin"
    assert r.retrieve("Who made 'Damrak, Amsterdam'?").candidates[0].label == "Olie, Jacob"
    assert r.retrieve("When was 'The Kiss' made?").candidates[0].label == "1882"


def test_values_after_keeps_order_within_each_part():
    from kgchat.retrieval.combine import values_after
    from kgchat.retrieval.question import analyze
    from kgchat.retrieval.results import Candidate

    cands = [Candidate('"1882"', "", 0.7), Candidate("x:rodin", "", 0.5), Candidate('"b"', "", 0.1)]
    literal = lambda n: n.startswith('"')  # noqa: E731
    who = analyze("Who made the Kiss?", [(3, 4)])
    assert [c.node for c in values_after(who, cands, literal)] == ["x:rodin", '"b"', '"1882"']
    when = analyze("When was the Kiss made?", [(3, 4)])
    assert values_after(when, cands, literal) == cands
