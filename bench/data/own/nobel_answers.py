# ruff: noqa: E501  (one SPARQL query a line)
"""Print nobel.jsonl: each question with its gold answers computed by SPARQL over nobel.ttl.

Run from the repository root: ``python bench/data/own/nobel_answers.py > bench/data/own/nobel.jsonl``.
"""

import rdflib
from _answers_common import print_answers

g = rdflib.Graph()
g.parse("bench/data/own/nobel.ttl")
P = """PREFIX nobel: <http://data.nobelprize.org/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dbo: <http://dbpedia.org/ontology/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
Q = [
    (
        "where was albert einstein born?",
        "1hop",
        "SELECT ?a WHERE {?p foaf:name 'Albert Einstein'; dbo:birthPlace/rdfs:label ?a}",
    ),
    (
        "When was Niels Bohr born?",
        "literal",
        "SELECT ?a WHERE {?p foaf:familyName 'Bohr'; foaf:birthday ?a}",
    ),
    (
        "where did enrico fermi die",
        "1hop",
        "SELECT ?a WHERE {?p foaf:name 'Enrico Fermi'; dbo:deathPlace/rdfs:label ?a}",
    ),
    (
        "which country is ulm in?",
        "1hop",
        "SELECT ?a WHERE {?c rdfs:label 'Ulm'@en; dbo:country/rdfs:label ?a}",
    ),
    (
        "What city is Leipzig University in?",
        "1hop",
        "SELECT ?a WHERE {?c rdfs:label 'Leipzig University'@en; dbo:city/rdfs:label ?a}",
    ),
    (
        "What Nobel prize did Toni Morrison get?",
        "1hop",
        "SELECT ?a WHERE {?p foaf:name 'Toni Morrison'; nobel:nobelPrize/rdfs:label ?a}",
    ),
    (
        "Who was born in Paris?",
        "inverse",
        "SELECT ?a WHERE {?p dbo:birthPlace/rdfs:label 'Paris'@en; foaf:name ?a}",
    ),
    (
        "which laureates died in cambridge",
        "inverse",
        "SELECT ?a WHERE {?p dbo:deathPlace/rdfs:label 'Cambridge'@en; foaf:name ?a}",
    ),
    (
        "Which universities are in Berlin?",
        "inverse",
        "SELECT ?a WHERE {?u a dbo:University; dbo:city/rdfs:label 'Berlin'@en; rdfs:label ?a}",
    ),
    (
        "who won the nobel peace prize 1993",
        "inverse",
        "SELECT ?a WHERE {?n rdfs:label 'Nobel Peace Prize 1993'@en; nobel:laureate/foaf:name ?a}",
    ),
    (
        "who won the chemistry prize in 1911?",
        "conjunction",
        "SELECT ?a WHERE {?w nobel:category/rdfs:label 'Chemistry'@en; nobel:year 1911; nobel:laureate/foaf:name ?a}",
    ),
    (
        "which prize did einstein win in 1921",
        "2hop",
        "SELECT ?a WHERE {?p foaf:familyName 'Einstein'; nobel:nobelPrize ?n. ?n nobel:year 1921; rdfs:label ?a}",
    ),
    (
        "In what category did Toni Morrison win?",
        "2hop",
        "SELECT ?a WHERE {?p foaf:name 'Toni Morrison'; nobel:laureateAward/nobel:category/rdfs:label ?a}",
    ),
    (
        "what year did hemingway win the nobel prize",
        "2hop",
        "SELECT ?a WHERE {?p foaf:familyName 'Hemingway'; nobel:laureateAward/nobel:year ?a}",
    ),
    (
        "What did Fritz Haber get the Nobel Prize for?",
        "2hop",
        "SELECT ?a WHERE {?p foaf:name 'Fritz Haber'; nobel:laureateAward/nobel:motivation ?a}",
    ),
    (
        "Which university was Enrico Fermi affiliated with?",
        "2hop",
        "SELECT ?a WHERE {?p foaf:name 'Enrico Fermi'; nobel:laureateAward/dbo:affiliation/rdfs:label ?a}",
    ),
    (
        "In what country was Fritz Haber born?",
        "2hop",
        "SELECT ?a WHERE {?p foaf:name 'Fritz Haber'; dbo:birthPlace/dbo:country/rdfs:label ?a}",
    ),
    (
        "which country did mother teresa die in",
        "2hop",
        "SELECT ?a WHERE {?p foaf:name 'Mother Teresa'; dbo:deathPlace/dbo:country/rdfs:label ?a}",
    ),
    (
        "What share of the prize did Pierre Curie receive?",
        "2hop",
        "SELECT ?a WHERE {?p foaf:name 'Pierre Curie'; nobel:laureateAward/nobel:share ?a}",
    ),
    (
        "Which laureates were at the University of Oxford when they won?",
        "inverse",
        "SELECT ?a WHERE {?w dbo:affiliation/rdfs:label 'University of Oxford'@en; nobel:laureate/foaf:name ?a}",
    ),
    (
        "where was the physics laureate of 1921 born",
        "3hop",
        "SELECT ?a WHERE {?w nobel:category/rdfs:label 'Physics'@en; nobel:year 1921; nobel:laureate/dbo:birthPlace/rdfs:label ?a}",
    ),
    (
        "In which countries were the winners of the 1933 physics prize born?",
        "3hop",
        "SELECT ?a WHERE {?n rdfs:label 'Nobel Prize in Physics 1933'@en; nobel:laureate/dbo:birthPlace/dbo:country/rdfs:label ?a}",
    ),
    (
        "In what city is the university Linus Pauling worked at when he won the chemistry prize?",
        "3hop",
        "SELECT ?a WHERE {?p foaf:name 'Linus Carl Pauling'; nobel:laureateAward ?w. ?w nobel:category/rdfs:label 'Chemistry'@en; dbo:affiliation/dbo:city/rdfs:label ?a}",
    ),
    (
        "who got the medicine nobel in 1962",
        "synonym",
        "SELECT ?a WHERE {?n rdfs:label 'Nobel Prize in Physiology or Medicine 1962'@en; nobel:laureate/foaf:name ?a}",
    ),
    (
        "Who received the economics prize in 1994?",
        "synonym",
        "SELECT ?a WHERE {?w nobel:category/rdfs:label 'Economic Sciences'@en; nobel:year 1994; nobel:laureate/foaf:name ?a}",
    ),
    (
        "what is thomas mann's birthplace",
        "synonym",
        "SELECT ?a WHERE {?p foaf:name 'Thomas Mann'; dbo:birthPlace/rdfs:label ?a}",
    ),
    (
        "When did Martin Luther King Jr. pass away?",
        "synonym",
        "SELECT ?a WHERE {?p foaf:name 'Martin Luther King Jr.'; dbo:deathDate ?a}",
    ),
    (
        "Where did Max Planck die?",
        "alias",
        "SELECT ?a WHERE {?p foaf:familyName 'Planck'; dbo:deathPlace/rdfs:label ?a}",
    ),
    (
        "Which university was Richard Feynman at when he won?",
        "alias",
        "SELECT ?a WHERE {?p foaf:familyName 'Feynman'; nobel:laureateAward/dbo:affiliation/rdfs:label ?a}",
    ),
    (
        "when did the red cross win the peace prize?",
        "alias",
        "SELECT ?a WHERE {?p foaf:name 'International Committee of the Red Cross'; nobel:laureateAward/nobel:year ?a}",
    ),
    (
        "Who was born in Wroclaw?",
        "alias",
        "SELECT ?a WHERE {?p dbo:birthPlace/rdfs:label 'Breslau (now Wroclaw)'@en; foaf:name ?a}",
    ),
    (
        "Where was Marie Curie born?",
        "alias",
        "SELECT ?a WHERE {?p foaf:familyName 'Curie'; foaf:givenName 'Marie'; dbo:birthPlace/rdfs:label ?a}",
    ),
    (
        "where was ernest rutherfrod born",
        "typo",
        "SELECT ?a WHERE {?p foaf:name 'Ernest Rutherford'; dbo:birthPlace/rdfs:label ?a}",
    ),
    (
        "when was erwin schrodinger born",
        "typo",
        "SELECT ?a WHERE {?p foaf:familyName 'Schrödinger'; foaf:birthday ?a}",
    ),
    (
        "where did gabriel garcia marquez die?",
        "typo",
        "SELECT ?a WHERE {?p foaf:name 'Gabriel García Márquez'; dbo:deathPlace/rdfs:label ?a}",
    ),
    (
        "what prize did heisenburg win",
        "typo",
        "SELECT ?a WHERE {?p foaf:familyName 'Heisenberg'; nobel:nobelPrize/rdfs:label ?a}",
    ),
    (
        "What is Albert Einstein's birthday?",
        "literal",
        "SELECT ?a WHERE {?p foaf:name 'Albert Einstein'; foaf:birthday ?a}",
    ),
    (
        "what was the motivation for thomas mann's nobel prize",
        "literal",
        "SELECT ?a WHERE {?p foaf:name 'Thomas Mann'; nobel:laureateAward/nobel:motivation ?a}",
    ),
    (
        "What is Dorothy Crowfoot Hodgkin's gender?",
        "literal",
        "SELECT ?a WHERE {?p foaf:name 'Dorothy Crowfoot Hodgkin'; foaf:gender ?a}",
    ),
    (
        "Who was born in New York and died in Los Angeles?",
        "conjunction",
        "SELECT ?a WHERE {?p dbo:birthPlace/rdfs:label 'New York, NY'@en; dbo:deathPlace/rdfs:label 'Los Angeles, CA'@en; foaf:name ?a}",
    ),
    (
        "Which chemistry laureates were at Harvard University?",
        "conjunction",
        "SELECT ?a WHERE {?w nobel:category/rdfs:label 'Chemistry'@en; dbo:affiliation/rdfs:label 'Harvard University'@en; nobel:laureate/foaf:name ?a}",
    ),
    (
        "which physics winners were born in paris",
        "conjunction",
        "SELECT ?a WHERE {?w nobel:category/rdfs:label 'Physics'@en; nobel:laureate ?p. ?p dbo:birthPlace/rdfs:label 'Paris'@en; foaf:name ?a}",
    ),
    ("Who was Pierre Curie married to?", "unanswerable", None),
    ("How much prize money did Ernest Hemingway receive?", "unanswerable", None),
    ("Who nominated Toni Morrison for the Nobel Prize?", "unanswerable", None),
    ("Where did Niels Bohr go to school?", "unanswerable", None),
]
print_answers(Q, lambda query: {str(r[0]) for r in g.query(P + query)})
