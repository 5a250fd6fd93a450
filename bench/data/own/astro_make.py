# ruff: noqa: E501  (one record a line)
"""Write ``astro.n3``: an exoplanet catalogue as a small observatory's outreach group publishes it, Notation3.

The shape follows what exoplanet catalogues (the NASA Exoplanet Archive's planetary-systems table,
exoplanet.eu, Wikidata's exoplanet items) hold, mapped onto a publisher's ontology that reuses
Wikidata's and schema.org's classes and QUDT quantity values, and written in Notation3 as a group
that reasons over its data with cwm/EYE writes it:

* the header: the publisher's classes and properties (``rdfs:label``, ``rdfs:comment``),
  ``owl:equivalentClass`` / ``owl:equivalentProperty`` to Wikidata (``wd:Q44559`` exoplanet,
  ``wdt:P397`` parent astronomical body, ``wdt:P59`` constellation...) and schema.org;
* planets (``exo:Exoplanet``), their designation as ``rdfs:label`` (``HD 209458 b``,
  ``Kepler-22b``), other designations and IAU or popular names as ``skos:altLabel``
  (``51 Peg b``, ``Dimidium``, ``Osiris``); the host star (``exo:hostStar``), the discovery
  method (a SKOS code list), facility, year (``xsd:gYear``) and team; orbital period, mass and
  radius as QUDT quantity values (blank ``qudt:QuantityValue`` nodes with ``qudt:numericValue``
  and ``qudt:unit``; days, Jupiter masses, Earth radii), only where measured;
* stars (``exo:Star``, ``owl:equivalentClass wd:Q523``): constellation (``exo:constellation``),
  spectral type (a code list: ``skos:notation`` and the broader spectral class), distance as two
  quantity values (parsecs and light years), effective temperature in kelvin, apparent magnitude;
  the planets a star hosts written the N3 way, ``star is exo:hostStar of planet, planet``;
* planetary systems (``exo:PlanetarySystem``, ``exo:memberOf``), constellations (IAU
  abbreviation, genitive, names in English, French and German), facilities (telescopes,
  observatories and space telescopes: ``exo:operator``, ``exo:site``, ``exo:mission``),
  missions (launch date ``xsd:date``), teams (``schema:Organization``, ``schema:member``
  persons); ``=`` (``owl:sameAs``) to Wikidata for a few well-known bodies;
* at the end, the catalogue's rules (N3 ``=>``, with ``?`` variables): a star hosts what orbits
  it; a planet's constellation is its star's. Rules are not facts: the conclusions are stated
  nowhere as triples.

Seeded; stdlib only. Run from the repository root: ``python bench/data/own/astro_make.py``.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).parent
RNG = random.Random(3030)
PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "qudt": "http://qudt.org/schema/qudt/",
    "unit": "http://qudt.org/vocab/unit/",
    "wd": "http://www.wikidata.org/entity/",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "log": "http://www.w3.org/2000/10/swap/log#",
    "exo": "https://skycat.example.org/ontology#",
    "xu": "https://skycat.example.org/unit/",
    "": "https://skycat.example.org/id/",
}

# constellation key -> (English, IAU abbreviation, genitive, French, German)
CONSTELLATIONS = {
    "Pegasus": ("Pegasus", "Peg", "Pegasi", "Pégase", "Pegasus"),
    "Cygnus": ("Cygnus", "Cyg", "Cygni", "Cygne", "Schwan"),
    "Aquarius": ("Aquarius", "Aqr", "Aquarii", "Verseau", "Wassermann"),
    "Dorado": ("Dorado", "Dor", "Doradus", "Dorade", "Schwertfisch"),
    "Centaurus": ("Centaurus", "Cen", "Centauri", "Centaure", "Zentaur"),
    "Vulpecula": ("Vulpecula", "Vul", "Vulpeculae", "Petit Renard", "Füchschen"),
    "Cancer": ("Cancer", "Cnc", "Cancri", "Cancer", "Krebs"),
    "Eridanus": ("Eridanus", "Eri", "Eridani", "Éridan", "Eridanus"),
    "Libra": ("Libra", "Lib", "Librae", "Balance", "Waage"),
    "Auriga": ("Auriga", "Aur", "Aurigae", "Cocher", "Fuhrmann"),
    "Bootes": ("Boötes", "Boo", "Boötis", "Bouvier", "Bärenhüter"),
    "Andromeda": ("Andromeda", "And", "Andromedae", "Andromède", "Andromeda"),
    "UrsaMajor": ("Ursa Major", "UMa", "Ursae Majoris", "Grande Ourse", "Großer Bär"),
    "PiscisAustrinus": (
        "Piscis Austrinus",
        "PsA",
        "Piscis Austrini",
        "Poisson austral",
        "Südlicher Fisch",
    ),
    "Virgo": ("Virgo", "Vir", "Virginis", "Vierge", "Jungfrau"),
    "Sagittarius": ("Sagittarius", "Sgr", "Sagittarii", "Sagittaire", "Schütze"),
    "Pictor": ("Pictor", "Pic", "Pictoris", "Peintre", "Maler"),
    "Hercules": ("Hercules", "Her", "Herculis", "Hercule", "Herkules"),
    "Draco": ("Draco", "Dra", "Draconis", "Dragon", "Drache"),
    "Monoceros": ("Monoceros", "Mon", "Monocerotis", "Licorne", "Einhorn"),
    "Ophiuchus": ("Ophiuchus", "Oph", "Ophiuchi", "Serpentaire", "Schlangenträger"),
    "Cetus": ("Cetus", "Cet", "Ceti", "Baleine", "Walfisch"),
    "Leo": ("Leo", "Leo", "Leonis", "Lion", "Löwe"),
    "Pisces": ("Pisces", "Psc", "Piscium", "Poissons", "Fische"),
    "Lyra": ("Lyra", "Lyr", "Lyrae", "Lyre", "Leier"),
    "Hydra": ("Hydra", "Hya", "Hydrae", "Hydre", "Wasserschlange"),
    "Scorpius": ("Scorpius", "Sco", "Scorpii", "Scorpion", "Skorpion"),
    "Tucana": ("Tucana", "Tuc", "Tucanae", "Toucan", "Tukan"),
}

# spectral type code -> (spectral class letter, luminosity class words)
CLASSES = {
    "O": "O-type star",
    "B": "B-type star",
    "A": "A-type star",
    "F": "F-type star",
    "G": "G-type star",
    "K": "K-type star",
    "M": "M-type star (red dwarf)",
}

# site key -> (label, country)
SITES = {
    "OHP": ("Haute-Provence Observatory", "France"),
    "LaSilla": ("La Silla Observatory", "Chile"),
    "Paranal": ("Paranal Observatory", "Chile"),
    "MaunaKea": ("Mauna Kea Observatories", "United States"),
    "Lick": ("Lick Observatory", "United States"),
    "McDonald": ("McDonald Observatory", "United States"),
    "Arecibo": ("Arecibo Observatory", "Puerto Rico"),
    "LasCampanas": ("Las Campanas Observatory", "Chile"),
    "RoqueMuchachos": ("Roque de los Muchachos Observatory", "Spain"),
    "Sutherland": ("South African Astronomical Observatory", "South Africa"),
    "WhippleHopkins": ("Fred Lawrence Whipple Observatory", "United States"),
}

# mission key -> (label, operator, launch date)
MISSIONS = {
    "KeplerMission": ("Kepler mission", "NASA", "2009-03-07"),
    "K2Mission": ("K2 mission", "NASA", "2014-05-30"),
    "TESSMission": ("TESS mission", "NASA", "2018-04-18"),
    "CoRoTMission": ("CoRoT mission", "CNES", "2006-12-27"),
    "SpitzerMission": ("Spitzer mission", "NASA", "2003-08-25"),
    "HubbleMission": ("Hubble Space Telescope mission", "NASA", "1990-04-24"),
}

# facility key -> (label, altLabels, kind, operator, site or None, missions)
FACILITIES = {
    "ELODIE": ("ELODIE spectrograph", [], "Instrument", "Haute-Provence Observatory", "OHP", []),
    "Keck": (
        "W. M. Keck Observatory",
        ["Keck"],
        "Telescope",
        "California Association for Research in Astronomy",
        "MaunaKea",
        [],
    ),
    "HARPS": (
        "HARPS spectrograph",
        ["High Accuracy Radial velocity Planet Searcher"],
        "Instrument",
        "European Southern Observatory",
        "LaSilla",
        [],
    ),
    "KeplerTelescope": (
        "Kepler Space Telescope",
        ["Kepler"],
        "SpaceTelescope",
        "NASA",
        None,
        ["KeplerMission", "K2Mission"],
    ),
    "TESS": (
        "Transiting Exoplanet Survey Satellite",
        ["TESS"],
        "SpaceTelescope",
        "NASA",
        None,
        ["TESSMission"],
    ),
    "TRAPPIST": (
        "TRAPPIST telescope",
        ["TRAnsiting Planets and PlanetesImals Small Telescope"],
        "Telescope",
        "University of Liège",
        "LaSilla",
        [],
    ),
    "Spitzer": (
        "Spitzer Space Telescope",
        ["Spitzer"],
        "SpaceTelescope",
        "NASA",
        None,
        ["SpitzerMission"],
    ),
    "Hubble": (
        "Hubble Space Telescope",
        ["Hubble", "HST"],
        "SpaceTelescope",
        "NASA",
        None,
        ["HubbleMission"],
    ),
    "LickHamilton": (
        "Hamilton spectrograph",
        [],
        "Instrument",
        "University of California",
        "Lick",
        [],
    ),
    "HET": (
        "Hobby-Eberly Telescope",
        [],
        "Telescope",
        "University of Texas at Austin",
        "McDonald",
        [],
    ),
    "AreciboDish": (
        "Arecibo radio telescope",
        [],
        "Telescope",
        "National Science Foundation",
        "Arecibo",
        [],
    ),
    "OGLE": ("Warsaw Telescope", [], "Telescope", "University of Warsaw", "LasCampanas", []),
    "SuperWASP": (
        "SuperWASP",
        ["Wide Angle Search for Planets"],
        "Telescope",
        "WASP Consortium",
        "RoqueMuchachos",
        [],
    ),
    "VLT": (
        "Very Large Telescope",
        ["VLT"],
        "Telescope",
        "European Southern Observatory",
        "Paranal",
        [],
    ),
    "CoRoT": (
        "CoRoT",
        ["Convection, Rotation and planetary Transits"],
        "SpaceTelescope",
        "CNES",
        None,
        ["CoRoTMission"],
    ),
    "MEarth": (
        "MEarth Project",
        [],
        "Telescope",
        "Harvard-Smithsonian Center for Astrophysics",
        "WhippleHopkins",
        [],
    ),
    "HATNet": (
        "HATNet",
        ["Hungarian Automated Telescope Network"],
        "Telescope",
        "Harvard-Smithsonian Center for Astrophysics",
        "WhippleHopkins",
        [],
    ),
    "Gemini": ("Gemini Observatory", [], "Telescope", "NOIRLab", "MaunaKea", []),
    "KELT": (
        "KELT-South",
        ["Kilodegree Extremely Little Telescope"],
        "Telescope",
        "Ohio State University",
        "Sutherland",
        [],
    ),
}

# team key -> (label, members)
TEAMS = {
    "Geneva": (
        "Geneva Extrasolar Planet Search",
        ["Michel Mayor", "Didier Queloz", "Stéphane Udry"],
    ),
    "CalCarnegie": (
        "California and Carnegie Planet Search",
        ["Geoffrey Marcy", "Paul Butler", "Debra Fischer"],
    ),
    "KeplerTeam": ("Kepler Science Team", ["William Borucki", "Natalie Batalha"]),
    "TRAPPISTTeam": ("TRAPPIST team", ["Michaël Gillon", "Amaury Triaud"]),
    "TESSTeam": ("TESS Science Team", ["George Ricker", "Emily Gilbert"]),
    "PaleRedDot": ("Pale Red Dot campaign", ["Guillem Anglada-Escudé"]),
    "Texas": ("McDonald Observatory Planet Search", ["William Cochran", "Artie Hatzes"]),
    "Wolszczan": ("Wolszczan and Frail", ["Aleksander Wolszczan", "Dale Frail"]),
    "OGLETeam": ("OGLE collaboration", ["Andrzej Udalski"]),
    "WASPTeam": ("WASP Consortium", ["Coel Hellier", "Don Pollacco"]),
    "HATTeam": ("HATNet Project", ["Gáspár Bakos"]),
    "MEarthTeam": ("MEarth team", ["David Charbonneau", "Zachory Berta-Thompson"]),
    "HR8799Team": ("Marois et al.", ["Christian Marois", "Bruce Macintosh"]),
    "Kalas": ("Kalas et al.", ["Paul Kalas"]),
    "LagrangeTeam": ("Lagrange et al.", ["Anne-Marie Lagrange"]),
    "CoRoTTeam": ("CoRoT Exoplanet Science Team", ["Daniel Rouan", "Alain Léger"]),
    "N2K": ("N2K Consortium", ["Bun'ei Sato", "Debra Fischer"]),
    "KELTTeam": ("KELT collaboration", ["Joshua Pepper"]),
}

# star key -> (label, altLabels, constellation, spectral type or None, distance pc, Teff K, V mag, mass in solar masses, wikidata id or None)
STARS = {
    "51Peg": (
        "51 Pegasi",
        ["Helvetios", "HD 217014", "51 Peg"],
        "Pegasus",
        "G2IV",
        15.47,
        5768,
        5.46,
        1.11,
        "Q156950",
    ),
    "HD209458": ("HD 209458", ["V376 Pegasi"], "Pegasus", "G0V", 48.30, 6071, 7.65, 1.12, None),
    "Kepler22": ("Kepler-22", ["KOI-87"], "Cygnus", "G5V", 195.0, 5518, 11.66, 0.97, None),
    "TRAPPIST1": (
        "TRAPPIST-1",
        ["2MASS J23062928-0502285"],
        "Aquarius",
        "M8V",
        12.43,
        2566,
        18.80,
        0.089,
        "Q25305853",
    ),
    "TOI700": ("TOI-700", ["TIC 150428135"], "Dorado", "M2V", 31.10, 3480, 13.10, 0.42, None),
    "Proxima": (
        "Proxima Centauri",
        ["Alpha Centauri C", "GJ 551"],
        "Centaurus",
        "M5.5V",
        1.30,
        3042,
        11.13,
        0.12,
        "Q116",
    ),
    "HD189733": (
        "HD 189733",
        ["V452 Vulpeculae"],
        "Vulpecula",
        "K1.5V",
        19.78,
        5050,
        7.67,
        0.81,
        None,
    ),
    "55Cnc": (
        "55 Cancri",
        ["Copernicus", "Rho1 Cancri", "55 Cnc"],
        "Cancer",
        "K0IV-V",
        12.59,
        5196,
        5.95,
        0.91,
        None,
    ),
    "EpsEri": (
        "Epsilon Eridani",
        ["Ran", "Eps Eri"],
        "Eridanus",
        "K2V",
        3.22,
        5084,
        3.73,
        0.82,
        None,
    ),
    "Kepler452": ("Kepler-452", ["KOI-7016"], "Cygnus", "G2V", 551.7, 5757, 13.43, 1.04, None),
    "Kepler186": ("Kepler-186", ["KOI-571"], "Cygnus", "M1V", 178.5, 3755, 15.29, 0.54, None),
    "GJ581": ("Gliese 581", ["GJ 581", "HO Librae"], "Libra", "M3V", 6.30, 3480, 10.57, 0.31, None),
    "WASP12": ("WASP-12", [], "Auriga", "G0V", 427.0, 6300, 11.69, 1.43, None),
    "TauBoo": (
        "Tau Boötis",
        ["Tau Boo", "HR 5185"],
        "Bootes",
        "F7V",
        15.60,
        6399,
        4.50,
        1.39,
        None,
    ),
    "UpsAnd": (
        "Upsilon Andromedae",
        ["Titawin", "Ups And"],
        "Andromeda",
        "F8V",
        13.49,
        6212,
        4.09,
        1.27,
        None,
    ),
    "47UMa": (
        "47 Ursae Majoris",
        ["Chalawan", "47 UMa"],
        "UrsaMajor",
        "G1V",
        13.80,
        5887,
        5.03,
        1.03,
        None,
    ),
    "Fomalhaut": (
        "Fomalhaut",
        ["Alpha Piscis Austrini"],
        "PiscisAustrinus",
        "A3V",
        7.70,
        8590,
        1.16,
        1.92,
        None,
    ),
    "HR8799": ("HR 8799", ["HD 218396"], "Pegasus", "F0V", 41.29, 7430, 5.96, 1.47, None),
    "PSR1257": ("PSR B1257+12", ["Lich"], "Virgo", None, 710.0, None, None, 1.40, None),
    "OGLE390": ("OGLE-2005-BLG-390L", [], "Sagittarius", "M4V", 6600.0, None, None, 0.22, None),
    "Kepler16": ("Kepler-16", ["KOI-1611"], "Cygnus", "K7V", 75.0, 4450, 11.76, 0.69, None),
    "BetaPic": ("Beta Pictoris", ["Beta Pic"], "Pictor", "A6V", 19.44, 8052, 3.86, 1.75, None),
    "HD149026": ("HD 149026", ["Ogma"], "Hercules", "G0IV", 75.80, 6147, 8.15, 1.30, None),
    "Kepler10": ("Kepler-10", ["KOI-72"], "Draco", "G2V", 185.5, 5708, 10.96, 0.91, None),
    "CoRoT7": ("CoRoT-7", ["TYC 4799-1733-1"], "Monoceros", "K0V", 160.0, 5275, 11.73, 0.93, None),
    "GJ1214": ("GJ 1214", ["Gliese 1214"], "Ophiuchus", "M4.5V", 14.65, 3026, 14.67, 0.18, None),
    "LHS1140": ("LHS 1140", ["GJ 3053"], "Cetus", "M4.5V", 14.99, 3096, 14.18, 0.18, None),
    "K218": ("K2-18", ["EPIC 201912552"], "Leo", "M2.5V", 38.07, 3457, 13.50, 0.50, None),
    "WASP76": ("WASP-76", [], "Pisces", "F7V", 195.3, 6250, 9.52, 1.46, None),
    "HATP7": ("HAT-P-7", ["Kepler-2"], "Cygnus", "F6V", 320.0, 6350, 10.48, 1.53, None),
}

# planet: (label, altLabels, star, method, facility, year, team, period d, mass Mj, radius Re, wikidata id)
PLANETS = [
    (
        "51 Pegasi b",
        ["51 Peg b", "Dimidium", "Bellerophon"],
        "51Peg",
        "RV",
        "ELODIE",
        1995,
        "Geneva",
        4.2308,
        0.46,
        None,
        "Q1046",
    ),
    (
        "HD 209458 b",
        ["Osiris", "V376 Peg b"],
        "HD209458",
        "RV",
        "Keck",
        1999,
        "CalCarnegie",
        3.5247,
        0.69,
        15.48,
        None,
    ),
    (
        "Kepler-22b",
        ["KOI-87.01", "Kepler-22 b"],
        "Kepler22",
        "TR",
        "KeplerTelescope",
        2011,
        "KeplerTeam",
        289.86,
        None,
        2.38,
        None,
    ),
    (
        "TRAPPIST-1b",
        ["TRAPPIST-1 b"],
        "TRAPPIST1",
        "TR",
        "TRAPPIST",
        2016,
        "TRAPPISTTeam",
        1.5109,
        0.0043,
        1.116,
        None,
    ),
    (
        "TRAPPIST-1c",
        ["TRAPPIST-1 c"],
        "TRAPPIST1",
        "TR",
        "TRAPPIST",
        2016,
        "TRAPPISTTeam",
        2.4218,
        0.0041,
        1.097,
        None,
    ),
    (
        "TRAPPIST-1d",
        ["TRAPPIST-1 d"],
        "TRAPPIST1",
        "TR",
        "TRAPPIST",
        2016,
        "TRAPPISTTeam",
        4.0496,
        0.0012,
        0.788,
        None,
    ),
    (
        "TRAPPIST-1e",
        ["TRAPPIST-1 e"],
        "TRAPPIST1",
        "TR",
        "Spitzer",
        2017,
        "TRAPPISTTeam",
        6.0996,
        0.0022,
        0.920,
        None,
    ),
    (
        "TRAPPIST-1f",
        ["TRAPPIST-1 f"],
        "TRAPPIST1",
        "TR",
        "Spitzer",
        2017,
        "TRAPPISTTeam",
        9.2067,
        0.0033,
        1.045,
        None,
    ),
    (
        "TRAPPIST-1g",
        ["TRAPPIST-1 g"],
        "TRAPPIST1",
        "TR",
        "Spitzer",
        2017,
        "TRAPPISTTeam",
        12.3529,
        0.0042,
        1.129,
        None,
    ),
    (
        "TRAPPIST-1h",
        ["TRAPPIST-1 h"],
        "TRAPPIST1",
        "TR",
        "Spitzer",
        2017,
        "TRAPPISTTeam",
        18.7671,
        0.0010,
        0.755,
        None,
    ),
    (
        "TOI-700 b",
        ["TOI-700.01"],
        "TOI700",
        "TR",
        "TESS",
        2020,
        "TESSTeam",
        9.977,
        None,
        0.914,
        None,
    ),
    (
        "TOI-700 c",
        ["TOI-700.02"],
        "TOI700",
        "TR",
        "TESS",
        2020,
        "TESSTeam",
        16.051,
        None,
        2.65,
        None,
    ),
    (
        "TOI-700 d",
        ["TOI-700.03"],
        "TOI700",
        "TR",
        "TESS",
        2020,
        "TESSTeam",
        37.426,
        None,
        1.073,
        None,
    ),
    (
        "TOI-700 e",
        ["TOI-700.04"],
        "TOI700",
        "TR",
        "TESS",
        2023,
        "TESSTeam",
        27.809,
        None,
        0.953,
        None,
    ),
    (
        "Proxima Centauri b",
        ["Proxima b", "Alpha Centauri Cb"],
        "Proxima",
        "RV",
        "HARPS",
        2016,
        "PaleRedDot",
        11.186,
        0.0034,
        None,
        "Q26727573",
    ),
    ("HD 189733 b", [], "HD189733", "TR", "ELODIE", 2005, "Geneva", 2.2186, 1.13, 12.70, None),
    (
        "55 Cancri e",
        ["Janssen", "55 Cnc e"],
        "55Cnc",
        "RV",
        "HET",
        2004,
        "Texas",
        0.7365,
        0.025,
        1.88,
        None,
    ),
    (
        "55 Cancri b",
        ["Galileo", "55 Cnc b"],
        "55Cnc",
        "RV",
        "LickHamilton",
        1996,
        "CalCarnegie",
        14.651,
        0.83,
        None,
        None,
    ),
    (
        "Epsilon Eridani b",
        ["AEgir", "Eps Eri b"],
        "EpsEri",
        "RV",
        "HET",
        2000,
        "Texas",
        2692.0,
        0.78,
        None,
        None,
    ),
    (
        "Kepler-452b",
        ["KOI-7016.01", "Earth 2.0"],
        "Kepler452",
        "TR",
        "KeplerTelescope",
        2015,
        "KeplerTeam",
        384.84,
        None,
        1.63,
        None,
    ),
    (
        "Kepler-186f",
        ["KOI-571.05"],
        "Kepler186",
        "TR",
        "KeplerTelescope",
        2014,
        "KeplerTeam",
        129.94,
        None,
        1.17,
        None,
    ),
    (
        "Gliese 581 c",
        ["GJ 581 c"],
        "GJ581",
        "RV",
        "HARPS",
        2007,
        "Geneva",
        12.919,
        0.017,
        None,
        None,
    ),
    (
        "WASP-12b",
        ["WASP-12 b"],
        "WASP12",
        "TR",
        "SuperWASP",
        2008,
        "WASPTeam",
        1.0914,
        1.47,
        20.73,
        None,
    ),
    (
        "Tau Boötis b",
        ["Tau Boo b"],
        "TauBoo",
        "RV",
        "LickHamilton",
        1996,
        "CalCarnegie",
        3.3124,
        5.84,
        None,
        None,
    ),
    (
        "Upsilon Andromedae b",
        ["Saffar", "Ups And b"],
        "UpsAnd",
        "RV",
        "LickHamilton",
        1996,
        "CalCarnegie",
        4.6171,
        0.69,
        None,
        None,
    ),
    (
        "47 Ursae Majoris b",
        ["Taphao Thong", "47 UMa b"],
        "47UMa",
        "RV",
        "LickHamilton",
        1996,
        "CalCarnegie",
        1078.0,
        2.53,
        None,
        None,
    ),
    ("Fomalhaut b", ["Dagon"], "Fomalhaut", "DI", "Hubble", 2008, "Kalas", None, None, None, None),
    ("HR 8799 b", [], "HR8799", "DI", "Keck", 2008, "HR8799Team", None, 7.0, None, None),
    ("HR 8799 c", [], "HR8799", "DI", "Keck", 2008, "HR8799Team", None, 10.0, None, None),
    ("HR 8799 d", [], "HR8799", "DI", "Gemini", 2008, "HR8799Team", None, 10.0, None, None),
    ("HR 8799 e", [], "HR8799", "DI", "Keck", 2010, "HR8799Team", None, 10.0, None, None),
    (
        "PSR B1257+12 b",
        ["Draugr"],
        "PSR1257",
        "PT",
        "AreciboDish",
        1994,
        "Wolszczan",
        25.262,
        0.00007,
        None,
        None,
    ),
    (
        "PSR B1257+12 c",
        ["Poltergeist"],
        "PSR1257",
        "PT",
        "AreciboDish",
        1992,
        "Wolszczan",
        66.5419,
        0.013,
        None,
        None,
    ),
    (
        "PSR B1257+12 d",
        ["Phobetor"],
        "PSR1257",
        "PT",
        "AreciboDish",
        1992,
        "Wolszczan",
        98.2114,
        0.012,
        None,
        None,
    ),
    (
        "OGLE-2005-BLG-390Lb",
        [],
        "OGLE390",
        "ML",
        "OGLE",
        2005,
        "OGLETeam",
        3500.0,
        0.017,
        None,
        None,
    ),
    (
        "Kepler-16b",
        ["Kepler-16 (AB) b", "Tatooine"],
        "Kepler16",
        "TR",
        "KeplerTelescope",
        2011,
        "KeplerTeam",
        228.776,
        0.333,
        8.45,
        None,
    ),
    (
        "Beta Pictoris b",
        ["Beta Pic b"],
        "BetaPic",
        "DI",
        "VLT",
        2008,
        "LagrangeTeam",
        8880.0,
        11.9,
        None,
        None,
    ),
    ("HD 149026 b", ["Smertrios"], "HD149026", "RV", "Keck", 2005, "N2K", 2.8759, 0.36, 8.28, None),
    (
        "Kepler-10b",
        ["KOI-72.01"],
        "Kepler10",
        "TR",
        "KeplerTelescope",
        2011,
        "KeplerTeam",
        0.8375,
        0.010,
        1.47,
        None,
    ),
    (
        "CoRoT-7b",
        ["CoRoT-7 b"],
        "CoRoT7",
        "TR",
        "CoRoT",
        2009,
        "CoRoTTeam",
        0.8536,
        0.016,
        1.58,
        None,
    ),
    (
        "GJ 1214 b",
        ["Gliese 1214 b"],
        "GJ1214",
        "TR",
        "MEarth",
        2009,
        "MEarthTeam",
        1.5804,
        0.026,
        2.74,
        None,
    ),
    (
        "LHS 1140 b",
        ["GJ 3053 b"],
        "LHS1140",
        "TR",
        "MEarth",
        2017,
        "MEarthTeam",
        24.737,
        0.022,
        1.73,
        None,
    ),
    (
        "K2-18b",
        ["EPIC 201912552 b"],
        "K218",
        "TR",
        "KeplerTelescope",
        2015,
        "KeplerTeam",
        32.94,
        0.028,
        2.61,
        None,
    ),
    (
        "WASP-76b",
        ["WASP-76 b"],
        "WASP76",
        "TR",
        "SuperWASP",
        2013,
        "WASPTeam",
        1.8099,
        0.92,
        20.58,
        None,
    ),
    (
        "HAT-P-7b",
        ["Kepler-2b"],
        "HATP7",
        "TR",
        "HATNet",
        2008,
        "HATTeam",
        2.2047,
        1.74,
        15.52,
        None,
    ),
]

# discovery method code -> (label, altLabels, definition)
METHODS = {
    "RV": (
        "Radial velocity",
        ["Doppler spectroscopy", "Doppler method", "wobble method"],
        "Periodic Doppler shifts of the host star's spectrum caused by an orbiting planet.",
    ),
    "TR": (
        "Transit",
        ["Transit photometry", "transit method"],
        "Periodic dimming of the host star as the planet passes in front of it.",
    ),
    "DI": ("Imaging", ["Direct imaging"], "The planet's own light, separated from the star's."),
    "PT": (
        "Pulsar timing",
        ["Pulsar timing variations"],
        "Periodic changes in the arrival times of a pulsar's pulses.",
    ),
    "ML": (
        "Microlensing",
        ["Gravitational microlensing"],
        "Brightening of a background star by the gravity of the planet and its host.",
    ),
    "TTV": (
        "Transit timing variations",
        ["TTV"],
        "Shifts in the transit times of a known planet caused by another body.",
    ),
    "AS": ("Astrometry", [], "Periodic motion of the star on the sky."),
}
FACILITY_TEAM = {
    "KeplerTelescope": "KeplerTeam",
    "TESS": "TESSTeam",
    "SuperWASP": "WASPTeam",
    "HATNet": "HATTeam",
    "HARPS": "Geneva",
    "Keck": "CalCarnegie",
    "KELT": "KELTTeam",
    "CoRoT": "CoRoTTeam",
}


def lit(s: str, lang: str | None = None) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"@{lang}' if lang else f'"{s}"'


def slug(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")


def qv(value: float, unit: str) -> str:
    """A QUDT quantity value as an N3 blank node."""
    return f"[ a qudt:QuantityValue ; qudt:numericValue {value!r} ; qudt:unit {unit} ]"


def synthetic() -> tuple[dict, list]:
    """Catalogue rows beyond the famous ones: survey stars and their planets, seeded."""
    stars: dict = {}
    planets: list = []
    surveys = [
        ("Kepler-{n}", range(1100, 1999), "KeplerTelescope", "TR", (2013, 2018), ["KOI-{k}"]),
        ("TOI-{n}", range(1200, 2999), "TESS", "TR", (2019, 2025), ["TIC {t}"]),
        ("WASP-{n}", range(130, 199), "SuperWASP", "TR", (2014, 2020), []),
        ("HAT-P-{n}", range(50, 70), "HATNet", "TR", (2014, 2019), []),
        ("KELT-{n}", range(10, 25), "KELT", "TR", (2015, 2020), []),
        ("HD {n}", range(100000, 220000), "HARPS", "RV", (2003, 2022), ["HIP {h}"]),
        ("GJ {n}", range(3000, 3999), "HARPS", "RV", (2008, 2022), []),
        ("CoRoT-{n}", range(30, 35), "CoRoT", "TR", (2010, 2013), []),
        ("K2-{n}", range(100, 399), "KeplerTelescope", "TR", (2016, 2019), ["EPIC {e}"]),
    ]
    counts = [36, 30, 12, 6, 5, 18, 8, 3, 12]
    consts = sorted(CONSTELLATIONS)
    types = [
        "F5V",
        "F8V",
        "G0V",
        "G2V",
        "G5V",
        "G8V",
        "K0V",
        "K3V",
        "K5V",
        "M0V",
        "M2V",
        "M3.5V",
        "M4V",
    ]
    used: set[str] = set()
    for (pattern, numbers, facility, method, years, alts), count in zip(
        surveys, counts, strict=True
    ):
        for _ in range(count):
            while True:
                name = pattern.format(n=RNG.choice(numbers))
                if name not in used:
                    break
            used.add(name)
            key = slug(name)
            star_alts = [
                a.format(
                    k=RNG.randint(100, 9999),
                    t=RNG.randint(10**7, 10**9),
                    h=RNG.randint(1000, 120000),
                    e=RNG.randint(201000000, 249999999),
                )
                for a in alts
            ]
            spec = RNG.choice(types)
            teff = {"F": 6400, "G": 5700, "K": 4700, "M": 3400}[spec[0]] + RNG.randint(-250, 250)
            dist = round(RNG.uniform(8, 900), 2)
            stars[key] = (
                name,
                star_alts,
                RNG.choice(consts),
                spec,
                dist,
                teff,
                round(RNG.uniform(6, 16), 2),
                round(RNG.uniform(0.2, 1.6), 2),
                None,
            )
            n_planets = RNG.choice([1, 1, 1, 2, 2, 3, 4])
            year = RNG.randint(*years)
            for letter in "bcde"[:n_planets]:
                sep = " " if pattern.startswith(("TOI", "HD", "GJ")) else ""
                period = round(RNG.uniform(0.7, 400), 3)
                mass = (
                    round(RNG.uniform(0.005, 4), 3)
                    if method == "RV" or RNG.random() < 0.5
                    else None
                )
                radius = round(RNG.uniform(0.8, 22), 2) if method == "TR" else None
                late = year + (RNG.random() < 0.3)
                planets.append(
                    (
                        f"{name}{sep}{letter}",
                        [],
                        key,
                        method,
                        facility,
                        late,
                        FACILITY_TEAM[facility],
                        period,
                        mass,
                        radius,
                        None,
                    )
                )
    return stars, planets


def main() -> None:
    syn_stars, syn_planets = synthetic()
    stars = {**STARS, **syn_stars}
    planets = PLANETS + syn_planets
    out: list[str] = [f"@prefix {p}: <{iri}> ." for p, iri in PREFIXES.items()]
    out.append("")
    out.append("# ---- ontology")
    classes = [
        ("Exoplanet", "exoplanet", "A planet outside the Solar System.", "wd:Q44559"),
        ("Star", "star", "A star that hosts at least one catalogued planet.", "wd:Q523"),
        (
            "PlanetarySystem",
            "planetary system",
            "A star and the bodies that orbit it.",
            "wd:Q17444909",
        ),
        ("Constellation", "constellation", "One of the 88 IAU constellations.", "wd:Q8928"),
        (
            "Facility",
            "discovery facility",
            "A telescope, instrument or observatory credited with a discovery.",
            None,
        ),
        ("Telescope", "telescope", "A ground-based telescope or survey.", "wd:Q4213"),
        ("SpaceTelescope", "space telescope", "A telescope in space.", "wd:Q148578"),
        ("Instrument", "instrument", "A spectrograph or camera on a telescope.", None),
        ("Observatory", "observatory", "A site with telescopes.", "wd:Q62832"),
        ("Mission", "space mission", "A space agency's mission.", "wd:Q2133344"),
    ]
    for key, label, comment, wd in classes:
        eq = f" ; owl:equivalentClass {wd}" if wd else ""
        out.append(
            f"exo:{key} a owl:Class ; rdfs:label {lit(label, 'en')} ; rdfs:comment {lit(comment, 'en')}{eq} ."
        )
    out.append(
        "exo:Telescope rdfs:subClassOf exo:Facility . exo:SpaceTelescope rdfs:subClassOf exo:Facility . exo:Instrument rdfs:subClassOf exo:Facility ."
    )
    props = [
        (
            "hostStar",
            "host star",
            "The star the planet orbits.",
            "wdt:P397",
            "exo:Exoplanet",
            "exo:Star",
        ),
        (
            "discoveryMethod",
            "discovery method",
            "How the planet was detected.",
            "wdt:P1046",
            "exo:Exoplanet",
            "skos:Concept",
        ),
        (
            "discoveryFacility",
            "discovery facility",
            "The telescope or instrument that made the discovery.",
            None,
            "exo:Exoplanet",
            "exo:Facility",
        ),
        (
            "discoveryYear",
            "discovery year",
            "The year the discovery was announced.",
            None,
            "exo:Exoplanet",
            "xsd:gYear",
        ),
        (
            "discoveredBy",
            "discoverer",
            "The team credited with the discovery.",
            "wdt:P61",
            "exo:Exoplanet",
            "schema:Organization",
        ),
        (
            "orbitalPeriod",
            "orbital period",
            "The time of one orbit.",
            "wdt:P2146",
            "exo:Exoplanet",
            "qudt:QuantityValue",
        ),
        (
            "planetMass",
            "mass",
            "The planet's mass (or minimum mass).",
            "wdt:P2067",
            "exo:Exoplanet",
            "qudt:QuantityValue",
        ),
        (
            "planetRadius",
            "radius",
            "The planet's radius.",
            "wdt:P2120",
            "exo:Exoplanet",
            "qudt:QuantityValue",
        ),
        (
            "memberOf",
            "member of system",
            "The planetary system the body belongs to.",
            None,
            None,
            "exo:PlanetarySystem",
        ),
        (
            "constellation",
            "constellation",
            "The constellation the star lies in.",
            "wdt:P59",
            "exo:Star",
            "exo:Constellation",
        ),
        (
            "spectralType",
            "spectral type",
            "The star's spectral classification.",
            "wdt:P215",
            "exo:Star",
            "skos:Concept",
        ),
        (
            "distance",
            "distance from Earth",
            "The star's distance from the Sun.",
            "wdt:P2583",
            "exo:Star",
            "qudt:QuantityValue",
        ),
        (
            "effectiveTemperature",
            "effective temperature",
            "The star's photospheric temperature.",
            "wdt:P6879",
            "exo:Star",
            "qudt:QuantityValue",
        ),
        (
            "apparentMagnitude",
            "apparent magnitude (V)",
            "The star's brightness in the V band.",
            "wdt:P1215",
            "exo:Star",
            "xsd:decimal",
        ),
        ("stellarMass", "stellar mass", "The star's mass.", None, "exo:Star", "qudt:QuantityValue"),
        (
            "numberOfPlanets",
            "number of planets",
            "How many planets the system has in this catalogue.",
            "wdt:P1086",
            "exo:PlanetarySystem",
            "xsd:integer",
        ),
        (
            "operator",
            "operator",
            "The organisation that runs the facility or mission.",
            "wdt:P137",
            None,
            "schema:Organization",
        ),
        (
            "site",
            "located at",
            "The observatory the facility stands at.",
            "wdt:P276",
            "exo:Facility",
            "exo:Observatory",
        ),
        (
            "mission",
            "mission",
            "The space mission the telescope flew in.",
            None,
            "exo:SpaceTelescope",
            "exo:Mission",
        ),
        (
            "launchDate",
            "launch date",
            "When the mission was launched.",
            "wdt:P619",
            "exo:Mission",
            "xsd:date",
        ),
        (
            "abbreviation",
            "IAU abbreviation",
            "The constellation's three-letter abbreviation.",
            None,
            "exo:Constellation",
            "xsd:string",
        ),
        (
            "genitive",
            "genitive",
            "The Latin genitive used in star names.",
            None,
            "exo:Constellation",
            "xsd:string",
        ),
        (
            "spectralClass",
            "spectral class",
            "The letter class of a spectral type.",
            None,
            "skos:Concept",
            "skos:Concept",
        ),
    ]
    for key, label, comment, wd, dom, rng in props:
        parts = [
            f"exo:{key} a rdf:Property",
            f"rdfs:label {lit(label, 'en')}",
            f"rdfs:comment {lit(comment, 'en')}",
        ]
        if wd:
            parts.append(f"owl:equivalentProperty {wd}")
        if dom:
            parts.append(f"rdfs:domain {dom}")
        parts.append(f"rdfs:range {rng}")
        out.append(" ;\n    ".join(parts) + " .")
    out.append('xu:JupiterMass a qudt:Unit ; rdfs:label "Jupiter mass"@en ; qudt:symbol "M_J" .')
    out.append('xu:EarthRadius a qudt:Unit ; rdfs:label "Earth radius"@en ; qudt:symbol "R_⊕" .')
    out.append('xu:SolarMass a qudt:Unit ; rdfs:label "solar mass"@en ; qudt:symbol "M_☉" .')
    out.append("")
    out.append("# ---- code lists")
    out.append(
        ':DiscoveryMethods a skos:ConceptScheme ; skos:prefLabel "Exoplanet discovery methods"@en .'
    )
    for code, (label, alts, definition) in METHODS.items():
        alt = "".join(f" ; skos:altLabel {lit(a, 'en')}" for a in alts)
        out.append(
            f":method{code} a skos:Concept ; skos:inScheme :DiscoveryMethods ; skos:notation {lit(code)} ; skos:prefLabel {lit(label, 'en')}{alt} ; skos:definition {lit(definition, 'en')} ."
        )
    out.append(
        ':SpectralTypes a skos:ConceptScheme ; skos:prefLabel "Stellar spectral types (MK system)"@en .'
    )
    for letter, label in CLASSES.items():
        out.append(
            f":class{letter} a skos:Concept ; skos:inScheme :SpectralTypes ; skos:notation {lit(letter)} ; skos:prefLabel {lit(label, 'en')} ."
        )
    for spec in sorted({s[3] for s in stars.values() if s[3]}):
        out.append(
            f":sp{slug(spec)} a skos:Concept ; skos:inScheme :SpectralTypes ; skos:notation {lit(spec)} ; skos:prefLabel {lit(spec, 'en')} ; exo:spectralClass :class{spec[0]} ."
        )
    out.append("")
    out.append("# ---- constellations")
    for key, (en, abbr, gen, fr, de) in CONSTELLATIONS.items():
        out.append(
            f":{key} a exo:Constellation ; rdfs:label {lit(en, 'en')}, {lit(fr, 'fr')}, {lit(de, 'de')} ; exo:abbreviation {lit(abbr)} ; exo:genitive {lit(gen)} ."
        )
    out.append("")
    out.append("# ---- organisations, sites, missions, facilities, teams")
    orgs = sorted({f[3] for f in FACILITIES.values()} | {m[1] for m in MISSIONS.values()})
    for org in orgs:
        out.append(f":org_{slug(org)} a schema:Organization ; schema:name {lit(org)} .")
    for key, (label, country) in SITES.items():
        out.append(
            f":{key} a exo:Observatory ; rdfs:label {lit(label, 'en')} ; schema:addressCountry {lit(country)} ."
        )
    for key, (label, operator, date) in MISSIONS.items():
        out.append(
            f':{key} a exo:Mission ; rdfs:label {lit(label, "en")} ; exo:operator :org_{slug(operator)} ; exo:launchDate "{date}"^^xsd:date .'
        )
    for key, (label, alts, kind, operator, site, missions) in FACILITIES.items():
        parts = [f":{key} a exo:{kind}", f"rdfs:label {lit(label, 'en')}"]
        parts += [f"skos:altLabel {lit(a, 'en')}" for a in alts]
        parts.append(f"exo:operator :org_{slug(operator)}")
        if site:
            parts.append(f"exo:site :{site}")
        parts += [f"exo:mission :{m}" for m in missions]
        out.append(" ;\n    ".join(parts) + " .")
    people: dict[str, str] = {}
    for key, (label, members) in TEAMS.items():
        for m in members:
            people.setdefault(m, f":person_{slug(m)}")
        refs = ", ".join(people[m] for m in members)
        out.append(
            f":team_{key} a schema:Organization ; schema:name {lit(label)} ; schema:member {refs} ."
        )
    for name, ref in sorted(people.items()):
        given, _, family = name.rpartition(" ")
        out.append(
            f"{ref} a schema:Person ; schema:name {lit(name)} ; schema:givenName {lit(given)} ; schema:familyName {lit(family)} ."
        )
    out.append("")
    out.append("# ---- stars and their systems")
    hosted: dict[str, list[str]] = {}
    pkeys = {}
    for p in planets:
        pkeys[p[0]] = slug(p[0])
        hosted.setdefault(p[2], []).append(pkeys[p[0]])
    for key, (label, alts, const, spec, dist, teff, vmag, mass, wd) in stars.items():
        parts = [f":{key} a exo:Star", f"rdfs:label {lit(label, 'en')}"]
        parts += [f"skos:altLabel {lit(a)}" for a in alts]
        parts.append(f"exo:constellation :{const}")
        if spec:
            parts.append(f"exo:spectralType :sp{slug(spec)}")
        parts.append(
            f"exo:distance {qv(dist, 'unit:PARSEC')}, {qv(round(dist * 3.26156, 2), 'unit:LY')}"
        )
        if teff:
            parts.append(f"exo:effectiveTemperature {qv(float(teff), 'unit:K')}")
        if vmag is not None:
            parts.append(f'exo:apparentMagnitude "{vmag}"^^xsd:decimal')
        parts.append(f"exo:stellarMass {qv(mass, 'xu:SolarMass')}")
        parts.append(f"exo:memberOf :system_{key}")
        if wd:
            parts.append(f"= wd:{wd}")
        out.append(" ;\n    ".join(parts) + " .")
        # the planets the star hosts, as N3 writes an inverse: "star is exo:hostStar of p1, p2"
        out.append(f":{key} is exo:hostStar of " + ", ".join(f":{k}" for k in hosted[key]) + " .")
        out.append(
            f":system_{key} a exo:PlanetarySystem ; rdfs:label {lit(label + ' system', 'en')} ; exo:numberOfPlanets {len(hosted[key])} ."
        )
    out.append("")
    out.append("# ---- planets")
    for label, alts, star, method, facility, year, team, period, mass, radius, wd in planets:
        parts = [f":{pkeys[label]} a exo:Exoplanet", f"rdfs:label {lit(label, 'en')}"]
        parts += [f"skos:altLabel {lit(a)}" for a in alts]
        parts.append(f"exo:discoveryMethod :method{method}")
        parts.append(f"exo:discoveryFacility :{facility}")
        parts.append(f'exo:discoveryYear "{year}"^^xsd:gYear')
        parts.append(f"exo:discoveredBy :team_{team}")
        if period is not None:
            parts.append(f"exo:orbitalPeriod {qv(period, 'unit:DAY')}")
        if mass is not None:
            parts.append(f"exo:planetMass {qv(mass, 'xu:JupiterMass')}")
        if radius is not None:
            parts.append(f"exo:planetRadius {qv(radius, 'xu:EarthRadius')}")
        parts.append(f"exo:memberOf :system_{star}")
        if wd:
            parts.append(f"= wd:{wd}")
        out.append(" ;\n    ".join(parts) + " .")
    out.append("")
    out.append("# ---- the catalogue's rules (cwm / EYE): not facts")
    out.append("{ ?planet exo:hostStar ?star } => { ?star exo:hasPlanet ?planet } .")
    out.append(
        "{ ?planet exo:hostStar ?star . ?star exo:constellation ?c } => { ?planet exo:constellation ?c } ."
    )
    (HERE / "astro.n3").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
