# ruff: noqa: E501  (data tables: one resource a line reads better than wrapped strings)
"""Write ``videogames.ttl.gz``: video games, their makers and the people behind them as DBpedia
publishes them (the English chapter's dumps of the datasets a user would join: labels, the
mapping-based objects and literals, infobox properties, categories, redirects, Wikidata links,
abstracts), concatenated into one gzipped Turtle file.

It keeps the real data's shape and quirks:

- ``dbr:`` IRIs with underscores, parentheses and percent-encoding (``dbr:Doom_(1993_video_game)``,
  ``dbr:Pok%C3%A9mon_Red_and_Blue``, ``dbr:Square_(video_game_company)``);
- ``dbo:`` ontology properties (``dbo:developer``, ``dbo:publisher``, ``dbo:computingPlatform``,
  ``dbo:genre``, ``dbo:releaseDate`` as ``xsd:date``, ``dbo:series``, ``dbo:composer``,
  ``dbo:director``, ``dbo:designer``, ``dbo:gameEngine``, ``dbo:previousWork`` /
  ``dbo:subsequentWork`` where the infobox had them) beside the raw infobox ``dbp:`` properties
  that repeat them as resources or free text (``dbp:released "JP: June 23, 1996 NA: September 29,
  1996"@en``, ``dbp:platforms "Nintendo 64, iQue Player"@en``, ``dbp:modes "Single-player,
  multiplayer"@en``, ``dbp:developer`` naming a redirect page, ``dbp:keyPeople "Gabe Newell
  (President)"@en``);
- ``rdfs:label`` in several languages (ja, fr, de, es, it, pl where local) and an English
  ``foaf:name`` that may differ from the label; ``dbo:abstract`` (en, de) restating some facts;
- companies (``dbo:Company`` with ``dbo:foundingYear`` as ``xsd:gYear``, ``dbo:locationCity``,
  ``dbo:keyPerson``, ``dbo:foundedBy``, ``dbo:parentCompany``, ``dbo:numberOfEmployees``), people
  (``dbo:birthDate``, ``dbo:birthPlace``), consoles (``dbo:InformationAppliance`` with
  ``dbo:manufacturer``), engines, series, cities and countries;
- ``dct:subject`` to ``dbc:`` SKOS categories (labelled, with ``skos:broader``), ``owl:sameAs`` to
  Wikidata and the French chapter, ``dbo:wikiPageRedirects`` from alternate names ("SM64", "FF7",
  "ConcernedApe", "Sony Computer Entertainment"), ``dbo:wikiPageWikiLink`` noise, page ids,
  ``foaf:isPrimaryTopicOf`` and ``prov:wasDerivedFrom``.

Facts are public facts written from memory (not checked against DBpedia); gold answers are computed
from this file (``videogames_answers.py``). Stdlib + rdflib, deterministic.
Run from the repository root: ``python bench/data/own/videogames_make.py``.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

OUT = Path(__file__).parent / "videogames.ttl.gz"
DBR = Namespace("http://dbpedia.org/resource/")
DBO = Namespace("http://dbpedia.org/ontology/")
DBP = Namespace("http://dbpedia.org/property/")
DBC = Namespace("http://dbpedia.org/resource/Category:")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
DCT = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
SCHEMA = Namespace("http://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def res(name: str) -> URIRef:
    """DBpedia's IRI of a Wikipedia title: spaces to underscores, non-ASCII and '&' encoded."""
    return DBR[quote(name.replace(" ", "_"), safe="_(),.'-:!")]


def cat(name: str) -> URIRef:
    return DBC[quote(name.replace(" ", "_"), safe="_(),.'-:!")]


def long_date(d: str) -> str:
    y, m, day = d.split("-")
    return f"{MONTHS[int(m) - 1]} {int(day)}, {y}"


# ----------------------------------------------------------------------------- places
# title: (kind, country or None, other labels)
PLACES = {
    "Japan": ("Country", None, {"ja": "日本", "fr": "Japon", "de": "Japan"}),
    "United States": ("Country", None, {"fr": "États-Unis", "de": "Vereinigte Staaten", "ja": "アメリカ合衆国"}),
    "Poland": ("Country", None, {"pl": "Polska", "fr": "Pologne", "de": "Polen"}),
    "Sweden": ("Country", None, {"sv": "Sverige", "fr": "Suède", "de": "Schweden"}),
    "United Kingdom": ("Country", None, {"fr": "Royaume-Uni", "de": "Vereinigtes Königreich"}),
    "Netherlands": ("Country", None, {"nl": "Nederland", "fr": "Pays-Bas", "de": "Niederlande"}),
    "Australia": ("Country", None, {"fr": "Australie", "de": "Australien"}),
    "Canada": ("Country", None, {"fr": "Canada", "de": "Kanada"}),
    "Kyoto": ("City", "Japan", {"ja": "京都市", "fr": "Kyoto"}),
    "Tokyo": ("City", "Japan", {"ja": "東京都", "fr": "Tokyo"}),
    "Osaka": ("City", "Japan", {"ja": "大阪市", "fr": "Osaka"}),
    "Nagoya": ("City", "Japan", {"ja": "名古屋市"}),
    "Setagaya": ("City", "Japan", {"ja": "世田谷区"}),
    "Yokohama": ("City", "Japan", {"ja": "横浜市"}),
    "Sonobe, Kyoto": ("Town", "Japan", {"ja": "園部町"}),
    "Bellevue, Washington": ("City", "United States", {"fr": "Bellevue (Washington)"}),
    "Redmond, Washington": ("City", "United States", {"fr": "Redmond (Washington)"}),
    "Richardson, Texas": ("City", "United States", {}),
    "New York City": ("City", "United States", {"fr": "New York", "de": "New York City", "ja": "ニューヨーク"}),
    "Santa Monica, California": ("City", "United States", {}),
    "Redwood City, California": ("City", "United States", {}),
    "San Mateo, California": ("City", "United States", {}),
    "San Francisco": ("City", "United States", {"ja": "サンフランシスコ"}),
    "Cary, North Carolina": ("City", "United States", {}),
    "Oakhurst, California": ("Town", "United States", {}),
    "Seattle": ("City", "United States", {"ja": "シアトル"}),
    "Colorado Springs, Colorado": ("City", "United States", {}),
    "Shawnee Mission, Kansas": ("City", "United States", {}),
    "Warsaw": ("City", "Poland", {"pl": "Warszawa", "fr": "Varsovie", "de": "Warschau"}),
    "Stockholm": ("City", "Sweden", {"sv": "Stockholm"}),
    "London": ("City", "United Kingdom", {"fr": "Londres", "de": "London"}),
    "Edinburgh": ("City", "United Kingdom", {"fr": "Édimbourg", "de": "Edinburgh"}),
    "Amsterdam": ("City", "Netherlands", {"nl": "Amsterdam"}),
    "Adelaide": ("City", "Australia", {}),
    "Edmonton": ("City", "Canada", {}),
    "Vancouver": ("City", "Canada", {}),
    "Sarnia": ("City", "Canada", {}),
    "Moscow": ("City", None, {"ru": "Москва", "fr": "Moscou", "de": "Moskau"}),
    "Hunt Valley, Maryland": ("Town", "United States", {}),
}  # fmt: skip

