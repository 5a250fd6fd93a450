"""A joint answer that two mentions meet only at a value many things hold is no answer:
"What is the status of Ana Silva's metformin?" where no request joins Ana Silva and metformin
reaches the status "active" from her request and from another patient's request for metformin,
as it would from any two requests; a request that joins them both answers with its own status."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.hub_walks import met_at_held_value
from kgchat.retrieval.results import Path

_PATIENTS = ["Ana Silva", "Ben Costa", "Carla Mendes", "Davi Rocha", "Eva Lima", "Fabio Nunes",
             "Gil Prado", "Hugo Reis"]  # fmt: skip
_DRUGS = ["metformin", "lisinopril", "atorvastatin", "amlodipine", "omeprazole", "sertraline",
          "ibuprofen", "warfarin"]  # fmt: skip


def _ttl(joined: bool) -> str:
    lines = [
        "@prefix : <http://example.org/h#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        ':subject rdfs:label "subject" .',
        ':medication rdfs:label "medication" .',
        ':status rdfs:label "status" .',
        ':Patient rdfs:label "patient" .',
        ':Request rdfs:label "medication request" .',
        ':Drug rdfs:label "drug" .',
    ]
    for i, (patient, drug) in enumerate(zip(_PATIENTS, _DRUGS, strict=True)):
        lines.append(f':p{i} a :Patient ; rdfs:label "{patient}" .')
        lines.append(f':m{i} a :Drug ; rdfs:label "{drug}" .')
        # each patient's request is for the next patient's drug: none for their "own"
        lines.append(f':r{i} a :Request ; :subject :p{i} ; :medication :m{(i + 1) % 8} ;'
                     ' :status "active" .')  # fmt: skip
    if joined:
        lines.append(':r8 a :Request ; :subject :p0 ; :medication :m0 ; :status "on hold" .')
    return "\n".join(lines)


def _retriever(tmp_path_factory, joined: bool):
    path = tmp_path_factory.mktemp("held") / "h.ttl"
    path.write_text(_ttl(joined))
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@pytest.fixture(scope="module")
def apart(tmp_path_factory):
    return _retriever(tmp_path_factory, joined=False)


@pytest.fixture(scope="module")
def joined(tmp_path_factory):
    return _retriever(tmp_path_factory, joined=True)


def test_mentions_met_only_at_a_common_status_get_no_answer(apart):
    res = apart.retrieve("What is the status of Ana Silva's metformin?")
    assert res.abstained or res.answer != "active"


def test_a_record_joining_the_mentions_gives_its_own_value(joined):
    res = joined.retrieve("What is the status of Ana Silva's metformin?")
    assert res.answer == "on hold" and not res.abstained


def test_one_mentions_own_value_is_answered(apart):
    res = apart.retrieve("What is the status of Ana Silva's medication request?")
    assert res.answer == "active" and not res.abstained


def test_a_value_few_hold_or_one_holder_is_no_meeting_at_a_held_value():
    many = KnowledgeGraph.from_triples([(f"r{i}", "status", '"active"') for i in range(8)])
    few = KnowledgeGraph.from_triples([(f"r{i}", "status", '"active"') for i in range(3)])
    a = Path("r0", (("status", True),), ("r0", '"active"'), (0,), 1.0)
    b = Path("r1", (("status", True),), ("r1", '"active"'), (1,), 1.0)
    back = Path("r1", (("status", False),), ('"active"', "r1"), (1,), 1.0)
    assert met_at_held_value(many, [a, b])
    assert not met_at_held_value(few, [a, b])
    assert not met_at_held_value(many, [a, a])  # one holder reached twice
    assert not met_at_held_value(many, [a, back])  # ends over different hops
    assert not met_at_held_value(many, [a])


_UNNAMED = "\n".join(
    [
        "@prefix : <http://example.org/h#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        ':subject rdfs:label "medication request subject" .',
        ':status rdfs:label "medication request status" .',
        ':authored rdfs:label "authored on" .',
        ':Patient rdfs:label "patient" .',
        ':Request rdfs:label "medication request" .',
        *(
            f':p{i} a :Patient ; rdfs:label "{name}" .\n'
            f'[] a :Request ; :subject :p{i} ; :status "active" ; :authored "2024-0{i + 1}-02" .'
            for i, name in enumerate(_PATIENTS)
        ),
    ]
)


@pytest.fixture(scope="module")
def statuses(tmp_path_factory):
    path = tmp_path_factory.mktemp("status") / "s.ttl"
    path.write_text(_UNNAMED)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_status_every_record_holds_is_no_answer_to_what_the_record_is(statuses):
    # "medications" is said by the requests' hops, never by their own word "status"
    res = statuses.retrieve("What medications is Ana Silva on?")
    assert res.abstained or res.answer != "active"


def test_a_status_asked_for_is_answered(statuses):
    res = statuses.retrieve("What is the status of Ana Silva's medication request?")
    assert res.answer == "active" and not res.abstained
