"""Case law as a national publisher serves it (the caselaw probe's shape: Semantic Finlex, on tiny
graphs): names only in the publisher's language, language versions whose IRIs end alike, and
keywords filed under ``dcterms:description``."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_TTL = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix sfcl: <http://data.finlex.fi/schema/sfcl/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix org: <http://data.finlex.fi/common/organisaatio/> .
@prefix kw: <http://data.finlex.fi/common/asiasana/> .
@prefix pizza: <http://www.co-ode.org/ontologies/pizza/pizza.owl#> .

org:saimaan-puu a foaf:Organization ; skos:prefLabel "Saimaan Puu ja Sahatavara Oy"@fi .
org:kaleva a foaf:Organization ; skos:prefLabel "Vakuutusosakeyhtiö Kaleva"@fi .
pizza:MeatTopping a owl:Class ; skos:prefLabel "CoberturaDeCarne"@pt .
kw:tekijanoikeus a skos:Concept ; skos:prefLabel "tekijänoikeus"@fi, "copyright"@en .
kw:konkurssi a skos:Concept ; skos:prefLabel "konkurssi"@fi, "bankruptcy"@en .

<http://data.finlex.fi/ecli/kko/2014/5> a sfcl:Judgment ;
    sfcl:party org:saimaan-puu ;
    dcterms:description kw:tekijanoikeus, "A note on the file."@en ;
    sfcl:isRealizedBy <http://data.finlex.fi/ecli/kko/2014/5/fin>,
        <http://data.finlex.fi/ecli/kko/2014/5/swe> .
<http://data.finlex.fi/ecli/kko/2014/5/fin> dcterms:title "KKO:2014:5"@fi .
<http://data.finlex.fi/ecli/kko/2014/5/swe> dcterms:title "HD:2014:5"@sv .
<http://data.finlex.fi/ecli/kko/2016/1> a sfcl:Judgment ;
    sfcl:party org:kaleva ;
    dcterms:description kw:konkurssi ;
    sfcl:isRealizedBy <http://data.finlex.fi/ecli/kko/2016/1/fin>,
        <http://data.finlex.fi/ecli/kko/2016/1/swe> .
<http://data.finlex.fi/ecli/kko/2016/1/fin> dcterms:title "KKO:2016:1"@fi .
<http://data.finlex.fi/ecli/kko/2016/1/swe> dcterms:title "HD:2016:1"@sv .
"""
FINLEX = "http://data.finlex.fi/"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("caselaw") / "caselaw.ttl"
    path.write_text(_TTL, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_slug_of_the_foreign_name_does_not_replace_it(kg):
    """An IRI whose last segment is the name's own words made a slug (``saimaan-puu``) is in the
    name's language: the Finnish name stays the name (it had been "saimaan-puu", and every
    answer naming the company read so). A local name in the preferred language still names a
    thing labelled only in another (Pizza's ``MeatTopping`` for "CoberturaDeCarne"@pt)."""
    assert kg.label(FINLEX + "common/organisaatio/saimaan-puu") == "Saimaan Puu ja Sahatavara Oy"
    assert kg.label(FINLEX + "common/organisaatio/kaleva") == "Vakuutusosakeyhtiö Kaleva"
    pizza = "http://www.co-ode.org/ontologies/pizza/pizza.owl#"
    assert kg.label(pizza + "MeatTopping") == "Meat topping"


def test_versions_named_in_one_language_keep_their_titles(kg):
    """Every Swedish version's IRI ends in ``/swe``: a segment so shared tells none apart, so
    each keeps its own title rather than all being named "swe"."""
    assert kg.label(FINLEX + "ecli/kko/2014/5/swe") == "HD:2014:5"
    assert kg.label(FINLEX + "ecli/kko/2016/1/swe") == "HD:2016:1"


def test_a_description_pointing_at_a_thing_is_a_fact(kg):
    """``dcterms:description`` to a concept (Finlex files keywords so) relates the two; a
    described text stays the description, no fact."""
    case = FINLEX + "ecli/kko/2014/5"
    objects = {f.object for f in kg.facts_of(case, direction="out")}
    assert FINLEX + "common/asiasana/tekijanoikeus" in objects
    assert not any("note on the file" in o for o in objects)
    assert kg.description(case) == "A note on the file."


def test_keyword_questions_reach_the_decisions(kg):
    """Natural phrasings reach the decision through its keyword; a question about the other
    keyword gets the other decision, not this one."""
    r = Retriever(kg)
    res = r.retrieve("Which rulings deal with copyright?")
    assert res.answer == "KKO:2014:5"
    res = r.retrieve("which rulings concern bankruptcy")
    assert res.answer == "KKO:2016:1"