# ----------------------------------------------------------------------------- people
# title: (birth date or year, birth place or None, occupations (dbp, free text), ja label, nationality text)
PEOPLE = {
    "Shigeru Miyamoto": ("1952-11-16", "Sonobe, Kyoto", "Video game designer, producer", "宮本茂", "Japanese"),
    "Koji Kondo": ("1961-08-13", "Nagoya", "Composer, sound director", "近藤浩治", "Japanese"),
    "Eiji Aonuma": ("1963-03-16", None, "Video game director, producer", "青沼英二", "Japanese"),
    "Hidemaro Fujibayashi": ("1972", None, "Game director", "藤林秀麿", "Japanese"),
    "Manaka Kataoka": (None, None, "Composer", "片岡真央", "Japanese"),
    "Kenta Motokura": (None, None, "Game director", "元倉健太", "Japanese"),
    "Gabe Newell": ("1962-11-03", "Colorado Springs, Colorado", "Businessman, president of Valve", None, "American"),
    "Mike Harrington": (None, None, "Programmer", None, "American"),
    "Kelly Bailey": (None, None, "Composer, sound designer", None, "American"),
    "Mike Morasky": (None, None, "Composer", None, "American"),
    "Kim Swift": ("1983", None, "Video game designer", None, "American"),
    "Marc Laidlaw": ("1960-08-03", None, "Writer", None, "American"),
    "John Carmack": ("1970-08-20", "Shawnee Mission, Kansas", "Programmer", None, "American"),
    "John Romero": ("1967-10-28", "Colorado Springs, Colorado", "Game designer, programmer", None, "American"),
    "Sandy Petersen": ("1955-09-16", None, "Game designer", None, "American"),
    "Bobby Prince": (None, None, "Composer", None, "American"),
    "Trent Reznor": ("1965-05-17", None, "Musician, composer", None, "American"),
    "Marcin Przybyłowicz": ("1985", "Warsaw", "Composer", None, "Polish"),
    "Konrad Tomaszkiewicz": (None, None, "Game director", None, "Polish"),
    "Adam Badowski": (None, None, "Game director, head of studio", None, "Polish"),
    "Marcin Iwiński": ("1974", "Warsaw", "Businessman", None, "Polish"),
    "Michał Kiciński": ("1974", "Warsaw", "Businessman", None, "Polish"),
    "Hidetaka Miyazaki": ("1974-09-19", None, "Video game director, president of FromSoftware", "宮崎英高", "Japanese"),
    "Motoi Sakuraba": ("1965-08-05", None, "Composer, keyboardist", "桜庭統", "Japanese"),
    "Yuka Kitamura": (None, None, "Composer", "北村友香", "Japanese"),
    "Hideo Kojima": ("1963-08-24", "Setagaya", "Video game designer, director, writer", "小島秀夫", "Japanese"),
    "Harry Gregson-Williams": ("1961-12-13", "London", "Film composer", None, "British"),
    "Ludvig Forssell": (None, "Stockholm", "Composer", None, "Swedish"),
    "Nobuo Uematsu": ("1959-03-21", None, "Composer", "植松伸夫", "Japanese"),
    "Yoshinori Kitase": ("1966-09-23", None, "Game director, producer", "北瀬佳範", "Japanese"),
    "Hironobu Sakaguchi": ("1962-11-25", None, "Game designer, producer", "坂口博信", "Japanese"),
    "Yasunori Mitsuda": ("1972-01-21", None, "Composer", "光田康典", "Japanese"),
    "Markus Persson": ("1979-06-01", "Stockholm", "Programmer, game designer", None, "Swedish"),
    "Jens Bergensten": ("1979-05-18", None, "Game designer", None, "Swedish"),
    "C418": ("1989-05-09", None, "Musician, composer", None, "German"),
    "Lena Raine": ("1984-03-20", "Seattle", "Composer", None, "American"),
    "Eric Barone": ("1987-12-03", "Seattle", "Game developer", None, "American"),
    "Christopher Larkin": (None, "Adelaide", "Composer", None, "Australian"),
    "Maddy Thorson": ("1988-03-18", None, "Game designer", None, "Canadian"),
    "Toby Fox": ("1991-10-11", None, "Game developer, composer", None, "American"),
    "Satoshi Tajiri": ("1965-08-28", "Setagaya", "Game designer, founder of Game Freak", "田尻智", "Japanese"),
    "Junichi Masuda": ("1968-01-12", "Yokohama", "Composer, director", "増田順一", "Japanese"),
    "Shinji Mikami": ("1965-08-11", None, "Video game director", "三上真司", "Japanese"),
    "Toru Iwatani": ("1955-01-25", "Tokyo", "Game designer", "岩谷徹", "Japanese"),
    "Casey Hudson": ("1973", "Edmonton", "Game director", None, "Canadian"),
    "Jack Wall": ("1964", None, "Composer", None, "American"),
    "Ken Levine": ("1966", "New York City", "Game designer, writer", None, "American"),
    "Garry Schyman": ("1954", None, "Composer", None, "American"),
    "Cliff Bleszinski": ("1975-02-12", None, "Game designer", None, "American"),
    "Martin O'Donnell": ("1955-05-01", None, "Composer", None, "American"),
    "Michael Salvatori": (None, None, "Composer", None, "American"),
    "Sid Meier": ("1954-02-24", "Sarnia", "Game designer, programmer", None, "Canadian-American"),
    "Bruce Shelley": ("1948", None, "Game designer", None, "American"),
    "Greg Kasavin": ("1977", None, "Creative director, writer", None, "American"),
    "Darren Korb": ("1983", None, "Composer", None, "American"),
    "Tim Sweeney": ("1970", None, "Programmer, CEO of Epic Games", None, "American"),
    "Alexey Pajitnov": ("1955-03-16", "Moscow", "Computer engineer, game designer", None, "Russian-American"),
    "Akira Yasuda": ("1964", None, "Illustrator, designer", "安田朗", "Japanese"),
    "Yoko Shimomura": ("1967-10-19", None, "Composer", "下村陽子", "Japanese"),
    "Woody Jackson": (None, None, "Composer", None, "American"),
    "Mathijs de Jonge": (None, None, "Game director", None, "Dutch"),
    "Joris de Man": ("1972", None, "Composer", None, "Dutch"),
    "Fusajiro Yamauchi": ("1859-11-22", "Kyoto", "Businessman, founder of Nintendo", "山内房治郎", "Japanese"),
    "Shuntaro Furukawa": ("1972-01-10", "Tokyo", "President of Nintendo", "古川俊太郎", "Japanese"),
    "Masaya Nakamura": ("1925-12-24", "Tokyo", "Businessman, founder of Namco", "中村雅哉", "Japanese"),
    "Kenzo Tsujimoto": ("1940-12-15", None, "Businessman, founder of Capcom", "辻本憲三", "Japanese"),
    "Trip Hawkins": ("1953-12-28", None, "Entrepreneur, founder of Electronic Arts", None, "American"),
    "Sam Houser": ("1971", "London", "Video game producer", None, "British"),
    "Dan Houser": ("1974", "London", "Writer, producer", None, "British"),
    "Ray Muzyka": ("1969", "Edmonton", "Physician, co-founder of BioWare", None, "Canadian"),
    "Greg Zeschuk": ("1969", "Edmonton", "Physician, co-founder of BioWare", None, "Canadian"),
    "Jason Jones (programmer)": ("1971-06-01", None, "Programmer, co-founder of Bungie", None, "American"),
    "Alex Seropian": ("1969", None, "Co-founder of Bungie", None, "American"),
    "Amir Rao": (None, None, "Studio director, co-founder of Supergiant Games", None, "American"),
    "Ken Williams (gamer)": ("1954-10-30", None, "Co-founder of Sierra On-Line", None, "American"),
    "Roberta Williams": ("1953-02-16", None, "Game designer, co-founder of Sierra On-Line", None, "American"),
    "Kagemasa Kōzuki": ("1940-11-12", "Osaka", "Founder of Konami", "上月景正", "Japanese"),
    "Bobby Kotick": ("1963-03-26", "New York City", "Businessman, CEO of Activision", None, "American"),
    "Ari Gibson": (None, "Adelaide", "Artist, co-founder of Team Cherry", None, "Australian"),
    "William Pellen": (None, "Adelaide", "Programmer, co-founder of Team Cherry", None, "Australian"),
    "Forest Willard": (None, None, "Programmer, co-founder of Innersloth", None, "American"),
    "Hermen Hulst": ("1970", "Amsterdam", "Co-founder of Guerrilla Games", None, "Dutch"),
}  # fmt: skip

