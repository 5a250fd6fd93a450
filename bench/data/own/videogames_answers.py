# ruff: noqa: E501  (one question a line)
"""Gold answers of ``videogames.jsonl``, computed with rdflib SPARQL over ``videogames.ttl.gz``
(never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("1889", "2018-06-15"); an entity with every English name it carries (its
``rdfs:label`` in English and its ``foaf:name``). In a query ``{Title}`` stands for the resource
of the Wikipedia page ``Title`` (``dbr:`` with DBpedia's encoding). Unanswerable questions carry
no query and ``answers: []``: each names a relation the graph has elsewhere but not for that
subject (a composer, an engine, a birthplace, key people) or a figure DBpedia's infobox lacks here.
Run from the repository root: ``python bench/data/own/videogames_answers.py``.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import write_answers
from videogames_make import res

HERE = Path(__file__).parent
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PRE = """PREFIX dbo: <http://dbpedia.org/ontology/>
PREFIX dbp: <http://dbpedia.org/property/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
DATE = "{{ {s} dbo:releaseDate ?x }} UNION {{ {s} dbp:released ?x }}"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    ("Who developed Hollow Knight?", "1hop", "SELECT ?x WHERE { {Hollow Knight} dbo:developer ?x }"),
    ("who composed the music for super mario 64", "1hop", "SELECT ?x WHERE { {Super Mario 64} dbo:composer ?x }"),
    ("Which company published Elden Ring?", "1hop", "SELECT ?x WHERE { {Elden Ring} dbo:publisher ?x }"),
    ("What platforms is Bloodborne available on?", "1hop", "SELECT ?x WHERE { {Bloodborne} dbo:computingPlatform ?x }"),
    ("who directed Death Stranding", "1hop", "SELECT ?x WHERE { {Death Stranding} dbo:director ?x }"),
    ("What engine does Half-Life 2 run on?", "1hop", "SELECT ?x WHERE { {Half-Life 2} dbo:gameEngine ?x }"),
    ("what genre is Hades", "1hop", "SELECT ?x WHERE { {Hades (video game)} dbo:genre ?x }"),
    ("Where is CD Projekt based?", "1hop", "SELECT ?x WHERE { {CD Projekt} dbo:locationCity ?x }"),
    ("Who founded Valve?", "1hop", "SELECT ?x WHERE { {Valve Corporation} dbo:foundedBy ?x }"),
    ("Who designed Portal?", "1hop", "SELECT ?x WHERE { {Portal (video game)} dbo:designer ?x }"),
    ("Dark Souls belongs to which series?", "1hop", "SELECT ?x WHERE { {Dark Souls (video game)} dbo:series ?x }"),
    ("what's Bungie's parent company", "1hop", "SELECT ?x WHERE { {Bungie} dbo:parentCompany ?x }"),
    ("Who are the key people at Capcom?", "1hop", "SELECT ?x WHERE { {Capcom} dbo:keyPerson ?x }"),
    ("Who manufactures the GameCube?", "1hop", "SELECT ?x WHERE { {GameCube} dbo:manufacturer ?x }"),
    # inverse
    ("Which games did FromSoftware develop?", "inverse", "SELECT ?x WHERE { ?x dbo:developer {FromSoftware} }"),
    ("What games has Koji Kondo composed music for?", "inverse", "SELECT ?x WHERE { ?x dbo:composer {Koji Kondo} }"),
    ("which video games use the Unreal Engine", "inverse", "SELECT ?x WHERE { ?x a dbo:VideoGame ; dbo:gameEngine {Unreal Engine} }"),
    ("games released on the nintendo 64", "inverse", "SELECT ?x WHERE { ?x dbo:computingPlatform {Nintendo 64} }"),
    ("Which games did Hideo Kojima direct?", "inverse", "SELECT ?x WHERE { ?x dbo:director {Hideo Kojima} }"),
    ("Which companies are headquartered in Kyoto?", "inverse", "SELECT ?x WHERE { ?x dbo:locationCity {Kyoto} }"),
    ("Which studios are owned by Sony Interactive Entertainment?", "inverse", "SELECT ?x WHERE { ?x dbo:parentCompany {Sony Interactive Entertainment} }"),
    ("What has Activision published?", "inverse", "SELECT ?x WHERE { ?x dbo:publisher {Activision} }"),
    ("list all the fighting games", "inverse", "SELECT ?x WHERE { ?x dbo:genre {Fighting game} }"),
    # two hops
    ("Where was the director of Metal Gear Solid 2 born?", "2hop", "SELECT ?x WHERE { {Metal Gear Solid 2: Sons of Liberty} dbo:director/dbo:birthPlace ?x }"),
    ("In which city is the developer of The Witcher 3 based?", "2hop", "SELECT ?x WHERE { {The Witcher 3: Wild Hunt} dbo:developer/dbo:locationCity ?x }"),
    ("When was the studio that made Hollow Knight founded?", "2hop", "SELECT ?x WHERE { {Hollow Knight} dbo:developer/dbo:foundingYear ?x }"),
    ("Who founded the company that developed Halo: Combat Evolved?", "2hop", "SELECT ?x WHERE { {Halo: Combat Evolved} dbo:developer/dbo:foundedBy ?x }"),
    ("The composer of Celeste also scored which other game?", "2hop", "SELECT ?x WHERE { {Celeste (video game)} dbo:composer ?c . ?x dbo:composer ?c FILTER(?x != {Celeste (video game)}) }"),
    ("which company makes the console that Pokémon Red and Blue came out on", "2hop", "SELECT ?x WHERE { {Pokémon Red and Blue} dbo:computingPlatform/dbo:manufacturer ?x }"),
    ("Which game engine was developed by the studio behind Gears of War?", "2hop", "SELECT ?x WHERE { {Gears of War (video game)} dbo:developer ?d . ?x a dbo:Software ; dbo:developer ?d FILTER NOT EXISTS { ?x a dbo:VideoGame } }"),
    ("who owns the developer of Grand Theft Auto V", "2hop", "SELECT ?x WHERE { {Grand Theft Auto V} dbo:developer/dbo:parentCompany ?x }"),
    # three hops
    ("In which country was the composer of Metal Gear Solid 2 born?", "3hop", "SELECT ?x WHERE { {Metal Gear Solid 2: Sons of Liberty} dbo:composer/dbo:birthPlace/dbo:country ?x }"),
    ("What country was the designer of Civilization born in?", "3hop", "SELECT ?x WHERE { {Civilization (video game)} dbo:designer/dbo:birthPlace/dbo:country ?x }"),
    ("Where is the parent company of the studio that made Red Dead Redemption 2 based?", "3hop", "SELECT ?x WHERE { {Red Dead Redemption 2} dbo:developer/dbo:parentCompany/dbo:locationCity ?x }"),
    ("which country is the parent company of horizon zero dawn's developer in", "3hop", "SELECT ?x WHERE { {Horizon Zero Dawn} dbo:developer/dbo:parentCompany/dbo:locationCountry ?x }"),
    # conjunction
    ("Which games did FromSoftware make for the PlayStation 4?", "conjunction", "SELECT ?x WHERE { ?x dbo:developer {FromSoftware} ; dbo:computingPlatform {PlayStation 4} }"),
    ("Which first-person shooters run on the Source engine?", "conjunction", "SELECT ?x WHERE { ?x dbo:genre {First-person shooter} ; dbo:gameEngine {Source (game engine)} }"),
    ("games that Hideo Kojima both directed and designed", "conjunction", "SELECT ?x WHERE { ?x dbo:director {Hideo Kojima} ; dbo:designer {Hideo Kojima} }"),
    ("Which Valve games came out on the PlayStation 3?", "conjunction", "SELECT ?x WHERE { ?x dbo:developer {Valve Corporation} ; dbo:computingPlatform {PlayStation 3} }"),
    ("action role-playing games published by Sony Interactive Entertainment", "conjunction", "SELECT ?x WHERE { ?x dbo:genre {Action role-playing game} ; dbo:publisher {Sony Interactive Entertainment} }"),
    ("which switch games were published by nintendo", "conjunction", "SELECT ?x WHERE { ?x dbo:publisher {Nintendo} ; dbo:computingPlatform {Nintendo Switch} }"),
    # synonyms and paraphrase
    ("Who made the soundtrack of Undertale?", "synonym", "SELECT ?x WHERE { {Undertale} dbo:composer ?x }"),
    ("who's the studio behind Celeste", "synonym", "SELECT ?x WHERE { {Celeste (video game)} dbo:developer ?x }"),
    ("what systems can I play Halo: Combat Evolved on", "synonym", "SELECT ?x WHERE { {Halo: Combat Evolved} dbo:computingPlatform ?x }"),
    ("who were the level designers of Doom", "synonym", "SELECT ?x WHERE { {Doom (1993 video game)} dbo:designer ?x }"),
    ("What came after Final Fantasy VI?", "synonym", "SELECT ?x WHERE { {Final Fantasy VI} dbo:subsequentWork ?x }"),
    ("What's the sequel to Breath of the Wild?", "synonym", "SELECT ?x WHERE { {The Legend of Zelda: Breath of the Wild} dbo:subsequentWork ?x }"),
    ("how many people work at Epic Games", "synonym", "SELECT ?x WHERE { {Epic Games} dbo:numberOfEmployees ?x }"),
    ("Who is in charge of the music on Red Dead Redemption 2?", "synonym", "SELECT ?x WHERE { {Red Dead Redemption 2} dbo:composer ?x }"),
    # aliases (redirect pages, other-language titles)
    ("who developed FF7", "alias", "SELECT ?x WHERE { {Final Fantasy VII} dbo:developer ?x }"),
    ("Who published GTA 5?", "alias", "SELECT ?x WHERE { {Grand Theft Auto V} dbo:publisher ?x }"),
    ("when did SM64 come out", "alias", f"SELECT ?x WHERE {{ {DATE.format(s='{Super Mario 64}')} }}"),
    ("Who founded Mojang?", "alias", "SELECT ?x WHERE { {Mojang Studios} dbo:foundedBy ?x }"),
    ("what games did ConcernedApe make", "alias", "SELECT ?x WHERE { ?x dbo:developer {Eric Barone} }"),
    ("Which game did Notch design?", "alias", "SELECT ?x WHERE { ?x dbo:designer {Markus Persson} }"),
    ("Where is Sony Computer Entertainment headquartered?", "alias", "SELECT ?x WHERE { {Sony Interactive Entertainment} dbo:locationCity ?x }"),
    ("who developed Wiedźmin 3", "alias", "SELECT ?x WHERE { {The Witcher 3: Wild Hunt} dbo:developer ?x }"),
    # typos
    ("who developed the witcher 3 wild hnut", "typo", "SELECT ?x WHERE { {The Witcher 3: Wild Hunt} dbo:developer ?x }"),
    ("what platforms is stardew vally on", "typo", "SELECT ?x WHERE { {Stardew Valley} dbo:computingPlatform ?x }"),
    ("who compsed chrono trigger", "typo", "SELECT ?x WHERE { {Chrono Trigger} dbo:composer ?x }"),
    ("who directed resident evel 4", "typo", "SELECT ?x WHERE { {Resident Evil 4} dbo:director ?x }"),
    ("Where is FromSoftwre headquartered?", "typo", "SELECT ?x WHERE { {FromSoftware} dbo:locationCity ?x }"),
    # literals
    ("When was Nintendo founded?", "literal", "SELECT ?x WHERE { {Nintendo} dbo:foundingYear ?x }"),
    ("When was Among Us released?", "literal", f"SELECT ?x WHERE {{ {DATE.format(s='{Among Us}')} }}"),
    ("What is Tetris called in Russian?", "literal", "SELECT ?x WHERE { {Tetris} rdfs:label ?x FILTER(lang(?x) = 'ru') }"),
    ("What are the game modes of Portal 2?", "literal", "SELECT ?x WHERE { {Portal 2} dbp:modes ?x }"),
    ("when was hideo kojima born", "literal", "SELECT ?x WHERE { {Hideo Kojima} dbo:birthDate ?x }"),
    ("What is the Japanese title of Ocarina of Time?", "literal", "SELECT ?x WHERE { {The Legend of Zelda: Ocarina of Time} rdfs:label ?x FILTER(lang(?x) = 'ja') }"),
    ("How many employees does CD Projekt Red have?", "literal", "SELECT ?x WHERE { {CD Projekt Red} dbo:numberOfEmployees ?x }"),
    # unanswerable: a near relation exists, not for this subject
    ("Who composed the music for Grand Theft Auto V?", "unanswerable", None),
    ("How many copies has Minecraft sold?", "unanswerable", None),
    ("What engine does Elden Ring use?", "unanswerable", None),
    ("Who is the CEO of Team Cherry?", "unanswerable", None),
    ("What is the Metacritic score of Hades?", "unanswerable", None),
    ("Where was Hidetaka Miyazaki born?", "unanswerable", None),
]  # fmt: skip

