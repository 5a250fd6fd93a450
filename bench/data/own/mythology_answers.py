# ruff: noqa: E501  (one question a line)
"""Gold answers of ``mythology.jsonl`` (and, with ``--conversations``, the mythology lines of
``conversations_blind59.jsonl``), computed with rdflib SPARQL over ``mythology.ofn`` (never
with kgchat): py-horned-owl writes the functional syntax as RDF/XML by OWL 2's mapping to RDF,
which rdflib reads.

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("2918", "-0019", "9.105-566"); a node with every name it carries: ``rdfs:label``
in every language and ``skos:altLabel``, and those of the nodes ``owl:sameAs`` joins it to
(Heracles and Hercules); a node with no name by its IRI's fragment ("Ladon"). In a query
``{Name}`` stands for the one node carrying that name. The ontology's own semantics are read
as a reasoner would: a parent is named by ``hasFather``, ``hasMother`` or ``hasParent`` on the
child or ``hasChild`` on the parent (``PARENT``); siblings and consorts either way (symmetric);
an episode's participants from either side (``IN``); Roman counterparts from either side
(``ROMAN``); a myth's sources by an attestation record or the ``attestedBy`` shortcut
(``SOURCE``); Heracles' facts include Hercules' (``owl:sameAs``). Unanswerable questions carry
no query and ``answers: []``. Run from the repository root:
``python bench/data/own/mythology_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import OWL, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, print_conversations, write_answers

HERE = Path(__file__).parent
M = Namespace("http://purl.mythos-ref.example/onto#")
PRE = """PREFIX m: <http://purl.mythos-ref.example/onto#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def PARENT(child: str, parent: str) -> str:
    """``parent`` is a parent of ``child`` however the ontology asserts it."""
    return f"{{ {child} m:hasFather|m:hasMother|m:hasParent {parent} }} UNION {{ {parent} m:hasChild {child} }}"


def EITHER(p: str, a: str, b: str) -> str:
    """``a p b`` asserted either way (a symmetric property)."""
    return f"{{ {a} m:{p} {b} }} UNION {{ {b} m:{p} {a} }}"


def IN(who: str, episode: str) -> str:
    """``who`` takes part in ``episode``, said from either side."""
    return f"{{ {episode} m:hasParticipant {who} }} UNION {{ {who} m:participatesIn {episode} }}"


def ROMAN(greek: str, roman: str) -> str:
    """``roman`` is ``greek``'s Roman counterpart, said from either side."""
    return (
        f"{{ {greek} m:romanCounterpart {roman} }} UNION {{ {roman} m:greekCounterpart {greek} }}"
    )


def SOURCE(episode: str, work: str) -> str:
    """``work`` attests ``episode`` (a record or the shortcut)."""
    return f"{{ {episode} m:hasAttestation/m:sourceWork {work} }} UNION {{ {episode} m:attestedBy {work} }}"


