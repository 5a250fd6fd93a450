"""Text normalisation shared by linking, retrieval and evaluation; the English function-word
lists (:mod:`kgchat.function_words`) and the form answers are compared in
(:mod:`kgchat.answer_keys`) are re-exported from here.

Examples
--------
>>> normalize("Pelé's  Clubs_in-São Paulo!")
'pele clubs in sao paulo'
>>> tokens("Where is the football club that Alan PULIDO plays for?")
['where', 'is', 'the', 'football', 'club', 'that', 'alan', 'pulido', 'plays', 'for']
>>> stem("plays"), stem("countries"), singular("pizzas"), singular("class")
('play', 'countri', 'pizza', 'class')
>>> content_stems("is in country")
['countri']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from functools import lru_cache

# the form answers are compared in, kept in its own module and re-exported here (its old home)
from kgchat.answer_keys import answer_key, midnight_date, plain_number

# English function words, kept in their own module and re-exported here (their old home)
from kgchat.function_words import (
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    COPULAS,
    COUNT_WORDS,
    DETERMINERS,
    DO_FORMS,
    NOUN_MARKERS,
    POSSESSIVES,
    PREPOSITIONS,
    STOPWORDS,
    WH_WORDS,
    YES_NO_WORDS,
)

__all__ = [
    "ARTICLES",
    "AUXILIARIES",
    "BE_FORMS",
    "COPULAS",
    "DETERMINERS",
    "DO_FORMS",
    "NAME_SHAPED",
    "NOUN_MARKERS",
    "POSSESSIVES",
    "PREPOSITIONS",
    "STOPWORDS",
    "UNRELATED_WORDS",
    "WH_WORDS",
    "YES_NO_WORDS",
    "answer_key",
    "code_tokens",
    "content_stems",
    "counted_at",
    "flagged_runs",
    "is_plural",
    "midnight_date",
    "normalize",
    "plain_number",
    "possessed_at",
    "singular",
    "skip_words",
    "stem",
    "symbols_said",
    "tokens",
]

# letters and digits in one word, ordinals ("1st", "20th") excepted: shaped as a name ("4sr")
NAME_SHAPED = re.compile(r"(?!\d+(st|nd|rd|th)$)(?=.*\d)(?=.*[^\W\d_])\w+")

_NON_WORD = re.compile(r"[^\w]+")
_POSSESSIVE = re.compile(r"(\w)['’]s\b")
# a possessive's mark after a word, plurals' included ("Curie's", "the Smiths'")
_POSSESSIVE_MARK = re.compile(r"(?<=\w)['’]s?(?=\s|$)")
# ECMA-48 escape sequences: CSI (colours, cursor moves), OSC (titles, links), two-byte ones
_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -/]*[0-~]"
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@lru_cache(maxsize=65536)  # relation phrases and labels are read again question after question
def normalize(text: str) -> str:
    """Lower-case, strip diacritics, possessive 's, underscores and punctuation; one space.

    Terminal escape sequences (colours pasted with a question) go whole, so that their tails
    ("[1m") do not stick to the next word; other control characters separate words.

    >>> normalize("What treats \x1b[1;31mMigraine\x1b[0m?\x07")
    'what treats migraine'
    """
    text = _CONTROL.sub(" ", _ESCAPE.sub("", text))
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():  # (no ASCII character is a combining mark: most texts)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub(r"\1", text.lower())
    return " ".join(_NON_WORD.sub(" ", text.replace("_", " ")).split())


def tokens(text: str) -> list[str]:
    """The normalised words of a text."""
    return normalize(text).split()


def skip_words(
    toks: Sequence[str],
    at: int,
    step: int = 1,
    stop: int | None = None,
    skipped: Collection[str] = ARTICLES,
) -> int:
    """The first place from ``at`` on (``step`` 1, up to ``stop``: the end by default) or
    back (``step`` -1, down to the start) whose word is none of ``skipped`` (articles by
    default): the word a noun phrase follows, or the one it opens with, its article passed
    over ("commanded the French at *the* Borodino"). ``stop`` (or -1 back) where every
    word is skipped.

    >>> toks = ["who", "fought", "at", "the", "Borodino"]
    >>> skip_words(toks, 3), skip_words(toks, 3, -1), skip_words(["the", "X"], 0, -1)
    (4, 2, -1)
    >>> skip_words(toks, 3, stop=4), skip_words(["is", "the", "X"], 1, -1, skipped={"the", "is"})
    (4, -1)
    """
    if step < 0:
        while at >= 0 and toks[at] in skipped:
            at -= 1
        return at
    end = len(toks) if stop is None else stop
    while at < end and toks[at] in skipped:
        at += 1
    return at


def counted_at(toks: Sequence[str], counts: Collection[str] = COUNT_WORDS) -> list[int]:
    """The places of the nouns a question counts or measures, in order: the words right after
    "how" and one of ``counts`` ("how many *pieces*", "how much *water*").

    >>> counted_at("how many pieces and how much water".split()), counted_at(["how", "many"])
    ([2, 6], [])
    >>> counted_at("how much water".split(), counts={"many"})
    []
    """
    return [k + 2 for k in range(len(toks) - 2) if toks[k] == "how" and toks[k + 1] in counts]


def possessed_at(text: str) -> frozenset[int]:
    """Where (indices into ``tokens(text)``) a word follows a word written with a
    possessive mark ("Curie*'s* wife", "the Smiths*'* house"): what the possessive governs,
    read where it stands (:func:`tokens` drops the mark).

    >>> sorted(possessed_at("Does Ada's own team own it?"))
    [2]
    """
    return frozenset(len(tokens(text[: m.start()])) for m in _POSSESSIVE_MARK.finditer(text))


def flagged_runs(
    flags: Sequence[bool], min_words: int = 2, skip: Collection[int] = ()
) -> list[tuple[int, int]]:
    """The spans of the runs of ``min_words`` or more flagged tokens in a row, none of them in
    ``skip``: the runs of words a question writes as names.

    >>> flagged_runs([False, True, True, False, True])
    [(1, 3)]
    """
    runs, start = [], None
    for i, flag in enumerate([*flags, False]):
        on = flag and i not in skip
        if on and start is None:
            start = i
        elif not on and start is not None:
            if i - start >= min_words:
                runs.append((start, i))
            start = None
    return runs


def written_words(text: str, toks: Sequence[str] | None = None) -> list[tuple[str, int, int]]:
    """Each word of ``text`` as written (split at white space), with the span of
    :func:`tokens` it normalises to: what a capital, an apostrophe or a colon said, beside the
    tokens the rest of kgchat reads. Empty when the spans do not end at ``len(toks)`` (a
    text whose words and tokens do not line up says nothing by how it is written).

    >>> written_words("Who is Nirvana's drummer?")
    [('Who', 0, 1), ('is', 1, 2), ("Nirvana's", 2, 3), ('drummer?', 3, 4)]
    """
    out, pos = [], 0
    for word in text.split():
        n = len(tokens(word))
        out.append((word, pos, pos + n))
        pos += n
    return out if toks is None or pos == len(toks) else []


def code_tokens(text: str) -> set[str]:
    """The tokens of the words ``text`` writes as codes: a token of letters and digits in one
    (:data:`NAME_SHAPED`: "4sr", "R2D2"), and every piece of a word that punctuation splits
    into several tokens, one of them such: "c.8176C>T" ("c", "8176c", "t"), "p.Arg403Gln". A
    code is written as one word, so its pieces are a name's words, as capitalised words are,
    a letter among them too ("a" of "c.1208G>A"), not English words; but not a piece the text
    also writes as a word of its own ("*model*" of "Which model is churn-q3-model-08 ..."),
    as the words are read by their form, not their place.

    >>> sorted(code_tokens("Which lab classified MYH7 c.1208G>A in 3-year-olds?"))
    ['1208g', 'a', 'c', 'myh7']
    >>> sorted(code_tokens("Which model is churn-q3-model-08 a revision of?"))
    ['08', 'churn', 'q3']
    """
    out: set[str] = set()
    plain: set[str] = set()
    for word in text.split():
        toks = tokens(word)
        shaped = [t for t in toks if NAME_SHAPED.fullmatch(t)]
        if shaped and len(toks) > 1:
            out.update(toks)
        else:
            out.update(shaped)
            plain.update(t for t in toks if t not in shaped)
    return out - plain


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter 2) stem of a normalised word."""
    return str(_stemmer().stemWord(word))


