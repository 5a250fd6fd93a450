# ruff: noqa: E501  (data tables: one concept a line reads better than wrapped strings)
"""Write ``esco.ttl``: a slice of ESCO (European Skills, Competences, Qualifications and
Occupations) in the shape of its RDF dump.

Imitates ``esco_v1.x.ttl`` as the European Commission publishes it (Turtle): occupations and
skills are ``skos:Concept``s (also ``esco:Occupation`` / ``esco:Skill``, ``esco:MemberConcept``)
at UUID IRIs ``http://data.europa.eu/esco/occupation/<uuid>`` and ``.../skill/<uuid>``, in
concept schemes (``skos:inScheme``, ``skos:topConceptOf``); their names are **SKOS-XL labels**:
``skosxl:prefLabel`` / ``skosxl:altLabel`` / ``skosxl:hiddenLabel`` point at ``skosxl:Label``
nodes (``http://data.europa.eu/esco/label/<uuid>``) whose ``skosxl:literalForm`` holds the text
with a language tag (English, German, French). German and French preferred labels are written
with both genders ("Bäcker/Bäckerin", "boulanger/boulangère"), each gender also an alternative
label with an ``esco:hasLabelRole`` (male / female); the English one of "waiter/waitress" too.
About 60 % of concepts also carry plain ``skos:prefLabel`` / ``skos:altLabel`` copies, the
others only the SKOS-XL nodes.

Occupations: ``esco:relatedEssentialSkill`` / ``esco:relatedOptionalSkill`` to skills (a few
pairs stated only the other way, as ``esco:isEssentialSkillFor`` from the skill; some skills
state ``isEssentialSkillFor`` / ``isOptionalSkillFor`` beside the forward edge), ``skos:broader``
to an ISCO-08 unit group (``http://data.europa.eu/esco/isco/C7512``) or, for narrower
occupations, to another occupation only; ``esco:code`` "7512.1"; ``dcterms:description`` as an
``esco:NodeLiteral`` blank node (``esco:nodeLiteral`` + ``esco:language``), sometimes a plain
literal. ISCO groups: four levels (unit, minor, sub-major, major) chained by ``skos:broader``,
``skos:notation`` typed with ESCO's notation datatype, labels that repeat across levels
("Cooks" is both 512 and 5120). Skills: ``esco:skillType`` (knowledge, skill/competence),
``esco:skillReuseLevel`` (transversal, cross-sector, sector-specific, occupation-specific),
``skos:broader`` to skill groups (``S5.6``...), ISCED-F fields (``0613``) or transversal groups
(``T4``). Every concept: ``iso-thes:status "released"``, ``dcterms:modified`` date-times.

Facts (ISCO-08 codes and titles, ESCO-like occupations and skills) are written from memory;
32 occupations, 98 skills, 69 ISCO groups, 48 skill groups, 5,880 triples. Seeded; stdlib + rdflib. Run from
the repository root: ``python bench/data/own/esco_make.py``.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

from rdflib import XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

HERE = Path(__file__).parent
ESCO = Namespace("http://data.europa.eu/esco/model#")
SKOSXL = Namespace("http://www.w3.org/2008/05/skos-xl#")
ISOTHES = Namespace("http://purl.org/iso25964/skos-thes#")
BASE = "http://data.europa.eu/esco/"
ISCO_NOTATION = URIRef(BASE + "Notation/ISCO08")

# ----------------------------------------------------------------------------- ISCO-08
# code: (English title, German, French or None)
ISCO = {
    "1": ("Managers", "Führungskräfte", "Directeurs, cadres de direction et gérants"),
    "11": ("Chief executives, senior officials and legislators", None, None),
    "112": ("Managing directors and chief executives", None, None),
    "1120": ("Managing directors and chief executives", "Geschäftsführer und Vorstände", None),
    "2": ("Professionals", "Akademische Berufe", "Professions intellectuelles et scientifiques"),
    "21": ("Science and engineering professionals", None, None),
    "216": ("Architects, planners, surveyors and designers", None, None),
    "2166": ("Graphic and multimedia designers", "Grafik- und Multimediadesigner", None),
    "22": ("Health professionals", "Akademische und verwandte Gesundheitsberufe", "Spécialistes de la santé"),
    "221": ("Medical doctors", "Ärzte", None),
    "2211": ("Generalist medical practitioners", "Allgemeinärzte", "Médecins généralistes"),
    "222": ("Nursing and midwifery professionals", None, None),
    "2221": ("Nursing professionals", "Akademische und vergleichbare Krankenpflegefachkräfte", None),
    "2222": ("Midwifery professionals", None, None),
    "226": ("Other health professionals", None, None),
    "2262": ("Pharmacists", "Apotheker", "Pharmaciens"),
    "23": ("Teaching professionals", "Lehrkräfte", None),
    "233": ("Secondary education teachers", None, None),
    "2330": ("Secondary education teachers", "Lehrkräfte im Sekundarbereich", None),
    "234": ("Primary school and early childhood teachers", None, None),
    "2341": ("Primary school teachers", "Lehrkräfte im Primarbereich", "Instituteurs de l'enseignement primaire"),
    "24": ("Business and administration professionals", None, None),
    "241": ("Finance professionals", None, None),
    "2411": ("Accountants", "Wirtschaftsprüfer, Steuerberater und verwandte Berufe", "Comptables"),
    "25": ("Information and communications technology professionals", "Akademische und vergleichbare Fachkräfte in der Informations- und Kommunikationstechnologie", None),
    "251": ("Software and applications developers and analysts", "Entwickler und Analytiker von Software und Anwendungen", None),
    "2511": ("Systems analysts", "Systemanalytiker", None),
    "2512": ("Software developers", "Softwareentwickler", "Concepteurs de logiciels"),
    "2513": ("Web and multimedia developers", "Web- und Multimediaentwickler", None),
    "2514": ("Applications programmers", "Anwendungsprogrammierer", None),
    "252": ("Database and network professionals", None, None),
    "2521": ("Database designers and administrators", "Datenbankentwickler und -administratoren", None),
    "3": ("Technicians and associate professionals", "Techniker und gleichrangige nichttechnische Berufe", None),
    "34": ("Legal, social, cultural and related associate professionals", None, None),
    "343": ("Artistic, cultural and culinary associate professionals", None, None),
    "3434": ("Chefs", "Küchenchefs", "Chefs cuisiniers"),
    "5": ("Service and sales workers", "Dienstleistungsberufe und Verkäufer", None),
    "51": ("Personal service workers", None, None),
    "512": ("Cooks", None, None),
    "5120": ("Cooks", "Köche", "Cuisiniers"),
    "513": ("Waiters and bartenders", None, None),
    "5131": ("Waiters", "Kellner", "Serveurs"),
    "5132": ("Bartenders", "Barkeeper", "Barmen"),
    "7": ("Craft and related trades workers", "Handwerks- und verwandte Berufe", "Métiers qualifiés de l'industrie et de l'artisanat"),
    "71": ("Building and related trades workers, excluding electricians", None, None),
    "712": ("Building finishers and related trades workers", None, None),
    "7126": ("Plumbers and pipe fitters", "Installateure und Rohrleger", "Plombiers et tuyauteurs"),
    "72": ("Metal, machinery and related trades workers", None, None),
    "721": ("Sheet and structural metal workers, moulders and welders, and related workers", None, None),
    "7212": ("Welders and flamecutters", "Schweißer und Brennschneider", "Soudeurs et oxycoupeurs"),
    "74": ("Electrical and electronic trades workers", None, None),
    "741": ("Electrical equipment installers and repairers", None, None),
    "7411": ("Building and related electricians", "Elektroinstallateure", None),
    "75": ("Food processing, wood working, garment and other craft and related trades workers", None, None),
    "751": ("Food processing and related trades workers", "Berufe in der Nahrungsmittelverarbeitung", None),
    "7512": ("Bakers, pastry-cooks and confectionery makers", "Bäcker, Konditoren und Süßwarenhersteller", "Boulangers, pâtissiers et confiseurs"),
    "8": ("Plant and machine operators and assemblers", "Bediener von Anlagen und Maschinen und Montageberufe", None),
    "83": ("Drivers and mobile plant operators", None, None),
    "832": ("Car, van and motorcycle drivers", None, None),
    "8322": ("Car, taxi and van drivers", "Pkw-, Taxi- und Kleintransporterfahrer", None),
    "834": ("Mobile plant operators", None, None),
    "8344": ("Lifting truck operators", "Gabelstaplerfahrer", "Conducteurs de chariots élévateurs"),
    "9": ("Elementary occupations", "Hilfsarbeitskräfte", None),
    "91": ("Cleaners and helpers", None, None),
    "911": ("Domestic, hotel and office cleaners and helpers", None, None),
    "9112": ("Cleaners and helpers in offices, hotels and other establishments", "Reinigungspersonal und Hilfskräfte in Büros, Hotels und anderen Einrichtungen", None),
    "93": ("Labourers in mining, construction, manufacturing and transport", None, None),
    "933": ("Transport and storage labourers", None, None),
    "9333": ("Freight handlers", "Lagerarbeiter und Frachtarbeiter", "Manutentionnaires"),
}  # fmt: skip
ISCO_DEFINITIONS = {
    "7512": "Bakers, pastry-cooks and confectionery makers produce breads, cakes and other flour products, as well as handmade chocolate and sugar confectionery.",
    "2512": "Software developers research, analyse and evaluate requirements for existing or new software applications and operating systems, and design, develop, test and maintain software solutions to meet these requirements.",
    "2262": "Pharmacists store, preserve, compound, test and dispense medicinal products and counsel on the proper use and adverse effects of drugs and medicines.",
    "5120": "Cooks plan, organize, prepare and cook meals in hotels, restaurants and other eating places, on board ships, on passenger trains and in private households.",
}  # fmt: skip

# ----------------------------------------------------------------------------- skill groups
# key: (IRI tail, notation, English label, broader key or None)
GROUPS = {
    "S1": ("S1", "S1", "communication, collaboration and creativity", None),
    "S1.3": ("S1.3", "S1.3", "teaching and training", "S1"),
    "S2": ("S2", "S2", "information skills", None),
    "S2.7": ("S2.7", "S2.7", "analysing and evaluating information and data", "S2"),
    "S3": ("S3", "S3", "assisting and caring", None),
    "S3.2": ("S3.2", "S3.2", "providing health care or medical treatments", "S3"),
    "S4": ("S4", "S4", "management skills", None),
    "S4.8": ("S4.8", "S4.8", "leading and motivating", "S4"),
    "S5": ("S5", "S5", "working with computers", None),
    "S5.6": ("S5.6", "S5.6", "programming computer systems", "S5"),
    "S6": ("S6", "S6", "handling and moving", None),
    "S6.4": ("S6.4", "S6.4", "preparing and serving food and drinks", "S6"),
    "S6.5": ("S6.5", "S6.5", "moving and storing goods", "S6"),
    "S7": ("S7", "S7", "constructing", None),
    "S7.3": ("S7.3", "S7.3", "installing and maintaining plumbing and electrical systems", "S7"),
    "S8": ("S8", "S8", "working with machinery and specialised equipment", None),
    "S8.2": ("S8.2", "S8.2", "operating mobile plant and vehicles", "S8"),
    "S8.4": ("S8.4", "S8.4", "welding, cutting and shaping metal", "S8"),
    "S6.9": ("S6.9", "S6.9", "cleaning", "S6"),
    "S4.2": ("S4.2", "S4.2", "developing objectives and strategies", "S4"),
    "S1.9": ("S1.9", "S1.9", "creating artistic, visual or instructive materials", "S1"),
    "T2": ("T2", "T2", "thinking skills and competences", None),
    "T4": ("T4", "T4", "social and communication skills and competences", None),
    "T5": ("T5", "T5", "self-management skills and competences", None),
    "06": ("isced-f/06", "06", "information and communication technologies (icts)", None),
    "0613": ("isced-f/0613", "0613", "software and applications development and analysis", "06"),
    "0612": ("isced-f/0612", "0612", "database and network design and administration", "06"),
    "05": ("isced-f/05", "05", "natural sciences, mathematics and statistics", None),
    "0542": ("isced-f/0542", "0542", "statistics", "05"),
    "09": ("isced-f/09", "09", "health and welfare", None),
    "0912": ("isced-f/0912", "0912", "medicine", "09"),
    "0913": ("isced-f/0913", "0913", "nursing and midwifery", "09"),
    "0916": ("isced-f/0916", "0916", "pharmacy", "09"),
    "01": ("isced-f/01", "01", "education", None),
    "0111": ("isced-f/0111", "0111", "education science", "01"),
    "07": ("isced-f/07", "07", "engineering, manufacturing and construction", None),
    "0721": ("isced-f/0721", "0721", "food processing", "07"),
    "0715": ("isced-f/0715", "0715", "mechanics and metal trades", "07"),
    "0713": ("isced-f/0713", "0713", "electricity and energy", "07"),
    "04": ("isced-f/04", "04", "business, administration and law", None),
    "0411": ("isced-f/0411", "0411", "accounting and taxation", "04"),
    "0413": ("isced-f/0413", "0413", "management and administration", "04"),
    "02": ("isced-f/02", "02", "arts and humanities", None),
    "0211": ("isced-f/0211", "0211", "audio-visual techniques and media production", "02"),
    "10": ("isced-f/10", "10", "services", None),
    "1013": ("isced-f/1013", "1013", "hotel, restaurants and catering", "10"),
    "1041": ("isced-f/1041", "1041", "transport services", "10"),
    "1022": ("isced-f/1022", "1022", "occupational health and safety", "10"),
}  # fmt: skip

# ----------------------------------------------------------------------------- skills
# key: (English preferred label, type k/s, reuse t/c/s/o, English alternatives, hidden,
#       German, French, group key, English description or "")
SKILLS = {
    "prog": ("computer programming", "k", "c", ["programming", "software programming"], [], "Computerprogrammierung", "programmation informatique", "0613", "The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms."),
    "python": ("Python (computer programming)", "k", "s", ["Python"], [], "Python (Computerprogrammierung)", "Python (programmation informatique)", "0613", "The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Python."),
    "java": ("Java (computer programming)", "k", "s", ["Java"], [], "Java (Computerprogrammierung)", "Java (programmation informatique)", "0613", ""),
    "js": ("JavaScript", "k", "s", ["JS", "ECMAScript"], [], "JavaScript", "JavaScript", "0613", ""),
    "sql": ("SQL", "k", "s", ["structured query language"], [], "SQL", "SQL", "0612", "The computer language SQL is a query language for retrieval of information from a database and of documents containing the needed information."),
    "dbms": ("database management systems", "k", "s", ["DBMS"], [], "Datenbankverwaltungssysteme", "systèmes de gestion de bases de données", "0612", ""),
    "datamod": ("data models", "k", "s", [], [], "Datenmodelle", "modèles de données", "0612", ""),
    "stat": ("statistics", "k", "c", [], [], "Statistik", "statistique", "0542", "The study of statistical theory, methods and practices such as collection, organisation, analysis, interpretation and presentation of data."),
    "ml": ("machine learning", "k", "s", ["ML"], [], "maschinelles Lernen", "apprentissage automatique", "0613", ""),
    "debugtools": ("ICT debugging tools", "k", "s", [], [], "IKT-Fehlerbehebungswerkzeuge", "outils de débogage TIC", "0613", ""),
    "webprog": ("web programming", "k", "s", [], [], "Webprogrammierung", "programmation web", "0613", ""),
    "anat": ("human anatomy", "k", "s", ["anatomy"], [], "Anatomie des Menschen", "anatomie humaine", "0912", "The dynamic relationship of human structure and function and the muscosceletal, cardiovascular, respiratory, digestive, endocrine, urinary, reproductive, integumentary and nervous systems."),
    "pharmacol": ("pharmacology", "k", "s", [], [], "Pharmakologie", "pharmacologie", "0916", "Pharmacology is a medical specialty mentioned in the EU Directive 2005/36/EC."),
    "pharmlaw": ("pharmaceutical legislation", "k", "o", ["drug legislation"], [], "Arzneimittelrecht", "législation pharmaceutique", "0916", ""),
    "nursci": ("nursing science", "k", "o", [], [], "Pflegewissenschaft", "sciences infirmières", "0913", ""),
    "obstet": ("obstetrics", "k", "s", [], [], "Geburtshilfe", "obstétrique", "0913", ""),
    "pedag": ("pedagogy", "k", "c", [], [], "Pädagogik", "pédagogie", "0111", "The discipline that concerns the theory and practice of education including the various instructional methods for educating individuals or groups."),
    "currobj": ("curriculum objectives", "k", "s", [], [], "Lehrplanziele", "objectifs du programme", "0111", ""),
    "learndiff": ("learning difficulties", "k", "s", [], [], "Lernschwierigkeiten", "difficultés d'apprentissage", "0111", ""),
    "foodsafe": ("food safety principles", "k", "c", [], [], "Grundsätze der Lebensmittelsicherheit", "principes de sécurité alimentaire", "0721", ""),
    "weldtech": ("welding techniques", "k", "s", [], [], "Schweißtechniken", "techniques de soudage", "0715", "The different methods of welding together pieces of metal using various equipment, such as oxygen-acetylene welding, gas metal arc welding and tungsten inert gas welding."),
    "wiring": ("electrical wiring plans", "k", "s", ["wiring diagrams"], [], "Schaltpläne", "schémas de câblage électrique", "0713", ""),
    "elec": ("electricity", "k", "c", [], [], "Elektrizität", "électricité", "0713", ""),
    "hsreg": ("health and safety regulations", "k", "c", ["occupational health and safety"], [], "Gesundheits- und Sicherheitsvorschriften", "réglementation en matière de santé et de sécurité", "1022", ""),
    "acctech": ("accounting techniques", "k", "s", [], [], "Buchführungstechniken", "techniques comptables", "0411", ""),
    "taxlaw": ("tax legislation", "k", "c", ["tax law"], [], "Steuerrecht", "législation fiscale", "0411", ""),
    "bizmgmt": ("business management principles", "k", "c", [], [], "Grundsätze der Unternehmensführung", "principes de gestion d'entreprise", "0413", ""),
    "gdesign": ("graphic design", "k", "s", [], [], "Grafikdesign", "design graphique", "0211", ""),
    "cooktech": ("cooking techniques", "k", "s", [], [], "Kochtechniken", "techniques culinaires", "1013", ""),
    "traffic": ("road traffic laws", "k", "c", ["traffic rules"], [], "Straßenverkehrsrecht", "code de la route", "1041", ""),
    "whops": ("warehouse operations", "k", "s", [], [], "Lagerbetrieb", "opérations d'entreposage", "1041", ""),
    "designpat": ("use software design patterns", "s", "s", [], [], "Softwareentwurfsmuster verwenden", "utiliser des modèles de conception de logiciels", "S5.6", ""),
    "debug": ("debug software", "s", "s", ["fix software bugs", "debug code"], [], "Software debuggen", "déboguer un logiciel", "S5.6", "Repair computer code by analysing testing results, locating the defects causing the software to output an incorrect or unexpected result and remove these faults."),
    "proto": ("develop software prototype", "s", "s", [], [], "Softwareprototyp entwickeln", "développer un prototype de logiciel", "S5.6", ""),
    "techreq": ("interpret technical requirements", "s", "c", [], [], "technische Anforderungen interpretieren", "interpréter des exigences techniques", "S2.7", ""),
    "ui": ("design user interface", "s", "s", ["design UI"], [], "Benutzeroberfläche gestalten", "concevoir une interface utilisateur", "S5.6", ""),
    "dbperf": ("maintain database performance", "s", "o", [], [], "Datenbankleistung aufrechterhalten", "maintenir les performances d'une base de données", "S5.6", ""),
    "dbdesign": ("design database scheme", "s", "s", ["design database schema"], [], "Datenbankschema entwerfen", "concevoir un schéma de base de données", "S5.6", ""),
    "datamine": ("perform data mining", "s", "s", ["data mining"], [], "Data-Mining durchführen", "effectuer une exploration de données", "S2.7", ""),
    "interp": ("interpret current data", "s", "c", [], [], "aktuelle Daten interpretieren", "interpréter des données actuelles", "S2.7", ""),
    "nurscare": ("provide nursing care", "s", "o", [], [], "Pflege leisten", "dispenser des soins infirmiers", "S3.2", ""),
    "medadmin": ("administer medication", "s", "s", ["give medication"], [], "Arzneimittel verabreichen", "administrer des médicaments", "S3.2", ""),
    "dispense": ("dispense medicines", "s", "o", [], [], "Arzneimittel abgeben", "délivrer des médicaments", "S3.2", "Review and dispense prescriptions, ensuring the prescription is properly interpreted and the correct medicine is supplied."),
    "pharmadv": ("provide pharmaceutical advice", "s", "o", [], [], "pharmazeutische Beratung leisten", "fournir des conseils pharmaceutiques", "S3.2", ""),
    "childbirth": ("assist in childbirth", "s", "o", ["deliver babies"], [], "bei Geburten assistieren", "assister lors d'accouchements", "S3.2", ""),
    "diagnose": ("perform physical examinations", "s", "s", ["examine patients"], [], "körperliche Untersuchungen durchführen", "effectuer des examens physiques", "S3.2", ""),
    "prescribe": ("prescribe medication", "s", "s", [], [], "Medikamente verschreiben", "prescrire des médicaments", "S3.2", ""),
    "hcomm": ("communicate effectively in healthcare", "s", "c", [], [], "in der Gesundheitsversorgung effektiv kommunizieren", "communiquer efficacement dans le domaine des soins de santé", "S3.2", ""),
    "lesson": ("prepare lesson content", "s", "s", ["prepare lessons"], [], "Unterrichtsinhalte vorbereiten", "préparer le contenu des cours", "S1.3", ""),
    "assess": ("assess students", "s", "s", [], [], "Schüler und Schülerinnen beurteilen", "évaluer des élèves", "S1.3", ""),
    "teachstrat": ("apply teaching strategies", "s", "c", [], [], "Lehrstrategien anwenden", "appliquer des stratégies d'enseignement", "S1.3", ""),
    "bake": ("bake goods", "s", "s", ["bake bread"], [], "Backwaren backen", "cuire des produits de boulangerie", "S6.4", ""),
    "knead": ("knead food products", "s", "s", ["knead dough"], [], "Lebensmittel kneten", "pétrir des produits alimentaires", "S6.4", ""),
    "haccp": ("apply HACCP", "s", "s", ["apply hazard analysis and critical control points"], [], "HACCP anwenden", "appliquer les principes HACCP", "S6.4", "Apply regulations regarding manufacturing of food and food safety compliance. Use food safety procedures based on Hazard Analysis Critical Control Points (HACCP)."),
    "oven": ("tend bakery ovens", "s", "o", [], [], "Backöfen bedienen", "surveiller des fours de boulangerie", "S8.4", ""),
    "pastry": ("prepare pastry products", "s", "o", [], [], "Konditoreiwaren herstellen", "préparer des produits de pâtisserie", "S6.4", ""),
    "confec": ("manufacture confectionery", "s", "o", [], [], "Süßwaren herstellen", "fabriquer des confiseries", "S6.4", ""),
    "decorate": ("decorate pastry for special events", "s", "o", ["decorate cakes"], [], "Gebäck für besondere Anlässe dekorieren", "décorer des pâtisseries pour des événements spéciaux", "S6.4", ""),
    "weldeq": ("operate welding equipment", "s", "s", [], [], "Schweißausrüstung bedienen", "utiliser du matériel de soudage", "S8.4", ""),
    "arcweld": ("use arc welding techniques", "s", "o", [], [], "Lichtbogenschweißtechniken anwenden", "utiliser des techniques de soudage à l'arc", "S8.4", ""),
    "blueprint": ("read standard blueprints", "s", "c", ["read blueprints"], [], "Standardbaupläne lesen", "lire des plans standards", "S2.7", ""),
    "protgear": ("wear appropriate protective gear", "s", "c", ["wear protective equipment"], [], "geeignete Schutzkleidung tragen", "porter un équipement de protection approprié", "S8.2", ""),
    "plumbinst": ("install plumbing systems", "s", "o", [], [], "Sanitäranlagen installieren", "installer des systèmes de plomberie", "S7.3", ""),
    "heater": ("install water heater", "s", "o", [], [], "Warmwasserbereiter installieren", "installer un chauffe-eau", "S7.3", ""),
    "pipes": ("install PVC piping", "s", "s", [], [], "PVC-Rohre verlegen", "installer des tuyauteries en PVC", "S7.3", ""),
    "wire": ("install electrical wiring", "s", "s", [], [], "Elektroleitungen verlegen", "installer du câblage électrique", "S7.3", ""),
    "testelec": ("test electrical equipment", "s", "s", [], [], "elektrische Geräte prüfen", "tester des équipements électriques", "S7.3", ""),
    "inspelec": ("inspect electrical supplies", "s", "s", [], [], "Elektromaterial prüfen", "inspecter des fournitures électriques", "S7.3", ""),
    "cookuse": ("use cooking techniques", "s", "s", [], [], "Kochtechniken anwenden", "utiliser des techniques de cuisson", "S6.4", ""),
    "hygiene": ("comply with food safety and hygiene", "s", "c", [], [], "Lebensmittelsicherheit und Hygiene einhalten", "respecter les règles de sécurité alimentaire et d'hygiène", "S6.4", ""),
    "menus": ("plan menus", "s", "s", [], [], "Menüs planen", "planifier des menus", "S6.4", ""),
    "supervise": ("supervise work", "s", "c", [], [], "Arbeit beaufsichtigen", "superviser le travail", "S4.8", ""),
    "forklift": ("operate forklift", "s", "s", ["drive forklift", "operate fork-lift truck"], [], "Gabelstapler bedienen", "conduire un chariot élévateur", "S8.2", "Operate a forklift, a vehicle with a pronged device in front for lifting and carrying heavy loads."),
    "store": ("store warehouse goods", "s", "s", [], [], "Lagerwaren einlagern", "stocker des marchandises en entrepôt", "S6.5", ""),
    "stockrec": ("keep stock records", "s", "c", [], [], "Bestandsaufzeichnungen führen", "tenir des registres de stocks", "S6.5", ""),
    "drive": ("drive vehicles", "s", "c", [], [], "Fahrzeuge führen", "conduire des véhicules", "S8.2", ""),
    "gps": ("use GPS navigation systems", "s", "c", [], [], "GPS-Navigationssysteme verwenden", "utiliser des systèmes de navigation GPS", "S8.2", ""),
    "fares": ("collect fares", "s", "o", [], [], "Fahrgeld kassieren", "percevoir le prix des courses", "S6.5", ""),
    "finstmt": ("prepare financial statements", "s", "s", [], [], "Jahresabschlüsse erstellen", "établir des états financiers", "S4.2", ""),
    "balance": ("perform balance sheet operations", "s", "s", [], [], "Bilanzierungstätigkeiten durchführen", "effectuer des opérations de bilan", "S4.2", ""),
    "audit": ("check accounting records", "s", "s", [], [], "Buchungsunterlagen prüfen", "vérifier des documents comptables", "S4.2", ""),
    "strategy": ("develop company strategies", "s", "c", [], [], "Unternehmensstrategien entwickeln", "élaborer des stratégies d'entreprise", "S4.2", ""),
    "lead": ("lead a team", "s", "c", [], [], "ein Team leiten", "diriger une équipe", "S4.8", ""),
    "shareholders": ("liaise with shareholders", "s", "s", [], [], "mit Anteilseignern in Verbindung stehen", "assurer la liaison avec les actionnaires", "S4.2", ""),
    "drawings": ("create original drawings", "s", "s", [], [], "Originalzeichnungen anfertigen", "créer des dessins originaux", "S1.9", ""),
    "gsoft": ("use digital illustration techniques", "s", "s", [], [], "digitale Illustrationstechniken anwenden", "utiliser des techniques d'illustration numérique", "S1.9", ""),
    "serve": ("serve food in table service", "s", "o", [], [], "Speisen am Tisch servieren", "servir des repas à table", "S6.4", ""),
    "orders": ("take food and beverage orders from customers", "s", "s", ["take orders"], [], "Essens- und Getränkebestellungen von Gästen aufnehmen", "prendre les commandes de repas et de boissons des clients", "S6.4", ""),
    "drinks": ("prepare mixed drinks", "s", "o", ["mix cocktails", "make cocktails"], [], "Mischgetränke zubereiten", "préparer des boissons mélangées", "S6.4", ""),
    "serveb": ("serve beverages", "s", "s", [], [], "Getränke servieren", "servir des boissons", "S6.4", ""),
    "clean": ("clean surfaces", "s", "c", [], [], "Oberflächen reinigen", "nettoyer des surfaces", "S6.9", ""),
    "chemicals": ("handle cleaning chemical agents", "s", "s", [], [], "mit chemischen Reinigungsmitteln umgehen", "manipuler des agents chimiques de nettoyage", "S6.9", ""),
    "floor": ("operate floor cleaning equipment", "s", "o", [], [], "Bodenreinigungsgeräte bedienen", "utiliser des équipements de nettoyage de sols", "S6.9", ""),
    "teams": ("work in teams", "s", "t", ["teamwork", "work in a team"], ["team work"], "im Team arbeiten", "travailler en équipe", "T4", "Work confidently within a group with each member doing their part in the service of the whole."),
    "customers": ("communicate with customers", "s", "c", [], [], "mit Kunden kommunizieren", "communiquer avec les clients", "T4", ""),
    "critical": ("think critically", "s", "t", [], [], "kritisch denken", "faire preuve d'esprit critique", "T2", ""),
    "adapt": ("adapt to change", "s", "t", [], [], "sich an Veränderungen anpassen", "s'adapter au changement", "T5", ""),
    "empathy": ("show empathy", "s", "t", [], [], "Empathie zeigen", "faire preuve d'empathie", "T4", ""),
}  # fmt: skip

# ----------------------------------------------------------------------------- occupations
# key: (ISCO unit code or broader occupation key, code, English preferred, English
#       alternatives, hidden, German "m/f", French "m/f", description, essential, optional)
OCCUPATIONS = {
    "swdev": ("2512", "2512.4", "software developer", ["software engineer", "software designer", "coder"], ["software programmer"], "Softwareentwickler/Softwareentwicklerin", "développeur de logiciels/développeuse de logiciels", "Software developers implement or programme all kinds of software systems based on specifications and designs by using programming languages, tools, and platforms.", ["prog", "designpat", "debug", "proto", "techreq"], ["python", "java", "js", "sql", "ml", "teams", "ui"]),
    "integ": ("swdev", "2512.4.2", "integration engineer", ["systems integration engineer"], [], "Integrationsingenieur/Integrationsingenieurin", "ingénieur intégration/ingénieure intégration", "Integration engineers develop and implement solutions that align applications across an organisation, its units and divisions.", ["techreq", "debug", "prog"], ["sql", "teams"]),
    "embed": ("swdev", "2512.4.1", "embedded systems software developer", ["embedded software engineer"], [], "Softwareentwickler für eingebettete Systeme/Softwareentwicklerin für eingebettete Systeme", "développeur de logiciels pour systèmes embarqués/développeuse de logiciels pour systèmes embarqués", "", ["prog", "debug", "debugtools", "elec"], ["java"]),
    "webdev": ("2513", "2513.5", "web developer", ["web programmer", "website developer"], [], "Webentwickler/Webentwicklerin", "développeur web/développeuse web", "Web developers develop, implement and document web-accessible software based on the design provided.", ["webprog", "js", "ui", "debug"], ["sql", "gdesign", "customers"]),
    "mobdev": ("2514", "2514.2", "mobile application developer", ["app developer", "mobile app developer"], [], "Entwickler mobiler Anwendungen/Entwicklerin mobiler Anwendungen", "développeur d'applications mobiles/développeuse d'applications mobiles", "", ["prog", "java", "ui", "debug"], ["js", "proto"]),
    "dba": ("2521", "2521.1", "database administrator", ["DBA", "database manager"], [], "Datenbankadministrator/Datenbankadministratorin", "administrateur de bases de données/administratrice de bases de données", "Database administrators test, implement and administer computer databases, using their knowledge of database management systems.", ["dbms", "sql", "dbperf", "dbdesign"], ["datamod", "python"]),
    "datasci": ("2511", "2511.3", "data scientist", ["data science specialist"], [], "Datenwissenschaftler/Datenwissenschaftlerin", "scientifique des données", "Data scientists find and interpret rich data sources, manage large amounts of data and merge data sources.", ["stat", "ml", "datamine", "interp", "python"], ["sql", "datamod", "critical"]),
    "nurse": ("2221", "2221.3", "nurse responsible for general care", ["general nurse", "registered nurse", "general care nurse"], [], "Gesundheits- und Krankenpfleger/Gesundheits- und Krankenpflegerin", "infirmier en soins généraux/infirmière en soins généraux", "Nurses responsible for general care promote and restore the health of individuals, families and groups.", ["nurscare", "medadmin", "nursci", "anat", "hcomm"], ["empathy", "teams", "pharmacol"]),
    "midwife": ("2222", "2222.1", "midwife", ["midwifery practitioner"], [], "Entbindungspfleger/Hebamme", "maïeuticien/sage-femme", "Midwives work with women to give the necessary support, care and advice during pregnancy, labour and the postpartum period.", ["childbirth", "obstet", "anat", "hcomm"], ["medadmin", "empathy"]),
    "pharm": ("2262", "2262.1", "pharmacist", ["dispensing chemist", "chemist"], [], "Apotheker/Apothekerin", "pharmacien/pharmacienne", "Pharmacists perform a number of activities relating to medicinal products, such as development, production, supply and dispensing.", ["dispense", "pharmadv", "pharmacol", "pharmlaw"], ["customers", "hsreg"]),
    "gp": ("2211", "2211.1", "general practitioner", ["GP", "family doctor", "family physician"], [], "Allgemeinmediziner/Allgemeinmedizinerin", "médecin généraliste", "General practitioners promote health and prevent, detect, diagnose and treat illnesses and diseases of patients of all ages.", ["diagnose", "prescribe", "anat", "pharmacol", "hcomm"], ["empathy", "critical"]),
    "prim": ("2341", "2341.1", "primary school teacher", ["elementary school teacher", "primary teacher"], [], "Grundschullehrer/Grundschullehrerin", "professeur des écoles/professeure des écoles", "Primary school teachers instruct students at primary school level.", ["lesson", "assess", "pedag", "currobj", "teachstrat"], ["learndiff", "adapt"]),
    "sec": ("2330", "2330.1", "secondary school teacher", ["high school teacher", "secondary teacher"], [], "Lehrer Sekundarstufe/Lehrerin Sekundarstufe", "enseignant dans le secondaire/enseignante dans le secondaire", "", ["lesson", "assess", "pedag", "currobj"], ["learndiff", "teachstrat", "critical"]),
    "baker": ("7512", "7512.1", "baker", ["bread maker", "artisan baker"], ["bread baker"], "Bäcker/Bäckerin", "boulanger/boulangère", "Bakers make a wide range of breads, pastries, and other baked goods. They follow all the processes from receipt and storage of raw materials, preparation of raw materials for bread-making, measurement and mixing of ingredients into dough and proof.", ["bake", "knead", "oven", "foodsafe", "haccp"], ["pastry", "hygiene", "teams"]),
    "pastrymk": ("7512", "7512.3", "pastry maker", ["pastry cook", "pâtissier"], [], "Konditor/Konditorin", "pâtissier/pâtissière", "Pastry makers prepare and bake cakes, cookies, croissants, pies and similar products according to recipes.", ["pastry", "bake", "decorate", "foodsafe"], ["haccp", "knead"]),
    "confectioner": ("7512", "7512.2", "confectioner", ["sweet maker", "confectionery maker"], [], "Süßwarenhersteller/Süßwarenherstellerin", "confiseur/confiseuse", "", ["confec", "decorate", "foodsafe", "hygiene"], ["haccp"]),
    "welder": ("7212", "7212.1", "welder", ["welding operator", "fusion welder"], [], "Schweißer/Schweißerin", "soudeur/soudeuse", "Welders operate welding equipment to join metal workpieces together.", ["weldeq", "arcweld", "weldtech", "protgear", "blueprint"], ["hsreg"]),
    "plumber": ("7126", "7126.1", "plumber", ["plumbing technician", "sanitary installer"], [], "Sanitärinstallateur/Sanitärinstallateurin", "plombier/plombière", "Plumbers maintain and install water, gas and sewage systems.", ["plumbinst", "heater", "pipes", "blueprint"], ["protgear", "customers"]),
    "electrician": ("7411", "7411.1", "domestic electrician", ["house electrician", "residential electrician", "electrician"], [], "Elektroinstallateur/Elektroinstallateurin", "électricien du bâtiment/électricienne du bâtiment", "Domestic electricians install and maintain electrical infrastructure and domestic machinery in homes.", ["wire", "testelec", "inspelec", "wiring", "elec"], ["blueprint", "protgear"]),
    "cook": ("5120", "5120.1", "cook", ["line cook", "kitchen cook"], [], "Koch/Köchin", "cuisinier/cuisinière", "Cooks are culinary workers capable of preparing and presenting food in domestic and institutional settings.", ["cookuse", "cooktech", "hygiene", "foodsafe"], ["menus", "teams"]),
    "headchef": ("3434", "3434.1", "head chef", ["executive chef", "chef de cuisine", "kitchen chef"], [], "Küchenchef/Küchenchefin", "chef de cuisine/cheffe de cuisine", "Head chefs manage the kitchen operations to produce food and serve it in any setting.", ["menus", "supervise", "cooktech", "hygiene", "lead"], ["bizmgmt"]),
    "souschef": ("3434", "3434.3", "sous chef", ["second chef"], [], "Souschef/Souschefin", "sous-chef de cuisine/sous-cheffe de cuisine", "", ["supervise", "cookuse", "hygiene"], ["menus", "lead"]),
    "forkop": ("8344", "8344.1", "forklift operator", ["forklift driver", "lift truck operator", "fork-lift truck driver"], [], "Gabelstaplerfahrer/Gabelstaplerfahrerin", "cariste", "Forklift operators operate forklifts to move, locate, relocate, stack, and count merchandise.", ["forklift", "store", "whops", "hsreg"], ["stockrec"]),
    "taxi": ("8322", "8322.2", "taxi driver", ["cab driver", "cabbie"], [], "Taxifahrer/Taxifahrerin", "chauffeur de taxi/chauffeuse de taxi", "Taxi drivers operate licensed taxi vehicles, take care of customers, fare charges and service maintenance.", ["drive", "traffic", "gps", "fares"], ["customers"]),
    "warehouse": ("9333", "9333.4", "warehouse worker", ["warehouse operative", "stock handler"], [], "Lagerarbeiter/Lagerarbeiterin", "magasinier/magasinière", "", ["store", "stockrec", "whops"], ["forklift", "teams"]),
    "accountant": ("2411", "2411.1", "accountant", ["chartered accountant", "certified accountant"], [], "Buchhalter/Buchhalterin", "comptable", "Accountants review and analyse financial statements and documents of clients, be those private individuals or companies.", ["acctech", "finstmt", "balance", "taxlaw"], ["audit", "stat"]),
    "ceo": ("1120", "1120.1", "chief executive officer", ["CEO", "managing director", "chief executive"], [], "Geschäftsführer/Geschäftsführerin", "directeur général/directrice générale", "Chief executive officers have the highest responsibility in an organisation.", ["strategy", "lead", "bizmgmt", "shareholders"], ["critical", "adapt"]),
    "graphic": ("2166", "2166.1", "graphic designer", ["graphic artist", "graphics designer"], [], "Grafikdesigner/Grafikdesignerin", "graphiste", "Graphic designers create text and images to communicate ideas.", ["gdesign", "drawings", "gsoft"], ["ui", "customers"]),
    "waiter": ("5131", "5131.1", "waiter/waitress", ["server", "food server", "waiter", "waitress"], [], "Kellner/Kellnerin", "serveur/serveuse", "Waiters/waitresses provide food and beverages to guests as requested.", ["serve", "orders", "serveb", "hygiene"], ["customers", "drinks"]),
    "bartender": ("5132", "5132.1", "bartender", ["barman", "barmaid", "mixologist", "bar tender"], [], "Barkeeper/Barkeeperin", "barman/barmaid", "Bartenders serve alcoholic and non-alcoholic beverages as requested by clients at a bar.", ["drinks", "serveb", "hygiene"], ["orders", "customers"]),
    "cleaner": ("9112", "9112.1", "commercial cleaner", ["office cleaner", "building cleaner"], [], "Gebäudereiniger/Gebäudereinigerin", "agent d'entretien de locaux/agente d'entretien de locaux", "", ["clean", "chemicals", "floor"], ["hsreg", "teams"]),
    "pipefit": ("7126", "7126.2", "pipefitter", ["pipe fitter", "pipe installer"], [], "Rohrleitungsbauer/Rohrleitungsbauerin", "tuyauteur/tuyauteuse", "", ["pipes", "blueprint", "protgear"], ["weldeq"]),
}  # fmt: skip
# Occupation-skill pairs the dump states only from the skill's side (esco:isEssentialSkillFor)
ONLY_INVERSE = {("taxi", "fares"), ("cleaner", "floor"), ("baker", "oven")}

TYPES = {
    "k": ("knowledge", "knowledge", "Wissen", "savoir"),
    "s": ("skill", "skill/competence", "Fertigkeit/Kompetenz", "aptitude/compétence"),
}
REUSE = {
    "t": ("transversal", "transversal", "übergreifend", "transversal"),
    "c": ("cross-sector", "cross-sector", "branchenübergreifend", "intersectoriel"),
    "s": ("sector-specific", "sector-specific", "branchenspezifisch", "spécifique à un secteur"),
    "o": ("occupation-specific", "occupation-specific", "berufsspezifisch", "spécifique à une profession"),
}  # fmt: skip


class Maker:
    def __init__(self, seed: int = 2512) -> None:
        self.rng = random.Random(seed)
        self.g = Graph()
        for prefix, ns in (
            ("esco", ESCO),
            ("skosxl", SKOSXL),
            ("skos", SKOS),
            ("dcterms", DCTERMS),
            ("iso-thes", ISOTHES),
        ):
            self.g.bind(prefix, ns)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def modified(self) -> Literal:
        y, mo, d = self.rng.randint(2016, 2023), self.rng.randint(1, 12), self.rng.randint(1, 28)
        h, mi, s = self.rng.randint(0, 23), self.rng.randint(0, 59), self.rng.randint(0, 59)
        return Literal(
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
            datatype=XSD.dateTime,
            normalize=False,
        )

    def label(
        self,
        concept: URIRef,
        kind: str,
        text: str,
        lang: str,
        role: str | None = None,
        plain: bool = False,
    ) -> None:
        node = URIRef(BASE + "label/" + self.uuid())
        g = self.g
        g.add((concept, SKOSXL[kind], node))
        g.add((node, RDF.type, SKOSXL.Label))
        g.add((node, SKOSXL.literalForm, Literal(text, lang=lang)))
        if role:
            g.add((node, ESCO.hasLabelRole, URIRef(BASE + "label-role/" + role)))
        if plain and kind != "hiddenLabel":
            g.add((concept, SKOS[kind], Literal(text, lang=lang)))

    def names(
        self,
        concept: URIRef,
        en: str,
        alts: list[str],
        hidden: list[str],
        de: str | None,
        fr: str | None,
    ) -> None:
        plain = self.rng.random() < 0.6
        self.label(concept, "prefLabel", en, "en", plain=plain)
        if "/" in en:  # "waiter/waitress": each form an alternative too
            for form, role in zip(en.split("/"), ("male", "female"), strict=False):
                if form not in alts:
                    self.label(concept, "altLabel", form, "en", role, plain)
        for a in alts:
            self.label(concept, "altLabel", a, "en", plain=plain)
        for h in hidden:
            self.label(concept, "hiddenLabel", h, "en")
        for text, lang in ((de, "de"), (fr, "fr")):
            if not text:
                continue
            self.label(concept, "prefLabel", text, lang, plain=plain)
            forms = text.split("/")
            if len(forms) == 2:
                for form, role in zip(forms, ("male", "female"), strict=True):
                    self.label(concept, "altLabel", form, lang, role, plain)

    def common(self, concept: URIRef, *types: URIRef) -> None:
        for t in (*types, SKOS.Concept):
            self.g.add((concept, RDF.type, t))
        self.g.add((concept, ISOTHES.status, Literal("released")))
        self.g.add((concept, DCTERMS.modified, self.modified()))

    def node_literal(self, concept: URIRef, prop: URIRef, text: str, lang: str) -> None:
        if self.rng.random() < 0.25:  # some are plain literals
            self.g.add((concept, prop, Literal(text, lang=lang)))
            return
        b = BNode()
        self.g.add((concept, prop, b))
        self.g.add((b, RDF.type, ESCO.NodeLiteral))
        self.g.add((b, ESCO.language, Literal(lang)))
        self.g.add((b, ESCO.nodeLiteral, Literal(text, lang=lang)))

    def scheme(self, key: str, en: str, de: str, fr: str) -> URIRef:
        s = URIRef(BASE + "concept-scheme/" + key)
        self.g.add((s, RDF.type, SKOS.ConceptScheme))
        self.g.add((s, RDF.type, ESCO.ConceptScheme))
        self.names(s, en, [], [], de, fr)
        return s

    def make(self) -> Graph:
        g = self.g
        s_occ = self.scheme("occupations", "ESCO Occupations", "ESCO Berufe", "Professions ESCO")
        s_member_occ = self.scheme(
            "member-occupations", "Member occupations", "Mitgliedsberufe", "Professions membres"
        )
        s_isco = self.scheme("isco", "ISCO-08", "ISCO-08", "CITP-08")
        s_skills = self.scheme("skills", "ESCO skills", "ESCO Fähigkeiten", "Compétences ESCO")
        s_member_sk = self.scheme(
            "member-skills", "Member skills", "Mitgliedsfähigkeiten", "Compétences membres"
        )
        s_hier = self.scheme(
            "skills-hierarchy",
            "Skills pillar hierarchy",
            "Hierarchie der Säule Kompetenzen",
            "Hiérarchie du pilier compétences",
        )
        s_trans = self.scheme(
            "skill-transversal-groups",
            "Transversal skills and competences",
            "Übergreifende Fähigkeiten und Kompetenzen",
            "Aptitudes et compétences transversales",
        )
        vocab: dict[str, URIRef] = {}
        for kind, table in (("skill-type", TYPES), ("skill-reuse-level", REUSE)):
            for key, (tail, en, de, fr) in table.items():
                c = URIRef(BASE + f"{kind}/{tail}")
                vocab[kind + key] = c
                self.common(c)
                self.names(c, en, [], [], de, fr)
        # ISCO groups
        isco: dict[str, URIRef] = {}
        for code, (en, de, fr) in ISCO.items():
            c = URIRef(BASE + "isco/C" + code)
            isco[code] = c
            self.common(c, ESCO.ISCOGroup)
            g.add((c, SKOS.inScheme, s_isco))
            g.add((c, SKOS.notation, Literal(code, datatype=ISCO_NOTATION)))
            g.add((c, ESCO.codeList, Literal("ISCO08")))
            self.names(c, en, [], [], de, fr)
            if len(code) == 1:
                g.add((c, SKOS.topConceptOf, s_isco))
                g.add((s_isco, SKOS.hasTopConcept, c))
            else:
                g.add((c, SKOS.broader, isco[code[:-1]]))
                g.add((isco[code[:-1]], SKOS.narrower, c))
            if code in ISCO_DEFINITIONS:
                self.node_literal(c, SKOS.definition, ISCO_DEFINITIONS[code], "en")
        # skill groups
        groups: dict[str, URIRef] = {}
        for key, (tail, notation, en, broader) in GROUPS.items():
            c = URIRef(BASE + ("" if tail.startswith("isced") else "skill/") + tail)
            groups[key] = c
            self.common(c, ESCO.SkillGroup)
            g.add((c, SKOS.inScheme, s_trans if key.startswith("T") else s_hier))
            g.add((c, SKOS.notation, Literal(notation)))
            self.names(c, en, [], [], None, None)
            if broader:
                g.add((c, SKOS.broader, groups[broader]))
            else:
                g.add((c, SKOS.topConceptOf, s_hier))
        # skills
        skills: dict[str, URIRef] = {}
        for key, (en, typ, reuse, alts, hidden, de, fr, group, desc) in SKILLS.items():
            c = URIRef(BASE + "skill/" + self.uuid())
            skills[key] = c
            self.common(c, ESCO.Skill, ESCO.MemberConcept)
            g.add((c, SKOS.inScheme, s_skills))
            g.add((c, SKOS.inScheme, s_member_sk))
            if reuse == "t":
                g.add((c, SKOS.inScheme, s_trans))
            g.add((c, ESCO.skillType, vocab["skill-type" + typ]))
            g.add((c, ESCO.skillReuseLevel, vocab["skill-reuse-level" + reuse]))
            g.add((c, SKOS.broader, groups[group]))
            self.names(c, en, alts, hidden, de, fr)
            if desc:
                self.node_literal(c, DCTERMS.description, desc, "en")
                self.node_literal(c, SKOS.definition, desc, "en")
        # occupations
        occs: dict[str, URIRef] = {}
        for key in OCCUPATIONS:
            occs[key] = URIRef(BASE + "occupation/" + self.uuid())
        for key, (parent, code, en, alts, hidden, de, fr, desc, ess, opt) in OCCUPATIONS.items():
            c = occs[key]
            self.common(c, ESCO.Occupation, ESCO.MemberConcept)
            g.add((c, SKOS.inScheme, s_occ))
            g.add((c, SKOS.inScheme, s_member_occ))
            g.add((c, ESCO.code, Literal(code)))
            g.add((c, SKOS.broader, isco[parent] if parent in isco else occs[parent]))
            if parent not in isco:
                g.add((occs[parent], SKOS.narrower, c))
            self.names(c, en, alts, hidden, de, fr)
            if desc:
                self.node_literal(c, DCTERMS.description, desc, "en")
            for prop, inv, keys in (
                (ESCO.relatedEssentialSkill, ESCO.isEssentialSkillFor, ess),
                (ESCO.relatedOptionalSkill, ESCO.isOptionalSkillFor, opt),
            ):
                for sk in keys:
                    if (key, sk) not in ONLY_INVERSE:
                        g.add((c, prop, skills[sk]))
                    if (key, sk) in ONLY_INVERSE or self.rng.random() < 0.3:
                        g.add((skills[sk], inv, c))
        return g


def main() -> None:
    g = Maker().make()
    out = HERE / "esco.ttl"
    g.serialize(out, format="turtle")
    print(f"{out}: {len(g)} triples")


if __name__ == "__main__":
    main()
