"""Chatting loses nothing against retrieval (issue 13, thirty-fifth round).

- the chatbot had a threshold of its own on the best candidate's score (0.25, above which a
  retrieval that did not abstain still had to be): "Which products contain paracetamol?" was
  right in retrieval and abstained on in chat; now the chatbot abstains where the retrieval
  does, and a question the retrieval abstains on is still abstained on;
- a list of 42 tied right answers (WC2014's midfielders) was cut to 40;
- "list the NSAIDs", a class whose own synonym is plural, was described instead of listed.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, ChatConfig, TemplateBackend
from kgchat.chat.config import confidence_of
from kgchat.chat.describe import is_class, named_in_plural
from kgchat.chat.lists import Members, list_reply, members
from kgchat.graph.vocab import RDF_TYPE, RDFS_SUBCLASS
from kgchat.retrieval import Candidate, Retriever

DRUGS = [
    ("paracetamol", "is_active_ingredient_of", "Calvora Extra Strength"),
    ("paracetamol", "is_active_ingredient_of", "Brevexa Night"),
    ("ibuprofen", "is_active_ingredient_of", "Fenvia"),
    ("Calvora Extra Strength", "manufactured_by", "Nordhaven Pharma"),
    ("Brevexa Night", "manufactured_by", "Castell Labs"),
    ("Fenvia", "manufactured_by", "Castell Labs"),
    ("paracetamol", "has_role", "analgesic"),
    ("ibuprofen", "has_role", "analgesic"),
]


@pytest.fixture(scope="module")
def drugs():
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(DRUGS)
    return kg, make_retriever(kg)


def test_the_chatbot_answers_what_the_retrieval_answers_and_abstains_where_it_does(drugs):
    kg, retriever = drugs
    bot = ChatBot(kg, retriever, TemplateBackend())
    # "medicines" is no word of the graph: the retrieval's best path scores low (0.16 when
    # written, a confidence of 0.15, under the chatbot's old 0.25) and is right
    right = "Which medicines contain paracetamol?"
    res = retriever.retrieve(right)
    assert not res.abstained
    a = bot.ask(right)
    assert not a.abstained
    assert a.answer == res.candidates[0].label
    assert set(a.answers) == {"Calvora Extra Strength", "Brevexa Night"}
    # the old threshold kept it back (the test can fail): a stricter chatbot still may
    if confidence_of(res.candidates[0].score) < 0.25:
        assert (
            ChatBot(kg, retriever, TemplateBackend(), ChatConfig(min_confidence=0.25))
            .ask(right)
            .abstained
        )
    # what the graph does not say is abstained on, in both
    for q in ("What is the price of Fenvia?", "What does ibuprofen do?"):
        res = retriever.retrieve(q)
        assert res.abstained, q
        assert bot.ask(q).abstained, q


def test_a_list_names_every_tied_answer_up_to_fifty():
    assert ChatConfig().max_list >= 42
    found = Members([Candidate(f"p{i}", f"Player {i}", 1.0) for i in range(42)], 0)
    text, named = list_reply(found, lambda c: [int(c.node[1:]) + 1])
    assert len(named) == 42 and "more" not in text
    kg = KnowledgeGraph.from_triples([("England", "has_midfielder", f"P{i}") for i in range(45)])
    res = Retriever(kg).retrieve("Which midfielders does England have?")
    got = members(kg, res, res.candidates[0], as_set=True, limit=ChatConfig().max_list)
    assert len(got.members) == 45 and got.more == 0
    # past the limit the rest is counted, not named
    got = members(kg, res, res.candidates[0], as_set=True, limit=40)
    assert len(got.members) == 40 and got.more == 5


E = "http://e.org/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


def _pharmacology():
    return KnowledgeGraph.from_triples(
        [
            (E + "NSAID", RDFS_SUBCLASS, E + "drug"),
            (E + "NSAID", LABEL, '"non-steroidal anti-inflammatory drug"'),
            (E + "NSAID", ALT, '"NSAIDs"'),
            (E + "ibuprofen", RDF_TYPE, E + "NSAID"),
            (E + "aspirin", RDF_TYPE, E + "NSAID"),
            (E + "ibuprofen", LABEL, '"ibuprofen"'),
            (E + "aspirin", LABEL, '"aspirin"'),
            (E + "TheBeatles", RDF_TYPE, E + "band"),
            (E + "TheBeatles", LABEL, '"The Beatles"'),
            (E + "band", LABEL, '"band"'),
            (E + "drug", LABEL, '"drug"'),
            (E + "pancreas", RDFS_SUBCLASS, E + "organ"),
            (E + "pancreas", LABEL, '"pancreas"'),
            (E + "pancreas", E + "secretes", E + "insulin"),
        ]
    )


def test_a_class_named_by_a_plural_name_of_its_own_asks_for_its_members():
    kg = _pharmacology()
    r = Retriever(kg)
    assert is_class(kg, E + "NSAID") and not is_class(kg, E + "TheBeatles")
    assert named_in_plural(kg, r.retrieve("list the NSAIDs"))
    # a plural name of an individual is its name: described, not listed
    assert not named_in_plural(kg, r.retrieve("Tell me about The Beatles"))
    # nor is a class whose name ends in an "s" that is no plural
    assert is_class(kg, E + "pancreas")
    assert not named_in_plural(kg, r.retrieve("Tell me about the pancreas"))
    bot = ChatBot(kg, r, TemplateBackend())
    a = bot.ask("list the NSAIDs")
    assert {"ibuprofen", "aspirin"} <= set(a.answers or [a.answer]), a.text
    d = bot.ask("Tell me about The Beatles")
    assert "band" in d.text
