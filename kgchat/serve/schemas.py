"""Request bodies of the API (pydantic) and the OpenAI-shaped replies (plain dicts).

Only the fields kgchat reads are declared; any other OpenAI parameter a client sends
(``temperature``, ``top_p``, ``n``...) is accepted and ignored, because the chatbot answers
greedily from the facts.

Examples
--------
>>> ChatCompletionRequest(messages=[{"role": "user", "content": "hi"}]).stream
False
>>> chunk("c1", "m", 0, {"content": "Headache"})["choices"][0]["delta"]
{'content': 'Headache'}
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ChatCompletionRequest",
    "ChatMessage",
    "RetrieveRequest",
    "chunk",
    "completion",
    "error_body",
]


class ChatMessage(BaseModel):
    """One message: ``role`` and ``content`` (a string, or a list of text parts)."""

    model_config = ConfigDict(extra="allow")

    role: str
    content: str | list[dict[str, Any]] | None = None


class StreamOptions(BaseModel):
    """OpenAI's ``stream_options``: ``include_usage`` adds token counts to the last chunk."""

    model_config = ConfigDict(extra="allow")

    include_usage: bool = False


class ChatCompletionRequest(BaseModel):
    """``POST /v1/chat/completions``.

    ``session`` (kgchat's own, optional) keeps the conversation's entity memory on the server
    under that id, so a client may send only the new message.
    """

    model_config = ConfigDict(extra="allow")

    messages: list[ChatMessage]
    model: str | None = None
    stream: bool = False
    max_tokens: int | None = None
    max_completion_tokens: int | None = None
    stream_options: StreamOptions | None = None
    session: str | None = Field(default=None, max_length=200)


class RetrieveRequest(BaseModel):
    """``POST /v1/retrieve``: a question and how many facts and candidates to return."""

    question: str
    k: int = Field(default=10, ge=1, le=200)


def completion(
    cid: str, model: str, created: int, text: str, usage: dict[str, int], extra: dict[str, Any]
) -> dict[str, Any]:
    """A ``chat.completion`` object carrying ``extra`` as its ``kgchat`` field."""
    return {
        "id": cid,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": usage,
        "kgchat": extra,
    }


def chunk(
    cid: str, model: str, created: int, delta: dict[str, Any], finish: str | None = None
) -> dict[str, Any]:
    """A ``chat.completion.chunk`` object."""
    return {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def error_body(
    message: str, kind: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    """OpenAI's error shape: ``{"error": {"message", "type", "param", "code"}}``."""
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}
