"""Turn the raw RDF triples into what a retriever walks: edges, names, types, OWL restrictions.

The raw triples stay as parsed (SPARQL sees them all); this module derives, as a pure function of
them, the graph of *facts*: ordinary triples, ``rdf:type`` to domain classes, ``rdfs:subClassOf``
between named classes, and OWL restrictions turned into domain edges
(``Margherita rdfs:subClassOf [owl:onProperty hasTopping; owl:someValuesFrom MozzarellaTopping]``
becomes ``Margherita -hasTopping-> MozzarellaTopping``). Names (labels, aliases), descriptions and
property schema (label, domain, range, inverse) become attributes, never facts; RDF lists and other
blank-node structure vanish, and RDF containers stand for their members
(:mod:`kgchat.graph.containers`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.acronym_names import acronym_aliases
from kgchat.graph.borrowed_names import quoting_junctions
from kgchat.graph.class_statements import as_hierarchy
from kgchat.graph.coded_iris import numbered_once
from kgchat.graph.codes import coded_types, named_kinds
from kgchat.graph.containers import read_containers
from kgchat.graph.display_names import entity_name, relation_phrase
from kgchat.graph.edge_order import in_edge_order, key_ranks, spo_order
from kgchat.graph.junctions import (
    ANONYMOUS,  # noqa: F401 (compile.ANONYMOUS)
    anonymous_junctions,
    anonymous_label,
)
from kgchat.graph.kind_labels import kind_labelled
from kgchat.graph.labels import choose_names, describe_by, read_labels
from kgchat.graph.language_names import LanguageNames, language_names
from kgchat.graph.language_versions import borrow_version_names
from kgchat.graph.languages import drop_other_languages, language_families
from kgchat.graph.name_parts import name_from_parts
from kgchat.graph.name_records import name_records
from kgchat.graph.named_inverses import named_inverses
from kgchat.graph.names import coded_class_name, local_name
from kgchat.graph.own_codes import own_code_names
from kgchat.graph.pages import keyed_records, page_names
from kgchat.graph.part_names import name_shared_parts
from kgchat.graph.predicate_roles import fixed_role, is_vocabulary
from kgchat.graph.property_schema import (
    declared_inverses,
    declared_properties,
    inherited_inverses,
    read_schema,
)
from kgchat.graph.read_through import read_through, used_by_key
from kgchat.graph.redirects import fold_redirects, spread_disambiguations
from kgchat.graph.reification import predicate_links, reified_edges
from kgchat.graph.relation_tables import described_relations, end_kinds, metaedge_verb, undirected
from kgchat.graph.restated import restating_properties
from kgchat.graph.restrictions import restriction_edges
from kgchat.graph.roles import definition_facts, infer_roles, literal_counts, prose_properties
from kgchat.graph.shapes import shape_nodes, shape_schema
from kgchat.graph.shared_ids import shared_relative_ids
from kgchat.graph.term_ids import BLANK, IRI, LITERAL, term_kind, term_kinds  # noqa: F401 (compile.X)
from kgchat.graph.triple_terms import name_reifiers
from kgchat.graph.vocab import Role
from kgchat.graph.wikibase import (
    deprecated,
    model_roles,
    named_through,
    statement_edges,
    statement_ranks,
)
from kgchat.graph.written_forms import name_written_forms

# Bump when compiling changes what a graph's facts, names or entities are for the same triples
# (labels read from identifiers, containers dissolved, bookkeeping dropped...): the fingerprint
# hashes it, so indexes, QA sets and scorers built by an older compiler are noticed as stale.
VERSION = 6202
EDGE_KINDS = ("asserted", "some", "only", "value")


@dataclass
class Compiled:
    """The derived graph: edges sorted by subject with CSR adjacency both ways, and attributes."""

    es: np.ndarray
    ep: np.ndarray
    eo: np.ndarray
    esrc: np.ndarray
    ekind: np.ndarray
    out_ptr: np.ndarray
    in_ptr: np.ndarray
    in_order: np.ndarray
    is_entity: np.ndarray
    labels: dict[int, str] = field(default_factory=dict)
    aliases: dict[int, list[str]] = field(default_factory=dict)
    descriptions: dict[int, str] = field(default_factory=dict)
    inverse: dict[int, int] = field(default_factory=dict)
    domain: dict[int, list[int]] = field(default_factory=dict)
    range: dict[int, list[int]] = field(default_factory=dict)
    dropped: int = 0  #: bookkeeping triples (identifiers, keys) left out of the facts
    other_languages: int = 0  #: values of language-coded properties in another language
    language_names: LanguageNames = field(default_factory=LanguageNames)  #: names by language


def compile_graph(
    keys: list[str],
    kinds: np.ndarray,
    s: np.ndarray,
    p: np.ndarray,
    o: np.ndarray,
    src: np.ndarray,
    *,
    language: str = "en",
    restrictions: bool = True,
    extra_roles: dict[str, Role] | None = None,
    bookkeeping: bool = False,
    other_languages: bool = False,
) -> Compiled:
    """Derive the fact graph and entity attributes from raw triples of term ids.

    With ``bookkeeping``, identifier properties (see :mod:`kgchat.graph.roles`) stay facts;
    with ``other_languages``, so do the other languages' copies of a language-coded property
    (see :mod:`kgchat.graph.languages`).
    """
    n = len(keys)
    pref = language.lower()
    joined = shared_relative_ids(keys)  # one object in several files by one relative UUID id
    if joined is not None:
        s, o = joined[s].astype(s.dtype), joined[o].astype(o.dtype)
    is_blank = kinds == BLANK
    is_lit = kinds == LITERAL
    counts = literal_counts(p, o, is_lit, n)  # read by roles and prose: one count of the triples
    used_preds = np.flatnonzero(counts[1])  # (np.unique: a sort, ~25 ms on a million triples)
    # value nodes, schema.org's name/value pairs, SKOS-XL labels and typed links read as the
    # triples they stand for (kgchat.graph.read_through): new relation terms may be appended
    kinds, s, p, o, src, counts, used_preds = read_through(
        keys, kinds, s, p, o, src, counts, used_preds, literal=LITERAL
    )
    n = len(keys)
    is_blank, is_lit = kinds == BLANK, kinds == LITERAL
    role = np.zeros(n, np.int8)
    for pid in used_preds.tolist():
        r = fixed_role(keys[pid])
        if r is not None and not (bookkeeping and r == Role.BOOKKEEPING):
            role[pid] = r
    # the things a class numbers ("Protein12" of a Protein), found once for roles and names
    serial = numbered_once(keys, s, o, np.flatnonzero(role[p] == Role.TYPE))
    name_like = infer_roles(
        keys,
        role,
        used_preds,
        s,
        p,
        o,
        is_lit,
        bookkeeping=bookkeeping,
        counts=counts,
        numbered=serial,
    )
    for key, r in (extra_roles or {}).items():
        found = _find(keys, key, used_preds)
        if found is not None:
            role[found] = r
    coded = coded_types(s, p, o, is_lit, _find(keys, vocab.SKOS + "notation", used_preds), keys)
    coded += named_kinds(s, p, o, keys)  # a kind named as text ("committee") too
    role[coded] = Role.TYPE  # kgchat.graph.codes: a code's label is what its subject is
    pred_ids = used_by_key(keys, used_preds)  # the predicates by key
    # Wikidata's value nodes, site links and revision data (kgchat.graph.wikibase)
    model_roles(keys, s, p, o, pred_ids, role, bookkeeping)
    rp = role[p]

    labels, aliases, descriptions = choose_names(keys, s, p, o, rp, is_lit, pref, name_like, serial)
    by_language = language_names(keys, s, p, o, rp, is_lit, name_like)  # no facts: names
    before = dict(labels)
    name_from_parts(keys, s, p, o, is_lit, pref, labels, used_preds, aliases)
    parted = [i for i, text in labels.items() if before.get(i) != text]
    # a title stated on a blank node of its own (BIBFRAME's bf:Title): its owner's names; so
    # is a name composed of parts on a node an exporter minted an IRI for (VIVO's vcard:Name)
    name_records(keys, s, p, o, is_blank, is_lit, pref, labels, aliases, parted)
    # a work named only by its language versions (ELI's act and its expressions' titles)
    name_rows = np.concatenate(
        [np.flatnonzero(np.isin(role, (Role.LABEL, Role.ALIAS))), np.asarray(name_like, np.int64)]
    )
    borrow_version_names(keys, s, p, o, is_lit, name_rows, labels, aliases, pref)
    # a node named only by the short text it states, its owner by it (OntoLex's forms)
    formed = name_written_forms(keys, s, p, o, is_lit, rp, pref, labels)
    identity = np.isin(p, [i for i in used_preds.tolist() if keys[i] in vocab.IDENTITY])
    # kgchat.graph.pages: documents, not things; identity links' leaves, names of their subject
    # (a class an rdf:type or rdfs:subClassOf points at is no page, whatever its name shares)
    typing = np.isin(p, [i for i in used_preds.tolist() if keys[i] in vocab.HIERARCHY])
    page_names(keys, s[~typing], o[~typing], kinds, labels, aliases, identity[~typing])
    # a code a thing states of itself and its IRI ends with names it (kgchat.graph.own_codes)
    own_code_names(keys, s, o, kinds, labels, aliases)
    keyed_records(keys, s[~typing], o[~typing], kinds, labels)
    prose = prose_properties(keys, role, used_preds, p, o, is_lit, counts)
    if prose:  # a source's own description property, read when no standard one describes
        describe_by(keys, s, p, o, is_lit, prose, pref, descriptions)
    # a redirect page is another name of the page it sends to (kgchat.graph.redirects)
    target = fold_redirects(s, o, rp, n, labels, aliases, descriptions)
    # a disambiguation page's title is a name of each page it lists (kgchat.graph.redirects)
    pages = spread_disambiguations(s, o, rp, n, labels, aliases, descriptions)

    # Blank nodes that are OWL/RDF structure: never entities, never endpoints of facts.
    struct = np.zeros(n, bool)
    struct[s[rp == Role.STRUCTURE]] = True
    type_mask = rp == Role.TYPE
    tobj = np.unique(o[type_mask])
    for t in tobj.tolist():  # a numbered class, CIDOC-CRM's E21_Person: "Person"
        if t not in labels and kinds[t] == IRI and (name := coded_class_name(keys[t])):
            labels[t] = name
    struct_types = [t for t in tobj.tolist() if keys[t] in vocab.STRUCTURE_TYPES]
    if struct_types:
        struct[s[type_mask & np.isin(o, struct_types)]] = True
    struct &= is_blank
    labelled = np.zeros(n, bool)
    labelled[np.fromiter(labels, np.int64, len(labels))] = True
    cont = read_containers(keys, s, p, o, src, rp, is_blank, struct, labelled)

    keep = rp == Role.FACT
    # an n-ary record labelled by its kind (VIVO's position "Associate Professor"): its label
    # a value of it, kept as a fact; the record walked through (kgchat.graph.kind_labels)
    type_id = pred_ids.get(vocab.RDF_TYPE)
    by_kind = kind_labelled(keys, s, p, o, is_lit, is_blank, labels, type_id, name_rows)
    keep |= by_kind[s] & is_lit[o] & np.isin(p, name_rows)
    # a raw infobox string beside the resources it names (kgchat.graph.restated): not a fact
    restated = np.isin(p, restating_properties(keys, s, p, o, rp, is_lit, labels, aliases))
    restated &= is_lit[o]
    keep &= ~restated
    keep |= definition_facts(keys, role, used_preds, p, o, is_lit, pref)
    # a description property pointing at a thing (Dublin Core's dcterms:description, range any
    # resource: Finlex files a decision's keyword concepts so) relates two things: a fact
    keep |= (rp == Role.DESCRIPTION) & (kinds[o] == IRI)
    keep |= (rp == Role.MEMBER) & ~cont.membership  # a named group's rdfs:member is a fact
    vocab_obj = np.zeros(n, bool)
    for t in tobj.tolist():
        vocab_obj[t] = kinds[t] == IRI and is_vocabulary(keys[t])
    keep |= type_mask & ~vocab_obj[o]
    if coded:  # a code read as a class has no type of its own (as owl:Class is none)
        keep &= ~(type_mask & np.isin(s, o[np.isin(p, coded)]))
    keep |= (rp == Role.SUBCLASS) & ~is_blank[o]
    keep &= ~struct[s] & ~struct[o] & ~cont.dissolved[s] & ~cont.dissolved[o]
    # what a property's own triples say (an OBO typedef's id "part_of", its xrefs) is about
    # the relation, not the domain: no facts (its names are read apart, as every label is)
    props = declared_properties(s, p, o, tobj, keys, pred_ids)
    is_prop = np.zeros(n, bool)
    is_prop[used_preds] = True
    is_prop[props] = True
    # a table row that names a relation code (Hetionet's metaedges.tsv): its name labels the
    # relation, and its triples are about the relation, no facts (kgchat.graph.relation_tables)
    symmetric = []  # those a metaedge says are undirected: their own inverse
    for rel, row in described_relations(
        keys, s, p, o, src, rp, is_blank, used_preds, labels
    ).items():
        is_prop[row] = True
        whole = entity_name(keys, kinds, labels, row)
        ends = end_kinds(rel, s, p, o, rp, lambda i: entity_name(keys, kinds, labels, i))
        labels[rel] = metaedge_verb(whole, *ends) or whole
        aliases.setdefault(rel, []).extend([whole] if labels[rel] != whole else [])
        if labels[rel] != whole and undirected(whole):
            symmetric.append(rel)
    # reified statements: their triples become facts, rdf:predicate's values relations
    rs, rpd, ro, rsrc, rk, reified_preds = reified_edges(
        keys, s, p, o, src, pred_ids, labels, is_lit
    )
    if len(rs):
        is_prop[reified_preds] = True
        keep &= ~np.isin(p, predicate_links(pred_ids))
    name_reifiers(keys, s, p, o, pred_ids, labels)  # RDF 1.2's (kgchat.graph.triple_terms)
    keep &= ~is_prop[s]
    # a SHACL shapes graph describes the data: its shapes are no things (kgchat.graph.shapes)
    shape = np.zeros(n, bool)
    shape[shape_nodes(keys, s, p, pred_ids)] = True
    keep &= ~shape[s] & ~shape[o]
    ranks = statement_ranks(keys, s, p, o, pred_ids)  # (read once: here and for the claims)
    dropped_statements = deprecated(ranks)
    if dropped_statements is not None:  # a deprecated statement's value is not true
        keep &= ~dropped_statements[s] & ~dropped_statements[o]
    kept_pred = np.zeros(n, bool)
    kept_pred[p[keep]] = True  # a scatter, not another sort of every triple's predicate
    families = language_families(keys, used_preds[kept_pred[used_preds]].tolist(), pref)
    other_lang = 0
    if families:
        for fam in families:
            labels.setdefault(fam.preferred, fam.phrase)
        if not other_languages:
            drop = keep & drop_other_languages(s, p, families)
            other_lang = int(drop.sum())
            keep &= ~drop

    redirected = np.zeros(n, bool)
    if target is not None:
        redirected = target != np.arange(n)
        keep &= ~redirected[s]  # what a redirect page says of itself (its page id)
    if pages is not None:
        keep &= ~pages[s] & ~pages[o]  # nor a disambiguation page's, nor links to one
        redirected |= pages
    nk = int(keep.sum())
    pk = as_hierarchy(keys, p[keep], pred_ids, coded)
    ko = o[keep] if target is None else target[o[keep]]  # a link to a redirect: to its page
    parts = [
        (s[keep], pk, ko, src[keep], np.zeros(nk, np.int8), np.zeros(nk, np.int32)),
        (cont.s, cont.p, cont.o, cont.src, np.zeros(len(cont.s), np.int8), cont.rank),
    ]
    if restrictions:
        ds, dp, do, dsrc, dk = restriction_edges(keys, s, p, o, src, rp, is_blank)
        parts.append((ds, dp, do, dsrc, dk, np.zeros(len(ds), np.int32)))
    if len(rs):  # RDF reification's statements, read as the facts they state
        parts.append((rs, rpd, ro, rsrc, rk, np.zeros(len(rs), np.int32)))
    ws, wp, wo, wsrc, wk = statement_edges(keys, s, p, o, src, pred_ids, labels, ranks)
    if len(ws):  # Wikidata's statement nodes, read as the facts they state
        parts.append((ws, wp, wo, wsrc, wk, np.zeros(len(ws), np.int32)))
    es, ep, eo, esrc, ekind, rank = (np.concatenate(column) for column in zip(*parts, strict=True))

    # by subject, then by the keys of predicate and object (kgchat.graph.edge_order: the
    # same edges first whatever the order of the facts in the file, and a SparqlGraph's);
    # stable: asserted edges win over derived duplicates
    by_key = key_ranks(keys)
    key_p, key_o = by_key[ep], by_key[eo]
    order = spo_order(es, key_p, key_o, len(keys))
    if len(es):
        first = np.ones(len(es), bool)
        a, b, c = es[order], key_p[order], key_o[order]
        first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1]) | (c[1:] != c[:-1])
        order = order[first]
        if rank.any():  # a container's members keep their place among the subject's facts
            order = order[np.lexsort((key_o[order], rank[order], key_p[order], es[order]))]
    es, ep, eo, esrc, ekind = es[order], ep[order], eo[order], esrc[order], ekind[order]

    out_ptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.bincount(es, minlength=n), out=out_ptr[1:])
    in_order = in_edge_order(es, eo, by_key)
    in_ptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.bincount(eo, minlength=n), out=in_ptr[1:])

    is_entity = np.zeros(n, bool)
    is_entity[es] = True
    is_entity[eo] = True
    is_entity |= labelled
    is_entity &= ~is_lit & ~struct & ~cont.dissolved & ~redirected
    # Properties are relations, not things to link or answer with (their labels would
    # otherwise swallow question words: "is the mechanism of action of").
    is_entity[is_prop | shape] = False
    named_through(s, p, o, labels, aliases, pred_ids)
    read_labels(labels, aliases, is_prop)
    type_pid = pred_ids.get(vocab.RDF_TYPE, n if len(keys) > n else None)
    inverses = declared_inverses(s, p, o, pred_ids)  # (owl:inverseOf, read once)
    anonymous_junctions(keys, es, ep, eo, is_lit, labels, aliases, type_pid, is_blank, inverses)
    quoting_junctions(keys, es, eo, is_lit, labels)
    for i in np.flatnonzero(by_kind).tolist():
        labels[i] = anonymous_label(local_name(keys[i]))
        aliases.pop(i, None)
    # nanopubs' "#assertion" parts, named by a segment all of them share: walked through
    name_shared_parts(keys, is_entity, np.diff(out_ptr) > 0, labels, aliases)
    acronym_aliases(keys, es, ep, eo, labels, aliases, type_pid)

    extra = len(keys) - n  # a term _as_hierarchy added (rdf:type): no edges, no entity
    if extra:
        out_ptr = np.concatenate([out_ptr, np.full(extra, out_ptr[-1])])
        in_ptr = np.concatenate([in_ptr, np.full(extra, in_ptr[-1])])
        is_entity = np.concatenate([is_entity, np.zeros(extra, bool)])
    comp = Compiled(es, ep, eo, esrc, ekind, out_ptr, in_ptr, in_order, is_entity)
    comp.dropped = int((rp == Role.BOOKKEEPING).sum() + restated.sum())
    comp.other_languages = other_lang
    comp.labels, comp.aliases, comp.descriptions = labels, aliases, descriptions
    comp.language_names = by_language.adding(formed, labels)  # (and the written forms')
    comp.inverse.update(inverses)
    read_schema(s, p, o, tobj, keys, pred_ids, comp.domain, comp.range, comp.inverse)
    shape_schema(s, p, o, pred_ids, comp.domain, comp.range)
    for rel in symmetric:
        comp.inverse.setdefault(rel, rel)
    # the two directions of a relation its vocabulary names as a pair (hasPart / isPartOf)
    free = [r for r in np.unique(ep).tolist() if r not in comp.inverse]
    comp.inverse.update(named_inverses(keys, {r: relation_phrase(keys, labels, r) for r in free}))
    # a sub-property with none of its own: its super-property's (hasFather backwards: has child)
    comp.inverse.update(inherited_inverses(s, p, o, pred_ids, comp.inverse))
    return comp


def _find(keys: list[str], key: str, candidates: np.ndarray) -> int | None:
    return next((int(pid) for pid in candidates.tolist() if keys[pid] == key), None)
