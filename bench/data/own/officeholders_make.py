# ruff: noqa: E501  (data tables: one fact a line reads better than wrapped strings)
"""Write ``officeholders.ttl``: politicians and the offices they held, in Wikidata's FULL RDF.

The shape is what a user gets from a slice of the Wikidata dump (``Special:EntityData/Q567.ttl``
per item, or a ``CONSTRUCT`` over the query service that keeps statements): the **Wikibase
data model** with every layer it writes, not only the direct claims of ``wikidata.ttl``:

- items ``wd:Q567 a wikibase:Item`` named by ``rdfs:label``, ``skos:prefLabel`` and
  ``schema:name`` (all three, in en/de/fr/es/it where the item has the language), other names
  as ``skos:altLabel``, ``schema:description`` in several languages, the dump's bookkeeping
  (``schema:version``, ``schema:dateModified``, ``wikibase:sitelinks``/``statements``/
  ``identifiers`` counts) and site links (``<https://en.wikipedia.org/wiki/Angela_Merkel> a
  schema:Article ; schema:about wd:Q567 ; schema:name "Angela Merkel"@en``);
- every claim as a statement node ``wd:Q567 p:P39 wds:Q567-<uuid>`` with ``ps:P39`` its value,
  ``wikibase:rank`` (``PreferredRank``/``NormalRank``/``DeprecatedRank``; the best-ranked ones
  also ``a wikibase:BestRank``), qualifiers ``pq:P580`` start time, ``pq:P582`` end time,
  ``pq:P1545`` series ordinal, ``pq:P642`` of, ``pq:P1365`` replaces, ``pq:P1366`` replaced
  by, ``pq:P585`` point in time, ``pq:P2241`` reason for deprecated rank (and ``pqv:`` value
  nodes for times), references ``prov:wasDerivedFrom wdref:<hash>`` with ``pr:P248`` stated in,
  ``pr:P854`` reference URL, ``pr:P813`` retrieved;
- the truthy ``wdt:`` triple only for best-rank statements, as Wikidata writes it: a city's
  current mayor is ``PreferredRank``, so ``wdt:P6`` names only today's mayor, and the former
  ones are reachable through ``p:P6`` statements alone; a ``DeprecatedRank`` value (a wrong
  birthplace, an outdated population) has no truthy triple and is not true;
- values: dates as ``xsd:dateTime`` at midnight UTC with ``psv:`` ``wikibase:TimeValue`` nodes
  (``timeValue``, ``timePrecision`` 11 = day, ``timeTimezone``, ``timeCalendarModel``);
  quantities as ``xsd:decimal`` with a leading ``+`` as the dump writes them, and ``psv:``
  ``wikibase:QuantityValue`` nodes with ``quantityAmount`` and ``quantityUnit`` (``wd:Q11573``
  metre); external ids (``P214`` VIAF, ``P646`` Freebase) as plain literals;
- property entities ``wd:P39 a wikibase:Property`` with ``wikibase:propertyType`` and every
  link (``directClaim``, ``claim``, ``statementProperty``, ``statementValue``, ``qualifier``,
  ``qualifierValue``, ``reference``, ``referenceValue``, ``novalue``), labels in en/de and
  English ``skos:altLabel`` aliases.

Domain: heads of government and mayors (Germany, the UK, France, the US, Berlin, Hamburg,
London, Paris, Rome, Madrid, Barcelona) since the 1980s, their parties (with dates), spouses
(with dates), schools, birthplaces and dates. Facts are public facts written from memory; the
well-known items keep their real Q-ids, the rest have ids of the same form. Answers are
computed from this file by ``officeholders_answers.py``. Seeded (statement uuids, hashes).
Run from the repository root: ``python bench/data/own/officeholders_make.py``.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from pathlib import Path

HERE = Path(__file__).parent
RNG = random.Random(30)

PREFIXES = """\
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix wikibase: <http://wikiba.se/ontology#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wds: <http://www.wikidata.org/entity/statement/> .
@prefix wdv: <http://www.wikidata.org/value/> .
@prefix wdref: <http://www.wikidata.org/reference/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> .
@prefix ps: <http://www.wikidata.org/prop/statement/> .
@prefix psv: <http://www.wikidata.org/prop/statement/value/> .
@prefix pq: <http://www.wikidata.org/prop/qualifier/> .
@prefix pqv: <http://www.wikidata.org/prop/qualifier/value/> .
@prefix pr: <http://www.wikidata.org/prop/reference/> .
@prefix prv: <http://www.wikidata.org/prop/reference/value/> .
@prefix wdno: <http://www.wikidata.org/prop/novalue/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <http://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""

# ---------------------------------------------------------------- properties
# id: (type, en label, de label, en aliases, en description)
PROPS = {
    "P31": (
        "WikibaseItem",
        "instance of",
        "ist ein(e)",
        ["is a", "type", "is an example of"],
        "that class of which this subject is a particular example and member",
    ),
    "P21": (
        "WikibaseItem",
        "sex or gender",
        "Geschlecht",
        ["gender", "sex"],
        "sex or gender identity of human or animal",
    ),
    "P27": (
        "WikibaseItem",
        "country of citizenship",
        "Staatsangehörigkeit",
        ["citizenship", "nationality", "citizen of"],
        "the object is a country that recognizes the subject as its citizen",
    ),
    "P19": (
        "WikibaseItem",
        "place of birth",
        "Geburtsort",
        ["birthplace", "born in", "POB", "birth place", "location born"],
        "most specific known birth location of a person",
    ),
    "P20": (
        "WikibaseItem",
        "place of death",
        "Sterbeort",
        ["deathplace", "died in", "death place"],
        "most specific known death location of a person",
    ),
    "P569": (
        "Time",
        "date of birth",
        "Geburtsdatum",
        ["birth date", "born on", "DOB", "birthday"],
        "date on which the subject was born",
    ),
    "P570": (
        "Time",
        "date of death",
        "Sterbedatum",
        ["death date", "died on", "DOD"],
        "date on which the subject died",
    ),
    "P102": (
        "WikibaseItem",
        "member of political party",
        "Mitglied der Partei",
        ["party", "political party", "party membership"],
        "the political party of which a politician is or has been a member",
    ),
    "P39": (
        "WikibaseItem",
        "position held",
        "Position",
        ["office held", "position occupied", "political office held", "holds position"],
        "subject currently or formerly holds the object position or public office",
    ),
    "P26": (
        "WikibaseItem",
        "spouse",
        "Ehepartner",
        ["wife", "husband", "married to", "consort", "partner (married)"],
        "the subject has the object as their spouse (husband, wife, partner, etc.)",
    ),
    "P69": (
        "WikibaseItem",
        "educated at",
        "besuchte Bildungseinrichtung",
        ["alma mater", "education", "studied at", "graduated from", "university attended"],
        "educational institution attended by subject",
    ),
    "P735": (
        "WikibaseItem",
        "given name",
        "Vorname",
        ["first name", "forename"],
        "first name or another given name of this person",
    ),
    "P214": (
        "ExternalId",
        "VIAF ID",
        "VIAF-ID",
        ["VIAF", "Virtual International Authority File ID"],
        "identifier for the Virtual International Authority File database",
    ),
    "P646": (
        "ExternalId",
        "Freebase ID",
        "Freebase-Kennung",
        ["Freebase identifier", "FreebaseID"],
        "identifier for a page in the Freebase database",
    ),
    "P2048": (
        "Quantity",
        "height",
        "Höhe",
        ["tallness", "stature", "how tall"],
        "vertical length of an entity",
    ),
    "P6": (
        "WikibaseItem",
        "head of government",
        "Regierungschef",
        ["mayor", "prime minister", "premier", "leader of the government"],
        "head of the executive power of this town, city, municipality, state, country, or other governmental body",
    ),
    "P17": (
        "WikibaseItem",
        "country",
        "Staat",
        ["sovereign state", "state", "land"],
        "sovereign state that this item is in",
    ),
    "P131": (
        "WikibaseItem",
        "located in the administrative territorial entity",
        "liegt in der Verwaltungseinheit",
        ["located in", "in", "is in the county of", "borough of"],
        "the item is located on the territory of the following administrative entity",
    ),
    "P1082": (
        "Quantity",
        "population",
        "Einwohnerzahl",
        ["inhabitants", "number of people", "residents"],
        "number of people inhabiting the place",
    ),
    "P2044": (
        "Quantity",
        "elevation above sea level",
        "Höhe über dem Meeresspiegel",
        ["altitude", "elevation", "height above sea level"],
        "height of the item above sea level",
    ),
    "P36": (
        "WikibaseItem",
        "capital",
        "Hauptstadt",
        ["capital city", "seat of government"],
        "seat of government of a country, province, state or other type of administrative territorial entity",
    ),
    "P1001": (
        "WikibaseItem",
        "applies to jurisdiction",
        "gilt für Gebietskörperschaft",
        ["jurisdiction", "of jurisdiction"],
        "the item (institution, law, public office ...) belongs to or has power over or applies to the value",
    ),
    "P580": (
        "Time",
        "start time",
        "Startzeitpunkt",
        ["from", "since", "began", "starting"],
        "time an entity begins to exist or a statement starts being valid",
    ),
    "P582": (
        "Time",
        "end time",
        "Endzeitpunkt",
        ["until", "to", "ended", "ending", "stop time"],
        "time an entity ceases to exist or a statement stops being valid",
    ),
    "P585": (
        "Time",
        "point in time",
        "Zeitpunkt",
        ["date", "as of", "at time", "time"],
        "time and date something took place, existed or a statement was true",
    ),
    "P1545": (
        "String",
        "series ordinal",
        "Seriennummer",
        ["ordinal", "number", "rank", "position in series"],
        "position of an item in its parent series",
    ),
    "P642": (
        "WikibaseItem",
        "of",
        "von",
        ["for", "in relation to"],
        "qualifier stating that a statement applies within the scope of a particular item",
    ),
    "P1365": (
        "WikibaseItem",
        "replaces",
        "ersetzt",
        ["predecessor", "preceded by", "succeeded"],
        "person, state or item replaced",
    ),
    "P1366": (
        "WikibaseItem",
        "replaced by",
        "ersetzt durch",
        ["successor", "succeeded by", "followed by"],
        "other person or item which continues the item by replacing it in its role",
    ),
    "P2241": (
        "WikibaseItem",
        "reason for deprecated rank",
        "Grund für missbilligten Rang",
        ["deprecation reason", "why deprecated"],
        "qualifier to indicate why a particular statement should have deprecated rank",
    ),
    "P248": (
        "WikibaseItem",
        "stated in",
        "Fundstelle",
        ["source", "reference", "cited in"],
        "to be used in the references field to refer to the information document or database",
    ),
    "P854": (
        "Url",
        "reference URL",
        "URL der Fundstelle",
        ["URL", "source URL"],
        "should be used for Internet URLs as references",
    ),
    "P813": (
        "Time",
        "retrieved",
        "abgerufen am",
        ["accessed", "access date"],
        "date or point in time that information was retrieved from a database or website",
    ),
}
KINDS = {
    "WikibaseItem": "WikibaseItem", "Time": "Time", "ExternalId": "ExternalId",
    "Quantity": "Quantity", "String": "String", "Url": "Url",
}  # fmt: skip

