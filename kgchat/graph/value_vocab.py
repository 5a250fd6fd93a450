"""The predicates of structured values: what a value node's principal value, its reference
and its list position are stated by (read by :mod:`kgchat.graph.value_nodes` and the
retriever's graph reading; split from :mod:`kgchat.graph.vocab` to keep it short).
"""

from __future__ import annotations

import re

from kgchat.graph.vocab import FHIR, RDF, SCHEMA, SKOS

__all__ = [
    "POSITIONS",
    "PRINCIPAL_VALUES",
    "QUDT",
    "REFERENCE_LINKS",
    "SKOS_NOTES",
    "is_principal_value",
]

# the principal value of a structured value: RDF Schema's ``rdf:value``, schema.org's
# ``value`` (of a ``QuantitativeValue``, a ``PropertyValue``) and FHIR RDF's ``fhir:value`` (of
# every primitive): ``X —width→ [ value 18 ; unitCode "CMT" ]`` says X's width is 18, the
# node's other facts qualify it (its unit); a node with nothing else is its value
# (kgchat.graph.value_nodes); and QUDT's ``numericValue`` (of a ``qudt:QuantityValue``, with
# its ``qudt:unit``), as QUDT 2 and its first version (``qudt#``) write it
QUDT = ("http://qudt.org/schema/qudt/", "http://qudt.org/schema/qudt#")
PRINCIPAL_VALUES = frozenset(
    (
        RDF + "value",
        *(s + "value" for s in SCHEMA),
        FHIR + "value",
        *(q + "numericValue" for q in QUDT),
    )
)


def is_principal_value(key: str) -> bool:
    """Whether a predicate states the principal value of the node it hangs on: one of
    :data:`PRINCIPAL_VALUES`, or any vocabulary's property named ``value`` (Brick 1.3's
    ``brick:value`` of ``[ brick:value 350 ; brick:hasUnit unit:TON_FG ]``, as ``rdf:value``
    is RDF's): a vocabulary that names a property so means the value of what holds it.

    >>> is_principal_value("https://brickschema.org/schema/Brick#value")
    True
    >>> is_principal_value("http://example.org/valueAdded")
    False
    """
    return key in PRINCIPAL_VALUES or re.split(r"[#/]", key)[-1] == "value"


# the thing a reference node refers to: FHIR RDF's ``[ fhir:link <Patient/1> ;
# fhir:Reference.reference [ fhir:value "Patient/1" ] ]`` stands for ``<Patient/1>``
REFERENCE_LINKS = frozenset((FHIR + "link",))
# a list member's position, stated on the member (FHIR RDF's ``fhir:index 0``): the order of
# the values of one property, not a fact
POSITIONS = frozenset((FHIR + "index",))
# SKOS's documentation properties, whose range the SKOS Reference leaves open (section 7): a
# thesaurus may state a note as a resource of its own, its text its ``rdf:value`` and beside it
# where and when it was written (AGROVOC's ``skos:definition <xDef_...>`` with ``rdf:value``
# and ``dcterms:source``; the SKOS Primer's "reified notes", section 4.4)
SKOS_NOTES = frozenset(
    SKOS + n
    for n in (
        "note",
        "definition",
        "scopeNote",
        "example",
        "historyNote",
        "editorialNote",
        "changeNote",
    )
)
