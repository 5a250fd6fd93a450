# ruff: noqa: E501  (one SPARQL query a line)
"""Print olympics.jsonl: each question with its gold answers computed by SPARQL over olympics.jsonld.

rdflib reads the document with its context named by schema.org's URL replaced by schema.org's
vocabulary (no network). An entity's answer is its name (``schema:name``), or for a code-list
concept its English ``skos:prefLabel``; a literal is its lexical form. A question about a team
or a country accepts both (a team's name and its country's are said alike by users).
Run from the repository root: ``python bench/data/own/olympics_answers.py > bench/data/own/olympics.jsonl``.
"""

import json
from pathlib import Path

import rdflib
from _answers_common import print_answers

DOC = Path(__file__).parent / "olympics.jsonld"
HTTP = "http://schema.org/"

doc = json.loads(DOC.read_text(encoding="utf-8"))
doc["@context"] = [
    {"@vocab": HTTP, "schema": HTTP} if isinstance(c, str) else c for c in doc["@context"]
]
g = rdflib.Graph()
g.parse(data=json.dumps(doc), format="json-ld")
S = rdflib.Namespace(HTTP)
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")


def label(term):
    if isinstance(term, rdflib.Literal):
        return str(term)
    names = list(g.objects(term, S.name)) or [
        n for n in g.objects(term, SKOS.prefLabel) if n.language == "en"
    ]
    assert names, term
    return str(sorted(names)[0])


