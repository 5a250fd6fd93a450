# ruff: noqa: E501  (one SPARQL query a line)
"""Print legislation.jsonl: each question with its gold answers computed by rdflib SPARQL over
``legislation/*.jsonld`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form. An entity answers with every name it has, any of which names the right entity: an
act (``eli:LegalResource``, which holds no title itself) by each ``eli:title``,
``eli:title_short`` and ``eli:title_alternative`` of the expressions that realize it, in every
language, and by its ``eli:id_local`` (CELEX number); a code-list or EuroVoc concept by its
``skos:prefLabel`` and ``skos:altLabel`` in any language. Acts are named in the queries by their
ELI IRIs. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root:
``python bench/data/own/legislation_answers.py > bench/data/own/legislation.jsonl``.
"""

import json
from pathlib import Path

import rdflib

rdflib.NORMALIZE_LITERALS = False
HERE = Path(__file__).parent
g = rdflib.Graph()
for f in ("acts", "authority"):
    g.parse(HERE / "legislation" / f"{f}.jsonld", format="json-ld")
P = """PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX cb: <http://publications.europa.eu/resource/authority/corporate-body/>
PREFIX rt: <http://publications.europa.eu/resource/authority/resource-type/>
PREFIX ev: <http://eurovoc.europa.eu/>
"""
NAMES = """SELECT DISTINCT ?n WHERE {
  { ?e eli:realizes ?x . ?e eli:title|eli:title_short|eli:title_alternative ?n }
  UNION { ?x eli:id_local ?n } UNION { ?x skos:prefLabel|skos:altLabel ?n } }"""


def A(path: str) -> str:
    """The act at ``http://data.europa.eu/eli/<path>/oj``."""
    return f"<http://data.europa.eu/eli/{path}/oj>"


WFD, GWD, EQS, DRD, DRR = (
    A("dir/2000/60"),
    A("dir/2006/118"),
    A("dir/2008/105"),
    A("dir/2006/24"),
    A("reg/2021/1234"),
)
BATT, BATT_OLD, DGA, DATA, AI = (
    A("reg/2023/542"),
    A("dir/2006/66"),
    A("reg/2022/868"),
    A("reg/2023/2854"),
    A("reg/2024/1689"),
)
VAT, RED, ECO_OLD, ESPR, DW = (
    A("dir/2006/112"),
    A("dir/2018/2001"),
    A("dir/2009/125"),
    A("reg/2024/1781"),
    A("dir/2020/2184"),
)
SUP, EPBD_PUB, EPBD = A("dir/2019/904"), A("dir/2019/88"), A("dir/2024/310")


def AMENDS(a: str, b: str) -> str:
    """a amends b, stated either way."""
    return f"{{ {a} eli:amends {b} }} UNION {{ {b} eli:amended_by {a} }}"


def REPEALS(a: str, b: str) -> str:
    return f"{{ {a} eli:repeals {b} }} UNION {{ {b} eli:repealed_by {a} }}"


