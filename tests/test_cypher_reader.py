# ruff: noqa: E501  (Cypher lines as exports write them)
"""A Neo4j Cypher script (``.cypher``) is read as the graph its statements build (issue 11,
probe63b): property graphs are shared as ``apoc.export.cypher.all`` exports and as gists of
hand-written ``CREATE`` / ``MATCH ... CREATE`` / ``MERGE`` statements, and kgchat refused the
extension. On tiny scripts read by the real reader, and a question answered over one with the
real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import ParseError
from kgchat.graph.read_cypher import read_cypher
from kgchat.pipeline import make_retriever

XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

# apoc.export.cypher.all, format 'cypher-shell' (UNWIND batches) and 'plain' lines together
APOC = """:begin
CREATE CONSTRAINT UNIQUE_IMPORT_NAME FOR (node:`UNIQUE IMPORT LABEL`) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE;
:commit
CALL db.awaitIndexes(300);
:begin
UNWIND [{_id:0, properties:{name:"Sweden", code:"SE"}}, {_id:1, properties:{name:"Northwind", founded:2017, sponsors:["Tundra Cola", "NovaBank"], active:true}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Team;
:commit
:begin
UNWIND [{start: {_id:1}, end: {_id:0}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:BASED_IN]->(end) SET r += row.properties;
:commit
CREATE (:Game:`UNIQUE IMPORT LABEL` {title:"Strikepoint 2", `UNIQUE IMPORT ID`:2});
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:1}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:2}) CREATE (n1)-[r:COMPETES_IN {since:2018}]->(n2);
:begin
MATCH (n:`UNIQUE IMPORT LABEL`)  WITH n LIMIT 20000 REMOVE n:`UNIQUE IMPORT LABEL` REMOVE n.`UNIQUE IMPORT ID`;
:commit
"""

# a gist: variables reused in one CREATE, then MATCH ... CREATE and MERGE by hand
GIST = """// esports gist
CREATE (vtx:Team {name: 'Vortex Gaming', founded: 2016}),
       (g:Player:Person {handle: 'Ghostline', name: 'Tyler Brooks', born: date('1999-03-14')}),
       (g)-[:PLAYS_FOR {since: date('2021-01-04')}]->(vtx),
       (:Sponsor {name: 'O\\'Malley\\'s Burgers', slogan: "Fuel the \\"clutch\\""});
MATCH (t:Team {name:'Vortex Gaming'}), (s:Sponsor) CREATE (t)<-[:SPONSORS]-(s);
MERGE (p:Publisher {name: 'Riftworks Interactive'}) ON CREATE SET p.founded = 2004;
MERGE (p:Publisher {name: 'Riftworks Interactive'}) ON CREATE SET p.founded = 1999;
MERGE (m:Match {matchId: 'M-1'}) ON CREATE SET m.at = datetime('2023-06-18T18:00:00Z'), m.note = null;
"""


def _read(tmp_path: Path, text: str, name: str = "g.cypher") -> list[tuple[str, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(read_cypher(path, 0))


def test_an_apoc_export_is_read_as_its_graph(tmp_path: Path) -> None:
    triples = set(_read(tmp_path, APOC, "export.cypher"))
    sweden, northwind, game = "export#n0", "export#n1", "export#n2"
    assert (northwind, LABEL, '"Northwind"') in triples
    assert (northwind, TYPE, "Team") in triples
    assert (northwind, "founded", f'"2017"^^<{XSD}integer>') in triples
    assert {(northwind, "sponsors", '"Tundra Cola"'), (northwind, "sponsors", '"NovaBank"')} <= (
        triples
    )
    assert (northwind, "active", f'"true"^^<{XSD}boolean>') in triples
    assert (northwind, "BASED_IN", sweden) in triples
    assert (game, LABEL, '"Strikepoint 2"') in triples  # a game named by its title
    assert (northwind, "COMPETES_IN", game) in triples  # and through a record of "since"
    record = next(o for s, p, o in triples if s == northwind and p == "COMPETES_IN" and o != game)
    assert (record, "since", f'"2018"^^<{XSD}integer>') in triples
    # the import's own label and id are removed by the export's last statement
    assert not any("UNIQUE IMPORT" in p or "UNIQUE IMPORT" in o for _, p, o in triples)


def test_hand_written_statements(tmp_path: Path) -> None:
    triples = _read(tmp_path, GIST)
    by = {(s, p): o for s, p, o in triples}
    team, player, sponsor, publisher, match = (f"g#n{k}" for k in range(5))
    assert by[(player, "born")] == f'"1999-03-14"^^<{XSD}date>'
    assert (player, "PLAYS_FOR", team) in triples
    assert by[(sponsor, LABEL)] == "\"O'Malley's Burgers\""
    assert by[(sponsor, "slogan")] == '"Fuel the \\"clutch\\""'
    assert (sponsor, "SPONSORS", team) in triples  # written right to left
    assert by[(publisher, "founded")] == f'"2004"^^<{XSD}integer>'  # one MERGE created it
    assert sum(p == LABEL and o == '"Riftworks Interactive"' for _, p, o in triples) == 1
    assert by[(match, "at")] == f'"2023-06-18T18:00:00Z"^^<{XSD}dateTime>'
    assert (match, "note") not in by


def test_a_tutorial_s_where_and_neo4j_shell_lines(tmp_path: Path) -> None:
    text = """begin
