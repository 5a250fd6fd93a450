"""Whether a reply's claim asks instead of stating, read from its grammar (:func:`asks`): the
claim check (:mod:`kgchat.chat.claims`) drops a question as no claim. It reads a clause as
:class:`~kgchat.chat.claim_text.Clause` parses it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kgchat.chat.claim_text import Clause, NameLookup, name_key  # noqa: F401 (doctests)
from kgchat.function_words import (
    DETERMINERS,
    DO_FORMS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    WH_WORDS,
    YES_NO_WORDS,
)
from kgchat.text import tokens
from kgchat.wordnet import wordnet

__all__ = ["asks"]

_WH_PHRASE = 2  # words a wh-word may take before its auxiliary: "how many prizes did X win"


def asks(text: str, clause: Clause, names: Iterable[str] = ()) -> bool:
    """Whether a claim asks instead of stating, as English grammar shapes a question: it ends
    in "?" (not where a name said last does: a thread titled "Which oscilloscope in 2024?"),
    or it puts an auxiliary before its subject, which English does in questions alone: at its
    start ("Does Ben live in Porto", "Is Ulm in Germany"), or after a wh-word at its start or
    after a comma ("Porto, where does she live", "How many prizes did Ada win"). After a
    relative pronoun only "do" is a question's ("who did Ada teach"): "Ada, who is Ben's
    teacher" opens a relative clause, and states. A sentence that begins with a wh-word and a
    verb before any subject asks for its subject ("Who taught Ben, Ada": :func:`_asks_its_subject`).

    >>> ben_porto = NameLookup([name_key("Ben"), name_key("Porto")], (), set())
    >>> def shaped(t):
    ...     return asks(t, Clause.parse(t, ben_porto))
    >>> shaped("Where does Ben live"), shaped("Porto, where does he live"), shaped("Does Ben live")
    (True, True, True)
    >>> shaped("Ben lives in Porto, where he was born"), shaped("Porto, where he is Ben's")
    (False, False)
    >>> shaped("Porto, who is Ben's home"), shaped("Was born in Porto")
    (False, False)
    >>> shaped("Who was born in Porto, Ben"), shaped("Where Ben was born, Porto")
    (True, False)
    >>> film = NameLookup([name_key("When Harry Met Sally")], (), set())
    >>> asks("When Harry Met Sally", Clause.parse("When Harry Met Sally", film))
    False
    """
    if text.endswith("?"):
        return not any(n.endswith("?") and text.endswith(n) for n in names)
    w = clause.words
    starts = {a for a, _, _ in clause.spans}

    def subject(i: int, marked: bool = True) -> bool:
        """A subject begins at ``i``: a name, a pronoun, or a determiner's noun phrase."""
        return i < len(w) and (
            i in starts or w[i] in SUBJECT_PRONOUNS or (marked and w[i] in DETERMINERS)
        )

    # (not "Is a planet": a subject left out, as a list's item may be, is no question)
    if w and w[0] in YES_NO_WORDS and subject(1, marked=False):
        return True
    # (not a name's own wh-word: the film "When Harry Met Sally")
    if text[:1].isupper() and 0 not in starts and _asks_its_subject(w, subject):
        return True
    at = 0
    for part in text.split(","):
        i, at = at, at + len(tokens(part))
        if i >= len(w) or w[i] not in WH_WORDS:
            continue
        inverted = DO_FORMS if w[i] in RELATIVE_PRONOUNS else YES_NO_WORDS
        j = i + 1
        # the wh-phrase's own words ("how many prizes"), up to a subject (no inversion:
        # "where he was born") or an auxiliary
        while j <= i + _WH_PHRASE and j < len(w) and not subject(j) and w[j] not in YES_NO_WORDS:
            j += 1
        if j < len(w) and w[j] in inverted and subject(j + 1):
            return True
    return False


def _asks_its_subject(w: list[str], subject: Callable[[int], bool]) -> bool:
    """Whether a sentence's words ``w`` (its first a capital's: a sentence begins there, no
    relative clause does) ask for its subject: a wh-word first, then its phrase's words and a
    verb before any subject ("Who taught Ben", "Which person taught Ben", "Who was born in
    Ulm"), where a statement puts a subject first ("What Ada taught", "Where he was born",
    "How many prizes Ada won"). A verb is an auxiliary, or a word WordNet reads as a verb
    most of the time (none without WordNet)."""
    if not w or w[0] not in WH_WORDS:
        return False
    wn = wordnet()
    for j in range(1, min(len(w), _WH_PHRASE + 2)):
        if subject(j):
            return False
        if w[j] in YES_NO_WORDS or (
            wn is not None
            and any(p == "v" and wn.pos_share(lemma, p) > 0.5 for lemma, p in wn.base_forms(w[j]))
        ):
            return True
    return False
