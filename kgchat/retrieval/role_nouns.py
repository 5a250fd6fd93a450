"""Relations named by their *subject's* role noun ("<noun> of": ``child of``, ``part of``,
``member of``, ``subclass of``), and which end of such a relation a question's noun names.

"X child of Y" says X is the child: the noun names the subject, and Y is the noun's owner ("the
children of Y" are those whose ``child of`` is Y). A noun said of the entity ("the *kids* of Y")
that such a relation says is walked to the subject, backwards from its owner; a noun WordNet
opposes to the relation's own ("the *parent* of X" and ``child of``: its antonym links) names
the other end, walked forwards from X. Read from the phrase's grammar and WordNet, for any
graph.

Examples
--------
>>> subject_role("child of"), subject_role("part of"), subject_role("consists of")
('child', 'part', '')
>>> subject_role("is derived of"), subject_role("parent"), subject_role("born in")
('', '', '')
"""

from __future__ import annotations

from kgchat.retrieval.phrases import phrase_verb
from kgchat.text import STOPWORDS, stem, tokens
from kgchat.wordnet import wordnet

__all__ = ["owner_walk", "role_noun", "subject_role"]


def role_noun(phrase: str) -> str:
    """The noun of a phrase ``<noun> of`` by its grammar alone (``child of``: "child"); ""
    for a phrase ending otherwise, a verb phrase's (:func:`~kgchat.retrieval.phrases.
    phrase_verb`) or a participle's (``composed of``), or one with no content word. Also the
    reading of :meth:`~kgchat.retrieval.relation_roles.RelationRoles.relation_head`, which
    names no head for such a relation.

    >>> role_noun("member of"), role_noun("composed of"), role_noun("based in")
    ('member', '', '')
    """
    words = tokens(phrase)
    if len(words) < 2 or words[-1] != "of" or phrase_verb(phrase) is not None:
        return ""
    content = [w for w in words[:-1] if w not in STOPWORDS]
    if not content or content[-1].endswith("ed"):
        return ""
    return content[-1]


def subject_role(phrase: str) -> str:
    """The noun a relation phrase ``<noun> of`` names its subject by (``child of``:
    "child"): :func:`role_noun`, save a word WordNet knows only as a verb (``consists of``:
    no role)."""
    role = role_noun(phrase)
    return "" if not role or _verb_only(role) else role


def _verb_only(word: str) -> bool:
    """Whether WordNet knows ``word`` as a verb and never as a noun ("consists"): no role."""
    lexicon = wordnet()
    if lexicon is None:
        return False
    forms = lexicon.base_forms(word)
    return bool(forms) and not any(pos == "n" for _, pos in forms)


def owner_walk(role: str, walked: bool, noun: str) -> bool | None:
    """Whether a hop over a relation phrase walked ``walked`` (True: forwards) goes from the
    owner of the question's ``noun`` to its bearer, the relation read as naming that noun
    (``role``: the phrase's :func:`subject_role`, read once by the caller): a
    ``<noun> of`` relation (a ``role``) names its subject, owned by its object, so
    a walk forwards goes from the bearer to the owner, where WordNet says the noun is the
    role's (a meaning shared or one step apart: "kids" and "child"); a noun WordNet opposes
    to the role ("parent" to ``child of``'s "child") names its object, the other way round.
    None for a ``<noun> of`` relation and a noun WordNet tells neither (the encoder's
    nearness of "grandfather" to "child" says no end of it), or without WordNet. Any other
    phrase names its object (``has child``, ``parent``; ``role`` ""): ``walked``."""
    if not role:
        return walked
    lexicon = wordnet()
    if lexicon is None:
        return None
    if stem(noun) == stem(role) or lexicon.related(noun, role) > 0:
        return not walked
    return walked if lexicon.converse(noun, role) else None
