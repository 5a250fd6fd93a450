# ruff: noqa: E501  (one question a line)
"""Gold answers of ``filings.jsonl``, computed with rdflib SPARQL over ``filings.jsonld`` (never
with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form (a reported value in full units, "48213000000"; a date "2025-03-09"); an entity with
every name it carries: ``schema:legalName``, ``schema:name``, ``rdfs:label``,
``skos:prefLabel`` / ``skos:altLabel`` in any language, ``skos:notation`` (a market's MIC, a
NACE code) and a company's ``schema:tickerSymbol``. In a query ``{Name}`` stands for the one node
so named. A reported figure is the fact without a dimension (the consolidated total) unless the
question names a segment or region; a fact stated in two filings (an annual report's
comparatives) has one value. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/filings_answers.py``; with
``--conversations`` it prints the three blind conversations of ``conversations_blind43.jsonl``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDFS, Graph, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
SCHEMA = Namespace("http://schema.org/")
PRE = """PREFIX nffp: <https://opendata.nffp.example/def/>
PREFIX xbrl: <https://opendata.nffp.example/def/xbrl#>
PREFIX ifrs: <https://xbrl.ifrs.org/taxonomy/2024-03-27/ifrs-full#>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX roles: <https://opendata.nffp.example/codes/officer-role/>
"""


def fact(
    company: str, concept: str, end: str, start: str | None = None, member: str | None = None
) -> str:
    """The value of ``company``'s ``concept`` for the period ending (or the instant) ``end``."""
    period = (
        f'?f xbrl:period [ xbrl:startDate "{start}"^^xsd:date ; xbrl:endDate "{end}"^^xsd:date ] .'
        if start
        else f'?f xbrl:period [ xbrl:instant "{end}"^^xsd:date ] .'
    )
    dim = (
        f"?f xbrl:dimension/xbrl:member {{{member}}} ."
        if member
        else "FILTER NOT EXISTS { ?f xbrl:dimension ?d }"
    )
    return f"SELECT ?x WHERE {{ ?f xbrl:entity {{{company}}} ; nffp:concept {concept} ; xbrl:value ?x . {period} {dim} }}"


def officer(company: str, role: str, current: bool = True) -> str:
    """Who holds ``role`` at ``company`` (now, or ever)."""
    now = "FILTER NOT EXISTS { ?o nffp:endDate ?e }" if current else ""
    return f"SELECT ?x WHERE {{ {{{company}}} nffp:hasOfficer ?o . ?o nffp:role roles:{role} ; nffp:holder ?x . {now} }}"


Y24 = ("2024-12-31", "2024-01-01")
Y23 = ("2023-12-31", "2023-01-01")

