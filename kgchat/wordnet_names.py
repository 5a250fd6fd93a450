"""What WordNet says of proper names: the kinds a name is an instance of ("Italy" a
country), its other names ("Myanmar": Burma) and the places an adjective or a people's noun
pertains to ("British": the United Kingdom); a mixin of :class:`kgchat.wordnet.WordNet`, which
reads the database these look up (:mod:`kgchat.wordnet`).

A name is a proper noun only where it starts with a capital letter; WordNet files a proper
noun's *instance* meanings under the synsets they are instances of (its ``@i`` links).

Examples
--------
>>> from kgchat.wordnet import wordnet
>>> wn = wordnet()
>>> wn is None or "Burma" in wn.other_names("Myanmar")
True
"""

from __future__ import annotations

import functools

from kgchat.wordnet_files import WordNetLookups

__all__ = ["ProperNames"]


class ProperNames(WordNetLookups):
    """Proper names' kinds and other names, read by :class:`~kgchat.wordnet.WordNet`."""

    def first_noun(self, word: str) -> tuple[tuple[str, int], float] | None:
        raise NotImplementedError

    def above(self, key: tuple[str, int]) -> frozenset[tuple[str, int]]:
        raise NotImplementedError

    def is_a(self, word: str, kind: str) -> float:
        raise NotImplementedError

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one WordNet a process, names recur
    def _instances(self, name: str, senses: int = 3) -> tuple[tuple[tuple[str, int], ...], ...]:
        """A proper name's instance meanings among its first ``senses`` noun meanings, each
        as the synsets it is filed under (its ``@i`` links) with the meaning's own key first;
        none for a name that does not start with a capital."""
        if not name[:1].isupper():
            return ()
        out = []
        lemma = "_".join(name.lower().split())  # the name itself, not an inflected form's base
        for offset in self.offsets(lemma, "n")[:senses]:
            kinds = [(t, o) for sym, t, o, _, _ in self.synset("n", offset).links if sym == "@i"]
            if kinds:
                out.append((("n", offset), *kinds))
        return tuple(out)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one WordNet a process, names recur
    def _instance_of(self, name: str, places: bool = False) -> tuple[tuple[str, int], ...]:
        """The synsets a proper name's instance meanings are filed under (:meth:`_instances`;
        with ``places``, only the meanings that are kinds of location)."""
        where = self.first_noun("location")
        out: list[tuple[str, int]] = []
        for _, *kinds in self._instances(name):
            if places and not any(where is not None and where[0] in self.above(k) for k in kinds):
                continue
            out.extend(k for k in kinds if k not in out)
        return tuple(out)

    def other_names(self, name: str) -> tuple[str, ...]:
        """The other names WordNet gives the same proper noun (the other words of its
        instance meanings' synsets that are names, capitalised: "Netherlands" -> Holland,
        Kingdom of The Netherlands, Nederland; "Myanmar" -> Burma; not "capital of Spain"
        for Madrid), for a name that starts with a capital letter.

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or "Burma" in wn.other_names("Myanmar")
        True
        """
        own = "_".join(name.lower().split())
        out: list[str] = []
        for key, *_ in self._instances(name):
            for w in self.synset(*key).words:
                # a proper name's every word is capitalised but its particles ("Union of
                # Burma"): "capital of Spain", a description, is no name of Madrid
                if w.lower() != own and all(
                    x.split("'")[-1][:1].isupper() or len(x) <= 3 for x in w.split("_")
                ):
                    text = w.replace("_", " ")
                    if text not in out:
                        out.append(text)
        return tuple(out)

    def instance_kinds(self, name: str, places: bool = False) -> tuple[str, ...]:
        """What a proper name is an instance of, as head words: the last word of each kind
        WordNet files the name's instance meanings under (its first three noun meanings;
        "Italy" -> ``country`` from *European country*, "Osaka" -> ``city``, ``port``,
        "Jordan" -> ``river``, ``country``); empty for a name WordNet does not hold as an
        instance (a common noun, most names of a graph). Names are proper nouns only: a name
        that does not start with a capital letter has none; ``places`` keeps the meanings
        that are locations ("Kazan" the city, not the film director).

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or "country" in wn.instance_kinds("Italy")
        True
        >>> wn is None or wn.instance_kinds("italy") == ()
        True
        """
        keys = self._instance_of(name, places=places)
        # and one step more general: a kingdom is a country, a national capital a capital
        keys += tuple(up for key in keys for up in self.broader(key))
        heads = (self.synset(*key).words[0].lower().split("_")[-1] for key in keys)
        return tuple(dict.fromkeys(heads))

    def name_is_a(self, name: str, kind: str, places: bool = False) -> bool:
        """Whether a proper name is an instance of a kind of ``kind`` (its most frequent noun
        meaning), at any depth: "Beirut" (a national capital) is a location.

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or (wn.name_is_a("Beirut", "location"), wn.name_is_a("Beirut", "person"))
        (True, False)
        """
        target = self.first_noun(kind)
        if target is None:
            return False
        for key in self._instance_of(name, places=places):
            if key == target[0] or target[0] in self.above(key):
                return True
        return False

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def pertains_to(self, adjective: str) -> tuple[str, ...]:
        """The names of what an adjective pertains to (WordNet's pertainym links from its
        adjective meanings: "British" -> Britain) or a people's noun belongs to (its member
        holonym: "Italians" -> Italy), with their other names (a name's other meanings:
        Britain -> United Kingdom, UK, ...); empty for an adjective that pertains to nothing
        ("famous") or a word that is neither.

        >>> from kgchat.wordnet import wordnet
        >>> wn = wordnet()
        >>> wn is None or "United Kingdom" in wn.pertains_to("British")
        True
        >>> wn is None or wn.pertains_to("famous") == ()
        True
        >>> wn is None or wn.pertains_to("Finland") == ()  # a member of the EU, no people of it
        True
        """
        out: list[str] = []
        for lemma, pos in self.base_forms(adjective):
            for offset in self.offsets(lemma, pos) if pos in ("a", "n") else ():
                s = self.synset(pos, offset)
                own = {k + 1 for k, w in enumerate(s.words) if w.lower().split("(")[0] == lemma}
                # a people (its members persons: "Italians"), not a place that is a member
                # of a union ("Finland", a member of the European Union)
                people = pos == "n" and bool(own) and s.words[min(own) - 1][:1].isupper()
                people = people and self.is_a(lemma, "person") > 0
                for symbol, tpos, toff, source, target in s.links:
                    if pos == "a" and symbol == "\\" and tpos == "n" and source in own and target:
                        noun = self.synset("n", toff)
                        out.extend(w.replace("_", " ") for w in noun.words)
                        # a place's other names: Britain is the United Kingdom's too
                        out.extend(self.other_names(noun.words[target - 1].replace("_", " ")))
                    elif people and symbol == "#m" and tpos == "n":
                        # a people's nation ("Italians": members of Italy)
                        nation = self.synset("n", toff).words
                        out.extend(w.replace("_", " ") for w in nation)
                        out.extend(self.other_names(nation[0].replace("_", " ")))
        return tuple(dict.fromkeys(out))
