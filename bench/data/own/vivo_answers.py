# ruff: noqa: E501  (one question a line)
"""Gold answers of ``vivo.jsonl``, computed with rdflib SPARQL over ``vivo.nt`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("1875000", "achen@northfield.edu"); a node with every name it carries: its
``rdfs:label`` and ``vivo:abbreviation``; a person or an external author's vCard also
"Given Family" from its ``vcard:Name``; a grant also its ``vivo:sponsorAwardId``; a
``vivo:DateTimeValue`` its ``vivo:dateTime`` and that value's date. In a query ``<P Family>``
stands for the person (or external vCard) whose ``vcard:familyName`` is Family and ``<L text>``
for the one node whose ``rdfs:label`` reads text. Unanswerable questions carry no query and
``answers: []``. Run from the repository root: ``python bench/data/own/vivo_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, write_answers

HERE = Path(__file__).parent
VIVO = Namespace("http://vivoweb.org/ontology/core#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
OBO = Namespace("http://purl.obolibrary.org/obo/")
PRE = """PREFIX vivo: <http://vivoweb.org/ontology/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX bibo: <http://purl.org/ontology/bibo/>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX obo: <http://purl.obolibrary.org/obo/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""
DEPT = "?pos a vivo:Position ; vivo:relates ?p , ?x . ?x a vivo:AcademicDepartment ."
PI = "?r a vivo:PrincipalInvestigatorRole ; obo:RO_0000052 ?x ; vivo:relatedBy ?g ."
COPI = "?r a vivo:CoPrincipalInvestigatorRole ; obo:RO_0000052 ?x ; vivo:relatedBy ?g ."
ANYROLE = "?p obo:RO_0000053 ?r . ?r vivo:relatedBy ?x . ?x a vivo:Grant ."
PUBS = "?au a vivo:Authorship ; vivo:relates ?p , ?x . ?x a bibo:AcademicArticle ."
AUTHORS = "?au a vivo:Authorship ; vivo:relates ?a , ?x . FILTER(?x != ?a)"
COAUTH = "?au1 a vivo:Authorship ; vivo:relates ?p , ?a . ?a a bibo:AcademicArticle . ?au2 a vivo:Authorship ; vivo:relates ?a , ?x . FILTER(?x != ?a && ?x != ?p)"
EMAIL = "?p obo:ARG_2000028 ?v . ?v vcard:hasEmail ?e . ?e vcard:email ?x ."
TITLE = "?p obo:ARG_2000028 ?v . ?v vcard:hasTitle ?t . ?t vcard:title ?x ."
START_AS = "?pos a vivo:Position ; vivo:relates ?p ; rdfs:label ?title ; vivo:dateTimeInterval ?i . ?i vivo:start ?x ."
YEAR = "?a vivo:dateTimeValue ?d . ?d vivo:dateTime ?dt . FILTER(YEAR(?dt) >= {y})"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # grants and their roles
    (
        "Who is the PI of the Trustworthy Machine Learning for Scientific Discovery grant?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<L Trustworthy Machine Learning for Scientific Discovery> AS ?g) {PI} }}",
    ),
    (
        "who's the principal investigator on grant DE-SC0023411",
        "alias",
        f"SELECT ?x WHERE {{ ?g vivo:sponsorAwardId 'DE-SC0023411' . {PI} }}",
    ),
    (
        "who are the co-PIs on the Quantum Materials for Low-Power Electronics grant",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<L Quantum Materials for Low-Power Electronics> AS ?g) {COPI} }}",
    ),
    (
        "Who leads the NSF grant on multilingual fact verification?",
        "synonym",
        f"SELECT ?x WHERE {{ BIND(<L Multilingual Fact Verification> AS ?g) {PI} }}",
    ),
    (
        "Which grants is Daria Ivanova PI on?",
        "inverse",
        "SELECT ?x WHERE { ?r a vivo:PrincipalInvestigatorRole ; obo:RO_0000052 <P Ivanova> ; vivo:relatedBy ?x . ?x a vivo:Grant }",
    ),
    (
        "Which grants has Tomas Novak been involved in?",
        "inverse",
        f"SELECT ?x WHERE {{ BIND(<P Novak> AS ?p) {ANYROLE} }}",
    ),
    (
        "Who funds the Resilient Microgrids with High Solar Penetration grant?",
        "1hop",
        "SELECT ?x WHERE { <L Resilient Microgrids with High Solar Penetration> vivo:assignedBy ?x }",
    ),
    (
        "Which grants did the NSF award?",
        "alias",
        "SELECT ?x WHERE { ?x a vivo:Grant ; vivo:assignedBy ?f . ?f vivo:abbreviation 'NSF' }",
    ),
    (
        "How much money was awarded for Antimicrobial Natural Products from Marine Sponges?",
        "literal",
        "SELECT ?x WHERE { <L Antimicrobial Natural Products from Marine Sponges> vivo:totalAwardAmount ?x }",
    ),
    (
        "How much is the DOE giving Novak's microgrid grant?",
        "synonym",
        "SELECT ?x WHERE { <L Resilient Microgrids with High Solar Penetration> vivo:totalAwardAmount ?x }",
    ),
    (
        "what's the award number of the drought legacies grant",
        "literal",
        "SELECT ?x WHERE { <L Drought Legacies in Grassland Soil Microbiomes> vivo:sponsorAwardId ?x }",
    ),
    (
        "When does the Labor Market Effects of Remote Work grant end?",
        "2hop",
        "SELECT ?x WHERE { <L Labor Market Effects of Remote Work> vivo:dateTimeInterval ?i . ?i vivo:end ?x }",
    ),
    (
        "when did the Quantum Materials for Low-Power Electronics grant start",
        "2hop",
        "SELECT ?x WHERE { <L Quantum Materials for Low-Power Electronics> vivo:dateTimeInterval ?i . ?i vivo:start ?x }",
    ),
    # departments and positions
    (
        "Which department does Erik Lindqvist work in?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<P Lindqvist> AS ?p) {DEPT} }}",
    ),
    ("what dept is Haruki Sato in", "1hop", f"SELECT ?x WHERE {{ BIND(<P Sato> AS ?p) {DEPT} }}"),
    (
        "which dept does lindqvst work in",
        "typo",
        f"SELECT ?x WHERE {{ BIND(<P Lindqvist> AS ?p) {DEPT} }}",
    ),
    (
        "What department is Dr. O'Connell in?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<P O'Connell> AS ?p) {DEPT} }}",
    ),
    (
        "where does prof. Wei Chen work",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<P Chen> AS ?p) {DEPT} }}",
    ),
    (
        "who are the members of the economics department",
        "inverse",
        "SELECT ?x WHERE { ?pos a vivo:Position ; vivo:relates <L Department of Economics> , ?x . ?x a foaf:Person }",
    ),
    (
        "When did Chidinma Okafor start as professor?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<P Okafor> AS ?p) {START_AS} FILTER(STR(?title) = 'Professor') }}",
    ),
    (
        "when did Hannah Schultz become associate professor",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<P Schultz> AS ?p) {START_AS} FILTER(STR(?title) = 'Associate Professor') }}",
    ),
    (
        "When did Zeynep Yilmaz join the physics department?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<P Yilmaz> AS ?p) {START_AS} FILTER(STR(?title) = 'Assistant Professor') }}",
    ),
    (
        "What was Erik Lindqvist's position before he became associate professor?",
        "2hop",
        "SELECT ?x WHERE { ?pos a vivo:Position ; vivo:relates <P Lindqvist> ; rdfs:label ?x ; vivo:dateTimeInterval ?i . ?i vivo:end ?e }",
    ),
    (
        "What is Tomas Novak's job title?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<P Novak> AS ?p) {TITLE} }}",
    ),
    (
        "What title does Aoife O'Connell hold?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<P O'Connell> AS ?p) {TITLE} }}",
    ),
    (
        "list the assistant professors in biology",
        "conjunction",
        f"SELECT ?x WHERE {{ ?pos a vivo:Position ; vivo:relates <L Department of Biology> , ?x . ?x a foaf:Person . BIND(?x AS ?p) {TITLE.replace('?x .', '?tt .')} FILTER(STR(?tt) = 'Assistant Professor') }}",
    ),
    # organisation
    (
        "Which college is the Department of History part of?",
        "1hop",
        "SELECT ?x WHERE { <L Department of History> obo:BFO_0000050 ?x }",
    ),
    (
        "Which university is the Department of Physics in?",
        "2hop",
        "SELECT ?x WHERE { <L Department of Physics> obo:BFO_0000050 ?c . ?c obo:BFO_0000050 ?x }",
    ),
    (
        "Which departments belong to the College of Engineering?",
        "inverse",
        "SELECT ?x WHERE { ?x obo:BFO_0000050 <L College of Engineering> }",
    ),
    # contact data
    (
        "What's Akosua Mensah's email?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<P Mensah> AS ?p) {EMAIL} }}",
    ),
    (
        "email address of professor Ivanova",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<P Ivanova> AS ?p) {EMAIL} }}",
    ),
    (
        "whats the email of yasmin hadad",
        "typo",
        f"SELECT ?x WHERE {{ BIND(<P Haddad> AS ?p) {EMAIL} }}",
    ),
    (
        "phone number for Erik Lindqvist",
        "2hop",
        "SELECT ?x WHERE { <P Lindqvist> obo:ARG_2000028 ?v . ?v vcard:hasTelephone ?t . ?t vcard:telephone ?x }",
    ),
    (
        "What is Wei Chen's ORCID?",
        "literal",
        "SELECT ?x WHERE { { <P Chen> vivo:orcidId ?i . BIND(STR(?i) AS ?x) } UNION { <P Chen> vivo:orcidId ?i . BIND(STRAFTER(STR(?i), 'orcid.org/') AS ?x) } }",
    ),
    # research areas
    (
        "What are Margaret Whitaker's research areas?",
        "1hop",
        "SELECT ?x WHERE { <P Whitaker> vivo:hasResearchArea ?x }",
    ),
    (
        "what does margaret whitaker research",
        "synonym",
        "SELECT ?x WHERE { <P Whitaker> vivo:hasResearchArea ?x }",
    ),
    (
        "Who works on quantum computing?",
        "inverse",
        "SELECT ?x WHERE { ?x vivo:hasResearchArea <L Quantum Computing> }",
    ),
    (
        "Which computer science faculty work on machine learning?",
        "conjunction",
        "SELECT ?x WHERE { ?x vivo:hasResearchArea <L Machine Learning> . ?pos a vivo:Position ; vivo:relates ?x , <L Department of Computer Science> }",
    ),
    # publications
    (
        "What has Zeynep Yilmaz published?",
        "inverse",
        f"SELECT ?x WHERE {{ BIND(<P Yilmaz> AS ?p) {PUBS} }}",
    ),
    (
        "What has Piotr Kowalski published since 2020?",
        "conjunction",
        f"SELECT ?x WHERE {{ BIND(<P Kowalski> AS ?p) {PUBS} BIND(?x AS ?a) {YEAR.format(y=2020)} }}",
    ),
    (
        "Who co-authored Monastic Charters of the Welsh Marches with Aiko Nakamura?",
        "conjunction",
        f"SELECT ?x WHERE {{ BIND(<P Nakamura> AS ?p) BIND(<L Monastic Charters of the Welsh Marches> AS ?a) {COAUTH} }}",
    ),
    (
        "who did Funmilayo Adeyemi write papers with",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<P Adeyemi> AS ?p) {COAUTH} }}",
    ),
    (
        "Who wrote Evaluating Factuality in Summaries?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<L Evaluating Factuality in Summaries> AS ?a) {AUTHORS} }}",
    ),
    (
        "what papers did Owen Taylor co-author",
        "inverse",
        f"SELECT ?x WHERE {{ BIND(<P Taylor> AS ?p) {PUBS} }}",
    ),
    (
        "Who is the first author of Long-Read Assembly of a Fern Genome?",
        "conjunction",
        "SELECT ?x WHERE { ?au a vivo:Authorship ; vivo:rank ?rk ; vivo:relates <L Long-Read Assembly of a Fern Genome> , ?x . FILTER(?rk = 1 && ?x != <L Long-Read Assembly of a Fern Genome>) }",
    ),
    (
        "Which articles did Okafor and Chen write together?",
        "conjunction",
        "SELECT ?x WHERE { ?a1 vivo:relates <P Okafor> , ?x . ?a2 vivo:relates <P Chen> , ?x . ?a1 a vivo:Authorship . ?a2 a vivo:Authorship . ?x a bibo:AcademicArticle }",
    ),
    (
        "papers by Declan Fitzgerald in Environmental Microbiology",
        "conjunction",
        f"SELECT ?x WHERE {{ BIND(<P Fitzgerald> AS ?p) {PUBS} ?x vivo:hasPublicationVenue <L Environmental Microbiology> }}",
    ),
    (
        "Which journal published Sparse Attention for Long Documents?",
        "1hop",
        "SELECT ?x WHERE { <L Sparse Attention for Long Documents> vivo:hasPublicationVenue ?x }",
    ),
    (
        "What's the DOI of Total Synthesis of a Marine Alkaloid?",
        "literal",
        "SELECT ?x WHERE { <L Total Synthesis of a Marine Alkaloid> bibo:doi ?x }",
    ),
    (
        "when was Inference with Staggered Adoption Designs published",
        "2hop",
        "SELECT ?x WHERE { <L Inference with Staggered Adoption Designs> vivo:dateTimeValue ?x }",
    ),
    ("What is the ISSN of Speculum?", "literal", "SELECT ?x WHERE { <L Speculum> bibo:issn ?x }"),
    (
        "Which articles appeared in Physical Review B?",
        "inverse",
        "SELECT ?x WHERE { ?x vivo:hasPublicationVenue <L Physical Review B> }",
    ),
    (
        "What subject is Charge Density Waves in Layered Tellurides about?",
        "1hop",
        "SELECT ?x WHERE { <L Charge Density Waves in Layered Tellurides> vivo:hasSubjectArea ?x }",
    ),
    (
        "which papers are about climate change",
        "inverse",
        "SELECT ?x WHERE { ?x vivo:hasSubjectArea <L Climate Change> }",
    ),
    # degrees
    (
        "Where did Chidinma Okafor get her PhD?",
        "2hop",
        "SELECT ?x WHERE { ?d a vivo:AwardedDegree ; vivo:relates <P Okafor> ; vivo:assignedBy ?x }",
    ),
    (
        "which university awarded margaret whitaker's doctorate",
        "synonym",
        "SELECT ?x WHERE { ?d a vivo:AwardedDegree ; vivo:relates <P Whitaker> ; vivo:assignedBy ?x }",
    ),
    # several hops
    (
        "Which funder supports grants led by people in the Department of History?",
        "3hop",
        f"SELECT ?x WHERE {{ ?pos a vivo:Position ; vivo:relates <L Department of History> , ?p . {PI.replace('?x', '?p')} ?g vivo:assignedBy ?x }}",
    ),
    (
        "In which journals have members of the Department of Economics published?",
        "3hop",
        f"SELECT ?x WHERE {{ ?pos a vivo:Position ; vivo:relates <L Department of Economics> , ?p . ?p a foaf:Person . {PUBS.replace('?x', '?a')} ?a vivo:hasPublicationVenue ?x }}",
    ),
    (
        "Who in the College of Engineering holds a Department of Energy grant?",
        "3hop",
        "SELECT ?x WHERE { ?d obo:BFO_0000050 <L College of Engineering> . ?pos a vivo:Position ; vivo:relates ?d , ?x . ?x a foaf:Person ; obo:RO_0000053 ?r . ?r vivo:relatedBy ?g . ?g vivo:assignedBy <L Department of Energy> }",
    ),
    (
        "What research areas do the authors of Minimum Wages and Infant Health work on?",
        "3hop",
        f"SELECT ?x WHERE {{ BIND(<L Minimum Wages and Infant Health> AS ?a) {AUTHORS.replace('?x', '?p')} ?p vivo:hasResearchArea ?x }}",
    ),
    (
        "what's the email of the PI on the alpine plant communities grant",
        "3hop",
        f"SELECT ?x WHERE {{ BIND(<L Climate Adaptation in Alpine Plant Communities> AS ?g) {PI.replace('?x', '?p')} {EMAIL} }}",
    ),
    # sounds answerable; the near relation is there, the asked one is not
    ("Who is the head of the Department of Chemistry?", "unanswerable", None),
    ("What is Lucía Ramírez's office room number?", "unanswerable", None),
    ("How many citations does Sparse Attention for Long Documents have?", "unanswerable", None),
    ("Who supervised Arjun Gupta's PhD?", "unanswerable", None),
    ("When did Tomas Novak retire?", "unanswerable", None),
    ("Which grant funded Frequency Stability in Low-Inertia Grids?", "unanswerable", None),
    ("What is the h-index of Nikolai Petrov?", "unanswerable", None),
]


