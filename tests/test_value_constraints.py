"""Questions constrained by a value: a year naming the dates within it, and a literal value
never answering a question whose type is a class of the graph."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.linking import EntityLinker, LinkerConfig
from kgchat.retrieval import Retriever

_FILMS = """\
@prefix : <http://example.org/f#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:Film rdfs:label "film" .
:gh a :Film ; rdfs:label "Glass Harbor" ; :releaseDate "2014-03-07"^^xsd:date ;
    :director :mh .
:wo a :Film ; rdfs:label "Winter Orchard" ; :releaseDate "2017-10-20"^^xsd:date ;
    :director :tv .
:rm a :Film ; rdfs:label "Red Meridian" ; :releaseDate "2016-05-13T00:00:00Z"^^xsd:dateTime .
:mh rdfs:label "Maren Holt" .
:tv rdfs:label "Theo Vance" .
:np rdfs:label "Northlight Pictures" ; :foundingYear "2001"^^xsd:gYear ;
    :established "2001-06-01"^^xsd:date .
"""


@pytest.fixture(scope="module")
def films(tmp_path_factory):
    path = tmp_path_factory.mktemp("films") / "films.ttl"
    path.write_text(_FILMS)
    return KnowledgeGraph.load(path)


def _values(linker, question):
    return {(m.text, linker.kg.label(m.node), m.method) for m in linker.link(question)}


def test_a_year_links_to_the_dates_within_it(films):
    """ "Which film was released in 2014?": the graph writes no value "2014", but a date of
    that year; the year names it (and a date-time's date, as a year of it)."""
    linker = EntityLinker(films)
    assert ("2014", "2014-03-07", "year") in _values(linker, "Which film was released in 2014?")
    assert ("2016", "2016-05-13", "year") in _values(linker, "What came out in 2016?")
    # a year the graph has no date in links to nothing
    assert not any(m.text == "2011" for m in linker.link("Which film was released in 2011?"))


def test_a_value_written_as_the_number_names_the_dates_of_that_year_too(films):
    """A year the graph writes as a value of its own (``foundingYear 2001``) names that
    value and the dates within the year (``established 2001-06-01``), as one span
    (fifty-eighth round: an election dated in 2019 beside members' ``since "2019"``)."""
    linker = EntityLinker(films)
    said = _values(linker, "Which studio was founded in 2001?")
    assert {("2001", "2001", "dictionary"), ("2001", "2001-06-01", "dictionary")} <= said
    assert not any(m.method == "year" for m in linker.link("What was founded in 2001?"))


def test_a_year_with_more_dates_than_candidates_constrains_nothing(films):
    """A year many dates fall in (a season's matches) is no constraint a walk could use: at
    most ``max_candidates`` dates are linked, else none."""
    many = KnowledgeGraph.from_triples(
        [(f"match_{d}", "played_on", f"2014-06-{d:02d}") for d in range(1, 20)]
    )
    assert not any(m.method == "year" for m in EntityLinker(many).link("Who played in 2014?"))
    linker = EntityLinker(many, config=LinkerConfig(max_candidates=20))
    assert sum(m.method == "year" for m in linker.link("Who played in 2014?")) == 19


def test_a_film_is_found_by_the_year_it_was_released(films):
    res = Retriever(films).retrieve("Which film was released in 2014?")
    assert res.answer == "Glass Harbor" and not res.abstained


def test_a_value_is_no_answer_to_which_class(films):
    """ "Which film was released in 2011?" on a graph with no film of 2011 had answered every
    film's release date at confidence 1.0: a date is no film (RDF types no value). The
    question's type is the class Film, walked from (its only mention)."""
    r = Retriever(films)
    res = r.retrieve("Which film was released in 2011?")
    assert not any(films.is_literal(c.node) for c in res.candidates)
    assert res.abstained
    res = r.retrieve("Which films were released?")
    assert not any(films.is_literal(c.node) for c in res.candidates)


def test_a_value_still_answers_when_and_which_year(films):
    """Only a question typed by a class loses its value answers: "when" and a type that is
    the value's own kind ("which year") keep them."""
    r = Retriever(films)
    res = r.retrieve("When was Glass Harbor released?")
    assert res.answer == "2014-03-07" and not res.abstained
    res = r.retrieve("In which year was Northlight Pictures founded?")
    assert res.answer == "2001"


_STATS = """\
@prefix : <http://example.org/s#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:br rdfs:label "Brazil" ; :GDPTotal "1594490.0"^^xsd:double ; :GDPYear "2009"^^xsd:int ;
    :landAreaTotal "845942.0"^^xsd:double ; :landAreaYear "2009"^^xsd:int .
:ar rdfs:label "Argentina" ; :GDPTotal "307155.0"^^xsd:double ; :GDPYear "2009"^^xsd:int .
"""


def test_a_statistic_is_not_answered_by_its_year(tmp_path):
    """A statistical graph gives each value its year (FAO's ``GDPYear`` beside
    ``GDPTotal``): both relations say "GDP", and "What is the GDP of Brazil?" had answered
    2009 at confidence 1.0. A relation whose last word names its value a date or a year
    answers no question whose type is something else; "when"/"which year" keep it."""
    path = tmp_path / "stats.ttl"
    path.write_text(_STATS)
    r = Retriever(KnowledgeGraph.load(path))
    assert r.retrieve("What is the GDP of Brazil?").answer == "1594490.0"
    assert r.retrieve("What is the land area of Brazil?").answer == "845942.0"
    assert r.retrieve("In which year was the GDP of Brazil measured?").answer == "2009"


def test_walked_back_from_a_year_a_path_answers_what_has_it(tmp_path):
    """Walked from a year back to what has it (``publication year`` backwards), the answer
    is a novel, not a time: the year's relation says nothing against it, and a novel of
    the same publisher reached by two more hops does not overtake it."""
    path = tmp_path / "books.ttl"
    path.write_text(
        "@prefix : <http://example.org/b#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        ':Novel rdfs:label "novel" .\n'
        ':go a :Novel ; rdfs:label "Glass Orchard" ; :publicationYear 2015 ; :publishedBy :lp .\n'
        ':it a :Novel ; rdfs:label "The Iron Tide" ; :publicationYear 2019 ; :publishedBy :lp .\n'
        ':lp rdfs:label "Lantern Press" .\n'
    )
    r = Retriever(KnowledgeGraph.load(path))
    res = r.retrieve("Which novels were published in 2015?")
    assert res.answer == "Glass Orchard" and not res.abstained


def test_a_node_named_by_a_year_is_a_time(tmp_path):
    """A CIDOC-CRM birth event's time-span is a node labelled "1832", no value: it is a time
    by its name, and answers "when" over the birth's place (which had won: "when" met
    nothing of either, and the place was said as well)."""
    path = tmp_path / "museum.ttl"
    path.write_text(
        "@prefix crm: <http://www.cidoc-crm.org/cidoc-crm/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix : <http://example.org/m/> .\n"
        ':p a crm:E21_Person ; rdfs:label "Johanna Verbeek" ; crm:P98i_was_born :birth-1 .\n'
        ":birth-1 a crm:E67_Birth ; crm:P7_took_place_at :delft ; crm:P4_has_time-span :y1832 .\n"
        ':delft a crm:E53_Place ; rdfs:label "Delft" .\n'
        ':y1832 rdfs:label "1832" .\n'
        ':q a crm:E21_Person ; rdfs:label "Pieter van Loon" .\n'
        'crm:E21_Person rdfs:label "E21 Person" . crm:E67_Birth rdfs:label "E67 Birth" .\n'
        'crm:E53_Place rdfs:label "E53 Place" .\n'
    )
    r = Retriever(KnowledgeGraph.load(path))
    res = r.retrieve("When was Johanna Verbeek born?")
    assert res.answer == "1832" and not res.abstained
    assert r.retrieve("Where was Johanna Verbeek born?").answer == "Delft"


def test_a_place_class_leaves_the_kind_of_place_to_the_name(tmp_path):
    """CIDOC-CRM types every place E53 Place: the class says "place" and no more, so "In
    which country was Ellen Ashby born?" could not tell Leeds from the United Kingdom, and
    the shorter path won. WordNet's kinds of the name refine a class that says no more than
    a wh-word asks; and the class's code ("E53") is no kind word."""
    path = tmp_path / "museum.ttl"
    path.write_text(
        "@prefix crm: <http://www.cidoc-crm.org/cidoc-crm/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix : <http://example.org/m/> .\n"
        ':p a crm:E21_Person ; rdfs:label "Ellen Ashby" ; crm:P98i_was_born :birth-7 .\n'
        ":birth-7 a crm:E67_Birth ; crm:P7_took_place_at :leeds .\n"
        ':leeds a crm:E53_Place ; rdfs:label "Leeds" ; crm:P89_falls_within :uk .\n'
        ':uk a crm:E53_Place ; rdfs:label "United Kingdom" .\n'
        ':q a crm:E21_Person ; rdfs:label "Karl Hoffmann" .\n'
    )
    r = Retriever(KnowledgeGraph.load(path))
    assert r.retrieve("In which country was Ellen Ashby born?").answer == "United Kingdom"
    assert r.retrieve("In which city was Ellen Ashby born?").answer == "Leeds"
    person = next(n for n in r.kg.entities() if r.kg.label(n) == "Ellen Ashby")
    assert [r._class_words(c) for c in r.kg.types(person)] == [("person",)]
