"""A name said by its head noun, in lower case or the plural: "the otter" for "Eurasian otter",
"crested newts" for "great crested newt" (:mod:`kgchat.name_heads`)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/n#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    ':Taxon a rdfs:Class ; rdfs:label "taxon" .\n'
    ':Occurrence a rdfs:Class ; rdfs:label "occurrence" .\n'
    ':City a rdfs:Class ; rdfs:label "city" .\n'
    ':lutra a :Taxon ; rdfs:label "Lutra lutra" ; :rank "species" ;\n'
    '    skos:altLabel "Eurasian otter"@en, "European otter"@en .\n'
    ':triturus a :Taxon ; rdfs:label "Triturus cristatus" ; :rank "species" ;\n'
    '    skos:altLabel "great crested newt"@en .\n'
    ':salamandridae a :Taxon ; rdfs:label "Salamandridae" ; :rank "family" ;\n'
    '    skos:altLabel "salamanders and newts"@en .\n'
    ':ranunculaceae a :Taxon ; rdfs:label "Ranunculaceae" ; :rank "family" ;\n'
    '    skos:altLabel "buttercup family"@en .\n'
    ':mexico a :City ; rdfs:label "Mexico City" .\n'
    ':o1 a :Occurrence ; rdfs:label "ZMB 1" ; :taxon :lutra ; :recordedBy :anna .\n'
    ':o2 a :Occurrence ; rdfs:label "ZMB 2" ; :taxon :triturus ; :recordedBy :lars .\n'
    ':anna rdfs:label "Anna Berg" .\n'
    ':lars rdfs:label "Lars Holm" .\n'
    ':m1 rdfs:label "Night Ferry" ; :genre :cult ; :director :anna .\n'
    ':m2 rdfs:label "Moth Lantern" ; :genre :cult ; :director :lars .\n'
    ':cult rdfs:label "cult film" .\n'
    ':cont a :Frequency ; rdfs:label "continuously updated" .\n'
    ":m1 :frequency :cont .\n"
)


def _retriever(tmp_path):
    from kgchat.pipeline import make_retriever

    path = tmp_path / "taxa.ttl"
    path.write_text(TTL, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def _linked(r, question):
    return [(m.text, r.kg.label(m.node)) for m in r.linker.link(question)]


def test_a_head_noun_names_the_one_entity_whose_name_ends_in_it(tmp_path):
    """ "the otter", "otters", "crested newts": the head (with the words before it) of a name
    whose head the graph writes in lower case, held by no other entity's name, links to it
    (none did on START) below an exact name's score; the species asked about is answered."""
    r = _retriever(tmp_path)
    assert _linked(r, "Who recorded the otter?") == [("otter", "Lutra lutra")]
    assert _linked(r, "how many otters are there") == [("otters", "Lutra lutra")]
    found = r.linker.link("who recorded the crested newts")
    assert [(m.text, r.kg.label(m.node), m.method) for m in found] == [
        ("crested newts", "Triturus cristatus", "partial")
    ]
    assert found[0].score < 1.0
    assert r.retrieve("Who recorded the otter?").answer == "Anna Berg"


def test_a_head_noun_another_name_holds_or_a_proper_name_ends_in_links_nothing(tmp_path):
    """ "newt" is in two taxa's names (the family's "salamanders and newts"): neither; the head
    of a proper name ("city" of "Mexico City") is the common noun; a head that is a value many
    things share ("families": the rank "family") names that value, not "buttercup family"."""
    r = _retriever(tmp_path)
    assert _linked(r, "Who recorded the newt?") == []
    assert [n for _, n in _linked(r, "which city is largest")] in ([], ["city"])
    assert "Ranunculaceae" not in [n for _, n in _linked(r, "what families of taxa are there")]


def test_a_head_noun_right_before_a_name_is_its_kind(tmp_path):
    """ "the otter ZMB 1": the head noun before a name written as one is that name's kind in
    apposition, not the taxon named; the specimen alone is linked."""
    r = _retriever(tmp_path)
    assert _linked(r, "How much did the otter ZMB 1 weigh?") == [("zmb 1", "ZMB 1")]


def test_a_head_noun_of_a_tag_or_of_the_kind_asked_links_nothing(tmp_path):
    """ "films" is the head of the untyped tag "cult film", which films point at: a node of no
    class is no thing the question asks for by its kind ("Who directed films?"), and a head
    right after a wh-word is the kind asked ("*which* films"), not one thing named (fix51d
    had linked the tag and lost moviekb's "Which films ..." questions)."""
    r = _retriever(tmp_path)
    assert _linked(r, "Who directed films in 1990?") == []
    assert _linked(r, "Which films did Anna Berg direct?") == [("anna berg", "Anna Berg")]
    assert _linked(r, "which films were directed by Lars Holm") == [("lars holm", "Lars Holm")]


def test_a_participle_heads_no_name(tmp_path):
    """ "continuously updated" ends in a verb's form, no common noun: the question's verb
    "updated" links nothing (fix51d's rule linked it and lost catalog's "how often is the
    greenhous gas emissions inventory updated")."""
    r = _retriever(tmp_path)
    assert _linked(r, "how often is it updated") == []
