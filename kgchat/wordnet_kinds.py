"""What kind of thing a noun names, read from WordNet's hypernym tree above its meanings
("writer" a kind of person, "city" of location; "father" and "mother" two kinds of parent),
and the doer a verb's agent noun names ("director": one who directs). :class:`NounKinds` is a
mixin of :class:`kgchat.wordnet.WordNet`, which reads the database these look up; the kinds of
one role and their oppositions ("father" and "mother") are :mod:`kgchat.wordnet_roles`'.

Examples
--------
>>> from kgchat.wordnet import wordnet
>>> wn = wordnet()
>>> wn is None or (wn.is_a("writer", "person") > 0 and wn.is_a("city", "person") == 0)
True
>>> wn is None or wn.agent_noun("directed") == "director"
True
"""

from __future__ import annotations

import functools

from kgchat.wordnet_files import WordNetLookups

__all__ = ["NounKinds"]

_KIND_DEPTH = 12  # hypernym steps searched for is_a (WordNet 3.0's noun tree is ~19 deep)
_NOUN_PERSON = 18  # WordNet's lexicographer file of nouns denoting people (noun.person)
_NOUN_GROUP = 14  # WordNet's lexicographer file of nouns denoting groupings (noun.group)
_UNITS = ("unit_of_measurement", "time_unit")  # WordNet's kinds of unit


