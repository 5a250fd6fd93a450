"""GraphML, the property-graph interchange format (Neo4j APOC, Gephi, yEd, networkx).

Before kgchat.graph.read_graphml, a ``.graphml`` file did not load ("unknown extension"),
and the same file named ``.xml`` failed as RDF/XML: 0 of 36 answerable questions on
bench/data/own/itops.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import ParseError
from kgchat.graph.formats import read_source

# as ``apoc.export.graphml.all(..., {useTypes: true})`` writes it
APOC = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="name" for="node" attr.name="name" attr.type="string"/>
<key id="tier" for="node" attr.name="tier" attr.type="long"/>
<key id="created" for="node" attr.name="created" attr.type="string"/>
<key id="tags" for="node" attr.name="tags" attr.type="string" attr.list="string"/>
<key id="labels" for="node" attr.name="labels" attr.type="string"/>
<key id="rotation" for="edge" attr.name="rotation" attr.type="string"/>
<key id="label" for="edge" attr.name="label" attr.type="string"/>
<graph id="G" edgedefault="directed">
<node id="n0" labels=":Service:Legacy"><data key="labels">:Service:Legacy</data>\
<data key="name">billing-api</data><data key="tier">1</data>\
<data key="created">2017-02-14</data><data key="tags">["pci","core"]</data></node>
<node id="n1" labels=":Team"><data key="labels">:Team</data><data key="name">Payments</data></node>
<node id="n2" labels=":Person"><data key="labels">:Person</data>\
<data key="name">Ada Okafor</data></node>
<edge id="e0" source="n0" target="n1" label="OWNED_BY"><data key="label">OWNED_BY</data></edge>
<edge id="e1" source="n2" target="n0" label="ON_CALL_FOR"><data key="label">ON_CALL_FOR</data>\
<data key="rotation">primary</data></edge>
</graph>
</graphml>
"""


@pytest.fixture()
def apoc(tmp_path: Path) -> KnowledgeGraph:
    path = tmp_path / "ops.graphml"
    path.write_text(APOC, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_apoc_graphml_reads_labels_properties_and_relationships(apoc: KnowledgeGraph) -> None:
    """A node's name is its label, Neo4j's labels its types, its properties literals typed
    by the key (a list one value each, a date-like string a date), an edge's ``label`` the
    relation."""
    kg = apoc
    assert kg.label("n0") == "billing-api"
    assert set(kg.types("n0")) == {"Service", "Legacy"}
    facts = {f.text: f for f in kg.facts_of("n0", direction="out")}
    assert "billing-api — OWNED BY → Payments" in facts
    assert {"billing-api — tags → pci", "billing-api — tags → core"} <= set(facts)
    assert facts["billing-api — tier → 1"].object.endswith("#integer>")
    assert facts["billing-api — created → 2017-02-14"].object.endswith("#date>")
    assert not any("labels" in t or "name" in t for t in facts)


def test_a_relationship_with_properties_is_a_node_between_its_ends(apoc: KnowledgeGraph) -> None:
    """ON_CALL_FOR {rotation: primary}: the person and the service meet through an unnamed
    node that carries the rotation, as a Neo4j relationship with properties does."""
    (mid,) = [f.object for f in apoc.facts_of("n2", direction="out") if "ON CALL" in f.text]
    assert mid.startswith("_:")
    assert {f.text.split(" — ", 1)[1] for f in apoc.facts_of(mid, direction="out")} == {
        "ON CALL FOR → billing-api",
        "rotation → primary",
    }


def test_networkx_graphml_with_generated_key_ids_and_a_type_attribute(tmp_path: Path) -> None:
    """networkx names its keys d0, d1...: the ``attr.name`` is the relation; an edge's
    ``type`` attribute is its type; a boolean is typed; an untyped edge is "related to";
    a key's default holds where a node has no value of its own."""
    g = nx.DiGraph()
    g.add_node("web-01", os="Debian 12", ram_gb=64, virtual=True)
    g.add_node("fra1", city="Frankfurt")
    g.add_edge("web-01", "fra1", type="LOCATED_IN")
    g.add_edge("fra1", "web-01")
    path = tmp_path / "hosts.graphml"
    nx.write_graphml(g, path)
    text = path.read_text(encoding="utf-8")
    assert 'id="d0"' in text
    triples = set(read_source(path))
    assert ("web-01", "LOCATED_IN", "fra1") in triples
    assert ("fra1", "related to", "web-01") in triples
    assert ("web-01", "virtual", '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>') in triples
    assert ("web-01", "ram_gb", '"64"^^<http://www.w3.org/2001/XMLSchema#integer>') in triples
    # a declared default: every node without the attribute has it
    path.write_text(
        text.replace(
            'attr.name="city" attr.type="string" />',
            'attr.name="city" attr.type="string"><default>Berlin</default></key>',
        ),
        encoding="utf-8",
    )
    assert ("web-01", "city", '"Berlin"') in set(read_source(path))
    assert ("fra1", "city", '"Frankfurt"') in set(read_source(path))


def test_graphml_named_xml_is_sniffed_and_a_broken_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "ops.xml"
    path.write_text(APOC, encoding="utf-8")
    assert KnowledgeGraph.load(path).label("n1") == "Payments"
    broken = tmp_path / "broken.graphml"
    broken.write_text(APOC.replace('</node>\n<node id="n1"', '\n<node id="n1"', 1))
    with pytest.raises(ParseError, match=r"broken\.graphml:\d+.*not well-formed GraphML"):
        KnowledgeGraph.load(broken)


YED = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="graphml" id="d0" yfiles.type="resources"/>
  <key attr.name="description" attr.type="string" for="node" id="d5"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d5">the public billing endpoint</data>
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="80.0" x="0" y="0"/>
        <y:Fill color="#FFCC00" transparent="false"/>
        <y:NodeLabel alignment="center">billing-api</y:NodeLabel>
        <y:Shape type="rectangle"/></y:ShapeNode></data>
    </node>
    <node id="n1">
      <data key="d6"><y:ShapeNode><y:NodeLabel>payments-db</y:NodeLabel></y:ShapeNode></data>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="d10"><y:PolyLineEdge><y:LineStyle color="#000000"/>
        <y:EdgeLabel>depends on</y:EdgeLabel></y:PolyLineEdge></data>
    </edge>
  </graph>
  <data key="d0"><y:Resources/></data>
</graphml>
"""


def test_yed_names_nodes_and_edges_by_their_drawn_labels(tmp_path: Path) -> None:
    """yEd keeps names only in its drawing (``<y:NodeLabel>`` inside a ``nodegraphics``
    value): read as the node's label, and an ``<y:EdgeLabel>`` as the edge's type; the
    geometry and colours are no facts."""
    path = tmp_path / "drawn.graphml"
    path.write_text(YED, encoding="utf-8")
    kg = KnowledgeGraph.load(path)
    assert kg.label("n0") == "billing-api"
    assert sorted(f.text for f in kg.facts_of("n0", direction="out")) == [
        "billing-api — depends on → payments-db",
        "billing-api — description → the public billing endpoint",
    ]
