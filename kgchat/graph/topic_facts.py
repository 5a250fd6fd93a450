"""A page's facts read as its topic's too, where the page is that thing's one page.

Sites publish a thing through a page (or record) about it: an estate agent's
``RealEstateListing`` is ``schema:about`` (or has as ``schema:mainEntity``) the house, and it is
the listing that states the offer and its price, the agent, the date posted, the open houses,
the status. People ask those of the house ("How much is Kroonstraat 43?", "Who is the agent
for it?"): read literally, each is a walk from the house back to its page and on, a hop longer
than the house's own facts (its year, its rooms) and outscored by them. Where the page is the
thing's **only** page and the thing its **only** topic (a listing per house, a profile page per
person: one to one), the page's facts are the thing's: each ``page -p-> x`` is stated as
``thing -p-> x`` too. The page keeps them (it is still asked about by its own name).

A topic relation is one the vocabularies define as "the primary thing this page is about":
``schema:about`` and ``schema:mainEntity`` and FOAF's ``foaf:primaryTopic`` (page -> thing),
``schema:mainEntityOfPage`` and ``foaf:isPrimaryTopicOf`` (thing -> page), read so only where
the relation pairs pages and things one to one throughout the graph, two pages or more (a
lone pair shows no page per thing: an RO-Crate's metadata file is ``about`` its root dataset,
and what it states, the RO-Crate version it conforms to, is the file's): ``schema:about`` also
names a work's subject (workflows about an EDAM topic, several about one), and a work that
happens to be a topic's only one is not its page. Not copied: the
page's names, descriptions and bookkeeping (its title is not the thing's name: predicates with a
fixed role other than a fact's), its types and its topic links, and its values under a
relation the thing states a value by itself (a DCAT catalogue record's ``dct:issued`` beside
its dataset's: the record's date, not the dataset's; links add to the thing's). A page
about several things (a news article about many people) is no one's page, and a thing with
several pages has none.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> S = "http://schema.org/"
>>> kg = KnowledgeGraph.from_triples([
...     ("_:l", S + "about", "house"), ("_:l", S + "name", '"For sale: 4 Elm St"'),
...     ("_:l", S + "provider", "ann"), ("house", S + "name", '"4 Elm St"'),
...     ("_:m", S + "about", "flat"), ("_:m", S + "provider", "bob")])
>>> sorted(f.text for f in kg.facts() if f.subject == "house")
['4 Elm St — provider → ann']
"""

from __future__ import annotations

import numpy as np

from kgchat.graph import vocab
from kgchat.graph.predicate_roles import fixed_role
from kgchat.graph.vocab import Role

__all__ = ["topic_fact_triples"]

# page -> thing, and thing -> page: the "primary topic" relations of schema.org and FOAF
_PAGE_TO_THING = frozenset(
    [*(ns + k for ns in vocab.SCHEMA for k in ("about", "mainEntity")), vocab.FOAF + "primaryTopic"]
)
_THING_TO_PAGE = frozenset(
    [*(ns + "mainEntityOfPage" for ns in vocab.SCHEMA), vocab.FOAF + "isPrimaryTopicOf"]
)


def topic_fact_triples(keys, kinds, s, p, o, src, preds):
    """The triples with each one-to-one page's facts stated of its topic as well: ``(kinds, s,
    p, o, src)``, the same arrays where the graph has no such page. ``preds``: the used
    predicates' ids by key. A topic relation is read so only where all its pairs are one to
    one (``schema:about`` also names a work's subject, several works' one topic: no page)."""
    forward = [i for k, i in preds.items() if k in _PAGE_TO_THING]
    backward = [i for k, i in preds.items() if k in _THING_TO_PAGE]
    if not forward and not backward:
        return kinds, s, p, o, src
    pairs: set[tuple[int, int]] = set()
    for q in forward + backward:
        rows = np.flatnonzero(p == q)
        pages, things = (s[rows], o[rows]) if q in forward else (o[rows], s[rows])
        found = {(a, b) for a, b in zip(pages.tolist(), things.tolist(), strict=True) if a != b}
        # the relation pairs pages and things one to one, and over two pages or more: a lone
        # pair shows no page per thing (an RO-Crate's metadata file, about its root dataset)
        if len(found) > 1 and len(_one_to_one(found)) == len(found):
            pairs |= found
    page_of = _one_to_one(pairs)
    if not page_of:
        return kinds, s, p, o, src
    thing_of = np.full(len(keys), -1, np.int64)
    for thing, page in page_of.items():
        thing_of[page] = thing
    rows = np.flatnonzero(thing_of[s] >= 0)
    rows = rows[np.isin(p[rows], _copied(keys, np.unique(p[rows]), forward + backward))]
    rows = rows[thing_of[s[rows]] != o[rows]]  # not the page's own link back to its topic
    # a value under a relation the thing states a value by itself is the page's own (a
    # catalogue record's dates beside its dataset's): the thing's value stands; links add up
    is_lit = kinds == 2  # compile.LITERAL
    is_thing = np.zeros(len(keys), bool)
    is_thing[list(page_of)] = True
    mine = is_thing[s] & is_lit[o]
    own = set(zip(s[mine].tolist(), p[mine].tolist(), strict=True))
    pairs_of = zip(
        thing_of[s[rows]].tolist(), p[rows].tolist(), is_lit[o[rows]].tolist(), strict=True
    )
    rows = rows[[not (lit and (t, q) in own) for t, q, lit in pairs_of]]
    if not len(rows):
        return kinds, s, p, o, src
    return (
        kinds,
        np.concatenate([s, thing_of[s[rows]].astype(s.dtype)]),
        np.concatenate([p, p[rows]]),
        np.concatenate([o, o[rows]]),
        np.concatenate([src, src[rows]]),
    )


def _one_to_one(pairs: set[tuple[int, int]]) -> dict[int, int]:
    """``thing -> its page`` for the pages with one topic whose topic has one page."""
    topics: dict[int, set[int]] = {}
    pages: dict[int, set[int]] = {}
    for page, thing in pairs:
        topics.setdefault(page, set()).add(thing)
        pages.setdefault(thing, set()).add(page)
    page_of = {
        thing: next(iter(ps))
        for thing, ps in pages.items()
        if len(ps) == 1 and len(topics[next(iter(ps))]) == 1
    }
    return page_of


def _copied(keys, used, topic_links) -> list[int]:
    """Those of the predicates ``used`` whose facts a page hands its topic: a fact's (no fixed
    role other than FACT), not ``rdf:type``, not a topic link."""
    return [
        i
        for i in used.tolist()
        if i not in topic_links
        and keys[i] != vocab.RDF_TYPE
        and fixed_role(keys[i]) in (None, Role.FACT)
    ]
