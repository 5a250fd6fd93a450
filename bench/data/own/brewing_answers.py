# ruff: noqa: E501  (one question a line)
"""Gold answers of ``brewing.jsonl`` (and, with ``--conversations``, the brewing lines of
``conversations_blind61.jsonl``), computed with rdflib SPARQL over ``brewing.owx`` (never with
kgchat): py-horned-owl writes the OWL/XML as RDF/XML by OWL 2's mapping to RDF, which rdflib
reads.

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form ("8.7", "1777", "1821-03-17"); a node with every name it carries: ``rdfs:label`` in
every language, ``skos:prefLabel`` and ``skos:altLabel``, and those of the nodes ``owl:sameAs``
joins it to (the Cascade hop and the registry's ``CASCADE``); a node with no name by its IRI's
fragment ("Brewery_0042"). In a query ``{Name}`` stands for the one node carrying that name.
The ontology's own semantics are read as a reasoner would: a beer's brewery is named by
``brewedBy`` on the beer or ``brews`` on the brewery (declared inverse, ``BREWED``); a founder by
``foundedBy`` or ``founderOf`` (``FOUNDED``); an owner by ``ownedBy`` on the subsidiary or
``owns`` on the parent (``OWNED``, the same relation in the publisher's meaning though no
inverse is declared); collaborations either way (symmetric); Cascade's facts include the
registry record's (``owl:sameAs``). Unanswerable questions carry no query and ``answers: []``.
Run from the repository root: ``python bench/data/own/brewing_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import OWL, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, print_conversations, write_answers

HERE = Path(__file__).parent
PRE = """PREFIX b: <https://vocab.brewersguild.example/beer#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def BREWED(beer: str, brewery: str) -> str:
    """``brewery`` brews ``beer``, said from either side."""
    return f"{{ {beer} b:brewedBy {brewery} }} UNION {{ {brewery} b:brews {beer} }}"


def FOUNDED(brewery: str, person: str) -> str:
    """``person`` founded ``brewery``, said from either side."""
    return f"{{ {brewery} b:foundedBy {person} }} UNION {{ {person} b:founderOf {brewery} }}"


def OWNED(sub: str, parent: str) -> str:
    """``parent`` owns ``sub``, said from either side."""
    return f"{{ {sub} b:ownedBy {parent} }} UNION {{ {parent} b:owns {sub} }}"


