"""Write ``broadcast.jsonld``: an invented public broadcaster's programme archive (Radiodiffusion
Valmont, RDV) as its open-data API serves it: EBUCore JSON-LD, one ``@graph``.

The EBU's EBUCore ontology (``http://www.ebu.ch/metadata/ontologies/ebucore/ebucore#``) as such
APIs write it: ``ebucore:Series`` with ``ebucore:hasSeason`` seasons (``ebucore:Season``,
``ebucore:seasonNumber``; no inverse written), ``ebucore:Episode`` linked up by both
``ebucore:isEpisodeOfSeason`` and ``ebucore:isEpisodeOfSeries`` with ``ebucore:episodeNumber``;
titles as language maps (``ebucore:title`` in French and Dutch, ``ebucore:alternativeTitle``,
``ebucore:originalTitle`` for imports); durations ``ebucore:duration`` typed ``xsd:duration``
("PT52M"); credits as blank nodes (``ebucore:hasContributor [ a ebucore:Staff ; ebucore:isAgent
<person> ; ebucore:hasRole <role> ]``, cast as ``ebucore:hasCastMember [ a ebucore:Cast ;
ebucore:isAgent ; ebucore:hasCastRole ; ebucore:hasCharacter [ ebucore:characterName ] ]``),
roles, genres, languages and channel types as SKOS concepts of EBU classification schemes
(``ebu_RoleCodeCS``, ``ebu_ContentGenreCS``, ...) with notations; persons named only by
``ebucore:givenName`` and ``ebucore:familyName``; organisations by ``ebucore:organisationName``
(two languages for the broadcaster); identifiers as ``ebucore:Identifier`` blank nodes
(``ebucore:identifierValue``, ``ebucore:hasIdentifierType`` EIDR or the broadcaster's id);
publication events as top-level ``ebucore:PublicationEvent`` nodes (``ebucore:publishes`` the
episode, ``ebucore:isReleasedBy`` the channel, ``ebucore:publicationStartDateTime`` /
``publicationEndDateTime`` ``xsd:dateTime`` with offsets, ``ebucore:firstShowing``
``xsd:boolean``, ``ebucore:publicationEventId``); collections as ``ebucore:Group`` with members
linking ``ebucore:isMemberOf``; production companies ``ebucore:hasProducer``, creators
``ebucore:hasCreator``, shooting locations ``ebucore:hasShootingLocation`` (``ebucore:Location``
named by ``rdfs:label``). The ``@context`` is inline.

Run from the repository root: ``python bench/data/own/broadcast_make.py``. Deterministic.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).parent
EBU = "http://www.ebu.ch/metadata/ontologies/ebucore/ebucore#"
CS = "http://www.ebu.ch/metadata/ontologies/skos/"
BASE = "https://data.rdv.example/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _ctx() -> dict:
    def ref(term: str) -> dict:
        return {"@id": term, "@type": "@id"}

    def lang(term: str) -> dict:
        return {"@id": term, "@container": "@language"}

    def typed(term: str, t: str) -> dict:
        return {"@id": term, "@type": "xsd:" + t}

    return {
        "@base": BASE,
        "ebucore": EBU,
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "xsd": XSD,
        "roles": CS + "ebu_RoleCodeCS#",
        "genres": CS + "ebu_ContentGenreCS#",
        "langs": CS + "ebu_ISO639_2LanguageCodeCS#",
        "idtypes": CS + "ebu_IdentifierTypeCodeCS#",
        "chtypes": CS + "ebu_PublicationChannelTypeCodeCS#",
        "id": "@id",
        "type": "@type",
        "title": lang("ebucore:title"),
        "alternativeTitle": lang("ebucore:alternativeTitle"),
        "originalTitle": lang("ebucore:originalTitle"),
        "synopsis": lang("ebucore:synopsis"),
        "episodeNumber": typed("ebucore:episodeNumber", "integer"),
        "seasonNumber": typed("ebucore:seasonNumber", "integer"),
        "duration": typed("ebucore:duration", "duration"),
        "seasons": ref("ebucore:hasSeason"),
        "season": ref("ebucore:isEpisodeOfSeason"),
        "series": ref("ebucore:isEpisodeOfSeries"),
        "memberOf": ref("ebucore:isMemberOf"),
        "groupName": lang("ebucore:groupName"),
        "genre": ref("ebucore:hasGenre"),
        "originalLanguage": ref("ebucore:hasOriginalLanguage"),
        "producer": ref("ebucore:hasProducer"),
        "creator": ref("ebucore:hasCreator"),
        "contributors": {"@id": "ebucore:hasContributor"},
        "cast": {"@id": "ebucore:hasCastMember"},
        "agent": ref("ebucore:isAgent"),
        "role": ref("ebucore:hasRole"),
        "castRole": ref("ebucore:hasCastRole"),
        "character": {"@id": "ebucore:hasCharacter"},
        "characterName": "ebucore:characterName",
        "shootingLocation": ref("ebucore:hasShootingLocation"),
        "channel": ref("ebucore:hasRelatedPublicationChannel"),
        "identifiers": {"@id": "ebucore:hasIdentifier"},
        "identifierValue": "ebucore:identifierValue",
        "identifierType": ref("ebucore:hasIdentifierType"),
        "publishes": ref("ebucore:publishes"),
        "releasedBy": ref("ebucore:isReleasedBy"),
        "start": typed("ebucore:publicationStartDateTime", "dateTime"),
        "end": typed("ebucore:publicationEndDateTime", "dateTime"),
        "firstShowing": typed("ebucore:firstShowing", "boolean"),
        "eventId": "ebucore:publicationEventId",
        "channelName": "ebucore:publicationChannelName",
        "channelId": "ebucore:publicationChannelId",
        "channelType": ref("ebucore:publicationChannelType"),
        "operatedBy": ref("ebucore:isOwnedBy"),
        "givenName": "ebucore:givenName",
        "familyName": "ebucore:familyName",
        "occupation": "ebucore:occupation",
        "organisationName": lang("ebucore:organisationName"),
        "affiliation": ref("ebucore:hasAffiliation"),
        "label": "rdfs:label",
        "prefLabel": lang("skos:prefLabel"),
        "notation": "skos:notation",
        "inScheme": ref("skos:inScheme"),
        "broader": ref("skos:broader"),
    }


# ----------------------------------------------------------------------------- vocabularies
# (code, English, French) in EBU classification schemes
ROLES = {
    "presenter": ("20.10", "Presenter", "Présentateur"),
    "director": ("20.3", "Director", "Réalisateur"),
    "composer": ("20.2", "Composer", "Compositeur"),
    "writer": ("20.26", "Writer", "Scénariste"),
    "producer": ("20.18", "Producer", "Producteur"),
    "narrator": ("20.14", "Narrator", "Narrateur"),
    "actor": ("20.1", "Actor", "Acteur"),
    "voice": ("20.25", "Voice actor", "Comédien de doublage"),
    "conductor": ("20.4", "Conductor", "Chef d'orchestre"),
}
GENRES = {
    "nonfiction": ("3.1", "Non-fiction / Information", "Non-fiction / Information", None),
    "news": ("3.1.1", "News", "Actualités", "nonfiction"),
    "documentary": ("3.1.3", "Documentary", "Documentaire", "nonfiction"),
    "magazine": ("3.1.2", "News magazine", "Magazine d'information", "nonfiction"),
    "fiction": ("3.4", "Fiction / Drama", "Fiction", None),
    "crime": ("3.4.6.2", "Crime drama", "Policier", "fiction"),
    "radiodrama": ("3.4.9", "Radio drama", "Fiction radiophonique", "fiction"),
    "entertainment": ("3.5", "Amusement / Entertainment", "Divertissement", None),
    "quiz": ("3.5.2", "Quiz / Game show", "Jeu télévisé", "entertainment"),
    "talk": ("3.5.5", "Talk show", "Talk-show", "entertainment"),
    "cooking": ("3.3.6", "Cooking", "Cuisine", None),
    "music": ("3.6", "Music", "Musique", None),
    "classical": ("3.6.2", "Classical music", "Musique classique", "music"),
    "children": ("3.8", "Children's programme", "Jeunesse", None),
}
LANGS = {
    "fre": ("French", "français"),
    "dut": ("Dutch", "néerlandais"),
    "eng": ("English", "anglais"),
    "ger": ("German", "allemand"),
}

ORGS = {
    "rdv": {"fr": "Radiodiffusion Valmont", "nl": "Omroep Valmont"},
    "brumaire": {"fr": "Brumaire Films"},
    "noordlicht": {"nl": "Noordlicht Producties"},
    "lighthouse": {"en": "Lighthouse Pictures Ltd"},
    "kalk": {"nl": "Studio Kalk"},
    "vallet": {"fr": "Atelier sonore Vallet"},
    "orchestre": {"fr": "Orchestre philharmonique de Valmont"},
}

# channel key: (name, id, type (tv / radio / online))
CHANNELS = {
    "un": ("RDV Un", "RDV1", "tv"),
    "deux": ("RDV Deux", "RDV2", "tv"),
    "klassiek": ("RDV Klassiek", "RDVK", "radio"),
    "radio": ("RDV La Première", "RDVP", "radio"),
    "plus": ("RDV+", "RDVPLUS", "online"),
}
CHTYPES = {
    "tv": ("1", "Television"),
    "radio": ("2", "Radio"),
    "online": ("5", "Online / on demand"),
}

# person key: (given name, family name, occupation)
PERSONS = {
    "mhenrard": ("Margaux", "Henrard", "journaliste"),
    "tdewitte": ("Tom", "De Witte", "réalisateur"),
    "ilambert": ("Isabelle", "Lambert", "compositrice"),
    "jvanacker": ("Jelle", "Vanacker", "scenarist"),
    "spiron": ("Sophie", "Piron", "réalisatrice"),
    "kmertens": ("Koen", "Mertens", "acteur"),
    "avermeulen": ("An", "Vermeulen", "actrice"),
    "ldubois": ("Luc", "Dubois", "animateur"),
    "cfontaine": ("Chloé", "Fontaine", "journaliste"),
    "nmaes": ("Nora", "Maes", "presentatrice"),
    "pgillet": ("Pierre", "Gillet", "producteur"),
    "lrenard": ("Lucie", "Renard", "cheffe cuisinière"),
    "bcollard": ("Benoît", "Collard", "réalisateur"),
    "hokafor": ("Helen", "Okafor", "director"),
    "dwhitcombe": ("David", "Whitcombe", "writer"),
    "fjacobs": ("Frédéric", "Jacobs", "compositeur"),
    "eclaes": ("Emma", "Claes", "comédienne"),
    "gsimon": ("Gilles", "Simon", "comédien"),
    "mdelvaux": ("Mathilde", "Delvaux", "chef d'orchestre"),
    "ajanssens": ("Arne", "Janssens", "componist"),
    "yboulanger": ("Yves", "Boulanger", "narrateur"),
    "sgoossens": ("Sara", "Goossens", "actrice"),
    "rhaddad": ("Rachid", "Haddad", "journaliste"),
    "vleclercq": ("Valérie", "Leclercq", "réalisatrice"),
    "omarchal": ("Olivier", "Marchal", "comédien"),
    "jpeeters": ("Jonas", "Peeters", "acteur"),
    "kbright": ("Kate", "Bright", "actress"),
    "mharlow": ("Michael", "Harlow", "actor"),
}

LOCATIONS = {
    "meuse": "Vallée de la Meuse",
    "hautes": "Hautes Fagnes",
    "ostende": "Ostende",
    "anvers": "Anvers",
    "gand": "Gand",
    "bouillon": "Bouillon",
    "durbuy": "Durbuy",
    "zeebrugge": "Zeebrugge",
    "liege": "Liège",
    "bruges": "Bruges",
    "lesse": "Vallée de la Lesse",
    "semois": "Semois",
}

# ----------------------------------------------------------------------------- series
# Each series: titles per language, genre, original language, producer, creator, channel(s),
# series-level credits (role, person), seasons: list of (year, month, day, weekday slot, [episode
# titles (fr or original)], episode credits per episode from a rotation, duration minutes).
SERIES = [
    {
        "key": "chemins",
        "title": {"fr": "Les Chemins de l'eau", "nl": "De wegen van het water"},
        "alt": {"en": "Waterways"},
        "genre": "documentary",
        "lang": "fre",
        "producer": ["brumaire"],
        "creator": ["mhenrard"],
        "channel": "un",
        "credits": [("presenter", "mhenrard"), ("composer", "ilambert")],
        "director_rotation": ["tdewitte", "bcollard"],
        "locations": ["meuse", "hautes", "lesse", "semois", "bouillon", "durbuy"],
        "minutes": 52,
        "time": "20:35",
        "seasons": [
            (
                "2021-03-04",
                [
                    "La Source",
                    "Le Fleuve nourricier",
                    "Les Moulins oubliés",
                    "La Meuse en crue",
                    "Les Gardiens des écluses",
                    "Jusqu'à la mer",
                ],
            ),
            (
                "2022-10-06",
                [
                    "Les Tourbières",
                    "Les Castors de la Semois",
                    "Glace et dégel",
                    "Les Ponts de Liège",
                    "Eaux souterraines",
                    "Le Dernier Passeur",
                ],
            ),
        ],
        "rerun": "deux",
    },
    {
        "key": "noorderkade",
        "title": {"nl": "Noorderkade", "fr": "Quai Nord"},
        "alt": {"fr": "Quai des brumes Nord"},
        "genre": "crime",
        "lang": "dut",
        "producer": ["noordlicht", "kalk"],
        "creator": ["jvanacker"],
        "channel": "un",
        "credits": [("writer", "jvanacker"), ("composer", "ajanssens")],
        "director_rotation": ["spiron", "tdewitte"],
        "cast": [
            ("kmertens", "Inspecteur Wim Declercq"),
            ("avermeulen", "Commissaris Els Hendrickx"),
            ("jpeeters", "Brent Van Damme"),
        ],
        "locations": ["ostende", "zeebrugge", "anvers"],
        "minutes": 50,
        "time": "21:10",
        "seasons": [
            (
                "2021-09-14",
                [
                    "Laagtij",
                    "De Verdronken Visser",
                    "Containers",
                    "Mistbank",
                    "De Kade bij Nacht",
                    "Zoutwater",
                    "Het Vrachtschip",
                    "Springtij",
                ],
            ),
            (
                "2023-01-10",
                [
                    "Terugkeer",
                    "De Loods",
                    "Stille Getuige",
                    "Noorderlicht",
                    "Het Wrak",
                    "Ebbe",
                    "De Haven Brandt",
                    "Vloed",
                ],
            ),
        ],
        "rerun": "plus",
    },
    {
        "key": "grandquiz",
        "title": {"fr": "Le Grand Quiz", "nl": "De Grote Quiz"},
        "genre": "quiz",
        "lang": "fre",
        "producer": ["rdv"],
        "creator": ["pgillet"],
        "channel": "deux",
        "credits": [("presenter", "ldubois"), ("producer", "pgillet")],
        "director_rotation": ["vleclercq"],
        "minutes": 45,
        "time": "18:50",
        "seasons": [
            (
                "2022-01-10",
                [
                    "Spéciale Histoire",
                    "Spéciale Cinéma",
                    "Les Champions reviennent",
                    "Géographie en folie",
                    "Spéciale Sciences",
                    "La Finale d'hiver",
                    "Spéciale Musique",
                    "Le Tournoi des écoles",
                    "Spéciale Sport",
                    "La Grande Finale",
                ],
            ),
        ],
        "weekly": False,
    },
    {
        "key": "kaleidoscope",
        "title": {"fr": "Kaléidoscope", "nl": "Caleidoscoop"},
        "genre": "magazine",
        "lang": "fre",
        "producer": ["rdv"],
        "creator": ["cfontaine"],
        "channel": "un",
        "credits": [("presenter", "cfontaine"), ("presenter", "rhaddad")],
        "director_rotation": ["bcollard"],
        "minutes": 40,
        "time": "22:00",
        "seasons": [
            (
                "2023-02-02",
                [
                    "Le Prix de l'énergie",
                    "Logement : la crise",
                    "Les Oubliés du rail",
                    "Intelligence artificielle au travail",
                    "L'Eau potable en danger",
                    "Médecins de campagne",
                ],
            ),
        ],
    },
    {
        "key": "debrouillards",
        "title": {"fr": "Les Petits Débrouillards", "nl": "De Kleine Knutselaars"},
        "genre": "children",
        "lang": "fre",
        "producer": ["kalk"],
        "creator": ["eclaes"],
        "channel": "deux",
        "credits": [("narrator", "yboulanger"), ("composer", "fjacobs")],
        "director_rotation": ["spiron"],
        "voices": [("eclaes", "Pim"), ("gsimon", "Capitaine Boulon")],
        "minutes": 12,
        "time": "07:30",
        "seasons": [
            (
                "2020-04-06",
                [
                    "La Fusée en carton",
                    "Le Volcan de la cuisine",
                    "Un Arc-en-ciel dans le jardin",
                    "Le Bateau qui flotte",
                    "La Boussole magique",
                    "Le Robot de Pim",
                    "La Cabane dans l'arbre",
                    "Les Étoiles filantes",
                ],
            ),
        ],
    },
    {
        "key": "atable",
        "title": {"fr": "À table avec Lucie", "nl": "Aan tafel met Lucie"},
        "genre": "cooking",
        "lang": "fre",
        "producer": ["brumaire"],
        "creator": ["lrenard"],
        "channel": "deux",
        "credits": [("presenter", "lrenard")],
        "director_rotation": ["vleclercq"],
        "locations": ["liege", "durbuy"],
        "minutes": 26,
        "time": "12:05",
        "seasons": [
            (
                "2022-03-07",
                [
                    "Le Boulet à la liégeoise",
                    "Soupe d'hiver",
                    "Les Gaufres de grand-mère",
                    "Le Lapin aux pruneaux",
                    "Tarte au riz",
                ],
            ),
            (
                "2023-03-06",
                [
                    "Les Moules du Nord",
                    "La Carbonnade flamande",
                    "Le Stoemp",
                    "Croquettes aux crevettes",
                    "Le Cramique",
                ],
            ),
        ],
    },
    {
        "key": "concerts",
        "title": {"fr": "Les Concerts du dimanche", "nl": "De Zondagsconcerten"},
        "genre": "classical",
        "lang": "fre",
        "producer": ["orchestre"],
        "channel": "klassiek",
        "credits": [("conductor", "mdelvaux"), ("presenter", "nmaes")],
        "director_rotation": [],
        "minutes": 90,
        "time": "11:00",
        "seasons": [
            (
                "2023-09-03",
                [
                    "Beethoven, Symphonie n° 7",
                    "Franck et Ysaÿe",
                    "Mozart à Valmont",
                    "Les Saisons de Vivaldi",
                    "Création : Ajanssens, Marées",
                    "Brahms, Requiem allemand",
                ],
            ),
        ],
        "episode_composer": {5: "ajanssens"},
    },
    {
        "key": "fog",
        "title": {"fr": "Brouillard sur l'Ardenne"},
        "original": {"en": "Fog over Ardenne"},
        "genre": "crime",
        "lang": "eng",
        "producer": ["lighthouse", "brumaire"],
        "creator": ["dwhitcombe"],
        "channel": "deux",
        "credits": [("writer", "dwhitcombe"), ("composer", "fjacobs")],
        "director_rotation": ["hokafor"],
        "cast": [
            ("kbright", "DI Ruth Calloway"),
            ("mharlow", "Tom Vasseur"),
            ("omarchal", "Adjudant Marc Lenoir"),
        ],
        "locations": ["bouillon", "hautes", "semois"],
        "minutes": 58,
        "time": "21:00",
        "seasons": [
            (
                "2022-11-18",
                [
                    "The Quarry",
                    "Black Ice",
                    "The Hunter's Path",
                    "Border Line",
                    "Smoke",
                    "The Last Light",
                ],
            ),
        ],
        "rerun": "plus",
    },
    {
        "key": "voix",
        "title": {"fr": "Les Voix de la nuit"},
        "genre": "radiodrama",
        "lang": "fre",
        "producer": ["vallet"],
        "creator": ["yboulanger"],
        "channel": "radio",
        "credits": [("narrator", "yboulanger"), ("composer", "ilambert")],
        "director_rotation": ["vleclercq"],
        "cast": [("sgoossens", "Madeleine"), ("gsimon", "Le veilleur")],
        "minutes": 30,
        "time": "23:00",
        "seasons": [
            (
                "2021-11-01",
                [
                    "Le Phare",
                    "La Chambre 12",
                    "Le Train de minuit",
                    "L'Inconnue du pont",
                    "Le Dernier Appel",
                    "Neige sur Bruges",
                ],
            ),
        ],
    },
    {
        "key": "debat",
        "title": {"fr": "Le Débat", "nl": "Het Debat"},
        "genre": "talk",
        "lang": "fre",
        "producer": ["rdv"],
        "channel": "un",
        "credits": [("presenter", "rhaddad")],
        "director_rotation": ["bcollard"],
        "minutes": 60,
        "time": "21:45",
        "seasons": [
            (
                "2024-01-11",
                [
                    "Faut-il taxer les robots ?",
                    "Le Nucléaire, encore ?",
                    "L'École de demain",
                    "La Voiture en ville",
                    "Vivre jusqu'à cent ans",
                    "Les Réseaux sociaux et nous",
                ],
            ),
        ],
    },
]

GROUPS = {
    "ete2023": (
        {"fr": "Festival d'été 2023", "nl": "Zomerfestival 2023"},
        [("concerts", 1, 1), ("concerts", 1, 4), ("chemins", 2, 2)],
    ),
    "memoire": (
        {"fr": "Mémoire de l'eau (collection)"},
        [("chemins", 1, 1), ("chemins", 1, 4), ("chemins", 2, 5)],
    ),
    "noel": (
        {"fr": "Sélection de Noël", "nl": "Kerstselectie"},
        [("debrouillards", 1, 5), ("voix", 1, 6), ("atable", 1, 3)],
    ),
}


def _iso(dt: datetime) -> str:
    return dt.isoformat()


def _eidr(rng: random.Random) -> str:
    parts = ["".join(rng.choice("0123456789ABCDEF") for _ in range(4)) for _ in range(4)]
    return "10.5240/" + "-".join(parts) + "-" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


def build() -> dict:
    rng = random.Random(3602)
    graph: list[dict] = []
    # the schemes
    schemes = {
        "roles": ("ebu_RoleCodeCS", "EBU Role Code"),
        "genres": ("ebu_ContentGenreCS", "EBU Content Genre"),
        "langs": ("ebu_ISO639_2LanguageCodeCS", "EBU ISO 639-2 language codes"),
        "chtypes": ("ebu_PublicationChannelTypeCodeCS", "EBU Publication Channel Type"),
        "idtypes": ("ebu_IdentifierTypeCodeCS", "EBU Identifier Type"),
    }
    for name, label in schemes.values():
        graph.append({"id": CS + name, "type": "skos:ConceptScheme", "prefLabel": {"en": label}})
    for code, en, fr in ROLES.values():
        graph.append(
            {
                "id": f"roles:_{code}",
                "type": "skos:Concept",
                "prefLabel": {"en": en, "fr": fr},
                "notation": code,
                "inScheme": CS + "ebu_RoleCodeCS",
            }
        )
    for code, en, fr, broader in GENRES.values():
        g = {
            "id": f"genres:_{code}",
            "type": "skos:Concept",
            "prefLabel": {"en": en, "fr": fr},
            "notation": code,
            "inScheme": CS + "ebu_ContentGenreCS",
        }
        if broader:
            g["broader"] = f"genres:_{GENRES[broader][0]}"
        graph.append(g)
    for code, (en, fr) in LANGS.items():
        graph.append(
            {
                "id": f"langs:_{code}",
                "type": "skos:Concept",
                "prefLabel": {"en": en, "fr": fr},
                "notation": code,
                "inScheme": CS + "ebu_ISO639_2LanguageCodeCS",
            }
        )
    for code, en in CHTYPES.values():
        graph.append(
            {
                "id": f"chtypes:_{code}",
                "type": "skos:Concept",
                "prefLabel": {"en": en},
                "notation": code,
                "inScheme": CS + "ebu_PublicationChannelTypeCodeCS",
            }
        )
    graph.append(
        {
            "id": "idtypes:_EIDR",
            "type": "skos:Concept",
            "prefLabel": {"en": "EIDR"},
            "notation": "EIDR",
            "inScheme": CS + "ebu_IdentifierTypeCodeCS",
        }
    )
    graph.append(
        {
            "id": "idtypes:_RDV",
            "type": "skos:Concept",
            "prefLabel": {"en": "RDV programme identifier"},
            "notation": "RDV-PID",
            "inScheme": CS + "ebu_IdentifierTypeCodeCS",
        }
    )

    for key, names in ORGS.items():
        graph.append(
            {
                "id": f"organisations/{key}",
                "type": "ebucore:Organisation",
                "organisationName": names,
            }
        )
    for name, cid, kind in CHANNELS.values():
        graph.append(
            {
                "id": f"channels/{cid.lower()}",
                "type": "ebucore:PublicationChannel",
                "channelName": name,
                "channelId": cid,
                "channelType": f"chtypes:_{CHTYPES[kind][0]}",
                "operatedBy": "organisations/rdv",
            }
        )
    for key, (given, family, occupation) in PERSONS.items():
        p = {
            "id": f"persons/{key}",
            "type": "ebucore:Person",
            "givenName": given,
            "familyName": family,
            "occupation": occupation,
        }
        graph.append(p)
    for key, name in LOCATIONS.items():
        graph.append({"id": f"locations/{key}", "type": "ebucore:Location", "label": name})

    pid = 1000
    pe = 1
    members: dict[tuple[str, int, int], str] = {}
    for s in SERIES:
        skey = s["key"]
        sid = f"series/{skey}"
        series = {
            "id": sid,
            "type": "ebucore:Series",
            "title": s["title"],
            "genre": f"genres:_{GENRES[s['genre']][0]}",
            "originalLanguage": f"langs:_{s['lang']}",
            "producer": [f"organisations/{o}" for o in s["producer"]],
            "channel": f"channels/{CHANNELS[s['channel']][1].lower()}",
        }
        if "alt" in s:
            series["alternativeTitle"] = s["alt"]
        if "original" in s:
            series["originalTitle"] = s["original"]
        if s.get("creator"):
            series["creator"] = [f"persons/{p}" for p in s["creator"]]
        series["contributors"] = [
            {"type": "ebucore:Staff", "agent": f"persons/{p}", "role": f"roles:_{ROLES[r][0]}"}
            for r, p in s["credits"]
        ]
        pid += 1
        series["identifiers"] = [
            {
                "type": "ebucore:Identifier",
                "identifierValue": f"RDV-S-{pid}",
                "identifierType": "idtypes:_RDV",
            }
        ]
        series["seasons"] = [f"{sid}/season-{n}" for n in range(1, len(s["seasons"]) + 1)]
        graph.append(series)
        for n, (first, titles) in enumerate(s["seasons"], start=1):
            season_id = f"{sid}/season-{n}"
            season = {
                "id": season_id,
                "type": "ebucore:Season",
                "seasonNumber": n,
                "title": {
                    k: f"{v} – saison {n}"
                    if k == "fr"
                    else (f"{v} – seizoen {n}" if k == "nl" else f"{v} – season {n}")
                    for k, v in (s.get("original") or s["title"]).items()
                },
            }
            graph.append(season)
            hh, mm = (int(x) for x in s["time"].split(":"))
            day = datetime.fromisoformat(first).replace(
                hour=hh, minute=mm, tzinfo=timezone(timedelta(hours=1))
            )
            step = timedelta(days=7) if s.get("weekly", True) else timedelta(days=1)
            for e, title in enumerate(titles, start=1):
                eid = f"{sid}/s{n:02d}e{e:02d}"
                members[(skey, n, e)] = eid
                lang = "en" if s["lang"] == "eng" else ("nl" if s["lang"] == "dut" else "fr")
                ep = {
                    "id": eid,
                    "type": "ebucore:Episode",
                    "title": {lang: title},
                    "episodeNumber": e,
                    "season": season_id,
                    "series": sid,
                }
                minutes = s["minutes"] + rng.choice([-2, -1, 0, 0, 1, 3])
                ep["duration"] = (
                    f"PT{minutes}M"
                    if minutes < 60
                    else f"PT1H{minutes - 60}M"
                    if minutes > 60
                    else "PT1H"
                )
                credits = []
                if s["director_rotation"]:
                    d = s["director_rotation"][(e - 1) // 2 % len(s["director_rotation"])]
                    credits.append(
                        {
                            "type": "ebucore:Staff",
                            "agent": f"persons/{d}",
                            "role": f"roles:_{ROLES['director'][0]}",
                        }
                    )
                if s.get("episode_composer", {}).get(e):
                    credits.append(
                        {
                            "type": "ebucore:Staff",
                            "agent": f"persons/{s['episode_composer'][e]}",
                            "role": f"roles:_{ROLES['composer'][0]}",
                        }
                    )
                if credits:
                    ep["contributors"] = credits
                cast = [
                    {
                        "type": "ebucore:Cast",
                        "agent": f"persons/{p}",
                        "castRole": f"roles:_{ROLES['actor'][0]}",
                        "character": {"type": "ebucore:Character", "characterName": c},
                    }
                    for p, c in s.get("cast", [])
                ]
                cast += [
                    {
                        "type": "ebucore:Cast",
                        "agent": f"persons/{p}",
                        "castRole": f"roles:_{ROLES['voice'][0]}",
                        "character": {"type": "ebucore:Character", "characterName": c},
                    }
                    for p, c in s.get("voices", [])
                ]
                if cast:
                    ep["cast"] = cast
                if s.get("locations"):
                    ep["shootingLocation"] = [
                        f"locations/{s['locations'][(e + n) % len(s['locations'])]}"
                    ]
                pid += 1
                ids = [
                    {
                        "type": "ebucore:Identifier",
                        "identifierValue": f"RDV-E-{pid}",
                        "identifierType": "idtypes:_RDV",
                    }
                ]
                if s["genre"] in ("documentary", "crime"):
                    ids.append(
                        {
                            "type": "ebucore:Identifier",
                            "identifierValue": _eidr(rng),
                            "identifierType": "idtypes:_EIDR",
                        }
                    )
                ep["identifiers"] = ids
                graph.append(ep)
                start = day + step * (e - 1)
                events = [(s["channel"], start, True)]
                if s.get("rerun"):
                    events.append(
                        (
                            s["rerun"],
                            start
                            + timedelta(
                                days=rng.choice([2, 3, 5]), hours=-6 if s["rerun"] != "plus" else 2
                            ),
                            False,
                        )
                    )
                for ch, t, first_showing in events:
                    cid = CHANNELS[ch][1].lower()
                    ev = {
                        "id": f"publication-events/pe-{pe:05d}",
                        "type": "ebucore:PublicationEvent",
                        "eventId": f"PE-{t.year}-{pe:05d}",
                        "publishes": eid,
                        "releasedBy": f"channels/{cid}",
                        "start": _iso(t),
                        "end": _iso(
                            t + timedelta(minutes=minutes if ch != "plus" else 60 * 24 * 30)
                        ),
                        "firstShowing": first_showing,
                    }
                    pe += 1
                    graph.append(ev)
    for key, (names, refs) in GROUPS.items():
        gid = f"collections/{key}"
        graph.append({"id": gid, "type": "ebucore:Group", "groupName": names})
        for r in refs:
            for node in graph:
                if node.get("id") == members[r]:
                    node["memberOf"] = gid
    return {"@context": _ctx(), "@graph": graph}


def main() -> None:
    doc = build()
    (HERE / "broadcast.jsonld").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
