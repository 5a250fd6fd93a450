"""Readable names from identifiers: local names, labels written as identifiers, relation ids
read as words. Literal terms in N-Triples form are :mod:`kgchat.graph.literal_terms`'s (their
functions are re-exported here, their old home).

Examples
--------
>>> humanize_id("Alan_PULIDO")
'Alan PULIDO'
>>> humanize_id("DaMarcus_BEASLEY")
'DaMarcus BEASLEY'
>>> humanize_relation("plays_in_club")
'plays in club'
>>> humanize_relation("hasTopping")
'has topping'
>>> humanize_relation("__film__cinematographer__film")
'film cinematographer'
>>> humanize_relation("/people/person/place_of_birth")
'people person place of birth'
>>> humanize_relation("http://www.cidoc-crm.org/cidoc-crm/P108i_was_produced_by")
'was produced by'
>>> local_name("http://example.org/pizza#MozzarellaTopping")
'MozzarellaTopping'
>>> local_name("http://dbpedia.org/resource/M%C3%BCnchen")
'München'
>>> read_label("worksFor"), read_label("works_for", relation=True), read_label("McCartney")
('works for', 'works for', 'McCartney')
>>> humanize_id(local_name("http://example.org/pizza#MozzarellaTopping"))
'Mozzarella topping'
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, unquote

# literal terms, kept in their own module and re-exported here (their old home)
from kgchat.graph.literal_terms import (
    XSD,  # noqa: F401 (names.XSD)
    _unescape,  # noqa: F401 (names._unescape)
    literal_term,
    literal_text,  # noqa: F401 (names.literal_text)
    parse_literal,
    primary_subtag,
)

__all__ = [
    "FILE_BASE",
    "coded_class_name",
    "file_base_iri",
    "fragment_of",
    "humanize_id",
    "humanize_relation",
    "literal_term",
    "local_name",
    "normalize_text",
    "parse_literal",
    "primary_subtag",
    "read_label",
]

#: the base of relative IRIs in a file without ``@base``/``xml:base`` (see :func:`file_base_iri`)
FILE_BASE = "urn:kgchat:file/"

# an IRI that is a site's address alone: scheme and host (no port, path, query or fragment)
_SITE = re.compile(r"https?://([^/?#:@\s]+\.[^/?#:@\s.]+)/?")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEP = re.compile(r"[_\s]+")
# a relation's words may also be joined by hyphens (kebab case: DOAP's ``programming-language``,
# ``bug-database``): a relation id is no one's name, whose hyphens belong to it ("Jean-Luc")
_RELATION_SEP = re.compile(r"[-_\s]+")
# one identifier-like token: letters, digits, underscores (no spaces, hyphens, dots)
_IDENTIFIER = re.compile(r"[^\W\d_][^\W_]*(?:_+[^\W_]+)*_*")
_CAMEL_BOUNDARY = re.compile(r"[a-z][A-Z]")
_CAMEL_WORD = re.compile(r"[a-z]{2,}[0-9]*[A-Z][a-z]")


def local_name(iri: str) -> str:
    """Return the last segment of an IRI (after ``#``, else after the last ``/`` or ``:``),
    percent-decoded as UTF-8 (``M%C3%BCnchen`` is ``München``). An IRI that is a site's
    address alone names the site by its host, less the ``www.`` that addresses its web server
    (a LUBM university, which the data points at but never names, ``http://www.University7.edu``:
    "University7.edu"; a FOAF homepage ``http://www.sti-innsbruck.at/``: "sti-innsbruck.at").
    The top-level domain stays: without it a person's homepage reads as a person's name
    ("alexandergarcia" for ``http://www.alexandergarcia.name``).

    >>> local_name("http://www.University7.edu"), local_name("https://dbpedia.org/")
    ('University7.edu', 'dbpedia.org')
    """
    site = _SITE.fullmatch(iri)
    if site:
        host = site.group(1)
        return host[4:] if host[:4].lower() == "www." else host
    for sep in ("#", "/", ":"):
        _head, found, tail = iri.rstrip("/#").rpartition(sep)
        if found and tail:
            return unquote(tail) if "%" in tail else tail
    return iri


def fragment_of(part: str, whole: str) -> bool:
    """Whether ``part`` is an IRI with a fragment whose document is ``whole``
    (``<P04637#gene-MD5...>`` of ``<P04637>``): a secondary resource its publisher minted
    inside another's IRI to describe an aspect of it (UniProt's gene and name records of an
    entry, a person's ``#address``), which says that other resource as its own mention does.

    >>> fragment_of("http://purl.uniprot.org/uniprot/P04637#gene-MD5A1", "http://purl.uniprot.org/uniprot/P04637")
    True
    >>> fragment_of("http://ex.org/onto#Person", "http://ex.org/onto#Place")
    False
    """
    head, sep, tail = part.partition("#")
    return bool(sep and tail and head == whole)


def property_step(iri: str) -> str:
    """A property's own name: its local name, less the path before it where the name is a
    dotted path (FHIR RDF's ``Type.element``, ``fhir:Organization.name``; Freebase's
    ``domain.type.property``), whose last step is the property and the rest its subject's type.

    >>> property_step("http://hl7.org/fhir/Organization.name"), property_step("ex:birthDate")
    ('name', 'birthDate')
    """
    name = local_name(iri)
    return name.rpartition(".")[2] or name


def read_label(text: str, *, relation: bool = False) -> str:
    """Read a label written as one identifier (``worksFor``, ``works_for``) as words.

    Only a single token of letters, digits and underscores is touched: a label with spaces, or
    any other character, is someone's wording and stays as written. For an entity, a camelCase
    token must start with a lower-case word of two letters or more followed by a capitalised word
    (``worksFor``; not ``iPhone``, ``macOS``)
    and capitalised names (``McCartney``) are kept, since names are spelled that way; underscores
    always separate words. A relation's label is read at every lower-to-upper boundary. Acronyms
    (``ISO3``, ``nameShortEN``'s ``EN``) stay whole.

    >>> read_label("hasISO3Code", relation=True), read_label("FULL_SYN"), read_label("ISO3")
    ('has ISO3 code', 'FULL SYN', 'ISO3')
    >>> read_label("Paul McCartney"), read_label("Jean-Luc")
    ('Paul McCartney', 'Jean-Luc')
    """
    if not _IDENTIFIER.fullmatch(text):
        return text
    if "_" in text:
        return humanize_relation(text) if relation else humanize_id(text)
    if relation and (_CAMEL_BOUNDARY.search(text) or (text.isalpha() and text.islower())):
        return humanize_relation(text)
    if _CAMEL_WORD.match(text):
        return humanize_id(text)
    return text


def file_base_iri(path: str | Path) -> str:
    """The base IRI that relative IRIs of a file resolve against: ``urn:kgchat:file/<name>/``.

    It names the file but not the directory, so the IRIs minted from a file do not expose (or
    depend on) where it lies on this machine.

    >>> file_base_iri("/home/me/onto/pizza.owl")
    'urn:kgchat:file/pizza.owl/'
    """
    return FILE_BASE + quote(Path(path).name, safe="") + "/"


def _split_camel(word: str) -> list[str]:
    parts = _CAMEL.sub(" ", word).split()
    # Words split off a CamelCase name read as ordinary words ("Mozzarella topping"); acronyms stay.
    return parts[:1] + [p.lower() if p[1:].islower() else p for p in parts[1:]]


def humanize_id(name: str) -> str:
    """Make an entity id readable: underscores become spaces, CamelCase is split.

    Case is kept where words were separated explicitly (``Alan_PULIDO``), since ids of that kind
    carry proper nouns; words split off a CamelCase run are lower-cased (``Mozzarella topping``).
    A code stays whole, also after a ``prefix:`` (a CURIE as Bio2RDF mints its IRIs,
    ``http://bio2rdf.org/atc:A10BA02``): its capitals and digits are no words.

    >>> humanize_id("MeatTopping"), humanize_id("atc:A10BA02"), humanize_id("A10BA02")
    ('Meat topping', 'atc:A10BA02', 'A10BA02')
    """
    chunks = [c for c in _SEP.split(name.strip()) if c]
    if len(chunks) != 1:
        # Explicit separators: the words are given (``DaMarcus_BEASLEY``, ``VfB_Stuttgart``).
        return " ".join(chunks) or name
    code = chunks[0].rpartition(":")[2]
    return " ".join(_split_camel(chunks[0]) if not code.isupper() else chunks)


_INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers")


# coordinating conjunctions: they join words or clauses and open no relation's name
_CONJUNCTIONS = frozenset({"and", "or", "nor", "but", "yet", "so"})


def split_compound(word: str, words: frozenset[str] | None = None) -> list[str]:
    """A lower-case relation word run together from English words, split into them
    (``releasedate`` -> release date, ``dtend`` -> dt end, ``almamater`` -> alma mater): where
    the word is no word of ``words`` (default the encoder's vocabulary,
    :func:`kgchat.lexicon.english_words`) and two words of two letters or more, or three of
    three or more, make it: the fewest, then the one whose shortest piece is longest. Anything
    else stays whole.

    >>> w = frozenset({"release", "date", "dt", "end", "the", "rapist", "therapist"})
    >>> split_compound("releasedate", w), split_compound("dtend", w), split_compound("therapist", w)
    (['release', 'date'], ['dt', 'end'], ['therapist'])

    No relation's name opens with a conjunction: ``orcid`` (an identifier scheme, DataCite's)
    is no "or cid".

    >>> split_compound("orcid", frozenset({"or", "cid"}))
    ['orcid']
    """
    if words is None:
        from kgchat.lexicon import english_words

        words = english_words()
    if len(word) < 5 or not word.isalpha() or not word.islower() or not words or word in words:
        return [word]
    if any(word.endswith(e) and word[: -len(e)] in words for e in _INFLECTIONS):
        return [word]  # a form of a word ("interacts", "treated"), not two words
    best: tuple[int, int, list[str]] | None = None
    n = len(word)
    for i in range(2, n - 1):
        a, rest = word[:i], word[i:]
        if a not in words or a in _CONJUNCTIONS:
            continue
        options = [[a, rest]] if rest in words else []
        if len(a) >= 3:  # three pieces, each of three letters or more: no "pre fl abel"
            options += [
                [a, rest[:j], rest[j:]]
                for j in range(3, len(rest) - 2)
                if rest[:j] in words and rest[j:] in words
            ]
        for parts in options:
            key = (len(parts), -min(map(len, parts)))
            if best is None or key < best[:2]:
                best = (key[0], key[1], parts)
    if best is None:
        return [word]
    # asked only of a word that would be split: WordNet loads once, ~0.5 s
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    if lexicon is not None and lexicon.base_forms(word):
        return [word]  # a word of English the encoder's vocabulary lacks ("subclass")
    return best[2]


# a property id that opens with its number in a vocabulary's numbering (CIDOC-CRM's
# ``P14_carried_out_by``, ``P108i_was_produced_by``; FRBRoo's ``R16_initiated``): the words after
_CODED = re.compile(r"[A-Z]{1,2}\d+[a-z]?_(?=[A-Za-z])")


def coded_class_name(iri: str) -> str | None:
    """A class named by its number in a vocabulary's numbering, read as its words
    (CIDOC-CRM's ``E21_Person``, ``E22_Human-Made_Object``; FRBRoo's ``F1_Work``); None for
    any other name. The number says nothing a question says, as of a numbered property
    (:func:`humanize_relation`).

    >>> coded_class_name("http://www.cidoc-crm.org/cidoc-crm/E22_Human-Made_Object")
    'Human-Made Object'
    >>> coded_class_name("http://example.org/Person") is None
    True
    """
    name = local_name(iri)
    coded = _CODED.match(name)
    return humanize_id(name[coded.end() :]) if coded else None


def humanize_relation(name: str) -> str:
    """Make a relation id readable: separators and CamelCase become lower-case words.

    Freebase-style paths (``/people/person/place_of_birth``, ``__film__cinematographer__film``) are
    split on their separators and repeated words are dropped. A word written run together
    (``releasedate``) is split into the words that make it (:func:`split_compound`); words the
    name already separates are kept whole (``michelinStars`` is ``michelin stars``, though
    "michelin" is no word of the encoder's vocabulary).

    A colon in a relation's name ends a namespace (a compact IRI's prefix, ``dc:title``; a
    wiki's page namespace, ``Key:`` of OpenStreetMap's tag keys) and then separates words
    (``Key:addr:street``): the namespace says nothing a question says. Hyphens separate
    words as underscores do (kebab case, DOAP's ``programming-language``).

    >>> humanize_relation("michelinStars"), humanize_relation("releasedate")
    ('michelin stars', 'release date')
    >>> humanize_relation("http://usefulinc.com/ns/doap#programming-language")
    'programming language'
    >>> humanize_relation("https://wiki.openstreetmap.org/wiki/Key:addr:street")
    'addr street'
    >>> humanize_relation("http://example.org/ns#ratio:2") != "2"
    True
    """
    name = local_name(name) if "://" in name else name
    namespace, colon, rest = name.partition(":")
    # a namespace is a word (letters), and what follows it names something (has a letter):
    # "ratio:2" is no namespace and a "2"
    if colon and namespace.isalpha() and any(c.isalpha() for c in rest):
        name = rest.replace(":", "/")
    coded = _CODED.match(name)
    if coded:  # CIDOC-CRM's P14_carried_out_by: the number says nothing a question says
        name = name[coded.end() :]
    segments = [s for s in re.split(r"[./]+|__+", name) if s]
    seen: set[str] = set()
    words: list[str] = []
    for seg in segments:
        chunks = [c for c in _RELATION_SEP.split(seg) if c]
        for chunk in chunks:
            given = _split_camel(chunk)
            # a word the writer separated (``michelinStars``, ``michelin_stars``) is a word:
            # only a run written as one lower-case word is read as a compound (``releasedate``)
            run = len(chunks) == 1 and len(given) == 1
            for w in given:
                w = w if w.isupper() and len(w) > 1 else w.lower()
                for part in split_compound(w) if run else [w]:
                    if part not in seen:
                        seen.add(part)
                        words.append(part)
    return " ".join(words) or name


def normalize_text(text: str) -> str:
    """Lower-case, turn underscores and runs of spaces into single spaces (for answer matching).

    >>> normalize_text("  Alan_PULIDO ")
    'alan pulido'
    """
    return " ".join(text.replace("_", " ").lower().split())
