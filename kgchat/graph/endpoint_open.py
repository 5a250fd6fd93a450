"""Edge batches asked *open* first: the in-edges of a batch's nodes in one ``VALUES`` join, no
per-node cap, under a ``LIMIT`` of its own (``open_rows``); the capped form
(:func:`~kgchat.graph.endpoint_queries.batch_query`, a ``LIMIT max_fanout + 1`` subquery per
node) only for nodes likely to be hubs, and for the open nodes' in-edges again
(:func:`capped_in_query`) when the open part reaches its limit.

Why: on Oxigraph each per-node subquery costs a fixed ~35 us to plan and run whatever it finds (50
nodes that have no edges: 2.2 ms against 0.7 ms as one ``VALUES`` join); the warm questions of a
1M-triple store asked 1,091 batches (370,000 rows), replayed twice in 30 s capped and 18 s open,
the same rows, none of them reaching the limit. A hub asked open costs up to the limit's rows, so
the nodes likely to be hubs stay capped: literal values (a number or a date shared by thousands; of
the 453 hubs of three cold 10M-triple questions, 315 were literals) but those reached by a
predicate whose literal objects read so far were none a hub
(:class:`~kgchat.graph.endpoint_hubs.HubGuess`: a rating is shared by thousands, a date of
birth by a few), the classes seen as ``rdf:type`` objects
(``Person``: every person points at it), and the nodes already found capped
(:attr:`SparqlGraph.capped`, kept across :meth:`SparqlGraph.clear`).

The limit is the open part's alone: the out-edges and the capped hubs' rows are complete in the
first answer whatever it holds, and only the open nodes' in-edges are asked again. (Under one
``LIMIT`` for the whole request, eight known hubs' capped rows filled it by themselves, and a
batch that met one unknown hub was asked again whole: out-edges, capped hubs and all.)

What a node gets is what the capped form gives wherever a node has at most ``max_fanout``
in-edges (all of them, in both forms). A hub found open (more than ``max_fanout`` rows, under
the limit) keeps the ``max_fanout`` of them first by neighbour (the edges are sorted by
neighbour, then cut), where the capped form keeps those of the store's first ``max_fanout + 1``:
the open form's are the local graph's (its first ``max_fanout`` by neighbour's key:
:mod:`kgchat.graph.edge_order`), the capped form's "some ``max_fanout``" of a hub's edges.

Examples
--------
>>> q = open_batch_query(OpenBatch(["http://ex.org/a", '"7"'], {'"7"'}, 300, open_rows=2400,
...                                limit=50000))
>>> q.count("LIMIT 301"), q.count("VALUES ?m"), q.count("LIMIT 2400"), q.split("WHERE")[0]
(1, 1, 1, 'SELECT ?n ?p ?o ?m ?s ?s1 ')
>>> q = open_batch_query(OpenBatch(['"7"', "http://ex.org/h"], {'"7"', "http://ex.org/h"}, 300,
...                                2400, 50000, packed=True, unpacked=['"7"']))
>>> q.split("WHERE")[0]  # the hub packed, the literal value's in-edges as rows
'SELECT ?n ?p ?o ?m ?all ?many ?s0 ?a1 ?c1 '
>>> capped_in_query(["http://ex.org/a", "http://ex.org/b"], ["http://ex.org/b"], 300, limit=50000
...                 ).split("WHERE")[0]
'SELECT ?p ?s1 '
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from kgchat.graph.endpoint_queries import (
    language_filter,
    restriction_parts,
    term,
    values,
)

__all__ = [
    "OpenBatch",
    "capped_in_query",
    "open_batch_query",
    "out_part",
    "packed_part",
    "sketch_part",
]


@dataclass(frozen=True)
class OpenBatch:
    """What one open edge request asks (:func:`open_batch_query`): the batch's ``nodes``,
    those asked capped (``closed``, at ``cap`` in-edges a node), the predicates to ``skip``,
    whether to ask ``restrictions``, the language ``families``, the open part's ``LIMIT``
    (``open_rows``) and the whole's (``limit``); the other fields are the request's options
    (see :func:`open_batch_query`)."""

    nodes: list[str]
    closed: set[str]
    cap: int
    open_rows: int
    limit: int
    skip: Iterable[str] = ()
    restrictions: bool = False
    families: dict[str, list[str]] | None = None
    sketch: bool = False
    small: Collection[str] = ()
    packed: bool = False
    unpacked: Collection[str] = ()
    names: Collection[str] = ()
    named: Collection[str] = ()
    counted: Collection[str] = ()
    count_rows: int = 0
    known_out: Collection[str] = ()


def open_batch_query(batch: OpenBatch) -> str:
    """One request for a batch's edges (``batch``'s fields named plainly): the out-edges of
    the IRIs (but those ``known_out``, kept from their sketches) in one ``VALUES`` block
    (rows ``?n ?p ?o``, as in :func:`~kgchat.graph.endpoint_queries.batch_query`), the
    in-edges of the nodes not ``closed`` in another, uncapped, in a subquery under ``LIMIT
    open_rows`` (rows ``?m ?p ?s``: ``?m`` the node), those of the ``closed`` ones each in a
    subquery of ``LIMIT cap + 1`` (rows ``?p ?s<i>``, ``i`` the node's place in ``nodes``),
    restriction edges when ``restrictions``; the whole under ``LIMIT limit``. When the open
    part gives ``open_rows`` rows it may have been cut anywhere: the caller asks those nodes'
    in-edges again capped (:func:`capped_in_query`). With ``sketch`` the open part is summed
    up instead (:func:`sketch_part`): rows ``?m ?p ?first ?many``, one a node and predicate;
    and so are the capped in-edges of the ``closed`` nodes in ``small``, each in its subquery
    (:mod:`kgchat.graph.endpoint_sketch`). With ``packed`` (and no ``sketch``) the in-edges
    come packed (:func:`packed_part`): the open part a row a node (``?m ?all ?many``), each
    capped node's in one row (``?a<i> ?c<i>``) but those in ``unpacked``, rows ``?p ?s<i>``:
    a packed subquery of its own costs the store more than the rows of a node with a few
    in-edges (most literal values: :meth:`~kgchat.graph.endpoint_hubs.HubGuess.known`).
    With ``names`` (the naming predicates) the names of the IRIs ``named`` come too, rows
    ``?n ?p ?l`` as of
    :func:`~kgchat.graph.endpoint_queries.names_query`: the retriever reads the name of
    many a node whose edges it reads (a class-less one's), each a request of its own
    otherwise. The in-edges of the nodes ``counted`` (not ``closed``) come each in a subquery
    of ``LIMIT count_rows + 1``, rows ``?p ?s<i>`` (``packed``: one, ``?a<i> ?c<i>``):
    entities read for what they are, whose in-edges past ``count_rows`` are not read (the
    caller probes those instead: :meth:`~kgchat.graph.endpoint_probing.ProbeBatches.
    _counted`)."""
    nodes, closed, cap, open_rows = batch.nodes, batch.closed, batch.cap, batch.open_rows
    sketch, small, packed, unpacked = batch.sketch, batch.small, batch.packed, batch.unpacked
    counted, count_rows = batch.counted, batch.count_rows
    fam = batch.families or {}
    iris = [n for n in nodes if not n.startswith('"') and n not in batch.known_out]
    groups = []
    if iris:
        groups.append(out_part(iris, batch.skip, fam))
    few = set(counted) - closed
    open_nodes = [n for n in nodes if n not in closed and n not in few]
    if open_nodes and sketch:
        groups.append(sketch_part(open_nodes, fam, open_rows))
    elif open_nodes:
        part = (
            f"SELECT ?m ?p ?s WHERE {{ {values('m', open_nodes)} ?s ?p ?m . "
            f"{language_filter('s', fam)}FILTER(!isBlank(?s)) }} LIMIT {open_rows}"
        )
        groups.append(packed_part(part, "s", "all", "many", "?m") if packed else f"{{ {part} }}")
    summed = {n for n in small if n in closed} if sketch else set()
    head = "?n ?p ?o ?m ?first ?many ?last " if sketch else "?n ?p ?o ?m ?s "
    if packed and not sketch:
        head = "?n ?p ?o ?m ?all ?many "
    hubs = [i for i, n in enumerate(nodes) if n in closed and n not in summed]
    rows = set(unpacked) & closed if packed else set()
    head += "".join(f"?a{i} ?c{i} " if packed and nodes[i] not in rows else f"?s{i} " for i in hubs)
    groups += _capped_in(nodes, closed - summed, cap, fam, packed=packed, unpacked=rows)
    groups += [sketch_part([n], fam, cap + 1, one=True) for n in nodes if n in summed]
    if few:  # (numbered by place: no ?s<i> of a closed node is reused)
        head += "".join(
            f"?a{i} ?c{i} " if packed else f"?s{i} " for i, n in enumerate(nodes) if n in few
        )
        groups += _capped_in(nodes, few, count_rows, fam, packed=packed)
    if batch.restrictions and nodes:
        body = " UNION ".join(restriction_parts(True, True))
        groups.append(f"{{ {values('n', nodes)} {body} FILTER(!isBlank(?x)) }}")
        head += "?x ?d ?k "
    if batch.names and batch.named:
        listed = ", ".join(term(p) for p in sorted(batch.names))
        named = values("n", list(batch.named))
        groups.append(f"{{ {named} ?n ?p ?l FILTER(isLiteral(?l) && ?p IN ({listed})) }}")
        head += "?l "
    return f"SELECT {head}WHERE {{\n" + "\nUNION ".join(groups) + f"\n}} LIMIT {batch.limit}"


def out_part(iris: list[str], skip: Iterable[str], fam: dict[str, list[str]]) -> str:
    """The out-edges of ``iris`` in one ``VALUES`` block, rows ``?n ?p ?o`` (the predicates
    in ``skip`` left out, a language family's other values too, no blank object)."""
    skipped = ", ".join(term(p) for p in sorted(skip))
    not_in = f"FILTER(?p NOT IN ({skipped})) " if skipped else ""
    return (
        f"{{ {values('n', iris)} ?n ?p ?o . {not_in}{language_filter('n', fam)}"
        "FILTER(!isBlank(?o)) }"
    )


def sketch_part(
    nodes: list[str], fam: dict[str, list[str]], open_rows: int, one: bool = False
) -> str:
    """The in-edges of ``nodes`` summed up, one row a node ``?m`` and predicate ``?p``: how
    many (``?many``), the first and the last neighbour (``?first``, ``?last``: in the store's
    order of IRIs, kgchat's order of keys but where a plain id's ``urn:kgchat:`` IRI is among
    them, which :func:`~kgchat.graph.endpoint_sketch.read_sketches` tells), over at most
    ``open_rows`` edges (``?many`` summing to it: cut, asked again). What a node *is* needs no
    more of its in-edges: the relations pointing at it, in the order of their first neighbour
    (:meth:`kgchat.retrieval.node_types.NodeTypes.answer_types`). With ``one``, of one node
    named as a constant (as :func:`_capped_in` does: a ``VALUES`` of one is slower). (The
    neighbours' keys computed in the query, a plain id's prefix cut by ``BIND``, cost the store
    more than it saved: 1.08 s against 0.86 s of CPU for 96 batches' rows, 0.70 s so.)"""
    aggregates = "(MIN(?s) AS ?first) (MAX(?s) AS ?last) (COUNT(*) AS ?many)"
    if one:
        t = term(nodes[0])
        return (
            f"{{ SELECT ?m ?p {aggregates} WHERE {{ {{ SELECT ?p ?s WHERE {{ ?s ?p {t} . "
            f"{language_filter('s', fam)}FILTER(!isBlank(?s)) }} LIMIT {open_rows} }} "
            f"BIND({t} AS ?m) }} GROUP BY ?m ?p }}"
        )
    return (
        f"{{ SELECT ?m ?p {aggregates} WHERE {{ {{ SELECT ?m ?p ?s WHERE {{ "
        f"{values('m', nodes)} ?s ?p ?m . {language_filter('s', fam)}FILTER(!isBlank(?s)) }} "
        f"LIMIT {open_rows} }} }} GROUP BY ?m ?p }}"
    )


def capped_in_query(
    nodes: list[str],
    asked: Iterable[str],
    cap: int,
    families: dict[str, list[str]] | None = None,
    *,
    limit: int,
    reopen: list[str] | None = None,
) -> str:
    """The in-edges of the ``asked`` nodes of a batch, each in a subquery of ``LIMIT cap + 1``,
    rows ``?p ?s<i>`` numbered by the node's place in ``nodes`` (the batch): read with the rows
    of the batch's :func:`open_batch_query`, whose open part reached its limit. Those of the
    nodes in ``reopen`` (hubs found in a sketch: they keep their first edges by neighbour, as
    found open) come open, rows ``?m ?p ?s``, all of them (fewer than ``open_rows``)."""
    wanted = set(asked)
    fam = families or {}
    head = "".join(f"?s{i} " for i, node in enumerate(nodes) if node in wanted)
    groups = _capped_in(nodes, wanted, cap, fam)
    if reopen:
        head += "?m ?s "
        groups.append(
            f"{{ {values('m', reopen)} ?s ?p ?m . {language_filter('s', fam)}"
            "FILTER(!isBlank(?s)) }"
        )
    return f"SELECT ?p {head}WHERE {{\n" + "\nUNION ".join(groups) + f"\n}} LIMIT {limit}"


def _capped_in(
    nodes: list[str],
    closed: set[str],
    cap: int,
    fam: dict[str, list[str]],
    *,
    packed: bool = False,
    unpacked: Collection[str] = (),
) -> list[str]:
    """A ``LIMIT cap + 1`` subquery for the in-edges of each node of ``nodes`` in ``closed``
    (rows ``?p ?s<i>``; ``packed``: one row ``?a<i> ?c<i>``, :func:`packed_part`, but for
    the nodes in ``unpacked``)."""
    groups = []
    for i, node in enumerate(nodes):
        if node in closed:
            t, s = term(node), f"s{i}"
            part = (
                f"SELECT ?p ?{s} WHERE {{ ?{s} ?p {t} . {language_filter(s, fam)}"
                f"FILTER(!isBlank(?{s})) }} LIMIT {cap + 1}"
            )
            if packed and node not in unpacked:
                groups.append(packed_part(part, s, f"a{i}", f"c{i}"))
            else:
                groups.append(f"{{ {part} }}")
    return groups


def packed_part(part: str, s: str, packed: str, many: str, by: str = "") -> str:
    """In-edges packed: the rows ``?p ?<s>`` of the subquery ``part`` (grouped ``by`` its node
    variable, or all in one) as one string ``?<packed>`` of lines ``"<p> <s>"`` (IRIs, which
    hold no space or line break; a blank neighbour is filtered out), with their count
    ``?<many>`` (:func:`~kgchat.graph.endpoint_rows.read_edges` checks it). A row an edge cost
    the store and kgchat more than its two IRIs: 10M-triple open parts replayed in 1.30
    against 1.55 s, their JSON read in 0.03 against 0.19 s."""
    return (
        f'{{ SELECT {by + " " if by else ""}(GROUP_CONCAT(CONCAT(STR(?p), " ", STR(?{s})); '
        f'separator="\\n") AS ?{packed}) (COUNT(*) AS ?{many}) WHERE {{ {{ {part} }} }}'
        f"{' GROUP BY ' + by if by else ''} }}"
    )
