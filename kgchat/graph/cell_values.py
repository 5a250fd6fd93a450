"""What a plain file's cell is (a triple file's object, a table's cell): a typed literal, a
name, a quantity or an id.

A plain file (TSV, CSV, ``|``-delimited) has no syntax for literals, so a cell's kind is read
from its text and its relation's name (:func:`cell_value`):

* a number or a date is a typed literal (:func:`literal_key`: ``xsd:integer``,
  ``xsd:decimal``, ``xsd:date``);
* the value of a relation whose name says it holds names is a string, which then names its
  subject: a relation that says no more than ``name``, ``label`` or ``title``
  (:data:`~kgchat.graph.name_properties.PLAIN_NAME`), one headed by "name" (``alt_name``,
  ``full_name``: ``HEADED_NAME``) or an alias's (Freebase's ``common.topic.alias``:
  ``ALIAS_LIKE``). Not a code's (Hetionet's metaedges table names each relation code in an
  ``abbreviation`` column: the code is the relation's id, which the table describes);
* a number with its unit ("100 ml", "15.5 %", "2,300 km": :func:`quantity`) is a string, a
  measure of its subject: were it an id, every fragrance sold in 100 ml bottles would meet
  the others at a node "100 ml", and a walk through it would answer one fragrance's question
  with another's facts;
* anything else is an id.

>>> cell_value("bottle_size", "100 ml", {}), cell_value("house", "house:chanel", {})
('"100 ml"', 'house:chanel')
"""

from __future__ import annotations

import re

from kgchat.graph.literal_terms import XSD, literal_term
from kgchat.graph.name_properties import ALIAS_LIKE, HEADED_NAME, PLAIN_NAME
from kgchat.graph.names import humanize_relation
from kgchat.number_forms import XSD_INTEGER, XSD_NUMBER

__all__ = ["cell_value", "literal_key", "quantity"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# a number (digits in groups: "2,300", "15.5") then one unit token, with or without a space
_MEASURE = re.compile(r"[-+]?\d+(?:[.,]\d+)*\s?([%‰°µ]|[^\W\d_][^\W\d_°²³/]*[²³]?)")
_SIGNS = frozenset("%‰")  # units written as signs, which WordNet has no entry for


def literal_key(value: str) -> str | None:
    """The typed-literal key for a plain-file value that reads as a number or date, else None.

    >>> literal_key("32")
    '"32"^^<http://www.w3.org/2001/XMLSchema#integer>'
    >>> literal_key("Tigres_UANL") is None
    True
    """
    if XSD_INTEGER.fullmatch(value):
        return literal_term(value, datatype=XSD + "integer")
    if XSD_NUMBER.fullmatch(value):  # a number that is not an integer
        return literal_term(value, datatype=XSD + "decimal")
    if _DATE.fullmatch(value):
        return literal_term(value, datatype=XSD + "date")
    return None


def quantity(value: str) -> bool:
    """Whether a plain-file value is a number with its unit: a sign (``%``) or a word WordNet
    reads as a unit (:meth:`~kgchat.wordnet.WordNet.is_unit`: "ml", "km", "years"), not
    written as a name is (a capitalised word: "7 Days", "2 Guns" are films' titles). False
    without WordNet, but for a sign.

    >>> quantity("15.5 %"), quantity("100ml"), quantity("7 Days"), quantity("3 Idiots")
    (True, True, False, False)
    """
    m = _MEASURE.fullmatch(value.strip())
    if m is None:
        return False
    unit = m[1]
    if unit in _SIGNS:
        return True
    if len(unit) > 2 and unit[0].isupper() and unit[1:].islower():
        return False  # a word written as a name's word is
    from kgchat.wordnet import wordnet

    wn = wordnet()
    return wn is not None and wn.is_unit(unit)


def cell_value(relation: str, value: str, names: dict[str, bool]) -> str:
    """A plain-file object's key: a typed literal, a string (a relation whose name says it
    holds names: ``name``, ``alt_name``, ``common.topic.alias``; not ``named_after``, a link;
    or a quantity), or the id itself; ``names`` caches, per relation, whether its name says
    it holds names.

    >>> cache = {}
    >>> cell_value("common.topic.alias", "Tommy Reyes", cache)
    '"Tommy Reyes"'
    >>> cell_value("starring", "m.0x", cache), cell_value("named_after", "m.0y", cache)
    ('m.0x', 'm.0y')
    """
    said = names.get(relation)
    if said is None:
        words = humanize_relation(relation)
        said = names[relation] = bool(
            ALIAS_LIKE.search(words) or PLAIN_NAME.fullmatch(words) or HEADED_NAME.search(words)
        )
    if literal := literal_key(value):
        return literal
    return literal_term(value) if said or quantity(value) else value
