"""A relation's name says by its head noun what it points at: ``lower court decision`` at a
decision, which its modifiers ("lower court") are only about
(:mod:`kgchat.retrieval.relation_heads`). "When was K1 decided?" and "who decided K1" ask
K1's own date and judges (K1 is a decision: ``lower court decision`` joins two judgments, so
"decided" is said of K1), not those of the decision K1 appealed; "Who were the judges of the
lower court in K1?" asks the judges beyond that decision, not the decision, which meets the
question only by its name's modifiers. A relation naming a doer (``successor``), or met by a
noun that means it ("husband" of ``spouse``), is walked as before: the person who succeeded
someone, or someone's husband, is another person."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_CASES = """\
@prefix : <http://example.org/c#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:Judgment rdfs:label "Judgment" .
:Court rdfs:label "Court" .
:Person rdfs:label "Person" .
:lowerCourtDecision rdfs:label "lower court decision" .
:contributor rdfs:label "contributor" .
:date rdfs:label "date" .
:creator rdfs:label "creator" .
:successor rdfs:label "successor" .
:spouse rdfs:label "spouse" .
:birthDate rdfs:label "birth date" .
:k1 a :Judgment ; rdfs:label "KKO:2021:1" ; :date "2021-07-08"^^xsd:date ;
    :creator :kko ; :contributor :anna, :bert ; :lowerCourtDecision :h1 .
:k2 a :Judgment ; rdfs:label "KKO:2019:4" ; :date "2019-02-11"^^xsd:date ;
    :creator :kko ; :contributor :anna, :carl ; :lowerCourtDecision :h2 .
:h1 a :Judgment ; rdfs:label "Turun hovioikeus 15.3.2020 nro 2075" ;
    :date "2020-03-15"^^xsd:date ; :creator :turku ; :contributor :dora, :emil, :fanny .
:h2 a :Judgment ; rdfs:label "Vaasan hovioikeus 1.2.2018 nro 88" ;
    :date "2018-02-01"^^xsd:date ; :creator :vaasa ; :contributor :gus .
:kko a :Court ; rdfs:label "Supreme Court" .
:turku a :Court ; rdfs:label "Turku Court of Appeal" .
:vaasa a :Court ; rdfs:label "Vaasa Court of Appeal" .
:anna a :Person ; rdfs:label "Anna Aho" ; :birthDate "1960-01-02"^^xsd:date ;
    :successor :carl ; :spouse :bert .
:bert a :Person ; rdfs:label "Bert Berg" ; :birthDate "1958-05-06"^^xsd:date .
:carl a :Person ; rdfs:label "Carl Cay" ; :birthDate "1970-03-04"^^xsd:date .
:dora a :Person ; rdfs:label "Dora Dahl" .
:emil a :Person ; rdfs:label "Emil Eke" .
:fanny a :Person ; rdfs:label "Fanny Fors" .
:gus a :Person ; rdfs:label "Gus Grön" .
"""


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    path = tmp_path_factory.mktemp("cases") / "cases.ttl"
    path.write_text(_CASES)
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="WordNet is not installed")


@needs_wordnet
@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("When was KKO:2021:1 decided?", {"2021-07-08"}),
        ("who decided KKO:2021:1", {"Anna Aho", "Bert Berg"}),
    ],
)
def test_a_word_the_head_says_of_the_start(cases, question, answers):
    """K1 is a judgment, as the decision it appealed is: "decided" is said of K1."""
    assert cases.retrieve(question).answer in answers


def test_a_hop_said_by_its_modifiers_alone_is_walked_on(cases):
    """The lower court decision meets "lower court" by its name's modifiers, not by its head:
    the judges one hop beyond it are asked, not the decision."""
    res = cases.retrieve("Who were the judges of the lower court in KKO:2021:1?")
    assert res.candidates[0].label in {"Dora Dahl", "Emil Eke", "Fanny Fors"}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # ``successor`` names a doer: the person who succeeded Anna is Carl
        ("When was the person who succeeded Anna Aho born?", "1970-03-04"),
        # "husband" means ``spouse`` as a noun, no verb it derives from: Anna's husband
        ("When was Anna Aho's husband born?", "1958-05-06"),
    ],
)
def test_a_relation_to_another_of_a_kind_is_walked(cases, question, answer):
    """Both ends of ``successor`` and ``spouse`` are persons, but the question asks of the
    other one: neither is said of the start."""
    assert cases.retrieve(question).answer == answer
