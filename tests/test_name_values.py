"""Two readings of the confidence (``kgchat.retrieval.confidence``) for words that say no
relation a path must say: a literal name the question gives its entity by, whose hop back to
the thing it names is said by naming it (``AnswerConfidence._name_value``), and the words
that say *when* the answer holds ("the *current* mayor": ``question_trims.timeless``)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.retrieval.question import analyze
from kgchat.retrieval.question_trims import timeless

TTL = (
    "@prefix : <http://example.org/t#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':Taxon a rdfs:Class ; rdfs:label "taxon" .\n'
    ':Protein a rdfs:Class ; rdfs:label "protein" .\n'
    ':Post a rdfs:Class ; rdfs:label "post" .\n'
    ':Person a rdfs:Class ; rdfs:label "person" .\n'
    ':commonName rdfs:label "common name" .\n'
    ':organism rdfs:label "organism" .\n'
    ':namespace rdfs:label "namespace" .\n'
    ':heldBy rdfs:label "held by" .\n'
    ':born rdfs:label "date of birth" .\n'
    ':t1 a :Taxon ; rdfs:label "Saccharomyces cerevisiae" ; :commonName "Baker\'s yeast" .\n'
    ':t2 a :Taxon ; rdfs:label "Homo sapiens" ; :commonName "Human" .\n'
    ':p1 a :Protein ; rdfs:label "Cyclin-dependent kinase 1" ; :organism :t1 .\n'
    ':p2 a :Protein ; rdfs:label "Cellular tumor antigen p53" ; :organism :t2 .\n'
    ':mayor a :Post ; rdfs:label "Mayor of Madrid" ; :heldBy :jose .\n'
    ':jose a :Person ; rdfs:label "Jose Almeida" ; :born "1975-04-29" .\n'
    + "".join(f':n{i} a :Protein ; rdfs:label "E{i}" ; :namespace "shared" .\n' for i in range(8))
)

T = "http://example.org/t#"


def _retriever(tmp_path):
    from kgchat.pipeline import make_retriever

    path = tmp_path / "taxa.ttl"
    path.write_text(TTL, encoding="utf-8")
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


def test_a_thing_named_by_a_name_value(tmp_path):
    """ "Proteins from baker's yeast": the question names the taxon by its common name, a
    literal; the walk goes from it back over ``common name`` to the taxon and on to its
    proteins, and that first hop is said by naming the value (it had abstained at 0: no
    question word says ``common name``). A value many things share (a namespace), a date
    and a thing that is no literal name nothing so."""
    r = _retriever(tmp_path)
    res = r.retrieve("proteins from baker's yeast")
    assert res.answer == "Cyclin-dependent kinase 1" and not res.abstained
    assert r._name_value('"Baker\'s yeast"')
    assert not r._name_value('"shared"')  # the namespace of eight entries
    assert not r._name_value('"1975-04-29"')  # a date is said of many things
    assert not r._name_value(T + "t1")


def test_words_of_time_ask_no_relation(tmp_path):
    """ "Who is the current Mayor of Madrid?": "current" asks when the answer holds (the
    retriever reads it as the year asked), not a relation; with the post named by the
    mention nothing else is asked, and the answer is the post's holder, as for the question
    without it. A word of that set used as a verb ("present with") stays."""
    assert timeless(analyze("who is the current mayor of madrid", [(4, 7)])).words == []
    kept = timeless(analyze("which diseases present with headache", [(4, 5)]))
    assert kept.words == ["diseases", "present"]
    r = _retriever(tmp_path)
    plain = r.retrieve("Who is the Mayor of Madrid?")
    now = r.retrieve("Who is the current Mayor of Madrid?")
    assert now.answer == plain.answer == "Jose Almeida"
    assert not now.abstained and now.confidence == plain.confidence
