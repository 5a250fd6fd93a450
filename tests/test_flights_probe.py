"""What the blind flights probe (OpenFlights converted to RDF with a tarql-like mapping) showed
kgchat missing, on tiny graphs: letter codes in capitals are a thing's shorthand names, a
route row is an unnamed n-ary node walked through, the entities a question names are held by
one such node with the answer, and a capitalised word of a longer name names it alone."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.linking import EntityLinker
from kgchat.pipeline import make_retriever

D = "http://openflights.org/data/"
AIRPORTS = [
    ("1", "London Heathrow Airport", "LHR", "EGLL", "London"),
    ("2", "John F Kennedy International Airport", "JFK", "KJFK", "New York"),
    ("3", "Warsaw Chopin Airport", "WAW", "EPWA", "Warsaw"),
    ("4", "Charles de Gaulle International Airport", "CDG", "LFPG", "Paris"),
]
AIRLINES = [("11", "British Airways", "BA"), ("10", "LOT Polish Airlines", "LO")]
# BA flies LHR to JFK; LOT flies from Warsaw into both, on two routes
ROUTES = [("BA", "1", "2"), ("LO", "3", "1"), ("LO", "3", "2"), ("BA", "1", "4"), ("LO", "3", "4")]


def _ttl() -> str:
    out = [
        "@prefix schema: <https://schema.org/> .",
        "@prefix ofv: <http://openflights.org/vocab#> .",
        f"@prefix d: <{D}> .",
    ]
    for i, name, iata, icao, city in AIRPORTS:
        out.append(
            f'<{D}airport/{i}> a schema:Airport ; schema:name "{name}" ; schema:iataCode '
            f'"{iata}" ; schema:icaoCode "{icao}" ; schema:address [ a schema:PostalAddress ; '
            f'schema:addressLocality "{city}" ] .'
        )
    codes = {code: i for i, _, code in AIRLINES}
    for i, name, code in AIRLINES:
        out.append(
            f'<{D}airline/{i}> a schema:Airline ; schema:name "{name}" ; schema:iataCode "{code}" .'
        )
    byid = {i: iata for i, _, iata, _, _ in AIRPORTS}
    for al, s, t in ROUTES:
        out.append(
            f"<{D}route/{al}/{byid[s]}-{byid[t]}> a ofv:Route ;"
            f" ofv:airline <{D}airline/{codes[al]}> ;"
            f" ofv:sourceAirport <{D}airport/{s}> ; ofv:destinationAirport <{D}airport/{t}> ;"
            " ofv:stops 0 ; ofv:codeshare false ."
        )
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("flights") / "flights.ttl"
    path.write_text(_ttl(), encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_code_in_capital_letters_is_an_alias(kg):
    """An airport's "LHR" and "EGLL" (keys of letters only, shorter than its name) name it:
    "What city is CDG in?" linked nothing while only codes with a digit counted."""
    assert {"LHR", "EGLL"} <= set(kg.aliases(D + "airport/1"))
    linker = EntityLinker(kg)
    assert [m.node for m in linker.link("What city is CDG in?")] == [D + "airport/4"]


def test_a_route_row_named_by_its_codes_is_walked_through(kg):
    """``route/BA/LHR-JFK`` has no name, nothing leads to it and it joins named things: an
    n-ary row, named by the codes of what it joins, not an answer "LHR-JFK"."""
    assert kg.label(D + "route/BA/LHR-JFK").startswith("(anonymous ")
    assert kg.label(D + "airport/1") == "London Heathrow Airport"


def test_the_named_entities_and_the_answer_share_one_route(kg):
    """LOT flies into LHR and into JFK, by two routes; BA flies LHR to JFK, on one: the
    airline asked for is the one a single route joins to both airports."""
    r = make_retriever(kg)
    res = r.retrieve("Which airlines fly from LHR to JFK?")
    assert res.candidates[0].label == "British Airways"


def test_a_capitalised_word_inside_a_long_name_names_it():
    """ "Heathrow" is the middle word of "London Heathrow Airport": said alone, capitalised,
    it names the airport (few names hold it); "International", in several, names none."""
    kg = KnowledgeGraph.from_triples(
        [
            ("London Heathrow Airport", "city", "London"),
            ("John F Kennedy International Airport", "city", "New York"),
            ("Charles de Gaulle International Airport", "city", "Paris"),
            ("Narita International Airport", "city", "Tokyo"),
            ("Dubai International Airport", "city", "Dubai"),
        ]
    )
    linker = EntityLinker(kg)
    assert [m.node for m in linker.link("Which city is Heathrow in?")] == [
        "London Heathrow Airport"
    ]
    assert not [m for m in linker.link("Which city is International in?") if m.method == "partial"]


def test_a_one_word_value_written_as_a_name_is_linked_where_said_so():
    """A callsign "SPEEDBIRD" (longer than no name: no alias) is one airline's value: said as
    a name, it is linked as that value, and its holder answers; in lower case it is not."""
    kg = KnowledgeGraph.from_triples(
        [
            ("British Airways", "callsign", '"SPEEDBIRD"'),
            ("Lufthansa", "callsign", '"LUFTHANSA"'),
            ("British Airways", "country", "United Kingdom"),
        ]
    )
    linker = EntityLinker(kg)
    assert [m.node for m in linker.link("What airline has the callsign SPEEDBIRD?")] == [
        '"SPEEDBIRD"'
    ]
    assert not linker.link("what airline has the callsign speedbird?")
    r = make_retriever(kg)
    assert r.retrieve("What airline has the callsign SPEEDBIRD?").candidates[0].label == (
        "British Airways"
    )


def test_an_entity_named_by_its_code_answers_which_of_the_class_has_it(kg):
    """Asked "Which airport has the ICAO code EGLL?", the airport named by its own value is a
    candidate (``_said_values``) and, being of the class asked for, gains the bonus the
    walked candidates of that class gain (the airports one route away had outranked it)."""
    r = make_retriever(kg)
    res = r.retrieve("Which airport has the ICAO code EGLL?")
    assert res.candidates[0].label == "London Heathrow Airport"


def test_a_record_with_a_key_of_its_own_stays_a_thing(tmp_path):
    """A shipment ``SHP-7781600`` of an unnamed kind, which nothing leads to and which joins
    named things, is asked about by its number: a key of its own, not one made of what it
    joins, so it is no junction."""
    path = tmp_path / "s.ttl"
    path.write_text(
        "@prefix ex: <https://kg.example/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        'ex:CAR-1 rdfs:label "Maersk" . ex:PO-1 rdfs:label "Order one" .\n'
        'ex:CAR-2 rdfs:label "DHL" . ex:PO-2 rdfs:label "Order two" .\n'
        "ex:SHP-7781600 a ex:Shipment ; ex:carriedBy ex:CAR-1 ; ex:fulfils ex:PO-1 ;"
        ' ex:trackingNumber "MAEU9369319359" .\n'
        "ex:SHP-7781611 a ex:Shipment ; ex:carriedBy ex:CAR-2 ; ex:fulfils ex:PO-2 ;"
        ' ex:trackingNumber "JD6552851421" .\n',
        encoding="utf-8",
    )
    kg = KnowledgeGraph.load(path)
    assert not kg.label("https://kg.example/SHP-7781600").startswith("(anonymous ")


def test_a_name_is_said_without_the_words_many_names_end_with():
    """The name "Virgin Atlantic" is "Virgin Atlantic Airways" without "Airways", which five
    other airlines' names end with: it names that airline, not Virgin Australia."""
    others = ["British", "Kenya", "Qatar", "Turkish", "Austrian"]
    kg = KnowledgeGraph.from_triples(
        [
            *[(f"{w} Airways", "country", f"{w} land") for w in others],
            ("Virgin Atlantic Airways", "country", "United Kingdom"),
            ("Virgin Australia", "country", "Australia"),
        ]
    )
    linker = EntityLinker(kg)
    assert [m.node for m in linker.link("What planes does Virgin Atlantic operate?")] == [
        "Virgin Atlantic Airways"
    ]


def test_a_part_of_one_name_that_several_things_share_as_a_value_names_the_value():
    """The word "Tokyo" is in "Tokyo Haneda International Airport" and the city of two
    airports: said alone it names the city value, whose airports are both answers."""
    kg = KnowledgeGraph.from_triples(
        [
            ("Tokyo Haneda International Airport", "city", '"Tokyo"'),
            ("Narita International Airport", "city", '"Tokyo"'),
            ("London Heathrow Airport", "city", '"London"'),
        ]
    )
    linker = EntityLinker(kg)
    assert [m.node for m in linker.link("Which airports are there in Tokyo?")] == ['"Tokyo"']
    assert [m.node for m in linker.link("What city is Heathrow in?")] == ["London Heathrow Airport"]
