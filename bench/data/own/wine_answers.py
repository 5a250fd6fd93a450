# ruff: noqa: E501  (one question a line)
"""Gold answers of ``wine.jsonl``, computed with rdflib SPARQL over ``wine/wine.rdf`` and
``wine/food.rdf`` (never with kgchat).

Each question is paired with the query whose ``?x`` is its answer. What the OWL Guide states only
through a class's restrictions is read as OWL entails it: an individual of a class that is (or is
below) ``[onProperty p; hasValue v]`` has ``p v`` (the path ``TYPE`` below walks ``rdf:type``,
``rdfs:subClassOf`` and the members of ``owl:intersectionOf``); ``locatedIn`` is transitive where
a question asks for a country. An answer is named by its ``rdfs:label`` values, its ``rdf:ID`` and
that ID split at its capitals (``ChateauMargauxWinery``, ``Chateau Margaux Winery``); a literal by
its lexical form. Unanswerable questions carry no query and ``answers: []``. Run from the
repository root: ``python bench/data/own/wine_answers.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

from _answers_common import write_answers
from rdflib import RDFS, Graph, Literal, URIRef

HERE = Path(__file__).parent
BASE = "http://www.w3.org/TR/2003/PR-owl-guide-20031209/"
PRE = f"""PREFIX vin: <{BASE}wine#>
PREFIX food: <{BASE}food#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# the class expressions an individual (or class) lies in: its types, their superclasses and the
# members of their intersections
UP = "(rdfs:subClassOf|owl:intersectionOf/rdf:rest*/rdf:first)*"
TYPE = f"rdf:type/{UP}"


def has(subject: str, prop: str, var: str = "?x") -> str:
    """``subject prop var``, stated or entailed by a ``hasValue`` restriction of its classes."""
    return (
        f"{{ {subject} vin:{prop} {var} }} UNION "
        f"{{ {subject} {TYPE} ?r_{prop} . ?r_{prop} owl:onProperty vin:{prop} ; owl:hasValue {var} }}"
    )


def cls_has(cls: str, prop: str) -> str:
    return f"SELECT ?x WHERE {{ {cls} {UP} ?r . ?r owl:onProperty vin:{prop} ; owl:hasValue ?x }}"


def pairing(course: str, prop: str) -> str:
    """What a course class asks of its drink: ``hasDrink allValuesFrom [prop hasValue ?x]``."""
    return (
        f"SELECT ?x WHERE {{ {course} {UP} ?r . ?r owl:onProperty food:hasDrink ; owl:allValuesFrom ?d . "
        f"?d owl:onProperty vin:{prop} ; owl:hasValue ?x }}"
    )


