"""A walk from a post the question names back to its holder: the post stands for the one who
holds it, so the hop to the holder is said by naming the post (``MiddleReadings._post_named``
in the middle hops' ceiling)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/g#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':Position a rdfs:Class ; rdfs:label "position" .\n'
    ':City a rdfs:Class ; rdfs:label "city" .\n'
    ':Party a rdfs:Class ; rdfs:label "political party" .\n'
    ':Membership a rdfs:Class ; rdfs:label "membership" .\n'
    ':positionHeld rdfs:label "position held" .\n'
    ':memberOfParty rdfs:label "member of political party" .\n'
    ':mayor a :Position ; rdfs:label "Mayor of Springfield" ; :jurisdiction :springfield .\n'
    ':speaker a :Position ; rdfs:label "Speaker of the Assembly" .\n'
    ':springfield a :City ; rdfs:label "Springfield" .\n'
    ':shelby a :City ; rdfs:label "Shelbyville" .\n'
    ':joe a :Person ; rdfs:label "Joe Quimby" ; :positionHeld :mayor ; :memberOfParty :dem ;\n'
    "    :birthPlace :shelby .\n"
    ':bob a :Person ; rdfs:label "Bob Stone" ; :positionHeld :mayor ; :memberOfParty :dem ;\n'
    "    :birthPlace :springfield .\n"
    ':ann a :Person ; rdfs:label "Ann Lee" ; :memberOfParty :rep ; :birthPlace :springfield .\n'
    ":m1 a :Membership ; :post :speaker ; :member :ann .\n"
    ':dem a :Party ; rdfs:label "Democratic Party" .\n'
    ':rep a :Party ; rdfs:label "Republican Party" .\n'
)


def test_a_post_names_its_holder(tmp_path):
    """ "Where was the Speaker of the Assembly born?" walks from the post back into the
    membership record that holds it, out to its ``member`` Ann Lee and on to her birth place:
    the post names her (it had abstained, the holder unsaid); so "What party does the Mayor of
    Springfield belong to?" from the post back over ``position held`` to its holders (Joe
    Quimby, Bob Stone) and on to their party (answered before too: the judge reads "mayor"
    in it). A walk from a city (no post) back to the people born there says nothing of them:
    "What party does Springfield belong to?" stays abstained."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "posts.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    res = r.retrieve("What party does the Mayor of Springfield belong to?")
    assert res.answer == "Democratic Party" and not res.abstained
    res = r.retrieve("Where was the Speaker of the Assembly born?")
    assert res.answer == "Springfield" and not res.abstained
    assert r.retrieve("What party does Springfield belong to?").abstained
