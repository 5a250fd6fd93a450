"""Whole-word decoding and the claim check's reading of filler: a model held to the facts'
words neither glues their pieces into new words nor gets past the check by repeating them."""

from __future__ import annotations

import re

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat.claims import check_claims, graph_names
from kgchat.chat.vocabulary import FUNCTION
from kgchat.chat.word_trie import WordTrie
from kgchat.models import llama_cpp_available


def chars(text: str) -> list[int]:
    """A tokenizer of one token per character: every glued word is within its reach."""
    return [ord(c) for c in text]


def walk(trie: WordTrie, text: str) -> bool:
    """Whether ``text`` can be written token by token under ``trie``."""
    state = trie.state([])
    for t in chars(text):
        if t not in trie.allowed(state):
            return False
        state = trie.step(state, t)
    return True


def test_the_trie_writes_whole_words_and_no_new_ones():
    trie = WordTrie(chars, ["Warsaw", "Polar", "natal", "born", "in", ",", "[1]", "("], ends=[10])
    assert walk(trie, " Polar born in Warsaw, natal [1]")
    assert walk(trie, " Warsaw (born")  # after an opening mark a word attaches
    for glued in (" Polarnat", " Warsawin", " bornal", " Wars born"):
        assert not walk(trie, glued), glued
    # the end comes only where a word ends
    half = trie.state(chars(" Pol"))
    assert 10 not in trie.allowed(half) and 10 in trie.allowed(trie.state(chars(" Polar")))


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(
        [
            ("Ada_Lovelace", "father", "Lord_Byron"),
            ("Alexander_Fleming", "nobel_prize_year", "1945"),
        ]
    )


def check(kg, text, n):
    return check_claims(text, [kg.fact(n)], kg=kg, names=graph_names(kg))


@pytest.mark.parametrize(
    "bad",
    [
        "Lord Byron was Byron's father [1].",  # the answer's name where the other end stands
        "Ada Lovelace's father is Lord Byron, the very same very same [1].",  # a stopword run
        "Ada Lovelace's father is the very very very Lord Byron [1].",  # a word thrice
        "Ada Lovelace's father is Lord Byron, which is an all to all over the his most than "
        "any other [1].",  # function words that state nothing
    ],
)
def test_filler_and_repetition_fail_the_check(kg, bad):
    (c,) = check(kg, bad, 0)
    assert c.valid == (False,), bad


def test_a_relation_word_twice_fails_once_passes(kg):
    (bad,) = check(kg, "Alexander Fleming's prize was the Nobel Prize year 1945 [1].", 1)
    assert bad.valid == (False,) and any("twice" in p for p in bad.problems)
    (good,) = check(kg, "Alexander Fleming's Nobel Prize year is 1945 [1].", 1)
    assert good.valid == (True,), good.problems
    (good,) = check(kg, "Ada Lovelace's father is Lord Byron [1].", 0)
    assert good.valid == (True,), good.problems


needs_llama = pytest.mark.skipif(not llama_cpp_available(), reason="llama-cpp-python missing")


@needs_llama
def test_the_default_model_writes_only_whole_words_of_its_vocabulary():
    from kgchat.chat.llamacpp import LlamaCppBackend

    be = LlamaCppBackend()
    words = ["Oslo", "Norway", "capital", "[1]", *FUNCTION]
    messages = [
        {"role": "system", "content": "Answer in one long sentence with many new details."},
        {
            "role": "user",
            "content": "Facts:\n[1] Oslo — capital of → Norway\n\nQuestion: Tell me of Oslo.",
        },
    ]
    out = "".join(be.generate(messages, prefix="Oslo", max_new_tokens=40, vocabulary=words))
    known = {w.lower() for text in words for w in re.findall(r"\w+", text)}
    assert out.strip()
    assert set(re.findall(r"\w+", out.lower())) <= known, out


def test_the_verbalised_evidence_passes_where_names_share_the_relation_words():
    kg = KnowledgeGraph.from_triples(
        [
            ("Toni_Morrison", "nobel_prize", "Nobel_Prize_in_Literature_1993"),
            ("Leipzig_University", "city", "Leipzig"),
        ]
    )
    for n, text in enumerate(
        [
            "Toni Morrison nobel prize Nobel Prize in Literature 1993 [1].",
            "Leipzig University city Leipzig [1].",
        ]
    ):
        (c,) = check(kg, text, n)
        assert c.valid == (True,), c.problems


def test_an_end_inside_another_name_is_not_said():
    """'The Kingdom of Norway' names the question's entity, not the answer Norway whose
    word it holds: the claim states nothing of the fact."""
    kg = KnowledgeGraph.from_triples([("Norway", "official_name", "Kingdom_of_Norway")])
    (c,) = check_claims(
        "The Kingdom of Norway (S [1].",
        [kg.fact(0)],
        kg=kg,
        names=graph_names(kg),
        anchors=["Kingdom of Norway"],
    )
    assert c.valid == (False,)
    (c,) = check_claims(
        "Norway's official name is Kingdom of Norway [1].",
        [kg.fact(0)],
        kg=kg,
        names=graph_names(kg),
        anchors=["Kingdom of Norway"],
    )
    assert c.valid == (True,), c.problems


def test_a_citation_said_again_and_filler_after_the_fact_fail(kg):
    (c,) = check(kg, "Ada Lovelace's father is Lord Byron [1] [1] [1].", 0)
    assert c.valid == (False, False, False)
    (c,) = check(kg, "Ada Lovelace's father is Lord Byron for you to find your [1].", 0)
    assert c.valid == (False,)


def test_a_named_end_is_said_once_whatever_its_class_is_called():
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    kg = KnowledgeGraph.from_triples(
        [
            ("TRAPPIST-1_system", "number_of_planets", "Seven"),
            ("TRAPPIST-1_system", rdf_type, "System"),
        ]
    )
    n = next(i for i in range(2) if kg.fact(i).object_label == "Seven")
    (c,) = check(kg, "The TRAPPIST-1 system has Seven planets, an other system [1].", n)
    assert c.valid == (False,)
    (c,) = check(kg, "The TRAPPIST-1 system number of planets is Seven [1].", n)
    assert c.valid == (True,), c.problems


def test_a_reply_cut_inside_a_bracket_fails_a_name_with_one_passes():
    kg = KnowledgeGraph.from_triples([("Freddie_Mercury", "member_of", "Queen_(band)")])
    (c,) = check(kg, "Freddie Mercury was a member of Queen (band) [1].", 0)
    assert c.valid == (True,), c.problems
    (c,) = check(kg, "Freddie Mercury (member) was a member of Queen (band) (s [1].", 0)
    assert c.valid == (False,)
