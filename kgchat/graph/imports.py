"""Follow ``owl:imports`` to local files, never to the network.

An ontology is often published as an entry file that only imports its modules. Each import is
resolved, in this order, by

1. a Protégé XML catalog (``catalog-v001.xml``) beside the importing file: its ``<uri name=
   uri=>`` entries map an ontology IRI to a file;
2. a relative IRI (``owl:imports <core.ttl>``), read against the importing file's folder (a file
   without ``@base`` resolves it against ``urn:kgchat:file/<name>/``, see
   :func:`kgchat.graph.names.file_base_iri`);
3. a ``file:`` IRI.

Each file is loaded once, whoever imports it, so cycles end. An import that resolves to no local
file, and is not the IRI of an ontology already loaded, is a :class:`UnresolvedImportWarning`
naming it; ``GraphConfig(imports=False)`` (``--no-imports``) turns the following off.

Examples
--------
>>> import tempfile, warnings
>>> from pathlib import Path
>>> from kgchat.graph import KnowledgeGraph
>>> d = Path(tempfile.mkdtemp())
>>> _ = (d / "a.ttl").write_text(
...     "<> <http://www.w3.org/2002/07/owl#imports> <b.ttl>, <http://example.org/gone> .")
>>> _ = (d / "b.ttl").write_text("<http://ex.org/x> <http://ex.org/knows> <http://ex.org/y> .")
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     kg = KnowledgeGraph.load(d / "a.ttl")
>>> [Path(p).name for p in kg.stats()["sources"]], kg.stats()["unresolved_imports"]
(['a.ttl', 'b.ttl'], ['http://example.org/gone'])
>>> "http://example.org/gone" in str(caught[0].message)
True
"""

from __future__ import annotations

import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from kgchat.graph.names import FILE_BASE, file_base_iri
from kgchat.graph.vocab import OWL

if TYPE_CHECKING:
    from kgchat.graph.core import KnowledgeGraph

__all__ = ["CATALOG", "OWL_IMPORTS", "UnresolvedImportWarning", "follow_imports", "resolve_import"]

OWL_IMPORTS = OWL + "imports"
CATALOG = "catalog-v001.xml"


class UnresolvedImportWarning(UserWarning):
    """An ``owl:imports`` that names no local file: the imported ontology is not loaded."""


def read_catalog(directory: Path) -> dict[str, Path]:
    """The IRI -> file map of a Protégé catalog in ``directory`` (empty when there is none).

    A catalog that does not parse is reported as a warning and ignored.
    """
    path = directory / CATALOG
    if not path.is_file():
        return {}
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        warnings.warn(f"{path}: not a readable XML catalog ({exc}); ignored", stacklevel=2)
        return {}
    out: dict[str, Path] = {}
    base_attr = "{http://www.w3.org/XML/1998/namespace}base"
    for group in root.iter():
        base = group.get(base_attr) or ""
        for el in group:
            if el.tag.rpartition("}")[2] == "uri" and el.get("name") and el.get("uri"):
                target = _local_path(base + el.get("uri", ""), directory)
                if target is not None:
                    out.setdefault(el.get("name", ""), target)
    return out


def _local_path(ref: str, directory: Path) -> Path | None:
    """A catalog's or an import's reference as a local path: ``file:`` IRIs and relative paths."""
    if ref.startswith("file:"):
        return Path(url2pathname(urlparse(ref).path))
    if "://" in ref or ref.startswith("urn:"):
        return None
    return directory / unquote(ref)


def resolve_import(
    iri: str, importer: str | Path, catalog: dict[str, Path] | None = None
) -> Path | None:
    """The local file an ``owl:imports`` IRI of ``importer`` names, or None (where no such
    file exists).

    >>> resolve_import("http://example.org/core", "/data/onto/entry.owl") is None
    True
    """
    importer = Path(importer)
    directory = importer.parent
    table = read_catalog(directory) if catalog is None else catalog
    candidates: list[Path | None] = [table.get(iri)]
    own = file_base_iri(importer)
    if iri.startswith(own):
        candidates.append(directory / unquote(iri[len(own) :].split("#")[0]))
    elif iri.startswith(FILE_BASE):
        # '../x.owl' read against the file's base loses its '..': look in the folders above too
        rel = unquote(iri[len(FILE_BASE) :].split("#")[0])
        candidates += [d / rel for d in (directory, *directory.parents[:2])]
    elif iri.startswith("file:"):
        candidates.append(_local_path(iri, directory))
    for path in candidates:
        if path is not None and path.is_file():
            return path
    return None


def follow_imports(kg: KnowledgeGraph, *, progress: bool | None = None) -> list[str]:
    """Load every local file that the graph's sources import, transitively, each once; return the
    IRIs of the imports that name no local file (each also a :class:`UnresolvedImportWarning`)."""
    if OWL_IMPORTS not in kg.raw_predicates():
        return []  # no import to follow (nor to look up by key: that would index every term)
    loaded = {Path(s.path).resolve() for s in kg.sources}
    catalogs: dict[Path, dict[str, Path]] = {}
    unresolved: list[tuple[str, str]] = []
    i = 0
    while i < len(kg.sources):
        importer = Path(kg.sources[i].path)
        iris = kg.source_objects(i, OWL_IMPORTS)
        i += 1
        if not iris:
            continue
        directory = importer.resolve().parent
        if directory not in catalogs:
            catalogs[directory] = read_catalog(directory)
        for iri in iris:
            target = resolve_import(iri, importer, catalogs[directory])
            if target is None:
                unresolved.append((str(importer), iri))
            elif target.resolve() not in loaded:
                loaded.add(target.resolve())
                info = kg.add_source(target, progress=progress, compile=False)
                info.extra["imported_by"] = str(importer)
    ontologies = set(kg.subjects_of_type(OWL + "Ontology")) if unresolved else set()
    missing = []
    for importer_path, iri in unresolved:
        if iri in ontologies:  # given as a source of its own, or imported under another name
            continue
        missing.append(iri)
        warnings.warn(
            f"{importer_path}: owl:imports <{iri}> names no local file, so it is not loaded "
            f"(kgchat never fetches from the network); map it to a file in a {CATALOG} beside "
            "the importing file, or pass the file as another source",
            UnresolvedImportWarning,
            stacklevel=3,
        )
        src = next(s for s in kg.sources if s.path == importer_path)
        src.extra.setdefault("unresolved_imports", []).append(iri)
    return missing
