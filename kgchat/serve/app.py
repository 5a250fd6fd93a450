"""The HTTP API over a :class:`~kgchat.serve.service.ChatService` (FastAPI).

Routes: ``POST /v1/chat/completions`` (OpenAI's format, ``stream`` as server-sent events ending
with ``data: [DONE]``), ``GET /v1/models``, ``GET /health``, ``POST /v1/retrieve``,
``GET /v1/entities/{id}``, ``DELETE /v1/sessions/{id}``; ``GET /`` is the chat page
(:mod:`kgchat.serve.page`) where installed. Every error is OpenAI's
``{"error": {"message", "type", "param", "code"}}``: 400 a bad request (malformed JSON, no
messages, an empty question, ``max_tokens`` out of range), 401 a missing or wrong API key,
404 an unknown model, entity or route, 413 a body over ``max_request_bytes``, 422 a field of the
wrong type, 500 a fault of the server (logged; the message says no more).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.chat import ChatBot, TemplateBackend
>>> from kgchat.serve.service import ChatService
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache")])
>>> app = create_app(ChatService.from_chatbot(ChatBot(kg, backend=TemplateBackend())))
>>> sorted(r.path for r in app.routes if r.path.startswith("/v1/"))[:3]
['/v1/chat/completions', '/v1/entities/{name:path}', '/v1/models']
"""

from __future__ import annotations

import collections
import hmac
import itertools
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Generator, Iterator
from typing import TYPE_CHECKING, Any

import anyio
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from kgchat.errors import KGChatError
from kgchat.serve.config import RequestError
from kgchat.serve.schemas import (
    ChatCompletionRequest,
    RetrieveRequest,
    chunk,
    completion,
    error_body,
    kgchat_field,
)

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

    from kgchat.serve.service import ChatService

__all__ = ["create_app"]

log = logging.getLogger(__name__)


