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
>>> bool(NAME_LIKE.search("acronym")), bool(NAME_LIKE.search("has abbreviation"))
(True, True)
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

__all__ = [
    "ALIAS_LIKE",
    "DESCRIPTION_LIKE",
    "FAMILY_NAME_LIKE",
    "GIVEN_NAME_LIKE",
    "HEADED_NAME",
    "LABEL_LIKE",
    "NAME_LIKE",
    "RECORD_NAME_KEYS",
    "headed_names",
    "minted_names",
    "named_after_class",
    "names_its_class",
    "plain_name",
    "record_name_key",
    "title_kind",
]

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
# too, under the same uniqueness test (an honorific, "Prof. Dr.", is shared). An acronym or
# abbreviation is by definition a short name of its subject (a research project's "SHARPEN",
# an agency's "NASA"): people say it in place of the long name.
NAME_LIKE = re.compile(
    r"\b(names?|labels?|alias(es)?|aka|also known as|nick(name)?s?|synonyms?"
    r"|acronyms?|abbreviations?|initialisms?"
    r"|(short|abbreviated|alternat(e|ive)|original|uniform|variant)\s+titles?|^(has )?titles?)\b",
    re.IGNORECASE,
)

# a property that says no more than "name", "label" or "title" (EBUCore's ``ebucore:title`` of
# a series or an episode, UniProt's ``up:title`` of a citation): its value is the label of a
# subject that has none (a name-like property already names one subject per value)
PLAIN_NAME = re.compile(r"(has )?(name|label|title)", re.IGNORECASE)
# a property whose head word is "name" ("legal name", "display name"): a name of its subject
HEADED_NAME = re.compile(r"\bnames?$", re.IGNORECASE)
# A person's name in parts, in any vocabulary (EBUCore's ``ebucore:givenName``, a registry's
# ``firstName`` column): what the property is called says which part it holds, as FOAF's and
# schema.org's do (kgchat.graph.vocab lists those; kgchat.graph.labels joins the parts)
GIVEN_NAME_LIKE = re.compile(r"(has )?(given|first|fore|christian) ?names?", re.IGNORECASE)
FAMILY_NAME_LIKE = re.compile(r"(has )?(family|last|sur) ?names?", re.IGNORECASE)


def names_its_class(prop_words: str, class_words: str) -> bool:
    """Whether a property headed by "name" says whose name it holds by its subject's class: the
    word before "name" is the class's head noun ("organisation name" of an ``Organisation``,
    "publication channel name" or "channel name" of a ``PublicationChannel``), as publishers
    name a class's naming property after the class (EBUCore's ``organisationName``,
    ``publicationChannelName``, ``groupName``). A "company name" of a ``Person`` names their
    employer, not them.

    >>> names_its_class("publication channel name", "publication channel")
    True
    >>> names_its_class("channel name", "publication channel"), names_its_class("name", "group")
    (True, False)
    >>> names_its_class("company name", "person"), names_its_class("group names", "groups")
    (False, True)
    """
    words = prop_words.casefold().split()
    head = class_words.casefold().split()
    if len(words) < 2 or not head or not HEADED_NAME.search(words[-1]):
        return False
    return words[-2].removesuffix("s") == head[-1].removesuffix("s")


def title_kind(words: str) -> bool:
    """Whether a property's words are one noun whose most frequent meaning WordNet files under
    what a title is a kind of (a heading), the noun being mostly a noun: a *headline* (schema.org's
    and rNews's ``headline``, all a news article is named by) or a *subheading* heads and names
    its text as a title does. False without WordNet.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or [title_kind(w) for w in ("headline", "dateline", "title")] == [
    ...     True, False, True]
    True
    """
    if " " in words.strip():
        return False
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None:
        return False
    first, title = lexicon.first_noun(words.strip().lower()), lexicon.first_noun("title")
    if first is None or title is None or first[1] < 0.5:
        return False
    return bool(set(lexicon.broader(title[0])) & lexicon.above(first[0]))


def plain_name(words: str) -> bool:
    """Whether a property's words say no more than that it names its subject: "name",
    "label", "title" (:data:`PLAIN_NAME`), or a kind of title (:func:`title_kind`).

    >>> plain_name("has name"), plain_name("job title")
    (True, False)
    """
    return bool(PLAIN_NAME.fullmatch(words)) or title_kind(words)


