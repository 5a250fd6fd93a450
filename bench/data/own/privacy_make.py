# ruff: noqa: E501  (one record a line)
"""Write ``privacy.ttl``: a logistics group's GDPR record of processing activities (the Art. 30
register) and its privacy documentation, as its privacy-management tool exports it (Turtle, an
``owl:Ontology`` header, the vocabularies' prefixes).

The shape follows what such an export holds:

* the published vocabularies of the domain: **W3C DPV** (``https://w3id.org/dpv#``:
  ``dpv:PersonalDataHandling`` records with ``dpv:hasPurpose``, ``dpv:hasLegalBasis``,
  ``dpv:hasPersonalData``, ``dpv:hasDataSubject``, ``dpv:hasDataController``,
  ``dpv:hasDataProcessor``, ``dpv:hasRecipient``, ``dpv:hasStorageCondition``,
  ``dpv:hasTechnicalOrganisationalMeasure``; ``dpv:DPIA`` with ``dpv:hasRisk`` and
  ``dpv:hasRiskLevel``; ``dpv:DataProcessingAgreement``; ``dpv:hasCountry``;
  ``dpv:hasDataProtectionOfficer``; purpose, data-subject and measure concepts), its GDPR
  extension (``https://w3id.org/dpv/legal/eu/gdpr#``: the Art. 6(1) and 9(2) legal bases,
  SCCs, the adequacy decision), **DPV-PD** (``https://w3id.org/dpv/pd#``: ``pd:EmailAddress``,
  ``pd:HealthRecord`` ...), DPV locations, **ELI** for the laws cited, the W3C **org**
  ontology and **schema.org** for the group companies and people, SKOS and Dublin Core terms;
* the tool's own ``ropa:`` terms for what the vocabularies lack: activity kinds under
  ``dpv:PersonalDataHandling``; legal bases as n-ary records (a legitimate interest with its
  balancing test's date and the interest; a legal obligation with the law it cites); retention
  as a blank ``dpv:StorageDuration`` with an ``xsd:duration`` on most activities, as a plain
  ``ropa:retentionPeriod`` duration on the rest; international transfers as blank
  ``ropa:Transfer`` records (destination country, importer, safeguard); DPIAs pointed to by
  their activity (``ropa:hasDPIA``) or pointing to it (``ropa:assessesActivity``, declared
  inverses); data breaches with the authority notified, when, and how many people;
* the mess of real data: German and French labels beside English ones (some German or French
  only), register codes (``skos:notation``), the DPV concepts named by ``skos:prefLabel``
  and the tool's own by ``rdfs:label``, special categories marked by a class on some data and a
  ``ropa:specialCategory`` flag on others, group membership said by ``org:subOrganizationOf``
  from the subsidiary or ``org:hasSubOrganization`` from the parent (declared inverses), an
  unlabelled country and measure, descriptions (``rdfs:comment``) on some properties only.

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/privacy_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
ONT = "https://privacy.hallberg-logistik.example/ropa"
ROPA = Namespace(ONT + "#")
DPV = Namespace("https://w3id.org/dpv#")
GDPR = Namespace("https://w3id.org/dpv/legal/eu/gdpr#")
PD = Namespace("https://w3id.org/dpv/pd#")
LOC = Namespace("https://w3id.org/dpv/loc#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
S = Namespace("https://schema.org/")
R = Namespace("https://privacy.hallberg-logistik.example/ropa/id/")

_BLANKS = iter(range(1, 10**6))


def _blank() -> BNode:
    """A blank node with a counted id, so that the file comes out the same on every run."""
    return BNode(f"b{next(_BLANKS)}")


def _node(prefix_local: str) -> URIRef:
    pre, _, local = prefix_local.partition(":")
    return {
        "dpv": DPV,
        "gdpr": GDPR,
        "dpv-gdpr": GDPR,
        "pd": PD,
        "loc": LOC,
        "ropa": ROPA,
        "s": S,
        "org": ORG,
        "owl": OWL,
    }[pre][local]


# ------------------------------------------------------------------ vocabulary
# the tool's classes: class -> (superclass, label, comment)
CLASSES: dict[str, tuple[str, str, str]] = {
    "ropa:ProcessingActivity": (
        "dpv:PersonalDataHandling",
        "Processing activity",
        "An entry of the record of processing activities (GDPR Art. 30).",
    ),
    "ropa:EmployeeDataProcessing": ("ropa:ProcessingActivity", "HR processing activity", ""),
    "ropa:CustomerDataProcessing": ("ropa:ProcessingActivity", "Customer processing activity", ""),
    "ropa:SecurityProcessing": (
        "ropa:ProcessingActivity",
        "Security processing activity",
        "Surveillance, access control and fraud prevention.",
    ),
    "ropa:MarketingProcessing": ("ropa:CustomerDataProcessing", "Marketing activity", ""),
    "ropa:Transfer": (
        "dpv:Process",
        "International data transfer",
        "A transfer of personal data to a country outside the EEA (GDPR Chapter V).",
    ),
    "ropa:DataBreach": (
        "dpv:Incident",
        "Personal data breach",
        "A breach of security leading to personal data being lost, disclosed or altered (Art. 4(12)).",
    ),
    "ropa:GroupCompany": ("org:Organization", "Group company", ""),
    "ropa:Review": ("owl:Thing", "Record review", "A periodic review of a register entry."),
    "ropa:DataSubjectRequest": (
        "dpv:Process",
        "Data subject request",
        "A request exercising a right of Art. 15-22.",
    ),
    "ropa:LegitimateInterestAssessment": ("dpv:LegitimateInterest", "Legitimate interest", ""),
}
# the tool's properties: property -> (kind, label, comment, inverse)
PROPS: dict[str, tuple[str, str, str, str]] = {
    "ropa:hasDPIA": (
        "owl:ObjectProperty",
        "has DPIA",
        "The data protection impact assessment of the activity.",
        "ropa:assessesActivity",
    ),
    "ropa:assessesActivity": ("owl:ObjectProperty", "assesses activity", "", ""),
    "ropa:balancingTestDate": (
        "owl:DatatypeProperty",
        "balancing test date",
        "When the legitimate interest was weighed against the data subjects' rights.",
        "",
    ),
    "ropa:interest": ("owl:DatatypeProperty", "legitimate interest pursued", "", ""),
    "ropa:citesLaw": (
        "owl:ObjectProperty",
        "cites law",
        "The statute that imposes the legal obligation.",
        "",
    ),
    "ropa:retentionPeriod": ("owl:DatatypeProperty", "retention period", "", ""),
    "ropa:transfer": ("owl:ObjectProperty", "international transfer", "", ""),
    "ropa:dataImporter": ("owl:ObjectProperty", "data importer", "", ""),
    "ropa:safeguard": (
        "owl:ObjectProperty",
        "transfer safeguard",
        "The Chapter V instrument the transfer relies on (adequacy decision, SCCs, BCRs).",
        "",
    ),
    "ropa:businessOwner": ("owl:ObjectProperty", "business owner", "", ""),
    "ropa:specialCategory": (
        "owl:DatatypeProperty",
        "special category",
        "True for data of Art. 9(1) or 10 (health, biometrics, religion, criminal records).",
        "",
    ),
    "ropa:agreementWith": ("owl:ObjectProperty", "agreement with", "", ""),
    "ropa:coversActivity": ("owl:ObjectProperty", "covers activity", "", ""),
    "ropa:detectedAt": ("owl:DatatypeProperty", "detected at", "", ""),
    "ropa:notifiedAuthority": (
        "owl:ObjectProperty",
        "notified authority",
        "The supervisory authority the breach was reported to (Art. 33).",
        "",
    ),
    "ropa:notifiedAt": ("owl:DatatypeProperty", "notified at", "", ""),
    "ropa:affectedActivity": ("owl:ObjectProperty", "affected activity", "", ""),
    "ropa:affectedPersons": ("owl:DatatypeProperty", "number of affected persons", "", ""),
    "ropa:subjectsInformed": ("owl:DatatypeProperty", "data subjects informed", "", ""),
    "ropa:leadAuthority": ("owl:ObjectProperty", "lead supervisory authority", "", ""),
    "ropa:conductedBy": ("owl:ObjectProperty", "conducted by", "", ""),
    "ropa:usesSystem": (
        "owl:ObjectProperty",
        "uses system",
        "The IT system the activity runs on.",
        "",
    ),
    "ropa:review": ("owl:ObjectProperty", "review", "", ""),
    "ropa:reviewedBy": ("owl:ObjectProperty", "reviewed by", "", ""),
    "ropa:exercisesRight": ("owl:ObjectProperty", "exercises right", "", ""),
    "ropa:concernsActivity": ("owl:ObjectProperty", "concerns activity", "", ""),
    "ropa:receivedOn": ("owl:DatatypeProperty", "received on", "", ""),
    "ropa:approxDataSubjects": (
        "owl:DatatypeProperty",
        "approximate number of data subjects",
        "",
        "",
    ),
    "ropa:expiresOn": ("owl:DatatypeProperty", "expires on", "", ""),
    "ropa:causedBy": (
        "owl:ObjectProperty",
        "caused by",
        "The party whose failure caused the breach.",
        "",
    ),
}

# DPV concepts the export names (with the labels the vocabulary gives them)
CONCEPTS: dict[str, tuple[str, str]] = {
    # purposes
    "dpv:HumanResourceManagement": ("dpv:Purpose", "Human Resource Management"),
    "dpv:PersonnelPayment": ("dpv:Purpose", "Personnel Payment"),
    "dpv:PersonnelHiring": ("dpv:Purpose", "Personnel Hiring"),
    "dpv:LegalCompliance": ("dpv:Purpose", "Legal Compliance"),
    "dpv:EnforceSecurity": ("dpv:Purpose", "Enforce Security"),
    "dpv:EnforceAccessControl": ("dpv:Purpose", "Enforce Access Control"),
    "dpv:FraudPreventionAndDetection": ("dpv:Purpose", "Fraud Prevention and Detection"),
    "dpv:CustomerCare": ("dpv:Purpose", "Customer Care"),
    "dpv:CustomerManagement": ("dpv:Purpose", "Customer Management"),
    "dpv:DirectMarketing": ("dpv:Purpose", "Direct Marketing"),
    "dpv:ServiceProvision": ("dpv:Purpose", "Service Provision"),
    "dpv:ServiceUsageAnalytics": ("dpv:Purpose", "Service Usage Analytics"),
    "dpv:CommunicationManagement": ("dpv:Purpose", "Communication Management"),
    "dpv:RecordManagement": ("dpv:Purpose", "Record Management"),
    "dpv:DeliveryOfGoods": ("dpv:Purpose", "Delivery of Goods"),
    "dpv:VendorManagement": ("dpv:Purpose", "Vendor Management"),
    # data subjects
    "dpv:Employee": ("dpv:DataSubject", "Employee"),
    "dpv:JobApplicant": ("dpv:DataSubject", "Job Applicant"),
    "dpv:Customer": ("dpv:DataSubject", "Customer"),
    "dpv:Subscriber": ("dpv:DataSubject", "Subscriber"),
    "dpv:Visitor": ("dpv:DataSubject", "Visitor"),
    "dpv:Consumer": ("dpv:DataSubject", "Consumer"),
    "dpv:Supplier": ("dpv:DataSubject", "Supplier"),
    "dpv:Citizen": ("dpv:DataSubject", "Citizen"),
    # measures
    "dpv:Encryption": ("dpv:TechnicalMeasure", "Encryption"),
    "dpv:EncryptionAtRest": ("dpv:TechnicalMeasure", "Encryption at Rest"),
    "dpv:EncryptionInTransfer": ("dpv:TechnicalMeasure", "Encryption in Transfer"),
    "dpv:Pseudonymisation": ("dpv:TechnicalMeasure", "Pseudonymisation"),
    "dpv:AccessControlMethod": ("dpv:TechnicalMeasure", "Access Control Method"),
    "dpv:MultiFactorAuthentication": ("dpv:TechnicalMeasure", "Multi-Factor Authentication"),
    "dpv:DataBackupProtocols": ("dpv:TechnicalMeasure", "Data Backup Protocols"),
    "dpv:StaffTraining": ("dpv:OrganisationalMeasure", "Staff Training"),
    "dpv:NDA": ("dpv:OrganisationalMeasure", "Non-Disclosure Agreement (NDA)"),
    "dpv:LoggingPolicies": ("dpv:OrganisationalMeasure", "Logging Policies"),
    # risk levels
    "dpv:HighRisk": ("dpv:RiskLevel", "High Risk"),
    "dpv:MediumRisk": ("dpv:RiskLevel", "Medium Risk"),
    "dpv:LowRisk": ("dpv:RiskLevel", "Low Risk"),
    # legal bases used as such
    "gdpr:A6-1-a": ("dpv:LegalBasis", "Art 6(1-a) consent"),
    "gdpr:A6-1-b": ("dpv:LegalBasis", "Art 6(1-b) contract"),
    "gdpr:A6-1-c": ("dpv:LegalBasis", "Art 6(1-c) legal obligation"),
    "gdpr:A6-1-f": ("dpv:LegalBasis", "Art 6(1-f) legitimate interest"),
    "gdpr:A9-2-a": ("dpv:LegalBasis", "Art 9(2-a) explicit consent"),
    "gdpr:A9-2-b": ("dpv:LegalBasis", "Art 9(2-b) employment and social security law"),
    "gdpr:A9-2-h": ("dpv:LegalBasis", "Art 9(2-h) health and social care"),
    # transfer safeguards
    "gdpr:A45-3": ("dpv:LegalBasis", "Art 45(3) adequacy decision"),
    "gdpr:A46-2-c": (
        "dpv:LegalBasis",
        "Art 46(2-c) Standard Contractual Clauses (SCC) adopted by Commission",
    ),
    "gdpr:A46-2-b": ("dpv:LegalBasis", "Art 46(2-b) binding corporate rules"),
}
ALT = {
    "gdpr:A6-1-a": ["consent"],
    "gdpr:A6-1-b": ["performance of a contract"],
    "gdpr:A46-2-c": ["SCCs"],
    "gdpr:A46-2-b": ["BCR"],
    "dpv:JobApplicant": ["Bewerber"],
    "dpv:Employee": ["Beschäftigte"],
}

# personal data categories: DPV-PD concept -> (label, special category by class, by flag)
PERSONAL_DATA: dict[str, tuple[str, str, bool]] = {
    "pd:Name": ("Name", "", False),
    "pd:EmailAddress": ("Email Address", "", False),
    "pd:TelephoneNumber": ("Telephone Number", "", False),
    "pd:PhysicalAddress": ("Physical Address", "", False),
    "pd:DateOfBirth": ("Date of Birth", "", False),
    "pd:Salary": ("Salary", "", False),
    "pd:BankAccount": ("Bank Account", "", False),
    "pd:TaxCode": ("Tax Code", "", False),
    "pd:Religion": ("Religion", "dpv:SpecialCategoryPersonalData", False),
    "pd:HealthRecord": ("Health Record", "dpv:SpecialCategoryPersonalData", False),
    "pd:Disability": ("Disability", "", True),
    "pd:FacialPrint": ("Facial Print", "", True),
    "pd:Picture": ("Picture", "", False),
    "pd:Location": ("Location", "", False),
    "pd:VehicleLicense": ("Vehicle License", "", False),
    "pd:CriminalConviction": ("Criminal Conviction", "", True),
    "pd:IPAddress": ("IP Address", "", False),
    "pd:BrowsingBehavior": ("Browsing Behavior", "", False),
    "pd:PurchaseHistory": ("Purchase History", "", False),
    "pd:CreditCardNumber": ("Credit Card Number", "", False),
    "pd:Professional": ("Professional", "", False),
    "pd:EducationExperience": ("Education Experience", "", False),
    "pd:CommunicationsMetadata": ("Communications Metadata", "", False),
}

# countries (DPV location IRIs): key -> label ("" for none in the export)
COUNTRIES = {
    "DE": "Germany",
    "FR": "France",
    "NL": "Netherlands",
    "PL": "Poland",
    "US": "United States",
    "GB": "United Kingdom",
    "CH": "Switzerland",
    "JP": "Japan",
    "IN": "",
}

# group companies: key -> (name, alternate names, country, city, register id, lead authority)
COMPANIES = {
    "hla": ("Hallberg Logistik AG", ["Hallberg"], "DE", "Hamburg", "HRB 48213", "hmbbfdi"),
    "hlf": (
        "Hallberg Logistique France SAS",
        ["Hallberg France"],
        "FR",
        "Lyon",
        "SIREN 532 118 904",
        "cnil",
    ),
    "hln": (
        "Hallberg Logistics Nederland B.V.",
        ["Hallberg NL"],
        "NL",
        "Rotterdam",
        "KvK 24301187",
        "ap",
    ),
    "hlp": ("Hallberg Polska sp. z o.o.", [], "PL", "Poznań", "KRS 0000381452", "uodo"),
}
# who says the group tie: subsidiary -> "up" (subOrganizationOf) or "down" (hasSubOrganization)
GROUP = {"hlf": "up", "hln": "down", "hlp": "up"}

AUTHORITIES = {
    "hmbbfdi": (
        "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
        "de",
        ["HmbBfDI", "Hamburg data protection commissioner"],
        "DE",
    ),
    "cnil": ("Commission nationale de l'informatique et des libertés", "fr", ["CNIL"], "FR"),
    "ap": ("Autoriteit Persoonsgegevens", "nl", ["Dutch Data Protection Authority"], "NL"),
    "uodo": ("Urząd Ochrony Danych Osobowych", "pl", ["UODO"], "PL"),
}

# people: key -> (name, job title, employer, email)
PEOPLE = {
    "albers": (
        "Katrin Albers",
        "Datenschutzbeauftragte",
        "hla",
        "k.albers@hallberg-logistik.example",
    ),
    "marchand": (
        "Élodie Marchand",
        "Déléguée à la protection des données",
        "hlf",
        "e.marchand@hallberg.example.fr",
    ),
    "wendt": ("Jonas Wendt", "Head of HR", "hla", "j.wendt@hallberg-logistik.example"),
    "kraus": (
        "Miriam Kraus",
        "Head of Corporate Security",
        "hla",
        "m.kraus@hallberg-logistik.example",
    ),
    "ohlsen": ("Per Ohlsen", "Head of Marketing", "hla", "p.ohlsen@hallberg-logistik.example"),
    "baptiste": ("Julien Baptiste", "Responsable RH", "hlf", "j.baptiste@hallberg.example.fr"),
    "devries": (
        "Sanne de Vries",
        "Customer Service Manager",
        "hln",
        "s.devries@hallberg.example.nl",
    ),
    "nowak": ("Agnieszka Nowak", "Kierownik ds. kadr", "hlp", "a.nowak@hallberg.example.pl"),
    "brandt": ("Lukas Brandt", "Fleet Manager", "hla", "l.brandt@hallberg-logistik.example"),
    "yilmaz": ("Deniz Yilmaz", "Head of Finance", "hla", "d.yilmaz@hallberg-logistik.example"),
    "schulte": (
        "Henrike Schulte",
        "IT Security Officer",
        "hla",
        "h.schulte@hallberg-logistik.example",
    ),
}
# the DPOs: company -> person key or an external organization key
DPOS = {"hla": "albers", "hlf": "marchand", "hln": "privacyworks"}

# outside organizations: key -> (name, country, kind: processor / recipient, alt names)
ORGS = {
    "datev": ("Lohnwerk Rechenzentrum eG", "DE", "processor", []),
    "paieexpert": ("Paie Expert SARL", "FR", "processor", []),
    "placeo": ("Płaceo Sp. z o.o.", "PL", "processor", ["Placeo"]),
    "nordwache": ("Nordwache Sicherheitsdienst GmbH", "DE", "processor", ["Nordwache"]),
    "sendloop": ("Sendloop Inc.", "US", "processor", []),
    "talentra": ("Talentra Ltd", "GB", "processor", []),
    "helpwise": ("Helpwise Software Inc.", "US", "processor", ["Helpwise"]),
    "kaveri": ("Kaveri Data Services Pvt Ltd", "IN", "processor", []),
    "riskline": ("Riskline Analytics GmbH", "DE", "processor", []),
    "telemaxx": ("Telemaxx Fleet GmbH", "DE", "processor", []),
    "arbmed": ("Arbeitsmedizinisches Zentrum Elbe GmbH", "DE", "processor", ["AMZ Elbe"]),
    "archivon": ("Archivon AG", "CH", "processor", []),
    "tokimeki": ("Tokimeki Analytics K.K.", "JP", "processor", []),
    "hinweis": ("Hinweisgeber-Portal GmbH", "DE", "processor", []),
    "cloudnord": ("CloudNord Hosting GmbH", "DE", "processor", []),
    "privacyworks": ("PrivacyWorks B.V.", "NL", "processor", []),
    "finanzamt": ("Finanzamt Hamburg-Nord", "DE", "recipient", []),
    "drv": ("Deutsche Rentenversicherung Nord", "DE", "recipient", ["DRV Nord"]),
    "urssaf": ("URSSAF Rhône-Alpes", "FR", "recipient", []),
    "zus": ("Zakład Ubezpieczeń Społecznych", "PL", "recipient", ["ZUS"]),
    "polizei": ("Polizei Hamburg", "DE", "recipient", []),
    "inkasso": ("Inkasso Hanse GmbH", "DE", "recipient", []),
    "kreditnord": ("Kreditauskunft Nord AG", "DE", "recipient", []),
    "insurer": ("Hanseatische Transportversicherung AG", "DE", "recipient", []),
}

# laws cited: key -> (ELI IRI, title, language, short title, date of document)
LAWS = {
    "estg": (
        "https://www.gesetze-im-internet.de/eli/bund/estg/2009-10-08",
        "Einkommensteuergesetz",
        "de",
        "EStG",
        "2009-10-08",
    ),
    "hgb": (
        "https://www.gesetze-im-internet.de/eli/bund/hgb/1897-05-10",
        "Handelsgesetzbuch",
        "de",
        "HGB",
        "1897-05-10",
    ),
    "sgbiv": (
        "https://www.gesetze-im-internet.de/eli/bund/sgb_4/2009-11-12",
        "Sozialgesetzbuch Viertes Buch",
        "de",
        "SGB IV",
        "2009-11-12",
    ),
    "codetravail": (
        "https://www.legifrance.gouv.fr/eli/code/LEGITEXT000006072050",
        "Code du travail",
        "fr",
        "CT",
        "1973-11-02",
    ),
    "kodekspracy": (
        "https://isap.sejm.gov.pl/eli/WDU19740240141",
        "Kodeks pracy",
        "pl",
        "KP",
        "1974-06-26",
    ),
    "hinschg": (
        "https://www.gesetze-im-internet.de/eli/bund/hinschg/2023-05-31",
        "Hinweisgeberschutzgesetz",
        "de",
        "HinSchG",
        "2023-05-31",
    ),
    "arbmedvv": (
        "https://www.gesetze-im-internet.de/eli/bund/arbmedvv/2008-12-18",
        "Verordnung zur arbeitsmedizinischen Vorsorge",
        "de",
        "ArbMedVV",
        "2008-12-18",
    ),
}

# legal bases as records: key -> (kind, label, extra): legitimate interests carry
# (balancing test date, interest), legal obligations the law cited
LEGAL_BASES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "li-cctv-hh": (
        "gdpr:A6-1-f",
        "Legitimate interest: warehouse security Hamburg",
        ("2022-11-08", "Protection of goods and staff against theft and violence"),
    ),
    "li-cctv-lyon": (
        "gdpr:A6-1-f",
        "Intérêt légitime : sécurité du dépôt de Lyon",
        ("2023-04-17", "Sécurité des biens et des personnes"),
    ),
    "li-fraud": (
        "gdpr:A6-1-f",
        "Legitimate interest: fraud prevention",
        ("2024-01-22", "Preventing payment fraud on customer accounts"),
    ),
    "li-fleet": (
        "gdpr:A6-1-f",
        "Legitimate interest: fleet safety and route planning",
        ("2023-09-05", "Vehicle safety, theft recovery and route optimisation"),
    ),
    "li-support": (
        "gdpr:A6-1-f",
        "Legitimate interest: quality of customer service",
        ("2021-06-30", "Answering customer enquiries and complaints"),
    ),
    "li-collection": (
        "gdpr:A6-1-f",
        "Legitimate interest: recovery of receivables",
        ("2022-03-15", "Recovering unpaid invoices"),
    ),
    "lo-payroll-de": (
        "gdpr:A6-1-c",
        "Legal obligation: wage tax and social security (DE)",
        ("estg", "sgbiv"),
    ),
    "lo-payroll-fr": ("gdpr:A6-1-c", "Obligation légale : paie (FR)", ("codetravail",)),
    "lo-payroll-pl": ("gdpr:A6-1-c", "Legal obligation: payroll (PL)", ("kodekspracy",)),
    "lo-accounting": ("gdpr:A6-1-c", "Legal obligation: bookkeeping", ("hgb",)),
    "lo-whistle": ("gdpr:A6-1-c", "Legal obligation: internal reporting channel", ("hinschg",)),
    "lo-occhealth": ("gdpr:A6-1-c", "Legal obligation: occupational health checks", ("arbmedvv",)),
}

# retention: "storage" (a blank dpv:StorageDuration) or "plain" (ropa:retentionPeriod)
# activities: key -> fields
ACTIVITIES: dict[str, dict[str, object]] = {
    "payroll-de": dict(
        en="Payroll",
        de="Entgeltabrechnung",
        code="VVT-001",
        cls="ropa:EmployeeDataProcessing",
        controller="hla",
        purposes=["dpv:PersonnelPayment", "dpv:LegalCompliance"],
        bases=["lo-payroll-de", "gdpr:A6-1-b"],
        data=[
            "pd:Name",
            "pd:PhysicalAddress",
            "pd:DateOfBirth",
            "pd:Salary",
            "pd:BankAccount",
            "pd:TaxCode",
            "pd:Religion",
        ],
        subjects=["dpv:Employee"],
        processors=["datev"],
        recipients=["finanzamt", "drv"],
        retention=("P10Y", "storage"),
        toms=["dpv:EncryptionAtRest", "dpv:AccessControlMethod", "dpv:MultiFactorAuthentication"],
        owner="wendt",
        transfers=[],
        desc="Monthly wage and salary statements, wage tax and social security reports.",
    ),
    "payroll-fr": dict(
        en="",
        fr="Gestion de la paie",
        code="RT-FR-02",
        cls="ropa:EmployeeDataProcessing",
        controller="hlf",
        purposes=["dpv:PersonnelPayment"],
        bases=["lo-payroll-fr"],
        data=["pd:Name", "pd:PhysicalAddress", "pd:Salary", "pd:BankAccount"],
        subjects=["dpv:Employee"],
        processors=["paieexpert"],
        recipients=["urssaf"],
        retention=("P5Y", "plain"),
        toms=["dpv:AccessControlMethod"],
        owner="baptiste",
        transfers=[],
    ),
    "payroll-pl": dict(
        en="Payroll Poland",
        pl="Obsługa płac",
        code="RCP-PL-01",
        cls="ropa:EmployeeDataProcessing",
        controller="hlp",
        purposes=["dpv:PersonnelPayment"],
        bases=["lo-payroll-pl"],
        data=["pd:Name", "pd:Salary", "pd:BankAccount", "pd:TaxCode"],
        subjects=["dpv:Employee"],
        processors=["placeo"],
        recipients=["zus"],
        retention=("P10Y", "plain"),
        toms=["dpv:EncryptionAtRest"],
        owner="nowak",
        transfers=[],
    ),
    "cctv-hh": dict(
        en="CCTV warehouse Hamburg",
        de="Videoüberwachung Lager Hamburg",
        code="VVT-007",
        cls="ropa:SecurityProcessing",
        controller="hla",
        purposes=["dpv:EnforceSecurity"],
        bases=["li-cctv-hh"],
        data=["pd:Picture", "pd:FacialPrint"],
        subjects=["dpv:Employee", "dpv:Visitor"],
        processors=["nordwache"],
        recipients=["polizei"],
        retention=("PT72H", "storage"),
        toms=["dpv:AccessControlMethod", "dpv:LoggingPolicies"],
        owner="kraus",
        transfers=[],
        desc="Cameras at the loading docks and the perimeter fence; footage is overwritten after 72 hours.",
    ),
    "cctv-lyon": dict(
        en="",
        fr="Vidéosurveillance du dépôt de Lyon",
        code="RT-FR-05",
        cls="ropa:SecurityProcessing",
        controller="hlf",
        purposes=["dpv:EnforceSecurity"],
        bases=["li-cctv-lyon"],
        data=["pd:Picture"],
        subjects=["dpv:Employee", "dpv:Visitor"],
        processors=[],
        recipients=[],
        retention=("P30D", "storage"),
        toms=["dpv:AccessControlMethod"],
        owner="baptiste",
        transfers=[],
    ),
    "newsletter": dict(
        en="Newsletter",
        de="Newsletter-Versand",
        code="VVT-015",
        cls="ropa:MarketingProcessing",
        controller="hla",
        purposes=["dpv:DirectMarketing"],
        bases=["gdpr:A6-1-a"],
        data=["pd:EmailAddress", "pd:Name", "pd:BrowsingBehavior"],
        subjects=["dpv:Subscriber"],
        processors=["sendloop"],
        recipients=[],
        retention=("P2Y", "plain"),
        toms=["dpv:EncryptionInTransfer", "dpv:Pseudonymisation"],
        owner="ohlsen",
        transfers=[("US", "gdpr:A45-3", "sendloop")],
        desc="Monthly customer newsletter with double opt-in; opening rates are tracked.",
    ),
    "recruitment": dict(
        en="Recruitment",
        de="Bewerbermanagement",
        code="VVT-003",
        cls="ropa:EmployeeDataProcessing",
        controller="hla",
        purposes=["dpv:PersonnelHiring"],
        bases=["gdpr:A6-1-b", "gdpr:A6-1-a"],
        data=[
            "pd:Name",
            "pd:EmailAddress",
            "pd:TelephoneNumber",
            "pd:EducationExperience",
            "pd:Professional",
            "pd:Disability",
        ],
        subjects=["dpv:JobApplicant"],
        processors=["talentra"],
        recipients=[],
        retention=("P6M", "storage"),
        toms=["dpv:AccessControlMethod", "dpv:EncryptionAtRest"],
        owner="wendt",
        transfers=[("GB", "gdpr:A45-3", "talentra")],
        desc="Applications through the careers portal; talent pool only with consent.",
    ),
    "recruitment-fr": dict(
        en="",
        fr="Gestion des candidatures",
        code="RT-FR-03",
        cls="ropa:EmployeeDataProcessing",
        controller="hlf",
        purposes=["dpv:PersonnelHiring"],
        bases=["gdpr:A6-1-b"],
        data=["pd:Name", "pd:EmailAddress", "pd:EducationExperience"],
        subjects=["dpv:JobApplicant"],
        processors=[],
        recipients=[],
        retention=("P2Y", "plain"),
        toms=["dpv:AccessControlMethod"],
        owner="baptiste",
        transfers=[],
    ),
    "support": dict(
        en="Customer support",
        de="Kundenservice",
        code="VVT-020",
        cls="ropa:CustomerDataProcessing",
        controller="hln",
        purposes=["dpv:CustomerCare", "dpv:CommunicationManagement"],
        bases=["gdpr:A6-1-b", "li-support"],
        data=[
            "pd:Name",
            "pd:EmailAddress",
            "pd:TelephoneNumber",
            "pd:PhysicalAddress",
            "pd:CommunicationsMetadata",
        ],
        subjects=["dpv:Customer", "dpv:Consumer"],
        processors=["helpwise", "kaveri"],
        recipients=[],
        retention=("P3Y", "storage"),
        toms=["dpv:EncryptionInTransfer", "dpv:StaffTraining", "dpv:NDA"],
        owner="devries",
        transfers=[("US", "gdpr:A46-2-c", "helpwise"), ("IN", "gdpr:A46-2-c", "kaveri")],
        desc="Ticketing, phone hotline and e-mail support for shippers and consignees.",
    ),
    "fraud": dict(
        en="Fraud detection",
        de="Betrugserkennung",
        code="VVT-031",
        cls="ropa:SecurityProcessing",
        controller="hla",
        purposes=["dpv:FraudPreventionAndDetection"],
        bases=["li-fraud"],
        data=["pd:Name", "pd:IPAddress", "pd:CreditCardNumber", "pd:PurchaseHistory"],
        subjects=["dpv:Customer"],
        processors=["riskline"],
        recipients=["kreditnord"],
        retention=("P1Y", "plain"),
        toms=["dpv:Pseudonymisation", "dpv:EncryptionAtRest", "dpv:LoggingPolicies"],
        owner="yilmaz",
        transfers=[],
        desc="Scoring of online orders paid by card; suspicious orders are reviewed by hand.",
    ),
    "telematics": dict(
        en="Fleet telematics",
        de="Fahrzeugortung",
        code="VVT-012",
        cls="ropa:EmployeeDataProcessing",
        controller="hla",
        purposes=["dpv:DeliveryOfGoods", "dpv:EnforceSecurity"],
        bases=["li-fleet"],
        data=["pd:Location", "pd:Name", "pd:VehicleLicense"],
        subjects=["dpv:Employee"],
        processors=["telemaxx"],
        recipients=["insurer"],
        retention=("P90D", "storage"),
        toms=["dpv:AccessControlMethod", "dpv:Pseudonymisation"],
        owner="brandt",
        transfers=[],
    ),
    "occhealth": dict(
        en="Occupational health",
        de="Arbeitsmedizinische Vorsorge",
        code="VVT-009",
        cls="ropa:EmployeeDataProcessing",
        controller="hla",
        purposes=["dpv:HumanResourceManagement", "dpv:LegalCompliance"],
        bases=["lo-occhealth", "gdpr:A9-2-h"],
        data=["pd:HealthRecord", "pd:Name", "pd:DateOfBirth"],
        subjects=["dpv:Employee"],
        processors=["arbmed"],
        recipients=[],
        retention=("P40Y", "storage"),
        toms=["dpv:EncryptionAtRest", "dpv:AccessControlMethod", "dpv:NDA"],
        owner="wendt",
        transfers=[],
    ),
    "whistle": dict(
        en="Whistleblowing channel",
        de="Hinweisgebersystem",
        code="VVT-040",
        cls="ropa:ProcessingActivity",
        controller="hla",
        purposes=["dpv:LegalCompliance"],
        bases=["lo-whistle"],
        data=["pd:Name", "pd:CriminalConviction", "pd:EmailAddress"],
        subjects=["dpv:Employee", "dpv:Supplier"],
        processors=["hinweis"],
        recipients=[],
        retention=("P3Y", "plain"),
        toms=["dpv:EncryptionAtRest", "dpv:Pseudonymisation"],
        owner="albers",
        transfers=[],
    ),
    "analytics": dict(
        en="Website analytics",
        de="Webanalyse",
        code="VVT-016",
        cls="ropa:MarketingProcessing",
        controller="hla",
        purposes=["dpv:ServiceUsageAnalytics"],
        bases=["gdpr:A6-1-a"],
        data=["pd:IPAddress", "pd:BrowsingBehavior"],
        subjects=["dpv:Visitor"],
        processors=["tokimeki"],
        recipients=[],
        retention=("P14M", "plain"),
        toms=["dpv:Pseudonymisation"],
        owner="ohlsen",
        transfers=[("JP", "gdpr:A45-3", "tokimeki")],
    ),
    "archiving": dict(
        en="E-mail archiving",
        de="E-Mail-Archivierung",
        code="VVT-022",
        cls="ropa:ProcessingActivity",
        controller="hla",
        purposes=["dpv:RecordManagement", "dpv:LegalCompliance"],
        bases=["lo-accounting"],
        data=["pd:Name", "pd:EmailAddress", "pd:CommunicationsMetadata"],
        subjects=["dpv:Employee", "dpv:Customer", "dpv:Supplier"],
        processors=["archivon"],
        recipients=[],
        retention=("P6Y", "storage"),
        toms=["dpv:EncryptionAtRest", "dpv:DataBackupProtocols"],
        owner="schulte",
        transfers=[("CH", "gdpr:A45-3", "archivon")],
    ),
    "collection": dict(
        en="Debt collection",
        de="Forderungsmanagement",
        code="VVT-034",
        cls="ropa:CustomerDataProcessing",
        controller="hla",
        purposes=["dpv:CustomerManagement"],
        bases=["li-collection"],
        data=["pd:Name", "pd:PhysicalAddress", "pd:BankAccount"],
        subjects=["dpv:Customer"],
        processors=[],
        recipients=["inkasso"],
        retention=("P3Y", "plain"),
        toms=["dpv:AccessControlMethod"],
        owner="yilmaz",
        transfers=[],
    ),
    "visitors": dict(
        en="Visitor registration",
        de="Besucheranmeldung",
        code="VVT-008",
        cls="ropa:SecurityProcessing",
        controller="hla",
        purposes=["dpv:EnforceAccessControl"],
        bases=["li-cctv-hh"],
        data=["pd:Name", "pd:VehicleLicense"],
        subjects=["dpv:Visitor"],
        processors=[],
        recipients=[],
        retention=("P30D", "storage"),
        toms=["dpv:AccessControlMethod"],
        owner="kraus",
        transfers=[],
    ),
    "accounting": dict(
        en="Accounts payable",
        de="Kreditorenbuchhaltung",
        code="VVT-027",
        cls="ropa:ProcessingActivity",
        controller="hla",
        purposes=["dpv:VendorManagement", "dpv:LegalCompliance"],
        bases=["lo-accounting", "gdpr:A6-1-b"],
        data=["pd:Name", "pd:BankAccount", "pd:TaxCode"],
        subjects=["dpv:Supplier"],
        processors=["cloudnord"],
        recipients=["finanzamt"],
        retention=("P10Y", "plain"),
        toms=["dpv:DataBackupProtocols", "dpv:AccessControlMethod"],
        owner="yilmaz",
        transfers=[],
    ),
    "shipment": dict(
        en="Shipment tracking",
        de="Sendungsverfolgung",
        code="VVT-018",
        cls="ropa:CustomerDataProcessing",
        controller="hln",
        purposes=["dpv:DeliveryOfGoods", "dpv:ServiceProvision"],
        bases=["gdpr:A6-1-b"],
        data=["pd:Name", "pd:PhysicalAddress", "pd:TelephoneNumber", "pd:EmailAddress"],
        subjects=["dpv:Customer", "dpv:Consumer"],
        processors=["cloudnord"],
        recipients=[],
        retention=("P1Y", "storage"),
        toms=["dpv:EncryptionInTransfer"],
        owner="devries",
        transfers=[],
    ),
}

# processing agreements: key -> (processor, signed, expiry or "", activities covered, expiry property)
DPAS = {
    "dpa-001": ("datev", "2019-03-01", "2027-02-28", ["payroll-de"], "valid"),
    "dpa-002": ("nordwache", "2021-07-15", "2026-07-14", ["cctv-hh"], "valid"),
    "dpa-003": ("sendloop", "2022-05-02", "2025-05-01", ["newsletter"], "valid"),
    "dpa-004": ("talentra", "2023-01-10", "", ["recruitment"], ""),
    "dpa-005": ("helpwise", "2020-11-23", "2026-11-22", ["support"], "valid"),
    "dpa-006": ("kaveri", "2024-02-05", "2027-02-04", ["support"], "valid"),
    "dpa-007": ("riskline", "2024-03-18", "2027-03-17", ["fraud"], "valid"),
    "dpa-008": ("telemaxx", "2023-10-01", "2028-09-30", ["telematics"], "valid"),
    "dpa-009": ("arbmed", "2018-05-25", "", ["occhealth"], ""),
    "dpa-010": ("archivon", "2022-09-12", "2027-09-11", ["archiving"], "expires"),
    "dpa-011": ("tokimeki", "2024-06-03", "2026-06-02", ["analytics"], "valid"),
    "dpa-012": ("hinweis", "2023-06-28", "2026-06-27", ["whistle"], "valid"),
    "dpa-013": ("cloudnord", "2021-02-01", "2026-01-31", ["accounting", "shipment"], "valid"),
    "dpa-014": ("paieexpert", "2020-01-06", "2028-01-05", ["payroll-fr"], "valid"),
    "dpa-015": ("placeo", "2022-04-11", "2025-04-10", ["payroll-pl"], "expires"),
}

# DPIAs: key -> (label, language, activity, created, risk level, risks, conducted by, direction)
DPIAS = {
    "dpia-cctv-hh": (
        "DPIA Videoüberwachung Lager Hamburg",
        "de",
        "cctv-hh",
        "2022-12-01",
        "dpv:MediumRisk",
        ["Covert monitoring of staff performance", "Unauthorised access to footage"],
        "albers",
        "from-activity",
    ),
    "dpia-cctv-lyon": (
        "AIPD vidéosurveillance Lyon",
        "fr",
        "cctv-lyon",
        "2023-05-09",
        "dpv:MediumRisk",
        ["Surveillance excessive des salariés"],
        "marchand",
        "to-activity",
    ),
    "dpia-fraud": (
        "DPIA Fraud detection scoring",
        "en",
        "fraud",
        "2024-02-14",
        "dpv:HighRisk",
        ["Automated refusal of legitimate orders", "Discriminatory scoring"],
        "albers",
        "from-activity",
    ),
    "dpia-telematics": (
        "DPIA Fleet telematics",
        "en",
        "telematics",
        "2023-08-21",
        "dpv:HighRisk",
        ["Continuous location tracking of drivers", "Profiling of driving behaviour"],
        "albers",
        "to-activity",
    ),
    "dpia-occhealth": (
        "DPIA Arbeitsmedizinische Vorsorge",
        "de",
        "occhealth",
        "2019-01-30",
        "dpv:HighRisk",
        ["Disclosure of health data to line managers"],
        "albers",
        "to-activity",
    ),
    "dpia-analytics": (
        "DPIA Website analytics",
        "en",
        "analytics",
        "2024-05-27",
        "dpv:LowRisk",
        ["Re-identification of visitors"],
        "albers",
        "from-activity",
    ),
    "dpia-whistle": (
        "DPIA Whistleblowing channel",
        "en",
        "whistle",
        "2023-06-12",
        "dpv:MediumRisk",
        ["Identification of whistleblowers", "Retaliation against reported persons"],
        "albers",
        "to-activity",
    ),
}

# breaches: key -> (label, activity, detected, authority or "", notified or "", persons, informed, caused by)
BREACHES = {
    "BR-2024-01": (
        "Payroll statements e-mailed to the wrong recipients",
        "payroll-de",
        "2024-02-12T09:30:00",
        "hmbbfdi",
        "2024-02-14T16:05:00",
        37,
        False,
        "",
    ),
    "BR-2024-02": ("Lost driver tablet", "telematics", "2024-05-03T07:45:00", "", "", 1, False, ""),
    "BR-2024-03": (
        "Ransomware attack at support ticketing provider",
        "support",
        "2024-09-19T22:10:00",
        "ap",
        "2024-09-21T11:00:00",
        4820,
        True,
        "helpwise",
    ),
    "BR-2025-01": (
        "Accès non autorisé aux images de vidéosurveillance",
        "cctv-lyon",
        "2025-01-27T14:20:00",
        "cnil",
        "2025-01-29T10:15:00",
        12,
        False,
        "",
    ),
    "BR-2025-02": (
        "Newsletter list exposed in CC field",
        "newsletter",
        "2025-06-05T08:05:00",
        "hmbbfdi",
        "2025-06-06T17:40:00",
        612,
        True,
        "",
    ),
    "BR-2025-03": (
        "Misconfigured archive share",
        "archiving",
        "2025-10-14T13:00:00",
        "hmbbfdi",
        "2025-10-16T09:20:00",
        230,
        False,
        "archivon",
    ),
}


# processing operations per activity kind (DPV processing concepts)
OPERATIONS = {
    "dpv:Collect": "Collect",
    "dpv:Store": "Store",
    "dpv:Use": "Use",
    "dpv:Erase": "Erase",
    "dpv:Disclose": "Disclose",
    "dpv:Analyse": "Analyse",
    "dpv:Profiling": "Profiling",
    "dpv:Monitor": "Monitor",
    "dpv:Transfer": "Transfer",
    "dpv:Record": "Record",
}
# IT systems: key -> (name, vendor, hosting country, activities)
SYSTEMS = {
    "sap-hcm": ("SAP HCM", "SAP SE", "DE", ["payroll-de", "occhealth"]),
    "datev-lodas": ("LODAS", "Lohnwerk Rechenzentrum eG", "DE", ["payroll-de"]),
    "silae": ("Silae Paie", "Silae SAS", "FR", ["payroll-fr"]),
    "milestone": ("XProtect VMS", "Milestone Systems A/S", "DE", ["cctv-hh", "cctv-lyon"]),
    "sendloop-app": ("Sendloop Campaigns", "Sendloop Inc.", "US", ["newsletter"]),
    "talentra-ats": ("Talentra ATS", "Talentra Ltd", "GB", ["recruitment", "recruitment-fr"]),
    "helpwise-desk": ("Helpwise Desk", "Helpwise Software Inc.", "US", ["support"]),
    "riskline-score": ("Riskline Score", "Riskline Analytics GmbH", "DE", ["fraud"]),
    "telemaxx-portal": ("Telemaxx FleetView", "Telemaxx Fleet GmbH", "DE", ["telematics"]),
    "archivon-vault": ("Archivon MailVault", "Archivon AG", "CH", ["archiving"]),
    "tokimeki-tag": ("Tokimeki Tag", "Tokimeki Analytics K.K.", "JP", ["analytics"]),
    "sap-fi": ("SAP S/4HANA Finance", "SAP SE", "DE", ["accounting", "collection", "fraud"]),
    "trackit": ("TrackIT", "", "NL", ["shipment", "support"]),
    "visitlog": ("VisitLog kiosk", "", "DE", ["visitors"]),
}
# data subject rights (the GDPR articles, as DPV's GDPR extension names them)
RIGHTS = {
    "dpv-gdpr:A15": "Right of Access",
    "dpv-gdpr:A16": "Right to Rectification",
    "dpv-gdpr:A17": "Right to Erasure",
    "dpv-gdpr:A20": "Right to Data Portability",
    "dpv-gdpr:A21": "Right to Object",
}


def build() -> Graph:
    rng = random.Random(5707)
    g = Graph()
    for pre, ns in (
        ("dpv", DPV),
        ("dpv-gdpr", GDPR),
        ("pd", PD),
        ("loc", LOC),
        ("eli", ELI),
        ("org", ORG),
        ("schema", S),
        ("skos", SKOS),
        ("dcterms", DCTERMS),
        ("owl", OWL),
        ("ropa", ROPA),
        ("r", R),
    ):
        g.bind(pre, ns)

    def lit(text: str, lang: str | None = None) -> Literal:
        return Literal(text, lang=lang)

    def typed(text: str, dt: URIRef) -> Literal:
        return Literal(text, datatype=dt, normalize=False)

    # the ontology header
    ont = URIRef(ONT)
    g.add((ont, RDF.type, OWL.Ontology))
    g.add(
        (
            ont,
            DCTERMS.title,
            lit("Verzeichnis von Verarbeitungstätigkeiten der Hallberg-Gruppe", "de"),
        )
    )
    g.add((ont, DCTERMS.title, lit("Record of processing activities of the Hallberg group", "en")))
    g.add((ont, OWL.versionInfo, lit("Export 2026-11-30, PrivacyDesk 7.4")))
    g.add((ont, DCTERMS.created, typed("2026-11-30T06:00:00Z", XSD.dateTime)))
    g.add((ont, OWL.imports, URIRef("https://w3id.org/dpv")))
    g.add((ont, OWL.imports, URIRef("https://w3id.org/dpv/legal/eu/gdpr")))
    g.add((ont, OWL.imports, URIRef("https://w3id.org/dpv/pd")))

    for c, (sup, label, comment) in CLASSES.items():
        n = _node(c)
        g.add((n, RDF.type, OWL.Class))
        g.add((n, RDFS.subClassOf, _node(sup)))
        g.add((n, RDFS.label, lit(label, "en")))
        if comment:
            g.add((n, RDFS.comment, lit(comment, "en")))
    for p, (kind, label, comment, inverse) in PROPS.items():
        n = _node(p)
        g.add(
            (
                n,
                RDF.type,
                OWL.ObjectProperty if kind == "owl:ObjectProperty" else OWL.DatatypeProperty,
            )
        )
        g.add((n, RDFS.label, lit(label, "en")))
        if comment:
            g.add((n, RDFS.comment, lit(comment, "en")))
        if inverse:
            g.add((n, OWL.inverseOf, _node(inverse)))
    g.add((ORG.hasSubOrganization, OWL.inverseOf, ORG.subOrganizationOf))
    g.add((ORG.subOrganizationOf, RDFS.label, lit("subOrganization of", "en")))
    g.add((ORG.hasSubOrganization, RDFS.label, lit("has subOrganization", "en")))
    for p, label in (
        (DPV.hasDataController, "has data controller"),
        (DPV.hasDataProcessor, "has data processor"),
        (DPV.hasPersonalData, "has personal data"),
        (DPV.hasDataSubject, "has data subject"),
        (DPV.hasLegalBasis, "has legal basis"),
        (DPV.hasPurpose, "has purpose"),
        (DPV.hasRecipient, "has recipient"),
        (DPV.hasRiskLevel, "has risk level"),
        (DPV.hasTechnicalOrganisationalMeasure, "has technical and organisational measure"),
        (DPV.hasDataProtectionOfficer, "has data protection officer"),
    ):
        g.add((p, RDF.type, OWL.ObjectProperty))
        g.add((p, SKOS.prefLabel, lit(label, "en")))
    g.add(
        (
            DPV.hasDataController,
            SKOS.definition,
            lit("Indicates association with Data Controller", "en"),
        )
    )
    g.add(
        (
            DPV.SpecialCategoryPersonalData,
            SKOS.prefLabel,
            lit("Special Category Personal Data", "en"),
        )
    )
    g.add((DPV.SpecialCategoryPersonalData, RDFS.subClassOf, DPV.SensitivePersonalData))
    g.add((DPV.DataProtectionAuthority, RDFS.subClassOf, DPV.Authority))
    g.add((DPV.DataProcessor, RDFS.subClassOf, DPV.Recipient))

    for c, (kind, label) in CONCEPTS.items():
        n = _node(c)
        g.add((n, RDF.type, _node(kind)))
        g.add((n, SKOS.prefLabel, lit(label, "en")))
        for a in ALT.get(c, []):
            g.add((n, SKOS.altLabel, lit(a, "de" if a in ("Bewerber", "Beschäftigte") else "en")))
    for c, (label, cls, flag) in PERSONAL_DATA.items():
        n = _node(c)
        g.add((n, RDF.type, _node(cls) if cls else DPV.PersonalData))
        g.add((n, SKOS.prefLabel, lit(label, "en")))
        if flag:
            g.add((n, ROPA.specialCategory, typed("true", XSD.boolean)))
    for code, label in COUNTRIES.items():
        n = LOC[code]
        g.add((n, RDF.type, DPV.Country))
        if label:
            g.add((n, SKOS.prefLabel, lit(label, "en")))
        g.add((n, SKOS.notation, lit(code)))

    for key, (name, lang, alts, cc) in AUTHORITIES.items():
        n = R["authority/" + key]
        g.add((n, RDF.type, DPV.DataProtectionAuthority))
        g.add((n, S.name, lit(name, lang)))
        for a in alts:
            g.add((n, S.alternateName, lit(a)))
        g.add((n, DPV.hasJurisdiction, LOC[cc]))

    company = {}
    for key, (name, alts, cc, city, reg, auth) in COMPANIES.items():
        n = R["org/" + key]
        company[key] = n
        g.add((n, RDF.type, ROPA.GroupCompany))
        g.add((n, RDF.type, DPV.DataController))
        g.add((n, S.legalName, lit(name)))
        g.add((n, RDFS.label, lit(name)))
        for a in alts:
            g.add((n, S.alternateName, lit(a)))
        g.add((n, DPV.hasCountry, LOC[cc]))
        addr = _blank()
        g.add((n, S.address, addr))
        g.add((addr, RDF.type, S.PostalAddress))
        g.add((addr, S.addressLocality, lit(city)))
        g.add((addr, S.addressCountry, lit(cc)))
        g.add((n, S.identifier, lit(reg)))
        g.add((n, ROPA.leadAuthority, R["authority/" + auth]))
    for sub, how in GROUP.items():
        if how == "up":
            g.add((company[sub], ORG.subOrganizationOf, company["hla"]))
        else:
            g.add((company["hla"], ORG.hasSubOrganization, company[sub]))

    person = {}
    for key, (name, title, employer, email) in PEOPLE.items():
        n = R["person/" + key]
        person[key] = n
        g.add((n, RDF.type, S.Person))
        g.add((n, S.name, lit(name)))
        g.add((n, S.jobTitle, lit(title)))
        g.add((n, S.worksFor, company[employer]))
        g.add((n, S.email, lit(email)))
        if rng.random() < 0.5:
            g.add((n, S.telephone, lit(f"+49 40 {rng.randint(300000, 899999)}")))

    org = {}
    for key, (name, cc, kind, alts) in ORGS.items():
        n = R["org/" + key]
        org[key] = n
        g.add((n, RDF.type, S.Organization))
        g.add((n, RDF.type, DPV.DataProcessor if kind == "processor" else DPV.Recipient))
        g.add((n, S.name, lit(name)))
        for a in alts:
            g.add((n, S.alternateName, lit(a)))
        g.add((n, DPV.hasCountry, LOC[cc]))
    for comp, dpo in DPOS.items():
        target = person.get(dpo) or org[dpo]
        g.add((company[comp], DPV.hasDataProtectionOfficer, target))
        g.add((target, RDF.type, DPV.DataProtectionOfficer))

    for iri, title, lang, short, when in LAWS.values():
        n = URIRef(iri)
        g.add((n, RDF.type, ELI.LegalResource))
        g.add((n, ELI.title, lit(title, lang)))
        g.add((n, ELI.title_short, lit(short)))
        g.add((n, ELI.date_document, typed(when, XSD.date)))

    basis = {}
    for key, (kind, label, extra) in LEGAL_BASES.items():
        n = R["legal-basis/" + key]
        basis[key] = n
        g.add((n, RDF.type, _node(kind)))
        g.add((n, RDFS.label, lit(label, "fr" if "FR" in label or "Lyon" in label else "en")))
        if kind == "gdpr:A6-1-f":
            g.add((n, RDF.type, ROPA.LegitimateInterestAssessment))
            g.add((n, ROPA.balancingTestDate, typed(extra[0], XSD.date)))
            g.add((n, ROPA.interest, lit(extra[1])))
        else:
            for law in extra:
                g.add((n, ROPA.citesLaw, URIRef(LAWS[law][0])))

    activity = {}
    for key, a in ACTIVITIES.items():
        n = R["activity/" + key]
        activity[key] = n
        g.add((n, RDF.type, _node(str(a["cls"]))))
        for lang in ("en", "de", "fr", "pl"):
            if a.get(lang):
                g.add((n, RDFS.label, lit(str(a[lang]), lang)))
        g.add((n, SKOS.notation, lit(str(a["code"]))))
        g.add((n, DPV.hasDataController, company[str(a["controller"])]))
        for p in a["purposes"]:  # type: ignore[attr-defined]
            g.add((n, DPV.hasPurpose, _node(p)))
        for b in a["bases"]:  # type: ignore[attr-defined]
            g.add((n, DPV.hasLegalBasis, basis[b] if b in basis else _node(b)))
        for d in a["data"]:  # type: ignore[attr-defined]
            g.add((n, DPV.hasPersonalData, _node(d)))
        for s in a["subjects"]:  # type: ignore[attr-defined]
            g.add((n, DPV.hasDataSubject, _node(s)))
        for p in a["processors"]:  # type: ignore[attr-defined]
            g.add((n, DPV.hasDataProcessor, org[p]))
        for p in a["recipients"]:  # type: ignore[attr-defined]
            g.add((n, DPV.hasRecipient, org[p]))
        duration, how = a["retention"]  # type: ignore[misc]
        if how == "storage":
            sc = _blank()
            g.add((n, DPV.hasStorageCondition, sc))
            g.add((sc, RDF.type, DPV.StorageDuration))
            g.add((sc, RDF.value, typed(duration, XSD.duration)))
        else:
            g.add((n, ROPA.retentionPeriod, typed(duration, XSD.duration)))
        for t in a["toms"]:  # type: ignore[attr-defined]
            g.add((n, DPV.hasTechnicalOrganisationalMeasure, _node(t)))
        g.add((n, ROPA.businessOwner, person[str(a["owner"])]))
        for cc, safeguard, importer in a["transfers"]:  # type: ignore[attr-defined]
            t = _blank()
            g.add((n, ROPA.transfer, t))
            g.add((t, RDF.type, ROPA.Transfer))
            g.add((t, DPV.hasCountry, LOC[cc]))
            g.add((t, ROPA.dataImporter, org[importer]))
            g.add((t, ROPA.safeguard, _node(safeguard)))
        if a.get("desc"):
            g.add((n, DCTERMS.description, lit(str(a["desc"]), "en")))
        g.add(
            (
                n,
                DCTERMS.modified,
                typed(f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}", XSD.date),
            )
        )

    for key, (proc, signed, expiry, covers, how) in DPAS.items():
        n = R["agreement/" + key]
        g.add((n, RDF.type, DPV.DataProcessingAgreement))
        g.add((n, RDFS.label, lit(f"DPA {ORGS[proc][0]}")))
        g.add((n, SKOS.notation, lit(key.upper())))
        g.add((n, ROPA.agreementWith, org[proc]))
        g.add((n, DCTERMS.created, typed(signed, XSD.date)))
        if expiry:
            g.add((n, DCTERMS.valid if how == "valid" else ROPA.expiresOn, typed(expiry, XSD.date)))
        for act in covers:
            g.add((n, ROPA.coversActivity, activity[act]))

    for key, (label, lang, act, created, level, risks, by, direction) in DPIAS.items():
        n = R["dpia/" + key]
        g.add((n, RDF.type, DPV.DPIA))
        g.add((n, RDFS.label, lit(label, lang)))
        g.add((n, DCTERMS.created, typed(created, XSD.date)))
        g.add((n, DPV.hasRiskLevel, _node(level)))
        g.add((n, ROPA.conductedBy, person[by]))
        if direction == "from-activity":
            g.add((activity[act], ROPA.hasDPIA, n))
        else:
            g.add((n, ROPA.assessesActivity, activity[act]))
        for text in risks:
            r = _blank()
            g.add((n, DPV.hasRisk, r))
            g.add((r, RDF.type, DPV.Risk))
            g.add((r, RDFS.label, lit(text, "fr" if lang == "fr" else "en")))

    for key, (label, act, detected, auth, notified, persons, informed, cause) in BREACHES.items():
        n = R["breach/" + key]
        g.add((n, RDF.type, ROPA.DataBreach))
        g.add((n, RDFS.label, lit(label, "fr" if "non autorisé" in label else "en")))
        g.add((n, SKOS.notation, lit(key)))
        g.add((n, ROPA.affectedActivity, activity[act]))
        g.add((n, ROPA.detectedAt, typed(detected, XSD.dateTime)))
        if auth:
            g.add((n, ROPA.notifiedAuthority, R["authority/" + auth]))
            g.add((n, ROPA.notifiedAt, typed(notified, XSD.dateTime)))
        g.add((n, ROPA.affectedPersons, typed(str(persons), XSD.integer)))
        g.add((n, ROPA.subjectsInformed, typed("true" if informed else "false", XSD.boolean)))
        if cause:
            g.add((n, ROPA.causedBy, org[cause]))
    for c, label in {**OPERATIONS, **RIGHTS}.items():
        g.add((_node(c), SKOS.prefLabel, lit(label, "en")))
        g.add((_node(c), RDF.type, DPV.Processing if c in OPERATIONS else DPV.Right))
    for key, a in ACTIVITIES.items():
        ops = ["dpv:Collect", "dpv:Store", "dpv:Use", "dpv:Erase"]
        ops += ["dpv:Disclose"] if a["recipients"] else []
        ops += ["dpv:Transfer"] if a["transfers"] else []
        ops += ["dpv:Monitor"] if key in ("cctv-hh", "cctv-lyon", "telematics") else []
        ops += ["dpv:Profiling", "dpv:Analyse"] if key in ("fraud", "analytics") else []
        for op in ops:
            g.add((activity[key], DPV.hasProcessing, _node(op)))
        g.add(
            (
                activity[key],
                ROPA.approxDataSubjects,
                typed(str(rng.choice([40, 120, 350, 900, 2500, 12000, 48000])), XSD.integer),
            )
        )
        dpo = DPOS.get(str(a["controller"]), "albers")
        for i in range(rng.randint(2, 3)):
            rv = _blank()
            g.add((activity[key], ROPA.review, rv))
            g.add((rv, RDF.type, ROPA.Review))
            g.add(
                (
                    rv,
                    DCTERMS.date,
                    typed(
                        f"{2023 + i}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", XSD.date
                    ),
                )
            )
            g.add((rv, ROPA.reviewedBy, person.get(dpo) or org[dpo]))
            g.add(
                (
                    rv,
                    ROPA.outcome,
                    lit(
                        rng.choice(
                            [
                                "no changes",
                                "retention period updated",
                                "processor list updated",
                                "TOMs updated",
                                "legal basis confirmed",
                            ]
                        )
                    ),
                )
            )
    vendor = {name: org[k] for k, (name, *_rest) in ORGS.items()}
    for key, (name, maker, cc, acts) in SYSTEMS.items():
        n = R["system/" + key]
        g.add((n, RDF.type, S.SoftwareApplication))
        g.add((n, S.name, lit(name)))
        if maker in vendor:
            g.add((n, S.provider, vendor[maker]))
        elif maker:
            g.add((n, S.publisher, lit(maker)))
        g.add((n, DPV.hasLocation, LOC[cc]))
        for act in acts:
            g.add((activity[act], ROPA.usesSystem, n))
    acts = list(ACTIVITIES)
    for i in range(1, 71):
        act = rng.choice(acts)
        n = R[f"request/DSR-{2024 + i // 40}-{i:03d}"]
        g.add((n, RDF.type, ROPA.DataSubjectRequest))
        g.add((n, SKOS.notation, lit(f"DSR-{2024 + i // 40}-{i:03d}")))
        g.add((n, ROPA.exercisesRight, _node(rng.choice(list(RIGHTS)))))
        g.add((n, ROPA.concernsActivity, activity[act]))
        g.add((n, ROPA.handledBy, company[str(ACTIVITIES[act]["controller"])]))
        month, day = rng.randint(1, 11), rng.randint(1, 20)
        g.add((n, ROPA.receivedOn, typed(f"{2024 + i // 40}-{month:02d}-{day:02d}", XSD.date)))
        if rng.random() < 0.85:
            g.add(
                (
                    n,
                    ROPA.answeredOn,
                    typed(f"{2024 + i // 40}-{month:02d}-{day + rng.randint(2, 8):02d}", XSD.date),
                )
            )
    return g


def main() -> None:
    g = build()
    out = HERE / "privacy.ttl"
    g.serialize(out, format="turtle")
    print(out, len(g), "triples")


if __name__ == "__main__":
    main()
