"""Hostile input (issue 17): XML entity bombs, external entities, SPARQL SERVICE, terminal escapes.

Each test fails on the code before the fix: the billion-laughs file aborted the process under a
1 GiB memory cap, a SERVICE query reached a listener on loopback, an escape sequence glued
itself to a name so that nothing linked.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgchat.errors import GraphError, QueryError
from kgchat.graph import KnowledgeGraph

RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"'


def _rdf(dtd: str, body: str) -> str:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n{dtd}]>\n<rdf:RDF {RDF}>\n'
        f'<rdf:Description rdf:about="http://example.org/x">{body}</rdf:Description>\n'
        "</rdf:RDF>\n"
    )


def _billion_laughs() -> str:
    decls = '<!ENTITY lol "lol">\n' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">\n' for i in range(1, 10)
    )
    return _rdf(decls, "<ex:p>&lol9;</ex:p>")


_CAPPED = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from kgchat.errors import GraphError, QueryError
    from kgchat.graph import KnowledgeGraph
    try:
        KnowledgeGraph.load(sys.argv[1], format=sys.argv[2] or None)
    except GraphError as exc:
        print(exc)
        sys.exit(0)
    sys.exit(3)
    """
)


def _refused_under_cap(path: Path, fmt: str = "") -> str:
    """Load ``path`` in a process capped at 1 GiB of memory; the refusal's message."""
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    done = subprocess.run(
        [sys.executable, "-c", _CAPPED, str(path), fmt],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, (done.returncode, done.stdout[-500:], done.stderr[-2000:])
    return done.stdout


@pytest.mark.parametrize("where", ["prolog", "lower-case", "inside-the-document"])
def test_billion_laughs_is_refused_under_a_memory_cap(tmp_path: Path, where: str) -> None:
    # 3e9 characters once expanded; the old code aborted ("memory allocation failed") under
    # the cap, and took 1.5 GB without it. pyoxigraph reads <!doctype> in any case and
    # anywhere in the document, so the check must too.
    doc = _billion_laughs()
    if where == "lower-case":
        doc = doc.replace("<!DOCTYPE", "<!doctype")
    elif where == "inside-the-document":
        dtd, rest = doc.split("\n<rdf:RDF", 1)
        prolog, dtd = dtd.split("\n", 1)
        head, body = rest.split(">\n", 1)
        doc = f"{prolog}\n<rdf:RDF{head}>\n{dtd}\n{body}"
    bomb = tmp_path / "lol.rdf"
    bomb.write_text(doc, encoding="utf-8")
    assert bomb.stat().st_size < 1000
    message = _refused_under_cap(bomb)
    assert "lol.rdf:" in message and "billion laughs" in message


def test_one_big_entity_used_many_times_is_refused(tmp_path: Path) -> None:
    # no nesting, but 2,000 uses of a 1 MB entity: 2e9 characters (quadratic blow-up)
    path = tmp_path / "quad.rdf"
    path.write_text(
        _rdf(f'<!ENTITY big "{"x" * 1_000_000}">\n', "<ex:p>" + "&big;" * 2000 + "</ex:p>")
    )
    assert "quad.rdf: entity references expand to 2,000,000,000" in _refused_under_cap(path)


def test_trix_through_rdflib_is_guarded_too(tmp_path: Path) -> None:
    decls = _billion_laughs().split("[\n", 1)[1].split("]>", 1)[0]
    path = tmp_path / "lol.trix"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE TriX [\n{decls}]>\n'
        '<TriX xmlns="http://www.w3.org/2004/03/trix/trix-1/"><graph><triple>'
        "<uri>http://e/x</uri><uri>http://e/p</uri><plainLiteral>&lol9;</plainLiteral>"
        "</triple></graph></TriX>\n"
    )
    message = _refused_under_cap(path, "trix")
    assert "lol.trix:" in message and "billion laughs" in message


