"""Shared fixtures: paths to the bundled graphs and to the shared benchmark data, and a
loopback HTTP server for the backend tests."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from kgchat.data import GRAPHS_DIR

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GRAPHS = GRAPHS_DIR  # the bundled graphs (kgchat.data)


class _LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True  # a handler still stalling a client never blocks the shutdown

    def handle_error(self, request, client_address):  # type: ignore[no-untyped-def]
        # Clients hanging up mid-reply are what these servers test (deadlines, cut streams);
        # a handler writing on afterwards must not print into another test's captured stderr.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


@contextlib.contextmanager
def loopback_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on 127.0.0.1 in a thread; yield its ``/v1`` base URL; stop it after."""
    httpd = _LoopbackServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()


def shared_path(*parts: str) -> Path:
    """A path under ../shared/, or skip the test with a message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared benchmark data is not beside this checkout")
    return path


TINY_TTL = """\
@prefix : <http://example.org/med#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

:Drug a owl:Class ; rdfs:label "drug"@en .
:treats a owl:ObjectProperty ; rdfs:label "treats"@en ; owl:inverseOf :treatedBy ;
    rdfs:domain :Drug .
:treatedBy a owl:ObjectProperty ; rdfs:label "is treated by"@en .
:interactsWith a owl:ObjectProperty ; rdfs:label "interacts with"@en .
:Aspirin a :Drug ; rdfs:label "aspirin"@en, "Acetylsalicylsäure"@de ; skos:altLabel "ASA" ;
    rdfs:comment "A salicylate used against pain."@en ;
    :treats :Headache ; :interactsWith :Warfarin ; :approvedYear "1899"^^xsd:gYear .
:Warfarin a :Drug ; rdfs:label "warfarin"@en ; skos:altLabel "Coumadin" ; :treats :Thrombosis .
"""


@pytest.fixture
def tiny_ttl(tmp_path: Path) -> Path:
    """A four-fact medical graph in Turtle."""
    path = tmp_path / "tiny.ttl"
    path.write_text(TINY_TTL, encoding="utf-8")
    return path


def prepared_retriever(
    tmp_path_factory: pytest.TempPathFactory, graph: Callable[[], Any], **options: Any
) -> Iterator[Any]:
    """The tiny-graph retriever fixtures' one set-up: the pipeline's retriever over
    ``graph()`` (read once the cache is a fresh folder, so no compiled graph of another run
    is reused), with no stored index nor learned scorer, prepared; ``options`` go to
    :func:`~kgchat.pipeline.make_retriever` (``config=``). A module fixture yields from it."""
    from kgchat.pipeline import make_retriever

    mp = pytest.MonkeyPatch()
    mp.setenv("KGCHAT_CACHE", str(tmp_path_factory.mktemp("cache")))
    r = make_retriever(graph(), index_dir=None, scorer=None, **options)
    r.prepare()
    yield r
    mp.undo()
