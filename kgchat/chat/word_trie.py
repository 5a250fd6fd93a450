"""Whole-word decoding: a reply is a sequence of the vocabulary's words, never of their pieces.

A mask over single tokens (every token of every allowed word) still lets a model glue pieces of
different words into new ones: SmolLM2 wrote "Polarnat", "mamorine" and "Sparl" out of the
tokens of the facts' names, and the claim check then reads words no fact holds. A trie over the
words' token sequences keeps the model on whole words: at a word's start it may take the first
token of any word (after a space); inside a word only a token that goes on with some word of the
vocabulary; after a whole word a new word (after a space), a mark that attaches to it (a word
that starts with neither a letter nor a digit: ``,``, ``'s``, ``[1]``) or the end. After a word
that opens (``(``, a quote, a hyphen) the next word may also follow without a space.

The walk is over sets of trie nodes (a token may begin a spaced and an attached word alike), so
where the model stands is always known from the tokens it wrote (:meth:`WordTrie.state`); the
backends restrict each step's logits with :meth:`WordTrie.restrict`.

Examples
--------
>>> trie = WordTrie(lambda s: [ord(c) for c in s], ["Ab", "c", ","], ends=[10])
>>> sorted(chr(t) for t in trie.allowed(trie.state([])) if t != 10)
[' ', ',']
>>> sorted(chr(t) for t in trie.allowed(trie.state([ord(" "), ord("A")])))
['b']
>>> sorted(chr(t) for t in trie.allowed(trie.state([ord(c) for c in " Ab"])) if t != 10)
[' ', ',']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

__all__ = ["WordTrie", "cached_tokens"]

_OPENERS = "([\"'-"
_SPACED, _BARE = 0, 1  # the roots: words after a space (and attached marks), words without one


def cached_tokens(
    tokenize: Callable[[str], list[int]], cache: dict[str, list[int]], most: int = 100_000
) -> Callable[[str], list[int]]:
    """``tokenize`` remembered in ``cache`` (a backend's own, kept from one reply to the next:
    the function words recur in every vocabulary), emptied first where it holds more than
    ``most`` texts (a long-running server meets ever new names).

    >>> cache = {}
    >>> tokens = cached_tokens(lambda s: [len(s)], cache)
    >>> tokens("Oslo"), cache
    ([4], {'Oslo': [4]})
    """
    if len(cache) > most:
        cache.clear()

    def tokens(text: str) -> list[int]:
        got = cache.get(text)
        if got is None:
            got = cache[text] = tokenize(text)
        return got

    return tokens


class WordTrie:
    """The token sequences of ``words`` (each as written, capitalised and lower-cased; after a
    space, and without one) and the ``ends`` (end-of-generation tokens, a line break) allowed at
    any word's end. ``tokenize`` gives a text's tokens (:func:`cached_tokens`: the function
    words recur)."""

    def __init__(
        self, tokenize: Callable[[str], list[int]], words: Iterable[str], ends: Iterable[int]
    ) -> None:
        self._kids: list[dict[int, int]] = [{}, {}]
        self._end: list[int] = [0, 0]  # 0 inside a word, 1 a word's end, 2 an opening word's
        self._ends = list(ends)
        self._allowed: dict[frozenset[int], list[int]] = {}
        for word in words:
            for form in {word, word[:1].upper() + word[1:], word.lower()}:
                kind = 2 if form[-1:] in _OPENERS else 1
                self._add(_BARE, tokenize(form), kind)
                self._add(_SPACED, tokenize(" " + form), kind)
                if form[:1] and not form[:1].isalnum():  # a mark attaches to the word before
                    self._add(_SPACED, tokenize(form), kind)

    def _add(self, root: int, tokens: Sequence[int], kind: int) -> None:
        node = root
        for t in tokens:
            nxt = self._kids[node].get(t)
            if nxt is None:
                nxt = len(self._kids)
                self._kids[node][t] = nxt
                self._kids.append({})
                self._end.append(0)
            node = nxt
        if node not in (_SPACED, _BARE):
            self._end[node] = max(self._end[node], kind)

    def _open(self, state: frozenset[int]) -> set[int]:
        """``state`` with the roots a word ending there opens."""
        out = set(state)
        for node in state:
            if self._end[node]:
                out.add(_SPACED)
            if self._end[node] == 2:
                out.add(_BARE)
        return out

    def state(self, tokens: Sequence[int]) -> frozenset[int]:
        """Where the model stands after writing ``tokens``: at a word's start before any; a
        token no word goes on with starts afresh (a backend may end up there only when every
        allowed token was ruled out by a penalty)."""
        state = frozenset([_SPACED])
        for t in tokens:
            state = self.step(state, t)
        return state

    def step(self, state: frozenset[int], token: int) -> frozenset[int]:
        """The state after ``token``."""
        nxt = frozenset(k[token] for n in self._open(state) if token in (k := self._kids[n]))
        return nxt or frozenset([_SPACED])

    def allowed(self, state: frozenset[int]) -> list[int]:
        """The tokens the model may write next."""
        got = self._allowed.get(state)
        if got is None:
            opened = self._open(state)
            ids = {t for n in opened for t in self._kids[n]}
            if _SPACED in opened:
                ids.update(self._ends)
            got = self._allowed[state] = sorted(ids)
        return got

    def restrict(self, logits: Any, state: frozenset[int]) -> Any:
        """``logits`` (a numpy vector) with every token but the allowed ones at -inf."""
        import numpy as np

        ids = [t for t in self.allowed(state) if t < len(logits)]
        out = np.full_like(logits, float("-inf"))
        out[ids] = logits[ids]
        return out
