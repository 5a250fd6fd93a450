# ruff: noqa: E501  (one record a line)
"""Write ``fisheries.hext``: an invented fisheries and marine stock-assessment graph as a regional
fisheries body (the "Boreal Seas Fisheries Commission") publishes it, in **RDF HexTuples**
(NDJSON, one ``[subject, predicate, value, datatype, language, graph]`` array a line, as Ontola's
linked-delta tools and some Solid servers write it).

Vocabularies: schema.org (names, dates, lengths, owners, places), Darwin Core
(``dwc:scientificName``, ``dwc:vernacularName``, ``dwc:family``), SKOS (the FAO area scheme,
the stock-status and gear code lists) and the body's own ``fish:`` terms, whose properties carry
``rdfs:label`` and ``rdfs:comment``.

Things: species (scientific name, common names in English, French, Spanish, Norwegian and German
on some, English only on others, an ASFIS three-letter code, a family, what it preys on); FAO
major areas, sub-areas and divisions (``skos:broader``, named by a label or only by their code);
fish stocks (an ICES-style stock code, species, areas); stock assessments as n-ary records
(stock, assessment year, status, spawning-stock biomass, fishing mortality); catch quotas by stock
and year (total allowable catch); vessels (name or only an IMO number, flag state, home port,
length, gear type, owner company, year built); landings as n-ary records (vessel, species, port,
date, tonnes); research surveys (vessels, start and end dates, areas covered, organiser); ports,
countries, institutes, companies.

The mess of a real export: blank nodes as ``_:b12`` subjects (assessments, quotas, landings); the
sixth element puts facts in named graphs (a reference graph, the vessel register, one graph per
assessment year, quotas, landings per year, surveys) and the ontology in the default graph; a
stock's own facts repeated in every year's graph that assesses it; plain strings written with
``xsd:string`` by one tool and with an **empty** datatype by another (the vessel register and the
2023 landings); language-tagged labels as ``rdf:langString`` or with an empty datatype; numbers as
``xsd:decimal``, ``xsd:integer``, ``xsd:double`` (the 2022 biomass figures), dates as
``xsd:date`` / ``xsd:dateTime`` / ``xsd:gYear``; units inside some literals ("12.5 m",
"57,4 m", "23.4 t") beside plain numbers; area hierarchy given by ``skos:narrower`` in the 2022
graph only; ``fish:ownedBy`` / ``fish:owns`` and ``fish:preysOn`` / ``fish:preyOf`` declared
inverse and stated from either side; divisions and some vessels named only by a code.

Run from the repository root: ``python bench/data/own/fisheries_make.py``. Deterministic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
B = "https://data.bsfc.example/"
FISH = B + "ns/fish#"
S = "http://schema.org/"
DWC = "http://rs.tdwg.org/dwc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
LANGSTRING = RDF + "langString"

G_REF = B + "graph/reference"
G_REG = B + "graph/vessel-register"
G_QUOTA = B + "graph/quotas"
G_SURVEY = B + "graph/surveys"


def G_ASSESS(year: int) -> str:
    return f"{B}graph/assessment-{year}"


def G_LAND(year: int) -> str:
    return f"{B}graph/landings-{year}"


# graphs whose exporter writes plain strings with an empty datatype
EMPTY_DT = {G_REG, G_LAND(2023)}

# ASFIS code | scientific name | family | en | fr | es | no | de   (blank: no name in that language)
SPECIES = """
COD|Gadus morhua|Gadidae|Atlantic cod|Cabillaud|Bacalao del Atlántico|Torsk|Kabeljau
HAD|Melanogrammus aeglefinus|Gadidae|Haddock|Églefin|Eglefino|Hyse|Schellfisch
POK|Pollachius virens|Gadidae|Saithe|Lieu noir|Carbonero|Sei|Köhler
WHG|Merlangius merlangus|Gadidae|Whiting|Merlan|Merlán|Hvitting|Wittling
HER|Clupea harengus|Clupeidae|Atlantic herring|Hareng de l'Atlantique|Arenque del Atlántico|Sild|Hering
MAC|Scomber scombrus|Scombridae|Atlantic mackerel|Maquereau commun|Caballa del Atlántico|Makrell|Makrele
WHB|Micromesistius poutassou|Gadidae|Blue whiting|Merlan bleu|Bacaladilla|Kolmule|Blauer Wittling
SPR|Sprattus sprattus|Clupeidae|European sprat|Sprat|Espadín||Sprotte
SAN|Ammodytes marinus|Ammodytidae|Lesser sandeel|Lançon||Tobis|
PLE|Pleuronectes platessa|Pleuronectidae|European plaice|Plie|Solla|Rødspette|Scholle
SOL|Solea solea|Soleidae|Common sole|Sole commune|Lenguado común|Tunge|Seezunge
MON|Lophius piscatorius|Lophiidae|Angler|Baudroie commune|Rape|Breiflabb|Seeteufel
HKE|Merluccius merluccius|Merlucciidae|European hake|Merlu européen|Merluza europea|Lysing|Seehecht
GHL|Reinhardtius hippoglossoides|Pleuronectidae|Greenland halibut|Flétan noir|Fletán negro|Blåkveite|Schwarzer Heilbutt
REB|Sebastes mentella|Sebastidae|Beaked redfish|Sébaste du Nord||Snabeluer|Tiefenbarsch
PRA|Pandalus borealis|Pandalidae|Northern prawn|Crevette nordique|Camarón boreal|Dypvannsreke|
NEP|Nephrops norvegicus|Nephropidae|Norway lobster|Langoustine|Cigala|Sjøkreps|Kaisergranat
CAP|Mallotus villosus|Osmeridae|Capelin|Capelan|Capelán|Lodde|
NOP|Trisopterus esmarkii|Gadidae|Norway pout|Tacaud norvégien||Øyepål|Stintdorsch
HAL|Hippoglossus hippoglossus|Pleuronectidae|Atlantic halibut|Flétan de l'Atlantique|Fletán del Atlántico|Kveite|Heilbutt
DGS|Squalus acanthias|Squalidae|Picked dogfish|Aiguillat commun|Mielga|Pigghå|Dornhai
BFT|Thunnus thynnus|Scombridae|Atlantic bluefin tuna|Thon rouge|Atún rojo|Makrellstørje|Roter Thun
LIN|Molva molva|Lotidae|Ling|Lingue franche|Maruca|Lange|Leng
USK|Brosme brosme|Lotidae|Tusk|Brosme|Brosmio|Brosme|Lumb
MEG|Lepidorhombus whiffiagonis|Scophthalmidae|Megrim|Cardine franche|Gallo del Norte||Flügelbutt
POC|Boreogadus saida|Gadidae|Polar cod|Morue polaire|||Polardorsch
CAA|Anarhichas lupus|Anarhichadidae|Atlantic wolffish|Loup atlantique|Perro del norte|Gråsteinbit|
"""
# extra English names (schema:alternateName), a species' other common names
SPECIES_ALT = {
    "MON": ["Monkfish"],
    "DGS": ["Spurdog", "Spiny dogfish"],
    "NEP": ["Langoustine", "Dublin Bay prawn"],
    "PRA": ["Northern shrimp", "Deepwater prawn"],
    "POK": ["Coley", "Pollock"],
    "GHL": ["Turbot (Greenland)"],
    "BFT": ["Northern bluefin tuna"],
}
# predator | prey (stated as fish:preysOn, or, marked "<", as fish:preyOf on the prey)
PREDATION = """
COD CAP
COD HER
COD PRA <
COD SAN
POK NOP
POK HER <
MAC SAN
HKE WHB
MON WHG <
GHL CAP
GHL PRA
BFT MAC
BFT HER <
DGS SPR
HAD SAN <
WHG NOP
CAA PRA
POC PRA
HAL COD <
"""

# notation | English label (blank: named only by its code) | parent notation
AREAS = """
27|Atlantic, Northeast|
27.1|Barents Sea|27
27.1.a||27.1
27.1.b||27.1
27.2|Norwegian Sea, Spitzbergen and Bear Island|27
27.2.a|Norwegian Sea|27.2
27.2.b|Spitzbergen and Bear Island|27.2
27.3|Skagerrak, Kattegat, Sound, Belt Sea and Baltic Sea|27
27.3.a|Skagerrak and Kattegat|27.3
27.4|North Sea|27
27.4.a|Northern North Sea|27.4
27.4.b|Central North Sea|27.4
27.4.c|Southern North Sea|27.4
27.5|Iceland and Faroes Grounds|27
27.5.a|Iceland Grounds|27.5
27.5.b|Faroes Grounds|27.5
27.6|Rockall, Northwest Coast of Scotland and North Ireland|27
27.6.a|Northwest Coast of Scotland and North Ireland|27.6
27.6.b|Rockall|27.6
27.7|Irish Sea, West of Ireland, Porcupine Bank, English Channel, Bristol Channel and Celtic Sea|27
27.7.a|Irish Sea|27.7
27.7.d|Eastern English Channel|27.7
27.7.e|Western English Channel|27.7
27.7.g||27.7
27.7.h||27.7
27.8|Bay of Biscay|27
27.8.a||27.8
27.8.b||27.8
27.14|East Greenland|27
27.14.b||27.14
"""
AREA_FR = {
    "27.4": "Mer du Nord",
    "27.1": "Mer de Barents",
    "27.8": "Golfe de Gascogne",
    "27.7.d": "Manche orientale",
    "27.2.a": "Mer de Norvège",
}

STATUSES = [
    ("SF", "Sustainably fished", "Stock above MSY Btrigger and fished at or below FMSY."),
    ("OF", "Overfished", "Fishing mortality above FMSY or biomass below Blim."),
    ("RC", "Recovering", "Biomass below MSY Btrigger but increasing under a recovery plan."),
    ("DL", "Data-limited", "No analytical assessment; advice from survey trends."),
    ("DP", "Depleted", "Biomass below Blim; zero catch advised."),
]

# code | label | stock name (rdfs:label) | species | areas | years assessed | statuses by year
STOCKS = """
cod.27.47d20|Cod in Subarea 4, Division 7.d and Subdivision 20|North Sea cod|COD|27.4,27.7.d,27.3.a|2022,2023,2024|OF,RC,RC
cod.27.1-2|Cod in subareas 1 and 2 (Northeast Arctic)|Northeast Arctic cod|COD|27.1,27.2|2022,2023,2024|SF,SF,OF
cod.27.5a|Cod in Division 5.a (Iceland grounds)|Icelandic cod|COD|27.5.a|2023,2024|SF,SF
cod.27.7a|Cod in Division 7.a (Irish Sea)|Irish Sea cod|COD|27.7.a|2022,2024|DP,DP
had.27.46a20|Haddock in Subarea 4, Division 6.a and Subdivision 20|North Sea haddock|HAD|27.4,27.6.a,27.3.a|2022,2023,2024|SF,SF,SF
had.27.1-2|Haddock in subareas 1 and 2 (Northeast Arctic)|Northeast Arctic haddock|HAD|27.1,27.2|2023,2024|SF,RC
pok.27.3a46|Saithe in subareas 4 and 6 and Division 3.a|Northern shelf saithe|POK|27.4,27.6,27.3.a|2022,2023,2024|SF,OF,OF
whg.27.47d|Whiting in Subarea 4 and Division 7.d|North Sea whiting|WHG|27.4,27.7.d|2023,2024|SF,SF
her.27.3a47d|Herring in Subarea 4 and divisions 3.a and 7.d, autumn spawners|North Sea autumn-spawning herring|HER|27.4,27.3.a,27.7.d|2022,2023,2024|RC,SF,SF
her.27.1-24a514a|Herring in subareas 1, 2, 5 and divisions 4.a and 14.a|Norwegian spring-spawning herring|HER|27.1,27.2,27.5,27.4.a,27.14|2022,2023,2024|OF,OF,OF
mac.27.nea|Mackerel in subareas 1-8 and 14, and in Division 9.a|Northeast Atlantic mackerel|MAC|27|2022,2023,2024|OF,OF,RC
whb.27.1-91214|Blue whiting in subareas 1-9, 12 and 14|Blue whiting (combined stock)|WHB|27|2023,2024|SF,SF
spr.27.4|Sprat in Subarea 4|North Sea sprat|SPR|27.4|2023,2024|SF,SF
san.sa.1r|Sandeel in divisions 4.b and 4.c, Sandeel Area 1r|Dogger Bank sandeel|SAN|27.4.b,27.4.c|2022,2024|RC,SF
ple.27.420|Plaice in Subarea 4 and Subdivision 20|North Sea plaice|PLE|27.4,27.3.a|2022,2023,2024|SF,SF,SF
sol.27.4|Sole in Subarea 4|North Sea sole|SOL|27.4|2023,2024|OF,RC
sol.27.7d|Sole in Division 7.d|Eastern English Channel sole|SOL|27.7.d|2022,2024|OF,OF
hke.27.3a46-8abd|Hake in subareas 4, 6 and 7 and divisions 3.a, 8.a-b and 8.d|Northern hake|HKE|27.4,27.6,27.7,27.3.a,27.8.a,27.8.b|2022,2023,2024|SF,SF,SF
ghl.27.1-2|Greenland halibut in subareas 1 and 2|Northeast Arctic Greenland halibut|GHL|27.1,27.2|2023,2024|SF,SF
reb.27.1-2|Beaked redfish in subareas 1 and 2|Northeast Arctic beaked redfish|REB|27.1,27.2|2022,2024|RC,SF
pra.27.3a4a|Northern shrimp in Division 3.a and Subarea 4 (Skagerrak and Norwegian Deep)|Skagerrak northern shrimp|PRA|27.3.a,27.4.a|2023,2024|OF,OF
nep.fu.7|Norway lobster in Division 4.a, Functional Unit 7 (Fladen Ground)|Fladen Ground Nephrops|NEP|27.4.a|2022,2023|SF,SF
cap.27.1-2|Capelin in subareas 1 and 2 (Barents Sea)|Barents Sea capelin|CAP|27.1,27.2.b|2022,2023,2024|SF,DP,DL
nop.27.3a4|Norway pout in Subarea 4 and Division 3.a|North Sea Norway pout|NOP|27.4,27.3.a|2023,2024|SF,SF
lin.27.3a4a6-91214|Ling in subareas 6-9, 12 and 14 and divisions 3.a and 4.a|Northern ling|LIN|27.6,27.7,27.8,27.14,27.3.a,27.4.a|2024|DL
usk.27.3a45b6a7-912b|Tusk in subareas 4 and 7-9, and divisions 3.a, 5.b, 6.a and 12.b|Northern tusk|USK|27.4,27.7,27.5.b,27.6.a,27.3.a|2023|DL
meg.27.7b-k8abd|Megrim in divisions 7.b-k, 8.a-b and 8.d|Celtic Sea megrim|MEG|27.7.g,27.7.h,27.8.a,27.8.b|2022,2023,2024|SF,SF,SF
mon.27.78abd|Anglerfish in Subarea 7 and divisions 8.a-b and 8.d|Celtic Sea and Biscay anglerfish|MON|27.7,27.8.a,27.8.b|2023,2024|SF,SF
dgs.27.nea|Spurdog in subareas 1-10, 12 and 14|Northeast Atlantic spurdog|DGS|27|2022|RC
bft.27.nea|Bluefin tuna in the Northeast Atlantic|Eastern Atlantic bluefin tuna|BFT|27|||
"""

# iso3 | English name | own-language name (lang:name)
COUNTRIES = """
NOR|Norway|no:Norge
GBR|United Kingdom|
DNK|Denmark|da:Danmark
FRO|Faroe Islands|fo:Føroyar
ISL|Iceland|is:Ísland
NLD|Netherlands|nl:Nederland
FRA|France|fr:France
ESP|Spain|es:España
DEU|Germany|de:Deutschland
IRL|Ireland|ga:Éire
"""
# UN/LOCODE | name | country
PORTS = """
NOAES|Ålesund|NOR
NOTOS|Tromsø|NOR
NOBGO|Bergen|NOR
NOHFT|Hammerfest|NOR
GBFRB|Fraserburgh|GBR
GBPHD|Peterhead|GBR
GBLER|Lerwick|GBR
DKHIR|Hirtshals|DNK
DKSKA|Skagen|DNK
DKEBJ|Esbjerg|DNK
FOTHO|Tórshavn|FRO
FOKVI|Klaksvík|FRO
ISREY|Reykjavík|ISL
NLIJM|IJmuiden|NLD
FRBOL|Boulogne-sur-Mer|FRA
FRLRT|Lorient|FRA
ESVGO|Vigo|ESP
IEKBS|Killybegs|IRL
DECUX|Cuxhaven|DEU
"""
# code | English label | other label
GEARS = """
OTB|Bottom otter trawl|fr:Chalut de fond à panneaux
OTM|Midwater otter trawl|fr:Chalut pélagique à panneaux
PS|Purse seine|fr:Senne coulissante
LLS|Set longline|fr:Palangre calée
GNS|Set gillnet|fr:Filet maillant calé
SDN|Danish seine|fr:Senne danoise
TBB|Beam trawl|fr:Chalut à perche
FPO|Pots and traps|fr:Casiers
"""
# id | name | legal name | country | org number
COMPANIES = """
nordhav|Nordhav Fiskeri|Nordhav Fiskeri AS|NOR|918 443 210
vestfjord|Vestfjord Havfiske|Vestfjord Havfiske AS|NOR|987 110 452
barents|Barents Trawl|Barents Trawl AS|NOR|912 775 300
peterhead|Peterhead Pelagic|Peterhead Pelagic Ltd|GBR|SC412238
shetland|Shetland Catch|Shetland Catch Holdings Ltd|GBR|SC287760
skagerak|Skagerak Fiskeeksport|Skagerak Fiskeeksport ApS|DNK|DK 34 55 21 09
thy|Thyborøn Trawl|Thyborøn Trawl A/S|DNK|DK 28 11 04 62
klaksvik|Klaksvíkar Útgerð|P/F Klaksvíkar Útgerð|FRO|5123
grandi|Norðurgrandi|Norðurgrandi hf.|ISL|580299-2119
zeewolf|Zeewolf Visserij|Zeewolf Visserij B.V.|NLD|24317755
armor|Armement Pêche Armor|Armement Pêche Armor SAS|FRA|412 887 301
vigo|Pesquerías Ría de Vigo|Pesquerías Ría de Vigo S.A.|ESP|A36012875
killybegs|Atlantic Pelagic Killybegs|Atlantic Pelagic (Killybegs) Ltd|IRL|IE 511093
"""
# IMO | name (blank: only its IMO) | flag | home port | length (as written) | gear | owner | built | GT
VESSELS = """
9234567|Havbris|NOR|NOAES|76.2|OTM|nordhav|2001|2890
9412205|Nordstjernen|NOR|NOAES|57,4 m|PS|nordhav|2008|1644
9633112|Vestfjord Viking|NOR|NOTOS|64.3|OTB|vestfjord|2013|2210
9705118|Polarfangst|NOR|NOHFT|69.9|OTB|barents|2015|2875
9120634||NOR|NOTOS|48.5|LLS|vestfjord|1996|980
9301977|Barentshav|NOR|NOHFT|62.0|OTB|barents|2004|2015
9588301|Lofoten Viking|NOR|NOBGO|39.8 m|SDN|vestfjord|2011|512
9402771|Northern Dawn|GBR|GBFRB|70.1|OTM|peterhead|2007|2489
9611453|Ocean Venture II|GBR|GBPHD|68.5|PS|peterhead|2012|2651
9177409|Kestrel|GBR|GBPHD|27.8|OTB|shetland|1998|280
9714250|Whalsay Rose|GBR|GBLER|71.5|OTM|shetland|2016|2705
9255418|Girl Isla|GBR|GBFRB|24.9 m|SDN|shetland|2002|197
9387120||GBR|GBLER|22.6|FPO|shetland|2006|123
9503662|Skagerak Star|DNK|DKSKA|42.0|OTB|skagerak|2009|680
9298105|Hirtshals Pige|DNK|DKHIR|36.7|SDN|skagerak|2003|402
9666810|Ribe Hav|DNK|DKEBJ|74.0|OTM|thy|2014|2980
9145523|Fanø Bank|DNK|DKEBJ|19.9|TBB|thy|1997|110
9732461|Jóhanna|FRO|FOKVI|75.3|PS|klaksvik|2017|3150
9444102|Gøtunes|FRO|FOTHO|58.1|OTB|klaksvik|2009|1600
9356781|Helga María|ISL|ISREY|65.0|OTB|grandi|2006|2060
9680355|Arnarfell|ISL|ISREY|80.3|OTM|grandi|2014|3480
9223401|Zeewolf|NLD|NLIJM|43.9|TBB|zeewolf|2000|650
9518877|Jacoba|NLD|NLIJM|12.5 m|TBB|zeewolf|2010|48
9619024||NLD|NLIJM|40.2|TBB|zeewolf|2012|590
9285541|Pen ar Bed|FRA|FRLRT|24.0|OTB|armor|2003|190
9462117|Bretagne Espoir|FRA|FRBOL|33.5|OTB|armor|2008|355
9521880|Nuevo Alborán|ESP|ESVGO|38.0|LLS|vigo|2010|440
9195203|Ría de Arousa|ESP|ESVGO|29.6|GNS|vigo|1999|215
9650228|Atlantic Challenger|IRL|IEKBS|72.8|OTM|killybegs|2013|2790
9390511|Killybegs Pride|IRL|IEKBS|35.1|OTB|killybegs|2007|420
"""
# research vessels: IMO | name | flag | home port | length | operator institute | built
RESEARCH_VESSELS = """
9688741|Johan Hjort II|NOR|NOBGO|69.9|imr|2016
9311058|Dana Rigel|DNK|DKHIR|78.4|dtu|2005
9480003|Scotia Ness|GBR|GBFRB|68.6|mss|2009
9596212|Walther Herwig IV|DEU|DECUX|64.5|thunen|2011
9345219|Thalia|FRA|FRLRT|73.7|ifremer|2006
9701884|Bjarni Sæmundsson II|ISL|ISREY|56.0|mfri|2016
9408836|Tridens III|NLD|NLIJM|73.5|wmr|2008
9237410|Lir Explorer|IRL|IEKBS|65.5|mi|2002
"""
# id | name | acronym | country
INSTITUTES = """
imr|Institute of Marine Research|IMR|NOR
dtu|DTU Aqua|DTU Aqua|DNK
mss|Marine Scotland Science|MSS|GBR
thunen|Thünen Institute of Sea Fisheries|TI-SF|DEU
ifremer|Ifremer|IFREMER|FRA
mfri|Marine and Freshwater Research Institute|MFRI|ISL
wmr|Wageningen Marine Research|WMR|NLD
mi|Marine Institute|MI|IRL
"""
# id | name | acronym | vessels | areas | start | end | organiser | target species
SURVEYS = """
nsibts-q1-2024|North Sea International Bottom Trawl Survey Q1 2024|NS-IBTS Q1|Dana Rigel,Walther Herwig IV,Scotia Ness|27.4.a,27.4.b,27.4.c,27.3.a|2024-01-15|2024-02-28|dtu|COD,HAD,WHG,HER
bess-2023|Barents Sea Ecosystem Survey 2023|BESS|Johan Hjort II|27.1.a,27.1.b,27.2.b|2023-08-10|2023-10-05|imr|CAP,COD,POC
iessns-2024|International Ecosystem Summer Survey in the Nordic Seas 2024|IESSNS|Johan Hjort II,Bjarni Sæmundsson II|27.2.a,27.5.a,27.14.b|2024-07-01|2024-08-04|imr|MAC,HER
wespas-2023|Western European Shelf Pelagic Acoustic Survey 2023|WESPAS|Lir Explorer|27.6.a,27.7.g,27.7.h|2023-06-12|2023-07-28|mi|HER,BFT
nep-uwtv-2024|Irish Sea Nephrops Underwater TV Survey 2024|UWTV 7.a|Lir Explorer|27.7.a|2024-08-05|2024-08-19|mi|NEP
igs-2024|Icelandic Groundfish Survey 2024|IGS (March survey)|Bjarni Sæmundsson II|27.5.a|2024-02-27|2024-03-20|mfri|COD,HAD,GHL
bwss-2023|Blue Whiting Spawning Survey 2023|IBWSS|Thalia,Tridens III|27.6.b,27.7.g|2023-03-20|2023-04-09|ifremer|WHB
bts-2023|Beam Trawl Survey 2023|BTS|Tridens III|27.4.c,27.7.d|2023-08-14|2023-09-15|wmr|PLE,SOL
"""

# TAC by stock: year -> tonnes (how it is written is chosen per row)
QUOTAS = """
cod.27.47d20|2023:13360|2024:20560|2025:21740
cod.27.1-2|2023:566784|2024:453427
cod.27.5a|2024:211309
had.27.46a20|2023:128708|2024:109183
pok.27.3a46|2023:49614|2024:63216
whg.27.47d|2024:88426
her.27.3a47d|2023:368989|2024:396186
her.27.1-24a514a|2024:390010
mac.27.nea|2023:782066|2024:739386
whb.27.1-91214|2024:1529754
spr.27.4|2024:138000
ple.27.420|2023:155873|2024:142517
sol.27.4|2023:15330|2024:9453
sol.27.7d|2024:3258
hke.27.3a46-8abd|2024:89789
ghl.27.1-2|2024:25000
pra.27.3a4a|2024:5390
nep.fu.7|2023:10230
cap.27.1-2|2023:62000|2024:0
nop.27.3a4|2024:100000
meg.27.7b-k8abd|2024:21375
mon.27.78abd|2024:44506
"""


class Writer:
    """Collects hextuples, each once per graph, in the order written."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.seen: set[tuple[str, ...]] = set()
        self.blank = 0

    def new_blank(self) -> str:
        self.blank += 1
        return f"_:b{self.blank}"

    def add(self, s: str, p: str, v: str, dt: str, lang: str = "", g: str = "") -> None:
        row = [s, p, v, dt, lang, g]
        if tuple(row) not in self.seen:
            self.seen.add(tuple(row))
            self.rows.append(row)

    def iri(self, s: str, p: str, o: str, g: str) -> None:
        self.add(s, p, o, "localId" if o.startswith("_:") else "globalId", "", g)

    def text(self, s: str, p: str, v: str, g: str, lang: str = "") -> None:
        if lang:  # most write rdf:langString, the register's tool an empty datatype
            self.add(s, p, v, "" if g in EMPTY_DT else LANGSTRING, lang, g)
        else:
            self.add(s, p, v, "" if g in EMPTY_DT else XSD + "string", "", g)

    def typed(self, s: str, p: str, v: str, dt: str, g: str) -> None:
        self.add(s, p, v, XSD + dt, "", g)


