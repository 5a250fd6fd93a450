# ruff: noqa: E501  (one question a line)
"""Gold answers of ``plant_traits.jsonl`` (and, with ``--conversations``, the plant_traits lines
of ``conversations_blind60.jsonl``), computed with rdflib SPARQL over ``plant_traits.obo``
(never with kgchat): py-horned-owl writes the OBO file as RDF/XML by the OBO Foundry's mapping
(``relationship: R X`` as ``rdfs:subClassOf [owl:onProperty R; owl:someValuesFrom X]``, a
typedef with an ``xref:`` to BFO or RO at that IRI, others at ``obo:pto#R``; ``name`` as
``rdfs:label``; synonyms as ``oboInOwl:has...Synonym``; ``property_value`` as annotations),
which rdflib reads.

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("0.45", "61-69", "true"); a node with its ``name`` and its EXACT synonyms (a
nameless term by its ``id``, "PTS:0000013"). In a query ``{Name}`` stands for the one node
carrying that name or EXACT synonym. The ontology's own semantics are read as a reasoner would:
``has_part`` / ``part_of`` (``PART``), ``measured_by`` / ``method_for`` (``MEASURED``) and
``scored_in`` / ``has_scored_trait`` (``SCORED``) from either side (declared inverses);
``correlated_with`` either way (symmetric). Unanswerable questions carry no query and
``answers: []``. Run from the repository root:
``python bench/data/own/plant_traits_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, print_conversations, write_answers

HERE = Path(__file__).parent
OIO = Namespace("http://www.geneontology.org/formats/oboInOwl#")
PRE = """PREFIX obo: <http://purl.obolibrary.org/obo/>
PREFIX p: <http://purl.obolibrary.org/obo/pto#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oio: <http://www.geneontology.org/formats/oboInOwl#>
"""
# relation -> its IRI in the mapped RDF (a typedef with a BFO / RO xref takes that IRI)
R = {
    "part_of": "obo:BFO_0000050",
    "has_part": "obo:BFO_0000051",
    "develops_from": "obo:RO_0002202",
    "occurs_in": "obo:BFO_0000066",
    "occurs_during": "obo:RO_0002092",
    "before": "obo:RO_0002087",
    "inheres_in": "obo:RO_0000052",
    "causal_agent": "obo:RO_0002200",
}


def REL(s: str, rel: str, o: str) -> str:
    """``s relationship: rel o`` (an existential restriction on ``s``)."""
    prop = R.get(rel, f"p:{rel}")
    return f"{s} rdfs:subClassOf [ owl:onProperty {prop} ; owl:someValuesFrom {o} ] ."


def EITHER(a: str, fwd: str, b: str, back: str) -> str:
    """``a fwd b`` or ``b back a`` (declared inverses, or a symmetric one with ``back == fwd``)."""
    return f"{{ {REL(a, fwd, b)} }} UNION {{ {REL(b, back, a)} }}"


def PART(part: str, whole: str) -> str:
    return EITHER(part, "part_of", whole, "has_part")


def MEASURED(trait: str, method: str) -> str:
    return EITHER(trait, "measured_by", method, "method_for")


def SCORED(trait: str, crop: str) -> str:
    return EITHER(trait, "scored_in", crop, "has_scored_trait")


def CORR(a: str, b: str) -> str:
    return EITHER(a, "correlated_with", b, "correlated_with")


def Q(body: str) -> str:
    return f"SELECT ?x WHERE {{ {body} }}"


QUESTIONS: list[tuple[str, str, str | None]] = [
    # 1hop
    (
        "Which plant part is flag leaf length measured on?",
        "1hop",
        Q(REL("{Flag Leaf Length}", "inheres_in", "?x")),
    ),
    ("what causes rice blast", "1hop", Q(REL("{rice blast}", "causal_agent", "?x"))),
    (
        "At what growth stage is panicle length scored?",
        "1hop",
        Q(REL("{panicle length}", "observed_at", "?x")),
    ),
    (
        "How is thousand grain weight measured?",
        "1hop",
        Q(MEASURED("{thousand grain weight}", "?x")),
    ),
    ("What does the grain develop from?", "1hop", Q(REL("{Grain}", "develops_from", "?x"))),
    ("what stage comes right before heading", "1hop", Q(REL("{heading stage}", "before", "?x"))),
    (
        "Where in the plant does grain filling happen?",
        "1hop",
        Q(REL("{grain filling}", "occurs_in", "?x")),
    ),
    (
        "What scale does NIR spectroscopy record on?",
        "1hop",
        Q(REL("{NIR spectroscopy}", "has_scale", "?x")),
    ),
    (
        "what disease is FHB resistance a resistance to",
        "1hop",
        Q(REL("{FHB resistance}", "resistance_to", "?x")),
    ),
    # inverse
    (
        "Which traits are measured with the Modified Cobb scale assessment?",
        "inverse",
        Q(MEASURED("?x", "{Modified Cobb scale assessment}")),
    ),
    ("What develops from the ovary?", "inverse", Q(REL("?x", "develops_from", "{ovary}"))),
    ("Which traits are scored in soybean?", "inverse", Q(SCORED("?x", "{Glycine max}"))),
    ("Which crops is grain yield scored in?", "inverse", Q(SCORED("{Grain Yield}", "?x"))),
    (
        "what diseases does Puccinia triticina cause",
        "inverse",
        Q(REL("?x", "causal_agent", "{Puccinia triticina}")),
    ),
    (
        "Which diseases occur in the leaf?",
        "inverse",
        Q(REL("?x", "occurs_in", "{Leaf}") + "?x rdfs:subClassOf {plant disease} ."),
    ),
    (
        "Which traits are observed at the flowering stage?",
        "inverse",
        Q(REL("?x", "observed_at", "{flowering stage}")),
    ),
    ("What stage follows the milk stage?", "inverse", Q(REL("?x", "before", "{milk stage}"))),
    ("Which structures are part of the ovary?", "inverse", Q(PART("?x", "{ovary}"))),
    # 2hop
    (
        "What fungus causes the disease that blast resistance protects against?",
        "2hop",
        Q(REL("{blast resistance}", "resistance_to", "?d") + REL("?d", "causal_agent", "?x")),
    ),
    (
        "What scale does the method for amylose content use?",
        "2hop",
        Q(MEASURED("{amylose content}", "?m") + REL("?m", "has_scale", "?x")),
    ),
    (
        "Which plant part does the disease behind FHB resistance occur in?",
        "2hop",
        Q(REL("{FHB resistance}", "resistance_to", "?d") + REL("?d", "occurs_in", "?x")),
    ),
    (
        "what stage comes just before the stage when days to heading is recorded",
        "2hop",
        Q(REL("{days to heading}", "observed_at", "?s") + REL("?s", "before", "?x")),
    ),
    (
        "What does the structure grain length is measured on develop from?",
        "2hop",
        Q(REL("{grain length}", "inheres_in", "?s") + REL("?s", "develops_from", "?x")),
    ),
    (
        "What pathogen causes the disease that occurs in the leaf sheath?",
        "2hop",
        Q(REL("?d", "occurs_in", "{leaf sheath}") + REL("?d", "causal_agent", "?x")),
    ),
    (
        "During which stage does the process that occurs in the grain take place?",
        "2hop",
        Q(REL("?p", "occurs_in", "{Grain}") + REL("?p", "occurs_during", "?x")),
    ),
    (
        "Which methods are used for traits measured on the endosperm?",
        "2hop",
        Q(REL("?t", "inheres_in", "{endosperm}") + MEASURED("?t", "?x")),
    ),
    (
        "What is the Zadoks code of the stage at which tiller number is scored?",
        "2hop",
        Q(REL("{tiller number}", "observed_at", "?s") + "?s p:zadoks_code ?x ."),
    ),
    (
        "What is the heritability of the trait correlated with plant height?",
        "2hop",
        Q(CORR("{PLANT HEIGHT}", "?t") + "?t p:heritability ?x ."),
    ),
    # 3hop
    (
        "What unit is plant height measured in?",
        "3hop",
        Q(MEASURED("{PLANT HEIGHT}", "?m") + REL("?m", "has_scale", "?s") + "?s p:has_unit ?x ."),
    ),
    (
        "what's the unit of the scale for thousand grain weight",
        "3hop",
        Q(
            MEASURED("{thousand grain weight}", "?m")
            + REL("?m", "has_scale", "?s")
            + "?s p:has_unit ?x ."
        ),
    ),
    (
        "Which pathogen causes the disease resisted by the trait observed at the booting stage?",
        "3hop",
        Q(
            REL("?t", "observed_at", "{booting stage}")
            + REL("?t", "resistance_to", "?d")
            + REL("?d", "causal_agent", "?x")
        ),
    ),
    (
        "What is the maximum value of the scale used to score blast resistance?",
        "3hop",
        Q(
            MEASURED("{blast resistance}", "?m")
            + REL("?m", "has_scale", "?s")
            + "?s p:scale_max ?x ."
        ),
    ),
    (
        "What stage comes before the stage when the process in the maize ear happens?",
        "3hop",
        Q(
            REL("?p", "occurs_in", "{ear}")
            + REL("?p", "occurs_during", "?s")
            + REL("?s", "before", "?x")
        ),
    ),
    (
        "Which pathogen causes the disease that the resistance trait on the leaf blade protects against?",
        "3hop",
        Q(
            REL("?t", "inheres_in", "{leaf blade}")
            + REL("?t", "resistance_to", "?d")
            + REL("?d", "causal_agent", "?x")
        ),
    ),
    # conjunction
    (
        "Which traits are measured on the grain and scored in wheat?",
        "conjunction",
        Q(REL("?x", "inheres_in", "{Grain}") + SCORED("?x", "{Triticum aestivum}")),
    ),
    (
        "which rice traits are observed at the maturity stage",
        "conjunction",
        Q(SCORED("?x", "{Oryza sativa}") + REL("?x", "observed_at", "{maturity stage}")),
    ),
    (
        "Which variable is for plant height in wheat?",
        "conjunction",
        Q(
            REL("?x", "variable_of", "{PLANT HEIGHT}")
            + REL("?x", "used_in_crop", "{Triticum aestivum}")
        ),
    ),
    (
        "Which traits use visual disease scoring and are observed at the seedling stage?",
        "conjunction",
        Q(
            MEASURED("?x", "{Visual disease scoring}")
            + REL("?x", "observed_at", "{Seedling Stage}")
        ),
    ),
    (
        "which maize traits are counted as days from sowing",
        "conjunction",
        Q(SCORED("?x", "{Zea mays}") + MEASURED("?x", "{Days from sowing count}")),
    ),
    (
        "Which core breeding traits are measured on the whole plant?",
        "conjunction",
        Q("?x oio:inSubset p:breeding_core . " + REL("?x", "inheres_in", "{whole plant}")),
    ),
    (
        "Which traits are scored in both barley and sorghum?",
        "conjunction",
        Q(SCORED("?x", "{Hordeum vulgare}") + SCORED("?x", "{Sorghum bicolor}")),
    ),
    # synonym: the relation in people's words
    (
        "Which pathogen is responsible for sheath blight?",
        "synonym",
        Q(REL("{sheath blight}", "causal_agent", "?x")),
    ),
    ("What is FHB resistance assessed with?", "synonym", Q(MEASURED("{FHB resistance}", "?x"))),
    (
        "which plant organ is tiller number recorded on",
        "synonym",
        Q(REL("{tiller number}", "inheres_in", "?x")),
    ),
    ("What comes after the booting stage?", "synonym", Q(REL("?x", "before", "{booting stage}"))),
    ("What does a pod grow out of?", "synonym", Q(REL("{pod}", "develops_from", "?x"))),
    (
        "What trait goes hand in hand with days to heading?",
        "synonym",
        Q(CORR("{days to heading}", "?x")),
    ),
    (
        "When is stripe rust resistance rated?",
        "synonym",
        Q(REL("{stripe rust resistance}", "observed_at", "?x")),
    ),
    # alias: a synonym or abbreviation names the thing
    ("What causes yellow rust?", "alias", Q(REL("{stripe rust}", "causal_agent", "?x"))),
    ("How is TGW measured?", "alias", Q(MEASURED("{thousand grain weight}", "?x"))),
    ("which traits are scored in corn", "alias", Q(SCORED("?x", "{Zea mays}"))),
    (
        "What stage comes right before jointing?",
        "alias",
        Q(REL("{stem elongation stage}", "before", "?x")),
    ),
    ("What does the caryopsis develop from?", "alias", Q(REL("{Grain}", "develops_from", "?x"))),
    # typo
    ("what causes bacterial bligt", "typo", Q(REL("{bacterial blight}", "causal_agent", "?x"))),
    ("how is amylose contnet measured", "typo", Q(MEASURED("{amylose content}", "?x"))),
    (
        "which plant part is pannicle length measured on",
        "typo",
        Q(REL("{panicle length}", "inheres_in", "?x")),
    ),
    # literal
    ("What is the heritability of grain yield?", "literal", Q("{Grain Yield} p:heritability ?x .")),
    (
        "What's the BBCH code for the flowering stage?",
        "literal",
        Q("{flowering stage} p:bbch_code ?x ."),
    ),
    (
        "What unit is the percent dry basis scale in?",
        "literal",
        Q("{percent dry basis scale} p:has_unit ?x ."),
    ),
    ("What is the crop code for sorghum?", "literal", Q("{Sorghum bicolor} p:crop_code ?x .")),
    ("what is the ploidy of bread wheat", "literal", Q("{Triticum aestivum} p:ploidy ?x .")),
    (
        "Is the thousand grain weighing method destructive?",
        "literal",
        Q("{Thousand grain weighing} p:is_destructive ?x ."),
    ),
    ("When was the variable AC_Iod_pct created?", "literal", Q("{AC_Iod_pct} p:date_created ?x .")),
    # unanswerable: the graph holds a near relation, not this one
    ("What is the heritability of stem diameter?", "unanswerable", None),
    ("What is the Zadoks code of the silking stage?", "unanswerable", None),
    ("What scale is used for cold tolerance?", "unanswerable", None),
    ("What is the ploidy of sorghum?", "unanswerable", None),
    ("What does the embryo develop from?", "unanswerable", None),
    ("How long does the heading stage last?", "unanswerable", None),
    ("When was the variable PH_M_cm created?", "unanswerable", None),
]

# the unanswerable questions' own relations, which must find nothing
UNANSWERED = [
    Q("{stem diameter} p:heritability ?x ."),
    Q("{silking stage} p:zadoks_code ?x ."),
    Q(MEASURED("{cold tolerance}", "?m")),
    Q("{Sorghum bicolor} p:ploidy ?x ."),
    Q(REL("{embryo}", "develops_from", "?x")),
    Q("{heading stage} p:typical_duration_days ?x ."),
    Q("{PH_M_cm} p:date_created ?x ."),
]

CONVERSATIONS = [
    (
        "plant_traits-probe60a-01",
        [
            ("What causes rice blast?", "start", Q(REL("{rice blast}", "causal_agent", "?x"))),
            (
                "Which plant parts does it occur in?",
                "pronoun_topic",
                Q(REL("{rice blast}", "occurs_in", "?x")),
            ),
            ("And leaf rust?", "and_x", Q(REL("{leaf rust}", "occurs_in", "?x"))),
        ],
    ),
    (
        "plant_traits-probe60a-02",
        [
            ("How is grain yield measured?", "start", Q(MEASURED("{Grain Yield}", "?x"))),
            (
                "What about thousand grain weight?",
                "what_about",
                Q(MEASURED("{thousand grain weight}", "?x")),
            ),
            (
                "What scale does that method use?",
                "pronoun_answer",
                Q(REL("{Thousand grain weighing}", "has_scale", "?x")),
            ),
        ],
    ),
    (
        "plant_traits-probe60a-03",
        [
            (
                "What stage comes just before heading?",
                "start",
                Q(REL("{heading stage}", "before", "?x")),
            ),
            ("What is its Zadoks code?", "pronoun_answer", Q("{booting stage} p:zadoks_code ?x .")),
            ("And for the milk stage?", "and_x", Q("{milk stage} p:zadoks_code ?x .")),
        ],
    ),
]

NAME_PROPS = (RDFS.label, OIO.hasExactSynonym)


def load() -> Graph:
    """``plant_traits.obo`` as rdflib reads it (py-horned-owl's RDF/XML)."""
    import pyhornedowl

    text = (HERE / "plant_traits.obo").read_text(encoding="utf-8")
    rdf = pyhornedowl.open_ontology_from_string(text, "obo").save_to_string("owl")
    g = Graph()
    g.parse(data=rdf, format="xml")
    return g


def names(g: Graph, x: object) -> set[str]:
    """A literal's lexical form; a node's name and EXACT synonyms; a nameless one's id."""
    if isinstance(x, Literal):
        return {str(x)}
    found = {str(n) for p in NAME_PROPS for n in g.objects(x, p)}
    if not found:
        found = {str(n) for n in g.objects(x, OIO.id)}
    assert found and isinstance(x, URIRef), x
    return found


def answers_of_for(g: Graph):
    def find(m):
        return {s for s, o in g.subject_objects(RDFS.label) if str(o) == m[1]} or {
            s for s, o in g.subject_objects(OIO.hasExactSynonym) if str(o) == m[1]
        }

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find)):
            out |= names(g, row[0])
        return out

    return answers_of


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("0.7")
    g = load()
    answers_of = answers_of_for(g)
    for query in UNANSWERED:
        assert not answers_of(query), query
    if "--conversations" in sys.argv:
        print_conversations("plant_traits", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "plant_traits.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
