"""A name the retriever reads off the entity asked about, in chat mode (thirty-sixth round).

On a heritage graph whose names are ``dc:title`` and ``skos:prefLabel`` (no ``rdfs:label``),
"What is the Dutch title of The Night Watch?" crashed the claim check (the name's fact is
stated with ``rdfs:label``, a predicate that graph never uses, and the check asked the graph
for its inverse), which ``kgchat eval --mode chat`` runs on every reply and the reply guard on
every model reply; and the reply listed the painter and his birthplace with the title: the
retriever ranks the name first at 1.0, before walked ends it scored 1.02, and the chatbot took
every candidate scored at least the first's for a tie.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.claims import check_claims
from kgchat.chat.lists import members
from kgchat.chat.reply_check import check_reply
from kgchat.retrieval import Candidate

# a thing (a painting), a person, a place; every name by skos:prefLabel or dc:title
GRAPH = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dc: <http://purl.org/dc/elements/1.1/> .
@prefix ex: <http://ex.org/> .
ex:watch dc:title "The Night Watch"@en , "De Nachtwacht"@nl ; ex:creator ex:rembrandt .
ex:rembrandt skos:prefLabel "Rembrandt"@en ; ex:placeOfBirth ex:leiden .
ex:leiden skos:prefLabel "Leiden"@en ; ex:country ex:nl .
ex:nl skos:prefLabel "Netherlands"@en .
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory) -> KnowledgeGraph:
    path = tmp_path_factory.mktemp("names") / "heritage.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_name_answer_on_a_graph_without_rdfs_label_is_checked(kg):
    a = ChatBot(kg, backend=TemplateBackend()).ask("What is the Dutch title of The Night Watch?")
    assert a.answer == "De Nachtwacht"
    check = check_reply(kg, a)
    assert check.valid == check.cited == 1 and check.supported and not check.contradiction
    # a model's reply is checked the same way (the guard passes the graph): right and wrong
    ok = check_claims("The Night Watch is called De Nachtwacht in Dutch [1].", a.given, kg=kg)
    assert ok[0].valid == (True,), ok[0].problems
    bad = check_claims("Rembrandt is called De Nachtwacht [1].", a.given, kg=kg)
    assert bad[0].valid == (False,)


def test_a_candidate_scored_above_the_first_is_no_tie_with_it(kg):
    watch, painter, place = "http://ex.org/watch", "http://ex.org/rembrandt", "http://ex.org/leiden"
    first = Candidate('"De Nachtwacht"@nl', "De Nachtwacht", 1.0)
    tied = Candidate('"Nachtwacht"@nl', "Nachtwacht", 1.0)
    higher = [Candidate(painter, "Rembrandt", 1.02), Candidate(place, "Leiden", 1.02)]
    res = SimpleNamespace(candidates=[first, *higher, tied], mentions=[SimpleNamespace(node=watch)])
    found = members(kg, res, first, as_set=False, limit=10)
    assert [c.label for c in found.members] == ["De Nachtwacht", "Nachtwacht"]
    assert found.more == 0


def test_answers_whose_names_differ_only_in_case_are_said_once(kg):
    """Two proteins, human "MDM2" and mouse "Mdm2", named apart read as one answer said twice
    (the claim check's "repeats itself"); one name, citing each."""
    from kgchat.chat.lists import Members, list_reply

    found = Members(
        [Candidate("h", "MDM2", 1.0), Candidate("m", "Mdm2", 1.0), Candidate("t", "Trp53", 1.0)]
    )
    text, named = list_reply(found, lambda c: [{"h": 1, "m": 2, "t": 3}[c.node]])
    assert text == "MDM2 [1][2] and Trp53 [3]"
    assert [c.label for c in named] == ["MDM2", "Mdm2", "Trp53"]
