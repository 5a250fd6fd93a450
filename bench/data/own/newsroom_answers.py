# ruff: noqa: E501  (one question a line)
"""Gold answers of ``newsroom.jsonl`` (and, with ``--conversations``, the newsroom lines of
``conversations_blind52.jsonl``), computed with rdflib SPARQL over ``newsroom.ttl`` (never with
kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the file writes it ("2024-03-14T06:00:00Z", "1450"); a node with every name it
carries: ``schema:name``, ``schema:alternateName``, ``schema:headline``, ``rnews:headline``,
``rdfs:label``, ``skos:prefLabel`` and ``skos:altLabel``, in every language. In a query
``{Name}`` stands for the one node carrying that name (``{Name|prefix:Class}`` for the one of
that class). Unanswerable questions carry no query and ``answers: []``. Run from the repository
root: ``python bench/data/own/newsroom_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import RDFS, Graph, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_answers, print_conversations, write_answers

HERE = Path(__file__).parent
S = Namespace("http://schema.org/")
RN = Namespace("http://iptc.org/std/rNews/2011-10-07#")
PRE = """PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rnews: <http://iptc.org/std/rNews/2011-10-07#>
PREFIX nr: <https://archive.harbourgazette.example/ns#>
PREFIX medtop: <http://cv.iptc.org/newscodes/mediatopic/>
"""
DREDGE = "{Harbour dredging plan approved after six-hour council meeting}"
FERRY = "{Falkenrath backs North Sea ferry corridor}"
WIND = "{Vesterhavn Energy to build 40-turbine wind farm off Esbjerg}"
OBIT = "{Dame Agnes Pritchard, novelist of the docks, dies at 91}"
ROVERS = "{Rovers sink Ashford 3-1 as Demir scores twice}"
MORI = "{Mori Shipbuilding wins order for six hydrogen ferries}"
VOSS2 = "{Voss announces bid for second term}"
MERIDIAN = "{Meridian Shipping profits fall 18% on weak freight rates}"
# an author, straight or through a blank "additional reporting" Role
BY = "schema:author"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # 1 hop
    (
        "Who wrote Harbour dredging plan approved after six-hour council meeting?",
        "1hop",
        f"SELECT ?x WHERE {{ {DREDGE} schema:author ?x }}",
    ),
    (
        "Who edited Falkenrath backs North Sea ferry corridor?",
        "1hop",
        f"SELECT ?x WHERE {{ {FERRY} schema:editor ?x }}",
    ),
    (
        "What's the dateline on Vesterhavn Energy to build 40-turbine wind farm off Esbjerg?",
        "literal",
        f"SELECT ?x WHERE {{ {WIND} schema:dateline ?x }}",
    ),
    (
        "What is Rovers sink Ashford 3-1 as Demir scores twice about?",
        "1hop",
        f"SELECT ?x WHERE {{ {ROVERS} schema:about ?x }}",
    ),
    (
        "Which section ran Meridian Shipping profits fall 18% on weak freight rates?",
        "1hop",
        f"SELECT ?x WHERE {{ {MERIDIAN} nr:section ?x }}",
    ),
    (
        "Who is the editor-in-chief of The Harbour Gazette?",
        "1hop",
        "SELECT ?x WHERE { {The Harbour Gazette} nr:editorInChief ?x }",
    ),
    (
        "What is the parent company of The Harbour Gazette?",
        "synonym",
        "SELECT ?x WHERE { {The Harbour Gazette} schema:parentOrganization ?x }",
    ),
    (
        "Who is in charge of the Business section?",
        "synonym",
        "SELECT ?x WHERE { {Business} nr:sectionEditor ?x }",
    ),
    (
        "What is Kenji Sato's job title?",
        "literal",
        "SELECT ?x WHERE { {Kenji Sato} schema:jobTitle ?x }",
    ),
    (
        "Where is Claire Dubois-Marchand based?",
        "1hop",
        "SELECT ?x WHERE { {Claire Dubois-Marchand} schema:workLocation ?x }",
    ),
    (
        "What is the broader topic of football?",
        "1hop",
        "SELECT ?x WHERE { {football|skos:Concept} skos:broader ?x }",
    ),
    (
        "What's climate change called in French?",
        "literal",
        "SELECT ?x WHERE { {climate change} skos:prefLabel ?x FILTER(lang(?x) = 'fr') }",
    ),
    (
        "What does the correction on Voss announces bid for second term say?",
        "literal",
        f"SELECT ?x WHERE {{ {VOSS2} schema:correction/schema:text ?x }}",
    ),
    (
        "How many words is Dame Agnes Pritchard, novelist of the docks, dies at 91?",
        "literal",
        f"SELECT ?x WHERE {{ {OBIT} schema:wordCount ?x }}",
    ),
    (
        "When did Agnes Pritchard die?",
        "literal",
        "SELECT ?x WHERE { {Agnes Pritchard} schema:deathDate ?x }",
    ),
    (
        "Which party does Eleanor Voss belong to?",
        "1hop",
        "SELECT ?x WHERE { {Eleanor Voss} schema:memberOf ?x }",
    ),
    (
        "When was The Harbour Gazette founded?",
        "literal",
        "SELECT ?x WHERE { {The Harbour Gazette} schema:foundingDate ?x }",
    ),
    (
        "What page was Rovers sink Ashford 3-1 as Demir scores twice on?",
        "literal",
        f"SELECT ?x WHERE {{ {ROVERS} schema:pageStart ?x }}",
    ),
    (
        "Where is Northline Wire headquartered?",
        "synonym",
        "SELECT ?x WHERE { {Northline Wire} schema:location ?x }",
    ),
    (
        "Who wrote Gazette moves to new Quayside offices?",
        "1hop",
        "SELECT ?x WHERE { {Gazette moves to new Quayside offices} rnews:creator ?x }",
    ),
    (
        "What was the correction to Council votes to close Fishgate market?",
        "literal",
        "SELECT ?x WHERE { {Council votes to close Fishgate market} nr:correctionNote ?x }",
    ),
    (
        "when did falkenrath backs north sea ferry corridor come out",
        "synonym",
        f"SELECT ?x WHERE {{ {FERRY} schema:datePublished ?x }}",
    ),
    (
        "who subbed the vesterhavn wind farm story",
        "synonym",
        f"SELECT ?x WHERE {{ {WIND} schema:editor ?x }}",
    ),
    # inverse
    (
        "What articles has Fiona Greig written?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:author {Fiona Greig} }",
    ),
    (
        "Which articles did Bernard Quayle write?",
        "inverse",
        "SELECT ?x WHERE { ?x rnews:creator {Bernard Quayle} }",
    ),
    (
        "Which stories came from Northline Wire?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:sourceOrganization {Northline Wire} }",
    ),
    (
        "Which topics fall under environment?",
        "inverse",
        "SELECT ?x WHERE { ?x skos:broader {environment} }",
    ),
    (
        "Which papers does Calder Media Group own?",
        "inverse",
        "SELECT ?x WHERE { { ?x schema:parentOrganization {Calder Media Group} } UNION { {Calder Media Group} schema:subOrganization ?x } }",
    ),
    (
        "Which sections does Daniel Okafor edit?",
        "inverse",
        "SELECT ?x WHERE { ?x nr:sectionEditor {Daniel Okafor} }",
    ),
    (
        "What articles are about Jürgen Falkenrath?",
        "inverse",
        "SELECT ?x WHERE { ?x schema:about {Jürgen Falkenrath} }",
    ),
    # 2 hops
    (
        "Which papers syndicated Falkenrath backs North Sea ferry corridor?",
        "2hop",
        f"SELECT ?x WHERE {{ {FERRY} nr:syndication/nr:licensee ?x }}",
    ),
    (
        "Who did the additional reporting on Falkenrath backs North Sea ferry corridor?",
        "2hop",
        f"SELECT ?x WHERE {{ {FERRY} schema:author [ schema:roleName 'additional reporting' ; schema:author ?x ] }}",
    ),
    (
        "Where is the author of Mori Shipbuilding wins order for six hydrogen ferries based?",
        "2hop",
        f"SELECT ?x WHERE {{ {MORI} schema:author/schema:workLocation ?x }}",
    ),
    (
        "Who edits the section Voss announces bid for second term ran in?",
        "2hop",
        f"SELECT ?x WHERE {{ {VOSS2} nr:section/nr:sectionEditor ?x }}",
    ),
    (
        "What was the original headline of Harbour dredging plan approved after six-hour council meeting?",
        "2hop",
        f"SELECT ?x WHERE {{ {DREDGE} prov:wasRevisionOf/schema:headline ?x }}",
    ),
    (
        "What's the Japanese headline of Mori Shipbuilding wins order for six hydrogen ferries?",
        "2hop",
        f"SELECT ?x WHERE {{ {MORI} schema:workTranslation/schema:headline ?x }}",
    ),
    (
        "Which country is Port Calder in?",
        "2hop",
        "SELECT ?x WHERE { {Port Calder} schema:containedInPlace/schema:containedInPlace ?x . ?x a schema:Country }",
    ),
    (
        "Which country is Lena Vogt based in?",
        "2hop",
        "SELECT ?x WHERE { {Lena Vogt} schema:workLocation/schema:containedInPlace ?x }",
    ),
    (
        "Who wrote the obituary of Agnes Pritchard?",
        "2hop",
        "SELECT ?x WHERE { ?a a nr:Obituary ; schema:about {Agnes Pritchard} ; schema:author ?x }",
    ),
    (
        "When did the Vesterhavn wind farm story appear in print?",
        "2hop",
        f"SELECT ?x WHERE {{ {WIND} schema:isPartOf/schema:datePublished ?x }}",
    ),
    (
        "Who is the chief executive of Vesterhavn Energy?",
        "2hop",
        "SELECT ?x WHERE { {Vesterhavn Energy} schema:employee [ schema:roleName 'Chief Executive Officer' ; schema:employee ?x ] }",
    ),
    (
        "What club does Yusuf Demir play for?",
        "2hop",
        "SELECT ?x WHERE { {Yusuf Demir} schema:memberOf/schema:memberOf ?x }",
    ),
    (
        "What topics has Hannah Lindgren written about?",
        "2hop",
        "SELECT ?x WHERE { ?a schema:author {Hannah Lindgren} ; schema:about ?x . ?x a skos:Concept }",
    ),
    # 3 hops
    (
        "What is the job title of whoever wrote the obituary of Agnes Pritchard?",
        "3hop",
        "SELECT ?x WHERE { ?a a nr:Obituary ; schema:about {Agnes Pritchard} ; schema:author/schema:jobTitle ?x }",
    ),
    (
        "In which city is the paper that syndicated Mori Shipbuilding wins order for six hydrogen ferries?",
        "3hop",
        f"SELECT ?x WHERE {{ {MORI} nr:syndication/nr:licensee/schema:location ?x }}",
    ),
    (
        "Which country is the Brussels correspondent's base in?",
        "3hop",
        "SELECT ?x WHERE { ?p schema:jobTitle 'Brussels Correspondent'@en ; schema:worksFor {The Harbour Gazette} ; schema:workLocation/schema:containedInPlace ?x }",
    ),
    (
        "Which country is the agency that supplied EU proposes tougher emissions rules for shipping based in?",
        "3hop",
        "SELECT ?x WHERE { {EU proposes tougher emissions rules for shipping} schema:sourceOrganization/schema:location/schema:containedInPlace ?x }",
    ),
    # conjunction
    (
        "Which articles did Miriam Achebe-Holt and Daniel Okafor write together?",
        "conjunction",
        "SELECT ?x WHERE { ?x schema:author {Miriam Achebe-Holt}, {Daniel Okafor} }",
    ),
    (
        "Which opinion pieces are about Port Calder Harbour Authority?",
        "conjunction",
        "SELECT ?x WHERE { ?x a schema:OpinionNewsArticle ; schema:about {Port Calder Harbour Authority} }",
    ),
    (
        "Which articles by Oisín Ó Faoláin mention Yusuf Demir?",
        "conjunction",
        "SELECT ?x WHERE { ?x schema:author {Oisín Ó Faoláin} ; schema:mentions {Yusuf Demir} }",
    ),
    (
        "Which Gazette reporters are based in Brussels?",
        "conjunction",
        "SELECT ?x WHERE { ?x schema:worksFor {The Harbour Gazette} ; schema:workLocation {Brussels} }",
    ),
    (
        "Which articles about climate change have a Brussels dateline?",
        "conjunction",
        "SELECT ?x WHERE { ?x schema:about {climate change} ; schema:dateline 'BRUSSELS' }",
    ),
    # typo
    (
        "who wrote the obituery of agnes pritchard",
        "typo",
        "SELECT ?x WHERE { ?a a nr:Obituary ; schema:about {Agnes Pritchard} ; schema:author ?x }",
    ),
    (
        "what is falkenrahts job",
        "typo",
        "SELECT ?x WHERE { {Jürgen Falkenrath} schema:jobTitle ?x }",
    ),
    (
        "wher is clare dubois marchand based",
        "typo",
        "SELECT ?x WHERE { {Claire Dubois-Marchand} schema:workLocation ?x }",
    ),
    (
        "whos the ceo of vesterhaven energy",
        "typo",
        "SELECT ?x WHERE { {Vesterhavn Energy} schema:employee [ schema:roleName 'Chief Executive Officer' ; schema:employee ?x ] }",
    ),
    (
        "which party is elenor voss in",
        "typo",
        "SELECT ?x WHERE { {Eleanor Voss} schema:memberOf ?x }",
    ),
    # alias
    (
        "Who is the editor in chief of THG?",
        "alias",
        "SELECT ?x WHERE { {THG} nr:editorInChief ?x }",
    ),
    (
        "What is Juergen Falkenrath's job?",
        "alias",
        "SELECT ?x WHERE { {Juergen Falkenrath} schema:jobTitle ?x }",
    ),
    (
        "Which country is København in?",
        "alias",
        "SELECT ?x WHERE { {København} schema:containedInPlace ?x }",
    ),
    ("What is soccer a subtopic of?", "alias", "SELECT ?x WHERE { {soccer} skos:broader ?x }"),
    (
        "Where does Professor Farouk work?",
        "alias",
        "SELECT ?x WHERE { {Professor Farouk} schema:worksFor ?x }",
    ),
    # counts
    (
        "How many articles has Bernard Quayle written?",
        "inverse",
        "SELECT (COUNT(DISTINCT ?a) AS ?x) WHERE { ?a rnews:creator {Bernard Quayle} }",
    ),
    # unanswerable: the archive holds none of these
    ("How many copies does The Harbour Gazette sell a day?", "unanswerable", None),
    (
        "Who took the photographs for Vesterhavn Energy to build 40-turbine wind farm off Esbjerg?",
        "unanswerable",
        None,
    ),
    (
        "Who translated Mori Shipbuilding wins order for six hydrogen ferries into Japanese?",
        "unanswerable",
        None,
    ),
    ("When was Kenji Sato born?", "unanswerable", None),
    ("What awards has Miriam Achebe-Holt won?", "unanswerable", None),
    (
        "How many times was Rovers sink Ashford 3-1 as Demir scores twice shared?",
        "unanswerable",
        None,
    ),
    ("What is Eleanor Voss's salary?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "newsroom-b52-01",
        [
            (
                "Who wrote Mori Shipbuilding wins order for six hydrogen ferries?",
                "start",
                f"SELECT ?x WHERE {{ {MORI} schema:author ?x }}",
            ),
            (
                "Where is he based?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Kenji Sato} schema:workLocation ?x }",
            ),
            ("And Lena Vogt?", "and_x", "SELECT ?x WHERE { {Lena Vogt} schema:workLocation ?x }"),
        ],
    ),
    (
        "newsroom-b52-02",
        [
            (
                "Who edits the Politics section?",
                "start",
                "SELECT ?x WHERE { {Politics} nr:sectionEditor ?x }",
            ),
            (
                "What is her job title?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Priya Raman} schema:jobTitle ?x }",
            ),
            (
                "What about Tom Aldridge?",
                "what_about",
                "SELECT ?x WHERE { {Tom Aldridge} schema:jobTitle ?x }",
            ),
        ],
    ),
    (
        "newsroom-b52-03",
        [
            (
                "Who is the chief executive of Vesterhavn Energy?",
                "start",
                "SELECT ?x WHERE { {Vesterhavn Energy} schema:employee [ schema:roleName 'Chief Executive Officer' ; schema:employee ?x ] }",
            ),
            (
                "Where is the company based?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Vesterhavn Energy} schema:location ?x }",
            ),
            (
                "And Meridian Shipping Lines?",
                "and_x",
                "SELECT ?x WHERE { {Meridian Shipping Lines} schema:location ?x }",
            ),
        ],
    ),
]

NAME_PROPS = (
    S.name,
    S.alternateName,
    S.headline,
    RN.headline,
    RDFS.label,
    SKOS.prefLabel,
    SKOS.altLabel,
)


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published
    g = Graph()
    g.parse(HERE / "newsroom.ttl", format="turtle")
    answers_of = named_answers(g, PRE, NAME_PROPS)
    if "--conversations" in sys.argv:
        print_conversations("newsroom", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "newsroom.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
