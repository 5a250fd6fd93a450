r"""Reading an OpenAI-compatible server's reply (:mod:`kgchat.chat.http`'s other half): the text
pieces of a streamed reply (server-sent events, or one JSON reply from a server that ignored
``stream``), a JSON reply's object, and :class:`Retryable`, the failure of an attempt that a new
attempt may cure. A bad or truncated body, an HTML page or an error object is final
(:class:`~kgchat.errors.BackendError`); a stream cut short is retryable.

>>> import io
>>> class Reply(io.BytesIO):
...     def getheader(self, name):
...         return "text/event-stream"
>>> body = b'data: {"choices": [{"delta": {"content": "Oslo"}}]}\n\n'
>>> body += b'data: {"choices": [{"delta": {}, "finish_reason": "stop"}]}\n\ndata: [DONE]\n'
>>> list(reply_pieces(Reply(body), "http://x/v1/chat/completions"))
['Oslo']
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from typing import Any

from kgchat.errors import BackendError

__all__ = ["HINT_BAD", "HINT_DOWN", "Retryable", "json_reply", "reply_pieces"]

_MAX_BODY = 16 << 20  # bytes of a JSON reply
_MAX_LINE = 1 << 20  # bytes of one event-stream line
HINT_DOWN = "is the server running at {base}?"
HINT_BAD = "is {base} an OpenAI-compatible API root (e.g. http://host:8000/v1)?"


class Retryable(Exception):
    """A failed attempt that a new attempt may cure (internal to the HTTP backend)."""

    def __init__(self, why: str, hint: str) -> None:
        super().__init__(why)
        self.why, self.hint = why, hint


def _kind(resp: http.client.HTTPResponse) -> str:
    return (resp.getheader("Content-Type") or "no Content-Type").split(";")[0].strip().lower()


def _not_api(url: str, kind: str, start: bytes) -> BackendError:
    """A 200 that is no API reply (an HTML page, a proxy's notice...)."""
    what = "an HTML page" if b"<" in start[:50] or "html" in kind else "no API reply"
    snippet = " ".join(start[:120].decode("utf-8", "replace").split())
    return BackendError(
        f"{url}: the server sent {what} ({kind}: {snippet!r}), not an event stream or JSON; "
        "is base_url the API root (e.g. http://host:8000/v1)?"
    )


def _json_body(data: bytes, url: str, kind: str) -> Any:
    """A JSON reply's object (a bad or truncated body is final: the server sent it so)."""
    if len(data) > _MAX_BODY:
        raise BackendError(f"{url}: the reply is over {_MAX_BODY >> 20} MiB; is this the API?")
    if data.lstrip()[:1] not in (b"{", b"["):
        raise _not_api(url, kind, data.lstrip())
    try:
        return json.loads(data)
    except ValueError as exc:
        raise BackendError(
            f"{url}: malformed JSON in the reply ({exc}; {len(data)} bytes, ending "
            f"{data[-60:].decode('utf-8', 'replace')!r}); check the server's log"
        ) from None


def json_reply(resp: http.client.HTTPResponse, url: str) -> Iterator[Any]:
    """The reply as one JSON object."""
    yield _json_body(resp.read(_MAX_BODY + 1), url, _kind(resp))


def reply_pieces(resp: http.client.HTTPResponse, url: str) -> Iterator[str]:
    """The text pieces of a streamed reply (or of a whole JSON reply, if the server sent one)."""
    first = b""
    while not first.strip():
        first = resp.readline(_MAX_LINE)
        if not first:
            raise Retryable("the server sent an empty reply", HINT_DOWN)
    if first.lstrip()[:1] in (b"{", b"["):  # the server ignored "stream": one JSON reply
        body = _json_body(first + resp.read(_MAX_BODY), url, _kind(resp))
        content = _field(body, url, "message")
        if content:
            yield content
        return
    if first[:1] != b":" and not first.startswith((b"data:", b"event:", b"id:", b"retry:")):
        raise _not_api(url, _kind(resp), first + resp.read(200))
    line, finished = first, False
    while line:
        if not line.endswith(b"\n"):
            if len(line) >= _MAX_LINE:
                raise BackendError(f"{url}: an event-stream line over {_MAX_LINE} bytes")
            raise Retryable("the event stream was cut inside a line", HINT_DOWN)
        text = line.decode("utf-8", "replace").strip()
        if text.startswith("data:"):
            data = text[5:].strip()
            if data == "[DONE]":
                return
            try:
                chunk = json.loads(data)
            except ValueError:
                raise BackendError(
                    f"{url}: malformed event {data[:100]!r}; check the server's log"
                ) from None
            piece = _field(chunk, url, "delta")
            if piece:
                yield piece
            choices = chunk.get("choices") or [{}]
            finished = finished or bool(choices[0].get("finish_reason"))
        line = resp.readline(_MAX_LINE)
    if not finished:
        raise Retryable("the event stream ended before [DONE]", HINT_DOWN)


def _field(body: Any, url: str, key: str) -> str:
    """The content of ``choices[0][key]`` (``delta`` or ``message``); an error object is final."""
    if isinstance(body, dict) and "error" in body:
        raise BackendError(f"{url}: the server reports an error: {str(body['error'])[:300]}")
    try:
        choices = body["choices"]
        if not choices:  # e.g. a last chunk with usage only
            return ""
        part = choices[0].get(key) or {}
        content = part.get("content") or ""
    except (KeyError, IndexError, TypeError, AttributeError):
        raise BackendError(
            f"{url}: unexpected reply {json.dumps(body)[:100]!r}: no choices[0].{key}.content"
        ) from None
    if not isinstance(content, str):
        raise BackendError(f"{url}: choices[0].{key}.content is not text: {content!r:.100}")
    return content
