"""N-ary records labelled by their kind (:mod:`kgchat.graph.kind_labels`): a tiny VIVO graph
whose positions, titled "Professor" or "Associate Professor", relate a person and a
department."""

from __future__ import annotations

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever

V = "http://vivoweb.org/ontology/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
IND = "https://vivo.example.edu/individual/"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    people = ["Ann Lee", "Bo Chen", "Cy Ito", "Di Roy"]
    depts = ["Department of Physics", "Department of History"]
    titles = ["Professor", "Associate Professor", "Professor", "Associate Professor"]
    rows = []
    for k, (who, title) in enumerate(zip(people, titles, strict=True)):
        person, dept, pos = f"{IND}n{100 + k}", f"{IND}n{200 + k % 2}", f"{IND}n{300 + k}"
        rows += [
            (person, LABEL, f'"{who}"'),
            (person, RDF_TYPE, f"{V}FacultyMember"),
            (pos, RDF_TYPE, f"{V}FacultyPosition"),
            (pos, LABEL, f'"{title}"'),
            (pos, f"{V}relates", person),
            (pos, f"{V}relates", dept),
            (person, f"{V}relatedBy", pos),
            (dept, f"{V}relatedBy", pos),
        ]
    for k, name in enumerate(depts):
        rows += [
            (f"{IND}n{200 + k}", LABEL, f'"{name}"'),
            (f"{IND}n{200 + k}", RDF_TYPE, f"{V}AcademicDepartment"),
        ]
    return KnowledgeGraph.from_triples(rows)


def test_a_position_titled_by_its_kind_is_walked_through(kg: KnowledgeGraph) -> None:
    """The positions' labels are titles many share, no names: each position is an unnamed
    junction, and its title a value of it; the people and departments keep their names."""
    assert kg.label(f"{IND}n300").startswith("(anonymous")
    assert kg.label(f"{IND}n100") == "Ann Lee"
    assert kg.label(f"{IND}n200") == "Department of Physics"
    titles = {f.object_label for f in kg.facts_of(f"{IND}n301") if kg.is_literal(f.object)}
    assert titles == {"Associate Professor"}


def test_the_department_a_person_works_in_is_past_the_position(kg: KnowledgeGraph) -> None:
    """Asked where a person works, the department the position relates them to answers,
    not the position's title."""
    res = Retriever(kg).retrieve("Which department does Bo Chen work in?")
    assert res.candidates[0].label == "Department of History"


def test_a_thing_with_values_of_its_own_keeps_its_name() -> None:
    """LUBM names each department's professors "FullProfessor0", "FullProfessor1"...: a
    class of few distinct names whose instances relate a department and a university, but
    each states an email address of its own: a person, not a record, and keeps its name."""
    rows = []
    for d in range(3):
        for k in range(2):
            prof = f"{IND}d{d}p{k}"
            rows += [
                (prof, RDF_TYPE, f"{V}FullProfessor"),
                (prof, LABEL, f'"FullProfessor{k}"'),
                (prof, f"{V}worksFor", f"{IND}dept{d}"),
                (prof, f"{V}degreeFrom", f"{IND}univ{k}"),
                (prof, f"{V}email", f'"p{k}@d{d}.edu"'),
            ]
    rows += [(f"{IND}dept{d}", LABEL, f'"Department{d}"') for d in range(3)]
    rows += [(f"{IND}univ{k}", LABEL, f'"University{k}"') for k in range(2)]
    kg = KnowledgeGraph.from_triples(rows)
    assert kg.label(f"{IND}d1p0") == "FullProfessor0"