Q = [
    # 1hop
    ("Who adopted the Water Framework Directive?", "1hop", f"{WFD} eli:passed_by ?x"),
    ("Which Directorate-General is responsible for the Batteries Regulation?", "1hop", f"{BATT} eli:responsibility_of ?x"),
    ("What topics does the Data Governance Act cover?", "1hop", f"{DGA} eli:is_about ?x"),
    ("Is Directive 2019/88 still in force?", "1hop", f"{EPBD_PUB} eli:in_force ?x"),
    ("What type of act is Regulation (EU) 2021/1234?", "1hop", f"{DRR} eli:type_document ?x"),
    ("Which directive did the Batteries Regulation repeal?", "1hop", REPEALS(BATT, "?x")),
    ("Which act is Commission Implementing Regulation (EU) 2025/846 based on?", "1hop", f"{A('reg_impl/2025/846')} eli:based_on ?x"),
    # inverse
    ("Which acts amend the Water Framework Directive?", "inverse", AMENDS("?x", WFD)),
    ("Which acts cite the Water Framework Directive?", "inverse", f"?x eli:cites {WFD}"),
    ("Which act repealed the Data Retention Directive?", "inverse", REPEALS("?x", DRD)),
    ("Which Commission acts are based on the Artificial Intelligence Act?", "inverse", f"?x eli:based_on {AI}"),
    ("Which acts deal with artificial intelligence?", "inverse", "?x eli:is_about ev:3636"),
    # 2hop
    ("Who adopted the act that repealed the Data Retention Directive?", "2hop", f"{REPEALS('?a', DRD)} ?a eli:passed_by ?x"),
    ("When was the act that repealed Directive 2009/125/EC published?", "2hop", f"{REPEALS('?a', ECO_OLD)} ?a eli:date_publication ?x"),
    ("In which languages is the Drinking Water Directive available?", "2hop", f"?e eli:realizes {DW} ; eli:language ?x"),
    ("Which topics do the acts amending the Renewable Energy Directive cover?", "2hop", f"{AMENDS('?a', RED)} ?a eli:is_about ?x"),
    ("Which Directorate-General is responsible for the directive repealed by the Drinking Water Directive?", "2hop", f"{REPEALS(DW, '?a')} ?a eli:responsibility_of ?x"),
    # 3hop
    ("In which file formats is the Water Framework Directive published?", "3hop", f"?e eli:realizes {WFD} . ?f eli:embodies ?e ; eli:format ?x"),
    ("Which Directorate-General is responsible for the acts that amend the directive repealed by the Energy Performance of Buildings Directive?", "3hop", f"{REPEALS(EPBD, '?b')} {AMENDS('?a', '?b')} ?a eli:responsibility_of ?x"),
    ("What is the broader topic of the subjects of the directive repealed by the Drinking Water Directive?", "3hop", f"{REPEALS(DW, '?a')} ?a eli:is_about ?t . ?t skos:broader ?x"),
    # conjunction
    ("Which acts amend both Directive 2000/60/EC and Directive 2008/105/EC?", "conjunction", f"{AMENDS('?x', WFD)} {AMENDS('?x', EQS)}"),
    ("Which acts of the European Parliament and the Council are about data sharing?", "conjunction", "?x eli:passed_by cb:EP , cb:CONSIL ; eli:is_about ev:6409"),
    ("Which directives on value added tax did the Council adopt?", "conjunction", "?x eli:type_document rt:DIR ; eli:passed_by cb:CONSIL ; eli:is_about ev:1403"),
    # synonym
    ("Which laws modify the Renewable Energy Directive?", "synonym", AMENDS("?x", RED)),
    ("When did the data retention regulation enter into force?", "synonym", f"{DRR} eli:first_date_entry_in_force ?x"),
    ("Which institutions enacted the Drinking Water Directive?", "synonym", f"{DW} eli:passed_by ?x"),
    ("What replaced the Ecodesign Directive?", "synonym", REPEALS("?x", ECO_OLD)),
    ("What is the Single-Use Plastics Directive concerned with?", "synonym", f"{SUP} eli:is_about ?x"),
    ("Which department of the Commission handles the Artificial Intelligence Act?", "synonym", f"{AI} eli:responsibility_of ?x"),
    # alias
    ("Who adopted the Wasserrahmenrichtlinie?", "alias", f"{WFD} eli:passed_by ?x"),
    ("Which acts amend the directive-cadre sur l'eau?", "alias", AMENDS("?x", WFD)),
    ("When was the AI Act published?", "alias", f"{AI} eli:date_publication ?x"),
    ("Is RED II still in force?", "alias", f"{RED} eli:in_force ?x"),
    # typo
    ("Who adopted the Water Framwork Directive?", "typo", f"{WFD} eli:passed_by ?x"),
    ("When was the Baterries Regulation published?", "typo", f"{BATT} eli:date_publication ?x"),
    ("Which acts amend the Renewable Enrgy Directive?", "typo", AMENDS("?x", RED)),
    # literal
    ("When was Regulation (EU) 2021/1234 published?", "literal", f"{DRR} eli:date_publication ?x"),
    ("What is the CELEX number of the Data Act?", "literal", f"{DATA} eli:id_local ?x"),
    ("What is the French title of the Batteries Regulation?", "literal", f"?e eli:realizes {BATT} ; eli:title ?x . FILTER(lang(?x) = 'fr')"),
    ("What is the German short title of the Water Framework Directive?", "literal", f"?e eli:realizes {WFD} ; eli:title_short ?x . FILTER(lang(?x) = 'de')"),
    ("What is the date of adoption of the Groundwater Directive?", "literal", f"{GWD} eli:date_document ?x"),
]  # fmt: skip
# unanswerable: the graph holds whether an act is in force but no end date (eli:date_no_longer_in_force),
# the document's date but no proposal date, no transposition deadline, no court ruling, no rapporteur
UNANSWERABLE = [
    "When did the Data Retention Directive cease to be in force?",
    "Which court annulled the Data Retention Directive?",
    "Who was the European Parliament's rapporteur for the Artificial Intelligence Act?",
    "When was the Batteries Regulation proposed by the Commission?",
    "By when must Member States transpose the Drinking Water Directive?",
]


def answers(where: str) -> list[str]:
    found = [r[0] for r in g.query(P + f"SELECT DISTINCT ?x WHERE {{ {where} }}")]
    out: set[str] = set()
    for x in found:
        if isinstance(x, rdflib.Literal):
            out.add(str(x))
        else:
            out |= {str(r[0]) for r in g.query(P + NAMES, initBindings={"x": x})}
    return sorted(out)


def main() -> None:
    for text, kind, where in Q:
        found = answers(where)
        if not found:
            raise SystemExit(f"no answer: {text}")
        print(json.dumps({"question": text, "answers": found, "kind": kind}, ensure_ascii=False))
    for text in UNANSWERABLE:
        print(json.dumps({"question": text, "answers": [], "kind": "unanswerable"}))


if __name__ == "__main__":
    main()
