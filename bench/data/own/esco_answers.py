# ruff: noqa: E501  (one SPARQL query a line)
"""Print esco.jsonl: each question with its gold answers computed by SPARQL over esco.ttl.

An entity's answer is its English preferred label (``skosxl:prefLabel`` -> ``skosxl:literalForm``
with ``@en``), whether or not a plain ``skos:prefLabel`` copy exists. Essential / optional
skills are read in both directions (``relatedEssentialSkill`` from the occupation or
``isEssentialSkillFor`` from the skill), as the dump states some pairs only one way. "Needs",
"requires", "must have" mean essential; "optional", "nice to have" mean optional; "among their
skills" means either. Run from the repository root:
``python bench/data/own/esco_answers.py > bench/data/own/esco.jsonl``.
"""

import json

import rdflib

rdflib.NORMALIZE_LITERALS = False  # a date-time's answer is its lexical form as written ("...Z")
g = rdflib.Graph()
g.parse("bench/data/own/esco.ttl", format="turtle")
P = """PREFIX esco: <http://data.europa.eu/esco/model#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX skosxl: <http://www.w3.org/2008/05/skos-xl#> PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def N(v: str, name: str) -> str:
    """v is the concept whose English preferred label is ``name``."""
    return f'{v} skosxl:prefLabel/skosxl:literalForm "{name}"@en .'


def EN(v: str, a: str = "?a") -> str:
    """a is v's English preferred label."""
    return f'{v} skosxl:prefLabel/skosxl:literalForm {a} . FILTER(lang({a}) = "en")'


def ESS(o: str, s: str) -> str:
    return f"{{ {o} esco:relatedEssentialSkill {s} }} UNION {{ {s} esco:isEssentialSkillFor {o} }}"


def OPT(o: str, s: str) -> str:
    return f"{{ {o} esco:relatedOptionalSkill {s} }} UNION {{ {s} esco:isOptionalSkillFor {o} }}"


def ANY(o: str, s: str) -> str:
    return f"{{ {ESS(o, s)} }} UNION {{ {OPT(o, s)} }}"


def ISCO(v: str, code: str) -> str:
    return f'{v} skos:notation ?n_{code} . FILTER(str(?n_{code}) = "{code}")'


