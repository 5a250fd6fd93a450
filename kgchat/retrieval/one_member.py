"""A class of exactly one instance, said where an entity would be, names that instance.

An ontology's class and a dataset's record often name one thing twice: FoodOn's class
"cheddar cheese" and the composition table's one record of it ("Cheese, cheddar", typed by
the class). A question that says the class beside another entity ("how much *protein* is in
*cheddar cheese*?") asks of that thing, not of a type: the class is walked from, as an entity
is, instead of being dropped as the answer's type word.

It stays a class where the question says it as one: the type asked ("which *cheese* ...":
the retriever's answer classes), the kind of a name said right before or after it ("the
*book* Glass Harbor", "Smells Like Teen Spirit *song*") or of its one instance named anywhere
in the question, or the class a yes/no question claims of its entities ("Is Rex a *cat*?", "Is
Metallica a British *band*?", :func:`~kgchat.retrieval.qualifiers.asked_claim`): there its
one instance (Tom, the graph's one cat) is not the thing asked about.

Examples
--------
>>> from kgchat.mention import Mention
>>> from kgchat.retrieval.question import analyze
>>> m = lambda node, a, b, cls=False: Mention(node.lower(), a, b, node, 1.0, "dictionary", cls)
>>> members = {"Cheddar": {"Cheese, cheddar"}, "Cat": {"Tom"}}.get
>>> q = analyze("How much protein is in cheddar cheese?", [(2, 3), (5, 7)])
>>> walked_classes(q, [m("Protein", 2, 3), m("Cheddar", 5, 7, True)], {"Cheddar"}, set(),
...                lambda n: members(n, set()))
{'Cheddar'}
>>> q = analyze("Is Rex a cat?", [(1, 2), (3, 4)])
>>> walked_classes(q, [m("Rex", 1, 2), m("Cat", 3, 4, True)], {"Cat"}, set(),
...                lambda n: members(n, set()))
set()
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from kgchat.mention import Mention
from kgchat.retrieval.qualifiers import asked_claim
from kgchat.retrieval.question import QuestionInfo

__all__ = ["walked_classes"]


def walked_classes(
    q: QuestionInfo,
    mentions: Sequence[Mention],
    classes: Collection[str],
    answer_classes: Collection[str],
    members: Callable[[str], Collection[str]],
) -> set[str]:
    """The nodes among ``classes`` (mentioned classes, each said beside another entity) that
    are walked from as the one thing each names (module docstring): of exactly one instance
    (``members``: a class's instances), neither asked as the type (``answer_classes``), nor
    said right beside another mention or beside its instance's name, nor the class a yes/no
    question claims of its entities."""
    if not classes:
        return set()
    starts, ends = {m.start for m in mentions}, {m.end for m in mentions}
    named = {m.node for m in mentions}
    entities = [m for m in mentions if m.node not in classes]
    claim = asked_claim(q.tokens, entities, [m for m in mentions if m.node in classes])
    claimed = claim.cls if claim is not None else None
    return {
        m.node
        for m in mentions
        if m.node in classes
        and m.node not in answer_classes
        and m.node != claimed
        and m.end not in starts
        and m.start not in ends
        and len(found := members(m.node)) == 1
        and named.isdisjoint(found)
    }
