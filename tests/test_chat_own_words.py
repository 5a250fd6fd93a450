"""The model's own words in a reply: the claim check judges a restatement by its meaning (a
name's short form, a relation written as one word) and still fails what misstates its fact; the
model decodes from the words of its facts, one sentence, after worked examples."""

from __future__ import annotations

import pytest

from kgchat.chat import ChatBot, ChatConfig
from kgchat.chat.claims import check_claims
from kgchat.chat.prompts import PromptTemplates
from kgchat.chat.reply import sentence_end
from kgchat.chat.vocabulary import reply_vocabulary
from kgchat.graph import KnowledgeGraph
from kgchat.graph.vocab import RDF_TYPE
from kgchat.models import llama_cpp_available

MARIE, QUEEN = "Marie Curie, née Sklodowska", "Queen (band)"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            ("Marie Curie, née Sklodowska", "birth_place", "Warsaw"),
            ("Queen (band)", "member", "Freddie Mercury"),
            ("Eagles (band)", "member", "Don Felder"),
            ("Eagles", "genus_of", "Golden eagle"),
            ("Bob", RDF_TYPE, "Teacher"),
            ("Warsaw", "capital_of", "Poland"),
        ]
    )


def _fact(kg: KnowledgeGraph, subject: str):
    return next(f for f in kg.facts() if f.subject_label == subject)


def _one(kg: KnowledgeGraph, text: str, subject: str):
    (c,) = check_claims(text, [_fact(kg, subject)], kg=kg)
    return c


@pytest.mark.parametrize(
    "text",
    [
        "Marie Curie's birthplace is Warsaw [1].",  # short form, the relation as one word
        "Warsaw is the birthplace of Marie Curie [1].",  # turned round by "of"
        "Marie Curie's birth place is Warsaw [1].",
        "The member of Queen is Freddie Mercury [1].",
    ],
)
def test_a_true_restatement_passes(kg, text):
    c = _one(kg, text, "Queen (band)" if "Queen" in text else "Marie Curie, née Sklodowska")
    assert c.valid == (True,) and not c.contradiction, c.problems


@pytest.mark.parametrize(
    "text, fact, contradiction",
    [
        ("Warsaw's birthplace is Marie Curie [1].", MARIE, True),  # the wrong way round
        ("Marie Curie's birthplace is not Warsaw [1].", MARIE, True),  # negated
        ("Marie Curie's birthplace is Krakow [1].", MARIE, False),  # no fact holds Krakow
        ("Queen (band) was Freddie Mercury in [1].", QUEEN, False),  # both ends, no relation
        ("Marie Curie's birthplace is Warsaw Warsaw [1].", MARIE, False),  # repeats itself
    ],
)
def test_a_misstatement_still_fails(kg, text, fact, contradiction):
    c = _one(kg, text, fact)
    assert c.valid == (False,) and c.contradiction is contradiction, c.problems


def test_a_long_run_said_twice_is_repetition(kg):
    c = _one(
        kg,
        "Freddie Mercury is a member of the Queen band is a member of the Queen band [1].",
        QUEEN,
    )
    assert c.valid == (False,) and "repeats itself" in c.problems


def test_a_short_form_that_is_another_name_means_that_one(kg):
    """ "Eagles" is an entity of its own: "Eagles" in a claim citing "Eagles (band)" is not the
    band, so the band's fact is not stated by it."""
    given = [_fact(kg, "Eagles (band)"), _fact(kg, "Eagles")]
    (c,) = check_claims("Don Felder is a member of Eagles [1].", given, kg=kg)
    assert c.valid == (False,)


def test_a_class_is_said_by_a_copula(kg):
    assert _one(kg, "Bob is a Teacher [1].", "Bob").valid == (True,)


def test_the_vocabulary_is_the_shown_facts_words(kg):
    given = [_fact(kg, MARIE), _fact(kg, "Warsaw")]
    words = reply_vocabulary(kg, given, [1])
    assert {"Marie Curie, née Sklodowska", "Sklodowska", "birth", "place", "Warsaw", "[1]"} <= set(
        words
    )
    assert "Poland" not in words and "[2]" not in words  # a fact not shown
    assert not {"not", "never", "no"} & set(words)  # a restatement denies nothing


def test_the_reply_ends_with_its_sentence():
    assert sentence_end("Ulm: Ulm is in Germany [1] at Ulm [1]") == len(
        "Ulm: Ulm is in Germany [1]"
    )
    assert sentence_end("1968: Martin Luther King Jr. was") is None
    assert sentence_end("A: B [1][2]") is None


def test_worked_examples_come_before_the_question():
    t = PromptTemplates.load()
    assert t.examples, "the default templates carry worked examples"
    roles = [m["role"] for m in t.messages("Where is Oslo?", ["Oslo — country → Norway"])]
    assert roles == ["system", *["user", "assistant"] * len(t.examples), "user"]
    for user, reply in t.examples:  # each example's reply cites a fact its prompt numbers
        assert "[1]" in user and reply.rstrip(".").endswith("]")


needs_llama = pytest.mark.skipif(not llama_cpp_available(), reason="llama-cpp-python missing")


@needs_llama
def test_the_default_model_keeps_its_words_on_a_plain_fact():
    """SmolLM2-135M restates a fact the check passes, where before it invented around it."""
    from kgchat.chat.llamacpp import LlamaCppBackend

    kg = KnowledgeGraph.from_triples([("Ernest Rutherford", "birth_place", "Nelson")])
    bot = ChatBot(kg, backend=LlamaCppBackend(), config=ChatConfig(evidence_words=True))
    a = bot.ask("Where was Ernest Rutherford born?")
    assert a.answer == "Nelson" and not a.dropped
    assert a.text != "Nelson: Ernest Rutherford birth place Nelson [1]."  # not the fallback


def test_transformers_keeps_its_words_on_a_plain_fact():
    """The same on the transformers backend (``ChatBot``'s default), decoding under the same
    vocabulary."""
    from kgchat.chat.backends import TransformersBackend

    kg = KnowledgeGraph.from_triples([("Ernest Rutherford", "birth_place", "Nelson")])
    bot = ChatBot(kg, backend=TransformersBackend(), config=ChatConfig(evidence_words=True))
    a = bot.ask("Where was Ernest Rutherford born?")
    assert a.answer == "Nelson" and not a.dropped
    assert a.text != "Nelson: Ernest Rutherford birth place Nelson [1]."
