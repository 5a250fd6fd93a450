"""Neo4j Cypher scripts (``.cypher``): the graph a script of ``CREATE`` / ``MERGE``
statements builds, read as Neo4j's CSV import is (:mod:`kgchat.graph.read_property_graph`).

Property graphs are shared as Cypher: ``apoc.export.cypher.all`` writes a database as one
(cypher-shell batches, ``UNWIND [{_id: 3, properties: {...}}] AS row CREATE
(n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Team``
between ``:begin`` and ``:commit``, or Browser's plain ``CREATE`` / ``MATCH ... CREATE``
lines), and gists and tutorials hold hand-written ones (``CREATE (a:Team {name: 'X'}), (b
...), (a)-[:OWNS]->(b)``, ``MATCH (a:Team {name: 'X'}) MERGE (a)-[:IN]->(:City {name: 'Y'})``).
Unknown as an extension, such a file was refused. Read here, its statements are run, in
order, on an empty graph held in memory (:mod:`kgchat.graph.cypher_syntax` says which
clauses), and the graph they leave is read as a property graph:

- a node is minted an id (``<file>#n<k>``, in the order of creation); its labels are its
  types (``rdf:type``); its name is its first property among ``name``, ``label`` and
  ``title`` (:data:`~kgchat.graph.name_properties.RECORD_NAME_KEYS`), its ``rdfs:label``,
  not a fact; every other property a fact whose value is a literal typed by its Cypher type
  (integers, floats as doubles, booleans, ``date()`` / ``datetime()`` / ``time()`` /
  ``duration()`` values as their XSD types; a string that reads as a number or date as
  :func:`~kgchat.graph.read_delimited.literal_key` types it), a list one value each;
- a relationship is a fact ``start -TYPE-> end``; one with properties is also an unnamed
  node between its ends that carries them, ``start -TYPE-> _ -TYPE-> end``, as a relationship
  with properties of the CSV import.

Statements that state no data (schema: ``CREATE CONSTRAINT``, ``CREATE INDEX``, ``DROP``,
``SHOW``; ``CALL db.*``; the clients' ``:begin`` / ``:commit`` lines, neo4j-shell's
``begin`` / ``commit``) are passed over; ``:param`` commands set the parameters later
statements read (``:param rows => [...]`` before ``UNWIND $rows AS row``, as APOC's
``UNWIND_BATCH_PARAMS`` export writes them). A statement the reader cannot run (a ``WHERE``
test other than an equality, a procedure ``CALL``, a parameter no ``:param`` sets) is left
out and named by its line in one warning, so that the rest of the file is read; a file of
which no statement creates anything is an error.

Examples
--------
>>> import tempfile, pathlib
>>> f = pathlib.Path(tempfile.mkdtemp()) / "teams.cypher"
>>> _ = f.write_text('''// two teams
... CREATE (a:Team {name: 'Vortex', founded: 2016}), (c:Country {name: "Sweden"}),
...        (a)-[:BASED_IN {since: date('2019-01-04')}]->(c);
... MATCH (t:Team {name: 'Vortex'}) SET t.tag = 'VTX';''')
>>> for t in read_cypher(f, 0):
...     print(t)
('teams#n0', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'Team')
('teams#n0', 'http://www.w3.org/2000/01/rdf-schema#label', '"Vortex"')
('teams#n0', 'founded', '"2016"^^<http://www.w3.org/2001/XMLSchema#integer>')
('teams#n0', 'tag', '"VTX"')
('teams#n1', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'Country')
('teams#n1', 'http://www.w3.org/2000/01/rdf-schema#label', '"Sweden"')
('teams#n0', 'BASED_IN', 'teams#n1')
('teams#n0', 'BASED_IN', '_:c0_r0')
('_:c0_r0', 'BASED_IN', 'teams#n1')
('_:c0_r0', 'since', '"2019-01-04"^^<http://www.w3.org/2001/XMLSchema#date>')
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kgchat.errors import ParseError
from kgchat.graph.cypher_run import Graph, run
from kgchat.graph.cypher_run import value as evaluate
from kgchat.graph.cypher_syntax import parse, parse_value
from kgchat.graph.cypher_tokens import Unreadable, statements
from kgchat.graph.formats import Triple, read_text
from kgchat.graph.literal_terms import XSD, literal_term
from kgchat.graph.name_properties import record_name_key
from kgchat.graph.read_delimited import literal_key
from kgchat.graph.vocab import RDF_TYPE, RDFS_LABEL

__all__ = ["read_cypher"]

# statements of the schema and the server: they state no data
_SCHEMA = frozenset({"DROP", "SHOW", "USE", "GRANT", "DENY", "REVOKE", "ALTER", "START", "STOP"})
# CREATE of a schema or server object (``CREATE OR REPLACE DATABASE``), not of data
_SCHEMA_CREATE = frozenset(
    {"CONSTRAINT", "INDEX", "FULLTEXT", "RANGE", "TEXT", "POINT", "LOOKUP", "VECTOR", "BTREE"}
) | frozenset({"DATABASE", "ALIAS", "USER", "ROLE", "OR"})
_ADMIN_CALLS = ("db.", "dbms.")  # CALL db.awaitIndexes(), dbms.setConfigValue(...)
# how a Cypher temporal value is typed (the function that makes it)
_TEMPORAL = {
    "date": "date",
    "datetime": "dateTime",
    "localdatetime": "dateTime",
    "time": "time",
    "localtime": "time",
    "duration": "duration",
}
_SHOWN = 5  # the skipped statements a warning names by line


def _schema(tokens: list) -> bool:
    first = tokens[0].word()
    if first in _SCHEMA:
        return True
    if first == "CREATE" and len(tokens) > 1 and tokens[1].word() in _SCHEMA_CREATE:
        return True
    if first == "CALL" and len(tokens) > 2:
        return f"{tokens[1].text}{tokens[2].text}".lower() in _ADMIN_CALLS
    return False


def read_cypher(path: Path, source_id: int) -> Iterator[Triple]:
    """The triples of the graph a Cypher script builds (module docstring); ``source_id``
    keeps the unnamed nodes of relationships with properties apart from other sources'."""
    try:
        script = statements(read_text(path))
    except Unreadable as exc:
        raise ParseError(f"not a Cypher script: {exc}", path) from None
    graph = Graph()
    skipped: list[tuple[int, str]] = []
    params: dict[str, Any] = {}
    for st in script:
        if not st.tokens or (st.param is None and _schema(st.tokens)):
            continue
        try:
            if st.param is None:
                run(parse(st.tokens), graph, params)
                continue
            got = evaluate(parse_value(st.tokens), {})
            if st.param:
                params[st.param] = got
            elif isinstance(got, dict):
                params.update(got)
        except Unreadable as exc:
            skipped.append((st.line, str(exc)))
    if skipped:
        shown = "; ".join(f"line {line}: {why}" for line, why in skipped[:_SHOWN])
        more = f" and {len(skipped) - _SHOWN} more" if len(skipped) > _SHOWN else ""
        warnings.warn(
            f"{path}: {len(skipped)} Cypher statement(s) not read ({shown}{more}); the rest"
            " was read",
            stacklevel=2,
        )
    if not graph.nodes:
        raise ParseError("no statement of this Cypher script creates a node", path)
    yield from _triples(graph, f"{path.stem}#n", f"_:c{source_id}_r")


