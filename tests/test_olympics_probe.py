"""The olympics probe's general causes, on tiny Olympic-results graphs: an entity's own
value said beside its name ("the men's 73 kg *judo*") only says which one is meant, and is no
constraint walked from; an alternative said after its article ("a summer or *a* winter
games?") is offered as one without."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.mention import Mention
from kgchat.pipeline import make_retriever

OLYMPICS = """@prefix s: <http://schema.org/> .
@prefix o: <http://ex.org/olympics/> .
@prefix r: <http://ex.org/res/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
r:medals a skos:ConceptScheme ; skos:prefLabel "Olympic medals"@en .
r:Gold a skos:Concept ; skos:prefLabel "Gold"@en ; skos:inScheme r:medals .
r:Bronze a skos:Concept ; skos:prefLabel "Bronze"@en ; skos:inScheme r:medals .
r:London a s:City ; s:name "London" .
r:Beijing a s:City ; s:name "Beijing" .
r:g2012 a s:SportsEvent ; s:name "2012 Summer Olympics" ; s:location r:London .
r:g2008 a s:SportsEvent ; s:name "2008 Summer Olympics" ; s:location r:Beijing .
r:g2016 a s:SportsEvent ; s:name "2016 Summer Olympics" ; s:location r:Rio .
r:Rio a s:City ; s:name "Rio" .
r:g2020 a s:SportsEvent ; s:name "2020 Summer Olympics" ; s:location r:Tokyo .
r:Tokyo a s:City ; s:name "Tokyo" .
r:g2010 a s:SportsEvent ; s:name "2010 Winter Olympics" ; s:location r:Vancouver .
r:Vancouver a s:City ; s:name "Vancouver" .
r:g2014 a s:SportsEvent ; s:name "2014 Winter Olympics" ; s:location r:Sochi .
r:Sochi a s:City ; s:name "Sochi" .
r:g2018 a s:SportsEvent ; s:name "2018 Winter Olympics" ; s:location r:Pyeongchang .
r:Pyeongchang a s:City ; s:name "Pyeongchang" .
r:Judo a o:Sport ; s:name "Judo" .
r:m73 a o:Event ; s:name "Men's 73 kg" ; s:sport r:Judo .
r:w57 a o:Event ; s:name "Women's 57 kg" ; s:sport r:Judo .
r:ann a s:Person ; s:name "Ann Carter" ; s:sport r:Judo .
r:bob a s:Person ; s:name "Bob Baker" ; s:sport r:Judo .
r:cid a s:Person ; s:name "Cid Brooks" ; s:sport r:Judo .
[] o:athlete r:ann ; o:event r:m73 ; o:games r:g2008 ; o:medal r:Bronze .
[] o:athlete r:bob ; o:event r:m73 ; o:games r:g2012 ; o:medal r:Bronze .
[] o:athlete r:cid ; o:event r:m73 ; o:games r:g2008 ; o:medal r:Gold .
[] o:athlete r:ann ; o:event r:w57 ; o:games r:g2012 ; o:medal r:Gold .
"""
R = "http://ex.org/res/"


def _retriever(tmp_path):
    path = tmp_path / "olympics.ttl"
    path.write_text(OLYMPICS, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path))


def test_a_value_said_beside_its_entity_is_no_constraint(tmp_path):
    """ "the men's 73 kg judo": Judo, the event's own sport, said right after its name, only
    says which event; walked from, it had crowded the games out of the joint reading."""
    r = _retriever(tmp_path)
    said = [
        Mention("men's 73 kg", 3, 6, R + "m73", 1.0),
        Mention("judo", 6, 7, R + "Judo", 1.0),
        Mention("2008 summer olympics", 9, 12, R + "g2008", 1.0),
    ]
    toks = [
        "who",
        "got",
        "bronze",
        "in",
        "the",
        "men",
        "s",
        "73",
        "kg",
        "judo",
        "at",
        "the",
        "2008",
        "summer",
        "olympics",
    ]
    kept, dropped = r._restating(said, toks)
    assert [m.node for m in kept] == [R + "m73", R + "g2008"]
    assert dropped == [(6, 7)]
    # not beside: the sport is a constraint of its own
    apart = [said[0], Mention("judo", 8, 9, R + "Judo", 1.0), said[2]]
    assert len(r._restating(apart, toks)[0]) == 3
    # after a copula the value is what is said of the entity, a claim asked ("Is the men's
    # 73 kg judo?", "since when is X mayor of London")
    copular = [*toks[:2], "is", *toks[3:]]
    assert len(r._restating(said, copular)[0]) == 3
    assert r.read("is the men's 73 kg judo?", said[:2])[1] == said[:2]


def test_the_record_named_by_its_event_games_and_medal_answers(tmp_path):
    r = _retriever(tmp_path)
    res = r.retrieve("who got bronze in the men's 73 kg judo at the 2008 Summer Olympics")
    assert res.candidates[0].label == "Ann Carter"


def test_an_alternative_said_after_its_article_is_offered(tmp_path):
    """ "a summer or *a* winter games?": the second alternative starts after its article; it
    was not offered, and the question was answered with a country of the games' results."""
    from kgchat.retrieval.forms import offered

    assert "winter" in offered(["was", "it", "a", "summer", "or", "a", "winter", "games"])
    text = OLYMPICS + (
        "r:g2012 o:season r:Summer .\nr:g2014 o:season r:Winter .\n"
        'r:Summer a skos:Concept ; skos:prefLabel "Summer"@en .\n'
        'r:Winter a skos:Concept ; skos:prefLabel "Winter"@en .\n'
    )
    path = tmp_path / "seasons.ttl"
    path.write_text(text, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path))
    res = r.retrieve("Were the 2014 Winter Olympics a summer or a winter games?")
    assert res.candidates[0].label == "Winter"
    res = r.retrieve("Were the 2012 Summer Olympics a winter or a summer games?")
    assert res.candidates[0].label == "Summer"
