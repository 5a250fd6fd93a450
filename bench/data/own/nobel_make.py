# ruff: noqa: E501  (data tables: one fact a line reads better than wrapped strings)
"""Write ``nobel.ttl``: Nobel Prize facts in the shape of the Nobel Prize linked open data.

The publisher (``data.nobelprize.org``) models a prize as *n-ary* nodes: a laureate
(``nobel:Laureate`` and ``foaf:Person`` or ``foaf:Organization``, named by ``foaf:name``,
``foaf:givenName``/``familyName`` and ``rdfs:label``, with ``foaf:gender``, ``foaf:birthday``
as ``xsd:date``, ``dbpedia-owl:birthPlace``/``deathPlace`` city resources) points by
``nobel:laureateAward`` at one ``nobel:LaureateAward`` node per award ("Albert Einstein,
Physics 1921": ``nobel:category``, ``nobel:year``, an English ``nobel:motivation``,
``nobel:share``, ``nobel:sortOrder``, ``dbpedia-owl:affiliation`` universities with their
``dbpedia-owl:city``), and by ``nobel:nobelPrize`` at the ``nobel:NobelPrize`` node of the
category and year ("Nobel Prize in Physics 1921"), which links back with ``nobel:laureate``
and ``dcterms:hasPart``. Cities carry ``dbpedia-owl:country``; places keep the publisher's
historic names ("Breslau (now Wroclaw)"). Every resource has ``owl:sameAs`` links to DBpedia
and Wikidata IRIs that have no data in the file, and the file opens with the ontology's own
declarations of its classes and properties.

Facts are public laureate facts written from memory; answers are computed from this file.
Run from the repository root: ``python bench/data/own/nobel_make.py``.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).parent
R = "http://data.nobelprize.org/resource/"

PREFIXES = """\
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix dbpedia-owl: <http://dbpedia.org/ontology/> .
@prefix nobel: <http://data.nobelprize.org/terms/> .
"""

ONTOLOGY = [
    ("Laureate", "owl:Class", "Laureate", "A person or organization awarded a Nobel Prize.", None),
    ("LaureateAward", "owl:Class", "Laureate Award", "The award of a Nobel Prize to one laureate.", None),
    ("NobelPrize", "owl:Class", "Nobel Prize", "A Nobel Prize in one category and year.", None),
    ("Category", "owl:Class", "Category", "A Nobel Prize category.", None),
    ("laureateAward", "owl:ObjectProperty", "laureate award", "Links a laureate to an award received.", ("nobel:Laureate", "nobel:LaureateAward")),
    ("nobelPrize", "owl:ObjectProperty", "nobel prize", "Links a laureate to a Nobel Prize received.", ("nobel:Laureate", "nobel:NobelPrize")),
    ("laureate", "owl:ObjectProperty", "laureate", "Links a prize or award to its laureate.", (None, "nobel:Laureate")),
    ("category", "owl:ObjectProperty", "category", "The category of a prize or award.", (None, "nobel:Category")),
    ("year", "owl:DatatypeProperty", "year", "The year a prize was awarded.", (None, "xsd:integer")),
    ("motivation", "owl:DatatypeProperty", "motivation", "The motivation of the prize-awarding institution.", (None, "rdfs:Literal")),
    ("share", "owl:DatatypeProperty", "share", "The laureate's share of the prize, as the denominator of a fraction.", ("nobel:LaureateAward", "xsd:integer")),
    ("sortOrder", "owl:DatatypeProperty", "sort order", "The order of the laureates of one prize.", ("nobel:LaureateAward", "xsd:integer")),
]  # fmt: skip

COUNTRIES = {
    "Germany": "Q183", "France": "Q142", "Poland": "Q36", "USA": "Q30", "Denmark": "Q35",
    "Austria": "Q40", "United Kingdom": "Q145", "Italy": "Q38", "Japan": "Q17",
    "the Netherlands": "Q55", "New Zealand": "Q664", "Switzerland": "Q39", "Russia": "Q159",
    "India": "Q668", "Egypt": "Q79", "Australia": "Q408", "Ireland": "Q27", "Colombia": "Q739",
    "Mexico": "Q96", "North Macedonia": "Q221", "South Africa": "Q258", "Hungary": "Q28",
    "Sweden": "Q34",
}  # fmt: skip

# label -> country; the label is the publisher's (historic names with "(now ...)").
CITIES = {
    "Lennep (now Remscheid)": "Germany", "Munich": "Germany", "Paris": "France",
    "Le Croisic": "France", "Warsaw": "Poland", "Sallanches": "France", "Kiel": "Germany",
    "Göttingen": "Germany", "Ulm": "Germany", "Princeton, NJ": "USA", "Copenhagen": "Denmark",
    "Würzburg": "Germany", "Vienna": "Austria", "Bristol": "United Kingdom",
    "Tallahassee, FL": "USA", "Rome": "Italy", "Chicago, IL": "USA", "New York, NY": "USA",
    "Los Angeles, CA": "USA", "Kyoto": "Japan", "Tokyo": "Japan", "Bologna": "Italy",
    "Fulda": "Germany", "Brooklyn, NY": "USA", "Rotterdam": "the Netherlands",
    "Berlin": "Germany", "Nelson": "New Zealand", "Cambridge": "United Kingdom",
    "Breslau (now Wroclaw)": "Poland", "Basel": "Switzerland", "Portland, OR": "USA",
    "Big Sur, CA": "USA", "Cairo": "Egypt", "Shipston-on-Stour": "United Kingdom",
    "Rendcombe": "United Kingdom", "Stanford, CA": "USA", "Boston, MA": "USA",
    "Darvel": "United Kingdom", "London": "United Kingdom", "Castlebar": "Ireland",
    "Adelaide": "Australia", "Oxford": "United Kingdom", "Northampton": "United Kingdom",
    "San Diego, CA": "USA", "Pongaroa": "New Zealand", "Clausthal (now Clausthal-Zellerfeld)": "Germany",
    "Baden-Baden": "Germany", "Ryazan": "Russia", "Leningrad (now Saint Petersburg)": "Russia",
    "Bombay (now Mumbai)": "India", "Calcutta": "India", "Lübeck": "Germany", "Zurich": "Switzerland",
    "Oak Park, IL": "USA", "Ketchum, ID": "USA", "Aracataca": "Colombia", "Mexico City": "Mexico",
    "Lorain, OH": "USA", "Geneva": "Switzerland", "Heiden": "Switzerland", "Atlanta, GA": "USA",
    "Memphis, TN": "USA", "Uskup (now Skopje)": "North Macedonia", "Mvezo": "South Africa",
    "Johannesburg": "South Africa", "Cape Town": "South Africa", "Gary, IN": "USA",
    "Belmont, MA": "USA", "San Francisco, CA": "USA", "Bluefield, WV": "USA",
    "Monroe Township, NJ": "USA", "Budapest": "Hungary", "Berkeley, CA": "USA", "Poznan": "Poland",
    "Bonn": "Germany", "Pasadena, CA": "USA", "Manchester": "United Kingdom",
    "Strasbourg": "France", "Leipzig": "Germany", "Cambridge, MA": "USA",
    "Saint Petersburg": "Russia",
}  # fmt: skip

UNIVERSITIES = {
    "Munich University": "Munich", "École Polytechnique": "Paris",
    "École municipale de physique et de chimie industrielles (now ESPCI Paris)": "Paris",
    "Sorbonne University": "Paris", "Berlin University": "Berlin",
    "Kaiser-Wilhelm-Institut (now Max-Planck-Institut) für Physik": "Berlin",
    "Copenhagen University": "Copenhagen", "Leipzig University": "Leipzig",
    "University of Cambridge": "Cambridge", "Rome University": "Rome",
    "California Institute of Technology (Caltech)": "Pasadena, CA",
    "Tokyo University of Education": "Tokyo", "Harvard University": "Cambridge, MA",
    "Marconi Wireless Telegraph Co. Ltd.": "London", "Strasbourg University": "Strasbourg",
    "Victoria University": "Manchester",
    "Kaiser-Wilhelm-Institut (now Fritz-Haber-Institut) für physikalische Chemie und Electrochemie": "Berlin",
    "Institut du Radium": "Paris", "University of Oxford": "Oxford",
    "MRC Laboratory of Molecular Biology": "Cambridge", "Stanford University": "Stanford, CA",
    "London University": "London", "Institute for Infectious Diseases": "Berlin",
    "Military Medical Academy": "Saint Petersburg",
    "Massachusetts Institute of Technology (MIT)": "Cambridge, MA",
    "University of Chicago": "Chicago, IL", "Princeton University": "Princeton, NJ",
    "University of California": "Berkeley, CA",
    "Rheinische Friedrich-Wilhelms-Universität": "Bonn",
}  # fmt: skip

# Laureates: (name, given, family, gender, born, birth city, died, death city, dbpedia id,
# wikidata id); organizations: gender None, given/family None.
PEOPLE = [
    ("Wilhelm Conrad Röntgen", "Wilhelm Conrad", "Röntgen", "male", "1845-03-27", "Lennep (now Remscheid)", "1923-02-10", "Munich", "Wilhelm_Röntgen", "Q35149"),
    ("Henri Becquerel", "Antoine Henri", "Becquerel", "male", "1852-12-15", "Paris", "1908-08-25", "Le Croisic", "Henri_Becquerel", "Q41269"),
    ("Pierre Curie", "Pierre", "Curie", "male", "1859-05-15", "Paris", "1906-04-19", "Paris", "Pierre_Curie", "Q37463"),
    ("Marie Curie, née Sklodowska", "Marie", "Curie", "female", "1867-11-07", "Warsaw", "1934-07-04", "Sallanches", "Marie_Curie", "Q7186"),
    ("Max Karl Ernst Ludwig Planck", "Max Karl Ernst Ludwig", "Planck", "male", "1858-04-23", "Kiel", "1947-10-04", "Göttingen", "Max_Planck", "Q9021"),
    ("Albert Einstein", "Albert", "Einstein", "male", "1879-03-14", "Ulm", "1955-04-18", "Princeton, NJ", "Albert_Einstein", "Q937"),
    ("Niels Henrik David Bohr", "Niels Henrik David", "Bohr", "male", "1885-10-07", "Copenhagen", "1962-11-18", "Copenhagen", "Niels_Bohr", "Q7085"),
    ("Werner Karl Heisenberg", "Werner Karl", "Heisenberg", "male", "1901-12-05", "Würzburg", "1976-02-01", "Munich", "Werner_Heisenberg", "Q40904"),
    ("Erwin Schrödinger", "Erwin", "Schrödinger", "male", "1887-08-12", "Vienna", "1961-01-04", "Vienna", "Erwin_Schrödinger", "Q9130"),
    ("Paul Adrien Maurice Dirac", "Paul Adrien Maurice", "Dirac", "male", "1902-08-08", "Bristol", "1984-10-20", "Tallahassee, FL", "Paul_Dirac", "Q47480"),
    ("Enrico Fermi", "Enrico", "Fermi", "male", "1901-09-29", "Rome", "1954-11-28", "Chicago, IL", "Enrico_Fermi", "Q8753"),
    ("Richard P. Feynman", "Richard P.", "Feynman", "male", "1918-05-11", "New York, NY", "1988-02-15", "Los Angeles, CA", "Richard_Feynman", "Q39246"),
    ("Sin-Itiro Tomonaga", "Sin-Itiro", "Tomonaga", "male", "1906-03-31", "Kyoto", "1979-07-08", "Tokyo", "Sin-Itiro_Tomonaga", "Q192112"),
    ("Julian Schwinger", "Julian", "Schwinger", "male", "1918-02-12", "New York, NY", "1994-07-16", "Los Angeles, CA", "Julian_Schwinger", "Q206202"),
    ("Guglielmo Marconi", "Guglielmo", "Marconi", "male", "1874-04-25", "Bologna", "1937-07-20", "Rome", "Guglielmo_Marconi", "Q36488"),
    ("Karl Ferdinand Braun", "Karl Ferdinand", "Braun", "male", "1850-06-06", "Fulda", "1918-04-20", "Brooklyn, NY", "Karl_Ferdinand_Braun", "Q57128"),
    ("Jacobus Henricus van 't Hoff", "Jacobus Henricus", "van 't Hoff", "male", "1852-08-30", "Rotterdam", "1911-03-01", "Berlin", "Jacobus_Henricus_van_'t_Hoff", "Q102822"),
    ("Ernest Rutherford", "Ernest", "Rutherford", "male", "1871-08-30", "Nelson", "1937-10-19", "Cambridge", "Ernest_Rutherford", "Q9123"),
    ("Fritz Haber", "Fritz", "Haber", "male", "1868-12-09", "Breslau (now Wroclaw)", "1934-01-29", "Basel", "Fritz_Haber", "Q57085"),
    ("Frédéric Joliot", "Jean Frédéric", "Joliot", "male", "1900-03-19", "Paris", "1958-08-14", "Paris", "Frédéric_Joliot-Curie", "Q83296"),
    ("Irène Joliot-Curie", "Irène", "Joliot-Curie", "female", "1897-09-12", "Paris", "1956-03-17", "Paris", "Irène_Joliot-Curie", "Q7504"),
    ("Linus Carl Pauling", "Linus Carl", "Pauling", "male", "1901-02-28", "Portland, OR", "1994-08-19", "Big Sur, CA", "Linus_Pauling", "Q48983"),
    ("Dorothy Crowfoot Hodgkin", "Dorothy", "Crowfoot Hodgkin", "female", "1910-05-12", "Cairo", "1994-07-29", "Shipston-on-Stour", "Dorothy_Hodgkin", "Q7474"),
    ("Frederick Sanger", "Frederick", "Sanger", "male", "1918-08-13", "Rendcombe", "2013-11-19", "Cambridge", "Frederick_Sanger", "Q189751"),
    ("Paul Berg", "Paul", "Berg", "male", "1926-06-30", "New York, NY", "2023-02-15", "Stanford, CA", "Paul_Berg", "Q188389"),
    ("Walter Gilbert", "Walter", "Gilbert", "male", "1932-03-21", "Boston, MA", None, None, "Walter_Gilbert", "Q312671"),
    ("Sir Alexander Fleming", "Alexander", "Fleming", "male", "1881-08-06", "Darvel", "1955-03-11", "London", "Alexander_Fleming", "Q34849"),
    ("Ernst Boris Chain", "Ernst Boris", "Chain", "male", "1906-06-19", "Berlin", "1979-08-12", "Castlebar", "Ernst_Boris_Chain", "Q188788"),
    ("Sir Howard Walter Florey", "Howard Walter", "Florey", "male", "1898-09-24", "Adelaide", "1968-02-21", "Oxford", "Howard_Florey", "Q295773"),
    ("Francis Harry Compton Crick", "Francis Harry Compton", "Crick", "male", "1916-06-08", "Northampton", "2004-07-28", "San Diego, CA", "Francis_Crick", "Q123280"),
    ("James Dewey Watson", "James Dewey", "Watson", "male", "1928-04-06", "Chicago, IL", None, None, "James_Watson", "Q83333"),
    ("Maurice Hugh Frederick Wilkins", "Maurice Hugh Frederick", "Wilkins", "male", "1916-12-15", "Pongaroa", "2004-10-05", "London", "Maurice_Wilkins", "Q183029"),
    ("Robert Koch", "Heinrich Hermann Robert", "Koch", "male", "1843-12-11", "Clausthal (now Clausthal-Zellerfeld)", "1910-05-27", "Baden-Baden", "Robert_Koch", "Q17164"),
    ("Ivan Petrovich Pavlov", "Ivan Petrovich", "Pavlov", "male", "1849-09-26", "Ryazan", "1936-02-27", "Leningrad (now Saint Petersburg)", "Ivan_Pavlov", "Q42985"),
    ("Rudyard Kipling", "Rudyard", "Kipling", "male", "1865-12-30", "Bombay (now Mumbai)", "1936-01-18", "London", "Rudyard_Kipling", "Q34743"),
    ("Rabindranath Tagore", "Rabindranath", "Tagore", "male", "1861-05-07", "Calcutta", "1941-08-07", "Calcutta", "Rabindranath_Tagore", "Q7241"),
    ("Thomas Mann", "Thomas", "Mann", "male", "1875-06-06", "Lübeck", "1955-08-12", "Zurich", "Thomas_Mann", "Q37030"),
    ("Ernest Miller Hemingway", "Ernest Miller", "Hemingway", "male", "1899-07-21", "Oak Park, IL", "1961-07-02", "Ketchum, ID", "Ernest_Hemingway", "Q23434"),
    ("Gabriel García Márquez", "Gabriel", "García Márquez", "male", "1927-03-06", "Aracataca", "2014-04-17", "Mexico City", "Gabriel_García_Márquez", "Q5878"),
    ("Toni Morrison", "Toni", "Morrison", "female", "1931-02-18", "Lorain, OH", "2019-08-05", "New York, NY", "Toni_Morrison", "Q72334"),
    ("Jean-Paul Sartre", "Jean-Paul", "Sartre", "male", "1905-06-21", "Paris", "1980-04-15", "Paris", "Jean-Paul_Sartre", "Q9364"),
    ("Jean Henry Dunant", "Jean Henry", "Dunant", "male", "1828-05-08", "Geneva", "1910-10-30", "Heiden", "Henry_Dunant", "Q45793"),
    ("Frédéric Passy", "Frédéric", "Passy", "male", "1822-05-20", "Paris", "1912-06-12", "Paris", "Frédéric_Passy", "Q193685"),
    ("Martin Luther King Jr.", "Martin Luther", "King Jr.", "male", "1929-01-15", "Atlanta, GA", "1968-04-04", "Memphis, TN", "Martin_Luther_King_Jr.", "Q8027"),
    ("Mother Teresa", "Anjezë Gonxhe", "Bojaxhiu", "female", "1910-08-26", "Uskup (now Skopje)", "1997-09-05", "Calcutta", "Mother_Teresa", "Q30547"),
    ("Nelson Mandela", "Nelson Rolihlahla", "Mandela", "male", "1918-07-18", "Mvezo", "2013-12-05", "Johannesburg", "Nelson_Mandela", "Q8023"),
    ("F.W. de Klerk", "Frederik Willem", "de Klerk", "male", "1936-03-18", "Johannesburg", "2021-11-11", "Cape Town", "F._W._de_Klerk", "Q130910"),
    ("Paul A. Samuelson", "Paul A.", "Samuelson", "male", "1915-05-15", "Gary, IN", "2009-12-13", "Belmont, MA", "Paul_Samuelson", "Q180856"),
    ("Milton Friedman", "Milton", "Friedman", "male", "1912-07-31", "Brooklyn, NY", "2006-11-16", "San Francisco, CA", "Milton_Friedman", "Q47426"),
    ("John F. Nash Jr.", "John F.", "Nash Jr.", "male", "1928-06-13", "Bluefield, WV", "2015-05-23", "Monroe Township, NJ", "John_Forbes_Nash_Jr.", "Q164437"),
    ("John C. Harsanyi", "John C.", "Harsanyi", "male", "1920-05-29", "Budapest", "2000-08-09", "Berkeley, CA", "John_Harsanyi", "Q178698"),
    ("Reinhard Selten", "Reinhard", "Selten", "male", "1930-10-05", "Breslau (now Wroclaw)", "2016-08-23", "Poznan", "Reinhard_Selten", "Q57160"),
    ("International Committee of the Red Cross", None, None, None, "1863-00-00", None, None, None, "International_Committee_of_the_Red_Cross", "Q71"),
    ("Office of the United Nations High Commissioner for Refugees", None, None, None, "1950-00-00", None, None, None, "United_Nations_High_Commissioner_for_Refugees", "Q179577"),
]  # fmt: skip

MED = "Physiology or Medicine"
ECON = "Economic Sciences"
M = {
    "quantum": "for the discovery of new productive forms of atomic theory",
    "qed": "for their fundamental work in quantum electrodynamics, with deep-ploughing consequences for the physics of elementary particles",
    "radio": "in recognition of their contributions to the development of wireless telegraphy",
    "curie03": "in recognition of the extraordinary services they have rendered by their joint researches on the radiation phenomena discovered by Professor Henri Becquerel",
    "joliot": "in recognition of their synthesis of new radioactive elements",
    "penicillin": "for the discovery of penicillin and its curative effect in various infectious diseases",
    "dna": "for their discoveries concerning the molecular structure of nucleic acids and its significance for information transfer in living material",
    "seq": "for their contributions concerning the determination of base sequences in nucleic acids",
    "games": "for their pioneering analysis of equilibria in the theory of non-cooperative games",
}  # fmt: skip

# Awards: (laureate, category, year, share, motivation, affiliations).
AWARDS = [
    ("Wilhelm Conrad Röntgen", "Physics", 1901, 1, "in recognition of the extraordinary services he has rendered by the discovery of the remarkable rays subsequently named after him", ["Munich University"]),
    ("Henri Becquerel", "Physics", 1903, 2, "in recognition of the extraordinary services he has rendered by his discovery of spontaneous radioactivity", ["École Polytechnique"]),
    ("Pierre Curie", "Physics", 1903, 4, M["curie03"], ["École municipale de physique et de chimie industrielles (now ESPCI Paris)"]),
    ("Marie Curie, née Sklodowska", "Physics", 1903, 4, M["curie03"], []),
    ("Guglielmo Marconi", "Physics", 1909, 2, M["radio"], ["Marconi Wireless Telegraph Co. Ltd."]),
    ("Karl Ferdinand Braun", "Physics", 1909, 2, M["radio"], ["Strasbourg University"]),
    ("Marie Curie, née Sklodowska", "Chemistry", 1911, 1, "in recognition of her services to the advancement of chemistry by the discovery of the elements radium and polonium, by the isolation of radium and the study of the nature and compounds of this remarkable element", ["Sorbonne University"]),
    ("Max Karl Ernst Ludwig Planck", "Physics", 1918, 1, "in recognition of the services he rendered to the advancement of Physics by his discovery of energy quanta", ["Berlin University"]),
    ("Albert Einstein", "Physics", 1921, 1, "for his services to Theoretical Physics, and especially for his discovery of the law of the photoelectric effect", ["Kaiser-Wilhelm-Institut (now Max-Planck-Institut) für Physik"]),
    ("Niels Henrik David Bohr", "Physics", 1922, 1, "for his services in the investigation of the structure of atoms and of the radiation emanating from them", ["Copenhagen University"]),
    ("Werner Karl Heisenberg", "Physics", 1932, 1, "for the creation of quantum mechanics, the application of which has, inter alia, led to the discovery of the allotropic forms of hydrogen", ["Leipzig University"]),
    ("Erwin Schrödinger", "Physics", 1933, 2, M["quantum"], ["Berlin University"]),
    ("Paul Adrien Maurice Dirac", "Physics", 1933, 2, M["quantum"], ["University of Cambridge"]),
    ("Enrico Fermi", "Physics", 1938, 1, "for his demonstrations of the existence of new radioactive elements produced by neutron irradiation, and for his related discovery of nuclear reactions brought about by slow neutrons", ["Rome University"]),
    ("Sin-Itiro Tomonaga", "Physics", 1965, 3, M["qed"], ["Tokyo University of Education"]),
    ("Julian Schwinger", "Physics", 1965, 3, M["qed"], ["Harvard University"]),
    ("Richard P. Feynman", "Physics", 1965, 3, M["qed"], ["California Institute of Technology (Caltech)"]),
    ("Jacobus Henricus van 't Hoff", "Chemistry", 1901, 1, "in recognition of the extraordinary services he has rendered by the discovery of the laws of chemical dynamics and osmotic pressure in solutions", ["Berlin University"]),
    ("Ernest Rutherford", "Chemistry", 1908, 1, "for his investigations into the disintegration of the elements, and the chemistry of radioactive substances", ["Victoria University"]),
    ("Fritz Haber", "Chemistry", 1918, 1, "for the synthesis of ammonia from its elements", ["Kaiser-Wilhelm-Institut (now Fritz-Haber-Institut) für physikalische Chemie und Electrochemie"]),
    ("Frédéric Joliot", "Chemistry", 1935, 2, M["joliot"], ["Institut du Radium"]),
    ("Irène Joliot-Curie", "Chemistry", 1935, 2, M["joliot"], ["Institut du Radium"]),
    ("Linus Carl Pauling", "Chemistry", 1954, 1, "for his research into the nature of the chemical bond and its application to the elucidation of the structure of complex substances", ["California Institute of Technology (Caltech)"]),
    ("Frederick Sanger", "Chemistry", 1958, 1, "for his work on the structure of proteins, especially that of insulin", ["University of Cambridge"]),
    ("Dorothy Crowfoot Hodgkin", "Chemistry", 1964, 1, "for her determinations by X-ray techniques of the structures of important biochemical substances", ["University of Oxford"]),
    ("Paul Berg", "Chemistry", 1980, 2, "for his fundamental studies of the biochemistry of nucleic acids, with particular regard to recombinant-DNA", ["Stanford University"]),
    ("Walter Gilbert", "Chemistry", 1980, 4, M["seq"], ["Harvard University"]),
    ("Frederick Sanger", "Chemistry", 1980, 4, M["seq"], ["MRC Laboratory of Molecular Biology"]),
    ("Ivan Petrovich Pavlov", MED, 1904, 1, "in recognition of his work on the physiology of digestion, through which knowledge on vital aspects of the subject has been transformed and enlarged", ["Military Medical Academy"]),
    ("Robert Koch", MED, 1905, 1, "for his investigations and discoveries in relation to tuberculosis", ["Institute for Infectious Diseases"]),
    ("Sir Alexander Fleming", MED, 1945, 3, M["penicillin"], ["London University"]),
    ("Ernst Boris Chain", MED, 1945, 3, M["penicillin"], ["University of Oxford"]),
    ("Sir Howard Walter Florey", MED, 1945, 3, M["penicillin"], ["University of Oxford"]),
    ("Francis Harry Compton Crick", MED, 1962, 3, M["dna"], ["MRC Laboratory of Molecular Biology"]),
    ("James Dewey Watson", MED, 1962, 3, M["dna"], ["Harvard University"]),
    ("Maurice Hugh Frederick Wilkins", MED, 1962, 3, M["dna"], ["London University"]),
    ("Rudyard Kipling", "Literature", 1907, 1, "in consideration of the power of observation, originality of imagination, virility of ideas and remarkable talent for narration which characterize the creations of this world-famous author", []),
    ("Rabindranath Tagore", "Literature", 1913, 1, "because of his profoundly sensitive, fresh and beautiful verse, by which, with consummate skill, he has made his poetic thought, expressed in his own English words, a part of the literature of the West", []),
    ("Thomas Mann", "Literature", 1929, 1, "principally for his great novel, Buddenbrooks, which has won steadily increased recognition as one of the classic works of contemporary literature", []),
    ("Ernest Miller Hemingway", "Literature", 1954, 1, "for his mastery of the art of narrative, most recently demonstrated in The Old Man and the Sea, and for the influence that he has exerted on contemporary style", []),
    ("Jean-Paul Sartre", "Literature", 1964, 1, "for his work which, rich in ideas and filled with the spirit of freedom and the quest for truth, has exerted a far-reaching influence on our age", []),
    ("Gabriel García Márquez", "Literature", 1982, 1, "for his novels and short stories, in which the fantastic and the realistic are combined in a richly composed world of imagination, reflecting a continent's life and conflicts", []),
    ("Toni Morrison", "Literature", 1993, 1, "who in novels characterized by visionary force and poetic import, gives life to an essential aspect of American reality", []),
    ("Jean Henry Dunant", "Peace", 1901, 2, None, []),
    ("Frédéric Passy", "Peace", 1901, 2, None, []),
    ("International Committee of the Red Cross", "Peace", 1917, 1, None, []),
    ("International Committee of the Red Cross", "Peace", 1944, 1, None, []),
    ("Office of the United Nations High Commissioner for Refugees", "Peace", 1954, 1, None, []),
    ("Linus Carl Pauling", "Peace", 1962, 1, None, []),
    ("Martin Luther King Jr.", "Peace", 1964, 1, None, []),
    ("Mother Teresa", "Peace", 1979, 1, None, []),
    ("Office of the United Nations High Commissioner for Refugees", "Peace", 1981, 1, None, []),
    ("Nelson Mandela", "Peace", 1993, 2, "for their work for the peaceful termination of the apartheid regime, and for laying the foundations for a new democratic South Africa", []),
    ("F.W. de Klerk", "Peace", 1993, 2, "for their work for the peaceful termination of the apartheid regime, and for laying the foundations for a new democratic South Africa", []),
    ("Paul A. Samuelson", ECON, 1970, 1, "for the scientific work through which he has developed static and dynamic economic theory and actively contributed to raising the level of analysis in economic science", ["Massachusetts Institute of Technology (MIT)"]),
    ("Milton Friedman", ECON, 1976, 1, "for his achievements in the fields of consumption analysis, monetary history and theory and for his demonstration of the complexity of stabilization policy", ["University of Chicago"]),
    ("John C. Harsanyi", ECON, 1994, 3, M["games"], ["University of California"]),
    ("John F. Nash Jr.", ECON, 1994, 3, M["games"], ["Princeton University"]),
    ("Reinhard Selten", ECON, 1994, 3, M["games"], ["Rheinische Friedrich-Wilhelms-Universität"]),
]  # fmt: skip


def slug(label: str) -> str:
    """The publisher's IRI segment for a name: spaces to underscores, punctuation dropped."""
    return re.sub(r"[^\w-]", "", label.replace(" ", "_").split("_(now")[0])


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def prize_label(cat: str, year: int) -> str:
    if cat == ECON:
        return f"The Sveriges Riksbank Prize in Economic Sciences in Memory of Alfred Nobel {year}"
    if cat == "Peace":
        return f"Nobel Peace Prize {year}"
    return f"Nobel Prize in {cat} {year}"


