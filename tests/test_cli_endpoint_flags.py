"""Every graph-reading command's ``--endpoint-*`` flags (derived from :class:`EndpointConfig`)
and ``--endpoint-header``: they reach the :class:`SparqlGraph` and its requests, and are refused
where the graph comes from files."""

from __future__ import annotations

import argparse
import json
from http.server import BaseHTTPRequestHandler

import pytest

from kgchat.cli import main
from kgchat.cli.common import ENDPOINT_FLAGS, add_graph_args, load_graph
from kgchat.graph import EndpointConfig, SparqlGraph
from tests.conftest import GRAPHS, loopback_server


def _counting_store(seen: list[dict[str, str]]) -> type[BaseHTTPRequestHandler]:
    """A SPARQL endpoint that answers every query with one count, 7, and notes each request's
    headers."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            seen.append(dict(self.headers))
            row = {"n": {"type": "literal", "value": "7"}}
            body = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [row]}})
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args):
            pass

    return Handler


def _parsed(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser()
    add_graph_args(p)
    return p.parse_args(argv)


def test_every_flag_is_a_field_and_reaches_the_graph():
    fields = {f for f in EndpointConfig.__dataclass_fields__}
    assert set(ENDPOINT_FLAGS) <= fields
    argv = ["--endpoint", "http://127.0.0.1:9/query", "--endpoint-batch-size", "20"]
    argv += ["--endpoint-timeout", "4.5", "--endpoint-names", "lookup"]
    argv += ["--endpoint-follow-redirects", "--endpoint-header", "X-Api-Key:  s3cret "]
    g = load_graph(_parsed(argv))  # nothing is sent until the graph is read
    assert isinstance(g, SparqlGraph)
    s = g.settings
    assert (s.batch_size, s.timeout, s.names, s.follow_redirects) == (20, 4.5, "lookup", True)
    # the fields without a flag keep their defaults
    assert s.open_rows == EndpointConfig().open_rows
    # without flags: the defaults
    assert load_graph(_parsed(["--endpoint", "http://127.0.0.1:9/query"])).settings == (
        EndpointConfig()
    )


def test_headers_go_with_every_request(capsys):
    seen: list[dict[str, str]] = []
    with loopback_server(_counting_store(seen)) as url:
        argv = ["graph", "sparql", "--endpoint", url, "--endpoint-retries", "0"]
        argv += ["--endpoint-header", "Authorization: Bearer t0k", "--endpoint-header", "X-A: b"]
        argv += ["SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]
        assert main(argv) == 0
    assert "7" in capsys.readouterr().out
    assert seen and all(h.get("Authorization") == "Bearer t0k" for h in seen)
    assert all(h.get("X-A") == "b" for h in seen)


def test_an_answer_without_the_selected_variables_is_an_error_naming_the_endpoint(capsys):
    # the store answers ?n to everything: `graph stats` asks for ?p (the predicates in use)
    with loopback_server(_counting_store([])) as url:
        assert main(["graph", "stats", "--endpoint", url, "--endpoint-retries", "0"]) == 1
    err = capsys.readouterr().err
    assert url in err and "lacks the variable(s) ?p" in err and "internal error" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        # an endpoint's setting for a graph read from a file would be ignored without a word
        (
            ["graph", "stats", str(GRAPHS / "medicine.ttl"), "--endpoint-timeout", "5"],
            "--endpoint-timeout",
        ),
        (
            ["graph", "stats", str(GRAPHS / "medicine.ttl"), "--endpoint-header", "A: b"],
            "--endpoint-header",
        ),
        (
            [
                "graph",
                "stats",
                "--endpoint",
                "http://127.0.0.1:9/q",
                "--endpoint-header",
                "nocolon",
            ],
            "expected 'NAME: VALUE'",
        ),
        (
            ["graph", "stats", "--endpoint", "http://127.0.0.1:9/q", "--endpoint-batch-size", "0"],
            "batch_size",
        ),
    ],
)
def test_bad_endpoint_flags_say_what_to_do(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err
