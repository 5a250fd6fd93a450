# ruff: noqa: E501  (one product a line)
"""Write ``groceries.jsonld``: an invented grocery retailer's (Korbmarkt) product master data as
its GS1 Digital Link resolver serves it: **JSON-LD** in the GS1 Web Vocabulary, one ``@graph``
with an inline ``@context`` (``@vocab`` the GS1 vocabulary, as GS1's own examples write it).

Products sit at their Digital Link IRIs (``https://id.gs1.org/01/<GTIN-14>``) typed
``gs1:FoodBeverageTobaccoProduct`` (a few only ``gs1:Product``, some also ``schema:Product``),
with ``gs1:gtin``, ``gs1:productName`` as a language map (English and the maker's language; a
few only the maker's language; one product no name at all), ``gs1:brand`` (``gs1:Brand`` nodes
named by ``gs1:brandName``), ``gs1:brandOwner`` (``gs1:Organization`` at ``/417/<GLN>`` with
``gs1:organizationName`` in one or two languages, ``gs1:globalLocationNumber`` and a blank
``gs1:PostalAddress`` or, for two, a plain ``schema:addressCountry``), ``gs1:netContent`` blank
``gs1:QuantitativeValue`` records (``gs1:value`` ``xsd:float``, ``gs1:unitCode`` UN/CEFACT
GRM / MLT / KGM / LTR), nutrition per 100 g or 100 ml directly on the product as GS1 writes it
(``gs1:nutrientBasisQuantity``, ``gs1:energyPerNutrientBasis`` twice: KJO and E14 kcal,
``gs1:fatPerNutrientBasis``, ``gs1:saturatedFatPerNutrientBasis``, ``gs1:sugarsPerNutrientBasis``,
``gs1:saltPerNutrientBasis``, ``gs1:proteinPerNutrientBasis``, ``gs1:fibrePerNutrientBasis``),
``gs1:ingredientStatement`` and ``gs1:consumerStorageInstructions`` (language maps),
allergens as blank ``gs1:AllergenDetails`` (``gs1:allergenType`` a GS1 code individual, labelled
in English, ``gs1:allergenLevelOfContainmentCode`` CONTAINS / MAY_CONTAIN, unlabelled), diets by
``gs1:dietCode`` code IRIs (an older feed's records a plain ``gs1:dietTypeCode`` string instead),
"gluten free" as a blank ``gs1:nutritionalClaim`` (FREE_FROM + GLUTEN), organic certification as
blank ``gs1:CertificationDetails`` (``gs1:certificationStandard``, ``gs1:certificationAgency``
the certifying body, ``gs1:certificationValue`` its code), ``gs1:countryOfOrigin`` a country
node (names in two languages, ISO code) or, on two products, a blank ``gs1:Country`` with only
``gs1:countryCode``; packaging as blank ``gs1:PackagingDetails`` (``gs1:packagingType``,
``gs1:packagingMaterial`` -> blank ``gs1:PackagingMaterialDetails`` with
``gs1:packagingMaterialType``, ``gs1:packagingRecyclingProcessType``); the GPC brick both as the
``gs1:gpcCategoryCode`` string and, on most products, as ``schema:category`` naming a SKOS
concept (GPC segment > family > class > brick, ``skos:notation`` the code, ``skos:broader``);
the retailer's own ``kmx:shelfLifeDays`` (described); ``schema:isVariantOf`` product groups (some
listing ``schema:hasVariant``; the inverse is declared); multipacks by ``gs1:childItem``; prices
as top-level ``schema:Offer`` nodes (``schema:itemOffered``, ``schema:price`` ``xsd:decimal``,
``schema:priceCurrency``, ``schema:availableAtOrFrom`` a ``schema:GroceryStore`` at
``/414/<GLN>``; one store has no name).

Run from the repository root: ``python bench/data/own/groceries_make.py``. Deterministic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
GS1 = "https://gs1.org/voc/"
KM = "https://data.korbmarkt.example/"

CONTEXT = {
    "@vocab": GS1,
    "gs1": GS1,
    "schema": "http://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "kmx": KM + "ns#",
    "gpc": KM + "gpc/",
    "id": "@id",
    "type": "@type",
    "productName": {"@id": "gs1:productName", "@container": "@language"},
    "ingredientStatement": {"@id": "gs1:ingredientStatement", "@container": "@language"},
    "consumerStorageInstructions": {
        "@id": "gs1:consumerStorageInstructions",
        "@container": "@language",
    },
    "organizationName": {"@id": "gs1:organizationName", "@container": "@language"},
    "value": {"@id": "gs1:value", "@type": "xsd:float"},
    "brand": {"@id": "gs1:brand", "@type": "@id"},
    "brandOwner": {"@id": "gs1:brandOwner", "@type": "@id"},
    "countryOfOrigin": {"@id": "gs1:countryOfOrigin", "@type": "@id"},
    "allergenType": {"@id": "gs1:allergenType", "@type": "@id"},
    "allergenLevelOfContainmentCode": {
        "@id": "gs1:allergenLevelOfContainmentCode",
        "@type": "@id",
    },
    "dietCode": {"@id": "gs1:dietCode", "@type": "@id"},
    "packagingType": {"@id": "gs1:packagingType", "@type": "@id"},
    "packagingMaterialType": {"@id": "gs1:packagingMaterialType", "@type": "@id"},
    "packagingRecyclingProcessType": {
        "@id": "gs1:packagingRecyclingProcessType",
        "@type": "@id",
    },
    "nutritionalClaimTypeCode": {"@id": "gs1:nutritionalClaimTypeCode", "@type": "@id"},
    "nutritionalClaimNutrientElementCode": {
        "@id": "gs1:nutritionalClaimNutrientElementCode",
        "@type": "@id",
    },
    "childItem": {"@id": "gs1:childItem", "@type": "@id"},
    "category": {"@id": "schema:category", "@type": "@id"},
    "isVariantOf": {"@id": "schema:isVariantOf", "@type": "@id"},
    "hasVariant": {"@id": "schema:hasVariant", "@type": "@id"},
    "itemOffered": {"@id": "schema:itemOffered", "@type": "@id"},
    "availableAtOrFrom": {"@id": "schema:availableAtOrFrom", "@type": "@id"},
    "price": {"@id": "schema:price", "@type": "xsd:decimal"},
    "priceCurrency": "schema:priceCurrency",
    "validFrom": {"@id": "schema:validFrom", "@type": "xsd:date"},
    "name": "schema:name",
    "prefLabel": {"@id": "skos:prefLabel", "@container": "@language"},
    "notation": "skos:notation",
    "broader": {"@id": "skos:broader", "@type": "@id"},
    "inScheme": {"@id": "skos:inScheme", "@type": "@id"},
    "shelfLifeDays": {"@id": "kmx:shelfLifeDays", "@type": "xsd:integer"},
    "label": "rdfs:label",
    "comment": "rdfs:comment",
}

# ----------------------------------------------------------------------------- parties
# key: (GLN, names {lang: name}, locality, country code, address as a blank record?)
OWNERS = {
    "alpenkorn": ("4012345000009", {"de": "Alpenkorn GmbH"}, "Rosenheim", "DE", True),
    "tatra": ("8588000123002", {"sk": "Tatra Mlyn a.s.", "en": "Tatra Mill"}, "Poprad", "SK", True),
    "nordhavn": (
        "5790000111005",
        {"da": "Nordhavn Mejeri A/S", "en": "Nordhavn Dairy"},
        "Aarhus",
        "DK",
        True,
    ),
    "hollanda": (
        "8712345000004",
        {"nl": "Hollanda Dranken B.V.", "en": "Hollanda Drinks"},
        "Zwolle",
        "NL",
        True,
    ),
    "brightfield": ("5012345000001", {"en": "Brightfield Foods Ltd"}, "Leicester", "GB", False),
    "valles": ("8412345000005", {"es": "Vallès Snacks S.L."}, "Sabadell", "ES", True),
    "lacombe": (
        "3012345000008",
        {"fr": "Maison Lacombe SAS", "en": "Lacombe Baby Foods"},
        "Rennes",
        "FR",
        True,
    ),
    "cascina": ("8012345000003", {"it": "Cascina Verde S.p.A."}, "Parma", "IT", False),
    "korbmarkt": (
        "4098765000002",
        {"de": "Korbmarkt GmbH & Co. KG", "en": "Korbmarkt"},
        "Köln",
        "DE",
        True,
    ),
}
# brand key: (brand name, owner key)
BRANDS = {
    "alpenkorn": ("Alpenkorn", "alpenkorn"),
    "knusperhof": ("Knusperhof", "alpenkorn"),
    "tatranka": ("Tatranka", "tatra"),
    "nordhavn": ("Nordhavn", "nordhavn"),
    "skyrlund": ("Skyrlund", "nordhavn"),
    "fizz": ("Fizz & Co", "hollanda"),
    "dutchspring": ("Dutch Spring", "hollanda"),
    "haverly": ("Haverly", "hollanda"),
    "brightfield": ("Brightfield", "brightfield"),
    "crunchers": ("Crunchers", "brightfield"),
    "valles": ("Vallès", "valles"),
    "petitlacombe": ("Petit Lacombe", "lacombe"),
    "cascina": ("Cascina Verde", "cascina"),
    "nonnagina": ("Nonna Gina", "cascina"),
    "valmonte": ("Valmonte", "cascina"),
    "korbbasics": ("Korb Basics", "korbmarkt"),
}
COUNTRIES = {
    "DE": ("Germany", "Deutschland"),
    "SK": ("Slovakia", "Slowakei"),
    "DK": ("Denmark", "Dänemark"),
    "NL": ("Netherlands", "Niederlande"),
    "GB": ("United Kingdom", "Vereinigtes Königreich"),
    "ES": ("Spain", "Spanien"),
    "FR": ("France", "Frankreich"),
    "IT": ("Italy", "Italien"),
    "IE": ("Ireland", "Irland"),
    "AT": ("Austria", "Österreich"),
    "NO": ("Norway", "Norwegen"),
}
ALLERGENS = {
    "AW": "Cereals containing gluten",
    "AM": "Milk and products thereof",
    "AE": "Eggs and products thereof",
    "AN": "Tree nuts",
    "AP": "Peanuts",
    "AY": "Soybeans",
    "AS": "Sesame seeds",
    "AF": "Fish",
    "BC": "Celery",
    "BM": "Mustard",
}
# GPC: code -> (English, German or None, broader code or None)
GPC = {
    "50000000": ("Food/Beverage/Tobacco", "Lebensmittel/Getränke/Tabak", None),
    "50220000": ("Cereal/Grain/Pulse Products", None, "50000000"),
    "50221000": ("Cereals Products - Ready to Eat", None, "50220000"),
    "10000283": (
        "Cereals Products - Ready to Eat (Shelf Stable)",
        "Frühstückszerealien",
        "50221000",
    ),
    "10000284": ("Porridge/Oats (Shelf Stable)", "Haferflocken", "50221000"),
    "50130000": ("Milk/Butter/Cream/Yogurts/Cheese/Eggs/Substitutes", None, "50000000"),
    "50131700": ("Milk/Milk Substitutes", None, "50130000"),
    "10000025": ("Milk (Perishable)", "Milch (gekühlt)", "50131700"),
    "10000503": ("Milk Substitutes (Perishable)", None, "50131700"),
    "50131800": ("Cheese/Cheese Substitutes", None, "50130000"),
    "10000028": ("Cheese (Perishable)", "Käse", "50131800"),
    "50131900": ("Yogurt/Yogurt Substitutes", None, "50130000"),
    "10000029": ("Yogurt (Perishable)", "Joghurt", "50131900"),
    "50131600": ("Butter/Butter Substitutes", None, "50130000"),
    "10000040": ("Butter (Perishable)", "Butter", "50131600"),
    "50200000": ("Beverages", "Getränke", "50000000"),
    "50202300": ("Non Alcoholic Beverages - Ready to Drink", None, "50200000"),
    "10000232": ("Carbonated Soft Drinks (Ready to Drink)", "Erfrischungsgetränke", "50202300"),
    "10000235": ("Packaged Water", "Wasser", "50202300"),
    "10000236": ("Fruit Juices - Ready to Drink (Shelf Stable)", "Fruchtsäfte", "50202300"),
    "10000115": ("Coffee - Ready to Drink", None, "50202300"),
    "50190000": ("Prepared/Preserved Foods", None, "50000000"),
    "50192100": ("Snacks", None, "50190000"),
    "10000155": ("Crisps/Chips (Shelf Stable)", "Chips", "50192100"),
    "10000161": ("Nuts/Seeds - Prepared/Processed (Shelf Stable)", "Nüsse", "50192100"),
    "50181700": ("Biscuits/Cookies", None, "50190000"),
    "10000045": ("Biscuits/Cookies (Shelf Stable)", "Kekse", "50181700"),
    "50193800": ("Baby/Infant - Specialised Foods", None, "50190000"),
    "10000276": ("Baby/Infant - Specialised Foods (Shelf Stable)", "Babynahrung", "50193800"),
    "10000277": ("Baby/Infant Formula", "Säuglingsmilch", "50193800"),
    "50193000": ("Prepared/Preserved Foods Variety Packs", None, "50190000"),
    "10000304": ("Ready-Made Combination Meals (Frozen)", "Tiefkühlgerichte", "50190000"),
    "10000306": ("Pizza (Frozen)", "Tiefkühlpizza", "50190000"),
    "10000308": ("Fish - Prepared/Processed (Frozen)", None, "50190000"),
}
STORAGE = {
    "dry": {"en": "Store in a cool, dry place.", "de": "Kühl und trocken lagern."},
    "fridge": {
        "en": "Keep refrigerated at 2-7 °C. Once opened, consume within 3 days.",
        "de": "Gekühlt bei 2-7 °C lagern. Nach dem Öffnen innerhalb von 3 Tagen verbrauchen.",
    },
    "frozen": {
        "en": "Store at -18 °C or below. Do not refreeze once thawed.",
        "de": "Bei -18 °C oder kälter lagern. Aufgetaut nicht wieder einfrieren.",
    },
    "ambient_open_fridge": {
        "en": "Store at room temperature. Refrigerate after opening.",
        "fr": "À conserver à température ambiante. Après ouverture, à conserver au réfrigérateur.",
    },
}
# packaging: key -> (package type code, material code, recyclable)
PACK = {
    "box": ("BX", "PAPER_PAPERBOARD", True),
    "carton": ("CT", "COMPOSITE", True),
    "can": ("CNG", "METAL_ALUMINUM", True),
    "pet": ("BO", "PLASTIC_PET", True),
    "glass": ("JR", "GLASS", True),
    "glassbottle": ("BO", "GLASS", True),
    "bag": ("BG", "PLASTIC_OTHER", False),
    "pouch": ("PO", "PLASTIC_OTHER", False),
    "tub": ("CU", "PLASTIC_PP", True),
    "wrap": ("WRP", "PLASTIC_OTHER", False),
    "tray": ("PU", "METAL_ALUMINUM", True),
    "film": ("PUG", "PLASTIC_OTHER", False),
}

# ----------------------------------------------------------------------------- products
# (key, GTIN-13, brand, names, (size, unit), gpc, origin, diets, contains, may contain,
#  organic (standard, agency, code) or None, gluten-free claim, pack, storage, shelf life days,
#  nutrition profile or None)
# fmt: off
P = [
    ("muesli", "4012345100013", "alpenkorn", {"en": "Alpenkorn Classic Muesli", "de": "Alpenkorn Klassik Müsli"}, ("750", "GRM"), "10000283", "DE", ["VEGAN"], ["AW"], ["AN"], None, False, "box", "dry", 365, "cereal"),
    ("granola", "4012345100020", "alpenkorn", {"en": "Alpenkorn Crunchy Oat Granola Honey", "de": "Alpenkorn Knusper-Hafergranola Honig"}, ("500", "GRM"), "10000283", "DE", ["VEGETARIAN"], ["AW"], ["AN", "AS"], None, False, "box", "dry", 300, "granola"),
    ("spelt", "4012345100037", "alpenkorn", {"en": "Alpenkorn Organic Spelt Flakes", "de": "Alpenkorn Bio Dinkelflocken"}, ("375", "GRM"), "10000283", "DE", ["VEGAN"], ["AW"], [], ("EU Organic", "Kiwa BCS Öko-Garantie GmbH", "DE-ÖKO-001"), False, "box", "dry", 365, "cereal"),
    ("pillows", "4012345200010", "knusperhof", {"en": "Knusperhof Chocolate Pillows", "de": "Knusperhof Schoko-Kissen"}, ("375", "GRM"), "10000283", "DE", ["VEGETARIAN"], ["AW", "AM"], ["AN", "AY"], None, False, "box", "dry", 270, "sweetcereal"),
    ("cornflakes", "4012345200027", "knusperhof", {"en": "Knusperhof Corn Flakes", "de": "Knusperhof Cornflakes"}, ("500", "GRM"), "10000283", "AT", ["VEGAN"], [], [], None, True, "box", "dry", 365, "cornflakes"),
    ("oats", "4098765100016", "korbbasics", {"en": "Korb Basics Porridge Oats", "de": "Korb Basics Zarte Haferflocken"}, ("1", "KGM"), "10000284", "IE", ["VEGAN"], ["AW"], [], None, False, "bag", "dry", 365, "oats"),
    ("buckwheat", "8588000123019", "tatranka", {"sk": "Tatranka Pohánkové vločky", "de": "Tatranka Buchweizenflocken"}, ("400", "GRM"), "10000284", "SK", ["VEGAN"], [], [], ("EU Organic", "NATURALIS SK, s.r.o.", "SK-BIO-002"), True, "bag", "dry", 540, "oats"),
    ("wholemilk", "5790000111012", "nordhavn", {"en": "Nordhavn Organic Whole Milk", "da": "Nordhavn Økologisk Sødmælk"}, ("1", "LTR"), "10000025", "DK", ["VEGETARIAN"], ["AM"], [], ("EU Organic", "Landbrugsstyrelsen", "DK-ØKO-100"), False, "carton", "fridge", 10, "milk"),
    ("semimilk", "5790000111029", "nordhavn", {"en": "Nordhavn Semi-Skimmed Milk", "da": "Nordhavn Letmælk"}, ("1", "LTR"), "10000025", "DK", ["VEGETARIAN"], ["AM"], [], None, False, "carton", "fridge", 10, "lightmilk"),
    ("butter", "5790000111036", "nordhavn", {"en": "Nordhavn Salted Butter", "da": "Nordhavn Smør med salt"}, ("250", "GRM"), "10000040", "DK", ["VEGETARIAN"], ["AM"], [], None, False, "wrap", "fridge", 90, "butter"),
    ("skyrnat", "5790000222016", "skyrlund", {"en": "Skyrlund Skyr Natural", "da": "Skyrlund Skyr Naturel"}, ("450", "GRM"), "10000029", "DK", ["VEGETARIAN"], ["AM"], [], None, False, "tub", "fridge", 35, "skyr"),
    ("skyrblue", "5790000222023", "skyrlund", {"en": "Skyrlund Skyr Blueberry", "da": "Skyrlund Skyr Blåbær"}, ("150", "GRM"), "10000029", "DK", ["VEGETARIAN"], ["AM"], [], None, False, "tub", "fridge", 35, "fruitskyr"),
    ("skyrvan", "5790000222030", "skyrlund", {"en": "Skyrlund Skyr Vanilla", "da": "Skyrlund Skyr Vanilje"}, ("150", "GRM"), "10000029", "DK", ["VEGETARIAN"], ["AM"], [], None, False, "tub", "fridge", 35, "fruitskyr"),
    ("gouda", "4098765200013", "korbbasics", {"en": "Korb Basics Young Gouda Slices", "nl": "Jonge Gouda plakken"}, ("400", "GRM"), "10000028", "NL", ["VEGETARIAN"], ["AM"], [], None, False, "film", "fridge", 60, "cheese"),
    ("mozzarella", "8012345300019", "cascina", {"it": "Mozzarella di Bufala Campana DOP"}, ("125", "GRM"), "10000028", "IT", [], ["AM"], [], None, False, "pouch", "fridge", 21, "mozzarella"),
    ("oatdrink", "8712345300012", "haverly", {"en": "Haverly Oat Drink Barista", "nl": "Haverly Haverdrank Barista"}, ("1", "LTR"), "10000503", "NL", ["VEGAN"], ["AW"], ["AN"], None, False, "carton", "ambient_open_fridge", 300, "oatdrink"),
    ("lemon", "8712345100018", "fizz", {"en": "Fizz & Co Sparkling Lemon", "nl": "Fizz & Co Bruisende Citroen"}, ("330", "MLT"), "10000232", "NL", ["VEGAN"], [], [], None, False, "can", "dry", 365, "soda"),
    ("cola", "8712345100025", "fizz", {"en": "Fizz & Co Cola Zero"}, ("330", "MLT"), "10000232", "NL", ["VEGAN"], [], [], None, False, "can", "dry", 365, "zero"),
    ("water", "8712345200015", "dutchspring", {"en": "Dutch Spring Still Mineral Water", "nl": "Dutch Spring Mineraalwater zonder koolzuur"}, ("1.5", "LTR"), "10000235", "NL", ["VEGAN"], [], [], None, False, "pet", "dry", 540, None),
    ("sparkling", "8712345200022", "dutchspring", {}, ("1.5", "LTR"), "10000235", "NL", ["VEGAN"], [], [], None, False, "pet", "dry", 540, None),
    ("orange", "8012345400016", "valmonte", {"it": "Valmonte Succo d'arancia 100%"}, ("1", "LTR"), "10000236", "IT", ["VEGAN"], [], [], ("EU Organic", "ICEA - Istituto per la Certificazione Etica e Ambientale", "IT-BIO-006"), False, "carton", "ambient_open_fridge", 270, "juice"),
    ("coldbrew", "5012345100014", "brightfield", {"en": "Brightfield Cold Brew Latte"}, ("250", "MLT"), "10000115", "GB", ["VEGETARIAN"], ["AM"], [], None, False, "glassbottle", "fridge", 120, "latte"),
    ("seasalt", "5012345200011", "crunchers", {"en": "Crunchers Sea Salt Crisps"}, ("150", "GRM"), "10000155", "GB", ["VEGAN"], [], [], None, True, "bag", "dry", 180, "crisps"),
    ("cheeseonion", "5012345200028", "crunchers", {"en": "Crunchers Cheese & Onion Crisps"}, ("150", "GRM"), "10000155", "GB", ["VEGETARIAN"], ["AM"], ["AW"], None, False, "bag", "dry", 180, "crisps"),
    ("vinegar", "5012345200035", "crunchers", {"en": "Crunchers Salt & Vinegar Crisps"}, ("150", "GRM"), "10000155", "GB", ["VEGAN"], [], ["AW"], None, False, "bag", "dry", 180, "crisps"),
    ("almonds", "8412345100012", "valles", {"es": "Vallès Almendras tostadas", "en": "Vallès Roasted Almonds"}, ("200", "GRM"), "10000161", "ES", ["VEGAN"], ["AN"], ["AP"], None, True, "bag", "dry", 365, "almonds"),
    ("peanuts", "8412345100029", "valles", {"es": "Vallès Cacahuetes salados", "en": "Vallès Salted Peanuts"}, ("250", "GRM"), "10000161", "ES", ["VEGAN"], ["AP"], ["AN"], None, False, "bag", "dry", 365, "peanuts"),
    ("picos", "8412345200019", "valles", {"es": "Vallès Picos camperos"}, ("250", "GRM"), "10000045", "ES", ["VEGAN"], ["AW"], ["AS"], None, False, "bag", "dry", 240, "breadsticks"),
    ("cookies", "5012345300018", "brightfield", {"en": "Brightfield Oat & Raisin Cookies"}, ("200", "GRM"), "10000045", "GB", ["VEGETARIAN"], ["AW", "AM", "AE"], ["AN", "AS"], None, False, "wrap", "dry", 240, "cookies"),
    ("digestives", "5012345300025", "brightfield", {"en": "Brightfield Dark Chocolate Digestives"}, ("300", "GRM"), "10000045", "GB", ["VEGAN"], ["AW", "AY"], ["AM"], None, False, "wrap", "dry", 270, "digestives"),
    ("carrot", "3012345100017", "petitlacombe", {"fr": "Petit Lacombe Purée carotte pomme de terre dès 4 mois", "en": "Petit Lacombe Carrot & Potato Purée 4+ months"}, ("125", "GRM"), "10000276", "FR", ["VEGAN"], [], [], ("EU Organic", "Ecocert France", "FR-BIO-01"), False, "glass", "ambient_open_fridge", 540, "puree"),
    ("applebanana", "3012345100024", "petitlacombe", {"fr": "Petit Lacombe Gourde pomme banane", "en": "Petit Lacombe Apple & Banana Pouch"}, ("90", "GRM"), "10000276", "FR", ["VEGAN"], [], [], ("EU Organic", "Ecocert France", "FR-BIO-01"), False, "pouch", "ambient_open_fridge", 365, "fruitpuree"),
    ("babyrice", "3012345100031", "petitlacombe", {"fr": "Petit Lacombe Céréales de riz bébé", "en": "Petit Lacombe Baby Rice Cereal"}, ("200", "GRM"), "10000276", "FR", ["VEGETARIAN"], [], ["AM"], None, True, "box", "dry", 450, "babyrice"),
    ("risotto", "3012345100048", "petitlacombe", {"fr": "Petit Lacombe Risotto poulet légumes dès 8 mois", "en": "Petit Lacombe Chicken & Vegetable Risotto 8+ months"}, ("190", "GRM"), "10000276", "FR", [], ["AM", "BC"], [], None, False, "glass", "ambient_open_fridge", 540, "risotto"),
    ("formula", "3012345200014", "petitlacombe", {"fr": "Petit Lacombe Lait de suite 2", "en": "Petit Lacombe Follow-on Milk 2"}, ("800", "GRM"), "10000277", "FR", ["VEGETARIAN"], ["AM", "AF"], [], None, False, "tub", "dry", 540, "formula"),
    ("lasagne", "8012345500013", "nonnagina", {"it": "Nonna Gina Lasagne alla bolognese", "en": "Nonna Gina Lasagne Bolognese"}, ("400", "GRM"), "10000304", "IT", [], ["AW", "AM", "AE", "BC"], [], None, False, "tray", "frozen", 365, "lasagne"),
    ("margherita", "8012345500020", "nonnagina", {"it": "Nonna Gina Pizza Margherita", "en": "Nonna Gina Margherita Pizza"}, ("350", "GRM"), "10000306", "IT", ["VEGETARIAN"], ["AW", "AM"], [], None, False, "box", "frozen", 365, "pizza"),
    ("cannelloni", "8012345500037", "nonnagina", {"it": "Nonna Gina Cannelloni ricotta e spinaci", "en": "Nonna Gina Spinach & Ricotta Cannelloni"}, ("400", "GRM"), "10000304", "IT", ["VEGETARIAN"], ["AW", "AM", "AE"], [], None, False, "tray", "frozen", 365, "lasagne"),
    ("veganpizza", "8012345500044", "nonnagina", {"it": "Nonna Gina Pizza Verdure Vegana", "en": "Nonna Gina Vegan Veggie Pizza"}, ("380", "GRM"), "10000306", "IT", ["VEGAN"], ["AW", "AY"], [], None, False, "box", "frozen", 365, "pizza"),
    ("minestrone", "8012345300026", "cascina", {"it": "Cascina Verde Minestrone biologico", "en": "Cascina Verde Organic Minestrone"}, ("450", "GRM"), "10000304", "IT", ["VEGAN"], ["BC"], [], ("EU Organic", "ICEA - Istituto per la Certificazione Etica e Ambientale", "IT-BIO-006"), False, "bag", "frozen", 540, "soup"),
    ("tikka", "4098765300010", "korbbasics", {"en": "Korb Basics Chicken Tikka Masala with Rice", "de": "Korb Basics Hähnchen Tikka Masala mit Reis"}, ("450", "GRM"), "10000304", "GB", ["HALAL"], ["AM", "BM"], [], None, False, "tray", "frozen", 365, "curry"),
    ("fishfingers", "4098765300027", "korbbasics", {"en": "Korb Basics Fish Fingers", "de": "Korb Basics Fischstäbchen"}, ("300", "GRM"), "10000308", "NO", [], ["AF", "AW"], [], None, False, "box", "frozen", 540, "fish"),
]
# nutrition per 100 g / ml: kJ, fat, saturates, sugars, salt, protein, fibre (None: not stated)
NUTRITION = {
    "cereal": (1530, 6.1, 1.0, 1.2, 0.02, 12.0, 9.5),
    "granola": (1890, 15.2, 2.4, 17.5, 0.08, 9.1, 7.0),
    "sweetcereal": (1780, 11.0, 3.9, 28.0, 0.45, 7.5, 4.2),
    "cornflakes": (1610, 0.9, 0.2, 7.8, 1.1, 7.3, 3.0),
    "oats": (1560, 7.0, 1.3, 1.0, 0.01, 13.0, 10.0),
    "milk": (268, 3.5, 2.3, 4.7, 0.1, 3.4, None),
    "lightmilk": (197, 1.5, 1.0, 4.8, 0.1, 3.5, None),
    "butter": (3031, 82.0, 52.0, 0.6, 1.5, 0.6, None),
    "skyr": (263, 0.2, 0.1, 4.0, 0.1, 11.0, None),
    "fruitskyr": (318, 0.2, 0.1, 9.5, 0.1, 8.9, 0.5),
    "cheese": (1460, 27.0, 18.0, 0.1, 1.8, 24.0, None),
    "mozzarella": (1100, 22.0, 15.0, 0.6, 0.5, 17.0, None),
    "oatdrink": (251, 3.0, 0.3, 3.4, 0.1, 1.0, 0.8),
    "soda": (163, 0.0, 0.0, 9.1, 0.01, 0.0, None),
    "zero": (2, 0.0, 0.0, 0.0, 0.02, 0.0, None),
    "juice": (187, 0.1, 0.0, 8.9, 0.0, 0.7, 0.4),
    "latte": (220, 1.6, 1.0, 6.5, 0.1, 3.0, None),
    "crisps": (2150, 31.0, 2.6, 0.5, 1.3, 6.4, 4.1),
    "almonds": (2595, 55.0, 4.2, 4.4, 0.02, 25.0, 11.0),
    "peanuts": (2590, 50.0, 8.0, 4.0, 1.2, 27.0, 8.2),
    "breadsticks": (1810, 11.0, 1.5, 2.1, 2.0, 11.0, 3.2),
    "cookies": (1990, 19.0, 9.5, 27.0, 0.7, 6.0, 4.5),
    "digestives": (2070, 23.0, 12.0, 29.0, 0.9, 6.8, 4.9),
    "puree": (180, 0.6, 0.1, 3.1, 0.02, 1.0, 1.9),
    "fruitpuree": (290, 0.2, 0.0, 13.0, 0.0, 0.6, 1.6),
    "babyrice": (1600, 1.0, 0.3, 0.5, 0.02, 7.0, 1.2),
    "risotto": (330, 2.2, 0.7, 1.5, 0.08, 3.5, 1.1),
    "formula": (2090, 23.0, 8.4, 52.0, 0.4, 10.5, 2.8),
    "lasagne": (590, 6.5, 3.1, 2.5, 0.9, 7.2, 1.1),
    "pizza": (1010, 9.0, 3.8, 3.0, 1.2, 10.0, 1.9),
    "soup": (170, 1.2, 0.2, 2.0, 0.6, 1.4, 1.8),
    "curry": (560, 4.8, 1.9, 3.4, 0.8, 7.0, 1.0),
    "fish": (900, 9.8, 0.9, 1.5, 0.9, 12.0, 0.8),
}
INGREDIENTS = {
    "muesli": {"en": "Rolled oats (52%), wheat flakes, raisins, dried apple, sunflower seeds.", "de": "Haferflocken (52%), Weizenflocken, Rosinen, getrocknete Äpfel, Sonnenblumenkerne."},
    "granola": {"en": "Oat flakes (58%), honey (12%), rapeseed oil, wheat flour, barley malt extract."},
    "pillows": {"en": "Wheat flour, sugar, chocolate (12%), whole milk powder, palm oil, cocoa powder, salt.", "de": "Weizenmehl, Zucker, Schokolade (12%), Vollmilchpulver, Palmöl, Kakaopulver, Salz."},
    "cornflakes": {"en": "Maize (93%), sugar, salt, barley-free malt flavouring."},
    "buckwheat": {"sk": "Pohánka (100%).", "de": "Buchweizen (100%)."},
    "wholemilk": {"en": "Organic whole milk, pasteurised (3.5% fat).", "da": "Økologisk sødmælk, pasteuriseret."},
    "skyrblue": {"en": "Skimmed milk, blueberries (8%), sugar, thickener (pectin), live cultures."},
    "oatdrink": {"en": "Water, oats (10%), rapeseed oil, acidity regulator (dipotassium phosphate), calcium carbonate, salt."},
    "lemon": {"en": "Carbonated water, sugar, lemon juice from concentrate (5%), citric acid, natural lemon flavouring."},
    "cola": {"en": "Carbonated water, colour (caramel E150d), acid (phosphoric acid), sweeteners (aspartame, acesulfame K), caffeine."},
    "orange": {"it": "Succo d'arancia da agricoltura biologica (100%)."},
    "seasalt": {"en": "Potatoes, sunflower oil (32%), sea salt (1.3%)."},
    "cheeseonion": {"en": "Potatoes, sunflower oil, cheese & onion seasoning (milk, onion powder, whey powder)."},
    "almonds": {"es": "Almendras (98%), aceite de girasol, sal.", "en": "Almonds (98%), sunflower oil, salt."},
    "cookies": {"en": "Oat flakes (30%), wheat flour, butter (milk), raisins (14%), sugar, free-range egg."},
    "digestives": {"en": "Wheat flour, dark chocolate (30%) (sugar, cocoa mass, cocoa butter, emulsifier: soya lecithin), palm oil, wholemeal wheat flour."},
    "carrot": {"fr": "Carottes* (60%), pommes de terre* (38%), huile de colza*. *biologique", "en": "Carrots* (60%), potatoes* (38%), rapeseed oil*. *organic"},
    "risotto": {"fr": "Légumes (carotte, céleri), riz, poulet (8%), lait.", "en": "Vegetables (carrot, celery), rice, chicken (8%), milk."},
    "lasagne": {"it": "Ragù alla bolognese (carne bovina 18%), pasta all'uovo (farina di grano tenero, uova), besciamella (latte), sedano, Parmigiano Reggiano.", "en": "Bolognese sauce (beef 18%), egg pasta (wheat flour, eggs), béchamel (milk), celery, Parmigiano Reggiano."},
    "veganpizza": {"en": "Wheat flour, tomato (25%), grilled vegetables (zucchini, peppers, aubergine), soya-based cheese alternative, olive oil."},
    "minestrone": {"it": "Verdure biologiche (carote, patate, sedano, zucchine, fagioli borlotti), pasta di semola biologica."},
    "tikka": {"en": "Cooked basmati rice (50%), chicken breast (18%), tomato, cream (milk), onion, spices, mustard seeds."},
    "fishfingers": {"en": "Alaska pollock fillet (65%), breadcrumb (wheat flour, water, salt, yeast), rapeseed oil.", "de": "Alaska-Seelachsfilet (65%), Panade (Weizenmehl, Wasser, Salz, Hefe), Rapsöl."},
}
# variant groups: key -> (name, members, lists its variants by hasVariant?)
GROUPS = {
    "skyr": ("Skyrlund Skyr range", ["skyrnat", "skyrblue", "skyrvan"], True),
    "crisps": ("Crunchers crisps range", ["seasalt", "cheeseonion", "vinegar"], False),
    "milk": ("Nordhavn fresh milk range", ["wholemilk", "semimilk"], True),
    "pizza": ("Nonna Gina pizza range", ["margherita", "veganpizza"], False),
}
# multipacks: (key, GTIN, brand, names, content (value, unit), children, gpc, pack)
MULTIPACKS = [
    ("lemon6", "8712345100100", "fizz", {"en": "Fizz & Co Sparkling Lemon 6 x 330 ml", "nl": "Fizz & Co Bruisende Citroen 6 x 330 ml"}, ("1.98", "LTR"), ["lemon"], "10000232", "film"),
    ("partypack", "8712345100117", "fizz", {"en": "Fizz & Co Party Pack 12 x 330 ml"}, ("3.96", "LTR"), ["lemon", "cola"], "10000232", "box"),
    ("pouch4", "3012345100109", "petitlacombe", {"fr": "Petit Lacombe Gourdes pomme banane 4 x 90 g", "en": "Petit Lacombe Apple & Banana Pouches 4 x 90 g"}, ("360", "GRM"), ["applebanana"], "10000276", "box"),
    ("skyrduo", "5790000222108", "skyrlund", {"en": "Skyrlund Skyr Duo Pack"}, ("300", "GRM"), ["skyrblue", "skyrvan"], "10000029", "film"),
]
# stores: key -> (GLN, name or None, town)
STORES = {
    "koeln": ("4098765000101", "Korbmarkt Köln-Ehrenfeld", "Köln"),
    "bonn": ("4098765000118", "Korbmarkt Bonn Hauptbahnhof", "Bonn"),
    "duesseldorf": ("4098765000125", "Korbmarkt Düsseldorf Altstadt", "Düsseldorf"),
    "aachen": ("4098765000132", None, "Aachen"),
}

# fmt: on


def gtin14(gtin13: str) -> str:
    """The GTIN-14 a Digital Link IRI and ``gs1:gtin`` carry: the GTIN-13 with a leading 0."""
    return "0" + gtin13


def product_iri(gtin13: str) -> str:
    return "https://id.gs1.org/01/" + gtin14(gtin13)


def owner_iri(key: str) -> str:
    return "https://id.gs1.org/417/" + OWNERS[key][0]


def qv(value: str, unit: str, typed: bool = False) -> dict:
    out: dict = {"value": value, "unitCode": unit}
    if typed:
        out["@type"] = "gs1:QuantitativeValue"
    return out


def fmt(x: float) -> str:
    return f"{x:g}"


def ontology() -> list[dict]:
    """The few declarations the resolver serves beside its data: classes, inverses, and its own
    extension's properties with their descriptions."""
    return [
        {
            "@id": "gs1:FoodBeverageTobaccoProduct",
            "@type": "rdfs:Class",
            "rdfs:subClassOf": {"@id": "gs1:Product"},
            "label": "Food, beverage or tobacco product",
        },
        {
            "@id": "gs1:Product",
            "@type": "rdfs:Class",
            "owl:equivalentClass": {"@id": "schema:Product"},
            "label": "Product",
        },
        {
            "@id": "schema:GroceryStore",
            "@type": "rdfs:Class",
            "rdfs:subClassOf": {"@id": "schema:Store"},
            "label": "Grocery store",
        },
        {
            "@id": "schema:hasVariant",
            "@type": "rdf:Property",
            "owl:inverseOf": {"@id": "schema:isVariantOf"},
            "label": "has variant",
        },
        {
            "@id": "gs1:brandOwner",
            "@type": "rdf:Property",
            "label": "brand owner",
            "comment": "The party that owns the brand of the product: the company whose brand it is.",
        },
        {
            "@id": "gs1:childItem",
            "@type": "rdf:Property",
            "label": "child item",
            "comment": "A product contained in this multipack or bundle.",
        },
        {
            "@id": "gs1:countryOfOrigin",
            "@type": "rdf:Property",
            "label": "country of origin",
            "comment": "The country where the product was made or grown.",
        },
        {
            "@id": "kmx:shelfLifeDays",
            "@type": "rdf:Property",
            "label": "shelf life (days)",
            "comment": "Minimum shelf life from production, in days, as the supplier guarantees it.",
        },
        {
            "@id": "gs1:certificationAgency",
            "@type": "rdf:Property",
            "label": "certification agency",
            "comment": "The body that certified the product against the standard (the control body).",
        },
    ]


