""" "What kind of N is X?" is answered by the kind X is, not by another N: X's peers (members,
as X is, of the class named N, or reached out and back over one relation) meet the type the
question names however they are reached, and as many as N has members they had pushed the
kind out of the ranking (:func:`kgchat.retrieval.answer_paths.kinds_only`)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_SKILLS = """\
@prefix : <http://example.org/s#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Skill rdfs:label "skill" .
:SkillKind rdfs:label "skill kind" .
:knowledge a :SkillKind ; rdfs:label "knowledge" .
:competence a :SkillKind ; rdfs:label "competence" .
:python a :Skill ; rdfs:label "Python" ; :skillType :knowledge ; :relatedSkill :sql, :git .
:sql a :Skill ; rdfs:label "SQL" ; :skillType :knowledge ; :relatedSkill :git .
:git a :Skill ; rdfs:label "Git" ; :skillType :knowledge .
:weld a :Skill ; rdfs:label "welding" ; :skillType :competence .
:lathe a :Skill ; rdfs:label "turning" ; :skillType :competence ; :relatedSkill :weld .
"""


@pytest.fixture(scope="module")
def skills(tmp_path_factory):
    path = tmp_path_factory.mktemp("skills") / "skills.ttl"
    path.write_text(_SKILLS)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What kind of skill is Python?", "knowledge"),
        ("Which type of skill is welding?", "competence"),
    ],
)
def test_the_kind_not_a_peer(skills, question, kind):
    got = skills.retrieve(question)
    assert got.candidates[0].label == kind, [c.label for c in got.candidates[:5]]


def test_peers_stay_where_no_kind_is_asked(skills):
    got = skills.retrieve("Which skills are related to Python?")
    assert {c.label for c in got.candidates[:2]} == {"SQL", "Git"}
