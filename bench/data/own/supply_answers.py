# ruff: noqa: E501  (one question a line)
"""Gold answers of ``supply.jsonl``, computed with rdflib SPARQL over ``supply/supply.ttl`` (never
with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form; an entity with every name it has (``ex:legalName``, ``ex:displayName``,
``skos:prefLabel`` in any language: any of them names the right entity), or with its IRI's last
segment (``PO-2024-000153``) where it has none, as order, shipment and certificate records
have none. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/supply_answers.py``.
"""

from __future__ import annotations

from pathlib import Path

from _answers_common import write_answers
from rdflib import Graph, Literal, URIRef

HERE = Path(__file__).parent
PRE = """PREFIX ex: <https://kg.acme-corp.example/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX qudt: <http://qudt.org/schema/qudt/>
"""
NAMES = "SELECT ?n WHERE { VALUES ?p { ex:legalName ex:displayName skos:prefLabel } ?s ?p ?n }"


def sup(name: str) -> str:
    """A supplier (or carrier) by any of its names, as ``?s``."""
    return f'?s ex:legalName|ex:displayName "{name}" .'


def part(name: str) -> str:
    return f'?s skos:prefLabel "{name}"@en .'


def po(code: str) -> str:
    return f"BIND(ex:{code} AS ?s)"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # 1hop
    (
        "which country is Kyoto Seimitsu based in",
        "1hop",
        f"SELECT ?x WHERE {{ {sup('Kyoto Seimitsu')} ?s ex:country ?x }}",
    ),
    (
        "who is the contact person at Nordisk Fästelement AB?",
        "1hop",
        f"SELECT ?x WHERE {{ {sup('Nordisk Fästelement AB')} ?s ex:hasContact ?x }}",
    ),
    (
        "which parts does Taiyo Sensor supply",
        "1hop",
        f"SELECT ?x WHERE {{ {sup('Taiyo Sensor')} ?s ex:suppliesPart ?x }}",
    ),
    (
        "vendor for PO-2024-000153",
        "1hop",
        f"SELECT ?x WHERE {{ {po('PO-2024-000153')} ?s ex:orderedFrom ?x }}",
    ),
    (
        "Which plant is PO-2024-000229 delivered to?",
        "1hop",
        f"SELECT ?x WHERE {{ {po('PO-2024-000229')} ?s ex:werks ?x }}",
    ),
    (
        "what's the status of PO-2024-000269",
        "1hop",
        f"SELECT ?x WHERE {{ {po('PO-2024-000269')} ?s ex:orderStatus ?x }}",
    ),
    (
        "who is the buyer on PO-2024-000319",
        "1hop",
        f"SELECT ?x WHERE {{ {po('PO-2024-000319')} ?s ex:buyer ?x }}",
    ),
    (
        "which carrier is handling shipment SHP-7781600",
        "1hop",
        f"SELECT ?x WHERE {{ {po('SHP-7781600')} ?s ex:carriedBy ?x }}",
    ),
    # literal
    (
        "what are the payment terms for Hollerbach",
        "literal",
        f"SELECT ?x WHERE {{ {sup('Hollerbach')} ?s ex:zterm ?x }}",
    ),
    (
        "incoterms agreed with Tecnoplast Brescia S.p.A.",
        "literal",
        f"SELECT ?x WHERE {{ {sup('Tecnoplast Brescia S.p.A.')} ?s ex:inco1 ?x }}",
    ),
    (
        "what material is the drive shaft 25 mm made of",
        "literal",
        f"SELECT ?x WHERE {{ {part('Drive shaft 25 mm')} ?s ex:material ?x }}",
    ),
    (
        "part number of the brake caliper body",
        "literal",
        f"SELECT ?x WHERE {{ {part('Brake caliper body')} ?s ex:partNumber ?x }}",
    ),
    (
        "requested delivery date for PO-2024-000346",
        "literal",
        f"SELECT ?x WHERE {{ {po('PO-2024-000346')} ?s ex:eindt ?x }}",
    ),
    (
        "when did SHP-7781923 ship?",
        "literal",
        f"SELECT ?x WHERE {{ {po('SHP-7781923')} ?s ex:shipDate ?x }}",
    ),
    (
        "tracking number for shipment SHP-7782052",
        "literal",
        f"SELECT ?x WHERE {{ {po('SHP-7782052')} ?s ex:trackingNumber ?x }}",
    ),
    (
        "What is Katrin Vogel's job title?",
        "literal",
        'SELECT ?x WHERE { ?s ex:displayName "Katrin Vogel" ; ex:jobTitle ?x }',
    ),
    (
        "email address of Hiroshi Tanaka",
        "literal",
        'SELECT ?x WHERE { ?s ex:displayName "Hiroshi Tanaka" ; ex:email ?x }',
    ),
    (
        "which city is Lakeshore Wire & Cable Corp. located in",
        "literal",
        f"SELECT ?x WHERE {{ {sup('Lakeshore Wire & Cable Corp.')} ?s ex:city ?x }}",
    ),
    (
        "supplier rating of Pune Forgings",
        "literal",
        f"SELECT ?x WHERE {{ {sup('Pune Forgings')} ?s ex:supplierRating ?x }}",
    ),
    (
        "total net value of PO-2024-000444",
        "literal",
        f"SELECT ?x WHERE {{ {po('PO-2024-000444')} ?s ex:totalNetValue ?x }}",
    ),
    # inverse
    (
        "who supplies the Hex nut M8 class 8",
        "inverse",
        f"SELECT ?x WHERE {{ {part('Hex nut M8 class 8')} ?x ex:suppliesPart ?s }}",
    ),
    (
        "which suppliers can deliver the deep groove ball bearing 6204-2RS",
        "inverse",
        f"SELECT ?x WHERE {{ {part('Deep groove ball bearing 6204-2RS')} ?x ex:suppliesPart ?s }}",
    ),
    (
        "which suppliers are based in China",
        "inverse",
        'SELECT ?x WHERE { ?x a ex:Supplier ; ex:country/skos:prefLabel "China"@en }',
    ),
    (
        "which supplier does Tomasz Nowak work for",
        "inverse",
        'SELECT ?x WHERE { ?s ex:displayName "Tomasz Nowak" . ?x ex:hasContact ?s }',
    ),
    (
        "list the purchase orders placed with Vitkovice Hydraulika",
        "inverse",
        f"SELECT ?x WHERE {{ {sup('Vitkovice Hydraulika')} ?x ex:orderedFrom ?s }}",
    ),
    # 2hop
    (
        "what components go into the brake caliper assembly",
        "2hop",
        f"SELECT ?x WHERE {{ {part('Brake caliper assembly')} ?s ex:hasBomLine/ex:component ?x }}",
    ),
    (
        "which assemblies use the hall effect sensor",
        "2hop",
        f"SELECT ?x WHERE {{ {part('Hall effect sensor')} ?a ex:hasBomLine/ex:component ?s . BIND(?a AS ?x) }}",
    ),
    (
        "which carrier shipped PO-2024-000398",
        "2hop",
        f"SELECT ?x WHERE {{ {po('PO-2024-000398')} ?h ex:fulfilsOrder ?s ; ex:carriedBy ?x }}",
    ),
    (
        "what part was ordered on PO-2024-000376",
        "2hop",
        f"SELECT ?x WHERE {{ {po('PO-2024-000376')} ?s ex:hasLine/ex:orderedPart ?x }}",
    ),
    (
        "which country is the vendor of PO-2024-000255 in",
        "2hop",
        f"SELECT ?x WHERE {{ {po('PO-2024-000255')} ?s ex:orderedFrom/ex:country ?x }}",
    ),
    (
        "gross weight of shipment SHP-7781750",
        "2hop",
        f"SELECT ?x WHERE {{ {po('SHP-7781750')} ?s ex:grossWeight/qudt:numericValue ?x }}",
    ),
    (
        "net weight of the gearbox housing",
        "2hop",
        f"SELECT ?x WHERE {{ {part('Gearbox housing')} ?s ex:netWeight/qudt:numericValue ?x }}",
    ),
    (
        "which suppliers hold an IATF 16949 certificate",
        "2hop",
        'SELECT ?x WHERE { ?c ex:standard/skos:prefLabel "IATF 16949:2016"@en . ?x ex:holdsCertificate ?c }',
    ),
    (
        "what's the shipment status for PO-2024-000217",
        "2hop",
        f"SELECT ?x WHERE {{ {po('PO-2024-000217')} ?h ex:fulfilsOrder ?s ; ex:shipmentStatus ?x }}",
    ),
    # 3hop
    (
        "who supplies the parts that go into the electric parking brake actuator",
        "3hop",
        f"SELECT ?x WHERE {{ {part('Electric parking brake actuator')} ?s ex:hasBomLine/ex:component ?p . ?x ex:suppliesPart ?p }}",
    ),
    (
        "how many pieces were ordered on PO-2024-000376",
        "3hop",
        f"SELECT ?x WHERE {{ {po('PO-2024-000376')} ?s ex:hasLine/ex:orderedQuantity/qudt:numericValue ?x }}",
    ),
    (
        "which carrier moved the goods ordered from Taiyo Sensor",
        "3hop",
        f"SELECT ?x WHERE {{ {sup('Taiyo Sensor')} ?o ex:orderedFrom ?s . ?h ex:fulfilsOrder ?o ; ex:carriedBy ?x }}",
    ),
    # conjunction
    (
        "which German suppliers make castings",
        "conjunction",
        'SELECT ?x WHERE { ?x ex:country/skos:prefLabel "Germany"@en ; ex:suppliesPart/ex:partCategory "casting" }',
    ),
    (
        "how many guide pins are in a brake caliper assembly",
        "conjunction",
        f'SELECT ?x WHERE {{ {part("Brake caliper assembly")} ?s ex:hasBomLine ?b . ?b ex:component/skos:prefLabel "Guide pin"@en ; ex:quantityPer ?x }}',
    ),
    (
        "when does the ISO 9001 certificate of Odlewnia Śląska expire",
        "conjunction",
        f'SELECT ?x WHERE {{ {sup("Odlewnia Śląska")} ?s ex:holdsCertificate ?c . ?c ex:standard/skos:prefLabel "ISO 9001:2015"@en ; ex:validUntil ?x }}',
    ),
    # synonym
    (
        "what's the ETA of SHP-7781588",
        "synonym",
        f"SELECT ?x WHERE {{ {po('SHP-7781588')} ?s ex:expectedArrival ?x }}",
    ),
    (
        "vendor score for Dunmore Rubber & Seals",
        "synonym",
        f"SELECT ?x WHERE {{ {sup('Dunmore Rubber & Seals Ltd')} ?s ex:supplierRating ?x }}",
    ),
    (
        "what does Huaxin Electronics make",
        "synonym",
        f"SELECT ?x WHERE {{ {sup('Huaxin Electronics')} ?s ex:suppliesPart ?x }}",
    ),
    (
        "delivery deadline of PO-2024-000457",
        "synonym",
        f"SELECT ?x WHERE {{ {po('PO-2024-000457')} ?s ex:eindt ?x }}",
    ),
    # alias
    (
        "what parts does NFE supply",
        "alias",
        'SELECT ?x WHERE { ?s skos:altLabel "NFE" ; ex:suppliesPart ?x }',
    ),
    (
        "who's our contact at GIB",
        "alias",
        'SELECT ?x WHERE { ?s skos:altLabel "GIB" ; ex:hasContact ?x }',
    ),
    ("payment terms of PCO", "alias", f"SELECT ?x WHERE {{ {sup('PCO')} ?s ex:zterm ?x }}"),
    # typo
    (
        "paymnet terms for Brenwald",
        "typo",
        f"SELECT ?x WHERE {{ {sup('Brennwald')} ?s ex:zterm ?x }}",
    ),
    (
        "who suplies the brake piston",
        "typo",
        f"SELECT ?x WHERE {{ {part('Brake piston')} ?x ex:suppliesPart ?s }}",
    ),
    (
        "contact at Vitkovice Hydraulica",
        "typo",
        f"SELECT ?x WHERE {{ {sup('Vitkovice Hydraulika')} ?s ex:hasContact ?x }}",
    ),
    (
        "which country is Metalurgica Sao Bento in",
        "typo",
        f"SELECT ?x WHERE {{ {sup('Metalúrgica São Bento Ltda.')} ?s ex:country ?x }}",
    ),
    # unanswerable
    ("what is the lead time for the pump housing gasket", "unanswerable", None),
    ("who is the CEO of Tecnoplast Brescia", "unanswerable", None),
    ("which suppliers are based in Canada", "unanswerable", None),
    ("what's the unit price of the hex bolt M8x30", "unanswerable", None),
]


def labels(g: Graph, x: object) -> list[str]:
    """A literal's lexical form; an entity's names, or its IRI's last segment."""
    if isinstance(x, Literal):
        return [str(x)]
    assert isinstance(x, URIRef), x
    names = [str(r[0]) for r in g.query(PRE + NAMES, initBindings={"s": x})]
    return names or [str(x).rsplit("/", 1)[-1]]


def main() -> None:
    g = Graph().parse(HERE / "supply" / "supply.ttl")
    write_answers(
        HERE / "supply.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + sparql) for a in labels(g, r[0])},
    )


if __name__ == "__main__":
    main()
