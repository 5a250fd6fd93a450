# ruff: noqa: E501  (one question a line)
"""Gold answers of ``agrovoc.jsonl``, computed with rdflib SPARQL over ``agrovoc.nt.gz`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A concept answers with its
English ``skosxl:prefLabel``'s literal form (how the thesaurus names it); a literal with its
lexical form; another scheme's IRI (a Wikidata item, named by nothing in the file) with the IRI
itself, as a user would follow it. ``c(name)`` is the concept
whose English preferred label is ``name``. A relation the publisher states in one direction only
for some pairs (``hasPest`` / ``isPestOf``) is read in both. Unanswerable questions carry no query
and ``answers: []``. Run from the repository root: ``python bench/data/own/agrovoc_answers.py``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import rdflib
from _answers_common import write_answers
from rdflib import Graph, Literal, URIRef

rdflib.NORMALIZE_LITERALS = False  # dates as the file writes them (``...Z``)

HERE = Path(__file__).parent
PRE = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX skosxl: <http://www.w3.org/2008/05/skos-xl#>
PREFIX ag: <http://aims.fao.org/aos/agrontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
XL = "http://www.w3.org/2008/05/skos-xl#"
PEST = "(ag:hasPest|^ag:isPestOf)"


def insect(var: str) -> str:
    """``var`` is an insect: under Insecta in the thesaurus's hierarchy."""
    return f'{var} skos:broader+ [ skosxl:prefLabel/skosxl:literalForm "Insecta"@en ] .'


def c(name: str) -> str:
    """The concept whose English preferred label is ``name`` (a SPARQL sub-pattern's subject)."""
    return f'[ skosxl:prefLabel/skosxl:literalForm "{name}"@en ]'