def rows(block: str) -> list[list[str]]:
    return [line.split("|") for line in block.strip().splitlines()]


def area_iri(code: str) -> str:
    return f"{B}area/fao/{code}"


def write_ontology(w: Writer) -> None:
    props = [
        ("stockOf", "stock of", "The species a stock is a population of."),
        ("inArea", "distributed in area", "An FAO area or division the stock occupies."),
        ("stockCode", "stock code", "The ICES-style stock identifier, e.g. cod.27.47d20."),
        ("assessedStock", "assessed stock", "The stock an assessment record is about."),
        ("assessmentYear", "assessment year", "The year of the advice the assessment fed."),
        ("stockStatus", "stock status", "The status the assessment concluded for the stock."),
        (
            "spawningStockBiomass",
            "spawning stock biomass (t)",
            "Estimated SSB in tonnes at the start of the assessment year.",
        ),
        (
            "fishingMortality",
            "fishing mortality (F)",
            "Mean fishing mortality over the reference ages.",
        ),
        ("quotaFor", "quota for stock", "The stock a catch quota limits."),
        ("quotaYear", "quota year", "The calendar year a catch quota applies to."),
        ("totalAllowableCatch", "total allowable catch", "The TAC in tonnes live weight."),
        ("imoNumber", "IMO number", "The IMO ship identification number."),
        ("flagState", "flag state", "The country whose flag the vessel flies."),
        ("homePort", "home port", "The port the vessel is registered at."),
        ("lengthOverall", "length overall", "Length overall (LOA) in metres."),
        ("gearType", "main gear", "The vessel's main fishing gear (FAO ISSCFG code)."),
        ("ownedBy", "owned by", "The company that owns the vessel."),
        ("owns", "owns", "A vessel the company owns."),
        ("yearBuilt", "year built", "The year the hull was delivered."),
        ("grossTonnage", "gross tonnage", "Gross tonnage (GT)."),
        ("landedBy", "landed by", "The vessel that landed the catch."),
        ("landedSpecies", "species landed", "The species of the landed catch."),
        ("portOfLanding", "port of landing", "The port where the catch was landed."),
        ("landingDate", "landing date", "The date of the landing declaration."),
        ("liveWeight", "live weight (t)", "Landed quantity in tonnes live weight."),
        ("surveyVessel", "survey vessel", "A research vessel taking part in the survey."),
        ("coversArea", "covers area", "An FAO area or division the survey samples."),
        ("targetSpecies", "target species", "A species the survey's index is computed for."),
        ("operatedBy", "operated by", "The institute that operates the research vessel."),
        ("preysOn", "preys on", "A species this species eats (diet studies)."),
        ("preyOf", "prey of", "A species that eats this species."),
        ("asfisCode", "ASFIS code", "The FAO ASFIS three-alpha species code."),
    ]
    for local, label, comment in props:
        p = FISH + local
        w.iri(
            p,
            RDF + "type",
            OWL
            + (
                "DatatypeProperty"
                if local
                in {
                    "stockCode",
                    "assessmentYear",
                    "spawningStockBiomass",
                    "fishingMortality",
                    "quotaYear",
                    "totalAllowableCatch",
                    "imoNumber",
                    "lengthOverall",
                    "yearBuilt",
                    "grossTonnage",
                    "landingDate",
                    "liveWeight",
                    "asfisCode",
                }
                else "ObjectProperty"
            ),
            "",
        )
        w.text(p, RDFS + "label", label, "", "en")
        w.text(p, RDFS + "comment", comment, "", "en")
    w.iri(FISH + "owns", OWL + "inverseOf", FISH + "ownedBy", "")
    w.iri(FISH + "preyOf", OWL + "inverseOf", FISH + "preysOn", "")
    for cls, label in [
        ("Species", "Species"),
        ("Stock", "Fish stock"),
        ("StockAssessment", "Stock assessment"),
        ("CatchQuota", "Catch quota"),
        ("Vessel", "Fishing vessel"),
        ("ResearchVessel", "Research vessel"),
        ("Landing", "Landing declaration"),
        ("ResearchSurvey", "Research survey"),
        ("Port", "Port"),
    ]:
        w.iri(FISH + cls, RDF + "type", OWL + "Class", "")
        w.text(FISH + cls, RDFS + "label", label, "", "en")
    w.iri(FISH + "ResearchVessel", RDFS + "subClassOf", FISH + "Vessel", "")


