"""JSON-LD documents whose ``@context`` is named by a URL, read without the network.

Most JSON-LD on the web says ``"@context": "https://schema.org/"``; pyoxigraph's JSON-LD parser
loads no remote context (and a load that fetched URLs named by a file would reach wherever
the file says). So before the parser sees such a document, each context named by a string
is replaced by its content:

- schema.org's (``http``/``https``, ``schema.org`` or ``www.schema.org``, its root or its
  ``/docs/jsonldcontext.json[ld]``) by :data:`SCHEMA_ORG_CONTEXT`, the vocabulary mapping of
  schema.org's own context: every term an IRI under ``http://schema.org/``, ``id`` and ``type``
  the keywords. (schema.org's published context also types a few properties' strings as IRIs,
  ``url`` or ``sameAs``: here they stay strings.)
- RO-Crate 1.1's (``https://w3id.org/ro/crate/1.1/context``, the context every crate of
  research data and workflows names: WorkflowHub, Zenodo, Workflow Run Crates) by
  :data:`RO_CRATE_CONTEXT`: schema.org's mapping as above (the published context lists each
  schema.org term by name, with no ``@vocab``) and the terms it adds: ``File`` as
  ``schema:MediaObject``, Bioschemas' ``ComputationalWorkflow``, ``FormalParameter``,
  ``input`` and ``output``, ``conformsTo`` of Dublin Core, the PCDM, PAV and PROV terms and
  its prefixes. (A term the published context lacks is dropped by it and kept under
  schema.org here.)
- a relative reference or a ``file:`` IRI by the ``@context`` of that JSON file, beside the
  document (a context saved next to the data), itself read the same way;
- any other URL is refused with a :class:`~kgchat.errors.ParseError` naming it and saying what
  to do (save the context next to the file and name it by its file name, or inline it).

A JSON number with a fraction is an ``xsd:double`` that JSON-LD writes in its canonical form
(``"ratingValue": 4.2`` becomes ``"4.2E0"``): :func:`written_double` gives it back the form
the file wrote, the value and datatype unchanged, so an answer reads "4.2".

Examples
--------
>>> import json
>>> doc = b'{"@context": "https://schema.org", "@id": "http://ex.org/a", "name": "A"}'
>>> json.loads(local_contexts(doc, Path("a.jsonld")))["@context"]["@vocab"]
'http://schema.org/'
>>> local_contexts(b'{"@context": {"@vocab": "http://ex.org/"}}', Path("b.jsonld")) is None
True
>>> crate = b'{"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": []}'
>>> json.loads(local_contexts(crate, Path("ro-crate-metadata.json")))["@context"]["input"]
'https://bioschemas.org/ComputationalWorkflow#input'
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from kgchat.errors import ParseError

__all__ = ["RO_CRATE_CONTEXT", "SCHEMA_ORG_CONTEXT", "local_contexts", "written_double"]

SCHEMA_ORG_CONTEXT: dict[str, str] = {
    "@vocab": "http://schema.org/",
    "schema": "http://schema.org/",
    "id": "@id",
    "type": "@type",
}
_SCHEMA = "http://schema.org/"
_BIOSCHEMAS = "https://bioschemas.org/"
_PAV = "http://purl.org/pav/"
_PCDM = "http://pcdm.org/models#"
# what RO-Crate 1.1's published context says beyond schema.org's own terms
RO_CRATE_CONTEXT: dict[str, str] = {
    **SCHEMA_ORG_CONTEXT,
    "File": _SCHEMA + "MediaObject",
    "path": _SCHEMA + "contentUrl",
    "Journal": _SCHEMA + "Periodical",
    "cite-as": "https://www.w3.org/ns/iana/link-relations/relation#cite-as",
    "hasFile": _PCDM + "hasFile",
    "hasMember": _PCDM + "hasMember",
    "RepositoryCollection": _PCDM + "Collection",
    "RepositoryObject": _PCDM + "object",
    "ComputationalWorkflow": _BIOSCHEMAS + "ComputationalWorkflow",
    "input": _BIOSCHEMAS + "ComputationalWorkflow#input",
    "output": _BIOSCHEMAS + "ComputationalWorkflow#output",
    "FormalParameter": _BIOSCHEMAS + "FormalParameter",
    "wasDerivedFrom": "http://www.w3.org/ns/prov#wasDerivedFrom",
    **{term: _PAV + term for term in ("importedFrom", "importedOn", "importedBy")},
    **{term: _PAV + term for term in ("retrievedFrom", "retrievedOn", "retrievedBy")},
    "conformsTo": "http://purl.org/dc/terms/conformsTo",
    "pcdm": _PCDM,
    "bibo": "http://purl.org/ontology/bibo/",
    "cc": "http://creativecommons.org/ns#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfa": "http://www.w3.org/ns/rdfa#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "frapo": "http://purl.org/cerif/frapo/",
    "rel": "https://www.w3.org/ns/iana/link-relations/relation#",
    "pav": _PAV,
    "prov": "http://www.w3.org/ns/prov#",
    "wfdesc": "http://purl.org/ro/wfdesc#",
    "wfprov": "http://purl.org/ro/wfprov#",
    "roterms": "http://purl.org/ro/roterms#",
    "wf4ever": "http://purl.org/ro/wf4ever#",
}
_RO_CRATE_PATHS = frozenset({"/ro/crate/1.1/context", "/ro/crate/1.1/context/"})
_SCHEMA_HOSTS = frozenset({"schema.org", "www.schema.org"})
_SCHEMA_PATHS = frozenset({"", "/", "/docs/jsonldcontext.json", "/docs/jsonldcontext.jsonld"})
# a context named by a string somewhere in the document (the quick test before any JSON is read)
_NAMED = re.compile(rb'"@context"\s*:\s*(\[[^\]{]*)?"')
_DEPTH = 8  # contexts that name contexts: this many, then a loop is assumed
_DOUBLE = "^^<http://www.w3.org/2001/XMLSchema#double>"
# JSON-LD's canonical double: one digit, a point, digits, an exponent ("4.2E0", "1.186608E1")
_CANONICAL = re.compile(r'"(-?\d\.\d+E-?\d+)"')


def written_double(literal: str) -> str:
    """``literal`` (in N-Triples form) with an ``xsd:double`` in JSON-LD's canonical form
    written as a JSON number is (the shortest decimal of the same value); any other literal,
    and a double too large or too small for a plain decimal, as it is.

    >>> written_double('"4.2E0"^^<http://www.w3.org/2001/XMLSchema#double>')
    '"4.2"^^<http://www.w3.org/2001/XMLSchema#double>'
    >>> written_double('"1.186608E1"^^<http://www.w3.org/2001/XMLSchema#double>')
    '"11.86608"^^<http://www.w3.org/2001/XMLSchema#double>'
    >>> written_double('"1.0E21"^^<http://www.w3.org/2001/XMLSchema#double>')
    '"1.0E21"^^<http://www.w3.org/2001/XMLSchema#double>'
    >>> written_double('"4.2E0"')
    '"4.2E0"'
    """
    if not literal.endswith(_DOUBLE):
        return literal
    m = _CANONICAL.fullmatch(literal[: -len(_DOUBLE)])
    if m is None:
        return literal
    plain = repr(float(m.group(1)))
    if "e" in plain or "n" in plain:  # 1e+21, inf, nan: no plain decimal
        return literal
    return f'"{plain}"{_DOUBLE}'


def local_contexts(data: bytes, path: Path) -> bytes | None:
    """``data`` (a JSON-LD document read from ``path``) with every context named by a string
    replaced by its content (module docstring), or None when it names none (the document is
    parsed as it is)."""
    if not _NAMED.search(data):
        return None
    try:
        doc = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None  # the parser says where
    return json.dumps(_resolved(doc, path.parent, path, 0), ensure_ascii=False).encode("utf-8")


def _resolved(node: Any, folder: Path, path: Path, depth: int) -> Any:
    """``node`` with each ``@context`` member's named contexts replaced."""
    if isinstance(node, list):
        return [_resolved(x, folder, path, depth) for x in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "@context":
            out[key] = _context(value, folder, path, depth)
        else:
            out[key] = _resolved(value, folder, path, depth)
    return out


def _context(value: Any, folder: Path, path: Path, depth: int) -> Any:
    """A ``@context`` value with its strings (context references) replaced by contexts."""
    if isinstance(value, list):
        return [_context(x, folder, path, depth) for x in value]
    if isinstance(value, dict):
        return _resolved(value, folder, path, depth)
    if not isinstance(value, str):
        return value
    parts = urlsplit(value)
    host = parts.netloc.lower()
    if parts.scheme in ("http", "https") and host in _SCHEMA_HOSTS and parts.path in _SCHEMA_PATHS:
        return dict(SCHEMA_ORG_CONTEXT)
    if parts.scheme in ("http", "https") and host == "w3id.org" and parts.path in _RO_CRATE_PATHS:
        return dict(RO_CRATE_CONTEXT)
    if parts.scheme in ("", "file"):
        return _saved(unquote(parts.path), folder, path, depth)
    raise ParseError(
        f"the JSON-LD context {value!r} is a remote document, and kgchat reads no URL while "
        "loading (schema.org's and RO-Crate 1.1's contexts are built in): save that context as "
        "a JSON file next to this one and name it in @context by its file name, or write the "
        "context inline",
        path,
    )


def _saved(name: str, folder: Path, path: Path, depth: int) -> Any:
    """The ``@context`` of the JSON file ``name`` (relative to ``folder``)."""
    if depth >= _DEPTH:
        raise ParseError(
            f"JSON-LD contexts name each other more than {_DEPTH} deep (a loop?) at {name!r}",
            path,
        )
    target = folder / name
    try:
        saved = json.loads(target.read_bytes())
    except OSError as exc:
        raise ParseError(
            f"the JSON-LD context {name!r} is not readable ({exc.strerror or exc}); it is read"
            f" relative to the document's folder ({folder})",
            path,
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ParseError(f"the JSON-LD context {name!r} is not JSON ({exc})", path) from None
    if not isinstance(saved, dict) or "@context" not in saved:
        raise ParseError(f"the JSON-LD context {name!r} holds no @context member", path)
    return _context(saved["@context"], target.parent, path, depth + 1)
