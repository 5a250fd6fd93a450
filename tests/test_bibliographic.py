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


def test_a_standards_identifiers_stay_facts(tmp_path):
    """A DOI is a code of letters and digits, each picking out one work: read by its shape it
    was bookkeeping, left out ("What is the DOI of X?" found nothing); BIBO and PRISM define
    it, and ISBNs and ISSNs, as data of a document, so it stays a fact as a property the
    loaded ontology models does; a catalogue's own record ids are still left out."""
    kg = load(
        tmp_path,
        """
        @prefix prism: <http://prismstandard.org/namespaces/basic/2.0/> .
        ex:a dct:title "Dense Passage Ranking" ; bibo:doi "10.5556/trl.17.3.201" ;
            ex:recordId "rec7a1" .
        ex:b dct:title "Graph Embeddings" ; prism:doi "10.5557/gbr.2019.11" ;
            ex:recordId "rec9c4" .
        """,
    )
    assert [f.text for f in kg.facts_of(EX + "a", direction="out")] == [
        "Dense Passage Ranking — doi → 10.5556/trl.17.3.201"
    ]
    assert [f.text for f in kg.facts_of(EX + "b", direction="out")] == [
        "Graph Embeddings — doi → 10.5557/gbr.2019.11"
    ]
    assert kg.stats()["dropped_annotations"] == 2

    from kgchat.pipeline import make_retriever

    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("What is the DOI of Graph Embeddings?").answer == "10.5557/gbr.2019.11"
