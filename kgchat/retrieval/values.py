"""What a literal value is, in words: a number, a date, a year, an identifier of a scheme, by
its XML Schema datatype or its form (:func:`literal_kind`), and the kinds only a value is
(:data:`VALUE_KINDS`), which a question asking "when" or "how many" wants.
"""

from __future__ import annotations

import re

from kgchat.graph.dates import date_year, may_be_year
from kgchat.graph.literal_terms import literal_term
from kgchat.graph.names import parse_literal
from kgchat.graph.value_shapes import XSD_KINDS, code_form
from kgchat.graph.vocab import NUMERIC_TYPES, RDF, XSD
from kgchat.number_forms import XSD_NUMBER

__all__ = [
    "POINT_KINDS",
    "TIMES",
    "VALUE_KINDS",
    "address_kind",
    "asks_time_only",
    "code_form",
    "code_name",
    "literal_kind",
    "named_time",
    "names_a_time",
    "own_datatype_words",
    "written_time",
]

# a measure written with its unit ("8.44 m", "380 kV", "26.4 m²", UCUM's "3027.0 km2", whose
# power is a plain digit after the unit's letters): a figure, as a bare number is
_MEASURE = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)\s?[^\W\d_]{1,3}([²³]|(?<=[a-z])[23])?")
# a compact identifier (a CURIE, "MESH:D008099", "FMA:7197", "GO:0008150"): a scheme's prefix,
# a colon and an accession with a digit; the prefix names the scheme the value is an id in
_CURIE = re.compile(r"([A-Za-z][A-Za-z0-9_.-]*):([A-Za-z0-9_.-]*\d[A-Za-z0-9_.-]*)")
# the same with a colon-separated accession, as a scheme that nests its parts names its values
# (ECLI ``ECLI:FI:KKO:2019:2``, a URN ``urn:nbn:fi:123``): the scheme of two letters or more
# (not a time's ``T12:30``)
_NESTED_CURIE = re.compile(
    r"([A-Za-z]{2}[A-Za-z0-9_.-]*):((?=[^\s]*\d)[A-Za-z0-9_.-]+(?::[A-Za-z0-9_.-]+)+)"
)
_FIGURE = re.compile(r"\d")
# an IRI that is an address by its scheme (RFC 6068 mailto:, RFC 3966 tel:): what it is, in
# words (``foaf:mbox <mailto:alice@example.org>`` is an email, whatever the property is called)
_SCHEMES = {"mailto:": ("email", "address"), "tel:": ("phone", "number")}
# GeoSPARQL's geometry literals (OGC GeoSPARQL 1.1, section 8): a place, written as its shape
# ("POINT(-0.79 54.2)"), what "where is X?" and "what are X's coordinates?" ask
GEOMETRY_TYPES = frozenset(
    "http://www.opengis.net/ont/geosparql#" + t
    for t in ("wktLiteral", "gmlLiteral", "geoJSONLiteral", "kmlLiteral", "dggsLiteral")
)
# what only a value is: every kind literal_kind says but a geometry's, which is a place
VALUE_KINDS = frozenset({"number", *(w for kinds in XSD_KINDS.values() for w in kinds)})
# every kind word a value or an address may be given (literal_kind, address_kind)
KIND_WORDS = VALUE_KINDS | {w for kinds in _SCHEMES.values() for w in kinds}


# what a relation says its value is when it gives a point in time ("GDP year", "release
# date"); not "time", which is as often a duration ("run time", "travel time")
TIMES = frozenset({"date", "year"})
# the kinds of a value that are a point in time (literal_kind's), which a "when" asks
POINT_KINDS = frozenset({"date", "year", "time"})


def names_a_time(words: tuple[str, ...] | list[str]) -> bool:
    """Whether a relation's words, the last naming what its value is, say the value is a
    time: ``GDP year``, ``release date`` (a statistic's year beside its value: FAO's
    ``landAreaYear`` beside ``landAreaTotal``), not ``date of birth``'s last word.

    >>> names_a_time(["gdp", "year"]), names_a_time(["land", "area", "total"])
    (True, False)
    """
    return bool(words) and words[-1] in TIMES


