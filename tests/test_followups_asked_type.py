"""Follow-ups whose "it" is told by what the graph answers of each reading: of the last
turn's entities, the one whose reading the graph answers with a thing of the type the
question names ("Which department is it part of?" after "Who manages Kakadu National
Park?": the manager's, whose parent is a department; the park lies in a territory, no
department); where it answers no reading, the one it nearly answers ("Who else is in it?")."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.asked import names_type, said_type
from kgchat.chat.kinds import EntityKinds
from kgchat.pipeline import make_retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Kakadu National Park", T, "Protected Area"),
    ("Kakadu National Park", "management_authority", "Parks Australia"),
    ("Kakadu National Park", "located_in", "Northern Territory"),
    ("Uluru National Park", T, "Protected Area"),
    ("Uluru National Park", "management_authority", "Parks Australia"),
    ("Uluru National Park", "located_in", "Northern Territory"),
    ("Northern Territory", T, "Administrative Unit"),
    ("Parks Australia", T, "Formal Organization"),
    ("Parks Australia", "sub_organization_of", "Department of Climate Change and Water"),
    ("Department of Climate Change and Water", T, "Formal Organization"),
]


@pytest.fixture(scope="module")
def kg():
    return KnowledgeGraph.from_triples(TRIPLES)


@pytest.fixture(scope="module")
def retriever(kg):
    return make_retriever(kg, index_dir=None)


def test_the_type_a_question_says_and_what_it_names(retriever):
    assert said_type("Which department is it part of?") == "department"
    assert said_type("What is its commercial register number?") is None
    assert said_type("Who manages it?") is None
    kinds = EntityKinds(retriever)
    # a name's head before its preposition says what it is: a department of something
    assert names_type(kinds, "department", "Department of Climate Change and Water")
    assert not names_type(kinds, "department", "Northern Territory")


def test_it_means_the_entity_whose_reading_answers_the_asked_type(kg, retriever):
    # the graph answers the park's reading more surely (its territory, by "located in")
    park = retriever.retrieve("Which department is Kakadu National Park part of?")
    manager = retriever.retrieve("Which department is Parks Australia part of?")
    assert park.confidence > manager.confidence
    bot = ChatBot(kg, retriever=retriever, backend=TemplateBackend())
    first = bot.chat("Who manages Kakadu National Park?")
    second = bot.chat("Which department is it part of?")
    assert first.answer == "Parks Australia"
    assert second.resolved_question == "Which department is Parks Australia part of?"
    assert second.answer == "Department of Climate Change and Water"


def test_it_means_the_entity_the_graph_nearly_answers_where_it_answers_none():
    # "Who else is in it?": who asks a person and the parties are none, so the graph answers
    # neither reading; the collection's members nearly answer it, Aurora holds nothing
    kg = KnowledgeGraph.from_triples(
        [
            ("Aurora Analytics", T, "Party"),
            ("Aurora Analytics", "part_of", "Partner Programme"),
            ("Aurora Analytics", "homepage", "aurora.io"),
            ("Fjordline Logistics", T, "Party"),
            ("Fjordline Logistics", "part_of", "Partner Programme"),
            ("Mapsmith", T, "Party"),
            ("Mapsmith", "part_of", "Partner Programme"),
            ("Partner Programme", T, "Party Collection"),
            ("Licence A", "assignee", "Aurora Analytics"),
            ("Licence A", "assignee", "Partner Programme"),
        ]
    )
    bot = ChatBot(kg, retriever=make_retriever(kg, index_dir=None), backend=TemplateBackend())
    assert bot.chat("Which party collection is Aurora Analytics part of?").answer == (
        "Partner Programme"
    )
    assert bot.chat("Who else is in it?").resolved_question == "Who else is in Partner Programme?"
