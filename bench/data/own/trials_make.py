# ruff: noqa: E501  (one record a line)
"""Write ``trials.nq.gz``: a clinical-trials registry published as linked data, as gzipped N-Quads
(one named graph per trial record, one for the shared authority data), the way a LinkedCT-style
registry dump is released.

The shape follows LinkedCT (the ClinicalTrials.gov linked-data mirror,
``http://data.linkedct.org/resource/linkedct/``) for what schema.org lacks, and schema.org's
``MedicalTrial`` / ``MedicalStudy`` terms for the rest:

* a trial ``schema:MedicalTrial`` at ``.../resource/trial/NCT0xxxxxxx``, with ``schema:identifier``
  (the NCT number), ``schema:name`` (the brief title), ``schema:alternateName`` (the acronym, for
  most), ``linkedct:official_title``, ``schema:phase`` (a code list of ``skos:Concept`` s with
  ``skos:prefLabel`` and ``skos:notation``), ``schema:status`` (schema.org's
  ``MedicalStudyStatus`` enumeration IRIs, ``schema:Recruiting`` ..., no labels in the file),
  ``schema:trialDesign`` (schema.org's ``MedicalTrialDesign`` IRIs), ``linkedct:enrollment``
  (``xsd:integer``), ``linkedct:start_date`` and ``linkedct:primary_completion_date``
  (``xsd:date``), ``linkedct:minimum_age`` / ``linkedct:maximum_age`` (``"18 Years"``, as the
  registry writes them), ``linkedct:gender``;
* ``schema:healthCondition``: MeSH descriptors (``http://id.nlm.nih.gov/mesh/D003924``) as the
  registry's SKOS extract of MeSH has them: ``skos:prefLabel`` (the descriptor's heading,
  ``"Diabetes Mellitus, Type 2"``), ``skos:altLabel`` (entry terms, ``"Type 2 Diabetes"``,
  ``"NIDDM"``), ``skos:notation`` (the descriptor id), ``skos:broader`` (a parent heading);
* ``schema:studySubject``: the interventions, ``schema:Drug`` nodes with ``schema:name``,
  ``schema:nonProprietaryName`` and ``schema:proprietaryName`` (brand names);
* ``schema:sponsor`` (lead sponsor) and ``linkedct:collaborator``: ``schema:Organization`` s with
  ``schema:name``, ``schema:alternateName`` (some) and a ``schema:PostalAddress`` blank node
  (``schema:addressCountry``, a country name as the registry writes it);
* ``schema:studyLocation``: the sites, ``schema:Hospital`` s with ``schema:name`` and a
  ``schema:PostalAddress`` blank node (``schema:addressLocality``, ``schema:addressCountry``);
* ``linkedct:overall_official``: a ``schema:Person`` (``schema:name``, ``schema:affiliation`` a
  hospital, ``linkedct:role``);
* ``linkedct:arm_group``: blank nodes with ``linkedct:arm_group_label``, ``linkedct:arm_group_type``
  (``"Experimental"``, ``"Placebo Comparator"``, ``"Active Comparator"``), ``linkedct:description``;
* ``linkedct:primary_outcome``: blank nodes with ``linkedct:measure`` and ``linkedct:time_frame``.

Conditions are real MeSH headings and entry terms; drugs are real generic names; trials, sponsors,
sites and people are invented. Seeded; stdlib + rdflib. Run from the repository root:
``python bench/data/own/trials_make.py``.
"""

from __future__ import annotations

import gzip
import random
from datetime import date, timedelta
from pathlib import Path

from rdflib import XSD, BNode, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

SDO = Namespace("http://schema.org/")
LCT = Namespace("http://data.linkedct.org/resource/linkedct/")
RES = "http://data.linkedct.org/resource/"
GRAPH = "http://data.linkedct.org/graph/"
MESH = Namespace("http://id.nlm.nih.gov/mesh/")
HERE = Path(__file__).parent

rng = random.Random(4129)
ds = Dataset()
AUTH = ds.graph(URIRef(GRAPH + "authority"))
_bn = iter(range(1, 1_000_000))


