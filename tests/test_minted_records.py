"""A record keyed by a minted id (a document store's ObjectId, a UUID) and no class is a
record, not a thing a question must name (issue 11, probe60b;
:meth:`kgchat.retrieval.unnamed_nodes.UnnamedNodes.record_node`): a MongoDB export's
adoption document ``{"_id": {"$oid": ...}, "animalId": ..., "adopterId": ..., "fee": ...}``
has no name and no ``rdf:type``, and "How much was the adoption fee for Luna?" passed
through it to the fee at confidence 0 on START (the middle node read as a named thing the
question does not say). On a tiny graph of such records, with the real bundled encoder and
the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

DEC = "^^<http://www.w3.org/2001/XMLSchema#decimal>"
DATE = "^^<http://www.w3.org/2001/XMLSchema#date>"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
# adoption, animal, adopter (each an ObjectId and a name), fee, date
ADOPTIONS = [
    ("5f0e044cd4682205d4000074", "Luna", "Kenji Tanaka", "175.00", "2022-04-09"),
    ("5f0d8890dc2861609e000070", "Biscuit", "Maya Lindqvist", "150.00", "2022-03-05"),
    ("5f0da77f069843d215000071", "Pepper", "Omar Haddad", "85.00", "2022-04-18"),
]


def _oid(n: int) -> str:
    return f"5f00{n:020x}a"


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    triples = []
    for n, (oid, animal, adopter, fee, when) in enumerate(ADOPTIONS):
        pet, person = _oid(2 * n), _oid(2 * n + 1)
        triples += [
            (oid, "animal", pet),
            (oid, "adopter", person),
            (oid, "fee", f'"{fee}"{DEC}'),
            (oid, "adoption date", f'"{when}"{DATE}'),
            (pet, LABEL, f'"{animal}"'),
            (pet, "species", "dog" if animal != "Pepper" else "cat"),
            (person, LABEL, f'"{adopter}"'),
        ]
    kg = KnowledgeGraph.from_triples(triples)
    yield from prepared_retriever(tmp_path_factory, lambda: kg)


def test_a_value_of_a_minted_record_answers(retriever):
    """The fee of Luna's adoption record answers, not abstained (fails on START: the record
    "5f0e044c..." read as a thing the question must name, confidence 0)."""
    res = retriever.retrieve("How much was the adoption fee for Luna?")
    assert res.answer == "175.00"
    assert not res.abstained


def test_a_minted_record_is_a_record_a_named_node_is_not(retriever):
    """The ObjectId keyed record is one; a node named by its label is not."""
    assert retriever.record_node("5f0e044cd4682205d4000074")
    assert not retriever.record_node(_oid(0))
