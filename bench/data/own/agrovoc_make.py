# ruff: noqa: E501  (one concept a line)
"""Write ``agrovoc.nt.gz``: a slice of an agricultural multilingual thesaurus shaped as FAO's
AGROVOC publishes it (the LOD dump, gzipped N-Triples).

The shape follows the AGROVOC LOD release (http://aims.fao.org/aos/agrovoc, the Agrontology at
http://aims.fao.org/aos/agrontology):

* ``skos:Concept`` nodes with opaque IRIs (``agrovoc:c_12332``), ``skos:inScheme`` the scheme,
  ``dcterms:created`` / ``dcterms:modified`` (``xsd:dateTime``); the scheme states
  ``skos:hasTopConcept`` and each top concept ``skos:topConceptOf``;
* names only as SKOS-XL: ``skosxl:prefLabel`` / ``skosxl:altLabel`` -> ``skosxl:Label`` nodes
  (``agrovoc:xl_en_1299487482038``) with one ``skosxl:literalForm`` in English, French, Spanish
  and (for most) Chinese, their own ``dcterms:created``; no plain ``skos:prefLabel`` on concepts.
  Taxa are named by their Latin name in every language, as AGROVOC does; common names of pests
  are English alternative labels;
* ``skos:broader`` and ``skos:narrower`` both stated, ``skos:related`` both ways;
* Agrontology object properties between concepts: ``hasPest`` (its inverse ``isPestOf`` stated
  for only some pairs), ``produces`` / ``isProducedBy`` (both), ``isUsedAs``, ``causes`` /
  ``isCausedBy`` (both), ``hasSymptom``, ``isVectorOf``, ``includes`` (one direction only); some
  declared as ``owl:ObjectProperty`` with an ``rdfs:label``, the rest used undeclared;
* ``skos:scopeNote`` as plain literals; ``skos:definition`` as reified notes
  (``agrovoc:xDef_...`` with ``rdf:value`` and ``dcterms:source``), as AGROVOC has them;
* ``skos:exactMatch`` / ``skos:closeMatch`` to other schemes (Wikidata, DBpedia, NALT, GEMET):
  bare IRIs, no labels.

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/agrovoc_make.py``.
"""

from __future__ import annotations

import gzip
import random
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

AGROVOC = "http://aims.fao.org/aos/agrovoc/"
AGRONT = Namespace("http://aims.fao.org/aos/agrontology#")
SKOSXL = Namespace("http://www.w3.org/2008/05/skos-xl#")
SCHEME = URIRef("http://aims.fao.org/aos/agrovoc")
HERE = Path(__file__).parent