# ----------------------------------------------------------------------------- companies
# title: (founding year, city, country, founders, key people (dbp text), parent, employees, ja label, foaf:name)
COMPANIES = {
    "Nintendo": ("1889", "Kyoto", "Japan", ["Fusajiro Yamauchi"], ["Shuntaro Furukawa (President)", "Shigeru Miyamoto (Representative Director)"], None, 7317, "任天堂株式会社", "Nintendo Co., Ltd."),
    "Nintendo Entertainment Analysis & Development": ("1983", "Kyoto", "Japan", [], ["Shigeru Miyamoto (General Manager)"], "Nintendo", None, "任天堂情報開発本部", None),
    "Nintendo Entertainment Planning & Development": ("2015", "Kyoto", "Japan", [], ["Shinya Takahashi (General Manager)"], "Nintendo", None, "任天堂企画制作本部", None),
    "Valve Corporation": ("1996", "Bellevue, Washington", "United States", ["Gabe Newell", "Mike Harrington"], ["Gabe Newell (President)"], None, 360, None, "Valve Corporation"),
    "Sierra Entertainment": ("1979", "Oakhurst, California", "United States", ["Ken Williams (gamer)", "Roberta Williams"], ["Ken Williams (CEO)"], None, None, None, "Sierra On-Line"),
    "Id Software": ("1991", "Richardson, Texas", "United States", ["John Carmack", "John Romero", "Adrian Carmack", "Tom Hall"], ["Marty Stratton (studio director)"], "ZeniMax Media", 200, None, "id Software LLC"),
    "GT Interactive Software": ("1993", "New York City", "United States", [], [], None, None, None, "GT Interactive Software Corp."),
    "CD Projekt": ("1994", "Warsaw", "Poland", ["Marcin Iwiński", "Michał Kiciński"], ["Adam Kiciński (joint CEO)", "Marcin Iwiński (joint CEO)"], None, 1180, None, "CD Projekt S.A."),
    "CD Projekt Red": ("2002", "Warsaw", "Poland", ["Marcin Iwiński"], ["Adam Badowski (head of studio)"], "CD Projekt", 1100, None, None),
    "FromSoftware": ("1986", "Tokyo", "Japan", ["Naotoshi Zin"], ["Hidetaka Miyazaki (President)"], "Kadokawa Corporation", 407, "フロム・ソフトウェア", "FromSoftware, Inc."),
    "Bandai Namco Entertainment": ("1955", "Tokyo", "Japan", ["Masaya Nakamura"], ["Yasuo Miyakawa (President)"], "Bandai Namco Holdings", 1000, "バンダイナムコエンターテインメント", "Bandai Namco Entertainment Inc."),
    "Sony Interactive Entertainment": ("1993", "San Mateo, California", "United States", ["Ken Kutaragi"], ["Hideaki Nishino (CEO)"], "Sony Group Corporation", 12700, "ソニー・インタラクティブエンタテインメント", "Sony Interactive Entertainment LLC"),
    "Activision": ("1979", "Santa Monica, California", "United States", ["David Crane", "Alan Miller", "Jim Levy"], ["Bobby Kotick (CEO)"], "Microsoft Gaming", 9500, None, "Activision Publishing, Inc."),
    "Mojang Studios": ("2009", "Stockholm", "Sweden", ["Markus Persson", "Jakob Porsér"], ["Jonas Mårtensson (head of studio)"], "Xbox Game Studios", 600, None, "Mojang AB"),
    "Square (video game company)": ("1986", "Tokyo", "Japan", ["Masafumi Miyamoto"], ["Hironobu Sakaguchi (Executive Vice President)"], None, None, "スクウェア", "Square Co., Ltd."),
    "Konami": ("1969", "Tokyo", "Japan", ["Kagemasa Kōzuki"], ["Kagemasa Kōzuki (Chairman)"], None, 10000, "コナミ", "Konami Group Corporation"),
    "Konami Computer Entertainment Japan": ("1995", "Tokyo", "Japan", [], ["Hideo Kojima"], "Konami", None, None, None),
    "Kojima Productions": ("2015", "Tokyo", "Japan", ["Hideo Kojima"], ["Hideo Kojima (CEO)"], None, 80, "コジマプロダクション", None),
    "Guerrilla Games": ("2000", "Amsterdam", "Netherlands", ["Hermen Hulst", "Arjan Brussee"], ["Angie Smets (studio director)"], "Sony Interactive Entertainment", 400, None, "Guerrilla B.V."),
    "Rockstar North": ("1988", "Edinburgh", "United Kingdom", ["David Jones", "Mike Dailly"], ["Aaron Garbut (co-studio head)"], "Rockstar Games", 650, None, None),
    "Rockstar Games": ("1998", "New York City", "United States", ["Sam Houser", "Dan Houser", "Terry Donovan", "Jamie King", "Gary Foreman"], ["Sam Houser (President)"], "Take-Two Interactive", 2000, None, "Rockstar Games, Inc."),
    "Take-Two Interactive": ("1993", "New York City", "United States", ["Ryan Brant"], ["Strauss Zelnick (CEO)"], None, 12371, None, "Take-Two Interactive Software, Inc."),
    "Chucklefish": ("2011", "London", "United Kingdom", ["Finn Brice"], ["Finn Brice (CEO)"], None, None, None, "Chucklefish Ltd."),
    "Team Cherry": ("2014", "Adelaide", "Australia", ["Ari Gibson", "William Pellen"], [], None, 4, None, None),
    "Maddy Makes Games": ("2015", "Vancouver", "Canada", ["Maddy Thorson"], ["Maddy Thorson"], None, None, None, "Extremely OK Games"),
    "Game Freak": ("1989", "Setagaya", "Japan", ["Satoshi Tajiri", "Ken Sugimori", "Junichi Masuda"], ["Satoshi Tajiri (President)"], None, 167, "ゲームフリーク", "Game Freak Inc."),
    "Capcom": ("1979", "Osaka", "Japan", ["Kenzo Tsujimoto"], ["Kenzo Tsujimoto (Chairman)", "Haruhiro Tsujimoto (President)"], None, 3332, "カプコン", "Capcom Co., Ltd."),
    "BioWare": ("1995", "Edmonton", "Canada", ["Ray Muzyka", "Greg Zeschuk", "Augustine Yip"], ["Gary McKay (general manager)"], "Electronic Arts", 400, None, "BioWare ULC"),
    "Electronic Arts": ("1982", "Redwood City, California", "United States", ["Trip Hawkins"], ["Andrew Wilson (CEO)"], None, 13700, "エレクトロニック・アーツ", "Electronic Arts Inc."),
    "Irrational Games": ("1997", "Boston", "United States", ["Ken Levine", "Jonathan Chey", "Robert Fermier"], ["Ken Levine"], "Take-Two Interactive", None, None, None),
    "2K (company)": ("2005", "Novato, California", "United States", [], ["David Ismailer (President)"], "Take-Two Interactive", None, None, "2K Games"),
    "Epic Games": ("1991", "Cary, North Carolina", "United States", ["Tim Sweeney"], ["Tim Sweeney (CEO)"], None, 4000, None, "Epic Games, Inc."),
    "Xbox Game Studios": ("2000", "Redmond, Washington", "United States", [], ["Matt Booty (head)"], "Microsoft", 3000, None, None),
    "Bungie": ("1991", "Bellevue, Washington", "United States", ["Alex Seropian", "Jason Jones (programmer)"], ["Pete Parsons (CEO)"], "Sony Interactive Entertainment", 850, None, "Bungie, Inc."),
    "MicroProse": ("1982", "Hunt Valley, Maryland", "United States", ["Sid Meier", "Bill Stealey"], [], None, None, None, "MicroProse Software, Inc."),
    "Supergiant Games": ("2009", "San Francisco", "United States", ["Amir Rao", "Gavin Simon"], ["Amir Rao (studio director)"], None, 23, None, "Supergiant Games, LLC"),
    "Innersloth": ("2015", "Redmond, Washington", "United States", ["Forest Willard", "Marcus Bromander"], [], None, 30, None, "Innersloth LLC"),
    "Namco": ("1955", "Tokyo", "Japan", ["Masaya Nakamura"], ["Masaya Nakamura (President)"], None, None, "ナムコ", "Namco Limited"),
}  # fmt: skip

# ----------------------------------------------------------------------------- platforms
# title: (manufacturer, release date, generation text, other labels)
PLATFORMS = {
    "Nintendo Entertainment System": ("Nintendo", "1983-07-15", "Third", {"ja": "ファミリーコンピュータ", "fr": "Nintendo Entertainment System"}),
    "Super Nintendo Entertainment System": ("Nintendo", "1990-11-21", "Fourth", {"ja": "スーパーファミコン"}),
    "Game Boy": ("Nintendo", "1989-04-21", "Fourth", {"ja": "ゲームボーイ"}),
    "Nintendo 64": ("Nintendo", "1996-06-23", "Fifth", {"ja": "NINTENDO64"}),
    "GameCube": ("Nintendo", "2001-09-14", "Sixth", {"ja": "ニンテンドーゲームキューブ"}),
    "Wii U": ("Nintendo", "2012-11-18", "Eighth", {}),
    "Nintendo Switch": ("Nintendo", "2017-03-03", "Eighth", {"ja": "ニンテンドースイッチ"}),
    "PlayStation (console)": ("Sony Interactive Entertainment", "1994-12-03", "Fifth", {"ja": "プレイステーション", "fr": "PlayStation"}),
    "PlayStation 2": ("Sony Interactive Entertainment", "2000-03-04", "Sixth", {"ja": "プレイステーション2"}),
    "PlayStation 3": ("Sony Interactive Entertainment", "2006-11-11", "Seventh", {"ja": "プレイステーション3"}),
    "PlayStation 4": ("Sony Interactive Entertainment", "2013-11-15", "Eighth", {"ja": "プレイステーション4"}),
    "PlayStation 5": ("Sony Interactive Entertainment", "2020-11-12", "Ninth", {"ja": "プレイステーション5"}),
    "Xbox (console)": ("Microsoft", "2001-11-15", "Sixth", {"fr": "Xbox"}),
    "Xbox 360": ("Microsoft", "2005-11-22", "Seventh", {}),
    "Xbox One": ("Microsoft", "2013-11-22", "Eighth", {}),
    "Xbox Series X and Series S": ("Microsoft", "2020-11-10", "Ninth", {}),
    "Microsoft Windows": ("Microsoft", "1985-11-20", None, {"fr": "Microsoft Windows"}),
    "MS-DOS": ("Microsoft", "1981-08-12", None, {}),
    "MacOS": ("Apple Inc.", "2001-03-24", None, {}),
    "Linux": (None, "1991-09-17", None, {}),
    "Android (operating system)": ("Google", "2008-09-23", None, {"fr": "Android"}),
    "IOS": ("Apple Inc.", "2007-06-29", None, {"fr": "iOS"}),
    "Arcade video game": (None, None, None, {"fr": "Jeu vidéo d'arcade"}),
    "Elektronika 60": (None, "1978", None, {"ru": "Электроника-60"}),
}  # fmt: skip
GENRES = {
    "Platform game": {"fr": "Jeu de plates-formes", "de": "Jump ’n’ Run", "ja": "プラットフォームゲーム"},
    "Action-adventure game": {"fr": "Action-aventure", "de": "Action-Adventure"},
    "First-person shooter": {"fr": "Jeu de tir à la première personne", "de": "Ego-Shooter", "ja": "ファーストパーソン・シューティングゲーム"},
    "Puzzle-platform game": {"fr": "Jeu de plates-formes et de réflexion"},
    "Action role-playing game": {"fr": "Action-RPG", "de": "Action-Rollenspiel", "ja": "アクションRPG"},
    "Role-playing video game": {"fr": "Jeu vidéo de rôle", "de": "Computer-Rollenspiel", "ja": "コンピュータRPG"},
    "Sandbox game": {"fr": "Bac à sable (jeu vidéo)"},
    "Survival game": {"fr": "Jeu de survie"},
    "Puzzle video game": {"fr": "Jeu de puzzle"},
    "Stealth game": {"fr": "Jeu d'infiltration", "de": "Stealth-Spiel"},
    "Fighting game": {"fr": "Jeu de combat", "de": "Fighting-Game", "ja": "対戦型格闘ゲーム"},
    "Survival horror": {"fr": "Survival horror"},
    "Third-person shooter": {"fr": "Jeu de tir à la troisième personne"},
    "Maze video game": {"fr": "Jeu de labyrinthe"},
    "Metroidvania": {"ja": "メトロイドヴァニア"},
    "Roguelike": {"fr": "Rogue-like"},
    "Turn-based strategy": {"fr": "Stratégie au tour par tour"},
    "Battle royale game": {"fr": "Battle royale (jeu vidéo)"},
    "Social deduction game": {},
    "Farming simulation": {},
}  # fmt: skip
ENGINES = {
    "GoldSrc": ("Valve Corporation", "1998"),
    "Source (game engine)": ("Valve Corporation", "2004"),
    "Doom engine": ("Id Software", "1993"),
    "Quake engine": ("Id Software", "1996"),
    "REDengine": ("CD Projekt Red", "2011"),
    "Decima (game engine)": ("Guerrilla Games", "2013"),
    "Rockstar Advanced Game Engine": ("Rockstar Games", "2006"),
    "Unreal Engine": ("Epic Games", "1998"),
    "Unity (game engine)": ("Unity Technologies", "2005"),
    "GameMaker": ("YoYo Games", "1999"),
    "Havok (software)": ("Havok (company)", "2000"),
}
# series title: (first release year, creator or None, developer)
SERIES = {
    "Super Mario": ("1985", "Shigeru Miyamoto", "Nintendo"),
    "The Legend of Zelda": ("1986", "Shigeru Miyamoto", "Nintendo"),
    "Half-Life (series)": ("1998", None, "Valve Corporation"),
    "Portal (series)": ("2007", "Kim Swift", "Valve Corporation"),
    "Doom (franchise)": ("1993", None, "Id Software"),
    "The Witcher (video game series)": ("2007", None, "CD Projekt Red"),
    "Souls (series)": ("2009", "Hidetaka Miyazaki", "FromSoftware"),
    "Final Fantasy": ("1987", "Hironobu Sakaguchi", "Square (video game company)"),
    "Metal Gear": ("1987", "Hideo Kojima", "Konami"),
    "Grand Theft Auto": ("1997", "David Jones", "Rockstar Games"),
    "Red Dead": ("2004", None, "Rockstar Games"),
    "Pokémon (video game series)": ("1996", "Satoshi Tajiri", "Game Freak"),
    "Street Fighter": ("1987", None, "Capcom"),
    "Resident Evil": ("1996", "Shinji Mikami", "Capcom"),
    "Mass Effect": ("2007", "Casey Hudson", "BioWare"),
    "BioShock": ("2007", "Ken Levine", "Irrational Games"),
    "Halo (franchise)": ("2001", None, "Bungie"),
    "Civilization (series)": ("1991", "Sid Meier", "MicroProse"),
    "Gears of War": ("2006", "Cliff Bleszinski", "Epic Games"),
    "Horizon (franchise)": ("2017", None, "Guerrilla Games"),
}

