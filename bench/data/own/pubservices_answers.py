# ruff: noqa: E501  (one question a line)
"""Gold answers of ``pubservices.jsonl`` (and, with ``--conversations``, the pubservices lines
of ``conversations_blind58.jsonl``), computed with rdflib SPARQL over ``pubservices.rdf``
(never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("P12W", "14.00", "1953-05-14"); a node with every name it
carries: ``dct:title`` (English and Welsh), ``skos:prefLabel``, ``skos:altLabel``,
``skos:notation``, ``vcard:fn``, ``eli:title``, ``eli:id_local`` and ``dct:identifier``
(service codes "WG-PS-0012", ONS area codes, a law's ELI). In a query ``{Name}`` stands for
the one node carrying that name. The export says several things two ways, and the queries
take both: the competent authority named by the service or the organisation stating that it
provides it (``AUTH``), a law named by the service or by the rule it follows (``LAW``), an
event named by the service or listing it (``GROUPED``), an area part of its region or listed by
it (``PART``), a sub-organisation said from either side (``SUB``), a required service said
from either side (``REQ``). Unanswerable questions carry no query and ``answers: []``. Run from
the repository root: ``python bench/data/own/pubservices_answers.py``
(``--conversations >> bench/data/own/conversations_blind58.jsonl``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import RDFS, Graph, Namespace
from rdflib.namespace import DCTERMS, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
ELI = Namespace("http://data.europa.eu/eli/ontology#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
PRE = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX cpsv: <http://purl.org/vocab/cpsv#>
PREFIX m8g: <http://data.europa.eu/m8g/>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX locn: <http://www.w3.org/ns/locn#>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX wgps: <https://catalogue.gov.wales.example/def/>
PREFIX ct: <https://catalogue.gov.wales.example/id/channel-type/>
"""


def AUTH(s: str, o: str) -> str:
    """``o`` is the competent authority of ``s`` (named by the service or stating it provides it)."""
    return f"{{ {s} m8g:hasCompetentAuthority {o} }} UNION {{ {o} cpsv:provides {s} }}"


def LAW(s: str, law: str) -> str:
    """``s`` follows ``law`` (named by the service, or implemented by the rule it follows)."""
    return (
        f"{{ {s} m8g:hasLegalResource {law} }} UNION {{ {s} cpsv:follows/cpsv:implements {law} }}"
    )


def GROUPED(s: str, e: str) -> str:
    """``s`` is grouped by the event ``e`` (said by the service or by the event)."""
    return f"{{ {s} m8g:isGroupedBy {e} }} UNION {{ {e} dct:relation {s} . {s} a/rdfs:subClassOf* cpsv:PublicService }}"


def PART(a: str, r: str) -> str:
    """``a`` is part of ``r`` (either direction of the link)."""
    return f"{{ {a} dct:isPartOf {r} }} UNION {{ {r} dct:hasPart {a} }}"


def SUB(a: str, p: str) -> str:
    """``a`` is a sub-organisation of ``p`` (either direction of the link)."""
    return f"{{ {a} org:subOrganizationOf {p} }} UNION {{ {p} org:hasSubOrganization {a} }}"


def REQ(s: str, q: str) -> str:
    """``s`` requires ``q`` first (either direction of the link)."""
    return f"{{ {s} dct:requires {q} }} UNION {{ {q} dct:isRequiredBy {s} }}"


