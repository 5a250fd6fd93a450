""" "What kind of N is X?" asks a kind X is; a walk out and back over one relation reaches a
peer of X (another thing of its sort), never its kind.

On bench/data/own/geonames, "what kind of place is Lugano" answered Winterthur at 1.0 (Lugano
-country-> Switzerland <-country- Winterthur: the question's only words are its type, "place",
which any town meets); on pharma, "What type of drug is amlodipine?" answered sumatriptan, a
drug under the same class.
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever
from kgchat.retrieval.question import analyze
from kgchat.retrieval.results import Candidate, Path

_PLACES = """\
@prefix : <http://example.org/geo#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:lugano rdfs:label "Lugano" ; :country :ch ; :population 63000 .
:winterthur rdfs:label "Winterthur" ; :country :ch ; :population 114000 .
:ch rdfs:label "Switzerland" .
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    path = tmp_path_factory.mktemp("geo") / "geo.ttl"
    path.write_text(_PLACES)
    return Retriever(KnowledgeGraph.load(path))


def _peer(kg_node):
    """Winterthur, reached from Lugano out over ``country`` and back."""
    ex = "http://example.org/geo#"
    pattern = ((f"{ex}country", True), (f"{ex}country", False))
    path = Path(f"{ex}lugano", pattern, (f"{ex}lugano", f"{ex}ch", kg_node), (0, 1), 1.0)
    return Candidate(kg_node, "Winterthur", 1.0, [path])


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What kind of place is Lugano?", True),
        ("Which type of place is Lugano?", True),
        ("Which places are in the same country as Lugano?", False),
    ],
)
def test_a_peer_is_no_kind(places, question, kind):
    toks = question.rstrip("?").split()
    at = toks.index("Lugano")
    q = analyze(question, [(at, at + 1)])
    confidence = places._confidence(q, [_peer("http://example.org/geo#winterthur")])
    assert (confidence == 0.0) == kind, confidence
