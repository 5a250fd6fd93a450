"""A code in capitals that ends a relation's name and says how its value is written down, not
what it is: EPO's ``applicantVC`` (a vCard of the applicant), ``creatorURI``. The relation's
meaning is the noun before it: its words (:func:`~kgchat.retrieval.phrases.phrase_parts`) and
the role it gives its object (:class:`~kgchat.retrieval.relation_roles.RelationRoles`) leave
the code out, so that "Who is the *agent* for X?" says ``agent VC`` whole, not half.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["format_tag", "untagged"]


@lru_cache(maxsize=65536)
def format_tag(phrase: str, before: str) -> bool:
    """Whether a relation phrase ends in a code in capitals that WordNet knows no form of
    (``applicant VC``, a vCard; ``creator URI``) after ``before``, a noun WordNet knows: the
    code says how the noun's thing is written down, not what it is.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or format_tag("applicant VC", "applicant")
    True
    >>> format_tag("plays in club", "plays"), format_tag("has URL", "has")
    (False, False)
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    last = phrase.split()[-1] if phrase.split() else ""
    if lexicon is None or len(last) < 2 or not (last.isupper() and last.isalpha()):
        return False
    return not lexicon.base_forms(last.lower()) and lexicon.pos_share(before, "n") >= 0.5


def untagged(phrase: str, content: tuple[str, ...]) -> tuple[str, ...]:
    """A relation phrase's content words, ``content``, less a format code ending it
    (:func:`format_tag`): ``applicant VC`` says "applicant", as ``has URL`` says "url".

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or untagged("applicant VC", ("applicant", "vc")) == ("applicant",)
    True
    >>> untagged("has URL", ("url",))
    ('url',)
    """
    return content[:-1] if len(content) > 1 and format_tag(phrase, content[-2]) else content
