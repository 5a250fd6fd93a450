"""A question that asks a type named by a value ("Which *family* is the stag beetle in?", the
rank a taxon holds as a literal, not a class) beside its subject: the subject is no type too.

Read with the type's words left out, "which is the stag beetle in?" had asked for "stag
beetle" as its type, and so the subject's walk was cut to one hop as a type's is: the family,
two hops up, was never reached, and the question abstained. The same question with its
relation said ("... belong to") or its words in another order was answered.
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval.question import analyze
from kgchat.retrieval.question_shapes import asks_type_at

SKOS = "http://www.w3.org/2004/02/skos/core#"
TTL = f"""@prefix ex: <http://example.org/t#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <{SKOS}> .
ex:s1 rdfs:label "Lucanus cervus" ; skos:altLabel "stag beetle" ; ex:rank "species" ;
    ex:parentTaxon ex:g1 .
ex:s2 rdfs:label "Carabus auratus" ; skos:altLabel "golden ground beetle" ; ex:rank "species" ;
    ex:parentTaxon ex:g2 .
ex:s3 rdfs:label "Lutra lutra" ; skos:altLabel "otter" ; ex:rank "species" ; ex:parentTaxon ex:g3 .
ex:g1 rdfs:label "Lucanus" ; ex:rank "genus" ; ex:parentTaxon ex:f1 .
ex:g2 rdfs:label "Carabus" ; ex:rank "genus" ; ex:parentTaxon ex:f2 .
ex:g3 rdfs:label "Lutra" ; ex:rank "genus" ; ex:parentTaxon ex:f3 .
ex:f1 rdfs:label "Lucanidae" ; ex:rank "family" ; ex:parentTaxon ex:o1 .
ex:f2 rdfs:label "Carabidae" ; ex:rank "family" ; ex:parentTaxon ex:o1 .
ex:f3 rdfs:label "Mustelidae" ; ex:rank "family" ; ex:parentTaxon ex:o2 .
ex:o1 rdfs:label "Coleoptera" ; ex:rank "order" .
ex:o2 rdfs:label "Carnivora" ; ex:rank "order" .
"""


def test_the_first_type_named_is_the_type():
    """Of two names that each read as the asked type with the other left out, the one after
    the wh-word is it; one alone still is ("Which film was released in 2011?")."""
    q = analyze("Which family is the stag beetle in?", [(1, 2), (4, 6)])
    assert asks_type_at(q, 1, 2) and not asks_type_at(q, 4, 6)
    q = analyze("Which film was released in 2011?", [(1, 2), (5, 6)])
    assert asks_type_at(q, 1, 2) and not asks_type_at(q, 5, 6)
    # a name right before the type's head is of its noun phrase: the head is still the type
    q = analyze("Which Romance languages are spoken in Spain?", [(1, 2), (2, 3), (6, 7)])
    assert asks_type_at(q, 2, 3)


def test_a_rank_asked_with_the_subject_before_its_preposition(tmp_path):
    """The family two hops up the taxon's parents, and the order three, are answered where
    the question strands its preposition (it had abstained, every family tied at -0.03)."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "taxa.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    for question, answer in [
        ("Which family is the stag beetle in?", "Lucanidae"),
        ("What family is Lutra lutra in?", "Mustelidae"),
        ("Which order is the stag beetle in?", "Coleoptera"),
    ]:
        res = r.retrieve(question)
        assert res.answer == answer and not res.abstained, question
