# ruff: noqa: E501  (data tables, one record a line where it fits)
"""Write ``tourism.nq.gz``: hotels, restaurants, sights and events of Lisbon, Porto, Sintra and
the Algarve as **Web Data Commons** publishes the schema.org JSON-LD embedded in web pages.

Web Data Commons extracts every ``<script type="application/ld+json">`` block of every crawled
page and publishes the triples as gzipped **N-Quads whose graph name is the page's URL**; a node
that the block gave no ``@id`` becomes a blank node local to its page. This file mimics that:
one page a business (its own site), a few pages that list or review other businesses (a city
tourism board's listing, a booking aggregator, a food blog), each page with the site furniture
that real pages carry (``WebSite`` with a ``SearchAction``, ``WebPage``, ``BreadcrumbList`` of
``ListItem``\\ s). The blocks are written as the sites write them, with schema.org's context
(``@vocab`` ``http://schema.org/``), so:

- businesses are ``Hotel`` / ``LodgingBusiness`` / ``Resort`` / ``Hostel`` / ``Restaurant`` /
  ``CafeOrCoffeeShop`` / ``BarOrPub`` / ``TouristAttraction`` (some typed twice,
  ``["TouristAttraction", "Museum"]``), about half at a page-URL ``@id`` with a fragment
  (``https://www.casa-do-arco.example/#hotel``), the rest blank nodes;
- ``address`` a ``PostalAddress`` blank node (``addressLocality`` "Lisbon" on English pages,
  "Lisboa" on Portuguese ones; ``addressCountry`` "PT" or "Portugal"); ``geo`` a
  ``GeoCoordinates`` blank node (latitude a JSON number -> ``xsd:double`` "3.87E1", or a string);
- ``amenityFeature`` ``LocationFeatureSpecification`` blank nodes (``name`` + ``value``
  true/false, a JSON boolean or the string "True");
- ``starRating`` a ``Rating`` blank node; ``aggregateRating`` an ``AggregateRating`` blank node
  (``ratingValue``, ``reviewCount``, ``bestRating``); ``review`` ``Review`` blank nodes with an
  ``author`` ``Person`` blank node, a ``reviewRating`` ``Rating`` and ``datePublished``;
- ``openingHoursSpecification`` blank nodes (``dayOfWeek`` one or several, as schema.org IRIs
  ``https://schema.org/Sunday`` (https, as sites copy them) or as plain day names; ``opens`` /
  ``closes`` "12:00" or "12:00:00"), or the older ``openingHours`` string "Mo-Su 09:30-18:00";
- ``priceRange`` "$$" or "€€€" or "€15-€30"; ``servesCuisine`` one or several strings;
- ``makesOffer`` ``Offer`` blank nodes (``name``, ``price`` a string or number,
  ``priceCurrency`` "EUR"); events' ``offers`` likewise with ``availability`` IRIs;
- ``containedInPlace`` (a restaurant in its hotel by ``@id``, a hotel in a ``City`` blank node),
  ``sameAs`` links (the aggregator's copy of a hotel points to the hotel's own site);
- the same business described again on another page under another name ("Casa do Arco Boutique
  Hotel Alfama" on the aggregator for "Casa do Arco"), with its own rating there;
- ``Event`` / ``MusicEvent`` / ``Festival`` / ``FoodEvent`` with ``startDate`` / ``endDate``
  (``xsd:dateTime`` strings with offsets as written), ``location`` a ``Place`` blank node or the
  sight's ``@id``, ``organizer``, ``performer``, ``eventStatus`` IRIs.

Run from the repository root: ``python bench/data/own/tourism_make.py``. Deterministic.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
S = "http://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
# schema.org's context: these terms are "@type": "@id" (a string value is an IRI)
ID_TERMS = {
    "sameAs",
    "url",
    "image",
    "logo",
    "menu",
    "hasMap",
    "availability",
    "eventStatus",
    "eventAttendanceMode",
    "item",
    "dayOfWeek",
    "target",
    "mainEntityOfPage",
    "isPartOf",
}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------- JSON-LD -> quads
class Page:
    """One crawled page: its URL (the graph name) and its JSON-LD blocks turned into quads."""

    def __init__(self, url: str, lang: str | None) -> None:
        self.url, self.lang, self.quads, self.n = url, lang, [], 0

    def bnode(self) -> str:
        self.n += 1
        return "_:n" + hashlib.md5(f"{self.url}#{self.n}".encode()).hexdigest()[:24]

    def term(self, value: Any, key: str) -> str:
        if isinstance(value, dict):
            return self.node(value)
        if isinstance(value, bool):
            return f'"{str(value).lower()}"^^<{XSD}boolean>'
        if isinstance(value, int):
            return f'"{value}"^^<{XSD}integer>'
        if isinstance(value, float):
            mant, _, exp = f"{value:.15E}".partition("E")
            mant = mant.rstrip("0")
            mant = mant + "0" if mant.endswith(".") else mant
            return f'"{mant}E{int(exp)}"^^<{XSD}double>'
        if key in ID_TERMS:
            return f"<{value}>" if "://" in value else f"<{S}{value}>"
        text = json.dumps(value, ensure_ascii=False)
        return f"{text}@{self.lang}" if self.lang else text

    def node(self, obj: dict) -> str:
        subject = f"<{obj['@id']}>" if "@id" in obj else self.bnode()
        types = obj.get("@type", [])
        for t in [types] if isinstance(types, str) else types:
            self.quads.append(f"{subject} <{RDF_TYPE}> <{S}{t}> <{self.url}> .")
        for key, value in obj.items():
            if key.startswith("@"):
                continue
            for v in value if isinstance(value, list) else [value]:
                if v is None:
                    continue
                self.quads.append(f"{subject} <{S}{key}> {self.term(v, key)} <{self.url}> .")
        return subject

    def block(self, obj: dict) -> None:
        for item in obj.get("@graph", [obj]):
            self.node(item)


# ----------------------------------------------------------------------------- helpers
def address(
    street: str, locality: str, postcode: str, country: str = "PT", region: str | None = None
) -> dict:
    a = {
        "@type": "PostalAddress",
        "streetAddress": street,
        "addressLocality": locality,
        "postalCode": postcode,
        "addressCountry": country,
    }
    if region:
        a["addressRegion"] = region
    return a


def geo(lat: float, lon: float, as_string: bool = False) -> dict:
    if as_string:
        return {"@type": "GeoCoordinates", "latitude": f"{lat}", "longitude": f"{lon}"}
    return {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}


def amenities(spec: dict[str, bool], as_string: bool = False) -> list[dict]:
    return [
        {
            "@type": "LocationFeatureSpecification",
            "name": k,
            "value": ("True" if v else "False") if as_string else v,
        }
        for k, v in spec.items()
    ]


def agg(value: float | str, count: int, best: int | None = 5) -> dict:
    a: dict[str, Any] = {"@type": "AggregateRating", "ratingValue": value, "reviewCount": count}
    if best is not None:
        a["bestRating"] = best
    return a


def review(author: str, rating: int, date: str, body: str) -> dict:
    return {
        "@type": "Review",
        "author": {"@type": "Person", "name": author},
        "reviewRating": {"@type": "Rating", "ratingValue": rating, "bestRating": 5},
        "datePublished": date,
        "reviewBody": body,
    }


def hours(
    spec: list[tuple[list[str], str, str]], iri: bool = True, seconds: bool = False
) -> list[dict]:
    out = []
    for days, opens, closes in spec:
        ds = [f"https://schema.org/{d}" if iri else d for d in days]
        if seconds:
            opens, closes = opens + ":00", closes + ":00"
        out.append(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": ds if len(ds) > 1 else ds[0],
                "opens": opens,
                "closes": closes,
            }
        )
    return out


def offer(name: str, price: str | float, currency: str = "EUR") -> dict:
    return {"@type": "Offer", "name": name, "price": price, "priceCurrency": currency}


def site_furniture(page: Page, site: str, site_name: str, crumbs: list[tuple[str, str]]) -> None:
    """The blocks every page of a site carries: WebSite (with a SearchAction), WebPage and
    BreadcrumbList (Yoast writes them in one @graph)."""
    page.block(
        {
            "@graph": [
                {
                    "@type": "WebSite",
                    "@id": site + "#website",
                    "url": site,
                    "name": site_name,
                    "potentialAction": {
                        "@type": "SearchAction",
                        "target": {
                            "@type": "EntryPoint",
                            "urlTemplate": site + "?s={search_term_string}",
                        },
                        "query-input": "required name=search_term_string",
                    },
                },
                {
                    "@type": "WebPage",
                    "@id": page.url + "#webpage",
                    "url": page.url,
                    "isPartOf": site + "#website",
                    "inLanguage": page.lang or "en",
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": i + 1, "name": n, "item": u}
                        for i, (n, u) in enumerate(crumbs)
                    ],
                },
            ]
        }
    )


WD = "https://www.wikidata.org/wiki/"


# ----------------------------------------------------------------------------- hotels
ALL_DAYS = DAYS
HOTELS: list[dict[str, Any]] = [
    dict(
        key="casa-do-arco",
        type="Hotel",
        name="Casa do Arco",
        site="https://www.casa-do-arco.example/",
        lang="en",
        id=True,
        stars=4,
        price="€€€",
        rooms=24,
        phone="+351 218 000 101",
        addr=address("Rua do Arco de Jesus 12", "Lisbon", "1100-037"),
        geo=geo(38.7109, -9.1305),
        amen={
            "Free WiFi": True,
            "Outdoor pool": False,
            "Rooftop terrace": True,
            "Airport shuttle": True,
            "Parking": False,
            "Air conditioning": True,
        },
        rating=(4.6, 412),
        offers=[("Double Room", "165.00"), ("Junior Suite", "240.00")],
        checkin="15:00",
        checkout="12:00",
        pets=False,
        reviews=[
            ("Hannah Berg", 5, "2026-03-14", "Lovely rooftop and the staff knew every fado house."),
            ("Tomás Ferreira", 4, "2026-02-02", "Small rooms but a perfect Alfama location."),
        ],
        sameAs=[
            "https://www.facebook.com/casadoarco.example",
            "https://www.tripadvisor.example/Hotel_Review-d1001",
        ],
        desc="A boutique hotel in an 18th-century house in Alfama, below the castle.",
    ),
    dict(
        key="tejo-palace",
        type="Hotel",
        name="Hotel Tejo Palace",
        site="https://www.tejopalace.example/",
        lang="en",
        id=True,
        stars=5,
        price="€€€€",
        rooms=186,
        phone="+351 213 400 200",
        addr=address("Praça do Comércio 31", "Lisbon", "1100-148"),
        geo=geo(38.7077, -9.1365),
        amen={
            "Free WiFi": True,
            "Indoor pool": True,
            "Spa": True,
            "Fitness centre": True,
            "Valet parking": True,
            "Airport shuttle": False,
            "Pet friendly": True,
        },
        rating=(4.4, 1890),
        offers=[("Deluxe Room River View", 320), ("Presidential Suite", 1450)],
        checkin="14:00",
        checkout="12:00",
        pets=True,
        reviews=[
            ("James O'Connor", 5, "2026-04-20", "The indoor pool and spa were worth every euro."),
            ("Lea Schmidt", 3, "2026-01-11", "Grand lobby, tired bathrooms."),
            ("Mariana Costa", 5, "2025-12-28", "New Year's Eve on the square, unforgettable."),
        ],
        sameAs=["https://www.instagram.com/tejopalace.example"],
        desc="A five-star palace hotel on the riverside square of Lisbon.",
    ),
    dict(
        key="oriente-hostel",
        type="Hostel",
        name="Lisboa Oriente Hostel",
        site="https://www.oriente-hostel.example/pt/",
        lang="pt",
        id=False,
        stars=None,
        price="€",
        rooms=18,
        phone="+351 218 900 455",
        addr=address("Avenida Dom João II 40", "Lisboa", "1990-094", "Portugal"),
        geo=geo(38.7681, -9.0972, True),
        amen={
            "Wi-Fi gratuito": True,
            "Cozinha partilhada": True,
            "Piscina": False,
            "Cacifos": True,
        },
        rating=("4.2", 655),
        offers=[("Cama em dormitório", "22.00"), ("Quarto privado", "64.00")],
        checkin="14:00",
        checkout="11:00",
        pets=False,
        reviews=[("Ana Lopes", 4, "2026-03-01", "Perto da estação do Oriente, limpo e barato.")],
        sameAs=[],
        desc="Hostel moderno junto ao Parque das Nações.",
    ),
    dict(
        key="jardim-estrela",
        type="Hotel",
        name="Hotel Jardim da Estrela",
        site="https://www.hoteljardimestrela.example/",
        lang="en",
        id=False,
        stars=3,
        price="€€",
        rooms=52,
        phone="+351 213 950 330",
        addr=address("Rua de São Bento 402", "Lisbon", "1200-822"),
        geo=geo(38.7139, -9.1590),
        amen={"Free WiFi": True, "Outdoor pool": True, "Garden": True, "Parking": True},
        rating=(4.1, 733),
        offers=[("Standard Double", 98)],
        checkin="15:00",
        checkout="11:00",
        pets=True,
        reviews=[
            ("Peter Novak", 4, "2026-05-05", "Quiet garden and a small pool, tram 28 nearby.")
        ],
        sameAs=[],
        desc="A family-run hotel facing the Estrela garden.",
    ),
    dict(
        key="sete-colinas",
        type="LodgingBusiness",
        name="Sete Colinas Suites",
        site="https://www.setecolinas-suites.example/pt/",
        lang="pt",
        id=True,
        stars="4",
        price="€€€",
        rooms=30,
        phone="+351 213 111 777",
        addr=address("Rua da Graça 88", "Lisboa", "1170-165", "Portugal"),
        geo=geo(38.7172, -9.1297, True),
        amen={
            "Wi-Fi gratuito": True,
            "Piscina exterior": True,
            "Terraço panorâmico": True,
            "Estacionamento": False,
        },
        amen_str=True,
        rating=(4.7, 298),
        offers=[("Suite com vista", "210.00")],
        checkin="15:00",
        checkout="12:00",
        pets=False,
        reviews=[
            ("Rui Almeida", 5, "2026-04-02", "A piscina no terraço tem a melhor vista de Lisboa.")
        ],
        sameAs=["https://www.facebook.com/setecolinas.example"],
        desc="Suites com piscina no terraço, na Graça.",
    ),
    dict(
        key="belem-rio",
        type="Hotel",
        name="Hotel Belém Rio",
        site="https://www.belemrio.example/",
        lang="en",
        id=True,
        stars=4,
        price="€€€",
        rooms=64,
        phone="+351 213 620 900",
        addr=address("Rua de Belém 120", "Lisbon", "1300-085"),
        geo=geo(38.6975, -9.2030),
        amen={
            "Free WiFi": True,
            "Pool": False,
            "Bicycle rental": True,
            "Restaurant": True,
            "Parking": True,
        },
        rating=(4.3, 1021),
        offers=[("Superior Double", "178.00")],
        checkin="14:00",
        checkout="12:00",
        pets=False,
        reviews=[
            (
                "Claire Dubois",
                4,
                "2026-03-22",
                "Walk to the monastery and the tower; bikes for free.",
            )
        ],
        sameAs=[],
        desc="Modern hotel next to the Belém monuments.",
    ),
    dict(
        key="ribeira-douro",
        type="Hotel",
        name="Hotel Ribeira Douro",
        site="https://www.ribeiradouro.example/",
        lang="en",
        id=True,
        stars=4,
        price="€€€",
        rooms=48,
        phone="+351 222 000 480",
        addr=address("Cais da Ribeira 22", "Porto", "4050-510"),
        geo=geo(41.1405, -8.6130),
        amen={"Free WiFi": True, "Pool": False, "River view": True, "Bar": True, "Parking": False},
        rating=(4.5, 1544),
        offers=[("Double Room River View", "189.00"), ("Twin Room", "150.00")],
        checkin="15:00",
        checkout="11:00",
        pets=False,
        reviews=[
            (
                "Sofia Marques",
                5,
                "2026-02-18",
                "Balcony over the Douro, breakfast with port tarts.",
            ),
            ("Daniel Kim", 4, "2025-11-30", "Noisy on Saturdays but the view!"),
        ],
        sameAs=["https://www.tripadvisor.example/Hotel_Review-d2002"],
        desc="Riverside hotel in Porto's Ribeira.",
    ),
    dict(
        key="casa-clerigos",
        type="BedAndBreakfast",
        name="Casa dos Clérigos",
        site="https://www.casadosclerigos.example/",
        lang="en",
        id=False,
        stars=None,
        price="€€",
        rooms=9,
        phone="+351 222 080 909",
        addr=address("Rua das Carmelitas 50", "Porto", "4050-162"),
        geo=geo(41.1468, -8.6150),
        amen={"Free WiFi": True, "Breakfast included": True, "Pool": False},
        rating=(4.9, 388),
        offers=[("Double Room with Breakfast", 115)],
        checkin="14:00",
        checkout="11:00",
        pets=False,
        reviews=[
            (
                "Isabel Rocha",
                5,
                "2026-01-25",
                "Homemade breakfast, two steps from the Clérigos tower.",
            )
        ],
        sameAs=[],
        desc="A nine-room guesthouse by the Clérigos tower.",
    ),
    dict(
        key="foz-atlantico",
        type="Hotel",
        name="Hotel Foz Atlântico",
        site="https://www.fozatlantico.example/",
        lang="en",
        id=True,
        stars=4,
        price="€€€",
        rooms=90,
        phone="+351 226 170 300",
        addr=address("Avenida do Brasil 300", "Porto", "4150-153"),
        geo=geo(41.1560, -8.6790),
        amen={
            "Free WiFi": True,
            "Outdoor pool": True,
            "Spa": True,
            "Sea view": True,
            "Parking": True,
        },
        rating=(4.2, 876),
        offers=[("Ocean View Double", "205.00")],
        checkin="15:00",
        checkout="12:00",
        pets=True,
        reviews=[("Mark Evans", 4, "2026-05-09", "Pool by the ocean, far from the old town.")],
        sameAs=[],
        desc="Seafront hotel in Foz do Douro.",
    ),
    dict(
        key="quinta-serra",
        type="Hotel",
        name="Quinta da Serra Sintra",
        site="https://www.quintadaserra.example/",
        lang="en",
        id=True,
        stars=5,
        price="€€€€",
        rooms=40,
        phone="+351 219 230 500",
        addr=address("Estrada da Pena 7", "Sintra", "2710-609"),
        geo=geo(38.7880, -9.3880),
        amen={
            "Free WiFi": True,
            "Outdoor pool": True,
            "Free parking": True,
            "Spa": True,
            "Garden": True,
        },
        rating=(4.8, 512),
        offers=[("Garden Suite", "390.00"), ("Classic Double", "260.00")],
        checkin="16:00",
        checkout="12:00",
        pets=False,
        reviews=[("Olivia Brown", 5, "2026-04-28", "A palace of our own under the Pena palace.")],
        sameAs=["https://www.instagram.com/quintadaserra.example"],
        desc="A 19th-century estate hotel in the Sintra hills.",
    ),
    dict(
        key="vila-lagoa",
        type="Resort",
        name="Vila Lagoa Resort",
        site="https://www.vilalagoa.example/",
        lang="en",
        id=True,
        stars=5,
        price="€€€€",
        rooms=220,
        phone="+351 282 350 000",
        addr=address("Praia do Carvoeiro", "Lagoa", "8400-517", "PT", "Algarve"),
        geo=geo(37.0960, -8.4710),
        amen={
            "Free WiFi": True,
            "Outdoor pool": True,
            "Kids club": True,
            "Beach access": True,
            "Spa": True,
            "Tennis court": True,
        },
        rating=(4.5, 2640),
        offers=[("Deluxe Sea View", 310), ("Family Villa", 580)],
        checkin="15:00",
        checkout="11:00",
        pets=False,
        reviews=[
            ("Emma Wilson", 5, "2026-05-16", "Kids club saved our holiday."),
            ("Luca Bianchi", 4, "2026-04-03", "Beautiful beach, buffet average."),
        ],
        sameAs=[],
        desc="Clifftop beach resort in Carvoeiro.",
    ),
    dict(
        key="faro-marina",
        type="Hotel",
        name="Faro Marina Hotel",
        site="https://www.faromarina.example/",
        lang="en",
        id=False,
        stars=3,
        price="€€",
        rooms=75,
        phone="+351 289 800 120",
        addr=address("Rua da Marina 5", "Faro", "8000-151", "PT", "Algarve"),
        geo=geo(37.0150, -7.9350),
        amen={
            "WiFi in public areas": True,
            "Free WiFi": False,
            "Outdoor pool": True,
            "Airport shuttle": True,
        },
        rating=(3.8, 940),
        offers=[("Standard Double", "89.00")],
        checkin="14:00",
        checkout="12:00",
        pets=False,
        reviews=[("Nuno Pires", 3, "2026-02-10", "Fine for one night before the flight.")],
        sameAs=[],
        desc="Marina-side hotel ten minutes from Faro airport.",
    ),
]


def hotel_node(h: dict, page_url: str) -> dict:
    obj: dict[str, Any] = {
        "@type": h["type"],
        "name": h["name"],
        "description": h["desc"],
        "url": h["site"],
        "telephone": h["phone"],
        "address": h["addr"],
        "geo": h["geo"],
        "priceRange": h["price"],
        "numberOfRooms": h["rooms"],
        "checkinTime": h["checkin"],
        "checkoutTime": h["checkout"],
        "petsAllowed": h["pets"],
        "image": h["site"] + "img/facade.jpg",
        "amenityFeature": amenities(h["amen"], h.get("amen_str", False)),
        "aggregateRating": agg(h["rating"][0], h["rating"][1]),
        "review": [review(*r) for r in h["reviews"]],
        "makesOffer": [offer(n, p) for n, p in h["offers"]],
    }
    if h["id"]:
        obj = {"@id": h["site"] + "#hotel", **obj}
    if h["stars"] is not None:
        obj["starRating"] = {"@type": "Rating", "ratingValue": h["stars"]}
    city = h["addr"]["addressLocality"]
    obj["containedInPlace"] = {"@type": "City", "name": city}
    if h["sameAs"]:
        obj["sameAs"] = h["sameAs"]
    return obj


# ----------------------------------------------------------------------------- restaurants
WEEK, TUE_SAT = ALL_DAYS, DAYS[1:6]
RESTAURANTS: list[dict[str, Any]] = [
    dict(
        key="varanda-do-tejo",
        type="Restaurant",
        name="Varanda do Tejo",
        site="https://www.tejopalace.example/dining/",
        lang="en",
        id="https://www.tejopalace.example/dining/#restaurant",
        within="https://www.tejopalace.example/#hotel",
        cuisine=["Portuguese", "Mediterranean"],
        price="€€€€",
        phone="+351 213 400 210",
        addr=address("Praça do Comércio 31", "Lisbon", "1100-148"),
        geo=geo(38.7077, -9.1365),
        hours=hours([(WEEK, "12:30", "15:00"), (WEEK, "19:30", "23:00")]),
        rating=(4.5, 320),
        reserve=True,
        reviews=[("Paul Meyer", 5, "2026-03-08", "Sea bass and a view of the river.")],
    ),
    dict(
        key="tasca-da-se",
        type="Restaurant",
        name="Tasca da Sé",
        site="https://www.tascadase.example/",
        lang="en",
        id="https://www.tascadase.example/#restaurant",
        cuisine="Portuguese",
        price="€€",
        phone="+351 218 860 310",
        addr=address("Largo da Sé 4", "Lisbon", "1100-585"),
        geo=geo(38.7099, -9.1330),
        hours=hours([(TUE_SAT, "12:00", "23:00"), (["Sunday"], "12:00", "16:00")]),
        rating=(4.7, 980),
        reserve="True",
        reviews=[
            ("Laura Silva", 5, "2026-04-11", "Best bacalhau à brás in Alfama."),
            ("Ben Carter", 4, "2026-02-27", "Cash only, worth the queue."),
        ],
    ),
    dict(
        key="marisqueira-do-cais",
        type="Restaurant",
        name="Marisqueira do Cais",
        site="https://www.marisqueiradocais.example/",
        lang="en",
        id=None,
        cuisine="Seafood",
        price="€€€",
        phone="+351 213 420 420",
        addr=address("Cais do Sodré 9", "Lisbon", "1200-450"),
        geo=geo(38.7061, -9.1446),
        hours=hours([(WEEK, "12:00", "00:00")], seconds=True),
        rating=(4.3, 2210),
        reserve=False,
        reviews=[("Anna Kowalska", 4, "2026-01-19", "Giant prawns, loud and fun.")],
    ),
    dict(
        key="belem-doce",
        type="CafeOrCoffeeShop",
        name="Pastelaria Belém Doce",
        site="https://www.belemdoce.example/",
        lang="en",
        id=None,
        cuisine=["Bakery", "Café"],
        price="€",
        phone="+351 213 637 400",
        addr=address("Rua de Belém 84", "Lisbon", "1300-085"),
        geo=geo(38.6976, -9.2030),
        opening="Mo-Su 08:00-20:00",
        rating=(4.8, 5400),
        reserve=False,
        reviews=[("Chloe Martin", 5, "2026-05-01", "Warm custard tarts with cinnamon.")],
    ),
    dict(
        key="bar-miradouro-28",
        type="BarOrPub",
        name="Bar Miradouro 28",
        site="https://www.miradouro28.example/",
        lang="en",
        id=None,
        cuisine="Petiscos",
        price="€€",
        phone="+351 218 870 028",
        addr=address("Calçada da Graça 28", "Lisbon", "1100-265"),
        geo=geo(38.7160, -9.1313),
        hours=hours(
            [(["Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], "18:00", "02:00")]
        ),
        rating=(4.0, 410),
        reserve=False,
        reviews=[("Joana Reis", 4, "2026-03-30", "Sunset cocktails over the city.")],
    ),
    dict(
        key="sushi-alfama",
        type="Restaurant",
        name="Sushi Alfama",
        site="https://www.sushialfama.example/",
        lang="en",
        id=None,
        cuisine="Japanese",
        price="€€€",
        phone="+351 218 870 555",
        addr=address("Rua dos Remédios 60", "Lisbon", "1100-443"),
        geo=geo(38.7118, -9.1280),
        hours=hours([(DAYS[0:6], "19:00", "23:30")]),
        rating=(3.9, 210),
        reserve=True,
        reviews=[("Kenji Sato", 3, "2026-02-14", "Fresh fish, rice too cold.")],
    ),
    dict(
        key="adega-do-ribeiro",
        type="Restaurant",
        name="Adega do Ribeiro",
        site="https://www.adegadoribeiro.example/",
        lang="pt",
        id="https://www.adegadoribeiro.example/#restaurante",
        cuisine=["Portuguesa", "Marisco"],
        price="€€",
        phone="+351 222 005 005",
        addr=address("Rua da Fonte Taurina 15", "Porto", "4050-264", "Portugal"),
        geo=geo(41.1410, -8.6121, True),
        hours=hours([(DAYS[0:6], "12:00", "22:30")], iri=False),
        rating=(4.4, 760),
        reserve="True",
        reviews=[("Miguel Santos", 5, "2026-03-12", "Polvo à lagareiro perfeito.")],
    ),
    dict(
        key="francesinha-co",
        type="Restaurant",
        name="Francesinha & Co",
        site="https://www.francesinhaco.example/",
        lang="en",
        id=None,
        cuisine="Portuguese",
        price="€",
        phone="+351 222 010 101",
        addr=address("Rua de Santa Catarina 210", "Porto", "4000-442"),
        geo=geo(41.1498, -8.6060),
        hours=hours([(WEEK, "11:30", "23:00")]),
        rating=(4.1, 1300),
        reserve=False,
        reviews=[("Tom Becker", 4, "2026-04-06", "The sauce is the secret.")],
    ),
    dict(
        key="mercado-verde",
        type="Restaurant",
        name="Mercado Verde",
        site="https://www.mercadoverde.example/",
        lang="en",
        id=None,
        cuisine=["Vegetarian", "Vegan"],
        price="€€",
        phone="+351 222 030 303",
        addr=address("Rua do Almada 120", "Porto", "4050-031"),
        geo=geo(41.1490, -8.6120),
        hours=hours([(TUE_SAT, "12:00", "22:00")]),
        rating=(4.6, 410),
        reserve=True,
        reviews=[("Nina Hoffmann", 5, "2026-05-20", "Even my carnivore friends loved it.")],
    ),
    dict(
        key="patio-da-quinta",
        type="Restaurant",
        name="O Pátio da Quinta",
        site="https://www.quintadaserra.example/restaurant/",
        lang="en",
        id="https://www.quintadaserra.example/restaurant/#restaurant",
        within="https://www.quintadaserra.example/#hotel",
        cuisine="Portuguese",
        price="€€€",
        phone="+351 219 230 510",
        addr=address("Estrada da Pena 7", "Sintra", "2710-609"),
        geo=geo(38.7880, -9.3880),
        hours=hours([(["Thursday", "Friday", "Saturday", "Sunday"], "19:00", "22:30")]),
        rating=(4.6, 150),
        reserve=True,
        reviews=[("Olivia Brown", 5, "2026-04-27", "Candlelit dinner in the courtyard.")],
    ),
    dict(
        key="casa-queijadas",
        type="CafeOrCoffeeShop",
        name="Casa das Queijadas",
        site="https://www.casadasqueijadas.example/",
        lang="en",
        id=None,
        cuisine="Bakery",
        price="€",
        phone="+351 219 230 030",
        addr=address("Rua das Padarias 3", "Sintra", "2710-603"),
        geo=geo(38.7975, -9.3905),
        hours=hours([(WEEK, "09:00", "19:00")]),
        rating=(4.5, 1900),
        reserve=False,
        reviews=[("Pedro Nunes", 5, "2026-01-03", "Queijadas and travesseiros still warm.")],
    ),
    dict(
        key="sal-e-mar",
        type="Restaurant",
        name="Sal e Mar",
        site="https://www.salemar.example/",
        lang="en",
        id=None,
        cuisine=["Seafood", "Grill"],
        price="€€€",
        phone="+351 282 760 760",
        addr=address("Avenida dos Descobrimentos 18", "Lagos", "8600-645", "PT", "Algarve"),
        geo=geo(37.1010, -8.6730),
        hours=hours([(DAYS[1:7], "12:00", "22:00")]),
        rating=(4.5, 640),
        reserve=True,
        reviews=[("Sarah Johnson", 5, "2026-05-11", "Grilled sardines right off the boat.")],
    ),
]


def restaurant_node(r: dict) -> dict:
    obj: dict[str, Any] = {
        "@type": r["type"],
        "name": r["name"],
        "url": r["site"],
        "telephone": r["phone"],
        "servesCuisine": r["cuisine"],
        "priceRange": r["price"],
        "address": r["addr"],
        "geo": r["geo"],
        "acceptsReservations": r["reserve"],
        "menu": r["site"] + "menu/",
        "aggregateRating": agg(r["rating"][0], r["rating"][1], None),
        "review": [review(*x) for x in r["reviews"]],
    }
    if r.get("id"):
        obj = {"@id": r["id"], **obj}
    if "hours" in r:
        obj["openingHoursSpecification"] = r["hours"]
    else:
        obj["openingHours"] = r["opening"]
    if r.get("within"):
        obj["containedInPlace"] = {"@id": r["within"]}
    return obj


# ----------------------------------------------------------------------------- sights
BOARD = "https://www.lisboa-turismo.example/"
PORTO_BOARD = "https://www.visitporto.example/"
SIGHTS: list[dict[str, Any]] = [
    dict(
        key="castelo",
        types=["TouristAttraction", "LandmarksOrHistoricalBuildings"],
        name="Castelo de São Jorge",
        alt="São Jorge Castle",
        board=BOARD,
        addr=address("Rua de Santa Cruz do Castelo", "Lisboa", "1100-129"),
        geo=geo(38.7139, -9.1335),
        hours=hours([(WEEK, "09:00", "21:00")]),
        free=False,
        ticket=("Adult ticket", 15),
        wiki="https://en.wikipedia.org/wiki/S%C3%A3o_Jorge_Castle",
        rating=(4.6, 61000),
    ),
    dict(
        key="jeronimos",
        types=["TouristAttraction", "Church"],
        name="Mosteiro dos Jerónimos",
        alt="Jerónimos Monastery",
        board=BOARD,
        addr=address("Praça do Império", "Lisboa", "1400-206"),
        geo=geo(38.6979, -9.2065),
        hours=hours([(DAYS[1:7], "09:30", "17:30")]),
        free=False,
        ticket=("Full ticket", 12),
        wiki="https://en.wikipedia.org/wiki/Jer%C3%B3nimos_Monastery",
        rating=(4.7, 48000),
    ),
    dict(
        key="torre-belem",
        types=["TouristAttraction", "LandmarksOrHistoricalBuildings"],
        name="Torre de Belém",
        alt="Belém Tower",
        board=BOARD,
        addr=address("Avenida Brasília", "Lisboa", "1400-038"),
        geo=geo(38.6916, -9.2160),
        hours=hours([(DAYS[1:7], "09:30", "18:00")]),
        free=False,
        ticket=("Full ticket", 8),
        wiki="https://en.wikipedia.org/wiki/Bel%C3%A9m_Tower",
        rating=(4.5, 72000),
    ),
    dict(
        key="oceanario",
        types=["TouristAttraction", "Aquarium"],
        name="Oceanário de Lisboa",
        alt="Lisbon Oceanarium",
        board=BOARD,
        addr=address("Esplanada Dom Carlos I", "Lisboa", "1990-005"),
        geo=geo(38.7635, -9.0937),
        opening="Mo-Su 10:00-19:00",
        free=False,
        ticket=("Adult ticket", "25.00"),
        wiki="https://en.wikipedia.org/wiki/Lisbon_Oceanarium",
        rating=(4.7, 83000),
    ),
    dict(
        key="senhora-do-monte",
        types=["TouristAttraction"],
        name="Miradouro da Senhora do Monte",
        alt="Senhora do Monte viewpoint",
        board=BOARD,
        addr=address("Largo Monte", "Lisboa", "1170-107"),
        geo=geo(38.7192, -9.1327),
        free=True,
        wiki=None,
        rating=(4.8, 15000),
    ),
    dict(
        key="livraria-lello",
        types=["TouristAttraction", "BookStore"],
        name="Livraria Lello",
        alt="Lello Bookshop",
        board=PORTO_BOARD,
        addr=address("Rua das Carmelitas 144", "Porto", "4050-161"),
        geo=geo(41.1469, -8.6149),
        hours=hours([(WEEK, "09:30", "19:00")]),
        free=False,
        ticket=("Entry voucher", 8),
        wiki="https://en.wikipedia.org/wiki/Livraria_Lello",
        rating=(4.3, 39000),
    ),
    dict(
        key="pena",
        types=["TouristAttraction", "Castle"],
        name="Palácio da Pena",
        alt="Pena Palace",
        board="https://www.sintra-turismo.example/",
        addr=address("Estrada da Pena", "Sintra", "2710-609"),
        geo=geo(38.7876, -9.3906),
        hours=hours([(WEEK, "09:30", "18:30")]),
        free=False,
        ticket=("Palace and park ticket", 20),
        wiki="https://en.wikipedia.org/wiki/Pena_Palace",
        rating=(4.6, 90000),
    ),
    dict(
        key="ponta-da-piedade",
        types=["TouristAttraction"],
        name="Ponta da Piedade",
        alt=None,
        board="https://www.algarve-turismo.example/",
        addr=address("Estrada da Ponta da Piedade", "Lagos", "8600-544", "PT", "Algarve"),
        geo=geo(37.0810, -8.6690),
        free=True,
        wiki="https://en.wikipedia.org/wiki/Ponta_da_Piedade",
        rating=(4.8, 21000),
    ),
]


def sight_id(s: dict) -> str:
    return f"{s['board']}en/places/{s['key']}#place"


def sight_node(s: dict) -> dict:
    obj: dict[str, Any] = {
        "@id": sight_id(s),
        "@type": s["types"],
        "name": s["name"],
        "address": s["addr"],
        "geo": s["geo"],
        "isAccessibleForFree": s["free"],
        "publicAccess": True,
        "aggregateRating": agg(s["rating"][0], s["rating"][1]),
    }
    if s.get("alt"):
        obj["alternateName"] = s["alt"]
    if "hours" in s:
        obj["openingHoursSpecification"] = s["hours"]
    elif "opening" in s:
        obj["openingHours"] = s["opening"]
    if s.get("ticket"):
        obj["offers"] = offer(*s["ticket"])
    if s.get("wiki"):
        obj["sameAs"] = s["wiki"]
    return obj


# ----------------------------------------------------------------------------- events
def place(name: str, addr: dict) -> dict:
    return {"@type": "Place", "name": name, "address": addr}


def ev_offer(name: str, price: Any, avail: str) -> dict:
    return {
        **offer(name, price),
        "availability": f"https://schema.org/{avail}",
        "validFrom": "2026-01-15",
    }


def person(name: str) -> dict:
    return {"@type": "Person", "name": name}


def group(name: str) -> dict:
    return {"@type": "MusicGroup", "name": name}


def org(name: str, url: str) -> dict:
    return {"@type": "Organization", "name": name, "url": url}


CML = org("Câmara Municipal de Lisboa", "https://www.lisboa.example/")
EVENTS: list[tuple[str, str, dict]] = [
    (
        BOARD,
        "en/events/santo-antonio-2026",
        {
            "@type": "Festival",
            "name": "Festas de Santo António 2026",
            "startDate": "2026-06-12T18:00:00+01:00",
            "endDate": "2026-06-13T06:00:00+01:00",
            "location": place("Alfama", address("Largo de São Miguel", "Lisboa", "1100-562")),
            "isAccessibleForFree": True,
            "organizer": CML,
            "eventStatus": "https://schema.org/EventScheduled",
            "description": "Sardines, street parties and the marchas populares on the eve of Saint Anthony.",
        },
    ),
    (
        BOARD,
        "en/events/noite-de-fado-castelo",
        {
            "@type": "MusicEvent",
            "name": "Noite de Fado no Castelo",
            "startDate": "2026-07-18T21:30:00+01:00",
            "endDate": "2026-07-18T23:30:00+01:00",
            "location": {"@id": BOARD + "en/places/castelo#place"},
            "performer": [person("Marta Rebelo"), person("Duarte Valente")],
            "organizer": CML,
            "offers": ev_offer("General admission", "25.00", "InStock"),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        },
    ),
    (
        "https://www.tejosonoro.example/",
        "",
        {
            "@type": "Festival",
            "name": "Festival Tejo Sonoro",
            "startDate": "2026-07-09",
            "endDate": "2026-07-11",
            "location": place(
                "Passeio Marítimo de Algés",
                address("Passeio Marítimo de Algés", "Oeiras", "1495-165"),
            ),
            "performer": [
                group("The Lighthouse Keepers"),
                group("Maré Alta"),
                group("Northern Static"),
            ],
            "organizer": org("Sonoro Produções", "https://www.tejosonoro.example/"),
            "offers": [
                ev_offer("3-day pass", 189, "SoldOut"),
                ev_offer("Day ticket", 79, "InStock"),
            ],
            "eventStatus": "https://schema.org/EventScheduled",
        },
    ),
    (
        PORTO_BOARD,
        "en/events/sao-joao-2026",
        {
            "@type": "Festival",
            "name": "Festa de São João do Porto",
            "startDate": "2026-06-23T20:00:00+01:00",
            "endDate": "2026-06-24T08:00:00+01:00",
            "location": place("Ribeira", address("Praça da Ribeira", "Porto", "4050-513")),
            "isAccessibleForFree": True,
            "organizer": org("Câmara Municipal do Porto", "https://www.porto.example/"),
            "eventStatus": "https://schema.org/EventScheduled",
        },
    ),
    (
        PORTO_BOARD,
        "en/events/porto-wine-week",
        {
            "@type": "FoodEvent",
            "name": "Porto Wine Week",
            "startDate": "2026-05-14",
            "endDate": "2026-05-17",
            "location": place(
                "Alfândega do Porto", address("Rua Nova da Alfândega", "Porto", "4050-430")
            ),
            "offers": ev_offer("Tasting pass", "35.00", "InStock"),
            "organizer": org(
                "Associação dos Vinhos do Porto", "https://www.vinhosdoporto.example/"
            ),
            "eventStatus": "https://schema.org/EventScheduled",
        },
    ),
    (
        "https://www.sintra-turismo.example/",
        "en/events/noites-de-verao-pena",
        {
            "@type": "MusicEvent",
            "name": "Noites de Verão na Pena",
            "startDate": "2026-08-08T21:00:00+01:00",
            "location": {"@id": "https://www.sintra-turismo.example/en/places/pena#place"},
            "performer": group("Orquestra de Câmara de Sintra"),
            "offers": ev_offer("Ticket", 30, "InStock"),
            "eventStatus": "https://schema.org/EventScheduled",
        },
    ),
    (
        "https://www.algarve-turismo.example/",
        "en/events/festival-descobrimentos",
        {
            "@type": "Festival",
            "name": "Festival dos Descobrimentos",
            "startDate": "2026-05-01",
            "endDate": "2026-05-03",
            "location": place(
                "Lagos old town", address("Praça do Infante", "Lagos", "8600-525", "PT", "Algarve")
            ),
            "eventStatus": "https://schema.org/EventCancelled",
            "isAccessibleForFree": True,
        },
    ),
    (
        BOARD,
        "en/events/lisbon-food-weekend",
        {
            "@type": "FoodEvent",
            "name": "Lisbon Food Market Weekend",
            "startDate": "2026-10-10",
            "endDate": "2026-10-11",
            "previousStartDate": "2026-09-19",
            "eventStatus": "https://schema.org/EventRescheduled",
            "location": place(
                "Mercado da Ribeira", address("Avenida 24 de Julho 49", "Lisboa", "1200-479")
            ),
            "offers": ev_offer("Entry", 5, "InStock"),
        },
    ),
    (
        "https://www.tejopalace.example/",
        "events/jazz-no-terraco",
        {
            "@type": "MusicEvent",
            "name": "Jazz no Terraço",
            "startDate": "2026-06-05T20:00:00+01:00",
            "location": {"@id": "https://www.tejopalace.example/#hotel"},
            "performer": group("Trio Baixa"),
            "offers": ev_offer("Dinner and concert", "40.00", "LimitedAvailability"),
            "eventStatus": "https://schema.org/EventScheduled",
        },
    ),
    (
        "https://www.algarve-turismo.example/",
        "en/events/festival-da-ostra",
        {
            "@type": "FoodEvent",
            "name": "Festival da Ostra de Faro",
            "startDate": "2026-09-05",
            "endDate": "2026-09-06",
            "location": place(
                "Jardim Manuel Bivar",
                address("Jardim Manuel Bivar", "Faro", "8000-138", "PT", "Algarve"),
            ),
            "offers": ev_offer("Tasting", "12.00", "InStock"),
            "eventStatus": "https://schema.org/EventScheduled",
        },
    ),
]


# ----------------------------------------------------------------------------- other pages
def listing_pages() -> list[Page]:
    """Pages about other sites' businesses: a booking aggregator's hotel pages, the tourism
    board's 'where to stay' list, a food blog's review."""
    pages = []
    agg_site = "https://www.stayfinder.example/"
    for key, name, same, value, count in [
        (
            "casa-do-arco",
            "Casa do Arco Boutique Hotel Alfama",
            "https://www.casa-do-arco.example/",
            "9.1",
            1204,
        ),
        (
            "ribeira-douro",
            "Ribeira Douro Hotel Porto",
            "https://www.ribeiradouro.example/",
            "8.7",
            2310,
        ),
        ("tejo-palace", "Tejo Palace Lisbon", "https://www.tejopalace.example/", "8.9", 3377),
    ]:
        h = next(x for x in HOTELS if x["key"] == key)
        p = Page(f"{agg_site}hotel/pt/{key}.en-gb.html", "en")
        site_furniture(
            p,
            agg_site,
            "StayFinder",
            [("Home", agg_site), ("Portugal", agg_site + "country/pt.html"), (name, p.url)],
        )
        p.block(
            {
                "@type": "Hotel",
                "name": name,
                "sameAs": same,
                "address": h["addr"],
                "priceRange": f"Prices from €{h['offers'][0][1]} per night",
                "aggregateRating": {
                    "@type": "AggregateRating",
                    "ratingValue": value,
                    "reviewCount": count,
                    "bestRating": "10",
                },
            }
        )
        pages.append(p)
    p = Page(BOARD + "en/where-to-stay", "en")
    site_furniture(p, BOARD, "Lisboa Turismo", [("Home", BOARD), ("Where to stay", p.url)])
    p.block(
        {
            "@type": "ItemList",
            "name": "Where to stay in Lisbon",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": i + 1,
                    "item": {
                        "@type": "Hotel",
                        "name": n,
                        "sameAs": s,
                        "starRating": {"@type": "Rating", "ratingValue": st},
                    },
                }
                for i, (n, s, st) in enumerate(
                    [
                        ("Tejo Palace", "https://www.tejopalace.example/", 5),
                        ("Hotel Belém Rio", "https://www.belemrio.example/", 4),
                        ("Casa do Arco", "https://www.casa-do-arco.example/", 4),
                    ]
                )
            ],
        }
    )
    pages.append(p)
    blog = "https://www.eatinglisbon.example/"
    p = Page(blog + "2026/04/tasca-da-se-review/", "en")
    site_furniture(
        p,
        blog,
        "Eating Lisbon",
        [("Home", blog), ("Reviews", blog + "reviews/"), ("A Tasca da Sé", p.url)],
    )
    p.block(
        {
            "@type": "Review",
            "name": "A Tasca da Sé: the bacalhau I dream about",
            "author": {"@type": "Person", "name": "Rita Vasconcelos", "url": blog + "about/"},
            "datePublished": "2026-04-15",
            "reviewRating": {"@type": "Rating", "ratingValue": 5, "bestRating": 5},
            "itemReviewed": {
                "@type": "Restaurant",
                "name": "A Tasca da Sé",
                "sameAs": "https://www.tascadase.example/",
                "servesCuisine": "Portuguese",
                "priceRange": "€€",
                "address": address("Largo da Sé 4", "Lisbon", "1100-585"),
            },
        }
    )
    pages.append(p)
    return pages


def pages() -> list[Page]:
    out = []
    for h in HOTELS:
        url = h["site"]
        p = Page(url, h["lang"] if h["lang"] == "pt" else None)
        site_furniture(p, h["site"], h["name"], [("Home", h["site"])])
        p.block(hotel_node(h, url))
        out.append(p)
    for r in RESTAURANTS:
        p = Page(r["site"], "pt" if r["lang"] == "pt" else None)
        site_furniture(p, r["site"], r["name"], [("Home", r["site"])])
        p.block(restaurant_node(r))
        out.append(p)
    for s in SIGHTS:
        p = Page(sight_id(s).split("#")[0], "en")
        site_furniture(
            p,
            s["board"],
            "Tourism board",
            [
                ("Home", s["board"]),
                ("Places", s["board"] + "en/places/"),
                (s["alt"] or s["name"], p.url),
            ],
        )
        p.block(sight_node(s))
        out.append(p)
    for site, path, ev in EVENTS:
        p = Page(site + path, "en")
        site_furniture(
            p,
            site,
            ev["name"],
            [("Home", site), ("Events", site + "en/events/"), (ev["name"], p.url)],
        )
        p.block({**ev, "url": p.url})
        out.append(p)
    return out + listing_pages()


def main() -> None:
    lines = [q for p in pages() for q in p.quads]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    out = HERE / "tourism.nq.gz"
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(data)
    print(out, len(lines), "quads")


if __name__ == "__main__":
    main()
