"""A class named by a code is said by the worded class its members carry besides
(:meth:`kgchat.retrieval.class_words.ClassWords._code_kin`): a graph that types every gene
``SIO_010035`` and only some ``biolink:Gene`` (the genes a term nanopub described) answers
"Which genes are associated with Lynch syndrome?" with MLH1 and MSH2, typed by the code alone,
one hop away; BRCA1, typed Gene and three hops away through another disease, had taken the
class's bonus and its word and come first."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_GENES = """\
@prefix : <https://example.org/np/> .
@prefix sio: <http://semanticscience.org/resource/> .
@prefix biolink: <https://w3id.org/biolink/vocab/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
biolink:Gene rdfs:label "Gene" .
sio:SIO_010035 rdfs:label "SIO 010035" .
:assoc rdfs:label "gene associated with condition" .
:contrib rdfs:label "contributes to" .
:brca1 a sio:SIO_010035 , biolink:Gene ; rdfs:label "BRCA1" ; :assoc :crc , :breast .
:tp53 a sio:SIO_010035 , biolink:Gene ; rdfs:label "TP53" ; :contrib :crc , :breast .
:apoe a sio:SIO_010035 , biolink:Gene ; rdfs:label "APOE" ; :assoc :alz .
:mlh1 a sio:SIO_010035 ; rdfs:label "MLH1 - mutL homolog 1" ; :assoc :lynch ;
    :contrib :crc .
:msh2 a sio:SIO_010035 ; rdfs:label "MSH2 - mutS homolog 2" ; :assoc :lynch .
:kras a sio:SIO_010035 ; rdfs:label "KRAS" ; :contrib :crc .
:lynch rdfs:label "Lynch syndrome" .
:crc rdfs:label "colorectal cancer" .
:breast rdfs:label "breast cancer" .
:alz rdfs:label "Alzheimer disease" .
"""


@pytest.fixture(scope="module")
def genes(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("genes")) / "genes.ttl"
    path.write_text(_GENES, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


def test_a_code_class_is_named_by_its_members_other_class(genes) -> None:  # type: ignore[no-untyped-def]
    from kgchat.retrieval.class_words import coded

    assert coded("SIO 010035") and not coded("Gene")
    assert genes._class_words("http://semanticscience.org/resource/SIO_010035") == ("gene",)


def test_genes_typed_by_the_code_alone_answer(genes) -> None:  # type: ignore[no-untyped-def]
    res = genes.retrieve("Which genes are associated with Lynch syndrome?")
    assert {c.label for c in res.candidates[:2]} == {
        "MLH1 - mutL homolog 1",
        "MSH2 - mutS homolog 2",
    }


_PLACES = """\
@prefix : <https://example.org/geo/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:PopulatedPlace rdfs:label "populated place" .
:Location rdfs:label "location" .
wd:Q486972 rdfs:label "Q486972" .
:munich a wd:Q486972 , :PopulatedPlace , :Location ; rdfs:label "Munich" ; :pop 1512491 .
:lyon a wd:Q486972 , :PopulatedPlace , :Location ; rdfs:label "Lyon" ; :pop 522250 .
:turin a wd:Q486972 , :PopulatedPlace , :Location ; rdfs:label "Turin" ; :pop 848885 .
"""


def test_a_code_class_is_headed_by_its_kin_classes_heads(tmp_path: Path) -> None:
    """A code class's head is each kin class's head ("place", "location"), in the kin's
    sorted order: not the last of their words run together, which depended on the order a
    set of classes came in (the process's string hashes) and could make a kin class's
    modifier, "populated", the head of every member (dbpedia's "what's the population of
    the city where BMW is headquartered" answered the city or its population by the run)."""
    path = tmp_path / "places.ttl"
    path.write_text(_PLACES, encoding="utf-8")
    r = make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)
    code = "http://www.wikidata.org/entity/Q486972"
    assert r._code_kin(code) == (
        "https://example.org/geo/Location",
        "https://example.org/geo/PopulatedPlace",
    )
    assert r._class_head(code) == ("location", "place")
    assert "populated" not in r._head_kinds("https://example.org/geo/munich")
