"""A question that writes a name no mention links and the answer's walk nowhere meets (no
node on it, no neighbour of one, no relation between them, no fact of a blank record beside
one past the start says a word of it) is abstained on: the walk answers the question
without the name (issue 11, fix52g; :func:`~kgchat.retrieval.name_unmet.name_unmet`), on a
tiny Turtle graph with the real bundled encoder. The place of an occurrence stands in a
blank ``Location`` beside it, as Darwin Core publishes it."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

_TTL = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ex:Lutra a ex:Taxon ; rdfs:label "otter" .
ex:Castor a ex:Taxon ; rdfs:label "beaver" .
ex:Vogel a ex:Person ; rdfs:label "Sabine Vogel" .
ex:Brandt a ex:Person ; rdfs:label "Martin Brandt" .
ex:occ1 a ex:Occurrence ; rdfs:label "occurrence 1" ; ex:taxon ex:Lutra ;
    ex:recordedBy ex:Vogel ;
    ex:spatial [ a ex:Location ; ex:locality "Oderbruch, near Letschin" ] .
ex:occ2 a ex:Occurrence ; rdfs:label "occurrence 2" ; ex:taxon ex:Castor ;
    ex:recordedBy ex:Brandt ;
    ex:spatial [ a ex:Location ; ex:locality "Spreewald, Luebbenau" ] .
"""


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("otters") / "otters.ttl"
    path.write_text(_TTL)
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


def test_a_name_no_walk_meets_abstains(retriever):
    """No otter was recorded in the Spreewald: the otter's one record says the Oderbruch."""
    res = retriever.retrieve("Who recorded the otter in the Spreewald?")
    assert res.abstained


def test_a_name_the_walk_meets_or_none_written_is_answered(retriever):
    """The record walked stands beside its blank place, which says the Oderbruch."""
    res = retriever.retrieve("Who recorded the otter in the Oderbruch?")
    assert not res.abstained and res.answer == "Sabine Vogel"
    res = retriever.retrieve("Who recorded the otter?")
    assert not res.abstained and res.answer == "Sabine Vogel"


_SAID_OTHERWISE = """
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:GS10 a ex:GraduateStudent ; rdfs:label "GraduateStudent10" ; ex:teachingAssistantOf ex:Course0 .
ex:Course0 a ex:Course ; rdfs:label "Course0" .
ex:ArkNova a ex:Game ; rdfs:label "Ark Nova" ;
    ex:ranking [ a ex:Ranking ; ex:position 3 ; ex:date "2024-01-01"^^xsd:date ] .
ex:Germany a ex:Country ; rdfs:label "Deutschland" .
ex:lexDe a ex:Lexicon ; rdfs:label "lexicon de" ; ex:entries 136 ; ex:country ex:Germany .
"""


@pytest.fixture(scope="module")
def said_otherwise(tmp_path_factory):
    path = tmp_path_factory.mktemp("otherwise") / "otherwise.ttl"
    path.write_text(_SAID_OTHERWISE)
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


def test_a_name_the_graph_holds_nowhere_abstains(retriever):
    """No word of "Harz" is a name of the graph: the walk answers of any otter."""
    res = retriever.retrieve("Who recorded the otter in the Harz?")
    assert res.abstained


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # an acronym: the initials of the relation's words (teaching assistant of)
        ("Which course is GraduateStudent10 a TA for?", "Course0"),
        # a month, which the ranking's date writes as a figure
        ("What was Ark Nova's ranking position in January 2024?", "3"),
        # a proper adjective of a place the graph names (Deutschland): the linker links it
        ("How many entries does the German lexicon have?", "136"),
    ],
)
def test_a_name_the_graph_says_otherwise_is_answered(said_otherwise, question, answer):
    """A name whose word the graph holds in other words (an acronym, a month, a proper
    adjective) is its own thing said otherwise, not a qualifier it lacks."""
    res = said_otherwise.retrieve(question)
    assert not res.abstained and res.answer == answer


def test_the_graph_holds_a_word_said_otherwise():
    """What :class:`~kgchat.retrieval.graph_words.GraphWords` reads as held: a word of a name,
    a relation's initials (an acronym), a place's proper adjective (WordNet: Deutschland for
    "German"), a month, a code's scheme, a datatype; not a word no name of the graph says,
    nor one only a literal value says."""
    from kgchat.retrieval.graph_words import GraphWords
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        pytest.skip("no WordNet")
    kg = KnowledgeGraph.from_triples(
        [
            ("s1", "teachingAssistantOf", "c1"),
            ("lex", "country", "Deutschland"),
            ("q1", "iec61360Code", '"UAA594"'),
            ("sch", "notation", '"100412"^^<http://example.org/school#URN>'),
            ("r1", "locality", '"Oderbruch"'),
        ]
    )
    words = GraphWords.of(kg)
    held = [("ta", "TA"), ("german", "German"), ("january", "January"), ("iec", "IEC")]
    assert all(words.holds(t, w, wn) for t, w in [*held, ("urn", "URN")])
    assert not any(words.holds(t, w, wn) for t, w in [("harz", "Harz"), ("oderbruch", "Oderbruch")])