def write_reference(w: Writer, rnd: random.Random) -> None:
    g = G_REF
    for iso, name, other in rows(COUNTRIES):
        c = f"{B}country/{iso}"
        w.iri(c, RDF + "type", S + "Country", g)
        w.text(c, S + "name", name, g, "en")
        if other:
            lang, _, local = other.partition(":")
            w.text(c, S + "name", local, g, lang)
        w.text(c, S + "identifier", iso, g)
    for code, name, iso in rows(PORTS):
        p = f"{B}port/{code}"
        w.iri(p, RDF + "type", FISH + "Port", g)
        w.text(p, S + "name", name, g)
        w.text(p, FISH + "locode", code[:2] + " " + code[2:], g)
        w.iri(p, S + "containedInPlace", f"{B}country/{iso}", g)
    scheme = B + "scheme/gear"
    w.iri(scheme, RDF + "type", SKOS + "ConceptScheme", g)
    w.text(scheme, SKOS + "prefLabel", "ISSCFG fishing gear", g, "en")
    for code, label, other in rows(GEARS):
        c = f"{B}gear/{code}"
        w.iri(c, RDF + "type", SKOS + "Concept", g)
        w.text(c, SKOS + "prefLabel", label, g, "en")
        lang, _, local = other.partition(":")
        w.text(c, SKOS + "prefLabel", local, g, lang)
        w.text(c, SKOS + "notation", code, g)
        w.iri(c, SKOS + "inScheme", scheme, g)
    scheme = B + "scheme/stock-status"
    w.iri(scheme, RDF + "type", SKOS + "ConceptScheme", g)
    for code, label, definition in STATUSES:
        c = f"{B}status/{code}"
        w.iri(c, RDF + "type", SKOS + "Concept", g)
        w.text(c, SKOS + "prefLabel", label, g, "en")
        w.text(c, SKOS + "notation", code, g)
        w.text(c, SKOS + "definition", definition, g, "en")
        w.iri(c, SKOS + "inScheme", scheme, g)
    scheme = B + "scheme/fao-areas"
    w.iri(scheme, RDF + "type", SKOS + "ConceptScheme", g)
    w.text(scheme, SKOS + "prefLabel", "FAO major fishing areas (Atlantic, Northeast)", g, "en")
    for code, label, parent in rows(AREAS):
        a = area_iri(code)
        w.iri(a, RDF + "type", SKOS + "Concept", g)
        w.text(a, SKOS + "notation", code, g)
        if label:
            w.text(a, SKOS + "prefLabel", label, g, "en" if code.count(".") < 2 else "")
            if code.count(".") == 1:
                w.text(a, SKOS + "altLabel", f"FAO {code}", g)
        if code in AREA_FR:
            w.text(a, SKOS + "prefLabel", AREA_FR[code], g, "fr")
        w.iri(a, SKOS + "inScheme", scheme, g)
        if parent:
            w.iri(a, SKOS + "broader", area_iri(parent), g)
    # the 2022 assessment export states the hierarchy from the top down only
    for code, _label, parent in rows(AREAS):
        if parent and parent.count(".") == 1:
            w.iri(area_iri(parent), SKOS + "narrower", area_iri(code), G_ASSESS(2022))
    for code, sci, family, en, fr, es, no, de in rows(SPECIES):
        sp = f"{B}species/{code}"
        w.iri(sp, RDF + "type", FISH + "Species", g)
        w.text(sp, DWC + "scientificName", sci, g)
        w.text(sp, DWC + "family", family, g)
        w.text(sp, FISH + "asfisCode", code, g)
        w.text(sp, DWC + "vernacularName", en, g, "en")
        for lang, name in (("fr", fr), ("es", es), ("no", no), ("de", de)):
            if name:
                w.text(sp, DWC + "vernacularName", name, g, lang)
        for alt in SPECIES_ALT.get(code, []):
            w.text(sp, S + "alternateName", alt, g, "en" if rnd.random() < 0.5 else "")
    for line in PREDATION.strip().splitlines():
        parts = line.split()
        pred, prey = f"{B}species/{parts[0]}", f"{B}species/{parts[1]}"
        if len(parts) == 3:
            w.iri(prey, FISH + "preyOf", pred, g)
        else:
            w.iri(pred, FISH + "preysOn", prey, g)


