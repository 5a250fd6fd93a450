# ruff: noqa: E501  (one question a line)
"""Gold answers of ``geology.jsonl``, computed with rdflib SPARQL over ``geology/*.ttl`` (never
with kgchat).

Each question is paired with the query whose ``?x`` is its answer; queries name nodes by their
IRIs (``unit:MMG``, ``bh:SE77NE_2``, ``occ:parys``). A literal answers with its lexical form
("201.4", "1985-07-19", "CHAM"); an entity with every name it carries: ``rdfs:label``,
``skos:prefLabel`` / ``altLabel`` / ``hiddenLabel`` in any language, ``skos:notation`` (a
unit's Lexicon code, a period's map code), ``foaf:name``, ``dcterms:identifier`` (a borehole's
registration number, a map's sheet number), ``dcterms:title`` and ``dwc:scientificName``.
Unanswerable questions carry no query and ``answers: []``. With ``--conversations`` it prints
the three blind conversations of ``conversations_blind46.jsonl`` instead. Run from the
repository root: ``python bench/data/own/geology_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, FOAF, RDFS, SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
BASE = "https://data.geosurvey.example.org/"
DWC = Namespace("http://rs.tdwg.org/dwc/terms/")
PRE = f"""PREFIX gsv: <{BASE}def/geology#>
PREFIX unit: <{BASE}id/unit/>
PREFIX bh: <{BASE}id/borehole/>
PREFIX occ: <{BASE}id/occurrence/>
PREFIX org: <{BASE}id/organisation/>
PREFIX per: <{BASE}id/person/>
PREFIX map: <{BASE}id/map/>
PREFIX tax: <{BASE}id/taxon/>
PREFIX com: <{BASE}def/vocab/commodity/>
PREFIX dstat: <{BASE}def/vocab/depositstatus/>
PREFIX purp: <{BASE}def/vocab/boreholepurpose/>
PREFIX ischart: <http://resource.geosciml.org/classifier/ics/ischart/>
PREFIX lith: <http://resource.geosciml.org/classifier/cgi/lithology/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX dwc: <http://rs.tdwg.org/dwc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
NAMES = (
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
    SKOS.hiddenLabel,
    SKOS.notation,
    FOAF.name,
    DCTERMS.identifier,
    DCTERMS.title,
    DWC.scientificName,
)
AGES = "gsv:olderNamedAge|gsv:youngerNamedAge"
BEGIN = "time:hasBeginning/time:inTemporalPosition/time:numericPosition"
END = "time:hasEnd/time:inTemporalPosition/time:numericPosition"
JURASSIC = "?x gsv:olderNamedAge/skos:broader* ischart:Jurassic ; gsv:youngerNamedAge/skos:broader* ischart:Jurassic"
MET = "gsv:loggedInterval/gsv:unitMet"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    ("what age is the Mercia Mudstone?", "1hop", f"SELECT ?x WHERE {{ unit:MMG {AGES} ?x }}"),
    (
        "What rock is the Sherwood Sandstone Group mainly made of?",
        "1hop",
        "SELECT ?x WHERE { unit:SSG gsv:dominantLithology ?x }",
    ),
    (
        "Which group does the Blue Anchor Formation belong to?",
        "1hop",
        "SELECT ?x WHERE { unit:BAN gsv:partOf ?x }",
    ),
    ("Who operated borehole SE77NE/2?", "1hop", "SELECT ?x WHERE { bh:SE77NE_2 gsv:operator ?x }"),
    (
        "What is the type locality of the Kimmeridge Clay?",
        "1hop",
        "SELECT ?x WHERE { unit:KC gsv:typeLocality ?x }",
    ),
    (
        "what commodities are there at Parys Mountain",
        "1hop",
        "SELECT ?x WHERE { occ:parys gsv:commodity ?x }",
    ),
    (
        "Who are the authors of the Swanage map sheet?",
        "1hop",
        "SELECT ?x WHERE { map:E343 dcterms:creator ?x }",
    ),
    ("What is the status of Boulby Mine?", "1hop", "SELECT ?x WHERE { occ:boulby gsv:status ?x }"),
    (
        "What kind of deposit is Cwmystwyth?",
        "1hop",
        "SELECT ?x WHERE { occ:cwmystwyth gsv:depositType ?x }",
    ),
    (
        "Which era is the Triassic in?",
        "1hop",
        "SELECT ?x WHERE { ischart:Triassic skos:broader ?x }",
    ),
    # literals
    (
        "How deep was the Wilkesley Borehole drilled?",
        "literal",
        "SELECT ?x WHERE { bh:SJ75SE_8 gsv:drilledLength ?x }",
    ),
    (
        "When was Kirby Misperton 1 drilled?",
        "literal",
        "SELECT ?x WHERE { bh:SE77NE_2 gsv:drillingStarted ?x }",
    ),
    (
        "How thick can the Chalk Group get?",
        "literal",
        "SELECT ?x WHERE { unit:CK gsv:maximumThickness ?x }",
    ),
    (
        "When did the Jurassic begin?",
        "literal",
        f"SELECT ?x WHERE {{ ischart:Jurassic {BEGIN} ?x }}",
    ),
    (
        "When did the Cretaceous period end?",
        "literal",
        f"SELECT ?x WHERE {{ ischart:Cretaceous {END} ?x }}",
    ),
    (
        "What is the lexicon code for the Charmouth Mudstone Formation?",
        "literal",
        "SELECT ?x WHERE { unit:CHAM skos:notation ?x }",
    ),
    (
        "What's the registration number of the Trafalgar Square Borehole?",
        "literal",
        "SELECT ?x WHERE { bh:TQ38SW_210 dcterms:identifier ?x }",
    ),
    (
        "where exactly is the Helsby Quarry Borehole",
        "literal",
        "SELECT ?x WHERE { bh:SJ47SE_14 geo:hasGeometry/geo:asWKT ?x }",
    ),
    (
        "When was the Chester geological sheet published?",
        "literal",
        "SELECT ?x WHERE { map:E109 dcterms:issued ?x }",
    ),
    (
        "How many million years ago did the Toarcian start?",
        "literal",
        f"SELECT ?x WHERE {{ ischart:Toarcian {BEGIN} ?x }}",
    ),
    # inverse
    (
        "Which formations make up the Lias Group?",
        "inverse",
        "SELECT ?x WHERE { ?x gsv:partOf unit:LI }",
    ),
    (
        "Which mines are hosted in the Devil's Bridge Formation?",
        "inverse",
        "SELECT ?x WHERE { ?x gsv:hostUnit unit:DBF }",
    ),
    (
        "What fossils have been found in the Blue Lias?",
        "inverse",
        "SELECT ?x WHERE { ?x gsv:recordedFrom unit:BLI }",
    ),
    (
        "Which boreholes did Midland Water drill?",
        "inverse",
        "SELECT ?x WHERE { ?x gsv:operator org:mwp ; a gsv:Borehole }",
    ),
    (
        "Which maps did Gwen Llewellyn make?",
        "inverse",
        "SELECT ?x WHERE { ?x dcterms:creator per:gllewellyn }",
    ),
    (
        "which units are mostly chalk",
        "inverse",
        "SELECT ?x WHERE { ?x gsv:dominantLithology lith:chalk }",
    ),
    (
        "Where in the survey's records is gold found?",
        "inverse",
        "SELECT ?x WHERE { ?x gsv:commodity com:Au }",
    ),
    # two hops
    (
        "What kind of rock hosts the Alderley Edge copper deposit?",
        "2hop",
        "SELECT ?x WHERE { occ:alderley gsv:hostUnit/gsv:dominantLithology ?x }",
    ),
    (
        "The gold at Clogau St David's is in which group?",
        "2hop",
        "SELECT ?x WHERE { occ:clogau gsv:hostUnit/gsv:partOf ?x }",
    ),
    (
        "How old are the rocks that host Boulby Mine?",
        "2hop",
        f"SELECT ?x WHERE {{ occ:boulby gsv:hostUnit/({AGES}) ?x }}",
    ),
    (
        "Which period does the Toarcian belong to?",
        "2hop",
        "SELECT ?x WHERE { ischart:Toarcian skos:broader/skos:broader ?x }",
    ),
    (
        "What group is the Mulgrave Shale Member in?",
        "2hop",
        "SELECT ?x WHERE { unit:MGS gsv:partOf/gsv:partOf ?x }",
    ),
    (
        "Which units did borehole SY39SE/12 go through?",
        "2hop",
        f"SELECT ?x WHERE {{ bh:SY39SE_12 {MET} ?x }}",
    ),
    (
        "Which boreholes went through the Kimmeridge Clay?",
        "2hop",
        f"SELECT ?x WHERE {{ ?x {MET} unit:KC }}",
    ),
    (
        "What fossils occur in the members of the Whitby Mudstone Formation?",
        "2hop",
        "SELECT ?x WHERE { ?m gsv:partOf unit:WHM . ?x gsv:recordedFrom ?m }",
    ),
    (
        "What commodities come from deposits in the Pembroke Limestone Group?",
        "2hop",
        "SELECT ?x WHERE { ?o gsv:hostUnit unit:PEMB ; gsv:commodity ?x }",
    ),
    # three hops
    (
        "Which era is the host rock of Greenside Mine from?",
        "3hop",
        f"SELECT ?x WHERE {{ occ:greenside gsv:hostUnit/({AGES})/skos:broader ?x }}",
    ),
    (
        "Who operated the boreholes that drilled into the Boulby Halite?",
        "3hop",
        f"SELECT ?x WHERE {{ ?b {MET} unit:BOU ; gsv:operator ?x }}",
    ),
    (
        "Which mines are in rock of the same group as the Clogau Formation?",
        "3hop",
        "SELECT ?x WHERE { unit:CLOG gsv:partOf ?g . ?u gsv:partOf ?g . ?x gsv:hostUnit ?u }",
    ),
    # conjunctions
    (
        "Which Jurassic formations are mainly mudstone?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a gsv:Formation ; gsv:dominantLithology lith:mudstone . {JURASSIC} }}",
    ),
    (
        "which boreholes hit sandstone below 200 m?",
        "conjunction",
        "SELECT ?x WHERE { ?x gsv:loggedInterval ?i . ?i gsv:unitMet/gsv:dominantLithology lith:sandstone ; gsv:toDepth ?d FILTER(?d > 200) }",
    ),
    (
        "Which old lead mines are no longer working?",
        "conjunction",
        "SELECT ?x WHERE { ?x gsv:commodity com:Pb ; gsv:status dstat:past }",
    ),
    (
        "Which hydrocarbon wells did Wessex Exploration drill?",
        "conjunction",
        "SELECT ?x WHERE { ?x gsv:operator org:wex ; gsv:purpose purp:hydrocarbon }",
    ),
    # lists
    (
        "which formations are Jurassic?",
        "list",
        f"SELECT ?x WHERE {{ ?x a gsv:Formation . {JURASSIC} }}",
    ),
    ("List the active mines.", "list", "SELECT ?x WHERE { ?x gsv:status dstat:active }"),
    (
        "Show me all the geothermal boreholes",
        "list",
        "SELECT ?x WHERE { ?x gsv:purpose purp:geothermal }",
    ),
    # aliases: former names, Welsh names, codes, common names
    ("What age is the Keuper Marl?", "alias", f"SELECT ?x WHERE {{ unit:MMG {AGES} ?x }}"),
    (
        "What is the Bunter Sandstone made of?",
        "alias",
        "SELECT ?x WHERE { unit:SSG gsv:dominantLithology|gsv:subordinateLithology ?x }",
    ),
    ("What does the Lower Chalk belong to?", "alias", "SELECT ?x WHERE { unit:GCK gsv:partOf ?x }"),
    ("What is mined at Mynydd Parys?", "alias", "SELECT ?x WHERE { occ:parys gsv:commodity ?x }"),
    (
        "What is unit MMG's main lithology?",
        "alias",
        "SELECT ?x WHERE { unit:MMG gsv:dominantLithology ?x }",
    ),
    (
        "In which formations is the devil's toenail found?",
        "alias",
        "SELECT ?x WHERE { tax:gryphaea gsv:recordedFrom ?x }",
    ),
    (
        "When did the Early Jurassic begin?",
        "alias",
        f"SELECT ?x WHERE {{ ischart:LowerJurassic {BEGIN} ?x }}",
    ),
    # synonyms
    (
        "What is the host rock of the Dolaucothi gold mines?",
        "synonym",
        "SELECT ?x WHERE { occ:dolaucothi gsv:hostUnit ?x }",
    ),
    (
        "Who published the Anglesey sheet?",
        "synonym",
        "SELECT ?x WHERE { map:W092 dcterms:publisher ?x }",
    ),
    ("How old is the Dartmoor Granite?", "synonym", f"SELECT ?x WHERE {{ unit:DART {AGES} ?x }}"),
    (
        "Why was Northwich Brine Field BH3 drilled?",
        "synonym",
        "SELECT ?x WHERE { bh:SJ67NW_3 gsv:purpose ?x }",
    ),
    (
        "In what setting was the London Clay deposited?",
        "synonym",
        "SELECT ?x WHERE { unit:LC gsv:depositionalEnvironment ?x }",
    ),
    # typos
    ("how old is the Sherwod Sandstone", "typo", f"SELECT ?x WHERE {{ unit:SSG {AGES} ?x }}"),
    (
        "which group is the Kimeridge Clay part of",
        "typo",
        "SELECT ?x WHERE { unit:KC gsv:partOf ?x }",
    ),
    (
        "what fossils are in the Charmuth Mudstone",
        "typo",
        "SELECT ?x WHERE { ?x gsv:recordedFrom unit:CHAM }",
    ),
    (
        "whats the host unit of the Gwynfynyd gold mine",
        "typo",
        "SELECT ?x WHERE { occ:gwynfynydd gsv:hostUnit ?x }",
    ),
    # unanswerable: a near relation exists
    ("What is the porosity of the Sherwood Sandstone Group?", "unanswerable", None),
    ("How much copper was produced at Parys Mountain?", "unanswerable", None),
    ("What was the rest water level in borehole SJ56SW/22?", "unanswerable", None),
    ("Who discovered the first Ichthyosaurus communis?", "unanswerable", None),
    ("What is the ore grade at South Crofty?", "unanswerable", None),
    ("When did Ecton Mine close?", "unanswerable", None),
    ("What is the dip of the Chalk at Seaford Head?", "unanswerable", None),
]

