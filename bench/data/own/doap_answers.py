# ruff: noqa: E501  (one SPARQL query a line)
"""Print doap.jsonl: each question with its gold answers computed by SPARQL over doap/*.rdf.

An entity's answer is its name: ``doap:name``, ``foaf:name`` or ``spdx:name`` as its own file
gives it (a person listed by two projects under two spellings is named by the file the
question reaches), else its IRI's last segment (SPDX licence and category IRIs). One person is
the nodes sharing an ``foaf:mbox_sha1sum`` or ``foaf:mbox`` (FOAF's inverse functional
properties): ``SAME`` below joins them.
Run from the repository root: ``python bench/data/own/doap_answers.py > bench/data/own/doap.jsonl``.
"""

from pathlib import Path

import rdflib
from _answers_common import print_answers

HERE = Path(__file__).parent / "doap"
g = rdflib.Graph()
for f in sorted(HERE.glob("*.rdf")):
    g.parse(f, format="xml")

NAMES = [
    rdflib.URIRef(u)
    for u in (
        "http://usefulinc.com/ns/doap#name",
        "http://xmlns.com/foaf/0.1/name",
        "http://spdx.org/rdf/terms#name",
    )
]


def label(term):
    if isinstance(term, rdflib.Literal):
        return str(term)
    for p in NAMES:
        names = sorted(str(n) for n in g.objects(term, p))
        if names:
            return names[0]
    return str(term).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