def SAME(x: str, y: str) -> str:
    """``y`` is ``x`` or joined to it by ``owl:sameAs``."""
    return f"{x} (owl:sameAs|^owl:sameAs)? {y} ."


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "Who founded Liffey Gate Brewery?",
        "1hop",
        f"SELECT ?x WHERE {{ {FOUNDED('{Liffey Gate Brewery}', '?x')} }}",
    ),
    (
        "what style is Moulin Saison",
        "1hop",
        "SELECT ?x WHERE { {Moulin Saison} b:brewedToStyle ?x }",
    ),
    (
        "Where is Cascade Ridge Brewing located?",
        "1hop",
        "SELECT ?x WHERE { {Cascade Ridge Brewing} b:locatedIn ?x }",
    ),
    (
        "which yeast ferments Green Mountain Fog Bank",
        "1hop",
        "SELECT ?x WHERE { {Green Mountain Fog Bank} b:fermentedWith ?x }",
    ),
    ("What region is the Saaz hop grown in?", "1hop", "SELECT ?x WHERE { {Saaz} b:grownIn ?x }"),
    (
        "Who is the head brewer at Pacific Swell Brewing?",
        "1hop",
        "SELECT ?x WHERE { {Pacific Swell Brewing} b:headBrewer ?x }",
    ),
    (
        "what's the parent style of Doppelbock",
        "1hop",
        "SELECT ?x WHERE { {Doppelbock} b:hasParentStyle ?x }",
    ),
    (
        "who owns Stowe Hollow Brewing?",
        "1hop",
        f"SELECT ?x WHERE {{ {OWNED('{Stowe Hollow Brewing}', '?x')} }}",
    ),
    ("Where was Odo Brandt born?", "1hop", "SELECT ?x WHERE { {Odo Brandt} b:bornIn ?x }"),
    # inverse
    (
        "Which beers does Liffey Gate Brewery brew?",
        "inverse",
        f"SELECT ?x WHERE {{ {BREWED('?x', '{Liffey Gate Brewery}')} }}",
    ),
    (
        "what beers use Nelson Sauvin hops",
        "inverse",
        "SELECT ?x WHERE { ?x b:usesHop {Nelson Sauvin} }",
    ),
    (
        "Which breweries are in Portland?",
        "inverse",
        "SELECT ?x WHERE { ?x b:locatedIn {Portland} }",
    ),
    (
        "which beer styles come from Bavaria?",
        "inverse",
        "SELECT ?x WHERE { ?x b:regionOfOrigin {Bavaria} }",
    ),
    (
        "Which beers are brewed to the Gose style?",
        "inverse",
        "SELECT ?x WHERE { ?x b:brewedToStyle {Gose} }",
    ),
    (
        "Which brewery did Anton Kessler found?",
        "inverse",
        f"SELECT ?x WHERE {{ {FOUNDED('?x', '{Anton Kessler}')} }}",
    ),
    (
        "which hops are grown in the Yakima Valley",
        "inverse",
        "SELECT ?x WHERE { ?x b:grownIn {Yakima Valley} }",
    ),
    (
        "Which styles have Lager as their parent style?",
        "inverse",
        "SELECT ?x WHERE { ?x b:hasParentStyle {Lager} }",
    ),
    (
        "which breweries does Anglo Consolidated Breweries own",
        "inverse",
        f"SELECT ?x WHERE {{ {OWNED('?x', '{Anglo Consolidated Breweries plc}')} }}",
    ),
    # two hops
    (
        "What country is the Nelson Sauvin hop grown in?",
        "2hop",
        "SELECT ?x WHERE { {Nelson Sauvin} b:grownIn/b:inCountry ?x }",
    ),
    (
        "Who founded the brewery that makes Riptide IPA?",
        "2hop",
        f"SELECT ?x WHERE {{ {BREWED('{Pacific Swell Riptide IPA}', '?b')} {FOUNDED('?b', '?x')} }}",
    ),
    (
        "Where is the brewery that makes Vltava Budvar Original?",
        "2hop",
        f"SELECT ?x WHERE {{ {BREWED('{Vltava Budvar Original}', '?b')} ?b b:locatedIn ?x }}",
    ),
    (
        "What region does the parent style of Gueuze come from?",
        "2hop",
        "SELECT ?x WHERE { {Gueuze} b:hasParentStyle/b:regionOfOrigin ?x }",
    ),
    (
        "which region is Rauchhaus Bräu located in",
        "2hop",
        "SELECT ?x WHERE { {Rauchhaus Bräu} b:locatedIn/b:inRegion ?x }",
    ),
    (
        "Which competition did Liffey Gate Dry Stout win a medal at?",
        "2hop",
        "SELECT ?x WHERE { {Liffey Gate Dry Stout} b:wonAward/b:atCompetition ?x }",
    ),
    (
        "what aromas do the hops in Green Mountain Fog Bank have",
        "2hop",
        "SELECT ?x WHERE { {Green Mountain Fog Bank} b:usesHop/b:hasAroma ?x }",
    ),
    (
        "Who is the head brewer of the brewery that brews Kesselhaus Helles?",
        "2hop",
        f"SELECT ?x WHERE {{ {BREWED('{Kesselhaus Helles}', '?b')} ?b b:headBrewer ?x }}",
    ),
    (
        "Which country does the Pilsner style come from?",
        "2hop",
        "SELECT ?x WHERE { {Pilsner} b:regionOfOrigin/b:inCountry ?x }",
    ),
    (
        "Where was the founder of Gosebrauerei Rammelsberg born?",
        "2hop",
        f"SELECT ?x WHERE {{ {FOUNDED('{Gosebrauerei Rammelsberg}', '?p')} ?p b:bornIn ?x }}",
    ),
    # three hops
    (
        "Which country is Brauerei Zum Schlüssel in?",
        "3hop",
        "SELECT ?x WHERE { {Brauerei Zum Schlüssel} b:locatedIn/b:inRegion/b:inCountry ?x }",
    ),
    (
        "What region is the brewery that brews Reitjes Blanche in?",
        "3hop",
        f"SELECT ?x WHERE {{ {BREWED('{Reitjes Blanche}', '?b')} ?b b:locatedIn/b:inRegion ?x }}",
    ),
    (
        "Which countries are the hops in Moulin Saison grown in?",
        "3hop",
        "SELECT ?x WHERE { {Moulin Saison} b:usesHop/b:grownIn/b:inCountry ?x }",
    ),
    (
        "In which country did the style of Havel Berliner Weisse originate?",
        "3hop",
        "SELECT ?x WHERE { {Havel Berliner Weisse} b:brewedToStyle/b:regionOfOrigin/b:inCountry ?x }",
    ),
    (
        "Where was the founder of the brewery that owns Pivovar Vltava born?",
        "3hop",
        f"SELECT ?x WHERE {{ {OWNED('{Pivovar Vltava}', '?o')} {FOUNDED('?o', '?p')} ?p b:bornIn ?x }}",
    ),
    (
        "In which town is the competition where Pacific Swell Riptide IPA won its medals held?",
        "3hop",
        "SELECT ?x WHERE { {Pacific Swell Riptide IPA} b:wonAward/b:atCompetition/b:heldIn ?x }",
    ),
    # conjunction
    (
        "Which beers use both Citra and Mosaic?",
        "conjunction",
        "SELECT ?x WHERE { ?x b:usesHop {Citra}, {Mosaic} }",
    ),
    (
        "Which West Coast IPAs use Simcoe?",
        "conjunction",
        "SELECT ?x WHERE { ?x b:brewedToStyle {West Coast IPA} ; b:usesHop {Simcoe} }",
    ),
    (
        "Which beers brewed by Ironbridge Brewing use Cascade?",
        "conjunction",
        f"SELECT ?x WHERE {{ {BREWED('?x', '{Ironbridge Brewing}')} ?x b:usesHop {{Cascade}} }}",
    ),
    (
        "Which pilsners won gold at the Central European Beer Prize?",
        "conjunction",
        "SELECT ?x WHERE { ?x b:brewedToStyle {Pilsner} ; b:wonAward ?a . ?a b:atCompetition {Central European Beer Prize} ; b:medal {Gold} }",
    ),
    (
        "which microbreweries are in New England",
        "conjunction",
        "SELECT ?x WHERE { ?x a b:Microbrewery ; b:locatedIn/b:inRegion {New England} }",
    ),
    (
        "Which beers are fermented with WLP001 and use Centennial?",
        "conjunction",
        "SELECT ?x WHERE { ?x b:fermentedWith {California Ale} ; b:usesHop {Centennial} }",
    ),
    (
        "Which Thameside Ales beers use East Kent Goldings?",
        "conjunction",
        f"SELECT ?x WHERE {{ {BREWED('?x', '{Thameside Ales}')} ?x b:usesHop {{East Kent Goldings}} }}",
    ),
    # synonym: the relation in other words
    (
        "who started Tasman Bay Brewing",
        "synonym",
        f"SELECT ?x WHERE {{ {FOUNDED('{Tasman Bay Brewing}', '?x')} }}",
    ),
    (
        "Which hops give a tropical fruit aroma?",
        "synonym",
        "SELECT ?x WHERE { ?x b:hasAroma {tropical fruit} }",
    ),
    (
        "who's the brewmaster at Liffey Gate Brewery",
        "synonym",
        "SELECT ?x WHERE { {Liffey Gate Brewery} b:headBrewer ?x }",
    ),
    (
        "what grain goes into Liffey Gate Dry Stout",
        "synonym",
        "SELECT ?x WHERE { {Liffey Gate Dry Stout} b:usesMalt ?x }",
    ),
    (
        "What is the parent company of Old Faversham Brewery?",
        "synonym",
        f"SELECT ?x WHERE {{ {OWNED('{Old Faversham Brewery}', '?x')} }}",
    ),
    (
        "which breweries has Green Mountain Hazy Co. teamed up with",
        "synonym",
        "SELECT ?x WHERE { { {Green Mountain Hazy Co.} b:collaboratedWith ?x } UNION { ?x b:collaboratedWith {Green Mountain Hazy Co.} } }",
    ),
    (
        "where is Kölsch originally from",
        "synonym",
        "SELECT ?x WHERE { {Kölsch} b:regionOfOrigin ?x }",
    ),
    # alias: a thing by another of its names
    (
        "Where is the NEIPA style from?",
        "alias",
        "SELECT ?x WHERE { {New England IPA} b:regionOfOrigin ?x }",
    ),
    (
        "Which beers are brewed to the DIPA style?",
        "alias",
        "SELECT ?x WHERE { ?x b:brewedToStyle {Double IPA} }",
    ),
    ("Where is the CTZ hop grown?", "alias", "SELECT ?x WHERE { {Columbus} b:grownIn ?x }"),
    ("Which brewery is in Pilsen?", "alias", "SELECT ?x WHERE { ?x b:locatedIn {Plzeň} }"),
    (
        "What is the alpha acid of Styrian Golding?",
        "alias",
        "SELECT ?x WHERE { {Celeia} b:alphaAcid ?x }",
    ),
    # typo
    (
        "who founded Thamside Ales",
        "typo",
        f"SELECT ?x WHERE {{ {FOUNDED('{Thameside Ales}', '?x')} }}",
    ),
    (
        "what style is Kesselhaus Weisbier",
        "typo",
        "SELECT ?x WHERE { {Kesselhaus Weissbier} b:brewedToStyle ?x }",
    ),
    (
        "where is Brouwerij Reitjess located",
        "typo",
        "SELECT ?x WHERE { {Brouwerij Reitjes} b:locatedIn ?x }",
    ),
    # literal
    (
        "What's the ABV of Cascade Ridge Summit Double?",
        "literal",
        "SELECT ?x WHERE { {Cascade Ridge Summit Double} b:abv ?x }",
    ),
    (
        "how bitter is Stowe Hollow Heady Pine",
        "literal",
        "SELECT ?x WHERE { {Stowe Hollow Heady Pine} b:ibu ?x }",
    ),
    (
        "When was Trentside Brewing founded?",
        "literal",
        "SELECT ?x WHERE { {TRENTSIDE BREWING CO.} b:foundingYear ?x }",
    ),
    (
        "what is the alpha acid content of Cascade hops",
        "literal",
        f"SELECT ?x WHERE {{ {SAME('{Cascade}', '?h')} ?h b:alphaAcid ?x }}",
    ),
    (
        "When was Liffey Gate Dry Stout first brewed?",
        "literal",
        "SELECT ?x WHERE { {Liffey Gate Dry Stout} b:firstBrewed ?x }",
    ),
    ("What is the BJCP code for Gueuze?", "literal", "SELECT ?x WHERE { {Gueuze} b:bjcpCode ?x }"),
    (
        "What's the lab code of the Belgian Saison yeast?",
        "literal",
        "SELECT ?x WHERE { {Belgian Saison} b:labCode ?x }",
    ),
    # unanswerable: the graph's things, an answer it does not hold
    ("Who founded Old Faversham Brewery?", "unanswerable", None),
    ("How many barrels a year does Ironbridge Brewing produce?", "unanswerable", None),
    ("Who is the head brewer at Rauchhaus Bräu?", "unanswerable", None),
    ("Where was Mike Duffy born?", "unanswerable", None),
    ("What medal did Kesselhaus Märzen win?", "unanswerable", None),
    ("who owns Liffey Gate Brewery", "unanswerable", None),
    ("What is the population of Bavaria?", "unanswerable", None),
]