# ---------------------------------------------------------------- non-person items
# qid: (en label, {lang: label}, en aliases, {lang: description}, [(prop, value)])
ITEMS: dict[str, tuple] = {
    "Q5": (
        "human",
        {"de": "Mensch", "fr": "être humain", "es": "ser humano", "it": "essere umano"},
        ["person", "people", "human being"],
        {"en": "common name of Homo sapiens"},
        [],
    ),
    "Q515": (
        "city",
        {"de": "Stadt", "fr": "ville", "es": "ciudad", "it": "città"},
        ["town", "urban area"],
        {"en": "large human settlement"},
        [],
    ),
    "Q1549591": (
        "big city",
        {"de": "Großstadt", "fr": "grande ville"},
        ["large city"],
        {"en": "city with a population of more than 100,000 inhabitants"},
        [("P279", "Q515")],
    ),
    "Q6256": (
        "country",
        {"de": "Staat", "fr": "pays", "es": "país"},
        ["nation", "land"],
        {"en": "distinct territorial body or political entity"},
        [],
    ),
    "Q7278": (
        "political party",
        {"de": "politische Partei", "fr": "parti politique"},
        ["party"],
        {"en": "organization that seeks to influence government policy"},
        [],
    ),
    "Q3918": (
        "university",
        {"de": "Universität", "fr": "université", "es": "universidad"},
        ["uni"],
        {"en": "academic institution for further education"},
        [],
    ),
    "Q4164871": (
        "position",
        {"de": "Position", "fr": "fonction"},
        ["office", "post"],
        {"en": "a set of duties held by a person"},
        [],
    ),
    "Q202444": (
        "given name",
        {"de": "Vorname", "fr": "prénom"},
        ["first name", "forename"],
        {"en": "part of a personal name"},
        [],
    ),
    "Q6581097": (
        "male",
        {"de": "männlich", "fr": "masculin"},
        ["man", "M"],
        {"en": "to be used in sex or gender"},
        [],
    ),
    "Q6581072": (
        "female",
        {"de": "weiblich", "fr": "féminin"},
        ["woman", "F"],
        {"en": "to be used in sex or gender"},
        [],
    ),
    "Q11573": (
        "metre",
        {"de": "Meter", "fr": "mètre", "es": "metro"},
        ["m", "meter", "meters"],
        {"en": "SI unit of length"},
        [],
    ),
    "Q1985727": (
        "proleptic Gregorian calendar",
        {"de": "proleptischer gregorianischer Kalender"},
        [],
        {"en": "extension of the Gregorian calendar to dates before its introduction"},
        [],
    ),
    "Q36578": (
        "Integrated Authority File",
        {"de": "Gemeinsame Normdatei"},
        ["GND"],
        {"en": "authority file of names, subjects and organizations"},
        [],
    ),
    "Q328": (
        "English Wikipedia",
        {"de": "englischsprachige Wikipedia"},
        ["enwiki"],
        {"en": "English-language edition of Wikipedia"},
        [],
    ),
    "Q25895909": (
        "error in referenced source or sources",
        {"de": "Fehler in der Quelle"},
        ["wrong value"],
        {"en": "reason for deprecated rank"},
        [],
    ),
    "Q41755623": (
        "incorrect value",
        {"de": "falscher Wert"},
        ["erroneous"],
        {"en": "reason for deprecated rank"},
        [],
    ),
    # countries
    "Q183": (
        "Germany",
        {"de": "Deutschland", "fr": "Allemagne", "es": "Alemania", "it": "Germania"},
        ["Federal Republic of Germany", "FRG", "DE"],
        {"en": "country in Central Europe", "de": "Staat in Mitteleuropa"},
        [("P31", "Q6256"), ("P36", "Q64")],
    ),
    "Q145": (
        "United Kingdom",
        {
            "de": "Vereinigtes Königreich",
            "fr": "Royaume-Uni",
            "es": "Reino Unido",
            "it": "Regno Unito",
        },
        ["UK", "Britain", "Great Britain", "U.K."],
        {"en": "country in north-west Europe"},
        [("P31", "Q6256"), ("P36", "Q84")],
    ),
    "Q142": (
        "France",
        {"de": "Frankreich", "fr": "France", "es": "Francia", "it": "Francia"},
        ["French Republic", "FR"],
        {"en": "country in Western Europe"},
        [("P31", "Q6256"), ("P36", "Q90")],
    ),
    "Q30": (
        "United States of America",
        {"de": "Vereinigte Staaten", "fr": "États-Unis", "es": "Estados Unidos"},
        ["USA", "United States", "US", "U.S.", "America"],
        {"en": "country in North America"},
        [("P31", "Q6256")],
    ),
    "Q38": (
        "Italy",
        {"de": "Italien", "fr": "Italie", "es": "Italia", "it": "Italia"},
        ["Italian Republic"],
        {"en": "country in Southern Europe"},
        [("P31", "Q6256"), ("P36", "Q220")],
    ),
    "Q29": (
        "Spain",
        {"de": "Spanien", "fr": "Espagne", "es": "España", "it": "Spagna"},
        ["Kingdom of Spain"],
        {"en": "country in southwestern Europe"},
        [("P31", "Q6256"), ("P36", "Q2807")],
    ),
    "Q843": (
        "Pakistan",
        {"de": "Pakistan", "fr": "Pakistan"},
        ["Islamic Republic of Pakistan"],
        {"en": "country in South Asia"},
        [("P31", "Q6256")],
    ),
    # universities
    "Q154804": (
        "Leipzig University",
        {"de": "Universität Leipzig", "fr": "université de Leipzig"},
        ["University of Leipzig", "Karl Marx University"],
        {"en": "university in Leipzig, Germany"},
        [("P31", "Q3918"), ("P17", "Q183")],
    ),
    "Q152171": (
        "University of Göttingen",
        {"de": "Georg-August-Universität Göttingen"},
        ["Georg August University of Göttingen", "Göttingen University"],
        {"en": "public research university in Göttingen, Germany"},
        [("P31", "Q3918"), ("P17", "Q183")],
    ),
    "Q156725": (
        "University of Hamburg",
        {"de": "Universität Hamburg"},
        ["Hamburg University", "UHH"],
        {"en": "university in Hamburg, Germany"},
        [("P31", "Q3918"), ("P17", "Q183")],
    ),
    "Q13371": (
        "Harvard University",
        {"de": "Harvard University", "fr": "université Harvard"},
        ["Harvard"],
        {"en": "private university in Cambridge, Massachusetts"},
        [("P31", "Q3918"), ("P17", "Q30")],
    ),
    "Q49088": (
        "Columbia University",
        {"de": "Columbia University"},
        ["Columbia"],
        {"en": "private research university in New York City"},
        [("P31", "Q3918"), ("P17", "Q30")],
    ),
    "Q21578": (
        "Princeton University",
        {"de": "Princeton University"},
        ["Princeton"],
        {"en": "private research university in New Jersey"},
        [("P31", "Q3918"), ("P17", "Q30")],
    ),
    "Q49112": (
        "Yale University",
        {"de": "Yale University"},
        ["Yale"],
        {"en": "private research university in New Haven, Connecticut"},
        [("P31", "Q3918"), ("P17", "Q30")],
    ),
    "Q34433": (
        "University of Oxford",
        {"de": "University of Oxford", "fr": "université d'Oxford"},
        ["Oxford University", "Oxford"],
        {"en": "collegiate research university in Oxford, England"},
        [("P31", "Q3918"), ("P17", "Q145")],
    ),
    "Q1144673": (
        "University of North London",
        {"de": "University of North London"},
        ["UNL"],
        {"en": "former university in London"},
        [("P31", "Q3918"), ("P17", "Q145")],
    ),
    "Q273523": (
        "Sciences Po",
        {"de": "Sciences Po", "fr": "Institut d'études politiques de Paris"},
        ["Paris Institute of Political Studies"],
        {"en": "French public research university"},
        [("P31", "Q3918"), ("P17", "Q142")],
    ),
    "Q273631": (
        "École nationale d'administration",
        {"de": "École nationale d'administration", "fr": "École nationale d'administration"},
        ["ENA"],
        {"en": "former French graduate school"},
        [("P31", "Q3918"), ("P17", "Q142")],
    ),
    "Q1368916": (
        "University of Delaware",
        {"de": "University of Delaware"},
        ["UD"],
        {"en": "public university in Newark, Delaware"},
        [("P31", "Q3918"), ("P17", "Q30")],
    ),
    # parties
    "Q49762": (
        "Christian Democratic Union of Germany",
        {
            "de": "Christlich Demokratische Union Deutschlands",
            "fr": "Union chrétienne-démocrate d'Allemagne",
        },
        ["CDU", "Christian Democratic Union"],
        {"en": "political party in Germany"},
        [("P31", "Q7278"), ("P17", "Q183")],
    ),
    "Q49768": (
        "Social Democratic Party of Germany",
        {
            "de": "Sozialdemokratische Partei Deutschlands",
            "fr": "Parti social-démocrate d'Allemagne",
        },
        ["SPD", "Social Democrats"],
        {"en": "political party in Germany"},
        [("P31", "Q7278"), ("P17", "Q183")],
    ),
    "Q9626": (
        "Conservative Party",
        {"de": "Conservative Party", "fr": "Parti conservateur"},
        ["Tories", "Conservative and Unionist Party", "Tory Party"],
        {"en": "political party in the United Kingdom"},
        [("P31", "Q7278"), ("P17", "Q145")],
    ),
    "Q9630": (
        "Labour Party",
        {"de": "Labour Party", "fr": "Parti travailliste"},
        ["Labour", "UK Labour Party"],
        {"en": "political party in the United Kingdom"},
        [("P31", "Q7278"), ("P17", "Q145")],
    ),
    "Q327591": (
        "independent politician",
        {"de": "parteiloser Politiker", "fr": "personnalité politique indépendante"},
        ["independent", "non-partisan"],
        {"en": "politician not affiliated with any political party"},
        [],
    ),
    "Q29552": (
        "Democratic Party",
        {"de": "Demokratische Partei", "fr": "Parti démocrate"},
        ["Democrats", "Dems"],
        {"en": "political party in the United States"},
        [("P31", "Q7278"), ("P17", "Q30")],
    ),
    "Q29468": (
        "Republican Party",
        {"de": "Republikanische Partei", "fr": "Parti républicain"},
        ["GOP", "Grand Old Party", "Republicans"],
        {"en": "political party in the United States"},
        [("P31", "Q7278"), ("P17", "Q30")],
    ),
    "Q170972": (
        "Socialist Party",
        {"de": "Parti socialiste", "fr": "Parti socialiste"},
        ["PS", "French Socialist Party"],
        {"en": "political party in France"},
        [("P31", "Q7278"), ("P17", "Q142")],
    ),
    "Q23731823": (
        "Renaissance",
        {"de": "Renaissance", "fr": "Renaissance"},
        ["La République En Marche!", "LREM", "En Marche"],
        {"en": "political party in France"},
        [("P31", "Q7278"), ("P17", "Q142")],
    ),
    "Q20012759": (
        "The Republicans",
        {"de": "Les Républicains", "fr": "Les Républicains"},
        ["LR", "Union for a Popular Movement", "UMP"],
        {"en": "political party in France"},
        [("P31", "Q7278"), ("P17", "Q142")],
    ),
    "Q47729": (
        "Democratic Party (Italy)",
        {"de": "Partito Democratico", "it": "Partito Democratico"},
        ["PD", "Partito Democratico"],
        {"en": "political party in Italy"},
        [("P31", "Q7278"), ("P17", "Q38")],
    ),
    "Q47817": (
        "Five Star Movement",
        {"de": "MoVimento 5 Stelle", "it": "MoVimento 5 Stelle"},
        ["M5S", "Movimento 5 Stelle"],
        {"en": "political party in Italy"},
        [("P31", "Q7278"), ("P17", "Q38")],
    ),
    "Q1073154": (
        "The People of Freedom",
        {"it": "Il Popolo della Libertà"},
        ["PdL", "Popolo della Libertà"],
        {"en": "former political party in Italy"},
        [("P31", "Q7278"), ("P17", "Q38")],
    ),
    "Q188906": (
        "People's Party",
        {"es": "Partido Popular", "de": "Partido Popular"},
        ["PP", "Partido Popular"],
        {"en": "political party in Spain"},
        [("P31", "Q7278"), ("P17", "Q29")],
    ),
    "Q20012345": (
        "Ahora Madrid",
        {"es": "Ahora Madrid"},
        [],
        {"en": "municipal electoral platform in Madrid"},
        [("P31", "Q7278"), ("P17", "Q29")],
    ),
    "Q20899839": (
        "Barcelona en Comú",
        {"es": "Barcelona en Comú", "ca": "Barcelona en Comú"},
        ["BComú"],
        {"en": "municipal political party in Barcelona"},
        [("P31", "Q7278"), ("P17", "Q29")],
    ),
    "Q1393123": (
        "Socialists' Party of Catalonia",
        {
            "es": "Partido de los Socialistas de Cataluña",
            "ca": "Partit dels Socialistes de Catalunya",
        },
        ["PSC"],
        {"en": "political party in Catalonia"},
        [("P31", "Q7278"), ("P17", "Q29")],
    ),
    "Q1126040": (
        "Convergence and Union",
        {"ca": "Convergència i Unió"},
        ["CiU"],
        {"en": "former political party in Catalonia"},
        [("P31", "Q7278"), ("P17", "Q29")],
    ),
    # given names (the dump's people point at them)
    "Q15735113": (
        "Angela",
        {"de": "Angela", "fr": "Angela"},
        [],
        {"en": "female given name"},
        [("P31", "Q202444")],
    ),
    "Q18216771": ("Olaf", {"de": "Olaf"}, [], {"en": "male given name"}, [("P31", "Q202444")]),
    "Q2793524": ("Boris", {"de": "Boris"}, [], {"en": "male given name"}, [("P31", "Q202444")]),
    "Q4925477": ("Barack", {"de": "Barack"}, [], {"en": "male given name"}, [("P31", "Q202444")]),
    "Q1249148": (
        "Michael",
        {"de": "Michael", "fr": "Michael"},
        [],
        {"en": "male given name"},
        [("P31", "Q202444")],
    ),
}