UNANSWERABLE_CHECKS = {  # each unanswerable question's near relation, which must find nothing
    "Who composed the music for Grand Theft Auto V?": "SELECT ?x WHERE { {Grand Theft Auto V} dbo:composer|dbp:composer ?x }",
    "What engine does Elden Ring use?": "SELECT ?x WHERE { {Elden Ring} dbo:gameEngine|dbp:engine ?x }",
    "Who is the CEO of Team Cherry?": "SELECT ?x WHERE { {Team Cherry} dbo:keyPerson|dbp:keyPeople ?x }",
    "Where was Hidetaka Miyazaki born?": "SELECT ?x WHERE { {Hidetaka Miyazaki} dbo:birthPlace|dbp:birthPlace ?x }",
}


def load() -> Graph:
    g = Graph()
    with gzip.open(HERE / "videogames.ttl.gz", "rb") as fh:
        g.parse(fh, format="turtle")
    return g


def main() -> None:
    g = load()

    def iris(query: str) -> str:
        return re.sub(r"\{([A-Z][^{}?]*)\}", lambda m: f"<{res(m[1])}>", query)

    def answers_of(query: str) -> list[str]:
        out = []
        for (x,) in g.query(PRE + iris(query)):
            if isinstance(x, Literal):
                out.append(str(x))
                continue
            names = [str(n) for n in g.objects(x, RDFS.label) if n.language == "en"]
            names += [str(n) for n in g.objects(x, FOAF.name)]
            assert names, x
            out.extend(names)
        return out

    for q, query in UNANSWERABLE_CHECKS.items():
        assert not answers_of(query), q
    write_answers(HERE / "videogames.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
