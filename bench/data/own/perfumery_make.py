"""Write ``perfumery.psv``: an invented perfumery database as a fragrance enthusiasts' site dumps
it every night, a **pipe-delimited triple file** (``subject|relation|object``, one triple a line).

What it holds: fragrances (house, perfumers, launch year, concentration, gender marketing,
olfactive family, bottle size, rating, a release date for recent ones); the notes of each
fragrance's top, heart and base as n-ary records (``pyr:00412-top`` with ``fragrance``,
``layer`` and ``note`` lines); the raw material behind a note (natural or synthetic, the plant
or the molecule it comes from, CAS numbers of molecules, the firm that introduced a captive);
houses (country, founding year, founder) owned by groups; flankers and the fragrance each is a
flanker of; perfumers (noses) with their nationality, birth year, the school they trained at and
the firm they work for; awards won, as records (``win:0007`` with ``award``, ``winner``,
``year``, ``category``).

The mess of a real nightly dump: a header line, ``#`` comment lines and blank lines between
sections; ids as ``prefix:local`` (``frag:00412``, ``house:chanel``, ``note:bergamot``); names
by ``name`` lines and further names by ``alt_name`` lines (French, Italian and English names,
codes, trade names), a few nodes with none (an id only: a perfumer, a plant, a record);
relation names in snake_case and some in camelCase from an older part of the site
(``launchYear``, ``casNumber``, ``flankerOf``); numbers and dates as text ("1921",
"2019-09-01", "4.21"), a few values with units ("100 ml", "15.5 %"); ownership stated from
both sides (``owned_by``, ``owns``) for some houses and one side for others; a flanker stated
from the flanker (``flankerOf``) and a few only from the original (``has_flanker``); free text
``description`` lines; a few lines duplicated.

Run from the repository root: ``python bench/data/own/perfumery_make.py``. Deterministic.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).parent

COUNTRIES = {
    "country:fr": ("France", ["FR"]),
    "country:it": ("Italy", ["Italia", "IT"]),
    "country:ch": ("Switzerland", ["Suisse", "CH"]),
    "country:gb": ("United Kingdom", ["UK", "GB"]),
    "country:us": ("United States", ["USA", "US"]),
    "country:es": ("Spain", ["España", "ES"]),
    "country:jp": ("Japan", ["JP"]),
    "country:de": ("Germany", ["Deutschland", "DE"]),
}
# group id: name, alt names, headquarters country
GROUPS = {
    "group:aurore": ("Groupe Aurore Luxe", ["Aurore"], "country:fr"),
    "group:halden": ("Halden Beauty Holdings", ["HBH"], "country:us"),
    "group:ventura": ("Ventura Perfumes S.A.", ["Ventura"], "country:es"),
    "group:kessler": ("Kessler & Roth AG", [], "country:de"),
    "group:minato": ("Minato Cosmetics", ["みなと化粧品"], "country:jp"),
}
# house id: name, alt names, country, founded, founder, group, how ownership is said
# ("both": owned_by and owns; "up": owned_by only; "down": owns only; None: independent)
HOUSES = {
    "house:verlaine": (
        "Maison Verlaine",
        ["Verlaine"],
        "country:fr",
        1889,
        "Auguste Verlaine",
        "group:aurore",
        "both",
    ),
    "house:delaroche": (
        "Parfums Delaroche",
        ["Delaroche"],
        "country:fr",
        1921,
        "Jacques Delaroche",
        "group:aurore",
        "up",
    ),
    "house:albrizzi": (
        "Casa Albrizzi",
        ["Albrizzi Firenze"],
        "country:it",
        1948,
        "Lucia Albrizzi",
        "group:ventura",
        "down",
    ),
    "house:hollis": (
        "Hollis & Wren",
        ["Hollis and Wren"],
        "country:gb",
        1976,
        "Margaret Hollis",
        "group:halden",
        "both",
    ),
    "house:sorelle": ("Atelier Sorelle", [], "country:fr", 2009, "Inès Sorelle", None, None),
    "house:montclair": (
        "Montclair Paris",
        ["Montclair"],
        "country:fr",
        1962,
        "Henri Montclair",
        "group:halden",
        "up",
    ),
    "house:bellweather": (
        "Bellweather Fragrances",
        [],
        "country:us",
        1998,
        "Dana Whitcomb",
        "group:halden",
        "down",
    ),
    "house:ondine": ("Ondine", ["Maison Ondine"], "country:fr", 2014, "Clémence Aubry", None, None),
    "house:solano": (
        "Solano Barcelona",
        ["Solano"],
        "country:es",
        1985,
        "Jordi Solano",
        "group:ventura",
        "both",
    ),
    "house:kiyora": ("Kiyora", ["清良"], "country:jp", 1991, "Haruka Mori", "group:minato", "up"),
    "house:brandt": (
        "Brandt Parfum",
        ["Brandt"],
        "country:de",
        1954,
        "Otto Brandt",
        "group:kessler",
        "both",
    ),
    "house:ferrand": (
        "Ferrand & Fils",
        [],
        "country:ch",
        1903,
        "Paul Ferrand",
        "group:kessler",
        "down",
    ),
}
# school id: name, alt names, country
SCHOOLS = {
    "school:espv": ("École Supérieure de Parfumerie de Versailles", ["ESPV"], "country:fr"),
    "school:gip": ("Grasse Institute of Perfumery", ["GIP", "Institut de Grasse"], "country:fr"),
    "school:geneva": ("Aromatics Academy Geneva", ["AAG"], "country:ch"),
    "school:milano": ("Scuola di Profumeria di Milano", ["Milan Perfumery School"], "country:it"),
}
# firm id: name, alt names, country
FIRMS = {
    "firm:aromaris": ("Aromaris", ["Aromaris SA"], "country:ch"),
    "firm:nordhaus": ("Nordhaus Aromatics", ["NHA"], "country:de"),
    "firm:lumen": ("Lumen Fragrance House", ["Lumen"], "country:us"),
    "firm:cedrat": ("Cédrat & Cie", ["Cedrat"], "country:fr"),
}
# perfumer id: name (None: id only), alt names, born, nationality, school, firm
PERFUMERS = {
    "nose:dubreuil": (
        "Étienne Dubreuil",
        ["E. Dubreuil"],
        1951,
        "country:fr",
        "school:espv",
        "firm:cedrat",
    ),
    "nose:marchetti": (
        "Giulia Marchetti",
        [],
        1972,
        "country:it",
        "school:milano",
        "firm:aromaris",
    ),
    "nose:okafor": ("Chidi Okafor", [], 1980, "country:gb", "school:gip", "firm:lumen"),
    "nose:vasseur": (
        "Mathilde Vasseur",
        ["Mathilde Vasseur-Roy"],
        1968,
        "country:fr",
        "school:espv",
        "firm:aromaris",
    ),
    "nose:lindqvist": (
        "Anders Lindqvist",
        [],
        1975,
        "country:de",
        "school:geneva",
        "firm:nordhaus",
    ),
    "nose:tanaka": ("Yuki Tanaka", ["田中由紀"], 1983, "country:jp", "school:gip", "firm:nordhaus"),
    "nose:roux": ("Jacques Roux", [], 1939, "country:fr", "school:gip", "firm:cedrat"),
    "nose:ferreira": ("Ana Ferreira", [], 1986, "country:es", "school:milano", "firm:lumen"),
    "nose:haddad": ("Karim Haddad", [], 1977, "country:fr", "school:espv", "firm:lumen"),
    "nose:weiss": ("Sabine Weiss", [], 1964, "country:ch", "school:geneva", "firm:aromaris"),
    "nose:bellamy": (
        "Olivia Bellamy",
        ["Liv Bellamy"],
        1990,
        "country:us",
        "school:gip",
        "firm:cedrat",
    ),
    "nose:p-0117": (None, [], 1970, "country:fr", "school:espv", "firm:nordhaus"),
}
CONCENTRATIONS = {
    "conc:edc": ("Eau de Cologne", ["EDC", "cologne"], "3.5 %"),
    "conc:edt": ("Eau de Toilette", ["EDT"], "8 %"),
    "conc:edp": ("Eau de Parfum", ["EDP"], "15.5 %"),
    "conc:parfum": ("Parfum", ["Extrait de Parfum", "extrait"], "25 %"),
}
GENDERS = {
    "gender:f": ("Feminine", ["for women", "women"]),
    "gender:m": ("Masculine", ["for men", "men"]),
    "gender:u": ("Unisex", ["shared", "for women and men"]),
}
FAMILIES = {
    "family:chypre": ("Chypre", ["Chypré"]),
    "family:floral": ("Floral", []),
    "family:fougere": ("Fougère", ["Fougere"]),
    "family:oriental": ("Amber", ["Oriental", "Ambré"]),
    "family:woody": ("Woody", ["Boisé"]),
    "family:citrus": ("Citrus", ["Hespéridé", "Hesperidic"]),
    "family:gourmand": ("Gourmand", []),
    "family:aquatic": ("Aquatic", ["Marine"]),
}
# plant id: latin name (None: id only), alt names, part used
PLANTS = {
    "plant:citrus-bergamia": ("Citrus bergamia", ["bergamot orange"]),
    "plant:citrus-limon": ("Citrus limon", ["lemon tree"]),
    "plant:citrus-aurantium": ("Citrus aurantium", ["bitter orange"]),
    "plant:rosa-damascena": ("Rosa damascena", ["Damask rose"]),
    "plant:rosa-centifolia": ("Rosa × centifolia", ["cabbage rose", "rose de mai"]),
    "plant:jasminum-grandiflorum": ("Jasminum grandiflorum", ["Spanish jasmine"]),
    "plant:polianthes": ("Polianthes tuberosa", ["tuberose plant"]),
    "plant:iris-pallida": ("Iris pallida", ["Dalmatian iris"]),
    "plant:lavandula": ("Lavandula angustifolia", ["true lavender"]),
    "plant:pogostemon": ("Pogostemon cablin", []),
    "plant:vetiveria": ("Chrysopogon zizanioides", ["khus"]),
    "plant:santalum": ("Santalum album", ["Indian sandalwood tree"]),
    "plant:cedrus": ("Cedrus atlantica", ["Atlas cedar"]),
    "plant:vanilla": ("Vanilla planifolia", ["vanilla orchid"]),
    "plant:evernia": ("Evernia prunastri", ["oakmoss lichen"]),
    "plant:pepper": ("Piper nigrum", []),
    "plant:cardamom": ("Elettaria cardamomum", []),
    "plant:tonka": ("Dipteryx odorata", ["cumaru"]),
    "plant:labdanum": ("Cistus ladanifer", ["gum rockrose"]),
    "plant:x-0042": (None, []),
}
# material id: name, alt names, natural/synthetic, plant (natural) or (CAS, formula) (synthetic)
MATERIALS = {
    "mat:bergamot-oil": (
        "Bergamot essential oil",
        ["bergamot oil"],
        "natural",
        "plant:citrus-bergamia",
    ),
    "mat:lemon-oil": ("Lemon oil", [], "natural", "plant:citrus-limon"),
    "mat:neroli-oil": ("Neroli oil", ["orange blossom oil"], "natural", "plant:citrus-aurantium"),
    "mat:petitgrain": ("Petitgrain bigarade", [], "natural", "plant:citrus-aurantium"),
    "mat:rose-otto": ("Rose otto", ["rose oil"], "natural", "plant:rosa-damascena"),
    "mat:rose-absolute": ("Rose de mai absolute", [], "natural", "plant:rosa-centifolia"),
    "mat:jasmine-abs": (
        "Jasmine grandiflorum absolute",
        ["jasmine absolute"],
        "natural",
        "plant:jasminum-grandiflorum",
    ),
    "mat:tuberose-abs": ("Tuberose absolute", [], "natural", "plant:polianthes"),
    "mat:orris-butter": ("Orris butter", ["orris concrete"], "natural", "plant:iris-pallida"),
    "mat:lavender-oil": ("Lavender oil", [], "natural", "plant:lavandula"),
    "mat:patchouli-oil": ("Patchouli oil", [], "natural", "plant:pogostemon"),
    "mat:vetiver-oil": ("Vetiver oil", ["Haiti vetiver"], "natural", "plant:vetiveria"),
    "mat:sandalwood-oil": ("Sandalwood oil", [], "natural", "plant:santalum"),
    "mat:cedarwood-oil": ("Atlas cedarwood oil", [], "natural", "plant:cedrus"),
    "mat:vanilla-abs": ("Vanilla absolute", [], "natural", "plant:vanilla"),
    "mat:oakmoss-abs": ("Oakmoss absolute", [], "natural", "plant:evernia"),
    "mat:pepper-oil": ("Black pepper oil", [], "natural", "plant:pepper"),
    "mat:cardamom-oil": ("Cardamom oil", [], "natural", "plant:cardamom"),
    "mat:tonka-abs": ("Tonka bean absolute", [], "natural", "plant:tonka"),
    "mat:labdanum-res": ("Labdanum resinoid", [], "natural", "plant:labdanum"),
    "mat:x-0042": (None, [], "natural", "plant:x-0042"),
    "mat:iso-e-super": ("Iso E Super", ["OTNE"], "synthetic", ("54464-57-2", "C16H26O")),
    "mat:hedione": (
        "Hedione",
        ["methyl dihydrojasmonate"],
        "synthetic",
        ("24851-98-7", "C13H22O3"),
    ),
    "mat:ambroxan": ("Ambroxan", ["Ambrox", "ambroxide"], "synthetic", ("6790-58-5", "C16H28O")),
    "mat:galaxolide": ("Galaxolide", ["HHCB"], "synthetic", ("1222-05-5", "C18H26O")),
    "mat:calone": ("Calone", ["watermelon ketone"], "synthetic", ("28940-11-6", "C10H10O3")),
    "mat:ethyl-maltol": ("Ethyl maltol", [], "synthetic", ("4940-11-8", "C7H8O3")),
    "mat:coumarin": ("Coumarin", [], "synthetic", ("91-64-5", "C9H6O2")),
    "mat:vanillin": ("Vanillin", [], "synthetic", ("121-33-5", "C8H8O3")),
    "mat:aldehyde-c12": (
        "Aldehyde C-12 MNA",
        ["methyl nonyl acetaldehyde"],
        "synthetic",
        ("110-41-8", "C12H24O"),
    ),
    "mat:cashmeran": ("Cashmeran", [], "synthetic", ("33704-61-9", "C14H22O")),
    "mat:helional": ("Helional", [], "synthetic", ("1205-17-0", "C11H12O3")),
    "mat:ambrocenide": ("Ambrocenide", [], "synthetic", ("211299-54-6", "C17H28O")),
    "mat:norlimbanol": (
        "Norlimbanol",
        ["Dextro Norlimbanol"],
        "synthetic",
        ("70788-30-6", "C15H28O"),
    ),
    "mat:javanol": ("Javanol", [], "synthetic", ("198404-98-7", "C15H26O")),
}
# captives: material -> firm that owns it
CAPTIVES = {
    "mat:ambrocenide": "firm:aromaris",
    "mat:javanol": "firm:aromaris",
    "mat:norlimbanol": "firm:nordhaus",
    "mat:helional": "firm:lumen",
}
# note id: name, alt names, material
NOTES = {
    "note:bergamot": ("Bergamot", ["bergamote"], "mat:bergamot-oil"),
    "note:lemon": ("Lemon", ["citron"], "mat:lemon-oil"),
    "note:neroli": ("Neroli", [], "mat:neroli-oil"),
    "note:petitgrain": ("Petitgrain", [], "mat:petitgrain"),
    "note:aldehydes": ("Aldehydes", ["aldéhydes"], "mat:aldehyde-c12"),
    "note:pink-pepper": ("Pink pepper", ["baies roses"], None),
    "note:black-pepper": ("Black pepper", [], "mat:pepper-oil"),
    "note:cardamom": ("Cardamom", [], "mat:cardamom-oil"),
    "note:lavender": ("Lavender", ["lavande"], "mat:lavender-oil"),
    "note:sea-notes": ("Sea notes", ["marine accord", "ozonic notes"], "mat:calone"),
    "note:rose": ("Rose", [], "mat:rose-otto"),
    "note:may-rose": ("May rose", ["Rose de Mai"], "mat:rose-absolute"),
    "note:jasmine": ("Jasmine", ["jasmin"], "mat:jasmine-abs"),
    "note:tuberose": ("Tuberose", ["tubéreuse"], "mat:tuberose-abs"),
    "note:iris": ("Iris", ["orris"], "mat:orris-butter"),
    "note:orange-blossom": ("Orange blossom", ["fleur d'oranger"], "mat:neroli-oil"),
    "note:magnolia": ("Magnolia", [], None),
    "note:lily-of-the-valley": ("Lily of the valley", ["muguet"], "mat:helional"),
    "note:hedione-accord": ("Transparent jasmine", [], "mat:hedione"),
    "note:patchouli": ("Patchouli", [], "mat:patchouli-oil"),
    "note:vetiver": ("Vetiver", ["vétiver"], "mat:vetiver-oil"),
    "note:sandalwood": ("Sandalwood", ["bois de santal"], "mat:sandalwood-oil"),
    "note:cedar": ("Cedar", ["cedarwood"], "mat:cedarwood-oil"),
    "note:vanilla": ("Vanilla", ["vanille"], "mat:vanilla-abs"),
    "note:oakmoss": ("Oakmoss", ["mousse de chêne"], "mat:oakmoss-abs"),
    "note:amber": ("Amber", ["ambre"], "mat:labdanum-res"),
    "note:ambergris": ("Ambergris", ["ambergris accord"], "mat:ambroxan"),
    "note:musk": ("White musk", ["musk"], "mat:galaxolide"),
    "note:tonka": ("Tonka bean", ["fève tonka"], "mat:tonka-abs"),
    "note:coumarin": ("Hay", ["coumarin note"], "mat:coumarin"),
    "note:caramel": ("Caramel", [], "mat:ethyl-maltol"),
    "note:cashmere-wood": ("Cashmere wood", [], "mat:cashmeran"),
    "note:woody-amber": ("Woody amber", ["ambery woods"], "mat:iso-e-super"),
    "note:creamy-sandal": ("Creamy sandalwood", [], "mat:javanol"),
    "note:dry-amber": ("Dry amber", [], "mat:ambrocenide"),
    "note:dry-woods": ("Dry woods", [], "mat:norlimbanol"),
    "note:leather": ("Leather", ["cuir"], None),
    "note:benzoin": ("Benzoin", [], None),
}
# hand-made fragrances: id: name, alt names, house, perfumers, year, conc, gender, family,
# top, heart, base notes (suffixes of note: ids)
FRAGS = {
    "frag:00412": (
        "Bois d'Argent",
        ["Silver Wood"],
        "house:verlaine",
        ["nose:dubreuil"],
        1978,
        "conc:edt",
        "gender:m",
        "family:woody",
        ["bergamot", "lavender"],
        ["iris", "cedar"],
        ["vetiver", "oakmoss", "musk"],
    ),
    "frag:00413": (
        "Bois d'Argent Intense",
        [],
        "house:verlaine",
        ["nose:vasseur"],
        2016,
        "conc:edp",
        "gender:m",
        "family:woody",
        ["black-pepper", "bergamot"],
        ["iris", "leather"],
        ["vetiver", "woody-amber"],
    ),
    "frag:00101": (
        "Eau Sauvage de Verlaine",
        ["Eau Sauvage"],
        "house:verlaine",
        ["nose:roux"],
        1966,
        "conc:edt",
        "gender:m",
        "family:citrus",
        ["lemon", "bergamot", "petitgrain"],
        ["hedione-accord", "jasmine"],
        ["oakmoss", "vetiver"],
    ),
    "frag:00102": (
        "Nuit de Verlaine",
        [],
        "house:verlaine",
        ["nose:roux", "nose:dubreuil"],
        1983,
        "conc:parfum",
        "gender:f",
        "family:chypre",
        ["aldehydes", "bergamot"],
        ["may-rose", "jasmine"],
        ["oakmoss", "patchouli", "amber"],
    ),
    "frag:00220": (
        "Fleur de Minuit",
        ["Midnight Flower"],
        "house:delaroche",
        ["nose:vasseur"],
        2004,
        "conc:edp",
        "gender:f",
        "family:floral",
        ["pink-pepper", "neroli"],
        ["tuberose", "orange-blossom"],
        ["sandalwood", "vanilla", "musk"],
    ),
    "frag:00221": (
        "Fleur de Minuit Eau Fraîche",
        [],
        "house:delaroche",
        ["nose:bellamy"],
        2019,
        "conc:edt",
        "gender:f",
        "family:floral",
        ["lemon", "pink-pepper"],
        ["orange-blossom", "lily-of-the-valley"],
        ["musk"],
    ),
    "frag:00222": (
        "Cuir Delaroche",
        [],
        "house:delaroche",
        ["nose:dubreuil"],
        1995,
        "conc:edp",
        "gender:u",
        "family:chypre",
        ["cardamom", "bergamot"],
        ["leather", "iris"],
        ["amber", "musk"],
    ),
    "frag:00301": (
        "Acqua di Sale",
        ["Salt Water"],
        "house:albrizzi",
        ["nose:marchetti"],
        2011,
        "conc:edt",
        "gender:u",
        "family:aquatic",
        ["sea-notes", "lemon"],
        ["hedione-accord", "magnolia"],
        ["ambergris", "cedar"],
    ),
    "frag:00302": (
        "Rosa Antica",
        [],
        "house:albrizzi",
        ["nose:marchetti", "nose:ferreira"],
        2017,
        "conc:edp",
        "gender:f",
        "family:floral",
        ["bergamot", "pink-pepper"],
        ["rose", "may-rose"],
        ["patchouli", "musk"],
    ),
    "frag:00303": (
        "Notte Ambrata",
        [],
        "house:albrizzi",
        ["nose:ferreira"],
        2021,
        "conc:parfum",
        "gender:u",
        "family:oriental",
        ["cardamom"],
        ["tonka", "benzoin"],
        ["amber", "vanilla", "dry-amber"],
    ),
    "frag:00501": (
        "Greenwich Vetiver",
        [],
        "house:hollis",
        ["nose:okafor"],
        2008,
        "conc:edt",
        "gender:m",
        "family:woody",
        ["bergamot", "black-pepper"],
        ["vetiver", "cedar"],
        ["woody-amber", "musk"],
    ),
    "frag:00502": (
        "Marylebone Iris",
        [],
        "house:hollis",
        ["nose:okafor", "nose:haddad"],
        2014,
        "conc:edp",
        "gender:u",
        "family:floral",
        ["aldehydes", "bergamot"],
        ["iris", "jasmine"],
        ["cashmere-wood", "musk"],
    ),
    "frag:00503": (
        "Covent Garden",
        [],
        "house:hollis",
        ["nose:p-0117"],
        1979,
        "conc:edc",
        "gender:u",
        "family:citrus",
        ["lemon", "neroli"],
        ["lavender"],
        ["musk"],
    ),
    "frag:00601": (
        "Sorelle No. 3",
        ["N°3"],
        "house:sorelle",
        ["nose:weiss"],
        2012,
        "conc:edp",
        "gender:u",
        "family:woody",
        ["pink-pepper"],
        ["iris", "cashmere-wood"],
        ["creamy-sandal", "ambergris"],
    ),
    "frag:00602": (
        "Sorelle No. 7",
        ["N°7"],
        "house:sorelle",
        ["nose:weiss"],
        2018,
        "conc:parfum",
        "gender:u",
        "family:gourmand",
        ["cardamom"],
        ["caramel", "tonka"],
        ["vanilla", "sandalwood"],
    ),
    "frag:00701": (
        "Montclair Homme",
        [],
        "house:montclair",
        ["nose:roux"],
        1972,
        "conc:edt",
        "gender:m",
        "family:fougere",
        ["lavender", "bergamot"],
        ["coumarin", "cardamom"],
        ["oakmoss", "tonka"],
    ),
    "frag:00702": (
        "Montclair Homme Sport",
        [],
        "house:montclair",
        ["nose:haddad"],
        2006,
        "conc:edt",
        "gender:m",
        "family:aquatic",
        ["sea-notes", "lemon"],
        ["lavender"],
        ["musk", "cedar"],
    ),
    "frag:00703": (
        "Mademoiselle Montclair",
        [],
        "house:montclair",
        ["nose:vasseur"],
        1999,
        "conc:edp",
        "gender:f",
        "family:chypre",
        ["bergamot", "aldehydes"],
        ["rose", "jasmine"],
        ["patchouli", "oakmoss"],
    ),
    "frag:00801": (
        "Vanilla Highway",
        [],
        "house:bellweather",
        ["nose:bellamy"],
        2020,
        "conc:edp",
        "gender:f",
        "family:gourmand",
        ["pink-pepper"],
        ["caramel", "orange-blossom"],
        ["vanilla", "musk"],
    ),
    "frag:00802": (
        "Desert Cedar",
        [],
        "house:bellweather",
        ["nose:okafor"],
        2015,
        "conc:edt",
        "gender:m",
        "family:woody",
        ["cardamom"],
        ["cedar"],
        ["woody-amber", "ambergris"],
    ),
    "frag:00901": (
        "Ondine",
        ["Ondine Eau de Parfum"],
        "house:ondine",
        ["nose:tanaka"],
        2014,
        "conc:edp",
        "gender:f",
        "family:aquatic",
        ["sea-notes", "bergamot"],
        ["magnolia", "lily-of-the-valley"],
        ["musk", "ambergris"],
    ),
    "frag:00902": (
        "Brume Blanche",
        [],
        "house:ondine",
        ["nose:tanaka"],
        2017,
        "conc:edt",
        "gender:u",
        "family:floral",
        ["neroli"],
        ["hedione-accord", "iris"],
        ["musk"],
    ),
    "frag:01001": (
        "Sol de Barcelona",
        [],
        "house:solano",
        ["nose:ferreira"],
        2010,
        "conc:edt",
        "gender:u",
        "family:citrus",
        ["lemon", "bergamot", "petitgrain"],
        ["orange-blossom"],
        ["cedar", "musk"],
    ),
    "frag:01002": (
        "Noche Solano",
        [],
        "house:solano",
        ["nose:haddad"],
        2016,
        "conc:edp",
        "gender:m",
        "family:oriental",
        ["black-pepper"],
        ["leather", "tonka"],
        ["amber", "benzoin"],
    ),
    "frag:01101": (
        "Sakura Hana",
        ["桜花"],
        "house:kiyora",
        ["nose:tanaka"],
        2009,
        "conc:edt",
        "gender:f",
        "family:floral",
        ["bergamot"],
        ["rose", "magnolia"],
        ["musk", "sandalwood"],
    ),
    "frag:01102": (
        "Hinoki Bath",
        [],
        "house:kiyora",
        ["nose:lindqvist"],
        2019,
        "conc:edc",
        "gender:u",
        "family:woody",
        ["lemon"],
        ["cedar"],
        ["vetiver", "musk"],
    ),
    "frag:01201": (
        "Brandt No. 1",
        ["Brandt Eins"],
        "house:brandt",
        ["nose:lindqvist"],
        1961,
        "conc:edc",
        "gender:m",
        "family:citrus",
        ["lemon", "neroli"],
        ["lavender", "petitgrain"],
        ["musk"],
    ),
    "frag:01202": (
        "Schwarzwald",
        ["Black Forest"],
        "house:brandt",
        ["nose:lindqvist", "nose:weiss"],
        2013,
        "conc:edp",
        "gender:u",
        "family:woody",
        ["black-pepper"],
        ["cedar", "vetiver"],
        ["oakmoss", "dry-woods"],
    ),
    "frag:01301": (
        "Ferrand Chypre Rouge",
        [],
        "house:ferrand",
        ["nose:weiss"],
        1994,
        "conc:parfum",
        "gender:f",
        "family:chypre",
        ["bergamot"],
        ["may-rose", "jasmine"],
        ["oakmoss", "patchouli", "amber"],
    ),
    "frag:01302": (
        "Lac Léman",
        [],
        "house:ferrand",
        ["nose:p-0117"],
        2005,
        "conc:edt",
        "gender:u",
        "family:aquatic",
        ["sea-notes"],
        ["lily-of-the-valley"],
        ["musk", "cedar"],
    ),
}
# flankers: flanker -> original, said as "up" (flankerOf), "down" (has_flanker) or "both"
FLANKERS = {
    "frag:00413": ("frag:00412", "up"),
    "frag:00221": ("frag:00220", "both"),
    "frag:00702": ("frag:00701", "down"),
}
# awards: id: name, alt names, given by (id-only bodies get no name)
AWARDS = {
    "award:flacon-or": ("Flacon d'Or", ["Golden Flacon"]),
    "award:nose-of-year": ("Nose of the Year", ["Perfumer of the Year"]),
    "award:fragrance-prize": ("International Fragrance Prize", ["IFP"]),
}
# wins: award, winner, year, category (None: no category)
WINS = [
    ("award:flacon-or", "frag:00220", 2005, "Best Feminine Fragrance"),
    ("award:flacon-or", "frag:00501", 2009, "Best Masculine Fragrance"),
    ("award:flacon-or", "frag:00601", 2013, "Best Niche Fragrance"),
    ("award:flacon-or", "frag:00301", 2012, "Best Unisex Fragrance"),
    ("award:fragrance-prize", "frag:00303", 2022, None),
    ("award:fragrance-prize", "frag:00502", 2015, None),
    ("award:nose-of-year", "nose:marchetti", 2018, None),
    ("award:nose-of-year", "nose:okafor", 2016, None),
    ("award:nose-of-year", "nose:dubreuil", 1997, None),
]
BOTTLES = ["30 ml", "50 ml", "75 ml", "100 ml", "125 ml"]
FILLER_FIRST = [
    "Ambre",
    "Velours",
    "Jardin",
    "Ciel",
    "Soie",
    "Poudre",
    "Éclat",
    "Ombre",
    "Feu",
    "Neige",
    "Bruma",
    "Luna",
    "Terra",
    "Oud",
    "Aria",
    "Cuir",
    "Thé",
    "Figue",
]
FILLER_SECOND = [
    "Nomade",
    "Noir",
    "Secret",
    "d'Été",
    "Sauvage",
    "Doré",
    "Blanc",
    "Impérial",
    "Intime",
    "Mystique",
    "Vert",
    "Rosé",
]
NOTE_IDS = [n for n in NOTES]


class Dump:
    """The lines of the dump, in order, each a triple or a comment or a blank line."""

    def __init__(self) -> None:
        self.lines: list[str] = ["subject|relation|object"]
        self.triples = 0

    def t(self, s: str, p: str, o: object) -> None:
        self.lines.append(f"{s}|{p}|{o}")
        self.triples += 1

    def section(self, title: str) -> None:
        self.lines.extend(["", f"# --- {title} ---"])

    def names(self, node: str, name: str | None, alts: list[str]) -> None:
        if name is not None:
            self.t(node, "name", name)
        for alt in alts:
            self.t(node, "alt_name", alt)


def fillers(rng: random.Random, taken: set[str]) -> dict[str, tuple]:
    """Generated fragrances (the site's long tail) so the graph has a realistic size."""
    out: dict[str, tuple] = {}
    houses, noses = list(HOUSES), list(PERFUMERS)
    fams, concs, gens = list(FAMILIES), list(CONCENTRATIONS), list(GENDERS)
    n = 0
    while len(out) < 70:
        name = f"{rng.choice(FILLER_FIRST)} {rng.choice(FILLER_SECOND)}"
        if name in taken:
            continue
        taken.add(name)
        n += 1
        fid = f"frag:{2000 + n * 7:05d}"
        noses_of = rng.sample(noses[:-1], rng.choice([1, 1, 1, 2]))
        notes = rng.sample(NOTE_IDS, 6)
        out[fid] = (
            name,
            [],
            rng.choice(houses),
            noses_of,
            rng.randint(1975, 2023),
            rng.choice(concs),
            rng.choice(gens),
            rng.choice(fams),
            [x[5:] for x in notes[:2]],
            [x[5:] for x in notes[2:4]],
            [x[5:] for x in notes[4:6]],
        )
    return out


def build() -> Dump:
    rng = random.Random(62)
    d = Dump()
    d.lines.insert(
        0, "# scentarchive.example nightly dump 2026-12-07 (triples: subject|relation|object)"
    )
    d.section("countries")
    for c, (name, alts) in COUNTRIES.items():
        d.names(c, name, alts)
    d.section("groups")
    for g, (name, alts, country) in GROUPS.items():
        d.names(g, name, alts)
        d.t(g, "headquarters", country)
    d.section("houses")
    for h, (name, alts, country, founded, founder, group, said) in HOUSES.items():
        d.names(h, name, alts)
        d.t(h, "country", country)
        d.t(h, "founded_year", founded)
        d.t(h, "founder", founder)
        if said in ("both", "up"):
            d.t(h, "owned_by", group)
        if said in ("both", "down"):
            d.t(group, "owns", h)
    d.t(
        "house:verlaine",
        "description",
        "Historic Parisian house known for its woody and citrus colognes.",
    )
    d.t("house:sorelle", "description", "Independent niche house founded by Inès Sorelle in Paris.")
    d.section("schools and firms")
    for s, (name, alts, country) in SCHOOLS.items():
        d.names(s, name, alts)
        d.t(s, "located_in", country)
    for f, (name, alts, country) in FIRMS.items():
        d.names(f, name, alts)
        d.t(f, "headquarters", country)
    d.section("perfumers")
    for p, (name, alts, born, nat, school, firm) in PERFUMERS.items():
        d.names(p, name, alts)
        d.t(p, "birthYear", born)
        d.t(p, "nationality", nat)
        d.t(p, "trained_at", school)
        d.t(p, "works_for", firm)
    d.section("plants and raw materials")
    for pl, (name, alts) in PLANTS.items():
        d.names(pl, name, alts)
    for m, (name, alts, kind, src) in MATERIALS.items():
        d.names(m, name, alts)
        d.t(m, "material_type", kind)
        if kind == "natural":
            d.t(m, "source_plant", src)
        else:
            cas, formula = src
            d.t(m, "casNumber", cas)
            d.t(m, "molecular_formula", formula)
        if m in CAPTIVES:
            d.t(m, "captive_of", CAPTIVES[m])
    d.section("notes")
    for nid, (name, alts, mat) in NOTES.items():
        d.names(nid, name, alts)
        if mat:
            d.t(nid, "raw_material", mat)
    d.section("concentrations, genders, families")
    for c, (name, alts, pct) in CONCENTRATIONS.items():
        d.names(c, name, alts)
        d.t(c, "typical_concentration", pct)
    for g, (name, alts) in GENDERS.items():
        d.names(g, name, alts)
    for f, (name, alts) in FAMILIES.items():
        d.names(f, name, alts)
    frags = dict(FRAGS)
    frags.update(fillers(rng, {v[0] for v in FRAGS.values()}))
    d.section("fragrances")
    for fid, (name, alts, house, noses, year, conc, gen, fam, *_pyramid) in frags.items():
        d.names(fid, name, alts)
        d.t(fid, "house", house)
        for n in noses:
            d.t(fid, "perfumer", n)
        d.t(fid, "launchYear", year)
        d.t(fid, "concentration", conc)
        d.t(fid, "gender", gen)
        d.t(fid, "olfactive_family", fam)
        d.t(fid, "bottle_size", rng.choice(BOTTLES))
        d.t(fid, "rating", f"{rng.uniform(3.2, 4.7):.2f}")
        d.t(fid, "votes", rng.randint(40, 9000))
        if year >= 2019:
            d.t(fid, "release_date", f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    d.section("pyramids")
    for fid, v in frags.items():
        for layer, notes in zip(("top", "heart", "base"), v[8:11], strict=True):
            rec = f"pyr:{fid[5:]}-{layer}"
            d.t(rec, "fragrance", fid)
            d.t(rec, "layer", layer)
            for n in notes:
                nid = f"note:{n}"
                if nid not in NOTES:
                    continue  # a note the site has not described yet: the line is dropped
                d.t(rec, "note", nid)
    d.section("flankers")
    for fl, (orig, said) in FLANKERS.items():
        if said in ("up", "both"):
            d.t(fl, "flankerOf", orig)
        if said in ("down", "both"):
            d.t(orig, "has_flanker", fl)
    d.section("awards")
    for a, (name, alts) in AWARDS.items():
        d.names(a, name, alts)
    for i, (award, winner, year, category) in enumerate(WINS, 1):
        rec = f"win:{i:04d}"
        d.t(rec, "award", award)
        d.t(rec, "winner", winner)
        d.t(rec, "year", year)
        if category:
            d.t(rec, "category", category)
    d.section("late fixes (re-exported)")
    for line in (d.lines[5], d.lines[40], d.lines[200]):  # a few lines dumped twice
        if "|" in line and not line.startswith("#"):
            d.lines.append(line)
            d.triples += 1
    return d


def main() -> None:
    d = build()
    (HERE / "perfumery.psv").write_text("\n".join(d.lines) + "\n", encoding="utf-8")
    print(f"perfumery.psv: {d.triples} triples")


if __name__ == "__main__":
    main()
