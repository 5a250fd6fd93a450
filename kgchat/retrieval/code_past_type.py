"""A value one hop past the thing of the type asked: the thing is the answer (issue 11: hop count).

"What *country* is APT28 attributed to?" asks a country. The walk reaches the location the
group is attributed to and goes one hop further, to the location's ``country`` value, the code
"RU": a literal, while the question named a kind of thing no literal is. The converse of
:mod:`kgchat.retrieval.short_of_type` (a walk that stops a hop short of the type named).

Read from the graph and WordNet alone: where the first answer is a literal and the node its best
walk passed last (no entity the question names, no class) is of a kind the type named is a kind
of by WordNet ("a *country* is a *location*": :meth:`~kgchat.wordnet.WordNet.means`), that node
is what the question asks: it comes first, its walk the answer's without the last hop. Not where
the question's own words, beside the type it names, say the last hop's relation ("What is the
country *code* of the location APT28 is attributed to?"): then the value is asked. Nor where the
node has no name of its own (a rating, an address, a quantity: a node that holds values, whose
value is the answer) or the literal is a figure or a date (it begins with a digit: a measure of
the thing, no name or code of it). A kind every thing is of ("thing", "entity") says no type.

docs/retrieval-measurements.md, fix54f, has what was read, measured and dropped (the node's
kinds meeting the type by the encoder: it moved rating, voltage and address values to their
value nodes).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kgchat.retrieval.answer_type import GENERIC_KINDS, WH_TYPE_WORDS
from kgchat.retrieval.question import QuestionInfo
from kgchat.retrieval.results import Candidate, Path
from kgchat.text import content_stems, stem
from kgchat.wordnet import wordnet

__all__ = ["type_before_value"]

_ANY = GENERIC_KINDS - set(WH_TYPE_WORDS)  # the kinds every thing is of ("thing", "entity")


def _of_type(reader: Any, node: str, named: tuple[str, ...]) -> bool:
    """Whether ``node``'s own kinds say it is a thing of the type ``named``: the type's head
    word is a kind of one of their heads by WordNet."""
    heads = [k.split()[-1] for k in reader.kinds_of(node) if k and k.split()[-1] not in _ANY]
    lexicon = wordnet()
    return bool(heads) and lexicon is not None and lexicon.means(named[-1], heads)


def type_before_value(
    reader: Any, q: QuestionInfo, candidates: list[Candidate], topics: set[str]
) -> list[Candidate]:
    """``candidates`` with the node the first one's best walk passed last put first, where the
    first is a literal, that node is a thing of the type the question names (:func:`_of_type`;
    none of ``topics``, no literal nor class) and the question's words beside that type do not
    say the last hop's relation (the module docstring). Its score is set just above the
    first's; a node no candidate yet holds comes with the walk cut before its last hop.

    ``reader``: the retriever (``is_literal``, ``is_class``, ``anonymous``, ``kinds_of``,
    ``kg.label``)."""
    named = tuple(w for w in q.named_type if w not in _ANY)
    if not named or not candidates or not candidates[0].paths:
        return candidates
    top = candidates[0]
    walk = top.paths[0]
    if not reader.is_literal(top.node) or len(walk.nodes) < 3:
        return candidates
    node = walk.nodes[-2]
    if node in topics or reader.is_literal(node) or reader.is_class(node):
        return candidates
    if reader.anonymous(node) or top.label[:1].isdigit():  # a value node's; a figure, a date
        return candidates
    if not _of_type(reader, node, named):
        return candidates
    typed = {stem(w) for w in named}
    others = set(content_stems(q.text)) - typed
    said = set(content_stems(reader.kg.label(walk.pattern[-1][0]))) - typed
    if said & others:  # the question asks the last hop's relation, beside the type
        return candidates
    score = top.score + 1e-3
    held = next((c for c in candidates if c.node == node), None)
    if held is not None:
        first = replace(held, score=score)
    else:
        cut = Path(walk.start, walk.pattern[:-1], walk.nodes[:-1], walk.facts[:-1], walk.score)
        first = Candidate(node, reader.kg.label(node), score, [cut])
    return [first, *(c for c in candidates if c.node != node)]
