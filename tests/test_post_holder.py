"""A post named by a person noun stands for the one who holds it: the middle hops' ceiling
(``MiddleHops._post_held``) over an org chart's ``reports to`` a post, then its ``held by``."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/org#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':Post a rdfs:Class ; rdfs:label "post" .\n'
    ':City a rdfs:Class ; rdfs:label "city" .\n'
    ':Company a rdfs:Class ; rdfs:label "company" .\n'
    ':reportsTo rdfs:label "reports to" .\n'
    ':heldBy rdfs:label "held by" .\n'
    ':bornIn rdfs:label "born in" .\n'
    ':foundingPlace rdfs:label "founding place" .\n'
    ':ceo a :Post ; rdfs:label "Chief Executive Officer" ; :heldBy :ingrid .\n'
    ':cfo a :Post ; rdfs:label "Chief Financial Officer" ; :heldBy :paul ;\n'
    "    :reportsTo :ceo .\n"
    ':ingrid a :Person ; rdfs:label "Ingrid Halvorsen" ; :bornIn :oslo .\n'
    ':paul a :Person ; rdfs:label "Paul Berg" ; :bornIn :oslo .\n'
    ':jonas a :Person ; rdfs:label "Jonas Albrecht" ; :reportsTo :ceo .\n'
    ':mia a :Person ; rdfs:label "Mia Lund" ; :reportsTo :cfo .\n'
    ':oslo a :City ; rdfs:label "Oslo" .\n'
    ':acme a :Company ; rdfs:label "Acme Shipping" ; :foundingPlace :oslo .\n'
)


def test_the_holder_of_a_post(tmp_path):
    """ "Which person does Jonas Albrecht report to?" walks over ``reports to`` to the post
    "Chief Executive Officer" and over its ``held by`` to Ingrid Halvorsen: the post is named
    by a person noun ("officer") and is no person, so the hop to its holder needs no words
    of its own (it had abstained, "report" saying nothing of ``held by``). A walk whose hop
    to the post the question does not say stays abstained."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "org.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("Which person does Jonas Albrecht report to?")
    assert res.answer == "Ingrid Halvorsen" and not res.abstained
    res = r.retrieve("Which person does Mia Lund report to?")
    assert res.answer == "Paul Berg" and not res.abstained
    assert r.retrieve("Who is Jonas Albrecht's mentor?").abstained
    assert r.retrieve("Who hired Jonas Albrecht?").abstained