# key: (en, fr, es, zh or None, {lang: [alt labels]}, broader keys)
# Latin names ("L" in fr/es/zh): the same form in every language.
L = None
CONCEPTS: dict[str, tuple] = {
    # top concepts and upper groups
    "organisms": ("organisms", "organisme", "organismos", "生物", {}, []),
    "products": ("products", "produit", "productos", "产品", {}, []),
    "phenomena": ("phenomena", "phénomène", "fenómenos", "现象", {}, []),
    "groups": ("groups", "groupe", "grupos", "组", {}, []),
    "plants": ("plants", "plante", "plantas", "植物", {"en": ["flora"]}, ["organisms"]),
    "animals": ("animals", "animal", "animales", "动物", {"en": ["fauna"]}, ["organisms"]),
    "microorganisms": (
        "microorganisms",
        "micro-organisme",
        "microorganismos",
        "微生物",
        {"en": ["microbes"]},
        ["organisms"],
    ),
    "fungi": ("fungi", "champignon", "hongos", "真菌", {"en": ["mycota"]}, ["microorganisms"]),
    "viruses": ("viruses", "virus", "virus", "病毒", {}, ["microorganisms"]),
    "bacteria": ("bacteria", "bactérie", "bacterias", "细菌", {}, ["microorganisms"]),
    "oomycetes": ("Oomycetes", L, L, L, {"en": ["water moulds"]}, ["microorganisms"]),
    "invertebrates": (
        "invertebrates",
        "invertébré",
        "invertebrados",
        "无脊椎动物",
        {},
        ["animals"],
    ),
    "insecta": ("Insecta", L, L, L, {"en": ["insects"]}, ["invertebrates"]),
    "arachnida": ("Arachnida", L, L, L, {"en": ["arachnids"]}, ["invertebrates"]),
    "plant_products": (
        "plant products",
        "produit d'origine végétale",
        "productos de origen vegetal",
        "植物产品",
        {},
        ["products"],
    ),
    "plant_diseases": (
        "plant diseases",
        "maladie des plantes",
        "enfermedades de las plantas",
        "植物病害",
        {"en": ["phytopathology"]},
        ["phenomena"],
    ),
    "fungal_diseases": (
        "fungal diseases",
        "maladie fongique",
        "enfermedades fungosas",
        "真菌病",
        {"en": ["mycoses"]},
        ["plant_diseases"],
    ),
    "viral_diseases": (
        "viral diseases",
        "maladie virale",
        "enfermedades virales",
        "病毒病",
        {"en": ["virus diseases"]},
        ["plant_diseases"],
    ),
    "bacterial_diseases": (
        "bacterial diseases",
        "maladie bactérienne",
        "enfermedades bacterianas",
        "细菌病",
        {},
        ["plant_diseases"],
    ),
    "symptoms": ("symptoms", "symptôme", "síntomas", "症状", {}, ["phenomena"]),
    "crops": ("crops", "culture", "cultivos", "作物", {}, ["groups"]),
    # crops by use (the objects of isUsedAs)
    "food_crops": (
        "food crops",
        "culture vivrière",
        "cultivos alimenticios",
        "粮食作物",
        {},
        ["crops"],
    ),
    "fodder_crops": (
        "fodder crops",
        "plante fourragère",
        "cultivos forrajeros",
        "饲料作物",
        {"en": ["forage crops", "feed crops"]},
        ["crops"],
    ),
    "energy_crops": (
        "energy crops",
        "culture énergétique",
        "cultivos energéticos",
        "能源作物",
        {"en": ["biofuel crops"]},
        ["crops"],
    ),
    "oil_crops": (
        "oil crops",
        "plante oléagineuse",
        "cultivos oleaginosos",
        "油料作物",
        {"en": ["oil plants"]},
        ["crops"],
    ),
    "fibre_plants": (
        "fibre plants",
        "plante à fibres",
        "plantas textiles",
        "纤维植物",
        {"en": ["fiber plants"]},
        ["crops"],
    ),
    "medicinal_plants": (
        "medicinal plants",
        "plante médicinale",
        "plantas medicinales",
        "药用植物",
        {"en": ["herbal plants"]},
        ["crops"],
    ),
    "pesticidal_plants": (
        "pesticidal plants",
        "plante pesticide",
        "plantas plaguicidas",
        "杀虫植物",
        {},
        ["crops"],
    ),
    "beverage_crops": (
        "stimulant plants",
        "plante stimulante",
        "plantas estimulantes",
        "刺激性植物",
        {},
        ["crops"],
    ),
    "cover_crops": (
        "cover crops",
        "plante de couverture",
        "cultivos de cobertura",
        "覆盖作物",
        {},
        ["crops"],
    ),
    "green_manures": ("green manures", "engrais vert", "abonos verdes", "绿肥", {}, ["crops"]),
    "cash_crops": (
        "cash crops",
        "culture de rente",
        "cultivos comerciales",
        "经济作物",
        {},
        ["crops"],
    ),
    "staple_foods": (
        "staple foods",
        "aliment de base",
        "alimentos básicos",
        "主食",
        {},
        ["groups"],
    ),
    # product groups
    "cereals": (
        "cereals",
        "céréale",
        "cereales",
        "谷物",
        {"en": ["grain crops"]},
        ["plant_products"],
    ),
    "root_tubers": (
        "root and tuber crops",
        "plante à racines et tubercules",
        "raíces y tubérculos",
        "根茎类作物",
        {"en": ["tubers"]},
        ["plant_products"],
    ),
    "vegetables": ("vegetables", "légume", "hortalizas", "蔬菜", {}, ["plant_products"]),
    "fruits": ("fruits", "fruit", "frutas", "水果", {}, ["plant_products"]),
    "stimulants": ("stimulants", "stimulant", "estimulantes", "兴奋剂", {}, ["plant_products"]),
    "oilseeds": (
        "oilseeds",
        "graine oléagineuse",
        "semillas oleaginosas",
        "油籽",
        {"en": ["oil seeds"]},
        ["plant_products"],
    ),
    "vegetable_oils": (
        "vegetable oils",
        "huile végétale",
        "aceites vegetales",
        "植物油",
        {},
        ["plant_products"],
    ),
    "pulses": (
        "pulses",
        "légumineuse à grain",
        "legumbres",
        "豆类",
        {"en": ["grain legumes"]},
        ["plant_products"],
    ),
    "plant_fibres": (
        "plant fibres",
        "fibre végétale",
        "fibras vegetales",
        "植物纤维",
        {"en": ["vegetable fibres"]},
        ["plant_products"],
    ),
    "sweeteners": ("sweeteners", "édulcorant", "edulcorantes", "甜味剂", {}, ["plant_products"]),
    "latex": ("latex", "latex", "látex", "胶乳", {}, ["plant_products"]),
    # products
    "maize": (
        "maize",
        "maïs",
        "maíz",
        "玉米",
        {"en": ["corn", "Indian corn"], "es": ["choclo"]},
        ["cereals"],
    ),
    "wheat": (
        "wheat",
        "blé",
        "trigo",
        "小麦",
        {"en": ["bread wheat"], "fr": ["froment"]},
        ["cereals"],
    ),
    "rice": ("rice", "riz", "arroz", "稻米", {"en": ["paddy"]}, ["cereals"]),
    "sorghum_grain": (
        "sorghum grain",
        "sorgho grain",
        "sorgo en grano",
        "高粱米",
        {"en": ["milo"]},
        ["cereals"],
    ),
    "barley": ("barley", "orge", "cebada", "大麦", {}, ["cereals"]),
    "potatoes": (
        "potatoes",
        "pomme de terre",
        "papa",
        "马铃薯",
        {"en": ["Irish potatoes"], "es": ["patata"]},
        ["root_tubers"],
    ),
    "cassava": (
        "cassava",
        "manioc",
        "yuca",
        "木薯",
        {"en": ["manioc", "tapioca plant"], "es": ["mandioca"]},
        ["root_tubers"],
    ),
    "sweet_potatoes": (
        "sweet potatoes",
        "patate douce",
        "batata",
        "甘薯",
        {"es": ["boniato"]},
        ["root_tubers"],
    ),
    "tomatoes": ("tomatoes", "tomate", "tomate", "番茄", {"es": ["jitomate"]}, ["vegetables"]),
    "sweet_peppers": (
        "sweet peppers",
        "poivron",
        "pimiento dulce",
        "甜椒",
        {"en": ["bell peppers", "capsicums"]},
        ["vegetables"],
    ),
    "common_beans": (
        "common beans",
        "haricot",
        "frijol",
        "菜豆",
        {"en": ["kidney beans"], "es": ["judía"]},
        ["pulses"],
    ),
    "coffee_beans": (
        "coffee beans",
        "grain de café",
        "granos de café",
        "咖啡豆",
        {"en": ["green coffee"]},
        ["stimulants"],
    ),
    "cocoa_beans": (
        "cocoa beans",
        "fève de cacao",
        "habas de cacao",
        "可可豆",
        {"en": ["cacao beans"]},
        ["stimulants"],
    ),
    "tea": ("tea", "thé", "té", "茶", {}, ["stimulants"]),
    "bananas": ("bananas", "banane", "banano", "香蕉", {"es": ["plátano"]}, ["fruits"]),
    "grapes": ("grapes", "raisin", "uva", "葡萄", {}, ["fruits"]),
    "apples": ("apples", "pomme", "manzana", "苹果", {}, ["fruits"]),
    "coconuts": ("coconuts", "noix de coco", "coco", "椰子", {}, ["fruits"]),
    "olives": ("olives", "olive", "aceituna", "橄榄", {}, ["fruits"]),
    "soybeans": (
        "soybeans",
        "soja",
        "soya",
        "大豆",
        {"en": ["soya beans", "soyabeans"], "es": ["soja"]},
        ["oilseeds", "pulses"],
    ),
    "groundnuts": (
        "groundnuts",
        "arachide",
        "maní",
        "花生",
        {"en": ["peanuts"], "es": ["cacahuete"]},
        ["oilseeds"],
    ),
    "rapeseed": (
        "rapeseed",
        "colza",
        "colza",
        "油菜籽",
        {"en": ["canola", "oilseed rape"]},
        ["oilseeds"],
    ),
    "sunflower_seeds": (
        "sunflower seeds",
        "graine de tournesol",
        "semillas de girasol",
        "葵花籽",
        {},
        ["oilseeds"],
    ),
    "copra": ("copra", "coprah", "copra", "椰干", {}, ["oilseeds"]),
    "palm_oil": ("palm oil", "huile de palme", "aceite de palma", "棕榈油", {}, ["vegetable_oils"]),
    "olive_oil": (
        "olive oil",
        "huile d'olive",
        "aceite de oliva",
        "橄榄油",
        {},
        ["vegetable_oils"],
    ),
    "neem_oil": ("neem oil", "huile de neem", "aceite de neem", "印楝油", {}, ["vegetable_oils"]),
    "cotton": ("cotton", "coton", "algodón", "棉花", {"en": ["cotton lint"]}, ["plant_fibres"]),
    "cane_sugar": ("cane sugar", "sucre de canne", "azúcar de caña", "蔗糖", {}, ["sweeteners"]),
    "natural_rubber": (
        "natural rubber",
        "caoutchouc naturel",
        "caucho natural",
        "天然橡胶",
        {},
        ["latex"],
    ),
    # symptoms
    "wilting": ("wilting", "flétrissement", "marchitez", "萎蔫", {"en": ["wilt"]}, ["symptoms"]),
    "chlorosis": ("chlorosis", "chlorose", "clorosis", "黄化", {"en": ["yellowing"]}, ["symptoms"]),
    "necrosis": ("necrosis", "nécrose", "necrosis", "坏死", {}, ["symptoms"]),
    "leaf_spots": ("leaf spots", "tache foliaire", "manchas foliares", "叶斑", {}, ["symptoms"]),
    "stunting": (
        "stunting",
        "rabougrissement",
        "enanismo",
        "矮化",
        {"en": ["dwarfing"]},
        ["symptoms"],
    ),
    "mosaic": ("mosaic", "mosaïque", "mosaico", "花叶", {}, ["symptoms"]),
    "defoliation": (
        "defoliation",
        "défoliation",
        "defoliación",
        "落叶",
        {"en": ["leaf fall"]},
        ["symptoms"],
    ),
    "rots": ("rots", "pourriture", "podredumbres", "腐烂", {"en": ["rotting"]}, ["symptoms"]),
    "pustules": ("pustules", "pustule", "pústulas", "脓疱", {}, ["symptoms"]),
    "lesions": ("lesions", "lésion", "lesiones", "病斑", {}, ["symptoms"]),
    # diseases
    "late_blight": (
        "late blight",
        "mildiou de la pomme de terre",
        "tizón tardío",
        "晚疫病",
        {"en": ["potato blight"]},
        ["fungal_diseases"],
    ),
    "rice_blast": (
        "rice blast",
        "pyriculariose du riz",
        "piricularia del arroz",
        "稻瘟病",
        {"en": ["blast of rice"]},
        ["fungal_diseases"],
    ),
    "stem_rust": (
        "stem rust",
        "rouille noire",
        "roya del tallo",
        "秆锈病",
        {"en": ["black rust"]},
        ["fungal_diseases"],
    ),
    "coffee_leaf_rust": (
        "coffee leaf rust",
        "rouille orangée du caféier",
        "roya del cafeto",
        "咖啡锈病",
        {},
        ["fungal_diseases"],
    ),
    "panama_disease": (
        "Panama disease",
        "maladie de Panama",
        "mal de Panamá",
        "香蕉枯萎病",
        {"en": ["Fusarium wilt of banana"]},
        ["fungal_diseases"],
    ),
    "fhb": (
        "Fusarium head blight",
        "fusariose de l'épi",
        "fusariosis de la espiga",
        "赤霉病",
        {"en": ["scab of wheat"]},
        ["fungal_diseases"],
    ),
    "black_pod": (
        "black pod disease",
        "pourriture brune des cabosses",
        "mazorca negra",
        "黑荚病",
        {},
        ["fungal_diseases"],
    ),
    "powdery_mildew_grape": (
        "grapevine powdery mildew",
        "oïdium de la vigne",
        "oídio de la vid",
        "葡萄白粉病",
        {},
        ["fungal_diseases"],
    ),
    "apple_scab": (
        "apple scab",
        "tavelure du pommier",
        "sarna del manzano",
        "苹果黑星病",
        {},
        ["fungal_diseases"],
    ),
    "cmd": (
        "cassava mosaic disease",
        "mosaïque africaine du manioc",
        "mosaico de la yuca",
        "木薯花叶病",
        {},
        ["viral_diseases"],
    ),
    "bbtd": (
        "banana bunchy top",
        "bunchy top du bananier",
        "cogollo racimoso del banano",
        "香蕉束顶病",
        {},
        ["viral_diseases"],
    ),
    "mln": (
        "maize lethal necrosis",
        "nécrose létale du maïs",
        "necrosis letal del maíz",
        "玉米致死性坏死病",
        {},
        ["viral_diseases"],
    ),
    "bacterial_wilt": (
        "bacterial wilt",
        "flétrissement bactérien",
        "marchitez bacteriana",
        "青枯病",
        {"en": ["brown rot of potato"]},
        ["bacterial_diseases"],
    ),
    # pathogens
    "phytophthora_infestans": ("Phytophthora infestans", L, L, L, {}, ["oomycetes"]),
    "phytophthora_palmivora": ("Phytophthora palmivora", L, L, L, {}, ["oomycetes"]),
    "magnaporthe_oryzae": (
        "Magnaporthe oryzae",
        L,
        L,
        L,
        {"en": ["Pyricularia oryzae"]},
        ["fungi"],
    ),
    "puccinia_graminis": ("Puccinia graminis", L, L, L, {}, ["fungi"]),
    "hemileia_vastatrix": ("Hemileia vastatrix", L, L, L, {}, ["fungi"]),
    "foc": ("Fusarium oxysporum f. sp. cubense", L, L, L, {}, ["fungi"]),
    "fusarium_graminearum": (
        "Fusarium graminearum",
        L,
        L,
        L,
        {"en": ["Gibberella zeae"]},
        ["fungi"],
    ),
    "erysiphe_necator": ("Erysiphe necator", L, L, L, {"en": ["Uncinula necator"]}, ["fungi"]),
    "venturia_inaequalis": ("Venturia inaequalis", L, L, L, {}, ["fungi"]),
    "acmv": ("African cassava mosaic virus", L, L, L, {"en": ["ACMV"]}, ["viruses"]),
    "bbtv": ("Banana bunchy top virus", L, L, L, {"en": ["BBTV"]}, ["viruses"]),
    "mcmv": ("Maize chlorotic mottle virus", L, L, L, {"en": ["MCMV"]}, ["viruses"]),
    "ralstonia": (
        "Ralstonia solanacearum",
        L,
        L,
        L,
        {"en": ["Pseudomonas solanacearum"]},
        ["bacteria"],
    ),
}