def is_plural(word: str) -> bool:
    """Whether a normalised word looks like a plural noun (``albums``; not ``class``, ``virus``,
    ``analysis``)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def singular(word: str) -> str:
    """A light singular form for name matching (``pizzas`` -> ``pizza``); keeps ``-ss`` words."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if is_plural(word):
        return word[:-1]
    return word


def content_stems(text: str) -> list[str]:
    """Stems of the words of a text that are not stopwords, in order, without repeats."""
    out: list[str] = []
    for w in tokens(text):
        if w in STOPWORDS or w.isdigit():
            continue
        s = stem(w)
        if s not in out:
            out.append(s)
    return out


def symbols_said(text: str, name: str) -> bool:
    """Whether a name with no letters or digits ("€€€", a price range; "+", a polarity) is
    said in ``text``: as written, between spaces, the text's ends or punctuation, so that
    "€" is not said by "€€€" (words compare a name that has them; this one has none).

    >>> symbols_said("€€€: Marisqueira price range €€€ [1].", "€€€")
    True
    >>> symbols_said("€€€: Marisqueira price range €€€ [1].", "€"), symbols_said("a b", "")
    (False, False)
    """
    name = " ".join(name.split())
    if not name:
        return False
    edge = r"[\s.,;:!?()\[\]\"']"
    found = re.search(rf"(?:^|{edge}){re.escape(name)}(?=$|{edge})", " ".join(text.split()))
    return found is not None


# Everyday words with nothing in common, to measure how alike an encoder finds unrelated words.
UNRELATED_WORDS = (
    "banana",
    "violin",
    "tax",
    "river",
    "keyboard",
    "wedding",
    "gravity",
    "pepper",
    "castle",
    "algorithm",
    "tennis",
    "fog",
    "democracy",
    "spoon",
    "volcano",
    "sermon",
    "bicycle",
    "mortgage",
    "owl",
    "lantern",
)