def write_stock(w: Writer, row: list[str], g: str) -> str:
    code, label, name, species, areas = row[:5]
    st = f"{B}stock/{code}"
    w.iri(st, RDF + "type", FISH + "Stock", g)
    w.text(st, FISH + "stockCode", code, g)
    w.text(st, SKOS + "prefLabel", label, g, "en")
    w.text(st, RDFS + "label", name, g)
    w.iri(st, FISH + "stockOf", f"{B}species/{species}", g)
    for a in areas.split(","):
        w.iri(st, FISH + "inArea", area_iri(a), g)
    return st


def write_assessments(w: Writer, rnd: random.Random) -> None:
    for row in rows(STOCKS):
        years, statuses = row[5], row[6]
        if not years:
            write_stock(w, row, G_REF)
            continue
        base = rnd.choice([40000, 90000, 180000, 350000, 900000, 2500000, 4200000])
        for year, status in zip(years.split(","), statuses.split(","), strict=True):
            g = G_ASSESS(int(year))
            st = write_stock(w, row, g)
            a = w.new_blank()
            w.iri(a, RDF + "type", FISH + "StockAssessment", g)
            w.iri(a, FISH + "assessedStock", st, g)
            w.typed(a, FISH + "assessmentYear", year, "gYear", g)
            w.iri(a, FISH + "stockStatus", f"{B}status/{status}", g)
            ssb = round(base * rnd.uniform(0.6, 1.4), -1)
            if year == "2022":
                w.typed(a, FISH + "spawningStockBiomass", f"{ssb:.4E}", "double", g)
            else:
                w.typed(a, FISH + "spawningStockBiomass", str(int(ssb)), "decimal", g)
            if status != "DL":
                w.typed(
                    a, FISH + "fishingMortality", f"{rnd.uniform(0.08, 0.62):.2f}", "decimal", g
                )
            w.typed(
                a,
                S + "dateCreated",
                f"{year}-{rnd.choice(['05', '06', '09', '10'])}-{rnd.randint(10, 28)}",
                "date",
                g,
            )


