"""A reply naming a list that leaves items out: the list check of the claim check.

Two or more given facts of one relation that share an end, cited by the claims of a reply, name
a list (the members of a band, the films of a director): their other ends are its items,
whether one claim cites them all ("Ada and Cleo are members of Band [1][2]") or each item its
own ("Ada [1] and Cleo [2]"). A given fact of the same relation and the same end that no claim
cites, and whose other end the reply names nowhere, is an item the list leaves out: the reply
says less than the facts it was given, as a list reply must not, and each claim citing the
list fails. Said with a word that closes the list ("only", "all", "both", "sole": English's
exhaustive quantifiers and focus particles), the claim says what a given fact denies: a
contradiction. One fact alone names no list (a question asking for one answer is answered by
one), and a reply that says there are more ("A [1], B [2] and 2 more", "among others") leaves
nothing out unsaid. :func:`kgchat.chat.claims.check_claims` reads it.

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
    lists: dict[tuple[str, bool, Key], set[Key]] = defaultdict(set)
    for f in given:
        if f.n in cited_anywhere:
            # (relation, whether the shared end is the subject, the shared end): the items
            lists[(f.fact.predicate, True, f.subject)].add(f.object)
            lists[(f.fact.predicate, False, f.object)].add(f.subject)
    out: list[str] = []
    for f in given:
        if f.n in cited_anywhere:
            continue
        for by_subject in (True, False):
            shared, item = (f.subject, f.object) if by_subject else (f.object, f.subject)
            key = (f.fact.predicate, by_subject, shared)
            items = lists.get(key, set())
            # a list this claim cites a fact of
            ours = any(
                g.fact.predicate == f.fact.predicate
                and (g.subject if by_subject else g.object) == shared
                for g in cited
            )
            if len(items) < 2 or not ours or item in items or said(item):
                continue
            label = f.fact.object_label if by_subject else f.fact.subject_label
            out.append(f"leaves out {label} [{f.n}] of the list it names")
    closed = bool(out) and any(w in EXHAUSTIVE for w in c.words)
    return list(dict.fromkeys(out)), closed
