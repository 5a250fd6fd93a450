""" "The <noun phrase> of X" names the hop a chain takes first by any word of the phrase, its
modifier included: "the filing date of the *priority* application of X" is the filing date
of X's ``priority``, an application, not of X's own ``application`` (the relation the phrase's
head names). The later hop (``filing date``), which the encoder puts a hair nearer
"application" than ``priority`` is, had voted against the walk over ``priority``
(``WordOrder._chain_vote``, EPO patents graph)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

PATENTS = """@prefix p: <http://pat.example/def/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix d: <http://pat.example/pub/> .
@prefix a: <http://pat.example/app/> .
d:EP1 a p:Publication ; rdfs:label "EP 1 A1" ; p:titleOfInvention "Charging connector"@en ;
    p:application a:EP151 ; p:priority a:DE90 ; p:publicationDate "2021-09-01"^^xsd:date .
d:EP2 a p:Publication ; rdfs:label "EP 2 A1" ; p:titleOfInvention "Cooled cable"@en ;
    p:application a:EP152 ; p:priority a:FR91 ; p:publicationDate "2022-01-12"^^xsd:date .
a:EP151 rdfs:label "EP 151" ; p:filingDate "2020-03-03"^^xsd:date .
a:EP152 rdfs:label "EP 152" ; p:filingDate "2021-02-10"^^xsd:date .
a:DE90 rdfs:label "DE 90" ; p:filingDate "2019-04-11"^^xsd:date .
a:FR91 rdfs:label "FR 91" ; p:filingDate "2020-06-30"^^xsd:date .
"""


@pytest.fixture(scope="module")
def patents(tmp_path_factory) -> KnowledgeGraph:
    path = tmp_path_factory.mktemp("patents") / "patents.ttl"
    path.write_text(PATENTS, encoding="utf-8")
    return KnowledgeGraph.load(path)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is the filing date of the priority application of EP 1 A1?", "2019-04-11"),
        ("What is the filing date of the priority application of EP 2 A1?", "2020-06-30"),
        ("What is the filing date of the application of EP 1 A1?", "2020-03-03"),
    ],
)
def test_the_modifier_of_the_owned_noun_names_the_first_hop(patents, question, answer):
    res = make_retriever(patents).retrieve(question)
    assert str(res.answer) == answer and not res.abstained
