# ruff: noqa: E501  (one question a line)
"""Gold answers of ``fieldtrials.jsonl`` (and, with ``--conversations``, the fieldtrials lines
of ``conversations_blind57.jsonl``), computed with rdflib SPARQL over ``fieldtrials.nt``
(never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the dump writes it ("2249.0", "10.32", "2023-10-05"); a node with every name
it carries: ``rdfs:label`` in every language, ``skos:altLabel``, ``skos:notation`` (study and
station codes), ``foaf:name``, ``schema:name`` and ``schema:alternateName`` (institutes and
their acronyms), ``dcterms:title`` (investigations) and the germplasm's MCPD ``ACCENUMB`` /
``ACCENAME``. In a query ``{Name}`` stands for the one node carrying that name. A study
belongs to an investigation by ``ppeo:has_part`` one way or ``ppeo:part_of`` the other
(``IN_INV``); a plot's observation names the plot or is named by it (``OBS``); a study's PI
or curator is a plain link or a blank contact record (``WHO``); a location's weather station
is named from either side (``STATION``); a plot lies in a replicate directly or through an
incomplete block (``PLOT_OF``). A count question answers the number of what its query counts.
Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/fieldtrials_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import FOAF, RDFS, Graph, Namespace
from rdflib.namespace import DCTERMS, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("https://schema.org/")
MCPD = Namespace("https://purl.org/germplasm/mcpd#")
PRE = """PREFIX ppeo: <http://purl.org/ppeo/PPEO.owl#>
PREFIX sosa: <http://www.w3.org/ns/sosa/>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX gsp: <http://www.opengis.net/ont/geosparql#>
PREFIX qudt: <http://qudt.org/schema/qudt/>
PREFIX schema: <https://schema.org/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX mcpd: <https://purl.org/germplasm/mcpd#>
PREFIX ft: <https://breedbase.lindenhof-pb.example.org/ontology#>
"""


def IN_INV(study: str, inv: str) -> str:
    """``study`` belongs to ``inv`` (either direction of the link)."""
    return f"{{ {inv} ppeo:has_part {study} }} UNION {{ {study} ppeo:part_of {inv} }}"


def OBS(plot: str, obs: str) -> str:
    """``obs`` observed ``plot`` (either direction of the link)."""
    return f"{{ {obs} sosa:hasFeatureOfInterest {plot} }} UNION {{ {plot} sosa:isFeatureOfInterestOf {obs} }}"


def WHO(study: str, person: str, role: str) -> str:
    """``person`` is ``study``'s principal investigator or data curator (``role``)."""
    prop = "ft:principalInvestigator" if role == "principal investigator" else "ft:dataCurator"
    return f'{{ {study} {prop} {person} }} UNION {{ {study} ppeo:hasContact [ ft:person {person} ; ft:role "{role}" ] }}'


def STATION(loc: str, st: str) -> str:
    """``st`` is ``loc``'s weather station (either direction of the link)."""
    return f"{{ {loc} ft:hasWeatherStation {st} }} UNION {{ {st} ft:stationFor {loc} }}"


def PLOT_OF(plot: str, study: str) -> str:
    """``plot`` is a plot of ``study``: in a replicate of it, directly or through a block."""
    return f"{plot} a ft:Plot . {{ {plot} ppeo:part_of/ppeo:part_of {study} }} UNION {{ {plot} ppeo:part_of/ppeo:part_of/ppeo:part_of {study} }} {study} a ?studytype . ?studytype rdfs:subClassOf ppeo:study ."


def RESULT(plot: str, variable: str) -> str:
    """``?x`` is ``plot``'s result for ``variable``."""
    return f"{OBS(plot, '?o')} ?o sosa:observedProperty {variable} ; sosa:hasSimpleResult ?x ."


