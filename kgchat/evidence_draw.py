"""The drawings of an evidence subgraph (:func:`kgchat.evidence.evidence_payload`'s payload,
laid out there): :func:`evidence_svg`, a standalone SVG string, and :func:`draw_evidence`,
matplotlib, for notebooks (imported only when called). Moved out of :mod:`kgchat.evidence`,
which names both too.

Examples
--------
>>> svg = evidence_svg({"nodes": [{"id": "a", "label": "A", "role": "topic", "x": 0.2,
...                                "y": 0.5}], "edges": []})
>>> svg.startswith("<svg") and ">A<" in svg
True
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kgchat.errors import ConfigError

if TYPE_CHECKING:
    from kgchat.chat.bot import Answer
    from kgchat.graph import KnowledgeGraph

__all__ = ["COLOURS", "draw_evidence", "evidence_svg"]

# fill colours of the roles, shared by the SVG and matplotlib drawings (the page's CSS matches)
COLOURS = {"topic": "#2563eb", "path": "#7c3aed", "answer": "#16a34a", "other": "#9ca3af"}


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
        A payload of :func:`~kgchat.evidence.evidence_payload`, or an
        :class:`~kgchat.chat.bot.Answer` (then ``kg`` is needed to build the payload).
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
        from kgchat.evidence import evidence_payload

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
