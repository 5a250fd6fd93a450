# ruff: noqa: E501  (one question a line)
"""Gold answers of ``battles.jsonl`` (and, with ``--conversations``, the battles lines of
``conversations_blind51.jsonl``), computed with rdflib SPARQL over ``battles.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("1815-06-18", "104"); a node with every name it carries:
``rdfs:label``, ``skos:altLabel``, ``skos:prefLabel``, ``schema:name``,
``schema:alternateName``, ``gn:name``, ``gn:alternateName`` and a unit's ``bt:unitCode``, in
every language. A count answers with its number. In a query ``{Name}`` stands for the one node
carrying that name (``{Name|prefix:Class}`` for the one of that class); ``ROLE(rt)`` is a SEM
role node of role type ``rt``. Unanswerable questions carry no query and ``answers: []``. Run
from the repository root: ``python bench/data/own/battles_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import RDFS, Graph, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("http://schema.org/")
BT = Namespace("https://warfare-archive.example.org/ontology#")
GN = Namespace("https://www.geonames.org/ontology#")
PRE = """PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX bt: <https://warfare-archive.example.org/ontology#>
PREFIX wdt: <https://warfare-archive.example.org/prop/direct/>
PREFIX p: <https://warfare-archive.example.org/prop/>
PREFIX ps: <https://warfare-archive.example.org/prop/statement/>
PREFIX pq: <https://warfare-archive.example.org/prop/qualifier/>
PREFIX gn: <https://www.geonames.org/ontology#>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
"""


def role(kind: str) -> str:
    """The IRI of SEM role type ``kind`` ("commander", "belligerent", "unit", "victor")."""
    return f"<https://warfare-archive.example.org/concept/roles/{kind}>"


def took_part(b: str, x: str, kind: str) -> str:
    """A pattern: ``x`` has a role of type ``kind`` in the event ``b``."""
    return f"{b} sem:hasActor [ rdf:value {x} ; sem:roleType {role(kind)} ] ."


QUESTIONS: list[tuple[str, str, str | None]] = [
    # 1hop
    (
        "Who won the Battle of Austerlitz?",
        "1hop",
        "SELECT ?x WHERE { {Battle of Austerlitz} wdt:P1346 ?x }",
    ),
    (
        "Where was the Battle of Borodino fought?",
        "1hop",
        "SELECT ?x WHERE { {Battle of Borodino} sem:hasPlace ?x }",
    ),
    (
        "Which war was the Battle of Sedan part of?",
        "1hop",
        "SELECT ?x WHERE { {Battle of Sedan} wdt:P361 ?x }",
    ),
    (
        "Who signed the Treaty of Frankfurt?",
        "1hop",
        "SELECT ?x WHERE { {Treaty of Frankfurt} bt:signatory ?x }",
    ),
    (
        "Who mediated the Treaty of Portsmouth?",
        "1hop",
        "SELECT ?x WHERE { {Treaty of Portsmouth} bt:mediatedBy ?x }",
    ),
    (
        "Where was the Peace of Pressburg signed?",
        "1hop",
        "SELECT ?x WHERE { {Peace of Pressburg} bt:signedAt ?x }",
    ),
    (
        "What rank did Louis-Nicolas Davout hold?",
        "1hop",
        "SELECT ?x WHERE { {Louis-Nicolas Davout} bt:rank ?x }",
    ),
    (
        "Where was Napoleon Bonaparte born?",
        "1hop",
        "SELECT ?x WHERE { {Napoleon Bonaparte} schema:birthPlace ?x }",
    ),
    (
        "What was the outcome of the Battle of Eylau?",
        "1hop",
        "SELECT ?x WHERE { {Battle of Eylau} bt:outcome ?x }",
    ),
    (
        "What kind of battle was Trafalgar?",
        "1hop",
        "SELECT ?x WHERE { {Battle of Trafalgar} sem:eventType ?x }",
    ),
    (
        "At which battle was Jean Lannes mortally wounded?",
        "1hop",
        "SELECT ?x WHERE { {Jean Lannes} bt:mortallyWoundedAt ?x }",
    ),
    ("Which country is Waterloo in?", "1hop", "SELECT ?x WHERE { {Waterloo} gn:parentCountry ?x }"),
    (
        "Which treaty ended the Franco-Prussian War?",
        "1hop",
        "SELECT ?x WHERE { {Franco-Prussian War} bt:concludedBy ?x }",
    ),
    (
        "What battles were fought in the Russo-Japanese War?",
        "list",
        "SELECT ?x WHERE { {Russo-Japanese War} sem:hasSubEvent ?x }",
    ),
    # inverse
    (
        "Which treaty ended the Crimean War?",
        "inverse",
        "SELECT ?x WHERE { ?x bt:terminates {Crimean War} }",
    ),
    (
        "Which regiments belonged to the Light Brigade?",
        "inverse",
        "SELECT ?x WHERE { ?x bt:subUnitOf {Light Brigade} }",
    ),
    (
        "Which battles did Davout fight in?",
        "inverse",
        f"SELECT ?x WHERE {{ {took_part('?x', '{Louis-Nicolas Davout}', 'commander')} }}",
    ),
    (
        "What battles were part of the Crimean War?",
        "inverse",
        "SELECT ?x WHERE { ?x sem:subEventOf {Crimean War} }",
    ),
    (
        "Which battles did the Kingdom of Bavaria take part in?",
        "inverse",
        "SELECT ?x WHERE { ?x wdt:P710 {Kingdom of Bavaria} }",
    ),
    (
        "Who was mortally wounded at the Battle of Leipzig?",
        "inverse",
        "SELECT ?x WHERE { ?x bt:mortallyWoundedAt {Battle of Leipzig} }",
    ),
    (
        "Which commanders were born in Kagoshima?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:birthPlace {Kagoshima} }",
    ),
    (
        "How many battles did Bavaria fight in?",
        "inverse",
        "SELECT (COUNT(?b) AS ?x) WHERE { ?b wdt:P710 {Kingdom of Bavaria} }",
    ),
    # 2hop
    (
        "What battles took place in Belgium?",
        "2hop",
        "SELECT ?x WHERE { ?x sem:hasPlace ?p . ?p gn:parentCountry {Belgium} }",
    ),
    (
        "When was the commander of the Combined Fleet born?",
        "2hop",
        "SELECT ?x WHERE { {Combined Fleet} bt:commandedBy/schema:birthDate ?x }",
    ),
    (
        "Which war was the Charge of the Light Brigade part of?",
        "2hop",
        "SELECT ?x WHERE { {Charge of the Light Brigade} sem:subEventOf/sem:subEventOf ?x }",
    ),
    (
        "Where was the treaty that ended the War of the Fourth Coalition signed?",
        "2hop",
        "SELECT ?x WHERE { {War of the Fourth Coalition} bt:concludedBy/bt:signedAt ?x }",
    ),
    (
        "What country was the Battle of Tsushima fought in?",
        "2hop",
        "SELECT ?x WHERE { {Battle of Tsushima} wdt:P276/gn:parentCountry ?x }",
    ),
    (
        "When did the war that the Battle of Inkerman belongs to end?",
        "2hop",
        "SELECT ?x WHERE { {Battle of Inkerman} sem:subEventOf/sem:hasEndTimeStamp ?x }",
    ),
    (
        "Who signed the treaty that ended the Russo-Japanese War?",
        "2hop",
        "SELECT ?x WHERE { ?t bt:terminates {Russo-Japanese War} ; bt:signatory ?x }",
    ),
    (
        "In which war was Horatio Nelson killed?",
        "2hop",
        "SELECT ?x WHERE { {Horatio Nelson} bt:mortallyWoundedAt/sem:subEventOf ?x }",
    ),
    (
        "Who led the brigade the 17th Lancers belonged to?",
        "2hop",
        "SELECT ?x WHERE { {17th Lancers} bt:subUnitOf/bt:commandedBy ?x }",
    ),
    # 3hop
    (
        "When was the treaty signed that ended the war the Battle of Jena was part of?",
        "3hop",
        "SELECT ?x WHERE { {Battle of Jena} sem:subEventOf/bt:concludedBy/bt:signedOn ?x }",
    ),
    (
        "What nationality was the mediator of the treaty that ended the Russo-Japanese War?",
        "3hop",
        "SELECT ?x WHERE { ?t bt:terminates {Russo-Japanese War} ; bt:mediatedBy/schema:nationality ?x }",
    ),
    (
        "In which country was the treaty that ended the Crimean War signed?",
        "3hop",
        "SELECT ?x WHERE { ?t bt:terminates {Crimean War} ; bt:signedAt/gn:parentCountry ?x }",
    ),
    (
        "When was the commander of the 11th Hussars' brigade born?",
        "3hop",
        "SELECT ?x WHERE { {11th Hussars} bt:subUnitOf/bt:commandedBy/schema:birthDate ?x }",
    ),
    # conjunction
    (
        "Which battles did both Napoleon and Kutuzov fight in?",
        "conjunction",
        f"SELECT ?x WHERE {{ {took_part('?x', '{Napoleon Bonaparte}', 'commander')} {took_part('?x', '{Mikhail Kutuzov}', 'commander')} }}",
    ),
    (
        "In which battles did Ney and Davout both fight?",
        "conjunction",
        f"SELECT ?x WHERE {{ {took_part('?x', '{Michel Ney}', 'commander')} {took_part('?x', '{Louis-Nicolas Davout}', 'commander')} }}",
    ),
    (
        "Who commanded the French at Borodino?",
        "conjunction",
        "SELECT ?x WHERE { {Battle of Borodino} sem:hasActor [ rdf:value ?x ; bt:fightingFor {French Empire} ] }",
    ),
    (
        "Who led the Russians at the Battle of the Alma?",
        "conjunction",
        "SELECT ?x WHERE { {Battle of the Alma} sem:hasActor [ rdf:value ?x ; bt:fightingFor {Russian Empire} ] }",
    ),
    (
        "How many French soldiers died at Austerlitz?",
        "conjunction",
        "SELECT ?x WHERE { {Battle of Austerlitz} p:P1120 [ ps:P1120 ?x ; pq:P642 {French Empire} ] }",
    ),
    (
        "How many men did the Japanese have at Mukden?",
        "conjunction",
        "SELECT ?x WHERE { {Battle of Mukden} p:P1132 [ ps:P1132 ?x ; pq:P642 {Empire of Japan} ] }",
    ),
    (
        "Which battles did the Ottoman Empire and Sardinia both fight in?",
        "conjunction",
        f"SELECT ?x WHERE {{ {took_part('?x', '{Ottoman Empire}', 'belligerent')} {took_part('?x', '{Kingdom of Sardinia}', 'belligerent')} }}",
    ),
    # synonym
    (
        "Who was victorious at the Battle of Inkerman?",
        "synonym",
        f"SELECT ?x WHERE {{ {took_part('{Battle of Inkerman}', '?x', 'victor')} }}",
    ),
    (
        "How many died in the Siege of Sevastopol?",
        "synonym",
        "SELECT ?x WHERE { {Siege of Sevastopol} wdt:P1120 ?x }",
    ),
    (
        "What were the losses at Balaclava?",
        "synonym",
        "SELECT ?x WHERE { {Battle of Balaclava} bt:casualtyNote ?x }",
    ),
    (
        "Which nations fought at Leipzig?",
        "synonym",
        f"SELECT ?x WHERE {{ {took_part('{Battle of Leipzig}', '?x', 'belligerent')} }}",
    ),
    (
        "Who were the generals at the Battle of Mukden?",
        "synonym",
        "SELECT ?x WHERE { {Battle of Mukden} bt:commander ?x }",
    ),
    # alias
    (
        "Who won the Battle of the Nations?",
        "alias",
        "SELECT ?x WHERE { {Battle of the Nations} wdt:P1346 ?x }",
    ),
    (
        "Where was the Battle of the Three Emperors fought?",
        "alias",
        "SELECT ?x WHERE { {Battle of the Three Emperors} sem:hasPlace ?x }",
    ),
    (
        "When did the Iron Duke die?",
        "alias",
        "SELECT ?x WHERE { {the Iron Duke} schema:deathDate ?x }",
    ),
    (
        "Which war was the Battle of the Sea of Japan part of?",
        "alias",
        "SELECT ?x WHERE { ?x sem:hasSubEvent {Battle of the Sea of Japan} }",
    ),
    (
        "Which treaty ended the Hundred Days?",
        "alias",
        "SELECT ?x WHERE { {Hundred Days} bt:concludedBy ?x }",
    ),
    # typo
    (
        "who won the battle of friedlnd",
        "typo",
        "SELECT ?x WHERE { {Battle of Friedland} wdt:P1346 ?x }",
    ),
    (
        "when did the siege of sevastapol start",
        "typo",
        "SELECT ?x WHERE { {Siege of Sevastopol} sem:hasTime/sem:hasBeginTimeStamp ?x }",
    ),
    (
        "where was the batle of gravelote",
        "typo",
        "SELECT ?x WHERE { {Battle of Gravelotte} wdt:P276 ?x }",
    ),
    (
        "who comanded the japanese third army",
        "typo",
        "SELECT ?x WHERE { {Japanese Third Army} bt:commandedBy ?x }",
    ),
    ("wat rank was kutusov", "typo", "SELECT ?x WHERE { {Mikhail Kutuzov} bt:rank ?x }"),
    # literal
    (
        "When did the Battle of Waterloo take place?",
        "literal",
        "SELECT ?x WHERE { {Battle of Waterloo} sem:hasBeginTimeStamp ?x }",
    ),
    (
        "When was the Treaty of Portsmouth signed?",
        "literal",
        "SELECT ?x WHERE { {Treaty of Portsmouth} bt:signedOn ?x }",
    ),
    (
        "How many guns did HMS Victory carry?",
        "literal",
        "SELECT ?x WHERE { {HMS Victory} bt:guns ?x }",
    ),
    (
        "When did the Siege of Port Arthur end?",
        "literal",
        "SELECT ?x WHERE { {Siege of Port Arthur} wdt:P582 ?x }",
    ),
    (
        "How many wounded did the British have at Trafalgar?",
        "literal",
        "SELECT ?x WHERE { {Battle of Trafalgar} p:P1339 [ ps:P1339 ?x ; pq:P642 {United Kingdom} ] }",
    ),
    ("What is the latitude of Sedan?", "literal", "SELECT ?x WHERE { {Sedan} geo:lat ?x }"),
    # unanswerable: the archive holds none of these
    ("How many horses died at Waterloo?", "unanswerable", None),
    ("What was the weather like at Austerlitz?", "unanswerable", None),
    ("Who was Napoleon's wife?", "unanswerable", None),
    ("How many cannons did the French have at Borodino?", "unanswerable", None),
    ("Who led the Russian delegation at Portsmouth?", "unanswerable", None),
    ("Where is Kutuzov buried?", "unanswerable", None),
    ("When was HMS Victory decommissioned?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "battles-b51-01",
        [
            (
                "Who commanded the Combined Fleet?",
                "start",
                "SELECT ?x WHERE { {Combined Fleet} bt:commandedBy ?x }",
            ),
            (
                "When was he born?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Tōgō Heihachirō} schema:birthDate ?x }",
            ),
            (
                "And Nogi Maresuke?",
                "and_x",
                "SELECT ?x WHERE { {Nogi Maresuke} schema:birthDate ?x }",
            ),
        ],
    ),
    (
        "battles-b51-02",
        [
            (
                "Which treaty ended the Crimean War?",
                "start",
                "SELECT ?x WHERE { ?x bt:terminates {Crimean War} }",
            ),
            (
                "Where was it signed?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Treaty of Paris (1856)} bt:signedAt ?x }",
            ),
            (
                "What about the Treaty of Frankfurt?",
                "what_about",
                "SELECT ?x WHERE { {Treaty of Frankfurt} bt:signedAt ?x }",
            ),
        ],
    ),
    (
        "battles-b51-03",
        [
            (
                "Who won the Battle of Wagram?",
                "start",
                "SELECT ?x WHERE { {Battle of Wagram} wdt:P1346 ?x }",
            ),
            (
                "Where was that battle fought?",
                "demonstrative",
                "SELECT ?x WHERE { {Battle of Wagram} sem:hasPlace ?x }",
            ),
            (
                "And the Battle of Aspern-Essling?",
                "and_x",
                "SELECT ?x WHERE { {Battle of Aspern-Essling} sem:hasPlace ?x }",
            ),
        ],
    ),
]

NAME_PROPS = (
    RDFS.label,
    SKOS.altLabel,
    SKOS.prefLabel,
    S.name,
    S.alternateName,
    GN.name,
    GN.alternateName,
    BT.unitCode,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published
    g = Graph()
    g.parse(HERE / "battles.ttl", format="turtle")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("battles", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "battles.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
