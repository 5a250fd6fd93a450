"""A relation phrase's content words read as one noun where WordNet knows them as one
(``postal code``, ``phone number``): moved out of :mod:`kgchat.retrieval.phrases`, which
re-exports it, to keep that module small.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["compound_noun"]


@lru_cache(maxsize=65536)
def compound_noun(content: tuple[str, ...]) -> str | None:
    """A relation phrase's content words as one noun where WordNet knows them as one
    (``postal code``, ``street address``, ``phone number``: the words joined), so that the
    noun's other names meet it whole ("postcode", "zip code"), as no single word of it
    does; None for other phrases, a single word, or no WordNet installed.

    >>> compound_noun(("postal", "code")) in (None, "postal code")
    True
    >>> compound_noun(("rating",)), compound_noun(("best", "rating"))
    (None, None)
    """
    from kgchat.wordnet import wordnet

    if not 2 <= len(content) <= 3:
        return None
    lexicon = wordnet()
    if lexicon is None or lexicon.first_noun("_".join(content)) is None:
        return None
    return " ".join(content)