# positions: qid -> (en label, {lang: label}, en aliases, jurisdiction)
POSITIONS = {
    "Q4970706": (
        "Federal Chancellor of Germany",
        {"de": "Bundeskanzler", "fr": "chancelier fédéral d'Allemagne"},
        ["Chancellor of Germany", "German Chancellor", "Bundeskanzler", "chancellor"],
        "Q183",
    ),
    "Q14211": (
        "Prime Minister of the United Kingdom",
        {
            "de": "Premierminister des Vereinigten Königreichs",
            "fr": "Premier ministre du Royaume-Uni",
        },
        ["British Prime Minister", "UK Prime Minister", "PM", "Premier of the United Kingdom"],
        "Q145",
    ),
    "Q191954": (
        "President of the French Republic",
        {
            "de": "Präsident der Französischen Republik",
            "fr": "président de la République française",
        },
        ["President of France", "French President"],
        "Q142",
    ),
    "Q11696": (
        "President of the United States",
        {"de": "Präsident der Vereinigten Staaten", "fr": "président des États-Unis"},
        ["US President", "POTUS", "President of the USA", "American president"],
        "Q30",
    ),
    "Q11699": (
        "Vice President of the United States",
        {"de": "Vizepräsident der Vereinigten Staaten"},
        ["VP", "US Vice President", "VPOTUS"],
        "Q30",
    ),
    "Q11211": (
        "Governing Mayor of Berlin",
        {"de": "Regierender Bürgermeister von Berlin"},
        ["Mayor of Berlin", "Regierender Bürgermeister"],
        "Q64",
    ),
    "Q1400253": (
        "First Mayor of Hamburg",
        {"de": "Erster Bürgermeister der Freien und Hansestadt Hamburg"},
        ["Mayor of Hamburg", "Erster Bürgermeister"],
        "Q1055",
    ),
    "Q1094962": (
        "Mayor of London",
        {"de": "Bürgermeister von London", "fr": "maire de Londres"},
        ["London mayor"],
        "Q84",
    ),
    "Q2851133": (
        "Mayor of Paris",
        {"de": "Bürgermeister von Paris", "fr": "maire de Paris"},
        ["Paris mayor"],
        "Q90",
    ),
    "Q30185": (
        "mayor",
        {"de": "Bürgermeister", "fr": "maire", "es": "alcalde", "it": "sindaco"},
        ["city mayor", "alcalde", "sindaco"],
        None,
    ),
    "Q4175034": (
        "Federal Minister of Finance",
        {"de": "Bundesminister der Finanzen"},
        ["German Finance Minister", "Finance Minister of Germany"],
        "Q183",
    ),
    "Q19275138": (
        "Federal Minister for the Environment",
        {"de": "Bundesumweltminister"},
        ["German Environment Minister", "Environment Minister of Germany"],
        "Q183",
    ),
    "Q1740133": (
        "Minister-President of Lower Saxony",
        {"de": "Ministerpräsident von Niedersachsen"},
        ["Premier of Lower Saxony"],
        None,
    ),
    "Q4416090": (
        "United States senator",
        {"de": "Senator der Vereinigten Staaten"},
        ["US senator", "senator"],
        "Q30",
    ),
    "Q1516890": (
        "Foreign Secretary",
        {"de": "Außenminister des Vereinigten Königreichs"},
        ["UK Foreign Secretary", "Secretary of State for Foreign and Commonwealth Affairs"],
        "Q145",
    ),
}

