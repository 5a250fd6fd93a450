"""A relation named for a doer read with what it is the doer of: :func:`domain_phrase`.

A vocabulary made for any resource names its roles generically: Dublin Core's
``contributor`` relates a resource to whoever took part in making it, a book's co-author, a
photograph's retoucher, a court judgment's judges. The graph's own use says which: where
every subject of the relation is of one class (``Judgment``), the relation is that class's
contributor, "judgment contributor", and a question that asks the doer by the verb that class
derives from ("Who were the *judges* of X?") says it as a person would, where the bare
"contributor" meets no word of it. The compound is one more name of the relation
(:meth:`~kgchat.retrieval.relation_readings.RelationReadings._domain_phrases`, read with its
other names by :meth:`~kgchat.retrieval.reading.GraphReading.query`), so the walks and the
confidence read it alike.

Only a relation named by one noun that names a doer (WordNet's :meth:`~kgchat.wordnet.WordNet.
agent_verb` or ``doer_verb``: a contributor, a provider, an author) is read so: its name says
who, not of what, and the class says the rest. A relation whose name says a thing or a value
(``subject``, ``date``, ``description``) is not: its subject's class adds no meaning to it,
and would only meet the words a question names the entity by.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.wordnet import wordnet
>>> T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> kg = KnowledgeGraph.from_triples([("J1", T, "Judgment"), ("J2", T, "Judgment"),
...     ("J1", "contributor", "Ann"), ("J2", "contributor", "Bo"), ("J1", "date", "2020")])
>>> wn = wordnet()
>>> wn is None or domain_phrase(kg, "contributor", "contributor", wn) == "judgment contributor"
True
>>> domain_phrase(kg, "date", "date", wn)
"""

from __future__ import annotations

from typing import Any

from kgchat.retrieval.scoring import phrase_parts
from kgchat.text import stem

__all__ = ["domain_phrase"]


def domain_phrase(kg: Any, predicate: str, phrase: str, lexicon: Any) -> str | None:
    """``phrase`` (the relation's own) led by the name of the one class all its subjects are
    in (:meth:`~kgchat.graph.relation_reads.RelationReads.subject_classes`), where the phrase
    is one noun naming a doer (module docstring); None otherwise, without a lexicon, or on a
    graph that does not read its subjects' classes (an endpoint)."""
    content, preps = phrase_parts(phrase)
    if lexicon is None or len(content) != 1 or preps:
        return None
    classes = getattr(kg, "subject_classes", None)
    if classes is None or not (lexicon.agent_verb(content[0]) or lexicon.doer_verb(content[0])):
        return None
    found = classes(predicate)
    if len(found) != 1:
        return None
    kind = " ".join(kg.label(found[0]).lower().split())
    if not kind or stem(content[0]) in {stem(w) for w in kind.split()}:
        return None  # a class named for the role says nothing more of it
    return f"{kind} {phrase}"
