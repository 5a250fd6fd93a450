"""A list answer names an item that another reading of the question's words also names: "Which
albums are by Nirvana?" links "Nirvana" to the band and to its album "Nirvana"; the albums are
the band's, and the album is one of them, no entity the question asks about."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, TemplateBackend
from kgchat.chat.claims import check_claims, graph_names

T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
TRIPLES = [
    ("Nirvana (band)", T, "Band"),
    ("Nirvana (album)", T, "Album"),
    ("Nevermind", T, "Album"),
    ("Bleach", T, "Album"),
    ("In Utero", T, "Album"),
    ("Green", T, "Album"),
    ("Nevermind", "artist", "Nirvana (band)"),
    ("Bleach", "artist", "Nirvana (band)"),
    ("In Utero", "artist", "Nirvana (band)"),
    ("Nirvana (album)", "artist", "Nirvana (band)"),
    ("Nirvana (album)", "producer", "Scott Litt"),
    ("Green", "producer", "Scott Litt"),
]


def test_the_album_named_like_the_band_is_one_of_its_albums():
    kg = KnowledgeGraph.from_triples(TRIPLES)
    a = ChatBot(kg, backend=TemplateBackend()).ask("Which albums are by Nirvana?")
    assert sorted(a.answers) == ["Bleach", "In Utero", "Nevermind", "Nirvana (album)"]
    # and the list the reply names leaves none out
    claims = check_claims(a.text, a.given, kg=kg, names=graph_names(kg))
    assert not any(p.startswith("leaves out") for c in claims for p in c.problems)
