"""A broadcaster's programme archive as EBUCore publishes it (the broadcast probe's shape, on
tiny graphs): persons named only by a vocabulary's own ``givenName`` / ``familyName``, things
named by a property called after their class (``organisationName`` of an ``Organisation``) or
by a plain ``title`` in another language, slugs (``grandquiz``) and codes (``rdv``) in their
IRIs, identifier records beside them, and credits as blank nodes whose role (a SKOS concept
"Presenter") says the relation a question asks ("who *presents* X")."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.relation_match import RelationMatch

B = "https://data.tv.example/"
ARCHIVE = """@prefix p: <https://data.tv.example/persons/> .
@prefix o: <https://data.tv.example/organisations/> .
@prefix c: <https://data.tv.example/channels/> .
@prefix s: <https://data.tv.example/series/> .
@prefix k: <https://data.tv.example/concepts/> .
@prefix e: <http://www.ebu.ch/metadata/ontologies/ebucore/ebucore#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix r: <http://www.ebu.ch/metadata/ontologies/skos/ebu_RoleCodeCS#> .
@prefix ct: <http://www.ebu.ch/metadata/ontologies/skos/ebu_PublicationChannelTypeCodeCS#> .
p:ldubois a e:Person ; e:givenName "Luc" ; e:familyName "Dubois" .
p:pgillet a e:Person ; e:givenName "Pierre" ; e:familyName "Gillet" ;
    e:companyName "Gillet Productions" .
p:amaes a e:Person ; e:givenName "Anna" ; e:familyName "Maes" .
o:brumaire a e:Organisation ; e:organisationName "Brumaire Films"@fr .
o:rdv a e:Organisation ;
    <http://www.w3.org/2000/01/rdf-schema#label> "Radiodiffusion Valmont"@fr .
k:MeatTopping <http://www.w3.org/2000/01/rdf-schema#label> "CoberturaDeCarne"@pt .
c:rdvp a e:PublicationChannel ; e:publicationChannelName "RDV La Première" ;
    e:publicationChannelType ct:_2 .
c:rdv1 a e:PublicationChannel ; e:publicationChannelName "RDV Un" ;
    e:publicationChannelType ct:_1 .
ct:_1 skos:prefLabel "Television"@en .
ct:_2 skos:prefLabel "Radio"@en .
r:_1 a skos:Concept ; skos:prefLabel "Presenter"@en .
r:_2 a skos:Concept ; skos:prefLabel "Composer"@en .
s:grandquiz a e:Series ; e:title "Le Grand Quiz"@fr, "De Grote Quiz"@nl ;
    e:hasIdentifier [ a e:Identifier ; e:identifierValue "RDV-S-1031" ] ;
    e:hasProducer o:rdv ;
    e:hasCreator p:pgillet ;
    e:hasContributor [ a e:Staff ; e:isAgent p:ldubois ; e:hasRole r:_1 ] ,
                     [ a e:Staff ; e:isAgent p:amaes ; e:hasRole r:_2 ] .
