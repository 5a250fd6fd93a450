"""A question word said once names one hop: a path whose second relation is said only by a
word its first relation already said (``replaces`` then ``replaced by``, both "succeeded")
is the successor's successor, and earns no support for that hop."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.question import analyze
from kgchat.retrieval.scoring import HeuristicPathScorer

_TERMS = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:holds rdfs:label "position held" .
ex:replaces rdfs:label "succeeded" .
ex:replacedBy rdfs:label "succeeded by" .
ex:start rdfs:label "start time" .
ex:office rdfs:label "Harbour Master" .
ex:ada rdfs:label "Ada Quill" .
ex:ben rdfs:label "Ben Roster" .
ex:cy rdfs:label "Cy Vantor" .
ex:ada ex:holds [ ex:holds ex:office ; ex:replacedBy ex:ben ; ex:start "1990" ] .
ex:ben ex:holds [ ex:holds ex:office ; ex:replaces ex:ada ; ex:replacedBy ex:cy ;
                  ex:start "1998" ] .
ex:cy ex:holds [ ex:holds ex:office ; ex:replaces ex:ben ; ex:start "2006" ] .
"""


def test_a_word_said_once_does_not_support_two_relations():
    """ "Who succeeded Ada Quill?": ``succeeded`` (walked back into Ben's term) then
    ``succeeded by`` (on to Ben's successor) says "succeeded" twice; the second hop keeps
    only what the question's other words give it."""
    q = analyze("Who succeeded Ada Quill?", [(2, 4)])
    twice = PathQuery(
        (("replaces", False), ("replacedBy", True)), ("succeeded", "succeeded by"), ()
    )
    alone = PathQuery((("replacedBy", True),), ("succeeded by",), ())
    s = HeuristicPathScorer()
    both, one = s.components(q, [twice, alone])
    assert one[1] > 0.9  # one hop, said
    assert both[1] < 0.75  # its mean support: the second relation unsaid


def test_the_holder_of_the_term_answers_not_its_successor(tmp_path):
    """Through Wikidata-like statement records (unnamed, qualified by ``replaces`` and
    ``replaced by``): Ada's successor is Ben, who holds the term that replaces her, not Cy,
    who replaced Ben."""
    path = tmp_path / "terms.ttl"
    path.write_text(_TERMS)
    kg = KnowledgeGraph.load(str(path))
    r = make_retriever(kg, index_dir=None, scorer=None)
    res = r.retrieve("Who succeeded Ada Quill?")
    assert res.answer == "Ben Roster"
