# ruff: noqa: E501  (one record a line)
"""Write ``battles.ttl``: a military-history archive's catalogue of wars, campaigns and battles
(1805-1905) as its linked-data export holds it: the **Simple Event Model** (SEM) for events,
actors, places and times, Wikidata-like statements with qualifiers for casualties and
strengths, schema.org for people, SKOS for engagement types, ranks and role types, GeoNames for
places and the archive's own ``bt:`` vocabulary.

The shape follows what such an archive's dump holds, merged from three older catalogues:

* wars and campaigns (``bt:War`` / ``bt:Campaign``, both under ``sem:Event``) named by
  ``rdfs:label`` in English, French, German, Russian or Japanese; a campaign is
  ``sem:subEventOf`` its war, the Napoleonic and Crimean battles ``sem:subEventOf`` theirs, the
  Franco-Prussian ones ``wdt:P361`` ("part of"), while the Russo-Japanese war lists its battles
  by ``sem:hasSubEvent`` (declared ``owl:inverseOf`` ``sem:subEventOf``);
* battles (``bt:Battle``, with ``bt:Siege`` and ``bt:NavalBattle`` below it) at opaque
  ``/entity/Q<n>`` IRIs, ``skos:altLabel`` aliases ("Battle of the Nations"), a
  ``sem:eventType`` SKOS concept ("pitched battle", "siege", "naval battle", "cavalry charge",
  broader "military engagement"); times as ``sem:hasBeginTimeStamp`` / ``sem:hasEndTimeStamp``
  (``xsd:date``), on the Crimean catalogue as a blank ``sem:Time`` (``sem:hasTime``), on the
  Russo-Japanese one as ``wdt:P580`` / ``wdt:P582`` / ``wdt:P585``; places as ``sem:hasPlace``
  or ``wdt:P276`` a GeoNames feature;
* participants as **SEM n-ary roles**: a blank ``sem:Role`` under ``sem:hasActor`` with
  ``rdf:value`` the actor, ``sem:roleType`` ("belligerent", "commander", "participating unit",
  "victor") and, for a commander, ``bt:fightingFor`` the state he led for; the Franco-Prussian
  and Russo-Japanese catalogue says ``wdt:P710`` ("participant") and ``bt:commander`` directly;
* the winner as ``wdt:P1346`` on most battles, as a "victor" role on the Crimean ones, an
  inconclusive battle with only ``bt:outcome`` "inconclusive";
* casualties and strengths as Wikidata-like statements: ``p:P1120`` (number of deaths) /
  ``p:P1339`` (number of injured) / ``p:P1132`` (number of participants) blank statements with
  ``ps:`` the number (``xsd:integer``) and ``pq:P642`` ("of") the side; some battles with only a
  total ``wdt:P1120``, one with a free-text ``bt:casualtyNote``; property entities declare their
  labels and ``wikibase:directClaim`` / ``claim`` / ``statementProperty`` / ``qualifier``;
* people (``schema:Person`` and ``sem:Actor``) by ``schema:name``, native names as
  ``schema:alternateName`` (Russian, Japanese), birth and death dates, ``schema:birthPlace``
  (some), ``schema:nationality`` a state, ``bt:rank`` a SKOS rank, ``bt:mortallyWoundedAt`` a
  battle;
* states (``bt:State``, ``sem:Actor``) with ``rdfs:label``, ``skos:altLabel`` and an ISO-like
  ``bt:stateCode``; units (``bt:Corps``, ``bt:Brigade``, ``bt:Regiment``, ``bt:Fleet``,
  ``bt:Warship``) with ``bt:subUnitOf`` (its inverse ``bt:hasSubUnit`` declared, never used),
  ``bt:commandedBy``, ``bt:servesState``, two regiments known only by ``bt:unitCode``; warships
  named by ``schema:name`` with ``bt:launched`` (``xsd:gYear``) and ``bt:guns``;
* treaties (``bt:Treaty``) with ``bt:signedOn`` (``xsd:date``), ``bt:signedAt`` a place,
  ``bt:signatory`` states, ``bt:terminates`` the war on some and the war's ``bt:concludedBy``
  the treaty on others (declared inverses), one mediated (``bt:mediatedBy``);
* places (``gn:Feature``) at GeoNames-like numeric IRIs with ``gn:name``, ``gn:alternateName``
  in other languages, ``gn:countryCode``, ``gn:parentCountry`` a country feature and WGS84
  ``geo:lat`` / ``geo:long`` (``xsd:decimal``).

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/battles_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://warfare-archive.example.org/"
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
S = Namespace("http://schema.org/")
BT = Namespace(BASE + "ontology#")
ENT = Namespace(BASE + "entity/")
WDT = Namespace(BASE + "prop/direct/")
P = Namespace(BASE + "prop/")
PS = Namespace(BASE + "prop/statement/")
PQ = Namespace(BASE + "prop/qualifier/")
WB = Namespace("http://wikiba.se/ontology#")
GN = Namespace("https://www.geonames.org/ontology#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
CON = Namespace(BASE + "concept/")

# Wikidata-like properties: id -> (label, description)
PROPS = {
    "P361": ("part of", "object of which the subject is a part"),
    "P276": ("location", "location of the object, structure or event"),
    "P580": ("start time", "time an item begins to exist or a statement starts being valid"),
    "P582": ("end time", "time an item ceases to exist or a statement stops being valid"),
    "P585": ("point in time", "time and date something took place"),
    "P710": (
        "participant",
        "person, group of people or organization that actively takes part in an event",
    ),
    "P1346": ("winner", "winner of a competition or similar event"),
    "P1120": (
        "number of deaths",
        "total (cumulative) number of people who died since start as a direct result of an event or cause",
    ),
    "P1339": ("number of injured", "number of people with non-fatal injuries in an event"),
    "P1132": ("number of participants", "number of participants of an event"),
    "P642": (
        "of",
        "qualifier stating that a statement applies within the scope of a particular item",
    ),
}

# state key: (labels [(text, lang)], aliases, code)
STATES = {
    "fr": (
        [("French Empire", "en"), ("Empire français", "fr")],
        ["France", "Napoleonic France"],
        "FRA",
    ),
    "fr3": (
        [("French Republic", "en"), ("République française", "fr")],
        ["Government of National Defence"],
        "FRA",
    ),
    "fr2": ([("Second French Empire", "en"), ("Second Empire", "fr")], [], "FRA"),
    "uk": ([("United Kingdom", "en")], ["Britain", "Great Britain"], "GBR"),
    "es": ([("Spain", "en"), ("España", "es")], [], "ESP"),
    "at": ([("Austrian Empire", "en"), ("Kaisertum Österreich", "de")], ["Austria"], "AUT"),
    "hre": ([("Holy Roman Empire", "en")], [], None),
    "ru": ([("Russian Empire", "en"), ("Российская империя", "ru")], ["Russia"], "RUS"),
    "pr": ([("Kingdom of Prussia", "en"), ("Königreich Preußen", "de")], ["Prussia"], "PRU"),
    "sx": ([("Electorate of Saxony", "en"), ("Kurfürstentum Sachsen", "de")], ["Saxony"], "SAX"),
    "se": ([("Sweden", "en"), ("Sverige", "sv")], [], "SWE"),
    "nl": ([("United Kingdom of the Netherlands", "en")], ["Netherlands"], "NLD"),
    "dw": ([("Duchy of Warsaw", "en"), ("Księstwo Warszawskie", "pl")], [], "DWA"),
    "ot": ([("Ottoman Empire", "en"), ("Devlet-i Âliye", "tr")], ["Turkey"], "OTT"),
    "sa": ([("Kingdom of Sardinia", "en"), ("Regno di Sardegna", "it")], ["Sardinia"], "SAR"),
    "ngc": ([("North German Confederation", "en"), ("Norddeutscher Bund", "de")], [], "NGC"),
    "by": ([("Kingdom of Bavaria", "en"), ("Königreich Bayern", "de")], ["Bavaria"], "BAV"),
    "jp": ([("Empire of Japan", "en"), ("大日本帝國", "ja")], ["Japan"], "JPN"),
    "us": ([("United States", "en")], ["USA"], "USA"),
}

# country feature key: (GeoNames id, name, code)
COUNTRIES = {
    "ES": (2510769, "Spain"),
    "CZ": (3077311, "Czechia"),
    "DE": (2921044, "Germany"),
    "RU": (2017370, "Russia"),
    "AT": (2782113, "Austria"),
    "BY": (630336, "Belarus"),
    "BE": (2802361, "Belgium"),
    "UA": (690791, "Ukraine"),
    "TR": (298795, "Turkey"),
    "FR": (3017382, "France"),
    "CN": (1814991, "China"),
    "JP": (1861060, "Japan"),
    "SK": (3057568, "Slovakia"),
    "US": (6252001, "United States"),
    "KR": (1835841, "South Korea"),
}

# place key: (name, alternate names [(text, lang)], country code, lat, long)
PLACES = {
    "trafalgar": ("Cape Trafalgar", [("Cabo de Trafalgar", "es")], "ES", "36.1833", "-6.0333"),
    "ulm": ("Ulm", [], "DE", "48.3984", "9.9916"),
    "austerlitz": (
        "Slavkov u Brna",
        [("Austerlitz", "de"), ("Austerlitz", "en")],
        "CZ",
        "49.1533",
        "16.8765",
    ),
    "jena": ("Jena", [], "DE", "50.9281", "11.5880"),
    "auerstedt": ("Auerstedt", [], "DE", "51.0956", "11.5839"),
    "eylau": (
        "Bagrationovsk",
        [("Preußisch Eylau", "de"), ("Багратионовск", "ru")],
        "RU",
        "54.3866",
        "20.6420",
    ),
    "friedland": (
        "Pravdinsk",
        [("Friedland", "de"), ("Правдинск", "ru")],
        "RU",
        "54.4439",
        "21.0092",
    ),
    "aspern": ("Aspern", [], "AT", "48.2190", "16.5000"),
    "wagram": ("Deutsch-Wagram", [("Wagram", "fr")], "AT", "48.2994", "16.5644"),
    "smolensk": ("Smolensk", [("Смоленск", "ru")], "RU", "54.7818", "32.0401"),
    "borodino": ("Borodino", [("Бородино", "ru")], "RU", "55.5236", "35.8187"),
    "berezina": ("Studzyanka", [("Studianka", "pl")], "BY", "54.3500", "28.3500"),
    "dresden": ("Dresden", [], "DE", "51.0509", "13.7383"),
    "leipzig": ("Leipzig", [("Lipsk", "pl")], "DE", "51.3397", "12.3731"),
    "ligny": ("Ligny", [], "BE", "50.5167", "4.5833"),
    "quatrebras": ("Quatre Bras", [], "BE", "50.5713", "4.4540"),
    "waterloo": ("Waterloo", [], "BE", "50.7147", "4.3991"),
    "sinop": ("Sinop", [("Sinope", "en")], "TR", "42.0231", "35.1531"),
    "alma": ("Alma River", [("Альма", "ru")], "UA", "44.8317", "33.7050"),
    "balaklava": (
        "Balaklava",
        [("Балаклава", "ru"), ("Balaclava", "en")],
        "UA",
        "44.5000",
        "33.6000",
    ),
    "inkerman": ("Inkerman", [("Инкерман", "ru")], "UA", "44.6144", "33.6083"),
    "sevastopol": (
        "Sevastopol",
        [("Севастополь", "ru"), ("Sebastopol", "en")],
        "UA",
        "44.6166",
        "33.5254",
    ),
    "worth": ("Wœrth", [("Wörth", "de"), ("Frœschwiller", "fr")], "FR", "48.9392", "7.7431"),
    "marslatour": ("Mars-la-Tour", [], "FR", "49.1000", "5.8900"),
    "gravelotte": ("Gravelotte", [], "FR", "49.1114", "6.0253"),
    "metz": ("Metz", [], "FR", "49.1193", "6.1757"),
    "sedan": ("Sedan", [], "FR", "49.7019", "4.9403"),
    "paris": ("Paris", [], "FR", "48.8534", "2.3488"),
    "portarthur": (
        "Lüshunkou",
        [("Port Arthur", "en"), ("旅順", "ja")],
        "CN",
        "38.8122",
        "121.2617",
    ),
    "yalu": ("Uiju", [("Yalu River", "en")], "KR", "40.1994", "124.5317"),
    "mukden": ("Shenyang", [("Mukden", "en"), ("奉天", "ja")], "CN", "41.7922", "123.4328"),
    "tsushima": ("Tsushima Strait", [("対馬海峡", "ja")], "JP", "34.5000", "129.5000"),
    "pressburg": (
        "Bratislava",
        [("Pressburg", "de"), ("Pozsony", "hu")],
        "SK",
        "48.1482",
        "17.1067",
    ),
    "tilsit": ("Sovetsk", [("Tilsit", "de"), ("Советск", "ru")], "RU", "55.0817", "21.8864"),
    "vienna": ("Vienna", [("Wien", "de")], "AT", "48.2085", "16.3721"),
    "frankfurt": ("Frankfurt am Main", [], "DE", "50.1155", "8.6842"),
    "portsmouth": ("Portsmouth, New Hampshire", [], "US", "43.0718", "-70.7626"),
    "ajaccio": ("Ajaccio", [], "FR", "41.9268", "8.7369"),
    "lectoure": ("Lectoure", [], "FR", "43.9342", "0.6214"),
    "kagoshima": ("Kagoshima", [("鹿児島", "ja")], "JP", "31.5602", "130.5581"),
    "dublin": ("Dublin", [], None, "53.3331", "-6.2489"),
}

# rank key: label
RANKS = {
    "emperor": "Emperor",
    "marshal": "Marshal of the Empire",
    "fieldmarshal": "Field Marshal",
    "general": "General",
    "admiral": "Admiral",
    "viceadmiral": "Vice-Admiral",
    "lieutgeneral": "Lieutenant General",
    "majorgeneral": "Major General",
}

# person key: (name, alternate names [(text, lang)], born, died, nationality, rank, birthplace)
PEOPLE = {
    "napoleon": (
        "Napoleon Bonaparte",
        [("Napoléon Ier", "fr"), ("Napoleon I", "en")],
        "1769-08-15",
        "1821-05-05",
        "fr",
        "emperor",
        "ajaccio",
    ),
    "nelson": (
        "Horatio Nelson",
        [("Lord Nelson", "en")],
        "1758-09-29",
        "1805-10-21",
        "uk",
        "viceadmiral",
        None,
    ),
    "collingwood": (
        "Cuthbert Collingwood",
        [],
        "1748-09-26",
        "1810-03-07",
        "uk",
        "viceadmiral",
        None,
    ),
    "villeneuve": (
        "Pierre-Charles Villeneuve",
        [],
        "1763-12-31",
        "1806-04-22",
        "fr",
        "viceadmiral",
        None,
    ),
    "gravina": (
        "Federico Gravina",
        [("Federico Carlos Gravina y Nápoli", "es")],
        "1756-08-12",
        "1806-03-09",
        "es",
        "admiral",
        None,
    ),
    "mack": ("Karl Mack von Leiberich", [], "1752-08-24", "1828-10-22", "at", "general", None),
    "kutuzov": (
        "Mikhail Kutuzov",
        [("Михаил Илларионович Кутузов", "ru")],
        "1745-09-16",
        "1813-04-28",
        "ru",
        "fieldmarshal",
        None,
    ),
    "weyrother": (
        "Franz von Weyrother",
        [],
        "1755-02-01",
        "1806-02-16",
        "at",
        "majorgeneral",
        None,
    ),
    "soult": (
        "Jean-de-Dieu Soult",
        [("Nicolas Jean-de-Dieu Soult", "fr")],
        "1769-03-29",
        "1851-11-26",
        "fr",
        "marshal",
        None,
    ),
    "davout": (
        "Louis-Nicolas Davout",
        [("the Iron Marshal", "en")],
        "1770-05-10",
        "1823-06-01",
        "fr",
        "marshal",
        None,
    ),
    "lannes": ("Jean Lannes", [], "1769-04-10", "1809-05-31", "fr", "marshal", "lectoure"),
    "ney": (
        "Michel Ney",
        [("the bravest of the brave", "en"), ("le Brave des braves", "fr")],
        "1769-01-10",
        "1815-12-07",
        "fr",
        "marshal",
        None,
    ),
    "murat": ("Joachim Murat", [], "1767-03-25", "1815-10-13", "fr", "marshal", None),
    "hohenlohe": (
        "Frederick Louis, Prince of Hohenlohe-Ingelfingen",
        [("Friedrich Ludwig zu Hohenlohe-Ingelfingen", "de")],
        "1746-01-31",
        "1818-02-15",
        "pr",
        "general",
        None,
    ),
    "brunswick": (
        "Charles William Ferdinand, Duke of Brunswick",
        [("Karl Wilhelm Ferdinand", "de")],
        "1735-10-09",
        "1806-11-10",
        "pr",
        "fieldmarshal",
        None,
    ),
    "bennigsen": (
        "Levin August von Bennigsen",
        [("Леонтий Леонтьевич Беннигсен", "ru")],
        "1745-02-10",
        "1826-12-03",
        "ru",
        "general",
        None,
    ),
    "charles": (
        "Archduke Charles of Austria",
        [("Erzherzog Carl", "de"), ("Archduke Charles, Duke of Teschen", "en")],
        "1771-09-05",
        "1847-04-30",
        "at",
        "fieldmarshal",
        None,
    ),
    "barclay": (
        "Michael Andreas Barclay de Tolly",
        [("Михаил Богданович Барклай-де-Толли", "ru")],
        "1761-12-27",
        "1818-05-26",
        "ru",
        "fieldmarshal",
        None,
    ),
    "bagration": (
        "Pyotr Bagration",
        [("Пётр Иванович Багратион", "ru")],
        "1765-07-10",
        "1812-09-24",
        "ru",
        "general",
        None,
    ),
    "chichagov": ("Pavel Chichagov", [], "1767-07-08", "1849-09-01", "ru", "admiral", None),
    "wittgenstein": ("Peter Wittgenstein", [], "1769-01-17", "1843-06-11", "ru", "general", None),
    "schwarzenberg": (
        "Karl Philipp, Prince of Schwarzenberg",
        [("Karl Philipp zu Schwarzenberg", "de")],
        "1771-04-18",
        "1820-10-15",
        "at",
        "fieldmarshal",
        None,
    ),
    "blucher": (
        "Gebhard Leberecht von Blücher",
        [("Marshal Forwards", "en"), ("Marschall Vorwärts", "de")],
        "1742-12-16",
        "1819-09-12",
        "pr",
        "fieldmarshal",
        None,
    ),
    "bernadotte": (
        "Charles John, Crown Prince of Sweden",
        [("Jean-Baptiste Bernadotte", "fr"), ("Karl Johan", "sv")],
        "1763-01-26",
        "1844-03-08",
        "se",
        "marshal",
        None,
    ),
    "poniatowski": ("Józef Poniatowski", [], "1763-05-07", "1813-10-19", "dw", "marshal", None),
    "wellington": (
        "Arthur Wellesley, 1st Duke of Wellington",
        [("the Iron Duke", "en"), ("Duke of Wellington", "en")],
        "1769-05-01",
        "1852-09-14",
        "uk",
        "fieldmarshal",
        "dublin",
    ),
    "nakhimov": (
        "Pavel Nakhimov",
        [("Павел Степанович Нахимов", "ru")],
        "1802-07-05",
        "1855-07-12",
        "ru",
        "admiral",
        None,
    ),
    "osman": ("Osman Pasha", [], None, None, "ot", "viceadmiral", None),
    "raglan": (
        "FitzRoy Somerset, 1st Baron Raglan",
        [("Lord Raglan", "en")],
        "1788-09-30",
        "1855-06-28",
        "uk",
        "fieldmarshal",
        None,
    ),
    "starnaud": (
        "Jacques Leroy de Saint-Arnaud",
        [],
        "1798-08-20",
        "1854-09-29",
        "fr2",
        "marshal",
        None,
    ),
    "menshikov": (
        "Alexander Sergeyevich Menshikov",
        [("Александр Сергеевич Меншиков", "ru")],
        "1787-09-11",
        "1869-05-02",
        "ru",
        "admiral",
        None,
    ),
    "lucan": (
        "George Bingham, 3rd Earl of Lucan",
        [("Lord Lucan", "en")],
        "1800-04-16",
        "1888-11-10",
        "uk",
        "lieutgeneral",
        None,
    ),
    "cardigan": (
        "James Brudenell, 7th Earl of Cardigan",
        [("Lord Cardigan", "en")],
        "1797-10-16",
        "1868-03-28",
        "uk",
        "majorgeneral",
        None,
    ),
    "liprandi": ("Pavel Liprandi", [], "1796-03-26", "1864-01-09", "ru", "general", None),
    "bosquet": ("Pierre Bosquet", [], "1810-11-08", "1861-02-05", "fr2", "general", None),
    "dannenberg": ("Peter Dannenberg", [], "1792-06-01", "1872-04-02", "ru", "general", None),
    "pelissier": ("Aimable Pélissier", [], "1794-11-06", "1864-05-22", "fr2", "marshal", None),
    "gorchakov": (
        "Mikhail Dmitrievich Gorchakov",
        [],
        "1793-02-05",
        "1861-05-30",
        "ru",
        "general",
        None,
    ),
    "macmahon": (
        "Patrice de MacMahon",
        [("Patrice de Mac Mahon, duc de Magenta", "fr")],
        "1808-06-13",
        "1893-10-17",
        "fr2",
        "marshal",
        None,
    ),
    "crownprince": (
        "Crown Prince Frederick William of Prussia",
        [("Friedrich III.", "de"), ("Frederick III", "en")],
        "1831-10-18",
        "1888-06-15",
        "pr",
        "general",
        None,
    ),
    "bazaine": ("François Achille Bazaine", [], "1811-02-13", "1888-09-23", "fr2", "marshal", None),
    "alvensleben": (
        "Constantin von Alvensleben",
        [],
        "1809-08-26",
        "1892-03-28",
        "pr",
        "general",
        None,
    ),
    "moltke": (
        "Helmuth von Moltke the Elder",
        [("Helmuth Karl Bernhard von Moltke", "de")],
        "1800-10-26",
        "1891-04-24",
        "pr",
        "fieldmarshal",
        None,
    ),
    "friedrichkarl": (
        "Prince Friedrich Karl of Prussia",
        [],
        "1828-03-20",
        "1885-06-15",
        "pr",
        "general",
        None,
    ),
    "napoleon3": (
        "Napoleon III",
        [("Louis-Napoléon Bonaparte", "fr")],
        "1808-04-20",
        "1873-01-09",
        "fr2",
        "emperor",
        "paris",
    ),
    "wimpffen": (
        "Emmanuel Félix de Wimpffen",
        [],
        "1811-09-13",
        "1884-02-26",
        "fr2",
        "general",
        None,
    ),
    "trochu": ("Louis-Jules Trochu", [], "1815-03-12", "1896-10-07", "fr3", "general", None),
    "nogi": (
        "Nogi Maresuke",
        [("乃木希典", "ja")],
        "1849-12-25",
        "1912-09-13",
        "jp",
        "general",
        None,
    ),
    "stessel": (
        "Anatoly Stessel",
        [("Анатолий Михайлович Стессель", "ru")],
        "1848-06-28",
        "1915-01-18",
        "ru",
        "lieutgeneral",
        None,
    ),
    "kuroki": (
        "Kuroki Tamemoto",
        [("黒木為楨", "ja")],
        "1844-05-03",
        "1923-02-03",
        "jp",
        "general",
        None,
    ),
    "zasulich": ("Mikhail Zasulich", [], "1843-08-26", "1910-04-14", "ru", "lieutgeneral", None),
    "oyama": (
        "Ōyama Iwao",
        [("大山巖", "ja"), ("Oyama Iwao", "en")],
        "1842-11-12",
        "1916-12-10",
        "jp",
        "fieldmarshal",
        "kagoshima",
    ),
    "kuropatkin": (
        "Aleksey Kuropatkin",
        [("Алексей Николаевич Куропаткин", "ru")],
        "1848-03-29",
        "1925-01-16",
        "ru",
        "general",
        None,
    ),
    "togo": (
        "Tōgō Heihachirō",
        [("東郷平八郎", "ja"), ("Togo Heihachiro", "en")],
        "1848-01-27",
        "1934-05-30",
        "jp",
        "admiral",
        "kagoshima",
    ),
    "rozhestvensky": (
        "Zinovy Rozhestvensky",
        [("Зиновий Петрович Рожественский", "ru")],
        "1848-11-11",
        "1909-01-14",
        "ru",
        "viceadmiral",
        None,
    ),
    "roosevelt": (
        "Theodore Roosevelt",
        [("Teddy Roosevelt", "en")],
        "1858-10-27",
        "1919-01-06",
        "us",
        None,
        None,
    ),
}

# who was mortally wounded (or killed) at which battle
MORTAL = {
    "nelson": "trafalgar",
    "lannes": "aspern",
    "bagration": "borodino",
    "brunswick": "auerstedt",
    "poniatowski": "leipzig",
    "nakhimov": "sevastopol",
}

# unit key: (label or None, class, parent, commander, state, code)
UNITS = {
    "grandearmee": ("Grande Armée", "Army", None, "napoleon", "fr", None),
    "guard": ("Imperial Guard", "Corps", "grandearmee", None, "fr", "GI"),
    "icorps": ("I Corps", "Corps", "grandearmee", "bernadotte", "fr", "I"),
    "iiicorps": ("III Corps", "Corps", "grandearmee", "davout", "fr", "III"),
    "ivcorps": ("IV Corps", "Corps", "grandearmee", "soult", "fr", "IV"),
    "vcorps": ("V Corps", "Corps", "grandearmee", "lannes", "fr", "V"),
    "vicorps": ("VI Corps", "Corps", "grandearmee", "ney", "fr", "VI"),
    "reservecav": ("Cavalry Reserve", "Corps", "grandearmee", "murat", "fr", None),
    "russianguard": ("Russian Imperial Guard", "Corps", None, None, "ru", None),
    "prussianarmy": ("Prussian Army of the Lower Rhine", "Army", None, "blucher", "pr", None),
    "angloallied": ("Anglo-allied army", "Army", None, "wellington", "uk", None),
    "cavalrydiv": ("Cavalry Division", "Division", None, "lucan", "uk", None),
    "lightbrigade": ("Light Brigade", "Brigade", "cavalrydiv", "cardigan", "uk", None),
    "heavybrigade": ("Heavy Brigade", "Brigade", "cavalrydiv", None, "uk", None),
    "17lancers": ("17th Lancers", "Regiment", "lightbrigade", None, "uk", "17L"),
    "11hussars": ("11th Hussars", "Regiment", "lightbrigade", None, "uk", "11H"),
    "93rd": ("93rd (Highland) Regiment of Foot", "Regiment", None, None, "uk", "93F"),
    "scotsgreys": (None, "Regiment", "heavybrigade", None, "uk", "2nd Dragoons"),
    "4thdragoons": (None, "Regiment", "heavybrigade", None, "uk", "4DG"),
    "thirdarmyjp": ("Japanese Third Army", "Army", None, "nogi", "jp", None),
    "firstarmyjp": ("Japanese First Army", "Army", None, "kuroki", "jp", None),
    "combinedfleet": ("Combined Fleet", "Fleet", None, "togo", "jp", None),
    "secondpacific": ("Second Pacific Squadron", "Fleet", None, "rozhestvensky", "ru", None),
    "blackseafleet": ("Black Sea Fleet", "Fleet", None, "nakhimov", "ru", None),
    "armyofchalons": ("Army of Châlons", "Army", None, "macmahon", "fr2", None),
    "armyoftherhine": ("Army of the Rhine", "Army", None, "bazaine", "fr2", None),
}

# ship key: (name, launched, guns, fleet or state owner, flag commander)
SHIPS = {
    "victory": ("HMS Victory", "1765", 104, "uk", "nelson"),
    "royalsovereign": ("HMS Royal Sovereign", "1786", 100, "uk", "collingwood"),
    "bucentaure": ("Bucentaure", "1803", 80, "fr", "villeneuve"),
    "santisima": ("Santísima Trinidad", "1769", 136, "es", None),
    "mikasa": ("Mikasa", "1900", 4, "combinedfleet", "togo"),
    "suvorov": ("Knyaz Suvorov", "1902", 4, "secondpacific", "rozhestvensky"),
    "imperatritsa": ("Imperatritsa Maria", "1853", 84, "blackseafleet", "nakhimov"),
}

# wars and campaigns: key -> (labels [(text, lang)], aliases, kind, parent, begin, end)
WARS = {
    "third": (
        [("War of the Third Coalition", "en"), ("Troisième Coalition", "fr")],
        [],
        "War",
        None,
        "1805-04-11",
        "1805-12-26",
    ),
    "fourth": (
        [("War of the Fourth Coalition", "en")],
        [],
        "War",
        None,
        "1806-10-09",
        "1807-07-09",
    ),
    "fifth": (
        [("War of the Fifth Coalition", "en"), ("Fünfter Koalitionskrieg", "de")],
        [],
        "War",
        None,
        "1809-04-10",
        "1809-10-14",
    ),
    "sixth": (
        [("War of the Sixth Coalition", "en"), ("Befreiungskriege", "de")],
        ["German War of Liberation"],
        "War",
        None,
        "1812-06-24",
        "1814-05-30",
    ),
    "seventh": (
        [("War of the Seventh Coalition", "en")],
        ["Hundred Days", "Cent-Jours"],
        "War",
        None,
        "1815-03-20",
        "1815-07-08",
    ),
    "ulmcampaign": ([("Ulm campaign", "en")], [], "Campaign", "third", "1805-09-25", "1805-10-20"),
    "russia1812": (
        [("French invasion of Russia", "en"), ("Отечественная война 1812 года", "ru")],
        ["Russian campaign", "Patriotic War of 1812"],
        "Campaign",
        "sixth",
        "1812-06-24",
        "1812-12-14",
    ),
    "german1813": (
        [("German campaign of 1813", "en")],
        [],
        "Campaign",
        "sixth",
        "1813-04-01",
        "1813-11-30",
    ),
    "waterloocampaign": (
        [("Waterloo campaign", "en")],
        ["Belgian campaign"],
        "Campaign",
        "seventh",
        "1815-06-15",
        "1815-07-08",
    ),
    "crimean": (
        [("Crimean War", "en"), ("Крымская война", "ru"), ("Guerre de Crimée", "fr")],
        ["Eastern War"],
        "War",
        None,
        "1853-10-16",
        "1856-03-30",
    ),
    "francoprussian": (
        [
            ("Franco-Prussian War", "en"),
            ("Deutsch-Französischer Krieg", "de"),
            ("Guerre franco-allemande de 1870", "fr"),
        ],
        ["War of 1870"],
        "War",
        None,
        "1870-07-19",
        "1871-01-28",
    ),
    "russojapanese": (
        [("Russo-Japanese War", "en"), ("日露戦争", "ja"), ("Русско-японская война", "ru")],
        [],
        "War",
        None,
        "1904-02-08",
        "1905-09-05",
    ),
}

# battles: key -> (id, labels [(text, lang)], aliases, class, type concept, parent, begin,
#   end or None, place, style, sides, winner ("A", "B" or None), outcome)
# sides: two lists of (state keys, commanders, units)
# style: "sem" (roles, sem:hasPlace, stamps), "crimea" (roles, sem:Time blank, victor role),
#   "wd" (wdt:P710, bt:commander, wdt:P276, P361 part of), "rj" (wd + P580/P582/P585,
#   sem:hasSubEvent from the war)
BATTLES = {
    "trafalgar": (
        10712,
        [
            ("Battle of Trafalgar", "en"),
            ("Bataille de Trafalgar", "fr"),
            ("Batalla de Trafalgar", "es"),
        ],
        [],
        "NavalBattle",
        "naval",
        "third",
        "1805-10-21",
        None,
        "trafalgar",
        "sem",
        (
            (["uk"], ["nelson", "collingwood"], ["victory", "royalsovereign"]),
            (["fr", "es"], ["villeneuve", "gravina"], ["bucentaure", "santisima"]),
        ),
        "A",
        "decisive",
    ),
    "ulm": (
        10803,
        [("Battle of Ulm", "en"), ("Schlacht bei Ulm", "de")],
        ["Capitulation of Ulm"],
        "Battle",
        "siege",
        "ulmcampaign",
        "1805-10-16",
        "1805-10-19",
        "ulm",
        "sem",
        ((["fr"], ["napoleon", "ney"], ["vicorps"]), (["at"], ["mack"], [])),
        "A",
        "decisive",
    ),
    "austerlitz": (
        11021,
        [
            ("Battle of Austerlitz", "en"),
            ("Bataille d'Austerlitz", "fr"),
            ("Bitva u Slavkova", "cs"),
        ],
        ["Battle of the Three Emperors"],
        "Battle",
        "pitched",
        "third",
        "1805-12-02",
        None,
        "austerlitz",
        "sem",
        (
            (["fr"], ["napoleon", "soult", "davout"], ["ivcorps", "iiicorps", "guard"]),
            (["ru", "at"], ["kutuzov", "weyrother"], ["russianguard"]),
        ),
        "A",
        "decisive",
    ),
    "jena": (
        11388,
        [("Battle of Jena", "en"), ("Schlacht bei Jena", "de")],
        [],
        "Battle",
        "pitched",
        "fourth",
        "1806-10-14",
        None,
        "jena",
        "sem",
        (
            (["fr"], ["napoleon", "lannes", "ney"], ["vcorps", "vicorps", "guard"]),
            (["pr", "sx"], ["hohenlohe"], []),
        ),
        "A",
        "decisive",
    ),
    "auerstedt": (
        11390,
        [("Battle of Auerstedt", "en"), ("Schlacht bei Auerstedt", "de")],
        [],
        "Battle",
        "pitched",
        "fourth",
        "1806-10-14",
        None,
        "auerstedt",
        "sem",
        ((["fr"], ["davout"], ["iiicorps"]), (["pr"], ["brunswick"], [])),
        "A",
        "decisive",
    ),
    "eylau": (
        11502,
        [("Battle of Eylau", "en"), ("Schlacht bei Preußisch Eylau", "de")],
        ["Battle of Preussisch-Eylau"],
        "Battle",
        "pitched",
        "fourth",
        "1807-02-07",
        "1807-02-08",
        "eylau",
        "sem",
        (
            (["fr"], ["napoleon", "murat", "davout"], ["reservecav", "iiicorps"]),
            (["ru", "pr"], ["bennigsen"], []),
        ),
        None,
        "inconclusive",
    ),
    "friedland": (
        11597,
        [("Battle of Friedland", "en"), ("Bataille de Friedland", "fr")],
        [],
        "Battle",
        "pitched",
        "fourth",
        "1807-06-14",
        None,
        "friedland",
        "sem",
        (
            (["fr"], ["napoleon", "lannes", "ney"], ["vcorps", "vicorps"]),
            (["ru"], ["bennigsen"], []),
        ),
        "A",
        "decisive",
    ),
    "aspern": (
        12044,
        [("Battle of Aspern-Essling", "en"), ("Schlacht bei Aspern", "de")],
        ["Battle of Essling"],
        "Battle",
        "pitched",
        "fifth",
        "1809-05-21",
        "1809-05-22",
        "aspern",
        "sem",
        ((["fr"], ["napoleon", "lannes"], ["vcorps", "guard"]), (["at"], ["charles"], [])),
        "B",
        "tactical",
    ),
    "wagram": (
        12101,
        [("Battle of Wagram", "en"), ("Bataille de Wagram", "fr")],
        [],
        "Battle",
        "pitched",
        "fifth",
        "1809-07-05",
        "1809-07-06",
        "wagram",
        "sem",
        ((["fr"], ["napoleon", "davout"], ["iiicorps", "guard"]), (["at"], ["charles"], [])),
        "A",
        "decisive",
    ),
    "smolensk": (
        12608,
        [("Battle of Smolensk", "en"), ("Смоленское сражение", "ru")],
        [],
        "Battle",
        "pitched",
        "russia1812",
        "1812-08-16",
        "1812-08-18",
        "smolensk",
        "sem",
        (
            (["fr"], ["napoleon", "ney", "davout"], ["iiicorps"]),
            (["ru"], ["barclay", "bagration"], []),
        ),
        "A",
        "tactical",
    ),
    "borodino": (
        12655,
        [
            ("Battle of Borodino", "en"),
            ("Бородинское сражение", "ru"),
            ("Bataille de la Moskova", "fr"),
        ],
        ["Battle of the Moskva"],
        "Battle",
        "pitched",
        "russia1812",
        "1812-09-07",
        None,
        "borodino",
        "sem",
        (
            (["fr"], ["napoleon", "ney", "murat", "davout"], ["iiicorps", "reservecav", "guard"]),
            (["ru"], ["kutuzov", "bagration", "barclay"], []),
        ),
        "A",
        "pyrrhic",
    ),
    "berezina": (
        12797,
        [("Battle of the Berezina", "en"), ("Bataille de la Bérézina", "fr")],
        [],
        "Battle",
        "pitched",
        "russia1812",
        "1812-11-26",
        "1812-11-29",
        "berezina",
        "sem",
        ((["fr"], ["napoleon", "ney"], ["guard"]), (["ru"], ["chichagov", "wittgenstein"], [])),
        "A",
        "tactical",
    ),
    "dresden": (
        13240,
        [("Battle of Dresden", "en"), ("Schlacht bei Dresden", "de")],
        [],
        "Battle",
        "pitched",
        "german1813",
        "1813-08-26",
        "1813-08-27",
        "dresden",
        "sem",
        (
            (["fr"], ["napoleon", "murat"], ["guard", "reservecav"]),
            (["at", "ru", "pr"], ["schwarzenberg"], []),
        ),
        "A",
        "decisive",
    ),
    "leipzig": (
        13316,
        [
            ("Battle of Leipzig", "en"),
            ("Völkerschlacht bei Leipzig", "de"),
            ("Bataille de Leipzig", "fr"),
        ],
        ["Battle of the Nations"],
        "Battle",
        "pitched",
        "german1813",
        "1813-10-16",
        "1813-10-19",
        "leipzig",
        "sem",
        (
            (["fr", "dw", "sx"], ["napoleon", "poniatowski", "ney"], ["guard"]),
            (["at", "ru", "pr", "se"], ["schwarzenberg", "blucher", "bernadotte"], []),
        ),
        "B",
        "decisive",
    ),
    "ligny": (
        15006,
        [("Battle of Ligny", "en")],
        [],
        "Battle",
        "pitched",
        "waterloocampaign",
        "1815-06-16",
        None,
        "ligny",
        "sem",
        ((["fr"], ["napoleon"], ["guard"]), (["pr"], ["blucher"], ["prussianarmy"])),
        "A",
        "tactical",
    ),
    "quatrebras": (
        15007,
        [("Battle of Quatre Bras", "en"), ("Bataille des Quatre-Bras", "fr")],
        [],
        "Battle",
        "pitched",
        "waterloocampaign",
        "1815-06-16",
        None,
        "quatrebras",
        "sem",
        ((["fr"], ["ney"], []), (["uk", "nl"], ["wellington"], ["angloallied"])),
        None,
        "inconclusive",
    ),
    "waterloo": (
        15018,
        [("Battle of Waterloo", "en"), ("Bataille de Waterloo", "fr"), ("Slag bij Waterloo", "nl")],
        ["Battle of Mont-Saint-Jean", "Battle of La Belle Alliance"],
        "Battle",
        "pitched",
        "waterloocampaign",
        "1815-06-18",
        None,
        "waterloo",
        "sem",
        (
            (["uk", "nl", "pr"], ["wellington", "blucher"], ["angloallied", "prussianarmy"]),
            (["fr"], ["napoleon", "ney"], ["guard"]),
        ),
        "A",
        "decisive",
    ),
    "sinop": (
        53001,
        [("Battle of Sinop", "en"), ("Синопское сражение", "ru")],
        ["Battle of Sinope", "Massacre of Sinope"],
        "NavalBattle",
        "naval",
        "crimean",
        "1853-11-30",
        None,
        "sinop",
        "crimea",
        ((["ru"], ["nakhimov"], ["blackseafleet", "imperatritsa"]), (["ot"], ["osman"], [])),
        "A",
        "decisive",
    ),
    "alma": (
        54009,
        [("Battle of the Alma", "en"), ("Сражение на Альме", "ru")],
        [],
        "Battle",
        "pitched",
        "crimean",
        "1854-09-20",
        None,
        "alma",
        "crimea",
        ((["uk", "fr2", "ot"], ["raglan", "starnaud"], []), (["ru"], ["menshikov"], [])),
        "A",
        "decisive",
    ),
    "balaclava": (
        54025,
        [("Battle of Balaclava", "en"), ("Балаклавское сражение", "ru")],
        [],
        "Battle",
        "pitched",
        "crimean",
        "1854-10-25",
        None,
        "balaklava",
        "crimea",
        (
            (
                ["uk", "fr2", "ot"],
                ["raglan", "lucan", "cardigan"],
                ["lightbrigade", "heavybrigade", "93rd"],
            ),
            (["ru"], ["liprandi"], []),
        ),
        None,
        "inconclusive",
    ),
    "lightbrigade": (
        54026,
        [("Charge of the Light Brigade", "en")],
        [],
        "Battle",
        "charge",
        "balaclava",
        "1854-10-25",
        None,
        "balaklava",
        "crimea",
        (
            (["uk"], ["cardigan"], ["lightbrigade", "17lancers", "11hussars"]),
            (["ru"], ["liprandi"], []),
        ),
        "B",
        "tactical",
    ),
    "inkerman": (
        54105,
        [("Battle of Inkerman", "en"), ("Инкерманское сражение", "ru")],
        [],
        "Battle",
        "pitched",
        "crimean",
        "1854-11-05",
        None,
        "inkerman",
        "crimea",
        ((["uk", "fr2"], ["raglan", "bosquet"], []), (["ru"], ["menshikov", "dannenberg"], [])),
        "A",
        "decisive",
    ),
    "sevastopol": (
        54999,
        [("Siege of Sevastopol", "en"), ("Оборона Севастополя", "ru")],
        ["Siege of Sebastopol"],
        "Siege",
        "siege",
        "crimean",
        "1854-10-17",
        "1855-09-11",
        "sevastopol",
        "crimea",
        (
            (["uk", "fr2", "ot", "sa"], ["raglan", "pelissier"], []),
            (["ru"], ["menshikov", "gorchakov", "nakhimov"], ["blackseafleet"]),
        ),
        "A",
        "decisive",
    ),
    "worth": (
        70806,
        [("Battle of Wörth", "en"), ("Bataille de Frœschwiller-Wœrth", "fr")],
        ["Battle of Fröschwiller"],
        "Battle",
        "pitched",
        "francoprussian",
        "1870-08-06",
        None,
        "worth",
        "wd",
        ((["ngc", "by"], ["crownprince"], []), (["fr2"], ["macmahon"], ["armyofchalons"])),
        "A",
        "decisive",
    ),
    "marslatour": (
        70816,
        [("Battle of Mars-la-Tour", "en"), ("Schlacht bei Mars-la-Tour", "de")],
        ["Battle of Vionville"],
        "Battle",
        "pitched",
        "francoprussian",
        "1870-08-16",
        None,
        "marslatour",
        "wd",
        (
            (["ngc"], ["alvensleben", "friedrichkarl"], []),
            (["fr2"], ["bazaine"], ["armyoftherhine"]),
        ),
        "A",
        "tactical",
    ),
    "gravelotte": (
        70818,
        [("Battle of Gravelotte", "en"), ("Schlacht bei Gravelotte", "de")],
        ["Battle of Gravelotte–St. Privat"],
        "Battle",
        "pitched",
        "francoprussian",
        "1870-08-18",
        None,
        "gravelotte",
        "wd",
        ((["ngc"], ["moltke", "friedrichkarl"], []), (["fr2"], ["bazaine"], ["armyoftherhine"])),
        "A",
        "pyrrhic",
    ),
    "metz": (
        70819,
        [("Siege of Metz", "en"), ("Belagerung von Metz", "de")],
        [],
        "Siege",
        "siege",
        "francoprussian",
        "1870-08-19",
        "1870-10-27",
        "metz",
        "wd",
        ((["ngc"], ["friedrichkarl"], []), (["fr2"], ["bazaine"], ["armyoftherhine"])),
        "A",
        "decisive",
    ),
    "sedan": (
        70901,
        [("Battle of Sedan", "en"), ("Bataille de Sedan", "fr"), ("Schlacht von Sedan", "de")],
        [],
        "Battle",
        "pitched",
        "francoprussian",
        "1870-09-01",
        "1870-09-02",
        "sedan",
        "wd",
        (
            (["ngc", "by"], ["moltke", "crownprince"], []),
            (["fr2"], ["napoleon3", "macmahon", "wimpffen"], ["armyofchalons"]),
        ),
        "A",
        "decisive",
    ),
    "paris": (
        70919,
        [("Siege of Paris", "en"), ("Siège de Paris", "fr")],
        [],
        "Siege",
        "siege",
        "francoprussian",
        "1870-09-19",
        "1871-01-28",
        "paris",
        "wd",
        ((["ngc", "by"], ["moltke"], []), (["fr3"], ["trochu"], [])),
        "A",
        "decisive",
    ),
    "yalu": (
        90430,
        [("Battle of the Yalu River", "en"), ("鴨緑江会戦", "ja")],
        [],
        "Battle",
        "pitched",
        "russojapanese",
        "1904-04-30",
        "1904-05-01",
        "yalu",
        "rj",
        ((["jp"], ["kuroki"], ["firstarmyjp"]), (["ru"], ["zasulich"], [])),
        "A",
        "decisive",
    ),
    "portarthur": (
        90801,
        [("Siege of Port Arthur", "en"), ("旅順攻囲戦", "ja"), ("Оборона Порт-Артура", "ru")],
        [],
        "Siege",
        "siege",
        "russojapanese",
        "1904-08-01",
        "1905-01-02",
        "portarthur",
        "rj",
        ((["jp"], ["nogi"], ["thirdarmyjp"]), (["ru"], ["stessel"], [])),
        "A",
        "decisive",
    ),
    "mukden": (
        90220,
        [("Battle of Mukden", "en"), ("奉天会戦", "ja")],
        [],
        "Battle",
        "pitched",
        "russojapanese",
        "1905-02-20",
        "1905-03-10",
        "mukden",
        "rj",
        (
            (["jp"], ["oyama", "nogi", "kuroki"], ["thirdarmyjp", "firstarmyjp"]),
            (["ru"], ["kuropatkin"], []),
        ),
        "A",
        "decisive",
    ),
    "tsushima": (
        90527,
        [("Battle of Tsushima", "en"), ("日本海海戦", "ja"), ("Цусимское сражение", "ru")],
        ["Battle of the Sea of Japan"],
        "NavalBattle",
        "naval",
        "russojapanese",
        "1905-05-27",
        "1905-05-28",
        "tsushima",
        "rj",
        (
            (["jp"], ["togo"], ["combinedfleet", "mikasa"]),
            (["ru"], ["rozhestvensky"], ["secondpacific", "suvorov"]),
        ),
        "A",
        "decisive",
    ),
}

# casualties: battle -> [(side index, deaths, injured, strength)] (None: not given);
# "total": only a total wdt:P1120; "note": only a free-text note
CASUALTIES: dict[str, object] = {
    "trafalgar": [(0, 458, 1208, 18000), (1, 4395, 2541, 30000)],
    "austerlitz": [(0, 1305, 6940, 68000), (1, 16000, None, 85000)],
    "jena": [(0, None, None, 54000), (1, None, None, 53000)],
    "auerstedt": [(0, 258, 3741, 27300), (1, 3000, None, 63500)],
    "eylau": [(0, 15000, None, 75000), (1, 15000, None, 76000)],
    "friedland": [(0, 1645, 8995, 80000), (1, 20000, None, 60000)],
    "aspern": [(0, 7000, 16000, 66000), (1, 5400, 16300, 98000)],
    "wagram": [(0, 6800, 26000, 188900), (1, 5600, 18000, 142000)],
    "borodino": [(0, 6562, 21519, 130000), (1, 15000, 30000, 120000)],
    "leipzig": [(0, 38000, None, 225000), (1, 16033, None, 380000)],
    "waterloo": [(0, 4700, 14400, 118000), (1, 7000, 24000, 73000)],
    "ligny": [(0, 2500, 10000, 68000), (1, 3400, 15000, 84000)],
    "balaclava": "note",
    "lightbrigade": [(0, 110, 161, 670)],
    "alma": [(0, 362, 2020, 60000), (1, 1810, 3900, 35000)],
    "inkerman": [(0, 635, 1933, 15700), (1, 3286, 5791, 42000)],
    "sevastopol": "total",
    "sedan": [(0, 1310, 6443, 200000), (1, 3220, 14811, 120000)],
    "gravelotte": [(0, 5237, 14430, 188332), (1, 1146, 6709, 112800)],
    "paris": "total",
    "mukden": [(0, 15892, 59612, 281000), (1, 8705, 51438, 276000)],
    "tsushima": [(0, 117, 583, None), (1, 5045, None, None)],
    "portarthur": [(0, 14000, 44000, 150000), (1, 31306, None, 50000)],
}
TOTAL_DEATHS = {"sevastopol": 128387, "paris": 36000}
NOTE = {"balaclava": "c. 615 Allied and 627 Russian casualties"}

# treaty key: (labels [(text, lang)], aliases, signed, place, signatories, war, direction, mediator)
# direction "terminates": the treaty says bt:terminates the war; "concluded": the war says
# bt:concludedBy the treaty
TREATIES = {
    "pressburg": (
        [("Peace of Pressburg", "en"), ("Frieden von Pressburg", "de")],
        ["Treaty of Pressburg"],
        "1805-12-26",
        "pressburg",
        ["fr", "at"],
        "third",
        "terminates",
        None,
    ),
    "tilsit": (
        [("Treaties of Tilsit", "en"), ("Traités de Tilsit", "fr")],
        ["Peace of Tilsit"],
        "1807-07-07",
        "tilsit",
        ["fr", "ru", "pr"],
        "fourth",
        "concluded",
        None,
    ),
    "schonbrunn": (
        [("Treaty of Schönbrunn", "en"), ("Friede von Schönbrunn", "de")],
        ["Peace of Vienna"],
        "1809-10-14",
        "vienna",
        ["fr", "at"],
        "fifth",
        "terminates",
        None,
    ),
    "paris1815": (
        [("Treaty of Paris (1815)", "en")],
        ["Second Peace of Paris"],
        "1815-11-20",
        "paris",
        ["fr", "uk", "at", "ru", "pr"],
        "seventh",
        "concluded",
        None,
    ),
    "paris1856": (
        [("Treaty of Paris (1856)", "en"), ("Traité de Paris", "fr")],
        ["Congress of Paris"],
        "1856-03-30",
        "paris",
        ["ru", "fr2", "uk", "ot", "sa", "at", "pr"],
        "crimean",
        "terminates",
        None,
    ),
    "frankfurt": (
        [("Treaty of Frankfurt", "en"), ("Friede von Frankfurt", "de")],
        [],
        "1871-05-10",
        "frankfurt",
        ["fr3", "ngc"],
        "francoprussian",
        "concluded",
        None,
    ),
    "portsmouth": (
        [
            ("Treaty of Portsmouth", "en"),
            ("ポーツマス条約", "ja"),
            ("Портсмутский мирный договор", "ru"),
        ],
        [],
        "1905-09-05",
        "portsmouth",
        ["jp", "ru"],
        "russojapanese",
        "terminates",
        "roosevelt",
    ),
}

EVENT_TYPES = {
    "engagement": ("military engagement", None),
    "pitched": ("pitched battle", "engagement"),
    "siege": ("siege", "engagement"),
    "naval": ("naval battle", "engagement"),
    "charge": ("cavalry charge", "engagement"),
}
OUTCOMES = {
    "decisive": "decisive victory",
    "tactical": "tactical victory",
    "pyrrhic": "Pyrrhic victory",
    "inconclusive": "inconclusive",
}
ROLE_TYPES = {
    "belligerent": "belligerent",
    "commander": "commander",
    "unit": "participating unit",
    "victor": "victor",
}


def _ontology(g: Graph) -> None:
    """The archive's classes and properties, with SEM's own declarations it reuses."""
    classes = {
        "War": ("war", BT.Conflict),
        "Conflict": ("armed conflict", SEM.Event),
        "Campaign": ("military campaign", SEM.Event),
        "Battle": ("battle", SEM.Event),
        "Siege": ("siege", BT.Battle),
        "NavalBattle": ("naval battle", BT.Battle),
        "State": ("state", SEM.Actor),
        "MilitaryUnit": ("military unit", SEM.Actor),
        "Army": ("army", BT.MilitaryUnit),
        "Corps": ("army corps", BT.MilitaryUnit),
        "Division": ("division", BT.MilitaryUnit),
        "Brigade": ("brigade", BT.MilitaryUnit),
        "Regiment": ("regiment", BT.MilitaryUnit),
        "Fleet": ("fleet", BT.MilitaryUnit),
        "Warship": ("warship", BT.MilitaryUnit),
        "Treaty": ("peace treaty", None),
    }
    for local, (label, parent) in classes.items():
        g.add((BT[local], RDF.type, OWL.Class))
        g.add((BT[local], RDFS.label, Literal(label, lang="en")))
        if parent is not None:
            g.add((BT[local], RDFS.subClassOf, parent))
    g.add((BT.Treaty, RDFS.subClassOf, S.CreativeWork))
    for c in (SEM.Event, SEM.Actor, SEM.Place, SEM.Time, SEM.Role):
        g.add((c, RDF.type, OWL.Class))
    g.add((SEM.hasSubEvent, OWL.inverseOf, SEM.subEventOf))
    g.add((SEM.subEventOf, RDFS.label, Literal("sub event of", lang="en")))
    g.add((SEM.hasActor, RDFS.label, Literal("has actor", lang="en")))
    g.add((SEM.hasPlace, RDFS.label, Literal("has place", lang="en")))
    g.add((SEM.roleType, RDFS.label, Literal("role type", lang="en")))
    g.add((SEM.hasBeginTimeStamp, RDFS.label, Literal("has begin timestamp", lang="en")))
    g.add((SEM.hasEndTimeStamp, RDFS.label, Literal("has end timestamp", lang="en")))
    g.add((SEM.hasTime, RDFS.label, Literal("has time", lang="en")))
    g.add((SEM.eventType, RDFS.label, Literal("event type", lang="en")))
    props = {
        "fightingFor": (
            "fighting for",
            "The state on whose side the actor of a role fought.",
            None,
        ),
        "commander": ("commander", "A person who commanded forces in the event.", None),
        "outcome": ("outcome", None, None),
        "casualtyNote": ("casualties", "Casualties as the source states them, free text.", None),
        "rank": ("military rank", None, None),
        "mortallyWoundedAt": (
            "mortally wounded at",
            "The engagement at which the person was killed or received fatal wounds.",
            None,
        ),
        "stateCode": ("state code", None, None),
        "subUnitOf": ("subordinate to", "The formation of which this unit is a part.", None),
        "hasSubUnit": ("has subordinate unit", None, "subUnitOf"),
        "commandedBy": ("commanded by", None, None),
        "servesState": ("serves", None, None),
        "unitCode": ("unit designation", None, None),
        "launched": ("launched", None, None),
        "guns": ("number of guns", None, None),
        "signedOn": ("date of signing", None, None),
        "signedAt": ("place of signing", None, None),
        "signatory": ("signatory", None, None),
        "terminates": ("ends", "The war that this treaty brought to an end.", None),
        "concludedBy": ("concluded by", None, "terminates"),
        "mediatedBy": ("mediator", None, None),
    }
    for local, (label, comment, inverse) in props.items():
        g.add((BT[local], RDF.type, OWL.ObjectProperty))
        g.add((BT[local], RDFS.label, Literal(label, lang="en")))
        if comment:
            g.add((BT[local], RDFS.comment, Literal(comment, lang="en")))
        if inverse:
            g.add((BT[local], OWL.inverseOf, BT[inverse]))
    for pid, (label, desc) in PROPS.items():
        e = ENT[pid]
        g.add((e, RDF.type, WB.Property))
        g.add((e, RDFS.label, Literal(label, lang="en")))
        g.add((e, S.description, Literal(desc, lang="en")))
        g.add((e, WB.directClaim, WDT[pid]))
        g.add((e, WB.claim, P[pid]))
        g.add((e, WB.statementProperty, PS[pid]))
        g.add((e, WB.qualifier, PQ[pid]))


def _concepts(g: Graph) -> dict[str, URIRef]:
    """SKOS schemes of engagement types, outcomes, ranks and SEM role types."""
    out: dict[str, URIRef] = {}
    schemes = {
        "eventtypes": ("Engagement types", {k: v[0] for k, v in EVENT_TYPES.items()}),
        "outcomes": ("Outcomes", OUTCOMES),
        "ranks": ("Military ranks", RANKS),
        "roles": ("Role types", ROLE_TYPES),
    }
    for scheme, (title, items) in schemes.items():
        sch = CON[scheme]
        g.add((sch, RDF.type, SKOS.ConceptScheme))
        g.add((sch, SKOS.prefLabel, Literal(title, lang="en")))
        for key, label in items.items():
            c = CON[f"{scheme}/{key}"]
            g.add((c, RDF.type, SKOS.Concept))
            g.add((c, SKOS.prefLabel, Literal(label, lang="en")))
            g.add((c, SKOS.inScheme, sch))
            if scheme == "roles":
                g.add((c, RDF.type, SEM.RoleType))
            if scheme == "eventtypes":
                g.add((c, RDF.type, SEM.EventType))
                broader = EVENT_TYPES[key][1]
                if broader:
                    g.add((c, SKOS.broader, CON[f"eventtypes/{broader}"]))
            out[f"{scheme}/{key}"] = c
    return out


def build() -> Graph:
    """The whole archive export as one rdflib graph."""
    rng = random.Random(51)
    g = Graph()
    for pre, ns in (
        ("sem", SEM),
        ("schema", S),
        ("bt", BT),
        ("ent", ENT),
        ("wdt", WDT),
        ("p", P),
        ("ps", PS),
        ("pq", PQ),
        ("wikibase", WB),
        ("gn", GN),
        ("geo", GEO),
        ("con", CON),
    ):
        g.bind(pre, ns, override=True, replace=True)
    _ontology(g)
    con = _concepts(g)

    country = {}
    for code, (gid, name) in COUNTRIES.items():
        c = URIRef(f"https://sws.geonames.org/{gid}/")
        g.add((c, RDF.type, GN.Feature))
        g.add((c, GN.name, Literal(name)))
        g.add((c, GN.countryCode, Literal(code)))
        g.add((c, GN.featureCode, GN["A.PCLI"]))
        country[code] = c
    place = {}
    used_ids: set[int] = set()
    for key, (name, alts, code, lat, lon) in PLACES.items():
        gid = rng.randrange(500000, 9000000)
        while gid in used_ids:
            gid = rng.randrange(500000, 9000000)
        used_ids.add(gid)
        pl = URIRef(f"https://sws.geonames.org/{gid}/")
        g.add((pl, RDF.type, GN.Feature))
        g.add((pl, RDF.type, SEM.Place))
        g.add((pl, GN.name, Literal(name)))
        for text, lang in alts:
            g.add((pl, GN.alternateName, Literal(text, lang=lang)))
        if code:
            g.add((pl, GN.countryCode, Literal(code)))
            g.add((pl, GN.parentCountry, country[code]))
        g.add((pl, GEO.lat, Literal(lat, datatype=XSD.decimal)))
        g.add((pl, GEO.long, Literal(lon, datatype=XSD.decimal)))
        g.add((pl, GN.featureCode, GN["T.CAPE" if key == "trafalgar" else "P.PPL"]))
        place[key] = pl

    counter = iter(range(2001, 9999, 7))
    state = {}
    for key, (labels, aliases, code) in STATES.items():
        st = ENT[f"Q{next(counter)}"]
        g.add((st, RDF.type, BT.State))
        for text, lang in labels:
            g.add((st, RDFS.label, Literal(text, lang=lang)))
        for a in aliases:
            g.add((st, SKOS.altLabel, Literal(a, lang="en")))
        if code:
            g.add((st, BT.stateCode, Literal(code)))
        state[key] = st

    person = {}
    for key, (name, alts, born, died, nat, rank, birthplace) in PEOPLE.items():
        pe = ENT[f"Q{next(counter)}"]
        g.add((pe, RDF.type, S.Person))
        g.add((pe, RDF.type, SEM.Actor))
        g.add((pe, S.name, Literal(name)))
        for text, lang in alts:
            g.add((pe, S.alternateName, Literal(text, lang=lang)))
        if born:
            g.add((pe, S.birthDate, Literal(born, datatype=XSD.date)))
        if died:
            g.add((pe, S.deathDate, Literal(died, datatype=XSD.date)))
        g.add((pe, S.nationality, state[nat]))
        if rank:
            g.add((pe, BT.rank, con[f"ranks/{rank}"]))
        if birthplace:
            g.add((pe, S.birthPlace, place[birthplace]))
        person[key] = pe

    unit = {}
    for key, (label, cls, _parent, cmdr, st, code) in UNITS.items():
        u = ENT[f"Q{next(counter)}"]
        g.add((u, RDF.type, BT[cls]))
        if label:
            g.add((u, RDFS.label, Literal(label, lang="en")))
        if code:
            g.add((u, BT.unitCode, Literal(code)))
        if cmdr:
            g.add((u, BT.commandedBy, person[cmdr]))
        g.add((u, BT.servesState, state[st]))
        unit[key] = u
    for key, (_, _, parent, _, _, _) in UNITS.items():
        if parent:
            g.add((unit[key], BT.subUnitOf, unit[parent]))
    for key, (name, launched, guns, owner, flag) in SHIPS.items():
        sh = ENT[f"Q{next(counter)}"]
        g.add((sh, RDF.type, BT.Warship))
        g.add((sh, S.name, Literal(name)))
        g.add((sh, BT.launched, Literal(launched, datatype=XSD.gYear)))
        g.add((sh, BT.guns, Literal(guns)))
        if owner in unit:
            g.add((sh, BT.subUnitOf, unit[owner]))
        else:
            g.add((sh, BT.servesState, state[owner]))
        if flag:
            g.add((sh, BT.commandedBy, person[flag]))
        unit[key] = sh

    event = {}
    for key, (labels, aliases, kind, _parent, begin, end) in WARS.items():
        w = ENT[f"Q{next(counter)}"]
        g.add((w, RDF.type, BT[kind]))
        for text, lang in labels:
            g.add((w, RDFS.label, Literal(text, lang=lang)))
        for a in aliases:
            g.add((w, SKOS.altLabel, Literal(a, lang="en")))
        g.add((w, SEM.hasBeginTimeStamp, Literal(begin, datatype=XSD.date)))
        g.add((w, SEM.hasEndTimeStamp, Literal(end, datatype=XSD.date)))
        event[key] = w
    for key, (_, _, _, parent, _, _) in WARS.items():
        if parent:
            g.add((event[key], SEM.subEventOf, event[parent]))

    def role(ev: URIRef, actor: URIRef, rtype: str, side: URIRef | None = None) -> None:
        r = BNode()
        g.add((ev, SEM.hasActor, r))
        g.add((r, RDF.type, SEM.Role))
        g.add((r, RDF.value, actor))
        g.add((r, SEM.roleType, con[f"roles/{rtype}"]))
        if side is not None:
            g.add((r, BT.fightingFor, side))

    for key, (
        qid,
        labels,
        aliases,
        cls,
        etype,
        parent,
        begin,
        end,
        pl,
        style,
        sides,
        winner,
        outcome,
    ) in BATTLES.items():
        b = ENT[f"Q{qid}"]
        event[key] = b
        g.add((b, RDF.type, BT[cls]))
        for text, lang in labels:
            g.add((b, RDFS.label, Literal(text, lang=lang)))
        for a in aliases:
            g.add((b, SKOS.altLabel, Literal(a, lang="en")))
        g.add((b, SEM.eventType, con[f"eventtypes/{etype}"]))
        g.add((b, BT.outcome, con[f"outcomes/{outcome}"]))
        # time
        if style == "sem":
            g.add((b, SEM.hasBeginTimeStamp, Literal(begin, datatype=XSD.date)))
            g.add((b, SEM.hasEndTimeStamp, Literal(end or begin, datatype=XSD.date)))
        elif style == "crimea":
            t = BNode()
            g.add((b, SEM.hasTime, t))
            g.add((t, RDF.type, SEM.Time))
            g.add((t, SEM.hasBeginTimeStamp, Literal(begin, datatype=XSD.date)))
            g.add((t, SEM.hasEndTimeStamp, Literal(end or begin, datatype=XSD.date)))
        elif style == "wd":
            g.add((b, SEM.hasBeginTimeStamp, Literal(begin, datatype=XSD.date)))
            if end:
                g.add((b, SEM.hasEndTimeStamp, Literal(end, datatype=XSD.date)))
        else:
            if end:
                g.add((b, WDT.P580, Literal(begin, datatype=XSD.date)))
                g.add((b, WDT.P582, Literal(end, datatype=XSD.date)))
            else:
                g.add((b, WDT.P585, Literal(begin, datatype=XSD.date)))
        # place and parent
        if style in ("sem", "crimea"):
            g.add((b, SEM.hasPlace, place[pl]))
            g.add((b, SEM.subEventOf, event[parent]))
        else:
            g.add((b, WDT.P276, place[pl]))
            if style == "wd":
                g.add((b, WDT.P361, event[parent]))
            else:
                g.add((event[parent], SEM.hasSubEvent, b))
        # participants
        for states, cmdrs, units in sides:
            for st in states:
                if style in ("sem", "crimea"):
                    role(b, state[st], "belligerent")
                else:
                    g.add((b, WDT.P710, state[st]))
            for c in cmdrs:
                if style in ("sem", "crimea"):
                    nat = PEOPLE[c][4]
                    role(b, person[c], "commander", state[nat if nat in states else states[0]])
                else:
                    g.add((b, BT.commander, person[c]))
            for u in units:
                role(b, unit[u], "unit")
        # winner
        if winner is not None:
            won = sides[0 if winner == "A" else 1][0]
            for st in won:
                if style == "crimea":
                    role(b, state[st], "victor")
                else:
                    g.add((b, WDT.P1346, state[st]))
        # casualties
        cas = CASUALTIES.get(key)
        if cas == "total":
            g.add((b, WDT.P1120, Literal(TOTAL_DEATHS[key])))
        elif cas == "note":
            g.add((b, BT.casualtyNote, Literal(NOTE[key], lang="en")))
        elif isinstance(cas, list):
            for side_i, deaths, injured, strength in cas:
                side_state = state[sides[side_i][0][0]]
                for pid, value in (("P1120", deaths), ("P1339", injured), ("P1132", strength)):
                    if value is None:
                        continue
                    stmt = BNode()
                    g.add((b, P[pid], stmt))
                    g.add((stmt, RDF.type, WB.Statement))
                    g.add((stmt, PS[pid], Literal(value)))
                    g.add((stmt, PQ.P642, side_state))

    for key, bkey in MORTAL.items():
        g.add((person[key], BT.mortallyWoundedAt, event[bkey]))

    for labels, aliases, signed, pl, signatories, war, direction, mediator in TREATIES.values():
        t = ENT[f"Q{next(counter)}"]
        g.add((t, RDF.type, BT.Treaty))
        for text, lang in labels:
            g.add((t, RDFS.label, Literal(text, lang=lang)))
        for a in aliases:
            g.add((t, SKOS.altLabel, Literal(a, lang="en")))
        g.add((t, BT.signedOn, Literal(signed, datatype=XSD.date)))
        g.add((t, BT.signedAt, place[pl]))
        for st in signatories:
            g.add((t, BT.signatory, state[st]))
        if direction == "terminates":
            g.add((t, BT.terminates, event[war]))
        else:
            g.add((event[war], BT.concludedBy, t))
        if mediator:
            g.add((t, BT.mediatedBy, person[mediator]))
    return g


def main() -> None:
    g = build()
    out = HERE / "battles.ttl"
    g.serialize(out, format="turtle")
    print(out, len(g), "triples")


if __name__ == "__main__":
    main()
