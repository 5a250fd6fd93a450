# ruff: noqa: E501  (one question a line)
"""Gold answers of ``privacy.jsonl`` (and, with ``--conversations``, the privacy lines of
``conversations_blind57.jsonl``), computed with rdflib SPARQL over ``privacy.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("P10Y", "2024-01-22", "2024-02-14T16:05:00"); a node with
every name it carries: ``rdfs:label`` (English, German, French, Polish), ``skos:prefLabel``,
``skos:altLabel``, ``skos:notation`` (register codes, breach numbers, country codes),
``schema:name``, ``schema:legalName``, ``schema:alternateName``, ``schema:identifier``,
``eli:title`` and ``eli:title_short``. In a query ``{Name}`` stands for the one node carrying
that name. An activity's retention is a blank ``dpv:StorageDuration``'s value or a plain
``ropa:retentionPeriod`` (``KEPT``); a DPIA points to its activity or the activity to it
(``DPIA``); a subsidiary is tied to its parent from either side (``SUB``). Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/privacy_answers.py`` (``--conversations >> conversations_blind57.jsonl``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import RDFS, Graph, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
PRE = """PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX dpv: <https://w3id.org/dpv#>
PREFIX gdpr: <https://w3id.org/dpv/legal/eu/gdpr#>
PREFIX pd: <https://w3id.org/dpv/pd#>
PREFIX loc: <https://w3id.org/dpv/loc#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX ropa: <https://privacy.hallberg-logistik.example/ropa#>
"""


def KEPT(act: str) -> str:
    """``?x`` is ``act``'s retention period, either way the export writes it."""
    return f"{{ {act} dpv:hasStorageCondition [ rdf:value ?x ] }} UNION {{ {act} ropa:retentionPeriod ?x }}"


def DPIA(dpia: str, act: str) -> str:
    """``dpia`` assesses ``act`` (either direction of the link)."""
    return f"{{ {act} ropa:hasDPIA {dpia} }} UNION {{ {dpia} ropa:assessesActivity {act} }}"


