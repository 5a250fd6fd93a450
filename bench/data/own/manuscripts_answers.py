# ruff: noqa: E501  (one question a line)
"""Gold answers of ``manuscripts.jsonl`` (and the blind conversations of round 53 on this graph),
computed with rdflib SPARQL over ``manuscripts.jsonld`` (never with kgchat).

Each question is paired with the query whose first column is its answer. A literal answers with
its lexical form ("1429", "MS 202", "£3,800"); a node with every name it carries: each
``rdfs:label``, ``skos:prefLabel`` and ``skos:altLabel`` (every language), a scholar's
``foaf:name``, a manuscript's ``dcterms:bibliographicCitation`` ("Paris, Bibliothèque
Sainte-Clothilde, MS 112"). Queries name nodes by IRI (a manuscript and its IIIF manifest share
their label). Unanswerable questions carry no query and ``answers: []``. Run from the repository
root: ``python bench/data/own/manuscripts_answers.py`` (writes ``manuscripts.jsonl``; the
conversations go to standard error, for ``conversations_blind53.jsonl``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import DCTERMS, FOAF, RDFS, Graph
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
PRE = """PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
PREFIX lrmoo: <http://iflastandards.info/ns/lrm/lrmoo/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX bmd: <https://bmd.example.org/ns#>
PREFIX m: <https://bmd.example.org/manuscripts/>
PREFIX a: <https://bmd.example.org/agents/>
PREFIX w: <https://bmd.example.org/works/>
PREFIX p: <https://bmd.example.org/places/>
PREFIX roles: <https://bmd.example.org/concepts/roles/>
PREFIX acquisition: <https://bmd.example.org/concepts/acquisition/>
PREFIX decoration: <https://bmd.example.org/concepts/decoration/>
PREFIX dimensions: <https://bmd.example.org/concepts/dimensions/>
PREFIX scripts: <https://bmd.example.org/concepts/scripts/>
PREFIX materials: <https://bmd.example.org/concepts/materials/>
PREFIX s: <https://bmd.example.org/scholars/>
"""
NAMES = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, FOAF.name, DCTERMS.bibliographicCitation)

# ``?x`` did ``role`` (scribe / illumination) on manuscript ``ms``: a sub-production or the
# catalogue's direct property
ROLE = {"scribe": "bmd:scribe", "illumination": "bmd:illuminator"}


def made(role: str, ms: str) -> str:
    """``?x`` did ``role`` on ``ms`` (either way the catalogue says it)."""
    return (
        f"{{ {ms} crm:P108i_was_produced_by/crm:P9_consists_of [ crm:P2_has_type roles:{role} ; crm:P14_carried_out_by ?x ] }}"
        f" UNION {{ {ms} {ROLE[role]} ?x }}"
    )


def did(role: str, person: str, ms: str = "?x") -> str:
    """``ms`` had ``role`` done on it by ``person`` (either way the catalogue says it)."""
    return (
        f"{{ {ms} crm:P108i_was_produced_by/crm:P9_consists_of [ crm:P2_has_type roles:{role} ; crm:P14_carried_out_by {person} ] }}"
        f" UNION {{ {ms} {ROLE[role]} {person} }}"
    )


def wrote(person: str, work: str = "?x") -> str:
    """``work`` was written by ``person``."""
    return f"{{ {work} dcterms:creator {person} }} UNION {{ {work} lrmoo:R16i_was_created_by/crm:P14_carried_out_by {person} }}"


def author(work: str) -> str:
    """``?x`` wrote ``work`` (``dcterms:creator`` or a work-creation event)."""
    return f"{{ {work} dcterms:creator ?x }} UNION {{ {work} lrmoo:R16i_was_created_by/crm:P14_carried_out_by ?x }}"


def transfer(ms: str) -> str:
    """``?acq`` is an acquisition of ``ms`` (said from either side)."""
    return f"{{ ?acq crm:P24_transferred_title_of {ms} }} UNION {{ {ms} crm:P24i_changed_ownership_through ?acq }}"


def on_ms(ms: str) -> str:
    """``?ann`` is an annotation on a canvas of ``ms``'s manifest."""
    return (
        f"{{ ?ann oa:hasTarget ?cv }} UNION {{ ?ann oa:hasTarget/oa:hasSource ?cv }} ?cv dcterms:isPartOf ?man ."
        f" {{ ?man crm:P138_represents {ms} }} UNION {{ {ms} crm:P138i_has_representation ?man }}"
    )


