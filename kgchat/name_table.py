"""The name dictionary of a graph, built once: every label and alias under the keys a question
may say it by, and the search for misspelt names (:mod:`kgchat.misspelt_names`).

The keys of a name, from the strictest (an exact name scores 1.0; the reordered and partial
keys are made by :mod:`kgchat.name_keys`):

- the normalised words (:func:`kgchat.text.tokens`), and their singular forms (0.9);
- ``compact``: the words without spaces, so "ISWC 2010" finds "ISWC2010" and back (0.9),
  where the question writes them as a name or they are no English word joined ("know" is the
  verb, not the firm "K-Now");
- ``reordered``: the content words in any order, stopwords ignored (0.85): "general chair of
  ISWC 2010" for "General Chair at ISWC 2010";
- ``typo``: within a few edits of a name (0.8 less half the share of edits), see
  :meth:`NameTable.near` and :meth:`NameTable.edits`; or, its misspelt words mended to the
  graph's nearest words (:meth:`NameTable.mend`), a name in other order or in part;
- ``partial``: a part that picks out at most ``partial_max`` entities (0.7): the name without
  its trailing parenthesis ("Nirvana" for "Nirvana (band)"), without a run of middle words
  ("Tim Berners-Lee" for "Tim J. Berners-Lee"), the last word of a 2-3 word name ("Bizer")
  or its first where the name capitalises it ("Marguerite", "Hamburg" of "Hamburg headquarters"),
  or its head before a last qualifier ("soil erosion risk map" for "Soil erosion risk map of
  Bavaria");
- ``acronym``: the initials of a name of three to six words, said by a word written as an
  acronym (0.85: "COPD", "SSRIs" for *Selective Serotonin Reuptake Inhibitors*); and, as
  ``partial``, the possessive a name starts with, typed without apostrophe ("alzheimers");
- ``wordnet``: another name WordNet gives a place the graph names (0.85, "Burma" for
  ``Myanmar``), where no name of the graph has that key; a single word only where written
  capitalised. Looked up before misspellings: "Holland" is no typo of "Poland".
- ``adjective``: a name of two or more words with a place in it, said with the place's proper
  adjective in any order (0.8): "the Danish wind turbine register" for "Wind turbine register
  of Denmark", "Swiss wild bee monitoring" for "Wild bee monitoring in Switzerland" (WordNet's
  pertainyms, :meth:`kgchat.wordnet.WordNet.pertains_to`; off with ``place_names``).

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.linking import LinkerConfig
>>> kg = KnowledgeGraph.from_triples([("Pink_Floyd", "member", "Syd_Barrett")])
>>> names = NameTable(kg, LinkerConfig())
>>> names.near("pink flyod")
[('pink floyd', 1)]
>>> names.lookup("where is barrett".split(), 2, 3, named={"barrett"})
(2, 3, ['Syd_Barrett'], 0.7, 'partial')
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from kgchat.cited_numbers import CitedNumbers
from kgchat.graph.link_elements import says_a_relation
from kgchat.name_heads import head_names, kind_head
from kgchat.name_keys import (
    bare_words,
    coded_parenthesis,
    initials,
    name_parts,
    names_by_node,
    possessive_key,
    reordered_key,
    without_generic_tail,
)

# the look-up of an n-gram, kept in its own module; its scores are named here too (their old home)
from kgchat.name_lookup import (  # noqa: F401
    ADJECTIVE,
    COMPACT,
    PARTIAL,
    REORDERED,
    TYPO,
    NameLookup,
    Span,
    misspelt_score,
)
from kgchat.name_runs import ContainedNames
from kgchat.name_wholes import wholes
from kgchat.place_names import other_place_names
from kgchat.spelling import NearIndex
from kgchat.text import NAME_SHAPED, STOPWORDS, singular, stem, tokens

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.linking import LinkerConfig

__all__ = ["NameTable", "Span", "misspelt_score"]


class NameTable(NameLookup):
    """Every entity's label and aliases under each of their keys; see the module docstring (the
    search for misspellings: :class:`~kgchat.misspelt_names.MisspeltNames`; the keys of a place
    said in other words: :class:`~kgchat.place_keys.PlaceKeys`; the look-up of an n-gram:
    :class:`~kgchat.name_lookup.NameLookup`).

    Parameters
    ----------
    kg : KnowledgeGraph
    config : LinkerConfig
        ``max_ngram``, ``typos``, ``typo_*`` and ``partial_max`` are read.
    """

    def __init__(self, kg: KnowledgeGraph, config: LinkerConfig) -> None:
        self.config = config
        self.exact: dict[str, list[str]] = defaultdict(list)
        self.numbers = CitedNumbers()  # "Directive 2019/88" (kgchat.cited_numbers)
        self.loose: dict[str, list[str]] = defaultdict(list)
        self.compact: dict[str, list[str]] = defaultdict(list)
        self.reordered: dict[str, list[str]] = defaultdict(list)
        # names written in lower case in the graph ("aspirin"), as a question's common word is
        self.lower_names: set[str] = set()
        partial: dict[str, list[str]] = defaultdict(list)
        # a name's shorthands: its initials, said by a word written as an acronym ("COPD"), and
        # the possessive it starts with, typed without apostrophe ("alzheimers")
        initial: dict[str, list[str]] = defaultdict(list)
        possessive: dict[str, list[str]] = defaultdict(list)
        # the name without its trailing parenthesis ("Queen" of "Queen (band)"), which the
        # parenthesis was written to tell apart from namesakes
        bare: dict[str, list[str]] = defaultdict(list)
        self._stops: dict[str, int] = {}  # reordered key -> most stopwords its names hold
        self._edges: set[str] = set()  # the stopwords that start or end a name
        # Every word of a relation phrase, or of a name, is a word the graph knows: a question
        # word outside them is what a misspelling looks like.
        self.vocab: set[str] = set(STOPWORDS)
        for p in kg.relations():
            self.vocab.update(tokens(kg.relation_label(p)))
        relation_words = frozenset(self.vocab)
        # a form of a relation's word ("produced" for "producer") is no misspelling either
        self._known = frozenset(stem(w) for w in relation_words)
        self._relation_near = NearIndex(w for w in relation_words - STOPWORDS if w.isalpha())
        self.longest = 1
        others: list[tuple[str, str]] = []  # (node, another name WordNet gives the place)
        said_as: list[tuple[str, list[str]]] = []  # (node, a name's words)
        written: list[tuple[str, str]] = []  # (node, a name as written)
        runs_of: list[tuple[str, list[str]]] = []  # (node, its name's words bare)
        coded: list[tuple[str, list[str]]] = []  # (node, a name's words with its coded bracket)
        # the relations read from a term of the graph (a link's kind): keyed by their
        # property's key with the term's local name as fragment (kgchat.graph.link_elements)
        said_relations: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for p in kg.relations():
            if "#" in p:
                base, fragment = p.rsplit("#", 1)
                said_relations[" ".join(tokens(kg.relation_label(p)))].add((base, fragment))
        for node in kg.entities():
            if said_relations and says_a_relation(kg, node, said_relations):
                continue
            for name in (kg.label(node), *kg.aliases(node)):
                if config.place_names:
                    others.extend((node, other) for other in other_place_names(name))
                name = name.strip()
                toks = tokens(name)
                if not toks or (len(toks) == 1 and (toks[0] in STOPWORDS or len(toks[0]) < 2)):
                    continue
                self.vocab.update(toks)
                self.numbers.add(node, toks)
                _add(self.exact, " ".join(toks), node)
                if name == name.lower():
                    self.lower_names.add(" ".join(toks))
                _add(self.loose, " ".join(singular(t) for t in toks), node)
                self.longest = max(self.longest, min(len(toks), config.max_ngram))
                self._edges.update({toks[0], toks[-1]} & STOPWORDS)
                if len(toks) > 1:
                    _add(self.compact, "".join(toks), node)
                key = reordered_key(toks)
                if key:
                    _add(self.reordered, key, node)
                    stops = sum(t in STOPWORDS for t in toks)
                    self._stops[key] = max(stops, self._stops.get(key, 0))
                for key in initials(toks):
                    _add(initial, key, node)
                if said := possessive_key(name, toks):
                    _add(possessive, said, node)
                if config.partial_max:
                    said_as.append((node, toks))
                    written.append((node, name))
                    core = bare_words(name, toks)
                    if "://" not in name:  # (an address is no name said in a question)
                        runs_of.append((node, core))
                        if core != toks and coded_parenthesis(name):
                            coded.append((node, toks))
                    for part in name_parts(name, toks, relation_words, core):
                        _add(partial, part, node)
                    if core != toks:
                        _add(bare, " ".join(core), node)
        # a name said without the words many names end with ("Virgin Atlantic" of "Virgin
        # Atlantic Airways"): a part, as the name's other parts are
        for node, key in without_generic_tail(said_as, relation_words):
            _add(partial, key, node)
        # "Market Square" of "Old Town Market Square", "Prius XW50" of "Toyota Prius (XW50)"
        self.contained = ContainedNames(runs_of + coded)
        self.places = self._place_names(others)
        # a part of a name (a bare form too: "Queen" of "Queen (band)", "Queen (Queen album)",
        # beside "Killer Queen") picks out an entity only where few share it, less those named
        # as the whole holding them (an ASF DOAP file's releases "Apache Lucene") or after
        # another ("sicilian": "Sicilian Defence", not "Sicilian Defence: Najdorf Variation");
        # and a word a whole's parts repeat ("Gravelines 1" of its plant) is the whole's
        cap, by_node = config.partial_max, names_by_node(runs_of)  # (names bare)
        partial = {k: wholes(kg, v, k, by_node) if len(v) > cap else v for k, v in partial.items()}
        self.partial = {k: v for k, v in partial.items() if len(v) <= cap}
        for k, v in bare.items():
            v = wholes(kg, v, k, by_node) if len(v) > cap else v
            if k not in self.partial and len(v) <= cap and k not in STOPWORDS:
                self.partial[k] = v
        # a code's part said with its spaces or punctuation dropped ("EP3045477", "EP 3 045
        # 477" for "EP 3045477" of "EP 3045477 A1"): letters and digits both, as written codes
        # are, so that no phrase of words is found joined
        self.compact_parts: dict[str, list[str]] = {}
        for k, v in self.partial.items():
            joined = k.replace(" ", "")
            if joined != k and NAME_SHAPED.fullmatch(joined) and joined not in self.compact:
                self.compact_parts.setdefault(joined, []).extend(v)
        self.initials = {k: v for k, v in initial.items() if len(v) <= cap}
        # "the otter" for "Eurasian otter" (kgchat.name_heads), a class's name is its own
        self.heads = head_names(written, relation_words, lambda n, h: kind_head(kg, n, h))
        self.possessive = {k: v for k, v in possessive.items() if len(v) <= cap}
        # bare names are misspelt as often as whole ones ("Nirvaa"): searched for typos too
        self._bare = {k for k in bare if k in self.partial and k not in self.exact}
        # misspellings are searched among the names (kgchat.spelling), and a misspelt word
        # among the graph's words, to mend it in a name said in other order or in part
        shortest = max(2, config.typo_min_chars - config.typo_max_edits)
        self._near = NearIndex((*self.exact, *self._bare), shortest)
        self._words: NearIndex | None = None  # built on first use


def _add(table: dict[str, list[str]], key: str, node: str) -> None:
    if node not in table[key]:
        table[key].append(node)
