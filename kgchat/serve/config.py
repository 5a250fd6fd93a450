"""The serving stage's config and its one error type.

Examples
--------
>>> ServeConfig().host
'127.0.0.1'
>>> ServeConfig(max_tokens=0)
Traceback (most recent call last):
...
kgchat.errors.ConfigError: ServeConfig.max_tokens=0 is invalid: expected an integer >= 1
>>> str(RequestError("messages is empty", param="messages"))
'messages is empty'
"""

from __future__ import annotations

from dataclasses import dataclass

from kgchat.config import Config, check
from kgchat.errors import KGChatError

__all__ = ["RequestError", "ServeConfig"]


@dataclass(frozen=True)
class ServeConfig(Config):
    """How ``kgchat serve`` listens and what one request may ask.

    The API key is not a field: a secret does not belong in a config that is printed and saved
    as JSON. It comes from ``--api-key`` or the ``KGCHAT_API_KEY`` environment variable.

    Attributes
    ----------
    host : str
        Address to bind. The default, ``127.0.0.1``, serves this machine only; ``0.0.0.0``
        serves every network the machine is on (set an API key then).
    port : int
        TCP port (0: any free one).
    max_request_bytes : int
        Largest request body; a bigger one is refused with 413 before it is parsed.
    max_tokens : int
        Largest ``max_tokens`` a request may ask for (the model's new tokens per reply); a
        request without one gets the chatbot's own ``max_new_tokens``.
    max_messages : int
        Most messages in one chat request.
    max_question_chars : int
        Longest question (the last user message) answered; a longer one is a 400. Real
        questions are far shorter, and retrieval time grows with the mentions a question makes.
    history_turns : int
        Earlier exchanges (a user message and the reply to it) of a request read back into the
        conversation's entity memory (by entity linking: no retrieval, no generation); the
        memory holds what the last turns were about, so older ones change nothing.
    max_sessions : int
        Server-side conversations (``session`` ids) kept; the least recently used is forgotten.
    """

    host: str = "127.0.0.1"
    port: int = 8000
    max_request_bytes: int = 256 * 1024
    max_tokens: int = 512
    max_messages: int = 256
    max_question_chars: int = 2000
    history_turns: int = 4
    max_sessions: int = 1000

    def __post_init__(self) -> None:
        check(bool(self.host), "host", self.host, "an address such as 127.0.0.1")
        check(0 <= self.port <= 65535, "port", self.port, "a TCP port in 0..65535")
        check(
            self.max_request_bytes >= 1024, "max_request_bytes", self.max_request_bytes, ">= 1024"
        )
        check(self.max_tokens >= 1, "max_tokens", self.max_tokens, "an integer >= 1")
        check(self.max_messages >= 1, "max_messages", self.max_messages, "an integer >= 1")
        check(self.max_question_chars >= 1, "max_question_chars", self.max_question_chars, ">= 1")
        check(self.history_turns >= 0, "history_turns", self.history_turns, "an integer >= 0")
        check(self.max_sessions >= 0, "max_sessions", self.max_sessions, "an integer >= 0")


class RequestError(KGChatError):
    """A request the API refuses; answered as OpenAI's ``{"error": {...}}`` with ``status``.

    Parameters
    ----------
    message : str
        What is wrong and what to send instead.
    status : int
        The HTTP status (400 bad request, 401, 404, 413, ...).
    param : str, optional
        The request field at fault.
    code : str, optional
        A machine-readable code (``model_not_found``, ``invalid_api_key``...).
    """

    def __init__(
        self, message: str, *, status: int = 400, param: str | None = None, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.param, self.code = status, param, code

    @property
    def kind(self) -> str:
        """OpenAI's error ``type`` for this status."""
        return {401: "authentication_error", 404: "not_found_error"}.get(
            self.status, "invalid_request_error"
        )
