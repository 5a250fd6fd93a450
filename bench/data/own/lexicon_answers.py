# ruff: noqa: E501  (one question a line)
"""Gold answers of ``lexicon.jsonl``, computed with rdflib SPARQL over ``lexicon.ttl`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form; a lexical entry with its canonical form's ``ontolex:writtenRep`` (how a dictionary
names it); any other IRI (LexInfo values: ``adverb``, ``feminine``) with its last segment.
``TR`` is a translation in either modelling the file uses: English-French reified
``vartrans:Translation`` between senses, English-German ``vartrans:translatableAs`` between entries,
asked in both directions. Sense relations are asked from either side. Unanswerable questions
carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/lexicon_answers.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from _answers_common import write_answers
from rdflib import Graph, Literal, URIRef

HERE = Path(__file__).parent
PRE = """PREFIX ontolex: <http://www.w3.org/ns/lemon/ontolex#>
PREFIX lexinfo: <http://www.lexinfo.net/ontology/3.0/lexinfo#>
PREFIX vartrans: <http://www.w3.org/ns/lemon/vartrans#>
PREFIX lime: <http://www.w3.org/ns/lemon/lime#>
PREFIX decomp: <http://www.w3.org/ns/lemon/decomp#>
PREFIX lexicog: <http://www.w3.org/ns/lemon/lexicog#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX en: <http://lexicon.example.org/en/>
PREFIX fr: <http://lexicon.example.org/fr/>
PREFIX de: <http://lexicon.example.org/de/>
"""
ONTOLEX = "http://www.w3.org/ns/lemon/ontolex#"


_n = iter(range(1000))


def tr(a: str, b: str) -> str:
    """``a`` and ``b`` are translations of each other (either modelling, either direction)."""
    n = next(_n)
    return (
        f"{{ {a} ontolex:sense ?_s{n} . ?_t{n} vartrans:source|vartrans:target ?_s{n} ; "
        f"vartrans:source|vartrans:target ?_u{n} . {b} ontolex:sense ?_u{n} FILTER(?_s{n} != ?_u{n}) }} "
        f"UNION {{ {a} vartrans:translatableAs|^vartrans:translatableAs {b} }}"
    )


def rel(prop: str, a: str, b: str) -> str:
    """A sense relation between entries ``a`` and ``b``, stated from either side."""
    return f"{a} ontolex:sense/({prop}|^{prop}) ?_r . {b} ontolex:sense ?_r ."


def lang(var: str, code: str) -> str:
    """``var`` is an entry of the lexicon in language ``code``."""
    return f"?_l{next(_n)} lime:entry {var} ; lime:language '{code}' ."


def form(entry: str, *feats: str) -> str:
    """The written form of ``entry``'s other form with the LexInfo ``feats`` (prop=value)."""
    cond = " ; ".join(f"lexinfo:{f.split('=')[0]} lexinfo:{f.split('=')[1]}" for f in feats)
    return f"{entry} ontolex:otherForm ?_f . ?_f {cond} ; ontolex:writtenRep ?x ."