def bnode() -> BNode:  # stable ids, so the file is the same each run
    return BNode(f"n{next(_bn)}")


def en(text: str) -> Literal:
    return Literal(text, lang="en")


# ----------------------------------------------------------------------------- MeSH
# id, heading, entry terms, broader id, typical drugs, primary outcome measures
CONDITIONS = [
    (
        "D003924",
        "Diabetes Mellitus, Type 2",
        ["Type 2 Diabetes", "NIDDM", "Diabetes Mellitus, Adult-Onset"],
        "D003920",
        ["semaglutide", "tirzepatide", "empagliflozin", "metformin", "insulin glargine"],
        ["Change in HbA1c from baseline", "Change in fasting plasma glucose"],
    ),
    (
        "D003922",
        "Diabetes Mellitus, Type 1",
        ["Type 1 Diabetes", "Juvenile-Onset Diabetes", "IDDM"],
        "D003920",
        ["insulin glargine", "teplizumab"],
        ["Change in HbA1c from baseline", "C-peptide AUC"],
    ),
    ("D003920", "Diabetes Mellitus", [], None, [], []),
    (
        "D009765",
        "Obesity",
        [],
        None,
        ["semaglutide", "tirzepatide"],
        ["Percent change in body weight"],
    ),
    (
        "D009203",
        "Myocardial Infarction",
        ["Heart Attack", "Myocardial Infarct"],
        "D006331",
        ["ticagrelor", "atorvastatin", "colchicine"],
        ["Time to first major adverse cardiovascular event"],
    ),
    (
        "D006333",
        "Heart Failure",
        ["Cardiac Failure", "Heart Decompensation"],
        "D006331",
        ["empagliflozin", "sacubitril/valsartan", "dapagliflozin"],
        [
            "Time to cardiovascular death or hospitalization for heart failure",
            "Change in NT-proBNP",
        ],
    ),
    (
        "D001281",
        "Atrial Fibrillation",
        ["Auricular Fibrillation", "AFib"],
        "D006331",
        ["apixaban", "rivaroxaban"],
        ["Incidence of stroke or systemic embolism"],
    ),
    ("D006331", "Heart Diseases", ["Cardiac Diseases"], None, [], []),
    (
        "D006973",
        "Hypertension",
        ["High Blood Pressure"],
        None,
        ["amlodipine", "sacubitril/valsartan"],
        ["Change in seated systolic blood pressure"],
    ),
    (
        "D020521",
        "Stroke",
        ["Cerebrovascular Accident", "CVA", "Brain Attack"],
        None,
        ["apixaban", "alteplase"],
        ["Modified Rankin Scale score at day 90"],
    ),
    (
        "D001943",
        "Breast Neoplasms",
        ["Breast Cancer", "Breast Tumors"],
        "D009369",
        ["trastuzumab", "pembrolizumab", "palbociclib"],
        ["Progression-free survival", "Overall survival"],
    ),
    (
        "D008175",
        "Lung Neoplasms",
        ["Lung Cancer", "Pulmonary Neoplasms"],
        "D009369",
        ["pembrolizumab", "osimertinib", "nivolumab"],
        ["Overall survival", "Objective response rate"],
    ),
    (
        "D011471",
        "Prostatic Neoplasms",
        ["Prostate Cancer"],
        "D009369",
        ["enzalutamide", "docetaxel"],
        ["Radiographic progression-free survival"],
    ),
    ("D009369", "Neoplasms", ["Tumors", "Cancer"], None, [], []),
    (
        "D001172",
        "Arthritis, Rheumatoid",
        ["Rheumatoid Arthritis"],
        None,
        ["adalimumab", "tofacitinib", "methotrexate"],
        ["ACR20 response at week 24"],
    ),
    (
        "D011565",
        "Psoriasis",
        [],
        None,
        ["adalimumab", "secukinumab", "dupilumab"],
        ["PASI 75 response at week 16"],
    ),
    (
        "D003876",
        "Dermatitis, Atopic",
        ["Atopic Eczema", "Eczema, Atopic", "Neurodermatitis, Atopic"],
        None,
        ["dupilumab", "tofacitinib"],
        ["EASI-75 response at week 16"],
    ),
    (
        "D003424",
        "Crohn Disease",
        ["Crohn's Disease", "Regional Enteritis"],
        None,
        ["adalimumab", "vedolizumab"],
        ["Clinical remission at week 52"],
    ),
    (
        "D003093",
        "Colitis, Ulcerative",
        ["Ulcerative Colitis"],
        None,
        ["vedolizumab", "tofacitinib"],
        ["Clinical remission at week 52"],
    ),
    (
        "D001249",
        "Asthma",
        ["Bronchial Asthma"],
        None,
        ["dupilumab", "budesonide"],
        ["Annualized rate of severe exacerbations"],
    ),
    (
        "D029424",
        "Pulmonary Disease, Chronic Obstructive",
        ["COPD", "Chronic Obstructive Lung Disease"],
        None,
        ["budesonide", "dupilumab"],
        ["Change in trough FEV1"],
    ),
    (
        "D000544",
        "Alzheimer Disease",
        ["Alzheimer's Disease", "Senile Dementia", "Alzheimer Dementia"],
        None,
        ["lecanemab", "donanemab"],
        ["Change in CDR-SB at 18 months"],
    ),
    (
        "D010300",
        "Parkinson Disease",
        ["Parkinson's Disease", "Paralysis Agitans"],
        None,
        ["levodopa", "prasinezumab"],
        ["Change in MDS-UPDRS Part III"],
    ),
    (
        "D009103",
        "Multiple Sclerosis",
        ["Disseminated Sclerosis"],
        None,
        ["ocrelizumab", "ofatumumab"],
        ["Annualized relapse rate"],
    ),
    (
        "D008881",
        "Migraine Disorders",
        ["Migraine", "Migraine Headache"],
        None,
        ["erenumab", "rimegepant"],
        ["Change in monthly migraine days"],
    ),
    (
        "D003865",
        "Depressive Disorder, Major",
        ["Major Depression", "Major Depressive Disorder"],
        None,
        ["esketamine", "vortioxetine"],
        ["Change in MADRS total score"],
    ),
    (
        "D012559",
        "Schizophrenia",
        ["Dementia Praecox"],
        None,
        ["aripiprazole", "xanomeline/trospium"],
        ["Change in PANSS total score"],
    ),
    (
        "D015658",
        "HIV Infections",
        ["HIV Infection", "HTLV-III Infections"],
        None,
        ["lenacapavir", "cabotegravir"],
        ["Proportion with HIV-1 RNA < 50 copies/mL"],
    ),
    (
        "D000086382",
        "COVID-19",
        ["SARS-CoV-2 Infection", "Coronavirus Disease 2019"],
        None,
        ["nirmatrelvir/ritonavir", "molnupiravir"],
        ["COVID-19 related hospitalization or death through day 28"],
    ),
    (
        "D007251",
        "Influenza, Human",
        ["Flu", "Grippe", "Human Flu"],
        None,
        ["baloxavir marboxil", "oseltamivir"],
        ["Time to alleviation of symptoms"],
    ),
    (
        "D010024",
        "Osteoporosis",
        ["Bone Loss, Age-Related"],
        None,
        ["denosumab", "romosozumab"],
        ["Percent change in lumbar spine bone mineral density"],
    ),
]

