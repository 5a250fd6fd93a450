"""A joint answer one hop past where its entities' paths meet: "How long is the section
from A to B?" meets at the section (reached back from both ends) and asks its ``length``;
the hop the paths share after they meet is one walk, counted once, so the length is not
outranked by the section it belongs to."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.config import ScorerConfig
from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.question import analyze
from kgchat.retrieval.scoring import HeuristicPathScorer
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


def test_the_shared_walk_is_priced_once():
    """Two paths of two hops with the same last hop cost the hops of one path of three
    (each own hop, then the shared one), not four."""
    q = analyze("How long is the section from Alderwick to Birchmoor?", [(6, 7), (8, 9)])
    joint = PathQuery(
        (("opStart", False), ("length", True), ("opEnd", False), ("length", True)),
        ("op start", "length", "op end", "length"),
        ("number",),
        parts=(2, 2),
    )
    apart = PathQuery(
        (("opStart", False), ("length", True), ("opEnd", False), ("width", True)),
        ("op start", "length", "op end", "width"),
        ("number",),
        parts=(2, 2),
    )
    assert shared_ending(joint.pattern, joint.parts) == 1
    assert shared_ending(apart.pattern, apart.parts) == 0
    s = HeuristicPathScorer(config=ScorerConfig(unsaid=0.0))  # the hops alone
    a, b = s.components(q, [joint, apart])
    assert (a[4], b[4]) == (2.0, 3.0)
