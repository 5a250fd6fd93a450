# ruff: noqa: E501  (one question a line)
"""Gold answers of ``odrl.jsonl``, computed with rdflib SPARQL over ``odrl/`` (the ODRL 2.2
vocabulary, the portal's DCAT catalogue and its JSON-LD policies; never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("2025-12-31", "4500.00"); an entity with every name it carries: a dataset its
``dct:title`` (English and Bokmål) and ``dct:identifier``, a party its ``vcard:fn`` /
``foaf:name`` and other names (``vcard:organization-name``, ``foaf:nick``), a policy its
``dct:title`` and ``dct:identifier``, a collection its label or title, an action, operand,
operator or currency its ``rdfs:label``, a theme, region or purpose its ``skos:prefLabel``; an
IRI with no name (an email, a homepage) its IRI. In a query ``<D key>`` stands for the dataset
``.../dataset/key``, ``<O key>`` for the organisation ``.../organisation/key`` and ``<P slug>``
for the policy ``.../policy/slug``. A rule's target, assigner and assignee are the rule's own or,
in ODRL's compact form, its policy's (``TGT``, ``ASSIGNEE``, ``ASSIGNER``); a rule's action is
the action IRI or, for a refined action, its ``rdf:value`` (``ACT``). Unanswerable questions
carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/odrl_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import write_answers

HERE = Path(__file__).parent
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
BASE = "https://data.nordvik.no/"
PRE = """PREFIX odrl: <http://www.w3.org/ns/odrl/2/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX dcat: <http://www.w3.org/ns/dcat#>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX theme: <http://publications.europa.eu/resource/authority/data-theme/>
"""


def _on(prop: str, r: str, p: str, x: str) -> str:
    """``x`` is rule ``r``'s ``prop``, its own or (compact form) its policy ``p``'s."""
    v = f"?pol_{prop}"
    return f"{{ {{ {r} odrl:{prop} {x} }} UNION {{ {p} odrl:{prop} {x} BIND(1 AS {v}) }} }} FILTER(!BOUND({v}) || NOT EXISTS {{ {r} odrl:{prop} [] }})"


def TGT(r: str, p: str, x: str) -> str:
    return _on("target", r, p, x)


def ASSIGNEE(r: str, p: str, x: str) -> str:
    return _on("assignee", r, p, x)


def ASSIGNER(r: str, p: str, x: str) -> str:
    return _on("assigner", r, p, x)


def ACT(r: str, x: str) -> str:
    return f"{{ {r} odrl:action {x} FILTER(isIRI({x})) }} UNION {{ {r} odrl:action/rdf:value {x} }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Who publishes the Consumer price index?",
        "1hop",
        "SELECT ?x WHERE { <D cpi> dct:publisher ?x }",
    ),
    (
        "What is the identifier of the dataset Ocean buoy measurements?",
        "literal",
        "SELECT ?x WHERE { <D ocean-buoys> dct:identifier ?x }",
    ),
    (
        "Which policies apply to the Digital terrain model 10 m?",
        "1hop",
        "SELECT ?x WHERE { <D elevation> odrl:hasPolicy ?x }",
    ),
    (
        "What does the Air quality open data terms policy inherit from?",
        "1hop",
        "SELECT ?x WHERE { <P offer-air-quality> odrl:inheritFrom ?x }",
    ),
    (
        "When was agreement AGR-2024-017 issued?",
        "literal",
        "SELECT ?x WHERE { <P agr-2024-017> dct:issued ?x }",
    ),
    (
        "Which party collection is the University of Skarvik part of?",
        "1hop",
        "SELECT ?x WHERE { <O skarvik> odrl:partOf ?x }",
    ),
    (
        "Which datasets are in the Coastal Observation Bundle?",
        "inverse",
        "SELECT ?x WHERE { ?x odrl:partOf <D coastal-bundle> }",
    ),
    (
        "What themes does the Cadastral parcels dataset have?",
        "1hop",
        "SELECT ?x WHERE { <D cadastre> dcat:theme ?x }",
    ),
    (
        "What does the ODRL action distribute mean?",
        "literal",
        "SELECT ?x WHERE { odrl:distribute skos:definition ?x }",
    ),
    (
        "Which action is Sell included in?",
        "1hop",
        "SELECT ?x WHERE { odrl:sell odrl:includedIn ?x }",
    ),
    ("What does Sell imply?", "1hop", "SELECT ?x WHERE { odrl:sell odrl:implies ?x }"),
    (
        "What are the keywords of the AIS vessel tracks dataset?",
        "literal",
        "SELECT ?x WHERE { <D ais-tracks> dcat:keyword ?x }",
    ),
    (
        "When was the Aquaculture site register issued?",
        "literal",
        "SELECT ?x WHERE { <D aquaculture-sites> dct:issued ?x }",
    ),
    (
        "What is the email address of the Directorate of Fisheries?",
        "literal",
        "SELECT ?x WHERE { <O fisk> vcard:hasEmail ?x }",
    ),
    ("homepage of Mapsmith GmbH", "literal", "SELECT ?x WHERE { <O mapsmith> foaf:homepage ?x }"),
    (
        "what is the title of dataset KV-ADR",
        "literal",
        'SELECT ?x WHERE { ?d dct:identifier "KV-ADR" ; dct:title ?x }',
    ),
    (
        "In which town is the Nordvik Mapping Authority based?",
        "2hop",
        "SELECT ?x WHERE { <O kart> vcard:hasAddress/vcard:locality ?x }",
    ),
    # inverse
    (
        "Which parties belong to the Open Data Portal Partner Programme?",
        "inverse",
        "SELECT ?x WHERE { ?x odrl:partOf <O partners> }",
    ),
    (
        "port of halvøy authority datasets",
        "inverse",
        "SELECT ?x WHERE { ?x dct:publisher <O port> }",
    ),
    (
        "Which datasets are about health?",
        "inverse",
        "SELECT ?x WHERE { ?x a dcat:Dataset ; dcat:theme theme:HEAL }",
    ),
    (
        "Which actions fall under Transfer Ownership?",
        "inverse",
        "SELECT ?x WHERE { ?x odrl:includedIn odrl:transfer }",
    ),
    # through the policies' blank-node rules
    (
        "What does the Nordvik Non-Commercial Data Licence prohibit?",
        "2hop",
        "SELECT ?x WHERE { <P nodl-nc-1.0> odrl:prohibition ?r . " + ACT("?r", "?x") + " }",
    ),
    (
        "What is forbidden under the Restricted Health Data Terms?",
        "2hop",
        "SELECT ?x WHERE { <P restricted-health> odrl:prohibition ?r . " + ACT("?r", "?x") + " }",
    ),
    (
        "Who is the assignee of agreement AGR-2024-021?",
        "2hop",
        "SELECT ?x WHERE { BIND(<P agr-2024-021> AS ?p) ?p odrl:permission ?r . "
        + ASSIGNEE("?r", "?p", "?x")
        + " }",
    ),
    (
        "Until when does the AIS data agreement with Fjordline Logistics hold?",
        "3hop",
        "SELECT ?x WHERE { <P agr-2024-021> odrl:permission/odrl:constraint ?c . ?c odrl:leftOperand odrl:dateTime ; odrl:rightOperand ?x }",
    ),
    (
        "When does AGR-2024-033 expire?",
        "3hop",
        "SELECT ?x WHERE { <P agr-2024-033> odrl:permission/odrl:constraint ?c . ?c odrl:leftOperand odrl:dateTime ; odrl:rightOperand ?x }",
    ),
    (
        "How much must be paid under the Terrain model commercial offer?",
        "3hop",
        "SELECT ?x WHERE { <P offer-elevation> odrl:permission/odrl:duty/odrl:constraint ?c . ?c odrl:leftOperand odrl:payAmount ; odrl:rightOperand ?x }",
    ),
    (
        "What currency is the payment for the Cadastre licence for Nordbank in?",
        "3hop",
        "SELECT ?x WHERE { <P agr-2024-033> odrl:permission/odrl:duty/odrl:constraint ?c . ?c odrl:leftOperand odrl:payAmount ; odrl:unit ?x }",
    ),
    (
        "Who has to be attributed under the Premium weather observations offer?",
        "2hop",
        "SELECT ?x WHERE { <P offer-weather-obs-premium> odrl:permission/odrl:duty/odrl:attributedParty ?x }",
    ),
    (
        "Which datasets may Nordbank use commercially?",
        "3hop",
        "SELECT ?x WHERE { ?p odrl:permission ?r . "
        + ASSIGNEE("?r", "?p", "<O nordbank>")
        + " . ?r odrl:action odrl:commercialize . "
        + TGT("?r", "?p", "?x")
        + " }",
    ),
    (
        "Who may distribute the Ocean buoy measurements?",
        "3hop",
        "SELECT ?x WHERE { ?p odrl:permission ?r . "
        + TGT("?r", "?p", "<D ocean-buoys>")
        + " . ?r odrl:action odrl:distribute . "
        + ASSIGNEE("?r", "?p", "?x")
        + " }",
    ),
    (
        "Which agreements has Aurora Analytics signed?",
        "2hop",
        "SELECT ?x WHERE { ?x a odrl:Agreement ; odrl:permission ?r . "
        + ASSIGNEE("?r", "?x", "<O aurora>")
        + " }",
    ),
    (
        "What actions does the Mobility data partnership with GreenGrid permit?",
        "2hop",
        "SELECT ?x WHERE { <P agr-2025-004> odrl:permission ?r . " + ACT("?r", "?x") + " }",
    ),
    (
        "Which datasets does the Health research access agreement cover?",
        "2hop",
        "SELECT ?x WHERE { BIND(<P agr-2023-088> AS ?p) ?p odrl:permission ?r . "
        + TGT("?r", "?p", "?x")
        + " }",
    ),
    (
        "By when must the University of Skarvik delete the health data?",
        "3hop",
        "SELECT ?x WHERE { ?p odrl:obligation ?r . ?r odrl:assignee <O skarvik> ; odrl:action odrl:delete ; odrl:constraint ?c . ?c odrl:leftOperand odrl:dateTime ; odrl:rightOperand ?x }",
    ),
    (
        "For what purpose may the household income statistics be used under the microdata offer?",
        "3hop",
        "SELECT ?x WHERE { <P offer-income> odrl:permission/odrl:constraint ?c . ?c odrl:leftOperand odrl:purpose ; odrl:rightOperand ?x }",
    ),
    (
        "Where may the premium weather observations be distributed?",
        "3hop",
        "SELECT ?x WHERE { <P offer-weather-obs-premium> odrl:permission ?r . ?r odrl:action odrl:distribute ; odrl:constraint ?c . ?c odrl:leftOperand odrl:spatial ; odrl:rightOperand ?x }",
    ),
    (
        "How many times may the Locationforecast API be used under its offer?",
        "3hop",
        "SELECT ?x WHERE { <P offer-forecast-api> odrl:permission/odrl:action/odrl:refinement ?c . ?c odrl:leftOperand odrl:count ; odrl:rightOperand ?x }",
    ),
    (
        "How much does it cost to distribute the Coastal Observation Bundle?",
        "3hop",
        "SELECT ?x WHERE { <P offer-coastal-bundle> odrl:permission ?r . ?r odrl:action odrl:distribute ; odrl:duty/odrl:constraint ?c . ?c odrl:leftOperand odrl:payAmount ; odrl:rightOperand ?x }",
    ),
    (
        "Who issued the Cadastre licence for Nordbank?",
        "2hop",
        "SELECT ?x WHERE { BIND(<P agr-2024-033> AS ?p) ?p odrl:permission ?r . "
        + ASSIGNER("?r", "?p", "?x")
        + " }",
    ),
    (
        "Who is the assigner of the Port statistics offer?",
        "2hop",
        "SELECT ?x WHERE { BIND(<P offer-vessel-calls> AS ?p) ?p odrl:permission ?r . "
        + ASSIGNER("?r", "?p", "?x")
        + " }",
    ),
    (
        "Who publishes the datasets that Tidewater Energy AS has an agreement for?",
        "3hop",
        "SELECT ?x WHERE { ?p a odrl:Agreement ; odrl:permission ?r . "
        + ASSIGNEE("?r", "?p", "<O tidewater>")
        + " . "
        + TGT("?r", "?p", "?d")
        + " . ?d dct:publisher ?x }",
    ),
    (
        "Which datasets may the Nordvik Research Data Network reproduce?",
        "3hop",
        "SELECT ?x WHERE { ?p odrl:permission ?r . "
        + ASSIGNEE("?r", "?p", "<O research-network>")
        + " . ?r odrl:action odrl:reproduce . "
        + TGT("?r", "?p", "?x")
        + " }",
    ),
    # conjunctions
    (
        "Which datasets published by the City of Brennholm may GreenGrid Mobility commercialize?",
        "conjunction",
        "SELECT ?x WHERE { ?x dct:publisher <O brennholm> . ?p odrl:permission ?r . "
        + ASSIGNEE("?r", "?p", "<O greengrid>")
        + " . ?r odrl:action odrl:commercialize . "
        + TGT("?r", "?p", "?x")
        + " }",
    ),
    (
        "Which transport datasets does the Nordvik Coastal Administration publish?",
        "conjunction",
        "SELECT ?x WHERE { ?x dct:publisher <O kyst> ; dcat:theme theme:TRAN }",
    ),
    (
        "datasets about both environment and health",
        "conjunction",
        "SELECT ?x WHERE { ?x dcat:theme theme:ENVI, theme:HEAL }",
    ),
    # aliases and synonyms
    (
        "What datasets does the SSN publish?",
        "alias",
        "SELECT ?x WHERE { ?x a dcat:Dataset ; dct:publisher <O ssn> }",
    ),
    (
        "What does MET Nordvik publish?",
        "alias",
        "SELECT ?x WHERE { ?x a dcat:Dataset ; dct:publisher <O met> }",
    ),
    (
        "Who grants data licences to Aurora Analytics?",
        "synonym",
        "SELECT ?x WHERE { ?p a odrl:Agreement ; odrl:permission ?r . "
        + ASSIGNEE("?r", "?p", "<O aurora>")
        + " . "
        + ASSIGNER("?r", "?p", "?x")
        + " }",
    ),
    (
        "what's banned by the NODL-2.0 licence",
        "synonym",
        "SELECT ?x WHERE { <P nodl-2.0> odrl:prohibition ?r . " + ACT("?r", "?x") + " }",
    ),
    (
        "expiry date of the Aurora Analytics price index licence",
        "synonym",
        "SELECT ?x WHERE { <P agr-2024-052> odrl:permission/odrl:constraint ?c . ?c odrl:leftOperand odrl:dateTime ; odrl:rightOperand ?x }",
    ),
    (
        "What is the fee in the Port statistics offer?",
        "synonym",
        "SELECT ?x WHERE { <P offer-vessel-calls> odrl:permission/odrl:duty/odrl:constraint ?c . ?c odrl:leftOperand odrl:payAmount ; odrl:rightOperand ?x }",
    ),
    (
        "What does the left operand Payment Amount mean?",
        "synonym",
        "SELECT ?x WHERE { odrl:payAmount skos:definition ?x }",
    ),
    ("what is the lteq operator called", "alias", "SELECT ?x WHERE { odrl:lteq rdfs:label ?x }"),
    # misspellings and terse lower case
    (
        "who may distrbute the Ocean buoy measurments",
        "typo",
        "SELECT ?x WHERE { ?p odrl:permission ?r . "
        + TGT("?r", "?p", "<D ocean-buoys>")
        + " . ?r odrl:action odrl:distribute . "
        + ASSIGNEE("?r", "?p", "?x")
        + " }",
    ),
    (
        "wat does the Nordvik Non-Comercial Data Licence forbid",
        "typo",
        "SELECT ?x WHERE { <P nodl-nc-1.0> odrl:prohibition ?r . " + ACT("?r", "?x") + " }",
    ),
    (
        "publisher of the Hospital waitng times",
        "typo",
        "SELECT ?x WHERE { <D hospital-waits> dct:publisher ?x }",
    ),
    (
        "until when is the Mapsmith basemap agrement valid",
        "typo",
        "SELECT ?x WHERE { <P agr-2025-013> odrl:permission/odrl:constraint ?c . ?c odrl:leftOperand odrl:dateTime ; odrl:rightOperand ?x }",
    ),
    (
        "parties in nordvik research data network",
        "inverse",
        "SELECT ?x WHERE { ?x odrl:partOf <O research-network> }",
    ),
    ("ais vessel tracks publisher", "1hop", "SELECT ?x WHERE { <D ais-tracks> dct:publisher ?x }"),
    # unanswerable: a near relation exists, not this one
    ("What language are the Brennholm public transport timetables in?", "unanswerable", None),
    ("How much does the Nordvik Open Data Licence 2.0 cost?", "unanswerable", None),
    ("When does the Research network climate data agreement expire?", "unanswerable", None),
    ("Who is the assignee of the Terrain model commercial offer?", "unanswerable", None),
    ("What is the homepage of the Nordvik Meteorological Institute?", "unanswerable", None),
    ("Which datasets has Mapsmith GmbH published?", "unanswerable", None),
    ("Who may sell the Digital terrain model 10 m?", "unanswerable", None),
]


def names(g: Graph, x: object) -> set[str]:
    """Every name ``x`` carries (a literal: its lexical form; an unnamed IRI: the IRI)."""
    if isinstance(x, Literal):
        return {str(x)}
    assert isinstance(x, URIRef), x
    props = (DCTERMS.title, DCTERMS.identifier, VCARD.fn, VCARD["organization-name"], FOAF.name)
    props += (FOAF.nick, RDFS.label, SKOS.prefLabel)
    out = {str(o) for p in props for o in g.objects(x, p)}
    return out or {str(x)}


def expand(query: str) -> str:
    query = re.sub(r"<D ([^>]+)>", rf"<{BASE}dataset/\1>", query)
    query = re.sub(r"<O ([^>]+)>", rf"<{BASE}organisation/\1>", query)
    return PRE + re.sub(r"<P ([^>]+)>", rf"<{BASE}policy/\1>", query)


def main() -> None:
    g = Graph()
    for f in ("ODRL22.ttl", "catalogue.ttl", "policies.jsonld"):
        g.parse(HERE / "odrl" / f)

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(expand(query)):
            out |= names(g, row[0])
        return out

    write_answers(HERE / "odrl.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
