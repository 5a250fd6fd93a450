"""A question's word that its dictionary defines as a chain of the graph's relations.

People say in one word what a graph holds as two relations: "the *grandfather* of X" over a
graph of ``father`` and ``mother``, "X's *son-in-law*" over ``child`` and ``spouse``.
WordNet says the chain in the word's definition, the shape a relational noun is defined by:
*grandfather* is "the father of your father or mother", *son-in-law* "the husband of your
daughter", *nephew* "a son of your brother or sister". :func:`defined_chain` reads that shape
(a determiner, the head, "of", a possessive or determiner, the next noun or nouns joined by
"or") in the word's likeliest meaning and meets each noun with the graph's relation words by
WordNet's relatedness, the judge's own reading of a word and a relation word
(:meth:`~kgchat.wordnet.WordNet.related`: a shared meaning, a hypernym step: "husband" and
``spouse``); nouns joined by "or" are one link of the chain, said by any of their relation
words (``father`` or ``mother``) or by the one that meets them all (``parent``).
:func:`chained` then reads the question with the chain's relation words in place of the word,
and marks them as one chain (:attr:`~kgchat.retrieval.question.QuestionInfo.chains`): each
link is said by a hop of its own, in order, each hop read the way it is walked, so that a
walk of one hop says half of it (the scorer's coverage, :func:`~kgchat.retrieval.chain_cover.
chain_said`), names no more hops than the chain has links (:func:`~kgchat.retrieval.
said_hops.named_hops`), and is judged unsaid (:meth:`~kgchat.retrieval.relation_match.
RelationMatch._judged`: a mother is no grandmother). No word list: any word so defined is
read so, kinship or not; a word that is itself one of the graph's relation words is the
graph's own and left as it is.

Examples
--------
>>> from kgchat.wordnet import wordnet
>>> wn = wordnet()
>>> words = frozenset({"father", "mother", "parent", "child", "spouse"})
>>> wn is None or defined_chain(wn, "grandfather", words)
(('father',), ('father', 'mother', 'parent'))
>>> wn is None or defined_chain(wn, "capital", words) is None
True
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

from kgchat.function_words import ARTICLES, POSSESSIVES
from kgchat.retrieval.question import QuestionInfo, WordCounts
from kgchat.text import stem

__all__ = ["chained", "defined_chain"]

# the words a relational noun's definition opens its head and its link with ("*the* father
# of *your* father"): the articles and possessives of kgchat.function_words, and "your", the
# possessive WordNet's definitions write for anyone's. (Not function_words.DETERMINERS: its
# quantifiers open 16 more definitions so, none a chain of relations: "*any* bone of *the*
# tarsus", "the advancement of *some* enterprise". "one's"
# and "someone's" were listed before, but a definition's words are [a-z]+ runs and never
# hold them; "their" was not, and opens none of the 117,659 definitions of the WordNet read
# here as a chain: the same chains are read with it as without.)
_OPENERS = ARTICLES | POSSESSIVES | {"your"}
_JOINS = frozenset(("or", "and"))  # nouns one link of the chain may be ("father *or* mother")
_LINKS = 2  # the longest chain read: a head and one link ("the X of your Y")
# how many definitions deep a link's noun is read by its own (great-grandson: a son of a
# grandson, a male grandchild, a child of a son): the kin words of WordNet nest two deep
_NESTED = 2


def defined_chain(
    lexicon: Any, word: str, relation_words: frozenset[str]
) -> tuple[tuple[str, ...], ...] | None:
    """The graph's relation words that ``word``'s likeliest meaning is defined as a chain of,
    the answer's end first, each link as the relation words its nouns meet (*grandfather*:
    ``father`` of ``father`` or ``mother``), or None: where the definition is not "the X of
    your Y" (:func:`_chain_nouns`) or some noun meets no relation word (:func:`_met`)."""
    return _defined_chain(lexicon, word, relation_words, _NESTED)


def _defined_chain(
    lexicon: Any, word: str, relation_words: frozenset[str], depth: int
) -> tuple[tuple[str, ...], ...] | None:
    """:func:`defined_chain`, a link's noun that meets no relation word read by its own
    definition, ``depth`` definitions deep (:func:`_nested`)."""
    if stem(word) in _stems(relation_words):
        return None  # the graph's own word: the relation it names
    mine = lexicon.own_likeliest(word, 1)
    if not mine:
        return None
    words = lexicon.definition_words(*mine[0])
    links = _chain_nouns(words)
    if links is None:  # "a male grandchild": a kind of a word so defined, that word's chain
        kind = _kind_of(words)
        return _defined_chain(lexicon, kind, relation_words, depth - 1) if kind and depth else None
    out: list[tuple[str, ...]] = []
    for nouns in links:
        met = [_met(lexicon, (n,), relation_words) for n in nouns]
        if any(m is None for m in met):
            inner = _nested(lexicon, nouns, relation_words, depth)
            if inner is None:
                return None
            out.extend(inner)
            continue
        # a link of nouns is said by each one's word, and by the word that says them all
        # ("father or mother": ``parent``, where the graph says parentage so too)
        whole = _met(lexicon, nouns, relation_words) if len(nouns) > 1 else None
        out.append(tuple(dict.fromkeys(m for m in (*met, whole) if m is not None)))
    return tuple(out)


