"""A role said by the act it is a kind of: the role a junction's qualifier names ("Script", a
comic's credit) is a noun whose commonest sense WordNet derives a verb from ("to script":
*write a script for*) one step more specific than the commonest sense of a verb the question
says (writing), so "Who *wrote* X?" asks for the holder of that role. The words' own forms
and the encoder miss it: "script" shares no stem with "wrote", and the two words' embeddings
are not near.

The act is the one the role's noun names (its commonest noun sense's derived verb), as a
role is a noun: a vote's outcome "pass" is no role whose act is *moving* (pass, the verb, is
a kind of travelling; pass, the noun, names a walk in baseball). Only the commonest senses
count: "letter" (a missive) derives no verb, though to letter is a kind of writing in a rare
sense, so "Who wrote X?" does not ask for the letterer; a rarer sense of the question's verb
is no reading of it either ("to edit" is a kind of publishing in its second sense only).

>>> from kgchat.wordnet import wordnet
>>> wn = wordnet()
>>> wn is None or (role_act(wn, "Script", ["who", "wrote"]), role_act(wn, "Letters", ["wrote"]))
('wrote', None)
>>> wn is None or (role_act(wn, "Script", ["born"]), role_act(wn, "pass", ["move"]))
(None, None)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["role_act"]


def role_act(wn: Any, role: str, asked: Sequence[str]) -> str | None:
    """The first of the ``asked`` words (a question's) whose commonest verb sense the act of
    ``role`` (a role's name of one word: the verb its commonest noun sense derives) is a kind
    of (WordNet's hypernym, one step: see the module docstring); None where there is none."""
    if not role.isalpha():
        return None
    kinds = {up for key in _noun_acts(wn, role) for up in wn.broader(key)}
    if not kinds:
        return None
    return next((w for w in asked if not kinds.isdisjoint(_commonest_acts(wn, w))), None)


def _noun_acts(wn: Any, word: str) -> set[tuple[str, int]]:
    """The verb senses WordNet derives from the commonest noun sense of ``word`` ("script", a
    play's text -> to script): the lexicon's one reading of a noun's derivation
    (:meth:`~kgchat.wordnet_kinds.NounKinds.derived_verbs`)."""
    return {key for key, _ in wn.derived_verbs(word)}


def _commonest_acts(wn: Any, word: str) -> set[tuple[str, int]]:
    """The commonest verb sense of each verb base form of ``word`` (none for a word that is
    no verb)."""
    return {
        ("v", found[0])
        for lemma, pos in wn.base_forms(word)
        if pos == "v" and (found := wn.offsets(lemma, "v"))
    }
