"""A last hop taken only to meet a bare wh-word's type is put after the node it left
(:mod:`kgchat.retrieval.wh_detours`), on a tiny SIOC/FOAF graph, with phrasings it must not
misread."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

FORUM = """\
@prefix sioc: <http://rdfs.org/sioc/ns#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix : <http://forum.example/> .
:bench a sioc:Forum ; dcterms:title "Electronics Bench" ; sioc:has_moderator :sq .
:wood a sioc:Forum ; dcterms:title "Woodshop" ; sioc:has_moderator :oak ; sioc:has_host :acme .
:sq a sioc:UserAccount ; sioc:name "solderqueen" .
:oak a sioc:UserAccount ; sioc:name "oakiron" .
:maren a foaf:Person ; foaf:name "Maren Ostvik" ; foaf:holdsAccount :sq ; foaf:based_near :tromso .
:bertil a foaf:Person ; foaf:name "Bertil Hagstrom" ; foaf:holdsAccount :oak .
:tromso foaf:name "Tromso" .
:acme a foaf:Organization ; foaf:name "Acme Tools" ; dcterms:creator :bertil .
"""


@pytest.fixture(scope="module")
def forum(tmp_path_factory):
    path = tmp_path_factory.mktemp("forum") / "forum.ttl"
    path.write_text(FORUM)
    kg = KnowledgeGraph.load(path)
    return make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the relation asked reaches the account; its holder (a foaf:Person, which "who"
        # asks for) is one unsaid hop further: the account answers
        ("Who moderates the Electronics Bench?", "solderqueen"),
        ("who is the moderator of the woodshop", "oakiron"),
        # the hop to the person is what is asked: not moved
        ("Who holds the account solderqueen?", "Maren Ostvik"),
        # a last hop the question says (created) keeps the walk to the person
        ("Who created the host of the Woodshop?", "Bertil Hagstrom"),
    ],
)
def test_detour_to_wh_type(forum, question: str, answer: str) -> None:
    res = forum.retrieve(question)
    assert res.answer == answer
    assert res.confidence >= 0.5
