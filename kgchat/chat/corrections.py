"""A message that corrects the last question: of its entity ("No, I meant X.") or of its
relation ("No, I meant where she studied.", "No, her party.").

:func:`corrects` tells the first, which :func:`kgchat.chat.followup.resolve_followup` asks
as "What about X?". :func:`corrected_question` reads the second: what follows the negation
and the one verb after "I" is a question the user meant, said as an embedded wh-clause
("where she studied") or a noun phrase opened by a possessive pronoun ("her party"); the
clause becomes the question it embeds, by English grammar: the auxiliary before the subject
pronoun ("where she was born" -> "Where was she born?"), else do-support with the verb's
base form by WordNet ("where she studied" -> "Where did she study?"), and the noun phrase
"What is her party?". Its pronoun is then resolved as any follow-up's. Grammar only:
negations, auxiliaries, subject and possessive pronouns, wh-words; no word of any graph.
One word set off by a comma before either ("Sorry, I meant X.", an interjection) is no part
of the correction.
A message that asks (:func:`asks`) is no correction.

Examples
--------
>>> corrected_question("No, I meant where she studied.")
'Where did she study?'
>>> corrected_question("no, where was he born"), corrected_question("No, I meant her party.")
(None, 'What is her party?')
>>> corrected_question("No, I meant where she was born."), corrected_question("No, thanks.")
('Where was she born?', None)
>>> corrected_question("No, I meant Tobias Reinholt.") is None
True
"""

from __future__ import annotations

import re

from kgchat.function_words import NEGATIONS, SUBJECT_PRONOUNS, THIRD_PERSON_PRONOUNS
from kgchat.text import POSSESSIVES, STOPWORDS, WH_WORDS, YES_NO_WORDS, tokens

__all__ = ["asks", "corrected_question", "corrects"]

_SUBJECTS = SUBJECT_PRONOUNS & THIRD_PERSON_PRONOUNS  # he, she, it, they
_OPENER = re.compile(r"^\W*(\w+)\s*,")


def asks(message: str) -> bool:
    """Whether a message has the form of a question: it ends with a question mark, or opens
    with a wh-word or an auxiliary ("Hi!", "Thanks", "ok" do not).

    >>> [asks(m) for m in ("Where was he born", "And the population?", "Thank you!", "hi")]
    [True, True, False, False]
    """
    words = tokens(message)
    return message.rstrip().endswith("?") or (
        bool(words) and (words[0] in WH_WORDS or words[0] in YES_NO_WORDS)
    )


def corrects(message: str, rest: list[str]) -> bool:
    """Whether a message naming one thing (``rest``: its other words) corrects the last
    question ("No, I meant X", "No, X", "I mean X"): it is no question, it opens with a
    negation or the first person says in it what they meant, and it has no word but
    function words and that one verb right after "I". Grammar only: "Tell me about X" (no
    negation, no "I") and "No, where was X born?" (a question) are none.

    >>> [corrects("No, I meant X.", ["no", "i", "meant"]), corrects("No, X.", ["no"])]
    [True, True]
    >>> [corrects("Tell me about X", ["tell", "me", "about"]),
    ...  corrects("I mean X", ["i", "mean"])]
    [False, True]
    >>> corrects("No, I think X wrote it", ["no", "i", "think", "wrote", "it"])
    False
    """
    rest = rest[1:] if rest[:1] == _opener(message) else rest  # "Sorry, I meant X."
    if not rest or asks(message) or not (rest[0] in NEGATIONS or "i" in rest):
        return False
    said = [i for i, w in enumerate(rest) if w not in STOPWORDS and w not in NEGATIONS]
    if not said:
        return True
    return len(said) == 1 and "i" in rest and said[0] == rest.index("i") + 1


def corrected_question(message: str) -> str | None:
    """The question a correction of the last question's relation means (see the module
    docstring), or None where the message is no such correction."""
    words, opener = tokens(message), _opener(message)
    words = words[1:] if opener and words[:1] == opener else words  # "Sorry, I meant ..."
    if not words or asks(message) or not (words[0] in NEGATIONS or (opener and words[0] == "i")):
        return None
    rest = words[1:] if words[0] in NEGATIONS else words
    if rest[:1] == ["i"]:  # "No, I meant ...": the one verb after "I" says nothing asked
        rest = rest[2:]
    if len(rest) < 2:
        return None
    if rest[0] in POSSESSIVES:  # "her party"
        return f"What is {' '.join(rest)}?"
    if rest[0] not in WH_WORDS or rest[1] not in _SUBJECTS or len(rest) < 3:
        return None
    wh, subject, verb, after = rest[0].capitalize(), rest[1], rest[2], rest[3:]
    if verb in YES_NO_WORDS:  # "where she was born": the auxiliary before its subject
        return " ".join([wh, verb, subject, *after]) + "?"
    base = _verb_base(verb)
    if base is None:
        return None
    if base == verb:
        do = "do" if subject == "they" else "does"
    else:
        do = "does" if _third_person(verb, base) else "did"
    return " ".join([wh, do, subject, base, *after]) + "?"


def _opener(message: str) -> list[str]:
    """The one word a message opens with, set off by a comma, that is no negation ("Sorry,",
    "Actually,"): an interjection or a discourse marker, outside the clause that follows
    (English punctuation); ``[]`` where there is none.

    >>> _opener("Sorry, I meant X."), _opener("No, I meant X."), _opener("I meant X.")
    (['sorry'], [], [])
    """
    m = _OPENER.match(message)
    word = m.group(1).lower() if m is not None else ""
    return [word] if word and word not in NEGATIONS else []


def _verb_base(word: str) -> str | None:
    """A verb form's base form by WordNet ("studied" -> study); None where WordNet knows no
    verb of it, or is not installed."""
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None:
        return None
    bases = [lemma for lemma, pos in wn.base_forms(word) if pos == "v"]
    return bases[0] if bases else None


def _third_person(word: str, base: str) -> bool:
    """Whether ``word`` is the third person singular present of the verb ``base`` ("works",
    "teaches"), which takes "does"; a past form takes "did"."""
    return word in (base + "s", base + "es") or (base.endswith("y") and word == base[:-1] + "ies")