# cities: qid -> (en, {lang}, aliases, description, country, elevation m, [(population, year, rank)], seed of the de/en descriptions)
CITIES = {
    "Q64": (
        "Berlin",
        {"de": "Berlin", "fr": "Berlin", "es": "Berlín", "it": "Berlino"},
        ["Berlin, Germany", "City of Berlin"],
        "capital and largest city of Germany",
        "Q183",
        34,
        [
            (3_460_725, "2010-12-31", "normal"),
            (3_669_491, "2019-12-31", "normal"),
            (3_878_100, "2023-12-31", "preferred"),
        ],
    ),
    "Q1055": (
        "Hamburg",
        {"de": "Hamburg", "fr": "Hambourg", "es": "Hamburgo", "it": "Amburgo"},
        ["Free and Hanseatic City of Hamburg", "Hansestadt Hamburg"],
        "city and state in northern Germany",
        "Q183",
        6,
        [
            (1_787_408, "2011-12-31", "normal"),
            (1_847_253, "2019-12-31", "normal"),
            (1_910_160, "2023-12-31", "preferred"),
            (1_710_000, "2011-12-31", "deprecated"),
        ],
    ),
    "Q1726": (
        "Munich",
        {"de": "München", "fr": "Munich", "es": "Múnich", "it": "Monaco di Baviera"},
        ["Muenchen", "Munchen", "München"],
        "capital and most populous city of Bavaria, Germany",
        "Q183",
        519,
        [(1_348_335, "2011-12-31", "normal"), (1_512_491, "2023-12-31", "preferred")],
    ),
    "Q84": (
        "London",
        {"de": "London", "fr": "Londres", "es": "Londres", "it": "Londra"},
        ["London, UK", "Greater London", "Londinium"],
        "capital and largest city of the United Kingdom",
        "Q145",
        11,
        [(8_173_941, "2011-03-27", "normal"), (8_799_800, "2021-03-21", "preferred")],
    ),
    "Q90": (
        "Paris",
        {"de": "Paris", "fr": "Paris", "es": "París", "it": "Parigi"},
        ["City of Light", "Paris, France"],
        "capital and largest city of France",
        "Q142",
        35,
        [(2_249_975, "2011-01-01", "normal"), (2_102_650, "2023-01-01", "preferred")],
    ),
    "Q220": (
        "Rome",
        {"de": "Rom", "fr": "Rome", "es": "Roma", "it": "Roma"},
        ["Roma", "Eternal City"],
        "capital and largest city of Italy",
        "Q38",
        21,
        [(2_617_175, "2011-10-09", "normal"), (2_755_309, "2023-01-01", "preferred")],
    ),
    "Q2807": (
        "Madrid",
        {"de": "Madrid", "fr": "Madrid", "es": "Madrid", "it": "Madrid"},
        ["Madrid, Spain", "Villa de Madrid"],
        "capital and largest city of Spain",
        "Q29",
        667,
        [(3_198_645, "2011-01-01", "normal"), (3_332_035, "2023-01-01", "preferred")],
    ),
    "Q1492": (
        "Barcelona",
        {"de": "Barcelona", "fr": "Barcelone", "es": "Barcelona", "it": "Barcellona"},
        ["BCN", "Barna", "Ciutat Comtal"],
        "city in Catalonia, Spain",
        "Q29",
        12,
        [(1_620_943, "2011-01-01", "normal"), (1_655_956, "2023-01-01", "preferred")],
    ),
    "Q2910": (
        "Ludwigshafen",
        {"de": "Ludwigshafen am Rhein", "fr": "Ludwigshafen"},
        ["Ludwigshafen am Rhein"],
        "city in Rhineland-Palatinate, Germany",
        "Q183",
        96,
        [(172_253, "2023-12-31", "preferred")],
    ),
    "Q3998": (
        "Templin",
        {"de": "Templin"},
        [],
        "town in Brandenburg, Germany",
        "Q183",
        60,
        [(16_000, "2023-12-31", "preferred")],
    ),
    "Q1124706": (
        "Mossenberg",
        {"de": "Mossenberg"},
        ["Mossenberg-Wöhren"],
        "village in North Rhine-Westphalia, Germany",
        "Q183",
        250,
        [],
    ),
    "Q3167": (
        "Osnabrück",
        {"de": "Osnabrück", "fr": "Osnabrück"},
        ["Osnabrueck", "Osnabruck"],
        "city in Lower Saxony, Germany",
        "Q183",
        63,
        [(165_251, "2023-12-31", "preferred")],
    ),
    "Q5988": (
        "Brilon",
        {"de": "Brilon"},
        [],
        "town in North Rhine-Westphalia, Germany",
        "Q183",
        455,
        [],
    ),
    "Q24879": (
        "Bremen",
        {"de": "Bremen", "fr": "Brême"},
        ["Free Hanseatic City of Bremen"],
        "city in northern Germany",
        "Q183",
        12,
        [(569_352, "2023-12-31", "preferred")],
    ),
    "Q2966": (
        "Heidelberg",
        {"de": "Heidelberg"},
        [],
        "city in Baden-Württemberg, Germany",
        "Q183",
        114,
        [(162_273, "2023-12-31", "preferred")],
    ),
    "Q4024": (
        "Frankfurt (Oder)",
        {"de": "Frankfurt (Oder)"},
        ["Frankfurt an der Oder"],
        "town in Brandenburg, Germany",
        "Q183",
        28,
        [],
    ),
    "Q1930": (
        "Tooting",
        {"de": "Tooting"},
        [],
        "district of south London, England",
        "Q145",
        20,
        [],
    ),
    "Q60": (
        "New York City",
        {"de": "New York City", "fr": "New York", "es": "Nueva York", "it": "New York"},
        ["NYC", "New York", "the Big Apple"],
        "most populous city in the United States",
        "Q30",
        10,
        [(8_804_190, "2020-04-01", "preferred")],
    ),
    "Q18094": (
        "Honolulu",
        {"de": "Honolulu"},
        ["Honolulu, Hawaii"],
        "capital city of Hawaii, United States",
        "Q30",
        6,
        [(350_964, "2020-04-01", "preferred")],
    ),
    "Q18424": (
        "Queens",
        {"de": "Queens"},
        ["Queens County"],
        "borough of New York City",
        "Q30",
        7,
        [],
    ),
    "Q271395": (
        "Scranton",
        {"de": "Scranton"},
        ["Scranton, Pennsylvania"],
        "city in Pennsylvania, United States",
        "Q30",
        229,
        [],
    ),
    "Q1297": (
        "Chicago",
        {"de": "Chicago", "fr": "Chicago"},
        ["Windy City", "Chi-town"],
        "city in Illinois, United States",
        "Q30",
        182,
        [],
    ),
    "Q49225": (
        "Hope",
        {"de": "Hope"},
        ["Hope, Arkansas"],
        "city in Arkansas, United States",
        "Q30",
        105,
        [],
    ),
    "Q49255": (
        "New Haven",
        {"de": "New Haven"},
        ["New Haven, Connecticut"],
        "city in Connecticut, United States",
        "Q30",
        18,
        [],
    ),
    "Q180341": (
        "Edinburgh",
        {"de": "Edinburgh", "fr": "Édimbourg"},
        ["Edinburgh, Scotland"],
        "capital city of Scotland",
        "Q145",
        47,
        [],
    ),
    "Q207308": (
        "Eastbourne",
        {"de": "Eastbourne"},
        [],
        "town in East Sussex, England",
        "Q145",
        10,
        [],
    ),
    "Q208128": (
        "Southampton",
        {"de": "Southampton"},
        [],
        "city in Hampshire, England",
        "Q145",
        10,
        [],
    ),
    "Q23154": (
        "Amiens",
        {"de": "Amiens", "fr": "Amiens"},
        [],
        "city in the Somme department, France",
        "Q142",
        33,
        [],
    ),
    "Q12981": (
        "Rouen",
        {"de": "Rouen", "fr": "Rouen"},
        [],
        "city in Normandy, France",
        "Q142",
        10,
        [],
    ),
    "Q61014": ("Tunis", {"de": "Tunis", "fr": "Tunis"}, [], "capital city of Tunisia", None, 4, []),
    "Q1297154": (
        "San Fernando",
        {"es": "San Fernando"},
        ["San Fernando, Cádiz"],
        "city in the province of Cádiz, Spain",
        "Q29",
        12,
        [],
    ),
    "Q2796": (
        "Genoa",
        {"it": "Genova", "de": "Genua"},
        ["Genova"],
        "city in Liguria, Italy",
        "Q38",
        20,
        [],
    ),
    "Q3518": (
        "Bolzano",
        {"it": "Bolzano", "de": "Bozen"},
        ["Bozen"],
        "city in South Tyrol, Italy",
        "Q38",
        262,
        [],
    ),
    "Q15207": (
        "Neuilly-sur-Seine",
        {"fr": "Neuilly-sur-Seine"},
        ["Neuilly"],
        "commune in Hauts-de-Seine, France",
        "Q142",
        36,
        [],
    ),
    "Q34217": (
        "Oxford",
        {"de": "Oxford", "fr": "Oxford"},
        ["Oxford, England"],
        "city in Oxfordshire, England",
        "Q145",
        72,
        [],
    ),
}

# people: qid -> dict; dates "YYYY-MM-DD"
P = {}


def person(
    qid,
    en,
    *,
    sex,
    born,
    place,
    citizen,
    labels=None,
    aliases=(),
    desc=None,
    died=None,
    death_place=None,
    parties=(),
    spouses=(),
    schools=(),
    viaf=None,
    freebase=None,
    height=None,
    given=None,
    deprecated=(),
):
    P[qid] = dict(
        en=en,
        sex=sex,
        born=born,
        place=place,
        citizen=citizen,
        labels=labels or {},
        aliases=list(aliases),
        desc=desc or {},
        died=died,
        death_place=death_place,
        parties=list(parties),
        spouses=list(spouses),
        schools=list(schools),
        viaf=viaf,
        freebase=freebase,
        height=height,
        given=given,
        deprecated=list(deprecated),
    )


M, F = "Q6581097", "Q6581072"
DE, UK, FR, US, IT, ES = "Q183", "Q145", "Q142", "Q30", "Q38", "Q29"
CDU, SPD, CON, LAB, IND, DEM, REP = (
    "Q49762",
    "Q49768",
    "Q9626",
    "Q9630",
    "Q327591",
    "Q29552",
    "Q29468",
)

