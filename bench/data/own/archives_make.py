# ruff: noqa: E501  (one record a line)
"""Write ``archives.rdf``: archival descriptions in the International Council on Archives'
**Records in Contexts** ontology (RiC-O 1.0, ``https://www.ica.org/standards/RiC/ontology#``),
serialized as RDF/XML the way archive portals publish their EAD/EAC finding aids converted to
RiC-O (the French national archives' converter is the model).

The shape:

* ``rico:RecordSet`` fonds, series and files (``rico:hasRecordSetType`` the ICA's record set types,
  SKOS concepts labelled in English and French), ``rico:Record`` items in files; the hierarchy as
  ``rico:includesOrIncluded`` downwards (fonds -> series -> files -> records) and
  ``rico:isOrWasIncludedIn`` upwards, the second stated only from files and records (as a
  converter walking the finding aid's tree writes it); fonds titled with ``rico:title`` and an
  ``rdfs:label`` of the same text, everything below with ``rico:title`` only (French);
* ``rico:identifier`` a fonds' finding-aid reference code ("FRAN_IR_001234") and each series' and
  file's call number ("412 AQ 1-38", "412 AQ 14"); ``rico:scopeAndContent`` French summaries;
  ``rico:recordResourceExtent`` a literal extent;
* dates as nodes: ``rico:hasCreationDate`` a ``rico:DateRange`` (a single year: a ``rico:SingleDate``) (``rico:expressedDate``
  "1852-1897", ``rico:normalizedDateValue`` "1852/1897", ``rico:hasBeginningDate`` /
  ``rico:hasEndDate`` ``rico:SingleDate`` nodes) or, for a record, a ``rico:SingleDate``
  (``rico:expressedDate`` "12 mars 1871", normalized "1871-03-12"); no labels on date nodes;
* agents ``rico:CorporateBody``, ``rico:Person``, ``rico:Family`` labelled ``rdfs:label`` with the
  authorized form of the name ("Lavergne, Étienne (1821-1894)"), other forms on blank
  ``rico:AgentName`` nodes (``rico:hasOrHadAgentName``, ``rico:textualValue``), persons' life
  dates ``rico:hasBirthDate`` / ``rico:hasDeathDate`` SingleDate nodes, bodies'
  ``rico:hasBeginningDate`` / ``rico:hasEndDate``, ``rico:hasOrHadOccupationOfType``,
  ``rico:hasOrHadLocation`` a place, succession ``rico:hasSuccessor`` / ``rico:isSuccessorOf``
  for some and an n-ary ``rico:AgentTemporalRelation`` (source precedes target) for others;
* creators: ``rico:hasOrHadCreator`` (and the agent's ``rico:isOrWasCreatorOf``) for most
  fonds, a ``rico:CreationRelation`` node (``rico:creationRelationHasSource`` the record set,
  ``rico:creationRelationHasTarget`` the agent, a ``rico:certainty`` note) for the others;
  letters with ``rico:hasAuthor`` and ``rico:hasAddressee``;
* ``rico:hasOrHadSubject`` places, persons and bodies a record is about; ``rico:Place`` named by
  ``rico:name`` with a qualified ``rdfs:label`` ("Valbrune (Haute-Varenne)") and
  ``rico:isOrWasContainedBy``; ``rico:hasOrHadHolder`` the repository;
  ``rico:hasOrHadLanguage`` ``rico:Language`` nodes labelled in English and French;
  ``rico:hasDocumentaryFormType`` documentary form types (SKOS, English and French).

Every person, body, family and place is invented. Seeded, no network; stdlib only (written by
hand: one typed node element a resource, blank name nodes nested, sorted). Run from the
repository root: ``python bench/data/own/archives_make.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _rdfxml import RdfXmlDoc

HERE = Path(__file__).parent
OUT = HERE / "archives.rdf"

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rico": "https://www.ica.org/standards/RiC/ontology#",
}
BASE = "https://data.archives-varennes.fr/ric/"
RST = "https://www.ica.org/standards/RiC/vocabularies/recordSetTypes#"
DFT = "https://www.ica.org/standards/RiC/vocabularies/documentaryFormTypes#"
XSD = "http://www.w3.org/2001/XMLSchema#"

MONTHS = [
    "",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]

PLACES = {
    # slug: (name, qualifier, container slug)
    "france": ("France", "", ""),
    "haute-varenne": ("Haute-Varenne", "France", "france"),
    "basse-lorre": ("Basse-Lorre", "France", "france"),
    "valbrune": ("Valbrune", "Haute-Varenne", "haute-varenne"),
    "saint-aurele": ("Saint-Aurèle", "Haute-Varenne", "haute-varenne"),
    "montclar": ("Montclar-sur-Lorre", "Basse-Lorre", "basse-lorre"),
    "lorris-les-bains": ("Lorris-les-Bains", "Basse-Lorre", "basse-lorre"),
    "ferrieres": ("Ferrières-en-Varenne", "Haute-Varenne", "haute-varenne"),
    "port-lorre": ("Port-Lorre", "Basse-Lorre", "basse-lorre"),
    "alger": ("Sidi-Mersa", "Algérie", ""),
}
LANGS = {
    "fre": ("French", "français"),
    "lat": ("Latin", "latin"),
    "oci": ("Occitan", "occitan"),
    "ger": ("German", "allemand"),
    "eng": ("English", "anglais"),
}
FORMS = {
    "Letter": ("letter", "lettre"),
    "Minutes": ("minutes", "procès-verbal"),
    "Plan": ("plan", "plan"),
    "Register": ("register", "registre"),
    "Photograph": ("photograph", "photographie"),
    "Deed": ("deed", "acte"),
    "Report": ("report", "rapport"),
}
OCCUPATIONS = {
    "ingenieur": ("ingénieur des ponts et chaussées", "civil engineer"),
    "notaire": ("notaire", "notary"),
    "maitre-forges": ("maître de forges", "ironmaster"),
    "depute": ("député", "member of parliament"),
    "architecte": ("architecte", "architect"),
    "photographe": ("photographe", "photographer"),
}

# agents: slug -> (class, authorized form, other forms, occupation, place, begin, end)
AGENTS = {
    "forges-valbrune": (
        "CorporateBody",
        "Compagnie des forges de Valbrune",
        ["Forges de Valbrune"],
        "",
        "valbrune",
        "1836",
        "1911",
    ),
    "smvl": (
        "CorporateBody",
        "Société métallurgique de Valbrune et Lorris",
        ["SMVL"],
        "",
        "valbrune",
        "1911",
        "1968",
    ),
    "prefecture-hv": (
        "CorporateBody",
        "Préfecture de la Haute-Varenne",
        [],
        "",
        "valbrune",
        "1800",
        "",
    ),
    "hospices-valbrune": (
        "CorporateBody",
        "Bureau des hospices de Valbrune",
        [],
        "",
        "valbrune",
        "1796",
        "1874",
    ),
    "hospices-civils": (
        "CorporateBody",
        "Commission administrative des hospices civils de Valbrune",
        ["Hospices civils de Valbrune"],
        "",
        "valbrune",
        "1874",
        "1953",
    ),
    "chemins-fer": (
        "CorporateBody",
        "Compagnie du chemin de fer de Port-Lorre à Ferrières",
        ["Chemin de fer de Port-Lorre"],
        "",
        "port-lorre",
        "1853",
        "1883",
    ),
    "reseau-lorre": (
        "CorporateBody",
        "Réseau des chemins de fer de la Lorre",
        [],
        "",
        "port-lorre",
        "1883",
        "1938",
    ),
    "montclar": (
        "Family",
        "Montclar (famille de)",
        ["Famille de Montclar"],
        "",
        "montclar",
        "1520",
        "1902",
    ),
    "lavergne": (
        "Person",
        "Lavergne, Étienne (1821-1894)",
        ["Étienne Lavergne", "Lavergne, Étienne-Auguste"],
        "ingenieur",
        "ferrieres",
        "1821-04-17",
        "1894-11-02",
    ),
    "marchetti": (
        "Person",
        "Marchetti-Duval, Louise (1858-1931)",
        ["Louise Marchetti-Duval", "Louise Duval"],
        "photographe",
        "lorris-les-bains",
        "1858-09-03",
        "1931-01-22",
    ),
    "berthomieu": (
        "Person",
        "Berthomieu, Anselme (1790-1862)",
        ["Anselme Berthomieu", "Maître Berthomieu"],
        "notaire",
        "saint-aurele",
        "1790-02-11",
        "1862-06-30",
    ),
    "roquebrune": (
        "Person",
        "Roquebrune, Jules-Henri (1833-1907)",
        ["Jules-Henri Roquebrune"],
        "depute",
        "valbrune",
        "1833-12-05",
        "1907-03-14",
    ),
    "dufresnoy": (
        "Person",
        "Dufresnoy, Clémence (1861-1944)",
        ["Clémence Dufresnoy"],
        "architecte",
        "port-lorre",
        "1861-05-28",
        "1944-08-19",
    ),
    "montclar-gaspard": (
        "Person",
        "Montclar, Gaspard de (1712-1779)",
        ["Gaspard de Montclar"],
        "",
        "montclar",
        "1712-07-08",
        "1779-10-01",
    ),
    "holder-an": (
        "CorporateBody",
        "Archives départementales de la Haute-Varenne",
        ["AD Haute-Varenne"],
        "",
        "valbrune",
        "1796",
        "",
    ),
}
# predecessor -> successor; the first two as rico:hasSuccessor, the others as n-ary relations
SUCCESSIONS = [
    ("forges-valbrune", "smvl", "binary"),
    ("hospices-valbrune", "hospices-civils", "nary"),
    ("chemins-fer", "reseau-lorre", "nary"),
]

# fonds: key -> (reference code, call-number prefix, title, creators, creator style, holder, span, languages, series titles)
FONDS = {
    "forges": (
        "FRAN_IR_001234",
        "412 AQ",
        "Fonds de la Compagnie des forges de Valbrune",
        ["forges-valbrune", "smvl"],
        "binary",
        (1836, 1968),
        ["fre", "ger"],
        [
            "Conseil d'administration",
            "Personnel ouvrier",
            "Approvisionnement en minerai",
            "Comptabilité générale",
            "Cités ouvrières",
        ],
    ),
    "prefecture": (
        "FRAN_IR_002871",
        "4 M",
        "Préfecture de la Haute-Varenne, police générale",
        ["prefecture-hv"],
        "binary",
        (1800, 1940),
        ["fre"],
        [
            "Rapports des commissaires de police",
            "Surveillance des étrangers",
            "Élections",
            "Grèves et coalitions",
        ],
    ),
    "hospices": (
        "FRAN_IR_003307",
        "H DEPOT 2",
        "Archives hospitalières de Valbrune",
        ["hospices-valbrune", "hospices-civils"],
        "nary",
        (1796, 1953),
        ["fre", "lat"],
        ["Délibérations", "Registres d'entrées des malades", "Enfants trouvés", "Biens et revenus"],
    ),
    "chemin": (
        "FRAN_IR_004120",
        "77 AQ",
        "Fonds du chemin de fer de Port-Lorre à Ferrières",
        ["chemins-fer", "reseau-lorre"],
        "nary",
        (1853, 1938),
        ["fre", "eng"],
        [
            "Concession et statuts",
            "Construction de la ligne",
            "Gares et ouvrages d'art",
            "Exploitation",
        ],
    ),
    "montclar": (
        "FRAN_IR_000985",
        "1 E",
        "Chartrier de Montclar",
        ["montclar"],
        "binary",
        (1520, 1902),
        ["lat", "oci", "fre"],
        ["Titres de propriété", "Correspondance familiale", "Terriers et censiers", "Procès"],
    ),
    "lavergne": (
        "FRAN_IR_005512",
        "129 J",
        "Papiers Étienne Lavergne",
        ["lavergne"],
        "binary",
        (1840, 1894),
        ["fre"],
        ["Carrière administrative", "Ponts de la Lorre", "Correspondance"],
    ),
    "marchetti": (
        "FRAN_IR_006078",
        "31 Fi",
        "Fonds photographique Louise Marchetti-Duval",
        ["marchetti"],
        "nary",
        (1880, 1929),
        ["fre"],
        ["Vues de Lorris-les-Bains", "Portraits d'atelier", "Reportages industriels"],
    ),
    "berthomieu": (
        "FRAN_IR_007443",
        "3 E 56",
        "Minutes de Maître Anselme Berthomieu, notaire à Saint-Aurèle",
        ["berthomieu"],
        "binary",
        (1815, 1861),
        ["fre"],
        ["Minutes", "Répertoires"],
    ),
    "roquebrune": (
        "FRAN_IR_008150",
        "205 AP",
        "Archives Jules-Henri Roquebrune",
        ["roquebrune"],
        "binary",
        (1860, 1907),
        ["fre"],
        ["Mandats parlementaires", "Correspondance politique", "Papiers personnels"],
    ),
}

SUBJECT_TOPICS = {
    "forges": ["haut fourneau", "laminoir", "mine de fer", "grève", "logement ouvrier", "coulée"],
    "prefecture": [
        "réunion publique",
        "colportage",
        "passeport",
        "grève",
        "élection municipale",
        "incendie",
    ],
    "hospices": ["admission", "legs", "enfant trouvé", "épidémie de choléra", "ferme", "rente"],
    "chemin": ["viaduc", "gare", "tunnel", "expropriation", "horaire", "accident"],
    "montclar": ["seigneurie", "dîme", "mariage", "succession", "moulin", "procès"],
    "lavergne": ["pont suspendu", "crue", "nomination", "route nationale", "digue"],
    "marchetti": ["vue de la station thermale", "portrait", "atelier", "usine", "fête"],
    "berthomieu": [
        "vente",
        "bail",
        "testament",
        "contrat de mariage",
        "partage",
        "inventaire après décès",
    ],
    "roquebrune": ["élection législative", "discours", "budget", "chemin de fer", "banquet"],
}
FORM_OF = {
    "forges": ["Minutes", "Register", "Report", "Letter", "Plan"],
    "prefecture": ["Report", "Letter", "Register"],
    "hospices": ["Register", "Minutes", "Deed"],
    "chemin": ["Plan", "Report", "Letter", "Photograph"],
    "montclar": ["Deed", "Letter", "Register"],
    "lavergne": ["Letter", "Report", "Plan"],
    "marchetti": ["Photograph"],
    "berthomieu": ["Deed", "Register"],
    "roquebrune": ["Letter", "Report"],
}
PLACES_OF = {
    "forges": ["valbrune", "ferrieres"],
    "prefecture": ["valbrune", "saint-aurele", "ferrieres"],
    "hospices": ["valbrune"],
    "chemin": ["port-lorre", "ferrieres", "lorris-les-bains"],
    "montclar": ["montclar", "lorris-les-bains"],
    "lavergne": ["ferrieres", "port-lorre", "montclar"],
    "marchetti": ["lorris-les-bains", "valbrune", "alger"],
    "berthomieu": ["saint-aurele", "valbrune"],
    "roquebrune": ["valbrune", "saint-aurele"],
}
CORRESPONDENTS = ["lavergne", "roquebrune", "berthomieu", "dufresnoy", "prefecture-hv", "marchetti"]


def Doc() -> RdfXmlDoc:
    """A document in this graph's namespaces."""
    return RdfXmlDoc(NS)


