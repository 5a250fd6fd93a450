# ruff: noqa: E501  (one question a line)
"""Gold answers of ``languages.jsonl``, computed with rdflib SPARQL over ``languages.rdf``
(never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("eus", "1777", "330000"); a languoid or a country with every name it carries
(``rdfs:label``, ``skos:prefLabel``, each ``skos:altLabel``), an endangerment status its
``skos:prefLabel`` and ``skos:notation``, a macroarea its ``rdfs:label``. In a query ``<L code>``
stands for the languoid of that glottocode, ``<C XX>`` for a country and ``<S status>`` for an
endangerment status ("shifting"); ``TOP`` for "?s's topmost ancestor ?x". Unanswerable
questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/languages_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import write_answers

HERE = Path(__file__).parent
PRE = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX lexvo: <http://lexvo.org/ontology#>
PREFIX glottolog: <https://glottolog.org/ontology#>
"""
TOP = "?s skos:broaderTransitive ?x . FILTER NOT EXISTS { ?x skos:broader ?y }"
SPEAKERS = "?s glottolog:speakerEstimate ?e . ?e glottolog:speakers ?x"
ENDANGERED = "?x glottolog:endangerment ?st . FILTER(?st NOT IN (<S not_endangered>, <S extinct>))"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "What is the ISO 639-3 code of Basque?",
        "literal",
        "SELECT ?x WHERE { <L basq1248> lexvo:iso639P3PCode ?x }",
    ),
    ("glottocode for Welsh", "literal", "SELECT ?x WHERE { <L wels1247> dcterms:identifier ?x }"),
    ("Where is Kabyle spoken?", "1hop", "SELECT ?x WHERE { <L kaby1243> dcterms:spatial ?x }"),
    (
        "Which countries is Swahili spoken in?",
        "1hop",
        "SELECT ?x WHERE { <L swah1253> dcterms:spatial ?x }",
    ),
    (
        "What macroarea does Warlpiri belong to?",
        "1hop",
        "SELECT ?x WHERE { <L warl1254> glottolog:macroarea ?x }",
    ),
    (
        "How endangered is Scottish Gaelic?",
        "1hop",
        "SELECT ?x WHERE { <L scot1245> glottolog:endangerment ?x }",
    ),
    (
        "When did Cornish go extinct?",
        "literal",
        "SELECT ?x WHERE { <L corn1251> glottolog:extinctSince ?x }",
    ),
    ("What is the latitude of Hawaiian?", "literal", "SELECT ?x WHERE { <L hawa1245> geo:lat ?x }"),
    (
        "What is Dutch's parent group in the classification?",
        "1hop",
        "SELECT ?x WHERE { <L dutc1256> skos:broader ?x }",
    ),
    (
        "Which group is Romansh classified under?",
        "1hop",
        "SELECT ?x WHERE { <L roma1326> skos:broader ?x }",
    ),
    (
        "what's the endangerment status of Inari Saami",
        "1hop",
        "SELECT ?x WHERE { <L inar1241> glottolog:endangerment ?x }",
    ),
    (
        "In which countries is Burushaski spoken?",
        "1hop",
        "SELECT ?x WHERE { <L buru1296> dcterms:spatial ?x }",
    ),
    (
        "When did Livonian become extinct?",
        "literal",
        "SELECT ?x WHERE { <L livv1244> glottolog:extinctSince ?x }",
    ),
    ("longitude of Burushaski", "literal", "SELECT ?x WHERE { <L buru1296> geo:long ?x }"),
    (
        "What language is Bernese German a dialect of?",
        "1hop",
        "SELECT ?x WHERE { <L bern1235> skos:broader ?x }",
    ),
    (
        "Which branch of Germanic does Faroese belong to?",
        "1hop",
        "SELECT ?x WHERE { <L faro1244> skos:broader ?x }",
    ),
    # speaker estimates (n-ary nodes)
    (
        "How many people speak Icelandic?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<L icel1247> AS ?s) {SPEAKERS} }}",
    ),
    (
        "What is the source of the speaker figure for Maltese?",
        "2hop",
        "SELECT ?x WHERE { <L malt1254> glottolog:speakerEstimate ?e . ?e dcterms:source ?x }",
    ),
    (
        "what year is the speaker count for Welsh from?",
        "2hop",
        "SELECT ?x WHERE { <L wels1247> glottolog:speakerEstimate ?e . ?e dcterms:date ?x }",
    ),
    (
        "How many native speakers does Zulu have?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<L zulu1248> AS ?s) {SPEAKERS} }}",
    ),
    # up the tree
    (
        "What family does Hungarian belong to?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND(<L hung1274> AS ?s) {TOP} }}",
    ),
    (
        "Which language family is Lithuanian part of?",
        "3hop",
        f"SELECT ?x WHERE {{ BIND(<L lith1251> AS ?s) {TOP} }}",
    ),
    (
        "What is the top-level family of Afrikaans?",
        "3hop",
        f"SELECT ?x WHERE {{ BIND(<L afri1274> AS ?s) {TOP} }}",
    ),
    (
        "What group is two levels above Afrikaans in the Glottolog tree?",
        "2hop",
        "SELECT ?x WHERE { <L afri1274> skos:broader/skos:broader ?x }",
    ),
    (
        "Which subgroup is the grandparent of Zurich German?",
        "2hop",
        "SELECT ?x WHERE { <L zuri1239> skos:broader/skos:broader ?x }",
    ),
    (
        "Which family does the Taishanese dialect ultimately belong to?",
        "3hop",
        f"SELECT ?x WHERE {{ BIND(<L taiw1238> AS ?s) {TOP} }}",
    ),
    # inverse
    (
        "Which languages are spoken in Peru?",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:spatial <C PE> }",
    ),
    (
        "What languages make up the Celtic branch?",
        "inverse",
        "SELECT ?x WHERE { ?x skos:broader <L celt1248> }",
    ),
    ("list the dialects of Basque", "inverse", "SELECT ?x WHERE { ?x skos:broader <L basq1248> }"),
    (
        "Which language has the ISO code kal?",
        "inverse",
        'SELECT ?x WHERE { ?x lexvo:iso639P3PCode ?c FILTER(str(?c) = "kal") }',
    ),
    (
        "which languoid has glottocode east2295",
        "inverse",
        'SELECT ?x WHERE { ?x dcterms:identifier "east2295" }',
    ),
    (
        "Which languages are nearly extinct?",
        "inverse",
        "SELECT ?x WHERE { ?x glottolog:endangerment <S nearly_extinct> }",
    ),
    (
        "Which languages are spoken in Nigeria?",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:spatial <C NG> }",
    ),
    ("list the sign languages", "inverse", "SELECT ?x WHERE { ?x skos:broader <L sign1238> }"),
    (
        "Which languages are in the Australia macroarea?",
        "inverse",
        "SELECT ?x WHERE { ?x glottolog:macroarea <https://glottolog.org/resource/macroarea/australia> }",
    ),
    (
        "Which languages belong to the Mayan family?",
        "inverse",
        "SELECT ?x WHERE { ?x skos:broader <L maya1287> }",
    ),
    (
        "what languages are spoken in greenland",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:spatial <C GL> }",
    ),
    # two and three hops
    (
        "In which countries are the Polynesian languages spoken?",
        "2hop",
        "SELECT ?x WHERE { ?l skos:broader <L poly1242> ; dcterms:spatial ?x }",
    ),
    (
        "How endangered are the Saami languages?",
        "2hop",
        "SELECT ?x WHERE { ?l skos:broader <L saam1281> ; glottolog:endangerment ?x }",
    ),
    (
        "Which macroareas are Austronesian languages found in?",
        "2hop",
        "SELECT ?x WHERE { ?l skos:broaderTransitive <L aust1307> ; glottolog:macroarea ?x }",
    ),
    (
        "Where is the language with ISO code smo spoken?",
        "2hop",
        'SELECT ?x WHERE { ?l lexvo:iso639P3PCode ?c FILTER(str(?c) = "smo") ?l dcterms:spatial ?x }',
    ),
    (
        "What's the macroarea of the language with glottocode kusu1250?",
        "2hop",
        'SELECT ?x WHERE { ?l dcterms:identifier "kusu1250" ; glottolog:macroarea ?x }',
    ),
    (
        "Which language families have languages spoken in Ethiopia?",
        "3hop",
        f"SELECT ?x WHERE {{ ?s dcterms:spatial <C ET> . {TOP} }}",
    ),
    # conjunctions
    (
        "Which Romance languages are spoken in Switzerland?",
        "conjunction",
        "SELECT ?x WHERE { ?x skos:broader <L roma1334> ; dcterms:spatial <C CH> }",
    ),
    (
        "Which Celtic languages are extinct?",
        "conjunction",
        "SELECT ?x WHERE { ?x skos:broader <L celt1248> ; glottolog:endangerment <S extinct> }",
    ),
    (
        "Which Indo-European languages are spoken in India?",
        "conjunction",
        "SELECT ?x WHERE { ?x skos:broaderTransitive <L indo1319> ; dcterms:spatial <C IN> }",
    ),
    (
        "Which endangered languages are spoken in the United Kingdom?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x dcterms:spatial <C GB> . {ENDANGERED} }}",
    ),
    (
        "which germanic languages are threatened",
        "conjunction",
        "SELECT ?x WHERE { ?x skos:broaderTransitive <L germ1287> ; glottolog:endangerment <S threatened> }",
    ),
    (
        "Which sign languages are used in North America?",
        "conjunction",
        "SELECT ?x WHERE { ?x skos:broader <L sign1238> ; glottolog:macroarea <https://glottolog.org/resource/macroarea/northamerica> }",
    ),
    # other words for the relation
    (
        "What tongue do people in Iceland speak?",
        "synonym",
        "SELECT ?x WHERE { ?x dcterms:spatial <C IS> }",
    ),
    (
        "Which speech varieties are found in Hong Kong?",
        "synonym",
        "SELECT ?x WHERE { ?x dcterms:spatial <C HK> }",
    ),
    (
        "What is the classification parent of Tagalog",
        "synonym",
        "SELECT ?x WHERE { <L taga1270> skos:broader ?x }",
    ),
    (
        "How many speakers does Yoruba have according to Ethnologue?",
        "synonym",
        f"SELECT ?x WHERE {{ BIND(<L yoru1245> AS ?s) {SPEAKERS} }}",
    ),
    # other names
    (
        "What is the ISO code of Castilian?",
        "alias",
        "SELECT ?x WHERE { <L stan1288> lexvo:iso639P3PCode ?x }",
    ),
    (
        "How many speakers does Farsi have?",
        "alias",
        f"SELECT ?x WHERE {{ BIND(<L west2369> AS ?s) {SPEAKERS} }}",
    ),
    ("Where is Euskara spoken?", "alias", "SELECT ?x WHERE { <L basq1248> dcterms:spatial ?x }"),
    (
        "What family is Deutsch in?",
        "alias",
        f"SELECT ?x WHERE {{ BIND(<L stan1295> AS ?s) {TOP} }}",
    ),
    ("Where is 日本語 spoken?", "alias", "SELECT ?x WHERE { <L nucl1643> dcterms:spatial ?x }"),
    ("glottocode of Cantonese", "alias", "SELECT ?x WHERE { <L yuec1235> dcterms:identifier ?x }"),
    (
        "which family does Kiswahili belong to",
        "alias",
        f"SELECT ?x WHERE {{ BIND(<L swah1253> AS ?s) {TOP} }}",
    ),
    # misspellings
    (
        "waht family is Lithuanain in",
        "typo",
        f"SELECT ?x WHERE {{ BIND(<L lith1251> AS ?s) {TOP} }}",
    ),
    ("iso code for Swahilli", "typo", "SELECT ?x WHERE { <L swah1253> lexvo:iso639P3PCode ?x }"),
    (
        "how many speakrs does hawaiin have",
        "typo",
        f"SELECT ?x WHERE {{ BIND(<L hawa1245> AS ?s) {SPEAKERS} }}",
    ),
    (
        "where is pitjantjatjra spoken",
        "typo",
        "SELECT ?x WHERE { <L pitj1243> dcterms:spatial ?x }",
    ),
    (
        "endangerment status of Jejeuo",
        "typo",
        "SELECT ?x WHERE { <L jeju1234> glottolog:endangerment ?x }",
    ),
    # unanswerable: a near relation exists, this one does not
    ("When did Sumerian go extinct?", "unanswerable", None),
    ("How many speakers does Hokkaido Ainu have?", "unanswerable", None),
    ("What is the ISO 639-3 code of Bernese German?", "unanswerable", None),
    ("What is the ISO 639-1 code of Welsh?", "unanswerable", None),
    ("What writing system does Amharic use?", "unanswerable", None),
    ("What is the population of Kenya?", "unanswerable", None),
    ("Who was the last speaker of Cornish?", "unanswerable", None),
]


def names(g: Graph, x: object) -> set[str]:
    """Every name ``x`` carries (a literal: its lexical form)."""
    if isinstance(x, Literal):
        return {str(x)}
    assert isinstance(x, URIRef), x
    props = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.notation)
    out = {str(o) for p in props for o in g.objects(x, p)}
    if not out:
        raise SystemExit(f"no name for {x}")
    return out


def expand(query: str) -> str:
    query = re.sub(r"<L ([^>]+)>", r"<https://glottolog.org/resource/languoid/id/\1>", query)
    query = re.sub(r"<C ([^>]+)>", r"<http://lexvo.org/id/iso3166/\1>", query)
    return PRE + re.sub(r"<S ([^>]+)>", r"<https://glottolog.org/resource/aes/aes-\1>", query)


def main() -> None:
    g = Graph()
    g.parse(HERE / "languages.rdf", format="xml")

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(expand(query)):
            out |= names(g, row[0])
        return out

    write_answers(HERE / "languages.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