person(
    "Q2518",
    "Helmut Kohl",
    sex=M,
    born="1930-04-03",
    place="Q2910",
    citizen=[DE],
    died="2017-06-16",
    death_place="Q2910",
    aliases=["Helmut Josef Michael Kohl", "Kohl"],
    desc={
        "en": "Chancellor of Germany from 1982 to 1998",
        "de": "deutscher Politiker (CDU), Bundeskanzler 1982–1998",
        "fr": "homme d'État allemand",
    },
    parties=[(CDU, "1946-01-01", "2017-06-16")],
    viaf="56599474",
    freebase="/m/0d1b_",
)
person(
    "Q2530",
    "Gerhard Schröder",
    sex=M,
    born="1944-04-07",
    place="Q1124706",
    citizen=[DE],
    aliases=["Gerhard Fritz Kurt Schröder", "Gerhard Schroeder", "Schröder"],
    desc={
        "en": "Chancellor of Germany from 1998 to 2005",
        "de": "deutscher Politiker (SPD), Bundeskanzler 1998–2005",
    },
    parties=[(SPD, "1963-01-01", None)],
    schools=["Q152171"],
    viaf="22146164",
    freebase="/m/0d1bv",
    spouses=[("Q2546123", "1997-10-18", "2018-05-01")],
)
person(
    "Q567",
    "Angela Merkel",
    sex=F,
    born="1954-07-17",
    place="Q1055",
    citizen=[DE],
    labels={"fr": "Angela Merkel", "es": "Angela Merkel", "it": "Angela Merkel"},
    aliases=[
        "Angela Dorothea Merkel",
        "Angela Dorothea Kasner",
        "Angela Kasner",
        "Merkel",
        "Mutti",
    ],
    desc={
        "en": "Chancellor of Germany from 2005 to 2021",
        "de": "deutsche Politikerin (CDU), Bundeskanzlerin 2005–2021",
        "fr": "femme d'État allemande",
        "es": "política alemana",
        "it": "politica tedesca",
    },
    parties=[(CDU, "1990-08-01", None)],
    spouses=[("Q1686103", "1977-09-03", "1982-01-01"), ("Q76747", "1998-12-30", None)],
    schools=["Q154804"],
    viaf="2581537",
    freebase="/m/0jl0g",
    given="Q15735113",
    deprecated=[("P19", "Q3998", "Q25895909")],
)
person(
    "Q61053",
    "Olaf Scholz",
    sex=M,
    born="1958-06-14",
    place="Q3167",
    citizen=[DE],
    aliases=["Scholz", "Scholzomat"],
    desc={
        "en": "Chancellor of Germany from 2021 to 2025",
        "de": "deutscher Politiker (SPD), Bundeskanzler 2021–2025",
        "fr": "homme politique allemand",
    },
    parties=[(SPD, "1975-01-01", None)],
    spouses=[("Q96045", "1998-01-01", None)],
    schools=["Q156725"],
    viaf="233094097",
    freebase="/m/047x2gq",
    height=1.70,
    given="Q18216771",
)
person(
    "Q1606",
    "Friedrich Merz",
    sex=M,
    born="1955-11-11",
    place="Q5988",
    citizen=[DE],
    aliases=["Joachim-Friedrich Martin Josef Merz", "Merz"],
    desc={
        "en": "Chancellor of Germany since 2025",
        "de": "deutscher Politiker (CDU), Bundeskanzler seit 2025",
    },
    parties=[(CDU, "1972-01-01", None)],
    viaf="121440129",
    freebase="/m/0cnz2r",
    height=1.98,
)
person(
    "Q76747",
    "Joachim Sauer",
    sex=M,
    born="1949-04-19",
    place="Q1124706",
    citizen=[DE],
    aliases=["Joachim Sauer (chemist)"],
    desc={"en": "German quantum chemist", "de": "deutscher Chemiker"},
    spouses=[("Q567", "1998-12-30", None)],
    viaf="61628218",
)
person(
    "Q1686103",
    "Ulrich Merkel",
    sex=M,
    born="1953-04-19",
    place="Q3998",
    citizen=[DE],
    desc={"en": "German physicist", "de": "deutscher Physiker"},
    spouses=[("Q567", "1977-09-03", "1982-01-01")],
)
person(
    "Q96045",
    "Britta Ernst",
    sex=F,
    born="1961-03-23",
    place="Q1055",
    citizen=[DE],
    desc={"en": "German politician (SPD)", "de": "deutsche Politikerin (SPD)"},
    parties=[(SPD, "1978-01-01", None)],
    spouses=[("Q61053", "1998-01-01", None)],
)
person(
    "Q2546123",
    "Doris Schröder-Köpf",
    sex=F,
    born="1963-08-05",
    place="Q2966",
    citizen=[DE],
    aliases=["Doris Köpf"],
    desc={"en": "German journalist and politician"},
    parties=[(SPD, "2004-01-01", None)],
    spouses=[("Q2530", "1997-10-18", "2018-05-01")],
)
# Berlin
person(
    "Q14537",
    "Klaus Wowereit",
    sex=M,
    born="1953-10-01",
    place="Q64",
    citizen=[DE],
    aliases=["Wowereit", "Wowi"],
    desc={
        "en": "German politician, Governing Mayor of Berlin 2001–2014",
        "de": "deutscher Politiker (SPD)",
    },
    parties=[(SPD, "1972-01-01", None)],
    viaf="39535706",
)
person(
    "Q1941069",
    "Michael Müller",
    sex=M,
    born="1964-12-09",
    place="Q64",
    citizen=[DE],
    aliases=["Michael Müller (politician)"],
    desc={
        "en": "German politician (SPD), Governing Mayor of Berlin 2014–2021",
        "de": "deutscher Politiker (SPD), Regierender Bürgermeister von Berlin",
    },
    parties=[(SPD, "1981-01-01", None)],
    given="Q1249148",
)
person(
    "Q1941070",
    "Michael Müller",
    sex=M,
    born="1948-09-25",
    place="Q2966",
    citizen=[DE],
    aliases=["Michael Müller (footballer)"],
    desc={"en": "German footballer", "de": "deutscher Fußballspieler"},
    given="Q1249148",
)
person(
    "Q17353279",
    "Franziska Giffey",
    sex=F,
    born="1978-05-03",
    place="Q4024",
    citizen=[DE],
    aliases=["Franziska Süllke", "Giffey"],
    desc={
        "en": "German politician (SPD), Governing Mayor of Berlin 2021–2023",
        "de": "deutsche Politikerin (SPD)",
    },
    parties=[(SPD, "2007-01-01", None)],
)
person(
    "Q1727836",
    "Kai Wegner",
    sex=M,
    born="1972-09-15",
    place="Q64",
    citizen=[DE],
    aliases=["Wegner"],
    desc={
        "en": "German politician (CDU), Governing Mayor of Berlin since 2023",
        "de": "deutscher Politiker (CDU)",
    },
    parties=[(CDU, "1989-01-01", None)],
)
# Hamburg
person(
    "Q77237",
    "Ole von Beust",
    sex=M,
    born="1955-04-13",
    place="Q1055",
    citizen=[DE],
    aliases=["Carl-Friedrich Arp Ole Freiherr von Beust", "von Beust"],
    desc={"en": "German politician (CDU), First Mayor of Hamburg 2001–2010"},
    parties=[(CDU, "1971-01-01", None)],
)
person(
    "Q94845",
    "Christoph Ahlhaus",
    sex=M,
    born="1969-08-28",
    place="Q2966",
    citizen=[DE],
    aliases=["Ahlhaus"],
    desc={"en": "German politician (CDU), First Mayor of Hamburg 2010–2011"},
    parties=[(CDU, "1985-01-01", None)],
)
person(
    "Q2070427",
    "Peter Tschentscher",
    sex=M,
    born="1966-01-20",
    place="Q24879",
    citizen=[DE],
    aliases=["Tschentscher"],
    desc={"en": "German politician (SPD), First Mayor of Hamburg since 2018"},
    parties=[(SPD, "1989-01-01", None)],
    schools=["Q156725"],
)
# UK
person(
    "Q9545",
    "Tony Blair",
    sex=M,
    born="1953-05-06",
    place="Q180341",
    citizen=[UK],
    aliases=["Anthony Charles Lynton Blair", "Blair", "Tony"],
    desc={
        "en": "Prime Minister of the United Kingdom from 1997 to 2007",
        "de": "britischer Politiker (Labour), Premierminister 1997–2007",
    },
    parties=[(LAB, "1975-01-01", None)],
    schools=["Q34433"],
    viaf="77102538",
    freebase="/m/07w8f",
)
person(
    "Q10648",
    "Gordon Brown",
    sex=M,
    born="1951-02-20",
    place="Q180341",
    citizen=[UK],
    aliases=["James Gordon Brown", "Brown"],
    desc={"en": "Prime Minister of the United Kingdom from 2007 to 2010"},
    parties=[(LAB, "1969-01-01", None)],
    viaf="95218067",
)
person(
    "Q192",
    "David Cameron",
    sex=M,
    born="1966-10-09",
    place="Q84",
    citizen=[UK],
    aliases=["David William Donald Cameron", "Lord Cameron", "Cameron"],
    desc={
        "en": "Prime Minister of the United Kingdom from 2010 to 2016",
        "de": "britischer Politiker (Conservative Party)",
    },
    parties=[(CON, "1988-01-01", None)],
    schools=["Q34433"],
    viaf="77164486",
    freebase="/m/0d8lh1",
)
person(
    "Q264766",
    "Theresa May",
    sex=F,
    born="1956-10-01",
    place="Q207308",
    citizen=[UK],
    aliases=["Theresa Mary May", "Theresa Brasier", "May"],
    desc={"en": "Prime Minister of the United Kingdom from 2016 to 2019"},
    parties=[(CON, "1976-01-01", None)],
    schools=["Q34433"],
)
person(
    "Q180589",
    "Boris Johnson",
    sex=M,
    born="1964-06-19",
    place="Q60",
    citizen=[UK, US],
    aliases=["Alexander Boris de Pfeffel Johnson", "BoJo", "Boris"],
    desc={
        "en": "Prime Minister of the United Kingdom from 2019 to 2022",
        "de": "britischer Politiker (Conservative Party)",
        "fr": "homme politique britannique",
    },
    parties=[(CON, "1987-01-01", None)],
    schools=["Q34433"],
    viaf="39367358",
    freebase="/m/01_0cw",
    height=1.75,
    given="Q2793524",
)
person(
    "Q7297549",
    "Liz Truss",
    sex=F,
    born="1975-07-26",
    place="Q34217",
    citizen=[UK],
    aliases=["Mary Elizabeth Truss", "Elizabeth Truss", "Truss"],
    desc={"en": "Prime Minister of the United Kingdom in 2022"},
    parties=[(CON, "1996-01-01", None)],
    schools=["Q34433"],
)
person(
    "Q7296278",
    "Rishi Sunak",
    sex=M,
    born="1980-05-12",
    place="Q208128",
    citizen=[UK],
    aliases=["Sunak", "Dishy Rishi"],
    desc={"en": "Prime Minister of the United Kingdom from 2022 to 2024"},
    parties=[(CON, "2010-01-01", None)],
    schools=["Q34433"],
)
person(
    "Q6391428",
    "Keir Starmer",
    sex=M,
    born="1962-09-02",
    place="Q84",
    citizen=[UK],
    aliases=["Sir Keir Starmer", "Keir Rodney Starmer", "Starmer"],
    desc={"en": "Prime Minister of the United Kingdom since 2024"},
    parties=[(LAB, "1980-01-01", None)],
    schools=["Q34433"],
)
person(
    "Q207954",
    "Ken Livingstone",
    sex=M,
    born="1945-06-17",
    place="Q84",
    citizen=[UK],
    aliases=["Kenneth Robert Livingstone", "Red Ken", "Livingstone"],
    desc={"en": "British politician, Mayor of London 2000–2008"},
    parties=[
        (LAB, "1968-01-01", "2000-04-04"),
        (IND, "2000-04-04", "2004-01-06"),
        (LAB, "2004-01-06", "2018-05-21"),
    ],
    schools=["Q1144673"],
    deprecated=[("P569", "1945-07-17", "Q41755623")],
)
person(
    "Q334155",
    "Sadiq Khan",
    sex=M,
    born="1970-10-08",
    place="Q1930",
    citizen=[UK],
    aliases=["Sadiq Aman Khan", "Khan"],
    desc={
        "en": "British politician, Mayor of London since 2016",
        "de": "britischer Politiker (Labour)",
    },
    parties=[(LAB, "1985-01-01", None)],
    viaf="313399470",
)
# France
person(
    "Q2105",
    "Jacques Chirac",
    sex=M,
    born="1932-11-29",
    place="Q90",
    citizen=[FR],
    died="2019-09-26",
    death_place="Q90",
    aliases=["Jacques René Chirac", "Chirac", "le Bulldozer"],
    desc={"en": "President of France from 1995 to 2007", "fr": "homme d'État français"},
    parties=[("Q20012759", "2002-11-17", None)],
    schools=["Q273523", "Q273631"],
    viaf="17221735",
)
person(
    "Q329",
    "Nicolas Sarkozy",
    sex=M,
    born="1955-01-28",
    place="Q90",
    citizen=[FR],
    aliases=["Nicolas Paul Stéphane Sarközy de Nagy-Bocsa", "Sarko", "Sarkozy"],
    desc={"en": "President of France from 2007 to 2012", "fr": "homme d'État français"},
    parties=[("Q20012759", "2002-11-17", None)],
    schools=["Q273523"],
    spouses=[("Q7493", "2008-02-02", None)],
    viaf="67259283",
)
person(
    "Q7493",
    "Carla Bruni",
    sex=F,
    born="1967-12-23",
    place="Q3518",
    citizen=[IT, FR],
    aliases=["Carla Bruni-Sarkozy", "Carla Bruni Tedeschi"],
    desc={"en": "Italian-French singer and model", "fr": "chanteuse et mannequin"},
    spouses=[("Q329", "2008-02-02", None)],
)
person(
    "Q157",
    "François Hollande",
    sex=M,
    born="1954-08-12",
    place="Q12981",
    citizen=[FR],
    aliases=["François Gérard Georges Nicolas Hollande", "Hollande", "Flamby"],
    desc={"en": "President of France from 2012 to 2017", "fr": "homme d'État français"},
    parties=[("Q170972", "1979-01-01", None)],
    schools=["Q273523", "Q273631"],
    viaf="34544418",
)
person(
    "Q3052772",
    "Emmanuel Macron",
    sex=M,
    born="1977-12-21",
    place="Q23154",
    citizen=[FR],
    labels={"fr": "Emmanuel Macron", "es": "Emmanuel Macron"},
    aliases=["Emmanuel Jean-Michel Frédéric Macron", "Macron", "Manu"],
    desc={
        "en": "President of France since 2017",
        "fr": "homme d'État français, président de la République depuis 2017",
        "de": "französischer Politiker, Staatspräsident seit 2017",
    },
    parties=[("Q170972", "2006-01-01", "2009-01-01"), ("Q23731823", "2016-04-06", None)],
    schools=["Q273523", "Q273631"],
    spouses=[("Q27947481", "2007-10-20", None)],
    viaf="2154150573862724820033",
    freebase="/m/011ncr8c",
    height=1.73,
)
person(
    "Q27947481",
    "Brigitte Macron",
    sex=F,
    born="1953-04-13",
    place="Q23154",
    citizen=[FR],
    aliases=["Brigitte Trogneux", "Brigitte Marie-Claude Macron"],
    desc={"en": "wife of Emmanuel Macron", "fr": "épouse d'Emmanuel Macron"},
    spouses=[("Q3052772", "2007-10-20", None)],
)
person(
    "Q7035",
    "Bertrand Delanoë",
    sex=M,
    born="1950-05-30",
    place="Q61014",
    citizen=[FR],
    aliases=["Delanoe", "Bertrand Delanoe"],
    desc={"en": "French politician, Mayor of Paris 2001–2014", "fr": "homme politique français"},
    parties=[("Q170972", "1971-01-01", None)],
)
person(
    "Q2851",
    "Anne Hidalgo",
    sex=F,
    born="1959-06-19",
    place="Q1297154",
    citizen=[FR, ES],
    aliases=["Ana María Hidalgo Aleu", "Hidalgo"],
    desc={
        "en": "French politician, Mayor of Paris since 2014",
        "fr": "femme politique française",
        "es": "política francesa",
    },
    parties=[("Q170972", "1994-01-01", None)],
)
person(
    "Q316838",
    "Jean Tiberi",
    sex=M,
    born="1935-01-30",
    place="Q90",
    citizen=[FR],
    aliases=["Tiberi"],
    desc={"en": "French politician, Mayor of Paris 1995–2001"},
    parties=[("Q20012759", "2002-11-17", None)],
)
# US
person(
    "Q1124",
    "Bill Clinton",
    sex=M,
    born="1946-08-19",
    place="Q49225",
    citizen=[US],
    aliases=[
        "William Jefferson Clinton",
        "William Jefferson Blythe III",
        "Clinton",
        "Slick Willie",
    ],
    desc={
        "en": "president of the United States from 1993 to 2001",
        "de": "42. Präsident der Vereinigten Staaten",
    },
    parties=[(DEM, "1968-01-01", None)],
    schools=["Q49112", "Q34433"],
    spouses=[("Q6294", "1975-10-11", None)],
    viaf="108214",
    freebase="/m/0157m",
    height=1.88,
)
person(
    "Q6294",
    "Hillary Clinton",
    sex=F,
    born="1947-10-26",
    place="Q1297",
    citizen=[US],
    aliases=["Hillary Rodham Clinton", "Hillary Diane Rodham", "HRC"],
    desc={"en": "American politician, U.S. Secretary of State 2009–2013"},
    parties=[(REP, "1960-01-01", "1968-01-01"), (DEM, "1968-01-01", None)],
    schools=["Q49112"],
    spouses=[("Q1124", "1975-10-11", None)],
)
person(
    "Q207",
    "George W. Bush",
    sex=M,
    born="1946-07-06",
    place="Q49255",
    citizen=[US],
    aliases=["George Walker Bush", "Bush Jr.", "Dubya", "W", "Bush 43"],
    desc={
        "en": "president of the United States from 2001 to 2009",
        "de": "43. Präsident der Vereinigten Staaten",
    },
    parties=[(REP, "1968-01-01", None)],
    schools=["Q49112", "Q13371"],
    viaf="85873463",
    freebase="/m/09b6zr",
    height=1.82,
)
person(
    "Q76",
    "Barack Obama",
    sex=M,
    born="1961-08-04",
    place="Q18094",
    citizen=[US],
    labels={"fr": "Barack Obama", "es": "Barack Obama", "it": "Barack Obama"},
    aliases=["Barack Hussein Obama II", "Obama", "Barack Hussein Obama", "Barry Obama"],
    desc={
        "en": "president of the United States from 2009 to 2017",
        "de": "44. Präsident der Vereinigten Staaten",
        "fr": "44e président des États-Unis",
        "es": "44.º presidente de los Estados Unidos",
    },
    parties=[(DEM, "1988-01-01", None)],
    schools=["Q49088", "Q13371"],
    spouses=[("Q13133", "1992-10-03", None)],
    viaf="52010985",
    freebase="/m/02mjmr",
    height=1.87,
    given="Q4925477",
)
person(
    "Q13133",
    "Michelle Obama",
    sex=F,
    born="1964-01-17",
    place="Q1297",
    citizen=[US],
    aliases=["Michelle LaVaughn Robinson Obama", "Michelle Robinson"],
    desc={"en": "lawyer and First Lady of the United States 2009–2017"},
    parties=[(DEM, "1985-01-01", None)],
    schools=["Q21578", "Q13371"],
    spouses=[("Q76", "1992-10-03", None)],
)
person(
    "Q22686",
    "Donald Trump",
    sex=M,
    born="1946-06-14",
    place="Q18424",
    citizen=[US],
    aliases=["Donald John Trump", "The Donald", "Trump", "DJT"],
    desc={
        "en": "president of the United States (2017–2021, since 2025)",
        "de": "45. und 47. Präsident der Vereinigten Staaten",
    },
    parties=[
        (REP, "1987-01-01", "1999-10-01"),
        (IND, "1999-10-01", "2001-08-01"),
        (DEM, "2001-08-01", "2009-09-01"),
        (REP, "2009-09-01", "2011-12-01"),
        (IND, "2011-12-01", "2012-04-01"),
        (REP, "2012-04-01", None),
    ],
    schools=["Q49088"],
    spouses=[("Q432473", "2005-01-22", None)],
    viaf="85312226",
    freebase="/m/0cqt90",
    height=1.90,
)
person(
    "Q432473",
    "Melania Trump",
    sex=F,
    born="1970-04-26",
    place="Q1297",
    citizen=[US],
    aliases=["Melania Knauss", "Melanija Knavs"],
    desc={"en": "First Lady of the United States"},
    spouses=[("Q22686", "2005-01-22", None)],
    deprecated=[("P19", "Q1297", "Q25895909")],
)
person(
    "Q6279",
    "Joe Biden",
    sex=M,
    born="1942-11-20",
    place="Q271395",
    citizen=[US],
    aliases=["Joseph Robinette Biden Jr.", "Biden", "Uncle Joe", "Sleepy Joe"],
    desc={
        "en": "president of the United States from 2021 to 2025",
        "de": "46. Präsident der Vereinigten Staaten",
    },
    parties=[(DEM, "1969-01-01", None)],
    schools=["Q1368916"],
    spouses=[("Q1370560", "1966-08-27", "1972-12-18"), ("Q2567", "1977-06-17", None)],
    viaf="63125734",
    freebase="/m/012gx2",
    height=1.82,
)
person(
    "Q1370560",
    "Neilia Hunter Biden",
    sex=F,
    born="1942-07-28",
    place="Q271395",
    citizen=[US],
    aliases=["Neilia Hunter"],
    desc={"en": "first wife of Joe Biden"},
    died="1972-12-18",
    spouses=[("Q6279", "1966-08-27", "1972-12-18")],
)
person(
    "Q2567",
    "Jill Biden",
    sex=F,
    born="1951-06-03",
    place="Q49255",
    citizen=[US],
    aliases=["Jill Tracy Jacobs Biden", "Dr. Jill Biden"],
    desc={"en": "First Lady of the United States 2021–2025"},
    parties=[(DEM, "1970-01-01", None)],
    schools=["Q1368916"],
    spouses=[("Q6279", "1977-06-17", None)],
)
# mayors under the generic position "mayor" (pq:P642)
person(
    "Q355498",
    "Walter Veltroni",
    sex=M,
    born="1955-07-03",
    place="Q220",
    citizen=[IT],
    desc={"en": "Italian politician, mayor of Rome 2001–2008", "it": "politico italiano"},
    parties=[("Q47729", "2007-10-14", None)],
)
person(
    "Q358234",
    "Gianni Alemanno",
    sex=M,
    born="1958-03-03",
    place="Q3518",
    citizen=[IT],
    desc={"en": "Italian politician, mayor of Rome 2008–2013", "it": "politico italiano"},
    parties=[("Q1073154", "2009-03-29", "2013-11-16")],
)
person(
    "Q1336549",
    "Ignazio Marino",
    sex=M,
    born="1955-03-10",
    place="Q2796",
    citizen=[IT],
    aliases=["Marino"],
    desc={
        "en": "Italian surgeon and politician, mayor of Rome 2013–2015",
        "it": "chirurgo e politico italiano",
    },
    parties=[("Q47729", "2007-10-14", None)],
)
person(
    "Q21997431",
    "Virginia Raggi",
    sex=F,
    born="1978-07-18",
    place="Q220",
    citizen=[IT],
    aliases=["Raggi"],
    desc={"en": "Italian politician, mayor of Rome 2016–2021", "it": "politica italiana"},
    parties=[("Q47817", "2011-01-01", None)],
)
person(
    "Q3940346",
    "Roberto Gualtieri",
    sex=M,
    born="1966-07-19",
    place="Q220",
    citizen=[IT],
    aliases=["Gualtieri"],
    desc={"en": "Italian politician, mayor of Rome since 2021", "it": "politico italiano"},
    parties=[("Q47729", "2007-10-14", None)],
)
person(
    "Q312781",
    "Alberto Ruiz-Gallardón",
    sex=M,
    born="1958-12-11",
    place="Q2807",
    citizen=[ES],
    aliases=["Alberto Ruiz-Gallardon", "Gallardón"],
    desc={"en": "Spanish politician, mayor of Madrid 2003–2011", "es": "político español"},
    parties=[("Q188906", "1989-01-20", None)],
)
person(
    "Q466305",
    "Ana Botella",
    sex=F,
    born="1953-07-23",
    place="Q2807",
    citizen=[ES],
    aliases=["Ana Botella Serrano"],
    desc={"en": "Spanish politician, mayor of Madrid 2011–2015", "es": "política española"},
    parties=[("Q188906", "1989-01-20", None)],
)
person(
    "Q11697432",
    "Manuela Carmena",
    sex=F,
    born="1944-02-09",
    place="Q2807",
    citizen=[ES],
    aliases=["Manuela Carmena Castrillo", "Carmena"],
    desc={
        "en": "Spanish judge and politician, mayor of Madrid 2015–2019",
        "es": "jueza y política española",
    },
    parties=[("Q20012345", "2015-03-01", "2019-06-15")],
)
person(
    "Q20106524",
    "José Luis Martínez-Almeida",
    sex=M,
    born="1975-04-17",
    place="Q2807",
    citizen=[ES],
    aliases=["Almeida", "José Luis Martínez-Almeida Navasqüés"],
    desc={"en": "Spanish politician, mayor of Madrid since 2019", "es": "político español"},
    parties=[("Q188906", "2006-01-01", None)],
)
person(
    "Q5666587",
    "Xavier Trias",
    sex=M,
    born="1946-08-05",
    place="Q1492",
    citizen=[ES],
    aliases=["Xavier Trias i Vidal de Llobatera", "Trias"],
    desc={
        "en": "Catalan politician, mayor of Barcelona 2011–2015",
        "es": "político español",
        "ca": "polític català",
    },
    parties=[("Q1126040", "1978-01-01", "2015-06-18")],
)
person(
    "Q19976066",
    "Ada Colau",
    sex=F,
    born="1974-03-03",
    place="Q1492",
    citizen=[ES],
    aliases=["Ada Colau Ballano", "Colau"],
    desc={
        "en": "Spanish activist and politician, mayor of Barcelona 2015–2023",
        "es": "activista y política española",
        "ca": "activista i política catalana",
    },
    parties=[("Q20899839", "2014-06-01", None)],
)
person(
    "Q6157960",
    "Jaume Collboni",
    sex=M,
    born="1969-12-22",
    place="Q1492",
    citizen=[ES],
    aliases=["Jaume Collboni Cuadrado", "Collboni"],
    desc={"en": "Spanish politician, mayor of Barcelona since 2023"},
    parties=[("Q1393123", "1994-01-01", None)],
)
person(
    "Q5894131",
    "Jordi Hereu",
    sex=M,
    born="1965-07-12",
    place="Q1492",
    citizen=[ES],
    aliases=["Jordi Hereu i Boher"],
    desc={"en": "Spanish politician, mayor of Barcelona 2006–2011"},
    parties=[("Q1393123", "1985-01-01", None)],
)

