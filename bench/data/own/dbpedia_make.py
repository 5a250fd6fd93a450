# ruff: noqa: E501  (data tables: one resource a line reads better than wrapped strings)
"""Write ``dbpedia/companies.ttl`` and ``dbpedia/dbpedia_ontology.owl``: a DBpedia subset as a
user extracts it (a SPARQL ``CONSTRUCT`` over dbpedia.org saved as Turtle, beside the part of the
DBpedia ontology it uses, downloaded as RDF/XML).

The subset is about European companies (cars, chemicals, electronics, retail), their founders and
key people, the cities and countries they are in and the universities the founders went to. It
keeps the real data's shape and quirks:

- ``dbr:`` IRIs with underscores, parentheses and percent-encoding (``dbr:K%C3%B6ln``,
  ``dbr:Louis_Renault_(industrialist)``, ``dbr:Benz_%26_Cie.``, ``dbr:Billund,_Denmark``);
- ``rdfs:label`` in up to six languages (en, de, fr, it, es, nl, plus sv/fi/cs where local), an
  English ``foaf:name`` that may differ from the label ("Mercedes-Benz Group AG");
- ``dbo:`` ontology properties beside the raw infobox ``dbp:`` properties that repeat them under
  other names, as literals or resources (``dbp:birthPlace "Schorndorf, Kingdom of Württemberg"@en``
  beside ``dbo:birthPlace dbr:Schorndorf``; ``dbp:hqLocationCity``, ``dbp:keyPeople`` "Roland
  Busch (President & CEO)", ``dbp:numEmployees``, ``dbp:children`` as a count);
- ``dbo:abstract`` (en, de) and ``rdfs:comment`` long literals restating the facts;
- ``rdf:type`` to several ``dbo:`` classes, ``schema:``, ``dul:``, Wikidata classes, YAGO
  ``Wikicat`` classes and ``owl:Thing``;
- ``dct:subject`` to ``dbc:`` SKOS category resources (labelled, with ``skos:broader``);
- ``owl:sameAs`` to Wikidata and other-language DBpedia IRIs with no data;
- ``dbo:wikiPageRedirects`` pages whose label is an alias of the target ("VW", "Daimler AG",
  "Adi Dassler", "Köln") and ``dbo:wikiPageDisambiguates`` pages ("Louis Renault", "Bosch");
- typed literals: ``xsd:date``, ``xsd:gYear``, ``xsd:nonNegativeInteger``, ``xsd:double``,
  ``dbt:euro``, ``dbt:squareKilometre`` (``dbo:areaTotal`` in m² beside the km² figure);
- ``dbo:wikiPageWikiLink`` noise edges (to related resources, random ones and unlabelled topics),
  ``dbo:wikiPageID``/``wikiPageRevisionID``/``wikiPageLength``, ``foaf:isPrimaryTopicOf``,
  ``prov:wasDerivedFrom``, ``dbo:thumbnail``, ``dbp:wikiPageUsesTemplate``.

Facts are public facts written from memory (not checked against DBpedia); answers are computed
from these files (``dbpedia_answers.py``). Stdlib + rdflib, seeded.
Run from the repository root: ``python bench/data/own/dbpedia_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

HERE = Path(__file__).parent / "dbpedia"
DBR = Namespace("http://dbpedia.org/resource/")
DBO = Namespace("http://dbpedia.org/ontology/")
DBP = Namespace("http://dbpedia.org/property/")
DBC = Namespace("http://dbpedia.org/resource/Category:")
DBT = Namespace("http://dbpedia.org/datatype/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
DCT = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
SCHEMA = Namespace("http://schema.org/")
DUL = Namespace("http://www.ontologydesignpatterns.org/ont/dul/DUL.owl#")
WD = Namespace("http://www.wikidata.org/entity/")
YAGO = Namespace("http://dbpedia.org/class/yago/")


def res(name: str) -> URIRef:
    """DBpedia's IRI of a Wikipedia title: spaces to underscores, non-ASCII and '&' encoded."""
    return DBR[quote(name.replace(" ", "_"), safe="_(),.'-:")]


# ----------------------------------------------------------------------------- countries
# id: (labels by language, capital, currency, population, wikidata id, demonym)
COUNTRIES = {
    "Germany": ({"de": "Deutschland", "fr": "Allemagne", "it": "Germania", "es": "Alemania", "nl": "Duitsland"}, "Berlin", "Euro", 84358845, "Q183", "German"),
    "France": ({"de": "Frankreich", "fr": "France", "it": "Francia", "es": "Francia", "nl": "Frankrijk"}, "Paris", "Euro", 68042591, "Q142", "French"),
    "Italy": ({"de": "Italien", "fr": "Italie", "it": "Italia", "es": "Italia", "nl": "Italië"}, "Rome", "Euro", 58850717, "Q38", "Italian"),
    "Sweden": ({"de": "Schweden", "fr": "Suède", "it": "Svezia", "sv": "Sverige", "nl": "Zweden"}, "Stockholm", "Swedish krona", 10551707, "Q34", "Swedish"),
    "Finland": ({"de": "Finnland", "fr": "Finlande", "it": "Finlandia", "fi": "Suomi", "nl": "Finland"}, "Helsinki", "Euro", 5603851, "Q33", "Finnish"),
    "Netherlands": ({"de": "Niederlande", "fr": "Pays-Bas", "it": "Paesi Bassi", "nl": "Nederland", "es": "Países Bajos"}, "Amsterdam", "Euro", 17942942, "Q55", "Dutch"),
    "Switzerland": ({"de": "Schweiz", "fr": "Suisse", "it": "Svizzera", "es": "Suiza", "nl": "Zwitserland"}, "Bern", "Swiss franc", 8902308, "Q39", "Swiss"),
    "Denmark": ({"de": "Dänemark", "fr": "Danemark", "it": "Danimarca", "es": "Dinamarca", "nl": "Denemarken"}, "Copenhagen", "Danish krone", 5946952, "Q35", "Danish"),
    "Czech Republic": ({"de": "Tschechien", "fr": "Tchéquie", "it": "Repubblica Ceca", "cs": "Česko", "nl": "Tsjechië"}, "Prague", "Czech koruna", 10827529, "Q213", "Czech"),
    "Austria": ({"de": "Österreich", "fr": "Autriche", "it": "Austria", "es": "Austria", "nl": "Oostenrijk"}, "Vienna", "Euro", 9104772, "Q40", "Austrian"),
    "United Kingdom": ({"de": "Vereinigtes Königreich", "fr": "Royaume-Uni", "it": "Regno Unito", "es": "Reino Unido", "nl": "Verenigd Koninkrijk"}, "London", "Pound sterling", 67596281, "Q145", "British"),
}  # fmt: skip

