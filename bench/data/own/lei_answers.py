# ruff: noqa: E501  (one question a line)
"""Gold answers of ``lei.jsonl``, computed with rdflib SPARQL over ``lei.ttl`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form (``2024-03-28T13:29:18+00:00``, ``HRB 199731``); an entity with every name it carries:
a legal entity its ``gleif-L1:hasLegalName`` and each other name (trading, previous, alternative
language, transliterated), a legal form its ``gleif-base:hasLocalName``,
``hasLocalAbbreviation`` and ELF code (``hasTag``), a registration authority its local and English
names and RA code, a country or region its ``rdfs:label`` and ISO code (``lcc-lr:hasTag``). In a
query ``<E name>`` stands for the legal entity whose legal name is ``name``. Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/lei_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import write_answers

HERE = Path(__file__).parent
L1 = Namespace("https://www.gleif.org/ontology/L1/")
BASE = Namespace("https://www.gleif.org/ontology/Base/")
LCCLR = Namespace("https://www.omg.org/spec/LCC/Languages/LanguageRepresentation/")
PRE = """PREFIX gleif-L1: <https://www.gleif.org/ontology/L1/>
PREFIX gleif-L2: <https://www.gleif.org/ontology/L2/>
PREFIX gleif-base: <https://www.gleif.org/ontology/Base/>
PREFIX gleif-repex: <https://www.gleif.org/ontology/ReportingException/>
PREFIX lcc-lr: <https://www.omg.org/spec/LCC/Languages/LanguageRepresentation/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
LEI_OF = "?r gleif-L1:identifiesAndRecords {e} ; gleif-L1:LEI ?x"
ULT = "?u a gleif-L2:UltimateConsolidation ; gleif-L2:hasChild {c} ; gleif-L2:hasParent {p}"
DIR = "?d a gleif-L2:DirectConsolidation ; gleif-L2:hasChild {c} ; gleif-L2:hasParent {p}"


def ult(c: str, p: str) -> str:
    return ULT.format(c=c, p=p)


def direct(c: str, p: str) -> str:
    return DIR.format(c=c, p=p)


