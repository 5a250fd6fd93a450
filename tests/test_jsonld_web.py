"""schema.org JSON-LD as websites publish it (the gigs probe's graph shape, on tiny graphs): JSON
numbers read as written, and the questions people ask of a listing."""

from __future__ import annotations

import json

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

DOUBLE = "http://www.w3.org/2001/XMLSchema#double"
_VENUE = {
    "@context": "https://schema.org",
    "@type": "MusicVenue",
    "@id": "https://example.org/venues/hall#venue",
    "name": "Columbiahalle",
    "telephone": "+49 30 698 098 0",
    "maximumAttendeeCapacity": 3500,
    "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.2, "bestRating": 5},
    "geo": {"@type": "GeoCoordinates", "latitude": 52.48613},
    "address": {
        "@type": "PostalAddress",
        "streetAddress": "Columbiadamm 13-21",
        "postalCode": "10965",
        "addressLocality": "Berlin",
    },
}


@pytest.fixture(scope="module")
def venue(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "venue.jsonld"
    path.write_text(json.dumps(_VENUE), encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_json_number_reads_as_written(venue):
    """JSON-LD makes a JSON number with a fraction an xsd:double in canonical form ("4.2E0");
    it is read back as the file wrote it, its datatype kept; whole numbers are untouched."""
    values = set(venue.literals())
    assert f'"4.2"^^<{DOUBLE}>' in values and f'"52.48613"^^<{DOUBLE}>' in values
    assert not any("E0" in v or "E1" in v for v in values)
    assert '"3500"^^<http://www.w3.org/2001/XMLSchema#integer>' in values


def test_turtle_doubles_stay_as_written(tmp_path):
    """Only a JSON number is rewritten: a Turtle file's own ``4.2E0`` is its author's form."""
    path = tmp_path / "t.ttl"
    path.write_text(f'<http://e/a> <http://e/rating> "4.2E0"^^<{DOUBLE}> .\n')
    assert set(KnowledgeGraph.load(path).literals()) == {f'"4.2E0"^^<{DOUBLE}>'}


def test_a_phone_number_is_no_count(venue):
    """ "phone number" names an identifier: the venue's capacity (a number) is not what it
    asks, however numeric; "how many" still asks a number."""
    r = Retriever(venue)
    assert r.retrieve("What's the phone number of Columbiahalle?").answer == "+49 30 698 098 0"
    assert r.retrieve("phone number of Columbiahalle").answer == "+49 30 698 098 0"
    assert r.retrieve("How many people fit in Columbiahalle?").answer == "3500"


def test_a_rating_value_is_the_rating(venue):
    """``ratingValue`` names the rating's value: "what rating" asks for it, not for the scale's
    ``bestRating``, whose head word alone had said "rating"."""
    r = Retriever(venue)
    assert r.retrieve("What rating does Columbiahalle have?").answer == "4.2"


def test_a_compound_noun_meets_its_other_names(venue):
    """``postal code`` is one noun to WordNet, whose other names are "postcode" and "zip
    code": the relation meets them whole, as none of its single words does (the street
    address had answered "What is the postcode of X?", the hop's words near "post")."""
    r = Retriever(venue)
    for q in ("What is the postcode of Columbiahalle?", "zip code of Columbiahalle?"):
        res = r.retrieve(q)
        assert res.answer == "10965" and not res.abstained, q


_LISTING = {
    "@context": {"@vocab": "https://schema.org/"},
    "@graph": [
        {
            "@type": "MusicVenue",
            "@id": "https://example.org/venues/tt#venue",
            "name": "Täubchenthal",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "Wachsmuthstraße 1",
                "addressLocality": "Leipzig",
            },
            "containedInPlace": {"@id": "http://www.wikidata.org/entity/Q2079"},
            "slogan": "Hamburg",
        },
        {"@type": "Festival", "name": "Elbklang", "location": {"@type": "City", "name": "Wien"}},
    ],
}


def test_an_address_names_its_city_by_text(tmp_path):
    """A ``PostalAddress`` gives its locality as a string: a text only an unnamed structured
    value holds names a place, whose kinds WordNet gives ("Leipzig": a city), so "which
    city" is answered by it (a graph with a City class had ruled every text out, and the
    unnamed Wikidata place "Q2079" had answered). A text an entity holds itself is no
    place's name (its slogan "Hamburg")."""
    path = tmp_path / "listing.jsonld"
    path.write_text(json.dumps(_LISTING), encoding="utf-8")
    r = Retriever(KnowledgeGraph.load(path))
    res = r.retrieve("Which city is Täubchenthal in?")
    assert res.answer == "Leipzig" and not res.abstained
    assert r.held_text('"Leipzig"') and "city" in r.kinds_of('"Leipzig"')
    assert not r.held_text('"Hamburg"') and r.kinds_of('"Hamburg"') == ()


def test_a_relative_where_is_no_question_word():
    """ "the venue *where* X takes place" is a clause of the noun, not the question's wh-word:
    the question asks the phone number, not a place (it had answered a band's home town)."""
    from kgchat.retrieval.question import analyze

    q = "phone number of the venue where Sonic Pilgrims Live takes place?"
    assert analyze(q, [(6, 9)]).answer_type == []  # (a named number: no type, no place)
    assert analyze("Where is the venue of Sonic Pilgrims Live?", [(5, 8)]).answer_type[0] == "place"
    assert analyze("hey where is Arena Wien", [(3, 5)]).answer_type[0] == "place"
