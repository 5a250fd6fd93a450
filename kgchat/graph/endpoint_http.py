"""The HTTP side of :class:`kgchat.graph.endpoint.SparqlGraph`: one SPARQL 1.1 protocol client
(its bounded LRU cache is :mod:`kgchat.graph.lru_cache`'s, named here too).

The client sends *queries* only (POST, JSON results asked for): the query text as the body
(``application/sparql-query``, the protocol's "query via POST directly": no percent-encoding, which
cost 0.3 ms of CPU a 3,000-character edge batch), or, from an endpoint that refuses that (HTTP
400 or 415 before any query has been answered), the ``query=`` form field from then on. A text that
reads as an update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``DROP``...) is refused before
anything is sent. Each request has a timeout; a refused connection, HTTP 429 and 5xx answers are
retried with exponential backoff (``Retry-After`` honoured, capped). A redirect is followed only
to the same scheme, host and port; to another host it is an error that names both, unless
``follow_redirects`` says so (then it is logged as a warning). What is not SPARQL JSON (an HTML
page, a truncated body) is an error that names the endpoint and shows the start of the body.

Every error is a :class:`kgchat.errors.QueryError` whose message names the endpoint.

Examples
--------
>>> refuse_update("INSERT DATA { <a> <b> <c> }", "http://localhost/sparql")
Traceback (most recent call last):
...
kgchat.errors.QueryError: http://localhost/sparql: refused to send a SPARQL update ...
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from typing import Any
from urllib.parse import urljoin, urlsplit

from kgchat.errors import QueryError
from kgchat.graph.lru_cache import LRUCache

__all__ = ["LRUCache", "SparqlClient", "projected", "refuse_update"]

logger = logging.getLogger(__name__)

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"#[^\n]*")
_MAX_BACKOFF = 30.0
# The outer projection: the first SELECT's variables (prefixes come before it), an aggregate's
# `(... AS ?v)` by its name; `SELECT *` projects what the pattern binds, unchecked.
_PROJECTION = re.compile(
    r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*(?:\bWHERE\b|\{)", re.I | re.S
)
_AS = re.compile(r"\bAS\s+[?$](\w+)\s*\)", re.I)
_PARENS = re.compile(r"\([^()]*\)")
_LINE_COMMENT = re.compile(r"(?:^|(?<=\s))#[^\n]*", re.M)  # not an IRI's '#' (ns#type)


def refuse_update(query: str, endpoint: str) -> None:
    """Raise :class:`QueryError` when ``query`` reads as a SPARQL update: kgchat only reads."""
    if _UPDATE.match(_COMMENT.sub("", query)):
        raise QueryError(
            f"{endpoint}: refused to send a SPARQL update ({query.split()[0]}...): kgchat only "
            "reads an endpoint (give it a read-only account)"
        )


def projected(query: str) -> list[str] | None:
    """The variables a SELECT query projects (its outer ``SELECT``), or None for ``SELECT *``
    or a text that is no SELECT.

    >>> projected("PREFIX x: <http://x/> SELECT DISTINCT ?s ?l WHERE { ?s x:l ?l }")
    ['s', 'l']
    >>> projected("SELECT ?p (COUNT(*) AS ?n) WHERE { { SELECT ?p WHERE { ?s ?p ?o } } }")
    ['p', 'n']
    >>> projected('SELECT ?m (GROUP_CONCAT(CONCAT(STR(?p), " ", STR(?s))) AS ?all) WHERE {}')
    ['m', 'all']
    >>> projected("PREFIX r: <http://r/ns#> # the types\\nSELECT ?t WHERE { ?s r:type ?t }")
    ['t']
    >>> projected("SELECT * WHERE { { SELECT ?n WHERE { ?n ?p ?o } } }") is None
    True
    """
    m = _PROJECTION.search(_LINE_COMMENT.sub("", query))
    if m is None or m.group(1).strip() in ("", "*"):
        return None
    text, named = m.group(1), _AS.findall(m.group(1))
    peeled = 1
    while peeled:  # an expression's variables are not projected: peel innermost first
        text, peeled = _PARENS.subn(" ", text)
    return re.findall(r"[?$](\w+)", text) + named


def _first_line(query: str) -> str:
    """The query's first line after its prefixes, to name it in a message."""
    lines = [ln.strip() for ln in _LINE_COMMENT.sub("", query).splitlines() if ln.strip()]
    said = [ln for ln in lines if not ln.upper().startswith(("PREFIX", "BASE"))]
    return (said or lines or [""])[0][:80]