P = """PREFIX s: <http://schema.org/>
PREFIX o: <http://wallscope.co.uk/ontology/olympics/>
PREFIX m: <http://wallscope.co.uk/resource/olympics/medal/>
"""
# a result: ?r with athlete ?a, event named E, games named G
R = '?r o:athlete ?a; o:event [s:name "{e}"]; o:games [s:name "{g}"]'
Q = [
    # one hop
    (
        "What country is Aoi Hayashi from?",
        "1hop",
        "SELECT ?a WHERE {?x s:name 'Aoi Hayashi'; s:nationality ?a}",
    ),
    (
        "what sport does Eirik Lien compete in",
        "1hop",
        "SELECT ?a WHERE {?x s:name 'Eirik Lien'; s:sport ?a}",
    ),
    (
        "Where were the 2016 Summer Olympics held?",
        "1hop",
        "SELECT ?a WHERE {?x s:name '2016 Summer Olympics'; s:location ?a}",
    ),
    (
        "which team does Clément Chevalier compete for",
        "1hop",
        "SELECT ?a WHERE {?x s:name 'Clément Chevalier'; s:memberOf ?a}",
    ),
    (
        "In which country is Vancouver?",
        "1hop",
        "SELECT ?a WHERE {?x s:name 'Vancouver'; s:containedInPlace ?a}",
    ),
    (
        "which sport is the men's long jump part of",
        "1hop",
        'SELECT ?a WHERE {?x s:name "Men\'s long jump"; s:sport ?a}',
    ),
    (
        "Is Dong-hyun Kim a man or a woman?",
        "1hop",
        "SELECT ?a WHERE {?x s:name 'Dong-hyun Kim'; s:gender ?g . BIND(STRAFTER(STR(?g), 'http://schema.org/') AS ?a)}",
    ),
    # inverse
    (
        "Which Olympics did London host?",
        "inverse",
        "SELECT ?a WHERE {?a s:location [s:name 'London']}",
    ),
    (
        "what events are there in biathlon",
        "inverse",
        "SELECT ?a WHERE {?a s:sport [s:name 'Biathlon']; a o:Event}",
    ),
    (
        "Which athletes are on the Jamaica team?",
        "inverse",
        "SELECT ?a WHERE {?a s:memberOf [s:name 'Jamaica']}",
    ),
    (
        "Which Olympic Games were held in Japan?",
        "inverse",
        "SELECT ?a WHERE {?a s:location/s:containedInPlace [s:name 'Japan']}",
    ),
    # two hops (a result node between)
    (
        "Which events did Bram Bakker swim in?",
        "2hop",
        "SELECT ?a WHERE {?r o:athlete [s:name 'Bram Bakker']; o:event ?a}",
    ),
    (
        "Which Olympics did Antoine Moreau take part in?",
        "2hop",
        "SELECT ?a WHERE {?r o:athlete [s:name 'Antoine Moreau']; o:games ?a}",
    ),
    (
        "In which country were the 2018 Winter Olympics held?",
        "2hop",
        "SELECT ?a WHERE {?x s:name '2018 Winter Olympics'; s:location/s:containedInPlace ?a}",
    ),
    (
        "what medals has Dong-hyun Kim won",
        "2hop",
        "SELECT ?a WHERE {?r o:athlete [s:name 'Dong-hyun Kim']; o:medal ?a}",
    ),
    (
        "Which sport did the athletes of the women's track sprint ride in?",
        "2hop",
        'SELECT ?a WHERE {?x s:name "Women\'s track sprint"; s:sport ?a}',
    ),
    # three hops
    (
        "In which city did Devon Hollis win the long jump?",
        "3hop",
        "SELECT ?a WHERE {?r o:athlete [s:name 'Devon Hollis']; o:event [s:name \"Men's long jump\"]; o:medal m:Gold; o:games/s:location ?a}",
    ),
    (
        "Which country hosted the Olympics where Lara Brunner won gold?",
        "3hop",
        "SELECT ?a WHERE {?r o:athlete [s:name 'Lara Brunner']; o:medal m:Gold; o:games/s:location/s:containedInPlace ?a}",
    ),
    (
        "What nationality is the men's 100 metres champion of the 2012 Summer Olympics?",
        "3hop",
        "SELECT ?a WHERE {?r o:event [s:name \"Men's 100 metres\"]; o:games [s:name '2012 Summer Olympics']; o:medal m:Gold; o:athlete/s:nationality ?a}",
    ),
    (
        "Which city hosted the games where Aoi Nakamura won silver in the ladies' singles?",
        "3hop",
        "SELECT ?a WHERE {?r o:athlete [s:name 'Aoi Nakamura']; o:medal m:Silver; o:games/s:location ?a}",
    ),
    # conjunction (the result's other arguments name the answer)
    (
        "Who won the women's 100 metre freestyle at the 2012 Summer Olympics?",
        "conjunction",
        "SELECT ?a WHERE {"
        + R.format(e="Women's 100 metre freestyle", g="2012 Summer Olympics")
        + "; o:medal m:Gold}",
    ),
    (
        "Who took silver in the women's slalom at the 2010 Winter Olympics?",
        "conjunction",
        "SELECT ?a WHERE {"
        + R.format(e="Women's slalom", g="2010 Winter Olympics")
        + "; o:medal m:Silver}",
    ),
    (
        "who got bronze in the men's 73 kg judo at the 2008 Summer Olympics",
        "conjunction",
        "SELECT ?a WHERE {"
        + R.format(e="Men's 73 kg", g="2008 Summer Olympics")
        + "; o:medal m:Bronze}",
    ),
    (
        "Which Norwegian athletes compete in alpine skiing?",
        "conjunction",
        "SELECT ?a WHERE {?a s:nationality [s:name 'Norway']; s:sport [s:name 'Alpine skiing']}",
    ),
    (
        "Which Kenyan athletes won gold?",
        "conjunction",
        "SELECT ?a WHERE {?r o:athlete ?a; o:medal m:Gold . ?a s:nationality [s:name 'Kenya']}",
    ),
    # synonym (the relation said in other words)
    (
        "What nation does Freya Hargreaves represent?",
        "synonym",
        "SELECT ?a WHERE {?x s:name 'Freya Hargreaves'; s:nationality|s:memberOf ?a}",
    ),
    (
        "When is Brianne Tremblay's birthday?",
        "synonym",
        "SELECT ?a WHERE {?x s:name 'Brianne Tremblay'; s:birthDate ?a}",
    ),
    (
        "Who was the champion of the women's 400 metre individual medley at the 2016 Summer Olympics?",
        "synonym",
        "SELECT ?a WHERE {"
        + R.format(e="Women's 400 metre individual medley", g="2016 Summer Olympics")
        + "; o:rank 1}",
    ),
    (
        "Which town hosted the 2008 Summer Olympics?",
        "synonym",
        "SELECT ?a WHERE {?x s:name '2008 Summer Olympics'; s:location ?a}",
    ),
    (
        "what discipline is Chelsea Sheehan in",
        "synonym",
        "SELECT ?a WHERE {?x s:name 'Chelsea Sheehan'; s:sport ?a}",
    ),
    (
        "who came first in the men's 500 metres at the 2018 Winter Olympics",
        "synonym",
        "SELECT ?a WHERE {"
        + R.format(e="Men's 500 metres", g="2018 Winter Olympics")
        + "; o:rank 1}",
    ),
    # alias (a games, a country by its other name)
    (
        "When did Tokyo 2020 open?",
        "alias",
        "SELECT ?a WHERE {?x s:alternateName 'Tokyo 2020'; s:startDate ?a}",
    ),
    (
        "Who won the men's downhill at Sochi 2014?",
        "alias",
        "SELECT ?a WHERE {?r o:athlete ?a; o:event [s:name \"Men's downhill\"]; o:games [s:alternateName 'Sochi 2014']; o:medal m:Gold}",
    ),
    (
        "Which team do athletes from the UK compete for?",
        "alias",
        "SELECT ?a WHERE {?a a s:SportsTeam; s:location [s:alternateName 'UK']}",
    ),
    (
        "Was PyeongChang 2018 a summer or a winter games?",
        "alias",
        "SELECT ?a WHERE {?x s:alternateName 'PyeongChang 2018'; o:season ?a}",
    ),
    # typo
    (
        "Where is Birhanu Gebrhiwit from?",
        "typo",
        "SELECT ?a WHERE {?x s:name 'Birhanu Gebrhiwet'; s:nationality ?a}",
    ),
    (
        "what sport does Aoi Hayshi do",
        "typo",
        "SELECT ?a WHERE {?x s:name 'Aoi Hayashi'; s:sport ?a}",
    ),
    (
        "When was Carina Grubber born?",
        "typo",
        "SELECT ?a WHERE {?x s:name 'Carina Gruber'; s:birthDate ?a}",
    ),
    (
        "Which country is Pyeongchnag in?",
        "typo",
        "SELECT ?a WHERE {?x s:name 'Pyeongchang'; s:containedInPlace ?a}",
    ),
    # literal
    (
        "What was Brandon Carter's time in the men's 100 metres at the 2020 Summer Olympics?",
        "literal",
        "SELECT ?a WHERE {"
        + R.format(e="Men's 100 metres", g="2020 Summer Olympics").replace(
            "?r o:athlete ?a", "?r o:athlete [s:name 'Brandon Carter']"
        )
        + "; o:mark ?a}",
    ),
    (
        "How far did Euan Pemberton jump at London 2012?",
        "literal",
        "SELECT ?a WHERE {?r o:athlete [s:name 'Euan Pemberton']; o:games [s:alternateName 'London 2012']; o:event [s:name \"Men's long jump\"]; o:mark ?a}",
    ),
    (
        "When did the 2014 Winter Olympics start?",
        "literal",
        "SELECT ?a WHERE {?x s:name '2014 Winter Olympics'; s:startDate ?a}",
    ),
    (
        "Where did Boyang Zhao finish in the men's 500 metres at the 2018 Winter Olympics?",
        "literal",
        "SELECT ?a WHERE {?r o:athlete [s:name 'Boyang Zhao']; o:games [s:name '2018 Winter Olympics']; o:rank ?a}",
    ),
    (
        "what year were the Rio games",
        "literal",
        "SELECT ?a WHERE {?x s:alternateName 'Rio 2016'; o:year ?a}",
    ),
    (
        "What's the NOC code of Great Britain?",
        "literal",
        "SELECT ?a WHERE {?x s:name 'Great Britain'; s:identifier ?a}",
    ),
    # unanswerable (the graph holds no such fact; some ask a near relation)
    ("How tall is Brandon Whitfield?", "unanswerable", "SELECT ?a WHERE {?x s:height ?a}"),
    ("Who coaches Aoi Hayashi?", "unanswerable", "SELECT ?a WHERE {?x s:coach ?a}"),
    ("Where was Birhanu Tefera born?", "unanswerable", "SELECT ?a WHERE {?x s:birthPlace ?a}"),
    (
        "How many spectators came to the 2012 Summer Olympics?",
        "unanswerable",
        "SELECT ?a WHERE {?x s:maximumAttendeeCapacity ?a}",
    ),
    (
        "Which stadium hosted the men's marathon at the 2016 Summer Olympics?",
        "unanswerable",
        'SELECT ?a WHERE {?x s:name "Men\'s marathon"; s:location ?a}',
    ),
]

if __name__ == "__main__":
    print_answers(
        Q, lambda query: {label(r[0]) for r in g.query(P + query)}, none_unanswerable=True
    )
