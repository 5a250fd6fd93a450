"""A walk's first middle node said by being the only way on: the named node's kind holds
no relation the walk goes on by, and of its neighbours only those its first hop reaches do
(``MiddleWays.only_way`` in the middle hops' ceiling, ``MiddleHops._way_said``)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/c#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Building a rdfs:Class ; rdfs:label "building" .\n'
    ':Parcel a rdfs:Class ; rdfs:label "cadastral parcel" .\n'
    ':Ownership a rdfs:Class ; rdfs:label "ownership" .\n'
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':torre a :Building ; rdfs:label "Casa da Torre" ; :locatedOn :p1 .\n'
    ':arcos a :Building ; rdfs:label "Casa dos Arcos" ; :locatedOn :p2 .\n'
    ':celeiro a :Building ; rdfs:label "Celeiro da Torre" ; :locatedOn :p1 .\n'
    ':p1 a :Parcel ; rdfs:label "0608-C-0221" ;\n'
    '    :right [ a :Ownership ; :holder :paulo ; :share "1/1" ] .\n'
    ':p2 a :Parcel ; rdfs:label "0412-A-0252" ;\n'
    '    :right [ a :Ownership ; :holder :ana ; :share "1/1" ] .\n'
    ':paulo a :Person ; rdfs:label "Paulo Almeida" .\n'
    ':ana a :Person ; rdfs:label "Ana Sousa" .\n'
)

LUBM = (
    "@prefix : <http://example.org/u#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':Student a rdfs:Class ; rdfs:label "student" ; rdfs:subClassOf :Person .\n'
    ':Professor a rdfs:Class ; rdfs:label "professor" ; rdfs:subClassOf :Person .\n'
    ':Course a rdfs:Class ; rdfs:label "course" .\n'
    ':ann a :Student ; rdfs:label "Student21" ; :advisor :kim, :lee ; :takesCourse :c1 .\n'
    ':bob a :Student ; rdfs:label "Student22" ; :advisor :kim .\n'
    ':kim a :Professor ; rdfs:label "Professor3" ; :researchInterest "Research19" .\n'
    ':lee a :Professor ; rdfs:label "Professor4" ; :researchInterest "Research20" .\n'
    ':c1 a :Course ; rdfs:label "Course7" .\n'
)


def test_a_middle_said_by_the_only_way_on(tmp_path):
    """ "Who owns Casa da Torre?": a building holds no right of its own; its parcel does (a
    parcel another building stands on too, so no part the building holds alone), through
    an ownership record to its holder, and no other way from the building leads to a
    right: the parcel is the way people leave out, answered (it had abstained, the parcel
    unsaid)."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "cadastre.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("Who owns Casa da Torre?")
    assert res.answer == "Paulo Almeida" and not res.abstained


def test_a_peer_is_no_way(tmp_path):
    """ "What is Student21's research interest?" over her advisors': a professor is a
    person as a student is (a class above both), so what he has her kind may have; the
    advisor is an invented hop, and the unanswerable question stays abstained."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "univ.ttl"
    path.write_text(LUBM, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    assert r.retrieve("What is Student21's research interest?").abstained