def expressed(day: str) -> str:
    """'1871-03-12' -> '12 mars 1871'; a year stays a year."""
    parts = day.split("-")
    if len(parts) == 1:
        return day
    y, m, d = (int(x) for x in parts)
    return f"{'1er' if d == 1 else d} {MONTHS[m]} {y}"


def single_date(doc: RdfXmlDoc, day: str) -> str:
    iri = f"{BASE}date/{day}"
    if iri not in doc.types:
        doc.typ(iri, "rico:SingleDate")
        dtype = XSD + ("date" if "-" in day else "gYear")
        doc.lit(iri, "rico:normalizedDateValue", day, dtype=dtype)
        doc.lit(iri, "rico:expressedDate", expressed(day), lang="fr")
    return iri


def date_range(doc: RdfXmlDoc, a: int, b: int) -> str:
    if a == b:
        return single_date(doc, str(a))
    iri = f"{BASE}date/{a}-{b}"
    if iri not in doc.types:
        doc.typ(iri, "rico:DateRange")
        doc.lit(iri, "rico:normalizedDateValue", f"{a}/{b}")
        doc.lit(iri, "rico:expressedDate", f"{a}-{b}")
        doc.iri(iri, "rico:hasBeginningDate", single_date(doc, str(a)))
        doc.iri(iri, "rico:hasEndDate", single_date(doc, str(b)))
    return iri


