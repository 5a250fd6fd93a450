"""The claim check on the chatbot's own verbalised evidence: what the facts say, said in their
words, passes it, and each bad reply still fails it (a metric that can fail, and does not fail
the truth).

Each case was a citation the check rejected in a template reply on graphs of our own
(bench/bench_chat_own.py, twenty-fourth round): a value answer ("tier 1", "rating 6.0"), an
answer ending in a digit before its colon ("Ridgeback 2: ..."), relation words read as part of
a longer name ("brand Lipitor" where a given fact holds the identifier "brand-lipitor"), two
facts that read alike said twice, two relation phrases joined with a word twice.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.claims import check_claims
from kgchat.chat.guard import evidence_text
from kgchat.chat.reply_check import check_reply


def _valid(text, kg, given=None):
    given = given if given is not None else [kg.fact(i) for i in range(len(kg))]
    return [(c.valid, c.problems) for c in check_claims(text, given, kg=kg) if c.citations]


def test_a_value_the_claim_says_is_named():
    kg = KnowledgeGraph.from_triples([("payments-gateway", "tier", "1"), ("film", "rating", "6.0")])
    assert _valid("1: payments-gateway tier 1 [1]. The film has rating 6.0 [2].", kg) == [
        ((True,), ()),
        ((True,), ()),
    ]
    # a value the claim does not say is still loose
    [(valid, problems)] = _valid("payments-gateway has a tier [1].", kg)
    assert valid == (False,) and "holds 1" in problems[0]


def test_an_answer_ending_in_a_digit_is_split_from_its_evidence_at_the_colon():
    kg = KnowledgeGraph.from_triples([("Ridgeback 2", "category", "Tents")])
    claims = check_claims("Ridgeback 2: Ridgeback 2 category Tents [1].", [kg.fact(0)], kg=kg)
    assert [(c.text, c.valid) for c in claims] == [
        ("Ridgeback 2", ()),
        ("Ridgeback 2 category Tents", (True,)),
    ]


def test_relation_words_beside_a_known_name_say_the_relation():
    kg = KnowledgeGraph.from_triples(
        [("Atorvastatin", "brand", "Lipitor"), ("Lipitor", "identifier", "brand-lipitor")]
    )
    given = [kg.fact(0), kg.fact(1)]
    assert _valid("Atorvastatin brand Lipitor [1].", kg, given) == [((True,), ())]
    # the identifier, said with its own relation, is the identifier
    assert _valid("Lipitor identifier brand-lipitor [2].", kg, given) == [((True,), ())]
    # and words the cited fact does not say are still caught
    [(valid, problems)] = _valid("Atorvastatin identifier brand-lipitor [1].", kg, given)
    assert valid == (False,) and "identifier" in problems[0]


def test_facts_that_read_alike_are_said_once_citing_both():
    kg = KnowledgeGraph.from_triples(
        [
            ("Vienna", "http://a.org/country", "Austria"),
            ("Vienna", "http://b.org/country", "Austria"),
        ]
    )
    text = evidence_text([(1, kg.fact(0)), (2, kg.fact(1))])
    assert text == "Vienna country Austria [1][2]"
    assert _valid(text, kg) == [((True, True), ())]
    # said twice, the claim repeats itself
    assert "repeats itself" in _valid(text + "; Vienna country Austria [2]", kg)[1][1]


def test_a_hop_through_an_unnamed_node_says_an_overlapping_word_once():
    kg = KnowledgeGraph.from_triples(
        [("Stove", "aggregate_rating", "_:r1"), ("_:r1", "rating_value", "3.5")]
    )
    facts = [kg.fact(0), kg.fact(1)]
    text = evidence_text([(1, facts[0]), (2, facts[1])])
    assert "rating rating" not in text
    assert _valid(text, kg, facts) == [((True, True), ())]


@pytest.mark.parametrize(
    "question",
    ["What tier is payments-gateway?", "Which category is Ridgeback 2 in?"],
)
def test_template_replies_cite_validly(question):
    kg = KnowledgeGraph.from_triples(
        [("payments-gateway", "tier", "1"), ("Ridgeback 2", "category", "Tents")]
    )
    a = ChatBot(kg, backend=TemplateBackend()).ask(question)
    check = check_reply(kg, a)
    assert not a.abstained and check.cited and check.valid == check.cited, a.text


def test_a_list_never_names_the_entity_asked_about():
    # bio2rdf: "what gene codes for the target of ACE inhibitors" named "ACE [1] and
    # Angiotensin-converting enzyme [1]", the enzyme being the entity "ACE" linked to
    import dataclasses

    from kgchat.chat.lists import members
    from kgchat.mention import Mention
    from kgchat.retrieval import Retriever

    kg = KnowledgeGraph.from_triples(
        [("Ann", "child_of", "Paul"), ("Bob", "child_of", "Paul"), ("Cid", "child_of", "Paul")]
    )
    res = Retriever(kg).retrieve("Who are the children of Paul?")
    assert {c.label for c in members(kg, res, res.candidates[0], as_set=True, limit=5).members} == {
        "Ann",
        "Bob",
        "Cid",
    }
    bob = Mention("Bob", 0, 1, "Bob", 1.0)
    asked = dataclasses.replace(res, mentions=[*res.mentions, bob])
    chosen = next(c for c in res.candidates if c.node != "Bob")
    found = members(kg, asked, chosen, as_set=True, limit=5)
    assert "Bob" not in {c.label for c in found.members} and len(found.members) == 2


def test_the_count_of_more_leaves_out_the_entity_asked_about():
    # moviekb: "Which films did the director of Harbor of Trieste also make?" named 10 of his
    # 11 other films "and 2 more", counting Harbor of Trieste itself
    from kgchat.chat.lists import members
    from kgchat.retrieval import Retriever

    films = ["Film A", "Film B", "Film C", "Film D"]
    kg = KnowledgeGraph.from_triples([(f, "directed_by", "Xenia") for f in films])
    res = Retriever(kg).retrieve("Which films did the director of Film A make?")
    assert [m.node for m in res.mentions] == ["Film A"]
    found = members(kg, res, res.candidates[0], as_set=True, limit=2)
    assert len(found.members) == 2 and found.more == 1  # B, C named; D more; A is asked


@pytest.mark.parametrize("continuation", [":", ",", "[1]:"])
def test_a_reply_of_the_answer_alone_gets_its_evidence(continuation):
    # itops: "what team is Ada Okafor on" was answered "Payments: [1]."
    from kgchat.chat import ChatConfig
    from tests.test_chat import Scripted

    kg = KnowledgeGraph.from_triples([("Ada", "taught", "Ben"), ("Ben", "born_in", "Oslo")])
    bot = ChatBot(kg, backend=Scripted(continuation), config=ChatConfig())
    a = bot.ask("Who was taught by Ada?")
    assert a.text == "Ben: Ada taught Ben [1]."


def test_a_chain_of_unnamed_nodes_is_said_as_one_and_passes_the_check():
    # shop: "54.90: Emberline Flicker Stove offers, price specification (anonymous s0_b62)
    # [1][2]; (anonymous s0_b62) price 54.90 [3]."
    kg = KnowledgeGraph.from_triples(
        [
            ("Stove", "offers", "_:o"),
            ("_:o", "price_specification", "_:p"),
            ("_:p", "price", "54.90"),
        ]
    )
    facts = [kg.fact(i) for i in range(3)]
    text = evidence_text([(3, facts[2]), (1, facts[0]), (2, facts[1])])
    assert text == "Stove offers, price specification, price 54.90 [1][2][3]"
    assert "anonymous" not in text
    assert _valid(text, kg, facts) == [((True, True, True), ())]


def test_a_fact_copied_in_the_prompts_notation_is_said_in_words():
    # itops: "INC-2041 – AFFECTED → checkout [1]." reached the user as the model wrote it
    from kgchat.chat import ChatConfig
    from tests.test_chat import Scripted

    kg = KnowledgeGraph.from_triples([("Ada", "taught", "Ben"), ("Ben", "born_in", "Oslo")])
    bot = ChatBot(kg, backend=Scripted("— taught → Ben [1]."), config=ChatConfig())
    a = bot.ask("Who taught Ben?")
    assert a.text == "Ada taught Ben [1]." and a.dropped == []
