"""An active verb relation's agent noun names its subject, not its object: what a player
``plays`` (a handedness) is no player, so "Which players does X coach?" asks for the coached,
not for what they play (blind probe tennis, round 46: Carlos Moyá's players had been answered
"Left-handed")."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_CLUB = """\
Rafa Nadal|coach|Carlos Moya
Rafa Nadal|plays|Left-handed
Cam Norrie|plays|Left-handed
Cam Norrie|coach|Facundo Lugones
Casper Ruud|plays|Right-handed
Casper Ruud|coach|Christian Ruud
Jannik Sinner|plays|Right-handed
Jannik Sinner|coach|Darren Cahill
Jannik Sinner|genres|Baseline game
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    path = tmp_path_factory.mktemp("club") / "club.txt"
    path.write_text(_CLUB)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_an_active_verb_is_read_as_one(club):
    from kgchat.retrieval.phrases import active_verb

    assert active_verb("plays") == "plays"
    # a plural noun that reads like a verb in -s, a noun, a passive: none
    assert active_verb("genres") is None
    assert active_verb("coach") is None
    assert active_verb("directed by") is None
    # the verb's role word on its object still names it ("What does X require?")
    assert club.relation_head("plays") == "plays"


@needs_wordnet
def test_which_players_a_coach_has_are_players_not_what_they_play(club):
    res = club.retrieve("Which players does Carlos Moya coach?")
    assert res.answer == "Rafa Nadal"


@needs_wordnet
def test_what_a_player_plays_is_still_asked_by_the_verb(club):
    res = club.retrieve("What does Cam Norrie play?")
    assert res.answer == "Left-handed"