def write_quotas(w: Writer, rnd: random.Random) -> None:
    g = G_QUOTA
    for line in QUOTAS.strip().splitlines():
        code, *pairs = line.split("|")
        for pair in pairs:
            year, tonnes = pair.split(":")
            q = w.new_blank()
            w.iri(q, RDF + "type", FISH + "CatchQuota", g)
            w.iri(q, FISH + "quotaFor", f"{B}stock/{code}", g)
            w.typed(q, FISH + "quotaYear", year, "gYear", g)
            form = rnd.random()
            if form < 0.6:
                w.typed(q, FISH + "totalAllowableCatch", tonnes, "integer", g)
            elif form < 0.85:
                w.typed(q, FISH + "totalAllowableCatch", f"{tonnes}.0", "decimal", g)
            else:
                w.text(q, FISH + "totalAllowableCatch", f"{int(tonnes):,} t".replace(",", " "), g)


def write_register(w: Writer) -> None:
    g = G_REG
    for cid, name, legal, iso, number in rows(COMPANIES):
        c = f"{B}company/{cid}"
        w.iri(c, RDF + "type", S + "Organization", g)
        w.text(c, S + "name", name, g)
        w.text(c, S + "legalName", legal, g)
        w.text(c, S + "identifier", number, g)
        w.iri(c, S + "addressCountry", f"{B}country/{iso}", g)
    for iid, name, acronym, iso in rows(INSTITUTES):
        c = f"{B}institute/{iid}"
        w.iri(c, RDF + "type", S + "ResearchOrganization", g)
        w.text(c, S + "name", name, g, "en")
        w.text(c, S + "alternateName", acronym, g)
        w.iri(c, S + "addressCountry", f"{B}country/{iso}", g)
    for n, (imo, name, flag, port, length, gear, owner, built, gt) in enumerate(rows(VESSELS)):
        v = f"{B}vessel/imo-{imo}"
        w.iri(v, RDF + "type", FISH + "Vessel", g)
        if name:
            w.text(v, S + "name", name, g)
        w.text(v, FISH + "imoNumber", f"IMO {imo}" if n % 3 else imo, g)
        w.iri(v, FISH + "flagState", f"{B}country/{flag}", g)
        w.iri(v, FISH + "homePort", f"{B}port/{port}", g)
        if length.endswith("m"):
            w.text(v, FISH + "lengthOverall", length, g)
        else:
            w.typed(v, FISH + "lengthOverall", length, "decimal", g)
        w.iri(v, FISH + "gearType", f"{B}gear/{gear}", g)
        if n % 4 == 1:  # some owners state the vessel from their side only
            w.iri(f"{B}company/{owner}", FISH + "owns", v, g)
        else:
            w.iri(v, FISH + "ownedBy", f"{B}company/{owner}", g)
        w.typed(v, FISH + "yearBuilt", built, "gYear", g)
        w.typed(v, FISH + "grossTonnage", gt, "integer", g)
    for imo, name, flag, port, length, inst, built in rows(RESEARCH_VESSELS):
        v = f"{B}vessel/imo-{imo}"
        w.iri(v, RDF + "type", FISH + "ResearchVessel", g)
        w.text(v, S + "name", name, g)
        w.text(v, FISH + "imoNumber", f"IMO {imo}", g)
        w.iri(v, FISH + "flagState", f"{B}country/{flag}", g)
        w.iri(v, FISH + "homePort", f"{B}port/{port}", g)
        w.typed(v, FISH + "lengthOverall", length, "decimal", g)
        w.iri(v, FISH + "operatedBy", f"{B}institute/{inst}", g)
        w.typed(v, FISH + "yearBuilt", built, "gYear", g)


