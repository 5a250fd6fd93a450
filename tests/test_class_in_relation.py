"""A class's name said as a word of a relation's phrase is the relation's word, wherever the
question says it, and a class asked as a type is asked by its head noun.

On a graph whose relations are named with a class's word ("has member course", "has course
subgroup", beside the classes *course* and *course group*), "the member *course* of the
*course* subgroup of X" names the class twice: each time inside a relation's phrase (with the
word before it, or with the content word after it), so neither is a type nor a place to walk
from; and "Which member course does the course group of X have?" asks for courses: a *course
group* (head noun *group*) is no course, and its members are not what the question asks.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_TTL = """
@prefix : <http://example.org/uni#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .

:Course rdfs:label "course" .
:CourseGroup rdfs:label "course group" .
:inGroup rdfs:label "is in course group" .
:hasMember rdfs:label "has member course" ; owl:inverseOf :inGroup .
:broader rdfs:label "is a subgroup of course group" .
:narrower rdfs:label "has course subgroup" ; owl:inverseOf :broader .
:requires rdfs:label "requires" .

:Sciences a :CourseGroup ; rdfs:label "Sciences" .
:Physics a :CourseGroup ; rdfs:label "Physics courses" ; :broader :Sciences .
:Maths a :CourseGroup ; rdfs:label "Maths courses" ; :broader :Sciences .
:Humanities a :CourseGroup ; rdfs:label "Humanities" .
:Mechanics a :Course ; rdfs:label "Mechanics" ; :inGroup :Physics ; :requires :Calculus .
:Optics a :Course ; rdfs:label "Optics" ; :inGroup :Physics ; :requires :Geometry .
:Calculus a :Course ; rdfs:label "Calculus" ; :inGroup :Maths .
:Geometry a :Course ; rdfs:label "Geometry" ; :inGroup :Maths .
:Poetry a :Course ; rdfs:label "Poetry" ; :inGroup :Humanities .
"""

U = "http://example.org/uni#"


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    path = tmp_path_factory.mktemp("uni") / "uni.ttl"
    path.write_text(_TTL)
    return make_retriever(KnowledgeGraph.load(path), encoder="hashing", index_dir=None)


def test_a_class_word_inside_relation_phrases_is_no_mention(retriever):
    q = "What does the member course of the course subgroup of Sciences require?"
    linked = retriever.linker.link(q)
    # both "course"s link to the class; each sits inside a relation's phrase
    assert [m.node for m in linked].count(U + "Course") == 2
    assert all(retriever._in_relation(q, m) for m in linked if m.node == U + "Course")
    _, mentions, classes = retriever.read(q, linked)
    assert [m.node for m in mentions] == [U + "Sciences"] and not classes
    res = retriever.retrieve(q)
    top = {c.label for c in res.candidates if c.score == res.candidates[0].score}
    assert top == {"Calculus", "Geometry"}


def test_a_class_said_twice_stays_a_class_where_one_is_a_relation_word(retriever):
    """One mention of the class inside a relation's phrase ("member *course*"), the other the
    type asked ("Which *course* ..."): the class read out of the first is still a class at
    the second, a constraint, never walked from as an entity (down its rdf:type edges)."""
    q = "Which course is a member course of Physics courses?"
    _, mentions, classes = retriever.read(q, retriever.linker.link(q))
    assert U + "Course" in classes
    assert all(m.node in classes for m in mentions if m.node == U + "Course")
    res = retriever.retrieve(q)
    assert {c.label for c in res.candidates[:2]} == {"Mechanics", "Optics"}
    assert res.candidates[0].paths[0].pattern == ((U + "inGroup", False),)


def test_a_class_is_asked_for_by_its_head_noun(retriever):
    """ "Which member course" asks for courses: the class *course group* named beside
    Mechanics is no type of the answer (its head noun is *group*), so the groups Mechanics
    is in earn no bonus for being course groups, and the course in the same group ranks
    above them; a question that asks for a course group still gets one."""
    res = retriever.retrieve("Which member course does the course group of Mechanics have?")
    rank = [c.label for c in res.candidates]
    assert rank.index("Optics") < rank.index("Physics courses")
    assert res.candidates[0].score < 3.0  # no constraint bonus (1.0) on any group
    res = retriever.retrieve("Which course group is Mechanics in?")
    assert res.answer == "Physics courses"


def test_a_number_after_a_class_name_is_not_its_head():
    """ "NUTS 2021" is a scheme of NUTS regions in its 2021 edition: its head is "nuts"."""
    from kgchat.graph.vocab import RDF_TYPE, RDFS_LABEL

    kg = KnowledgeGraph.from_triples(
        [
            ("ES62", RDF_TYPE, "Nuts2021"),
            ("Nuts2021", RDFS_LABEL, '"NUTS 2021"'),
            ("Drug", RDFS_LABEL, '"drug class"'),
        ]
    )
    r = make_retriever(kg, encoder="hashing", index_dir=None)
    assert r._class_head("Nuts2021") == ("nuts",)
    assert r._class_head("Drug") == ("class",)