# generic name -> brand names
DRUGS = {
    "semaglutide": ["Ozempic", "Wegovy", "Rybelsus"],
    "tirzepatide": ["Mounjaro", "Zepbound"],
    "empagliflozin": ["Jardiance"],
    "metformin": ["Glucophage"],
    "insulin glargine": ["Lantus", "Toujeo"],
    "teplizumab": ["Tzield"],
    "ticagrelor": ["Brilinta"],
    "atorvastatin": ["Lipitor"],
    "colchicine": ["Colcrys"],
    "sacubitril/valsartan": ["Entresto"],
    "dapagliflozin": ["Farxiga", "Forxiga"],
    "apixaban": ["Eliquis"],
    "rivaroxaban": ["Xarelto"],
    "amlodipine": ["Norvasc"],
    "alteplase": ["Activase"],
    "trastuzumab": ["Herceptin"],
    "pembrolizumab": ["Keytruda"],
    "palbociclib": ["Ibrance"],
    "osimertinib": ["Tagrisso"],
    "nivolumab": ["Opdivo"],
    "enzalutamide": ["Xtandi"],
    "docetaxel": ["Taxotere"],
    "adalimumab": ["Humira"],
    "tofacitinib": ["Xeljanz"],
    "methotrexate": ["Trexall"],
    "secukinumab": ["Cosentyx"],
    "dupilumab": ["Dupixent"],
    "vedolizumab": ["Entyvio"],
    "budesonide": ["Pulmicort"],
    "lecanemab": ["Leqembi"],
    "donanemab": ["Kisunla"],
    "levodopa": ["Sinemet"],
    "prasinezumab": [],
    "ocrelizumab": ["Ocrevus"],
    "ofatumumab": ["Kesimpta"],
    "erenumab": ["Aimovig"],
    "rimegepant": ["Nurtec ODT"],
    "esketamine": ["Spravato"],
    "vortioxetine": ["Trintellix"],
    "aripiprazole": ["Abilify"],
    "xanomeline/trospium": ["Cobenfy"],
    "lenacapavir": ["Sunlenca"],
    "cabotegravir": ["Vocabria"],
    "nirmatrelvir/ritonavir": ["Paxlovid"],
    "molnupiravir": ["Lagevrio"],
    "baloxavir marboxil": ["Xofluza"],
    "oseltamivir": ["Tamiflu"],
    "denosumab": ["Prolia"],
    "romosozumab": ["Evenity"],
    "placebo": [],
}

