# ruff: noqa: E501  (one place a line)
"""Write ``realestate.html``: an invented estate agency's (Domstad Wonen, Utrecht, Amersfoort,
Zeist) web pages as a crawler saves them, concatenated into one file: each page an HTML document
with one or more ``<script type="application/ld+json">`` blocks in **schema.org**, the way search
engines ask sites to publish them.

Pages: the home page (the agency as an ``Organization`` and a ``WebSite``), one page per branch
office (``RealEstateAgent``: address, telephone, opening hours, ``parentOrganization``), the team
page (``Person`` nodes with ``@id``, ``worksFor`` a branch, ``jobTitle``, telephone, e-mail), one
page per neighbourhood (``Place`` with ``containedInPlace`` a district ``AdministrativeArea``,
itself ``containedInPlace`` a ``City``; a few with an English ``alternateName``), and one page
per listing: a site-wide ``Organization`` block, a ``BreadcrumbList`` block and the
``RealEstateListing`` (name in Dutch, or Dutch and English as language-tagged values;
``datePosted``; ``offers`` an ``Offer`` with ``price`` as a number, ``"450000"``,
``"€ 450.000"``, ``"€ 450,000"`` or ``"EUR 1.450,- p/m"``, ``priceCurrency``,
``businessFunction`` sell or lease-out, a rent's ``priceSpecification`` a
``UnitPriceSpecification``; ``offeredBy`` or ``provider`` the agent as a nested ``Person`` with no
``@id`` and the name as that page writes it: "Sanne de Vries", "S. de Vries", "Sanne de Vries
RM"; ``about`` or ``mainEntity`` the residence: ``House``, ``SingleFamilyResidence``,
``Apartment`` or, for a building plot, ``Place`` with ``additionalType``; ``address`` a
``PostalAddress``; ``containedInPlace`` the neighbourhood by ``@id``; ``floorSize`` a
``QuantitativeValue`` with ``unitCode`` MTK, or "120 m²"; ``numberOfRooms``,
``numberOfBedrooms`` as numbers or strings; ``yearBuilt``; ``additionalProperty``
``PropertyValue`` name/value pairs for the energy label ("Energielabel" or "Energy label"), the
listing status, the plot area, the garden; a few residences the energy label as schema.org's
``hasEnergyConsumptionDetails`` instead; ``amenityFeature`` ``LocationFeatureSpecification``
records for the nearest schools (a nested school with no ``@id``) and station (by ``@id``) with
the distance as ``value`` + ``unitCode`` or "1,2 km"; ``event`` open-house ``Event`` nodes with
start and end; ``subjectOf`` previous sales as ``SellAction`` records (``endTime``, ``price``)).
Some listing pages use one ``@graph`` with ``@id`` references between the listing, offer and
residence, and the agent by the team page's ``@id``. The mess of real sites: ``@context`` as
``https://schema.org``, ``http://schema.org/``, ``https://schema.org/`` or **missing on one
block**, HTML entities in strings (``&amp;``, ``&#39;``), **one block with a trailing comma**
(invalid JSON), some residences with no name (only an address).

Run from the repository root: ``python bench/data/own/realestate_make.py``. Deterministic.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
SITE = "https://www.domstadwonen.example"
R = random.Random(63)

CITIES = {"utrecht": "Utrecht", "amersfoort": "Amersfoort", "zeist": "Zeist"}
# district id: (name, English name or None, city)
DISTRICTS = {
    "oost": ("Oost", "Utrecht East", "utrecht"),
    "noordoost": ("Noordoost", "Utrecht North-East", "utrecht"),
    "leidsche-rijn": ("Leidsche Rijn", None, "utrecht"),
    "binnenstad": ("Binnenstad", "Utrecht City Centre", "utrecht"),
    "amf-noord": ("Vathorst en Hooglanderveen", None, "amersfoort"),
    "amf-centrum": ("Amersfoort Centrum", None, "amersfoort"),
    "zeist-noord": ("Zeist-Noord", None, "zeist"),
}
# station id: name
STATIONS = {
    "utrecht-centraal": "Utrecht Centraal",
    "utrecht-overvecht": "Utrecht Overvecht",
    "utrecht-terwijde": "Utrecht Terwijde",
    "utrecht-vaartsche-rijn": "Utrecht Vaartsche Rijn",
    "amersfoort-centraal": "Amersfoort Centraal",
    "amersfoort-vathorst": "Amersfoort Vathorst",
    "amersfoort-schothorst": "Amersfoort Schothorst",
    "driebergen-zeist": "Driebergen-Zeist",
}
# neighbourhood id: (name, alternate name, district, streets, station, schools as (name, type))
HOODS = {
    "wittevrouwen": (
        "Wittevrouwen",
        None,
        "noordoost",
        ["Wittevrouwensingel", "Kroonstraat", "Jan Pieterszoon Coenstraat"],
        "utrecht-centraal",
        [
            ("Montessorischool Wittevrouwen", "ElementarySchool"),
            ("Stedelijk Gymnasium Utrecht", "HighSchool"),
        ],
    ),
    "tuindorp": (
        "Tuindorp",
        None,
        "noordoost",
        ["Prins Hendriklaan", "Kastanjelaan"],
        "utrecht-overvecht",
        [("De Klimop", "ElementarySchool")],
    ),
    "oudwijk": (
        "Oudwijk",
        None,
        "oost",
        ["Oudwijk", "Nachtegaalstraat"],
        "utrecht-vaartsche-rijn",
        [
            ("Jenaplanschool Oudwijk", "ElementarySchool"),
            ("Christelijk Gymnasium Utrecht", "HighSchool"),
        ],
    ),
    "abstede": (
        "Abstede",
        None,
        "oost",
        ["Abstederdijk", "Gerard Doustraat"],
        "utrecht-vaartsche-rijn",
        [("De Nieuwe Regenboog", "ElementarySchool")],
    ),
    "museumkwartier": (
        "Museumkwartier",
        "Museum Quarter",
        "binnenstad",
        ["Nieuwegracht", "Lange Nieuwstraat", "Oudegracht"],
        "utrecht-centraal",
        [("Domschool", "ElementarySchool"), ("Stedelijk Gymnasium Utrecht", "HighSchool")],
    ),
    "terwijde": (
        "Terwijde",
        None,
        "leidsche-rijn",
        ["Terwijdelaan", "Ella Fitzgeraldplein"],
        "utrecht-terwijde",
        [("De Fontein", "ElementarySchool"), ("Leidsche Rijn College", "HighSchool")],
    ),
    "vleuterweide": (
        "Vleuterweide",
        None,
        "leidsche-rijn",
        ["Vleuterweide-Centrum", "Hof van Vleuterweide"],
        "utrecht-terwijde",
        [("De Vleugel", "ElementarySchool"), ("Leidsche Rijn College", "HighSchool")],
    ),
    "vathorst": (
        "Vathorst",
        None,
        "amf-noord",
        ["Laakboulevard", "Bulgarijeweg", "Zilverstraat"],
        "amersfoort-vathorst",
        [("Kindcentrum De Vlinderboom", "ElementarySchool"), ("Het Element", "HighSchool")],
    ),
    "hooglanderveen": (
        "Hooglanderveen",
        None,
        "amf-noord",
        ["Engweg", "Dorpsstraat"],
        "amersfoort-vathorst",
        [("De Lichtbron", "ElementarySchool")],
    ),
    "bergkwartier": (
        "Bergkwartier",
        "The Berg Quarter",
        "amf-centrum",
        ["Utrechtseweg", "Van Persijnstraat"],
        "amersfoort-centraal",
        [
            ("Sint Joris School", "ElementarySchool"),
            ("Johan van Oldenbarnevelt Gymnasium", "HighSchool"),
        ],
    ),
    "soesterkwartier": (
        "Soesterkwartier",
        None,
        "amf-centrum",
        ["Soesterweg", "Pluviusstraat"],
        "amersfoort-centraal",
        [("De Sterrenwachter", "ElementarySchool")],
    ),
    "kerckebosch": (
        "Kerckebosch",
        None,
        "zeist-noord",
        ["Kerckeboschlaan", "Hortensialaan"],
        "driebergen-zeist",
        [("De Bosschool", "ElementarySchool"), ("Christelijk Lyceum Zeist", "HighSchool")],
    ),
    "verzetswijk": (
        "Verzetswijk",
        None,
        "zeist-noord",
        ["Verzetslaan", "Boulevard Zeist"],
        "driebergen-zeist",
        [("De Wegwijzer", "ElementarySchool")],
    ),
}
# branch id: (name, street, postal code, city, telephone)
BRANCHES = {
    "utrecht-centrum": (
        "Domstad Wonen Utrecht Centrum",
        "Oudegracht 182",
        "3511 NR",
        "Utrecht",
        "+31 30 231 4400",
    ),
    "leidsche-rijn": (
        "Domstad Wonen Leidsche Rijn",
        "Berlijnplein 24",
        "3541 CM",
        "Utrecht",
        "+31 30 677 2210",
    ),
    "amersfoort": (
        "Domstad Wonen Amersfoort",
        "Utrechtseweg 9",
        "3811 NA",
        "Amersfoort",
        "+31 33 461 0930",
    ),
    "zeist": ("Domstad Wonen Zeist", "Slotlaan 120", "3701 GR", "Zeist", "+31 30 691 5575"),
}
# agent id: (name, the other ways pages write it, branch, job title)
AGENTS = {
    "sanne-de-vries": (
        "Sanne de Vries",
        ["S. de Vries", "Sanne de Vries RM"],
        "utrecht-centrum",
        "Register Makelaar",
    ),
    "joost-van-leeuwen": ("Joost van Leeuwen", ["J. van Leeuwen"], "utrecht-centrum", "Makelaar"),
    "anouk-de-graaf": (
        "Anouk de Graaf",
        ["Anouk de Graaf-Peters"],
        "utrecht-centrum",
        "Verhuurmakelaar",
    ),
    "fatima-el-amrani": (
        "Fatima El Amrani",
        ["Fatima el Amrani", "F. El Amrani"],
        "leidsche-rijn",
        "Register Makelaar",
    ),
    "pieter-bakker": ("Pieter Bakker", ["P. Bakker"], "leidsche-rijn", "Makelaar"),
    "mirjam-hoekstra": (
        "Mirjam Hoekstra",
        ["Mirjam Hoekstra-Smit"],
        "amersfoort",
        "Register Makelaar Taxateur",
    ),
    "ruben-jansen": ("Ruben Jansen", ["R. Jansen"], "amersfoort", "Makelaar"),
    "kees-brouwer": ("Kees Brouwer", ["K. Brouwer"], "amersfoort", "Verhuurmakelaar"),
    "eline-visser": ("Eline Visser", ["Eline Visser RMT"], "zeist", "Register Makelaar Taxateur"),
    "thomas-mulder": ("Thomas Mulder", ["Tom Mulder"], "zeist", "Makelaar"),
}
BRANCH_AGENTS = {b: [a for a, v in AGENTS.items() if v[2] == b] for b in BRANCHES}
HOOD_BRANCH = {
    "noordoost": "utrecht-centrum",
    "oost": "utrecht-centrum",
    "binnenstad": "utrecht-centrum",
    "leidsche-rijn": "leidsche-rijn",
    "amf-noord": "amersfoort",
    "amf-centrum": "amersfoort",
    "zeist-noord": "zeist",
}
LABELS = ["A+++", "A++", "A+", "A", "B", "C", "D", "E", "F", "G"]
STATUS_SALE = [
    "Beschikbaar",
    "Available",
    "Under offer",
    "Onder bod",
    "Sold subject to contract",
    "Verkocht onder voorbehoud",
]
STATUS_RENT = ["Available", "Beschikbaar", "Let agreed", "Verhuurd onder voorbehoud"]
ORG_ID = SITE + "/#organization"


def ctx() -> str:
    """The ``@context`` as a site writes it (three spellings)."""
    return R.choice(["https://schema.org", "http://schema.org/", "https://schema.org/"])


def properties() -> list[dict]:
    """The listed residences, three or four per neighbourhood (deterministic)."""
    out = []
    for hid, (_hood, _alt, district, streets, station, schools) in HOODS.items():
        city = DISTRICTS[district][2]
        for i in range(R.choice([3, 3, 4, 4])):
            street = streets[i % len(streets)]
            number = R.randint(2, 180)
            kind = R.choice(["House", "SingleFamilyResidence", "Apartment", "Apartment", "House"])
            if i == 3 and hid in ("hooglanderveen", "vleuterweide", "kerckebosch"):
                kind = "Plot"
            rent = kind == "Apartment" and R.random() < 0.5
            rooms = R.randint(2, 4) if kind == "Apartment" else R.randint(4, 8)
            size = R.randint(48, 110) if kind == "Apartment" else R.randint(95, 240)
            plot = (
                R.randint(110, 900) if kind in ("House", "SingleFamilyResidence", "Plot") else None
            )
            per_m2 = R.randint(38, 68) * 100 if kind != "Plot" else R.randint(40, 90) * 10
            price = (
                R.randint(11, 28) * 100
                if rent
                else round((plot if kind == "Plot" else size) * per_m2, -4)
            )
            out.append(
                {
                    "slug": f"{street.lower().replace(' ', '-')}-{number}",
                    "street": f"{street} {number}"
                    + (
                        R.choice(["-bis", " A", "-2"])
                        if kind == "Apartment" and R.random() < 0.4
                        else ""
                    ),
                    "postal": f"{R.randint(3500, 3830)} {R.choice('ABCDEGHJKLMNPRSTVWXZ')}{R.choice('ABCDEGHJKLMNPRSTVWXZ')}",
                    "hood": hid,
                    "city": CITIES[city],
                    "kind": kind,
                    "rent": rent,
                    "rooms": rooms,
                    "bedrooms": max(1, rooms - R.randint(1, 2)),
                    "size": size,
                    "plot": plot,
                    "year": R.randint(1890, 2022),
                    "label": R.choice(LABELS[:8]) if kind != "Plot" else None,
                    "price": price,
                    "posted": f"2024-{R.randint(1, 5):02d}-{R.randint(1, 28):02d}",
                    "status": R.choice(STATUS_RENT if rent else STATUS_SALE),
                    "agent": R.choice(BRANCH_AGENTS[HOOD_BRANCH[district]]),
                    "station": station,
                    "station_m": R.randint(250, 2400),
                    "schools": [(n, t, R.randint(120, 1500)) for n, t in schools],
                    "en": R.random() < 0.45,
                    "named": R.random() < 0.8,
                    "graph": R.random() < 0.18,
                    "open": R.random() < 0.3,
                    "sales": R.randint(0, 2) if kind != "Plot" and not rent else 0,
                    "garden": R.choice(["zuid", "south-west", "noord", "oost", None])
                    if kind != "Apartment"
                    else None,
                }
            )
    return out


def price_text(p: dict) -> object:
    """The price as this page writes it."""
    v = p["price"]
    form = R.randint(0, 4)
    if p["rent"]:
        return [v, str(v), f"€ {v:,}".replace(",", "."), f"EUR {v:,},- p/m".replace(",", "."), v][
            form
        ]
    return [v, str(v), f"€ {v:,}".replace(",", "."), f"€ {v:,}", v][form]


def agent_ref(aid: str) -> dict:
    """The agent as a listing page writes it: a nested person named one way or another."""
    name, others, _b, _t = AGENTS[aid]
    return {
        "@type": "Person",
        "name": R.choice([name, name, *others]),
        "telephone": BRANCHES[AGENTS[aid][2]][4],
    }


def residence(p: dict, rid: str | None) -> dict:
    """The residence node of a listing."""
    h = HOODS[p["hood"]]
    kind = "Place" if p["kind"] == "Plot" else p["kind"]
    r: dict = {"@type": kind}
    if rid:
        r["@id"] = rid
    if p["kind"] == "Plot":
        r["additionalType"] = "Bouwkavel (building plot)"
    if p["named"]:
        r["name"] = "Villa &#39;t Bergje" if p["slug"] == "van-persijnstraat-107" else p["street"]
    r["address"] = {
        "@type": "PostalAddress",
        "streetAddress": p["street"],
        "postalCode": p["postal"],
        "addressLocality": p["city"],
        "addressCountry": "NL",
    }
    r["containedInPlace"] = {"@id": f"{SITE}/wijken/{p['hood']}#place", "name": h[0]}
    if p["kind"] != "Plot":
        fs = R.randint(0, 2)
        r["floorSize"] = [
            {"@type": "QuantitativeValue", "value": p["size"], "unitCode": "MTK"},
            f"{p['size']} m²",
            {"@type": "QuantitativeValue", "value": str(p["size"]), "unitText": "m²"},
        ][fs]
        r["numberOfRooms"] = R.choice([p["rooms"], str(p["rooms"])])
        r["numberOfBedrooms"] = R.choice([p["bedrooms"], str(p["bedrooms"])])
        r["yearBuilt"] = p["year"]
    extra = []
    if p["label"]:
        if R.random() < 0.2:
            r["hasEnergyConsumptionDetails"] = {
                "@type": "EnergyConsumptionDetails",
                "hasEnergyEfficiencyCategory": f"https://schema.org/EUEnergyEfficiencyCategory{p['label'].replace('+', 'Plus')}",
            }
        else:
            extra.append(
                {
                    "@type": "PropertyValue",
                    "name": R.choice(["Energielabel", "Energy label", "energy rating"]),
                    "value": p["label"],
                }
            )
    if p["plot"]:
        extra.append(
            {
                "@type": "PropertyValue",
                "name": R.choice(["Perceeloppervlakte", "Plot area"]),
                "value": p["plot"],
                "unitCode": "MTK",
            }
        )
    if p["garden"]:
        extra.append({"@type": "PropertyValue", "name": "Tuinligging", "value": p["garden"]})
    if extra:
        r["additionalProperty"] = extra
    features = [
        {
            "@type": "LocationFeatureSpecification",
            "name": "Nearest station",
            "valueReference": {
                "@id": f"{SITE}/omgeving/{p['station']}",
                "@type": "TrainStation",
                "name": STATIONS[p["station"]],
            },
        }
    ]
    m = p["station_m"]
    features[0].update(
        {"value": m, "unitCode": "MTR"}
        if R.random() < 0.6
        else {"value": f"{m / 1000:.1f} km".replace(".", ",")}
    )
    for name, typ, dist in p["schools"]:
        features.append(
            {
                "@type": "LocationFeatureSpecification",
                "name": "Nearby school",
                "valueReference": {"@type": typ, "name": name},
                "value": dist,
                "unitCode": "MTR",
            }
        )
    r["amenityFeature"] = features
    if p["sales"]:
        past = []
        year = R.randint(1995, 2008)
        price = p["price"] * R.randint(35, 60) // 100
        for _ in range(p["sales"]):
            past.append(
                {
                    "@type": "SellAction",
                    "name": "Vorige verkoop",
                    "endTime": f"{year}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                    "price": price // 1000 * 1000,
                    "priceCurrency": "EUR",
                }
            )
            year += R.randint(5, 12)
            price = price * R.randint(120, 170) // 100
        r["subjectOf"] = past
    return r


def listing(p: dict) -> dict:
    """The ``RealEstateListing`` of a residence (nested, blank nodes)."""
    verb = ("Te huur", "For rent") if p["rent"] else ("Te koop", "For sale")
    name: object = f"{verb[0]}: {p['street']}, {p['city']}"
    if p["en"]:
        name = [
            {"@value": name, "@language": "nl"},
            {"@value": f"{verb[1]}: {p['street']}, {p['city']}", "@language": "en"},
        ]
    offer: dict = {
        "@type": "Offer",
        "price": price_text(p),
        "priceCurrency": "EUR",
        "businessFunction": "http://purl.org/goodrelations/v1#"
        + ("LeaseOut" if p["rent"] else "Sell"),
    }
    if p["rent"]:
        offer["priceSpecification"] = {
            "@type": "UnitPriceSpecification",
            "price": p["price"],
            "priceCurrency": "EUR",
            "unitText": "MONTH",
        }
    ref = agent_ref(p["agent"])
    if R.random() < 0.5:
        offer["offeredBy"] = ref
        lst = {}
    else:
        lst = {"provider": ref}
    d = {
        "@type": "RealEstateListing",
        "name": name,
        "url": f"{SITE}/aanbod/{p['slug']}",
        "datePosted": p["posted"],
        "offers": offer,
        **lst,
    }
    d[R.choice(["about", "about", "mainEntity"])] = residence(p, None)
    d["additionalProperty"] = {"@type": "PropertyValue", "name": "Status", "value": p["status"]}
    if p["open"]:
        day = f"2024-{R.randint(4, 6):02d}-{R.randint(1, 28):02d}"
        d["event"] = {
            "@type": "Event",
            "name": f"Open huis {p['street']}",
            "startDate": f"{day}T10:00:00+02:00",
            "endDate": f"{day}T13:00:00+02:00",
            "organizer": agent_ref(p["agent"]),
        }
    return d


def listing_graph(p: dict) -> dict:
    """The same listing as one ``@graph`` with ``@id`` references (the agent by the team page's)."""
    d = listing(p)
    url = d["url"]
    res = d.pop("about", None) or d.pop("mainEntity")
    res["@id"] = url + "#residence"
    offer = d.pop("offers")
    offer["@id"] = url + "#offer"
    offer.pop("offeredBy", None)
    d.pop("provider", None)
    offer["offeredBy"] = {"@id": f"{SITE}/team#{p['agent']}"}
    d.update(
        {
            "@id": url + "#listing",
            "mainEntity": {"@id": res["@id"]},
            "offers": {"@id": offer["@id"]},
        }
    )
    return {"@graph": [d, offer, res]}


def page(url: str, title: str, blocks: list[str], lang: str = "nl") -> str:
    """One saved page: its URL comment, head with the JSON-LD blocks, a body."""
    scripts = "\n".join(f'<script type="application/ld+json">\n{b}\n</script>' for b in blocks)
    return f'<!-- saved from url={url} -->\n<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n{scripts}\n</head>\n<body><h1>{title}</h1><p>Domstad Wonen &amp; Taxaties</p></body>\n</html>\n'


def block(d: dict, context: str | None = "") -> str:
    """A JSON-LD block, ``@context`` first (a site's spelling, or none)."""
    out = {"@context": context or ctx(), **d} if context is not None else d
    return json.dumps(out, ensure_ascii=False, indent=1)


def org_block() -> str:
    """The site-wide organisation block every page carries."""
    return block(
        {
            "@type": "Organization",
            "@id": ORG_ID,
            "name": R.choice(
                ["Domstad Wonen &amp; Taxaties B.V.", "Domstad Wonen & Taxaties B.V."]
            ),
            "url": SITE + "/",
        }
    )


def pages() -> list[str]:
    """Every page of the site, in crawl order."""
    props = properties()
    out = [
        page(
            SITE + "/",
            "Domstad Wonen",
            [
                block(
                    {
                        "@type": "Organization",
                        "@id": ORG_ID,
                        "name": "Domstad Wonen & Taxaties B.V.",
                        "alternateName": "Domstad Wonen",
                        "url": SITE + "/",
                        "foundingDate": "1987",
                        "telephone": "+31 30 231 4400",
                    }
                ),
                block(
                    {
                        "@type": "WebSite",
                        "name": "Domstad Wonen",
                        "url": SITE + "/",
                        "publisher": {"@id": ORG_ID},
                    }
                ),
            ],
        )
    ]
    for bid, (name, street, postal, city, tel) in BRANCHES.items():
        out.append(
            page(
                f"{SITE}/vestigingen/{bid}",
                name,
                [
                    block(
                        {
                            "@type": "RealEstateAgent",
                            "@id": f"{SITE}/vestigingen/{bid}#office",
                            "name": name,
                            "telephone": tel,
                            "address": {
                                "@type": "PostalAddress",
                                "streetAddress": street,
                                "postalCode": postal,
                                "addressLocality": city,
                                "addressCountry": "NL",
                            },
                            "openingHours": R.choice(
                                ["Mo-Fr 09:00-17:30", "Mo-Fr 09:00-17:30, Sa 10:00-14:00"]
                            ),
                            "parentOrganization": {"@id": ORG_ID},
                        }
                    )
                ],
            )
        )
    team = [
        {
            "@type": "Person",
            "@id": f"{SITE}/team#{aid}",
            "name": name,
            "jobTitle": title,
            "worksFor": {"@id": f"{SITE}/vestigingen/{b}#office"},
            "email": f"{aid.split('-')[0]}@domstadwonen.example",
            "telephone": BRANCHES[b][4],
        }
        for aid, (name, _o, b, title) in AGENTS.items()
    ]
    out.append(page(SITE + "/team", "Ons team", [org_block(), block({"@graph": team})]))
    for hid, (name, alt, did, *_rest) in HOODS.items():
        dname, den, city = DISTRICTS[did]
        dnames: object = (
            [{"@value": dname, "@language": "nl"}, {"@value": den, "@language": "en"}]
            if den
            else dname
        )
        d = {
            "@type": "Place",
            "@id": f"{SITE}/wijken/{hid}#place",
            "name": name,
            "containedInPlace": {
                "@type": "AdministrativeArea",
                "@id": f"{SITE}/stadsdelen/{did}",
                "name": dnames,
                "containedInPlace": {
                    "@type": "City",
                    "@id": f"{SITE}/steden/{city}",
                    "name": CITIES[city],
                },
            },
        }
        if alt:
            d["alternateName"] = alt
        # one neighbourhood page forgets its @context (as real pages do)
        out.append(
            page(
                f"{SITE}/wijken/{hid}",
                f"Wonen in {name}",
                [org_block(), block(d, None if hid == "verzetswijk" else "")],
            )
        )
    for k, p in enumerate(props):
        url = f"{SITE}/aanbod/{p['slug']}"
        crumbs = block(
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "name": "Aanbod",
                        "item": SITE + "/aanbod",
                    },
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": p["city"],
                        "item": f"{SITE}/aanbod/{p['city'].lower()}",
                    },
                ],
            }
        )
        main = block(listing_graph(p) if p["graph"] else listing(p))
        if k == len(props) - 3:
            # a trailing comma: invalid JSON, as real pages have
            main = re.sub(r'"(\n\s*\})', r'",\1', main, count=1)
        blocks = [org_block(), crumbs, main] if R.random() < 0.1 else [org_block(), main]
        out.append(page(url, p["street"], blocks, "en" if p["en"] else "nl"))
    return out


def main() -> None:
    """Write ``realestate.html`` beside this script."""
    (HERE / "realestate.html").write_text("\n".join(pages()), encoding="utf-8")


if __name__ == "__main__":
    main()
