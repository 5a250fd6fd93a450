"""The kinds a node has from its classes' superclasses (kgchat.retrieval.inherited_kinds): they
meet the type a question names by its own word, and say no other question word."""

from __future__ import annotations

import numpy as np

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.per_question import PerQuestion
from kgchat.retrieval.question import analyze
from kgchat.retrieval.scoring import HeuristicPathScorer

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
B = "http://example.org/press#"


def _graph() -> KnowledgeGraph:
    triples = [
        (B + "Book", RDFS + "subClassOf", B + "Work"),
        (B + "Novel", RDFS + "subClassOf", B + "Book"),
        (B + "Publisher", RDFS + "subClassOf", B + "Agent"),
        (B + "NightFerry", RDF + "type", B + "Novel"),
        (B + "SmallHours", RDF + "type", B + "Novel"),
        # a novel typed by its class and the class above it, as some graphs state both
        (B + "LowTide", RDF + "type", B + "Novel"),
        (B + "LowTide", RDF + "type", B + "Book"),
        (B + "Atlas", RDF + "type", B + "Book"),
        (B + "Northgate", RDF + "type", B + "Publisher"),
    ]
    for book in ("NightFerry", "SmallHours", "LowTide", "Atlas"):
        triples.append((B + book, B + "publishedBy", B + "Northgate"))
    labels = {
        "Work": "work",
        "Book": "book",
        "Novel": "novel",
        "Agent": "agent",
        "Publisher": "publisher",
        "NightFerry": "Night Ferry",
        "SmallHours": "Small Hours",
        "LowTide": "Low Tide",
        "Atlas": "Atlas",
        "Northgate": "Northgate",
        "publishedBy": "published by",
    }
    triples += [(B + k, RDFS + "label", v) for k, v in labels.items()]
    return KnowledgeGraph.from_triples(triples)


def test_superclass_words_are_type_words_marked_as_inherited():
    r = Retriever(_graph())
    novel = r.answer_types(B + "NightFerry")
    assert {"novel", "book", "work"} <= set(novel), novel
    assert r._inherited(novel) == {"book", "work"}
    # stated as well as entailed: the same words, the same split
    assert r._inherited(r.answer_types(B + "LowTide")) == {"book", "work"}
    # a book's own class is its own word
    atlas = r.answer_types(B + "Atlas")
    assert "book" in atlas and r._inherited(atlas) == {"work"}, atlas


def test_inherited_words_say_no_question_word():
    r = Retriever(_graph())
    types = r.answer_types(B + "NightFerry")
    path = ((B + "publishedBy", True), (B + "publishedBy", False))
    query = r.query(path, types, (), (), True)
    assert query.above == {"book", "work"}, query
    assert query.said_types is not None and "book" not in query.said_types, query
    assert "novel" in query.said_types


def _near(question: str, span: tuple[int, int], near: dict[str, float]) -> PerQuestion:
    """A question's scoring state with each word of ``near`` as near to its type word (and
    to nothing else) as given: the encoder's cosines, set by hand."""
    c = PerQuestion(analyze(question, [span]))
    words = c.question.words
    for w, x in near.items():
        c.to_words[w] = np.array([x if c.type_words[i] else 0.0 for i in range(len(words))])
        c.to_type[w] = x
    return c


def test_a_named_type_is_met_by_a_superclass_by_its_own_word_only():
    typing = HeuristicPathScorer._typing
    # "which company": a novel is a *work* too, which the encoder finds near "company"
    c = _near("Which company printed Small Hours?", (3, 5), {"novel": 0.1, "work": 0.6})
    cover, match = typing(c, ("novel", "work"), frozenset({"work"}))
    assert match == 0.1 and cover is not None and cover.max() == 0.1, (cover, match)
    assert typing(c, ("novel", "work"))[1] == 0.6  # the class's own word: by meaning
    # "which works": the superclass's own word meets it
    c = _near("Which works did Northgate print?", (3, 4), {"novel": 0.1, "work": 0.6})
    cover, match = typing(c, ("novel", "work"), frozenset({"work"}))
    assert match == 1.0 and cover is not None and cover.max() == 1.0, (cover, match)
    # a wh-word's type ("who": a person) is the most general kind, a superclass's level
    c = _near("Who printed Small Hours?", (2, 4), {"publisher": 0.1, "agent": 0.5})
    assert typing(c, ("publisher", "agent"), frozenset({"agent"}))[1] == 0.5


def test_a_named_type_is_not_met_by_a_superclass_near_it_in_meaning():
    r = Retriever(_graph())
    top = r.retrieve("Which company printed Small Hours?").candidates[0]
    assert r.kg.label(top.node) == "Northgate", r.kg.label(top.node)
