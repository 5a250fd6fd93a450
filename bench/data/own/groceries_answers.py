# ruff: noqa: E501  (one question a line)
"""Gold answers of ``groceries.jsonl`` (and, with ``--conversations``, the groceries lines of
``conversations_blind58.jsonl``), computed with rdflib SPARQL over ``groceries.jsonld`` (never
with kgchat).

Each question is paired with the query whose ``?x`` is its answer. A literal answers with its
lexical form as the resolver writes it ("750", "2.29", "05012345200011"); a node with every
name it carries: ``gs1:productName`` in every language and ``gs1:gtin`` (products),
``gs1:brandName``, ``gs1:organizationName`` in every language and ``gs1:globalLocationNumber``
(brand owners, stores), ``schema:name`` and ``gs1:countryCode`` (countries, stores, product
groups), ``skos:prefLabel`` and ``skos:notation`` (GPC categories), ``rdfs:label`` (allergen
codes); a GS1 code individual with no label by its local name and the code after its dash
("PackagingMaterialTypeCode-GLASS", "GLASS"). In a query ``{Name}`` stands for the one node
carrying that name. A product's diet is a ``gs1:dietCode`` IRI or an older record's
``gs1:dietTypeCode`` string (``DIET``); a product's GPC brick is its ``schema:category`` link or
the concept whose notation is its ``gs1:gpcCategoryCode`` (``BRICK``); a product group's member
is named from either side (``VARIANT``). A count question answers the number of what its query
counts. Unanswerable questions carry no query and ``answers: []``. Run from the repository root:
``python bench/data/own/groceries_answers.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rdflib
from rdflib import RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).parent))
from _answers_common import named_iris, print_conversations, write_answers

HERE = Path(__file__).parent
GS1 = Namespace("https://gs1.org/voc/")
S = Namespace("http://schema.org/")
PRE = """PREFIX gs1: <https://gs1.org/voc/>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kmx: <https://data.korbmarkt.example/ns#>
PREFIX gpc: <https://data.korbmarkt.example/gpc/>
"""
CONTAINS = "gs1:LevelOfContainmentCode-CONTAINS"
MAY = "gs1:LevelOfContainmentCode-MAY_CONTAIN"


def DIET(p: str, code: str) -> str:
    """``p`` carries the diet ``code`` (VEGAN, VEGETARIAN, HALAL) either way."""
    return (
        f'{{ {p} gs1:dietCode gs1:DietTypeCode-{code} }} UNION {{ {p} gs1:dietTypeCode "{code}" }}'
    )


def BRICK(p: str, brick: str) -> str:
    """``p`` is classified under the GPC concept ``brick`` (a link or the code)."""
    return f"{{ {p} schema:category {brick} }} UNION {{ {p} gs1:gpcCategoryCode ?code_ . {brick} skos:notation ?code_ }}"


def VARIANT(p: str, group: str) -> str:
    """``p`` is a variant of ``group`` (named from either side)."""
    return f"{{ {p} schema:isVariantOf {group} }} UNION {{ {group} schema:hasVariant {p} }}"


def ALLERGEN(p: str, level: str, allergen: str = "?x") -> str:
    """``p`` has ``allergen`` at ``level`` (CONTAINS or MAY_CONTAIN)."""
    return f"{p} gs1:hasAllergen [ gs1:allergenType {allergen} ; gs1:allergenLevelOfContainmentCode {level} ]"


def NUTRIENT(p: str, prop: str, unit: str = "GRM") -> str:
    """``?x`` is ``p``'s ``prop`` per nutrient basis (the value in ``unit``)."""
    return f'{p} gs1:{prop} [ gs1:value ?x ; gs1:unitCode "{unit}" ]'


def OFFER(p: str, store: str = "?s", price: str = "?price") -> str:
    """An offer of ``p`` at ``store`` for ``price``."""
    return f"?o_ schema:itemOffered {p} ; schema:availableAtOrFrom {store} ; schema:price {price} ."