# name, short name or None, country
SPONSORS = [
    ("Nordvik Pharma A/S", "Nordvik", "Denmark"),
    ("Halvard Therapeutics, Inc.", "Halvard", "United States"),
    ("Caldera Biosciences", None, "United States"),
    ("Solenne Laboratoires", "Solenne", "France"),
    ("Kestrel Pharmaceuticals Ltd", "Kestrel", "United Kingdom"),
    ("Takamura Pharmaceutical Co., Ltd.", "Takamura", "Japan"),
    ("Auren Biotech GmbH", "Auren", "Germany"),
    ("Meridian Oncology", None, "United States"),
    ("Vantor Health AG", "Vantor", "Switzerland"),
    ("Brightwell Neuroscience", None, "Canada"),
    ("Oakridge Clinical Research Institute", "OCRI", "United States"),
    ("Nederlands Hartinstituut", "NHI", "Netherlands"),
    ("Fundación Clínica Iberia", None, "Spain"),
    ("Lumen Immunology S.p.A.", "Lumen", "Italy"),
]

# city, country, hospital names
SITES = [
    ("Lyon", "France", ["Hôpital Edouard Herriot", "Clinique du Parc Lyon"]),
    ("Paris", "France", ["Hôpital Saint-Antoine", "Institut Curie"]),
    ("Berlin", "Germany", ["Charité Campus Mitte"]),
    ("Munich", "Germany", ["Klinikum Großhadern"]),
    ("Madrid", "Spain", ["Hospital Universitario La Paz"]),
    ("Barcelona", "Spain", ["Hospital Clínic de Barcelona"]),
    ("Milan", "Italy", ["Ospedale Niguarda"]),
    ("Rotterdam", "Netherlands", ["Erasmus Medisch Centrum"]),
    ("Copenhagen", "Denmark", ["Rigshospitalet"]),
    ("London", "United Kingdom", ["St Thomas' Hospital", "Royal Brompton Hospital"]),
    ("Manchester", "United Kingdom", ["Manchester Royal Infirmary"]),
    ("Boston", "United States", ["Beacon Hill Medical Center", "Harborview Heart Institute"]),
    ("Houston", "United States", ["Gulf Coast Cancer Center"]),
    ("Chicago", "United States", ["Lakeshore University Hospital"]),
    ("Seattle", "United States", ["Puget Sound Research Clinic"]),
    ("Toronto", "Canada", ["Toronto Western Hospital"]),
    ("Osaka", "Japan", ["Osaka Medical Center"]),
    ("Tokyo", "Japan", ["Shinagawa University Hospital"]),
    ("Zurich", "Switzerland", ["Universitätsspital Zürich"]),
    ("Melbourne", "Australia", ["Yarra Valley Hospital"]),
]

