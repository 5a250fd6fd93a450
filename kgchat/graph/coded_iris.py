"""Identifiers where a name should be: IRIs whose local name is a code, a UUID or a digest
(:func:`coded_iri`), identifiers that only abbreviate a label (:func:`abbreviates`), labels that
cite their subject's own identifier in brackets (:func:`strip_own_id`), and an unlabelled coded
thing named by the value of its name-like property (:func:`_name_coded`). The label choice of
:func:`kgchat.graph.labels.choose_names` reads them; :mod:`kgchat.graph.roles` asks
:func:`coded_iri` of the subjects a name-like property names.

Examples
--------
>>> coded_iri("http://x/SUP-00417"), coded_iri("http://x/Stadtpark")
(True, False)
>>> strip_own_id("http://bio2rdf.org/drugbank:DB00001", "Lepirudin [drugbank:DB00001]")
'Lepirudin'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import numpy as np

from kgchat.graph import name_properties
from kgchat.graph.names import humanize_id, humanize_relation, local_name
from kgchat.text import normalize

__all__ = [
    "abbreviates",
    "coded_iri",
    "minted_id",
    "numbered_after_class",
    "numbered_once",
    "reads_as_words",
    "slug_of",
    "spells",
    "strip_own_id",
]

# an identifier, not a name: "Q42", "DB00001", "SUP-00417", "PO-2024-000123", and a segment
# after a hyphen may begin with a letter or two, or be them ("MNH-T0027", a museum's taxon
# number, and "MNH-T0027-S" its synonym's; a parser's blank node "s0_b3" stays no code)
# A UUID or a hexadecimal digest is an id generator's, as opaque as a code (TED mints
# ``epd:Organization/6c3a...-...`` for each company a notice names). So is a long code of
# capitals and digits mixed, as registries issue them: an ISO 17442 LEI
# ("549300UTMGDNFNTAMM65", the IRI FIBO data mint for a company), an ISIN
# ("US0378331005"), a FIGI; no word is written that way. Such a code may follow a short prefix
# that says what the IRI is of: GLEIF's own data mint ``rdf.gleif.org/L1/L-549300UTMGDNFNTAMM65``
# Capitals with digits between them are a code however short (no word is spelt so): the EU
# railway register's operational-point ids ("DE19LBE", ``.../operationalPoints/DE19LBE``).
# what an id generator mints: a UUID, or a hexadecimal digest (a MongoDB ObjectId, a hash)
_MINTED = (
    r"[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}"
    r"|(?=[\da-f]*[a-f])(?=[\da-f]*\d)[\da-f]{16,}"
)
_OPAQUE = re.compile(
    # (digits after digits are one run, so each later part starts with its separator: a
    # long run of digits that fails at its end is not tried split every way, which took
    # minutes on a 30-digit name)
    r"[A-Za-z]{0,6}(?:[-_:]?\d+|-[A-Za-z]{1,2}\d+)(?:[-_:]\d+|-[A-Za-z]{1,2}\d+)*"
    r"(?:-[A-Za-z]{1,2})?"
    rf"|{_MINTED}"
    r"|(?:[A-Za-z]{1,3}-)?(?=(?:[A-Z]*\d){3})(?=\d*[A-Z])[A-Z\d]{10,}"
    r"|[A-Z]{1,6}\d+[A-Z]{1,6}\d*"
)
_MINTED_FULL = re.compile(_MINTED)
# what follows a class's own name in an IRI an exporter numbers per class ("Protein12")
_COUNTER = re.compile(r"[-_]?\d+")
# a name that ends by citing an identifier in square brackets: "Lepirudin [drugbank:DB00001]"
_CITED_ID = re.compile(r"(.*\S)\s*\[([^\[\]\s]+)\]")


def coded_iri(key: str) -> bool:
    """Whether a term is an IRI whose local name is a code, a UUID or a digest: no name.

    >>> coded_iri("http://x/org/9b2f1c3e-44aa-4d1e-8f00-1a2b3c4d5e6f"), coded_iri("_:b12")
    (True, False)
    >>> coded_iri("http://x/SUP-00417"), coded_iri("http://x/Stadtpark")
    (True, False)
    >>> coded_iri("http://x/entity/549300UTMGDNFNTAMM65"), coded_iri("http://x/UNESCO")
    (True, False)
    >>> coded_iri("https://rdf.gleif.org/L1/L-549300UTMGDNFNTAMM65"), coded_iri("http://x/Al-Qaida")
    (True, False)
    >>> coded_iri("http://x/operationalPoints/DE19LBE"), coded_iri("http://x/Windows10Pro")
    (True, False)
    """
    return not key.startswith("_:") and bool(_OPAQUE.fullmatch(local_name(key)))


def minted_id(key: str) -> bool:
    """Whether a term's identifier is an id generator's (a UUID, a hexadecimal digest such as
    a MongoDB ObjectId): never a name anyone gave, as a code may be ("AssociateProfessor2").

    >>> minted_id("5f0d8890dc2861609e000070"), minted_id("http://x/9b2f1c3e-44aa-4d1e-8f00-1a2b")
    (True, False)
    >>> minted_id("http://x/SUP-00417"), minted_id("_:b12"), minted_id('"5f0d8890dc2861609e000070"')
    (False, False, False)
    """
    return not key.startswith(("_:", '"')) and bool(_MINTED_FULL.fullmatch(local_name(key)))


def numbered_after_class(keys, s, o, typed) -> set[int]:
    """The subjects of the ``typed`` rows (``s[typed] rdf:type o[typed]``) whose IRI's local name
    is their class's local name and a number: ``#Protein12`` of a ``bp:Protein``,
    ``#Catalysis3`` of a ``bp:Catalysis``. An exporter that numbers what it writes per class
    (Reactome's and Paxtools' BioPAX, Protege's ``Person_1``) mints such ids; they say what the
    thing is and which one it was in the file, as opaque as a code, and name nothing.

    >>> keys = ["http://x#Protein12", "http://x#Protein", "http://x#Stadtpark", "http://x#Park"]
    >>> sorted(numbered_after_class(keys, np.array([0, 2]), np.array([1, 3]), np.array([0, 1])))
    [0]
    """
    out: set[int] = set()
    for a, c in zip(s[typed].tolist(), o[typed].tolist(), strict=True):
        name, cls = local_name(keys[a]), local_name(keys[c])
        if cls and name.startswith(cls) and _COUNTER.fullmatch(name[len(cls) :]):
            out.add(a)
    return out


def numbered_once(keys, s, o, typed) -> Callable[[], frozenset[int]]:
    """:func:`numbered_after_class` of the ``typed`` rows, found on the first call and kept:
    compiling asks it of the role inference and of the label choice, which share one.

    >>> keys = ["http://x#Protein12", "http://x#Protein"]
    >>> numbered = numbered_once(keys, np.array([0]), np.array([1]), np.array([0]))
    >>> numbered(), numbered() is numbered()
    (frozenset({0}), True)
    """
    return functools.cache(lambda: frozenset(numbered_after_class(keys, s, o, typed)))


def abbreviates(name: str, label: str) -> bool:
    """Whether an identifier's letters are initials of the label's words, in order (some words
    may be skipped): ``sal`` of "Société des Artistes Lyonnais", ``UN`` of "United Nations".

    >>> abbreviates("sal", "Société des Artistes Lyonnais"), abbreviates("MeatTopping", "Carne")
    (True, False)
    """
    letters = [c for c in name.lower() if c.isalnum()]
    initials = iter(w[0] for w in re.findall(r"\w+", label.lower()))
    return len(letters) >= 2 and all(c in initials for c in letters)


def spells(name: str, label: str) -> bool:
    """Whether an identifier is the label's own words written as one (a slug): every word of
    it, read as words and without accents, is a word of the label or the initials of some of
    its words, in order (``saimaan-puu`` of "Saimaan Puu ja Sahatavara Oy", ``Koln`` of "Köln",
    ``prefecture-hv`` of "Préfecture de la Haute-Varenne"). Such an identifier is in the
    label's language, not a translation of it, and says no more than the label.

    >>> spells("saimaan-puu", "Saimaan Puu ja Sahatavara Oy"), spells("MeatTopping", "Carne")
    (True, False)
    >>> spells("Eiffel_Tower", "Tour Eiffel"), spells("holder-an", "Archives nationales")
    (False, False)
    >>> spells("prefecture-hv", "Préfecture de la Haute-Varenne")
    True

    A slug may run the words together (``grandquiz`` of "Le Grand Quiz", ``atable`` of "À
    table avec Lucie"): it is then some of the label's words in a row, written as one.

    >>> spells("grandquiz", "Le Grand Quiz"), spells("atable", "À table avec Lucie")
    (True, True)
    >>> spells("tablelucie", "À table avec Lucie")
    False
    """
    words = normalize(humanize_id(name)).split()
    own_words = normalize(label).split()
    own = set(own_words)
    if bool(words) and all(w in own or abbreviates(w, label) for w in words):
        return True
    joined = "".join(words)
    return len(words) == 1 and any(
        "".join(own_words[i:j]) == joined
        for i in range(len(own_words))
        for j in range(i + 2, len(own_words) + 1)
    )


def slug_of(name: str, label: str) -> bool:
    """Whether an IRI's local name is a slug of the label (:func:`spells`), maybe after a first
    word that says what the thing is, as a publisher mints ``yard-meyerturku`` for "Meyer Turku
    Oy" or ``party-ga`` for "Green Alliance": the label is the name, written as the publisher
    writes it; the local name only its identifier.

    >>> slug_of("yard-meyerturku", "Meyer Turku Oy"), slug_of("party-ga", "Green Alliance")
    (True, True)
    >>> slug_of("Lady_Gaga", "Stefani Joanne Angelina Germanotta"), slug_of("yard", "Meyer Turku")
    (False, False)
    """
    if spells(name, label):
        return True
    words = normalize(humanize_id(name)).split()
    return len(words) > 1 and spells("-".join(words[1:]), label)


def strip_own_id(iri: str, text: str) -> str | None:
    """The name without its subject's own identifier, where the name ends by citing it in
    square brackets (Bio2RDF labels every resource so: "Lepirudin [drugbank:DB00001]" for
    ``http://bio2rdf.org/drugbank:DB00001``, beside a plain ``dct:title``); None otherwise.

    The bracketed text must be the IRI's own last segment, or a ``prefix:`` before it, so a
    name that brackets anything else ("Paris [Texas]") keeps it.

    >>> strip_own_id("http://bio2rdf.org/drugbank:DB00001", "Lepirudin [drugbank:DB00001]")
    'Lepirudin'
    >>> strip_own_id("http://ex.org/drug/DB00001", "Lepirudin [drugbank:DB00001]")
    'Lepirudin'
    >>> strip_own_id("http://ex.org/Paris", "Paris [Texas]") is None
    True
    """
    m = _CITED_ID.fullmatch(text)
    if m is None:
        return None
    cited = m.group(2)
    own = iri.rstrip("/#")
    for tail in (cited, cited.rpartition(":")[2]):
        if tail and own.endswith(tail) and own[-len(tail) - 1 : -len(tail)] in ("/", "#", ":"):
            return m.group(1)
    return None


def _name_coded(keys, sid, pid, rank, texts, text_of, events, labels, plain=()) -> None:
    """Label each unlabelled subject whose IRI ends with a code (``taxonomy/9606``) by a value
    of its name-like properties (``events``), in place: UniProt names a taxon only by
    ``up:scientificName`` / ``up:commonName``, and "9606" is no name anyone says. The property
    that most such subjects carry is preferred (a scientific name, on every taxon, before a
    common name on a few), then the one whose values best pick out their subjects (a
    citation's ``up:title`` before its ``up:name``, the journal's, which ``plain``: the subjects
    a plain "name" labelled, gives way to), then the language rank. A property whose words end
    with something else than a name ("name of mother") names another thing, and is passed over.

    >>> keys = ["http://t/9606", "http://up/commonName", "http://up/scientificName",
    ...         '"Human"', '"Homo sapiens"', "http://t/10090", '"Mus musculus"']
    >>> sid, pid = np.array([0, 0, 5]), np.array([1, 2, 2])
    >>> labels = {}
    >>> _name_coded(keys, sid, pid, np.zeros(3, int), ["Human", "Homo sapiens", "Mus musculus"],
    ...             np.array([0, 1, 2]), np.arange(3), labels)
    >>> labels
    {0: 'Homo sapiens', 5: 'Mus musculus'}
    """
    coded = [
        j
        for j in events.tolist()
        if (sid[j] not in labels or sid[j] in plain)
        and _OPAQUE.fullmatch(local_name(keys[sid[j]]))
        and _names_subject(humanize_relation(local_name(keys[pid[j]])))
        and texts[text_of[j]]
    ]
    carriers: dict[int, set[int]] = {}
    values: dict[int, set[str]] = {}
    for j in coded:
        carriers.setdefault(int(pid[j]), set()).add(int(sid[j]))
        values.setdefault(int(pid[j]), set()).add(texts[text_of[j]])
    best: dict[int, tuple[int, float, int, int]] = {}
    for j in coded:
        q = int(pid[j])
        key = (-len(carriers[q]), -len(values[q]) / len(carriers[q]), int(rank[j]), j)
        if int(sid[j]) not in best or key < best[int(sid[j])]:
            best[int(sid[j])] = key
    for who, (*_, j) in best.items():
        labels[who] = texts[text_of[j]]


# words that, after a name word, say where the name comes from, not whose it is: "label from
# API" (nanodash's ``nt:hasLabelFromApi``), "name in source", "title by publisher"
_SOURCE_PHRASE = re.compile(r"(from|in|by|via|per|at|according to)\b.*", re.IGNORECASE)


def _names_subject(words: str) -> bool:
    """Whether a property's words say it holds its subject's name: they end with a name word
    ("scientific name"), or a name word is followed only by where the name comes from ("has
    label from api"); a name word followed by whose it is ("name of mother") or by another
    noun ("label colour") names something else.

    >>> [_names_subject(w) for w in ("scientific name", "has label from api", "name in source")]
    [True, True, True]
    >>> [_names_subject(w) for w in ("name of mother", "label colour", "has author")]
    [False, False, False]
    """
    parts = words.split()
    for i in range(len(parts) - 1, -1, -1):
        if name_properties.NAME_LIKE.fullmatch(parts[i]):
            rest = " ".join(parts[i + 1 :])
            return not rest or bool(_SOURCE_PHRASE.fullmatch(rest))
    return False


def _cite_own_ids(keys, sid, texts, text_of) -> np.ndarray:
    """Which name events cite their subject's own id (:func:`strip_own_id`); their texts are
    repointed (in place) at the name without it, appended to ``texts``."""
    cites = np.zeros(len(sid), bool)
    bracketed = np.fromiter((t.endswith("]") for t in texts), bool, len(texts))
    for j in np.flatnonzero(bracketed[text_of]).tolist() if len(text_of) else ():
        bare = strip_own_id(keys[sid[j]], texts[text_of[j]])
        if bare is not None:
            cites[j] = True
            texts.append(bare)
            text_of[j] = len(texts) - 1
    return cites


def reads_as_words(name: str) -> bool:
    """Whether an identifier read as words holds a word the lexicon knows (``MeatTopping``,
    ``fog``; not ``rdv``); True without a lexicon, which tells no word from a code.

    >>> reads_as_words("MeatTopping"), reads_as_words("rdvp")
    (True, False)
    """
    from kgchat.wordnet import wordnet

    lexicon = wordnet()
    words = humanize_id(name).split()
    return lexicon is None or any(lexicon.base_forms(w) for w in words)
