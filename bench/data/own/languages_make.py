# ruff: noqa: E501  (one languoid a line)
"""Write ``languages.rdf``: the world's languages as a Glottolog-style catalogue exports its
languoids as linked data (RDF/XML, the CLLD shape, with Lexvo's ISO 639-3 codes and country
regions).

The shape:

* languoids at ``https://glottolog.org/resource/languoid/id/<glottocode>``, typed
  ``glottolog:Family``, ``glottolog:Language`` or ``glottolog:Dialect`` (the node element) and
  ``dcterms:LinguisticSystem``; ``glottolog:level`` a level resource as well; named by
  ``rdfs:label`` and ``skos:prefLabel`` (English), other names ``skos:altLabel`` with language
  tags in several scripts ("Euskara"@eu, "日本語"@ja, "Castilian"@en);
* the glottocode as ``dcterms:identifier``; the ISO 639-3 code as
  ``lexvo:iso639P3PCode`` (an ``xsd:string`` typed literal) with ``skos:exactMatch`` to the
  (unlabelled) Lexvo IRI; dialects and families carry none;
* the classification as ``skos:broader`` (the direct parent) and ``skos:broaderTransitive``
  (every ancestor), ``skos:narrower`` stated only from families and subgroups (never from a
  language to its dialects); isolates have no broader at all; sign languages sit under the
  pseudo-family "Sign Language" as Glottolog files them;
* ``glottolog:macroarea`` a macroarea resource; ``dcterms:spatial`` the countries where spoken
  (``http://lexvo.org/id/iso3166/XX`` regions named ``rdfs:label``@en and ``skos:altLabel`` in
  other languages, with ``lexvo:iso3166P1Code``); ``geo:lat`` / ``geo:long`` ``xsd:float``;
* speaker numbers on blank ``glottolog:SpeakerEstimate`` nodes (``glottolog:speakers``
  ``xsd:integer``, ``dcterms:source`` a citation, ``dcterms:date`` an ``xsd:gYear``), two
  estimates for a few languages;
* ``glottolog:endangerment`` an Agglomerated Endangerment Status concept (``skos:notation``
  "aes-shifting", ``skos:prefLabel`` "shifting"); ``glottolog:extinctSince`` an ``xsd:gYear`` for
  some extinct languages (not all).

Names and codes follow the real catalogue loosely; numbers are rounded or invented. Seeded, no
network; stdlib only. Run from the repository root: ``python bench/data/own/languages_make.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _rdfxml import RdfXmlDoc

HERE = Path(__file__).parent
OUT = HERE / "languages.rdf"

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "lexvo": "http://lexvo.org/ontology#",
    "glottolog": "https://glottolog.org/ontology#",
}
XSD = "http://www.w3.org/2001/XMLSchema#"
RES = "https://glottolog.org/resource/"
LANG = RES + "languoid/id/"
COUNTRY = "http://lexvo.org/id/iso3166/"

# code | English name | other names (name@tag; ...)
COUNTRIES = """
GB|United Kingdom|Vereinigtes Königreich@de; Royaume-Uni@fr; UK@en; Britain@en
IE|Ireland|Éire@ga; Irland@de
US|United States|Vereinigte Staaten@de; États-Unis@fr; USA@en
CA|Canada|Kanada@de
AU|Australia|Australien@de
NZ|New Zealand|Aotearoa@mi; Neuseeland@de
DE|Germany|Deutschland@de; Allemagne@fr
AT|Austria|Österreich@de; Autriche@fr
CH|Switzerland|Schweiz@de; Suisse@fr; Svizzera@it
LU|Luxembourg|Luxemburg@de; Lëtzebuerg@lb
NL|Netherlands|Nederland@nl; Holland@en
BE|Belgium|België@nl; Belgique@fr
FR|France|Frankreich@de
ES|Spain|España@es; Spanien@de
PT|Portugal|Portugal@pt
BR|Brazil|Brasil@pt; Brasilien@de
IT|Italy|Italia@it; Italien@de
RO|Romania|România@ro
MD|Moldova|Republica Moldova@ro
MX|Mexico|México@es
GT|Guatemala|Guatemala@es
PE|Peru|Perú@es
BO|Bolivia|Bolivia@es
AR|Argentina|Argentina@es
CL|Chile|Chile@es
IS|Iceland|Ísland@is
NO|Norway|Norge@no; Norwegen@de
SE|Sweden|Sverige@sv; Schweden@de
DK|Denmark|Danmark@da; Dänemark@de
FO|Faroe Islands|Føroyar@fo
FI|Finland|Suomi@fi; Finnland@de
EE|Estonia|Eesti@et
LV|Latvia|Latvija@lv
LT|Lithuania|Lietuva@lt
PL|Poland|Polska@pl; Polen@de
CZ|Czechia|Česko@cs; Czech Republic@en
RU|Russia|Россия@ru; Russian Federation@en
UA|Ukraine|Україна@uk
HU|Hungary|Magyarország@hu; Ungarn@de
GR|Greece|Ελλάδα@el; Hellas@en
CY|Cyprus|Κύπρος@el
AM|Armenia|Հայաստան@hy
IR|Iran|ایران@fa; Persia@en
AF|Afghanistan|افغانستان@ps
PK|Pakistan|پاکستان@ur
IN|India|भारत@hi; Bharat@en
BD|Bangladesh|বাংলাদেশ@bn
NP|Nepal|नेपाल@ne
CN|China|中国@zh; People's Republic of China@en
TW|Taiwan|臺灣@zh
HK|Hong Kong|香港@zh
MM|Myanmar|Burma@en
JP|Japan|日本@ja; Nippon@ja-Latn
KR|South Korea|대한민국@ko; Republic of Korea@en
KP|North Korea|조선@ko
DZ|Algeria|الجزائر@ar; Algérie@fr
MA|Morocco|المغرب@ar; Maroc@fr
EG|Egypt|مصر@ar
IQ|Iraq|العراق@ar
SA|Saudi Arabia|السعودية@ar
IL|Israel|ישראל@he
MT|Malta|Malta@mt
ET|Ethiopia|ኢትዮጵያ@am
SO|Somalia|Soomaaliya@so
ML|Mali|Mali@fr
NE|Niger|Niger@fr
KE|Kenya|Kenya@sw
TZ|Tanzania|Tanzania@sw
UG|Uganda|Uganda@sw
CD|DR Congo|Democratic Republic of the Congo@en; RDC@fr
ZA|South Africa|Suid-Afrika@af; iNingizimu Afrika@zu
NA|Namibia|Namibia@en
NG|Nigeria|Nigeria@en
MG|Madagascar|Madagasikara@mg
PH|Philippines|Pilipinas@tl
ID|Indonesia|Indonesia@id
WS|Samoa|Sāmoa@sm
GL|Greenland|Kalaallit Nunaat@kl; Grønland@da
NI|Nicaragua|Nicaragua@es
"""

MACROAREAS = ["Eurasia", "Africa", "Australia", "Papunesia", "North America", "South America"]

# notation | label | definition
AES = [
    (
        "aes-not_endangered",
        "not endangered",
        "Language is spoken by all generations and transmitted to children.",
    ),
    (
        "aes-threatened",
        "threatened",
        "Language is used by all generations but losing speakers or domains.",
    ),
    (
        "aes-shifting",
        "shifting",
        "Children no longer learn the language; the parent generation still speaks it.",
    ),
    ("aes-moribund", "moribund", "Only the grandparent generation speaks the language."),
    ("aes-nearly_extinct", "nearly extinct", "Only a few elderly speakers remain."),
    ("aes-extinct", "extinct", "No remaining native speakers."),
]

# glottocode | name | level (F family, L language, D dialect) | parent | ISO 639-3 | lat | long |
# macroarea | countries | status (aes notation tail) | speakers (count:source:year, ...) |
# extinct since | other names (name@tag; ...)
LANGUOIDS = """
indo1319|Indo-European|F||||||||||Indo-Europäisch@de; indo-européen@fr; Indoeuropeo@es
germ1287|Germanic|F|indo1319|||||||||Germanisch@de; germanique@fr
nort3152|North Germanic|F|germ1287|||||||||Nordic languages@en; Scandinavian@en
west2793|West Germanic|F|germ1287|||||||||Westgermanisch@de
east2805|East Germanic|F|germ1287|||||||||
angl1265|Anglo-Frisian|F|west2793|||||||||Ingvaeonic@en
high1289|High German|F|west2793|||||||||Hochdeutsch@de
fran1268|Franconian|F|west2793|||||||||Low Franconian@en
stan1293|English|L|angl1265|eng|53.0|-1.0|Eurasia|GB, US, CA, AU, NZ, IE|not_endangered|380000000:Ethnologue 25:2022||Englisch@de; anglais@fr; inglés@es; 英语@zh; английский@ru; Inglis@tl
scot1243|Scots|L|angl1265|sco|56.0|-3.5|Eurasia|GB|threatened|1500000:UK Census:2011||Lallans@en; Scots leid@sco
west2354|Western Frisian|L|angl1265|fry|53.1|5.8|Eurasia|NL|threatened|470000:Ethnologue 25:2022||West Frisian@en; Frysk@fy; Westfriesisch@de
stan1295|Standard German|L|high1289|deu|51.0|10.0|Eurasia|DE, AT, CH, LU, BE|not_endangered|76000000:Ethnologue 25:2022||German@en; Deutsch@de; allemand@fr; alemán@es; 德语@zh
alem1243|Alemannic|L|high1289|gsw|47.4|8.5|Eurasia|CH, DE, AT, FR|not_endangered|7000000:Ethnologue 25:2022||Swiss German@en; Schwyzerdütsch@gsw; Alemannisch@de
bern1235|Bernese German|D|alem1243||46.9|7.4|Eurasia|CH||||Bärndütsch@gsw; Berndeutsch@de
zuri1239|Zurich German|D|alem1243||47.4|8.5|Eurasia|CH||||Züritüütsch@gsw; Zürichdeutsch@de
luxe1241|Luxembourgish|L|high1289|ltz|49.7|6.1|Eurasia|LU, BE, FR|not_endangered|400000:Ethnologue 25:2022||Lëtzebuergesch@lb; Luxemburgisch@de
east2295|Eastern Yiddish|L|high1289|ydd|52.0|24.0|Eurasia|IL, US, UA|threatened|1500000:Ethnologue 25:2022||Yiddish@en; ייִדיש@yi; Jiddisch@de
dutc1256|Dutch|L|fran1268|nld|52.0|5.0|Eurasia|NL, BE|not_endangered|24000000:Ethnologue 25:2022||Nederlands@nl; Niederländisch@de; néerlandais@fr; Flemish@en
afri1274|Afrikaans|L|fran1268|afr|-30.0|22.0|Africa|ZA, NA|not_endangered|7200000:Statistics South Africa:2011||Kaaps@af
icel1247|Icelandic|L|nort3152|isl|64.8|-18.7|Eurasia|IS|not_endangered|330000:Statistics Iceland:2020||Íslenska@is; Isländisch@de
norw1259|Norwegian Bokmål|L|nort3152|nob|60.5|9.0|Eurasia|NO|not_endangered|4300000:Ethnologue 25:2022||Bokmål@no; Norwegian@en
swed1254|Swedish|L|nort3152|swe|59.8|17.4|Eurasia|SE, FI|not_endangered|10000000:Ethnologue 25:2022||Svenska@sv; Schwedisch@de; suédois@fr
dani1285|Danish|L|nort3152|dan|55.7|10.0|Eurasia|DK, GL|not_endangered|5500000:Ethnologue 25:2022||Dansk@da; Dänisch@de
faro1244|Faroese|L|nort3152|fao|62.0|-6.9|Eurasia|FO, DK|threatened|66000:Ethnologue 25:2022||Føroyskt@fo; Färöisch@de
goth1244|Gothic|L|east2805|got|46.9|29.1|Eurasia|UA, RO|extinct||0800|Gotisch@de; 𐌲𐌿𐍄𐌹𐍃𐌺@got
crim1257|Crimean Gothic|L|east2805||44.6|33.9|Eurasia|UA|extinct||1800|Krimgotisch@de
ital1284|Italic|F|indo1319|||||||||Italisch@de
roma1334|Romance|F|ital1284|||||||||Romanisch@de; langues romanes@fr; Latin languages@en
stan1290|French|L|roma1334|fra|48.0|2.0|Eurasia|FR, BE, CH, CA, LU, ML, NE, DZ, MA, CD|not_endangered|80000000:Ethnologue 25:2022||Français@fr; Französisch@de; francés@es; 法语@zh; Francais@en
stan1288|Spanish|L|roma1334|spa|40.4|-3.7|Eurasia|ES, MX, PE, BO, AR, CL, GT, NI, US|not_endangered|485000000:Ethnologue 25:2022||Castilian@en; Español@es; Castellano@es; Spanisch@de; espagnol@fr
port1283|Portuguese|L|roma1334|por|39.9|-8.1|Eurasia|PT, BR|not_endangered|230000000:Ethnologue 25:2022||Português@pt; Portugiesisch@de
ital1282|Italian|L|roma1334|ita|43.0|12.0|Eurasia|IT, CH|not_endangered|64000000:Ethnologue 25:2022||Italiano@it; Italienisch@de; italien@fr
roma1327|Romanian|L|roma1334|ron|46.0|25.0|Eurasia|RO, MD|not_endangered|24000000:Ethnologue 25:2022||Română@ro; Moldovan@en; Rumänisch@de
stan1289|Catalan|L|roma1334|cat|41.4|1.9|Eurasia|ES, FR|not_endangered|4100000:Ethnologue 25:2022||Català@ca; Valencian@en; Katalanisch@de
roma1326|Romansh|L|roma1334|roh|46.7|9.6|Eurasia|CH|threatened|40000:Swiss Federal Statistical Office:2020||Rumantsch@rm; Rätoromanisch@de; Romansch@en
occi1239|Occitan|L|roma1334|oci|44.0|2.0|Eurasia|FR, ES, IT|shifting|218000:Ethnologue 25:2022||Lenga d'òc@oc; Provençal@en; langue d'oc@fr
lati1261|Latin|L|roma1334|lat|41.9|12.5|Eurasia|IT|extinct||0600|Latina@la; Lingua Latina@la
celt1248|Celtic|F|indo1319|||||||||Keltisch@de; celtique@fr
iris1253|Irish|L|celt1248|gle|53.2|-8.2|Eurasia|IE, GB|threatened|170000:Central Statistics Office Ireland:2016, 73000:Central Statistics Office Ireland:2022||Gaeilge@ga; Irish Gaelic@en; Irisch@de
wels1247|Welsh|L|celt1248|cym|52.0|-3.8|Eurasia|GB|threatened|562000:UK Census:2011, 538000:UK Census:2021||Cymraeg@cy; Walisisch@de; gallois@fr
scot1245|Scottish Gaelic|L|celt1248|gla|57.0|-5.5|Eurasia|GB, CA|shifting|57000:UK Census:2011||Gàidhlig@gd; Gaelic@en; Schottisch-Gälisch@de
bret1244|Breton|L|celt1248|bre|48.2|-3.0|Eurasia|FR|shifting|210000:Ethnologue 25:2022||Brezhoneg@br; Bretonisch@de
manx1243|Manx|L|celt1248|glv|54.2|-4.5|Eurasia|GB|nearly_extinct|1800:Isle of Man Census:2011|1974|Gaelg@gv; Manx Gaelic@en
corn1251|Cornish|L|celt1248|cor|50.3|-5.0|Eurasia|GB|extinct||1777|Kernewek@kw; Kornisch@de
balt1263|Balto-Slavic|F|indo1319|||||||||Baltoslawisch@de
slav1255|Slavic|F|balt1263|||||||||Slavonic@en; Slawisch@de
east1426|Eastern Baltic|F|balt1263|||||||||Baltic@en
russ1263|Russian|L|slav1255|rus|59.0|50.0|Eurasia|RU, UA|not_endangered|150000000:Ethnologue 25:2022||русский язык@ru; Russisch@de; russe@fr; 俄语@zh
poli1260|Polish|L|slav1255|pol|52.0|19.0|Eurasia|PL|not_endangered|40000000:Ethnologue 25:2022||Polski@pl; Polnisch@de
czec1258|Czech|L|slav1255|ces|50.0|15.0|Eurasia|CZ|not_endangered|10700000:Ethnologue 25:2022||Čeština@cs; Tschechisch@de; Bohemian@en
ukra1253|Ukrainian|L|slav1255|ukr|49.0|32.0|Eurasia|UA, PL|not_endangered|33000000:Ethnologue 25:2022||Українська@uk; Ukrainisch@de
lith1251|Lithuanian|L|east1426|lit|55.0|24.0|Eurasia|LT|not_endangered|3000000:Ethnologue 25:2022||Lietuvių@lt; Litauisch@de
latv1249|Latvian|L|east1426|lav|57.0|25.0|Eurasia|LV|not_endangered|1750000:Ethnologue 25:2022||Latviešu@lv; Lettish@en; Lettisch@de
prus1238|Old Prussian|L|balt1263|prg|54.5|21.0|Eurasia|PL, RU|extinct||1700|Prūsiskan@prg; Altpreußisch@de
indo1320|Indo-Iranian|F|indo1319|||||||||Aryan@en
indo1321|Indo-Aryan|F|indo1320|||||||||Indic@en; Indoarisch@de
iran1269|Iranian|F|indo1320|||||||||Iranisch@de
hind1269|Hindi|L|indo1321|hin|25.0|77.0|Eurasia|IN, NP|not_endangered|600000000:Ethnologue 25:2022||हिन्दी@hi; Hindustani@en
beng1280|Bengali|L|indo1321|ben|24.0|90.0|Eurasia|BD, IN|not_endangered|270000000:Ethnologue 25:2022||বাংলা@bn; Bangla@en
nepa1254|Nepali|L|indo1321|npi|28.0|84.0|Eurasia|NP, IN|not_endangered|25000000:Ethnologue 25:2022||नेपाली@ne; Gorkhali@en
roma1329|Romani|L|indo1321|rom|45.0|25.0|Eurasia|RO, HU, CZ|threatened|2500000:Ethnologue 25:2022||Romanes@rom; Romany@en; Romanes@en
west2369|Western Farsi|L|iran1269|pes|32.0|53.0|Eurasia|IR|not_endangered|57000000:Ethnologue 25:2022||Persian@en; Farsi@en; فارسی@fa; Persisch@de
pash1269|Pashto|L|iran1269|pus|33.0|67.0|Eurasia|AF, PK|not_endangered|40000000:Ethnologue 25:2022||پښتو@ps; Pushto@en; Paschtu@de
nort2641|Northern Kurdish|L|iran1269|kmr|37.5|43.0|Eurasia|IR|not_endangered|15000000:Ethnologue 25:2022||Kurmanji@en; Kurmancî@ku
gree1276|Graeco-Phrygian|F|indo1319|||||||||Hellenic@en
mode1248|Modern Greek|L|gree1276|ell|39.0|22.0|Eurasia|GR, CY|not_endangered|13000000:Ethnologue 25:2022||Greek@en; Ελληνικά@el; Neugriechisch@de
anci1242|Ancient Greek|L|gree1276|grc|38.0|23.7|Eurasia|GR|extinct|||Ἑλληνική@grc; Altgriechisch@de
arme1241|Armenian|L|indo1319|hye|40.2|44.5|Eurasia|AM|not_endangered|5400000:Ethnologue 25:2022||Հայերեն@hy; Armenisch@de; Eastern Armenian@en
ural1272|Uralic|F||||||||||Uralisch@de; ouralien@fr; Finno-Ugric@en
finn1317|Finnic|F|ural1272|||||||||Baltic Finnic@en; Ostseefinnisch@de
ugri1269|Ugric|F|ural1272|||||||||Ugrisch@de
saam1281|Saami|F|ural1272|||||||||Sami@en; Lappish@en; Samisch@de
finn1318|Finnish|L|finn1317|fin|62.0|25.0|Eurasia|FI, SE|not_endangered|5800000:Ethnologue 25:2022||Suomi@fi; Finnisch@de; finnois@fr
esto1258|Estonian|L|finn1317|est|58.6|25.0|Eurasia|EE|not_endangered|1100000:Ethnologue 25:2022||Eesti keel@et; Estnisch@de
livv1244|Livonian|L|finn1317|liv|57.6|22.2|Eurasia|LV|extinct||2013|Līvõ kēļ@liv; Livisch@de
hung1274|Hungarian|L|ugri1269|hun|47.0|19.0|Eurasia|HU, RO|not_endangered|13000000:Ethnologue 25:2022||Magyar@hu; Ungarisch@de; hongrois@fr
nort2671|North Saami|L|saam1281|sme|69.0|23.0|Eurasia|NO, SE, FI|threatened|25000:Ethnologue 25:2022||Northern Sami@en; Davvisámegiella@se; Nordsamisch@de
inar1241|Inari Saami|L|saam1281|smn|68.9|27.0|Eurasia|FI|moribund|400:Sámediggi:2018||Anarâškielâ@smn
sino1245|Sino-Tibetan|F||||||||||Sinotibetisch@de; sino-tibétain@fr; 汉藏语系@zh
sini1245|Sinitic|F|sino1245|||||||||Chinese@en; 汉语族@zh
bodi1256|Bodic|F|sino1245|||||||||Tibetic@en
mand1415|Mandarin Chinese|L|sini1245|cmn|40.0|116.0|Eurasia|CN, TW|not_endangered|920000000:Ethnologue 25:2022||普通话@zh; Putonghua@zh-Latn; 國語@zh-Hant; Guoyu@zh-Latn; Mandarin@en
yuec1235|Yue Chinese|L|sini1245|yue|23.0|113.0|Eurasia|CN, HK|not_endangered|85000000:Ethnologue 25:2022||Cantonese@en; 粵語@zh-Hant; 广东话@zh
taiw1238|Taishanese|D|yuec1235||22.2|112.8|Eurasia|CN, US||||Toisanese@en; 台山话@zh
minn1241|Min Nan Chinese|L|sini1245|nan|24.5|118.0|Eurasia|CN, TW|not_endangered|48000000:Ethnologue 25:2022||Hokkien@en; Taiwanese@en; 閩南語@zh-Hant
tibe1272|Tibetan|L|bodi1256|bod|29.6|91.1|Eurasia|CN, IN, NP|threatened|1200000:Ethnologue 25:2022||བོད་སྐད@bo; Central Tibetan@en
nucl1310|Burmese|L|sino1245|mya|21.0|96.0|Eurasia|MM|not_endangered|33000000:Ethnologue 25:2022||မြန်မာဘာသာ@my; Myanmar@en
japo1237|Japonic|F||||||||||Japanisch-Ryukyuisch@de
nucl1643|Japanese|L|japo1237|jpn|35.0|135.0|Eurasia|JP|not_endangered|123000000:Ethnologue 25:2022||日本語@ja; Nihongo@ja-Latn; Japanisch@de; japonais@fr
cent2126|Central Okinawan|L|japo1237|ryu|26.3|127.8|Eurasia|JP|shifting|||Okinawan@en; ウチナーグチ@ja; Uchinaaguchi@ryu
kore1284|Koreanic|F||||||||||Koreanisch@de
kore1280|Korean|L|kore1284|kor|37.5|128.0|Eurasia|KR, KP|not_endangered|81000000:Ethnologue 25:2022||한국어@ko; 조선말@ko; Hangugeo@ko-Latn; Koreanisch@de
jeju1234|Jejueo|L|kore1284|jje|33.4|126.5|Eurasia|KR|moribund|5000:UNESCO:2010||Jeju@en; 제주어@ko
afro1255|Afro-Asiatic|F||||||||||Afroasiatisch@de; Hamito-Semitic@en; afro-asiatique@fr
semi1276|Semitic|F|afro1255|||||||||Semitisch@de
berb1260|Berber|F|afro1255|||||||||Amazigh@en; Tamazight@en
cush1243|Cushitic|F|afro1255|||||||||Kuschitisch@de
stan1318|Standard Arabic|L|semi1276|arb|27.0|30.0|Eurasia|EG, SA, DZ, MA|not_endangered|270000000:Ethnologue 25:2022||Arabic@en; العربية@ar; Modern Standard Arabic@en; Arabisch@de
hebr1245|Modern Hebrew|L|semi1276|heb|31.5|34.8|Eurasia|IL|not_endangered|9000000:Ethnologue 25:2022||Hebrew@en; עברית@he; Ivrit@he-Latn; Hebräisch@de
amha1245|Amharic|L|semi1276|amh|11.7|39.5|Africa|ET|not_endangered|57000000:Ethnologue 25:2022||አማርኛ@am; Amharisch@de
malt1254|Maltese|L|semi1276|mlt|35.9|14.4|Eurasia|MT|not_endangered|520000:National Statistics Office Malta:2021||Malti@mt; Maltesisch@de
kaby1243|Kabyle|L|berb1260|kab|36.5|4.5|Africa|DZ|not_endangered|5600000:Ethnologue 25:2022||Taqbaylit@kab; ⵜⴰⵇⴱⴰⵢⵍⵉⵜ@kab-Tfng; Kabylisch@de
tama1365|Tamasheq|L|berb1260|taq|16.5|-1.0|Africa|ML, NE|threatened|900000:Ethnologue 25:2022||Tuareg@en; Tamajaq@taq
soma1255|Somali|L|cush1243|som|4.0|46.0|Africa|SO, ET, KE|not_endangered|22000000:Ethnologue 25:2022||Af-Soomaali@so; Somalisch@de
atla1278|Atlantic-Congo|F||||||||||Niger-Congo@en; Atlantik-Kongo@de
bant1294|Bantu|F|atla1278|||||||||Bantoid@en; Bantusprachen@de
volt1241|Volta-Congo|F|atla1278|||||||||
swah1253|Swahili|L|bant1294|swh|-6.8|39.3|Africa|TZ, KE, UG, CD|not_endangered|71000000:Ethnologue 25:2022||Kiswahili@sw; Suaheli@de; Kisuaheli@de
zulu1248|Zulu|L|bant1294|zul|-28.5|31.0|Africa|ZA|not_endangered|12000000:Statistics South Africa:2011||isiZulu@zu; Zulu@de
xhos1239|Xhosa|L|bant1294|xho|-32.0|27.0|Africa|ZA|not_endangered|8200000:Statistics South Africa:2011||isiXhosa@xh; Xhosa@de
yoru1245|Yoruba|L|volt1241|yor|7.5|4.0|Africa|NG|not_endangered|45000000:Ethnologue 25:2022||Èdè Yorùbá@yo; Yorùbá@yo
nucl1417|Igbo|L|volt1241|ibo|5.5|7.5|Africa|NG|not_endangered|31000000:Ethnologue 25:2022||Asụsụ Igbo@ig; Ibo@en
aust1307|Austronesian|F||||||||||Austronesisch@de; austronésien@fr; Malayo-Polynesian@en
poly1242|Polynesian|F|aust1307|||||||||Polynesisch@de
phil1251|Philippine|F|aust1307|||||||||Philippinisch@de
taga1270|Tagalog|L|phil1251|tgl|14.6|121.0|Papunesia|PH|not_endangered|28000000:Ethnologue 25:2022||Filipino@en; Wikang Tagalog@tl
plat1254|Plateau Malagasy|L|aust1307|plt|-19.0|47.0|Africa|MG|not_endangered|11000000:Ethnologue 25:2022||Malagasy@en; Malagasy@mg; Madagassisch@de
indo1316|Indonesian|L|aust1307|ind|-6.2|106.8|Papunesia|ID|not_endangered|43000000:Ethnologue 25:2022||Bahasa Indonesia@id; Indonesisch@de
hawa1245|Hawaiian|L|poly1242|haw|19.6|-155.5|North America|US|nearly_extinct|2000:Ethnologue 25:2022||ʻŌlelo Hawaiʻi@haw; Hawaiisch@de
maor1246|Maori|L|poly1242|mri|-38.0|176.0|Papunesia|NZ|threatened|50000:Stats NZ:2018||Māori@en; Te Reo Māori@mi; te reo@mi
samo1305|Samoan|L|poly1242|smo|-13.8|-172.0|Papunesia|WS, NZ, US|not_endangered|510000:Ethnologue 25:2022||Gagana Sāmoa@sm; Samoanisch@de
quec1387|Quechuan|F||||||||||Quechua@en; Runa Simi@qu; Ketschua@de
cusc1236|Cusco Quechua|L|quec1387|quz|-13.5|-72.0|South America|PE|threatened|1500000:Ethnologue 25:2022||Cuzco Quechua@en; Qusqu Qhichwa simi@qu
ayac1239|Ayacucho Quechua|L|quec1387|quy|-13.2|-74.2|South America|PE|threatened|900000:Ethnologue 25:2022||Chanka@qu
ayma1253|Aymaran|F||||||||||Jaqi@en
cent2142|Central Aymara|L|ayma1253|ayr|-16.5|-68.1|South America|BO, PE, CL|threatened|1700000:Ethnologue 25:2022||Aymara@en; Aymar aru@ay
maya1287|Mayan|F||||||||||Maya languages@en; Mayasprachen@de
yuca1254|Yucatec Maya|L|maya1287|yua|20.5|-88.5|North America|MX|threatened|770000:INEGI:2020||Maaya t'aan@yua; Yucatec@en; Yukatekisch@de
kich1262|Kʼicheʼ|L|maya1287|quc|15.0|-91.2|North America|GT|not_endangered|2300000:Ethnologue 25:2022||Kiche@en; Quiché@es; K'iche'@en
utoa1244|Uto-Aztecan|F||||||||||Uto-Aztekisch@de
nahu1234|Nahuatl|F|utoa1244|||||||||Aztec@en; Nahuatlan@en
clas1250|Classical Nahuatl|L|nahu1234|nci|19.4|-99.1|North America|MX|extinct||1800|Aztec@en; Nāhuatlahtōlli@nci
hopi1249|Hopi|L|utoa1244|hop|35.8|-110.5|North America|US|shifting|6800:US Census:2010||Hopílavayi@hop
eski1264|Eskimo-Aleut|F||||||||||Eskaleut@en; Eskimo-Aleutisch@de
inui1246|Inuit|F|eski1264|||||||||Inuit languages@en
kala1399|Kalaallisut|L|inui1246|kal|64.2|-51.7|North America|GL, DK|not_endangered|56000:Ethnologue 25:2022||Greenlandic@en; West Greenlandic@en; Grönländisch@de
east2534|Eastern Canadian Inuktitut|L|inui1246|ike|64.0|-70.0|North America|CA|threatened|35000:Statistics Canada:2016||Inuktitut@en; ᐃᓄᒃᑎᑐᑦ@iu
pama1250|Pama-Nyungan|F||||||||||Pama-Nyunganisch@de
warl1254|Warlpiri|L|pama1250|wbp|-20.5|131.0|Australia|AU|threatened|2300:Australian Bureau of Statistics:2016||Walpiri@en; Warlbiri@en
pitj1243|Pitjantjatjara|L|pama1250|pjt|-26.0|131.0|Australia|AU|threatened|3100:Australian Bureau of Statistics:2016||Pitjantjara@en
dyir1250|Dyirbal|L|pama1250|dbl|-17.8|145.6|Australia|AU|nearly_extinct|8:Dixon:2001||Jirrbal@dbl
sign1238|Sign Language|F||||||||||Sign languages@en; Gebärdensprachen@de; langues des signes@fr
fren1243|French Sign Language|L|sign1238|fsl|48.8|2.3|Eurasia|FR|not_endangered|100000:Ethnologue 25:2022||LSF@fr; Langue des signes française@fr
amer1248|American Sign Language|L|sign1238|ase|38.9|-77.0|North America|US, CA|not_endangered|500000:Ethnologue 25:2022||ASL@en; Ameslan@en
brit1235|British Sign Language|L|sign1238|bfi|51.5|-0.1|Eurasia|GB|not_endangered|151000:BSL Census:2011||BSL@en
germ1281|German Sign Language|L|sign1238|gsg|52.5|13.4|Eurasia|DE|not_endangered|200000:Ethnologue 25:2022||DGS@de; Deutsche Gebärdensprache@de
nica1249|Nicaraguan Sign Language|L|sign1238|ncs|12.1|-86.3|North America|NI|not_endangered|3000:Ethnologue 25:2022||ISN@es; Idioma de Señas de Nicaragua@es
alsa1240|Al-Sayyid Bedouin Sign Language|L|sign1238||31.2|34.8|Eurasia|IL|threatened|150:Kisch:2008||ABSL@en
basq1248|Basque|L||eus|43.3|-2.0|Eurasia|ES, FR|threatened|750000:Eustat:2016||Euskara@eu; Vascuence@es; baskisch@de; basque@fr
gipu1236|Gipuzkoan|D|basq1248||43.2|-2.2|Eurasia|ES||||Gipuzkera@eu; Guipuzcoan@en
bisc1236|Biscayan|D|basq1248||43.2|-2.9|Eurasia|ES||||Bizkaiera@eu; Western Basque@en
soul1253|Souletin|D|basq1248||43.2|-0.9|Eurasia|FR||||Zuberoera@eu
ainu1240|Hokkaido Ainu|L||ain|43.6|142.5|Eurasia|JP|nearly_extinct|||Ainu@en; アイヌ・イタㇰ@ain; Aynu itak@ain
buru1296|Burushaski|L||bsk|36.3|74.6|Eurasia|PK, IN|threatened|110000:Ethnologue 25:2022||Burusho@en; بروشسکی@bsk
zuni1245|Zuni|L||zun|35.1|-108.8|North America|US|threatened|9600:US Census:2010||Shiwi'ma@zun; Zuñi@es
kusu1250|Kusunda|L||kgg|28.0|82.5|Eurasia|NP|nearly_extinct|1:Watters:2006||Mihaq@kgg
sume1241|Sumerian|L||sux|31.3|45.8|Eurasia|IQ|extinct|||𒅴𒂠@sux; Emegir@sux
yama1264|Yahgan|L||yag|-55.0|-68.3|South America|CL|extinct||2022|Yámana@es; Yaghan@en
"""


def split_names(field: str) -> list[tuple[str, str]]:
    """``name@tag; name@tag`` as (name, tag) pairs."""
    out = []
    for part in filter(None, (p.strip() for p in field.split(";"))):
        name, _, tag = part.rpartition("@")
        out.append((name, tag))
    return out


def main() -> None:
    d = RdfXmlDoc(NS)
    xs = XSD + "string"
    for line in filter(None, COUNTRIES.strip().splitlines()):
        code, name, others = line.split("|")
        c = COUNTRY + code
        d.typ(c, "lexvo:GeographicRegion")
        d.lit(c, "rdfs:label", name, lang="en")
        d.lit(c, "lexvo:iso3166P1Code", code, dtype=xs)
        for alt, tag in split_names(others):
            d.lit(c, "skos:altLabel", alt, lang=tag)
    for area in MACROAREAS:
        m = RES + "macroarea/" + area.lower().replace(" ", "")
        d.typ(m, "glottolog:Macroarea")
        d.lit(m, "rdfs:label", area, lang="en")
    scheme = RES + "aes"
    d.typ(scheme, "skos:ConceptScheme")
    d.lit(scheme, "rdfs:label", "Agglomerated Endangerment Status", lang="en")
    for notation, label, definition in AES:
        a = RES + "aes/" + notation
        d.typ(a, "skos:Concept")
        d.lit(a, "skos:prefLabel", label, lang="en")
        d.lit(a, "skos:notation", notation)
        d.lit(a, "skos:definition", definition, lang="en")
        d.iri(a, "skos:inScheme", scheme)
    levels = {"F": "family", "L": "language", "D": "dialect"}
    for level in levels.values():
        lv = RES + "level/" + level
        d.typ(lv, "glottolog:LanguoidLevel")
        d.lit(lv, "rdfs:label", level, lang="en")
    rows = [line.split("|") for line in filter(None, LANGUOIDS.strip().splitlines())]
    parent = {r[0]: r[3] for r in rows}
    children: dict[str, list[str]] = {}
    for r in rows:
        if r[3]:
            children.setdefault(r[3], []).append(r[0])
    for r in rows:
        assert len(r) == 13, r
        code, name, level, up, iso, lat, lon, area, countries, status, speakers, extinct, alts = r
        s = LANG + code
        d.typ(
            s, {"F": "glottolog:Family", "L": "glottolog:Language", "D": "glottolog:Dialect"}[level]
        )
        d.iri(s, "rdf:type", NS["dcterms"] + "LinguisticSystem")
        d.lit(s, "rdfs:label", name, lang="en")
        d.lit(s, "skos:prefLabel", name, lang="en")
        d.lit(s, "dcterms:identifier", code)
        d.iri(s, "glottolog:level", RES + "level/" + levels[level])
        for alt, tag in split_names(alts):
            d.lit(s, "skos:altLabel", alt, lang=tag)
        if iso:
            d.lit(s, "lexvo:iso639P3PCode", iso, dtype=xs)
            d.iri(s, "skos:exactMatch", "http://lexvo.org/id/iso639-3/" + iso)
        if up:
            d.iri(s, "skos:broader", LANG + up)
            a = up
            while a:
                d.iri(s, "skos:broaderTransitive", LANG + a)
                a = parent[a]
        if level == "F":
            for ch in children.get(code, []):
                d.iri(s, "skos:narrower", LANG + ch)
        if lat:
            d.lit(s, "geo:lat", lat, dtype=XSD + "float")
            d.lit(s, "geo:long", lon, dtype=XSD + "float")
        if area:
            d.iri(s, "glottolog:macroarea", RES + "macroarea/" + area.lower().replace(" ", ""))
        for c in filter(None, (x.strip() for x in countries.split(","))):
            d.iri(s, "dcterms:spatial", COUNTRY + c)
        if status:
            d.iri(s, "glottolog:endangerment", RES + "aes/aes-" + status)
        for est in filter(None, (x.strip() for x in speakers.split(","))):
            count, source, year = est.split(":")
            d.blank(
                s,
                "glottolog:speakerEstimate",
                "glottolog:SpeakerEstimate",
                [
                    ("glottolog:speakers", "typed", count, XSD + "integer"),
                    ("dcterms:source", "plain", source, ""),
                    ("dcterms:date", "typed", year, XSD + "gYear"),
                ],
            )
        if extinct:
            d.lit(s, "glottolog:extinctSince", extinct, dtype=XSD + "gYear")
    d.write(OUT)
    print(f"{OUT.name}: {d.count()} triples")


if __name__ == "__main__":
    main()
