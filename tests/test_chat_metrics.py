"""The claim check and the chat metrics built on it: crafted bad replies must fail them."""

from __future__ import annotations

import json

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, ChatConfig
from kgchat.chat.claims import check_claims, graph_names
from kgchat.chat.reply_check import check_reply
from kgchat.evaluation import evaluate_chat, read_questions
from tests.test_chat import Scripted

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Ada", "taught", "Ben"),
    ("Ben", "born_in", "Oslo"),
    ("Pluto", RDF_TYPE, "Planet"),
    ("Margherita", "hasTopping", "Tomato"),
    ("Margherita", "hasTopping", "Mozzarella"),
    ("Margherita", "hasTopping", "Basil"),
    ("Italy", "capital", "Rome"),
    ("Ben", "plays_for_country", "Norway"),
    ("Talk_One", "is_sub_event_of", "Session_A"),
    ("Norway", "official_name", "Kingdom_of_Norway"),
    ("HD_209458", "constellation", "Pegasus"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


def facts(kg, *subjects_objects):
    """The graph's facts between the given (subject, object) pairs, in that order."""
    every = [kg.fact(i) for i in range(len(TRIPLES))]
    return [f for pair in subjects_objects for f in every if (f.subject, f.object) == pair]


def check(kg, text, given, **kw):
    return check_claims(text, given, kg=kg, names=graph_names(kg), **kw)


# ---------------------------------------------------------------- the check, failure by failure
def test_a_citation_of_a_fact_that_does_not_support_the_sentence(kg):
    given = facts(kg, ("Ada", "Ben"), ("Ben", "Oslo"))
    (bad,) = check(kg, "Ben was born in Oslo [1].", given)
    assert bad.valid == (False,) and not bad.contradiction
    (good,) = check(kg, "Ben was born in Oslo [2].", given)
    assert good.valid == (True,) and good.problems == ()
    # one fact of a group on no path between the named entities fails alone
    (pair,) = check(kg, "Ada taught Ben [1][2].", given)
    assert pair.valid == (True, False)


def test_wrong_direction_is_a_contradiction(kg):
    given = facts(kg, ("Ada", "Ben"))
    for right in ["Ada taught Ben [1].", "Ben was taught by Ada [1].", "Ben, taught by Ada [1]."]:
        (c,) = check(kg, right, given)
        assert c.valid == (True,) and not c.contradiction, right
    for wrong in [
        "Ben taught Ada [1].",
        "Ada was taught by Ben [1].",
        "Ben was taught by Ben [1].",
    ]:
        (c,) = check(kg, wrong, given)
        assert c.valid == (False,) and c.contradiction, wrong
        assert "[1] is stated the wrong way round" in c.problems
    # "of" after a noun relation turns it round as "by" does after a verb
    given = facts(kg, ("Italy", "Rome"))
    assert check(kg, "Rome is the capital of Italy [1].", given)[0].valid == (True,)
    assert check(kg, "Italy's capital is Rome [1].", given)[0].valid == (True,)
    assert check(kg, "Italy is the capital of Rome [1].", given)[0].contradiction
    # ... but not after a phrase of several words, where the verb keeps the direction
    (c,) = check(kg, "Ben plays for the country of Norway [1].", facts(kg, ("Ben", "Norway")))
    assert c.valid == (True,) and not c.contradiction
    # after an article a phrase of several words turns too ("the official name of"); a
    # preposition before it places the first in the second's ("in the constellation of")
    given = facts(kg, ("Norway", "Kingdom_of_Norway"))
    assert check(kg, "Kingdom of Norway is the official name of Norway [1].", given)[0].valid == (
        True,
    )
    assert check(kg, "Norway is the official name of Kingdom of Norway [1].", given)[
        0
    ].contradiction
    given = facts(kg, ("HD_209458", "Pegasus"))
    assert check(kg, "HD 209458 is in the constellation of Pegasus [1].", given)[0].valid == (True,)
    assert check(kg, "Pegasus is in the constellation of HD 209458 [1].", given)[0].contradiction
    # a phrase of several words ending in its own "of", said in full, keeps the direction
    given = facts(kg, ("Talk_One", "Session_A"))
    (c,) = check(kg, "Talk One is sub event of Session A [1].", given)
    assert c.valid == (True,) and not c.contradiction
    assert check(kg, "Session A is sub event of Talk One [1].", given)[0].contradiction


def test_negating_a_cited_fact_is_a_contradiction(kg):
    given = facts(kg, ("Pluto", "Planet"))
    (c,) = check(kg, "Pluto is a planet, not a planet [1].", given)
    assert c.contradiction and c.valid == (False,)
    (c,) = check(kg, "Ada didn't teach Ben [1].", facts(kg, ("Ada", "Ben")))
    assert c.contradiction
    (c,) = check(kg, "Pluto is a planet [1].", given)
    assert c.valid == (True,) and not c.contradiction


def test_an_entity_no_given_fact_holds(kg):
    given = facts(kg, ("Margherita", "Tomato"))
    (c,) = check(kg, "Margherita has topping Tomato from Italy [1].", given)
    assert c.valid == (False,)
    assert "names italy, which no given fact holds" in c.problems
    # without the graph's names the invention still shows, as words no fact says
    (c,) = check_claims("Italy has been named as the origin of Margherita [1].", given)
    assert c.valid == (False,) and any(p.startswith("says") for p in c.problems)
    # a word of the graph that only repeats the cited relation is no entity
    (c,) = check(kg, "Margherita has topping Tomato [1].", given)
    assert c.valid == (True,)


def test_repetition(kg):
    given = facts(
        kg, ("Margherita", "Tomato"), ("Margherita", "Mozzarella"), ("Margherita", "Basil")
    )
    (c,) = check(kg, "Margherita — has topping topping [1][2][3].", given)
    assert c.valid == (False, False, False) and "repeats itself" in c.problems
    claims = check(
        kg, "Margherita has topping Tomato [1]. Margherita has topping Tomato [1].", given
    )
    assert [c.valid for c in claims] == [(True,), (False,)]
    (c,) = check(kg, "Margherita has topping Tomato, Mozzarella and Basil [1][2][3].", given)
    assert c.valid == (True, True, True) and c.problems == ()


def test_a_citation_of_no_given_fact(kg):
    (c,) = check(kg, "Ada taught Ben [1][4].", facts(kg, ("Ada", "Ben")))
    assert c.valid == (True, False) and c.problems == ("[4] is no given fact",)


def test_two_hop_answer_cites_its_path(kg):
    given = facts(kg, ("Ada", "Ben"), ("Ben", "Oslo"))
    (c,) = check(kg, "Oslo is the answer [1][2].", given, anchors=["Ada"])
    assert c.valid == (True, True)
    (c,) = check(kg, "Oslo is the answer [1][2].", given)  # Ada: neither named nor asked
    assert c.valid == (False, True)


# ---------------------------------------------------------------- the metrics can fail
def qa_file(tmp_path, *questions):
    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        "".join(json.dumps({"question": q, "answers": [a]}) + "\n" for q, a in questions),
        encoding="utf-8",
    )
    return read_questions(qa)[0]