def term(name: str, lang: str) -> str:
    """The preferred term in ``lang`` of the concept named ``name`` in English."""
    return f'SELECT ?x WHERE {{ {c(name)} skosxl:prefLabel/skosxl:literalForm ?x FILTER(lang(?x) = "{lang}") }}'


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Which pests attack Oryza sativa?",
        "1hop",
        f"SELECT ?x WHERE {{ {c('Oryza sativa')} {PEST} ?x }}",
    ),
    (
        "What is Jatropha curcas used as?",
        "1hop",
        f"SELECT ?x WHERE {{ {c('Jatropha curcas')} ag:isUsedAs ?x }}",
    ),
    (
        "What does Theobroma cacao produce?",
        "1hop",
        f"SELECT ?x WHERE {{ {c('Theobroma cacao')} ag:produces ?x }}",
    ),
    (
        "What are the symptoms of late blight?",
        "1hop",
        f"SELECT ?x WHERE {{ {c('late blight')} ag:hasSymptom ?x }}",
    ),
    (
        "What causes rice blast?",
        "1hop",
        f"SELECT ?x WHERE {{ {c('rice blast')} ag:isCausedBy ?x }}",
    ),
    (
        "What is the broader term for cereals?",
        "1hop",
        f"SELECT ?x WHERE {{ {c('cereals')} skos:broader ?x }}",
    ),
    (
        "Which family does the genus Manihot belong to?",
        "1hop",
        f"SELECT ?x WHERE {{ {c('Manihot')} skos:broader ?x }}",
    ),
    (
        "What are the narrower terms of plant diseases?",
        "1hop",
        f"SELECT ?x WHERE {{ {c('plant diseases')} skos:narrower ?x }}",
    ),
    (
        "Which terms are related to late blight?",
        "1hop",
        f"SELECT ?x WHERE {{ {c('late blight')} skos:related ?x }}",
    ),
    # literals: terms in other languages, notes, definitions, dates, other schemes
    ("What is the French term for cassava?", "literal", term("cassava", "fr")),
    ("How do you say wheat in Spanish?", "literal", term("wheat", "es")),
    ("What is the Chinese term for soybeans?", "literal", term("soybeans", "zh")),
    (
        "What is the scope note of cash crops?",
        "literal",
        f"SELECT ?x WHERE {{ {c('cash crops')} skos:scopeNote ?x }}",
    ),
    (
        "Give me the definition of chlorosis.",
        "literal",
        f"SELECT ?x WHERE {{ {c('chlorosis')} skos:definition/rdf:value ?x }}",
    ),
    (
        "When was the concept sorghum grain created?",
        "literal",
        f"SELECT ?x WHERE {{ {c('sorghum grain')} dct:created ?x }}",
    ),
    (
        "Which Wikidata item matches rice?",
        "literal",
        f"SELECT ?x WHERE {{ {c('rice')} skos:exactMatch ?x FILTER(STRSTARTS(STR(?x), 'http://www.wikidata.org/')) }}",
    ),
    # inverse
    (
        "Which crops does Helicoverpa armigera attack?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x {PEST} {c('Helicoverpa armigera')} }}",
    ),
    (
        "Which plants are used as medicinal plants?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x ag:isUsedAs {c('medicinal plants')} }}",
    ),
    (
        "Which diseases have wilting as a symptom?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x ag:hasSymptom {c('wilting')} }}",
    ),
    (
        "Which species are in the genus Solanum?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x skos:broader {c('Solanum')} }}",
    ),
    (
        "Which groups include cassava?",
        "inverse",
        f"SELECT ?x WHERE {{ ?x ag:includes {c('cassava')} }}",
    ),
    (
        "Which pathogen is Bemisia tabaci a vector of?",
        "1hop",
        f"SELECT ?x WHERE {{ {c('Bemisia tabaci')} ag:isVectorOf ?x }}",
    ),
    # two hops
    (
        "What are the pests of maize?",
        "2hop",
        f"SELECT ?x WHERE {{ ?p ag:produces {c('maize')} ; {PEST} ?x }}",
    ),
    (
        "Which insects attack the plant that gives us cocoa beans?",
        "2hop",
        f"SELECT ?x WHERE {{ ?p ag:produces {c('cocoa beans')} ; {PEST} ?x . {insect('?x')} }}",
    ),
    (
        "What are the symptoms of the disease caused by Ralstonia solanacearum?",
        "2hop",
        f"SELECT ?x WHERE {{ {c('Ralstonia solanacearum')} ag:causes/ag:hasSymptom ?x }}",
    ),
    (
        "Which insect spreads the virus that causes cassava mosaic disease?",
        "2hop",
        f"SELECT ?x WHERE {{ ?x ag:isVectorOf/ag:causes {c('cassava mosaic disease')} }}",
    ),
    (
        "What is the Spanish term for the product of Arachis hypogaea?",
        "2hop",
        f'SELECT ?x WHERE {{ {c("Arachis hypogaea")} ag:produces/skosxl:prefLabel/skosxl:literalForm ?x FILTER(lang(?x) = "es") }}',
    ),
    (
        "Which diseases are caused by pests of Solanum tuberosum?",
        "2hop",
        f"SELECT ?x WHERE {{ {c('Solanum tuberosum')} {PEST} ?p . ?p ag:causes ?x }}",
    ),
    (
        "What is the plant family of Coffea arabica?",
        "2hop",
        f"SELECT ?x WHERE {{ {c('Coffea arabica')} skos:broader/skos:broader ?x }}",
    ),
    # three hops
    (
        "Which family does the insect pest of coffee beans belong to?",
        "3hop",
        f"SELECT ?x WHERE {{ ?p ag:produces {c('coffee beans')} ; {PEST} ?i . ?i skos:broader/skos:broader ?x . {insect('?i')} }}",
    ),
    (
        "What are the symptoms of the diseases caused by pests of bananas?",
        "3hop",
        f"SELECT ?x WHERE {{ ?p ag:produces {c('bananas')} ; {PEST} ?i . ?i ag:causes/ag:hasSymptom ?x }}",
    ),
    # conjunction
    (
        "Which pests attack both Gossypium hirsutum and Solanum lycopersicum?",
        "conjunction",
        f"SELECT ?x WHERE {{ {c('Gossypium hirsutum')} {PEST} ?x . {c('Solanum lycopersicum')} {PEST} ?x }}",
    ),
    (
        "Which diseases show both chlorosis and stunting?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x ag:hasSymptom {c('chlorosis')}, {c('stunting')} }}",
    ),
    (
        "Which plants are used both as oil crops and as food crops?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x ag:isUsedAs {c('oil crops')}, {c('food crops')} }}",
    ),
    (
        "Which pests of Zea mays also attack Sorghum bicolor?",
        "conjunction",
        f"SELECT ?x WHERE {{ {c('Zea mays')} {PEST} ?x . {c('Sorghum bicolor')} {PEST} ?x }}",
    ),
    # synonyms (the relation said in other words)
    (
        "What insects damage Solanum tuberosum?",
        "synonym",
        f"SELECT ?x WHERE {{ {c('Solanum tuberosum')} {PEST} ?x . {insect('?x')} }}",
    ),
    (
        "What is Azadirachta indica good for?",
        "synonym",
        f"SELECT ?x WHERE {{ {c('Azadirachta indica')} ag:isUsedAs ?x }}",
    ),
    (
        "What crop do we get from Hevea brasiliensis?",
        "synonym",
        f"SELECT ?x WHERE {{ {c('Hevea brasiliensis')} ag:produces ?x }}",
    ),
    (
        "How can I recognise apple scab?",
        "synonym",
        f"SELECT ?x WHERE {{ {c('apple scab')} ag:hasSymptom ?x }}",
    ),
    (
        "Which fungus is responsible for coffee leaf rust?",
        "synonym",
        f"SELECT ?x WHERE {{ {c('coffee leaf rust')} ag:isCausedBy ?x }}",
    ),
    (
        "What is a more general term for oilseeds?",
        "synonym",
        f"SELECT ?x WHERE {{ {c('oilseeds')} skos:broader ?x }}",
    ),
    # aliases (a concept named by one of its alternative labels)
    (
        "Which plant produces peanuts?",
        "alias",
        f"SELECT ?x WHERE {{ ?x ag:produces {c('groundnuts')} }}",
    ),
    (
        "Which crops does the fall armyworm attack?",
        "alias",
        f"SELECT ?x WHERE {{ ?x {PEST} {c('Spodoptera frugiperda')} }}",
    ),
    ("What's the French word for canola?", "alias", term("rapeseed", "fr")),
    (
        "What disease does Pyricularia oryzae cause?",
        "alias",
        f"SELECT ?x WHERE {{ {c('Magnaporthe oryzae')} ag:causes ?x }}",
    ),
    (
        "What are the pests of corn?",
        "alias",
        f"SELECT ?x WHERE {{ ?p ag:produces {c('maize')} ; {PEST} ?x }}",
    ),
    (
        "What is the broader term for the coffee berry borer?",
        "alias",
        f"SELECT ?x WHERE {{ {c('Hypothenemus hampei')} skos:broader ?x }}",
    ),
    # typos
    (
        "what are the pests of Solanum tuberosom",
        "typo",
        f"SELECT ?x WHERE {{ {c('Solanum tuberosum')} {PEST} ?x }}",
    ),
    (
        "what is jatrofa curcas used as",
        "typo",
        f"SELECT ?x WHERE {{ {c('Jatropha curcas')} ag:isUsedAs ?x }}",
    ),
    (
        "symptoms of casava mosaic disease",
        "typo",
        f"SELECT ?x WHERE {{ {c('cassava mosaic disease')} ag:hasSymptom ?x }}",
    ),
    (
        "what causes panama desease",
        "typo",
        f"SELECT ?x WHERE {{ {c('Panama disease')} ag:isCausedBy ?x }}",
    ),
    # unanswerable (a German term, a pest the file lacks, rates, yields, inputs)
    ("What is the German term for maize?", "unanswerable", None),
    ("Which pests attack Moringa oleifera?", "unanswerable", None),
    ("What is the recommended sowing density for sorghum?", "unanswerable", None),
    ("What yield of cassava per hectare do farmers get in Nigeria?", "unanswerable", None),
    ("Which fertiliser does Coffea arabica need?", "unanswerable", None),
]


def names(g: Graph, x: object) -> list[str]:
    """A literal's lexical form; a concept's English preferred label; else the IRI itself."""
    if isinstance(x, Literal):
        return [str(x)]
    assert isinstance(x, URIRef), x
    pref = [
        str(f)
        for lab in g.objects(x, URIRef(XL + "prefLabel"))
        for f in g.objects(lab, URIRef(XL + "literalForm"))
        if isinstance(f, Literal) and f.language == "en"
    ]
    return pref or [str(x)]


def main() -> None:
    with gzip.open(HERE / "agrovoc.nt.gz", "rt", encoding="utf-8") as f:
        g = Graph().parse(data=f.read(), format="nt")
    write_answers(
        HERE / "agrovoc.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + sparql) for a in names(g, r[0])},
    )


if __name__ == "__main__":
    main()
