"""Whether a walk's relation says the opposite of what the question asks: "When did X *die*?"
answered by X's ``birth date``, "Which companies *lost* the tender?" by its ``winner``, "What
was the *employment* rate?" by the ``unemployment rate``. The two relations share every
other word and sit close in the encoder's space (an antonym is a word of the same field), so
the relation judge reads the near one as the one asked; WordNet files the pair as opposites
(its antonym links, :meth:`~kgchat.wordnet_opposites.Opposites.opposed`), which no synonym
is.

A hop walked against its direction reads its relation from the other end ("has narrower
concept" walked back says *broader*), so only the words of the hops walked forwards are read;
and a question word the walk also says (its own stem or a derived form: "lost" and
``loser``) is met, whatever else the walk says.

A converse pair is no contrary one: WordNet files *predecessor* / *successor* as it files
*birth* / *death*, but "Yugoslavia is predecessor of Serbia" says "Serbia succeeded
Yugoslavia", while a birth date says no death date whichever way it is read. A hop walked
forwards whose name says its subject's role (``predecessor of``, :func:`~kgchat.retrieval.
role_nouns.subject_role`) names the start's role, so a word opposed to it may name the
answer's; it does where the graph relates two things of one kind by it, not stated back
between them (a symmetric relation, ``enemy of``, has no other end to read from):
:func:`read_both_ways`, whose hops' words are not read as opposed. Two things of different
kinds (a tender and its winner) or a thing and a value (a date, a rate) keep the check.

Examples
--------
>>> from kgchat.retrieval.question import analyze
>>> from kgchat.retrieval.scoring import PathQuery
>>> from kgchat.retrieval.similarity import TextSimilarity
>>> from kgchat.wordnet import wordnet
>>> sim = TextSimilarity(None, lexicon=wordnet(), lexical=0.8)
>>> q = analyze("When did Anna Berg die?", [(2, 4)])
>>> born = PathQuery((("birth_date", True),), ("birth date",))
>>> died = PathQuery((("death_date", True),), ("death date",))
>>> wordnet() is None or (says_opposite(sim, q, born), says_opposite(sim, q, died))
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from kgchat.graph.predicate_roles import is_vocabulary
from kgchat.retrieval.phrases import phrase_parts
from kgchat.retrieval.role_nouns import subject_role

if TYPE_CHECKING:
    from kgchat.retrieval.path_query import PathQuery
    from kgchat.retrieval.question import QuestionInfo
    from kgchat.retrieval.results import Path

__all__ = ["SAID", "read_both_ways", "says_opposite"]

# a word is said by another at this similarity of forms and WordNet's relations alone (no
# encoder: an antonym is near in its space): a derived form (0.8, "lost" and ``loser``) or
# the same stem (1.0)
SAID = 0.8


def says_opposite(
    similarity: Any,
    question: QuestionInfo,
    path: PathQuery,
    converse: frozenset[str] = frozenset(),
) -> bool:
    """Whether a word of a hop ``path`` walks forwards is one WordNet opposes to a word of
    ``question`` (its likeliest meanings: :meth:`~kgchat.wordnet_opposites.Opposites.
    opposed`), neither word being said by the other side (:data:`SAID`, forms and WordNet
    only). ``similarity`` is a :class:`~kgchat.retrieval.similarity.TextSimilarity`; without
    its lexicon nothing is opposed. The hops over a relation of ``converse``
    (:func:`read_both_ways`) are read from their other end: their words are not opposed."""
    lexicon = similarity.lexicon
    if lexicon is None or not question.words or not path.phrases:
        return False
    every = [w for ph in path.phrases for w in phrase_parts(ph)[0]]
    forwards = [
        w
        for (relation, ahead), ph in zip(path.pattern, path.phrases, strict=False)
        if ahead and relation not in converse
        for w in phrase_parts(ph)[0]
    ]
    asked = list(dict.fromkeys(question.words))
    if not forwards or not every:
        return False
    said = similarity.words(asked, every, encoded=False).max(axis=1)
    unsaid = [w for w, m in zip(asked, said, strict=True) if m < SAID]
    if not unsaid:
        return False
    own = list(dict.fromkeys(forwards))
    met = similarity.words(own, list(question.words), encoded=False).max(axis=1)
    return any(
        lexicon.opposed(w, p) for p, m in zip(own, met, strict=True) if m < SAID for w in unsaid
    )


def read_both_ways(
    kg: Any,
    edges: Callable[[str], Iterable[Any]],
    phrase: Callable[[str], str],
    paths: Sequence[Path],
) -> frozenset[str]:
    """The relations of ``paths``' forward hops that read as a converse pair's other end:
    named by their subject's role (:func:`~kgchat.retrieval.role_nouns.subject_role`), between
    two things sharing a class (not a term of RDF or OWL), and not stated back between them
    (``edges``: a node's edges, as the walk reads them). ``phrase``: a relation's name."""
    found: set[str] = set()
    for p in paths:
        for (relation, ahead), a, b in zip(p.pattern, p.nodes, p.nodes[1:], strict=False):
            if relation in found or not ahead or not subject_role(phrase(relation)):
                continue
            if kg.is_literal(a) or kg.is_literal(b):
                continue
            kinds = {c for c in kg.types(a) if not is_vocabulary(c)}
            if kinds.isdisjoint(kg.types(b)):
                continue
            if not any(e.predicate == relation and e.neighbor == a for e in edges(b) if e.forward):
                found.add(relation)
    return frozenset(found)