# ----------------------------------------------------------------------------- places
# id: (other labels, country, dbo class, population, area km², region) -- None where unknown
PLACES = {
    "Berlin": ({"de": "Berlin", "fr": "Berlin", "it": "Berlino"}, "Germany", "City", 3878100, 891.3, None),
    "Munich": ({"de": "München", "fr": "Munich", "it": "Monaco di Baviera", "es": "Múnich"}, "Germany", "City", 1512491, 310.43, "Bavaria"),
    "Stuttgart": ({"de": "Stuttgart", "fr": "Stuttgart", "it": "Stoccarda"}, "Germany", "City", 632865, 207.35, "Baden-Württemberg"),
    "Cologne": ({"de": "Köln", "fr": "Cologne", "it": "Colonia", "es": "Colonia"}, "Germany", "City", 1084831, 405.02, "North Rhine-Westphalia"),
    "Wolfsburg": ({"de": "Wolfsburg", "fr": "Wolfsburg"}, "Germany", "City", 125664, 204.61, "Lower Saxony"),
    "Ingolstadt": ({"de": "Ingolstadt"}, "Germany", "City", 142308, 133.35, "Bavaria"),
    "Zwickau": ({"de": "Zwickau"}, "Germany", "Town", 87516, 102.54, "Saxony"),
    "Mannheim": ({"de": "Mannheim", "it": "Mannheim"}, "Germany", "City", 315554, 144.96, "Baden-Württemberg"),
    "Ludwigshafen": ({"de": "Ludwigshafen am Rhein"}, "Germany", "City", 172557, 77.43, "Rhineland-Palatinate"),
    "Leverkusen": ({"de": "Leverkusen"}, "Germany", "City", 167453, 78.87, "North Rhine-Westphalia"),
    "Herzogenaurach": ({"de": "Herzogenaurach"}, "Germany", "Town", 23798, 48.51, "Bavaria"),
    "Gerlingen": ({"de": "Gerlingen"}, "Germany", "Town", 19767, 17.16, "Baden-Württemberg"),
    "Walldorf": ({"de": "Walldorf"}, "Germany", "Town", 15839, 19.89, "Baden-Württemberg"),
    "Weinheim": ({"de": "Weinheim"}, "Germany", "Town", 45284, 58.11, "Baden-Württemberg"),
    "Heidelberg": ({"de": "Heidelberg"}, "Germany", "City", 162273, 108.83, "Baden-Württemberg"),
    "Freiburg im Breisgau": ({"de": "Freiburg im Breisgau", "fr": "Fribourg-en-Brisgau"}, "Germany", "City", 236140, 153.07, "Baden-Württemberg"),
    "Karlsruhe": ({"de": "Karlsruhe"}, "Germany", "City", 308436, 173.46, "Baden-Württemberg"),
    "Mühlburg": ({"de": "Mühlburg"}, "Germany", "Village", None, None, "Baden-Württemberg"),
    "Ladenburg": ({"de": "Ladenburg"}, "Germany", "Town", 11897, 19.03, "Baden-Württemberg"),
    "Pforzheim": ({"de": "Pforzheim"}, "Germany", "City", 126016, 97.8, "Baden-Württemberg"),
    "Schorndorf": ({"de": "Schorndorf"}, "Germany", "Town", 39814, 56.84, "Baden-Württemberg"),
    "Bad Cannstatt": ({"de": "Bad Cannstatt"}, "Germany", "Village", 71000, 15.71, "Baden-Württemberg"),
    "Heilbronn": ({"de": "Heilbronn"}, "Germany", "City", 126592, 99.88, "Baden-Württemberg"),
    "Friedrichshafen": ({"de": "Friedrichshafen"}, "Germany", "Town", 61221, 69.91, "Baden-Württemberg"),
    "Lenthe": ({"de": "Lenthe"}, "Germany", "Village", None, None, "Lower Saxony"),
    "Hamburg": ({"de": "Hamburg", "fr": "Hambourg", "it": "Amburgo"}, "Germany", "City", 1945532, 755.22, None),
    "Ehingen": ({"de": "Ehingen (Donau)"}, "Germany", "Town", 26413, 113.84, "Baden-Württemberg"),
    "Winningen": ({"de": "Winningen"}, "Germany", "Village", 2381, 17.07, "Rhineland-Palatinate"),
    "Münchberg": ({"de": "Münchberg"}, "Germany", "Town", 10036, 63.9, "Bavaria"),
    "Albeck": ({"de": "Albeck (Langenau)"}, "Germany", "Village", None, None, "Baden-Württemberg"),
    "Barmen": ({"de": "Barmen"}, "Germany", "Village", None, None, "North Rhine-Westphalia"),
    "Würzburg": ({"de": "Würzburg", "fr": "Wurtzbourg"}, "Germany", "City", 127934, 87.63, "Bavaria"),
    "Frankfurt": ({"de": "Frankfurt am Main", "fr": "Francfort-sur-le-Main", "it": "Francoforte sul Meno"}, "Germany", "City", 773068, 248.31, "Hesse"),
    "Erlangen": ({"de": "Erlangen"}, "Germany", "City", 116062, 76.95, "Bavaria"),
    "Braunschweig": ({"de": "Braunschweig", "fr": "Brunswick"}, "Germany", "City", 251804, 192.7, "Lower Saxony"),
    "Rosenheim": ({"de": "Rosenheim"}, "Germany", "Town", 64900, 37.22, "Bavaria"),
    "Bissingen an der Enz": ({"de": "Bissingen an der Enz"}, "Germany", "Village", None, None, "Baden-Württemberg"),
    "Paris": ({"de": "Paris", "fr": "Paris", "it": "Parigi", "es": "París"}, "France", "City", 2102650, 105.4, "Île-de-France"),
    "Boulogne-Billancourt": ({"fr": "Boulogne-Billancourt"}, "France", "Town", 121334, 6.17, "Île-de-France"),
    "Poissy": ({"fr": "Poissy"}, "France", "Town", 38085, 13.2, "Île-de-France"),
    "Clermont-Ferrand": ({"fr": "Clermont-Ferrand"}, "France", "City", 147284, 42.67, "Auvergne-Rhône-Alpes"),
    "Autun": ({"fr": "Autun"}, "France", "Town", 12936, 61.47, "Bourgogne-Franche-Comté"),
    "Barbizon": ({"fr": "Barbizon"}, "France", "Village", 1228, 5.47, "Île-de-France"),
    "Orcines": ({"fr": "Orcines"}, "France", "Village", 3426, 38.52, "Auvergne-Rhône-Alpes"),
    "Palaiseau": ({"fr": "Palaiseau"}, "France", "Town", 35956, 11.62, "Île-de-France"),
    "Turin": ({"de": "Turin", "fr": "Turin", "it": "Torino", "es": "Turín"}, "Italy", "City", 841600, 130.01, "Piedmont"),
    "Rome": ({"de": "Rom", "fr": "Rome", "it": "Roma", "es": "Roma"}, "Italy", "City", 2746984, 1285.0, "Lazio"),
    "Modena": ({"it": "Modena", "fr": "Modène"}, "Italy", "City", 184739, 183.19, "Emilia-Romagna"),
    "Maranello": ({"it": "Maranello"}, "Italy", "Town", 17504, 32.5, "Emilia-Romagna"),
    "Sant'Agata Bolognese": ({"it": "Sant'Agata Bolognese"}, "Italy", "Village", 7334, 34.99, "Emilia-Romagna"),
    "Renazzo": ({"it": "Renazzo"}, "Italy", "Village", None, None, "Emilia-Romagna"),
    "Perugia": ({"it": "Perugia", "fr": "Pérouse"}, "Italy", "City", 162467, 449.51, "Umbria"),
    "Villar Perosa": ({"it": "Villar Perosa"}, "Italy", "Village", 4045, 11.43, "Piedmont"),
    "Trieste": ({"de": "Triest", "it": "Trieste"}, "Italy", "City", 198668, 85.11, "Friuli-Venezia Giulia"),
    "Stockholm": ({"de": "Stockholm", "fr": "Stockholm", "sv": "Stockholm", "it": "Stoccolma"}, "Sweden", "City", 984748, 188.0, None),
    "Gothenburg": ({"de": "Göteborg", "fr": "Göteborg", "sv": "Göteborg", "it": "Göteborg"}, "Sweden", "City", 604616, 447.76, None),
    "Älmhult": ({"sv": "Älmhult"}, "Sweden", "Town", 9995, 8.93, None),
    "Borås": ({"sv": "Borås"}, "Sweden", "Town", 75000, 41.5, None),
    "Västerås": ({"sv": "Västerås"}, "Sweden", "City", 128660, 56.22, None),
    "Västervik": ({"sv": "Västervik"}, "Sweden", "Town", 21140, 14.0, None),
    "Värmskog": ({"sv": "Värmskog"}, "Sweden", "Village", None, None, None),
    "Botkyrka": ({"sv": "Botkyrka"}, "Sweden", "Town", 95000, 194.0, None),
    "Korsberga": ({"sv": "Korsberga"}, "Sweden", "Village", None, None, None),
    "Vintrosa": ({"sv": "Vintrosa"}, "Sweden", "Village", None, None, None),
    "Pjätteryd": ({"sv": "Pjätteryd"}, "Sweden", "Village", None, None, None),
    "Liatorp": ({"sv": "Liatorp"}, "Sweden", "Village", None, None, None),
    "Helsinki": ({"de": "Helsinki", "fr": "Helsinki", "fi": "Helsinki", "sv": "Helsingfors"}, "Finland", "City", 674963, 715.48, None),
    "Espoo": ({"fi": "Espoo", "sv": "Esbo"}, "Finland", "City", 305274, 528.03, None),
    "Tampere": ({"fi": "Tampere", "sv": "Tammerfors"}, "Finland", "City", 255050, 689.59, None),
    "Kauniainen": ({"fi": "Kauniainen", "sv": "Grankulla"}, "Finland", "Town", 10201, 6.0, None),
    "Hamina": ({"fi": "Hamina", "sv": "Fredrikshamn"}, "Finland", "Town", 19341, 1155.0, None),
    "Amsterdam": ({"de": "Amsterdam", "fr": "Amsterdam", "nl": "Amsterdam"}, "Netherlands", "City", 921402, 219.32, None),
    "Eindhoven": ({"nl": "Eindhoven"}, "Netherlands", "City", 238326, 88.92, None),
    "Delft": ({"nl": "Delft"}, "Netherlands", "City", 104468, 24.06, None),
    "Zaltbommel": ({"nl": "Zaltbommel"}, "Netherlands", "Town", 29538, 84.44, None),
    "The Hague": ({"de": "Den Haag", "fr": "La Haye", "nl": "Den Haag"}, "Netherlands", "City", 552995, 98.13, None),
    "Vevey": ({"fr": "Vevey", "de": "Vevey"}, "Switzerland", "Town", 19827, 2.38, None),
    "Glion": ({"fr": "Glion"}, "Switzerland", "Village", None, None, None),
    "Zürich": ({"de": "Zürich", "fr": "Zurich", "it": "Zurigo"}, "Switzerland", "City", 443037, 87.88, None),
    "Bern": ({"de": "Bern", "fr": "Berne", "it": "Berna"}, "Switzerland", "City", 134794, 51.62, None),
    "Copenhagen": ({"de": "Kopenhagen", "fr": "Copenhague", "it": "Copenaghen"}, "Denmark", "City", 660842, 88.25, None),
    "Billund, Denmark": ({"de": "Billund"}, "Denmark", "Town", 6734, 5.4, None),
    "Filskov": ({"de": "Filskov"}, "Denmark", "Village", None, None, None),
    "Prague": ({"de": "Prag", "fr": "Prague", "cs": "Praha"}, "Czech Republic", "City", 1357326, 496.21, None),
    "Mladá Boleslav": ({"de": "Jungbunzlau", "cs": "Mladá Boleslav"}, "Czech Republic", "Town", 48449, 28.91, None),
    "Lomnice nad Popelkou": ({"cs": "Lomnice nad Popelkou"}, "Czech Republic", "Village", 5598, 22.58, None),
    "Velvary": ({"cs": "Velvary"}, "Czech Republic", "Village", 3246, 20.74, None),
    "Vratislavice nad Nisou": ({"de": "Maffersdorf", "cs": "Vratislavice nad Nisou"}, "Czech Republic", "Village", 8000, 11.0, None),
    "Vienna": ({"de": "Wien", "fr": "Vienne", "it": "Vienna"}, "Austria", "City", 1982097, 414.78, None),
    "Wiener Neustadt": ({"de": "Wiener Neustadt"}, "Austria", "City", 47482, 60.94, None),
    "Zell am See": ({"de": "Zell am See"}, "Austria", "Town", 10047, 55.2, None),
    "London": ({"de": "London", "fr": "Londres", "it": "Londra"}, "United Kingdom", "City", 8866180, 1572.0, None),
    "Crewe": ({"de": "Crewe"}, "United Kingdom", "Town", 55318, 17.0, None),
}  # fmt: skip
REGIONS = ["Bavaria", "Baden-Württemberg", "North Rhine-Westphalia", "Lower Saxony", "Saxony", "Rhineland-Palatinate", "Hesse", "Île-de-France", "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Piedmont", "Lazio", "Emilia-Romagna", "Umbria", "Friuli-Venezia Giulia"]  # fmt: skip
# city: (mayor, their dbp:leaderTitle)
MAYORS = {"Munich": "Dieter Reiter", "Stuttgart": "Frank Nopper", "Paris": "Anne Hidalgo", "Turin": "Stefano Lo Russo", "Berlin": "Kai Wegner", "Cologne": "Henriette Reker", "Stockholm": "Karin Wanngård"}  # fmt: skip

# ----------------------------------------------------------------------------- universities
# id: (other labels, city, founded, students)
UNIVERSITIES = {
    "Karlsruhe Institute of Technology": ({"de": "Karlsruher Institut für Technologie", "fr": "Institut de technologie de Karlsruhe"}, "Karlsruhe", 1825, 22300),
    "University of Stuttgart": ({"de": "Universität Stuttgart", "fr": "Université de Stuttgart"}, "Stuttgart", 1829, 23000),
    "Technical University of Munich": ({"de": "Technische Universität München", "fr": "Université technique de Munich"}, "Munich", 1868, 52931),
    "KTH Royal Institute of Technology": ({"sv": "Kungliga Tekniska högskolan", "de": "Königliche Technische Hochschule"}, "Stockholm", 1827, 13500),
    "Chalmers University of Technology": ({"sv": "Chalmers tekniska högskola"}, "Gothenburg", 1829, 10000),
    "Delft University of Technology": ({"nl": "Technische Universiteit Delft", "de": "Technische Universiteit Delft"}, "Delft", 1842, 26000),
    "École Polytechnique": ({"fr": "École polytechnique", "de": "École polytechnique"}, "Palaiseau", 1794, 3000),
    "ETH Zurich": ({"de": "ETH Zürich", "fr": "École polytechnique fédérale de Zurich", "it": "Politecnico federale di Zurigo"}, "Zürich", 1855, 24534),
}  # fmt: skip

