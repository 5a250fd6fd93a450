"""Properties that say their language in their name: one property per language of a value.

Some vocabularies tag the *property* rather than the literal: ``nameOfficialEN``,
``nameOfficialFR``, ``nameOfficialIT``, or ``label_en``/``label_de``. Read as facts, every
language's copy answers a question and the relation phrases differ only in a code ("name
official IT"), so a question in English is as likely to get the Italian value as the English
one. The graph treats such a family as it treats a label in several languages: the value of the
preferred language is kept, a subject without it keeps its values in the others, and the kept
property is named without its code ("name official").

A *family* is two or more properties whose local names differ only in a final two-letter
language code (after a separator, or in capitals after a lower-case letter), one of which is
the preferred language's. No list of languages is involved: the preferred code is the graph's
own ``language`` setting, and a code is recognised by the family's shape.

Examples
--------
>>> keys = ["x:nameOfficialEN", "x:nameOfficialIT", "x:codeUN", "x:label_en", "x:label_de"]
>>> fams = language_families(keys, range(len(keys)), "en")
>>> for f in fams:
...     print(keys[f.preferred], "|", f.phrase, "|", [keys[o] for o in f.others])
x:nameOfficialEN | name official | ['x:nameOfficialIT']
x:label_en | label | ['x:label_de']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from kgchat.graph.literal_terms import primary_subtag
from kgchat.graph.names import humanize_relation, local_name

__all__ = ["LanguageFamily", "drop_other_languages", "language_families"]

# a local name ending in a two-letter code: after a separator (label_en, label-EN), or in
# capitals right after a lower-case letter or digit (nameOfficialEN)
_CODED = re.compile(r"^(?P<stem>.*?)(?:[_\-.](?P<sep>[A-Za-z]{2})|(?<=[a-z0-9])(?P<cap>[A-Z]{2}))$")


@dataclass(frozen=True)
class LanguageFamily:
    """Properties carrying one value in several languages.

    Attributes
    ----------
    preferred : int
        Term id of the preferred language's property.
    others : tuple of int
        Term ids of the other languages' properties.
    phrase : str
        The family's relation phrase, without a language code.
    """

    preferred: int
    others: tuple[int, ...]
    phrase: str


def _split(key: str) -> tuple[str, str, str] | None:
    """``(stem key, stem local name, code)`` of a language-coded property key, else None."""
    name = local_name(key) if "://" in key or ":" in key else key
    m = _CODED.match(name)
    if m is None or not m.group("stem"):
        return None
    code = m.group("sep") or m.group("cap")
    return key[: len(key) - len(name)] + m.group("stem"), m.group("stem"), code.lower()


def language_families(
    keys: list[str], predicates: Iterable[int], language: str
) -> list[LanguageFamily]:
    """The language families among ``predicates`` (term ids into ``keys``) for the preferred
    ``language`` (a BCP 47 tag; its primary subtag is the code looked for)."""
    pref = primary_subtag(language)
    groups: dict[str, dict[str, int]] = {}
    names: dict[str, str] = {}
    for pid in predicates:
        split = _split(keys[pid])
        if split is not None:
            stem_key, names[split[0]], code = split
            groups.setdefault(stem_key, {})[code] = int(pid)
    out = []
    for stem_key, members in groups.items():
        if len(members) < 2 or pref not in members:
            continue
        kept = members[pref]
        others = tuple(sorted(v for k, v in members.items() if k != pref))
        out.append(LanguageFamily(kept, others, humanize_relation(names[stem_key])))
    return out


def drop_other_languages(
    s: np.ndarray, p: np.ndarray, families: list[LanguageFamily]
) -> np.ndarray:
    """A mask of the triples to drop: another language's value of a subject that has the
    preferred language's (a subject without it keeps what it has)."""
    drop = np.zeros(len(p), bool)
    for fam in families:
        has_pref = np.unique(s[p == fam.preferred])
        drop |= np.isin(p, fam.others) & np.isin(s, has_pref)
    return drop