DRINK = "?c food:hasFood {d} ; food:hasDrink ?w"
QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop, stated on the individual
    (
        "Who makes the Forman Chardonnay?",
        "1hop",
        "SELECT ?x WHERE { vin:FormanChardonnay vin:hasMaker ?x }",
    ),
    (
        "Which region is Cotturi Zinfandel from?",
        "1hop",
        "SELECT ?x WHERE { vin:CotturiZinfandel vin:locatedIn ?x }",
    ),
    (
        "What body does the Taylor Port have?",
        "1hop",
        "SELECT ?x WHERE { vin:TaylorPort vin:hasBody ?x }",
    ),
    (
        "what's the flavor of the Lane Tanner Pinot Noir",
        "1hop",
        "SELECT ?x WHERE { vin:LaneTannerPinotNoir vin:hasFlavor ?x }",
    ),
    ("Where is the Napa region?", "1hop", "SELECT ?x WHERE { vin:NapaRegion vin:locatedIn ?x }"),
    (
        "Which region borders the Napa region?",
        "1hop",
        "SELECT ?x WHERE { { vin:NapaRegion vin:adjacentRegion ?x } UNION { ?x vin:adjacentRegion vin:NapaRegion } }",
    ),
    (
        "What grapes go into the Kathryn Kennedy Lateral?",
        "1hop",
        "SELECT ?x WHERE { vin:KathrynKennedyLateral vin:madeFromGrape ?x }",
    ),
    # one hop, stated only through the class's restrictions
    (
        "What grape is Bancroft Chardonnay made of?",
        "1hop",
        f"SELECT ?x WHERE {{ {has('vin:BancroftChardonnay', 'madeFromGrape')} }}",
    ),
    (
        "Is Stonleigh Sauvignon Blanc a red or a white?",
        "1hop",
        f"SELECT ?x WHERE {{ {has('vin:StonleighSauvignonBlanc', 'hasColor')} }}",
    ),
    (
        "What color is Chateau Margaux?",
        "1hop",
        f"SELECT ?x WHERE {{ {has('vin:ChateauMargaux', 'hasColor')} }}",
    ),
    (
        "What grape is the Chateau Morgon Beaujolais made from?",
        "1hop",
        f"SELECT ?x WHERE {{ {has('vin:ChateauMorgonBeaujolais', 'madeFromGrape')} }}",
    ),
    ("Which grape is Chianti made from?", "1hop", cls_has("vin:Chianti", "madeFromGrape")),
    ("What colour is a Sauternes?", "1hop", cls_has("vin:Sauternes", "hasColor")),
    # other words for the relation
    (
        "Who produces the Mountadam Riesling?",
        "synonym",
        "SELECT ?x WHERE { vin:MountadamRiesling vin:hasMaker ?x }",
    ),
    (
        "Which winery is behind the Elyse Zinfandel?",
        "synonym",
        "SELECT ?x WHERE { vin:ElyseZinfandel vin:hasMaker ?x }",
    ),
    (
        "Where is the Saucelito Canyon Zinfandel grown?",
        "synonym",
        "SELECT ?x WHERE { vin:SaucelitoCanyonZinfandel vin:locatedIn ?x }",
    ),
    (
        "How full-bodied is the Corbans Private Bin Sauvignon Blanc?",
        "synonym",
        "SELECT ?x WHERE { vin:CorbansPrivateBinSauvignonBlanc vin:hasBody ?x }",
    ),
    (
        "Is the Ventana Chenin Blanc dry or sweet?",
        "synonym",
        "SELECT ?x WHERE { vin:VentanaCheninBlanc vin:hasSugar ?x }",
    ),
    (
        "How sweet is the Selaks Ice Wine?",
        "synonym",
        "SELECT ?x WHERE { vin:SelaksIceWine vin:hasSugar ?x }",
    ),
    (
        "Which grape variety is used for the Foxen Chenin Blanc?",
        "synonym",
        f"SELECT ?x WHERE {{ {has('vin:FoxenCheninBlanc', 'madeFromGrape')} }}",
    ),
    # inverse
    (
        "Which wines does Marietta produce?",
        "inverse",
        "SELECT ?x WHERE { ?x vin:hasMaker vin:Marietta }",
    ),
    (
        "What wines does Ironwood Estate make?",
        "inverse",
        "SELECT ?x WHERE { ?x vin:hasMaker vin:IronwoodEstate }",
    ),
    (
        "What wines come from the Sonoma region?",
        "inverse",
        "SELECT ?x WHERE { ?x vin:locatedIn vin:SonomaRegion ; vin:hasMaker ?m }",
    ),
    (
        "What regions are part of the Loire region?",
        "inverse",
        "SELECT ?x WHERE { ?x vin:locatedIn vin:LoireRegion }",
    ),
    (
        "Which wines are made from Cabernet Franc grapes?",
        "inverse",
        f"SELECT ?x WHERE {{ {has('?x', 'madeFromGrape', 'vin:CabernetFrancGrape')} FILTER(isIRI(?x)) ?x a ?t }}",
    ),
    (
        "Which dinner has the duck confit on the menu?",
        "inverse",
        "SELECT ?x WHERE { ?x food:hasCourse/food:hasFood food:DuckConfit }",
    ),
    # two hops
    (
        "What should I drink with the grilled halibut?",
        "2hop",
        f"SELECT ?x WHERE {{ {DRINK.format(d='food:GrilledHalibut').replace('?w', '?x')} }}",
    ),
    (
        "What wine goes with the rack of lamb?",
        "2hop",
        f"SELECT ?x WHERE {{ {DRINK.format(d='food:RackOfLamb').replace('?w', '?x')} }}",
    ),
    (
        "Which dish is the Stonleigh Sauvignon Blanc poured with?",
        "2hop",
        "SELECT ?x WHERE { ?c food:hasDrink vin:StonleighSauvignonBlanc ; food:hasFood ?x }",
    ),
    (
        "Which country does the Stonleigh Sauvignon Blanc come from?",
        "2hop",
        "SELECT ?x WHERE { vin:StonleighSauvignonBlanc vin:locatedIn+ ?x . ?x a vin:Region FILTER NOT EXISTS { ?x vin:locatedIn ?y } }",
    ),
    (
        "What color are the wines Selaks makes?",
        "2hop",
        f"SELECT ?x WHERE {{ ?w vin:hasMaker vin:Selaks . {has('?w', 'hasColor')} }}",
    ),
    (
        "What year is the Saucelito Canyon Zinfandel 1998?",
        "literal",
        "SELECT ?x WHERE { vin:SaucelitoCanyonZinfandel1998 vin:hasVintageYear/vin:yearValue ?x }",
    ),
    (
        "Which vintage is the Chateau Grandval Pauillac?",
        "literal",
        "SELECT ?x WHERE { vin:ChateauGrandvalPauillac vin:hasVintageYear/vin:yearValue ?x }",
    ),
    # three hops
    (
        "Who makes the wine served with the crème brûlée?",
        "3hop",
        f"SELECT ?x WHERE {{ {DRINK.format(d='food:CremeBrulee')} . ?w vin:hasMaker ?x }}",
    ),
    (
        "Which region is the wine poured with the spaghetti bolognese from?",
        "3hop",
        f"SELECT ?x WHERE {{ {DRINK.format(d='food:SpaghettiBolognese')} . ?w vin:locatedIn ?x }}",
    ),
    (
        "What grape is in the wine paired with the roast chicken?",
        "3hop",
        f"SELECT ?x WHERE {{ {DRINK.format(d='food:RoastChicken')} . {has('?w', 'madeFromGrape')} }}",
    ),
    # conjunction
    (
        "Which full-bodied wines come from the Napa region?",
        "conjunction",
        "SELECT ?x WHERE { ?x vin:locatedIn vin:NapaRegion ; vin:hasBody vin:Full }",
    ),
    (
        "Which sweet wines are made in the New Zealand region?",
        "conjunction",
        "SELECT ?x WHERE { ?x vin:locatedIn vin:NewZealandRegion ; vin:hasSugar vin:Sweet }",
    ),
    (
        "Which wine is served with the oysters at the autumn tasting dinner?",
        "conjunction",
        "SELECT ?x WHERE { food:AutumnTastingDinner food:hasCourse ?c . ?c food:hasFood food:OystersOnTheHalfShell ; food:hasDrink ?x }",
    ),
    # pairings stated as restrictions on the drink of a course class
    (
        "What colour of wine goes with a seafood course?",
        "2hop",
        pairing("food:SeafoodCourse", "hasColor"),
    ),
    (
        "How sweet should the wine be for an oyster course?",
        "2hop",
        pairing("food:OysterShellfishCourse", "hasSugar"),
    ),
    # misspelt
    (
        "Who makes the Mountadam Chardonay?",
        "typo",
        "SELECT ?x WHERE { vin:MountadamChardonnay vin:hasMaker ?x }",
    ),
    (
        "what grape is the Chateau Cheval Blanc St Emillion made from",
        "typo",
        f"SELECT ?x WHERE {{ {has('vin:ChateauChevalBlancStEmilion', 'madeFromGrape')} }}",
    ),
    (
        "which region is the Gary Farel Merlot from",
        "typo",
        "SELECT ?x WHERE { vin:GaryFarrellMerlot vin:locatedIn ?x }",
    ),
    # another name
    (
        "Which wines does Château d'Yquem make?",
        "alias",
        "SELECT ?x WHERE { ?x vin:hasMaker vin:ChateauDYchem }",
    ),
    (
        "Which regions are in Burgundy?",
        "alias",
        "SELECT ?x WHERE { ?x vin:locatedIn vin:BourgogneRegion }",
    ),
    (
        "What does Lafite make?",
        "alias",
        "SELECT ?x WHERE { ?x vin:hasMaker vin:ChateauLafiteRothschild }",
    ),
    # not in the graph (some a near relation)
    ("How much does a bottle of Forman Chardonnay cost?", "unanswerable", None),
    ("What is the alcohol content of the Taylor Port?", "unanswerable", None),
    ("When was the Marietta winery founded?", "unanswerable", None),
    ("Who is the winemaker at Bancroft?", "unanswerable", None),
    ("What score did critics give Chateau Margaux?", "unanswerable", None),
]


def split(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z])(?=[0-9])", " ", name)


def labels(g: Graph, x: object) -> list[str]:
    if isinstance(x, Literal):
        return [str(x)]
    assert isinstance(x, URIRef), x
    local = str(x).rsplit("#", 1)[1]
    return [str(n) for n in g.objects(x, RDFS.label)] + [local, split(local)]


def main() -> None:
    g = Graph()
    for f in ("wine.rdf", "food.rdf"):
        g.parse(HERE / "wine" / f, format="xml")
    write_answers(
        HERE / "wine.jsonl",
        QUESTIONS,
        lambda sparql: {a for r in g.query(PRE + sparql) for a in labels(g, r[0])},
    )


if __name__ == "__main__":
    main()
