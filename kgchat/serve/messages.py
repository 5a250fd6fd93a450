"""The messages of a chat request (OpenAI's chat form) read into the question asked and the
conversation before it, with a :class:`~kgchat.serve.config.RequestError` naming the message
at fault (:class:`~kgchat.serve.service.ChatService` reads each request so).

Examples
--------
>>> from kgchat.serve.config import ServeConfig
>>> read_messages([{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"},
...                {"role": "user", "content": [{"type": "text", "text": "Who?"}]}], ServeConfig())
('Who?', [{'role': 'user', 'content': 'Hi'}, {'role': 'assistant', 'content': 'Hello'}])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kgchat.serve.config import RequestError, ServeConfig

__all__ = ["message_text", "read_messages"]


def read_messages(
    messages: Sequence[dict[str, Any]], config: ServeConfig
) -> tuple[str, list[dict[str, str]]]:
    """The question (the last message, the user's) and the conversation before it (the last
    ``config.history_turns`` exchanges), checked against ``config``'s limits."""
    if not messages:
        raise RequestError("messages is empty: send at least one user message", param="messages")
    if len(messages) > config.max_messages:
        raise RequestError(
            f"{len(messages)} messages: this server takes at most {config.max_messages}",
            param="messages",
        )
    last = len(messages) - 1
    if messages[last].get("role") != "user":
        raise RequestError(
            f"the last message is the {messages[last].get('role')!r}'s: it must be the "
            "user's question",
            param=f"messages[{last}].role",
        )
    question = message_text(messages[last].get("content"), last).strip()
    if not question:
        raise RequestError(
            "the last user message is empty: ask a question", param=f"messages[{last}].content"
        )
    if len(question) > config.max_question_chars:
        raise RequestError(
            f"the question has {len(question)} characters: this server answers questions of "
            f"at most {config.max_question_chars} (--max-question-chars)",
            param=f"messages[{last}].content",
        )
    history = [
        {"role": str(m["role"]), "content": message_text(m.get("content"), i)}
        for i, m in enumerate(messages[:last])
        if m.get("role") in ("user", "assistant")
    ]
    keep = 2 * config.history_turns
    return question, history[-keep:] if keep else []


def message_text(content: Any, index: int) -> str:
    """A message's text: a string, or OpenAI's list of ``{"type": "text", "text": ...}`` parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if not (isinstance(part, dict) and part.get("type") == "text"):
                kind = part.get("type") if isinstance(part, dict) else type(part).__name__
                raise RequestError(
                    f"messages[{index}].content has a {kind!r} part: only text parts are read",
                    param=f"messages[{index}].content",
                )
            parts.append(str(part.get("text", "")))
        return "".join(parts)
    if content is None:
        return ""
    raise RequestError(
        f"messages[{index}].content must be a string or a list of text parts",
        param=f"messages[{index}].content",
    )
