"""An n-ary membership keyed by numbers joined by punctuation (a legislature's term and a
running number, ``membership/59-013``) is a serial, no name: walked through to the person,
party and seat it joins, never an answer. A record keyed by letters of its own stays named."""

from __future__ import annotations

from kgchat import KnowledgeGraph

B = "https://assembly.example/"
POPOLO = """@prefix org: <http://www.w3.org/ns/org#> .
@prefix og: <http://www.w3.org/ns/opengov#> .
@prefix s: <http://schema.org/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://assembly.example/> .
:ann a foaf:Person ; foaf:name "Ann Lee" .
:bo a foaf:Person ; foaf:name "Bo Kerr" .
:cy a foaf:Person ; foaf:name "Cy Dunn" .
:greens a org:Organization ; skos:prefLabel "Green Party"@en .
:reds a org:Organization ; skos:prefLabel "Red Party"@en .
:house a org:Organization ; skos:prefLabel "House of Assembly"@en .
:bayfield a org:Post ; skos:prefLabel "Member for Bayfield"@en .
:harrow a org:Post ; skos:prefLabel "Member for Harrow"@en .
:oak a org:Post ; skos:prefLabel "Member for Oakridge"@en .
:membership\\/59-001 a org:Membership ; org:member :ann ; org:organization :house ;
    og:onBehalfOf :greens ; og:post :bayfield ; s:validFrom "2018-10-22"^^xsd:date .
:membership\\/59-002 a org:Membership ; org:member :bo ; org:organization :house ;
    og:onBehalfOf :reds ; og:post :harrow ; s:validFrom "2018-10-22"^^xsd:date .
:membership\\/59-003 a org:Membership ; org:member :cy ; org:organization :house ;
    og:onBehalfOf :reds ; og:post :oak ; s:validFrom "2019-02-01"^^xsd:date .
"""


def test_a_membership_keyed_by_a_term_and_number_is_anonymous(tmp_path):
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    path = tmp_path / "assembly.ttl"
    path.write_text(POPOLO, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert kg.label(B + "membership/59-001") == "(anonymous 59-001)"
    assert kg.label(B + "ann") == "Ann Lee"
    res = make_retriever(kg, index_dir=None).retrieve("What post does Ann Lee hold?")
    assert _default_answers(res)[0] == "Member for Bayfield"
    assert not any(c.label.startswith("59-") for c in res.candidates)


def test_a_record_keyed_by_letters_of_its_own_keeps_its_name(tmp_path):
    path = tmp_path / "assembly.ttl"
    path.write_text(POPOLO.replace("59-00", "SHP-00"), encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert kg.label(B + "membership/SHP-001") == "SHP-001"


def test_a_membership_keyed_by_its_partys_word_and_a_number_is_anonymous(tmp_path):
    """``membership/party-014``: one word of what it joins (the *Party*) and a running
    number, a key made of its columns as ``route/BA/LHR-JFK`` is."""
    path = tmp_path / "assembly.ttl"
    path.write_text(POPOLO.replace("59-00", "party-00"), encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert kg.label(B + "membership/party-001") == "(anonymous party-001)"
