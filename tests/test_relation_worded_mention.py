"""A mention whose words are the relation another mention's answer is reached by ("When did
Cornish go *extinct*?", "extinct" also a status value) is judged as that relation's word:
the answer is read from the other mention with the word said."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Candidate, Path

_LANGS = """\
@prefix : <http://example.org/l#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:Language rdfs:label "language" .
:Country rdfs:label "country" .
:status rdfs:label "status" .
:extinctSince rdfs:label "extinct since" .
:spatial rdfs:label "spatial" .
:extinct rdfs:label "extinct" .
:threatened rdfs:label "threatened" .
:KE a :Country ; rdfs:label "Kenya" .
:TZ a :Country ; rdfs:label "Tanzania" .
:GB a :Country ; rdfs:label "United Kingdom" .
:corn a :Language ; rdfs:label "Cornish" ; :status :extinct ; :extinctSince "1777"^^xsd:gYear ;
    :spatial :GB .
:livo a :Language ; rdfs:label "Livonian" ; :status :extinct ; :extinctSince "2013"^^xsd:gYear .
:nearly rdfs:label "nearly extinct" .
:manx a :Language ; rdfs:label "Manx" ; :status :nearly ; :extinctSince "1974"^^xsd:gYear ;
    :spatial :GB .
:wels a :Language ; rdfs:label "Welsh" ; :status :threatened ; :spatial :GB .
:swah a :Language ; rdfs:label "Swahili" ; :status :threatened ; :spatial :KE, :TZ ;
    :speakerEstimate [ :speakers 71000000 ; :source "Ethnologue" ] .
"""


@pytest.fixture(scope="module")
def langs(tmp_path_factory):
    path = tmp_path_factory.mktemp("langs") / "langs.ttl"
    path.write_text(_LANGS)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When did Cornish go extinct?", "1777"),
        ("When did Livonian become extinct?", "2013"),
    ],
)
def test_a_mention_that_words_the_relation_is_said_by_it(langs, question, answer):
    """Jointly, the status mention took "extinct" and the relation was left unsaid (0)."""
    res = langs.retrieve(question)
    assert res.answer == answer
    assert not res.abstained


def test_a_joint_answer_of_two_entities_is_still_judged_jointly(langs):
    """No mention's words are a relation's: nothing changes ("Welsh" says no relation)."""
    res = langs.retrieve("Which status do Welsh and Swahili have?")
    assert res.answer == "threatened"


_SHOP = """\
@prefix : <http://example.org/s#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:Product rdfs:label "product" .
:Offer rdfs:label "offer" .
:inStockOffer rdfs:label "in stock" .
:availability rdfs:label "availability" .
:price rdfs:label "price" .
:InStock rdfs:label "In stock" .
:SoldOut rdfs:label "Sold out" .
:beacon a :Product ; rdfs:label "Lumora Beacon" ; :inStockOffer :o1 .
:o1 a :Offer ; rdfs:label "Beacon offer" ; :availability :InStock ; :price "64.95"^^xsd:decimal .
:ridge a :Product ; rdfs:label "Lumora Ridge" ; :inStockOffer :o2 .
:o2 a :Offer ; rdfs:label "Ridge offer" ; :availability :SoldOut ; :price "39.95"^^xsd:decimal .
"""


def _worded(retriever, question, spans, paths):
    """``_relation_worded`` of a candidate reached by ``paths`` (start, relations)."""
    q = analyze(question, sorted(spans.values()))
    walks = [Path(s, tuple((r, True) for r in rs), (s, "x"), (0,), 1.0) for s, rs in paths]
    return retriever._relation_worded(q, Candidate("x", "x", 1.0, walks), spans)


def test_a_relation_named_only_by_the_value_does_not_word_it(tmp_path):
    """``in stock`` is the value's own name, no relation word: the in-stock offer's price
    says no "in stock" the question asks (shop's "How many ... are left in stock?", which the
    graph cannot answer, had been answered so at 0.95); ``extinct since`` says more than the
    status "extinct" is named."""
    path = tmp_path / "shop.ttl"
    path.write_text(_SHOP)
    shop = Retriever(KnowledgeGraph.load(path))
    s = "http://example.org/s#"
    spans = {s + "beacon": (2, 4), s + "InStock": (7, 9)}
    question = "How many Lumora Beacon lamps are left in stock?"
    paths = [(s + "beacon", (s + "inStockOffer", s + "price"))]
    assert _worded(shop, question, spans, paths) is None


def test_the_reading_gives_the_words_back(langs):
    """The word mention's words are the question's again; the other mention's paths stay."""
    ex = "http://example.org/l#"
    spans = {ex + "corn": (2, 3), ex + "extinct": (4, 5)}
    paths = [(ex + "corn", (ex + "extinctSince",))]
    q, top = _worded(langs, "When did Cornish go extinct?", spans, paths)
    assert "extinct" in q.words and q.spans == [(2, 3)]
    assert [p.start for p in top.paths] == [ex + "corn"]