CREATE (:Person {name: 'Ann'}), (:Person {name: 'Bo'}), (:Person {name: 'Cy'});
commit
MATCH (a:Person), (b:Person) WHERE a.name = 'Ann' AND b.name <> 'Ann' AND b.age IS NULL
CREATE (a)-[:KNOWS]->(b);
"""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every statement read
        triples = _read(tmp_path, text)
    assert [(s, o) for s, p, o in triples if p == "KNOWS"] == [("g#n0", "g#n1"), ("g#n0", "g#n2")]


def test_apoc_batches_of_parameters(tmp_path: Path) -> None:
    # APOC's export with useOptimizations {type: 'UNWIND_BATCH_PARAMS'}
    text = """:begin
:param rows => [{_id:20, properties:{name:"Ann"}}, {_id:21, properties:{name:"Bo"}}]
UNWIND $rows AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:User;
:commit
:begin
:param rows => [{start: {_id:20}, end: {_id:21}, properties:{since:2020}}]
UNWIND $rows AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:KNOWS]->(end) SET r += row.properties;
:commit
"""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every statement read
        triples = _read(tmp_path, text)
    assert ("g#n0", LABEL, '"Ann"') in triples and ("g#n1", TYPE, "User") in triples
    assert ("g#n0", "KNOWS", "g#n1") in triples


def test_an_unreadable_statement_is_named_by_its_line(tmp_path: Path) -> None:
    text = (
        "CREATE (:Team {name: 'A'});\n\nMATCH (t:Team) WHERE t.name STARTS WITH 'A' SET t.x = 1;\n"
    )
    with pytest.warns(UserWarning, match="line 3: a condition with 'STARTS' in WHERE"):
        triples = _read(tmp_path, text)
    assert ("g#n0", LABEL, '"A"') in triples
    with pytest.raises(ParseError, match="no statement"):
        _read(tmp_path, "MATCH (n) RETURN n;")
    with pytest.raises(ParseError, match="line 2"):
        _read(tmp_path, "CREATE (:A {name: 'x'});\nCREATE (:A {name: 'open});\n")


SCRIPT = """CREATE (nw:Team {name: 'Northwind', founded: 2017}),
  (se:Country {name: 'Sweden'}), (dk:Country {name: 'Denmark'}),
  (br5:Team {name: 'Borealis Five', founded: 2016}),
  (sp:Game {title: 'Strikepoint 2'}), (rw:Publisher {name: 'Riftworks Interactive'}),
  (us:Country {name: 'United States'}),
  (nw)-[:BASED_IN]->(se), (br5)-[:BASED_IN]->(dk), (rw)-[:BASED_IN]->(us),
  (nw)-[:COMPETES_IN {since: 2018}]->(sp), (br5)-[:COMPETES_IN]->(sp),
  (sp)-[:PUBLISHED_BY]->(rw);
"""


def test_a_question_is_answered_over_a_script(tmp_path: Path) -> None:
    path = tmp_path / "teams.cypher"
    path.write_text(SCRIPT, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every statement read
        kg = KnowledgeGraph.load(path)
    r = make_retriever(kg)
    res = r.retrieve("Which country is Northwind based in?")
    assert kg.label(res.candidates[0].node) == "Sweden"
    assert not res.abstained
    res = r.retrieve("Who publishes the game Borealis Five competes in?")
    assert kg.label(res.candidates[0].node) == "Riftworks Interactive"
