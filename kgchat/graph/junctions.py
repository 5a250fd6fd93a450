"""Unnamed nodes that only join one thing to others: events and Freebase's CVTs, walked through.

Event-centred data names the things and not the events between them: a museum's CIDOC-CRM
says ``object P108i_was_produced_by <production/12>`` and ``<production/12> P14_carried_out_by
person``, with no label on the production; a Freebase dump joins a film to an actor and a
character through a performance node (``m.0z8k2b``) that no name file names. Named by its
identifier, such a node reads as an answer ("Who painted X?" -> "prod-12"), although no one
would give it. A blank node or a Wikidata statement in that place is already shown as
``(anonymous ...)`` (:data:`kgchat.graph.compile.ANONYMOUS`): walked through, never an answer.
This module gives an IRI node the same name where its shape says it is such a junction:

- the graph names its entities (most of those that are not blank nodes have a label or alias
  of their own), and this one has none;
- exactly one fact leads to it (besides ``rdf:type``), from a named node: it belongs to one
  thing, as a birth to a person or a performance to a film; or none does, and it leads to two
  named nodes or more: an n-ary relation stated as a node (the W3C Organization Ontology's
  ``org:Membership`` joining a person, a unit and a role);
- two or more facts lead from it, all to other nodes, not to values: it joins its owner to them;
- its identifier is a code (it holds a digit: ``prod-12``, ``m.0z8k2b``, a UUID), not words: an
  unlabelled ``dbr:Some_Band`` of a DBpedia extract is read by its name, and stays an answer;
  or every class it has is one of two instances or more, none of them named (``mem-brandt``,
  an ``org:Membership`` like all the graph's others): a kind of node the graph never names.

A node of such a kind (every class of it unnamed) whose identifier is a code is a junction
too where facts lead to it (or it states one by a relation declared the inverse of another: a
BIO event's ``bio:principal``, the inverse of a person's ``bio:event``) and it leads on to
another node, whatever their number and with values of its own: UniProt's annotations
(``annotation/AR_9F3C...``, one protein -> it -> a disease) and interactions (two proteins
-> it -> its participants, with its count of experiments), records that qualify their
owners' relation, as a statement node does. So is a
node of such a kind that no fact leads to and that leads to two named nodes or more, with
values of its own or not, where its identifier is made of the names and values of what it
joins: an n-ary relation stated as a row keyed by its columns (an OpenFlights route,
``route/BA/LHR-JFK``, joining an airline, two airports and aircraft, with its stops and
codeshare flag); a record with a key of its own (``SHP-7781600``) is asked about by it.

In a graph whose entities are named by their identifiers (a bare triple file) nothing is
renamed: an identifier is then the name. A UUID is never one: an IRI whose local name is a
UUID (``<.../Condition/1afdd705-df33-4e44-9c45-2046a793b57c>``, ``urn:uuid:...``, as FHIR
servers and many exporters mint them) is a key made to be unique and to mean nothing, as a
blank node is; where nothing names it, it is unnamed in any graph, whatever its shape. Any
other node with values of its own (a country with its codes and areas) is a thing, not a
junction.

What an identifier says (a UUID, a digest, a serial, a key made of what the node joins) is
:mod:`kgchat.graph.record_ids`'s, whose functions are re-exported here (their old home).

Examples
--------
>>> keys = ["film", "perf7", "actor", "role", "starring", "actor of", "character", "label"]
>>> es, ep, eo = np.array([0, 1, 1]), np.array([4, 5, 6]), np.array([1, 2, 3])
>>> labels = {0: "Film", 2: "Ann", 3: "Queen"}
>>> anonymous_junctions(keys, es, ep, eo, np.zeros(8, bool), labels, {}, None, np.zeros(8, bool))
[1]
>>> labels[1]
'(anonymous perf7)'
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np

from kgchat.graph.names import local_name

# what a node's identifier says, kept in its own module and re-exported here (its old home)
from kgchat.graph.record_ids import (
    RECORD_DIGEST_DIGITS,
    _digests,
    _joined_words,
    _keyed_by_subject,
    _made_of,
    _name,
    _serial,
    _shared_names,
    _words,  # noqa: F401 (junctions._words)
    coded_id,
    is_uuid_iri,
)
from kgchat.graph.value_records import value_records

__all__ = [
    "NAMED_SHARE",
    "RECORD_DIGEST_DIGITS",
    "anonymous_junctions",
    "anonymous_label",
]

#: how an unnamed node is shown (:data:`kgchat.graph.compile.ANONYMOUS`, which imports this)
ANONYMOUS = "(anonymous "


def anonymous_label(name: str) -> str:
    """How an unnamed node shown by ``name`` is labelled: ``anonymous_label("s0_b3")`` is
    ``'(anonymous s0_b3)'``."""
    return f"{ANONYMOUS}{name})"


#: the share of a graph's entities with a name of their own above which an unnamed one is
#: unnamed by design (a structural node) rather than named by its identifier
NAMED_SHARE = 0.5


def anonymous_junctions(
    keys: list[str],
    es: np.ndarray,
    ep: np.ndarray,
    eo: np.ndarray,
    is_lit: np.ndarray,
    labels: dict[int, str],
    aliases: dict[int, list[str]],
    type_pid: int | None,
    is_blank: np.ndarray,
    inverses: Collection[int] = (),
) -> list[int]:
    """Name the junctions ``(anonymous <local name>)`` in ``labels`` (in place); return them.

    ``es``, ``ep``, ``eo``: the facts (term ids); ``is_lit`` / ``is_blank``: per term, whether
    it is a literal / a blank node; ``type_pid``: the term id of ``rdf:type`` where the graph
    uses it; ``inverses``: the relations the graph declares an ``owl:inverseOf``, either side
    (:func:`~kgchat.graph.property_schema.declared_inverses`: ``es`` holds no declaration).
    Blank nodes are left to
    :func:`kgchat.graph.compile.entity_name`, which names them so already.
    """
    n = len(is_lit)  # (``keys`` may end with a term no fact holds: rdf:type added for Wikidata)
    named = np.zeros(n, bool)
    if labels:
        named[np.fromiter(labels, np.int64, len(labels))] = True
    with_alias = [k for k, v in aliases.items() if v]
    named[with_alias] = True
    nodes = np.zeros(n, bool)
    nodes[es] = True
    nodes[eo] = True
    nodes &= ~is_lit
    # the share is of the nodes a publisher could have named: a blank node never has a name
    # of its own (BIBFRAME states titles, contributions and publications on blank nodes, more
    # of them than named things)
    keyed = np.zeros(n, bool)  # unnamed, and named by a UUID: a blank node's like
    by_uuid = [
        i for i in np.flatnonzero(nodes & ~named & ~is_blank).tolist() if is_uuid_iri(keys[i])
    ]
    for i in by_uuid:
        labels[i] = anonymous_label(local_name(keys[i]))
        keyed[i] = True
    blank = int((nodes & ~named & (is_blank | keyed)).sum())
    could = int(nodes.sum()) - blank
    if not could:
        return by_uuid
    facts = np.ones(len(ep), bool) if type_pid is None else ep != type_pid
    s, o = es[facts], eo[facts]
    inward = np.bincount(o, minlength=n)
    outward = np.bincount(s, minlength=n)
    to_value = np.bincount(s[is_lit[o]], minlength=n)
    unnamed_kinds = _unnamed_kinds(es, ep, eo, named, type_pid)
    candidates = np.zeros(n, bool)
    kinds_named = False  # whether the graph names most things of the kinds it names at all
    if unnamed_kinds is not None:
        # a record of a kind the graph never names, which leads on to other nodes: UniProt's
        # annotations (``annotation/AR_9F3C...`` -> a disease) and interactions (two
        # proteins -> it -> its participants, with a count of experiments of its own), named
        # by a digest: however many facts lead to it or from it, and with values that qualify
        # it, it stands for its owners' relation, as a statement node does. The graph must name
        # most of its typed things (identifiers of other datasets it only links to, PDB
        # entries, Ensembl transcripts, may outnumber them). The share is of the typed things
        # of the kinds it names, as for the n-ary records below: the records themselves may
        # outnumber them (a vulnerability database's CVSS metric and configuration nodes,
        # two or more per named vulnerability)
        typed = np.zeros(n, bool)
        typed[es[ep == type_pid]] = True
        typed &= nodes & ~is_blank
        named_kind = typed & ~unnamed_kinds
        named_kind[eo[ep == type_pid]] = False  # a class is no instance the data names
        # a fact it states by a declared inverse leads to it as well: a BIO event says its
        # person by ``bio:principal``, declared ``owl:inverseOf`` the person's ``bio:event``
        led = inward + inverse_held(es, ep, eo, is_lit, inverses)
        record = nodes & ~named & ~keyed & unnamed_kinds & (outward - to_value >= 1) & (led >= 1)
        kinds_named = bool(named_kind.any()) and (
            named[named_kind].sum() / named_kind.sum() > NAMED_SHARE
        )
        if kinds_named:
            candidates[[i for i in np.flatnonzero(record).tolist() if coded_id(keys[i])]] = True
        # an n-ary relation of such a kind: no fact leads to it, and it joins two named nodes
        # or more, qualified by values of its own or not (an OpenFlights route joins an
        # airline, two airports and aircraft, with its stops and codeshare flag), named by
        # the words of what it joins (``route/BA/LHR-JFK``: the airports' codes), as a
        # table's row is keyed when it has no key of its own: its parts are the answers,
        # however many such rows outnumber the named things (no share asked); so is one keyed by
        # a serial number alone (``ownership/0001``), no key anyone says. A record with
        # a key of its own (a shipment ``SHP-7781600``, asked about by that number) or an
        # unlabelled thing named by words of its own (``dbr:Some_Film``) stays one
        to_named = np.bincount(s[named[o]], minlength=n)
        nary = np.flatnonzero(
            nodes & ~named & ~keyed & unnamed_kinds & (inward == 0) & (to_named >= 2)
        ).tolist()
        words = _joined_words(keys, s, o, is_lit, labels, nary)
        candidates[[i for i in nary if _made_of(keys[i], words[i]) or _serial(keys[i])]] = True
        # an n-ary record of a kind the graph never names that leads to two named nodes or
        # more: a statistical observation (a data cube's ``qb:Observation`` joins an area, a
        # period, a sex, an age class and its figure), a sensor reading, a measurement. Such
        # records may outnumber the named things many times over, so the share above is taken
        # over the typed nodes of the other kinds: where those are mostly named, the graph
        # names what it means to name, and the records are its relations, not its entities.
        # Only records whose identifier is no name, one that other records share (a cube's
        # ``.../2019/ES61/T/Y15-74``, ``.../2020/ES11/F/TOTAL``): a unique one is how people
        # call a record that nothing else names ("PO-2024-000229", a purchase order's); or
        # whose identifier is a digest (``obs/0051298fef50``, a SOSA observation's, as
        # exporters mint them from a hash): a key made to mean nothing, as a UUID is
        if named_kind.any() and named[named_kind].sum() / named_kind.sum() > NAMED_SHARE:
            records = nodes & ~named & ~keyed & ~is_blank & unnamed_kinds & (to_named >= 2)
            ids = np.flatnonzero(records).tolist()
            candidates[_shared_names(keys, ids)] = True
            candidates[_digests(keys, ids)] = True
    candidates[_records_about(keys, es, ep, eo, nodes & ~keyed, inward, labels, type_pid)] = True
    names_things = named[nodes].sum() / could > NAMED_SHARE or kinds_named
    if names_things:
        to_named = np.bincount(s[named[o]], minlength=n)
        owner = np.full(n, -1, np.int64)
        owner[o] = s  # the one node leading to it, where there is one
        junction = nodes & ~named & ~keyed & (inward <= 1) & (outward >= 2) & (to_value == 0)
        # a node no fact leads to joins the named things it leads to (a membership: its
        # member, organisation and role), an n-ary relation stated as a node
        junction &= np.where(inward == 1, named[np.maximum(owner, 0)], to_named >= 2)
        candidates |= junction
    found = by_uuid
    if names_things:
        unnamed = nodes & ~named & ~keyed & ~is_blank
        kind_coded = unnamed & False if unnamed_kinds is None else unnamed & unnamed_kinds
        worded = [i for i in np.flatnonzero(kind_coded).tolist() if not coded_id(keys[i])]
        kind_coded[worded] = False
        found += value_records(keys, labels, unnamed, inward, outward, to_value, s, o, kind_coded)
    for i in np.flatnonzero(candidates).tolist():
        key = keys[i]
        if key.startswith("_:"):
            continue
        name = _name(key)
        if any(c.isdigit() for c in name) or (unnamed_kinds is not None and unnamed_kinds[i]):
            labels[i] = anonymous_label(name)
            found.append(i)
    # a record about a junction, keyed by its identifier (GLEIF's relationship record
    # ``R-...-D-REC`` of the relationship ``R-...-D``): a hop on the way, as its junction is
    if found:
        for i in _records_about(keys, es, ep, eo, nodes & ~keyed, inward, labels, type_pid):
            if i not in found and not keys[i].startswith("_:"):
                labels[i] = anonymous_label(_name(keys[i]))
                found.append(i)
    return found


def inverse_held(
    es: np.ndarray, ep: np.ndarray, eo: np.ndarray, is_lit: np.ndarray, inverses: Collection[int]
) -> np.ndarray:
    """Per term, how many of its facts lead to another node by a relation the graph declares
    an ``owl:inverseOf`` (``inverses``: either side of the declaration, as compile reads them:
    :func:`~kgchat.graph.property_schema.declared_inverses`): read backwards, each is a fact
    that leads to it. A BIO event stated from its own side (``<event/E4> bio:principal
    <person>``, ``bio:principal owl:inverseOf bio:event``) belongs to its person as one the
    person states (``<person> bio:event <event/E5>``) does.

    >>> es, ep, eo = np.array([0, 0]), np.array([1, 4]), np.array([2, 4])
    >>> inverse_held(es, ep, eo, np.array([0, 0, 0, 0, 1], bool), {1, 3}).tolist()
    [1, 0, 0, 0, 0]
    """
    if not inverses:
        return np.zeros(len(is_lit), np.int64)
    held = np.isin(ep, np.fromiter(inverses, np.int64, len(inverses))) & ~is_lit[eo]
    return np.bincount(es[held], minlength=len(is_lit))


def _records_about(
    keys: list[str],
    es: np.ndarray,
    ep: np.ndarray,
    eo: np.ndarray,
    nodes: np.ndarray,
    inward: np.ndarray,
    labels: dict[int, str],
    type_pid: int | None,
) -> list[int]:
    """The records about one named thing that no fact leads to, keyed by that thing's own
    identifier, of a kind the graph never names: Europeana's ``ore:Aggregation``
    (``aggregation/provider/2048128/_SK_A_2344`` for ``item/2048128/_SK_A_2344``) and
    ``ore:Proxy``, OAI-ORE aggregations at large. The thing's holder, licence and pages are
    stated on the record; the record is a hop on the way to them, no answer, and one named node
    it leads to is enough (its holder may be sent as a plain name). Such a record is named by
    its IRI until now (:func:`kgchat.graph.pages.keyed_records`), which is no name of its own:
    a node whose only name is its IRI counts as unnamed here. A record that a fact leads to (a
    DCAT catalogue's ``dcat:CatalogRecord``, listed by its catalogue) stays as it was."""
    if type_pid is None:
        return []
    own = np.zeros(len(nodes), bool)
    own[[i for i, text in labels.items() if i < len(own) and text != keys[i]]] = True
    kinds = _unnamed_kinds(es, ep, eo, own, type_pid)
    if kinds is None:
        return []
    facts = ep != type_pid
    about = np.flatnonzero(nodes & ~own & kinds & (inward == 0)).tolist()
    return _keyed_by_subject(keys, es[facts], eo[facts], own, about)


def _unnamed_kinds(
    es: np.ndarray, ep: np.ndarray, eo: np.ndarray, named: np.ndarray, type_pid: int | None
) -> np.ndarray | None:
    """Per term, whether it has a class with two instances or more and none with a name: a
    kind of node the graph never names (``org:Membership``, ``crm:E12_Production``), whose
    identifiers are keys even without a digit. One such class says it, beside classes that
    name others too: OpenCitations types every work ``fabio:Expression``, the titled articles
    and the unnamed issues and volumes alike, and an issue ``fabio:JournalIssue`` besides,
    a kind no issue is named by. None where the graph has no ``rdf:type``."""
    if type_pid is None:
        return None
    typed = ep == type_pid
    ts, to = es[typed], eo[typed]
    if not len(ts):
        return None
    n = len(named)
    instances = np.bincount(to, minlength=n)
    named_instances = np.bincount(to[named[ts]], minlength=n)
    structural = (instances >= 2) & (named_instances == 0)
    some = np.zeros(n, bool)  # (set at typed subjects only: each has a class)
    some[ts[structural[to]]] = True
    return some
