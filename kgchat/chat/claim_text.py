"""A reply's text as the claim check reads it: its clauses with their citations
(:func:`split_claims`), entity names as the stems of their words (:func:`name_key`,
:func:`graph_names`), and one clause's words, names and numbers (:class:`Clause`). Re-exported
by :mod:`kgchat.chat.claims`, which checks the claims (whether a clause asks instead of
stating is :mod:`kgchat.chat.claim_asks`).

>>> split_claims("Oslo: Ben was born in Oslo [2].")
[('Oslo', ()), ('Ben was born in Oslo', (2,))]
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kgchat.chat.guard import CITATION, GENERIC
from kgchat.graph.capabilities import entities_at_hand
from kgchat.number_forms import NUMBER_IN_TEXT
from kgchat.text import STOPWORDS, stem, tokens

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph

__all__ = [
    "Clause",
    "Key",
    "NameLookup",
    "graph_names",
    "name_key",
    "nameable",
    "short_forms",
    "split_claims",
]

Key = tuple[str, ...]  # an entity name as the stems of its words
# a sentence's words before each citation group and after the last -> each group's words
Spread = Callable[[list[str], str], "list[str] | None"]

_SENTENCE_END = re.compile(r"[.!?;:](?=\s|$)")
SHORT_WORD = re.compile(r"(?:^|\s)(?:[A-Z][a-z]?|\d{1,2})$")  # "J. R. R.", "Dr.", "1. FC"
_GROUP = re.compile(r"(?:\s*\[\d+\])+")
_PUNCTUATION = re.compile(r"[.!?;:]")
_MAX_NAME = 8  # longest entity name looked for, in words


def split_claims(
    text: str, keep: Iterable[str] = (), spread: Spread | None = None
) -> list[tuple[str, tuple[int, ...]]]:
    """The clauses of a reply with the citations after each; the names in ``keep`` are never
    split, whatever punctuation they hold ("Session: Linked Data", "OWL vs. RIF"). ``spread``
    is given each sentence's words before each citation group and its words after the last,
    and may give each group's words instead (a list cited item by item gives each item the
    sentence's other words: :func:`~kgchat.chat.claim_items.readings`).

    >>> split_claims("Headache: Aspirin treats it [1][2], sometimes. [3] Fine.")
    [('Headache', ()), ('Aspirin treats it, sometimes', (1, 2, 3)), ('Fine', ())]
    >>> split_claims("Track: Linked Data [1]. Fine.", keep=["Track: Linked Data"])
    [('Track: Linked Data', (1,)), ('Fine', ())]
    >>> split_claims("4: Pierre Curie's share is 4 [2].")
    [('4', ()), ("Pierre Curie's share is 4", (2,))]
    >>> split_claims("Porto, where does she live? [1].")
    [('Porto, where does she live?', (1,))]
    """
    masked: dict[str, str] = {}
    for name in sorted(set(keep), key=len, reverse=True):
        if name and _PUNCTUATION.search(name) and name in text:
            mark = f"kgchatname{len(masked)}x"
            masked[mark] = name
            text = text.replace(name, mark)
    if masked:
        restore = re.compile("|".join(masked))

        def back(t: str) -> str:
            return restore.sub(lambda m: masked[m.group(0)], t)

        one = None if spread is None else (lambda w, t: spread([back(s) for s in w], back(t)))
        return [(back(words), cites) for words, cites in split_claims(text, spread=one)]
    sentences, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        # an abbreviation ends with a period ("J. R. R.", "1. FC"), never with a colon: "4: ..."
        # and "Ridgeback 2: ..." are an answer and its evidence
        if m.group(0) == ":" or not SHORT_WORD.search(text[start : m.start()]):
            # a question keeps its mark: it asks, and states nothing (claims.check_claims)
            sentences.append(text[start : m.start()] + ("?" if m.group(0) == "?" else ""))
            start = m.end()
    sentences.append(text[start:])
    out: list[tuple[str, tuple[int, ...]]] = []
    for sentence in sentences:
        parts: list[tuple[str, tuple[int, ...]]] = []
        last = 0
        for g in _GROUP.finditer(sentence):
            cites = tuple(int(n) for n in CITATION.findall(g.group(0)))
            parts.append((sentence[last : g.start()], cites))
            last = g.end()
        if parts and not tokens(parts[0][0]) and out:  # "... [2]. [3] Next.": [3] is before
            out[-1] = (out[-1][0], out[-1][1] + parts.pop(0)[1])
        tail = sentence[last:]
        items = None if spread is None else spread([w for w, _ in parts], tail)
        if items is not None:
            parts, tail = [(w, cites) for w, (_, cites) in zip(items, parts, strict=True)], ""
        if parts and tokens(tail):  # words after the last citation belong to its claim
            parts[-1] = (parts[-1][0] + tail, parts[-1][1])
        elif tokens(tail):
            parts.append((tail, ()))
        for words, cites in parts:
            if tokens(words):
                out.append((" ".join(words.split()).strip(" ,"), cites))
            elif out:
                out[-1] = (out[-1][0], out[-1][1] + cites)
    return out


def name_key(label: str) -> Key:
    """An entity name as the check compares names: the stems of its words.

    >>> name_key("The Beatles")
    ('the', 'beatl')
    """
    return tuple(stem(w) for w in tokens(label))


def nameable(words: Sequence[str]) -> bool:
    """A name a sentence can be said to use: not only stopwords or generic words."""
    return any(w not in STOPWORDS and stem(w) not in GENERIC and len(w) > 1 for w in words)


_QUALIFIER = re.compile(r"\s*\([^()]*\)|,.*$")


def short_forms(labels: Iterable[str], known: Collection[Key]) -> dict[Key, Key]:
    """The shorter forms a reply may name an entity by, each to its full name: the label
    without what qualifies it, a part in brackets or after a comma ("Marie Curie" of "Marie
    Curie, née Sklodowska", "Eagles" of "Eagles (band)", "Chicago" of "Chicago, IL"). A
    short form that is itself a name in ``known``, or the short form of two names, names none.

    >>> short_forms(["Marie Curie, née Sklodowska", "Eagles (band)", "Eagles"], [("eagl",)])
    {('mari', 'curi'): ('mari', 'curi', 'nee', 'sklodowska')}
    """
    out: dict[Key, Key | None] = {}
    for label in labels:
        full = name_key(label)
        short = name_key(_QUALIFIER.sub("", label))
        if short and short != full and nameable(list(short)) and short not in known:
            out[short] = full if out.get(short, full) == full else None
    return {k: v for k, v in out.items() if v is not None}


_NAMES: list[tuple[weakref.ref[Any], tuple[int, int], frozenset[Key]]] = []


def graph_names(kg: KnowledgeGraph) -> frozenset[Key]:
    """Every entity label of ``kg`` as word stems (built once per graph and version); of a
    graph too large to list at question time, the labels of the entities at hand
    (:func:`~kgchat.graph.capabilities.entities_at_hand`: those its questions fetched, read
    again as they grow)."""
    at_hand, whole = entities_at_hand(kg)
    listed = None if whole else list(at_hand)  # (counted: the names at hand grow)
    stamp = (kg.version, -1 if listed is None else len(listed))
    if _NAMES and _NAMES[0][0]() is kg and _NAMES[0][1] == stamp:
        return _NAMES[0][2]
    nodes = at_hand if listed is None else listed
    names = frozenset(
        name_key(label) for label in (kg.label(n) for n in nodes) if nameable(tokens(label))
    )
    _NAMES[:] = [(weakref.ref(kg), stamp, names)]  # one graph at a time, as evaluated
    return names


@dataclass(frozen=True)
class NameLookup:
    """What a clause's names are found among (:func:`_mentions`): the given facts' ends
    (``known``), the graph's names (``names``), the cited facts' relation words
    (``relation``) and ends (``cited``); ``written``: the words of the cited facts' relation
    phrases that are no word of their ends' names, as written (a word written so is that
    relation, not a name it stems like); ``aliases``: shorter forms of names
    (:func:`short_forms`), each found as the name."""

    known: Collection[Key]
    names: Collection[Key]
    relation: set[str]
    cited: Collection[Key] = ()
    written: Collection[str] = ()
    aliases: dict[Key, Key] | None = None


@dataclass
class Clause:
    """A claim's words, their stems, the entity names found in it and its units (a word, or a
    whole name) for the repetition check."""

    words: list[str]
    stems: list[str]
    spans: list[tuple[int, int, Key]]
    units: list[Any]

    @classmethod
    def parse(cls, text: str, lookup: NameLookup) -> Clause:
        """The clause of ``text``: its words, their stems, the names in it (:func:`_mentions`
        of ``lookup``) and its units.

        >>> ends = [name_key("Kilnsey Hydro"), name_key("generator")]
        >>> text, relation = "Kilnsey Hydro has generating unit generator", {"generat", "unit"}
        >>> [a for a, _, _ in Clause.parse(text, NameLookup(ends, (), relation, ends)).spans]
        [0, 3, 5]
        >>> lookup = NameLookup(ends, (), relation, ends, {"generating"})
        >>> [a for a, _, _ in Clause.parse(text, lookup).spans]
        [0, 5]
        """
        words = tokens(text)
        stems = [stem(w) for w in words]
        spans = _mentions(stems, words, lookup)
        starts: dict[int, Any] = {a: k for a, _, k in spans}
        inside = {i for a, b, _ in spans for i in range(a, b)}
        # a number is one unit, its sign and decimals kept: "-0.2" is no "0 2", nor "0.2"
        for a, (surface, n) in _numbers(text, words).items():
            if not inside.intersection(range(a, a + n)):
                starts[a] = surface
                inside.update(range(a, a + n))
        units = [starts.get(i, w) for i, w in enumerate(words) if i in starts or i not in inside]
        return cls(words, stems, spans, units)

    def outside(self) -> list[int]:
        """Positions of the words outside every name."""
        inside = {i for a, b, _ in self.spans for i in range(a, b)}
        return [i for i in range(len(self.words)) if i not in inside]


def _numbers(text: str, words: list[str]) -> dict[int, tuple[str, int]]:
    """The numbers of ``text`` by the position of their first word in ``words`` (what
    :func:`~kgchat.text.tokens` made of it), as written and with how many words they are
    ({} where the two readings do not agree)."""
    digits = [i for i, w in enumerate(words) if w.isdigit()]
    out: dict[int, tuple[str, int]] = {}
    k = 0
    for m in NUMBER_IN_TEXT.finditer(text):
        n = len(tokens(m.group(0)))
        run = digits[k : k + n]
        if len(run) != n or run != list(range(run[0], run[0] + n)):
            return {}
        out[run[0]] = (m.group(0), n)
        k += n
    return out if k == len(digits) else {}


def _mentions(stems: list[str], words: list[str], lookup: NameLookup) -> list[tuple[int, int, Key]]:
    """Entity names in a clause, longest first, left to right: the given facts' ends (``known``,
    however long: a paper's title) before other graph names (up to ``_MAX_NAME`` words), and a
    name that is only relation words of the cited facts ("has topping" where the graph has a
    class Topping; "has role" where a given fact holds the class "role") not taken for one. An
    end of a cited fact (``cited``) is always taken whole: "acetic acid" in "acetate is
    conjugate base of acetic acid" is no "acetate" beside the inverse's relation word "acid"
    ("is conjugate acid of"). Words written as the cited relation's own (``written``) are
    that relation, not an end they stem like: "generating" in "Kilnsey Hydro hydro generating
    unit energy conversion capability generator" is no second "generator". A shorter form
    of a name (``aliases``) is found as that name. (The names are ``lookup``'s.)"""
    known, names, relation = lookup.known, lookup.names, lookup.relation
    cited, written, aliases = lookup.cited, lookup.written, lookup.aliases or {}
    longest = max([_MAX_NAME, *(len(k) for k in known)])
    out, i = [], 0
    while i < len(stems):
        for n in range(min(longest, len(stems) - i), 0, -1):
            k = tuple(stems[i : i + n])
            if not nameable(words[i : i + n]) or _relation_before(k, i, n, stems, words, relation):
                continue
            if written and all(w in written for w in words[i : i + n]):
                continue
            if k in aliases and k not in cited and not set(k) <= relation:
                out.append((i, i + n, aliases[k]))
                i += n
                break
            if k in cited or (
                (k in known or (n <= _MAX_NAME and k in names))
                and not set(k) <= relation
                and not _relation_around(k, known, relation)
            ):
                out.append((i, i + n, k))
                i += n
                break
        else:
            i += 1
    return out


def _relation_before(
    k: Key, i: int, n: int, stems: list[str], words: list[str], relation: set[str]
) -> bool:
    """The words at ``i`` are relation words that stem as the name said right after them,
    in other words: "reaction *severity* severe" (both "sever"), not the name twice."""
    after = slice(i + n, i + 2 * n)
    return set(k) <= relation and tuple(stems[after]) == k and words[i : i + n] != words[after]


def _relation_around(k: Key, known: Collection[Key], relation: set[str]) -> bool:
    """``k`` is a known name with relation words of the cited facts beside it: the shorter
    name is meant, and the words say the relation ("brand lipitor", an identifier a given fact
    holds, in "Atorvastatin brand Lipitor" citing "Atorvastatin — brand → Lipitor")."""
    return any(
        k[a:b] in known and set(k[:a] + k[b:]) <= relation
        for a in range(len(k))
        for b in range(a + 1, len(k) + 1)
        if b - a < len(k)
    )
