"""Wikidata's RDF (the Wikibase data model): its predicates' names and its statement nodes.

A direct-claim predicate (``wdt:P19``) has no label of its own: it takes those of the property
entity the data model ties it to (:func:`named_through`). And a statement node is read as the
fact it states (:func:`statement_edges`).

Wikidata's full RDF writes a claim twice: as a direct ("truthy") triple, ``wd:Q937 wdt:P69
wd:Q11942``, and as a *statement node* that carries its qualifiers and references, ``wd:Q937
p:P69 wds:s1 . wds:s1 ps:P69 wd:Q11942 ; pq:P580 "1896"``. An extract made of statements alone
(a SPARQL ``CONSTRUCT`` over ``p:``/``ps:``, a dump without truthy triples) answered "Where was
Einstein educated?" with the statement's own IRI ("s1"). Each statement's claim becomes the
direct fact ``X -P-> V`` (``P`` the property's ``wikibase:directClaim`` where the graph uses it,
else the ``p:`` predicate, named by the property entity as every Wikibase predicate is:
:func:`named_through`); the statement node stays, with its qualifiers
("When did Einstein start at ETH Zurich?" walks through it), unnamed (:data:`STATEMENT`), so it
is walked through but never given as an answer.

Which predicates are claims and statement values comes from the property entities'
``wikibase:claim`` / ``wikibase:statementProperty`` / ``wikibase:directClaim`` links where the
graph has them, else from Wikidata's namespaces (``http://www.wikidata.org/prop/P69``,
``.../prop/statement/P69``, ``.../prop/direct/P69``).

A statement's ``wikibase:rank`` says which of its values are true today, as Wikidata's own
direct ("truthy") claims do: a ``DeprecatedRank`` statement (a wrong birthplace, a withdrawn
population figure) states nothing, and its triples are dropped (:func:`deprecated`); of a
subject's statements of one property, only the best-ranked (``PreferredRank`` where one is,
else ``NormalRank``) become direct facts, so a city's former mayors (normal rank beside the
current, preferred one) stay statements, walked through with their start and end times, and
"Who is the mayor of Paris?" has one answer. A dump slice also carries the model's plumbing
(:func:`model_roles`): value nodes (``psv:P569 wdv:<hash>``, restating ``ps:P569``'s value
with its precision or unit), site links (``<https://en.wikipedia.org/wiki/Paris>
schema:about wd:Q90``: another name of the item, folded into it as a redirect is) and revision
data (``schema:version``, ``schema:dateModified`` of an item's page); and references
(``prov:wasDerivedFrom wdref:<hash>``), which stay, unnamed, as statements do.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

import numpy as np

from kgchat.graph import vocab

__all__ = [
    "STATEMENT",
    "deprecated",
    "model_roles",
    "name_statements",
    "named_through",
    "statement_edges",
    "statement_ranks",
]

#: the name of a statement node with no label of its own: "(anonymous statement s1)"
STATEMENT = "statement "
_PROP = "http://www.wikidata.org/prop/"
_NS_ROLES = {"statement/": "statementProperty", "direct/": "directClaim", "": "claim"}
# the value-node links (``psv:``/``pqv:``/``prv:``): by the property entities' links, else
# by their namespaces under _PROP
_VALUE_LINKS = tuple(
    f"{kind}Value{norm}"
    for kind in ("statement", "qualifier", "reference")
    for norm in ("", "Normalized")
)
_VALUE_NS = tuple(
    f"{_PROP}{kind}/value{norm}/"
    for kind in ("statement", "qualifier", "reference")
    for norm in ("", "-normalized")
)
_SCHEMA_ORG = ("http://schema.org/", "https://schema.org/")
_SITELINK = "about"  # <article> schema:about <item>
_REVISION = ("version", "dateModified")  # of an item's page, not of the thing
# A Wikibase entity id ends an item's IRI (Q42, P31, L7, M5, E1; a lexeme's form or sense)
_ENTITY = re.compile(r"/[QPLME][0-9]+(?:-[FS][0-9]+)?$")
_MOST = 0.9  # of a schema.org predicate's subjects that must be the model's own pages
_REFERENCE = "http://www.w3.org/ns/prov#wasDerivedFrom"
# wikibase:rank's values, by local name: a statement's standing (0: normal)
_RANKS = {"PreferredRank": 1, "NormalRank": 0, "DeprecatedRank": -1}


def _in_model(names: dict[str, int]) -> bool:
    """Whether the graph is written in the Wikibase model: a property link, or a predicate in
    Wikidata's property namespaces."""
    return any(k in names for k in vocab.PROPERTY_LINKS) or any(k.startswith(_PROP) for k in names)


