# ruff: noqa: E501  (one question a line)
"""Gold answers of ``caselaw.jsonl``, computed with rdflib SPARQL over ``caselaw.rdf`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form (``2021-07-08``, ``S2016/105``); an entity with every name it carries: a decision the
``dcterms:title`` of each language version ("KKO:2019:1"; a lower court's Finnish and Swedish
titles) and its ECLI (``dcterms:isVersionOf``), a court, concept or organisation each
``skos:prefLabel`` and ``skos:notation``, a judge or statute section its ``rdfs:label``, a statute
its ``eli:id_local`` and each expression's ``eli:title``. In a query ``<J kko/2019/1>`` stands for
the decision ``http://data.finlex.fi/ecli/kko/2019/1`` and ``<C name>`` for
``http://data.finlex.fi/common/name``. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/caselaw_answers.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

HERE = Path(__file__).parent
SFCL = Namespace("http://data.finlex.fi/schema/sfcl/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
PRE = """PREFIX sfcl: <http://data.finlex.fi/schema/sfcl/>
PREFIX sfl: <http://data.finlex.fi/schema/sfl/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "which court issued ECLI:FI:KHO:2015:3?",
        "1hop",
        "SELECT ?x WHERE { <J kho/2015/3> dcterms:creator ?x }",
    ),
    (
        "When was KKO 2021:1 decided?",
        "literal",
        "SELECT ?x WHERE { <J kko/2021/1> dcterms:date ?x }",
    ),
    (
        "Which judges sat on KKO:2019:1?",
        "1hop",
        "SELECT ?x WHERE { <J kko/2019/1> dcterms:contributor ?x }",
    ),
    ("keywords of KHO:2015:2", "1hop", "SELECT ?x WHERE { <J kho/2015/2> dcterms:description ?x }"),
    (
        "What provisions of law does KKO:2019:2 refer to?",
        "1hop",
        "SELECT ?x WHERE { <J kko/2019/2> sfcl:referenceToLegislation ?x }",
    ),
    (
        "which lower court ruling was appealed in KKO:2021:1",
        "1hop",
        "SELECT ?x WHERE { <J kko/2021/1> sfcl:lowerCourtDecision ?x }",
    ),
    (
        "What type of procedure was KKO:2019:3?",
        "1hop",
        "SELECT ?x WHERE { <J kko/2019/3> sfcl:procedureType ?x }",
    ),
    (
        "what kind of decision is KHO:2015:3",
        "1hop",
        "SELECT ?x WHERE { <J kho/2015/3> dcterms:type ?x }",
    ),
    (
        "what's the diary number of KKO:2017:2",
        "literal",
        "SELECT ?x WHERE { <J kko/2017/2> sfcl:diaryNumber ?x }",
    ),
    (
        "When was KHO:2014:2 published?",
        "literal",
        "SELECT ?x WHERE { <J kho/2014/2> dcterms:issued ?x }",
    ),
    (
        "Who were the parties in KKO:2017:2?",
        "1hop",
        "SELECT ?x WHERE { <J kko/2017/2> sfcl:party ?x }",
    ),
    (
        "What area of law does KKO:2021:2 belong to?",
        "1hop",
        "SELECT ?x WHERE { <J kko/2021/2> dcterms:subject ?x }",
    ),
    (
        "What is the ECLI of KKO:2019:2?",
        "literal",
        "SELECT ?x WHERE { <J kko/2019/2> dcterms:isVersionOf ?x }",
    ),
    (
        "Which earlier rulings does KKO:2017:2 cite?",
        "1hop",
        "SELECT ?x WHERE { <J kko/2017/2> sfcl:referenceToCaseLaw ?x }",
    ),
    # inverse
    (
        "Which decisions cite KKO:2015:4?",
        "inverse",
        "SELECT ?x WHERE { ?x sfcl:referenceToCaseLaw <J kko/2015/4> }",
    ),
    (
        "which cases did Marjatta Keskinen sit on",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:contributor <C henkilo/marjatta-keskinen> }",
    ),
    (
        "Which rulings deal with copyright?",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:description <C asiasana/tekijanoikeus> }",
    ),
    (
        "What cases has the Kaleva insurance company been a party to?",
        "inverse",
        "SELECT ?x WHERE { ?x sfcl:party <C organisaatio/kalevan-vakuutus> }",
    ),
    (
        "Which rulings apply Ulkomaalaislaki 88 §?",
        "inverse",
        "SELECT ?x WHERE { ?x sfcl:referenceToLegislation <http://data.finlex.fi/eli/sd/2004/301/pykala/88> }",
    ),
    (
        "Which case was an appeal against Turun hovioikeus 15.3.2020 nro 2075?",
        "inverse",
        "SELECT ?x WHERE { ?x sfcl:lowerCourtDecision <J hotur/2020/2075> }",
    ),
    (
        "which hearings was the City of Espoo involved in",
        "inverse",
        "SELECT ?x WHERE { ?x sfcl:party <C organisaatio/espoon-kaupunki> }",
    ),
    # two and three hops
    (
        "Which court made the decision that was appealed in KHO:2015:5?",
        "2hop",
        "SELECT ?x WHERE { <J kho/2015/5> sfcl:lowerCourtDecision/dcterms:creator ?x }",
    ),
    (
        "Who were the judges of the lower court in KKO:2021:1?",
        "2hop",
        "SELECT ?x WHERE { <J kko/2021/1> sfcl:lowerCourtDecision/dcterms:contributor ?x }",
    ),
    (
        "Which statute does the section cited in KKO:2019:2 belong to?",
        "2hop",
        "SELECT DISTINCT ?x WHERE { <J kko/2019/2> sfcl:referenceToLegislation/eli:is_part_of ?x }",
    ),
    (
        "When was the ruling cited by KKO:2021:2 handed down?",
        "2hop",
        "SELECT ?x WHERE { <J kko/2021/2> sfcl:referenceToCaseLaw/dcterms:date ?x }",
    ),
    (
        "Which laws does KHO:2014:2 rely on?",
        "2hop",
        "SELECT DISTINCT ?x WHERE { <J kho/2014/2> sfcl:referenceToLegislation/eli:is_part_of ?x }",
    ),
    (
        "In which court was KKO:2019:1 heard before it reached the Supreme Court?",
        "2hop",
        "SELECT ?x WHERE { <J kko/2019/1> sfcl:lowerCourtDecision/dcterms:creator ?x }",
    ),
    (
        "Which decisions were appeals from the Market Court?",
        "2hop",
        "SELECT ?x WHERE { ?x sfcl:lowerCourtDecision/dcterms:creator <C tuomioistuin/mao> }",
    ),
    (
        "What cases from Helsingfors hovrätt went on to the Supreme Court?",
        "2hop",
        "SELECT ?x WHERE { ?x sfcl:lowerCourtDecision/dcterms:creator <C tuomioistuin/hohel> }",
    ),
    (
        "Which statutes are referred to by the decisions that cite KKO:2015:4?",
        "3hop",
        "SELECT DISTINCT ?x WHERE { ?d sfcl:referenceToCaseLaw <J kko/2015/4> . ?d sfcl:referenceToLegislation/eli:is_part_of ?x }",
    ),
    (
        "which courts ruled first on the cases Saimaan Puu was party to",
        "3hop",
        "SELECT DISTINCT ?x WHERE { ?d sfcl:party <C organisaatio/saimaan-puu> ; sfcl:lowerCourtDecision/dcterms:creator ?x }",
    ),
    # conjunction
    (
        "Which decisions did both Marjatta Keskinen and Olli Saarimaa sit on?",
        "conjunction",
        "SELECT ?x WHERE { ?x dcterms:contributor <C henkilo/marjatta-keskinen>, <C henkilo/olli-saarimaa> }",
    ),
    (
        "Which Supreme Administrative Court yearbook decisions deal with building permits?",
        "conjunction",
        "SELECT ?x WHERE { ?x dcterms:type <C ratkaisutyyppi/vuosikirjaratkaisu> ; dcterms:description <C asiasana/rakennuslupa> }",
    ),
    (
        "cases involving Lakeuden Rakennus about insurance contracts",
        "conjunction",
        "SELECT ?x WHERE { ?x sfcl:party <C organisaatio/lakeus-rakennus> ; dcterms:description <C asiasana/vakuutussopimus> }",
    ),
    (
        "Which criminal law cases were applications for annulment?",
        "conjunction",
        "SELECT ?x WHERE { ?x sfcl:procedureType <C menettely/purku> ; dcterms:subject <C oikeudenala/rikos> }",
    ),
    (
        "In which Supreme Court cases was a preliminary ruling requested?",
        "conjunction",
        "SELECT ?x WHERE { ?x sfcl:procedureType <C menettely/ennakkoratkaisu> ; dcterms:creator <C tuomioistuin/kko> }",
    ),
    (
        "residence permit decisions of Högsta förvaltningsdomstolen",
        "conjunction",
        "SELECT ?x WHERE { ?x dcterms:creator <C tuomioistuin/kho> ; dcterms:description <C asiasana/oleskelulupa> }",
    ),
    # relation synonyms
    (
        "who was on the bench in KHO:2015:1",
        "synonym",
        "SELECT ?x WHERE { <J kho/2015/1> dcterms:contributor ?x }",
    ),
    (
        "what precedents does KHO:2015:2 rely on",
        "synonym",
        "SELECT ?x WHERE { <J kho/2015/2> sfcl:referenceToCaseLaw ?x }",
    ),
    (
        "What was the date of judgment in KHO:2015:4?",
        "synonym",
        "SELECT ?x WHERE { <J kho/2015/4> dcterms:date ?x }",
    ),
    (
        "What subjects is KKO:2019:3 indexed under?",
        "synonym",
        "SELECT ?x WHERE { <J kko/2019/3> dcterms:description ?x }",
    ),
    # other names (Finnish and Swedish terms, citation forms)
    (
        "Which decisions have the keyword skadestånd?",
        "alias",
        "SELECT ?x WHERE { ?x dcterms:description <C asiasana/vahingonkorvaus> }",
    ),
    (
        "cases tagged konkurssi",
        "alias",
        "SELECT ?x WHERE { ?x dcterms:description <C asiasana/konkurssi> }",
    ),
    (
        "who decided kho 2014:3",
        "alias",
        "SELECT ?x WHERE { <J kho/2014/3> dcterms:contributor ?x }",
    ),
    # misspellings
    (
        "Who were the judgse in KKO 2021:2",
        "typo",
        "SELECT ?x WHERE { <J kko/2021/2> dcterms:contributor ?x }",
    ),
    (
        "decisions about insurence contracts",
        "typo",
        "SELECT ?x WHERE { ?x dcterms:description <C asiasana/vakuutussopimus> }",
    ),
    (
        "which cases did judge Petteri Kalioniemi hear",
        "typo",
        "SELECT ?x WHERE { ?x dcterms:contributor <C henkilo/petteri-kallioniemi> }",
    ),
    # literals
    (
        "What is the summary of KKO:2021:1?",
        "literal",
        "SELECT ?x WHERE { <J kko/2021/1> sfcl:isRealizedBy/dcterms:abstract ?x }",
    ),
    (
        "What is the statute number of the Tort Liability Act?",
        "literal",
        "SELECT ?x WHERE { <http://data.finlex.fi/eli/sd/1974/412> eli:id_local ?x }",
    ),
    # unanswerable: the graph does not say
    ("Who was the rapporteur in KKO:2019:1?", "unanswerable", None),
    ("Which lower court decision did KKO:2019:3 review?", "unanswerable", None),
    ("Who were the parties in KKO:2019:3?", "unanswerable", None),
    ("Which later decisions cite KKO:2019:2?", "unanswerable", None),
    ("How long was the prison sentence in KKO:2019:1?", "unanswerable", None),
    ("When was Turun hovioikeus 15.3.2020 nro 2075 published?", "unanswerable", None),
    (
        "How did the EU Court of Justice answer the question referred in KHO:2015:4?",
        "unanswerable",
        None,
    ),
]


