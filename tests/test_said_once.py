"""A question's word says one hop: a relation walked out and back is said once, and a
preposition that is a relation's own word is the question's relation word."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval import Retriever
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Path

# a journal and a book of one publisher; the book's author is reached from the journal by
# walking out to the publisher, back to the book and on to its author
_BIBLIO = """\
@prefix : <http://example.org/b#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Journal rdfs:label "journal" .
:Book rdfs:label "book" .
:Person rdfs:label "person" .
:Organization rdfs:label "organization" .
:jkge a :Journal ; rdfs:label "Journal of Graph Craft" ; :publisher :hm .
:found a :Book ; rdfs:label "Foundations of Graphs" ; :publisher :hm ; :author :priya .
:hm a :Organization ; rdfs:label "Halden Academic" .
:priya a :Person ; rdfs:label "Priya Raghunathan" .
"""

# places near one another (GeoNames' ``nearby``)
_PLACES = """\
@prefix : <http://example.org/g#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:bregenz rdfs:label "Bregenz" ; :nearby :dornbirn ; :population 29000 .
:dornbirn rdfs:label "Dornbirn" ; :population 50000 .
"""

_B = "http://example.org/b#"
_P = "http://example.org/b#publisher"


def _retriever(tmp_path_factory, name: str, text: str) -> Retriever:
    """The pipeline's retriever (its encoder says "near" of ``nearby``)."""
    path = tmp_path_factory.mktemp(name) / f"{name}.ttl"
    path.write_text(text)
    return make_retriever(KnowledgeGraph.load(path))


@pytest.fixture(scope="module")
def biblio(tmp_path_factory):
    return _retriever(tmp_path_factory, "biblio", _BIBLIO)


def _walk() -> Path:
    """The journal's walk out to its publisher, back to a book and on to its author."""
    pattern = ((_P, True), (_P, False), (f"{_B}author", True))
    nodes = tuple(f"{_B}{n}" for n in ("jkge", "hm", "found", "priya"))
    return Path(f"{_B}jkge", pattern, nodes, (0, 1, 2), 1.0)


def test_a_relation_said_once_says_one_hop_of_an_out_and_back_walk(biblio):
    """ "Who publishes X?" says ``publisher`` once: it says the walk out to the publisher or
    the walk back to the book, not both, and nothing says the book (biblio's own question
    had been answered with the book's author at confidence 1.0)."""
    q, _, _ = biblio.read(*_linked(biblio, "Who publishes the Journal of Graph Craft?"))
    assert biblio._middles_said(q, [_walk()], False) < 0.2


def test_the_other_node_of_an_out_and_back_walk_said_by_its_kind(biblio):
    """Naming the book by its kind besides the relation says the walk: "the authors of the
    *books* of X's publisher"."""
    text = "Who wrote the books of the publisher of the Journal of Graph Craft?"
    q, _, _ = biblio.read(*_linked(biblio, text))
    assert biblio._middles_said(q, [_walk()], False) > 0.5


def _linked(r: Retriever, text: str):
    return text, r.linker.link(text)


def test_a_preposition_that_is_a_relation_s_own_word_asks_the_relation(tmp_path_factory):
    """ "What's near Bregenz?" has no word but "near", and ``nearby`` is its own word: it
    asks that relation (GeoNames' own question had been answered with a class, abstaining)."""
    r = _retriever(tmp_path_factory, "places", _PLACES)
    res = r.retrieve("What's near Bregenz?")
    assert res.answer == "Dornbirn"
    assert not res.abstained


def test_a_preposition_no_relation_says_stays_a_preposition():
    """Without such a relation the question keeps its preposition as one ("What is *in*
    X?" is read by the prepositions of the relations' phrases)."""
    from kgchat.retrieval.question import prepositions_said

    q = analyze("What is in Bregenz?", [(3, 4)])
    assert prepositions_said(q, {"nearby", "include"}).words == []
    assert prepositions_said(q, {"nearby", "include"}).prepositions == ["in"]


def test_a_node_the_graph_gives_no_kind_is_said_by_the_question_s_other_words(tmp_path_factory):
    """In a graph of bare triples no kind says the film of "the *films* by the writer of X":
    the question's word left besides the relation's is taken to say it (moviekb's own
    question kept its answer)."""
    r = _retriever(
        tmp_path_factory,
        "bare",
        """\
@prefix : <http://example.org/m#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:winter rdfs:label "Winter Mirror" ; :written_by :wim .
:lantern rdfs:label "A Lantern for Dagny" ; :written_by :wim ; :in_language :english .
:wim rdfs:label "Wim Castell" .
:english rdfs:label "English" .
""",
    )
    m = "http://example.org/m#"
    walk = Path(
        f"{m}winter",
        ((f"{m}written_by", True), (f"{m}written_by", False), (f"{m}in_language", True)),
        tuple(f"{m}{n}" for n in ("winter", "wim", "lantern", "english")),
        (0, 1, 2),
        1.0,
    )
    said = "What languages are the films by the writer of Winter Mirror in?"
    q, _, _ = r.read(*_linked(r, said))
    assert r._middles_said(q, [walk], False) > 0.5
    q, _, _ = r.read(*_linked(r, "Who wrote Winter Mirror?"))
    assert r._middles_said(q, [walk], False) < 0.2


def test_a_walk_on_from_an_out_and_back_prices_the_walk_back(biblio):
    """The walk on from an out and back costs the walk back as a hop nothing says: its
    relation's word was said once, for the walk out (biblio's own "Who publishes X?" had
    ranked the author of another book of X's publisher first)."""
    res = biblio.retrieve("Who publishes the Journal of Graph Craft?")
    assert res.answer == "Halden Academic"
