"""RDF 1.2 reifiers (Turtle-star annotations, ``<< >>``): the qualifiers of a fact on the fact.

RDF 1.2 (RDF-star) states a fact's qualifiers on a *reifier* of the fact, a node that
``rdf:reifies`` a triple term::

    :mara ec:candidateIn :northfield {| ec:election :ge2019 ; ec:votes 20625 |} .
    # is, as triples:
    :mara ec:candidateIn :northfield .
    _:r rdf:reifies <<( :mara ec:candidateIn :northfield )>> .
    _:r ec:election :ge2019 ; ec:votes 20625 .

Read as plain triples, the reifier hangs off a node named by the triple term's text and is
reached from nothing: "How many votes did Mara get in 2019?" finds no path from Mara to the
votes. Each reifier is read as Wikidata's statement nodes are (:mod:`kgchat.graph.wikibase`):
where the graph asserts the triple it reifies (an annotation always does), its subject
reaches it and it reaches the object by a relation named as the triple's predicate is
(:func:`reifier_link`: a key of its own, as Wikidata's ``p:P69`` beside ``wdt:P69``, so that
the ends of one relation are all reifiers or none), ``mara -candidate in-> _:r -candidate
in-> northfield``: the qualifiers are one step off the fact, and the votes of each of Mara's
candidacies sit beside that candidacy's election. A triple that is only reified, never
asserted (``<< :p ec:elected :c >> ec:claimedBy :party``: a claim, a rejected petition) is no
fact: its reifier reaches the triple's subject and object by ``rdf:reifies`` alone, and
``p -elected-> c`` is not read anywhere. The reifier is unnamed where it has no label of its
own (:func:`~kgchat.graph.wikibase.name_statements`), walked through, never an answer; the
triple term itself is no thing and its ``rdf:reifies`` triple is dropped.

A triple term's key is its N-Triples text without ``<<( )>>`` (:mod:`kgchat.graph.encode`);
a blank node inside one is matched where the reader named it as the graph's own blank nodes
(the per-term reader does), and a part that names no term of the graph is left out.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> RDF, E = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://e/"
>>> kg = KnowledgeGraph.from_triples([
...     (E + "mara", E + "candidateIn", E + "north"),
...     ("_:r", RDF + "reifies", f"<{E}mara> <{E}candidateIn> <{E}north>"),
...     ("_:r", E + "votes", '"20625"')])
>>> sorted(f.text for f in kg.facts())
['(anonymous statement _:r) — candidate in → north', '(anonymous statement _:r) — votes → 20625', \
'mara — candidate in → (anonymous statement _:r)', 'mara — candidate in → north']
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.term_ids import intern_terms
from kgchat.graph.wikibase import name_statements

__all__ = [
    "LINK",
    "REIFIES",
    "name_reifiers",
    "qualifier_hop",
    "reifier_link",
    "reifier_triples",
    "triple_parts",
]

REIFIES = vocab.RDF + "reifies"
#: the namespace of the links from a fact's subject to its reifiers (:func:`reifier_link`)
LINK = "urn:kgchat:reifier:"
# subject (an IRI or a blank node), predicate (an IRI), object (the rest: any term)
_TRIPLE = re.compile(r"(<[^<>\s]*>|_:\S+) <([^<>\s]*)> (\S.*)", re.DOTALL)


def _term(text: str) -> str | None:
    """The term key of one N-Triples term (an IRI without brackets; a nested triple term:
    None, not read)."""
    if text.startswith("<<("):
        return None
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    return text


def triple_parts(key: str) -> tuple[str, str, str] | None:
    """The subject, predicate and object keys of a triple term's key (None: not one).

    >>> triple_parts('<http://e/mara> <http://e/votes> "12"^^<http://e/int>')
    ('http://e/mara', 'http://e/votes', '"12"^^<http://e/int>')
    >>> triple_parts("http://e/mara") is None
    True
    """
    m = _TRIPLE.fullmatch(key)
    if m is None:
        return None
    s, o = _term(m[1]), _term(m[3])
    if s is None or o is None:
        return None
    return s, m[2], o


def reifier_triples(keys, kinds, s, p, o, src, preds):
    """The triples with the graph's RDF 1.2 reifiers read through (see the module docstring):
    ``(kinds, s, p, o, src)``, the same arrays where the graph has none. Each ``rdf:reifies``
    triple whose object is a triple term is replaced by the reifier's links; the link from a
    fact's subject to its reifier is :func:`reifier_link` of the fact's predicate, named as
    it is. New terms are appended to ``keys`` (in place: the interner's list) and given their
    kinds. ``preds``: the used predicates' ids by key."""
    rid = preds.get(REIFIES)
    if rid is None:
        return kinds, s, p, o, src
    rows = np.flatnonzero(p == rid).tolist()
    parts = {int(o[r]): triple_parts(keys[int(o[r])]) for r in rows}
    said = {t for t in parts.values() if t}
    # a blank node inside a triple term is the graph's only where the reader named it so
    blanks = {k for t in said for k in t if k.startswith("_:")}
    known_blanks = {k for k in keys if k in blanks} if blanks else set()
    parts = {
        term: t if t is None or all(k in known_blanks for k in t if k in blanks) else None
        for term, t in parts.items()
    }
    said = {t for t in parts.values() if t}
    if not said:
        return kinds, s, p, o, src
    links = {t[1]: reifier_link(t[1]) for t in said}
    wanted = {k for t in said for k in t} | set(links.values())
    ids, kinds = intern_terms(keys, kinds, wanted, known=preds)
    stated = {(ids[a], ids[b], ids[c]): term for term, (a, b, c) in _parts(parts)}
    asserted = _asserted(s, p, o, stated)
    drop = np.zeros(len(s), bool)
    out: list[tuple[int, int, int, int]] = []
    for r in rows:
        term, reifier, row = int(o[r]), int(s[r]), int(src[r])
        t = parts[term]
        if t is None:
            continue
        drop[r] = True
        a, b = ids[t[0]], ids[t[2]]
        if term in asserted:  # the fact's subject -> its reifier -> its object
            link = ids[links[t[1]]]
            out += [(a, link, reifier, row), (reifier, link, b, row)]
        else:  # only reified: a claim about the triple, not the fact
            out += [(reifier, rid, a, row), (reifier, rid, b, row)]
    # each link named as its predicate is (its label triples, copied)
    label_ids = [preds[k] for k in vocab.LABEL_PREDICATES if k in preds]
    for r in np.flatnonzero(np.isin(p, label_ids) & np.isin(s, [ids[k] for k in links])):
        out.append((ids[links[keys[int(s[r])]]], int(p[r]), int(o[r]), int(src[r])))
    keep = ~drop
    add_s, add_p, add_o, add_src = (np.asarray(col, np.int64) for col in zip(*out, strict=True))
    return (
        kinds,
        np.concatenate([s[keep], add_s.astype(s.dtype)]),
        np.concatenate([p[keep], add_p.astype(p.dtype)]),
        np.concatenate([o[keep], add_o.astype(o.dtype)]),
        np.concatenate([src[keep], add_src.astype(src.dtype)]),
    )


def reifier_link(predicate: str) -> str:
    """The key of the relation from a fact's subject to its reifiers: the predicate's key
    under :data:`LINK`, so that its local name, and so its name, is the predicate's.

    >>> reifier_link("http://www.w3.org/ns/org#memberOf")
    'urn:kgchat:reifier:http://www.w3.org/ns/org#memberOf'
    """
    return LINK + predicate


def qualifier_hop(into: str, out: str) -> bool:
    """Whether a walk through a reifier, entered by the relation ``into`` and left by
    ``out``, reaches a qualifier of the fact it reifies: entered from the fact's subject or
    object (a :func:`reifier_link`), left by any other relation (the fact's votes, its
    start date). A question asking that value says the qualifier's relation; the hop in only
    says which fact it is of ("How many votes did X get?", not "Which seat did X win?").

    >>> link = reifier_link("http://e/candidateIn")
    >>> qualifier_hop(link, "http://e/votes"), qualifier_hop(link, link)
    (True, False)
    >>> qualifier_hop("http://e/performance", "http://e/actor")
    False
    """
    return into.startswith(LINK) and not out.startswith(LINK)


def name_reifiers(keys, s, p, o, names, labels) -> None:
    """Name each reifier without a label ``(anonymous statement <id>)`` in ``labels`` (in
    place): the nodes between a fact's subject and object by :func:`reifier_link` relations,
    and the subjects of ``rdf:reifies`` links. ``names``: the ids of the predicates used, by key."""
    links = [i for k, i in names.items() if k.startswith(LINK)]
    rid = names.get(REIFIES)
    if not links and rid is None:
        return
    linked = np.isin(p, links)
    between = np.intersect1d(o[linked], s[linked])  # a fact's subject -> it -> its object
    nodes = np.concatenate([between, s[p == rid] if rid is not None else s[:0]])
    name_statements(keys, dict.fromkeys(nodes.tolist()), labels)


def _parts(parts: dict[int, tuple[str, str, str] | None]):
    """The triple terms read, with their parts."""
    return ((term, t) for term, t in parts.items() if t is not None)


def _asserted(s, p, o, stated: dict[tuple[int, int, int], int]) -> set[int]:
    """The triple terms (ids) whose triple the graph also asserts."""
    if not stated:
        return set()
    preds = np.unique(np.asarray([k[1] for k in stated], np.int64))
    rows = np.flatnonzero(np.isin(p, preds)).tolist()
    found = set()
    for r in rows:
        term = stated.get((int(s[r]), int(p[r]), int(o[r])))
        if term is not None:
            found.add(term)
    return found
