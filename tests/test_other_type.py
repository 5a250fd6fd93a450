""" "What *other* N ...": the determiner "other" names no type; N is the type asked
(:func:`kgchat.retrieval.answer_type.answer_type_words`)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval.question import analyze

TTL = (
    "@prefix : <http://example.org/o#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    ':Occupation a rdfs:Class ; rdfs:label "occupation" .\n'
    ':IscoGroup a rdfs:Class ; rdfs:label "ISCO group" .\n'
    ':g1 a :IscoGroup, skos:Concept ; skos:prefLabel "Bakers and confectionery makers" .\n'
    ':g2 a :IscoGroup, skos:Concept ; skos:prefLabel "Cooks" .\n'
    ':baker a :Occupation ; skos:prefLabel "baker" ; skos:broader :g1 .\n'
    ':conf a :Occupation ; skos:prefLabel "confectioner" ; skos:broader :g1 .\n'
    ':cook a :Occupation ; skos:prefLabel "cook" ; skos:broader :g2 .\n'
    ':chef a :Occupation ; skos:prefLabel "head chef" ; skos:broader :g2 .\n'
)


def test_other_names_no_type():
    """The type is the noun after "other", as after "some" or "any" (start: none read)."""
    q = analyze("what other occupations are in the same ISCO group as baker", [(10, 11)])
    assert q.named_type == ["occupations"]
    assert analyze("Which other films did Ann Lee direct?", [(5, 7)]).answer_type == ["films"]


def test_other_occupations_of_the_same_group(tmp_path):
    """Read with its type, the question is answered by the baker's peer in its group (on
    ESCO the start, reading no type, answered the class "ISCO group" of the group passed)."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "occ.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("what other occupations are in the same ISCO group as baker")
    assert res.answer == "confectioner" and not res.abstained
