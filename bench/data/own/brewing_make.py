# ruff: noqa: E501  (one record a line)
"""Write ``brewing.owx``: an invented craft brewing ontology as a brewers' guild publishes it,
saved by Protégé as **OWL/XML** (``<Ontology>`` with ``<Prefix>``es, ``<Declaration>``s, then
axioms).

Classes: ``BeerStyle``; ``Brewery`` > ``Microbrewery``, ``Brewpub``, ``RegionalBrewery``;
``Beer``; ``Ingredient`` > ``HopVariety``, ``Malt``, ``YeastStrain``; ``Aroma``; ``Person``;
``Place`` > ``Town``, ``Region``, ``Country``; ``Competition``; ``Medal``; ``AwardRecord``.
Object properties carry ``rdfs:label`` and ``rdfs:comment``; ``brewedBy`` / ``brews`` and
``foundedBy`` / ``founderOf`` are declared inverse (``InverseObjectProperties``), ``usesHop``,
``usesMalt`` and ``fermentedWith`` are ``SubObjectPropertyOf(hasIngredient)``,
``collaboratedWith`` is symmetric; domains and ranges on some.

The mess of a real export: individuals at opaque ids (``#Brewery_0042``, ``#Beer_0117``,
``#Person_031``) beside named ones (``#Hop_Cascade``, ``#IndiaPaleAle``), written as relative
IRIs, abbreviated IRIs (``brew:...``) and full IRIs in turn; labels in English, German, French
and Czech, some with no language, a few in capitals, a few individuals with no label at all;
beers named by ``skos:prefLabel`` only, aliases and codes as ``skos:altLabel``; a beer's brewery
asserted as ``brewedBy`` on most beers and as ``brews`` from the brewery on others; founders from
either side; collaborations asserted one way; ownership as ``ownedBy`` on the subsidiary and,
once, ``owns`` on the parent (no inverse declared); awards as anonymous-individual records
(``wonAward`` -> ``_:award..`` with ``atCompetition``, ``awardYear`` (``xsd:gYear``), ``medal``,
``inCategory``); the Cascade hop twice, at the guild's IRI and at a hop registry's, joined by
``SameIndividual`` (its alpha acid only on the registry's); ``DifferentIndividuals`` between two
look-alike breweries; ``NegativeObjectPropertyAssertion``s; typed literals (``xsd:decimal``,
``xsd:integer``, ``xsd:gYear``, ``xsd:date``, plain strings).

Run from the repository root: ``python bench/data/own/brewing_make.py``. Deterministic.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
BASE = "https://vocab.brewersguild.example/beer"
REGISTRY = "http://hopregistry.example/variety/"
XSD = "http://www.w3.org/2001/XMLSchema#"

# country id | English label | other labels (lang:label;...)
COUNTRIES = """
Germany|Germany|de:Deutschland;fr:Allemagne
Belgium|Belgium|fr:Belgique;nl:België
Czechia|Czech Republic|cs:Česko;de:Tschechien
UnitedKingdom|United Kingdom|fr:Royaume-Uni
UnitedStates|United States|de:Vereinigte Staaten
Ireland|Ireland|ga:Éire
NewZealand|New Zealand|mi:Aotearoa
Slovenia|Slovenia|sl:Slovenija
"""
# region id | label | country | other labels
REGIONS = """
England|England|UnitedKingdom|
Kent|Kent|UnitedKingdom|
Leinster|Leinster|Ireland|
California|California|UnitedStates|
NewEngland|New England|UnitedStates|
PacificNorthwest|Pacific Northwest|UnitedStates|
YakimaValley|Yakima Valley|UnitedStates|
Bohemia|Bohemia|Czechia|cs:Čechy;de:Böhmen
Bavaria|Bavaria|Germany|de:Bayern
Hallertau|Hallertau|Germany|de:Holledau
Tettnang|Tettnang|Germany|
Franconia|Franconia|Germany|de:Franken
LowerSaxony|Lower Saxony|Germany|de:Niedersachsen
Brandenburg|Brandenburg|Germany|
Rhineland|Rhineland|Germany|de:Rheinland
Flanders|Flanders|Belgium|nl:Vlaanderen;fr:Flandre
Wallonia|Wallonia|Belgium|fr:Wallonie
Pajottenland|Pajottenland|Belgium|
Tasman|Tasman|NewZealand|
SavinjaValley|Savinja Valley|Slovenia|sl:Savinjska dolina
"""
# town id | label | region | population | other labels
TOWNS = """
Town_Munich|Munich|Bavaria|1488000|de:München
Town_Freising|Freising|Bavaria|48900|
Town_Bamberg|Bamberg|Franconia|77000|
Town_Kulmbach|Kulmbach|Franconia|25700|
Town_Goslar|Goslar|LowerSaxony|50200|
Town_Einbeck|Einbeck|LowerSaxony|30800|
Town_Cologne|Cologne|Rhineland|1084000|de:Köln
Town_Dusseldorf|Düsseldorf|Rhineland|619000|
Town_Potsdam|Potsdam|Brandenburg|183000|
Town_Plzen|Plzeň|Bohemia|175000|de:Pilsen;en:Pilsen
Town_Budejovice|České Budějovice|Bohemia|94000|de:Budweis
Town_Beersel|Beersel|Pajottenland|25400|
Town_Ghent|Ghent|Flanders|265000|nl:Gent;fr:Gand
Town_Bruges|Bruges|Flanders|118000|nl:Brugge
Town_Tourpes|Tourpes|Wallonia|1600|
Town_Dinant|Dinant|Wallonia|13500|
Town_Burton|Burton upon Trent|England|76000|
Town_London|London|England|8900000|fr:Londres
Town_Faversham|Faversham|Kent|20000|
Town_Dublin|Dublin|Leinster|592000|ga:Baile Átha Cliath
Town_Portland|Portland|PacificNorthwest|652000|
Town_Bend|Bend|PacificNorthwest|100000|
Town_SanDiego|San Diego|California|1386000|
Town_Chico|Chico|California|101000|
Town_Burlington|Burlington|NewEngland|44700|
Town_Stowe|Stowe|NewEngland|4300|
Town_Nelson|Nelson|Tasman|54600|
Town_Zalec|Žalec|SavinjaValley|5000|
"""
# style id | English label | parent | origin region | BJCP code | ABV min-max | IBU min-max | other labels | altLabels
STYLES = """
Ale|Ale|||||||
Lager|Lager|||||||de:Lagerbier|
PaleAle|Pale Ale|Ale|England|24A|4.5-6.2|30-50||PA
Bitter|Bitter|PaleAle|England|11A|3.2-3.8|25-35||Ordinary Bitter
ExtraSpecialBitter|Extra Special Bitter|Bitter|England|11C|4.6-6.2|30-50||ESB
IndiaPaleAle|India Pale Ale|PaleAle|England|12C|5.0-7.5|40-60|fr:Pale ale indienne|IPA
WestCoastIPA|West Coast IPA|IndiaPaleAle|California|21A|5.5-7.5|50-70||American IPA
NewEnglandIPA|New England IPA|IndiaPaleAle|NewEngland|21C|6.0-9.0|25-60||NEIPA|Hazy IPA
DoubleIPA|Double IPA|WestCoastIPA|California|22A|7.5-10.0|60-100||DIPA|Imperial IPA
Porter|Porter|Ale|England|13C|4.0-5.4|18-35||
Stout|Stout|Porter|England|||||
IrishDryStout|Irish Stout|Stout|Leinster|15B|4.0-4.5|25-45|ga:Leann dubh|Dry Stout
ImperialStout|Imperial Stout|Stout|England|20C|8.0-12.0|50-90||Russian Imperial Stout
Barleywine|English Barleywine|Ale|England|17D|8.0-12.0|35-70||Barley Wine
Pilsner|Pilsner|Lager|Bohemia|3B|4.2-5.8|30-45|de:Pils;cs:Plzeňské pivo|Pilsener|Czech Pale Lager
GermanPils|German Pils|Pilsner|LowerSaxony|5D|4.4-5.2|22-40|de:Deutsches Pils|
Helles|Munich Helles|Lager|Bavaria|4A|4.7-5.4|16-22|de:Münchner Hell|Helles
Marzen|Märzen|Lager|Bavaria|6A|5.8-6.3|18-24|de:Märzenbier|Oktoberfestbier
Bock|Bock|Lager|LowerSaxony|6C|6.3-7.2|20-27|de:Bockbier|
Doppelbock|Doppelbock|Bock|Bavaria|9A|7.0-10.0|16-26||
Rauchbier|Rauchbier|Lager|Franconia|6B|4.8-6.0|20-30||smoked beer
WheatBeer|Wheat Beer|Ale|||||de:Weizenbier|
Hefeweizen|Weissbier|WheatBeer|Bavaria|10A|4.3-5.6|8-15|de:Hefeweißbier|Hefeweizen|Hefe
Witbier|Witbier|WheatBeer|Flanders|24A|4.5-5.5|8-20|fr:Bière blanche|Belgian White
Kolsch|Kölsch|Ale|Rhineland|5B|4.4-5.2|18-30||
Altbier|Altbier|Ale|Rhineland|7B|4.3-5.5|25-50||Alt
Saison|Saison|Ale|Wallonia|25B|3.5-9.5|20-35|fr:Saison|Farmhouse Ale
BelgianStrongAle|Belgian Strong Ale|Ale|Wallonia||||fr:Bière forte belge|
Dubbel|Dubbel|BelgianStrongAle|Flanders|26B|6.0-7.6|15-25||
Tripel|Tripel|BelgianStrongAle|Flanders|26C|7.5-9.5|20-40||
SourAle|Sour Ale|Ale|||||de:Sauerbier|
Lambic|Lambic|SourAle|Pajottenland|23D|5.0-6.5|0-10|fr:Lambic|
Gueuze|Gueuze|Lambic|Pajottenland|23E|5.0-8.0|0-10|nl:Geuze|Geuze
Gose|Gose|SourAle|LowerSaxony|27A|4.2-4.8|5-12||
BerlinerWeisse|Berliner Weisse|SourAle|Brandenburg|23A|2.8-3.8|3-8|de:Berliner Weiße|
"""
# hop id | label | grown in | alpha acid % | use | aromas | altLabels
HOPS = """
Hop_Cascade|Cascade|YakimaValley||aroma|citrus,grapefruit,floral|
Hop_Citra|Citra|YakimaValley|12.5|dual purpose|tropical fruit,citrus,passion fruit|HBC 394
Hop_Mosaic|Mosaic|YakimaValley|11.5|dual purpose|tropical fruit,stone fruit,pine|HBC 369
Hop_Simcoe|Simcoe|YakimaValley|13.0|dual purpose|pine,passion fruit,resin|
Hop_Centennial|Centennial|YakimaValley|10.0|dual purpose|citrus,floral|
Hop_Columbus|Columbus|PacificNorthwest|15.0|bittering|resin,pine,herbal|CTZ|Tomahawk|Zeus
Hop_Amarillo|Amarillo|YakimaValley|9.0|aroma|citrus,stone fruit|
Hop_Chinook|Chinook|YakimaValley|12.0|bittering|pine,grapefruit,spicy|
Hop_Saaz|Saaz|Bohemia|3.5|aroma|spicy,earthy,herbal|Žatecký poloraný červeňák
Hop_HallertauerMF|Hallertauer Mittelfrüh|Hallertau|4.0|aroma|floral,spicy|Hallertau
Hop_Tettnanger|Tettnanger|Tettnang|4.5|aroma|floral,herbal|
Hop_Magnum|Hallertauer Magnum|Hallertau|14.0|bittering|herbal|Magnum
Hop_Perle|Perle|Hallertau|8.0|dual purpose|spicy,herbal|
Hop_EKG|East Kent Goldings|Kent|5.0|aroma|earthy,honey,lemon|EKG
Hop_Fuggle|Fuggle|Kent|4.5|aroma|earthy,herbal|
Hop_Challenger|Challenger|England|7.5|dual purpose|spicy,floral|
Hop_NelsonSauvin|Nelson Sauvin|Tasman|12.5|dual purpose|white wine,gooseberry|
Hop_Motueka|Motueka|Tasman|7.0|aroma|lemon,tropical fruit|
Hop_Celeia|Celeia|SavinjaValley|4.5|aroma|floral,lemon|Styrian Golding
"""
# malt id | label | colour (EBC) | type | altLabels
MALTS = """
Malt_Pilsner|Pilsner Malt|3.5|base|Pils malt
Malt_PaleAle|Pale Ale Malt|6.5|base|
Malt_MarisOtter|Maris Otter|5.5|base|
Malt_Munich|Munich Malt|20|base|
Malt_Vienna|Vienna Malt|8|base|
Malt_Wheat|Wheat Malt|4|base|
Malt_Crystal60|Crystal 60|160|caramel|Caramel 60|C60
Malt_Chocolate|Chocolate Malt|900|roasted|
Malt_RoastedBarley|Roasted Barley|1200|roasted|
Malt_Smoked|Beechwood Smoked Malt|6|specialty|Rauchmalz
Malt_Carapils|Carapils|4|specialty|Dextrin Malt
Malt_Oats|Flaked Oats|2|adjunct|
"""
# yeast id | label | lab code | fermentation | attenuation %
YEASTS = """
Yeast_CaliforniaAle|California Ale|WLP001|top|76
Yeast_AmericanAle|American Ale|Wyeast 1056|top|75
Yeast_LondonAleIII|London Ale III|Wyeast 1318|top|73
Yeast_IrishAle|Irish Ale|Wyeast 1084|top|73
Yeast_Hefeweizen|Hefeweizen Ale|WLP300|top|74
Yeast_Saison|Belgian Saison|Wyeast 3724|top|80
Yeast_Abbey|Abbey Ale|WLP530|top|78
Yeast_GermanLager|German Lager|WLP830|bottom|76
Yeast_Urquell|Urquell Lager|Wyeast 2001|bottom|74
Yeast_Kolsch|German Ale/Kölsch|WLP029|top|75
Yeast_Brett|Brettanomyces bruxellensis|WLP650|spontaneous|85
"""
# person id | name | born (gYear or "") | born in (town or "")
PERSONS = """
Person_001|Anton Kessler|1851|Town_Munich
Person_002|Hans Rauchmann|1640|Town_Bamberg
Person_003|Friedrich Keller|1812|
Person_004|Odo Brandt|1961|Town_Goslar
Person_005|Peter Bungartz|1870|Town_Cologne
Person_006|Wilhelm Schlüter|1821|
Person_007|Lena Vogt|1984|Town_Potsdam
Person_008|Josef Hruška|1830|Town_Plzen
Person_009|Karel Novák|1858|
Person_010|Henri Vandervelde|1849|Town_Beersel
Person_011|Pieter De Smet|1979|Town_Ghent
Person_012|Jan Maes|1820|
Person_013|Marc Lefèbvre|1965|Town_Dinant
Person_014|Sophie Delvaux|1958|
Person_015|Samuel Worthy|1740|Town_Burton
Person_016|Priya Shah|1985|Town_London
Person_017|Tom Ellery|1983|
Person_018|Arthur Keane|1725|Town_Dublin
Person_019|Mike Duffy|1955|
Person_020|Karen Duffy|1957|
Person_021|Dale Whitcomb|1962|Town_Bend
Person_022|Carlos Mendoza|1974|Town_SanDiego
Person_023|Hank Collier|1950|
Person_024|Jess Albright|1981|Town_Burlington
Person_025|Ben Kimura|1977|
Person_026|Aroha Ngata|1970|Town_Nelson
Person_027|Matej Kovač|1988|Town_Zalec
Person_028|Greta Lindholm|1979|
Person_029|Rafael Ortiz|1986|
Person_030|Moira Quinlan|1972|Town_Dublin
Person_031|Yuki Tanabe|1990|
Person_032|Edmund Ashcroft|1802|
"""
# brewery id | label (lang:label;...; "" none) | class | town | founded | founders (+: from the
# founder's side) | head brewer | guild no.
BREWERIES = """
Brewery_0001|de:Brauerei Kesselhaus;en:Kesselhaus Brewery|RegionalBrewery|Town_Munich|1896|Person_001|Person_028|BG-0001
Brewery_0002|de:Rauchhaus Bräu|Brewpub|Town_Bamberg|1678|+Person_002||BG-0002
Brewery_0003|de:Brauerei Felsenkeller|RegionalBrewery|Town_Kulmbach|1846|Person_003||BG-0003
Brewery_0004|Gosebrauerei Rammelsberg|Microbrewery|Town_Goslar|2004|Person_004||BG-0004
Brewery_0005|de:Domhof Brauhaus;en:Domhof Brewhouse|Brewpub|Town_Cologne|1904|Person_005||BG-0005
Brewery_0006|de:Brauerei Zum Schlüssel|Brewpub|Town_Dusseldorf|1850|+Person_006||BG-0006
Brewery_0007|Havelweisse Manufaktur|Microbrewery|Town_Potsdam|2012|Person_007|Person_007|BG-0007
Brewery_0008|cs:Pivovar Radnice;de:Rathausbrauerei Pilsen|RegionalBrewery|Town_Plzen|1869|Person_008||BG-0008
Brewery_0009|cs:Pivovar Vltava|RegionalBrewery|Town_Budejovice|1895|Person_009||BG-0009
Brewery_0010|nl:Brouwerij Zennevallei|Brewery|Town_Beersel|1882|Person_010||BG-0010
Brewery_0011|nl:Brouwerij Gentse Toren|Microbrewery|Town_Ghent|2008|+Person_011|Person_011|BG-0011
Brewery_0012|nl:Brouwerij Reitjes;fr:Brasserie Reitjes|Brewery|Town_Bruges|1856|Person_012||BG-0012
Brewery_0013|fr:Brasserie du Moulin de Tourpes|Microbrewery|Town_Tourpes|1999|Person_013||BG-0013
Brewery_0014|fr:Brasserie de la Citadelle|Brewery|Town_Dinant|1989|Person_014||BG-0014
Brewery_0015|en:TRENTSIDE BREWING CO.|RegionalBrewery|Town_Burton|1777|Person_015||BG-0015
Brewery_0016|en:Thameside Ales|Microbrewery|Town_London|2011|Person_016,+Person_017|Person_031|BG-0016
Brewery_0017|en:Old Faversham Brewery|RegionalBrewery|Town_Faversham|1698|||BG-0017
Brewery_0018|en:Liffey Gate Brewery|RegionalBrewery|Town_Dublin|1759|Person_018|Person_030|BG-0018
Brewery_0019|en:Ironbridge Brewing|Brewery|Town_Portland|1988|Person_019,Person_020||BG-0019
Brewery_0020|en:Cascade Ridge Brewing|Brewery|Town_Bend|1996|Person_021||BG-0020
Brewery_0021|Pacific Swell Brewing|Brewery|Town_SanDiego|2005|Person_022|Person_029|BG-0021
Brewery_0022|en:Sierra Foothill Brewing|RegionalBrewery|Town_Chico|1980|+Person_023||BG-0022
Brewery_0023|en:Green Mountain Hazy Co.|Microbrewery|Town_Burlington|2013|Person_024||BG-0023
Brewery_0024|en:Stowe Hollow Brewing|Microbrewery|Town_Stowe|2010|Person_025||BG-0024
Brewery_0025|en:Tasman Bay Brewing|Brewery|Town_Nelson|2002|Person_026||BG-0025
Brewery_0026|sl:Pivovarna Savinja|Microbrewery|Town_Zalec|2015|Person_027||BG-0026
Brewery_0027|en:Anglo Consolidated Breweries plc|RegionalBrewery|Town_London|1961|Person_032||BG-0027
Brewery_0042||Brewpub|Town_Portland|2019|||BG-0042
Brewery_0057||Microbrewery|Town_Bamberg|2016|||BG-0057
Brewery_0028|en:Ironbridge Brewpub|Brewpub|Town_Portland|2015|||BG-0028
"""
# subsidiary, parent, stated by the parent ("owns") or not
OWNERSHIP = [
    ("Brewery_0015", "Brewery_0027", False),
    ("Brewery_0017", "Brewery_0027", True),
    ("Brewery_0009", "Brewery_0008", False),
    ("Brewery_0024", "Brewery_0019", False),
    ("Brewery_0028", "Brewery_0019", False),
]
COLLABORATIONS = [
    ("Brewery_0016", "Brewery_0011"),
    ("Brewery_0023", "Brewery_0025"),
    ("Brewery_0019", "Brewery_0020"),
    ("Brewery_0007", "Brewery_0004"),
    ("Brewery_0021", "Brewery_0023"),
]
# beer id | label kind (e en / d de / p prefLabel / x none / c capitals) | label | breweries (+:
# stated by the brewery) | style | ABV | IBU | SRM | hops | malts | yeast | first brewed | altLabels
BEERS = """
Beer_0101|e|Kesselhaus Helles|Brewery_0001|Helles|5.0|18|3.5|Hop_HallertauerMF|Malt_Pilsner|Yeast_GermanLager|1895-04-01|
Beer_0102|d|Kesselhaus Märzen|Brewery_0001|Marzen|5.9|22|9|Hop_HallertauerMF,Hop_Perle|Malt_Munich,Malt_Vienna|Yeast_GermanLager||Wiesn Märzen
Beer_0103|e|Kesselhaus Weissbier|+Brewery_0001|Hefeweizen|5.4|12|4|Hop_Magnum|Malt_Wheat,Malt_Pilsner|Yeast_Hefeweizen||
Beer_0104|d|Kesselhaus Doppelbock Salvator Nova|Brewery_0001|Doppelbock|7.9|24|22|Hop_Magnum,Hop_HallertauerMF|Malt_Munich,Malt_Crystal60|Yeast_GermanLager||
Beer_0105|d|Rauchhaus Märzen|Brewery_0002|Rauchbier|5.1|29|17|Hop_HallertauerMF|Malt_Smoked|Yeast_GermanLager|1936-09-15|Aecht Rauch
Beer_0106|d|Rauchhaus Urbock|+Brewery_0002|Bock|6.5|40|21|Hop_Perle|Malt_Smoked,Malt_Munich|Yeast_GermanLager||
Beer_0107|e|Felsenkeller Eisbock|Brewery_0003|Doppelbock|9.2|27|25|Hop_Magnum|Malt_Munich|Yeast_GermanLager||
Beer_0108|d|Felsenkeller Pils|Brewery_0003|GermanPils|4.9|34|3|Hop_Tettnanger,Hop_Magnum|Malt_Pilsner|Yeast_GermanLager||
Beer_0109|e|Rammelsberg Gose|Brewery_0004|Gose|4.6|9|4|Hop_Perle|Malt_Wheat,Malt_Pilsner|Yeast_Kolsch|2004-06-01|
Beer_0110|d|Domhof Kölsch|Brewery_0005|Kolsch|4.8|22|4|Hop_Tettnanger|Malt_Pilsner,Malt_Wheat|Yeast_Kolsch||
Beer_0111|d|Schlüssel Alt|+Brewery_0006|Altbier|4.8|35|14|Hop_Perle,Hop_Magnum|Malt_Munich,Malt_Crystal60|Yeast_Kolsch||
Beer_0112|e|Havel Berliner Weisse|Brewery_0007|BerlinerWeisse|3.2|4|3|Hop_HallertauerMF|Malt_Wheat|Yeast_Brett||
Beer_0113|c|RADNICE SVĚTLÝ LEŽÁK|Brewery_0008|Pilsner|4.4|38|4|Hop_Saaz|Malt_Pilsner|Yeast_Urquell|1869-10-05|Radnice Premium Lager
Beer_0114|e|Radnice Tmavý|Brewery_0008|Lager|4.7|22|25|Hop_Saaz|Malt_Munich,Malt_Chocolate|Yeast_Urquell||
Beer_0115|e|Vltava Budvar Original|+Brewery_0009|Pilsner|5.0|22|4|Hop_Saaz|Malt_Pilsner|Yeast_Urquell||
Beer_0116|p|Zennevallei Oude Gueuze|Brewery_0010|Gueuze|6.0|5|6|Hop_Saaz|Malt_Pilsner,Malt_Wheat|Yeast_Brett||
Beer_0117|p|Zennevallei Oude Kriek|Brewery_0010|Lambic|6.5|5|12|Hop_Saaz|Malt_Pilsner,Malt_Wheat|Yeast_Brett||
Beer_0118|e|Gentse Toren Tripel|Brewery_0011|Tripel|8.5|30|5|Hop_Saaz,Hop_Celeia|Malt_Pilsner,Malt_Carapils|Yeast_Abbey||
Beer_0119|e|Reitjes Dubbel|Brewery_0012|Dubbel|7.0|20|18|Hop_Celeia|Malt_Pilsner,Malt_Munich|Yeast_Abbey||
Beer_0120|e|Reitjes Blanche|Brewery_0012|Witbier|4.9|12|3|Hop_Saaz|Malt_Wheat,Malt_Pilsner,Malt_Oats|Yeast_Abbey||Bruges White
Beer_0121|e|Moulin Saison|Brewery_0013|Saison|6.5|30|6|Hop_EKG,Hop_Saaz|Malt_Pilsner|Yeast_Saison|1999-05-20|
Beer_0122|e|Citadelle Grand Cru|Brewery_0014|BelgianStrongAle|9.0|25|14|Hop_Celeia|Malt_Pilsner,Malt_Munich|Yeast_Abbey||
Beer_0123|c|TRENTSIDE PALE ALE|Brewery_0015|PaleAle|4.8|35|10|Hop_Challenger,Hop_EKG|Malt_MarisOtter,Malt_Crystal60|Yeast_LondonAleIII|1830-01-01|
Beer_0124|e|Trentside Best Bitter|Brewery_0015|Bitter|3.7|30|11|Hop_Fuggle,Hop_EKG|Malt_MarisOtter|Yeast_LondonAleIII||
Beer_0125|e|Thameside Dock Porter|Brewery_0016|Porter|5.2|32|34|Hop_Fuggle|Malt_MarisOtter,Malt_Chocolate|Yeast_LondonAleIII||
Beer_0126|e|Thameside Estuary IPA|Brewery_0016|IndiaPaleAle|6.4|55|8|Hop_EKG,Hop_Challenger|Malt_MarisOtter|Yeast_LondonAleIII||
Beer_0127|e|Faversham Kentish Ale|Brewery_0017|ExtraSpecialBitter|5.5|38|13|Hop_EKG,Hop_Fuggle|Malt_MarisOtter,Malt_Crystal60|Yeast_LondonAleIII||
Beer_0128|e|Liffey Gate Dry Stout|Brewery_0018|IrishDryStout|4.2|40|40|Hop_EKG|Malt_RoastedBarley,Malt_PaleAle,Malt_Oats|Yeast_IrishAle|1821-03-17|
Beer_0129|e|Liffey Gate Foreign Extra|Brewery_0018|ImperialStout|8.1|60|40|Hop_Challenger|Malt_RoastedBarley,Malt_PaleAle|Yeast_IrishAle||
Beer_0130|e|Ironbridge Hop Trestle IPA|Brewery_0019|WestCoastIPA|6.8|70|7|Hop_Cascade,Hop_Centennial,Hop_Columbus|Malt_PaleAle,Malt_Crystal60|Yeast_AmericanAle||
Beer_0131|e|Ironbridge Rivet Pale|Brewery_0019|PaleAle|5.3|40|6|Hop_Cascade|Malt_PaleAle|Yeast_AmericanAle||
Beer_0132|e|Cascade Ridge Summit Double|Brewery_0020|DoubleIPA|8.7|95|8|Hop_Simcoe,Hop_Columbus,Hop_Chinook|Malt_PaleAle,Malt_Carapils|Yeast_CaliforniaAle||
Beer_0133|e|Cascade Ridge Black Butte|+Brewery_0020|Porter|5.2|30|38|Hop_Cascade,Hop_Chinook|Malt_PaleAle,Malt_Chocolate|Yeast_AmericanAle||
Beer_0134|e|Pacific Swell Riptide IPA|Brewery_0021|WestCoastIPA|7.0|75|6|Hop_Simcoe,Hop_Centennial,Hop_Amarillo|Malt_PaleAle|Yeast_CaliforniaAle|2006-07-04|
Beer_0135|e|Pacific Swell Kelp Forest Stout|Brewery_0021|ImperialStout|10.5|65|45|Hop_Columbus|Malt_PaleAle,Malt_RoastedBarley,Malt_Chocolate|Yeast_CaliforniaAle||
Beer_0136|e|Sierra Foothill Pale Ale|Brewery_0022|PaleAle|5.6|38|9|Hop_Cascade,Hop_Magnum|Malt_PaleAle,Malt_Crystal60|Yeast_CaliforniaAle|1980-11-15|
Beer_0137|e|Sierra Foothill Bigfoot Barleywine|Brewery_0022|Barleywine|9.6|90|21|Hop_Chinook,Hop_Centennial|Malt_PaleAle,Malt_Crystal60|Yeast_CaliforniaAle||
Beer_0138|e|Green Mountain Fog Bank|Brewery_0023|NewEnglandIPA|7.2|40|5|Hop_Citra,Hop_Mosaic|Malt_PaleAle,Malt_Oats,Malt_Wheat|Yeast_LondonAleIII||
Beer_0139|e|Green Mountain Maple Haze|Brewery_0023|NewEnglandIPA|6.5|35|5|Hop_Citra,Hop_Motueka|Malt_PaleAle,Malt_Oats|Yeast_LondonAleIII||
Beer_0140|e|Stowe Hollow Heady Pine|Brewery_0024|DoubleIPA|8.0|100|6|Hop_Simcoe,Hop_Centennial|Malt_PaleAle|Yeast_CaliforniaAle||
Beer_0141|e|Tasman Bay Sauvin Pilsner|Brewery_0025|Pilsner|5.0|32|3|Hop_NelsonSauvin,Hop_Motueka|Malt_Pilsner|Yeast_GermanLager||
Beer_0142|e|Tasman Bay Golden Bay Ale|+Brewery_0025|PaleAle|5.1|30|6|Hop_NelsonSauvin|Malt_PaleAle|Yeast_AmericanAle||
Beer_0143|e|Savinja Zlati Hmelj|Brewery_0026|Pilsner|4.9|30|3|Hop_Celeia|Malt_Pilsner|Yeast_GermanLager||
Beer_0144|e|Anglo Crown Lager|Brewery_0027|Helles|4.0|15|3|Hop_Magnum|Malt_Pilsner|Yeast_GermanLager||
Beer_0145|e|Dockside Hazy Collab|Brewery_0016,Brewery_0011|NewEnglandIPA|6.2|30|5|Hop_Citra,Hop_Saaz|Malt_PaleAle,Malt_Oats|Yeast_LondonAleIII||
Beer_0146|e|Two Oceans Sauvin DIPA|Brewery_0023,Brewery_0025|DoubleIPA|8.2|70|6|Hop_NelsonSauvin,Hop_Citra|Malt_PaleAle|Yeast_CaliforniaAle||
Beer_0147|e|Havel-Rammelsberg Salzweisse|Brewery_0007,Brewery_0004|Gose|4.0|6|3|Hop_HallertauerMF|Malt_Wheat|Yeast_Brett||
Beer_0148|x||Brewery_0042|NewEnglandIPA|6.6|35|5|Hop_Mosaic|Malt_PaleAle,Malt_Oats|Yeast_LondonAleIII||
Beer_0149|p|Bamberger Hopfenrauch|Brewery_0057|Rauchbier|5.5|35|15|Hop_Mosaic,Hop_HallertauerMF|Malt_Smoked|Yeast_GermanLager||
Beer_0150|e|Ironbridge Brewpub Trolley Kölsch|Brewery_0028|Kolsch|4.9|24|4|Hop_Tettnanger|Malt_Pilsner|Yeast_Kolsch||
"""
# competition id | English label | other labels | held in
COMPETITIONS = """
Comp_GBA|Guild Beer Awards||Town_London
Comp_EBS|Euro Brew Star|de:Euro Bierstern|Town_Munich
Comp_PCBC|Pacific Coast Beer Championship||Town_SanDiego
Comp_CEBP|Central European Beer Prize|de:Mitteleuropäischer Bierpreis;cs:Středoevropská cena piva|Town_Plzen
Comp_IBT|International Brewing Trophy||Town_Dublin
"""
# beer | competition | year | medal | category
AWARDS = """
Beer_0101|Comp_EBS|2018|Gold|Helles
Beer_0101|Comp_CEBP|2021|Silver|Helles
Beer_0105|Comp_EBS|2019|Gold|Rauchbier
Beer_0113|Comp_CEBP|2019|Gold|Pilsner
Beer_0113|Comp_IBT|2022|Bronze|Pilsner
Beer_0115|Comp_CEBP|2020|Silver|Pilsner
Beer_0118|Comp_GBA|2021|Gold|Tripel
Beer_0121|Comp_GBA|2019|Silver|Saison
Beer_0123|Comp_GBA|2018|Bronze|PaleAle
Beer_0126|Comp_GBA|2022|Gold|IndiaPaleAle
Beer_0128|Comp_IBT|2020|Gold|IrishDryStout
Beer_0130|Comp_PCBC|2019|Gold|WestCoastIPA
Beer_0132|Comp_PCBC|2020|Silver|DoubleIPA
Beer_0134|Comp_PCBC|2018|Silver|WestCoastIPA
Beer_0134|Comp_PCBC|2021|Gold|WestCoastIPA
Beer_0135|Comp_IBT|2021|Silver|ImperialStout
Beer_0138|Comp_PCBC|2022|Bronze|NewEnglandIPA
Beer_0141|Comp_IBT|2019|Gold|Pilsner
Beer_0145|Comp_GBA|2023|Silver|NewEnglandIPA
Beer_0109|Comp_EBS|2022|Bronze|Gose
Beer_0116|Comp_IBT|2018|Gold|Gueuze
Beer_0110|Comp_EBS|2020|Silver|Kolsch
"""
PROPERTY_DOCS = {
    # id: (label, comment, domain, range)
    "hasParentStyle": (
        "parent style",
        "The broader style a beer style is a variant of, in the guild's style guidelines.",
        "BeerStyle",
        "BeerStyle",
    ),
    "regionOfOrigin": (
        "region of origin",
        "The region where a beer style first arose.",
        "BeerStyle",
        "Region",
    ),
    "inCountry": ("in country", "The country a region lies in.", "Region", "Country"),
    "inRegion": ("in region", "The region a town lies in.", "Town", "Region"),
    "locatedIn": ("located in", "The town where a brewery's brewhouse stands.", "Brewery", "Town"),
    "foundedBy": ("founded by", "A person who founded the brewery.", "Brewery", "Person"),
    "founderOf": ("founder of", "A brewery the person founded.", "Person", "Brewery"),
    "headBrewer": (
        "head brewer",
        "The person in charge of brewing at the brewery today.",
        "Brewery",
        "Person",
    ),
    "bornIn": ("born in", "The town where a person was born.", "Person", "Town"),
    "brewedBy": ("brewed by", "A brewery that brews the beer.", "Beer", "Brewery"),
    "brews": ("brews", "A beer the brewery brews.", "Brewery", "Beer"),
    "brewedToStyle": (
        "brewed to style",
        "The style guideline a beer is brewed to and entered under.",
        "Beer",
        "BeerStyle",
    ),
    "hasIngredient": (
        "has ingredient",
        "An ingredient the recipe of a beer calls for.",
        "Beer",
        "Ingredient",
    ),
    "usesHop": (
        "uses hop",
        "A hop variety in the beer's recipe, for bittering or aroma.",
        "Beer",
        "HopVariety",
    ),
    "usesMalt": ("uses malt", "A malt in the beer's grain bill.", "Beer", "Malt"),
    "fermentedWith": (
        "fermented with",
        "The yeast strain that ferments the beer.",
        "Beer",
        "YeastStrain",
    ),
    "hasAroma": ("aroma", "An aroma descriptor of a hop variety.", "HopVariety", "Aroma"),
    "grownIn": ("grown in", "The growing region a hop variety comes from.", "HopVariety", "Region"),
    "collaboratedWith": (
        "collaborated with",
        "Another brewery this brewery has brewed a collaboration beer with.",
        "Brewery",
        "Brewery",
    ),
    "ownedBy": ("owned by", "The company that owns the brewery.", "Brewery", "Brewery"),
    "owns": ("owns", "A brewery this company owns.", "", ""),
    "wonAward": ("won award", "An award record of a medal the beer won.", "Beer", "AwardRecord"),
    "atCompetition": (
        "at competition",
        "The competition where the award was given.",
        "AwardRecord",
        "Competition",
    ),
    "medal": ("medal", "The medal awarded.", "AwardRecord", "Medal"),
    "inCategory": (
        "in category",
        "The style category the beer was judged in.",
        "AwardRecord",
        "BeerStyle",
    ),
    "heldIn": ("held in", "The town where the competition is held.", "Competition", "Town"),
}
DATA_DOCS = {
    "abv": ("alcohol by volume", "Alcohol content of the beer, percent by volume."),
    "ibu": ("bitterness (IBU)", "International bitterness units of the beer."),
    "srmColour": ("colour (SRM)", "Colour of the beer on the Standard Reference Method scale."),
    "firstBrewed": ("first brewed", "The date the beer was first brewed."),
    "foundingYear": ("founding year", "The year the brewery was founded."),
    "guildMemberNumber": ("guild member number", "The brewery's member number in the guild."),
    "population": ("population", "Number of inhabitants of a town."),
    "alphaAcid": ("alpha acid", "Alpha acid content of a hop variety, percent by weight."),
    "hopUse": ("hop use", "What brewers use the hop variety for: bittering, aroma or both."),
    "colourEBC": ("colour (EBC)", "Colour of a malt in EBC units."),
    "maltType": ("malt type", "Kind of malt: base, caramel, roasted, specialty or adjunct."),
    "labCode": ("lab code", "The yeast lab's product code of the strain."),
    "fermentationType": ("fermentation type", "Top, bottom or spontaneous fermentation."),
    "attenuation": ("apparent attenuation", "Typical apparent attenuation of the strain, percent."),
    "awardYear": ("award year", "The year the award was given."),
    "bjcpCode": ("BJCP code", "The style's code in the BJCP style guidelines."),
    "abvMin": ("minimum ABV", "Lowest alcohol by volume of the style."),
    "abvMax": ("maximum ABV", "Highest alcohol by volume of the style."),
    "ibuMin": ("minimum IBU", "Lowest bitterness of the style."),
    "ibuMax": ("maximum IBU", "Highest bitterness of the style."),
    "birthYear": ("birth year", "The year the person was born."),
}
CLASSES = {
    "Brewery": "",
    "Microbrewery": "Brewery",
    "Brewpub": "Brewery",
    "RegionalBrewery": "Brewery",
    "BeerStyle": "",
    "Beer": "",
    "Ingredient": "",
    "HopVariety": "Ingredient",
    "Malt": "Ingredient",
    "YeastStrain": "Ingredient",
    "Aroma": "",
    "Person": "",
    "Place": "",
    "Town": "Place",
    "Region": "Place",
    "Country": "Place",
    "Competition": "",
    "Medal": "",
    "AwardRecord": "",
}

_rng = random.Random(61)


def rows(table: str) -> list[list[str]]:
    return [line.split("|") for line in table.strip().splitlines()]


class Writer:
    """OWL/XML axioms, each entity's IRI written in one of three ways in turn (as Protégé
    writes IRIs it has no prefix for, and as hand edits leave them)."""

    def __init__(self) -> None:
        self.decl: list[str] = []
        self.axioms: list[str] = []
        self.n = 0

    def ref(self, ident: str) -> str:
        if ident.startswith("http"):
            return f'IRI="{ident}"'
        self.n += 1
        form = self.n % 5
        if form in (0, 2):
            return f'abbreviatedIRI="brew:{ident}"'
        if form == 3:
            return f'IRI="{BASE}#{ident}"'
        return f'IRI="#{ident}"'

    def ind(self, ident: str) -> str:
        if ident.startswith("_:"):
            return f'<AnonymousIndividual nodeID="{ident}"/>'
        return f"<NamedIndividual {self.ref(ident)}/>"

    def declare(self, kind: str, ident: str) -> None:
        self.decl.append(f"    <Declaration><{kind} {self.ref(ident)}/></Declaration>")

    def cls(self, ident: str, cls: str) -> None:
        self.axioms.append(
            f"    <ClassAssertion><Class {self.ref(cls)}/>{self.ind(ident)}</ClassAssertion>"
        )

    def obj(self, s: str, p: str, o: str) -> None:
        self.axioms.append(
            f"    <ObjectPropertyAssertion><ObjectProperty {self.ref(p)}/>{self.ind(s)}{self.ind(o)}</ObjectPropertyAssertion>"
        )

    def data(self, s: str, p: str, value: str, dtype: str = "") -> None:
        dt = f' datatypeIRI="{XSD}{dtype}"' if dtype else ""
        self.axioms.append(
            f"    <DataPropertyAssertion><DataProperty {self.ref(p)}/>{self.ind(s)}<Literal{dt}>{escape(value)}</Literal></DataPropertyAssertion>"
        )

    def note(self, s: str, prop: str, value: str, lang: str = "") -> None:
        target = (
            f"<IRI>{s}</IRI>"
            if s.startswith("http")
            else (
                f"<AbbreviatedIRI>brew:{s}</AbbreviatedIRI>" if self.n % 2 else f"<IRI>#{s}</IRI>"
            )
        )
        self.n += 1
        la = f' xml:lang="{lang}"' if lang else ""
        self.axioms.append(
            f'    <AnnotationAssertion><AnnotationProperty abbreviatedIRI="{prop}"/>{target}<Literal{la}>{escape(value)}</Literal></AnnotationAssertion>'
        )

    def labels(self, s: str, english: str, others: str, lang_en: str = "en") -> None:
        if english:
            self.note(s, "rdfs:label", english, lang_en)
        for part in filter(None, others.split(";")):
            lang, _, text = part.partition(":") if part[2:3] == ":" else ("", "", part)
            self.note(s, "rdfs:label", text, lang)

    def raw(self, text: str) -> None:
        self.axioms.append("    " + text)


def schema(w: Writer) -> None:
    for c, parent in CLASSES.items():
        w.declare("Class", c)
        if parent:
            w.raw(f"<SubClassOf><Class {w.ref(c)}/><Class {w.ref(parent)}/></SubClassOf>")
    for p, (label, comment, dom, rng) in PROPERTY_DOCS.items():
        w.declare("ObjectProperty", p)
        w.note(p, "rdfs:label", label, "en")
        w.note(p, "rdfs:comment", comment, "en")
        if dom:
            w.raw(
                f"<ObjectPropertyDomain><ObjectProperty {w.ref(p)}/><Class {w.ref(dom)}/></ObjectPropertyDomain>"
            )
        if rng:
            w.raw(
                f"<ObjectPropertyRange><ObjectProperty {w.ref(p)}/><Class {w.ref(rng)}/></ObjectPropertyRange>"
            )
    for p, (label, comment) in DATA_DOCS.items():
        w.declare("DataProperty", p)
        w.note(p, "rdfs:label", label, "en")
        w.note(p, "rdfs:comment", comment)
    for a, b in (("brewedBy", "brews"), ("foundedBy", "founderOf")):
        w.raw(
            f"<InverseObjectProperties><ObjectProperty {w.ref(a)}/><ObjectProperty {w.ref(b)}/></InverseObjectProperties>"
        )
    for sub in ("usesHop", "usesMalt", "fermentedWith"):
        w.raw(
            f"<SubObjectPropertyOf><ObjectProperty {w.ref(sub)}/><ObjectProperty {w.ref('hasIngredient')}/></SubObjectPropertyOf>"
        )
    w.raw(
        f"<SymmetricObjectProperty><ObjectProperty {w.ref('collaboratedWith')}/></SymmetricObjectProperty>"
    )
    w.raw(
        f"<FunctionalObjectProperty><ObjectProperty {w.ref('brewedToStyle')}/></FunctionalObjectProperty>"
    )


def places(w: Writer) -> None:
    for cid, label, others in rows(COUNTRIES):
        w.declare("NamedIndividual", cid)
        w.cls(cid, "Country")
        w.labels(cid, label, others)
    for rid, label, country, others in rows(REGIONS):
        w.declare("NamedIndividual", rid)
        w.cls(rid, "Region")
        w.labels(rid, label, others, "" if len(label) < 8 else "en")
        w.obj(rid, "inCountry", country)
    for tid, label, region, pop, others in rows(TOWNS):
        w.declare("NamedIndividual", tid)
        w.cls(tid, "Town")
        w.labels(tid, label, others)
        w.obj(tid, "inRegion", region)
        w.data(tid, "population", pop, "integer")


def styles(w: Writer) -> None:
    for sid, label, parent, origin, code, abv, ibu, others, *alts in rows(STYLES):
        w.declare("NamedIndividual", sid)
        w.cls(sid, "BeerStyle")
        w.labels(sid, label, others)
        for alt in filter(None, alts):
            w.note(sid, "skos:altLabel", alt, "en")
        if parent:
            w.obj(sid, "hasParentStyle", parent)
        if origin:
            w.obj(sid, "regionOfOrigin", origin)
        if code:
            w.data(sid, "bjcpCode", code)
        if abv:
            lo, hi = abv.split("-")
            w.data(sid, "abvMin", lo, "decimal")
            w.data(sid, "abvMax", hi, "decimal")
        if ibu:
            lo, hi = ibu.split("-")
            w.data(sid, "ibuMin", lo, "integer")
            w.data(sid, "ibuMax", hi, "integer")


def ingredients(w: Writer) -> None:
    aromas = sorted({a for r in rows(HOPS) for a in r[5].split(",")})
    for a in aromas:
        aid = "Aroma_" + a.title().replace(" ", "")
        w.declare("NamedIndividual", aid)
        w.cls(aid, "Aroma")
        w.note(aid, "rdfs:label", a)
    for hid, label, region, alpha, use, aroma, *alts in rows(HOPS):
        w.declare("NamedIndividual", hid)
        w.cls(hid, "HopVariety")
        w.labels(hid, label, "")
        for alt in filter(None, alts):
            w.note(hid, "skos:altLabel", alt)
        w.obj(hid, "grownIn", region)
        if alpha:
            w.data(hid, "alphaAcid", alpha, "decimal")
        w.data(hid, "hopUse", use)
        for a in aroma.split(","):
            w.obj(hid, "hasAroma", "Aroma_" + a.title().replace(" ", ""))
    # the hop registry's record of Cascade: the same variety, its alpha acid only there
    reg = REGISTRY + "US-CAS"
    w.decl.append(f'    <Declaration><NamedIndividual IRI="{reg}"/></Declaration>')
    w.cls(reg, "HopVariety")
    w.note(reg, "rdfs:label", "CASCADE")
    w.data(reg, "alphaAcid", "5.5", "decimal")
    w.raw(f"<SameIndividual>{w.ind('Hop_Cascade')}{w.ind(reg)}</SameIndividual>")
    for mid, label, ebc, kind, *alts in rows(MALTS):
        w.declare("NamedIndividual", mid)
        w.cls(mid, "Malt")
        w.labels(mid, label, "")
        for alt in filter(None, alts):
            w.note(mid, "skos:altLabel", alt)
        w.data(mid, "colourEBC", ebc, "decimal")
        w.data(mid, "maltType", kind)
    for yid, label, code, ferm, att in rows(YEASTS):
        w.declare("NamedIndividual", yid)
        w.cls(yid, "YeastStrain")
        w.labels(yid, label, "")
        w.note(yid, "skos:altLabel", code)
        w.data(yid, "labCode", code)
        w.data(yid, "fermentationType", ferm)
        w.data(yid, "attenuation", att, "integer")


def people_and_breweries(w: Writer) -> None:
    for pid, name, born, town in rows(PERSONS):
        w.declare("NamedIndividual", pid)
        w.cls(pid, "Person")
        w.note(pid, "rdfs:label", name)
        if born:
            w.data(pid, "birthYear", born, "gYear")
        if town:
            w.obj(pid, "bornIn", town)
    for bid, labels, cls, town, founded, founders, head, number in rows(BREWERIES):
        w.declare("NamedIndividual", bid)
        w.cls(bid, cls)
        if labels:
            w.labels(bid, "", labels)
        w.obj(bid, "locatedIn", town)
        w.data(bid, "foundingYear", founded, "gYear")
        w.data(bid, "guildMemberNumber", number)
        for f in filter(None, founders.split(",")):
            if f.startswith("+"):
                w.obj(f[1:], "founderOf", bid)
            else:
                w.obj(bid, "foundedBy", f)
        if head:
            w.obj(bid, "headBrewer", head)
    for sub, parent, by_parent in OWNERSHIP:
        if by_parent:
            w.obj(parent, "owns", sub)
        else:
            w.obj(sub, "ownedBy", parent)
    for a, b in COLLABORATIONS:
        w.obj(a, "collaboratedWith", b)
    w.raw(
        f"<DifferentIndividuals>{w.ind('Brewery_0019')}{w.ind('Brewery_0028')}</DifferentIndividuals>"
    )


def beers(w: Writer) -> None:
    for r in rows(BEERS):
        bid, kind, label, brewers, style, abv, ibu, srm, hops, malts, yeast, first, alts = r
        w.declare("NamedIndividual", bid)
        w.cls(bid, "Beer")
        if kind == "e":
            w.note(bid, "rdfs:label", label, "en")
        elif kind == "d":
            w.note(bid, "rdfs:label", label, "de")
        elif kind == "p":
            w.note(bid, "skos:prefLabel", label)
        elif kind == "c":
            w.note(bid, "rdfs:label", label)
        for alt in filter(None, alts.split(";")):
            w.note(bid, "skos:altLabel", alt)
        for b in brewers.split(","):
            if b.startswith("+"):
                w.obj(b[1:], "brews", bid)
            else:
                w.obj(bid, "brewedBy", b)
        w.obj(bid, "brewedToStyle", style)
        w.data(bid, "abv", abv, "decimal")
        w.data(bid, "ibu", ibu, "integer")
        w.data(bid, "srmColour", srm, "decimal")
        for h in hops.split(","):
            w.obj(bid, "usesHop", h)
        for m in malts.split(","):
            w.obj(bid, "usesMalt", m)
        w.obj(bid, "fermentedWith", yeast)
        if first:
            w.data(bid, "firstBrewed", first, "date")


def awards(w: Writer) -> None:
    for medal in ("Gold", "Silver", "Bronze"):
        mid = "Medal_" + medal
        w.declare("NamedIndividual", mid)
        w.cls(mid, "Medal")
        w.note(mid, "rdfs:label", medal.lower() if medal == "Bronze" else medal, "en")
    for cid, label, others, town in rows(COMPETITIONS):
        w.declare("NamedIndividual", cid)
        w.cls(cid, "Competition")
        w.labels(cid, label, others)
        w.obj(cid, "heldIn", town)
    for i, (beer, comp, year, medal, cat) in enumerate(rows(AWARDS), 1):
        node = f"_:award{i:02d}"
        w.obj(beer, "wonAward", node)
        w.cls(node, "AwardRecord")
        w.obj(node, "atCompetition", comp)
        w.data(node, "awardYear", year, "gYear")
        w.obj(node, "medal", "Medal_" + medal)
        w.obj(node, "inCategory", cat)


def filler_beers() -> str:
    """Seasonal and one-off beers of each brewery (the bulk of a real catalogue)."""
    words = [
        "Harvest",
        "Winter",
        "Solstice",
        "Lantern",
        "Copper",
        "Foggy",
        "Orchard",
        "Mill",
        "Anchor",
        "Ember",
        "Meadow",
        "Quarry",
    ]
    styles = [(r[0], r[1]) for r in rows(STYLES) if r[4]]
    hops = [r[0] for r in rows(HOPS)]
    malts = [r[0] for r in rows(MALTS)]
    yeasts = [r[0] for r in rows(YEASTS)]
    out = []
    n = 200
    for r in rows(BREWERIES):
        bid = r[0]
        words_of = r[1].split(";")[0].split(":")[-1].split() if r[1] else []
        generic = {"Brauerei", "Pivovar", "Brouwerij", "Brasserie", "Pivovarna", "du", "de", "la"}
        short = next((x.title() for x in words_of if x not in generic), "House")
        for _ in range(2):
            n += 1
            word = _rng.choice(words)
            style, style_label = _rng.choice(styles)
            label = f"{short} {word} {style_label}"
            abv = f"{_rng.uniform(4.0, 9.0):.1f}"
            out.append(
                "|".join(
                    [
                        f"Beer_0{n}",
                        "e",
                        label,
                        bid,
                        style,
                        abv,
                        str(_rng.randint(10, 70)),
                        f"{_rng.randint(3, 40)}",
                        ",".join(sorted(set(_rng.sample(hops, 2)))),
                        _rng.choice(malts),
                        _rng.choice(yeasts),
                        "",
                        "",
                    ]
                )
            )
    return "\n".join(out)


def main() -> None:
    w = Writer()
    schema(w)
    places(w)
    styles(w)
    ingredients(w)
    people_and_breweries(w)
    global BEERS
    BEERS = BEERS.strip() + "\n" + filler_beers()
    beers(w)
    awards(w)
    w.raw(
        f"<NegativeObjectPropertyAssertion><ObjectProperty {w.ref('usesHop')}/>{w.ind('Beer_0128')}{w.ind('Hop_Cascade')}</NegativeObjectPropertyAssertion>"
    )
    w.raw(
        f"<NegativeObjectPropertyAssertion><ObjectProperty {w.ref('ownedBy')}/>{w.ind('Brewery_0001')}{w.ind('Brewery_0027')}</NegativeObjectPropertyAssertion>"
    )
    head = f"""<?xml version="1.0"?>
