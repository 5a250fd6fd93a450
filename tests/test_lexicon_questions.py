"""A learner's questions of a lexicon, read as people say them: a common noun in lower case is
the class it names, not the entry or form of the same spelling ("the French *word* 'pomme'"),
and an "of" between two things the question names joins them ("the *plural* of *goose*")
without asking a relation of its own."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.retrieval.question import analyze

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
L = "http://www.w3.org/2000/01/rdf-schema#label"
X = "http://x.example/"


def _kg() -> KnowledgeGraph:
    triples = [
        (X + "word-n", T, X + "Word"),
        (X + "word-n", L, '"word"@en'),
        (X + "word-pl", L, '"words"@en'),
        (X + "word-n", X + "otherForm", X + "word-pl"),
        (X + "pomme-n", T, X + "Word"),
        (X + "pomme-n", L, '"pomme"@fr'),
        (X + "pomme-n", X + "gender", X + "feminine"),
        (X + "Word", L, '"Word"@en'),
    ]
    return KnowledgeGraph.from_triples(triples)


def _linked(q: str) -> list[tuple[str, str, bool]]:
    return [(m.text, m.node, m.is_class) for m in EntityLinker(_kg()).link(q)]


def test_a_lower_case_common_noun_is_the_class_not_the_entry_of_that_spelling():
    assert _linked("What gender is the French word 'pomme'?") == [
        ("word", X + "Word", True),
        ("pomme", X + "pomme-n", False),
    ]
    # its plural is no entity either, where the singular names a class
    assert _linked("Which words are French?") == []
    # written as a name, or in a question written all in lower case, it may be the entry
    assert (X + "word-n") in [n for _, n, _ in _linked("how do you spell word")]


def test_of_between_two_mentions_asks_no_relation():
    q = analyze("What is the plural of goose?", [(3, 4), (5, 6)])
    assert q.words == [] and q.prepositions == []
    # "of" after a word the question asks of the mention is the relation's, kept
    assert analyze("What is the capital of France?", [(5, 6)]).prepositions == ["of"]
