"""Words of the question that name two entities cite one path (thirty-seventh round).

A forum thread and its first post carry the same title, so "Which forum is 'Oak finish'
posted in?" links both. The answer, the thread's forum, is reached from each: from the thread
by one fact, from the post through the thread. Both paths were cited as if the question named
two entities, and the reply read "Woodshop: Oak finish has container Woodshop [1]; Oak finish
container of Oak finish [2]; Woodshop container of Oak finish [3]": a thread that contains
itself, to a reader, and the same fact twice. One reading of the same words is cited; two
entities the question names apart still are each cited.
"""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.reply_check import check_reply

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
L = "http://www.w3.org/2000/01/rdf-schema#label"


def _kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(
        [
            ("t1", L, '"Oak finish"'),
            ("t1", T, "Thread"),
            ("p1", L, '"Oak finish"'),
            ("p1", T, "Post"),
            ("t1", "has_container", "Woodshop"),
            ("Woodshop", "container_of", "t1"),
            ("t1", "container_of", "p1"),
            ("Woodshop", T, "Forum"),
            ("Bench", T, "Forum"),
            ("p1", "has_creator", "Ada"),
            ("Ada", T, "Person"),
            ("Ada", "based_near", "Oslo"),
            ("Oslo", T, "City"),
        ]
    )


def test_one_reading_of_the_same_words_is_cited():
    bot = ChatBot(_kg(), backend=TemplateBackend())
    a = bot.ask("Which forum is 'Oak finish' posted in?")
    assert a.answer == "Woodshop", a.text
    assert len(a.facts) == 1, a.text
    assert "Oak finish container of Oak finish" not in a.text
    check = check_reply(bot.kg, a)
    assert check.supported and check.valid == check.cited >= 1


def test_two_entities_named_apart_are_each_cited():
    kg = KnowledgeGraph.from_triples(
        [
            ("Ada", T, "Person"),
            ("Ben", T, "Person"),
            ("Ada", "wrote", "Oak finish"),
            ("Ben", "wrote", "Oak finish"),
            ("Ada", "wrote", "Pine"),
        ]
    )
    bot = ChatBot(kg, backend=TemplateBackend())
    a = bot.ask("What did both Ada and Ben write?")
    assert a.answer == "Oak finish", a.text
    assert {f.subject_label for f in a.facts} == {"Ada", "Ben"}, a.text