# ----------------------------------------------------------------------------- people
# id: (birth date, birth place, death date, death place, dbp birth-place text, occupation, alma mater, dbp nationality or dbo country)
PEOPLE = {
    "Werner von Siemens": ("1816-12-13", "Lenthe", "1892-12-06", "Berlin", "Lenthe, Kingdom of Hanover", "Inventor, industrialist", None, "German"),
    "Johann Georg Halske": ("1814-07-30", "Hamburg", "1890-03-18", "Berlin", "Hamburg", "Mechanic, industrialist", None, "German"),
    "Karl Rapp": ("1882-09-24", "Ehingen", "1962-05-26", "Munich", "Ehingen, Kingdom of Württemberg", "Engineer", None, "German"),
    "Camillo Castiglioni": ("1879-10-22", "Trieste", "1957-12-18", "Rome", "Trieste, Austria-Hungary", "Financier", None, "Italy"),
    "Franz Josef Popp": ("1886-01-14", "Vienna", "1954-07-29", "Stuttgart", "Vienna, Austria-Hungary", "Engineer", None, "Austria"),
    "Gottlieb Daimler": ("1834-03-17", "Schorndorf", "1900-03-06", "Bad Cannstatt", "Schorndorf, Kingdom of Württemberg", "Engineer, industrial designer, industrialist", "University of Stuttgart", "German"),
    "Carl Benz": ("1844-11-25", "Mühlburg", "1929-04-04", "Ladenburg", "Mühlburg, Grand Duchy of Baden", "Engine designer, automotive engineer", "Karlsruhe Institute of Technology", "German"),
    "Bertha Benz": ("1849-05-03", "Pforzheim", "1944-05-05", "Ladenburg", "Pforzheim, Grand Duchy of Baden", "Automotive pioneer", None, "German"),
    "Wilhelm Maybach": ("1846-02-09", "Heilbronn", "1929-12-29", "Stuttgart", "Heilbronn, Kingdom of Württemberg", "Engine designer, industrialist", None, "German"),
    "Karl Maybach": ("1879-07-06", "Cologne", "1960-01-06", "Friedrichshafen", "Köln, Rhine Province", "Engineer, industrialist", None, "German"),
    "Ferdinand Porsche": ("1875-09-03", "Vratislavice nad Nisou", "1951-01-30", "Stuttgart", "Maffersdorf, Bohemia, Austria-Hungary", "Automotive engineer", None, "Austria"),
    "Ferry Porsche": ("1909-09-19", "Wiener Neustadt", "1998-03-27", "Zell am See", "Wiener Neustadt, Austria-Hungary", "Automotive engineer, businessman", None, "Austria"),
    "Ferdinand Piëch": ("1937-04-17", "Vienna", "2019-08-25", "Rosenheim", "Vienna, Austria", "Engineer, business executive", "ETH Zurich", "Austria"),
    "August Horch": ("1868-10-12", "Winningen", "1951-02-03", "Münchberg", "Winningen, Rhine Province", "Engineer", None, "German"),
    "Václav Laurin": ("1865-09-27", "Lomnice nad Popelkou", "1930-12-04", "Mladá Boleslav", "Lomnice nad Popelkou, Bohemia", "Mechanic, industrialist", None, "Czech"),
    "Václav Klement": ("1868-10-16", "Velvary", "1938-08-13", "Mladá Boleslav", "Velvary, Bohemia", "Bookseller, industrialist", None, "Czech"),
    "Ferruccio Lamborghini": ("1916-04-28", "Renazzo", "1993-02-20", "Perugia", "Renazzo di Cento, Italy", "Industrialist", None, "Italian"),
    "Enzo Ferrari": ("1898-02-18", "Modena", "1988-08-14", "Maranello", "Modena, Kingdom of Italy", "Racing driver, entrepreneur", None, "Italian"),
    "Giovanni Agnelli": ("1866-08-13", "Villar Perosa", "1945-12-16", "Turin", "Villar Perosa, Kingdom of Italy", "Industrialist, senator", None, "Italian"),
    "Louis Renault (industrialist)": ("1877-02-12", "Paris", "1944-10-24", "Paris", "Paris, France", "Industrialist", None, "French"),
    "Marcel Renault": ("1872-05-14", "Paris", "1903-05-26", "Poissy", "Paris", "Racing driver, industrialist", None, "French"),
    "Fernand Renault": ("1865-12-28", "Paris", "1909-03-22", "Paris", "Paris", "Industrialist", None, "French"),
    "Louis Renault (jurist)": ("1843-05-21", "Autun", "1918-02-08", "Barbizon", "Autun, France", "Jurist, professor", None, "French"),
    "André Citroën": ("1878-02-05", "Paris", "1935-07-03", "Paris", "Paris, France", "Engineer, industrialist", "École Polytechnique", "French"),
    "André Michelin": ("1853-01-16", "Paris", "1931-04-04", "Paris", "Paris, France", "Industrialist", "École Polytechnique", "French"),
    "Édouard Michelin": ("1859-06-23", "Clermont-Ferrand", "1940-08-25", "Orcines", "Clermont-Ferrand, France", "Industrialist, painter", None, "French"),
    "Robert Bosch": ("1861-09-23", "Albeck", "1942-03-12", "Stuttgart", "Albeck near Ulm, Kingdom of Württemberg", "Industrialist, engineer, inventor", None, "German"),
    "Adolf Dassler": ("1900-11-03", "Herzogenaurach", "1978-09-06", "Herzogenaurach", "Herzogenaurach, Bavaria", "Cobbler, entrepreneur", None, "German"),
    "Rudolf Dassler": ("1898-03-26", "Herzogenaurach", "1974-10-27", "Herzogenaurach", "Herzogenaurach, Bavaria", "Entrepreneur", None, "German"),
    "Friedrich Bayer": ("1825-06-06", "Barmen", "1880-05-06", "Würzburg", "Barmen, Prussia", "Chemist, businessman", None, "German"),
    "Johann Friedrich Weskott": ("1821-01-03", "Barmen", "1876-06-12", "Barmen", "Barmen", "Dyer, businessman", None, "German"),
    "Friedrich Engelhorn": ("1821-07-17", "Mannheim", "1902-03-11", "Mannheim", "Mannheim, Grand Duchy of Baden", "Entrepreneur", None, "German"),
    "Dietmar Hopp": ("1940-04-26", "Heidelberg", None, None, "Heidelberg, Germany", "Entrepreneur, philanthropist", "Karlsruhe Institute of Technology", "German"),
    "Hasso Plattner": ("1944-01-21", "Berlin", None, None, "Berlin, Germany", "Businessman", "Karlsruhe Institute of Technology", "German"),
    "Klaus Tschira": ("1940-12-07", "Freiburg im Breisgau", "2015-03-31", "Heidelberg", "Freiburg, Germany", "Entrepreneur", "Karlsruhe Institute of Technology", "German"),
    "Claus Wellenreuther": ("1935-03-14", None, None, None, None, "Entrepreneur", None, "German"),
    "Hans-Werner Hector": ("1940-02-23", None, None, None, None, "Entrepreneur", None, "German"),
    "Gerard Philips": ("1858-10-09", "Zaltbommel", "1942-01-25", "The Hague", "Zaltbommel, Netherlands", "Industrialist", "Delft University of Technology", "Dutch"),
    "Frederik Philips": ("1830-12-01", "Zaltbommel", "1900-06-12", "Zaltbommel", "Zaltbommel", "Banker, tobacco merchant", None, "Dutch"),
    "Fredrik Idestam": ("1838-10-28", "Kauniainen", "1916-09-08", "Helsinki", "Grankulla, Grand Duchy of Finland", "Mining engineer, businessman", None, "Finnish"),
    "Leo Mechelin": ("1839-11-24", "Hamina", "1914-01-26", "Helsinki", "Fredrikshamn, Grand Duchy of Finland", "Politician, senator", None, "Finnish"),
    "Lars Magnus Ericsson": ("1846-05-05", "Värmskog", "1926-12-17", "Botkyrka", "Värmskog, Värmland, Sweden", "Inventor, entrepreneur", None, "Swedish"),
    "Assar Gabrielsson": ("1891-08-13", "Korsberga", "1962-05-28", "Gothenburg", "Korsberga, Skaraborg, Sweden", "Economist, industrialist", None, "Swedish"),
    "Gustaf Larson": ("1887-07-08", "Vintrosa", "1968-03-04", "Gothenburg", "Vintrosa, Örebro, Sweden", "Engineer", "KTH Royal Institute of Technology", "Swedish"),
    "Ingvar Kamprad": ("1926-03-30", "Pjätteryd", "2018-01-27", "Liatorp", "Pjätteryd, Sweden", "Businessman", None, "Swedish"),
    "Daniel Ek": ("1983-02-21", "Stockholm", None, None, "Stockholm, Sweden", "Entrepreneur, technologist", "KTH Royal Institute of Technology", "Swedish"),
    "Martin Lorentzon": ("1969-04-12", "Borås", None, None, "Borås, Sweden", "Entrepreneur", "Chalmers University of Technology", "Swedish"),
    "Erling Persson": ("1917-01-21", "Borås", "2002-10-28", "Stockholm", "Borås, Sweden", "Businessman", None, "Swedish"),
    "Ole Kirk Christiansen": ("1891-04-07", "Filskov", "1958-03-11", "Billund, Denmark", "Filskov, Denmark", "Carpenter, businessman", None, "Danish"),
    "Godtfred Kirk Christiansen": ("1920-07-08", "Billund, Denmark", "1995-07-13", "Billund, Denmark", "Billund, Denmark", "Businessman", None, "Danish"),
    "Henri Nestlé": ("1814-08-10", "Frankfurt", "1890-07-07", "Glion", "Frankfurt am Main, Free City of Frankfurt", "Confectioner, pharmacist", None, "Swiss"),
    "Roland Busch": ("1964-11-22", "Erlangen", None, None, "Erlangen, West Germany", "Business executive", None, "German"),
    "Jim Hagemann Snabe": ("1965-10-27", "Copenhagen", None, None, "Copenhagen, Denmark", "Business executive", None, "Danish"),
    "Oliver Zipse": ("1964-02-07", "Heidelberg", None, None, "Heidelberg, West Germany", "Business executive", None, "German"),
    "Norbert Reithofer": ("1956-05-29", "Penzberg", None, None, "Penzberg, West Germany", "Business executive", "Technical University of Munich", "German"),
    "Ola Källenius": ("1969-06-11", "Västervik", None, None, "Västervik, Sweden", "Business executive", None, "Swedish"),
    "Oliver Blume": ("1968-06-06", "Braunschweig", None, None, "Braunschweig, West Germany", "Business executive, engineer", None, "German"),
    "Hans Dieter Pötsch": ("1951-03-28", "Traun", None, None, "Traun, Austria", "Business executive", None, "Austria"),
    "Gernot Döllner": ("1969-01-01", None, None, None, None, "Business executive", None, "German"),
    "John Elkann": ("1976-04-01", "New York City", None, None, "New York City, U.S.", "Businessman", None, "Italian"),
    "Benedetto Vigna": ("1969-04-10", "Potenza", None, None, "Potenza, Italy", "Business executive", None, "Italian"),
    "Luca de Meo": ("1967-06-13", "Milan", None, None, "Milan, Italy", "Business executive", None, "Italian"),
    "Stefan Hartung": ("1966-03-10", None, None, None, None, "Business executive", None, "German"),
    "Bjørn Gulden": ("1965-01-14", "Bergen", None, None, "Bergen, Norway", "Business executive, footballer", None, "Norwegian"),
    "Arne Freundt": ("1980-01-01", None, None, None, None, "Business executive", None, "German"),
    "Bill Anderson (businessman)": ("1966-01-01", None, None, None, None, "Business executive", None, "American"),
    "Martin Brudermüller": ("1961-09-05", "Stuttgart", None, None, "Stuttgart, West Germany", "Chemist, business executive", "Karlsruhe Institute of Technology", "German"),
    "Christian Klein (businessman)": ("1980-05-04", "Mannheim", None, None, "Mannheim, West Germany", "Business executive", None, "German"),
    "Roy Jakobs": ("1974-01-01", None, None, None, None, "Business executive", None, "Dutch"),
    "Pekka Lundmark": ("1963-10-27", "Helsinki", None, None, "Helsinki, Finland", "Business executive", None, "Finnish"),
    "Börje Ekholm": ("1963-06-07", "Stockholm", None, None, "Stockholm, Sweden", "Business executive", "KTH Royal Institute of Technology", "Swedish"),
    "Martin Lundstedt": ("1967-08-04", None, None, None, None, "Business executive", "Chalmers University of Technology", "Swedish"),
    "Jesper Brodin": ("1969-04-18", None, None, None, None, "Business executive", None, "Swedish"),
    "Daniel Ervér": ("1982-01-01", None, None, None, None, "Business executive", None, "Swedish"),
    "Niels B. Christiansen": ("1966-05-18", None, None, None, None, "Business executive", None, "Danish"),
    "Laurent Freixe": ("1962-03-06", "Paris", None, None, "Paris, France", "Business executive", None, "French"),
    "Florent Menegaux": ("1962-06-21", None, None, None, None, "Business executive", None, "French"),
    "Thierry Koskas": ("1966-01-01", None, None, None, None, "Business executive", None, "French"),
}  # fmt: skip
# dbo:relative / dbo:child / dbo:spouse (source, property, target)
FAMILY = [
    ("Carl Benz", "spouse", "Bertha Benz"), ("Bertha Benz", "spouse", "Carl Benz"),
    ("Wilhelm Maybach", "child", "Karl Maybach"), ("Karl Maybach", "parent", "Wilhelm Maybach"),
    ("Ferdinand Porsche", "child", "Ferry Porsche"), ("Ferry Porsche", "parent", "Ferdinand Porsche"),
    ("Ferdinand Porsche", "relative", "Ferdinand Piëch"), ("Ferdinand Piëch", "relative", "Ferdinand Porsche"),
    ("Adolf Dassler", "relative", "Rudolf Dassler"), ("Rudolf Dassler", "relative", "Adolf Dassler"),
    ("Ole Kirk Christiansen", "child", "Godtfred Kirk Christiansen"),
    ("Gerard Philips", "parent", "Frederik Philips"), ("Frederik Philips", "child", "Gerard Philips"),
    ("Louis Renault (industrialist)", "relative", "Marcel Renault"), ("Louis Renault (industrialist)", "relative", "Fernand Renault"),
    ("Marcel Renault", "relative", "Louis Renault (industrialist)"), ("André Michelin", "relative", "Édouard Michelin"),
]  # fmt: skip
CHILDREN = {"Carl Benz": 5, "Ferdinand Porsche": 2, "Ingvar Kamprad": 4, "Enzo Ferrari": 2, "Robert Bosch": 6, "Gottlieb Daimler": 5}  # fmt: skip

