"""Redirects and disambiguation pages: nodes that are only another name of other nodes.

A dump of Wikipedia's redirects (DBpedia's ``redirects`` files: ``dbr:Monte_Cervino
dbo:wikiPageRedirects dbr:Matterhorn``, beside ``dbr:Monte_Cervino rdfs:label "Monte Cervino"``)
names each redirect page as a node of its own, whose only content is its title and the page it
sends a reader to. Kept so, a question that says "Monte Cervino" links to a node with nothing to
say, and every answer about the mountain is a hop further, over a relation that says nothing.
Read as what it is, the title is another name of the target: its names become the target's
aliases, it is no entity, and a fact that reaches it (a wiki link to the redirect page) reaches
the target. A redirect to a redirect is followed to its end; a cycle of redirects folds nothing.

A disambiguation page (``dbr:Bosch dbo:wikiPageDisambiguates dbr:Robert_Bosch,
dbr:Robert_Bosch_GmbH``) is the same for a name several pages share: its title (without a
trailing qualifier, "Porsche (disambiguation)" is "Porsche") becomes an alias of each page it
lists, and the page is no entity: a question that says "Bosch" links to the person and the
company, as to namesakes, and the question's relation chooses between them.

Examples
--------
>>> import numpy as np
>>> from kgchat.graph.vocab import Role
>>> labels, aliases = {0: "Monte Cervino", 1: "Matterhorn"}, {}
>>> # 0 -redirects-> 1; 1 -elevation-> 3 (role FACT)
>>> s, o = np.array([0, 1]), np.array([1, 3])
>>> rp = np.array([Role.REDIRECT, Role.FACT], np.int8)
>>> fold_redirects(s, o, rp, 4, labels, aliases, {}).tolist()
[1, 1, 2, 3]
>>> labels, aliases
({1: 'Matterhorn'}, {1: ['Monte Cervino']})
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph.vocab import Role

__all__ = ["fold_redirects", "spread_disambiguations"]

_QUALIFIER = re.compile(r"\s*\([^()]*\)$")  # "Porsche (disambiguation)": a title's qualifier
_CHAIN = 4  # redirect-to-redirect steps followed (Wikipedia itself follows one)


def fold_redirects(
    s: np.ndarray,
    o: np.ndarray,
    rp: np.ndarray,
    n: int,
    labels: dict[int, str],
    aliases: dict[int, list[str]],
    descriptions: dict[int, str],
) -> np.ndarray | None:
    """Fold every redirect node into its target (in place: ``labels``, ``aliases`` and
    ``descriptions`` of term ids) and return, per term id, the node it stands for (itself
    but for a redirect); None where the triples hold no redirect.

    Parameters
    ----------
    s, o : numpy.ndarray
        Subjects and objects of the triples (term ids).
    rp : numpy.ndarray
        The role of each triple's predicate (:class:`~kgchat.graph.vocab.Role`).
    n : int
        The number of terms.
    labels, aliases, descriptions : dict
        The names chosen so far, by term id: a redirect's label and aliases move to its
        target's aliases (after the target's own), its description is dropped.
    """
    rows = np.flatnonzero(rp == Role.REDIRECT)
    if not len(rows):
        return None
    target = np.arange(n)
    sub, obj = s[rows], o[rows]
    target[sub] = obj
    for _ in range(_CHAIN):
        target = target[target]
    # a cycle (a -> b -> a) lands where it started, or on a member of the cycle: no fold
    cyclic = target[target] != target
    target[cyclic] = np.flatnonzero(cyclic)
    for node in np.flatnonzero(target != np.arange(n)).tolist():
        to = int(target[node])
        names = [labels.pop(node)] if node in labels else []
        names += aliases.pop(node, [])
        descriptions.pop(node, None)
        kept = aliases.setdefault(to, [])
        for name in names:
            if name != labels.get(to) and name not in kept:
                kept.append(name)
        if not kept:
            del aliases[to]
    return target


def spread_disambiguations(
    s: np.ndarray,
    o: np.ndarray,
    rp: np.ndarray,
    n: int,
    labels: dict[int, str],
    aliases: dict[int, list[str]],
    descriptions: dict[int, str],
) -> np.ndarray | None:
    """Give each disambiguation page's title to the pages it lists, as an alias (in place, as
    :func:`fold_redirects`), and return the mask of the pages (term ids); None where the triples
    hold none.

    >>> from kgchat.graph.vocab import Role
    >>> labels, aliases = {0: "Bosch (disambiguation)", 1: "Robert Bosch", 2: "Bosch GmbH"}, {}
    >>> rp = np.array([Role.DISAMBIGUATION] * 2, np.int8)
    >>> s, o = np.array([0, 0]), np.array([1, 2])
    >>> page = spread_disambiguations(s, o, rp, 3, labels, aliases, {})
    >>> page.tolist(), labels, aliases
    ([True, False, False], {1: 'Robert Bosch', 2: 'Bosch GmbH'}, {1: ['Bosch'], 2: ['Bosch']})
    """
    rows = np.flatnonzero(rp == Role.DISAMBIGUATION)
    if not len(rows):
        return None
    page = np.zeros(n, bool)
    page[s[rows]] = True
    for sub, obj in zip(s[rows].tolist(), o[rows].tolist(), strict=True):
        if page[obj]:
            continue  # a page that lists another page: that one gives its own title
        names = [labels[sub]] if sub in labels else []
        names += aliases.get(sub, [])
        kept = aliases.setdefault(obj, [])
        for name in names:
            name = _QUALIFIER.sub("", name) or name
            if name != labels.get(obj) and name not in kept:
                kept.append(name)
        if not kept:
            del aliases[obj]
    for node in np.flatnonzero(page).tolist():
        labels.pop(node, None)
        aliases.pop(node, None)
        descriptions.pop(node, None)
    return page