class NounKinds(WordNetLookups):
    """Nouns' kinds and agents, read by :class:`~kgchat.wordnet.WordNet`."""

    def pos_share(self, lemma: str, pos: str) -> float:
        raise NotImplementedError

    def first_noun(self, word: str) -> tuple[tuple[str, int], float] | None:
        """A word's most frequent common-noun meaning (:meth:`common_first`) and how often the
        word is a noun (its :meth:`pos_share`); None where WordNet has no noun for it."""
        for lemma, pos in self.base_forms(word):
            if pos == "n":
                found = self.offsets(lemma, "n")
                if found:
                    return ("n", self.common_first(lemma, found)), self.pos_share(lemma, "n")
        return None

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def _kinds_above(self, word: str) -> frozenset[tuple[str, int]]:
        """Every noun synset a word's most frequent noun meaning is a kind of (its hypernyms,
        up to :data:`_KIND_DEPTH` steps)."""
        first = self.first_noun(word)
        return frozenset() if first is None else self.above(first[0])

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one WordNet a process, words recur
    def is_a(self, word: str, kind: str) -> float:
        """How surely a ``word`` names a kind of ``kind``: where the most frequent noun
        meaning of ``word`` has that of ``kind`` among its hypernyms, at any depth ("writer"
        and "person", "city" and "location"), the lesser of how often each is a noun
        (:meth:`pos_share`); 0 otherwise, and for rarer senses ("date" as the person one
        dates is no answer to "who"). A type asked for ("who": a person) is met by any of its
        kinds, however far down WordNet files them."""
        target = self.first_noun(kind)
        first = self.first_noun(word)
        if target is None or first is None or target[0] not in self._kinds_above(word):
            return 0.0
        return min(first[1], target[1])

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, kinds recur
    def above(self, key: tuple[str, int]) -> frozenset[tuple[str, int]]:
        """Every synset ``key`` is a kind of (its hypernyms, up to :data:`_KIND_DEPTH`)."""
        out: set[tuple[str, int]] = set()
        frontier = {key}
        for _ in range(_KIND_DEPTH):
            frontier = {up for k in frontier for up in self.broader(k)} - out
            if not frontier:
                break
            out |= frontier
        return frozenset(out)

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def agent_verb(self, noun: str) -> str | None:
        """The verb an agent noun names the doer of ("successor" -> succeed, "director" ->
        direct, "advisor" -> advise): the verb its commonest noun meaning derives from, where
        that meaning is a kind of person (:meth:`is_a`); None otherwise ("member", "location":
        no one who does something)."""
        if self.is_a(noun, "person") < 0.5:
            return None
        return self._derived_verb(noun)

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def doer_verb(self, noun: str) -> str | None:
        """The verb a noun names the doer of, a person or an organisation ("publisher" ->
        publish, "manufacturer" -> manufacture, "director" -> direct): the verb its commonest
        noun meaning derives from, where that meaning is a kind of person or of organisation
        and the verb is another word (a verb of the noun's own form says being it or forming
        it: "to parent", "to team up"); None otherwise ("member", "team", "country"). A noun
        one of whose meanings is an act names the act, and the group formed by it, not its
        doer ("union", also the act of uniting; "association"): its members are in it.

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.doer_verb("publisher"), wn.doer_verb("union"))
        ('publish', None)
        """
        if max(self.is_a(noun, "person"), self.is_a(noun, "organization")) < 0.5:
            return None
        if self.may_be_a(noun, "act"):
            return None
        verb = self._derived_verb(noun)
        lemmas = {lemma for lemma, pos in self.base_forms(noun) if pos == "n"}
        return None if verb is None or verb in lemmas else verb

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def derived_verb(self, noun: str) -> str | None:
        """The verb the commonest noun meaning of ``noun`` derives from, whoever it names
        ("decision" -> decide, "publication" -> publish); None where there is none ("spouse",
        "child").

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.derived_verb("decision"), wn.derived_verb("spouse"))
        ('decide', None)
        """
        return self._derived_verb(noun)

    def _derived_verb(self, noun: str) -> str | None:
        """The verb the commonest noun meaning of ``noun`` derives from (its own word's
        derivation link to a verb); None where there is none."""
        verbs = self.derived_verbs(noun)
        return verbs[0][1] if verbs else None

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def derived_verbs(self, noun: str) -> tuple[tuple[tuple[str, int], str], ...]:
        """Every verb meaning (its key and word) the commonest noun meaning of ``noun`` derives
        from by the noun's own word (WordNet's derivation links of that word, in their order,
        not a synonym's: "abattoir" is no *slaughter*, though "slaughterhouse" is); empty where
        there is none. The one reading of a noun's derivation: :meth:`derived_verb` takes the
        first, :func:`~kgchat.retrieval.role_acts.role_act` every meaning.

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or [word for _, word in wn.derived_verbs("script")][:1]
        ['script']
        """
        for lemma, pos in self.base_forms(noun):
            found = self.offsets(lemma, "n") if pos == "n" else ()
            if not found:
                continue
            s = self.synset("n", found[0])
            own = {k + 1 for k, w in enumerate(s.words) if w.lower() == lemma}
            return tuple(
                (("v", toff), self.synset("v", toff).words[target - 1].lower())
                for symbol, tpos, toff, source, target in s.links
                if symbol == "+" and tpos == "v" and source in own and target
            )
        return ()

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def agent_noun(self, verb: str) -> str | None:
        """The noun for the one who does what a verb says ("directed" -> director, "written"
        -> writer), the inverse of :meth:`agent_verb`: a noun a meaning of the verb leads to
        (its commonest meanings first) that is a kind of person and names the doer of that
        verb; never a noun in *-ee*, English's ending for the one the act is done to
        (employee, advisee). None where WordNet knows none ("starred", "founded")."""
        for lemma, pos in self.base_forms(verb):
            if pos != "v":
                continue
            for offset in self.offsets(lemma, "v"):
                s = self.synset("v", offset)
                own = {k + 1 for k, w in enumerate(s.words) if w.lower() == lemma}
                for symbol, tpos, toff, source, target in s.links:
                    if symbol != "+" or tpos != "n" or source not in own or not target:
                        continue
                    noun = self.synset("n", toff).words[target - 1].lower()
                    if not noun.endswith("ee") and self.agent_verb(noun) == lemma:
                        return noun
        return None

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def noun_meanings(self, word: str) -> frozenset[tuple[str, int]]:
        """Every noun meaning of ``word`` (WordNet's keys, of each of its base forms).

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (len(wn.noun_meanings("papers")) > 1 and not wn.noun_meanings("of"))
        True
        """
        return frozenset(
            ("n", o)
            for lemma, pos in self.base_forms(word)
            if pos == "n"
            for o in self.offsets(lemma, "n")
        )

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one WordNet a process, words recur
    def may_be_a(self, word: str, kind: str) -> bool:
        """Whether some noun meaning of ``word`` is, at any depth, some noun meaning of
        ``kind`` ("university", as an institution of higher learning, and "institution");
        unlike :meth:`is_a`, rarer meanings count: a word a graph uses may be in any sense."""
        kinds = self.noun_meanings(kind)
        if not kinds:
            return False
        return any(
            key in kinds or not kinds.isdisjoint(self.above(key))
            for key in self.noun_meanings(word)
        )

    def commonly_a(self, word: str, kind: str, share: float = 0.5) -> bool:
        """Whether ``word``, a noun in at least ``share`` of its uses (mostly a noun by
        default), names by its commonest noun meaning a kind of some noun meaning of ``kind``
        (at any depth): "river" a watercourse (a stream, the word's second meaning); not
        "building" a group (only its rare meaning, the occupants), nor "measure" (mostly a
        verb) or "final" (mostly an adjective) anything.

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.commonly_a("river", "watercourse"), wn.commonly_a("building",
        ...     "group"), wn.commonly_a("measure", "unit")) == (True, False, False)
        True
        """
        first = self.first_noun(word)
        if first is None or first[1] < share:
            return False
        kinds = self.noun_meanings(kind)
        return first[0] in kinds or not kinds.isdisjoint(self.above(first[0]))

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def person_kind(self, word: str) -> bool | None:
        """Whether a noun's commonest meaning is a kind of person ("actors", "director", "scribe",
        mostly a verb; not "movies", nor "academic", mostly an adjective); None: no noun for it."""
        first = self.first_noun(word)
        if first is None:
            return None
        person = self.first_noun("person")
        kinds = {first[0], *self.above(first[0])} if self.pos_share(word, "a") < 0.5 else set()
        return person is not None and person[0] in kinds

    def filed_as_person(self, word: str) -> bool:
        """Whether WordNet files a noun's commonest meaning among its nouns of persons (the
        lexicographer file noun.person), where the word is mostly a noun: "character" (a
        fictional character, an imaginary person, though no kind of person by :meth:`is_a`)."""
        return self._filed_in(word, _NOUN_PERSON)

    def filed_as_group(self, word: str) -> bool:
        """Whether WordNet files a noun's commonest meaning among its nouns of groupings (the
        lexicographer file noun.group), where the word is mostly a noun: "organization",
        "company", "band" (English calls one "it", though it answers "who")."""
        return self._filed_in(word, _NOUN_GROUP)

    def _filed_in(self, word: str, lexfile: int) -> bool:
        """Whether ``word`` is mostly a noun (half its uses or more) whose commonest meaning
        WordNet files in the lexicographer file ``lexfile``."""
        return self.noun_file(word, 0.5) == lexfile

    def noun_file(self, word: str, share: float = 0.0) -> int | None:
        """The lexicographer file of a noun's commonest meaning (noun.time: 28), where the
        word is a noun in ``share`` of its uses or more; else None.

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.noun_file("year"), wn.noun_file("grams", 0.5)) == (28, 23)
        True
        """
        first = self.first_noun(word)
        if first is None or first[1] < share:
            return None
        return self.synset(*first[0]).lexfile

    def first_verb(self, word: str) -> tuple[str, int] | None:
        """A word's most frequent verb meaning (of its first base form that is a verb); None
        where WordNet has no verb for it."""
        for lemma, pos in self.base_forms(word):
            if pos == "v":
                found = self.offsets(lemma, "v")
                if found:
                    return ("v", found[0])
        return None

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def says_occurrence(self, word: str) -> bool:
        """Whether ``word``'s commonest verb meaning is *come to pass* (happen's: "occurred",
        "happens"), a verb that says only that its subject took place. "found" (to set up)
        and "struck" mean that only in rarer senses.

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.says_occurrence("occurred") and not wn.says_occurrence("found"))
        True
        """
        happen, first = self.first_verb("happen"), self.first_verb(word)
        return happen is not None and first == happen

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one WordNet a process, words recur
    def is_unit(self, word: str) -> bool:
        """Whether ``word`` reads as a unit (of measurement or of time): its commonest noun
        meaning is one ("metres", "km", "ml", "dollars"), or, where it is a plural, any
        meaning ("feet", "points"; "the 2014 *cup*" is a trophy).

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.is_unit("ml") and wn.is_unit("feet") and not wn.is_unit("guns"))
        True
        """
        if any(self.is_a(word, kind) > 0 for kind in _UNITS):
            return True
        plural = any(pos == "n" and lemma != word for lemma, pos in self.base_forms(word))
        return plural and any(self.may_be_a(word, kind) for kind in _UNITS)
