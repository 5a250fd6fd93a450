"""Write ``racing/``: a motor-racing championship's results database as a Neo4j CSV export.

The shape is what ``neo4j-admin database import`` reads and what a team exporting an
Ergast-style results database into Neo4j writes (one nodes file per label, one relationships
file per type):

- nodes with id spaces (``driverRef:ID(Driver)``, ``circuitRef:ID(Circuit)``, ``year:ID(Season)``:
  ids that are codes such as ``vandenberg`` or ``2023``), several labels (``Driver;Person``,
  ``Constructor;Team``, ``EngineSupplier;Company``), typed columns (``dob:date``,
  ``length_km:float``, ``turns:int``, ``aliases:string[]``) and untyped ones;
- relationships between id spaces (``:START_ID(Driver)``, ``:END_ID(Race)``), most with
  properties of their own: a race result (``RESULT``: grid, position, positionText "R" for a
  retirement, points, laps, status, fastest-lap time), a qualifying (``QUALIFIED``: position, Q1,
  Q2, Q3 times), a seat by season (``DROVE_FOR`` with ``season``), an engine deal by season
  (``poweredBy``), a lap record (``HOLDS_LAP_RECORD`` with time and year), the fastest lap of a
  race (``FASTEST_LAP``), a season's champions (``CHAMPION``, ``constructorsChampion``), a race's
  circuit (``HELD_AT``) and season (``inSeason``), team principals (``principal_of``);
- the mess of a real export: relationship types in mixed case, some drivers and teams named only
  in a ``fullName`` column (``name`` empty) and one driver only by ``code`` with ``forename`` and
  ``surname``, nationality as a demonym ("British") on some and a country code ("GBR") on others,
  a circuit's country "United Kingdom" or "UK", a Japanese name in a ``name_ja`` column, points
  in an untyped column ("25", "0.5"), ``laps`` and a driver's ``number`` untyped, empty cells,
  race names that repeat every season ("Italian Grand Prix", told apart by ``year``).

The championship, its teams, drivers and circuits are invented; results are drawn from a seeded
generator by each driver's pace. About 3,000 triples as kgchat reads them. Stdlib only.
Run from the repository root: ``python bench/data/own/racing_make.py``.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

OUT = Path(__file__).parent / "racing"

# ref, :LABEL, name, fullName, code, forename, surname, dob, nationality, number, aliases, pace
DRIVERS = [
    (
        "moreau",
        "Driver;Person",
        "Luc Moreau",
        "",
        "MOR",
        "Luc",
        "Moreau",
        "1996-03-14",
        "French",
        "12",
        "",
        95,
    ),
    (
        "whitfield",
        "Driver;Person",
        "Oliver Whitfield",
        "",
        "WHI",
        "Oliver",
        "Whitfield",
        "1998-07-02",
        "British",
        "7",
        "Olly Whitfield",
        93,
    ),
    (
        "castellano",
        "Driver;Person",
        "Diego Castellano",
        "",
        "CAS",
        "Diego",
        "Castellano",
        "1991-11-21",
        "ESP",
        "14",
        "",
        90,
    ),
    (
        "nakamura",
        "Driver;Person",
        "Haruto Nakamura",
        "",
        "NAK",
        "Haruto",
        "Nakamura",
        "2000-01-30",
        "JPN",
        "22",
        "",
        86,
    ),
    (
        "lindqvist",
        "Driver;Person",
        "Erik Lindqvist",
        "",
        "LIN",
        "Erik",
        "Lindqvist",
        "1997-05-09",
        "Swedish",
        "31",
        "",
        88,
    ),
    (
        "okafor",
        "Driver;Person",
        "Daniel Okafor",
        "",
        "OKA",
        "Daniel",
        "Okafor",
        "1999-09-17",
        "GBR",
        "4",
        "",
        89,
    ),
    (
        "rinaldi",
        "Driver;Person",
        "Matteo Rinaldi",
        "",
        "RIN",
        "Matteo",
        "Rinaldi",
        "1995-08-18",
        "Italian",
        "16",
        "",
        91,
    ),
    (
        "vandenberg",
        "Driver;Person",
        "",
        "Sem van den Berg",
        "VDB",
        "Sem",
        "van den Berg",
        "1999-10-04",
        "Dutch",
        "33",
        "",
        84,
    ),
    (
        "kowalski",
        "Driver;Person",
        "Tomasz Kowalski",
        "",
        "KOW",
        "Tomasz",
        "Kowalski",
        "1994-02-27",
        "POL",
        "27",
        "",
        82,
    ),
    (
        "silva",
        "Driver;Person",
        "Gabriel Silva",
        "",
        "SIL",
        "Gabriel",
        "Silva",
        "2001-06-15",
        "Brazilian",
        "5",
        "",
        85,
    ),
    (
        "hartmann",
        "Driver;Person",
        "Jonas Hartmann",
        "",
        "HAR",
        "Jonas",
        "Hartmann",
        "1993-12-01",
        "German",
        "9",
        "",
        87,
    ),
    (
        "delacroix",
        "Driver;Person",
        "Pierre Delacroix",
        "",
        "DEL",
        "Pierre",
        "Delacroix",
        "1990-04-22",
        "FRA",
        "8",
        "",
        80,
    ),
    (
        "mcallister",
        "Driver;Person",
        "",
        "Finn McAllister",
        "MCA",
        "Finn",
        "McAllister",
        "2002-09-09",
        "IRL",
        "19",
        "",
        81,
    ),
    (
        "fujiwara",
        "Driver;Person",
        "Ren Fujiwara",
        "",
        "FUJ",
        "Ren",
        "Fujiwara",
        "1999-03-03",
        "Japanese",
        "11",
        "",
        79,
    ),
    (
        "larsen",
        "Driver;Person",
        "",
        "",
        "LAR",
        "Mikkel",
        "Larsen",
        "1998-11-11",
        "DEN",
        "20",
        "",
        78,
    ),
    (
        "abbott",
        "Driver;Person",
        "Chase Abbott",
        "",
        "ABB",
        "Chase",
        "Abbott",
        "1997-02-14",
        "American",
        "2",
        "",
        83,
    ),
    (
        "ferreira",
        "Driver;Person",
        "Tiago Ferreira",
        "",
        "FER",
        "Tiago",
        "Ferreira",
        "2003-05-05",
        "Portuguese",
        "45",
        "",
        80,
    ),
    # lap-record holders of earlier years, with no results in these seasons
    (
        "brandt",
        "Driver;Person",
        "Klaus Brandt",
        "",
        "",
        "Klaus",
        "Brandt",
        "1971-06-30",
        "German",
        "",
        "",
        0,
    ),
    (
        "ashworth",
        "Driver;Person",
        "Nigel Ashworth",
        "",
        "ASH",
        "Nigel",
        "Ashworth",
        "1968-01-12",
        "GBR",
        "",
        "",
        0,
    ),
]

# ref, :LABEL, name, fullName, name_ja, nationality, base, founded, description
TEAMS = [
    (
        "aurelia",
        "Constructor;Team",
        "Aurelia Racing",
        "Scuderia Aurelia Racing Team",
        "",
        "Italian",
        "Modena",
        "1962",
        "The oldest team on the grid, building its own chassis and engines.",
    ),
    (
        "kestrel",
        "Constructor;Team",
        "Kestrel GP",
        "Kestrel Grand Prix Ltd",
        "",
        "GBR",
        "Silverstone",
        "1988",
        "",
    ),
    ("vantor", "Constructor;Team", "", "Vantor Motorsport AG", "", "Swiss", "Zug", "2004", ""),
    (
        "halden",
        "Constructor;Team",
        "Halden F1 Team",
        "",
        "",
        "British",
        "Banbury",
        "1999",
        "A works team of Halden cars.",
    ),
    ("orsini", "Constructor;Team", "Orsini Corse", "", "", "ITA", "Imola", "2010", ""),
    (
        "takumi",
        "Constructor;Team",
        "Takumi Racing",
        "Takumi Racing Co., Ltd.",
        "拓海レーシング",
        "Japanese",
        "Tochigi",
        "2015",
        "",
    ),
    ("lumiere", "Constructor;Team", "Équipe Lumière", "", "", "FRA", "Magny-Cours", "1977", ""),
    ("redline", "Constructor;Team", "Redline Racing", "", "", "American", "Charlotte", "2016", ""),
]

# ref, :LABEL, name, code, country
ENGINES = [
    ("aurelia_pt", "EngineSupplier;Company", "Aurelia Powertrains", "APT", "Italy"),
    (
        "halden_hpp",
        "EngineSupplier;Company",
        "Halden High Performance Powertrains",
        "HPP",
        "United Kingdom",
    ),
    ("shiro", "EngineSupplier;Company", "Shiro Motor Company", "SMC", "Japan"),
    ("renard", "EngineSupplier;Company", "Renard Sport", "", "France"),
]

# team -> engine per season
ENGINE_DEALS = {
    2022: {
        "aurelia": "aurelia_pt",
        "kestrel": "shiro",
        "vantor": "aurelia_pt",
        "halden": "halden_hpp",
        "orsini": "shiro",
        "takumi": "shiro",
        "lumiere": "renard",
        "redline": "aurelia_pt",
    },
    2023: {
        "aurelia": "aurelia_pt",
        "kestrel": "halden_hpp",
        "vantor": "aurelia_pt",
        "halden": "halden_hpp",
        "orsini": "shiro",
        "takumi": "shiro",
        "lumiere": "halden_hpp",
        "redline": "aurelia_pt",
    },
}

LINEUPS = {
    2022: {
        "aurelia": ("moreau", "rinaldi"),
        "kestrel": ("whitfield", "okafor"),
        "vantor": ("lindqvist", "hartmann"),
        "halden": ("castellano", "kowalski"),
        "orsini": ("silva", "delacroix"),
        "takumi": ("nakamura", "fujiwara"),
        "lumiere": ("vandenberg", "larsen"),
        "redline": ("abbott", "mcallister"),
    },
    2023: {
        "aurelia": ("moreau", "castellano"),
        "kestrel": ("whitfield", "okafor"),
        "vantor": ("lindqvist", "rinaldi"),
        "halden": ("kowalski", "hartmann"),
        "orsini": ("silva", "ferreira"),
        "takumi": ("nakamura", "fujiwara"),
        "lumiere": ("vandenberg", "mcallister"),
        "redline": ("abbott", "larsen"),
    },
}

# ref, :LABEL, name, name_ja, location, country, length_km, turns, opened, description
CIRCUITS = [
    (
        "valmonte",
        "Circuit",
        "Autodromo di Valmonte",
        "",
        "Valmonte",
        "Italy",
        "5.412",
        "15",
        "1951",
        "A fast parkland circuit north of Milan.",
    ),
    (
        "brackenridge",
        "Circuit",
        "Brackenridge Park Circuit",
        "",
        "Brackenridge",
        "UK",
        "5.891",
        "18",
        "1948",
        "",
    ),
    (
        "sierra_norte",
        "Circuit",
        "Circuito Sierra Norte",
        "",
        "Segovia",
        "Spain",
        "4.655",
        "14",
        "1991",
        "",
    ),
    ("rheinhohe", "Circuit", "Rheinhöhe-Ring", "", "Koblenz", "Germany", "4.574", "16", "1984", ""),
    (
        "baie_doree",
        "Circuit",
        "Circuit de la Baie Dorée",
        "",
        "Arcachon",
        "France",
        "5.303",
        "17",
        "1972",
        "",
    ),
    (
        "kirishima",
        "Circuit",
        "Kirishima International Racing Course",
        "霧島国際レーシングコース",
        "Kagoshima",
        "Japan",
        "5.807",
        "18",
        "1962",
        "A figure-of-eight circuit under the Kirishima volcanoes.",
    ),
    (
        "lone_star",
        "Circuit",
        "Lone Star Motorsport Park",
        "",
        "San Marcos",
        "United States",
        "5.513",
        "20",
        "2012",
        "",
    ),
    (
        "serra_verde",
        "Circuit",
        "Autódromo Serra Verde",
        "",
        "Campinas",
        "Brazil",
        "4.309",
        "15",
        "1940",
        "",
    ),
    (
        "zandhoven",
        "Circuit",
        "Circuit Zandhoven",
        "",
        "Zandhoven",
        "Belgium",
        "4.259",
        "14",
        "1979",
        "",
    ),
]

# season, round, race name, circuit, date
RACES = [
    (2022, 1, "Brazilian Grand Prix", "serra_verde", "2022-03-20"),
    (2022, 2, "Spanish Grand Prix", "sierra_norte", "2022-04-10"),
    (2022, 3, "Italian Grand Prix", "valmonte", "2022-05-08"),
    (2022, 4, "British Grand Prix", "brackenridge", "2022-06-26"),
    (2022, 5, "Japanese Grand Prix", "kirishima", "2022-08-28"),
    (2022, 6, "United States Grand Prix", "lone_star", "2022-10-23"),
    (2023, 1, "Brazilian Grand Prix", "serra_verde", "2023-03-19"),
    (2023, 2, "Belgian Grand Prix", "zandhoven", "2023-04-16"),
    (2023, 3, "French Grand Prix", "baie_doree", "2023-05-14"),
    (2023, 4, "Italian Grand Prix", "valmonte", "2023-06-04"),
    (2023, 5, "German Grand Prix", "rheinhohe", "2023-07-23"),
    (2023, 6, "Japanese Grand Prix", "kirishima", "2023-09-24"),
]
LAPS = {
    "serra_verde": 71,
    "sierra_norte": 66,
    "valmonte": 53,
    "brackenridge": 52,
    "kirishima": 53,
    "lone_star": 56,
    "zandhoven": 70,
    "baie_doree": 58,
    "rheinhohe": 67,
}
BASE_LAP = {
    "serra_verde": 71.2,
    "sierra_norte": 79.8,
    "valmonte": 81.5,
    "brackenridge": 88.4,
    "kirishima": 91.0,
    "lone_star": 95.3,
    "zandhoven": 68.9,
    "baie_doree": 84.7,
    "rheinhohe": 76.1,
}
POINTS = [25, 18, 15, 12, 10, 8, 6, 4, 2, 1]
STATUSES = [
    "Engine",
    "Collision",
    "Gearbox",
    "Hydraulics",
    "Accident",
    "Brakes",
    "Power Unit",
    "Spun off",
]

PRINCIPALS = [
    ("p_bellandi", "Person;TeamPrincipal", "Franca Bellandi", "aurelia"),
    ("p_greaves", "Person;TeamPrincipal", "Simon Greaves", "kestrel"),
    ("p_amsler", "Person;TeamPrincipal", "Reto Amsler", "vantor"),
    ("p_okonkwo", "Person;TeamPrincipal", "Grace Okonkwo", "halden"),
    ("p_venturi", "Person;TeamPrincipal", "Luca Venturi", "orsini"),
    ("p_sato", "Person;TeamPrincipal", "Kenji Sato", "takumi"),
    ("p_marchand", "Person;TeamPrincipal", "Hélène Marchand", "lumiere"),
    ("p_doyle", "Person;TeamPrincipal", "Brett Doyle", "redline"),
]

# driver, circuit, time, year (lap records, the best race lap ever set there)
LAP_RECORDS = [
    ("brandt", "valmonte", "1:19.883", "2004"),
    ("ashworth", "brackenridge", "1:26.012", "1999"),
    ("moreau", "kirishima", "1:29.114", "2022"),
    ("whitfield", "lone_star", "1:33.870", "2022"),
    ("castellano", "sierra_norte", "1:18.441", "2017"),
    ("rinaldi", "serra_verde", "1:09.972", "2021"),
    ("hartmann", "rheinhohe", "1:14.905", "2019"),
    ("brandt", "zandhoven", "1:07.640", "2006"),
]


def lap(seconds: float) -> str:
    m, s = divmod(seconds, 60)
    return f"{int(m)}:{s:06.3f}"


def write(name: str, header: list[str], rows: list[list[str]]) -> None:
    with (OUT / name).open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def race_id(season: int, rnd: int) -> str:
    return f"{season}-{rnd:02d}"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    rng = random.Random(59)
    pace = {d[0]: d[-1] for d in DRIVERS}
    write(
        "drivers.csv",
        [
            "driverRef:ID(Driver)",
            ":LABEL",
            "name",
            "fullName",
            "code",
            "forename",
            "surname",
            "dob:date",
            "nationality",
            "number",
            "aliases:string[]",
        ],
        [list(d[:-1]) for d in DRIVERS],
    )
    write(
        "constructors.csv",
        [
            "constructorRef:ID(Constructor)",
            ":LABEL",
            "name",
            "fullName",
            "name_ja",
            "nationality",
            "base",
            "founded:int",
            "description",
        ],
        [list(t) for t in TEAMS],
    )
    write(
        "engines.csv",
        ["supplierRef:ID(Engine)", ":LABEL", "name", "code", "country"],
        [list(e) for e in ENGINES],
    )
    write(
        "circuits.csv",
        [
            "circuitRef:ID(Circuit)",
            ":LABEL",
            "name",
            "name_ja",
            "location",
            "country",
            "length_km:float",
            "turns:int",
            "opened:int",
            "description",
        ],
        [list(c) for c in CIRCUITS],
    )
    write(
        "people.csv", ["personId:ID(Person)", ":LABEL", "name"], [list(p[:3]) for p in PRINCIPALS]
    )
    write(
        "seasons.csv",
        ["year:ID(Season)", ":LABEL", "title", "rounds:int"],
        [
            ["2022", "Season", "2022 Continental Formula Championship", "6"],
            ["2023", "Season", "2023 Continental Formula Championship", "6"],
        ],
    )
    write(
        "races.csv",
        [
            "raceId:ID(Race)",
            ":LABEL",
            "name",
            "year:int",
            "round:int",
            "date:date",
            "scheduledLaps",
        ],
        [
            [race_id(s, r), "Race;Event", n, str(s), str(r), d, str(LAPS[c])]
            for s, r, n, c, d in RACES
        ],
    )
    write(
        "rel_held_at.csv",
        [":START_ID(Race)", ":END_ID(Circuit)", ":TYPE"],
        [[race_id(s, r), c, "HELD_AT"] for s, r, _, c, _ in RACES],
    )
    write(
        "rel_in_season.csv",
        [":START_ID(Race)", ":END_ID(Season)", ":TYPE"],
        [[race_id(s, r), str(s), "inSeason"] for s, r, _, _, _ in RACES],
    )
    write(
        "rel_principal_of.csv",
        [":START_ID(Person)", ":END_ID(Constructor)", ":TYPE", "since:int"],
        [[p[0], p[3], "principal_of", str(2010 + i)] for i, p in enumerate(PRINCIPALS)],
    )
    write(
        "rel_drove_for.csv",
        [":START_ID(Driver)", ":END_ID(Constructor)", ":TYPE", "season:int"],
        [
            [d, t, "DROVE_FOR", str(s)]
            for s, teams in LINEUPS.items()
            for t, ds in teams.items()
            for d in ds
        ],
    )
    write(
        "rel_powered_by.csv",
        [":START_ID(Constructor)", ":END_ID(Engine)", ":TYPE", "season:int"],
        [
            [t, e, "poweredBy", str(s)]
            for s, deals in ENGINE_DEALS.items()
            for t, e in deals.items()
        ],
    )
    write(
        "rel_lap_record.csv",
        [":START_ID(Driver)", ":END_ID(Circuit)", ":TYPE", "time", "year:int"],
        [[d, c, "HOLDS_LAP_RECORD", t, y] for d, c, t, y in LAP_RECORDS],
    )
    results, quali, fastest = [], [], []
    totals: dict[int, dict[str, float]] = {}
    team_totals: dict[int, dict[str, float]] = {}
    for s, r, _, c, _ in RACES:
        rid = race_id(s, r)
        team_of = {d: t for t, ds in LINEUPS[s].items() for d in ds}
        grid = sorted(team_of, key=lambda d: -(pace[d] + rng.gauss(0, 3)))
        if s == 2023:
            base = BASE_LAP[c] - 1.5
            for pos, d in enumerate(grid, 1):
                q1 = lap(base + (100 - pace[d]) * 0.05 + rng.random() * 0.4)
                q2 = (
                    lap(base - 0.3 + (100 - pace[d]) * 0.05 + rng.random() * 0.3)
                    if pos <= 14
                    else ""
                )
                q3 = (
                    lap(base - 0.6 + (100 - pace[d]) * 0.05 + rng.random() * 0.2)
                    if pos <= 10
                    else ""
                )
                quali.append([d, rid, "QUALIFIED", str(pos), q1, q2, q3])
        run = {d: pace[d] + rng.gauss(0, 4) - grid.index(d) * 0.4 for d in grid}
        dnf = set(rng.sample(grid, rng.choice([1, 2, 2, 3])))
        order = sorted((d for d in grid if d not in dnf), key=lambda d: -run[d]) + sorted(
            dnf, key=lambda d: -run[d]
        )
        fl_driver = rng.choice(order[:6])
        fl_time = lap(BASE_LAP[c] + 1.2 + rng.random() * 0.5)
        fl_lap = rng.randint(LAPS[c] // 2, LAPS[c] - 1)
        fastest.append([rid, fl_driver, "FASTEST_LAP", fl_time, str(fl_lap)])
        for pos, d in enumerate(order, 1):
            out = d in dnf
            pts = 0.0 if out or pos > 10 else float(POINTS[pos - 1])
            if d == fl_driver and not out and pos <= 10:
                pts += 1
            laps = rng.randint(3, LAPS[c] - 5) if out else LAPS[c] - (1 if pos > 12 else 0)
            status = rng.choice(STATUSES) if out else ("Finished" if laps == LAPS[c] else "+1 Lap")
            totals.setdefault(s, {}).setdefault(d, 0.0)
            totals[s][d] += pts
            team_totals.setdefault(s, {}).setdefault(team_of[d], 0.0)
            team_totals[s][team_of[d]] += pts
            points = f"{pts:g}"
            results.append(
                [
                    d,
                    rid,
                    "RESULT",
                    str(grid.index(d) + 1),
                    "" if out else str(pos),
                    "R" if out else str(pos),
                    points,
                    str(laps),
                    status,
                    team_of[d],
                ]
            )
    write(
        "rel_results.csv",
        [
            ":START_ID(Driver)",
            ":END_ID(Race)",
            ":TYPE",
            "grid:int",
            "position:int",
            "positionText",
            "points",
            "laps",
            "status",
            "constructorRef",
        ],
        results,
    )
    write(
        "rel_qualifying.csv",
        [":START_ID(Driver)", ":END_ID(Race)", ":TYPE", "position:int", "q1", "q2", "q3"],
        quali,
    )
    write(
        "rel_fastest_lap.csv",
        [":START_ID(Race)", ":END_ID(Driver)", ":TYPE", "time", "lap:int"],
        fastest,
    )
    champs, teams = [], []
    for s in sorted(totals):
        d = max(totals[s], key=lambda k: totals[s][k])
        t = max(team_totals[s], key=lambda k: team_totals[s][k])
        champs.append([str(s), d, "CHAMPION", f"{totals[s][d]:g}"])
        teams.append([str(s), t, "constructorsChampion", f"{team_totals[s][t]:g}"])
    write("rel_champion.csv", [":START_ID(Season)", ":END_ID(Driver)", ":TYPE", "points"], champs)
    write(
        "rel_constructors_champion.csv",
        [":START_ID(Season)", ":END_ID(Constructor)", ":TYPE", "points"],
        teams,
    )


if __name__ == "__main__":
    main()
