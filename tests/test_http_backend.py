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
    asked_at = 0.0  # when the last request arrived (time.monotonic)
    first_asked_at = 0.0  # when the first request since the fixture's reset arrived

    def log_message(self, *args):
        pass

    def do_POST(self):
        type(self).calls += 1
        type(self).asked_at = time.monotonic()
        if type(self).calls == 1:
            type(self).first_asked_at = type(self).asked_at
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
    with pytest.raises(BackendError, match=r"/v1/chat/completions: timed out.* within 2 s"):
        ChatBot(kg, backend=backend).ask(QUESTION)
    # counted from the request's arrival: retrieval before it is no part of the deadline
    assert time.monotonic() - _Bad.asked_at < 3.0
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
    assert main(argv) == 1
    # 1 s, a 0.5 s pause, 1 s: the budget of 2.5 s is spent, counted from the first request
    # (loading the graph and retrieving before it are no part of it)
    assert time.monotonic() - _Bad.first_asked_at < 5.0
    err = capsys.readouterr().err
    assert err.startswith("kgchat: error: ") and "timed out" in err and "2 attempt(s)" in err


# ---------------------------------------------------------------- a real server: llama.cpp's
def _server_missing() -> str | None:
    from importlib.util import find_spec

    from kgchat.models import llama_cpp_available

    if not llama_cpp_available():
        return "llama-cpp-python is not installed: pip install 'kgchat[llamacpp]' (make test does)"
    missing = [
        m for m in ("fastapi", "uvicorn", "sse_starlette", "pydantic_settings") if not find_spec(m)
    ]
    if missing:
        return f"llama-cpp-python[server] is not installed (no {', '.join(missing)})"
    return None


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    """``python -m llama_cpp.server`` with the bundled GGUF on a free loopback port; stopped
    (terminated, then killed) however the tests end."""
    import os
    import socket
    import subprocess
    import sys
    import urllib.request

    from kgchat.models import resolve_chat_model

    why = _server_missing()
    if why:
        pytest.skip(why)
    model = resolve_chat_model(None)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    threads = str(max(1, len(os.sched_getaffinity(0)) // 2))  # as LlamaCppConfig: no spinning
    log = tmp_path_factory.mktemp("llama_server") / "server.log"
    cmd = [sys.executable, "-m", "llama_cpp.server", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--model", f"{model.path_or_id}/{model.gguf_file}", "--model_alias", "smollm2"]
    cmd += ["--n_ctx", "1024", "--n_threads", threads, "--n_threads_batch", threads]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"llama_cpp.server did not start: {log.read_text()[-2000:]}")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


REAL_FACTS = "Facts:\n[1] Warfarin — treats → Thrombosis\n[2] Aspirin — treats → Headache"


@pytest.mark.slow
def test_a_real_server_answers_plain_and_streamed(llama_server):
    backend = OpenAIBackend(llama_server, "smollm2", timeout=30)
    msgs = [{"role": "user", "content": f"{REAL_FACTS}\n\nQuestion: What does Warfarin treat?"}]
    t0 = time.monotonic()
    stamps, pieces = [], []
    for piece in backend.generate(msgs, max_new_tokens=12, stop=()):
        stamps.append(time.monotonic() - t0)
        pieces.append(piece)
    assert len(pieces) > 3 and "".join(pieces).strip()
    assert stamps[0] < stamps[-1] - 0.01  # streamed: the first piece came before the last
    again = "".join(backend.generate(msgs, max_new_tokens=12, stop=()))
    assert again == "".join(pieces)  # temperature 0
    assert len(list(backend.generate(msgs, max_new_tokens=5, stop=()))) <= 5


@pytest.mark.slow
def test_a_real_server_whose_prompt_logprobs_are_off_by_one_cannot_rank(llama_server):
    # llama-cpp-python 0.3.36 scores each echoed prompt token under the next position's
    # distribution: "Thrombosis" would lose to "banana bread". The probe catches it. Its
    # server spends ~1 s on an echoed prompt of 20 tokens (~20 s under a load of 8 on two
    # cores); what is tested is the message, not the speed: a generous timeout, one attempt
    backend = OpenAIBackend(llama_server, "smollm2", timeout=300, retries=0)
    msgs = [{"role": "user", "content": f"{REAL_FACTS}\n\nQuestion: What does Warfarin treat?"}]
    with pytest.raises(BackendError, match=r"repeated verbatim scores -\d.*one position off"):
        backend.score(msgs, "The answer is ", ["Thrombosis", "banana bread"])
    # (the chatbot then keeps the retriever's ranking: test_chat.test_http_backend_scores_...)
