"""The whole-graph side of :class:`kgchat.graph.endpoint.SparqlGraph`: streaming every entity or
literal, the linker's name table, user SPARQL queries and counts; a mixin, so the class that walks
stays short.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kgchat.errors import KGChatError, QueryError
from kgchat.graph.endpoint_queries import key

if TYPE_CHECKING:
    from kgchat.graph.core import GraphConfig
    from kgchat.graph.endpoint import EndpointConfig
    from kgchat.graph.endpoint_http import SparqlClient
    from kgchat.graph.endpoint_schema import Schema

__all__ = ["WholeGraph"]


class WholeGraph:
    """Streams, name table, queries and counts of a :class:`SparqlGraph`."""

    endpoint: str
    client: SparqlClient
    settings: EndpointConfig
    config: GraphConfig

    @property
    def schema(self) -> Schema:
        raise NotImplementedError

    def fetch_names(self, nodes: list[str], *, neighbours: bool = True) -> None:
        raise NotImplementedError

    def report(self) -> dict[str, Any]:
        raise NotImplementedError

    def entities(self) -> Iterator[str]:
        """Every entity (IRIs that are the subject or object of a fact, or named), streamed
        (:meth:`stream`); their names are fetched ahead, 500 a request, for what reads them next
        (a name table, an index)."""
        from kgchat.graph.endpoint_schema import entities_query

        sch = self.schema
        block: list[str] = []
        for row in self.stream(entities_query(sch), ("e",)):
            e = key(row["e"])
            if e not in sch.properties:
                block.append(e)
            if len(block) >= 5000:
                yield from self._with_names(block)
                block = []
        yield from self._with_names(block)

    def _with_names(self, nodes: list[str]) -> list[str]:
        if len(nodes) <= self.settings.cache_size:
            for i in range(0, len(nodes), 500):
                self.fetch_names(nodes[i : i + 500], neighbours=False)
        return nodes

    def name_table(self, config: Any) -> Any:
        """The entity linker's name dictionary (``config``: a ``LinkerConfig``): the full
        :class:`~kgchat.name_table.NameTable` over the streamed names, or with
        ``names="lookup"`` a :class:`~kgchat.graph.endpoint_lookup.LabelLookup`."""
        if not self.settings.listed:
            from kgchat.graph.endpoint_lookup import LabelLookup

            return LabelLookup(self, config)  # type: ignore[arg-type]
        from kgchat.name_table import NameTable

        return NameTable(self, config)  # type: ignore[arg-type]

    def literals(self) -> list[str]:
        """Every literal that is the object of a fact (streamed in pages; none when
        ``names="lookup"``: a graph that large is not enumerated)."""
        from kgchat.graph.endpoint_schema import literals_query

        if not self.settings.listed:
            return []
        return [key(r["o"]) for r in self.stream(literals_query(self.schema), ("o",))]

    def stream(
        self, query: str, order: tuple[str, ...], start: int = 0, *, ordered: bool = False
    ) -> Iterator[dict]:
        """The rows of a SELECT query (without ORDER BY/LIMIT), from row ``start`` (resuming).

        A result within one page (``page_size`` rows) comes in one request, unsorted. A larger
        one is read in pages of a stable order: the query as a subquery, sorted by the
        variables ``order`` (sorting outside the subquery: some stores sort far slower when
        ``DISTINCT`` and ``ORDER BY`` share one level). ``ordered`` always sorts (what a
        resumable reader needs).
        """
        size = self.settings.page_size
        if start == 0 and not ordered:
            rows = self.client.select(f"{query} LIMIT {size + 1}")
            if len(rows) <= size:
                yield from rows
                return
        by = " ".join("?" + v for v in order)
        offset = start
        while True:
            rows = self.client.select(
                f"SELECT * WHERE {{ {{ {query} }} }} ORDER BY {by} LIMIT {size} OFFSET {offset}"
            )
            yield from rows
            if len(rows) < size:
                return
            offset += size

    def sparql(
        self, query: str, *, allow_service: bool = False, service_timeout: float = 30.0
    ) -> Any:
        """Run a read-only SELECT or ASK query on the endpoint, as ``KnowledgeGraph.sparql``
        gives results (rows of ids/IRIs and Python values; a bool for ASK). A ``SERVICE``
        clause is refused unless allowed; CONSTRUCT and DESCRIBE are not supported here."""
        from kgchat.graph.sparql import service_endpoint

        if not allow_service and (where := service_endpoint(query)) is not None:
            raise QueryError(
                f"SERVICE {where} refused: the endpoint would call another one "
                "(allow_service=True, or --allow-service, lets it)"
            )
        head = _COMMENT.sub("", query).upper()
        if re.search(r"\b(CONSTRUCT|DESCRIBE)\b", head):
            raise QueryError(f"{self.endpoint}: only SELECT and ASK queries are run here")
        if re.search(r"\bASK\b", head) and not re.search(r"\bSELECT\b", head):
            return self.client.ask(query)
        return [
            {name: _python(value) for name, value in row.items()}
            for row in self.client.select(query)
        ]

    def save(self, directory: Any) -> None:
        """Refused: a graph served by an endpoint stays in its store."""
        raise KGChatError(
            f"{self.endpoint}: a graph read from an endpoint is not saved; it stays in its "
            "store (save its entity index instead, see kgchat.index.stream)"
        )

    def stats(self) -> dict[str, Any]:
        """Counts by SPARQL: ``triples``, ``predicates``, ``relations`` (of facts) and the
        ``endpoint``; plus what this session sent (:meth:`report`)."""
        rows = self.client.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return {
            "endpoint": self.endpoint,
            "triples": int(rows[0]["n"]["value"]) if rows else 0,
            "predicates": len(self.schema.predicates),
            "relations": len(self.schema.relations),
            **self.report(),
        }


_COMMENT = re.compile(r"#[^\n]*")


def _python(binding: dict[str, str]) -> Any:
    """A result term as ``kg.sparql`` gives it: an id or IRI, else a Python value."""
    from kgchat.graph.sparql import python_value

    k = key(binding)
    if binding.get("type") == "uri" or k.startswith("_:"):
        return k
    import pyoxigraph as ox

    value, lang, dt = binding["value"], binding.get("xml:lang"), binding.get("datatype")
    if lang:
        lit = ox.Literal(value, language=lang)
    elif dt:
        lit = ox.Literal(value, datatype=ox.NamedNode(dt))
    else:
        lit = ox.Literal(value)
    return python_value(lit)