QUESTIONS: list[tuple[str, str, str | None]] = [
    # identifiers
    (
        "What is the LEI of Müller Logistik GmbH?",
        "inverse",
        f"SELECT ?x WHERE {{ {LEI_OF.format(e='<E Müller Logistik GmbH>')} }}",
    ),
    (
        "which company has the LEI 529900LF2M2OMISOQM84",
        "inverse",
        'SELECT ?x WHERE { ?r gleif-L1:LEI "529900LF2M2OMISOQM84" ; gleif-L1:identifiesAndRecords ?x }',
    ),
    (
        "lei code for Kestrel Holdings",
        "alias",
        f"SELECT ?x WHERE {{ {LEI_OF.format(e='<E Kestrel Holdings PLC>')} }}",
    ),
    (
        "What is the legal name behind LEI 529900G7A8DTAFFEH396?",
        "inverse",
        'SELECT ?x WHERE { ?r gleif-L1:LEI "529900G7A8DTAFFEH396" ; gleif-L1:identifiesAndRecords ?x }',
    ),
    (
        "What is the commercial register number of Donautal Verwaltungs-AG?",
        "2hop",
        "SELECT ?x WHERE { <E Donautal Verwaltungs-AG> gleif-L1:hasRegistrationIdentifier/gleif-base:hasTag ?x }",
    ),
    (
        "Which registration authority is Rigi Vermögensverwaltung AG registered with?",
        "2hop",
        "SELECT ?x WHERE { <E Rigi Vermögensverwaltung AG> gleif-L1:hasRegistrationIdentifier/gleif-base:isRegisteredIn ?x }",
    ),
    # parents and subsidiaries (relationship records)
    (
        "Who is the ultimate parent of Donautal Verwaltungs-AG?",
        "2hop",
        f"SELECT ?x WHERE {{ {ult('<E Donautal Verwaltungs-AG>', '?x')} }}",
    ),
    (
        "Who's the direct parent of Donautal Verwaltungs-AG",
        "2hop",
        f"SELECT ?x WHERE {{ {direct('<E Donautal Verwaltungs-AG>', '?x')} }}",
    ),
    (
        "Which companies does Bergmann Holding AG directly consolidate?",
        "inverse",
        f"SELECT ?x WHERE {{ {direct('?x', '<E Bergmann Holding AG>')} }}",
    ),
    (
        "list all entities ultimately consolidated by Redwood Group",
        "inverse",
        f"SELECT ?x WHERE {{ {ult('?x', '<E Redwood Group Inc.>')} }}",
    ),
    (
        "Which subsidiaries does Müller Logistik have?",
        "inverse",
        f"SELECT ?x WHERE {{ {direct('?x', '<E Müller Logistik GmbH>')} }}",
    ),
    (
        "Which branches does Norrsken Holding AB have abroad?",
        "inverse",
        "SELECT ?x WHERE { ?b a gleif-L2:InternationalBranchRelationship ; gleif-L2:hasParent <E Norrsken Holding AB> ; gleif-L2:hasChild ?x }",
    ),
    (
        "Which entity is the head office of Norrsken Holding AB, Zweigniederlassung München?",
        "2hop",
        "SELECT ?x WHERE { ?b a gleif-L2:InternationalBranchRelationship ; gleif-L2:hasChild <E Norrsken Holding AB, Zweigniederlassung München> ; gleif-L2:hasParent ?x }",
    ),
    (
        "When did Müller Logistik GmbH become a subsidiary of Bergmann Holding?",
        "literal",
        f"SELECT ?x WHERE {{ {direct('<E Müller Logistik GmbH>', '<E Bergmann Holding AG>')} . ?d gleif-L2:hasRelationshipPeriod/gleif-base:hasStart ?x }}",
    ),
    (
        "Which sub-funds are part of the Kirchberg Global Funds SICAV?",
        "inverse",
        "SELECT ?x WHERE { ?x gleif-L1:hasFundFamily <E Kirchberg Global Funds SICAV> }",
    ),
    (
        "What umbrella fund does Clontarf Investment Funds - Japan Equity Fund belong to?",
        "1hop",
        "SELECT ?x WHERE { <E Clontarf Investment Funds - Japan Equity Fund> gleif-L1:hasFundFamily ?x }",
    ),
    # addresses
    (
        "Where is Redwood Group Inc. headquartered?",
        "2hop",
        "SELECT ?x WHERE { <E Redwood Group Inc.> gleif-base:hasAddressHeadquarters/gleif-base:hasCity ?x }",
    ),
    (
        "In which city is the registered office of Redwood Group Inc.?",
        "2hop",
        "SELECT ?x WHERE { <E Redwood Group Inc.> gleif-base:hasAddressLegal/gleif-base:hasCity ?x }",
    ),
    (
        "What region is Müller Logistik GmbH headquartered in?",
        "2hop",
        "SELECT ?x WHERE { <E Müller Logistik GmbH> gleif-base:hasAddressHeadquarters/gleif-base:hasRegion ?x }",
    ),
    (
        "postal code of Kestrel Holdings PLC's registered address",
        "2hop",
        "SELECT ?x WHERE { <E Kestrel Holdings PLC> gleif-base:hasAddressLegal/gleif-base:hasPostalCode ?x }",
    ),
    (
        "On which street is Norrsken Holding AB's legal address?",
        "2hop",
        "SELECT ?x WHERE { <E Norrsken Holding AB> gleif-base:hasAddressLegal/gleif-base:hasAddressLine1 ?x }",
    ),
    (
        "In which country is 株式会社桜川物流 headquartered?",
        "2hop",
        "SELECT ?x WHERE { <E 株式会社桜川物流> gleif-base:hasAddressHeadquarters/gleif-base:hasCountry ?x }",
    ),
    (
        "Which companies have their headquarters in Bavaria?",
        "inverse",
        'SELECT DISTINCT ?x WHERE { ?x gleif-base:hasAddressHeadquarters/gleif-base:hasRegion/lcc-lr:hasTag "DE-BY" }',
    ),
    # registration
    (
        "When does the LEI of Kestrel Holdings PLC need to be renewed?",
        "literal",
        "SELECT ?x WHERE { ?r gleif-L1:identifiesAndRecords <E Kestrel Holdings PLC> ; gleif-base:hasNextRenewalDate ?x }",
    ),
    (
        "When was Wachau Bau GmbH's LEI first issued?",
        "literal",
        "SELECT ?x WHERE { ?r gleif-L1:identifiesAndRecords <E Wachau Bau GmbH> ; gleif-base:hasInitialRegistrationDate ?x }",
    ),
    (
        "Which LOU manages the LEI for Norrsken Holding AB?",
        "2hop",
        "SELECT ?x WHERE { ?r gleif-L1:identifiesAndRecords <E Norrsken Holding AB> ; gleif-L1:hasManagingLOU ?x }",
    ),
    (
        "What legal form is Wachau Bau GmbH?",
        "1hop",
        "SELECT ?x WHERE { <E Wachau Bau GmbH> gleif-L1:hasLegalForm ?x }",
    ),
    (
        "Which jurisdiction is Redwood Group Inc. incorporated in?",
        "1hop",
        "SELECT ?x WHERE { <E Redwood Group Inc.> gleif-base:hasLegalJurisdiction ?x }",
    ),
    (
        "What was Rigi Vermögensverwaltung AG previously called?",
        "literal",
        "SELECT ?x WHERE { <E Rigi Vermögensverwaltung AG> gleif-L1:hasPreviousLegalName ?x }",
    ),
    (
        "Which entity succeeded Pennington Holdings Limited?",
        "1hop",
        "SELECT ?x WHERE { <E Pennington Holdings Limited> gleif-base:hasSuccessor ?x }",
    ),
    # two and three hops
    (
        "What is the LEI of the ultimate parent of Donautal Verwaltungs-AG?",
        "3hop",
        f"SELECT ?x WHERE {{ {ult('<E Donautal Verwaltungs-AG>', '?p')} . {LEI_OF.format(e='?p')} }}",
    ),
    (
        "Where is the ultimate parent of Kestrel Holdings PLC headquartered?",
        "3hop",
        f"SELECT ?x WHERE {{ {ult('<E Kestrel Holdings PLC>', '?p')} . ?p gleif-base:hasAddressHeadquarters/gleif-base:hasCity ?x }}",
    ),
    (
        "Who are the sister companies of Donautal Verwaltungs-AG?",
        "3hop",
        f"SELECT ?x WHERE {{ {direct('<E Donautal Verwaltungs-AG>', '?p')} . ?d2 a gleif-L2:DirectConsolidation ; gleif-L2:hasParent ?p ; gleif-L2:hasChild ?x . FILTER(?x != <E Donautal Verwaltungs-AG>) }}",
    ),
    (
        "Where is the entity with LEI 353800TPFKIVIWNA4027 headquartered?",
        "3hop",
        'SELECT ?x WHERE { ?r gleif-L1:LEI "353800TPFKIVIWNA4027" ; gleif-L1:identifiesAndRecords/gleif-base:hasAddressHeadquarters/gleif-base:hasCity ?x }',
    ),
    (
        "Who is the direct parent of 5493003ZTVP13DGLNK91?",
        "3hop",
        f'SELECT ?x WHERE {{ ?r gleif-L1:LEI "5493003ZTVP13DGLNK91" ; gleif-L1:identifiesAndRecords ?c . {direct("?c", "?x")} }}',
    ),
    # conjunctions
    (
        "Which of Bergmann Holding's subsidiaries are headquartered in Frankfurt am Main?",
        "conjunction",
        f'SELECT ?x WHERE {{ {ult("?x", "<E Bergmann Holding AG>")} . ?x gleif-base:hasAddressHeadquarters/gleif-base:hasCity "Frankfurt am Main"@de }}',
    ),
    (
        "Which German entities belong to the 株式会社浪速化学 group?",
        "conjunction",
        f'SELECT ?x WHERE {{ {ult("?x", "<E 株式会社浪速化学>")} . ?x gleif-base:hasLegalJurisdiction/lcc-lr:hasTag "DE" }}',
    ),
    (
        "Which Irish companies are ultimately owned by Harrowby Group PLC?",
        "conjunction",
        f'SELECT ?x WHERE {{ {ult("?x", "<E Harrowby Group PLC>")} . ?x gleif-base:hasLegalJurisdiction/lcc-lr:hasTag "IE" }}',
    ),
    # relation synonyms
    (
        "Who owns Rigi Vermögensverwaltung AG?",
        "synonym",
        f"SELECT ?x WHERE {{ {direct('<E Rigi Vermögensverwaltung AG>', '?x')} }}",
    ),
    (
        "What is the LEI renewal deadline for Bergmann Holding AG?",
        "synonym",
        "SELECT ?x WHERE { ?r gleif-L1:identifiesAndRecords <E Bergmann Holding AG> ; gleif-base:hasNextRenewalDate ?x }",
    ),
    (
        "Which group does Whitcombe Insurance Limited belong to?",
        "synonym",
        f"SELECT ?x WHERE {{ {ult('<E Whitcombe Insurance Limited>', '?x')} }}",
    ),
    # other names
    (
        "What is the LEI of Sakuragawa Logistics?",
        "alias",
        f"SELECT ?x WHERE {{ {LEI_OF.format(e='<E 株式会社桜川物流>')} }}",
    ),
    (
        "where is Kabushiki Kaisha Sakuragawa Butsuryu headquartered",
        "alias",
        "SELECT ?x WHERE { <E 株式会社桜川物流> gleif-base:hasAddressHeadquarters/gleif-base:hasCity ?x }",
    ),
    (
        "Who is the parent company of Mueller Logistik GmbH?",
        "alias",
        f"SELECT ?x WHERE {{ {direct('<E Müller Logistik GmbH>', '?x')} }}",
    ),
    (
        "Which company used to be called Rigi Treuhand AG?",
        "alias",
        'SELECT ?x WHERE { ?x gleif-L1:hasPreviousLegalName "Rigi Treuhand AG"@de }',
    ),
    # misspellings
    (
        "who is the ultimate parrent of Kestrel Holdngs PLC",
        "typo",
        f"SELECT ?x WHERE {{ {ult('<E Kestrel Holdings PLC>', '?x')} }}",
    ),
    (
        "LEI of Pennigton Holdings Limited",
        "typo",
        f"SELECT ?x WHERE {{ {LEI_OF.format(e='<E Pennington Holdings Limited>')} }}",
    ),
    (
        "where is norsken holding ab based",
        "typo",
        "SELECT ?x WHERE { <E Norrsken Holding AB> gleif-base:hasAddressHeadquarters/gleif-base:hasCity ?x }",
    ),
    # unanswerable: the data does not say
    ("Who is the CEO of Müller Logistik GmbH?", "unanswerable", None),
    ("Who is the ultimate parent of Bergmann Holding AG?", "unanswerable", None),
    ("Which companies does Donautal Verwaltungs-AG consolidate?", "unanswerable", None),
    ("What percentage of Müller Logistik GmbH does Bergmann Holding own?", "unanswerable", None),
    ("What is the trading name of Bergmann Holding AG?", "unanswerable", None),
    ("How many employees does Redwood Group Inc. have?", "unanswerable", None),
    ("What is the website of Kestrel Holdings PLC?", "unanswerable", None),
]