def SAME(x: str, y: str) -> str:
    """``y`` is ``x`` or joined to it by ``owl:sameAs``."""
    return f"{x} (owl:sameAs|^owl:sameAs)? {y} ."


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    ("Who is the mother of Perseus?", "1hop", "SELECT ?x WHERE { {Perseus} m:hasMother ?x }"),
    ("what is Poseidon the god of", "1hop", "SELECT ?x WHERE { {Poseidon} m:presidesOver ?x }"),
    ("Where was Hermes born?", "1hop", "SELECT ?x WHERE { {Hermes} m:birthplace ?x }"),
    ("Who wrote the Theogony?", "1hop", "SELECT ?x WHERE { {Theogony} m:writtenBy ?x }"),
    ("Which city did Priam rule?", "1hop", "SELECT ?x WHERE { {Priam} m:ruled ?x }"),
    (
        "Where did the Judgement of Paris happen?",
        "1hop",
        "SELECT ?x WHERE { {Judgement of Paris} m:takesPlaceAt ?x }",
    ),
    (
        "What is the Roman name for Hephaestus?",
        "1hop",
        f"SELECT ?x WHERE {{ {ROMAN('{Hephaestus}', '?x')} }}",
    ),
    ("who did Perseus kill?", "1hop", "SELECT ?x WHERE { {Perseus} m:killed ?x }"),
    (
        "What animals are sacred to Athena?",
        "1hop",
        "SELECT ?x WHERE { {Athena} m:hasSacredAnimal ?x }",
    ),
    # inverse
    (
        "Who are the children of Cronus?",
        "inverse",
        f"SELECT ?x WHERE {{ {PARENT('?x', '{Cronus}')} }}",
    ),
    ("Who killed the Minotaur?", "inverse", "SELECT ?x WHERE { ?x m:killed {Minotaur} }"),
    (
        "Which god was worshipped at Delphi?",
        "inverse",
        "SELECT ?x WHERE { ?x m:cultSite {Delphi} }",
    ),
    ("which works did Homer write", "inverse", "SELECT ?x WHERE { ?x m:writtenBy {Homer} }"),
    ("Who lived in the Labyrinth?", "inverse", "SELECT ?x WHERE { ?x m:dwellsIn {Labyrinth} }"),
    (
        "Venus is the Roman version of which Greek goddess?",
        "inverse",
        f"SELECT ?x WHERE {{ {ROMAN('?x', '{Venus}')} }}",
    ),
    ("Who was born on Delos?", "inverse", "SELECT ?x WHERE { ?x m:birthplace {Delos} }"),
    ("who ruled sparta", "inverse", "SELECT ?x WHERE { ?x m:ruled {Sparta} }"),
    (
        "Which myths does Medusa appear in?",
        "inverse",
        f"SELECT ?x WHERE {{ {IN('{Medusa}', '?x')} }}",
    ),
    # two hops
    (
        "who was achilles' grandfather on his mother's side",
        "2hop",
        "SELECT ?x WHERE { {Achilles} m:hasMother ?m . ?m m:hasFather ?x }",
    ),
    (
        "In which modern country was Zeus born?",
        "2hop",
        "SELECT ?x WHERE { {Zeus} m:birthplace/m:locatedIn ?x . ?x a m:Country }",
    ),
    (
        "What is the Roman name of Athena's father?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Athena}} m:hasFather ?f . {ROMAN('?f', '?x')} }}",
    ),
    (
        "What symbols does Persephone's mother have?",
        "2hop",
        "SELECT ?x WHERE { {Persephone} m:hasMother ?m . ?m m:hasSymbol ?x }",
    ),
    (
        "Which ancient sources tell the story of the Judgement of Paris?",
        "2hop",
        f"SELECT ?x WHERE {{ {SOURCE('{Judgement of Paris}', '?x')} }}",
    ),
    (
        "Where was the author of the Aeneid born?",
        "2hop",
        "SELECT ?x WHERE { {Aeneid} m:writtenBy/m:birthplace ?x }",
    ),
    (
        "who was the father of helen's husband",
        "2hop",
        f"SELECT ?x WHERE {{ {EITHER('hasConsort', '{Helen}', '?h')} ?h m:hasFather ?x }}",
    ),
    (
        "Which monsters did the son of Alcmene kill?",
        "2hop",
        f"SELECT ?x WHERE {{ ?s m:hasMother {{Alcmene}} . {SAME('?s', '?k')} ?k m:killed ?x }}",
    ),
    (
        "What is Hermes' son the god of?",
        "2hop",
        f"SELECT ?x WHERE {{ {PARENT('?s', '{Hermes}')} ?s m:presidesOver ?x }}",
    ),
    (
        "what country is artemis's cult site in today",
        "2hop",
        "SELECT ?x WHERE { {Artemis} m:cultSite/m:locatedIn ?x . ?x a m:Country }",
    ),
    # three hops
    (
        "Who wrote the sources that tell of the Slaying of Python?",
        "3hop",
        f"SELECT ?x WHERE {{ {SOURCE('{Slaying of Python}', '?w')} ?w m:writtenBy ?x }}",
    ),
    (
        "In which modern country was the author of the Metamorphoses born?",
        "3hop",
        "SELECT ?x WHERE { {Metamorphoses} m:writtenBy/m:birthplace/m:locatedIn ?x . ?x a m:Country }",
    ),
    (
        "Who is Agamemnon's great-grandfather on his father's side?",
        "3hop",
        "SELECT ?x WHERE { m:Agamemnon m:hasFather/m:hasFather/m:hasFather ?x }",
    ),
    (
        "What do the Romans call Heracles' grandfather on his father's side?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Heracles}} m:hasFather/m:hasFather ?g . {ROMAN('?g', '?x')} }}",
    ),
    (
        "On which island is the city ruled by Ariadne's father?",
        "3hop",
        "SELECT ?x WHERE { {Ariadne} m:hasFather/m:ruled/m:locatedIn ?x . ?x a m:Island }",
    ),
    (
        "What animals are sacred to the father of the god of medicine?",
        "3hop",
        "SELECT ?x WHERE { ?g m:presidesOver {medicine} ; m:hasFather ?f . ?f m:hasSacredAnimal ?x }",
    ),
    # conjunction
    (
        "Which god is in charge of both the sea and horses?",
        "conjunction",
        "SELECT ?x WHERE { ?x m:presidesOver {sea}, {horses} }",
    ),
    (
        "which goddess presides over hunting and the moon",
        "conjunction",
        "SELECT ?x WHERE { ?x m:presidesOver {hunting}, {the moon} }",
    ),
    (
        "Who are the children of Zeus and Leto?",
        "conjunction",
        f"SELECT ?x WHERE {{ {PARENT('?x', '{Zeus}')} {PARENT('?x', '{Leto}')} }}",
    ),
    (
        "Which heroes took part in both the Quest for the Golden Fleece and the Calydonian Boar Hunt?",
        "conjunction",
        f"SELECT ?x WHERE {{ {IN('?x', '{Quest for the Golden Fleece}')} {IN('?x', '{Calydonian Boar Hunt}')} }}",
    ),
    (
        "which god has the swan as a sacred animal and the lyre as a symbol",
        "conjunction",
        "SELECT ?x WHERE { ?x m:hasSacredAnimal {swan} ; m:hasSymbol {lyre} }",
    ),
    (
        "Who took part in both the Trojan War and the Judgement of Paris?",
        "conjunction",
        f"SELECT ?x WHERE {{ {IN('?x', '{Trojan War}')} {IN('?x', '{Judgement of Paris}')} }}",
    ),
    (
        "which cult sites are in Turkey",
        "conjunction",
        "SELECT ?x WHERE { ?d m:cultSite ?x . ?x m:locatedIn {Turkey} }",
    ),
    # synonym (the relation in people's words)
    (
        "Who was Zeus married to?",
        "synonym",
        f"SELECT ?x WHERE {{ {EITHER('hasConsort', '{Zeus}', '?x')} }}",
    ),
    ("who's odysseus's dad", "synonym", "SELECT ?x WHERE { {Odysseus} m:hasFather ?x }"),
    (
        "What is Poseidon usually shown holding?",
        "synonym",
        "SELECT ?x WHERE { {Poseidon} m:hasSymbol ?x }",
    ),
    ("Does Apollo have any kids?", "synonym", f"SELECT ?x WHERE {{ {PARENT('?x', 'm:Apollo')} }}"),
    (
        "Who is Apollo's twin sister?",
        "synonym",
        f"SELECT ?x WHERE {{ {EITHER('hasSibling', 'm:Apollo', '?x')} }}",
    ),
    (
        "Which ancient texts mention the Flight of Icarus?",
        "synonym",
        f"SELECT ?x WHERE {{ {SOURCE('{Flight of Icarus}', '?x')} }}",
    ),
    ("who slew the chimera", "synonym", "SELECT ?x WHERE { ?x m:killed {Chimera} }"),
    # alias (an epithet or another name of the figure)
    ("Who is the mother of Phoebus?", "alias", "SELECT ?x WHERE { {Phoebus} m:hasMother ?x }"),
    ("What is Pallas the goddess of?", "alias", "SELECT ?x WHERE { {Pallas} m:presidesOver ?x }"),
    ("who is the father of Polydeuces", "alias", "SELECT ?x WHERE { {Polydeuces} m:hasFather ?x }"),
    (
        "Which monsters did Hercules kill?",
        "alias",
        f"SELECT ?x WHERE {{ {SAME('<' + str(M.Hercules) + '>', '?k')} ?k m:killed ?x }}",
    ),
    (
        "Who is Ulysses' wife?",
        "alias",
        f"SELECT ?x WHERE {{ {EITHER('hasConsort', '{Ulysses}', '?x')} }}",
    ),
    # typos
    ("who is the mother of Persphone", "typo", "SELECT ?x WHERE { {Persephone} m:hasMother ?x }"),
    (
        "what is the roman name of Aphrodyte",
        "typo",
        f"SELECT ?x WHERE {{ {ROMAN('{Aphrodite}', '?x')} }}",
    ),
    ("Which city did Agamemon rule?", "typo", "SELECT ?x WHERE { m:Agamemnon m:ruled ?x }"),
    # literals
    ("How high is Mount Olympus?", "literal", "SELECT ?x WHERE { {Mount Olympus} m:elevation ?x }"),
    (
        "How many heads does Cerberus have?",
        "literal",
        "SELECT ?x WHERE { {Cerberus} m:numberOfHeads ?x }",
    ),
    ("how many books is the Iliad", "literal", "SELECT ?x WHERE { {Iliad} m:numberOfBooks ?x }"),
    ("When was the Aeneid written?", "literal", "SELECT ?x WHERE { {Aeneid} m:composed ?x }"),
    (
        "What is the Wikidata ID of Medusa?",
        "literal",
        "SELECT ?x WHERE { {Medusa} m:wikidataId ?x }",
    ),
    ("When did Sophocles live?", "literal", "SELECT ?x WHERE { {Sophocles} m:floruit ?x }"),
    (
        "Which passage of the Odyssey tells the Blinding of Polyphemus?",
        "literal",
        "SELECT ?x WHERE { {Blinding of Polyphemus} m:hasAttestation ?a . ?a m:sourceWork {Odyssey} ; m:passage ?x }",
    ),
    # unanswerable: the graph holds a near relation, not this one
    ("Who was Hephaestus's father?", "unanswerable", None),
    ("What is the Roman name of Hecate?", "unanswerable", None),
    ("How tall is Mount Cithaeron?", "unanswerable", None),
    ("Which ancient source tells the story of the Calydonian Boar Hunt?", "unanswerable", None),
    ("Where was Pindar born?", "unanswerable", None),
    ("What are the symbols of Hestia?", "unanswerable", None),
    ("Who killed Orthrus?", "unanswerable", None),
]

