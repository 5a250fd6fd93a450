"""A walk out to a value many things share and back reaches a peer of the asked thing, not
its own value: "Who composed the music for X?" of a game with no composer, walked out to its
genre, back to another game of that genre and on to that game's composer, has no answer; the
same walk's first two hops alone ("the other games of X's genre") still answer, and so does the
whole walk where the question says its way back as well as its way out (the genre twice)."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.hub_walks import through_hub, way_back_said
from kgchat.retrieval.results import Path

_GAMES = ["Amber Vale", "Brisk Harbor", "Cobalt Spire", "Dune Lantern", "Ember Fold",
          "Frost Meridian", "Gale Orchard", "Hollow Quarry"]  # fmt: skip

_TTL = "\n".join(
    [
        "@prefix : <http://example.org/g#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        ':genre rdfs:label "genre" .',
        ':composer rdfs:label "composer" .',
        ':developer rdfs:label "developer" .',
        ':act rdfs:label "Action-adventure game" .',
        ':kondo rdfs:label "Koji Kondo" .',
        ':studio rdfs:label "Northwind Studio" .',
        *(
            f':g{i} rdfs:label "{name}" ; :genre :act ; :developer :studio .'
            for i, name in enumerate(_GAMES)
        ),
        ":g1 :composer :kondo .",
    ]
)


@pytest.fixture(scope="module")
def games(tmp_path_factory):
    path = tmp_path_factory.mktemp("games") / "games.ttl"
    path.write_text(_TTL)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_peers_value_through_a_shared_genre_is_no_answer(games):
    res = games.retrieve("Who composed the music for Amber Vale?")
    assert res.abstained or res.answer != "Koji Kondo"


def test_the_asked_games_own_value_is_answered(games):
    res = games.retrieve("Who composed the music for Brisk Harbor?")
    assert res.answer == "Koji Kondo" and not res.abstained


def test_a_value_few_share_is_no_hub():
    kg = KnowledgeGraph.from_triples([("a", "genre", "G"), ("b", "genre", "G"), ("b", "by", "K")])
    walk = Path("a", (("genre", True), ("genre", False), ("by", True)), ("a", "G", "b", "K"),
                (0, 1, 2), 1.0)  # fmt: skip
    assert not through_hub(kg, walk)
    many = KnowledgeGraph.from_triples(
        [*((f"g{i}", "genre", "G") for i in range(7)), ("g1", "by", "K")]
    )
    hub = Path("g0", walk.pattern, ("g0", "G", "g1", "K"), (0, 1, 7), 1.0)
    assert through_hub(many, hub)
    assert not through_hub(many, Path("g0", hub.pattern[:2], hub.nodes[:3], (0, 1), 1.0))


def test_a_question_saying_the_way_back_is_answered(games):
    res = games.retrieve("Who composed the games whose genre is the genre of Amber Vale?")
    assert res.answer == "Koji Kondo" and not res.abstained


def test_the_way_back_needs_a_word_the_way_out_left():
    # one word said once names one hop: the way out's
    once = way_back_said(np.array([1.0, 0.0]), np.array([1.0, 0.0]), [])
    twice = way_back_said(np.array([1.0, 0.0]), np.array([1.0, 0.0]), [2, 1])
    other = way_back_said(np.array([1.0, 0.0]), np.array([0.3, 0.9]), [])
    unnamed = way_back_said(np.array([0.3, 0.0]), np.array([0.3, 0.9]), [])
    assert (once, twice, other, unnamed) == (False, True, True, False)
