# ruff: noqa: E501  (one question a line)
"""Gold answers of ``citations.jsonl``, computed with rdflib SPARQL over ``citations.nq`` (never
with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("2014-05-03", "P1Y", "36"); a bibliographic resource with its ``dcterms:title``
(an issue or a volume, which has none, with its ``fabio:hasSequenceIdentifier``); a person with
``foaf:givenName`` and ``foaf:familyName`` joined ("Jason Chen"); a publisher with its
``foaf:name``; an identifier node with its ``literal:hasLiteralValue``. In a query ``{Title}``
stands for the one resource with that ``dcterms:title``, and ``[Given Family]`` for the one
agent with those names. Unanswerable questions carry no query and ``answers: []``. Run from the
repository root: ``python bench/data/own/citations_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import Dataset, Literal, Namespace, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, write_answers

HERE = Path(__file__).parent
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
DCT = Namespace("http://purl.org/dc/terms/")
FABIO = Namespace("http://purl.org/spar/fabio/")
LIT = Namespace("http://www.essepuntato.it/2010/06/literalreification/")
PRE = """PREFIX fabio: <http://purl.org/spar/fabio/>
PREFIX frbr: <http://purl.org/vocab/frbr/core#>
PREFIX pro: <http://purl.org/spar/pro/>
PREFIX oco: <https://w3id.org/oc/ontology/>
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX datacite: <http://purl.org/spar/datacite/>
PREFIX lit: <http://www.essepuntato.it/2010/06/literalreification/>
PREFIX prism: <http://prismstandard.org/namespaces/basic/2.0/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""
AUTHOR = "?b pro:isDocumentContextFor ?r . ?r pro:withRole pro:author ; pro:isHeldBy ?x ."
WROTE = "?x pro:isDocumentContextFor ?r . ?r pro:withRole pro:author ; pro:isHeldBy ?a ."
CITERS = "?c cito:hasCitedEntity ?b ; cito:hasCitingEntity ?x ."
CITED = "?c cito:hasCitingEntity ?b ; cito:hasCitedEntity ?x ."
JOURNAL = "?b frbr:partOf ?i . ?i frbr:partOf ?v . ?v frbr:partOf ?x . ?x a fabio:Journal ."
DOI = "?b datacite:hasIdentifier ?i . ?i datacite:usesIdentifierScheme datacite:doi ; lit:hasLiteralValue ?x ."
PUBLISHER = "?b pro:isDocumentContextFor ?r . ?r pro:withRole pro:publisher ; pro:isHeldBy ?x ."


def b(title: str) -> str:
    return f"BIND({{{title}}} AS ?b)"


