"""The kind a "how many" counts, read of the nodes a walk reaches (moved out of
:mod:`~kgchat.retrieval.counting`, which counts them).

"How many schools does the trust have?" counts the entity answers that are schools: a node
is of the counted kind where words of what it is (its types, the relation that names its
role) meet the counted noun by the relation judge, or where one of them is a kind of it by
WordNet (:func:`_a_kind_of`).

:func:`_a_kind_of` is not :meth:`kgchat.wordnet.WordNet.is_a`, and the two stay apart: ``is_a``
weighs how surely a word's *commonest* noun meaning is a kind of another's commonest (a
type asked for, "who": a person); a count's noun is read by any of its few likeliest own
meanings, less its meanings of a group ("people" counts persons, not generations), against
any of the word's ("codex", a manuscript, in a catalogue of manuscripts).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kgchat.retrieval.hop_support import NAMED
from kgchat.retrieval.results import Candidate
from kgchat.retrieval.walk import Pattern
from kgchat.text import STOPWORDS, tokens

__all__ = ["counted_entity", "on_the_way", "walk_words"]

# the counted noun's likeliest meanings a kind is read against (WordNet's own default)
_MEANINGS = 3
_GROUP_FILE = 14  # WordNet's lexicographer file of nouns of groups (noun.group)


def counted_entity(r: Any, candidates: list[Candidate], noun: list[str]) -> Candidate | None:
    """The best entity answer of the kind counted (a record, a platform, is no child, no
    copy); where none is, the best walk's node of that kind on the way to its answer ("How
    many schools does the trust have?": the walk to a school's census figure passes the
    school), reached by that walk's first hops."""
    return next(
        (
            c
            for c in candidates
            if c.paths and not r.is_literal(c.node) and _of_kind(r, _kind_words(r, c), noun)
        ),
        None,
    ) or next((b for c in candidates if (b := on_the_way(r, c, noun)) is not None), None)


def on_the_way(r: Any, c: Candidate, noun: list[str]) -> Candidate | None:
    """The node of the kind counted nearest ``c``'s end on its best walk (not ``c``), as a
    candidate of its own reached by the walk's first hops (None: no such node). Only its
    types say its kind: the relation a middle node is left by names what it leads to (a
    census record's "school"), not the node."""
    if not c.paths:
        return None
    p = c.paths[0]
    for k in range(len(p.pattern) - 1, 0, -1):
        node = p.nodes[k]
        if not r.is_literal(node) and _of_kind(r, list(r.answer_types(node)), noun):
            path = replace(p, pattern=p.pattern[:k], nodes=p.nodes[: k + 1], facts=p.facts[:k])
            return Candidate(node, r.kg.label(node), c.score, [path])
    return None


def _of_kind(r: Any, kinds: list[str], noun: list[str]) -> bool:
    """Whether words of what a node is (``kinds``) say the counted ``noun``: met by the
    relation judge (stems, word embeddings) at :data:`~kgchat.retrieval.hop_support.NAMED`,
    or one of them a kind of it by WordNet (:func:`_a_kind_of`: "codex", a manuscript)."""
    return r.judge.meets(kinds, noun) >= NAMED or any(_a_kind_of(w, n) for w in kinds for n in noun)


def _a_kind_of(word: str, noun: str) -> bool:
    """Whether one of ``word``'s likeliest noun meanings of its own is a kind of (has among
    its hypernyms) one of ``noun``'s (False without WordNet). A meaning the two share is the
    relation judge's to weigh: WordNet's synonyms ("citation", "reference") name one record
    read from either end (a paper's citations, its references). Meanings a word only
    derives are left out (an "investigator" investigates, which is to study, and is no
    study), and so are the noun's meanings of a group (WordNet's noun.group).

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or (_a_kind_of("codex", "manuscripts"), _a_kind_of("tax", "rooms"),
    ...     _a_kind_of("generation", "people"))
    (True, False, False)
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None:
        return False
    # (a meaning of a group, "people", "crew", has kinds of groups below it, a generation,
    # a country's people: none of them one of the members counted)
    wanted = {
        k
        for k in lexicon.own_likeliest(noun, _MEANINGS)
        if k[0] == "n" and lexicon.synset(*k).lexfile != _GROUP_FILE
    }
    return any(
        not wanted.isdisjoint(lexicon.above(key))
        for key in lexicon.own_likeliest(word, _MEANINGS)
        if key[0] == "n"
    )


def _kind_words(r: Any, c: Candidate) -> list[str]:
    """What ``c`` is: its types (classes, heads of relations at it) and the words of the
    last relation its best walk reaches it by where they name it (:func:`_role_words`)."""
    return [*r.answer_types(c.node), *_role_words(r, c.paths[0].pattern[-1])]


def walk_words(r: Any, pattern: Pattern) -> list[str]:
    """The words of the relations of ``pattern`` (no function words)."""
    said = (w for hop in pattern for ph in r.query((hop,), ()).phrases for w in tokens(ph))
    return [w for w in said if w not in STOPWORDS]


def _role_words(r: Any, hop: tuple[str, bool]) -> list[str]:
    """The words of ``hop``'s relation where they name the node the hop reaches (a role):
    a relation named "X of" names its subject ("child of" walked back from a parent reaches
    a child), any other its object (a person's "child" walked forward; a census record's
    "school" walked back from the school reaches the record, which is none)."""
    said = [tokens(ph) for ph in r.query((hop,), ()).phrases]
    return [w for ws in said if (ws[-1:] == ["of"]) != hop[1] for w in ws if w not in STOPWORDS]
