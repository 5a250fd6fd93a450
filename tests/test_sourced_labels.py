"""Graphs that name a thing minted at a code only by a property that says where the name came
from (found by a blind probe of nanopublications, bench/data/own/nanopubs): nanodash writes
``ncbigene:3043 nt:hasLabelFromApi "HBB - hemoglobin subunit beta"`` into a nanopub's pub-info,
and the gene has no ``rdfs:label`` anywhere. "has label from api" is a name word followed by the
name's source, so its value names the coded thing (its answer reads "HBB - ...", not "3043");
a name word followed by whose name it is ("name of mother") still names something else."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

G = "http://identifiers.org/ncbigene/"
M = "http://purl.obolibrary.org/obo/"
BODY = f"""\
@prefix nt: <https://w3id.org/np/o/ntemplate/> .
@prefix bl: <https://w3id.org/biolink/vocab/> .
@prefix ex: <http://example.org/> .
<{G}3043> bl:gene_associated_with_condition <{M}MONDO_0011382> .
<{G}4292> bl:gene_associated_with_condition <{M}MONDO_0005835> .
<{G}4436> bl:gene_associated_with_condition <{M}MONDO_0005835> .
<{G}3043> nt:hasLabelFromApi "HBB - hemoglobin subunit beta" .
<{G}4292> nt:hasLabelFromApi "MLH1 - mutL homolog 1" .
<{G}4436> nt:hasLabelFromApi "MSH2 - mutS homolog 2" .
<{M}MONDO_0011382> nt:hasLabelFromApi "sickle cell anemia" .
<{M}MONDO_0005835> nt:hasLabelFromApi "Lynch syndrome" .
ex:P-0001 ex:nameOfMother "Ada Brook" ; ex:knows ex:P-0002 .
ex:P-0002 ex:nameOfMother "Cleo Marsh" ; ex:knows ex:P-0001 .
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    path: Path = tmp_path_factory.mktemp("sourced") / "np.ttl"
    path.write_text(BODY, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_coded_thing_is_named_by_a_label_from_a_source(kg):
    assert kg.label(G + "3043") == "HBB - hemoglobin subunit beta"
    assert kg.label(M + "MONDO_0005835") == "Lynch syndrome"


def test_a_name_of_someone_else_does_not_name_the_subject(kg):
    assert kg.label("http://example.org/P-0001") != "Ada Brook"


def test_answers_come_back_by_their_sourced_names(kg):
    r = make_retriever(kg, index_dir=None, scorer=None)
    res = r.retrieve("Which genes are associated with Lynch syndrome?")
    assert res.candidates[0].label in {"MLH1 - mutL homolog 1", "MSH2 - mutS homolog 2"}
