# ruff: noqa: E501  (one record a line)
"""Write ``garments.omn``: an invented textile and garment supply-chain ontology as a
sustainability NGO publishes it, hand-edited in **OWL 2 Manchester syntax** (``Prefix:`` lines,
``Ontology:`` with its IRI, then ``Class:``, ``ObjectProperty:``, ``DataProperty:`` and
``Individual:`` frames).

What it holds: brands (with their parent companies and home countries) and their product lines;
garments (style codes, prices, seasons) in product lines, made from fabrics at cut-and-sew
factories; fabrics with their fibre composition in percent (anonymous ``_:`` composition records:
fibre + percent); spinning mills, dye houses and cut-and-sew factories with their cities (which
lie in countries), tiers, owners and workforce; a supplier's own suppliers (``hasSupplier``,
declared the inverse of ``supplies``); certificates held (named by their numbers: standard,
issuing body, expiry date); audits of factories (named by audit codes: date, score, audit firm,
type, anonymous finding records with severity, restricted chemicals detected); restricted
chemicals with CAS numbers.

The mess of a hand-edited export: ``rdfs:comment`` on properties only; labels in English and
German (countries, fibres, some garments only in German), some plain, ``skos:altLabel`` codes and
trade names (rPET, TENCEL, NPEs); suppliers at opaque codes (``sup:SUP-0457``), a few with no
label at all (named by the code or by a camelCase local name); audits and certificates with no
label; supplier links stated from either side (``hasSupplier`` / ``supplies``), ownership from
either side (``ownedBy`` / ``owns``), product lines from either side (``hasProductLine`` /
``productLineOf``); ``locatedIn`` transitive (city -> country), a few suppliers given only a
country; tiers as integers on most and a string ("Tier 2") on some; one factory under two IRIs
joined by ``SameAs`` (an old and a new supplier code, facts split); ``DifferentFrom`` between
two like-named mills; a few negative facts (``not tt:hasSupplier ...``); full IRIs beside
prefixed names; typed literals (``xsd:decimal``, ``xsd:date``, ``xsd:integer``,
``xsd:boolean``, ``xsd:gYear``, plain strings).

Run from the repository root: ``python bench/data/own/garments_make.py``. Deterministic.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
TT = "https://vocab.threadtrace.example/ns#"
ID = "https://data.threadtrace.example/id/"
SUP = "https://data.threadtrace.example/supplier/"


def rows(table: str) -> list[list[str]]:
    return [line.split("|") for line in table.strip().splitlines()]


# code | English | German | altLabels (;)
COUNTRIES = rows("""
BD|Bangladesh|Bangladesch|
IN|India|Indien|
CN|China|China|PRC
VN|Vietnam|Vietnam|Viet Nam
TR|Turkey|Türkei|Türkiye
PK|Pakistan|Pakistan|
PT|Portugal|Portugal|
IT|Italy|Italien|
KH|Cambodia|Kambodscha|
LK|Sri Lanka|Sri Lanka|
ET|Ethiopia|Äthiopien|
SE|Sweden|Schweden|
DE|Germany|Deutschland|
NL|Netherlands|Niederlande|Holland
US|United States|Vereinigte Staaten|USA
""")

# local | label | country | altLabel
CITIES = rows("""
dhaka|Dhaka|BD|
gazipur|Gazipur|BD|
chittagong|Chittagong|BD|Chattogram
tiruppur|Tiruppur|IN|Tirupur
ahmedabad|Ahmedabad|IN|
ningbo|Ningbo|CN|
shaoxing|Shaoxing|CN|
hcmc|Ho Chi Minh City|VN|Saigon
bursa|Bursa|TR|
denizli|Denizli|TR|
faisalabad|Faisalabad|PK|
guimaraes|Guimarães|PT|
prato|Prato|IT|
phnompenh|Phnom Penh|KH|
katunayake|Katunayake|LK|
hawassa|Hawassa|ET|
""")

# local | label | HQ country | altLabel
OWNERS = rows("""
meridianGroup|Meridian Textile Group|BD|MTG
anatoliaHolding|Anatolia Tekstil Holding A.Ş.|TR|
sunriseApparel|Sunrise Apparel Holdings Ltd|CN|
indusFibres|Indus Fibres (Pvt) Ltd|PK|
kaveriGroup|Kaveri Group|IN|
lusotex|Lusotex SGPS|PT|
mekongGarment|Mekong Garment Corporation|VN|MGC
lankaWear|LankaWear PLC|LK|
nordvikRetail|Nordvik Retail AB|SE|
hollisBrands|Hollis Brands Inc.|US|
""")

# local | label | HQ country | parent company | founded | altLabel
BRANDS = rows("""
northfold|Northfold|SE|nordvikRetail|2009|NF
kindredCloth|Kindred Cloth|NL||2014|
pelhamRowe|Pelham & Rowe|US|hollisBrands|1987|P&R
vestra|Vestra|DE||2002|
lumoKids|Lumo Kids|SE|nordvikRetail|2016|
hartDenim|Hart Denim Co.|US|hollisBrands|1971|Hart
oaken|Oaken|DE||2011|
mare|Maré|PT||2018|Mare
""")

# local | label | brand | side ("b" stated on the brand, "l" on the line)
LINES = rows("""
trailEssentials|Trail Essentials|northfold|b
fjordRain|Fjord Rainwear|northfold|l
everydayBasics|Everyday Basics|kindredCloth|b
kindredStudio|Kindred Studio|kindredCloth|b
heritageOxford|Heritage Oxford|pelhamRowe|l
weekendKnits|Weekend Knits|pelhamRowe|b
vestraActive|Vestra Active|vestra|b
vestraOffice|Vestra Office|vestra|l
littleExplorers|Little Explorers|lumoKids|b
lumoBaby|Lumo Baby|lumoKids|l
hart1971|Hart 1971|hartDenim|b
hartWorkwear|Hart Workwear|hartDenim|b
oakenGreen|Oaken Green Label|oaken|l
oakenBasics|Oaken Basics|oaken|b
marePraia|Maré Praia|mare|b
mareLinho|Maré Linho|mare|l
""")

# local | English | German | altLabels (;) | fibre type | recycled
FIBRES = rows("""
organicCotton|organic cotton|Bio-Baumwolle|CO organic|natural|false
cotton|conventional cotton|Baumwolle|CO|natural|false
recycledPolyester|recycled polyester|recyceltes Polyester|rPET|synthetic|true
polyester|polyester|Polyester|PES|synthetic|false
elastane|elastane|Elasthan|spandex;Lycra|synthetic|false
viscose|viscose|Viskose|rayon;CV|man-made cellulosic|false
lyocell|lyocell|Lyocell|TENCEL|man-made cellulosic|false
linen|linen|Leinen|flax|natural|false
wool|merino wool|Merinowolle|WO|natural|false
polyamide|polyamide|Polyamid|nylon;PA|synthetic|false
recycledPolyamide|recycled polyamide|recyceltes Polyamid|ECONYL|synthetic|true
hemp|hemp|Hanf||natural|false
""")

# supplier code | label ("" none) | class | city or "=CC" (country only) | tier | owner | owner side (s supplier/o owner) | workers | established
SUPPLIERS = rows("""
SUP-0101|Karaca İplik Sanayi|SpinningMill|denizli|3|anatoliaHolding|s|420|1978
SUP-0102|Karaca Tekstil Boya|DyeHouse|bursa|2|anatoliaHolding|o|310|1991
SUP-0103|Indus Spinning Mills|SpinningMill|faisalabad|3|indusFibres|s|1150|1984
SUP-0104|Sabarmati Cotton Spinners|SpinningMill|ahmedabad|3|kaveriGroup|s|860|1969
SUP-0105||SpinningMill|ningbo|Tier 3|sunriseApparel|s|2300|2001
SUP-0106|Fiação do Ave|SpinningMill|guimaraes|3|lusotex|o|190|1955
SUP-0107|Noyyal Yarns|SpinningMill|tiruppur|3|kaveriGroup|s|640|1998
SUP-0108|Lanificio Bisenzio|SpinningMill|prato|3||s|85|1921
SUP-0201|Shaoxing Rainbow Dyeing Co.|DyeHouse|shaoxing|2|sunriseApparel|s|980|2003
SUP-0202|Noyyal Process House|DyeHouse|tiruppur|Tier 2|kaveriGroup|o|370|2006
SUP-0203|Meridian Wet Processing|DyeHouse|gazipur|2|meridianGroup|s|720|2010
SUP-0204|Karnaphuli Dyeing & Finishing|DyeHouse|chittagong|2||s|540|1999
SUP-0205|Saigon Color Textile|DyeHouse|hcmc|2|mekongGarment|o|460|2008
SUP-0206|Tinturaria Minho|DyeHouse|guimaraes|2|lusotex|s|150|1972
SUP-0207|Tintoria Pratese|DyeHouse|prato|Tier 2||s|60|1948
SUP-0301|Meridian Apparels Ltd|CutAndSewFactory|dhaka|1|meridianGroup|s|3400|2004
SUP-0302|Gazipur Knit Composite|CutAndSewFactory|gazipur|1|meridianGroup|o|2900|2012
SUP-0303|Bay Garments|CutAndSewFactory|chittagong|1||s|1800|2001
SUP-0304|Kaveri Knitwear Exports|CutAndSewFactory|tiruppur|1|kaveriGroup|s|1250|1995
SUP-0305|Mekong Apparel No. 2|CutAndSewFactory|hcmc|1|mekongGarment|s|2600|2007
SUP-0306||CutAndSewFactory|phnompenh|1|sunriseApparel|o|1900|2013
SUP-0307|Katunayake Intimates|CutAndSewFactory|katunayake|1|lankaWear|s|2100|1994
SUP-0308|Hawassa Garment Works|CutAndSewFactory|hawassa|1||s|1400|2017
SUP-0309|Uludağ Konfeksiyon|CutAndSewFactory|bursa|1|anatoliaHolding|s|520|1989
SUP-0310|Confecções Vale do Ave|CutAndSewFactory|guimaraes|1|lusotex|s|210|1983
SUP-0311|Ningbo Sunrise Garment|CutAndSewFactory|ningbo|1|sunriseApparel|s|3100|1999
SUP-0312|Lahore Denim Stitching|CutAndSewFactory|=PK|1|indusFibres|s|1650|2005
SUP-0313|Dhaka Outerwear Ltd|CutAndSewFactory|=BD|Tier 1||s|880|2011
""")
# nameless suppliers named by a camelCase local name instead of their code
LOCAL_NAMES = {"SUP-0105": "ningboYarnCo", "SUP-0306": "SUP-0306"}
# the SameAs pair: Bay Garments' old code (some facts stated there)
OLD_CODE = ("SUP-0303", "BG-CTG-0017")

# (buyer, supplier, side: "h" stated as buyer hasSupplier, "s" as supplier supplies)
SUPPLY = rows("""
SUP-0301|SUP-0203|h
SUP-0301|SUP-0204|s
SUP-0302|SUP-0203|h
SUP-0303|SUP-0204|h
SUP-0304|SUP-0202|h
SUP-0305|SUP-0205|h
SUP-0306|SUP-0201|s
SUP-0307|SUP-0201|h
SUP-0308|SUP-0202|s
SUP-0309|SUP-0102|h
SUP-0310|SUP-0206|h
SUP-0311|SUP-0201|h
SUP-0312|SUP-0204|h
SUP-0313|SUP-0203|s
SUP-0310|SUP-0207|h
SUP-0102|SUP-0101|h
SUP-0201|SUP-0105|h
SUP-0202|SUP-0107|h
SUP-0202|SUP-0104|s
SUP-0203|SUP-0103|h
SUP-0204|SUP-0103|s
SUP-0205|SUP-0105|h
SUP-0206|SUP-0106|h
SUP-0207|SUP-0108|h
SUP-0207|SUP-0106|s
""")
# negative facts: (buyer, not supplier)
NOT_SUPPLY = [("SUP-0303", "SUP-0203"), ("SUP-0309", "SUP-0101")]

# brand | Tier 1 factories it sources from
SOURCING = rows("""
northfold|SUP-0305|SUP-0307|SUP-0309
kindredCloth|SUP-0302|SUP-0304|SUP-0310
pelhamRowe|SUP-0301|SUP-0311
vestra|SUP-0309|SUP-0310|SUP-0313
lumoKids|SUP-0304|SUP-0306
hartDenim|SUP-0312|SUP-0303
oaken|SUP-0302|SUP-0308
mare|SUP-0310
""")

# fabric local | label ("" none) | construction | gsm | dye house | composition fibre:percent;...
FABRICS = rows("""
FAB-1001|Organic Cotton Single Jersey 160|knit|160|SUP-0203|organicCotton:100
FAB-1002|Organic Cotton Stretch Jersey|knit|190|SUP-0202|organicCotton:95;elastane:5
FAB-1003|Recycled Poly Ripstop|woven|85|SUP-0201|recycledPolyester:100
FAB-1004|Merino Interlock 200|knit|200|SUP-0207|wool:100
FAB-1005|Linen Canvas 220|woven|220|SUP-0206|linen:100
FAB-1006|Denim 12oz Stretch|woven|407|SUP-0204|cotton:98;elastane:2
FAB-1007|Poplin 120 Combed|woven|120|SUP-0203|cotton:100
FAB-1008||knit|150|SUP-0205|lyocell:70;organicCotton:30
FAB-1009|Performance Pique|knit|180|SUP-0201|recycledPolyester:88;elastane:12
FAB-1010|Fleece 280 Brushed|knit|280|SUP-0201|recycledPolyester:61.5;organicCotton:38.5
FAB-1011|Viscose Crepe|woven|110|SUP-0205|viscose:100
FAB-1012|Oxford Shirting|woven|135|SUP-0102|cotton:100
FAB-1013|Hemp Twill|woven|260|SUP-0206|hemp:55;organicCotton:45
FAB-1014|Swim Tricot|knit|190|SUP-0207|recycledPolyamide:78;elastane:22
FAB-1015|Waxed Cotton Canvas|woven|310|SUP-0102|cotton:100
FAB-1016|Rib 1x1 Organic|knit|210|SUP-0202|organicCotton:96;elastane:4
FAB-1017||woven|95|SUP-0201|polyamide:100
FAB-1018|Lyocell Twill|woven|170|SUP-0206|lyocell:100
FAB-1019|Workwear Drill|woven|300|SUP-0204|cotton:65;polyester:35
FAB-1020|Baby Muslin|woven|70|SUP-0203|organicCotton:100
FAB-1021|Linen Viscose Blend|woven|160|SUP-0206|linen:55;viscose:45
FAB-1022|Merino Tech Jersey|knit|150|SUP-0207|wool:87;polyamide:13
""")
# fabrics with no label named by a camelCase local name
FABRIC_LOCAL = {"FAB-1008": "lyocellCottonJersey150", "FAB-1017": "FAB-1017"}

# style code | English label ("" none) | German label | line | fabrics (;) | factory | price EUR | season
GARMENTS = rows("""
NF-TE-2201|Ridge Trail Tee||trailEssentials|FAB-1009|SUP-0305|39.95|SS24
NF-TE-2202|Basecamp Fleece Hoodie||trailEssentials|FAB-1010|SUP-0305|89.00|AW24
NF-TE-2203|Merino Base Layer||trailEssentials|FAB-1022|SUP-0309|79.50|AW24
NF-FR-2301|Fjord Shell Jacket||fjordRain|FAB-1003;FAB-1017|SUP-0307|219.00|AW24
NF-FR-2302|Drizzle Packable Jacket||fjordRain|FAB-1003|SUP-0307|129.00|SS24
KC-EB-0101|Everyday Crew Tee||everydayBasics|FAB-1001|SUP-0302|19.95|SS24
KC-EB-0102|Everyday Rib Tank||everydayBasics|FAB-1016|SUP-0304|17.95|SS24
KC-EB-0103|Relaxed Sweatpant||everydayBasics|FAB-1010|SUP-0302|49.95|AW24
KC-KS-0201|Studio Linen Shirt||kindredStudio|FAB-1005|SUP-0310|69.00|SS24
KC-KS-0202|Studio Hemp Chore Jacket||kindredStudio|FAB-1013|SUP-0310|139.00|AW24
PR-HO-0311|Classic Oxford Button-Down||heritageOxford|FAB-1012|SUP-0301|89.50|SS24
PR-HO-0312|Poplin Dress Shirt||heritageOxford|FAB-1007|SUP-0311|79.50|SS24
PR-WK-0401|Weekend Polo||weekendKnits|FAB-1009|SUP-0311|59.50|SS24
PR-WK-0402|Lyocell Jersey Henley||weekendKnits|FAB-1008|SUP-0311|54.00|SS24
VE-AC-5001|Trainingsshirt Flow|Trainingsshirt Flow|vestraActive|FAB-1009|SUP-0309|34.99|SS24
VE-AC-5002||Laufjacke Wind|vestraActive|FAB-1017|SUP-0313|89.99|SS24
VE-AC-5003|Studio Leggings|Studio-Leggings|vestraActive|FAB-1014|SUP-0310|49.99|AW24
VE-OF-6001|Crepe Blouse|Crepe-Bluse|vestraOffice|FAB-1011|SUP-0309|59.99|SS24
VE-OF-6002||Leinenhose Regular|vestraOffice|FAB-1021|SUP-0310|79.99|SS24
LK-LE-0701|Explorer Rain Jacket Kids||littleExplorers|FAB-1003|SUP-0306|59.00|AW24
LK-LE-0702|Kids Organic Tee 2-Pack||littleExplorers|FAB-1001|SUP-0304|24.00|SS24
LK-LB-0801|Muslin Swaddle Set||lumoBaby|FAB-1020|SUP-0304|34.00|SS24
LK-LB-0802|Baby Rib Bodysuit||lumoBaby|FAB-1016|SUP-0306|19.00|SS24
HD-71-1101|1971 Slim Jean||hart1971|FAB-1006|SUP-0312|119.00|SS24
HD-71-1102|1971 Denim Trucker Jacket||hart1971|FAB-1006|SUP-0303|149.00|AW24
HD-WW-1201|Carpenter Work Pant||hartWorkwear|FAB-1019|SUP-0303|89.00|AW24
HD-WW-1202|Waxed Field Jacket||hartWorkwear|FAB-1015|SUP-0312|199.00|AW24
OK-GL-9001|Hemp Overshirt|Hanf-Overshirt|oakenGreen|FAB-1013|SUP-0302|99.00|AW24
OK-GL-9002||Lyocell-Kleid Mira|oakenGreen|FAB-1018|SUP-0308|89.00|SS24
OK-BA-9101|Organic Basic Tee|Bio-Basic-T-Shirt|oakenBasics|FAB-1001|SUP-0302|14.99|SS24
OK-BA-9102|Basic Hoodie|Basic-Kapuzenpullover|oakenBasics|FAB-1010|SUP-0308|44.99|AW24
MA-PR-3001|Praia Linen Shorts||marePraia|FAB-1005|SUP-0310|55.00|SS24
MA-PR-3002|Praia Swimsuit||marePraia|FAB-1014|SUP-0310|75.00|SS24
MA-LI-3101|Linho Wide Trousers||mareLinho|FAB-1021|SUP-0310|95.00|SS24
""")

# standards: local | label | altLabels (;)
STANDARDS = rows("""
gots|Global Organic Textile Standard|GOTS
oekotex100|OEKO-TEX Standard 100|Oeko-Tex 100;STANDARD 100 by OEKO-TEX
bluesign|bluesign SYSTEM|bluesign
grs|Global Recycled Standard|GRS
sa8000|SA8000|SA 8000
wrap|WRAP Certification|Worldwide Responsible Accredited Production
bsci|amfori BSCI|BSCI
ocs|Organic Content Standard|OCS
""")
# certification bodies: local | label
BODIES = rows("""
certexNordic|Certex Nordic AB
veritrust|Veritrust Inspections Ltd
greenloop|GreenLoop Certification GmbH
asiacert|AsiaCert Services
""")
# certificate number | holder | standard | body | expiry date (no label on any)
CERTIFICATES = rows("""
CN-GOTS-220145|SUP-0203|gots|certexNordic|2025-06-30
GL-OT-88213|SUP-0203|oekotex100|greenloop|2025-02-28
CN-GOTS-220367|SUP-0202|gots|certexNordic|2024-11-15
GL-OT-90117|SUP-0201|oekotex100|greenloop|2025-09-01
VT-BS-5512|SUP-0201|bluesign|veritrust|2026-01-31
CN-GRS-310092|SUP-0201|grs|certexNordic|2025-04-12
GL-OT-90544|SUP-0207|oekotex100|greenloop|2024-12-31
CN-GOTS-221890|SUP-0206|gots|certexNordic|2025-10-20
AC-OT-7781|SUP-0205|oekotex100|asiacert|2025-03-15
CN-GOTS-219004|SUP-0301|gots|certexNordic|2025-01-20
VT-SA-4410|SUP-0301|sa8000|veritrust|2026-05-04
CN-GOTS-222431|SUP-0302|gots|certexNordic|2025-08-08
VT-WR-1207|SUP-0302|wrap|veritrust|2024-09-30
CN-GOTS-220988|SUP-0304|gots|certexNordic|2025-07-01
CN-OCS-120556|SUP-0304|ocs|certexNordic|2024-10-10
AC-WR-3350|SUP-0305|wrap|asiacert|2025-12-01
CN-GRS-310455|SUP-0305|grs|certexNordic|2025-05-31
VT-SA-4502|SUP-0307|sa8000|veritrust|2025-11-11
AC-BS-2201|SUP-0307|bluesign|asiacert|2026-02-28
GL-OT-91220|SUP-0309|oekotex100|greenloop|2025-06-15
CN-GOTS-223001|SUP-0310|gots|certexNordic|2026-03-31
GL-BSCI-6610|SUP-0311|bsci|greenloop|2024-08-31
AC-WR-3391|SUP-0312|wrap|asiacert|2025-02-14
VT-SA-4603|SUP-0303|sa8000|veritrust|2025-07-07
CN-GOTS-218777|SUP-0107|gots|certexNordic|2025-05-05
CN-OCS-120901|SUP-0104|ocs|certexNordic|2024-12-12
CN-GRS-310777|SUP-0105|grs|certexNordic|2025-09-09
GL-OT-89990|SUP-0101|oekotex100|greenloop|2025-01-31
""")
# certificate holder stated on the certificate (heldBy) rather than on the supplier
HELD_BY_SIDE = {"GL-OT-90117", "CN-OCS-120556", "VT-SA-4603", "CN-GRS-310777"}

# audit firms: local | label
AUDITORS = rows("""
clearThread|ClearThread Assurance
kestrel|Kestrel Social Audits
dhakaCompliance|Dhaka Compliance Services
""")
# chemicals: local | label | CAS | altLabels (;)
CHEMICALS = rows("""
npe|Nonylphenol ethoxylates|9016-45-9|NPEs;NPEO
pfoa|Perfluorooctanoic acid|335-67-1|PFOA;C8
formaldehyde|Formaldehyde|50-00-0|methanal
chromium6|Chromium(VI)|18540-29-9|hexavalent chromium;Cr(VI)
dehp|Di(2-ethylhexyl) phthalate|117-81-7|DEHP
dmf|Dimethylformamide|68-12-2|DMF
aminoazobenzene|4-Aminoazobenzene|60-09-3|azo amine
pcp|Pentachlorophenol|87-86-5|PCP
tbt|Tributyltin|56-35-9|TBT
""")
# audit code | facility | firm | date | score | type | chemicals (;) | findings severity:category:text (;)
AUDITS = rows("""
AUD-2023-0041|SUP-0301|dhakaCompliance|2023-03-14|78.5|announced||major:fire safety:Blocked emergency exit on floor 3
AUD-2024-0112|SUP-0301|clearThread|2024-02-20|84.0|semi-announced||minor:wages:Overtime premium paid late
AUD-2023-0077|SUP-0302|dhakaCompliance|2023-06-02|81.0|announced||minor:health and safety:First-aid boxes incomplete
AUD-2024-0130|SUP-0302|kestrel|2024-04-09|88.5|unannounced||
AUD-2023-0090|SUP-0303|dhakaCompliance|2023-08-21|62.0|unannounced||critical:working hours:Workers exceeded 72 hours per week;major:fire safety:Fire extinguishers expired
AUD-2024-0151|SUP-0304|kestrel|2024-05-15|91.0|announced||
AUD-2023-0102|SUP-0305|clearThread|2023-09-12|73.5|semi-announced||major:wages:Piece-rate below minimum wage
AUD-2024-0009|SUP-0306|kestrel|2024-01-18|55.0|unannounced||critical:freedom of association:Union members dismissed;major:health and safety:No ventilation in cutting room
AUD-2023-0110|SUP-0307|clearThread|2023-10-03|90.5|announced||
AUD-2024-0170|SUP-0308|kestrel|2024-06-11|69.0|unannounced||major:wages:Wage slips not issued
AUD-2023-0121|SUP-0309|clearThread|2023-11-07|86.0|announced||minor:documentation:Chemical inventory out of date
AUD-2024-0188|SUP-0311|kestrel|2024-07-22|71.5|semi-announced||major:working hours:Excessive overtime in peak season
AUD-2024-0190|SUP-0312|clearThread|2024-08-05|64.5|unannounced||critical:health and safety:Sandblasting without protection
AUD-2023-0133|SUP-0201|clearThread|2023-12-01|58.0|unannounced|npe;pfoa|critical:chemical management:NPEs in wastewater above limit;major:chemical management:PFOA found in water-repellent finish
AUD-2024-0201|SUP-0201|kestrel|2024-09-17|76.0|announced|npe|major:chemical management:NPE residue in rinse bath
AUD-2024-0045|SUP-0202|kestrel|2024-02-28|80.5|announced|formaldehyde|minor:chemical management:Formaldehyde-based resin in stock
AUD-2023-0140|SUP-0204|dhakaCompliance|2023-12-12|52.5|unannounced|chromium6;dmf|critical:chemical management:Untreated effluent discharged;major:chemical management:Chromium(VI) in sludge
AUD-2024-0066|SUP-0203|dhakaCompliance|2024-03-05|83.0|announced|aminoazobenzene|major:chemical management:Banned azo dye in dye kitchen
AUD-2024-0078|SUP-0205|clearThread|2024-03-26|67.0|semi-announced|dehp;formaldehyde|major:chemical management:Phthalates in plastisol prints
AUD-2024-0099|SUP-0102|kestrel|2024-04-30|79.0|announced|pcp|major:chemical management:PCP found in imported dyestuff
AUD-2023-0150|SUP-0103|clearThread|2023-12-19|82.5|announced||minor:health and safety:Cotton dust above guideline
AUD-2024-0210|SUP-0105|kestrel|2024-10-02|61.0|unannounced|tbt|major:chemical management:TBT in anti-odour treatment
AUD-2024-0215|SUP-0207|clearThread|2024-10-14|92.0|announced||
AUD-2024-0220|SUP-0206|clearThread|2024-10-21|89.5|announced||
""")
# audit stated from the facility's side (hasAudit) rather than the audit's (auditOf)
AUDIT_FROM_FACILITY = {"AUD-2024-0112", "AUD-2024-0009", "AUD-2024-0066", "AUD-2024-0210"}


def lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typed(value: str, dt: str) -> str:
    return f'"{value}"^^xsd:{dt}'


class Onto:
    def __init__(self) -> None:
        self.frames: dict[str, dict[str, list[str]]] = {}
        self.kind: dict[str, str] = {}
        self.n_ref = 0

    def frame(self, kind: str, name: str) -> dict[str, list[str]]:
        self.kind.setdefault(name, kind)
        return self.frames.setdefault(name, {})

    def add(self, kind: str, name: str, section: str, item: str) -> None:
        self.frame(kind, name).setdefault(section, []).append(item)

    def ref(self, name: str) -> str:
        """Every seventh reference to an id or supplier written as a full IRI (hand edits)."""
        self.n_ref += 1
        if self.n_ref % 7 == 0 and name.startswith(("sup:", ":")):
            pre, local = name.split(":", 1)
            return f"<{SUP if pre == 'sup' else ID}{local}>"
        return name

    def text(self) -> str:
        order = ["Annotations", "Types", "SubClassOf", "Characteristics", "Domain", "Range"]
        order += ["InverseOf", "SubPropertyOf", "Facts", "SameAs", "DifferentFrom"]
        out = [
            "Prefix: : <" + ID + ">",
            "Prefix: tt: <" + TT + ">",
            "Prefix: sup: <" + SUP + ">",
            "Prefix: owl: <http://www.w3.org/2002/07/owl#>",
            "Prefix: rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
            "Prefix: rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
            "Prefix: xsd: <http://www.w3.org/2001/XMLSchema#>",
            "Prefix: skos: <http://www.w3.org/2004/02/skos/core#>",
            "Prefix: dcterms: <http://purl.org/dc/terms/>",
            "",
            "",
            "Ontology: <https://vocab.threadtrace.example/ns>",
            "",
            "Annotations:",
            '    rdfs:label "ThreadTrace supply-chain transparency dataset"@en,',
            '    dcterms:modified "2024-11-02"^^xsd:date',
            "",
            "AnnotationProperty: skos:altLabel",
            "",
            "AnnotationProperty: dcterms:modified",
            "",
        ]
        for name, sections in self.frames.items():
            out.append(f"{self.kind[name]}: {name}")
            for sec in order:
                items = sections.get(sec)
                if not items:
                    continue
                if sec in ("Facts", "Annotations") and len(items) > 1:
                    out.append(f"    {sec}: ")
                    out.append(",\n".join("        " + i for i in items))
                else:
                    out.append(f"    {sec}: {', '.join(items)}")
            out.append("")
        return "\n".join(out) + "\n"


CLASSES = rows("""
Organisation||Organisation|Organisation
Brand|Organisation|brand|Marke
Company|Organisation|company|Unternehmen
Supplier|Organisation|supplier|Lieferant
SpinningMill|Supplier|spinning mill|Spinnerei
DyeHouse|Supplier|dye house|Färberei
CutAndSewFactory|Supplier|cut-and-sew factory|Konfektionsbetrieb
CertificationBody|Organisation|certification body|Zertifizierungsstelle
AuditFirm|Organisation|audit firm|Auditfirma
Place||place|Ort
Country|Place|country|Land
City|Place|city|Stadt
ProductLine||product line|Produktlinie
Garment||garment|Kleidungsstück
Fabric||fabric|Stoff
Fibre||fibre|Faser
FibreShare||fibre share|Faseranteil
Standard||certification standard|Standard
Certificate||certificate|Zertifikat
Audit||social or environmental audit|Audit
Finding||audit finding|Befund
RestrictedChemical||restricted chemical|Verbotene Chemikalie
""")

# name | label | comment | domain | range | inverse | characteristics | super
OBJ_PROPS = rows("""
locatedIn|located in|Where a supplier, city or company is; transitive: a supplier in a city is in that city's country.||||Transitive|
ownedBy|owned by|The company that owns a supplier or a brand.||Company|owns||
hasProductLine|has product line|A brand's product lines.|Brand|ProductLine|productLineOf||
inProductLine|in product line|The product line a garment belongs to.|Garment|ProductLine|||
madeFrom|made from|The fabric(s) a garment is cut from (shell fabric first).|Garment|Fabric|||
madeAt|made at|The cut-and-sew (Tier 1) factory that assembles a garment.|Garment|CutAndSewFactory|||
hasComponent|has fibre share|A fabric's fibre composition record (fibre and percent).|Fabric|FibreShare|||
fibre|fibre|The fibre of a composition record.|FibreShare|Fibre|||
dyedAt|dyed at|The dye house (wet processing unit) that dyed and finished a fabric.|Fabric|DyeHouse|||
hasSupplier|has supplier|A supplier's own direct supplier (one tier further upstream).|Supplier|Supplier|supplies||
sourcesFrom|sources from|A brand's direct (Tier 1) production partner.|Brand|CutAndSewFactory|||
holdsCertificate|holds certificate|A certificate held by a supplier.|Supplier|Certificate|heldBy||
standard|standard|The standard a certificate certifies against.|Certificate|Standard|||
issuedBy|issued by|The certification body that issued a certificate.|Certificate|CertificationBody|||
auditOf|audit of|The facility an audit was carried out at.|Audit|Supplier|hasAudit||
conductedBy|conducted by|The audit firm that carried out an audit.|Audit|AuditFirm|||
hasFinding|has finding|A non-compliance recorded by an audit.|Audit|Finding|||
chemicalDetected|restricted substance detected|A restricted chemical found during an audit (wastewater, sludge or chemical inventory).|Audit|RestrictedChemical|||
headquarteredIn|headquartered in|Where a brand or company has its head office.|Organisation|Country|||locatedIn
""")
# name | label | comment | range
DATA_PROPS = rows("""
supplierCode|supplier code|The NGO's own supplier identifier.|string
styleCode|style code|A brand's style number for a garment.|string
retailPrice|retail price (EUR)|Recommended retail price in euros.|decimal
season|season|Season the style was first sold.|string
percent|percent|The share of a fibre in a fabric, in percent by weight.|decimal
weightGsm|fabric weight (g/m²)|Fabric weight in grams per square metre.|integer
construction|construction|Knit or woven.|string
tier|tier|Supply-chain tier (1 = assembly, 2 = fabric and wet processing, 3 = yarn).|
workers|number of workers|Workers employed at the site at the last audit.|integer
established|year established|Year the site or brand was established.|gYear
certificateNumber|certificate number|The number printed on a certificate.|string
expiryDate|valid until|Date after which a certificate is no longer valid.|date
auditDate|audit date|Day the audit took place.|date
auditScore|audit score|Overall score out of 100.|decimal
auditType|audit type|Announced, semi-announced or unannounced.|string
severity|severity|Critical, major or minor.|string
category|category|The area of a finding.|string
description|description|What the auditor found.|string
casNumber|CAS number|Chemical Abstracts Service registry number.|string
fibreType|fibre type|Natural, synthetic or man-made cellulosic.|string
recycled|recycled|Whether the fibre is recycled.|boolean
isoCode|ISO code|ISO 3166-1 alpha-2 country code.|string
""")


def supplier_name(code: str) -> str:
    return "sup:" + LOCAL_NAMES.get(code, code)


def build() -> Onto:
    o = Onto()
    for name, sup, en, de in CLASSES:
        c = f"tt:{name}"
        o.add("Class", c, "Annotations", f"rdfs:label {lit(en)}@en")
        o.add("Class", c, "Annotations", f"rdfs:label {lit(de)}@de")
        if sup:
            o.add("Class", c, "SubClassOf", f"tt:{sup}")
    for name, label, comment, dom, rng, inv, ch, sup in OBJ_PROPS:
        p = f"tt:{name}"
        o.add("ObjectProperty", p, "Annotations", f"rdfs:label {lit(label)}@en")
        o.add("ObjectProperty", p, "Annotations", f"rdfs:comment {lit(comment)}")
        for sec, v in (("Domain", dom), ("Range", rng), ("InverseOf", inv)):
            if v:
                o.add("ObjectProperty", p, sec, f"tt:{v}")
        if ch:
            o.add("ObjectProperty", p, "Characteristics", ch)
        if sup:
            o.add("ObjectProperty", p, "SubPropertyOf", f"tt:{sup}")
    for name, label, comment, rng in DATA_PROPS:
        p = f"tt:{name}"
        o.add("DataProperty", p, "Annotations", f"rdfs:label {lit(label)}@en")
        o.add("DataProperty", p, "Annotations", f"rdfs:comment {lit(comment)}")
        if rng:
            o.add("DataProperty", p, "Range", f"xsd:{rng}")
    ind = "Individual"
    for code, en, de, alt in COUNTRIES:
        x = f":{code}"
        o.add(ind, x, "Types", "tt:Country")
        o.add(ind, x, "Annotations", f"rdfs:label {lit(en)}@en")
        o.add(ind, x, "Annotations", f"rdfs:label {lit(de)}@de")
        for a in filter(None, alt.split(";")):
            o.add(ind, x, "Annotations", f"skos:altLabel {lit(a)}")
        o.add(ind, x, "Facts", f"tt:isoCode {lit(code)}")
    for local, label, cc, alt in CITIES:
        x = f":{local}"
        o.add(ind, x, "Types", "tt:City")
        o.add(ind, x, "Annotations", f"rdfs:label {lit(label)}")
        if alt:
            o.add(ind, x, "Annotations", f"skos:altLabel {lit(alt)}")
        o.add(ind, x, "Facts", f"tt:locatedIn {o.ref(':' + cc)}")
    for local, label, cc, alt in OWNERS:
        x = f":{local}"
        o.add(ind, x, "Types", "tt:Company")
        o.add(ind, x, "Annotations", f"rdfs:label {lit(label)}@en")
        if alt:
            o.add(ind, x, "Annotations", f"skos:altLabel {lit(alt)}")
        o.add(ind, x, "Facts", f"tt:headquarteredIn {o.ref(':' + cc)}")
    for local, label, cc, parent, founded, alt in BRANDS:
        x = f":{local}"
        o.add(ind, x, "Types", "tt:Brand")
        o.add(ind, x, "Annotations", f"rdfs:label {lit(label)}")
        if alt:
            o.add(ind, x, "Annotations", f"skos:altLabel {lit(alt)}")
        o.add(ind, x, "Facts", f"tt:headquarteredIn {o.ref(':' + cc)}")
        o.add(ind, x, "Facts", f"tt:established {typed(founded, 'gYear')}")
        if parent:
            if local == "lumoKids":
                o.add(ind, f":{parent}", "Facts", f"tt:owns {o.ref(x)}")
            else:
                o.add(ind, x, "Facts", f"tt:ownedBy {o.ref(':' + parent)}")
    for local, label, brand, side in LINES:
        x = f":{local}"
        o.add(ind, x, "Types", "tt:ProductLine")
        o.add(ind, x, "Annotations", f"rdfs:label {lit(label)}@en")
        if side == "b":
            o.add(ind, f":{brand}", "Facts", f"tt:hasProductLine {o.ref(x)}")
        else:
            o.add(ind, x, "Facts", f"tt:productLineOf {o.ref(':' + brand)}")
    for local, en, de, alt, ftype, rec in FIBRES:
        x = f":{local}"
        o.add(ind, x, "Types", "tt:Fibre")
        o.add(ind, x, "Annotations", f"rdfs:label {lit(en)}@en")
        o.add(ind, x, "Annotations", f"rdfs:label {lit(de)}@de")
        for a in filter(None, alt.split(";")):
            o.add(ind, x, "Annotations", f"skos:altLabel {lit(a)}")
        o.add(ind, x, "Facts", f"tt:fibreType {lit(ftype)}")
        o.add(ind, x, "Facts", f"tt:recycled {typed(rec, 'boolean')}")
    for code, label, klass, city, tier, owner, oside, workers, est in SUPPLIERS:
        x = supplier_name(code)
        o.add(ind, x, "Types", f"tt:{klass}")
        if label:
            lang = "" if klass == "SpinningMill" else "@en"
            o.add(ind, x, "Annotations", f"rdfs:label {lit(label)}{lang}")
        o.add(ind, x, "Facts", f"tt:supplierCode {lit(code)}")
        where = ":" + (city[1:] if city.startswith("=") else city)
        o.add(ind, x, "Facts", f"tt:locatedIn {o.ref(where)}")
        tier_lit = lit(tier) if tier.startswith("Tier") else typed(tier, "integer")
        o.add(ind, x, "Facts", f"tt:tier {tier_lit}")
        if owner:
            if oside == "s":
                o.add(ind, x, "Facts", f"tt:ownedBy {o.ref(':' + owner)}")
            else:
                o.add(ind, f":{owner}", "Facts", f"tt:owns {o.ref(x)}")
        if code == OLD_CODE[0]:
            # the old record holds the workforce and founding year
            old = f"sup:{OLD_CODE[1]}"
            o.add(ind, old, "Types", "tt:CutAndSewFactory")
            o.add(ind, old, "Annotations", f"rdfs:label {lit('Bay Garments (Pvt.) Ltd.')}")
            o.add(ind, old, "Facts", f"tt:workers {typed(workers, 'integer')}")
            o.add(ind, old, "Facts", f"tt:established {typed(est, 'gYear')}")
            o.add(ind, x, "SameAs", old)
        else:
            o.add(ind, x, "Facts", f"tt:workers {typed(workers, 'integer')}")
            o.add(ind, x, "Facts", f"tt:established {typed(est, 'gYear')}")
    o.add(ind, supplier_name("SUP-0101"), "DifferentFrom", supplier_name("SUP-0102"))
    for buyer, seller, side in SUPPLY:
        if side == "h":
            o.add(
                ind, supplier_name(buyer), "Facts", f"tt:hasSupplier {o.ref(supplier_name(seller))}"
            )
        else:
            o.add(ind, supplier_name(seller), "Facts", f"tt:supplies {o.ref(supplier_name(buyer))}")
    for buyer, seller in NOT_SUPPLY:
        o.add(ind, supplier_name(buyer), "Facts", f"not tt:hasSupplier {supplier_name(seller)}")
    for brand, *factories in SOURCING:
        for f in factories:
            o.add(ind, f":{brand}", "Facts", f"tt:sourcesFrom {o.ref(supplier_name(f))}")
    o.add(ind, ":mare", "Facts", f"not tt:sourcesFrom {supplier_name('SUP-0309')}")
    n_share = 0
    for code, label, cons, gsm, dye, comp in FABRICS:
        x = ":" + FABRIC_LOCAL.get(code, code)
        o.add(ind, x, "Types", "tt:Fabric")
        if label:
            o.add(ind, x, "Annotations", f"rdfs:label {lit(label)}@en")
        if code not in FABRIC_LOCAL:
            o.add(ind, x, "Annotations", f"skos:altLabel {lit(code)}")
        o.add(ind, x, "Facts", f"tt:construction {lit(cons)}")
        o.add(ind, x, "Facts", f"tt:weightGsm {typed(gsm, 'integer')}")
        o.add(ind, x, "Facts", f"tt:dyedAt {o.ref(supplier_name(dye))}")
        for part in comp.split(";"):
            fib, pct = part.split(":")
            n_share += 1
            b = f"_:share{n_share:03d}"
            o.add(ind, x, "Facts", f"tt:hasComponent {b}")
            o.add(ind, b, "Types", "tt:FibreShare")
            o.add(ind, b, "Facts", f"tt:fibre :{fib}")
            o.add(ind, b, "Facts", f"tt:percent {typed(pct, 'decimal')}")
    for code, en, de, line, fabrics, factory, price, season in GARMENTS:
        x = f":{code}"
        o.add(ind, x, "Types", "tt:Garment")
        if en:
            o.add(ind, x, "Annotations", f"rdfs:label {lit(en)}@en")
        if de and de != en:
            o.add(ind, x, "Annotations", f"rdfs:label {lit(de)}@de")
        o.add(ind, x, "Facts", f"tt:styleCode {lit(code)}")
        o.add(ind, x, "Facts", f"tt:inProductLine {o.ref(':' + line)}")
        for fab in fabrics.split(";"):
            o.add(ind, x, "Facts", f"tt:madeFrom {o.ref(':' + FABRIC_LOCAL.get(fab, fab))}")
        o.add(ind, x, "Facts", f"tt:madeAt {o.ref(supplier_name(factory))}")
        o.add(ind, x, "Facts", f"tt:retailPrice {typed(price, 'decimal')}")
        o.add(ind, x, "Facts", f"tt:season {lit(season)}")
    for local, label, alt in STANDARDS:
        x = f":{local}"
        o.add(ind, x, "Types", "tt:Standard")
        o.add(ind, x, "Annotations", f"rdfs:label {lit(label)}@en")
        for a in filter(None, alt.split(";")):
            o.add(ind, x, "Annotations", f"skos:altLabel {lit(a)}")
    for local, label in BODIES:
        o.add(ind, f":{local}", "Types", "tt:CertificationBody")
        o.add(ind, f":{local}", "Annotations", f"rdfs:label {lit(label)}")
    for num, holder, std, body, expiry in CERTIFICATES:
        x = f":{num}"
        o.add(ind, x, "Types", "tt:Certificate")
        o.add(ind, x, "Facts", f"tt:certificateNumber {lit(num)}")
        o.add(ind, x, "Facts", f"tt:standard {o.ref(':' + std)}")
        o.add(ind, x, "Facts", f"tt:issuedBy :{body}")
        o.add(ind, x, "Facts", f"tt:expiryDate {typed(expiry, 'date')}")
        if num in HELD_BY_SIDE:
            o.add(ind, x, "Facts", f"tt:heldBy {o.ref(supplier_name(holder))}")
        else:
            o.add(ind, supplier_name(holder), "Facts", f"tt:holdsCertificate {o.ref(x)}")
    for local, label in AUDITORS:
        o.add(ind, f":{local}", "Types", "tt:AuditFirm")
        o.add(ind, f":{local}", "Annotations", f"rdfs:label {lit(label)}@en")
    for local, label, cas, alt in CHEMICALS:
        x = f":{local}"
        o.add(ind, x, "Types", "tt:RestrictedChemical")
        o.add(ind, x, "Annotations", f"rdfs:label {lit(label)}@en")
        for a in filter(None, alt.split(";")):
            o.add(ind, x, "Annotations", f"skos:altLabel {lit(a)}")
        o.add(ind, x, "Facts", f"tt:casNumber {lit(cas)}")
    n_find = 0
    for code, fac, firm, date, score, atype, chems, finds in AUDITS:
        x = f":{code}"
        o.add(ind, x, "Types", "tt:Audit")
        if code in AUDIT_FROM_FACILITY:
            o.add(ind, supplier_name(fac), "Facts", f"tt:hasAudit {o.ref(x)}")
        else:
            o.add(ind, x, "Facts", f"tt:auditOf {o.ref(supplier_name(fac))}")
        o.add(ind, x, "Facts", f"tt:conductedBy :{firm}")
        o.add(ind, x, "Facts", f"tt:auditDate {typed(date, 'date')}")
        o.add(ind, x, "Facts", f"tt:auditScore {typed(score, 'decimal')}")
        o.add(ind, x, "Facts", f"tt:auditType {lit(atype)}")
        for c in filter(None, chems.split(";")):
            o.add(ind, x, "Facts", f"tt:chemicalDetected {o.ref(':' + c)}")
        for f in filter(None, finds.split(";")):
            sev, cat, text = f.split(":", 2)
            n_find += 1
            b = f"_:finding{n_find:03d}"
            o.add(ind, x, "Facts", f"tt:hasFinding {b}")
            o.add(ind, b, "Types", "tt:Finding")
            o.add(ind, b, "Facts", f"tt:severity {lit(sev)}")
            o.add(ind, b, "Facts", f"tt:category {lit(cat)}")
            o.add(ind, b, "Facts", f"tt:description {lit(text)}@en")
    return o


def main() -> None:
    (HERE / "garments.omn").write_text(build().text(), encoding="utf-8")


if __name__ == "__main__":
    main()
