# ruff: noqa: E501  (one question a line)
"""Gold answers of ``perfumery.jsonl`` (and, with ``--conversations``, the perfumery lines of
``conversations_blind62.jsonl``), computed with rdflib SPARQL over ``perfumery.psv`` (never
with kgchat).

The dump is read as the site means it: a line's object is a node when it is an id
(``prefix:local``: ``frag:00412``, ``house:verlaine``), else a value (a name, a number, a date,
"100 ml"). Relations are ``s:<relation>`` as the dump spells them. A literal answers with its
lexical form as the dump writes it ("1889", "2020-07-07", "15.5 %"); a node with every name it
carries (``name`` and ``alt_name`` lines), or its id where it has none (``nose:p-0117``). In a
query ``{Name}`` stands for the one node carrying that name. A pyramid layer is a record
(``PYR``); so is an award won (``WIN``). Ownership is read from either side (``OWNED``), a
flanker too (``FLANKER``). Unanswerable questions carry no query and ``answers: []``. Run from
the repository root: ``python bench/data/own/perfumery_answers.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, print_conversations, write_answers

HERE = Path(__file__).parent
NODE = "http://scent.example/id/"
REL = "http://scent.example/rel/"
PRE = f"PREFIX s: <{REL}>\n"
ID = re.compile(r"[a-z]+:[A-Za-z0-9._-]+")
NAME_PROPS = (URIRef(REL + "name"), URIRef(REL + "alt_name"))


def OWNED(house: str, group: str) -> str:
    """``house`` is owned by ``group``, said from either side."""
    return f"{{ {house} s:owned_by {group} }} UNION {{ {group} s:owns {house} }}"


def FLANKER(flanker: str, original: str) -> str:
    """``flanker`` is a flanker of ``original``, said from either side."""
    return f"{{ {flanker} s:flankerOf {original} }} UNION {{ {original} s:has_flanker {flanker} }}"


def PYR(frag: str, layer: str, note: str = "?x") -> str:
    """``note`` is in the ``layer`` (top, heart, base) of ``frag``."""
    return f'?r_ s:fragrance {frag} ; s:layer "{layer}" ; s:note {note} .'


def WIN(award: str, winner: str, year: str) -> str:
    """``winner`` won ``award`` in ``year``."""
    return f"?w_ s:award {award} ; s:winner {winner} ; s:year {year} ."


BDA, BDI, FLACON = "{Bois d'Argent}", "{Bois d'Argent Intense}", "{Flacon d'Or}"
YEAR_2009 = '"2009"'

QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    ("which house makes Bois d'Argent?", "1hop", "SELECT ?x WHERE { {Bois d'Argent} s:house ?x }"),
    (
        "who is the nose behind Fleur de Minuit",
        "1hop",
        "SELECT ?x WHERE { {Fleur de Minuit} s:perfumer ?x }",
    ),
    (
        "What concentration is Notte Ambrata?",
        "1hop",
        "SELECT ?x WHERE { {Notte Ambrata} s:concentration ?x }",
    ),
    (
        "What olfactive family does Greenwich Vetiver belong to?",
        "1hop",
        "SELECT ?x WHERE { {Greenwich Vetiver} s:olfactive_family ?x }",
    ),
    (
        "where did Giulia Marchetti train?",
        "1hop",
        "SELECT ?x WHERE { {Giulia Marchetti} s:trained_at ?x }",
    ),
    (
        "which firm does Chidi Okafor work for",
        "1hop",
        "SELECT ?x WHERE { {Chidi Okafor} s:works_for ?x }",
    ),
    (
        "Who owns Maison Verlaine?",
        "1hop",
        f"SELECT ?x WHERE {{ {OWNED('{Maison Verlaine}', '?x')} }}",
    ),
    (
        "what plant does vetiver oil come from?",
        "1hop",
        "SELECT ?x WHERE { {Vetiver oil} s:source_plant ?x }",
    ),
    ("Who founded Casa Albrizzi?", "1hop", "SELECT ?x WHERE { {Casa Albrizzi} s:founder ?x }"),
    # inverse
    (
        "Which fragrances did Yuki Tanaka compose?",
        "inverse",
        "SELECT ?x WHERE { ?x s:perfumer {Yuki Tanaka} }",
    ),
    (
        "which houses does Ventura Perfumes own",
        "inverse",
        f"SELECT ?x WHERE {{ {OWNED('?x', '{Ventura Perfumes S.A.}')} }}",
    ),
    (
        "Which perfumers trained at the Grasse Institute of Perfumery?",
        "inverse",
        "SELECT ?x WHERE { ?x s:trained_at {Grasse Institute of Perfumery} }",
    ),
    (
        "who works for Nordhaus Aromatics",
        "inverse",
        "SELECT ?x WHERE { ?x s:works_for {Nordhaus Aromatics} }",
    ),
    (
        "what flankers does Montclair Homme have?",
        "inverse",
        f"SELECT ?x WHERE {{ {FLANKER('?x', '{Montclair Homme}')} }}",
    ),
    (
        "which raw materials come from Citrus aurantium?",
        "inverse",
        "SELECT ?x WHERE { ?x s:source_plant {Citrus aurantium} }",
    ),
    ("what perfume houses are in Japan", "inverse", "SELECT ?x WHERE { ?x s:country {Japan} }"),
    (
        "Which notes are made with Iso E Super?",
        "inverse",
        "SELECT ?x WHERE { ?x s:raw_material {Iso E Super} }",
    ),
    (
        "what fragrances has Solano Barcelona released",
        "inverse",
        "SELECT ?x WHERE { ?x s:house {Solano Barcelona} }",
    ),
    # two hops
    (
        "Which group owns the house that makes Rosa Antica?",
        "2hop",
        f"SELECT ?x WHERE {{ {{Rosa Antica}} s:house ?h . {OWNED('?h', '?x')} }}",
    ),
    (
        "where did the perfumer of Acqua di Sale study?",
        "2hop",
        "SELECT ?x WHERE { {Acqua di Sale} s:perfumer ?p . ?p s:trained_at ?x }",
    ),
    (
        "what company does the nose of Desert Cedar work for",
        "2hop",
        "SELECT ?x WHERE { {Desert Cedar} s:perfumer ?p . ?p s:works_for ?x }",
    ),
    (
        "What is the CAS number of the material behind the ambergris note?",
        "2hop",
        "SELECT ?x WHERE { {Ambergris} s:raw_material ?m . ?m s:casNumber ?x }",
    ),
    (
        "what plant does the lavender note come from",
        "2hop",
        "SELECT ?x WHERE { {Lavender} s:raw_material ?m . ?m s:source_plant ?x }",
    ),
    (
        "In which country is the house of Sakura Hana?",
        "2hop",
        "SELECT ?x WHERE { {Sakura Hana} s:house ?h . ?h s:country ?x }",
    ),
    (
        "Who composed the fragrance that Bois d'Argent Intense is a flanker of?",
        "2hop",
        f"SELECT ?x WHERE {{ {FLANKER(BDI, '?o')} ?o s:perfumer ?x }}",
    ),
    (
        "when was the house behind Noche Solano founded",
        "2hop",
        "SELECT ?x WHERE { {Noche Solano} s:house ?h . ?h s:founded_year ?x }",
    ),
    (
        "what nationality is the perfumer of Hinoki Bath?",
        "2hop",
        "SELECT ?x WHERE { {Hinoki Bath} s:perfumer ?p . ?p s:nationality ?x }",
    ),
    (
        "Where is the group that owns Brandt Parfum headquartered?",
        "2hop",
        f"SELECT ?x WHERE {{ {OWNED('{Brandt Parfum}', '?g')} ?g s:headquarters ?x }}",
    ),
    # three hops
    (
        "Which group owns the house of the fragrance that Fleur de Minuit Eau Fraîche is a flanker of?",
        "3hop",
        f"SELECT ?x WHERE {{ {FLANKER('{Fleur de Minuit Eau Fraîche}', '?o')} ?o s:house ?h . {OWNED('?h', '?x')} }}",
    ),
    (
        "in what country is the school where the perfumer of Lac Léman trained",
        "3hop",
        "SELECT ?x WHERE { {Lac Léman} s:perfumer ?p . ?p s:trained_at ?s . ?s s:located_in ?x }",
    ),
    (
        "In which country is the firm that employs the nose of Brume Blanche based?",
        "3hop",
        "SELECT ?x WHERE { {Brume Blanche} s:perfumer ?p . ?p s:works_for ?f . ?f s:headquarters ?x }",
    ),
    (
        "where is the firm headquartered that owns the molecule behind the Dry amber note?",
        "3hop",
        "SELECT ?x WHERE { {Dry amber} s:raw_material ?m . ?m s:captive_of ?f . ?f s:headquarters ?x }",
    ),
    (
        "What country is the group that owns the house of Sol de Barcelona based in?",
        "3hop",
        f"SELECT ?x WHERE {{ {{Sol de Barcelona}} s:house ?h . {OWNED('?h', '?g')} ?g s:headquarters ?x }}",
    ),
    (
        "the nose behind Greenwich Vetiver works at a firm in which country?",
        "3hop",
        "SELECT ?x WHERE { {Greenwich Vetiver} s:perfumer ?p . ?p s:works_for ?f . ?f s:headquarters ?x }",
    ),
    # conjunctions
    (
        "Which Hollis & Wren fragrances are unisex?",
        "conjunction",
        "SELECT ?x WHERE { ?x s:house {Hollis & Wren} ; s:gender {Unisex} }",
    ),
    (
        "which fragrance won the Flacon d'Or in 2009?",
        "conjunction",
        f"SELECT ?x WHERE {{ {WIN(FLACON, '?x', YEAR_2009)} }}",
    ),
    (
        "Which French perfumers trained at ESPV?",
        "conjunction",
        "SELECT ?x WHERE { ?x s:nationality {France} ; s:trained_at {ESPV} }",
    ),
    (
        "what are the top notes of Bois d'Argent",
        "conjunction",
        f"SELECT ?x WHERE {{ {PYR(BDA, 'top')} }}",
    ),
    (
        "What are the base notes in Fleur de Minuit?",
        "conjunction",
        f"SELECT ?x WHERE {{ {PYR('{Fleur de Minuit}', 'base')} }}",
    ),
    (
        "which eau de parfums did Giulia Marchetti make",
        "conjunction",
        "SELECT ?x WHERE { ?x s:perfumer {Giulia Marchetti} ; s:concentration {Eau de Parfum} }",
    ),
    (
        "Which feminine fragrances from Maison Verlaine are chypres?",
        "conjunction",
        "SELECT ?x WHERE { ?x s:house {Maison Verlaine} ; s:gender {Feminine} ; s:olfactive_family {Chypre} }",
    ),
    # relation synonyms
    (
        "Who is the parent company of Hollis & Wren?",
        "synonym",
        f"SELECT ?x WHERE {{ {OWNED('{Hollis & Wren}', '?x')} }}",
    ),
    (
        "What year did Sorelle No. 3 come out?",
        "synonym",
        "SELECT ?x WHERE { {Sorelle No. 3} s:launchYear ?x }",
    ),
    (
        "which scent family is Mademoiselle Montclair",
        "synonym",
        "SELECT ?x WHERE { {Mademoiselle Montclair} s:olfactive_family ?x }",
    ),
    (
        "who's the creator of Vanilla Highway",
        "synonym",
        "SELECT ?x WHERE { {Vanilla Highway} s:perfumer ?x }",
    ),
    (
        "what ingredient is used for the iris note",
        "synonym",
        "SELECT ?x WHERE { {Iris} s:raw_material ?x }",
    ),
    (
        "how strong is Ondine, edt or edp?",
        "synonym",
        "SELECT ?x WHERE { {Ondine Eau de Parfum} s:concentration ?x }",
    ),
    ("who employs Sabine Weiss", "synonym", "SELECT ?x WHERE { {Sabine Weiss} s:works_for ?x }"),
    # aliases (another name of the subject)
    ("What houses does HBH own?", "alias", f"SELECT ?x WHERE {{ {OWNED('?x', '{HBH}')} }}"),
    ("which house makes Silver Wood?", "alias", "SELECT ?x WHERE { {Silver Wood} s:house ?x }"),
    (
        "who composed Midnight Flower",
        "alias",
        "SELECT ?x WHERE { {Midnight Flower} s:perfumer ?x }",
    ),
    (
        "what concentration is Black Forest",
        "alias",
        "SELECT ?x WHERE { {Black Forest} s:concentration ?x }",
    ),
    ("What is the CAS number of OTNE?", "alias", "SELECT ?x WHERE { {OTNE} s:casNumber ?x }"),
    # typos
    (
        "who is the perfumer of Marylebone Iriss",
        "typo",
        "SELECT ?x WHERE { {Marylebone Iris} s:perfumer ?x }",
    ),
    ("which house makes Sakura Hanna?", "typo", "SELECT ?x WHERE { {Sakura Hana} s:house ?x }"),
    (
        "where did Mathilde Vaseur train",
        "typo",
        "SELECT ?x WHERE { {Mathilde Vasseur} s:trained_at ?x }",
    ),
    # literals
    (
        "When was Maison Verlaine founded?",
        "literal",
        "SELECT ?x WHERE { {Maison Verlaine} s:founded_year ?x }",
    ),
    (
        "what year was Eau Sauvage launched",
        "literal",
        "SELECT ?x WHERE { {Eau Sauvage} s:launchYear ?x }",
    ),
    (
        "What's the CAS number of Hedione?",
        "literal",
        "SELECT ?x WHERE { {Hedione} s:casNumber ?x }",
    ),
    (
        "when was Vanilla Highway released",
        "literal",
        "SELECT ?x WHERE { {Vanilla Highway} s:release_date ?x }",
    ),
    (
        "what year was Étienne Dubreuil born",
        "literal",
        "SELECT ?x WHERE { {Étienne Dubreuil} s:birthYear ?x }",
    ),
    (
        "How big is the bottle of Schwarzwald?",
        "literal",
        "SELECT ?x WHERE { {Schwarzwald} s:bottle_size ?x }",
    ),
    (
        "what is the typical concentration of an Eau de Parfum",
        "literal",
        "SELECT ?x WHERE { {Eau de Parfum} s:typical_concentration ?x }",
    ),
    # unanswerable: the graph holds no such fact (some ask a near relation of one it holds)
    ("How much does Bois d'Argent cost?", "unanswerable", None),
    ("Who designed the bottle of Fleur de Minuit?", "unanswerable", None),
    ("When did Groupe Aurore Luxe buy Parfums Delaroche?", "unanswerable", None),
    ("What is the CAS number of vetiver oil?", "unanswerable", None),
    ("Where was Giulia Marchetti born?", "unanswerable", None),
    ("what is the sillage of Notte Ambrata", "unanswerable", None),
    ("Who founded Groupe Aurore Luxe?", "unanswerable", None),
]

CONVERSATIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "perfumery-probe62b-01",
        [
            (
                "Who composed Acqua di Sale?",
                "start",
                "SELECT ?x WHERE { {Acqua di Sale} s:perfumer ?x }",
            ),
            (
                "where did she train?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Giulia Marchetti} s:trained_at ?x }",
            ),
            ("And Chidi Okafor?", "and_x", "SELECT ?x WHERE { {Chidi Okafor} s:trained_at ?x }"),
        ],
    ),
    (
        "perfumery-probe62b-02",
        [
            (
                "Which house makes Desert Cedar?",
                "start",
                "SELECT ?x WHERE { {Desert Cedar} s:house ?x }",
            ),
            (
                "Who owns it?",
                "pronoun_answer",
                f"SELECT ?x WHERE {{ {OWNED('{Bellweather Fragrances}', '?x')} }}",
            ),
            (
                "What about Ferrand & Fils?",
                "what_about",
                f"SELECT ?x WHERE {{ {OWNED('{Ferrand & Fils}', '?x')} }}",
            ),
        ],
    ),
    (
        "perfumery-probe62b-03",
        [
            (
                "When was Rosa Antica launched?",
                "start",
                "SELECT ?x WHERE { {Rosa Antica} s:launchYear ?x }",
            ),
            (
                "What olfactive family is it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Rosa Antica} s:olfactive_family ?x }",
            ),
            (
                "and Notte Ambrata?",
                "and_x",
                "SELECT ?x WHERE { {Notte Ambrata} s:olfactive_family ?x }",
            ),
        ],
    ),
]


def load() -> Graph:
    """The dump as the site means it: ids are nodes, everything else a value."""
    g = Graph()
    for line in (HERE / "perfumery.psv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line == "subject|relation|object":
            continue
        s, p, o = line.split("|")
        obj = URIRef(NODE + o) if ID.fullmatch(o) else Literal(o)
        g.add((URIRef(NODE + s), URIRef(REL + p), obj))
    return g


def answers_of_for(g: Graph):
    def names(x: object) -> set[str]:
        if isinstance(x, Literal):
            return {str(x)}
        found = {str(n) for p in NAME_PROPS for n in g.objects(x, p)}  # type: ignore[arg-type]
        return found or {str(x)[len(NODE) :]}

    def find(m: re.Match[str]) -> set[object]:
        return {s for p in NAME_PROPS for s in g.subjects(p, Literal(m[1]))}

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        sparql = named_iris(query, find, r"\{([A-Za-zÀ-ÿ0-9][^{}?]*)\}")
        for row in g.query(PRE + sparql):
            out |= names(row[0])
        return out

    return answers_of


def main() -> None:
    g = load()
    answers_of = answers_of_for(g)
    if "--conversations" in sys.argv:
        print_conversations("perfumery", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "perfumery.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