# the near relation each unanswerable question asks, which the graph does not hold for it
UNANSWERED = [
    f"SELECT ?x WHERE {{ {FOUNDED('{Old Faversham Brewery}', '?x')} }}",
    "SELECT ?x WHERE { {Rauchhaus Bräu} b:headBrewer ?x }",
    "SELECT ?x WHERE { {Mike Duffy} b:bornIn ?x }",
    "SELECT ?x WHERE { {Kesselhaus Märzen} b:wonAward ?x }",
    f"SELECT ?x WHERE {{ {OWNED('{Liffey Gate Brewery}', '?x')} }}",
    "SELECT ?x WHERE { {Bavaria} b:population ?x }",
]

CONVERSATIONS = [
    (
        "brewing-probe61a-01",
        [
            (
                "Who brews Fog Bank?",
                "start",
                f"SELECT ?x WHERE {{ {BREWED('{Green Mountain Fog Bank}', '?x')} }}",
            ),
            (
                "where are they based?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Green Mountain Hazy Co.} b:locatedIn ?x }",
            ),
            (
                "What about Heady Pine?",
                "what_about",
                f"SELECT ?x WHERE {{ {BREWED('{Stowe Hollow Heady Pine}', '?x')} }}",
            ),
        ],
    ),
    (
        "brewing-probe61a-02",
        [
            (
                "What style is Felsenkeller Eisbock?",
                "start",
                "SELECT ?x WHERE { {Felsenkeller Eisbock} b:brewedToStyle ?x }",
            ),
            (
                "How strong is it?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Felsenkeller Eisbock} b:abv ?x }",
            ),
            (
                "And Kesselhaus Doppelbock Salvator Nova?",
                "and_x",
                "SELECT ?x WHERE { {Kesselhaus Doppelbock Salvator Nova} b:abv ?x }",
            ),
        ],
    ),
    (
        "brewing-probe61a-03",
        [
            (
                "Which region is the Citra hop grown in?",
                "start",
                "SELECT ?x WHERE { {Citra} b:grownIn ?x }",
            ),
            (
                "what's its alpha acid?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Citra} b:alphaAcid ?x }",
            ),
            ("What about Motueka?", "what_about", "SELECT ?x WHERE { {Motueka} b:alphaAcid ?x }"),
        ],
    ),
]

NAME_PROPS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel)


def load() -> Graph:
    """``brewing.owx`` as rdflib reads it (py-horned-owl's RDF/XML)."""
    import pyhornedowl

    text = (HERE / "brewing.owx").read_text(encoding="utf-8")
    rdf = pyhornedowl.open_ontology_from_string(text, "owx").save_to_string("owl")
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
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("9.0")
    g = load()
    answers_of = answers_of_for(g)
    for query in UNANSWERED:
        assert not answers_of(query), query
    if "--conversations" in sys.argv:
        print_conversations("brewing", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "brewing.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
