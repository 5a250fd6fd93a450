"""Which of a source's own properties hold names, told by their own names.

A standard name predicate (``rdfs:label``, ``skos:altLabel``) has its role in
:mod:`kgchat.graph.vocab`; a source's own property is read by what it is called: an annotation
property labelled "Preferred_Name" gives labels, a column ``alt_name`` aliases, a JSON record's
``name`` key its name (:mod:`kgchat.graph.roles`, :mod:`kgchat.graph.labels`, the readers of
delimited, JSON and property-graph files).

>>> bool(ALIAS_LIKE.search("FULL_SYN")), bool(LABEL_LIKE.search("Preferred_Name"))
(True, True)
>>> bool(NAME_LIKE.search("official name")), bool(NAME_LIKE.search("job title"))
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["ALIAS_LIKE", "DESCRIPTION_LIKE", "LABEL_LIKE", "NAME_LIKE", "RECORD_NAME_KEYS"]

# Declared annotation properties whose own label says so act as names or aliases (thesauri such as
# the NCI Thesaurus name their "Preferred_Name" and "FULL_SYN" properties this way).
LABEL_LIKE = re.compile(r"pref(erred)?[\s_-]*(name|label|term)", re.IGNORECASE)
ALIAS_LIKE = re.compile(
    r"synonym|(^|[\s_-])syn($|[\s_-])|alias|alt(ernative)?[\s_-]*(name|label|term)|also[\s_-]*known",
    re.IGNORECASE,
)
# the keys of a record (a JSON object, a property-graph node) that give its name, first found
RECORD_NAME_KEYS = ("name", "label", "title")
DESCRIPTION_LIKE = re.compile(r"^definition$|^def$", re.IGNORECASE)
# Any property whose own label or local name (read as words) says it holds names: its literal
# values name their subject (aliases; the label where the subject's IRI is opaque), while the
# triples stay facts ("What is the official name of Germany?"). Applied with a uniqueness test,
# since a name picks out its subject and a shared value ("euro" as nameCurrency) does not.
# A work's variant title names it as a name does (BIBO's ``shortTitle``, "J. Knowl. Graph
# Eng."; a catalogue's abbreviated, alternative, original or uniform title); a title that says
# something of its subject (a person's job title, one each in a small company) is no name.
# A property that is just "title" (UniProt's ``up:title`` of a citation) names its subject
# too, under the same uniqueness test (an honorific, "Prof. Dr.", is shared).
NAME_LIKE = re.compile(
    r"\b(names?|labels?|alias(es)?|aka|also known as|nick(name)?s?|synonyms?"
    r"|(short|abbreviated|alternat(e|ive)|original|uniform|variant)\s+titles?|^(has )?titles?)\b",
    re.IGNORECASE,
)
