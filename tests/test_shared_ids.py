"""A model exchanged as several files without a base, its objects described across them by
one relative UUID id (an ENTSO-E CGMES model's Equipment and Steady State Hypothesis files:
``rdf:ID="_<uuid>"`` in one, ``rdf:about="#_<uuid>"`` in the other) is one graph: the facts of
both files meet on one node; a fragment without a UUID (``<#me>``) stays its file's own
(kgchat.graph.shared_ids)."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

UID = "0c5b1d9e-52a4-4a8e-9a44-0f3b6c2d7e11"
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:cim="http://ex.org/cim#"'
    ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
)
EQ = (
    HEAD
    + f"""<cim:Pump rdf:ID="_{UID}">
  <cim:Pump.name>Harbour pump</cim:Pump.name>
  <cim:Pump.site rdf:resource="#_site"/>
</cim:Pump>
<cim:Site rdf:ID="_site"><cim:Site.name>Harbour</cim:Site.name></cim:Site>
</rdf:RDF>
"""
)
SSH = (
    HEAD
    + f"""<cim:Pump rdf:about="#_{UID}">
  <cim:Pump.flowRate>42.5</cim:Pump.flowRate>
</cim:Pump>
<cim:Site rdf:about="#_site"><cim:Site.flowRate>7.5</cim:Site.flowRate></cim:Site>
</rdf:RDF>
"""
)


def _pump(kg: KnowledgeGraph) -> str:
    return next(e for e in kg.entities() if kg.label(e) == "Harbour pump")


def test_one_uuid_in_two_files_is_one_node(tmp_path):
    (tmp_path / "m_EQ.xml").write_text(EQ, encoding="utf-8")
    (tmp_path / "m_SSH.xml").write_text(SSH, encoding="utf-8")
    kg = KnowledgeGraph.load(tmp_path / "m_EQ.xml", tmp_path / "m_SSH.xml")
    said = {f.predicate.rsplit("#", 1)[-1] for f in kg.facts_of(_pump(kg))}
    assert {"Pump.flowRate", "Pump.site"} <= said
    # the retriever answers from the second file's value about the first file's thing
    answer = make_retriever(kg).retrieve("What is the flow rate of the Harbour pump?").answer
    assert answer == "42.5"
    # a fragment without a UUID is each file's own: the site's rate stays on another node
    site = next(e for e in kg.entities() if kg.label(e) == "Harbour")
    assert not any(f.predicate.endswith("Site.flowRate") for f in kg.facts_of(site))


def test_one_file_alone_and_two_files_that_share_nothing_are_as_parsed(tmp_path):
    (tmp_path / "a.ttl").write_text('<#me> <http://ex.org/name> "Ann" .\n', encoding="utf-8")
    (tmp_path / "b.ttl").write_text('<#me> <http://ex.org/name> "Bob" .\n', encoding="utf-8")
    kg = KnowledgeGraph.load(tmp_path / "a.ttl", tmp_path / "b.ttl")
    names = sorted(kg.label(e) for e in kg.entities())
    assert names == ["Ann", "Bob"]  # two people, as two documents' <#me> are
