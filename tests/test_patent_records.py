"""Patent publications as the EPO's linked data releases them, on tiny graphs: an application and
its grant share their title (:mod:`kgchat.graph.record_names`), and classification concepts
minted from their notations are named by them (:func:`kgchat.graph.own_codes.own_code_names`)."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

D = "http://data.epo.org/linked-data/data/publication/EP/"
CPC = "http://data.epo.org/linked-data/def/cpc/"
PREFIXES = """\
@prefix patent: <http://data.epo.org/linked-data/def/patent/> .
@prefix pub: <http://data.epo.org/linked-data/data/publication/EP/> .
@prefix cpc: <http://data.epo.org/linked-data/def/cpc/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <http://example.org/> .
"""


def load(tmp_path: Path, body: str) -> KnowledgeGraph:
    path = tmp_path / "patents.ttl"
    path.write_text(PREFIXES + body, encoding="utf-8")
    return KnowledgeGraph.load(path)


def _publication(number: str, kind: str, title: str, inventor: str, code: str) -> str:
    return f"""
    <{D}{number}/{kind}/-> a patent:Publication ; rdfs:label "EP {number} {kind}" ;
        patent:titleOfInvention "{title}"@en ;
        patent:inventorVC [ a vcard:Individual ; vcard:fn "{inventor}" ] ;
        patent:classificationCPCInventive cpc:{code} .
    """


GRAPH = (
    _publication(
        "3045477", "A1", "Solid electrolyte for a lithium battery", "BRANDT, Katrin", "H01M10-0562"
    )
    + _publication(
        "3045477", "B1", "Solid electrolyte for a lithium battery", "BRANDT, Katrin", "H01M10-0562"
    )
    + _publication(
        "3062258", "A1", "Pouch cell with a cooling channel", "HUANG, Wei", "H01M10-0525"
    )
    + _publication(
        "3062258", "B1", "Pouch cell with a cooling channel", "HUANG, Wei", "H01M10-0525"
    )
    + _publication(
        "3020279",
        "A1",
        "Charging connector with cooled contacts",
        "VOGELSANG, Matthias",
        "H01M10-0525",
    )
    + """
    cpc:H01M10-0562 skos:notation "H01M 10/0562" ; skos:prefLabel "Solid materials"@en ;
        skos:broader cpc:H01M10-056 .
    cpc:H01M10-056 skos:notation "H01M 10/056" ;
        skos:prefLabel "Accumulators characterised by the electrolytes"@en .
    cpc:H01M10-0525 skos:notation "H01M 10/0525" ; skos:prefLabel "Lithium-ion batteries"@en .
    """
)


def test_an_application_and_its_grant_are_named_by_their_shared_title(tmp_path):
    """A1 and B1 carry one title: each value held by two subjects failed the one-holder test
    and no publication was found by its title; now the title names both."""
    kg = load(tmp_path, GRAPH)
    for kind in ("A1", "B1"):
        names = [n.lower() for n in kg.aliases(f"{D}3045477/{kind}/-")]
        assert "solid electrolyte for a lithium battery" in names
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("Who is the inventor of the solid electrolyte for a lithium battery?")
    assert {m.node for m in res.mentions} >= {f"{D}3045477/A1/-", f"{D}3045477/B1/-"}
    assert res.answer == "BRANDT, Katrin"


def test_a_category_that_a_few_people_share_names_no_one(tmp_path):
    """The sanity check: a person's ``ex:title`` "Dr." on two of three people (a category, a
    short value a few share) must not become their name, or "Who is Dr. Hale's employer?"
    would read "Dr." as both doctors."""
    kg = load(
        tmp_path,
        """
        ex:ann rdfs:label "Ann Hale" ; ex:title "Dr." ; ex:worksFor ex:acme .
        ex:bob rdfs:label "Bob Stone" ; ex:title "Dr." ; ex:worksFor ex:zenith .
        ex:cat rdfs:label "Cat Moor" ; ex:title "Prof." ; ex:worksFor ex:acme .
        ex:acme rdfs:label "Acme" . ex:zenith rdfs:label "Zenith" .
        """,
    )
    assert all(kg.aliases(f"http://example.org/{p}") == [] for p in ("ann", "bob", "cat"))
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("Who employs Dr. Hale?")
    nodes = [m.node for m in res.mentions]
    assert "http://example.org/ann" in nodes and "http://example.org/bob" not in nodes


def test_a_notation_names_the_concept_its_iri_was_minted_from(tmp_path):
    """``cpc:H01M10-0562`` states ``skos:notation "H01M 10/0562"``: the IRI's code is the
    notation less its space and slash, so the notation is a name (a searcher's "What does
    H01M 10/0562 cover?" linked only the subclass word "H01M" of it); a notation of another
    concept is no name of this one."""
    kg = load(tmp_path, GRAPH)
    assert "H01M 10/0562" in kg.aliases(CPC + "H01M10-0562")
    assert "H01M 10/0525" not in kg.aliases(CPC + "H01M10-0562")
    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("What is the broader group of H01M 10/0562?")
    assert [m.node for m in res.mentions] == [CPC + "H01M10-0562"]
