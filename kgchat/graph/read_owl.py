"""OWL's own syntaxes (OWL/XML, the functional syntax, Manchester syntax) and OBO's flat files.

Protégé and the OWL API save ontologies in these as well as in RDF, and the OBO Foundry's
ontologies (GO, HPO, ChEBI...) are published as ``.obo`` files; they are not RDF, so no
RDF parser reads them (an OWL/XML file named ``.owl`` failed as "XML namespaces are required in
RDF/XML"). py-horned-owl (Rust, the ontology-tools project) parses each and writes the
ontology as RDF/XML by OWL 2's mapping to RDF (declarations as types, class expressions as
``owl:Restriction`` nodes, annotations as triples), which pyoxigraph then reads as any RDF/XML
source: from there on nothing differs from a Protégé file saved as RDF/XML.

An OBO file becomes RDF by the OBO Foundry's own mapping (``GO:0005634`` as
``obo:GO_0005634``, ``name`` as ``rdfs:label``, synonyms as ``oboInOwl:hasExactSynonym``...,
``relationship: part_of`` as a restriction on ``BFO_0000050``).

The syntax comes from the extension (``.owx``, ``.ofn``, ``.omn``, ``.obo``) or ``format=``
(``owl-xml``, ``owl-functional``, ``owl-manchester``, ``obo``), and an ``.owl``, ``.xml``
or ``.rdf`` file
whose first element is OWL/XML's ``<Ontology>`` (rather than RDF/XML's ``rdf:RDF`` or a node
with ``rdf:about``), or whose text opens with ``Prefix(``/``Ontology(`` (functional) or
``Prefix:``/``Ontology:`` (Manchester), is recognised by :func:`sniff`; so is an ``.xml`` file
whose first element is ``<graphml>`` (a property graph, :mod:`kgchat.graph.read_graphml`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from kgchat.errors import ParseError
from kgchat.graph.formats import CHUNK, open_binary, read_text
from kgchat.graph.names import file_base_iri

__all__ = ["OWL_SYNTAXES", "read_owl", "sniff"]

_Syntax = Literal["owx", "ofn", "omn", "obo"]
#: kgchat's format name -> (py-horned-owl's syntax name, what users call it)
OWL_SYNTAXES: dict[str, tuple[_Syntax, str]] = {
    "owl-xml": ("owx", "OWL/XML"),
    "owl-functional": ("ofn", "OWL functional syntax"),
    "owl-manchester": ("omn", "Manchester syntax"),
    "obo": ("obo", "OBO flat file format"),
}
_OWL_NS = "http://www.w3.org/2002/07/owl#"
# the first element of an XML file, after its declaration, comments and doctype
_FIRST_ELEMENT = re.compile(
    rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*<([\w.:-]+)([^>]*)>", re.DOTALL
)
_FUNCTIONAL = re.compile(rb"^(?:\s|#[^\n]*\n)*(?:Prefix|Ontology)\s*\(")
_MANCHESTER = re.compile(rb"^(?:\s|#[^\n]*\n)*(?:Prefix|Ontology)\s*:")


def sniff(path: Path) -> str | None:
    """``owl-xml``, ``owl-functional``, ``owl-manchester`` or ``graphml`` where ``path`` (an
    ``.owl``, ``.xml`` or ``.rdf`` file, compressed or not) holds that syntax rather than
    RDF/XML; None otherwise."""
    with open_binary(path) as f:
        head = f.read(16384)
    if _FUNCTIONAL.match(head):
        return "owl-functional"
    if _MANCHESTER.match(head):
        return "owl-manchester"
    m = _FIRST_ELEMENT.match(head)
    if m is None:
        return None
    name, attrs = m.group(1), m.group(2)
    local = name.rsplit(b":", 1)[-1]
    if local == b"graphml":
        return "graphml"
    if local != b"Ontology" or b"rdf:about" in attrs or b"rdf:ID" in attrs:
        return None
    prefix = name[: -len(b"Ontology")].rstrip(b":")
    ns = rb"xmlns" + (b":" + prefix if prefix else b"") + rb'\s*=\s*["\']([^"\']*)'
    declared = re.search(ns, attrs)
    return "owl-xml" if declared and declared.group(1).decode() == _OWL_NS else None


def read_owl(path: Path, fmt: str, source_id: int) -> Iterator[list[str]]:
    """The term keys of an ontology in one of OWL's syntaxes (``fmt``, a key of
    :data:`OWL_SYNTAXES`), in chunks as :func:`kgchat.graph.formats.read_terms` yields them."""
    import pyhornedowl
    import pyoxigraph as ox

    from kgchat.graph.read_rdf import BlankNames

    syntax, what = OWL_SYNTAXES[fmt]
    text = read_text(path)
    try:
        ontology = pyhornedowl.open_ontology_from_string(text, syntax)
    except ValueError as exc:
        raise ParseError(f"not valid {what}: {exc}", path) from None
    rdf = ontology.save_to_string("owl").encode("utf-8")
    blank_names = BlankNames(source_id)
    named, blank = ox.NamedNode, ox.BlankNode
    chunk: list[str] = []
    for q in ox.parse(rdf, ox.RdfFormat.RDF_XML, base_iri=file_base_iri(path)):
        for term in (q.subject, q.predicate, q.object):
            t = type(term)
            chunk.append(
                term.value if t is named else blank_names(term.value) if t is blank else str(term)
            )
        if len(chunk) >= 3 * CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
