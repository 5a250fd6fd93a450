# ruff: noqa: E501  (one question a line)
"""Gold answers of ``schools.jsonl`` (and, with ``--conversations``, the schools lines of
``conversations_blind52.jsonl``), computed with rdflib SPARQL over ``schools.rdf`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("2015-09-01", "E06000071"); a node with every name it
carries: ``schema:name``, ``schema:alternateName``, ``schema:legalName``, ``rdfs:label``,
``skos:prefLabel``, ``skos:altLabel`` and ``foaf:name``, in every language. A count answers
with its number. In a query ``{Name}`` stands for the one node carrying that name
(``{Name|prefix:Class}`` for the one of that class). A school's local authority is said by
``sr:localAuthority`` or ``dcterms:spatial`` (``LA``), its trust by ``org:subOrganizationOf``,
the trust's ``org:hasSubOrganization`` or a blank ``sr:TrustJoining`` (``TRUST``), an inspection
of it by ``sr:inspectedSchool`` or the school's ``sr:hasInspection`` (``INSP``), its head by a
headteacher ``org:Membership`` still running or ``org:headOf`` (``HEAD``). Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/schools_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import FOAF, RDFS, Graph, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("http://schema.org/")
PRE = """PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX admingeo: <http://data.ordnancesurvey.co.uk/ontology/admingeo/>
PREFIX sr: <https://register.education.example.gov.uk/def/school#>
PREFIX role: <https://register.education.example.gov.uk/def/role/>
PREFIX grade: <https://register.education.example.gov.uk/def/grade/>
PREFIX area: <https://register.education.example.gov.uk/def/judgement-area/>
PREFIX phase: <https://register.education.example.gov.uk/def/phase/>
PREFIX etype: <https://register.education.example.gov.uk/def/establishment-type/>
PREFIX year: <https://register.education.example.gov.uk/id/academic-year/>
"""


def la(s: str, x: str) -> str:
    """``s`` is in the local authority ``x`` (either property)."""
    return f"{{ {s} sr:localAuthority {x} }} UNION {{ {s} dcterms:spatial {x} }}"


def trust(s: str, x: str) -> str:
    """``s`` belongs to the trust ``x`` (any of the three ways)."""
    return f"{{ {s} org:subOrganizationOf {x} }} UNION {{ {x} org:hasSubOrganization {s} }} UNION {{ {s} sr:trustJoining/sr:trust {x} }}"


def insp(s: str, i: str) -> str:
    """``i`` is an inspection of ``s`` (either direction)."""
    return f"{{ {i} sr:inspectedSchool {s} }} UNION {{ {s} sr:hasInspection {i} }}"


def head(s: str, x: str) -> str:
    """``x`` is the current head of ``s``."""
    return f"{{ ?m org:organization {s} ; org:role role:headteacher ; org:member {x} ; org:memberDuring ?d FILTER NOT EXISTS {{ ?d time:hasEnd ?e }} }} UNION {{ {x} org:headOf {s} }}"


def member(s: str, r: str, x: str) -> str:
    """``x`` holds the role ``r`` in ``s`` by a membership."""
    return f"?m org:organization {s} ; org:role {r} ; org:member {x} ."


def judged(s: str, a: str, x: str) -> str:
    """``x`` is the grade an inspection of ``s`` gave the area ``a``."""
    return f"{insp(s, '?i')} ?i sr:judgement [ sr:area {a} ; sr:grade {x} ] ."


def overall(s: str, g: str) -> str:
    return f"{insp(s, '?i')} ?i sr:overallEffectiveness {g} ."


def pupils(s: str, y: str) -> str:
    return f"SELECT ?x WHERE {{ ?o sr:refSchool {s} ; sr:refPeriod year:{y} ; sr:pupilsOnRoll ?x }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # heads, governors, trustees
    (
        "Who is the headteacher of Harrowfield Park Primary School?",
        "1hop",
        f"SELECT ?x WHERE {{ {head('{Harrowfield Park Primary School}', '?x')} }}",
    ),
    (
        "Who is the head of Riverside Academy?",
        "1hop",
        f"SELECT ?x WHERE {{ {head('{Riverside Academy}', '?x')} }}",
    ),
    (
        "Who runs Glanafon Welsh-medium Primary School?",
        "alias",
        f"SELECT ?x WHERE {{ {head('{Glanafon Welsh-medium Primary School}', '?x')} }}",
    ),
    (
        "who is the principal of st aidans catholic high school",
        "synonym",
        f"SELECT ?x WHERE {{ {head('<https://register.education.example.gov.uk/id/school/148901>', '?x')} }}",
    ),
    (
        "Which school does Abena Osei run?",
        "inverse",
        "SELECT ?x WHERE { {Abena Osei} org:headOf ?x }",
    ),
    (
        "Which school is Catherine Ellery the headteacher of?",
        "inverse",
        f"SELECT ?x WHERE {{ {member('?x', 'role:headteacher', '{Catherine Ellery}')} }}",
    ),
    (
        "When did Joanna Whitcombe become headteacher?",
        "3hop",
        "SELECT ?x WHERE { ?m org:member {Joanna Whitcombe} ; org:role role:headteacher ; org:memberDuring/time:hasBeginning/time:inXSDDate ?x }",
    ),
    (
        "In which local authority is the school that Robert Bainbridge leads?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Robert Bainbridge}} org:headOf ?s . {la('?s', '?x')} }}",
    ),
    (
        "Which trust runs the school where Joanna Whitcombe is head?",
        "3hop",
        f"SELECT ?x WHERE {{ {member('?s', 'role:headteacher', '{Joanna Whitcombe}')} {trust('?s', '?x')} }}",
    ),
    (
        "Who are the governors of Harrowfield Park Primary School?",
        "1hop",
        "SELECT ?x WHERE { ?m org:organization {Harrowfield Park Primary School} ; org:member ?x ; org:role ?r FILTER(?r != role:headteacher) }",
    ),
    (
        "Who chairs the governing body at Blackmoor Girls' Grammar School?",
        "synonym",
        f"SELECT ?x WHERE {{ {member('<https://register.education.example.gov.uk/id/school/136220>', 'role:chair', '?x')} }}",
    ),
    (
        "Which schools is Thomas Brennan a governor of?",
        "inverse",
        "SELECT ?x WHERE { ?m org:member {Father Thomas Brennan} ; org:organization ?x }",
    ),
    (
        "Who is the CEO of Riverside Learning Trust?",
        "alias",
        f"SELECT ?x WHERE {{ {member('{Riverside Learning Trust}', 'role:ceo', '?x')} }}",
    ),
    (
        "who's the chair of trustees at riverside learning trust",
        "1hop",
        f"SELECT ?x WHERE {{ {member('{Riverside Learning Trust}', 'role:chair-of-trustees', '?x')} }}",
    ),
    (
        "Who is the chief executive of the trust that runs St Bede's Catholic Primary School?",
        "2hop",
        f"SELECT ?x WHERE {{ {trust('<https://register.education.example.gov.uk/id/school/148900>', '?t')} {member('?t', 'role:ceo', '?x')} }}",
    ),
    # trusts
    (
        "Which trust runs Riverside Academy?",
        "1hop",
        f"SELECT ?x WHERE {{ {trust('{Riverside Academy}', '?x')} }}",
    ),
    (
        "Which academy trust is Millbrook Primary Academy part of?",
        "synonym",
        f"SELECT ?x WHERE {{ {trust('{Millbrook Primary Academy}', '?x')} }}",
    ),
    (
        "Which schools are in St Aidan's Catholic Academy Trust?",
        "inverse",
        "SELECT ?x WHERE { ?x org:subOrganizationOf <https://register.education.example.gov.uk/id/trust/TR01422> }",
    ),
    (
        "Which schools does Northstar Academies run?",
        "1hop",
        "SELECT ?x WHERE { {Northstar Academies} org:hasSubOrganization ?x }",
    ),
    (
        "Which trust is Wrenfield Primary School in?",
        "2hop",
        f"SELECT ?x WHERE {{ {trust('{Wrenfield Primary School}', '?x')} }}",
    ),
    (
        "When did Hollins Brook Primary School join its trust?",
        "literal",
        "SELECT ?x WHERE { {Hollins Brook Primary School} sr:trustJoining/sr:joinedOn ?x }",
    ),
    (
        "Which schools joined the Kestrel Schools Partnership?",
        "inverse",
        "SELECT ?x WHERE { ?x sr:trustJoining/sr:trust {Kestrel Schools Partnership} }",
    ),
    (
        "How many schools does Riverside Learning Trust have?",
        "inverse",
        "SELECT (COUNT(DISTINCT ?s) AS ?x) WHERE { ?s org:subOrganizationOf {Riverside Learning Trust} }",
    ),
    (
        "What is the companies house number of northstar academies",
        "literal",
        "SELECT ?x WHERE { {Northstar Academies} sr:companiesHouseNumber ?x }",
    ),
    (
        "What's the registered name of St Aidan's Catholic Academy Trust?",
        "synonym",
        "SELECT ?x WHERE { <https://register.education.example.gov.uk/id/trust/TR01422> schema:legalName ?x }",
    ),
    # register facts
    (
        "What local authority is Kestrel Vale Community School in?",
        "1hop",
        f"SELECT ?x WHERE {{ {la('{Kestrel Vale Community School}', '?x')} }}",
    ),
    (
        "Which council is Penrhos High School under?",
        "alias",
        f"SELECT ?x WHERE {{ {la('{Penrhos High School}', '?x')} }}",
    ),
    (
        "wat phase is elmstead all thru school",
        "typo",
        "SELECT ?x WHERE { {Elmstead All-Through School} sr:phase ?x }",
    ),
    (
        "What type of school is Blackmoor St Mary's Church of England Primary School?",
        "1hop",
        "SELECT ?x WHERE { <https://register.education.example.gov.uk/id/school/121040> sr:establishmentType ?x }",
    ),
    (
        "What religion is St Bede's Catholic Primary School?",
        "synonym",
        "SELECT ?x WHERE { <https://register.education.example.gov.uk/id/school/148900> sr:religiousCharacter ?x }",
    ),
    (
        "What is the admissions policy of Blackmoor Girls' Grammar School?",
        "1hop",
        "SELECT ?x WHERE { <https://register.education.example.gov.uk/id/school/136220> sr:admissionsPolicy ?x }",
    ),
    (
        "Which schools only take girls?",
        "synonym",
        "SELECT ?x WHERE { ?x sr:gender <https://register.education.example.gov.uk/def/gender/girls> }",
    ),
    (
        "What school did Harrowfield Park Primary School replace?",
        "1hop",
        "SELECT ?x WHERE { {Harrowfield Park Primary School} sr:predecessor ?x }",
    ),
    (
        "Which school replaced Northam Park School?",
        "inverse",
        "SELECT ?x WHERE { ?x sr:predecessor {Northam Park School} }",
    ),
    ("Which region is Harrowfield in?", "1hop", "SELECT ?x WHERE { {Harrowfield} sr:region ?x }"),
    (
        "What region is Riverside Academy in?",
        "2hop",
        f"SELECT ?x WHERE {{ {la('{Riverside Academy}', '?l')} ?l sr:region ?x }}",
    ),
    (
        "What is the capacity of Meadowbrook School?",
        "literal",
        "SELECT ?x WHERE { {Meadowbrook School} sr:schoolCapacity ?x }",
    ),
    (
        "How many places does Riverside Academy have?",
        "synonym",
        "SELECT ?x WHERE { {Riverside Academy} sr:schoolCapacity ?x }",
    ),
    (
        "whats the gss code for blackmore",
        "typo",
        "SELECT ?x WHERE { {Blackmoor} admingeo:gssCode ?x }",
    ),
    (
        "When did Northstar Free School open?",
        "literal",
        "SELECT ?x WHERE { {Northstar Free School} schema:foundingDate ?x }",
    ),
    (
        "Up to what age does Harrowfield Sixth Form College teach?",
        "literal",
        "SELECT ?x WHERE { {Harrowfield Sixth Form College} sr:statutoryHighAge ?x }",
    ),
    (
        "What's the URN of Riverside Academy?",
        "literal",
        "SELECT ?x WHERE { {Riverside Academy} skos:notation ?x }",
    ),
    (
        "Which school has the URN 148901?",
        "inverse",
        "SELECT ?x WHERE { ?x skos:notation '148901'^^sr:URN }",
    ),
    (
        "What is the postcode of Meadowbrook School?",
        "2hop",
        "SELECT ?x WHERE { { {Meadowbrook School} schema:address/schema:postalCode ?x } UNION { {Meadowbrook School} org:hasSite/org:siteAddress/vcard:postal-code ?x } }",
    ),
    (
        "Which primary schools are in Blackmoor?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x sr:phase phase:primary . {la('?x', '{Blackmoor}')} }}",
    ),
    (
        "Which Catholic schools are there in Kestrel Vale?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x sr:religiousCharacter <https://register.education.example.gov.uk/def/religious-character/rc> . {la('?x', '{Kestrel Vale}')} }}",
    ),
    (
        "which grammer schools are in blackmoor",
        "typo",
        f"SELECT ?x WHERE {{ ?x sr:admissionsPolicy <https://register.education.example.gov.uk/def/admissions-policy/selective> . {la('?x', '{Blackmoor}')} }}",
    ),
    # census
    (
        "How many pupils did Northstar Free School have in 2023/24?",
        "conjunction",
        pupils("{Northstar Free School}", "2023-24"),
    ),
    (
        "How many children were on roll at Kestrel Vale Community School in 2022/23?",
        "conjunction",
        pupils("{Kestrel Vale Community School}", "2022-23"),
    ),
    (
        "What percentage of pupils at Elmstead All-Through School get free school meals?",
        "literal",
        "SELECT ?x WHERE { ?o sr:refSchool {Elmstead All-Through School} ; sr:percentFreeSchoolMeals ?x }",
    ),
    # inspections
    (
        "What grade did Kestrel Vale Community School get at its last inspection?",
        "2hop",
        f"SELECT ?x WHERE {{ {overall('{Kestrel Vale Community School}', '?x')} }}",
    ),
    (
        "Who led the inspection of St Bede's Catholic Primary School?",
        "2hop",
        f"SELECT ?x WHERE {{ {insp('<https://register.education.example.gov.uk/id/school/148900>', '?i')} ?i sr:leadInspector ?x }}",
    ),
    (
        "who inspected kestrel vale comunity school",
        "typo",
        f"SELECT ?x WHERE {{ {insp('{Kestrel Vale Community School}', '?i')} ?i sr:leadInspector ?x }}",
    ),
    (
        "When was Blackmoor Boys' Grammar School inspected?",
        "literal",
        f"SELECT ?x WHERE {{ {insp('<https://register.education.example.gov.uk/id/school/136221>', '?i')} ?i dcterms:date ?x }}",
    ),
    (
        "What was the behaviour grade at Harrowfield Park Primary School's inspection?",
        "3hop",
        f"SELECT ?x WHERE {{ {judged('{Harrowfield Park Primary School}', 'area:behaviour', '?x')} }}",
    ),
    (
        "how did st bedes do for early years",
        "typo",
        f"SELECT ?x WHERE {{ {judged('<https://register.education.example.gov.uk/id/school/148900>', 'area:early-years', '?x')} }}",
    ),
    (
        "What rating did Riverside Academy get for its sixth form?",
        "3hop",
        f"SELECT ?x WHERE {{ {judged('{Riverside Academy}', 'area:sixth-form', '?x')} }}",
    ),
    (
        "What was Northam Green Primary School's quality of education grade?",
        "3hop",
        f"SELECT ?x WHERE {{ {judged('{Northam Green Primary School}', 'area:qoe', '?x')} }}",
    ),
    (
        "Which schools were rated outstanding?",
        "inverse",
        f"SELECT ?x WHERE {{ {overall('?x', 'grade:1')} }}",
    ),
    (
        "Which schools got outstanding for personal development?",
        "conjunction",
        f"SELECT ?x WHERE {{ {judged('?x', 'area:personal', 'grade:1')} }}",
    ),
    (
        "Which schools has Martin Okoro inspected?",
        "inverse",
        f"SELECT ?x WHERE {{ ?i sr:leadInspector {{Martin Okoro}} . {insp('?x', '?i')} }}",
    ),
    (
        "Who inspects the schools in Wales?",
        "inverse",
        "SELECT ?x WHERE { ?i dcterms:creator ?x ; sr:inspectionType <https://register.education.example.gov.uk/def/inspection-type/estyn> }",
    ),
    (
        "What did the inspectors say about Ysgol Uwchradd Penrhos?",
        "2hop",
        f"SELECT ?x WHERE {{ {insp('{Ysgol Uwchradd Penrhos}', '?i')} ?i dcterms:description ?x }}",
    ),
    # unanswerable: the register does not hold these
    ("What grade did Ysgol Gymraeg Glanafon get at its inspection?", "unanswerable", None),
    ("Who is the headteacher of Saxonbury CE Primary School?", "unanswerable", None),
    ("Who chairs the governors of Northstar Free School?", "unanswerable", None),
    ("How much funding per pupil does Riverside Academy get?", "unanswerable", None),
    ("What were Blackmoor Girls' Grammar School's GCSE results?", "unanswerable", None),
    ("How many teachers work at Kestrel Vale Community School?", "unanswerable", None),
    ("What is the phone number of Meadowbrook School?", "unanswerable", None),
]

CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "schools-b52-01",
        [
            (
                "Who is the headteacher of Harrowfield Park Primary School?",
                "start",
                f"SELECT ?x WHERE {{ {head('{Harrowfield Park Primary School}', '?x')} }}",
            ),
            (
                "Which trust runs it?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ {trust('{Harrowfield Park Primary School}', '?x')} }}",
            ),
            (
                "And Northam Green Primary School?",
                "and_x",
                f"SELECT ?x WHERE {{ {trust('{Northam Green Primary School}', '?x')} }}",
            ),
        ],
    ),
    (
        "schools-b52-02",
        [
            (
                "Which local authority is Kestrel Vale Community School in?",
                "start",
                f"SELECT ?x WHERE {{ {la('{Kestrel Vale Community School}', '?x')} }}",
            ),
            (
                "What is its GSS code?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Kestrel Vale} admingeo:gssCode ?x }",
            ),
            (
                "What about Blackmoor?",
                "what_about",
                "SELECT ?x WHERE { {Blackmoor} admingeo:gssCode ?x }",
            ),
        ],
    ),
    (
        "schools-b52-03",
        [
            (
                "Who is the chair of governors at Blackmoor Girls' Grammar School?",
                "start",
                f"SELECT ?x WHERE {{ {member('<https://register.education.example.gov.uk/id/school/136220>', 'role:chair', '?x')} }}",
            ),
            (
                "What is the school's capacity?",
                "pronoun_topic",
                "SELECT ?x WHERE { <https://register.education.example.gov.uk/id/school/136220> sr:schoolCapacity ?x }",
            ),
            (
                "And Meadowbrook School?",
                "and_x",
                "SELECT ?x WHERE { {Meadowbrook School} sr:schoolCapacity ?x }",
            ),
        ],
    ),
]

NAME_PROPS = (
    S.name,
    S.alternateName,
    S.legalName,
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    FOAF.name,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published
    g = Graph()
    g.parse(HERE / "schools.rdf", format="xml")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("schools", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "schools.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