ALT = "{{ {0} geo:alt ?x }} UNION {{ {0} schema:elevation ?x }}"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # studies: where, when, who, design
    (
        "Where was the wheat yield trial Lindenhof 2023/24 conducted?",
        "1hop",
        "SELECT ?x WHERE { {Wheat yield trial Lindenhof 2023/24} ppeo:hasLocation ?x }",
    ),
    (
        "What experimental design did the Elite spring wheat yield trial Obregón Y23-24 use?",
        "1hop",
        "SELECT ?x WHERE { {Elite spring wheat yield trial Obregón Y23-24} ppeo:hasExperimentalDesign ?d . { ?d ft:designType ?x } UNION { ?d dcterms:description ?x } }",
    ),
    (
        "How many replicates did the wheat yield trial Hohenthurm 2023/24 have?",
        "literal",
        "SELECT ?x WHERE { {Wheat yield trial Hohenthurm 2023/24} ppeo:hasExperimentalDesign/ft:numberOfReplicates ?x }",
    ),
    (
        "What was the sowing date of the wheat yield trial Lindenhof 2023/24?",
        "literal",
        "SELECT ?x WHERE { {Wheat yield trial Lindenhof 2023/24} ft:sowingDate ?x }",
    ),
    (
        "What are the levels of the irrigation regime factor?",
        "1hop",
        "SELECT ?x WHERE { {Irrigation regime} ppeo:hasFactorValue ?x }",
    ),
    (
        "Who is the principal investigator of the managed drought trial Kiboko 2024?",
        "1hop",
        f"SELECT ?x WHERE {{ {WHO('{Managed drought trial Kiboko 2024}', '?x', 'principal investigator')} }}",
    ),
    (
        "who was the PI of the yellow rust screening nursery el batán 2024",
        "synonym",
        f"SELECT ?x WHERE {{ {WHO('{Yellow rust screening nursery El Batán 2024}', '?x', 'principal investigator')} }}",
    ),
    (
        "Who looks after the data of the maize hybrid trial Tlaltizapán 2024?",
        "synonym",
        f"SELECT ?x WHERE {{ {WHO('{Maize hybrid trial Tlaltizapán 2024}', '?x', 'data curator')} }}",
    ),
    (
        "Which trials did Katharina Vogt lead?",
        "inverse",
        f"SELECT ?x WHERE {{ {WHO('?x', '{Katharina Vogt}', 'principal investigator')} }}",
    ),
    (
        "Which studies belong to the Wheat Yield Trial Network 2023-2025?",
        "inverse",
        f"SELECT ?x WHERE {{ {IN_INV('?x', '{Wheat Yield Trial Network 2023-2025}')} }}",
    ),
    (
        "Which investigation is the nitrogen response trial Lindenhof 2024/25 part of?",
        "1hop",
        f"SELECT ?x WHERE {{ {IN_INV('{Nitrogen response trial Lindenhof 2024/25}', '?x')} }}",
    ),
    (
        "Which trials used an alpha-lattice design?",
        "inverse",
        'SELECT ?x WHERE { ?x ppeo:hasExperimentalDesign/ft:designType "alpha-lattice" }',
    ),
    (
        "How many studies does the Maize Drought Tolerance Evaluation 2024 have?",
        "literal",
        f"SELECT (COUNT(DISTINCT ?s) AS ?x) WHERE {{ {IN_INV('?s', '{Maize Drought Tolerance Evaluation 2024}')} }}",
    ),
    # locations and weather
    (
        "What soil type does the Hohenthurm field station have?",
        "literal",
        "SELECT ?x WHERE { {Hohenthurm field station} ft:soilType ?x }",
    ),
    (
        "What is the altitude of El Batán experiment station?",
        "literal",
        "SELECT ?x WHERE { " + ALT.format("{El Batán experiment station}") + " }",
    ),
    (
        "how high above sea level is the kiboko research station",
        "synonym",
        "SELECT ?x WHERE { " + ALT.format("{Kiboko Research Station}") + " }",
    ),
    (
        "Which country is the Kiboko Research Station in?",
        "1hop",
        "SELECT ?x WHERE { {Kiboko Research Station} schema:containedInPlace ?x }",
    ),
    (
        "Which institute operates the Norman E. Borlaug Experiment Station?",
        "1hop",
        "SELECT ?x WHERE { {Norman E. Borlaug Experiment Station} ft:operatedBy ?x }",
    ),
    (
        "Which weather station serves the Lindenhof experimental field?",
        "1hop",
        f"SELECT ?x WHERE {{ {STATION('{Lindenhof experimental field}', '?x')} }}",
    ),
    (
        "Which site is the Kiboko weather station at?",
        "inverse",
        f"SELECT ?x WHERE {{ {STATION('?x', '{Kiboko weather station}')} }}",
    ),
    (
        "How much rain fell at the Kiboko weather station in the 2024 long rains?",
        "conjunction",
        "SELECT ?x WHERE { {Kiboko weather station} ft:seasonalSummary [ ft:season {2024 long rains} ; ft:totalPrecipitation ?x ] }",
    ),
    (
        "What was the mean temperature at the Lindenhof weather station in the 2024/25 winter wheat season?",
        "conjunction",
        "SELECT ?x WHERE { {Lindenhof weather station} ft:seasonalSummary [ ft:season {2024/25 winter wheat season} ; ft:meanTemperature ?x ] }",
    ),
    # germplasm
    ("What is the pedigree of Kachu?", "literal", "SELECT ?x WHERE { {Kachu} mcpd:ANCEST ?x }"),
    (
        "What is the accession number of Borlaug 100?",
        "literal",
        "SELECT ?x WHERE { {Borlaug 100} mcpd:ACCENUMB ?x }",
    ),
    (
        "Who is the female parent of LH-19-0412?",
        "1hop",
        "SELECT ?x WHERE { {LH-19-0412} ft:hasFemaleParent ?x }",
    ),
    (
        "What are the parents of LH-19-0577?",
        "1hop",
        "SELECT ?x WHERE { {LH-19-0577} ft:hasFemaleParent|ft:hasMaleParent ?x }",
    ),
    (
        "Which lines have Kachu as a parent?",
        "inverse",
        "SELECT ?x WHERE { ?x ft:hasFemaleParent|ft:hasMaleParent {Kachu} }",
    ),
    ("Who bred RGT Reform?", "1hop", "SELECT ?x WHERE { {RGT Reform} ft:bredBy ?x }"),
    (
        "Which varieties were released in 2012?",
        "literal",
        'SELECT ?x WHERE { ?x ft:releaseYear "2012"^^<http://www.w3.org/2001/XMLSchema#gYear> }',
    ),
    # variables, traits, methods, scales
    ("What trait does PH_M_cm measure?", "1hop", "SELECT ?x WHERE { {PH_M_cm} ppeo:hasTrait ?x }"),
    (
        "Which method is used to score yellow rust severity?",
        "2hop",
        "SELECT ?x WHERE { ?v ppeo:hasTrait {Yellow rust severity} ; ppeo:hasMethod ?x }",
    ),
    (
        "What is the trait class of the trait measured by ASI_Calc_d?",
        "2hop",
        "SELECT ?x WHERE { {ASI_Calc_d} ppeo:hasTrait/ft:traitClass ?x }",
    ),
    (
        "Which studies measured thousand kernel weight?",
        "2hop",
        "SELECT ?x WHERE { ?x ppeo:hasObservedVariable/ppeo:hasTrait {Thousand kernel weight} }",
    ),
    # plots and observations
    (
        "Which germplasm was grown in plot WYT-LIN-2324-P102?",
        "1hop",
        "SELECT ?x WHERE { {WYT-LIN-2324-P102} ppeo:hasBiologicalMaterial ?x }",
    ),
    (
        "What column is plot WYT-LIN-2324-P203 in?",
        "literal",
        "SELECT ?x WHERE { {WYT-LIN-2324-P203} ft:column ?x }",
    ),
    (
        "What treatment did plot WYT-LIN-2425-P101 get?",
        "synonym",
        "SELECT ?x WHERE { {WYT-LIN-2425-P101} ppeo:hasFactorValue ?x }",
    ),
    (
        "Which plots are in WYT-LIN-2324 rep 2?",
        "inverse",
        "SELECT ?x WHERE { ?x ppeo:part_of {WYT-LIN-2324 rep 2} }",
    ),
    (
        "What was the grain yield of plot WYT-LIN-2324-P101?",
        "2hop",
        f"SELECT ?x WHERE {{ {RESULT('{WYT-LIN-2324-P101}', '{GY_Calc_tha}')} }}",
    ),
    (
        "what plant height was recorded in plot WYT-HOH-2324-P103",
        "2hop",
        f"SELECT ?x WHERE {{ {RESULT('{WYT-HOH-2324-P103}', '{PH_M_cm}')} }}",
    ),
    (
        "How many plots does the wheat yield trial Lindenhof 2023/24 have?",
        "literal",
        f"SELECT (COUNT(DISTINCT ?p) AS ?x) WHERE {{ {PLOT_OF('?p', '{Wheat yield trial Lindenhof 2023/24}')} }}",
    ),
    # two and three hops
    (
        "Which institute is the PI of the managed drought trial Kiboko 2024 affiliated with?",
        "2hop",
        f"SELECT ?x WHERE {{ {WHO('{Managed drought trial Kiboko 2024}', '?p', 'principal investigator')} ?p schema:affiliation ?x }}",
    ),
    (
        "In which country was the Essai rendement blé Mons 2023/24 carried out?",
        "2hop",
        "SELECT ?x WHERE { {Essai rendement blé Mons 2023/24} ppeo:hasLocation/schema:containedInPlace ?x }",
    ),
    (
        "What soil type does the site of the nitrogen response trial Lindenhof 2024/25 have?",
        "2hop",
        "SELECT ?x WHERE { {Nitrogen response trial Lindenhof 2024/25} ppeo:hasLocation/ft:soilType ?x }",
    ),
    (
        "At what altitude was the Elite spring wheat yield trial Obregón Y23-24 grown?",
        "2hop",
        "SELECT ?x WHERE { {Elite spring wheat yield trial Obregón Y23-24} ppeo:hasLocation ?l . "
        + ALT.format("?l")
        + " }",
    ),
    (
        "Who bred the female parent of LH-20-0133?",
        "2hop",
        "SELECT ?x WHERE { {LH-20-0133} ft:hasFemaleParent/ft:bredBy ?x }",
    ),
    (
        "Which varieties are the grandparents of LH-20-0133?",
        "2hop",
        "SELECT ?x WHERE { {LH-20-0133} (ft:hasFemaleParent|ft:hasMaleParent)/(ft:hasFemaleParent|ft:hasMaleParent) ?x }",
    ),
    (
        "Which studies took place in Mexico?",
        "2hop",
        "SELECT ?x WHERE { ?x ppeo:hasLocation/schema:containedInPlace {Mexico} }",
    ),
    (
        "Which germplasm was tested in the managed drought trial Kiboko 2024?",
        "3hop",
        f"SELECT ?x WHERE {{ {PLOT_OF('?p', '{Managed drought trial Kiboko 2024}')} ?p ppeo:hasBiologicalMaterial ?x }}",
    ),
    (
        "How much precipitation fell during the Elite spring wheat yield trial Obregón Y23-24?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Elite spring wheat yield trial Obregón Y23-24}} ppeo:hasLocation ?l ; ft:season ?s . {STATION('?l', '?st')} ?st ft:seasonalSummary [ ft:season ?s ; ft:totalPrecipitation ?x ] }}",
    ),
    (
        "What yellow rust scores did Apache get in the yellow rust screening nursery El Batán 2024?",
        "3hop",
        f"SELECT ?x WHERE {{ {PLOT_OF('?p', '{Yellow rust screening nursery El Batán 2024}')} ?p ppeo:hasBiologicalMaterial {{Apache}} . {RESULT('?p', '{YR_Sev_1to9}')} }}",
    ),
    # conjunctions
    (
        "Which germplasm in the wheat yield trial Lindenhof 2023/24 was bred by KWS?",
        "conjunction",
        f"SELECT ?x WHERE {{ {PLOT_OF('?p', '{Wheat yield trial Lindenhof 2023/24}')} ?p ppeo:hasBiologicalMaterial ?x . ?x ft:bredBy {{KWS SAAT SE & Co. KGaA}} }}",
    ),
    (
        "Which maize hybrids were tested in the maize hybrid trial Tlaltizapán 2024?",
        "conjunction",
        f"SELECT ?x WHERE {{ {PLOT_OF('?p', '{Maize hybrid trial Tlaltizapán 2024}')} ?p ppeo:hasBiologicalMaterial ?x . ?x a ft:MaizeHybrid }}",
    ),
    (
        "Which trials in Germany used an RCBD design?",
        "conjunction",
        'SELECT ?x WHERE { ?x ppeo:hasLocation/schema:containedInPlace {Germany} ; ppeo:hasExperimentalDesign/ft:designType "RCBD" }',
    ),
    # aliases (another name of the node)
    ("Who bred Borlaug100?", "alias", "SELECT ?x WHERE { {Borlaug100} ft:bredBy ?x }"),
    (
        "What is the pedigree of DroughtTEGO WE1101?",
        "alias",
        "SELECT ?x WHERE { {WE1101} mcpd:ANCEST ?x }",
    ),
    (
        "Who works for the Institut für Pflanzenzüchtung Lindenhof?",
        "alias",
        "SELECT ?x WHERE { ?x schema:affiliation {Lindenhof Institute of Plant Breeding} }",
    ),
    (
        "Which trials ran at the Versuchsfeld Lindenhof?",
        "alias",
        "SELECT ?x WHERE { ?x ppeo:hasLocation {Lindenhof experimental field} }",
    ),
    (
        "What soil does the Campo Experimental Tlaltizapán have?",
        "alias",
        "SELECT ?x WHERE { {Tlaltizapán experiment station} ft:soilType ?x }",
    ),
    (
        "Which variable measures stripe rust?",
        "alias",
        "SELECT ?x WHERE { ?x ppeo:hasTrait {Yellow rust severity} }",
    ),
    # misspellings
    (
        "waht is the acession number of reedling",
        "typo",
        "SELECT ?x WHERE { {Reedling} mcpd:ACCENUMB ?x }",
    ),
    (
        "who is the pricipal investigator of the managed drougth trial kiboko 2024",
        "typo",
        f"SELECT ?x WHERE {{ {WHO('{Managed drought trial Kiboko 2024}', '?x', 'principal investigator')} }}",
    ),
    (
        "wich soil type has the hohenturm field station",
        "typo",
        "SELECT ?x WHERE { {Hohenthurm field station} ft:soilType ?x }",
    ),
    ("pedigre of LH-19-0577", "typo", "SELECT ?x WHERE { {LH-19-0577} mcpd:ANCEST ?x }"),
    # unanswerable: what the export does not hold
    ("What is the grain protein content of Julius?", "unanswerable", None),
    ("Who funded the Wheat Yield Trial Network 2023-2025?", "unanswerable", None),
    ("What is Katharina Vogt's phone number?", "unanswerable", None),
    ("What is the altitude of the Lindenhof weather station?", "unanswerable", None),
    ("What is the pedigree of Julius?", "unanswerable", None),
    ("How much rain fell at the Tlaltizapán experiment station in 2024?", "unanswerable", None),
    ("Who curated the data of the Essai rendement blé Mons 2023/24?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "fieldtrials-b57-01",
        [
            (
                "Where was the nitrogen response trial Lindenhof 2024/25 carried out?",
                "start",
                "SELECT ?x WHERE { {Nitrogen response trial Lindenhof 2024/25} ppeo:hasLocation ?x }",
            ),
            (
                "What soil does it have?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Lindenhof experimental field} ft:soilType ?x }",
            ),
            (
                "And the Kiboko Research Station?",
                "and_x",
                "SELECT ?x WHERE { {Kiboko Research Station} ft:soilType ?x }",
            ),
        ],
    ),
    (
        "fieldtrials-b57-02",
        [
            (
                "What is the pedigree of LH-20-0208?",
                "start",
                "SELECT ?x WHERE { {LH-20-0208} mcpd:ANCEST ?x }",
            ),
            (
                "What is its accession number?",
                "pronoun_topic",
                "SELECT ?x WHERE { {LH-20-0208} mcpd:ACCENUMB ?x }",
            ),
            ("What about Kachu?", "what_about", "SELECT ?x WHERE { {Kachu} mcpd:ACCENUMB ?x }"),
        ],
    ),
    (
        "fieldtrials-b57-03",
        [
            (
                "Who is the principal investigator of the managed drought trial Kiboko 2024?",
                "start",
                f"SELECT ?x WHERE {{ {WHO('{Managed drought trial Kiboko 2024}', '?x', 'principal investigator')} }}",
            ),
            (
                "Which institute is she affiliated with?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Aisha Wanjiru Mwangi} schema:affiliation ?x }",
            ),
            (
                "Which stations does that institute operate?",
                "demonstrative",
                "SELECT ?x WHERE { ?x ft:operatedBy {Kenya Agricultural and Livestock Research Organization} }",
            ),
        ],
    ),
]

NAME_PROPS = (
    RDFS.label,
    SKOS.altLabel,
    SKOS.notation,
    FOAF.name,
    S.name,
    S.alternateName,
    DCTERMS.title,
    MCPD.ACCENUMB,
    MCPD.ACCENAME,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("2249.0")
    g = Graph()
    g.parse(HERE / "fieldtrials.nt", format="nt")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("fieldtrials", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "fieldtrials.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