# plant taxa: species -> genus -> family -> order -> plants
PLANT_ORDERS = [
    "Poales",
    "Solanales",
    "Gentianales",
    "Malvales",
    "Zingiberales",
    "Malpighiales",
    "Fabales",
    "Ericales",
    "Arecales",
    "Vitales",
    "Rosales",
    "Lamiales",
    "Sapindales",
    "Brassicales",
    "Asterales",
]
PLANT_FAMILIES = {
    "Poaceae": "Poales",
    "Solanaceae": "Solanales",
    "Convolvulaceae": "Solanales",
    "Rubiaceae": "Gentianales",
    "Malvaceae": "Malvales",
    "Musaceae": "Zingiberales",
    "Euphorbiaceae": "Malpighiales",
    "Fabaceae": "Fabales",
    "Theaceae": "Ericales",
    "Arecaceae": "Arecales",
    "Vitaceae": "Vitales",
    "Rosaceae": "Rosales",
    "Oleaceae": "Lamiales",
    "Meliaceae": "Sapindales",
    "Moringaceae": "Brassicales",
    "Brassicaceae": "Brassicales",
    "Asteraceae": "Asterales",
}
# species: family, products, uses
PLANTS = {
    "Zea mays": ("Poaceae", ["maize"], ["food_crops", "fodder_crops", "energy_crops"]),
    "Triticum aestivum": ("Poaceae", ["wheat"], ["food_crops"]),
    "Oryza sativa": ("Poaceae", ["rice"], ["food_crops"]),
    "Sorghum bicolor": (
        "Poaceae",
        ["sorghum_grain"],
        ["food_crops", "fodder_crops", "energy_crops"],
    ),
    "Hordeum vulgare": ("Poaceae", ["barley"], ["food_crops", "fodder_crops"]),
    "Saccharum officinarum": ("Poaceae", ["cane_sugar"], ["energy_crops", "cash_crops"]),
    "Solanum tuberosum": ("Solanaceae", ["potatoes"], ["food_crops"]),
    "Solanum lycopersicum": ("Solanaceae", ["tomatoes"], ["food_crops"]),
    "Capsicum annuum": ("Solanaceae", ["sweet_peppers"], ["food_crops"]),
    "Ipomoea batatas": ("Convolvulaceae", ["sweet_potatoes"], ["food_crops", "fodder_crops"]),
    "Coffea arabica": ("Rubiaceae", ["coffee_beans"], ["beverage_crops", "cash_crops"]),
    "Theobroma cacao": ("Malvaceae", ["cocoa_beans"], ["beverage_crops", "cash_crops"]),
    "Gossypium hirsutum": ("Malvaceae", ["cotton"], ["fibre_plants", "oil_crops", "cash_crops"]),
    "Musa acuminata": ("Musaceae", ["bananas"], ["food_crops"]),
    "Manihot esculenta": ("Euphorbiaceae", ["cassava"], ["food_crops", "fodder_crops"]),
    "Hevea brasiliensis": ("Euphorbiaceae", ["natural_rubber"], ["cash_crops"]),
    "Jatropha curcas": ("Euphorbiaceae", [], ["energy_crops", "medicinal_plants"]),
    "Glycine max": ("Fabaceae", ["soybeans"], ["oil_crops", "food_crops", "fodder_crops"]),
    "Arachis hypogaea": ("Fabaceae", ["groundnuts"], ["oil_crops", "food_crops"]),
    "Phaseolus vulgaris": ("Fabaceae", ["common_beans"], ["food_crops"]),
    "Medicago sativa": ("Fabaceae", [], ["fodder_crops", "green_manures"]),
    "Leucaena leucocephala": ("Fabaceae", [], ["fodder_crops", "green_manures", "cover_crops"]),
    "Mucuna pruriens": ("Fabaceae", [], ["cover_crops", "green_manures", "medicinal_plants"]),
    "Camellia sinensis": ("Theaceae", ["tea"], ["beverage_crops", "cash_crops"]),
    "Elaeis guineensis": ("Arecaceae", ["palm_oil"], ["oil_crops", "cash_crops"]),
    "Cocos nucifera": ("Arecaceae", ["coconuts", "copra"], ["oil_crops", "food_crops"]),
    "Vitis vinifera": ("Vitaceae", ["grapes"], ["food_crops"]),
    "Malus domestica": ("Rosaceae", ["apples"], ["food_crops"]),
    "Olea europaea": ("Oleaceae", ["olives", "olive_oil"], ["oil_crops"]),
    "Azadirachta indica": ("Meliaceae", ["neem_oil"], ["pesticidal_plants", "medicinal_plants"]),
    "Moringa oleifera": ("Moringaceae", [], ["medicinal_plants", "food_crops"]),
    "Brassica napus": ("Brassicaceae", ["rapeseed"], ["oil_crops", "fodder_crops"]),
    "Helianthus annuus": ("Asteraceae", ["sunflower_seeds"], ["oil_crops"]),
    "Tephrosia vogelii": ("Fabaceae", [], ["pesticidal_plants", "green_manures"]),
}
# arthropod pests: species -> (family, common names, host species)
ARTHROPOD_ORDERS = {
    "Lepidoptera": "insecta",
    "Coleoptera": "insecta",
    "Hemiptera": "insecta",
    "Orthoptera": "insecta",
    "Diptera": "insecta",
    "Trombidiformes": "arachnida",
}
ARTHROPOD_FAMILIES = {
    "Crambidae": "Lepidoptera",
    "Noctuidae": "Lepidoptera",
    "Gelechiidae": "Lepidoptera",
    "Tortricidae": "Lepidoptera",
    "Pyralidae": "Lepidoptera",
    "Gracillariidae": "Lepidoptera",
    "Curculionidae": "Coleoptera",
    "Chrysomelidae": "Coleoptera",
    "Dryophthoridae": "Coleoptera",
    "Scarabaeidae": "Coleoptera",
    "Brentidae": "Coleoptera",
    "Nitidulidae": "Coleoptera",
    "Delphacidae": "Hemiptera",
    "Aleyrodidae": "Hemiptera",
    "Pseudococcidae": "Hemiptera",
    "Aphididae": "Hemiptera",
    "Miridae": "Hemiptera",
    "Phylloxeridae": "Hemiptera",
    "Acrididae": "Orthoptera",
    "Tephritidae": "Diptera",
    "Tetranychidae": "Trombidiformes",
}
PESTS = {
    "Ostrinia nubilalis": ("Crambidae", ["European corn borer"], ["Zea mays", "Capsicum annuum"]),
    "Spodoptera frugiperda": (
        "Noctuidae",
        ["fall armyworm"],
        ["Zea mays", "Sorghum bicolor", "Oryza sativa", "Gossypium hirsutum"],
    ),
    "Busseola fusca": ("Noctuidae", ["maize stalk borer"], ["Zea mays", "Sorghum bicolor"]),
    "Sitophilus zeamais": ("Dryophthoridae", ["maize weevil"], ["Zea mays"]),
    "Sitophilus oryzae": ("Dryophthoridae", ["rice weevil"], ["Oryza sativa", "Triticum aestivum"]),
    "Leptinotarsa decemlineata": (
        "Chrysomelidae",
        ["Colorado potato beetle"],
        ["Solanum tuberosum", "Solanum lycopersicum"],
    ),
    "Phthorimaea operculella": ("Gelechiidae", ["potato tuber moth"], ["Solanum tuberosum"]),
    "Tuta absoluta": ("Gelechiidae", ["tomato leafminer"], ["Solanum lycopersicum"]),
    "Hypothenemus hampei": ("Curculionidae", ["coffee berry borer"], ["Coffea arabica"]),
    "Nilaparvata lugens": ("Delphacidae", ["brown planthopper"], ["Oryza sativa"]),
    "Chilo suppressalis": ("Crambidae", ["striped rice stem borer"], ["Oryza sativa"]),
    "Helicoverpa armigera": (
        "Noctuidae",
        ["cotton bollworm", "corn earworm"],
        ["Gossypium hirsutum", "Solanum lycopersicum", "Glycine max", "Zea mays"],
    ),
    "Anthonomus grandis": ("Curculionidae", ["boll weevil"], ["Gossypium hirsutum"]),
    "Bemisia tabaci": (
        "Aleyrodidae",
        ["tobacco whitefly", "silverleaf whitefly"],
        ["Manihot esculenta", "Gossypium hirsutum", "Solanum lycopersicum"],
    ),
    "Phenacoccus manihoti": ("Pseudococcidae", ["cassava mealybug"], ["Manihot esculenta"]),
    "Mononychellus tanajoa": ("Tetranychidae", ["cassava green mite"], ["Manihot esculenta"]),
    "Cosmopolites sordidus": ("Dryophthoridae", ["banana weevil"], ["Musa acuminata"]),
    "Pentalonia nigronervosa": ("Aphididae", ["banana aphid"], ["Musa acuminata"]),
    "Aphis glycines": ("Aphididae", ["soybean aphid"], ["Glycine max"]),
    "Schistocerca gregaria": (
        "Acrididae",
        ["desert locust"],
        ["Triticum aestivum", "Sorghum bicolor", "Zea mays", "Hordeum vulgare"],
    ),
    "Eldana saccharina": ("Pyralidae", ["African sugarcane borer"], ["Saccharum officinarum"]),
    "Diatraea saccharalis": (
        "Crambidae",
        ["sugarcane borer"],
        ["Saccharum officinarum", "Zea mays"],
    ),
    "Cydia pomonella": ("Tortricidae", ["codling moth"], ["Malus domestica"]),
    "Rhynchophorus ferrugineus": (
        "Dryophthoridae",
        ["red palm weevil"],
        ["Cocos nucifera", "Elaeis guineensis"],
    ),
    "Oryctes rhinoceros": (
        "Scarabaeidae",
        ["coconut rhinoceros beetle"],
        ["Cocos nucifera", "Elaeis guineensis"],
    ),
    "Bactrocera oleae": ("Tephritidae", ["olive fruit fly"], ["Olea europaea"]),
    "Helopeltis theivora": ("Miridae", ["tea mosquito bug"], ["Camellia sinensis"]),
    "Sitobion avenae": (
        "Aphididae",
        ["English grain aphid"],
        ["Triticum aestivum", "Hordeum vulgare"],
    ),
    "Cylas formicarius": ("Brentidae", ["sweet potato weevil"], ["Ipomoea batatas"]),
    "Acanthoscelides obtectus": ("Chrysomelidae", ["bean weevil"], ["Phaseolus vulgaris"]),
    "Daktulosphaira vitifoliae": ("Phylloxeridae", ["grape phylloxera"], ["Vitis vinifera"]),
    "Brassicogethes aeneus": ("Nitidulidae", ["pollen beetle"], ["Brassica napus"]),
    "Conopomorpha cramerella": ("Gracillariidae", ["cocoa pod borer"], ["Theobroma cacao"]),
}
# pathogens that are also stated as pests of a host (hasPest), as the thesaurus does for some
PATHOGEN_HOSTS = {
    "phytophthora_infestans": ["Solanum tuberosum", "Solanum lycopersicum"],
    "ralstonia": ["Solanum tuberosum", "Solanum lycopersicum", "Musa acuminata"],
    "magnaporthe_oryzae": ["Oryza sativa"],
    "hemileia_vastatrix": ["Coffea arabica"],
    "foc": ["Musa acuminata"],
    "phytophthora_palmivora": ["Theobroma cacao"],
    "venturia_inaequalis": ["Malus domestica"],
    "acmv": ["Manihot esculenta"],
}
# disease: pathogens (causes / isCausedBy), symptoms (hasSymptom), related concepts
DISEASES = {
    "late_blight": (
        ["phytophthora_infestans"],
        ["necrosis", "leaf_spots", "rots"],
        ["potatoes", "tomatoes"],
    ),
    "rice_blast": (["magnaporthe_oryzae"], ["lesions", "leaf_spots", "necrosis"], ["rice"]),
    "stem_rust": (["puccinia_graminis"], ["pustules", "stunting"], ["wheat", "barley"]),
    "coffee_leaf_rust": (
        ["hemileia_vastatrix"],
        ["leaf_spots", "defoliation", "pustules"],
        ["coffee_beans"],
    ),
    "panama_disease": (["foc"], ["wilting", "chlorosis"], ["bananas"]),
    "fhb": (["fusarium_graminearum"], ["necrosis", "rots"], ["wheat", "barley", "maize"]),
    "black_pod": (["phytophthora_palmivora"], ["rots", "lesions"], ["cocoa_beans"]),
    "powdery_mildew_grape": (["erysiphe_necator"], ["leaf_spots", "defoliation"], ["grapes"]),
    "apple_scab": (["venturia_inaequalis"], ["lesions", "leaf_spots", "defoliation"], ["apples"]),
    "cmd": (["acmv"], ["mosaic", "chlorosis", "stunting"], ["cassava"]),
    "bbtd": (["bbtv"], ["chlorosis", "stunting"], ["bananas"]),
    "mln": (["mcmv"], ["necrosis", "chlorosis"], ["maize"]),
    "bacterial_wilt": (["ralstonia"], ["wilting", "stunting"], ["potatoes", "tomatoes", "bananas"]),
}
VECTORS = {"Bemisia tabaci": ["acmv"], "Pentalonia nigronervosa": ["bbtv"]}
INCLUDES = {
    "staple_foods": [
        "maize",
        "rice",
        "wheat",
        "cassava",
        "potatoes",
        "sweet_potatoes",
        "sorghum_grain",
    ],
    "cash_crops": ["coffee_beans", "cocoa_beans", "cotton", "natural_rubber", "tea", "palm_oil"],
}
SCOPE_NOTES = {
    "cash_crops": "Crops grown mainly for sale rather than for consumption on the farm.",
    "staple_foods": "Foods that make up the dominant part of a population's diet.",
    "maize": "Use for the grain; for the plant use Zea mays.",
    "cassava": "Use for the roots as a product; for the plant use Manihot esculenta.",
    "green_manures": "Crops grown to be ploughed into the soil while green.",
    "cover_crops": "Crops grown to protect the soil between main crops.",
    "wilting": "Loss of rigidity of leaves and stems from lack of water in the tissues.",
}
DEFINITIONS = {
    "chlorosis": "Yellowing of normally green plant tissue because of a lack of chlorophyll.",
    "necrosis": "Death of cells or tissues of a living plant, shown as brown or black areas.",
    "late_blight": "A destructive disease of potato and tomato that kills foliage and rots tubers.",
    "cassava": "The starchy tuberous roots of Manihot esculenta, eaten boiled or processed into flour.",
    "mosaic": "A pattern of light and dark green patches on leaves, typical of virus infection.",
    "stunting": "Growth of a plant markedly below its normal size.",
    "energy_crops": "Plants grown to make biofuels or to be burnt for energy.",
    "pulses": "Dry edible seeds of leguminous plants.",
}
DEF_SOURCES = [
    "https://en.wikipedia.org/",
    "https://www.fao.org/faoterm/",
    "https://www.cabidigitallibrary.org/",
]
# other schemes' IRIs (no labels), as the LOD release links them
MATCHES = {
    "maize": [
        ("exact", "http://www.wikidata.org/entity/Q11575"),
        ("exact", "http://dbpedia.org/resource/Maize"),
        ("close", "https://lod.nal.usda.gov/nalt/2286"),
    ],
    "wheat": [
        ("exact", "http://www.wikidata.org/entity/Q15645384"),
        ("close", "https://lod.nal.usda.gov/nalt/10178"),
    ],
    "rice": [
        ("exact", "http://www.wikidata.org/entity/Q5090"),
        ("close", "http://www.eionet.europa.eu/gemet/concept/7219"),
    ],
    "cassava": [
        ("exact", "http://www.wikidata.org/entity/Q43304555"),
        ("close", "https://lod.nal.usda.gov/nalt/1573"),
    ],
    "potatoes": [
        ("exact", "http://www.wikidata.org/entity/Q10998"),
        ("exact", "http://dbpedia.org/resource/Potato"),
    ],
    "Zea mays": [
        ("exact", "http://www.wikidata.org/entity/Q25618328"),
        ("exact", "https://www.gbif.org/species/5290052"),
    ],
    "Oryza sativa": [
        ("exact", "http://www.wikidata.org/entity/Q161426"),
        ("exact", "https://www.gbif.org/species/2703459"),
    ],
    "late_blight": [("exact", "http://www.wikidata.org/entity/Q1153606")],
    "wilting": [("close", "http://www.eionet.europa.eu/gemet/concept/9227")],
    "Bemisia tabaci": [("exact", "https://www.gbif.org/species/1177968")],
}
# properties the file declares (the rest are used undeclared)
DECLARED = {
    "hasPest": "has pest",
    "isPestOf": "is pest of",
    "produces": "produces",
    "isProducedBy": "is produced by",
    "isUsedAs": "is used as",
    "causes": "causes",
    "isCausedBy": "is caused by",
}


