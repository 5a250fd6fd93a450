# ruff: noqa: E501  (one record a line)
"""Write ``theatre.trig``: a national performing-arts archive's linked data (the playhouses, the
opera and ballet house and the touring theatre of Norway), as such an archive publishes it: TriG
with one named graph per company season, an authority graph (people, works, places, venues,
companies, awards), an ontology graph and a provenance graph that describes the other graphs.

The shape (what archives built on schema.org, LRMoo and a local ontology look like):

* works are ``lrmoo:F1_Work`` and ``schema:CreativeWork`` (operas ``schema:MusicComposition``)
  under opaque numeric IRIs, named by ``schema:name`` in the original language and in English
  and Norwegian (language-tagged), ``schema:author`` (plays), ``schema:composer`` and
  ``arkiv:librettist`` (operas), ``schema:composer`` and ``arkiv:originalChoreographer``
  (ballets), ``schema:inLanguage`` the original language as a BCP 47 literal, the year written
  as ``schema:dateCreated`` ``xsd:gYear``, ``schema:genre`` a SKOS concept;
* translations are ``lrmoo:F2_Expression`` nodes (``lrmoo:R3i_realises`` the work, never the
  other way), ``schema:translator``, ``schema:inLanguage``; a production names either the work
  (``schema:workPerformed``) or only the translation it used (``arkiv:usesExpression``);
* productions (``arkiv:Production``, ``schema:EventSeries``) are named as the work is (two
  productions of "Hedda Gabler" share the name), ``dcterms:identifier`` "NT-1998-014",
  ``arkiv:producedBy`` the company (``schema:PerformingGroup``), ``schema:location`` a stage,
  which is ``schema:containedInPlace`` a theatre building, in a city; ``arkiv:season`` a season
  node ("1998/99"), ``schema:director``, ``arkiv:setDesigner`` / ``arkiv:costumeDesigner`` /
  ``arkiv:lightingDesigner``, ``arkiv:conductor`` (music theatre), ``arkiv:premiereDate``
  (``xsd:date``);
* performances (``schema:TheaterEvent``, ``schema:MusicEvent`` or ``schema:DanceEvent``) are
  ``schema:superEvent`` of their production, ``schema:startDate`` ``xsd:dateTime``,
  ``schema:location`` (a touring production plays in other companies' houses), and carry their
  cast as blank ``arkiv:Casting`` records: ``arkiv:performer``, ``arkiv:role`` (a role node
  ``arkiv:roleIn`` the work, ``rdfs:label`` in Norwegian and English), ``arkiv:understudy``;
* people (``schema:Person``): ``schema:name``, ``schema:givenName`` / ``schema:familyName``,
  ``schema:alternateName`` (stage names, names in other scripts, language-tagged),
  ``schema:birthDate`` / ``schema:deathDate`` as ``xsd:date`` or (only the year known)
  ``xsd:gYear``, ``schema:birthPlace`` / ``schema:deathPlace`` a place node,
  ``schema:nationality`` a country node, ``owl:sameAs`` a Wikidata-like entity IRI;
* venues (``schema:PerformingArtsTheater``) with ``schema:maximumAttendeeCapacity``
  (``xsd:integer``) on each stage, ``arkiv:openedYear`` (``xsd:gYear``) on the building;
* awards as ``arkiv:AwardConferral`` nodes: ``arkiv:prize`` the award, ``arkiv:recipient`` a
  person or a production, ``arkiv:forProduction``, ``arkiv:awardYear`` (``xsd:gYear``),
  ``arkiv:category`` (Norwegian and English literals);
* the provenance graph: each named graph a ``prov:Entity`` with ``dcterms:title``,
  ``dcterms:publisher`` (a company), ``prov:wasDerivedFrom`` the source (printed programmes,
  a card index), ``prov:generatedAtTime``.

Historic authors, composers and choreographers carry their public-record dates and places;
every performer, director, designer, translator and production is invented. Deterministic, seeded;
rdflib only. Run from the repository root: ``python bench/data/own/theatre_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import BNode, Dataset, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://data.scenearkiv.example.no/"
ARK = Namespace(BASE + "def/")
ID = Namespace(BASE + "id/")
GR = Namespace(BASE + "graph/")
SDO = Namespace("http://schema.org/")
LRM = Namespace("http://iflastandards.info/ns/lrm/lrmoo/")
WD = Namespace("http://www.wikidata.org/entity/")

# countries: key -> (English, Norwegian, wikidata)
COUNTRIES = {
    "no": ("Norway", "Norge", "Q20"),
    "gb": ("England", "England", "Q21"),
    "ru": ("Russia", "Russland", "Q159"),
    "fr": ("France", "Frankrike", "Q142"),
    "it": ("Italy", "Italia", "Q38"),
    "at": ("Austria", "Østerrike", "Q40"),
    "de": ("Germany", "Tyskland", "Q183"),
    "jp": ("Japan", "Japan", "Q17"),
    "se": ("Sweden", "Sverige", "Q34"),
}
# places: key -> (name, Norwegian name or None, country)
PLACES = {
    "oslo": ("Oslo", None, "no"),
    "bergen": ("Bergen", None, "no"),
    "trondheim": ("Trondheim", None, "no"),
    "stavanger": ("Stavanger", None, "no"),
    "skien": ("Skien", None, "no"),
    "haugesund": ("Haugesund", None, "no"),
    "alesund": ("Ålesund", None, "no"),
    "tromso": ("Tromsø", None, "no"),
    "bodo": ("Bodø", None, "no"),
    "stratford": ("Stratford-upon-Avon", None, "gb"),
    "taganrog": ("Taganrog", "Таганрог", "ru"),
    "badenweiler": ("Badenweiler", None, "de"),
    "paris": ("Paris", None, "fr"),
    "bougival": ("Bougival", None, "fr"),
    "roncole": ("Le Roncole", None, "it"),
    "milan": ("Milan", "Milano", "it"),
    "murano": ("Murano", None, "it"),
    "salzburg": ("Salzburg", None, "at"),
    "vienna": ("Vienna", "Wien", "at"),
    "straubing": ("Straubing", None, "de"),
    "votkinsk": ("Votkinsk", "Воткинск", "ru"),
    "stpetersburg": ("Saint Petersburg", "Санкт-Петербург", "ru"),
    "marseille": ("Marseille", None, "fr"),
    "gurzuf": ("Gurzuf", "Гурзуф", "ru"),
    "moscow": ("Moscow", "Москва", "ru"),
    "lyon": ("Lyon", None, "fr"),
    "parame": ("Paramé", None, "fr"),
    "naples": ("Naples", "Napoli", "it"),
    "osaka": ("Osaka", "大阪", "jp"),
    "novosibirsk": ("Novosibirsk", "Новосибирск", "ru"),
    "goteborg": ("Gothenburg", "Göteborg", "se"),
}
# people: key -> (name, birth, birthplace, nationality, death, deathplace, alternate names, wikidata)
# a birth or death of four digits is an xsd:gYear (only the year known)
P = {
    # authors, composers, librettists, choreographers (public record)
    "ibsen": (
        "Henrik Ibsen",
        "1828-03-20",
        "skien",
        "no",
        "1906-05-23",
        "oslo",
        [("Henrik Johan Ibsen", None)],
        "Q36661",
    ),
    "shakespeare": (
        "William Shakespeare",
        "1564",
        "stratford",
        "gb",
        "1616-04-23",
        "stratford",
        [("The Bard of Avon", "en")],
        "Q692",
    ),
    "chekhov": (
        "Anton Chekhov",
        "1860-01-29",
        "taganrog",
        "ru",
        "1904-07-15",
        "badenweiler",
        [("Антон Павлович Чехов", "ru"), ("Anton Tsjekhov", "nb")],
        "Q5685",
    ),
    "fosse": (
        "Jon Fosse",
        "1959-09-29",
        "haugesund",
        "no",
        None,
        None,
        [("Jon Olav Fosse", None)],
        "Q298738",
    ),
    "saether": ("Ragnhild Sæther", "1971-04-02", "alesund", "no", None, None, [], "Q98110342"),
    "bizet": (
        "Georges Bizet",
        "1838-10-25",
        "paris",
        "fr",
        "1875-06-03",
        "bougival",
        [("Alexandre César Léopold Bizet", None)],
        "Q1268",
    ),
    "meilhac": ("Henri Meilhac", "1830-02-21", "paris", "fr", "1897-07-06", "paris", [], "Q455093"),
    "halevy": ("Ludovic Halévy", "1834-01-01", "paris", "fr", "1908-05-07", "paris", [], "Q558404"),
    "verdi": ("Giuseppe Verdi", "1813-10-10", "roncole", "it", "1901-01-27", "milan", [], "Q7317"),
    "piave": (
        "Francesco Maria Piave",
        "1810-05-18",
        "murano",
        "it",
        "1876-03-05",
        "milan",
        [],
        "Q728165",
    ),
    "mozart": (
        "Wolfgang Amadeus Mozart",
        "1756-01-27",
        "salzburg",
        "at",
        "1791-12-05",
        "vienna",
        [("Joannes Chrysostomus Wolfgangus Theophilus Mozart", None)],
        "Q254",
    ),
    "schikaneder": (
        "Emanuel Schikaneder",
        "1751-09-01",
        "straubing",
        "de",
        "1812-09-21",
        "vienna",
        [],
        "Q84341",
    ),
    "tchaikovsky": (
        "Pyotr Ilyich Tchaikovsky",
        "1840-05-07",
        "votkinsk",
        "ru",
        "1893-11-06",
        "stpetersburg",
        [("Пётр Ильич Чайковский", "ru"), ("Peter Tsjaikovskij", "nb")],
        "Q7315",
    ),
    "petipa": (
        "Marius Petipa",
        "1818-03-11",
        "marseille",
        "fr",
        "1910-07-14",
        "gurzuf",
        [("Мариус Иванович Петипа", "ru")],
        "Q312998",
    ),
    "ivanov": (
        "Lev Ivanov",
        "1834-03-02",
        "moscow",
        "ru",
        "1901-12-24",
        "stpetersburg",
        [],
        "Q1338212",
    ),
    "adam": ("Adolphe Adam", "1803-07-24", "paris", "fr", "1856-05-03", "paris", [], "Q207035"),
    "coralli": ("Jean Coralli", "1779-01-15", "paris", "fr", "1854-05-01", "paris", [], "Q1354626"),
    "perrot": ("Jules Perrot", "1810-08-18", "lyon", "fr", "1892-08-29", "parame", [], "Q948826"),
    "haugland": ("Eirik Haugland", "1965", "bergen", "no", None, None, [], "Q98110377"),
    "lien": ("Tove Marit Lien", "1968-11-30", "tromso", "no", None, None, [], "Q98110381"),
    # translators
    "tveit": ("Kari Tveit", "1957-06-14", "bergen", "no", None, None, [], "Q98110402"),
    "skjelbred": (
        "Gunnar Skjelbred",
        "1949",
        "trondheim",
        "no",
        "2021-02-11",
        "oslo",
        [],
        "Q98110409",
    ),
    "aarli": ("Sunniva Aarli", "1980-03-09", "oslo", "no", None, None, [], "Q98110415"),
    # directors, designers, conductors, ballet masters
    "lunde": ("Halvard Lunde", "1952-08-01", "oslo", "no", None, None, [], "Q98110501"),
    "eide": (
        "Maja Strand Eide",
        "1974-02-17",
        "bergen",
        "no",
        None,
        None,
        [("Maja S. Eide", None)],
        "Q98110502",
    ),
    "bakken": (
        "Tormod Bakken",
        "1948-12-03",
        "trondheim",
        "no",
        "2019-05-30",
        "oslo",
        [],
        "Q98110503",
    ),
    "rasch": ("Ingvild Rasch", "1969-07-25", "stavanger", "no", None, None, [], "Q98110504"),
    "odegaard": (
        "Kjetil Ødegaard",
        "1961-10-10",
        "haugesund",
        "no",
        None,
        None,
        [("Kjetil Odegaard", None)],
        "Q98110505",
    ),
    "hovland": ("Åsne Hovland", "1978-05-05", "bodo", "no", None, None, [], "Q98110506"),
    "moreau": ("Clara Moreau", "1966-09-22", "lyon", "fr", None, None, [], "Q98110507"),
    "orlov": (
        "Pavel Orlov",
        "1958-04-11",
        "novosibirsk",
        "ru",
        None,
        None,
        [("Павел Орлов", "ru")],
        "Q98110508",
    ),
    "baldini": ("Pietro Baldini", "1962-01-30", "naples", "it", None, None, [], "Q98110509"),
    "sandnes": ("Liv Sandnes", "1955-03-15", "oslo", "no", None, None, [], None),
    "kvam": ("Oddvar Kvam", "1950", "skien", "no", None, None, [], None),
    "froyland": ("Hanne Frøyland", "1972-08-08", "stavanger", "no", None, None, [], None),
    "tveiten": ("Bjørn Tveiten", "1963-11-19", "bergen", "no", None, None, [], None),
    "kobro": ("Elise Kobro", "1981-01-04", "oslo", "no", None, None, [], None),
    "tveitt": ("Magnus Tveitt", "1960-06-06", "bergen", "no", None, None, [], "Q98110520"),
    "bergstrom": (
        "Hilde Bergstrøm",
        "1971-12-12",
        "goteborg",
        "se",
        None,
        None,
        [("Hilde Bergström", "sv")],
        "Q98110521",
    ),
    "karpova": (
        "Anna Karpova",
        "1956-02-02",
        "stpetersburg",
        "ru",
        None,
        None,
        [("Анна Карпова", "ru")],
        "Q98110522",
    ),
    # actors
    "holm": (
        "Kristine Holm",
        "1964-05-12",
        "oslo",
        "no",
        None,
        None,
        [("Kiki Holm", None)],
        "Q98110601",
    ),
    "vaage": ("Anders Vaage", "1959-09-01", "bergen", "no", None, None, [], "Q98110602"),
    "birkeland": ("Ellen Birkeland", "1967-02-20", "trondheim", "no", None, None, [], "Q98110603"),
    "espeland": ("Trond Espeland", "1962-07-07", "haugesund", "no", None, None, [], "Q98110604"),
    "lid": ("Sverre Hagen Lid", "1946-10-30", "skien", "no", "2015-01-09", "oslo", [], "Q98110605"),
    "solheim": (
        "Marit Solheim",
        "1975-04-18",
        "alesund",
        "no",
        None,
        None,
        [("Marit Solheim Aas", None)],
        "Q98110606",
    ),
    "rasmussen": ("Ingeborg Rasmussen", "1970-08-26", "bergen", "no", None, None, [], "Q98110607"),
    "moe": (
        "Per Christian Moe",
        "1966-03-03",
        "bergen",
        "no",
        None,
        None,
        [("P.C. Moe", None)],
        "Q98110608",
    ),
    "bakke": ("Jonas Bakke", "1979-11-11", "stavanger", "no", None, None, [], "Q98110609"),
    "nordvik": ("Silje Nordvik", "1983-06-30", "bodo", "no", None, None, [], "Q98110610"),
    "mo": ("Henrik Dahl Mo", "1977-01-25", "trondheim", "no", None, None, [], "Q98110611"),
    "fjeld": ("Oda Fjeld", "1985-09-14", "oslo", "no", None, None, [], "Q98110612"),
    "nilsen": (
        "Geir Nilsen",
        "1955",
        "tromso",
        "no",
        None,
        None,
        [("Geir Kvarme Nilsen", None)],
        None,
    ),
    "lervik": (
        "Hanna Lervik",
        "1981-02-08",
        "trondheim",
        "no",
        None,
        None,
        [("Hanna L.", None)],
        "Q98110614",
    ),
    "ro": (
        "Øystein Rø",
        "1960-12-24",
        "alesund",
        "no",
        None,
        None,
        [("Oystein Ro", None)],
        "Q98110615",
    ),
    "aasen": (
        "Wenche Aasen",
        "1944-03-28",
        "oslo",
        "no",
        None,
        None,
        [("Vesla Aasen", None)],
        "Q98110616",
    ),
    # singers
    "bakkerud": ("Liv Bakkerud", "1976-10-02", "oslo", "no", None, None, [], "Q98110701"),
    "rinaldi": ("Matteo Rinaldi", "1973-05-19", "naples", "it", None, None, [], "Q98110702"),
    "volkov": (
        "Dmitri Volkov",
        "1968-08-15",
        "moscow",
        "ru",
        None,
        None,
        [("Дмитрий Волков", "ru"), ("Dmitrij Volkov", "nb")],
        "Q98110703",
    ),
    "ronning": ("Mette Aase Rønning", "1980-01-17", "trondheim", "no", None, None, [], "Q98110704"),
    "ferrante": ("Giulia Ferrante", "1977-07-03", "milan", "it", None, None, [], "Q98110705"),
    "nygard": ("Kasper Lie Nygård", "1984-04-04", "oslo", "no", None, None, [], "Q98110706"),
    "sorli": ("Bendik Sørli", "1979-09-09", "tromso", "no", None, None, [], "Q98110707"),
    "aarvik": ("Cecilie Aarvik", "1986-12-01", "bergen", "no", None, None, [], "Q98110708"),
    # dancers
    "lindgren": ("Oda Lindgren", "1988-03-21", "oslo", "no", None, None, [], "Q98110801"),
    "petrov": (
        "Aleksandr Petrov",
        "1985-11-30",
        "stpetersburg",
        "ru",
        None,
        None,
        [("Александр Петров", "ru")],
        "Q98110802",
    ),
    "moen": ("Tobias Moen", "1987-06-16", "stavanger", "no", None, None, [], "Q98110803"),
    "tanaka": (
        "Yuki Tanaka-Berg",
        "1989-08-08",
        "osaka",
        "jp",
        None,
        None,
        [("田中ゆき", "ja"), ("Yuki Tanaka", None)],
        "Q98110804",
    ),
}
# genres: key -> (English, Norwegian)
GENRES = {
    "drama": ("drama", "drama"),
    "tragedy": ("tragedy", "tragedie"),
    "opera": ("opera", "opera"),
    "ballet": ("ballet", "ballett"),
}
# works: key -> (names [(name, lang)], genre, language, year, creators {property: [people]})
W = {
    "hedda": (
        [("Hedda Gabler", "no"), ("Hedda Gabler", "en")],
        "drama",
        "no",
        "1890",
        {"author": ["ibsen"]},
    ),
    "dukkehjem": (
        [("Et dukkehjem", "no"), ("A Doll's House", "en")],
        "drama",
        "no",
        "1879",
        {"author": ["ibsen"]},
    ),
    "vildanden": (
        [("Vildanden", "no"), ("The Wild Duck", "en")],
        "drama",
        "no",
        "1884",
        {"author": ["ibsen"]},
    ),
    "peergynt": ([("Peer Gynt", "no")], "drama", "no", "1867", {"author": ["ibsen"]}),
    "hamlet": (
        [
            ("The Tragedy of Hamlet, Prince of Denmark", "en"),
            ("Hamlet", "en"),
            ("Hamlet, prins av Danmark", "nb"),
        ],
        "tragedy",
        "en",
        "1600",
        {"author": ["shakespeare"]},
    ),
    "sisters": (
        [("Три сестры", "ru"), ("Three Sisters", "en"), ("Tre søstre", "nb")],
        "drama",
        "ru",
        "1900",
        {"author": ["chekhov"]},
    ),
    "nokon": (
        [("Nokon kjem til å komme", "nn"), ("Someone Is Going to Come", "en")],
        "drama",
        "nn",
        "1996",
        {"author": ["fosse"]},
    ),
    "fyr": (
        [("Fyrvokteren", "nb"), ("The Lighthouse Keeper", "en")],
        "drama",
        "nb",
        "2018",
        {"author": ["saether"]},
    ),
    "carmen": (
        [("Carmen", "fr")],
        "opera",
        "fr",
        "1875",
        {"composer": ["bizet"], "librettist": ["meilhac", "halevy"]},
    ),
    "traviata": (
        [("La traviata", "it")],
        "opera",
        "it",
        "1853",
        {"composer": ["verdi"], "librettist": ["piave"]},
    ),
    "flote": (
        [("Die Zauberflöte", "de"), ("The Magic Flute", "en"), ("Tryllefløyten", "nb")],
        "opera",
        "de",
        "1791",
        {"composer": ["mozart"], "librettist": ["schikaneder"]},
    ),
    "nordlys": (
        [("Nordlys", "nb"), ("Northern Lights", "en")],
        "opera",
        "nb",
        "2021",
        {"composer": ["haugland"], "librettist": ["lien"]},
    ),
    "swan": (
        [("Лебединое озеро", "ru"), ("Swan Lake", "en"), ("Svanesjøen", "nb")],
        "ballet",
        "ru",
        "1876",
        {"composer": ["tchaikovsky"], "choreographer": ["petipa", "ivanov"]},
    ),
    "giselle": (
        [("Giselle", "fr"), ("Giselle, ou les Wilis", "fr")],
        "ballet",
        "fr",
        "1841",
        {"composer": ["adam"], "choreographer": ["coralli", "perrot"]},
    ),
}
# roles: work -> [(key, Norwegian label, English label or None)]
ROLES = {
    "hedda": [
        ("hedda", "Hedda Tesman", "Hedda"),
        ("tesman", "Jørgen Tesman", None),
        ("thea", "Fru Elvsted", "Thea Elvsted"),
        ("lovborg", "Eilert Løvborg", None),
        ("brack", "Assessor Brack", "Judge Brack"),
    ],
    "dukkehjem": [
        ("nora", "Nora Helmer", "Nora"),
        ("helmer", "Torvald Helmer", None),
        ("linde", "Fru Linde", "Kristine Linde"),
        ("krogstad", "Sakfører Krogstad", "Nils Krogstad"),
        ("rank", "Doktor Rank", "Dr. Rank"),
    ],
    "vildanden": [
        ("hjalmar", "Hjalmar Ekdal", None),
        ("gina", "Gina Ekdal", None),
        ("hedvig", "Hedvig", None),
        ("gregers", "Gregers Werle", None),
    ],
    "peergynt": [
        ("peer", "Peer Gynt", None),
        ("aase", "Åse", "Aase"),
        ("solveig", "Solveig", None),
        ("anitra", "Anitra", None),
    ],
    "hamlet": [
        ("hamlet", "Hamlet", None),
        ("ophelia", "Ofelia", "Ophelia"),
        ("gertrude", "Gertrud", "Gertrude"),
        ("claudius", "Claudius", None),
        ("polonius", "Polonius", None),
    ],
    "sisters": [
        ("olga", "Olga", None),
        ("masha", "Masja", "Masha"),
        ("irina", "Irina", None),
        ("andrei", "Andrej Prozorov", "Andrei Prozorov"),
        ("vershinin", "Versjinin", "Vershinin"),
    ],
    "nokon": [("han", "Han", "He"), ("ho", "Ho", "She"), ("mannen", "Mannen", "The Man")],
    "fyr": [("elias", "Elias Brun", None), ("astrid", "Astrid Brun", None)],
    "carmen": [
        ("carmen", "Carmen", None),
        ("jose", "Don José", None),
        ("escamillo", "Escamillo", None),
        ("micaela", "Micaëla", None),
    ],
    "traviata": [
        ("violetta", "Violetta Valéry", None),
        ("alfredo", "Alfredo Germont", None),
        ("germont", "Giorgio Germont", None),
    ],
    "flote": [
        ("tamino", "Tamino", None),
        ("pamina", "Pamina", None),
        ("papageno", "Papageno", None),
        ("queen", "Nattens dronning", "Queen of the Night"),
        ("sarastro", "Sarastro", None),
    ],
    "nordlys": [("siri", "Siri", None), ("andreas", "Andreas", None)],
    "swan": [
        ("odette", "Odette/Odile", None),
        ("siegfried", "Prins Siegfried", "Prince Siegfried"),
        ("rothbart", "Von Rothbart", None),
    ],
    "giselle": [
        ("giselle", "Giselle", None),
        ("albrecht", "Albrecht", None),
        ("myrtha", "Myrtha", None),
        ("hilarion", "Hilarion", None),
    ],
}
# translations: key -> (work, language, translator, year, title)
EXPRESSIONS = {
    "hamlet-nn": ("hamlet", "nn", "tveit", "2004", "Hamlet (nynorsk ved Kari Tveit)"),
    "hamlet-nb": ("hamlet", "nb", "skjelbred", "1998", "Hamlet (bokmål ved Gunnar Skjelbred)"),
    "sisters-nb": ("sisters", "nb", "skjelbred", "2009", "Tre søstre (ved Gunnar Skjelbred)"),
    "flote-nb": ("flote", "nb", "aarli", "2018", "Tryllefløyten (norsk tekst ved Sunniva Aarli)"),
}
# companies: key -> (name, English name or None, home city, founded)
COMPANIES = {
    "nt": ("Nationaltheatret", "The National Theatre", "oslo", "1899"),
    "dnt": ("Det Norske Teatret", "The Norwegian Theatre", "oslo", "1912"),
    "dns": ("Den Nationale Scene", None, "bergen", "1876"),
    "tt": ("Trøndelag Teater", None, "trondheim", "1937"),
    "rt": ("Rogaland Teater", None, "stavanger", "1947"),
    "dnob": ("Den Norske Opera & Ballett", "Norwegian National Opera and Ballet", "oslo", "1957"),
    "bno": ("Bergen Nasjonale Opera", "Bergen National Opera", "bergen", "2005"),
    "riks": ("Riksteatret", "The Norwegian National Touring Theatre", "oslo", "1948"),
}
# theatre buildings: key -> (name, English name or None, city, opened)
BUILDINGS = {
    "nt-bygg": ("Nationaltheatret", None, "oslo", "1899"),
    "dnt-bygg": ("Det Norske Teatret, Kristian IVs gate", None, "oslo", "1985"),
    "dns-bygg": ("Den Nationale Scene", None, "bergen", "1909"),
    "tt-bygg": ("Trøndelag Teater", None, "trondheim", "1816"),
    "rt-bygg": ("Rogaland Teater", None, "stavanger", "1883"),
    "operahuset": ("Operahuset", "Oslo Opera House", "oslo", "2008"),
    "grieghallen": ("Grieghallen", "Grieg Hall", "bergen", "1978"),
}
# stages: key -> (name, building, capacity)
STAGES = {
    "nt-hoved": ("Hovedscenen", "nt-bygg", 745),
    "nt-amfi": ("Amfiscenen", "nt-bygg", 200),
    "dnt-hovud": ("Hovudscenen", "dnt-bygg", 750),
    "dnt-scene2": ("Scene 2", "dnt-bygg", 220),
    "dns-store": ("Store Scene", "dns-bygg", 600),
    "dns-lille": ("Lille Scene", "dns-bygg", 190),
    "tt-hoved": ("Hovedscenen", "tt-bygg", 500),
    "tt-gamle": ("Gamle Scene", "tt-bygg", 250),
    "rt-store": ("Store scene", "rt-bygg", 490),
    "opera-hoved": ("Hovedscenen", "operahuset", 1364),
    "opera-scene2": ("Scene 2", "operahuset", 400),
    "grieghallen-sal": ("Peer Gynt-salen", "grieghallen", 1500),
}
# productions: id, work, expression, company, stage, season, premiere, title (None: the work's),
# crew {role: [people]}, cast [(role, performer, understudy)], performances, touring stages
PRODUCTIONS = [
    (
        1014,
        "hedda",
        None,
        "nt",
        "nt-hoved",
        "1998/99",
        "1998-09-10",
        None,
        {"director": ["lunde"], "set": ["sandnes"], "costume": ["kvam"], "lighting": ["froyland"]},
        [
            ("hedda", "holm", "solheim"),
            ("tesman", "vaage", None),
            ("thea", "birkeland", None),
            ("lovborg", "espeland", None),
            ("brack", "lid", None),
        ],
        3,
        [],
    ),
    (
        1022,
        "dukkehjem",
        None,
        "nt",
        "nt-hoved",
        "2001/02",
        "2002-02-14",
        None,
        {"director": ["bakken"], "set": ["sandnes"], "costume": ["kvam"]},
        [
            ("nora", "holm", None),
            ("helmer", "vaage", None),
            ("linde", "birkeland", None),
            ("krogstad", "nilsen", None),
            ("rank", "lid", None),
        ],
        3,
        [],
    ),
    (
        1031,
        "vildanden",
        None,
        "nt",
        "nt-hoved",
        "2006/07",
        "2007-01-19",
        None,
        {"director": ["bakken"], "set": ["tveiten"], "lighting": ["froyland"]},
        [
            ("hjalmar", "vaage", None),
            ("gina", "aasen", None),
            ("hedvig", "fjeld", None),
            ("gregers", "mo", None),
        ],
        2,
        [],
    ),
    (
        1040,
        "sisters",
        "sisters-nb",
        "nt",
        "nt-hoved",
        "2010/11",
        "2010-10-14",
        "Tre søstre",
        {"director": ["orlov"], "set": ["tveiten"], "costume": ["kobro"]},
        [
            ("olga", "birkeland", None),
            ("masha", "solheim", None),
            ("irina", "fjeld", None),
            ("andrei", "mo", None),
            ("vershinin", "vaage", None),
        ],
        3,
        [],
    ),
    (
        1057,
        "hedda",
        None,
        "nt",
        "nt-amfi",
        "2017/18",
        "2017-11-16",
        None,
        {"director": ["moreau"], "set": ["kobro"], "costume": ["kobro"], "lighting": ["froyland"]},
        [
            ("hedda", "solheim", "fjeld"),
            ("tesman", "mo", None),
            ("thea", "fjeld", None),
            ("lovborg", "espeland", None),
        ],
        2,
        [],
    ),
    (
        2005,
        "nokon",
        None,
        "dnt",
        "dnt-scene2",
        "2003/04",
        "2004-03-11",
        None,
        {"director": ["lunde"], "set": ["tveiten"]},
        [("han", "espeland", None), ("ho", "aasen", None), ("mannen", "nilsen", None)],
        2,
        [],
    ),
    (
        2011,
        "hamlet",
        "hamlet-nn",
        "dnt",
        "dnt-hovud",
        "2005/06",
        "2005-09-08",
        "Hamlet",
        {
            "director": ["odegaard"],
            "set": ["sandnes"],
            "costume": ["kvam"],
            "lighting": ["froyland"],
        },
        [
            ("hamlet", "mo", "bakke"),
            ("ophelia", "fjeld", None),
            ("gertrude", "aasen", None),
            ("claudius", "moe", None),
            ("polonius", "ro", None),
        ],
        3,
        [],
    ),
    (
        3003,
        "hedda",
        None,
        "dns",
        "dns-store",
        "2009/10",
        "2009-10-02",
        None,
        {"director": ["eide"], "set": ["tveiten"], "costume": ["kobro"]},
        [
            ("hedda", "rasmussen", None),
            ("tesman", "moe", None),
            ("thea", "nordvik", None),
            ("lovborg", "bakke", None),
            ("brack", "lid", None),
        ],
        3,
        [],
    ),
    (
        3018,
        "fyr",
        None,
        "dns",
        "dns-lille",
        "2018/19",
        "2019-04-05",
        None,
        {"director": ["eide"], "set": ["kobro"], "lighting": ["froyland"]},
        [("elias", "moe", None), ("astrid", "nordvik", None)],
        2,
        [],
    ),
    (
        4008,
        "peergynt",
        None,
        "tt",
        "tt-hoved",
        "2008/09",
        "2008-08-29",
        None,
        {"director": ["odegaard"], "set": ["tveiten"], "costume": ["kvam"]},
        [
            ("peer", "bakke", None),
            ("aase", "aasen", None),
            ("solveig", "lervik", None),
            ("anitra", "nordvik", None),
        ],
        3,
        [],
    ),
    (
        4012,
        "dukkehjem",
        None,
        "tt",
        "tt-hoved",
        "2012/13",
        "2012-09-21",
        "Nora",
        {"director": ["hovland"], "set": ["kobro"]},
        [("nora", "lervik", None), ("helmer", "bakke", None), ("krogstad", "ro", None)],
        2,
        [],
    ),
    (
        5015,
        "hamlet",
        "hamlet-nb",
        "rt",
        "rt-store",
        "2015/16",
        "2016-01-22",
        "Hamlet",
        {"director": ["rasch"], "set": ["sandnes"], "lighting": ["froyland"]},
        [
            ("hamlet", "bakke", None),
            ("ophelia", "nordvik", None),
            ("gertrude", "rasmussen", None),
            ("claudius", "ro", None),
        ],
        2,
        [],
    ),
    (
        6021,
        "fyr",
        None,
        "riks",
        "rt-store",
        "2021/22",
        "2021-09-03",
        None,
        {"director": ["hovland"], "set": ["kobro"]},
        [("elias", "ro", None), ("astrid", "lervik", None)],
        3,
        ["tt-gamle", "dns-lille"],
    ),
    (
        7009,
        "carmen",
        None,
        "dnob",
        "opera-hoved",
        "2009/10",
        "2009-09-19",
        None,
        {"director": ["baldini"], "conductor": ["tveitt"], "set": ["sandnes"], "costume": ["kvam"]},
        [
            ("carmen", "bakkerud", None),
            ("jose", "rinaldi", None),
            ("escamillo", "volkov", None),
            ("micaela", "ronning", None),
        ],
        3,
        [],
    ),
    (
        7011,
        "swan",
        None,
        "dnob",
        "opera-hoved",
        "2011/12",
        "2011-12-02",
        "Svanesjøen",
        {"staging": ["karpova"], "conductor": ["bergstrom"], "set": ["tveiten"]},
        [
            ("odette", "lindgren", "tanaka"),
            ("siegfried", "petrov", None),
            ("rothbart", "moen", None),
        ],
        3,
        [],
    ),
    (
        7014,
        "traviata",
        None,
        "dnob",
        "opera-hoved",
        "2014/15",
        "2014-10-03",
        None,
        {"director": ["moreau"], "conductor": ["tveitt"], "costume": ["kobro"]},
        [
            ("violetta", "ferrante", "aarvik"),
            ("alfredo", "rinaldi", None),
            ("germont", "volkov", None),
        ],
        3,
        [],
    ),
    (
        7016,
        "giselle",
        None,
        "dnob",
        "opera-hoved",
        "2015/16",
        "2016-03-04",
        None,
        {"staging": ["karpova"], "conductor": ["tveitt"]},
        [
            ("giselle", "tanaka", None),
            ("albrecht", "petrov", None),
            ("myrtha", "lindgren", None),
            ("hilarion", "moen", None),
        ],
        2,
        [],
    ),
    (
        7019,
        "flote",
        "flote-nb",
        "dnob",
        "opera-hoved",
        "2018/19",
        "2019-02-07",
        "Tryllefløyten",
        {"director": ["lunde"], "conductor": ["bergstrom"], "set": ["sandnes"]},
        [
            ("tamino", "nygard", None),
            ("pamina", "ronning", None),
            ("papageno", "sorli", None),
            ("queen", "ferrante", None),
            ("sarastro", "volkov", None),
        ],
        3,
        [],
    ),
    (
        7022,
        "nordlys",
        None,
        "dnob",
        "opera-scene2",
        "2021/22",
        "2022-05-12",
        None,
        {"director": ["eide"], "conductor": ["bergstrom"], "set": ["kobro"]},
        [("siri", "ronning", None), ("andreas", "nygard", None)],
        2,
        [],
    ),
    (
        8013,
        "traviata",
        None,
        "bno",
        "grieghallen-sal",
        "2013/14",
        "2013-10-17",
        None,
        {"director": ["baldini"], "conductor": ["tveitt"]},
        [("violetta", "aarvik", None), ("alfredo", "nygard", None), ("germont", "sorli", None)],
        2,
        [],
    ),
]
CREW = {
    "director": SDO.director,
    "set": ARK.setDesigner,
    "costume": ARK.costumeDesigner,
    "lighting": ARK.lightingDesigner,
    "conductor": ARK.conductor,
    "staging": ARK.stagedBy,
}
CREATORS = {
    "author": SDO.author,
    "composer": SDO.composer,
    "librettist": ARK.librettist,
    "choreographer": ARK.originalChoreographer,
}
# awards: key -> (Norwegian, English or None)
AWARDS = {
    "hedda": ("Heddaprisen", "The Hedda Award"),
    "kritiker": ("Kritikerprisen", "Norwegian Critics' Prize"),
    "benois": ("Prix Benois de la Danse", None),
}
# conferrals: award, year, (Norwegian category, English category), recipient (person or production id), production
CONFERRALS = [
    (
        "hedda",
        "1999",
        ("Beste kvinnelige hovedrolle", "Best actress in a leading role"),
        "holm",
        1014,
    ),
    ("hedda", "2006", ("Beste mannlige hovedrolle", "Best actor in a leading role"), "mo", 2011),
    ("hedda", "2010", ("Årets forestilling", "Production of the year"), 3003, 3003),
    ("kritiker", "2011", ("Årets regi", "Direction of the year"), "orlov", 1040),
    ("hedda", "2013", ("Beste regi", "Best direction"), "hovland", 4012),
    (
        "kritiker",
        "2015",
        ("Årets musikkteaterprestasjon", "Music theatre performance of the year"),
        "ferrante",
        7014,
    ),
    ("benois", "2017", ("Beste kvinnelige danser", "Best female dancer"), "tanaka", 7016),
    (
        "hedda",
        "2018",
        ("Beste kvinnelige hovedrolle", "Best actress in a leading role"),
        "solheim",
        1057,
    ),
    ("hedda", "2020", ("Beste nye norske scenetekst", "Best new Norwegian play"), "saether", 3018),
    ("kritiker", "2022", ("Årets scenekunst", "Performing arts work of the year"), 7022, 7022),
]
SOURCES = {
    "nt": "printed programmes and the prompt books of Nationaltheatret",
    "dnt": "Det Norske Teatret's card index of productions",
    "dns": "the theatre history collection of Den Nationale Scene",
    "tt": "Trøndelag Teater's programme archive",
    "rt": "Rogaland Teater's archive",
    "dnob": "the performance database of Den Norske Opera & Ballett",
    "bno": "Bergen Nasjonale Opera's season brochures",
    "riks": "Riksteatret's touring records",
}


def trig(ds: Dataset) -> str:
    """``ds`` as TriG with its graphs in a fixed order (rdflib writes them in set order)."""
    prefixes: set[str] = set()
    blocks = []
    graphs = sorted(
        ds.graphs(), key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier))
    )
    for graph in graphs:
        one = Dataset()
        for p, ns in ds.namespaces():
            one.bind(p, ns, replace=True)
        target = one.graph(graph.identifier)
        for t in graph:
            target.add(t)
        if not len(target):
            continue
        lines = one.serialize(format="trig").splitlines()
        prefixes |= {x for x in lines if x.startswith("@prefix")}
        blocks.append("\n".join(x for x in lines if not x.startswith("@prefix")).strip())
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(blocks) + "\n"


def date(value: str) -> Literal:
    """A four-digit year as ``xsd:gYear``, a full date as ``xsd:date``."""
    return Literal(value, datatype=XSD.gYear if len(value) == 4 else XSD.date)


def ontology(g) -> None:  # type: ignore[no-untyped-def]
    """The local ontology: classes and properties with labels (English and Norwegian)."""
    add = g.add
    add((URIRef(BASE + "def/"), RDF.type, OWL.Ontology))
    add((URIRef(BASE + "def/"), RDFS.label, Literal("Scenearkivet ontology", lang="en")))
    classes = [
        ("Production", "production", "oppsetning", SDO.EventSeries),
        ("Casting", "casting record", "rollebesetning", None),
        ("Role", "role", "rolle", None),
        ("Season", "season", "sesong", None),
        ("AwardConferral", "award conferral", "prisutdeling", None),
        ("Award", "award", "pris", None),
    ]
    for name, en, nb, sup in classes:
        add((ARK[name], RDF.type, OWL.Class))
        add((ARK[name], RDFS.label, Literal(en, lang="en")))
        add((ARK[name], RDFS.label, Literal(nb, lang="nb")))
        if sup is not None:
            add((ARK[name], RDFS.subClassOf, sup))
    props = [
        ("librettist", "librettist", "librettist", OWL.ObjectProperty),
        (
            "originalChoreographer",
            "original choreographer",
            "opphavlig koreograf",
            OWL.ObjectProperty,
        ),
        ("usesExpression", "uses translation", "bruker oversettelse", OWL.ObjectProperty),
        ("producedBy", "produced by", "produsert av", OWL.ObjectProperty),
        ("season", "season", "sesong", OWL.ObjectProperty),
        ("setDesigner", "set designer", "scenograf", OWL.ObjectProperty),
        ("costumeDesigner", "costume designer", "kostymedesigner", OWL.ObjectProperty),
        ("lightingDesigner", "lighting designer", "lysdesigner", OWL.ObjectProperty),
        ("conductor", "conductor", "dirigent", OWL.ObjectProperty),
        ("stagedBy", "staged by", "innstudert av", OWL.ObjectProperty),
        ("premiereDate", "premiere date", "premieredato", OWL.DatatypeProperty),
        ("castingRecord", "casting record", "rollebesetning", OWL.ObjectProperty),
        ("performer", "performer", "utøver", OWL.ObjectProperty),
        ("role", "role", "rolle", OWL.ObjectProperty),
        ("roleIn", "role in", "rolle i", OWL.ObjectProperty),
        ("understudy", "understudy", "dublant", OWL.ObjectProperty),
        ("openedYear", "opened", "åpnet", OWL.DatatypeProperty),
        ("foundedYear", "founded", "grunnlagt", OWL.DatatypeProperty),
        ("prize", "prize", "pris", OWL.ObjectProperty),
        ("recipient", "recipient", "mottaker", OWL.ObjectProperty),
        ("forProduction", "for production", "for oppsetning", OWL.ObjectProperty),
        ("awardYear", "award year", "prisår", OWL.DatatypeProperty),
        ("category", "category", "kategori", OWL.DatatypeProperty),
        ("seasonLabel", "season", "sesong", OWL.DatatypeProperty),
    ]
    for name, en, nb, kind in props:
        add((ARK[name], RDF.type, kind))
        add((ARK[name], RDFS.label, Literal(en, lang="en")))
        add((ARK[name], RDFS.label, Literal(nb, lang="nb")))


def main() -> None:
    rnd = random.Random(44)
    ds = Dataset()
    for p, ns in [
        ("schema", SDO),
        ("arkiv", ARK),
        ("lrmoo", LRM),
        ("wd", WD),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("skos", SKOS),
        ("owl", OWL),
        ("id", ID),
    ]:
        ds.bind(p, ns, replace=True)
    ontology(ds.graph(GR["ontology"]))
    auth = ds.graph(GR["authority"])
    add = auth.add
    country = {k: ID[f"country/{k}"] for k in COUNTRIES}
    for k, (en, nb, q) in COUNTRIES.items():
        add((country[k], RDF.type, SDO.Country))
        add((country[k], SDO.name, Literal(en, lang="en")))
        add((country[k], SDO.name, Literal(nb, lang="nb")))
        add((country[k], OWL.sameAs, WD[q]))
    place = {k: ID[f"place/{k}"] for k in PLACES}
    for k, (name, other, c) in PLACES.items():
        add((place[k], RDF.type, SDO.City))
        add((place[k], SDO.name, Literal(name)))
        if other:
            add((place[k], SDO.alternateName, Literal(other)))
        add((place[k], SDO.containedInPlace, country[c]))
    person = {}
    for n, (k, (name, born, bplace, nat, died, dplace, alts, q)) in enumerate(P.items()):
        iri = ID[f"person/{31000 + n * 7}"]
        person[k] = iri
        add((iri, RDF.type, SDO.Person))
        add((iri, SDO.name, Literal(name)))
        parts = name.split(" ")
        add((iri, SDO.givenName, Literal(" ".join(parts[:-1]))))
        add((iri, SDO.familyName, Literal(parts[-1])))
        for alt, lang in alts:
            add((iri, SDO.alternateName, Literal(alt, lang=lang)))
        add((iri, SDO.birthDate, date(born)))
        add((iri, SDO.birthPlace, place[bplace]))
        add((iri, SDO.nationality, country[nat]))
        if died:
            add((iri, SDO.deathDate, date(died)))
            add((iri, SDO.deathPlace, place[dplace]))
        if q:
            add((iri, OWL.sameAs, WD[q]))
    genre = {k: ID[f"genre/{k}"] for k in GENRES}
    add((ID["genre"], RDF.type, SKOS.ConceptScheme))
    add((ID["genre"], SKOS.prefLabel, Literal("Sjangre", lang="nb")))
    for k, (en, nb) in GENRES.items():
        add((genre[k], RDF.type, SKOS.Concept))
        add((genre[k], SKOS.inScheme, ID["genre"]))
        add((genre[k], SKOS.prefLabel, Literal(en, lang="en")))
        add((genre[k], SKOS.prefLabel, Literal(nb, lang="nb")))
    add((genre["tragedy"], SKOS.broader, genre["drama"]))
    work, role = {}, {}
    for n, (k, (names, gen, lang, year, creators)) in enumerate(W.items()):
        iri = ID[f"work/{900 + n * 13}"]
        work[k] = iri
        add((iri, RDF.type, LRM.F1_Work))
        add((iri, RDF.type, SDO.MusicComposition if gen == "opera" else SDO.CreativeWork))
        for name, nl in names:
            add((iri, SDO.name, Literal(name, lang=nl)))
        add((iri, SDO.genre, genre[gen]))
        add((iri, SDO.inLanguage, Literal(lang)))
        add((iri, SDO.dateCreated, date(year)))
        for prop, people in creators.items():
            for who in people:
                add((iri, CREATORS[prop], person[who]))
        for rk, nb, en in ROLES[k]:
            r = ID[f"role/{k}-{rk}"]
            role[(k, rk)] = r
            add((r, RDF.type, ARK.Role))
            add((r, RDFS.label, Literal(nb, lang="nb")))
            if en:
                add((r, RDFS.label, Literal(en, lang="en")))
            add((r, ARK.roleIn, iri))
    expression = {}
    for k, (wk, lang, tr, year, title) in EXPRESSIONS.items():
        iri = ID[f"expression/{k}"]
        expression[k] = iri
        add((iri, RDF.type, LRM.F2_Expression))
        add((iri, LRM.R3i_realises, work[wk]))
        add((iri, SDO.name, Literal(title)))
        add((iri, SDO.inLanguage, Literal(lang)))
        add((iri, SDO.translator, person[tr]))
        add((iri, SDO.dateCreated, date(year)))
    company = {}
    for k, (name, en, city, founded) in COMPANIES.items():
        iri = ID[f"org/{k}"]
        company[k] = iri
        add((iri, RDF.type, SDO.PerformingGroup))
        add((iri, SDO.name, Literal(name, lang="nb")))
        if en:
            add((iri, SDO.name, Literal(en, lang="en")))
        add((iri, SDO.location, place[city]))
        add((iri, ARK.foundedYear, date(founded)))
    venue = {}
    for k, (name, en, city, opened) in BUILDINGS.items():
        iri = ID[f"venue/{k}"]
        venue[k] = iri
        add((iri, RDF.type, SDO.PerformingArtsTheater))
        add((iri, SDO.name, Literal(name)))
        if en:
            add((iri, SDO.name, Literal(en, lang="en")))
        add((iri, SDO.containedInPlace, place[city]))
        add((iri, ARK.openedYear, date(opened)))
    for k, (name, building, cap) in STAGES.items():
        iri = ID[f"venue/{k}"]
        venue[k] = iri
        add((iri, RDF.type, SDO.PerformingArtsTheater))
        add((iri, SDO.name, Literal(name)))
        add((iri, SDO.containedInPlace, venue[building]))
        add((iri, SDO.maximumAttendeeCapacity, Literal(cap)))
    award = {}
    for k, (nb, en) in AWARDS.items():
        iri = ID[f"award/{k}"]
        award[k] = iri
        add((iri, RDF.type, ARK.Award))
        add((iri, SDO.name, Literal(nb, lang="nb" if en else None)))
        if en:
            add((iri, SDO.name, Literal(en, lang="en")))

    prov = ds.graph(GR["provenance"])
    season_graph: dict[tuple[str, str], URIRef] = {}
    production = {}
    casting = 0
    for (
        pid,
        wk,
        expr,
        comp,
        stage,
        season,
        premiere,
        title,
        crew,
        cast,
        n_perf,
        tour,
    ) in PRODUCTIONS:
        start_year = season[:4]
        gid = GR[f"{comp}/{start_year}"]
        season_graph[(comp, season)] = gid
        g = ds.graph(gid)
        p = ID[f"production/{pid}"]
        production[pid] = p
        g.add((p, RDF.type, ARK.Production))
        g.add((p, RDF.type, SDO.EventSeries))
        g.add((p, SDO.name, Literal(title or str(next(iter(W[wk][0]))[0]))))
        g.add((p, DCTERMS.identifier, Literal(f"{comp.upper()}-{start_year}-{pid % 1000:03d}")))
        if expr:
            g.add((p, ARK.usesExpression, expression[expr]))
        if not expr or pid % 2:
            g.add((p, SDO.workPerformed, work[wk]))
        g.add((p, ARK.producedBy, company[comp]))
        g.add((p, SDO.location, venue[stage]))
        s = ID[f"season/{comp}-{start_year}"]
        g.add((s, RDF.type, ARK.Season))
        g.add((s, ARK.seasonLabel, Literal(season)))
        g.add((s, RDFS.label, Literal(f"{COMPANIES[comp][0]} {season}")))
        g.add((p, ARK.season, s))
        g.add((p, ARK.premiereDate, date(premiere)))
        for job, people in crew.items():
            for who in people:
                g.add((p, CREW[job], person[who]))
        kind = {"opera": SDO.MusicEvent, "ballet": SDO.DanceEvent}.get(W[wk][1], SDO.TheaterEvent)
        y, m, d = (int(x) for x in premiere.split("-"))
        stages = [stage] * n_perf
        for i, t in enumerate(tour):
            stages[1 + i] = t
        for i in range(n_perf):
            e = ID[f"event/{pid}-{i + 1:02d}"]
            g.add((e, RDF.type, kind))
            g.add((e, SDO.superEvent, p))
            day = d + 7 * i if i else d
            mm, dd = m + (day - 1) // 28, (day - 1) % 28 + 1
            hour = rnd.choice(["18:00", "19:00", "19:30"])
            g.add(
                (
                    e,
                    SDO.startDate,
                    Literal(f"{y}-{mm:02d}-{dd:02d}T{hour}:00", datatype=XSD.dateTime),
                )
            )
            g.add((e, SDO.location, venue[stages[i]]))
            for rk, who, under in cast:
                casting += 1
                c = BNode(f"cast{casting}")
                g.add((e, ARK.castingRecord, c))
                g.add((c, RDF.type, ARK.Casting))
                g.add((c, ARK.performer, person[who]))
                g.add((c, ARK.role, role[(wk, rk)]))
                if under:
                    g.add((c, ARK.understudy, person[under]))
    for n, (ak, year, (nb, en), recipient, pid) in enumerate(CONFERRALS):
        comp = next(x[3] for x in PRODUCTIONS if x[0] == pid)
        season = next(x[5] for x in PRODUCTIONS if x[0] == pid)
        g = ds.graph(season_graph[(comp, season)])
        c = ID[f"conferral/{ak}-{year}-{n}"]
        g.add((c, RDF.type, ARK.AwardConferral))
        g.add((c, ARK.prize, award[ak]))
        g.add(
            (
                c,
                ARK.recipient,
                production[recipient] if isinstance(recipient, int) else person[recipient],
            )
        )
        g.add((c, ARK.forProduction, production[pid]))
        g.add((c, ARK.awardYear, date(year)))
        g.add((c, ARK.category, Literal(nb, lang="nb")))
        g.add((c, ARK.category, Literal(en, lang="en")))
    for (comp, season), gid in sorted(season_graph.items()):
        prov.add((gid, RDF.type, PROV.Entity))
        prov.add((gid, DCTERMS.title, Literal(f"{COMPANIES[comp][0]}, season {season}", lang="nb")))
        prov.add((gid, DCTERMS.publisher, company[comp]))
        prov.add((gid, PROV.wasDerivedFrom, Literal(SOURCES[comp])))
        prov.add(
            (
                gid,
                PROV.generatedAtTime,
                Literal(
                    f"2024-0{1 + len(comp) % 9}-1{len(season) % 10}T09:00:00", datatype=XSD.dateTime
                ),
            )
        )
    for gid, title in [
        (GR["authority"], "Authority records: people, works, venues"),
        (GR["ontology"], "Scenearkivet ontology"),
    ]:
        prov.add((gid, RDF.type, PROV.Entity))
        prov.add((gid, DCTERMS.title, Literal(title, lang="en")))
        prov.add((gid, DCTERMS.publisher, Literal("Scenearkivet")))
    out = HERE / "theatre.trig"
    out.write_text(trig(ds), encoding="utf-8")
    print(out, sum(len(g) for g in ds.graphs()))


if __name__ == "__main__":
    main()