# ----------------------------------------------------------------------------- companies
# id: (other labels, foaf:name, founders, foundation place, founding date, HQ city, industries,
#      products, key people [(person, role)], employees, revenue EUR, parent)
COMPANIES = {
    "Siemens": ({"de": "Siemens", "fr": "Siemens", "it": "Siemens"}, "Siemens AG", ["Werner von Siemens", "Johann Georg Halske"], "Berlin", "1847-10-01", "Munich", ["Conglomerate (company)"], ["Industrial automation", "Medical technology", "Rail transport"], [("Roland Busch", "President & CEO"), ("Jim Hagemann Snabe", "Chairman")], 320000, 7.78e10, None),
    "BMW": ({"de": "BMW", "fr": "BMW", "it": "BMW"}, "Bayerische Motoren Werke AG", ["Karl Rapp", "Camillo Castiglioni", "Franz Josef Popp"], "Munich", "1916-03-07", "Munich", ["Automotive industry"], ["Automobile", "Motorcycle"], [("Oliver Zipse", "Chairman of the Board of Management"), ("Norbert Reithofer", "Chairman of the Supervisory Board")], 154950, 1.55e11, None),
    "Mercedes-Benz Group": ({"de": "Mercedes-Benz Group", "fr": "Mercedes-Benz Group", "it": "Mercedes-Benz Group"}, "Mercedes-Benz Group AG", ["Gottlieb Daimler", "Carl Benz"], "Stuttgart", "1926-06-28", "Stuttgart", ["Automotive industry"], ["Automobile", "Van"], [("Ola Källenius", "Chairman & CEO")], 166056, 1.53e11, None),
    "Daimler-Motoren-Gesellschaft": ({"de": "Daimler-Motoren-Gesellschaft", "fr": "Daimler-Motoren-Gesellschaft"}, "Daimler-Motoren-Gesellschaft", ["Gottlieb Daimler", "Wilhelm Maybach"], "Bad Cannstatt", "1890-11-28", "Stuttgart", ["Automotive industry"], ["Internal combustion engine", "Automobile"], [], None, None, None),
    "Benz & Cie.": ({"de": "Benz & Cie."}, "Benz & Cie., Rheinische Gasmotorenfabrik Mannheim", ["Carl Benz"], "Mannheim", "1883-10-01", "Mannheim", ["Automotive industry"], ["Automobile", "Internal combustion engine"], [], None, None, None),
    "Maybach": ({"de": "Maybach", "fr": "Maybach"}, "Maybach-Motorenbau GmbH", ["Wilhelm Maybach", "Karl Maybach"], "Bissingen an der Enz", "1909-03-23", "Stuttgart", ["Automotive industry"], ["Luxury vehicle"], [], None, None, "Mercedes-Benz Group"),
    "Porsche": ({"de": "Porsche", "fr": "Porsche", "it": "Porsche"}, "Dr. Ing. h.c. F. Porsche AG", ["Ferdinand Porsche"], "Stuttgart", "1931-04-25", "Stuttgart", ["Automotive industry"], ["Sports car", "Luxury vehicle"], [("Oliver Blume", "Chairman of the Executive Board")], 42140, 3.71e10, "Volkswagen Group"),
    "Volkswagen Group": ({"de": "Volkswagen AG", "fr": "Groupe Volkswagen", "it": "Gruppo Volkswagen"}, "Volkswagen AG", ["German Labour Front"], "Berlin", "1937-05-28", "Wolfsburg", ["Automotive industry"], ["Automobile", "Commercial vehicle", "Motorcycle"], [("Oliver Blume", "CEO"), ("Hans Dieter Pötsch", "Chairman of the Supervisory Board")], 684025, 3.22e11, None),
    "Volkswagen": ({"de": "Volkswagen", "fr": "Volkswagen", "it": "Volkswagen"}, "Volkswagen", ["German Labour Front"], "Berlin", "1937-05-28", "Wolfsburg", ["Automotive industry"], ["Automobile"], [], None, None, "Volkswagen Group"),
    "Audi": ({"de": "Audi", "fr": "Audi", "it": "Audi"}, "Audi AG", ["August Horch"], "Zwickau", "1909-07-16", "Ingolstadt", ["Automotive industry"], ["Luxury vehicle", "Automobile"], [("Gernot Döllner", "CEO")], 87000, 6.95e10, "Volkswagen Group"),
    "Škoda Auto": ({"de": "Škoda Auto", "cs": "Škoda Auto"}, "Škoda Auto a.s.", ["Václav Laurin", "Václav Klement"], "Mladá Boleslav", "1895-12-18", "Mladá Boleslav", ["Automotive industry"], ["Automobile"], [("Klaus Zellmer", "CEO")], 39000, 2.7e10, "Volkswagen Group"),
    "Automobili Lamborghini": ({"it": "Automobili Lamborghini", "de": "Lamborghini"}, "Automobili Lamborghini S.p.A.", ["Ferruccio Lamborghini"], "Sant'Agata Bolognese", "1963-10-30", "Sant'Agata Bolognese", ["Automotive industry"], ["Sports car"], [("Stephan Winkelmann", "CEO")], 2000, 2.66e9, "Audi"),
    "Bentley": ({"de": "Bentley Motors", "fr": "Bentley"}, "Bentley Motors Limited", ["Walter Owen Bentley"], "London", "1919-01-18", "Crewe", ["Automotive industry"], ["Luxury vehicle"], [], 4000, None, "Volkswagen Group"),
    "Ferrari": ({"it": "Ferrari", "de": "Ferrari", "fr": "Ferrari"}, "Ferrari N.V.", ["Enzo Ferrari"], "Maranello", "1939-09-13", "Maranello", ["Automotive industry"], ["Sports car"], [("John Elkann", "Chairman"), ("Benedetto Vigna", "CEO")], 4988, 5.97e9, None),
    "Fiat": ({"it": "Fiat", "de": "Fiat", "fr": "Fiat"}, "Fiat Automobiles S.p.A.", ["Giovanni Agnelli"], "Turin", "1899-07-11", "Turin", ["Automotive industry"], ["Automobile"], [("John Elkann", "Chairman")], None, None, None),
    "Renault": ({"fr": "Renault", "de": "Renault", "it": "Renault"}, "Renault S.A.", ["Louis Renault (industrialist)", "Marcel Renault", "Fernand Renault"], "Boulogne-Billancourt", "1899-02-25", "Boulogne-Billancourt", ["Automotive industry"], ["Automobile", "Commercial vehicle"], [("Luca de Meo", "CEO")], 105812, 5.22e10, None),
    "Citroën": ({"fr": "Citroën", "de": "Citroën", "it": "Citroën"}, "Automobiles Citroën", ["André Citroën"], "Paris", "1919-06-04", "Poissy", ["Automotive industry"], ["Automobile"], [("Thierry Koskas", "CEO")], None, None, None),
    "Michelin": ({"fr": "Michelin", "de": "Michelin", "it": "Michelin"}, "Compagnie Générale des Établissements Michelin", ["André Michelin", "Édouard Michelin"], "Clermont-Ferrand", "1889-05-28", "Clermont-Ferrand", ["Manufacturing"], ["Tire", "Michelin Guide"], [("Florent Menegaux", "CEO")], 132200, 2.86e10, None),
    "Robert Bosch GmbH": ({"de": "Robert Bosch GmbH", "fr": "Robert Bosch GmbH"}, "Robert Bosch GmbH", ["Robert Bosch"], "Stuttgart", "1886-11-15", "Gerlingen", ["Engineering", "Electronics"], ["Automotive parts", "Power tool", "Home appliance"], [("Stefan Hartung", "Chairman of the Board of Management")], 429416, 9.16e10, None),
    "Adidas": ({"de": "Adidas", "fr": "Adidas", "it": "Adidas"}, "Adidas AG", ["Adolf Dassler"], "Herzogenaurach", "1949-08-18", "Herzogenaurach", ["Textile", "Footwear"], ["Sportswear", "Footwear"], [("Bjørn Gulden", "CEO")], 59258, 2.14e10, None),
    "Puma (brand)": ({"de": "Puma (Unternehmen)", "fr": "Puma (entreprise)", "it": "Puma (azienda)"}, "Puma SE", ["Rudolf Dassler"], "Herzogenaurach", "1948-10-01", "Herzogenaurach", ["Textile", "Footwear"], ["Sportswear", "Footwear"], [("Arne Freundt", "CEO")], 20000, 8.6e9, None),
    "Bayer": ({"de": "Bayer AG", "fr": "Bayer", "it": "Bayer"}, "Bayer AG", ["Friedrich Bayer", "Johann Friedrich Weskott"], "Barmen", "1863-08-01", "Leverkusen", ["Pharmaceutical industry", "Chemical industry"], ["Pharmaceutical drug", "Pesticide"], [("Bill Anderson (businessman)", "CEO")], 99723, 4.77e10, None),
    "BASF": ({"de": "BASF", "fr": "BASF", "it": "BASF"}, "BASF SE", ["Friedrich Engelhorn"], "Mannheim", "1865-04-06", "Ludwigshafen", ["Chemical industry"], ["Chemicals", "Plastic"], [("Martin Brudermüller", "Chairman")], 111991, 6.89e10, None),
    "SAP": ({"de": "SAP", "fr": "SAP", "it": "SAP"}, "SAP SE", ["Dietmar Hopp", "Hasso Plattner", "Claus Wellenreuther", "Klaus Tschira", "Hans-Werner Hector"], "Weinheim", "1972-04-01", "Walldorf", ["Software industry"], ["SAP ERP", "SAP HANA"], [("Christian Klein (businessman)", "CEO"), ("Hasso Plattner", "Chairman")], 107602, 3.12e10, None),
    "Philips": ({"nl": "Philips", "de": "Philips", "fr": "Philips"}, "Koninklijke Philips N.V.", ["Gerard Philips", "Frederik Philips"], "Eindhoven", "1891-05-15", "Amsterdam", ["Electronics", "Health care"], ["Medical equipment", "Personal care"], [("Roy Jakobs", "CEO")], 69656, 1.82e10, None),
    "Nokia": ({"fi": "Nokia", "de": "Nokia", "fr": "Nokia"}, "Nokia Oyj", ["Fredrik Idestam", "Leo Mechelin"], "Tampere", "1865-05-12", "Espoo", ["Telecommunications equipment"], ["Mobile network", "Networking hardware"], [("Pekka Lundmark", "President & CEO")], 86689, 2.23e10, None),
    "Ericsson": ({"sv": "Ericsson", "de": "Ericsson", "fr": "Ericsson"}, "Telefonaktiebolaget LM Ericsson", ["Lars Magnus Ericsson"], "Stockholm", "1876-04-01", "Stockholm", ["Telecommunications equipment"], ["Mobile network", "Networking hardware", "Telephone"], [("Börje Ekholm", "President & CEO")], 99952, 2.4e10, None),
    "Volvo": ({"sv": "Volvo", "de": "Volvo", "fr": "Volvo"}, "AB Volvo", ["Assar Gabrielsson", "Gustaf Larson"], "Gothenburg", "1927-04-14", "Gothenburg", ["Automotive industry"], ["Truck", "Bus", "Construction equipment"], [("Martin Lundstedt", "President & CEO")], 102000, 4.5e10, None),
    "IKEA": ({"sv": "IKEA", "de": "IKEA", "fr": "IKEA"}, "IKEA", ["Ingvar Kamprad"], "Älmhult", "1943-07-28", "Delft", ["Retail"], ["Furniture", "Home appliance"], [("Jesper Brodin", "CEO of Ingka Group")], 231000, 4.76e10, None),
    "Spotify": ({"sv": "Spotify", "de": "Spotify", "fr": "Spotify"}, "Spotify Technology S.A.", ["Daniel Ek", "Martin Lorentzon"], "Stockholm", "2006-04-23", "Stockholm", ["Music streaming"], ["Music streaming"], [("Daniel Ek", "CEO")], 9123, 1.32e10, None),
    "H&M": ({"sv": "H&M", "de": "H&M", "fr": "H&M"}, "H & M Hennes & Mauritz AB", ["Erling Persson"], "Västerås", "1947-01-01", "Stockholm", ["Retail"], ["Clothing"], [("Daniel Ervér", "CEO")], 143000, 2.1e10, None),
    "The Lego Group": ({"da": "LEGO Gruppen", "de": "Lego (Unternehmen)", "fr": "The Lego Group"}, "The Lego Group", ["Ole Kirk Christiansen"], "Billund, Denmark", "1932-08-10", "Billund, Denmark", ["Toy"], ["Lego"], [("Niels B. Christiansen", "CEO")], 24000, 8.6e9, None),
    "Nestlé": ({"fr": "Nestlé", "de": "Nestlé", "it": "Nestlé"}, "Nestlé S.A.", ["Henri Nestlé"], "Vevey", "1866-01-01", "Vevey", ["Food processing"], ["Baby food", "Coffee", "Confectionery", "Bottled water"], [("Laurent Freixe", "CEO")], 275000, 9.3e10, None),
}  # fmt: skip
COUNTRY_OF_STUB = {"Walter Owen Bentley": "United Kingdom", "German Labour Front": "Germany"}  # fmt: skip
STUB_PLACES = ["Penzberg", "Traun", "New York City", "Potenza", "Milan", "Bergen"]

