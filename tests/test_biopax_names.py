"""Names where BioPAX puts them, and names of things an exporter numbers per class.

BioPAX Level 3 (Reactome, Pathway Commons) names an entity by ``bp:displayName``,
``bp:standardName`` and ``bp:name`` and a vocabulary term by ``bp:term``, never by
``rdfs:label``; any exporter that numbers what it writes per class (``#Protein12``) names it by a
"display name" whose values an entity shares with its reference record.
"""

from __future__ import annotations

import warnings

from kgchat.graph.core import KnowledgeGraph

BP = "http://www.biopax.org/release/biopax-level3.owl#"
BASE = "http://www.reactome.org/biopax/86/1#"
XSD_STRING = "^^<http://www.w3.org/2001/XMLSchema#string>"

BIOPAX = f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:bp="{BP}" xml:base="{BASE}">
 <bp:Protein rdf:ID="Protein1">
  <bp:displayName rdf:datatype="http://www.w3.org/2001/XMLSchema#string">GCK</bp:displayName>
  <bp:name rdf:datatype="http://www.w3.org/2001/XMLSchema#string">Glucokinase</bp:name>
  <bp:cellularLocation rdf:resource="#CellularLocationVocabulary1"/>
  <bp:entityReference rdf:resource="#ProteinReference1"/>
 </bp:Protein>
 <bp:ProteinReference rdf:ID="ProteinReference1">
  <bp:displayName>GCK</bp:displayName>
  <bp:standardName>Hexokinase-4</bp:standardName>
 </bp:ProteinReference>
 <bp:CellularLocationVocabulary rdf:ID="CellularLocationVocabulary1">
  <bp:term>cytosol</bp:term>
 </bp:CellularLocationVocabulary>
 <bp:BiochemicalReaction rdf:ID="BiochemicalReaction1">
  <bp:displayName>Glucose is phosphorylated</bp:displayName>
  <bp:left rdf:resource="#Protein1"/>
 </bp:BiochemicalReaction>
</rdf:RDF>
"""


def _load(tmp_path, text: str, name: str) -> KnowledgeGraph:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return KnowledgeGraph.load(str(path))


def test_biopax_display_name_labels_and_names_alias(tmp_path):
    kg = _load(tmp_path, BIOPAX, "tiny.owl")
    assert kg.label(BASE + "Protein1") == "GCK"
    assert "Glucokinase" in kg.aliases(BASE + "Protein1")
    assert kg.label(BASE + "ProteinReference1") in {"GCK", "Hexokinase-4"}
    assert kg.label(BASE + "CellularLocationVocabulary1") == "cytosol"
    assert kg.label(BASE + "BiochemicalReaction1") == "Glucose is phosphorylated"


def _numbered_graph(n: int) -> str:
    """``n`` widgets ``#Widget<i>`` each with a reference record ``#WidgetRecord<i>``, both
    named by the same ``ex:displayName``: no value picks out one subject."""
    rows = []
    for i in range(1, n + 1):
        rows.append(f"<http://ex.org/d#Widget{i}> a <http://ex.org/v#Widget> ;")
        rows.append(f'  <http://ex.org/v#displayName> "Sprocket {chr(64 + i)}" ;')
        rows.append(f"  <http://ex.org/v#record> <http://ex.org/d#WidgetRecord{i}> .")
        rows.append(f"<http://ex.org/d#WidgetRecord{i}> a <http://ex.org/v#WidgetRecord> ;")
        rows.append(f'  <http://ex.org/v#displayName> "Sprocket {chr(64 + i)}" .')
    return "\n".join(rows) + "\n"


def test_display_name_names_things_numbered_after_their_class(tmp_path):
    kg = _load(tmp_path, _numbered_graph(6), "widgets.ttl")
    assert kg.label("http://ex.org/d#Widget3") == "Sprocket C"
    assert kg.label("http://ex.org/d#WidgetRecord3") == "Sprocket C"
