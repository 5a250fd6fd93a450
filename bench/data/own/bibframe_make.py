# ruff: noqa: E501  (one record a line)
"""Write ``bibframe.ttl``: a national library's catalogue as BIBFRAME 2.0 (MARC converted to RDF).

The shape is what the Library of Congress's ``marc2bibframe2`` conversion publishes at
id.loc.gov/resources (and what national libraries running the same XSLT publish): every MARC
record becomes a ``bf:Work`` (``http://id.loc.gov/resources/works/<n>``), a ``bf:Instance``
(``.../instances/<n>``, ``bf:instanceOf`` the work; the work ``bf:hasInstance`` it) and one or
two ``bf:Item`` copies (``.../items/<n>-<k>``, ``bf:itemOf`` the instance, ``bf:heldBy`` a MARC
organization code IRI such as ``http://id.loc.gov/vocabulary/organizations/dlc``, a
``bf:shelfMark`` blank node ``bf:ShelfMarkLcc`` with ``rdf:value``).

Everything interesting sits behind blank nodes, as the converter writes it:

* titles: ``bf:title`` -> ``bf:Title`` with ``bf:mainTitle`` / ``bf:subtitle``, MARC's ISBD
  punctuation left on (``"The hobbit, or, There and back again /"`` style trailing `` :`` or
  `` /``) on instances; works carry an ``rdfs:label`` made by the converter, instances do not;
* contributions: ``bf:contribution`` -> ``bf:Contribution`` (``bf:PrimaryContribution`` for the
  100 field) with ``bf:agent`` -> a ``bf:Person`` authority IRI (``http://id.loc.gov/rwo/agents/n...``)
  labelled in inverted MARC form ``"Tolkien, J. R. R. (John Ronald Reuel), 1892-1973"``, or a
  blank ``bf:Agent`` with only a label when the heading was not authorised (translators,
  illustrators), and ``bf:role`` -> a MARC relator IRI (``.../relators/aut``) labelled
  ``"author"`` / ``"illustrator"`` / ``"translator"``;
* publication: ``bf:provisionActivity`` -> ``bf:Publication`` with ``bf:place`` -> ``bf:Place``
  (``rdfs:label "London"``), ``bf:agent`` -> ``bf:Agent`` (``rdfs:label "Allen & Unwin"``),
  ``bf:date "1954"``; plus the transcribed ``bf:provisionActivityStatement`` literal;
* identifiers: ``bf:identifiedBy`` -> ``bf:Isbn`` / ``bf:Lccn`` with ``rdf:value``.

Works link to LCSH (``bf:subject`` -> ``http://id.loc.gov/authorities/subjects/sh...``, typed
``madsrdf:Topic`` / ``madsrdf:ComplexSubject``, named by ``madsrdf:authoritativeLabel``; some
also carry ``rdfs:label``), to LCGFT genre terms (``bf:genreForm``), to the MARC language list
(``bf:language`` -> ``http://id.loc.gov/vocabulary/languages/eng``, labelled from the vocabulary),
to their original (``bf:translationOf``) and to the series they belong to (``bf:relatedTo`` ->
a series work). About 30 works of world literature with real authors, publishers and places;
IDs and ISBNs are made up (seeded), the rest is as the books were published.

Run::

    cd bench/data/own && ../../../.venv/bin/python bibframe_make.py
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

BF = Namespace("http://id.loc.gov/ontologies/bibframe/")
BFLC = Namespace("http://id.loc.gov/ontologies/bflc/")
MADS = Namespace("http://www.loc.gov/mads/rdf/v1#")
RES = "http://id.loc.gov/resources/"
REL = Namespace("http://id.loc.gov/vocabulary/relators/")
LANG = Namespace("http://id.loc.gov/vocabulary/languages/")
ORG = Namespace("http://id.loc.gov/vocabulary/organizations/")

rng = random.Random(1954)

PERSONS = {  # key: (label, LCNAF id)
    "tolkien": ("Tolkien, J. R. R. (John Ronald Reuel), 1892-1973", "n79005673"),
    "garcia": ("García Márquez, Gabriel, 1927-2014", "n79132425"),
    "rabassa": ("Rabassa, Gregory", "n50038924"),
    "eco": ("Eco, Umberto", "n79142603"),
    "weaver": ("Weaver, William, 1923-2013", "n80014474"),
    "kafka": ("Kafka, Franz, 1883-1924", "n79059949"),
    "tolstoy": ("Tolstoy, Leo, graf, 1828-1910", "n79060596"),
    "garnett": ("Garnett, Constance, 1861-1946", "n50017045"),
    "lindgren": ("Lindgren, Astrid, 1907-2002", "n79081565"),
    "carroll": ("Carroll, Lewis, 1832-1898", "n79056546"),
    "tenniel": ("Tenniel, John, 1820-1914", "n50041906"),
    "rowling": ("Rowling, J. K.", "n97108433"),
    "grandpre": ("GrandPré, Mary", "n94051564"),
    "murakami": ("Murakami, Haruki, 1949-", "n82062349"),
    "rubin": ("Rubin, Jay, 1941-", "n81128420"),
    "achebe": ("Achebe, Chinua", "n79005603"),
    "austen": ("Austen, Jane, 1775-1817", "n79032879"),
    "shelley": ("Shelley, Mary Wollstonecraft, 1797-1851", "n79021433"),
    "melville": ("Melville, Herman, 1819-1891", "n79006936"),
    "flaubert": ("Flaubert, Gustave, 1821-1880", "n79032021"),
    "cervantes": ("Cervantes Saavedra, Miguel de, 1547-1616", "n78095494"),
    "grossman": ("Grossman, Edith, 1936-2023", "n85807633"),
    "saintex": ("Saint-Exupéry, Antoine de, 1900-1944", "n79006966"),
    "woods": ("Woods, Katherine", "n85186611"),
    "lagerlof": ("Lagerlöf, Selma, 1858-1940", "n79006209"),
}
UNAUTHORISED = {  # blank bf:Agent, label only (heading not in the name authority file)
    "carroux": "Carroux, Margaret",
    "muir_w": "Muir, Willa",
    "muir_e": "Muir, Edwin",
    "vang": "Vang Nyman, Ingrid",
    "ledoux": "Ledoux, Francis",
    "marx": "Marx-Aveling, Eleanor",
}
ROLES = {"aut": "author", "ill": "illustrator", "trl": "translator", "edt": "editor"}
LANGS = {
    "eng": "English",
    "ger": "German",
    "fre": "French",
    "spa": "Spanish",
    "ita": "Italian",
    "swe": "Swedish",
    "jpn": "Japanese",
    "rus": "Russian",
}
HOLDERS = {
    "dlc": "Library of Congress",
    "uk": "British Library",
    "gyfmdb": "Deutsche Nationalbibliothek",
}

SUBJECTS = {  # key: (authoritativeLabel, complex?)
    "middle_earth": "Middle Earth (Imaginary place)--Fiction",
    "baggins": "Baggins, Frodo (Fictitious character)--Fiction",
    "fantasy_eng": "Fantasy fiction, English",
    "macondo": "Macondo (Imaginary place)--Fiction",
    "colombia": "Colombia--History--Fiction",
    "monasteries": "Monastic and religious life--History--Middle Ages, 600-1500--Fiction",
    "italy": "Italy--History--1268-1492--Fiction",
    "trials": "Trials--Fiction",
    "metamorphosis": "Metamorphosis--Fiction",
    "adultery": "Adultery--Fiction",
    "russia": "Russia--Social life and customs--1533-1917--Fiction",
    "pippi": "Longstocking, Pippi (Fictitious character)--Juvenile fiction",
    "alice": "Alice (Fictitious character from Carroll)--Juvenile fiction",
    "wizards": "Wizards--Juvenile fiction",
    "hogwarts": "Hogwarts School of Witchcraft and Wizardry (Imaginary organization)--Juvenile fiction",
    "tokyo": "Tokyo (Japan)--Fiction",
    "igbo": "Igbo (African people)--Fiction",
    "nigeria": "Nigeria--History--To 1960--Fiction",
    "courtship": "Courtship--England--Fiction",
    "frankenstein": "Frankenstein's monster (Fictitious character)--Fiction",
    "whaling": "Whaling--Fiction",
    "ahab": "Ahab, Captain (Fictitious character)--Fiction",
    "quixote": "Don Quixote (Fictitious character)--Fiction",
    "spain": "Spain--Social life and customs--16th century--Fiction",
    "princes": "Princes--Juvenile fiction",
    "pilots": "Air pilots--Juvenile fiction",
    "geese": "Geese--Juvenile fiction",
    "sweden": "Sweden--Juvenile fiction",
}
GENRES = {
    "fantasy": "Fantasy fiction",
    "novels": "Novels",
    "juvenile": "Juvenile works",
    "historical": "Historical fiction",
    "detective": "Detective and mystery fiction",
    "gothic": "Gothic fiction",
    "sea": "Sea stories",
    "bildung": "Bildungsromans",
}

# Works: key, label (converter's rdfs:label, None = none), main title, subtitle, language,
# contributions [(agent key, role)], subjects, genres, original (translationOf), series key,
# instances [(main title as transcribed, place, publisher, year, isbn?, extent, holders)]
WORKS = [
    (
        "lotr",
        "The lord of the rings",
        "The lord of the rings",
        None,
        "eng",
        [("tolkien", "aut")],
        ["middle_earth"],
        ["fantasy"],
        None,
        None,
        [],
    ),
    (
        "hobbit",
        "The hobbit, or, There and back again",
        "The hobbit",
        "or, There and back again",
        "eng",
        [("tolkien", "aut")],
        ["middle_earth", "fantasy_eng"],
        ["fantasy"],
        None,
        None,
        [
            (
                "The hobbit, or, There and back again /",
                "London",
                "G. Allen & Unwin",
                "1937",
                False,
                "310 p.",
                ["dlc", "uk"],
            )
        ],
    ),
    (
        "fellowship",
        "The fellowship of the ring",
        "The fellowship of the ring",
        "being the first part of The lord of the rings",
        "eng",
        [("tolkien", "aut")],
        ["middle_earth", "baggins"],
        ["fantasy"],
        None,
        "lotr",
        [
            (
                "The fellowship of the ring :",
                "London",
                "G. Allen & Unwin",
                "1954",
                False,
                "423 p.",
                ["dlc", "uk"],
            )
        ],
    ),
    (
        "towers",
        "The two towers",
        "The two towers",
        "being the second part of The lord of the rings",
        "eng",
        [("tolkien", "aut")],
        ["middle_earth", "baggins"],
        ["fantasy"],
        None,
        "lotr",
        [("The two towers :", "London", "G. Allen & Unwin", "1954", False, "352 p.", ["dlc"])],
    ),
    (
        "return",
        "The return of the king",
        "The return of the king",
        "being the third part of The lord of the rings",
        "eng",
        [("tolkien", "aut")],
        ["middle_earth", "baggins"],
        ["fantasy"],
        None,
        "lotr",
        [
            (
                "The return of the king :",
                "London",
                "G. Allen & Unwin",
                "1955",
                False,
                "416 p.",
                ["dlc"],
            )
        ],
    ),
    (
        "herr",
        "Der Herr der Ringe",
        "Der Herr der Ringe",
        None,
        "ger",
        [("tolkien", "aut"), ("carroux", "trl")],
        ["middle_earth"],
        ["fantasy"],
        "lotr",
        None,
        [("Der Herr der Ringe /", "Stuttgart", "Klett-Cotta", "1969", True, "3 v.", ["gyfmdb"])],
    ),
    (
        "seigneur",
        "Le Seigneur des anneaux",
        "Le Seigneur des anneaux",
        None,
        "fre",
        [("tolkien", "aut"), ("ledoux", "trl")],
        ["middle_earth"],
        ["fantasy"],
        "lotr",
        None,
        [("Le Seigneur des anneaux /", "Paris", "C. Bourgois", "1972", True, "3 v.", ["dlc"])],
    ),
    (
        "cien",
        "Cien años de soledad",
        "Cien años de soledad",
        None,
        "spa",
        [("garcia", "aut")],
        ["macondo", "colombia"],
        ["novels"],
        None,
        None,
        [
            (
                "Cien años de soledad /",
                "Buenos Aires",
                "Editorial Sudamericana",
                "1967",
                False,
                "351 p.",
                ["dlc"],
            )
        ],
    ),
    (
        "hundred",
        "One hundred years of solitude",
        "One hundred years of solitude",
        None,
        "eng",
        [("garcia", "aut"), ("rabassa", "trl")],
        ["macondo", "colombia"],
        ["novels"],
        "cien",
        None,
        [
            (
                "One hundred years of solitude.",
                "New York",
                "Harper & Row",
                "1970",
                True,
                "422 p.",
                ["dlc", "uk"],
            )
        ],
    ),
    (
        "nome",
        "Il nome della rosa",
        "Il nome della rosa",
        None,
        "ita",
        [("eco", "aut")],
        ["monasteries", "italy"],
        ["historical", "detective"],
        None,
        None,
        [("Il nome della rosa /", "Milano", "Bompiani", "1980", True, "503 p.", ["dlc"])],
    ),
    (
        "rose",
        "The name of the rose",
        "The name of the rose",
        None,
        "eng",
        [("eco", "aut"), ("weaver", "trl")],
        ["monasteries", "italy"],
        ["historical", "detective"],
        "nome",
        None,
        [
            (
                "The name of the rose /",
                "San Diego",
                "Harcourt Brace Jovanovich",
                "1983",
                True,
                "502 p.",
                ["dlc", "uk"],
            )
        ],
    ),
    (
        "prozess",
        "Der Prozess",
        "Der Prozess",
        "Roman",
        "ger",
        [("kafka", "aut")],
        ["trials"],
        ["novels"],
        None,
        None,
        [("Der Prozess :", "Berlin", "Die Schmiede", "1925", False, "411 p.", ["gyfmdb"])],
    ),
    (
        "trial",
        "The trial",
        "The trial",
        None,
        "eng",
        [("kafka", "aut"), ("muir_w", "trl"), ("muir_e", "trl")],
        ["trials"],
        ["novels"],
        "prozess",
        None,
        [("The trial /", "London", "V. Gollancz", "1937", False, "300 p.", ["uk"])],
    ),
    (
        "verwandlung",
        "Die Verwandlung",
        "Die Verwandlung",
        None,
        "ger",
        [("kafka", "aut")],
        ["metamorphosis"],
        ["novels"],
        None,
        None,
        [("Die Verwandlung /", "Leipzig", "K. Wolff", "1915", False, "73 p.", ["gyfmdb", "dlc"])],
    ),
    (
        "anna",
        "Anna Karenina",
        "Anna Karenina",
        None,
        "eng",
        [("tolstoy", "aut"), ("garnett", "trl")],
        ["adultery", "russia"],
        ["novels"],
        None,
        None,
        [("Anna Karenina /", "London", "W. Heinemann", "1901", False, "xi, 806 p.", ["uk"])],
    ),
    (
        "pippi",
        "Pippi Långstrump",
        "Pippi Långstrump",
        None,
        "swe",
        [("lindgren", "aut"), ("vang", "ill")],
        ["pippi"],
        ["juvenile"],
        None,
        None,
        [("Pippi Långstrump /", "Stockholm", "Rabén & Sjögren", "1945", False, "196 p.", ["dlc"])],
    ),
    (
        "nils",
        "Nils Holgerssons underbara resa genom Sverige",
        "Nils Holgerssons underbara resa genom Sverige",
        None,
        "swe",
        [("lagerlof", "aut")],
        ["geese", "sweden"],
        ["juvenile"],
        None,
        None,
        [
            (
                "Nils Holgerssons underbara resa genom Sverige /",
                "Stockholm",
                "Albert Bonnier",
                "1906",
                False,
                "2 v.",
                ["dlc"],
            )
        ],
    ),
    (
        "alice",
        "Alice's adventures in Wonderland",
        "Alice's adventures in Wonderland",
        None,
        "eng",
        [("carroll", "aut"), ("tenniel", "ill")],
        ["alice"],
        ["juvenile", "fantasy"],
        None,
        None,
        [
            (
                "Alice's adventures in Wonderland /",
                "London",
                "Macmillan",
                "1865",
                False,
                "192 p.",
                ["uk", "dlc"],
            )
        ],
    ),
    (
        "philosopher",
        "Harry Potter and the philosopher's stone",
        "Harry Potter and the philosopher's stone",
        None,
        "eng",
        [("rowling", "aut")],
        ["wizards", "hogwarts"],
        ["fantasy", "juvenile"],
        None,
        None,
        [
            (
                "Harry Potter and the philosopher's stone /",
                "London",
                "Bloomsbury",
                "1997",
                True,
                "223 p.",
                ["uk"],
            )
        ],
    ),
    (
        "sorcerer",
        "Harry Potter and the sorcerer's stone",
        "Harry Potter and the sorcerer's stone",
        None,
        "eng",
        [("rowling", "aut"), ("grandpre", "ill")],
        ["wizards", "hogwarts"],
        ["fantasy", "juvenile"],
        None,
        None,
        [
            (
                "Harry Potter and the sorcerer's stone /",
                "New York",
                "Arthur A. Levine Books",
                "1998",
                True,
                "309 p.",
                ["dlc"],
            )
        ],
    ),
    (
        "noruwei",
        "Noruwei no mori",
        "Noruwei no mori",
        None,
        "jpn",
        [("murakami", "aut")],
        ["tokyo"],
        ["novels"],
        None,
        None,
        [("Noruwei no mori /", "Tōkyō", "Kōdansha", "1987", True, "2 v.", ["dlc"])],
    ),
    (
        "wood",
        "Norwegian wood",
        "Norwegian wood",
        None,
        "eng",
        [("murakami", "aut"), ("rubin", "trl")],
        ["tokyo"],
        ["novels"],
        "noruwei",
        None,
        [("Norwegian wood /", "London", "Harvill", "2000", True, "296 p.", ["uk", "dlc"])],
    ),
    (
        "things",
        "Things fall apart",
        "Things fall apart",
        None,
        "eng",
        [("achebe", "aut")],
        ["igbo", "nigeria"],
        ["novels"],
        None,
        None,
        [("Things fall apart.", "London", "Heinemann", "1958", False, "185 p.", ["uk", "dlc"])],
    ),
    (
        "pride",
        "Pride and prejudice",
        "Pride and prejudice",
        "a novel",
        "eng",
        [("austen", "aut")],
        ["courtship"],
        ["novels"],
        None,
        None,
        [("Pride and prejudice :", "London", "T. Egerton", "1813", False, "3 v.", ["uk"])],
    ),
    (
        "frank",
        "Frankenstein, or, The modern Prometheus",
        "Frankenstein",
        "or, The modern Prometheus",
        "eng",
        [("shelley", "aut")],
        ["frankenstein"],
        ["gothic"],
        None,
        None,
        [
            (
                "Frankenstein, or, The modern Prometheus.",
                "London",
                "Lackington, Hughes, Harding, Mavor & Jones",
                "1818",
                False,
                "3 v.",
                ["uk"],
            )
        ],
    ),
    (
        "moby",
        "Moby-Dick, or, The whale",
        "Moby-Dick",
        "or, The whale",
        "eng",
        [("melville", "aut")],
        ["whaling", "ahab"],
        ["sea"],
        None,
        None,
        [
            (
                "Moby-Dick, or, The whale /",
                "New York",
                "Harper & Brothers",
                "1851",
                False,
                "xxiii, 635 p.",
                ["dlc"],
            )
        ],
    ),
    (
        "bovary",
        "Madame Bovary",
        "Madame Bovary",
        "mœurs de province",
        "fre",
        [("flaubert", "aut")],
        ["adultery"],
        ["novels"],
        None,
        None,
        [("Madame Bovary :", "Paris", "Michel Lévy frères", "1857", False, "2 v.", ["dlc"])],
    ),
    (
        "bovary_en",
        "Madame Bovary. English",
        "Madame Bovary",
        "provincial manners",
        "eng",
        [("flaubert", "aut"), ("marx", "trl")],
        ["adultery"],
        ["novels"],
        "bovary",
        None,
        [("Madame Bovary :", "London", "Vizetelly", "1886", False, "xxiii, 352 p.", ["uk"])],
    ),
    (
        "quijote",
        "El ingenioso hidalgo don Quijote de la Mancha",
        "El ingenioso hidalgo don Quijote de la Mancha",
        None,
        "spa",
        [("cervantes", "aut")],
        ["quixote", "spain"],
        ["novels"],
        None,
        None,
        [
            (
                "El ingenioso hidalgo don Quixote de la Mancha /",
                "Madrid",
                "Juan de la Cuesta",
                "1605",
                False,
                "[12], 312 leaves",
                ["dlc"],
            )
        ],
    ),
    (
        "quixote",
        "Don Quixote",
        "Don Quixote",
        None,
        "eng",
        [("cervantes", "aut"), ("grossman", "trl")],
        ["quixote", "spain"],
        ["novels"],
        "quijote",
        None,
        [("Don Quixote /", "New York", "Ecco", "2003", True, "xxxv, 940 p.", ["dlc", "uk"])],
    ),
    (
        "prince_fr",
        "Le petit prince",
        "Le petit prince",
        None,
        "fre",
        [("saintex", "aut"), ("saintex", "ill")],
        ["princes", "pilots"],
        ["juvenile"],
        None,
        None,
        [("Le petit prince /", "New York", "Reynal & Hitchcock", "1943", False, "91 p.", ["dlc"])],
    ),
    (
        "prince_en",
        "The little prince",
        "The little prince",
        None,
        "eng",
        [("saintex", "aut"), ("saintex", "ill"), ("woods", "trl")],
        ["princes", "pilots"],
        ["juvenile"],
        "prince_fr",
        None,
        [
            (
                "The little prince /",
                "New York",
                "Reynal & Hitchcock",
                "1943",
                False,
                "91 p.",
                ["dlc", "uk"],
            )
        ],
    ),
]


def isbn13() -> str:
    digits = [9, 7, 8] + [rng.randrange(10) for _ in range(9)]
    check = (10 - sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits)) % 10) % 10
    return "".join(map(str, [*digits, check]))


def build() -> Graph:
    g = Graph()
    for p, ns in (("bf", BF), ("bflc", BFLC), ("madsrdf", MADS), ("rdfs", RDFS)):
        g.bind(p, ns)
    people = {}
    for key, (label, lccn) in PERSONS.items():
        node = URIRef(f"http://id.loc.gov/rwo/agents/{lccn}")
        g.add((node, RDF.type, BF.Person))
        g.add((node, RDFS.label, Literal(label)))
        people[key] = node
    for code, label in ROLES.items():
        g.add((REL[code], RDF.type, BF.Role))
        g.add((REL[code], RDFS.label, Literal(label)))
    for code, label in LANGS.items():
        g.add((LANG[code], RDF.type, BF.Language))
        g.add((LANG[code], RDFS.label, Literal(label)))
    for code, label in HOLDERS.items():
        g.add((ORG[code], RDF.type, BF.Organization))
        g.add((ORG[code], RDFS.label, Literal(label)))
    subjects = {}
    for i, (key, label) in enumerate(SUBJECTS.items()):
        node = URIRef(
            f"http://id.loc.gov/authorities/subjects/sh{85000000 + rng.randrange(10**6):08d}"
        )
        kind = MADS.ComplexSubject if "--" in label else MADS.Topic
        g.add((node, RDF.type, kind))
        g.add((node, RDF.type, BF.Topic))
        g.add(
            (node, MADS.authoritativeLabel, Literal(label, lang="en") if i % 2 else Literal(label))
        )
        if i % 3 == 0:  # the converter copies the heading into rdfs:label on some records only
            g.add((node, RDFS.label, Literal(label)))
        subjects[key] = node
    genres = {}
    for key, label in GENRES.items():
        node = URIRef(
            f"http://id.loc.gov/authorities/genreForms/gf{2014026000 + rng.randrange(999)}"
        )
        g.add((node, RDF.type, BF.GenreForm))
        g.add((node, MADS.authoritativeLabel, Literal(label)))
        g.add((node, RDFS.label, Literal(label)))
        genres[key] = node
    blank_agents = {}  # one blank node per record, as the converter makes a fresh one each time
    works = {w[0]: URIRef(f"{RES}works/{21000000 + 7919 * i}") for i, w in enumerate(WORKS)}
    for key, label, main, sub, lang, contribs, subj, gen, orig, series, instances in WORKS:
        w = works[key]
        g.add((w, RDF.type, BF.Work))
        g.add((w, RDF.type, BF.Text))
        if label:
            g.add((w, RDFS.label, Literal(label)))
        t = BNode()
        g.add((w, BF.title, t))
        g.add((t, RDF.type, BF.Title))
        g.add((t, BF.mainTitle, Literal(main)))
        if sub:
            g.add((t, BF.subtitle, Literal(sub)))
        g.add((w, BF.language, LANG[lang]))
        for n, (agent, role) in enumerate(contribs):
            c = BNode()
            g.add((w, BF.contribution, c))
            g.add((c, RDF.type, BF.Contribution))
            if n == 0:
                g.add((c, RDF.type, BFLC.PrimaryContribution))
            if agent in people:
                a = people[agent]
            else:
                a = BNode()
                g.add((a, RDF.type, BF.Agent))
                g.add((a, RDF.type, BF.Person))
                g.add((a, RDFS.label, Literal(UNAUTHORISED[agent])))
                blank_agents.setdefault(agent, []).append(a)
            g.add((c, BF.agent, a))
            g.add((c, BF.role, REL[role]))
        for s in subj:
            g.add((w, BF.subject, subjects[s]))
        for gf in gen:
            g.add((w, BF.genreForm, genres[gf]))
        if orig:
            g.add((w, BF.translationOf, works[orig]))
        if series:
            g.add((w, BF.relatedTo, works[series]))
            g.add(
                (
                    w,
                    BF.seriesStatement,
                    Literal(
                        "The lord of the rings ; pt. "
                        + str(["fellowship", "towers", "return"].index(key) + 1)
                    ),
                )
            )
        for k, (ititle, place, publisher, year, has_isbn, extent, holders) in enumerate(instances):
            inst = URIRef(str(w).replace("/works/", "/instances/") + (f"{k}" if k else ""))
            g.add((inst, RDF.type, BF.Instance))
            g.add((inst, RDF.type, BF.Print))
            g.add((inst, BF.instanceOf, w))
            g.add((w, BF.hasInstance, inst))
            it = BNode()
            g.add((inst, BF.title, it))
            g.add((it, RDF.type, BF.Title))
            g.add((it, BF.mainTitle, Literal(ititle)))
            names = " and ".join(
                UNAUTHORISED.get(a) or PERSONS[a][0].split(",")[0]
                for a, r in contribs
                if r == "aut"
            )
            g.add((inst, BF.responsibilityStatement, Literal(f"by {names}")))
            pub = BNode()
            g.add((inst, BF.provisionActivity, pub))
            g.add((pub, RDF.type, BF.ProvisionActivity))
            g.add((pub, RDF.type, BF.Publication))
            pl, ag = BNode(), BNode()
            g.add((pub, BF.place, pl))
            g.add((pl, RDF.type, BF.Place))
            g.add((pl, RDFS.label, Literal(place)))
            g.add((pub, BF.agent, ag))
            g.add((ag, RDF.type, BF.Agent))
            g.add((ag, RDFS.label, Literal(publisher)))
            g.add((pub, BF.date, Literal(year)))
            g.add((inst, BF.provisionActivityStatement, Literal(f"{place} : {publisher}, {year}.")))
            g.add((inst, BF.extent, Literal(extent)))
            lccn = BNode()
            g.add((inst, BF.identifiedBy, lccn))
            g.add((lccn, RDF.type, BF.Lccn))
            g.add((lccn, RDF.value, Literal(f"{year[2:]}{rng.randrange(10**6):06d}")))
            if has_isbn:
                ib = BNode()
                g.add((inst, BF.identifiedBy, ib))
                g.add((ib, RDF.type, BF.Isbn))
                g.add((ib, RDF.value, Literal(isbn13())))
            for j, holder in enumerate(holders):
                item = URIRef(str(inst).replace("/instances/", "/items/") + f"-{j + 1}")
                g.add((item, RDF.type, BF.Item))
                g.add((item, BF.itemOf, inst))
                g.add((item, BF.heldBy, ORG[holder]))
                sm = BNode()
                g.add((item, BF.shelfMark, sm))
                g.add((sm, RDF.type, BF.ShelfMarkLcc))
                letters = "".join(rng.choice("PQZ") for _ in range(1)) + rng.choice("RTQ")
                g.add(
                    (
                        sm,
                        RDF.value,
                        Literal(
                            f"{letters}{rng.randrange(1000, 9999)} .{main[0].upper()}{rng.randrange(10, 99)} {year}"
                        ),
                    )
                )
    return g


if __name__ == "__main__":
    out = Path(__file__).with_name("bibframe.ttl")
    g = build()
    out.write_text(
        "# Library catalogue, BIBFRAME 2.0 (marc2bibframe2 shape); written by bibframe_make.py\n"
        + g.serialize(format="turtle")
    )
    print(out, len(g), "triples")
