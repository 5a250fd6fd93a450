"""A value said right before an entity's name ("What is *letter* RL-0094 about?", where
the letter's type is the concept *letter*, a value many letters share) says which thing is
meant, as a class word before a name does: no place to walk from, whose other holders (every
other letter) would answer. A value only that entity holds, said before it, is no such word
("Is Paris France's capital?": a claim asked, both mentions kept)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

LETTERS = """@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:letter rdfs:label "letter" .
ex:postcard rdfs:label "postcard" .
ex:trade rdfs:label "book trade" .
ex:war rdfs:label "the war" .
ex:leiden rdfs:label "Leiden" .
ex:paris rdfs:label "Paris" .
ex:france rdfs:label "France" ; ex:capital ex:paris .
ex:spain rdfs:label "Spain" .
ex:l1 rdfs:label "RL-0094" ; ex:hasType ex:letter ; ex:isAbout ex:trade ; ex:sentFrom ex:leiden .
ex:l2 rdfs:label "RL-0095" ; ex:hasType ex:letter ; ex:isAbout ex:war ; ex:sentFrom ex:paris .
ex:l3 rdfs:label "RL-0096" ; ex:hasType ex:letter ; ex:isAbout ex:war ; ex:sentFrom ex:leiden .
ex:l4 rdfs:label "PC-0001" ; ex:hasType ex:postcard ; ex:isAbout ex:trade .
"""


def _retriever(tmp_path):
    path = tmp_path / "letters.ttl"
    path.write_text(LETTERS, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path))


def test_a_shared_value_before_a_name_is_the_names_word(tmp_path):
    """ "letter" had been walked from: the answer was another letter, at confidence 1.0."""
    r = _retriever(tmp_path)
    for q in ("What is letter RL-0094 about?", "what topic is letter RL-0094 about"):
        res = r.retrieve(q)
        assert [m.node for m in res.mentions] == ["http://example.org/l1"], (q, res.mentions)
        labels = [c.label for c in res.candidates[:3]]
        assert "RL-0095" not in labels and "RL-0096" not in labels, (q, labels)
    res = r.retrieve("What is RL-0094 about?")
    assert res.candidates[0].label == "book trade"


def test_a_value_only_that_entity_holds_stays(tmp_path):
    """Paris is France's capital alone: said before "France", it is a claim, kept."""
    r = _retriever(tmp_path)
    res = r.retrieve("Is Paris France's capital?")
    assert {m.node for m in res.mentions} >= {
        "http://example.org/paris",
        "http://example.org/france",
    }


def test_a_shared_value_elsewhere_is_kept(tmp_path):
    """A shared value not right before a name stays a constraint of its own."""
    r = _retriever(tmp_path)
    res = r.retrieve("Which letters were sent from Leiden?")
    assert "http://example.org/leiden" in {m.node for m in res.mentions}


def test_a_value_after_a_preposition_heads_its_own_phrase(tmp_path):
    """ "letters from Leiden RL-0094"-like runs: a value that is a preposition's object is
    that phrase's head, not a word of the name after it (cube's "the South of Spain (Sur)")."""
    r = _retriever(tmp_path)
    res = r.retrieve("What is the letter from Leiden RL-0094 about?")
    assert "http://example.org/leiden" in {m.node for m in res.mentions}
