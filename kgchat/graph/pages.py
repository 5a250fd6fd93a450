"""IRIs that name web documents, not things: shown as the whole IRI, not its last segment.

An unlabelled IRI is named by its last segment (``dbr:Monte_Cervino`` -> "Monte Cervino"),
which is right for a thing and wrong for a document. Three kinds of IRI are documents:

- one whose last segment is a file name (``.../2774326/klagenfurt.html``, ``.../about.rdf``):
  "klagenfurt.html" is nobody's name, and a gazetteer's every feature has one;
- one whose last segment is a version number (``creativecommons.org/licenses/by-sa/4.0/``,
  ``rightsstatements.org/vocab/InC/1.0/``, as Europeana's ``edm:rights`` gives them, unlabelled):
  "4.0" names the version of what the path before it names, and every licence has one;
- a leaf (it says nothing itself) on another host than the subject that links to it, whose
  last segment is that subject's own name or one word of it (GeoNames' ``gn:wikipediaArticle``,
  DBpedia's ``foaf:isPrimaryTopicOf``, an ``owl:sameAs`` into another dataset, a DOAP
  project's bug tracker ``issues.apache.org/jira/browse/KAFKA``): a page about the subject,
  or the subject elsewhere. Named "Graz" it is a second Graz, linked by the question's "Graz"
  and met as an answer beside the city. An unnamed subject (a DOAP project's ``repository``
  node, whose ``browse`` page is ``github.com/apache/kafka``) has the names of the nodes that
  hold it.

Both are named by their IRI: what a link's reader sees, and an answer to "what is X's
Wikipedia page?". A same-host leaf keeps its segment (a state's ``capital`` ``dbr:Salzburg``
is the city, not a page).

An identity link (``owl:sameAs``, ``skos:exactMatch``) says more: its object *is* the
subject, whatever its segment says. A leaf on another host is then named by its IRI even when
its segment is another name of the subject (the Nobel Prize data's "Linus Carl Pauling" is
``dbr:Linus_Pauling``: a second, empty Pauling that the question's "Linus Pauling" would
link), and that name, when it is words and not a code (``wd:Q48983``), becomes the subject's
alias: the other dataset's name for the same thing.

>>> import numpy as np
>>> keys = ["http://a.org/1/", "http://w.org/wiki/Graz", "http://a.org/1/graz.html", "x"]
>>> labels = {0: "Graz"}
>>> page_names(keys, np.array([0, 0, 0]), np.array([1, 2, 3]), np.array([0, 0, 0, 0]), labels)
>>> labels[1], labels[2], 3 in labels
('http://w.org/wiki/Graz', 'http://a.org/1/graz.html', False)

A leaf that other subjects link to as well, whose names it is not, is a value they share:

>>> keys = ["http://a.org/1", "http://a.org/2", "http://v.org/author", "x"]
>>> labels = {0: "Author names", 1: "Open data"}
>>> page_names(keys, np.array([0, 1]), np.array([2, 2]), np.zeros(4), labels)
>>> 2 in labels
False
>>> keys = ["http://a.org/1", "http://d.org/Linus_Pauling", "http://w.org/Q48983", "sameAs"]
>>> labels, aliases = {0: "Linus Carl Pauling"}, {}
>>> kinds, s, o = np.zeros(4), np.array([0, 0]), np.array([1, 2])
>>> page_names(keys, s, o, kinds, labels, aliases, identity=np.array([True, True]))
>>> labels[1], labels[2], aliases
('http://d.org/Linus_Pauling', 'http://w.org/Q48983', {0: ['Linus Pauling']})
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import numpy as np

from kgchat.graph.names import humanize_id, local_name, normalize_text

__all__ = ["keyed_records", "page_names"]

# the extensions of documents on the web: pages, data files, images
_FILE = re.compile(
    r"[^/#?]+\.(?:html?|xhtml|php|aspx?|jsp|rdf|owl|xml|json|jsonld|ttl|nt|n3|csv|txt|pdf"
    r"|png|jpe?g|gif|svg)",
    re.IGNORECASE,
)


# a version number (``1.0``, ``4.0``, ``2.1.3``): the last segment of a versioned document's
# IRI (Creative Commons' ``licenses/by-sa/4.0/``, rightsstatements.org's ``vocab/InC/1.0/``),
# which names the version of what the path before it names, and is nobody's name
_VERSION = re.compile(r"v?\d+(?:\.\d+)+", re.IGNORECASE)


def _host(iri: str) -> str:
    return urlsplit(iri).netloc.lower() if "://" in iri else ""


def page_names(
    keys: list[str],
    s: np.ndarray,
    o: np.ndarray,
    kinds: np.ndarray,
    labels: dict[int, str],
    aliases: dict[int, list[str]] | None = None,
    identity: np.ndarray | None = None,
) -> None:
    """Name the unlabelled document IRIs among ``o`` (the objects of triples ``s -> o``) by
    their IRI, in ``labels`` (see the module docstring); ``kinds`` 0 marks an IRI. A
    subject's ``aliases`` are its names too (GeoNames' ``Zurich`` links to ``wiki/Zürich``).
    ``identity`` marks the triples that are identity links (``owl:sameAs``): their leaves on
    another host are named by their IRI, and their segments added to ``aliases``."""
    aliases = {} if aliases is None else aliases
    objects = np.unique(o[kinds[o] == 0]).tolist()
    todo = [i for i in objects if i not in labels and "://" in keys[i]]
    if not todo:
        return
    is_subject = np.zeros(len(kinds), bool)
    is_subject[s] = True
    leaves = [i for i in todo if not is_subject[i]]
    linking: dict[int, list[int]] = {}
    if leaves and identity is not None and identity.any():
        _identity_leaves(keys, s[identity], o[identity], is_subject, labels, aliases)
        todo = [i for i in todo if i not in labels]
        leaves = [i for i in leaves if i not in labels]
    if leaves:
        wanted = np.zeros(len(kinds), bool)
        wanted[leaves] = True
        for a, b in zip(s[wanted[o]].tolist(), o[wanted[o]].tolist(), strict=True):
            linking.setdefault(b, []).append(a)
    # an unnamed node's holders (a DOAP project's ``repository`` node): its names are theirs
    held: dict[int, list[int]] = {}
    unnamed = {j for links in linking.values() for j in links if j not in labels}
    if unnamed:
        wanted = np.zeros(len(kinds), bool)
        wanted[list(unnamed)] = True
        for a, b in zip(s[wanted[o]].tolist(), o[wanted[o]].tolist(), strict=True):
            if a in labels:
                held.setdefault(b, []).append(a)
    for i in todo:
        key = keys[i]
        name = local_name(key)
        if _FILE.fullmatch(name) or _VERSION.fullmatch(name):
            labels[i] = key
            continue
        if is_subject[i]:
            continue
        host, own = _host(key), normalize_text(humanize_id(name))
        # A page is about what links to it: each subject that links to it (through a holder,
        # where it is unnamed) carries its segment as a name. A leaf that other subjects link to
        # too is a value they share (OpenCitations' ``pro:author``, held by every author role
        # of every work: "author" is also a word of "Disambiguating author names"), not a page.
        about = False
        for j in linking.get(i, ()):
            verdict = None
            for named in [j] if j in labels else held.get(j, ()):
                if _host(keys[named]) in ("", host):
                    continue  # (a blank node, a SHACL shape naming its path, is on no host)
                names = {normalize_text(n) for n in [labels[named], *aliases.get(named, ())]}
                # the subject's name, or one word of it ("KAFKA" of Apache Kafka's bug
                # tracker ``issues.apache.org/jira/browse/KAFKA``)
                verdict = own in names or (" " not in own and any(own in n.split() for n in names))
                if verdict:
                    break
            if verdict is False:
                about = False
                break
            about = about or bool(verdict)
        if about:
            labels[i] = key


def _identity_leaves(
    keys: list[str],
    s: np.ndarray,
    o: np.ndarray,
    is_subject: np.ndarray,
    labels: dict[int, str],
    aliases: dict[int, list[str]],
) -> None:
    """The unlabelled leaves ``o`` of identity links ``s -> o`` on another host than their
    named subject: named by their IRI, their segment (words, no digit) the subject's alias."""
    for a, b in zip(s.tolist(), o.tolist(), strict=True):
        if b in labels or is_subject[b] or a not in labels or "://" not in keys[b]:
            continue
        if _host(keys[a]) == _host(keys[b]):
            continue
        labels[b] = keys[b]
        name = humanize_id(local_name(keys[b])).strip()
        if not name or any(ch.isdigit() for ch in name) or _FILE.fullmatch(name):
            continue
        own = {normalize_text(n) for n in [labels[a], *aliases.get(a, ())]}
        if normalize_text(name) not in own:
            aliases.setdefault(a, []).append(name)


