"""WordNet's database files read into memory: the ``index.*`` lines, ``data.*`` synset lines at
their byte offsets, the ``*.exc`` exception lists and ``index.sense``'s tag counts (for
:class:`kgchat.wordnet.WordNet`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "Synset",
    "WordNetLookups",
    "parse_definition",
    "parse_gloss",
    "parse_synset",
    "read_exceptions",
    "read_index",
    "read_offsets",
    "read_tag_counts",
]


@dataclass(frozen=True)
class Synset:
    """One meaning: its part of speech, its words (in their order), and its links as
    ``(symbol, pos, offset, source word, target word)`` (word numbers from 1; 0: the whole
    synset)."""

    pos: str
    offset: int
    words: tuple[str, ...]
    links: tuple[tuple[str, str, int, int, int], ...]
    lexfile: int = -1  # the lexicographer file WordNet files it in (18: noun.person)


_SENSE_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}


class WordNetLookups:
    """The lookups :class:`kgchat.wordnet.WordNet` defines and its mixins
    (:class:`~kgchat.wordnet_kinds.NounKinds`, :class:`~kgchat.wordnet_names.ProperNames`)
    read, declared once."""

    def base_forms(self, word: str) -> list[tuple[str, str]]:
        """A word's base forms with their parts of speech."""
        raise NotImplementedError

    def offsets(self, lemma: str, pos: str) -> tuple[int, ...]:
        """The synset offsets of a lemma in one part of speech, most frequent first."""
        raise NotImplementedError

    def synset(self, pos: str, offset: int) -> Synset:
        """The synset at ``offset`` of part of speech ``pos``."""
        raise NotImplementedError

    def broader(self, key: tuple[str, int]) -> Iterator[tuple[str, int]]:
        """The synsets one step more general than ``key`` (its hypernyms)."""
        raise NotImplementedError

    def common_first(self, lemma: str, offsets: tuple[int, ...]) -> int:
        """The first of a lemma's noun ``offsets`` (most frequent first) whose synset writes the
        lemma in lower case: a common noun's meaning before a proper name's. WordNet ranks the
        senses no text tagged as they come, so "scribe" lists Augustin Eugène *Scribe* before
        the copyist and "mason" three Masons before the stonemason; read as a name, the word
        named no kind of person. The first offset where every meaning is a name ("paris")."""
        for offset in offsets:
            if lemma in self.synset("n", offset).words:
                return offset
        return offsets[0]


def read_tag_counts(raw: bytes) -> dict[tuple[str, str], int]:
    """``(lemma, pos) -> tagged uses`` summed over its senses, from ``index.sense`` (lines
    ``lemma%<ss_type>:... offset sense_number tag_count``)."""
    out: dict[tuple[str, str], int] = {}
    for line in raw.decode("utf-8").split("\n"):
        f = line.split()
        if len(f) == 4 and f[3] != "0":
            lemma, _, rest = f[0].partition("%")
            key = (lemma, _SENSE_POS.get(rest[:1], "n"))
            out[key] = out.get(key, 0) + int(f[3])
    return out


def read_index(raw: bytes) -> dict[str, str]:
    """``lemma -> the rest of its line`` of an ``index.<pos>`` file (its licence header lines
    start with spaces); :meth:`WordNet.offsets` reads a line's synsets when asked, so loading
    reads no numbers."""
    lines = raw.decode("utf-8").split("\n")
    return dict(line.split(" ", 1) for line in lines if line and line[0] != " ")


def read_offsets(rest: str) -> tuple[int, ...]:
    """The synset offsets of an index line's rest (``pos n_synsets n_pointers pointers...
    n_senses n_tagged offsets...``), most frequent sense first."""
    f = rest.split()
    n_synsets, n_pointers = int(f[1]), int(f[2])
    start = 3 + n_pointers + 2
    return tuple(int(x) for x in f[start : start + n_synsets])


def read_exceptions(text: str) -> dict[str, tuple[str, ...]]:
    """``inflected form -> base forms`` of a ``<pos>.exc`` file."""
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        f = line.split()
        if len(f) >= 2:
            out[f[0]] = tuple(f[1:])
    return out


def parse_synset(data: bytes, offset: int) -> Synset:
    """One line of a ``data.<pos>`` file: ``offset lexfile pos n_words (word lexid)* n_links
    (symbol offset pos source/target)* ... | gloss``."""
    end = data.index(b"\n", offset)
    f = data[offset:end].split(b" | ", 1)[0].decode("utf-8").split()
    pos = "a" if f[2] == "s" else f[2]  # adjective satellites live in data.adj
    n_words = int(f[3], 16)
    words = tuple(f[4 + 2 * k].split("(")[0] for k in range(n_words))
    k = 4 + 2 * n_words
    n_links = int(f[k])
    links = []
    for j in range(n_links):
        symbol, toff, tpos, st = f[k + 1 + 4 * j : k + 5 + 4 * j]
        links.append(
            (symbol, "a" if tpos == "s" else tpos, int(toff), int(st[:2], 16), int(st[2:], 16))
        )
    return Synset(pos, int(f[0]), words, tuple(links), int(f[1]))


def parse_gloss(data: bytes, offset: int) -> str:
    """The gloss of the synset at ``offset`` of a ``data.<pos>`` file, as written: its
    definition, then any notes and quoted examples (``;``-separated)."""
    end = data.index(b"\n", offset)
    line = data[offset:end].decode("utf-8")
    return line.partition(" | ")[2]


def parse_definition(data: bytes, offset: int) -> tuple[str, ...]:
    """The words of the definition of the synset at ``offset`` of a ``data.<pos>`` file: its
    gloss up to the first example or note (``;``), lower-cased ("be issued or published" of
    *come out*)."""
    gloss = parse_gloss(data, offset)
    return tuple(re.findall(r"[a-z]+", gloss.split(";", 1)[0].lower()))
