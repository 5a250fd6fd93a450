"""A relation's second name: its IRI's local name, where that is words its label does not say.

A label may say a relation otherwise than its IRI (univ-bench's ``emailAddress`` is "can be
reached at"): the IRI's words are then another name for it, which a question may use.
"""

from __future__ import annotations

import re

from kgchat.graph.names import local_name, read_label
from kgchat.graph.predicate_roles import is_vocabulary
from kgchat.text import PREPOSITIONS, STOPWORDS, stem, tokens

__all__ = ["FUNCTION_STEMS", "own_name"]

# an IRI local name that is words (``emailAddress``), not a number (``P31``, ``RO_0000052``)
_WORDY_NAME = re.compile(r"[^\W\d_]{3,}(?:_?[^\W\d_]+)*")
FUNCTION_STEMS = frozenset(stem(w) for w in STOPWORDS | PREPOSITIONS)


def own_name(predicate: str, phrase: str) -> list[str]:
    """A relation's IRI's local name, where it is words and its label (``phrase``) shares none
    of them: a label that says it otherwise leaves the IRI's words a second name for it
    (univ-bench's ``emailAddress`` is "can be reached at"); one that rewords them
    (``teacherOf``, "teaches") says them already.

    >>> own_name("http://ex.org/emailAddress", "can be reached at")
    ['emailAddress']
    >>> own_name("http://ex.org/takesCourse", "takes course"), own_name("http://ex.org/P31", "is")
    ([], [])
    >>> own_name("http://ex.org/CtD", "treats"), own_name("http://ex.org/partOf", "is within")
    ([], ['partOf'])
    >>> own_name("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "is a")
    []
    """
    own = local_name(predicate) if "://" in predicate else ""
    if not _WORDY_NAME.fullmatch(own) or is_vocabulary(predicate):
        return []  # RDF's own terms are read by their phrases (``rdf:type``, "is a")
    said = [w for w in tokens(read_label(own, relation=True)) if w not in STOPWORDS]
    if any(len(w) < 3 for w in said):
        return []  # a code's letters ("CtD", Hetionet's "compound treats disease"), no words
    words = {stem(w) for w in said} - FUNCTION_STEMS
    # a role noun ("advisor") is another way to say a verb's phrase ("is being advised by")
    return [own] if words and not words & {stem(w) for w in tokens(phrase)} else []
