"""A hop the question does not say costs: a neighbour's fact two or three hops away over
relations nothing in the question says must not outscore the entity's own one-hop fact."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.config import ScorerConfig
from kgchat.retrieval.path_query import PathQuery
from kgchat.retrieval.question import analyze
from kgchat.retrieval.scoring import HeuristicPathScorer

_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _journals() -> KnowledgeGraph:
    """An article in an issue of a journal, citing an article of another journal."""
    return KnowledgeGraph.from_triples(
        [
            ("Entity_Linking", "is_part_of", "issue_12_3"),
            ("issue_12_3", "is_part_of", "Journal_of_Graph_Engineering"),
            ("issue_12_3", "volume", '"12"'),
            ("Entity_Linking", "cites", "Dense_Ranking"),
            ("Dense_Ranking", "is_part_of", "Transactions_on_Retrieval"),
            ("Entity_Linking", _TYPE, "Article"),
            ("Dense_Ranking", _TYPE, "Article"),
            ("issue_12_3", _TYPE, "Issue"),
            ("Journal_of_Graph_Engineering", _TYPE, "Journal"),
            ("Transactions_on_Retrieval", _TYPE, "Journal"),
        ]
    )


def test_a_neighbours_fact_over_an_unsaid_hop_does_not_beat_the_own_one():
    """ "In which journal was Entity Linking published?": nothing says ``cites`` nor ``is
    part of``, but the cited article's journal (``cites``, ``is part of``) had outscored
    the article's own through its issue (``is part of`` twice): support is a mean over
    distinct relations, so ``cites``, said a little by "published", lifted the mean and
    cost nothing; now each hop nothing says is priced, and ``is part of`` repeated in one
    direction is one relation (an issue is part of the journal)."""
    r = make_retriever(_journals(), index_dir=None, scorer=None)
    res = r.retrieve("In which journal was Entity Linking published?")
    assert res.answer == "Journal of Graph Engineering"


def test_each_unsaid_hop_is_priced_and_a_said_one_is_not():
    """The length component grows by ``unsaid`` for each hop nothing says (walked out and
    back: twice), not for a hop the question says, and not for a one-hop path; a relation
    walked out and back is said once, its hop back priced as unsaid (fix61d: another
    article starting on the same page, no start page)."""
    q = analyze("On which page does Graph Embeddings start?", [(4, 6)])
    own = PathQuery((("page_start", True),), ("page start",), ("start",))
    said = PathQuery(
        (("page_start", True), ("page_start", False)), ("page start", "page start"), ()
    )
    away = PathQuery(
        (("author_list", True), ("author_list", False), ("starting_page", True)),
        ("author list", "author list", "starting page"),
        ("page",),
    )
    priced = HeuristicPathScorer(config=ScorerConfig(unsaid=1.0))
    free = HeuristicPathScorer(config=ScorerConfig(unsaid=0.0))
    a, b = priced.components(q, [own, said, away]), free.components(q, [own, said, away])
    assert a[0, 4] == b[0, 4] == 0.0  # one hop: its support prices it already
    assert b[1, 4] == 1.0 and a[1, 4] == 2.0  # out and back: the hop back unsaid
    assert b[2, 4] == 2.0 and a[2, 4] > 3.5  # author list, unsaid, walked twice


_REVIEWS = """@prefix s: <https://schema.org/> .
@prefix ex: <https://shop.example/> .
ex:tent a s:Product ; s:name "Alpspitze Tent" ;
  s:review [ a s:Review ; s:author ex:ana ;
             s:reviewRating [ a s:Rating ; s:ratingValue 4 ] ] ,
           [ a s:Review ; s:author ex:ole ;
             s:reviewRating [ a s:Rating ; s:ratingValue 2 ] ] .
ex:stove a s:Product ; s:name "Flicker Stove" ;
  s:review [ a s:Review ; s:author ex:ana ;
             s:reviewRating [ a s:Rating ; s:ratingValue 5 ] ] .
ex:ana a s:Person ; s:name "Ana Quintela" .
ex:ole a s:Person ; s:name "Ole Brandvik" .
"""


def test_a_conjunction_through_an_unnamed_node_keeps_its_answer(tmp_path):
    """ "What rating did Ana Quintela give the Alpspitze Tent?" is answered jointly: Ana's
    path and the Tent's meet at one unnamed review node. Priced as hops nothing says, the
    Tent's ``review`` hop into it (and Ana's ``author`` hop) had sunk the joint answer below
    another reviewer's rating of the Tent, reached from the Tent alone (2)."""
    assert ScorerConfig().unsaid > 0  # the price is on
    path = tmp_path / "shop.ttl"
    path.write_text(_REVIEWS, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    assert r.retrieve("What rating did Ana Quintela give the Alpspitze Tent?").answer == "4"


def _price(q, paths):
    """Per path, the unsaid price in hops: its length component with the price less without."""
    priced = HeuristicPathScorer(config=ScorerConfig(unsaid=1.0)).components(q, paths)
    free = HeuristicPathScorer(config=ScorerConfig(unsaid=0.0)).components(q, paths)
    return (priced[:, 4] - free[:, 4]).tolist()


def test_a_joint_query_prices_only_the_walk_its_paths_share():
    """A joint query's paths each walk from a named entity to the node where they meet: those
    hops are said by naming the entities, whatever their relations; the walk the paths
    share from there to the answer is priced, once (it is one walk, though each path
    holds it); paths meeting at the answer itself cost nothing."""
    q = analyze("What rating did Ana Quintela give the Alpspitze Tent?", [(3, 5), (7, 9)])
    shared = (("reviewRating", True), ("ratingValue", True))
    said = ("review rating", "rating value")

    def joint(first: str, second: str) -> PathQuery:
        return PathQuery(
            ((first, False), *shared, (second, True), *shared),
            (first, *said, second, *said),
            parts=(3, 3),
        )

    alone = PathQuery(shared, said)
    alike = PathQuery((("author", False), ("author", False)), ("author", "author"), parts=(1, 1))
    prices = _price(q, [joint("author", "review"), joint("founder", "sponsor"), alone, alike])
    assert prices[2] > 0
    # own hops forgiven, the shared walk priced once
    assert prices[0] == pytest.approx(prices[2]) and prices[1] == pytest.approx(prices[2])
    assert prices[3] == 0.0


def test_a_noun_the_subject_has_is_the_relation_asked_not_an_unsaid_type():
    """ "What *symptoms* does the disease treated by X have?" asks the disease's symptoms,
    as "the symptoms of" would: on a graph with no word for symptoms the noun stays a word
    the path must say (it was dropped as an unsaid type, and the disease itself, reached by
    ``treats``, met every word left at 1.0)."""
    from dataclasses import replace

    from kgchat.retrieval.question import analyze
    from kgchat.retrieval.relation_match import RelationMatch
    from kgchat.retrieval.scoring import PathQuery

    q = analyze("What symptoms does the disease treated by sumatriptan have?", [(7, 8)])
    q = replace(q, unsaid=frozenset({"symptoms"}))
    treated = PathQuery((("treats", False),), ("treated by",), ("disease",))
    assert RelationMatch().confidence(q, treated) < 0.4  # 1/3: "treated" alone; 0.5 before
