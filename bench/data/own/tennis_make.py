# ruff: noqa: E501  (one record a line)
"""Write ``tennis.rdf``: professional men's tennis as a federation's results service exports its
linked data (RDF/XML written by a generic exporter; schema.org beside a local sports vocabulary).

The shape (what such an export looks like):

* a local vocabulary ``sp:`` (``https://data.tennisfed.example.org/def/sport#``) next to
  schema.org (``schema:SportsEvent``, ``schema:Person``, ``schema:SportsTeam``), SKOS code lists
  for tournament category, surface, round and handedness (``skos:prefLabel`` in English, some in
  French, ``skos:altLabel`` abbreviations "QF", "SF", "F");
* tournaments by their numeric tour id (``.../tournament/540``) written as ``rdf:Description``
  with ``rdf:type`` children (``sp:Tournament`` and ``schema:SportsEvent``): ``schema:name``
  (English, language-tagged), ``schema:alternateName`` sponsor and local names (some
  language-tagged), ``sp:category``, ``sp:surface``, ``sp:indoor`` (``xsd:boolean``),
  ``schema:location`` a ``schema:City`` (``schema:containedInPlace`` its ``schema:Country``),
  ``sp:prizeMoney`` as an ``rdf:parseType="Resource"`` record (``schema:value`` typed
  ``xsd:decimal``, ``schema:currency`` ISO 4217 code), ``sp:firstHeld`` ``xsd:gYear``;
* editions (``sp:TournamentEdition``, ``.../tournament/540/2019``) named "Wimbledon 2019",
  ``sp:editionOf`` the tournament, ``sp:season`` (``xsd:gYear``), start and end dates,
  ``sp:singlesChampion`` a player, ``sp:doublesChampion`` a doubles team; an edition not played
  carries ``sp:status`` "cancelled" and nothing else;
* matches as n-ary ``sp:Match`` records named by nothing (``.../match/2019-540-MS001``): ``sp:partOf``
  the edition, ``sp:discipline`` men's singles or doubles, ``sp:round`` a round concept,
  ``schema:competitor`` both sides, ``sp:winner``,
  ``sp:score`` a string ("6-4 3-6 7-6(5)"), ``sp:durationMinutes`` (typed ``xsd:integer`` at
  Grand Slams, plain elsewhere), ``schema:startDate`` (``xsd:date``);
* doubles teams as ``rdf:nodeID`` blank ``schema:SportsTeam`` nodes with two ``schema:athlete``;
* players (``schema:Person`` typed node elements, opaque tour ids ``.../player/D643``):
  ``schema:name``, ``schema:givenName`` / ``schema:familyName``, ``schema:alternateName``
  transliterations (``xml:lang`` ru / sr / el / ja / bg...) and nicknames, ``schema:nationality``
  a country, ``schema:birthDate``, ``sp:plays`` a handedness concept, ``schema:height`` an
  ``rdf:parseType="Resource"`` record (``schema:value`` plain, ``schema:unitCode`` "CMT"),
  ``sp:coach`` a person, ``sp:rankingEntry`` ``rdf:nodeID`` blank ranking records
  (``sp:rank`` ``xsd:integer``, ``sp:rankingDate`` ``xsd:date``, ``sp:points`` plain);
* coaches are ``schema:Person`` with a name and a nationality only.

Grand Slam and many Masters results follow the public record; semi-finals and quarter-finals,
the smaller events' runners-up, scores, durations, points and ids are invented. Seeded and
deterministic, stdlib only (rdflib checks the output). Run from the repository root:
``python bench/data/own/tennis_make.py``.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).parent
ID = "https://data.tennisfed.example.org/id/"
SP = "https://data.tennisfed.example.org/def/sport#"
XSD = "http://www.w3.org/2001/XMLSchema#"

# code: name, given, family, alternate names [(name, lang)], country, born, hand, height, coach
PLAYERS: dict[str, tuple[str, str, str, list[tuple[str, str]], str, str, str, int, str]] = {
    "D643": (
        "Novak Djokovic",
        "Novak",
        "Djokovic",
        [("Novak Đoković", "sr-Latn"), ("Новак Ђоковић", "sr"), ("Nole", "")],
        "SRB",
        "1987-05-22",
        "R",
        188,
        "Goran Ivanišević",
    ),
    "N409": (
        "Rafael Nadal",
        "Rafael",
        "Nadal",
        [("Rafa Nadal", ""), ("Rafael Nadal Parera", "es")],
        "ESP",
        "1986-06-03",
        "L",
        185,
        "Carlos Moyá",
    ),
    "F324": (
        "Roger Federer",
        "Roger",
        "Federer",
        [("RF", "")],
        "SUI",
        "1981-08-08",
        "R",
        185,
        "Ivan Ljubičić",
    ),
    "MM58": (
        "Daniil Medvedev",
        "Daniil",
        "Medvedev",
        [("Даниил Медведев", "ru"), ("Daniil Medwedew", "de")],
        "RUS",
        "1996-02-11",
        "R",
        198,
        "Gilles Cervara",
    ),
    "A0E2": (
        "Carlos Alcaraz",
        "Carlos",
        "Alcaraz",
        [("Carlos Alcaraz Garfia", "es"), ("Carlitos", "")],
        "ESP",
        "2003-05-05",
        "R",
        183,
        "Juan Carlos Ferrero",
    ),
    "S0AG": (
        "Jannik Sinner",
        "Jannik",
        "Sinner",
        [],
        "ITA",
        "2001-08-16",
        "R",
        191,
        "Darren Cahill",
    ),
    "TE51": (
        "Stefanos Tsitsipas",
        "Stefanos",
        "Tsitsipas",
        [("Στέφανος Τσιτσιπάς", "el")],
        "GRE",
        "1998-08-12",
        "R",
        193,
        "Apostolos Tsitsipas",
    ),
    "Z355": (
        "Alexander Zverev",
        "Alexander",
        "Zverev",
        [("Sascha Zverev", ""), ("Alexander Zverev Jr.", "")],
        "GER",
        "1997-04-20",
        "R",
        198,
        "Alexander Zverev Sr.",
    ),
    "TD51": (
        "Dominic Thiem",
        "Dominic",
        "Thiem",
        [("Domi Thiem", "")],
        "AUT",
        "1993-09-03",
        "R",
        185,
        "Nicolás Massú",
    ),
    "RH16": ("Casper Ruud", "Casper", "Ruud", [], "NOR", "1998-12-22", "R", 183, "Christian Ruud"),
    "RE44": (
        "Andrey Rublev",
        "Andrey",
        "Rublev",
        [("Andrei Rublev", ""), ("Андрей Рублёв", "ru")],
        "RUS",
        "1997-10-20",
        "R",
        188,
        "Fernando Vicente",
    ),
    "BK40": (
        "Matteo Berrettini",
        "Matteo",
        "Berrettini",
        [],
        "ITA",
        "1996-04-12",
        "R",
        196,
        "Vincenzo Santopadre",
    ),
    "KE17": (
        "Nick Kyrgios",
        "Nicholas",
        "Kyrgios",
        [("Nicholas Hilmy Kyrgios", "")],
        "AUS",
        "1995-04-27",
        "R",
        193,
        "",
    ),
    "HB71": (
        "Hubert Hurkacz",
        "Hubert",
        "Hurkacz",
        [("Hubi", "")],
        "POL",
        "1997-02-11",
        "R",
        196,
        "Craig Boynton",
    ),
    "AG37": (
        "Félix Auger-Aliassime",
        "Félix",
        "Auger-Aliassime",
        [("Felix Auger-Aliassime", ""), ("FAA", "")],
        "CAN",
        "2000-08-08",
        "R",
        193,
        "Frédéric Fontang",
    ),
    "FB98": (
        "Taylor Fritz",
        "Taylor",
        "Fritz",
        [("Taylor Harry Fritz", "")],
        "USA",
        "1997-10-28",
        "R",
        196,
        "Michael Russell",
    ),
    "R0DG": (
        "Holger Rune",
        "Holger",
        "Rune",
        [("Holger Vitus Nødskov Rune", "da")],
        "DEN",
        "2003-04-29",
        "R",
        188,
        "Patrick Mouratoglou",
    ),
    "KE29": (
        "Karen Khachanov",
        "Karen",
        "Khachanov",
        [("Карен Хачанов", "ru")],
        "RUS",
        "1996-05-21",
        "R",
        198,
        "Vedran Martić",
    ),
    "N771": (
        "Cameron Norrie",
        "Cameron",
        "Norrie",
        [("Cam Norrie", "")],
        "GBR",
        "1995-08-23",
        "L",
        188,
        "Facundo Lugones",
    ),
    "SM37": (
        "Diego Schwartzman",
        "Diego",
        "Schwartzman",
        [("El Peque", "es")],
        "ARG",
        "1992-08-16",
        "R",
        170,
        "Juan Ignacio Chela",
    ),
    "SU55": (
        "Denis Shapovalov",
        "Denis",
        "Shapovalov",
        [("Денис Шаповалов", "ru")],
        "CAN",
        "1999-04-15",
        "L",
        185,
        "Mikhail Youzhny",
    ),
    "D875": (
        "Grigor Dimitrov",
        "Grigor",
        "Dimitrov",
        [("Григор Димитров", "bg")],
        "BUL",
        "1991-05-16",
        "R",
        191,
        "Dani Vallverdú",
    ),
    "N552": (
        "Kei Nishikori",
        "Kei",
        "Nishikori",
        [("錦織圭", "ja")],
        "JPN",
        "1989-12-29",
        "R",
        178,
        "Michael Chang",
    ),
    "BD06": (
        "Roberto Bautista Agut",
        "Roberto",
        "Bautista Agut",
        [("RBA", "")],
        "ESP",
        "1988-04-14",
        "R",
        183,
        "Pepe Vendrell",
    ),
    "CD85": (
        "Pablo Carreño Busta",
        "Pablo",
        "Carreño Busta",
        [("Pablo Carreno Busta", "")],
        "ESP",
        "1991-07-12",
        "R",
        188,
        "Samuel López",
    ),
    "MC65": (
        "Gaël Monfils",
        "Gaël",
        "Monfils",
        [("Gael Monfils", ""), ("La Monf", "fr")],
        "FRA",
        "1986-09-01",
        "R",
        193,
        "Günter Bresnik",
    ),
    "W367": (
        "Stan Wawrinka",
        "Stanislas",
        "Wawrinka",
        [("Stanislas Wawrinka", ""), ("Stan the Man", "")],
        "SUI",
        "1985-03-28",
        "R",
        183,
        "Magnus Norman",
    ),
    "C977": (
        "Marin Čilić",
        "Marin",
        "Čilić",
        [("Marin Cilic", "")],
        "CRO",
        "1988-09-28",
        "R",
        198,
        "Vedran Martić",
    ),
    "TD83": (
        "Frances Tiafoe",
        "Frances",
        "Tiafoe",
        [("Big Foe", "")],
        "USA",
        "1998-01-20",
        "R",
        188,
        "Wayne Ferreira",
    ),
    "PL56": ("Tommy Paul", "Tommy", "Paul", [], "USA", "1997-05-17", "R", 185, "Brad Stine"),
    "M0EJ": (
        "Lorenzo Musetti",
        "Lorenzo",
        "Musetti",
        [],
        "ITA",
        "2002-03-03",
        "R",
        185,
        "Simone Tartarini",
    ),
    "DH58": (
        "Alex de Minaur",
        "Alex",
        "de Minaur",
        [("Demon", "")],
        "AUS",
        "1999-02-17",
        "R",
        183,
        "Adolfo Gutiérrez",
    ),
    "C0E9": (
        "Borna Ćorić",
        "Borna",
        "Ćorić",
        [("Borna Coric", "")],
        "CRO",
        "1996-11-14",
        "R",
        188,
        "Martin Štěpánek",
    ),
    "F510": (
        "Fabio Fognini",
        "Fabio",
        "Fognini",
        [],
        "ITA",
        "1987-05-24",
        "R",
        178,
        "Corrado Barazzutti",
    ),
    "H0BI": ("Ugo Humbert", "Ugo", "Humbert", [], "FRA", "1998-06-26", "L", 188, "Jérémy Chardy"),
    "B0AR": (
        "Alexander Bublik",
        "Alexander",
        "Bublik",
        [("Александр Бублик", "ru"), ("Sasha Bublik", "")],
        "KAZ",
        "1997-06-17",
        "R",
        196,
        "Artem Suprunov",
    ),
    "L397": (
        "Feliciano López",
        "Feliciano",
        "López",
        [("Feliciano Lopez", "")],
        "ESP",
        "1981-09-20",
        "L",
        188,
        "José Clavet",
    ),
    "KC56": (
        "Miomir Kecmanović",
        "Miomir",
        "Kecmanović",
        [("Миомир Кецмановић", "sr")],
        "SRB",
        "1999-08-31",
        "R",
        183,
        "Dušan Vemić",
    ),
    "B0F0": (
        "Sebastián Báez",
        "Sebastián",
        "Báez",
        [("Sebastian Baez", "")],
        "ARG",
        "2000-12-28",
        "R",
        170,
        "Sebastián Gutiérrez",
    ),
    # invented journeymen of the early rounds
    "W0Q1": ("Tomasz Wielgosz", "Tomasz", "Wielgosz", [], "POL", "1996-03-14", "R", 190, ""),
    "Q0R7": (
        "Mateo Quiroga",
        "Mateo",
        "Quiroga",
        [],
        "ARG",
        "1999-11-02",
        "R",
        180,
        "Sebastián Gutiérrez",
    ),
    "M0X4": ("Elias Marchetti", "Elias", "Marchetti", [], "ITA", "2000-07-19", "L", 186, ""),
    "N0K8": (
        "Koji Nakamura",
        "Koji",
        "Nakamura",
        [("中村浩二", "ja")],
        "JPN",
        "1998-01-30",
        "R",
        176,
        "",
    ),
    "S0P3": (
        "Pavel Stoyanov",
        "Pavel",
        "Stoyanov",
        [("Павел Стоянов", "bg")],
        "BUL",
        "1997-09-09",
        "R",
        189,
        "Dani Vallverdú",
    ),
    "F0L5": ("Lucas Ferreyra", "Lucas", "Ferreyra", [], "ARG", "2001-04-04", "R", 182, ""),
    # doubles specialists
    "MC13": (
        "Nikola Mektić",
        "Nikola",
        "Mektić",
        [("Nikola Mektic", "")],
        "CRO",
        "1988-12-24",
        "R",
        180,
        "",
    ),
    "PF18": (
        "Mate Pavić",
        "Mate",
        "Pavić",
        [("Mate Pavic", "")],
        "CRO",
        "1993-07-04",
        "L",
        191,
        "",
    ),
    "R548": ("Rajeev Ram", "Rajeev", "Ram", [], "USA", "1984-03-18", "R", 193, ""),
    "SO11": (
        "Joe Salisbury",
        "Joseph",
        "Salisbury",
        [("Joseph Salisbury", "")],
        "GBR",
        "1992-04-20",
        "R",
        180,
        "",
    ),
    "C0A6": (
        "Juan Sebastián Cabal",
        "Juan Sebastián",
        "Cabal",
        [("Juan Sebastian Cabal", "")],
        "COL",
        "1986-04-25",
        "R",
        183,
        "",
    ),
    "F512": ("Robert Farah", "Robert", "Farah", [], "COL", "1987-01-20", "R", 193, ""),
    "K0A2": (
        "Thanasi Kokkinakis",
        "Athanasios",
        "Kokkinakis",
        [("Thanasi Kokkinakis", ""), ("Kokk", "")],
        "AUS",
        "1996-04-10",
        "R",
        193,
        "",
    ),
    "KH42": ("Wesley Koolhof", "Wesley", "Koolhof", [], "NED", "1989-04-17", "R", 178, ""),
    "SJ28": ("Neal Skupski", "Neal", "Skupski", [], "GBR", "1989-12-01", "R", 183, ""),
    "A0BD": (
        "Marcelo Arévalo",
        "Marcelo",
        "Arévalo",
        [("Marcelo Arevalo", "")],
        "ESA",
        "1990-10-17",
        "R",
        191,
        "",
    ),
    "RB96": ("Jean-Julien Rojer", "Jean-Julien", "Rojer", [], "NED", "1981-08-25", "R", 191, ""),
    "D616": ("Ivan Dodig", "Ivan", "Dodig", [], "CRO", "1985-01-02", "R", 183, ""),
    "K0C9": ("Austin Krajicek", "Austin", "Krajicek", [], "USA", "1990-06-16", "L", 188, ""),
    "E0F2": (
        "Matthew Ebden",
        "Matthew",
        "Ebden",
        [("Matt Ebden", "")],
        "AUS",
        "1987-11-26",
        "R",
        188,
        "",
    ),
    "P0G4": ("Max Purcell", "Max", "Purcell", [], "AUS", "1998-04-03", "R", 185, ""),
    "K0E7": ("Kevin Krawietz", "Kevin", "Krawietz", [], "GER", "1992-01-24", "R", 185, ""),
    "M0F3": ("Andreas Mies", "Andreas", "Mies", [], "GER", "1990-08-21", "R", 188, ""),
}

# coach name: nationality
COACHES = {
    "Goran Ivanišević": "CRO",
    "Carlos Moyá": "ESP",
    "Ivan Ljubičić": "CRO",
    "Gilles Cervara": "FRA",
    "Juan Carlos Ferrero": "ESP",
    "Darren Cahill": "AUS",
    "Apostolos Tsitsipas": "GRE",
    "Alexander Zverev Sr.": "GER",
    "Nicolás Massú": "CHI",
    "Christian Ruud": "NOR",
    "Fernando Vicente": "ESP",
    "Vincenzo Santopadre": "ITA",
    "Craig Boynton": "USA",
    "Frédéric Fontang": "FRA",
    "Michael Russell": "USA",
    "Patrick Mouratoglou": "FRA",
    "Vedran Martić": "CRO",
    "Facundo Lugones": "ARG",
    "Juan Ignacio Chela": "ARG",
    "Mikhail Youzhny": "RUS",
    "Dani Vallverdú": "VEN",
    "Michael Chang": "USA",
    "Pepe Vendrell": "ESP",
    "Samuel López": "ESP",
    "Günter Bresnik": "AUT",
    "Magnus Norman": "SWE",
    "Wayne Ferreira": "RSA",
    "Brad Stine": "USA",
    "Simone Tartarini": "ITA",
    "Adolfo Gutiérrez": "ESP",
    "Martin Štěpánek": "CZE",
    "Corrado Barazzutti": "ITA",
    "Jérémy Chardy": "FRA",
    "Artem Suprunov": "RUS",
    "José Clavet": "ESP",
    "Dušan Vemić": "SRB",
    "Sebastián Gutiérrez": "ARG",
}

# IOC code: English name, other names [(name, lang)]
COUNTRIES = {
    "SRB": ("Serbia", [("Србија", "sr")]),
    "ESP": ("Spain", [("España", "es")]),
    "SUI": ("Switzerland", [("Schweiz", "de"), ("Suisse", "fr")]),
    "RUS": ("Russia", [("Россия", "ru")]),
    "ITA": ("Italy", [("Italia", "it")]),
    "GRE": ("Greece", [("Ελλάδα", "el")]),
    "GER": ("Germany", [("Deutschland", "de")]),
    "AUT": ("Austria", [("Österreich", "de")]),
    "NOR": ("Norway", [("Norge", "no")]),
    "AUS": ("Australia", []),
    "POL": ("Poland", [("Polska", "pl")]),
    "CAN": ("Canada", []),
    "USA": ("United States", [("USA", "")]),
    "DEN": ("Denmark", [("Danmark", "da")]),
    "GBR": ("Great Britain", [("United Kingdom", "en")]),
    "ARG": ("Argentina", []),
    "BUL": ("Bulgaria", [("България", "bg")]),
    "JPN": ("Japan", [("日本", "ja")]),
    "FRA": ("France", []),
    "CRO": ("Croatia", [("Hrvatska", "hr")]),
    "KAZ": ("Kazakhstan", []),
    "COL": ("Colombia", []),
    "NED": ("Netherlands", [("Nederland", "nl")]),
    "ESA": ("El Salvador", []),
    "CHI": ("Chile", []),
    "VEN": ("Venezuela", []),
    "SWE": ("Sweden", [("Sverige", "sv")]),
    "RSA": ("South Africa", []),
    "CZE": ("Czech Republic", [("Czechia", "en"), ("Česko", "cs")]),
    "CHN": ("China", [("中国", "zh")]),
    "MON": ("Monaco", []),
}

# city: country
CITIES = {
    "Melbourne": "AUS",
    "Paris": "FRA",
    "London": "GBR",
    "New York": "USA",
    "Indian Wells": "USA",
    "Miami": "USA",
    "Roquebrune-Cap-Martin": "FRA",
    "Madrid": "ESP",
    "Rome": "ITA",
    "Toronto": "CAN",
    "Mason": "USA",
    "Shanghai": "CHN",
    "Halle": "GER",
    "Barcelona": "ESP",
    "Basel": "SUI",
    "Vienna": "AUT",
    "Stockholm": "SWE",
    "Kitzbühel": "AUT",
    "Turin": "ITA",
}

# tour id: name, alternate names, category, surface, indoor, city, currency, prize, first held
TOURNAMENTS = {
    "580": (
        "Australian Open",
        [("AO", ""), ("Happy Slam", "")],
        "GS",
        "HARD",
        False,
        "Melbourne",
        "AUD",
        86500000,
        1905,
    ),
    "520": (
        "Roland Garros",
        [
            ("French Open", "en"),
            ("Internationaux de France de tennis", "fr"),
            ("Roland-Garros", "fr"),
        ],
        "GS",
        "CLAY",
        False,
        "Paris",
        "EUR",
        49600000,
        1891,
    ),
    "540": (
        "Wimbledon",
        [("The Championships, Wimbledon", "en")],
        "GS",
        "GRASS",
        False,
        "London",
        "GBP",
        44700000,
        1877,
    ),
    "560": (
        "US Open",
        [("U.S. National Championships", "en")],
        "GS",
        "HARD",
        False,
        "New York",
        "USD",
        65000000,
        1881,
    ),
    "404": (
        "Indian Wells Masters",
        [("BNP Paribas Open", "")],
        "M1000",
        "HARD",
        False,
        "Indian Wells",
        "USD",
        8800000,
        1974,
    ),
    "403": (
        "Miami Open",
        [("Miami Open presented by Itaú", "")],
        "M1000",
        "HARD",
        False,
        "Miami",
        "USD",
        8800000,
        1985,
    ),
    "410": (
        "Monte-Carlo Masters",
        [("Rolex Monte-Carlo Masters", ""), ("Monte Carlo Masters", "")],
        "M1000",
        "CLAY",
        False,
        "Roquebrune-Cap-Martin",
        "EUR",
        5779335,
        1897,
    ),
    "1536": (
        "Madrid Open",
        [("Mutua Madrid Open", ""), ("Madrid Masters", "")],
        "M1000",
        "CLAY",
        False,
        "Madrid",
        "EUR",
        7705780,
        2002,
    ),
    "416": (
        "Italian Open",
        [("Internazionali BNL d'Italia", "it"), ("Rome Masters", "")],
        "M1000",
        "CLAY",
        False,
        "Rome",
        "EUR",
        7705780,
        1930,
    ),
    "421": (
        "Canadian Open",
        [("National Bank Open", ""), ("Rogers Cup", "")],
        "M1000",
        "HARD",
        False,
        "Toronto",
        "USD",
        6600000,
        1881,
    ),
    "422": (
        "Cincinnati Masters",
        [("Western & Southern Open", "")],
        "M1000",
        "HARD",
        False,
        "Mason",
        "USD",
        6600000,
        1899,
    ),
    "5014": (
        "Shanghai Masters",
        [("Rolex Shanghai Masters", ""), ("上海大师赛", "zh")],
        "M1000",
        "HARD",
        False,
        "Shanghai",
        "USD",
        8800000,
        2009,
    ),
    "352": (
        "Paris Masters",
        [("Rolex Paris Masters", ""), ("Paris-Bercy", "fr")],
        "M1000",
        "HARD",
        True,
        "Paris",
        "EUR",
        5779335,
        1986,
    ),
    "500": (
        "Halle Open",
        [("Terra Wortmann Open", ""), ("Gerry Weber Open", "")],
        "A500",
        "GRASS",
        False,
        "Halle",
        "EUR",
        2195175,
        1993,
    ),
    "311": (
        "Queen's Club Championships",
        [("cinch Championships", ""), ("Queen's", "")],
        "A500",
        "GRASS",
        False,
        "London",
        "EUR",
        2195175,
        1890,
    ),
    "425": (
        "Barcelona Open",
        [("Barcelona Open Banc Sabadell", ""), ("Trofeo Conde de Godó", "es")],
        "A500",
        "CLAY",
        False,
        "Barcelona",
        "EUR",
        2722480,
        1953,
    ),
    "328": (
        "Swiss Indoors Basel",
        [("Swiss Indoors", "")],
        "A500",
        "HARD",
        True,
        "Basel",
        "EUR",
        2195175,
        1970,
    ),
    "337": (
        "Vienna Open",
        [("Erste Bank Open", ""), ("Wiener Stadthalle", "de")],
        "A500",
        "HARD",
        True,
        "Vienna",
        "EUR",
        2409835,
        1974,
    ),
    "429": (
        "Stockholm Open",
        [("BNP Paribas Nordic Open", "")],
        "A250",
        "HARD",
        True,
        "Stockholm",
        "EUR",
        718980,
        1969,
    ),
    "319": (
        "Kitzbühel Open",
        [("Generali Open Kitzbühel", ""), ("Kitzbuhel", "")],
        "A250",
        "CLAY",
        False,
        "Kitzbühel",
        "EUR",
        597900,
        1894,
    ),
    "605": (
        "ATP Finals",
        [("Nitto ATP Finals", ""), ("Year-End Championships", "")],
        "FINALS",
        "HARD",
        True,
        "Turin",
        "USD",
        15250000,
        1970,
    ),
}

# concept id: English label, other labels [(label, lang)], alt labels
CATEGORIES = {
    "GS": ("Grand Slam", [("Grand Chelem", "fr")], ["Major"]),
    "M1000": ("ATP Masters 1000", [], ["Masters"]),
    "A500": ("ATP 500", [], []),
    "A250": ("ATP 250", [], []),
    "FINALS": ("ATP Finals", [], ["Tour Finals"]),
}
SURFACES = {
    "CLAY": ("Clay", [("Terre battue", "fr")], ["red clay"]),
    "GRASS": ("Grass", [("Gazon", "fr")], []),
    "HARD": ("Hard", [("Dur", "fr")], ["hardcourt"]),
}
ROUNDS = {
    "F": ("Final", [("Finale", "fr")], ["F"]),
    "SF": ("Semi-final", [("Demi-finale", "fr")], ["SF"]),
    "QF": ("Quarter-final", [("Quart de finale", "fr")], ["QF"]),
}
DISCIPLINES = {
    "MS": ("Men's Singles", [("Simple messieurs", "fr")], ["MS"]),
    "MD": ("Men's Doubles", [("Double messieurs", "fr")], ["MD"]),
}
HANDS = {
    "R": ("Right-handed", [("Droitier", "fr")], []),
    "L": ("Left-handed", [("Gaucher", "fr")], []),
}

YEARS = (2019, 2020, 2021, 2022, 2023)
# edition dates: tour id -> (month, day) of the first day; events run a week, slams two
STARTS = {
    "580": (1, 14),
    "404": (3, 6),
    "403": (3, 20),
    "410": (4, 10),
    "425": (4, 17),
    "1536": (4, 27),
    "416": (5, 8),
    "520": (5, 26),
    "500": (6, 17),
    "311": (6, 17),
    "540": (7, 1),
    "319": (7, 27),
    "421": (8, 5),
    "422": (8, 12),
    "560": (8, 26),
    "5014": (10, 7),
    "429": (10, 14),
    "337": (10, 21),
    "328": (10, 21),
    "352": (10, 28),
    "605": (11, 12),
}
CANCELLED = {
    ("540", 2020),
    ("404", 2020),
    ("403", 2020),
    ("410", 2020),
    ("1536", 2020),
    ("421", 2020),
    ("5014", 2020),
    ("5014", 2021),
    ("5014", 2022),
    ("500", 2020),
    ("311", 2020),
    ("425", 2020),
    ("328", 2020),
    ("328", 2021),
    ("429", 2020),
    ("580", 9999),
}

# finals: (tour id, year) -> (winner, loser, score); a None score is invented
FINALS: dict[tuple[str, int], tuple[str, str, str | None]] = {
    ("580", 2019): ("D643", "N409", "6-3 6-2 6-3"),
    ("580", 2020): ("D643", "TD51", "6-4 4-6 2-6 6-3 6-4"),
    ("580", 2021): ("D643", "MM58", "7-5 6-2 6-2"),
    ("580", 2022): ("N409", "MM58", "2-6 6-7(5) 6-4 6-4 7-5"),
    ("580", 2023): ("D643", "TE51", "6-3 7-6(4) 7-6(5)"),
    ("520", 2019): ("N409", "TD51", "6-3 5-7 6-1 6-1"),
    ("520", 2020): ("N409", "D643", "6-0 6-2 7-5"),
    ("520", 2021): ("D643", "TE51", "6-7(6) 2-6 6-3 6-2 6-4"),
    ("520", 2022): ("N409", "RH16", "6-3 6-3 6-0"),
    ("520", 2023): ("D643", "RH16", "7-6(1) 6-3 7-5"),
    ("540", 2019): ("D643", "F324", "7-6(5) 1-6 7-6(4) 4-6 13-12(3)"),
    ("540", 2021): ("D643", "BK40", "6-7(4) 6-4 6-4 6-3"),
    ("540", 2022): ("D643", "KE17", "4-6 6-3 6-4 7-6(3)"),
    ("540", 2023): ("A0E2", "D643", "1-6 7-6(6) 6-1 3-6 6-4"),
    ("560", 2019): ("N409", "MM58", "7-5 6-3 5-7 4-6 6-4"),
    ("560", 2020): ("TD51", "Z355", "2-6 4-6 6-4 6-3 7-6(6)"),
    ("560", 2021): ("MM58", "D643", "6-4 6-4 6-4"),
    ("560", 2022): ("A0E2", "RH16", "6-4 2-6 7-6(1) 6-3"),
    ("560", 2023): ("D643", "MM58", "6-3 7-6(5) 6-3"),
    ("404", 2019): ("TD51", "F324", None),
    ("404", 2021): ("N771", "B0AR", None),
    ("404", 2022): ("FB98", "N409", None),
    ("404", 2023): ("A0E2", "MM58", None),
    ("403", 2019): ("F324", "AG37", None),
    ("403", 2021): ("HB71", "S0AG", None),
    ("403", 2022): ("A0E2", "RH16", None),
    ("403", 2023): ("MM58", "S0AG", None),
    ("410", 2019): ("F510", "SU55", None),
    ("410", 2021): ("TE51", "RE44", None),
    ("410", 2022): ("TE51", "KC56", None),
    ("410", 2023): ("RE44", "R0DG", None),
    ("1536", 2019): ("D643", "TE51", None),
    ("1536", 2021): ("Z355", "BK40", None),
    ("1536", 2022): ("A0E2", "Z355", None),
    ("1536", 2023): ("A0E2", "W0Q1", None),
    ("416", 2019): ("N409", "D643", None),
    ("416", 2020): ("D643", "SM37", None),
    ("416", 2021): ("N409", "D643", None),
    ("416", 2022): ("D643", "TE51", None),
    ("416", 2023): ("MM58", "R0DG", None),
    ("421", 2019): ("N409", "MM58", None),
    ("421", 2021): ("MM58", "RE44", None),
    ("421", 2022): ("CD85", "HB71", None),
    ("421", 2023): ("S0AG", "DH58", None),
    ("422", 2019): ("MM58", "W0Q1", None),
    ("422", 2020): ("D643", "RH16", None),
    ("422", 2021): ("Z355", "RE44", None),
    ("422", 2022): ("C0E9", "TE51", None),
    ("422", 2023): ("D643", "A0E2", None),
    ("5014", 2019): ("MM58", "Z355", None),
    ("5014", 2023): ("HB71", "Q0R7", None),
    ("352", 2019): ("D643", "SU55", None),
    ("352", 2020): ("MM58", "Z355", None),
    ("352", 2021): ("D643", "HB71", None),
    ("352", 2022): ("R0DG", "D643", None),
    ("352", 2023): ("D643", "D875", None),
    ("500", 2019): ("F324", "D875", None),
    ("500", 2021): ("H0BI", "RE44", None),
    ("500", 2022): ("HB71", "MM58", None),
    ("500", 2023): ("B0AR", "M0X4", None),
    ("311", 2019): ("L397", "S0P3", None),
    ("311", 2021): ("BK40", "N771", None),
    ("311", 2022): ("BK40", "KE29", None),
    ("311", 2023): ("A0E2", "DH58", None),
    ("425", 2019): ("TD51", "DH58", None),
    ("425", 2021): ("N409", "TE51", None),
    ("425", 2022): ("A0E2", "CD85", None),
    ("425", 2023): ("A0E2", "TE51", None),
    ("328", 2019): ("F324", "DH58", None),
    ("328", 2022): ("AG37", "R0DG", None),
    ("328", 2023): ("HB71", "AG37", None),
    ("337", 2019): ("TD51", "SU55", None),
    ("337", 2020): ("RE44", "N0K8", None),
    ("337", 2021): ("Z355", "TD83", None),
    ("337", 2022): ("MM58", "SU55", None),
    ("337", 2023): ("S0AG", "MM58", None),
    ("429", 2019): ("SU55", "F0L5", None),
    ("429", 2021): ("PL56", "SU55", None),
    ("429", 2022): ("R0DG", "TE51", None),
    ("429", 2023): ("MC65", "N0K8", None),
    ("319", 2019): ("TD51", "M0X4", None),
    ("319", 2020): ("KC56", "Q0R7", None),
    ("319", 2021): ("RH16", "F0L5", None),
    ("319", 2022): ("BD06", "F510", None),
    ("319", 2023): ("B0F0", "S0P3", None),
    ("605", 2019): ("TE51", "TD51", None),
    ("605", 2020): ("MM58", "TD51", None),
    ("605", 2021): ("Z355", "MM58", None),
    ("605", 2022): ("D643", "RH16", None),
    ("605", 2023): ("D643", "S0AG", None),
}

# Grand Slam doubles champions: (tour id, year) -> the two players
DOUBLES = {
    ("580", 2019): ("C0A6", "F512"),
    ("580", 2020): ("R548", "SO11"),
    ("580", 2021): ("D616", "K0C9"),
    ("580", 2022): ("K0A2", "KE17"),
    ("580", 2023): ("KH42", "SJ28"),
    ("520", 2019): ("K0E7", "M0F3"),
    ("520", 2020): ("K0E7", "M0F3"),
    ("520", 2021): ("MC13", "PF18"),
    ("520", 2022): ("A0BD", "RB96"),
    ("520", 2023): ("D616", "K0C9"),
    ("540", 2019): ("C0A6", "F512"),
    ("540", 2021): ("MC13", "PF18"),
    ("540", 2022): ("E0F2", "P0G4"),
    ("540", 2023): ("KH42", "SJ28"),
    ("560", 2019): ("C0A6", "F512"),
    ("560", 2020): ("MC13", "PF18"),
    ("560", 2021): ("R548", "SO11"),
    ("560", 2022): ("R548", "SO11"),
    ("560", 2023): ("R548", "SO11"),
}

CATEGORY_POINTS = {"GS": 2000, "M1000": 1000, "A500": 500, "A250": 250, "FINALS": 1500}
RANK_DATES = ("2019-12-30", "2021-05-24", "2021-12-27", "2022-06-13", "2023-11-20")


def lit(p: str, v: object, lang: str = "", dtype: str = "") -> str:
    if lang:
        return f'<{p} xml:lang="{lang}">{escape(str(v))}</{p}>'
    if dtype:
        return f"<{p} rdf:datatype={quoteattr(XSD + dtype)}>{escape(str(v))}</{p}>"
    return f"<{p}>{escape(str(v))}</{p}>"


def res(p: str, iri: str) -> str:
    return f"<{p} rdf:resource={quoteattr(iri)}/>"


def node(p: str, node_id: str) -> str:
    return f'<{p} rdf:nodeID="{node_id}"/>'


def block(head: str, close: str, body: list[str], pad: str = "  ") -> list[str]:
    return [pad + head] + [pad + "  " + b for b in body] + [pad + close]


def typed(cls: str, about: str, body: list[str]) -> list[str]:
    return block(f"<{cls} rdf:about={quoteattr(about)}>", f"</{cls}>", body)


def described(about: str, types: list[str], body: list[str]) -> list[str]:
    return block(
        f"<rdf:Description rdf:about={quoteattr(about)}>",
        "</rdf:Description>",
        [res("rdf:type", t) for t in types] + body,
    )


def record(p: str, body: list[str]) -> list[str]:
    """A ``rdf:parseType="Resource"`` property element (a blank node written inline)."""
    return [f'<{p} rdf:parseType="Resource">'] + ["  " + b for b in body] + [f"</{p}>"]


def concept_scheme(
    out: list[str], kind: str, concepts: dict[str, tuple[str, list[tuple[str, str]], list[str]]]
) -> None:
    for cid, (label, others, alts) in concepts.items():
        body = [lit("skos:prefLabel", label, "en")] + [
            lit("skos:prefLabel", o, lang) for o, lang in others
        ]
        body += [lit("skos:altLabel", a) for a in alts]
        body.append(res("skos:inScheme", f"{SP}{kind}Scheme"))
        out += typed("skos:Concept", f"{SP}{kind}/{cid}", body)


def score(rng: random.Random, sets_to_win: int) -> str:
    won = lost = 0
    parts = []
    while won < sets_to_win:
        if lost < sets_to_win - 1 and rng.random() < 0.3:
            a, b = rng.choice([(4, 6), (3, 6), (6, 7), (5, 7)])
            lost += 1
        else:
            a, b = rng.choice([(6, 4), (6, 3), (6, 2), (7, 5), (7, 6), (6, 1)])
            won += 1
        parts.append(
            f"{a}-{b}"
            + (
                f"({rng.randint(2, 9)})"
                if (a, b) == (7, 6)
                else f"({rng.randint(2, 9)})"
                if (a, b) == (6, 7)
                else ""
            )
        )
    return " ".join(parts)


def minutes(sc: str, rng: random.Random) -> int:
    return 38 * len(sc.split()) + rng.randint(-12, 25)


def main() -> None:
    rng = random.Random(46)
    out: list[str] = []
    pid = {c: f"{ID}player/{c}" for c in PLAYERS}
    coach_iri = {name: f"{ID}person/C{i:03d}" for i, name in enumerate(COACHES, 1)}
    country_iri = {c: f"{ID}country/{c}" for c in COUNTRIES}
    city_iri = {c: f"{ID}city/{c.replace(' ', '_')}" for c in CITIES}

    # the ontology header and code lists
    out += typed(
        "owl:Ontology",
        SP.rstrip("#"),
        [
            lit("rdfs:label", "Tennis federation sport vocabulary", "en"),
            lit("owl:versionInfo", "2.3.1"),
        ],
    )
    for prop, label in [
        ("singlesChampion", "singles champion"),
        ("doublesChampion", "doubles champion"),
        ("editionOf", "edition of"),
        ("winner", "winner"),
        ("rankingEntry", "ranking entry"),
        ("plays", "plays"),
        ("coach", "coach"),
    ]:
        out += typed("owl:ObjectProperty", SP + prop, [lit("rdfs:label", label, "en")])
    concept_scheme(out, "category", CATEGORIES)
    concept_scheme(out, "surface", SURFACES)
    concept_scheme(out, "round", ROUNDS)
    concept_scheme(out, "hand", HANDS)
    concept_scheme(out, "discipline", DISCIPLINES)

    for c, (name, others) in COUNTRIES.items():
        body = [lit("schema:name", name, "en")] + [
            lit("schema:alternateName", o, lang) for o, lang in others
        ]
        body.append(lit("sp:iocCode", c))
        out += typed("schema:Country", country_iri[c], body)
    for c, cc in CITIES.items():
        out += typed(
            "schema:City",
            city_iri[c],
            [lit("schema:name", c), res("schema:containedInPlace", country_iri[cc])],
        )
    for name, cc in COACHES.items():
        out += typed(
            "schema:Person",
            coach_iri[name],
            [lit("schema:name", name), res("schema:nationality", country_iri[cc])],
        )

    # ranking points: a final in the 52 weeks before the date counts (the winner the category's
    # points, the runner-up 60%), over a seeded base of the other results
    base = {c: 400 + 30 * (len(PLAYERS) - i) + rng.randint(0, 900) for i, c in enumerate(PLAYERS)}
    ranked = [c for c in PLAYERS if not any(c in t for t in DOUBLES.values())][:30]
    entries: dict[str, list[tuple[str, int, int]]] = {c: [] for c in PLAYERS}
    for d in RANK_DATES:
        day = dt.date.fromisoformat(d)
        pts = {c: base[c] + rng.randint(0, 400) for c in ranked}
        for (t, year), (w, l_, _s) in FINALS.items():
            played = dt.date(year, *STARTS[t])
            if dt.timedelta(0) < day - played <= dt.timedelta(days=364):
                value = CATEGORY_POINTS[TOURNAMENTS[t][2]]
                pts[w] = pts.get(w, 0) + value
                pts[l_] = pts.get(l_, 0) + value * 6 // 10
        for r, c in enumerate(sorted(ranked, key=lambda c: -pts[c]), 1):
            if r <= 8 or (r <= 16 and rng.random() < 0.3):
                entries[c].append((d, r, int(pts[c])))

    blanks: list[str] = []
    for c, (name, given, family, alts, cc, born, hand, height, coach) in PLAYERS.items():
        body = [
            lit("schema:name", name),
            lit("schema:givenName", given),
            lit("schema:familyName", family),
        ]
        body += [lit("schema:alternateName", a, lang) for a, lang in alts]
        body += [
            res("schema:nationality", country_iri[cc]),
            lit("schema:birthDate", born, dtype="date"),
            res("sp:plays", f"{SP}hand/{hand}"),
        ]
        body += record(
            "schema:height", [lit("schema:value", height), lit("schema:unitCode", "CMT")]
        )
        if coach:
            body.append(res("sp:coach", coach_iri[coach]))
        for i, (d, r, p) in enumerate(entries[c]):
            nid = f"rk{c}{i}"
            body.append(node("sp:rankingEntry", nid))
            blanks += block(
                f'<sp:RankingRecord rdf:nodeID="{nid}">',
                "</sp:RankingRecord>",
                [
                    lit("sp:rank", r, dtype="integer"),
                    lit("sp:rankingDate", d, dtype="date"),
                    lit("sp:points", p),
                ],
            )
        out += typed("schema:Person", pid[c], body)

    teams: dict[tuple[str, str], str] = {}

    def team(pair: tuple[str, str]) -> str:
        if pair not in teams:
            nid = f"team{len(teams) + 1}"
            teams[pair] = nid
            blanks.extend(
                block(
                    f'<schema:SportsTeam rdf:nodeID="{nid}">',
                    "</schema:SportsTeam>",
                    [res("schema:athlete", pid[pair[0]]), res("schema:athlete", pid[pair[1]])],
                )
            )
        return teams[pair]

    for t, (name, alts, cat, surf, indoor, city, cur, prize, first) in TOURNAMENTS.items():
        body = [lit("schema:name", name, "en")] + [
            lit("schema:alternateName", a, lang) for a, lang in alts
        ]
        body += [
            res("sp:category", f"{SP}category/{cat}"),
            res("sp:surface", f"{SP}surface/{surf}"),
            lit("sp:indoor", str(indoor).lower(), dtype="boolean"),
        ]
        body += [res("schema:location", city_iri[city]), lit("sp:firstHeld", first, dtype="gYear")]
        body += record(
            "sp:prizeMoney",
            [lit("schema:value", prize, dtype="decimal"), lit("schema:currency", cur)],
        )
        out += described(
            f"{ID}tournament/{t}", [SP + "Tournament", "http://schema.org/SportsEvent"], body
        )

    seeds = [c for c in PLAYERS if c in ranked]
    match_no = 0
    for year in YEARS:
        for t, (name, *_rest) in TOURNAMENTS.items():
            ed = f"{ID}tournament/{t}/{year}"
            label = f"{name} {year}"
            if (t, year) in CANCELLED:
                out += described(
                    ed,
                    [SP + "TournamentEdition"],
                    [
                        lit("schema:name", label),
                        res("sp:editionOf", f"{ID}tournament/{t}"),
                        lit("sp:season", year, dtype="gYear"),
                        lit("sp:status", "cancelled"),
                    ],
                )
                continue
            slam = TOURNAMENTS[t][2] == "GS"
            m, d = STARTS[t]
            first = dt.date(year, m, d)
            last = first + dt.timedelta(days=13 if slam else 6)
            start, end, semis = (
                first.isoformat(),
                last.isoformat(),
                (last - dt.timedelta(days=2)).isoformat(),
            )
            win, lose, sc = FINALS[(t, year)]
            body = [
                lit("schema:name", label),
                res("sp:editionOf", f"{ID}tournament/{t}"),
                lit("sp:season", year, dtype="gYear"),
            ]
            body += [
                lit("schema:startDate", start, dtype="date"),
                lit("schema:endDate", end, dtype="date"),
                res("sp:singlesChampion", pid[win]),
            ]
            if (t, year) in DOUBLES:
                body.append(node("sp:doublesChampion", team(DOUBLES[(t, year)])))
            out += described(ed, [SP + "TournamentEdition", "http://schema.org/SportsEvent"], body)

            # the draw's last rounds: the final, at slams the semis and (from 2022) the quarters; the
            # smaller events' finals are on record from 2021
            matches = [("F", win, lose, sc, end)] if slam or year >= 2021 else []
            if slam:
                others = [s for s in seeds if s not in (win, lose)]
                rng.shuffle(others)
                sf_losers = others[:2]
                matches += [
                    ("SF", win, sf_losers[0], None, semis),
                    ("SF", lose, sf_losers[1], None, semis),
                ]
                if year >= 2022:
                    qf_losers = others[2:6]
                    for w, l_ in zip(
                        [win, sf_losers[0], lose, sf_losers[1]], qf_losers, strict=True
                    ):
                        matches.append(
                            ("QF", w, l_, None, (last - dt.timedelta(days=4)).isoformat())
                        )
            for rnd, w, l_, s, day in matches:
                match_no += 1
                s = s or score(rng, 3 if slam else 2)
                mid = f"{ID}match/{year}-{t}-MS{match_no:03d}"
                sides = [w, l_] if rng.random() < 0.5 else [l_, w]
                dur = minutes(s, rng)
                body = [res("sp:partOf", ed), res("sp:discipline", f"{SP}discipline/MS")]
                body.append(res("sp:round", f"{SP}round/{rnd}"))
                body += [res("schema:competitor", pid[x]) for x in sides]
                body += [
                    res("sp:winner", pid[w]),
                    lit("sp:score", s),
                    lit("sp:durationMinutes", dur, dtype="integer")
                    if slam
                    else lit("sp:durationMinutes", dur),
                ]
                body.append(lit("schema:startDate", day, dtype="date"))
                out += typed("sp:Match", mid, body)
            # the doubles final at slams: teams as shared nodeID blank nodes
            if (t, year) in DOUBLES:
                match_no += 1
                pool = sorted(
                    {p for pair in DOUBLES.values() for p in pair} - set(DOUBLES[(t, year)])
                )
                a, b = rng.sample(pool, 2)
                opp = (a, b)
                s = score(rng, 2)
                body = [res("sp:partOf", ed), res("sp:discipline", f"{SP}discipline/MD")]
                body.append(res("sp:round", f"{SP}round/F"))
                body += [
                    node("schema:competitor", team(DOUBLES[(t, year)])),
                    node("schema:competitor", team(opp)),
                    node("sp:winner", team(DOUBLES[(t, year)])),
                ]
                body += [
                    lit("sp:score", s),
                    lit("sp:durationMinutes", minutes(s, rng), dtype="integer"),
                    lit("schema:startDate", end, dtype="date"),
                ]
                out += typed("sp:Match", f"{ID}match/{year}-{t}-MD{match_no:03d}", body)

    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<rdf:RDF",
        '    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
        '    xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"',
        '    xmlns:owl="http://www.w3.org/2002/07/owl#"',
        '    xmlns:skos="http://www.w3.org/2004/02/skos/core#"',
        '    xmlns:schema="http://schema.org/"',
        f'    xmlns:sp="{SP}">',
    ]
    (HERE / "tennis.rdf").write_text(
        "\n".join(head + out + blanks + ["</rdf:RDF>"]) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