def model_roles(keys, s, p, o, names, role, bookkeeping: bool = False) -> None:
    """Set, in ``role`` (by predicate id, in place), the roles of the Wikibase model's plumbing
    where the graph is written in it (``names``: the ids of the predicates used, by key):
    value-node links are no facts (:class:`~kgchat.graph.vocab.Role` ``SCHEMA``: the simple
    ``ps:``/``pq:`` value beside them says the same), a site link's ``schema:about`` makes
    the article another name of its item (``REDIRECT``), and an item page's revision data
    is ``BOOKKEEPING`` (a fact with ``bookkeeping``)."""
    if not _in_model(names):
        return
    value_links = {
        names[ns + link] for ns in vocab.WIKIBASE for link in _VALUE_LINKS if ns + link in names
    }
    for pid in value_links:
        for predicate in o[p == pid].tolist():
            role[predicate] = vocab.Role.SCHEMA
    for key, pid in names.items():
        if key.startswith(_VALUE_NS):
            role[pid] = vocab.Role.SCHEMA
        elif key.startswith(_SCHEMA_ORG):
            # schema.org is everyone's: only where its subjects are the dump's own pages
            # (articles of a Wikimedia site, entity pages) is it the model's plumbing; a
            # review's schema:about a book stays a fact beside the dump's site links
            local = key.rsplit("/", 1)[-1]
            if local == _SITELINK and _mostly(keys, s[p == pid], _wiki_page):
                role[pid] = vocab.Role.REDIRECT
            elif (
                local in _REVISION
                and not bookkeeping
                and _mostly(keys, s[p == pid], lambda k: bool(_ENTITY.search(k)))
            ):
                role[pid] = vocab.Role.BOOKKEEPING


def _wiki_page(key: str) -> bool:
    """Whether an IRI is a page of a Wikimedia site (``https://en.wikipedia.org/wiki/X``)."""
    host = urlsplit(key).hostname or ""
    return host.endswith(".org") and "wik" in host


def _mostly(keys: list[str], subjects: np.ndarray, test: Callable[[str], bool]) -> bool:
    """Whether at least ``_MOST`` of the distinct ``subjects`` pass ``test``."""
    distinct = np.unique(subjects).tolist()
    return bool(distinct) and sum(test(keys[x]) for x in distinct) >= _MOST * len(distinct)


def statement_ranks(keys, s, p, o, names: dict[str, int]) -> np.ndarray | None:
    """Per term id, the rank of the statement it is (1 preferred, 0 normal or none, -1
    deprecated); None where the graph states no rank."""
    found = None
    for ns in vocab.WIKIBASE:
        pid = names.get(ns + "rank")
        if pid is None:
            continue
        rows = np.flatnonzero(p == pid)
        if found is None:
            found = np.zeros(len(keys), np.int8)
        # one look-up per rank term (three in all), not per statement (millions in a dump)
        ranks, at = np.unique(o[rows], return_inverse=True)
        value = np.array([_RANKS.get(keys[r].rsplit("#", 1)[-1], 0) for r in ranks.tolist()])
        found[s[rows]] = value.astype(np.int8)[at.ravel()] if len(rows) else 0
    return found


def deprecated(ranks: np.ndarray | None) -> np.ndarray | None:
    """Per term id, whether it is a statement of ``DeprecatedRank`` (its value is not true:
    every triple from or to it is dropped), from :func:`statement_ranks`; None where the graph
    has none."""
    if ranks is None or not (ranks < 0).any():
        return None
    return ranks < 0


def _links(keys: list[str], s: np.ndarray, p: np.ndarray, o: np.ndarray, names: dict[str, int]):
    """Per property (an entity id, or a Wikidata property id "P69"), its predicates by role
    (``claim``, ``statementProperty``, ``directClaim``): the graph's own links, else the
    namespaces of the predicates it uses."""
    found: dict[object, dict[str, int]] = defaultdict(dict)
    for role in ("claim", "statementProperty", "directClaim"):
        for ns in vocab.WIKIBASE:
            pid = names.get(ns + role)
            if pid is None:
                continue
            mask = p == pid
            for entity, predicate in zip(s[mask].tolist(), o[mask].tolist(), strict=True):
                found[entity][role] = predicate
    if not found:
        for key, pid in names.items():
            if not key.startswith(_PROP):
                continue
            rest = key[len(_PROP) :]
            for prefix, role in _NS_ROLES.items():
                local = rest[len(prefix) :]
                if rest.startswith(prefix) and "/" not in local and local[:1] == "P":
                    found[local][role] = pid
                    break
    return found


