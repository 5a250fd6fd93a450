"""A verb relation ending in its preposition (``flows into``) said by another verb with that
preposition ("Which river does the Mosel *empty into*?") is walked as the preposition's place
puts the entity: left at the end after the entity, the entity is the subject (forwards);
right before the entity, its object (backwards)
(:func:`kgchat.retrieval.phrasal_verbs.particle_direction`), on a tiny hydrography graph
where the river a stream flows into and the streams flowing into it are both one hop away."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

RIVERS = """\
@prefix hy: <http://hydro.example/def#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix : <http://hydro.example/id/> .
hy:River rdfs:label "river" .
hy:flowsInto rdfs:label "flows into" .
hy:length rdfs:label "length" .
:mosel a hy:River ; rdfs:label "Mosel" ; hy:flowsInto :rhein ; hy:length "544" .
:meurthe a hy:River ; rdfs:label "Meurthe" ; hy:flowsInto :mosel .
:saar a hy:River ; rdfs:label "Saar" ; hy:flowsInto :mosel .
:rhein a hy:River ; rdfs:label "Rhein" ; hy:flowsInto :nordsee .
:nordsee a hy:Sea ; rdfs:label "North Sea" .
"""


@pytest.fixture(scope="module")
def rivers(tmp_path_factory):
    path = tmp_path_factory.mktemp("rivers") / "rivers.ttl"
    path.write_text(RIVERS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        # the preposition stranded after the entity: the river the Mosel empties into
        ("Which river does the Mosel empty into?", {"Rhein"}),
        # right before the entity: the rivers that empty into the Mosel
        ("Which rivers empty into the Mosel?", {"Meurthe", "Saar"}),
    ],
)
def test_particle_said_by_another_verb_walks_its_way(rivers, question, answers) -> None:
    res = rivers.retrieve(question)
    assert res.answer in answers
