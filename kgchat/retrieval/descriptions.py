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
And its verb says what the relation does, in the words its label leaves out (:func:`said_by_
descriptions`): ``section editor`` is "The editor in *charge* of a section", which is how
"Who is in charge of X?" asks for it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

__all__ = ["description_genus", "description_parts", "description_said", "said_by_descriptions"]

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


def said_by_descriptions(
    words: Sequence[str], phrase_words: Sequence[str], descriptions: Sequence[str]
) -> bool:
    """Whether every one of ``words`` (a question's, its entities and the type it asks left
    out) is said by a word of the path's relation phrases (``phrase_words``) or by a verb of
    their ``descriptions``, and at least one by a description's verb only: one word in
    forms of one stem or of one verb ("written", "writes"). A definition's verb is what the
    relation does ("A person *won* the constituency's seat" of ``elected in``; "The script in
    which the main text is *written*" of ``script``); its nouns name the things it relates
    ("links a *legal person* to the *jurisdiction*"), so they say no relation asked
    (:meth:`~kgchat.retrieval.hop_support.HopSupport._hop` reads none either). Every word, not
    a share: a description is a sentence, and a word of it met by chance beside one the
    question says and it does not is no reading of the question (an unanswerable one's near
    relation is described too). False without WordNet.

    >>> from kgchat.wordnet import wordnet
    >>> said = said_by_descriptions(["written"], ["script"], ["The hand the text is written in."])
    >>> wordnet() is None or said
    True
    >>> said_by_descriptions(["written", "when"], ["script"], ["The hand the text is written in."])
    False
    >>> said_by_descriptions(["hand"], ["script"], ["The hand the text is written in."])
    False
    """
    from kgchat.wordnet import wordnet

    if wordnet() is None or not words or not descriptions:
        return False
    verbs = {v for d in descriptions for v in _description_verbs(d)}
    own = [w for w in words if not any(_one_word(w, p) for p in phrase_words)]
    return bool(own) and all(any(_one_word(w, v) for v in verbs) for w in own)


@functools.lru_cache(maxsize=4096)
def _description_verbs(text: str) -> frozenset[str]:
    """The words of a description that WordNet uses as verbs at least as often as otherwise
    (its function words left out)."""
    from kgchat.function_words import STOPWORDS
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        return frozenset()
    words = {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in STOPWORDS}
    return frozenset(
        w
        for w in words
        if any(p == "v" and wn.pos_share(lemma, "v") >= 0.5 for lemma, p in wn.base_forms(w))
    )


def _one_word(a: str, b: str) -> bool:
    """Whether two words are forms of one stem or of one verb ("won", "wins")."""
    from kgchat.text import stem
    from kgchat.wordnet import wordnet

    a, b = a.lower(), b.lower()
    if stem(a) == stem(b):
        return True
    wn = wordnet()
    if wn is None:
        return False
    verbs = {lemma for lemma, p in wn.base_forms(a) if p == "v"}
    return bool(verbs) and not verbs.isdisjoint(lemma for lemma, p in wn.base_forms(b) if p == "v")
