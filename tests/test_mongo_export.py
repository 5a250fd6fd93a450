"""A MongoDB export (``mongoexport`` JSON Lines, Extended JSON v2) loads and answers (issue 11,
probe60b): every document is about its ``_id: {"$oid": ...}``, a reference by ObjectId joins
the document it names in another file, an embedded sub-document without a name (an address,
a vaccination) is an unnamed record, and ``$date``/``$numberDecimal``/``$numberInt`` are typed
literals. On START such a file did not load at all ("record 1 has no key naming what it is
about", then "a nested record has no key naming it"). On a tiny shelter export in two files,
with the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import json

import pytest

from kgchat import KnowledgeGraph
from tests.conftest import prepared_retriever

HARBOR, CEDAR = "5f001eef484ecc6c7f000001", "5f003dde2793f50c2c000002"
SHELTERS = [
    {
        "_id": {"$oid": HARBOR},
        "name": "Harbor Point Animal Shelter",
        "address": {"street": "100 Harbor Ave", "city": "Portland"},
        "capacity": {"$numberInt": "140"},
        "openedOn": {"$date": "1998-05-12T00:00:00Z"},
    },
    {
        "_id": {"$oid": CEDAR},
        "name": "Cedar Hollow Rescue",
        "address": {"street": "137 Cedar Ave", "city": "Eugene"},
        "capacity": 60,
    },
]
ANIMALS = [
    {
        "_id": {"$oid": "5f00d8890ae591941f000007"},
        "name": "Biscuit",
        "species": "dog",
        "shelter_id": {"$oid": HARBOR},
        "weightKg": {"$numberDecimal": "27.4"},
        "vaccinations": [
            {"vaccine": "Rabies", "date": {"$date": "2022-01-17T00:00:00Z"}, "vet": "Dr. Okafor"}
        ],
        "createdAt": {"$date": "2022-01-14T09:10:00.000Z"},
    },
    {
        "_id": {"$oid": "5f00f778ebcadb831b000008"},
        "name": "Pepper",
        "species": "cat",
        "shelterId": {"$oid": CEDAR},
        "microchip": None,
    },
]
MAYA, MAYA_B = "5f094de356dbed4e2700004d", "5f096cd2cf38a03c0300004e"
ADOPTERS = [
    {"_id": {"$oid": MAYA}, "firstName": "Maya", "lastName": "Lindqvist", "householdSize": 3},
    {"_id": {"$oid": MAYA_B}, "first_name": "Maya", "last_name": "Okafor"},
]
ADOPTIONS = [
    {
        "_id": {"$oid": "5f0d8890dc2861609e000070"},
        "animalId": {"$oid": "5f00d8890ae591941f000007"},
        "adopterId": {"$oid": MAYA},
        "adoptionDate": {"$date": "2022-03-05T00:00:00Z"},
        "fee": {"$numberDecimal": "150.00"},
    },
    {
        "_id": {"$oid": "5f0da77f069843d215000071"},
        "animalId": {"$oid": "5f00f778ebcadb831b000008"},
        "adopterId": {"$oid": MAYA_B},
        "adoptionDate": {"$date": "2022-04-18T00:00:00Z"},
        "fee": {"$numberDecimal": "85.00"},
    },
]


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shelter")
    paths = []
    collections = (
        ("shelters", SHELTERS),
        ("animals", ANIMALS),
        ("adopters", ADOPTERS),
        ("adoptions", ADOPTIONS),
    )
    for name, docs in collections:
        path = folder / f"{name}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        paths.append(path)
    return KnowledgeGraph.load(*paths)


@pytest.fixture(scope="module")
def retriever(kg, tmp_path_factory):
    yield from prepared_retriever(tmp_path_factory, lambda: kg)


def test_documents_are_their_ids_and_references_join(kg):
    """Each document is its ObjectId, named by its name; an ObjectId reference in one file is
    the document of another; sub-documents are unnamed records; Extended JSON numbers and
    dates are typed literals (a UTC-midnight date a day, a time of day a dateTime)."""
    assert kg.label(HARBOR) == "Harbor Point Animal Shelter"
    facts = {f.text for f in kg.facts()}
    assert "Biscuit — shelter id → Harbor Point Animal Shelter" in facts
    assert "Pepper — shelter id → Cedar Hollow Rescue" in facts
    assert "Harbor Point Animal Shelter — capacity → 140" in facts
    assert "Harbor Point Animal Shelter — opened on → 1998-05-12" in facts
    assert "Biscuit — weight kg → 27.4" in facts
    assert "Biscuit — created at → 2022-01-14T09:10:00.000Z" in facts
    assert not any("$oid" in f or "$date" in f for f in facts)
    cities = {f.object_label for f in kg.facts() if f.predicate == "city"}
    assert cities == {"Portland", "Eugene"}
    assert all(f.subject.startswith("_:") for f in kg.facts() if f.predicate == "city")


def test_a_name_in_parts_is_text_that_names_its_record(kg):
    """``firstName`` and ``lastName`` (or ``first_name``...) hold text: compile joins them
    into the adopter's name, and two adopters named Maya share no "Maya" node."""
    assert kg.label(MAYA) == "Maya Lindqvist"
    assert kg.label(MAYA_B) == "Maya Okafor"
    assert not kg.neighbors("Maya")


def test_a_question_walks_the_reference_and_the_sub_document(retriever):
    """Questions are answered through an ObjectId reference and an embedded address."""
    res = retriever.retrieve("Which shelter is Biscuit at?")
    assert res.answer == "Harbor Point Animal Shelter"
    res = retriever.retrieve("What is the capacity of Cedar Hollow Rescue?")
    assert res.answer == "60"
