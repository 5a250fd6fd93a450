"""kgchat serve: the real ``openai`` client against the API served by uvicorn on loopback.

The bundled medicine graph with the template backend (no model: retrieval speed) and the
hashing encoder serves most tests; fake backends that generate slowly test the disconnect and
the one-generation-at-a-time lock; one slow test asks the real default model.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx2 as httpx
import openai
import pytest

from kgchat.chat import ChatBot, ChatConfig, TemplateBackend
from kgchat.serve import ChatService, ServeConfig, create_app, running
from tests.conftest import GRAPHS

ASPIRIN = "https://kgchat.dev/graphs/medicine#Aspirin"
ONE_ANSWER = "Which enzyme metabolises warfarin?"  # one answer: the model words the reply


@pytest.fixture(scope="module")
def medicine() -> Any:
    from kgchat.graph import GraphConfig
    from kgchat.graph.persist import cached_load
    from kgchat.pipeline import make_retriever

    kg = cached_load([GRAPHS / "medicine.ttl"], format=None, config=GraphConfig())
    return kg, make_retriever(kg, encoder="hashing", index_dir=None)


def _service(medicine: Any, backend: Any = None, **config: Any) -> ChatService:
    kg, retriever = medicine
    return ChatService(
        kg,
        retriever,
        backend or TemplateBackend(),
        config=ServeConfig(**config),
        name="medicine",
    )


@pytest.fixture(scope="module")
def server(medicine: Any) -> Iterator[str]:
    with running(create_app(_service(medicine, max_tokens=64))) as base:
        yield base


def _client(base: str, key: str = "unused") -> openai.OpenAI:
    return openai.OpenAI(base_url=base + "/v1", api_key=key, max_retries=0, timeout=30)


def _ask(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


# ---------------------------------------------------------------------------- answers
def test_plain_answer_carries_cited_facts(server: str) -> None:
    client = _client(server)
    model = client.models.list().data[0].id
    assert model == "kgchat:medicine:template"
    reply = client.chat.completions.create(model=model, messages=_ask("What does aspirin treat?"))
    text = reply.choices[0].message.content
    extra = reply.model_extra["kgchat"]
    assert text.startswith("fever") and "[1]" in text, text
    assert not extra["abstained"] and 0 < extra["confidence"] <= 1
    fact = extra["facts"][0]
    assert set(fact) == {"n", "id", "text", "source"} and fact["n"] == 1
    assert fact["text"] == "aspirin — treats → fever" and fact["source"].endswith("medicine.ttl")
    assert extra["entities"][0]["node"] == ASPIRIN
    assert {"nodes", "edges"} <= set(extra["evidence"])  # kgchat.evidence's subgraph to draw
    # the cited fact is one of aspirin's, as the entity route tells
    facts = httpx.get(f"{server}/v1/entities/{urllib.parse.quote(ASPIRIN, safe='')}").json()
    assert fact["id"] in {f["id"] for f in facts["facts"]}


def test_stream_is_openai_chunks_ending_with_done_and_same_text(server: str) -> None:
    client = _client(server)
    messages = _ask("What does warfarin interact with?")
    plain = client.chat.completions.create(model="kgchat", messages=messages)
    chunks = list(client.chat.completions.create(model="kgchat", messages=messages, stream=True))
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == plain.choices[0].message.content
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].model_extra["kgchat"]["facts"] == plain.model_extra["kgchat"]["facts"]
    with httpx.stream(
        "POST", f"{server}/v1/chat/completions", json={"messages": messages, "stream": True}
    ) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in r.iter_lines() if line]
    assert lines[-1] == "data: [DONE]" and all(line.startswith("data: ") for line in lines)


def test_earlier_messages_are_the_conversation(server: str) -> None:
    client = _client(server)
    follow_up = "and what does it treat?"
    messages = [
        *_ask("What does warfarin interact with?"),
        # a list, as the graph answers it: "it" is the topic, not one drug of several (one
        # same-class answer alone would be the entity in focus: chat/followup.py's _focus)
        {"role": "assistant", "content": "aspirin, ibuprofen, naproxen and clopidogrel [1]."},
        *_ask(follow_up),
    ]
    reply = client.chat.completions.create(model="kgchat", messages=messages)
    assert reply.model_extra["kgchat"]["resolved_question"] == "and what does warfarin treat?"
    assert not reply.model_extra["kgchat"]["abstained"]
    # the same follow-up alone has nothing to refer to: no state was kept between requests
    alone = client.chat.completions.create(model="kgchat", messages=_ask(follow_up))
    assert alone.model_extra["kgchat"]["resolved_question"] == follow_up


def test_session_keeps_the_memory_on_the_server(server: str) -> None:
    client = _client(server)
    first = {"session": "s1"}
    client.chat.completions.create(
        model="kgchat", messages=_ask("What does warfarin treat?"), extra_body=first
    )
    reply = client.chat.completions.create(
        model="kgchat", messages=_ask("what does it interact with?"), extra_body=first
    )
    assert reply.model_extra["kgchat"]["resolved_question"] == "what does warfarin interact with?"
    assert httpx.delete(f"{server}/v1/sessions/s1").json()["deleted"] is True
    again = client.chat.completions.create(
        model="kgchat", messages=_ask("what does it interact with?"), extra_body=first
    )
    assert again.model_extra["kgchat"]["resolved_question"] == "what does it interact with?"


def test_health_retrieve_and_entities(server: str) -> None:
    health = httpx.get(f"{server}/health").json()
    assert health["status"] == "ok" and health["triples"] > 100
    found = httpx.post(
        f"{server}/v1/retrieve", json={"question": "What does aspirin treat?", "k": 3}
    )
    body = found.json()
    assert found.status_code == 200 and len(body["facts"]) == 3
    assert body["mentions"][0]["node"] == ASPIRIN and body["candidates"][0]["label"] == "fever"
    by_label = httpx.get(f"{server}/v1/entities/Aspirin").json()
    assert by_label["id"] == ASPIRIN and by_label["label"] == "aspirin"
    assert any(t["label"] for t in by_label["types"]) and by_label["facts_total"] >= 5


# ---------------------------------------------------------------------------- bad input
BAD = [
    ("malformed JSON", b'{"messages": [', 400, "invalid_request_error"),
    ("no messages", {"messages": []}, 400, "messages"),
    ("empty question", {"messages": [{"role": "user", "content": "  "}]}, 400, "content"),
    ("last is not the user's", {"messages": [{"role": "assistant", "content": "x"}]}, 400, "role"),
    ("wrong type", {"messages": "What does aspirin treat?"}, 422, "messages"),
    ("image part", {"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}, 400, ""),
    ("unknown model", {"model": "gpt-9", "messages": _ask("hi")}, 404, "model_not_found"),
    ("max_tokens", {"messages": _ask("What does aspirin treat?"), "max_tokens": 10**6}, 400, ""),
    ("1 MB message", {"messages": _ask("aspirin " * 131072)}, 413, "request_too_large"),
    ("long question", {"messages": _ask("aspirin " * 300)}, 400, "max-question-chars"),
]


@pytest.mark.parametrize(("case", "body", "status", "said"), BAD, ids=[b[0] for b in BAD])
def test_bad_requests_get_openai_errors(
    server: str, case: str, body: Any, status: int, said: str
) -> None:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    r = httpx.post(
        f"{server}/v1/chat/completions",
        content=raw,
        headers={"content-type": "application/json"},
    )
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["message"] and error["type"]
    assert said in json.dumps(error)
    assert httpx.get(f"{server}/health").status_code == 200  # still up


def test_body_limit_holds_without_a_declared_length(server: str) -> None:
    def chunked() -> Iterator[bytes]:  # no Content-Length: sent chunked
        yield b'{"messages": [{"role": "user", "content": "'
        for _ in range(64):
            yield b"aspirin " * 1024
        yield b'"}]}'

    r = httpx.post(
        f"{server}/v1/chat/completions",
        content=chunked(),
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"


def test_a_port_in_use_is_an_error_naming_the_flag(medicine: Any) -> None:
    import socket

    from kgchat.errors import KGChatError
    from kgchat.serve import serve

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(KGChatError, match="--port"):
            serve(create_app(_service(medicine)), port=taken.getsockname()[1], log_level="critical")


def test_openai_client_raises_its_own_errors(server: str) -> None:
    client = _client(server)
    with pytest.raises(openai.NotFoundError, match="not served here"):
        client.chat.completions.create(model="gpt-9", messages=_ask("hi"))
    with pytest.raises(openai.BadRequestError, match="empty"):
        client.chat.completions.create(model="kgchat", messages=_ask(""))
    assert httpx.get(f"{server}/v1/nowhere").json()["error"]["type"] == "not_found_error"
    assert httpx.get(f"{server}/v1/entities/NoSuchThing").status_code == 404


class _Broken(TemplateBackend):
    name = "broken"

    def generate(self, messages: Any, **kw: Any) -> Iterator[str]:
        raise RuntimeError("the model fell over")


def test_a_fault_is_a_500_and_a_stream_error_event(medicine: Any) -> None:
    with running(create_app(_service(medicine, _Broken()))) as base:
        r = httpx.post(f"{base}/v1/chat/completions", json={"messages": _ask(ONE_ANSWER)})
        assert r.status_code == 500 and r.json()["error"]["type"] == "server_error"
        assert "fell over" not in r.text  # internals stay in the log
        with pytest.raises(openai.APIError):
            list(
                _client(base).chat.completions.create(
                    model="kgchat", messages=_ask(ONE_ANSWER), stream=True
                )
            )
        assert httpx.get(f"{base}/health").status_code == 200


def test_api_key_is_required_when_set(medicine: Any) -> None:
    with running(create_app(_service(medicine), api_key="s3cret")) as base:
        for key in ("wrong", ""):
            with pytest.raises(openai.AuthenticationError):
                _client(base, key or "x").models.list()
        r = httpx.get(f"{base}/v1/models")
        assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"
        assert _client(base, "s3cret").models.list().data[0].id.startswith("kgchat:")
        assert httpx.get(f"{base}/health").status_code == 200


# ---------------------------------------------------------------------------- concurrency
class _Slow(TemplateBackend):
    """Generates ``n`` pieces, ``delay`` seconds apart; records overlap and early stops."""

    name = "slow"

    def __init__(self, n: int, delay: float) -> None:
        self.n, self.delay = n, delay
        self.active = self.most_active = self.produced = 0
        self.closed = threading.Event()
        self._count = threading.Lock()

    def generate(self, messages: Any, **kw: Any) -> Iterator[str]:
        with self._count:
            self.active += 1
            self.most_active = max(self.most_active, self.active)
        try:
            for _ in range(self.n):
                time.sleep(self.delay)
                self.produced += 1
                yield " [1]"
        finally:
            with self._count:
                self.active -= 1
            self.closed.set()


def test_client_disconnect_stops_the_generation(medicine: Any) -> None:
    slow = _Slow(n=400, delay=0.01)  # 4 s in all, were it not stopped
    with running(create_app(_service(medicine, slow))) as base:
        with httpx.stream(
            "POST",
            f"{base}/v1/chat/completions",
            json={"messages": _ask(ONE_ANSWER), "stream": True},
        ) as r:
            for line in r.iter_lines():
                if '"content": "CYP2C9' in line:
                    break  # the answer arrived: hang up while the model generates
        assert slow.closed.wait(3), "the generation went on after the client left"
        assert slow.produced < 100
        slow.n = 3
        reply = _client(base).chat.completions.create(model="kgchat", messages=_ask(ONE_ANSWER))
        assert reply.choices[0].message.content  # the model is free again, the server up


def test_concurrent_requests_answer_as_one_at_a_time(medicine: Any) -> None:
    questions = [
        "What does aspirin treat?",
        "What does warfarin interact with?",
        ONE_ANSWER,
        "What is the half-life of warfarin?",
    ] * 4
    slow = _Slow(n=3, delay=0.01)
    with running(create_app(_service(medicine, slow))) as base:
        client = _client(base)

        def ask(q: str) -> str:
            reply = client.chat.completions.create(model="kgchat", messages=_ask(q))
            return reply.choices[0].message.content

        alone = [ask(q) for q in questions[:4]]
        with ThreadPoolExecutor(16) as pool:
            together = list(pool.map(ask, questions))
    assert together == alone * 4
    assert slow.most_active == 1  # the model never generated for two requests at once


class _Plain:
    """A third-party backend that takes none of the chatbot's optional decoding settings."""

    name = "plain"

    def generate(
        self, messages: Any, *, prefix: str = "", max_new_tokens: int = 64, stop: Any = ("\n",)
    ) -> Iterator[str]:
        yield " [1]."