def metrics(kg, reply, items, claim_check=False, context_facts=0):
    cfg = ChatConfig(claim_check=claim_check, context_facts=context_facts)
    bot = ChatBot(kg, backend=Scripted(reply), config=cfg)
    return evaluate_chat(bot, items, progress=False).metrics


def test_citation_validity_fails_on_a_bad_reply_the_guard_keeps(kg, tmp_path):
    items = qa_file(tmp_path, ("Who was taught by Ada?", "Ben"))
    # every word is the facts' own: without the claim check the reply guard keeps the reverse
    # of fact [1], and the metrics must see it
    cfg = ChatConfig(claim_check=False, context_facts=12)  # facts off the answer's path too
    bot = ChatBot(kg, backend=Scripted("taught Ada [1]."), config=cfg)
    a = bot.ask(items[0].question)
    assert a.text == "Ben taught Ada [1]." and a.raw_text == a.text and not a.abstained
    m = metrics(kg, "taught Ada [1].", items)
    assert m["citation_validity"] == 0.0 and m["raw_citation_validity"] == 0.0
    assert m["contradiction_rate"] == 1.0 and m["repair_rate"] == 0.0
    assert m["hits_at_1"] == 1.0  # the answer's words are there: only the claim check sees it
    # a citation of a true fact off the answer's path: valid, yet the answer is unsupported
    n = 1 + [f.object for f in a.given].index("Oslo")
    m = metrics(kg, f"was born in Oslo [{n}].", items, context_facts=12)
    assert m["citation_validity"] == 1.0 and m["supported_answer_rate"] == 0.0
    # the good reply passes every check
    m = metrics(kg, "was taught by Ada [1].", items)
    assert m["citation_validity"] == 1.0 and m["raw_citation_validity"] == 1.0
    assert m["supported_answer_rate"] == 1.0 and m["contradiction_rate"] == 0.0
    assert m["repair_rate"] == 0.0


def test_the_claim_check_replaces_the_bad_reply_and_the_metrics_say_so(kg, tmp_path):
    items = qa_file(tmp_path, ("Who was taught by Ada?", "Ben"))
    a = ChatBot(kg, backend=Scripted("taught Ada [1].")).ask(items[0].question)
    assert a.text == "Ben: Ada taught Ben [1]." and a.dropped == ["Ben taught Ada [1]"]
    m = metrics(kg, "taught Ada [1].", items, claim_check=True)
    assert m["raw_citation_validity"] == 0.0 and m["citation_validity"] == 1.0
    assert m["contradiction_rate"] == 0.0 and m["repair_rate"] == 1.0