Q = [
    # 1hop
    ("what skills does a baker need", "1hop", f"SELECT ?a WHERE {{ {N('?o', 'baker')} {ESS('?o', '?s')} {EN('?s')} }}"),
    ("Which essential skills are listed for the pharmacist occupation?", "1hop", f"SELECT ?a WHERE {{ {N('?o', 'pharmacist')} {ESS('?o', '?s')} {EN('?s')} }}"),
    ("optional skills for a web developer", "1hop", f"SELECT ?a WHERE {{ {N('?o', 'web developer')} {OPT('?o', '?s')} {EN('?s')} }}"),
    ("what ISCO group is a welder in?", "1hop", f"SELECT ?a WHERE {{ {N('?o', 'welder')} ?o skos:broader ?g . {EN('?g')} }}"),
    ("is pharmacology knowledge or a skill?", "1hop", f"SELECT ?a WHERE {{ {N('?s', 'pharmacology')} ?s esco:skillType ?t . {EN('?t')} }}"),
    ("what is the reuse level of work in teams", "1hop", f"SELECT ?a WHERE {{ {N('?s', 'work in teams')} ?s esco:skillReuseLevel ?t . {EN('?t')} }}"),
    ("Which skill group does debug software belong to?", "1hop", f"SELECT ?a WHERE {{ {N('?s', 'debug software')} ?s skos:broader ?t . {EN('?t')} }}"),
    ("what is the parent group of Software developers in ISCO", "1hop", f"SELECT ?a WHERE {{ {ISCO('?c', '2512')} ?c skos:broader ?t . {EN('?t')} }}"),
    ("What is the broader occupation of integration engineer?", "1hop", f"SELECT ?a WHERE {{ {N('?s', 'integration engineer')} ?s skos:broader ?t . {EN('?t')} }}"),
    ("essential skills of a forklift operator", "1hop", f"SELECT ?a WHERE {{ {N('?o', 'forklift operator')} {ESS('?o', '?s')} {EN('?s')} }}"),
    # inverse
    ("which occupations require the skill operate forklift", "inverse", f"SELECT ?a WHERE {{ {N('?s', 'operate forklift')} {ESS('?o', '?s')} {EN('?o')} }}"),
    ("What jobs need SQL as an essential skill?", "inverse", f"SELECT ?a WHERE {{ {N('?s', 'SQL')} {ESS('?o', '?s')} {EN('?o')} }}"),
    ("which occupations have prepare lesson content as an essential skill", "inverse", f"SELECT ?a WHERE {{ {N('?s', 'prepare lesson content')} {ESS('?o', '?s')} {EN('?o')} }}"),
    ("Which occupations are in the ISCO group Bakers, pastry-cooks and confectionery makers?", "inverse", f"SELECT ?a WHERE {{ {ISCO('?c', '7512')} ?o skos:broader ?c . ?o a esco:Occupation . {EN('?o')} }}"),
    ("which occupations list think critically as an optional skill", "inverse", f"SELECT ?a WHERE {{ {N('?s', 'think critically')} {OPT('?o', '?s')} {EN('?o')} }}"),
    ("what occupations fall under the Chefs group", "inverse", f"SELECT ?a WHERE {{ {ISCO('?c', '3434')} ?o skos:broader ?c . ?o a esco:Occupation . {EN('?o')} }}"),
    # 2hop
    ("What ISCO minor group does a welder belong to?", "2hop", f"SELECT ?a WHERE {{ {N('?o', 'welder')} ?o skos:broader/skos:broader ?t . {EN('?t')} }}"),
    ("which ISCO unit group is the integration engineer in", "2hop", f"SELECT ?a WHERE {{ {N('?o', 'integration engineer')} ?o skos:broader/skos:broader ?t . ?t a esco:ISCOGroup . {EN('?t')} }}"),
    ("what other occupations are in the same ISCO group as baker", "2hop", f"SELECT ?a WHERE {{ {N('?b', 'baker')} ?b skos:broader ?c . ?o skos:broader ?c . ?o a esco:Occupation . FILTER(?o != ?b) {EN('?o')} }}"),
    ("what are the essential skills of the occupations in the ISCO unit group Cooks", "2hop", f"SELECT ?a WHERE {{ {ISCO('?c', '5120')} ?o skos:broader ?c . ?o a esco:Occupation . {ESS('?o', '?s')} {EN('?s')} }}"),
    ("what ISCO minor group are taxi drivers in", "2hop", f"SELECT ?a WHERE {{ {N('?o', 'taxi driver')} ?o skos:broader/skos:broader ?t . {EN('?t')} }}"),
    ("which jobs are in the same ISCO unit group as a head chef", "2hop", f"SELECT ?a WHERE {{ {N('?b', 'head chef')} ?b skos:broader ?c . ?o skos:broader ?c . ?o a esco:Occupation . FILTER(?o != ?b) {EN('?o')} }}"),
    ("What are the essential skills of the broader occupation of embedded systems software developer?", "2hop", f"SELECT ?a WHERE {{ {N('?b', 'embedded systems software developer')} ?b skos:broader ?o . {ESS('?o', '?s')} {EN('?s')} }}"),
    # 3hop
    ("what is the sub-major ISCO group of a baker", "3hop", f"SELECT ?a WHERE {{ {N('?o', 'baker')} ?o skos:broader/skos:broader/skos:broader ?t . {EN('?t')} }}"),
    ("which ISCO minor group does an integration engineer fall under", "3hop", f"SELECT ?a WHERE {{ {N('?o', 'integration engineer')} ?o skos:broader/skos:broader/skos:broader ?t . {EN('?t')} }}"),
    ("Which ISCO sub-major group is a pharmacist in?", "3hop", f"SELECT ?a WHERE {{ {N('?o', 'pharmacist')} ?o skos:broader/skos:broader/skos:broader ?t . {EN('?t')} }}"),
    ("which ISCO major group is the unit group Software developers part of", "3hop", f"SELECT ?a WHERE {{ {ISCO('?c', '2512')} ?c skos:broader/skos:broader/skos:broader ?t . {EN('?t')} }}"),
    # conjunction
    ("Which occupations need both human anatomy and pharmacology?", "conjunction", f"SELECT ?a WHERE {{ {N('?s1', 'human anatomy')} {N('?s2', 'pharmacology')} {ESS('?o', '?s1')} {ESS('?o', '?s2')} {EN('?o')} }}"),
    ("what skills are essential for both a baker and a pastry maker", "conjunction", f"SELECT ?a WHERE {{ {N('?o1', 'baker')} {N('?o2', 'pastry maker')} {ESS('?o1', '?s')} {ESS('?o2', '?s')} {EN('?s')} }}"),
    ("What essential knowledge does a general practitioner need?", "conjunction", f"SELECT ?a WHERE {{ {N('?o', 'general practitioner')} {ESS('?o', '?s')} ?s esco:skillType <http://data.europa.eu/esco/skill-type/knowledge> . {EN('?s')} }}"),
    ("which skills do a cook and a head chef both require", "conjunction", f"SELECT ?a WHERE {{ {N('?o1', 'cook')} {N('?o2', 'head chef')} {ESS('?o1', '?s')} {ESS('?o2', '?s')} {EN('?s')} }}"),
    ("which jobs have both SQL and Python among their skills", "conjunction", f"SELECT ?a WHERE {{ {N('?s1', 'SQL')} {N('?s2', 'Python (computer programming)')} {ANY('?o', '?s1')} {ANY('?o', '?s2')} {EN('?o')} }}"),
    # synonym
    ("what does a taxi driver have to know", "synonym", f"SELECT ?a WHERE {{ {N('?o', 'taxi driver')} {ESS('?o', '?s')} {EN('?s')} }}"),
    ("what abilities are nice to have for a data scientist", "synonym", f"SELECT ?a WHERE {{ {N('?o', 'data scientist')} {OPT('?o', '?s')} {EN('?s')} }}"),
    ("which professions call for arc welding", "synonym", f"SELECT ?a WHERE {{ {N('?s', 'use arc welding techniques')} {ESS('?o', '?s')} {EN('?o')} }}"),
    ("what are the must-have competences of a plumber", "synonym", f"SELECT ?a WHERE {{ {N('?o', 'plumber')} {ESS('?o', '?s')} {EN('?s')} }}"),
    ("what occupational classification does a forklift operator have", "synonym", f"SELECT ?a WHERE {{ {N('?o', 'forklift operator')} ?o skos:broader ?t . {EN('?t')} }}"),
    # alias
    ("what skills does a GP need", "alias", f"SELECT ?a WHERE {{ {N('?o', 'general practitioner')} {ESS('?o', '?s')} {EN('?s')} }}"),
    ("which ISCO group does a Bäcker belong to", "alias", f"SELECT ?a WHERE {{ {N('?o', 'baker')} ?o skos:broader ?t . {EN('?t')} }}"),
    ("essential skills for a CEO", "alias", f"SELECT ?a WHERE {{ {N('?o', 'chief executive officer')} {ESS('?o', '?s')} {EN('?s')} }}"),
    ("what are the optional skills of a mixologist", "alias", f"SELECT ?a WHERE {{ {N('?o', 'bartender')} {OPT('?o', '?s')} {EN('?s')} }}"),
    ("essential skills of a sage-femme", "alias", f"SELECT ?a WHERE {{ {N('?o', 'midwife')} {ESS('?o', '?s')} {EN('?s')} }}"),
    # typo
    ("what skils does a pharmasist need", "typo", f"SELECT ?a WHERE {{ {N('?o', 'pharmacist')} {ESS('?o', '?s')} {EN('?s')} }}"),
    ("which ISCO group is a plumbr in", "typo", f"SELECT ?a WHERE {{ {N('?o', 'plumber')} ?o skos:broader ?t . {EN('?t')} }}"),
    ("optional skills for an acountant", "typo", f"SELECT ?a WHERE {{ {N('?o', 'accountant')} {OPT('?o', '?s')} {EN('?s')} }}"),
    ("what kind of skill is machine lerning", "typo", f"SELECT ?a WHERE {{ {N('?s', 'machine learning')} ?s esco:skillType ?t . {EN('?t')} }}"),
    # literal
    ("what is the ISCO code for pharmacists", "literal", f"SELECT ?a WHERE {{ {N('?c', 'Pharmacists')} ?c skos:notation ?n . BIND(str(?n) AS ?a) }}"),
    ("What is the ESCO code of the taxi driver occupation?", "literal", f"SELECT ?a WHERE {{ {N('?o', 'taxi driver')} ?o esco:code ?a }}"),
    ("when was the welder occupation last modified", "literal", f"SELECT ?a WHERE {{ {N('?o', 'welder')} ?o dcterms:modified ?a }}"),
    ("what is the description of apply HACCP", "literal", f'SELECT ?a WHERE {{ {N("?s", "apply HACCP")} {{ ?s dcterms:description ?a . FILTER(isLiteral(?a)) }} UNION {{ ?s dcterms:description ?d . ?d esco:nodeLiteral ?a }} FILTER(lang(?a) = "en") }}'),
]  # fmt: skip
# unanswerable: no salary, head count, employer or training-duration property exists
UNANSWERABLE = [
    "what is the average salary of a data scientist",
    "How many nurses work in Germany?",
    "which companies are hiring welders",
    "how long does it take to train as a midwife",
]


def main() -> None:
    for text, kind, query in Q:
        rows = g.query(P + query)
        answers = sorted({str(r[0]) for r in rows})
        if not answers:
            raise SystemExit(f"no answer: {text}")
        print(json.dumps({"question": text, "answers": answers, "kind": kind}, ensure_ascii=False))
    for text in UNANSWERABLE:
        print(json.dumps({"question": text, "answers": [], "kind": "unanswerable"}))


if __name__ == "__main__":
    main()
