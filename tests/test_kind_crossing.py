"""A relation walked on into another kind of thing says itself again (issue 11, fix62a;
:func:`kgchat.retrieval.unsaid.crosses_kinds`).

The sixty-first round's fix61d priced a relation walked twice the same way as a hop the
question does not say: a child's child is a grandchild, no child. A campaign attributed to an
intrusion set that is attributed to a country is attributed to that country: the walk joins
three kinds of thing, and the one hop stops at a kind the question does not ask. Told apart by
the graph's classes and the kind the question names, not by words: the answer's class meets
"country", the intrusion set's does not, and the two share no class. A walk that stays among
one kind (a company owned by a company owned by a company) keeps its price. On a tiny Turtle
graph, with the real bundled encoder and the pipeline's retriever.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

_CTI = """\
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix th: <http://cti.example.org/ontology#> .
@prefix ex: <http://cti.example.org/id/> .

th:attributedTo rdfs:label "attributed to"@en .
th:targetsCountry rdfs:label "targets country"@en .
th:ownedBy rdfs:label "owned by"@en .
th:Campaign rdfs:label "Campaign"@en .
th:IntrusionSet rdfs:label "Intrusion Set"@en .
th:Country rdfs:label "Country"@en .
th:Company rdfs:label "Company"@en .
ex:ghost a th:Campaign ; rdfs:label "Operation Ghost" ; th:attributedTo ex:dukes ;
    th:targetsCountry ex:fr .
ex:dukes a th:IntrusionSet ; rdfs:label "The Dukes" ; th:attributedTo ex:ru ;
    th:targetsCountry ex:de , ex:uk , ex:us .
ex:ru a th:Country ; rdfs:label "Russia" .
ex:de a th:Country ; rdfs:label "Germany" .
ex:fr a th:Country ; rdfs:label "France" .
ex:uk a th:Country ; rdfs:label "United Kingdom" .
ex:us a th:Country ; rdfs:label "United States" .
ex:tanker a th:Company ; rdfs:label "Nordic Tankers" ; th:ownedBy ex:fleet .
ex:fleet a th:Company ; rdfs:label "Baltic Fleet Holdings" ; th:ownedBy ex:group .
ex:group a th:Company ; rdfs:label "Meridian Group" .
"""


@pytest.fixture(scope="module")
def cti(tmp_path_factory):
    path = tmp_path_factory.mktemp("cti") / "cti.ttl"
    path.write_text(_CTI, encoding="utf-8")
    yield from prepared_retriever(tmp_path_factory, lambda: KnowledgeGraph.load(path))


def test_a_relation_walked_on_across_typed_kinds_reaches_the_kind_asked(cti):
    """Campaign -> intrusion set -> country over ``attributed to`` twice, every node typed
    (fails on START: the campaign's own or the group's targeted countries answer)."""
    got = cti.retrieve("What country is Operation Ghost attributed to?")
    assert got.answer == "Russia"


def test_a_relation_walked_on_among_one_kind_stays_priced(cti):
    """A company owned by a company owned by a company: the owner asked is the first, the
    walk on stays among companies (the kind asked meets both)."""
    got = cti.retrieve("Which company is Nordic Tankers owned by?")
    assert got.answer == "Baltic Fleet Holdings"
