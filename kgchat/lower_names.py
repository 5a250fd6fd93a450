"""A question typed all in lower case that names nothing: its words read as a name would be
written, capitalised, where a name of the graph holds them (:func:`capitalised_parts`).

In a question with capitals, a word alone is taken for part of a name only when written as one
("What is the top elevation in *Zion*?"); in one all in lower case, no capital says anything,
and a lone word that is also a word of English ("zion", "jasper", "lincoln") is left to the
common word it is (:meth:`kgchat.name_table.NameTable.lookup`). Where that leaves the question
naming nothing at all, the linker has nothing to answer from; read again with the words that
are parts of the graph's names capitalised, as its typist would have written them, it names
what it asks about ("how high is zion": Zion National Park).

>>> capitalised_parts("how high is zion", {"zion": ["Zion_National_Park"]})
'how high is Zion'
>>> capitalised_parts("how high is it", {"zion": ["Zion_National_Park"]}) is None
True
"""

from __future__ import annotations

from collections.abc import Mapping

from kgchat.text import STOPWORDS, tokens

__all__ = ["capitalised_parts"]


def capitalised_parts(question: str, parts: Mapping[str, object]) -> str | None:
    """``question`` (all in lower case) with each word that is, as a whole, a part of a name
    of ``parts`` (a name table's partial keys) and no stopword written capitalised; None where
    no word is one (nothing to read again)."""
    words = question.split()
    out, changed = [], False
    for w in words:
        toks = tokens(w)
        if (
            len(toks) == 1
            and toks[0] not in STOPWORDS
            and toks[0] in parts
            and w[:1].isalpha()
            and w[:1].islower()
        ):
            out.append(w[:1].upper() + w[1:])
            changed = True
        else:
            out.append(w)
    return " ".join(out) if changed else None
