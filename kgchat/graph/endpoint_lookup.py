"""The dictionary linker's exact-match path as SPARQL lookups on label literals, for an endpoint
too large to stream every name (``EndpointConfig(names="lookup")``).

:class:`LabelLookup` stands in for :class:`kgchat.name_table.NameTable`: for a question it sends
one query with every n-gram's likely spellings (lower case, Capitalised, Title Case, UPPER; plain
and in the graph's language) as literals in a ``VALUES`` block, matched against the label and
alias predicates: index lookups on any store, whatever its size. A name is found when its words,
normalised, are the n-gram's. What streaming the names gives beyond that (plural and reordered
forms, typos, parts of names, entities without any label) is left to the entity index.

Normalised words have lost their accents and apostrophes ("Zoë O'Brien" is ``zoe o brien``),
which no such spelling restores: the question's words as written are looked up too (the linker
hands them over, :meth:`LabelLookup.prepare`), so a name is found as the question writes it.

Examples
--------
>>> sorted(spellings(["tim", "cahill"]))
['TIM CAHILL', 'Tim Cahill', 'Tim cahill', 'tim cahill']
>>> sorted(written_spellings("Who knows Zoë O'Brien?", 2))
["O'Brien", 'Who knows', 'Zoë', "Zoë O'Brien", 'knows', 'knows Zoë']
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from kgchat.graph.endpoint_queries import key, term
from kgchat.graph.vocab import Role
from kgchat.name_table import REORDERED
from kgchat.place_names import other_place_names
from kgchat.text import STOPWORDS, tokens, written_words

if TYPE_CHECKING:
    from kgchat.graph.endpoint import SparqlGraph
    from kgchat.linking import LinkerConfig
    from kgchat.name_table import Span

__all__ = ["LabelLookup", "spellings", "written_spellings"]

_EDGE_PUNCT = re.compile(r"^\W+|\W+$")  # a written word's leading and trailing punctuation


def spellings(words: Sequence[str]) -> set[str]:
    """Likely ways a name of these normalised words is written."""
    text = " ".join(words)
    return {text, text.capitalize(), " ".join(w.capitalize() for w in words), text.upper()}


def written_spellings(question: str, longest: int) -> set[str]:
    """The runs of up to ``longest`` words of ``question`` as written (accents, apostrophes and
    capitals kept; each word's leading and trailing punctuation dropped), but a lone stop word
    or letter."""
    words = [_EDGE_PUNCT.sub("", w) for w, _, _ in written_words(question)]
    out = set()
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + longest) + 1):
            toks = tokens(" ".join(words[i:j]))
            if not toks or (len(toks) == 1 and (toks[0] in STOPWORDS or len(toks[0]) < 2)):
                continue
            out.add(" ".join(w for w in words[i:j] if w))
    return out


class LabelLookup:
    """The exact-match part of a name table, asked of the endpoint; see the module docstring."""

    def __init__(self, graph: SparqlGraph, config: LinkerConfig, longest: int = 6) -> None:
        self.graph, self.config = graph, config
        self.longest = min(config.max_ngram, longest)
        self.partial: dict[str, list[str]] = {}  # parts of names: not looked up
        # per question: the names found, and the places found by WordNet's other names
        self._found: OrderedDict[tuple, tuple[dict[str, list[str]], dict[str, list[str]]]] = (
            OrderedDict()
        )
        self._written: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())
        self._places: dict[str, list[str]] = {}  # the last question's places by other names

    def prepare(self, question: str, toks: Sequence[str]) -> None:
        """Note the question's words as written (:func:`written_spellings`), looked up with
        the spellings of its tokens ``toks`` (what the linker reads) by the next lookup."""
        self._written = (tuple(toks), frozenset(written_spellings(question, self.longest)))

    def unknown(self, toks: Sequence[str]) -> list[bool]:
        """No word is taken for a misspelling (typos are the index's)."""
        return [False] * len(toks)

    def near(self, text: str) -> list[tuple[str, int]]:
        return []

    def lookup(
        self,
        toks: Sequence[str],
        a: int,
        b: int,
        *,
        named: Collection[str] = (),
        unknown: Sequence[bool] | None = None,
        lower: bool = False,
        runs: Collection[tuple[int, int]] = (),
        acronyms: Mapping[int, str] | None = None,
    ) -> Span | None:
        """The entities named exactly ``toks[a:b]``, as :meth:`NameTable.lookup` gives them,
        else a place the graph names by another name WordNet gives it ("Burma": ``Myanmar``,
        as the local table's ``wordnet`` key; ``named``, ``unknown``, ``lower``, ``runs`` and
        ``acronyms`` serve the local table's looser matches)."""
        found = self._names(tuple(toks))
        key = " ".join(toks[a:b])
        if nodes := found.get(key):
            return (a, b, nodes, 1.0, "dictionary")
        if nodes := self._places.get(key):
            return (a, b, nodes, REORDERED, "wordnet")
        return None

    def _names(self, toks: tuple[str, ...]) -> dict[str, list[str]]:
        """Every n-gram of ``toks`` that names entities, from one query."""
        written = self._written[1] if self._written[0] == toks else frozenset()
        cached = self._found.get((toks, written))
        if cached is not None:
            found, self._places = cached
            return found
        forms: set[str] = set()
        lang = self.graph.config.language
        for text in written:
            forms.add(term(_literal(text, None)))
            forms.add(term(_literal(text, lang)))
        # a place written capitalised is looked up by its other names too (WordNet's synset)
        other = self._other_names(written) if self.config.place_names else {}
        for name in other:
            for text in (name, " ".join(tokens(name))):  # as WordNet and as normalised
                forms.add(term(_literal(text, None)))
                forms.add(term(_literal(text, lang)))
        for n in range(1, min(self.longest, len(toks)) + 1):
            for i in range(len(toks) - n + 1):
                words = toks[i : i + n]
                if n == 1 and (words[0] in STOPWORDS or len(words[0]) < 2):
                    continue
                for text in spellings(words):
                    forms.add(term(_literal(text, None)))
                    forms.add(term(_literal(text, lang)))
        sch = self.graph.schema
        preds = [p for p, r in sch.name_roles.items() if r in (Role.LABEL, Role.ALIAS)]
        preds += list(sch.name_like)
        found = defaultdict(list)
        if forms and preds:
            listed = ", ".join(term(p) for p in sorted(set(preds)))
            rows = self.graph.client.select(
                f"SELECT DISTINCT ?s ?l WHERE {{ VALUES ?l {{ {' '.join(sorted(forms))} }} "
                f"?s ?p ?l FILTER(isIRI(?s) && ?p IN ({listed})) }}"
            )
            for r in rows:
                node = key(r["s"])
                name = " ".join(tokens(r["l"]["value"]))
                if node not in sch.properties and node not in found[name]:
                    found[name].append(node)
        # the other names as the found labels' words are: the question's n-grams they answer
        by_words: dict[str, list[str]] = defaultdict(list)
        for name, saids in other.items():
            by_words[" ".join(tokens(name))].extend(saids)
        places: dict[str, list[str]] = defaultdict(list)
        for name, nodes in found.items():
            for said in by_words.get(name, ()):
                if said not in found:  # a name of the graph keeps its own entities
                    places[said].extend(n for n in nodes if n not in places[said])
        self._places = dict(places)
        found = dict(found)
        self._found[(toks, written)] = (found, self._places)
        # the linker reads the candidates' edges next: one request for them all
        self.graph.expect(n for nodes in found.values() for n in nodes)
        if len(self._found) > 1000:
            self._found.popitem(last=False)
        return found

    def _other_names(self, written: Collection[str]) -> dict[str, list[str]]:
        """The other names WordNet gives the places written in the question
        (:func:`kgchat.place_names.other_place_names`), each with the normalised words of
        the question's n-grams that name the place so."""
        out: dict[str, list[str]] = defaultdict(list)
        for text in written:
            said = " ".join(tokens(text))
            for name in other_place_names(text):
                if said not in out[name]:
                    out[name].append(said)
        return dict(out)


def _literal(text: str, lang: str | None) -> str:
    import pyoxigraph as ox

    return str(ox.Literal(text, language=lang) if lang else ox.Literal(text))
