"""The of-complement of an asked type ("which provisions *of law*") is part of the type and
names no hop of a walk (:mod:`kgchat.retrieval.type_complement`, :mod:`kgchat.retrieval.
said_hops`)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval.question import analyze
from kgchat.retrieval.type_complement import type_complement
from kgchat.text import tokens

TTL = (
    "@prefix : <http://example.org/c#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Judgment a rdfs:Class ; rdfs:label "judgment" .\n'
    ':Provision a rdfs:Class ; rdfs:label "provision" .\n'
    ':referenceToLegislation rdfs:label "reference to legislation" .\n'
    ':referenceToCaseLaw rdfs:label "reference to case law" .\n'
    ':k2 a :Judgment ; rdfs:label "KKO:2019:2" ; :referenceToLegislation :p11, :p4 ;'
    " :referenceToCaseLaw :k7 .\n"
    ':k7 a :Judgment ; rdfs:label "KKO:2015:7" ; :referenceToLegislation :p9 .\n'
    ':k3 a :Judgment ; rdfs:label "KKO:2019:3" ; :referenceToLegislation :p8 .\n'
    ':p11 a :Provision ; rdfs:label "Child Custody Act 11 §" .\n'
    ':p4 a :Provision ; rdfs:label "Child Custody Act 4 §" .\n'
    ':p9 a :Provision ; rdfs:label "Limitation Act 9 §" .\n'
    ':p8 a :Provision ; rdfs:label "Criminal Code 21:8" .\n'
)


def test_complement_is_read_by_grammar():
    """A bare noun after the head's "of" is the complement; one with an article, a mention
    or after "what is the N" is not."""
    q = "Which members of staff does the lab employ?"
    assert type_complement(tokens(q), set(), analyze(q, []).answer_type) == ["staff"]
    q = "Which album of the band has X?"
    assert type_complement(tokens(q), {6}, analyze(q, [(6, 7)]).answer_type) == []
    q = "What is the population of capital X?"
    assert type_complement(tokens(q), {6}, analyze(q, [(6, 7)]).answer_type) == []


def test_complement_names_no_hop(tmp_path):
    """ "What provisions of law does KKO:2019:2 refer to?": "law", the type phrase's
    complement, named ``reference to case law`` on START, so the two-hop walk through the
    cited judgment (both hops named, its length price forgiven) outranked the judgment's own
    ``reference to legislation``; now the one-hop walk answers."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "cases.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("What provisions of law does KKO:2019:2 refer to?")
    assert res.answer in {"Child Custody Act 11 §", "Child Custody Act 4 §"}
