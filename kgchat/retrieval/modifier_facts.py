"""The asked type's modifiers, read of the tied best answers' own facts.

"Which *mouse* proteins are secreted?" names the type it asks by a head ("proteins") and a
word that narrows it ("mouse"). Where nothing links the modifier, no walk reads it: the
walk from "Secreted" reaches every secreted protein alike, and the tie is put in order by
node, the human Insulin before the mouse's Insulin-2. The modifier is a value of one of the
answer's own facts (Insulin-2's ``organism`` *Mus musculus*, which WordNet files under
"mouse"), read as a yes/no class claim's qualifier is read
(:func:`~kgchat.retrieval.qualifiers.qualified`: a value named by the words, a name an
adjective pertains to, a kind WordNet files under them, a true-valued relation named by
them). Of the answers tied for the best score, those whose own facts say more of the
modifiers come first, in the ranking's order otherwise; where no tied answer's facts say
any, or all say as much, the ranking stands (the modifier is then no fact of the answer:
a word of its class's name, or of a record the walk did not read).

Examples
--------
>>> from kgchat.graph.view import Edge
>>> from kgchat.retrieval.question import analyze
>>> from kgchat.retrieval.results import Candidate, tied_through
>>> q = analyze("Which oral drugs treat pain?", [(4, 5)])
>>> type_modifiers(q)
('oral',)
>>> facts = {"a": [Edge(1, "injected", "route", True)], "b": [Edge(2, "oral", "route", True)]}
>>> tied = [Candidate("a", "A", 1.0), Candidate("b", "B", 1.0), Candidate("c", "C", 0.5)]
>>> [c.node for c in modifiers_held(q, tied, facts.get, str, 10)]
['b', 'a', 'c']
>>> [c.node for c in modifiers_held(analyze("Which drugs treat pain?", [(3, 4)]), tied,
...                                 facts.get, str, 10)]
['a', 'b', 'c']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kgchat.retrieval.qualifiers import qualified
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, tied_through
from kgchat.text import STOPWORDS

__all__ = ["modifiers_held", "type_modifiers"]

# an answer's own facts read for the modifiers: its first ones, as the tie of one relation
# path reads them (own_facts: a hub has thousands; the facts that say what a thing is, its
# organism, country or kind, are among a record's first)
_OWN_FACTS = 50


def type_modifiers(q: QuestionInfo) -> tuple[str, ...]:
    """The words the question says before the head of the type it asks ("which *mouse*
    proteins": ``('mouse',)``); none where it names a type of one word, or none."""
    named = q.named_type
    return tuple(w for w in named[:-1] if w not in STOPWORDS)


def modifiers_held(
    q: QuestionInfo,
    candidates: list[Candidate],
    edges: Callable[[str], Sequence[Any] | None],
    label: Callable[[str], str],
    most: int,
) -> list[Candidate]:
    """``candidates`` with the first ``most`` of those tied for the best score put in the
    order of how many of the type's modifiers (:func:`type_modifiers`) their own facts say
    (``edges``: a node's :class:`~kgchat.graph.view.Edge` s; ``label``: a node's or a
    relation's name), most first and in the ranking's order otherwise; unchanged where no
    tied answer's facts say one or all say as many."""
    words = type_modifiers(q)
    if not words or len(candidates) < 2:
        return candidates
    tied = candidates[: tied_through(candidates[:most], 1)]
    if len(tied) < 2:
        return candidates
    said = [len(words) - len(_unsaid(c.node, words, edges, label)) for c in tied]
    if max(said) == 0 or min(said) == max(said):
        return candidates
    order = sorted(range(len(tied)), key=lambda i: -said[i])  # (stable: the ranking's order)
    return [tied[i] for i in order] + candidates[len(tied) :]


def _unsaid(
    node: str,
    words: tuple[str, ...],
    edges: Callable[[str], Sequence[Any] | None],
    label: Callable[[str], str],
) -> tuple[str, ...]:
    """The modifier ``words`` none of ``node``'s first own facts says."""
    own = [e for e in (edges(node) or ()) if e.forward][:_OWN_FACTS]
    return qualified(node, words, own, label)[1]