def codes() -> list[dict]:
    """The GS1 code-list individuals the records name: allergens labelled in English (as the
    GS1 vocabulary labels them), the other code lists unlabelled."""
    return [
        {"@id": f"gs1:AllergenTypeCode-{c}", "@type": "gs1:AllergenTypeCode", "label": name}
        for c, name in ALLERGENS.items()
    ]


def parties() -> list[dict]:
    nodes = []
    for key, (gln, names, town, country, blank) in OWNERS.items():
        n: dict = {
            "@id": owner_iri(key),
            "@type": "gs1:Organization",
            "organizationName": names,
            "globalLocationNumber": gln,
        }
        if blank:
            n["address"] = {
                "@type": "gs1:PostalAddress",
                "addressLocality": town,
                "addressCountry": country,
            }
        else:
            n["schema:addressCountry"] = country
        nodes.append(n)
    for key, (name, _) in BRANDS.items():
        nodes.append({"@id": KM + "brand/" + key, "@type": "gs1:Brand", "brandName": name})
    for code, (en, de) in COUNTRIES.items():
        nodes.append(
            {
                "@id": KM + "country/" + code,
                "@type": "gs1:Country",
                "countryCode": code,
                "name": [{"@value": en, "@language": "en"}, {"@value": de, "@language": "de"}],
            }
        )
    for code, (en, de, broader) in GPC.items():
        labels = {"en": en} if de is None else {"en": en, "de": de}
        n = {
            "@id": "gpc:" + code,
            "@type": "skos:Concept",
            "prefLabel": labels,
            "notation": code,
            "inScheme": KM + "gpc",
        }
        if broader:
            n["broader"] = "gpc:" + broader
        nodes.append(n)
    nodes.append(
        {
            "@id": KM + "gpc",
            "@type": "skos:ConceptScheme",
            "prefLabel": {"en": "GS1 Global Product Classification (GPC)"},
        }
    )
    for gln, name, town in STORES.values():
        n = {
            "@id": "https://id.gs1.org/414/" + gln,
            "@type": "schema:GroceryStore",
            "globalLocationNumber": gln,
            "schema:address": {"@type": "schema:PostalAddress", "schema:addressLocality": town},
        }
        if name:
            n["name"] = name
        nodes.append(n)
    return nodes


