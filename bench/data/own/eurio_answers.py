# ruff: noqa: E501  (one question a line)
"""Gold answers of ``eurio.jsonl``, computed with rdflib SPARQL over ``eurio.nt.gz`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("P36M", "2022-09-01", "1234.50"); an entity with every name it carries: a project
its ``eurio:acronym``, ``eurio:title`` and ``eurio:identifier``; an organisation its
``eurio:legalName`` and ``eurio:shortName``; a concept (EuroSciVoc field, country, activity type,
status) each ``skos:prefLabel`` and ``skos:notation``; a programme, call, topic or funding scheme
its ``eurio:code``, ``eurio:identifier`` and ``eurio:title``; a money node its ``eurio:value``.
In a query ``<P ACRONYM>`` stands for the project with that acronym and ``<O SHORT>`` for the
organisation with that short name (or legal name). Unanswerable questions carry no query and
``answers: []``. Run from the repository root: ``python bench/data/own/eurio_answers.py``.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

import rdflib
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import write_answers

HERE = Path(__file__).parent
E = Namespace("http://data.europa.eu/s66#")
PRE = """PREFIX e: <http://data.europa.eu/s66#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX c: <http://publications.europa.eu/resource/authority/country/>
PREFIX act: <http://data.europa.eu/s66/resource/organisation-activity-type/>
"""
ORGS_IN = "?p e:hasInvolvedParty ?r . ?r e:isRoleOf ?x ."
COORD = "?p e:hasInvolvedParty ?r . ?r a e:Coordinator ; e:isRoleOf ?x ."
GOT = "?p e:hasInvolvedParty ?r . ?r e:isRoleOf ?o ; e:hasECContribution ?m . ?m e:value ?x ."
COUNTRY_OF = "?o e:hasSite ?s . ?s e:hasAddress ?a . ?a e:addressCountry ?x ."

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop through the role node (the research officer)
    ("Who coordinates SHARPEN?", "1hop", f"SELECT ?x WHERE {{ BIND(<P SHARPEN> AS ?p) {COORD} }}"),
    (
        "who is the coordinator of the AGRIMIND project",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<P AGRIMIND> AS ?p) {COORD} }}",
    ),
    (
        "Which organisation leads HELIOSTORE?",
        "synonym",
        f"SELECT ?x WHERE {{ BIND(<P HELIOSTORE> AS ?p) {COORD} }}",
    ),
    (
        "Which organisations take part in TRUSTAI?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<P TRUSTAI> AS ?p) {ORGS_IN} }}",
    ),
    (
        "Who are the partners in the PANDEMOS consortium?",
        "synonym",
        f"SELECT ?x WHERE {{ BIND(<P PANDEMOS> AS ?p) {ORGS_IN} }}",
    ),
    (
        "Which associated partners does NORDWIND have?",
        "1hop",
        "SELECT ?x WHERE { <P NORDWIND> e:hasInvolvedParty ?r . ?r a e:AssociatedPartner ; e:isRoleOf ?x }",
    ),
    # project facts
    ("When does NORDWIND start?", "literal", "SELECT ?x WHERE { <P NORDWIND> e:startDate ?x }"),
    ("When did PANDEMOS end?", "literal", "SELECT ?x WHERE { <P PANDEMOS> e:endDate ?x }"),
    (
        "How long does the ONCOSCAN project run?",
        "literal",
        "SELECT ?x WHERE { <P ONCOSCAN> e:duration ?x }",
    ),
    (
        "What is the grant agreement number of LINGUABRIDGE?",
        "literal",
        "SELECT ?x WHERE { <P LINGUABRIDGE> e:identifier ?x }",
    ),
    (
        "What is the full title of CYBERSHIELD?",
        "literal",
        "SELECT ?x WHERE { <P CYBERSHIELD> e:title ?x }",
    ),
    (
        "What's the acronym of the project Autonomous robots for selective fruit harvesting?",
        "literal",
        "SELECT ?x WHERE { <P ROBOHARVEST> e:acronym ?x }",
    ),
    (
        "What is the status of URBANFLOW?",
        "1hop",
        "SELECT ?x WHERE { <P URBANFLOW> e:hasProjectStatus ?x }",
    ),
    (
        "keywords of MICROBIOME4SOIL",
        "literal",
        "SELECT ?x WHERE { <P MICROBIOME4SOIL> e:keyword ?x }",
    ),
    (
        "What field of science is AQUAWATCH in?",
        "1hop",
        "SELECT ?x WHERE { <P AQUAWATCH> e:hasEuroSciVocClassification ?x }",
    ),
    (
        "what research area does TRUSTAI fall under",
        "synonym",
        "SELECT ?x WHERE { <P TRUSTAI> e:hasEuroSciVocClassification ?x }",
    ),
    # funding (two hops through the grant)
    (
        "Which programme funds QUANTLEARN?",
        "2hop",
        "SELECT ?x WHERE { <P QUANTLEARN> e:isFundedBy/e:hasFundingSchemeProgramme ?x }",
    ),
    (
        "Under which call was HYDROGENIUS funded?",
        "2hop",
        "SELECT ?x WHERE { <P HYDROGENIUS> e:isFundedBy/e:hasFundingSchemeCall ?x }",
    ),
    (
        "What type of action is GRIDEDGE?",
        "2hop",
        "SELECT ?x WHERE { <P GRIDEDGE> e:isFundedBy/e:hasFundingScheme ?x }",
    ),
    (
        "Which topic was TRUSTAI funded under?",
        "2hop",
        "SELECT ?x WHERE { <P TRUSTAI> e:isFundedBy/e:hasFundingSchemeTopic ?x }",
    ),
    (
        "What is the total cost of DEEPCLIM?",
        "2hop",
        "SELECT ?x WHERE { <P DEEPCLIM> e:hasTotalCost/e:value ?x }",
    ),
    (
        "How much did the EU contribute to CIRCULAB in total?",
        "2hop",
        "SELECT ?x WHERE { <P CIRCULAB> e:hasECMaxContribution/e:value ?x }",
    ),
    (
        "what is the maximum EC contribution for ROBOHARVEST",
        "2hop",
        "SELECT ?x WHERE { <P ROBOHARVEST> e:hasECMaxContribution/e:value ?x }",
    ),
    # a partner's money in a project: the role node joins both (the journalist)
    (
        "How much did the EU give to NTUA for SHARPEN?",
        "conjunction",
        f"SELECT ?x WHERE {{ BIND(<P SHARPEN> AS ?p) BIND(<O NTUA> AS ?o) {GOT} }}",
    ),
    (
        "What was Fraunhofer's EC contribution in HYDROGENIUS?",
        "conjunction",
        f"SELECT ?x WHERE {{ BIND(<P HYDROGENIUS> AS ?p) BIND(<O Fraunhofer> AS ?o) {GOT} }}",
    ),
    (
        "how much funding did CERTH get in CYBERSHIELD",
        "conjunction",
        f"SELECT ?x WHERE {{ BIND(<P CYBERSHIELD> AS ?p) BIND(<O CERTH> AS ?o) {GOT} }}",
    ),
    (
        "How much EU money did the coordinator of ONCOSCAN receive?",
        "3hop",
        "SELECT ?x WHERE { <P ONCOSCAN> e:hasInvolvedParty ?r . ?r a e:Coordinator ; e:hasECContribution/e:value ?x }",
    ),
    # the other direction: an organisation's projects
    (
        "Which projects does KU Leuven coordinate?",
        "inverse",
        "SELECT ?x WHERE { ?r a e:Coordinator ; e:isRoleOf <O KU Leuven> ; e:isInvolvedIn ?x }",
    ),
    (
        "What projects is CERTH involved in?",
        "inverse",
        "SELECT ?x WHERE { ?r e:isRoleOf <O CERTH> ; e:isInvolvedIn ?x }",
    ),
    (
        "which projects does SIEMENS AKTIENGESELLSCHAFT participate in",
        "inverse",
        "SELECT ?x WHERE { ?r e:isRoleOf <O SIEMENS> ; e:isInvolvedIn ?x }",
    ),
    (
        "Which projects are classified under machine learning?",
        "inverse",
        "SELECT ?x WHERE { ?x e:hasEuroSciVocClassification ?f . ?f skos:prefLabel 'machine learning'@en }",
    ),
    (
        "Which projects were funded by the Climate, Energy and Mobility programme?",
        "inverse",
        "SELECT ?x WHERE { ?x e:isFundedBy/e:hasFundingSchemeProgramme ?g . ?g e:title 'Climate, Energy and Mobility'@en }",
    ),
    (
        "What project came out of call H2020-LC-SC3-2020-RES-RIA?",
        "inverse",
        "SELECT ?x WHERE { ?x e:isFundedBy/e:hasFundingSchemeCall ?c . ?c e:identifier 'H2020-LC-SC3-2020-RES-RIA' }",
    ),
    (
        "Which project has grant number 862695?",
        "inverse",
        "SELECT ?x WHERE { ?x a e:Project ; e:identifier '862695' }",
    ),
    # organisations (the student)
    (
        "Where is TECNALIA based?",
        "2hop",
        "SELECT ?x WHERE { <O TECNALIA> e:hasSite/e:hasAddress/e:addressLocality ?x }",
    ),
    (
        "Which country is INESC TEC in?",
        "3hop",
        "SELECT ?x WHERE { <O INESC TEC> e:hasSite/e:hasAddress/e:addressCountry ?x }",
    ),
    ("What is the PIC of SINTEF?", "literal", "SELECT ?x WHERE { <O SINTEF> e:pic ?x }"),
    (
        "What is the VAT number of SINTEF?",
        "literal",
        "SELECT ?x WHERE { <O SINTEF> e:vatNumber ?x }",
    ),
    (
        "What is the short name of POLITECNICO DI MILANO?",
        "literal",
        "SELECT ?x WHERE { <O POLIMI> e:shortName ?x }",
    ),
    ("What's the legal name of KIT?", "literal", "SELECT ?x WHERE { <O KIT> e:legalName ?x }"),
    (
        "What kind of organisation is ENEL X SRL?",
        "1hop",
        "SELECT ?x WHERE { <O ENEL X SRL> e:hasOrganisationActivityType ?x }",
    ),
    (
        "postal code of TU Delft",
        "literal",
        "SELECT ?x WHERE { <O TU Delft> e:hasSite/e:hasAddress/e:postalCode ?x }",
    ),
    (
        "street address of imec",
        "literal",
        "SELECT ?x WHERE { <O IMEC> e:hasSite/e:hasAddress/e:street ?x }",
    ),
    # EuroSciVoc
    (
        "What is the broader field of natural language processing?",
        "1hop",
        "SELECT ?x WHERE { ?f skos:prefLabel 'natural language processing'@en ; skos:broader ?x }",
    ),
    (
        "Which fields fall under renewable energy?",
        "inverse",
        "SELECT ?x WHERE { ?x skos:broader ?f . ?f skos:prefLabel 'renewable energy'@en }",
    ),
    (
        "What is the German name of the field cybersecurity?",
        "literal",
        "SELECT ?x WHERE { ?f skos:prefLabel 'cybersecurity'@en , ?x . FILTER(lang(?x) = 'de') }",
    ),
    # longer chains
    (
        "Which countries are the AQUAWATCH partners from?",
        "3hop",
        f"SELECT ?x WHERE {{ <P AQUAWATCH> e:hasInvolvedParty/e:isRoleOf ?o . {COUNTRY_OF} }}",
    ),
    (
        "In which city is the coordinator of URBANFLOW based?",
        "3hop",
        "SELECT ?x WHERE { <P URBANFLOW> e:hasInvolvedParty ?r . ?r a e:Coordinator ; e:isRoleOf/e:hasSite/e:hasAddress/e:addressLocality ?x }",
    ),
    (
        "What country does the ONCOSCAN coordinator come from?",
        "3hop",
        f"SELECT ?x WHERE {{ <P ONCOSCAN> e:hasInvolvedParty ?r . ?r a e:Coordinator ; e:isRoleOf ?o . {COUNTRY_OF} }}",
    ),
    (
        "Which framework programme is the HELIOSTORE call part of?",
        "3hop",
        "SELECT ?x WHERE { <P HELIOSTORE> e:isFundedBy/e:hasFundingSchemeProgramme ?x . ?x a e:FrameworkProgramme }",
    ),
    (
        "What are the DOIs of the publications from DEEPCLIM?",
        "2hop",
        "SELECT ?x WHERE { <P DEEPCLIM> e:hasResult/e:doi ?x }",
    ),
    # joins
    (
        "Which Greek universities are in the CYBERSHIELD consortium?",
        "conjunction",
        "SELECT ?x WHERE { <P CYBERSHIELD> e:hasInvolvedParty/e:isRoleOf ?x . ?x e:hasOrganisationActivityType act:HES ; e:hasSite/e:hasAddress/e:addressCountry c:GRC }",
    ),
    (
        "which greek partners are in ROBOHARVEST",
        "conjunction",
        "SELECT ?x WHERE { <P ROBOHARVEST> e:hasInvolvedParty/e:isRoleOf ?x . ?x e:hasSite/e:hasAddress/e:addressCountry c:GRC }",
    ),
    (
        "German organisations in HYDROGENIUS?",
        "conjunction",
        "SELECT ?x WHERE { <P HYDROGENIUS> e:hasInvolvedParty/e:isRoleOf ?x . ?x e:hasSite/e:hasAddress/e:addressCountry c:DEU }",
    ),
    (
        "Which projects do both CERTH and PPC take part in?",
        "conjunction",
        "SELECT ?x WHERE { ?x e:hasInvolvedParty/e:isRoleOf <O CERTH> , <O PPC> }",
    ),
    (
        "projects with both AUTH and Wageningen University",
        "conjunction",
        "SELECT ?x WHERE { ?x e:hasInvolvedParty/e:isRoleOf <O AUTH> , <O WU> }",
    ),
    # what people call things (aliases and misspellings)
    (
        "Which projects is the Aristotle University of Thessaloniki part of?",
        "alias",
        "SELECT ?x WHERE { ?r e:isRoleOf <O AUTH> ; e:isInvolvedIn ?x }",
    ),
    (
        "projects of the Technical University of Munich",
        "alias",
        "SELECT ?x WHERE { ?r e:isRoleOf <O TUM> ; e:isInvolvedIn ?x }",
    ),
    (
        "Who runs the project on floating offshore wind farms?",
        "alias",
        f"SELECT ?x WHERE {{ BIND(<P NORDWIND> AS ?p) {COORD} }}",
    ),
    ("who coordinates AGRIMND", "typo", f"SELECT ?x WHERE {{ BIND(<P AGRIMIND> AS ?p) {COORD} }}"),
    ("start date of HELIOSTOR", "typo", "SELECT ?x WHERE { <P HELIOSTORE> e:startDate ?x }"),
    (
        "partners in CYBERSHEILD",
        "typo",
        f"SELECT ?x WHERE {{ BIND(<P CYBERSHIELD> AS ?p) {ORGS_IN} }}",
    ),
    (
        "which projects is Fraunhoffer in",
        "typo",
        "SELECT ?x WHERE { ?r e:isRoleOf <O Fraunhofer> ; e:isInvolvedIn ?x }",
    ),
    (
        "who coordinates linguabridge",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<P LINGUABRIDGE> AS ?p) {COORD} }}",
    ),
    ("deepclim end date", "literal", "SELECT ?x WHERE { <P DEEPCLIM> e:endDate ?x }"),
    # unanswerable: a near relation exists, this one does not
    ("Who is the principal investigator of QUANTLEARN?", "unanswerable", None),
    ("How many employees does Fraunhofer have?", "unanswerable", None),
    ("What is the website of the SHARPEN project?", "unanswerable", None),
    ("When was NTUA founded?", "unanswerable", None),
    ("How much EU funding did UCL receive for NORDWIND?", "unanswerable", None),
    ("What is the phone number of the SHARPEN coordinator?", "unanswerable", None),
    ("Who is the EU project officer for CIRCULAB?", "unanswerable", None),
]


def names(g: Graph, x: object) -> set[str]:
    """Every name ``x`` carries (a literal: its lexical form)."""
    if isinstance(x, Literal):
        return {str(x)}
    props = (E.acronym, E.title, E.identifier, E.legalName, E.shortName, E.code, E.value)
    props += (SKOS.prefLabel, SKOS.notation)
    out = {str(o) for p in props for o in g.objects(x, p)}
    if not out:
        raise SystemExit(f"no name for {x}")
    return out


def expand(g: Graph, query: str) -> str:
    def project(m: re.Match[str]) -> str:
        found = set(g.subjects(E.acronym, Literal(m[1])))
        assert len(found) == 1, m[0]
        return f"<{found.pop()}>"

    def org(m: re.Match[str]) -> str:
        found = set(g.subjects(E.shortName, Literal(m[1]))) | set(
            g.subjects(E.legalName, Literal(m[1]))
        )
        assert len(found) == 1, m[0]
        return f"<{found.pop()}>"

    query = re.sub(r"<P ([^>]+)>", project, query)
    return PRE + re.sub(r"<O ([^>]+)>", org, query)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("P60M", not "P5Y")
    g = Graph()
    with gzip.open(HERE / "eurio.nt.gz", "rb") as f:
        g.parse(f, format="nt")

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(expand(g, query)):
            assert isinstance(row[0], (URIRef, Literal)), row
            out |= names(g, row[0])
        return out

    write_answers(HERE / "eurio.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
