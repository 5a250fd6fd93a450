# ruff: noqa: E501  (one question a line)
"""Gold answers of ``cve.jsonl``, computed with rdflib SPARQL over ``cve.nt.gz`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form (``9.8``, ``2017-03-11T02:59:00``, ``CRITICAL``); an entity with every name it
carries: a vulnerability, weakness or attack pattern its code (``cve:id``, ``cwe:id``,
``capec:id``) and its ``cwe:name`` / ``capec:name`` / ``skos:altLabel``; a CPE entry its
``dcterms:title`` and ``cpe:id``; a product its ``rdfs:label`` and ``cpe:productName``; a vendor
its ``cpe:vendorName``; a CVSS code value its ``rdfs:label``. ``{Name}`` in a query stands for the
one resource that carries ``Name`` as one of those names. Unanswerable questions carry no query
and ``answers: []``. Run from the repository root: ``python bench/data/own/cve_answers.py``.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from _answers_common import named_iris, names_under, write_answers
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, SKOS

HERE = Path(__file__).parent
VOC = "http://w3id.org/sepses/vocab/ref/"
PRE = f"""PREFIX cve: <{VOC}cve#>
PREFIX cwe: <{VOC}cwe#>
PREFIX capec: <{VOC}capec#>
PREFIX cpe: <{VOC}cpe#>
PREFIX cvss: <{VOC}cvss#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
NAMES = [
    URIRef(VOC + "cve#id"),
    URIRef(VOC + "cwe#id"),
    URIRef(VOC + "cwe#name"),
    URIRef(VOC + "capec#id"),
    URIRef(VOC + "capec#name"),
    URIRef(VOC + "cpe#id"),
    URIRef(VOC + "cpe#productName"),
    URIRef(VOC + "cpe#vendorName"),
    DCTERMS.title,
    RDFS.label,
    SKOS.altLabel,
]
AFFECTS = "{E} cve:hasVulnerableConfiguration/cve:hasCPE"
HITS = "?x cve:hasVulnerableConfiguration/cve:hasCPE/cpe:hasProduct {P}"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Which weakness is CVE-2017-5638 classified under?",
        "1hop",
        "SELECT ?x WHERE { {CVE-2017-5638} cve:hasCWE ?x }",
    ),
    (
        "When was CVE-2017-5638 published?",
        "literal",
        "SELECT ?x WHERE { {CVE-2017-5638} dcterms:issued ?x }",
    ),
    ("What is CWE-352 called?", "1hop", "SELECT ?x WHERE { {CWE-352} cwe:name ?x }"),
    (
        "What is the parent weakness of CWE-78?",
        "1hop",
        "SELECT ?x WHERE { {CWE-78} cwe:childOf ?x }",
    ),
    (
        "Which weaknesses does CAPEC-664 exploit?",
        "1hop",
        "SELECT ?x WHERE { {CAPEC-664} capec:hasRelatedWeakness ?x }",
    ),
    (
        "What is the likelihood of attack for CAPEC-66?",
        "literal",
        "SELECT ?x WHERE { {CAPEC-66} capec:likelihoodOfAttack ?x }",
    ),
    (
        "Who is the vendor of Fortinet FortiOS?",
        "1hop",
        "SELECT ?x WHERE { {Fortinet FortiOS} cpe:hasVendor ?x }",
    ),
    # CVSS through the metric node
    (
        "What's the CVSS score of CVE-2022-22965?",
        "2hop",
        "SELECT ?x WHERE { {CVE-2022-22965} cve:hasCVSS3BaseMetric/cvss:baseScore ?x }",
    ),
    (
        "How severe is CVE-2023-34362?",
        "2hop",
        "SELECT ?x WHERE { {CVE-2023-34362} cve:hasCVSS3BaseMetric/cvss:baseSeverity ?x }",
    ),
    (
        "What is the attack vector of CVE-2022-40684?",
        "2hop",
        "SELECT ?x WHERE { {CVE-2022-40684} cve:hasCVSS3BaseMetric/cvss:attackVector ?x }",
    ),
    (
        "What is the CVSS vector string of CVE-2021-44228?",
        "literal",
        "SELECT ?x WHERE { {CVE-2021-44228} cve:hasCVSS3BaseMetric/cvss:vectorString ?x }",
    ),
    (
        "What is the exploitability score of CVE-2020-1938?",
        "literal",
        "SELECT ?x WHERE { {CVE-2020-1938} cve:hasCVSS3BaseMetric/cvss:exploitabilityScore ?x }",
    ),
    (
        "Does exploiting CVE-2021-34527 require privileges?",
        "2hop",
        "SELECT ?x WHERE { {CVE-2021-34527} cve:hasCVSS3BaseMetric/cvss:privilegesRequired ?x }",
    ),
    # inverse
    (
        "What attack patterns exploit CWE-79?",
        "inverse",
        "SELECT ?x WHERE { ?x capec:hasRelatedWeakness {CWE-79} }",
    ),
    ("Which CVEs are caused by CWE-917?", "inverse", "SELECT ?x WHERE { ?x cve:hasCWE {CWE-917} }"),
    (
        "What are the child weaknesses of CWE-119?",
        "inverse",
        "SELECT ?x WHERE { ?x cwe:childOf {CWE-119} }",
    ),
    (
        "Which products does Citrix make?",
        "inverse",
        "SELECT ?x WHERE { ?x a cpe:Product ; cpe:hasVendor {citrix} }",
    ),
    # affected products and the vulnerabilities of a product (through the configuration)
    (
        "Which products does CVE-2023-34362 affect?",
        "2hop",
        f"SELECT ?x WHERE {{ {{ {AFFECTS} ?x }} UNION {{ {AFFECTS}/cpe:hasProduct ?x }} }}".replace(
            "{E}", "{CVE-2023-34362}"
        ),
    ),
    (
        "Which vulnerabilities hit Apache Tomcat?",
        "3hop",
        f"SELECT ?x WHERE {{ {HITS} }}".replace("{P}", "{Apache Tomcat}"),
    ),
    (
        "Which CVEs affect Apache Log4j 2.15.0?",
        "2hop",
        "SELECT ?x WHERE { ?x cve:hasVulnerableConfiguration/cve:hasCPE {Apache Log4j 2.15.0} }",
    ),
    (
        "Who is the vendor of the product affected by CVE-2023-4966?",
        "3hop",
        "SELECT ?x WHERE { {CVE-2023-4966} cve:hasVulnerableConfiguration/cve:hasCPE/cpe:hasVendor ?x }",
    ),
    # two and three hops
    (
        "Which attack patterns can be used against the weakness behind CVE-2023-34362?",
        "2hop",
        "SELECT ?x WHERE { {CVE-2023-34362} cve:hasCWE ?w . ?x capec:hasRelatedWeakness ?w }",
    ),
    (
        "What is the parent weakness of the flaw in CVE-2021-41773?",
        "2hop",
        "SELECT ?x WHERE { {CVE-2021-41773} cve:hasCWE/cwe:childOf ?x }",
    ),
    (
        "What is the name of the weakness of CVE-2020-14882?",
        "2hop",
        "SELECT ?x WHERE { {CVE-2020-14882} cve:hasCWE/cwe:name ?x }",
    ),
    (
        "Which attack patterns target the parent of CWE-79?",
        "2hop",
        "SELECT ?x WHERE { {CWE-79} cwe:childOf ?p . ?x capec:hasRelatedWeakness ?p }",
    ),
    (
        "Which vendors make software affected by CVE-2021-44228?",
        "3hop",
        "SELECT ?x WHERE { {CVE-2021-44228} cve:hasVulnerableConfiguration/cve:hasCPE/cpe:hasVendor ?x }",
    ),
    (
        "Which weaknesses lie behind the vulnerabilities of Atlassian Confluence Server?",
        "3hop",
        "SELECT ?x WHERE { ?v cve:hasVulnerableConfiguration/cve:hasCPE/cpe:hasProduct {Atlassian Confluence Server} ; cve:hasCWE ?x }",
    ),
    # conjunction
    (
        "Which attack patterns exploit both CWE-119 and CWE-787?",
        "conjunction",
        "SELECT ?x WHERE { ?x capec:hasRelatedWeakness {CWE-119}, {CWE-787} }",
    ),
    (
        "Which vulnerabilities of Microsoft Windows 10 are caused by CWE-269?",
        "conjunction",
        "SELECT DISTINCT ?x WHERE { ?x cve:hasCWE {CWE-269} . "
        + HITS.replace("{P}", "{Microsoft Windows 10}")
        + " }",
    ),
    (
        "Which CVEs affect both Microsoft Windows 10 and Windows Server 2019?",
        "conjunction",
        "SELECT DISTINCT ?x WHERE { "
        + HITS.replace("{P}", "{Microsoft Windows 10}")
        + " . "
        + HITS.replace("{P}", "{Microsoft Windows Server 2019}")
        + " }",
    ),
    # synonyms of the relation
    (
        "What flaw type underlies CVE-2019-0708?",
        "synonym",
        "SELECT ?x WHERE { {CVE-2019-0708} cve:hasCWE ?x }",
    ),
    (
        "What's the risk rating of CVE-2022-26134?",
        "synonym",
        "SELECT ?x WHERE { {CVE-2022-26134} cve:hasCVSS3BaseMetric/cvss:baseSeverity ?x }",
    ),
    (
        "When was CVE-2014-0160 last updated?",
        "synonym",
        "SELECT ?x WHERE { {CVE-2014-0160} dcterms:modified ?x }",
    ),
    (
        "Which software is impacted by CVE-2022-42889?",
        "synonym",
        f"SELECT ?x WHERE {{ {{ {AFFECTS} ?x }} UNION {{ {AFFECTS}/cpe:hasProduct ?x }} }}".replace(
            "{E}", "{CVE-2022-42889}"
        ),
    ),
    (
        "How is CVE-2016-5195 exploited, locally or over the network?",
        "synonym",
        "SELECT ?x WHERE { {CVE-2016-5195} cve:hasCVSS3BaseMetric/cvss:attackVector ?x }",
    ),
    # aliases (the name the press gave it)
    (
        "What weakness is behind Log4Shell?",
        "alias",
        "SELECT ?x WHERE { {Log4Shell} cve:hasCWE ?x }",
    ),
    (
        "How severe is Spring4Shell?",
        "alias",
        "SELECT ?x WHERE { {Spring4Shell} cve:hasCVSS3BaseMetric/cvss:baseSeverity ?x }",
    ),
    (
        "Which products does ProxyLogon affect?",
        "alias",
        f"SELECT ?x WHERE {{ {{ {AFFECTS} ?x }} UNION {{ {AFFECTS}/cpe:hasProduct ?x }} }}".replace(
            "{E}", "{ProxyLogon}"
        ),
    ),
    ("What CWE is Zerologon?", "alias", "SELECT ?x WHERE { {Zerologon} cve:hasCWE ?x }"),
    ("What's the CVE number of Heartbleed?", "alias", "SELECT ?x WHERE { {Heartbleed} cve:id ?x }"),
    # misspelt product names
    (
        "Which vulnerabilities affect Apache Tomact?",
        "typo",
        f"SELECT ?x WHERE {{ {HITS} }}".replace("{P}", "{Apache Tomcat}"),
    ),
    (
        "Which CVEs hit Atlassian Confluance Server?",
        "typo",
        f"SELECT ?x WHERE {{ {HITS} }}".replace("{P}", "{Atlassian Confluence Server}"),
    ),
    (
        "Who makes Progres MOVEit Transfer?",
        "typo",
        "SELECT ?x WHERE { {Progress MOVEit Transfer} cpe:hasVendor ?x }",
    ),
    # what the graph does not hold (some a near relation)
    ("When was the patch for CVE-2021-44228 released?", "unanswerable", None),
    ("Who discovered Heartbleed?", "unanswerable", None),
    ("What is the EPSS score of CVE-2023-34362?", "unanswerable", None),
    ("Which ransomware groups have exploited CVE-2023-4966?", "unanswerable", None),
    ("How many servers are still vulnerable to CVE-2014-6271?", "unanswerable", None),
]


def by_name(g: Graph, sparql: str) -> str:
    """``{Name}`` -> the IRI of the one resource that carries ``Name`` as a name."""

    def find(m: re.Match[str]) -> set[object]:
        found = {
            s for p in NAMES for o in g.objects(None, p) if str(o) == m[1] for s in g.subjects(p, o)
        }
        # a product without versions shares its title with its one CPE entry: the product
        return {s for s in found if (s, RDF.type, URIRef(VOC + "cpe#Product")) in g} or found

    return named_iris(sparql, find)


def main() -> None:
    g = Graph()
    with gzip.open(HERE / "cve.nt.gz", "rb") as f:
        g.parse(f, format="nt")
    write_answers(
        HERE / "cve.jsonl",
        QUESTIONS,
        lambda sparql: {
            a for r in g.query(PRE + by_name(g, sparql)) for a in names_under(g, r[0], NAMES)
        },
    )


if __name__ == "__main__":
    main()
