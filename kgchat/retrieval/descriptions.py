"""A relation's description (its property's ``rdfs:comment``, ``skos:definition``: read by
:meth:`~kgchat.graph.KnowledgeGraph.relation_description`) as the scorer's hop support and the
confidence's judge read it: by the encoder's meaning, whole and clause by clause.

A description's clauses say different things, and the cosine of the whole dilutes the one that
says the question: ``closing date``'s "The date of the latest coin in a hoard, taken as the date
of its burial." says "When was X buried?" by its second clause (0.44 above the encoder's
unrelated floor), not whole (0.19).

A definition in the genus-differentia form opens with the noun that names what the
relation's value is (:func:`description_genus`): MCPD's ``ANCEST`` ("ancestral data") is
"*Pedigree* or other description of ancestral information", which is how people ask for it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["description_genus", "description_parts", "description_said"]

# a clause of a description is a run of at least this many words between its punctuation
_PART_WORDS = 3
# a description's opening noun phrase of more words than this is no name ("FAO WIEWS code")
_GENUS_WORDS = 3


def description_parts(text: str) -> list[str]:
    """The sentences and clauses of a relation's description (split at the punctuation that
    ends or sets off one: ``.;:,`` and parentheses), each of :data:`_PART_WORDS` words or
    more, where there are several (none for a description of one clause).

    >>> description_parts("The date of the last coin in a hoard, taken as the date of its burial.")
    ['The date of the last coin in a hoard', 'taken as the date of its burial']
    >>> description_parts("The ruler or state in whose name a coin was struck.")
    []
    """
    parts = [p.strip() for p in re.split(r"[.;:,()](?:\s|$)|[()]", text)]
    kept = [p for p in parts if len(p.split()) >= _PART_WORDS]
    return kept if len(kept) > 1 else []


def description_said(similarity: Any, asked: str, text: str) -> float:
    """How well ``asked`` (a question, its entities left out) is said by a description: the
    best of ``similarity.related`` (the encoder's rescaled cosine, a
    :class:`~kgchat.retrieval.similarity.TextSimilarity`) over the whole and its
    :func:`description_parts`, embedded in one pass.

    >>> from kgchat.retrieval.similarity import TextSimilarity
    >>> description_said(TextSimilarity(), "when was buried", "A date, as taken of its burial.")
    0.0
    """
    texts = [text, *description_parts(text)]
    similarity.prefetch([asked, *texts])
    return max(similarity.related(asked, t) for t in texts)


@functools.lru_cache(maxsize=4096)
def description_genus(text: str) -> str:
    """The noun phrase a relation's description opens with (its article left out), where a
    definition names its genus: the words before its first function word or punctuation, at
    most :data:`_GENUS_WORDS` of them, the last a singular noun to WordNet ("*Pedigree* or
    other description of ...", "The *treatment level* the unit received."). "" where the
    description opens otherwise ("Measured from ...", "*Indicates* association with ...": a
    verb, "*True* for data of ...": mostly an adjective); after a possessor ("The star's
    photospheric temperature.", "Its mass": an attribute defined by its subject, as its label
    names it, not a value by its kind); where "of" completes the noun ("The *number* of pupil
    places": the phrase it heads is the name); where a verb follows it ("The Party *is* the
    recipient of the Rule.": a sentence, not a definition); where the noun is plural ("The
    *leaves* on which a text is found.": a relation has one value at a time, so a plural
    names the things the value lists, not the value); where "or" or "and" joins it to a noun
    of another kind ("The *country or group* ... is attributed to": the value is either); or
    where WordNet is not installed.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or description_genus("The site where it was held.") == "site"
    True
    >>> wordnet() is None or description_genus("The country or group it is attributed to.")
    ''
    """
    from kgchat.function_words import (
        ARTICLES,
        COORDINATORS,
        POSSESSIVES,
        STOPWORDS,
        YES_NO_WORDS,
    )
    from kgchat.wordnet import wordnet

    wn = wordnet()
    words = re.split(r"\s+", re.split(r"[.;:,()]", text, maxsplit=1)[0].strip())
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    # "The star's photospheric temperature" defines an attribute by its subject, as the
    # label does ("effective temperature"), no value by its kind: no genus-differentia form
    if words and (words[0].lower() in POSSESSIVES or re.search(r"['’]s?$", words[0])):
        return ""
    run: list[str] = []
    for w in words:
        if w.lower() in STOPWORDS or not re.fullmatch(r"[^\W\d_][\w'-]*", w):
            break
        run.append(w)
    # "The *number* of pupil places", "The oldest *age* of pupils": a noun its "of" completes
    # names no value of its own (the phrase it heads does, as the label says)
    after = words[len(run)].lower() if len(run) < len(words) else ""
    if wn is None or not run or len(run) > _GENUS_WORDS or after == "of" or after in YES_NO_WORDS:
        return ""
    # "The *country or group* an intrusion set is attributed to": a value of two kinds, so no
    # one of them names it ("Pedigree or *other* description ...": one kind among others)
    then = words[len(run) + 1].lower() if len(run) + 1 < len(words) else ""
    if after in COORDINATORS and then and then not in STOPWORDS:
        return ""
    head = run[-1].lower()
    if (head, "n") not in wn.base_forms(head) or wn.pos_share(head, "a") >= 0.5:
        return ""
    # a noun phrase's modifiers are nouns or adjectives: "*Indicates* association with ..."
    # opens with a verb (a word WordNet knows as nothing else), so no name
    for w in run[:-1]:
        parts = {pos for _, pos in wn.base_forms(w.lower())}
        if parts and not parts & {"n", "a", "s"}:
            return ""
    return " ".join(run)
