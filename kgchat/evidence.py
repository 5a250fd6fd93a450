"""The evidence subgraph of an answer: what the web page, the API and the notebooks draw.

:func:`evidence_payload` turns a chat :class:`~kgchat.chat.bot.Answer` into a small JSON-able
graph: the topic entities the question mentions, the best path the retriever walked from a
topic to the chosen answer, the answer, and the facts the reply cites or was given around
them, at most ``max_nodes`` nodes. Every node has a ``role`` (``topic``, ``path``, ``answer``
or ``other``) and a position in the unit square from networkx's spring layout, seeded, with the
walked path pinned on a line from left (topic) to right (answer), so the same answer always
draws the same picture. The layout is computed once, here; the three drawings read it:

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

import html
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kgchat.errors import ConfigError

if TYPE_CHECKING:
    from kgchat.chat.bot import Answer
    from kgchat.graph import KnowledgeGraph
    from kgchat.graph.view import Fact

__all__ = ["ROLES", "draw_evidence", "evidence_payload", "evidence_svg"]

ROLES = ("topic", "path", "answer", "other")
# fill colours of the roles, shared by the SVG and matplotlib drawings (the page's CSS matches)
COLOURS = {"topic": "#2563eb", "path": "#7c3aed", "answer": "#16a34a", "other": "#9ca3af"}
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


def evidence_svg(payload: Mapping[str, Any], *, width: int = 480, height: int = 320) -> str:
    """Draw a payload of :func:`evidence_payload` as a standalone SVG document (a string).

    Node and edge labels are escaped, so a label such as ``<script>`` stays text. Nodes carry
    ``class="node <role>"`` and ``data-id``; edges ``class="edge"`` (plus ``on-path``) and
    ``data-fact``, for a page to style or highlight them.

    Examples
    --------
    >>> svg = evidence_svg({"nodes": [{"id": "a", "label": "<b>", "role": "topic", "x": 0.5,
    ...                                "y": 0.5}], "edges": []})
    >>> "&lt;b&gt;" in svg and "<b>" not in svg
    True
    """
    esc = html.escape
    where = {n["id"]: (n["x"] * width, n["y"] * height) for n in payload["nodes"]}
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="evidence subgraph" '
        'font-family="sans-serif" font-size="11">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
        '<path d="M0,0L10,5L0,10z" fill="#6b7280"/>'
        "</marker></defs>",
    ]
    for e in payload["edges"]:
        (x1, y1), (x2, y2) = where[e["source"]], where[e["target"]]
        x2, y2 = _shorten(x1, y1, x2, y2, 9)
        cls = "edge on-path" if e["on_path"] else "edge"
        stroke = ' stroke="#7c3aed" stroke-width="2.5"' if e["on_path"] else ' stroke="#9ca3af"'
        out.append(
            f'<g class="{cls}" data-fact="{esc(str(e.get("fact", "")))}">'
            f"<title>{esc(e['label'])}</title>"
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"{stroke} '
            'marker-end="url(#arrow)"/>'
        )
        if e["on_path"]:  # the walked path's relations are written, cut to their line's length
            fits = max(4, int(0.7 * math.hypot(x2 - x1, y2 - y1) / 6))  # ends left clear
            out.append(
                f'<text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2 - 5:.1f}" '
                f'text-anchor="middle" fill="#4c1d95">{esc(_short(e["label"], fits))}</text>'
            )
        out.append("</g>")
    for n in payload["nodes"]:
        x, y = where[n["id"]]
        r = 8 if n["role"] == "other" else 10
        out.append(
            f'<g class="node {esc(n["role"])}" data-id="{esc(n["id"])}">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{COLOURS.get(n["role"], "#999")}"/>'
            + _label(x, y, r, n)
            + "</g>"
        )
    out.append("</svg>")
    return "".join(out)


def _shorten(x1: float, y1: float, x2: float, y2: float, by: float) -> tuple[float, float]:
    """The end of a line stopped ``by`` short of its target (so the arrow meets the circle)."""
    d = math.hypot(x2 - x1, y2 - y1)
    if d <= by:
        return x2, y2
    return x2 - (x2 - x1) * by / d, y2 - (y2 - y1) * by / d


def _label(x: float, y: float, r: float, node: Mapping[str, Any]) -> str:
    """A node's label: below it, but above a hop of the path (below, it would meet the
    answer's label, which grows leftwards from the right edge)."""
    lines = _lines(node["label"])
    top = y - r - 4 - 13 * len(lines) if node["role"] == "path" else y + r + 1
    spans = "".join(f'<tspan x="{x:.1f}" dy="1.1em">{html.escape(t)}</tspan>' for t in lines)
    return f'<text y="{top:.1f}" text-anchor="{_anchor(node["x"])}">{spans}</text>'


