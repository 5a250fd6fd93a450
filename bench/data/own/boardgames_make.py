# ruff: noqa: E501  (one record a line)
"""Write ``boardgames.ttl``: a hobby board-game database's RDF export (Turtle), the way a
BoardGameGeek-like site that maps its XML API onto schema.org and SKOS publishes it.

The shape follows that export (a local vocabulary ``mb:`` beside schema.org, SKOS and Dublin
Core; opaque numeric "thing" IRIs as the site's own ids):

* games as ``schema:BoardGame`` at ``/thing/<id>``, expansions as ``mb:Expansion`` only:
  ``schema:name`` on most, ``rdfs:label`` alone on an older import, both on a few;
  ``schema:alternateName`` other titles (untagged, or with a language tag); ``mb:objectId`` the
  id again as a string; the year as ``schema:datePublished`` ``xsd:gYear`` or (older import) an
  untyped ``mb:yearPublished`` string; players as a blank ``schema:QuantitativeValue``
  (``schema:minValue`` / ``schema:maxValue``) or as one ``mb:playerCount`` string ("2–4",
  "1-5", "2"); playing time as ``mb:playingTime`` minutes ("60-120", "45") or
  ``schema:timeRequired`` (``xsd:duration`` "PT90M"); ``mb:designer`` / ``mb:artist`` people,
  ``schema:publisher`` companies, ``mb:mechanic`` / ``mb:category`` SKOS concepts,
  ``mb:expands`` (expansion -> base game), ``mb:reimplements`` (new game -> older one),
  ``owl:sameAs`` a Wikidata IRI that carries nothing on some;
* people as ``schema:Person`` at ``/person/<id>``: ``schema:name`` "Uwe Rosenberg" on most, an
  ``rdfs:label`` only on some, ``mb:sortName`` "Rosenberg, Uwe" on a few;
* companies as ``schema:Organization`` at ``/company/<id>``: ``schema:name``,
  ``schema:addressCountry`` a country node (``/country/DE``, ``rdfs:label`` in English and the
  country's own language, ``skos:notation`` "DE") or, from a hand-kept list, the bare code as a
  string ("US");
* mechanics and categories as two SKOS schemes (``skos:prefLabel`` @en, ``skos:altLabel`` on
  some, ``skos:broader`` to a parent, ``skos:narrower`` stated back on one scheme only);
* awards as ``mb:Award`` nodes; a game's award as a blank n-ary ``mb:AwardReceipt`` hanging from
  the game by ``mb:awardReceived`` (``mb:award``, ``mb:awardYear`` ``xsd:gYear``, ``mb:result``
  a status concept "winner" / "nominee");
* local-language editions as ``mb:Edition`` nodes at ``/version/<id>`` pointing at their game
  (``mb:editionOf``), titled by a language-tagged ``schema:name``, with ``schema:inLanguage``,
  ``schema:publisher`` and a ``schema:datePublished`` gYear;
* rank snapshots as unnamed blank records pointing at the game (``mb:rankedItem``, nothing
  points back): ``mb:rankList`` (overall, strategy, family, thematic), ``mb:rank``
  (``xsd:integer``), ``mb:bayesAverage`` (``xsd:decimal``), ``dcterms:date`` (``xsd:date``).

Real games with real designers and publishers, partly simplified, and a few invented ones.
Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/boardgames_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://rdf.meeplebase.example.org/"
MB = Namespace(BASE + "ns#")
SCHEMA = Namespace("http://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

# country code -> (English name, own-language name and tag)
COUNTRIES = {
    "DE": ("Germany", ("Deutschland", "de")), "US": ("United States", None),
    "FR": ("France", ("France", "fr")), "CZ": ("Czech Republic", ("Česko", "cs")),
    "BE": ("Belgium", ("Belgique", "fr")), "GB": ("United Kingdom", None),
    "CA": ("Canada", None), "SE": ("Sweden", ("Sverige", "sv")), "IT": ("Italy", ("Italia", "it")),
    "JP": ("Japan", ("日本", "ja")), "PL": ("Poland", ("Polska", "pl")), "NZ": ("New Zealand", None),
    "AT": ("Austria", ("Österreich", "de")), "ES": ("Spain", ("España", "es")),
}  # fmt: skip
# company id -> (name, country code, country as a string code instead of a node)
COMPANIES = {
    37: ("KOSMOS", "DE", False), 133: ("Hans im Glück", "DE", False),
    4384: ("Days of Wonder", "US", True), 8923: ("Rio Grande Games", "US", True),
    538: ("Z-Man Games", "US", True), 34: ("Lookout Games", "DE", False),
    9: ("alea", "DE", False), 4617: ("Repos Production", "BE", False),
    7345: ("Czech Games Edition", "CZ", False), 5773: ("Blue Orange Games", "FR", False),
    39923: ("Plan B Games", "CA", False), 25842: ("Stonemaier Games", "US", True),
    13: ("FryxGames", "SE", False), 27425: ("Cephalofair Games", "US", True),
    3: ("GMT Games", "US", True), 24781: ("Leder Games", "US", True),
    30958: ("Greater Than Games", "US", True), 23835: ("Roxley", "NZ", False),
    10768: ("Feuerland Spiele", "DE", False), 2802: ("Dire Wolf", "US", True),
    9981: ("eggertspiele", "DE", False), 10001: ("PD-Verlag", "DE", False),
    9051: ("Space Cowboys", "FR", False), 29412: ("Flatout Games", "US", True),
    51: ("Schmidt Spiele", "DE", False), 36183: ("Edition Spielwiese", "DE", False),
    39: ("Pegasus Spiele", "DE", False), 15983: ("Le Scorpion Masqué", "CA", False),
    31627: ("Starling Games", "US", True), 44: ("Asmodee", "FR", False),
    3475: ("Filosofia Éditions", "CA", False), 6214: ("Hobby Japan", "JP", False),
    7466: ("Rebel", "PL", False), 50481: ("Nordlicht Spiele", "DE", False),
    50482: ("Kestrel Tabletop", "GB", False), 50483: ("Ludo Fortuna", "IT", False),
    50484: ("Osaka Meeple Works", "JP", False), 50485: ("Maple Hollow Games", "CA", True),
    8291: ("Devir", "ES", False), 11652: ("Piatnik", "AT", False),
}  # fmt: skip
# person id -> (name, label style: "name" schema:name, "label" rdfs:label only, "sort" + sortName)
PEOPLE = {
    11: ("Klaus Teuber", "sort"), 398: ("Klaus-Jürgen Wrede", "name"), 9: ("Alan R. Moon", "name"),
    10525: ("Donald X. Vaccarino", "name"), 378: ("Matt Leacock", "sort"),
    10: ("Uwe Rosenberg", "sort"), 1521: ("Andreas Seyfarth", "label"),
    9714: ("Antoine Bauza", "name"), 5: ("Vlaada Chvátil", "name"),
    1482: ("Michael Kiesling", "name"), 9248: ("Bruno Cathala", "sort"),
    1137: ("Ludovic Roudy", "label"), 1138: ("Bruno Sautter", "label"),
    64371: ("Daniela Stöhr", "name"), 64372: ("Christian Stöhr", "name"),
    91317: ("Johannes Sich", "name"), 116047: ("Randy Flynn", "name"),
    128447: ("Michael Palm", "name"), 128448: ("Lukas Zach", "name"),
    116890: ("Luc Rémond", "label"), 73683: ("Wolfgang Warsch", "name"),
    107079: ("Elizabeth Hargrave", "sort"), 11825: ("Thomas Sing", "name"),
    23231: ("Jacob Fryxelius", "name"), 69802: ("Isaac Childres", "name"),
    62640: ("Jamey Stegmaier", "sort"), 2227: ("Ananda Gupta", "label"),
    2228: ("Jason Matthews", "label"), 126163: ("Cole Wehrle", "name"),
    65424: ("R. Eric Reuss", "name"), 35: ("Martin Wallace", "sort"),
    69795: ("Gavan Brown", "label"), 69796: ("Matt Tolman", "label"),
    104006: ("Mathias Wigge", "name"), 112993: ("Paul Dennen", "name"),
    12188: ("Alexander Pfister", "sort"), 4958: ("Mac Gerdts", "name"),
    10891: ("Jens Drögemüller", "name"), 10892: ("Helge Ostertag", "label"),
    7616: ("Rob Daviau", "name"), 86331: ("James A. Wilson", "name"),
    14447: ("Marc André", "label"), 97712: ("Min", "name"),
    21264: ("Michael Menzel", "name"), 12016: ("Klemens Franz", "sort"),
    23: ("Anne Pätzke", "label"), 1441: ("Franz Vohwinkel", "name"),
    77084: ("Ana Maria Martinez Jaramillo", "name"), 70097: ("Beth Sobel", "name"),
    36942: ("Natalia Rojas", "label"), 62642: ("Jakub Rozalski", "name"),
    77090: ("Kyle Ferrin", "name"), 77091: ("Andrew Bosley", "name"),
    95401: ("Loïc Billiau", "label"), 11883: ("Chris Quilliams", "name"),
    35100: ("Philippe Guérin", "name"), 12994: ("Julien Delval", "label"),
    27010: ("Cyrille Daujean", "name"), 4002: ("Dennis Lohausen", "sort"),
    200001: ("Marta Kowalczyk", "name"), 200002: ("Oliver Penhaligon", "sort"),
    200003: ("Giulia Ferraresi", "name"), 200004: ("Hiroshi Tanabe", "label"),
    200005: ("Camille Archambault", "name"), 200006: ("Ruairí Byrne", "name"),
    200007: ("Ingrid Solberg", "name"),
}  # fmt: skip
MECHANICS = {
    # id -> (label, alt labels, broader id)
    2000: ("Tile Placement", [], None), 2001: ("Worker Placement", [], None),
    2002: ("Deck, Bag, and Pool Building", ["Deck Building"], None),
    2003: ("Hand Management", [], None), 2004: ("Set Collection", [], None),
    2005: ("Cooperative Game", ["Co-op"], None), 2006: ("Area Majority / Influence", ["Area Control"], None),
    2007: ("Dice Rolling", [], None), 2008: ("Route Building", ["Network Building"], None),
    2009: ("Card Drafting", [], None), 2010: ("Engine Building", [], None),
    2011: ("Trading", [], None), 2012: ("Drafting", [], None),
    2013: ("Worker Placement with Dice Workers", [], 2001), 2014: ("Open Drafting", [], 2012),
    2015: ("Closed Drafting", ["Pick and Pass"], 2012), 2016: ("Pattern Building", [], None),
    2017: ("Push Your Luck", ["Press Your Luck"], None), 2018: ("Trick-taking", [], None),
    2019: ("Communication Limits", [], None), 2020: ("Legacy Game", [], None),
    2021: ("Variable Player Powers", ["Asymmetric Factions"], None),
    2022: ("Bag Building", [], 2002), 2023: ("Deck Building", [], 2002),
    2024: ("Network and Route Building", [], 2008), 2025: ("Card Play Conflict Resolution", [], None),
    2026: ("Connections", [], 2008), 2027: ("Grid Coverage", [], 2000),
    2028: ("Action Points", [], None), 2029: ("Negotiation", [], 2011),
}  # fmt: skip
CATEGORIES = {
    1000: ("Economic", [], None), 1001: ("Card Game", [], None), 1002: ("Animals", [], None),
    1003: ("Medieval", [], None), 1004: ("Fantasy", [], None), 1005: ("Science Fiction", ["Sci-Fi"], None),
    1006: ("Party Game", [], None), 1007: ("Wargame", [], None), 1008: ("Trains", [], None),
    1009: ("Abstract Strategy", [], None), 1010: ("Farming", [], None), 1011: ("Industry / Manufacturing", [], 1000),
    1012: ("Adventure", [], None), 1013: ("Territory Building", [], None), 1014: ("Deduction", [], None),
    1015: ("Cold War", [], 1016), 1016: ("Political", [], None), 1017: ("Space Exploration", [], 1005),
    1018: ("Nautical", [], None), 1019: ("Environmental", [], None), 1020: ("Renaissance", [], None),
    1021: ("Word Game", [], 1006), 1022: ("Ancient", [], None), 1023: ("Aviation / Flight", [], None),
    1024: ("Exploration", [], 1012), 1025: ("Prehistoric", [], None), 1026: ("American West", [], None),
    1027: ("Travel", [], None), 1028: ("Puzzle", [], None), 1029: ("Civilization", [], None),
}  # fmt: skip
AWARDS = {
    "sdj": ("Spiel des Jahres", ["Game of the Year"]),
    "kdj": ("Kennerspiel des Jahres", ["Connoisseur-Gamer Game of the Year"]),
    "dsp": ("Deutscher Spiele Preis", ["German Game Prize"]),
    "gg": ("Golden Geek Best Board Game", []),
    "asdor": ("As d'Or - Jeu de l'Année", ["As d'Or"]),
}
# id, title, kind ("game" / "exp"), year, year style ("gyear" / "string"), players, time,
# designers, artists, publishers, mechanics, categories, name style, other titles
# players: (min, max) as a QuantitativeValue or a string written as it is ("2–4");
# time: "PT90M" as schema:timeRequired, else the mb:playingTime string
GAMES = [
    (13, "Catan", "game", 1995, "string", "3–4", "60-120", [11], [21264], [37], [2011, 2007, 2029], [1000], "label",
     [("The Settlers of Catan", None), ("Die Siedler von Catan", "de")]),
    (822, "Carcassonne", "game", 2000, "string", (2, 5), "45", [398], [23], [133], [2000, 2006], [1003, 1013], "label", []),
    (9209, "Ticket to Ride", "game", 2004, "gyear", "2–5", "30-60", [9], [12994, 27010], [4384], [2008, 2004, 2009], [1008, 1027], "name",
     [("Zug um Zug", "de")]),
    (36218, "Dominion", "game", 2008, "gyear", (2, 4), "PT30M", [10525], [1441], [8923], [2023, 2003], [1001, 1003], "name", []),
    (30549, "Pandemic", "game", 2008, "gyear", "2–4", "45", [378], [11883], [538], [2005, 2003, 2004, 2028], [1019], "both", []),
    (31260, "Agricola", "game", 2007, "string", "1-5", "30-150", [10], [12016], [34], [2001, 2003], [1010, 1000], "label", []),
    (3076, "Puerto Rico", "game", 2002, "string", "3-5", "90-150", [1521], [23], [9], [2021, 2001], [1000], "label",
     [("Puerto Rico: Das Spiel", "de")]),
    (68448, "7 Wonders", "game", 2010, "gyear", (2, 7), "PT30M", [9714], [95401], [4617], [2015, 2004, 2010], [1022, 1001, 1029], "name", []),
    (178900, "Codenames", "game", 2015, "gyear", "2-8", "15", [5], [], [7345], [2019], [1006, 1014, 1021], "name",
     [("Nom de code", "fr"), ("Decrypto Codenames", None)]),
    (230802, "Azul", "game", 2017, "gyear", (2, 4), "30-45", [1482], [], [39923], [2016, 2014, 2000], [1009, 1020], "name", []),
    (204583, "Kingdomino", "game", 2016, "gyear", "2–4", "15", [9248], [], [5773], [2000, 2027, 2014], [1003, 1013], "name", []),
    (254640, "Just One", "game", 2018, "gyear", "3-7", "20", [1137, 1138], [], [4617], [2005, 2019], [1006, 1021], "both", []),
    (284108, "Pictures", "game", 2019, "gyear", "3-5", "PT30M", [64371, 64372], [], [10001], [2019], [1006], "name", []),
    (318977, "MicroMacro: Crime City", "game", 2020, "gyear", "1–4", "15-45", [91317], [91317], [36183], [2005], [1014, 1028], "name",
     [("MicroMacro", None)]),
    (295947, "Cascadia", "game", 2021, "gyear", (1, 4), "30-45", [116047], [70097], [29412], [2000, 2016, 2014], [1002, 1019], "name", []),
    (370591, "Dorfromantik: The Board Game", "game", 2022, "gyear", "1-6", "30-60", [128447, 128448], [], [39], [2005, 2000, 2020], [1013, 1028], "name",
     [("Dorfromantik: Das Brettspiel", "de")]),
    (373106, "Sky Team", "game", 2023, "gyear", "2", "15", [116890], [], [15983], [2005, 2019, 2007], [1023], "name", []),
    (244521, "The Quacks of Quedlinburg", "game", 2018, "gyear", (2, 4), "45", [73683], [4002], [51], [2022, 2017], [1004, 1003], "name",
     [("Die Quacksalber von Quedlinburg", "de"), ("Quacks", None)]),
    (266192, "Wingspan", "game", 2019, "gyear", (1, 5), "40-70", [107079], [77084, 70097, 36942], [25842], [2010, 2003, 2004, 2007], [1002, 1001], "name",
     [("Flügelschlag", "de")]),
    (284083, "The Crew: The Quest for Planet Nine", "game", 2019, "gyear", "2–5", "20", [11825], [], [37], [2005, 2018, 2019], [1001, 1017], "both",
     [("Die Crew: Reist gemeinsam zum 9. Planeten", "de"), ("The Crew", None)]),
    (300531, "Paleo", "game", 2020, "gyear", (1, 4), "45-60", [35100], [], [44], [2005, 2003], [1025, 1012], "name", []),
    (328479, "Living Forest", "game", 2021, "gyear", (2, 4), "40", [200005], [], [4617], [2022, 2017, 2021], [1004, 1019], "name", []),
    (359970, "Challengers!", "game", 2022, "gyear", "1-8", "45", [200006], [], [21264], [2023, 2025], [1001], "name", []),
    (312484, "Lost Ruins of Arnak", "game", 2020, "gyear", (1, 4), "30-120", [5], [], [7345], [2023, 2001, 2003], [1024, 1012], "name",
     [("Die verlorenen Ruinen von Arnak", "de")]),
    (167791, "Terraforming Mars", "game", 2016, "gyear", "1–5", "PT120M", [23231], [], [13], [2009, 2010, 2003, 2021], [1005, 1017, 1019, 1000], "name", []),
    (174430, "Gloomhaven", "game", 2017, "gyear", (1, 4), "60-120", [69802], [], [27425], [2005, 2003, 2021, 2028], [1004, 1012], "name", []),
    (169786, "Scythe", "game", 2016, "gyear", (1, 5), "90-115", [62640], [62642], [25842], [2006, 2021, 2010], [1005, 1013, 1016], "name", []),
    (12333, "Twilight Struggle", "game", 2005, "string", "2", "120-180", [2227, 2228], [], [3], [2006, 2025, 2003], [1015, 1007], "label", []),
    (237182, "Root", "game", 2018, "gyear", (2, 4), "60-90", [126163], [77090], [24781], [2021, 2006, 2003, 2007], [1004, 1007, 1002], "name", []),
    (162886, "Spirit Island", "game", 2017, "gyear", (1, 4), "90-120", [65424], [], [30958], [2005, 2021, 2006, 2003], [1004, 1019], "name", []),
    (224517, "Brass: Birmingham", "game", 2018, "gyear", (2, 4), "60-120", [35, 69795, 69796], [], [23835], [2024, 2003, 2028], [1000, 1011, 1008], "name", []),
    (28720, "Brass: Lancashire", "game", 2007, "string", "2-4", "60-120", [35], [], [23835], [2024, 2003], [1000, 1011], "label",
     [("Brass", None)]),
    (342942, "Ark Nova", "game", 2021, "gyear", (1, 4), "90-150", [104006], [], [10768], [2003, 2010, 2028], [1002, 1000, 1019], "name",
     [("Arche Nova", "de")]),
    (316554, "Dune: Imperium", "game", 2020, "gyear", (1, 4), "60-120", [112993], [], [2802], [2023, 2001, 2006], [1005, 1016], "name", []),
    (193738, "Great Western Trail", "game", 2016, "gyear", "2–4", "75-150", [12188], [], [9981], [2023, 2003, 2028], [1026, 1000], "name", []),
    (124361, "Concordia", "game", 2013, "gyear", "2–5", "PT100M", [4958], [], [10001], [2023, 2003, 2024], [1022, 1000, 1018], "name", []),
    (120677, "Terra Mystica", "game", 2012, "gyear", (2, 5), "60-150", [10891, 10892], [], [10768], [2021, 2024], [1004, 1013, 1029], "name", []),
    (220308, "Gaia Project", "game", 2017, "gyear", (1, 4), "60-150", [10891, 10892], [], [10768], [2021, 2024], [1005, 1017, 1013], "name", []),
    (199792, "Everdell", "game", 2018, "gyear", (1, 4), "40-80", [86331], [77091], [31627], [2001, 2010, 2003], [1002, 1004], "name", []),
    (148228, "Splendor", "game", 2014, "gyear", "2–4", "30", [14447], [], [9051], [2010, 2004, 2009], [1001, 1020, 1000], "both", []),
    (161936, "Pandemic Legacy: Season 1", "game", 2015, "gyear", (2, 4), "60", [7616, 378], [11883], [538], [2005, 2020, 2003], [1019], "name",
     [("Pandemic Legacy", None)]),
    (287954, "Azul: Summer Pavilion", "game", 2019, "gyear", (2, 4), "30-45", [1482], [], [39923], [2016, 2014], [1009, 1020], "name",
     [("Azul: Der Sommerpavillon", "de")]),
    (291457, "Gloomhaven: Jaws of the Lion", "game", 2020, "gyear", (1, 4), "30-120", [69802], [], [27425], [2005, 2003, 2021], [1004, 1012], "name", []),
    (295770, "Frosthaven", "game", 2023, "gyear", (1, 4), "30-180", [69802], [], [27425], [2005, 2003, 2021, 2020], [1004, 1012], "name", []),
    (14996, "Ticket to Ride: Europe", "game", 2005, "gyear", "2–5", "30-60", [9], [12994, 27010], [4384], [2008, 2004], [1008, 1027], "name",
     [("Zug um Zug Europa", "de")]),
    (40834, "Dominion: Intrigue", "game", 2009, "gyear", (2, 4), "PT30M", [10525], [1441], [8923], [2023, 2003], [1001, 1003], "name", []),
    # expansions
    (325, "Catan: Seafarers", "exp", 1997, "string", "3–4", "60-120", [11], [21264], [37], [2011], [1018], "label",
     [("Die Seefahrer von Catan", "de")]),
    (926, "Catan: Cities & Knights", "exp", 1998, "string", "3–4", "90", [11], [21264], [37], [2011, 2007], [1003], "label",
     [("Städte und Ritter", "de")]),
    (2993, "Carcassonne: Inns & Cathedrals", "exp", 2002, "gyear", "2-6", "60", [398], [23], [133], [2000], [1003], "name", []),
    (51811, "Dominion: Seaside", "exp", 2009, "gyear", (2, 4), "PT30M", [10525], [1441], [8923], [2023], [1018], "name", []),
    (290837, "Wingspan: European Expansion", "exp", 2019, "gyear", (1, 5), "40-70", [107079], [36942, 70097], [25842], [2010], [1002], "name", []),
    (300580, "Wingspan: Oceania Expansion", "exp", 2020, "gyear", (1, 5), "40-70", [107079], [36942], [25842], [2010], [1002], "name", []),
    (247030, "Terraforming Mars: Prelude", "exp", 2018, "gyear", "1–5", "PT90M", [23231], [], [13], [2009], [1017], "name", []),
    (231965, "Terraforming Mars: Venus Next", "exp", 2017, "gyear", "1–5", "PT120M", [23231], [], [13], [2010], [1017], "name", []),
    (199727, "Scythe: Invaders from Afar", "exp", 2016, "gyear", (1, 7), "90-140", [62640], [62642], [25842], [2021], [1005], "name", []),
    (241386, "Root: The Riverfolk Expansion", "exp", 2018, "gyear", (1, 6), "60-90", [126163], [77090], [24781], [2021], [1004], "name", []),
    (208084, "Spirit Island: Branch & Claw", "exp", 2017, "gyear", (1, 4), "90-120", [65424], [], [30958], [2021], [1004], "name", []),
    (40849, "Pandemic: On the Brink", "exp", 2009, "gyear", "2–5", "45", [378], [], [538], [2005, 2021], [1019], "both", []),
    (253608, "Everdell: Pearlbrook", "exp", 2019, "gyear", (1, 4), "40-80", [86331], [77091], [31627], [2001], [1018, 1002], "name", []),
    (367094, "Ark Nova: Marine Worlds", "exp", 2022, "gyear", (1, 4), "90-150", [104006], [], [10768], [2003], [1002, 1018], "name",
     [("Arche Nova: Meereswelten", "de")]),
    (315060, "Cascadia: Landmarks", "exp", 2024, "gyear", (1, 6), "30-45", [116047], [70097], [29412], [2016], [1002], "name", []),
    # the house's own listings of small publishers (invented)
    (410001, "Harbour Lights", "game", 2022, "gyear", (2, 4), "45-60", [200001], [200007], [50481], [2001, 2004], [1018, 1000], "name",
     [("Hafenlichter", "de")]),
    (410002, "Saltmarsh Traders", "game", 2021, "gyear", "2–5", "60", [200002], [], [50482], [2011, 2029, 2003], [1000, 1018], "name", []),
    (410003, "The Glassblowers of Murano", "game", 2020, "gyear", (1, 4), "50-70", [200003], [200003], [50483], [2022, 2016], [1020, 1000], "name",
     [("I Vetrai di Murano", "it")]),
    (410004, "Kobe Night Market", "game", 2023, "gyear", "2-6", "20-30", [200004], [], [50484], [2015, 2004], [1001, 1006], "label",
     [("神戸ナイトマーケット", "ja")]),
    (410005, "Copperfield Junction", "game", 2023, "gyear", (2, 4), "90", [200002, 200001], [200007], [50482], [2024, 2001], [1008, 1011], "name", []),
    (410006, "Maplewood Lanterns", "game", 2024, "gyear", "1–4", "PT40M", [200005], [], [50485], [2000, 2016], [1019, 1028], "name", []),
    (410007, "Harbour Lights: The Lighthouse Keepers", "exp", 2023, "gyear", (2, 5), "60", [200001], [200007], [50481], [2021], [1018], "name", []),
    (410008, "Tidewater", "game", 2019, "string", "1-4", "30-45", [200006], [], [50482], [2017, 2007], [1018, 1019], "label", []),
]  # fmt: skip
EXPANDS = {
    325: 13, 926: 13, 2993: 822, 51811: 36218, 290837: 266192, 300580: 266192, 247030: 167791,
    231965: 167791, 199727: 169786, 241386: 237182, 208084: 162886, 40849: 30549, 253608: 199792,
    367094: 342942, 315060: 295947, 410007: 410001,
}  # fmt: skip
REIMPLEMENTS = {
    224517: 28720, 220308: 120677, 287954: 230802, 291457: 174430, 14996: 9209, 40834: 36218,
}  # fmt: skip
SEQUEL = {295770: 174430}  # mb:sequelTo, one record only
# (game, award, year, winner?)
RECEIPTS = [
    (13, "sdj", 1995, True), (13, "dsp", 1995, True), (822, "sdj", 2001, True), (822, "dsp", 2001, True),
    (9209, "sdj", 2004, True), (9209, "asdor", 2005, True), (36218, "sdj", 2009, True), (30549, "sdj", 2009, False),
    (31260, "dsp", 2008, True), (3076, "dsp", 2002, True), (68448, "kdj", 2011, True), (68448, "dsp", 2011, True),
    (178900, "sdj", 2016, True), (178900, "asdor", 2016, False), (204583, "sdj", 2017, True),
    (230802, "sdj", 2018, True), (254640, "sdj", 2019, True), (284108, "sdj", 2020, True),
    (318977, "sdj", 2021, True), (295947, "sdj", 2022, True), (370591, "sdj", 2023, True), (373106, "sdj", 2024, True),
    (244521, "kdj", 2018, True), (266192, "kdj", 2019, True), (266192, "dsp", 2019, True), (266192, "gg", 2019, True),
    (284083, "kdj", 2020, True), (300531, "kdj", 2021, True), (328479, "kdj", 2022, True), (359970, "kdj", 2023, True),
    (312484, "kdj", 2021, False), (161936, "kdj", 2016, False), (148228, "sdj", 2014, False),
    (193738, "dsp", 2017, True), (167791, "dsp", 2017, False), (120677, "dsp", 2013, True),
    (342942, "dsp", 2022, True), (174430, "gg", 2017, True), (224517, "gg", 2018, True), (342942, "gg", 2022, True),
    (410001, "kdj", 2023, False), (410003, "asdor", 2021, False),
]  # fmt: skip
# local-language editions: (version id, game, title, language, publisher, year)
EDITIONS = [
    (5001, 9209, "Les Aventuriers du Rail", "fr", 4384, 2004), (5002, 9209, "Aventureros al Tren", "es", 8291, 2005),
    (5003, 13, "Catan – Il Gioco", "it", 50483, 2010), (5004, 13, "カタン", "ja", 6214, 2012),
    (5005, 266192, "Na Skrzydłach", "pl", 7466, 2019), (5006, 266192, "Wingspan", "fr", 44, 2019),
    (5007, 230802, "Azul", "de", 39, 2018), (5008, 178900, "Krycí jména", "cs", 7345, 2015),
    (5009, 178900, "Nom de code", "fr", 44, 2016), (5010, 342942, "Ark Nova", "en", 7345, 2022),
    (5011, 244521, "Les Charlatans de Belcastel", "fr", 3475, 2019), (5012, 167791, "Terraforming Mars", "de", 9981, 2017),
    (5013, 822, "Carcassonne", "fr", 3475, 2001), (5014, 31260, "Agricola", "pl", 7466, 2011),
    (5015, 174430, "Gloomhaven", "pl", 7466, 2018), (5016, 36218, "Dominion", "de", 11652, 2009),
    (5017, 162886, "Spirit Island", "de", 39, 2019), (5018, 410001, "Hafenlichter", "de", 50481, 2022),
]  # fmt: skip
RANK_LISTS = {"overall": "Board Game Rank", "strategy": "Strategy Game Rank",
              "family": "Family Game Rank", "thematic": "Thematic Rank", "party": "Party Game Rank"}  # fmt: skip
# game -> (list, overall rank on 2024-01-01, bayes average then)
RANKS = {
    224517: ("strategy", 1, 8.42), 161936: ("strategy", 2, 8.38), 342942: ("strategy", 3, 8.36),
    174430: ("thematic", 4, 8.33), 295770: ("thematic", 5, 8.25), 162886: ("thematic", 9, 8.15),
    316554: ("strategy", 7, 8.16), 167791: ("strategy", 6, 8.20), 291457: ("thematic", 10, 8.06),
    12333: ("strategy", 14, 8.01), 193738: ("strategy", 16, 7.95), 220308: ("strategy", 12, 8.03),
    237182: ("strategy", 31, 7.78), 169786: ("strategy", 20, 7.90), 266192: ("strategy", 26, 7.82),
    312484: ("strategy", 30, 7.80), 120677: ("strategy", 28, 7.81), 124361: ("strategy", 27, 7.83),
    199792: ("strategy", 45, 7.62), 68448: ("strategy", 73, 7.46), 31260: ("strategy", 48, 7.61),
    3076: ("strategy", 52, 7.59), 230802: ("family", 68, 7.51), 295947: ("family", 61, 7.55),
    244521: ("family", 77, 7.44), 178900: ("party", 131, 7.31), 36218: ("strategy", 125, 7.33),
    14996: ("family", 140, 7.28), 9209: ("family", 243, 7.06), 30549: ("family", 150, 7.25),
    148228: ("family", 215, 7.10), 822: ("family", 212, 7.11), 13: ("family", 537, 6.86),
    284083: ("family", 95, 7.38), 204583: ("family", 260, 7.03), 254640: ("party", 280, 7.01),
    373106: ("family", 120, 7.35), 300531: ("strategy", 410, 6.93), 28720: ("strategy", 105, 7.36),
}  # fmt: skip
WIKIDATA = {
    13: "Q17271",
    822: "Q582359",
    9209: "Q1188406",
    266192: "Q65084016",
    174430: "Q30139434",
}


def _lit_players(g: Graph, game: URIRef, players: object, bn: str) -> None:
    if isinstance(players, tuple):
        q = BNode(bn)
        g.add((game, SCHEMA.numberOfPlayers, q))
        g.add((q, RDF.type, SCHEMA.QuantitativeValue))
        g.add((q, SCHEMA.minValue, Literal(players[0], datatype=XSD.integer)))
        g.add((q, SCHEMA.maxValue, Literal(players[1], datatype=XSD.integer)))
    else:
        g.add((game, MB.playerCount, Literal(str(players))))


def _scheme(
    g: Graph, kind: str, title: str, concepts: dict, rnd: random.Random, narrower: bool
) -> None:
    scheme = URIRef(BASE + f"{kind}/scheme")
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal(title, lang="en")))
    for cid, (label, alts, parent) in concepts.items():
        c = URIRef(BASE + f"{kind}/{cid}")
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.prefLabel, Literal(label, lang="en")))
        g.add((c, SKOS.notation, Literal(str(cid))))
        for a in alts:
            g.add((c, SKOS.altLabel, Literal(a, lang="en")))
        if parent is None:
            g.add((c, SKOS.topConceptOf, scheme))
        else:
            p = URIRef(BASE + f"{kind}/{parent}")
            g.add((c, SKOS.broader, p))
            if narrower:
                g.add((p, SKOS.narrower, c))


def build() -> Graph:
    rnd = random.Random(48)
    g = Graph()
    for prefix, ns in (
        ("mb", MB),
        ("schema", SCHEMA),
        ("skos", SKOS),
        ("dcterms", DCTERMS),
        ("owl", OWL),
    ):
        g.bind(prefix, ns, override=True, replace=True)
    for code, (en, own) in COUNTRIES.items():
        c = URIRef(BASE + f"country/{code}")
        g.add((c, RDF.type, SCHEMA.Country))
        g.add((c, RDFS.label, Literal(en, lang="en")))
        if own:
            g.add((c, RDFS.label, Literal(own[0], lang=own[1])))
        g.add((c, SKOS.notation, Literal(code)))
    for cid, (name, country, as_code) in COMPANIES.items():
        c = URIRef(BASE + f"company/{cid}")
        g.add((c, RDF.type, SCHEMA.Organization))
        g.add((c, SCHEMA.name, Literal(name)))
        g.add((c, MB.objectId, Literal(str(cid))))
        g.add(
            (
                c,
                SCHEMA.addressCountry,
                Literal(country) if as_code else URIRef(BASE + f"country/{country}"),
            )
        )
    for pid, (name, style) in PEOPLE.items():
        p = URIRef(BASE + f"person/{pid}")
        g.add((p, RDF.type, SCHEMA.Person))
        g.add((p, RDFS.label if style == "label" else SCHEMA.name, Literal(name)))
        g.add((p, MB.objectId, Literal(str(pid))))
        if style == "sort":
            given, _, family = name.rpartition(" ")
            g.add((p, MB.sortName, Literal(f"{family}, {given}")))
    _scheme(g, "mechanic", "Game mechanics", MECHANICS, rnd, narrower=True)
    _scheme(g, "category", "Game categories", CATEGORIES, rnd, narrower=False)
    for key, (name, alts) in AWARDS.items():
        a = URIRef(BASE + f"award/{key}")
        g.add((a, RDF.type, MB.Award))
        g.add((a, SCHEMA.name, Literal(name)))
        for alt in alts:
            g.add((a, SCHEMA.alternateName, Literal(alt, lang="en")))
    for status in ("winner", "nominee"):
        s = MB[status.title()]
        g.add((s, RDF.type, SKOS.Concept))
        g.add((s, SKOS.prefLabel, Literal(status, lang="en")))
    for key, label in RANK_LISTS.items():
        r = URIRef(BASE + f"ranklist/{key}")
        g.add((r, RDF.type, MB.RankList))
        g.add((r, RDFS.label, Literal(label)))
    for (
        gid,
        title,
        kind,
        year,
        ystyle,
        players,
        time,
        designers,
        artists,
        pubs,
        mechs,
        cats,
        nstyle,
        others,
    ) in GAMES:
        game = URIRef(BASE + f"thing/{gid}")
        g.add((game, RDF.type, SCHEMA.BoardGame if kind == "game" else MB.Expansion))
        if nstyle in ("name", "both"):
            g.add((game, SCHEMA.name, Literal(title)))
        if nstyle in ("label", "both"):
            g.add(
                (
                    game,
                    RDFS.label,
                    Literal(title, lang="en") if nstyle == "both" else Literal(title),
                )
            )
        for other, lang in others:
            g.add((game, SCHEMA.alternateName, Literal(other, lang=lang)))
        g.add((game, MB.objectId, Literal(str(gid))))
        if ystyle == "gyear":
            g.add((game, SCHEMA.datePublished, Literal(str(year), datatype=XSD.gYear)))
        else:
            g.add((game, MB.yearPublished, Literal(str(year))))
        _lit_players(g, game, players, f"players{gid}")
        if time.startswith("PT"):
            g.add(
                (game, SCHEMA.timeRequired, Literal(time, datatype=XSD.duration, normalize=False))
            )
        else:
            g.add((game, MB.playingTime, Literal(time)))
        for p in designers:
            g.add((game, MB.designer, URIRef(BASE + f"person/{p}")))
        for p in artists:
            g.add((game, MB.artist, URIRef(BASE + f"person/{p}")))
        for c in pubs:
            g.add((game, SCHEMA.publisher, URIRef(BASE + f"company/{c}")))
        for m in mechs:
            g.add((game, MB.mechanic, URIRef(BASE + f"mechanic/{m}")))
        for c in cats:
            g.add((game, MB.category, URIRef(BASE + f"category/{c}")))
        if gid in EXPANDS:
            g.add((game, MB.expands, URIRef(BASE + f"thing/{EXPANDS[gid]}")))
        if gid in REIMPLEMENTS:
            g.add((game, MB.reimplements, URIRef(BASE + f"thing/{REIMPLEMENTS[gid]}")))
        if gid in SEQUEL:
            g.add((game, MB.sequelTo, URIRef(BASE + f"thing/{SEQUEL[gid]}")))
        if gid in WIKIDATA:
            g.add((game, OWL.sameAs, WD[WIKIDATA[gid]]))
    for n, (gid, award, year, won) in enumerate(RECEIPTS):
        r = BNode(f"award{n}")
        g.add((URIRef(BASE + f"thing/{gid}"), MB.awardReceived, r))
        g.add((r, RDF.type, MB.AwardReceipt))
        g.add((r, MB.award, URIRef(BASE + f"award/{award}")))
        g.add((r, MB.awardYear, Literal(str(year), datatype=XSD.gYear)))
        g.add((r, MB.result, MB.Winner if won else MB.Nominee))
    for vid, gid, title, lang, pub, year in EDITIONS:
        v = URIRef(BASE + f"version/{vid}")
        g.add((v, RDF.type, MB.Edition))
        g.add((v, MB.editionOf, URIRef(BASE + f"thing/{gid}")))
        g.add((v, SCHEMA.name, Literal(title, lang=lang)))
        g.add((v, SCHEMA.inLanguage, Literal(lang)))
        g.add((v, SCHEMA.publisher, URIRef(BASE + f"company/{pub}")))
        g.add((v, SCHEMA.datePublished, Literal(str(year), datatype=XSD.gYear)))
    # two snapshots a game: its own list's rank and the overall rank, 2023 and 2024
    for gid, (lst, rank24, avg24) in sorted(RANKS.items()):
        for date, drift in (("2024-01-01", 0), ("2023-01-01", rnd.randint(-6, 9))):
            rank = max(1, rank24 + drift)
            avg = round(avg24 - drift * 0.01 - (0.03 if drift else 0.0), 2)
            own = max(1, (rank + 2) // 3 + (drift % 3 if drift else 0))
            for key, value in (("overall", rank), (lst, own)):
                r = BNode(f"rank{gid}{key}{date[:4]}")
                g.add((r, MB.rankedItem, URIRef(BASE + f"thing/{gid}")))
                g.add((r, MB.rankList, URIRef(BASE + f"ranklist/{key}")))
                g.add((r, MB.rank, Literal(value, datatype=XSD.integer)))
                g.add((r, MB.bayesAverage, Literal(f"{avg:.2f}", datatype=XSD.decimal)))
                g.add((r, DCTERMS.date, Literal(date, datatype=XSD.date)))
    return g


def main() -> None:
    """Write ``boardgames.ttl`` (rdflib's Turtle, the same bytes each run)."""
    g = build()
    text = g.serialize(format="turtle")
    (HERE / "boardgames.ttl").write_text(text, encoding="utf-8")
    print(len(g), "triples")


if __name__ == "__main__":
    main()
