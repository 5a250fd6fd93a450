"""Write ``olympics.jsonld``: Olympic Games results as a results publisher serves them, JSON-LD.

The shape is what open-data publishers of Olympic results model (the Wallscope Olympics linked
data, Olympedia-derived datasets, schema.org markup of sports pages): a compacted JSON-LD document
whose ``@context`` is schema.org's, named by its URL, followed by an inline map of the results
vocabulary's short terms (``http://wallscope.co.uk/ontology/olympics/``):

* the games: ``schema:SportsEvent`` (``2012 Summer Olympics``, ``alternateName`` ``London 2012``)
  with ``location`` (a ``schema:City`` that is ``containedInPlace`` a ``schema:Country``),
  ``startDate`` / ``endDate`` (``xsd:date``), ``olym:year`` (``xsd:gYear``) and ``olym:season``
  (a code-list IRI);
* the events: ``olym:Event`` (``Men's 100 metres``) with ``sport`` (an ``olym:Sport``);
* the athletes: ``schema:Person`` with ``birthDate`` (``xsd:date``), ``gender``
  (``schema:Male`` / ``schema:Female``), ``nationality`` (a country), ``memberOf`` (the national
  team, a ``schema:SportsTeam`` with its NOC code as ``identifier``) and ``sport``;
* one node per result, a blank node (n-ary): ``olym:athlete``, ``olym:event``, ``olym:games``,
  ``olym:team``, ``olym:rank`` (``xsd:integer``), ``olym:medal`` (a code-list IRI, on the first
  three only) and ``olym:mark`` (the time, distance or score as the results sheet writes it);
* the code lists (medals, seasons) as ``skos:Concept`` with ``skos:prefLabel`` by language and
  ``skos:notation``.

The games, host cities, countries, teams, sports and events are real; every athlete, date of
birth, rank and mark is invented. Seeded; stdlib only (answers: ``olympics_answers.py`` with
rdflib). Run from the repository root: ``python bench/data/own/olympics_make.py``.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).parent / "olympics.jsonld"
R = random.Random(2929)
OLYM = "http://wallscope.co.uk/ontology/olympics/"
RES = "http://wallscope.co.uk/resource/olympics/"

CONTEXT = [
    "https://schema.org/",
    {
        "olym": OLYM,
        "res": RES,
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "Result": "olym:Result",
        "Event": "olym:Event",
        "Sport": "olym:Sport",
        "Concept": "skos:Concept",
        "ConceptScheme": "skos:ConceptScheme",
        "athlete": {"@id": "olym:athlete", "@type": "@id"},
        "event": {"@id": "olym:event", "@type": "@id"},
        "games": {"@id": "olym:games", "@type": "@id"},
        "team": {"@id": "olym:team", "@type": "@id"},
        "medal": {"@id": "olym:medal", "@type": "@id"},
        "season": {"@id": "olym:season", "@type": "@id"},
        "rank": {"@id": "olym:rank", "@type": "xsd:integer"},
        "mark": "olym:mark",
        "year": {"@id": "olym:year", "@type": "xsd:gYear"},
        "sport": {"@id": "schema:sport", "@type": "@id"},
        "location": {"@id": "schema:location", "@type": "@id"},
        "nationality": {"@id": "schema:nationality", "@type": "@id"},
        "memberOf": {"@id": "schema:memberOf", "@type": "@id"},
        "containedInPlace": {"@id": "schema:containedInPlace", "@type": "@id"},
        "gender": {"@id": "schema:gender", "@type": "@vocab"},
        "birthDate": {"@id": "schema:birthDate", "@type": "xsd:date"},
        "startDate": {"@id": "schema:startDate", "@type": "xsd:date"},
        "endDate": {"@id": "schema:endDate", "@type": "xsd:date"},
        "prefLabel": {"@id": "skos:prefLabel", "@container": "@language"},
        "notation": "skos:notation",
        "inScheme": {"@id": "skos:inScheme", "@type": "@id"},
    },
]

# country: (ISO name, NOC, team name, other names, first names m, first names f, surnames)
COUNTRIES = {
    "USA": (
        "United States",
        "USA",
        "United States",
        ["USA", "United States of America"],
        "Tyler Marcus Devon Brandon Caleb Jordan",
        "Kayla Brianna Megan Alyssa Danielle Courtney",
        "Whitfield Brooks Carter Hollis Jennings Lawson Pryor Whitaker",
    ),
    "GBR": (
        "United Kingdom",
        "GBR",
        "Great Britain",
        ["UK", "Britain"],
        "Oliver Harry Callum Rhys Alfie Euan",
        "Freya Imogen Niamh Bethany Eleanor Isla",
        "Ashworth Pemberton Hargreaves Kettering Lowther Thistlewood",
    ),
    "JAM": (
        "Jamaica",
        "JAM",
        "Jamaica",
        [],
        "Odane Kemar Rasheed Nickel Tajay Omar",
        "Shericka Natoya Kimone Briana Shanieka Yanique",
        "Forbes Ellington McLeod Thwaites Gayle Bernard",
    ),
    "KEN": (
        "Kenya",
        "KEN",
        "Kenya",
        [],
        "Kipchumba Emmanuel Wilfred Evans Geoffrey Amos",
        "Faith Hellen Beatrice Agnes Joyline Mercy",
        "Kiprotich Wanjiru Chepkoech Rotich Kibet Mutai",
    ),
    "ETH": (
        "Ethiopia",
        "ETH",
        "Ethiopia",
        [],
        "Selemon Yomif Hagos Tadese Birhanu Getaneh",
        "Tirunesh Gudaf Letesenbet Ababel Tsehay Yalemzerf",
        "Gebrhiwet Alemu Tefera Desisa Bekele Haile",
    ),
    "CHN": (
        "China",
        "CHN",
        "China",
        ["People's Republic of China", "PRC"],
        "Haoran Zhiwei Junjie Yuchen Tianyi Boyang",
        "Xinyi Yuting Jiaqi Mengyao Ruoxi Shiyu",
        "Zhao Qian Sun Zhou Wu Zheng",
    ),
    "JPN": (
        "Japan",
        "JPN",
        "Japan",
        [],
        "Haruto Ren Daiki Sota Kaito Yuma",
        "Yui Hina Sakura Misaki Aoi Rina",
        "Takeda Kobayashi Nakamura Fujimoto Hayashi Morita",
    ),
    "AUS": (
        "Australia",
        "AUS",
        "Australia",
        [],
        "Lachlan Mitchell Bailey Jarrod Kieran Hamish",
        "Chelsea Tahlia Brooke Jessika Ellie Madison",
        "Cartwright Donnelly Fitzroy Mackenzie Rourke Sheehan",
    ),
    "FRA": (
        "France",
        "FRA",
        "France",
        ["French Republic"],
        "Théo Mathis Enzo Antoine Baptiste Clément",
        "Léa Manon Camille Chloé Inès Margaux",
        "Lefebvre Moreau Girard Fontaine Chevalier Rousseau",
    ),
    "GER": (
        "Germany",
        "GER",
        "Germany",
        ["Federal Republic of Germany"],
        "Lukas Jonas Felix Tobias Maximilian Niklas",
        "Lena Hannah Johanna Katharina Marlene Sophie",
        "Hoffmann Schäfer Krüger Vogel Brandt Lindemann",
    ),
    "NOR": (
        "Norway",
        "NOR",
        "Norway",
        [],
        "Magnus Sindre Eirik Håvard Vegard Sondre",
        "Ingrid Marte Thea Silje Ragnhild Tiril",
        "Haugen Solberg Bakken Fossum Lien Aasen",
    ),
    "CAN": (
        "Canada",
        "CAN",
        "Canada",
        [],
        "Logan Mathieu Connor Étienne Tristan Dylan",
        "Marie-Pier Kaylee Laurence Audrey Brianne Summer",
        "Beaulieu MacDonald Tremblay Gagnon Lachance Whitmore",
    ),
    "NED": (
        "Netherlands",
        "NED",
        "Netherlands",
        ["Holland"],
        "Sven Jorrit Kjeld Thijs Bram Stijn",
        "Femke Ireen Jutta Sanne Lieke Marrit",
        "de_Vries van_Dijk Bakker Visser Smit Mulder",
    ),
    "KOR": (
        "South Korea",
        "KOR",
        "South Korea",
        ["Republic of Korea", "Korea"],
        "Min-jun Seo-jun Ji-ho Hyun-woo Jae-won Dong-hyun",
        "Seo-yeon Ji-woo Ha-eun Min-seo Yu-na Su-bin",
        "Kim Park Choi Jung Kang Yoon",
    ),
    "BRA": (
        "Brazil",
        "BRA",
        "Brazil",
        [],
        "Thiago Gabriel Rafael Matheus Leonardo Vinícius",
        "Beatriz Larissa Mariana Gabriela Isadora Letícia",
        "Oliveira Santos Ferreira Almeida Carvalho Ribeiro",
    ),
    "AUT": (
        "Austria",
        "AUT",
        "Austria",
        [],
        "Florian Matthias Stefan Dominik Raphael Manuel",
        "Katharina Stephanie Viktoria Magdalena Theresa Carina",
        "Gruber Huber Pichler Steiner Moser Leitner",
    ),
    "SUI": (
        "Switzerland",
        "SUI",
        "Switzerland",
        [],
        "Luca Nico Gian Marco Reto Fabio",
        "Lara Noémie Wendy Michelle Jasmin Corinne",
        "Meier Keller Brunner Frei Baumann Zurbriggen",
    ),
    "ITA": (
        "Italy",
        "ITA",
        "Italy",
        [],
        "Lorenzo Matteo Filippo Davide Simone Gianmarco",
        "Giulia Federica Sofia Arianna Martina Chiara",
        "Ricci Marino Greco Colombo Bruno Galli",
    ),
}

# games: (key, name, alternate name, year, season, city, city country, start, end)
GAMES = [
    (
        "2008_Summer",
        "2008 Summer Olympics",
        "Beijing 2008",
        2008,
        "Summer",
        "Beijing",
        "CHN",
        "2008-08-08",
        "2008-08-24",
    ),
    (
        "2012_Summer",
        "2012 Summer Olympics",
        "London 2012",
        2012,
        "Summer",
        "London",
        "GBR",
        "2012-07-27",
        "2012-08-12",
    ),
    (
        "2016_Summer",
        "2016 Summer Olympics",
        "Rio 2016",
        2016,
        "Summer",
        "Rio de Janeiro",
        "BRA",
        "2016-08-05",
        "2016-08-21",
    ),
    (
        "2020_Summer",
        "2020 Summer Olympics",
        "Tokyo 2020",
        2020,
        "Summer",
        "Tokyo",
        "JPN",
        "2021-07-23",
        "2021-08-08",
    ),
    (
        "2010_Winter",
        "2010 Winter Olympics",
        "Vancouver 2010",
        2010,
        "Winter",
        "Vancouver",
        "CAN",
        "2010-02-12",
        "2010-02-28",
    ),
    (
        "2014_Winter",
        "2014 Winter Olympics",
        "Sochi 2014",
        2014,
        "Winter",
        "Sochi",
        "RUS",
        "2014-02-07",
        "2014-02-23",
    ),
    (
        "2018_Winter",
        "2018 Winter Olympics",
        "PyeongChang 2018",
        2018,
        "Winter",
        "Pyeongchang",
        "KOR",
        "2018-02-09",
        "2018-02-25",
    ),
]
HOST_ONLY = {"RUS": "Russia"}

# sport: (season, events (key, name, gender, mark range, format), countries that are strong)
SPORTS = {
    "Athletics": (
        "Summer",
        [
            ("athletics-m-100m", "Men's 100 metres", "M", (9.6, 10.1), "s"),
            ("athletics-w-100m", "Women's 100 metres", "F", (10.6, 11.1), "s"),
            ("athletics-m-marathon", "Men's marathon", "M", (7580, 7900), "h"),
            ("athletics-w-marathon", "Women's marathon", "F", (8500, 8900), "h"),
            ("athletics-m-long-jump", "Men's long jump", "M", (8.05, 8.45), "m"),
            ("athletics-w-high-jump", "Women's high jump", "F", (1.93, 2.06), "m"),
        ],
        "USA JAM KEN ETH GBR GER CAN",
    ),
    "Swimming": (
        "Summer",
        [
            ("swimming-m-100m-free", "Men's 100 metre freestyle", "M", (47.0, 48.4), "s"),
            ("swimming-w-100m-free", "Women's 100 metre freestyle", "F", (51.9, 53.3), "s"),
            ("swimming-m-200m-fly", "Men's 200 metre butterfly", "M", (112.5, 115.5), "ms"),
            (
                "swimming-w-400m-im",
                "Women's 400 metre individual medley",
                "F",
                (265.0, 272.0),
                "ms",
            ),
        ],
        "USA AUS CHN GBR JPN FRA NED ITA",
    ),
    "Cycling": (
        "Summer",
        [
            ("cycling-m-road-race", "Men's road race", "M", (22000, 23200), "h"),
            ("cycling-w-sprint", "Women's track sprint", "F", (10.5, 11.0), "s"),
        ],
        "GBR FRA NED GER AUS ITA",
    ),
    "Judo": (
        "Summer",
        [
            ("judo-m-73kg", "Men's 73 kg", "M", None, ""),
            ("judo-w-57kg", "Women's 57 kg", "F", None, ""),
        ],
        "JPN FRA BRA KOR GER",
    ),
    "Alpine skiing": (
        "Winter",
        [
            ("alpine-m-downhill", "Men's downhill", "M", (100.0, 104.5), "ms"),
            ("alpine-w-slalom", "Women's slalom", "F", (98.0, 103.0), "ms"),
            ("alpine-m-giant-slalom", "Men's giant slalom", "M", (136.0, 141.0), "ms"),
        ],
        "AUT SUI NOR USA ITA FRA",
    ),
    "Speed skating": (
        "Winter",
        [
            ("speed-skating-m-500m", "Men's 500 metres", "M", (34.3, 35.2), "s"),
            ("speed-skating-w-3000m", "Women's 3000 metres", "F", (235.0, 242.0), "ms"),
        ],
        "NED KOR NOR CAN JPN CHN",
    ),
    "Biathlon": (
        "Winter",
        [
            ("biathlon-m-sprint", "Men's 10 km sprint", "M", (1410.0, 1480.0), "ms"),
            ("biathlon-w-pursuit", "Women's 10 km pursuit", "F", (1770.0, 1850.0), "ms"),
        ],
        "NOR GER FRA AUT SUI",
    ),
    "Figure skating": (
        "Winter",
        [
            ("figure-skating-w-singles", "Ladies' singles", "F", (190.0, 240.0), "pts"),
        ],
        "JPN KOR USA CAN ITA CHN",
    ),
}
FINALISTS = 6
MEDALS = [("Gold", "Or", "G"), ("Silver", "Argent", "S"), ("Bronze", "Bronze", "B")]


def _mark(value: float, fmt: str) -> str:
    if fmt == "s":
        return f"{value:.2f}"
    if fmt == "m":
        return f"{value:.2f} m"
    if fmt == "pts":
        return f"{value:.2f}"
    if fmt == "ms":
        minutes, sec = divmod(value, 60)
        return f"{int(minutes)}:{sec:05.2f}"
    hours, rest = divmod(int(value), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text)


def main() -> None:
    graph: list[dict] = []
    graph.append(
        {
            "@id": "res:medal",
            "@type": "ConceptScheme",
            "prefLabel": {"en": "Olympic medals", "fr": "Médailles olympiques"},
        }
    )
    for en, fr, code in MEDALS:
        graph.append(
            {
                "@id": f"res:medal/{en}",
                "@type": "Concept",
                "prefLabel": {"en": en, "fr": fr},
                "notation": code,
                "inScheme": "res:medal",
            }
        )
    graph.append(
        {"@id": "res:season", "@type": "ConceptScheme", "prefLabel": {"en": "Olympic seasons"}}
    )
    for en, fr in (("Summer", "Été"), ("Winter", "Hiver")):
        graph.append(
            {
                "@id": f"res:season/{en}",
                "@type": "Concept",
                "prefLabel": {"en": en, "fr": fr},
                "inScheme": "res:season",
            }
        )
    for code, (name, noc, team, alts, *_rest) in COUNTRIES.items():
        node = {"@id": f"res:country/{code}", "@type": "Country", "name": name}
        if alts:
            node["alternateName"] = alts
        graph.append(node)
        graph.append(
            {
                "@id": f"res:team/{noc}",
                "@type": "SportsTeam",
                "name": team,
                "identifier": noc,
                "location": f"res:country/{code}",
            }
        )
    for code, name in HOST_ONLY.items():
        graph.append({"@id": f"res:country/{code}", "@type": "Country", "name": name})
    for key, name, alt, year, season, city, ccode, start, end in GAMES:
        graph.append(
            {
                "@id": f"res:city/{_slug(city)}",
                "@type": "City",
                "name": city,
                "containedInPlace": f"res:country/{ccode}",
            }
        )
        graph.append(
            {
                "@id": f"res:games/{key}",
                "@type": "SportsEvent",
                "name": name,
                "alternateName": alt,
                "location": f"res:city/{_slug(city)}",
                "startDate": start,
                "endDate": end,
                "year": str(year),
                "season": f"res:season/{season}",
            }
        )
    for sport, (_season, events, _strong) in SPORTS.items():
        graph.append({"@id": f"res:sport/{_slug(sport)}", "@type": "Sport", "name": sport})
        for key, name, _g, _range, _fmt in events:
            graph.append(
                {
                    "@id": f"res:event/{key}",
                    "@type": "Event",
                    "name": name,
                    "sport": f"res:sport/{_slug(sport)}",
                }
            )

    # athletes: a pool per sport and gender, from the sport's strong countries
    used_names: set[str] = set()
    athletes: list[dict] = []
    pool: dict[tuple[str, str], list[dict]] = {}
    serial = 0
    for sport, (season, _events, strong) in SPORTS.items():
        first_year = min(g[3] for g in GAMES if g[4] == season)
        for gender in ("M", "F"):
            for _ in range(22):
                code = R.choice(strong.split())
                _name, noc, _team, _alts, men, women, surnames = COUNTRIES[code]
                while True:
                    first = R.choice((men if gender == "M" else women).split())
                    full = f"{first} {R.choice(surnames.split())}".replace("_", " ")
                    if full not in used_names:
                        used_names.add(full)
                        break
                born = date(first_year - R.randint(18, 30), 1, 1) + timedelta(
                    days=R.randint(0, 364)
                )
                serial += 1
                node = {
                    "@id": f"res:athlete/{serial:05d}",
                    "@type": "Person",
                    "name": full,
                    "birthDate": born.isoformat(),
                    "gender": "Male" if gender == "M" else "Female",
                    "nationality": f"res:country/{code}",
                    "memberOf": f"res:team/{noc}",
                    "sport": f"res:sport/{_slug(sport)}",
                }
                athletes.append(node)
                pool.setdefault((sport, gender), []).append(node)
    graph.extend(athletes)

    for key, _name, _alt, year, season, *_rest in GAMES:
        for sport, (s_season, events, _strong) in SPORTS.items():
            if s_season != season:
                continue
            for ekey, _ename, gender, span, fmt in events:
                active = [
                    a for a in pool[(sport, gender)] if 18 <= year - int(a["birthDate"][:4]) <= 36
                ]
                finalists = R.sample(active, FINALISTS)
                marks = sorted(R.uniform(*span) for _ in finalists) if span else [None] * FINALISTS
                if fmt == "pts" or (fmt == "m"):
                    marks = marks[::-1]  # a higher score or a longer jump ranks first
                for rank, (athlete, value) in enumerate(
                    zip(finalists, marks, strict=True), start=1
                ):
                    if span is None and rank == 4:
                        rank = 3  # judo gives two bronze medals
                    result = {
                        "@type": "Result",
                        "athlete": athlete["@id"],
                        "event": f"res:event/{ekey}",
                        "games": f"res:games/{key}",
                        "team": athlete["memberOf"],
                        "rank": rank,
                    }
                    if rank <= 3:
                        result["medal"] = f"res:medal/{MEDALS[rank - 1][0]}"
                    if value is not None:
                        result["mark"] = _mark(value, fmt)
                    graph.append(result)
    doc = {"@context": CONTEXT, "@graph": graph}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
