"""A catalogue's title written "Title. Subtitle" (ISBD's full stop between a title's parts, as
a survey's map sheets are titled) is said by its head alone (kgchat.name_keys.name_parts);
an initial's or an abbreviation's full stop splits no name."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.name_keys import name_parts
from kgchat.retrieval import Retriever
from kgchat.text import tokens

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
M = "http://example.org/map/"
P = "http://example.org/person/"


def test_the_head_before_a_full_stop_is_a_part_of_the_title():
    sheet = "Swanage. Bedrock and Superficial Deposits"
    assert "swanage" in name_parts(sheet, tokens(sheet), frozenset())
    for name in ("Tim J. Berners-Lee", "Sgt. Pepper's Lonely Hearts Club Band", "Sheet 12. Poole"):
        assert not {"tim j", "sgt", "sheet 12"} & name_parts(name, tokens(name), frozenset())


def test_a_sheet_is_found_by_its_title_head():
    triples = []
    sheets = {
        "E343": ("Swanage. Bedrock and Superficial Deposits", ["mosei", "dwhitlock"]),
        "E327": ("Bridport. Bedrock and Superficial Deposits", ["abarclay"]),
        "E326": ("Sidmouth. Bedrock and Superficial Deposits", ["mosei"]),
    }
    for sheet, (title, creators) in sheets.items():
        triples += [
            (M + sheet, RDF + "type", M + "GeologicalMap"),
            (M + sheet, DCT + "title", f'"{title}"@en'),
        ]
        triples += [(M + sheet, DCT + "creator", P + c) for c in creators]
    names = {"mosei": "Michael Osei", "dwhitlock": "David Whitlock", "abarclay": "Alison Barclay"}
    triples += [(P + k, FOAF + "name", f'"{v}"') for k, v in names.items()]
    r = Retriever(KnowledgeGraph.from_triples(triples))
    res = r.retrieve("Who made the Swanage map?")
    assert [m.node for m in res.mentions] == [M + "E343"], res.mentions
    assert r.kg.label(res.candidates[0].node) in {"Michael Osei", "David Whitlock"}
