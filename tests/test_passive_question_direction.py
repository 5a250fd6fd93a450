"""A question in the passive that names its entity after the verb and a preposition of source
or means ("What is generated *from* X?", "What is treated *with* X?") makes the entity the
verb's subject, as "by" does: an active relation (``generates``, ``treats``) is walked forwards
from it. Read as active, the verb said before the entity had walked it backwards, to what
generates X. A place or a time is no doer: "Which firms were founded *in* X?" keeps the
active reading."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.phrases import expected_direction
from kgchat.retrieval.question import analyze

_GRAPH = """\
main.go|generates|bin/app
main.go|generates|bin/app-debug
lib.go|generates|bin/lib
bin/app|generates|app.tar
Aspra|treats|Gout
Aspra|treats|Fever
Colda|treats|Aspra rash
Aspra rash|treats|Itch
"""


def test_a_passive_before_the_entity_walks_the_verb_forwards():
    q = analyze("What is treated with Aspra?", [(4, 5)])
    assert expected_direction(q, "treat", False) is True
    # active, the verb before the entity walks it backwards; after it, forwards
    assert expected_direction(analyze("What treats Aspra?", [(2, 3)]), "treat", False) is False
    assert expected_direction(analyze("What does Aspra treat?", [(2, 3)]), "treat", False)
    # a place after the passive is no doer: read as before
    where = analyze("Which firms were founded in Ulm?", [(5, 6)])
    assert expected_direction(where, "found", False) is False
    assert expected_direction(where, "found", True) is True  # ``founded by``


def test_the_entity_of_a_passive_question_is_the_subject(tmp_path):
    path = tmp_path / "builds.txt"
    path.write_text(_GRAPH)
    r = make_retriever(KnowledgeGraph.load(path), encoder="hashing", index_dir=None)
    assert r.retrieve("What is generated from bin/app?").answer == "app.tar"
    assert r.retrieve("What is treated with Aspra rash?").answer == "Itch"
    # the converse questions keep their answers
    assert r.retrieve("What generates bin/app?").answer == "main.go"
    assert r.retrieve("What treats Aspra rash?").answer == "Colda"
    assert r.retrieve("What is bin/app generated from?").answer == "main.go"