# offices: (position, of (pq:P642, the generic "mayor" only), [(holder, start, end, ordinal)])
OFFICES = [
    (
        "Q4970706",
        None,
        [
            ("Q2518", "1982-10-01", "1998-10-27", "6"),
            ("Q2530", "1998-10-27", "2005-11-22", "7"),
            ("Q567", "2005-11-22", "2021-12-08", "8"),
            ("Q61053", "2021-12-08", "2025-05-06", "9"),
            ("Q1606", "2025-05-06", None, "10"),
        ],
    ),
    (
        "Q14211",
        None,
        [
            ("Q9545", "1997-05-02", "2007-06-27", None),
            ("Q10648", "2007-06-27", "2010-05-11", None),
            ("Q192", "2010-05-11", "2016-07-13", None),
            ("Q264766", "2016-07-13", "2019-07-24", None),
            ("Q180589", "2019-07-24", "2022-09-06", None),
            ("Q7297549", "2022-09-06", "2022-10-25", None),
            ("Q7296278", "2022-10-25", "2024-07-05", None),
            ("Q6391428", "2024-07-05", None, None),
        ],
    ),
    (
        "Q191954",
        None,
        [
            ("Q2105", "1995-05-17", "2007-05-16", "22"),
            ("Q329", "2007-05-16", "2012-05-15", "23"),
            ("Q157", "2012-05-15", "2017-05-14", "24"),
            ("Q3052772", "2017-05-14", None, "25"),
        ],
    ),
    (
        "Q11696",
        None,
        [
            ("Q1124", "1993-01-20", "2001-01-20", "42"),
            ("Q207", "2001-01-20", "2009-01-20", "43"),
            ("Q76", "2009-01-20", "2017-01-20", "44"),
            ("Q22686", "2017-01-20", "2021-01-20", "45"),
            ("Q6279", "2021-01-20", "2025-01-20", "46"),
            ("Q22686", "2025-01-20", None, "47"),
        ],
    ),
    ("Q11699", None, [("Q6279", "2009-01-20", "2017-01-20", "47")]),
    (
        "Q11211",
        None,
        [
            ("Q14537", "2001-06-16", "2014-12-11", None),
            ("Q1941069", "2014-12-11", "2021-12-21", None),
            ("Q17353279", "2021-12-21", "2023-04-27", None),
            ("Q1727836", "2023-04-27", None, None),
        ],
    ),
    (
        "Q1400253",
        None,
        [
            ("Q77237", "2001-10-31", "2010-08-25", None),
            ("Q94845", "2010-08-25", "2011-03-07", None),
            ("Q61053", "2011-03-07", "2018-03-28", None),
            ("Q2070427", "2018-03-28", None, None),
        ],
    ),
    (
        "Q1094962",
        None,
        [
            ("Q207954", "2000-05-04", "2008-05-04", "1"),
            ("Q180589", "2008-05-04", "2016-05-09", "2"),
            ("Q334155", "2016-05-09", None, "3"),
        ],
    ),
    (
        "Q2851133",
        None,
        [
            ("Q2105", "1977-03-25", "1995-05-16", None),
            ("Q316838", "1995-05-22", "2001-03-25", None),
            ("Q7035", "2001-03-25", "2014-04-05", None),
            ("Q2851", "2014-04-05", None, None),
        ],
    ),
    (
        "Q30185",
        "Q220",
        [
            ("Q355498", "2001-06-01", "2008-02-13", None),
            ("Q358234", "2008-04-29", "2013-06-12", None),
            ("Q1336549", "2013-06-12", "2015-10-31", None),
            ("Q21997431", "2016-06-22", "2021-10-18", None),
            ("Q3940346", "2021-10-18", None, None),
        ],
    ),
    (
        "Q30185",
        "Q2807",
        [
            ("Q312781", "2003-06-14", "2011-12-27", None),
            ("Q466305", "2011-12-27", "2015-06-13", None),
            ("Q11697432", "2015-06-13", "2019-06-15", None),
            ("Q20106524", "2019-06-15", None, None),
        ],
    ),
    (
        "Q30185",
        "Q1492",
        [
            ("Q5894131", "2006-09-08", "2011-07-01", None),
            ("Q5666587", "2011-07-01", "2015-06-13", None),
            ("Q19976066", "2015-06-13", "2023-06-17", None),
            ("Q6157960", "2023-06-17", None, None),
        ],
    ),
    ("Q4175034", None, [("Q61053", "2018-03-14", "2021-12-08", None)]),
    ("Q19275138", None, [("Q567", "1994-11-17", "1998-10-26", None)]),
    ("Q1740133", None, [("Q2530", "1990-06-21", "1998-10-27", None)]),
    (
        "Q4416090",
        None,
        [("Q76", "2005-01-03", "2008-11-16", None), ("Q6279", "1973-01-03", "2009-01-15", None)],
    ),
    (
        "Q1516890",
        None,
        [("Q180589", "2016-07-13", "2018-07-09", None), ("Q192", "2023-11-13", "2024-07-05", None)],
    ),
]
CITY_OF = {"Q11211": "Q64", "Q1400253": "Q1055", "Q1094962": "Q84", "Q2851133": "Q90"}

