"""A library catalogue in BIBFRAME 2.0 (the bibframe probe's graph shape, on tiny graphs):
titles stated on blank ``bf:Title`` nodes name their work or instance, MADS/RDF's authorised
heading is a label, and an unnamed junction (a ``bf:Publication``, a ``bf:Contribution``) is
said by its class and by what qualifies it (a role "illustrator")."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

R = "http://id.loc.gov/resources/"
CATALOGUE = """@prefix bf: <http://id.loc.gov/ontologies/bibframe/> .
@prefix madsrdf: <http://www.loc.gov/mads/rdf/v1#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rel: <http://id.loc.gov/vocabulary/relators/> .
<http://id.loc.gov/resources/works/1> a bf:Work ;
    rdfs:label "The hobbit, or, There and back again" ;
    bf:title [ a bf:Title ; bf:mainTitle "The hobbit" ; bf:subtitle "or, There and back again" ] ;
    bf:subject <http://id.loc.gov/authorities/subjects/sh1> ;
    bf:contribution [ a bf:Contribution ; bf:agent <http://id.loc.gov/rwo/agents/n1> ;
                      bf:role rel:ill ] ;
    bf:hasInstance <http://id.loc.gov/resources/instances/1> .
<http://id.loc.gov/resources/instances/1> a bf:Instance ;
    bf:instanceOf <http://id.loc.gov/resources/works/1> ;
    bf:title [ a bf:Title ; bf:mainTitle "The hobbit, or, There and back again /" ] ;
    bf:provisionActivity [ a bf:Publication ; bf:place [ a bf:Place ; rdfs:label "London" ] ;
                           bf:agent [ a bf:Agent ; rdfs:label "G. Allen & Unwin" ] ] .
<http://id.loc.gov/authorities/subjects/sh1>
    madsrdf:authoritativeLabel "Middle Earth (Imaginary place)--Fiction" .
<http://id.loc.gov/rwo/agents/n1> a bf:Person ;
    rdfs:label "Tolkien, J. R. R. (John Ronald Reuel), 1892-1973" .
rel:ill rdfs:label "illustrator" .
<http://ex.org/venue> rdfs:label "Hall" ;
    <http://ex.org/address> [ <http://ex.org/name> "Main St 1" ] .
<http://ex.org/album> <http://schema.org/recordLabel> [ <http://schema.org/name> "Parlophone" ] .
<http://ex.org/bob> rdfs:label "Bob" ;
    <http://ex.org/nameOfMother> [ <http://ex.org/name> "Carol" ] .
"""


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    path = tmp_path_factory.mktemp("bf") / "catalogue.ttl"
    path.write_text(CATALOGUE, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_title_record_names_its_owner(catalogue):
    """The instance has no label: its ``bf:title`` record's main title is its name, without
    the ISBD " /" the MARC transcription ends with; the work keeps its own label and takes
    the main title as another name ("who wrote The Hobbit" links)."""
    assert catalogue.label(R + "instances/1") == "The hobbit, or, There and back again"
    assert catalogue.label(R + "works/1") == "The hobbit, or, There and back again"
    assert "The hobbit" in catalogue.aliases(R + "works/1")
    assert "or, There and back again" not in catalogue.aliases(R + "works/1")  # a subtitle


def test_only_a_naming_fact_leads_to_a_name_record(catalogue):
    """A blank node reached by ``address`` is the venue's address, not a name of it, whatever
    the blank node's own ``name`` says."""
    assert catalogue.label("http://ex.org/venue") == "Hall"
    assert "Main St 1" not in catalogue.aliases("http://ex.org/venue")


def test_a_record_of_another_thing_names_nothing(catalogue):
    """A predicate whose words say it names something else (a record label: a company; the
    name of a mother: another person) leads to that thing's record, not to a name of the
    subject: the album stays unnamed by "Parlophone", Bob has no alias "Carol"."""
    assert catalogue.label("http://ex.org/album") != "Parlophone"
    assert "Parlophone" not in catalogue.aliases("http://ex.org/album")
    assert "Carol" not in catalogue.aliases("http://ex.org/bob")


def test_mads_authoritative_label_is_a_label(catalogue):
    subject = "http://id.loc.gov/authorities/subjects/sh1"
    assert catalogue.label(subject) == "Middle Earth (Imaginary place)--Fiction"


def test_a_publication_junction_is_said_by_its_class(catalogue):
    """``provisionActivity`` -> [a bf:Publication] -> ``place``: "published" says the
    junction by its class, so the place is answered, not abstained on."""
    res = Retriever(catalogue).retrieve("where was the hobbit published")
    assert res.answer == "London" and not res.abstained


def test_a_contribution_is_said_by_its_role(catalogue):
    """The contribution's role "illustrator" says "illustrated"; a role the question does not
    say leaves the answer unsaid (abstained): the measure can fail."""
    r = Retriever(catalogue)
    res = r.retrieve("who illustrated the hobbit")
    assert res.answer.startswith("Tolkien") and not res.abstained
    assert r.retrieve("who translated the hobbit").abstained