@pytest.mark.parametrize("what", ["billion laughs", "external entity"])
def test_graphml_is_guarded_too(tmp_path: Path, what: str) -> None:
    """GraphML goes to the standard library's expat, which expands internal entities: the
    file is measured first, as every XML source is."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    if what == "billion laughs":
        decls, use = _billion_laughs().split("[\n", 1)[1].split("]>", 1)[0], "&lol9;"
    else:
        decls, use = f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">\n', "&xxe;"
    path = tmp_path / "bomb.graphml"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE graphml [\n{decls}]>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="d0" for="node" attr.name="name"/><graph>'
        f'<node id="n0"><data key="d0">{use}</data></node></graph></graphml>\n'
    )
    message = _refused_under_cap(path)
    assert "bomb.graphml:" in message and what.split()[0] in message


@pytest.mark.parametrize("fmt", ["xml", "trix"])
def test_external_entities_are_never_read(tmp_path: Path, fmt: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    decl = f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">\n'
    if fmt == "xml":
        path = tmp_path / "xxe.rdf"
        path.write_text(_rdf(decl, "<ex:p>&xxe;</ex:p>"))
    else:
        path = tmp_path / "xxe.trix"
        path.write_text(
            f'<?xml version="1.0"?>\n<!DOCTYPE TriX [\n{decl}]>\n'
            '<TriX xmlns="http://www.w3.org/2004/03/trix/trix-1/"><graph><triple>'
            "<uri>http://e/x</uri><uri>http://e/p</uri><plainLiteral>&xxe;</plainLiteral>"
            "</triple></graph></TriX>\n"
        )
    with pytest.raises(GraphError, match=r"xxe\.\w+:3: external entity &xxe; .*never reads"):
        KnowledgeGraph.load(path, format=fmt)


def test_namespace_entities_as_protege_writes_them_still_load(tmp_path: Path) -> None:
    path = tmp_path / "onto.owl"
    dtd = '<!ENTITY ex "http://example.org/" >\n<!ENTITY a "ab">\n<!ENTITY b "&a;&a;&a;">\n'
    path.write_text(
        _rdf(dtd, "<ex:p>&b;</ex:p>").replace(
            'rdf:about="http://example.org/x"', 'rdf:about="&ex;x"'
        )
    )
    kg = KnowledgeGraph.load(path)
    assert kg.sparql('ASK { <http://example.org/x> <http://example.org/p> "ababab" }')


@contextlib.contextmanager
def _listener(hold: bool) -> Iterator[tuple[int, list[bytes]]]:
    """A TCP listener on loopback that records what each connection sends and never answers:
    it hangs up at once, or (``hold``) keeps the client waiting."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    seen: list[bytes] = []
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            conn.settimeout(1)
            with contextlib.suppress(OSError):
                seen.append(conn.recv(65536))
            if hold:
                held.append(conn)
            else:
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], seen
    finally:
        stop.set()
        thread.join(2)
        for conn in held:
            conn.close()
        server.close()


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    with _listener(hold=False) as found:
        yield found


@pytest.fixture
def silent_listener() -> Iterator[tuple[int, list[bytes]]]:
    with _listener(hold=True) as found:
        yield found


SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ service silent <http://127.0.0.1:{port}/> "
    "{{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ OPTIONAL {{ SERVICE <http://127.0.0.1:{port}/> "
    "{{ ?s ?p ?o }} }} }} }} }}",
]


@pytest.mark.parametrize("query", SERVICE_QUERIES, ids=["plain", "in-exists", "in-subquery"])
def test_sparql_service_sends_nothing(listener: tuple[int, list[bytes]], query: str) -> None:
    port, seen = listener
    kg = KnowledgeGraph.from_triples([("a", "p", "b")])
    with pytest.raises(QueryError, match=rf"SERVICE <http://127\.0\.0\.1:{port}/.*> refused"):
        kg.sparql(query.format(port=port))
    time.sleep(0.3)  # time enough for a connection to have arrived
    assert seen == []


def test_sparql_service_words_in_comments_and_strings_are_not_refused() -> None:
    kg = KnowledgeGraph.from_triples([("a", "p", "b")])
    q = 'SELECT ?s WHERE { # SERVICE <http://x/> { }\n ?s ?p ?o FILTER(?o != "SERVICE <x:y> {}") }'
    assert kg.sparql(q) == [{"s": "a"}]


def test_sparql_service_when_allowed_gives_up_in_time(
    silent_listener: tuple[int, list[bytes]],
) -> None:
    port, seen = silent_listener
    kg = KnowledgeGraph.from_triples([("a", "p", "b")])
    t0 = time.perf_counter()
    with pytest.raises(QueryError, match="did not finish within 1 s"):
        kg.sparql(SERVICE_QUERIES[0].format(port=port), allow_service=True, service_timeout=1.0)
    assert time.perf_counter() - t0 < 5
    assert seen and seen[0].startswith(b"POST /sparql")  # the opt-in did reach the endpoint


@pytest.mark.parametrize(
    ("update", "op"),
    [
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT DATA"),
        ("LOAD <http://127.0.0.1:9/x.ttl>", "LOAD"),
        ("CLEAR ALL", "CLEAR"),
        ("DROP GRAPH <urn:g>", "DROP"),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
    ],
)
def test_sparql_updates_are_refused_as_read_only(update: str, op: str) -> None:
    kg = KnowledgeGraph.from_triples([("a", "p", "b")])
    with pytest.raises(QueryError, match=rf"updates \({op}\) are not supported: .*read-only"):
        kg.sparql(update)


def test_terminal_escapes_in_a_question_do_not_stop_linking(tmp_path: Path) -> None:
    # "\x1b[1mWarfarin\x1b[0m" used to read as the word "1mwarfarin": nothing linked
    from kgchat.linking import EntityLinker

    kg = KnowledgeGraph.from_triples([("Warfarin", "interacts_with", "Aspirin")])
    linker = EntityLinker(kg)
    question = "What does \x1b[1;31mWarfarin\x1b[0m\x07 interact with?"
    assert [m.node for m in linker.link(question)] == ["Warfarin"]