QUESTIONS: list[tuple[str, str, str | None]] = [
    # reported figures (a fact node: entity, concept, period, value)
    (
        "what was Nordvik's revenue in 2024?",
        "literal",
        fact("Nordvik Energi ASA", "ifrs:Revenue", *Y24),
    ),
    ("Lumo Telecom net income 2023", "synonym", fact("Lumo Telecom Oyj", "ifrs:ProfitLoss", *Y23)),
    (
        "How much profit did Brekke Sjømat make in 2024?",
        "literal",
        fact("Brekke Sjømat ASA", "ifrs:ProfitLoss", *Y24),
    ),
    (
        "total assets of Norrsken Bank at the end of 2024",
        "synonym",
        fact("Norrsken Bank AB (publ)", "ifrs:Assets", "2024-12-31"),
    ),
    (
        "How many employees did Solhavn Pharma have in 2024?",
        "literal",
        fact("Solhavn Pharma A/S", "nffp:AverageNumberOfEmployees", *Y24),
    ),
    (
        "What was Fjellstad Shipping's operating profit for 2024?",
        "synonym",
        fact("Fjellstad Shipping ASA", "ifrs:ProfitLossFromOperatingActivities", *Y24),
    ),
    (
        "Sarvi Forest equity at year end 2024",
        "literal",
        fact("Sarvi Forest Oyj", "ifrs:Equity", "2024-12-31"),
    ),
    (
        "How much cash did Hedegaard Byg hold at the end of 2024?",
        "literal",
        fact("Hedegaard Byg A/S", "ifrs:CashAndCashEquivalents", "2024-12-31"),
    ),
    (
        "what were Nordvik Energi's offshore wind revenues in 2024",
        "conjunction",
        fact("Nordvik Energi ASA", "ifrs:Revenue", *Y24, member="Offshore wind [member]"),
    ),
    (
        "Revenue of Solhavn Pharma in North America for 2024?",
        "conjunction",
        fact("Solhavn Pharma A/S", "ifrs:Revenue", *Y24, member="North America [member]"),
    ),
    (
        "What was Norrsken Bank's interest income in 2024?",
        "synonym",
        fact(
            "Norrsken Bank AB (publ)",
            "ifrs:InterestRevenueCalculatedUsingEffectiveInterestMethod",
            *Y24,
        ),
    ),
    (
        "Aurland Software turnover 2023",
        "synonym",
        fact("Aurland Software ASA", "ifrs:Revenue", *Y23),
    ),
    (
        "What was Vättern Verkstad's revenue in the fiscal year that ended in June 2024?",
        "literal",
        fact("Vättern Verkstad AB (publ)", "ifrs:Revenue", "2024-06-30", "2023-07-01"),
    ),
    (
        "nordvik energi revenue q3 2024",
        "literal",
        fact("Nordvik Energi ASA", "ifrs:Revenue", "2024-09-30", "2024-07-01"),
    ),
    # one hop from a company
    (
        "Who audits Nordvik Energi?",
        "1hop",
        "SELECT ?x WHERE { {Nordvik Energi ASA} nffp:auditor ?x }",
    ),
    (
        "who's the auditor of Sarvi Forest",
        "1hop",
        "SELECT ?x WHERE { {Sarvi Forest Oyj} nffp:auditor ?x }",
    ),
    (
        "What's the ticker of Lumo Telecom?",
        "literal",
        "SELECT ?x WHERE { {Lumo Telecom Oyj} schema:tickerSymbol ?x }",
    ),
    (
        "stock symbol for Hedegaard Byg",
        "synonym",
        "SELECT ?x WHERE { {Hedegaard Byg A/S} schema:tickerSymbol ?x }",
    ),
    (
        "Which exchange is Solhavn Pharma listed on?",
        "1hop",
        "SELECT ?x WHERE { {Solhavn Pharma A/S} nffp:listedOn ?x }",
    ),
    (
        "What sector is Brekke Sjømat in?",
        "1hop",
        "SELECT ?x WHERE { {Brekke Sjømat ASA} nffp:sector ?x }",
    ),
    (
        "What is the LEI of Aurland Software?",
        "literal",
        "SELECT ?x WHERE { {Aurland Software ASA} schema:leiCode ?x }",
    ),
    (
        "Where is Fjellstad Shipping headquartered?",
        "2hop",
        "SELECT ?x WHERE { {Fjellstad Shipping ASA} schema:address/schema:addressLocality ?x }",
    ),
    (
        "Which subsidiaries does Nordvik Energi have?",
        "list",
        "SELECT ?x WHERE { {Nordvik Energi ASA} schema:subOrganization ?x }",
    ),
    (
        "list the subsidiaries of Sarvi Forest Oyj",
        "list",
        "SELECT ?x WHERE { {Sarvi Forest Oyj} schema:subOrganization ?x }",
    ),
    # officers (blank role nodes)
    ("Who is the CEO of Lumo Telecom?", "2hop", officer("Lumo Telecom Oyj", "CEO")),
    ("who's Vättern Verkstad's CFO", "2hop", officer("Vättern Verkstad AB (publ)", "CFO")),
    (
        "When did Ingrid Haugland become CEO?",
        "literal",
        "SELECT ?x WHERE { ?o nffp:holder {Ingrid Haugland} ; nffp:role roles:CEO ; nffp:startDate ?x }",
    ),
    (
        "Who was Nordvik Energi's CEO before Ingrid Haugland?",
        "2hop",
        "SELECT ?x WHERE { {Nordvik Energi ASA} nffp:hasOfficer ?o . ?o nffp:role roles:CEO ; nffp:holder ?x ; nffp:endDate ?e }",
    ),
    ("Who chairs the board of Sarvi Forest?", "synonym", officer("Sarvi Forest Oyj", "CHAIR")),
    (
        "Which company does Karin Åberg work for?",
        "inverse",
        "SELECT ?x WHERE { ?x nffp:hasOfficer/nffp:holder {Karin Åberg} }",
    ),
    # filings
    (
        "When did Nordvik Energi file its 2024 annual report?",
        "literal",
        'SELECT ?x WHERE { ?r nffp:filer {Nordvik Energi ASA} ; nffp:fiscalPeriod "FY" ; nffp:fiscalYear "2024"^^xsd:gYear ; nffp:filingDate ?x }',
    ),
    (
        "What is the accession number of Solhavn Pharma's 2023 annual report?",
        "literal",
        'SELECT ?x WHERE { ?r nffp:filer {Solhavn Pharma A/S} ; nffp:fiscalPeriod "FY" ; nffp:fiscalYear "2023"^^xsd:gYear ; nffp:accessionNumber ?x }',
    ),
    (
        "who filed 0000811-24-000508",
        "inverse",
        'SELECT ?x WHERE { ?r nffp:accessionNumber "0000811-24-000508" ; nffp:filer ?x }',
    ),
    (
        "Which fiscal period does filing 0000905-24-000631 cover?",
        "literal",
        'SELECT ?x WHERE { ?r nffp:accessionNumber "0000905-24-000631" ; nffp:fiscalPeriod ?x }',
    ),
    (
        "when was 0001012-25-000738 filed",
        "literal",
        'SELECT ?x WHERE { ?r nffp:accessionNumber "0001012-25-000738" ; nffp:filingDate ?x }',
    ),
    # inverse
    (
        "Which companies are listed on Nasdaq Copenhagen?",
        "inverse",
        "SELECT ?x WHERE { ?x nffp:listedOn {Nasdaq Copenhagen} }",
    ),
    (
        "Nordvik Havvind AS belongs to which group?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:subOrganization {Nordvik Havvind AS} }",
    ),
    (
        "whose subsidiary is Lumo Eesti",
        "inverse",
        "SELECT ?x WHERE { ?x schema:subOrganization {Lumo Eesti AS} }",
    ),
    (
        "Which company trades under the ticker FJELL?",
        "inverse",
        'SELECT ?x WHERE { ?x schema:tickerSymbol "FJELL" }',
    ),
    (
        "Which companies are in marine aquaculture?",
        "inverse",
        "SELECT ?x WHERE { ?x nffp:sector {Marine aquaculture} }",
    ),
    (
        "Which companies does Deloitte AB audit?",
        "inverse",
        "SELECT ?x WHERE { ?x nffp:auditor {Deloitte AB} }",
    ),
    # two and three hops
    (
        "Who audits the parent company of Norrsken Finans Oy?",
        "2hop",
        "SELECT ?x WHERE { ?p schema:subOrganization {Norrsken Finans Oy} ; nffp:auditor ?x }",
    ),
    (
        "What sector is the owner of Fjellstad Tankers in?",
        "2hop",
        "SELECT ?x WHERE { ?p schema:subOrganization {Fjellstad Tankers Ltd} ; nffp:sector ?x }",
    ),
    (
        "which stock exchange lists the parent of Sarvi Sawmills",
        "2hop",
        "SELECT ?x WHERE { ?p schema:subOrganization {Sarvi Sawmills Oy} ; nffp:listedOn ?x }",
    ),
    (
        "Who audits the company with ticker SOLP?",
        "2hop",
        'SELECT ?x WHERE { ?p schema:tickerSymbol "SOLP" ; nffp:auditor ?x }',
    ),
    (
        "On which exchange is the company led by Mette Kjærgaard listed?",
        "3hop",
        "SELECT ?x WHERE { ?p nffp:hasOfficer/nffp:holder {Mette Kjærgaard} ; nffp:listedOn ?x }",
    ),
    (
        "Who is the CFO of the company that owns Vättern Lift GmbH?",
        "3hop",
        "SELECT ?x WHERE { ?p schema:subOrganization {Vättern Lift GmbH} ; nffp:hasOfficer ?o . ?o nffp:role roles:CFO ; nffp:holder ?x . FILTER NOT EXISTS { ?o nffp:endDate ?e } }",
    ),
    (
        "In which city is the parent of Solhavn Biologics headquartered?",
        "3hop",
        "SELECT ?x WHERE { ?p schema:subOrganization {Solhavn Biologics ApS} ; schema:address/schema:addressLocality ?x }",
    ),
    (
        "Who is the CEO of the company that filed 0001203-25-000940?",
        "3hop",
        'SELECT ?x WHERE { ?r nffp:accessionNumber "0001203-25-000940" ; nffp:filer ?p . ?p nffp:hasOfficer ?o . ?o nffp:role roles:CEO ; nffp:holder ?x . FILTER NOT EXISTS { ?o nffp:endDate ?e } }',
    ),
    # conjunctions
    (
        "Which Oslo Børs companies are audited by PricewaterhouseCoopers AS?",
        "conjunction",
        "SELECT ?x WHERE { ?x nffp:listedOn {Oslo Børs} ; nffp:auditor {PricewaterhouseCoopers AS} }",
    ),
    (
        "Which Nasdaq Helsinki company makes pulp?",
        "conjunction",
        "SELECT ?x WHERE { ?x nffp:listedOn {Nasdaq Helsinki} ; nffp:sector {Manufacture of pulp} }",
    ),
    (
        "Which companies made a net loss in 2024?",
        "conjunction",
        'SELECT ?x WHERE { ?f xbrl:entity ?x ; nffp:concept ifrs:ProfitLoss ; xbrl:value ?v ; xbrl:period [ xbrl:startDate "2024-01-01"^^xsd:date ; xbrl:endDate "2024-12-31"^^xsd:date ] . FILTER(?v < 0) }',
    ),
    (
        "Which company's fiscal year ends in June?",
        "conjunction",
        'SELECT DISTINCT ?x WHERE { ?f xbrl:entity ?x ; xbrl:period/xbrl:endDate ?e . ?r nffp:filer ?x ; nffp:fiscalPeriod "FY" . FILTER(MONTH(?e) = 6 && EXISTS { ?f nffp:reportedIn ?r }) }',
    ),
    # aliases
    ("who is the CFO of NVE", "alias", officer("Nordvik Energi ASA", "CFO")),
    (
        "Which listed companies does PwC audit?",
        "alias",
        'SELECT ?x WHERE { ?x nffp:auditor ?a . ?a schema:legalName ?n . FILTER(CONTAINS(?n, "PricewaterhouseCoopers")) }',
    ),
    (
        "Which companies does EY audit?",
        "alias",
        'SELECT ?x WHERE { ?x nffp:auditor ?a . ?a schema:legalName ?n . FILTER(STRSTARTS(?n, "E")) }',
    ),
    (
        "what exchange is SARVI on",
        "alias",
        'SELECT ?x WHERE { ?p schema:tickerSymbol "SARVI" ; nffp:listedOn ?x }',
    ),
    # misspelled
    (
        "who audits Fjelstad Shiping",
        "typo",
        "SELECT ?x WHERE { {Fjellstad Shipping ASA} nffp:auditor ?x }",
    ),
    ("revenu of Hedegard Byg 2024", "typo", fact("Hedegaard Byg A/S", "ifrs:Revenue", *Y24)),
    ("Solhaven Pharma CEO?", "typo", officer("Solhavn Pharma A/S", "CEO")),
    (
        "tiker for Brekke Sjomat",
        "typo",
        "SELECT ?x WHERE { {Brekke Sjømat ASA} schema:tickerSymbol ?x }",
    ),
    # lists
    (
        "list every company listed on Oslo Børs",
        "list",
        "SELECT ?x WHERE { ?x nffp:listedOn {Oslo Børs} }",
    ),
    (
        "all officers of Aurland Software, past and present",
        "list",
        "SELECT ?x WHERE { {Aurland Software ASA} nffp:hasOfficer/nffp:holder ?x }",
    ),
    # unanswerable: a near relation exists
    ("What dividend per share did Nordvik Energi pay for 2024?", "unanswerable", None),
    ("What is Fjellstad Shipping's market capitalisation?", "unanswerable", None),
    ("How much did Solhavn Pharma spend on R&D in 2024?", "unanswerable", None),
    ("When was Brekke Sjømat founded?", "unanswerable", None),
    ("What is Norrsken Bank's credit rating?", "unanswerable", None),
    ("What was Lumo Telecom's revenue in 2021?", "unanswerable", None),
    ("Who is the CFO of Vestkraft Trading AS?", "unanswerable", None),
]

