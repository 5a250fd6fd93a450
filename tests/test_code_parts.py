"""A code said without its spaces or with its digits grouped links as its spaced name does.

Publication numbers, catalogue codes and the like are written in several ways: the EPO labels
a publication "EP 3045477 A1", people type "EP3045477" or "EP 3 045 477", and leave the kind
code ("A1") off. The name without the tail many names share ("EP 3045477") already named both
of its publications; now its letters and digits joined name them too (``NameTable.
compact_parts``). Words joined are no code: a name's parts of plain words are not looked up
joined, so no phrase of a question is read as a name run together."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.pipeline import make_retriever

PATENTS = """@prefix p: <http://data.epo.org/linked-data/def/patent/> .
@prefix pub: <http://data.epo.org/linked-data/data/publication/EP/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
pub:3045477A1 rdfs:label "EP 3045477 A1" ; p:publicationDate "2018-02-28"^^xsd:date ;
    p:titleOfInvention "Cathode active material having a coated nickel-rich core" .
pub:3045477B1 rdfs:label "EP 3045477 B1" ; p:publicationDate "2021-01-27"^^xsd:date ;
    p:titleOfInvention "Cathode active material having a coated nickel-rich core" .
pub:3090993A1 rdfs:label "EP 3090993 A1" ; p:publicationDate "2019-06-05"^^xsd:date ;
    p:titleOfInvention "Brewing unit for a fully automatic espresso machine" .
pub:3090993B1 rdfs:label "EP 3090993 B1" ; p:publicationDate "2022-03-02"^^xsd:date ;
    p:titleOfInvention "Brewing unit for a fully automatic espresso machine" .
pub:3111422A1 rdfs:label "EP 3111422 A1" ; p:publicationDate "2020-03-03"^^xsd:date .
pub:3116800A1 rdfs:label "EP 3116800 A1" ; p:publicationDate "2020-05-13"^^xsd:date .
pub:3119273A1 rdfs:label "EP 3119273 A1" ; p:publicationDate "2020-06-10"^^xsd:date .
pub:3120001A1 rdfs:label "EP 3120001 A1" ; p:publicationDate "2020-07-01"^^xsd:date .
pub:3111422B1 rdfs:label "EP 3111422 B1" ; p:publicationDate "2023-01-04"^^xsd:date .
pub:3116800B1 rdfs:label "EP 3116800 B1" ; p:publicationDate "2023-02-08"^^xsd:date .
pub:3119273B1 rdfs:label "EP 3119273 B1" ; p:publicationDate "2023-03-15"^^xsd:date .
<http://ex.org/tbl> rdfs:label "Tim J. Berners-Lee" ; p:inventor pub:3111422A1 .
"""


def _graph(tmp_path):
    path = tmp_path / "patents.ttl"
    path.write_text(PATENTS, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_code_typed_without_spaces_or_grouped_names_its_publications(tmp_path):
    kg = _graph(tmp_path)
    r = make_retriever(kg)
    for q in (
        "When was EP3045477 published?",
        "When was EP 3 045 477 published?",
        "when was ep3045477 published",
    ):
        res = r.retrieve(q)
        assert {c.label for c in res.candidates[:2]} == {"2018-02-28", "2021-01-27"}, (q, res)
    res = r.retrieve("When was EP3045477A1 published?")  # the whole name joined, as before
    assert res.candidates[0].label == "2018-02-28"


def test_words_joined_are_no_code(tmp_path):
    """Only parts with letters and digits both are kept joined: "timberslee" is no name, and
    a question's words run together link nothing they did not link before."""
    kg = _graph(tmp_path)
    linker = EntityLinker(kg)
    assert "ep3045477" in linker.names.compact_parts
    assert all(any(ch.isdigit() for ch in k) for k in linker.names.compact_parts)
    assert not linker.link("who is timberslee")
    said = {m.node for m in linker.link("Which patents did Tim Berners-Lee invent?")}
    assert said == {"http://ex.org/tbl"}
