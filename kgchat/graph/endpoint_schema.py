"""What :class:`kgchat.graph.endpoint.SparqlGraph` reads once from an endpoint: the predicates in
use, the role of each (by :func:`kgchat.graph.roles.infer_roles`, the local loader's rules, run on
the properties' declarations and a sample of each one's values), their labels, inverses, domains
and ranges; and the queries that stream every entity or literal.

Four kinds of request, each small: ``SELECT DISTINCT ?p`` (the predicates), the declared
properties, the triples about each property (``VALUES``), and ``sample`` triples per predicate
(``LIMIT`` subqueries, ``UNION``-ed twenty to a request); where properties form a language
family (``nameOfficialEN``/``nameOfficialIT``, :mod:`kgchat.graph.languages`), one ``LIMIT 1``
query per other language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from kgchat.errors import KGChatError
from kgchat.graph import compile as comp
from kgchat.graph import vocab
from kgchat.graph.endpoint_queries import key, sample_query, term, values
from kgchat.graph.labels import choose_names, read_labels
from kgchat.graph.languages import language_families
from kgchat.graph.predicate_roles import builtin_phrase, fixed_role
from kgchat.graph.property_schema import PROPERTY_TYPES
from kgchat.graph.roles import infer_roles
from kgchat.graph.term_ids import Interner
from kgchat.graph.vocab import Role
from kgchat.graph.wikibase import named_through

if TYPE_CHECKING:
    from kgchat.graph.core import GraphConfig
    from kgchat.graph.endpoint import EndpointConfig
    from kgchat.graph.endpoint_http import SparqlClient

__all__ = ["Schema", "entities_query", "literals_query", "read_schema"]

_FACT_ROLES = (Role.FACT, Role.TYPE, Role.SUBCLASS, Role.MEMBER)
_PROPERTY_TYPES = sorted(PROPERTY_TYPES)
_DECLARING = (
    vocab.RDFS_DOMAIN,
    vocab.RDFS_RANGE,
    vocab.RDFS + "subPropertyOf",
    vocab.OWL_INVERSE,
    *vocab.PROPERTY_LINKS,  # a Wikibase property's entity (``wd:P19``) names its predicates
    *vocab.SHAPE_LINKS,  # a SHACL shape names its property (``sh:path``) and class
)


@dataclass
class Schema:
    """The predicates of an endpoint and what kgchat makes of them."""

    predicates: list[str]  #: every predicate in use, sorted
    roles: dict[str, Role]  #: the role of each
    name_roles: dict[str, int]  #: predicates whose literals name their subject -> role
    name_like: list[str]  #: facts whose values also name their subject
    properties: frozenset[str]  #: used or declared properties (never entities)
    relations: list[str]  #: predicates of facts
    skip: frozenset[str]  #: predicates that are never facts (left out of edge queries)
    labels: dict[str, str] = field(default_factory=dict)  #: property -> label
    #: property -> its other names (``skos:altLabel``, a Wikibase property's aliases)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    #: property -> its description (``rdfs:comment``, ``skos:definition``...), read from the
    #: same triples about each property as its label
    descriptions: dict[str, str] = field(default_factory=dict)
    inverse: dict[str, str] = field(default_factory=dict)
    domain: dict[str, list[str]] = field(default_factory=dict)
    range: dict[str, list[str]] = field(default_factory=dict)
    #: language families whose other languages' values are left out (preferred -> others)
    families: dict[str, list[str]] = field(default_factory=dict)
    #: whether the store holds OWL restrictions (``[owl:onProperty p]``): none, and edge queries
    #: leave their patterns out (half an edge query's time on Oxigraph)
    restrictions: bool = True
    #: fact predicate -> (whether some object of it is a literal, whether some is not), read
    #: where values are probed (:mod:`kgchat.graph.endpoint_probe`): a predicate whose objects
    #: are all literals points at no entity, one whose objects are none at no value
    objects: dict[str, tuple[bool, bool]] = field(default_factory=dict)

    def phrase(self, predicate: str, inverse: bool = False) -> str:
        """A predicate's phrase, as :meth:`KnowledgeGraph.relation_label` gives it."""
        if inverse:
            inv = self.inverse.get(predicate)
            builtin = builtin_phrase(predicate)
            if inv is None and builtin:
                return builtin[1]
            if inv is not None:
                return self.phrase(inv)
            return self.phrase(predicate) + " (inverse)"
        label = self.labels.get(predicate)
        return comp.relation_phrase([predicate], {0: label} if label else {}, 0)


