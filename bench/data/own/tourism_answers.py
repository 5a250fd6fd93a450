# ruff: noqa: E501  (one question a line)
"""Gold answers of ``tourism.jsonl``, computed with rdflib SPARQL over ``tourism.nq.gz`` (never
with kgchat), the union of its named graphs (one a crawled page).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("4.5E0", "15:00", "Mo-Su 08:00-20:00"); a node with its ``schema:name`` and
``schema:alternateName``\\ s; a schema.org enumeration IRI (``eventStatus``, ``availability``)
with its local name. A yes-or-no question answers with the boolean's lexical form and "Yes" or
"No". A question about a place in a town reads the town in ``addressLocality`` as the page
wrote it ("Lisbon" or "Lisboa"); amenities are ``LocationFeatureSpecification`` nodes whose
``value`` is true (a boolean or the string "True"), matched by their name as written in the
page's language. Unanswerable questions carry no query and ``answers: []``. Run from the
repository root: ``python bench/data/own/tourism_answers.py``.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

from rdflib import Dataset, Literal, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import write_answers

HERE = Path(__file__).parent
PRE = """PREFIX s: <http://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def named(var: str, name: str) -> str:
    """?var: the node called ``name`` (its name or an alternate name, any language)."""
    return f'?{var} s:name|s:alternateName ?nm_{var} . FILTER(STR(?nm_{var}) = "{name}") '


def lisbon(var: str, town: str = "Lisbon") -> str:
    towns = {"Lisbon": '"Lisbon", "Lisboa"'}.get(town, f'"{town}"')
    return f"?{var} s:address/s:addressLocality ?tw_{var} . FILTER(STR(?tw_{var}) IN ({towns})) "


def amenity(var: str, *names: str) -> str:
    alts = ", ".join(f'"{n}"' for n in names)
    return (
        f"?{var} s:amenityFeature [ s:name ?an_{var} ; s:value ?av_{var} ] . "
        f'FILTER(STR(?an_{var}) IN ({alts}) && LCASE(STR(?av_{var})) = "true") '
    )


