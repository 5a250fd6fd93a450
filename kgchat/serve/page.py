"""The chat page: ``GET /`` and its static files, served from inside the package (no CDN).

The page (``static/index.html``, ``style.css``, ``app.js``) speaks to the very API any client
uses: it posts the conversation as OpenAI ``messages`` to ``/v1/chat/completions`` with
``stream: true``, reads the SSE stream with ``fetch`` and a ``ReadableStream``, shows the text as
it comes, then, from the last chunk's ``kgchat`` field, the cited facts as numbered cards and the
evidence subgraph (:func:`kgchat.evidence.evidence_payload`, laid out by networkx on the server)
drawn as SVG beside the answer. It keeps the conversation in the browser; the server keeps none.

Start it with ``kgchat serve kgchat/data/graphs/medicine.ttl`` and open http://127.0.0.1:8000/.

Examples
--------
>>> from fastapi import FastAPI
>>> from fastapi.testclient import TestClient
>>> app = FastAPI()
>>> install(app, None)
>>> client = TestClient(app)
>>> client.get("/").headers["content-type"]
'text/html; charset=utf-8'
>>> client.get("/static/app.js").status_code
200
"""

from __future__ import annotations

import html
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["STATIC", "install", "page_html"]

STATIC = resources.files("kgchat.serve") / "static"


def page_html(service: Any = None) -> str:
    """The page's HTML with the served model's id filled in (escaped)."""
    text = (STATIC / "index.html").read_text(encoding="utf-8")
    model = getattr(service, "model_id", None) or "kgchat"
    return text.replace("{{model}}", html.escape(model, quote=True))


def install(app: FastAPI, service: Any) -> None:
    """Add ``GET /`` (the chat page) and ``/static/`` (its CSS and JS) to ``app``.

    Parameters
    ----------
    app : fastapi.FastAPI
        The API of :func:`kgchat.serve.create_app` (which calls this), or any FastAPI app.
    service : ChatService or None
        Only its ``model_id`` is read, to show which graph and model answer.
    """
    from fastapi.responses import HTMLResponse
    from starlette.staticfiles import StaticFiles

    body = page_html(service)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def chat_page() -> HTMLResponse:
        # no caching: a restarted server with another graph must show its own model id
        return HTMLResponse(body, headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(packages=[("kgchat.serve", "static")]), name="static")
