"""A learner's questions of a lexicon, read as people say them: a common noun in lower case is
the class it names, not the entry or form of the same spelling ("the French *word* 'pomme'");
a misspelt wh-word is the wh-word ("waht is the plural of goose")."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.lexicon import english_words
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


def test_a_misspelt_wh_word_is_no_word_the_question_asks():
    q = analyze("waht is the plural of goose", [(5, 6)])
    assert ("waht" in q.words) is not bool(english_words())
    assert "plural" in q.words


def test_a_category_many_things_have_stays_beside_the_class():
    """ESCO's skill type "skill" (of every skill) is what "skills" names as much as the class
    Skill is; an entry merely spelt so is not."""
    triples = [(X + f"s{i}", X + "skillType", X + "skilltype") for i in range(3)]
    triples += [(X + f"s{i}", T, X + "Skill") for i in range(3)]
    triples += [
        (X + "skilltype", L, '"skill"@en'),
        (X + "Skill", L, '"Skill"@en'),
        (X + "Ada", L, '"Ada"@en'),
        (X + "Ada", X + "needs", X + "s0"),
    ]
    linker = EntityLinker(KnowledgeGraph.from_triples(triples))
    nodes = {m.node for m in linker.link("Which skills does Ada need?")}
    assert {X + "skilltype", X + "Skill", X + "Ada"} <= nodes