def main() -> None:
    rng = random.Random(2028)
    g = Graph()
    used: set[int] = {12332, 8504}
    iri: dict[str, URIRef] = {}

    def new_id(key: str) -> URIRef:
        fixed = {"maize": 12332, "Zea mays": 8504}
        n = fixed.get(key)
        while n is None or (n in used and key not in fixed):
            n = rng.randrange(1000, 40000)
        used.add(n)
        return URIRef(f"{AGROVOC}c_{n}")

    def stamp(node: URIRef, modified: bool) -> None:
        y = rng.randrange(2004, 2016)
        created = f"{y}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
        g.add((node, DCTERMS.created, Literal(created, datatype=XSD.dateTime, normalize=False)))
        if modified:
            m = f"{rng.randrange(y + 1, 2025)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
            g.add((node, DCTERMS.modified, Literal(m, datatype=XSD.dateTime, normalize=False)))

    def label(c: URIRef, link: URIRef, text: str, lang: str) -> None:
        lab = URIRef(f"{AGROVOC}xl_{lang}_{rng.randrange(10**12, 10**13)}")
        g.add((c, link, lab))
        g.add((lab, RDF.type, SKOSXL.Label))
        g.add((lab, SKOSXL.literalForm, Literal(text, lang=lang)))
        stamp(lab, rng.random() < 0.3)

    def concept(key: str, en: str, fr, es, zh, alts: dict[str, list[str]]) -> URIRef:
        c = new_id(key)
        iri[key] = c
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.inScheme, SCHEME))
        stamp(c, rng.random() < 0.7)
        latin = fr is None
        for lang, text in (("en", en), ("fr", fr), ("es", es), ("zh", zh)):
            if latin and lang == "zh" and rng.random() < 0.5:
                continue  # not every Latin name has a Chinese label
            label(c, SKOSXL.prefLabel, en if latin else text, lang)
        for lang, texts in alts.items():
            for t in texts:
                label(c, SKOSXL.altLabel, t, lang)
        return c

    def link(a: str, p: URIRef, b: str) -> None:
        g.add((iri[a], p, iri[b]))

    def broader(a: str, b: str) -> None:
        link(a, SKOS.broader, b)
        link(b, SKOS.narrower, a)

    # the scheme
    g.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    g.add((SCHEME, DCTERMS.title, Literal("AGROVOC Multilingual Thesaurus", lang="en")))
    g.add((SCHEME, RDFS.label, Literal("AGROVOC", lang="en")))
    for name, label_ in DECLARED.items():
        g.add((AGRONT[name], RDF.type, OWL.ObjectProperty))
        g.add((AGRONT[name], RDFS.label, Literal(label_, lang="en")))
    g.add((AGRONT.isPestOf, OWL.inverseOf, AGRONT.hasPest))

    for key, (en, fr, es, zh, alts, _) in CONCEPTS.items():
        concept(key, en, fr, es, zh, alts)
    for key, (*_, up) in CONCEPTS.items():
        for b in up:
            broader(key, b)
    for top in ("organisms", "products", "phenomena", "groups"):
        g.add((SCHEME, SKOS.hasTopConcept, iri[top]))
        g.add((iri[top], SKOS.topConceptOf, SCHEME))

    # plant taxonomy
    for o in PLANT_ORDERS:
        concept(o, o, L, L, L, {})
        broader(o, "plants")
    for f, o in PLANT_FAMILIES.items():
        concept(f, f, L, L, L, {})
        broader(f, o)
    for sp, (fam, products, uses) in PLANTS.items():
        genus = sp.split()[0]
        if genus not in iri:
            concept(genus, genus, L, L, L, {})
            broader(genus, fam)
        concept(sp, sp, L, L, L, {})
        broader(sp, genus)
        for p in products:
            link(sp, AGRONT.produces, p)
            link(p, AGRONT.isProducedBy, sp)
            g.add((iri[p], SKOS.related, iri[sp]))
            g.add((iri[sp], SKOS.related, iri[p]))
        for u in uses:
            link(sp, AGRONT.isUsedAs, u)

    # arthropods
    for o, cls in ARTHROPOD_ORDERS.items():
        concept(o, o, L, L, L, {})
        broader(o, cls)
    for f, o in ARTHROPOD_FAMILIES.items():
        concept(f, f, L, L, L, {})
        broader(f, o)
    for sp, (fam, common, hosts) in PESTS.items():
        genus = sp.split()[0]
        if genus not in iri:
            concept(genus, genus, L, L, L, {})
            broader(genus, fam)
        concept(sp, sp, L, L, L, {"en": common})
        broader(sp, genus)
        for h in hosts:
            link(h, AGRONT.hasPest, sp)
            if rng.random() < 0.5:  # the inverse is stated for some pairs only
                link(sp, AGRONT.isPestOf, h)
    for pathogen, hosts in PATHOGEN_HOSTS.items():
        for h in hosts:
            link(h, AGRONT.hasPest, pathogen)
    for disease, (pathogens, symptoms, related) in DISEASES.items():
        for p in pathogens:
            link(p, AGRONT.causes, disease)
            link(disease, AGRONT.isCausedBy, p)
        for s in symptoms:
            link(disease, AGRONT.hasSymptom, s)
        for r in related:
            g.add((iri[disease], SKOS.related, iri[r]))
            g.add((iri[r], SKOS.related, iri[disease]))
    for v, viruses in VECTORS.items():
        for x in viruses:
            link(v, AGRONT.isVectorOf, x)
    for group, members in INCLUDES.items():
        for m in members:
            link(group, AGRONT.includes, m)

    # notes and other schemes
    for key, text in SCOPE_NOTES.items():
        g.add((iri[key], SKOS.scopeNote, Literal(text, lang="en")))
    for key, text in DEFINITIONS.items():
        d = URIRef(f"{AGROVOC}xDef_{rng.getrandbits(64):016x}")
        g.add((iri[key], SKOS.definition, d))
        g.add((d, RDF.value, Literal(text, lang="en")))
        g.add((d, DCTERMS.source, Literal(rng.choice(DEF_SOURCES))))
        stamp(d, False)
    for key, links in MATCHES.items():
        for kind, target in links:
            prop = SKOS.exactMatch if kind == "exact" else SKOS.closeMatch
            g.add((iri[key], prop, URIRef(target)))

    lines = sorted(line for line in g.serialize(format="nt").splitlines() if line.strip())
    out = HERE / "agrovoc.nt.gz"
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{out}: {len(lines)} triples, {len(iri)} concepts")


if __name__ == "__main__":
    main()