# redirect label -> target; disambiguation page -> targets
REDIRECTS = {
    "VW": "Volkswagen", "Daimler AG": "Mercedes-Benz Group", "Daimler-Benz": "Mercedes-Benz Group",
    "Adi Dassler": "Adolf Dassler", "Lego Group": "The Lego Group", "LEGO": "The Lego Group",
    "Köln": "Cologne", "München": "Munich", "Lamborghini": "Automobili Lamborghini",
    "Bosch (company)": "Robert Bosch GmbH", "Skoda Auto": "Škoda Auto", "Nestle": "Nestlé",
    "Bayerische Motoren Werke": "BMW", "Hennes & Mauritz": "H&M", "Göteborg": "Gothenburg",
    "Ferdinand Porsche (engineer)": "Ferdinand Porsche", "Karl Benz": "Carl Benz",
    "Royal Philips": "Philips", "Puma AG": "Puma (brand)", "Citroen": "Citroën",
    "ETH Zürich": "ETH Zurich", "KTH": "KTH Royal Institute of Technology",
    "Karlsruhe University": "Karlsruhe Institute of Technology", "Siemens AG": "Siemens",
}  # fmt: skip
DISAMBIGUATIONS = {
    "Louis Renault": ["Louis Renault (industrialist)", "Louis Renault (jurist)"],
    "Bosch": ["Robert Bosch", "Robert Bosch GmbH"],
    "Porsche (disambiguation)": ["Porsche", "Ferdinand Porsche", "Ferry Porsche"],
    "Puma": ["Puma (brand)"],
    "Maybach (disambiguation)": ["Maybach", "Wilhelm Maybach", "Karl Maybach"],
    "Michelin (disambiguation)": ["Michelin", "André Michelin", "Édouard Michelin"],
}  # fmt: skip
# unlabelled topics a page links to (they have no data in the subset)
TOPICS = ["World War II", "Industrial Revolution", "Frankfurt Stock Exchange", "Euro Stoxx 50", "DAX", "Engineer", "Inventor", "Stock exchange", "Multinational corporation", "Nazi Germany", "European Union", "Formula One", "Electric vehicle", "Patent", "Public company", "Aktiengesellschaft", "Wikipedia", "Cold War", "Great Depression", "Le Mans"]  # fmt: skip
ONTOLOGY_LABELS_DE = {
    "foundedBy": "gegründet von", "foundationPlace": "Gründungsort", "foundingDate": "Gründungsdatum",
    "foundingYear": "Gründungsjahr", "locationCity": "Standort", "headquarter": "Hauptsitz",
    "industry": "Branche", "product": "Produkt", "keyPerson": "Schlüsselperson",
    "numberOfEmployees": "Mitarbeiterzahl", "revenue": "Umsatz", "parentCompany": "Muttergesellschaft",
    "subsidiary": "Tochtergesellschaft", "successor": "Nachfolger", "birthPlace": "Geburtsort",
    "birthDate": "Geburtsdatum", "deathPlace": "Sterbeort", "deathDate": "Sterbedatum",
    "almaMater": "Alma Mater", "nationality": "Nationalität", "relative": "Verwandter", "child": "Kind",
    "parent": "Elternteil", "spouse": "Ehepartner", "country": "Land", "capital": "Hauptstadt",
    "currency": "Währung", "populationTotal": "Einwohnerzahl", "areaTotal": "Fläche",
    "isPartOf": "ist Teil von", "leaderName": "Anführer", "city": "Stadt",
    "numberOfStudents": "Anzahl der Studierenden", "abstract": "Zusammenfassung",
    "wikiPageWikiLink": "Link von einer Wikipage zu einer anderen Wikipage",
    "wikiPageRedirects": "Weiterleitung", "wikiPageDisambiguates": "Begriffsklärung",
    "occupation": "Beschäftigung", "extinctionYear": "Jahr des Aussterbens",
}  # fmt: skip
# property: (English label as DBpedia writes it, domain, range)
ONTOLOGY_PROPS = {
    "foundedBy": ("founded by", "Organisation", "Agent"), "foundationPlace": ("foundation place", "Organisation", "City"),
    "foundingDate": ("founding date", "Organisation", "xsd:date"), "foundingYear": ("founding year", "Organisation", "xsd:gYear"),
    "locationCity": ("location city", "Organisation", "City"), "headquarter": ("headquarter", "Organisation", "PopulatedPlace"),
    "industry": ("industry", "Company", None), "product": ("product", "Organisation", None),
    "keyPerson": ("key person", "Organisation", "Person"), "numberOfEmployees": ("number of employees", "Organisation", "xsd:nonNegativeInteger"),
    "revenue": ("revenue", "Organisation", "xsd:double"), "parentCompany": ("parent company", "Company", "Company"),
    "subsidiary": ("subsidiary", "Company", "Company"), "successor": ("successor", None, None),
    "birthPlace": ("birth place", "Person", "Place"), "birthDate": ("birth date", "Person", "xsd:date"),
    "deathPlace": ("death place", "Person", "Place"), "deathDate": ("death date", "Person", "xsd:date"),
    "almaMater": ("alma mater", "Person", "EducationalInstitution"), "nationality": ("nationality", "Person", "Country"),
    "relative": ("relative", "Person", "Person"), "child": ("child", "Person", "Person"), "parent": ("parent", "Person", "Person"),
    "spouse": ("spouse", "Person", "Person"), "country": ("country", None, "Country"), "capital": ("capital", "PopulatedPlace", "City"),
    "currency": ("currency", None, "Currency"), "populationTotal": ("population total", "PopulatedPlace", "xsd:nonNegativeInteger"),
    "areaTotal": ("area total (m2)", "Place", "xsd:double"), "isPartOf": ("is part of", None, None),
    "leaderName": ("leader name", "PopulatedPlace", "Person"), "city": ("city", None, "City"),
    "numberOfStudents": ("number of students", "EducationalInstitution", "xsd:nonNegativeInteger"),
    "abstract": ("has abstract", None, "rdf:langString"), "wikiPageWikiLink": ("Link from a Wikipage to another Wikipage", None, None),
    "wikiPageRedirects": ("Wikipage redirect", None, None), "wikiPageDisambiguates": ("Wikipage disambiguates", None, None),
    "wikiPageID": ("Wikipage page ID", None, "xsd:integer"), "wikiPageRevisionID": ("Wikipage revision ID", None, "xsd:integer"),
    "wikiPageLength": ("page length (characters) of wiki page", None, "xsd:nonNegativeInteger"),
    "thumbnail": ("thumbnail", None, None), "occupation": ("occupation", "Person", "PersonFunction"),
    "extinctionYear": ("extinction year", None, "xsd:gYear"), "location": ("location", None, "Place"),
    "locationCountry": ("location country", "Organisation", "Country"), "type": ("type", None, None),
}  # fmt: skip
# class: (superclass, labels en/de/fr)
ONTOLOGY_CLASSES = {
    "Agent": ("owl:Thing", "agent", "Agent", "agent"), "Person": ("Agent", "person", "Person", "personne"),
    "Organisation": ("Agent", "organisation", "Organisation", "organisation"),
    "Company": ("Organisation", "company", "Unternehmen", "entreprise"),
    "EducationalInstitution": ("Organisation", "educational institution", "Bildungseinrichtung", "établissement d'enseignement"),
    "University": ("EducationalInstitution", "university", "Universität", "université"),
    "Place": ("owl:Thing", "place", "Ort", "lieu"), "PopulatedPlace": ("Place", "populated place", "bewohnter Ort", "lieu habité"),
    "Settlement": ("PopulatedPlace", "settlement", "Siedlung", "zone peuplée"), "City": ("Settlement", "city", "Stadt", "ville"),
    "Town": ("Settlement", "town", "Stadt", "ville"), "Village": ("Settlement", "village", "Dorf", "village"),
    "Country": ("PopulatedPlace", "country", "Land", "pays"), "Region": ("PopulatedPlace", "region", "Region", "région"),
    "Currency": ("owl:Thing", "currency", "Währung", "devise"), "PersonFunction": ("owl:Thing", "person function", "Funktion einer Person", "fonction de personne"),
    "Automobile": ("owl:Thing", "automobile", "Automobil", "automobile"),
}  # fmt: skip

