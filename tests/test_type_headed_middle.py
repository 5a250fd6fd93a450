"""A two-hop walk's middle node said by the question's structure alone where the question
names only the type it asks: the named node's one value of the first hop's relation, then a
relation whose name is a compound headed by that type (``MiddleReadings._only_value``,
``_type_headed``, in the middle hops' ceiling)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/g#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Episode a rdfs:Class ; rdfs:label "episode" .\n'
    ':Series a rdfs:Class ; rdfs:label "series" .\n'
    ':Channel a rdfs:Class ; rdfs:label "channel" .\n'
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':episodeOf rdfs:label "is episode of" .\n'
    ':seriesChannel rdfs:label "related publication channel" .\n'
    ':e1 a :Episode ; rdfs:label "Le Stoemp" ; :episodeOf :s1 ; :director :p1 .\n'
    ':e2 a :Episode ; rdfs:label "La Frite" ; :episodeOf :s1 ; :director :p2 .\n'
    ':e3 a :Episode ; rdfs:label "Springtij" ; :episodeOf :s2 ; :director :p2 .\n'
    ':s1 a :Series ; rdfs:label "A table avec Lucie" ; :seriesChannel :c1 .\n'
    ':s2 a :Series ; rdfs:label "Noorderkade" ; :seriesChannel :c2 .\n'
    ':c1 a :Channel ; rdfs:label "RDV Deux" .\n'
    ':c2 a :Channel ; rdfs:label "Een" .\n'
    ':p1 a :Person ; rdfs:label "Ann Peeters" .\n'
    ':p2 a :Person ; rdfs:label "Jan Claes" .\n'
)


def test_a_middle_said_by_the_type_asked(tmp_path):
    """ "Which channel is Le Stoemp on?": the episode's one ``is episode of``, its series,
    leads on by ``related publication channel`` to RDV Deux; the question says only the type
    it asks, and the relation's name is a compound headed by it: answered (it had abstained,
    the series unsaid). A question word no hop says stays abstained: "Which channel did Le
    Stoemp buy?" is not said by the series' channel."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "tv.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("Which channel is Le Stoemp on?")
    assert res.answer == "RDV Deux" and not res.abstained
    assert r.retrieve("Which channel did Le Stoemp buy?").abstained
