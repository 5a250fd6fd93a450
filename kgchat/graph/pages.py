"""IRIs that name web documents, not things: shown as the whole IRI, not its last segment.

An unlabelled IRI is named by its last segment (``dbr:Monte_Cervino`` -> "Monte Cervino"),
which is right for a thing and wrong for a document. Two kinds of IRI are documents:

- one whose last segment is a file name (``.../2774326/klagenfurt.html``, ``.../about.rdf``):
  "klagenfurt.html" is nobody's name, and a gazetteer's every feature has one;
- a leaf (it says nothing itself) on another host than the subject that links to it, whose
  last segment is that subject's own name (GeoNames' ``gn:wikipediaArticle``, DBpedia's
  ``foaf:isPrimaryTopicOf``, an ``owl:sameAs`` into another dataset): a page about the
  subject, or the subject elsewhere. Named "Graz" it is a second Graz, linked by the
  question's "Graz" and met as an answer beside the city.

Both are named by their IRI: what a link's reader sees, and an answer to "what is X's
Wikipedia page?". A same-host leaf keeps its segment (a state's ``capital`` ``dbr:Salzburg``
is the city, not a page).

>>> import numpy as np
>>> keys = ["http://a.org/1/", "http://w.org/wiki/Graz", "http://a.org/1/graz.html", "x"]
>>> labels = {0: "Graz"}
>>> page_names(keys, np.array([0, 0, 0]), np.array([1, 2, 3]), np.array([0, 0, 0, 0]), labels)
>>> labels[1], labels[2], 3 in labels
('http://w.org/wiki/Graz', 'http://a.org/1/graz.html', False)
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import numpy as np

from kgchat.graph.names import humanize_id, local_name, normalize_text

__all__ = ["page_names"]

# the extensions of documents on the web: pages, data files, images
_FILE = re.compile(
    r"[^/#?]+\.(?:html?|xhtml|php|aspx?|jsp|rdf|owl|xml|json|jsonld|ttl|nt|n3|csv|txt|pdf"
    r"|png|jpe?g|gif|svg)",
    re.IGNORECASE,
)


def _host(iri: str) -> str:
    return urlsplit(iri).netloc.lower() if "://" in iri else ""


def page_names(
    keys: list[str],
    s: np.ndarray,
    o: np.ndarray,
    kinds: np.ndarray,
    labels: dict[int, str],
    aliases: dict[int, list[str]] | None = None,
) -> None:
    """Name the unlabelled document IRIs among ``o`` (the objects of triples ``s -> o``) by
    their IRI, in ``labels`` (see the module docstring); ``kinds`` 0 marks an IRI. A
    subject's ``aliases`` are its names too (GeoNames' ``Zurich`` links to ``wiki/Zürich``)."""
    aliases = aliases or {}
    objects = np.unique(o[kinds[o] == 0]).tolist()
    todo = [i for i in objects if i not in labels and "://" in keys[i]]
    if not todo:
        return
    is_subject = np.zeros(len(kinds), bool)
    is_subject[s] = True
    leaves = [i for i in todo if not is_subject[i]]
    linking: dict[int, list[int]] = {}
    if leaves:
        wanted = np.zeros(len(kinds), bool)
        wanted[leaves] = True
        for a, b in zip(s[wanted[o]].tolist(), o[wanted[o]].tolist(), strict=True):
            linking.setdefault(b, []).append(a)
    for i in todo:
        key = keys[i]
        name = local_name(key)
        if _FILE.fullmatch(name):
            labels[i] = key
            continue
        if is_subject[i]:
            continue
        host, own = _host(key), normalize_text(humanize_id(name))
        for j in linking.get(i, ()):
            if j not in labels or _host(keys[j]) == host:
                continue
            if own in {normalize_text(n) for n in [labels[j], *aliases.get(j, ())]}:
                labels[i] = key
                break
