"""A type word that is a role toward a mention ("tributaries *of the Meurthe*") is said by the
path's own relation, not by a role the answer takes in another fact: a river that is the
``tributary`` of a confluence record with another river is no tributary of the Meurthe
(:meth:`kgchat.retrieval.node_types.NodeTypes._toward_types`), on a tiny typed graph with
the real encoder."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.question import analyze

_RIVERS = """\
@prefix : <http://example.org/r#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
:Watercourse a owl:Class ; rdfs:label "watercourse" .
:Confluence a owl:Class ; rdfs:label "confluence" .
:flowsInto a owl:ObjectProperty ; rdfs:label "flows into" ; rdfs:domain :Watercourse .
:hasTributary a owl:ObjectProperty ; rdfs:label "has tributary" ; owl:inverseOf :flowsInto .
:tributary a owl:ObjectProperty ; rdfs:label "tributary" ; rdfs:domain :Confluence .
:mainStem a owl:ObjectProperty ; rdfs:label "main stem" ; rdfs:domain :Confluence .
:meurthe a :Watercourse ; rdfs:label "Meurthe" ; :flowsInto :moselle .
:moselle a :Watercourse ; rdfs:label "Moselle" ; :flowsInto :rhine .
:rhine a :Watercourse ; rdfs:label "Rhine" .
:plaine a :Watercourse ; rdfs:label "Plaine" ; :flowsInto :meurthe .
:vezouze a :Watercourse ; rdfs:label "Vezouze" ; :flowsInto :meurthe .
:koblenz a :Confluence ; rdfs:label "Confluence Moselle-Rhine" ;
    :tributary :moselle ; :mainStem :rhine .
:pompey a :Confluence ; rdfs:label "Confluence Meurthe-Moselle" ;
    :tributary :meurthe ; :mainStem :moselle .
"""


@pytest.fixture(scope="module")
def rivers(tmp_path_factory):
    path = tmp_path_factory.mktemp("rivers") / "rivers.ttl"
    path.write_text(_RIVERS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None)


def test_a_type_followed_by_of_and_a_mention_is_held_toward_it():
    from kgchat.retrieval.question_shapes import holder_named

    assert holder_named(analyze("tributaries of the Meurthe", [(3, 4)]))
    assert holder_named(analyze("What are the tributaries of Meurthe?", [(5, 6)]))
    assert not holder_named(analyze("Which rivers flow into the Meurthe?", [(5, 6)]))


def test_tributaries_of_a_river_are_those_flowing_into_it(rivers):
    """Fails on a29086b6: the Moselle, a confluence record's ``tributary`` (of the Rhine),
    came first for the Meurthe's tributaries."""
    res = rivers.retrieve("tributaries of the Meurthe")
    top = {rivers.kg.label(c.node) for c in res.candidates[:2]}
    assert top == {"Plaine", "Vezouze"}
