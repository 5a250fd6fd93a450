# ruff: noqa: E501  (one question a line)
"""Gold answers of ``letters.jsonl``, computed with rdflib SPARQL over ``letters.ttl`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. An entity answers with every
name it carries: the ``crm:P190_has_symbolic_content`` of its appellations and identifiers
(``crm:P1_is_identified_by``) and titles (``crm:P102_has_title``), its ``rdfs:label`` and
``skos:prefLabel``. A date answers with the lexical form of its time-span's
``crm:P82a_begin_of_the_begin`` and the time-span's own appellation where it has one ("1640",
"c. 1612"). ``{Name}`` in a query stands for the one resource that carries ``Name`` as one of
those names. Unanswerable questions carry no query and ``answers: []``. Run from the repository
root: ``python bench/data/own/letters_answers.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from _answers_common import named_iris, write_answers
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

HERE = Path(__file__).parent
CRM = "http://www.cidoc-crm.org/cidoc-crm/"
PRE = f"""PREFIX crm: <{CRM}>
PREFIX rl: <https://data.respublica-litterarum.example/ontology/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
SEND = "?e crm:P16_used_specific_object ?x ; "  # a letter ?x through its sending event ?e
BIRTH = "?b crm:P98_brought_into_life {P} ; "
DEATH = "?d crm:P100_was_death_of {P} ; "
TS = "crm:P4_has_time-span ?x"

