"""Of a candidate's equally scored paths, the one the confidence rates highest is read first
(:mod:`kgchat.retrieval.tied_paths`), whatever the order of the IRIs or of the file's facts."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

HEAD = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ag: <http://aims.fao.org/aos/agrontology#> .
@prefix c: <http://aims.fao.org/aos/agrovoc/> .
c: a skos:ConceptScheme ; skos:prefLabel "AGROVOC"@en .
"""
# maize is related to Zea mays, which produces it: two first hops the question ("pests of
# maize") says neither of, which the walk scores alike; the pests are Zea mays' pests. By IRI,
# ``ag:produces`` comes before ``skos:related``: a middle hop "produced by" the question never
# says, which the confidence rates 0, where "related" is what a thesaurus says of the crop
FACTS = [
    'c:c_1 a skos:Concept ; skos:inScheme c: ; skos:prefLabel "maize"@en .',
    "c:c_1 skos:related c:c_2 .",
    'c:c_2 a skos:Concept ; skos:inScheme c: ; skos:prefLabel "Zea mays"@en .',
    "c:c_2 ag:produces c:c_1 .",
    'c:c_3 a skos:Concept ; skos:inScheme c: ; skos:prefLabel "Ostrinia nubilalis"@en .',
    "c:c_3 ag:isPestOf c:c_2 .",
    'c:c_4 a skos:Concept ; skos:inScheme c: ; skos:prefLabel "Sitophilus zeamais"@en .',
    "c:c_4 ag:isPestOf c:c_2 .",
]
RELATED = "http://www.w3.org/2004/02/skos/core#related"


@pytest.mark.parametrize("order", [1, -1])
def test_the_tied_path_the_confidence_rates_highest_comes_first(tmp_path, order):
    path = tmp_path / "maize.ttl"
    path.write_text(HEAD + "\n".join(FACTS[::order]) + "\n", encoding="utf-8")
    res = Retriever(KnowledgeGraph.load(path)).retrieve("What are the pests of maize?")
    assert {c.label for c in res.candidates[:2]} == {"Ostrinia nubilalis", "Sitophilus zeamais"}
    assert not res.abstained and res.confidence == pytest.approx(1.0)
    # every pest's path (what the evidence cites) goes the way the confidence judged
    for c in res.candidates[:2]:
        assert c.paths[0].pattern[0] == (RELATED, True)
        assert c.paths[0].nodes[1].endswith("c_2")


@pytest.mark.parametrize("pests", [1, 2])
def test_the_rating_handed_back_is_that_of_the_ranking_handed_back(tmp_path, pests):
    # the retriever takes tied_first's rating for its confidence instead of rating again:
    # it must be the confidence of the very ranking returned (rated afresh here). With two
    # pests the second one's path is swapped too: what was rated changed, none is handed back
    # (retrieve's steps, where tied_first is called: kgchat.retrieval.retrieve_steps)
    from kgchat.retrieval import retrieve_steps as retriever_module

    path = tmp_path / "maize.ttl"
    facts = FACTS if pests == 2 else [f for f in FACTS if "c_4" not in f]
    path.write_text(HEAD + "\n".join(facts) + "\n", encoding="utf-8")
    r = Retriever(KnowledgeGraph.load(path))
    seen: list[tuple[list, float | None, float]] = []
    tied_first = retriever_module.tied_first

    def watched(candidates, sources, ties, rate, *ahead):
        ranked, rated = tied_first(candidates, sources, ties, rate, *ahead)
        seen.append((ranked, rated, rate(ranked)))
        return ranked, rated

    retriever_module.tied_first = watched
    try:
        res = r.retrieve("What are the pests of maize?")
    finally:
        retriever_module.tied_first = tied_first
    ((ranked, rated, fresh),) = seen
    assert ranked[0].paths[0].pattern[0] == (RELATED, True)  # a swap was made
    if pests == 1:
        assert rated == fresh == res.confidence
    else:
        assert rated is None and fresh == res.confidence
