"""Two middle nodes the question says without a word for their hop, read by the confidence's
middle-node ceiling (``AnswerConfidence._middles_said``): a node named by the entity it is
known by (a drug by its brand: ``AnswerConfidence._stands_for``), and an unnamed junction
whose hop out to the answer is named for the type asked (an offer's ``price``)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/d#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Drug a rdfs:Class ; rdfs:label "drug" .\n'
    ':Brand a rdfs:Class ; rdfs:label "brand" .\n'
    ':Protein a rdfs:Class ; rdfs:label "protein" .\n'
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':Offer a rdfs:Class ; rdfs:label "offer" .\n'
    ':Event a rdfs:Class ; rdfs:label "event" .\n'
    ':brand rdfs:label "brand" .\n'
    ':target rdfs:label "target" .\n'
    ':author rdfs:label "author" .\n'
    ':date rdfs:label "date" .\n'
    ':offers rdfs:label "offers" .\n'
    ':price rdfs:label "price" .\n'
    ':seller rdfs:label "seller" .\n'
    ':paracetamol a :Drug ; rdfs:label "Paracetamol" ; :brand :tylenol ; :target :cox1 .\n'
    ':tylenol a :Brand ; rdfs:label "Tylenol" .\n'
    ':cox1 a :Protein ; rdfs:label "Prostaglandin synthase 1" .\n'
    ':r1 a :Drug ; rdfs:label "Restin" ; :author :lena ; :date "2001" .\n'
    ':lena a :Person ; rdfs:label "Lena Varga" .\n'
    ':gig a :Event ; rdfs:label "Night Long" ; :offers [ a :Offer ; :price "21.00" ;\n'
    "    :seller :lena ] .\n"
)

D = "http://example.org/d#"


def _retriever(tmp_path):
    from kgchat.pipeline import make_retriever

    path = tmp_path / "drugs.ttl"
    path.write_text(TTL, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_node_named_by_the_brand_it_is_known_by(tmp_path):
    """ "What does Tylenol target?": the brand node's one relation is the ``brand`` its drug
    has, named for what it is, so naming it names the drug, and the drug's ``target`` is the
    answer (it had abstained: no question word says the hop to the drug). A node with a
    relation of its own, or one reached over a relation not named for what it is, stands for
    nothing else."""
    r = _retriever(tmp_path)
    res = r.retrieve("What does Tylenol target?")
    assert res.answer == "Prostaglandin synthase 1" and not res.abstained
    assert r._stands_for(D + "tylenol", D + "brand")
    # Lena's one relation is the ``author`` of a drug, not named for what she is (a person)
    assert not r._stands_for(D + "lena", D + "author")
    # the drug has relations of its own
    assert not r._stands_for(D + "paracetamol", D + "brand")
    # so "When was Lena Varga born?" is not answered by the date of the drug she wrote
    assert r.retrieve("When was Lena Varga born?").abstained


def test_a_junction_said_by_its_hop_out_named_for_the_type_asked(tmp_path):
    """ "How much are tickets for Night Long?": the offer (an unnamed junction) is said by
    its hop out, ``price``, named for what "how much" asks; not so for "how long", which asks
    a length."""
    r = _retriever(tmp_path)
    res = r.retrieve("How much are tickets for Night Long?")
    assert res.answer == "21.00" and not res.abstained
    assert r.retrieve("How long are tickets for Night Long?").abstained
