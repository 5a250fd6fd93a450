"""OWL classes defined the OWL 1 way (the W3C OWL Guide's wine ontology): the expression on the
class itself (``Chardonnay owl:intersectionOf (Wine [madeFromGrape hasValue ChardonnayGrape])``),
what its ``hasValue`` restrictions entail of its individuals, and the kind words a class's
superclasses pass on to its instances."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

OWL = "http://www.w3.org/2002/07/owl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
V = "http://example.org/wine#"


def _restriction(node: str, prop: str, value: str) -> list[tuple[str, str, str]]:
    return [
        (node, RDF + "type", OWL + "Restriction"),
        (node, OWL + "onProperty", V + prop),
        (node, OWL + "hasValue", V + value),
    ]


def _graph() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            # Chardonnay == Wine and [madeFromGrape hasValue ChardonnayGrape] (a list of two)
            (V + "Chardonnay", RDF + "type", OWL + "Class"),
            (V + "Chardonnay", OWL + "intersectionOf", "_:l1"),
            ("_:l1", RDF + "first", V + "Wine"),
            ("_:l1", RDF + "rest", "_:l2"),
            ("_:l2", RDF + "first", "_:grape"),
            ("_:l2", RDF + "rest", RDF + "nil"),
            *_restriction("_:grape", "madeFromGrape", "ChardonnayGrape"),
            # WhiteWine above it, every one white
            (V + "Chardonnay", RDFS + "subClassOf", V + "WhiteWine"),
            (V + "WhiteWine", RDFS + "subClassOf", "_:white"),
            *_restriction("_:white", "hasColor", "White"),
            # a wine stated only by its class, and its maker
            (V + "BancroftChardonnay", RDF + "type", V + "Chardonnay"),
            (V + "BancroftChardonnay", V + "hasMaker", V + "Bancroft"),
        ]
    )


def _facts(kg: KnowledgeGraph) -> set[str]:
    return {f.text for f in kg.facts()}


def test_a_class_defined_by_an_intersection_on_itself_is_read():
    facts = _facts(_graph())
    assert any(t.startswith("Chardonnay — made from grape → Chardonnay grape") for t in facts)
    # its named member is its superclass
    assert any(t.startswith("Chardonnay — ") and t.endswith("→ Wine") for t in facts), facts


def test_has_value_restrictions_are_facts_of_the_class_individuals():
    facts = _facts(_graph())
    # from the class's own definition, and from a class above it
    assert "Bancroft chardonnay — made from grape → Chardonnay grape" in facts, facts
    assert "Bancroft chardonnay — has color → White" in facts, facts


def test_an_instance_is_also_of_its_classes_superclasses_kind():
    r = Retriever(_graph())
    words = r.answer_types(V + "BancroftChardonnay")
    assert "chardonnay" in words and "wine" in words, words


def test_a_question_naming_only_classes_is_about_them():
    # "Which grape is Chianti made from?": Grape has no instance of its own (WineGrape's are
    # below it), Chianti has wines; neither is a type constraint on the other
    kg = KnowledgeGraph.from_triples(
        [
            (V + "WineGrape", RDFS + "subClassOf", V + "Grape"),
            (V + "SangioveseGrape", RDF + "type", V + "WineGrape"),
            (V + "MerlotGrape", RDF + "type", V + "WineGrape"),
            (V + "Chianti", RDFS + "subClassOf", "_:g"),
            *_restriction("_:g", "madeFromGrape", "SangioveseGrape"),
            (V + "Merlot", RDFS + "subClassOf", "_:m"),
            *_restriction("_:m", "madeFromGrape", "MerlotGrape"),
            (V + "RuffinoChianti", RDF + "type", V + "Chianti"),
            (V + "FrescobaldiChianti", RDF + "type", V + "Chianti"),
            (V + "GaryFarrellMerlot", RDF + "type", V + "Merlot"),
        ]
    )
    top = Retriever(kg).retrieve("Which grape is Chianti made from?").candidates[0]
    assert top.node == V + "SangioveseGrape", top
