"""``kgchat serve``: the grounded chatbot behind an OpenAI-compatible HTTP API.

::

    service.py   ChatService: graph, retriever and model loaded once; answers, evidence
    lock.py      OneAtATime: the model generates for one request at a time
    app.py       create_app: the FastAPI routes, OpenAI's formats and errors, auth, body limit
    schemas.py   request bodies and OpenAI-shaped replies
    server.py    serve (foreground, Ctrl-C) and running (a thread, for tests and the load test)
    config.py    ServeConfig, RequestError

Start it with ``kgchat serve kgchat/data/graphs/medicine.ttl`` and point any OpenAI client at
``http://127.0.0.1:8000/v1``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the names are, for type checkers and readers
    from kgchat.serve.app import create_app
    from kgchat.serve.config import RequestError, ServeConfig
    from kgchat.serve.schemas import kgchat_field
    from kgchat.serve.server import running, serve
    from kgchat.serve.service import ChatService

# Names load on first use, so that ``kgchat --help`` (which reads ServeConfig for the flags)
# does not import FastAPI.
_WHERE = {
    "ChatService": "kgchat.serve.service",
    "RequestError": "kgchat.serve.config",
    "ServeConfig": "kgchat.serve.config",
    "create_app": "kgchat.serve.app",
    "kgchat_field": "kgchat.serve.schemas",
    "running": "kgchat.serve.server",
    "serve": "kgchat.serve.server",
}

__all__ = [
    "ChatService",
    "RequestError",
    "ServeConfig",
    "create_app",
    "kgchat_field",
    "running",
    "serve",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'kgchat.serve' has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
