"""Literal values a question names: numbers, ordinals and years ("aged 25", "the 44th president",
"approved in 1996"), dotted codes ("kafka *3.6.0*"), codes in parts and clock times, by their
words ("substation *10YGAR-0006-G*", "in *2:06:28*"), the dates within a year ("released in
2014"), and the words of a value several subjects share ("work in *industry*"), misspelt too:
:class:`ValueNames`, a mixin of :class:`~kgchat.linking.EntityLinker`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from typing import Any

from kgchat.graph.core import KnowledgeGraph
from kgchat.graph.dates import date_day, date_year, said_date
from kgchat.graph.literal_terms import parse_literal
from kgchat.graph.value_shapes import CLOCK, is_code
from kgchat.lexicon import english_words
from kgchat.name_table import TYPO, misspelt_score
from kgchat.number_forms import PLAIN_DECIMAL
from kgchat.spelling import NearIndex
from kgchat.text import NAME_SHAPED, STOPWORDS, plain_number, singular, tokens

__all__ = ["ValueNames", "asked_of", "english_head", "heads_phrase", "is_code"]

# an ordinal written in figures names its number (a series ordinal, a rank, an edition):
# "the 44th president", "the 2nd edition"
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
_VALUE_WORDS = 3  # the longest shared value linked as a category ("Research Track")
# a code of three numbers or more joined by dots (a release "3.6.0", "2023.11.17"): what a
# question quotes as written, whose tokens ("3 6 0") name it
_DOTTED = re.compile(r"\d+(?:\.\d+){2,}")
# a code after a scheme's prefix and a colon ("MESH:D008099"): named by its own part too
_PREFIXED = re.compile(r"[A-Za-z]+:(\S+)")


def _category(words: list[str]) -> bool:
    """Whether a literal's words may name a category: a few words, letters only, not all
    stop words ("Industry", "Research Track"; not "The", not "Linked Data 2010")."""
    return (
        0 < len(words) <= _VALUE_WORDS
        and all(w.isalpha() for w in words)
        and not STOPWORDS.issuperset(words)
    )


def asked_of(toks: list[str], a: int, b: int) -> bool:
    """Whether the words ``toks[a:b]`` stand between "the" and "of": a relational noun, what
    the question asks of the words after it ("the *mayor* of Wolfsburg"), not a thing named.

    >>> asked_of("who is the mayor of wolfsburg".split(), 3, 4)
    True
    >>> asked_of("which cities have a mayor".split(), 4, 5)
    False
    """
    return bool(a) and toks[a - 1] == "the" and toks[b : b + 1] == ["of"]


_MODIFIERS = 2  # words between "the" and a phrase's head ("the *FDSN network* code of")


def heads_phrase(toks: list[str], a: int) -> bool:
    """Whether ``toks[a]`` is the last word of a noun phrase that "the" opens, at most
    ``_MODIFIERS`` words before it, none of them a function word ("the event *id* of",
    "the *id* of"; not "of the id", nor "the station is in").

    >>> heads_phrase("what is the event id of x".split(), 4), heads_phrase("the id".split(), 1)
    (True, True)
    >>> heads_phrase("what is it of x".split(), 2)
    False
    """
    for k in range(1, _MODIFIERS + 2):
        if a - k < 0 or (k > 1 and toks[a - k + 1] in STOPWORDS):
            return False
        if toks[a - k] == "the":
            return True
    return False


def english_head(toks: list[str], a: int, b: int) -> bool:
    """Whether the span ``toks[a:b]`` is one word of English that heads the noun phrase before
    "of" (:func:`heads_phrase`): "the event *ID* of X" asks X's identifier, whatever a graph
    names "ID" by (a value, Indonesia's ISO code).

    >>> english_head("what is the event id of x".split(), 4, 5)
    True
    >>> english_head("what is the event xq7 of x".split(), 4, 5)
    False
    """
    return (
        b - a == 1
        and toks[b : b + 1] == ["of"]
        and heads_phrase(toks, a)
        and toks[a] in english_words()
    )


class ValueNames:
    """Mentions of literal values (a mixin: the class using it sets ``config`` and
    ``names``, its name table, and calls :meth:`_read_values` once)."""

    config: Any
    names: Any

    def _read_values(self, kg: Any) -> None:
        """Index the graph's literal values by the words a question names them with."""
        # Numbers and years in a question ("aged 25", "approved in 1996") name literal values;
        # so do the words of a value several subjects share ("work in *industry*": a status
        # of many people), a category rather than a text.
        self._values: dict[str, list[str]] = defaultdict(list)
        # a year names the dates within it ("released in 2014": ``2014-03-07``); a day a
        # question writes names its dates ("on 13 June 2022", "2022-06-13")
        self._years: dict[str, list[str]] = defaultdict(list)
        self._dates: dict[str, list[str]] = defaultdict(list)
        # the words of a value only one subject has, in two words or more ("goose down", a
        # material): a constraint beside an entity the question names ("Which sleeping bag
        # is made of goose down?"); alone in a question, they are a text asked about, where
        # a title is a thing's name ("What is the title of linked data?"), not linked
        self._single: dict[str, list[str]] = defaultdict(list)
        self._proper: dict[str, list[str]] = defaultdict(list)
        # the codes a literal is ("10YGAR-0006----G"), by their words (not searched for typos:
        # a code one mark apart is another thing's)
        self._codes: dict[str, list[str]] = defaultdict(list)
        # (a graph held in memory counts a value's facts at no cost; an endpoint would send a
        # request per value, so over SPARQL numbers alone are linked)
        degree = kg.degree if isinstance(kg, KnowledgeGraph) else None
        for key in kg.literals():
            # a number in E-notation is named as a person writes it ("1.1005e+04": 11005)
            lex = plain_number(parse_literal(key)[0].strip())
            if PLAIN_DECIMAL.fullmatch(lex):
                self._values[lex].append(key)
            elif _DOTTED.fullmatch(lex):
                self._values[" ".join(tokens(lex))].append(key)
            elif (year := date_year(lex)) is not None:
                self._years[str(year)].append(key)
                if (day := date_day(lex)) is not None:
                    self._dates[day].append(key)
            elif is_code(lex) or CLOCK.fullmatch(lex):
                # a code, or a time as a clock writes it (a race's "2:06:28"): no code, but
                # named by its figures as one is
                self._codes[" ".join(tokens(lex))].append(key)
                if (part := _PREFIXED.fullmatch(lex)) and (
                    is_code(code := part.group(1)) or NAME_SHAPED.fullmatch(code)
                ):
                    self._codes[" ".join(tokens(code))].append(key)
            elif degree is not None and len(lex) < 40:
                words = tokens(lex)
                if _category(words) and degree(key) > 1:
                    self._values[" ".join(words)].append(key)
                elif _category(words) and len(words) > 1:
                    self._single[" ".join(words)].append(key)
                elif _category(words) and len(lex) > 1 and lex[:1].isupper():
                    # one word written as a name, one subject's: a place stated as text (an
                    # address's city "Honolulu"), a code or a callsign ("SPEEDBIRD"); named
                    # where the question writes it as a name too
                    self._proper[words[0]].append(key)
                elif len(words) == 1 and NAME_SHAPED.fullmatch(words[0]):
                    # one word of letters and figures, whatever its case (an rsID
                    # "rs80357906"): written as a name, as the question writes it
                    self._proper[words[0]].append(key)
        self._value_words = max(
            (len(k.split()) for k in (*self._values, *self._single, *self._codes)),
            default=1,
        )
        if self._dates:
            self._value_words = max(self._value_words, 3)  # a day: "13 june 2022"
        # a value's words misspelt ("the ruee" for the currency "rupee") are searched as names
        self._near_values: NearIndex | None = None  # built on first use

    def _value(
        self,
        toks: list[str],
        a: int,
        b: int,
        unknown: list[bool],
        beside: bool = False,
        named: Collection[str] = (),
    ) -> tuple[list[str], float, str] | None:
        """The literal values the n-gram ``toks[a:b]`` names, with score and method: by their
        words (0.9), a year by the dates within it (0.8, ``year``: :meth:`_in_year`), or
        misspelt (``typo``: within the edits its misspelt words may hold,
        :meth:`kgchat.name_table.NameTable.edits`, scored as a misspelt name, 0.9 of it);
        ``beside`` an entity the question names, a value of one subject too, by its words;
        a word the question writes as a name (``named``), a value of one subject written so."""
        key = " ".join(toks[a:b])
        if ordinal := _ORDINAL.fullmatch(key):  # "the 44th president": the number 44
            key = ordinal.group(1)
        elif asked_of(toks, a, b) or english_head(toks, a, b):
            # "the mayor of X": a relation asked of X, not a value ("Mayor"); so is a word of
            # English heading the phrase before "of" ("the event *ID* of X", not the code "ID")
            return None
        if found := (
            self._values.get(key)
            or self._codes.get(key)
            or (beside and self._single.get(key))
            or (key in named and self._proper.get(key))
        ):
            return (found[: self.config.max_candidates], 0.9, "dictionary")
        if dates := self._in_year(key):
            return (dates, 0.8, "year")
        # a day written out names its dates (a date and the date-times within it), where few
        # are (as a year's)
        dated = self._dates.get(said_date(toks[a:b]) or "", [])
        if 0 < len(dated) <= self.config.max_candidates:
            return (dated, 0.9, "date")
        edits = getattr(self.names, "edits", None)  # an endpoint's table may lack it
        if not self.config.typos or edits is None or not any(unknown[a:b]):
            return None
        if near := self.value_index().closest(key, edits(toks[a:b], unknown[a:b])):
            nodes = self._values[near[0]][: self.config.max_candidates]
            return (nodes, 0.9 * misspelt_score(TYPO, near[1], len(key)), "typo")
        return None

    def value_index(self) -> NearIndex:
        """The :class:`~kgchat.spelling.NearIndex` of the values' names (numbers left out)
        that a misspelt value is searched in, built on first use (or beforehand by
        :meth:`~kgchat.linking.EntityLinker.prepare`)."""
        if self._near_values is None:
            self._near_values = NearIndex(k for k in self._values if not PLAIN_DECIMAL.fullmatch(k))
        return self._near_values

    def _shared(self, toks: list[str], span: tuple[int, int, Any, Any, Any]) -> bool:
        """Whether the words of ``span`` are a value several subjects share (a category), as
        written or in the singular ("families": the rank "family" of many taxa)."""
        said = toks[span[0] : span[1]]
        return any(" ".join(w) in self._values for w in (said, [singular(t) for t in said]))

    def _in_year(self, key: str) -> list[str]:
        """The dates a year names ("Which film was released in *2014*?": ``2014-03-07``), where
        the graph has no value written as that number and at most ``max_candidates`` dates
        in that year: a year that many dates fall in (a season's matches, a conference's
        sessions) constrains nothing a walk could use, and is left unlinked as before."""
        dates = self._years.get(key, [])
        return dates if len(dates) <= self.config.max_candidates else []