# ----------------------------------------------------------------------------- games
# Each game: title, wikidata id, developers, publishers, platforms, genres, release date,
# released text (dbp), series, composers, directors, designers, engines, modes text,
# other labels, previous, subsequent, redirects.
G = dict
GAMES = [
    G(t="Super Mario Bros.", q="Q11168", dev=["Nintendo Entertainment Analysis & Development"], dev_text="Nintendo R&D4", pub=["Nintendo"], plat=["Nintendo Entertainment System"], genre=["Platform game"], date="1985-09-13", series="Super Mario", comp=["Koji Kondo"], dir=["Shigeru Miyamoto"], des=["Shigeru Miyamoto", "Takashi Tezuka"], modes="Single-player, multiplayer", labels={"ja": "スーパーマリオブラザーズ", "fr": "Super Mario Bros.", "de": "Super Mario Bros."}, next="Super Mario 64", redirects=["SMB1"]),
    G(t="Super Mario 64", q="Q11160", dev=["Nintendo Entertainment Analysis & Development"], pub=["Nintendo"], plat=["Nintendo 64"], genre=["Platform game"], date="1996-06-23", released="JP: June 23, 1996 NA: September 29, 1996", series="Super Mario", comp=["Koji Kondo"], dir=["Shigeru Miyamoto"], modes="Single-player", labels={"ja": "スーパーマリオ64", "fr": "Super Mario 64", "es": "Super Mario 64"}, prev="Super Mario Bros.", next="Super Mario Odyssey", redirects=["SM64", "Mario 64"]),
    G(t="Super Mario Odyssey", q="Q25217086", dev=["Nintendo Entertainment Planning & Development"], pub=["Nintendo"], plat=["Nintendo Switch"], genre=["Platform game", "Action-adventure game"], date="2017-10-27", series="Super Mario", comp=["Naoto Kubo", "Shiho Fujii", "Koji Kondo"], dir=["Kenta Motokura"], modes="Single-player, multiplayer", labels={"ja": "スーパーマリオ オデッセイ", "fr": "Super Mario Odyssey"}, prev="Super Mario 64"),
    G(t="The Legend of Zelda: Ocarina of Time", q="Q200414", dev=["Nintendo Entertainment Analysis & Development"], pub=["Nintendo"], plat=["Nintendo 64", "GameCube"], genre=["Action-adventure game"], date="1998-11-21", series="The Legend of Zelda", comp=["Koji Kondo"], dir=["Eiji Aonuma", "Toru Osawa", "Yoshiaki Koizumi"], prod=["Shigeru Miyamoto"], modes="Single-player", labels={"ja": "ゼルダの伝説 時のオカリナ", "fr": "The Legend of Zelda: Ocarina of Time", "de": "The Legend of Zelda: Ocarina of Time"}, redirects=["Ocarina of Time", "OoT"]),
    G(t="The Legend of Zelda: Breath of the Wild", q="Q14467220", dev=["Nintendo Entertainment Planning & Development"], pub=["Nintendo"], plat=["Nintendo Switch", "Wii U"], genre=["Action-adventure game"], date="2017-03-03", series="The Legend of Zelda", comp=["Manaka Kataoka", "Yasuaki Iwata", "Hajime Wakai"], dir=["Hidemaro Fujibayashi"], prod=["Eiji Aonuma"], engine=["Havok (software)"], modes="Single-player", labels={"ja": "ゼルダの伝説 ブレス オブ ザ ワイルド", "fr": "The Legend of Zelda: Breath of the Wild"}, next="The Legend of Zelda: Tears of the Kingdom", redirects=["Breath of the Wild", "BotW"]),
    G(t="The Legend of Zelda: Tears of the Kingdom", q="Q65083396", dev=["Nintendo Entertainment Planning & Development"], pub=["Nintendo"], plat=["Nintendo Switch"], genre=["Action-adventure game"], date="2023-05-12", series="The Legend of Zelda", comp=["Manaka Kataoka", "Maasa Miyoshi", "Hajime Wakai"], dir=["Hidemaro Fujibayashi"], prod=["Eiji Aonuma"], engine=["Havok (software)"], modes="Single-player", labels={"ja": "ゼルダの伝説 ティアーズ オブ ザ キングダム", "fr": "The Legend of Zelda: Tears of the Kingdom"}, prev="The Legend of Zelda: Breath of the Wild", redirects=["Tears of the Kingdom", "TotK"]),
    G(t="Half-Life (video game)", q="Q279446", name="Half-Life", dev=["Valve Corporation"], pub=["Sierra Entertainment"], pub_text="Sierra Studios", plat=["Microsoft Windows"], genre=["First-person shooter"], date="1998-11-19", series="Half-Life (series)", comp=["Kelly Bailey"], des=["Marc Laidlaw"], engine=["GoldSrc"], modes="Single-player, multiplayer", labels={"fr": "Half-Life", "de": "Half-Life", "ja": "ハーフライフ"}, next="Half-Life 2"),
    G(t="Half-Life 2", q="Q193581", dev=["Valve Corporation"], pub=["Valve Corporation"], plat=["Microsoft Windows", "Xbox (console)", "Xbox 360", "PlayStation 3"], genre=["First-person shooter"], date="2004-11-16", series="Half-Life (series)", comp=["Kelly Bailey"], writer=["Marc Laidlaw"], engine=["Source (game engine)"], modes="Single-player", labels={"fr": "Half-Life 2", "de": "Half-Life 2", "ja": "ハーフライフ2"}, prev="Half-Life (video game)", redirects=["HL2"]),
    G(t="Portal (video game)", q="Q279744", name="Portal", dev=["Valve Corporation"], pub=["Valve Corporation"], plat=["Microsoft Windows", "Xbox 360", "PlayStation 3"], genre=["Puzzle-platform game"], date="2007-10-10", series="Portal (series)", comp=["Kelly Bailey", "Mike Morasky"], des=["Kim Swift"], engine=["Source (game engine)"], modes="Single-player", labels={"fr": "Portal", "de": "Portal", "ja": "ポータル"}, next="Portal 2"),
    G(t="Portal 2", q="Q279754", dev=["Valve Corporation"], pub=["Valve Corporation"], plat=["Microsoft Windows", "MacOS", "Xbox 360", "PlayStation 3", "Linux"], genre=["Puzzle-platform game"], date="2011-04-19", series="Portal (series)", comp=["Mike Morasky"], writer=["Erik Wolpaw", "Jay Pinkerton", "Chet Faliszek"], engine=["Source (game engine)"], modes="Single-player, co-op", labels={"fr": "Portal 2", "ja": "ポータル2"}, prev="Portal (video game)"),
    G(t="Doom (1993 video game)", q="Q513867", name="Doom", dev=["Id Software"], pub=["Id Software", "GT Interactive Software"], plat=["MS-DOS"], genre=["First-person shooter"], date="1993-12-10", series="Doom (franchise)", comp=["Bobby Prince"], des=["John Romero", "Sandy Petersen", "Tom Hall"], prog=["John Carmack", "John Romero"], engine=["Doom engine"], modes="Single-player, multiplayer", labels={"fr": "Doom (jeu vidéo, 1993)", "de": "Doom"}, redirects=["DOOM (1993)"]),
    G(t="Quake (video game)", q="Q273636", name="Quake", dev=["Id Software"], pub=["GT Interactive Software"], plat=["MS-DOS"], genre=["First-person shooter"], date="1996-06-22", comp=["Trent Reznor"], des=["John Romero", "American McGee", "Sandy Petersen", "Tim Willits"], prog=["John Carmack"], engine=["Quake engine"], modes="Single-player, multiplayer", labels={"fr": "Quake", "de": "Quake"}),
    G(t="The Witcher 3: Wild Hunt", q="Q17609848", dev=["CD Projekt Red"], pub=["CD Projekt"], plat=["Microsoft Windows", "PlayStation 4", "Xbox One", "Nintendo Switch", "PlayStation 5", "Xbox Series X and Series S"], genre=["Action role-playing game"], date="2015-05-19", series="The Witcher (video game series)", comp=["Marcin Przybyłowicz", "Mikolai Stroinski"], dir=["Konrad Tomaszkiewicz"], engine=["REDengine"], modes="Single-player", labels={"pl": "Wiedźmin 3: Dziki Gon", "fr": "The Witcher 3: Wild Hunt", "de": "The Witcher 3: Wild Hunt", "ja": "ウィッチャー3 ワイルドハント"}, redirects=["Witcher 3", "Wiedźmin 3"]),
    G(t="Cyberpunk 2077", q="Q3182559", dev=["CD Projekt Red"], pub=["CD Projekt"], plat=["Microsoft Windows", "PlayStation 4", "Xbox One", "PlayStation 5", "Xbox Series X and Series S"], genre=["Action role-playing game"], date="2020-12-10", comp=["Marcin Przybyłowicz", "P. T. Adamczyk", "Paul Leonard-Morgan"], dir=["Adam Badowski"], engine=["REDengine"], modes="Single-player", labels={"pl": "Cyberpunk 2077", "fr": "Cyberpunk 2077", "ja": "サイバーパンク2077"}),
    G(t="Dark Souls (video game)", q="Q1142233", name="Dark Souls", dev=["FromSoftware"], pub=["FromSoftware", "Bandai Namco Entertainment"], pub_text="JP: FromSoftware WW: Namco Bandai Games", plat=["PlayStation 3", "Xbox 360", "Microsoft Windows"], genre=["Action role-playing game"], date="2011-09-22", series="Souls (series)", comp=["Motoi Sakuraba"], dir=["Hidetaka Miyazaki"], modes="Single-player, multiplayer", labels={"ja": "ダークソウル", "fr": "Dark Souls", "de": "Dark Souls"}),
    G(t="Bloodborne", q="Q16973290", dev=["FromSoftware"], pub=["Sony Interactive Entertainment"], pub_text="Sony Computer Entertainment", plat=["PlayStation 4"], genre=["Action role-playing game"], date="2015-03-24", comp=["Ryan Amon", "Tsukasa Saitoh", "Yuka Kitamura"], dir=["Hidetaka Miyazaki"], modes="Single-player, multiplayer", labels={"ja": "ブラッドボーン", "fr": "Bloodborne"}),
    G(t="Sekiro: Shadows Die Twice", q="Q55622862", dev=["FromSoftware"], pub=["FromSoftware", "Activision"], plat=["PlayStation 4", "Xbox One", "Microsoft Windows"], genre=["Action-adventure game"], date="2019-03-22", comp=["Yuka Kitamura"], dir=["Hidetaka Miyazaki"], modes="Single-player", labels={"ja": "SEKIRO: SHADOWS DIE TWICE", "fr": "Sekiro: Shadows Die Twice"}, redirects=["Sekiro"]),
    G(t="Elden Ring", q="Q64826862", dev=["FromSoftware"], pub=["Bandai Namco Entertainment", "FromSoftware"], plat=["PlayStation 4", "PlayStation 5", "Microsoft Windows", "Xbox One", "Xbox Series X and Series S"], genre=["Action role-playing game"], date="2022-02-25", comp=["Tsukasa Saitoh", "Shoi Miyazawa", "Yuka Kitamura", "Yoshimi Kudo"], dir=["Hidetaka Miyazaki"], writer=["Hidetaka Miyazaki", "George R. R. Martin"], modes="Single-player, multiplayer", labels={"ja": "エルデンリング", "fr": "Elden Ring", "de": "Elden Ring"}),
    G(t="Minecraft", q="Q49740", dev=["Mojang Studios"], pub=["Mojang Studios", "Xbox Game Studios"], plat=["Microsoft Windows", "MacOS", "Linux", "Android (operating system)", "IOS", "Xbox 360", "PlayStation 3", "Nintendo Switch", "PlayStation 4", "Xbox One"], plat_text="Windows, macOS, Linux, Android, iOS, Xbox 360, PlayStation 3, Switch, PS4, Xbox One and others", genre=["Sandbox game", "Survival game"], date="2011-11-18", comp=["C418", "Lena Raine"], des=["Markus Persson", "Jens Bergensten"], modes="Single-player, multiplayer", labels={"ja": "マインクラフト", "fr": "Minecraft", "sv": "Minecraft"}),
    G(t="Tetris", q="Q71910", dev=["Alexey Pajitnov"], dev_text="Alexey Pajitnov (Dorodnitsyn Computing Centre)", pub=[], plat=["Elektronika 60"], genre=["Puzzle video game"], date="1984-06-06", des=["Alexey Pajitnov"], modes="Single-player", labels={"ru": "Тетрис", "fr": "Tetris", "ja": "テトリス"}),
    G(t="Final Fantasy VI", q="Q1328506", dev=["Square (video game company)"], pub=["Square (video game company)"], plat=["Super Nintendo Entertainment System"], genre=["Role-playing video game"], date="1994-04-02", series="Final Fantasy", comp=["Nobuo Uematsu"], dir=["Yoshinori Kitase", "Hiroyuki Ito"], prod=["Hironobu Sakaguchi"], modes="Single-player", labels={"ja": "ファイナルファンタジーVI", "fr": "Final Fantasy VI"}, next="Final Fantasy VII", redirects=["Final Fantasy III (SNES)", "FF6"]),
    G(t="Final Fantasy VII", q="Q474081", dev=["Square (video game company)"], pub=["Square (video game company)", "Sony Interactive Entertainment"], pub_text="JP: Square NA/PAL: Sony Computer Entertainment", plat=["PlayStation (console)", "Microsoft Windows"], genre=["Role-playing video game"], date="1997-01-31", series="Final Fantasy", comp=["Nobuo Uematsu"], dir=["Yoshinori Kitase"], prod=["Hironobu Sakaguchi"], modes="Single-player", labels={"ja": "ファイナルファンタジーVII", "fr": "Final Fantasy VII", "de": "Final Fantasy VII"}, prev="Final Fantasy VI", redirects=["FF7", "FFVII"]),
    G(t="Chrono Trigger", q="Q826398", dev=["Square (video game company)"], pub=["Square (video game company)"], plat=["Super Nintendo Entertainment System"], genre=["Role-playing video game"], date="1995-03-11", comp=["Yasunori Mitsuda", "Nobuo Uematsu"], dir=["Takashi Tokita", "Yoshinori Kitase", "Akihiko Matsui"], des=["Hironobu Sakaguchi", "Yuji Horii"], modes="Single-player", labels={"ja": "クロノ・トリガー", "fr": "Chrono Trigger"}),
    G(t="Metal Gear Solid (1998 video game)", q="Q1130530", name="Metal Gear Solid", dev=["Konami Computer Entertainment Japan"], pub=["Konami"], plat=["PlayStation (console)"], genre=["Action-adventure game", "Stealth game"], date="1998-09-03", series="Metal Gear", dir=["Hideo Kojima"], des=["Hideo Kojima"], writer=["Hideo Kojima", "Tomokazu Fukushima"], modes="Single-player", labels={"ja": "メタルギアソリッド", "fr": "Metal Gear Solid (jeu vidéo, 1998)"}, next="Metal Gear Solid 2: Sons of Liberty", redirects=["MGS1"]),
    G(t="Metal Gear Solid 2: Sons of Liberty", q="Q1347716", dev=["Konami Computer Entertainment Japan"], pub=["Konami"], plat=["PlayStation 2", "Xbox (console)", "Microsoft Windows"], genre=["Action-adventure game", "Stealth game"], date="2001-11-13", series="Metal Gear", comp=["Harry Gregson-Williams", "Norihiko Hibino"], dir=["Hideo Kojima"], modes="Single-player", labels={"ja": "メタルギアソリッド2 サンズ・オブ・リバティ"}, prev="Metal Gear Solid (1998 video game)", redirects=["MGS2"]),
    G(t="Death Stranding", q="Q55639734", dev=["Kojima Productions"], pub=["Sony Interactive Entertainment", "505 Games"], plat=["PlayStation 4", "Microsoft Windows", "PlayStation 5"], genre=["Action game"], date="2019-11-08", comp=["Ludvig Forssell"], dir=["Hideo Kojima"], des=["Hideo Kojima"], engine=["Decima (game engine)"], modes="Single-player, multiplayer", labels={"ja": "デス・ストランディング", "fr": "Death Stranding"}),
    G(t="Horizon Zero Dawn", q="Q21869209", dev=["Guerrilla Games"], pub=["Sony Interactive Entertainment"], plat=["PlayStation 4", "Microsoft Windows"], genre=["Action role-playing game"], date="2017-02-28", series="Horizon (franchise)", comp=["Joris de Man", "Niels van der Leest", "Jonathan Williams", "The Flight"], dir=["Mathijs de Jonge"], engine=["Decima (game engine)"], modes="Single-player", labels={"ja": "Horizon Zero Dawn", "fr": "Horizon Zero Dawn", "nl": "Horizon Zero Dawn"}),
    G(t="Grand Theft Auto V", q="Q17435", dev=["Rockstar North"], pub=["Rockstar Games"], plat=["PlayStation 3", "Xbox 360", "PlayStation 4", "Xbox One", "Microsoft Windows", "PlayStation 5", "Xbox Series X and Series S"], genre=["Action-adventure game"], date="2013-09-17", series="Grand Theft Auto", writer=["Dan Houser", "Rupert Humphries", "Michael Unsworth"], prod=["Leslie Benzies"], engine=["Rockstar Advanced Game Engine"], modes="Single-player, multiplayer", labels={"fr": "Grand Theft Auto V", "de": "Grand Theft Auto V", "ja": "グランド・セフト・オートV"}, redirects=["GTA V", "GTA 5"]),
    G(t="Red Dead Redemption 2", q="Q27964744", dev=["Rockstar Games"], dev_text="Rockstar Studios", pub=["Rockstar Games"], plat=["PlayStation 4", "Xbox One", "Microsoft Windows"], genre=["Action-adventure game"], date="2018-10-26", series="Red Dead", comp=["Woody Jackson"], writer=["Dan Houser", "Michael Unsworth", "Rupert Humphries"], engine=["Rockstar Advanced Game Engine"], modes="Single-player, multiplayer", labels={"fr": "Red Dead Redemption II", "de": "Red Dead Redemption 2"}, redirects=["RDR2"]),
    G(t="Stardew Valley", q="Q18516166", dev=["Eric Barone"], dev_text="ConcernedApe", pub=["Chucklefish", "Eric Barone"], pub_text="ConcernedApe, Chucklefish", plat=["Microsoft Windows", "MacOS", "Linux", "PlayStation 4", "Xbox One", "Nintendo Switch", "IOS", "Android (operating system)"], genre=["Farming simulation", "Role-playing video game"], date="2016-02-26", comp=["Eric Barone"], des=["Eric Barone"], modes="Single-player, multiplayer", labels={"fr": "Stardew Valley", "ja": "スターデューバレー"}),
    G(t="Hollow Knight", q="Q23006257", dev=["Team Cherry"], pub=["Team Cherry"], plat=["Microsoft Windows", "MacOS", "Linux", "Nintendo Switch", "PlayStation 4", "Xbox One"], genre=["Metroidvania"], date="2017-02-24", comp=["Christopher Larkin"], des=["Ari Gibson", "William Pellen"], engine=["Unity (game engine)"], modes="Single-player", labels={"fr": "Hollow Knight", "ja": "ホロウナイト"}),
    G(t="Celeste (video game)", q="Q47010532", name="Celeste", dev=["Maddy Makes Games"], pub=["Maddy Makes Games"], plat=["Microsoft Windows", "MacOS", "Linux", "Nintendo Switch", "PlayStation 4", "Xbox One"], genre=["Platform game"], date="2018-01-25", comp=["Lena Raine"], des=["Maddy Thorson"], modes="Single-player", labels={"fr": "Celeste (jeu vidéo)"}),
    G(t="Undertale", q="Q21948893", dev=["Toby Fox"], pub=["Toby Fox"], plat=["Microsoft Windows", "MacOS", "Linux", "PlayStation 4", "Nintendo Switch"], genre=["Role-playing video game"], date="2015-09-15", comp=["Toby Fox"], des=["Toby Fox"], writer=["Toby Fox"], engine=["GameMaker"], modes="Single-player", labels={"ja": "アンダーテール", "fr": "Undertale"}),
    G(t="Pokémon Red and Blue", q="Q1047337", dev=["Game Freak"], pub=["Nintendo"], plat=["Game Boy"], genre=["Role-playing video game"], date="1996-02-27", released="JP: February 27, 1996 (Red and Green) NA: September 28, 1998", series="Pokémon (video game series)", comp=["Junichi Masuda"], dir=["Satoshi Tajiri"], prod=["Shigeru Miyamoto", "Tsunekaz Ishihara"], modes="Single-player, multiplayer", labels={"ja": "ポケットモンスター 赤・緑", "fr": "Pokémon Rouge et Bleu", "de": "Pokémon Rote und Blaue Edition"}, redirects=["Pokemon Red", "Pokémon Blue"]),
    G(t="Street Fighter II", q="Q27927", dev=["Capcom"], pub=["Capcom"], plat=["Arcade video game", "Super Nintendo Entertainment System"], genre=["Fighting game"], date="1991-03-01", released="February 1991", series="Street Fighter", comp=["Yoko Shimomura", "Isao Abe"], des=["Akira Nishitani", "Akira Yasuda"], modes="Single-player, multiplayer", labels={"ja": "ストリートファイターII", "fr": "Street Fighter II"}, redirects=["SF2"]),
    G(t="Resident Evil 4", q="Q1130612", dev=["Capcom"], dev_text="Capcom Production Studio 4", pub=["Capcom"], plat=["GameCube", "PlayStation 2", "Microsoft Windows"], genre=["Survival horror", "Third-person shooter"], date="2005-01-11", series="Resident Evil", comp=["Misao Senbongi", "Shusaku Uchiyama"], dir=["Shinji Mikami"], modes="Single-player", labels={"ja": "バイオハザード4", "fr": "Resident Evil 4", "de": "Resident Evil 4"}, redirects=["Biohazard 4", "RE4"]),
    G(t="Pac-Man", q="Q173595", dev=["Namco"], pub=["Namco"], pub_text="JP: Namco NA: Midway", plat=["Arcade video game"], genre=["Maze video game"], date="1980-05-22", comp=["Toshio Kai"], des=["Toru Iwatani"], modes="Single-player, multiplayer (alternating turns)", labels={"ja": "パックマン", "fr": "Pac-Man"}, redirects=["Pacman", "Puck Man"]),
    G(t="Mass Effect 2", q="Q725377", dev=["BioWare"], pub=["Electronic Arts"], plat=["Microsoft Windows", "Xbox 360", "PlayStation 3"], genre=["Action role-playing game", "Third-person shooter"], date="2010-01-26", series="Mass Effect", comp=["Jack Wall"], dir=["Casey Hudson"], engine=["Unreal Engine"], modes="Single-player", labels={"fr": "Mass Effect 2", "de": "Mass Effect 2"}),
    G(t="BioShock (video game)", q="Q4916", name="BioShock", dev=["Irrational Games"], dev_text="2K Boston, 2K Australia", pub=["2K (company)"], plat=["Microsoft Windows", "Xbox 360", "PlayStation 3"], genre=["First-person shooter"], date="2007-08-21", series="BioShock", comp=["Garry Schyman"], dir=["Ken Levine"], engine=["Unreal Engine"], modes="Single-player", labels={"fr": "BioShock", "de": "BioShock"}),
    G(t="Gears of War (video game)", q="Q1193563", name="Gears of War", dev=["Epic Games"], pub=["Xbox Game Studios"], pub_text="Microsoft Game Studios", plat=["Xbox 360", "Microsoft Windows"], genre=["Third-person shooter"], date="2006-11-07", series="Gears of War", comp=["Kevin Riepl"], des=["Cliff Bleszinski"], engine=["Unreal Engine"], modes="Single-player, multiplayer", labels={"fr": "Gears of War (jeu vidéo)"}),
    G(t="Fortnite", q="Q29658297", dev=["Epic Games"], pub=["Epic Games"], plat=["Microsoft Windows", "MacOS", "PlayStation 4", "Xbox One", "Nintendo Switch", "Android (operating system)", "PlayStation 5", "Xbox Series X and Series S"], genre=["Battle royale game", "Survival game", "Sandbox game"], date="2017-07-25", comp=["Pinar Toprak", "Rom Di Prisco"], engine=["Unreal Engine"], modes="Multiplayer", labels={"fr": "Fortnite", "ja": "フォートナイト"}),
    G(t="Halo: Combat Evolved", q="Q1052013", dev=["Bungie"], pub=["Xbox Game Studios"], pub_text="Microsoft Game Studios", plat=["Xbox (console)", "Microsoft Windows", "MacOS"], genre=["First-person shooter"], date="2001-11-15", series="Halo (franchise)", comp=["Martin O'Donnell", "Michael Salvatori"], des=["Jaime Griesemer"], modes="Single-player, multiplayer", labels={"fr": "Halo: Combat Evolved", "ja": "Halo"}, redirects=["Halo 1", "Halo CE"]),
    G(t="Destiny (video game)", q="Q1212727", name="Destiny", dev=["Bungie"], pub=["Activision"], plat=["PlayStation 3", "PlayStation 4", "Xbox 360", "Xbox One"], genre=["First-person shooter"], date="2014-09-09", comp=["Martin O'Donnell", "Michael Salvatori", "Paul McCartney"], modes="Multiplayer", labels={"fr": "Destiny (jeu vidéo)"}),
    G(t="Civilization (video game)", q="Q1125451", name="Sid Meier's Civilization", dev=["MicroProse"], pub=["MicroProse"], plat=["MS-DOS"], genre=["Turn-based strategy"], date="1991-09-01", released="1991", series="Civilization (series)", comp=["Jeff Briggs"], des=["Sid Meier", "Bruce Shelley"], modes="Single-player", labels={"fr": "Civilization (jeu vidéo)", "de": "Sid Meier’s Civilization"}),
    G(t="Hades (video game)", q="Q66064802", name="Hades", dev=["Supergiant Games"], pub=["Supergiant Games"], plat=["Microsoft Windows", "MacOS", "Nintendo Switch", "PlayStation 4", "PlayStation 5", "Xbox One", "Xbox Series X and Series S"], genre=["Roguelike", "Action role-playing game"], date="2020-09-17", comp=["Darren Korb"], dir=["Greg Kasavin"], modes="Single-player", labels={"fr": "Hades (jeu vidéo)"}),
    G(t="Among Us", q="Q96417649", dev=["Innersloth"], pub=["Innersloth"], plat=["Android (operating system)", "IOS", "Microsoft Windows", "Nintendo Switch"], genre=["Social deduction game"], date="2018-06-15", des=["Marcus Bromander"], engine=["Unity (game engine)"], modes="Multiplayer", labels={"fr": "Among Us", "ja": "アモング アス"}),
]  # fmt: skip

