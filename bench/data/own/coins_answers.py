# ruff: noqa: E501  (one question a line)
"""Gold answers of ``coins.jsonl`` (and, with ``--conversations``, the coins lines of
``conversations_blind55.jsonl``), computed with rdflib SPARQL over ``coins.nt`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the dump writes it ("3.13", "-0290", "0238"); a node with every name it
carries: ``skos:prefLabel`` and ``skos:altLabel`` in every language, ``rdfs:label``, ``foaf:name``, and a coin's ``dcterms:title`` and ``dcterms:identifier`` (its
accession number). In a query ``{Name}`` stands for the one node carrying that name
(``{Name|prefix:Class}`` for the one of that class); a coin is found by its accession number
(``coin``). A count question answers the number of what its query counts. Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/coins_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import FOAF, RDFS, Graph
from rdflib.namespace import DCTERMS, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
PRE = """PREFIX nmo: <http://nomisma.org/ontology#>
PREFIX nm: <http://nomisma.org/id/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX cab: <https://muenzkabinett.example.edu/ns#>
PREFIX agent: <https://muenzkabinett.example.edu/agent/>
PREFIX hoard: <https://muenzkabinett.example.edu/hoard/>
PREFIX gn: <https://sws.geonames.org/>
"""


def coin(var: str, accession: str) -> str:
    """A pattern binding ``?var`` to the cabinet's coin with accession number ``accession``."""
    return f'?{var} dcterms:identifier "{accession}" .'


# a coin in a hoard, said from either side (the hoard's dcterms:hasPart, the coin's isPartOf)
IN_HOARD = "{{ ?{c} dcterms:isPartOf ?{h} }} UNION {{ ?{h} dcterms:hasPart ?{c} }}"
# a mint's region, by nmo:hasRegion or skos:broader
REGION = "?{m} nmo:hasRegion|skos:broader ?{r} ."


def in_hoard(c: str, h: str) -> str:
    return IN_HOARD.format(c=c, h=h)