QUESTIONS: list[tuple[str, str, str | None]] = [
    # births and deaths: always through the event
    (
        "Where was Johanna Vermeulen born?",
        "2hop",
        "SELECT ?x WHERE { ?b crm:P98_brought_into_life {Johanna Vermeulen} ; crm:P7_took_place_at ?x }",
    ),
    (
        "What was Pieter Hals's birthplace?",
        "2hop",
        "SELECT ?x WHERE { ?b crm:P98_brought_into_life {Pieter Hals} ; crm:P7_took_place_at ?x }",
    ),
    (
        "where did adriaan tichelaar die",
        "2hop",
        "SELECT ?x WHERE { ?d crm:P100_was_death_of {Adriaan Tichelaar} ; crm:P7_took_place_at ?x }",
    ),
    (
        "In which city did Geertruyd Swaving pass away?",
        "synonym",
        "SELECT ?x WHERE { ?d crm:P100_was_death_of {Geertruyd Swaving} ; crm:P7_took_place_at ?x }",
    ),
    (
        "When did Nicolas Vauquelin-Darnay die?",
        "literal",
        "SELECT ?x WHERE { ?d crm:P100_was_death_of {Nicolas Vauquelin-Darnay} ; crm:P4_has_time-span ?x }",
    ),
    (
        "When was Caspar Lindenau born?",
        "literal",
        "SELECT ?x WHERE { ?b crm:P98_brought_into_life {Caspar Lindenau} ; crm:P4_has_time-span ?x }",
    ),
    (
        "What is the date of death of Catharina Blommaert?",
        "literal",
        "SELECT ?x WHERE { ?d crm:P100_was_death_of {Catharina Blommaert} ; crm:P4_has_time-span ?x }",
    ),
    (
        "Where did Willem Doornbosch come into the world?",
        "synonym",
        "SELECT ?x WHERE { ?b crm:P98_brought_into_life {Willem Doornbosch} ; crm:P7_took_place_at ?x }",
    ),
    # Latin name forms
    (
        "Where was Petrus Halsius born?",
        "alias",
        "SELECT ?x WHERE { ?b crm:P98_brought_into_life {Petrus Halsius} ; crm:P7_took_place_at ?x }",
    ),
    (
        "Where did Guilielmus Dornboschius die?",
        "alias",
        "SELECT ?x WHERE { ?d crm:P100_was_death_of {Guilielmus Dornboschius} ; crm:P7_took_place_at ?x }",
    ),
    (
        "When did Johanna Vermulenia die?",
        "alias",
        "SELECT ?x WHERE { ?d crm:P100_was_death_of {Johanna Vermulenia} ; crm:P4_has_time-span ?x }",
    ),
    (
        "What was Laurentius Baldinuccius's profession?",
        "alias",
        "SELECT ?x WHERE { {Laurentius Baldinuccius} crm:P2_has_type ?x }",
    ),
    # misspellings and partial names
    (
        "where was johana vermeulen born",
        "typo",
        "SELECT ?x WHERE { ?b crm:P98_brought_into_life {Johanna Vermeulen} ; crm:P7_took_place_at ?x }",
    ),
    (
        "What society did Gerard Nieuwhof belong to?",
        "typo",
        "SELECT ?x WHERE { ?x crm:P107_has_current_or_former_member {Gerard Nieuwhoff} }",
    ),
    (
        "When did Theodorus Wassenburg die?",
        "typo",
        "SELECT ?x WHERE { ?d crm:P100_was_death_of {Theodorus Wassenbergh} ; crm:P4_has_time-span ?x }",
    ),
    (
        "Where did Skovgaard die?",
        "typo",
        "SELECT ?x WHERE { ?d crm:P100_was_death_of {Christian Skovgaard} ; crm:P7_took_place_at ?x }",
    ),
    # occupations, parents, societies
    (
        "What did Jacobus Ketelaer do for a living?",
        "1hop",
        "SELECT ?x WHERE { {Jacobus Ketelaer} crm:P2_has_type ?x }",
    ),
    (
        "What was Sophia Holmqvist's occupation?",
        "1hop",
        "SELECT ?x WHERE { {Sophia Holmqvist} crm:P2_has_type ?x }",
    ),
    (
        "Which societies was Abraham Zegersma a member of?",
        "inverse",
        "SELECT ?x WHERE { ?x crm:P107_has_current_or_former_member {Abraham Zegersma} }",
    ),
    (
        "what learned society did giulia morosetti belong to",
        "inverse",
        "SELECT ?x WHERE { ?x crm:P107_has_current_or_former_member {Giulia Morosetti} }",
    ),
    (
        "Who were the members of the Académie des Curieux?",
        "1hop",
        "SELECT ?x WHERE { {Académie des Curieux} crm:P107_has_current_or_former_member ?x }",
    ),
    (
        "Who is Frederik Hals's father?",
        "synonym",
        "SELECT ?x WHERE { {Frederik Hals} crm:P152_has_parent ?x }",
    ),
    (
        "Who was Maria Vermeulen's mother?",
        "synonym",
        "SELECT ?x WHERE { {Maria Vermeulen} crm:P152_has_parent ?x }",
    ),
    (
        "Who are the children of Joachim Wendeler?",
        "inverse",
        "SELECT ?x WHERE { ?x crm:P152_has_parent {Joachim Wendeler} }",
    ),
    (
        "When did Abraham Zegersma join the Societas Ericina?",
        "3hop",
        "SELECT ?x WHERE { ?j crm:P143_joined {Abraham Zegersma} ; crm:P144_joined_with {Societas Ericina} ; crm:P4_has_time-span ?x }",
    ),
    (
        "Which physicians are in the network?",
        "inverse",
        'SELECT ?x WHERE { ?x a crm:E21_Person ; crm:P2_has_type/skos:prefLabel "physician"@en }',
    ),
    # places
    (
        "Which country is Franeker in?",
        "1hop",
        "SELECT ?x WHERE { {Franeker} crm:P89_falls_within ?x }",
    ),
    (
        "What is Leiden called in Latin?",
        "literal",
        'SELECT ?x WHERE { VALUES ?x { "Lugdunum Batavorum" } }',
    ),
    (
        "Which towns lie in the Spanish Netherlands?",
        "inverse",
        "SELECT ?x WHERE { ?x crm:P89_falls_within {Spanish Netherlands} }",
    ),
    (
        "Who was born in Uppsala?",
        "inverse",
        "SELECT ?x WHERE { ?b crm:P98_brought_into_life ?x ; crm:P7_took_place_at {Uppsala} }",
    ),
    (
        "Which scholars died in Danzig?",
        "inverse",
        "SELECT ?x WHERE { ?d crm:P100_was_death_of ?x ; crm:P7_took_place_at {Danzig} }",
    ),
    (
        "What's the Latin form of Willem Doornbosch's name?",
        "literal",
        'SELECT ?x WHERE { VALUES ?x { "Guilielmus Dornboschius" } }',
    ),
    # letters
    (
        "Who wrote to Pieter Hals in 1642?",
        "conjunction",
        "SELECT ?x WHERE { ?e rl:P01_has_addressee {Pieter Hals} ; crm:P14_carried_out_by ?x ; crm:P4_has_time-span/crm:P82a_begin_of_the_begin ?d FILTER(YEAR(?d) = 1642) }",
    ),
    (
        "Which letters were sent from Copenhagen?",
        "inverse",
        "SELECT ?x WHERE { ?e crm:P16_used_specific_object ?x ; crm:P7_took_place_at {Copenhagen} }",
    ),
    (
        "Who sent letters from Hamburg?",
        "inverse",
        "SELECT ?x WHERE { ?e crm:P14_carried_out_by ?x ; crm:P7_took_place_at {Hamburg} }",
    ),
    (
        "Who wrote letter RL-0042?",
        "2hop",
        "SELECT ?x WHERE { ?e crm:P16_used_specific_object {RL-0042} ; crm:P14_carried_out_by ?x }",
    ),
    (
        "To whom was RL-0042 addressed?",
        "2hop",
        "SELECT ?x WHERE { ?e crm:P16_used_specific_object {RL-0042} ; rl:P01_has_addressee ?x }",
    ),
    (
        "where was letter RL-0220 written",
        "2hop",
        "SELECT ?x WHERE { ?e crm:P16_used_specific_object {RL-0220} ; crm:P7_took_place_at ?x }",
    ),
    (
        "When was RL-0303 sent?",
        "literal",
        "SELECT ?x WHERE { ?e crm:P16_used_specific_object {RL-0303} ; crm:P4_has_time-span ?x }",
    ),
    (
        "What language is RL-0011 in?",
        "1hop",
        "SELECT ?x WHERE { {RL-0011} crm:P72_has_language ?x }",
    ),
    ("What is letter RL-0094 about?", "1hop", "SELECT ?x WHERE { {RL-0094} crm:P129_is_about ?x }"),
    (
        "Who did Paulus Dijckmeester write to?",
        "2hop",
        "SELECT ?x WHERE { ?e crm:P14_carried_out_by {Paulus Dijckmeester} ; rl:P01_has_addressee ?x }",
    ),
    (
        "Which letters did Olaus Bergendahl receive?",
        "2hop",
        "SELECT ?x WHERE { ?e rl:P01_has_addressee {Olaus Bergendahl} ; crm:P16_used_specific_object ?x }",
    ),
    (
        "Who received letters from Lucas Everdingen?",
        "2hop",
        "SELECT ?x WHERE { ?e crm:P14_carried_out_by {Lucas Everdingen} ; rl:P01_has_addressee ?x }",
    ),
    # longer chains and conjunctions
    (
        "Which astronomers were members of the Societas Ericina?",
        "conjunction",
        'SELECT ?x WHERE { {Societas Ericina} crm:P107_has_current_or_former_member ?x . ?x crm:P2_has_type/skos:prefLabel "astronomer"@en }',
    ),
    (
        "Which apothecaries were born in Franeker?",
        "conjunction",
        'SELECT ?x WHERE { ?x crm:P2_has_type/skos:prefLabel "apothecary"@en . ?b crm:P98_brought_into_life ?x ; crm:P7_took_place_at {Franeker} }',
    ),
    (
        "Where was Frederik Hals's father born?",
        "3hop",
        "SELECT ?x WHERE { {Frederik Hals} crm:P152_has_parent ?p . ?b crm:P98_brought_into_life ?p ; crm:P7_took_place_at ?x }",
    ),
    (
        "Where did Lucas Everdingen's father die?",
        "3hop",
        "SELECT ?x WHERE { {Lucas Everdingen} crm:P152_has_parent ?p . ?d crm:P100_was_death_of ?p ; crm:P7_took_place_at ?x }",
    ),
    (
        "Where was the author of RL-0011 born?",
        "3hop",
        "SELECT ?x WHERE { ?e crm:P16_used_specific_object {RL-0011} ; crm:P14_carried_out_by ?p . ?b crm:P98_brought_into_life ?p ; crm:P7_took_place_at ?x }",
    ),
    # things the edition does not say
    ("Where was Ursula van Oeckelen born?", "unanswerable", None),
    ("When did Olaus Bergendahl die?", "unanswerable", None),
    ("Where was Aleida Brouwer born?", "unanswerable", None),
    ("Who was Johanna Vermeulen married to?", "unanswerable", None),
    ("Which university did Pieter Hals study at?", "unanswerable", None),
    ("Who was Giulia Morosetti's father?", "unanswerable", None),
    ("What religion was Isaac Mostaert?", "unanswerable", None),
]
NAMES = (URIRef(CRM + "P1_is_identified_by"), URIRef(CRM + "P102_has_title"))
TEXT = URIRef(CRM + "P190_has_symbolic_content")
BEGIN = URIRef(CRM + "P82a_begin_of_the_begin")