P = """PREFIX doap: <http://usefulinc.com/ns/doap#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX spdx: <http://spdx.org/rdf/terms#>
"""
KEY = "(foaf:mbox_sha1sum|foaf:mbox)"
DEP = "spdx:relationship [spdx:relationshipType spdx:relationshipType_dependsOn; spdx:relatedSpdxElement"
Q = [
    # ---------------------------------------------------------------- 1hop
    ("who maintains flask", "1hop", "SELECT ?a WHERE {?p doap:name 'Flask'; doap:maintainer ?a}"),
    (
        "what license is serde under?",
        "1hop",
        "SELECT ?a WHERE {?p doap:name 'serde'; doap:license ?a}",
    ),
    (
        "What language is Apache Lucene written in?",
        "1hop",
        "SELECT ?a WHERE {?p a doap:Project; doap:name 'Apache Lucene'@en; doap:programming-language ?a}",
    ),
    (
        "which category is apache maven in",
        "1hop",
        "SELECT ?a WHERE {?p a doap:Project; doap:name 'Apache Maven'@en; doap:category ?a}",
    ),
    (
        "who are the developers of tokio",
        "1hop",
        "SELECT ?a WHERE {?p doap:name 'tokio'; doap:developer ?a}",
    ),
    (
        "What does Flask depend on?",
        "1hop",
        f"SELECT ?a WHERE {{?p a spdx:Package; spdx:name 'Flask'; {DEP} ?a]}}",
    ),
    (
        "what licence does certifi have",
        "1hop",
        "SELECT ?a WHERE {?p spdx:name 'certifi'; spdx:licenseDeclared ?a}",
    ),
    (
        "Who maintains Apache Kafka?",
        "1hop",
        "SELECT ?a WHERE {?p a doap:Project; doap:name 'Apache Kafka'@en; doap:maintainer ?a}",
    ),
    (
        "what is pandas written in",
        "1hop",
        "SELECT ?a WHERE {?p doap:name 'pandas'; doap:programming-language ?a}",
    ),
    ("httpcore dependencies", "1hop", f"SELECT ?a WHERE {{?p spdx:name 'httpcore'; {DEP} ?a]}}"),
    # ---------------------------------------------------------------- inverse
    (
        "which projects are written in Rust?",
        "inverse",
        "SELECT ?a WHERE {?a doap:programming-language 'Rust'}",
    ),
    (
        "what projects does Priya Raghunathan maintain",
        "inverse",
        f"SELECT ?a WHERE {{?x foaf:name 'Priya Raghunathan'; {KEY} ?k. ?y {KEY} ?k. ?a doap:maintainer ?y}}",
    ),
    (
        "Which projects is Hannah Oduya a maintainer of?",
        "inverse",
        f"SELECT ?a WHERE {{?x foaf:name 'Hannah Oduya'@en; {KEY} ?k. ?y {KEY} ?k. ?a doap:maintainer ?y}}",
    ),
    (
        "which packages depend on commons-io",
        "inverse",
        f"SELECT ?a WHERE {{?d spdx:name 'commons-io'. ?a {DEP} ?d]}}",
    ),
    (
        "what depends on certifi?",
        "inverse",
        f"SELECT ?a WHERE {{?d spdx:name 'certifi'. ?a {DEP} ?d]}}",
    ),
    (
        "which projects are in the library category",
        "inverse",
        "SELECT ?a WHERE {?a doap:category <http://projects.apache.org/category/library>}",
    ),
    # ---------------------------------------------------------------- 2hop
    (
        "when was kafka 3.6.0 released",
        "2hop",
        "SELECT ?a WHERE {?p a doap:Project; doap:name 'Apache Kafka'@en; doap:release [doap:revision '3.6.0'@en; doap:created ?a]}",
    ),
    (
        "what licenses do Eleanor Whitfield's projects use?",
        "2hop",
        f"SELECT ?a WHERE {{?x foaf:name 'Eleanor Whitfield'; {KEY} ?k. ?y {KEY} ?k. ?p doap:maintainer|doap:developer ?y; doap:license ?a}}",
    ),
    (
        "which languages do Kenji Watanabe's projects use",
        "2hop",
        f"SELECT ?a WHERE {{?x foaf:name 'Kenji Watanabe'; {KEY} ?k. ?y {KEY} ?k. ?p doap:maintainer|doap:developer ?y; doap:programming-language ?a}}",
    ),
    (
        "who maintains the big-data projects?",
        "2hop",
        "SELECT ?a WHERE {?p doap:category <http://projects.apache.org/category/big-data>; doap:maintainer ?a}",
    ),
    (
        "what licences do the dependencies of requests have",
        "2hop",
        f"SELECT ?a WHERE {{?p spdx:name 'requests'; {DEP} ?d]. ?d spdx:licenseDeclared ?a}}",
    ),
    (
        "what do flask's dependencies depend on",
        "2hop",
        f"SELECT ?a WHERE {{?p a spdx:Package; spdx:name 'Flask'; {DEP} ?d]. ?d {DEP} ?a]}}",
    ),
    (
        "who develops the projects that Zoe Castellano maintains?",
        "2hop",
        f"SELECT ?a WHERE {{?x foaf:name 'Zoe Castellano'; {KEY} ?k. ?y {KEY} ?k. ?p doap:maintainer ?y; doap:developer ?a}}",
    ),
    # ---------------------------------------------------------------- 3hop
    (
        "what licenses are used by the dependencies of ledgerly-api's dependencies",
        "3hop",
        f"SELECT ?a WHERE {{?p spdx:name 'ledgerly-api'; {DEP} ?d]. ?d {DEP} ?e]. ?e spdx:licenseDeclared ?a}}",
    ),
    (
        "what categories are the projects of the Apache Lucene developers in",
        "3hop",
        f"SELECT ?a WHERE {{?l a doap:Project; doap:name 'Apache Lucene'@en; doap:developer ?x. ?x {KEY} ?k. ?y {KEY} ?k. ?p doap:developer ?y; doap:category ?a}}",
    ),
    (
        "under what licenses are the projects maintained by the pandas maintainers",
        "3hop",
        f"SELECT ?a WHERE {{?l doap:name 'pandas'; doap:maintainer ?x. ?x {KEY} ?k. ?y {KEY} ?k. ?p doap:maintainer ?y; doap:license ?a}}",
    ),
    # ---------------------------------------------------------------- conjunction
    (
        "which projects are written in Python and licensed under MIT",
        "conjunction",
        "SELECT ?a WHERE {?a doap:programming-language 'Python'; doap:license <https://spdx.org/licenses/MIT>}",
    ),
    (
        "Which Rust crates are licensed under both MIT and Apache-2.0?",
        "conjunction",
        "SELECT ?a WHERE {?a doap:programming-language 'Rust'; doap:license <https://spdx.org/licenses/MIT>, <https://spdx.org/licenses/Apache-2.0>}",
    ),
    (
        "who develops both clap and regex",
        "conjunction",
        f"SELECT ?a WHERE {{?c doap:name 'clap'; doap:developer ?a. ?a {KEY} ?k. ?r doap:name 'regex'; doap:developer [{KEY} ?k]}}",
    ),
    (
        "which packages do both httpx and anyio depend on?",
        "conjunction",
        f"SELECT ?a WHERE {{?h spdx:name 'httpx'; {DEP} ?a]. ?n spdx:name 'anyio'; {DEP} ?a]}}",
    ),
    # ---------------------------------------------------------------- synonym
    (
        "who looks after pandas?",
        "synonym",
        "SELECT ?a WHERE {?p doap:name 'pandas'; doap:maintainer ?a}",
    ),
    (
        "who contributes to serde",
        "synonym",
        "SELECT ?a WHERE {?p doap:name 'serde'; doap:developer ?a}",
    ),
    (
        "which packages does pydantic require",
        "synonym",
        f"SELECT ?a WHERE {{?p spdx:name 'pydantic'; {DEP} ?a]}}",
    ),
    (
        "what topics is lucene filed under",
        "synonym",
        "SELECT ?a WHERE {?p a doap:Project; doap:name 'Apache Lucene'@en; doap:category ?a}",
    ),
    (
        "what coding language is clap in?",
        "synonym",
        "SELECT ?a WHERE {?p doap:name 'clap'; doap:programming-language ?a}",
    ),
    # ---------------------------------------------------------------- alias
    (
        "which crates does mfernandez maintain",
        "alias",
        f"SELECT ?a WHERE {{?x foaf:nick 'mfernandez'; {KEY} ?k. ?y {KEY} ?k. ?a doap:maintainer ?y}}",
    ),
    (
        "which projects does Jon Hartley maintain?",
        "alias",
        f"SELECT ?a WHERE {{?x foaf:name 'Jon Hartley'; {KEY} ?k. ?y {KEY} ?k. ?a doap:maintainer ?y}}",
    ),
    (
        "who maintains log4j",
        "alias",
        "SELECT ?a WHERE {?p a doap:Project; doap:name 'Apache Log4j 2'@en; doap:maintainer ?a}",
    ),
    # ---------------------------------------------------------------- typo
    ("who maintains pandsa", "typo", "SELECT ?a WHERE {?p doap:name 'pandas'; doap:maintainer ?a}"),
    (
        "what license is tokoi under",
        "typo",
        "SELECT ?a WHERE {?p doap:name 'tokio'; doap:license ?a}",
    ),
    (
        "which projects does Priya Ragunathan maintain?",
        "typo",
        f"SELECT ?a WHERE {{?x foaf:name 'Priya Raghunathan'; {KEY} ?k. ?y {KEY} ?k. ?a doap:maintainer ?y}}",
    ),
    # ---------------------------------------------------------------- literal
    (
        "short description of clap",
        "literal",
        "SELECT ?a WHERE {?p doap:name 'clap'; doap:shortdesc ?a}",
    ),
    (
        "When was Apache Maven created?",
        "literal",
        "SELECT ?a WHERE {?p a doap:Project; doap:name 'Apache Maven'@en; doap:created ?a}",
    ),
    (
        "what version of certifi is in the sbom",
        "literal",
        "SELECT ?a WHERE {?p spdx:name 'certifi'; spdx:versionInfo ?a}",
    ),
    (
        "which version of kafka-clients does ingest-worker use",
        "literal",
        "SELECT ?a WHERE {?p spdx:name 'kafka-clients'; spdx:versionInfo ?a}",
    ),
    # ---------------------------------------------------------------- unanswerable
    (
        "how many github stars does tokio have",
        "unanswerable",
        "SELECT ?a WHERE {?p ?q ?a FILTER(CONTAINS(LCASE(STR(?q)), 'star'))}",
    ),
    (
        "who funds numpy?",
        "unanswerable",
        "SELECT ?a WHERE {?p ?q ?a FILTER(REGEX(STR(?q), 'fund|sponsor|donat', 'i'))}",
    ),
    (
        "what CVEs affect log4j",
        "unanswerable",
        "SELECT ?a WHERE {?p ?q ?a FILTER(REGEX(STR(?q), 'vulnerab|cve$|advisor|security', 'i'))}",
    ),
    (
        "how many downloads does requests get per month",
        "unanswerable",
        "SELECT ?a WHERE {?p ?q ?a FILTER(REGEX(STR(?q), 'download(s|count)$', 'i'))}",
    ),
]

if __name__ == "__main__":
    print_answers(
        Q, lambda query: {label(r[0]) for r in g.query(P + query)}, none_unanswerable=True
    )
