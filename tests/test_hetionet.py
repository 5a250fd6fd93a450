"""A biomedical graph in the form Hetionet ships it: a node table ``id<TAB>name<TAB>kind``, the
edges as SIF (``source<TAB>metaedge<TAB>target``, the metaedge an abbreviation such as
``CtD``) and the metaedge table that names the abbreviations (``metaedges.tsv``)."""

from __future__ import annotations

from kgchat import KnowledgeGraph

NODES = (
    "id\tname\tkind\n"
    "Compound::DB00331\tMetformin\tCompound\n"
    "Compound::DB01050\tIbuprofen\tCompound\n"
    "Disease::DOID:9352\ttype 2 diabetes mellitus\tDisease\n"
    "Gene::5743\tPTGS2\tGene\n"
)
EDGES = (
    "source\tmetaedge\ttarget\n"
    "Compound::DB00331\tCtD\tDisease::DOID:9352\n"
    "Compound::DB01050\tCbG\tGene::5743\n"
)
METAEDGES = (
    "metaedge\tabbreviation\tedges\tsource_nodes\ttarget_nodes\tunbiased\n"
    "Compound - treats - Disease\tCtD\t1\t1\t1\t0\n"
    "Compound - binds - Gene\tCbG\t1\t1\t1\t0\n"
)


def _write(tmp_path, **files: str) -> list:
    paths = []
    for name, text in files.items():
        path = tmp_path / name.replace("_", ".")
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_a_sif_file_loads_as_edges(tmp_path):
    """``.sif`` (Cytoscape's simple interaction format, Hetionet's ``edges.sif.gz``) was an
    unknown extension, and the whole graph failed to load; now a line ``node relation node
    node...`` is an edge to each target and a lone node none."""
    (sif,) = _write(tmp_path, edges_sif=EDGES + "Gene::5743\tGiG\tGene::1\tGene::2\nGene::9\n")
    kg = KnowledgeGraph.load(sif)
    got = {(f.subject, f.predicate, f.object) for f in kg.facts()}
    assert got == {
        ("Compound::DB00331", "CtD", "Disease::DOID:9352"),
        ("Compound::DB01050", "CbG", "Gene::5743"),
        ("Gene::5743", "GiG", "Gene::1"),
        ("Gene::5743", "GiG", "Gene::2"),
    }
