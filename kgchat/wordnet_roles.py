"""Two nouns of one role and their oppositions, read from WordNet's hypernym and antonym
links: different kinds of one thing ("father" and "mother", kinds of parent:
:meth:`NounRoles.contrast`), one role held by two kinds of person (:meth:`NounRoles.
counterparts`), the same end of a role's relation (:meth:`NounRoles.one_end`) or opposed
ends ("daughter" and "father": :meth:`NounRoles.opposed_kinds`). Moved out of
:mod:`kgchat.wordnet_kinds` (whose :class:`~kgchat.wordnet_kinds.NounKinds` these read) to
keep that module small; :class:`kgchat.wordnet.WordNet` inherits them.

Examples
--------
>>> from kgchat.wordnet import wordnet
>>> wn = wordnet()
>>> wn is None or (wn.contrast("father", "mother") and wn.opposed_kinds("daughter", "father"))
True
"""

from __future__ import annotations

from kgchat.wordnet_kinds import NounKinds

__all__ = ["NounRoles"]


class NounRoles(NounKinds):
    """Nouns' roles and their oppositions, read by :class:`~kgchat.wordnet.WordNet`."""

    def contrast(self, a: str, b: str) -> bool:
        """Whether two nouns name different kinds of one thing: their commonest noun meanings
        differ, neither is a kind of the other, and one broader noun is a step above both
        ("father" and "mother", kinds of parent; "husband" and "wife"; not "wife" and
        "spouse"). Word embeddings put such pairs close; they never mean each other.

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.contrast("father", "mother") and not wn.contrast("wife", "spouse"))
        True
        """
        first_a, first_b = self.first_noun(a), self.first_noun(b)
        if first_a is None or first_b is None or first_a[0] == first_b[0]:
            return False
        ka, kb = first_a[0], first_b[0]
        if ka in self.above(kb) or kb in self.above(ka):
            return False
        return bool(set(self.broader(ka)) & set(self.broader(kb)))

    def counterparts(self, a: str, b: str) -> bool:
        """Whether two nouns of persons name one role held by two kinds of person (its sexes):
        their commonest noun meanings are opposed (WordNet's antonym link) and are two kinds of
        one broader meaning (:meth:`contrast`: "father" and "mother", kinds of parent; "husband"
        and "wife") or kinds of two opposed ones ("son", a male offspring, and "daughter", a
        female one), or of two kinds of one role ("aunt", a kinswoman, and "uncle", a
        kinsman: kinds of relative). Not "employer" and "employee", the two ends of one
        relation (a leader and a worker: kinds of person, which is no role).

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.counterparts("mother", "father") and wn.counterparts("son",
        ...     "daughter") and wn.counterparts("aunt", "uncle") and not wn.counterparts(
        ...     "employee", "employer"))
        True
        """
        first_a, first_b = self.first_noun(a), self.first_noun(b)
        if first_a is None or first_b is None or not (self.person_kind(a) and self.person_kind(b)):
            return False
        ka, kb = first_a[0], first_b[0]
        if not any(s == "!" and (t, o) == kb for s, t, o, _, _ in self.synset(*ka).links):
            return False
        if self.contrast(a, b):
            return True
        up_b = set(self.broader(kb))
        if any(
            s == "!" and (t, o) in up_b
            for up in self.broader(ka)
            for s, t, o, _, _ in self.synset(*up).links
        ):
            return True
        # kinds of two kinds of one role: a broader meaning two steps above both that is
        # itself a kind of person (relative), not person
        person = self.first_noun("person")
        roles = {r for up in up_b for r in self.broader(up)}
        return any(
            role in roles
            and person is not None
            and role != person[0]
            and person[0] in self.above(role)
            for up in self.broader(ka)
            if up not in up_b
            for role in self.broader(up)
        )

    def one_end(self, a: str, b: str) -> bool:
        """Whether two nouns' commonest meanings are kinds of one role (one or two steps above
        both) that WordNet opposes to another meaning: a "father" and a "mother" are each a
        parent, the opposite of a child; a "son" and a "daughter" each a child, the opposite
        of a parent. Both then hold the same end of the role's relation, and neither says the
        other's converse, as a "husband" and a "wife", kinds of spouse, which nothing opposes,
        do (:meth:`counterparts` reads their opposition).

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.one_end("mother", "father") and wn.one_end("son", "daughter")
        ...     and not wn.one_end("wife", "husband") and not wn.one_end("sister", "brother"))
        True
        """
        first_a, first_b = self.first_noun(a), self.first_noun(b)
        if first_a is None or first_b is None:
            return False
        shared = self._roles(first_a[0]) & self._roles(first_b[0])
        return any(s == "!" for role in shared for s, *_ in self.synset(*role).links)

    def opposed_kinds(self, a: str, b: str) -> bool:
        """Whether two nouns of persons are kinds of two roles WordNet opposes, one or two
        steps above each, and of no role in common: a "daughter" is a child, a "father" a
        parent, the opposite of a child, so each names the other end of the other's relation
        ("Luis's daughter is Isa" says "Isa's father is Luis"); a "son" and a "daughter" are
        both a child (:meth:`one_end`).

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.opposed_kinds("daughter", "father") and wn.opposed_kinds("mother",
        ...     "son") and not wn.opposed_kinds("son", "daughter") and not wn.opposed_kinds(
        ...     "mother", "father"))
        True
        """
        first_a, first_b = self.first_noun(a), self.first_noun(b)
        if first_a is None or first_b is None or not (self.person_kind(a) and self.person_kind(b)):
            return False
        roles_a, roles_b = self._roles(first_a[0]), self._roles(first_b[0])
        if not roles_a.isdisjoint(roles_b):
            return False
        return any(
            s == "!" and (t, o) in roles_b
            for role in roles_a
            for s, t, o, _, _ in self.synset(*role).links
        )

    def _roles(self, key: tuple[str, int]) -> set[tuple[str, int]]:
        """The meanings one and two steps above ``key`` (its hypernyms and theirs)."""
        up = set(self.broader(key))
        return up | {role for u in up for role in self.broader(u)}
