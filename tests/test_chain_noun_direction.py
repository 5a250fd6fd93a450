"""A noun relation said on a later hop of a chain ("the *parent company* of the studio that
made X") names what the hops before reached as its owner: the hop is walked forwards from it.
Walked backwards it reaches the companies whose parent the studio is, the answer to another
question, which had tied the right one where the graph states the relation both ways round
for different things."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.phrases import chain_noun_direction
from kgchat.retrieval.question import analyze

_STUDIOS = """\
@prefix : <http://example.org/s#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:developer rdfs:label "developer" .
:parentCompany rdfs:label "parent company" .
:hqCity rdfs:label "headquarters city" .
:game rdfs:label "Harbor Lights" ; :developer :studio .
:studio rdfs:label "Quillon Works" ; :parentCompany :corp ; :hqCity :leith .
:corp rdfs:label "Maravel Holdings" ; :hqCity :boston .
:sub rdfs:label "Quillon North" ; :parentCompany :studio ; :hqCity :dundee .
:leith rdfs:label "Leith" .
:boston rdfs:label "Boston" .
:dundee rdfs:label "Dundee" .
"""


@pytest.fixture(scope="module")
def studios(tmp_path_factory):
    path = tmp_path_factory.mktemp("studios") / "studios.ttl"
    path.write_text(_STUDIOS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_the_parent_of_the_node_reached_is_walked_forwards(studios):
    res = studios.retrieve(
        "Where is the parent company of the studio that made Harbor Lights based?"
    )
    score = {c.label: c.score for c in res.candidates}
    assert res.candidates[0].label == "Boston"
    # the subsidiary's city, reached over the same relation walked backwards, had tied it
    assert score.get("Dundee", 0.0) < score["Boston"]


def test_a_noun_before_of_reads_forwards_and_a_final_of_reads_nothing():
    q = analyze(
        "Where is the parent company of the studio that made Harbor Lights based?", [(10, 12)]
    )
    assert chain_noun_direction(q, "parent company") is True
    assert chain_noun_direction(q, "parent") is True  # one word of the noun phrase
    assert chain_noun_direction(q, "developer") is None  # not said before "of"
    assert chain_noun_direction(q, "part of") is None  # a final preposition: read elsewhere
    q = analyze("Which company is Quillon Works the parent company of?", [(3, 5)])
    assert chain_noun_direction(q, "parent company") is None  # nothing after "of"
    # "<have> the <noun> of X": X is the noun's value; a noun said twice names no one hop
    q = analyze("Which drugs treat the diseases that have the symptom of fever?", [(10, 11)])
    assert chain_noun_direction(q, "symptom") is None
    # a name's own "of" is no relation's ("the Legislative Assembly of Westmark")
    q = analyze("What committees does the Legislative Assembly of Westmark have?", [(4, 8)])
    assert chain_noun_direction(q, "assembly") is None
    # "<noun> of [the] <entity>" is the hop at the entity's (noun_direction reads it)
    q = analyze("What is the declared license of harborview-api?", [(6, 7)])
    assert chain_noun_direction(q, "declared license") is None
