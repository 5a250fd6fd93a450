# ruff: noqa: E501  (one SPARQL query a line)
"""Print dbpedia.jsonl: each question with its gold answers computed by SPARQL over
``dbpedia/companies.ttl`` + ``dbpedia/dbpedia_ontology.owl`` (English labels of resources, lexical
forms of literals; a query returning nothing makes an unanswerable question).

Run from the repository root:
``python bench/data/own/dbpedia_answers.py > bench/data/own/dbpedia.jsonl``.
"""

import rdflib
from _answers_common import print_answers

g = rdflib.Graph()
g.parse("bench/data/own/dbpedia/companies.ttl")
g.parse("bench/data/own/dbpedia/dbpedia_ontology.owl")
P = """PREFIX dbo: <http://dbpedia.org/ontology/> PREFIX dbp: <http://dbpedia.org/property/>
PREFIX dbr: <http://dbpedia.org/resource/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
L = "?x rdfs:label ?a FILTER(lang(?a) = 'en')"  # the English label of ?x
Q = [
    ("who founded ikea", "1hop", f"SELECT ?a {{dbr:IKEA dbo:foundedBy ?x . {L}}}"),
    ("Where is Nokia headquartered?", "1hop", f"SELECT ?a {{dbr:Nokia dbo:headquarter ?x . {L}}}"),
    ("where was gottlieb daimler born", "1hop", f"SELECT ?a {{dbr:Gottlieb_Daimler dbo:birthPlace ?x . {L}}}"),
    ("Where did Enzo Ferrari die?", "1hop", f"SELECT ?a {{dbr:Enzo_Ferrari dbo:deathPlace ?x . {L}}}"),
    ("Which city is ETH Zurich located in?", "1hop", f"SELECT ?a {{dbr:ETH_Zurich dbo:city ?x . {L}}}"),
    ("who are the key people at Siemens", "1hop", f"SELECT ?a {{dbr:Siemens dbo:keyPerson ?x . {L}}}"),
    ("what does nestlé produce", "1hop", f"SELECT ?a {{dbr:Nestl%C3%A9 dbo:product ?x . {L}}}"),
    ("Who was Carl Benz married to?", "1hop", f"SELECT ?a {{dbr:Carl_Benz dbo:spouse ?x . {L}}}"),
    ("Which companies were founded in Stuttgart?", "inverse", f"SELECT ?a {{?x dbo:foundationPlace dbr:Stuttgart . {L}}}"),
    ("who was born in Herzogenaurach", "inverse", f"SELECT ?a {{?x dbo:birthPlace dbr:Herzogenaurach . {L}}}"),
    ("companies headquartered in munich", "inverse", f"SELECT ?a {{?x dbo:headquarter dbr:Munich . {L}}}"),
    ("Which companies did Wilhelm Maybach found?", "inverse", f"SELECT ?a {{?x dbo:foundedBy dbr:Wilhelm_Maybach . {L}}}"),
    ("what are the subsidiaries of the volkswagen group", "inverse", f"SELECT ?a {{?x dbo:parentCompany dbr:Volkswagen_Group . {L}}}"),
    ("who studied at KTH Royal Institute of Technology?", "inverse", f"SELECT ?a {{?x dbo:almaMater dbr:KTH_Royal_Institute_of_Technology . {L}}}"),
    ("In which country was the founder of Nestlé born?", "2hop", f"SELECT ?a {{dbr:Nestl%C3%A9 dbo:foundedBy/dbo:birthPlace/dbo:country ?x . {L}}}"),
    ("where is the company founded by Ingvar Kamprad headquartered", "2hop", f"SELECT ?a {{?c dbo:foundedBy dbr:Ingvar_Kamprad; dbo:headquarter ?x . {L}}}"),
    ("which universities did the founders of spotify go to", "2hop", f"SELECT ?a {{dbr:Spotify dbo:foundedBy/dbo:almaMater ?x . {L}}}"),
    ("what's the population of the city where BMW is headquartered", "2hop", "SELECT ?a {dbr:BMW dbo:headquarter/dbo:populationTotal ?a}"),
    ("who founded the parent company of Audi", "2hop", f"SELECT ?a {{dbr:Audi dbo:parentCompany/dbo:foundedBy ?x . {L}}}"),
    ("who is the mayor of the city where siemens has its headquarters", "2hop", f"SELECT ?a {{dbr:Siemens dbo:headquarter/dbo:leaderName ?x . {L}}}"),
    ("which country is the company founded by Adolf Dassler's brother based in", "3hop", f"SELECT ?a {{?c dbo:foundedBy ?b . dbr:Adolf_Dassler dbo:relative ?b . ?c dbo:headquarter/dbo:country ?x . {L}}}"),
    ("What is the capital of the country where Nokia has its headquarters?", "3hop", f"SELECT ?a {{dbr:Nokia dbo:headquarter/dbo:country/dbo:capital ?x . {L}}}"),
    ("In which German state did the founder of Robert Bosch GmbH die?", "3hop", f"SELECT ?a {{dbr:Robert_Bosch_GmbH dbo:foundedBy/dbo:deathPlace/dbo:isPartOf ?x . {L}}}"),
    ("Which car makers are headquartered in Stuttgart?", "conjunction", f"SELECT ?a {{?x dbo:industry dbr:Automotive_industry; dbo:headquarter dbr:Stuttgart . {L}}}"),
    ("who was born in paris and died in paris", "conjunction", f"SELECT ?a {{?x dbo:birthPlace dbr:Paris; dbo:deathPlace dbr:Paris . {L}}}"),
    ("which company was founded by both Gottlieb Daimler and Carl Benz", "conjunction", f"SELECT ?a {{?x dbo:foundedBy dbr:Gottlieb_Daimler, dbr:Carl_Benz . {L}}}"),
    ("who started Ericsson", "synonym", f"SELECT ?a {{dbr:Ericsson dbo:foundedBy ?x . {L}}}"),
    ("what's the hometown of Hasso Plattner", "synonym", f"SELECT ?a {{dbr:Hasso_Plattner dbo:birthPlace ?x . {L}}}"),
    ("how many people work at Bosch", "synonym", "SELECT ?a {dbr:Robert_Bosch_GmbH dbo:numberOfEmployees ?a}"),
    ("where is michelin's head office", "synonym", f"SELECT ?a {{dbr:Michelin dbo:headquarter ?x . {L}}}"),
    ("Who is Ferry Porsche's father?", "synonym", f"SELECT ?a {{dbr:Ferry_Porsche dbo:parent ?x . {L}}}"),
    ("who founded VW", "alias", f"SELECT ?a {{dbr:VW dbo:wikiPageRedirects/dbo:foundedBy ?x . {L}}}"),
    ("Where is Daimler AG based?", "alias", f"SELECT ?a {{dbr:Daimler_AG dbo:wikiPageRedirects/dbo:headquarter ?x . {L}}}"),
    ("who founded lego", "alias", f"SELECT ?a {{dbr:LEGO dbo:wikiPageRedirects/dbo:foundedBy ?x . {L}}}"),
    ("how many people live in Köln", "alias", "SELECT ?a {dbr:K%C3%B6ln dbo:wikiPageRedirects/dbo:populationTotal ?a}"),
    ("where was Adi Dassler born?", "alias", f"SELECT ?a {{dbr:Adi_Dassler dbo:wikiPageRedirects/dbo:birthPlace ?x . {L}}}"),
    ("who founded volkswagon", "typo", f"SELECT DISTINCT ?a {{VALUES ?c {{dbr:Volkswagen dbr:Volkswagen_Group}} ?c dbo:foundedBy ?x . {L}}}"),
    ("where was Ferdinand Porche born", "typo", f"SELECT ?a {{dbr:Ferdinand_Porsche dbo:birthPlace ?x . {L}}}"),
    ("wher is erricson headquartered", "typo", f"SELECT ?a {{dbr:Ericsson dbo:headquarter ?x . {L}}}"),
    ("when did carl bens die", "typo", "SELECT ?a {{dbr:Carl_Benz dbo:deathDate ?a} UNION {dbr:Carl_Benz dbo:deathYear ?a}}"),
    ("When was Siemens founded?", "literal", "SELECT ?a {{dbr:Siemens dbo:foundingDate ?a} UNION {dbr:Siemens dbo:foundingYear ?a}}"),
    ("How many employees does the Volkswagen Group have?", "literal", "SELECT ?a {dbr:Volkswagen_Group dbo:numberOfEmployees ?a}"),
    ("what is the area of munich in square kilometres", "literal", "SELECT ?a {dbr:Munich dbp:areaTotalKm ?a}"),
    ("how many children did Ferdinand Porsche have", "literal", "SELECT ?a {dbr:Ferdinand_Porsche dbp:children ?a FILTER(isNumeric(?a))}"),
    ("What is Munich called in Italian?", "literal", "SELECT ?a {dbr:Munich rdfs:label ?a FILTER(lang(?a) = 'it')}"),
    ("when was Louis Renault the car maker born", "literal", "SELECT ?a {{<http://dbpedia.org/resource/Louis_Renault_(industrialist)> dbo:birthDate ?a} UNION {<http://dbpedia.org/resource/Louis_Renault_(industrialist)> dbo:birthYear ?a}}"),
    ("Who founded Toyota?", "unanswerable", f"SELECT ?a {{?c rdfs:label 'Toyota'@en; dbo:foundedBy ?x . {L}}}"),
    ("who is the mayor of wolfsburg", "unanswerable", f"SELECT ?a {{dbr:Wolfsburg dbo:leaderName ?x . {L}}}"),
    ("what was Nokia's revenue in 1995", "unanswerable", "SELECT ?a {dbr:Nokia dbo:revenue1995 ?a}"),
    ("how many students does the University of Oxford have", "unanswerable", "SELECT ?a {dbr:University_of_Oxford dbo:numberOfStudents ?a}"),
]  # fmt: skip

if __name__ == "__main__":
    print_answers(Q, lambda query: {str(r[0]) for r in g.query(P + query)}, none_unanswerable=True)