s:chemins a e:Series ; e:title "Les Chemins de l'eau"@fr ;
    e:hasCreator p:amaes ; e:hasProducer o:brumaire ;
    e:hasContributor [ a e:Staff ; e:isAgent p:amaes ; e:hasRole r:_1 ] ,
                     [ a e:Staff ; e:isAgent p:pgillet ; e:hasRole r:_2 ] .
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("ebucore") / "archive.ttl"
    path.write_text(ARCHIVE, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_vocabularys_own_name_parts_name_a_person(archive):
    """``ebucore:givenName`` and ``ebucore:familyName`` say by their names which part of a
    person's name they hold, as FOAF's do."""
    assert archive.label(B + "persons/ldubois") == "Luc Dubois"


def test_a_property_named_after_the_class_names_its_instances(archive):
    """An ``Organisation``'s ``organisationName`` and a ``PublicationChannel``'s
    ``publicationChannelName`` name them over their IRIs' slugs; a ``Person``'s
    ``companyName`` names their company, not them."""
    assert archive.label(B + "organisations/brumaire") == "Brumaire Films"
    assert archive.label(B + "channels/rdvp") == "RDV La Première"
    assert archive.label(B + "persons/pgillet") == "Pierre Gillet"


def test_a_plain_title_names_a_thing_before_its_identifier_record(archive):
    """A series titled only in French and Dutch is named by a title, not by the code on its
    ``Identifier`` record, and not by its IRI's slug ``grandquiz`` (its title's words run
    together)."""
    assert archive.label(B + "series/grandquiz") in ("Le Grand Quiz", "De Grote Quiz")
    assert archive.label(B + "series/grandquiz") != "RDV-S-1031"


def test_a_code_in_the_iri_does_not_displace_a_foreign_name(archive):
    """``rdv`` holds no word: the French name reads better than it in any language; a local
    name of English words still reads better than a Portuguese label."""
    assert archive.label(B + "organisations/rdv") == "Radiodiffusion Valmont"
    assert archive.label(B + "concepts/MeatTopping") == "Meat topping"


def test_a_capitalised_role_meets_its_verb():
    """A SKOS role's label "Conductor" is the word "conductor", which "conducts" derives from."""
    judge = RelationMatch()
    assert judge.meets(["Conductor"], ["conducts"], heads=False) >= 0.5
    assert judge.meets(["Presenter"], ["presents"], heads=False) >= 0.5


def test_a_said_role_ranks_the_credit_walk_of_a_creator(archive):
    """Anna Maes created Les Chemins de l'eau and presents it; Pierre Gillet composes for it.
    "Who presents" is said by her credit's role, so her credit walk is the one judged."""
    r = Retriever(archive)
    res = r.retrieve("Who presents Les Chemins de l'eau?")
    top = res.candidates[0]
    assert top.label == "Anna Maes"
    assert any("hasContributor" in p for p, _ in top.paths[0].pattern)
    res = r.retrieve("Who presents Le Grand Quiz?")
    assert res.candidates[0].label == "Luc Dubois"


def test_a_value_that_is_the_things_own_name_answers_nothing(archive):
    """ "What type of channel is RDV La Première?": its ``publicationChannelName`` (its label
    too) only restates the channel the question names; its type is the answer."""
    res = Retriever(archive).retrieve("What type of channel is RDV La Première?")
    assert res.candidates[0].label == "Radio"
    assert all(c.label != "RDV La Première" for c in res.candidates)


def test_a_class_named_name_names_a_blank_leaf_but_not_a_joining_record(tmp_path):
    """A blank ``Character`` held only by its ``characterName`` is a thing of its own, named so;
    a blank record that links on to another node (a schema.org ``OrganizationRole`` between a
    band and its member, with its ``roleName``) joins them, and its class-named property says
    the relation's qualifier ("drums"), not a name: the record stays a nameless junction."""
    text = """@prefix e: <http://www.ebu.ch/metadata/ontologies/ebucore/ebucore#> .
@prefix schema: <https://schema.org/> .
<urn:ep1> e:title "Pilot" ; e:hasCastMember [ a e:Cast ; e:isAgent <urn:kate> ;
    e:hasCharacter [ a e:Character ; e:characterName "DI Ruth Calloway" ] ] .
<urn:kate> a e:Person ; e:givenName "Kate" ; e:familyName "Bright" .
<urn:band> a schema:MusicGroup ; schema:name "Kraniche im Nebel" ;
  schema:member [ a schema:OrganizationRole ; schema:member <urn:p1> ; schema:roleName "drums" ] .
<urn:p1> a schema:Person ; schema:name "Mira Albrecht" .
"""
    path = tmp_path / "cast.ttl"
    path.write_text(text, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    labels = {kg.label(n) for n in kg.entities()}
    assert "DI Ruth Calloway" in labels
    assert "drums" not in labels
