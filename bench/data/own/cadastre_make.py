"""Write ``cadastre.rdf``: a national land registry's open data as its mapping agency publishes
it (INSPIRE Cadastral Parcels / Addresses / Buildings flavoured, LADM-style rights), as the
RDF/XML a government portal still serves.

The shape follows what such a portal's dump holds:

* a local OWL ontology ``cad:`` (Portuguese camelCase local names: ``anoConstrucao``,
  ``numeroPisos``, ``usoSolo``, ``titular``...), its properties with ``rdfs:label`` in English and
  Portuguese and an English ``rdfs:comment``; some (``implantadoEm``, ``inscritoPor``,
  ``incideSobre``, ``classificacaoPatrimonial``, ``numerador``...) without any label;
* a ``<!DOCTYPE>`` declaring ``&xsd;`` for ``rdf:datatype``, ``xml:base`` relative IRIs;
* cadastral parcels (``cp:CadastralParcel`` typed node elements) named ONLY by their national
  cadastral reference ``cp:nationalCadastralReference`` ("0412-B-0031"), the registered area in
  square metres (``cad:areaRegistada`` ``xsd:decimal``), land use from a SKOS code list
  (``skos:prefLabel`` pt and en, ``skos:notation``), the municipality and the cadastral section
  (``cp:zoning``; sections are named "Secção A", "Secção B"... in every municipality), a rural
  parcel's place name (``cad:toponimo``);
* rights on a parcel as nested ``rdf:parseType="Resource"`` records (``cad:direito``): the kind
  (``cad:Propriedade`` / ``cad:Usufruto``), the holder (``cad:titular``), the share as a fraction
  string ("1/2", ``cad:quotaParte``), the start date, the end date of a right that passed on
  (``cad:dataFim``), the registering deed (``cad:inscritoPor``);
* buildings (``cad:Edificio``) on parcels: year of construction (``xsd:gYear``), floors, current
  use and heritage listing from code lists, a few named ("Casa dos Arcos"@pt), the address an
  ``rdf:nodeID`` blank node (``ad:Address``: street ``ad:thoroughfare``@pt, house number
  ``ad:locatorDesignator``, ``ad:postCode``, locality ``ad:locality``);
* owners: people as ``foaf:Person`` (``foaf:name``; a fifth only ``foaf:givenName`` +
  ``foaf:familyName``; the tax number ``cad:nif`` as a property attribute), companies as
  ``cad:PessoaColetiva`` named by ``cad:denominacao`` (some with a ``skos:altLabel``), banks as
  ``cad:InstituicaoCredito`` named by ``skos:prefLabel`` and an acronym ``skos:altLabel``;
* deeds (``cad:Escritura``: number, date, notary's office), sales (``cad:Transacao`` as
  ``rdf:Description`` with ``rdf:type``: parcel, buyer(s), seller(s), declared value in EUR,
  date, deed), mortgages (``cad:Hipoteca``: the parcel, creditor bank, debtor, maximum amount,
  registration date, a cancelled one's cancellation date).

Seeded, no network; stdlib only (rdflib checks the output). Run from the repository root:
``python bench/data/own/cadastre_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).parent
BASE = "https://dados.cadastro.example.pt/id/"
CAD = "https://dados.cadastro.example.pt/def/cadastro#"
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "cp": "http://inspire.ec.europa.eu/ont/cp#",
    "ad": "http://inspire.ec.europa.eu/ont/ad#",
    "cad": CAD,
}

# (code, name, district, sections, postcode prefix)
MUNICIPALITIES = [
    ("0412", "Vila Nova", "Braga", "ABC", "4910"),
    ("0415", "Ribeira Alta", "Braga", "AB", "4930"),
    ("0603", "São Martinho do Campo", "Coimbra", "AB", "3140"),
    ("0608", "Penalva", "Coimbra", "ABC", "3150"),
    ("1304", "Lagoa Seca", "Porto", "AB", "4620"),
]
DISTRICTS = {"Braga": "03", "Coimbra": "06", "Porto": "13"}
LAND_USE = [
    ("URB", "Urbano", "Urban"),
    ("AGR", "Agrícola", "Agricultural"),
    ("FLO", "Florestal", "Forestry"),
    ("MIS", "Misto", "Mixed"),
    ("IND", "Industrial", "Industrial"),
]
BUILDING_USE = [
    ("HAB", "Habitação", "Residential"),
    ("COM", "Comércio", "Retail"),
    ("SER", "Serviços", "Offices"),
    ("ARM", "Armazém", "Warehouse"),
    ("ANX", "Anexo agrícola", "Agricultural outbuilding"),
]
HERITAGE = [
    ("MN", "Monumento Nacional", "National Monument"),
    ("IIP", "Imóvel de Interesse Público", "Property of Public Interest"),
    ("IIM", "Imóvel de Interesse Municipal", "Property of Municipal Interest"),
]
STREETS = {
    "Vila Nova": [
        "Rua Direita",
        "Rua da Liberdade",
        "Avenida 25 de Abril",
        "Largo do Pelourinho",
        "Rua do Souto",
    ],
    "Ribeira Alta": ["Rua das Flores", "Rua do Moinho", "Travessa da Igreja"],
    "São Martinho do Campo": ["Rua Principal", "Rua da Escola", "Rua do Cruzeiro"],
    "Penalva": [
        "Rua Dr. António Cunha",
        "Rua da Fonte",
        "Avenida da República",
        "Rua de Santo António",
    ],
    "Lagoa Seca": ["Rua da Lagoa", "Rua Nova", "Rua do Comércio"],
}
TOPONYMS = [
    "Chão da Eira", "Quinta do Outeiro", "Bouça Velha", "Vinha do Cabo", "Leira Grande",
    "Tapada do Ribeiro", "Souto da Cruz", "Campo da Veiga", "Pinhal do Alto", "Cerrado do Poço",
    "Horta da Fonte", "Lameiro Novo", "Eido de Baixo", "Mata da Serra", "Cortinha",
]  # fmt: skip
NAMED_BUILDINGS = [
    ("Casa dos Arcos", "MN"), ("Solar de Vilar", "IIP"), ("Paços do Concelho", "IIP"),
    ("Casa da Torre", "IIM"), ("Capela de São Brás", "IIM"), ("Moinho da Ribeira", None),
    ("Antiga Fábrica de Fiação", None),
]  # fmt: skip
GIVEN = [
    "Maria", "José", "António", "Ana", "Manuel", "Francisco", "Joaquim", "Rosa", "Fernanda",
    "Luís", "Carlos", "Isabel", "Paulo", "Teresa", "Rui", "Helena", "Jorge", "Cristina",
    "Miguel", "Sofia", "Pedro", "Beatriz", "Domingos", "Conceição",
]  # fmt: skip
FAMILY = [
    "Ferreira", "Silva", "Pereira", "Costa", "Martins", "Rodrigues", "Sousa", "Fernandes",
    "Gonçalves", "Carvalho", "Lopes", "Marques", "Ribeiro", "Almeida", "Pinto", "Araújo",
    "Teixeira", "Mendes", "Barbosa", "Vieira", "Machado", "Cunha", "Magalhães", "Azevedo",
]  # fmt: skip
COMPANIES = [
    ("Imobiliária Ribeira Alta, Lda.", "Ribeira Alta Imobiliária"),
    ("Construções Fonseca & Filhos, S.A.", "Fonseca & Filhos"),
    ("Agro-Pecuária do Minho, Lda.", None),
    ("Sociedade Agrícola Quinta do Vale, Lda.", "Quinta do Vale"),
    ("Têxteis Penalva, S.A.", None),
    ("Investimentos Lusitânia SGPS, S.A.", "Lusitânia SGPS"),
    ("Habitat Norte - Promoção Imobiliária, Lda.", "Habitat Norte"),
    ("Cooperativa Agrícola de Lagoa Seca, CRL", "Coop. Lagoa Seca"),
    ("Florestal Beira Serra, Lda.", None),
    ("Supermercados Bom Dia, S.A.", "Bom Dia"),
]  # fmt: skip
BANKS = [
    ("Caixa Geral de Depósitos", "CGD"),
    ("Banco Comercial Português", "Millennium bcp"),
    ("Novo Banco", "NB"),
    ("Banco BPI", "BPI"),
    ("Banco Santander Totta", "Santander"),
    ("Caixa de Crédito Agrícola Mútuo", "Crédito Agrícola"),
]
NOTARIES = [
    "Cartório Notarial de Vila Nova",
    "Cartório Notarial de Penalva",
    "Cartório Notarial do Porto (Dr.ª Lúcia Reis)",
]

# the ontology: (local name, kind, en label or None, pt label, comment)
PROPS = [
    (
        "municipio",
        "Object",
        "municipality",
        "município",
        "The municipality a parcel or cadastral section lies in.",
    ),
    ("distrito", "Object", "district", "distrito", "The district of a municipality."),
    (
        "codigoINE",
        "Datatype",
        "municipality code",
        "código do município",
        "Statistics Portugal code of a municipality.",
    ),
    (
        "areaRegistada",
        "Datatype",
        "registered area (m²)",
        "área registada (m²)",
        "The parcel's area as registered, in square metres.",
    ),
    ("usoSolo", "Object", "land use", "uso do solo", "Land use class of the parcel (code list)."),
    (
        "toponimo",
        "Datatype",
        "place name",
        "topónimo",
        "The traditional name of the place where a rural parcel lies.",
    ),
    (
        "direito",
        "Object",
        "registered right",
        "direito inscrito",
        "A right, restriction or responsibility registered on the parcel.",
    ),
    ("titular", "Object", "holder", "titular", "The person or legal person holding the right."),
    (
        "quotaParte",
        "Datatype",
        "share",
        "quota-parte",
        "The holder's share of the right, as a fraction.",
    ),
    ("dataInicio", "Datatype", "start date", "data de início", None),
    ("dataFim", "Datatype", None, None, None),
    ("inscritoPor", "Object", None, None, None),
    ("implantadoEm", "Object", None, None, None),
    (
        "anoConstrucao",
        "Datatype",
        "year of construction",
        "ano de construção",
        "Year the building was completed.",
    ),
    ("numeroPisos", "Datatype", "number of floors", "número de pisos", "Floors above ground."),
    ("usoAtual", "Object", "current use", "uso atual", None),
    ("classificacaoPatrimonial", "Object", None, None, None),
    ("endereco", "Object", "address", "endereço", None),
    ("nif", "Datatype", "tax identification number", "NIF", None),
    ("nipc", "Datatype", "company registration number", "NIPC", None),
    (
        "denominacao",
        "Datatype",
        "registered name",
        "denominação",
        "The registered name of a legal person.",
    ),
    ("numeroEscritura", "Datatype", "deed number", "número da escritura", None),
    ("dataEscritura", "Datatype", "deed date", "data da escritura", None),
    ("cartorio", "Datatype", "notary office", "cartório", None),
    ("predio", "Object", "parcel", "prédio", "The parcel a transaction is about."),
    ("comprador", "Object", "buyer", "comprador", None),
    ("vendedor", "Object", "seller", "vendedor", None),
    (
        "valorDeclarado",
        "Datatype",
        "declared value (EUR)",
        "valor declarado (EUR)",
        "Price declared in the deed, in euros.",
    ),
    ("dataTransacao", "Datatype", "transaction date", "data da transação", None),
    ("escritura", "Object", "deed", "escritura", None),
    ("incideSobre", "Object", None, None, None),
    ("credor", "Object", "creditor", "credor", "The bank a mortgage secures."),
    ("devedor", "Object", "debtor", "devedor", None),
    (
        "montanteMaximo",
        "Datatype",
        "maximum secured amount (EUR)",
        "montante máximo assegurado",
        None,
    ),
    ("dataRegisto", "Datatype", "registration date", "data de registo", None),
    ("dataCancelamento", "Datatype", None, None, None),
]
CLASSES = [
    ("Municipio", "Municipality", "Município"),
    ("Distrito", "District", "Distrito"),
    ("SeccaoCadastral", "Cadastral section", "Secção cadastral"),
    ("Edificio", "Building", "Edifício"),
    ("PessoaColetiva", "Legal person", "Pessoa coletiva"),
    ("InstituicaoCredito", "Credit institution", "Instituição de crédito"),
    ("Propriedade", "Ownership", "Propriedade"),
    ("Usufruto", "Usufruct", "Usufruto"),
    ("Escritura", "Deed", "Escritura"),
    ("Transacao", "Transaction", "Transação"),
    ("Hipoteca", "Mortgage", "Hipoteca"),
]


class Doc:
    """The RDF/XML lines, and a count of the triples they state."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.triples = 0

    def add(self, line: str, triples: int = 0) -> None:
        self.lines.append(line)
        self.triples += triples