YAGO_PERSON = ["Person100007846", "Businessman109882007", "Engineer109615807", "Inventor110214637"]
YAGO_COMPANY = ["Company108058098", "Institution108053576", "Organization108008335"]


# ----------------------------------------------------------------------------- building
class Builder:
    """Collects the data graph; every described page gets DBpedia's boilerplate."""

    def __init__(self, seed: int = 24) -> None:
        self.g = Graph()
        self.rng = random.Random(seed)
        self.page_id = 10000
        self.described: list[URIRef] = []
        for p, ns in [("dbr", DBR), ("dbo", DBO), ("dbp", DBP), ("dbc", DBC), ("dbt", DBT), ("foaf", FOAF), ("dct", DCT), ("prov", PROV), ("skos", SKOS), ("schema", SCHEMA), ("dul", DUL), ("wikidata", WD), ("yago", YAGO), ("owl", OWL)]:  # fmt: skip
            self.g.bind(p, ns)

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def page(self, name: str, labels: dict[str, str], types: list[URIRef]) -> URIRef:
        s = res(name)
        title = name.replace(" ", "_")
        self.page_id += self.rng.randint(7, 9000)
        self.add(s, RDFS.label, Literal(name, lang="en"))
        for lang, text in labels.items():
            if text != name or self.rng.random() < 0.5:
                self.add(s, RDFS.label, Literal(text, lang=lang))
        for t in types:
            self.add(s, RDF.type, t)
        self.add(s, DBO.wikiPageID, Literal(self.page_id, datatype=XSD.integer))
        self.add(
            s,
            DBO.wikiPageRevisionID,
            Literal(1_100_000_000 + self.rng.randint(0, 99_999_999), datatype=XSD.integer),
        )
        self.add(
            s,
            DBO.wikiPageLength,
            Literal(self.rng.randint(3000, 180000), datatype=XSD.nonNegativeInteger),
        )
        wiki = URIRef("http://en.wikipedia.org/wiki/" + quote(title, safe="_(),.'-:"))
        self.add(s, FOAF.isPrimaryTopicOf, wiki)
        self.add(
            s,
            PROV.wasDerivedFrom,
            URIRef(str(wiki) + "?oldid=" + str(self.rng.randint(10**9, 2 * 10**9)) + "&ns=0"),
        )
        if self.rng.random() < 0.7:
            img = quote(
                title + (".jpg" if self.rng.random() < 0.6 else "_logo.svg"), safe="_(),.'-:"
            )
            self.add(
                s,
                DBO.thumbnail,
                URIRef(f"http://commons.wikimedia.org/wiki/Special:FilePath/{img}?width=300"),
            )
            self.add(
                s,
                FOAF.depiction,
                URIRef(f"http://commons.wikimedia.org/wiki/Special:FilePath/{img}"),
            )
        for lang in ("de", "fr", "it"):
            if lang in labels:
                self.add(
                    s,
                    OWL.sameAs,
                    URIRef(
                        f"http://{lang}.dbpedia.org/resource/"
                        + quote(labels[lang].replace(" ", "_"), safe="_(),.'-:")
                    ),
                )
        self.described.append(s)
        return s

    def wikidata(self, s: URIRef, qid: str) -> None:
        self.add(s, OWL.sameAs, WD[qid])

    def subject(self, s: URIRef, category: str, broader: str | None = None) -> None:
        c = DBC[quote(category.replace(" ", "_"), safe="_(),.'-:")]
        self.add(s, DCT.subject, c)
        if (c, RDF.type, SKOS.Concept) not in self.g:
            self.add(c, RDF.type, SKOS.Concept)
            self.add(c, RDFS.label, Literal(category, lang="en"))
            self.add(c, SKOS.prefLabel, Literal(category, lang="en"))
        if broader:
            b = DBC[quote(broader.replace(" ", "_"), safe="_(),.'-:")]
            self.add(c, SKOS.broader, b)
            if (b, RDF.type, SKOS.Concept) not in self.g:
                self.add(b, RDF.type, SKOS.Concept)
                self.add(b, RDFS.label, Literal(broader, lang="en"))

    def yago(self, s: URIRef, wikicat: str, base: list[str]) -> None:
        self.add(
            s, RDF.type, YAGO["Wikicat" + "".join(w[:1].upper() + w[1:] for w in wikicat.split())]
        )
        for b in base:
            self.add(s, RDF.type, YAGO[b])

    def abstract(self, s: URIRef, en: str, de: str) -> None:
        self.add(s, DBO.abstract, Literal(en, lang="en"))
        self.add(s, DBO.abstract, Literal(de, lang="de"))
        self.add(s, RDFS.comment, Literal(en.split(". ")[0] + ".", lang="en"))

    def noise(self, topics: list[URIRef]) -> None:
        """``dbo:wikiPageWikiLink`` to a few random pages and unlabelled topics, per page."""
        pages = list(self.described)
        for s in pages:
            for o in self.rng.sample(pages, 4):
                if o != s:
                    self.add(s, DBO.wikiPageWikiLink, o)
            for o in self.rng.sample(topics, 3):
                self.add(s, DBO.wikiPageWikiLink, o)


def year(date: str) -> Literal:
    return Literal(date[:4], datatype=XSD.gYear)


def date(d: str) -> Literal:
    return Literal(d, datatype=XSD.date)


