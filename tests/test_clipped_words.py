"""A question word clipped from a relation word ("the *deps* of X", "its *repo*") is read as
the word it was clipped from (:func:`kgchat.retrieval.relation_spelling.clipped_from`), on a
tiny graph with the real encoder and WordNet."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval.relation_spelling import clipped_from

PACKAGES = [
    ("nimbus", "dependsOn", "bramble"),
    ("nimbus", "dependsOn", "cobble"),
    ("nimbus", "license", "MIT"),
    ("nimbus", "maintainer", "Ada Lind"),
    ("nimbus", "repository", '"https://example.org/nimbus.git"'),
    ("bramble", "license", "Apache-2.0"),
    ("cobble", "license", "MIT"),
]


def test_a_clipping_names_the_one_stem_it_starts():
    words = frozenset({"depends", "dependency", "on", "license", "documentation", "docket"})
    assert clipped_from("deps", words) == "depends"  # depends, dependency: one stem
    assert clipped_from("doc", words) is None  # documentation or docket: two stems
    assert clipped_from("lic", frozenset({"lice"})) is None  # one letter dropped: no clipping
    assert clipped_from("xyzs", words) is None


def test_a_clipped_relation_word_is_read_whole():
    """Without the reading, "deps" says nothing of ``dependsOn`` and the answer is judged
    under the threshold; read as "depends" it is the relation asked."""
    from kgchat.pipeline import make_retriever

    r = make_retriever(KnowledgeGraph.from_triples(PACKAGES), index_dir=None)
    res = r.retrieve("list the deps of nimbus")
    assert res.answer in {"bramble", "cobble"} and not res.abstained
    assert "depends" in res.reading.words


def test_a_word_english_knows_is_not_read_as_a_clipping():
    """ "lic" is no English word and starts ``license`` (a clipping), but "main", which English
    knows, stays itself however many relation words it starts."""
    from kgchat.pipeline import make_retriever

    r = make_retriever(KnowledgeGraph.from_triples(PACKAGES), index_dir=None)
    assert "main" in r.retrieve("What is the main license of nimbus?").reading.words


def test_an_initialism_is_no_clipping():
    """ "SLA", written in capitals, is an initialism: it is not read as ``slackChannel``,
    which its letters start; the same letters written small are."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [("billing", "slackChannel", '"#team-payments"'), ("billing", "owner", "Ada Lind")]
    )
    r = make_retriever(kg, index_dir=None)
    assert "sla" in r.retrieve("what is the SLA of billing").reading.words
    assert "slack" in r.retrieve("what is the sla of billing").reading.words