# the unanswerable questions' own relations, which must find nothing
UNANSWERED = [
    "SELECT ?x WHERE { {Hephaestus} m:hasFather ?x }",
    f"SELECT ?x WHERE {{ {ROMAN('{Hecate}', '?x')} }}",
    "SELECT ?x WHERE { {Mount Cithaeron} m:elevation ?x }",
    f"SELECT ?x WHERE {{ {SOURCE('{Calydonian Boar Hunt}', '?x')} }}",
    "SELECT ?x WHERE { {Pindar} m:birthplace ?x }",
    "SELECT ?x WHERE { {Hestia} m:hasSymbol ?x }",
    "SELECT ?x WHERE { ?x m:killed m:Orthrus }",
]

CONVERSATIONS = [
    (
        "mythology-probe59b-01",
        [
            (
                "Who are the parents of Achilles?",
                "start",
                f"SELECT ?x WHERE {{ {PARENT('{Achilles}', '?x')} }}",
            ),
            (
                "Where was he born?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Achilles} m:birthplace ?x }",
            ),
            ("And Odysseus?", "and_x", "SELECT ?x WHERE { {Odysseus} m:birthplace ?x }"),
        ],
    ),
    (
        "mythology-probe59b-02",
        [
            (
                "What is Demeter the goddess of?",
                "start",
                "SELECT ?x WHERE { {Demeter} m:presidesOver ?x }",
            ),
            (
                "What about Dionysus?",
                "what_about",
                "SELECT ?x WHERE { {Dionysus} m:presidesOver ?x }",
            ),
            (
                "What is his Roman name?",
                "pronoun_topic",
                f"SELECT ?x WHERE {{ {ROMAN('{Dionysus}', '?x')} }}",
            ),
        ],
    ),
    (
        "mythology-probe59b-03",
        [
            ("Who killed Medusa?", "start", "SELECT ?x WHERE { ?x m:killed {Medusa} }"),
            (
                "Who was his mother?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Perseus} m:hasMother ?x }",
            ),
            (
                "And his wife?",
                "and_x",
                f"SELECT ?x WHERE {{ {EITHER('hasConsort', '{Perseus}', '?x')} }}",
            ),
        ],
    ),
]