# ---------------------------------------------------------------- writing
LANGS = ("en", "de", "fr", "es", "it")


class Writer:
    def __init__(self):
        self.lines: list[str] = []
        self.n = 0

    def block(self, subject: str, pairs: list[tuple[str, str]]) -> None:
        if not pairs:
            return
        body = " ;\n    ".join(f"{p} {o}" for p, o in pairs)
        self.lines.append(f"{subject} {body} .")
        self.n += len(pairs)


def lit(text: str, lang: str | None = None) -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{esc}"@{lang}' if lang else f'"{esc}"'


def dt(date: str) -> str:
    return f'"{date}T00:00:00Z"^^xsd:dateTime'


def dec(x) -> str:
    return f'"+{x}"^^xsd:decimal'


def h(*parts) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


W = Writer()
COUNTS: dict[str, dict[str, int]] = {}


def names(qid: str, en: str, labels: dict, aliases, desc: dict) -> list[tuple[str, str]]:
    out = [("a", "wikibase:Item")]
    for lang in LANGS:
        name = en if lang == "en" else labels.get(lang)
        if name is None:
            continue
        for p in ("rdfs:label", "skos:prefLabel", "schema:name"):
            out.append((p, lit(name, lang)))
    for lang, name in labels.items():
        if lang not in LANGS:
            out += [(p, lit(name, lang)) for p in ("rdfs:label", "skos:prefLabel", "schema:name")]
    out += [("skos:altLabel", lit(a, "en")) for a in aliases]
    out += [("schema:description", lit(d, lang)) for lang, d in desc.items()]
    return out


def sitelinks(qid: str, en: str, labels: dict) -> int:
    n = 0
    for lang in ("en", "de"):
        name = en if lang == "en" else labels.get(lang)
        if name is None:
            continue
        page = f"<https://{lang}.wikipedia.org/wiki/{name.replace(' ', '_')}>"
        W.block(
            page,
            [
                ("a", "schema:Article"),
                ("schema:about", f"wd:{qid}"),
                ("schema:inLanguage", lit(lang)),
                ("schema:isPartOf", f"<https://{lang}.wikipedia.org/>"),
                ("schema:name", lit(name, lang)),
            ],
        )
        n += 1
    return n


def time_node(date: str) -> str:
    node = f"wdv:{h('time', date)}"
    if node not in SEEN_VALUES:
        SEEN_VALUES.add(node)
        W.block(
            node,
            [
                ("a", "wikibase:TimeValue"),
                ("wikibase:timeValue", dt(date)),
                ("wikibase:timePrecision", '"11"^^xsd:integer'),
                ("wikibase:timeTimezone", '"0"^^xsd:integer'),
                ("wikibase:timeCalendarModel", "wd:Q1985727"),
            ],
        )
    return node


def quantity_node(amount, unit: str | None) -> str:
    node = f"wdv:{h('quantity', amount, unit)}"
    if node not in SEEN_VALUES:
        SEEN_VALUES.add(node)
        pairs = [
            ("a", "wikibase:QuantityValue"),
            ("wikibase:quantityAmount", dec(amount)),
            ("wikibase:quantityUnit", f"wd:{unit}" if unit else "wd:Q199"),
        ]
        W.block(node, pairs)
    return node