def lived(slug: str, year: int) -> bool:
    """Whether an agent could write in ``year`` (an adult person; a body that existed)."""
    cls, *_rest, begin, end = AGENTS[slug]
    first = int(begin[:4]) + (18 if cls == "Person" else 0)
    return first <= year <= (int(end[:4]) if end else 9999)


def agent_iri(slug: str) -> str:
    return f"{BASE}agent/{slug}"


def main() -> None:
    rng = random.Random(3502)
    d = Doc()
    for key, (en, fr) in (
        ("Fonds", ("fonds", "fonds")),
        ("Series", ("series", "série organique")),
        ("File", ("file", "dossier")),
    ):
        iri = RST + key
        d.typ(iri, "skos:Concept")
        d.lit(iri, "skos:prefLabel", en, "en")
        d.lit(iri, "skos:prefLabel", fr, "fr")
        d.iri(iri, "skos:inScheme", RST[:-1])
    for key, (en, fr) in FORMS.items():
        iri = DFT + key
        d.typ(iri, "skos:Concept")
        d.lit(iri, "skos:prefLabel", en, "en")
        d.lit(iri, "skos:prefLabel", fr, "fr")
        d.iri(iri, "skos:inScheme", DFT[:-1])
    for key, (en, fr) in LANGS.items():
        iri = f"{BASE}language/{key}"
        d.typ(iri, "rico:Language")
        d.lit(iri, "rdfs:label", en, "en")
        d.lit(iri, "rdfs:label", fr, "fr")
    for key, (fr, en) in OCCUPATIONS.items():
        iri = f"{BASE}occupation/{key}"
        d.typ(iri, "rico:OccupationType")
        d.lit(iri, "rdfs:label", fr, "fr")
        d.lit(iri, "rdfs:label", en, "en")
    for key, (name, qual, container) in PLACES.items():
        iri = f"{BASE}place/{key}"
        d.typ(iri, "rico:Place")
        d.lit(iri, "rico:name", name)
        d.lit(iri, "rdfs:label", f"{name} ({qual})" if qual else name, "fr")
        if container:
            d.iri(iri, "rico:isOrWasContainedBy", f"{BASE}place/{container}")

    for slug, (cls, auth, others, occ, place, begin, end) in AGENTS.items():
        iri = agent_iri(slug)
        d.typ(iri, f"rico:{cls}")
        d.lit(iri, "rdfs:label", auth, "fr")
        for other in others:
            d.blank(
                iri,
                "rico:hasOrHadAgentName",
                "rico:AgentName",
                [("rico:textualValue", "plain", other, "")],
            )
        if occ:
            d.iri(iri, "rico:hasOrHadOccupationOfType", f"{BASE}occupation/{occ}")
        d.iri(iri, "rico:hasOrHadLocation", f"{BASE}place/{place}")
        start, stop = (
            ("rico:hasBirthDate", "rico:hasDeathDate")
            if cls == "Person"
            else ("rico:hasBeginningDate", "rico:hasEndDate")
        )
        d.iri(iri, start, single_date(d, begin))
        if end:
            d.iri(iri, stop, single_date(d, end))
    d.iri(agent_iri("montclar-gaspard"), "rico:isOrWasMemberOf", agent_iri("montclar"))
    d.iri(agent_iri("montclar"), "rico:hasOrHadMember", agent_iri("montclar-gaspard"))
    for i, (a, b, style) in enumerate(SUCCESSIONS):
        if style == "binary":
            d.iri(agent_iri(a), "rico:hasSuccessor", agent_iri(b))
            d.iri(agent_iri(b), "rico:isSuccessorOf", agent_iri(a))
        else:
            rel = f"{BASE}relation/agent-temporal-{i}"
            d.typ(rel, "rico:AgentTemporalRelation")
            d.iri(rel, "rico:agentTemporalRelationHasSource", agent_iri(a))
            d.iri(rel, "rico:agentTemporalRelationHasTarget", agent_iri(b))
            d.iri(rel, "rico:isAssociatedWithDate", single_date(d, AGENTS[b][5]))

    holder = agent_iri("holder-an")
    rel_n = 0
    for key, (ref, call, title, creators, style, (y0, y1), langs, series) in FONDS.items():
        f_iri = f"{BASE}recordResource/{ref}"
        d.typ(f_iri, "rico:RecordSet")
        d.iri(f_iri, "rico:hasRecordSetType", RST + "Fonds")
        d.lit(f_iri, "rico:title", title, "fr")
        d.lit(f_iri, "rdfs:label", title, "fr")
        d.lit(f_iri, "rico:identifier", ref)
        d.iri(f_iri, "rico:hasOrHadHolder", holder)
        d.iri(f_iri, "rico:hasCreationDate", date_range(d, y0, y1))
        for lang in langs:
            d.iri(f_iri, "rico:hasOrHadLanguage", f"{BASE}language/{lang}")
        n_files_total = 0
        d.lit(
            f_iri,
            "rico:scopeAndContent",
            f"Le fonds comprend {len(series)} séries : "
            + ", ".join(s.lower() for s in series)
            + ".",
            "fr",
        )
        for c in creators:
            if style == "binary":
                d.iri(f_iri, "rico:hasOrHadCreator", agent_iri(c))
                d.iri(agent_iri(c), "rico:isOrWasCreatorOf", f_iri)
            else:
                rel_n += 1
                rel = f"{BASE}relation/creation-{rel_n}"
                d.typ(rel, "rico:CreationRelation")
                d.iri(rel, "rico:creationRelationHasSource", f_iri)
                d.iri(rel, "rico:creationRelationHasTarget", agent_iri(c))
                d.lit(rel, "rico:certainty", "certain", "fr")
        span = y1 - y0
        start = 1
        for si, stitle in enumerate(series, 1):
            s_iri = f"{f_iri}/s{si:02d}"
            n_files = rng.randrange(3, 8)
            sy0 = y0 + rng.randrange(0, max(1, span // 3))
            sy1 = min(y1, sy0 + rng.randrange(max(2, span // 3), max(3, span)))
            d.typ(s_iri, "rico:RecordSet")
            d.iri(s_iri, "rico:hasRecordSetType", RST + "Series")
            d.lit(s_iri, "rico:title", stitle, "fr")
            d.lit(s_iri, "rico:identifier", f"{call} {start}-{start + n_files - 1}")
            d.iri(s_iri, "rico:hasCreationDate", date_range(d, sy0, sy1))
            d.iri(f_iri, "rico:includesOrIncluded", s_iri)
            d.lit(s_iri, "rico:recordResourceExtent", f"{n_files} articles", "fr")
            for fi in range(n_files):
                num = start + fi
                file_iri = f"{f_iri}/s{si:02d}/f{num:03d}"
                topic = rng.choice(SUBJECT_TOPICS[key])
                place = rng.choice(PLACES_OF[key])
                pname = PLACES[place][0]
                fy0 = rng.randrange(sy0, sy1 + 1)
                fy1 = min(sy1, fy0 + rng.randrange(0, 6))
                ftitle = (
                    f"{stitle} : {topic}, {pname} ({fy0}-{fy1})"
                    if fy1 > fy0
                    else f"{stitle} : {topic}, {pname} ({fy0})"
                )
                d.typ(file_iri, "rico:RecordSet")
                d.iri(file_iri, "rico:hasRecordSetType", RST + "File")
                d.lit(file_iri, "rico:title", ftitle, "fr")
                d.lit(file_iri, "rico:identifier", f"{call} {num}")
                d.iri(file_iri, "rico:hasCreationDate", date_range(d, fy0, fy1))
                d.iri(file_iri, "rico:hasOrHadSubject", f"{BASE}place/{place}")
                d.iri(s_iri, "rico:includesOrIncluded", file_iri)
                d.iri(file_iri, "rico:isOrWasIncludedIn", s_iri)
                n_files_total += 1
                # records: items described in about half the files
                if rng.random() < 0.5:
                    for ri in range(1, rng.randrange(2, 5)):
                        r_iri = f"{file_iri}/r{ri}"
                        form = rng.choice(FORM_OF[key])
                        year = rng.randrange(fy0, fy1 + 1)
                        day = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                        alive = [c for c in CORRESPONDENTS if lived(c, year)]
                        if form == "Letter" and len(alive) < 2:
                            form = "Report" if "Report" in FORM_OF[key] else FORM_OF[key][0]
                        d.typ(r_iri, "rico:Record")
                        d.iri(r_iri, "rico:hasDocumentaryFormType", DFT + form)
                        d.iri(r_iri, "rico:hasCreationDate", single_date(d, day))
                        d.iri(file_iri, "rico:includesOrIncluded", r_iri)
                        d.iri(r_iri, "rico:isOrWasIncludedIn", file_iri)
                        rplace = rng.choice(PLACES_OF[key])
                        d.iri(r_iri, "rico:hasOrHadSubject", f"{BASE}place/{rplace}")
                        if form == "Letter":
                            author = rng.choice(alive)
                            to = rng.choice([c for c in alive if c != author])
                            d.iri(r_iri, "rico:hasAuthor", agent_iri(author))
                            d.iri(r_iri, "rico:hasAddressee", agent_iri(to))
                            a_name = (
                                AGENTS[author][2][0] if AGENTS[author][2] else AGENTS[author][1]
                            )
                            t_name = AGENTS[to][2][0] if AGENTS[to][2] else AGENTS[to][1]
                            rtitle = f"Lettre de {a_name} à {t_name} ({topic})"
                        else:
                            rtitle = f"{FORMS[form][1].capitalize()} : {topic}, {PLACES[rplace][0]}"
                        d.lit(r_iri, "rico:title", rtitle, "fr")
                        if rng.random() < 0.3:
                            subj = rng.choice(
                                ["lavergne", "roquebrune", "dufresnoy", "smvl", "prefecture-hv"]
                            )
                            d.iri(r_iri, "rico:hasOrHadSubject", agent_iri(subj))
            start += n_files
        d.lit(f_iri, "rico:recordResourceExtent", f"{n_files_total} articles", "fr")

    d.write(OUT)
    print(f"{OUT.name}: {d.count()} triples")


if __name__ == "__main__":
    main()
