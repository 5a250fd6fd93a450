# ruff: noqa: E501  (one question a line)
"""Gold answers of ``archives.jsonl``, computed with rdflib SPARQL over ``archives.rdf`` (never
with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("FRAN_IR_008150", "24 articles"); an entity with every name it carries: a record set
or record its ``rico:title``, ``rdfs:label`` and ``rico:identifier``, an agent its ``rdfs:label``
and each ``rico:AgentName``'s ``rico:textualValue``, a place its ``rico:name`` and ``rdfs:label``,
a concept each ``skos:prefLabel``, a language or occupation each ``rdfs:label``, a date node its
``rico:expressedDate`` and ``rico:normalizedDateValue``. In a query ``<F FRAN_IR_001234>`` stands
for the record set ``.../recordResource/FRAN_IR_001234``, ``<A slug>`` for an agent and
``<P slug>`` for a place. Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/archives_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import write_answers

HERE = Path(__file__).parent
RICO = Namespace("https://www.ica.org/standards/RiC/ontology#")
BASE = "https://data.archives-varennes.fr/ric/"
PRE = """PREFIX rico: <https://www.ica.org/standards/RiC/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rst: <https://www.ica.org/standards/RiC/vocabularies/recordSetTypes#>
PREFIX dft: <https://www.ica.org/standards/RiC/vocabularies/documentaryFormTypes#>
"""
CREATOR = "{ ?s rico:hasOrHadCreator ?x } UNION { ?r rico:creationRelationHasSource ?s ; rico:creationRelationHasTarget ?x }"
SUCCESSOR = "{ ?s rico:hasSuccessor ?x } UNION { ?r rico:agentTemporalRelationHasSource ?s ; rico:agentTemporalRelationHasTarget ?x }"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Who created the Chartrier de Montclar?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<F FRAN_IR_000985> AS ?s) {CREATOR} }}",
    ),
    (
        "who is the creator of the Fonds de la Compagnie des forges de Valbrune",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<F FRAN_IR_001234> AS ?s) {CREATOR} }}",
    ),
    (
        "Which organisations produced the Archives hospitalières de Valbrune?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<F FRAN_IR_003307> AS ?s) {CREATOR} }}",
    ),
    (
        "What series make up the Papiers Étienne Lavergne?",
        "1hop",
        "SELECT ?x WHERE { <F FRAN_IR_005512> rico:includesOrIncluded ?x }",
    ),
    (
        "date range of file 412 AQ 14",
        "1hop",
        'SELECT ?x WHERE { ?f rico:identifier "412 AQ 14" ; rico:hasCreationDate ?x }',
    ),
    (
        "What is the reference code of the series Surveillance des étrangers?",
        "literal",
        'SELECT ?x WHERE { ?s rico:title "Surveillance des étrangers"@fr ; rico:identifier ?x }',
    ),
    (
        "finding aid identifier for the Archives Jules-Henri Roquebrune",
        "literal",
        "SELECT ?x WHERE { <F FRAN_IR_008150> rico:identifier ?x }",
    ),
    (
        "When was Étienne Lavergne born?",
        "literal",
        "SELECT ?x WHERE { <A lavergne> rico:hasBirthDate ?x }",
    ),
    (
        "when did Louise Marchetti-Duval die",
        "literal",
        "SELECT ?x WHERE { <A marchetti> rico:hasDeathDate ?x }",
    ),
    (
        "Which body succeeded the Compagnie des forges de Valbrune?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<A forges-valbrune> AS ?s) {SUCCESSOR} }}",
    ),
    (
        "What replaced the Bureau des hospices de Valbrune?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND(<A hospices-valbrune> AS ?s) {SUCCESSOR} }}",
    ),
    (
        "What was Étienne Lavergne's profession?",
        "1hop",
        "SELECT ?x WHERE { <A lavergne> rico:hasOrHadOccupationOfType ?x }",
    ),
    (
        "Where was Clémence Dufresnoy located?",
        "1hop",
        "SELECT ?x WHERE { <A dufresnoy> rico:hasOrHadLocation ?x }",
    ),
    (
        "Which repository holds the Chartrier de Montclar?",
        "1hop",
        "SELECT ?x WHERE { <F FRAN_IR_000985> rico:hasOrHadHolder ?x }",
    ),
    (
        "what languages are the documents of the chartrier de montclar written in",
        "1hop",
        "SELECT ?x WHERE { <F FRAN_IR_000985> rico:hasOrHadLanguage ?x }",
    ),
    (
        "Lorris-les-Bains is in which département?",
        "1hop",
        "SELECT ?x WHERE { <P lorris-les-bains> rico:isOrWasContainedBy ?x }",
    ),
    (
        "What type of document is 'Rapport : crue, Montclar-sur-Lorre'?",
        "1hop",
        'SELECT ?x WHERE { ?r rico:title "Rapport : crue, Montclar-sur-Lorre"@fr ; rico:hasDocumentaryFormType ?x }',
    ),
    (
        "When was the Lettre de Clémence Dufresnoy à Jules-Henri Roquebrune (élection législative) written?",
        "literal",
        'SELECT ?x WHERE { ?r rico:title "Lettre de Clémence Dufresnoy à Jules-Henri Roquebrune (élection législative)"@fr ; rico:hasCreationDate ?x }',
    ),
    (
        "Which series is file 129 J 12 part of?",
        "1hop",
        'SELECT ?x WHERE { ?x rico:includesOrIncluded ?f . ?f rico:identifier "129 J 12" }',
    ),
    (
        "what kind of record set is Correspondance politique",
        "1hop",
        'SELECT ?x WHERE { ?s rico:title "Correspondance politique"@fr ; rico:hasRecordSetType ?x }',
    ),
    # inverse
    (
        "Which fonds did Jules-Henri Roquebrune create?",
        "inverse",
        f"SELECT ?s WHERE {{ BIND(<A roquebrune> AS ?x) {CREATOR} }}",
    ),
    (
        "Which records were created by the Compagnie du chemin de fer de Port-Lorre à Ferrières?",
        "inverse",
        f"SELECT ?s WHERE {{ BIND(<A chemins-fer> AS ?x) {CREATOR} }}",
    ),
    (
        "Which letters did Anselme Berthomieu write?",
        "inverse",
        "SELECT ?x WHERE { ?x rico:hasAuthor <A berthomieu> }",
    ),
    (
        "what letters were addressed to Louise Marchetti-Duval",
        "inverse",
        "SELECT ?x WHERE { ?x rico:hasAddressee <A marchetti> }",
    ),
    (
        "Which documents are about Sidi-Mersa?",
        "inverse",
        "SELECT ?x WHERE { ?x rico:hasOrHadSubject <P alger> }",
    ),
    (
        "Who among the agents was a civil engineer?",
        "inverse",
        "SELECT ?x WHERE { ?x rico:hasOrHadOccupationOfType <https://data.archives-varennes.fr/ric/occupation/ingenieur> }",
    ),
    (
        "Which places are in Haute-Varenne?",
        "inverse",
        "SELECT ?x WHERE { ?x rico:isOrWasContainedBy <P haute-varenne> }",
    ),
    (
        "which fonds contain material in Occitan",
        "inverse",
        "SELECT ?x WHERE { ?x rico:hasOrHadLanguage <https://data.archives-varennes.fr/ric/language/oci> }",
    ),
    (
        "Who preceded the Réseau des chemins de fer de la Lorre?",
        "inverse",
        f"SELECT ?s WHERE {{ BIND(<A reseau-lorre> AS ?x) {SUCCESSOR} }}",
    ),
    (
        "Which agents were based in Valbrune?",
        "inverse",
        "SELECT ?x WHERE { ?x rico:hasOrHadLocation <P valbrune> }",
    ),
    # two hops
    (
        "Who created the fonds that includes the series Ponts de la Lorre?",
        "2hop",
        f'SELECT ?x WHERE {{ ?s rico:includesOrIncluded ?series . ?series rico:title "Ponts de la Lorre"@fr . {CREATOR} }}',
    ),
    (
        "When was the creator of the Fonds photographique Louise Marchetti-Duval born?",
        "2hop",
        "SELECT ?x WHERE { BIND(<F FRAN_IR_006078> AS ?s) { ?r rico:creationRelationHasSource ?s ; rico:creationRelationHasTarget ?a } ?a rico:hasBirthDate ?x }",
    ),
    (
        "Which fonds does file 77 AQ 16 belong to?",
        "2hop",
        'SELECT ?x WHERE { ?x rico:includesOrIncluded ?s . ?s rico:includesOrIncluded ?f . ?f rico:identifier "77 AQ 16" }',
    ),
    (
        "When does the series Grèves et coalitions begin?",
        "2hop",
        'SELECT ?x WHERE { ?s rico:title "Grèves et coalitions"@fr ; rico:hasCreationDate ?d . ?d rico:hasBeginningDate ?x }',
    ),
    (
        "What's the end date of the Chartrier de Montclar?",
        "2hop",
        "SELECT ?x WHERE { <F FRAN_IR_000985> rico:hasCreationDate ?d . ?d rico:hasEndDate ?x }",
    ),
    (
        "Where was the creator of the Minutes de Maître Anselme Berthomieu, notaire à Saint-Aurèle based?",
        "2hop",
        "SELECT ?x WHERE { <F FRAN_IR_007443> rico:hasOrHadCreator ?a . ?a rico:hasOrHadLocation ?x }",
    ),
    (
        "What fonds was created by the successor of the Compagnie des forges de Valbrune?",
        "2hop",
        "SELECT ?x WHERE { <A forges-valbrune> rico:hasSuccessor ?a . ?x rico:hasOrHadCreator ?a }",
    ),
    (
        "In which series is the Lettre de Étienne Lavergne à Anselme Berthomieu (pont suspendu)?",
        "2hop",
        'SELECT ?x WHERE { ?r rico:title "Lettre de Étienne Lavergne à Anselme Berthomieu (pont suspendu)"@fr . ?f rico:includesOrIncluded ?r . ?x rico:includesOrIncluded ?f }',
    ),
    (
        "when was the body that succeeded the Bureau des hospices de Valbrune established?",
        "2hop",
        "SELECT ?x WHERE { ?r rico:agentTemporalRelationHasSource <A hospices-valbrune> ; rico:agentTemporalRelationHasTarget ?b . ?b rico:hasBeginningDate ?x }",
    ),
    # three hops
    (
        "Who created the fonds that contains file 412 AQ 14?",
        "3hop",
        f'SELECT ?x WHERE {{ ?f rico:identifier "412 AQ 14" . ?series rico:includesOrIncluded ?f . ?s rico:includesOrIncluded ?series . {CREATOR} }}',
    ),
    (
        "who is the creator of the fonds with file 77 AQ 5 in it",
        "3hop",
        f'SELECT ?x WHERE {{ ?f rico:identifier "77 AQ 5" . ?series rico:includesOrIncluded ?f . ?s rico:includesOrIncluded ?series . {CREATOR} }}',
    ),
    (
        "Where was the author of the Lettre de Louise Marchetti-Duval à Jules-Henri Roquebrune (chemin de fer) based?",
        "2hop",
        'SELECT ?x WHERE { ?r rico:title "Lettre de Louise Marchetti-Duval à Jules-Henri Roquebrune (chemin de fer)"@fr ; rico:hasAuthor ?a . ?a rico:hasOrHadLocation ?x }',
    ),
    # conjunctions
    (
        "Which letters did Clémence Dufresnoy send to the Préfecture de la Haute-Varenne?",
        "conjunction",
        "SELECT ?x WHERE { ?x rico:hasAuthor <A dufresnoy> ; rico:hasAddressee <A prefecture-hv> }",
    ),
    (
        "Which letters from Jules-Henri Roquebrune were addressed to Étienne Lavergne?",
        "conjunction",
        "SELECT ?x WHERE { ?x rico:hasAuthor <A roquebrune> ; rico:hasAddressee <A lavergne> }",
    ),
    (
        "Which fonds have documents in both French and German?",
        "conjunction",
        "SELECT ?x WHERE { ?x rico:hasOrHadLanguage <https://data.archives-varennes.fr/ric/language/fre>, <https://data.archives-varennes.fr/ric/language/ger> }",
    ),
    (
        "records about both Sidi-Mersa and the Société métallurgique de Valbrune et Lorris",
        "conjunction",
        "SELECT ?x WHERE { ?x rico:hasOrHadSubject <P alger>, <A smvl> }",
    ),
    # aliases, synonyms, partial names
    (
        "When was the SMVL established?",
        "alias",
        "SELECT ?x WHERE { <A smvl> rico:hasBeginningDate ?x }",
    ),
    (
        "Which fonds did Maître Berthomieu produce?",
        "alias",
        "SELECT ?x WHERE { ?x rico:hasOrHadCreator <A berthomieu> }",
    ),
    (
        "When did the Forges de Valbrune close?",
        "alias",
        "SELECT ?x WHERE { <A forges-valbrune> rico:hasEndDate ?x }",
    ),
    (
        "who was the records creator of the Roquebrune archives?",
        "synonym",
        "SELECT ?x WHERE { <F FRAN_IR_008150> rico:hasOrHadCreator ?x }",
    ),
    (
        "Give me the shelfmark of the Répertoires series",
        "synonym",
        'SELECT ?x WHERE { ?s rico:title "Répertoires"@fr ; rico:identifier ?x }',
    ),
    (
        "who took over from the Hospices de Valbrune",
        "synonym",
        f"SELECT ?x WHERE {{ BIND(<A hospices-valbrune> AS ?s) {SUCCESSOR} }}",
    ),
    (
        "who created the Lavergne papers?",
        "alias",
        "SELECT ?x WHERE { <F FRAN_IR_005512> rico:hasOrHadCreator ?x }",
    ),
    (
        "Which series are in the Roquebrune archives?",
        "alias",
        "SELECT ?x WHERE { <F FRAN_IR_008150> rico:includesOrIncluded ?x }",
    ),
    (
        "how big is the Fonds du chemin de fer de Port-Lorre à Ferrières?",
        "literal",
        "SELECT ?x WHERE { <F FRAN_IR_004120> rico:recordResourceExtent ?x }",
    ),
    (
        "scope and content note of the Papiers Étienne Lavergne",
        "literal",
        "SELECT ?x WHERE { <F FRAN_IR_005512> rico:scopeAndContent ?x }",
    ),
    # misspellings
    (
        "who created the Chartier de Montclar",
        "typo",
        "SELECT ?x WHERE { <F FRAN_IR_000985> rico:hasOrHadCreator ?x }",
    ),
    (
        "When was Etienne Lavergn born",
        "typo",
        "SELECT ?x WHERE { <A lavergne> rico:hasBirthDate ?x }",
    ),
    (
        "reference code of the Archives hospitalieres de Valbrune",
        "typo",
        "SELECT ?x WHERE { <F FRAN_IR_003307> rico:identifier ?x }",
    ),
    # unanswerable: near relations the entity lacks
    ("Who created the series Délibérations?", "unanswerable", None),
    ("When did the Préfecture de la Haute-Varenne cease to exist?", "unanswerable", None),
    ("Where did Anselme Berthomieu die?", "unanswerable", None),
    ("Who succeeded the Société métallurgique de Valbrune et Lorris?", "unanswerable", None),
    ("What is the reference code of the Famille de Montclar?", "unanswerable", None),
    ("Who were the members of the Compagnie des forges de Valbrune?", "unanswerable", None),
]


def names(g: Graph, x: object) -> set[str]:
    """Every name ``x`` carries (a literal: its lexical form)."""
    if isinstance(x, Literal):
        return {str(x)}
    assert isinstance(x, URIRef), x
    props = (RICO.title, RDFS.label, RICO.identifier, RICO.name, SKOS.prefLabel)
    props += (RICO.expressedDate, RICO.normalizedDateValue)
    out = {str(o) for p in props for o in g.objects(x, p)}
    for n in g.objects(x, RICO.hasOrHadAgentName):
        out |= {str(o) for o in g.objects(n, RICO.textualValue)}
    if not out:
        raise SystemExit(f"no name for {x}")
    return out


def expand(query: str) -> str:
    query = re.sub(r"<F ([^>]+)>", rf"<{BASE}recordResource/\1>", query)
    query = re.sub(r"<A ([^>]+)>", rf"<{BASE}agent/\1>", query)
    return PRE + re.sub(r"<P ([^>]+)>", rf"<{BASE}place/\1>", query)


def main() -> None:
    g = Graph()
    g.parse(HERE / "archives.rdf", format="xml")

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(expand(query)):
            out |= names(g, row[0])
        return out

    write_answers(HERE / "archives.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