def join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def build() -> tuple[Graph, Graph]:
    b = Builder()
    add, link = b.add, b.add
    thing = [OWL.Thing]
    place_types = [DBO.Place, DBO.PopulatedPlace, DBO.Location, SCHEMA.Place, WD.Q486972, *thing]
    for name, (labels, capital, currency, pop, qid, demonym) in COUNTRIES.items():
        s = b.page(name, labels, [DBO.Country, *place_types, YAGO.Country108544813])
        b.wikidata(s, qid)
        add(s, DBO.capital, res(capital))
        add(s, DBO.currency, res(currency))
        add(s, DBP.currency, Literal(currency, lang="en"))
        add(s, DBO.populationTotal, Literal(pop, datatype=XSD.nonNegativeInteger))
        add(s, DBP.populationEstimate, Literal(pop, datatype=XSD.integer))
        add(s, DBP.demonym, Literal(demonym, lang="en"))
        add(s, DBP.commonName, Literal(name, lang="en"))
        b.abstract(
            s,
            f"{name} is a country in Europe. Its capital is {capital} and its currency is the {currency}. It has a population of about {pop:,}.",
            f"{labels.get('de', name)} ist ein Staat in Europa mit der Hauptstadt {capital}.",
        )
        b.subject(s, "Countries in Europe", "Countries by continent")
        b.subject(s, "Member states of the United Nations")
    for cur in sorted({c[2] for c in COUNTRIES.values()}):
        s = b.page(cur, {}, [DBO.Currency, *thing])
        b.abstract(s, f"The {cur} is a currency used in Europe.", f"Der {cur} ist eine Währung.")
    for name in REGIONS:
        country = (
            "France"
            if name in {"Île-de-France", "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté"}
            else "Italy"
            if name in {"Piedmont", "Lazio", "Emilia-Romagna", "Umbria", "Friuli-Venezia Giulia"}
            else "Germany"
        )
        kind = DBO.Region if country != "Germany" else DBO.AdministrativeRegion
        s = b.page(name, {}, [kind, *place_types])
        add(s, DBO.country, res(country))
        b.abstract(
            s,
            f"{name} is a region of {country}.",
            f"{name} ist eine Region in {COUNTRIES[country][0]['de']}.",
        )
    for name, (labels, country, kind, pop, area, region) in PLACES.items():
        types = [
            DBO[kind],
            DBO.Settlement,
            *place_types,
            YAGO.City108524735 if kind == "City" else YAGO.Town108665504,
        ]
        s = b.page(name, labels, types)
        add(s, DBO.country, res(country))
        add(s, DBP.country, Literal(country, lang="en") if b.rng.random() < 0.5 else res(country))
        if pop:
            add(s, DBO.populationTotal, Literal(pop, datatype=XSD.nonNegativeInteger))
            add(s, DBP.populationTotal, Literal(pop, datatype=XSD.integer))
        if area:
            add(
                s,
                DBO.areaTotal,
                Literal(f"{area * 1e6:.4E}".replace("E+0", "E"), datatype=XSD.double),
            )
            add(
                s,
                URIRef(str(DBO) + "PopulatedPlace/areaTotal"),
                Literal(str(area), datatype=DBT.squareKilometre),
            )
            add(s, DBP.areaTotalKm, Literal(area, datatype=XSD.double))
        if region:
            add(s, DBO.isPartOf, res(region))
            add(s, DBP.subdivisionName, Literal(f"{region}, {country}", lang="en"))
        if name in MAYORS:
            add(s, DBO.leaderName, res(MAYORS[name]))
            add(
                s,
                DBP.leaderTitle,
                Literal("Lord Mayor" if country == "Germany" else "Mayor", lang="en"),
            )
            m = b.page(
                MAYORS[name], {}, [DBO.Person, DBO.Politician, FOAF.Person, SCHEMA.Person, *thing]
            )
            add(m, FOAF.name, Literal(MAYORS[name], lang="en"))
        if name == COUNTRIES[country][1]:
            b.subject(s, "Capitals in Europe", "Capitals")
        where = f"in {region}, {country}" if region else f"in {country}"
        b.abstract(
            s,
            f"{name} is a {kind.lower()} {where}."
            + (f" It has a population of {pop:,}." if pop else ""),
            f"{labels.get('de', name)} ist eine Stadt in {COUNTRIES[country][0]['de']}.",
        )
        b.subject(
            s,
            f"{kind.replace('City', 'Cities')}{'s' if kind != 'City' else ''} in {region or country}",
        )
    for name in STUB_PLACES:
        b.page(name, {}, [DBO.City, *place_types])
    for name, (labels, city, founded, students) in UNIVERSITIES.items():
        s = b.page(
            name,
            labels,
            [
                DBO.University,
                DBO.EducationalInstitution,
                DBO.Organisation,
                DBO.Agent,
                SCHEMA.CollegeOrUniversity,
                WD.Q3918,
                *thing,
            ],
        )
        add(s, DBO.city, res(city))
        add(s, DBO.country, res(PLACES[city][1]))
        add(s, DBP.city, Literal(city, lang="en"))
        add(s, DBP.established, Literal(founded, datatype=XSD.integer))
        add(s, DBO.numberOfStudents, Literal(students, datatype=XSD.nonNegativeInteger))
        add(s, DBP.students, Literal(students, datatype=XSD.integer))
        add(
            s,
            FOAF.name,
            Literal(labels.get("de", name) if b.rng.random() < 0.3 else name, lang="en"),
        )
        b.abstract(
            s,
            f"The {name} is a public research university in {city}, {PLACES[city][1]}, founded in {founded}.",
            f"Die Hochschule {labels.get('de', name)} in {city} wurde {founded} gegründet.",
        )
        b.subject(s, f"Universities in {PLACES[city][1]}")
        b.subject(s, f"Educational institutions established in {founded}")
    people: dict[str, URIRef] = {}
    for name, (born, bplace, died, dplace, btext, occupation, alma, nat) in PEOPLE.items():
        short = name.split(" (")[0]
        types = [
            DBO.Person,
            DBO.Agent,
            FOAF.Person,
            SCHEMA.Person,
            DUL.NaturalPerson,
            WD.Q5,
            WD.Q215627,
            *thing,
        ]
        if "executive" in occupation or "Business" in occupation:
            types.append(DBO.BusinessPerson)
        s = b.page(name, {}, types)
        people[name] = s
        add(s, FOAF.name, Literal(short, lang="en"))
        add(s, DBP.name, Literal(short, lang="en"))
        add(s, FOAF.givenName, Literal(short.split()[0], lang="en"))
        add(s, FOAF.surname, Literal(short.split()[-1], lang="en"))
        add(s, DBO.birthDate, date(born))
        add(s, DBP.birthDate, date(born))
        add(s, DBO.birthYear, year(born))
        if bplace:
            add(s, DBO.birthPlace, res(bplace))
            add(s, DBP.birthPlace, Literal(btext, lang="en"))
        if died:
            add(s, DBO.deathDate, date(died))
            add(s, DBP.deathDate, date(died))
            add(s, DBO.deathYear, year(died))
            add(s, DBO.deathPlace, res(dplace))
            add(
                s,
                DBP.deathPlace,
                Literal(
                    f"{dplace}, {PLACES[dplace][1]}" if dplace in PLACES else dplace, lang="en"
                ),
            )
        add(s, DBP.occupation, Literal(occupation, lang="en"))
        if alma:
            add(s, DBO.almaMater, res(alma))
            add(s, DBP.almaMater, res(alma) if b.rng.random() < 0.5 else Literal(alma, lang="en"))
        if nat in COUNTRIES:
            add(s, DBO.nationality, res(nat))
        else:
            add(s, DBP.nationality, Literal(nat, lang="en"))
        if name in CHILDREN:
            add(s, DBP.children, Literal(CHILDREN[name], datatype=XSD.integer))
        add(s, DBP.caption, Literal(f"{short} in {int(born[:4]) + 40}", lang="en"))
        add(s, DBP.wikiPageUsesTemplate, DBT["Infobox_person"])
        life = f"({born[:4]}–{died[:4]})" if died else f"(born {born})"
        where = f" born in {bplace}" if bplace else ""
        b.abstract(
            s,
            f"{short} {life} was a {nat if nat not in COUNTRIES else COUNTRIES[nat][5]} {occupation.lower()}{where}."
            + (f" He died in {dplace}." if dplace else ""),
            f"{short} war ein Unternehmer.",
        )
        nat_word = nat if nat not in COUNTRIES else COUNTRIES[nat][5]
        if bplace:
            b.subject(s, f"People from {bplace}")
        b.subject(s, f"{nat_word} businesspeople", "Businesspeople by nationality")
        b.yago(s, f"{nat_word} businesspeople", YAGO_PERSON[: 2 + ("ngineer" in occupation)])
    for src, prop, dst in FAMILY:
        add(people[src], DBO[prop], people[dst])
        add(
            people[src],
            DBP[
                {
                    "relative": "relatives",
                    "child": "children",
                    "parent": "parents",
                    "spouse": "spouse",
                }[prop]
            ],
            Literal(dst.split(" (")[0], lang="en"),
        )
    for name, country in COUNTRY_OF_STUB.items():
        kind = (
            [DBO.Organisation, DBO.Agent]
            if name == "German Labour Front"
            else [DBO.Person, FOAF.Person]
        )
        s = b.page(
            name,
            {"de": "Deutsche Arbeitsfront"} if name == "German Labour Front" else {},
            [*kind, *thing],
        )
        add(s, FOAF.name, Literal(name, lang="en"))
        add(s, DBO.country if name == "German Labour Front" else DBO.nationality, res(country))
    topics = [res(t) for t in TOPICS]
    things = {p for c in COMPANIES.values() for p in c[6] + c[7]}
    for t in sorted(things):
        s = b.page(t, {}, [*thing])
        b.abstract(s, f"{t} is a topic of Wikipedia.", f"{t} ist ein Begriff.")
    for name, (
        labels,
        fname,
        founders,
        fplace,
        fdate,
        hq,
        industries,
        products,
        keys,
        employees,
        revenue,
        parent,
    ) in COMPANIES.items():
        country = PLACES[hq][1]
        types = [
            DBO.Company,
            DBO.Organisation,
            DBO.Agent,
            SCHEMA.Organization,
            DUL.Agent,
            WD.Q43229,
            WD.Q4830453,
            *thing,
        ]
        s = b.page(name, labels, types)
        add(s, FOAF.name, Literal(fname, lang="en"))
        add(s, DBP.name, Literal(fname, lang="en"))
        for f in founders:
            add(s, DBO.foundedBy, res(f))
        add(
            s,
            DBP.founder,
            Literal(", ".join(f.split(" (")[0] for f in founders), lang="en")
            if b.rng.random() < 0.5
            else res(founders[0]),
        )
        add(s, DBO.foundationPlace, res(fplace))
        add(s, DBO.foundingDate, date(fdate))
        add(s, DBO.foundingYear, year(fdate))
        add(
            s,
            DBP.foundation,
            date(fdate) if b.rng.random() < 0.5 else Literal(int(fdate[:4]), datatype=XSD.integer),
        )
        add(s, DBO.locationCity, res(hq))
        add(s, DBO.headquarter, res(hq))
        add(s, DBO.locationCountry, res(country))
        add(s, DBP.hqLocationCity, res(hq))
        add(s, DBP.hqLocationCountry, Literal(country, lang="en"))
        add(s, DBP.location, Literal(f"{hq}, {country}", lang="en"))
        for ind in industries:
            add(s, DBO.industry, res(ind))
            add(s, DBP.industry, res(ind))
        for p in products:
            add(s, DBO.product, res(p))
        add(s, DBP.products, Literal(", ".join(products), lang="en"))
        for person, _role in keys:
            kp = res(person)
            add(s, DBO.keyPerson, kp)
            if person not in PEOPLE and (kp, RDF.type, DBO.Person) not in b.g:
                k = b.page(person, {}, [DBO.Person, FOAF.Person, *thing])
                add(k, FOAF.name, Literal(person, lang="en"))
        add(
            s,
            DBP.keyPeople,
            Literal(", ".join(f"{p.split(' (')[0]} ({r})" for p, r in keys) or "—", lang="en"),
        )
        if employees:
            add(s, DBO.numberOfEmployees, Literal(employees, datatype=XSD.nonNegativeInteger))
            add(s, DBP.numEmployees, Literal(employees, datatype=XSD.integer))
            add(s, DBP.numEmployeesYear, Literal(2023, datatype=XSD.integer))
        if revenue:
            add(s, DBO.revenue, Literal(f"{revenue:.4E}".replace("E+", "E"), datatype=DBT.euro))
            add(s, DBP.revenue, Literal(f"€{revenue / 1e9:.2f} billion", lang="en"))
        if parent:
            add(s, DBO.parentCompany, res(parent))
            add(res(parent), DBO.subsidiary, s)
            add(s, DBP.parent, res(parent))
        add(s, DBP.wikiPageUsesTemplate, DBT["Infobox_company"])
        add(
            s,
            DBP.type,
            res("Public company") if employees and employees > 50000 else res("Aktiengesellschaft"),
        )
        add(
            s,
            FOAF.homepage,
            URIRef(
                f"https://www.{name.split()[0].lower().replace('&', '').replace('é', 'e').replace('š', 's').replace('ë', 'e')}.com/"
            ),
        )
        for f in founders:
            if f in people:
                link(people[f], DBO.wikiPageWikiLink, s)
                link(s, DBO.wikiPageWikiLink, people[f])
        link(s, DBO.wikiPageWikiLink, res(hq))
        where = COUNTRIES[country][5]
        b.abstract(
            s,
            f"{fname} is a {where} multinational company headquartered in {hq}. It was founded in {fdate[:4]} by {join([f.split(' (')[0] for f in founders])} in {fplace}."
            + (f" It is a subsidiary of {parent}." if parent else "")
            + (f" The company has about {employees:,} employees." if employees else ""),
            f"Die {fname} ist ein {where}es Unternehmen mit Sitz in {PLACES[hq][0].get('de', hq)}, gegründet {fdate[:4]}.",
        )
        ind = (
            industries[0]
            .split(" (")[0]
            .replace(" industry", "")
            .replace("Automotive", "Car manufacturers")
            .lower()
        )
        cat = f"{ind[:1].upper()}{ind[1:]}{'' if ind.endswith('manufacturers') else ' companies'} of {country}"
        b.subject(s, cat, f"Companies of {country}")
        b.yago(s, cat, YAGO_COMPANY)
        b.subject(s, f"Companies based in {hq}")
        b.subject(s, f"{fdate[:4]} establishments in {country}")
        b.subject(
            s,
            "Multinational companies headquartered in " + country
            if employees and employees > 50000
            else f"Companies of {country}",
        )
    for name, targets in DISAMBIGUATIONS.items():
        s = res(name)
        add(s, RDFS.label, Literal(name, lang="en"))
        add(s, DBO.wikiPageID, Literal(b.rng.randint(10**5, 10**8), datatype=XSD.integer))
        for t in targets:
            add(s, DBO.wikiPageDisambiguates, res(t))
            add(s, DBO.wikiPageWikiLink, res(t))
    for alias, target in REDIRECTS.items():
        s = res(alias)
        add(s, RDFS.label, Literal(alias, lang="en"))
        add(s, DBO.wikiPageRedirects, res(target))
        add(s, DBO.wikiPageWikiLink, res(target))
        add(s, DBO.wikiPageID, Literal(b.rng.randint(10**5, 10**8), datatype=XSD.integer))
    b.noise(topics)
    return b.g, ontology()


