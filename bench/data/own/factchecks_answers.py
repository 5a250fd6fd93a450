# ruff: noqa: E501  (one question a line)
"""Gold answers of ``factchecks.jsonl`` (and, with ``--conversations``, the factchecks lines of
``conversations_blind51.jsonl``), computed with rdflib SPARQL over ``factchecks.jsonld``
(never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("2014", "2024-04-03", "Engañoso"); a node with every name it carries:
``schema:name``, ``schema:alternateName``, ``schema:headline``, ``rdfs:label``,
``skos:prefLabel``, ``skos:altLabel``, ``foaf:name`` and ``dct:title``, in every language. In a
query ``{Name}`` stands for the one node carrying that name; a claim the hub matched is named
by its IRI (``claim(key)``), since its text is the claim and no name. Counts are
``COUNT(DISTINCT ...)``. A fact-checker that checked a claim is the review's ``schema:author``
or ``schema:publisher`` of class ``fc:FactCheckingOrganization``. Unanswerable questions carry
no query and ``answers: []``. Run from the repository root:
``python bench/data/own/factchecks_answers.py`` (``--conversations >>
bench/data/own/conversations_blind51.jsonl`` for the conversations).
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
S = Namespace("http://schema.org/")
BASE = "https://factcheck-hub.example.org/"
PRE = f"""PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX fc: <{BASE}ns#>
"""


def claim(key: str) -> str:
    """The IRI of a claim the hub matched (``c1`` ... ``c24`` of ``factchecks_make.CLAIMS``)."""
    return f"<{BASE}claim/{key}>"


def checker(r: str = "?r", x: str = "?x") -> str:
    """A pattern: ``x`` is the fact-checking organisation of the review ``r`` (its author, or
    its publisher where a staff member is the author)."""
    return f"{r} schema:author|schema:publisher {x} . {x} a fc:FactCheckingOrganization ."


QUESTIONS: list[tuple[str, str, str | None]] = [
    # 1hop
    (
        "Who claimed that the minimum wage has doubled since 2019?",
        "1hop",
        f"SELECT ?x WHERE {{ {claim('c1')} schema:author ?x }}",
    ),
    (
        "who said wind farms raise household electricity bills by 30 percent",
        "1hop",
        f"SELECT ?x WHERE {{ {claim('c15')} schema:author ?x }}",
    ),
    (
        "Who founded ClearSight Check?",
        "1hop",
        "SELECT ?x WHERE { {ClearSight Check} schema:founder ?x }",
    ),
    (
        "Who is the founder of Comprobado?",
        "1hop",
        "SELECT ?x WHERE { {Comprobado} schema:founder ?x }",
    ),
    (
        "Which party does Dana Hollis belong to?",
        "1hop",
        "SELECT ?x WHERE { {Dana Hollis} schema:affiliation ?x }",
    ),
    (
        "Who does Carmen Reyes work for?",
        "1hop",
        "SELECT ?x WHERE { {Carmen Reyes} schema:worksFor ?x }",
    ),
    (
        "Who published the Labour Force Survey Q1 2024?",
        "1hop",
        "SELECT ?x WHERE { {Labour Force Survey Q1 2024} dct:publisher ?x }",
    ),
    (
        "What is the broader topic of Vaccines?",
        "1hop",
        "SELECT ?x WHERE { {Vaccines} skos:broader ?x }",
    ),
    (
        "Who wrote the fact-check 'What Senator Hollis got wrong about wages'?",
        "1hop",
        "SELECT ?x WHERE { {What Senator Hollis got wrong about wages} schema:author ?x }",
    ),
    (
        "What is the parent organization of TruthLens?",
        "1hop",
        "SELECT ?x WHERE { {TruthLens} schema:parentOrganization ?x }",
    ),
    # literal
    (
        "When was Comprobado founded?",
        "literal",
        "SELECT ?x WHERE { {Comprobado} schema:foundingDate ?x }",
    ),
    (
        "When was Dana Hollis born?",
        "literal",
        "SELECT ?x WHERE { {Dana Hollis} schema:birthDate ?x }",
    ),
    (
        "What is Thandiwe Ndlovu's job title?",
        "literal",
        "SELECT ?x WHERE { {Thandiwe Ndlovu} schema:jobTitle ?x }",
    ),
    (
        "What is the legal name of ClearSight Check?",
        "literal",
        "SELECT ?x WHERE { {ClearSight Check} schema:legalName ?x }",
    ),
    (
        "When was the article 'Viral lemon-water cure is a hoax' published?",
        "literal",
        "SELECT ?x WHERE { {Viral lemon-water cure is a hoax} schema:datePublished ?x }",
    ),
    ("What is Comprobado's website?", "literal", "SELECT ?x WHERE { {Comprobado} schema:url ?x }"),
    (
        "When was the Energiebilanz 2023 issued?",
        "literal",
        "SELECT ?x WHERE { {Energiebilanz 2023} dct:issued ?x }",
    ),
    (
        "What is Rohan Mehta's name in Hindi?",
        "literal",
        "SELECT ?x WHERE { {Rohan Mehta} schema:alternateName ?x FILTER(lang(?x) = 'hi') }",
    ),
    # inverse
    ("Who works at Prüfstand?", "inverse", "SELECT ?x WHERE { ?x schema:worksFor {Prüfstand} }"),
    (
        "Which topics fall under Economy?",
        "inverse",
        "SELECT ?x WHERE { ?x skos:broader {Economy} }",
    ),
    (
        "Which fact-checking organisations are members of the European Fact-Checking Standards Network?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:memberOf {European Fact-Checking Standards Network} }",
    ),
    (
        "Which fact-checker belongs to The Harbor Tribune?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:parentOrganization {The Harbor Tribune} }",
    ),
    (
        "Who are the members of Neue Mitte?",
        "inverse",
        "SELECT ?x WHERE { { ?x schema:affiliation {Neue Mitte} } UNION { ?x schema:memberOf/schema:memberOf {Neue Mitte} } }",
    ),
    (
        "Who leads the Commonwealth Party?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:memberOf [ schema:memberOf {Commonwealth Party} ; schema:roleName 'Party leader' ] }",
    ),
    (
        "Which organisations were founded by Margaret Quill?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:founder {Margaret Quill} }",
    ),
    (
        "What datasets has the Instituto Nacional de Estadística y Censos published?",
        "inverse",
        "SELECT ?x WHERE { ?x dct:publisher {Instituto Nacional de Estadística y Censos} }",
    ),
    # 2hop
    (
        "What rating did VeriFact Desk give the claim that the minimum wage has doubled since 2019?",
        "2hop",
        f"SELECT ?x WHERE {{ ?r schema:itemReviewed {claim('c1')} ; schema:publisher {{VeriFact Desk}} ; schema:reviewRating/schema:alternateName ?x }}",
    ),
    (
        "Which fact-checkers checked the claim that the flu vaccine causes more illness than it prevents?",
        "2hop",
        f"SELECT ?x WHERE {{ ?r schema:itemReviewed {claim('c5')} . {checker()} }}",
    ),
    (
        "In which city is Prüfstand based?",
        "2hop",
        "SELECT ?x WHERE { {Prüfstand} schema:address/schema:addressLocality ?x }",
    ),
    (
        "Since when has ClearSight Check been accredited by the International Fact-Checking Network?",
        "2hop",
        "SELECT ?x WHERE { {ClearSight Check} fc:accreditation [ fc:network {International Fact-Checking Network} ; schema:startDate ?x ] }",
    ),
    (
        "Which sources did the fact-check of the claim that the minimum wage has doubled since 2019 rely on?",
        "2hop",
        f"SELECT ?x WHERE {{ ?r schema:itemReviewed {claim('c1')} ; prov:wasDerivedFrom|schema:citation ?x }}",
    ),
    (
        "Where did the claim that drinking hot water with lemon cures COVID-19 first appear?",
        "2hop",
        f"SELECT ?x WHERE {{ {claim('c16')} schema:firstAppearance/schema:publisher ?x }}",
    ),
    (
        "What is the hub's verdict on the claim that 5G towers weaken the immune system?",
        "2hop",
        f"SELECT ?x WHERE {{ ?r schema:itemReviewed {claim('c20')} ; fc:normalizedVerdict ?x }}",
    ),
    (
        "What correction was made to the fact-check of the claim that crime in Port Calder has tripled in five years?",
        "2hop",
        f"SELECT ?x WHERE {{ ?r schema:itemReviewed {claim('c2')} ; schema:correction/schema:text ?x }}",
    ),
    (
        "what topic is the claim 'Deutschland importiert mehr Strom als je zuvor' about",
        "2hop",
        f"SELECT ?x WHERE {{ ?r schema:itemReviewed {claim('c9')} ; schema:about|dct:subject ?x }}",
    ),
    (
        "What is the country code of VeriFact Desk's address?",
        "2hop",
        "SELECT ?x WHERE { {VeriFact Desk} schema:address/schema:addressCountry ?x }",
    ),
    # 3hop
    (
        "which broadcaster aired heike brandt's claim about electricity imports",
        "3hop",
        f"SELECT ?x WHERE {{ {claim('c9')} schema:author {{Heike Brandt}} ; schema:appearance/schema:publisher ?x }}",
    ),
    (
        "Whose claims were checked using the Annual Crime Statistics 2023/24?",
        "3hop",
        "SELECT ?x WHERE { ?r prov:wasDerivedFrom|schema:citation {Annual Crime Statistics 2023/24} ; schema:itemReviewed/schema:author ?x }",
    ),
    (
        "Which party does the person who said net migration has fallen for three years in a row lead?",
        "3hop",
        f"SELECT ?x WHERE {{ {claim('c11')} schema:author/schema:memberOf [ schema:memberOf ?x ; schema:roleName 'Party leader' ] }}",
    ),
    (
        "Who published the dataset VeriFact used to check Irene Vance's claim about carbon emissions?",
        "3hop",
        f"SELECT ?x WHERE {{ ?r schema:itemReviewed {claim('c4')} ; schema:publisher {{VeriFact Desk}} ; prov:wasDerivedFrom ?s . ?s prov:wasAttributedTo|dct:publisher ?x }}",
    ),
    (
        "Who wrote the article that contains Checkpoint Africa's review of the claim that murders have dropped by a third since 2020?",
        "3hop",
        f"SELECT ?x WHERE {{ ?r schema:itemReviewed {claim('c14')} ; schema:author {{Checkpoint Africa}} . ?a schema:hasPart ?r ; schema:author ?x }}",
    ),
    # conjunction
    (
        "How many of Dana Hollis's claims did VeriFact rate Half True?",
        "conjunction",
        "SELECT (COUNT(DISTINCT ?r) AS ?x) WHERE { ?r schema:itemReviewed/schema:author {Dana Hollis} ; schema:publisher {VeriFact Desk} ; schema:reviewRating/schema:alternateName 'Half True' }",
    ),
    (
        "How did Comprobado rate Alejandro Ruiz Beltrán's claim about inflation?",
        "conjunction",
        "SELECT ?x WHERE { ?r schema:itemReviewed/schema:author {Alejandro Ruiz Beltrán} ; schema:author {Comprobado} ; dct:subject {Inflation} ; schema:reviewRating/schema:alternateName ?x }",
    ),
    (
        "What rating did ClearSight Check give the claim that wind farms raise electricity bills?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?r schema:itemReviewed {claim('c15')} ; schema:publisher {{ClearSight Check}} ; schema:reviewRating/schema:alternateName ?x }}",
    ),
    (
        "Which fact-checkers have been IFCN signatories since 2016?",
        "conjunction",
        "SELECT ?x WHERE { ?x fc:accreditation [ fc:network {IFCN} ; schema:startDate ?d ] FILTER(str(?d) = '2016') }",
    ),
    (
        "When did Prüfstand publish its check of Jonas Keller's claim about inflation?",
        "conjunction",
        "SELECT ?x WHERE { ?r schema:itemReviewed/schema:author {Jonas Keller} ; schema:author {Prüfstand} ; dct:subject {Inflation} ; schema:datePublished ?x }",
    ),
    (
        "How many claims did TruthLens rate False?",
        "conjunction",
        "SELECT (COUNT(DISTINCT ?c) AS ?x) WHERE { ?r schema:itemReviewed ?c ; schema:author {TruthLens} ; schema:reviewRating/schema:alternateName 'False' }",
    ),
    # synonym
    (
        "Which newspaper owns VeriFact Desk?",
        "synonym",
        "SELECT ?x WHERE { {VeriFact Desk} schema:parentOrganization ?x }",
    ),
    (
        "Who debunked the claim that 5G towers weaken the immune system?",
        "synonym",
        f"SELECT ?x WHERE {{ ?r schema:itemReviewed {claim('c20')} ; schema:author|schema:publisher ?x }}",
    ),
    (
        "Which fact-checker employs Siobhan O'Keefe?",
        "synonym",
        "SELECT ?x WHERE { {Siobhan O'Keefe} schema:worksFor ?x }",
    ),
    (
        "What's Gemma Pryce's position?",
        "synonym",
        "SELECT ?x WHERE { {Gemma Pryce} schema:jobTitle ?x }",
    ),
    (
        "Which outlet ran Gemma Pryce's op-ed about hospital beds?",
        "synonym",
        f"SELECT ?x WHERE {{ {claim('c12')} schema:author {{Gemma Pryce}} ; schema:appearance/schema:publisher ?x }}",
    ),
    (
        "Who produced the Vaccine Adverse Event Report 2023?",
        "synonym",
        "SELECT ?x WHERE { {Vaccine Adverse Event Report 2023} dct:publisher|prov:wasAttributedTo ?x }",
    ),
    # alias
    ("When was the IFCN founded?", "alias", "SELECT ?x WHERE { {IFCN} schema:foundingDate ?x }"),
    (
        "Which party is El Tigre in?",
        "alias",
        "SELECT ?x WHERE { {El Tigre} schema:affiliation ?x }",
    ),
    (
        "What is the broader topic of Cost of living?",
        "alias",
        "SELECT ?x WHERE { {Cost of living} skos:broader ?x }",
    ),
    ("Who works for CPA?", "alias", "SELECT ?x WHERE { ?x schema:worksFor {CPA} }"),
    (
        "Who published the Energy balance 2023?",
        "alias",
        "SELECT ?x WHERE { {Energy balance 2023} dct:publisher|prov:wasAttributedTo ?x }",
    ),
    # typo
    (
        "who said net migraton has fallen three years in a row",
        "typo",
        f"SELECT ?x WHERE {{ {claim('c11')} schema:author ?x }}",
    ),
    (
        "when was truthlense founded",
        "typo",
        "SELECT ?x WHERE { {TruthLens} schema:foundingDate ?x }",
    ),
    (
        "what party is thandiwe ndlvou in",
        "typo",
        "SELECT ?x WHERE { {Thandiwe Ndlovu} schema:affiliation ?x }",
    ),
    (
        "who works at verifcat desk",
        "typo",
        "SELECT ?x WHERE { ?x schema:worksFor {VeriFact Desk} }",
    ),
    (
        "whats the parent org of prufstand",
        "typo",
        "SELECT ?x WHERE { {Prüfstand} schema:parentOrganization ?x }",
    ),
    # unanswerable: things the feed does not hold, next to relations it does
    ("How many followers does Dr. Evan Sloane have on Chirper?", "unanswerable", None),
    ("Who funds VeriFact Desk?", "unanswerable", None),
    ("When was Irene Vance born?", "unanswerable", None),
    (
        "What rating did Checkpoint Africa give the claim that the flu vaccine causes more illness than it prevents?",
        "unanswerable",
        None,
    ),
    ("Who edited ClearSight Check's review of the hospital beds claim?", "unanswerable", None),
    ("How many people read 'Flu shot myths, debunked'?", "unanswerable", None),
    ("Which party does Dr. Evan Sloane belong to?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "factchecks-b51-01",
        [
            (
                "Who said that crime in Port Calder has tripled in five years?",
                "start",
                f"SELECT ?x WHERE {{ {claim('c2')} schema:author ?x }}",
            ),
            (
                "Which party does she belong to?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Dana Hollis} schema:affiliation ?x }",
            ),
            (
                "And Irene Vance?",
                "and_x",
                "SELECT ?x WHERE { {Irene Vance} schema:affiliation ?x }",
            ),
        ],
    ),
    (
        "factchecks-b51-02",
        [
            (
                "When was Prüfstand founded?",
                "start",
                "SELECT ?x WHERE { {Prüfstand} schema:foundingDate ?x }",
            ),
            (
                "Who works there?",
                "pronoun_topic",
                "SELECT ?x WHERE { ?x schema:worksFor {Prüfstand} }",
            ),
            (
                "What about Comprobado?",
                "what_about",
                "SELECT ?x WHERE { ?x schema:worksFor {Comprobado} }",
            ),
        ],
    ),
    (
        "factchecks-b51-03",
        [
            (
                "Who published the Labour Force Survey Q1 2024?",
                "start",
                "SELECT ?x WHERE { {Labour Force Survey Q1 2024} dct:publisher ?x }",
            ),
            (
                "When was it issued?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Labour Force Survey Q1 2024} dct:issued ?x }",
            ),
            (
                "And the Energiebilanz 2023?",
                "and_x",
                "SELECT ?x WHERE { {Energiebilanz 2023} dct:issued ?x }",
            ),
        ],
    ),
]

NAME_PROPS = (
    S.name,
    S.alternateName,
    S.headline,
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    FOAF.name,
    DCTERMS.title,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published
    g = Graph()
    g.parse(HERE / "factchecks.jsonld", format="json-ld")
    answers_of = named_answers(g, PRE, NAME_PROPS, r"\{([^{}?\s'][^{}?]*[^{}?\s'])\}")
    n = sum(1 for _, kind, _ in QUESTIONS if kind != "unanswerable")
    assert n == 63 and len(QUESTIONS) == 70, n
    if "--conversations" in sys.argv:
        print_conversations("factchecks", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "factchecks.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