PAST = "FILTER NOT EXISTS { ?_f lexinfo:verbFormMood ?_m }"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # literals: forms, pronunciation, definitions, examples, counts
    (
        "What is the plural of mouse?",
        "literal",
        f"SELECT ?x WHERE {{ {form('en:mouse-n', 'number=plural')} }}",
    ),
    (
        "What's the past tense of go?",
        "literal",
        f"SELECT ?x WHERE {{ {form('en:go-v', 'tense=past')} {PAST} }}",
    ),
    (
        "What is the comparative of good?",
        "literal",
        f"SELECT ?x WHERE {{ {form('en:good-adj', 'degree=comparative')} }}",
    ),
    (
        "How do you pronounce 'island'?",
        "literal",
        "SELECT ?x WHERE { en:island-n ontolex:canonicalForm/ontolex:phoneticRep ?x }",
    ),
    (
        "What does 'bank' mean?",
        "literal",
        "SELECT ?x WHERE { en:bank-n ontolex:sense/skos:definition ?x }",
    ),
    (
        "What is the past participle of eat?",
        "literal",
        f"SELECT ?x WHERE {{ {form('en:eat-v', 'tense=past', 'verbFormMood=participle')} }}",
    ),
    (
        "What's the plural of Maus?",
        "literal",
        f"SELECT ?x WHERE {{ {form('de:Maus-n', 'number=plural')} }}",
    ),
    (
        "How many entries does the German lexicon have?",
        "literal",
        "SELECT ?x WHERE { ?l a lime:Lexicon ; lime:language 'de' ; lime:lexicalEntries ?x }",
    ),
    (
        "Give me an example sentence with 'borrow'.",
        "literal",
        "SELECT ?x WHERE { en:borrow-v ontolex:sense/lexicog:usageExample/rdf:value ?x }",
    ),
    (
        "What is the feminine form of 'heureux'?",
        "literal",
        f"SELECT ?x WHERE {{ {form('fr:heureux-adj', 'gender=feminine')} }}",
    ),
    # one hop
    (
        "What part of speech is 'swiftly'?",
        "1hop",
        "SELECT ?x WHERE { en:swiftly-adv lexinfo:partOfSpeech ?x }",
    ),
    (
        "What part of speech is 'purchase'?",
        "1hop",
        "SELECT ?x WHERE { en:purchase-v lexinfo:partOfSpeech ?x }",
    ),
    (
        "What gender is the French word 'pomme'?",
        "1hop",
        "SELECT ?x WHERE { fr:pomme-n lexinfo:gender ?x }",
    ),
    (
        "Is 'Haus' masculine, feminine or neuter?",
        "1hop",
        "SELECT ?x WHERE { de:Haus-n lexinfo:gender ?x }",
    ),
    (
        "How do you say cat in German?",
        "1hop",
        "SELECT ?x WHERE { en:cat-n vartrans:translatableAs ?x }",
    ),
    (
        "Which words make up 'ice cream'?",
        "1hop",
        "SELECT ?x WHERE { en:ice_cream-n decomp:subterm ?x }",
    ),
    # inverse
    (
        "Which word has the plural 'geese'?",
        "inverse",
        "SELECT ?x WHERE { ?x ontolex:otherForm/ontolex:writtenRep 'geese'@en }",
    ),
    (
        "'went' is the past tense of which verb?",
        "inverse",
        "SELECT ?x WHERE { ?x ontolex:otherForm/ontolex:writtenRep 'went'@en }",
    ),
    (
        "Which English word translates as 'Schmetterling'?",
        "inverse",
        "SELECT ?x WHERE { ?x vartrans:translatableAs de:Schmetterling-n }",
    ),
    (
        "Which word is defined as 'a young dog'?",
        "inverse",
        "SELECT ?x WHERE { ?x ontolex:sense/skos:definition 'a young dog'@en }",
    ),
    (
        "Which expressions contain the word 'horse'?",
        "inverse",
        "SELECT ?x WHERE { ?x decomp:subterm en:horse-n }",
    ),
    (
        "Which words are informal?",
        "inverse",
        "SELECT ?x WHERE { ?x lexinfo:register lexinfo:informalRegister }",
    ),
    # two hops
    (
        "What's the French for bread?",
        "2hop",
        f"SELECT ?x WHERE {{ {tr('en:bread-n', '?x')} {lang('?x', 'fr')} }}",
    ),
    (
        "How do you say 'fromage' in German?",
        "2hop",
        f"SELECT ?x WHERE {{ {tr('fr:fromage-n', '?e')} {tr('?e', '?x')} {lang('?x', 'de')} }}",
    ),
    (
        "What is the plural of the German word for tree?",
        "2hop",
        f"SELECT ?x WHERE {{ en:tree-n vartrans:translatableAs ?d . {form('?d', 'number=plural')} }}",
    ),
    (
        "What gender is the French word for house?",
        "2hop",
        f"SELECT ?x WHERE {{ {tr('en:house-n', '?f')} {lang('?f', 'fr')} ?f lexinfo:gender ?x }}",
    ),
    (
        "What is the opposite of big?",
        "2hop",
        f"SELECT ?x WHERE {{ {rel('lexinfo:antonym', 'en:big-adj', '?x')} }}",
    ),
    (
        "What does the English word for 'Fledermaus' mean?",
        "2hop",
        "SELECT ?x WHERE { ?e vartrans:translatableAs de:Fledermaus-n ; ontolex:sense/skos:definition ?x }",
    ),
    (
        "What's the past tense of the German word for swim?",
        "2hop",
        f"SELECT ?x WHERE {{ en:swim-v vartrans:translatableAs ?d . {form('?d', 'tense=past')} }}",
    ),
    # three hops
    (
        "What is the German translation of the opposite of 'cold'?",
        "3hop",
        f"SELECT ?x WHERE {{ {rel('lexinfo:antonym', 'en:cold-adj', '?a')} ?a vartrans:translatableAs ?x }}",
    ),
    (
        "How do you say the opposite of 'rich' in French?",
        "3hop",
        f"SELECT ?x WHERE {{ {rel('lexinfo:antonym', 'en:rich-adj', '?a')} {tr('?a', '?x')} {lang('?x', 'fr')} }}",
    ),
    (
        "What is the plural of the German word for the opposite of day?",
        "3hop",
        f"SELECT ?x WHERE {{ {rel('lexinfo:antonym', 'en:day-n', '?a')} ?a vartrans:translatableAs ?d . {form('?d', 'number=plural')} }}",
    ),
    # conjunction
    (
        "Which German word translates both 'borrow' and 'lend'?",
        "conjunction",
        "SELECT ?x WHERE { en:borrow-v vartrans:translatableAs ?x . en:lend-v vartrans:translatableAs ?x }",
    ),
    (
        "Which French word means both ice and ice cream?",
        "conjunction",
        f"SELECT ?x WHERE {{ {tr('en:ice-n', '?x')} {tr('en:ice_cream-n', '?x')} {lang('?x', 'fr')} }}",
    ),
    (
        "Which German word translates both 'easy' and 'light'?",
        "conjunction",
        "SELECT ?x WHERE { en:easy-adj vartrans:translatableAs ?x . en:light-adj vartrans:translatableAs ?x }",
    ),
    (
        "Which adverbs mean the same as 'quickly'?",
        "conjunction",
        f"SELECT ?x WHERE {{ {rel('lexinfo:synonym', 'en:quickly-adv', '?x')} ?x lexinfo:partOfSpeech lexinfo:adverb }}",
    ),
    # synonyms (the relation said in other words)
    (
        "Which words mean the same as 'big'?",
        "synonym",
        f"SELECT ?x WHERE {{ {rel('lexinfo:synonym', 'en:big-adj', '?x')} }}",
    ),
    (
        "What's another word for car?",
        "synonym",
        f"SELECT ?x WHERE {{ {rel('lexinfo:synonym', 'en:car-n', '?x')} }}",
    ),
    (
        "What's the opposite of 'buy'?",
        "synonym",
        f"SELECT ?x WHERE {{ {rel('lexinfo:antonym', 'en:buy-v', '?x')} }}",
    ),
    (
        "What are the meanings of 'spring'?",
        "synonym",
        "SELECT ?x WHERE { en:spring-n ontolex:sense/skos:definition ?x }",
    ),
    (
        "What word class does 'often' belong to?",
        "synonym",
        "SELECT ?x WHERE { en:often-adv lexinfo:partOfSpeech ?x }",
    ),
    (
        "What is 'Ufer' in English?",
        "synonym",
        "SELECT ?x WHERE { ?x vartrans:translatableAs de:Ufer-n }",
    ),
    # aliases (a word named by one of its forms, or spelt otherwise)
    (
        "What does 'mice' mean?",
        "alias",
        "SELECT ?x WHERE { en:mouse-n ontolex:sense/skos:definition ?x }",
    ),
    (
        "What part of speech is 'ran'?",
        "alias",
        "SELECT ?x WHERE { en:run-v lexinfo:partOfSpeech ?x }",
    ),
    (
        "How do you say 'children' in French?",
        "alias",
        f"SELECT ?x WHERE {{ {tr('en:child-n', '?x')} {lang('?x', 'fr')} }}",
    ),
    (
        "What is 'ice-cream' in German?",
        "alias",
        "SELECT ?x WHERE { en:ice_cream-n vartrans:translatableAs ?x }",
    ),
    # typos
    (
        "waht is the plural of goose",
        "typo",
        f"SELECT ?x WHERE {{ {form('en:goose-n', 'number=plural')} }}",
    ),
    (
        "how do you say buterfly in french",
        "typo",
        f"SELECT ?x WHERE {{ {tr('en:butterfly-n', '?x')} {lang('?x', 'fr')} }}",
    ),
    (
        "what part of speach is 'slowly'",
        "typo",
        "SELECT ?x WHERE { en:slowly-adv lexinfo:partOfSpeech ?x }",
    ),
    (
        "what does lonley mean",
        "typo",
        "SELECT ?x WHERE { en:lonely-adj ontolex:sense/skos:definition ?x }",
    ),
    # unanswerable (a pronunciation, a language, a form, an etymology, a frequency the file lacks)
    ("How do you pronounce 'bridge'?", "unanswerable", None),
    ("What is the Spanish word for dog?", "unanswerable", None),
    ("What is the plural of milk?", "unanswerable", None),
    ("Where does the word 'window' come from?", "unanswerable", None),
    ("How common is the word 'house'?", "unanswerable", None),
]


def names(g: Graph, x: object) -> list[str]:
    """A literal's lexical form; an entry's canonical written form; else the IRI's last segment."""
    if isinstance(x, Literal):
        return [str(x)]
    assert isinstance(x, URIRef), x
    written = [
        str(w)
        for f in g.objects(x, URIRef(ONTOLEX + "canonicalForm"))
        for w in g.objects(f, URIRef(ONTOLEX + "writtenRep"))
    ]
    return written or [re.split(r"[/#]", str(x))[-1]]


def main() -> None:
    g = Graph().parse(HERE / "lexicon.ttl")
    write_answers(
        HERE / "lexicon.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + sparql) for a in names(g, r[0])},
    )


if __name__ == "__main__":
    main()
