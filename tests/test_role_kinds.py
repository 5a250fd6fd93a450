"""A node the graph gives no class is, to a who-question, what WordNet files its role words
under (:func:`kgchat.retrieval.role_kinds._role_kinds`): the ``advisor`` of someone is a
person, their ``nationality`` no person (however near the encoder puts it to "people"), on
tiny graphs of bare triples with the real encoder and WordNet."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval.role_kinds import _role_kinds
from kgchat.wordnet import wordnet

PEOPLE = [
    ("Jonas Weber", "advisor", "Ada Blake"),
    ("Jonas Weber", "nationality", "Germany"),
    ("Jonas Weber", "profession", "physicist"),
    ("Jonas Weber", "gender", "male"),
    ("Ada Blake", "nationality", "Canada"),
    ("Ada Blake", "profession", "chemist"),
    ("Ada Blake", "gender", "female"),
]


def test_role_words_give_the_kinds_wordnet_files_them_under():
    if wordnet() is None:
        return
    assert _role_kinds(("advisor",)) == ("person",)
    assert _role_kinds(("director", "influenced")) == ("person",)
    # a nationality is a people (a group): no kind one node is
    assert _role_kinds(("nationality",)) == ()
    assert _role_kinds(("gender", "profession")) == ()
    assert _role_kinds(("person",)) == ()  # already said


def test_who_is_answered_by_the_person_a_role_names():
    """ "taught" says neither ``advisor`` nor ``nationality``: the kind of answer decides, and
    a country is nobody."""
    from kgchat.pipeline import make_retriever

    r = make_retriever(KnowledgeGraph.from_triples(PEOPLE), index_dir=None)
    res = r.retrieve("Who taught Jonas Weber?")
    assert res.candidates and r.kg.label(res.candidates[0].node) == "Ada Blake"


def test_a_place_is_still_where():
    """The kinds of a role are read for what a wh-word asks only: a where-question keeps its
    place answer."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples([*PEOPLE, ("Jonas Weber", "birthplace", "Leipzig")])
    r = make_retriever(kg, index_dir=None)
    res = r.retrieve("Where was Jonas Weber born?")
    assert res.candidates and r.kg.label(res.candidates[0].node) == "Leipzig"


def test_a_node_no_role_reaches_is_of_its_peers_kind():
    """Irène's only fact is her advisor: no relation points at her, so no role word says what
    she is; Marie Curie, at the same end of ``mentor`` (she has a mentor too), is a person by
    her role, and so Irène is. A who-question asked of the advisor's side ("Who had Marie
    Curie as mentor?") is then decided by its word order, not by which side a role names."""
    from kgchat.pipeline import make_retriever

    kg = KnowledgeGraph.from_triples(
        [
            ("Marie_Curie", "mentor", "Gabriel_Lippmann"),
            ("Irene_Joliot-Curie", "mentor", "Marie_Curie"),
            ("Marie_Curie", "spouse", "Pierre_Curie"),
        ]
    )
    r = make_retriever(kg, index_dir=None)
    assert "person" in r._own_or_roles("Irene_Joliot-Curie")
    assert r.retrieve("Who had Marie Curie as mentor?").answer == "Irene Joliot-Curie"
    assert r.retrieve("Who was Marie Curie's mentor?").answer == "Gabriel Lippmann"


def test_a_graph_with_classes_keeps_its_untyped_nodes_unkinded():
    """Where the graph states classes, a node it left untyped (a data provider) takes no kind
    from its role: "Who made The Kiss?" is the sculptor's, an ``Agent``, not the
    ``provider``'s. Nor is a literal ever a person or a place by the relation holding it."""
    from kgchat.pipeline import make_retriever

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    kg = KnowledgeGraph.from_triples(
        [
            ("The_Kiss", "creator", "Auguste_Rodin"),
            ("Auguste_Rodin", rdf_type, "Agent"),
            ("The_Kiss", "provider", "Europeana_Foundation"),
            ("The_Kiss", "advisor", '"true"'),
        ]
    )
    r = make_retriever(kg, index_dir=None)
    assert "person" not in r._own_or_roles("Europeana_Foundation")
    bare = make_retriever(KnowledgeGraph.from_triples(PEOPLE), index_dir=None)
    assert "person" in bare._own_or_roles("Ada Blake")
