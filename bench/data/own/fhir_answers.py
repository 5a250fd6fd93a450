# ruff: noqa: E501  (one question a line)
"""Gold answers of ``fhir.jsonl``, computed with rdflib SPARQL over ``fhir.ttl`` (never with kgchat).

Each question is paired with the query whose result is its answer list. A result that is a
resource is written as a person would name it: a patient or practitioner by the given names and
family name of their official ``HumanName`` ("Peter James Chalmers", no "Mr."/"Dr." prefix), an
organization by its ``Organization.name``; a code by its ``Coding.display``; a value by its
lexical form. ``{Name}`` in a query stands for the IRI of the patient or practitioner of that
name. Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/fhir_answers.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from _answers_common import write_answers
from rdflib import Graph, URIRef

HERE = Path(__file__).parent
PRE = "PREFIX fhir: <http://hl7.org/fhir/>\n"
D = "/fhir:CodeableConcept.coding/fhir:Coding.display/fhir:value"  # a code's display text
V = "/fhir:value"
CODE = {
    "condition": "fhir:Condition.code",
    "med": "fhir:MedicationRequest.medicationCodeableConcept",
}


def of_patient(kind: str, link: str, name: str) -> str:
    """The display texts of the ``kind`` resources whose ``link`` points at a patient."""
    return f"SELECT ?v WHERE {{ ?r a fhir:{kind} ; fhir:{kind}.{link}/fhir:link {{{name}}} ; {code_of(kind)}{D} ?v }}"


def code_of(kind: str) -> str:
    return {
        "Condition": "fhir:Condition.code",
        "MedicationRequest": "fhir:MedicationRequest.medicationCodeableConcept",
        "Immunization": "fhir:Immunization.vaccineCode",
        "AllergyIntolerance": "fhir:AllergyIntolerance.code",
    }[kind]


def patients_with(display: str, extra: str = "") -> str:
    return f'SELECT ?p WHERE {{ ?c a fhir:Condition ; fhir:Condition.code{D} "{display}" ; fhir:Condition.subject/fhir:link ?p . {extra} }}'


def observed(
    name: str,
    loinc: str,
    path: str = "fhir:Observation.valueQuantity/fhir:Quantity.value/fhir:value",
) -> str:
    return f'SELECT ?v WHERE {{ ?o fhir:Observation.subject/fhir:link {{{name}}} ; fhir:Observation.code/fhir:CodeableConcept.coding/fhir:Coding.code/fhir:value "{loinc}" ; {path} ?v }}'


HTN, DM2, ASTHMA, AF, PREDM = (
    "Essential hypertension (disorder)",
    "Diabetes mellitus type 2 (disorder)",
    "Asthma (disorder)",
    "Atrial fibrillation (disorder)",
    "Prediabetes (finding)",
)
ROLE_ORG = "?role fhir:PractitionerRole.practitioner/fhir:link {{{0}}} ; fhir:PractitionerRole.organization/fhir:link ?v"
QUESTIONS: list[tuple[str, str, str | None]] = [
    (
        "when was Peter Chalmers born",
        "literal",
        "SELECT ?v WHERE { {Peter James Chalmers} fhir:Patient.birthDate/fhir:value ?v }",
    ),
    (
        "What is Grace Kim's date of birth?",
        "literal",
        "SELECT ?v WHERE { {Grace Kim} fhir:Patient.birthDate/fhir:value ?v }",
    ),
    (
        "gender of Kwame Mensah",
        "1hop",
        "SELECT ?v WHERE { {Kwame Mensah} fhir:Patient.gender/fhir:value ?v }",
    ),
    (
        "Who is Hannah Müller's GP?",
        "1hop",
        "SELECT ?v WHERE { {Hannah Müller} fhir:Patient.generalPractitioner/fhir:link ?v }",
    ),
    (
        "which organization manages Dorothy Baker's record",
        "1hop",
        "SELECT ?v WHERE { {Dorothy May Baker} fhir:Patient.managingOrganization/fhir:link ?v }",
    ),
    (
        "what city does Kwame Mensah live in",
        "1hop",
        "SELECT ?v WHERE { {Kwame Mensah} fhir:Patient.address/fhir:Address.city/fhir:value ?v }",
    ),
    (
        "marital status of Olga Petrova",
        "1hop",
        f"SELECT ?v WHERE {{ {{Olga Petrova}} fhir:Patient.maritalStatus{D} ?v }}",
    ),
    (
        "What language does Van An Nguyen speak?",
        "1hop",
        f"SELECT ?v WHERE {{ {{Van An Nguyen}} fhir:Patient.communication/fhir:Patient.communication.language{D} ?v }}",
    ),
    (
        "When did Dorothy Baker die?",
        "literal",
        "SELECT ?v WHERE { {Dorothy May Baker} fhir:Patient.deceasedDateTime/fhir:value ?v }",
    ),
    (
        "which patients live in Quincy",
        "inverse",
        'SELECT ?v WHERE { ?v a fhir:Patient ; fhir:Patient.address/fhir:Address.city/fhir:value "Quincy" }',
    ),
    (
        "Who are Oscar Ramírez's patients?",
        "inverse",
        "SELECT ?v WHERE { ?v fhir:Patient.generalPractitioner/fhir:link {Oscar Ramírez} }",
    ),
    (
        "which patients speak Spanish",
        "inverse",
        f'SELECT ?v WHERE {{ ?v fhir:Patient.communication/fhir:Patient.communication.language{D} "Spanish" }}',
    ),
    (
        "what conditions does Peter Chalmers have",
        "2hop",
        of_patient("Condition", "subject", "Peter James Chalmers"),
    ),
    (
        "what medications is María José García López on",
        "2hop",
        of_patient("MedicationRequest", "subject", "María José García López"),
    ),
    (
        "What vaccines has Giuseppe Russo received?",
        "2hop",
        of_patient("Immunization", "patient", "Giuseppe Russo"),
    ),
    (
        "what is Mei Lin Chen allergic to",
        "2hop",
        of_patient("AllergyIntolerance", "patient", "Mei Lin Chen"),
    ),
    (
        "which patients are allergic to peanuts",
        "inverse",
        f'SELECT ?v WHERE {{ ?a fhir:AllergyIntolerance.code{D} "Peanut (substance)" ; fhir:AllergyIntolerance.patient/fhir:link ?v }}',
    ),
    ("who has atrial fibrillation", "inverse", patients_with(AF).replace("?p", "?v")),
    (
        "what hospital does Dr. Anh Tran work at",
        "2hop",
        "SELECT ?v WHERE { " + ROLE_ORG.format("Anh Tran") + " }",
    ),
    (
        "What is Thomas Becker's specialty?",
        "2hop",
        f"SELECT ?v WHERE {{ ?role fhir:PractitionerRole.practitioner/fhir:link {{Thomas Becker}} ; fhir:PractitionerRole.specialty{D} ?v }}",
    ),
    (
        "which doctors work at Lakeside Family Practice",
        "inverse",
        'SELECT ?v WHERE { ?role fhir:PractitionerRole.practitioner/fhir:link ?v ; fhir:PractitionerRole.organization/fhir:link/fhir:Organization.name/fhir:value "LAKESIDE FAMILY PRACTICE" }',
    ),
    (
        "which hospital was Aaliyah Johnson taken to in the emergency",
        "2hop",
        'SELECT ?v WHERE { ?e fhir:Encounter.subject/fhir:link {Aaliyah Johnson} ; fhir:Encounter.class/fhir:Coding.code/fhir:value "EMER" ; fhir:Encounter.serviceProvider/fhir:link ?v }',
    ),
    (
        "which doctor prescribed Takeshi Yamamoto's warfarin",
        "3hop",
        f'SELECT ?v WHERE {{ ?m fhir:MedicationRequest.subject/fhir:link {{Takeshi Yamamoto}} ; fhir:MedicationRequest.medicationCodeableConcept{D} "Warfarin Sodium 5 MG Oral Tablet" ; fhir:MedicationRequest.requester/fhir:link ?v }}',
    ),
    (
        "who diagnosed Raj Patel's coronary artery disease",
        "3hop",
        f'SELECT ?v WHERE {{ ?c fhir:Condition.subject/fhir:link {{Raj Patel}} ; fhir:Condition.code{D} "Coronary arteriosclerosis (disorder)" ; fhir:Condition.encounter/fhir:link/fhir:Encounter.participant/fhir:Encounter.participant.individual/fhir:link ?v }}',
    ),
    (
        "what was Ana Sofía Rodríguez seen for at the urgent care",
        "3hop",
        f'SELECT ?v WHERE {{ ?e fhir:Encounter.subject/fhir:link {{Ana Sofía Rodríguez}} ; fhir:Encounter.serviceProvider/fhir:link/fhir:Organization.name/fhir:value "ST. JUDE URGENT CARE LLC" ; fhir:Encounter.reasonCode{D} ?v }}',
    ),
    (
        "what is Peter Chalmers taking for his cholesterol",
        "3hop",
        f'SELECT ?v WHERE {{ ?m fhir:MedicationRequest.subject/fhir:link {{Peter James Chalmers}} ; fhir:MedicationRequest.reasonReference/fhir:link/fhir:Condition.code{D} "Hyperlipidemia (disorder)" ; fhir:MedicationRequest.medicationCodeableConcept{D} ?v }}',
    ),
    (
        "which patients did Priya Raghunathan see",
        "inverse",
        "SELECT ?v WHERE { ?e fhir:Encounter.participant/fhir:Encounter.participant.individual/fhir:link {Priya Raghunathan} ; fhir:Encounter.subject/fhir:link ?v }",
    ),
    ("how much does Peter Chalmers weigh", "synonym", observed("Peter James Chalmers", "29463-7")),
    ("what was Kwame Mensah's last HbA1c", "literal", observed("Kwame Mensah", "4548-4")),
    (
        "systolic blood pressure of Olga Petrova",
        "literal",
        'SELECT ?v WHERE { ?o fhir:Observation.subject/fhir:link {Olga Petrova} ; fhir:Observation.component ?c . ?c fhir:Observation.component.code/fhir:CodeableConcept.coding/fhir:Coding.code/fhir:value "8480-6" ; fhir:Observation.component.valueQuantity/fhir:Quantity.value/fhir:value ?v }',
    ),
    (
        "does Jamal Washington smoke",
        "synonym",
        observed("Jamal Washington", "72166-2", f"fhir:Observation.valueCodeableConcept{D}"),
    ),
    (
        "which patients have both hypertension and diabetes",
        "conjunction",
        patients_with(
            HTN, f'?d fhir:Condition.code{D} "{DM2}" ; fhir:Condition.subject/fhir:link ?p .'
        ).replace("?p", "?v"),
    ),
    (
        "female patients with asthma",
        "conjunction",
        patients_with(ASTHMA, '?p fhir:Patient.gender/fhir:value "female" .').replace("?p", "?v"),
    ),
    (
        "patients of Dr Goldberg who have prediabetes",
        "conjunction",
        patients_with(
            PREDM, "?p fhir:Patient.generalPractitioner/fhir:link {Sarah Goldberg} ."
        ).replace("?p", "?v"),
    ),
    ("who has high blood pressure", "synonym", patients_with(HTN).replace("?p", "?v")),
    (
        "what shots did Liam Murphy get",
        "synonym",
        of_patient("Immunization", "patient", "Liam Murphy"),
    ),
    (
        "who is on warfarin",
        "inverse",
        f'SELECT ?v WHERE {{ ?m fhir:MedicationRequest.medicationCodeableConcept{D} "Warfarin Sodium 5 MG Oral Tablet" ; fhir:MedicationRequest.subject/fhir:link ?v }}',
    ),
    (
        "mercy general doctors",
        "alias",
        'SELECT ?v WHERE { ?role fhir:PractitionerRole.practitioner/fhir:link ?v ; fhir:PractitionerRole.organization/fhir:link/fhir:Organization.alias/fhir:value "Mercy General" }',
    ),
    (
        "what town is Mercy General in",
        "alias",
        'SELECT ?v WHERE { ?o fhir:Organization.alias/fhir:value "Mercy General" ; fhir:Organization.address/fhir:Address.city/fhir:value ?v }',
    ),
    (
        "when was giusepe russo born",
        "typo",
        "SELECT ?v WHERE { {Giuseppe Russo} fhir:Patient.birthDate/fhir:value ?v }",
    ),
    (
        "what is aaliyah jonson allergic to",
        "typo",
        of_patient("AllergyIntolerance", "patient", "Aaliyah Johnson"),
    ),
    (
        "medications for kwame mensa",
        "typo",
        of_patient("MedicationRequest", "subject", "Kwame Mensah"),
    ),
    (
        "hannah muller gp",
        "typo",
        "SELECT ?v WHERE { {Hannah Müller} fhir:Patient.generalPractitioner/fhir:link ?v }",
    ),
    (
        "What is Dr. Ramirez's NPI number?",
        "literal",
        "SELECT ?v WHERE { {Oscar Ramírez} fhir:Practitioner.identifier/fhir:Identifier.value/fhir:value ?v }",
    ),
    (
        "phone number of St. Jude Urgent Care",
        "literal",
        'SELECT ?v WHERE { ?o fhir:Organization.name/fhir:value "ST. JUDE URGENT CARE LLC" ; fhir:Organization.telecom/fhir:ContactPoint.value/fhir:value ?v }',
    ),
    ("what is Peter Chalmers' blood type", "unanswerable", None),
    ("who is Grace Kim's emergency contact", "unanswerable", None),
    ("What insurance does Raj Patel have?", "unanswerable", None),
    ("when did Takeshi Yamamoto die", "unanswerable", None),
]


def names(g: Graph) -> dict[URIRef, str]:
    """Each patient's and practitioner's official name (given names in order, then the family
    name) and each organization's name."""
    out: dict[URIRef, str] = {}
    q = (
        PRE
        + """SELECT ?r ?i ?given ?family WHERE {
        ?r fhir:Patient.name|fhir:Practitioner.name ?n . ?n fhir:HumanName.use/fhir:value "official" ;
           fhir:HumanName.family/fhir:value ?family ; fhir:HumanName.given ?g . ?g fhir:value ?given ; fhir:index ?i }"""
    )
    parts: dict[URIRef, list[tuple[int, str]]] = {}
    family: dict[URIRef, str] = {}
    for r, i, given, fam in g.query(q):
        parts.setdefault(r, []).append((int(i), str(given)))
        family[r] = str(fam)
    for r, given in parts.items():
        out[r] = " ".join(n for _, n in sorted(given)) + " " + family[r]
    for r, name in g.query(PRE + "SELECT ?r ?n WHERE { ?r fhir:Organization.name/fhir:value ?n }"):
        out[r] = str(name)
    return out


def main() -> None:
    g = Graph().parse(HERE / "fhir.ttl")
    label = names(g)
    iri = {v: k for k, v in label.items()}

    def answers_of(sparql: str) -> set[str]:
        sparql = re.sub(r"\{([A-Z][^{}?]*)\}", lambda m: f"<{iri[m.group(1)]}>", sparql)
        return {label.get(r[0], str(r[0])) for r in g.query(PRE + sparql)}

    write_answers(HERE / "fhir.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
