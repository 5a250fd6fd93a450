# ruff: noqa: E501  (one question a line)
"""Gold answers of ``fisheries.jsonl`` (and, with ``--conversations``, the fisheries lines of
``conversations_blind62.jsonl``), computed with rdflib SPARQL over ``fisheries.hext`` (never
with kgchat).

The file is read line by line into one rdflib graph (each hextuple's named graph merged, a
duplicate across graphs one fact): rdflib's own ``hext`` parser refuses a literal whose
datatype is empty, which this export writes for plain strings of two of its graphs, so the
lines are turned into rdflib terms here (an empty datatype a plain literal, as the HexTuples
draft means it). Each question is paired with the query whose ``?x`` is its answer. A literal
answers with its lexical form ("57,4 m", "2.3220E+05"); a node with every name it carries
(``NAME_PROPS``: schema.org names, Darwin Core scientific and vernacular names in every
language, SKOS labels and notations, ``rdfs:label``, stock codes, IMO numbers, ASFIS codes,
UN/LOCODEs, identifiers). In a query ``{Name}`` stands for the one node carrying that name. An
area's parent is stated as ``skos:broader`` or, in the 2022 graph, ``skos:narrower`` from the
parent (``BROADER``); a vessel's owner as ``fish:ownedBy`` or ``fish:owns`` (``OWNER``); a
predator as ``fish:preysOn`` or ``fish:preyOf`` (``PREYS``). Unanswerable questions carry no
query and ``answers: []``. Run from the repository root:
``python bench/data/own/fisheries_answers.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import rdflib
from rdflib import RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
FISH = Namespace("https://data.bsfc.example/ns/fish#")
S = Namespace("http://schema.org/")
DWC = Namespace("http://rs.tdwg.org/dwc/terms/")
PRE = """PREFIX fish: <https://data.bsfc.example/ns/fish#>
PREFIX schema: <http://schema.org/>
PREFIX dwc: <http://rs.tdwg.org/dwc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
NAME_PROPS = (
    S.name,
    S.legalName,
    S.alternateName,
    S.identifier,
    DWC.scientificName,
    DWC.vernacularName,
    SKOS.prefLabel,
    SKOS.altLabel,
    SKOS.notation,
    RDFS.label,
    FISH.stockCode,
    FISH.imoNumber,
    FISH.asfisCode,
    FISH.locode,
)


def BROADER(a: str, b: str) -> str:
    """``a`` lies in ``b`` (stated from either side)."""
    return f"{{ {a} skos:broader {b} }} UNION {{ {b} skos:narrower {a} }}"


def OWNER(v: str, c: str) -> str:
    """``c`` owns the vessel ``v`` (stated from either side)."""
    return f"{{ {v} fish:ownedBy {c} }} UNION {{ {c} fish:owns {v} }}"


def PREYS(pred: str, prey: str) -> str:
    """``pred`` eats ``prey`` (stated from either side)."""
    return f"{{ {pred} fish:preysOn {prey} }} UNION {{ {prey} fish:preyOf {pred} }}"


def ASSESS(stock: str, year: str, prop: str, var: str = "?x") -> str:
    """``var`` is ``stock``'s ``prop`` in its assessment of ``year``."""
    return f'?a_ fish:assessedStock {stock} ; fish:assessmentYear "{year}"^^xsd:gYear ; fish:{prop} {var} .'