def a(given: str, family: str) -> str:
    return f"BIND([{given} {family}] AS ?a)"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # authorship through pro:RoleInTime nodes (the researcher)
    (
        "Who wrote Sleeping beauties in mathematics?",
        "1hop",
        f"SELECT ?x WHERE {{ {b('Sleeping beauties in mathematics')} {AUTHOR} }}",
    ),
    (
        "who are the authors of 'Temporal patterns of reference ageing'",
        "1hop",
        f"SELECT ?x WHERE {{ {b('Temporal patterns of reference ageing')} {AUTHOR} }}",
    ),
    (
        "Who authored the paper Negative citations in biomedicine?",
        "1hop",
        f"SELECT ?x WHERE {{ {b('Negative citations in biomedicine')} {AUTHOR} }}",
    ),
    (
        "Who is the first author of Temporal patterns of reference ageing?",
        "conjunction",
        f"SELECT ?x WHERE {{ {b('Temporal patterns of reference ageing')} {AUTHOR} FILTER NOT EXISTS {{ ?p oco:hasNext ?r }} }}",
    ),
    (
        "Who is the second author of Altmetrics and citations: a meta-analysis?",
        "conjunction",
        "SELECT ?x WHERE { {Altmetrics and citations: a meta-analysis} pro:isDocumentContextFor ?r1 . ?r1 pro:withRole pro:author . FILTER NOT EXISTS { ?p oco:hasNext ?r1 } ?r1 oco:hasNext ?r2 . ?r2 pro:isHeldBy ?x }",
    ),
    (
        "What did Nees Jan Waltman write?",
        "inverse",
        f"SELECT ?x WHERE {{ {a('Nees Jan', 'Waltman')} {WROTE} }}",
    ),
    (
        "Which papers has Marilena Chen authored?",
        "inverse",
        f"SELECT ?x WHERE {{ {a('Marilena', 'Chen')} {WROTE} }}",
    ),
    ("papers by olga daquino", "inverse", f"SELECT ?x WHERE {{ {a('Olga', 'Daquino')} {WROTE} }}"),
    (
        "Who has co-authored with Jason Thelwall?",
        "2hop",
        f"SELECT ?x WHERE {{ {a('Jason', 'Thelwall')} ?w pro:isDocumentContextFor ?r . ?r pro:withRole pro:author ; pro:isHeldBy ?a . ?w pro:isDocumentContextFor ?r2 . ?r2 pro:withRole pro:author ; pro:isHeldBy ?x . FILTER(?x != ?a) }}",
    ),
    # citations as cito:Citation nodes
    (
        "Who cites Co-citation networks of information science?",
        "inverse",
        f"SELECT ?x WHERE {{ {b('Co-citation networks of information science')} {CITERS} }}",
    ),
    (
        "Which papers cite Sleeping beauties in mathematics?",
        "inverse",
        f"SELECT ?x WHERE {{ {b('Sleeping beauties in mathematics')} {CITERS} }}",
    ),
    (
        "What cites Altmetrics as a discovery tool?",
        "inverse",
        f"SELECT ?x WHERE {{ {b('Altmetrics as a discovery tool')} {CITERS} }}",
    ),
    (
        "who cites Smith 2019?",
        "alias",
        f"SELECT ?x WHERE {{ {b('Citation cascades in open bibliometric infrastructures')} {CITERS} }}",
    ),
    (
        "papers citing Haddad 2018",
        "alias",
        f"SELECT ?x WHERE {{ {b('The open citation advantage revisited')} {CITERS} }}",
    ),
    (
        "What does Measuring self-citation at scale cite?",
        "1hop",
        f"SELECT ?x WHERE {{ {b('Measuring self-citation at scale')} {CITED} }}",
    ),
    (
        "Which works are in the reference list of Gender differences in citation practices?",
        "synonym",
        f"SELECT ?x WHERE {{ {b('Gender differences in citation practices')} {CITED} }}",
    ),
    (
        "What references does Crowdsourcing reference extraction have?",
        "1hop",
        f"SELECT ?x WHERE {{ {b('Crowdsourcing reference extraction')} {CITED} }}",
    ),
    (
        "How many citations does Mapping research fronts with bibliographic coupling have?",
        "literal",
        f"SELECT (COUNT(DISTINCT ?c) AS ?x) WHERE {{ {b('Mapping research fronts with bibliographic coupling')} ?c cito:hasCitedEntity ?b }}",
    ),
    (
        "how many times was The open citation advantage revisited cited",
        "literal",
        f"SELECT (COUNT(DISTINCT ?c) AS ?x) WHERE {{ {b('The open citation advantage revisited')} ?c cito:hasCitedEntity ?b }}",
    ),
    (
        "How many references does Temporal patterns of reference ageing have?",
        "literal",
        f"SELECT (COUNT(DISTINCT ?c) AS ?x) WHERE {{ {b('Temporal patterns of reference ageing')} ?c cito:hasCitingEntity ?b }}",
    ),
    (
        "When did Semantic publishing and the future of the article cite Altmetrics as a discovery tool?",
        "conjunction",
        "SELECT ?x WHERE { ?c cito:hasCitingEntity {Semantic publishing and the future of the article} ; cito:hasCitedEntity {Altmetrics as a discovery tool} ; cito:hasCitationCreationDate ?x }",
    ),
    (
        "How long after its publication was Sleeping beauties in mathematics cited by Delayed recognition and the half-life of citations?",
        "conjunction",
        "SELECT ?x WHERE { ?c cito:hasCitingEntity {Delayed recognition and the half-life of citations} ; cito:hasCitedEntity {Sleeping beauties in mathematics} ; cito:hasCitationTimeSpan ?x }",
    ),
    (
        "Which Scientometrics papers cite Co-citation networks of information science?",
        "conjunction",
        "SELECT ?x WHERE { ?c cito:hasCitedEntity {Co-citation networks of information science} ; cito:hasCitingEntity ?x . ?x frbr:partOf/frbr:partOf/frbr:partOf {Scientometrics} }",
    ),
    (
        "Who wrote the papers that cite Retractions and their afterlife in the citation record?",
        "2hop",
        f"SELECT ?x WHERE {{ ?c cito:hasCitedEntity {{Retractions and their afterlife in the citation record}} ; cito:hasCitingEntity ?b . {AUTHOR} }}",
    ),
    (
        "In which journals was Sleeping beauties in mathematics cited?",
        "3hop",
        f"SELECT ?x WHERE {{ ?c cito:hasCitedEntity {{Sleeping beauties in mathematics}} ; cito:hasCitingEntity ?b . {JOURNAL} }}",
    ),
    (
        "Which papers by Nees Jan Waltman cite Co-citation networks of information science?",
        "conjunction",
        f"SELECT ?x WHERE {{ {a('Nees Jan', 'Waltman')} {WROTE} ?c cito:hasCitingEntity ?x ; cito:hasCitedEntity {{Co-citation networks of information science}} }}",
    ),
    # venue: the frbr:partOf chain
    (
        "Which journal published Delayed recognition and the half-life of citations?",
        "3hop",
        f"SELECT ?x WHERE {{ {b('Delayed recognition and the half-life of citations')} {JOURNAL} }}",
    ),
    (
        "In which journal did The Matthew effect in citation networks appear?",
        "3hop",
        f"SELECT ?x WHERE {{ {b('The Matthew effect in citation networks')} {JOURNAL} }}",
    ),
    (
        "what journal is 'Coverage of Crossref metadata across disciplines' in",
        "3hop",
        f"SELECT ?x WHERE {{ {b('Coverage of Crossref metadata across disciplines')} {JOURNAL} }}",
    ),
    (
        "In which issue was Time to first citation in the social sciences published?",
        "1hop",
        f"SELECT ?x WHERE {{ {b('Time to first citation in the social sciences')} ?b frbr:partOf ?x }}",
    ),
    (
        "Which issue of the Journal of Informetrics is Measuring self-citation at scale in?",
        "1hop",
        f"SELECT ?x WHERE {{ {b('Measuring self-citation at scale')} ?b frbr:partOf ?x }}",
    ),
    (
        "Which volume of Scientometrics contains The long tail of uncited papers?",
        "2hop",
        f"SELECT ?x WHERE {{ {b('The long tail of uncited papers')} ?b frbr:partOf ?i . ?i frbr:partOf ?x }}",
    ),
    (
        "What volume was Provenance of bibliographic metadata in triplestores published in?",
        "2hop",
        f"SELECT ?x WHERE {{ {b('Provenance of bibliographic metadata in triplestores')} ?b frbr:partOf ?i . ?i frbr:partOf ?x }}",
    ),
    (
        "Which articles appeared in Quantitative Science Studies?",
        "inverse",
        "SELECT ?x WHERE { ?x frbr:partOf/frbr:partOf/frbr:partOf {Quantitative Science Studies} }",
    ),
    (
        "Which book is Altmetrics as a discovery tool a chapter of?",
        "1hop",
        f"SELECT ?x WHERE {{ {b('Altmetrics as a discovery tool')} ?b frbr:partOf ?x }}",
    ),
    (
        "What chapters are in the Springer Handbook of Science and Technology Indicators?",
        "inverse",
        "SELECT ?x WHERE { ?x frbr:partOf {Springer Handbook of Science and Technology Indicators} }",
    ),
    (
        "Which papers were presented at the 17th International Conference on Scientometrics and Informetrics?",
        "inverse",
        "SELECT ?x WHERE { ?x frbr:partOf {Proceedings of the 17th International Conference on Scientometrics and Informetrics} }",
    ),
    (
        "Who edited the Springer Handbook of Science and Technology Indicators?",
        "1hop",
        "SELECT ?x WHERE { {Springer Handbook of Science and Technology Indicators} pro:isDocumentContextFor ?r . ?r pro:withRole pro:editor ; pro:isHeldBy ?x }",
    ),
    (
        "Which articles did Scientometrics publish in 2019?",
        "conjunction",
        "SELECT ?x WHERE { ?x frbr:partOf/frbr:partOf/frbr:partOf {Scientometrics} ; prism:publicationDate ?d . FILTER(STRSTARTS(STR(?d), '2019')) }",
    ),
    (
        "Which journals has Elena Costas published in?",
        "3hop",
        f"SELECT ?x WHERE {{ {a('Elena', 'Costas')} ?b pro:isDocumentContextFor ?r . ?r pro:withRole pro:author ; pro:isHeldBy ?a . {JOURNAL} }}",
    ),
    # dates, pages, identifiers (the librarian)
    (
        "When was Citation windows for research evaluation published?",
        "literal",
        f"SELECT ?x WHERE {{ {b('Citation windows for research evaluation')} ?b prism:publicationDate ?x }}",
    ),
    (
        "publication date of Library catalogues as linked data",
        "literal",
        f"SELECT ?x WHERE {{ {b('Library catalogues as linked data')} ?b prism:publicationDate ?x }}",
    ),
    (
        "What year did The decline of disruptive science come out?",
        "literal",
        f"SELECT ?x WHERE {{ {b('The decline of disruptive science')} ?b prism:publicationDate ?x }}",
    ),
    (
        "What is the DOI of Negative citations in biomedicine?",
        "2hop",
        f"SELECT ?x WHERE {{ {b('Negative citations in biomedicine')} {DOI} }}",
    ),
    (
        "doi of the paper Twitter mentions do not predict citations",
        "2hop",
        f"SELECT ?x WHERE {{ {b('Twitter mentions do not predict citations')} {DOI} }}",
    ),
    (
        "Which article has the DOI 10.1016/j.joi.2016.01333?",
        "inverse",
        "SELECT ?x WHERE { ?x datacite:hasIdentifier ?i . ?i lit:hasLiteralValue '10.1016/j.joi.2016.01333' }",
    ),
    (
        "What is the PubMed ID of Who cites preprints? Evidence from bioRxiv?",
        "2hop",
        "SELECT ?x WHERE { {Who cites preprints? Evidence from bioRxiv} datacite:hasIdentifier ?i . ?i datacite:usesIdentifierScheme datacite:pmid ; lit:hasLiteralValue ?x }",
    ),
    (
        "What is the ISSN of the Journal of Documentation?",
        "2hop",
        "SELECT ?x WHERE { {Journal of Documentation} datacite:hasIdentifier ?i . ?i lit:hasLiteralValue ?x }",
    ),
    (
        "Which journal has ISSN 1751-1577?",
        "inverse",
        "SELECT ?x WHERE { ?x datacite:hasIdentifier ?i . ?i lit:hasLiteralValue '1751-1577' }",
    ),
    (
        "What is the ISBN of Beyond Bibliometrics?",
        "alias",
        "SELECT ?x WHERE { {Beyond Bibliometrics: Harnessing Multidimensional Indicators of Scholarly Impact} datacite:hasIdentifier ?i . ?i lit:hasLiteralValue ?x }",
    ),
    (
        "What is the ORCID of Silvio Peroni?",
        "2hop",
        f"SELECT ?x WHERE {{ {a('Silvio', 'Peroni')} ?a datacite:hasIdentifier ?i . ?i datacite:usesIdentifierScheme datacite:orcid ; lit:hasLiteralValue ?x }}",
    ),
    (
        "Whose ORCID is 0000-6405-2732-810X?",
        "inverse",
        "SELECT ?x WHERE { ?x datacite:hasIdentifier ?i . ?i lit:hasLiteralValue '0000-6405-2732-810X' }",
    ),
    (
        "On which page does Disambiguating author names with ORCID start?",
        "2hop",
        f"SELECT ?x WHERE {{ {b('Disambiguating author names with ORCID')} ?b frbr:embodiment ?e . ?e prism:startingPage ?x }}",
    ),
    (
        "What is the last page of Open access and citation impact in Latin America?",
        "2hop",
        f"SELECT ?x WHERE {{ {b('Open access and citation impact in Latin America')} ?b frbr:embodiment ?e . ?e prism:endingPage ?x }}",
    ),
    (
        "Who published Information behaviour of doctoral students?",
        "1hop",
        f"SELECT ?x WHERE {{ {b('Information behaviour of doctoral students')} {PUBLISHER} }}",
    ),
    (
        "Who is the publisher of Altmetrics and citations: a meta-analysis?",
        "1hop",
        f"SELECT ?x WHERE {{ {b('Altmetrics and citations: a meta-analysis')} {PUBLISHER} }}",
    ),
    (
        "Which publisher is behind Quantitative Science Studies?",
        "3hop",
        f"SELECT ?x WHERE {{ ?b frbr:partOf/frbr:partOf/frbr:partOf {{Quantitative Science Studies}} . {PUBLISHER} }}",
    ),
    (
        "What is the Crossref member ID of Elsevier BV?",
        "2hop",
        "SELECT ?x WHERE { ?p foaf:name 'Elsevier BV' ; datacite:hasIdentifier ?i . ?i lit:hasLiteralValue ?x }",
    ),
    # the student: lowercase, misspelt, partial titles
    (
        "who wrote sleping beuties in mathmatics",
        "typo",
        f"SELECT ?x WHERE {{ {b('Sleeping beauties in mathematics')} {AUTHOR} }}",
    ),
    (
        "wich journal publishd the matthew effect in citation netwroks",
        "typo",
        f"SELECT ?x WHERE {{ {b('The Matthew effect in citation networks')} {JOURNAL} }}",
    ),
    (
        "how many citations does co-citation networks of informaton science have",
        "typo",
        f"SELECT (COUNT(DISTINCT ?c) AS ?x) WHERE {{ {b('Co-citation networks of information science')} ?c cito:hasCitedEntity ?b }}",
    ),
    (
        "doi for linked open data for scholarly comunication",
        "typo",
        f"SELECT ?x WHERE {{ {b('Linked open data for scholarly communication')} {DOI} }}",
    ),
    (
        "when was predictng citation counts from abstracts published",
        "typo",
        f"SELECT ?x WHERE {{ {b('Predicting citation counts from abstracts')} ?b prism:publicationDate ?x }}",
    ),
    (
        "who wrote the PLOS ONE paper on dataset citation",
        "alias",
        f"SELECT ?x WHERE {{ {b('Dataset citation in the life sciences')} {AUTHOR} }}",
    ),
    (
        "What did Chen publish in 2022?",
        "alias",
        "SELECT ?x WHERE { ?x pro:isDocumentContextFor ?r ; prism:publicationDate ?d . ?r pro:withRole pro:author ; pro:isHeldBy ?a . ?a foaf:familyName 'Chen' . FILTER(STRSTARTS(STR(?d), '2022')) }",
    ),
    # sound answerable, are not: a near relation exists
    ("How many times has Sleeping beauties in mathematics been downloaded?", "unanswerable", None),
    ("What is the impact factor of Scientometrics?", "unanswerable", None),
    ("Which university is Nees Jan Waltman affiliated with?", "unanswerable", None),
    ("What is the abstract of The decline of disruptive science?", "unanswerable", None),
    ("Who peer-reviewed Percentile indicators and their pitfalls?", "unanswerable", None),
    ("Which agency funded Funding acknowledgements in citation indexes?", "unanswerable", None),
]