def _nested(
    lexicon: Any, nouns: tuple[str, ...], relation_words: frozenset[str], depth: int
) -> tuple[tuple[str, ...], ...] | None:
    """The links of the chain a link's nouns are each defined as, one chain for them all
    (*great-grandfather*, "a father of your *grandparent*": a parent of your father or
    mother; *great-grandson*, "a son of your *grandson* or *granddaughter*", both "a child
    of your son or daughter"), or None: no depth left, a noun so defined by no chain, or
    nouns defined by different ones."""
    if not depth:
        return None
    chains = {_defined_chain(lexicon, n, relation_words, depth - 1) for n in nouns}
    return chains.pop() if len(chains) == 1 else None


def _kind_of(words: tuple[str, ...]) -> str | None:
    """The noun a definition "a MODIFIER NOUN" names a kind of ("a male grandchild"), or None.

    >>> _kind_of(("a", "male", "grandchild")), _kind_of(("a", "married", "man", "or", "woman"))
    ('grandchild', None)
    """
    return words[2] if len(words) == 3 and words[0] in _OPENERS else None


@functools.lru_cache(maxsize=8)
def _stems(relation_words: frozenset[str]) -> frozenset[str]:
    """The stems of a graph's relation words, once per graph (a frozenset keeps its hash):
    every word of every question is read against them."""
    return frozenset(stem(w) for w in relation_words)


def _chain_nouns(words: tuple[str, ...]) -> list[tuple[str, ...]] | None:
    """The nouns of a definition shaped "the X of your Y (or Z)": ``[(X,), (Y, Z)]``, or None.

    >>> _chain_nouns(("the", "father", "of", "your", "father", "or", "mother"))
    [('father',), ('father', 'mother')]
    >>> _chain_nouns(("a", "married", "man")) is None
    True
    """
    if len(words) < 5 or words[0] not in _OPENERS or words[2] != "of" or words[3] not in _OPENERS:
        return None
    rest = words[4:]
    nouns = rest[::2]
    if len(rest) % 2 != 1 or any(j not in _JOINS for j in rest[1::2]):
        return None  # more than a list of nouns: a clause ("by a subsequent marriage")
    return [(words[1],), tuple(nouns)][:_LINKS]


def _met(lexicon: Any, nouns: tuple[str, ...], relation_words: frozenset[str]) -> str | None:
    """The relation word that meets every one of ``nouns`` best (its own word, by stem, or
    WordNet's :meth:`~kgchat.wordnet.WordNet.related`: "husband" and ``spouse``), the
    weakest meeting counting; None where none meets them all."""
    best, found = 0.0, None
    for r in sorted(relation_words):
        weakest = min(_related(lexicon, n, r) for n in nouns)
        if weakest > best:
            best, found = weakest, r
    return found


@functools.lru_cache(maxsize=8192)
def _related(lexicon: Any, noun: str, relation_word: str) -> float:
    """1 for the same word (by stem), else WordNet's relatedness of the two."""
    return 1.0 if stem(noun) == stem(relation_word) else float(lexicon.related(noun, relation_word))


def _compounds(
    lexicon: Any, q: QuestionInfo, relation_words: frozenset[str]
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Per question word, the chain of the noun WordNet knows it as together with the token
    before it (*great-grandfather*, split at its hyphen: WordNet's *great_grandfather*, "a
    father of your grandparent"), where that noun is so defined (:func:`defined_chain`);
    a token of an entity's name is none."""
    at = {stem(w): w for w in q.words}
    tokens = [t.lower() for t in q.tokens]
    inside = q.in_mentions
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for i in range(1, len(tokens)):
        word = at.get(stem(tokens[i]))
        if word is None or i - 1 in inside or i in inside:
            continue
        chain = defined_chain(lexicon, f"{tokens[i - 1]} {tokens[i]}", relation_words)
        if chain:
            out[word] = chain
    return out


def chained(q: QuestionInfo, relation_words: frozenset[str]) -> QuestionInfo:
    """``q`` with each of its words that WordNet defines as a chain of the graph's relations
    (:func:`defined_chain`) read as that chain's relation words, marked as one chain
    (``chains``: per link, the answer's end first, the words any of which says it; each link
    said by a hop of its own, in that order)."""
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is None or not q.words or not relation_words:
        return q
    found = {w: c for w in q.words if (c := defined_chain(lexicon, w, relation_words))}
    found.update(_compounds(lexicon, q, relation_words))
    if not found:
        return q
    said = WordCounts()
    chains: list[tuple[tuple[str, ...], ...]] = []
    for w, n in zip(q.words, q.counts or [1] * len(q.words), strict=True):
        chain = found.get(w)
        if chain is None:
            said.add(w, n)
        else:  # (its words are said by the chain's hops: not counted as said again)
            chains.append(tuple(tuple(said.add(r, 0) for r in link) for link in chain))
    counts = said.counts
    return replace(
        q,
        words=said.words,
        counts=[] if all(c == 1 for c in counts) else counts,
        chains=tuple(chains),
    )
