"""A chat backend for any OpenAI-compatible HTTP server: vLLM, llama.cpp's server, Ollama, TGI.

Requests go to ``{base_url}/chat/completions`` (streamed as server-sent events). A forced reply
start (``prefix``) is sent as a trailing assistant message, which these servers continue.
Candidate scoring uses ``{base_url}/completions`` with ``echo`` and ``logprobs`` where the server
supports it; where it does not, :meth:`OpenAIBackend.score` raises :class:`BackendError` and the
chatbot keeps the retriever's ranking.

Retry policy: a refused connection, a timeout, HTTP 429 or a 5xx answer is retried
``retries`` times (default 2) after 0.5 s, then 1 s, 2 s...; any other HTTP error is final. Each
failure ends in a :class:`BackendError` naming the URL, the status or cause, and what to check.
"""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from typing import Any

from kgchat.errors import BackendError

__all__ = ["OpenAIBackend"]

Messages = Sequence[dict[str, str]]
_RETRY_STATUS = {429, 500, 502, 503, 504}


class OpenAIBackend:
    """An OpenAI-compatible server at ``base_url`` (e.g. ``http://localhost:8000/v1``).

    Parameters
    ----------
    base_url : str
        The API root, ending in ``/v1`` for most servers.
    model : str
        The model name the server knows.
    api_key : str, optional
        Sent as a bearer token.
    timeout : float
        Seconds to wait for the server, per request.
    retries : int
        Extra attempts after a connection failure, timeout, 429 or 5xx.
    """

    name = "openai"

    def __init__(
        self,
        base_url: str,
        model: str = "default",
        *,
        api_key: str | None = None,
        timeout: float = 60.0,
        retries: int = 2,
        backoff: float = 0.5,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            from kgchat.errors import ConfigError

            raise ConfigError(f"base_url={base_url!r}: expected http://host:port/v1")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff

    def _open(self, path: str, payload: dict[str, Any]) -> Any:
        url = f"{self.base_url}/{path}"
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = json.dumps(payload).encode()
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            req = urllib.request.Request(url, data=data, headers=headers, method="POST")
            try:
                return urllib.request.urlopen(req, timeout=self.timeout)
            except urllib.error.HTTPError as exc:
                body = exc.read()[:300].decode("utf-8", "replace")
                last = f"HTTP {exc.code}: {body}"
                if exc.code not in _RETRY_STATUS:
                    raise BackendError(f"{url}: {last}; check the model name and request") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                reason = getattr(exc, "reason", exc)
                last = (
                    f"timed out after {self.timeout:g} s"
                    if isinstance(reason, TimeoutError | socket.timeout)
                    else f"unreachable ({reason})"
                )
        raise BackendError(
            f"{url}: {last} after {self.retries + 1} attempt(s); is the server running at "
            f"{self.base_url}?"
        )

    def generate(
        self,
        messages: Messages,
        *,
        prefix: str = "",
        max_new_tokens: int = 64,
        stop: Sequence[str] = ("\n",),
    ) -> Iterator[str]:
        """Stream the reply (server-sent events), continuing after ``prefix``."""
        msgs = list(messages)
        if prefix:
            msgs.append({"role": "assistant", "content": prefix})
        payload = {
            "model": self.model,
            "messages": msgs,
            "max_tokens": max_new_tokens,
            "temperature": 0,
            "stream": True,
            "stop": [s for s in stop if s],
        }
        resp = self._open("chat/completions", payload)
        try:
            for raw in resp:
                line = raw.decode("utf-8", "replace").strip()
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                try:
                    chunk = json.loads(data)
                    piece = chunk["choices"][0].get("delta", {}).get("content") or ""
                except (ValueError, KeyError, IndexError):
                    raise BackendError(
                        f"{self.base_url}: unreadable stream chunk {data[:100]!r}"
                    ) from None
                if piece:
                    yield piece
        except TimeoutError:
            raise BackendError(
                f"{self.base_url}: stream timed out after {self.timeout:g} s"
            ) from None
        finally:
            resp.close()

    def score(self, messages: Messages, prefix: str, continuations: Sequence[str]) -> list[float]:
        """Mean log-probability per token of each continuation (needs ``echo`` + ``logprobs``)."""
        prompt = "\n\n".join(f"{m['role']}: {m['content']}" for m in messages)
        prompt += "\n\nassistant: " + prefix
        out = []
        for cont in continuations:
            payload = {
                "model": self.model,
                "prompt": prompt + cont,
                "max_tokens": 0,
                "echo": True,
                "logprobs": 1,
                "temperature": 0,
            }
            with self._open("completions", payload) as resp:
                body = json.loads(resp.read())
            try:
                lp = body["choices"][0]["logprobs"]
                offsets, values = lp["text_offset"], lp["token_logprobs"]
            except (KeyError, IndexError, TypeError):
                raise BackendError(
                    f"{self.base_url}: the server does not return prompt logprobs "
                    "(echo); candidate ranking by likelihood is unavailable"
                ) from None
            start = len(prompt)
            picked = [
                v for o, v in zip(offsets, values, strict=False) if o >= start and v is not None
            ]
            out.append(sum(picked) / len(picked) if picked else float("-inf"))
        return out
