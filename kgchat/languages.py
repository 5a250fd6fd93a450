"""The names of languages and their tags, from the Unicode CLDR through Babel: no list of ours.

A question names a language in English ("the French name of X", "What is X called in Dutch?");
a graph tags its literals with BCP 47 tags whose primary subtag is an ISO 639 code (``"fr"``,
``"nb"``). Both tables here come from CLDR's English names of the languages it has locale data
for (some 300), lower-cased, one word each: a name of several words counts under its first word
where that word is itself a language's name (Norwegian Bokmål under "norwegian"), since a
question says "in Norwegian" of either.

Examples
--------
>>> language_codes()["norwegian"]
('no', 'nb', 'nn')
>>> language_names()["de"]
('german',)
>>> "afrikaans" in language_codes()
True
"""

from __future__ import annotations

from functools import cache

__all__ = ["language_codes", "language_names"]


@cache
def _english_names() -> dict[str, str]:
    """CLDR's English name of each language (by its primary subtag) that has locale data."""
    from babel import Locale, localedata

    english = Locale("en").languages
    codes = {identifier.split("_")[0] for identifier in localedata.locale_identifiers()}
    return {code: english[code].lower() for code in sorted(codes) if code in english}


@cache
def language_codes() -> dict[str, tuple[str, ...]]:
    """Each one-word name of a language, and the primary subtags it names: the language's own
    first, then those whose name is it and a qualifier (``"norwegian"``: no, nb, nn)."""
    names = _english_names()
    out: dict[str, list[str]] = {}
    for code, name in names.items():
        if " " not in name:
            out.setdefault(name, []).insert(0, code)
    for code, name in names.items():
        first = name.split(" ")[0]
        if " " in name and first in out:
            out[first].append(code)
    return {name: tuple(codes) for name, codes in sorted(out.items())}


@cache
def language_names() -> dict[str, tuple[str, ...]]:
    """The one-word names of each language by its primary subtag (the inverse of
    :func:`language_codes`): ``"nb"``: norwegian."""
    out: dict[str, list[str]] = {}
    for name, codes in language_codes().items():
        for code in codes:
            out.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in sorted(out.items())}