def block(subject: str, pairs: list[tuple[str, str]]) -> str:
    body = " ;\n".join(f"    {p} {o}" for p, o in pairs)
    return f"{subject}\n{body} .\n"


def build() -> str:
    rng = random.Random(1901)
    out = [PREFIXES]
    for local, kind, label, comment, dom_range in ONTOLOGY:
        pairs = [("a", kind), ("rdfs:label", lit(label) + "@en")]
        pairs.append(("rdfs:comment", lit(comment) + "@en"))
        if dom_range:
            if dom_range[0]:
                pairs.append(("rdfs:domain", dom_range[0]))
            pairs.append(("rdfs:range", dom_range[1]))
        pairs.append(("rdfs:isDefinedBy", "<http://data.nobelprize.org/terms/>"))
        out.append(block(f"nobel:{local}", pairs))
    cats = sorted({a[1] for a in AWARDS})
    for cat in cats:
        out.append(
            block(
                f"<{R}category/{slug(cat)}>",
                [("a", "nobel:Category"), ("rdfs:label", lit(cat) + "@en")],
            )
        )
    for name, qid in COUNTRIES.items():
        iri = f"<{R}country/{slug(name)}>"
        same = f"<http://dbpedia.org/resource/{slug(name)}>, <http://www.wikidata.org/entity/{qid}>"
        pairs = [("a", "dbpedia-owl:Country"), ("rdfs:label", lit(name) + "@en")]
        out.append(block(iri, [*pairs, ("owl:sameAs", same)]))
    for name, country in CITIES.items():
        iri = f"<{R}city/{slug(name)}>"
        pairs = [("a", "dbpedia-owl:City"), ("rdfs:label", lit(name) + "@en")]
        pairs.append(("dbpedia-owl:country", f"<{R}country/{slug(country)}>"))
        pairs.append(("owl:sameAs", f"<http://dbpedia.org/resource/{slug(name)}>"))
        out.append(block(iri, pairs))
    for name, city in UNIVERSITIES.items():
        iri = f"<{R}university/{slug(name)}>"
        pairs = [("a", "dbpedia-owl:University"), ("rdfs:label", lit(name) + "@en")]
        pairs.append(("dbpedia-owl:city", f"<{R}city/{slug(city)}>"))
        pairs.append(("dbpedia-owl:country", f"<{R}country/{slug(CITIES[city])}>"))
        out.append(block(iri, pairs))
    ids = rng.sample(range(7, 990), len(PEOPLE))
    known = {"Wilhelm Conrad Röntgen": 1, "Henri Becquerel": 4, "Pierre Curie": 5}
    known |= {"Marie Curie, née Sklodowska": 6, "Albert Einstein": 26}
    laureate = {
        p[0]: f"<{R}laureate/{known.get(p[0], i)}>" for p, i in zip(PEOPLE, ids, strict=True)
    }
    award_ids = rng.sample(range(1000, 9999), len(AWARDS))
    prizes: dict[tuple[str, int], list[tuple[str, str]]] = {}
    awards_of: dict[str, list[tuple[str, str]]] = {}
    for (who, cat, year, *_), aid in zip(AWARDS, award_ids, strict=True):
        prizes.setdefault((cat, year), []).append((who, f"<{R}laureateaward/{aid}>"))
    for (cat, year), members in sorted(prizes.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        prize = f"<{R}nobelprize/{slug(cat)}/{year}>"
        pairs = [("a", "nobel:NobelPrize"), ("rdfs:label", lit(prize_label(cat, year)) + "@en")]
        pairs += [("nobel:category", f"<{R}category/{slug(cat)}>")]
        pairs += [("nobel:year", f'"{year}"^^xsd:integer')]
        pairs += [("nobel:laureate", ", ".join(laureate[w] for w, _ in members))]
        pairs += [("dcterms:hasPart", ", ".join(a for _, a in members))]
        out.append(block(prize, pairs))
        for order, (who, award) in enumerate(members, 1):
            awards_of.setdefault(who, []).append((award, prize))
            _, _, _, share, motivation, affs = next(
                a for a in AWARDS if a[0] == who and a[1] == cat and a[2] == year
            )
            pairs = [("a", "nobel:LaureateAward")]
            pairs.append(("rdfs:label", lit(f"{who}, {cat} {year}") + "@en"))
            pairs.append(("nobel:category", f"<{R}category/{slug(cat)}>"))
            pairs.append(("nobel:year", f'"{year}"^^xsd:integer'))
            if motivation:
                pairs.append(("nobel:motivation", lit(motivation) + "@en"))
            pairs.append(("nobel:share", f'"{share}"^^xsd:integer'))
            pairs.append(("nobel:sortOrder", f'"{order}"^^xsd:integer'))
            pairs.append(("nobel:laureate", laureate[who]))
            for aff in affs:
                pairs.append(("dbpedia-owl:affiliation", f"<{R}university/{slug(aff)}>"))
            pairs.append(("dcterms:isPartOf", prize))
            out.append(block(award, pairs))
    for name, given, family, gender, born, bcity, died, dcity, dbp, qid in PEOPLE:
        kind = "foaf:Person" if gender else "foaf:Organization"
        pairs = [("a", f"nobel:Laureate, {kind}"), ("rdfs:label", lit(name))]
        pairs.append(("foaf:name", lit(name)))
        if given:
            pairs += [("foaf:givenName", lit(given)), ("foaf:familyName", lit(family))]
            pairs.append(("foaf:gender", lit(gender)))
            pairs.append(("foaf:birthday", f'"{born}"^^xsd:date'))
        else:
            pairs.append(("dbpedia-owl:foundingYear", f'"{born[:4]}"^^xsd:gYear'))
        if bcity:
            pairs.append(("dbpedia-owl:birthPlace", f"<{R}city/{slug(bcity)}>"))
        if died:
            pairs.append(("dbpedia-owl:deathDate", f'"{died}"^^xsd:date'))
            pairs.append(("dbpedia-owl:deathPlace", f"<{R}city/{slug(dcity)}>"))
        mine = awards_of[name]
        pairs.append(("nobel:laureateAward", ", ".join(a for a, _ in mine)))
        pairs.append(("nobel:nobelPrize", ", ".join(p for _, p in mine)))
        same = f"<http://dbpedia.org/resource/{dbp}>, <http://www.wikidata.org/entity/{qid}>"
        pairs.append(("owl:sameAs", same))
        out.append(block(laureate[name], pairs))
    return "\n".join(out)


if __name__ == "__main__":
    (HERE / "nobel.ttl").write_text(build(), encoding="utf-8")
