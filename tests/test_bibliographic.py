"""A bibliographic catalogue as a library or a research group publishes it (BIBO, Dublin Core
terms, FOAF, PRISM): the habits of that style, each on a tiny graph, and what they become."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph

EX = "http://example.org/"
PREFIXES = """\
@prefix ex: <http://example.org/> .
@prefix bibo: <http://purl.org/ontology/bibo/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
"""


def load(tmp_path: Path, body: str) -> KnowledgeGraph:
    path = tmp_path / "catalogue.ttl"
    path.write_text(PREFIXES + body, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_short_and_alternative_titles_name_their_work(tmp_path):
    """A journal is asked for by its abbreviation ("What is the ISSN of J. Knowl. Graph Eng.?"
    had linked nothing): BIBO's ``shortTitle`` and Dublin Core's ``alternative`` (its
    "Alternative Title") are other names of the work; a short title stays a fact too; a
    person's job title, one each, is no name of theirs."""
    kg = load(
        tmp_path,
        """
        ex:jkge dct:title "Journal of Knowledge Graph Engineering" ;
            bibo:shortTitle "J. Knowl. Graph Eng." ; bibo:issn "2745-1123" .
        ex:trl dct:title "Transactions on Retrieval and Language" ; bibo:shortTitle "TRL" ;
            dct:alternative "Trans. Retr. Lang." .
        ex:ann foaf:name "Ann Berg" ; ex:jobTitle "Editor in chief" ; ex:editorOf ex:jkge .
        ex:bo foaf:name "Bo Lind" ; ex:jobTitle "Managing editor" ; ex:editorOf ex:jkge .
        """,
    )
    assert kg.label(EX + "jkge") == "Journal of Knowledge Graph Engineering"
    assert kg.aliases(EX + "jkge") == ["J. Knowl. Graph Eng."]
    assert sorted(kg.aliases(EX + "trl")) == ["TRL", "Trans. Retr. Lang."]
    facts = [f.text for f in kg.facts_of(EX + "trl", direction="out")]
    assert "Transactions on Retrieval and Language — short title → TRL" in facts
    assert kg.aliases(EX + "ann") == []

    from kgchat.pipeline import make_retriever

    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    res = r.retrieve("What is the ISSN of J. Knowl. Graph Eng.?")
    assert [m.node for m in res.mentions] == [EX + "jkge"]
    assert res.answer == "2745-1123"