def SUB(sub: str, parent: str) -> str:
    """``sub`` is a group company of ``parent`` (either direction of the link)."""
    return f"{{ {sub} org:subOrganizationOf {parent} }} UNION {{ {parent} org:hasSubOrganization {sub} }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # 1hop
    (
        "Who is the data controller for fraud detection?",
        "1hop",
        "SELECT ?x WHERE { {Fraud detection} dpv:hasDataController ?x }",
    ),
    (
        "what personal data does recruitment collect",
        "1hop",
        "SELECT ?x WHERE { {Recruitment} dpv:hasPersonalData ?x }",
    ),
    (
        "Which processor handles payroll?",
        "1hop",
        "SELECT ?x WHERE { {Payroll} dpv:hasDataProcessor ?x }",
    ),
    (
        "What is the legal basis for the newsletter?",
        "1hop",
        "SELECT ?x WHERE { {Newsletter} dpv:hasLegalBasis ?x }",
    ),
    (
        "Who are the data subjects of CCTV warehouse Hamburg?",
        "1hop",
        "SELECT ?x WHERE { {CCTV warehouse Hamburg} dpv:hasDataSubject ?x }",
    ),
    (
        "Which purposes does customer support serve?",
        "1hop",
        "SELECT ?x WHERE { {Customer support} dpv:hasPurpose ?x }",
    ),
    (
        "Who is the business owner of fleet telematics?",
        "1hop",
        "SELECT ?x WHERE { {Fleet telematics} ropa:businessOwner ?x }",
    ),
    (
        "What technical and organisational measures protect occupational health?",
        "1hop",
        "SELECT ?x WHERE { {Occupational health} dpv:hasTechnicalOrganisationalMeasure ?x }",
    ),
    (
        "Who is the data protection officer of Hallberg Logistique France SAS?",
        "1hop",
        "SELECT ?x WHERE { {Hallberg Logistique France SAS} dpv:hasDataProtectionOfficer ?x }",
    ),
    (
        "Which recipients receive data from payroll?",
        "1hop",
        "SELECT ?x WHERE { {Payroll} dpv:hasRecipient ?x }",
    ),
    (
        "Which law does the legal obligation for bookkeeping cite?",
        "1hop",
        "SELECT ?x WHERE { {Legal obligation: bookkeeping} ropa:citesLaw ?x }",
    ),
    (
        "Which country is Sendloop Inc. in?",
        "1hop",
        "SELECT ?x WHERE { {Sendloop Inc.} dpv:hasCountry ?x }",
    ),
    (
        "Which authority was breach BR-2024-03 reported to?",
        "1hop",
        "SELECT ?x WHERE { {BR-2024-03} ropa:notifiedAuthority ?x }",
    ),
    # inverse
    (
        "Which activities is Hallberg Logistics Nederland B.V. the controller of?",
        "inverse",
        "SELECT ?x WHERE { ?x dpv:hasDataController {Hallberg Logistics Nederland B.V.} }",
    ),
    (
        "Which activities process health records?",
        "inverse",
        "SELECT ?x WHERE { ?x dpv:hasPersonalData pd:HealthRecord }",
    ),
    (
        "Which processing activities involve job applicants?",
        "inverse",
        "SELECT ?x WHERE { ?x dpv:hasDataSubject dpv:JobApplicant }",
    ),
    (
        "Which activities rely on consent?",
        "inverse",
        "SELECT ?x WHERE { ?x dpv:hasLegalBasis gdpr:A6-1-a }",
    ),
    (
        "Which DPIAs did Katrin Albers conduct?",
        "inverse",
        "SELECT ?x WHERE { ?x ropa:conductedBy {Katrin Albers} }",
    ),
    (
        "Which breaches were notified to the CNIL?",
        "inverse",
        "SELECT ?x WHERE { ?x ropa:notifiedAuthority {CNIL} }",
    ),
    (
        "Who works for Hallberg Logistique France SAS?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:worksFor {Hallberg Logistique France SAS} }",
    ),
    (
        "Which companies are subsidiaries of Hallberg Logistik AG?",
        "inverse",
        f"SELECT ?x WHERE {{ {SUB('?x', '{Hallberg Logistik AG}')} }}",
    ),
    # 2hop
    (
        "Which country is the data protection officer of Hallberg Logistics Nederland B.V. based in?",
        "2hop",
        "SELECT ?x WHERE { {Hallberg Logistics Nederland B.V.} dpv:hasDataProtectionOfficer ?d . ?d dpv:hasCountry ?x }",
    ),
    (
        "Who is the DPO of the company that controls shipment tracking?",
        "2hop",
        "SELECT ?x WHERE { {Shipment tracking} dpv:hasDataController ?c . ?c dpv:hasDataProtectionOfficer ?x }",
    ),
    (
        "What is the job title of the business owner of the newsletter?",
        "2hop",
        "SELECT ?x WHERE { {Newsletter} ropa:businessOwner ?p . ?p schema:jobTitle ?x }",
    ),
    (
        "What is the lead supervisory authority of the controller of fraud detection?",
        "2hop",
        "SELECT ?x WHERE { {Fraud detection} dpv:hasDataController ?c . ?c ropa:leadAuthority ?x }",
    ),
    (
        "Which countries is customer support data transferred to?",
        "2hop",
        "SELECT ?x WHERE { {Customer support} ropa:transfer ?t . ?t dpv:hasCountry ?x }",
    ),
    (
        "What safeguard does the e-mail archiving transfer rely on?",
        "2hop",
        "SELECT ?x WHERE { {E-mail archiving} ropa:transfer ?t . ?t ropa:safeguard ?x }",
    ),
    (
        "What is the risk level of the DPIA for CCTV warehouse Hamburg?",
        "2hop",
        f"SELECT ?x WHERE {{ {DPIA('?d', '{CCTV warehouse Hamburg}')} ?d dpv:hasRiskLevel ?x }}",
    ),
    (
        "When was the DPIA of occupational health carried out?",
        "2hop",
        f"SELECT ?x WHERE {{ {DPIA('?d', '{Occupational health}')} ?d dcterms:created ?x }}",
    ),
    (
        "Which laws does the legal basis of payroll cite?",
        "2hop",
        "SELECT ?x WHERE { {Payroll} dpv:hasLegalBasis ?b . ?b ropa:citesLaw ?x }",
    ),
    (
        "In which country is the company that caused the misconfigured archive share?",
        "2hop",
        "SELECT ?x WHERE { {Misconfigured archive share} ropa:causedBy ?o . ?o dpv:hasCountry ?x }",
    ),
    (
        "What risks did the DPIA of the whistleblowing channel identify?",
        "2hop",
        f"SELECT ?x WHERE {{ {DPIA('?d', '{Whistleblowing channel}')} ?d dpv:hasRisk ?x }}",
    ),
    # 3hop
    (
        "What is the email address of the person who conducted the DPIA of the whistleblowing channel?",
        "3hop",
        f"SELECT ?x WHERE {{ {DPIA('?d', '{Whistleblowing channel}')} ?d ropa:conductedBy ?p . ?p schema:email ?x }}",
    ),
    (
        "Which country is the lead authority of the controller of customer support in?",
        "3hop",
        "SELECT ?x WHERE { {Customer support} dpv:hasDataController ?c . ?c ropa:leadAuthority ?a . ?a dpv:hasJurisdiction ?x }",
    ),
    (
        "When was the DPA with the processor of fleet telematics signed?",
        "3hop",
        "SELECT ?x WHERE { {Fleet telematics} dpv:hasDataProcessor ?o . ?a ropa:agreementWith ?o . ?a dcterms:created ?x }",
    ),
    (
        "What is the job title of the DPO of the company Julien Baptiste works for?",
        "3hop",
        "SELECT ?x WHERE { {Julien Baptiste} schema:worksFor ?c . ?c dpv:hasDataProtectionOfficer ?d . ?d schema:jobTitle ?x }",
    ),
    (
        "Which authority was notified of the breach caused by a processor of customer support?",
        "3hop",
        "SELECT ?x WHERE { {Customer support} dpv:hasDataProcessor ?o . ?b ropa:causedBy ?o . ?b ropa:notifiedAuthority ?x }",
    ),
    # conjunction
    (
        "Which activities of Hallberg Logistik AG rely on legitimate interest?",
        "conjunction",
        "SELECT ?x WHERE { ?x dpv:hasDataController {Hallberg Logistik AG} ; dpv:hasLegalBasis ?b . ?b a gdpr:A6-1-f }",
    ),
    (
        "Which activities use encryption at rest and pseudonymisation?",
        "conjunction",
        "SELECT ?x WHERE { ?x dpv:hasTechnicalOrganisationalMeasure dpv:EncryptionAtRest, dpv:Pseudonymisation }",
    ),
    (
        "Which processors are based in the United States?",
        "conjunction",
        "SELECT ?x WHERE { ?x a dpv:DataProcessor ; dpv:hasCountry loc:US }",
    ),
    (
        "Which high risk DPIAs did Katrin Albers conduct?",
        "conjunction",
        "SELECT ?x WHERE { ?x ropa:conductedBy {Katrin Albers} ; dpv:hasRiskLevel dpv:HighRisk }",
    ),
    (
        "How many processors does customer support use?",
        "conjunction",
        "SELECT (COUNT(DISTINCT ?o) AS ?x) WHERE { {Customer support} dpv:hasDataProcessor ?o }",
    ),
    (
        "how many data breaches were reported to the HmbBfDI",
        "conjunction",
        "SELECT (COUNT(DISTINCT ?b) AS ?x) WHERE { ?b ropa:notifiedAuthority {HmbBfDI} }",
    ),
    # synonym
    (
        "who gets the data from payroll poland",
        "synonym",
        "SELECT ?x WHERE { {Payroll Poland} dpv:hasRecipient ?x }",
    ),
    (
        "which vendors does customer support use",
        "synonym",
        "SELECT ?x WHERE { {Customer support} dpv:hasDataProcessor ?x }",
    ),
    (
        "how long do we keep recruitment records",
        "synonym",
        f"SELECT ?x WHERE {{ {KEPT('{Recruitment}')} }}",
    ),
    (
        "who is the privacy officer of hallberg logistik ag",
        "synonym",
        "SELECT ?x WHERE { {Hallberg Logistik AG} dpv:hasDataProtectionOfficer ?x }",
    ),
    (
        "what is the lawful basis for fleet telematics",
        "synonym",
        "SELECT ?x WHERE { {Fleet telematics} dpv:hasLegalBasis ?x }",
    ),
    (
        "who is responsible for the website analytics in the business",
        "synonym",
        "SELECT ?x WHERE { {Website analytics} ropa:businessOwner ?x }",
    ),
    # alias
    (
        "What is the legal basis of VVT-031?",
        "alias",
        "SELECT ?x WHERE { {VVT-031} dpv:hasLegalBasis ?x }",
    ),
    (
        "who is the controller of Gestion de la paie",
        "alias",
        "SELECT ?x WHERE { {Gestion de la paie} dpv:hasDataController ?x }",
    ),
    (
        "Which processors does the Videoüberwachung Lager Hamburg use?",
        "alias",
        "SELECT ?x WHERE { {Videoüberwachung Lager Hamburg} dpv:hasDataProcessor ?x }",
    ),
    (
        "Which activities is Hallberg France the controller of?",
        "alias",
        "SELECT ?x WHERE { ?x dpv:hasDataController {Hallberg France} }",
    ),
    (
        "What personal data does the Besucheranmeldung process?",
        "alias",
        "SELECT ?x WHERE { {Besucheranmeldung} dpv:hasPersonalData ?x }",
    ),
    # typo
    (
        "whats the retension period for the newsleter",
        "typo",
        f"SELECT ?x WHERE {{ {KEPT('{Newsletter}')} }}",
    ),
    (
        "who is the buisness owner of debt colection",
        "typo",
        "SELECT ?x WHERE { {Debt collection} ropa:businessOwner ?x }",
    ),
    (
        "which data subjects does shipment traking concern",
        "typo",
        "SELECT ?x WHERE { {Shipment tracking} dpv:hasDataSubject ?x }",
    ),
    # literal
    ("How long is payroll data retained?", "literal", f"SELECT ?x WHERE {{ {KEPT('{Payroll}')} }}"),
    (
        "When does the DPA Sendloop Inc. expire?",
        "literal",
        "SELECT ?x WHERE { {DPA Sendloop Inc.} dcterms:valid ?x }",
    ),
    (
        "when was the lost driver tablet breach detected",
        "literal",
        "SELECT ?x WHERE { {Lost driver tablet} ropa:detectedAt ?x }",
    ),
    (
        "How many people were affected by the ransomware attack at support ticketing provider?",
        "literal",
        "SELECT ?x WHERE { {Ransomware attack at support ticketing provider} ropa:affectedPersons ?x }",
    ),
    (
        "When was the balancing test for fraud prevention done?",
        "literal",
        "SELECT ?x WHERE { {Legitimate interest: fraud prevention} ropa:balancingTestDate ?x }",
    ),
    (
        "What is the register number of Hallberg Logistik AG?",
        "literal",
        "SELECT ?x WHERE { {Hallberg Logistik AG} schema:identifier ?x }",
    ),
    # unanswerable: near relations the data lacks
    ("When does the DPA with Talentra Ltd expire?", "unanswerable", None),
    ("Who is the data protection officer of Hallberg Polska sp. z o.o.?", "unanswerable", None),
    ("Which authority was the lost driver tablet breach reported to?", "unanswerable", None),
    ("What is the risk level of the DPIA for payroll?", "unanswerable", None),
    ("Which law does the legal basis for the newsletter cite?", "unanswerable", None),
    ("How much was the fine for breach BR-2024-01?", "unanswerable", None),
    ("Which processor operates the Vidéosurveillance du dépôt de Lyon?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "privacy-b57-01",
        [
            (
                "Who is the business owner of the newsletter?",
                "start",
                "SELECT ?x WHERE { {Newsletter} ropa:businessOwner ?x }",
            ),
            (
                "And fraud detection?",
                "and_x",
                "SELECT ?x WHERE { {Fraud detection} ropa:businessOwner ?x }",
            ),
            (
                "What is his job title?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Deniz Yilmaz} schema:jobTitle ?x }",
            ),
        ],
    ),
    (
        "privacy-b57-02",
        [
            (
                "Which processors does customer support use?",
                "start",
                "SELECT ?x WHERE { {Customer support} dpv:hasDataProcessor ?x }",
            ),
            (
                "Which countries are they in?",
                "they_list",
                "SELECT ?x WHERE { {Customer support} dpv:hasDataProcessor ?o . ?o dpv:hasCountry ?x }",
            ),
            (
                "What is its legal basis?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Customer support} dpv:hasLegalBasis ?x }",
            ),
        ],
    ),
    (
        "privacy-b57-03",
        [
            (
                "Which authority was breach BR-2024-01 reported to?",
                "start",
                "SELECT ?x WHERE { {BR-2024-01} ropa:notifiedAuthority ?x }",
            ),
            (
                "When was it notified?",
                "pronoun_topic",
                "SELECT ?x WHERE { {BR-2024-01} ropa:notifiedAt ?x }",
            ),
            (
                "What about BR-2025-01?",
                "what_about",
                "SELECT ?x WHERE { {BR-2025-01} ropa:notifiedAt ?x }",
            ),
        ],
    ),
]

NAME_PROPS = (
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    SKOS.notation,
    S.name,
    S.legalName,
    S.alternateName,
    S.identifier,
    ELI.title,
    ELI.title_short,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("P10Y")
    g = Graph()
    g.parse(HERE / "privacy.ttl", format="turtle")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("privacy", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "privacy.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
