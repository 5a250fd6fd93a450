"""Names stated on a blank node of their own: the thing's title record read as its names.

Library data does not write a work's title on the work. BIBFRAME (the Library of Congress's
MARC conversion) says ``work bf:title [ a bf:Title ; bf:mainTitle "The hobbit" ; bf:subtitle
"or, There and back again" ]``, and an instance, which has no ``rdfs:label`` at all, is named
only so. A blank node has no identity outside the one fact that leads to it, and a fact whose
predicate says no more than "title" / "name" / "label" (``has name``; not ``record label``, a
record of another thing) leads to a name, so the literal values of the blank
node's own name predicates (``main title``, ``variant title``; a ``subtitle`` is not the
name) are names of the owner: aliases, and the label of an owner that has none. Transcribed
MARC titles end with ISBD punctuation (``"Cien años de soledad /"``, ``"The trial :"``), which a
name never ends with: a lone ``/ : ; = ,`` after a space is cut off.

A predicate may also say which of the subject's names the record holds ("recommended name",
"alternative name": UniProt's ``up:recommendedName`` -> ``up:Structured_Name`` with
``up:fullName`` / ``up:shortName``) where the record's own class says it is a name or a title,
or where it has no class (Popolo's untyped ``other_names`` objects under
``opengov:otherName``): two sayings agree that it names, or nothing says otherwise, where
"record label" or "name of mother" say nothing of the record. A record reached by a predicate
that says "alternative" / "synonym" (:data:`kgchat.graph.name_properties.ALIAS_LIKE`) gives
aliases, never the label while another gives one; within records, the name predicate that most
records carry (``fullName``, on every one) is the name, the rarer ones (``shortName``,
``ecName``) other names of the same thing.

Examples
--------
>>> import numpy as np
>>> keys = ["w", "http://id.loc.gov/ontologies/bibframe/title", "_:t",
...         "http://id.loc.gov/ontologies/bibframe/mainTitle", '"The hobbit /"']
>>> s, p, o = np.array([0, 2]), np.array([1, 3]), np.array([2, 4])
>>> is_blank = np.array([False, False, True, False, False])
>>> is_lit = np.array([False, False, False, False, True])
>>> labels, aliases = {}, {}
>>> name_records(keys, s, p, o, is_blank, is_lit, "en", labels, aliases)
>>> labels
{0: 'The hobbit'}
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph import name_properties, vocab
from kgchat.graph.literals import read_literals
from kgchat.graph.names import coded_class_name, humanize_relation, local_name, property_step
from kgchat.graph.record_ids import coded_id, is_uuid_iri

__all__ = ["name_records"]

# a predicate whose words say it gives a name: "title", "main title", "name", "label"
_NAME_WORD = re.compile(r"\b(names?|labels?|titles?)\b", re.IGNORECASE)
_ISBD_END = re.compile(r"\s+[/:;=,]\s*$")


def _names(key: str) -> bool:
    return bool(_NAME_WORD.search(humanize_relation(local_name(key))))


def _names_its_subject(key: str) -> bool:
    """Whether a predicate says no more than that it names its subject ("title", "name",
    "has name"): a record reached by one that names something else ("record label", "name of
    mother") is that other thing's, not the subject's.

    >>> [_names_its_subject(k) for k in ("bf:title", "vcard:hasName", "s:recordLabel")]
    [True, True, False]
    >>> _names_its_subject("ex:nameOfMother")
    False

    A dotted name is a path whose last step is the property's own (FHIR's ``Type.element``):

    >>> _names_its_subject("http://hl7.org/fhir/Patient.name")
    True
    """
    words = _words(key)
    return len(words) == 1 and bool(_NAME_WORD.fullmatch(words[0]))


def _words(key: str) -> list[str]:
    words = humanize_relation(property_step(key)).lower().split()
    return words[1:] if words[:1] in (["has"], ["have"]) else words


def _says_which_name(key: str) -> bool:
    """Whether a predicate says which name of its subject it leads to: one word before "name"
    or "title" ("recommended name", "alternative name", "main title"); "record label" ends
    with a label of another thing, "name of mother" with whose name it is.

    >>> [_says_which_name(k) for k in ("up:recommendedName", "s:recordLabel", "ex:nameOfMother")]
    [True, False, False]
    """
    words = _words(key)
    return len(words) == 2 and words[1] in ("name", "names", "title", "titles")


def _name_classes(keys, s, p, o, type_pid) -> np.ndarray:
    """Per term: whether it is a node typed with a class whose local name ends with "name" or
    "title" (``up:Structured_Name``, ``bf:Title``)."""
    out = np.zeros(len(keys), bool)
    if type_pid is None:
        return out
    rows = np.flatnonzero(p == type_pid)
    classes = np.unique(o[rows]).tolist()
    naming = [c for c in classes if _words(keys[c])[-1:] in (["name"], ["title"])]
    out[s[rows[np.isin(o[rows], naming)]]] = True
    return out


def _kind_of_name(key: str) -> int:
    """How a class says its instances are names: 1 where its head noun is "name" or "title" or
    its commonest meaning is, in WordNet, a kind of name (CIDOC CRM's ``E41_Appellation``,
    ``E49_Time_Appellation``: an appellation is "the name by which something is called";
    a "designation"); 2 where it is an "identifier" (``E42_Identifier``, a code naming the
    thing as its other name); 0 otherwise.

    >>> CRM = "http://www.cidoc-crm.org/cidoc-crm/"
    >>> [_kind_of_name(CRM + c) for c in ("E41_Appellation", "E42_Identifier", "E53_Place")]
    [1, 2, 0]
    """
    words = humanize_relation(coded_class_name(key) or local_name(key)).lower().split()
    if not words:
        return 0
    head = words[-1]
    if head in ("name", "names", "title", "titles"):
        return 1
    if head in ("identifier", "identifiers"):
        return 2
    from kgchat.wordnet import wordnet  # asked only of the classes of blank records

    lexicon = wordnet()
    return int(lexicon is not None and lexicon.is_a(head, "name") > 0)


def _name_records_by_class(keys, s, p, o, type_pid, is_blank) -> np.ndarray:
    """Per term: 1 for a blank node typed with a class that says it is a name
    (:func:`_kind_of_name`), 2 for one that says it is an identifier, 0 otherwise."""
    out = np.zeros(len(keys), np.int8)
    if type_pid is None:
        return out
    rows = np.flatnonzero((p == type_pid) & is_blank[s])
    for c in np.unique(o[rows]).tolist():
        kind = _kind_of_name(keys[c])
        if kind:
            out[s[rows[o[rows] == c]]] = np.maximum(out[s[rows[o[rows] == c]]], kind)
    return out


def _hang_from_named(keys, s, p, o, type_pid, minted, labels, aliases, owner) -> None:
    """Move each minted record's owner (``owner`` in place) up to the first named node: an
    unnamed owner with a minted identifier that exactly one fact leads to (``rdf:type`` aside)
    belongs to that fact's subject, two steps at most."""
    facts = np.ones(len(p), bool) if type_pid is None else p != type_pid
    into = np.bincount(o[facts], minlength=len(keys))
    parent = dict(zip(o[facts].tolist(), s[facts].tolist(), strict=True))
    for record, who in owner.items():
        if not minted[record]:
            continue
        for _ in range(2):
            if who in labels or aliases.get(who) or into[who] != 1 or not coded_id(keys[who]):
                break
            who = parent[who]
        owner[record] = who