PHASES = [
    ("EARLY_PHASE1", "Early Phase 1"),
    ("PHASE1", "Phase 1"),
    ("PHASE2", "Phase 2"),
    ("PHASE3", "Phase 3"),
    ("PHASE4", "Phase 4"),
]
PHASE_W = [1, 3, 5, 6, 2]
STATUSES = [
    "Recruiting",
    "Completed",
    "ActiveNotRecruiting",
    "NotYetRecruiting",
    "Terminated",
    "Withdrawn",
    "EnrollingByInvitation",
]
STATUS_W = [6, 6, 3, 2, 1, 1, 1]
FIRST = [
    "Anna",
    "Marc",
    "Sofia",
    "Kenji",
    "Laura",
    "David",
    "Ingrid",
    "Pablo",
    "Chen",
    "Maria",
    "Tomas",
    "Elena",
    "Yuki",
    "Oliver",
    "Fatima",
    "Lars",
    "Giulia",
    "Samuel",
    "Nadia",
    "Henrik",
]
LAST = [
    "Moreau",
    "Keller",
    "Rossi",
    "Tanaka",
    "Jensen",
    "Okafor",
    "García",
    "Lindqvist",
    "Novak",
    "Brennan",
    "Dubois",
    "Hartmann",
    "Sato",
    "Mendes",
    "Kowalski",
    "Van Dijk",
    "Whitfield",
    "Ferrari",
    "Haddad",
    "Bauer",
]
SYL = [
    "ASC",
    "VAL",
    "SUM",
    "PRO",
    "ENL",
    "CLAR",
    "TRI",
    "NOV",
    "FOC",
    "HOR",
    "MER",
    "SOL",
    "VIG",
    "AUR",
    "KEY",
    "PIN",
    "STR",
    "DEL",
]
SUFFIX = ["", "", "-HF", "-2", "-ON", "-LT", "-CV", "-X"]


def res(kind: str, key: str) -> URIRef:
    return URIRef(
        RES
        + kind
        + "/"
        + key.lower()
        .replace(" ", "_")
        .replace("/", "_")
        .replace(",", "")
        .replace(".", "")
        .replace("'", "")
    )


def address(gr, node, locality, country) -> None:  # type: ignore[no-untyped-def]
    a = bnode()
    gr.add((node, SDO.address, a))
    gr.add((a, RDF.type, SDO.PostalAddress))
    if locality:
        gr.add((a, SDO.addressLocality, Literal(locality)))
    gr.add((a, SDO.addressCountry, Literal(country)))


