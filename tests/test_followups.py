"""Follow-ups that keep their meaning, on a tiny graph with people, places and a thing."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.kinds import EntityKinds
from kgchat.retrieval import Retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Ada Lovelace", T, "Person"),
    ("Ada Lovelace", "born_in", "London"),
    ("Ada Lovelace", "died_in", "Marylebone"),
    ("Charles Babbage", T, "Person"),
    ("Charles Babbage", "born_in", "London"),
    ("London", T, "City"),
    ("Marylebone", T, "City"),
    ("Analytical Engine", T, "Machine"),
    ("Analytical Engine", "designed_by", "Charles Babbage"),
    ("Analytical Engine", "made_in", "London"),
    ("Mary Somerville", "born_in", "Jedburgh"),  # no class: a person by the relation she takes
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


def talk(kg, *messages):
    bot = ChatBot(kg, backend=TemplateBackend())
    return [bot.chat(m) for m in messages]


def test_kinds_come_from_classes_and_from_the_relations_taken(kg):
    kinds = EntityKinds(Retriever(kg))
    got = {n: kinds.kind(n) for n in ("Ada Lovelace", "London", "Analytical Engine")}
    assert got == {"Ada Lovelace": "person", "London": "place", "Analytical Engine": "thing"}
    assert kinds.kind("Mary Somerville") == "person"  # takes born_in, as people here do
    assert kinds.kind("Jedburgh") == "place"  # is born in, as places here are


def test_she_skips_the_place_that_answered_and_means_the_person(kg):
    first, second = talk(kg, "Where was Ada Lovelace born?", "Where did she die?")
    assert first.answer == "London"
    assert second.resolved_question == "Where did Ada Lovelace die?"
    assert second.answer == "Marylebone"


def test_he_means_the_person_answer_and_it_the_thing(kg):
    _, he = talk(kg, "Who designed the Analytical Engine?", "Where was he born?")
    assert he.resolved_question == "Where was Charles Babbage born?" and he.answer == "London"
    # "it" is no person: not the answer Charles Babbage, but the machine asked about
    _, it = talk(kg, "Who designed the Analytical Engine?", "Where was it made?")
    assert it.resolved_question == "Where was Analytical Engine made?" and it.answer == "London"


def test_a_pronoun_that_fits_nothing_said_asks_back(kg):
    _, back = talk(kg, "Where is the Analytical Engine made?", "When was he born?")
    assert back.clarification and back.abstained and "'he'" in back.text
    _, back = talk(kg, "Who designed the Analytical Engine?", "What was made there?")
    assert back.clarification and "'there'" in back.text
    # nothing asked yet: the question stands as it is
    (alone,) = talk(kg, "When was he born?")
    assert not alone.clarification and alone.resolved_question == "When was he born?"


def test_what_about_a_like_entity_swaps_only_the_topic(kg):
    _, about = talk(kg, "Where was Ada Lovelace born?", "What about Charles Babbage?")
    assert about.resolved_question == "Where was Charles Babbage born?"
    assert about.answer == "London"


def test_what_about_an_entity_of_another_kind_asks_its_own_relation(kg):
    _, about = talk(kg, "Where was Ada Lovelace born?", "What about the Analytical Engine?")
    # a machine is not born: the relation of it that the question fits best (a place) is asked
    assert "born" not in about.resolved_question
    assert "made in" in about.resolved_question and about.answer == "London"


def test_a_conversation_passed_in_needs_no_state(kg):
    bot = ChatBot(kg, backend=TemplateBackend())
    history = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Where was Ada Lovelace born?"},
        {"role": "assistant", "content": "London: Ada Lovelace born in London [1]."},
    ]
    a = bot.answer("Where did she die?", history=history)
    assert a.resolved_question == "Where did Ada Lovelace die?" and a.answer == "Marylebone"
    assert bot.memory.question is None  # the chatbot's own conversation is untouched
    assert bot.answer("Where did she die?").resolved_question == "Where did she die?"


# a graph with no classes at all (a TSV export): kinds come from the relations' words
PEOPLE = [
    ("Clara Voss", "spouse", "Jonas Weber"),
    ("Jonas Weber", "advisor", "Ada Blake"),
    ("Ada Blake", "place_of_birth", "Toronto"),
    ("Clara Voss", "place_of_birth", "Leipzig"),
    ("Quiet River", "author", "Kaito Mori"),
    ("Quiet River", "translated_by", "Lena Mori"),
    ("Helix Labs", "founder", "Amara Okeke"),
    ("Quanta Bio", "parent_organization", "Helix Labs"),
    ("Helix Labs", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "Organization"),
]


@pytest.fixture(scope="module")
def people():
    return KnowledgeGraph.from_triples(PEOPLE)


def test_a_relation_naming_a_kind_of_person_makes_a_person(people):
    """With no class to go by, the head word of a relation pointing at a node says its kind
    where WordNet files it under person: an advisor is one (and "she" means her)."""
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("no WordNet")
    kinds = EntityKinds(Retriever(people))
    assert kinds.kind("Ada Blake") == "person"  # Jonas Weber's advisor
    assert kinds.kind("Kaito Mori") == "person"  # Quiet River's author


def test_it_means_the_thing_just_asked_about_not_one_of_turns_before(people):
    """ "it" after "Who wrote Quiet River?" is Quiet River (its kind unknown), not the city
    two turns back that is surely no person."""
    _, _, it = talk(
        people, "Where was Clara Voss born?", "Who wrote Quiet River?", "Who translated it?"
    )
    assert it.resolved_question == "Who translated Quiet River?" and it.answer == "Lena Mori"


def test_a_message_naming_nothing_is_asked_of_the_last_entity_only_if_it_asks(people):
    """ "Thanks!" or "Hi" is no follow-up question: it is not rewritten into one about the
    last entity (which described it); a question naming nothing that the last entity answers
    nothing of ("What is the weather today?") named nothing of the graph."""
    _, thanks = talk(people, "Who founded Helix Labs?", "Thanks!")
    assert thanks.resolved_question == "Thanks!" and thanks.abstained and not thanks.facts
    assert thanks.text == ChatBot(people, backend=TemplateBackend()).templates.no_question
    _, weather = talk(people, "Who founded Helix Labs?", "What is the weather today?")
    assert weather.abstained and not weather.facts
    assert "none of its entities is mentioned" in weather.text
    assert weather.resolved_question == "What is the weather today?"


def test_is_x_a_class_answered_by_another_entity_is_no_reply(people):
    """ "Is Helix Labs a company?" (the graph has no such fact) is not answered by the
    company Helix Labs is the parent of."""
    from kgchat.pipeline import make_chatbot

    # the encoder's retriever is surer of the company (0.43) than the bare one (0.10)
    bot = make_chatbot(people, backend="template", index_dir=None, progress=False)
    a = bot.ask("Is Helix Labs a company?")
    assert a.abstained and a.answer is None and "Quanta" not in a.text


def test_he_and_she_follow_the_gender_the_graph_gives():
    """ "Who is the spouse of Kaito Mori?" / "Where was he born?": the answer Lena Mori is a
    person, but her facts say female; "he" is Kaito Mori, whose facts say male."""
    from kgchat.wordnet import wordnet

    if wordnet() is None:
        pytest.skip("no WordNet")
    kg = KnowledgeGraph.from_triples(
        [
            ("Kaito Mori", "spouse", "Lena Mori"),
            ("Lena Mori", "spouse", "Kaito Mori"),
            ("Kaito Mori", "gender", "male"),
            ("Lena Mori", "gender", "female"),
            ("Kaito Mori", "place_of_birth", "Osaka"),
            ("Lena Mori", "place_of_birth", "Kyoto"),
        ]
    )
    married, he = talk(kg, "Who is the spouse of Kaito Mori?", "Where was he born?")
    assert married.answer == "Lena Mori"
    assert he.resolved_question == "Where was Kaito Mori born?" and he.answer == "Osaka"
    _, she = talk(kg, "Who is the spouse of Kaito Mori?", "Where was she born?")
    assert she.resolved_question == "Where was Lena Mori born?" and she.answer == "Kyoto"
