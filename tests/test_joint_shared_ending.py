"""A joint answer one hop past where its entities' paths meet: "How long is the section
from A to B?" meets at the section (reached back from both ends) and asks its ``length``;
the hop the paths share after they meet is one walk, counted once, so the length is not
outranked by the section it belongs to."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.shared_walks import met_before
from kgchat.retrieval.unsaid import shared_ending

_LINE = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:Section rdfs:label "section" .
ex:Point rdfs:label "operational point" .
ex:opStart rdfs:label "op start" .
ex:opEnd rdfs:label "op end" .
ex:length rdfs:label "length" .
ex:alder a ex:Point ; rdfs:label "Alderwick" .
ex:birch a ex:Point ; rdfs:label "Birchmoor" .
ex:cedar a ex:Point ; rdfs:label "Cedarholt" .
ex:s1 a ex:Section ; rdfs:label "S-AB" ; ex:opStart ex:alder ; ex:opEnd ex:birch ;
  ex:length "12050.0"^^xsd:double .
ex:s2 a ex:Section ; rdfs:label "S-BC" ; ex:opStart ex:birch ; ex:opEnd ex:cedar ;
  ex:length "8020.0"^^xsd:double .
ex:s3 a ex:Section ; rdfs:label "S-CA" ; ex:opStart ex:cedar ; ex:opEnd ex:alder ;
  ex:length "3310.0"^^xsd:double .
"""


def test_the_attribute_of_the_meeting_node_answers(tmp_path):
    path = tmp_path / "line.ttl"
    path.write_text(_LINE)
    r = make_retriever(KnowledgeGraph.load(str(path)), index_dir=None, scorer=None)
    res = r.retrieve("How long is the section from Alderwick to Birchmoor?")
    assert res.answer is not None and float(res.answer) == 12050.0


def test_only_one_named_meeting_node_is_counted_once():
    """The paths' common ending is one walk only where they pass the same node by it, and a
    named one: two sections of equal length reached from each end apart meet nowhere."""
    parents = {
        (("start", False),): {"s1": ("A", 0), "s2": ("A", 5)},
        (("start", False), ("length", True)): {"12": ("s1", 1)},
        (("end", False),): {"s2": ("B", 2)},
        (("end", False), ("length", True)): {"12": ("s2", 3)},
    }
    combo = [
        (1.0, (("start", False), ("length", True)), 0),
        (1.0, (("end", False), ("length", True)), 1),
    ]
    sources = [("A", parents), ("B", parents)]
    assert shared_ending(combo[0][1] + combo[1][1], (2, 2)) == 1
    assert met_before("12", combo, sources, lambda n: False) == 0  # s1 and s2
    parents[(("end", False), ("length", True))]["12"] = ("s1", 1)
    assert met_before("12", combo, sources, lambda n: False) == 1
    assert met_before("12", combo[:1], sources, lambda n: False) == 0  # one path
    back = [(s, (*pattern[:-1], ("length", False)), w) for s, pattern, w in combo]
    assert met_before("12", back, sources, lambda n: False) == 0  # walked backwards


def test_a_shared_ending_is_given_back_only_where_the_question_says_it(tmp_path):
    """The walk the paths share after they meet is counted once only where the question says
    its last hop (``CandidateRanking._ending_said``): "How long" says ``length``; "Which
    section joins A and B?" says nothing of a ledger entry one hop past the section."""
    from kgchat.retrieval.question import analyze

    path = tmp_path / "coded.ttl"
    path.write_text(_CODED)
    r = make_retriever(KnowledgeGraph.load(str(path)), index_dir=None, scorer=None)
    ex = "http://example.org/"
    how_long = analyze("How long is the section from Alderwick to Birchmoor?", [(6, 7), (8, 9)])
    which = analyze("Which section joins Alderwick and Birchmoor?", [(3, 4), (5, 6)])
    assert r._ending_said(how_long, ((ex + "opStart", False), (ex + "length", True)))
    assert not r._ending_said(which, ((ex + "opStart", False), (ex + "ledger", True)))


_CODED = _LINE.replace(
    'ex:length "12050.0"^^xsd:double .',
    'ex:length "12050.0"^^xsd:double ; ex:ledger ex:k1 .\nex:k1 rdfs:label "K-4471" .',
)


def test_a_shared_ending_the_question_does_not_say_is_not_given_back(tmp_path):
    """The walk the paths share is counted once only where the question says its last hop:
    "Which section joins Alderwick and Birchmoor?" asks the section where the paths meet, not
    the ledger entry one unsaid hop past it, which must not be raised to the section's score."""
    path = tmp_path / "coded.ttl"
    path.write_text(_CODED)
    r = make_retriever(KnowledgeGraph.load(str(path)), index_dir=None, scorer=None)
    res = r.retrieve("Which section joins Alderwick and Birchmoor?")
    top = {c.node: c.score for c in res.candidates}
    section = next(n for n in top if n.endswith("s1"))
    ledger = next((n for n in top if n.endswith("k1")), None)
    assert res.candidates[0].node == section
    assert ledger is None or top[ledger] < top[section] - 0.5 * r._hop_price
    res = r.retrieve("How long is the section from Alderwick to Birchmoor?")
    assert res.answer is not None and float(res.answer) == 12050.0
