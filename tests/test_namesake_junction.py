"""A mention that is a word of another mention's name frees no hop of a joint path
(:func:`kgchat.retrieval.record_meetings.named_frees`). On bench/data/own/filings, "What is the
LEI of Aurland Software?" links "Aurland" to the person Eirik Aurland (who goes by it) and
"Software" to the company: his walk and the company's meet in his officer record, each
mention's own, and the role there ('Chief Executive Officer') was priced with both walks' hops
into it free, above the company's ``leiCode`` (the answer was abstained on). The two words
are one run of the company's name and no run of his: he is the words' other reading, no
second thing the question names."""

from __future__ import annotations

from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.retrieval.record_meetings import named_frees

_FILINGS = Path(__file__).resolve().parent.parent / "bench" / "data" / "own" / "filings.jsonld"


def test_a_run_of_anothers_name_is_no_name_of_its_own() -> None:
    """The helper on its own: the founder's walk loses its free hops, the company's keeps
    them; two names side by side, neither a run of the other's, keep both."""
    tokens = ["what", "is", "the", "lei", "of", "aurland", "software"]
    names = {"eirik": "eirik aurland", "co": "aurland software asa"}
    spans = [(5, 6, "eirik"), (6, 7, "co")]
    assert named_frees([{"p": 1}, {"q": 1}], spans, tokens, names) == [{}, {"q": 1}]
    tokens = ["when", "did", "ann", "lee", "start", "as", "professor"]
    names = {"ann": "ann lee", "prof": "professor"}
    spans = [(2, 4, "ann"), (6, 7, "prof")]
    assert named_frees([{"p": 1}, {"q": 1}], spans, tokens, names) == [{"p": 1}, {"q": 1}]


def test_the_company_code_before_the_namesakes_role() -> None:
    r = make_retriever(KnowledgeGraph.load(_FILINGS))
    res = r.retrieve("What is the LEI of Aurland Software?")
    assert res.candidates[0].label == "5967007AURLANDSOF025"
    assert not res.abstained