def keyed_records(
    keys: list[str], s: np.ndarray, o: np.ndarray, kinds: np.ndarray, labels: dict[int, str]
) -> None:
    """Name by its IRI an unlabelled IRI that links to a labelled one under the same last
    segment (a catalogue's record of a dataset, ``.../record/fish-landings`` ->
    ``.../dataset/fish-landings``, as DCAT catalogues mint their ``dcat:CatalogRecord``s): the
    segment is the key the publisher filed the other under, not a second name of it, and the
    record would otherwise be a second "fish landings" that the question's words link in
    place of the dataset's own title ("Fish Landings at Irish Ports").

    >>> keys = ["http://p.org/record/fl", "http://p.org/dataset/fl", "http://p.org/record/x"]
    >>> labels = {1: "Fish Landings"}
    >>> kinds = np.zeros(3)
    >>> keyed_records(keys, np.array([0, 2]), np.array([1, 1]), kinds, labels)
    >>> labels[0], 2 in labels
    ('http://p.org/record/fl', False)

    Many unlabelled IRIs ending in the one labelled node's segment share a value, not a key:
    none is named so.

    >>> keys = ["http://p.org/obs/2019/T", "http://p.org/obs/2020/T", "http://p.org/sex/T"]
    >>> labels = {2: "Total"}
    >>> keyed_records(keys, np.array([0, 1]), np.array([2, 2]), np.zeros(3), labels)
    >>> sorted(labels)
    [2]
    """
    wanted = np.zeros(len(kinds), bool)
    wanted[[i for i in labels if kinds[i] == 0]] = True
    filed: dict[int, set[int]] = {}
    for a, b in zip(s[wanted[o]].tolist(), o[wanted[o]].tolist(), strict=True):
        if a in labels or kinds[a] != 0 or a == b or "://" not in keys[a]:
            continue
        name = local_name(keys[a])
        if name and name == local_name(keys[b]):
            filed.setdefault(b, set()).add(a)
    for records in filed.values():
        # one record filed under the other's key: many that end in one code (a data cube's
        # observations ``.../2019/ES30/F/TOTAL`` each lead to the age class ``.../TOTAL``)
        # end in a value they share, not in the key of what each describes
        if len(records) == 1:
            (a,) = records
            labels[a] = keys[a]
