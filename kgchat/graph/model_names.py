"""Names that UML-derived and code-list vocabularies mint, read as words: an enumeration's
literal (IEC CIM's ``FuelType.hardCoal``), a code list's member (GS1's
``AllergenTypeCode-AM``), a property named after the class that declares it (FHIR's
``Patient.birthDate``). Split from :mod:`kgchat.graph.names`, which reads the other
identifiers.
"""

from __future__ import annotations

import re

from kgchat.graph.names import humanize_id, humanize_relation, local_name

__all__ = ["class_property_reading", "enumeration_value"]

# a property named after the class that declares it, as UML-derived vocabularies name them
# (IEC CIM's ``Conductor.length``, ``VoltageLevel.Substation``; FHIR's ``Patient.birthDate``)
_CLASS_PROPERTY = re.compile(r"[A-Z][A-Za-z0-9]*\.([A-Za-z][A-Za-z0-9_]*)")
# a UML enumeration's literal as such vocabularies mint its IRI: ``FuelType.hardCoal``,
# ``GeneratorControlSource.onAGC``; the enumeration's name is joined words (two humps or more),
# which no abbreviated name before a dot is ("St.Louis", "Mr.Bean")
_ENUM_LITERAL = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\.([A-Za-z][A-Za-z0-9_]*)")
# a code list's member as GS1's Web Vocabulary mints it (``gs1:AllergenTypeCode-AM``): the
# list's name is joined words, each a capital and lower-case letters (not a unit's prefixed
# symbols, QUDT's ``KiloW-HR``), the code after the hyphen capitals, digits and underscores
_CODE_MEMBER = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+-([A-Z][A-Z0-9_]*)")


def enumeration_value(iri: str) -> str | None:
    """The value of a UML enumeration's literal, read as words, where ``iri`` is one as
    UML-derived vocabularies mint them: a term of the vocabulary's hash namespace named
    ``Enumeration.value`` (IEC CIM's ``cim:FuelType.hardCoal``, which CIM/XML files give no
    name). The value is what a user says ("burns hard coal"); the enumeration is its type.
    So is a code list's member named ``CodeList-CODE`` (GS1's ``gs1:DietTypeCode-VEGAN``,
    which a resolver's data gives no name): its code ("vegan products", "may contain nuts").
    None for any other IRI, an abbreviation before a dot included ("St.Louis").

    >>> enumeration_value("http://iec.ch/TC57/2013/CIM-schema-cim16#FuelType.hardCoal")
    'hard coal'
    >>> enumeration_value("https://gs1.org/voc/LevelOfContainmentCode-MAY_CONTAIN")
    'MAY CONTAIN'
    >>> enumeration_value("http://ex.org/ns#St.Louis"), enumeration_value("http://ex.org/docs/ReadMe.txt")
    (None, None)
    >>> enumeration_value("http://qudt.org/vocab/unit/KiloW-HR") is None
    True
    """
    _head, hash_, name = iri.rpartition("#")
    literal = _ENUM_LITERAL.fullmatch(name) if hash_ and "://" in iri else None
    if literal:
        return humanize_id(literal.group(1))
    member = _CODE_MEMBER.fullmatch(local_name(iri)) if "://" in iri else None
    return humanize_id(member.group(1)) if member else None


def class_property_reading(iri: str) -> str | None:
    """The words of a property named after the class that declares it, as UML-derived
    vocabularies name them (IEC CIM's ``Conductor.length``, ``BaseVoltage.nominalVoltage``;
    FHIR's ``Patient.birthDate``), less that class's: the property's own name. The class is
    the subject's type, which a question names apart or not at all ("how long is line L-214"),
    and :func:`humanize_relation`'s reading of the whole drops the words the property repeats
    from it ("base voltage nominal"). None for any other name.

    >>> class_property_reading("http://iec.ch/TC57/2013/CIM-schema-cim16#BaseVoltage.nominalVoltage")
    'nominal voltage'
    >>> class_property_reading("VoltageLevel.Substation")
    'substation'
    >>> class_property_reading("people.person.nationality") is None
    True
    """
    name = local_name(iri) if "://" in iri else iri
    declared = _CLASS_PROPERTY.fullmatch(name)
    return humanize_relation(declared.group(1)) if declared else None