def authority() -> tuple[dict, dict, list, list]:
    scheme = URIRef(RES + "phase")
    AUTH.add((scheme, RDF.type, SKOS.ConceptScheme))
    for code, label in PHASES:
        p = URIRef(RES + "phase/" + code)
        AUTH.add((p, RDF.type, SKOS.Concept))
        AUTH.add((p, SKOS.prefLabel, en(label)))
        AUTH.add((p, SKOS.notation, Literal(code)))
        AUTH.add((p, SKOS.inScheme, scheme))
    for mid, head, alts, broader, _, _ in CONDITIONS:
        c = MESH[mid]
        AUTH.add((c, RDF.type, SKOS.Concept))
        AUTH.add((c, SKOS.prefLabel, en(head)))
        AUTH.add((c, SKOS.notation, Literal(mid)))
        for alt in alts:
            AUTH.add((c, SKOS.altLabel, en(alt)))
        if broader:
            AUTH.add((c, SKOS.broader, MESH[broader]))
    drugs = {}
    for generic, brands in DRUGS.items():
        d = res("intervention", generic)
        drugs[generic] = d
        AUTH.add((d, RDF.type, SDO.Drug))
        AUTH.add(
            (d, SDO.name, Literal(generic.capitalize() if generic != "placebo" else "Placebo"))
        )
        if generic != "placebo":
            AUTH.add((d, SDO.nonProprietaryName, Literal(generic)))
        for b in brands:
            AUTH.add((d, SDO.proprietaryName, Literal(b)))
    orgs = {}
    for name, short, country in SPONSORS:
        o = res("agency", short or name.split()[0] + "_" + name.split()[1])
        orgs[name] = o
        AUTH.add((o, RDF.type, SDO.Organization))
        AUTH.add((o, SDO.name, Literal(name)))
        if short:
            AUTH.add((o, SDO.alternateName, Literal(short)))
        address(AUTH, o, None, country)
    hospitals = []
    for city, country, names in SITES:
        for name in names:
            h = res("facility", name.encode("ascii", "ignore").decode())
            hospitals.append((h, name, city, country))
            AUTH.add((h, RDF.type, SDO.Hospital))
            AUTH.add((h, SDO.name, Literal(name)))
            address(AUTH, h, city, country)
    people = []
    for i in range(45):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // 20) % len(LAST)]}"
        p = res("overall_official", name.encode("ascii", "ignore").decode())
        hosp = hospitals[(i * 3) % len(hospitals)][0]
        people.append(p)
        AUTH.add((p, RDF.type, SDO.Person))
        AUTH.add((p, SDO.name, Literal(name)))
        AUTH.add((p, SDO.affiliation, hosp))
    return drugs, orgs, hospitals, people


