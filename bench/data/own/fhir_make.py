# ruff: noqa: E501  (one record a line)
"""Write ``fhir.ttl``: a hospital's synthetic patient records as HL7 FHIR R4 in FHIR RDF (Turtle).

The shape is what a user gets converting a Synthea-like export (the resources a FHIR server's
bulk export gives) to the FHIR RDF Turtle format of R4 (https://hl7.org/fhir/R4/rdf.html), as the FHIR
validator / the HAPI RDF writer do:

* every resource a named node ``<base/Patient/uuid>`` with ``a fhir:Patient``, ``fhir:nodeRole
  fhir:treeRoot`` and ``fhir:Resource.id [ fhir:value "uuid" ]``; ids are opaque UUIDs;
* **every value wrapped in a node**: ``fhir:Patient.gender [ fhir:value "male" ]``; properties
  named ``Type.element`` (``fhir:HumanName.family``, ``fhir:Coding.display``); list members carry
  ``fhir:index``; dates as ``xsd:date`` / ``xsd:dateTime`` and numbers as ``xsd:decimal`` inside
  ``fhir:value``; no ``rdfs:label`` anywhere;
* names as ``HumanName`` nodes (``given`` several, ``family``, ``prefix`` "Dr."/"Mrs.", ``use``
  official / maiden), addresses as ``Address`` nodes, telecom as ``ContactPoint`` nodes;
* references as ``[ fhir:link <base/Patient/uuid>; fhir:Reference.reference [ fhir:value
  "Patient/uuid" ]; fhir:Reference.display [...] ]``;
* codes as ``CodeableConcept`` nodes holding ``Coding`` nodes (``Coding.system`` / ``code`` /
  ``display``) with the R4 converter's ``a sct:<code>`` / ``a loinc:<code>`` typing, and a
  ``CodeableConcept.text``: SNOMED CT conditions and encounter types with their semantic tags
  ("(disorder)", "(finding)", "(procedure)"), LOINC observations, RxNorm medications, CVX
  vaccines, HL7 terminology codes (marital status, ActCode encounter classes, clinical status);
* ``Observation.valueQuantity`` (value / unit / UCUM system / code), blood pressure as
  ``Observation.component`` nodes, smoking status as ``valueCodeableConcept``;
* Patients (US Core race / ethnicity / birth sex / mother's maiden name extensions, MRN and SSN
  identifiers, marital status, communication language, Synthea's narrative div, a deceased
  patient), Encounters with participants (Practitioners) and service providers (Organizations,
  named in upper case as Synthea names them, with an ``alias``), PractitionerRoles (specialty,
  organization), Conditions (onset, abatement, clinical status), MedicationRequests (requester,
  reason), Immunizations, AllergyIntolerances (reactions), Observations, and each patient's
  the resources of all patients in one file, as a server's bulk ``$export`` converted to RDF.

21 patients, 6 practitioners, 4 organizations; 14,693 triples (600 kB: FHIR RDF
spends two triples on every value). Names are invented and
realistic (several languages, some diacritics kept as a US hospital stores them); codes and
display texts are the real ones of their code systems. Seeded; stdlib + rdflib. Run from the
repository root: ``python bench/data/own/fhir_make.py``.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

from rdflib import XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF

FHIR = Namespace("http://hl7.org/fhir/")
SCT = Namespace("http://snomed.info/id/")
LOINC = Namespace("http://loinc.org/rdf#")
BASE = "https://fhir.mercy-health.example/R4/"
SNOMED, LOINC_SYS, RXNORM = (
    "http://snomed.info/sct",
    "http://loinc.org",
    "http://www.nlm.nih.gov/research/umls/rxnorm",
)
CVX, UCUM = "http://hl7.org/fhir/sid/cvx", "http://unitsofmeasure.org"
TERM = "http://terminology.hl7.org/CodeSystem/"

CONDITIONS = {
    "HTN": ("59621000", "Essential hypertension (disorder)", True),
    "DM2": ("44054006", "Diabetes mellitus type 2 (disorder)", True),
    "PREDM": ("714628002", "Prediabetes (finding)", True),
    "HLD": ("55822004", "Hyperlipidemia (disorder)", True),
    "ASTHMA": ("195967001", "Asthma (disorder)", True),
    "CKD": ("431855005", "Chronic kidney disease stage 1 (disorder)", True),
    "OBESITY": ("162864005", "Body mass index 30+ - obesity (finding)", True),
    "CHD": ("53741008", "Coronary arteriosclerosis (disorder)", True),
    "AF": ("49436004", "Atrial fibrillation (disorder)", True),
    "OA": ("239873007", "Osteoarthritis of knee (disorder)", True),
    "MIGRAINE": ("37796009", "Migraine (disorder)", True),
    "ANEMIA": ("271737000", "Anemia (disorder)", True),
    "STREP": ("43878008", "Streptococcal sore throat (disorder)", False),
    "BRONCH": ("10509002", "Acute bronchitis (disorder)", False),
    "SINUS": ("444814009", "Viral sinusitis (disorder)", False),
    "OTITIS": ("65363002", "Otitis media (disorder)", False),
    "SPRAIN": ("44465007", "Sprain of ankle (disorder)", False),
}  # fmt: skip
MEDS = {
    "LISINOPRIL": ("314076", "lisinopril 10 MG Oral Tablet", "Take 1 tablet by mouth once daily"),
    "HCTZ": ("310798", "Hydrochlorothiazide 25 MG Oral Tablet", "Take 1 tablet by mouth every morning"),
    "AMLODIPINE": ("197361", "amlodipine 5 MG Oral Tablet", "Take 1 tablet by mouth once daily"),
    "METFORMIN": ("860975", "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet", "Take 1 tablet by mouth with evening meal"),
    "SIMVASTATIN": ("312961", "simvastatin 20 MG Oral Tablet", "Take 1 tablet by mouth at bedtime"),
    "ATORVASTATIN": ("259255", "atorvastatin 80 MG Oral Tablet", "Take 1 tablet by mouth once daily"),
    "ALBUTEROL": ("745679", "200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", "Inhale 2 puffs every 4 to 6 hours as needed"),
    "FLUTICASONE": ("895994", "120 ACTUAT fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler", "Inhale 2 puffs twice daily"),
    "PENICILLIN": ("834102", "Penicillin V Potassium 500 MG Oral Tablet", "Take 1 tablet by mouth twice daily for 10 days"),
    "AMOXICLAV": ("562251", "Amoxicillin 250 MG / Clavulanate 125 MG Oral Tablet", "Take 1 tablet by mouth every 8 hours for 7 days"),
    "AMOXICILLIN": ("308182", "Amoxicillin 250 MG Oral Capsule", "Take 1 capsule by mouth three times daily for 10 days"),
    "ACETAMINOPHEN": ("313782", "Acetaminophen 325 MG Oral Tablet", "Take 2 tablets by mouth every 6 hours as needed"),
    "IBUPROFEN": ("310965", "Ibuprofen 200 MG Oral Tablet", "Take 1 tablet by mouth every 6 hours as needed"),
    "WARFARIN": ("855332", "Warfarin Sodium 5 MG Oral Tablet", "Take as directed by anticoagulation clinic"),
    "CLOPIDOGREL": ("309362", "clopidogrel 75 MG Oral Tablet", "Take 1 tablet by mouth once daily"),
    "NITRO": ("705129", "Nitroglycerin 0.4 MG/ACTUAT Mucosal Spray", "1 spray under the tongue as needed for chest pain"),
    "FERROUS": ("310325", "ferrous sulfate 325 MG Oral Tablet", "Take 1 tablet by mouth once daily"),
}  # fmt: skip
VACCINES = {
    "FLU": ("140", "Influenza, seasonal, injectable, preservative free"),
    "TD": ("113", "Td (adult) preservative free"),
    "TDAP": ("115", "Tdap"),
    "PCV13": ("133", "Pneumococcal conjugate PCV 13"),
    "PPSV23": ("33", "pneumococcal polysaccharide vaccine, 23 valent"),
    "ZOSTER": ("187", "zoster vaccine recombinant"),
    "COVID": ("208", "SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose"),
    "HEPB": ("43", "Hep B, adult"),
    "HPV": ("62", "HPV, quadrivalent"),
    "MENACWY": ("114", "meningococcal MCV4P"),
    "MMR": ("03", "MMR"),
    "VARICELLA": ("21", "varicella"),
}  # fmt: skip
ALLERGENS = {
    "PEANUT": (SNOMED, "762952008", "Peanut (substance)", "food", "high", "39579001", "Anaphylaxis (disorder)"),
    "LATEX": (SNOMED, "111088007", "Latex (substance)", "environment", "low", "247472004", "Wheal (finding)"),
    "SHELLFISH": (SNOMED, "735029006", "Shellfish (substance)", "food", "high", "271807003", "Eruption of skin (disorder)"),
    "GRASS": (SNOMED, "256277009", "Grass pollen (substance)", "environment", "low", "878820003", "Rhinoconjunctivitis (disorder)"),
    "SULFA": (SNOMED, "363528003", "Sulfamethoxazole (substance)", "medication", "low", "271807003", "Eruption of skin (disorder)"),
    "BEE": (SNOMED, "288328004", "Bee venom (substance)", "environment", "high", "39579001", "Anaphylaxis (disorder)"),
    "DANDER": (SNOMED, "264287008", "Animal dander (substance)", "environment", "low", "267036007", "Dyspnea (finding)"),
    "PENG": (RXNORM, "7980", "Penicillin G", "medication", "high", "247472004", "Wheal (finding)"),
}  # fmt: skip
LANGUAGES = {
    "en": ("en-US", "English (United States)"),
    "es": ("es", "Spanish"),
    "vi": ("vi", "Vietnamese"),
    "uk": ("uk", "Ukrainian"),
    "zh": ("zh", "Chinese"),
    "it": ("it", "Italian"),
    "ar": ("ar", "Arabic"),
    "de": ("de", "German"),
    "ru": ("ru", "Russian"),
    "ja": ("ja", "Japanese"),
    "ko": ("ko", "Korean"),
}  # fmt: skip
MARITAL = {"M": "Married", "S": "Never Married", "D": "Divorced", "W": "Widowed"}
SMOKING = {
    "never": ("266919005", "Never smoked tobacco (finding)"),
    "ex": ("8517006", "Ex-smoker (finding)"),
    "daily": ("449868002", "Smokes tobacco daily (finding)"),
}  # fmt: skip
RACE = {
    "white": ("2106-3", "White"),
    "black": ("2054-5", "Black or African American"),
    "asian": ("2028-9", "Asian"),
    "other": ("2131-1", "Other Race"),
}  # fmt: skip

# key: (name, alias, city, street, phone)
ORGS = {
    "MERCY": ("MERCY GENERAL HOSPITAL", "Mercy General", "Worcester", "119 Belmont St", "508-555-0100"),
    "LAKESIDE": ("LAKESIDE FAMILY PRACTICE", None, "Shrewsbury", "26 Boston Tpke", "508-555-0142"),
    "STJUDE": ("ST. JUDE URGENT CARE LLC", None, "Framingham", "61 Lincoln St", "508-555-0177"),
    "BEACON": ("BEACON HILL CARDIOLOGY ASSOCIATES", None, "Boston", "243 Charles St", "617-555-0123"),
}  # fmt: skip
# key: (given, family, gender, NPI, organization, specialty SNOMED code, specialty display)
PRACTITIONERS = {
    "RAMIREZ": ("Oscar", "Ramírez", "male", "9999912345", "LAKESIDE", "394814009", "General practice"),
    "GOLDBERG": ("Sarah", "Goldberg", "female", "9999923456", "LAKESIDE", "394814009", "General practice"),
    "TRAN": ("Anh", "Tran", "female", "9999934567", "MERCY", "773568002", "Emergency medicine"),
    "OCONNOR": ("Michael", "O'Connor", "male", "9999945678", "MERCY", "419192003", "Internal medicine"),
    "RAGHUNATHAN": ("Priya", "Raghunathan", "female", "9999956789", "STJUDE", "419772000", "Family practice"),
    "BECKER": ("Thomas", "Becker", "male", "9999967890", "BEACON", "394579002", "Cardiology"),
}  # fmt: skip
ENC_TYPES = {
    "exam": ("162673000", "General examination of patient (procedure)", "AMB", "ambulatory"),
    "symptom": ("185345009", "Encounter for symptom (procedure)", "AMB", "ambulatory"),
    "problem": ("185347001", "Encounter for problem (procedure)", "AMB", "ambulatory"),
    "urgent": ("702927004", "Urgent care clinic (procedure)", "AMB", "ambulatory"),
    "er": ("50849002", "Emergency room admission (procedure)", "EMER", "emergency"),
    "inpatient": ("32485007", "Hospital admission (procedure)", "IMP", "inpatient encounter"),
}  # fmt: skip
# Where a condition was diagnosed, when not at a general examination by the patient's GP:
# (patient key, condition) -> (setting, practitioner, organization)
DIAGNOSED = {
    ("johnson", "ASTHMA"): ("exam", "GOLDBERG", "LAKESIDE"),
    ("russo", "CHD"): ("inpatient", "OCONNOR", "MERCY"),
    ("russo", "AF"): ("problem", "BECKER", "BEACON"),
    ("patel", "CHD"): ("problem", "BECKER", "BEACON"),
    ("yamamoto", "AF"): ("problem", "BECKER", "BEACON"),
    ("baker", "AF"): ("inpatient", "OCONNOR", "MERCY"),
    ("washington", "SPRAIN"): ("er", "TRAN", "MERCY"),
    ("rodriguez", "SINUS"): ("urgent", "RAGHUNATHAN", "STJUDE"),
    ("murphy", "OTITIS"): ("urgent", "RAGHUNATHAN", "STJUDE"),
    ("kovalenko", "SINUS"): ("urgent", "RAGHUNATHAN", "STJUDE"),
}  # fmt: skip
# Emergency visits that diagnosed nothing new: (patient, reason condition, date, practitioner)
ER_VISITS = [("johnson", "ASTHMA", "2023-02-11", "TRAN")]

# key, prefix, given names, family, maiden family, gender, birth date, deceased, city, street,
# marital, language, race, GP, managing organization, smoking,
# [(condition, onset year, resolved year or None)], [(medication, condition)], [allergies], [vaccines]
PATIENTS = [
    ("chalmers", "Mr.", ["Peter", "James"], "Chalmers", None, "male", "1974-12-25", None, "Worcester", "534 Erewhon St", "M", "en", "white", "RAMIREZ", "LAKESIDE", "ex", [("HTN", 2012, None), ("HLD", 2015, None), ("BRONCH", 2021, 2021)], [("LISINOPRIL", "HTN"), ("SIMVASTATIN", "HLD"), ("AMOXICLAV", "BRONCH")], [], ["FLU", "TD"]),
    ("garcia", "Mrs.", ["María", "José"], "García López", None, "female", "1968-03-14", None, "Worcester", "88 Pleasant St Apt 4", "M", "es", "white", "RAMIREZ", "LAKESIDE", "never", [("HTN", 2010, None), ("DM2", 2016, None), ("OBESITY", 2014, None)], [("HCTZ", "HTN"), ("METFORMIN", "DM2")], ["LATEX"], ["FLU", "COVID"]),
    ("nguyen", "Mr.", ["Van An"], "Nguyen", None, "male", "1959-07-02", None, "Lowell", "17 Chelmsford St", "M", "vi", "asian", "GOLDBERG", "LAKESIDE", "daily", [("DM2", 2008, None), ("CKD", 2019, None), ("HLD", 2011, None)], [("METFORMIN", "DM2"), ("ATORVASTATIN", "HLD")], ["SHELLFISH"], ["FLU", "PCV13", "ZOSTER"]),
    ("johnson", "Ms.", ["Aaliyah"], "Johnson", None, "female", "1995-09-21", None, "Worcester", "402 Main St", "S", "en", "black", "GOLDBERG", "LAKESIDE", "never", [("ASTHMA", 2001, None), ("STREP", 2023, 2023)], [("ALBUTEROL", "ASTHMA"), ("FLUTICASONE", "ASTHMA"), ("PENICILLIN", "STREP")], ["GRASS"], ["FLU", "HPV", "COVID"]),
    ("kovalenko", "Mr.", ["Oleksandr"], "Kovalenko", None, "male", "1982-05-30", None, "Shrewsbury", "9 Grafton St", "M", "uk", "white", "RAMIREZ", "LAKESIDE", "never", [("MIGRAINE", 2018, None), ("SINUS", 2022, 2022)], [("IBUPROFEN", "MIGRAINE"), ("AMOXICLAV", "SINUS")], ["SULFA"], ["TD", "COVID"]),
    ("chen", "Ms.", ["Mei Lin"], "Chen", None, "female", "1988-11-08", None, "Boston", "31 Tyler St", "S", "zh", "asian", "GOLDBERG", "LAKESIDE", "never", [("PREDM", 2020, None), ("ANEMIA", 2017, None)], [("FERROUS", "ANEMIA")], ["PEANUT"], ["FLU", "HEPB", "COVID"]),
    ("russo", "Mr.", ["Giuseppe"], "Russo", None, "male", "1945-02-17", None, "Worcester", "55 Shrewsbury St", "W", "it", "white", "RAMIREZ", "MERCY", "ex", [("HTN", 1999, None), ("CHD", 2014, None), ("AF", 2019, None), ("OA", 2010, None)], [("AMLODIPINE", "HTN"), ("CLOPIDOGREL", "CHD"), ("NITRO", "CHD"), ("WARFARIN", "AF"), ("ACETAMINOPHEN", "OA")], [], ["FLU", "PCV13", "PPSV23", "ZOSTER"]),
    ("alsayed", "Mrs.", ["Fatima"], "Al-Sayed", "Haddad", "female", "1979-06-11", None, "Framingham", "140 Concord St", "M", "ar", "white", "GOLDBERG", "LAKESIDE", "never", [("MIGRAINE", 2005, None), ("HLD", 2021, None)], [("SIMVASTATIN", "HLD")], ["BEE"], ["FLU", "TDAP"]),
    ("muller", "Mrs.", ["Hannah"], "Müller", "Schneider", "female", "1990-01-29", None, "Boston", "12 Beacon St", "M", "de", "white", "GOLDBERG", "LAKESIDE", "never", [("ASTHMA", 1997, None), ("SINUS", 2023, 2023)], [("ALBUTEROL", "ASTHMA"), ("AMOXICLAV", "SINUS")], ["DANDER"], ["FLU", "COVID", "HPV"]),
    ("mensah", "Mr.", ["Kwame"], "Mensah", None, "male", "1970-08-03", None, "Lowell", "230 Westford St", "M", "en", "black", "RAMIREZ", "LAKESIDE", "never", [("HTN", 2009, None), ("DM2", 2013, None), ("CKD", 2021, None)], [("LISINOPRIL", "HTN"), ("METFORMIN", "DM2")], [], ["FLU", "TD"]),
    ("obrien", "Ms.", ["Siobhán"], "O'Brien", None, "female", "1985-04-22", None, "Quincy", "77 Hancock St", "S", "en", "white", "GOLDBERG", "LAKESIDE", "ex", [("STREP", 2022, 2022), ("PREDM", 2023, None)], [("PENICILLIN", "STREP")], [], ["FLU", "TDAP", "COVID"]),
    ("patel", "Mr.", ["Raj"], "Patel", None, "male", "1964-10-15", None, "Shrewsbury", "5 Maple Ave", "M", "en", "asian", "RAMIREZ", "LAKESIDE", "never", [("HLD", 2012, None), ("DM2", 2018, None), ("CHD", 2020, None)], [("ATORVASTATIN", "HLD"), ("METFORMIN", "DM2"), ("CLOPIDOGREL", "CHD")], [], ["FLU", "ZOSTER"]),
    ("walsh", None, ["Emily", "Rose"], "Walsh", None, "female", "2008-02-02", None, "Worcester", "18 Salisbury St", "S", "en", "white", "GOLDBERG", "LAKESIDE", "never", [("ASTHMA", 2012, None), ("BRONCH", 2024, 2024)], [("ALBUTEROL", "ASTHMA")], [], ["FLU", "HPV", "MENACWY", "TDAP"]),
    ("washington", "Mr.", ["Jamal"], "Washington", None, "male", "1992-12-12", None, "Worcester", "301 Park Ave", "S", "en", "black", "RAMIREZ", "LAKESIDE", "daily", [("SPRAIN", 2024, 2024)], [("IBUPROFEN", "SPRAIN")], [], ["FLU", "COVID"]),
    ("rodriguez", "Ms.", ["Ana", "Sofía"], "Rodríguez", None, "female", "1999-07-19", None, "Framingham", "45 Waverly St", "S", "es", "other", "GOLDBERG", "LAKESIDE", "never", [("ANEMIA", 2021, None), ("SINUS", 2024, 2024)], [("FERROUS", "ANEMIA"), ("ACETAMINOPHEN", "SINUS")], ["PENG"], ["FLU", "HPV"]),
    ("yamamoto", "Mr.", ["Takeshi"], "Yamamoto", None, "male", "1951-03-09", None, "Boston", "66 Commonwealth Ave", "M", "ja", "asian", "RAMIREZ", "LAKESIDE", "ex", [("HTN", 2005, None), ("OA", 2015, None), ("AF", 2022, None)], [("HCTZ", "HTN"), ("ACETAMINOPHEN", "OA"), ("WARFARIN", "AF")], [], ["FLU", "PCV13", "ZOSTER"]),
    ("petrova", "Ms.", ["Olga"], "Petrova", None, "female", "1976-09-30", None, "Quincy", "12 Coddington St", "D", "ru", "white", "GOLDBERG", "LAKESIDE", "daily", [("MIGRAINE", 2000, None), ("HTN", 2020, None)], [("LISINOPRIL", "HTN"), ("IBUPROFEN", "MIGRAINE")], ["SULFA"], ["FLU", "TD"]),
    ("murphy", None, ["Liam"], "Murphy", None, "male", "2015-06-06", None, "Worcester", "9 Elm St", "S", "en", "white", "GOLDBERG", "LAKESIDE", None, [("OTITIS", 2021, 2021), ("STREP", 2023, 2023)], [("AMOXICILLIN", "OTITIS"), ("PENICILLIN", "STREP")], [], ["FLU", "MMR", "VARICELLA"]),
    ("kim", "Ms.", ["Grace"], "Kim", None, "female", "1983-12-01", None, "Boston", "400 Newbury St", "S", "ko", "asian", "GOLDBERG", "LAKESIDE", "never", [("PREDM", 2019, None), ("OBESITY", 2018, None), ("HLD", 2022, None)], [("SIMVASTATIN", "HLD")], ["PEANUT"], ["FLU", "COVID"]),
    ("baker", "Mrs.", ["Dorothy", "May"], "Baker", "Collins", "female", "1938-05-14", "2023-11-02", "Worcester", "23 Institute Rd", "W", "en", "white", "RAMIREZ", "MERCY", "never", [("HTN", 1990, None), ("DM2", 2001, None), ("CKD", 2016, None), ("AF", 2023, None)], [("AMLODIPINE", "HTN"), ("METFORMIN", "DM2"), ("WARFARIN", "AF")], [], ["FLU", "PCV13", "PPSV23"]),
    ("thompson", "Mr.", ["Henry"], "Thompson", None, "male", "1957-01-20", None, "Lowell", "88 Pawtucket Blvd", "M", "en", "white", "RAMIREZ", "LAKESIDE", "ex", [("HLD", 2010, None), ("PREDM", 2015, None), ("OA", 2017, None)], [("ATORVASTATIN", "HLD"), ("ACETAMINOPHEN", "OA")], [], ["FLU", "ZOSTER", "PCV13"]),
]  # fmt: skip

rng = random.Random(25_1202)
g = Graph()
for prefix, ns in (("fhir", FHIR), ("sct", SCT), ("loinc", LOINC), ("owl", OWL), ("xsd", XSD)):
    g.bind(prefix, ns)


def uid() -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def value(v: object, datatype: URIRef | None = None) -> BNode:
    """A primitive wrapped as FHIR RDF wraps every value: ``[ fhir:value v ]``."""
    node = BNode()
    g.add((node, FHIR["value"], Literal(v, datatype=datatype) if datatype else Literal(v)))
    return node


def put(
    subject: BNode | URIRef, prop: str, obj: object, index: int | None = None
) -> BNode | URIRef:
    node = obj if isinstance(obj, (BNode, URIRef)) else value(obj)
    if index is not None:
        g.add((node, FHIR["index"], Literal(index)))
    g.add((subject, FHIR[prop], node))
    return node


def resource(kind: str, rid: str) -> URIRef:
    iri = URIRef(f"{BASE}{kind}/{rid}")
    g.add((iri, RDF.type, FHIR[kind]))
    g.add((iri, FHIR.nodeRole, FHIR.treeRoot))
    put(iri, "Resource.id", rid)
    return iri


def reference(target: URIRef, display: str | None = None) -> BNode:
    node = BNode()
    g.add((node, FHIR.link, target))
    put(node, "Reference.reference", target[len(BASE) :])
    if display:
        put(node, "Reference.display", display)
    return node


def coding(system: str, code: str, display: str, index: int | None = 0) -> BNode:
    node = BNode()
    if system == SNOMED:
        g.add((node, RDF.type, SCT[code]))
    elif system == LOINC_SYS:
        g.add((node, RDF.type, LOINC[code]))
    put(node, "Coding.system", value(system, XSD.anyURI))
    put(node, "Coding.code", code)
    put(node, "Coding.display", display)
    if index is not None:
        g.add((node, FHIR["index"], Literal(index)))
    return node


def concept(system: str, code: str, display: str, text: str | None = "") -> BNode:
    node = BNode()
    put(node, "CodeableConcept.coding", coding(system, code, display))
    if text is not None:
        put(node, "CodeableConcept.text", text or display)
    return node


def human_name(
    given: list[str], family: str, prefix: str | None, use: str = "official", index: int = 0
) -> BNode:
    node = BNode()
    g.add((node, FHIR["index"], Literal(index)))
    put(node, "HumanName.use", use)
    put(node, "HumanName.family", family)
    for i, name in enumerate(given):
        put(node, "HumanName.given", name, i)
    if prefix:
        put(node, "HumanName.prefix", prefix, 0)
    return node


def address(street: str, city: str, postal: str) -> BNode:
    node = BNode()
    g.add((node, FHIR["index"], Literal(0)))
    put(node, "Address.line", street, 0)
    put(node, "Address.city", city)
    put(node, "Address.state", "MA")
    put(node, "Address.postalCode", postal)
    put(node, "Address.country", "US")
    return node


def telecom(system: str, number: str, use: str | None = None) -> BNode:
    node = BNode()
    g.add((node, FHIR["index"], Literal(0)))
    put(node, "ContactPoint.system", system)
    put(node, "ContactPoint.value", number)
    if use:
        put(node, "ContactPoint.use", use)
    return node


def dt(day: str, hour: int | None = None) -> BNode:
    if hour is None:
        return value(day, XSD.date)
    return value(f"{day}T{hour:02d}:{rng.randrange(0, 60, 5):02d}:00-05:00", XSD.dateTime)


def day_in(year: int) -> str:
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


POSTAL = {
    "Worcester": "01608",
    "Shrewsbury": "01545",
    "Framingham": "01702",
    "Boston": "02116",
    "Lowell": "01852",
    "Quincy": "02169",
}  # fmt: skip

# ------------------------------------------------------------------ organizations, practitioners
org_iri, prac_iri, prac_display = {}, {}, {}
for key, (name, alias, city, street, phone) in ORGS.items():
    o = org_iri[key] = resource("Organization", uid())
    ident = put(o, "Organization.identifier", BNode(), 0)
    put(ident, "Identifier.system", value("https://github.com/synthetichealth/synthea", XSD.anyURI))
    put(ident, "Identifier.value", uid())
    put(o, "Organization.active", value(True))
    t = put(o, "Organization.type", BNode(), 0)
    put(
        t,
        "CodeableConcept.coding",
        coding(TERM + "organization-type", "prov", "Healthcare Provider"),
    )
    put(t, "CodeableConcept.text", "Healthcare Provider")
    put(o, "Organization.name", name)
    if alias:
        put(o, "Organization.alias", alias, 0)
    put(o, "Organization.telecom", telecom("phone", phone, "work"))
    put(o, "Organization.address", address(street, city, POSTAL[city]))

for key, (given, family, gender, npi, org, spec_code, spec) in PRACTITIONERS.items():
    p = prac_iri[key] = resource("Practitioner", uid())
    prac_display[key] = f"Dr. {given} {family}"
    ident = put(p, "Practitioner.identifier", BNode(), 0)
    put(ident, "Identifier.system", value("http://hl7.org/fhir/sid/us-npi", XSD.anyURI))
    put(ident, "Identifier.value", npi)
    put(p, "Practitioner.active", value(True))
    put(p, "Practitioner.name", human_name([given], family, "Dr."))
    put(
        p,
        "Practitioner.telecom",
        telecom(
            "email",
            f"{given}.{family.replace(chr(39), '')}@example.com".lower().replace("í", "i"),
            "work",
        ),
    )
    put(p, "Practitioner.gender", gender)
    role = resource("PractitionerRole", uid())
    put(role, "PractitionerRole.practitioner", reference(p, prac_display[key]))
    put(role, "PractitionerRole.organization", reference(org_iri[org], ORGS[org][0]))
    put(
        role,
        "PractitionerRole.code",
        concept(TERM + "practitioner-role", "doctor", "Doctor", "Doctor"),
        0,
    )
    put(role, "PractitionerRole.specialty", concept(SNOMED, spec_code, spec), 0)

# ------------------------------------------------------------------ patients and their records


def encounter(
    pat: URIRef,
    pname: str,
    setting: str,
    day: str,
    prac: str,
    org: str,
    reason: tuple[str, str] | None,
) -> URIRef:
    code, display, cls, cls_display = ENC_TYPES[setting]
    e = resource("Encounter", uid())
    put(e, "Encounter.status", "finished")
    put(e, "Encounter.class", coding(TERM + "v3-ActCode", cls, cls_display, None))
    put(e, "Encounter.type", concept(SNOMED, code, display), 0)
    put(e, "Encounter.subject", reference(pat, pname))
    part = put(e, "Encounter.participant", BNode(), 0)
    put(part, "Encounter.participant.individual", reference(prac_iri[prac], prac_display[prac]))
    period = put(e, "Encounter.period", BNode())
    start = rng.randint(8, 15)
    put(period, "Period.start", dt(day, start))
    put(period, "Period.end", dt(day, start + (30 if setting == "inpatient" else 1) % 24))
    if reason:
        put(e, "Encounter.reasonCode", concept(SNOMED, *reason), 0)
    put(e, "Encounter.serviceProvider", reference(org_iri[org], ORGS[org][0]))
    return e


def observation(
    pat: URIRef,
    enc: URIRef,
    day: str,
    category: str,
    loinc: str,
    display: str,
    quantity: tuple[float, str, str] | None = None,
) -> URIRef:
    o = resource("Observation", uid())
    put(o, "Observation.status", "final")
    cat = {
        "vital-signs": "Vital signs",
        "laboratory": "laboratory",
        "social-history": "Social History",
    }[category]
    put(o, "Observation.category", concept(TERM + "observation-category", category, cat, None), 0)
    put(o, "Observation.code", concept(LOINC_SYS, loinc, display, None))
    put(o, "Observation.subject", reference(pat))
    put(o, "Observation.effectiveDateTime", dt(day, 10))
    if quantity:
        put(o, "Observation.valueQuantity", quantity_node(*quantity))
    return o


def quantity_node(v: float, unit: str, code: str) -> BNode:
    q = BNode()
    put(q, "Quantity.value", value(f"{v}", XSD.decimal))
    put(q, "Quantity.unit", unit)
    put(q, "Quantity.system", value(UCUM, XSD.anyURI))
    put(q, "Quantity.code", code)
    return q


for (
    key,
    prefix,
    given,
    family,
    maiden,
    gender,
    birth,
    died,
    city,
    street,
    marital,
    lang,
    race,
    gp,
    managing,
    smoking,
    conds,
    meds,
    allergies,
    vaccines,
) in PATIENTS:
    rid = uid()
    pat = resource("Patient", rid)
    pname = " ".join(given) + " " + family
    text = put(pat, "DomainResource.text", BNode())
    put(text, "Narrative.status", "generated")
    g.add(
        (
            text,
            FHIR["Narrative.div"],
            Literal(
                '<div xmlns="http://www.w3.org/1999/xhtml">Generated by <a href="https://github.com/synthetichealth/synthea">Synthea</a>.Version identifier: v3.0.0-1234\n .   Person seed: '
                + str(rng.getrandbits(40))
                + "  Population seed: 1701202500</div>"
            ),
        )
    )
    ext = [("http://hl7.org/fhir/us/core/StructureDefinition/us-core-race", RACE[race][1])]
    for i, (url, txt) in enumerate(ext):
        e = put(pat, "DomainResource.extension", BNode(), i)
        put(e, "Extension.url", value(url, XSD.anyURI))
        if "race" in url:
            sub = put(e, "Extension.extension", BNode(), 0)
            put(sub, "Extension.url", value("ombCategory", XSD.anyURI))
            put(
                sub,
                "Extension.valueCoding",
                coding("urn:oid:2.16.840.1.113883.6.238", RACE[race][0], RACE[race][1], None),
            )
        sub = put(e, "Extension.extension", BNode(), 1)
        put(sub, "Extension.url", value("text", XSD.anyURI))
        put(sub, "Extension.valueString", txt)
    e = put(pat, "DomainResource.extension", BNode(), 2)
    put(
        e,
        "Extension.url",
        value("http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName", XSD.anyURI),
    )
    put(
        e,
        "Extension.valueString",
        rng.choice(
            [
                "Smith",
                "Lopez",
                "Brennan",
                "Okafor",
                "Ivanova",
                "Sato",
                "Rossi",
                "Weber",
                "Tran",
                "Hughes",
            ]
        ),
    )
    e = put(pat, "DomainResource.extension", BNode(), 3)
    put(
        e,
        "Extension.url",
        value("http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", XSD.anyURI),
    )
    put(e, "Extension.valueCode", "M" if gender == "male" else "F")
    for i, (system, idv) in enumerate(
        [
            ("http://hospital.smarthealthit.org", rid),
            (
                "http://hl7.org/fhir/sid/us-ssn",
                f"999-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            ),
        ]
    ):
        ident = put(pat, "Patient.identifier", BNode(), i)
        put(ident, "Identifier.system", value(system, XSD.anyURI))
        put(ident, "Identifier.value", idv)
    put(pat, "Patient.name", human_name(given, family, prefix))
    if maiden:
        put(pat, "Patient.name", human_name(given, maiden, None, "maiden", 1))
    put(pat, "Patient.gender", gender)
    put(pat, "Patient.birthDate", dt(birth))
    if died:
        put(pat, "Patient.deceasedDateTime", dt(died))
    else:
        put(pat, "Patient.deceasedBoolean", value(False))
    put(pat, "Patient.address", address(street, city, POSTAL[city]))
    put(
        pat,
        "Patient.maritalStatus",
        concept(TERM + "v3-MaritalStatus", marital, MARITAL[marital], MARITAL[marital]),
    )
    comm = put(pat, "Patient.communication", BNode(), 0)
    put(comm, "Patient.communication.language", concept("urn:ietf:bcp:47", *LANGUAGES[lang]))
    put(pat, "Patient.generalPractitioner", reference(prac_iri[gp], prac_display[gp]), 0)
    put(pat, "Patient.managingOrganization", reference(org_iri[managing], ORGS[managing][0]))

    # the latest yearly examination: vital signs, smoking status, labs, this year's vaccines
    last = 2023 if died else 2024
    exam_day = day_in(last)
    exam = encounter(pat, pname, "exam", exam_day, gp, "LAKESIDE", None)
    age = last - int(birth[:4])
    height = (
        round(rng.uniform(152, 170) if gender == "female" else rng.uniform(165, 188), 1)
        if age >= 18
        else 140.0
    )
    bmi = round(
        rng.uniform(31, 36) if any(c == "OBESITY" for c, *_ in conds) else rng.uniform(20, 29), 1
    )
    weight = round(bmi * (height / 100) ** 2, 1)
    for loinc, display, q in [
        ("29463-7", "Body Weight", (weight, "kg", "kg")),
    ]:
        observation(pat, exam, exam_day, "vital-signs", loinc, display, q)
    bp = observation(
        pat,
        exam,
        exam_day,
        "vital-signs",
        "85354-9",
        "Blood pressure panel with all children optional",
    )
    hyper = any(c == "HTN" for c, *_ in conds)
    for i, (loinc, display, v) in enumerate(
        [
            (
                "8462-4",
                "Diastolic Blood Pressure",
                rng.randint(84, 96) if hyper else rng.randint(68, 82),
            ),
            (
                "8480-6",
                "Systolic Blood Pressure",
                rng.randint(136, 158) if hyper else rng.randint(104, 126),
            ),
        ]
    ):
        comp = put(bp, "Observation.component", BNode(), i)
        put(comp, "Observation.component.code", concept(LOINC_SYS, loinc, display, None))
        put(comp, "Observation.component.valueQuantity", quantity_node(v, "mm[Hg]", "mm[Hg]"))
    if smoking:
        s = observation(pat, exam, exam_day, "social-history", "72166-2", "Tobacco smoking status")
        put(s, "Observation.valueCodeableConcept", concept(SNOMED, *SMOKING[smoking]))
    codes = {c for c, *_ in conds}
    if codes & {"DM2", "PREDM"}:
        a1c = round(rng.uniform(7.0, 8.9) if "DM2" in codes else rng.uniform(5.7, 6.4), 1)
        observation(
            pat,
            exam,
            exam_day,
            "laboratory",
            "4548-4",
            "Hemoglobin A1c/Hemoglobin.total in Blood",
            (a1c, "%", "%"),
        )
    if "HLD" in codes:
        observation(
            pat,
            exam,
            exam_day,
            "laboratory",
            "2093-3",
            "Cholesterol [Mass/volume] in Serum or Plasma",
            (round(rng.uniform(205, 260), 1), "mg/dL", "mg/dL"),
        )

    for vac in vaccines:
        im = resource("Immunization", uid())
        put(im, "Immunization.status", "completed")
        put(im, "Immunization.vaccineCode", concept(CVX, *VACCINES[vac]))
        put(im, "Immunization.patient", reference(pat))
        when = (
            exam_day
            if vac == "FLU"
            else day_in(rng.randint(max(int(birth[:4]) + 1, last - 8), last - 1))
        )
        put(im, "Immunization.occurrenceDateTime", dt(when, 9))
        put(im, "Immunization.primarySource", value(True))

    for alg in allergies:
        system, code, display, category, criticality, rcode, rdisplay = ALLERGENS[alg]
        a = resource("AllergyIntolerance", uid())
        put(
            a,
            "AllergyIntolerance.clinicalStatus",
            concept(TERM + "allergyintolerance-clinical", "active", "Active", None),
        )
        put(a, "AllergyIntolerance.type", "allergy")
        put(a, "AllergyIntolerance.category", category, 0)
        put(a, "AllergyIntolerance.criticality", criticality)
        put(a, "AllergyIntolerance.code", concept(system, code, display))
        put(a, "AllergyIntolerance.patient", reference(pat))
        put(
            a,
            "AllergyIntolerance.recordedDate",
            dt(
                day_in(rng.randint(int(birth[:4]) + 2, 2015) if int(birth[:4]) < 2013 else 2020), 11
            ),
        )
        r = put(a, "AllergyIntolerance.reaction", BNode(), 0)
        put(r, "AllergyIntolerance.reaction.manifestation", concept(SNOMED, rcode, rdisplay), 0)
        put(
            r, "AllergyIntolerance.reaction.severity", "severe" if criticality == "high" else "mild"
        )

    cond_iri, cond_enc, cond_prac, cond_day = {}, {}, {}, {}
    for cond, onset, resolved in conds:
        code, display, chronic = CONDITIONS[cond]
        setting, prac, org = DIAGNOSED.get(
            (key, cond), ("exam" if chronic else "symptom", gp, "LAKESIDE")
        )
        day = day_in(onset)
        # a chronic condition found at a routine examination names no encounter (as Synthea's
        # older records do); the others name the visit that diagnosed them
        enc = (
            None
            if setting == "exam"
            else encounter(pat, pname, setting, day, prac, org, (code, display))
        )
        c = resource("Condition", uid())
        status = "resolved" if resolved else "active"
        put(
            c,
            "Condition.clinicalStatus",
            concept(TERM + "condition-clinical", status, status.title(), None),
        )
        put(c, "Condition.code", concept(SNOMED, code, display))
        put(c, "Condition.subject", reference(pat))
        if enc is not None:
            put(c, "Condition.encounter", reference(enc))
        put(c, "Condition.onsetDateTime", dt(day, 10))
        if resolved:
            put(
                c,
                "Condition.abatementDateTime",
                dt(day[:8] + f"{min(int(day[8:]) + 10, 28):02d}", 10),
            )
        cond_iri[cond], cond_enc[cond], cond_prac[cond], cond_day[cond] = c, enc, prac, day

    for med, cond in meds:
        code, display, dosage = MEDS[med]
        m = resource("MedicationRequest", uid())
        put(
            m,
            "MedicationRequest.status",
            "active" if CONDITIONS[cond][2] and not died else ("stopped" if died else "completed"),
        )
        put(m, "MedicationRequest.intent", "order")
        put(m, "MedicationRequest.medicationCodeableConcept", concept(RXNORM, code, display))
        put(m, "MedicationRequest.subject", reference(pat))
        if cond_enc[cond] is not None:
            put(m, "MedicationRequest.encounter", reference(cond_enc[cond]))
        put(m, "MedicationRequest.authoredOn", dt(cond_day[cond], 11))
        put(
            m,
            "MedicationRequest.requester",
            reference(prac_iri[cond_prac[cond]], prac_display[cond_prac[cond]]),
        )
        put(m, "MedicationRequest.reasonReference", reference(cond_iri[cond]), 0)
        dose = put(m, "MedicationRequest.dosageInstruction", BNode(), 0)
        put(dose, "Dosage.text", dosage)

    for pkey, reason, day, prac in ER_VISITS:
        if pkey == key:
            encounter(pat, pname, "er", day, prac, "MERCY", CONDITIONS[reason][:2])

out = Path(__file__).with_name("fhir.ttl")
g.serialize(out, format="turtle")
print(f"{out}: {len(g)} triples, {out.stat().st_size} bytes")