def test_raw_validity_is_measured_before_the_repair(kg, tmp_path):
    items = qa_file(tmp_path, ("Who was taught by Ada?", "Ben"), ("Who is Zeus?", "nobody"))
    m = metrics(kg, "was taught by Ada [1][9].", items)
    assert m["raw_citation_validity"] == 0.5  # [9] was given to no one
    assert m["citation_validity"] == 1.0 and m["repair_rate"] == 1.0  # the guard dropped it
    assert m["supported_answer_rate"] == 1.0 and m["abstention_rate"] == 0.5


def test_check_reply_without_a_graph(kg):
    bot = ChatBot(kg, backend=Scripted("taught Ada [1]."), config=ChatConfig(claim_check=False))
    a = bot.ask("Who was taught by Ada?")
    r = check_reply(None, a)
    assert (r.valid, r.cited, r.contradiction, r.supported) == (0, 1, True, True)


def test_graph_names_follow_the_graph():
    kg = KnowledgeGraph.from_triples([("Ada", "taught", "Ben")])
    assert ("ada",) in graph_names(kg) and ("oslo",) not in graph_names(kg)
    kg.add("Ben", "born_in", "Oslo")
    assert ("oslo",) in graph_names(kg)  # a changed graph is read again
    other = KnowledgeGraph.from_triples([("Eve", "taught", "Max")])
    assert ("ada",) not in graph_names(other)


def test_the_models_own_claims_are_measured_before_the_repair(kg, tmp_path):
    # a small model cites nothing and invents ("Lumora Lighting, Inc., is a company that ...
    # [no citation]"): the guard replaces the reply by the evidence, so every final-reply
    # figure is perfect; the raw claim figures must still see the invention and the reversal
    items = qa_file(tmp_path, ("Who was taught by Ada?", "Ben"))
    m = metrics(kg, "is a famous painter from Italy.", items, claim_check=True)
    assert m["raw_citation_validity"] is None  # nothing cited by the model
    assert m["raw_claim_validity"] == 0.0 and m["raw_contradiction_rate"] == 0.0
    assert m["citation_validity"] == 1.0 and m["supported_answer_rate"] == 1.0
    assert m["repair_rate"] == 1.0
    m = metrics(kg, "taught Ada.", items, claim_check=True)
    assert m["raw_claim_validity"] == 0.0 and m["raw_contradiction_rate"] == 1.0
    assert m["contradiction_rate"] == 0.0  # the guard dropped it
    # a good uncited reply passes, read with the answer's supporting fact
    m = metrics(kg, "was taught by Ada.", items, claim_check=True)
    assert m["raw_claim_validity"] == 1.0 and m["raw_contradiction_rate"] == 0.0
    # the answer alone states nothing: no claim to count
    m = metrics(kg, ":", items, claim_check=True)
    assert m["raw_claim_validity"] is None and m["raw_contradiction_rate"] == 0.0


def test_a_raw_citation_of_a_fact_the_model_was_not_shown_is_no_valid_one(kg, tmp_path):
    """The model reads only the answer's support (``context_facts`` 0): a citation of another
    given fact's number is a guess, though the fact holds the sentence (forty-fifth round: it
    had counted as a valid raw citation)."""
    items = qa_file(tmp_path, ("Who was taught by Ada?", "Ben"))
    a = ChatBot(kg, backend=Scripted("was taught by Ada [1].")).ask(items[0].question)
    n = 1 + [f.object for f in a.given].index("Oslo")
    reply = f"was taught by Ada [1]; Ben was born in Oslo [{n}]."
    m = metrics(kg, reply, items)
    assert m["raw_citation_validity"] == 0.5 and m["citation_validity"] == 1.0
    m = metrics(kg, reply, items, context_facts=12)  # shown, the same citation holds
    assert m["raw_citation_validity"] == 1.0
    assert a.shown == [1] and len(a.given) > 1


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of France?",  # names nothing of the graph
        "Who discovered Oslo?",  # no fact answers it
        "Where did he die?",  # asked back: no one said so far
    ],
)
def test_an_abstentions_first_text_is_timed(kg, question):
    """An abstention is a reply: its first text is timed as an answer's, so the chat metrics'
    ``first_text_p50_ms`` is over every reply (forty-sixth round: abstentions, asked-back
    pronouns included, had no ``first_text`` and were left out of it)."""
    a = ChatBot(kg, backend=Scripted("x")).chat(question)
    assert a.abstained and "first_text" in a.timings
