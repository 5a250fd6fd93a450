# ruff: noqa: E501  (one record a line)
"""Write ``esports.cypher``: an invented esports fan database as its maintainers share it, a
**Neo4j Cypher export** (``apoc.export.cypher.all`` batches pasted together with statements
written by hand in Neo4j Browser, as such graphs are passed around in gists).

What it holds: publishers and their games (titles); organisations owning teams; teams (tag,
founding year, country, sponsors, the game they field a roster in), some the academy of
another; players (handle, real name, nationality, role, birth date) and coaches; rosters as
memberships with from/to dates; tournaments (organiser, host city, dates, prize pool, tier,
game); matches between two teams (each team's score, stage, winner, map or maps, the
tournament); transfers of players between teams with fees.

The mess of a real export pasted together: four parts in four styles. APOC's cypher-shell
batches (``:begin`` / ``:commit``, a schema statement, ``UNWIND [{_id:.., properties:{..}}] AS
row CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET
n:Team``, relationships by ``row.start._id`` / ``row.end._id``, the clean-up statement at the
end); Browser's plain export (one ``CREATE (:Team:`UNIQUE IMPORT LABEL` {..})`` a line,
``MATCH (n1..), (n2..) CREATE (n1)-[r:TYPE {..}]->(n2)``); a gist's one big ``CREATE`` of nodes
with variables reused by later relationship patterns; hand-written ``MATCH (a:Team {name:'X'}),
(b:Player {handle:'y'}) CREATE (b)-[:MEMBER_OF]->(a)`` and ``MERGE .. ON CREATE SET`` lines.
``//`` comments; strings in single and double quotes with escaped quotes; lists
(``['Kestrel Peripherals', 'Hyperline Energy']``); ``date()`` and ``datetime()`` values, floats,
booleans, ``null``; names in Korean, Chinese, Japanese, Polish and Portuguese (``name_ko``,
``name_zh``); players named by ``handle`` with a ``name`` (real name), or by ``handle`` and
``realName`` only; games named by ``title``; matches and transfers with no name (an id
property only); relations of two generations for one meaning (``PLAYS_FOR`` with properties
and ``MEMBER_OF`` without, ``OWNED_BY`` and ``OWNS``, ``ACADEMY_OF`` and one ``HAS_ACADEMY``);
a nationality as a relationship to a country for some players and as a country code property
(``nationality:'BR'``) for others; sponsors as a list property for some teams and as
``SPONSORED_BY`` relationships for others; a node with no label; a statement Neo4j refuses
(a ``CALL`` of a procedure the reader cannot run).

:func:`build` returns the data as meant (nodes and relationships), which
``esports_answers.py`` reads into rdflib for the gold. Run from the repository root:
``python bench/data/own/esports_make.py``. Deterministic.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent


@dataclass
class Node:
    key: str
    labels: list[str]
    props: dict[str, object]


@dataclass
class Rel:
    start: str
    type: str
    end: str
    props: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Date:
    """A ``date('...')`` or, with a ``T``, a ``datetime('...')`` value."""

    text: str


@dataclass
class Data:
    nodes: dict[str, Node] = field(default_factory=dict)
    rels: list[Rel] = field(default_factory=list)
    # which part of the file writes a node / a relationship: apoc, plain, gist, hand
    node_part: dict[str, str] = field(default_factory=dict)
    rel_part: list[str] = field(default_factory=list)

    def node(self, key: str, labels: list[str], part: str, **props: object) -> str:
        self.nodes[key] = Node(key, labels, {k: v for k, v in props.items() if v is not None})
        self.node_part[key] = part
        return key

    def rel(self, s: str, t: str, o: str, part: str, **props: object) -> None:
        self.rels.append(Rel(s, t, o, {k: v for k, v in props.items() if v is not None}))
        self.rel_part.append(part)


COUNTRIES = {  # key: name, code, native name
    "kr": ("South Korea", "KR", "대한민국"),
    "cn": ("China", "CN", "中国"),
    "us": ("United States", "US", None),
    "br": ("Brazil", "BR", "Brasil"),
    "dk": ("Denmark", "DK", "Danmark"),
    "se": ("Sweden", "SE", "Sverige"),
    "de": ("Germany", "DE", "Deutschland"),
    "fr": ("France", "FR", None),
    "pl": ("Poland", "PL", "Polska"),
    "ua": ("Ukraine", "UA", "Україна"),
    "fi": ("Finland", "FI", "Suomi"),
    "jp": ("Japan", "JP", "日本"),
    "ca": ("Canada", "CA", None),
    "es": ("Spain", "ES", "España"),
}
CITIES = {  # key: name, country
    "seoul": ("Seoul", "kr"),
    "shanghai": ("Shanghai", "cn"),
    "la": ("Los Angeles", "us"),
    "saopaulo": ("São Paulo", "br"),
    "copenhagen": ("Copenhagen", "dk"),
    "stockholm": ("Stockholm", "se"),
    "cologne": ("Cologne", "de"),
    "katowice": ("Katowice", "pl"),
    "paris": ("Paris", "fr"),
    "tokyo": ("Tokyo", "jp"),
    "toronto": ("Toronto", "ca"),
    "kyiv": ("Kyiv", "ua"),
}
PUBLISHERS = {  # key: name, founded, headquarters city
    "riftworks": ("Riftworks Interactive", 2004, "la"),
    "kagami": ("Kagami Soft", 1998, "tokyo"),
    "nordlys": ("Nordlys Games", 2011, "stockholm"),
    "valiant": ("Valiant Forge", 2009, "toronto"),
}
GAMES = {  # key: title, genre, released, publisher, short name
    "sp2": ("Strikepoint 2", "tactical shooter", 2017, "riftworks", "SP2"),
    "loa": ("Legends of Aether", "MOBA", 2012, "kagami", "LoA"),
    "sky": ("Skyfall Arena", "battle royale", 2019, "nordlys", None),
    "wt": ("Warden Tactics", "hero shooter", 2020, "valiant", None),
}
ORGS = {  # key: name, country, how ownership is said ("up": OWNED_BY, "down": OWNS)
    "vortexh": ("Vortex Holdings", "us", "up"),
    "hanul": ("Hanul Group", "kr", "up"),
    "nec": ("Nordic Esports Collective", "se", "down"),
    "rle": ("Red Lantern Entertainment", "cn", "up"),
    "aurora": ("Aurora Sports AG", "de", "down"),
    "verde": ("Verde Esports S.A.", "br", "up"),
    "maple": ("Maple Leaf Gaming Inc.", "ca", "up"),
}
SPONSORS = {  # key: name, industry
    "hyperline": ("Hyperline Energy", "energy drinks"),
    "kestrel": ("Kestrel Peripherals", "gaming peripherals"),
    "novabank": ("NovaBank", "banking"),
    "zento": ("Zento Mobile", "telecommunications"),
    "aurum": ("Aurum Motors", "automotive"),
    "pixelchair": ("PixelChair", "gaming chairs"),
    "tundra": ("Tundra Cola", "soft drinks"),
    "omalley": ("O'Malley's Burgers", "fast food"),
}
# key: name, tag, founded, country, org, game, sponsors, how sponsors are said, native name
TEAMS = {
    "vtx": (
        "Vortex Gaming",
        "VTX",
        2016,
        "us",
        "vortexh",
        "sp2",
        ["hyperline", "kestrel"],
        "list",
        None,
    ),
    "vtxa": ("Vortex Academy", "VTXA", 2019, "us", "vortexh", "sp2", [], "list", None),
    "hnt": (
        "Hanul Tigers",
        "HNT",
        2013,
        "kr",
        "hanul",
        "loa",
        ["zento", "aurum"],
        "rel",
        "하늘 타이거즈",
    ),
    "hntc": ("Hanul Tigers Challengers", "HNTC", 2017, "kr", "hanul", "loa", [], "rel", None),
    "nw": ("Northwind", "NW", 2017, "se", "nec", "sp2", ["tundra"], "rel", None),
    "rl": ("Red Lantern", "RL", 2015, "cn", "rle", "loa", ["novabank"], "list", "红灯笼"),
    "aur": (
        "Aurora Esports",
        "AUR",
        2018,
        "de",
        "aurora",
        "sp2",
        ["aurum", "pixelchair"],
        "rel",
        None,
    ),
    "vrd": ("Verde Esports", "VRD", 2014, "br", "verde", "sp2", ["zento"], "list", None),
    "irc": ("Ironclad", "IRC", 2020, "pl", None, "sp2", ["kestrel"], "rel", None),
    "kit": ("Kitsune Club", "KIT", 2019, "jp", None, "loa", [], "list", "キツネクラブ"),
    "plf": ("Polar Foxes", "PLF", 2021, "fi", None, "sp2", [], "list", None),
    "bce": ("Blue Crane Esports", "BCE", 2016, "kr", None, "loa", ["pixelchair"], "rel", None),
    "mpl": ("Maple Rush", "MPL", 2018, "ca", "maple", "sky", ["tundra"], "list", None),
    "lum": ("Lumière Esports", "LUM", 2017, "fr", None, "wt", ["novabank"], "rel", None),
    "sol": ("Sol Invictus", "SOL", 2019, "es", None, "wt", [], "list", None),
    "cbw": ("Cobalt Wolves", "CBW", 2015, "us", None, "wt", ["hyperline", "omalley"], "list", None),
    "skl": ("Skyline Esports", "SKL", 2020, "cn", None, "sky", [], "list", None),
    "br5": ("Borealis Five", "BR5", 2016, "dk", None, "sp2", ["tundra"], "list", None),
    "kyf": ("Kyiv Falcons", "KYF", 2018, "ua", None, "sp2", [], "list", None),
    "rlb": ("Red Lantern Blaze", "RLB", 2019, "cn", "rle", "loa", [], "list", None),
}
ACADEMY = {"vtxa": "vtx", "rlb": "rl"}  # ACADEMY_OF, said by the academy
HAS_ACADEMY = {"hnt": "hntc"}  # HAS_ACADEMY, said by the parent only

# the players written by hand: handle, real name, nationality, role, birth date, team, since,
# earlier (team, from, to) memberships
PLAYERS = [
    (
        "Ghostline",
        "Tyler Brooks",
        "us",
        "sniper",
        "1999-03-14",
        "vtx",
        "2021-01-04",
        [("br5", "2018-02-01", "2020-12-20")],
    ),
    (
        "reflex",
        "Jonas Berg",
        "se",
        "entry fragger",
        "2000-07-02",
        "vtx",
        "2022-08-15",
        [("nw", "2019-05-01", "2022-07-30")],
    ),
    (
        "mako",
        "Daniel Ortiz",
        "us",
        "in-game leader",
        "1996-11-20",
        "vtx",
        "2020-03-01",
        [("cbw", "2016-01-10", "2019-12-31")],
    ),
    (
        "Pyro",
        "Lucas Ferreira",
        "br",
        "rifler",
        "2001-01-30",
        "vtx",
        "2023-01-09",
        [("vrd", "2019-06-01", "2022-12-15")],
    ),
    (
        "kaze",
        "Sato Haruki",
        "jp",
        "support",
        "2002-05-09",
        "vtx",
        "2023-07-01",
        [("vtxa", "2021-02-01", "2023-06-30")],
    ),
    ("frostbyte", "Erik Lindqvist", "se", "in-game leader", "1997-02-11", "nw", "2017-09-01", []),
    ("nox", "Anton Sjöberg", "se", "sniper", "2000-10-03", "nw", "2020-01-15", []),
    (
        "Halvdan",
        "Mikkel Dahl",
        "dk",
        "rifler",
        "1998-04-22",
        "nw",
        "2022-08-20",
        [("br5", "2016-08-01", "2022-08-10")],
    ),
    ("tempo", "Oskar Nyström", "se", "support", "2001-12-05", "nw", "2021-03-01", []),
    ("Björn", "Björn Ek", "se", "lurker", "1999-09-09", "nw", "2019-01-10", []),
    ("Kaiser", "Felix Hoffmann", "de", "in-game leader", "1995-08-17", "aur", "2018-05-01", []),
    ("Blitz", "Niklas Weber", "de", "entry fragger", "2000-02-28", "aur", "2019-01-01", []),
    (
        "shadowz",
        "Piotr Nowak",
        "pl",
        "sniper",
        "1998-06-30",
        "aur",
        "2023-11-25",
        [("irc", "2020-04-01", "2023-11-20")],
    ),
    ("Lumo", "Lukas Maier", "de", "support", "2001-03-03", "aur", "2020-06-01", []),
    (
        "Rook",
        "Jan Kowalczyk",
        "pl",
        "rifler",
        "1997-10-12",
        "aur",
        "2021-09-01",
        [("kyf", "2018-09-01", "2021-08-25")],
    ),
    ("Tucano", "Rafael Souza", "br", "in-game leader", "1996-01-19", "vrd", "2014-11-01", []),
    ("fenix", "Gabriel Lima", "br", "sniper", "1999-05-27", "vrd", "2018-03-01", []),
    ("Caju", "Pedro Alves", "br", "entry fragger", "2002-08-08", "vrd", "2022-01-10", []),
    ("Samba", "João Pereira", "br", "support", "2000-04-04", "vrd", "2021-02-01", []),
    ("Zeca", "José Carvalho", "br", "rifler", "2003-11-11", "vrd", "2023-01-20", []),
    ("Husaria", "Kacper Wiśniewski", "pl", "in-game leader", "1997-07-07", "irc", "2020-04-01", []),
    ("Grom", "Mateusz Zieliński", "pl", "sniper", "2003-02-14", "irc", "2023-12-01", []),
    ("Seraph", "Lee Ji-hoon", "kr", "mid", "1998-05-07", "hnt", "2016-12-01", []),
    (
        "Rampart",
        "Park Sung-min",
        "kr",
        "top",
        "1999-01-25",
        "hnt",
        "2020-11-20",
        [("hntc", "2017-06-01", "2020-11-15")],
    ),
    (
        "Wisp",
        "Choi Dong-hyun",
        "kr",
        "jungle",
        "2000-09-18",
        "hnt",
        "2021-11-22",
        [("bce", "2018-01-01", "2021-11-10")],
    ),
    ("Arrow", "Jung Tae-yang", "kr", "bot", "2001-06-06", "hnt", "2022-12-01", []),
    ("Halo", "Kang Min-seok", "kr", "support", "1997-03-30", "hnt", "2019-12-01", []),
    ("Xiaolong", "Wang Hao", "cn", "jungle", "1999-11-02", "rl", "2019-12-10", []),
    (
        "Meteor",
        "Zhang Wei",
        "cn",
        "mid",
        "2000-01-21",
        "rl",
        "2021-01-05",
        [("rlb", "2019-03-01", "2020-12-20")],
    ),
    ("Bamboo", "Liu Yang", "cn", "top", "1998-08-08", "rl", "2018-12-01", []),
    (
        "Jade",
        "Chen Jie",
        "cn",
        "bot",
        "2001-10-10",
        "rl",
        "2022-11-28",
        [("kit", "2020-01-01", "2022-11-20")],
    ),
    ("Lotus", "Huang Lei", "cn", "support", "1999-04-16", "rl", "2020-12-01", []),
    ("Kitsu", "Tanaka Ren", "jp", "mid", "2002-03-21", "kit", "2019-06-01", []),
    ("Sakura", "Yamamoto Aoi", "jp", "support", "2001-07-17", "kit", "2021-01-01", []),
    ("Crane", "Yoon Seo-jun", "kr", "mid", "2000-12-12", "bce", "2019-01-01", []),
    ("Vindr", "Mads Jensen", "dk", "in-game leader", "1998-02-02", "br5", "2016-08-01", []),
    ("Sokil", "Oleksandr Kovalenko", "ua", "sniper", "1999-10-24", "kyf", "2018-09-01", []),
    ("Aurore", "Camille d'Anjou", "fr", "tank", "1999-05-05", "lum", "2020-02-01", []),
    (
        "Toro",
        "Alejandro Ruiz",
        "es",
        "damage",
        "2000-06-26",
        "sol",
        "2020-01-10",
        [("lum", "2018-01-01", "2019-12-31")],
    ),
    ("Maple", "Ethan Tremblay", "ca", "fragger", "2001-09-30", "mpl", "2019-01-15", []),
]
# written in the gist part with ``realName`` and a ``nationality`` code instead of ``name`` and
# a NATIONALITY relationship
GIST_PLAYERS = {"Pyro", "Caju", "Samba", "Zeca", "Toro", "Maple", "Sokil", "Grom", "Aurore"}
COACHES = [  # handle, real name, nationality, team, since
    ("Sage", "Mark Ellison", "us", "vtx", "2021-06-01"),
    ("Maestro", "Yoon Jae-won", "kr", "hnt", "2018-11-01"),
    ("Fjord", "Lars Petersen", "dk", "nw", "2020-01-01"),
    ("Professor", "Stefan Braun", "de", "aur", "2019-07-01"),
    ("Mestre", "Carlos Mendes", "br", "vrd", "2017-01-01"),
    ("Sifu", "Zhou Ming", "cn", "rl", "2020-11-15"),
    ("Hetman", "Tomasz Lewandowski", "pl", "irc", "2022-01-01"),
]
PLAYER_COACH = "Kaiser"  # also coaches Aurora Esports' academy work: labelled Coach too
ORGANISERS = {  # key: name, country
    "apex": ("Apex Events GmbH", "de"),
    "stellar": ("Stellar Gaming League", "us"),
    "hanulb": ("Hanul Broadcasting", "kr"),
    "nma": ("Nordic Masters AB", "se"),
}
# key: name, organiser, city, start, end, prize pool (USD), tier, game
TOURNAMENTS = {
    "smc23": (
        "Strikepoint Masters Cologne 2023",
        "apex",
        "cologne",
        "2023-06-06",
        "2023-06-18",
        1000000,
        "S-Tier",
        "sp2",
    ),
    "kso24": (
        "Katowice Strikepoint Open 2024",
        "apex",
        "katowice",
        "2024-02-01",
        "2024-02-11",
        750000,
        "S-Tier",
        "sp2",
    ),
    "nc23": (
        "Nordic Clash 2023",
        "nma",
        "stockholm",
        "2023-09-12",
        "2023-09-17",
        250000,
        "A-Tier",
        "sp2",
    ),
    "cs22": (
        "Copenhagen Showdown 2022",
        "nma",
        "copenhagen",
        "2022-11-03",
        "2022-11-06",
        300000,
        "A-Tier",
        "sp2",
    ),
    "awc23": (
        "Aether World Championship 2023",
        "kagami",
        "seoul",
        "2023-10-10",
        "2023-11-19",
        2225000,
        "S-Tier",
        "loa",
    ),
    "asc24": (
        "Aether Spring Cup 2024",
        "hanulb",
        "shanghai",
        "2024-03-02",
        "2024-03-24",
        400000,
        "A-Tier",
        "loa",
    ),
    "sfi24": (
        "Skyfall Invitational 2024",
        "stellar",
        "la",
        "2024-04-19",
        "2024-04-21",
        500000,
        "B-Tier",
        "sky",
    ),
    "wtm24": (
        "Warden Tactics Major Paris 2024",
        "stellar",
        "paris",
        "2024-05-14",
        "2024-05-26",
        600000,
        "S-Tier",
        "wt",
    ),
}
MAPS = {
    "sp2": ["Citadel", "Dustbowl", "Harbor", "Foundry", "Glacier", "Monastery", "Rooftops"],
    "loa": ["Rift of Aether"],
    "sky": ["Skyfall Isles"],
    "wt": ["Bastion", "Lighthouse", "Old Quarter", "Spire"],
}
# matches written by hand: id, tournament, stage, date, team a, score a, team b, score b, maps
MATCHES = [
    (
        "SMC23-F",
        "smc23",
        "final",
        "2023-06-18",
        "aur",
        2,
        "vtx",
        1,
        ["Citadel", "Dustbowl", "Harbor"],
    ),
    ("SMC23-SF1", "smc23", "semi-final", "2023-06-17", "vtx", 2, "nw", 0, ["Foundry", "Citadel"]),
    (
        "SMC23-SF2",
        "smc23",
        "semi-final",
        "2023-06-17",
        "aur",
        2,
        "vrd",
        1,
        ["Glacier", "Harbor", "Rooftops"],
    ),
    (
        "SMC23-QF1",
        "smc23",
        "quarter-final",
        "2023-06-15",
        "vtx",
        2,
        "irc",
        1,
        ["Monastery", "Citadel", "Foundry"],
    ),
    (
        "SMC23-QF2",
        "smc23",
        "quarter-final",
        "2023-06-15",
        "nw",
        2,
        "br5",
        0,
        ["Dustbowl", "Glacier"],
    ),
    (
        "SMC23-QF3",
        "smc23",
        "quarter-final",
        "2023-06-16",
        "aur",
        2,
        "kyf",
        0,
        ["Harbor", "Rooftops"],
    ),
    (
        "SMC23-QF4",
        "smc23",
        "quarter-final",
        "2023-06-16",
        "vrd",
        2,
        "plf",
        1,
        ["Citadel", "Foundry", "Dustbowl"],
    ),
    (
        "KSO24-F",
        "kso24",
        "final",
        "2024-02-11",
        "nw",
        2,
        "vrd",
        1,
        ["Rooftops", "Monastery", "Glacier"],
    ),
    (
        "KSO24-SF1",
        "kso24",
        "semi-final",
        "2024-02-10",
        "nw",
        2,
        "aur",
        1,
        ["Citadel", "Harbor", "Foundry"],
    ),
    ("KSO24-SF2", "kso24", "semi-final", "2024-02-10", "vrd", 2, "vtx", 0, ["Dustbowl", "Glacier"]),
    (
        "NC23-F",
        "nc23",
        "final",
        "2023-09-17",
        "br5",
        2,
        "nw",
        1,
        ["Glacier", "Citadel", "Monastery"],
    ),
    ("CS22-F", "cs22", "final", "2022-11-06", "vtx", 2, "br5", 0, ["Harbor", "Foundry"]),
    ("AWC23-F", "awc23", "final", "2023-11-19", "hnt", 3, "rl", 1, ["Rift of Aether"]),
    ("AWC23-SF1", "awc23", "semi-final", "2023-11-11", "hnt", 3, "bce", 2, ["Rift of Aether"]),
    ("AWC23-SF2", "awc23", "semi-final", "2023-11-12", "rl", 3, "kit", 0, ["Rift of Aether"]),
    ("ASC24-F", "asc24", "final", "2024-03-24", "rl", 3, "hnt", 2, ["Rift of Aether"]),
    ("SFI24-F", "sfi24", "final", "2024-04-21", "mpl", 1, "skl", 0, ["Skyfall Isles"]),
    (
        "WTM24-F",
        "wtm24",
        "final",
        "2024-05-26",
        "lum",
        3,
        "cbw",
        2,
        ["Bastion", "Lighthouse", "Spire"],
    ),
    (
        "WTM24-SF1",
        "wtm24",
        "semi-final",
        "2024-05-25",
        "lum",
        3,
        "sol",
        1,
        ["Old Quarter", "Spire"],
    ),
]
# transfers written by hand: id, player, from, to, date, fee (None: undisclosed)
TRANSFERS = [
    ("TR-2022-031", "reflex", "nw", "vtx", "2022-08-12", 400000),
    ("TR-2022-032", "Halvdan", "br5", "nw", "2022-08-18", 150000),
    ("TR-2023-004", "Pyro", "vrd", "vtx", "2023-01-05", 650000),
    ("TR-2023-017", "shadowz", "irc", "aur", "2023-11-22", 450000),
    ("TR-2021-044", "Wisp", "bce", "hnt", "2021-11-20", 1200000),
    ("TR-2022-058", "Jade", "kit", "rl", "2022-11-25", None),
    ("TR-2021-012", "Rook", "kyf", "aur", "2021-08-30", 90000),
    ("TR-2020-003", "Toro", "lum", "sol", "2020-01-08", 75000),
]

GIVEN = [
    "Adam",
    "Ben",
    "Chris",
    "Dawid",
    "Emil",
    "Filip",
    "Hugo",
    "Ivan",
    "Kevin",
    "Leo",
    "Marco",
    "Nils",
    "Omar",
    "Paulo",
    "Rui",
    "Simon",
    "Theo",
    "Viktor",
    "Yuto",
    "Zhen",
]
FAMILY = [
    "Andersen",
    "Bauer",
    "Costa",
    "Duarte",
    "Eriksen",
    "Fischer",
    "Gomes",
    "Holm",
    "Ito",
    "Kaminski",
    "Larsen",
    "Moreau",
    "Nakamura",
    "Olsen",
    "Petrov",
    "Quinn",
    "Rossi",
    "Santos",
    "Tkachenko",
    "Virtanen",
]
SYLLABLES = [
    "zen",
    "vex",
    "kor",
    "ly",
    "rax",
    "mi",
    "tor",
    "sha",
    "qu",
    "nyx",
    "bo",
    "fel",
    "dri",
    "ka",
    "pho",
    "ri",
    "sol",
    "wu",
]
ROLES = {
    "sp2": ["sniper", "entry fragger", "rifler", "support", "lurker"],
    "loa": ["top", "jungle", "mid", "bot", "support"],
    "sky": ["fragger", "scout", "support"],
    "wt": ["tank", "damage", "support"],
}


def _team_players(data: Data) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in PLAYERS:
        out.setdefault(p[5], []).append("p:" + p[0])
    return out


def build() -> Data:
    """The export's data as meant: nodes (key, labels, properties) and relationships, each
    with the part of the file that writes it."""
    rnd = random.Random(63)
    d = Data()
    for k, (name, code, native) in COUNTRIES.items():
        d.node("c:" + k, ["Country"], "apoc", name=name, code=code, name_native=native)
    for k, (name, c) in CITIES.items():
        d.node("city:" + k, ["City"], "apoc", name=name)
        d.rel("city:" + k, "IN_COUNTRY", "c:" + c, "apoc")
    for k, (name, founded, city) in PUBLISHERS.items():
        d.node("pub:" + k, ["Publisher", "Company"], "apoc", name=name, founded=founded)
        d.rel("pub:" + k, "HEADQUARTERED_IN", "city:" + city, "apoc")
    for k, (title, genre, year, pub, short) in GAMES.items():
        d.node(
            "g:" + k, ["Game"], "apoc", title=title, genre=genre, releaseYear=year, shortName=short
        )
        d.rel("g:" + k, "PUBLISHED_BY", "pub:" + pub, "apoc")
    for k, (name, c, _) in ORGS.items():
        d.node("o:" + k, ["Organisation"], "apoc", name=name)
        d.rel("o:" + k, "REGISTERED_IN", "c:" + c, "apoc")
    for k, (name, industry) in SPONSORS.items():
        # a sponsor written by hand without a label (the node's label forgotten)
        slogan = 'Fuel the "clutch"' if k == "hyperline" else None
        d.node(
            "s:" + k,
            [] if k == "pixelchair" else ["Sponsor", "Brand"],
            "plain",
            name=name,
            industry=industry,
            slogan=slogan,
        )
    for k, (name, tag, founded, c, org, game, sponsors, how, native) in TEAMS.items():
        props: dict[str, object] = {"name": name, "tag": tag, "founded": founded}
        if native:
            props["name_" + ("ko" if c == "kr" else "zh" if c == "cn" else "ja")] = native
        if how == "list" and sponsors:
            props["sponsors"] = [SPONSORS[s][0] for s in sponsors]
        props["active"] = True
        d.node("t:" + k, ["Team"], "apoc", **props)
        d.rel("t:" + k, "BASED_IN", "c:" + c, "apoc")
        d.rel("t:" + k, "COMPETES_IN", "g:" + game, "apoc")
        if org:
            if ORGS[org][2] == "up":
                d.rel("t:" + k, "OWNED_BY", "o:" + org, "apoc")
            else:
                d.rel("o:" + org, "OWNS", "t:" + k, "plain")
        if how == "rel":
            for s in sponsors:
                d.rel("t:" + k, "SPONSORED_BY", "s:" + s, "plain", since=rnd.randint(2018, 2023))
    for a, parent in ACADEMY.items():
        d.rel("t:" + a, "ACADEMY_OF", "t:" + parent, "hand")
    for parent, a in HAS_ACADEMY.items():
        d.rel("t:" + parent, "HAS_ACADEMY", "t:" + a, "hand")
    for handle, real, nat, role, born, team, since, earlier in PLAYERS:
        key = "p:" + handle
        gist = handle in GIST_PLAYERS
        labels = ["Player", "Person"] + (["Coach"] if handle == PLAYER_COACH else [])
        if gist:
            d.node(
                key,
                labels,
                "gist",
                handle=handle,
                realName=real,
                nationality=COUNTRIES[nat][1],
                role=role,
                birthDate=Date(born),
            )
        else:
            d.node(key, labels, "apoc", handle=handle, name=real, role=role, birthDate=Date(born))
            d.rel(key, "NATIONALITY", "c:" + nat, "apoc")
        d.rel(key, "PLAYS_FOR", "t:" + team, "gist" if gist else "apoc", since=Date(since))
        for t, frm, to in earlier:
            d.rel(key, "PLAYED_FOR", "t:" + t, "plain", **{"from": Date(frm), "to": Date(to)})
    for handle, real, nat, team, since in COACHES:
        key = "coach:" + handle
        d.node(key, ["Coach", "Person"], "apoc", handle=handle, name=real)
        d.rel(key, "NATIONALITY", "c:" + nat, "apoc")
        d.rel(key, "COACHES", "t:" + team, "apoc", since=Date(since))
    d.rel("p:" + PLAYER_COACH, "COACHES", "t:aur", "hand")
    for k, (name, c) in ORGANISERS.items():
        d.node("org:" + k, ["Organiser", "Company"], "apoc", name=name)
        d.rel("org:" + k, "BASED_IN", "c:" + c, "apoc")
    for k, (name, org, city, start, end, pool, tier, game) in TOURNAMENTS.items():
        d.node(
            "tour:" + k,
            ["Tournament", "Event"],
            "apoc",
            name=name,
            startDate=Date(start),
            endDate=Date(end),
            prizePool=float(pool),
            currency="USD",
            tier=tier,
        )
        d.rel("tour:" + k, "ORGANISED_BY", ("pub:" if org == "kagami" else "org:") + org, "apoc")
        d.rel("tour:" + k, "HELD_IN", "city:" + city, "apoc")
        d.rel("tour:" + k, "FOR_GAME", "g:" + game, "apoc")
    _tail(d, rnd)
    for mid, tour, stage, date, a, sa, b, sb, maps in MATCHES:
        _match(d, mid, tour, stage, date, a, sa, b, sb, maps)
    for tid, handle, frm, to, date, fee in TRANSFERS:
        _transfer(d, tid, "p:" + handle, frm, to, date, fee)
    return d


def _match(
    d: Data,
    mid: str,
    tour: str,
    stage: str,
    date: str,
    a: str,
    sa: int,
    b: str,
    sb: int,
    maps: list[str],
) -> None:
    key = "m:" + mid
    props: dict[str, object] = {
        "matchId": mid,
        "stage": stage,
        "date": Date(date + "T" + ("18:00:00Z" if stage == "final" else "14:00:00Z")),
        "bestOf": 1 if len(maps) == 1 and sa + sb == 1 else (5 if max(sa, sb) == 3 else 3),
    }
    if len(maps) == 1:
        props["map"] = maps[0]
    else:
        props["maps"] = maps
    d.node(key, ["Match"], "hand", **props)
    d.rel("t:" + a, "PLAYED", key, "hand", score=sa)
    d.rel("t:" + b, "PLAYED", key, "hand", score=sb)
    d.rel(key, "WON_BY", "t:" + (a if sa > sb else b), "hand")
    d.rel(key, "PART_OF", "tour:" + tour, "hand")


def _transfer(
    d: Data, tid: str, player: str, frm: str, to: str, date: str, fee: int | None
) -> None:
    key = "tr:" + tid
    d.node(
        key,
        ["Transfer"],
        "hand",
        transferId=tid,
        date=Date(date),
        fee=fee,
        currency="USD" if fee else None,
        feeDisclosed=fee is not None,
    )
    d.rel(key, "OF_PLAYER", player, "hand")
    d.rel(key, "FROM_TEAM", "t:" + frm, "hand")
    d.rel(key, "TO_TEAM", "t:" + to, "hand")


def _tail(d: Data, rnd: random.Random) -> None:
    """Generated players for every team's roster, past members, group-stage matches and
    further transfers: the long tail no question names."""
    handles = {p[0].lower() for p in PLAYERS} | {c[0].lower() for c in COACHES}
    roster = _team_players(d)
    for k, team in TEAMS.items():
        game = team[5]
        need = 5 - len(roster.get(k, []))
        for i in range(need + 2):  # the rest of the roster, then two past members
            while True:
                h = "".join(rnd.choice(SYLLABLES) for _ in range(2))
                h = h.capitalize() if rnd.random() < 0.5 else h
                if h.lower() not in handles:
                    handles.add(h.lower())
                    break
            key = "p:" + h
            nat = team[3] if rnd.random() < 0.7 else rnd.choice(list(COUNTRIES))
            born = f"{rnd.randint(1994, 2005)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            d.node(
                key,
                ["Player", "Person"],
                "apoc",
                handle=h,
                name=f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)}",
                role=rnd.choice(ROLES[game]),
                birthDate=Date(born),
            )
            d.rel(key, "NATIONALITY", "c:" + nat, "apoc")
            year = rnd.randint(max(team[2], 2016), 2023)
            if i < need:
                if rnd.random() < 0.5:
                    d.rel(key, "MEMBER_OF", "t:" + k, "hand")
                else:
                    d.rel(
                        key,
                        "PLAYS_FOR",
                        "t:" + k,
                        "apoc",
                        since=Date(f"{year}-{rnd.randint(1, 12):02d}-01"),
                    )
            else:
                d.rel(
                    key,
                    "PLAYED_FOR",
                    "t:" + k,
                    "plain",
                    **{"from": Date(f"{year - 2}-01-10"), "to": Date(f"{year}-06-30")},
                )
    by_game: dict[str, list[str]] = {}
    for k, team in TEAMS.items():
        by_game.setdefault(team[5], []).append(k)
    n = 0
    for tk, tour in TOURNAMENTS.items():
        teams = by_game[tour[7]]
        for _ in range(4):  # group-stage matches, one map each
            a, b = rnd.sample(teams, 2)
            n += 1
            sa, sb = (16, rnd.randint(5, 14)) if tour[7] == "sp2" else (1, 0)
            if rnd.random() < 0.5:
                sa, sb = sb, sa
            _match(
                d,
                f"{tk.upper()}-G{n:02d}",
                tk,
                "group",
                tour[3],
                a,
                sa,
                b,
                sb,
                [rnd.choice(MAPS[tour[7]])],
            )
    players = [k for k, v in d.nodes.items() if k.startswith("p:") and "Player" in v.labels]
    for i in range(10):
        p = players[-(i * 7 + 1)]
        a, b = rnd.sample(list(TEAMS), 2)
        fee = rnd.choice([None, 25000, 50000, 120000, 300000])
        _transfer(
            d,
            f"TR-{rnd.randint(2019, 2024)}-{100 + i}",
            p,
            a,
            b,
            f"{rnd.randint(2019, 2024)}-{rnd.randint(1, 12):02d}-15",
            fee,
        )


# ---------------------------------------------------------------- writing Cypher


def lit(v: object, quote: str = "'") -> str:
    """A Cypher literal: strings in ``quote`` with escapes, lists, dates, numbers, booleans."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Date):
        return f"{'datetime' if 'T' in v.text else 'date'}('{v.text}')"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(lit(x, quote) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace(quote, "\\" + quote)
    return f"{quote}{s}{quote}"


def props_map(props: dict[str, object], quote: str = "'", sep: str = ", ") -> str:
    def key(k: str) -> str:
        return k if k.isidentifier() and k not in {"from", "to"} else f"`{k}`"

    return "{" + sep.join(f"{key(k)}:{lit(v, quote)}" for k, v in props.items()) + "}"


def _labels(labels: list[str]) -> str:
    return "".join(":" + lab for lab in labels)


def _ref(d: Data, key: str) -> str:
    """How a hand-written MATCH finds a node: by its name, handle, title or id property."""
    n = d.nodes[key]
    for p in ("name", "handle", "title", "matchId", "transferId"):
        if p in n.props and (p != "name" or "Player" not in n.labels):
            lab = n.labels[0] if n.labels else ""
            return f"({_labels([lab]) if lab else ''} {{{p}:{lit(n.props[p])}}})"
    raise AssertionError(key)


def write(d: Data) -> str:
    ids = {k: i for i, k in enumerate(d.nodes)}
    out = [
        "// esports-fandb: full export for the wiki mirror",
        "// apoc.export.cypher.all('esports.cypher', {format:'cypher-shell', useOptimizations:{type:'UNWIND_BATCH', unwindBatchSize:20}})",
        "// then the hand-kept parts pasted below (rosters, matches, transfers). Load with cypher-shell -f",
        ":begin",
        "CREATE CONSTRAINT UNIQUE_IMPORT_NAME FOR (node:`UNIQUE IMPORT LABEL`) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE;",
        ":commit",
        "CALL db.awaitIndexes(300);",
    ]
    out += ["// prizePool: in the currency given (USD unless said); tier: S-Tier > A-Tier > B-Tier"]
    out += _apoc_nodes(d, ids)
    out += _plain_nodes(d, ids)
    out += _gist(d)
    out += _apoc_rels(d, ids)
    out += _plain_rels(d, ids)
    out += _hand(d)
    out += [
        ":begin",
        "MATCH (n:`UNIQUE IMPORT LABEL`)  WITH n LIMIT 20000 REMOVE n:`UNIQUE IMPORT LABEL` REMOVE n.`UNIQUE IMPORT ID`;",
        ":commit",
        ":begin",
        "DROP CONSTRAINT UNIQUE_IMPORT_NAME;",
        ":commit",
        "",
    ]
    return "\n".join(out)


def _apoc_nodes(d: Data, ids: dict[str, int]) -> list[str]:
    out: list[str] = []
    groups: dict[tuple[str, ...], list[str]] = {}
    for k, n in d.nodes.items():
        if d.node_part[k] == "apoc":
            groups.setdefault(tuple(n.labels), []).append(k)
    for labels, keys in groups.items():
        for i in range(0, len(keys), 20):
            rows = ", ".join(
                f"{{_id:{ids[k]}, properties:{props_map(d.nodes[k].props, chr(34))}}}"
                for k in keys[i : i + 20]
            )
            out += [
                ":begin",
                f"UNWIND [{rows}] AS row",
                f"CREATE (n:`UNIQUE IMPORT LABEL`{{`UNIQUE IMPORT ID`: row._id}}) SET n += row.properties SET n{_labels(list(labels))};",
                ":commit",
            ]
    return out


def _plain_nodes(d: Data, ids: dict[str, int]) -> list[str]:
    out = [
        "// sponsors, kept by hand in Browser and exported with format:'plain'",
        "// industry: what the sponsor sells; slogan: as printed on the jerseys",
    ]
    for k, n in d.nodes.items():
        if d.node_part[k] == "plain":
            props = {**n.props, "UNIQUE IMPORT ID": ids[k]}
            out.append(
                f"CREATE (n{_labels(n.labels)}:`UNIQUE IMPORT LABEL` {props_map(props, chr(34))});"
            )
    return out


def _gist(d: Data) -> list[str]:
    """The gist part: one CREATE of the gist's players (variables) and their PLAYS_FOR."""
    out = ["", "// ---- from the community gist (players added by hand) ----", "MATCH"]
    teams = sorted({r.end for r, part in zip(d.rels, d.rel_part, strict=True) if part == "gist"})
    var = {t: f"t{i}" for i, t in enumerate(teams)}
    out.append(
        ",\n".join(f"  ({var[t]}:Team {{name: {lit(d.nodes[t].props['name'])}}})" for t in teams)
    )
    parts = []
    for k, n in d.nodes.items():
        if d.node_part[k] == "gist":
            v = k.split(":")[1].lower()
            var[k] = v
            parts.append(f"  ({v}{_labels(n.labels)} {props_map(n.props)})")
    for r, part in zip(d.rels, d.rel_part, strict=True):
        if part == "gist":
            parts.append(f"  ({var[r.start]})-[:{r.type} {props_map(r.props)}]->({var[r.end]})")
    out.append("CREATE\n" + ",\n".join(parts) + ";")
    return out


def _apoc_rels(d: Data, ids: dict[str, int]) -> list[str]:
    out: list[str] = []
    groups: dict[str, list[Rel]] = {}
    for r, part in zip(d.rels, d.rel_part, strict=True):
        if part == "apoc":
            groups.setdefault(r.type, []).append(r)
    for t, rels in groups.items():
        for i in range(0, len(rels), 20):
            rows = ", ".join(
                f"{{start: {{_id:{ids[r.start]}}}, end: {{_id:{ids[r.end]}}}, properties:{props_map(r.props, chr(34))}}}"
                for r in rels[i : i + 20]
            )
            out += [
                ":begin",
                f"UNWIND [{rows}] AS row",
                "MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})",
                "MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})",
                f"CREATE (start)-[r:{t}]->(end) SET r += row.properties;",
                ":commit",
            ]
    return out


def _plain_rels(d: Data, ids: dict[str, int]) -> list[str]:
    out = ["// past rosters, sponsorships, ownership (format:'plain')"]
    for r, part in zip(d.rels, d.rel_part, strict=True):
        if part == "plain" and d.node_part[r.start] == "gist":
            # a gist's node has no import id: found by its handle, as the gist's rows are
            props = " " + props_map(r.props) if r.props else ""
            out.append(
                f"MATCH (a{_ref(d, r.start)[1:]}, (b{_ref(d, r.end)[1:]} CREATE (a)-[:{r.type}{props}]->(b);"
            )
        elif part == "plain":
            props = " " + props_map(r.props, chr(34)) if r.props else ""
            out.append(
                f"MATCH (n1:`UNIQUE IMPORT LABEL`{{`UNIQUE IMPORT ID`:{ids[r.start]}}}), (n2:`UNIQUE IMPORT LABEL`{{`UNIQUE IMPORT ID`:{ids[r.end]}}}) CREATE (n1)-[r:{r.type}{props}]->(n2);"
            )
    return out


def _hand(d: Data) -> list[str]:
    out = [
        "",
        "// ===== hand-kept: academies, rosters without dates, matches, transfers =====",
        "// (run in Browser, one statement at a time)",
    ]
    for k, n in d.nodes.items():
        if d.node_part[k] == "hand":
            lead = next(iter(n.props))
            rest = {p: v for p, v in n.props.items() if p != lead}
            sets = ", ".join(f"x.{p} = {lit(v)}" for p, v in rest.items())
            out.append(
                f"MERGE (x:{n.labels[0]} {{{lead}: {lit(n.props[lead])}}}) ON CREATE SET {sets};"
            )
    out.append(
        "CALL apoc.refactor.normalizeAsBoolean('Transfer', 'feeDisclosed', ['yes'], ['no']); // refuses on Aura"
    )
    for r, part in zip(d.rels, d.rel_part, strict=True):
        if part == "hand":
            props = " " + props_map(r.props) if r.props else ""
            out.append(
                f"MATCH (a{_ref(d, r.start)[1:]}, (b{_ref(d, r.end)[1:]} CREATE (a)-[:{r.type}{props}]->(b);"
            )
    return out


def main() -> None:
    d = build()
    (HERE / "esports.cypher").write_text(write(d), encoding="utf-8")
    print(len(d.nodes), "nodes", len(d.rels), "relationships")


if __name__ == "__main__":
    main()