REDIRECTS = {  # alternate page: target (beside the games' own)
    "ConcernedApe": "Eric Barone",
    "Sony Computer Entertainment": "Sony Interactive Entertainment",
    "Namco Bandai Games": "Bandai Namco Entertainment",
    "Microsoft Game Studios": "Xbox Game Studios",
    "Mojang": "Mojang Studios",
    "2K Boston": "Irrational Games",
    "Valve Software": "Valve Corporation",
    "Nintendo EAD": "Nintendo Entertainment Analysis & Development",
    "Nintendo R&D4": "Nintendo Entertainment Analysis & Development",
    "Nintendo EPD": "Nintendo Entertainment Planning & Development",
    "Notch (game designer)": "Markus Persson",
    "Daniel Rosenfeld": "C418",
    "PS4": "PlayStation 4",
    "Super Nintendo": "Super Nintendo Entertainment System",
    "Unreal Engine 3": "Unreal Engine",
    "Source engine": "Source (game engine)",
    "RPG": "Role-playing video game",
    "FPS": "First-person shooter",
}


class Builder:
    """The graph and the page-level triples every DBpedia resource carries."""

    def __init__(self) -> None:
        self.g = Graph()
        self.g.bind("dbr", DBR)
        self.g.bind("dbo", DBO)
        self.g.bind("dbp", DBP)
        self.g.bind("dbc", DBC)
        self.g.bind("foaf", FOAF)
        self.g.bind("dct", DCT)
        self.g.bind("prov", PROV)
        self.g.bind("skos", SKOS)
        self.g.bind("schema", SCHEMA, replace=True)
        self.g.bind("wikidata", WD)
        self.pages: set[URIRef] = set()

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def page(
        self,
        title: str,
        types: list[URIRef],
        labels: dict[str, str] | None = None,
        name: str | None = None,
    ) -> URIRef:
        s = res(title)
        if s in self.pages:
            return s
        self.pages.add(s)
        # the label is the page title, parenthesis and all; the infobox name is foaf:name
        self.add(s, RDFS.label, Literal(title, lang="en"))
        if name and name != title:
            self.add(s, FOAF.name, Literal(name, lang="en"))
        for lang, text in (labels or {}).items():
            self.add(s, RDFS.label, Literal(text, lang=lang))
        for t in [*types, OWL.Thing]:
            self.add(s, RDF.type, t)
        h = int(hashlib.sha1(title.encode()).hexdigest()[:8], 16)
        wiki = URIRef("http://en.wikipedia.org/wiki/" + str(s)[len(str(DBR)) :])
        self.add(s, DBO.wikiPageID, Literal(h % 70_000_000, datatype=XSD.integer))
        self.add(
            s, DBO.wikiPageRevisionID, Literal(1_100_000_000 + h % 99_999_999, datatype=XSD.integer)
        )
        self.add(
            s, DBO.wikiPageLength, Literal(2_000 + h % 180_000, datatype=XSD.nonNegativeInteger)
        )
        self.add(s, FOAF.isPrimaryTopicOf, wiki)
        self.add(
            s,
            PROV.wasDerivedFrom,
            URIRef(str(wiki) + f"?oldid={1_100_000_000 + h % 99_999_999}&ns=0"),
        )
        if "fr" in (labels or {}):
            self.add(
                s,
                OWL.sameAs,
                URIRef(
                    "http://fr.dbpedia.org/resource/"
                    + quote(labels["fr"].replace(" ", "_"), safe="_(),.'-:")
                ),
            )
        return s

    def wikidata(self, s: URIRef, qid: str) -> None:
        self.add(s, OWL.sameAs, WD[qid])

    def subject(self, s: URIRef, category: str, broader: str | None = None) -> None:
        c = cat(category)
        self.add(s, DCT.subject, c)
        self.add(c, RDF.type, SKOS.Concept)
        self.add(c, RDFS.label, Literal(category, lang="en"))
        self.add(c, SKOS.prefLabel, Literal(category, lang="en"))
        if broader:
            self.add(c, SKOS.broader, cat(broader))

    def stub(self, title: str) -> URIRef:
        """A resource linked to without a page of its own in this extract: just its label."""
        s = res(title)
        if s not in self.pages and (s, RDFS.label, None) not in self.g:
            self.add(s, RDFS.label, Literal(title, lang="en"))
        return s


