"""What the raw triples say about the properties themselves: which terms are properties, their
domains and ranges, declared inverses, and symmetric ones (their own inverse).

Shared by the local compiler (:mod:`kgchat.graph.compile`) and the endpoint's schema reader
(:mod:`kgchat.graph.endpoint_schema`), so both call the same terms properties.

Examples
--------
>>> import numpy as np
>>> keys = [vocab.OWL + "SymmetricProperty", vocab.RDF_TYPE, "ex:interactsWith"]
>>> s, p, o = np.array([2]), np.array([1]), np.array([0])
>>> names = {vocab.RDF_TYPE: 1}
>>> declared_properties(s, p, o, np.array([0]), keys, names).tolist()
[2]
>>> domain, range_, inverse = {}, {}, declared_inverses(s, p, o, names)
>>> read_schema(s, p, o, np.array([0]), keys, names, domain, range_, inverse)
>>> inverse
{2: 2}
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.vocab import OWL

__all__ = [
    "PROPERTY_TYPES",
    "declared_inverses",
    "declared_properties",
    "inherited_inverses",
    "read_schema",
]

PROPERTY_TYPES = frozenset(
    OWL + n
    for n in (
        "ObjectProperty",
        "DatatypeProperty",
        "AnnotationProperty",
        "SymmetricProperty",
        "TransitiveProperty",
        "FunctionalProperty",
        "InverseFunctionalProperty",
        "AsymmetricProperty",
        "ReflexiveProperty",
        "IrreflexiveProperty",
        "OntologyProperty",
    )
) | {vocab.RDF + "Property", *(ns + "Property" for ns in vocab.WIKIBASE)}
# a property's schema: its subjects are properties (a Wikibase property link's subject is the
# property's entity, ``wd:P19``, never a thing to link or answer with)
_PROPERTY_SCHEMA = (
    vocab.RDFS_DOMAIN,
    vocab.RDFS_RANGE,
    vocab.RDFS + "subPropertyOf",
    *vocab.PROPERTY_LINKS,
)


def _pairs(s: np.ndarray, p: np.ndarray, o: np.ndarray, pid: int) -> Iterator[tuple[int, int]]:
    """The (subject, object) id pairs of the raw triples whose predicate is ``pid`` (one mask
    of the predicate column, read by both sides)."""
    mask = p == pid
    return zip(s[mask].tolist(), o[mask].tolist(), strict=True)


def declared_properties(s, p, o, type_objects, keys, names) -> np.ndarray:
    """Ids of terms declared as properties: typed so, given a domain/range, or an inverse
    (``type_objects``: the ids of the objects of ``rdf:type``; ``names``: the ids of the
    predicates used, by key)."""
    out: list[np.ndarray] = []
    prop_types = [t for t in type_objects.tolist() if keys[t] in PROPERTY_TYPES]
    if prop_types and vocab.RDF_TYPE in names:
        out.append(s[(p == names[vocab.RDF_TYPE]) & np.isin(o, prop_types)])
    for name in _PROPERTY_SCHEMA:
        if name in names:
            out.append(s[p == names[name]])
    if vocab.OWL_INVERSE in names:
        mask = p == names[vocab.OWL_INVERSE]
        out.extend([s[mask], o[mask]])
    return np.unique(np.concatenate(out)) if out else np.zeros(0, np.int64)


def read_schema(
    s, p, o, type_objects, keys, names, domain: dict, range_: dict, inverse: dict
) -> None:
    """Fill ``domain`` and ``range_`` (property id -> class ids) from the raw triples'
    ``rdfs:domain`` and ``rdfs:range``, and add to ``inverse`` (property id -> its inverse's id,
    the declared ones already: :func:`declared_inverses`) a property declared
    ``owl:SymmetricProperty`` as its own inverse where no other is declared (a fact read
    backwards says the same, "A interacts with B", "B interacts with A", so its inverse phrase
    is its own and its direction is no evidence of what was asked)."""
    for name, table in ((vocab.RDFS_DOMAIN, domain), (vocab.RDFS_RANGE, range_)):
        pid = names.get(name)
        if pid is None:
            continue
        for a, b in _pairs(s, p, o, pid):
            table.setdefault(a, []).append(b)
    sym = [t for t in type_objects.tolist() if keys[t] == vocab.OWL + "SymmetricProperty"]
    if not sym or vocab.RDF_TYPE not in names:
        return
    for a in np.unique(s[(p == names[vocab.RDF_TYPE]) & np.isin(o, sym)]).tolist():
        inverse.setdefault(a, a)


def declared_inverses(s, p, o, names) -> dict[int, int]:
    """Each property the raw triples declare ``owl:inverseOf`` another, either side of the
    declaration, -> that other's id (the first declared), as compile reads it once: the
    relation's inverse phrase (:func:`read_schema` adds the symmetric ones) and the facts that
    lead to a record read backwards (:func:`~kgchat.graph.junctions.inverse_held`).

    >>> declared_inverses(np.array([3]), np.array([1]), np.array([4]), {vocab.OWL_INVERSE: 1})
    {3: 4, 4: 3}
    """
    inverse: dict[int, int] = {}
    pid = names.get(vocab.OWL_INVERSE)
    if pid is not None:
        for a, b in _pairs(s, p, o, pid):
            inverse.setdefault(a, b)
            inverse.setdefault(b, a)
    return inverse


def inherited_inverses(s, p, o, names, inverse: dict[int, int]) -> dict[int, int]:
    """Each ``rdfs:subPropertyOf`` of a property with an inverse (in ``inverse``: the
    declared, symmetric and named ones), that has none of its own, -> the first inverse up its
    hierarchy. OWL entails it: ``hasFather`` a sub-property of ``hasParent``, ``hasParent``
    the inverse of ``hasChild``, every ``A hasFather B`` is a ``B hasChild A``; read
    backwards, ``hasFather`` says "has child" (not "has father (inverse)"), and a
    sub-property of a symmetric property says that property. One way only: ``hasChild``'s
    own inverse stays ``hasParent``. Ontologies state facts by the narrow sub-properties and
    declare the inverse once, on the broad one (a family's ``hasFather`` / ``hasMother``
    under ``hasParent``, CIDOC-CRM's and FRBR's refinements).

    >>> sub = {vocab.RDFS + "subPropertyOf": 0}
    >>> inherited_inverses(np.array([5]), np.array([0]), np.array([3]), sub, {3: 4, 4: 3})
    {5: 4}
    """
    pid = names.get(vocab.RDFS + "subPropertyOf")
    if pid is None:
        return {}
    supers: dict[int, list[int]] = {}
    for a, b in _pairs(s, p, o, pid):
        if a != b:
            supers.setdefault(a, []).append(b)
    out: dict[int, int] = {}
    for a in sorted(supers):
        if a in inverse:
            continue
        seen, queue = {a}, deque(sorted(supers[a]))  # breadth first: the nearest inverse wins
        while queue:
            b = queue.popleft()
            if b in inverse:
                out[a] = inverse[b]
                break
            if b not in seen:
                seen.add(b)
                queue.extend(sorted(supers.get(b, [])))
    return out
