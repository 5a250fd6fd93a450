"""The roles kgchat knows for the standard predicates (:mod:`kgchat.graph.vocab`'s terms): a
name, an alias, a description, schema plumbing, OWL structure or a container's membership;
the phrases of those that stay facts; and which IRIs are the vocabularies' own terms. Split
from :mod:`kgchat.graph.vocab`, which lists the terms.
"""

from __future__ import annotations

import re

from kgchat.graph.vocab import (
    ALIAS_PREDICATES,
    CLASS_PREDICATES,
    DESCRIPTION_PREDICATES,
    DISAMBIGUATION_PREDICATES,
    LABEL_PREDICATES,
    OBO_FILING_PREDICATES,
    OWL,
    OWL_EQUIVALENT_CLASS,
    PAGE_RECORD_PREDICATES,
    RDF,
    RDF_TYPE,
    RDFS,
    RDFS_MEMBER,
    RDFS_SUBCLASS,
    REDIRECT_PREDICATES,
    SCHEMA_PREDICATES,
    SH,
    SKOS,
    STRUCTURE_PREDICATES,
    WIKIBASE,
    Role,
)

__all__ = ["BUILTIN_PHRASES", "builtin_phrase", "fixed_role", "is_vocabulary", "membership_index"]

_FIXED_ROLES: dict[str, Role] = {
    RDF_TYPE: Role.TYPE,
    RDFS_SUBCLASS: Role.SUBCLASS,
    **{p: Role.LABEL for p in LABEL_PREDICATES},
    **{p: Role.ALIAS for p in ALIAS_PREDICATES},
    **{p: Role.REDIRECT for p in REDIRECT_PREDICATES},
    **{p: Role.DISAMBIGUATION for p in DISAMBIGUATION_PREDICATES},
    **{p: Role.BOOKKEEPING for p in PAGE_RECORD_PREDICATES},
    **{p: Role.BOOKKEEPING for p in OBO_FILING_PREDICATES},
    **{p: Role.DESCRIPTION for p in DESCRIPTION_PREDICATES},
    **{p: Role.SCHEMA for p in SCHEMA_PREDICATES},
    **{p: Role.STRUCTURE for p in STRUCTURE_PREDICATES},
    RDFS_MEMBER: Role.MEMBER,
    **{p: Role.TYPE if t == RDF_TYPE else Role.SUBCLASS for p, t in CLASS_PREDICATES.items()},
}

# Phrases for the standard predicates that stay facts, and for walking them backwards.
BUILTIN_PHRASES: dict[str, tuple[str, str]] = {
    RDF_TYPE: ("is a", "has instance"),
    RDFS_SUBCLASS: ("is a subclass of", "has subclass"),
    OWL_EQUIVALENT_CLASS: ("is equivalent to", "is equivalent to"),
    OWL + "sameAs": ("is the same as", "is the same as"),
    RDFS + "subPropertyOf": ("is a subproperty of", "has subproperty"),
    RDFS_MEMBER: ("has member", "is a member of"),
    SKOS + "broader": ("has broader concept", "has narrower concept"),
    SKOS + "narrower": ("has narrower concept", "has broader concept"),
}

_MEMBERSHIP = re.compile(re.escape(RDF) + r"_([1-9][0-9]*)")


def fixed_role(predicate: str) -> Role | None:
    """Return the role kgchat knows for a standard predicate, or None for an ordinary one.

    >>> fixed_role("http://www.w3.org/2000/01/rdf-schema#label").name
    'LABEL'
    >>> fixed_role("http://example.org/treats") is None
    True
    >>> fixed_role("http://www.w3.org/1999/02/22-rdf-syntax-ns#_2").name
    'MEMBER'
    """
    role = _FIXED_ROLES.get(predicate)
    if role is None and membership_index(predicate) is not None:
        return Role.MEMBER
    if role is None and predicate.startswith((*WIKIBASE, SH)):
        # the data model's own plumbing (property links, ranks, site-link counts), a shapes
        # graph's constraints (``sh:path``, ``sh:datatype``, ``sh:minCount``): no facts
        return Role.SCHEMA
    return role


def membership_index(predicate: str) -> int | None:
    """The position a container membership property gives: ``rdf:_3`` -> 3, ``rdfs:member``
    (no position) -> 0, any other predicate -> None.

    >>> membership_index("http://www.w3.org/1999/02/22-rdf-syntax-ns#_3")
    3
    >>> membership_index("http://www.w3.org/1999/02/22-rdf-syntax-ns#_0") is None
    True
    """
    if predicate == RDFS_MEMBER:
        return 0
    m = _MEMBERSHIP.fullmatch(predicate)
    return int(m.group(1)) if m else None


def builtin_phrase(predicate: str) -> tuple[str, str] | None:
    """The phrases of a standard predicate that stays a fact (forwards, backwards), or None.

    >>> builtin_phrase("http://www.w3.org/1999/02/22-rdf-syntax-ns#_1")
    ('has member', 'is a member of')
    """
    if membership_index(predicate) is not None:
        return BUILTIN_PHRASES[RDFS_MEMBER]
    return BUILTIN_PHRASES.get(predicate)


def is_vocabulary(iri: str) -> bool:
    """True for terms of RDF, RDFS and OWL themselves (``owl:Class``, ``rdfs:Resource``...),
    of SHACL (``sh:NodeShape``) and of the Wikibase data model (``wikibase:Property``,
    ``wikibase:Item``).

    >>> is_vocabulary("http://www.w3.org/2002/07/owl#NamedIndividual")
    True
    >>> is_vocabulary("http://wikiba.se/ontology#Item")
    True
    """
    return iri.startswith((RDF, RDFS, OWL, SH, *WIKIBASE))
