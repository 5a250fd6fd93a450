"""Running the API under uvicorn: in the foreground (``kgchat serve``) or in a thread (tests,
the load test).

Ctrl-C (SIGINT) or SIGTERM stops the foreground server cleanly: it stops accepting, lets the
requests in progress finish for up to ``grace`` seconds (a stream still open then is cut, which
stops its generation), and returns.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.chat import ChatBot, TemplateBackend
>>> from kgchat.serve import ChatService, create_app
>>> import json, urllib.request
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
>>> app = create_app(ChatService.from_chatbot(ChatBot(kg, backend=TemplateBackend())))
>>> with running(app) as base:
...     json.load(urllib.request.urlopen(base + "/health"))["status"]
'ok'
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kgchat.errors import KGChatError

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["running", "serve"]

log = logging.getLogger(__name__)


def _config(app: FastAPI, host: str, port: int, grace: int, log_level: str) -> Any:
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        timeout_graceful_shutdown=grace,
        # one process, many threads: the model is loaded once and shared (see service.py)
        workers=None,
        access_log=log_level == "debug",
    )


def serve(
    app: FastAPI,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    grace: int = 5,
    log_level: str = "info",
) -> int:
    """Serve ``app`` until Ctrl-C or SIGTERM; returns 0 after a clean shutdown."""
    import uvicorn

    server = uvicorn.Server(_config(app, host, port, grace, log_level))
    # uvicorn shuts down on SIGINT/SIGTERM, then raises the signal again for the handlers it
    # found: KeyboardInterrupt for Ctrl-C, and here a no-op for SIGTERM (else the default
    # handler would kill the process after its clean shutdown, exit status 143)
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, lambda *_: None) if main else None
    try:
        server.run()
    except KeyboardInterrupt:
        pass  # re-raised after the shutdown, which uvicorn has completed
    except SystemExit:  # uvicorn's answer to a port it cannot bind (it logged why)
        pass
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if not server.started:
        raise KGChatError(
            f"kgchat serve could not listen on {host}:{port} (in use, or not an address of "
            "this machine): pass another --port or --host"
        )
    return 0


@contextlib.contextmanager
def running(app: FastAPI, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``app`` in a thread on a free loopback port; yield the base URL; stop it after."""
    import uvicorn

    server = uvicorn.Server(_config(app, host, port, 2, "warning"))
    thread = threading.Thread(target=server.run, name="kgchat-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise KGChatError(f"the test server on {host}:{port} did not start")
        time.sleep(0.02)
    sock = server.servers[0].sockets[0]
    try:
        yield f"http://{host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
