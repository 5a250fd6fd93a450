# ruff: noqa: E501  (one record a line)
"""Write ``chess.nq``: a chess federation's games and ratings database as its linked-data dump
publishes it (N-Quads, one named graph per source: the player register, one graph per rating
list month, the event calendar, one graph per imported PGN file, the ECO opening scheme).

The shape follows what a PGN-to-RDF export joined to a FIDE-like rating service yields
(a local vocabulary ``cf:`` with schema.org and SKOS; opaque numeric IRIs):

* players as ``schema:Person`` at ``/id/player/<FIDE id>``: ``schema:name`` written as PGN
  writes it ("Carlsen, Magnus", "Gukesh, D"), ``rdfs:label`` "Given Surname" on some players only
  (some ``@en``), names in their own script (``@zh``, ``@ru``, ``@hy``, ``@uk``) on some,
  ``schema:alternateName`` nicknames on a few, ``cf:fideId`` as a string, ``cf:title`` to a coded
  SKOS title ("GM" notation, "Grandmaster" label), ``cf:federation`` to a federation node (notation
  "NOR", label "Norway"), ``cf:birthYear`` as an untyped string on most and ``schema:birthDate``
  (``xsd:date``) on those from an older import;
* monthly rating records as blank n-ary nodes in the month's graph: ``cf:ratedPlayer`` the player
  (nothing points from the player to them), ``cf:ratingList`` a SKOS list concept (standard,
  rapid, blitz), ``cf:ratingPeriod`` an ``xsd:date``, ``cf:rating`` an untyped number string,
  ``cf:gamesPlayed`` on some of the latest month's;
* events as ``schema:SportsEvent`` at opaque ``/id/event/<n>`` IRIs: ``schema:name`` (an
  ``schema:alternateName`` on some), ``schema:location`` a city (``schema:City``, in a
  ``schema:Country`` by ``schema:containedInPlace``; the country shares its name with a federation),
  ``schema:startDate`` as ``xsd:date``, ``schema:endDate`` as a PGN "2019.08.29" string,
  ``cf:numberOfRounds`` (``xsd:integer`` on some, untyped on others), ``cf:timeControl`` text,
  ``schema:organizer`` an organisation, ``cf:winner`` (a player, or a team at an olympiad),
  ``schema:superEvent`` a series, ``schema:competitor`` the invited players;
* games as unnamed ``cf:Game`` n-ary records in their PGN file's graph: ``cf:event``,
  ``cf:round`` ("3", match games "3.1"), ``cf:whitePlayer`` / ``cf:blackPlayer``, ``cf:result``
  ("1-0", "0-1", "1/2-1/2"), ``cf:opening`` the ECO concept, ``cf:ecoTag`` the PGN tag string on
  some in the files with PGN dates, ``cf:gameDate`` (PGN "2019.08.19" strings in one file, ``xsd:date`` in another),
  ``cf:moveCount`` untyped;
* the ECO scheme: codes at ``/id/eco/B90`` (``skos:notation``, ``skos:prefLabel`` "Sicilian
  Defence: Najdorf Variation") ``skos:broader`` an opening family at an opaque ``/id/opening/<n>``
  (``skos:prefLabel`` in English and German, ``skos:altLabel`` other names, a code-range notation);
* olympiad teams as ``schema:SportsTeam`` nodes (``cf:section`` open / women, ``cf:finalRank``,
  ``cf:federation``) whose line-up is blank ``cf:BoardAssignment`` nodes (``cf:boardNumber``,
  ``cf:player``).

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/chess_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import BNode, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://data.chessfed.example.org/"
CF = Namespace(BASE + "def/chess#")
SCHEMA = Namespace("http://schema.org/")
ID = Namespace(BASE + "id/")
GR = Namespace(BASE + "graph/")

# (FIDE id, surname, given, title, federation, born, label style, other names)
# label style: "en" rdfs:label "Given Surname"@en, "plain" without tag, "" none (PGN name only),
# "asian" "Surname Given" as the label; born as "1990" or a full date "1990-11-30" (old import)
PLAYERS = [
    ("1503014", "Carlsen", "Magnus", "GM", "NOR", "1990-11-30", "en", []),
    ("2020009", "Caruana", "Fabiano", "GM", "USA", "1992", "en", []),
    ("8603677", "Ding", "Liren", "GM", "CHN", "1992", "asian", [("丁立人", "zh")]),
    (
        "4168119",
        "Nepomniachtchi",
        "Ian",
        "GM",
        "RUS",
        "1990",
        "",
        [("Ян Непомнящий", "ru"), ("Nepo", None)],
    ),
    ("8602980", "Hou", "Yifan", "GM", "CHN", "1994-02-27", "asian", [("侯逸凡", "zh")]),
    ("24116068", "Giri", "Anish", "GM", "NED", "1994", "en", []),
    ("5202213", "So", "Wesley", "GM", "USA", "1993", "plain", []),
    ("12573981", "Firouzja", "Alireza", "GM", "FRA", "2003", "en", []),
    ("2016192", "Nakamura", "Hikaru", "GM", "USA", "1987-12-09", "plain", []),
    ("623539", "Vachier-Lagrave", "Maxime", "GM", "FRA", "1990", "en", [("MVL", None)]),
    ("46616543", "Gukesh", "D", "GM", "IND", "2006", "", [("Dommaraju Gukesh", None)]),
    (
        "25059530",
        "Praggnanandhaa",
        "R",
        "GM",
        "IND",
        "2005",
        "",
        [("Rameshbabu Praggnanandhaa", None), ("Pragg", None)],
    ),
    ("14204118", "Abdusattorov", "Nodirbek", "GM", "UZB", "2004", "en", []),
    ("5000017", "Anand", "Viswanathan", "GM", "IND", "1969-12-11", "en", [("Vishy Anand", None)]),
    ("13300474", "Aronian", "Levon", "GM", "USA", "1982", "plain", [("Լևոն Արոնյան", "hy")]),
    ("14109603", "Karjakin", "Sergey", "GM", "RUS", "1990", "", [("Сергей Карякин", "ru")]),
    ("13401319", "Mamedyarov", "Shakhriyar", "GM", "AZE", "1985", "en", []),
    ("8603405", "Wei", "Yi", "GM", "CHN", "1999", "asian", [("韦奕", "zh")]),
    ("8608059", "Ju", "Wenjun", "GM", "CHN", "1991", "asian", [("居文君", "zh")]),
    ("8605114", "Lei", "Tingjie", "GM", "CHN", "1997", "asian", [("雷挺婕", "zh")]),
    ("13402960", "Abasov", "Nijat", "GM", "AZE", "1995", "plain", []),
    ("5029465", "Vidit", "Santosh Gujrathi", "GM", "IND", "1994", "", [("Vidit Gujrathi", None)]),
    ("35009192", "Erigaisi", "Arjun", "GM", "IND", "2003", "en", []),
    ("1170546", "Duda", "Jan-Krzysztof", "GM", "POL", "1998", "en", []),
    ("14205483", "Yakubboev", "Nodirbek", "GM", "UZB", "2002", "plain", []),
    ("14205050", "Sindarov", "Javokhir", "GM", "UZB", "2005", "plain", []),
    ("14201828", "Vokhidov", "Shamsiddin", "GM", "UZB", "2002", "", []),
    ("13300881", "Sargissian", "Gabriel", "GM", "ARM", "1983", "en", [("Գաբրիել Սարգսյան", "hy")]),
    ("13303449", "Melkumyan", "Hrant", "GM", "ARM", "1989", "plain", []),
    ("13306553", "Ter-Sahakyan", "Samvel", "GM", "ARM", "1993", "", []),
    ("13301357", "Martirosyan", "Haik M.", "GM", "ARM", "2000", "plain", []),
    ("25092340", "Sarin", "Nihal", "GM", "IND", "2004", "en", []),
    ("5018471", "Adhiban", "B.", "GM", "IND", "1992", "", [("Baskaran Adhiban", None)]),
    ("14109336", "Muzychuk", "Anna", "GM", "UKR", "1990", "en", [("Анна Музичук", "uk")]),
    ("14114550", "Muzychuk", "Mariya", "GM", "UKR", "1992", "en", [("Марія Музичук", "uk")]),
    ("14102960", "Ushenina", "Anna", "GM", "UKR", "1985", "plain", []),
    ("14118750", "Osmak", "Yuliia", "IM", "UKR", "1998", "plain", []),
    ("5008123", "Koneru", "Humpy", "GM", "IND", "1987", "", [("Koneru Humpy", None)]),
    ("5015618", "Harika", "Dronavalli", "GM", "IND", "1991", "", [("Harika Dronavalli", None)]),
    ("5091756", "Vaishali", "R", "GM", "IND", "2001", "", [("Vaishali Rameshbabu", None)]),
    ("5006430", "Sachdev", "Tania", "IM", "IND", "1986", "en", []),
    (
        "4147103",
        "Goryachkina",
        "Aleksandra",
        "GM",
        "RUS",
        "1998",
        "en",
        [("Александра Горячкина", "ru")],
    ),
    ("13708694", "Dzagnidze", "Nana", "GM", "GEO", "1987", "en", []),
    ("13603620", "Batsiashvili", "Nino", "IM", "GEO", "1987", "plain", []),
    # a club's players from the federation's own register (invented)
    ("1712345", "Lindqvist", "Oskar", "IM", "SWE", "1996", "en", []),
    ("1509876", "Haugen", "Ingrid", "WGM", "NOR", "1999", "plain", []),
    ("1504561", "Berntsen", "Sindre", "FM", "NOR", "2001", "", []),
    ("1506642", "Nilsen", "Marte", "WIM", "NOR", "2003", "en", []),
    ("8512340", "Okonkwo", "Chidi", "FM", "NGR", "1994", "plain", []),
    ("2098765", "Delacroix", "Amélie", "WGM", "USA", "2000", "en", []),
]
# 2024 standard ratings (the rest of the series walks back from it)
RATING_2024 = {
    "Carlsen": 2830, "Caruana": 2804, "Ding": 2780, "Nepomniachtchi": 2769, "Hou": 2632,
    "Giri": 2749, "So": 2757, "Firouzja": 2759, "Nakamura": 2789, "Vachier-Lagrave": 2737,
    "Gukesh": 2725, "Praggnanandhaa": 2743, "Abdusattorov": 2727, "Anand": 2748,
    "Aronian": 2736, "Karjakin": 2747, "Mamedyarov": 2725, "Wei": 2751, "Ju": 2560, "Lei": 2548,
    "Abasov": 2648, "Vidit": 2742, "Erigaisi": 2738, "Duda": 2732, "Yakubboev": 2668,
    "Sindarov": 2658, "Vokhidov": 2602, "Sargissian": 2663, "Melkumyan": 2647,
    "Ter-Sahakyan": 2625, "Martirosyan": 2632, "Sarin": 2693, "Adhiban": 2595,
    "Muzychuk|Anna": 2522, "Muzychuk|Mariya": 2511, "Ushenina": 2430, "Osmak": 2439, "Koneru": 2546, "Harika": 2503, "Vaishali": 2475,
    "Sachdev": 2392, "Goryachkina": 2553, "Dzagnidze": 2502, "Batsiashvili": 2468,
    "Lindqvist": 2412, "Haugen": 2268, "Berntsen": 2305, "Nilsen": 2214, "Okonkwo": 2277,
    "Delacroix": 2301,
}  # fmt: skip
TITLES = {
    "GM": ("Grandmaster", "Großmeister"),
    "IM": ("International Master", "Internationaler Meister"),
    "FM": ("FIDE Master", "FIDE-Meister"),
    "WGM": ("Woman Grandmaster", "Großmeisterin der Frauen"),
    "WIM": ("Woman International Master", "Internationale Meisterin der Frauen"),
}
# federation code -> (federation label, country name, ISO code)
FEDS = {
    "NOR": ("Norway", "Norway", "NO"), "USA": ("United States", "United States", "US"),
    "CHN": ("China", "China", "CN"), "RUS": ("Russia", "Russia", "RU"),
    "NED": ("Netherlands", "Netherlands", "NL"), "FRA": ("France", "France", "FR"),
    "IND": ("India", "India", "IN"), "UZB": ("Uzbekistan", "Uzbekistan", "UZ"),
    "AZE": ("Azerbaijan", "Azerbaijan", "AZ"), "POL": ("Poland", "Poland", "PL"),
    "ARM": ("Armenia", "Armenia", "AM"), "UKR": ("Ukraine", "Ukraine", "UA"),
    "GEO": ("Georgia", "Georgia", "GE"), "SWE": ("Sweden", "Sweden", "SE"),
    "NGR": ("Nigeria", "Nigeria", "NG"), "KAZ": ("Kazakhstan", "Kazakhstan", "KZ"),
    "CAN": ("Canada", "Canada", "CA"), "ESP": ("Spain", "Spain", "ES"),
}  # fmt: skip
# city -> (country ISO code, German name or None)
CITIES = {
    "Saint Louis": ("US", None), "Wijk aan Zee": ("NL", None), "Stavanger": ("NO", None),
    "Madrid": ("ES", None), "Toronto": ("CA", None), "Astana": ("KZ", None),
    "Shanghai": ("CN", "Schanghai"), "Chongqing": ("CN", "Chongqing"), "Chennai": ("IN", None),
    "Kolkata": ("IN", "Kalkutta"), "Oslo": ("NO", None), "Bergen": ("NO", None),
}  # fmt: skip
ORGS = {
    "Saint Louis Chess Club": "Saint Louis", "Tata Steel Chess": "Wijk aan Zee",
    "Norway Chess AS": "Stavanger", "FIDE": None, "All India Chess Federation": "Chennai",
    "Chinese Chess Association": None, "Bergen Sjakklubb": "Bergen",
}  # fmt: skip
OPENINGS = [
    # (family id, family name, German name, other names, code range, [(ECO, variation name)])
    (11, "Sicilian Defence", "Sizilianische Verteidigung", [], "B20-B99",
     [("B22", "Sicilian Defence: Alapin Variation"), ("B33", "Sicilian Defence: Sveshnikov Variation"),
      ("B51", "Sicilian Defence: Moscow Variation"), ("B70", "Sicilian Defence: Dragon Variation"),
      ("B80", "Sicilian Defence: Scheveningen Variation"), ("B90", "Sicilian Defence: Najdorf Variation"),
      ("B30", "Sicilian Defence: Rossolimo Variation")]),
    (12, "Ruy Lopez", "Spanische Partie", ["Spanish Game", "Spanish Opening"], "C60-C99",
     [("C65", "Ruy Lopez: Berlin Defence"), ("C84", "Ruy Lopez: Closed"),
      ("C89", "Ruy Lopez: Marshall Attack"), ("C78", "Ruy Lopez: Archangel Variation")]),
    (13, "Queen's Gambit Declined", "Abgelehntes Damengambit", ["QGD"], "D30-D69",
     [("D37", "Queen's Gambit Declined: Harrwitz Attack"), ("D38", "Queen's Gambit Declined: Ragozin Defence"),
      ("D43", "Queen's Gambit Declined: Semi-Slav Defence")]),
    (14, "Nimzo-Indian Defence", "Nimzowitsch-Indische Verteidigung", [], "E20-E59",
     [("E32", "Nimzo-Indian Defence: Classical Variation"), ("E46", "Nimzo-Indian Defence: Rubinstein Variation")]),
    (15, "King's Indian Defence", "Königsindische Verteidigung", ["KID"], "E60-E99",
     [("E97", "King's Indian Defence: Mar del Plata Variation"), ("E92", "King's Indian Defence: Petrosian System")]),
    (16, "French Defence", "Französische Verteidigung", [], "C00-C19",
     [("C11", "French Defence: Steinitz Variation"), ("C18", "French Defence: Winawer Variation")]),
    (17, "Caro-Kann Defence", "Caro-Kann-Verteidigung", [], "B10-B19",
     [("B12", "Caro-Kann Defence: Advance Variation"), ("B18", "Caro-Kann Defence: Classical Variation")]),
    (18, "English Opening", "Englische Eröffnung", [], "A10-A39",
     [("A29", "English Opening: Four Knights Variation"), ("A34", "English Opening: Symmetrical Variation")]),
    (19, "Italian Game", "Italienische Partie", ["Giuoco Piano"], "C50-C54",
     [("C50", "Italian Game: Giuoco Pianissimo"), ("C54", "Italian Game: Classical Variation")]),
    (20, "Grünfeld Defence", "Grünfeld-Indische Verteidigung", ["Gruenfeld Defence"], "D70-D99",
     [("D85", "Grünfeld Defence: Exchange Variation"), ("D97", "Grünfeld Defence: Russian Variation")]),
    (21, "Petrov's Defence", "Russische Verteidigung", ["Russian Game", "Petroff Defence"], "C42-C43",
     [("C42", "Petrov's Defence: Classical Attack")]),
    (22, "Slav Defence", "Slawische Verteidigung", [], "D10-D19",
     [("D17", "Slav Defence: Czech Variation"), ("D12", "Slav Defence: Quiet Variation")]),
    (23, "Catalan Opening", "Katalanische Eröffnung", [], "E00-E09",
     [("E06", "Catalan Opening: Closed Variation"), ("E04", "Catalan Opening: Open Variation")]),
    (24, "Queen's Gambit Accepted", "Angenommenes Damengambit", ["QGA"], "D20-D29",
     [("D27", "Queen's Gambit Accepted: Classical Variation")]),
]  # fmt: skip
RATED_YEARS = range(2020, 2025)
FAST = ["Carlsen", "Nakamura", "Firouzja", "Caruana", "Nepomniachtchi", "Ding", "So", "Giri",
        "Vachier-Lagrave", "Hou", "Ju", "Erigaisi", "Gukesh", "Praggnanandhaa", "Anand"]  # fmt: skip


def _event_rows() -> list[dict[str, object]]:
    """The event calendar: one dict per event (players by surname)."""
    return [
        dict(n=4101, name="Grand Chess Tour 2019", city=None, start="2019-05-09", end="2019.12.08", org="Saint Louis Chess Club", winner="Ding"),
        dict(n=4117, name="Sinquefield Cup 2019", alt="7th Sinquefield Cup", city="Saint Louis", start="2019-08-16", end="2019.08.29", rounds=11, typed=True, tc="130 minutes for the game with a 30-second delay from move 1", org="Saint Louis Chess Club", winner="Ding", sup=4101, players=["Carlsen", "Ding", "Caruana", "Nepomniachtchi", "Vachier-Lagrave", "Aronian", "Anand", "So", "Giri", "Karjakin", "Mamedyarov", "Nakamura"], pgn="rr", dates="pgn"),
        dict(n=4203, name="Tata Steel India Rapid 2019", city="Kolkata", start="2019-11-20", end="2019.11.22", rounds=9, tc="25 minutes + 10 seconds per move", org="Tata Steel Chess", winner="Carlsen", sup=4101, players=["Carlsen", "So", "Anand", "Nakamura", "Vidit", "Giri", "Karjakin", "Duda", "Harika", "Erigaisi"]),
        dict(n=5230, name="Candidates Tournament 2022", alt="FIDE Candidates 2022", city="Madrid", start="2022-06-17", end="2022.07.04", rounds=14, tc="120 minutes for 40 moves, 60 minutes for 20 moves, 15 minutes for the rest with 30 seconds from move 61", org="FIDE", winner="Nepomniachtchi", players=["Nepomniachtchi", "Ding", "Nakamura", "Radjabov", "Caruana", "Firouzja", "Duda", "Rapport"]),
        dict(n=5244, name="Norway Chess 2022", city="Stavanger", start="2022-05-30", end="2022.06.10", rounds=9, typed=True, tc="120 minutes for the game with a 10-second increment from move 41", org="Norway Chess AS", winner="Carlsen", players=["Carlsen", "Vachier-Lagrave", "So", "Anand", "Giri", "Mamedyarov", "Topalov", "Firouzja", "Rapport", "Wang"]),
        dict(n=5261, name="44th Chess Olympiad", alt="Chennai Chess Olympiad 2022", city="Chennai", start="2022-07-29", end="2022.08.09", rounds=11, tc="90 minutes for 40 moves + 30 minutes, 30-second increment from move 1", org="All India Chess Federation", winner="team:UZB-open"),
        dict(n=6012, name="Tata Steel Chess Tournament 2023 – Masters", alt="Tata Steel Masters 2023", city="Wijk aan Zee", start="2023-01-13", end="2023.01.29", rounds=13, typed=True, tc="100 minutes for 40 moves, 50 minutes for 20 moves, 15 minutes with a 30-second increment", org="Tata Steel Chess", winner="Giri", players=["Carlsen", "Ding", "Giri", "So", "Abdusattorov", "Firouzja", "Aronian", "Erigaisi", "Praggnanandhaa", "Rapport", "Keymer", "Maghsoodloo", "Ding", "Van Foreest"]),
        dict(n=6030, name="World Chess Championship 2023", city="Astana", start="2023-04-09", end="2023.04.30", rounds=14, tc="120 minutes for 40 moves, 60 minutes for 20 moves, 15 minutes with 30 seconds from move 61", org="FIDE", winner="Ding", players=["Ding", "Nepomniachtchi"], pgn="match", dates="xsd"),
        dict(n=6031, name="Women's World Chess Championship 2023", city="Shanghai", start="2023-07-05", end="2023.07.24", rounds=12, typed=True, tc="90 minutes for 40 moves + 30 minutes, 30-second increment from move 1", org="Chinese Chess Association", winner="Ju", players=["Ju", "Lei"], pgn="match", dates="xsd"),
        dict(n=7004, name="Tata Steel Chess Tournament 2024 – Masters", alt="Tata Steel Masters 2024", city="Wijk aan Zee", start="2024-01-13", end="2024.01.28", rounds=13, tc="100 minutes for 40 moves, 50 minutes for 20 moves, 15 minutes with a 30-second increment", org="Tata Steel Chess", winner="Wei", players=["Wei", "Giri", "Gukesh", "Nepomniachtchi", "Praggnanandhaa", "Ding", "Abdusattorov", "Firouzja", "So", "Vidit"]),
        dict(n=7022, name="Candidates Tournament 2024", alt="FIDE Candidates 2024", city="Toronto", start="2024-04-03", end="2024.04.22", rounds=14, typed=True, tc="120 minutes for 40 moves, 30 minutes for the rest with 30 seconds from move 41", org="FIDE", winner="Gukesh", players=["Gukesh", "Nepomniachtchi", "Nakamura", "Caruana", "Praggnanandhaa", "Abasov", "Vidit", "Firouzja"], pgn="drr", dates="pgn"),
        dict(n=7140, name="Bergen Open 2024", city="Bergen", start="2024-03-22", end="2024.03.25", rounds=5, tc="90 minutes + 30 seconds per move", org="Bergen Sjakklubb", winner="Lindqvist", players=["Lindqvist", "Haugen", "Berntsen", "Nilsen", "Okonkwo", "Delacroix"], pgn="rr6", dates="pgn"),
    ]  # fmt: skip


# olympiad teams: (key, name, federation, section, rank, [surnames by board])
TEAMS = [
    ("UZB-open", "Uzbekistan", "UZB", "open", 1, ["Abdusattorov", "Yakubboev", "Sindarov", "Vokhidov"]),
    ("ARM-open", "Armenia", "ARM", "open", 2, ["Sargissian", "Melkumyan", "Ter-Sahakyan", "Martirosyan"]),
    ("IND2-open", "India 2", "IND", "open", 3, ["Gukesh", "Sarin", "Praggnanandhaa", "Adhiban"]),
    ("UKR-women", "Ukraine", "UKR", "women", 1, ["Muzychuk|Anna", "Muzychuk|Mariya", "Ushenina", "Osmak"]),
    ("GEO-women", "Georgia", "GEO", "women", 2, ["Dzagnidze", "Batsiashvili"]),
    ("IND1-women", "India", "IND", "women", 3, ["Koneru", "Harika", "Vaishali", "Sachdev"]),
]  # fmt: skip


def _round_robin(n: int, double: bool = False) -> list[list[tuple[int, int]]]:
    """Circle-method rounds: per round the (white, black) indices of ``n`` (even) players, white
    going to the one of the pair who has had it fewer times (the second cycle swaps colours)."""
    rounds = []
    idx = list(range(n))
    whites = [0] * n
    for r in range(n - 1):
        pairs = []
        for i in range(n // 2):
            a, b = idx[i], idx[n - 1 - i]
            if whites[a] > whites[b] or (whites[a] == whites[b] and (r + i) % 2):
                a, b = b, a
            whites[a] += 1
            pairs.append((a, b))
        rounds.append(pairs)
        idx = [idx[0], idx[-1], *idx[1:-1]]
    if double:
        rounds += [[(b, a) for a, b in rnd] for rnd in rounds]
    return rounds


def build() -> Dataset:
    """The dump as an rdflib ``Dataset`` (blank nodes with fixed ids, so the file is stable)."""
    rng = random.Random(4706)
    ds = Dataset()
    reg = ds.graph(GR["players"])
    cal = ds.graph(GR["events"])
    eco = ds.graph(GR["eco"])
    counter = iter(range(1, 100000))

    def bnode(prefix: str) -> BNode:
        return BNode(f"{prefix}{next(counter)}")

    # vocabulary terms used as values
    for code, (en, de) in TITLES.items():
        t = URIRef(BASE + f"def/title/{code}")
        reg.add((t, RDF.type, SKOS.Concept))
        reg.add((t, SKOS.notation, Literal(code)))
        reg.add((t, SKOS.prefLabel, Literal(en, lang="en")))
        reg.add((t, SKOS.prefLabel, Literal(de, lang="de")))
    lists = {}
    for key, en in (("standard", "Standard"), ("rapid", "Rapid"), ("blitz", "Blitz")):
        lists[key] = URIRef(BASE + f"def/ratingList/{key}")
        reg.add((lists[key], RDF.type, SKOS.Concept))
        reg.add((lists[key], SKOS.prefLabel, Literal(en, lang="en")))
    countries = {}
    for code, (fed, country, iso) in FEDS.items():
        f = ID[f"federation/{code}"]
        reg.add((f, RDF.type, CF.Federation))
        reg.add((f, SKOS.prefLabel, Literal(fed, lang="en")))
        reg.add((f, SKOS.notation, Literal(code)))
        c = ID[f"country/{iso}"]
        countries[iso] = c
        cal.add((c, RDF.type, SCHEMA.Country))
        cal.add((c, SCHEMA.name, Literal(country, lang="en")))
    cities = {}
    for k, (city, (iso, de)) in enumerate(CITIES.items()):
        c = ID[f"place/{3300 + 7 * k}"]
        cities[city] = c
        cal.add((c, RDF.type, SCHEMA.City))
        cal.add((c, SCHEMA.name, Literal(city, lang="en") if k % 2 else Literal(city)))
        if de:
            cal.add((c, SCHEMA.name, Literal(de, lang="de")))
        cal.add((c, SCHEMA.containedInPlace, countries[iso]))
    orgs = {}
    for k, (org, city) in enumerate(ORGS.items()):
        o = ID[f"org/{510 + k}"]
        orgs[org] = o
        cal.add((o, RDF.type, SCHEMA.Organization))
        cal.add((o, SCHEMA.name, Literal(org)))
        if city:
            cal.add((o, SCHEMA.location, cities[city]))

    # players
    people: dict[str, URIRef] = {}
    for fid, sur, given, title, fed, born, style, others in PLAYERS:
        p = ID[f"player/{fid}"]
        people[sur if sur not in people else f"{sur}|{given}"] = p
        if sur == "Muzychuk":
            people[f"{sur}|{given}"] = p
        reg.add((p, RDF.type, SCHEMA.Person))
        reg.add((p, SCHEMA.name, Literal(f"{sur}, {given}")))
        if style == "en":
            reg.add((p, RDFS.label, Literal(f"{given} {sur}", lang="en")))
        elif style == "plain":
            reg.add((p, RDFS.label, Literal(f"{given} {sur}")))
        elif style == "asian":
            reg.add((p, RDFS.label, Literal(f"{sur} {given}")))
        for name, lang in others:
            pred = RDFS.label if lang else SCHEMA.alternateName
            reg.add((p, pred, Literal(name, lang=lang)))
        reg.add((p, CF.fideId, Literal(fid)))
        reg.add((p, CF.title, URIRef(BASE + f"def/title/{title}")))
        reg.add((p, CF.federation, ID[f"federation/{fed}"]))
        if len(born) > 4:
            reg.add((p, SCHEMA.birthDate, Literal(born, datatype=XSD.date)))
        else:
            reg.add((p, CF.birthYear, Literal(born)))

    # ratings: standard every January, rapid and blitz in January 2024 for the fast players
    for fid, sur, given, *_ in PLAYERS:
        p = ID[f"player/{fid}"]
        value = RATING_2024.get(f"{sur}|{given}", RATING_2024.get(sur, 0))
        series = {2024: value}
        for y in range(2023, RATED_YEARS.start - 1, -1):
            value = (
                value - rng.randint(-22, 30)
                if fid not in ("1503014",)
                else value + rng.randint(-6, 12)
            )
            series[y] = value
        for y in RATED_YEARS:
            month = ds.graph(GR[f"ratings/{y}-01"])
            r = bnode("rating")
            month.add((r, RDF.type, CF.RatingRecord))
            month.add((r, CF.ratedPlayer, p))
            month.add((r, CF.ratingList, lists["standard"]))
            month.add((r, CF.ratingPeriod, Literal(f"{y}-01-01", datatype=XSD.date)))
            month.add((r, CF.rating, Literal(str(series[y]))))
            if y == 2024 and rng.random() < 0.3:
                month.add((r, CF.gamesPlayed, Literal(str(rng.randint(1, 12)))))
        if sur in FAST:
            month = ds.graph(GR["ratings/2024-01"])
            for key in ("rapid", "blitz"):
                r = bnode("rating")
                month.add((r, RDF.type, CF.RatingRecord))
                month.add((r, CF.ratedPlayer, p))
                month.add((r, CF.ratingList, lists[key]))
                month.add((r, CF.ratingPeriod, Literal("2024-01-01", datatype=XSD.date)))
                month.add((r, CF.rating, Literal(str(series[2024] + rng.randint(-90, 40)))))

    # openings
    scheme = ID["eco"]
    eco.add((scheme, RDF.type, SKOS.ConceptScheme))
    eco.add((scheme, SKOS.prefLabel, Literal("Encyclopaedia of Chess Openings", lang="en")))
    codes: dict[str, URIRef] = {}
    for fam_id, fam, de, alts, rng_codes, variations in OPENINGS:
        f = ID[f"opening/{fam_id}"]
        eco.add((f, RDF.type, SKOS.Concept))
        eco.add((f, SKOS.inScheme, scheme))
        eco.add((f, SKOS.prefLabel, Literal(fam, lang="en")))
        eco.add((f, SKOS.prefLabel, Literal(de, lang="de")))
        eco.add((f, SKOS.notation, Literal(rng_codes)))
        for a in alts:
            eco.add((f, SKOS.altLabel, Literal(a, lang="en")))
        for code, name in variations:
            v = ID[f"eco/{code}"]
            codes[code] = v
            eco.add((v, RDF.type, SKOS.Concept))
            eco.add((v, SKOS.inScheme, scheme))
            eco.add((v, SKOS.notation, Literal(code)))
            eco.add((v, SKOS.prefLabel, Literal(name, lang="en")))
            eco.add((v, SKOS.broader, f))

    # events, games and teams
    game_no = iter(range(918200, 999999, 7))
    for ev in _event_rows():
        e = ID[f"event/{ev['n']}"]
        cal.add((e, RDF.type, SCHEMA.SportsEvent))
        cal.add((e, SCHEMA.name, Literal(str(ev["name"]))))
        if "alt" in ev:
            cal.add((e, SCHEMA.alternateName, Literal(str(ev["alt"]))))
        if ev["city"]:
            cal.add((e, SCHEMA.location, cities[str(ev["city"])]))
        cal.add((e, SCHEMA.startDate, Literal(str(ev["start"]), datatype=XSD.date)))
        cal.add((e, SCHEMA.endDate, Literal(str(ev["end"]))))
        if "rounds" in ev:
            rounds = int(str(ev["rounds"]))
            lit = Literal(rounds) if ev.get("typed") else Literal(str(rounds))
            cal.add((e, CF.numberOfRounds, lit))
            cal.add((e, CF.timeControl, Literal(str(ev["tc"]), lang="en")))
        cal.add((e, SCHEMA.organizer, orgs[str(ev["org"])]))
        winner = str(ev["winner"])
        if not winner.startswith("team:"):
            cal.add((e, CF.winner, people[winner]))
        if "sup" in ev:
            cal.add((e, SCHEMA.superEvent, ID[f"event/{ev['sup']}"]))
        players = [s for s in ev.get("players", []) if s in people]  # type: ignore[attr-defined]
        players = list(dict.fromkeys(players))
        for s in players:
            cal.add((e, SCHEMA.competitor, people[s]))
        kind = ev.get("pgn")
        if not kind:
            continue
        pgn = ds.graph(GR[f"pgn/{ev['n']}"])
        if kind == "match":
            schedule = [[(0, 1) if r % 2 == 0 else (1, 0)] for r in range(rounds)]
        else:
            schedule = _round_robin(len(players), double=kind == "drr")
            rng.shuffle(players)
        y, m, d = (int(x) for x in str(ev["start"]).split("-"))
        for r, pairs in enumerate(schedule, 1):
            day = d + r + (r // 4)
            for board, (w, b) in enumerate(pairs, 1):
                gnode = ID[f"game/{next(game_no)}"]
                pgn.add((gnode, RDF.type, CF.Game))
                pgn.add((gnode, CF.event, e))
                pgn.add(
                    (
                        gnode,
                        CF.round,
                        Literal(
                            f"{r}"
                            if kind == "match" or len(pairs) == 1
                            else f"{r}.{board}"
                            if kind == "rr6"
                            else str(r)
                        ),
                    )
                )
                pgn.add((gnode, CF.whitePlayer, people[players[w]]))
                pgn.add((gnode, CF.blackPlayer, people[players[b]]))
                res = rng.choices(["1-0", "0-1", "1/2-1/2"], [0.27, 0.18, 0.55])[0]
                pgn.add((gnode, CF.result, Literal(res)))
                code = rng.choice(sorted(codes))
                pgn.add((gnode, CF.opening, codes[code]))
                if ev.get("dates") == "pgn" and rng.random() < 0.4:
                    pgn.add((gnode, CF.ecoTag, Literal(code)))
                mm, dd = (m, day) if day <= 30 else (m + 1, day - 30)
                if ev.get("dates") == "xsd":
                    pgn.add(
                        (gnode, CF.gameDate, Literal(f"{y}-{mm:02d}-{dd:02d}", datatype=XSD.date))
                    )
                else:
                    pgn.add((gnode, CF.gameDate, Literal(f"{y}.{mm:02d}.{dd:02d}")))
                moves = rng.randint(18, 45) if res == "1/2-1/2" else rng.randint(26, 88)
                pgn.add((gnode, CF.moveCount, Literal(str(moves))))
    olympiad = ID["event/5261"]
    for key, name, fed, section, rank, line_up in TEAMS:
        t = ID[f"team/{5261}-{key.lower()}"]
        cal.add((t, RDF.type, SCHEMA.SportsTeam))
        cal.add((t, SCHEMA.name, Literal(name)))
        cal.add((t, CF.federation, ID[f"federation/{fed}"]))
        cal.add((t, CF.section, Literal(section)))
        cal.add((t, CF.finalRank, Literal(str(rank))))
        cal.add((t, CF.participatedIn, olympiad))
        if rank == 1:
            cal.add((olympiad, CF.winner, t))
        for board, sur in enumerate(line_up, 1):
            b = bnode("board")
            cal.add((t, CF.lineUp, b))
            cal.add((b, RDF.type, CF.BoardAssignment))
            cal.add((b, CF.boardNumber, Literal(str(board))))
            cal.add((b, CF.player, people[sur]))
    return ds


def main() -> None:
    """Write ``chess.nq`` sorted, so that the dump is byte-for-byte deterministic."""
    ds = build()
    text = ds.serialize(format="nquads")
    lines = sorted(line for line in text.splitlines() if line.strip())
    (HERE / "chess.nq").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "quads")


if __name__ == "__main__":
    main()