def _triples(graph: Graph, node_prefix: str, rel_prefix: str) -> Iterator[Triple]:
    key = {id(n): f"{node_prefix}{k}" for k, n in enumerate(graph.nodes)}
    for n in graph.nodes:
        s = key[id(n)]
        for label in n.labels:
            yield s, RDF_TYPE, label
        named = record_name_key(n.props)
        if named is not None:
            yield s, RDFS_LABEL, literal_term(str(n.props[named]).strip())
        for prop, value in n.props.items():
            if prop != named:
                for v in _values(value):
                    yield s, prop, v
    for k, r in enumerate(graph.rels):
        s, o = key[id(r.start)], key[id(r.end)]
        yield s, r.type, o
        props = [(p, v) for p, value in r.props.items() for v in _values(value)]
        if props:
            # a relationship with properties is an unnamed node between its ends that
            # carries them, as a Wikidata statement beside its direct claim
            mid = f"{rel_prefix}{k}"
            yield s, r.type, mid
            yield mid, r.type, o
            for p, v in props:
                yield mid, p, v


def _values(value: object) -> Iterator[str]:
    """A property value's literals: a list one each, ``null`` none."""
    if isinstance(value, list):
        for v in value:
            yield from _values(v)
        return
    if value is None or isinstance(value, dict):
        return
    if isinstance(value, bool):
        yield literal_term("true" if value else "false", datatype=XSD + "boolean")
    elif isinstance(value, int):
        yield literal_term(str(value), datatype=XSD + "integer")
    elif isinstance(value, float):
        yield literal_term(repr(value), datatype=XSD + "double")
    elif isinstance(value, tuple):  # a temporal value: (function, its text)
        fn, text = value
        yield (
            literal_term(text, datatype=XSD + _TEMPORAL[fn])
            if fn in _TEMPORAL
            else (literal_term(text))
        )
    else:
        text = str(value).strip()
        if text:
            yield literal_key(text) or literal_term(text)
