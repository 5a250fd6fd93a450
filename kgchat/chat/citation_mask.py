"""Citation markers kept to the facts a model was shown: decoding may write ``[n]`` only for a
shown number ``n``.

The 135M model cites numbers it was not shown ("[3]" of a prompt that numbers one fact,
``[1]``), and every such citation is one the claim check drops. Where a backend decodes token
by token (:class:`kgchat.chat.llamacpp.LlamaCppBackend`), a mask over each step's logits keeps
what lies between a ``[`` and its ``]`` to the digits of a shown number: outside a bracket
every token is free but one that opens a citation it cannot finish; inside, only a token that
goes on with (or closes) a shown number's digits. What the model's sentence says is still the
claim check's to judge.

The mask reads the tokens' text only (:class:`CitationMask` is given each token's piece once),
so it holds for any tokenizer: a token may hold a bracket, the digits and the bracket's end at
once ("[1]"), or a piece of one (" [", "1", "]."), and text after a citation's end ("].") is
outside it again.

Examples
--------
>>> pieces = ["A", " [", "1", "3", "]", "].", "[2]", "x"]
>>> mask = CitationMask(pieces)
>>> sorted(pieces[t] for t in mask.banned("Ada", [1, 3]))  # a citation that cannot close
['[2]']
>>> sorted(pieces[t] for t in mask.allowed("Ada [", [1, 3]))  # inside: a shown number's digits
['1', '3']
>>> sorted(pieces[t] for t in mask.allowed("Ada [1", [1, 3]))
[']', '].']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["CitationMask", "open_citation"]

_DIGITS = frozenset("0123456789")


def open_citation(text: str) -> str | None:
    """The digits written since an unclosed ``[`` at the end of ``text``, or None where no
    citation is open.

    >>> open_citation("Ada [1] and [2"), open_citation("Ada [1]"), open_citation("x [")
    ('2', None, '')
    """
    start = text.rfind("[")
    if start < 0 or "]" in text[start:]:
        return None
    return text[start + 1 :]


def _fits(inside: str | None, piece: str, numbers: frozenset[str]) -> bool:
    """Whether ``piece``, written where ``inside`` is the open citation's digits (None: none is
    open), keeps every citation it opens or continues to one of ``numbers`` (digit strings)."""
    for ch in piece:
        if inside is None:
            if ch == "[":
                inside = ""
        elif ch == "]":
            if inside not in numbers:
                return False
            inside = None
        elif ch in _DIGITS and any(n.startswith(inside + ch) for n in numbers):
            inside += ch
        else:
            return False
    return True


class CitationMask:
    """Which tokens keep a reply's citations to the shown numbers (see the module docstring).

    Parameters
    ----------
    pieces : sequence of str
        Each token's text, by token id.
    """

    def __init__(self, pieces: Sequence[str]) -> None:
        self.pieces = list(pieces)
        self._banned: dict[frozenset[str], list[int]] = {}  # per shown numbers
        # the tokens that can open a citation, and those that can go on inside one
        self._opening = [t for t, p in enumerate(self.pieces) if "[" in p]
        self._inside = [t for t, p in enumerate(self.pieces) if p[:1] in _DIGITS or p[:1] == "]"]

    @classmethod
    def of_tokens(cls, piece: Callable[[int], bytes], n: int) -> CitationMask:
        """The mask of a vocabulary of ``n`` tokens whose bytes ``piece`` gives."""
        return cls([piece(t).decode("utf-8", "replace") for t in range(n)])

    def banned(self, text: str, shown: Sequence[int]) -> list[int]:
        """The tokens not to write after ``text`` where no citation is open: those that open
        one no shown number can finish."""
        numbers = frozenset(str(n) for n in shown)
        found = self._banned.get(numbers)
        if found is None:
            if len(self._banned) > 1000:
                self._banned.clear()
            found = self._banned[numbers] = [
                t for t in self._opening if not _fits(None, self.pieces[t], numbers)
            ]
        return found

    def allowed(self, text: str, shown: Sequence[int]) -> list[int] | None:
        """The only tokens to write after ``text`` where a citation is open (those that go on
        with a shown number's digits, or close it); None where none is open (see
        :meth:`banned`)."""
        inside = open_citation(text)
        if inside is None:
            return None
        numbers = frozenset(str(n) for n in shown)
        return [t for t in self._inside if _fits(inside, self.pieces[t], numbers)]

    def restrict(self, logits: object, text: str, shown: Sequence[int]) -> None:
        """Set to minus infinity, in place, the ``logits`` (a NumPy row) of the tokens not to
        write after ``text``."""
        import numpy as np

        row = np.asarray(logits)
        keep = self.allowed(text, shown)
        if keep is None:
            row[self.banned(text, shown)] = -np.inf
            return
        if not keep:  # (no token finishes it: the model is left to end as it will)
            return
        kept = row[keep].copy()
        row[:] = -np.inf
        row[keep] = kept
