"""A set's members meet the question's constraints as its first answer does (thirty-seventh
round).

"Which associated partners does NORDWIND have?" on EU project data named the project's six
participants: every one is reached the way the associated partner is (project -> role ->
organisation), and a set's members were every candidate reached that way, whatever the
retriever scored them. The retriever adds a bonus for each constraint of the question a
candidate meets (its type, a qualifier said of a junction); a member scored half a bonus or
more below the best meets fewer of them and is no answer. Here the question asks for cities
and the river also flows through villages.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.lists import members
from kgchat.retrieval import Retriever

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    # a river (a thing), the places it flows through, a person born in one
    return KnowledgeGraph.from_triples(
        [
            ("Rhine", T, "River"),
            ("Rhine", "flows_through", "Basel"),
            ("Rhine", "flows_through", "Cologne"),
            ("Rhine", "flows_through", "Rheinau"),
            ("Rhine", "flows_through", "Kaub"),
            ("Basel", T, "City"),
            ("Cologne", T, "City"),
            ("Rheinau", T, "Village"),
            ("Kaub", T, "Village"),
            ("Danube", T, "River"),
            ("Danube", "flows_through", "Vienna"),
            ("Vienna", T, "City"),
            ("Ada", T, "Person"),
            ("Ada", "born_in", "Basel"),
        ]
    )


def test_members_meeting_fewer_constraints_are_not_named(kg):
    a = ChatBot(kg, backend=TemplateBackend()).ask("Which cities does the Rhine flow through?")
    assert sorted(a.answers) == ["Basel", "Cologne"], a.text
    assert "more" not in a.text  # the villages are no answers, so not counted as more either


def test_members_of_one_score_are_all_named(kg):
    # no type asked: every place the river flows through meets what is asked
    a = ChatBot(kg, backend=TemplateBackend()).ask("What does the Rhine flow through?")
    assert sorted(a.answers) == ["Basel", "Cologne", "Kaub", "Rheinau"], a.text


def test_a_member_a_whole_bonus_below_is_cut_and_not_counted(kg):
    res = Retriever(kg).retrieve("Which cities does the Rhine flow through?")
    found = members(kg, res, res.candidates[0], as_set=True, limit=1)
    assert [c.label for c in found.members] == ["Basel"]
    assert found.more == 1  # Cologne; the villages are no more answers
