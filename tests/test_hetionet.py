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


def test_an_undirected_metaedge_is_its_own_inverse(tmp_path):
    """Hetionet writes an undirected metaedge with plain dashes (``Gene - interacts - Gene``,
    each pair once) and a directed one with arrows (``Gene > regulates > Gene``): the first
    is its own inverse, so "which disease resembles X" is met by "X — resembles → Y" (it
    had answered X itself, through a round trip)."""
    nodes = NODES + "Gene::5742\tPTGS1\tGene\n"
    edges = EDGES + "Gene::5743\tGiG\tGene::5742\nGene::5742\tGr>G\tGene::5743\n"
    table = METAEDGES + (
        "Gene - interacts - Gene\tGiG\t1\t1\t1\t0\nGene > regulates > Gene\tGr>G\t1\t1\t1\t0\n"
    )
    kg = KnowledgeGraph.load(
        *_write(tmp_path, nodes_tsv=nodes, edges_sif=edges, metaedges_tsv=table)
    )
    assert (kg.relation_label("GiG"), kg.relation_label("Gr>G")) == ("interacts", "regulates")
    assert kg.inverse_of("GiG") == "GiG"
    assert kg.inverse_of("Gr>G") is None and kg.inverse_of("CtD") is None


def test_an_acronym_or_a_possessive_names_its_entity(tmp_path):
    """ "COPD" spells the initials of *chronic obstructive pulmonary disease*, "SSRIs" is the
    plural of *Selective Serotonin Reuptake Inhibitors*' and "alzheimers" is how people type
    *Alzheimer's disease*: none was linked (COPD to "spinal cord" as a misspelling)."""
    from kgchat.linking import EntityLinker

    triples = "d1\ttreated by\tc1\nk1\tincludes\tc1\nd2\tpresents\ts1\na1\tpart of\tb1\n"
    names = (
        "d1\tchronic obstructive pulmonary disease\nk1\tSelective Serotonin Reuptake Inhibitors\n"
        "d2\tAlzheimer's disease\na1\tspinal cord\nc1\tSalbutamol\ns1\tmemory loss\n"
    )
    linker = EntityLinker(KnowledgeGraph.load(*_write(tmp_path, kb_tsv=triples, names_tsv=names)))
    assert [(m.node, m.method) for m in linker.link("what treats COPD")] == [("d1", "acronym")]
    assert [m.node for m in linker.link("which drugs are SSRIs")] == ["k1"]
    assert [m.node for m in linker.link("symptoms of alzheimers")] == ["d2"]
    # in lower case, "copd" is no acronym written: no initials are read into it
    assert "acronym" not in {m.method for m in linker.link("what treats copd")}
