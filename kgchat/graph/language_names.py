"""A thing's names in other languages, read as facts: ``X —french name→ "manioc"``.

A thesaurus or a statistical code list names each concept in several languages (AGROVOC's
``skosxl:prefLabel`` in English, French, Spanish, Chinese; a data cube's age groups labelled in
English and German). The graph reads one label per thing, in its own ``language``, and the
others as aliases, so that a question in another language still links; but "What is the
French term for cassava?" asks for one of those names, and an alias is no fact to answer with.

Each preferred name (a label-role triple: ``rdfs:label``, ``skos:prefLabel``, a SKOS-XL
label read as one) in another language than the graph's, of a thing also named in the graph's
own, is copied as a fact of a relation named for the language, by ISO 639-1's English names:
``"manioc"@fr`` gives ``X —french name→ "manioc"``. The label triple itself stays a name. A
thing named in one language only is not translated, and a code outside the table is skipped:
nothing is guessed.

>>> import numpy as np
>>> keys = ["c", "http://www.w3.org/2004/02/skos/core#prefLabel", '"cassava"@en',
...         '"manioc"@fr']
>>> kinds = np.array([0, 0, 2, 2], np.int8)
>>> s, p, o, src = np.array([0, 0]), np.array([1, 1]), np.array([2, 3]), np.array([0, 0])
>>> kinds, s, p, o, src = language_name_triples(keys, kinds, s, p, o, src, "en", literal=2)
>>> [(keys[a], keys[b], keys[c]) for a, b, c in zip(s, p, o)][-1]
('c', 'http://kgchat.invalid/language-name#French_name', '"manioc"@fr')
"""

from __future__ import annotations

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.names import parse_literal, primary_subtag
from kgchat.graph.term_ids import intern_terms

__all__ = ["LANGUAGE_NAMES", "NAME_IN", "language_name_triples"]

NAME_IN = "http://kgchat.invalid/language-name#"  # (RFC 2606: a name no one owns)
# ISO 639-1 codes and their English names (the standard's own), for the languages a graph is
# most often labelled in
LANGUAGE_NAMES: dict[str, str] = {
    "ar": "Arabic",
    "bg": "Bulgarian",
    "ca": "Catalan",
    "cs": "Czech",
    "cy": "Welsh",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "eu": "Basque",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "ga": "Irish",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "id": "Indonesian",
    "is": "Icelandic",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "la": "Latin",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mt": "Maltese",
    "nb": "Norwegian",
    "nl": "Dutch",
    "nn": "Norwegian",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sr": "Serbian",
    "sv": "Swedish",
    "sw": "Swahili",
    "th": "Thai",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "vi": "Vietnamese",
    "zh": "Chinese",
}
# the label predicates whose names are a thing's preferred name in a language (aliases are
# other names: not translations)
_PREFERRED = (vocab.RDFS + "label", vocab.SKOS + "prefLabel")


def language_name_triples(keys, kinds, s, p, o, src, language: str, *, literal: int, used=None):
    """The triples with, appended, a copy of each preferred name in another language than
    ``language`` (of a subject also named in it) as a fact of that language's name relation:
    ``(kinds, s, p, o, src)``, the same arrays where the graph has none. The relations' terms
    are appended to ``keys`` (and ``kinds``); ``used``: the ids of the predicates used, where
    known (else every term is looked at)."""
    pref = primary_subtag(language)
    ids_ = range(len(keys)) if used is None else used.tolist()
    label_ids = [i for i in ids_ if keys[i] in _PREFERRED]
    if not label_ids:
        return kinds, s, p, o, src
    rows = np.flatnonzero(np.isin(p, label_ids) & (kinds[o] == literal))
    if not len(rows):
        return kinds, s, p, o, src
    lits, inverse = np.unique(o[rows], return_inverse=True)
    tags = [parse_literal(keys[t])[1] for t in lits.tolist()]
    codes = np.array([primary_subtag(t) if t else "" for t in tags], object)[inverse]
    own = np.zeros(len(kinds), bool)
    own[s[rows[codes == pref]]] = True  # named in the graph's own language
    other = own[s[rows]] & (codes != pref) & np.isin(codes, list(LANGUAGE_NAMES))
    if not other.any():
        return kinds, s, p, o, src
    rows, codes = rows[other], codes[other]
    names = {c: f"{NAME_IN}{LANGUAGE_NAMES[c]}_name" for c in set(codes.tolist())}
    ids, kinds = intern_terms(keys, kinds, names.values())
    new_p = np.array([ids[names[c]] for c in codes.tolist()], p.dtype)
    return (
        kinds,
        np.concatenate([s, s[rows]]),
        np.concatenate([p, new_p]),
        np.concatenate([o, o[rows]]),
        np.concatenate([src, src[rows]]),
    )
