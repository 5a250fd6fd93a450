"""Term ids and kinds shared by compile and the passes before it: the three kinds of a term
(:data:`IRI`, :data:`BLANK`, :data:`LITERAL`), :func:`term_kind` / :func:`term_kinds`, and
:func:`intern_terms`, which gives a pass that states new triples (the relations of
:mod:`kgchat.graph.property_values` and :mod:`kgchat.graph.typed_links`, SKOS's label
properties in :mod:`kgchat.graph.skosxl`) the ids of its terms, appending those the graph
lacks; and :class:`Interner`, dense ids of the keys an endpoint's rows hold, in the order first
met.

>>> import numpy as np
>>> keys, kinds = ["ex:a", '"x"'], np.array([0, 2], np.int8)
>>> ids, kinds = intern_terms(keys, kinds, {"ex:a", "ex:b", '"y"'})
>>> sorted(ids.items()), keys, kinds.tolist()
([('"y"', 2), ('ex:a', 0), ('ex:b', 3)], ['ex:a', '"x"', '"y"', 'ex:b'], [0, 2, 2, 0])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

__all__ = ["BLANK", "IRI", "LITERAL", "Interner", "intern_terms", "term_kind", "term_kinds"]

IRI, BLANK, LITERAL = 0, 1, 2


def term_kind(key: str) -> int:
    """Kind of a term key: ``IRI`` (or plain id), ``BLANK`` or ``LITERAL``."""
    if key.startswith('"'):
        return LITERAL
    if key.startswith("_:"):
        return BLANK
    return IRI


def term_kinds(keys: list[str]) -> np.ndarray:
    """:func:`term_kind` of many keys at once, as ``int8`` (a load has one per distinct term).

    >>> term_kinds(["http://e/a", '"1"', "_:b0", "_x", ""]).tolist()
    [0, 2, 1, 0, 0]
    """
    heads = np.frombuffer(
        "".join([k[:1] or " " for k in keys]).encode("utf-32-le", "surrogatepass"), np.uint32
    )
    kinds = np.where(heads == ord('"'), LITERAL, IRI).astype(np.int8)
    for i in np.nonzero(heads == ord("_"))[0].tolist():
        if keys[i].startswith("_:"):
            kinds[i] = BLANK
    return kinds


def intern_terms(
    keys: list[str],
    kinds: np.ndarray,
    wanted: Iterable[str],
    known: Mapping[str, int] | None = None,
) -> tuple[dict[str, int], np.ndarray]:
    """The ids of the terms ``wanted`` and the kinds of all terms: ``(ids, kinds)``. A term
    ``keys`` lacks is appended to it (in place: the interner's list; in sorted order) and
    ``kinds`` grown by its :func:`term_kind`. ``known``: ids already looked up (the used
    predicates'), so that ``keys`` is scanned only for the others."""
    wanted = set(wanted)
    ids = {k: known[k] for k in wanted if k in known} if known else {}
    if wanted - ids.keys():
        missing = wanted - ids.keys()
        ids.update({k: i for i, k in enumerate(keys) if k in missing})
    for k in sorted(wanted - ids.keys()):
        ids[k] = len(keys)
        keys.append(k)
    if len(keys) > len(kinds):
        grown = [term_kind(k) for k in keys[len(kinds) :]]
        kinds = np.concatenate([kinds, np.asarray(grown, kinds.dtype)])
    return ids, kinds


class Interner:
    """Dense ids of keys, in the order first met (after ``keys``, ids 0, 1, ...): calling it
    with a key gives the key's id, appending a new key to :attr:`keys`; :attr:`index` maps
    each key to its id. What the endpoint's readers (names, schema, TBox) number a query's
    terms with before the local loader's array passes read them.

    >>> ids = Interner(["ex:a"])
    >>> ids("ex:b"), ids("ex:a"), ids("ex:b"), ids.keys, ids.index["ex:b"]
    (1, 0, 1, ['ex:a', 'ex:b'], 1)
    """

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self.keys: list[str] = list(keys)
        self.index: dict[str, int] = {k: i for i, k in enumerate(self.keys)}

    def __call__(self, key: str) -> int:
        i = self.index.get(key)
        if i is None:
            i = self.index[key] = len(self.keys)
            self.keys.append(key)
        return i