def trials(drugs: dict, orgs: dict, hospitals: list, people: list) -> None:
    treatable = [c for c in CONDITIONS if c[4]]
    used_nct: set[str] = set()
    used_acr: set[str] = set()
    for i in range(170):
        nct = f"NCT0{rng.randint(1000000, 6999999)}"
        while nct in used_nct:
            nct = f"NCT0{rng.randint(1000000, 6999999)}"
        used_nct.add(nct)
        t = URIRef(RES + "trial/" + nct)
        gr = ds.graph(URIRef(GRAPH + nct))
        cond = treatable[i % len(treatable)]
        conds = [cond]
        if cond[0] == "D003924" and rng.random() < 0.4:
            conds.append(next(c for c in CONDITIONS if c[0] == "D009765"))
        drug = rng.choice(cond[4])
        code, phase_label = rng.choices(PHASES, PHASE_W)[0]
        status = rng.choices(STATUSES, STATUS_W)[0]
        sponsor_name = SPONSORS[rng.randrange(len(SPONSORS))][0]
        placebo = rng.random() < 0.55
        gr.add((t, RDF.type, SDO.MedicalTrial))
        gr.add((t, SDO.identifier, Literal(nct)))
        population = "Adults" if rng.random() < 0.8 else "Participants"
        title = f"{drug.capitalize()} in {population} With {cond[2][0] if cond[2] else cond[1]}"
        if i % 5 == 0:
            title = f"A Study of {drug.capitalize()} Versus {'Placebo' if placebo else 'Standard of Care'} in {cond[2][0] if cond[2] else cond[1]}"
        gr.add((t, SDO.name, Literal(title)))
        gr.add(
            (
                t,
                LCT.official_title,
                Literal(
                    f"A {phase_label}, {'Randomized, Double-blind, Placebo-controlled' if placebo else 'Open-label'} Study to Evaluate the Efficacy and Safety of {drug.capitalize()} in {population} With {cond[1]}"
                ),
            )
        )
        if rng.random() < 0.65:
            acr = rng.choice(SYL) + rng.choice(SYL) + rng.choice(SUFFIX)
            while acr in used_acr:
                acr = rng.choice(SYL) + rng.choice(SYL) + rng.choice(SUFFIX)
            used_acr.add(acr)
            gr.add((t, SDO.alternateName, Literal(acr)))
        gr.add((t, SDO.phase, URIRef(RES + "phase/" + code)))
        gr.add((t, SDO.status, SDO[status]))
        for design in (
            ["RandomizedTrial", "DoubleBlindedTrial", "PlaceboControlledTrial"]
            if placebo
            else ["OpenTrial"]
        ):
            gr.add((t, SDO.trialDesign, SDO[design]))
        for c in conds:
            gr.add((t, SDO.healthCondition, MESH[c[0]]))
        gr.add((t, SDO.studySubject, drugs[drug]))
        if placebo:
            gr.add((t, SDO.studySubject, drugs["placebo"]))
        gr.add((t, SDO.sponsor, orgs[sponsor_name]))
        if rng.random() < 0.3:
            other = rng.choice([s[0] for s in SPONSORS if s[0] != sponsor_name])
            gr.add((t, LCT.collaborator, orgs[other]))
        n_sites = rng.choice([1, 1, 2, 3, 4])
        for h, *_ in rng.sample(hospitals, n_sites):
            gr.add((t, SDO.studyLocation, h))
        gr.add((t, LCT.overall_official, rng.choice(people)))
        enrol = {"EARLY_PHASE1": 20, "PHASE1": 40, "PHASE2": 200, "PHASE3": 900, "PHASE4": 400}[
            code
        ]
        gr.add(
            (t, LCT.enrollment, Literal(enrol // 2 + rng.randrange(enrol), datatype=XSD.integer))
        )
        start = date(2015, 1, 1) + timedelta(days=rng.randrange(3600))
        gr.add((t, LCT.start_date, Literal(start.isoformat(), datatype=XSD.date)))
        end = start + timedelta(days=rng.randrange(300, 1800))
        gr.add((t, LCT.primary_completion_date, Literal(end.isoformat(), datatype=XSD.date)))
        gr.add(
            (
                t,
                LCT.minimum_age,
                Literal(rng.choice(["18 Years", "18 Years", "40 Years", "12 Years", "65 Years"])),
            )
        )
        if rng.random() < 0.5:
            gr.add((t, LCT.maximum_age, Literal(rng.choice(["75 Years", "80 Years", "65 Years"]))))
        gr.add(
            (
                t,
                LCT.gender,
                Literal(
                    "Female" if cond[0] == "D001943" else "Male" if cond[0] == "D011471" else "All"
                ),
            )
        )
        arms = [(drug.capitalize(), "Experimental", f"Participants receive {drug}.")]
        arms.append(
            ("Placebo", "Placebo Comparator", "Participants receive matching placebo.")
            if placebo
            else (
                "Standard of care",
                "Active Comparator",
                "Participants continue standard of care.",
            )
        )
        for label, kind, desc in arms:
            a = bnode()
            gr.add((t, LCT.arm_group, a))
            gr.add((a, LCT.arm_group_label, Literal(label)))
            gr.add((a, LCT.arm_group_type, Literal(kind)))
            gr.add((a, LCT.description, Literal(desc)))
        for measure in cond[5][:2]:
            o = bnode()
            gr.add((t, LCT.primary_outcome, o))
            gr.add((o, LCT.measure, Literal(measure)))
            gr.add(
                (
                    o,
                    LCT.time_frame,
                    Literal(
                        rng.choice(
                            [
                                "Baseline to week 52",
                                "Up to 36 months",
                                "Baseline to week 26",
                                "Day 28",
                            ]
                        )
                    ),
                )
            )


def main() -> None:
    trials(*authority())
    lines = sorted(ds.serialize(format="nquads").splitlines())
    text = "\n".join(line for line in lines if line.strip()) + "\n"
    out = HERE / "trials.nq.gz"
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))
    print(f"{out}: {len(lines)} quads")


if __name__ == "__main__":
    main()
