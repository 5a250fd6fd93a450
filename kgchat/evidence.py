"""The evidence subgraph of an answer: what the web page, the API and the notebooks draw.

:func:`evidence_payload` turns a chat :class:`~kgchat.chat.bot.Answer` into a small JSON-able
graph: the topic entities the question mentions, the best path the retriever walked from a
topic to the chosen answer, the answer, and the facts the reply cites or was given around
them, at most ``max_nodes`` nodes. Every node has a ``role`` (``topic``, ``path``, ``answer``
or ``other``) and a position in the unit square from networkx's spring layout, seeded, with the
walked path pinned on a line from left (topic) to right (answer), so the same answer always
draws the same picture. The layout is computed once, here; the three drawings read it (the two
in Python are :mod:`kgchat.evidence_draw`'s, named here too):

- :func:`evidence_svg`, a standalone SVG string (labels escaped), for clients without script;
- the web page's ``app.js``, which renders the payload of each streamed answer;
- :func:`draw_evidence`, matplotlib, for notebooks (imported only when called).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.chat import ChatBot
>>> from kgchat.chat.backends import EchoBackend
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache"),
...                                   ("Aspirin", "interacts_with", "Warfarin"),
...                                   ("Warfarin", "treats", "Thrombosis")])
>>> answer = ChatBot(kg, backend=EchoBackend()).ask("What does Warfarin treat?")
>>> payload = evidence_payload(kg, answer)
>>> sorted((n["id"], n["role"]) for n in payload["nodes"])
[('Aspirin', 'other'), ('Headache', 'other'), ('Thrombosis', 'answer'), ('Warfarin', 'topic')]
>>> [(e["source"], e["label"], e["target"]) for e in payload["edges"] if e["on_path"]]
[('Warfarin', 'treats', 'Thrombosis')]
>>> evidence_svg(payload).startswith("<svg")
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kgchat.errors import ConfigError
from kgchat.evidence_draw import draw_evidence, evidence_svg

if TYPE_CHECKING:
    from kgchat.chat.bot import Answer
    from kgchat.graph import KnowledgeGraph
    from kgchat.graph.view import Fact

__all__ = ["ROLES", "draw_evidence", "evidence_payload", "evidence_svg"]

ROLES = ("topic", "path", "answer", "other")
MAX_NODES = 20


def evidence_payload(kg: KnowledgeGraph, answer: Answer, *, max_nodes: int = MAX_NODES) -> dict:
    """The evidence subgraph of ``answer`` as ``{"nodes": [...], "edges": [...]}``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph the answer came from (the walked path's facts are handles into it).
    answer : Answer
        What :meth:`kgchat.chat.ChatBot.ask` or ``chat`` returned. Every answer it names (all
        members of a list answer) is drawn with the best path to it.
    max_nodes : int
        Most nodes kept. The topics, the walked path and the answer come first, then the ends
        of the cited facts, then those of the other facts given to the model, in their rank
        order; a fact whose ends are not both kept is left out.

    Returns
    -------
    dict
        ``nodes``: ``{id, label, role, x, y}`` with ``role`` one of :data:`ROLES` and ``x``,
        ``y`` in [0, 1] (``y`` grows downwards, as on a screen); ``edges``: ``{source, target,
        label, on_path, fact, n}``, subject to object, ``fact`` the fact id and ``n`` its
        citation number in the reply (None when uncited). An abstention keeps only its topics.

    Examples
    --------
    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.chat import ChatBot
    >>> from kgchat.chat.backends import EchoBackend
    >>> kg = KnowledgeGraph.from_triples([("Atorvastatin", "drug_class", "Statins"),
    ...                                   ("Statins", "mechanism", "Enzyme inhibition"),
    ...                                   ("Atorvastatin", "treats", "Hypercholesterolemia")])
    >>> bot = ChatBot(kg, backend=EchoBackend())
    >>> answer = bot.ask("What is the mechanism of the drug class of Atorvastatin?")
    >>> [(n["id"], n["role"]) for n in evidence_payload(kg, answer)["nodes"]]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Atorvastatin', 'topic'), ('Statins', 'path'), ('Enzyme inhibition', 'answer'),
     ('Hypercholesterolemia', 'other')]
    >>> [n["id"] for n in evidence_payload(kg, answer, max_nodes=3)["nodes"]]
    ['Atorvastatin', 'Statins', 'Enzyme inhibition']
    """
    if max_nodes < 1:
        raise ConfigError(f"max_nodes={max_nodes!r}: expected an integer >= 1")
    roles: dict[str, str] = {}
    labels: dict[str, str] = {}

    def keep(node: str, role: str, label: str | None = None) -> bool:
        if node in roles:  # a node in two roles shows the first of ROLES (an answer on a path)
            roles[node] = min(roles[node], role, key=ROLES.index)
            return True
        if len(roles) >= max_nodes:
            return False
        roles[node] = role
        labels[node] = label if label is not None else kg.label(node)
        return True

    for m in answer.entities:
        keep(m.node, "topic")
    pinned: list[str] = []
    path_facts: list[Fact] = []
    # every answer the reply names (a list question's members), each with its best path; the
    # first answer's path is the one laid on the middle line
    for c in _chosen(answer):
        if not c.paths:
            continue
        best = c.paths[0]  # the retriever ranks a candidate's paths best first
        nodes = [n for n in best.nodes if n in kg]
        pinned = pinned or nodes
        path_facts += [kg.fact(h) for h in best.facts]
        for n in nodes[1:-1]:
            keep(n, "path")
        if c.node in kg:  # a yes/no answer ("yes") is no node of the graph
            keep(c.node, "answer", c.label)
    cited = {f.id: answer.given.index(f) + 1 for f in answer.facts if f in answer.given}
    facts: dict[str, Fact] = {}
    for f in [*path_facts, *answer.facts, *answer.given]:
        if f.id in facts:
            continue
        # both ends or neither: a kept fact never leaves a node without its edge
        new = {f.subject, f.object} - roles.keys()
        if len(roles) + len(new) <= max_nodes:
            keep(f.subject, "other", f.subject_label)
            keep(f.object, "other", f.object_label)
            facts[f.id] = f
    on_path = {f.id for f in path_facts}
    edges: list[dict[str, Any]] = [
        {
            "source": f.subject,
            "target": f.object,
            "label": f.predicate_label,
            "on_path": f.id in on_path,
            "fact": f.id,
            "n": cited.get(f.id),
        }
        for f in facts.values()
    ]
    pinned = [n for n in pinned if n in roles]
    pos = _layout(list(roles), [(f.subject, f.object) for f in facts.values()], pinned)
    nodes = [
        {"id": n, "label": labels[n], "role": roles[n], "x": pos[n][0], "y": pos[n][1]}
        for n in roles
    ]
    return {"nodes": nodes, "edges": edges}


def _chosen(answer: Answer) -> list[Any]:
    """The candidates the reply gives as its answers (none for an abstention)."""
    if answer.abstained or answer.answer is None:
        return []
    named = getattr(answer, "answers", None) or [answer.answer]
    first: dict[str, Any] = {}
    for c in answer.candidates:
        first.setdefault(c.label, c)
    return [first[label] for label in named if label in first]


def _layout(
    nodes: list[str], edges: Iterable[tuple[str, str]], pinned: list[str]
) -> dict[str, tuple[float, float]]:
    """Seeded spring layout in [0, 1]², the walked path pinned left to right on the middle line."""
    import networkx as nx

    if not nodes:
        return {}
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
    if len(pinned) < 2:
        return _unit(nx.spring_layout(G, seed=0))
    k = 1.0 / math.sqrt(len(nodes))  # the spring layout's ideal distance between nodes
    init: dict[Any, tuple[float, float]] = {
        n: ((i - (len(pinned) - 1) / 2) * 3 * k, 0.0) for i, n in enumerate(pinned)
    }
    # a node tied to two path nodes would settle on the path's line, over its edges: fixed,
    # unseen nodes along the line push the others off it (their keys are no node id: tuples)
    for i in range(len(pinned) - 1):
        (x0, _), (x1, _) = init[pinned[i]], init[pinned[i + 1]]
        for j in range(1, 4):
            init[("line", i, j)] = (x0 + (x1 - x0) * j / 4, 0.0)
    G.add_nodes_from(n for n in init if isinstance(n, tuple))
    # springs 1.5 times the default length: the facts around a topic spread as far as the path
    raw = nx.spring_layout(G, pos=init, fixed=list(init), k=1.5 * k, seed=0)
    raw = {n: p for n, p in raw.items() if not isinstance(n, tuple)}
    return _unit(raw)


def _unit(raw: Mapping[str, Any]) -> dict[str, tuple[float, float]]:
    """Stretch positions over the picture (each axis on its own, so a long path and a round
    cluster both fill it; a flat axis sits in the middle), rounded. x spans [0.1, 0.9], y
    [0.08, 0.84]: labels hang below their nodes, on up to two lines."""

    def scale(values: list[float], lo_to: float, hi_to: float) -> list[float]:
        lo, hi = min(values), max(values)
        if hi - lo < 1e-9:
            return [round((lo_to + hi_to) / 2, 4)] * len(values)
        return [round(lo_to + (hi_to - lo_to) * (v - lo) / (hi - lo), 4) for v in values]

    # y flipped: networkx's y grows upwards, a screen's downwards
    xs = scale([float(p[0]) for p in raw.values()], 0.1, 0.9)
    ys = scale([-float(p[1]) for p in raw.values()], 0.08, 0.84)
    return {n: (x, y) for n, x, y in zip(raw, xs, ys, strict=True)}