NAME_PROPS = (RDFS.label, SKOS.altLabel)


def load() -> Graph:
    """``mythology.ofn`` as rdflib reads it (py-horned-owl's RDF/XML)."""
    import pyhornedowl

    text = (HERE / "mythology.ofn").read_text(encoding="utf-8")
    rdf = pyhornedowl.open_ontology_from_string(text, "ofn").save_to_string("owl")
    g = Graph()
    g.parse(data=rdf, format="xml")
    return g


def names(g: Graph, x: object) -> set[str]:
    """A literal's lexical form; a node's names and those of its ``owl:sameAs`` partners; a
    node with none by its IRI's fragment."""
    if isinstance(x, Literal):
        return {str(x)}
    same = {x} | set(g.objects(x, OWL.sameAs)) | set(g.subjects(OWL.sameAs, x))
    found = {str(n) for s in same for p in NAME_PROPS for n in g.objects(s, p)}
    if not found and isinstance(x, URIRef):
        found = {str(x).rsplit("#", 1)[-1]}
    assert found, x
    return found


def answers_of_for(g: Graph):
    def find(m):
        return {s for p in NAME_PROPS for s, o in g.subject_objects(p) if str(o) == m[1]}

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find)):
            out |= names(g, row[0])
        return out

    return answers_of


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("-0019")
    g = load()
    answers_of = answers_of_for(g)
    for query in UNANSWERED:
        assert not answers_of(query), query
    if "--conversations" in sys.argv:
        print_conversations("mythology", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "mythology.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
