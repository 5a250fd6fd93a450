"""Places by the other names WordNet gives them ("Burma" for Myanmar, "Holland" for the
Netherlands): what the local name table (:mod:`kgchat.name_table`) and the endpoint's label
lookups (:mod:`kgchat.graph.endpoint_lookup`) both ask.

Examples
--------
>>> from kgchat.wordnet import wordnet
>>> wordnet() is None or "Burma" in other_place_names("Myanmar")
True
>>> other_place_names("Dante")  # a person's name, not a place's: none
()
"""

from __future__ import annotations

import unicodedata

from kgchat.wordnet import wordnet

__all__ = ["other_place_names", "unaccented"]


def unaccented(text: str) -> str:
    """A name without its diacritics, case kept ("Côte d'Ivoire" -> "Cote d'Ivoire")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def other_place_names(name: str) -> tuple[str, ...]:
    """The other names WordNet gives a place named ``name`` (written capitalised; diacritics
    ignored): :meth:`kgchat.wordnet.WordNet.other_names` where the name is a place's
    (:meth:`~kgchat.wordnet.WordNet.instance_kinds` with ``places``); none for any other name,
    or without WordNet."""
    lexicon = wordnet()
    plain = unaccented(name)
    if lexicon is None or not plain[:1].isupper():
        return ()
    return lexicon.other_names(plain) if lexicon.instance_kinds(plain, places=True) else ()
