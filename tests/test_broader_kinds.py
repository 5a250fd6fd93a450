"""A SKOS concept is a kind of its broader concepts (kgchat.retrieval.inherited_kinds): their
words are its type words, marked as inherited, and a question naming such a kind ("What
*rock* is X made of?") finds the concept over the parts of X."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
G = "http://example.org/survey#"
L = "http://example.org/lithology/"


def _graph() -> KnowledgeGraph:
    """A survey's units: a group with three formations (part of it), its lithology a concept
    of a SKOS scheme filed under broader concepts; the units typed by their rank."""
    triples = [
        (L + "scheme", RDF + "type", SKOS + "ConceptScheme"),
        (L + "scheme", SKOS + "prefLabel", '"simple lithology"@en'),
        (L + "sedimentary", SKOS + "prefLabel", '"sedimentary rock"@en'),
        (L + "clastic", SKOS + "prefLabel", '"clastic sedimentary rock"@en'),
        (L + "clastic", SKOS + "broader", L + "sedimentary"),
        (L + "sandstone", SKOS + "prefLabel", '"sandstone"@en'),
        (L + "sandstone", SKOS + "broader", L + "clastic"),
        (L + "mudstone", SKOS + "prefLabel", '"mudstone"@en'),
        (L + "mudstone", SKOS + "broader", L + "clastic"),
        (G + "Group", RDFS + "label", '"group"'),
        (G + "Formation", RDFS + "label", '"formation"'),
        (G + "partOf", RDFS + "label", '"part of"'),
        (G + "lithology", RDFS + "label", '"dominant lithology"'),
    ]
    for c in ("sedimentary", "clastic", "sandstone", "mudstone"):
        triples += [
            (L + c, RDF + "type", SKOS + "Concept"),
            (L + c, SKOS + "inScheme", L + "scheme"),
        ]
    units = {
        "SSG": ("Sherwood Sandstone Group", "Group", "", "sandstone"),
        "HSF": ("Helsby Sandstone Formation", "Formation", "SSG", "sandstone"),
        "WLSF": ("Wilmslow Sandstone Formation", "Formation", "SSG", "sandstone"),
        "CHES": ("Chester Formation", "Formation", "SSG", "sandstone"),
        "MMG": ("Mercia Mudstone Group", "Group", "", "mudstone"),
        "SIM": ("Sidmouth Mudstone Formation", "Formation", "MMG", "mudstone"),
    }
    for local, (name, rank, part, lith) in units.items():
        triples += [
            (G + local, RDFS + "label", f'"{name}"'),
            (G + local, RDF + "type", G + rank),
            (G + local, G + "lithology", L + lith),
        ]
        if part:
            triples.append((G + local, G + "partOf", G + part))
    return KnowledgeGraph.from_triples(triples)


def test_broader_concepts_words_are_inherited_type_words():
    r = Retriever(_graph())
    types = r.answer_types(L + "sandstone")
    assert "rock" in types, types
    assert "rock" in r._inherited(types), (types, r._inherited(types))


def test_a_question_naming_a_broader_kind_finds_the_concept():
    r = Retriever(_graph())
    res = r.retrieve("What rock is the Sherwood Sandstone Group made of?")
    top = res.candidates[0]
    assert r.kg.label(top.node) == "sandstone", [r.kg.label(c.node) for c in res.candidates[:4]]