QUESTIONS: list[tuple[str, str, str | None]] = [
    # 1hop
    (
        "Which mint struck RIC II Trajan 49?",
        "1hop",
        "SELECT ?x WHERE { {RIC II Trajan 49} nmo:hasMint ?x }",
    ),
    (
        "what denomination is RIC VII Treveri 36",
        "1hop",
        "SELECT ?x WHERE { {RIC VII Treveri 36} nmo:hasDenomination ?x }",
    ),
    (
        "Who was the moneyer of RRC 480/3?",
        "1hop",
        "SELECT ?x WHERE { {RRC 480/3} nmo:hasIssuer ?x }",
    ),
    (
        "Which dynasty did Hadrian belong to?",
        "1hop",
        "SELECT ?x WHERE { {Hadrian} org:memberOf ?x }",
    ),
    (
        "which region is siscia in?",
        "1hop",
        f"SELECT ?x WHERE {{ {REGION.format(m='m', r='x')} ?m skos:prefLabel 'Siscia'@en }}",
    ),
    (
        "What reference work is RRC 408/1a from?",
        "1hop",
        "SELECT ?x WHERE { {RRC 408/1a} dcterms:source ?x }",
    ),
    (
        "Where was the Thasos Hoard found?",
        "1hop",
        "SELECT ?x WHERE { {Thasos Hoard} nmo:hasFindspot ?x }",
    ),
    (
        "who is the authority of Price 172",
        "1hop",
        "SELECT ?x WHERE { {Price 172} nmo:hasAuthority ?x }",
    ),
    (
        "Who sold coin 2001.288 to the cabinet?",
        "1hop",
        f"SELECT ?x WHERE {{ {coin('c', '2001.288')} ?c cab:acquisition/cab:acquiredFrom ?x }}",
    ),
    # literal
    (
        "How much does coin 1966.167 weigh?",
        "literal",
        f"SELECT ?x WHERE {{ {coin('c', '1966.167')} ?c nmo:hasWeight ?x }}",
    ),
    (
        "what is the diameter of coin 1925.407",
        "literal",
        f"SELECT ?x WHERE {{ {coin('c', '1925.407')} ?c nmo:hasDiameter ?x }}",
    ),
    (
        "What's the die axis of coin 1980.393?",
        "literal",
        f"SELECT ?x WHERE {{ {coin('c', '1980.393')} ?c nmo:hasAxis ?x }}",
    ),
    (
        "When was the Reichenbach Hoard buried?",
        "literal",
        "SELECT ?x WHERE { {Reichenbach Hoard} nmo:hasClosingDate ?x }",
    ),
    (
        "what's the obverse legend of RIC II Trajan 49",
        "literal",
        "SELECT ?x WHERE { {RIC II Trajan 49} nmo:hasObverse/nmo:hasLegend ?x }",
    ),
    (
        "How many coins were in the Weissenburg hoard?",
        "literal",
        "SELECT ?x WHERE { {Weissenburg Hoard} cab:totalCoins ?x }",
    ),
    (
        "When was the Mesagne Hoard discovered?",
        "literal",
        "SELECT ?x WHERE { {Mesagne Hoard} cab:discoveryYear ?x }",
    ),
    (
        "When did Trajan's reign end?",
        "literal",
        "SELECT ?x WHERE { {Trajan} org:hasMembership/nmo:hasEndDate ?x }",
    ),
    (
        "Who wrote Roman Republican Coinage?",
        "literal",
        "SELECT ?x WHERE { {Roman Republican Coinage} dcterms:creator ?x }",
    ),
    # inverse
    (
        "Which coin types were struck at Lugdunum?",
        "inverse",
        "SELECT ?x WHERE { ?x nmo:hasMint {Lugdunum} }",
    ),
    (
        "which coins in the collection come from the Reichenbach hoard?",
        "inverse",
        f"SELECT ?x WHERE {{ {in_hoard('x', 'h')} FILTER (?h = hoard:reichenbach) }}",
    ),
    (
        "which mints are in gaul",
        "inverse",
        f"SELECT ?x WHERE {{ {REGION.format(m='x', r='r')} FILTER (?r = nm:gaul) }}",
    ),
    (
        "Who belonged to the Severan dynasty?",
        "inverse",
        "SELECT ?x WHERE { ?x org:memberOf {Severan dynasty} }",
    ),
    (
        "Which coins did Helena Varga donate?",
        "inverse",
        "SELECT ?x WHERE { ?x cab:acquisition/cab:acquiredFrom {Helena Varga} }",
    ),
    (
        "which coin types show Venus on the reverse?",
        "inverse",
        "SELECT ?x WHERE { ?x nmo:hasReverse/nmo:hasPortrait {Venus} }",
    ),
    (
        "How many coin types were struck at Rome?",
        "inverse",
        "SELECT (COUNT(DISTINCT ?t) AS ?x) WHERE { ?t nmo:hasMint nm:rome }",
    ),
    (
        "which types were struck at Amphipolis",
        "inverse",
        "SELECT ?x WHERE { ?x nmo:hasMint {Amphipolis} }",
    ),
    (
        "Which coin was found at Kempten?",
        "inverse",
        "SELECT ?x WHERE { ?x nmo:hasFindspot {Kempten} }",
    ),
    # 2hop
    (
        "What denomination is coin 1995.79?",
        "2hop",
        f"SELECT ?x WHERE {{ {coin('c', '1995.79')} ?c nmo:hasTypeSeriesItem/nmo:hasDenomination ?x }}",
    ),
    (
        "Which mint struck coin 1921.84?",
        "2hop",
        f"SELECT ?x WHERE {{ {coin('c', '1921.84')} ?c nmo:hasTypeSeriesItem/nmo:hasMint ?x }}",
    ),
    (
        "Which emperor issued coin 2016.116?",
        "2hop",
        f"SELECT ?x WHERE {{ {coin('c', '2016.116')} ?c nmo:hasTypeSeriesItem/nmo:hasAuthority ?x }}",
    ),
    (
        "what metal is coin 1893.169 made of",
        "2hop",
        f"SELECT ?x WHERE {{ {coin('c', '1893.169')} ?c nmo:hasTypeSeriesItem/nmo:hasMaterial ?x }}",
    ),
    (
        "When was the hoard containing coin 1978.387 buried?",
        "2hop",
        f"SELECT ?x WHERE {{ {coin('c', '1978.387')} {in_hoard('c', 'h')} ?h nmo:hasClosingDate ?x }}",
    ),
    (
        "Which hoards were found in Italy?",
        "2hop",
        "SELECT ?x WHERE { ?x nmo:hasFindspot/dcterms:isPartOf <https://sws.geonames.org/3175395/> }",
    ),
    (
        "Who is depicted on the reverse of RIC VII Siscia 48?",
        "2hop",
        "SELECT ?x WHERE { {RIC VII Siscia 48} nmo:hasReverse/nmo:hasPortrait ?x }",
    ),
    # 3hop
    (
        "In which region was coin 1881.327 minted?",
        "3hop",
        f"SELECT ?x WHERE {{ {coin('c', '1881.327')} ?c nmo:hasTypeSeriesItem/nmo:hasMint ?m . {REGION.format(m='m', r='x')} }}",
    ),
    (
        "Which dynasty did the emperor on coin 1942.240 belong to?",
        "3hop",
        f"SELECT ?x WHERE {{ {coin('c', '1942.240')} ?c nmo:hasTypeSeriesItem/nmo:hasAuthority/org:memberOf ?x }}",
    ),
    (
        "what's the latitude of the mint that struck the tribute penny",
        "3hop",
        "SELECT ?x WHERE { {Tribute Penny} nmo:hasMint/geo:location/geo:lat ?x }",
    ),
    (
        "Which hoards contain coins of Gallienus?",
        "3hop",
        f"SELECT DISTINCT ?x WHERE {{ {in_hoard('c', 'x')} ?c nmo:hasTypeSeriesItem/nmo:hasAuthority {{Gallienus}} }}",
    ),
    (
        "Where was the hoard with coin 1947.197 found?",
        "3hop",
        f"SELECT ?x WHERE {{ {coin('c', '1947.197')} {in_hoard('c', 'h')} ?h nmo:hasFindspot ?x }}",
    ),
    # conjunction
    (
        "Which coin types were struck at Rome under Trajan?",
        "conjunction",
        "SELECT ?x WHERE { ?x nmo:hasMint {Rome} ; nmo:hasAuthority {Trajan} }",
    ),
    (
        "Which denarii were minted at Lugdunum?",
        "conjunction",
        "SELECT ?x WHERE { ?x nmo:hasMint {Lugdunum} ; nmo:hasDenomination {Denarius} }",
    ),
    (
        "which gold coins did Constantine issue",
        "conjunction",
        "SELECT ?x WHERE { ?x nmo:hasAuthority {Constantine I} ; nmo:hasMaterial {Gold|nmo:Material} }",
    ),
    (
        "Which silver coin types of Alexander the Great are there?",
        "conjunction",
        "SELECT ?x WHERE { ?x nmo:hasAuthority {Alexander the Great} ; nmo:hasMaterial {Silver} }",
    ),
    (
        "Which coins from the Reichenbach Hoard are denarii?",
        "conjunction",
        f"SELECT ?x WHERE {{ {in_hoard('x', 'h')} FILTER (?h = hoard:reichenbach) ?x nmo:hasTypeSeriesItem/nmo:hasDenomination {{Denarius}} }}",
    ),
    (
        "Which tetradrachms were struck at Syracuse?",
        "conjunction",
        "SELECT ?x WHERE { ?x nmo:hasMint {Syracuse|nmo:Mint} ; nmo:hasDenomination {Tetradrachm} }",
    ),
    (
        "which sestertii did the cabinet get from Spink & Son",
        "conjunction",
        "SELECT ?x WHERE { ?x cab:acquisition/cab:acquiredFrom {Spink & Son} ; nmo:hasTypeSeriesItem/nmo:hasDenomination {Sestertius} }",
    ),
    # synonym
    (
        "how heavy is coin 1925.288?",
        "synonym",
        f"SELECT ?x WHERE {{ {coin('c', '1925.288')} ?c nmo:hasWeight ?x }}",
    ),
    (
        "How wide is coin 1961.119?",
        "synonym",
        f"SELECT ?x WHERE {{ {coin('c', '1961.119')} ?c nmo:hasDiameter ?x }}",
    ),
    (
        "Who's the emperor on RIC VII Antioch 86?",
        "synonym",
        "SELECT ?x WHERE { {RIC VII Antioch 86} nmo:hasAuthority ?x }",
    ),
    ("where was RRC 544/19 made?", "synonym", "SELECT ?x WHERE { {RRC 544/19} nmo:hasMint ?x }"),
    (
        "Who gave the cabinet coin 1931.357?",
        "synonym",
        f"SELECT ?x WHERE {{ {coin('c', '1931.357')} ?c cab:acquisition/cab:acquiredFrom ?x }}",
    ),
    (
        "When was the Thasos Hoard deposited?",
        "synonym",
        "SELECT ?x WHERE { {Thasos Hoard} nmo:hasClosingDate ?x }",
    ),
    # alias
    (
        "Which mint struck the Tribute Penny?",
        "alias",
        "SELECT ?x WHERE { {Tribute Penny} nmo:hasMint ?x }",
    ),
    (
        "What is the Athenian owl made of?",
        "alias",
        "SELECT ?x WHERE { {Athenian owl} nmo:hasMaterial ?x }",
    ),
    (
        "Which coin types did Octavian issue?",
        "alias",
        "SELECT ?x WHERE { ?x nmo:hasAuthority {Octavian} }",
    ),
    (
        "Which mints struck coins for Constantine the Great?",
        "alias",
        "SELECT ?x WHERE { ?t nmo:hasAuthority {Constantine the Great} ; nmo:hasMint ?x }",
    ),
    (
        "what region is Trier in",
        "alias",
        f"SELECT ?x WHERE {{ {REGION.format(m='m', r='x')} FILTER (?m = nm:treveri) }}",
    ),
    # typo
    (
        "wich denomination is the tribut peny",
        "typo",
        "SELECT ?x WHERE { {Tribute Penny} nmo:hasDenomination ?x }",
    ),
    ("what types did hadrain issue", "typo", "SELECT ?x WHERE { ?x nmo:hasAuthority {Hadrian} }"),
    (
        "how much does coin 1904.188 wiegh",
        "typo",
        f"SELECT ?x WHERE {{ {coin('c', '1904.188')} ?c nmo:hasWeight ?x }}",
    ),
    (
        "when did vespasain's reign start",
        "typo",
        "SELECT ?x WHERE { {Vespasian|foaf:Person} org:hasMembership/nmo:hasStartDate ?x }",
    ),
    ("which dynsaty was caracala from", "typo", "SELECT ?x WHERE { {Caracalla} org:memberOf ?x }"),
    (
        "where was the mesange hoard found",
        "typo",
        "SELECT ?x WHERE { {Mesagne Hoard} nmo:hasFindspot ?x }",
    ),
    # unanswerable: the dump holds none of these
    ("When was Trajan born?", "unanswerable", None),
    ("How much did the cabinet pay for coin 2001.288?", "unanswerable", None),
    ("Who engraved the dies of the Tribute Penny?", "unanswerable", None),
    ("What is the silver content of RIC II Trajan 49?", "unanswerable", None),
    ("Who found the Reichenbach Hoard?", "unanswerable", None),
    ("Which museum holds the rest of the Mesagne Hoard?", "unanswerable", None),
    ("What grade is coin 1925.288 in?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "coins-b55-01",
        [
            (
                "Which mint struck the Tribute Penny?",
                "start",
                "SELECT ?x WHERE { {Tribute Penny} nmo:hasMint ?x }",
            ),
            (
                "Which region is it in?",
                "pronoun_answer",
                "SELECT ?x WHERE { nm:lugdunum nmo:hasRegion|skos:broader ?x }",
            ),
            ("And Siscia?", "and_x", "SELECT ?x WHERE { nm:siscia nmo:hasRegion|skos:broader ?x }"),
        ],
    ),
    (
        "coins-b55-02",
        [
            (
                "When was the Reichenbach Hoard buried?",
                "start",
                "SELECT ?x WHERE { {Reichenbach Hoard} nmo:hasClosingDate ?x }",
            ),
            (
                "Where was it found?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Reichenbach Hoard} nmo:hasFindspot ?x }",
            ),
            (
                "What about the Beaurains Hoard?",
                "what_about",
                "SELECT ?x WHERE { {Beaurains Hoard} nmo:hasFindspot ?x }",
            ),
        ],
    ),
    (
        "coins-b55-03",
        [
            (
                "Who sold coin 2001.288 to the cabinet?",
                "start",
                f"SELECT ?x WHERE {{ {coin('c', '2001.288')} ?c cab:acquisition/cab:acquiredFrom ?x }}",
            ),
            (
                "Where is it based?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Adolph Hess Nachfolger} cab:basedIn ?x }",
            ),
            ("And Leu Numismatik?", "and_x", "SELECT ?x WHERE { {Leu Numismatik} cab:basedIn ?x }"),
        ],
    ),
]

NAME_PROPS = (
    SKOS.prefLabel,
    SKOS.altLabel,
    RDFS.label,
    FOAF.name,
    DCTERMS.title,
    DCTERMS.identifier,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("3.10", "-0290")
    g = Graph()
    g.parse(HERE / "coins.nt", format="nt")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("coins", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "coins.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