QUESTIONS: list[tuple[str, str, str | None]] = [
    # one hop
    (
        "who makes Skyrlund Skyr Natural?",
        "1hop",
        "SELECT ?x WHERE { {Skyrlund Skyr Natural} gs1:brandOwner ?x }",
    ),
    (
        "What brand is Nonna Gina Lasagne Bolognese?",
        "1hop",
        "SELECT ?x WHERE { {Nonna Gina Lasagne Bolognese} gs1:brand ?x }",
    ),
    (
        "where does Mozzarella di Bufala Campana DOP come from",
        "1hop",
        "SELECT ?x WHERE { {Mozzarella di Bufala Campana DOP} gs1:countryOfOrigin ?x }",
    ),
    (
        "Which country is Tatranka Pohánkové vločky made in?",
        "1hop",
        "SELECT ?x WHERE { {Tatranka Pohánkové vločky} gs1:countryOfOrigin ?x }",
    ),
    (
        "What does the Fizz & Co Party Pack 12 x 330 ml contain?",
        "1hop",
        "SELECT ?x WHERE { {Fizz & Co Party Pack 12 x 330 ml} gs1:childItem ?x }",
    ),
    (
        "what category is Vallès Roasted Almonds in?",
        "1hop",
        f"SELECT ?x WHERE {{ {BRICK('{Vallès Roasted Almonds}', '?x')} }}",
    ),
    (
        "Where is Alpenkorn GmbH based?",
        "1hop",
        "SELECT ?x WHERE { {Alpenkorn GmbH} gs1:address ?a . { ?a gs1:addressLocality ?x } UNION { ?a gs1:addressCountry ?x } }",
    ),
    (
        "which product range is Skyrlund Skyr Blueberry part of?",
        "1hop",
        f"SELECT ?x WHERE {{ {VARIANT('{Skyrlund Skyr Blueberry}', '?x')} }}",
    ),
    # literals
    (
        "how big is the Alpenkorn Classic Muesli pack?",
        "literal",
        "SELECT ?x WHERE { {Alpenkorn Classic Muesli} gs1:netContent/gs1:value ?x }",
    ),
    (
        "What is the GTIN of Crunchers Sea Salt Crisps?",
        "literal",
        "SELECT ?x WHERE { {Crunchers Sea Salt Crisps} gs1:gtin ?x }",
    ),
    (
        "How should I store Korb Basics Fish Fingers?",
        "literal",
        "SELECT ?x WHERE { {Korb Basics Fish Fingers} gs1:consumerStorageInstructions ?x }",
    ),
    (
        "what are the ingredients of Fizz & Co Cola Zero",
        "literal",
        "SELECT ?x WHERE { {Fizz & Co Cola Zero} gs1:ingredientStatement ?x }",
    ),
    (
        "Who certified Petit Lacombe Carrot & Potato Purée 4+ months as organic?",
        "literal",
        "SELECT ?x WHERE { {Petit Lacombe Carrot & Potato Purée 4+ months} gs1:certificationInfo/gs1:certificationAgency ?x }",
    ),
    (
        "how much salt per 100g is in Crunchers Cheese & Onion Crisps?",
        "literal",
        f"SELECT ?x WHERE {{ {NUTRIENT('{Crunchers Cheese & Onion Crisps}', 'saltPerNutrientBasis')} }}",
    ),
    (
        "How many calories are in Brightfield Dark Chocolate Digestives?",
        "literal",
        f"SELECT ?x WHERE {{ {NUTRIENT('{Brightfield Dark Chocolate Digestives}', 'energyPerNutrientBasis', 'E14')} }}",
    ),
    (
        "sugar content of Fizz & Co Sparkling Lemon?",
        "literal",
        f"SELECT ?x WHERE {{ {NUTRIENT('{Fizz & Co Sparkling Lemon}', 'sugarsPerNutrientBasis')} }}",
    ),
    (
        "how much does Haverly Oat Drink Barista cost?",
        "literal",
        f"SELECT ?x WHERE {{ {OFFER('{Haverly Oat Drink Barista}', price='?x')} }}",
    ),
    # inverse
    (
        "Which products does Nordhavn Mejeri make?",
        "inverse",
        "SELECT ?x WHERE { ?x gs1:brandOwner {Nordhavn Mejeri A/S} }",
    ),
    (
        "what products are sold under the Crunchers brand",
        "inverse",
        "SELECT ?x WHERE { ?x gs1:brand {Crunchers} }",
    ),
    (
        "which products come from Norway?",
        "inverse",
        "SELECT ?x WHERE { ?x gs1:countryOfOrigin {Norway} }",
    ),
    (
        "Which products are made in Denmark?",
        "inverse",
        "SELECT ?x WHERE { ?x gs1:countryOfOrigin {Denmark} }",
    ),
    (
        "which products contain celery?",
        "inverse",
        f"SELECT ?x WHERE {{ {ALLERGEN('?x', CONTAINS, '{Celery}')} }}",
    ),
    (
        "Which products may contain peanuts?",
        "inverse",
        f"SELECT ?x WHERE {{ {ALLERGEN('?x', MAY, '{Peanuts}')} }}",
    ),
    (
        "which products are in the Skyrlund Skyr range?",
        "inverse",
        f"SELECT ?x WHERE {{ {VARIANT('?x', '{Skyrlund Skyr range}')} }}",
    ),
    (
        "Which multipack contains Fizz & Co Cola Zero?",
        "inverse",
        "SELECT ?x WHERE { ?x gs1:childItem {Fizz & Co Cola Zero} }",
    ),
    (
        "which products are certified by Ecocert France?",
        "inverse",
        'SELECT ?x WHERE { ?x gs1:certificationInfo/gs1:certificationAgency "Ecocert France" }',
    ),
    (
        "What products are in the Crisps/Chips (Shelf Stable) category?",
        "inverse",
        f"SELECT ?x WHERE {{ {BRICK('?x', '{Crisps/Chips (Shelf Stable)}')} }}",
    ),
    (
        "how many products does Brightfield Foods Ltd own?",
        "inverse",
        "SELECT (COUNT(DISTINCT ?p) AS ?x) WHERE { ?p gs1:brandOwner {Brightfield Foods Ltd} }",
    ),
    # two hops
    (
        "which company owns the Knusperhof brand?",
        "2hop",
        "SELECT ?x WHERE { ?p gs1:brand {Knusperhof} ; gs1:brandOwner ?x }",
    ),
    (
        "What country is the maker of Crunchers Sea Salt Crisps in?",
        "2hop",
        "SELECT ?x WHERE { {Crunchers Sea Salt Crisps} gs1:brandOwner/schema:addressCountry ?x }",
    ),
    (
        "which brands does Cascina Verde S.p.A. own",
        "2hop",
        "SELECT ?x WHERE { ?p gs1:brandOwner {Cascina Verde S.p.A.} ; gs1:brand ?x }",
    ),
    (
        "Where is the company that makes Petit Lacombe Baby Rice Cereal located?",
        "2hop",
        "SELECT ?x WHERE { {Petit Lacombe Baby Rice Cereal} gs1:brandOwner/gs1:address ?a . { ?a gs1:addressLocality ?x } UNION { ?a gs1:addressCountry ?x } }",
    ),
    (
        "in which stores can i buy Nonna Gina Margherita Pizza?",
        "2hop",
        f"SELECT ?x WHERE {{ {OFFER('{Nonna Gina Margherita Pizza}', store='?x')} }}",
    ),
    (
        "What is sold at Korbmarkt Bonn Hauptbahnhof?",
        "2hop",
        "SELECT ?x WHERE { ?o schema:availableAtOrFrom {Korbmarkt Bonn Hauptbahnhof} ; schema:itemOffered ?x }",
    ),
    (
        "Which allergens does Brightfield Oat & Raisin Cookies contain?",
        "2hop",
        f"SELECT ?x WHERE {{ {ALLERGEN('{Brightfield Oat & Raisin Cookies}', CONTAINS)} }}",
    ),
    (
        "what allergens may Alpenkorn Crunchy Oat Granola Honey contain?",
        "2hop",
        f"SELECT ?x WHERE {{ {ALLERGEN('{Alpenkorn Crunchy Oat Granola Honey}', MAY)} }}",
    ),
    (
        "What is the packaging material of Dutch Spring Still Mineral Water?",
        "2hop",
        "SELECT ?x WHERE { {Dutch Spring Still Mineral Water} gs1:packaging/gs1:packagingMaterial/gs1:packagingMaterialType ?x }",
    ),
    (
        "Which products are gluten free?",
        "2hop",
        "SELECT ?x WHERE { ?x gs1:nutritionalClaim [ gs1:nutritionalClaimTypeCode gs1:NutritionalClaimTypeCode-FREE_FROM ; gs1:nutritionalClaimNutrientElementCode gs1:NutritionalClaimNutrientElementCode-GLUTEN ] }",
    ),
    (
        "how many stores sell Korb Basics Porridge Oats?",
        "2hop",
        f"SELECT (COUNT(DISTINCT ?s) AS ?x) WHERE {{ {OFFER('{Korb Basics Porridge Oats}')} }}",
    ),
    # three hops
    (
        "what family is the category of Skyrlund Skyr Natural in?",
        "3hop",
        "SELECT ?x WHERE { {Skyrlund Skyr Natural} schema:category/skos:broader/skos:broader ?x }",
    ),
    (
        "which country is the company that owns the Tatranka brand in?",
        "3hop",
        "SELECT ?x WHERE { ?p gs1:brand {Tatranka} ; gs1:brandOwner/gs1:address/gs1:addressCountry ?x }",
    ),
    # conjunctions
    (
        "What does Korbmarkt Düsseldorf Altstadt charge for Alpenkorn Classic Muesli?",
        "conjunction",
        f"SELECT ?x WHERE {{ {OFFER('{Alpenkorn Classic Muesli}', '{Korbmarkt Düsseldorf Altstadt}', '?x')} }}",
    ),
    (
        "which Nonna Gina products contain eggs?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x gs1:brand {{Nonna Gina}} . {ALLERGEN('?x', CONTAINS, '{Eggs and products thereof}')} }}",
    ),
    (
        "Which vegan products come from Italy?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x gs1:countryOfOrigin {{Italy}} . {DIET('?x', 'VEGAN')} }}",
    ),
    (
        "which organic products are made in France",
        "conjunction",
        'SELECT ?x WHERE { ?x gs1:countryOfOrigin {France} ; gs1:certificationInfo/gs1:certificationStandard "EU Organic" }',
    ),
    (
        "Which Hollanda Dranken products contain gluten?",
        "conjunction",
        f"SELECT ?x WHERE {{ ?x gs1:brandOwner {{Hollanda Dranken B.V.}} . {ALLERGEN('?x', CONTAINS, '{Cereals containing gluten}')} }}",
    ),
    # synonyms
    (
        "who is the manufacturer of Haverly Oat Drink Barista?",
        "synonym",
        "SELECT ?x WHERE { {Haverly Oat Drink Barista} gs1:brandOwner ?x }",
    ),
    (
        "how heavy is a bag of Vallès Salted Peanuts?",
        "synonym",
        "SELECT ?x WHERE { {Vallès Salted Peanuts} gs1:netContent/gs1:value ?x }",
    ),
    (
        "what's the fat content of nordhavn salted butter per 100 grams",
        "synonym",
        f"SELECT ?x WHERE {{ {NUTRIENT('{Nordhavn Salted Butter}', 'fatPerNutrientBasis')} }}",
    ),
    (
        "How long does Skyrlund Skyr Vanilla keep?",
        "synonym",
        "SELECT ?x WHERE { {Skyrlund Skyr Vanilla} kmx:shelfLifeDays ?x }",
    ),
    (
        "what's the dietary fibre in Knusperhof Corn Flakes?",
        "synonym",
        f"SELECT ?x WHERE {{ {NUTRIENT('{Knusperhof Corn Flakes}', 'fibrePerNutrientBasis')} }}",
    ),
    (
        "Which certification body approved Cascina Verde Organic Minestrone?",
        "synonym",
        "SELECT ?x WHERE { {Cascina Verde Organic Minestrone} gs1:certificationInfo/gs1:certificationAgency ?x }",
    ),
    # typos
    (
        "who makes nordhavn semi skimmed milk",
        "typo",
        "SELECT ?x WHERE { {Nordhavn Semi-Skimmed Milk} gs1:brandOwner ?x }",
    ),
    (
        "what brand is vales almendras tostadas",
        "typo",
        "SELECT ?x WHERE { {Vallès Almendras tostadas} gs1:brand ?x }",
    ),
    (
        "how much sugar in the petit lacomb apple and banana pouch",
        "typo",
        f"SELECT ?x WHERE {{ {NUTRIENT('{Petit Lacombe Apple & Banana Pouch}', 'sugarsPerNutrientBasis')} }}",
    ),
    (
        "ingredients of alpenkron classic muesli",
        "typo",
        "SELECT ?x WHERE { {Alpenkorn Classic Muesli} gs1:ingredientStatement ?x }",
    ),
    (
        "whats the country of orgin for crunchers salt and vinegar crisps",
        "typo",
        "SELECT ?x WHERE { {Crunchers Salt & Vinegar Crisps} gs1:countryOfOrigin ?x }",
    ),
    # aliases (another language's name, a code)
    (
        "What's the price of Korb Basics Zarte Haferflocken?",
        "alias",
        f"SELECT ?x WHERE {{ {OFFER('{Korb Basics Zarte Haferflocken}', price='?x')} }}",
    ),
    (
        "who owns the brand of Jonge Gouda plakken?",
        "alias",
        "SELECT ?x WHERE { {Jonge Gouda plakken} gs1:brandOwner ?x }",
    ),
    (
        "Which products does Tatra Mill make?",
        "alias",
        "SELECT ?x WHERE { ?x gs1:brandOwner {Tatra Mill} }",
    ),
    (
        "what's the storage advice for Nordhavn Økologisk Sødmælk",
        "alias",
        "SELECT ?x WHERE { {Nordhavn Økologisk Sødmælk} gs1:consumerStorageInstructions ?x }",
    ),
    (
        "What is the brand of GTIN 08712345200022?",
        "alias",
        'SELECT ?x WHERE { ?p gs1:gtin "08712345200022" ; gs1:brand ?x }',
    ),
    (
        "What is Lacombe Baby Foods' GLN?",
        "alias",
        "SELECT ?x WHERE { {Lacombe Baby Foods} gs1:globalLocationNumber ?x }",
    ),
    # unanswerable (near relations the data lacks)
    ("What is the price of Petit Lacombe Follow-on Milk 2?", "unanswerable", None),
    ("how much vitamin D is in Nordhavn Organic Whole Milk?", "unanswerable", None),
    ("Who is the CEO of Alpenkorn GmbH?", "unanswerable", None),
    ("when was Brightfield Foods Ltd founded?", "unanswerable", None),
    ("What is the carbon footprint of Dutch Spring Still Mineral Water?", "unanswerable", None),
    ("how many calories does Dutch Spring Still Mineral Water have?", "unanswerable", None),
    ("Which store sells Skyrlund Skyr Vanilla?", "unanswerable", None),
]