def test_a_backend_gets_only_the_settings_it_takes(medicine: Any) -> None:
    answer = _service(medicine, _Plain()).complete(_ask(ONE_ANSWER))
    assert answer.text.startswith("CYP2C9") and answer.tokens == 1


def test_a_scoring_backend_scores_under_the_lock(medicine: Any) -> None:
    kg, retriever = medicine
    held: list[bool] = []

    class Scoring(_Plain):
        def score(self, messages: Any, prefix: str, continuations: Any) -> list[float]:
            held.append(service.generation_lock.locked())
            return [0.0] * len(continuations)

    bot = ChatBot(kg, retriever, Scoring(), ChatConfig(ranker="likelihood"))
    service = ChatService.from_chatbot(bot)
    service.complete(_ask(ONE_ANSWER))
    assert held == [True]  # the likelihood ranker reached the model's score, one at a time


# ---------------------------------------------------------------------------- the real model
@pytest.mark.slow
def test_default_model_answers_through_the_api(medicine: Any) -> None:
    from kgchat.chat import get_backend

    kg, retriever = medicine
    default = get_backend("auto")  # as kgchat serve's default: llama.cpp where installed
    bot = ChatBot(kg, retriever, default, ChatConfig(max_new_tokens=8, max_facts=3))
    service = ChatService.from_chatbot(bot, name="medicine")
    service.warm_up()  # as kgchat serve does before it listens
    with running(create_app(service)) as base:
        client = openai.OpenAI(base_url=base + "/v1", api_key="-", max_retries=0, timeout=120)
        chunks = list(
            client.chat.completions.create(
                model="kgchat:medicine:smollm2-135m-instruct",
                messages=_ask(ONE_ANSWER),
                stream=True,
            )
        )
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    extra = chunks[-1].model_extra["kgchat"]
    assert text.startswith("CYP2C9") and extra["facts"], text
    assert all(f"[{f['n']}]" in text for f in extra["facts"])


