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


def test_a_node_lists_kind_column_gives_each_node_its_class(tmp_path):
    """The ``kind`` of Hetionet's ``id<TAB>name<TAB>kind`` was a relation to an entity named
    "Compound" ("Metformin — kind → Compound"); a node list's class column is its nodes'
    class, as Neo4j's ``:LABEL`` is."""
    kg = KnowledgeGraph.load(*_write(tmp_path, nodes_tsv=NODES, edges_sif=EDGES))
    assert kg.label("Compound::DB00331") == "Metformin"
    assert kg.types("Compound::DB00331") == ["Compound"]
    assert "Metformin — is a → Compound" in {f.text for f in kg.facts_of("Compound::DB00331")}


def test_a_table_of_relation_codes_names_them(tmp_path):
    """Hetionet's ``metaedges.tsv`` names its edges' codes: loaded beside them, a row whose
    cell is a relation of the graph labels it, by the verb between its ends' kinds
    ("Compound - treats - Disease" -> "treats"), and its own cells are no facts. The edges
    read "Metformin — Ct D → type 2 diabetes mellitus" before."""
    kg = KnowledgeGraph.load(
        *_write(tmp_path, nodes_tsv=NODES, edges_sif=EDGES, metaedges_tsv=METAEDGES)
    )
    assert kg.relation_label("CtD") == "treats"
    assert "Compound - treats - Disease" in kg.relation_aliases("CtD")
    texts = {f.text for f in kg.facts()}
    assert "Metformin — treats → type 2 diabetes mellitus" in texts
    assert "Ibuprofen — binds → PTGS2" in texts
    assert not any("abbreviation" in t or "source nodes" in t for t in texts)
    assert "Compound - treats - Disease" not in set(kg.entities())


def test_a_relation_table_without_kinds_names_by_the_whole_row(tmp_path):
    """Without a node list saying the ends' kinds, the row's whole name labels the relation;
    a relation with a label of its own keeps it."""
    named = "CbG\tbinds to\n"
    kg = KnowledgeGraph.load(
        *_write(tmp_path, edges_sif=EDGES, metaedges_tsv=METAEDGES, names_tsv=named)
    )
    assert kg.relation_label("CtD") == "Compound - treats - Disease"
    assert kg.relation_label("CbG") == "binds to"

