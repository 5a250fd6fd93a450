"""A word is said once: in "Who developed X?" the developer says *developed*, and a hop on from
the developer to its founder says nothing more, however near "founded" is to "developed". The
bare "who" asks a person, the founder is one, and the walk on to them had outranked the studio
the question asks for (:func:`kgchat.retrieval.wh_detours.support_beyond`)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.results import Candidate, Path
from kgchat.retrieval.wh_detours import UNSAID, hop_support, said_before_detour, support_beyond

_GAMES = """\
@prefix : <http://example.org/g#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Game rdfs:label "video game" .
:Company rdfs:label "company" .
:Person rdfs:label "person" .
:developer rdfs:label "developer" .
:foundedBy rdfs:label "founded by" .
:keyPerson rdfs:label "key person" .
:hollow a :Game ; rdfs:label "Hollow Knight" ; :developer :cherry .
:witcher a :Game ; rdfs:label "The Witcher 3" ; :developer :red .
:cherry a :Company ; rdfs:label "Team Cherry" ; :foundedBy :ari, :will .
:red a :Company ; rdfs:label "CD Projekt Red" ; :foundedBy :marcin ; :keyPerson :adam .
:ari a :Person ; rdfs:label "Ari Gibson" .
:will a :Person ; rdfs:label "William Pellen" .
:marcin a :Person ; rdfs:label "Marcin Iwinski" .
:adam a :Person ; rdfs:label "Adam Badowski" .
"""


@pytest.fixture(scope="module")
def games(tmp_path_factory):
    path = tmp_path_factory.mktemp("games") / "games.ttl"
    path.write_text(_GAMES)
    # the pipeline's retriever (its encoder finds "founded by" near "developed")
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


G = "http://example.org/g#"


def test_a_hop_that_repeats_the_word_before_it_says_nothing(games):
    """The encoder finds "founded by" near "developed" (a support above :data:`UNSAID`), but
    the developer hop says *developed* already: beyond it the founder's hop says nothing."""
    q = games.read(
        "Who developed Hollow Knight?", games.linker.link("Who developed Hollow Knight?")
    )[0]
    judge, query = games.judge, games.query
    founded = (G + "foundedBy", True)
    assert hop_support(judge, query, q)(*founded) >= UNSAID
    assert support_beyond(judge, query, q)(((G + "developer", True),), *founded) < UNSAID
    # the walk on to a founder scored above the developer (a person meets "who" better than
    # a company): the developer is put first, as for an unsaid hop
    one = ((G + "developer", True),)
    walk = Path(
        G + "hollow", (*one, founded), (G + "hollow", G + "cherry", G + "ari"), (1, 2), 2.45
    )
    ari = Candidate(G + "ari", "Ari Gibson", 2.45, [walk])
    cherry = Candidate(
        G + "cherry",
        "Team Cherry",
        2.05,
        [Path(G + "hollow", one, (G + "hollow", G + "cherry"), (1,), 2.05)],
    )
    moved = said_before_detour(
        q,
        [ari, cherry],
        hop_support(judge, query, q),
        lambda n: False,
        lambda r: None,
        support_beyond(judge, query, q),
    )
    assert [c.label for c in moved] == ["Team Cherry", "Ari Gibson"]
    kept = said_before_detour(q, [ari, cherry], hop_support(judge, query, q), lambda n: False)
    assert [c.label for c in kept] == ["Ari Gibson", "Team Cherry"]


@pytest.mark.parametrize(
    ("question", "studio"),
    [
        ("Who developed Hollow Knight?", "Team Cherry"),
        ("who developed the witcher 3", "CD Projekt Red"),
    ],
)
def test_the_developer_not_its_founder(games, question, studio):
    assert games.retrieve(question).answer == studio


@pytest.mark.parametrize(
    ("question", "founders"),
    [
        # the hop on says a word of its own: the founders are asked
        ("Who founded the company that developed Hollow Knight?", {"Ari Gibson", "William Pellen"}),
        ("Who founded the studio that developed The Witcher 3?", {"Marcin Iwinski"}),
    ],
)
def test_a_hop_said_by_its_own_word_is_walked(games, question, founders):
    assert games.retrieve(question).answer in founders