class SparqlClient:
    """SPARQL 1.1 protocol over HTTP (urllib3), JSON results; see the module docstring.

    Parameters
    ----------
    endpoint : str
        The query URL (``http://host:7878/query``, ``https://query.wikidata.org/sparql``).
    timeout : float
        Seconds per request (connect and each read).
    retries : int
        Extra tries after a refused connection, 429 or 5xx.
    backoff : float
        Seconds before the first retry; doubled each time.
    follow_redirects : bool
        Follow a redirect to another host (logged); off: such a redirect is an error.
    headers : dict, optional
        Extra request headers (an ``Authorization`` header for a protected endpoint).
    direct : bool, optional
        Send the query as the POST body (True) or as the ``query=`` form field (False); None
        (the default): the body, until the endpoint refuses it (HTTP 400 or 415) before any
        query has been answered, then the form.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
        follow_redirects: bool = False,
        headers: dict[str, str] | None = None,
        direct: bool | None = None,
    ) -> None:
        import urllib3

        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise QueryError(
                f"endpoint {endpoint!r} is not an http(s) URL; give the SPARQL query URL, "
                "e.g. http://localhost:7878/query"
            )
        self.endpoint = endpoint
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self.follow_redirects = follow_redirects
        self.headers = {
            "Accept": "application/sparql-results+json",
            "User-Agent": "kgchat (read-only SPARQL client)",
            **(headers or {}),
        }
        # the query as the body until the endpoint answers one so (then always), or refuses
        # that before any answer (then the form, always): None while not known
        self.direct = direct
        self._sent_as = {
            kind: {**self.headers, "Content-Type": kind} for kind in (_DIRECT, _FORM)
        }  # the request headers of each way
        self.requests = 0  #: HTTP requests sent (retries included)
        self.seconds = 0.0  #: time spent waiting on the endpoint
        self._pool = urllib3.PoolManager(
            num_pools=4, maxsize=8, retries=False, timeout=urllib3.Timeout(timeout)
        )
        self._lock = threading.Lock()

    def select(self, query: str) -> list[dict[str, dict[str, str]]]:
        """Run a SELECT query; the ``results.bindings`` of its JSON answer."""
        doc = self._send(query)
        try:
            bindings = doc["results"]["bindings"]
        except (KeyError, TypeError):
            raise QueryError(
                f"{self.endpoint}: the answer is JSON but not SPARQL SELECT results (no "
                f"results.bindings): {json.dumps(doc)[:200]}"
            ) from None
        if not isinstance(bindings, list):
            raise QueryError(f"{self.endpoint}: results.bindings is not a list")
        # An answer whose head lacks a variable the query selects is not this query's answer
        # (a proxy's canned reply, a store that rewrote the query): said here, naming the
        # endpoint, not a KeyError in whatever reads the rows. (An unbound variable is left out
        # of a row, never out of the head.)
        head = doc.get("head")
        names = head.get("vars") if isinstance(head, dict) else None
        wanted = projected(query) if isinstance(names, list) else None
        missing = [v for v in wanted or () if v not in names]  # type: ignore[operator]
        if missing:
            raise QueryError(
                f"{self.endpoint}: the answer to '{_first_line(query)}...' lacks "
                f"the variable(s) {', '.join('?' + v for v in missing)} it selects (head.vars "
                f"{names}): is the URL a SPARQL 1.1 query endpoint, with no proxy rewriting it?"
            )
        return bindings

    def ask(self, query: str) -> bool:
        """Run an ASK query."""
        doc = self._send(query)
        if not isinstance(doc.get("boolean"), bool):
            raise QueryError(f"{self.endpoint}: an ASK answer without a boolean")
        return bool(doc["boolean"])

    # ------------------------------------------------------------------ transport
    def _send(self, query: str) -> dict[str, Any]:
        refuse_update(query, self.endpoint)
        url, hops = self.endpoint, 0
        attempt = 0
        while True:
            t0 = time.perf_counter()
            direct = self.direct is not False
            try:
                with self._lock:
                    self.requests += 1
                resp = self._pool.request(
                    "POST",
                    url,
                    fields=None,
                    body=query.encode() if direct else _form(query),
                    headers=self._sent_as[_DIRECT if direct else _FORM],
                    redirect=False,
                    preload_content=True,
                )
            except Exception as exc:  # urllib3's errors: refused, reset, timed out
                self._waited(t0)
                kind = type(exc).__name__
                if "Timeout" in kind or "timed out" in str(exc):
                    raise QueryError(
                        f"{self.endpoint}: no answer within {self.timeout:g} s (timeout); the "
                        "endpoint is slow or the query too big: raise the timeout or lower "
                        "the batch size"
                    ) from None
                if attempt < self.retries:
                    attempt += 1
                    time.sleep(self._delay(attempt, None))
                    continue
                raise QueryError(
                    f"{self.endpoint}: cannot connect ({_reason(exc)}) after {attempt + 1} "
                    "tries; is the endpoint running and the URL right?"
                ) from None
            self._waited(t0)
            status = resp.status
            if status in (301, 302, 303, 307, 308):
                url, hops = self._redirect(url, resp, hops)
                continue
            if status in _RETRY_STATUS and attempt < self.retries:
                attempt += 1
                time.sleep(self._delay(attempt, resp.headers.get("Retry-After")))
                continue
            if status in (400, 415) and self.direct is None and direct:
                self.direct = False  # the body refused before any answer: the form from now on
                continue
            if status != 200:
                raise QueryError(
                    f"{self.endpoint}: HTTP {status} for the query "
                    f"{_first_line(query)!r}: {_excerpt(resp.data)}"
                )
            if direct and self.direct is None:
                self.direct = True  # answered: a later 400 is the query's own error
            return self._parse(resp)

    def _waited(self, t0: float) -> None:
        with self._lock:  # requests may run on several threads (endpoint_pipeline)
            self.seconds += time.perf_counter() - t0

    def _redirect(self, url: str, resp: Any, hops: int) -> tuple[str, int]:
        where = resp.headers.get("Location")
        if not where or hops >= 5:
            raise QueryError(f"{self.endpoint}: too many redirects, or one without a Location")
        target = urljoin(url, where)
        a, b = urlsplit(url), urlsplit(target)
        if (a.scheme, a.netloc) != (b.scheme, b.netloc):
            if not self.follow_redirects:
                raise QueryError(
                    f"{self.endpoint}: redirected to another host ({target}); not followed. "
                    "Use that URL as the endpoint, or allow it (follow_redirects=True)"
                )
            logger.warning("%s redirected to another host: %s", self.endpoint, target)
        return target, hops + 1

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after), _MAX_BACKOFF)
        return min(self.backoff * 2 ** (attempt - 1), _MAX_BACKOFF)

    def _parse(self, resp: Any) -> dict[str, Any]:
        kind = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = resp.data
        if "json" not in kind:
            raise QueryError(
                f"{self.endpoint}: answered {kind or 'without a content type'}, not SPARQL JSON "
                f"results; is this the SPARQL query URL? It said: {_excerpt(body)}"
            )
        try:
            doc = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise QueryError(
                f"{self.endpoint}: malformed JSON results ({exc}): {_excerpt(body)}"
            ) from None
        if not isinstance(doc, dict):
            raise QueryError(f"{self.endpoint}: the JSON answer is not an object")
        return doc

    def close(self) -> None:
        self._pool.clear()


_DIRECT = "application/sparql-query; charset=utf-8"
_FORM = "application/x-www-form-urlencoded"


def _form(query: str) -> bytes:
    from urllib.parse import urlencode

    return urlencode({"query": query}).encode()


def _excerpt(body: bytes) -> str:
    text = body[:400].decode("utf-8", "replace")
    text = re.sub(r"<[^>]+>", " ", text)  # an HTML error page: its words
    return " ".join(text.split())[:200] or "(empty body)"


def _reason(exc: Exception) -> str:
    reason = getattr(exc, "reason", None)
    return str(reason or exc)[:160]
