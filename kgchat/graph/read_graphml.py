"""GraphML, the XML interchange format of property graphs.

Neo4j (``apoc.export.graphml``), Gephi, yEd, igraph and networkx (``write_graphml``) write
graphs as GraphML: ``<key>`` elements declare the attributes (``id``, what they are ``for``,
``attr.name``, ``attr.type``, an optional ``<default>``), and ``<node>`` and ``<edge>``
elements carry ``<data key="...">`` values of them::

    <key id="d0" for="node" attr.name="name" attr.type="string"/>
    <key id="d1" for="node" attr.name="tier" attr.type="long"/>
    <node id="n0" labels=":Service"><data key="d0">billing-api</data>...</node>
    <edge source="n0" target="n1" label="DEPENDS_ON"/>

Read as RDF/XML such a file failed ("XML namespaces are required"). Read here, as Neo4j's CSV
import is (:mod:`kgchat.graph.read_property_graph`):

- a node is its ``id``; its name is its first attribute among ``name``, ``label`` and ``title``
  (:data:`~kgchat.graph.name_properties.RECORD_NAME_KEYS`), its ``rdfs:label``, not a fact;
- Neo4j's labels (the node's ``labels`` attribute, or the ``labels`` key APOC writes beside
  it: ``:Service:Legacy``) are its types (``rdf:type``);
- every other attribute is a relation named by the key's ``attr.name``, its value a literal
  typed by ``attr.type`` (``int``/``long`` integers, ``float``/``double`` doubles,
  ``boolean``); a ``string`` value that reads as a number or date is typed as
  :func:`~kgchat.graph.read_delimited.literal_key` types it; a list (APOC's ``attr.list``,
  written ``["a","b"]``) gives one value each; a key's ``<default>`` holds where a node or
  edge has no value of its own;
- an edge is a fact ``source -TYPE-> target``. GraphML has no edge type of its own: the tools
  that write one put it in the edge's ``label`` (APOC as an XML attribute and a key, Gephi
  and yEd as a key) or ``type``; an edge with neither is ``related to``. An edge with further
  attributes (``ON_CALL_FOR {rotation: "primary"}``) is an unnamed node between its ends that
  carries them, ``source -TYPE-> _ -TYPE-> target``, as a Neo4j relationship with properties.

yEd keeps no names in keys: a node's (an edge's) is the text of the ``<y:NodeLabel>``
(``<y:EdgeLabel>``) inside the value of its ``yfiles.type="nodegraphics"`` key, read as a
``label``; the rest of a drawing (geometry, colours, yEd's resources) is not read. Nested
graphs are read as one graph; ports and hyperedges are not read. The file is checked
for entity declarations before the standard library's XML parser sees it, as every XML
source is (:mod:`kgchat.graph.xml_entities`), and parsed as a stream.

Examples
--------
>>> import tempfile, pathlib
>>> f = pathlib.Path(tempfile.mkdtemp()) / "ops.graphml"
>>> _ = f.write_text('''<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
... <key id="d0" for="node" attr.name="name" attr.type="string"/>
... <key id="d1" for="node" attr.name="tier" attr.type="long"/>
... <graph edgedefault="directed">
... <node id="n0" labels=":Service"><data key="d0">billing-api</data><data key="d1">1</data></node>
... <node id="n1"><data key="d0">Payments</data></node>
... <edge source="n0" target="n1" label="OWNED_BY"/>
... </graph></graphml>''')
>>> for t in read_graphml(f, 0):
...     print(t)
('n0', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'Service')
('n0', 'http://www.w3.org/2000/01/rdf-schema#label', '"billing-api"')
('n0', 'tier', '"1"^^<http://www.w3.org/2001/XMLSchema#integer>')
('n1', 'http://www.w3.org/2000/01/rdf-schema#label', '"Payments"')
('n0', 'OWNED_BY', 'n1')
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kgchat.errors import ParseError
from kgchat.graph.formats import Triple, open_binary
from kgchat.graph.literal_terms import XSD, literal_term
from kgchat.graph.name_properties import record_name_key
from kgchat.graph.read_delimited import literal_key
from kgchat.graph.vocab import RDF_TYPE, RDFS_LABEL

__all__ = ["read_graphml"]

_TYPES = {
    **dict.fromkeys(("int", "long"), "integer"),
    **dict.fromkeys(("float", "double"), "double"),
    "boolean": "boolean",
}
_LABELS = "labels"  # Neo4j's labels, as APOC writes them (":Service:Legacy")
_EDGE_TYPE = ("label", "type")  # where the tools that type edges put the type
_UNTYPED = "related to"
_DRAWN = "label"  # a yEd drawing's label names its node (or types its edge), as a label key


@dataclass(frozen=True)
class _Key:
    """A ``<key>`` read: the attribute's name, its XSD type (``None``: a string), whether its
    values are lists, and its default."""

    name: str
    datatype: str | None = None
    is_list: bool = False
    default: str | None = None
    graphics: str = ""  # yEd's ``yfiles.type`` ("nodegraphics", "edgegraphics", ...)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _key(elem: ET.Element) -> tuple[str, str, _Key]:
    default = next((c.text or "" for c in elem if _local(c.tag) == "default"), None)
    key = _Key(
        name=(elem.get("attr.name") or elem.get("id") or "").strip(),
        datatype=_TYPES.get((elem.get("attr.type") or "").strip().lower()),
        is_list=bool(elem.get("attr.list")),
        default=default,
        graphics=(elem.get("yfiles.type") or "").strip(),
    )
    return (elem.get("id") or "").strip(), (elem.get("for") or "all").strip(), key


def _data(elem: ET.Element, keys: dict[str, _Key], defaults: dict[str, str]) -> dict[str, str]:
    """An element's attributes by name (its own ``<data>``, then the keys' defaults)."""
    values: dict[str, str] = {}
    for child in elem:
        if _local(child.tag) == "data":
            ref = child.get("key") or ""
            key = keys.get(ref)
            if key is not None and key.graphics:
                # yEd keeps what a node or edge is called in its drawing: the text of the
                # ``<y:NodeLabel>``/``<y:EdgeLabel>`` inside; the rest is geometry and colour
                label = _drawn_label(child)
                if label:
                    values.setdefault(_DRAWN, label)
                continue
            values[key.name if key is not None else ref] = "".join(child.itertext())
    for name, default in defaults.items():
        values.setdefault(name, default)
    return values


def _drawn_label(data: ET.Element) -> str:
    """The first non-empty ``NodeLabel`` or ``EdgeLabel`` text of a yEd graphics value."""
    for e in data.iter():
        if _local(e.tag) in ("NodeLabel", "EdgeLabel"):
            text = " ".join("".join(e.itertext()).split())
            if text:
                return text
    return ""


def _values(key: _Key | None, text: str) -> Iterator[str]:
    text = text.strip()
    if not text:
        return
    items: list[str] = [text]
    if text.startswith("[") and (key is None or key.is_list or key.datatype is None):
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        if isinstance(parsed, list):
            items = [str(v).lower() if isinstance(v, bool) else str(v) for v in parsed]
    for item in items:
        item = item.strip()
        if not item:
            continue
        if key is not None and key.datatype is not None:
            value = item.lower() if key.datatype == "boolean" else item
            yield literal_term(value, datatype=XSD + key.datatype)
        else:
            yield literal_key(item) or literal_term(item)


def read_graphml(path: Path, source_id: int) -> Iterator[Triple]:
    """The triples of a GraphML file (module docstring); ``source_id`` keeps the unnamed
    nodes of edges with attributes apart from other sources'."""
    keys: dict[str, dict[str, _Key]] = {"node": {}, "edge": {}}
    by_name: dict[str, dict[str, _Key]] = {"node": {}, "edge": {}}
    defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    edges = 0
    with open_binary(path) as f:
        try:
            for _event, elem in ET.iterparse(f, events=("end",)):
                tag = _local(elem.tag)
                if tag == "key":
                    ref, kind, key = _key(elem)
                    for k in ("node", "edge") if kind == "all" else (kind,):
                        if k in keys:
                            keys[k][ref] = by_name[k][key.name] = key
                            if key.default is not None:
                                defaults[k][key.name] = key.default
                elif tag == "node":
                    yield from _node(elem, keys["node"], by_name["node"], defaults["node"], path)
                elif tag == "edge":
                    edges += 1
                    yield from _edge(
                        elem, keys["edge"], by_name["edge"], defaults["edge"], path,
                        f"_:{source_id}_e{edges}",
                    )  # fmt: skip
                if tag in ("node", "edge", "key"):
                    elem.clear()
        except ET.ParseError as exc:
            line, column = getattr(exc, "position", (None, None))
            raise ParseError(f"not well-formed GraphML: {exc}", path, line, column) from None