def labels(g: Graph, x: object) -> set[str]:
    """Every name ``x`` carries; a time-span its start and its appellation; a literal itself."""
    if isinstance(x, Literal):
        return {str(x)}
    names = {str(o) for p in NAMES for n in g.objects(x, p) for o in g.objects(n, TEXT)}
    names |= {str(o) for p in (RDFS.label, SKOS.prefLabel) for o in g.objects(x, p)}
    names |= {str(o) for o in g.objects(x, BEGIN)}
    assert names, x
    return names


def by_name(g: Graph, sparql: str) -> str:
    """``{Name}`` -> the IRI of the one resource that carries ``Name`` as a name."""

    def find(m: re.Match[str]) -> set[object]:
        found = {s for n in g.subjects(TEXT, Literal(m[1])) for s in g.subjects(NAMES[0], n)}
        found |= {
            s for n in g.subjects(TEXT, Literal(m[1], lang="la")) for s in g.subjects(NAMES[0], n)
        }
        found |= {
            s for lang in (None, "en") for s in g.subjects(RDFS.label, Literal(m[1], lang=lang))
        }
        return found

    return named_iris(sparql, find, r"\{([A-Z][^{}?]*)\}")


def main() -> None:
    g = Graph()
    g.parse(HERE / "letters.ttl")
    write_answers(
        HERE / "letters.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + by_name(g, sparql)) for a in labels(g, r[0])},
    )


if __name__ == "__main__":
    main()