def names(g: Graph, x: object) -> set[str]:
    """Every name ``x`` carries (a literal: its lexical form)."""
    if isinstance(x, Literal):
        return {str(x)}
    assert isinstance(x, URIRef)
    out = {
        str(o)
        for p in (SKOS.prefLabel, SKOS.notation, RDFS.label, DCTERMS.isVersionOf, ELI.id_local)
        for o in g.objects(x, p)
    }
    for e in g.objects(x, SFCL.isRealizedBy):
        out |= {str(o) for o in g.objects(e, DCTERMS.title)}
    for e in g.objects(x, ELI.is_realized_by):
        out |= {str(o) for o in g.objects(e, ELI.title)}
    if not out:
        raise SystemExit(f"no name for {x}")
    return out


def expand(query: str) -> str:
    query = re.sub(r"<J ([^>]+)>", r"<http://data.finlex.fi/ecli/\1>", query)
    return PRE + re.sub(r"<C ([^>]+)>", r"<http://data.finlex.fi/common/\1>", query)


def main() -> None:
    g = Graph()
    g.parse(HERE / "caselaw.rdf", format="xml")
    lines = []
    for question, kind, query in QUESTIONS:
        answers: set[str] = set()
        if query is not None:
            rows = list(g.query(expand(query)))
            if not rows:
                raise SystemExit(f"no answer: {question}")
            for row in rows:
                answers |= names(g, row[0])
        lines.append(
            json.dumps(
                {"question": question, "answers": sorted(answers), "kind": kind}, ensure_ascii=False
            )
        )
    (HERE / "caselaw.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"caselaw.jsonl: {len(lines)} questions")


if __name__ == "__main__":
    main()
