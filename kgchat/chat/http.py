"""A chat backend for any OpenAI-compatible HTTP server: vLLM, llama.cpp's server, Ollama, TGI.

Requests go to ``{base_url}/chat/completions`` (streamed as server-sent events). A forced reply
start (``prefix``) is sent as a trailing assistant message, which these servers continue.
Candidate scoring uses ``{base_url}/completions`` with ``echo`` and ``logprobs`` where the server
supports it; where it does not, :meth:`OpenAIBackend.score` raises :class:`BackendError` and the
chatbot keeps the retriever's ranking.

Limits: every attempt has an overall deadline of ``timeout`` seconds (default 120) from connecting
to the last byte, not per read: a watchdog shuts the socket when it passes, so a server that only
sends keep-alive comments, or trickles bytes, is abandoned on time. One call (a reply, or the
scoring of all candidates), retries included, ends within 2.5 x ``timeout`` (5 minutes by
default). The reply is cut on our side after ``max_new_tokens`` streamed pieces, or at a ``stop``
string, and the connection closed, whatever the server does with those fields.

Retry policy: a refused or dropped connection, a passed deadline, HTTP 429 or a 5xx answer, a
reply that is not HTTP (a bad status line) and a reply cut short are retried ``retries`` times
(default 2) after 0.5 s, then 1 s, 2 s..., while the call's budget lasts, and only before any
text of the reply was handed on. Any other HTTP error, an HTML page, malformed JSON or an error
object in the reply is final. Each failure ends in a :class:`BackendError` naming the URL,
what was wrong, and what to check. The server is reached directly (proxy variables are not read).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Generator, Iterator, Sequence
from types import TracebackType
from typing import Any

from kgchat.chat.backends import stop_index
from kgchat.chat.http_reply import HINT_BAD, HINT_DOWN, Retryable, json_reply, reply_pieces
from kgchat.errors import BackendError, ConfigError

__all__ = ["OpenAIBackend"]

Messages = Sequence[dict[str, str]]
_RETRY_STATUS = {429, 500, 502, 503, 504}
_CALL_BUDGET = 2.5  # one call, retries included, ends within this many `timeout`s
_ECHO_PROBE = ", ".join(["red green blue gold pink"] * 3)  # its 2nd half is predictable
_ECHO_MIN = -3.5  # mean log-prob per token of that half: aligned -1.3, one off -5.9 (SmolLM2)


_HINT_SLOW = "the server is too slow or streams without end; check it, or raise --timeout"


class _Exchange:
    """One POST and its reply, all of it within ``end`` (a ``time.monotonic`` deadline).

    A timer shuts the socket down at the deadline, which wakes any blocked read; failures of
    the connection or of HTTP itself leave the ``with`` block as :class:`Retryable`.
    """

    def __init__(self, backend: OpenAIBackend, path: str, body: bytes, end: float) -> None:
        self.backend, self.expired = backend, False
        self.budget = max(0.0, end - time.monotonic())
        url = backend._parts
        cls = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
        self.conn = cls(url.hostname or "localhost", url.port, timeout=max(0.05, self.budget))
        self.path, self.body = f"{url.path.rstrip('/')}/{path}", body
        self.url = f"{backend.base_url}/{path}"
        self.timer = threading.Timer(self.budget, self._expire)
        self.timer.daemon = True
        self.resp: http.client.HTTPResponse | None = None

    def _expire(self) -> None:
        self.expired = True
        sock = self.conn.sock
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> http.client.HTTPResponse:
        self.timer.start()
        headers = {
            "Content-Type": "application/json",
            "Accept": "text/event-stream, application/json",
        }
        if self.backend.api_key:
            headers["Authorization"] = f"Bearer {self.backend.api_key}"
        try:
            self.conn.connect()
            if self.expired:  # the timer fired before there was a socket to shut
                raise TimeoutError
            self.conn.request("POST", self.path, body=self.body, headers=headers)
            resp = self.resp = self.conn.getresponse()
            if resp.status != 200:
                text = resp.read(300).decode("utf-8", "replace")
                why = f"HTTP {resp.status}: {text}"
                if resp.status in _RETRY_STATUS:
                    raise Retryable(why, HINT_DOWN)
                raise BackendError(f"{self.url}: {why}; check the model name and request")
        except BaseException as exc:
            self.__exit__(type(exc), exc, exc.__traceback__)
            raise
        return resp

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.timer.cancel()
        if self.resp is not None:
            self.resp.close()
        self.conn.close()
        if exc is None or isinstance(exc, GeneratorExit | KeyboardInterrupt):
            return
        if self.expired or isinstance(exc, TimeoutError):
            raise Retryable(
                f"timed out: no complete reply within {round(self.budget, 1):g} s", _HINT_SLOW
            ) from None
        if isinstance(exc, (Retryable, BackendError)):
            return
        failure = _failure(exc)
        if failure is not None:
            raise failure from None


def _failure(exc: BaseException) -> Retryable | None:
    """What went wrong with the connection or with HTTP itself, as a retryable failure."""
    if isinstance(exc, http.client.RemoteDisconnected):
        return Retryable("the server closed the connection without a reply", HINT_DOWN)
    if isinstance(exc, http.client.BadStatusLine):
        return Retryable(f"the reply is not HTTP (status line {str(exc)[:80]!r})", HINT_BAD)
    if isinstance(exc, http.client.IncompleteRead):
        return Retryable(
            f"the reply was cut short ({len(exc.partial)} bytes read, "
            f"{exc.expected if exc.expected is not None else 'more'} expected)",
            HINT_DOWN,
        )
    if isinstance(exc, http.client.HTTPException):
        return Retryable(f"malformed HTTP reply ({type(exc).__name__}: {exc})", HINT_BAD)
    if isinstance(exc, OSError):
        reason = exc.strerror or exc
        return Retryable(f"unreachable ({reason})", HINT_DOWN)
    return None


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
        Seconds one attempt may take in all, from connecting to the reply's last byte; a call,
        retries included, ends within 2.5 times this.
    retries : int
        Extra attempts after a failure a new attempt may cure (see the module docstring).
    backoff : float
        Seconds before the first retry, doubled before each further one.
    """

    name = "openai"

    def __init__(
        self,
        base_url: str,
        model: str = "default",
        *,
        api_key: str | None = None,
        timeout: float = 120.0,
        retries: int = 2,
        backoff: float = 0.5,
    ) -> None:
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"base_url={base_url!r}: expected http://host:port/v1")
        if not timeout > 0:
            raise ConfigError(f"timeout={timeout!r}: expected seconds > 0")
        self.base_url = base_url.rstrip("/")
        self._parts = parts
        self.model = model
        self.api_key = api_key
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._echo_check: float | None = None  # the probe's score, once measured

    def _call(
        self,
        path: str,
        payload: dict[str, Any],
        read: Callable[[http.client.HTTPResponse, str], Iterator[Any]],
        end: float,
    ) -> Generator[Any, None, None]:
        """Yield what ``read`` makes of the reply, retrying as the module docstring says."""
        url = f"{self.base_url}/{path}"
        data = json.dumps(payload).encode()
        start, why, hint, attempts = time.monotonic(), "", HINT_DOWN, 0
        for attempt in range(self.retries + 1):
            if attempt:
                pause = self.backoff * 2 ** (attempt - 1)
                if time.monotonic() + pause >= end:
                    break
                time.sleep(pause)
            attempts += 1
            handed_on = 0
            try:
                with _Exchange(self, path, data, min(time.monotonic() + self.timeout, end)) as r:
                    for item in read(r, url):
                        handed_on += 1
                        yield item
                return
            except Retryable as exc:
                if handed_on:  # the reader already has part of the reply: no retry
                    raise BackendError(
                        f"{url}: {exc.why}, after {handed_on} piece(s) of the reply; "
                        + exc.hint.format(base=self.base_url)
                    ) from None
                why, hint = exc.why, exc.hint
        raise BackendError(
            f"{url}: {why} ({attempts} attempt(s) in {time.monotonic() - start:.1f} s); "
            + hint.format(base=self.base_url)
        )

    def _deadline(self) -> float:
        return time.monotonic() + _CALL_BUDGET * self.timeout

    def generate(
        self,
        messages: Messages,
        *,
        prefix: str = "",
        max_new_tokens: int = 64,
        stop: Sequence[str] = ("\n",),
        repetition_penalty: float | None = None,
        no_repeat_ngram_size: int | None = None,
    ) -> Iterator[str]:
        """Stream the reply (server-sent events), continuing after ``prefix``; at most
        ``max_new_tokens`` pieces, cut before the first ``stop`` string.

        A ``repetition_penalty`` is sent only when given, under the names vLLM
        (``repetition_penalty``) and llama.cpp (``repeat_penalty``) read; no server takes
        ``no_repeat_ngram_size``, so it is not sent."""
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
        if repetition_penalty is not None:
            payload["repetition_penalty"] = payload["repeat_penalty"] = repetition_penalty
        text = ""
        pieces = self._call("chat/completions", payload, reply_pieces, self._deadline())
        try:
            for count, piece in enumerate(pieces, 1):
                cut = stop_index(text + piece, stop)
                if cut >= 0:
                    if cut > len(text):
                        yield (text + piece)[len(text) : cut]
                    return
                text += piece
                yield piece
                if count >= max_new_tokens:
                    return
        finally:
            pieces.close()  # stops reading and closes the connection, however we stop

    def score(self, messages: Messages, prefix: str, continuations: Sequence[str]) -> list[float]:
        """Mean log-probability per token of each continuation (needs ``echo`` + ``logprobs``).

        The server's prompt logprobs are checked once first: a text repeated verbatim must
        score better than -3.5 per token in its second half. llama-cpp-python's server (0.3.36)
        fails this: it reports each prompt token's log-probability under the next position's
        distribution (-5.9 against -1.3 on the bundled model), so its ranking would be noise;
        such a server is a :class:`BackendError` (the chatbot keeps the retriever's ranking).
        """
        prompt = "\n\n".join(f"{m['role']}: {m['content']}" for m in messages)
        prompt += "\n\nassistant: " + prefix
        end = self._deadline()
        self._check_echo(end)
        out = []
        for cont in continuations:
            offsets, values = self._echo(prompt + cont, end)
            start = len(prompt)
            picked = [
                v for o, v in zip(offsets, values, strict=False) if o >= start and v is not None
            ]
            out.append(sum(picked) / len(picked) if picked else float("-inf"))
        return out

    def _echo(self, text: str, end: float) -> tuple[list[int], list[float | None]]:
        """The character offset and log-probability of each token of ``text`` (echoed).

        One token is asked for, not none: llama-cpp-python's server reads ``max_tokens: 0`` as
        "up to the context's end" (1,000 tokens generated, minutes on a loaded CPU); what the
        server generates past ``text`` is left out by its offset.
        """
        payload = {
            "model": self.model,
            "prompt": text,
            "max_tokens": 1,
            "echo": True,
            "logprobs": 1,
            "temperature": 0,
        }
        (body,) = self._call("completions", payload, json_reply, end)
        try:
            lp = body["choices"][0]["logprobs"]
            pairs = zip(lp["text_offset"], lp["token_logprobs"], strict=True)
            kept = [(o, v) for o, v in pairs if o < len(text)]
            return [o for o, _ in kept], [v for _, v in kept]
        except (KeyError, IndexError, TypeError, ValueError):
            raise BackendError(
                f"{self.base_url}: the server does not return prompt logprobs "
                "(echo); candidate ranking by likelihood is unavailable"
            ) from None

    def _check_echo(self, end: float) -> None:
        if self._echo_check is None:
            _, values = self._echo(_ECHO_PROBE, end)
            tail = [v for v in values[len(values) // 2 :] if v is not None]
            self._echo_check = sum(tail) / len(tail) if tail else float("-inf")
        if self._echo_check < _ECHO_MIN:
            raise BackendError(
                f"{self.base_url}: the server's prompt logprobs (echo) are not each token's "
                f"own: a text repeated verbatim scores {self._echo_check:.1f} per token (a "
                f"model predicts a repeat: > {_ECHO_MIN}); llama-cpp-python's server reports "
                "them one position off. Candidate ranking by likelihood is unavailable"
            )
