"""Names said by their head noun: "the otter" for "Eurasian otter", "crested newts" for "great
crested newt".

A name whose last word the graph writes in lower case is a common noun narrowed by the words
before it (a species' vernacular name, "Eurasian otter", "great crested newt": a kind of otter,
of newt), where a name written capitalised throughout is a proper name ("Mexico City", "Zion
National Park"), whose head said alone is the common noun it also is. People say the first
kind by its head, or its head with the nearer words ("the otter", "crested newts"), in lower
case and in the plural, where the graph holds one such thing: a *head name* is a tail of the
name's words (its head, or the head with words before it, singular), filed under the one
entity whose name has it, and only where no other entity's name holds those words in a row
(a second otter, "newts" of the family "salamanders and newts", makes the head say neither).
No key is a word of a relation or a stopword; no name holding a stopword ("salamanders *and*
newts") gives any, nor one ending in a parenthesis, which tells namesakes apart ("Nirvana
(Nirvana album)" is no kind of album the question may say as "the Nirvana albums"), nor an
inverted name, which a comma turns head first (a food catalogue's "Oranges, raw, *navels*" is
no kind of navel); a
class (a node with instances) is the common noun's own and gives none, and so is a node of
no class (a tag, "cult film": the question cannot ask for it by its kind); a head WordNet
knows only as a verb's form ("continuously *updated*") is no noun's. A head said right after
a wh-word ("*which* films") is the kind asked, not one thing named. The name dictionary
(:class:`kgchat.name_table.NameTable`) looks the keys up last, after every exact and looser
key, and scores a match as a part of a name (``partial``, 0.7).

>>> names = [("t1", "Eurasian otter"), ("t1", "European otter"), ("t2", "great crested newt"),
...          ("t3", "salamanders and newts"), ("p", "Mexico City")]
>>> sorted(head_names(names, frozenset(), lambda node, head: False).items())
[('crested newt', ['t2']), ('otter', ['t1'])]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Container, Sequence
from typing import TYPE_CHECKING

from kgchat.graph.vocab import RDF_TYPE
from kgchat.lower_names import name_head
from kgchat.text import STOPWORDS, WH_WORDS, singular, tokens

if TYPE_CHECKING:
    from kgchat.graph.core import KnowledgeGraph

__all__ = ["HeadNames", "apposed", "asked_kind", "head_names", "kind_head"]

_LONGEST = 4  # words: a longer name is a title or a description, no common noun's kind
_POINTERS = 16  # the things pointing at a node whose classes are read
_SHORTEST = 3  # letters of a head said alone ("ox", "eel" stays: three)


def head_names(
    names: Sequence[tuple[str, str]],
    common: Collection[str],
    is_kind: Callable[[str, str], bool],
) -> HeadNames:
    """The head names of ``names`` (``(node, name as written)``, every name of every entity):
    each tail of a name of two to four content words whose last word is written in lower
    case, singular, mapped to its one entity, where no other entity's name holds it; a tail
    of one word in ``common`` (a relation's word), shorter than three letters or not a word
    is none, nor is any tail whose head ``is_kind(node, head)`` says is a kind's word
    (:func:`kind_head`)."""
    said: dict[str, set[str]] = defaultdict(set)
    for node, name in names:
        toks = [singular(t) for t in tokens(name)]
        last = name.split()[-1:]
        if not 2 <= len(toks) <= _LONGEST or not STOPWORDS.isdisjoint(toks):
            continue
        if not last or not last[0][:1].islower() or name.endswith(")"):
            continue  # (a parenthesis tells namesakes apart: "Nirvana (Nirvana album)")
        if "," in name:
            continue  # an inverted name puts its head first: "Oranges, raw, navels"
        if not _noun(toks[-1]):
            continue  # a participle ends no common noun: "continuously updated"
        for k in range(1, len(toks)):
            tail = toks[-k:]
            if k == 1 and (tail[0] in common or len(tail[0]) < _SHORTEST or not tail[0].isalpha()):
                continue
            said[" ".join(tail)].add(node)
    if not said:
        return HeadNames({}, is_kind)
    # every entity whose name holds a key's words in a row carries it
    longest = max(key.count(" ") + 1 for key in said)
    carried: dict[str, set[str]] = defaultdict(set)
    for node, name in names:
        toks = [singular(t) for t in tokens(name)]
        for n in range(1, min(longest, len(toks)) + 1):
            for i in range(len(toks) - n + 1):
                key = " ".join(toks[i : i + n])
                if key in said:
                    carried[key].add(node)
    return HeadNames(
        {
            key: sorted(nodes)
            for key, nodes in said.items()
            if carried[key] == nodes and len(nodes) == 1
        },
        is_kind,
    )


class HeadNames:
    """Head names (:func:`head_names`), each tail's kind check (``is_kind``) made when the
    tail is first looked up: the check reads the edges pointing at the node, which over a
    SPARQL endpoint is a query a node, so a table of thousands of names is not read whole
    when the linker is made (a question looks up a few tails)."""

    def __init__(self, found: dict[str, list[str]], is_kind: Callable[[str, str], bool]) -> None:
        self._found = found
        self._is_kind = is_kind
        self._checked: dict[str, list[str] | None] = {}

    def get(self, key: str) -> list[str] | None:
        """The one entity ``key`` names by its head, or None (none, or a kind's word)."""
        if key not in self._checked:
            nodes = self._found.get(key)
            kind = nodes is not None and self._is_kind(nodes[0], key.rpartition(" ")[2])
            self._checked[key] = None if kind else nodes
        return self._checked[key]

    def items(self) -> list[tuple[str, list[str]]]:
        """Every head name that is no kind's word, with its entity (each checked)."""
        return [(k, v) for k in self._found if (v := self.get(k)) is not None]


def _noun(word: str) -> bool:
    """Whether ``word`` may head a noun phrase: WordNet knows it as a noun or not at all
    ("updated" is only a verb's form, "otter" a noun). Without WordNet, yes."""
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    forms = lexicon.base_forms(word) if lexicon is not None else []
    return not forms or any(pos == "n" for _, pos in forms)


def apposed(
    toks: Sequence[str], b: int, named: Container[str], exact: Container[str], longest: int
) -> bool:
    """Whether a name the question writes as one (its first word in ``named``) and the graph
    holds (a key of ``exact``, of at most ``longest`` words) starts right after ``toks[:b]``:
    a head noun said just before it is that name's kind in apposition ("the *otter* ZMB Mam
    12345": the specimen), no name.

    >>> apposed("the otter zmb 1 weighed".split(), 2, {"zmb", "1"}, {"zmb 1"}, 2)
    True
    >>> apposed("the otter seen".split(), 2, set(), {"seen"}, 1)
    False
    """
    if b >= len(toks) or toks[b] not in named:
        return False
    return any(" ".join(toks[b:k]) in exact for k in range(b + 1, min(len(toks), b + longest) + 1))


def asked_kind(toks: Sequence[str], a: int) -> bool:
    """Whether the words at ``toks[a:]`` follow a wh-word right before them ("*which* films",
    "*what* events"): the kind of thing the question asks for, a type, not one named.

    >>> asked_kind("which films did she make".split(), 1), asked_kind("who saw otters".split(), 2)
    (True, False)
    """
    return a > 0 and toks[a - 1] in WH_WORDS


def kind_head(kg: KnowledgeGraph, node: str, head: str) -> bool:
    """Whether ``head`` (a name's head, singular) is a kind's word at ``node``: the node is a
    class (it has instances), or ``head`` is the head noun of a class of the node or of a
    thing that points at it ("film" of the genre "cult film", which films point at: the
    question's "films" is their kind, not the genre); so is any head of a node of no class
    (a tag, a keyword: the question cannot ask for it by a kind, and its head is what the
    things tagged are)."""
    classes = set(kg.types(node))
    if not classes:
        return True
    for e in kg.neighbors(node, direction="in", limit=_POINTERS):
        if e.predicate == RDF_TYPE:
            return True
        classes.update(kg.types(e.neighbor))
    return any(singular(name_head(tokens(kg.label(c)))) == head for c in classes)