CONVERSATIONS = [
    (
        "groceries-b58-01",
        [
            (
                "Who makes Knusperhof Chocolate Pillows?",
                "start",
                "SELECT ?x WHERE { {Knusperhof Chocolate Pillows} gs1:brandOwner ?x }",
            ),
            (
                "And Tatranka Pohánkové vločky?",
                "and_x",
                "SELECT ?x WHERE { {Tatranka Pohánkové vločky} gs1:brandOwner ?x }",
            ),
            (
                "What is its GLN?",
                "pronoun_answer",
                "SELECT ?x WHERE { {Tatra Mill} gs1:globalLocationNumber ?x }",
            ),
        ],
    ),
    (
        "groceries-b58-02",
        [
            (
                "What allergens does Nonna Gina Lasagne Bolognese contain?",
                "start",
                f"SELECT ?x WHERE {{ {ALLERGEN('{Nonna Gina Lasagne Bolognese}', CONTAINS)} }}",
            ),
            (
                "And Nonna Gina Margherita Pizza?",
                "and_x",
                f"SELECT ?x WHERE {{ {ALLERGEN('{Nonna Gina Margherita Pizza}', CONTAINS)} }}",
            ),
            (
                "How long is its shelf life?",
                "pronoun_topic",
                "SELECT ?x WHERE { {Nonna Gina Margherita Pizza} kmx:shelfLifeDays ?x }",
            ),
        ],
    ),
    (
        "groceries-b58-03",
        [
            (
                "Which products come from Spain?",
                "start",
                "SELECT ?x WHERE { ?x gs1:countryOfOrigin {Spain} }",
            ),
            (
                "Which brand are they?",
                "they_list",
                "SELECT ?x WHERE { ?p gs1:countryOfOrigin {Spain} ; gs1:brand ?x }",
            ),
            (
                "What about Norway?",
                "what_about",
                "SELECT ?x WHERE { ?x gs1:countryOfOrigin {Norway} }",
            ),
        ],
    ),
]

