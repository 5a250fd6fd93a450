"""A relation named by a form of be, a participle and a preposition (``is used as``, ``is
organized in``) has for its subject what the participle is done to, as a passive question's
entity is: "What is X used as?" walks it forwards from X, "What is used as Y?" backwards from
Y. Read as an active verb with the question's copula turning it round, the one-hop answer
was voted against and X's peers (out to X's use and back) outranked it."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.phrases import expected_direction, stative_phrase
from kgchat.retrieval.question import analyze

_GRAPH = """\
Jatro|is_used_as|Energy crop
Sorgo|is_used_as|Energy crop
Cane|is_used_as|Energy crop
Neem|is_used_as|Medicinal plant
Moringa|is_used_as|Medicinal plant
Holm Bank|is_organized_in|Delaware
Pell Trust|is_organized_in|Delaware
Orly Fund|is_organized_in|Delaware
Kess Ltd|is_organized_in|Ireland
"""


def test_stative_phrases_are_told_from_verbs_and_passives():
    assert stative_phrase("is used as") and stative_phrase("is located in")
    assert not stative_phrase("is founded by")  # a passive with its agent
    assert not stative_phrase("treats") and not stative_phrase("part of")


def test_word_order_alone_says_which_way_a_stative_relation_is_walked():
    subject = analyze("Where is the Tower located?", [(2, 4)])
    obj = analyze("What is located in Paris?", [(4, 5)])
    assert expected_direction(subject, "locat", False, True) is True
    assert expected_direction(obj, "locat", False, True) is False
    # an active verb keeps the copula's turn: "When was X founded?" asks X's founding
    founded = analyze("When was the Tower founded?", [(2, 4)])
    assert expected_direction(founded, "found", False) is False


def test_the_one_hop_answer_beats_the_peers_of_the_entity(tmp_path):
    path = tmp_path / "uses.txt"
    path.write_text(_GRAPH)
    r = make_retriever(KnowledgeGraph.load(path), encoder="hashing", index_dir=None)
    assert r.retrieve("What is Jatro used as?").answer == "Energy crop"
    assert r.retrieve("Which jurisdiction is Holm Bank organized in?").answer == "Delaware"
    # the other way round, the entity is the participle's object: walked backwards
    assert r.retrieve("What is used as energy crop?").answer in {"Jatro", "Sorgo", "Cane"}
    assert r.retrieve("Which companies are organized in Delaware?").answer in {
        "Holm Bank",
        "Pell Trust",
        "Orly Fund",
    }
