"""A thing named for the type asked that a better answer's walk passed on its way comes
first (:func:`kgchat.retrieval.passed_named.passed_named_first`)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/eu#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    ':Directive a rdfs:Class ; rdfs:label "directive" .\n'
    ':responsibilityOf rdfs:label "responsibility of" .\n'
    ':env a skos:Concept ; skos:prefLabel "Directorate-General for Environment" .\n'
    ':ener a skos:Concept ; skos:prefLabel "Directorate-General for Energy" .\n'
    ':water a :Directive ; rdfs:label "Water Framework Directive" ; :responsibilityOf :env .\n'
    ':birds a :Directive ; rdfs:label "Birds Directive" ; :responsibilityOf :env .\n'
    ':habitats a :Directive ; rdfs:label "Habitats Directive" ; :responsibilityOf :env .\n'
    ':noise a :Directive ; rdfs:label "Environmental Noise Directive" ; :responsibilityOf :env .\n'
    ':eed a :Directive ; rdfs:label "Energy Efficiency Directive" ; :responsibilityOf :ener .\n'
    ':red a :Directive ; rdfs:label "Renewable Energy Directive" ; :responsibilityOf :ener .\n'
    + "".join(
        f':dg{i} a skos:Concept ; skos:prefLabel "Directorate-General for {n}" .\n'
        f':act{i} a :Directive ; rdfs:label "{n} Directive" ; :responsibilityOf :dg{i} .\n'
        for i, n in enumerate(["Mobility", "Health", "Trade", "Competition", "Taxation"])
    )
)


def test_the_thing_named_for_the_type_a_walk_passed(tmp_path):
    """ "Which *Directorate-General* is responsible for X?": the graph files its DGs under
    a SKOS ``Concept``, so only their names say the type asked; the walk out to X's DG and
    back to another directive (whose class "directive" looks like "directorate" to the
    encoder) ranked that directive first (start: "Birds Directive"). The DG the walk went
    past is the thing asked. A name that says the type's word only as a modifier of its
    head ("Companies Registration Office") is not named for it."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "eu.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("Which Directorate-General is responsible for the Water Framework Directive?")
    assert res.answer == "Directorate-General for Environment" and not res.abstained
    from kgchat.retrieval.passed_named import _named_for
    from kgchat.text import stem

    assert _named_for("Mercy General Hospital", {stem("hospital")})
    assert not _named_for("Companies Registration Office", {stem("companies")})