def _anchor(x: float) -> str:
    """Labels near a side grow inwards, so they stay inside the picture."""
    return "start" if x < 0.2 else "end" if x > 0.8 else "middle"


def _short(label: str, n: int = 28) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def _lines(label: str, width: int = 20) -> list[str]:
    """A node label on at most two lines of about ``width`` characters (cut at the space
    nearest the middle; what is still too long ends in an ellipsis)."""
    if len(label) <= width:
        return [label]
    spaces = [i for i, c in enumerate(label) if c == " "]
    if not spaces:
        return [_short(label, width)]
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return [_short(label[:cut], width), _short(label[cut + 1 :], width)]


def draw_evidence(
    evidence: Mapping[str, Any] | Answer, ax: Any = None, *, kg: KnowledgeGraph | None = None
) -> Any:
    """Draw an evidence subgraph with matplotlib (for notebooks); returns the axes.

    Parameters
    ----------
    evidence : dict or Answer
        A payload of :func:`evidence_payload`, or an :class:`~kgchat.chat.bot.Answer` (then
        ``kg`` is needed to build the payload).
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure's axes by default.
    kg : KnowledgeGraph, optional

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> ax = draw_evidence({"nodes": [{"id": "a", "label": "A", "role": "topic", "x": 0.2,
    ...                                "y": 0.5}, {"id": "b", "label": "B", "role": "answer",
    ...                                "x": 0.8, "y": 0.5}], "edges": [{"source": "a",
    ...                    "target": "b", "label": "r", "on_path": True}]})
    >>> sorted(t.get_text() for t in ax.texts if t.get_text())
    ['A', 'B', 'r']
    """
    if not isinstance(evidence, Mapping):
        if kg is None:
            raise ConfigError(
                "draw_evidence: an Answer needs kg= (the graph it came from) to build its "
                "payload; or pass evidence_payload(kg, answer)"
            )
        evidence = evidence_payload(kg, evidence)
    import matplotlib.pyplot as plt

    if ax is None:
        fig = plt.figure(figsize=(7.2, 4.8))  # the page's 480 x 320, at 1.5 inch a 100 px
        ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    where = {n["id"]: (n["x"], 1 - n["y"]) for n in evidence["nodes"]}
    for e in evidence["edges"]:
        (x1, y1), (x2, y2) = where[e["source"]], where[e["target"]]
        path = e["on_path"]
        ax.annotate(
            "",
            xy=(x2, y2),
            xytext=(x1, y1),
            arrowprops={
                "arrowstyle": "-|>",
                "color": COLOURS["path"] if path else COLOURS["other"],
                "lw": 2.2 if path else 1.0,
                "shrinkA": 8,
                "shrinkB": 8,
            },
        )
        if path:  # as in the SVG: cut to 70 % of the line, at about 6 px a character
            fits = max(4, int(0.7 * math.hypot((x2 - x1) * 480, (y2 - y1) * 320) / 6))
            ax.text(
                (x1 + x2) / 2,
                (y1 + y2) / 2 + 0.02,
                _short(e["label"], fits),
                ha="center",
                fontsize=7,
                color="#4c1d95",
            )
    for n in evidence["nodes"]:
        x, y = where[n["id"]]
        ax.scatter([x], [y], s=160, color=COLOURS.get(n["role"], "#999"), zorder=3)
        ax.text(x, y - 0.04, "\n".join(_lines(n["label"])), ha="center", va="top", fontsize=7)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_axis_off()
    return ax
