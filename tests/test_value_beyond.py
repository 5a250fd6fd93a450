"""A question whose entities meet at a node it does not ask for asks a fact of that node: "When
was the building at Largo do Pelourinho 17 built?" names a street and a house number, two
literals of one blank address node, and the building whose address it is joins them both; the
year it was built is one hop further, which the hop's cost had ranked second, and the
building, first, was abstained on (probe44a's cadastre, ``bench/data/own/cadastre.rdf``:
"0412B0008-1" at confidence 0 over "1908"). :func:`kgchat.retrieval.tied_candidates.rated_first`
puts first the node one of the first's walks reaches one hop further where the first is no
credible answer and that node is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.results import Path as Walk
from kgchat.retrieval.tied_candidates import rated_first

_CADASTRE = Path(__file__).resolve().parent.parent / "bench" / "data" / "own" / "cadastre.rdf"


def _walk(nodes: tuple[str, ...], score: float) -> Candidate:
    rels = tuple((f"r{i}", True) for i in range(len(nodes) - 1))
    path = Walk(nodes[0], rels, nodes, tuple(range(len(nodes) - 1)), score)
    return Candidate(nodes[-1], nodes[-1].strip('"'), score, [path])


def test_a_value_one_hop_beyond_an_incredible_first_comes_first() -> None:
    building = _walk(('"Largo do Pelourinho"', "_:addr", "b17"), 2.3)
    year = _walk(('"Largo do Pelourinho"', "_:addr", "b17", '"1908"'), 2.1)
    other = _walk(('"Largo do Pelourinho"', "_:addr2", "b4"), 2.0)

    def says(ranked: list[Candidate]) -> float:
        return 0.9 if ranked[0].node in ('"1908"', "b4") else 0.0

    out, rated = rated_first([building, other, year], says, below=0.2)
    assert [c.node for c in out] == ['"1908"', "b17", "b4"] and rated == 0.9
    # a first answer rated credible stays; so does one whose value is rated no better
    assert rated_first([building, other, year], says, below=0.0)[0][0] is building
    assert rated_first([building, year], lambda ranked: 0.1, below=0.2)[0][0] is building


@pytest.mark.skipif(not _CADASTRE.exists(), reason="needs bench/data/own/cadastre.rdf")
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When was the building at Largo do Pelourinho 17 built?", "1908"),
        # the mortgage record the parcel leads to, its creditor one hop on
        ("which bank has a morgage on 0608-B-0004", "Banco Comercial Português"),
    ],
)
def test_on_the_cadastre(question: str, answer: str) -> None:
    res = _registry().retrieve(question)
    assert res.candidates[0].label == answer
    assert not res.abstained


_LOADED: list[object] = []


def _registry():  # one retriever for both questions
    if not _LOADED:
        _LOADED.append(make_retriever(KnowledgeGraph.load(_CADASTRE)))
    return _LOADED[0]