def _node(
    elem: ET.Element, keys: dict[str, _Key], by_name: dict[str, _Key], defaults: dict, path: Path
) -> Iterator[Triple]:
    node = (elem.get("id") or "").strip()
    if not node:
        raise ParseError("a <node> without an id", path)
    values = _data(elem, keys, defaults)
    labels = elem.get(_LABELS) or values.pop(_LABELS, "")
    values.pop(_LABELS, None)
    for label in labels.split(":"):
        if label.strip():
            yield node, RDF_TYPE, label.strip()
    named = record_name_key(values)
    if named is not None:
        yield node, RDFS_LABEL, literal_term(values[named].strip())
    for name, text in values.items():
        if name != named and name:
            for value in _values(by_name.get(name), text):
                yield node, name, value


def _edge(
    elem: ET.Element,
    keys: dict[str, _Key],
    by_name: dict[str, _Key],
    defaults: dict,
    path: Path,
    mid: str,
) -> Iterator[Triple]:
    s, o = (elem.get("source") or "").strip(), (elem.get("target") or "").strip()
    if not (s and o):
        raise ParseError("an <edge> without a source or a target", path)
    values = _data(elem, keys, defaults)
    low = {k.lower(): k for k in values}
    typed = next((low[k] for k in _EDGE_TYPE if k in low and values[low[k]].strip()), None)
    p = (elem.get("label") or (values[typed] if typed else "") or _UNTYPED).strip()
    props = [
        (name, value)
        for name, text in values.items()
        if name and name != typed
        for value in _values(by_name.get(name), text)
    ]
    if not props:
        yield s, p, o
        return
    # an edge with attributes is an unnamed node between its ends that carries them
    yield s, p, mid
    yield mid, p, o
    for name, value in props:
        yield mid, name, value