def statement_edges(keys, s, p, o, src, names, labels, ranks=None):
    """The direct facts of the graph's statement nodes, as edge columns ``(s, p, o, src,
    kind)``; the statement nodes without a label are named ``(anonymous statement <id>)`` in
    ``labels`` (in place). ``names``: the ids of the predicates used, by key; ``ranks``: the
    statements' ranks (:func:`statement_ranks`; None: the graph states none)."""
    empty = np.zeros(0, np.int64)
    links = _links(keys, s, p, o, names)
    columns: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    statements: list[np.ndarray] = []
    for roles in links.values():
        claim, value = roles.get("claim"), roles.get("statementProperty")
        if claim is None or value is None:
            continue
        direct = roles.get("directClaim", claim)
        c = np.flatnonzero(p == claim)
        v = np.flatnonzero(p == value)
        if not len(c) or not len(v):
            continue
        statements.append(o[c])
        if ranks is not None:
            c = c[_best(s[c], ranks[o[c]])]
        # claims (X, S) joined with values (S, V) on the statement S
        order = np.argsort(s[v], kind="stable")
        vs, vo, vsrc = s[v][order], o[v][order], src[v][order]
        lo = np.searchsorted(vs, o[c], "left")
        hi = np.searchsorted(vs, o[c], "right")
        counts = hi - lo
        rows = np.repeat(np.arange(len(c)), counts)
        spans = [np.arange(a, b) for a, b in zip(lo.tolist(), hi.tolist(), strict=True)]
        at = np.concatenate(spans) if len(rows) else empty
        columns.append((s[c][rows], np.full(len(rows), direct, np.int64), vo[at], vsrc[at]))
    reference = names.get(_REFERENCE)
    if reference is not None and links:  # a reference is walked through, never an answer
        name_statements(keys, np.unique(o[p == reference]).tolist(), labels, "reference ")
    if not columns:
        return empty, empty, empty, empty, np.zeros(0, np.int8)
    ds, dp, do, dsrc = (np.concatenate(col) for col in zip(*columns, strict=True))
    name_statements(keys, np.unique(np.concatenate(statements)).tolist(), labels)
    return ds, dp, do, dsrc.astype(src.dtype), np.zeros(len(ds), np.int8)


def _best(subjects: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """Which of one property's claims (by their ``subjects`` and their statements' ``ranks``)
    are best-ranked: not deprecated, and preferred where the subject has a preferred one."""
    ok = ranks >= 0
    if not len(subjects):
        return ok
    uniq, inv = np.unique(subjects, return_inverse=True)
    top = np.full(len(uniq), -1, np.int8)
    np.maximum.at(top, inv[ok], ranks[ok])
    return ok & (ranks == top[inv])


def name_statements(
    keys: list[str], nodes: Iterable[int], labels: dict[int, str], what: str = STATEMENT
) -> None:
    """Name each of the statement ``nodes`` that has no label of its own ``(anonymous
    statement <id>)`` (``what``: "statement ", "reference ") in ``labels`` (in place):
    walked through, never an answer."""
    for node in nodes:
        if node not in labels:
            labels[node] = f"(anonymous {what}{keys[node].rsplit('/', 1)[-1]})"


def named_through(s, p, o, labels, aliases, names) -> None:
    """Predicates named by the entity a Wikibase property link ties them to: ``wdt:P19``
    (no label of its own) takes ``wd:P19``'s label, "place of birth", and its aliases
    ("birthplace", "born in"), which say the relation in other words (``names``: the ids of
    the predicates used, by key). A predicate's own label, where it has one, stays first.

    A SHACL shape names what it describes the same way (:data:`~kgchat.graph.vocab.SHAPE_LINKS`):
    ``ex:zterm`` takes its property shape's ``sh:name`` "payment terms", a class with no label
    its node shape's."""
    for link in (*vocab.PROPERTY_LINKS, *vocab.SHAPE_LINKS):
        pid = names.get(link)
        if pid is None:
            continue
        mask = p == pid
        for entity, predicate in zip(s[mask].tolist(), o[mask].tolist(), strict=True):
            label = labels.get(entity)
            if label is None:
                continue
            own = list(aliases.get(predicate, []))
            if predicate not in labels:
                labels[predicate] = label
            elif labels[predicate] != label and label not in own:
                own.append(label)
            own.extend(a for a in aliases.get(entity, []) if a not in own)
            if own:
                aliases[predicate] = own