def literal_kind(term: str) -> tuple[str, ...]:
    """What a literal value is, in words, by its XML Schema datatype, else by its form; one
    typed by a publisher's own datatype, by its form and the datatype's name
    (:func:`datatype_words`: SKOS types a notation by the system it is of, ``"137654"^^sr:URN``).

    >>> literal_kind('"40513.0"^^<http://www.w3.org/2001/XMLSchema#double>'), literal_kind(
    ...     '"1977-02-04"'), literal_kind('"shilling"@en')
    (('number',), ('date',), ())
    >>> literal_kind('"2016"'), literal_kind('"2016"^^<http://www.w3.org/2001/XMLSchema#integer>')
    (('number', 'year'), ('number', 'year'))
    >>> literal_kind('"MESH:D008099"'), literal_kind('"12:30"'), literal_kind('"Wikipedia:Liver"')
    (('mesh', 'id', 'identifier'), (), ())
    >>> literal_kind('"ECLI:FI:KKO:2019:2"'), literal_kind('"T12:30:00"')
    (('ecli', 'id', 'identifier'), ())
    >>> literal_kind('"2023-10-10"@en'), literal_kind('"1984"@en')
    (('date',), ())
    >>> literal_kind('"8.44 m"'), literal_kind('"380 kV"@en'), literal_kind('"2 to 3 hours"')
    (('number',), ('number',), ())
    >>> literal_kind('"3027.0 km2"^^<https://w3id.org/cdt/ucum>'), literal_kind('"12 AB3"')
    (('number', 'ucum'), ())
    >>> literal_kind('"137654"^^<http://schools.example.org/def#URN>')
    ('number', 'urn')
    >>> literal_kind('"POINT(-0.79 54.2)"^^<http://www.opengis.net/ont/geosparql#wktLiteral>')
    ('location', 'coordinates')
    """
    lex, lang, datatype = parse_literal(term)
    numeric = datatype in NUMERIC_TYPES
    if (numeric or (lang is None and datatype is None)) and may_be_year(lex):
        # "2016", a whole number of four digits, datatype or none (a TSV's values are typed
        # by their form): a year as often as a count
        return ("number", "year")
    if numeric:
        return ("number",)
    if (
        lang is None
        and datatype in (None, XSD + "string")
        and (m := _CURIE.fullmatch(lex) or _NESTED_CURIE.fullmatch(lex))
    ):
        return (m.group(1).lower(), "id", "identifier")
    if datatype is not None and datatype.startswith(XSD):
        return XSD_KINDS.get(datatype[len(XSD) :], ())
    if datatype in GEOMETRY_TYPES:
        return ("location", "coordinates")
    if datatype is not None and not datatype.startswith(RDF):
        return _form_kind(lex) + datatype_words(datatype)
    if date_year(lex) is not None:
        # a date in ISO form is one whatever its language tag, which an RDF/XML file's
        # ``xml:lang`` gives every literal in its scope (the ASF's DOAP files); a year alone
        # with a tag may be a title ("1984"@en), and stays text
        return ("date",)
    if lang is None and XSD_NUMBER.fullmatch(lex):
        return ("number",)
    if _MEASURE.fullmatch(lex):
        # untyped, or typed by a vocabulary of units' own datatype (a UCUM-typed
        # ``"3027.0 km2"^^cdt:ucum``, QUDT's): a unit's datatype says what the figure measures
        return ("number",)
    return ()


def code_name(label: str) -> bool:
    """Whether a thing's name is a code with a figure (an ATC class named "atc:A10BA02", a CVE
    "CVE-2014-0160"): a thing named so is the code a question may ask for.

    >>> code_name("CVE-2014-0160"), code_name("painting"), code_name("Tort Liability Act")
    (True, False, False)
    """
    return bool(_FIGURE.search(label)) and code_form(literal_term(label))


def named_time(label: str) -> tuple[str, ...]:
    """What a node named by a value's form is, where that form is a date or a year (a
    time-span node labelled "1832" or "1868-05-01"): a date, a year; nothing for other names
    (a node named "42" is no number for that).

    >>> named_time("1832"), named_time("1868-05-01"), named_time("42"), named_time("Delft")
    (('year', 'date'), ('date',), (), ())
    """
    if may_be_year(label):
        return ("year", "date")
    return ("date",) if date_year(label) is not None else ()


def address_kind(term: str) -> tuple[str, ...]:
    """What an IRI that is an address is, by its scheme: ``mailto:`` an email, ``tel:`` a
    phone number; none for any other.

    >>> address_kind("mailto:alice@example.org"), address_kind("http://example.org/alice")
    (('email', 'address'), ())
    """
    for scheme, kinds in _SCHEMES.items():
        if term[: len(scheme)].lower() == scheme:
            return kinds
    return ()


def asks_time_only(answer_type: list[str] | tuple[str, ...]) -> bool:
    """Whether a question's answer type asks a point in time and no other value ("when":
    a date, a year, a time; not "how many", whose number a year's form also has).

    >>> asks_time_only(["date", "time", "year", "day"]), asks_time_only(["number", "count"])
    (True, False)
    """
    asked = VALUE_KINDS.intersection(answer_type)
    return bool(asked) and asked <= POINT_KINDS


def written_time(label: str) -> bool:
    """Whether a value's text may give a point in time: it has a figure (a date, a year, a
    time of day, "c. 1850", "1850s" all do; a name, a code of letters, a word do not).

    >>> written_time("1931-05-14"), written_time("c. 1850"), written_time("Sandoval, M.")
    (True, True, False)
    """
    return any(ch.isdigit() for ch in label)


def datatype_words(datatype: str) -> tuple[str, ...]:
    """What a datatype of a publisher's own says its values are: its name's words, lower-cased.

    >>> datatype_words("http://ex.org/def#LACode"), datatype_words("https://w3id.org/cdt/ucum")
    (('la', 'code'), ('ucum',))
    """
    from kgchat.graph.names import humanize_id, local_name

    return tuple(w.lower() for w in humanize_id(local_name(datatype)).split() if w.isalpha())


def own_datatype_words(term: str) -> tuple[str, ...]:
    """The words of the datatype a literal ``term`` is typed by where a publisher made it
    (:func:`datatype_words`), not XML Schema's or RDF's: what the value is, in its
    publisher's words.

    >>> own_datatype_words('"SAL"^^<http://fhs.example.org/ns#ChapmanCode>')
    ('chapman', 'code')
    >>> own_datatype_words('"12"^^<http://www.w3.org/2001/XMLSchema#integer>'), own_datatype_words(
    ...     '"SAL"')
    ((), ())
    """
    datatype = parse_literal(term)[2]
    if datatype is None or datatype.startswith((XSD, RDF)):
        return ()
    return datatype_words(datatype)


def _form_kind(lex: str) -> tuple[str, ...]:
    """A date or a number by its form alone (a value typed by a datatype XSD does not name)."""
    if date_year(lex) is not None:
        return ("date",)
    if XSD_NUMBER.fullmatch(lex) or _MEASURE.fullmatch(lex):
        return ("number",)
    return ()