# three blind conversations (conversations_blind46.jsonl): (id, [(question, kind, query)])
CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "geology-b46-01",
        [
            (
                "What group is the Whitby Mudstone Formation part of?",
                "start",
                "SELECT ?x WHERE { unit:WHM gsv:partOf ?x }",
            ),
            ("What age is it?", "pronoun_answer", f"SELECT ?x WHERE {{ unit:LI {AGES} ?x }}"),
            ("And the Great Oolite Group?", "and_x", f"SELECT ?x WHERE {{ unit:GOG {AGES} ?x }}"),
        ],
    ),
    (
        "geology-b46-02",
        [
            (
                "Which mine is in the Boulby Halite Formation?",
                "start",
                "SELECT ?x WHERE { ?x gsv:hostUnit unit:BOU }",
            ),
            (
                "What does it produce?",
                "pronoun_answer",
                "SELECT ?x WHERE { occ:boulby gsv:commodity ?x }",
            ),
            (
                "What about the Cleveland Ironstone Formation?",
                "what_about",
                "SELECT ?x WHERE { ?x gsv:hostUnit unit:CLI }",
            ),
        ],
    ),
    (
        "geology-b46-03",
        [
            (
                "Who drilled borehole SH49NW/15?",
                "start",
                "SELECT ?x WHERE { bh:SH49NW_15 gsv:operator ?x }",
            ),
            (
                "When was it drilled?",
                "pronoun_topic",
                "SELECT ?x WHERE { bh:SH49NW_15 gsv:drillingStarted ?x }",
            ),
            ("And SH62NW/9?", "and_x", "SELECT ?x WHERE { bh:SH62NW_9 gsv:drillingStarted ?x }"),
        ],
    ),
]


def main() -> None:
    g = Graph()
    for f in sorted((HERE / "geology").glob("*.ttl")):
        g.parse(f, format="turtle")
    answers_of = named_answers(g, PRE, NAMES)
    if "--conversations" in sys.argv:
        print_conversations("geology", CONVERSATIONS, answers_of)
        return
    write_answers(HERE / "geology.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
