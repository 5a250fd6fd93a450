"""A pronoun never means an unnamed record (issue 13, probe60b): a document-store record of
a relation (an adoption keyed by its ObjectId, joining an animal and an adopter) is no
referent of "she", "it" or an implicit follow-up; its named participants are. On START,
"What city does she live in?" after "Who adopted Biscuit?" was asked of the adoption's
ObjectId (``What city does 5f0d8890dc2861609e000070 live in?``): the adopter reads as no
person (her only type word is ``adopterId``'s head, "id"), Biscuit is a female dog, and the
record, whose kind nothing tells, was the one entity left. With the real MongoDB reader,
encoder and chat pipeline, on a tiny export in four files."""

from __future__ import annotations

import json

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend

HARBOR, BISCUIT, MAYA = (
    "5f001eef484ecc6c7f000001",
    "5f00d8890ae591941f000007",
    "5f094de356dbed4e2700004d",
)
RECORD = "5f0d8890dc2861609e000070"
PEPPER, OMAR = "5f00f778ebcadb831b000008", "5f0ac1171854f211c2000059"
COLLECTIONS = {
    "shelters": [
        {"_id": {"$oid": HARBOR}, "name": "Harbor Point Animal Shelter", "capacity": 140},
    ],
    "animals": [
        {
            "_id": {"$oid": BISCUIT},
            "name": "Biscuit",
            "species": "dog",
            "sex": "female",
            "shelter_id": {"$oid": HARBOR},
        },
        {
            "_id": {"$oid": PEPPER},
            "name": "Pepper",
            "species": "cat",
            "sex": "male",
            "shelter_id": {"$oid": HARBOR},
        },
    ],
    "adopters": [
        {
            "_id": {"$oid": MAYA},
            "firstName": "Maya",
            "lastName": "Lindqvist",
            "address": {"street": "12 Elm St", "city": "Portland"},
        },
        {
            "_id": {"$oid": OMAR},
            "firstName": "Omar",
            "lastName": "Haddad",
            "address": {"street": "3 Oak Rd", "city": "Salem"},
        },
    ],
    "adoptions": [
        {
            "_id": {"$oid": RECORD},
            "animalId": {"$oid": BISCUIT},
            "adopterId": {"$oid": MAYA},
            "fee": {"$numberDecimal": "150.00"},
        },
        {
            "_id": {"$oid": "5f0da77f069843d215000071"},
            "animalId": {"$oid": PEPPER},
            "adopterId": {"$oid": OMAR},
            "fee": {"$numberDecimal": "85.00"},
        },
    ],
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shelter")
    paths = []
    for name, docs in COLLECTIONS.items():
        path = folder / f"{name}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        paths.append(path)
    return ChatBot(KnowledgeGraph.load(*paths), backend=TemplateBackend())


def test_she_never_means_the_adoption_record(bot):
    bot.reset()
    first = bot.chat("Who adopted Biscuit?")
    assert first.answer == "Maya Lindqvist"
    assert bot.retriever.record_node(RECORD)  # the adoption is a record, as retrieval reads it
    second = bot.chat("What city does she live in?")
    assert RECORD not in second.resolved_question
    # the adopter, who answered "who": a person, though WordNet reads "adopterId"'s "id" a thing
    assert second.resolved_question == "What city does Maya Lindqvist live in?"
    assert second.answer == "Portland"


def test_no_record_is_a_referent_of_any_pronoun_kind(bot):
    for kind in ("person", "thing", "place", None):
        assert bot.kinds.agrees(RECORD, kind) is False
    assert bot.kinds.agrees(MAYA, None) is True
