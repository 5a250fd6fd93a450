"""RO-Crate metadata as research-data and workflow registries publish it (the workflows probe's
graph shape, on tiny graphs): the context named by its URL is read without the network, and
a relation word the graph splits ("keywords", read "key words") is met as the question writes it."""

from __future__ import annotations

import json

import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import ParseError
from kgchat.retrieval import Retriever

BIOSCHEMAS = "https://bioschemas.org/ComputationalWorkflow#"
_CRATE = {
    "@context": [
        "https://w3id.org/ro/crate/1.1/context",
        {"codemeta": "https://codemeta.github.io/terms/"},
    ],
    "@graph": [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
        {"@id": "./", "@type": "Dataset", "name": "Tiny catalogue", "hasPart": [{"@id": "wf.nf"}]},
        {
            "@id": "wf.nf",
            "@type": ["File", "SoftwareSourceCode", "ComputationalWorkflow"],
            "name": "Peak caller",
            "programmingLanguage": {"@id": "#nextflow"},
            "input": [{"@id": "#reads"}],
            "codemeta:maintainer": {"@id": "https://orcid.org/0000-0002-1825-0097"},
        },
        {"@id": "#nextflow", "@type": "ComputerLanguage", "name": "Nextflow"},
        {"@id": "#reads", "@type": "FormalParameter", "name": "ChIP reads"},
        {"@id": "https://orcid.org/0000-0002-1825-0097", "@type": "Person", "name": "Ada Berg"},
    ],
}


@pytest.fixture(scope="module")
def crate(tmp_path_factory):
    path = tmp_path_factory.mktemp("crate") / "ro-crate-metadata.jsonld"
    path.write_text(json.dumps(_CRATE), encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_the_ro_crate_context_is_built_in(crate):
    """``https://w3id.org/ro/crate/1.1/context`` (what every RO-Crate names) is read as what it
    says: schema.org terms, Bioschemas' ``input`` and ``File`` as ``schema:MediaObject``; the
    crate's own inline context still adds its terms (the file had been refused as naming a
    remote document)."""
    r = Retriever(crate)
    res = r.retrieve("Which workflow language is Peak caller written in?")
    assert res.answer == "Nextflow" and not res.abstained
    assert r.retrieve("Who maintains Peak caller?").answer == "Ada Berg"
    assert r.retrieve("What are the inputs of Peak caller?").answer == "ChIP reads"


def test_another_remote_context_is_still_refused(tmp_path):
    """Only the published contexts kgchat holds are read; any other URL says what to do."""
    path = tmp_path / "crate.jsonld"
    doc = dict(_CRATE, **{"@context": "https://w3id.org/ro/crate/9.9/context"})
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ParseError, match="remote document"):
        KnowledgeGraph.load(path)


def test_a_relation_word_the_graph_splits_is_met_as_one_word():
    """``keywords`` is read "key words" by the graph's relation phrases; a question writing it
    as one word means those two words (it had been mended to a misspelt "keyboards", which
    no relation says, and the question abstained)."""
    from kgchat import KnowledgeGraph as KG

    kg = KG.from_triples(
        [
            ("Heatwave detection", "http://schema.org/keywords", '"heatwave, extremes, xclim"'),
            ("Heatwave detection", "http://schema.org/version", '"0.2.1"'),
            ("Heatwave detection", "http://schema.org/license", "BSD 3-Clause"),
        ]
    )
    r = Retriever(kg)
    for q in ("What are the keywords of Heatwave detection?", "keywords of Heatwave detection"):
        res = r.retrieve(q)
        assert res.answer == "heatwave, extremes, xclim" and not res.abstained, q
