# ruff: noqa: E501  (one question a line)
"""Gold answers of ``podcasts.jsonl`` (and, with ``--conversations``, the podcasts lines of
``conversations_blind49.jsonl``), computed with rdflib SPARQL over ``podcasts.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("PT1H02M", "2023-02-15T06:00:00-08:00", "true"); an IRI
with no name (a feed URL) with the IRI; a node with every name it carries: ``schema:name``,
``schema:alternateName``, ``skos:prefLabel`` in every language, and for a renamed show also
the ``schema:name`` of its ``pod:previousName`` record. In a query ``{Name}`` stands for the one
node carrying that name (``{Name|Class}`` for the one of that schema.org class). Unanswerable
questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/podcasts_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import rdflib
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, names_under, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("http://schema.org/")
POD = Namespace("https://directory.podwave.example.com/ns#")
PRE = """PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX itunes: <http://www.itunes.com/dtds/podcast-1.0.dtd#>
PREFIX pod: <https://directory.podwave.example.com/ns#>
"""
HOST = "{ ?s schema:actor ?x . ?x a schema:Person } UNION { ?s schema:actor ?r . ?r a schema:PerformanceRole ; schema:actor ?x }"
GUEST = "{ ?e schema:contributor ?x } UNION { ?e schema:actor ?r . ?r schema:roleName 'Guest' ; schema:actor ?x }"
GUEST_OF = "{ ?x schema:contributor ?p } UNION { ?x schema:actor ?r . ?r schema:roleName 'Guest' ; schema:actor ?p }"
HOSTED = "{ ?x schema:actor ?p } UNION { ?x schema:actor ?r . ?r a schema:PerformanceRole ; schema:actor ?p }"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # hosts, networks, producers
    (
        "Who hosts Deep Field Dispatch?",
        "1hop",
        f"SELECT ?x WHERE {{ BIND({{Deep Field Dispatch}} AS ?s) {HOST} }}",
    ),
    (
        "who are the hosts of cold case atlas",
        "1hop",
        f"SELECT ?x WHERE {{ BIND({{Cold Case Atlas}} AS ?s) {HOST} }}",
    ),
    (
        "What network is Bench Strength on?",
        "synonym",
        "SELECT ?x WHERE { {Bench Strength} schema:publisher ?x }",
    ),
    ("Who produces Small Print?", "1hop", "SELECT ?x WHERE { {Small Print} schema:producer ?x }"),
    (
        "Who's the voice behind Small Print?",
        "synonym",
        f"SELECT ?x WHERE {{ BIND({{Small Print}} AS ?s) {HOST} }}",
    ),
    (
        "Which company is behind Kopfkino?",
        "synonym",
        "SELECT ?x WHERE { {Kopfkino} schema:producer ?x }",
    ),
    (
        "Which show is the episode Grief Has No Schedule from?",
        "1hop",
        "SELECT ?x WHERE { {Grief Has No Schedule} schema:partOfSeries ?x }",
    ),
    (
        "What category is Startup Dirt listed under?",
        "1hop",
        "SELECT ?x WHERE { {Startup Dirt} schema:genre ?x }",
    ),
    (
        "Which category is Astronomy under?",
        "1hop",
        "SELECT ?x WHERE { {Astronomy} skos:broader ?x }",
    ),
    (
        "What is the episode Eating for a Calmer Mind about?",
        "1hop",
        "SELECT ?x WHERE { {Eating for a Calmer Mind} schema:about ?x }",
    ),
    # literals
    (
        "What's the RSS feed for The Mending Hour?",
        "literal",
        "SELECT ?x WHERE { {The Mending Hour} schema:webFeed ?x }",
    ),
    (
        "What language is Kopfkino in?",
        "literal",
        "SELECT ?x WHERE { {Kopfkino} schema:inLanguage ?x }",
    ),
    (
        "Is Laugh Track Legends explicit?",
        "literal",
        "SELECT ?x WHERE { {Laugh Track Legends} itunes:explicit ?x }",
    ),
    (
        "What is the rating of Sobremesa Sonora?",
        "literal",
        "SELECT ?x WHERE { {Sobremesa Sonora} schema:aggregateRating/schema:ratingValue ?x }",
    ),
    (
        "How many ratings does Tiny Histories have?",
        "literal",
        "SELECT ?x WHERE { {Tiny Histories} schema:aggregateRating/schema:ratingCount ?x }",
    ),
    (
        "When did The Quiet Ledger start?",
        "literal",
        "SELECT ?x WHERE { {The Quiet Ledger} schema:startDate ?x }",
    ),
    (
        "how long is the episode Why Pluto Still Matters",
        "literal",
        "SELECT ?x WHERE { {Why Pluto Still Matters} schema:duration ?x }",
    ),
    (
        "When was Layoffs Done Right released?",
        "literal",
        "SELECT ?x WHERE { {Layoffs Done Right} schema:datePublished ?x }",
    ),
    (
        "What's Marcus Bell's nickname?",
        "literal",
        "SELECT ?x WHERE { {Marcus Bell} schema:alternateName ?x }",
    ),
    (
        "What does Priya Natarajan do for a living?",
        "synonym",
        "SELECT ?x WHERE { {Priya Natarajan} schema:jobTitle ?x }",
    ),
    (
        "When was Lumen Podcast Network founded?",
        "literal",
        "SELECT ?x WHERE { {Lumen Podcast Network} schema:foundingDate ?x }",
    ),
    (
        "How many episodes does Kopfkino have?",
        "literal",
        "SELECT ?x WHERE { {Kopfkino} schema:numberOfEpisodes ?x }",
    ),
    (
        "What episode number is Right to Repair, Explained?",
        "literal",
        "SELECT ?x WHERE { {Right to Repair, Explained} schema:episodeNumber ?x }",
    ),
    (
        "How long does the Stonehenge episode of Tiny Histories run?",
        "synonym",
        "SELECT ?x WHERE { {Stonehenge} schema:duration ?x }",
    ),
    (
        "What's the star rating for Cold Case Atlas?",
        "synonym",
        "SELECT ?x WHERE { {Cold Case Atlas} schema:aggregateRating/schema:ratingValue ?x }",
    ),
    (
        "When did the Berlinale festival report episode drop?",
        "synonym",
        "SELECT ?x WHERE { {Festivalbericht Berlinale} schema:datePublished ?x }",
    ),
    # inverse
    (
        "Which podcasts does Northwind Audio publish?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:publisher {Northwind Audio} }",
    ),
    (
        "What shows does Lumen put out?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:publisher {Lumen Podcast Network} }",
    ),
    (
        "Which episodes was Tom Brennan a guest on?",
        "inverse",
        f"SELECT ?x WHERE {{ BIND({{Tom Brennan}} AS ?p) {GUEST_OF} }}",
    ),
    (
        "what episodes feature June Abernathy",
        "inverse",
        f"SELECT ?x WHERE {{ BIND({{June Abernathy}} AS ?p) {GUEST_OF} }}",
    ),
    (
        "Which podcasts are in the True Crime category?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:genre {True Crime} }",
    ),
    (
        "Which shows does Dev Raman co-host?",
        "inverse",
        f"SELECT ?x WHERE {{ BIND({{Dev Raman}} AS ?p) {HOSTED} ?x a schema:PodcastSeries }}",
    ),
    (
        "Which podcasts are in German?",
        "inverse",
        "SELECT ?x WHERE { ?x a schema:PodcastSeries ; schema:inLanguage ?l FILTER(STRSTARTS(?l, 'de')) }",
    ),
    # lists
    (
        "Which episodes are in season 2 of Tiny Histories?",
        "list",
        "SELECT ?x WHERE { ?x schema:partOfSeason {Season 2: Inventors and Inventions} }",
    ),
    (
        "List all the Cold Case Atlas seasons",
        "list",
        "SELECT ?x WHERE { ?x a schema:PodcastSeason ; schema:partOfSeries {Cold Case Atlas} }",
    ),
    (
        "what subcategories does Business have",
        "list",
        "SELECT ?x WHERE { {Business} skos:narrower ?x }",
    ),
    (
        "what are the categories in Health & Fitness",
        "list",
        "SELECT ?x WHERE { ?x skos:broader {Health & Fitness} }",
    ),
    # 2hop
    (
        "Who owns the network that publishes Bench Strength?",
        "2hop",
        "SELECT ?x WHERE { {Bench Strength} schema:publisher/schema:parentOrganization ?x }",
    ),
    (
        "Which network publishes the podcast Ingrid Solberg hosts?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND({{Ingrid Solberg}} AS ?p) {HOSTED.replace('?x', '?s')} ?s schema:publisher ?x }}",
    ),
    (
        "Where does the host of Deep Field Dispatch work?",
        "2hop",
        f"SELECT ?x WHERE {{ BIND({{Deep Field Dispatch}} AS ?s) {HOST.replace('?x', '?h')} ?h schema:affiliation ?x }}",
    ),
    (
        "Who hosts the show that Zone Defense Is Back is from?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Zone Defense Is Back}} schema:partOfSeries ?s . {HOST} }}",
    ),
    (
        "Where is Hollow Oak Media based?",
        "2hop",
        "SELECT ?x WHERE { {Hollow Oak Media} schema:address/schema:addressLocality ?x }",
    ),
    (
        "Who hosts the shows published by Hollow Oak Media?",
        "2hop",
        f"SELECT ?x WHERE {{ ?s schema:publisher {{Hollow Oak Media}} . {HOST} }}",
    ),
    (
        "Which podcasts are in a Science subcategory?",
        "2hop",
        "SELECT DISTINCT ?x WHERE { ?x schema:genre/skos:broader {Science} }",
    ),
    (
        "What's the former name of Startup Dirt?",
        "2hop",
        "SELECT ?x WHERE { {Startup Dirt} pod:previousName/schema:name ?x }",
    ),
    (
        "In what language is the transcript of Tim Maia e o soul brasileiro?",
        "2hop",
        "SELECT ?x WHERE { {Tim Maia e o soul brasileiro} pod:transcript/schema:inLanguage ?x }",
    ),
    # 3hop
    (
        "Which podcasts have had guests from Harborview University?",
        "3hop",
        f"SELECT DISTINCT ?x WHERE {{ ?p schema:affiliation {{Harborview University}} . {GUEST_OF.replace('?x', '?e')} ?e schema:partOfSeries ?x }}",
    ),
    (
        "What country is the parent company of Onda Sonora in?",
        "3hop",
        "SELECT ?x WHERE { {Onda Sonora} schema:parentOrganization/schema:address/schema:addressCountry ?x }",
    ),
    (
        "Which network's shows has Rosa Lindqvist guested on?",
        "3hop",
        f"SELECT DISTINCT ?x WHERE {{ BIND({{Rosa Lindqvist}} AS ?p) {GUEST_OF.replace('?x', '?e')} ?e schema:partOfSeries/schema:publisher ?x }}",
    ),
    # conjunctions
    (
        "Who were the guests on Small Print episode 101?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?e schema:partOfSeries {{Small Print}} ; schema:episodeNumber 101 . {GUEST} }}",
    ),
    (
        "Which Northwind Audio shows are explicit?",
        "conjunction",
        "SELECT ?x WHERE { ?x schema:publisher {Northwind Audio} ; itunes:explicit true }",
    ),
    (
        "Which Lumen podcasts are about history?",
        "conjunction",
        "SELECT ?x WHERE { ?x schema:publisher {Lumen Podcast Network} ; schema:genre {History} }",
    ),
    (
        "Which episodes of Startup Dirt had Ben Kowalski on?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x schema:partOfSeries {{Startup Dirt}} . BIND({{Ben Kowalski}} AS ?p) {GUEST_OF} }}",
    ),
    (
        "Which podcast is filed under both Music History and History?",
        "conjunction",
        "SELECT ?x WHERE { ?x schema:genre {Music History} , {History} }",
    ),
    # aliases and former names
    (
        "Who hosts Money Talks Back?",
        "alias",
        f"SELECT ?x WHERE {{ BIND({{The Quiet Ledger}} AS ?s) {HOST} }}",
    ),
    (
        "Who hosts Garage to IPO?",
        "alias",
        f"SELECT ?x WHERE {{ BIND({{Startup Dirt}} AS ?s) {HOST} }}",
    ),
    (
        "What shows has Moose hosted?",
        "alias",
        f"SELECT ?x WHERE {{ BIND({{Marcus Bell}} AS ?p) {HOSTED} ?x a schema:PodcastSeries }}",
    ),
    (
        "Which episodes did Coach Lindgren appear on?",
        "alias",
        f"SELECT ?x WHERE {{ BIND({{Erik Lindgren}} AS ?p) {GUEST_OF} }}",
    ),
    (
        "Where does Dr. Amara teach?",
        "alias",
        "SELECT ?x WHERE { {Amara Leclerc} schema:affiliation ?x }",
    ),
    # typos
    (
        "who hosts the mendng hour",
        "typo",
        f"SELECT ?x WHERE {{ BIND({{The Mending Hour}} AS ?s) {HOST} }}",
    ),
    (
        "wat network publishes Deep Feild Dispatch",
        "typo",
        "SELECT ?x WHERE { {Deep Field Dispatch} schema:publisher ?x }",
    ),
    (
        "episodes with Nadia Volkowa",
        "typo",
        f"SELECT ?x WHERE {{ BIND({{Nadia Volkova}} AS ?p) {GUEST_OF} }}",
    ),
    (
        "rss feed for sobremessa sonora",
        "typo",
        "SELECT ?x WHERE { {Sobremesa Sonora} schema:webFeed ?x }",
    ),
    (
        "Who produced Cold Case Atlass?",
        "typo",
        "SELECT ?x WHERE { {Cold Case Atlas} schema:producer ?x }",
    ),
    # unanswerable
    ("How many downloads did Cold Case Atlas get last month?", "unanswerable", None),
    ("Who sponsors The Quiet Ledger?", "unanswerable", None),
    ("How much does a 30-second ad on Bench Strength cost?", "unanswerable", None),
    ("How old is Ingrid Solberg?", "unanswerable", None),
    ("What is Small Print's rank on the Spotify charts?", "unanswerable", None),
    ("When will the next episode of Kopfkino come out?", "unanswerable", None),
    ("What's the average listener age of Laugh Track Legends?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "podcasts-b49-01",
        [
            (
                "Who hosts Small Print?",
                "start",
                f"SELECT ?x WHERE {{ BIND({{Small Print}} AS ?s) {HOST} }}",
            ),
            (
                "What does she do?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Priya Natarajan} schema:jobTitle ?x }",
            ),
            (
                "And Ingrid Solberg?",
                "and_x",
                "SELECT ?x WHERE { {Ingrid Solberg} schema:jobTitle ?x }",
            ),
        ],
    ),
    (
        "podcasts-b49-02",
        [
            (
                "Which network publishes The Mending Hour?",
                "start",
                "SELECT ?x WHERE { {The Mending Hour} schema:publisher ?x }",
            ),
            (
                "When was it founded?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Northwind Audio} schema:foundingDate ?x }",
            ),
            (
                "What about Onda Sonora?",
                "what_about",
                "SELECT ?x WHERE { {Onda Sonora} schema:foundingDate ?x }",
            ),
        ],
    ),
    (
        "podcasts-b49-03",
        [
            (
                "What's the rating of Kopfkino?",
                "start",
                "SELECT ?x WHERE { {Kopfkino} schema:aggregateRating/schema:ratingValue ?x }",
            ),
            (
                "Who hosts it?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ BIND({{Kopfkino}} AS ?s) {HOST} }}",
            ),
            (
                "And Raízes do Groove?",
                "and_x",
                f"SELECT ?x WHERE {{ BIND({{Raízes do Groove}} AS ?s) {HOST} }}",
            ),
        ],
    ),
]

NAME_PROPS = (S.name, S.alternateName, SKOS.prefLabel)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("PT1H02M")
    g = Graph()
    g.parse(HERE / "podcasts.ttl", format="turtle")

    def find(m: re.Match[str]) -> set[object]:
        name, _, cls = m[1].partition("|")
        return {
            s
            for p in NAME_PROPS
            for s in g.subjects(p, None)
            if name in {str(o) for o in g.objects(s, p)}
            and (not cls or (s, RDF.type, S[cls]) in g)
            and (s, RDF.type, POD.NameChange) not in g
        }

    def names(x: object) -> set[str]:
        if isinstance(x, Literal):
            return {str(x)}
        if isinstance(x, URIRef) and not any(True for p in NAME_PROPS for _ in g.objects(x, p)):
            return {str(x)}
        found = set(names_under(g, x, NAME_PROPS))
        found |= {str(n) for r in g.objects(x, POD.previousName) for n in g.objects(r, S.name)}
        return found

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(
            PRE + named_iris(query, find, r"\{([^{}?\s][^{}?]*[^{}?\s]|[^{}?\s])\}")
        ):
            out |= names(row[0])
        return out

    if "--conversations" in sys.argv:
        print_conversations("podcasts", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "podcasts.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