def product(row: tuple, rng: random.Random, i: int) -> dict:
    (
        key,
        gtin,
        brand,
        names,
        (size, unit),
        gpc,
        origin,
        diets,
        contains,
        may,
        organic,
        gf,
        pack,
        storage,
        life,
        prof,
    ) = row
    types = ["gs1:FoodBeverageTobaccoProduct"] if i % 7 else ["gs1:Product"]
    if i % 5 == 2:
        types.append("schema:Product")
    n: dict = {
        "@id": product_iri(gtin),
        "@type": types if len(types) > 1 else types[0],
        "gtin": gtin14(gtin),
    }
    if names:
        if i % 9 == 4:  # an older feed writes the names as value objects under the full term
            n["gs1:productName"] = [{"@value": v, "@language": k} for k, v in names.items()]
        else:
            n["productName"] = names
    n["brand"] = KM + "brand/" + brand
    n["brandOwner"] = owner_iri(BRANDS[brand][1])
    n["netContent"] = qv(size, unit, typed=i % 3 == 0)
    n["gpcCategoryCode"] = gpc
    if i % 6 != 5:
        n["category"] = "gpc:" + gpc
    if key in ("cola", "vinegar"):
        n["countryOfOrigin"] = {"@type": "gs1:Country", "countryCode": origin}
    else:
        n["countryOfOrigin"] = KM + "country/" + origin
    if prof:
        kj, fat, sat, sug, salt, prot, fib = NUTRITION[prof]
        liquid = unit in ("MLT", "LTR")
        n["nutrientBasisQuantity"] = qv("100", "MLT" if liquid else "GRM")
        n["energyPerNutrientBasis"] = [qv(str(kj), "KJO"), qv(str(round(kj / 4.184)), "E14")]
        for prop, x in (
            ("fat", fat),
            ("saturatedFat", sat),
            ("sugars", sug),
            ("salt", salt),
            ("protein", prot),
            ("fibre", fib),
        ):
            if x is not None:
                n[prop + "PerNutrientBasis"] = qv(fmt(x), "GRM")
    if key in INGREDIENTS:
        n["ingredientStatement"] = INGREDIENTS[key]
    allergens = [
        {
            "@type": "gs1:AllergenDetails",
            "allergenType": f"gs1:AllergenTypeCode-{c}",
            "allergenLevelOfContainmentCode": "gs1:LevelOfContainmentCode-CONTAINS",
        }
        for c in contains
    ]
    allergens += [
        {
            "@type": "gs1:AllergenDetails",
            "allergenType": f"gs1:AllergenTypeCode-{c}",
            "allergenLevelOfContainmentCode": "gs1:LevelOfContainmentCode-MAY_CONTAIN",
        }
        for c in may
    ]
    if allergens:
        n["hasAllergen"] = allergens
    if diets:
        if i % 8 == 3:  # the older feed: a plain code string
            n["dietTypeCode"] = diets[0]
        else:
            n["dietCode"] = [f"gs1:DietTypeCode-{d}" for d in diets]
    if gf:
        n["nutritionalClaim"] = {
            "@type": "gs1:NutritionalClaimDetails",
            "nutritionalClaimTypeCode": "gs1:NutritionalClaimTypeCode-FREE_FROM",
            "nutritionalClaimNutrientElementCode": "gs1:NutritionalClaimNutrientElementCode-GLUTEN",
        }
    if organic:
        std, agency, code = organic
        n["certificationInfo"] = {
            "@type": "gs1:CertificationDetails",
            "certificationStandard": std,
            "certificationAgency": agency,
            "certificationValue": code,
        }
    ptype, material, recyclable = PACK[pack]
    n["packaging"] = {
        "@type": "gs1:PackagingDetails",
        "packagingType": f"gs1:PackageTypeCode-{ptype}",
        "packagingMaterial": {
            "@type": "gs1:PackagingMaterialDetails",
            "packagingMaterialType": f"gs1:PackagingMaterialTypeCode-{material}",
        },
        "packagingRecyclingProcessType": "gs1:PackagingRecyclingProcessTypeCode-"
        + ("RECYCLABLE" if recyclable else "NOT_RECYCLABLE"),
    }
    n["consumerStorageInstructions"] = STORAGE[storage]
    n["shelfLifeDays"] = str(life)
    for gkey, (_, members, _) in GROUPS.items():
        if key in members:
            n["isVariantOf"] = KM + "group/" + gkey
    return n


