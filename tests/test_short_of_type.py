"""A walk that stops a hop short of the type its question names abstains
(:mod:`kgchat.retrieval.short_of_type`): a fact-check reached by the claim it reviews, for a
question that asks the correction the fact-check points to."""

from __future__ import annotations

from kgchat import KnowledgeGraph

TTL = (
    "@prefix : <http://example.org/fc#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    ':ClaimReview a rdfs:Class ; rdfs:label "claim review" .\n'
    ':CorrectionComment a rdfs:Class ; rdfs:label "correction comment" .\n'
    ':Organization a rdfs:Class ; rdfs:label "organization" .\n'
    ':claimReviewed rdfs:label "claim reviewed" .\n'
    ':correction rdfs:label "correction" .\n'
    ':text rdfs:label "text" .\n'
    ':publisher rdfs:label "publisher" .\n'
    ':verifact a :Organization ; rdfs:label "VeriFact Desk" .\n'
    ':r1 a :ClaimReview ; :claimReviewed "Crime in Port Calder has tripled in five years." ;\n'
    "    :publisher :verifact ;\n"
    "    :correction [ a :CorrectionComment ;\n"
    '        :text "An earlier version misstated the figure." ] .\n'
    ':r2 a :ClaimReview ; :claimReviewed "Half of all new jobs went to immigrants." ;\n'
    "    :publisher :verifact .\n"
)


def test_an_answer_a_hop_short_of_the_type_named(tmp_path):
    """ "What correction was made to the fact-check of ...?" is answered by the fact-check
    itself (a claim review, reached by the claim text it reviews), whose own ``correction``
    points to the correction comment asked, unnamed: on START it was answered at 0.95, now it
    abstains. A question whose answer is of the type it names keeps its answer."""
    from kgchat.pipeline import make_retriever

    path = tmp_path / "fc.ttl"
    path.write_text(TTL, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    claim = "the claim that crime in Port Calder has tripled in five years"
    res = r.retrieve(f"What correction was made to the fact-check of {claim}?")
    assert res.abstained and res.confidence == 0.0
    res = r.retrieve(f"Which organization published the fact-check of {claim}?")
    assert res.answer == "VeriFact Desk" and not res.abstained
    res = r.retrieve(
        "Who published the fact-check of the claim that half of all new jobs went to immigrants?"
    )
    assert res.answer == "VeriFact Desk" and not res.abstained
