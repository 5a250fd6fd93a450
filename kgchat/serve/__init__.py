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

from kgchat.serve.app import create_app
from kgchat.serve.config import RequestError, ServeConfig
from kgchat.serve.server import running, serve
from kgchat.serve.service import ChatService, kgchat_field

__all__ = [
    "ChatService",
    "RequestError",
    "ServeConfig",
    "create_app",
    "kgchat_field",
    "running",
    "serve",
]