LODGING = "?x a ?lt . VALUES ?lt { s:Hotel s:Hostel s:Resort s:BedAndBreakfast s:LodgingBusiness } "
YES = "yes"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # --- a traveller
    (
        "How many stars does Hotel Tejo Palace have?",
        "2hop",
        named("h", "Hotel Tejo Palace") + "?h s:starRating/s:ratingValue ?x",
    ),
    (
        "What time is check-in at Casa do Arco?",
        "literal",
        named("h", "Casa do Arco") + "?h a s:Hotel ; s:checkinTime ?x",
    ),
    (
        "What is the phone number of Tasca da Sé?",
        "1hop",
        named("h", "Tasca da Sé") + "?h s:telephone ?x",
    ),
    (
        "What kind of food does Mercado Verde serve?",
        "1hop",
        named("h", "Mercado Verde") + "?h s:servesCuisine ?x",
    ),
    (
        "What is the price range of Marisqueira do Cais?",
        "1hop",
        named("h", "Marisqueira do Cais") + "?h s:priceRange ?x",
    ),
    (
        "How many rooms does the Vila Lagoa Resort have?",
        "literal",
        named("h", "Vila Lagoa Resort") + "?h s:numberOfRooms ?x",
    ),
    (
        "What is the rating of Hotel Ribeira Douro?",
        "2hop",
        named("h", "Hotel Ribeira Douro") + "?h s:aggregateRating/s:ratingValue ?x",
    ),
    (
        "What time does Tasca da Sé open on Sunday?",
        "conjunction",
        named("h", "Tasca da Sé")
        + "?h s:openingHoursSpecification [ s:dayOfWeek ?d ; s:opens ?x ] . FILTER(STRENDS(STR(?d), 'Sunday'))",
    ),
    (
        "What are the opening hours of Pastelaria Belém Doce?",
        "1hop",
        named("h", "Pastelaria Belém Doce") + "?h s:openingHours ?x",
    ),
    (
        "Is there free wifi at Hotel Belém Rio?",
        "2hop",
        named("h", "Hotel Belém Rio") + "?h s:amenityFeature [ s:name 'Free WiFi' ; s:value ?x ]",
    ),
    (
        "does faro marina hotel have free wifi",
        "2hop",
        named("h", "Faro Marina Hotel") + "?h s:amenityFeature [ s:name 'Free WiFi' ; s:value ?x ]",
    ),
    (
        "Which hotels in Lisbon have a pool?",
        "conjunction",
        LODGING
        + lisbon("x")
        + amenity("x", "Indoor pool", "Outdoor pool", "Pool", "Piscina", "Piscina exterior"),
    ),
    ("where can I stay in porto?", "conjunction", LODGING + lisbon("x", "Porto")),
    (
        "Which restaurant has the best rating?",
        "conjunction",
        "?x a s:Restaurant ; s:aggregateRating/s:ratingValue ?v . } ORDER BY DESC(xsd:decimal(STR(?v))) LIMIT 1 #",
    ),
    (
        "Which place to stay has the most rooms?",
        "conjunction",
        LODGING + "?x s:numberOfRooms ?n . } ORDER BY DESC(?n) LIMIT 1 #",
    ),
    (
        "What does a double room cost at Casa do Arco?",
        "2hop",
        named("h", "Casa do Arco") + "?h s:makesOffer [ s:name 'Double Room' ; s:price ?x ]",
    ),
    (
        "Which restaurant is in Hotel Tejo Palace?",
        "inverse",
        named("h", "Hotel Tejo Palace") + "?x s:containedInPlace ?h ; a s:Restaurant",
    ),
    (
        "Where is the restaurant O Pátio da Quinta?",
        "1hop",
        named("h", "O Pátio da Quinta") + "?h s:containedInPlace ?x",
    ),
    (
        "Who performs at Noite de Fado no Castelo?",
        "1hop",
        named("e", "Noite de Fado no Castelo") + "?e s:performer ?x",
    ),
    (
        "When does Festival Tejo Sonoro start?",
        "literal",
        named("e", "Festival Tejo Sonoro") + "?e s:startDate ?x",
    ),
    (
        "Where is Noite de Fado no Castelo held?",
        "1hop",
        named("e", "Noite de Fado no Castelo") + "?e s:location ?x",
    ),
    (
        "What's on at São Jorge Castle?",
        "inverse",
        named("p", "São Jorge Castle") + "?x s:location ?p",
    ),
    (
        "Which events are free?",
        "conjunction",
        "?x a ?t ; s:isAccessibleForFree true . VALUES ?t { s:Event s:Festival s:MusicEvent s:FoodEvent }",
    ),
    (
        "Which events were cancelled?",
        "1hop",
        "?x s:eventStatus <https://schema.org/EventCancelled>",
    ),
    (
        "how much is a ticket for the pena palace",
        "2hop",
        named("p", "Pena Palace") + "?p s:offers/s:price ?x",
    ),
    (
        "Is the Senhora do Monte viewpoint free?",
        "1hop",
        named("p", "Senhora do Monte viewpoint") + "?p s:isAccessibleForFree ?x",
    ),
    (
        "What time does the Jerónimos Monastery open on Tuesday?",
        "conjunction",
        named("h", "Jerónimos Monastery")
        + "?h s:openingHoursSpecification [ s:dayOfWeek ?d ; s:opens ?x ] . FILTER(STRENDS(STR(?d), 'Tuesday'))",
    ),
    (
        "who organises the festas de santo antonio",
        "1hop",
        named("e", "Festas de Santo António 2026") + "?e s:organizer ?x",
    ),
    (
        "Who reviewed Hotel Tejo Palace?",
        "2hop",
        named("h", "Hotel Tejo Palace") + "?h s:review/s:author ?x",
    ),
    (
        "What rating did Lea Schmidt give?",
        "3hop",
        "?r s:author ?a . " + named("a", "Lea Schmidt") + "?r s:reviewRating/s:ratingValue ?x",
    ),
    (
        "Which places did Olivia Brown review?",
        "inverse",
        "?x s:review/s:author ?a . " + named("a", "Olivia Brown"),
    ),
    (
        "What's the address of Sal e Mar?",
        "2hop",
        named("h", "Sal e Mar") + "?h s:address/s:streetAddress ?x",
    ),
    (
        "What is the postcode of Livraria Lello?",
        "2hop",
        named("h", "Livraria Lello") + "?h s:address/s:postalCode ?x",
    ),
    (
        "In which town is Vila Lagoa Resort?",
        "2hop",
        named("h", "Vila Lagoa Resort") + "?h s:address/s:addressLocality ?x",
    ),
    (
        "What is Castelo de São Jorge called in English?",
        "alias",
        named("h", "Castelo de São Jorge") + "?h s:alternateName ?x",
    ),
    (
        "Which restaurants serve seafood?",
        "inverse",
        "?x a s:Restaurant ; s:servesCuisine ?c . FILTER(STR(?c) IN ('Seafood', 'Marisco'))",
    ),
    (
        "seafood restaurants in lisbon",
        "conjunction",
        "?x a s:Restaurant ; s:servesCuisine 'Seafood' . " + lisbon("x"),
    ),
    ("Which hotels have a spa?", "inverse", LODGING + amenity("x", "Spa")),
    (
        "Which hotels in the Algarve have an airport shuttle?",
        "conjunction",
        LODGING + "?x s:address/s:addressRegion 'Algarve' . " + amenity("x", "Airport shuttle"),
    ),
    (
        "Where can I stay in Sintra with free parking?",
        "conjunction",
        LODGING + lisbon("x", "Sintra") + amenity("x", "Free parking"),
    ),
    (
        "Which 4-star hotels are there in Lisbon?",
        "conjunction",
        LODGING + lisbon("x") + "?x s:starRating/s:ratingValue ?st . FILTER(STR(?st) = '4')",
    ),
    (
        "Who plays at Noites de Verão na Pena?",
        "1hop",
        named("e", "Noites de Verão na Pena") + "?e s:performer ?x",
    ),
    (
        "Which bands are playing Festival Tejo Sonoro?",
        "1hop",
        named("e", "Festival Tejo Sonoro") + "?e s:performer ?x",
    ),
    (
        "What does the 3-day pass for Festival Tejo Sonoro cost?",
        "2hop",
        named("e", "Festival Tejo Sonoro")
        + "?e s:offers [ s:name ?on ; s:price ?x ] . FILTER(STR(?on) = '3-day pass')",
    ),
    (
        "When was the Lisbon Food Market Weekend originally planned?",
        "literal",
        named("e", "Lisbon Food Market Weekend") + "?e s:previousStartDate ?x",
    ),
    ("Where is Porto Wine Week held?", "1hop", named("e", "Porto Wine Week") + "?e s:location ?x"),
    (
        "Which sights are in Sintra?",
        "conjunction",
        "?x a s:TouristAttraction . " + lisbon("x", "Sintra"),
    ),
    (
        "What is the latitude of Torre de Belém?",
        "2hop",
        named("h", "Torre de Belém") + "?h s:geo/s:latitude ?x",
    ),
    (
        "What events are on in Porto?",
        "conjunction",
        "?x a ?t ; s:location/s:address/s:addressLocality ?tw . FILTER(STR(?tw) = 'Porto') VALUES ?t { s:Event s:Festival s:MusicEvent s:FoodEvent }",
    ),
    # --- the same business under another name (another page)
    (
        "How many stars does Casa do Arco Boutique Hotel Alfama have?",
        "alias",
        named("a", "Casa do Arco Boutique Hotel Alfama")
        + "?a s:sameAs ?u . ?h s:url ?u ; s:starRating/s:ratingValue ?x",
    ),
    (
        "What's the score of Ribeira Douro Hotel Porto?",
        "alias",
        named("h", "Ribeira Douro Hotel Porto") + "?h s:aggregateRating/s:ratingValue ?x",
    ),
    (
        "What cuisine does A Tasca da Sé serve?",
        "alias",
        named("h", "A Tasca da Sé") + "?h s:servesCuisine ?x",
    ),
    (
        "Who wrote the review of A Tasca da Sé?",
        "inverse",
        named("h", "A Tasca da Sé") + "?r s:itemReviewed ?h ; s:author ?x",
    ),
    # --- a terse typist
    (
        "chek out time hotel foz atlantico",
        "typo",
        named("h", "Hotel Foz Atlântico") + "?h s:checkoutTime ?x",
    ),
    (
        "oceanario de lisboa opening hours",
        "typo",
        named("h", "Oceanário de Lisboa") + "?h s:openingHours ?x",
    ),
    (
        "phone numbr quinta da sera sintra",
        "typo",
        named("h", "Quinta da Serra Sintra") + "?h s:telephone ?x",
    ),
    (
        "are pets allowed at hotel jardim da estrela",
        "1hop",
        named("h", "Hotel Jardim da Estrela") + "?h s:petsAllowed ?x",
    ),
    ("pets allowed tejo palace?", "typo", named("h", "Hotel Tejo Palace") + "?h s:petsAllowed ?x"),
    (
        "what does casa das queijadas sell",
        "synonym",
        named("h", "Casa das Queijadas") + "?h s:servesCuisine ?x",
    ),
    (
        "price range francesinha and co",
        "typo",
        named("h", "Francesinha & Co") + "?h s:priceRange ?x",
    ),
    (
        "stars hotel belem rio",
        "typo",
        named("h", "Hotel Belém Rio") + "?h a s:Hotel ; s:starRating/s:ratingValue ?x",
    ),
    (
        "checkin time casa dos clerigos",
        "typo",
        named("h", "Casa dos Clérigos") + "?h s:checkinTime ?x",
    ),
    (
        "is the 3 day pass for tejo sonoro sold out",
        "typo",
        named("e", "Festival Tejo Sonoro")
        + "?e s:offers [ s:name ?on ; s:availability ?x ] . FILTER(STR(?on) = '3-day pass')",
    ),
    # --- sounds answerable, is not
    ("How many stars does Lisboa Oriente Hostel have?", "unanswerable", None),
    ("When does breakfast start at Hotel Ribeira Douro?", "unanswerable", None),
    ("Who is the chef at Tasca da Sé?", "unanswerable", None),
    ("Who performs at Porto Wine Week?", "unanswerable", None),
    ("What is the email address of Hotel Foz Atlântico?", "unanswerable", None),
    ("When did Hotel Tejo Palace open?", "unanswerable", None),
]


def main() -> None:
    ds = Dataset(default_union=True)
    with gzip.open(HERE / "tourism.nq.gz", "rb") as f:
        ds.parse(f, format="nquads")

    def names(x: object) -> list[str]:
        if isinstance(x, Literal):
            if (x.datatype and str(x.datatype).endswith("boolean")) or str(x).lower() in (
                "true",
                "false",
            ):
                return [str(x), "Yes" if str(x).lower() == "true" else "No"]
            return [str(x)]
        if isinstance(x, URIRef) and "schema.org/" in str(x):
            local = str(x).rsplit("/", 1)[-1]
            return [local, re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).capitalize()]
        out = [
            str(n)
            for p in ("name", "alternateName")
            for n in ds.objects(x, URIRef("http://schema.org/" + p))
        ]
        assert out, x
        return out

    def answers_of(query: str) -> list[str]:
        if query.endswith("#"):  # a query closing its own WHERE (ORDER BY ... LIMIT)
            sparql = PRE + "SELECT DISTINCT ?x WHERE { " + query[:-1]
        else:
            sparql = PRE + "SELECT DISTINCT ?x WHERE { " + query + " }"
        return [n for row in ds.query(sparql) for n in names(row[0])]

    write_answers(HERE / "tourism.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