def main() -> None:
    """Run every question's query over ``vivo.nt`` and write ``vivo.jsonl``."""
    g = Graph()
    g.parse(HERE / "vivo.nt", format="nt")

    def person(m: re.Match[str]) -> set[object]:
        return {
            v
            for n in g.subjects(VCARD.familyName, Literal(m[1]))
            for v in g.subjects(VCARD.hasName, n)
        } and {
            g.value(v, OBO.ARG_2000029) or v
            for n in g.subjects(VCARD.familyName, Literal(m[1]))
            for v in g.subjects(VCARD.hasName, n)
        }

    def labelled(m: re.Match[str]) -> set[object]:
        return {s for s, o in g.subject_objects(RDFS.label) if str(o) == m[1]}

    def names(x: object) -> list[str]:
        if isinstance(x, Literal):
            return [str(x)]
        out = {
            str(n)
            for p in (RDFS.label, VIVO.abbreviation, VIVO.sponsorAwardId)
            for n in g.objects(x, p)
        }
        for v in [x, *g.objects(x, OBO.ARG_2000028)]:
            for n in g.objects(v, VCARD.hasName):
                out.add(f"{g.value(n, VCARD.givenName)} {g.value(n, VCARD.familyName)}")
        for d in g.objects(x, VIVO.dateTime):
            out |= {str(d), str(d)[:10]}
        assert out, x
        return sorted(out)

    def answers_of(q: str) -> list[str]:
        q = named_iris(q, person, r"<P ([^>]+)>")
        q = named_iris(q, labelled, r"<L ([^>]+)>")
        return [n for row in g.query(PRE + q) for n in names(row[0])]

    write_answers(HERE / "vivo.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