<Ontology xmlns="http://www.w3.org/2002/07/owl#"
     xml:base="{BASE}"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
     xmlns:xml="http://www.w3.org/XML/1998/namespace"
     xmlns:xsd="http://www.w3.org/2001/XMLSchema#"
     xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
     ontologyIRI="{BASE}"
     versionIRI="{BASE}/2024.2">
    <Prefix name="" IRI="{BASE}#"/>
    <Prefix name="brew" IRI="{BASE}#"/>
    <Prefix name="owl" IRI="http://www.w3.org/2002/07/owl#"/>
    <Prefix name="rdf" IRI="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>
    <Prefix name="xml" IRI="http://www.w3.org/XML/1998/namespace"/>
    <Prefix name="xsd" IRI="http://www.w3.org/2001/XMLSchema#"/>
    <Prefix name="rdfs" IRI="http://www.w3.org/2000/01/rdf-schema#"/>
    <Prefix name="skos" IRI="http://www.w3.org/2004/02/skos/core#"/>
    <Prefix name="dcterms" IRI="http://purl.org/dc/terms/"/>
    <Annotation>
        <AnnotationProperty abbreviatedIRI="rdfs:comment"/>
        <Literal xml:lang="en">Beer styles, breweries, beers, ingredients and awards of the Brewers' Guild register.</Literal>
    </Annotation>
    <Annotation>
        <AnnotationProperty abbreviatedIRI="dcterms:modified"/>
        <Literal datatypeIRI="{XSD}date">2024-03-01</Literal>
    </Annotation>
"""
    text = head + "\n".join(w.decl) + "\n" + "\n".join(w.axioms) + "\n</Ontology>\n"
    (HERE / "brewing.owx").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