def read_schema(client: SparqlClient, config: GraphConfig, settings: EndpointConfig) -> Schema:
    """Read the schema of the endpoint behind ``client``; see the module docstring."""
    rows = client.select("SELECT DISTINCT ?p WHERE { ?s ?p ?o }")
    preds = sorted({key(r["p"]) for r in rows})
    declared = _declared(client)
    props = sorted(set(preds) | declared)
    triples: list[tuple[str, str, str]] = []
    for i in range(0, len(props), settings.batch_size):
        chunk = props[i : i + settings.batch_size]
        q = f"SELECT ?s ?p ?o WHERE {{ {values('s', chunk)} ?s ?p ?o FILTER(!isBlank(?o)) }}"
        triples += [(key(r["s"]), key(r["p"]), key(r["o"])) for r in client.select(q)]
    inverse_rows = client.select(
        f"SELECT ?a ?b WHERE {{ ?a {term(vocab.OWL_INVERSE)} ?b FILTER(isIRI(?a) && isIRI(?b)) }}"
    )
    triples += [(key(r["a"]), vocab.OWL_INVERSE, key(r["b"])) for r in inverse_rows]
    open_preds = [p for p in preds if fixed_role(p) is None]
    for i in range(0, len(open_preds), 20):
        q = sample_query(open_preds[i : i + 20], settings.sample)
        triples += [(key(r["s"]), key(r["p"]), key(r["o"])) for r in client.select(q)]
    triples = list(dict.fromkeys(triples))

    # the local loader's role reading, on these triples
    ident = Interner()
    for t in (*preds, *props, *(x for tr in triples for x in tr)):
        ident(t)
    keys, index = ident.keys, ident.index
    arr = np.asarray([[index[x] for x in tr] for tr in triples], np.int64).reshape(-1, 3)
    s, p, o = arr[:, 0], arr[:, 1], arr[:, 2]
    is_lit = np.fromiter((k.startswith('"') for k in keys), bool, len(keys))
    role = np.zeros(len(keys), np.int8)
    for q_ in preds:
        r = fixed_role(q_)
        if r is not None:
            role[index[q_]] = r
    used = np.asarray([index[q_] for q_ in preds], np.int64)
    name_like_ids = infer_roles(keys, role, used, s, p, o, is_lit, bookkeeping=config.bookkeeping)
    for q_, r in config.roles().items():
        if q_ in index:
            role[index[q_]] = r
    roles = {q_: Role(int(role[index[q_]])) for q_ in props}
    name_like = [keys[i] for i in name_like_ids]

    labels, aliases, described = choose_names(
        keys, s, p, o, role[p], is_lit, config.language.lower(), name_like_ids
    )
    named_through(s, p, o, labels, aliases, {q_: index[q_] for q_ in preds})
    fact_ids = [index[q_] for q_ in preds if roles[q_] in _FACT_ROLES]
    families = language_families(keys, fact_ids, config.language.lower())
    for fam in families:  # named without the code, as the local compiler names them
        labels.setdefault(fam.preferred, fam.phrase)
    is_prop = np.zeros(len(keys), bool)
    is_prop[[index[q_] for q_ in props]] = True
    read_labels(labels, aliases, is_prop)

    sch = Schema(
        predicates=preds,
        roles=roles,
        name_roles={
            q_: int(r)
            for q_, r in roles.items()
            if r in (Role.LABEL, Role.ALIAS, Role.DESCRIPTION) and q_ in preds
        }
        | {q_: int(Role.FACT) for q_ in name_like},
        name_like=name_like,
        properties=frozenset(props),
        relations=[],
        skip=frozenset(q_ for q_ in preds if roles[q_] not in _FACT_ROLES),
        labels={q_: labels[index[q_]] for q_ in props if index[q_] in labels},
        aliases={q_: list(aliases[index[q_]]) for q_ in preds if aliases.get(index[q_])},
        descriptions={q_: described[index[q_]] for q_ in preds if index[q_] in described},
    )
    if not config.other_languages:
        sch.families = {keys[f.preferred]: [keys[x] for x in f.others] for f in families}
    symmetric: list[str] = []
    for a, pr, b in triples:
        if pr == vocab.OWL_INVERSE:
            sch.inverse.setdefault(a, b)
            sch.inverse.setdefault(b, a)
        elif pr == vocab.RDF_TYPE and b == vocab.OWL + "SymmetricProperty":
            symmetric.append(a)  # its own inverse, as the local compiler reads it
        elif pr == vocab.RDFS_DOMAIN and a in declared | set(preds):
            sch.domain.setdefault(a, []).append(b)
        elif pr == vocab.RDFS_RANGE and a in declared | set(preds):
            sch.range.setdefault(a, []).append(b)
    for a in symmetric:
        sch.inverse.setdefault(a, a)
    restricted = client.select(
        f"SELECT DISTINCT ?p WHERE {{ ?r {term(vocab.OWL + 'onProperty')} ?p "
        "FILTER(isBlank(?r) && isIRI(?p)) }"
    )
    sch.restrictions = bool(restricted)
    facts = {q_ for q_ in preds if roles[q_] in _FACT_ROLES}
    facts -= _all_dropped(client, sch.families)
    if config.restrictions:
        facts |= {key(r["p"]) for r in restricted}
    sch.relations = sorted(facts)
    probed = [q_ for q_ in preds if q_ not in sch.skip]
    if settings.value_sketches and 0 < len(probed) <= settings.value_probes:
        sch.objects = _object_kinds(client, probed, triples)
    return sch