NAME_PROPS = (
    GS1.productName,
    GS1.gtin,
    GS1.brandName,
    GS1.organizationName,
    GS1.globalLocationNumber,
    S.name,
    GS1.countryCode,
    SKOS.prefLabel,
    SKOS.notation,
    RDFS.label,
)


def names(g: Graph, x: object) -> set[str]:
    """A literal's lexical form; a node's names (``NAME_PROPS``); an unlabelled GS1 code by its
    local name and the code after the dash."""
    if isinstance(x, Literal):
        return {str(x)}
    found = {str(n) for p in NAME_PROPS for n in g.objects(x, p)}
    if not found and isinstance(x, URIRef) and str(x).startswith(str(GS1)):
        local = str(x)[len(str(GS1)) :]
        found = {local, local.partition("-")[2]}
    assert found, x
    return found


def answers_of_for(g: Graph):
    def find(m):
        return {s for p in NAME_PROPS for s in g.subjects(p, Literal(m[1]))} | {
            s for p in NAME_PROPS for s, o in g.subject_objects(p) if str(o) == m[1]
        }

    def answers_of(query: str) -> set[str]:
        out: set[str] = set()
        for row in g.query(PRE + named_iris(query, find)):
            out |= names(g, row[0])
        return out

    return answers_of


def main() -> None:
    rdflib.NORMALIZE_LITERALS = False  # answers are lexical forms as published ("750", "2.29")
    g = Graph()
    g.parse(HERE / "groceries.jsonld", format="json-ld")
    answers_of = answers_of_for(g)
    if "--conversations" in sys.argv:
        print_conversations("groceries", CONVERSATIONS, answers_of)
    else:
        write_answers(HERE / "groceries.jsonl", QUESTIONS, answers_of)


if __name__ == "__main__":
    main()
