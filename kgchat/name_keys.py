"""The keys a name is looked up by, besides its words: its content words in any order
(:func:`reordered_key`), its words bare of a trailing parenthesis (:func:`bare_words`) and the
parts of it that may name its entity alone (:func:`name_parts`). The name dictionary
(:class:`kgchat.name_table.NameTable`) files every label and alias under these.

Examples
--------
>>> reordered_key(["chair", "at", "iswc", "2010"])
'2010 chair iswc'
>>> bare_words("Nirvana (band)", ["nirvana", "band"])
['nirvana']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from kgchat.text import (
    AUXILIARIES,
    NAME_SHAPED,
    PREPOSITIONS,
    STOPWORDS,
    singular,
    tokens,
    written_words,
)

__all__ = [
    "bare_words",
    "coded_parenthesis",
    "heading_parts",
    "initials",
    "name_parts",
    "named_after",
    "names_by_node",
    "not_named_after",
    "possessive_key",
    "reordered_key",
    "reordered_stops",
    "written_acronyms",
]

_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
# the prepositions after which a name says where, when or whose its head is
_QUALIFYING = frozenset({"of", "in", "for", "at", "from", "by"})
_PAREN = re.compile(r"\(([^()]*)\)")
# "Title: subtitle", "Title - subtitle", and a catalogue's "Title. Subtitle" (ISBD's full stop
# between a title's parts: "Swanage. Bedrock and Superficial Deposits"), after a word of four
# letters or more, so an initial's or an abbreviation's stop ("Tim J. Berners-Lee", "Sgt.
# Pepper") splits nothing
_SUBTITLE = re.compile(r":\s|\s[-–—]\s|(?<=[^\W\d_]{4})\.\s+(?=[A-Z])")
_MAX_ACRONYM = 6  # letters: longer all-capital words are codes (``FAOTERM``), not initials


def reordered_key(toks: Sequence[str]) -> str:
    """A name's content words, singular, sorted (repeats kept: "the club Club America" is not
    "Club America"): its key whatever the order and stopwords; empty for fewer than two content
    words (one word is what the other tables match)."""
    words = sorted(singular(t) for t in toks if t not in STOPWORDS)
    return " ".join(words) if len(words) > 1 else ""


def reordered_stops(words: Sequence[str], most: int) -> bool:
    """Whether a run's stopwords may be those of a name said in other order: no more than its
    names hold (``most``), and no auxiliary or copula among them. A name said in other order
    joins its words by articles and prepositions ("general chair *of* ISWC 2010"); a verb's
    auxiliary between them parts a wh-phrase from its clause ("What *year did the game* ...
    come out?" holds the words of the award "Game of the Year", and names none).

    >>> reordered_stops(["year", "did", "the", "game"], 2), reordered_stops(["chair", "at"], 1)
    (False, True)
    """
    return sum(w in STOPWORDS for w in words) <= most and AUXILIARIES.isdisjoint(words)


def bare_words(name: str, toks: list[str]) -> list[str]:
    """A name's words without its trailing parenthesis ("Nirvana (band)" -> nirvana); its
    words as they are when it has none."""
    return (tokens(_TRAILING_PAREN.sub("", name)) or toks) if name.endswith(")") else toks


def coded_parenthesis(name: str) -> bool:
    """Whether a name's trailing parenthesis holds one code of letters and figures, a model's or
    a generation's ("Toyota Prius (XW50)", "Audi A4 (B9)"), which is said after the name's
    words without its brackets ("the Prius XW50"), where a kind in brackets ("Nirvana
    (band)", "Census (2016)") is said by no one.

    >>> coded_parenthesis("Toyota Prius (XW50)"), coded_parenthesis("Volkswagen Golf (Mk8)")
    (True, True)
    >>> coded_parenthesis("Nirvana (band)"), coded_parenthesis("Census (2016)")
    (False, False)
    >>> coded_parenthesis("Sicilian Defence: Najdorf (B90 main line)"), coded_parenthesis("B90")
    (False, False)
    >>> coded_parenthesis("NM_000257.4(MYH7):c.1208G>A (p.Arg403Gln)")
    True
    """
    m = _TRAILING_PAREN.search(name)
    code = m.group(0).strip()[1:-1].split() if m is not None else []
    # one word, punctuation inside it too: a variant's protein change "(p.Arg403Gln)"
    return len(code) == 1 and bool(NAME_SHAPED.fullmatch("".join(tokens(code[0]))))


def heading_parts(name: str) -> list[str]:
    """The parts of a name written as a catalogue heading, each of which says what the thing
    is: the words before and after each comma ("Vitamin C, total ascorbic acid" is vitamin
    C; "Calcium, Ca" is calcium), and the name bare of a trailing parenthesis, which tells it
    from namesakes by its kind ("Coronary arteriosclerosis (disorder)", :func:`bare_words`):
    the kind is no part. None for a name without either.

    >>> heading_parts("Vitamin C, total ascorbic acid"), heading_parts("Total lipid (fat)")
    (['Vitamin C', 'total ascorbic acid'], ['Total lipid'])
    >>> heading_parts("Protein"), heading_parts("Ratio 1,000")
    ([], [])
    """
    bare = _TRAILING_PAREN.sub("", name) if name.endswith(")") else name
    parts = [p for p in re.split(r",\s+", bare) if p.strip()]
    if len(parts) > 1:
        return parts
    return [bare] if bare != name and bare.strip() else []


def name_parts(
    name: str, toks: list[str], common: frozenset[str], core: list[str] | None = None
) -> set[str]:
    """The parts of a name that may name its entity alone: the name without a trailing
    parenthesis, without a run of middle words, and the last word of a short name.

    >>> sorted(name_parts("Tim J. Berners-Lee", tokens("Tim J. Berners-Lee"), frozenset()))
    ['tim berners lee', 'tim j lee', 'tim lee']
    >>> sorted(name_parts("Nirvana (band)", ["nirvana", "band"], frozenset()))
    ['nirvana']
    >>> sorted(name_parts("Marguerite Dubois", ["marguerite", "dubois"], frozenset()))
    ['dubois', 'marguerite']
    >>> sorted(name_parts("Hamburg headquarters", ["hamburg", "headquarters"], frozenset()))
    ['hamburg', 'headquarters']
    >>> name = "London Heathrow Airport"
    >>> sorted(name_parts(name, tokens(name), frozenset()))
    ['airport', 'heathrow', 'london', 'london airport']
    >>> title = "AnQL: SPARQLing up RDF"
    >>> "anql" in name_parts(title, tokens(title), frozenset())
    True
    >>> trim = "Honda CR-V 2.0 e:PHEV Advance"
    >>> "honda cr v e phev advance" in name_parts(trim, tokens(trim), frozenset())
    True
    >>> sheet = "Swanage. Bedrock and Superficial Deposits"
    >>> "swanage" in name_parts(sheet, tokens(sheet), frozenset())
    True
    """
    core = bare_words(name, toks) if core is None else core
    parts = set()
    if core != toks:
        parts.add(" ".join(core))
    n = len(core)
    if 2 <= n <= 3:
        # one word names an entity only if it is no relation's or stopword, and not short: the
        # last ("Bizer"), or the first where the name writes it capitalised: a given name
        # ("Marguerite" of "Marguerite Dubois") or a proper word before common ones
        # ("Hamburg" of "Hamburg headquarters", "Italian" of "Italian cuisine"), taken only
        # where the question capitalises it too
        words = [core[-1]]
        if name[:1].isupper():
            words.append(core[0])
        parts.update(w for w in words if len(w) >= 4 and w not in common and not w.isdigit())
    if 3 <= n <= 6:
        # a word of a longer name, written capitalised in it, no relation's word, said alone
        # for the whole as its distinctive part ("Heathrow" of "London Heathrow Airport",
        # "Changi" of "Singapore Changi Airport"): kept only where few names hold it, as
        # every part is (NameTable's ``partial_max``), so "International" is no name (a
        # value many things share, "Tokyo" of "Tokyo Haneda International Airport", the
        # city of two airports, is that value: kgchat.linking)
        written = {w.lower() for w in name.split() if w[:1].isupper() and w.isalpha()}
        parts.update(w for w in core if w in written and len(w) >= 4 and w not in common)
    if 3 <= n <= 5:
        for i in range(1, n - 1):
            for j in range(i + 1, n):
                parts.add(" ".join(core[:i] + core[j:]))
    # a name without the short figures inside it, a product's specification, which a question
    # leaves out ("Honda CR-V e:PHEV Advance" of "Honda CR-V 2.0 e:PHEV Advance"), where three
    # words are left; a year stays (it tells editions apart), as do the first and last words
    bare = [w for k, w in enumerate(core) if not (0 < k < n - 1 and w.isdigit() and len(w) <= 3)]
    if 3 <= len(bare) < n:
        parts.add(" ".join(bare))
    # a title's head before its subtitle ("AnQL: SPARQLing up...", "4sr - Scalable ...")
    head = _SUBTITLE.split(name, maxsplit=1)
    if len(head) == 2 and 1 <= len(head_toks := tokens(head[0])) <= 4:
        parts.add(" ".join(head_toks))
    parts.update(spelt_out_parts(name))
    # the name before its last qualifier, a place, period or party said after a preposition
    # ("Soil erosion risk map *of Bavaria*", "Wild bee monitoring *in Switzerland*"), which a
    # question leaves out when it is plain: the head, where it holds two content words or more
    # ("University of Warsaw" leaves "university", a common noun: none)
    cut = max((i for i, w in enumerate(core) if w in _QUALIFYING), default=0)
    if cut and sum(w not in STOPWORDS for w in core[:cut]) >= 2:
        parts.add(" ".join(core[:cut]))
    parts.discard(" ".join(toks))
    return {p for p in parts if p and p not in STOPWORDS}


def spelt_out_parts(name: str) -> set[str]:
    """The parts a name gives by spelling out an acronym in parentheses after the words it
    stands for ("Building Energy Rating (BER) Research Tool"): the acronym alone, the name
    with the acronym in place of those words, and the name without the parenthesis. The
    acronym must be those words' initials: a parenthesis saying anything else ("Nirvana
    (band)", "Census (2016)") gives nothing here.

    >>> sorted(spelt_out_parts("Building Energy Rating (BER) Research Tool"))
    ['ber', 'ber research tool', 'building energy rating research tool']
    >>> spelt_out_parts("Nirvana (band)"), spelt_out_parts("Air Quality (NO2) Data")
    (set(), set())
    """
    parts: set[str] = set()
    for m in _PAREN.finditer(name):
        said = written_acronyms(m.group(1).strip())
        if len(said) != 1 or len(tokens(m.group(1))) != 1:
            continue
        acronym = said[0][1]
        before, after = tokens(name[: m.start()]), tokens(name[m.end() :])
        k = len(acronym)
        if len(before) < k or "".join(w[0] for w in before[-k:]) != acronym:
            continue
        parts |= {acronym, " ".join([*before[:-k], acronym, *after]), " ".join(before + after)}
    return parts


@lru_cache(maxsize=65536)
def written_acronyms(text: str) -> tuple[tuple[int, str], ...]:
    """The words of ``text`` written as acronyms (two or more capitals, no small letter among
    the first, 3 to 6 letters), with their token positions, in lower case and singular (a
    plural's small ``s`` dropped: "SSRIs" is the plural of SSRI): ``HDI``, ``GDP``; not
    ``Norway``.

    >>> written_acronyms("Which drugs are SSRIs, and what treats COPD in Norway?")
    ((3, 'ssri'), (7, 'copd'))
    """
    out = []
    for word, pos, _ in written_words(text):
        core = word.strip("?!.,;:'\"()[]")
        if core.endswith(("'s", "’s")):
            core = core[:-2]
        if len(core) > 3 and core[-1] == "s" and core[:-1].isupper():
            core = core[:-1]
        caps = sum(ch.isupper() for ch in core)
        if core.isalpha() and caps >= 2 and core[:2].isupper() and 3 <= len(core) <= _MAX_ACRONYM:
            out.append((pos, core.lower()))
    return tuple(out)


def initials(toks: Sequence[str]) -> set[str]:
    """The acronyms a name of three to six words may be written as: the initials of its words,
    and of its content words alone (the small words between them passed over).

    >>> sorted(initials(tokens("chronic obstructive pulmonary disease")))
    ['copd']
    >>> sorted(initials(tokens("Food and Agriculture Organization")))
    ['faao', 'fao']
    >>> initials(tokens("Metformin"))
    set()
    """
    content = [t for t in toks if t not in STOPWORDS and t not in PREPOSITIONS]
    return {
        "".join(w[0] for w in words)
        for words in (toks, content)
        if 3 <= len(words) <= _MAX_ACRONYM and all(w[:1].isalpha() for w in words)
    }


def possessive_key(name: str, toks: Sequence[str]) -> str | None:
    """The word a name that starts with a possessive is called by alone, as typed without its
    apostrophe: people say "Alzheimer's" for *Alzheimer's disease*, and type "alzheimers".

    >>> possessive_key("Alzheimer's disease", tokens("Alzheimer's disease"))
    'alzheimers'
    >>> possessive_key("type 2 diabetes", tokens("type 2 diabetes")) is None
    True
    """
    first = name.split(maxsplit=1)[0]
    if len(toks) >= 2 and first.endswith(("'s", "’s")) and len(toks[0]) >= 3:
        return toks[0] + "s"
    return None


_GENERIC = 5  # names a word ends or runs through that make it a generic word of names


def without_generic_tail(
    names: Sequence[tuple[str, list[str]]], common: frozenset[str]
) -> Iterator[tuple[str, str]]:
    """``(node, key)``: each name of three words or more (``names``: node and name tokens)
    without the run of words at its end that many names hold (:data:`_GENERIC` or more: the
    kind of thing it names, "International Airport", "Airways"), where two words or more are
    left: how the name is said short ("Virgin Atlantic" of "Virgin Atlantic Airways",
    "Charles de Gaulle" of "Charles de Gaulle International Airport"). A word of a relation
    (``common``) ends no short name.

    >>> names = [(f"a{i}", [f"x{i}", "airways"]) for i in range(5)]
    >>> list(without_generic_tail([*names, ("v", ["virgin", "atlantic", "airways"])], frozenset()))
    [('v', 'virgin atlantic')]
    """
    held = Counter(w for _, toks in names for w in set(toks))
    for node, toks in names:
        if len(toks) < 3:
            continue
        end = len(toks)
        while end > 2 and held[toks[end - 1]] >= _GENERIC:
            end -= 1
        while end > 2 and toks[end - 1] in STOPWORDS:
            end -= 1  # "Charles de Gaulle": never ending on "de"
        if end < len(toks) and held[toks[end - 1]] < _GENERIC and toks[end - 1] not in common:
            yield node, " ".join(toks[:end])


def named_after(names: Mapping[str, Sequence[Sequence[str]]]) -> set[str]:
    """The nodes of ``names`` (node -> its names' tokens) with a name that holds another
    node's whole name as a run of its words, longer than it: a thing named after another
    ("Sicilian Defence: Najdorf Variation" after "Sicilian Defence", "Women's World Chess
    Championship 2023" after "World Chess Championship 2023"). A part of a name that both
    hold names the other, the one it is after, first.

    >>> named_after({"f": [["sicilian", "defence"]],
    ...              "v": [["sicilian", "defence", "najdorf", "variation"]],
    ...              "o": [["italian", "game"]]})
    {'v'}
    >>> named_after({"a": [["queen"]], "b": [["killer", "queen"]]})
    {'b'}
    >>> named_after({"a": [["ann", "lee"]], "b": [["ann", "lee"]]})  # namesakes: neither
    set()
    """
    whole = {tuple(n): node for node, ns in names.items() for n in ns if n}
    out = set()
    for node, ns in names.items():
        for n in ns:
            runs = (tuple(n[i:j]) for i in range(len(n)) for j in range(i + 1, len(n) + 1))
            if any(len(r) < len(n) and whole.get(r, node) != node for r in runs):
                out.add(node)
                break
    return out


def names_by_node(names: Iterable[tuple[str, list[str]]]) -> dict[str, list[list[str]]]:
    """Each node's names' tokens, from ``(node, tokens)`` pairs."""
    out: dict[str, list[list[str]]] = {}
    for node, toks in names:
        out.setdefault(node, []).append(toks)
    return out


def not_named_after(
    nodes: Sequence[str], names: Mapping[str, Sequence[Sequence[str]]], most: int = 64
) -> list[str]:
    """``nodes`` less those named after another of them (:func:`named_after`; ``names``: each
    node's names' tokens); all of them where more than ``most`` share a part, which says no
    one name then.

    >>> not_named_after(["v", "f"], {"f": [["sicilian"]], "v": [["sicilian", "dragon"]]})
    ['f']
    """
    if len(nodes) > most:
        return list(nodes)
    after = named_after({n: names.get(n, ()) for n in nodes})
    return [n for n in nodes if n not in after]