ENTITY_NAMES = (
    L1.hasLegalName,
    L1.hasTradingOrOperatingName,
    L1.hasPreviousLegalName,
    L1.hasAlternativeLanguageLegalName,
    L1.hasPreferredASCIITransliteratedName,
    L1.hasAutoASCIITransliteratedName,
)
OTHER_NAMES = (
    BASE.hasLocalName,
    BASE.hasLocalAbbreviation,
    BASE.hasNameLegalLocal,
    BASE.hasNameTranslatedEnglish,
    BASE.hasTag,
    RDFS.label,
    LCCLR.hasTag,
)


def main() -> None:
    g = Graph()
    g.parse(HERE / "lei.ttl", format="turtle")
    by_name = {str(o): s for s, o in g.subject_objects(L1.hasLegalName)}

    def names(x: object) -> set[str]:
        if isinstance(x, Literal):
            return {str(x)}
        assert isinstance(x, URIRef)
        out = {str(o) for p in ENTITY_NAMES + OTHER_NAMES for o in g.objects(x, p)}
        if not out:
            raise SystemExit(f"no name for {x}")
        return out

    def expand(query: str) -> str:
        return PRE + re.sub(r"<E ([^>]+)>", lambda m: f"<{by_name[m.group(1)]}>", query)

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(expand(query)):
            out |= names(row[0])
        return out

    write_answers(HERE / "lei.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