def _object_kinds(
    client: SparqlClient, predicates: list[str], sample: list[tuple[str, str, str]]
) -> dict[str, tuple[bool, bool]]:
    """Per predicate, whether some object of it is a literal and whether some is not: what
    the sample read shows, else one ``LIMIT 1`` query (it reads the predicate's triples to the
    end where there is none, once for the store). A predicate the store would not say about
    is kept as having both."""
    seen: dict[str, tuple[bool, bool]] = {}
    for _, pr, o in sample:
        lit, other = seen.get(pr, (False, False))
        seen[pr] = (lit or o.startswith('"'), other or not o.startswith('"'))
    out = {}
    for pr in predicates:
        lit, other = seen.get(pr, (False, False))
        out[pr] = (lit or _has_object(client, pr, True), other or _has_object(client, pr, False))
    return out


def _has_object(client: SparqlClient, predicate: str, literal: bool) -> bool:
    test = "isLiteral(?o)" if literal else "!isLiteral(?o)"
    try:
        rows = client.select(
            f"SELECT ?o WHERE {{ ?s {term(predicate)} ?o FILTER({test}) }} LIMIT 1"
        )
    except KGChatError:  # (too slow, refused: probed as before)
        return True
    return bool(rows)


def _all_dropped(client: SparqlClient, families: dict[str, list[str]]) -> set[str]:
    """Other-language predicates whose every subject has the preferred one: no fact of them is
    left, so (as locally) they are no relation. One ``LIMIT 1`` query each, only for
    families (it reads that predicate's triples at worst)."""
    dropped = set()
    for preferred, others in families.items():
        for other in others:
            rows = client.select(
                f"SELECT ?s WHERE {{ ?s {term(other)} ?o "
                f"FILTER NOT EXISTS {{ ?s {term(preferred)} ?y }} }} LIMIT 1"
            )
            if not rows:
                dropped.add(other)
    return dropped


def _declared(client: SparqlClient) -> set[str]:
    """Terms declared as properties: typed so, given a domain, range, super-property or inverse."""
    kinds = " ".join(term(t) for t in _PROPERTY_TYPES)
    decl = "|".join(term(t) for t in _DECLARING)
    rows = client.select(
        f"SELECT DISTINCT ?s WHERE {{ {{ ?s {term(vocab.RDF_TYPE)} ?t VALUES ?t {{ {kinds} }} }} "
        f"UNION {{ ?s {decl} ?x }} UNION {{ ?x {term(vocab.OWL_INVERSE)} ?s }} "
        "FILTER(isIRI(?s)) }"
    )
    return {key(r["s"]) for r in rows}


def _fact_predicates(sch: Schema) -> list[str]:
    return [p for p in sch.predicates if sch.roles[p] in (Role.FACT, Role.SUBCLASS, Role.MEMBER)]


def entities_query(sch: Schema) -> str:
    """Every entity: an IRI that is the subject or object of a fact, typed by a domain class
    (or is one), or labelled. Without ORDER/LIMIT (see :meth:`SparqlGraph.stream`)."""
    facts = _fact_predicates(sch)
    labels = [p for p, r in sch.name_roles.items() if r == Role.LABEL]
    vocab_filter = " && ".join(
        f'!STRSTARTS(STR(?c), "{ns}")' for ns in (vocab.RDF, vocab.RDFS, vocab.OWL)
    )
    tp = term(vocab.RDF_TYPE)
    parts = []
    if facts or labels:
        parts.append(f"{{ {values('p', [*facts, *labels])} ?e ?p ?x }}")
    if facts:
        parts.append(f"{{ {values('p', facts)} ?x ?p ?e }}")
    parts += [
        f"{{ ?e {tp} ?c FILTER({vocab_filter}) }}",
        f"{{ ?x {tp} ?e BIND(?e AS ?c) FILTER({vocab_filter}) }}",
    ]
    return f"SELECT DISTINCT ?e WHERE {{ {' UNION '.join(parts)} FILTER(isIRI(?e)) }}"


def literals_query(sch: Schema) -> str:
    """Every literal that is the object of a fact."""
    facts = _fact_predicates(sch) or [vocab.RDF_TYPE]
    return f"SELECT DISTINCT ?o WHERE {{ {values('p', facts)} ?s ?p ?o FILTER(isLiteral(?o)) }}"