def write_landings(w: Writer, rnd: random.Random) -> None:
    fishing = rows(VESSELS)
    by_gear = {
        "OTM": ["HER", "MAC", "WHB"],
        "PS": ["HER", "MAC", "SPR"],
        "OTB": ["COD", "HAD", "POK", "WHG", "GHL", "REB", "HKE", "MON"],
        "LLS": ["LIN", "USK", "HAL", "HKE"],
        "SDN": ["COD", "HAD", "PLE", "WHG"],
        "TBB": ["PLE", "SOL"],
        "GNS": ["HKE", "MON", "MEG"],
        "FPO": ["NEP", "PRA"],
    }
    ports_of = {
        "NOR": ["NOAES", "NOTOS", "NOBGO", "NOHFT"],
        "GBR": ["GBFRB", "GBPHD", "GBLER"],
        "DNK": ["DKHIR", "DKSKA", "DKEBJ"],
        "FRO": ["FOTHO", "FOKVI"],
        "ISL": ["ISREY"],
        "NLD": ["NLIJM"],
        "FRA": ["FRBOL", "FRLRT"],
        "ESP": ["ESVGO"],
        "IRL": ["IEKBS"],
    }
    for year in (2023, 2024):
        g = G_LAND(year)
        for imo, _name, flag, port, _l, gear, *_ in fishing:
            for _ in range(rnd.choice([1, 1, 2])):
                ld = w.new_blank()
                w.iri(ld, RDF + "type", FISH + "Landing", g)
                w.iri(ld, FISH + "landedBy", f"{B}vessel/imo-{imo}", g)
                w.iri(ld, FISH + "landedSpecies", f"{B}species/{rnd.choice(by_gear[gear])}", g)
                land_port = (
                    port
                    if rnd.random() < 0.7
                    else rnd.choice(ports_of[flag] + ["NOAES", "DKHIR", "GBPHD"])
                )
                w.iri(ld, FISH + "portOfLanding", f"{B}port/{land_port}", g)
                w.typed(
                    ld,
                    FISH + "landingDate",
                    f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                    "date",
                    g,
                )
                big = gear in {"OTM", "PS"}
                t = rnd.uniform(250, 2400) if big else rnd.uniform(0.8, 180)
                if rnd.random() < 0.2:
                    w.text(ld, FISH + "liveWeight", f"{t:.1f} t", g)
                else:
                    w.typed(ld, FISH + "liveWeight", f"{t:.1f}", "decimal", g)