NAME_PROPS = (
    SCHEMA.legalName,
    SCHEMA.name,
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    SKOS.notation,
    SCHEMA.tickerSymbol,
)


def load() -> Graph:
    g = Graph()
    g.parse(HERE / "filings.jsonld", format="json-ld")
    return g


# three blind conversations (conversations_blind43.jsonl): (id, [(question, kind, query)])
CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "filings-b43-01",
        [
            (
                "Who audits Hedegaard Byg?",
                "start",
                "SELECT ?x WHERE { {Hedegaard Byg A/S} nffp:auditor ?x }",
            ),
            (
                "Which exchange is it listed on?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Hedegaard Byg A/S} nffp:listedOn ?x }",
            ),
            (
                "And Brekke Sjømat?",
                "and_x",
                "SELECT ?x WHERE { {Brekke Sjømat ASA} nffp:listedOn ?x }",
            ),
        ],
    ),
    (
        "filings-b43-02",
        [
            (
                "Who is the CEO of Fjellstad Shipping?",
                "start",
                officer("Fjellstad Shipping ASA", "CEO"),
            ),
            (
                "When did he take the job?",
                "pronoun_answer",
                "SELECT ?x WHERE { ?o nffp:holder {Morten Fjellstad} ; nffp:role roles:CEO ; nffp:startDate ?x }",
            ),
            (
                "What about Silje Brattli?",
                "what_about",
                "SELECT ?x WHERE { ?o nffp:holder {Silje Brattli} ; nffp:startDate ?x }",
            ),
        ],
    ),
    (
        "filings-b43-03",
        [
            (
                "What was Sarvi Forest's revenue in 2024?",
                "start",
                fact("Sarvi Forest Oyj", "ifrs:Revenue", *Y24),
            ),
            (
                "And its profit that year?",
                "pronoun_topic",
                fact("Sarvi Forest Oyj", "ifrs:ProfitLoss", *Y24),
            ),
            (
                "What about Lumo Telecom?",
                "what_about",
                fact("Lumo Telecom Oyj", "ifrs:ProfitLoss", *Y24),
            ),
        ],
    ),
]


def main() -> None:
    """Write ``filings.jsonl``; with ``--conversations`` print the conversations' lines instead."""
    answers_of = named_answers(load(), PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("filings", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "filings.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