def minted_names(keys, named, subjects, values, coded) -> bool:
    """Whether a property headed by "name" ("has legal name") names things minted once per
    record: nearly every subject holds one value and is an IRI whose local name is a code
    (``coded``: a UUID, "SUP-00417"), named by nothing else (``named``: the ids of subjects
    with a label or alias). A publisher that mints a company afresh in each notice that names
    it (TED's eProcurement graphs: one ``org:Organization`` per notice, each with its
    ``epo:hasLegalName``) shares each name among those copies, so the values pick out no
    single subject, yet each is the name of its own subject. A shared value of a property
    whose subjects have names of their own (a country's "currency name") or are blank nodes
    (an address's "post name", a part of a record) names no subject.

    >>> keys = ["http://x/org/9b2f1c3e-44aa-4d1e-8f00-1a2b3c4d5e6f", "http://x/org/SUP-00417",
    ...         "_:b1", '"Acme GmbH"']
    >>> code = lambda k: not k.startswith("_:") and k.rsplit("/", 1)[-1][:3] in ("9b2", "SUP")
    >>> minted_names(keys, set(), np.array([0, 1]), np.array([3, 3]), code)
    True
    >>> minted_names(keys, set(), np.array([0, 2]), np.array([3, 3]), code)
    False
    """
    pairs = np.unique(np.stack([subjects, values], axis=1), axis=0)
    if not len(pairs):
        return False
    held, per_subject = np.unique(pairs[:, 0], return_counts=True)
    if float((per_subject == 1).mean()) < _MINTED_SHARE:
        return False
    own = [i for i in held.tolist() if i not in named and coded(keys[i])]
    return len(own) >= _MINTED_SHARE * len(held)


_MINTED_SHARE = 0.9  # share of the subjects that must each hold one value, coded and unnamed


def named_after_class(keys, s, o, rp, is_lit, subjects, pids) -> np.ndarray:
    """Per (subject, property) pair: whether the property is named after one of the subject's
    classes (:func:`~kgchat.graph.name_properties.names_its_class`).

    >>> from kgchat.graph.vocab import Role
    >>> keys = ["ex:c1", "http://ex.org/Organisation", "ex:organisationName", "ex:type"]
    >>> rp, is_lit = np.array([Role.TYPE]), np.zeros(4, bool)
    >>> named_after_class(keys, np.array([0]), np.array([1]), rp, is_lit,
    ...                    np.array([0, 0]), np.array([2, 3])).tolist()
    [True, False]
    """
    from kgchat.graph.names import humanize_relation, local_name, property_step
    from kgchat.graph.vocab import Role

    rows = np.flatnonzero((rp == Role.TYPE) & ~is_lit[o] & np.isin(s, subjects))
    classes: dict[int, list[str]] = {}
    for a, c in zip(s[rows].tolist(), o[rows].tolist(), strict=True):
        classes.setdefault(a, []).append(humanize_relation(local_name(keys[c])))
    words = {q: humanize_relation(property_step(keys[q])) for q in set(pids.tolist())}
    # a blank record that links on to another node joins things (a schema.org Role between a
    # band and its member): its class-named property ("role name", "drums") qualifies that
    # relation, and the record stays a junction; a blank leaf (a cast member's Character, held
    # only by its "character name") is a thing of its own, named so
    onward = s[(rp != Role.TYPE) & ~is_lit[o] & np.isin(s, subjects)]
    joins = {a for a in set(onward.tolist()) if keys[a].startswith("_:")}
    return np.fromiter(
        (
            a not in joins and any(names_its_class(words[q], c) for c in classes.get(a, ()))
            for a, q in zip(subjects.tolist(), pids.tolist(), strict=True)
        ),
        bool,
        len(subjects),
    )


def headed_names(keys, s, p, o, rp, is_lit, pids) -> list[int]:
    """The properties of ``pids`` headed by "name" (:data:`HEADED_NAME`) by their local name
    read as words ("legalName") or by a label the graph declares for them: a registry whose
    ontology names its properties in its own language declares what they are in another
    (``cad:denominacao rdfs:label "registered name"@en``), and the label says what the local
    name cannot. ``rp``: each triple's predicate role.

    >>> from kgchat.graph.vocab import Role
    >>> keys = ["ex:denominacao", "ex:nipc", "ex:legalName", "rdfs:label", '"registered name"@en',
    ...         '"registration number"@en']
    >>> s, p, o = np.array([0, 1]), np.array([3, 3]), np.array([4, 5])
    >>> headed_names(keys, s, p, o, np.array([Role.LABEL] * 2), np.arange(6) > 3, [0, 1, 2])
    [0, 2]
    """
    from kgchat.graph.literal_terms import parse_literal
    from kgchat.graph.names import humanize_relation
    from kgchat.graph.vocab import Role

    rows = np.flatnonzero(np.isin(s, list(pids)) & (rp == Role.LABEL) & is_lit[o])
    declared: dict[int, list[str]] = {}
    for a, b in zip(s[rows].tolist(), o[rows].tolist(), strict=True):
        declared.setdefault(a, []).append(parse_literal(keys[b])[0])
    return [
        q
        for q in pids
        if any(HEADED_NAME.search(w) for w in (humanize_relation(keys[q]), *declared.get(q, ())))
    ]


def record_name_key(values: dict[str, Any]) -> str | None:
    """The key of a record's (a property-graph node's) name: its first among
    :data:`RECORD_NAME_KEYS`, case ignored, whose value is a string that is not blank.

    >>> record_name_key({"Title": "Dune", "name": " ", "year": 1965})
    'Title'
    >>> record_name_key({"name": 3}) is None
    True
    """
    low = {k.lower(): k for k in values}
    for key in RECORD_NAME_KEYS:
        name = low.get(key)
        if name is not None and isinstance(values[name], str) and values[name].strip():
            return name
    return None
