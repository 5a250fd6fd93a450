"""A question typed all in lower case that names nothing: its words read as a name would be
written, capitalised, where they are the distinctive part of a name of the graph
(:func:`capitalised_parts`).

In a question with capitals, a word alone is taken for part of a name only when written as one
("What is the top elevation in *Zion*?"); in one all in lower case, no capital says anything,
and a lone word that is also a word of English ("zion", "jasper", "lincoln") is left to the
common word it is (:meth:`kgchat.name_table.NameTable.lookup`). Where that leaves the question
naming nothing at all, the linker has nothing to answer from; read again with the words that
are parts of the graph's names capitalised, as its typist would have written them, it names
what it asks about ("how high is zion": Zion National Park). Only a word that starts a name
and is not its head noun, the common noun the name is a kind of ("types" of "Body types",
"park" of "Zion National Park"): said alone, that is the word, not the name.

>>> names = {"Zion_National_Park": ["Zion National Park"], "Body_types": ["Body types"]}
>>> parts = {"zion": ["Zion_National_Park"], "types": ["Body_types"]}
>>> capitalised_parts("how high is zion", parts, names.__getitem__)
'how high is Zion'
>>> capitalised_parts("list all types", parts, names.__getitem__) is None
True
>>> name_head(["department", "of", "biology"]), name_head(["zion", "national", "park"])
('department', 'park')
>>> name_head(["all", "of", "me"]), name_head(["parks", "australia"], last=False)
('', '')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from kgchat.function_words import PREPOSITIONS
from kgchat.text import STOPWORDS, tokens

__all__ = ["capitalised_parts", "name_head"]


def name_head(words: Sequence[str], last: bool = True) -> str:
    """The head noun of a name's words (normalised), as English heads a noun phrase: the last
    word but a stopword before its first preposition that follows a word ("*Department* of
    Biology"; none in "All of Me"); in a name with no such preposition, its last word
    ("Zion National *Park*"), or "" without ``last`` (a head no grammar tells: the head of
    "Parks Australia" is no last word). The one reading of a name's head, for the retriever's
    and the chat's (:func:`kgchat.chat.asked.names_type`).

    >>> name_head(["department", "of", "biology"]), name_head(["zion", "national", "park"])
    ('department', 'park')
    >>> name_head(["all", "of", "me"]), name_head(["parks", "australia"], last=False)
    ('', '')
    """
    cut = next((k for k, w in enumerate(words) if k and w in PREPOSITIONS), None)
    if cut is None:
        return words[-1] if words and last else ""
    head = [w for w in words[:cut] if w not in STOPWORDS][-1:]
    return head[0] if head else ""


def capitalised_parts(
    question: str,
    parts: Mapping[str, Iterable[str]],
    names_of: Callable[[str], Iterable[str]],
) -> str | None:
    """``question`` (all in lower case) with each word written capitalised that is, as a
    whole, a part of a name (``parts``: a name table's partial keys, to the nodes named so;
    ``names_of(node)``: a node's names) that starts it and is not its head, and no
    stopword; None where no word is one (nothing to read again)."""
    out, changed = [], False
    for w in question.split():
        toks = tokens(w)
        if (
            len(toks) == 1
            and toks[0] not in STOPWORDS
            and w[:1].isalpha()
            and w[:1].islower()
            and _distinctive(toks[0], parts.get(toks[0], ()), names_of)
        ):
            out.append(w[:1].upper() + w[1:])
            changed = True
        else:
            out.append(w)
    return " ".join(out) if changed else None


def _distinctive(word: str, nodes: Iterable[str], names_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether ``word`` starts a name of one of ``nodes`` and is not its head: the modifier
    that tells the thing from others of its kind, what people shorten the name to ("Zion" of
    "Zion National Park", "Christian" of "Christian Bizer"); a word after a preposition is
    the name's topic, as often the common noun said ("biology" of "Department of
    Biology")."""
    for node in nodes:
        for name in names_of(node):
            words = tokens(name)
            if words[:1] == [word] and name_head(words) != word:
                return True
    return False