class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes is answered 413, unread further.

    The body is read here (at most ``limit`` + one chunk) and handed on, so the limit holds for
    a chunked upload that declares no length as well as for one that lies about it.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "DELETE", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send, int(declared))
            return
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.limit:
                await self._refuse(send, len(body))
                return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: the disconnect, when it comes

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send, size: int) -> None:
        payload = error_body(
            f"the request body ({size} bytes or more) is over this server's limit of "
            f"{self.limit} bytes (--max-request-bytes)",
            "invalid_request_error",
            code="request_too_large",
        )
        await JSONResponse(payload, status_code=413)({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:  # pragma: no cover - a JSONResponse never reads
    return {"type": "http.disconnect"}


def _error(exc: RequestError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return JSONResponse(
        error_body(str(exc), exc.kind, exc.param, exc.code), status_code=exc.status, headers=headers
    )


def create_app(service: ChatService, *, api_key: str | None = None, page: bool = True) -> FastAPI:
    """The FastAPI application serving ``service``.

    Parameters
    ----------
    service : ChatService
    api_key : str, optional
        When set, every ``/v1/`` route requires ``Authorization: Bearer <api_key>``
        (``/health`` and the page stay open; the page asks for the key).
    page : bool
        Install the chat page (``GET /``) when :mod:`kgchat.serve.page` is present.
    """
    app = FastAPI(title="kgchat", version="1", docs_url=None, redoc_url=None)
    app.state.service = service
    app.add_middleware(BodyLimit, limit=service.config.max_request_bytes)

    @app.exception_handler(RequestError)
    async def _request_error(request: Request, exc: RequestError) -> JSONResponse:
        return _error(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or None
        if first.get("type") == "json_invalid":
            return _error(RequestError(f"the body is not valid JSON: {first.get('msg')}"))
        message = f"{where or 'body'}: {first.get('msg', 'invalid')}"
        return _error(RequestError(message, status=422, param=where))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = f"{request.method} {request.url.path}: {exc.detail}"
        return _error(RequestError(message, status=exc.status_code))

    @app.exception_handler(KGChatError)
    async def _kgchat_error(request: Request, exc: KGChatError) -> JSONResponse:
        log.warning("%s %s failed: %s", request.method, request.url.path, exc)
        return JSONResponse(error_body(str(exc), "server_error"), status_code=500)

    @app.exception_handler(Exception)
    async def _fault(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        body = error_body(
            f"the server failed on this request ({type(exc).__name__}); its log says more",
            "server_error",
        )
        return JSONResponse(body, status_code=500)

    def authorize(request: Request) -> None:
        if api_key is None:
            return
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip(), api_key):
            raise RequestError(
                "a valid API key is required: send 'Authorization: Bearer <key>' (the key "
                "kgchat serve was started with, --api-key or KGCHAT_API_KEY)",
                status=401,
                code="invalid_api_key",
            )

    guarded = [Depends(authorize)]

    @app.get("/health")
    def health() -> dict[str, Any]:
        return service.health()

    @app.get("/v1/models", dependencies=guarded)
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [_model(service)]}

    @app.get("/v1/models/{model_id:path}", dependencies=guarded)
    def model(model_id: str) -> dict[str, Any]:
        _check_model(service, model_id)
        return _model(service)

    @app.post("/v1/retrieve", dependencies=guarded)
    def retrieve(body: RetrieveRequest) -> dict[str, Any]:
        return service.retrieve(body.question, k=body.k)

    @app.get("/v1/entities/{name:path}", dependencies=guarded)
    def entity(name: str) -> dict[str, Any]:
        return service.entity(name)

    @app.delete("/v1/sessions/{session}", dependencies=guarded)
    def forget(session: str) -> dict[str, Any]:
        return {"id": session, "deleted": service.forget(session)}

    @app.post("/v1/chat/completions", dependencies=guarded, response_model=None)
    async def chat(body: ChatCompletionRequest) -> Any:
        _check_model(service, body.model)
        messages = [m.model_dump() for m in body.messages]
        max_tokens = body.max_completion_tokens or body.max_tokens
        items = service.stream(messages, session=body.session, max_tokens=max_tokens)
        cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
        usage_wanted = bool(body.stream_options and body.stream_options.include_usage)
        try:
            # the first item (validation, retrieval, the answer) before any byte is sent, so a
            # bad request is still an HTTP error and not a broken stream
            first = await run_in_threadpool(next, items)
        except BaseException:
            _close(items)
            raise
        if not body.stream:
            answer = await run_in_threadpool(_last, first, items)
            # the evidence's layout is CPU work: in a worker thread, like the answer
            extra = await run_in_threadpool(kgchat_field, service.kg, answer)
            usage = _usage(messages, answer)
            return completion(cid, service.model_id, created, answer.text, usage, extra)
        stream = _events(service, items, first, cid, created, usage_wanted, messages)
        return StreamingResponse(
            stream,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    if page:
        try:
            from kgchat.serve import page as page_module  # type: ignore[attr-defined,unused-ignore]
        except ImportError:
            pass
        else:
            page_module.install(app, service)
    return app


def _model(service: ChatService) -> dict[str, Any]:
    return {
        "id": service.model_id,
        "object": "model",
        "created": int(service.started),
        "owned_by": "kgchat",
    }


def _check_model(service: ChatService, model: str | None) -> None:
    if model in (None, "", service.model_id, "kgchat"):
        return
    raise RequestError(
        f"the model {model!r} is not served here: this server serves {service.model_id!r} "
        "(GET /v1/models lists it)",
        status=404,
        param="model",
        code="model_not_found",
    )


def _last(first: Any, items: Iterator[Any]) -> Any:
    return collections.deque(itertools.chain([first], items), maxlen=1)[0]


def _close(items: Generator[Any, None, None]) -> None:
    """Close the service's iterator: its generation stops and frees the model. A step still
    running in a worker thread (the request was cancelled while it ran) cannot be interrupted;
    the generator is then closed when it is collected, after that step."""
    try:
        items.close()
    except ValueError:  # "generator already executing"
        log.info("a cancelled request's step is still running; it ends on its own")


def _usage(messages: list[dict[str, Any]], answer: Any) -> dict[str, int]:
    from kgchat.retrieval.results import estimate_tokens

    # the prompt the model saw is the chatbot's (facts and question), not the messages; this
    # counts the question only, as an estimate
    prompt = estimate_tokens(answer.resolved_question)
    done = int(answer.tokens)
    return {"prompt_tokens": prompt, "completion_tokens": done, "total_tokens": prompt + done}


def _sse(payload: dict[str, Any] | str) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return f"data: {data}\n\n".encode()


async def _events(
    service: ChatService,
    items: Generator[Any, None, None],
    first: Any,
    cid: str,
    created: int,
    usage_wanted: bool,
    messages: list[dict[str, Any]],
) -> AsyncIterator[bytes]:
    """The SSE stream: a role chunk, text chunks, a last chunk with ``kgchat``, ``[DONE]``.

    When the client hangs up, Starlette cancels this generator; ``finally`` then closes the
    service's iterator, which stops the generation and frees the model for the next request.
    """
    model = service.model_id
    try:
        yield _sse(chunk(cid, model, created, {"role": "assistant", "content": ""}))
        item = first
        while isinstance(item, str):
            if item:
                yield _sse(chunk(cid, model, created, {"content": item}))
            item = await anyio.to_thread.run_sync(next, items)
        last = chunk(cid, model, created, {}, "stop")
        last["kgchat"] = await anyio.to_thread.run_sync(kgchat_field, service.kg, item)
        if usage_wanted:
            last["usage"] = _usage(messages, item)
        yield _sse(last)
    except Exception as exc:  # the headers are sent: the error travels as an event
        if isinstance(exc, KGChatError):
            log.warning("stream %s failed: %s", cid, exc)
            message = str(exc)
        else:
            log.exception("stream %s failed", cid)
            message = f"the server failed on this request ({type(exc).__name__}); its log says more"
        kind = exc.kind if isinstance(exc, RequestError) else "server_error"
        yield _sse(error_body(message, kind))
    finally:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(_close, items)
    yield _sse("[DONE]")