# ---------------------------------------------------------------------------- the command
def test_the_package_names_load_lazily_and_help_imports_no_fastapi() -> None:
    import subprocess
    import sys

    import kgchat.serve

    assert all(callable(getattr(kgchat.serve, name)) for name in kgchat.serve.__all__)
    code = "import sys, kgchat.cli; kgchat.cli.build_parser(); print('fastapi' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"  # kgchat --help reads ServeConfig only


def test_kgchat_serve_answers_and_stops_cleanly_on_ctrl_c(tmp_path: Any) -> None:
    import os
    import signal
    import socket
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "kgchat.cli", "serve", str(GRAPHS / "medicine.ttl")]
    cmd += ["--backend", "template", "--encoder", "hashing", "--port", str(port)]
    env = dict(os.environ, KGCHAT_CACHE=str(tmp_path), KGCHAT_API_KEY="k")
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        banner = ""
        while "Ctrl-C" not in banner:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            assert line, f"kgchat serve ended: {proc.stderr.read()}"  # type: ignore[union-attr]
            banner += line
        assert f"kgchat:medicine:template on http://127.0.0.1:{port}/v1" in banner
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:  # the banner comes just before uvicorn listens
            try:
                httpx.get(f"{base}/health")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "kgchat serve did not listen"
                time.sleep(0.1)
        reply = _client(base, "k").chat.completions.create(
            model="kgchat:medicine:template", messages=_ask("What does aspirin treat?")
        )
        assert reply.choices[0].message.content.startswith("fever")
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "Shutting down" in err
