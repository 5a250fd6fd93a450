# ruff: noqa: E501  (one record a line)
"""Write ``podcasts.ttl``: a podcast directory's catalogue as its publisher exports it (Turtle,
schema.org over ``http://schema.org/`` with iTunes RSS terms and a local vocabulary).

The shape follows what such a directory's linked-data dump holds:

* ``schema:PodcastSeries`` at slug IRIs (``/show/<slug>``) with ``schema:name``,
  ``schema:description``, ``schema:webFeed`` (the RSS feed URL as an IRI), ``schema:url``,
  ``schema:inLanguage`` as a BCP-47 code string ("en-US", "es-MX", "de-DE", "pt-BR"),
  ``itunes:explicit`` (``xsd:boolean``), ``schema:startDate`` (``xsd:date``),
  ``schema:numberOfEpisodes``, ``schema:genre`` pointing at category concepts,
  ``schema:publisher`` (the network) and ``schema:producer`` (a production company);
  hosts either straight ``schema:actor`` links or ``schema:PerformanceRole`` blank nodes
  (``schema:actor`` the person, ``schema:roleName`` "Host" / "Co-host", ``schema:startDate``);
  ratings as blank ``schema:AggregateRating`` nodes (``schema:ratingValue`` ``xsd:decimal``,
  ``schema:ratingCount``, ``schema:bestRating``); renamed shows keep their former name as
  ``schema:alternateName`` or as a blank ``pod:NameChange`` record (``pod:previousName``:
  ``schema:name``, ``schema:endDate``);
* ``schema:PodcastSeason`` at ``/show/<slug>/season/<n>`` (``schema:seasonNumber``,
  ``schema:name``, ``schema:partOfSeries``; the show does not list its seasons);
* ``schema:PodcastEpisode`` at opaque hashed IRIs (``/episode/<hex>``) with ``schema:name``
  (language-tagged in the show's language for non-English shows), ``schema:episodeNumber``
  (``xsd:integer``; none on bonus episodes), ``itunes:episodeType``, ``schema:datePublished``
  (``xsd:dateTime`` with the publisher's local offset), ``schema:duration`` (``xsd:duration``,
  "PT1H02M"), ``schema:partOfSeries``, ``schema:partOfSeason`` on seasoned shows,
  ``schema:identifier`` (the feed GUID), ``schema:associatedMedia`` a blank
  ``schema:AudioObject`` (``schema:contentUrl``, ``schema:encodingFormat``,
  ``schema:contentSize``), guests as ``schema:contributor`` on some shows and as
  ``schema:PerformanceRole`` blank nodes with ``schema:roleName`` "Guest" on others,
  ``schema:about`` topics (category concepts);
* transcripts as ``schema:DigitalDocument`` nodes (``pod:transcript`` from the episode), titled
  in one or two languages (``schema:name`` "Transcript: ..."@en, "Transcripción: ..."@es),
  ``schema:inLanguage``, ``schema:encodingFormat`` "text/vtt";
* ``schema:Person`` with ``schema:name``, some ``schema:alternateName`` (nicknames),
  ``schema:jobTitle``, ``schema:sameAs`` (a Wikidata-like IRI) and ``schema:affiliation`` (an
  organisation node);
* ``schema:Organization`` networks and producers (``schema:name``, ``schema:foundingDate``,
  ``schema:parentOrganization``, ``schema:address`` a blank ``schema:PostalAddress`` with
  ``schema:addressLocality`` and ``schema:addressCountry``);
* the directory's categories as a SKOS scheme (``skos:Concept``, ``skos:prefLabel`` in English
  and for top categories also Spanish and German, ``skos:broader`` and ``skos:narrower`` both
  ways, ``skos:inScheme``, ``skos:topConceptOf``, ``skos:notation``).

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/podcasts_make.py``.
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://directory.podwave.example.com/"
S = Namespace("http://schema.org/")
ITUNES = Namespace("http://www.itunes.com/dtds/podcast-1.0.dtd#")
POD = Namespace("https://directory.podwave.example.com/ns#")
CAT = Namespace(BASE + "category/")
WD = "https://www.wikidata.org/entity/Q"

# slug: (English label, broader slug or None, Spanish, German)
CATEGORIES = {
    "arts": ("Arts", None, "Artes", "Kunst"),
    "arts-food": ("Food", "arts", None, None),
    "arts-books": ("Books", "arts", None, None),
    "business": ("Business", None, "Negocios", "Wirtschaft"),
    "business-entrepreneurship": ("Entrepreneurship", "business", None, None),
    "business-investing": ("Investing", "business", None, None),
    "comedy": ("Comedy", None, "Comedia", "Comedy"),
    "comedy-standup": ("Stand-Up", "comedy", None, None),
    "comedy-improv": ("Improv", "comedy", None, None),
    "education": ("Education", None, "Educación", "Bildung"),
    "health": ("Health & Fitness", None, "Salud y forma física", "Gesundheit und Fitness"),
    "health-mental": ("Mental Health", "health", None, None),
    "health-nutrition": ("Nutrition", "health", None, None),
    "history": ("History", None, "Historia", "Geschichte"),
    "kids": ("Kids & Family", None, "Niños y familia", "Kinder und Familie"),
    "kids-education": ("Education for Kids", "kids", None, None),
    "music": ("Music", None, "Música", "Musik"),
    "music-history": ("Music History", "music", None, None),
    "news": ("News", None, "Noticias", "Nachrichten"),
    "news-tech": ("Tech News", "news", None, None),
    "science": ("Science", None, "Ciencia", "Wissenschaft"),
    "science-astronomy": ("Astronomy", "science", None, None),
    "science-physics": ("Physics", "science", None, None),
    "society": ("Society & Culture", None, "Sociedad y cultura", "Gesellschaft und Kultur"),
    "society-documentary": ("Documentary", "society", None, None),
    "sports": ("Sports", None, "Deportes", "Sport"),
    "sports-basketball": ("Basketball", "sports", None, None),
    "sports-soccer": ("Soccer", "sports", None, None),
    "technology": ("Technology", None, "Tecnología", "Technologie"),
    "true-crime": ("True Crime", None, "Crimen real", "True Crime"),
    "tv-film": ("TV & Film", None, "TV y cine", "Film und Fernsehen"),
    "tv-film-reviews": ("Film Reviews", "tv-film", None, None),
}

# slug: (name, founded, parent slug or None, city, country)
ORGS = {
    "castellan": ("Castellan Media Group", "1998-03-02", None, "New York", "US"),
    "brightline": ("Brightline Communications", "2004-09-15", None, "Chicago", "US"),
    "northwind": ("Northwind Audio", "2014-06-01", "castellan", "Brooklyn", "US"),
    "lumen": ("Lumen Podcast Network", "2016-02-10", "brightline", "Chicago", "US"),
    "hollow-oak": ("Hollow Oak Media", "2017-11-20", None, "Austin", "US"),
    "capibara": ("Radio Capibara", "2015-05-05", None, "Ciudad de México", "MX"),
    "marulho": ("Grupo Marulho", "2001-08-30", None, "Rio de Janeiro", "BR"),
    "onda-sonora": ("Onda Sonora", "2018-04-12", "marulho", "São Paulo", "BR"),
    "quarterline": ("Quarterline Productions", "2012-01-09", None, "Los Angeles", "US"),
    "brandung": ("Studio Brandung", "2017-07-01", None, "Hamburg", "DE"),
    "kettle-cable": ("Kettle & Cable Productions", "2019-03-18", "castellan", "Philadelphia", "US"),
    "harbor-univ": ("Harborview University", "1889-09-01", None, "Seattle", "US"),
    "kepler-inst": ("Kepler Institute for Space Studies", "1972-04-04", None, "Pasadena", "US"),
}

# slug: (name, nickname or None, job title, affiliation slug or None)
PEOPLE = {
    "maya-okafor": ("Maya Okafor", None, "Financial planner", None),
    "dev-raman": ("Dev Raman", None, "Economics journalist", None),
    "ingrid-solberg": ("Ingrid Solberg", None, "Astrophysicist", "kepler-inst"),
    "ray-delgado": ("Ray Delgado", None, "Former homicide detective", None),
    "tess-marlowe": ("Tess Marlowe", None, "Investigative reporter", None),
    "marcus-bell": ("Marcus Bell", "Moose", "Former NBA center", None),
    "lucia-ferrer": ("Lucía Ferrer", None, "Chef y cronista gastronómica", None),
    "jonas-albrecht": ("Jonas Albrecht", None, "Filmkritiker", None),
    "priya-natarajan": ("Priya Natarajan", None, "Privacy lawyer", None),
    "benny-castellano": ("Benny Castellano", None, "Stand-up comedian", None),
    "dana-whitlock": ("Dana Whitlock", None, "Improv performer", None),
    "amara-leclerc": ("Amara Leclerc", "Dr. Amara", "Clinical psychologist", "harbor-univ"),
    "thiago-martins": ("Thiago Martins", None, "Pesquisador musical", None),
    "kevin-zhou": ("Kevin Zhou", None, "Venture investor", None),
    "ollie-brandt": ("Ollie Brandt", None, "Children's author", None),
    "sam-ortega": ("Sam Ortega", None, "Science teacher", None),
    # guests
    "hannah-pryce": ("Hannah Pryce", None, "Tax attorney", None),
    "omar-haddad": ("Omar Haddad", None, "Behavioral economist", "harbor-univ"),
    "grace-kim": ("Grace Kim", None, "Index fund manager", None),
    "li-wei": ("Li Wei", None, "Radio astronomer", "kepler-inst"),
    "carlos-mendez": ("Carlos Méndez", None, "Planetary geologist", None),
    "nadia-volkova": ("Nadia Volkova", None, "Exoplanet researcher", "kepler-inst"),
    "june-abernathy": ("June Abernathy", None, "Forensic genealogist", None),
    "victor-osei": ("Victor Osei", None, "Defense attorney", None),
    "tyrell-banks": ("Tyrell Banks", "T-Banks", "Sports analyst", None),
    "coach-lindgren": ("Erik Lindgren", "Coach Lindgren", "College basketball coach", None),
    "mariana-soto": ("Mariana Soto", None, "Panadera", None),
    "diego-arriaga": ("Diego Arriaga", None, "Historiador de la cocina", None),
    "lena-vogt": ("Lena Vogt", None, "Regisseurin", None),
    "felix-hartmann": ("Felix Hartmann", None, "Drehbuchautor", None),
    "aisha-rahman": ("Aisha Rahman", None, "Security researcher", None),
    "tom-brennan": ("Tom Brennan", None, "Former FTC commissioner", None),
    "rosa-lindqvist": ("Rosa Lindqvist", None, "Sketch writer", None),
    "paul-nakamura": ("Paul Nakamura", None, "Sleep researcher", "harbor-univ"),
    "zoe-fitzgerald": ("Zoe Fitzgerald", None, "Nutritionist", None),
    "ana-beatriz-costa": ("Ana Beatriz Costa", None, "Cantora", None),
    "joao-pereira": ("João Pereira", None, "Produtor musical", None),
    "rachel-adeyemi": ("Rachel Adeyemi", None, "Startup founder", None),
    "ben-kowalski": ("Ben Kowalski", None, "Angel investor", None),
    "eliza-grant": ("Eliza Grant", None, "Museum educator", None),
}

# slug: dict of the show's facts; episodes as (title, guests, topic category slug or None)
SHOWS = {
    "the-quiet-ledger": {
        "name": "The Quiet Ledger",
        "former": ("alternateName", "Money Talks Back", None),
        "desc": "Calm, practical conversations about personal finance, debt and investing for people who hate talking about money.",
        "lang": "en-US",
        "tz": "America/New_York",
        "explicit": False,
        "start": "2019-01-08",
        "genres": ["business-investing", "education"],
        "publisher": "northwind",
        "producer": "kettle-cable",
        "hosts": [("maya-okafor", "Host", "2019-01-08"), ("dev-raman", "Co-host", "2021-03-02")],
        "rating": ("4.7", 2315),
        "feed": "https://feeds.northwindaudio.com/quiet-ledger.xml",
        "guest_style": "role",
        "seasons": None,
        "first_ep": 141,
        "episodes": [
            ("Why Your Emergency Fund Is Too Small", [], "business-investing"),
            ("Index Funds Without the Hype", ["grace-kim"], "business-investing"),
            ("The Tax Mistakes Freelancers Make", ["hannah-pryce"], None),
            ("Mental Accounting and the Bonus Trap", ["omar-haddad"], "health-mental"),
            ("Renting Is Not Throwing Money Away", [], None),
            ("Paying Off Debt With the Avalanche Method", [], None),
            ("How Couples Split the Bills", ["omar-haddad"], None),
            ("Target-Date Funds Explained", ["grace-kim"], "business-investing"),
            ("Listener Questions: Windfalls", [], None),
            ("Estate Planning for People in Their Thirties", ["hannah-pryce"], None),
        ],
    },
    "deep-field-dispatch": {
        "name": "Deep Field Dispatch",
        "desc": "Astronomy news and long conversations with the people who point telescopes at things.",
        "lang": "en-US",
        "tz": "America/Los_Angeles",
        "explicit": False,
        "start": "2018-05-14",
        "genres": ["science-astronomy", "science-physics"],
        "publisher": "lumen",
        "producer": None,
        "hosts": [("ingrid-solberg", None, None)],
        "rating": ("4.8", 1902),
        "feed": "https://feeds.lumenpods.com/deepfield",
        "guest_style": "contributor",
        "seasons": None,
        "first_ep": 88,
        "episodes": [
            ("Listening to Fast Radio Bursts", ["li-wei"], "science-astronomy"),
            ("What the Mars Sample Return Will Tell Us", ["carlos-mendez"], None),
            ("Hot Jupiters and Where They Come From", ["nadia-volkova"], "science-astronomy"),
            ("The Dark Energy Survey, Five Years On", [], "science-physics"),
            ("Why Pluto Still Matters", ["carlos-mendez"], None),
            ("Building a Radio Telescope on the Moon", ["li-wei"], None),
            ("Biosignatures and False Positives", ["nadia-volkova"], None),
            ("The Year in Gravitational Waves", [], "science-physics"),
            ("Bonus: Eclipse Chasing Tips", [], None),
        ],
    },
    "cold-case-atlas": {
        "name": "Cold Case Atlas",
        "desc": "Each season a detective and a reporter reopen one unsolved case, from the files to the family.",
        "lang": "en-US",
        "tz": "America/Chicago",
        "explicit": True,
        "start": "2020-02-04",
        "genres": ["true-crime", "society-documentary"],
        "publisher": "hollow-oak",
        "producer": "quarterline",
        "hosts": [("ray-delgado", "Host", "2020-02-04"), ("tess-marlowe", "Host", "2020-02-04")],
        "rating": ("4.5", 5210),
        "feed": "https://feeds.hollowoak.fm/coldcaseatlas",
        "guest_style": "role",
        "first_ep": 1,
        "seasons": [
            ("The Halvorsen Disappearance", 4),
            ("Murder on Route 9", 4),
            ("The Lakeview Fire", 4),
        ],
        "episodes": [
            ("The Last Phone Call", [], None),
            ("A Car by the Reservoir", ["june-abernathy"], None),
            ("The Neighbor's Story", [], None),
            ("What the DNA Said", ["june-abernathy"], None),
            ("Mile Marker 41", [], None),
            ("The Hitchhiker", ["victor-osei"], None),
            ("Two Confessions", ["victor-osei"], None),
            ("Verdict", [], None),
            ("Smoke on Elm Street", [], None),
            ("The Insurance Policy", [], None),
            ("Arson Science Then and Now", ["june-abernathy"], None),
            ("Who Lit the Match", [], None),
        ],
    },
    "bench-strength": {
        "name": "Bench Strength",
        "desc": "Basketball talk from a former NBA big man: trades, tactics and the stories from the locker room.",
        "lang": "en-US",
        "tz": "America/New_York",
        "explicit": True,
        "start": "2021-10-19",
        "genres": ["sports-basketball"],
        "publisher": "northwind",
        "producer": None,
        "hosts": [("marcus-bell", None, None)],
        "rating": ("4.2", 980),
        "feed": "https://feeds.northwindaudio.com/bench-strength.xml",
        "guest_style": "contributor",
        "seasons": None,
        "first_ep": 60,
        "episodes": [
            ("Trade Deadline Winners and Losers", ["tyrell-banks"], None),
            ("Is the Midrange Dead?", ["coach-lindgren"], None),
            ("My Rookie Year, Uncut", [], None),
            ("Zone Defense Is Back", ["coach-lindgren"], None),
            ("Playoff Preview: The West", ["tyrell-banks"], None),
            ("Draft Night Nerves", [], None),
            ("Load Management, Honestly", [], "health"),
            ("Summer League Sleepers", ["tyrell-banks"], None),
        ],
    },
    "sobremesa-sonora": {
        "name": "Sobremesa Sonora",
        "desc": "Charlas sin prisa sobre la comida de México: mercados, abuelas, panaderías y cocineros.",
        "lang": "es-MX",
        "tz": "America/Mexico_City",
        "explicit": False,
        "start": "2020-06-03",
        "genres": ["arts-food", "society"],
        "publisher": "capibara",
        "producer": None,
        "hosts": [("lucia-ferrer", "Conductora", "2020-06-03")],
        "rating": ("4.9", 611),
        "feed": "https://feeds.radiocapibara.mx/sobremesa",
        "guest_style": "role",
        "seasons": None,
        "first_ep": 30,
        "episodes": [
            ("El pan de muerto de Mariana", ["mariana-soto"], "arts-food"),
            ("La historia secreta del mole", ["diego-arriaga"], "history"),
            ("Mercados de Oaxaca", [], None),
            ("Tortillas hechas a mano", ["mariana-soto"], None),
            ("El chile en nogada y la independencia", ["diego-arriaga"], "history"),
            ("Cocinar con la abuela", [], None),
            ("Café de olla", [], None),
            ("Especial: recetas de los oyentes", [], None),
        ],
    },
    "kopfkino": {
        "name": "Kopfkino",
        "desc": "Der Filmpodcast aus Hamburg: Neustarts, Klassiker und Gespräche mit Filmschaffenden.",
        "lang": "de-DE",
        "tz": "Europe/Berlin",
        "explicit": False,
        "start": "2017-09-21",
        "genres": ["tv-film-reviews"],
        "publisher": None,
        "producer": "brandung",
        "hosts": [("jonas-albrecht", None, None)],
        "rating": ("4.4", 432),
        "feed": "https://kopfkino-podcast.de/feed/mp3",
        "guest_style": "contributor",
        "seasons": None,
        "first_ep": 212,
        "episodes": [
            ("Warum wir Heist-Filme lieben", [], None),
            ("Im Gespräch mit Lena Vogt", ["lena-vogt"], None),
            ("Die besten Filme des Jahres", [], None),
            ("Drehbuch schreiben in Deutschland", ["felix-hartmann"], None),
            ("Fritz Lang und das Kino von morgen", [], "history"),
            ("Festivalbericht Berlinale", ["lena-vogt"], None),
            ("Horror made in Germany", ["felix-hartmann"], None),
        ],
    },
    "small-print": {
        "name": "Small Print",
        "desc": "Privacy, tech law and the terms of service nobody reads, explained by a privacy lawyer.",
        "lang": "en-GB",
        "tz": "Europe/London",
        "explicit": False,
        "start": "2019-09-09",
        "genres": ["technology", "news-tech"],
        "publisher": "lumen",
        "producer": "quarterline",
        "hosts": [("priya-natarajan", None, None)],
        "rating": ("4.6", 754),
        "feed": "https://feeds.lumenpods.com/smallprint",
        "guest_style": "contributor",
        "seasons": None,
        "first_ep": 97,
        "episodes": [
            ("Dark Patterns in Cookie Banners", ["aisha-rahman"], "technology"),
            ("Who Owns Your Face Data?", [], None),
            ("The FTC and the Data Brokers", ["tom-brennan"], "news-tech"),
            ("Right to Repair, Explained", [], None),
            ("Password Managers After the Breach", ["aisha-rahman"], "technology"),
            ("Kids, Apps and Consent", ["tom-brennan"], "kids"),
            ("What GDPR Fines Actually Change", [], None),
            ("Smart Speakers Are Listening", ["aisha-rahman"], None),
        ],
    },
    "laugh-track-legends": {
        "name": "Laugh Track Legends",
        "desc": "Two comedians rewatch the sitcoms that raised them and ask what still lands.",
        "lang": "en-US",
        "tz": "America/Chicago",
        "explicit": True,
        "start": "2018-03-01",
        "genres": ["comedy", "tv-film"],
        "publisher": "hollow-oak",
        "producer": None,
        "hosts": [
            ("benny-castellano", "Host", "2018-03-01"),
            ("dana-whitlock", "Co-host", "2018-03-01"),
        ],
        "rating": ("4.3", 3371),
        "feed": "https://feeds.hollowoak.fm/laughtrack",
        "guest_style": "role",
        "seasons": None,
        "first_ep": 175,
        "episodes": [
            ("The Pilot Episode Problem", [], None),
            ("Catchphrases We Regret", ["rosa-lindqvist"], "comedy-standup"),
            ("Laugh Tracks vs Live Audiences", [], None),
            ("Writing Rooms Are Weird", ["rosa-lindqvist"], "comedy-improv"),
            ("Holiday Specials Ranked", [], None),
            ("The Will-They-Won't-They Episode", [], None),
            ("Bonus: Live From the Austin Comedy Fest", ["rosa-lindqvist"], "comedy-standup"),
        ],
    },
    "the-mending-hour": {
        "name": "The Mending Hour",
        "desc": "A clinical psychologist on anxiety, sleep and the small habits that help you heal.",
        "lang": "en-US",
        "tz": "America/Los_Angeles",
        "explicit": False,
        "start": "2020-04-15",
        "genres": ["health-mental", "health"],
        "publisher": "northwind",
        "producer": "kettle-cable",
        "hosts": [("amara-leclerc", None, None)],
        "rating": ("4.9", 4108),
        "feed": "https://feeds.northwindaudio.com/mending-hour.xml",
        "guest_style": "contributor",
        "seasons": None,
        "first_ep": 120,
        "episodes": [
            ("Why You Wake Up at 3 A.M.", ["paul-nakamura"], "health-mental"),
            ("Anxiety Is Not a Character Flaw", [], "health-mental"),
            ("Eating for a Calmer Mind", ["zoe-fitzgerald"], "health-nutrition"),
            ("Burnout and the Myth of Balance", [], None),
            ("Naps, Caffeine and Other Lies", ["paul-nakamura"], None),
            ("Grief Has No Schedule", [], None),
            ("The Gut-Brain Connection", ["zoe-fitzgerald"], "health-nutrition"),
            ("Talking to Teens About Therapy", [], "kids"),
        ],
    },
    "raizes-do-groove": {
        "name": "Raízes do Groove",
        "desc": "A história da música brasileira contada por quem viveu: samba, soul, baile e tropicália.",
        "lang": "pt-BR",
        "tz": "America/Sao_Paulo",
        "explicit": False,
        "start": "2021-02-11",
        "genres": ["music-history", "history"],
        "publisher": "onda-sonora",
        "producer": None,
        "hosts": [("thiago-martins", "Apresentador", "2021-02-11")],
        "rating": ("4.8", 287),
        "feed": "https://feeds.ondasonora.com.br/raizes",
        "guest_style": "role",
        "seasons": None,
        "first_ep": 40,
        "episodes": [
            ("O nascimento do samba-rock", ["joao-pereira"], "music-history"),
            ("Tim Maia e o soul brasileiro", [], "music-history"),
            ("Bailes black do Rio", ["ana-beatriz-costa"], None),
            ("Tropicália, cinquenta anos depois", [], "history"),
            ("A voz de Ana Beatriz Costa", ["ana-beatriz-costa"], None),
            ("Produzindo discos nos anos 70", ["joao-pereira"], None),
            ("Funk carioca: das origens aos dias de hoje", [], None),
        ],
    },
    "startup-dirt": {
        "name": "Startup Dirt",
        "former": ("record", "Garage to IPO", "2022-01-10"),
        "desc": "Founders tell the unglamorous truth about building a company: layoffs, pivots and payroll.",
        "lang": "en-US",
        "tz": "America/Los_Angeles",
        "explicit": True,
        "start": "2019-06-20",
        "genres": ["business-entrepreneurship", "technology"],
        "publisher": None,
        "producer": None,
        "hosts": [("kevin-zhou", None, None)],
        "rating": ("4.1", 688),
        "feed": "https://anchor.example.fm/s/5be2c0/podcast/rss",
        "guest_style": "contributor",
        "seasons": None,
        "first_ep": 150,
        "episodes": [
            ("The Pivot That Saved Us", ["rachel-adeyemi"], "business-entrepreneurship"),
            ("Raising a Seed Round in a Downturn", ["ben-kowalski"], None),
            ("Firing Your Cofounder", [], None),
            ("When the Term Sheet Falls Through", ["ben-kowalski"], None),
            ("Bootstrapping to Ten Million", ["rachel-adeyemi"], None),
            ("Layoffs Done Right", [], None),
            ("Angel Investing for Beginners", ["ben-kowalski"], "business-investing"),
        ],
    },
    "tiny-histories": {
        "name": "Tiny Histories",
        "desc": "Ten-minute history stories for curious kids and the grown-ups who drive them to school.",
        "lang": "en-US",
        "tz": "America/New_York",
        "explicit": False,
        "start": "2022-08-29",
        "genres": ["kids-education", "history"],
        "publisher": "lumen",
        "producer": None,
        "hosts": [("ollie-brandt", "Host", "2022-08-29"), ("sam-ortega", "Co-host", "2023-09-04")],
        "rating": ("4.9", 1250),
        "feed": "https://feeds.lumenpods.com/tinyhistories",
        "guest_style": "role",
        "first_ep": 1,
        "seasons": [("Ancient Wonders", 5), ("Inventors and Inventions", 5)],
        "episodes": [
            ("The Pyramids of Giza", [], None),
            ("The Library of Alexandria", ["eliza-grant"], None),
            ("The Great Wall", [], None),
            ("Stonehenge", [], None),
            ("The Hanging Gardens", ["eliza-grant"], None),
            ("The Printing Press", [], None),
            ("Ada Lovelace and the First Program", ["eliza-grant"], None),
            ("The Telephone", [], None),
            ("The Wright Brothers", [], None),
            ("The Light Bulb", [], None),
        ],
    },
}

LANG_TAG = {"es-MX": "es", "de-DE": "de", "pt-BR": "pt"}
TRANSCRIPT_WORD = {
    "en": "Transcript",
    "es": "Transcripción",
    "de": "Transkript",
    "pt": "Transcrição",
}


def _hid(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]


def _duration(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"PT{h}H{m:02d}M" if h else f"PT{m}M"


def build() -> Graph:
    rng = random.Random(49)
    g = Graph()
    for prefix, ns in (
        ("schema", S),
        ("itunes", ITUNES),
        ("pod", POD),
        ("skos", SKOS),
        ("xsd", XSD),
        ("cat", CAT),
    ):
        g.bind(prefix, ns, override=True, replace=True)
    # categories
    scheme = URIRef(BASE + "category")
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("Podwave Directory Categories", lang="en")))
    for i, (slug, (en, broader, es, de)) in enumerate(CATEGORIES.items()):
        c = CAT[slug]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.prefLabel, Literal(en, lang="en")))
        if es:
            g.add((c, SKOS.prefLabel, Literal(es, lang="es")))
        if de:
            g.add((c, SKOS.prefLabel, Literal(de, lang="de")))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.notation, Literal(f"{1300 + i * 7}")))
        if broader:
            g.add((c, SKOS.broader, CAT[broader]))
            g.add((CAT[broader], SKOS.narrower, c))
        else:
            g.add((c, SKOS.topConceptOf, scheme))
            g.add((scheme, SKOS.hasTopConcept, c))
    # organisations
    for slug, (name, founded, parent, city, country) in ORGS.items():
        o = URIRef(BASE + "org/" + slug)
        g.add((o, RDF.type, S.Organization))
        g.add((o, S.name, Literal(name)))
        g.add((o, S.foundingDate, Literal(founded, datatype=XSD.date)))
        if parent:
            g.add((o, S.parentOrganization, URIRef(BASE + "org/" + parent)))
        addr = BNode()
        g.add((o, S.address, addr))
        g.add((addr, RDF.type, S.PostalAddress))
        g.add((addr, S.addressLocality, Literal(city)))
        g.add((addr, S.addressCountry, Literal(country)))
    # people
    for i, (slug, (name, nick, job, aff)) in enumerate(PEOPLE.items()):
        p = URIRef(BASE + "people/" + slug)
        g.add((p, RDF.type, S.Person))
        g.add((p, S.name, Literal(name)))
        if nick:
            g.add((p, S.alternateName, Literal(nick)))
        g.add((p, S.jobTitle, Literal(job)))
        if aff:
            g.add((p, S.affiliation, URIRef(BASE + "org/" + aff)))
        if i % 3 != 2:
            g.add((p, S.sameAs, URIRef(f"{WD}{rng.randint(10_000_000, 119_999_999)}")))
    # shows
    for slug, show in SHOWS.items():
        s = URIRef(BASE + "show/" + slug)
        g.add((s, RDF.type, S.PodcastSeries))
        g.add((s, S.name, Literal(show["name"])))
        g.add((s, S.description, Literal(show["desc"], lang=LANG_TAG.get(show["lang"], "en"))))
        g.add((s, S.webFeed, URIRef(show["feed"])))
        g.add((s, S.url, URIRef(BASE + "podcast/" + slug)))
        g.add((s, S.inLanguage, Literal(show["lang"])))
        g.add((s, ITUNES.explicit, Literal(show["explicit"])))
        g.add((s, S.startDate, Literal(show["start"], datatype=XSD.date)))
        g.add((s, S.numberOfEpisodes, Literal(len(show["episodes"]))))
        for genre in show["genres"]:
            g.add((s, S.genre, CAT[genre]))
        if show["publisher"]:
            g.add((s, S.publisher, URIRef(BASE + "org/" + show["publisher"])))
        if show["producer"]:
            g.add((s, S.producer, URIRef(BASE + "org/" + show["producer"])))
        for person, role, since in show["hosts"]:
            p = URIRef(BASE + "people/" + person)
            if role is None:
                g.add((s, S.actor, p))
                continue
            r = BNode()
            g.add((s, S.actor, r))
            g.add((r, RDF.type, S.PerformanceRole))
            g.add((r, S.actor, p))
            g.add((r, S.roleName, Literal(role)))
            g.add((r, S.startDate, Literal(since, datatype=XSD.date)))
        rating, count = show["rating"]
        ar = BNode()
        g.add((s, S.aggregateRating, ar))
        g.add((ar, RDF.type, S.AggregateRating))
        g.add((ar, S.ratingValue, Literal(rating, datatype=XSD.decimal)))
        g.add((ar, S.ratingCount, Literal(count)))
        g.add((ar, S.bestRating, Literal(5)))
        former = show.get("former")
        if former and former[0] == "alternateName":
            g.add((s, S.alternateName, Literal(former[1])))
        elif former:
            nc = BNode()
            g.add((s, POD.previousName, nc))
            g.add((nc, RDF.type, POD.NameChange))
            g.add((nc, S.name, Literal(former[1])))
            g.add((nc, S.endDate, Literal(former[2], datatype=XSD.date)))
        # seasons
        season_of: list[URIRef | None] = [None] * len(show["episodes"])
        if show["seasons"]:
            k = 0
            for n, (title, size) in enumerate(show["seasons"], 1):
                se = URIRef(f"{BASE}show/{slug}/season/{n}")
                g.add((se, RDF.type, S.PodcastSeason))
                g.add((se, S.seasonNumber, Literal(n)))
                g.add((se, S.name, Literal(f"Season {n}: {title}")))
                g.add((se, S.partOfSeries, s))
                g.add((se, S.numberOfEpisodes, Literal(size)))
                for _ in range(size):
                    season_of[k] = se
                    k += 1
        # episodes
        tz = ZoneInfo(show["tz"])
        lang = LANG_TAG.get(show["lang"], "en")
        when = datetime(2023, 1, 9, 5, 0, tzinfo=tz) + timedelta(days=rng.randint(0, 6))
        number = show["first_ep"]
        for idx, (title, guests, topic) in enumerate(show["episodes"]):
            e = URIRef(BASE + "episode/" + _hid(slug, title))
            g.add((e, RDF.type, S.PodcastEpisode))
            g.add((e, S.name, Literal(title, lang=lang) if lang != "en" else Literal(title)))
            bonus = title.startswith(("Bonus:", "Especial:"))
            if bonus:
                g.add((e, ITUNES.episodeType, Literal("bonus")))
            else:
                g.add((e, S.episodeNumber, Literal(number)))
                g.add((e, ITUNES.episodeType, Literal("full")))
                number += 1
            g.add((e, S.partOfSeries, s))
            if season_of[idx] is not None:
                g.add((e, S.partOfSeason, season_of[idx]))
            local = when.replace(hour=rng.choice([4, 5, 6]), minute=rng.choice([0, 0, 30]))
            g.add((e, S.datePublished, Literal(local.isoformat(), datatype=XSD.dateTime)))
            when += timedelta(days=7 if slug != "tiny-histories" else 3)
            minutes = rng.randint(9, 16) if slug == "tiny-histories" else rng.randint(28, 84)
            g.add(
                (e, S.duration, Literal(_duration(minutes), datatype=XSD.duration, normalize=False))
            )
            g.add(
                (
                    e,
                    S.identifier,
                    Literal(
                        f"urn:uuid:{_hid('guid', slug, title)[:8]}-{_hid('g2', title)[:4]}-4{_hid('g3', slug)[:3]}"
                    ),
                )
            )
            media = BNode()
            g.add((e, S.associatedMedia, media))
            g.add((media, RDF.type, S.AudioObject))
            g.add(
                (
                    media,
                    S.contentUrl,
                    URIRef(f"https://cdn.podwave.example.com/{slug}/{_hid(title)}.mp3"),
                )
            )
            g.add((media, S.encodingFormat, Literal("audio/mpeg")))
            g.add((media, S.contentSize, Literal(f"{minutes * 0.96:.1f} MB")))
            if topic:
                g.add((e, S.about, CAT[topic]))
            for person in guests:
                p = URIRef(BASE + "people/" + person)
                if show["guest_style"] == "contributor":
                    g.add((e, S.contributor, p))
                else:
                    r = BNode()
                    g.add((e, S.actor, r))
                    g.add((r, RDF.type, S.PerformanceRole))
                    g.add((r, S.actor, p))
                    g.add((r, S.roleName, Literal("Guest")))
            if idx % 2 == 0 or lang != "en":
                t = URIRef(BASE + "transcript/" + _hid("t", slug, title))
                g.add((e, POD.transcript, t))
                g.add((t, RDF.type, S.DigitalDocument))
                g.add((t, S.name, Literal(f"{TRANSCRIPT_WORD[lang]}: {title}", lang=lang)))
                if lang == "es":
                    g.add((t, S.name, Literal(f"Transcript: {title}", lang="en")))
                g.add((t, S.inLanguage, Literal(show["lang"])))
                g.add((t, S.encodingFormat, Literal("text/vtt")))
    return g


def main() -> None:
    g = build()
    out = HERE / "podcasts.ttl"
    g.serialize(out, format="turtle")
    print(out, len(g), "triples")


if __name__ == "__main__":
    main()
