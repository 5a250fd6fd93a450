# ruff: noqa: E501  (one question a line)
"""Gold answers of ``patents.jsonl``, computed with rdflib SPARQL over ``patents.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form (``2018-02-28``, ``FR``); an entity with every name it carries: a publication its
``rdfs:label`` (``EP 3045477 A1``) and each ``patent:titleOfInvention``, an application its
``rdfs:label`` and ``patent:applicationNumber``, a vCard its ``vcard:fn``, a classification
concept its ``skos:notation`` and ``skos:prefLabel``, a kind code its ``skos:notation`` and
``rdfs:label``. In a query ``<EP 3045477 A1>`` stands for the resource labelled so and
``TITLE(?v, "...")`` binds ``?v`` to every publication with that title (any case, any language).
Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/patents_answers.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from _answers_common import named_iris, names_under, write_answers
from rdflib import RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

HERE = Path(__file__).parent
PAT = Namespace("http://data.epo.org/linked-data/def/patent/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
PRE = """PREFIX patent: <http://data.epo.org/linked-data/def/patent/>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
NAMES = [
    RDFS.label,
    PAT.titleOfInvention,
    PAT.applicationNumber,
    VCARD.fn,
    SKOS.notation,
    SKOS.prefLabel,
]
CLASSED = "?x patent:classificationIPCInventive|patent:classificationCPCInventive|patent:classificationCPCAdditional"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Who invented the solid electrolyte for an all-solid-state lithium battery?",
        "1hop",
        'SELECT ?x WHERE { TITLE(?p, "Solid electrolyte for an all-solid-state lithium battery") ?p patent:inventorVC ?x }',
    ),
    (
        "Who is the applicant for EP 3090993 A1?",
        "1hop",
        "SELECT ?x WHERE { <EP 3090993 A1> patent:applicantVC ?x }",
    ),
    (
        "When was EP 3063544 B1 published?",
        "literal",
        "SELECT ?x WHERE { <EP 3063544 B1> patent:publicationDate ?x }",
    ),
    (
        "What is the title of EP 3056217 A1?",
        "literal",
        "SELECT ?x WHERE { <EP 3056217 A1> patent:titleOfInvention ?x }",
    ),
    (
        "Which IPC class is EP 3035637 A1 in?",
        "1hop",
        "SELECT ?x WHERE { <EP 3035637 A1> patent:classificationIPCInventive ?x }",
    ),
    (
        "What CPC codes were assigned to EP 3116800 A1?",
        "1hop",
        "SELECT ?x WHERE { <EP 3116800 A1> patent:classificationCPCInventive|patent:classificationCPCAdditional ?x }",
    ),
    (
        "which documents does EP 3092660 A1 cite",
        "1hop",
        "SELECT ?x WHERE { <EP 3092660 A1> patent:citesPatentPublication ?x }",
    ),
    (
        "What priority does EP 3046017 A1 claim?",
        "1hop",
        "SELECT ?x WHERE { <EP 3046017 A1> patent:priority ?x }",
    ),
    (
        "What is the broader group of H01M 10/0525?",
        "1hop",
        'SELECT ?x WHERE { ?c skos:notation "H01M 10/0525" ; skos:broader ?x }',
    ),
    (
        "What does CPC F03D 7/0224 cover?",
        "literal",
        'SELECT ?x WHERE { ?c skos:notation "F03D 7/0224" ; skos:prefLabel ?x }',
    ),
    (
        "What's the publication number of the de-icing system for a wind turbine rotor?",
        "literal",
        'SELECT ?x WHERE { TITLE(?p, "De-icing system for a wind turbine rotor") ?p patent:publicationNumber ?x }',
    ),
    (
        "What kind of document is EP 3094081 B1?",
        "1hop",
        "SELECT ?x WHERE { <EP 3094081 B1> patent:publicationKind ?x }",
    ),
    (
        "What is the abstract of EP 3119273 A1?",
        "literal",
        "SELECT ?x WHERE { <EP 3119273 A1> dcterms:abstract ?x }",
    ),
    # inverse
    (
        "Which patents cite EP 3013459 A1?",
        "inverse",
        "SELECT ?x WHERE { ?x patent:citesPatentPublication <EP 3013459 A1> }",
    ),
    (
        "Which publications are classified in A61K 31/4155?",
        "inverse",
        f'SELECT ?x WHERE {{ ?c skos:notation "A61K 31/4155" . {CLASSED} ?c }}',
    ),
    (
        "What patents has Brisewind A/S applied for?",
        "inverse",
        'SELECT ?x WHERE { ?x patent:applicantVC/vcard:fn "Brisewind A/S" }',
    ),
    (
        "Which patents list GALLI, Giulia as inventor?",
        "inverse",
        'SELECT ?x WHERE { ?x patent:inventorVC/vcard:fn "GALLI, Giulia" }',
    ),
    (
        "What are the subgroups under G06N 3/02?",
        "inverse",
        'SELECT ?x WHERE { ?c skos:notation "G06N 3/02" . ?x skos:broader ?c }',
    ),
    (
        "Which publications cite US 8765432 B1?",
        "inverse",
        "SELECT ?x WHERE { ?x patent:citesPatentPublication <US 8765432 B1> }",
    ),
    # two and three hops
    (
        "When was the application for EP 3073794 B1 filed?",
        "2hop",
        "SELECT ?x WHERE { <EP 3073794 B1> patent:application/patent:filingDate ?x }",
    ),
    (
        "What is the filing date of the priority application of EP 3111422 A1?",
        "2hop",
        "SELECT ?x WHERE { <EP 3111422 A1> patent:priority/patent:filingDate ?x }",
    ),
    (
        "Who invented the patents cited by EP 3098033 A1?",
        "2hop",
        "SELECT ?x WHERE { <EP 3098033 A1> patent:citesPatentPublication/patent:inventorVC ?x }",
    ),
    (
        "Which applicants hold patents that cite EP 3020279 A1?",
        "2hop",
        "SELECT ?x WHERE { ?p patent:citesPatentPublication <EP 3020279 A1> ; patent:applicantVC ?x }",
    ),
    (
        "What is the parent group of the IPC class of EP 3074936 A1?",
        "2hop",
        "SELECT ?x WHERE { <EP 3074936 A1> patent:classificationIPCInventive/skos:broader ?x }",
    ),
    (
        "What is the application number of EP 3104867 B1?",
        "1hop",
        "SELECT ?x WHERE { <EP 3104867 B1> patent:application ?x }",
    ),
    (
        "In which country is the applicant of EP 3059848 A1 based?",
        "3hop",
        "SELECT ?x WHERE { <EP 3059848 A1> patent:applicantVC/vcard:hasAddress/patent:countryCode ?x }",
    ),
    (
        "Where is the inventor of EP 3055712 A1 located?",
        "3hop",
        "SELECT ?x WHERE { <EP 3055712 A1> patent:inventorVC/vcard:hasAddress/vcard:locality ?x }",
    ),
    (
        "Which inventors worked on patents citing EP 3025934 A1?",
        "3hop",
        "SELECT ?x WHERE { ?p patent:citesPatentPublication <EP 3025934 A1> ; patent:inventorVC ?x }",
    ),
    (
        "When were the patents cited by EP 3118251 A1 filed?",
        "3hop",
        "SELECT ?x WHERE { <EP 3118251 A1> patent:citesPatentPublication/patent:application/patent:filingDate ?x }",
    ),
    # conjunction
    (
        "Which patents are classified under both H01M 10/0525 and Y02E 60/10?",
        "conjunction",
        f'SELECT DISTINCT ?x WHERE {{ ?a skos:notation "H01M 10/0525" . ?b skos:notation "Y02E 60/10" . {CLASSED} ?a . {CLASSED} ?b }}',
    ),
    (
        "Which patents did GARNIER, Luc and LEFÈVRE, Camille invent together?",
        "conjunction",
        'SELECT ?x WHERE { ?x patent:inventorVC/vcard:fn "GARNIER, Luc" . ?x patent:inventorVC/vcard:fn "LEFÈVRE, Camille" }',
    ),
    (
        "Which patents of Universität Hohenfels cite EP 3035637 A1?",
        "conjunction",
        'SELECT ?x WHERE { ?x patent:applicantVC/vcard:fn "Universität Hohenfels" ; patent:citesPatentPublication <EP 3035637 A1> }',
    ),
    # synonyms of the relation
    (
        "Who came up with the charging robot for automatically plugging in an electric vehicle?",
        "synonym",
        'SELECT ?x WHERE { TITLE(?p, "Charging robot for automatically plugging in an electric vehicle") ?p patent:inventorVC ?x }',
    ),
    (
        "Who owns the patent on pyrazole derivatives as kinase inhibitors?",
        "synonym",
        'SELECT ?x WHERE { TITLE(?p, "Pyrazole derivatives as kinase inhibitors") ?p patent:applicantVC ?x }',
    ),
    (
        "What prior art is cited against the pouch cell with integrated cooling channel?",
        "synonym",
        'SELECT ?x WHERE { TITLE(?p, "Pouch cell with integrated cooling channel") ?p patent:citesPatentPublication ?x }',
    ),
    (
        "When was the application for the milk frothing device lodged?",
        "synonym",
        'SELECT ?x WHERE { TITLE(?p, "Milk frothing device with a self-cleaning steam wand") ?p patent:application/patent:filingDate ?x }',
    ),
    (
        "Which company is behind EP 3110275 B1?",
        "synonym",
        "SELECT ?x WHERE { <EP 3110275 B1> patent:applicantVC ?x }",
    ),
    (
        "What earlier filing does EP 3082552 A1 take priority from?",
        "synonym",
        "SELECT ?x WHERE { <EP 3082552 A1> patent:priority ?x }",
    ),
    (
        "Who is the patent attorney for EP 3063544 A1?",
        "synonym",
        "SELECT ?x WHERE { <EP 3063544 A1> patent:agentVC ?x }",
    ),
    # other names: a title in another language, a person's name in the usual order, part of a name
    (
        "Who applied for 'Ladestecker mit flüssigkeitsgekühlten Kontakten'?",
        "alias",
        'SELECT ?x WHERE { TITLE(?p, "Ladestecker mit flüssigkeitsgekühlten Kontakten") ?p patent:applicantVC ?x }',
    ),
    (
        "Which patents has Sabine Müller invented?",
        "alias",
        'SELECT ?x WHERE { ?x patent:inventorVC/vcard:fn "MÜLLER, Sabine" }',
    ),
    (
        "Which patents did Harriet Pemberton invent?",
        "alias",
        'SELECT ?x WHERE { ?x patent:inventorVC/vcard:fn "PEMBERTON, Harriet" }',
    ),
    (
        "Who is the applicant of the Dispositif de moussage du lait avec buse vapeur autonettoyante?",
        "alias",
        'SELECT ?x WHERE { TITLE(?p, "Dispositif de moussage du lait avec buse vapeur autonettoyante") ?p patent:applicantVC ?x }',
    ),
    (
        "Which patents did Voltaris Energy file?",
        "alias",
        'SELECT ?x WHERE { ?x patent:applicantVC/vcard:fn "VOLTARIS ENERGY GMBH" }',
    ),
    # misspelt or partial titles and numbers
    (
        "who invented the seperator having a ceramic coating layer",
        "typo",
        'SELECT ?x WHERE { TITLE(?p, "Separator having a ceramic coating layer") ?p patent:inventorVC ?x }',
    ),
    (
        "What patents cite the wind turbine blade with a serated trailing edge?",
        "typo",
        'SELECT ?x WHERE { TITLE(?p, "Wind turbine blade with a serrated trailing edge") ?x patent:citesPatentPublication ?p }',
    ),
    (
        "Who are the inventors on the Bidirectional wallbox for vehicle to grid?",
        "typo",
        'SELECT ?x WHERE { TITLE(?p, "Bidirectional wallbox for vehicle-to-grid operation") ?p patent:inventorVC ?x }',
    ),
    (
        "What's the IPC classification of the glucose sensor patent?",
        "typo",
        'SELECT ?x WHERE { TITLE(?p, "Non-invasive glucose sensor using mid-infrared light") ?p patent:classificationIPCInventive ?x }',
    ),
    (
        "When was EP3045477 published?",
        "typo",
        'SELECT ?x WHERE { ?p patent:publicationNumber "3045477" ; patent:publicationDate ?x }',
    ),
    # what the graph does not hold (some a near relation the entity lacks)
    (
        "When was the patent for the brewing unit for a fully automatic espresso machine granted?",
        "unanswerable",
        None,
    ),
    ("Who was the examiner of EP 3045477 B1?", "unanswerable", None),
    ("When does EP 3063544 B1 expire?", "unanswerable", None),
    ("How many claims does EP 3092660 B1 have?", "unanswerable", None),
    ("What priority does EP 3020279 A1 claim?", "unanswerable", None),
    ("Which documents does EP 3035637 A1 cite?", "unanswerable", None),
]


def expand(g: Graph, sparql: str) -> str:
    """``<EP 3045477 A1>`` -> the IRI labelled so; ``TITLE(?v, "t")`` -> a title pattern."""

    def title(m: re.Match[str]) -> str:
        t = m[2].lower()
        assert any(str(o).lower() == t for o in g.objects(None, PAT.titleOfInvention)), m[2]
        return (
            f'{m[1]} patent:titleOfInvention ?_t{len(t)} . FILTER(lcase(str(?_t{len(t)})) = "{t}") '
        )

    sparql = re.sub(r'TITLE\((\?\w+), "([^"]+)"\)', title, sparql)
    return named_iris(
        sparql, lambda m: g.subjects(RDFS.label, Literal(m[1])), r"<([A-Z]{2} [0-9/]+ [A-Z][0-9]?)>"
    )


def main() -> None:
    g = Graph()
    g.parse(HERE / "patents.ttl")
    write_answers(
        HERE / "patents.jsonl",
        QUESTIONS,
        lambda sparql: {
            a for r in g.query(PRE + expand(g, sparql)) for a in names_under(g, r[0], NAMES)
        },
    )


if __name__ == "__main__":
    main()