CARRIES = "crm:P128_carries/lrmoo:R3i_realises"
KEEPER = "crm:P50_has_current_keeper"
CITY = "crm:P74_has_current_or_former_residence"
SPAN = "crm:P4_has_time-span"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Which library holds the Valcourt Hours?",
        "1hop",
        f"SELECT ?x WHERE {{ m:ms112 {KEEPER} ?x }}",
    ),
    ("where is the Mariaberg Psalter kept", "1hop", f"SELECT ?x WHERE {{ m:psalter {KEEPER} ?x }}"),
    (
        "Who was the scribe of the Valcourt Hours?",
        "1hop",
        f"SELECT ?x WHERE {{ {made('scribe', 'm:ms112')} }}",
    ),
    (
        "Who illuminated the Ardinghelli Dante?",
        "1hop",
        f"SELECT ?x WHERE {{ {made('illumination', 'm:dante')} }}",
    ),
    (
        "who illuminated the Ghent Psalter",
        "1hop",
        f"SELECT ?x WHERE {{ {made('illumination', 'm:ghentpsalter')} }}",
    ),
    (
        "What script is the Haldane Augustine written in?",
        "1hop",
        "SELECT ?x WHERE { m:civitas bmd:script ?x }",
    ),
    (
        "what script is used in the Corbin Troilus",
        "1hop",
        "SELECT ?x WHERE { m:troilus bmd:script ?x }",
    ),
    (
        "What is the Vienna Ovid made of?",
        "1hop",
        "SELECT ?x WHERE { m:ovid crm:P45_consists_of ?x }",
    ),
    (
        "Where was the Ardinghelli Dante made?",
        "1hop",
        "SELECT ?x WHERE { m:dante crm:P108i_was_produced_by/crm:P7_took_place_at ?x }",
    ),
    (
        "Where was the Avignon Hours produced?",
        "1hop",
        "SELECT ?x WHERE { m:avignon crm:P108i_was_produced_by/crm:P7_took_place_at ?x }",
    ),
    (
        "Who wrote De consolatione philosophiae?",
        "1hop",
        f"SELECT ?x WHERE {{ {author('w:consolatio')} }}",
    ),
    (
        "Who is the author of Historia ecclesiastica gentis Anglorum?",
        "1hop",
        f"SELECT ?x WHERE {{ {author('w:historia')} }}",
    ),
    ("Who wrote the Roman de la Rose?", "1hop", f"SELECT ?x WHERE {{ {author('w:rose')} }}"),
    ("In which city is the Whitcombe Library?", "1hop", f"SELECT ?x WHERE {{ a:marsh {CITY} ?x }}"),
    (
        "What language is the Corbin Troilus in?",
        "1hop",
        "SELECT ?x WHERE { m:troilus crm:P128_carries/crm:P72_has_language ?x }",
    ),
    (
        "what languages are the texts of the Munich Golden Legend in",
        "1hop",
        "SELECT ?x WHERE { m:legenda crm:P128_carries/crm:P72_has_language ?x }",
    ),
    (
        "Who owned the Valcourt Hours?",
        "1hop",
        f"SELECT ?x WHERE {{ {transfer('m:ms112')} {{ ?acq crm:P23_transferred_title_from ?x }} UNION {{ ?acq crm:P22_transferred_title_to ?x }} }}",
    ),
    (
        "Who confiscated the Bedford Roman de la Rose?",
        "1hop",
        f"SELECT ?x WHERE {{ {transfer('m:rose')} ?acq crm:P2_has_type acquisition:confiscation ; crm:P22_transferred_title_to ?x }}",
    ),
    (
        "What does the Haldane Augustine contain?",
        "1hop",
        f"SELECT ?x WHERE {{ m:civitas {CARRIES} ?x }}",
    ),
    # literals
    (
        "What is the shelfmark of the York Bede?",
        "literal",
        "SELECT ?x WHERE { m:bede crm:P1_is_identified_by/crm:P190_has_symbolic_content ?x }",
    ),
    (
        "shelfmark of the Munich Golden Legend?",
        "literal",
        "SELECT ?x WHERE { m:legenda crm:P1_is_identified_by/crm:P190_has_symbolic_content ?x }",
    ),
    (
        "What's the shelfmark of the Corbin Troilus",
        "literal",
        "SELECT ?x WHERE { m:troilus dcterms:identifier ?x }",
    ),
    (
        "how many leaves does the Tours Bible have",
        "literal",
        "SELECT ?x WHERE { m:bible crm:P57_has_number_of_parts ?x }",
    ),
    (
        "When was the Valcourt Hours made?",
        "literal",
        f"SELECT ?x WHERE {{ m:ms112 crm:P108i_was_produced_by/{SPAN} ?t . {{ ?t rdfs:label ?x }} UNION {{ ?t crm:P82a_begin_of_the_begin ?x }} UNION {{ ?t crm:P82b_end_of_the_end ?x }} }}",
    ),
    (
        "When was the Mariaberg Psalter written?",
        "literal",
        f"SELECT ?x WHERE {{ m:psalter crm:P108i_was_produced_by/{SPAN}/crm:P82_at_some_time_within ?x }}",
    ),
    (
        "When did Philippe de Valcourt die?",
        "literal",
        f"SELECT ?x WHERE {{ a:valcourt crm:P100i_died_in/{SPAN}/crm:P82_at_some_time_within ?x }}",
    ),
    (
        "How many miniatures are in the Valcourt Hours?",
        "literal",
        "SELECT ?x WHERE { m:ms112 bmd:decoration [ crm:P2_has_type decoration:miniature ; bmd:count ?x ] }",
    ),
    (
        "How tall is the Tours Bible?",
        "literal",
        "SELECT ?x WHERE { m:bible crm:P43_has_dimension [ crm:P2_has_type dimensions:height ; crm:P90_has_value ?x ] }",
    ),
    (
        "When did the Corbin Library get the York Bede?",
        "literal",
        f"SELECT ?x WHERE {{ {transfer('m:bede')} ?acq crm:P22_transferred_title_to a:corbin ; {SPAN}/crm:P82_at_some_time_within ?x }}",
    ),
    (
        "When was the Mariaberg Abbey Library founded?",
        "literal",
        f"SELECT ?x WHERE {{ a:mariaberg crm:P95i_was_formed_by/{SPAN}/crm:P82_at_some_time_within ?x }}",
    ),
    # inverse
    (
        "Which manuscripts does the Fitzalan Museum hold?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {KEEPER} a:fitzalan }}",
    ),
    (
        "What manuscripts did Raoulet d'Orléans copy?",
        "inverse",
        f"SELECT ?x WHERE {{ {did('scribe', 'a:raoulet')} }}",
    ),
    (
        "Which manuscripts did the Master of the Golden Vine illuminate?",
        "inverse",
        f"SELECT ?x WHERE {{ {did('illumination', 'a:goldenvine')} }}",
    ),
    (
        "What works did Augustine of Hippo write?",
        "inverse",
        f"SELECT ?x WHERE {{ {wrote('a:augustine')} }}",
    ),
    (
        "Which works did Geoffrey Chaucer write?",
        "inverse",
        f"SELECT ?x WHERE {{ {wrote('a:chaucer')} }}",
    ),
    (
        "which manuscripts contain the Legenda aurea",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {CARRIES} w:legenda }}",
    ),
    (
        "Which manuscripts are written in Caroline minuscule?",
        "inverse",
        "SELECT ?x WHERE { ?x bmd:script scripts:caroline }",
    ),
    (
        "Which manuscripts were made in Paris?",
        "inverse",
        "SELECT ?x WHERE { ?x crm:P108i_was_produced_by/crm:P7_took_place_at p:paris }",
    ),
    (
        "Which manuscripts are on paper?",
        "inverse",
        "SELECT ?x WHERE { ?x crm:P45_consists_of materials:paper }",
    ),
    (
        "how many manuscripts does the Bibliothèque Sainte-Clothilde hold",
        "inverse",
        f"SELECT (COUNT(DISTINCT ?m) AS ?x) WHERE {{ ?m {KEEPER} a:stclothilde }}",
    ),
    (
        "Which manuscripts has Inés Oyarzabal annotated?",
        "3hop",
        "SELECT ?x WHERE { ?ann dcterms:creator s:oyarzabal . { ?ann oa:hasTarget ?cv } UNION { ?ann oa:hasTarget/oa:hasSource ?cv } ?cv dcterms:isPartOf ?man . { ?man crm:P138_represents ?x } UNION { ?x crm:P138i_has_representation ?man } }",
    ),
    # two hops
    (
        "In which city is the Valcourt Hours kept?",
        "2hop",
        f"SELECT ?x WHERE {{ m:ms112 {KEEPER}/{CITY} ?x }}",
    ),
    (
        "which city is the Ghent Psalter in today",
        "2hop",
        f"SELECT ?x WHERE {{ m:ghentpsalter {KEEPER}/{CITY} ?x }}",
    ),
    (
        "Who wrote the text in the Ardinghelli Dante?",
        "2hop",
        f"SELECT ?x WHERE {{ m:dante {CARRIES} ?w . {author('?w')} }}",
    ),
    (
        "Who are the authors of the texts in the Whitcombe Boethius?",
        "2hop",
        f"SELECT ?x WHERE {{ m:boethius {CARRIES} ?w . {author('?w')} }}",
    ),
    (
        "Which manuscripts contain works by Geoffrey Chaucer?",
        "2hop",
        f"SELECT ?x WHERE {{ ?x {CARRIES} ?w . {wrote('a:chaucer', '?w')} }}",
    ),
    (
        "Which libraries hold manuscripts illuminated by Lieven van Damme?",
        "2hop",
        f"SELECT ?x WHERE {{ {did('illumination', 'a:vandamme', '?m')} ?m {KEEPER} ?x }}",
    ),
    (
        "Which library holds the Canterbury Tales manuscript?",
        "2hop",
        f"SELECT ?x WHERE {{ ?m {CARRIES} w:canterbury ; {KEEPER} ?x }}",
    ),
    (
        "Who illuminated the manuscripts kept in the Corbin Library?",
        "2hop",
        f"SELECT ?x WHERE {{ ?m {KEEPER} a:corbin . {made('illumination', '?m')} }}",
    ),
    (
        "What works are in the manuscripts held by the Austrian Manuscript Chamber?",
        "2hop",
        f"SELECT ?x WHERE {{ ?m {KEEPER} a:kammer ; {CARRIES} ?x }}",
    ),
    (
        "Which manuscript of Augustine's works is there?",
        "2hop",
        f"SELECT ?x WHERE {{ ?x {CARRIES} ?w . {wrote('a:augustine', '?w')} }}",
    ),
    # three hops
    (
        "Which city holds the manuscript of the Roman de la Rose?",
        "3hop",
        f"SELECT ?x WHERE {{ ?m {CARRIES} w:rose ; {KEEPER}/{CITY} ?x }}",
    ),
    (
        "In what city is the manuscript of the Etymologiae kept?",
        "3hop",
        f"SELECT ?x WHERE {{ ?m {CARRIES} w:etymologiae ; {KEEPER}/{CITY} ?x }}",
    ),
    (
        "What script is the manuscript of Bede's history written in?",
        "3hop",
        f"SELECT ?x WHERE {{ ?m {CARRIES} w:historia ; bmd:script ?x }}",
    ),
    (
        "Which scholar identified Saint Catherine of Alexandria in the Valcourt Hours?",
        "3hop",
        f"SELECT ?x WHERE {{ {on_ms('m:ms112')} ?ann oa:hasBody a:catherine ; dcterms:creator ?x }}",
    ),
    (
        "Who transcribed a page of the Ardinghelli Dante?",
        "3hop",
        f"SELECT ?x WHERE {{ {on_ms('m:dante')} ?ann oa:motivatedBy oa:transcribing ; dcterms:creator ?x }}",
    ),
    # conjunctions
    (
        "Which books of hours are kept in Paris?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a bmd:BookOfHours ; {KEEPER}/{CITY} p:paris }}",
    ),
    (
        "Which manuscript was copied by Jehan Coquerel and illuminated by Lieven van Damme?",
        "conjunction",
        "SELECT ?x WHERE { ?x crm:P108i_was_produced_by/crm:P9_consists_of [ crm:P2_has_type roles:scribe ; crm:P14_carried_out_by a:coquerel ] , [ crm:P2_has_type roles:illumination ; crm:P14_carried_out_by a:vandamme ] }",
    ),
    (
        "Which psalters are in the Fitzalan Museum?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x a bmd:Psalter ; {KEEPER} a:fitzalan }}",
    ),
    (
        "Which manuscripts in Textualis does the Bibliothèque Sainte-Clothilde hold?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x bmd:script scripts:textualis ; {KEEPER} a:stclothilde }}",
    ),
    (
        "Who bequeathed the Avignon Hours to the Fitzalan Museum?",
        "conjunction",
        f"SELECT ?x WHERE {{ {transfer('m:avignon')} ?acq crm:P22_transferred_title_to a:fitzalan ; crm:P23_transferred_title_from ?x }}",
    ),
    (
        "How much did Eleanor Dorsey pay for the Avignon Hours?",
        "conjunction",
        f"SELECT ?x WHERE {{ {transfer('m:avignon')} ?acq crm:P22_transferred_title_to a:dorsey ; bmd:price ?x }}",
    ),
    # synonyms
    (
        "who's the copyist of the milan moralia",
        "synonym",
        f"SELECT ?x WHERE {{ {made('scribe', 'm:moralia')} }}",
    ),
    (
        "Who copied the Tours Bible?",
        "synonym",
        f"SELECT ?x WHERE {{ {made('scribe', 'm:bible')} }}",
    ),
    (
        "Who painted the miniatures in the Bedford Roman de la Rose?",
        "synonym",
        f"SELECT ?x WHERE {{ {made('illumination', 'm:rose')} }}",
    ),
    (
        "Which institution owns the Haldane Augustine now?",
        "synonym",
        f"SELECT ?x WHERE {{ m:civitas {KEEPER} ?x }}",
    ),
    (
        "what is the Tours Bible written on",
        "synonym",
        "SELECT ?x WHERE { m:bible crm:P45_consists_of ?x }",
    ),
    (
        "Who sold the York Bede to William Corbin?",
        "synonym",
        f"SELECT ?x WHERE {{ {transfer('m:bede')} ?acq crm:P22_transferred_title_to a:corbinwm ; crm:P23_transferred_title_from ?x }}",
    ),
    # aliases
    ("Who wrote the City of God?", "alias", f"SELECT ?x WHERE {{ {author('w:civitate')} }}"),
    (
        "Which library has the manuscript of the Divine Comedy?",
        "alias",
        f"SELECT ?x WHERE {{ ?m {CARRIES} w:commedia ; {KEEPER} ?x }}",
    ),
    (
        "where is the Hofhandschriftensammlung",
        "alias",
        f"SELECT ?x WHERE {{ a:hofsammlung {CITY} ?x }}",
    ),
    ("What did Jean Clopinel write?", "alias", f"SELECT ?x WHERE {{ {wrote('a:meun')} }}"),
    (
        "Which manuscripts did Baron Ostheim once own?",
        "alias",
        f"SELECT ?x WHERE {{ {{ ?x crm:P51_has_former_or_current_owner a:ostheim }} UNION {{ {transfer('?x')} ?acq crm:P23_transferred_title_from a:ostheim }} }}",
    ),
    # typos
    (
        "who ilumminated the avingon hours",
        "typo",
        f"SELECT ?x WHERE {{ {made('illumination', 'm:avignon')} }}",
    ),
    (
        "wich library has the mariaberg psalther",
        "typo",
        f"SELECT ?x WHERE {{ m:psalter {KEEPER} ?x }}",
    ),
    ("who wrote the metamorphosis", "typo", f"SELECT ?x WHERE {{ {author('w:metamorphoses')} }}"),
    ("whats the script of the tours bibel", "typo", "SELECT ?x WHERE { m:bible bmd:script ?x }"),
    (
        "who was the scrbe of the valcort hours",
        "typo",
        f"SELECT ?x WHERE {{ {made('scribe', 'm:ms112')} }}",
    ),
    # unanswerable: near relations the data lacks
    ("Who bound the Valcourt Hours?", "unanswerable", None),
    ("When was Lieven van Damme born?", "unanswerable", None),
    ("Which library holds the Book of Kells?", "unanswerable", None),
    ("Who commissioned the Ardinghelli Dante?", "unanswerable", None),
    ("How much does the Tours Bible weigh?", "unanswerable", None),
    ("Who translated the Golden Legend into German?", "unanswerable", None),
    ("What was the Mariaberg Psalter sold for?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "manuscripts-b53-01",
        [
            (
                "Who illuminated the Ghent Psalter?",
                "start",
                f"SELECT ?x WHERE {{ {made('illumination', 'm:ghentpsalter')} }}",
            ),
            (
                "Which manuscripts did he illuminate?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ {did('illumination', 'a:vandamme')} }}",
            ),
            (
                "And the Master of the Golden Vine?",
                "and_x",
                f"SELECT ?x WHERE {{ {did('illumination', 'a:goldenvine')} }}",
            ),
        ],
    ),
    (
        "manuscripts-b53-02",
        [
            (
                "Which library holds the Tours Bible?",
                "start",
                f"SELECT ?x WHERE {{ m:bible {KEEPER} ?x }}",
            ),
            (
                "What script is it written in?",
                "pronoun_topic",
                "SELECT ?x WHERE { m:bible bmd:script ?x }",
            ),
            (
                "What about the Corbin Troilus?",
                "what_about",
                "SELECT ?x WHERE { m:troilus bmd:script ?x }",
            ),
        ],
    ),
    (
        "manuscripts-b53-03",
        [
            (
                "Who wrote the Book of the City of Ladies?",
                "start",
                f"SELECT ?x WHERE {{ {author('w:citedames')} }}",
            ),
            (
                "When did she die?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ a:christine crm:P100i_died_in/{SPAN}/crm:P82_at_some_time_within ?x }}",
            ),
            (
                "And Dante Alighieri?",
                "and_x",
                f"SELECT ?x WHERE {{ a:dante crm:P100i_died_in/{SPAN}/crm:P82_at_some_time_within ?x }}",
            ),
        ],
    ),
]


def main() -> None:
    g = Graph()
    g.parse(HERE / "manuscripts.jsonld", format="json-ld")
    answers_of = named_answers(g, PRE, NAMES)
    write_answers(HERE / "manuscripts.jsonl", QUESTIONS, answers_of)
    print_conversations("manuscripts", CONVERSATIONS, answers_of, file=sys.stderr)


if __name__ == "__main__":
    main()