ALICE = """@prefix bf: <http://id.loc.gov/ontologies/bibframe/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rel: <http://id.loc.gov/vocabulary/relators/> .
<http://e/w> a bf:Work ; rdfs:label "Alice's adventures in Wonderland" ;
    bf:contribution [ a bf:Contribution ; bf:agent <http://e/carroll> ; bf:role rel:aut ] ,
                    [ a bf:Contribution ; bf:agent <http://e/tenniel> ; bf:role rel:ill ] .
<http://e/carroll> a bf:Person ; rdfs:label "Carroll, Lewis, 1832-1898" .
<http://e/tenniel> a bf:Person ; rdfs:label "Tenniel, John, 1820-1914" .
rel:aut rdfs:label "author" .
rel:ill rdfs:label "illustrator" .
"""


def test_a_role_breaks_the_tie_of_two_contributors(tmp_path):
    """Both contributors are reached by ``contribution`` then ``agent``, on one score: the
    role of each one's contribution says which the question asks."""
    path = tmp_path / "alice.ttl"
    path.write_text(ALICE, encoding="utf-8")
    r = Retriever(KnowledgeGraph.load(path))
    assert r.retrieve("who illustrated Alice's adventures in Wonderland").answer.startswith(
        "Tenniel"
    )
    assert r.retrieve("who wrote Alice's adventures in Wonderland").answer.startswith("Carroll")


def test_an_item_is_a_junction_however_many_blank_nodes(tmp_path):
    """An item (a copy: ``itemOf`` its instance, ``heldBy`` a library) has no name and joins
    named things; the blank contributions around it, never named by anyone, do not make the
    graph one that names its entities by identifier (it had answered "21174218-1")."""
    path = tmp_path / "items.ttl"
    path.write_text(
        ALICE
        + "<http://e/items/21174218-1> a <http://id.loc.gov/ontologies/bibframe/Item> ;\n"
        + "    <http://id.loc.gov/ontologies/bibframe/itemOf> <http://e/w> ;\n"
        + "    <http://id.loc.gov/ontologies/bibframe/heldBy> <http://e/dlc> .\n"
        + '<http://e/dlc> <http://www.w3.org/2000/01/rdf-schema#label> "Library of Congress" .\n',
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    assert kg.label("http://e/items/21174218-1").startswith("(anonymous")


TRIAL = """@prefix bf: <http://id.loc.gov/ontologies/bibframe/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rel: <http://id.loc.gov/vocabulary/relators/> .
<http://e/trial> a bf:Work ; rdfs:label "The trial" ;
    bf:contribution [ a bf:Contribution ; bf:agent <http://e/kafka> ; bf:role rel:aut ] ,
                    [ a bf:Contribution ; bf:agent <http://e/muir> ; bf:role rel:trl ] ;
    bf:translationOf <http://e/prozess> .
<http://e/prozess> a bf:Work ; rdfs:label "Der Prozess" ;
    bf:contribution [ a bf:Contribution ; bf:agent <http://e/kafka> ; bf:role rel:aut ] .
<http://e/kafka> a bf:Person ; rdfs:label "Kafka, Franz, 1883-1924" .
<http://e/muir> a bf:Person ; rdfs:label "Muir, Edwin" .
rel:aut rdfs:label "author" .
rel:trl rdfs:label "translator" .
"""


@pytest.fixture(scope="module")
def trial(tmp_path_factory):
    path = tmp_path_factory.mktemp("trial") / "trial.ttl"
    path.write_text(TRIAL, encoding="utf-8")
    return Retriever(KnowledgeGraph.load(path))


def test_a_said_role_ranks_its_contribution_first(trial):
    """Who translated X? The author is reached through ``translationOf`` (whose phrase
    says "translated") then the original's contribution, the translator through X's own
    contribution, whose predicates say nothing of translating but whose role does. The role
    the question says counts for the walk through it, as a word of a node it passes."""
    res = trial.retrieve("who translated The trial")
    assert res.answer.startswith("Muir") and not res.abstained
    first = res.candidates[0]
    assert trial.said_qualifiers(trial.read(res.question, res.mentions)[0], first.paths[0]) == (
        "translator",
    )


def test_an_unsaid_role_raises_no_walk(trial):
    """A question that says no contribution's role ranks as the relations say: the author's
    role "author" meets "wrote" no better than a related word, and nothing is raised."""
    res = trial.retrieve("who is the author of The trial")
    assert res.answer.startswith("Kafka")
    q = trial.read(res.question, res.mentions)[0]
    muir = next(c for c in res.candidates if c.label.startswith("Muir"))
    assert trial.said_qualifiers(q, muir.paths[0]) == ()
