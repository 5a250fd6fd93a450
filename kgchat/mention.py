"""An entity a question mentions: :class:`Mention`, what the linker (:mod:`kgchat.linking`)
hands the retriever."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Mention"]


@dataclass(frozen=True)
class Mention:
    """An entity mentioned in a question: the matched words, their token span, the entity and
    a score in [0, 1] (1 for an exact name match).

    ``method`` says how it was found: ``dictionary`` (a name, exact or plural-forgiving),
    ``compact``, ``reordered``, ``typo``, ``partial`` (see the module docstring),
    ``description`` (a name said first in the entity's own description), ``year`` (a date
    within a year the question names), ``index`` (the embedding fallback). ``is_class`` is
    true for a class (a node with instances): a common noun of the question, which names a
    type rather than the entity asked about.
    """

    text: str
    start: int
    end: int
    node: str
    score: float
    method: str = "dictionary"
    is_class: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "node": self.node,
            "score": round(self.score, 4),
            "method": self.method,
            "is_class": self.is_class,
        }
