"""A question in the passive that names its entity after the verb and a preposition other than
"by" ("What is generated *from* X?", "Who is employed *at* X?") makes the entity the verb's
subject, as "by" does: an active relation (``generates``, ``employs``) is walked forwards from
it. Read as active, the verb said before the entity had walked it backwards, to what
generates X or employs X."""

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
Acme|employs|Ann Lee
Acme|employs|Bob Roy
Zeta|employs|Cy Dunn
Ann Lee|employs|Dee Fox
"""


def test_a_passive_before_the_entity_walks_the_verb_forwards():
    q = analyze("Who is employed at Acme?", [(4, 5)])
    assert expected_direction(q, "employ", False) is True
    # active, the verb before the entity walks it backwards; after it, forwards
    assert expected_direction(analyze("Who employs Acme?", [(2, 3)]), "employ", False) is False
    assert expected_direction(analyze("Whom does Acme employ?", [(2, 3)]), "employ", False)


def test_the_entity_of_a_passive_question_is_the_subject(tmp_path):
    path = tmp_path / "builds.txt"
    path.write_text(_GRAPH)
    r = make_retriever(KnowledgeGraph.load(path), encoder="hashing", index_dir=None)
    assert r.retrieve("What is generated from bin/app?").answer == "app.tar"
    assert r.retrieve("Who is employed at Ann Lee?").answer == "Dee Fox"
    # the converse questions keep their answers
    assert r.retrieve("What generates bin/app?").answer == "main.go"
    assert r.retrieve("Who employs Ann Lee?").answer == "Acme"
    assert r.retrieve("What is bin/app generated from?").answer == "main.go"