def lit(p: str, value: object, pad: str, lang: str = "", dtype: str = "") -> str:
    if lang:
        return f'{pad}<{p} xml:lang="{lang}">{escape(str(value))}</{p}>'
    if dtype:
        return f'{pad}<{p} rdf:datatype="&xsd;{dtype}">{escape(str(value))}</{p}>'
    return f"{pad}<{p}>{escape(str(value))}</{p}>"


def res(p: str, iri: str, pad: str) -> str:
    return f"{pad}<{p} rdf:resource={quoteattr(iri)}/>"


def make() -> Doc:
    rnd = random.Random(4401)
    d = Doc()
    w = d.add
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w('<!DOCTYPE rdf:RDF [\n  <!ENTITY xsd "http://www.w3.org/2001/XMLSchema#">\n]>')
    w("<rdf:RDF")
    for p, u in NS.items():
        w(f'    xmlns:{p}="{u}"')
    w(f'    xml:base="{BASE}">')
    # the ontology
    w(f'  <owl:Ontology rdf:about="{CAD[:-1]}">', 1)
    w('    <rdfs:label xml:lang="pt">Ontologia do Cadastro Predial</rdfs:label>', 1)
    w('    <rdfs:label xml:lang="en">Land Registry Ontology</rdfs:label>', 1)
    w("    <owl:versionInfo>2.3</owl:versionInfo>", 1)
    w("  </owl:Ontology>")
    for name, en, pt in CLASSES:
        w(f'  <owl:Class rdf:about="{CAD}{name}">', 1)
        w(lit("rdfs:label", en, "    ", "en"), 1)
        w(lit("rdfs:label", pt, "    ", "pt"), 1)
        w("  </owl:Class>")
    w(f'  <rdf:Description rdf:about="{CAD}PessoaColetiva">')
    w(res("rdfs:subClassOf", NS["foaf"] + "Organization", "    "), 1)
    w("  </rdf:Description>")
    w(f'  <rdf:Description rdf:about="{CAD}InstituicaoCredito">')
    w(res("rdfs:subClassOf", CAD + "PessoaColetiva", "    "), 1)
    w("  </rdf:Description>")
    w(f'  <rdf:Description rdf:about="{CAD}SeccaoCadastral">')
    w(res("rdfs:subClassOf", NS["cp"] + "CadastralZoning", "    "), 1)
    w("  </rdf:Description>")
    for name, kind, en, pt, comment in PROPS:
        w(f'  <owl:{kind}Property rdf:about="{CAD}{name}">', 1)
        if en:
            w(lit("rdfs:label", en, "    ", "en"), 1)
        if pt:
            w(lit("rdfs:label", pt, "    ", "pt"), 1)
        if comment:
            w(lit("rdfs:comment", comment, "    ", "en"), 1)
        w(f"  </owl:{kind}Property>")

    # code lists: rdf:Description with rdf:type, labels in Portuguese and English
    for scheme, title, rows in [
        ("usosolo", "Uso do solo", LAND_USE),
        ("usoedificio", "Uso do edifício", BUILDING_USE),
        ("patrimonio", "Classificação patrimonial", HERITAGE),
    ]:
        w(f'  <skos:ConceptScheme rdf:about="codelist/{scheme}">', 1)
        w(lit("skos:prefLabel", title, "    ", "pt"), 1)
        w("  </skos:ConceptScheme>")
        for code, pt, en in rows:
            w(f'  <rdf:Description rdf:about="codelist/{scheme}/{code}">')
            w(res("rdf:type", NS["skos"] + "Concept", "    "), 1)
            w(lit("skos:notation", code, "    "), 1)
            w(lit("skos:prefLabel", pt, "    ", "pt"), 1)
            w(lit("skos:prefLabel", en, "    ", "en"), 1)
            w(res("skos:inScheme", f"{BASE}codelist/{scheme}", "    "), 1)
            w("  </rdf:Description>")

    # districts, municipalities, sections
    for dname, dcode in DISTRICTS.items():
        w(f'  <cad:Distrito rdf:about="distrito/{dcode}">', 1)
        w(lit("rdfs:label", f"Distrito de {dname}", "    ", "pt"), 1)
        w(lit("cad:codigoINE", dcode, "    "), 1)
        w("  </cad:Distrito>")
    for code, mname, dname, sections, _pc in MUNICIPALITIES:
        w(f'  <cad:Municipio rdf:about="municipio/{code}">', 1)
        w(lit("rdfs:label", mname, "    ", "pt"), 1)
        w(lit("cad:codigoINE", code, "    "), 1)
        w(res("cad:distrito", f"{BASE}distrito/{DISTRICTS[dname]}", "    "), 1)
        w("  </cad:Municipio>")
        for s in sections:
            w(f'  <cad:SeccaoCadastral rdf:about="seccao/{code}{s}">', 1)
            w(lit("rdfs:label", f"Secção {s}", "    ", "pt"), 1)
            w(lit("cp:nationalCadastralZoningReference", f"{code}-{s}", "    "), 1)
            w(res("cad:municipio", f"{BASE}municipio/{code}", "    "), 1)
            w("  </cad:SeccaoCadastral>")

    # owners
    people: list[str] = []
    names: set[tuple[str, str]] = set()
    while len(people) < 52:
        g, f1, f2 = rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.choice(FAMILY)
        if f1 == f2 or (g, f2) in names:
            continue
        names.add((g, f2))
        pid = f"pessoa/{len(people) + 1:05d}"
        nif = f"{rnd.choice('12')}{rnd.randrange(10**7, 10**8)}"
        people.append(pid)
        if len(people) % 5 == 0:  # a fifth named only by given and family name
            w(f'  <foaf:Person rdf:about="{pid}" cad:nif="{nif}">', 2)
            w(lit("foaf:givenName", g, "    "), 1)
            w(lit("foaf:familyName", f"{f1} {f2}", "    "), 1)
        else:
            w(f'  <foaf:Person rdf:about="{pid}" cad:nif="{nif}">', 2)
            w(lit("foaf:name", f"{g} {f1} {f2}", "    "), 1)
        w("  </foaf:Person>")
    companies: list[str] = []
    for i, (cname, alt) in enumerate(COMPANIES):
        cid = f"entidade/{500100200 + i * 7311}"
        companies.append(cid)
        w(f'  <cad:PessoaColetiva rdf:about="{cid}">', 1)
        w(lit("cad:denominacao", cname, "    "), 1)
        w(lit("cad:nipc", cid.split("/")[1], "    "), 1)
        if alt:
            w(lit("skos:altLabel", alt, "    ", "pt"), 1)
        w("  </cad:PessoaColetiva>")
    banks: list[str] = []
    for i, (bname, acr) in enumerate(BANKS):
        bid = f"entidade/{500900000 + i * 1234}"
        banks.append(bid)
        w(f'  <cad:InstituicaoCredito rdf:about="{bid}">', 1)
        w(lit("skos:prefLabel", bname, "    ", "pt"), 1)
        w(lit("skos:altLabel", acr, "    ", "pt"), 1)
        w(lit("cad:nipc", bid.split("/")[1], "    "), 1)
        w("  </cad:InstituicaoCredito>")

    deeds: list[tuple[str, str, str, str]] = []  # id, number, date, notary

    def deed(date: str) -> str:
        n = len(deeds) + 1
        did = f"escritura/{date[:4]}-{n:04d}"
        deeds.append(
            (
                did,
                f"Livro {rnd.randrange(10, 300)}, fls. {rnd.randrange(1, 150)}",
                date,
                rnd.choice(NOTARIES),
            )
        )
        return did

    def date(y0: int, y1: int) -> str:
        return f"{rnd.randrange(y0, y1 + 1)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"

    # parcels, their rights, sales, mortgages and buildings
    street_no: dict[str, int] = {}
    toponyms = iter(rnd.sample(TOPONYMS, len(TOPONYMS)))
    named = iter(NAMED_BUILDINGS)
    sales: list[list[str]] = []
    mortgages: list[tuple[str, str, str, str, str, str]] = []
    buildings: list[list[str]] = []
    addresses: list[list[str]] = []
    owner_pool = people + companies * 2
    for code, mname, _d, sections, pc in MUNICIPALITIES:
        for s in sections:
            nums = [1, *sorted(rnd.sample(range(2, 400), rnd.randrange(4, 6)))]
            for num in nums:
                ref = f"{code}-{s}-{num:04d}"
                pid = f"parcela/{code}{s}{num:04d}"
                urban = rnd.random() < 0.55
                use = "URB" if urban else rnd.choice(["AGR", "AGR", "FLO", "MIS", "IND"])
                area = rnd.randrange(120, 900) if urban else rnd.randrange(800, 40000)
                w(f'  <cp:CadastralParcel rdf:about="{pid}">', 1)
                w(lit("cp:nationalCadastralReference", ref, "    "), 1)
                w(
                    lit(
                        "cad:areaRegistada",
                        f"{area}.{rnd.randrange(0, 100):02d}",
                        "    ",
                        dtype="decimal",
                    ),
                    1,
                )
                w(res("cad:usoSolo", f"{BASE}codelist/usosolo/{use}", "    "), 1)
                w(res("cad:municipio", f"{BASE}municipio/{code}", "    "), 1)
                w(res("cp:zoning", f"{BASE}seccao/{code}{s}", "    "), 1)
                if not urban and rnd.random() < 0.6:
                    t = next(toponyms, None)
                    if t:
                        w(lit("cad:toponimo", t, "    ", "pt"), 1)
                # first owners (one, a couple, or heirs); then maybe one or two sales
                n_own = rnd.choice([1, 1, 1, 2, 2, 3])
                holders = rnd.sample(owner_pool if n_own == 1 else people, n_own)
                holders = list(dict.fromkeys(holders))
                start = date(1978, 2012)
                rights = [
                    [h, f"1/{len(holders)}", start, "", deed(start), "Propriedade"] for h in holders
                ]
                for _ in range(rnd.choice([0, 0, 1, 1, 2])):
                    last = [r for r in rights if not r[3]]
                    y0 = max(int(r[2][:4]) for r in last) + 1
                    if y0 > 2025:
                        break
                    when = date(y0, 2025)
                    buyer = rnd.choice([o for o in owner_pool if o not in {r[0] for r in last}])
                    dd = deed(when)
                    for r in last:
                        r[3] = when
                    rights.append([buyer, "1/1", when, "", dd, "Propriedade"])
                    price = area * rnd.randrange(8, 30) * (60 if urban else 1) // 10 * 10
                    price = max(price, 1500)
                    sales.append(
                        [
                            f"transacao/{when[:4]}-{len(sales) + 1:05d}",
                            pid,
                            buyer,
                            ";".join(r[0] for r in last),
                            f"{price}.00",
                            when,
                            dd,
                        ]
                    )
                # a usufruct for a widow(er) on some inherited parcels
                if len(holders) >= 2 and rnd.random() < 0.3:
                    uh = rnd.choice([p for p in people if p not in holders])
                    rights.append([uh, "1/1", start, "", rights[0][4], "Usufruto"])
                for h, share, st, end, dd, kind in rights:
                    w('    <cad:direito rdf:parseType="Resource">', 1)
                    w(res("rdf:type", CAD + kind, "      "), 1)
                    w(res("cad:titular", BASE + h, "      "), 1)
                    w(lit("cad:quotaParte", share, "      "), 1)
                    w(lit("cad:dataInicio", st, "      ", dtype="date"), 1)
                    if end:
                        w(lit("cad:dataFim", end, "      ", dtype="date"), 1)
                    w(res("cad:inscritoPor", BASE + dd, "      "), 1)
                    w("    </cad:direito>")
                w("  </cp:CadastralParcel>")
                current = [r for r in rights if not r[3] and r[5] == "Propriedade"]
                y0 = max(2005, max(int(r[2][:4]) for r in current))
                if rnd.random() < 0.3 and y0 <= 2024:
                    when = date(y0, 2024)
                    amount = (
                        area
                        * (rnd.randrange(300, 900) if urban else rnd.randrange(2, 10))
                        // 100
                        * 100
                        + 20000
                    )
                    cancelled = (
                        date(int(when[:4]) + 1, 2025)
                        if rnd.random() < 0.25 and when[:4] < "2025"
                        else ""
                    )
                    mortgages.append(
                        (
                            f"hipoteca/H{when[:4]}{len(mortgages) + 1:04d}",
                            pid,
                            rnd.choice(banks),
                            rnd.choice(current)[0],
                            f"{amount}.00",
                            when + "|" + cancelled,
                        )
                    )
                if urban and rnd.random() < 0.85:
                    for b in range(rnd.choice([1, 1, 1, 2])):
                        bid = f"edificio/{code}{s}{num:04d}-{b + 1}"
                        street = rnd.choice(STREETS[mname])
                        street_no[street] = street_no.get(street, 0) + rnd.randrange(2, 9)
                        nb = next(named, None) if rnd.random() < 0.12 else None
                        year = rnd.randrange(1890, 2023) if not nb else rnd.randrange(1550, 1900)
                        buse = (
                            "HAB"
                            if rnd.random() < 0.6
                            else rnd.choice(["COM", "SER", "ARM", "ANX"])
                        )
                        floors = rnd.randrange(1, 5) if buse != "ANX" else 1
                        node = f"end{code}{s}{num:04d}b{b + 1}"
                        buildings.append(
                            [
                                bid,
                                pid,
                                str(year),
                                str(floors),
                                buse,
                                nb[0] if nb else "",
                                (nb[1] or "") if nb else "",
                                node,
                            ]
                        )
                        addresses.append(
                            [
                                node,
                                street,
                                str(street_no[street]),
                                f"{pc}-{rnd.randrange(100, 999)}",
                                mname,
                            ]
                        )
    # buildings and their addresses (rdf:nodeID blank nodes)
    for bid, pid, year, floors, buse, bname, her, node in buildings:
        w(f'  <cad:Edificio rdf:about="{bid}">', 1)
        if bname:
            w(lit("rdfs:label", bname, "    ", "pt"), 1)
        w(res("cad:implantadoEm", BASE + pid, "    "), 1)
        w(lit("cad:anoConstrucao", year, "    ", dtype="gYear"), 1)
        w(lit("cad:numeroPisos", floors, "    ", dtype="nonNegativeInteger"), 1)
        w(res("cad:usoAtual", f"{BASE}codelist/usoedificio/{buse}", "    "), 1)
        if her:
            w(res("cad:classificacaoPatrimonial", f"{BASE}codelist/patrimonio/{her}", "    "), 1)
        w(f'    <cad:endereco rdf:nodeID="{node}"/>', 1)
        w("  </cad:Edificio>")
    for node, street, no, postcode, locality in addresses:
        w(f'  <ad:Address rdf:nodeID="{node}">', 1)
        w(lit("ad:thoroughfare", street, "    ", "pt"), 1)
        w(lit("ad:locatorDesignator", no, "    "), 1)
        w(lit("ad:postCode", postcode, "    "), 1)
        w(lit("ad:locality", locality, "    "), 1)
        w("  </ad:Address>")
    # deeds
    for did, number, dt, notary in deeds:
        w(f'  <cad:Escritura rdf:about="{did}">', 1)
        w(lit("cad:numeroEscritura", number, "    "), 1)
        w(lit("cad:dataEscritura", dt, "    ", dtype="date"), 1)
        w(lit("cad:cartorio", notary, "    "), 1)
        w("  </cad:Escritura>")
    # sales: rdf:Description + rdf:type
    for tid, pid, buyer, sellers, price, when, dd in sales:
        w(f'  <rdf:Description rdf:about="{tid}">', 0)
        w(res("rdf:type", CAD + "Transacao", "    "), 1)
        w(res("cad:tipoTransacao", f"{BASE}codelist/transacao/CV", "    "), 1)
        w(res("cad:predio", BASE + pid, "    "), 1)
        w(res("cad:comprador", BASE + buyer, "    "), 1)
        for sl in sellers.split(";"):
            w(res("cad:vendedor", BASE + sl, "    "), 1)
        w(lit("cad:valorDeclarado", price, "    ", dtype="decimal"), 1)
        w(lit("cad:dataTransacao", when, "    ", dtype="date"), 1)
        w(res("cad:escritura", BASE + dd, "    "), 1)
        w("  </rdf:Description>")
    w('  <skos:Concept rdf:about="codelist/transacao/CV">', 1)
    w(lit("skos:prefLabel", "Compra e venda", "    ", "pt"), 1)
    w(lit("skos:prefLabel", "Sale", "    ", "en"), 1)
    w("  </skos:Concept>")
    # mortgages
    for hid, pid, bank, debtor, amount, dates in mortgages:
        when, cancelled = dates.split("|")
        w(f'  <cad:Hipoteca rdf:about="{hid}">', 1)
        w(res("cad:incideSobre", BASE + pid, "    "), 1)
        w(res("cad:credor", BASE + bank, "    "), 1)
        w(res("cad:devedor", BASE + debtor, "    "), 1)
        w(lit("cad:montanteMaximo", amount, "    ", dtype="decimal"), 1)
        w(lit("cad:dataRegisto", when, "    ", dtype="date"), 1)
        if cancelled:
            w(lit("cad:dataCancelamento", cancelled, "    ", dtype="date"), 1)
        w("  </cad:Hipoteca>")
    w("</rdf:RDF>")
    return d


def main() -> None:
    d = make()
    out = HERE / "cadastre.rdf"
    out.write_text("\n".join(d.lines) + "\n", encoding="utf-8")
    try:
        from rdflib import Graph
    except ImportError:  # the count above is the writer's own
        print(out.name, d.triples)
        return
    g = Graph().parse(out, format="xml")
    assert len(g) == d.triples, (len(g), d.triples)
    print(out.name, len(g), "triples")


if __name__ == "__main__":
    main()
