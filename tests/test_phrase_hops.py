"""A question's relation phrase that no hop of a shorter walk meets says a hop of its own:
a longer walk's hop no word names is paired with it and pays no length price
(:func:`kgchat.retrieval.said_hops.named_hops`, :func:`~kgchat.retrieval.said_hops.
relation_phrases`)."""

from __future__ import annotations

import numpy as np

from kgchat import KnowledgeGraph
from kgchat.retrieval.question import analyze
from kgchat.retrieval.said_hops import named_hops, relation_phrases

TTL = (
    "@prefix : <http://example.org/f#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Film a rdfs:Class ; rdfs:label "film" .\n'
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':director rdfs:label "director" .\n'
    ':previousWork rdfs:label "previous work" .\n'
    ':glass a :Film ; rdfs:label "Glass Harbor" ; :director :ana .\n'
    ':glass2 a :Film ; rdfs:label "Glass Harbor Returns" ; :director :ben ;'
    " :previousWork :glass .\n"
    ':tide a :Film ; rdfs:label "Low Tide" ; :director :ana .\n'
    ':ana a :Person ; rdfs:label "Ana Lind" .\n'
    ':ben a :Person ; rdfs:label "Ben Okafor" .\n'
)


def test_an_unmet_phrase_pairs_with_an_unnamed_hop():
    """The second hop, named by no word, is said by the phrase no hop meets; without such
    a phrase it stays unnamed, and two unnamed hops take one phrase only once. A hop whose
    best word is another hop's (a walk back to a sibling) or the answer's type (the hop to
    the kind asked) takes no phrase, nor does any hop of a walk no word names."""
    covers = [np.array([1.0, 0.1]), np.array([0.2, 0.3])]
    assert named_hops(covers, []) == 1
    assert named_hops(covers, [], None, [(0,), (1,)]) == 2
    assert named_hops(covers, [], None, [(0,)]) == 1  # the phrase is the first hop's
    assert named_hops([*covers, np.array([0.1, 0.2])], [], None, [(0,), (1,)]) == 2
    assert named_hops([covers[0], np.array([0.9, 0.0])], [], None, [(0,), (1,)]) == 1
    typed = np.array([False, False, True])
    kind = [np.array([1.0, 0.1, 0.0]), np.array([0.1, 0.2, 1.0])]
    assert named_hops(kind, [], typed, [(0,), (1,)]) == 1
    assert named_hops([np.array([0.2, 0.1]), np.array([0.1, 0.3])], [], None, [(0,), (1,)]) == 0


def test_relation_phrases_group_words_that_stand_together():
    """Content words next to one another are one phrase; a function word or the entity's
    name parts them, and the answer's type words are none; nor are a word between a
    determiner and the entity's name (its kind: "the *trial* NCT01") and the head of a
    relative clause ("the *company* that runs X": the walk's middle), nor the noun a "how
    many" asks a figure of."""
    q = analyze("Who is the principal investigator of the trial NCT01?", [(8, 9)])
    assert [[q.words[j] for j in ph] for ph in relation_phrases(q, np.zeros(3, bool))] == [
        ["principal", "investigator"],
    ]
    q = analyze("Which country does the director of Low Tide come from?", [(6, 8)])
    typed = np.array([w == "country" for w in q.words])
    assert [[q.words[j] for j in ph] for ph in relation_phrases(q, typed)] == [
        ["director"],
        ["come"],
    ]
    q = analyze("Who is the parent of the company that runs Acme Works?", [(9, 11)])
    assert [[q.words[j] for j in ph] for ph in relation_phrases(q, np.zeros(3, bool))] == [
        ["parent"],
        ["runs"],
    ]
    q = analyze("How many grams of carbohydrate does cooked white rice have?", [(7, 9)])
    assert [q.words[j] for ph in relation_phrases(q, np.zeros(4, bool)) for j in ph] == [
        "carbohydrate"
    ]


def test_the_sequel_is_a_hop(tmp_path):
    """ "Who directed the sequel to Glass Harbor?" says two relations, *directed* and
    *sequel*: the director of the film whose previous work Glass Harbor is (Ben Okafor), not
    Glass Harbor's own director (Ana Lind, the answer on START, where the walk back over
    ``previous work``, which no question word names at NAMED, paid the hop's whole price).
    Asked of the film itself, its own director still answers."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "films.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    assert r.retrieve("Who directed the sequel to Glass Harbor?").answer == "Ben Okafor"
    assert r.retrieve("Who directed Glass Harbor?").answer == "Ana Lind"
    assert r.retrieve("Who directed Glass Harbor Returns?").answer == "Ben Okafor"