SEEN_VALUES: set[str] = set()
STATEMENTS: list[tuple] = []  # (subject, prop, value, kind, rank, qualifiers, reference)


def claim(subject, prop, value, kind="item", rank="normal", qualifiers=(), ref=None):
    STATEMENTS.append((subject, prop, value, kind, rank, list(qualifiers), ref))


def value_terms(prop, value, kind, prefix):
    """(simple object, value-node object or None) of a value."""
    if kind == "item":
        return f"wd:{value}", None
    if kind == "time":
        return dt(value), time_node(value)
    if kind == "quantity":
        amount, unit = value
        return dec(amount), quantity_node(amount, unit)
    return lit(value), None


def reference(kind: str, subject: str) -> str:
    node = f"wdref:{h('ref', kind, subject)}"
    if node in SEEN_VALUES:
        return node
    SEEN_VALUES.add(node)
    if kind == "gnd":
        W.block(
            node,
            [
                ("a", "wikibase:Reference"),
                ("pr:P248", "wd:Q36578"),
                ("pr:P813", dt("2023-05-11")),
                ("prv:P813", time_node("2023-05-11")),
            ],
        )
    else:
        W.block(node, [("a", "wikibase:Reference"), ("pr:P143", "wd:Q328")])
    return node


def write_statements():
    best: dict[tuple[str, str], str] = {}
    for s, prop, _v, _k, rank, _q, _r in STATEMENTS:
        key = (s, prop)
        if rank == "preferred":
            best[key] = "preferred"
        elif rank == "normal":
            best.setdefault(key, "normal")
    truthy: dict[str, list[tuple[str, str]]] = {}
    per_subject: dict[str, list[tuple[str, str]]] = {}
    for s, prop, value, kind, rank, quals, ref in STATEMENTS:
        sid = f"wds:{s}-{uuid.UUID(int=RNG.getrandbits(128), version=4)}"
        simple, node = value_terms(prop, value, kind, "ps")
        is_best = rank != "deprecated" and best.get((s, prop)) == rank
        if is_best:
            truthy.setdefault(s, []).append((f"wdt:{prop}", simple))
        per_subject.setdefault(s, []).append((f"p:{prop}", sid))
        pairs = [
            ("a", "wikibase:Statement, wikibase:BestRank" if is_best else "wikibase:Statement"),
            (f"ps:{prop}", simple),
        ]
        if node:
            pairs.append((f"psv:{prop}", node))
        pairs.append(
            (
                "wikibase:rank",
                {
                    "preferred": "wikibase:PreferredRank",
                    "normal": "wikibase:NormalRank",
                    "deprecated": "wikibase:DeprecatedRank",
                }[rank],
            )
        )
        for qp, qv, qkind in quals:
            qsimple, qnode = value_terms(qp, qv, qkind, "pq")
            pairs.append((f"pq:{qp}", qsimple))
            if qnode:
                pairs.append((f"pqv:{qp}", qnode))
        if ref:
            pairs.append(("prov:wasDerivedFrom", reference(ref, s)))
        W.block(sid, pairs)
    for s in per_subject:
        W.block(f"wd:{s}", truthy.get(s, []) + per_subject[s])
        COUNTS.setdefault(s, {})["statements"] = len(per_subject[s])


def build():
    W.lines.append(
        "# Politicians and the offices they held, in Wikidata's full RDF (statements, ranks,"
    )
    W.lines.append(
        "# qualifiers, references, value nodes, site links). Made by officeholders_make.py. CC0."
    )
    for pid, (kind, en, de, aliases, desc) in PROPS.items():
        pairs = [("a", "wikibase:Property"), ("wikibase:propertyType", f"wikibase:{KINDS[kind]}")]
        for role, ns in (
            ("directClaim", "wdt"),
            ("claim", "p"),
            ("statementProperty", "ps"),
            ("statementValue", "psv"),
            ("qualifier", "pq"),
            ("qualifierValue", "pqv"),
            ("reference", "pr"),
            ("referenceValue", "prv"),
            ("novalue", "wdno"),
        ):
            pairs.append((f"wikibase:{role}", f"{ns}:{pid}"))
        for p in ("rdfs:label", "skos:prefLabel", "schema:name"):
            pairs += [(p, lit(en, "en")), (p, lit(de, "de"))]
        pairs += [("skos:altLabel", lit(a, "en")) for a in aliases]
        pairs.append(("schema:description", lit(desc, "en")))
        W.block(f"wd:{pid}", pairs)
        some = f"[ a owl:Restriction ; owl:onProperty wdt:{pid} ; owl:someValuesFrom owl:Thing ]"
        W.block(f"wdno:{pid}", [("a", "owl:Class"), ("owl:complementOf", some)])
    W.block(
        "wd:P279",
        [
            ("a", "wikibase:Property"),
            ("wikibase:propertyType", "wikibase:WikibaseItem"),
            ("wikibase:directClaim", "wdt:P279"),
            ("wikibase:claim", "p:P279"),
            ("wikibase:statementProperty", "ps:P279"),
            ("rdfs:label", lit("subclass of", "en")),
            ("skos:altLabel", lit("is a subclass of", "en")),
        ],
    )
    W.block(
        "wd:P143",
        [
            ("a", "wikibase:Property"),
            ("wikibase:propertyType", "wikibase:WikibaseItem"),
            ("wikibase:reference", "pr:P143"),
            ("rdfs:label", lit("imported from Wikimedia project", "en")),
        ],
    )
    for qid, (en, labels, aliases, desc, claims) in ITEMS.items():
        W.block(f"wd:{qid}", names(qid, en, labels, aliases, desc))
        for prop, v in claims:
            claim(qid, prop, v)
    for qid, (en, labels, aliases, juris) in POSITIONS.items():
        W.block(f"wd:{qid}", names(qid, en, labels, aliases, {"en": "public office"}))
        claim(qid, "P31", "Q4164871")
        if juris:
            claim(qid, "P1001", juris)
    for qid, (en, labels, aliases, desc, country, elevation, pops) in CITIES.items():
        W.block(f"wd:{qid}", names(qid, en, labels, aliases, {"en": desc}))
        claim(qid, "P31", "Q1549591" if pops and pops[-1][0] > 100_000 else "Q515")
        if country:
            claim(qid, "P17", country)
        claim(qid, "P2044", (elevation, "Q11573"), "quantity")
        for amount, when, rank in pops:
            quals = [("P585", when, "time")]
            if rank == "deprecated":
                quals.append(("P2241", "Q41755623", "item"))
            claim(qid, "P1082", (amount, None), "quantity", rank, quals)
    claim("Q1930", "P131", "Q84")
    claim("Q18424", "P131", "Q60")
    # offices held, both ways: the person's P39 and the city's P6
    for pos, of, holders in OFFICES:
        for i, (who, start, end, ordinal) in enumerate(holders):
            quals = [("P580", start, "time")]
            if end:
                quals.append(("P582", end, "time"))
            if of:
                quals.append(("P642", of, "item"))
            if ordinal:
                quals.append(("P1545", ordinal, "string"))
            if i > 0:
                quals.append(("P1365", holders[i - 1][0], "item"))
            if i + 1 < len(holders):
                quals.append(("P1366", holders[i + 1][0], "item"))
            claim(who, "P39", pos, "item", "normal", quals, "wiki")
            city = of or CITY_OF.get(pos)
            if city:
                rank = "preferred" if end is None else "normal"
                cq = [("P580", start, "time")] + ([("P582", end, "time")] if end else [])
                claim(city, "P6", who, "item", rank, cq)
    for qid, d in P.items():
        labels = {lang: d["en"] for lang in ("de",)} | d["labels"]
        W.block(f"wd:{qid}", names(qid, d["en"], labels, d["aliases"], d["desc"]))
        claim(qid, "P31", "Q5")
        claim(qid, "P21", d["sex"])
        for c in d["citizen"]:
            claim(qid, "P27", c)
        claim(qid, "P19", d["place"], ref="gnd")
        claim(qid, "P569", d["born"], "time", ref="gnd")
        if d["died"]:
            claim(qid, "P570", d["died"], "time", ref="gnd")
        if d["death_place"]:
            claim(qid, "P20", d["death_place"])
        for party, start, end in d["parties"]:
            quals = [("P580", start, "time")] + ([("P582", end, "time")] if end else [])
            claim(qid, "P102", party, "item", "normal", quals)
        for spouse, start, end in d["spouses"]:
            quals = [("P580", start, "time")] + ([("P582", end, "time")] if end else [])
            claim(qid, "P26", spouse, "item", "normal", quals)
        for school in d["schools"]:
            claim(qid, "P69", school)
        if d["given"]:
            claim(qid, "P735", d["given"])
        if d["viaf"]:
            claim(qid, "P214", d["viaf"], "string")
        if d["freebase"]:
            claim(qid, "P646", d["freebase"], "string")
        if d["height"]:
            claim(qid, "P2048", (d["height"], "Q11573"), "quantity")
        for prop, value, reason in d["deprecated"]:
            kind = "time" if prop == "P569" else "item"
            claim(qid, prop, value, kind, "deprecated", [("P2241", reason, "item")])
    write_statements()
    # the dump's bookkeeping per item, and site links
    all_items = {
        **{q: (v[0], v[1]) for q, v in ITEMS.items()},
        **{q: (v[0], v[1]) for q, v in POSITIONS.items()},
        **{q: (v[0], v[1]) for q, v in CITIES.items()},
        **{q: (d["en"], d["labels"]) for q, d in P.items()},
    }
    for qid, (en, labels) in all_items.items():
        links = sitelinks(qid, en, labels if qid not in P else {"de": en} | labels)
        W.block(
            f"wd:{qid}",
            [
                ("schema:version", f'"{RNG.randrange(1_000_000_000, 2_300_000_000)}"^^xsd:integer'),
                (
                    "schema:dateModified",
                    f'"2024-{RNG.randrange(1, 13):02d}-{RNG.randrange(1, 29):02d}T{RNG.randrange(24):02d}:{RNG.randrange(60):02d}:{RNG.randrange(60):02d}Z"^^xsd:dateTime',
                ),
                ("wikibase:sitelinks", f'"{links + RNG.randrange(0, 200)}"^^xsd:integer'),
                (
                    "wikibase:statements",
                    f'"{COUNTS.get(qid, {}).get("statements", 0)}"^^xsd:integer',
                ),
                ("wikibase:identifiers", f'"{RNG.randrange(0, 80)}"^^xsd:integer'),
            ],
        )


def main() -> None:
    build()
    out = HERE / "officeholders.ttl"
    out.write_text(PREFIXES + "\n" + "\n".join(W.lines) + "\n", encoding="utf-8")
    print(f"{out}: {W.n} triples, {out.stat().st_size // 1024} KiB, {len(P)} people")


if __name__ == "__main__":
    main()