def LANDED(vessel: str, species: str, port: str) -> str:
    """A landing record of ``vessel`` landing ``species`` at ``port``."""
    return (
        f"?l_ fish:landedBy {vessel} ; fish:landedSpecies {species} ; fish:portOfLanding {port} ."
    )


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    ("what gear does the Havbris use?", "1hop", "SELECT ?x WHERE { {Havbris} fish:gearType ?x }"),
    (
        "Which country is Nordstjernen flagged in",
        "1hop",
        "SELECT ?x WHERE { {Nordstjernen} fish:flagState ?x }",
    ),
    (
        "what's the home port of Whalsay Rose?",
        "1hop",
        "SELECT ?x WHERE { {Whalsay Rose} fish:homePort ?x }",
    ),
    ("who owns Helga María?", "1hop", f"SELECT ?x WHERE {{ {OWNER('{Helga María}', '?x')} }}"),
    (
        "Which species does the Northern shelf saithe stock belong to?",
        "1hop",
        "SELECT ?x WHERE { {Northern shelf saithe} fish:stockOf ?x }",
    ),
    (
        "Who runs the Johan Hjort II?",
        "1hop",
        "SELECT ?x WHERE { {Johan Hjort II} fish:operatedBy ?x }",
    ),
    (
        "who organises the Beam Trawl Survey 2023",
        "1hop",
        "SELECT ?x WHERE { {Beam Trawl Survey 2023} schema:organizer ?x }",
    ),
    (
        "which areas does the Fladen Ground Nephrops stock cover?",
        "1hop",
        "SELECT ?x WHERE { {Fladen Ground Nephrops} fish:inArea ?x }",
    ),
    (
        "What country is Killybegs in?",
        "1hop",
        "SELECT ?x WHERE { {Killybegs} schema:containedInPlace ?x }",
    ),
    # inverse
    (
        "Which vessels are owned by Shetland Catch?",
        "inverse",
        f"SELECT ?x WHERE {{ {OWNER('?x', '{Shetland Catch}')} }}",
    ),
    (
        "which vessels are flagged in the Faroe Islands",
        "inverse",
        "SELECT ?x WHERE { ?x fish:flagState {Faroe Islands} }",
    ),
    (
        "what stocks of Atlantic cod are there?",
        "inverse",
        "SELECT ?x WHERE { ?x fish:stockOf {Atlantic cod} }",
    ),
    (
        "which boats have Ålesund as their home port",
        "inverse",
        "SELECT ?x WHERE { ?x fish:homePort {Ålesund} }",
    ),
    (
        "Which surveys did the Lir Explorer take part in?",
        "inverse",
        "SELECT ?x WHERE { ?x fish:surveyVessel {Lir Explorer} }",
    ),
    ("what preys on capelin?", "inverse", f"SELECT ?x WHERE {{ {PREYS('?x', '{Capelin}')} }}"),
    (
        "Which vessels use a beam trawl?",
        "inverse",
        "SELECT ?x WHERE { ?x fish:gearType {Beam trawl} }",
    ),
    (
        "what surveys cover the Irish Sea",
        "inverse",
        "SELECT ?x WHERE { ?x fish:coversArea {Irish Sea} }",
    ),
    (
        "Which research vessels does Ifremer operate?",
        "inverse",
        "SELECT ?x WHERE { ?x fish:operatedBy {Ifremer} }",
    ),
    # two hops
    (
        "What country is the home port of Gøtunes in?",
        "2hop",
        "SELECT ?x WHERE { {Gøtunes} fish:homePort/schema:containedInPlace ?x }",
    ),
    (
        "where is the company that owns Ribe Hav based",
        "2hop",
        f"SELECT ?x WHERE {{ {OWNER('{Ribe Hav}', '?c_')} ?c_ schema:addressCountry ?x }}",
    ),
    (
        "what flag does the ship used in the Icelandic Groundfish Survey 2024 fly?",
        "2hop",
        "SELECT ?x WHERE { {Icelandic Groundfish Survey 2024} fish:surveyVessel/fish:flagState ?x }",
    ),
    (
        "Which species prey on the species of the Skagerrak northern shrimp stock?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Skagerrak northern shrimp}} fish:stockOf ?sp_ . {PREYS('?x', '?sp_')} }}",
    ),
    (
        "who operates the ship on the Barents Sea Ecosystem Survey 2023",
        "2hop",
        "SELECT ?x WHERE { {Barents Sea Ecosystem Survey 2023} fish:surveyVessel/fish:operatedBy ?x }",
    ),
    (
        "which larger FAO area contains the division covered by the Irish Sea Nephrops Underwater TV Survey 2024?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Irish Sea Nephrops Underwater TV Survey 2024}} fish:coversArea ?a_ . {BROADER('?a_', '?x')} }}",
    ),
    (
        "which companies own purse seiners",
        "2hop",
        f"SELECT ?x WHERE {{ ?v_ fish:gearType {{Purse seine}} . {OWNER('?v_', '?x')} }}",
    ),
    (
        "What gear do Peterhead Pelagic's vessels use?",
        "2hop",
        f"SELECT ?x WHERE {{ {OWNER('?v_', '{Peterhead Pelagic}')} ?v_ fish:gearType ?x }}",
    ),
    (
        "where are the home ports of Vestfjord Havfiske's boats",
        "2hop",
        f"SELECT ?x WHERE {{ {OWNER('?v_', '{Vestfjord Havfiske}')} ?v_ fish:homePort ?x }}",
    ),
    (
        "which species are targeted by surveys the Marine Institute organises?",
        "2hop",
        "SELECT ?x WHERE { ?s_ schema:organizer {Marine Institute} ; fish:targetSpecies ?x }",
    ),
    # three hops
    (
        "In which country are the home ports of the vessels Barents Trawl owns?",
        "3hop",
        f"SELECT ?x WHERE {{ {OWNER('?v_', '{Barents Trawl}')} ?v_ fish:homePort/schema:containedInPlace ?x }}",
    ),
    (
        "which institutes operate the ships used in surveys of the Norwegian Sea?",
        "3hop",
        "SELECT ?x WHERE { ?s_ fish:coversArea {Norwegian Sea} ; fish:surveyVessel/fish:operatedBy ?x }",
    ),
    (
        "what stocks are there of the fish that prey on Norway pout?",
        "3hop",
        f"SELECT ?x WHERE {{ {PREYS('?p_', '{Norway pout}')} ?x fish:stockOf ?p_ }}",
    ),
    (
        "In which countries are the institutes based whose ships survey Rockall?",
        "3hop",
        "SELECT ?x WHERE { ?s_ fish:coversArea {Rockall} ; fish:surveyVessel/fish:operatedBy/schema:addressCountry ?x }",
    ),
    (
        "what flag do the vessels that landed whiting in Ålesund fly",
        "3hop",
        f"SELECT ?x WHERE {{ {LANDED('?v_', '{Whiting}', '{Ålesund}')} ?v_ fish:flagState ?x }}",
    ),
    (
        "Which companies own vessels that landed sole at IJmuiden?",
        "3hop",
        f"SELECT ?x WHERE {{ {LANDED('?v_', '{Common sole}', '{IJmuiden}')} {OWNER('?v_', '?x')} }}",
    ),
    # conjunctions
    (
        "Which Norwegian vessels use bottom otter trawls?",
        "conjunction",
        "SELECT ?x WHERE { ?x fish:flagState {Norway} ; fish:gearType {Bottom otter trawl} }",
    ),
    (
        "which cod stocks are in the North Sea",
        "conjunction",
        "SELECT ?x WHERE { ?x fish:stockOf {Atlantic cod} ; fish:inArea {North Sea} }",
    ),
    (
        "Which surveys cover the Northern North Sea and target cod?",
        "conjunction",
        "SELECT ?x WHERE { ?x fish:coversArea {Northern North Sea} ; fish:targetSpecies {Atlantic cod} }",
    ),
    (
        "which vessels landed haddock in Killybegs",
        "conjunction",
        f"SELECT ?x WHERE {{ {LANDED('?x', '{Haddock}', '{Killybegs}')} }}",
    ),
    (
        "Which of Shetland Catch's vessels are based in Lerwick?",
        "conjunction",
        f"SELECT ?x WHERE {{ {OWNER('?x', '{Shetland Catch}')} ?x fish:homePort {{Lerwick}} }}",
    ),
    (
        "what do both cod and greenland halibut eat",
        "conjunction",
        f"SELECT ?x WHERE {{ {PREYS('{Atlantic cod}', '?x')} {PREYS('{Greenland halibut}', '?x')} }}",
    ),
    (
        "Which stocks were assessed as overfished in 2024?",
        "conjunction",
        f"SELECT ?x WHERE {{ {ASSESS('?x', '2024', 'stockStatus', '{Overfished}')} }}",
    ),
    # synonyms (relation words that are not the labels)
    (
        "what nets does the Zeewolf fish with",
        "synonym",
        "SELECT ?x WHERE { {Zeewolf} fish:gearType ?x }",
    ),
    (
        "which nation is the Arnarfell registered in?",
        "synonym",
        "SELECT ?x WHERE { {Arnarfell} fish:flagState ?x }",
    ),
    (
        "Who is the operator of Thalia?",
        "synonym",
        "SELECT ?x WHERE { {Thalia} fish:operatedBy ?x }",
    ),
    (
        "what does Atlantic mackerel eat",
        "synonym",
        f"SELECT ?x WHERE {{ {PREYS('{Atlantic mackerel}', '?x')} }}",
    ),
    (
        "which boats took part in the Blue Whiting Spawning Survey 2023",
        "synonym",
        "SELECT ?x WHERE { {Blue Whiting Spawning Survey 2023} fish:surveyVessel ?x }",
    ),
    (
        "who is the parent company of Girl Isla?",
        "synonym",
        f"SELECT ?x WHERE {{ {OWNER('{Girl Isla}', '?x')} }}",
    ),
    (
        "which waters does the Western European Shelf Pelagic Acoustic Survey 2023 sample?",
        "synonym",
        "SELECT ?x WHERE { {Western European Shelf Pelagic Acoustic Survey 2023} fish:coversArea ?x }",
    ),
    # aliases (codes, other languages' names, scientific names)
    ("who owns IMO 9120634?", "alias", f"SELECT ?x WHERE {{ {OWNER('{IMO 9120634}', '?x')} }}"),
    ("what does kabeljau prey on", "alias", f"SELECT ?x WHERE {{ {PREYS('{Kabeljau}', '?x')} }}"),
    (
        "Which areas does stock cod.27.1-2 cover?",
        "alias",
        "SELECT ?x WHERE { {cod.27.1-2} fish:inArea ?x }",
    ),
    ("which vessels use OTM", "alias", "SELECT ?x WHERE { ?x fish:gearType {OTM} }"),
    (
        "what does Pollachius virens feed on?",
        "alias",
        f"SELECT ?x WHERE {{ {PREYS('{Pollachius virens}', '?x')} }}",
    ),
    # typos
    ("who owns the Nordstjernan", "typo", f"SELECT ?x WHERE {{ {OWNER('{Nordstjernen}', '?x')} }}"),
    (
        "what gear does the vestfjord vikng use",
        "typo",
        "SELECT ?x WHERE { {Vestfjord Viking} fish:gearType ?x }",
    ),
    (
        "which vessels are flagged in Icelnd",
        "typo",
        "SELECT ?x WHERE { ?x fish:flagState {Iceland} }",
    ),
    # literals
    ("how long is the Jacoba?", "literal", "SELECT ?x WHERE { {Jacoba} fish:lengthOverall ?x }"),
    (
        "What is the scientific name of haddock?",
        "literal",
        "SELECT ?x WHERE { {Haddock} dwc:scientificName ?x }",
    ),
    (
        "when was Polarfangst built",
        "literal",
        "SELECT ?x WHERE { {Polarfangst} fish:yearBuilt ?x }",
    ),
    (
        "What's the IMO number of Whalsay Rose",
        "literal",
        "SELECT ?x WHERE { {Whalsay Rose} fish:imoNumber ?x }",
    ),
    (
        "When did the Barents Sea Ecosystem Survey 2023 start?",
        "literal",
        "SELECT ?x WHERE { {Barents Sea Ecosystem Survey 2023} schema:startDate ?x }",
    ),
    (
        "What was the spawning stock biomass of North Sea plaice in 2024?",
        "literal",
        f"SELECT ?x WHERE {{ {ASSESS('{North Sea plaice}', '2024', 'spawningStockBiomass')} }}",
    ),
    (
        "what was the total allowable catch for North Sea cod in 2024",
        "literal",
        'SELECT ?x WHERE { ?q_ fish:quotaFor {North Sea cod} ; fish:quotaYear "2024"^^xsd:gYear ; fish:totalAllowableCatch ?x }',
    ),
    # unanswerable (near relations the data lacks)
    ("who is the captain of the Havbris?", "unanswerable", None),
    ("what was the biomass of Irish Sea cod in 2023?", "unanswerable", None),
    ("When was Nordhav Fiskeri founded?", "unanswerable", None),
    ("what is the total allowable catch for Eastern Atlantic bluefin tuna?", "unanswerable", None),
    ("How deep is the Norwegian Sea?", "unanswerable", None),
    ("what's the crew size of Ocean Venture II", "unanswerable", None),
    ("what is the maximum length of Atlantic wolffish", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "fisheries-probe62a-01",
        [
            (
                "Who owns the Arnarfell?",
                "start",
                f"SELECT ?x WHERE {{ {OWNER('{Arnarfell}', '?x')} }}",
            ),
            (
                "where is it based?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Norðurgrandi} schema:addressCountry ?x }",
            ),
            (
                "What about the Jóhanna?",
                "what_about",
                f"SELECT ?x WHERE {{ {OWNER('{Jóhanna}', '?x')} }}",
            ),
        ],
    ),
    (
        "fisheries-probe62a-02",
        [
            (
                "What gear does the Ribe Hav use?",
                "start",
                "SELECT ?x WHERE { {Ribe Hav} fish:gearType ?x }",
            ),
            (
                "How long is it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Ribe Hav} fish:lengthOverall ?x }",
            ),
            (
                "And the Fanø Bank?",
                "and_x",
                "SELECT ?x WHERE { {Fanø Bank} fish:lengthOverall ?x }",
            ),
        ],
    ),
    (
        "fisheries-probe62a-03",
        [
            (
                "Which ships took part in the North Sea International Bottom Trawl Survey Q1 2024?",
                "start",
                "SELECT ?x WHERE { {North Sea International Bottom Trawl Survey Q1 2024} fish:surveyVessel ?x }",
            ),
            (
                "When did it start?",
                "pronoun_topic",
                "SELECT ?x WHERE { {North Sea International Bottom Trawl Survey Q1 2024} schema:startDate ?x }",
            ),
            (
                "What about the Beam Trawl Survey 2023?",
                "what_about",
                "SELECT ?x WHERE { {Beam Trawl Survey 2023} schema:startDate ?x }",
            ),
        ],
    ),
]


def load(path: Path) -> Graph:
    """The hextuples of ``path`` as one rdflib graph (named graphs merged; an empty datatype
    a plain literal, an empty language none)."""
    g = Graph()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        s, p, v, dt, lang, _graph = json.loads(line)
        subj = BNode(s[2:]) if s.startswith("_:") else URIRef(s)
        obj: object
        if dt == "globalId":
            obj = URIRef(v)
        elif dt == "localId":
            obj = BNode(v[2:])
        elif lang:
            obj = Literal(v, lang=lang)
        else:
            obj = Literal(v, datatype=URIRef(dt) if dt else None)
        g.add((subj, URIRef(p), obj))
    return g


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("2.3220E+05")
    g = load(HERE / "fisheries.hext")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("fisheries", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "fisheries.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
