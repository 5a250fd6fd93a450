"""The settings of :class:`kgchat.graph.endpoint.SparqlGraph` (:class:`EndpointConfig`) and a
page of a hub's edges (:class:`Page`).

Examples
--------
>>> EndpointConfig(batch_size=20).batch_size
20
>>> EndpointConfig(max_fanout=1000, max_rows=1500)
Traceback (most recent call last):
...
kgchat.errors.ConfigError: EndpointConfig.max_rows=1500 is invalid: expected more than 2 * ...
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgchat.config import Config, check

if TYPE_CHECKING:
    from kgchat.graph.view import Edge

__all__ = ["EndpointConfig", "Page"]


@dataclass(frozen=True)
class EndpointConfig(Config):
    """How kgchat talks to a SPARQL endpoint.

    Attributes
    ----------
    timeout : float
        Seconds per HTTP request.
    retries : int
        Tries after the first on a refused connection, HTTP 429 or 5xx (exponential backoff).
    backoff : float
        Seconds before the first retry; doubled each time.
    batch_size : int
        Nodes per request: the node asked for and those expected next. Half of a walk's
        expected nodes are never asked (the beam keeps 12 patterns), so a smaller batch wastes
        less: cold 10M-triple questions took 1.7 and 21-31 s at 50, 2.8 and 25-35 s at 100.
    max_fanout : int
        Most edges fetched per node and direction; a hub beyond it is capped (see
        :meth:`SparqlGraph.neighbors_page`). The default is the walk's own
        (``RetrieverConfig.max_fanout``): edges past it were fetched and never read.
    max_rows : int
        Most result rows one request asks for: a batch whose counted edges pass half of it is
        cut into several requests; a page of :meth:`SparqlGraph.neighbors_page` stays under it.
    cache_size : int
        Nodes whose edges (and, separately, names) the LRU caches keep.
    page_size : int
        Rows per request when streaming entities or literals (one request when they fit).
    sample : int
        Values read per predicate to tell its role (name, identifier, fact).
    follow_redirects : bool
        Follow a redirect to another host (logged); off, it is an error naming both.
    concurrency : int
        Edge requests in flight at once: a miss sends the batch of the node asked for and the
        full batches of the nodes expected after it (a hop's long list), on a pool of that
        many threads (:mod:`kgchat.graph.endpoint_pipeline`), so the store answers the next
        while the last is read. 1: one request at a time. On 2 busy cores, loopback: cold 10M
        questions 1.73 s median at 2, 2.05 s at 1; warm 1M ones alike (188 and 185 ms).
    open_rows : int
        A batch's in-edges are asked first in one uncapped join under this ``LIMIT`` of its
        own (the nodes likely to be hubs each capped in a subquery of their own), and those
        nodes' in-edges asked again capped when the join's rows reach it
        (:mod:`kgchat.graph.endpoint_open`): per-node subqueries cost Oxigraph a fixed time
        each (the warm batches of a 1M-triple store: 30 s capped, 18 s open, the same rows).
        The default: the open parts of cold 10M-triple batches held 160 rows at the median,
        1,947 at the 99th percentile; a lower limit cuts more of them than it saves (of 1,910
        batches, 43 cut at 2,400, 138 at 1,200). At most ``max_rows`` is used; 0 asks every
        batch capped.
    sketches : bool
        Read what a node *is* (:meth:`SparqlGraph.type_edges`: its classes and the relations
        at it, what the retriever scores every node a hop reached by) from its *sketch*: its
        out-edges and, of its in-edges, one row a predicate (the first neighbour, and a count),
        not one an edge (:mod:`kgchat.graph.endpoint_sketch`); the same retrievals. Half the
        rows and a third less CPU of ours a cold question, 16% less time on average at 10M
        triples, but on Oxigraph the store spends on a sketch about what it spends on the rows,
        and a node walked costs a sketch and then its edges: warm 1M questions 6-11% slower
        (paired medians), so off by default. Needs ``open_rows`` above 0.
    value_sketches : bool
        Read what a literal value is from its sketch even without ``sketches``: a value ends
        every path (two songs of one length are not related through it), so what the walk
        reads of it is only what it is, the relations pointing at it, never its neighbours,
        and no second request follows. A shared value's in-edges grow with the store (a date
        of birth shared by 16 people at 10M triples, by 1.6 at 1M); its sketch is a row a
        predicate. The same retrievals; cold questions, one process, off and on: paired
        median 0.86 on a 10M-triple store (CPU 1.49 -> 1.08 s, 163 -> 111 requests a
        question), 0.94 at 1M. (The nodes of a walk's last hop read so too: no faster, a
        hub among them asked twice.) Needs ``open_rows`` above 0.
    value_probes : int
        With ``value_sketches``, a value's sketch *probes* each fact predicate of the store
        (``FILTER EXISTS { ?s <p> <value> }``: an index seek a predicate, the store stopping
        at the first subject; :mod:`kgchat.graph.endpoint_probe`) instead of reading its
        in-edges: the relations pointing at it are all the retriever reads of it (in their
        own order), and its in-edges grow with the store where the predicates do not. Used
        where the store has at most this many fact predicates (a store with more reads its
        values' in-edges, up to ``max_fanout``, as before); 0: never.
    probe_rows : int
        An entity read only for what it is (:meth:`SparqlGraph.type_edges`) is read as its
        out-edges and probes (as a value is, ``value_probes``) where it is likely a hub: found
        capped, a class, or an entity whose in-edges, read before (in an earlier question:
        kept for the store, as the hubs found are), were at least this many and at least as
        many as the probes would be (one a fact predicate of the store that has objects other
        than literals, ``Schema.objects``); with ``probe_relations``, also one reached by a
        relation whose entities read so far had that many on average
        (:class:`~kgchat.graph.endpoint_open.HubGuess`). A hub's in-edges grow with the store,
        its probes do not; a hub is reached again by many paths and many questions, which is
        what makes it one. Its edges are fetched whole when the walk walks from it, with the
        other nodes it walks from (:meth:`SparqlGraph.expect_walk`). 0: never. At 16 (the
        default) against 0, cold questions, one process (the twenty-second round, 14 a
        store, load 10-21): paired median 0.94 at 1M triples, 0.92 at 10M, the same
        retrievals.
        Not where the store has OWL restrictions (the probes do not see derived edges).
    probe_relations : bool
        Also probe the entities reached by a relation whose entities read so far had
        ``probe_rows`` in-edges on average (the twentieth round's guess, off by default: a
        relation's average is pulled up by a few large hubs, so that at 1M triples it probed
        1,705 entities a cold question, most with 6-8 in-edges, and made 1M questions 4-27%
        slower; the per-entity memory above probes the hubs themselves).
    count_rows : int
        With ``probe_rows``, an entity read for what it is and not yet known (cold) has its
        in-edges asked capped at this many (``LIMIT count_rows + 1``, a subquery of its own
        in its edge batch's request) instead of open: one with more is a hub met for the
        first time, kept as one (``HubGuess.heavy``) and read by probes, not cached as edges
        (its edges are fetched whole when the walk walks from it). Open, such a node was
        read whole, up to ``max_fanout + 1`` in-edges, and a batch meeting one reached
        ``open_rows`` and was asked again capped: what grows from a 1M- to a 10M-triple store
        (of a cold 10M question's entities read for what they are, 25 with 100 in-edges or
        more held 6,200 of 15,100 in-edges read; at 1M 3 held 740). 0 (the default): open,
        as before. At 100 against 0, side by side, cold (the twenty-third round, 11 questions
        a store, load 8-10): paired median 1.13 at 1M triples and 1.19 at 10M, slower at
        both: likely because the counted in-edges come as rows, not packed (41,500 ->
        69,400 rows a 10M question), and a counted hub the walk then walks from is read
        twice; packed since, 6 cold 10M questions in one process: paired 1.41, slower still
        (the hubs counted are probed in requests of their own: 10.3 -> 17.2 a question).
    probe_kinds : bool
        With ``probe_rows``, read *every* entity a walk reads only for what it is by probes
        (its out-edges and which of the predicates that may point at an entity do), not only
        those likely hubs: a cold question meets hubs for the first time, and no signal read
        before their in-edges tells them (the growth from a 1M- to a 10M-triple store). An
        entity the walk goes on from is fetched whole then, as a hub probed is. The same
        retrievals (``tests/test_endpoint_kinds.py``). On (the default, the twenty-eighth
        round): once the retriever's anonymous checks read a node's in-edges only where its
        out-edges leave the answer open (``UnnamedNodes._echoes_its_holder`` blank nodes
        only, ``_names_its_parts`` past the node's kinds), side by side with it off, cold,
        9 questions a store (load 12-17): paired 0.85 at 1M triples and 0.956 at a fair
        10M, rows a question 87,036 -> 70,233 and 60,213 -> 56,180, 9/9 answers alike at
        each. Before those fixes it was slower, a probed entity then fetched whole one a
        request (one cold 1M question, the twenty-seventh round: 3.2 -> 7.9 s, 795 -> 3,824
        requests).
    packed : bool
        Ask a batch's in-edges packed: a node's as one string of ``"<predicate> <neighbour>"``
        lines with their count (``GROUP_CONCAT``, :func:`~kgchat.graph.endpoint_open.
        packed_part`), not a JSON row an edge; the same edges. Less for the store to write and
        for kgchat to read (the in-edges are four fifths of a walk's rows); a store whose
        strings do not read back as counted (one that cuts long strings) is asked a row an
        edge from then on. Not with ``sketches``.
    merged_values : bool
        With ``value_sketches``, a missed entity's edge request also asks the sketches of the
        values expected right after it (up to ``batch_size``), a subquery of its own in a
        ``UNION``, read as if asked apart: a round trip less where a warm question meets a
        few values. The same edges and sketches.
    edge_names : bool
        Ask the names (labels, aliases, descriptions) of a batch's IRIs with their edges, in
        the same request (:func:`~kgchat.graph.endpoint_open.open_batch_query`): the retriever
        reads the name of many a node whose edges it reads (what a class-less node is named
        as), and each was a request of its own. The same names; needs ``open_rows`` above 0.
    tbox_rows : int
        Most triples of OWL class expressions (restrictions, intersections, unions, their
        lists) read once, with the class hierarchy where a ``hasValue`` is, so that what they
        entail is read as locally (:mod:`kgchat.graph.endpoint_tbox`); past it (or 0) only a
        restriction stated on a class itself is read, at each node.
    names : {"stream", "lookup"}
        How the entity linker finds names: ``stream`` reads every entity's names once (the
        full name table: plurals, typos, parts of names); ``lookup`` asks the endpoint for each
        question's n-grams as label literals (:mod:`kgchat.graph.endpoint_lookup`), for a graph
        too large to stream; :meth:`SparqlGraph.literals` then lists none.
    """

    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5
    batch_size: int = 50
    max_fanout: int = 300
    max_rows: int = 50_000
    cache_size: int = 100_000
    page_size: int = 200_000
    sample: int = 512
    follow_redirects: bool = False
    concurrency: int = 2
    open_rows: int = 2400
    sketches: bool = False
    value_sketches: bool = True
    value_probes: int = 64
    probe_rows: int = 16
    probe_relations: bool = False
    count_rows: int = 0
    probe_kinds: bool = True
    packed: bool = True
    merged_values: bool = True
    edge_names: bool = True
    tbox_rows: int = 200_000
    names: str = "stream"

    @property
    def listed(self) -> bool:
        """Whether the graph may be listed whole (``names="stream"``): its entities, their
        names and its literals streamed once; with ``lookup`` only what a question names is
        asked for (the one place this choice is read).

        >>> EndpointConfig().listed, EndpointConfig(names="lookup").listed
        (True, False)
        """
        return self.names != "lookup"

    def __post_init__(self) -> None:
        check(self.timeout > 0, "timeout", self.timeout, "seconds > 0")
        check(self.retries >= 0, "retries", self.retries, "an integer >= 0")
        check(self.backoff >= 0, "backoff", self.backoff, "seconds >= 0")
        for name in (
            "batch_size",
            "max_fanout",
            "cache_size",
            "page_size",
            "sample",
            "concurrency",
        ):
            check(getattr(self, name) >= 1, name, getattr(self, name), "an integer >= 1")
        check(self.names in ("stream", "lookup"), "names", self.names, "'stream' or 'lookup'")
        check(self.open_rows >= 0, "open_rows", self.open_rows, "an integer >= 0")
        check(self.value_probes >= 0, "value_probes", self.value_probes, "an integer >= 0")
        check(self.probe_rows >= 0, "probe_rows", self.probe_rows, "an integer >= 0")
        check(self.count_rows >= 0, "count_rows", self.count_rows, "an integer >= 0")
        check(self.tbox_rows >= 0, "tbox_rows", self.tbox_rows, "an integer >= 0")
        check(
            self.max_rows > 2 * self.max_fanout,
            "max_rows",
            self.max_rows,
            f"more than 2 * max_fanout ({2 * self.max_fanout})",
        )


@dataclass(frozen=True)
class Page:
    """Some edges of one node in one direction: ``edges``, from ``offset``, and whether the store
    holds ``more`` beyond them."""

    edges: list[Edge]
    offset: int
    more: bool
