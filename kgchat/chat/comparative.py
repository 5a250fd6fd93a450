"""Which pole of its scale a comparative says: "older" the greater age, "shorter" the lesser
length, "more" the greater amount; and, of dates, whether the greater is the earlier.

A comparative is a word WordNet gives as an inflected form of an adjective that has an
antonym ("older" of old, against young; "bigger" of big), a word whose own adjective meaning
WordNet defines as a comparative ("more", "fewer": "(comparative of `much' ...)"), or, after
such a word, the adjective it grades ("more expensive"). Which pole the adjective is, WordNet
does not say: its antonym pair shares one attribute noun (old, young: age). The definitions
tell it ("above average in size" against "below average"; "greater than normal in degree"
against "less than normal"): the adjective's definition and its antonym's are put to the
sentence encoder, and the one nearer to "greater" than to "less", by more than the other, is
the greater pole; a definition by negation ("not of long duration": new) leans as the rest
of it does, the other way. Measured on 37 comparatives of 19 scales (old / young / new, long
/ short, big / small, high / low, heavy / light, tall, wide, fast, deep, hot, late / early,
expensive, rich, strong, far, thick, loud, bright: docs, chat59), this reads 34
right (wrong: thick / thin; "farther" is no form WordNet gives); without the negation 32
(new, fast / slow wrong); the word's own similarity to "more" and "less" (chat58's try) 26;
the definitions' to the definitions of "more" and "less" 27.

A date is a point in time. A comparative whose attribute WordNet classes as a temporal
property (early / late: timing, a temporal arrangement) orders the points themselves; any
other attribute of a dated thing (old / young / new: age) is the time since its date, the
greater the earlier the date. An ordinal ("first", "last") orders the values themselves,
the first the least ("Which of them came out first?").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from kgchat.chat.ordinal import position
from kgchat.text import tokens

__all__ = ["Comparative", "comparative"]

# the two poles a scale's adjective is measured against (the meaning of a comparison itself,
# not a word of any scale): measured above, 33 of 37 comparatives read right
_GREATER, _LESS = "greater", "less"
_DEPTH = 4  # hypernym steps from an attribute to the temporal property (timing: 2)


@dataclass(frozen=True)
class Comparative:
    """What a comparison asks: ``greatest`` is True for the greatest number of the scale, False
    for the least; ``dated`` True for the latest date, False for the earliest; ``word``
    the word that says it; ``place`` an ordinal's place in the values' order (1-based, -1 the
    last), None for an adjective; ``attribute`` WordNet's noun for what the adjective is a
    degree of (its *attribute* link: "older" -> age), None where it names none."""

    word: str
    greatest: bool
    dated: bool
    place: int | None = None
    attribute: str | None = None  # the noun of what the adjective grades (older: age)


def comparative(message: str, wn: Any, encoder: Any) -> Comparative | None:
    """The comparative of ``message`` (see the module docstring), else None (no WordNet or
    encoder: no judgement of a pole)."""
    if wn is None or encoder is None:
        return None
    words = tokens(message)
    for i, word in enumerate(words):
        place = position(word)
        if place in (1, -1) and (i + 1 == len(words) or not _noun(wn, words[i + 1])):
            # "came out first": the values in their order ("the first prize" is a noun's)
            return Comparative(word, place == -1, place == -1, place)
        sense = _graded(wn, word)
        if sense is None:
            continue
        greater = _pole(wn, encoder, sense)
        dated = greater if _temporal(wn, sense) else not greater
        after = _adjective(wn, words[i + 1]) if i + 1 < len(words) else None
        if after is not None and _comparative_sense(wn, word):  # "more expensive"
            pole = _pole(wn, encoder, after)
            late = pole if _temporal(wn, after) else not pole
            return Comparative(f"{word} {words[i + 1]}", pole == greater, late == greater)
        return Comparative(word, greater, dated, attribute=_attribute(wn, sense))
    return None


def _attribute(wn: Any, offset: int) -> str | None:
    """The first one-word noun of the meaning's attribute synset, else None."""
    for symbol, tpos, toff, _, _ in wn.synset("a", offset).links:
        if symbol == "=" and tpos == "n":
            words = [w.lower() for w in wn.synset("n", toff).words if "_" not in w]
            if words:
                return str(words[0])
    return None


def _noun(wn: Any, word: str) -> bool:
    return any(pos == "n" and wn.pos_share(lemma, "n") >= 0.5 for lemma, pos in wn.base_forms(word))


def _antonymous(wn: Any, lemma: str) -> int | None:
    """The offset of ``lemma``'s likeliest adjective meaning (of its first three) that has an
    antonym, else None."""
    for offset in wn.offsets(lemma, "a")[:3]:
        if any(link[0] == "!" for link in wn.synset("a", offset).links):
            return int(offset)
    return None


def _graded(wn: Any, word: str) -> int | None:
    """The adjective meaning ``word`` grades: of the adjective it inflects ("older": old), or
    its own where WordNet defines it as a comparative ("more"); else None."""
    for lemma, pos in wn.base_forms(word):
        if pos == "a" and (lemma != word or _comparative_sense(wn, word)):
            found = _antonymous(wn, lemma)
            if found is not None:
                return found
    return None


def _adjective(wn: Any, word: str) -> int | None:
    """The antonymous adjective meaning of ``word`` where it is likelier an adjective."""
    if wn.pos_share(word, "a") < 0.5:
        return None
    return _antonymous(wn, word)


def _comparative_sense(wn: Any, word: str) -> bool:
    offsets = wn.offsets(word, "a")
    return bool(offsets) and _definition(wn, "a", offsets[0]).startswith("(comparative")


def _definition(wn: Any, pos: str, offset: int) -> str:
    """The synset's gloss up to its first example."""
    return re.split(r'"', wn.gloss(pos, offset))[0].strip(" ;")


@functools.lru_cache(maxsize=1024)
def _pole(wn: Any, encoder: Any, offset: int) -> bool:
    """Whether the adjective meaning at ``offset`` is its scale's greater pole: its
    definition nearer "greater" than "less" by more than its antonym's is."""
    import numpy as np

    links = wn.synset("a", offset).links
    antonym = next(int(toff) for symbol, _, toff, _, _ in links if symbol == "!")
    said = [_definition(wn, "a", offset), _definition(wn, "a", antonym)]
    # a definition by negation ("not of long duration": new) leans the other way
    signs = [-1.0 if d.startswith("not ") else 1.0 for d in said]
    texts = [d[4:] if s < 0 else d for d, s in zip(said, signs, strict=True)]
    vec = np.asarray(encoder.encode([*texts, _GREATER, _LESS]), dtype=float)
    lean = (vec[:2] @ vec[2] - vec[:2] @ vec[3]) * np.asarray(signs)
    return bool(lean[0] > lean[1])


def _temporal(wn: Any, offset: int) -> bool:
    """Whether the meaning's attribute is (within :data:`_DEPTH` steps) a temporal property."""
    found = wn.offsets("temporal_property", "n")
    if not found:
        return False
    keys = {
        ("n", int(toff))
        for symbol, tpos, toff, _, _ in wn.synset("a", offset).links
        if symbol == "=" and tpos == "n"
    }
    for _ in range(_DEPTH):
        if ("n", found[0]) in keys:
            return True
        keys = {up for k in keys for up in wn.broader(k)}
    return False