def multipack(row: tuple, by_key: dict[str, str], i: int) -> dict:
    _key, gtin, brand, names, (size, unit), children, gpc, pack = row
    ptype, material, recyclable = PACK[pack]
    return {
        "@id": product_iri(gtin),
        "@type": "gs1:FoodBeverageTobaccoProduct",
        "gtin": gtin14(gtin),
        "productName": names,
        "brand": KM + "brand/" + brand,
        "brandOwner": owner_iri(BRANDS[brand][1]),
        "netContent": qv(size, unit, typed=True),
        "gpcCategoryCode": gpc,
        "category": "gpc:" + gpc,
        "childItem": [product_iri(by_key[c]) for c in children],
        "packaging": {
            "@type": "gs1:PackagingDetails",
            "packagingType": f"gs1:PackageTypeCode-{ptype}",
            "packagingMaterial": {
                "@type": "gs1:PackagingMaterialDetails",
                "packagingMaterialType": f"gs1:PackagingMaterialTypeCode-{material}",
            },
            "packagingRecyclingProcessType": "gs1:PackagingRecyclingProcessTypeCode-"
            + ("RECYCLABLE" if recyclable else "NOT_RECYCLABLE"),
        },
    }


def offers(rng: random.Random, by_key: dict[str, str]) -> list[dict]:
    """Shelf prices: most products at two or three stores, a few at one."""
    base = {
        "muesli": 3.49,
        "granola": 3.99,
        "spelt": 2.79,
        "pillows": 2.99,
        "cornflakes": 2.49,
        "oats": 1.29,
        "buckwheat": 3.19,
        "wholemilk": 1.49,
        "semimilk": 1.09,
        "butter": 2.39,
        "skyrnat": 1.99,
        "skyrblue": 0.99,
        "gouda": 2.89,
        "mozzarella": 2.49,
        "oatdrink": 2.29,
        "lemon": 0.79,
        "lemon6": 3.99,
        "partypack": 7.49,
        "water": 0.59,
        "orange": 2.69,
        "seasalt": 1.79,
        "almonds": 3.49,
        "cookies": 1.99,
        "carrot": 1.39,
        "babyrice": 2.99,
        "lasagne": 3.49,
        "margherita": 2.99,
        "veganpizza": 3.99,
        "tikka": 3.29,
        "fishfingers": 2.79,
    }
    out = []
    stores = list(STORES)
    for key, price in base.items():
        k = rng.choice([1, 2, 2, 3])
        for s in sorted(rng.sample(stores, k)):
            p = round(price + rng.choice([0.0, 0.0, 0.1, -0.1, 0.2]), 2)
            out.append(
                {
                    "@id": f"{KM}offer/{gtin14(by_key[key])}-{STORES[s][0]}",
                    "@type": "schema:Offer",
                    "itemOffered": product_iri(by_key[key]),
                    "price": f"{p:.2f}",
                    "priceCurrency": "EUR",
                    "availableAtOrFrom": "https://id.gs1.org/414/" + STORES[s][0],
                    "validFrom": "2026-11-01",
                }
            )
    return out


def main() -> None:
    rng = random.Random(58)
    by_key = {row[0]: row[1] for row in P} | {row[0]: row[1] for row in MULTIPACKS}
    graph: list[dict] = ontology() + codes() + parties()
    graph += [product(row, rng, i) for i, row in enumerate(P)]
    graph += [multipack(row, by_key, i) for i, row in enumerate(MULTIPACKS)]
    for gkey, (name, members, lists) in GROUPS.items():
        g: dict = {"@id": KM + "group/" + gkey, "@type": "schema:ProductGroup", "name": name}
        if lists:
            g["hasVariant"] = [product_iri(by_key[m]) for m in members]
        graph.append(g)
    graph += offers(rng, by_key)
    doc = {"@context": CONTEXT, "@graph": graph}
    (HERE / "groceries.jsonld").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
