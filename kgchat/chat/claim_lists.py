"""A reply naming a list that leaves items out: the list check of the claim check.

Two or more given facts of one relation that share an end, cited by the claims of a reply, name
a list (the members of a band, the films of a director): their other ends are its items,
whether one claim cites them all ("Ada and Cleo are members of Band [1][2]") or each item its
own ("Ada [1] and Cleo [2]"); ends the reply does not name are no items (the members of a
band a two-hop answer's songs were written by are steps to the items). A given fact of the
same relation and the same end that no claim cites, and whose other end the reply names
nowhere, is an item the list leaves out: the reply says less than the facts it was given, as
a list reply must not, and each claim citing the list fails. Said with a word that closes
the list ("only", "all", "both", "sole": English's exhaustive quantifiers and focus
particles), the claim says what a given fact denies: a contradiction. One fact alone names no
list (a question asking for one answer is answered by one), and a reply that says there are
more ("A [1], B [2] and 2 more", "among others") leaves nothing out unsaid. Where the items
are held by two lists at once (a conjunction: "Which countries border both France and
Germany?"), an item one list holds and the other does not is none left out.
:func:`kgchat.chat.claims.check_claims` reads it.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.chat.claims import check_claims
>>> kg = KnowledgeGraph.from_triples([("Ada", "member_of", "Band"),
...     ("Cleo", "member_of", "Band"), ("Dag", "member_of", "Band")])
>>> given = [kg.fact(0), kg.fact(1), kg.fact(2)]
>>> [f.subject_label for f in given]
['Ada', 'Cleo', 'Dag']
>>> c = check_claims("Ada and Cleo are the only members of Band [1][2].", given)[0]
>>> c.valid, c.contradiction, c.problems
((False, False), True, ('leaves out Dag [3] of the list it names',))
>>> [c.valid for c in check_claims("Ada, Cleo and Dag are members of Band [1][2][3].", given)]
[(True, True, True)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection

from kgchat.chat.claim_facts import ReadFact
from kgchat.chat.claim_text import Clause, Key

__all__ = ["EXHAUSTIVE", "OPEN_ENDED", "left_out"]

# words that close a list: it holds these and no more ("the only members", "both of them")
EXHAUSTIVE = frozenset(["only", "sole", "solely", "all", "both", "alone"])
# a list: (relation, whether the shared end is the subject, the shared end)
_List = tuple[str, bool, Key]
# words that leave it open: there are more than those named ("and 2 more", "among others")
OPEN_ENDED = frozenset(["more", "other", "others", "etc"])


def left_out(
    c: Clause,
    cited: list[ReadFact],
    given: list[ReadFact],
    cited_anywhere: Collection[int],
    said: Callable[[Key], bool],
) -> tuple[list[str], bool]:
    """The items a list that the claim cites leaves out (see the module docstring), each said
    as a problem, and whether the claim closes the list with an exhaustive word (a
    contradiction where it leaves any out). ``cited_anywhere``: the numbers of the facts any
    claim of the reply cites; ``said(key)``: whether the reply names a name anywhere."""
    lists: dict[_List, set[Key]] = defaultdict(set)  # the items the reply names, by list
    held: dict[_List, set[Key]] = defaultdict(set)  # every given fact's other end, by list
    for f in given:
        for key, item in _lists_of(f):
            held[key].add(item)
            # a middle hop's nodes, which the reply does not name, are steps, no items
            if f.n in cited_anywhere and said(item):
                lists[key].add(item)
    out: list[str] = []
    for f in given:
        if f.n in cited_anywhere:
            continue
        for key, item in _lists_of(f):
            items = lists.get(key, set())
            # a list this claim cites a fact of
            ours = any(k == key for g in cited for k, _ in _lists_of(g))
            if len(items) < 2 or not ours or item in items or said(item):
                continue
            # every list holding all of its items is a condition on them ("Which countries
            # border both France and Germany?"): an item left out meets every one
            if any(item not in held[k] for k, named in lists.items() if named >= items):
                continue
            label = f.fact.object_label if key[1] else f.fact.subject_label
            out.append(f"leaves out {label} [{f.n}] of the list it names")
    closed = bool(out) and any(w in EXHAUSTIVE for w in c.words)
    return list(dict.fromkeys(out)), closed


def _lists_of(f: ReadFact) -> tuple[tuple[_List, Key], ...]:
    """The two lists a fact puts an item in, each with its item: the objects of its subject,
    the subjects of its object."""
    p = f.fact.predicate
    return ((p, True, f.subject), f.object), ((p, False, f.object), f.subject)
