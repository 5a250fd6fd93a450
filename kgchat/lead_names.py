"""Names a graph gives an entity only in prose: the lead of the entity's own description.

Published graphs often hold an entity's other names nowhere but in its description, which
names its subject first, with the names it goes by: "The Beatles, also known as the White
Album, is the ninth studio album ...", "Freddie Mercury (born Farrokh Bulsara; ...) was a
British singer ...". A question that asks by such a name ("Who produced the White Album?")
finds no label or alias. :class:`LeadNames` finds the entity whose description opens with the
entity's own name and says the name right after it, within :data:`AFTER_NAME` words: where a
description gives its subject's other names ("X (born Y)", "X, also known as Y,"), before the
other things it mentions. The songs of that album mention "the White Album" too, later on; a
description that opens with something else ("The President of Kenya is ...") names no subject.

Only positions decide, so this works for descriptions in any language and needs no word
list. The linker asks it for a run of words written as a name (capitalised, or shaped as
one) that no label or alias covers (:meth:`kgchat.linking.EntityLinker.link`).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.graph.vocab import RDFS
>>> RDFS_COMMENT = RDFS + "comment"
>>> kg = KnowledgeGraph.from_triples([
...     ("Freddie_Mercury", RDFS_COMMENT, '"Freddie Mercury (born Farrokh Bulsara) was a singer."'),
...     ("Queen", RDFS_COMMENT, '"Queen are a band. Their singer, born Farrokh Bulsara, ..."'),
...     ("Queen", "member", "Freddie_Mercury"),
... ])
>>> LeadNames(kg).find(["farrokh", "bulsara"])
['Freddie_Mercury']
>>> LeadNames(kg).find(["white", "album"])
[]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from kgchat.spelling import NearIndex
from kgchat.text import NAME_SHAPED, flagged_runs, tokens, written_words

__all__ = ["AFTER_NAME", "LEAD_WORDS", "LeadNames", "name_runs"]

_HEAD = re.compile(r"\s*\([^()]*\)\s*$")  # a label's trailing "(album)": no part of its name

LEAD_WORDS = 16  # a description's first words: where it names its own subject
AFTER_NAME = 4  # words between the subject's name and another name of it ("X, also known as Y")


class LeadNames:
    """Which entities' descriptions say a name first (module docstring); built on first use.

    Parameters
    ----------
    kg : KnowledgeGraph
        An in-memory graph (its ``entities()`` and ``description()``).
    lead_words : int
        How many of a description's first words are read.
    """

    def __init__(self, kg: Any, lead_words: int = LEAD_WORDS) -> None:
        self.kg = kg
        self.lead_words = lead_words
        self._leads: dict[str, tuple[list[str], int]] | None = None
        self._where: dict[str, list[tuple[str, int]]] = {}
        self._near: NearIndex | None = None  # the words said after the names, for misspellings

    def build(self) -> None:
        """Build the table now, if not yet built (a served graph's first question that needs
        it would otherwise wait for it: ~0.3 s on the music graph's 11,000 descriptions)."""
        if self._leads is None:
            self._build()

    def _build(self) -> None:
        leads: dict[str, tuple[list[str], int]] = {}
        where: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for node in self.kg.entities():
            text = self.kg.description(node)
            if not text:
                continue
            words = tokens(text[: self.lead_words * 12])[: self.lead_words]
            end = _name_end(words, tokens(_HEAD.sub("", self.kg.label(node))))
            if end is None:
                continue  # the description does not open with its subject's name
            leads[node] = (words, end)
            seen: set[str] = set()
            for i in range(end, min(len(words), end + AFTER_NAME + 1)):
                if words[i] not in seen:  # a word's first place after the name
                    seen.add(words[i])
                    where[words[i]].append((node, i))
        self._leads, self._where = leads, dict(where)
        said = {w for lead, end in leads.values() for w in lead[end:]}
        self._near = NearIndex(w for w in said if w.isalpha())

    def spellings(self, word: str, k: int) -> list[str]:
        """The words said after a description's opening name that are nearest ``word`` within
        ``k`` edits (the word itself when said so): how a misspelt name may have been meant
        ("Frrokh" for "Farrokh")."""
        if self._leads is None:
            self._build()
        assert self._near is not None
        found = self._near.find(word, k)
        return [w for w, d in found if d == found[0][1]] if found else []

    def find(self, words: Sequence[str]) -> list[str]:
        """The entities whose description says ``words`` (normalised, in a row) soonest after
        its opening name; several when they say it equally soon; none when none does.

        Each is the subject its description names with these words, unless the name is its
        own label (then the linker's dictionary had found it).
        """
        if not words:
            return []
        if self._leads is None:
            self._build()
        assert self._leads is not None
        n = len(words)
        found: dict[str, int] = {}
        for node, first in self._where.get(words[0], ()):
            lead, end = self._leads[node]
            for i in range(first, min(len(lead) - n, end + AFTER_NAME) + 1):
                if lead[i : i + n] == list(words):
                    found[node] = i - end  # words after the subject's name
                    break
        if not found:
            return []
        best = min(found.values())
        return sorted(node for node, i in found.items() if i == best)


def _name_end(lead: list[str], name: list[str]) -> int | None:
    """Where a description's lead stops saying its subject's name (its first word within the
    lead's first three, then as many of its words as follow in order); None when it does not
    open with the name.

    >>> _name_end("sir elton hercules john born reginald".split(), ["elton", "john"])
    2
    >>> _name_end("the president of kenya".split(), ["kenya"]) is None
    True
    """
    if not name or name[0] not in lead[:3]:
        return None
    i = lead.index(name[0])
    k = 0
    while k < len(name) and i + k < len(lead) and lead[i + k] == name[k]:
        k += 1
    return i + k


def name_runs(
    question: str, toks: list[str], covered: set[int], min_words: int = 2
) -> list[tuple[int, int]]:
    """Token spans of the runs of words a question writes as names (capitalised, the first
    word excepted: every sentence starts with a capital; or shaped as one, "4sr"), none of
    them in ``covered``, of ``min_words`` or more (one word alone, "President", is too often
    just a word).

    >>> q = "Who produced the White Album in London?"
    >>> name_runs(q, tokens(q), set())
    [(3, 5)]
    """
    words = written_words(question, toks)
    if not words:
        return []  # the words do not line up with the tokens: say nothing
    flags = [False] * len(toks)
    for k, (word, a, b) in enumerate(words):
        name = k > 0 and (word[:1].isupper() or bool(NAME_SHAPED.fullmatch(word.strip("?!.,;:"))))
        flags[a:b] = [name] * (b - a)
    return flagged_runs(flags, min_words, covered)
