"""The asked type's modifier read of the tied answers' own facts (modifier_facts)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.wordnet import wordnet

_PROTEINS = """\
@prefix : <http://example.org/p#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Protein rdfs:label "protein" .
:Taxon rdfs:label "taxon" .
:locatedIn rdfs:label "located in" .
:organism rdfs:label "organism" .
:secreted rdfs:label "Secreted" .
:cytoplasm rdfs:label "Cytoplasm" .
:hs a :Taxon ; rdfs:label "Homo sapiens" .
:mm a :Taxon ; rdfs:label "Mus musculus" .
:p1 a :Protein ; rdfs:label "Albumin" ; :organism :hs ; :locatedIn :secreted .
:p2 a :Protein ; rdfs:label "Insulin" ; :organism :hs ; :locatedIn :secreted .
:p3 a :Protein ; rdfs:label "Leptin" ; :organism :mm ; :locatedIn :secreted .
:p4 a :Protein ; rdfs:label "Actin" ; :organism :mm ; :locatedIn :cytoplasm .
"""


@pytest.fixture(scope="module")
def proteins(tmp_path_factory):
    path = tmp_path_factory.mktemp("proteins") / "proteins.ttl"
    path.write_text(_PROTEINS)
    return Retriever(KnowledgeGraph.load(path))


@pytest.mark.skipif(wordnet() is None, reason="WordNet files a taxon under its common noun")
def test_the_tied_answer_whose_fact_says_the_modifier_comes_first(proteins):
    """ "Which mouse proteins are secreted?": the three secreted proteins tie on their one
    walk from Secreted; Leptin's ``organism`` Mus musculus is what WordNet files under
    "mouse" (on START the first of the tie by node, the human Albumin)."""
    res = proteins.retrieve("Which mouse proteins are secreted?")
    assert res.answer == "Leptin" and not res.abstained


def test_a_modifier_no_tied_answer_holds_leaves_the_ranking(proteins):
    """A modifier no tied answer's facts say ("bovine") moves none: the ranking stands."""
    plain = proteins.retrieve("Which proteins are secreted?")
    res = proteins.retrieve("Which bovine proteins are secreted?")
    assert [c.node for c in res.candidates][:3] == [c.node for c in plain.candidates][:3]