def COST(s: str, via: str = "") -> str:
    """``?x`` is a cost amount of ``s`` (through a channel of type ``via`` if given)."""
    ch = f" ; m8g:ifAccessedThrough/dct:type ct:{via}" if via else ""
    return f"{s} m8g:hasCost [ m8g:value ?x{ch} ]"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # 1hop
    (
        "Which organisation is responsible for registering a birth?",
        "1hop",
        f"SELECT ?x WHERE {{ {AUTH('{Register a birth}', '?x')} }}",
    ),
    (
        "what documents do i need to apply for planning permission",
        "1hop",
        "SELECT ?x WHERE { {Apply for planning permission} cpsv:hasInput ?x }",
    ),
    (
        "What do you get when you register a company?",
        "1hop",
        "SELECT ?x WHERE { {Register a company} cpsv:produces ?x }",
    ),
    (
        "Which life event does registering a death belong to?",
        "1hop",
        f"SELECT ?x WHERE {{ {GROUPED('{Register a death}', '?x')} }}",
    ),
    (
        "Who provides the rod fishing licence?",
        "1hop",
        f"SELECT ?x WHERE {{ {AUTH('{Buy a rod fishing licence}', '?x')} }}",
    ),
    (
        "Which law does the Blue Badge service follow?",
        "1hop",
        f"SELECT ?x WHERE {{ {LAW('{Apply for a Blue Badge}', '?x')} }}",
    ),
    ("Which region is Gwynedd in?", "1hop", f"SELECT ?x WHERE {{ {PART('{Gwynedd}', '?x')} }}"),
    (
        "What do I have to do before I can apply for an HMO licence?",
        "1hop",
        f"SELECT ?x WHERE {{ {REQ('{Apply for an HMO licence}', '?x')} }}",
    ),
    (
        "What requirements does the concessionary travel card have?",
        "1hop",
        "SELECT ?x WHERE { {Apply for a concessionary travel card} m8g:holdsRequirement ?x }",
    ),
    # inverse
    (
        "Which services does Cardiff Council provide?",
        "inverse",
        f"SELECT ?x WHERE {{ {AUTH('?x', '{Cardiff Council}')} }}",
    ),
    (
        "Which services belong to the life event having a baby?",
        "inverse",
        f"SELECT ?x WHERE {{ {GROUPED('?x', '{Having a baby}')} }}",
    ),
    (
        "what services are grouped under starting a business",
        "inverse",
        f"SELECT ?x WHERE {{ {GROUPED('?x', '{Starting a business}')} }}",
    ),
    (
        "Which services does the DVLA provide?",
        "inverse",
        f"SELECT ?x WHERE {{ {AUTH('?x', '{DVLA}')} }}",
    ),
    (
        "Which services are based on the Road Traffic Act 1988?",
        "inverse",
        f"SELECT ?x WHERE {{ {LAW('?x', '{Road Traffic Act 1988}')} }}",
    ),
    (
        "Which local authority areas are in North Wales?",
        "inverse",
        f"SELECT ?x WHERE {{ {PART('?x', '{North Wales}')} }}",
    ),
    (
        "Which organisations are part of the Welsh Government?",
        "inverse",
        f"SELECT ?x WHERE {{ {SUB('?x', '{Welsh Government}')} }}",
    ),
    (
        "Which services need a birth certificate?",
        "inverse",
        "SELECT ?x WHERE { ?x cpsv:hasInput {Birth certificate} }",
    ),
    (
        "Which service has to be done before you can claim child benefit?",
        "inverse",
        f"SELECT ?x WHERE {{ {REQ('{Apply for Child Benefit}', '?x')} }}",
    ),
    # 2hop
    (
        "what kinds of channel can i use to apply for a blue badge",
        "2hop",
        "SELECT ?x WHERE { {Apply for a Blue Badge} m8g:hasChannel/dct:type ?x }",
    ),
    (
        "What is the minimum age to apply for a provisional driving licence?",
        "2hop",
        "SELECT ?x WHERE { {Apply for a provisional driving licence} m8g:holdsRequirement/wgps:minimumAge ?x }",
    ),
    (
        "What number can I call about child benefit?",
        "2hop",
        "SELECT ?x WHERE { {Apply for Child Benefit} m8g:hasContactPoint/vcard:hasTelephone ?x }",
    ),
    (
        "What are the opening hours for help with registering a company?",
        "2hop",
        "SELECT ?x WHERE { {Register a company} m8g:hasContactPoint/schema:openingHours ?x }",
    ),
    (
        "Under which law must landlords register?",
        "2hop",
        f"SELECT ?x WHERE {{ {LAW('{Register as a landlord}', '?x')} }}",
    ),
    (
        "What type of output does the Blue Badge application produce?",
        "2hop",
        "SELECT ?x WHERE { {Apply for a Blue Badge} cpsv:produces/dct:type ?x }",
    ),
    (
        "Which documents are needed for the service that produces a completion certificate?",
        "2hop",
        "SELECT ?x WHERE { ?s cpsv:produces {Completion certificate} ; cpsv:hasInput ?x }",
    ),
    (
        "who issues the certificate of incorporation",
        "2hop",
        f"SELECT ?x WHERE {{ ?s cpsv:produces {{Certificate of incorporation}} . {AUTH('?s', '?x')} }}",
    ),
    (
        "In which languages is the website for registering to vote available?",
        "2hop",
        "SELECT ?x WHERE { {Register to vote} m8g:hasChannel ?c . ?c dct:type ct:web ; dct:language ?x }",
    ),
    (
        "Which act does the rule for registering to vote implement?",
        "2hop",
        "SELECT ?x WHERE { {Register to vote} cpsv:follows/cpsv:implements ?x }",
    ),
    # 3hop
    (
        "What is the postcode of the council that issues HMO licences?",
        "3hop",
        f"SELECT ?x WHERE {{ {AUTH('{Apply for an HMO licence}', '?o')} ?o locn:address/locn:postCode ?x }}",
    ),
    (
        "Which region is the authority responsible for free school meals in?",
        "3hop",
        f"SELECT ?x WHERE {{ {AUTH('{Apply for free school meals}', '?o')} ?o dct:spatial ?a . {PART('?a', '?x')} }}",
    ),
    (
        "What is the postcode of the organisation that provides the rod fishing licence?",
        "3hop",
        f"SELECT ?x WHERE {{ {AUTH('{Buy a rod fishing licence}', '?o')} ?o locn:address/locn:postCode ?x }}",
    ),
    (
        "Which laws are behind the services for having a baby?",
        "3hop",
        f"SELECT ?x WHERE {{ {GROUPED('?s', '{Having a baby}')} {LAW('?s', '?x')} }}",
    ),
    (
        "What minimum ages apply to the services for people who are retiring?",
        "3hop",
        f"SELECT ?x WHERE {{ {GROUPED('?s', '{Retiring}')} ?s m8g:holdsRequirement/wgps:minimumAge ?x }}",
    ),
    (
        "What are the opening hours of the contact point of the authority that issues Blue Badges?",
        "3hop",
        f"SELECT ?x WHERE {{ {AUTH('{Apply for a Blue Badge}', '?o')} ?o m8g:hasContactPoint/schema:openingHours ?x }}",
    ),
    # conjunction
    (
        "How much does it cost to renew a driving licence online?",
        "conjunction",
        f"SELECT ?x WHERE {{ {COST('{Renew your driving licence}', 'web')} }}",
    ),
    (
        "Which licensing services does Swansea Council handle?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a wgps:LicensingService . {AUTH('?x', '{Swansea Council}')} }}",
    ),
    (
        "How many services does Cardiff Council provide?",
        "conjunction",
        f"SELECT (COUNT(DISTINCT ?s) AS ?x) WHERE {{ {AUTH('?s', '{Cardiff Council}')} }}",
    ),
    (
        "how many documents do you need for a blue badge",
        "conjunction",
        "SELECT (COUNT(DISTINCT ?e) AS ?x) WHERE { {Apply for a Blue Badge} cpsv:hasInput ?e }",
    ),
    (
        "Which services need both a passport and a passport-style photograph?",
        "conjunction",
        "SELECT ?x WHERE { ?x cpsv:hasInput {Valid passport}, {Passport-style photograph} }",
    ),
    (
        "Which services in Wrexham require the applicant to be 18 or over?",
        "conjunction",
        "SELECT ?x WHERE { ?x dct:spatial {Wrexham} ; m8g:holdsRequirement {Applicant aged 18 or over} }",
    ),
    (
        "Which registration services are part of starting a business?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a wgps:RegistrationService . {GROUPED('?x', '{Starting a business}')} }}",
    ),
    # synonym
    (
        "how much is an annual salmon fishing permit",
        "synonym",
        "SELECT ?x WHERE { {Buy a rod fishing licence} m8g:hasCost [ m8g:value ?x ; dct:description ?d ] FILTER(CONTAINS(STR(?d), 'salmon')) }",
    ),
    (
        "who do i talk to about getting a free bus pass",
        "synonym",
        f"SELECT ?x WHERE {{ {AUTH('{Apply for a concessionary travel card}', '?x')} }}",
    ),
    (
        "what paperwork do i need to register a death",
        "synonym",
        "SELECT ?x WHERE { {Register a death} cpsv:hasInput ?x }",
    ),
    (
        "which agency handles setting up a limited company",
        "synonym",
        f"SELECT ?x WHERE {{ {AUTH('{Register a company}', '?x')} }}",
    ),
    (
        "what's the fee for giving notice of marriage",
        "synonym",
        f"SELECT ?x WHERE {{ {COST('{Give notice of marriage}')} }}",
    ),
    (
        "how long does it take to get a landlord registration number",
        "synonym",
        "SELECT ?x WHERE { ?s cpsv:produces {Landlord registration number} ; m8g:processingTime ?x }",
    ),
    (
        "what rules do you have to meet to get a disabled parking badge",
        "synonym",
        "SELECT ?x WHERE { {Apply for a Blue Badge} m8g:holdsRequirement ?x }",
    ),
    # alias
    (
        "Who is the competent authority for Cofrestru genedigaeth?",
        "alias",
        f"SELECT ?x WHERE {{ {AUTH('{Register a birth}', '?x')} }}",
    ),
    (
        "Which authority handles WG-PS-0007?",
        "alias",
        f"SELECT ?x WHERE {{ {AUTH('{WG-PS-0007}', '?x')} }}",
    ),
    (
        "Which services does Cyngor Gwynedd offer?",
        "alias",
        f"SELECT ?x WHERE {{ {AUTH('?x', '{Gwynedd Council}')} }}",
    ),
    (
        "what do i need for Gwneud cais am Fathodyn Glas",
        "alias",
        "SELECT ?x WHERE { {Apply for a Blue Badge} cpsv:hasInput ?x }",
    ),
    (
        "which services does the WRA provide",
        "alias",
        f"SELECT ?x WHERE {{ {AUTH('?x', '{WRA}')} }}",
    ),
    # typo
    (
        "how much does a provisonal driving licence cost by post",
        "typo",
        f"SELECT ?x WHERE {{ {COST('{Apply for a provisional driving licence}', 'post')} }}",
    ),
    (
        "wich documents do i need to registr a company",
        "typo",
        "SELECT ?x WHERE { {Register a company} cpsv:hasInput ?x }",
    ),
    (
        "what is the procesing time for an hmo licnece",
        "typo",
        "SELECT ?x WHERE { {Apply for an HMO licence} m8g:processingTime ?x }",
    ),
    # literal
    (
        "How long does it take to get a Blue Badge?",
        "literal",
        "SELECT ?x WHERE { {Apply for a Blue Badge} m8g:processingTime ?x }",
    ),
    (
        "how long does planning permission take",
        "literal",
        "SELECT ?x WHERE { {Apply for planning permission} m8g:processingTime ?x }",
    ),
    (
        "When was the Births and Deaths Registration Act 1953 passed?",
        "literal",
        "SELECT ?x WHERE { {Births and Deaths Registration Act 1953} eli:date_document ?x }",
    ),
    (
        "What is the citation of the Housing Act 2004?",
        "literal",
        "SELECT ?x WHERE { {Housing Act 2004} eli:id_local ?x }",
    ),
    (
        "What is the service code of Register a food business?",
        "literal",
        "SELECT ?x WHERE { {Register a food business} dct:identifier ?x }",
    ),
    (
        "How much is a priority copy of a birth certificate?",
        "literal",
        "SELECT ?x WHERE { {Order a copy of a birth certificate} m8g:hasCost [ m8g:value ?x ; dct:description 'Priority service'@en ] }",
    ),
    (
        "What are the opening hours of Galw Gwynedd?",
        "literal",
        "SELECT ?x WHERE { {Galw Gwynedd} schema:openingHours ?x }",
    ),
    # unanswerable (the export does not hold these)
    ("What is the email address of the Child Benefit helpline?", "unanswerable", None),
    ("How much does a rod fishing licence cost by post?", "unanswerable", None),
    ("What is the processing time of the rod fishing licence?", "unanswerable", None),
    ("Who is the chief executive of Natural Resources Wales?", "unanswerable", None),
    ("Which law does the start-up business advice service follow?", "unanswerable", None),
    ("What are the opening hours of the Welsh Government's contact centre?", "unanswerable", None),
    ("What is the population of Conwy?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "pubservices-a58-01",
        [
            (
                "Who is responsible for the Blue Badge?",
                "start",
                f"SELECT ?x WHERE {{ {AUTH('{Apply for a Blue Badge}', '?x')} }}",
            ),
            (
                "When are they open?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Swansea Council} m8g:hasContactPoint/schema:openingHours ?x }",
            ),
            (
                "What about the DVLA?",
                "what_about",
                "SELECT ?x WHERE { {DVLA} m8g:hasContactPoint/schema:openingHours ?x }",
            ),
        ],
    ),
    (
        "pubservices-a58-02",
        [
            (
                "What documents do I need to register a company?",
                "start",
                "SELECT ?x WHERE { {Register a company} cpsv:hasInput ?x }",
            ),
            (
                "How much does it cost?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ {COST('{Register a company}')} }}",
            ),
            (
                "And for registering as a landlord?",
                "and_x",
                f"SELECT ?x WHERE {{ {COST('{Register as a landlord}')} }}",
            ),
        ],
    ),
    (
        "pubservices-a58-03",
        [
            (
                "What is the minimum age for a provisional driving licence?",
                "start",
                "SELECT ?x WHERE { {Apply for a provisional driving licence} m8g:holdsRequirement/wgps:minimumAge ?x }",
            ),
            (
                "And for the concessionary travel card?",
                "and_x",
                "SELECT ?x WHERE { {Apply for a concessionary travel card} m8g:holdsRequirement/wgps:minimumAge ?x }",
            ),
            (
                "Which authority issues it?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ {AUTH('{Apply for a concessionary travel card}', '?x')} }}",
            ),
        ],
    ),
]

NAME_PROPS = (
    DCTERMS.title,
    SKOS.prefLabel,
    SKOS.altLabel,
    SKOS.notation,
    VCARD.fn,
    ELI.title,
    ELI.id_local,
    DCTERMS.identifier,
    RDFS.label,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("14.00", "P12W")
    g = Graph()
    g.parse(HERE / "pubservices.rdf", format="xml")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("pubservices", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "pubservices.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