def ontology() -> Graph:
    """The DBpedia ontology's declarations of the classes and properties used."""
    g = Graph()
    g.bind("dbo", DBO)
    g.bind("owl", OWL)
    for name, (sup, en, de, fr) in ONTOLOGY_CLASSES.items():
        c = DBO[name]
        g.add((c, RDF.type, OWL.Class))
        g.add((c, RDFS.subClassOf, OWL.Thing if sup == "owl:Thing" else DBO[sup]))
        for lang, text in (("en", en), ("de", de), ("fr", fr)):
            g.add((c, RDFS.label, Literal(text, lang=lang)))
        g.add(
            (
                c,
                PROV.wasDerivedFrom,
                URIRef(f"http://mappings.dbpedia.org/index.php/OntologyClass:{name}"),
            )
        )
    g.add((DBO.BusinessPerson, RDF.type, OWL.Class))
    g.add((DBO.BusinessPerson, RDFS.subClassOf, DBO.Person))
    g.add((DBO.BusinessPerson, RDFS.label, Literal("businessperson", lang="en")))
    g.add((DBO.Politician, RDF.type, OWL.Class))
    g.add((DBO.Politician, RDFS.subClassOf, DBO.Person))
    g.add((DBO.Politician, RDFS.label, Literal("politician", lang="en")))
    g.add((DBO.AdministrativeRegion, RDF.type, OWL.Class))
    g.add((DBO.AdministrativeRegion, RDFS.subClassOf, DBO.Region))
    g.add((DBO.AdministrativeRegion, RDFS.label, Literal("administrative region", lang="en")))
    g.add((DBO.Location, RDF.type, OWL.Class))
    g.add((DBO.Location, RDFS.label, Literal("location", lang="en")))
    for name, (en, dom, rng) in ONTOLOGY_PROPS.items():
        p = DBO[name]
        literal = rng is not None and (rng.startswith("xsd:") or rng.startswith("rdf:"))
        g.add((p, RDF.type, OWL.DatatypeProperty if literal else OWL.ObjectProperty))
        g.add((p, RDFS.label, Literal(en, lang="en")))
        if name in ONTOLOGY_LABELS_DE:
            g.add((p, RDFS.label, Literal(ONTOLOGY_LABELS_DE[name], lang="de")))
        if dom:
            g.add((p, RDFS.domain, DBO[dom]))
        if rng:
            g.add(
                (
                    p,
                    RDFS.range,
                    XSD[rng[4:]]
                    if rng.startswith("xsd:")
                    else RDF.langString
                    if rng.startswith("rdf:")
                    else DBO[rng],
                )
            )
        g.add(
            (
                p,
                PROV.wasDerivedFrom,
                URIRef(f"http://mappings.dbpedia.org/index.php/OntologyProperty:{name}"),
            )
        )
    g.add((URIRef(str(DBO) + "PopulatedPlace/areaTotal"), RDF.type, OWL.DatatypeProperty))
    g.add(
        (
            URIRef(str(DBO) + "PopulatedPlace/areaTotal"),
            RDFS.label,
            Literal("area total (km2)", lang="en"),
        )
    )
    g.add((URIRef(str(DBO) + "PopulatedPlace/areaTotal"), RDFS.range, DBT.squareKilometre))
    onto = URIRef("http://dbpedia.org/ontology/")
    g.add((onto, RDF.type, OWL.Ontology))
    g.add(
        (
            onto,
            RDFS.comment,
            Literal(
                "This ontology is generated from the manually created specifications in the DBpedia Mappings Wiki. Each release of this ontology corresponds to a new release of the DBpedia data set which contains instance data extracted from the different language versions of Wikipedia.",
                lang="en",
            ),
        )
    )
    g.add((onto, OWL.versionInfo, Literal("4.2-SNAPSHOT")))
    return g


def rdfxml(g: Graph) -> str:
    """RDF/XML as the DBpedia ontology file writes it (one typed element a term, sorted: rdflib's
    own serializers order subjects by hash, so their output changes from run to run)."""
    from xml.sax.saxutils import escape, quoteattr

    names = {str(OWL): "owl:", str(RDFS): "rdfs:", str(RDF): "rdf:", str(PROV): "prov:"}

    def qname(iri: URIRef) -> str:
        for ns, prefix in names.items():
            if str(iri).startswith(ns):
                return prefix + str(iri)[len(ns) :]
        raise ValueError(iri)

    out = ['<?xml version="1.0" encoding="utf-8"?>', "<rdf:RDF"]
    out += [f'   xmlns:{p[:-1]}="{ns}"' for ns, p in names.items()]
    out[-1] += ">"
    for s in sorted(set(g.subjects()), key=str):
        kind = qname(g.value(s, RDF.type))
        out.append(f"  <{kind} rdf:about={quoteattr(str(s))}>")
        for _, p, o in sorted(g.triples((s, None, None)), key=lambda t: (str(t[1]), str(t[2]))):
            if p == RDF.type:
                continue
            if isinstance(o, Literal):
                lang = f' xml:lang="{o.language}"' if o.language else ""
                out.append(f"    <{qname(p)}{lang}>{escape(str(o))}</{qname(p)}>")
            else:
                out.append(f"    <{qname(p)} rdf:resource={quoteattr(str(o))}/>")
        out.append(f"  </{kind}>")
    return "\n".join([*out, "</rdf:RDF>", ""])


if __name__ == "__main__":
    data, onto = build()
    HERE.mkdir(exist_ok=True)
    data.serialize(HERE / "companies.ttl", format="turtle")
    (HERE / "dbpedia_ontology.owl").write_text(rdfxml(onto), encoding="utf-8")
    print(len(data), "data triples,", len(onto), "ontology triples")
