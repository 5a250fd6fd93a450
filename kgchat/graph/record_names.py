"""Names that a thing's few records share: a title carried by each publication of one work.

A publisher often releases one thing as several records, each with its own IRI and the same
title: the EPO publishes a patent application (``EP 3045477 A1``) and, years later, the granted
patent (``EP 3045477 B1``), both with ``patent:titleOfInvention "Solid electrolyte for ..."``
in English, German and French; a library catalogues a book's editions, an official journal an
act's consolidated versions. Each title is then held by two or three subjects, so the test
that a name-like property's values pick out one subject each (:mod:`kgchat.graph.roles`)
fails, and the works went unnamed: "Who invented the solid electrolyte for an all-solid-state
lithium battery?" found nothing. A value that only a few records share still names them (as
two "John Smith"s are named by it); what names nothing is a value that many subjects share (an
honorific, a heading repeated on every article), which this test still refuses, as it refuses
a short value that a few share ("Dr." on two of a small lab's people, "Engineer"): a category,
where a shared title of records is a phrase of several words.

Each subject must also hold one value per language only: a title given in three languages is
one name said three ways, while a property holding many values per subject in one language
(keywords, subjects) names nothing.

>>> keys = ['"Solid electrolyte for batteries"@en', '"Festelektrolyt für Batterien"@de',
...         '"Pouch cell"@en', '"Dr."']
>>> s, o = np.array([0, 0, 1, 1, 2]), np.array([0, 1, 0, 1, 2])  # an A1 and its B1, another
>>> shared_by_records(keys, s, o)
True
>>> shared_by_records(keys, np.arange(6), np.array([3, 3, 3, 3, 2, 0]))  # "Dr." held by four
False
>>> shared_by_records(keys, np.arange(3), np.array([3, 3, 2]))  # by two: a category still
False
"""

from __future__ import annotations

import numpy as np

from kgchat.graph.literal_terms import parse_literal, primary_subtag

__all__ = ["FEW_RECORDS", "PHRASE_WORDS", "shared_by_records"]

# the most subjects that may share a name as records of one thing (an application and its
# grant; a few editions), beyond which a shared value says what they have in common
FEW_RECORDS = 3
# the fewest words of a value that several subjects share for it to be a title, not a category
PHRASE_WORDS = 3
_SHARE = 0.9  # share of values (and of subjects) that must pass, as for other name tests


def shared_by_records(keys, subjects: np.ndarray, values: np.ndarray) -> bool:
    """Whether a name-like property's values name their subjects though records share them:
    nearly every distinct value is held by at most :data:`FEW_RECORDS` subjects, some value by
    more than one (else the one-holder tests decide), nearly every shared value is a phrase of
    :data:`PHRASE_WORDS` words or more, and nearly every subject holds one value per language.
    ``keys``: the term keys (``values`` index literals among them)."""
    pairs = np.unique(np.stack([values, subjects], axis=1), axis=0)
    if not len(pairs):
        return False
    _, holders = np.unique(pairs[:, 0], return_counts=True)
    if holders.max() < 2 or float((holders <= FEW_RECORDS).mean()) < _SHARE:
        return False
    shared = np.unique(pairs[:, 0])[holders >= 2].tolist()
    phrases = sum(len(parse_literal(keys[v])[0].split()) >= PHRASE_WORDS for v in shared)
    if phrases < _SHARE * len(shared):
        return False  # a short value a few share is a category ("Dr.", "Engineer"): no name
    languages: dict[str, int] = {}
    lang = np.array(
        [languages.setdefault(_language(keys[v]), len(languages)) for v in pairs[:, 0].tolist()]
    )
    _, per_language = np.unique(np.stack([pairs[:, 1], lang], axis=1), axis=0, return_counts=True)
    return float((per_language == 1).mean()) >= _SHARE


def _language(key: str) -> str:
    """A literal's primary language subtag ("" for none): ``en-GB`` and ``en`` are one."""
    return primary_subtag(parse_literal(key)[1] or "")
