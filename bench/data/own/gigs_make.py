# ruff: noqa: E501  (one event a line)
"""Write ``gigs/venues.jsonld`` and ``gigs/events.jsonld``: a concert listings site's schema.org.

The shape is what a crawl of a European listings site and the venues' own pages yields (as the
Web Data Commons extraction or a knowledge-panel builder sees it): JSON-LD as websites embed it
for search engines, in two files.

``venues.jsonld`` is the venues' and promoters' own pages: a top-level JSON array of
``<script type="application/ld+json">`` blocks, each with the remote-style context string
(``"https://schema.org"``, ``"http://schema.org/"``, ``"https://schema.org/"`` as sites write it,
so every term lands under ``http://schema.org/``), ``@type`` arrays (``["MusicVenue",
"LocalBusiness"]``), ``PostalAddress`` / ``GeoCoordinates`` / ``AggregateRating`` /
``OpeningHoursSpecification`` / ``Review`` blank nodes, names in several languages as
``{"@value", "@language"}`` objects, ``alternateName``, ``sameAs`` strings to Wikidata and
Wikipedia, ``containedInPlace`` a Wikidata city named only by its ``@id``, Yoast-style ids
(``https://www.nordlicht-konzerte.de/#organization``) and promoters' founders as people.

``events.jsonld`` is the listings site's own export: one document with an inline context
(``"@vocab": "https://schema.org/"``, so its terms land under ``https://`` schema.org, a
``"name"`` term declared as a language map, a ``wd:`` prefix), an ``@graph`` of performers and
events, and a few keys written as full IRIs (``"http://schema.org/sameAs"``,
``"https://schema.org/startDate"``). Events embed their venue again (``location`` with the
venue's ``@id`` and the listing's own spelling of its name and address) or name it by ``@id``;
``offers`` are ``Offer`` blank nodes (``price`` a string or a number, ``priceCurrency``,
``availability`` IRIs, ``validFrom``); ``performer`` embeds the act or names it by ``@id``;
``organizer`` names a promoter of the other file by ``@id`` only; bands list members as
``schema:Role`` nodes (``member`` -> Role -> ``member`` person, ``roleName``, ``startDate``,
``endDate`` for former members); festival nights point at a ``superEvent``; some events are
cancelled or postponed (``eventStatus``, ``previousStartDate``). Noise as crawled: an act's name
HTML-escaped on one page (``&amp;``), trailing spaces, dates with and without times.

Venues are real places (addresses approximate); acts, promoters, people and events are invented
and only need to agree within the graph. About 3,000 triples. Seeded; stdlib only.
Run from the repository root: ``python bench/data/own/gigs_make.py``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).parent / "gigs"
SITE = "https://gigkalender.de/"
WD = "http://www.wikidata.org/entity/"
R = random.Random(2430)


def qid() -> str:
    return f"Q{R.randint(1_000_000, 99_999_999)}"


# ------------------------------------------------------------------------------------- venues
# key: (names, alternateName, types, street, postcode, locality, country, phone, capacity,
#       hours, city qid)
VENUES = {
    "elbphilharmonie": (
        {"de": "Elbphilharmonie Hamburg", "en": "Elbphilharmonie Hamburg"},
        ["Elphi"],
        ["MusicVenue", "TouristAttraction"],
        "Platz der Deutschen Einheit 1",
        "20457",
        "Hamburg",
        "DE",
        "+49 40 357 666 66",
        2100,
        "Mo-Su 10:00-24:00",
        "Q1055",
    ),
    "columbiahalle": (
        "Columbiahalle",
        [],
        ["MusicVenue", "LocalBusiness"],
        "Columbiadamm 13-21",
        "10965",
        "Berlin",
        "DE",
        "+49 30 698 098 0",
        3500,
        None,
        "Q64",
    ),
    "huxleys": (
        "Huxleys Neue Welt",
        ["Huxleys"],
        ["MusicVenue"],
        "Hasenheide 107-113",
        "10967",
        "Berlin",
        "DE",
        "+49 30 780 998 10",
        None,
        None,
        "Q64",
    ),
    "gewandhaus": (
        {"de": "Gewandhaus zu Leipzig", "en": "Leipzig Gewandhaus"},
        ["Gewandhaus"],
        ["MusicVenue", "PerformingArtsTheater"],
        "Augustusplatz 8",
        "04109",
        "Leipzig",
        "DE",
        "+49 341 127 00",
        1900,
        "Mo-Fr 10:00-18:00",
        "Q2079",
    ),
    "ewerk": (
        "E-Werk Köln",
        ["E-Werk"],
        ["MusicVenue", "NightClub"],
        "Schanzenstraße 37",
        "51063",
        "Köln",
        "DE",
        "+49 221 962 790",
        2000,
        None,
        "Q365",
    ),
    "konzerthaus": (
        {"de": "Wiener Konzerthaus", "en": "Vienna Konzerthaus"},
        ["Konzerthaus Wien"],
        ["MusicVenue"],
        "Lothringerstraße 20",
        "1030",
        "Wien",
        {"@type": "Country", "name": "Austria"},
        "+43 1 242 002",
        1865,
        "Mo-Fr 09:00-19:45",
        "Q1741",
    ),
    "arena": (
        "Arena Wien",
        [],
        ["MusicVenue", "LocalBusiness"],
        "Baumgasse 80",
        "1030",
        "Wien",
        {"@type": "Country", "name": "Austria"},
        "+43 1 798 85 95",
        None,
        None,
        "Q1741",
    ),
    "tonhalle": (
        {"de": "Tonhalle Zürich", "en": "Tonhalle Zurich"},
        [],
        ["MusicVenue"],
        "Claridenstrasse 7",
        "8002",
        "Zürich",
        {"@type": "Country", "name": "Switzerland"},
        "+41 44 206 34 34",
        1455,
        "Mo-Fr 10:00-18:00",
        "Q72",
    ),
    "paradiso": (
        "Paradiso",
        ["Paradiso Amsterdam", "Poptempel"],
        ["MusicVenue", "NightClub"],
        "Weteringschans 6-8",
        "1017 SG",
        "Amsterdam",
        {"@type": "Country", "name": "Netherlands"},
        "+31 20 626 4521",
        1500,
        None,
        "Q727",
    ),
    "muffathalle": (
        "Muffathalle",
        ["Muffatwerk"],
        ["MusicVenue"],
        "Zellstraße 4",
        "81667",
        "München",
        "DE",
        "+49 89 458 750 10",
        None,
        None,
        "Q1726",
    ),
    "mojo": (
        "Mojo Club",
        [],
        ["MusicVenue", "NightClub"],
        "Reeperbahn 1",
        "20359",
        "Hamburg",
        "DE",
        "+49 40 319 191 99",
        800,
        None,
        "Q1055",
    ),
    "taeubchenthal": (
        "Täubchenthal",
        [],
        ["MusicVenue"],
        "Wachsmuthstraße 1",
        "04229",
        "Leipzig",
        "DE",
        None,
        None,
        None,
        "Q2079",
    ),
}

REVIEWERS = ["Jana K.", "Thomas Richter", "M. Öztürk", "Sophie van Dijk", "Leon", "Anja Berger"]
REVIEW_TEXT = [
    "Tolle Akustik, aber die Getränke sind teuer.",
    "Great sound, long queues at the cloakroom.",
    "Super Location, gute Sicht von überall.",
    "A bit cramped when sold out, staff were friendly.",
    "Beste Halle der Stadt!",
]

# ----------------------------------------------------------------------------------- promoters
# key: (name, alternateName, city, street, postcode, founded, founder key, parent key)
PROMOTERS = {
    "nordlicht": (
        "Nordlicht Konzerte GmbH",
        "Nordlicht Konzerte",
        "Hamburg",
        "Große Elbstraße 145",
        "22767",
        "1998",
        "hanna-lorenzen",
        None,
    ),
    "spreewelle": (
        "Spreewelle Live",
        None,
        "Berlin",
        "Oranienstraße 183",
        "10999",
        "2009-05-01",
        "kemal-arslan",
        "nordlicht",
    ),
    "donauklang": (
        "Donauklang Veranstaltungs GmbH",
        "Donauklang",
        "Wien",
        "Mariahilfer Straße 88",
        "1070",
        "2004",
        "theresa-pichler",
        None,
    ),
    "rheinschall": (
        "Rheinschall Events",
        None,
        "Köln",
        "Venloer Straße 241",
        "50823",
        "2014-09-15",
        "marco-schenk",
        None,
    ),
    "grachtengeluid": (
        "Grachtengeluid Producties B.V.",
        "Grachtengeluid",
        "Amsterdam",
        "Prinsengracht 402",
        "1016 JB",
        "2011",
        "femke-visser",
        None,
    ),
    "limmat": (
        "Limmat Live AG",
        None,
        "Zürich",
        "Hardstrasse 219",
        "8005",
        "2001",
        "urs-baumann",
        None,
    ),
}
FOUNDERS = {
    "hanna-lorenzen": "Hanna Lorenzen",
    "kemal-arslan": "Kemal Arslan",
    "theresa-pichler": "Theresa Pichler",
    "marco-schenk": "Marco Schenk",
    "femke-visser": "Femke Visser",
    "urs-baumann": "Urs Baumann",
}

# -------------------------------------------------------------------------------------- acts
# groups: key -> (name, alternateName, founded, home city, genres, members)
# member: (person key, person name, roleName, startDate, endDate)
GROUPS = {
    "kraniche-im-nebel": (
        "Kraniche im Nebel",
        "KiN",
        "2011",
        "Hamburg",
        ["Indie-Rock", "Post-Rock"],
        [
            ("jonas-petersen", "Jonas Petersen", "Gesang", "2011", None),
            ("mira-albrecht", "Mira Albrecht", "Bass", "2011", None),
            ("ole-brandt", "Ole Brandt", "Schlagzeug", "2011", "2019"),
            ("finn-hagedorn", "Finn Hagedorn", "Schlagzeug", "2019", None),
        ],
    ),
    "die-blechstadt": (
        "Die Blechstadt",
        None,
        "2015",
        "Wien",
        ["Brass", "Pop"],
        [
            ("anna-gruber", "Anna Gruber", "Gesang", "2015", None),
            ("lukas-hofbauer", "Lukas Hofbauer", "Trompete", "2015", None),
            ("stefan-mayrhofer", "Stefan Mayrhofer", "Tuba", "2016", None),
        ],
    ),
    "velvet-tramlines": (
        "Velvet Tramlines",
        None,
        "2013",
        "Amsterdam",
        ["Indie Pop"],
        [
            ("daan-de-vries", "Daan de Vries", "vocals", "2013", None),
            ("sanne-bakker", "Sanne Bakker", "keyboards", "2013", None),
            ("milan-jansen", "Milan Jansen", "drums", "2013", "2021"),
        ],
    ),
    "ensemble-aurora": (
        "Zürcher Kammerensemble Aurora",
        "Ensemble Aurora",
        "1996",
        "Zürich",
        ["Klassik", "Kammermusik"],
        [
            ("claudia-widmer", "Claudia Widmer", "Violine", "1996", None),
            ("reto-kaelin", "Reto Kälin", "Violoncello", "2002", None),
        ],
    ),
    "nachtfalter-quartett": (
        "Nachtfalter Quartett",
        None,
        "2008",
        "Leipzig",
        ["Klassik"],
        [
            ("ines-vogt", "Ines Vogt", "1. Violine", "2008", None),
            ("paul-schreiber", "Paul Schreiber", "2. Violine", "2008", None),
            ("greta-lindner", "Greta Lindner", "Viola", "2010", None),
            ("jakob-seidel", "Jakob Seidel", "Violoncello", "2008", None),
        ],
    ),
    "sonic-pilgrims": (
        "Sonic Pilgrims",
        None,
        "2017",
        "Berlin",
        ["Techno", "Electronica"],
        [
            ("nele-krause", "Nele Krause", "Synthesizer", "2017", None),
            ("yusuf-demir", "Yusuf Demir", "Drum Machine", "2017", None),
        ],
    ),
    "kasia-wolves": (
        "Kasia & the Wolves",
        None,
        "2016",
        "Kraków",
        ["Folk-Rock"],
        [
            ("katarzyna-wilk", "Katarzyna Wilk", "vocals", "2016", None),
            ("piotr-nowak", "Piotr Nowak", "guitar", "2016", None),
        ],
    ),
    "mondschein": (
        "Mondscheinorchester Köln",
        "Mondscheinorchester",
        "1999",
        "Köln",
        ["Swing", "Jazz"],
        [("bernd-falk", "Bernd Falk", "Leitung", "1999", None)],
    ),
}
# solo acts: key -> (name, alternateName, birthDate, nationality, genres, home city)
SOLOS = {
    "lina-sorensen": ("Lina Sørensen", None, "1991-06-12", "Denmark", ["Singer-Songwriter"], None),
    "mehmet-aydin": ("Mehmet Aydın", None, "1984-02-03", "Turkey", ["Weltmusik"], "Berlin"),
    "joana-ferreira": ("Joana Ferreira", None, "1979-11-21", "Portugal", ["Fado"], "Lisboa"),
    "dj-kalinka": (
        "DJ Kalinka",
        "Aleksandra Kalinowska",
        "1993-08-30",
        "Poland",
        ["House", "Techno"],
        "Berlin",
    ),
    "felix-hartmann": ("Felix Hartmann", None, "1988-01-17", "Germany", ["Klassik"], "Leipzig"),
    "elodie-marchand": (
        "Élodie Marchand",
        None,
        "1986-04-09",
        "France",
        ["Chanson"],
        "Lyon",
    ),
    "tobias-weissmann": (
        "Tobias Weißmann",
        None,
        "1975-09-02",
        "Austria",
        ["Klassik"],
        "Wien",
    ),
}
WIKI = {k: qid() for k in [*VENUES, *GROUPS, *SOLOS]}

# ------------------------------------------------------------------------------------- events
# (slug date, start, door, venue, acts, title, organizer, prices (currency, [prices]), status,
#  festival)
# fmt: off
FESTIVALS = {
    "elbklang-2025": ("Elbklang Festival 2025", "2025-05-15", "2025-05-18", "Hamburg"),
    "winterklang-2025": ("Winterklang Wien 2025", "2025-01-23", "2025-01-26", "Wien"),
}
EVENTS = [
    ("2025-01-24", "20:00", "19:00", "arena", ["die-blechstadt"], "Blech im Schnee", "donauklang", ("EUR", [34.5]), None, "winterklang-2025"),
    ("2025-01-25", "19:30", "18:30", "konzerthaus", ["tobias-weissmann", "ensemble-aurora"], "Neujahrskonzert mit Ensemble Aurora", "donauklang", ("EUR", [29, 59, 89]), None, "winterklang-2025"),
    ("2025-01-26", "20:00", "19:00", "arena", ["velvet-tramlines"], "Velvet Tramlines – Live in Wien", "donauklang", ("EUR", [31.9]), None, "winterklang-2025"),
    ("2025-02-07", "20:00", "19:00", "columbiahalle", ["kraniche-im-nebel"], "Kraniche im Nebel – Zugvögel Tour 2025", "spreewelle", ("EUR", [39.9]), None, None),
    ("2025-02-09", "20:00", "19:00", "mojo", ["kraniche-im-nebel"], "Kraniche im Nebel – Zugvögel Tour 2025", "nordlicht", ("EUR", [36.5]), None, None),
    ("2025-02-12", "20:00", "19:00", "ewerk", ["kraniche-im-nebel"], "Kraniche im Nebel – Zugvögel Tour 2025", "rheinschall", ("EUR", [38]), None, None),
    ("2025-02-14", "20:00", "19:00", "taeubchenthal", ["kraniche-im-nebel"], "Kraniche im Nebel – Zugvögel Tour 2025", "spreewelle", ("EUR", [35]), "EventCancelled", None),
    ("2025-02-20", "19:30", "18:30", "gewandhaus", ["nachtfalter-quartett"], "Nachtfalter Quartett: Schubert & Janáček", None, ("EUR", [22, 38]), None, None),
    ("2025-02-22", "20:00", "19:00", "huxleys", ["kasia-wolves"], "Kasia & the Wolves – Dzikie Tour", "spreewelle", ("EUR", [27.5]), None, None),
    ("2025-02-23", "20:00", "19:00", "muffathalle", ["kasia-wolves"], "Kasia & the Wolves – Dzikie Tour", None, ("EUR", [26]), None, None),
    ("2025-03-01", "23:00", "23:00", "columbiahalle", ["dj-kalinka", "sonic-pilgrims"], "Nachtschicht: DJ Kalinka b2b Sonic Pilgrims", "spreewelle", ("EUR", [19]), None, None),
    ("2025-03-06", "20:00", "19:30", "tonhalle", ["ensemble-aurora", "felix-hartmann"], "Aurora spielt Mozart", "limmat", ("CHF", [45, 75, 110]), None, None),
    ("2025-03-08", "20:00", "19:00", "paradiso", ["velvet-tramlines"], "Velvet Tramlines", "grachtengeluid", ("EUR", [28]), None, None),
    ("2025-03-14", "20:00", "19:00", "elbphilharmonie", ["lina-sorensen"], "Lina Sørensen – Nordic Lights", "nordlicht", ("EUR", [42, 65]), None, None),
    ("2025-03-15", "20:00", "19:00", "columbiahalle", ["lina-sorensen"], "Lina Sørensen – Nordic Lights", "spreewelle", ("EUR", [44]), None, None),
    ("2025-03-21", "20:00", "19:00", "konzerthaus", ["joana-ferreira"], "Joana Ferreira – Saudade", "donauklang", ("EUR", [39, 54]), None, None),
    ("2025-03-22", "20:00", "19:00", "elbphilharmonie", ["joana-ferreira"], "Joana Ferreira – Saudade", "nordlicht", ("EUR", [48, 72]), None, None),
    ("2025-03-28", "21:00", "20:00", "huxleys", ["mehmet-aydin"], "Mehmet Aydın & Friends", "spreewelle", ("EUR", [24]), None, None),
    ("2025-04-04", "20:00", "19:00", "ewerk", ["mondschein"], "Swing Night mit dem Mondscheinorchester", "rheinschall", ("EUR", [29]), None, None),
    ("2025-04-05", "20:00", "19:00", "paradiso", ["kasia-wolves"], "Kasia & the Wolves", "grachtengeluid", ("EUR", [25]), None, None),
    ("2025-04-11", "19:30", "18:30", "gewandhaus", ["felix-hartmann"], "Felix Hartmann: Beethoven-Sonaten", None, ("EUR", [25, 45]), None, None),
    ("2025-04-12", "20:00", "19:00", "tonhalle", ["elodie-marchand"], "Élodie Marchand chante Barbara", "limmat", ("CHF", [55]), None, None),
    ("2025-04-18", "20:00", "19:00", "mojo", ["elodie-marchand"], "Élodie Marchand chante Barbara", "nordlicht", ("EUR", [33]), "EventPostponed", None),
    ("2025-04-26", "22:00", "22:00", "ewerk", ["dj-kalinka"], "DJ Kalinka – All Night Long", "rheinschall", ("EUR", [21]), None, None),
    ("2025-05-02", "20:00", "19:00", "arena", ["sonic-pilgrims"], "Sonic Pilgrims Live", "donauklang", ("EUR", [23]), None, None),
    ("2025-05-09", "20:00", "19:00", "muffathalle", ["die-blechstadt"], "Die Blechstadt – Blechschaden Tour", None, ("EUR", [30]), None, None),
    ("2025-05-10", "20:00", "19:00", "columbiahalle", ["die-blechstadt"], "Die Blechstadt – Blechschaden Tour", "spreewelle", ("EUR", [32]), None, None),
    ("2025-05-15", "19:00", "18:00", "elbphilharmonie", ["nachtfalter-quartett", "felix-hartmann"], "Elbklang Eröffnung", "nordlicht", ("EUR", [35, 60, 95]), None, "elbklang-2025"),
    ("2025-05-16", "20:30", "19:30", "mojo", ["velvet-tramlines", "lina-sorensen"], "Elbklang Club Night", "nordlicht", ("EUR", [29]), None, "elbklang-2025"),
    ("2025-05-17", "20:00", "19:00", "elbphilharmonie", ["mondschein"], "Elbklang Swing", "nordlicht", ("EUR", [38]), None, "elbklang-2025"),
    ("2025-05-18", "20:00", "19:00", "mojo", ["kraniche-im-nebel"], "Elbklang Finale: Kraniche im Nebel", "nordlicht", ("EUR", [34]), None, "elbklang-2025"),
    ("2025-05-24", "20:00", "19:00", "taeubchenthal", ["mehmet-aydin", "joana-ferreira"], "Fado trifft Oud", None, ("EUR", [27]), None, None),
    ("2025-06-06", "20:00", "19:00", "paradiso", ["sonic-pilgrims", "dj-kalinka"], "Pilgrims & Kalinka", "grachtengeluid", ("EUR", [22.5]), None, None),
    ("2025-06-13", "19:30", "18:45", "konzerthaus", ["nachtfalter-quartett"], "Nachtfalter Quartett: Haydn und Ligeti", "donauklang", ("EUR", [28, 46]), None, None),
]
# fmt: on
# the listing spells some venues its own way when it embeds them
LISTING_NAMES = {
    "columbiahalle": "Columbiahalle Berlin",
    "mojo": "Mojo Club Hamburg",
    "paradiso": "Paradiso Amsterdam",
}
PROMOTER_SITE = {
    "nordlicht": "https://www.nordlicht-konzerte.de/",
    "spreewelle": "https://spreewelle-live.de/",
    "donauklang": "https://www.donauklang.at/",
    "rheinschall": "https://rheinschall-events.de/",
    "grachtengeluid": "https://www.grachtengeluid.nl/",
    "limmat": "https://www.limmat-live.ch/",
}


def venue_id(key: str) -> str:
    return f"{SITE}orte/{key}#venue"


def act_id(key: str) -> str:
    return f"{SITE}kuenstler/{key}#{'group' if key in GROUPS else 'person'}"


def promoter_id(key: str) -> str:
    return PROMOTER_SITE[key] + "#organization"


def lang_values(names: str | dict[str, str]) -> object:
    if isinstance(names, str):
        return names
    return [{"@value": v, "@language": k} for k, v in names.items()]


def address(street: str, postcode: str, locality: str, country: object) -> dict:
    return {
        "@type": "PostalAddress",
        "streetAddress": street,
        "postalCode": postcode,
        "addressLocality": locality,
        "addressCountry": country,
    }


def venue_page(key: str, i: int) -> dict:
    names, alts, types, street, pc, city, country, phone, cap, hours, city_q = VENUES[key]
    ctx = ["https://schema.org", "http://schema.org/", "https://schema.org/"][i % 3]
    page: dict = {"@context": ctx, "@type": types, "@id": venue_id(key), "name": lang_values(names)}
    if alts:
        page["alternateName"] = alts if len(alts) > 1 else alts[0]
    page["address"] = address(street, pc, city, country)
    page["geo"] = {
        "@type": "GeoCoordinates",
        "latitude": round(R.uniform(47.3, 53.6), 5),
        "longitude": round(R.uniform(4.8, 16.4), 5),
    }
    if phone:
        page["telephone"] = phone
    if cap:
        page["maximumAttendeeCapacity"] = cap
    if hours:
        page["openingHours"] = hours
    page["containedInPlace"] = {"@id": WD + city_q}
    page["url"] = f"https://www.{key}.example/"
    page["sameAs"] = [WD + WIKI[key], f"https://de.wikipedia.org/wiki/{key.capitalize()}"]
    page["aggregateRating"] = {
        "@type": "AggregateRating",
        "ratingValue": round(R.uniform(3.9, 4.9), 1),
        "reviewCount": R.randint(120, 48000),
        "bestRating": 5,
    }
    if i % 2 == 0:
        page["review"] = [
            {
                "@type": "Review",
                "author": {"@type": "Person", "name": R.choice(REVIEWERS)},
                "datePublished": f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                "reviewRating": {"@type": "Rating", "ratingValue": R.randint(3, 5)},
                "reviewBody": R.choice(REVIEW_TEXT),
            }
            for _ in range(2)
        ]
    return page


def promoter_page(key: str, i: int) -> dict:
    name, alt, city, street, pc, founded, founder, parent = PROMOTERS[key]
    country = {"Wien": "AT", "Amsterdam": "NL", "Zürich": "CH"}.get(city, "DE")
    site = PROMOTER_SITE[key]
    org: dict = {
        "@type": "Organization",
        "@id": promoter_id(key),
        "name": name,
        "url": site,
        "logo": {"@type": "ImageObject", "@id": site + "#logo", "url": site + "logo.png"},
        "address": address(street, pc, city, country),
        "foundingDate": founded,
        "founder": {"@type": "Person", "@id": site + "#/schema/person/" + founder},
        "email": "info@" + site.split("//")[1].removeprefix("www.").rstrip("/"),
    }
    if alt:
        org["alternateName"] = alt
    if parent:
        org["parentOrganization"] = {"@id": promoter_id(parent)}
    person = {
        "@type": "Person",
        "@id": site + "#/schema/person/" + founder,
        "name": FOUNDERS[founder],
        "jobTitle": "Geschäftsführer" if i % 2 else "Gründerin",
        "worksFor": {"@id": promoter_id(key)},
    }
    website = {
        "@type": "WebSite",
        "@id": site + "#website",
        "url": site,
        "name": alt or name,
        "publisher": {"@id": promoter_id(key)},
        "inLanguage": "de-DE",
    }
    # Yoast writes one @graph a page: the organisation, its founder, the website
    return {"@context": "https://schema.org", "@graph": [org, person, website]}


def act_node(key: str) -> dict:
    if key in GROUPS:
        name, alt, founded, home, genres, members = GROUPS[key]
        node: dict = {
            "@type": ["MusicGroup", "PerformingGroup"],
            "@id": act_id(key),
            "name": name,
            "foundingDate": founded,
            "foundingLocation": {"@type": "Place", "name": home},
            "genre": genres if len(genres) > 1 else genres[0],
            "member": [
                {
                    "@type": "Role",
                    "member": {"@type": "Person", "@id": f"{SITE}personen/{pk}", "name": pn},
                    "roleName": role,
                    "startDate": start,
                    **({"endDate": end} if end else {}),
                }
                for pk, pn, role, start, end in members
            ],
        }
    else:
        name, alt, born, nat, genres, home = SOLOS[key]
        node = {
            "@type": "Person",
            "@id": act_id(key),
            "name": name,
            "birthDate": born,
            "nationality": {"@type": "Country", "name": nat},
            "genre": genres[0],
            "jobTitle": "Musikerin" if key in {"lina-sorensen", "joana-ferreira"} else "Musiker",
        }
        if home:
            node["homeLocation"] = {"@type": "Place", "name": home}
    if alt:
        node["alternateName"] = alt
    node["http://schema.org/sameAs"] = [
        WD + WIKI[key],
        f"https://en.wikipedia.org/wiki/{name.replace(' ', '_')}",
    ]
    return node


def event_node(ev: tuple, n: int) -> dict:
    date, start, door, venue, acts, title, org, (cur, prices), status, fest = ev
    slug = f"{date}-{acts[0]}-{venue}"
    tz = "+01:00" if date < "2025-03-30" else "+02:00"
    node: dict = {
        "@type": ["MusicEvent", "Event"] if n % 3 else "MusicEvent",
        "@id": f"{SITE}events/{slug}",
        "name": title + (" " if n % 7 == 3 else ""),
        "https://schema.org/startDate": f"{date}T{start}:00{tz}" if n % 5 else date,
        "doorTime": f"{date}T{door}:00{tz}",
        "eventAttendanceMode": {"@id": "https://schema.org/OfflineEventAttendanceMode"},
        "eventStatus": {"@id": "https://schema.org/" + (status or "EventScheduled")},
    }
    if status == "EventPostponed":
        node["previousStartDate"] = node.pop("https://schema.org/startDate")
        node["startDate"] = "2025-10-17T20:00:00+02:00"
    if n % 2 == 0:
        _, _, _, street, pc, city, country, *_ = VENUES[venue]
        names = VENUES[venue][0]
        shown = LISTING_NAMES.get(venue, names if isinstance(names, str) else names["de"])
        node["location"] = {
            "@type": "MusicVenue",
            "@id": venue_id(venue),
            "name": shown,
            "address": address(street, pc, city, country if isinstance(country, str) else "AT"),
        }
    else:
        node["location"] = {"@id": venue_id(venue)}
    performers = []
    for a in acts:
        if n % 3 == 0:
            performers.append({"@id": act_id(a)})
        else:
            name = (GROUPS.get(a) or SOLOS[a])[0]
            if a == "kasia-wolves" and n % 2:
                name = "Kasia &amp; the Wolves"  # as scraped from one page
            typ = "MusicGroup" if a in GROUPS else "Person"
            performers.append({"@type": typ, "@id": act_id(a), "name": name})
    node["performer"] = performers if len(performers) > 1 else performers[0]
    offers = []
    for j, p in enumerate(prices):
        offers.append(
            {
                "@type": "Offer",
                "name": ["Stehplatz", "Kategorie 2", "Kategorie 1"][j] if len(prices) > 1 else None,
                "price": f"{p:.2f}" if n % 2 else p,
                "priceCurrency": cur,
                "availability": {
                    "@id": "https://schema.org/" + ("SoldOut" if n % 6 == 5 else "InStock")
                },
                "validFrom": "2024-10-01",
                "url": f"{SITE}tickets/{slug}",
            }
        )
        if offers[-1]["name"] is None:
            del offers[-1]["name"]
    node["offers"] = offers if len(offers) > 1 else offers[0]
    if org:
        node["organizer"] = {"@id": promoter_id(org)}
    if fest:
        node["superEvent"] = {"@id": f"{SITE}festivals/{fest}"}
    node["image"] = f"{SITE}img/{slug}.jpg"
    return node


def main() -> None:
    OUT.mkdir(exist_ok=True)
    pages = [venue_page(k, i) for i, k in enumerate(VENUES)]
    pages += [promoter_page(k, i) for i, k in enumerate(PROMOTERS)]
    (OUT / "venues.jsonld").write_text(json.dumps(pages, ensure_ascii=False, indent=1) + "\n")
    graph: list[dict] = [act_node(k) for k in [*GROUPS, *SOLOS]]
    for key, (name, start, end, city) in FESTIVALS.items():
        graph.append(
            {
                "@type": "Festival",
                "@id": f"{SITE}festivals/{key}",
                "name": {"de": name, "en": name.replace("Wien", "Vienna")},
                "startDate": start,
                "endDate": end,
                "location": {"@type": "City", "name": city},
            }
        )
    graph += [event_node(ev, n) for n, ev in enumerate(EVENTS)]
    doc = {
        "@context": {
            "@vocab": "https://schema.org/",
            "wd": WD,
            "name": {"@id": "https://schema.org/name", "@container": "@language"},
        },
        "@graph": graph,
    }
    (OUT / "events.jsonld").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
