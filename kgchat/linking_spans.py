"""Choosing among the spans a question's names were found at (split from
:mod:`kgchat.linking`, which finds them): a looser match that would cut an exact name in two is
dropped, and the spans kept do not overlap (longest, then best-scored, first).
"""

from __future__ import annotations

from kgchat.name_table import Span

__all__ = ["_crossing_exact_dropped", "_holds", "_non_overlapping"]


def _crossing_exact_dropped(spans: list[Span]) -> list[Span]:
    """``spans`` less each looser match (reordered, partial, misspelt: below an exact name's
    score) that crosses an exact name: overlaps it and stops inside it, so that taking the
    looser one, longer as it may be, would cut the exact name in two. "What is the parent
    weakness of CWE-78?" holds the class "CWE weakness" in other order ("weakness of cwe")
    across the code "CWE 78" said exactly: the code is the name said, the class's words are
    only found by reordering the question's. A looser match that holds the exact name whole
    ("Michael Jackson's Thriller album" around "Thriller") stays.

    >>> spans = [(4, 7, ["CWE weakness"], 0.85, "reordered"), (6, 8, ["CWE-78"], 1.0, "exact")]
    >>> [sp[2] for sp in _crossing_exact_dropped(spans)]
    [['CWE-78']]
    >>> spans = [(0, 4, ["Thriller (album)"], 0.85, "reordered")]
    >>> spans.append((2, 3, ["Thriller"], 1.0, "exact"))
    >>> len(_crossing_exact_dropped(spans))
    2
    """
    exact = [(a, b) for a, b, _, score, _ in spans if score >= 1.0]
    if not exact:
        return spans
    return [
        sp
        for sp in spans
        if sp[3] >= 1.0
        or not any(a < sp[1] and sp[0] < b and (a < sp[0] or b > sp[1]) for a, b in exact)
    ]


def _holds(chosen: list[Span], a: int, b: int) -> bool:
    """Whether each chosen span that overlaps ``a:b`` lies within it, shorter."""
    return all(
        a <= sp[0] and sp[1] <= b and sp[1] - sp[0] < b - a
        for sp in chosen
        if sp[0] < b and a < sp[1]
    )


def _non_overlapping(spans: list[Span]) -> list[Span]:
    """Greedy choice in the given order (longest, then best-scored, first): no overlaps."""
    taken: set[int] = set()
    chosen = []
    for span in spans:
        a, b = span[0], span[1]
        if taken.isdisjoint(range(a, b)):
            taken.update(range(a, b))
            chosen.append(span)
    chosen.sort(key=lambda sp: (sp[0], sp[1]))
    return chosen