def build() -> Graph:
    b = Builder()
    add = b.add
    vg_industry = b.page("Video game industry", [DBO.Industry])
    for title, (kind, country, labels) in PLACES.items():
        types = (
            [DBO.Country, SCHEMA.Country]
            if kind == "Country"
            else [DBO[kind], DBO.Settlement, DBO.PopulatedPlace, DBO.Place, SCHEMA.Place]
        )
        s = b.page(title, types, labels, name=title.split(",")[0])
        if country:
            add(s, DBO.country, res(country))
            add(s, DBP.subdivisionName, res(country))
    for title, (born, place, occ, ja, nat) in PEOPLE.items():
        name = title.split(" (")[0]
        s = b.page(
            title,
            [DBO.Person, FOAF.Person, SCHEMA.Person, DBO.Agent],
            {"ja": ja} if ja else {},
            name=name,
        )
        add(s, FOAF.name, Literal(name, lang="en"))
        if born and len(born) == 10:
            add(s, DBO.birthDate, Literal(born, datatype=XSD.date))
            add(s, DBP.birthDate, Literal(born, datatype=XSD.date))
            add(s, DBO.birthYear, Literal(born[:4], datatype=XSD.gYear))
        elif born:
            add(s, DBO.birthYear, Literal(born, datatype=XSD.gYear))
            add(s, DBP.birthDate, Literal(int(born), datatype=XSD.integer))
        if place:
            add(s, DBO.birthPlace, res(place))
            country = PLACES[place][1]
            add(s, DBP.birthPlace, Literal(f"{place}, {country}" if country else place, lang="en"))
        add(s, DBP.occupation, Literal(occ, lang="en"))
        add(s, DBP.nationality, Literal(nat, lang="en"))
        add(
            s,
            DBO.abstract,
            Literal(
                f"{name} is a {nat} {occ.split(',')[0].lower()}"
                + (f", born in {place.split(',')[0]}." if place else "."),
                lang="en",
            ),
        )
        b.subject(
            s,
            f"{nat} video game people" if "video" not in occ.lower() else "Video game designers",
            "Video game people",
        )
    for title, (
        year,
        city,
        country,
        founders,
        key,
        parent,
        staff,
        ja,
        foaf_name,
    ) in COMPANIES.items():
        s = b.page(
            title,
            [DBO.Company, DBO.Organisation, SCHEMA.Organization, DBO.Agent],
            {"ja": ja} if ja else {},
            name=title.split(" (")[0],
        )
        if foaf_name:
            add(s, FOAF.name, Literal(foaf_name, lang="en"))
        add(s, DBO.foundingYear, Literal(year, datatype=XSD.gYear))
        add(s, DBP.founded, Literal(int(year), datatype=XSD.integer))
        add(s, DBO.locationCity, res(city) if city in PLACES else b.stub(city))
        add(s, DBO.locationCountry, res(country))
        add(s, DBP.hqLocationCity, res(city) if city in PLACES else b.stub(city))
        add(s, DBP.location, Literal(f"{city}, {country}", lang="en"))
        add(s, DBO.industry, vg_industry)
        for f in founders:
            add(s, DBO.foundedBy, res(f) if f in PEOPLE else b.stub(f))
        if founders:
            add(s, DBP.founder, Literal(", ".join(f.split(" (")[0] for f in founders), lang="en"))
        for k in key:
            who = k.split(" (")[0]
            add(s, DBO.keyPerson, res(who) if who in PEOPLE else b.stub(who))
            add(s, DBP.keyPeople, Literal(k, lang="en"))
        if parent:
            add(s, DBO.parentCompany, res(parent) if parent in COMPANIES else b.stub(parent))
            add(s, DBP.parent, res(parent) if parent in COMPANIES else b.stub(parent))
        if staff:
            add(s, DBO.numberOfEmployees, Literal(staff, datatype=XSD.nonNegativeInteger))
        add(
            s,
            DBO.abstract,
            Literal(
                f"{foaf_name or title.split(' (')[0]} is a video game company based in {city.split(',')[0]}, founded in {year}.",
                lang="en",
            ),
        )
        b.subject(
            s,
            f"Video game companies of {country}"
            if country != "United States"
            else "Video game companies of the United States",
            "Video game companies",
        )
        b.subject(s, f"Companies established in {year}")
    for title, (maker, date, gen, labels) in PLATFORMS.items():
        s = b.page(title, [DBO.InformationAppliance, DBO.Device], labels, name=title.split(" (")[0])
        if maker:
            add(s, DBO.manufacturer, res(maker) if maker in COMPANIES else b.stub(maker))
        if date and len(date) == 10:
            add(s, DBO.releaseDate, Literal(date, datatype=XSD.date))
        if gen:
            add(s, DBP.generation, Literal(gen, lang="en"))
            b.subject(s, f"{gen}-generation video game consoles", "Video game consoles")
    for title, labels in GENRES.items():
        b.page(title, [], labels)
        b.subject(res(title), "Video game genres")
    for title, (dev, year) in ENGINES.items():
        s = b.page(
            title, [DBO.Software, DBO.Work, SCHEMA.CreativeWork], {}, name=title.split(" (")[0]
        )
        add(s, DBO.developer, res(dev) if dev in COMPANIES else b.stub(dev))
        add(s, DBP.released, Literal(int(year), datatype=XSD.integer))
        b.subject(s, "Video game engines")
    for title, (first, creator, dev) in SERIES.items():
        s = b.page(title, [DBO.Work, SCHEMA.CreativeWork], {}, name=title.split(" (")[0])
        add(s, DBP.firstRelease, Literal(int(first), datatype=XSD.integer))
        if creator:
            add(s, DBP.creator, res(creator) if creator in PEOPLE else b.stub(creator))
        add(s, DBP.developer, res(dev) if dev in COMPANIES else b.stub(dev))
        b.subject(s, "Video game franchises")

    def who(name: str) -> URIRef:
        return res(name) if name in PEOPLE or name in COMPANIES else b.stub(name)

    for gm in GAMES:
        title = gm["t"]
        name = gm.get("name", title)
        s = b.page(
            title,
            [
                DBO.VideoGame,
                DBO.Software,
                DBO.Work,
                SCHEMA.CreativeWork,
                SCHEMA.VideoGame,
                WD.Q7889,
            ],
            gm.get("labels"),
            name=name,
        )
        add(s, FOAF.name, Literal(name, lang="en"))
        b.wikidata(s, gm["q"])
        year = gm["date"][:4]
        for d in gm["dev"]:
            add(s, DBO.developer, who(d))
        add(
            s,
            DBP.developer,
            Literal(gm["dev_text"], lang="en") if "dev_text" in gm else who(gm["dev"][0]),
        )
        for p in gm["pub"]:
            add(s, DBO.publisher, who(p))
        if "pub_text" in gm:
            add(s, DBP.publisher, Literal(gm["pub_text"], lang="en"))
        elif gm["pub"]:
            add(s, DBP.publisher, who(gm["pub"][0]))
        for p in gm["plat"]:
            add(s, DBO.computingPlatform, res(p))
        add(
            s,
            DBP.platforms,
            Literal(
                gm.get("plat_text")
                or ", ".join(PLATFORMS_TEXT.get(p, p.split(" (")[0]) for p in gm["plat"]),
                lang="en",
            ),
        )
        for x in gm["genre"]:
            add(s, DBO.genre, res(x) if x in GENRES else b.stub(x))
            add(s, DBP.genre, res(x) if x in GENRES else b.stub(x))
        add(s, DBO.releaseDate, Literal(gm["date"], datatype=XSD.date))
        add(s, DBP.released, Literal(gm.get("released") or long_date(gm["date"]), lang="en"))
        if "series" in gm:
            add(s, DBO.series, res(gm["series"]))
            add(s, DBP.series, Literal(gm["series"].split(" (")[0], lang="en"))
            b.subject(s, f"{gm['series'].split(' (')[0]} games", "Video game franchises")
        for role, p, q in (
            ("comp", DBO.composer, DBP.composer),
            ("dir", DBO.director, DBP.director),
            ("des", DBO.designer, DBP.designer),
            ("prod", None, DBP.producer),
            ("writer", DBO.writer, DBP.writer),
            ("prog", None, DBP.programmer),
        ):
            for x in gm.get(role, []):
                if p is not None:
                    add(s, p, who(x))
                add(s, q, who(x))
        for e in gm.get("engine", []):
            add(s, DBO.gameEngine, res(e))
            add(s, DBP.engine, res(e))
        add(s, DBP.modes, Literal(gm["modes"], lang="en"))
        if "prev" in gm:
            add(s, DBO.previousWork, res(gm["prev"]))
        if "next" in gm:
            add(s, DBO.subsequentWork, res(gm["next"]))
        devs = " and ".join(
            x.split(" (")[0] for x in ([gm["dev_text"]] if "dev_text" in gm else gm["dev"])
        )
        pubs = " and ".join(x.split(" (")[0] for x in gm["pub"])
        text = f"{name} is a {year} video game developed by {devs}" + (
            f" and published by {pubs}." if pubs else "."
        )
        add(s, DBO.abstract, Literal(text, lang="en"))
        add(s, RDFS.comment, Literal(text, lang="en"))
        if "de" in gm.get("labels", {}):
            add(
                s,
                DBO.abstract,
                Literal(
                    f"{gm['labels']['de']} ist ein Computerspiel von {devs} aus dem Jahr {year}.",
                    lang="de",
                ),
            )
        b.subject(s, f"{year} video games", f"{year[:3]}0s video games")
        for p in gm["plat"][:3]:
            b.subject(
                s, f"{PLATFORMS_TEXT.get(p, p.split(' (')[0])} games", "Video games by platform"
            )
        for c in gm.get("comp", [])[:1]:
            b.subject(s, f"Video games scored by {c}", "Video game music")
        if gm["modes"] == "Single-player":
            b.subject(s, "Single-player video games")
        if "multiplayer" in gm["modes"].lower():
            b.subject(
                s,
                "Multiplayer and single-player video games"
                if "Single" in gm["modes"]
                else "Multiplayer video games",
            )
        for alt in gm.get("redirects", []):
            r = res(alt)
            add(r, RDFS.label, Literal(alt, lang="en"))
            add(r, DBO.wikiPageRedirects, s)
        for d in gm["dev"]:
            add(s, DBO.wikiPageWikiLink, who(d))
        for x in gm["genre"] + gm["plat"][:2]:
            add(s, DBO.wikiPageWikiLink, res(x))
    for alt, target in REDIRECTS.items():
        r = res(alt)
        add(r, RDFS.label, Literal(alt, lang="en"))
        add(r, DBO.wikiPageRedirects, res(target))
    # a few page-to-page links that are no relation at all (DBpedia's link dataset)
    titles = [g["t"] for g in GAMES]
    for i, t in enumerate(titles):
        add(res(t), DBO.wikiPageWikiLink, res(titles[(i * 7 + 3) % len(titles)]))
        add(res(t), DBO.wikiPageWikiLink, res(list(PEOPLE)[(i * 5) % len(PEOPLE)]))
    return b.g


PLATFORMS_TEXT = {
    "Nintendo Entertainment System": "NES",
    "Super Nintendo Entertainment System": "Super NES",
    "Microsoft Windows": "Windows",
    "MacOS": "macOS",
    "IOS": "iOS",
    "Android (operating system)": "Android",
    "Xbox Series X and Series S": "Xbox Series X/S",
    "Arcade video game": "Arcade",
}


def main() -> None:
    g = build()
    text = g.serialize(format="turtle")
    # deterministic bytes: no timestamp in the gzip header
    with open(OUT, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    print(f"{OUT}: {len(g)} triples")


if __name__ == "__main__":
    main()