def main() -> None:
    ds = Dataset(default_union=True)
    ds.parse(HERE / "citations.nq", format="nquads")

    def names(x: object) -> list[str]:
        if isinstance(x, Literal):
            return [str(x)]
        assert isinstance(x, URIRef), x
        for p in (DCT.title, FOAF.name, FABIO.hasSequenceIdentifier, LIT.hasLiteralValue):
            found = [str(o) for o in ds.objects(x, p)]
            if found:
                return found
        given, family = ds.value(x, FOAF.givenName), ds.value(x, FOAF.familyName)
        assert given and family, x
        return [f"{given} {family}"]

    def titled(m: re.Match[str]) -> list[object]:
        return list(ds.subjects(DCT.title, Literal(m[1])))

    def person(m: re.Match[str]) -> list[object]:
        given, family = m[1].rsplit(" ", 1)
        return [
            x
            for x in ds.subjects(FOAF.givenName, Literal(given))
            if (x, FOAF.familyName, Literal(family)) in ds
        ]

    def answers_of(query: str) -> list[str]:
        q = named_iris(query, titled, r"\{([A-Za-z0-9][^{}]*)\}")
        q = named_iris(q, person, r"\[([A-Z][^\[\]?]*)\]")
        return [n for row in ds.query(PRE + q) for n in names(row[0])]

    write_answers(HERE / "citations.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
