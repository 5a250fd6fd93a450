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

import logging
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from kgchat.chat import Answer
    from kgchat.graph import KnowledgeGraph

__all__ = [
    "ChatCompletionRequest",
    "ChatMessage",
    "RetrieveRequest",
    "chunk",
    "completion",
    "error_body",
    "kgchat_field",
]

log = logging.getLogger(__name__)


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


def kgchat_field(kg: KnowledgeGraph, answer: Answer) -> dict[str, Any]:
    """The ``kgchat`` extra field of a chat completion: the evidence behind ``answer``.

    ``facts`` are the cited facts, ``n`` being the number the reply cites them by; ``evidence``
    is :func:`kgchat.evidence.evidence_payload` (the subgraph to draw) where that module is
    installed, else ``None``.
    """
    facts = [
        {"n": answer.given.index(f) + 1, "id": f.id, "text": f.text, "source": f.source}
        for f in answer.facts
    ]
    entities = [dict(m.to_dict(), label=kg.label(m.node)) for m in answer.entities]
    evidence = None
    try:
        from kgchat.evidence import evidence_payload  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        pass
    else:
        try:
            evidence = evidence_payload(kg, answer)
        except Exception:  # the drawing is an extra: an answer is never lost to it
            log.exception("evidence_payload failed for %r", answer.question)
    return {
        "facts": facts,
        "entities": entities,
        "answer": answer.answer,
        "resolved_question": answer.resolved_question,
        "confidence": round(float(answer.confidence), 4),
        "abstained": bool(answer.abstained),
        "evidence": evidence,
    }