def _plain_text(key: str) -> bool:
    """Whether a literal is text (no datatype, a language tag or ``xsd:string``), no number or
    date."""
    return "^^" not in key or key.endswith("XMLSchema#string>")


def name_records(keys, s, p, o, is_blank, is_lit, pref, labels, aliases, parted=()) -> None:
    """Give each owner of a blank title/name record the record's names (``labels`` and
    ``aliases`` extended in place): the record is a blank node that exactly one fact leads to,
    by a predicate that says it names ("title", "name"), and its names are its literal values
    of predicates that say so too, in the preferred language first. A record named by its
    parts (a FHIR ``HumanName``'s given and family names,
    :func:`~kgchat.graph.name_parts.name_from_parts`) gives that name, before any other, and
    keeps none: it is its owner's name, not a thing (several records: in the order stated).

    A node named by its parts (``parted``) whose IRI an exporter minted, as a blank node's
    label is (its identifier holds a digit: VIVO's ``individual/n2591``, a ``vcard:Name``),
    is such a record too where one fact leads to it by a predicate that says it names. Its
    owner may be a record of the same kind, unnamed, that one fact leads to in turn (VIVO's
    ``person obo:ARG_2000028 vcard . vcard vcard:hasName name``): the name is of the thing
    the records hang from, the first named node up the chain (two steps at most)."""
    minted = np.zeros(len(keys), bool)
    minted[[i for i in parted if not is_blank[i] and coded_id(keys[i])]] = True
    if not is_blank.any() and not minted.any():
        return
    preds = np.unique(p)
    naming = np.zeros(len(keys), bool)
    naming[[q for q in preds.tolist() if _names(keys[q])]] = True
    type_pid = next((q for q in preds.tolist() if keys[q] == vocab.RDF_TYPE), None)
    # a blank node whose class says it is a name (CIDOC CRM's appellations): a record by its
    # class, reached by any one fact (``P1_is_identified_by``), its text however the property
    # holding it is called (``P190_has_symbolic_content``)
    by_class = _name_records_by_class(keys, s, p, o, type_pid, is_blank)
    if not naming.any() and not by_class.any():
        return
    records = is_blank | minted
    into = np.bincount(o[records[o]], minlength=len(keys))  # facts leading to each record
    itself = np.zeros(len(keys), bool)
    which = np.zeros(len(keys), bool)
    for q in np.flatnonzero(naming).tolist():
        itself[q] = _names_its_subject(keys[q])
        which[q] = not itself[q] and _says_which_name(keys[q])
    if which.any():
        itself[which] = True
        record = _name_classes(keys, s, p, o, type_pid)
        # a record of no class at all says nothing against the predicate's word: Popolo's
        # ``other_names`` objects (``og:otherName [ foaf:name "Marie-Claude LeBlanc" ;
        # s:validUntil ... ]``) are untyped; a typed record (a mother, a company) is a thing
        typed = np.zeros(len(keys), bool)
        if type_pid is not None:
            typed[s[p == type_pid]] = True
        record |= is_blank & ~typed
    else:
        record = np.zeros(len(keys), bool)
    said = itself[p] & (~which[p] | record[o])
    lead = np.flatnonzero(
        ((said | (by_class[o] > 0)) & is_blank[o] | said & minted[o]) & ~is_lit[s]
    )
    lead = lead[into[o[lead]] == 1]
    if not len(lead):
        return
    owner = dict(zip(o[lead].tolist(), s[lead].tolist(), strict=True))
    if minted.any():
        _hang_from_named(keys, s, p, o, type_pid, minted, labels, aliases, owner)
    # a record an "alternative name" leads to holds other names: after every other record's
    alias_lead = np.array(
        [
            bool(name_properties.ALIAS_LIKE.search(humanize_relation(local_name(keys[q]))))
            for q in p[lead].tolist()
        ],
        bool,
    )
    alias_lead |= by_class[o[lead]] == 2  # an identifier: another name, never the first
    secondary = dict(zip(o[lead].tolist(), alias_lead.tolist(), strict=True))
    found: dict[int, list[tuple[int, int, int, int, str]]] = {}
    composed = np.zeros(len(keys), bool)
    for n, record in enumerate(o[lead].tolist()):
        if record in labels:
            composed[record] = True
            key = (secondary[record], -1, 0, n, labels.pop(record))
            if minted[record]:  # its parts' names are its owner's too, and it keeps none
                found.setdefault(owner[record], []).extend(
                    (True, -1, 1, n, t) for t in aliases.pop(record, [])
                )
            found.setdefault(owner[record], []).append(key)
    rows = np.flatnonzero(np.isin(s, o[lead]) & is_lit[o] & ~composed[s])
    is_text = np.array([_plain_text(keys[i]) for i in o[rows].tolist()], bool)
    said_names = naming[p[rows]]
    # a record whose properties say which of its texts are names (BIBFRAME's ``mainTitle``,
    # not its ``subtitle``) is read by them; one whose class alone says it names, by its text
    told = np.zeros(len(keys), bool)
    told[s[rows[said_names]]] = True
    rows = rows[said_names | ((by_class[s[rows]] > 0) & is_text & ~told[s[rows]])]
    # the name predicate most records carry is the name; a rarer one another name
    carried = np.bincount(p[rows], minlength=len(keys))
    texts, ranks = read_literals([keys[i] for i in o[rows].tolist()], pref)
    # owners a record of another kind names (an appellation, a title): an identifier record
    # of theirs is no name of theirs either
    record_named = set(found) | {owner[r] for r in s[rows].tolist() if by_class[r] != 2}
    for n, (record_id, pid, text, rank) in enumerate(
        zip(s[rows].tolist(), p[rows].tolist(), texts, ranks.tolist(), strict=True)
    ):
        text = _ISBD_END.sub("", text).strip()
        # an identifier record names its owner where it states the code the owner's IRI ends
        # with (``<letter/RL-0042>``'s "RL-0042", as :mod:`kgchat.graph.own_codes` reads one
        # stated directly), or where the owner has no name at all: the code is what it is
        # known by ("CVE-2026-31412", an SPDX vulnerability's only name: without it the
        # vulnerability was "(anonymous SPDXRef-Vulnerability-1)", found by no question); an
        # owner with other names (a title in another language only) is known by those.
        # Another (a procedure's, a register's number beside its name) is a fact about it,
        # as is the code of a node its publisher keyed by a UUID, a record of the things it
        # joins (:func:`~kgchat.graph.junctions.anonymous_junctions`: an eProcurement tender)
        who = keys[owner[record_id]]
        if (
            by_class[record_id] == 2
            and text != local_name(who)
            and (
                owner[record_id] in labels
                or owner[record_id] in aliases
                or owner[record_id] in record_named
                or is_uuid_iri(who)
            )
        ):
            continue
        if text:
            key = (secondary[record_id], rank, -int(carried[pid]), n, text)
            found.setdefault(owner[record_id], []).append(key)
    for who, names in found.items():
        names.sort()
        if who not in labels:
            labels[who] = names[0][-1]
        own = list(aliases.get(who, []))
        own += [t for *_, t in names if t != labels[who] and t not in own]
        if own:
            aliases[who] = own
