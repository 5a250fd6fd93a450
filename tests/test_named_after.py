"""A name that holds another's whole name names a thing named after that one ("Sicilian
Defence: Najdorf Variation" after "Sicilian Defence"): a part of both, or a span both match,
names the one it is after first (found by the chess blind probe, bench/data/own/chess.nq: an
ECO scheme's variations named "Family: X Variation", and "World Chess Championship 2023"
beside "Women's World Chess Championship 2023"). A proper adjective names its place before
a longer name it is a word of alone ("*Indian* players": India, not "King's Indian Defence")."""

from __future__ import annotations

from kgchat.graph import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.retrieval import Retriever

L = "http://www.w3.org/2000/01/rdf-schema#label"
BROADER = "http://www.w3.org/2004/02/skos/core#broader"
VARIATIONS = ["Najdorf", "Dragon", "Alapin", "Sveshnikov", "Scheveningen"]


def _openings() -> KnowledgeGraph:
    triples = [("o11", L, '"Sicilian Defence"'), ("o12", L, '"Italian Game"')]
    for k, v in enumerate(VARIATIONS):
        triples += [(f"b{k}", L, f'"Sicilian Defence: {v} Variation"'), (f"b{k}", BROADER, "o11")]
    triples += [("c50", L, '"Italian Game: Giuoco Pianissimo"'), ("c50", BROADER, "o12")]
    return KnowledgeGraph.from_triples(triples)


def test_a_part_of_many_names_picks_out_the_one_they_are_named_after():
    # "sicilian" is a part of six names, more than a part may pick out, but five are named
    # after the sixth
    mentions = EntityLinker(_openings()).link("What openings are Sicilian variations?")
    assert [(m.node, m.method) for m in mentions] == [("o11", "partial")]


def test_the_variations_are_found_below_it():
    res = Retriever(_openings()).retrieve("Which openings are Sicilian variations?")
    assert {c.label for c in res.candidates[: len(VARIATIONS)]} == {
        f"Sicilian Defence: {v} Variation" for v in VARIATIONS
    }


def test_of_two_candidates_the_one_the_other_is_named_after_ranks_first():
    kg = KnowledgeGraph.from_triples(
        [
            ("wch", L, '"World Chess Championship 2023"'),
            ("wch", "winner", "ding"),
            ("wwch", L, '"Women\'s World Chess Championship 2023"'),
            ("wwch", "winner", "ju"),
            # the women's event has more facts: by degree alone it came first
            *[("wwch", "game", f"g{i}") for i in range(12)],
            ("ding", L, '"Ding Liren"'),
            ("ju", L, '"Ju Wenjun"'),
        ]
    )
    mentions = EntityLinker(kg).link("Who won the 2023 World Championship?")
    assert [m.node for m in mentions][:2] == ["wch", "wwch"]
    assert mentions[0].score > mentions[1].score
    # named in full, the women's event is the only one
    mentions = EntityLinker(kg).link("Who won the Women's World Chess Championship 2023?")
    assert [m.node for m in mentions] == ["wwch"]


def test_a_proper_adjective_names_its_place_before_a_longer_name_it_is_a_word_of():
    # "Indian" is a word of the openings' names alone, and the adjective of India, which the
    # graph names whole: "Which *Indian* players ..." asks of India
    kg = KnowledgeGraph.from_triples(
        [
            ("o15", L, '"King\'s Indian Defence"'),
            ("e92", L, '"King\'s Indian Defence: Petrosian System"'),
            ("e92", BROADER, "o15"),
            ("IND", L, '"India"'),
            ("NOR", L, '"Norway"'),
            ("anand", "federation", "IND"),
            ("gukesh", "federation", "IND"),
            ("carlsen", "federation", "NOR"),
            ("anand", L, '"Viswanathan Anand"'),
            ("gukesh", L, '"Gukesh D"'),
            ("carlsen", L, '"Magnus Carlsen"'),
        ]
    )
    mentions = EntityLinker(kg).link("Which Indian players are in the database?")
    assert [(m.node, m.method) for m in mentions] == [("IND", "adjective")]
    res = Retriever(kg).retrieve("Which Indian players are in the database?")
    assert {c.label for c in res.candidates[:2]} == {"Viswanathan Anand", "Gukesh D"}
