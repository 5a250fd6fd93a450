# ruff: noqa: E501  (one question a line)
"""Gold answers of ``broadcast.jsonl``, computed with rdflib SPARQL over ``broadcast.jsonld``
(never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("PT52M", "2021-09-14T21:10:00+01:00"); a node with every name it carries: a
series, season or episode each ``ebucore:title``, ``ebucore:alternativeTitle`` and
``ebucore:originalTitle`` (every language), a person its ``ebucore:givenName`` and
``ebucore:familyName`` joined ("Margaux Henrard"), an organisation each
``ebucore:organisationName``, a channel its ``ebucore:publicationChannelName``, a concept each
``skos:prefLabel``, a location its ``rdfs:label``, a collection each ``ebucore:groupName``. In a
query ``{Name}`` stands for the one node that carries that name. Unanswerable questions carry no
query and ``answers: []``. Run from the repository root:
``python bench/data/own/broadcast_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, write_answers

HERE = Path(__file__).parent
EBU = Namespace("http://www.ebu.ch/metadata/ontologies/ebucore/ebucore#")
PRE = """PREFIX ebucore: <http://www.ebu.ch/metadata/ontologies/ebucore/ebucore#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX roles: <http://www.ebu.ch/metadata/ontologies/skos/ebu_RoleCodeCS#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
NAMES = (
    EBU.title,
    EBU.alternativeTitle,
    EBU.originalTitle,
    EBU.organisationName,
    EBU.publicationChannelName,
    SKOS.prefLabel,
    RDFS.label,
    EBU.groupName,
    EBU.characterName,
)


def credit(role: str, work: str = "?s") -> str:
    """``?x`` is the agent credited with ``role`` (an EBU role code) on ``work``."""
    return f"{work} ebucore:hasContributor [ ebucore:isAgent ?x ; ebucore:hasRole roles:_{role} ]"


