"""What a named graph's description says answers questions about the statement, not about
the entities the statement talks of; two fields of one record that the question tells apart
by nothing are no answer.

Nanopublications (TriG) hold a claim, a BioLink association record, in an assertion graph
whose provenance says who asserted it. The walk from the gene into its record, back into the
assertion's graph (``schema:about``, read off the quads) and out to ``prov:wasAttributedTo``
took both middle hops free, both nodes being unnamed: "What diseases is PCSK9 associated
with?" was answered by the asserting person ("attributed to" is near "associated with" to
the encoder) above the record's own disease. The hop into the graph is now paid
(:data:`kgchat.graph.named_graphs.INTO_GRAPH`). Where the record's kind says every word of
the question, its fields tie (the disease, the PubMed id); the first by identifier is no
answer (:func:`kgchat.retrieval.record_fields.fields_tied`).
"""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.retrieval import Retriever

_PREFIXES = """\
@prefix ex: <http://example.org/> .
@prefix np: <http://www.nanopub.org/nschema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def _nanopub(n: int, gene: str, disease: str, person: str) -> str:
    r = f"http://example.org/np{n}"
    return f"""
<{r}/Head> {{ <{r}> a np:Nanopublication ; np:hasAssertion <{r}/assertion> ;
    np:hasProvenance <{r}/provenance> . }}
<{r}/assertion> {{ <{r}/association> a ex:GeneToDiseaseAssociation ;
    ex:subject ex:{gene} ; ex:object ex:{disease} . }}
<{r}/provenance> {{ <{r}/assertion> prov:wasAttributedTo ex:{person} . }}
"""


_NAMES = """
ex:names {
  ex:pcsk9 rdfs:label "PCSK9" . ex:kras rdfs:label "KRAS" . ex:ldlr rdfs:label "LDLR" .
  ex:fh rdfs:label "familial hypercholesterolemia" . ex:crc rdfs:label "colorectal cancer" .
  ex:cad rdfs:label "coronary artery disease" .
  ex:maren rdfs:label "Maren Odegaard" . ex:tobias rdfs:label "Tobias Feldkamp" .
  ex:ines rdfs:label "Ines Calvo" .
}
"""


@pytest.fixture(scope="module")
def nanopubs(tmp_path_factory):
    path = tmp_path_factory.mktemp("nanopubs") / "nanopubs.trig"
    path.write_text(
        _PREFIXES
        + _nanopub(1, "pcsk9", "fh", "maren")
        + _nanopub(2, "kras", "crc", "tobias")
        + _nanopub(3, "ldlr", "cad", "ines")
        + _NAMES
    )
    return KnowledgeGraph.load(path)


def test_the_statements_own_fact_beats_its_attribution(nanopubs):
    got = Retriever(nanopubs).retrieve("What diseases is PCSK9 associated with?")
    scores = {c.label: c.score for c in got.candidates}
    shown = [(c.label, round(c.score, 3)) for c in got.candidates[:4]]
    assert got.candidates[0].label == "familial hypercholesterolemia", shown
    # above, not tied with it (where the order of identifiers would decide)
    assert scores["familial hypercholesterolemia"] > scores.get("Maren Odegaard", 0.0) + 0.1, shown


def test_who_asserted_the_statement_still_reaches_its_attribution(nanopubs):
    got = Retriever(nanopubs).retrieve(
        "Who asserted that KRAS is associated with colorectal cancer?"
    )
    top = [c.label for c in got.candidates[:3]]
    assert "Tobias Feldkamp" in top, top


_RECORDS = """\
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
[] a ex:GeneToDiseaseAssociation ; ex:subject ex:pcsk9 ; ex:object ex:cad ;
    ex:publications ex:pmid-16554528 .
[] a ex:GeneToDiseaseAssociation ; ex:subject ex:kras ; ex:object ex:crc ;
    ex:publications ex:pmid-3047672 .
[] a ex:GeneToDiseaseAssociation ; ex:subject ex:ldlr ; ex:object ex:fh ;
    ex:publications ex:pmid-1978757 .
ex:pcsk9 rdfs:label "PCSK9" . ex:kras rdfs:label "KRAS" . ex:ldlr rdfs:label "LDLR" .
ex:cad rdfs:label "coronary artery disease" . ex:crc rdfs:label "colorectal cancer" .
ex:fh rdfs:label "familial hypercholesterolemia" .
"""


def test_two_fields_of_a_record_tied_are_no_answer(tmp_path):
    path = tmp_path / "records.ttl"
    path.write_text(_RECORDS)
    got = Retriever(KnowledgeGraph.load(path)).retrieve("What diseases is PCSK9 associated with?")
    tops = [(c.label, round(c.score, 4)) for c in got.candidates[:3]]
    assert got.abstained, (tops, got.confidence)


_EVIDENCE = """\
@prefix ex: <http://example.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
[] a ex:GeneToDiseaseAssociation ; ex:subject ex:nos3 ; ex:object ex:hyp ;
    ex:has_evidence ex:ECO_0000270 .
[] a ex:GeneToDiseaseAssociation ; ex:subject ex:agt ; ex:object ex:hyp ;
    ex:has_evidence ex:ECO_0000270 .
[] a ex:GeneToDiseaseAssociation ; ex:subject ex:ldlr ; ex:object ex:fh ;
    ex:has_evidence ex:ECO_0000269 .
ex:claim-1 prov:wasGeneratedBy ex:ECO_0000270 . ex:claim-2 prov:wasGeneratedBy ex:ECO_0000269 .
ex:nos3 rdfs:label "NOS3 - nitric oxide synthase 3" . ex:agt rdfs:label "AGT - angiotensinogen" .
ex:ldlr rdfs:label "LDLR - low density lipoprotein receptor" .
ex:hyp rdfs:label "hypertension" . ex:fh rdfs:label "familial hypercholesterolemia" .
"""


@pytest.mark.parametrize("typed", [False, True])
def test_fields_of_records_told_apart_only_by_a_kind(tmp_path, typed):
    # the genes and the evidence code tie (each record's subject, its has_evidence): only
    # a kind the genes have, which the question names, tells them apart
    path = tmp_path / "evidence.ttl"
    kinds = "ex:nos3 a ex:Gene . ex:agt a ex:Gene . ex:ldlr a ex:Gene .\n" if typed else ""
    path.write_text(_EVIDENCE + kinds)
    got = Retriever(KnowledgeGraph.load(path)).retrieve(
        "Which genes are associated with hypertension?"
    )
    tops = [(c.label, round(c.score, 4)) for c in got.candidates[:3]]
    if typed:
        assert not got.abstained and got.candidates[0].label.startswith("AGT"), tops
    else:
        assert got.abstained, (tops, got.confidence)
