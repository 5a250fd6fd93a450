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


def test_a_works_identifiers_stay_facts(tmp_path):
    """A DOI is a code of letters and digits, each picking out one work: read by its shape it
    was bookkeeping, left out ("What is the DOI of X?" found nothing). An identifier people
    read stays a fact under any vocabulary (BIBO's, PRISM's, a catalogue's own), and so does
    a record id the record's IRI was minted from (the IRI is not what a reader sees); what no
    one reads is still left out: a digest."""
    kg = load(
        tmp_path,
        """
        @prefix prism: <http://prismstandard.org/namespaces/basic/2.0/> .
        ex:rec7a1 dct:title "Dense Passage Ranking" ; bibo:doi "10.5556/trl.17.3.201" ;
            ex:recordId "REC-7a1" ; ex:md5 "9e107d9d372bb6826bd81d3542a419d6" .
        ex:rec9c4 dct:title "Graph Embeddings" ; prism:doi "10.5557/gbr.2019.11" ;
            ex:recordId "REC-9c4" ; ex:md5 "e4d909c290d0fb1ca068ffaddf22cbd0" .
        ex:rec3f2 dct:title "Sparse Entity Linking" ; ex:doi "10.5558/sel.2021.4" ;
            ex:recordId "REC-3f2" ; ex:md5 "d41d8cd98f00b204e9800998ecf8427e" .
        """,
    )
    assert sorted(f.text for f in kg.facts_of(EX + "rec7a1", direction="out")) == [
        "Dense Passage Ranking — doi → 10.5556/trl.17.3.201",
        "Dense Passage Ranking — record id → REC-7a1",
    ]
    assert sorted(f.text for f in kg.facts_of(EX + "rec3f2", direction="out")) == [
        "Sparse Entity Linking — doi → 10.5558/sel.2021.4",
        "Sparse Entity Linking — record id → REC-3f2",
    ]
    assert kg.stats()["dropped_annotations"] == 3  # the digests

    from kgchat.pipeline import make_retriever

    r = make_retriever(kg, encoder="hashing", index_dir=None, scorer=None)
    assert r.retrieve("What is the DOI of Graph Embeddings?").answer == "10.5557/gbr.2019.11"
