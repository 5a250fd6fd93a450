# ruff: noqa: E501  (one record a line)
"""Write ``supply/supply.ttl`` and ``supply/supply_shapes.ttl``: a manufacturer's supply-chain
knowledge graph as companies build them today, described by a SHACL shapes file.

The shape imitates an in-house enterprise knowledge graph (the kind built with TopBraid EDG,
Stardog or GraphDB over an ERP such as SAP S/4HANA): one company namespace
(``https://kg.acme-corp.example/``) for both the model and the records; opaque entity IRIs
(``ex:SUP-00417``, ``ex:PO-2024-000123``, ``ex:PRT-100234``); names in ``ex:legalName``,
``ex:displayName`` and ``skos:prefLabel`` (no ``rdfs:label`` on records); properties with NO
``rdfs:label`` at all: their names come only from the SHACL shapes
(``sh:property [ sh:path ...; sh:name "..."@en; sh:description "..."@en ]``), some of them
under ERP field codes (``ex:eindt`` "requested delivery date", ``ex:werks`` "receiving
plant", ``ex:zterm`` "payment terms", ``ex:inco1`` "incoterms"), some property shapes named
nodes, some blank nodes, one with an ``sh:inversePath``. Some classes carry ``rdfs:label``,
others are only named by their shape's ``rdfs:label``.

Records: suppliers (several countries), their contacts and certificates (ISO 9001, IATF 16949,
ISO 14001 as SKOS concepts), plants, parts and assemblies with bill-of-materials lines (an
n-ary node between assembly, component and quantity), purchase orders with order lines (an
n-ary node between order, part and a ``qudt:QuantityValue``), shipments with carriers, dates,
gross weights (``qudt:numericValue`` + ``qudt:unit unit:KiloGM``) and statuses (SKOS concepts
with English and German labels), buyers. ERP quirks kept: ``owl:sameAs`` to the legacy SAP
namespace (``https://erp.acme-corp.example/sap/LFA1/0000100417``), ``prov:wasGeneratedBy``
from every order and shipment to the nightly extract run, zero-padded codes, a few records
without a display name. About 5,000 triples. Seeded; stdlib + rdflib.
Run from the repository root: ``python bench/data/own/supply_make.py``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from rdflib import XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

EX = Namespace("https://kg.acme-corp.example/")
SH = Namespace("http://www.w3.org/ns/shacl#")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
ERP = Namespace("https://erp.acme-corp.example/sap/")
OUT = Path(__file__).parent / "supply"

# (code, legal name, display name or None, country, city, payment terms, incoterms, trading alias)
SUPPLIERS = [
    (
        "SUP-00417",
        "Brennwald Präzisionsteile GmbH",
        "Brennwald",
        "Germany",
        "Pforzheim",
        "Net 30",
        "FCA",
        None,
    ),
    (
        "SUP-00422",
        "Hollerbach Gusstechnik GmbH & Co. KG",
        "Hollerbach",
        "Germany",
        "Aalen",
        "Net 45",
        "DAP",
        None,
    ),
    (
        "SUP-00431",
        "Nordisk Fästelement AB",
        "Nordisk Fastener",
        "Sweden",
        "Eskilstuna",
        "Net 60",
        "FCA",
        "NFE",
    ),
    (
        "SUP-00438",
        "Kyoto Seimitsu Kogyo K.K.",
        "Kyoto Seimitsu",
        "Japan",
        "Kyoto",
        "Net 60",
        "FOB",
        None,
    ),
    (
        "SUP-00446",
        "Shenzhen Huaxin Electronics Co., Ltd.",
        "Huaxin Electronics",
        "China",
        "Shenzhen",
        "Net 90",
        "FOB",
        None,
    ),
    (
        "SUP-00452",
        "Precision Castings of Ohio, Inc.",
        "PCO",
        "United States",
        "Dayton",
        "Net 30",
        "EXW",
        None,
    ),
    (
        "SUP-00459",
        "Metalúrgica São Bento Ltda.",
        "São Bento",
        "Brazil",
        "Joinville",
        "Net 60",
        "CIF",
        None,
    ),
    ("SUP-00463", "Fonderie Lyonnaise SAS", None, "France", "Lyon", "Net 45", "DAP", None),
    (
        "SUP-00470",
        "Tecnoplast Brescia S.p.A.",
        "Tecnoplast",
        "Italy",
        "Brescia",
        "Net 60",
        "FCA",
        None,
    ),
    (
        "SUP-00476",
        "Odlewnia Śląska Sp. z o.o.",
        "Odlewnia Śląska",
        "Poland",
        "Gliwice",
        "Net 30",
        "DAP",
        None,
    ),
    (
        "SUP-00481",
        "Anadolu Rulman Sanayi A.Ş.",
        "Anadolu Rulman",
        "Turkey",
        "Bursa",
        "Net 60",
        "CIP",
        None,
    ),
    (
        "SUP-00489",
        "Hanjin Motion Components Co., Ltd.",
        "Hanjin Motion",
        "South Korea",
        "Changwon",
        "Net 45",
        "FOB",
        None,
    ),
    (
        "SUP-00494",
        "Dunmore Rubber & Seals Ltd",
        "Dunmore Seals",
        "United Kingdom",
        "Coventry",
        "Net 30",
        "DAP",
        None,
    ),
    (
        "SUP-00502",
        "Grupo Industrial Bajío S.A. de C.V.",
        "Bajío Industrial",
        "Mexico",
        "León",
        "Net 30",
        "FCA",
        "GIB",
    ),
    (
        "SUP-00507",
        "Vitkovice Hydraulika a.s.",
        "Vitkovice Hydraulika",
        "Czech Republic",
        "Ostrava",
        "Net 45",
        "DAP",
        None,
    ),
    (
        "SUP-00515",
        "Pune Forgings Private Limited",
        "Pune Forgings",
        "India",
        "Pune",
        "Net 90",
        "CIF",
        None,
    ),
    (
        "SUP-00521",
        "Lakeshore Wire & Cable Corp.",
        "Lakeshore Wire",
        "United States",
        "Kenosha",
        "Net 30",
        "FCA",
        None,
    ),
    (
        "SUP-00528",
        "Suzhou Jingda Plastics Co., Ltd.",
        "Jingda Plastics",
        "China",
        "Suzhou",
        "Net 60",
        "FOB",
        None,
    ),
    (
        "SUP-00533",
        "Elektro-Wicklung Rheintal GmbH",
        "EWR",
        "Austria",
        "Dornbirn",
        "Net 30",
        "DAP",
        None,
    ),
    (
        "SUP-00540",
        "Taiyo Sensor Devices Corporation",
        "Taiyo Sensor",
        "Japan",
        "Hamamatsu",
        "Net 60",
        "FOB",
        None,
    ),
]

# (code, name, country, city)
PLANTS = [
    ("PLT-DE01", "Stuttgart-Feuerbach Plant", "Germany", "Stuttgart"),
    ("PLT-US02", "Greenville Assembly Plant", "United States", "Greenville"),
    ("PLT-MX03", "Querétaro Plant", "Mexico", "Querétaro"),
    ("PLT-CN04", "Suzhou Plant", "China", "Suzhou"),
    ("PLT-PL05", "Wrocław Plant", "Poland", "Wrocław"),
]

# (number, name, material, unit of weight per piece in kg, category, suppliers)
PARTS = [
    (
        "100234",
        "Hex bolt M8x30 8.8 zinc plated",
        "steel 8.8",
        0.016,
        "fastener",
        ["SUP-00431", "SUP-00417"],
    ),
    ("100235", "Hex nut M8 class 8", "steel", 0.005, "fastener", ["SUP-00431"]),
    ("100241", "Flat washer 8.4 DIN 125", "steel", 0.002, "fastener", ["SUP-00431", "SUP-00502"]),
    ("100250", "Socket head cap screw M6x20", "steel 12.9", 0.007, "fastener", ["SUP-00431"]),
    (
        "110310",
        "Deep groove ball bearing 6204-2RS",
        "chrome steel",
        0.106,
        "bearing",
        ["SUP-00481", "SUP-00438"],
    ),
    ("110318", "Needle roller bearing HK2016", "bearing steel", 0.012, "bearing", ["SUP-00438"]),
    ("120402", "O-ring 32x3 FKM", "FKM", 0.003, "seal", ["SUP-00494"]),
    ("120405", "Radial shaft seal 25x40x7", "NBR", 0.011, "seal", ["SUP-00494", "SUP-00470"]),
    ("120411", "Pump housing gasket", "EPDM", 0.021, "seal", ["SUP-00494"]),
    (
        "130120",
        "Pump housing, die-cast aluminium",
        "AlSi9Cu3",
        0.840,
        "casting",
        ["SUP-00422", "SUP-00476"],
    ),
    ("130125", "Brake caliper body", "EN-GJS-400", 2.350, "casting", ["SUP-00452", "SUP-00476"]),
    ("130131", "Motor end cap", "AlSi12", 0.210, "casting", ["SUP-00463"]),
    ("130140", "Gearbox housing", "EN-GJL-250", 6.800, "casting", ["SUP-00422", "SUP-00459"]),
    (
        "140510",
        "Impeller, glass-fibre PA66",
        "PA66-GF30",
        0.045,
        "plastic part",
        ["SUP-00470", "SUP-00528"],
    ),
    ("140515", "Connector housing 6-pin", "PBT-GF20", 0.008, "plastic part", ["SUP-00528"]),
    ("140522", "Cable clip", "PA6", 0.001, "plastic part", ["SUP-00528", "SUP-00502"]),
    ("150610", "Brushless motor stator winding", "copper", 0.390, "electrical", ["SUP-00533"]),
    (
        "150618",
        "Wire harness, pump motor",
        "copper/PVC",
        0.120,
        "electrical",
        ["SUP-00521", "SUP-00502"],
    ),
    ("150625", "Hall effect sensor", "silicon", 0.002, "electronics", ["SUP-00540", "SUP-00446"]),
    ("150630", "Motor control PCB assembly", "FR-4", 0.055, "electronics", ["SUP-00446"]),
    ("160710", "Drive shaft 25 mm", "42CrMo4", 1.120, "forging", ["SUP-00515", "SUP-00417"]),
    ("160716", "Brake piston", "steel", 0.180, "machined part", ["SUP-00417", "SUP-00489"]),
    ("160721", "Guide pin", "steel", 0.030, "machined part", ["SUP-00417"]),
    ("160730", "Hydraulic valve block", "aluminium", 1.450, "machined part", ["SUP-00507"]),
    ("160735", "Ball screw 16x5", "steel", 0.650, "motion", ["SUP-00489"]),
    ("160740", "Bleeder screw M10x1", "steel", 0.006, "fastener", ["SUP-00417"]),
    ("160745", "Brake pad set", "organic friction", 0.720, "friction", ["SUP-00459"]),
]

# (number, name, [(component number, quantity per)])
ASSEMBLIES = [
    (
        "200100",
        "Electric water pump assembly",
        [
            ("130120", 1),
            ("140510", 1),
            ("150610", 1),
            ("150630", 1),
            ("120402", 2),
            ("120411", 1),
            ("100250", 4),
            ("110318", 1),
        ],
    ),
    (
        "200200",
        "Brake caliper assembly",
        [("130125", 1), ("160716", 2), ("160721", 2), ("160740", 1), ("160745", 1), ("120405", 2)],
    ),
    (
        "200300",
        "Electric parking brake actuator",
        [("160735", 1), ("150610", 1), ("150625", 1), ("140515", 1), ("130131", 1)],
    ),
    (
        "200400",
        "Gearbox sub-assembly",
        [
            ("130140", 1),
            ("160710", 1),
            ("110310", 2),
            ("120405", 1),
            ("100234", 8),
            ("100235", 8),
            ("100241", 8),
        ],
    ),
    (
        "200500",
        "Hydraulic control unit",
        [("160730", 1), ("150618", 1), ("150625", 2), ("120402", 4), ("140522", 3)],
    ),
]

CONTACT_NAMES = {
    "SUP-00417": ("Katrin Vogel", "Key Account Manager"),
    "SUP-00422": ("Jürgen Hollerbach", "Managing Director"),
    "SUP-00431": ("Annika Lindqvist", "Sales Manager"),
    "SUP-00438": ("Hiroshi Tanaka", "Export Sales Manager"),
    "SUP-00446": ("Li Wei", "Account Manager"),
    "SUP-00452": ("Megan O'Connor", "Customer Service Lead"),
    "SUP-00459": ("Rafael Almeida", "Commercial Director"),
    "SUP-00463": ("Élodie Marchand", "Responsable commercial"),
    "SUP-00470": ("Giulia Ferretti", "Sales Engineer"),
    "SUP-00476": ("Tomasz Nowak", "Quality Manager"),
    "SUP-00481": ("Emre Yılmaz", "Key Account Manager"),
    "SUP-00489": ("Park Ji-hoon", "Sales Manager"),
    "SUP-00494": ("Oliver Bennett", "Account Manager"),
    "SUP-00502": ("Ana Lucía Ramírez", "Gerente de Ventas"),
    "SUP-00507": ("Petr Dvořák", "Sales Manager"),
    "SUP-00515": ("Priya Deshmukh", "Business Development Manager"),
    "SUP-00521": ("Kevin Walsh", "Inside Sales"),
    "SUP-00528": ("Zhang Min", "Sales Manager"),
    "SUP-00533": ("Markus Egger", "Key Account Manager"),
    "SUP-00540": ("Yuki Sato", "Overseas Sales"),
}

BUYERS = [
    ("EMP-20311", "Sabine Krüger"),
    ("EMP-20457", "Daniel Reyes"),
    ("EMP-20502", "Chen Jing"),
    ("EMP-20618", "Marta Kowalska"),
]
CARRIERS = [
    ("CAR-001", "DHL Global Forwarding GmbH", "DHL"),
    ("CAR-002", "Kuehne + Nagel International AG", "Kuehne+Nagel"),
    ("CAR-003", "A.P. Moller - Maersk A/S", "Maersk"),
    ("CAR-004", "DB Schenker AG", "DB Schenker"),
    ("CAR-005", "C.H. Robinson Worldwide, Inc.", "C.H. Robinson"),
    ("CAR-006", "Nippon Express Co., Ltd.", "Nippon Express"),
]
STANDARDS = [
    ("std-iso9001", "ISO 9001:2015", "Quality management systems"),
    ("std-iatf16949", "IATF 16949:2016", "Automotive quality management system"),
    ("std-iso14001", "ISO 14001:2015", "Environmental management systems"),
    ("std-iso45001", "ISO 45001:2018", "Occupational health and safety management systems"),
]
BODIES = ["TÜV SÜD", "DEKRA Certification", "Bureau Veritas", "DNV", "SGS"]
ORDER_STATUS = [
    ("ostat-open", "open", "offen"),
    ("ostat-released", "released", "freigegeben"),
    ("ostat-confirmed", "confirmed by supplier", "bestätigt"),
    ("ostat-closed", "closed", "abgeschlossen"),
    ("ostat-cancelled", "cancelled", "storniert"),
]
SHIP_STATUS = [
    ("sstat-transit", "in transit", "unterwegs"),
    ("sstat-delivered", "delivered", "zugestellt"),
    ("sstat-delayed", "delayed", "verspätet"),
    ("sstat-customs", "held at customs", "im Zoll"),
]
COUNTRY_CODES = {
    "Germany": "DE",
    "Sweden": "SE",
    "Japan": "JP",
    "China": "CN",
    "United States": "US",
    "Brazil": "BR",
    "France": "FR",
    "Italy": "IT",
    "Poland": "PL",
    "Turkey": "TR",
    "South Korea": "KR",
    "United Kingdom": "GB",
    "Mexico": "MX",
    "Czech Republic": "CZ",
    "India": "IN",
    "Austria": "AT",
}


def shapes() -> Graph:
    """The SHACL shapes: the only place properties are named."""
    g = Graph()
    g.bind("ex", EX)
    g.bind("sh", SH)
    g.bind("qudt", QUDT)

    def shape(cls: str, label: str | None, props: list[tuple], named: bool = False) -> None:
        s = EX[cls + "Shape"]
        g.add((s, RDF.type, SH.NodeShape))
        g.add((s, SH.targetClass, EX[cls]))
        if label:
            g.add((s, RDFS.label, Literal(label, lang="en")))
        for i, (path, name, desc, kind, rng) in enumerate(props):
            p = EX[f"{cls}Shape-{path}"] if named else BNode()
            if named:
                g.add((p, RDF.type, SH.PropertyShape))
            g.add((s, SH.property, p))
            if path.startswith("^"):
                inv = BNode()
                g.add((inv, SH.inversePath, EX[path[1:]]))
                g.add((p, SH.path, inv))
            else:
                g.add((p, SH.path, EX[path]))
            g.add((p, SH.name, Literal(name, lang="en")))
            if desc:
                g.add((p, SH.description, Literal(desc, lang="en")))
            if kind == "class":
                g.add((p, SH["class"], EX[rng] if ":" not in rng else URIRef(rng)))
            elif kind == "datatype":
                g.add((p, SH.datatype, XSD[rng]))
            elif kind == "node":
                g.add((p, SH.node, EX[rng]))
            g.add((p, SH.order, Literal(i + 1)))

    Q = "QuantityValueShape"
    shape(
        "Supplier",
        None,
        [
            (
                "legalName",
                "legal name",
                "Registered legal name of the company.",
                "datatype",
                "string",
            ),
            ("displayName", "display name", "Short name used in reports.", "datatype", "string"),
            (
                "country",
                "country",
                "Country of the supplier's registered office.",
                "class",
                "Country",
            ),
            ("city", "city", None, "datatype", "string"),
            (
                "suppliesPart",
                "supplies part",
                "A part this supplier is approved to deliver (approved source list).",
                "class",
                "Part",
            ),
            (
                "zterm",
                "payment terms",
                "Agreed terms of payment (SAP field ZTERM).",
                "datatype",
                "string",
            ),
            (
                "inco1",
                "incoterms",
                "Incoterms 2020 rule agreed with the supplier (SAP field INCO1).",
                "datatype",
                "string",
            ),
            (
                "hasContact",
                "contact person",
                "A person at the supplier the buyers talk to.",
                "class",
                "Contact",
            ),
            (
                "holdsCertificate",
                "certificate",
                "A management-system certificate held by the supplier.",
                "class",
                "Certificate",
            ),
            (
                "supplierRating",
                "supplier rating",
                "Score from the last supplier evaluation, 0 to 100.",
                "datatype",
                "integer",
            ),
        ],
        named=True,
    )
    shape(
        "Plant",
        "Plant",
        [
            ("country", "country", None, "class", "Country"),
            ("city", "city", None, "datatype", "string"),
            (
                "plantCode",
                "plant code",
                "Four-character plant code in the ERP.",
                "datatype",
                "string",
            ),
        ],
    )
    shape(
        "Part",
        None,
        [
            ("partNumber", "part number", "Material number in the ERP.", "datatype", "string"),
            (
                "material",
                "material",
                "Material or grade the part is made of.",
                "datatype",
                "string",
            ),
            ("partCategory", "commodity", "Commodity group of the part.", "datatype", "string"),
            ("netWeight", "net weight", "Weight of one piece.", "node", Q),
        ],
        named=True,
    )
    shape(
        "Assembly",
        "Assembly",
        [
            (
                "hasBomLine",
                "bill of materials line",
                "A line of this assembly's bill of materials.",
                "class",
                "BomLine",
            ),
        ],
    )
    shape(
        "BomLine",
        "Bill of materials line",
        [
            ("component", "component", "The part used in the parent assembly.", "class", "Part"),
            (
                "quantityPer",
                "quantity per assembly",
                "Number of pieces of the component in one assembly.",
                "datatype",
                "integer",
            ),
        ],
    )
    shape(
        "PurchaseOrder",
        "Purchase order",
        [
            (
                "orderedFrom",
                "vendor",
                "The supplier the order is placed with.",
                "class",
                "Supplier",
            ),
            (
                "werks",
                "receiving plant",
                "Plant the goods are delivered to (SAP field WERKS).",
                "class",
                "Plant",
            ),
            ("orderDate", "order date", None, "datatype", "date"),
            (
                "eindt",
                "requested delivery date",
                "Delivery date requested from the supplier (SAP field EINDT).",
                "datatype",
                "date",
            ),
            ("orderStatus", "order status", None, "class", str(SKOS.Concept)),
            ("buyer", "buyer", "Purchasing agent responsible for the order.", "class", "Employee"),
            ("hasLine", "order line", None, "class", "OrderLine"),
            ("totalNetValue", "total net value", "Net order value in EUR.", "datatype", "decimal"),
        ],
    )
    shape(
        "OrderLine",
        "Order line",
        [
            (
                "^hasLine",
                "purchase order",
                "The order this line belongs to.",
                "class",
                "PurchaseOrder",
            ),
            ("lineNumber", "line item number", None, "datatype", "integer"),
            ("orderedPart", "material", "The part ordered on this line.", "class", "Part"),
            ("orderedQuantity", "order quantity", None, "node", Q),
        ],
    )
    shape(
        "Shipment",
        None,
        [
            (
                "fulfilsOrder",
                "for purchase order",
                "The purchase order this shipment delivers.",
                "class",
                "PurchaseOrder",
            ),
            ("carriedBy", "carrier", "Logistics company moving the shipment.", "class", "Carrier"),
            ("shipDate", "ship date", "Date the goods left the supplier.", "datatype", "date"),
            (
                "expectedArrival",
                "estimated arrival",
                "Estimated date of arrival at the plant.",
                "datatype",
                "date",
            ),
            ("shipmentStatus", "shipment status", None, "class", str(SKOS.Concept)),
            ("grossWeight", "gross weight", None, "node", Q),
            ("trackingNumber", "tracking number", None, "datatype", "string"),
        ],
        named=True,
    )
    shape(
        "Certificate",
        None,
        [
            (
                "standard",
                "standard",
                "The standard the certificate attests conformity to.",
                "class",
                str(SKOS.Concept),
            ),
            (
                "certificationBody",
                "issued by",
                "Accredited body that issued the certificate.",
                "datatype",
                "string",
            ),
            ("validUntil", "valid until", "Expiry date of the certificate.", "datatype", "date"),
        ],
    )
    shape(
        "Contact",
        None,
        [
            ("displayName", "name", None, "datatype", "string"),
            ("jobTitle", "job title", None, "datatype", "string"),
            ("email", "email", None, "datatype", "string"),
            ("phone", "phone", None, "datatype", "string"),
        ],
    )
    g.add((EX[Q], RDF.type, SH.NodeShape))
    for path, name in ((QUDT.numericValue, "value"), (QUDT.unit, "unit")):
        p = BNode()
        g.add((EX[Q], SH.property, p))
        g.add((p, SH.path, path))
        g.add((p, SH.name, Literal(name, lang="en")))
    return g


def data(rng: random.Random) -> Graph:
    g = Graph()
    for prefix, ns in (
        ("ex", EX),
        ("qudt", QUDT),
        ("unit", UNIT),
        ("erp", ERP),
        ("prov", PROV),
        ("skos", SKOS),
        ("owl", OWL),
    ):
        g.bind(prefix, ns)

    def qty(value: float, unit: str) -> BNode:
        q = BNode()
        g.add((q, RDF.type, QUDT.QuantityValue))
        g.add((q, QUDT.numericValue, Literal(value, datatype=XSD.decimal)))
        g.add((q, QUDT.unit, UNIT[unit]))
        return q

    # classes: some labelled, some named only by their shapes
    for cls, label in (
        ("Supplier", "Supplier"),
        ("Part", "Part"),
        ("Carrier", "Carrier"),
        ("Country", "Country"),
        ("Employee", "Employee"),
    ):
        g.add((EX[cls], RDF.type, OWL.Class))
        g.add((EX[cls], RDFS.label, Literal(label, lang="en")))
    for cls in (
        "Plant",
        "Assembly",
        "BomLine",
        "PurchaseOrder",
        "OrderLine",
        "Shipment",
        "Certificate",
        "Contact",
    ):
        g.add((EX[cls], RDF.type, OWL.Class))
    g.add((EX.Assembly, RDFS.subClassOf, EX.Part))
    g.add((UNIT.KiloGM, SKOS.prefLabel, Literal("kilogram", lang="en")))
    g.add((UNIT.EA, SKOS.prefLabel, Literal("each", lang="en")))
    g.add((UNIT.M, SKOS.prefLabel, Literal("metre", lang="en")))

    for country, code in COUNTRY_CODES.items():
        c = EX["country-" + code]
        g.add((c, RDF.type, EX.Country))
        g.add((c, SKOS.prefLabel, Literal(country, lang="en")))
        g.add((c, SKOS.notation, Literal(code)))

    def concepts(scheme: str, title: str, rows: list[tuple[str, str, str]]) -> None:
        s = EX[scheme]
        g.add((s, RDF.type, SKOS.ConceptScheme))
        g.add((s, SKOS.prefLabel, Literal(title, lang="en")))
        for i, (code, en, other) in enumerate(rows):
            c = EX[code]
            g.add((c, RDF.type, SKOS.Concept))
            g.add((c, SKOS.inScheme, s))
            g.add((c, SKOS.prefLabel, Literal(en, lang="en")))
            g.add((c, SKOS.prefLabel, Literal(other, lang="de")))
            g.add((c, SKOS.notation, Literal(f"{i + 1:02d}")))

    concepts("OrderStatusScheme", "purchase order statuses", ORDER_STATUS)
    concepts("ShipmentStatusScheme", "shipment statuses", SHIP_STATUS)
    std = EX["ManagementSystemStandards"]
    g.add((std, RDF.type, SKOS.ConceptScheme))
    for code, label, definition in STANDARDS:
        g.add((EX[code], RDF.type, SKOS.Concept))
        g.add((EX[code], SKOS.inScheme, std))
        g.add((EX[code], SKOS.prefLabel, Literal(label, lang="en")))
        g.add((EX[code], SKOS.definition, Literal(definition, lang="en")))

    for code, name, country, city in PLANTS:
        p = EX[code]
        g.add((p, RDF.type, EX.Plant))
        g.add((p, SKOS.prefLabel, Literal(name, lang="en")))
        g.add((p, EX.country, EX["country-" + COUNTRY_CODES[country]]))
        g.add((p, EX.city, Literal(city)))
        g.add((p, EX.plantCode, Literal(code[-4:])))
        g.add((p, OWL.sameAs, ERP["T001W/" + code[-4:]]))

    for code, name in BUYERS:
        e = EX[code]
        g.add((e, RDF.type, EX.Employee))
        g.add((e, EX.displayName, Literal(name)))
        g.add(
            (
                e,
                EX.email,
                Literal(name.lower().replace(" ", ".").replace("ü", "ue") + "@acme-corp.example"),
            )
        )

    for code, legal, short in CARRIERS:
        c = EX[code]
        g.add((c, RDF.type, EX.Carrier))
        g.add((c, EX.legalName, Literal(legal)))
        g.add((c, EX.displayName, Literal(short)))

    for i, (code, legal, short, country, city, zterm, inco, alias) in enumerate(SUPPLIERS):
        s = EX[code]
        g.add((s, RDF.type, EX.Supplier))
        g.add((s, EX.legalName, Literal(legal)))
        if short:
            g.add((s, EX.displayName, Literal(short)))
        if alias:
            g.add((s, SKOS.altLabel, Literal(alias)))
        g.add((s, EX.country, EX["country-" + COUNTRY_CODES[country]]))
        g.add((s, EX.city, Literal(city)))
        g.add((s, EX.zterm, Literal(zterm)))
        g.add((s, EX.inco1, Literal(inco)))
        g.add((s, EX.supplierRating, Literal(rng.randint(61, 98))))
        g.add((s, OWL.sameAs, ERP["LFA1/" + "0000" + code[-5:].replace("-", "1")]))
        name, title = CONTACT_NAMES[code]
        c = EX[f"CNT-{1000 + i:05d}"]
        g.add((s, EX.hasContact, c))
        g.add((c, RDF.type, EX.Contact))
        g.add((c, EX.displayName, Literal(name)))
        g.add((c, EX.jobTitle, Literal(title)))
        g.add(
            (
                c,
                EX.email,
                Literal(
                    f"contact{i + 1}@{short.lower().replace(' ', '') if short else 'supplier'}.example"
                ),
            )
        )
        g.add(
            (
                c,
                EX.phone,
                Literal(
                    f"+{rng.randint(1, 99)} {rng.randint(100, 999)} {rng.randint(1000000, 9999999)}"
                ),
            )
        )
        for j, (scode, _, _) in enumerate(STANDARDS):
            if j == 0 or rng.random() < 0.45:
                cert = EX[f"CRT-{code[-5:]}-{j + 1}"]
                g.add((s, EX.holdsCertificate, cert))
                g.add((cert, RDF.type, EX.Certificate))
                g.add((cert, EX.standard, EX[scode]))
                g.add((cert, EX.certificationBody, Literal(rng.choice(BODIES))))
                g.add(
                    (
                        cert,
                        EX.validUntil,
                        Literal(date(2025, 1, 1) + timedelta(days=rng.randint(0, 1000))),
                    )
                )

    for number, name, material, kg, category, suppliers in PARTS:
        p = EX[f"PRT-{number}"]
        g.add((p, RDF.type, EX.Part))
        g.add((p, SKOS.prefLabel, Literal(name, lang="en")))
        g.add((p, EX.partNumber, Literal(number)))
        g.add((p, EX.material, Literal(material)))
        g.add((p, EX.partCategory, Literal(category)))
        g.add((p, EX.netWeight, qty(kg, "KiloGM")))
        g.add((p, OWL.sameAs, ERP["MARA/" + number.zfill(18)]))
        for s in suppliers:
            g.add((EX[s], EX.suppliesPart, p))
    for number, name, lines in ASSEMBLIES:
        a = EX[f"PRT-{number}"]
        g.add((a, RDF.type, EX.Assembly))
        g.add((a, SKOS.prefLabel, Literal(name, lang="en")))
        g.add((a, EX.partNumber, Literal(number)))
        g.add((a, OWL.sameAs, ERP["MARA/" + number.zfill(18)]))
        for k, (comp, n) in enumerate(lines):
            b = EX[f"BOM-{number}-{(k + 1) * 10:04d}"]
            g.add((a, EX.hasBomLine, b))
            g.add((b, RDF.type, EX.BomLine))
            g.add((b, EX.component, EX[f"PRT-{comp}"]))
            g.add((b, EX.quantityPer, Literal(n)))

    run = EX["RUN-S4-EXTRACT-2024-11-30"]
    g.add((run, RDF.type, PROV.Activity))
    g.add((run, RDFS.label, Literal("S/4HANA nightly extract 2024-11-30")))
    g.add((run, PROV.endedAtTime, Literal("2024-11-30T02:14:09Z", datatype=XSD.dateTime)))

    supplies: dict[str, list[str]] = {}
    for number, *_, suppliers in PARTS:
        for s in suppliers:
            supplies.setdefault(s, []).append(number)
    statuses = [c for c, *_ in ORDER_STATUS]
    po_no = 100
    ship_no = 7781200
    for s_code, *_ in SUPPLIERS:
        for _ in range(rng.randint(3, 7)):
            po_no += rng.randint(1, 9)
            po = EX[f"PO-2024-{po_no:06d}"]
            plant = rng.choice(PLANTS)[0]
            ordered = date(2024, 1, 8) + timedelta(days=rng.randint(0, 320))
            status = rng.choices(statuses, weights=[2, 2, 3, 4, 1])[0]
            g.add((po, RDF.type, EX.PurchaseOrder))
            g.add((po, EX.orderedFrom, EX[s_code]))
            g.add((po, EX.werks, EX[plant]))
            g.add((po, EX.orderDate, Literal(ordered)))
            g.add(
                (po, EX.eindt, Literal(ordered + timedelta(days=rng.choice([14, 21, 28, 42, 56]))))
            )
            g.add((po, EX.orderStatus, EX[status]))
            g.add((po, EX.buyer, EX[rng.choice(BUYERS)[0]]))
            g.add((po, PROV.wasGeneratedBy, run))
            g.add((po, OWL.sameAs, ERP[f"EKKO/45000{po_no:05d}"]))
            total = 0.0
            parts = rng.sample(supplies[s_code], min(len(supplies[s_code]), rng.randint(1, 3)))
            for k, number in enumerate(parts):
                line = EX[f"PO-2024-{po_no:06d}-{(k + 1) * 10:05d}"]
                amount = rng.choice([50, 100, 200, 250, 500, 1000, 2000, 5000, 10000])
                g.add((po, EX.hasLine, line))
                g.add((line, RDF.type, EX.OrderLine))
                g.add((line, EX.lineNumber, Literal((k + 1) * 10)))
                g.add((line, EX.orderedPart, EX[f"PRT-{number}"]))
                g.add((line, EX.orderedQuantity, qty(amount, "EA")))
                total += amount * rng.uniform(0.05, 40)
            g.add((po, EX.totalNetValue, Literal(f"{total:.2f}", datatype=XSD.decimal)))
            if status in ("ostat-confirmed", "ostat-closed") or (
                status == "ostat-released" and rng.random() < 0.3
            ):
                ship_no += rng.randint(3, 40)
                sh = EX[f"SHP-{ship_no}"]
                shipped = ordered + timedelta(days=rng.randint(5, 30))
                if status == "ostat-closed":
                    sstat = "sstat-delivered"
                else:
                    sstat = rng.choice(
                        ["sstat-transit", "sstat-transit", "sstat-delayed", "sstat-customs"]
                    )
                g.add((sh, RDF.type, EX.Shipment))
                g.add((sh, EX.fulfilsOrder, po))
                g.add((sh, EX.carriedBy, EX[rng.choice(CARRIERS)[0]]))
                g.add((sh, EX.shipDate, Literal(shipped)))
                g.add(
                    (sh, EX.expectedArrival, Literal(shipped + timedelta(days=rng.randint(3, 45))))
                )
                g.add((sh, EX.shipmentStatus, EX[sstat]))
                g.add((sh, EX.grossWeight, qty(round(rng.uniform(20, 2400), 1), "KiloGM")))
                g.add(
                    (
                        sh,
                        EX.trackingNumber,
                        Literal(
                            f"{rng.choice(['JD', '1Z', 'MAEU', 'KN'])}{rng.randint(10**9, 10**10 - 1)}"
                        ),
                    )
                )
                g.add((sh, PROV.wasGeneratedBy, run))
    return g


def main() -> None:
    rng = random.Random(25)
    OUT.mkdir(exist_ok=True)
    d = data(rng)
    s = shapes()
    d.serialize(OUT / "supply.ttl", format="turtle")
    s.serialize(OUT / "supply_shapes.ttl", format="turtle")
    print(len(d), "data triples,", len(s), "shape triples")


if __name__ == "__main__":
    main()