PRESENTER, DIRECTOR, COMPOSER, WRITER, NARRATOR, CONDUCTOR = (
    "20.10",
    "20.3",
    "20.2",
    "20.26",
    "20.14",
    "20.4",
)
FIRST = "?e ebucore:publishes ?ep ; ebucore:firstShowing true"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop (a credit is an n-ary node: the user asks one relation)
    (
        "Who presents Le Grand Quiz?",
        "1hop",
        f"SELECT ?x WHERE {{ {credit(PRESENTER, '{Le Grand Quiz}')} }}",
    ),
    (
        "who presented Les Chemins de l'eau?",
        "1hop",
        f"SELECT ?x WHERE {{ {credit(PRESENTER, '{Les Chemins de l_eau}')} }}",
    ),
    (
        "Who composed the music for Noorderkade?",
        "1hop",
        f"SELECT ?x WHERE {{ {credit(COMPOSER, '{Noorderkade}')} }}",
    ),
    (
        "who wrote Fog over Ardenne",
        "1hop",
        f"SELECT ?x WHERE {{ {credit(WRITER, '{Fog over Ardenne}')} }}",
    ),
    (
        "What genre is Kaléidoscope?",
        "1hop",
        "SELECT ?x WHERE { {Kaléidoscope} ebucore:hasGenre ?x }",
    ),
    (
        "What is the original language of Fog over Ardenne?",
        "1hop",
        "SELECT ?x WHERE { {Fog over Ardenne} ebucore:hasOriginalLanguage ?x }",
    ),
    (
        "Which company produced Les Chemins de l'eau?",
        "1hop",
        "SELECT ?x WHERE { {Les Chemins de l_eau} ebucore:hasProducer ?x }",
    ),
    (
        "Which channel shows Le Grand Quiz?",
        "1hop",
        "SELECT ?x WHERE { {Le Grand Quiz} ebucore:hasRelatedPublicationChannel ?x }",
    ),
    (
        "on which channel is Les Voix de la nuit broadcast",
        "1hop",
        "SELECT ?x WHERE { {Les Voix de la nuit} ebucore:hasRelatedPublicationChannel ?x }",
    ),
    (
        "Who directed the episode De Verdronken Visser?",
        "1hop",
        f"SELECT ?x WHERE {{ {credit(DIRECTOR, '{De Verdronken Visser}')} }}",
    ),
    ("who directed Smoke", "1hop", f"SELECT ?x WHERE {{ {credit(DIRECTOR, '{Smoke}')} }}"),
    (
        "Who conducts Les Concerts du dimanche?",
        "1hop",
        f"SELECT ?x WHERE {{ {credit(CONDUCTOR, '{Les Concerts du dimanche}')} }}",
    ),
    (
        "Who narrates Les Voix de la nuit?",
        "1hop",
        f"SELECT ?x WHERE {{ {credit(NARRATOR, '{Les Voix de la nuit}')} }}",
    ),
    (
        "Where was the episode Les Castors de la Semois filmed?",
        "1hop",
        "SELECT ?x WHERE { {Les Castors de la Semois} ebucore:hasShootingLocation ?x }",
    ),
    ("Who created Noorderkade?", "1hop", "SELECT ?x WHERE { {Noorderkade} ebucore:hasCreator ?x }"),
    (
        "Which series is the episode La Carbonnade flamande from?",
        "1hop",
        "SELECT ?x WHERE { {La Carbonnade flamande} ebucore:isEpisodeOfSeries ?x }",
    ),
    (
        "Which collection is the episode Neige sur Bruges part of?",
        "1hop",
        "SELECT ?x WHERE { {Neige sur Bruges} ebucore:isMemberOf ?x }",
    ),
    (
        "Who operates the channel RDV Klassiek?",
        "1hop",
        "SELECT ?x WHERE { {RDV Klassiek} ebucore:isOwnedBy ?x }",
    ),
    (
        "What type of channel is RDV Klassiek?",
        "1hop",
        "SELECT ?x WHERE { {RDV Klassiek} ebucore:publicationChannelType ?x }",
    ),
    (
        "What is the broader genre of Crime drama?",
        "1hop",
        "SELECT ?x WHERE { {Crime drama} skos:broader ?x }",
    ),
    # literals
    (
        "How long is the episode Les Moulins oubliés?",
        "literal",
        "SELECT ?x WHERE { {Les Moulins oubliés} ebucore:duration ?x }",
    ),
    ("duration of Black Ice", "literal", "SELECT ?x WHERE { {Black Ice} ebucore:duration ?x }"),
    (
        "What is the EIDR of the episode Mistbank?",
        "literal",
        "SELECT ?x WHERE { {Mistbank} ebucore:hasIdentifier [ ebucore:hasIdentifierType ?t ; ebucore:identifierValue ?x ] . ?t skos:notation 'EIDR' }",
    ),
    (
        "What is Margaux Henrard's occupation?",
        "literal",
        "SELECT ?x WHERE { ?p ebucore:givenName 'Margaux' ; ebucore:familyName 'Henrard' ; ebucore:occupation ?x }",
    ),
    (
        "What episode number is Le Phare?",
        "literal",
        "SELECT ?x WHERE { {Le Phare} ebucore:episodeNumber ?x }",
    ),
    (
        "What is the RDV programme identifier of Le Débat?",
        "literal",
        "SELECT ?x WHERE { {Le Débat} ebucore:hasIdentifier [ ebucore:identifierValue ?x ] }",
    ),
    (
        "What is the channel id of RDV Klassiek?",
        "literal",
        "SELECT ?x WHERE { {RDV Klassiek} ebucore:publicationChannelId ?x }",
    ),
    (
        "When did L'Eau potable en danger air?",
        "literal",
        f"SELECT ?x WHERE {{ BIND({{L_Eau potable en danger}} AS ?ep) {FIRST} ; ebucore:publicationStartDateTime ?x }}",
    ),
    (
        "What's the alternative title of Les Chemins de l'eau?",
        "literal",
        "SELECT ?x WHERE { {Les Chemins de l_eau} ebucore:alternativeTitle ?x }",
    ),
    (
        "What is Brouillard sur l'Ardenne's original title?",
        "literal",
        "SELECT ?x WHERE { {Brouillard sur l_Ardenne} ebucore:originalTitle ?x }",
    ),
    # inverse
    (
        "Who plays Inspecteur Wim Declercq?",
        "inverse",
        "SELECT ?x WHERE { ?ep ebucore:hasCastMember [ ebucore:isAgent ?x ; ebucore:hasCharacter [ ebucore:characterName 'Inspecteur Wim Declercq' ] ] }",
    ),
    (
        "Which character does Kate Bright play?",
        "inverse",
        "SELECT ?x WHERE { ?p ebucore:givenName 'Kate' ; ebucore:familyName 'Bright' . ?ep ebucore:hasCastMember [ ebucore:isAgent ?p ; ebucore:hasCharacter [ ebucore:characterName ?x ] ] }",
    ),
    (
        "Which series did Jelle Vanacker create?",
        "inverse",
        "SELECT ?x WHERE { ?p ebucore:givenName 'Jelle' ; ebucore:familyName 'Vanacker' . ?x ebucore:hasCreator ?p }",
    ),
    (
        "What shows does Rachid Haddad present?",
        "inverse",
        f"SELECT ?x WHERE {{ ?p ebucore:givenName 'Rachid' ; ebucore:familyName 'Haddad' . ?x ebucore:hasContributor [ ebucore:isAgent ?p ; ebucore:hasRole roles:_{PRESENTER} ] }}",
    ),
    (
        "Which episodes did Helen Okafor direct?",
        "inverse",
        f"SELECT ?x WHERE {{ ?p ebucore:givenName 'Helen' ; ebucore:familyName 'Okafor' . ?x ebucore:hasContributor [ ebucore:isAgent ?p ; ebucore:hasRole roles:_{DIRECTOR} ] }}",
    ),
    (
        "What is in the Festival d'été 2023 collection?",
        "inverse",
        "SELECT ?x WHERE { ?x ebucore:isMemberOf {Festival d_été 2023} }",
    ),
    (
        "Which series did Isabelle Lambert compose music for?",
        "inverse",
        f"SELECT ?x WHERE {{ ?p ebucore:givenName 'Isabelle' ; ebucore:familyName 'Lambert' . ?x ebucore:hasContributor [ ebucore:isAgent ?p ; ebucore:hasRole roles:_{COMPOSER} ] }}",
    ),
    # two hops
    (
        "Who voices Pim in Les Petits Débrouillards?",
        "2hop",
        "SELECT ?x WHERE { ?ep ebucore:isEpisodeOfSeries {Les Petits Débrouillards} ; ebucore:hasCastMember [ ebucore:isAgent ?x ; ebucore:hasCharacter [ ebucore:characterName 'Pim' ] ] }",
    ),
    (
        "What season number is Het Wrak in?",
        "2hop",
        "SELECT ?x WHERE { {Het Wrak} ebucore:isEpisodeOfSeason/ebucore:seasonNumber ?x }",
    ),
    (
        "What episodes are in season 2 of Les Chemins de l'eau?",
        "2hop",
        "SELECT ?x WHERE { {Les Chemins de l_eau} ebucore:hasSeason ?s . ?s ebucore:seasonNumber 2 . ?x ebucore:isEpisodeOfSeason ?s }",
    ),
    (
        "When was Springtij first broadcast?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND({{Springtij}} AS ?ep) {FIRST} ; ebucore:publicationStartDateTime ?x }}",
    ),
    (
        "On which channel was Le Stoemp first shown?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND({{Le Stoemp}} AS ?ep) {FIRST} ; ebucore:isReleasedBy ?x }}",
    ),
    (
        "Which channels aired the episode Glace et dégel?",
        "2hop",
        "SELECT ?x WHERE { ?e ebucore:publishes {Glace et dégel} ; ebucore:isReleasedBy ?x }",
    ),
    (
        "What series is Koen Mertens in?",
        "2hop",
        "SELECT ?x WHERE { ?p ebucore:givenName 'Koen' ; ebucore:familyName 'Mertens' . ?ep ebucore:hasCastMember [ ebucore:isAgent ?p ] ; ebucore:isEpisodeOfSeries ?x }",
    ),
    # three hops
    (
        "When was the first episode of Noorderkade aired?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Noorderkade}} ebucore:hasSeason ?s . ?s ebucore:seasonNumber 1 . ?ep ebucore:isEpisodeOfSeason ?s ; ebucore:episodeNumber 1 . {FIRST} ; ebucore:publicationStartDateTime ?x }}",
    ),
    (
        "Who composed the music for the series that the episode Containers belongs to?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Containers}} ebucore:isEpisodeOfSeries ?s . {credit(COMPOSER)} }}",
    ),
    (
        "What is the original language of the series Het Vrachtschip is part of?",
        "3hop",
        "SELECT ?x WHERE { {Het Vrachtschip} ebucore:isEpisodeOfSeries/ebucore:hasOriginalLanguage ?x }",
    ),
    (
        "Which company produced the series presented by Lucie Renard?",
        "3hop",
        f"SELECT ?x WHERE {{ ?p ebucore:givenName 'Lucie' ; ebucore:familyName 'Renard' . ?s ebucore:hasContributor [ ebucore:isAgent ?p ; ebucore:hasRole roles:_{PRESENTER} ] ; ebucore:hasProducer ?x }}",
    ),
    # conjunction
    (
        "What is the first episode of Noorderkade called?",
        "conjunction",
        "SELECT ?x WHERE { {Noorderkade} ebucore:hasSeason ?s . ?s ebucore:seasonNumber 1 . ?x ebucore:isEpisodeOfSeason ?s ; ebucore:episodeNumber 1 }",
    ),
    (
        "where can I stream Black Ice?",
        "conjunction",
        "SELECT ?x WHERE { ?e ebucore:publishes {Black Ice} ; ebucore:isReleasedBy ?x . ?x ebucore:publicationChannelType/skos:notation '5' }",
    ),
    (
        "Which crime dramas did Brumaire Films co-produce?",
        "conjunction",
        "SELECT ?x WHERE { ?x ebucore:hasGenre {Crime drama} ; ebucore:hasProducer {Brumaire Films} }",
    ),
    (
        "Which series on RDV Un are produced by Brumaire Films?",
        "conjunction",
        "SELECT ?x WHERE { ?x ebucore:hasRelatedPublicationChannel {RDV Un} ; ebucore:hasProducer {Brumaire Films} }",
    ),
    # synonyms and other titles
    (
        "Who presents Waterways?",
        "alias",
        f"SELECT ?x WHERE {{ {credit(PRESENTER, '{Waterways}')} }}",
    ),
    (
        "Which production company made Quai Nord?",
        "alias",
        "SELECT ?x WHERE { {Quai Nord} ebucore:hasProducer ?x }",
    ),
    (
        "who was the composer on Brouillard sur l'Ardenne",
        "synonym",
        f"SELECT ?x WHERE {{ {credit(COMPOSER, '{Brouillard sur l_Ardenne}')} }}",
    ),
    (
        "Who hosts À table avec Lucie?",
        "synonym",
        f"SELECT ?x WHERE {{ {credit(PRESENTER, '{À table avec Lucie}')} }}",
    ),
    (
        "who are the anchors of Kaléidoscope",
        "synonym",
        f"SELECT ?x WHERE {{ {credit(PRESENTER, '{Kaléidoscope}')} }}",
    ),
    (
        "What kind of show is Het Debat?",
        "alias",
        "SELECT ?x WHERE { {Het Debat} ebucore:hasGenre ?x }",
    ),
    (
        "Which broadcaster runs RDV Deux?",
        "synonym",
        "SELECT ?x WHERE { {RDV Deux} ebucore:isOwnedBy ?x }",
    ),
    # misspelt
    (
        "who presents le grand quizz",
        "typo",
        f"SELECT ?x WHERE {{ {credit(PRESENTER, '{Le Grand Quiz}')} }}",
    ),
    (
        "who directed the episode mistbnk",
        "typo",
        f"SELECT ?x WHERE {{ {credit(DIRECTOR, '{Mistbank}')} }}",
    ),
    (
        "original langauge of noorderkaade",
        "typo",
        "SELECT ?x WHERE { {Noorderkade} ebucore:hasOriginalLanguage ?x }",
    ),
    (
        "how long is the epsiode La Boussole magique",
        "typo",
        "SELECT ?x WHERE { {La Boussole magique} ebucore:duration ?x }",
    ),
    (
        "who composed the music of les chemin de l'eau",
        "typo",
        f"SELECT ?x WHERE {{ {credit(COMPOSER, '{Les Chemins de l_eau}')} }}",
    ),
    # unanswerable: a near relation exists, this one does not
    ("Who presents Noorderkade?", "unanswerable", None),
    ("How many viewers watched the first episode of Le Grand Quiz?", "unanswerable", None),
    ("When was Margaux Henrard born?", "unanswerable", None),
    ("Who composed the music for Le Débat?", "unanswerable", None),
    ("What is the EIDR of Le Grand Quiz?", "unanswerable", None),
    ("What age rating does Fog over Ardenne have?", "unanswerable", None),
    ("Where was Le Grand Quiz filmed?", "unanswerable", None),
]


def names(g: Graph, x: object) -> list[str]:
    """A literal's lexical form; a person's joined given and family names; any other node's
    names under :data:`NAMES`."""
    if isinstance(x, Literal):
        return [str(x)]
    given, family = g.value(x, EBU.givenName), g.value(x, EBU.familyName)
    if given is not None and family is not None:
        return [f"{given} {family}"]
    found = sorted({str(n) for p in NAMES for n in g.objects(x, p)})
    assert found, x
    return found


def main() -> None:
    g = Graph()
    g.parse(HERE / "broadcast.jsonld", format="json-ld")

    def find(m):  # type: ignore[no-untyped-def]
        name = m[1].replace("_", "'")
        return {
            s
            for p in NAMES
            for s in g.subjects(p, None)
            if any(str(o) == name for o in g.objects(s, p))
        }

    def answers_of(query: str) -> list[str]:
        q = named_iris(query, find, pattern=r"\{([^{}?]+)\}")
        return [n for row in g.query(PRE + q) for n in names(g, row[0])]

    write_answers(HERE / "broadcast.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
