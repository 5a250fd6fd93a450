"""A count read out of an unnamed part whose qualifier is named for the count asked (an ODRL
refinement ``[leftOperand odrl:count; rightOperand 20]``) answers "how many": the part says
what its figure counts, so its generic last relation (``right operand``) is not judged alone
as a near relation of the question. The graph is the odrl probe's (ODRL 2.2 vocabulary, a
DCAT catalogue, JSON-LD policies), as its publisher writes it."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_ODRL = Path(__file__).resolve().parent.parent / "bench" / "data" / "own" / "odrl"


def test_a_count_qualifier_says_the_count_asked() -> None:
    kg = KnowledgeGraph.load(*sorted(_ODRL.glob("*.*")))
    r = make_retriever(kg, index_dir=None, scorer=None)
    got = r.retrieve("How many times may the Locationforecast API be used under its offer?")
    assert not got.abstained, got.candidates[:3]
    assert got.candidates[0].label == "20"
