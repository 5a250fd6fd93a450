"""The HTTP backend against real loopback servers that misbehave: endless or silent streams,
malformed replies (issue 17, findings 5 and 6). Every server runs on 127.0.0.1 and stops on its
own within seconds, so a regression fails the test instead of hanging it."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot
from kgchat.chat.http import OpenAIBackend
from kgchat.errors import BackendError
from tests.conftest import loopback_server

SERVER_CAP_S = 8.0  # no server handler runs longer than this
QUESTION = "What does Aspirin treat?"


def _event(piece: str) -> bytes:
    return f"data: {json.dumps({'choices': [{'delta': {'content': piece}}]})}\n\n".encode()


class _Bad(BaseHTTPRequestHandler):
    """Replies as ``mode`` says; counts requests and notes when a client hung up."""

    protocol_version = "HTTP/1.1"
    mode = "keepalive"
    calls = 0
    hung_up = threading.Event()

    def log_message(self, *args):
        pass

    def do_POST(self):
        type(self).calls += 1
        self.rfile.read(int(self.headers["Content-Length"]))
        self.close_connection = True
        try:
            getattr(self, "_" + self.mode)()
        except (BrokenPipeError, ConnectionResetError):
            type(self).hung_up.set()

    def _head(self, kind, length=None):
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if length is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def _chunk(self, data):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _keepalive(self):  # an SSE comment every 0.2 s, never a token
        self._head("text/event-stream")
        stop = time.monotonic() + SERVER_CAP_S
        while time.monotonic() < stop:
            self._chunk(b": keep-alive\n\n")
            time.sleep(0.2)
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")

    def _trickle(self):  # one byte every 0.1 s, never a whole line
        self._head("text/event-stream")
        stop = time.monotonic() + SERVER_CAP_S
        while time.monotonic() < stop:
            self._chunk(b"d")
            time.sleep(0.1)

    def _endless(self):  # tokens without end, however many were asked for
        self._head("text/event-stream")
        stop = time.monotonic() + SERVER_CAP_S
        while time.monotonic() < stop:
            self._chunk(_event(" word"))
            time.sleep(0.001)

    def _html(self):
        page = b"<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>"
        self._head("text/html", len(page))
        self.wfile.write(page)

    def _truncated_json(self):  # a whole reply, by its length, that is half a JSON object
        body = b'{"choices": [{"message": {"content": "Heada'
        self._head("application/json", len(body))
        self.wfile.write(body)

    def _not_http(self):
        self.wfile.write(b"SSH-2.0-OpenSSH_9.6\r\n")

    def _cut(self):  # a chunk announced, then the connection dropped
        self._head("text/event-stream")
        self.wfile.write(b'100\r\ndata: {"choi')
        self.wfile.flush()


@pytest.fixture
def bad_server():
    _Bad.calls = 0
    _Bad.hung_up = threading.Event()
    with loopback_server(_Bad) as url:
        yield url


@pytest.fixture
def kg():
    return KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])


# ---------------------------------------------------------------- finding 5: no endless waits
@pytest.mark.parametrize("mode", ["keepalive", "trickle"])
def test_a_server_that_never_finishes_is_abandoned_at_the_deadline(kg, bad_server, mode):
    _Bad.mode = mode
    backend = OpenAIBackend(bad_server, "m", timeout=2.0, retries=0)
    t = time.monotonic()
    with pytest.raises(BackendError, match=r"/v1/chat/completions: timed out.* within 2 s"):
        ChatBot(kg, backend=backend).ask(QUESTION)
    assert time.monotonic() - t < 3.0
    assert _Bad.hung_up.wait(2.0)  # the connection was closed, not left open


def test_retries_share_one_budget_of_two_and_a_half_timeouts(kg, bad_server):
    _Bad.mode = "keepalive"
    backend = OpenAIBackend(bad_server, "m", timeout=1.0, retries=5, backoff=0.01)
    t = time.monotonic()
    with pytest.raises(BackendError, match=r"3 attempt\(s\)"):
        list(backend.generate([{"role": "user", "content": "q"}]))
    assert 2.4 < time.monotonic() - t < 3.2  # 1 + 1 + 0.5 s (the 5 min of the default 120 s)


def test_an_endless_stream_is_cut_at_max_new_tokens(bad_server):
    _Bad.mode = "endless"
    backend = OpenAIBackend(bad_server, "m", timeout=5.0, retries=0)
    t = time.monotonic()
    pieces = list(backend.generate([{"role": "user", "content": "q"}], max_new_tokens=7))
    assert pieces == [" word"] * 7
    assert time.monotonic() - t < 1.5
    assert _Bad.hung_up.wait(2.0)  # we hung up instead of reading on


# ---------------------------------------------------------------- finding 6: malformed replies
@pytest.mark.parametrize(
    ("mode", "message", "attempts"),
    [
        ("html", r"sent an HTML page \(text/html: '<!DOCTYPE html>.*is base_url the API root", 1),
        ("truncated_json", r"malformed JSON in the reply", 1),
        ("not_http", r"the reply is not HTTP \(status line 'SSH-2.0", 3),
        ("cut", r"cut", 3),
    ],
)
def test_a_malformed_reply_is_a_backend_error_naming_the_url(
    kg, bad_server, mode, message, attempts
):
    _Bad.mode = mode
    backend = OpenAIBackend(bad_server, "m", timeout=5.0, retries=2, backoff=0.01)
    with pytest.raises(BackendError, match=f"^{bad_server}/chat/completions: .*{message}"):
        ChatBot(kg, backend=backend).ask(QUESTION)  # never the template answer, never a traceback
    assert _Bad.calls == attempts  # retried where a new attempt may help


def test_a_cut_or_malformed_scoring_reply_is_a_backend_error(bad_server):
    backend = OpenAIBackend(bad_server, "m", timeout=5.0, retries=1, backoff=0.01)
    msgs = [{"role": "user", "content": "q"}]
    for mode, message in [("truncated_json", "malformed JSON"), ("not_http", "not HTTP")]:
        _Bad.mode = mode
        with pytest.raises(BackendError, match=f"^{bad_server}/completions: .*{message}"):
            backend.score(msgs, "The answer is ", ["Headache"])


def test_the_timeout_flag_bounds_a_command(bad_server, tiny_ttl, tmp_path, monkeypatch, capsys):
    from kgchat.cli import main

    monkeypatch.setenv("KGCHAT_CACHE", str(tmp_path / "cache"))
    _Bad.mode = "keepalive"
    argv = ["ask", str(tiny_ttl), QUESTION, "--encoder", "hashing", "--scorer", "none"]
    argv += ["--backend", "openai", "--base-url", bad_server, "--timeout", "1"]
    t = time.monotonic()
    assert main(argv) == 1
    assert time.monotonic() - t < 5.0  # 1 s, a 0.5 s pause, 1 s: the budget of 2.5 s is spent
    err = capsys.readouterr().err
    assert err.startswith("kgchat: error: ") and "timed out" in err and "2 attempt(s)" in err
