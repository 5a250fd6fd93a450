"""A question word that the answer's relation does not say but another relation of things of
the topic's kind does asks that other relation: where the topic lacks it, the near relation
is no answer (kgchat.retrieval.peer_relations.asked_of_another, RelationMatch._lexical)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_UNITS = """\
@prefix q: <http://qudt.org/schema/qudt/> .
@prefix u: <http://qudt.org/vocab/unit/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
u:L a q:Unit ; rdfs:label "Litre"@en ; q:ucumCode "L" ; q:uneceCommonCode "LTR" .
u:KiloGM a q:Unit ; rdfs:label "Kilogram"@en ; q:ucumCode "kg" ; q:uneceCommonCode "KGM" ;
    q:iec61360Code "0112/2///62720#UAA594" .
u:KiloM-PER-L a q:Unit ; rdfs:label "Kilometre per Litre"@en ; q:ucumCode "km.L-1" .
u:MI_N a q:Unit ; rdfs:label "Nautical Mile"@en ; q:ucumCode "[nmi_i]" ; q:uneceCommonCode "NMI" .
"""


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    path = tmp_path_factory.mktemp("units") / "units.ttl"
    path.write_text(_UNITS, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@pytest.mark.parametrize(
    "question",
    [
        "What is the UNECE code of the kilometre per litre?",
        # a code's letters apart from its digits name it too (``iec61360Code``)
        "What is the IEC 61360 code of the nautical mile?",
    ],
)
def test_a_code_another_unit_has_and_this_one_lacks_is_unanswered(units, question):
    """The unit's UCUM code says "code" only: it had answered at 0.5."""
    assert units.retrieve(question).abstained


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is the UNECE code of the litre?", "LTR"),
        ("What is the IEC 61360 code of the kilogram?", "0112/2///62720#UAA594"),
        ("What is the code of the litre in UCUM?", "L"),
    ],
)
def test_the_relation_asked_still_answers(units, question, answer):
    res = units.retrieve(question)
    assert not res.abstained
    assert res.answer == answer