def write_surveys(w: Writer) -> None:
    g = G_SURVEY
    vessels = {r[1]: r[0] for r in rows(RESEARCH_VESSELS)}
    for n, (sid, name, acronym, ships, areas, start, end, org, targets) in enumerate(rows(SURVEYS)):
        s = f"{B}survey/{sid}"
        w.iri(s, RDF + "type", FISH + "ResearchSurvey", g)
        w.text(s, S + "name", name, g, "en")
        w.text(s, S + "alternateName", acronym, g)
        for ship in ships.split(","):
            w.iri(s, FISH + "surveyVessel", f"{B}vessel/imo-{vessels[ship]}", g)
        for a in areas.split(","):
            w.iri(s, FISH + "coversArea", area_iri(a), g)
        if n % 3 == 2:
            w.typed(s, S + "startDate", start + "T06:00:00Z", "dateTime", g)
        else:
            w.typed(s, S + "startDate", start, "date", g)
        w.typed(s, S + "endDate", end, "date", g)
        w.iri(s, S + "organizer", f"{B}institute/{org}", g)
        for t in targets.split(","):
            w.iri(s, FISH + "targetSpecies", f"{B}species/{t}", g)


def build() -> list[list[str]]:
    rnd = random.Random(62)
    w = Writer()
    write_ontology(w)
    write_reference(w, rnd)
    write_register(w)
    write_assessments(w, rnd)
    write_quotas(w, rnd)
    write_landings(w, rnd)
    write_surveys(w)
    return w.rows


def main() -> None:
    out = HERE / "fisheries.hext"
    lines = [json.dumps(r, ensure_ascii=False) for r in build()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out, len(lines), "hextuples")


if __name__ == "__main__":
    main()
