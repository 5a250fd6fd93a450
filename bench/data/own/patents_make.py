# ruff: noqa: E501  (one record a line)
"""Write ``patents.ttl``: a slice of European patent publications shaped as the EPO publishes them
in its Linked Open EP Data (https://data.epo.org/linked-data/, vocabulary
``http://data.epo.org/linked-data/def/patent/``).

The shape follows the EPO's linked data:

* publications ``patent:Publication`` at ``.../data/publication/EP/{number}/{kind}/-`` (the IRI
  ends in ``/-``), named by ``rdfs:label "EP 3456789 A1"``; ``patent:publicationNumber`` (a
  string with leading zeros), ``patent:publicationKind`` a code IRI (``publicationKind_A1``),
  ``patent:publicationAuthority`` an ST.3 code IRI, ``patent:publicationDate`` ``xsd:date``,
  ``patent:titleOfInvention`` in English (older records in CAPITALS, as filed), most also in
  German and French, ``dcterms:abstract``;
* ``patent:application`` -> ``patent:Application`` at ``.../id/application/EP/{number}``
  (``rdfs:label "EP 17812345"``, ``patent:applicationNumber``, ``patent:filingDate``,
  ``patent:filingLanguage``, ``patent:familyMemberOf`` a simple family
  ``.../data/simple-family/{id}`` that lists its members by ``patent:familyMember``);
* ``patent:priority`` -> the earlier national application claimed (``.../id/application/DE/...``,
  labelled and dated);
* ``patent:applicantVC``, ``patent:inventorVC``, ``patent:agentVC``: vCards written **per
  publication as blank nodes** (the same inventor on two publications is two nodes with the same
  ``vcard:fn``), the EPO's name style ``"MÜLLER, Hans"`` for people and the applicant as filed
  (``"VOLTARIS ENERGY GMBH"`` or mixed case), the address a nested blank node
  (``vcard:locality``, ``patent:countryCode``);
* ``patent:classificationIPCInventive``, ``patent:classificationCPCInventive``,
  ``patent:classificationCPCAdditional`` to IPC/CPC concepts (``.../def/ipc/H01M10-0525``,
  ``.../def/cpc/...``) published as SKOS: ``skos:notation "H01M 10/0525"``, ``skos:prefLabel``
  (sections, classes and subclasses in CAPITALS as in the scheme), ``skos:broader`` down five or
  more levels, ``skos:inScheme``;
* ``patent:citesPatentPublication`` to earlier publications (EP ones of the slice and US/WO/DE
  documents present only as labelled stubs) and ``patent:citationNPL`` literature strings.

Names are invented. Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/patents_make.py``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
LD = "http://data.epo.org/linked-data/"
PAT = Namespace(LD + "def/patent/")
IPC = Namespace(LD + "def/ipc/")
CPC = Namespace(LD + "def/cpc/")
ST3 = Namespace(LD + "id/st3/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")

# notation, title (the scheme's capitals for sections, classes, subclasses)
SCHEME = [
    ("A", "HUMAN NECESSITIES"),
    (
        "A47",
        "FURNITURE; DOMESTIC ARTICLES OR APPLIANCES; COFFEE MILLS; SPICE MILLS; SUCTION CLEANERS IN GENERAL",
    ),
    ("A47J", "KITCHEN EQUIPMENT; COFFEE MILLS; SPICE MILLS; APPARATUS FOR MAKING BEVERAGES"),
    ("A47J 31/00", "Apparatus for making beverages"),
    ("A47J 31/44", "Parts or details or accessories of beverage-making apparatus"),
    ("A47J 31/46", "Dispensing spouts, pumps, drain valves or like liquid transporting devices"),
    ("A47J 31/52", "Alarm-clock-controlled mechanisms for coffee- or tea-making apparatus"),
    ("A61", "MEDICAL OR VETERINARY SCIENCE; HYGIENE"),
    ("A61B", "DIAGNOSIS; SURGERY; IDENTIFICATION"),
    ("A61B 5/00", "Measuring for diagnostic purposes; Identification of persons"),
    ("A61B 5/024", "Detecting, measuring or recording pulse rate or heart rate"),
    (
        "A61B 5/145",
        "Measuring characteristics of blood in vivo, e.g. gas concentration or pH-value",
    ),
    ("A61K", "PREPARATIONS FOR MEDICAL, DENTAL OR TOILETRY PURPOSES"),
    ("A61K 9/00", "Medicinal preparations characterised by special physical form"),
    ("A61K 9/20", "Pills, tablets, discs, rods"),
    ("A61K 31/00", "Medicinal preparations containing organic active ingredients"),
    ("A61K 31/33", "Heterocyclic compounds"),
    ("A61K 31/395", "having nitrogen as a ring hetero atom, e.g. guanethidine or rifamycins"),
    ("A61K 31/4155", "1,2-Diazoles non condensed and containing further heterocyclic rings"),
    ("A61P", "SPECIFIC THERAPEUTIC ACTIVITY OF CHEMICAL COMPOUNDS OR MEDICINAL PREPARATIONS"),
    ("A61P 35/00", "Antineoplastic agents"),
    ("A61P 29/00", "Non-central analgesic, antipyretic or antiinflammatory agents"),
    ("B", "PERFORMING OPERATIONS; TRANSPORTING"),
    ("B29", "WORKING OF PLASTICS; WORKING OF SUBSTANCES IN A PLASTIC STATE IN GENERAL"),
    ("B29C", "SHAPING OR JOINING OF PLASTICS; SHAPING OF MATERIAL IN A PLASTIC STATE"),
    (
        "B29C 64/00",
        "Additive manufacturing, i.e. manufacturing of three-dimensional [3D] objects by additive deposition, additive agglomeration or additive layering",
    ),
    ("B29C 64/10", "Processes of additive manufacturing"),
    (
        "B29C 64/153",
        "using layers of powder being selectively joined, e.g. by selective laser sintering or melting",
    ),
    ("B33", "ADDITIVE MANUFACTURING TECHNOLOGY"),
    (
        "B33Y",
        "ADDITIVE MANUFACTURING, i.e. MANUFACTURING OF THREE-DIMENSIONAL [3-D] OBJECTS BY ADDITIVE DEPOSITION, ADDITIVE AGGLOMERATION OR ADDITIVE LAYERING, e.g. BY 3-D PRINTING, STEREOLITHOGRAPHY OR SELECTIVE LASER SINTERING",
    ),
    ("B33Y 10/00", "Processes of additive manufacturing"),
    ("B33Y 70/00", "Materials specially adapted for additive manufacturing"),
    ("B60", "VEHICLES IN GENERAL"),
    (
        "B60L",
        "PROPULSION OF ELECTRICALLY-PROPELLED VEHICLES; SUPPLYING ELECTRIC POWER FOR AUXILIARY EQUIPMENT OF ELECTRICALLY-PROPELLED VEHICLES",
    ),
    (
        "B60L 53/00",
        "Methods of charging batteries, specially adapted for electric vehicles; Charging stations or on-board charging equipment therefor",
    ),
    (
        "B60L 53/10",
        "characterised by the energy transfer between the charging station and the vehicle",
    ),
    (
        "B60L 53/16",
        "Connectors, e.g. plugs or sockets, specially adapted for charging electric vehicles",
    ),
    ("B60L 53/60", "Monitoring or controlling charging stations"),
    ("F", "MECHANICAL ENGINEERING; LIGHTING; HEATING; WEAPONS; BLASTING"),
    (
        "F03",
        "MACHINES OR ENGINES FOR LIQUIDS; WIND, SPRING, OR WEIGHT MOTORS; PRODUCING MECHANICAL POWER OR A REACTIVE PROPULSIVE THRUST, NOT OTHERWISE PROVIDED FOR",
    ),
    ("F03D", "WIND MOTORS"),
    (
        "F03D 1/00",
        "Wind motors with rotation axis substantially parallel to the air flow entering the rotor",
    ),
    ("F03D 1/06", "Rotors"),
    ("F03D 1/0675", "Rotors characterised by their construction elements of the blades"),
    ("F03D 7/00", "Controlling wind motors"),
    (
        "F03D 7/02",
        "the wind motors having rotation axis substantially parallel to the air flow entering the rotor",
    ),
    ("F03D 7/0224", "Adjusting blade pitch"),
    (
        "F03D 80/00",
        "Details, components or accessories not provided for in groups F03D 1/00 - F03D 17/00",
    ),
    ("F03D 80/40", "Ice detection; De-icing means"),
    ("G", "PHYSICS"),
    ("G06", "COMPUTING OR CALCULATING; COUNTING"),
    ("G06N", "COMPUTING ARRANGEMENTS BASED ON SPECIFIC COMPUTATIONAL MODELS"),
    ("G06N 3/00", "Computing arrangements based on biological models"),
    ("G06N 3/02", "Neural networks"),
    ("G06N 3/045", "Combinations of networks"),
    ("G06N 3/08", "Learning methods"),
    ("G06T", "IMAGE DATA PROCESSING OR GENERATION, IN GENERAL"),
    ("G06T 7/00", "Image analysis"),
    ("G06T 7/0002", "Inspection of images, e.g. flaw detection"),
    ("G06T 7/0012", "Biomedical image inspection"),
    ("H", "ELECTRICITY"),
    ("H01", "ELECTRIC ELEMENTS"),
    (
        "H01M",
        "PROCESSES OR MEANS, e.g. BATTERIES, FOR THE DIRECT CONVERSION OF CHEMICAL ENERGY INTO ELECTRICAL ENERGY",
    ),
    ("H01M 4/00", "Electrodes"),
    ("H01M 4/02", "Electrodes composed of, or comprising, active material"),
    (
        "H01M 4/13",
        "Electrodes for accumulators with non-aqueous electrolyte, e.g. for lithium-accumulators; Processes for the manufacture thereof",
    ),
    ("H01M 4/134", "Electrodes based on metals, Si or alloys"),
    (
        "H01M 4/62",
        "Selection of inactive substances as ingredients for active masses, e.g. binders, fillers",
    ),
    ("H01M 10/00", "Secondary cells; Manufacture thereof"),
    ("H01M 10/05", "Accumulators with non-aqueous electrolyte"),
    ("H01M 10/052", "Li-accumulators"),
    (
        "H01M 10/0525",
        "Rocking-chair batteries, i.e. batteries with lithium insertion or intercalation in both electrodes; Lithium-ion batteries",
    ),
    (
        "H01M 10/056",
        "Accumulators with non-aqueous electrolyte characterised by the materials used as electrolytes",
    ),
    ("H01M 10/0562", "Solid materials"),
    ("H01M 10/44", "Methods for charging or discharging"),
    ("H04", "ELECTRIC COMMUNICATION TECHNIQUE"),
    ("H04W", "WIRELESS COMMUNICATION NETWORKS"),
    (
        "H04W 4/00",
        "Services specially adapted for wireless communication networks; Facilities therefor",
    ),
    (
        "H04W 4/40",
        "Services specially adapted for wireless communication networks for vehicles, e.g. vehicle-to-pedestrians [V2P]",
    ),
    (
        "H04W 4/44",
        "for communication between vehicles and infrastructures, e.g. vehicle-to-cloud [V2C] or vehicle-to-home [V2H]",
    ),
    ("H04W 72/00", "Local resource management"),
    ("H04W 72/04", "Wireless resource allocation"),
    (
        "Y",
        "GENERAL TAGGING OF NEW TECHNOLOGICAL DEVELOPMENTS; GENERAL TAGGING OF CROSS-SECTIONAL TECHNOLOGIES SPANNING OVER SEVERAL SECTIONS OF THE IPC; TECHNICAL SUBJECTS COVERED BY FORMER USPC CROSS-REFERENCE ART COLLECTIONS [XRACs] AND DIGESTS",
    ),
    ("Y02", "TECHNOLOGIES OR APPLICATIONS FOR MITIGATION OR ADAPTATION AGAINST CLIMATE CHANGE"),
    (
        "Y02E",
        "REDUCTION OF GREENHOUSE GAS [GHG] EMISSIONS, RELATED TO ENERGY GENERATION, TRANSMISSION OR DISTRIBUTION",
    ),
    ("Y02E 10/00", "Energy generation through renewable energy sources"),
    ("Y02E 10/70", "Wind energy"),
    ("Y02E 10/72", "Wind turbines with rotation axis in wind direction"),
    (
        "Y02E 60/00",
        "Enabling technologies; Technologies with a potential or indirect contribution to GHG emissions mitigation",
    ),
    ("Y02E 60/10", "Energy storage using batteries"),
    ("Y02T", "CLIMATE CHANGE MITIGATION TECHNOLOGIES RELATED TO TRANSPORTATION"),
    ("Y02T 10/00", "Road transport of goods or passengers"),
    ("Y02T 10/70", "Energy storage systems for electromobility, e.g. batteries"),
    (
        "Y02T 90/00",
        "Enabling technologies or technologies with a potential or indirect contribution to greenhouse gas [GHG] emissions mitigation",
    ),
    ("Y02T 90/10", "Technologies relating to charging of electric vehicles"),
    ("Y02T 90/12", "Electric charging stations"),
]
PARENT_OVERRIDE = {  # subgroups whose parent is another subgroup, not the main group
    "A47J 31/46": "A47J 31/44",
    "A61B 5/024": "A61B 5/00",
    "A61K 9/20": "A61K 9/00",
    "A61K 31/395": "A61K 31/33",
    "A61K 31/4155": "A61K 31/395",
    "B29C 64/153": "B29C 64/10",
    "B60L 53/16": "B60L 53/10",
    "F03D 1/0675": "F03D 1/06",
    "F03D 7/0224": "F03D 7/02",
    "G06N 3/045": "G06N 3/02",
    "G06N 3/08": "G06N 3/02",
    "G06T 7/0012": "G06T 7/0002",
    "H01M 4/13": "H01M 4/02",
    "H01M 4/134": "H01M 4/13",
    "H01M 10/052": "H01M 10/05",
    "H01M 10/0525": "H01M 10/052",
    "H01M 10/0562": "H01M 10/056",
    "H01M 10/056": "H01M 10/05",
    "H04W 4/44": "H04W 4/40",
    "H04W 72/04": "H04W 72/00",
    "Y02E 10/72": "Y02E 10/70",
    "Y02T 90/12": "Y02T 90/10",
}
IPC_SUBCLASSES = (
    "A47J",
    "A61B",
    "A61K",
    "A61P",
    "B29C",
    "B33Y",
    "B60L",
    "F03D",
    "G06N",
    "G06T",
    "H01M",
    "H04W",
)

# topic: (IPC inventive candidates, CPC inventive candidates, CPC additional (Y tags), titles)
TOPICS: dict[
    str, tuple[list[str], list[str], list[str], list[tuple[str, str | None, str | None]]]
] = {
    "battery": (
        ["H01M 10/0525", "H01M 4/134", "H01M 10/0562", "H01M 4/62"],
        ["H01M 10/0525", "H01M 4/134", "H01M 10/0562", "H01M 4/62", "H01M 10/052"],
        ["Y02E 60/10", "Y02T 10/70"],
        [
            (
                "Solid electrolyte for an all-solid-state lithium battery",
                "Festelektrolyt für eine Festkörper-Lithiumbatterie",
                "Électrolyte solide pour batterie au lithium tout solide",
            ),
            (
                "Silicon-carbon composite anode and method for producing the same",
                "Silizium-Kohlenstoff-Verbundanode und Verfahren zu deren Herstellung",
                "Anode composite silicium-carbone et son procédé de production",
            ),
            (
                "Binder composition for lithium-ion battery electrodes",
                "Bindemittelzusammensetzung für Lithium-Ionen-Batterieelektroden",
                None,
            ),
            ("Sulfide solid electrolyte with improved moisture resistance", None, None),
            (
                "Cathode active material having a coated nickel-rich core",
                "Kathodenaktivmaterial mit beschichtetem nickelreichem Kern",
                "Matériau actif de cathode ayant un noyau riche en nickel revêtu",
            ),
            ("Electrolyte additive for suppressing lithium dendrite growth", None, None),
            (
                "Pouch cell with integrated cooling channel",
                "Pouchzelle mit integriertem Kühlkanal",
                None,
            ),
            ("Prelithiation method for silicon anodes", None, None),
            ("Current collector foil with a perforated pattern", None, None),
            (
                "Separator having a ceramic coating layer",
                "Separator mit keramischer Beschichtung",
                "Séparateur comportant une couche de revêtement céramique",
            ),
            ("Battery module with thermal runaway barrier", None, None),
            ("Dry electrode process for lithium-ion cells", None, None),
        ],
    ),
    "wind": (
        ["F03D 1/0675", "F03D 7/0224", "F03D 80/40"],
        ["F03D 1/0675", "F03D 7/0224", "F03D 80/40", "F03D 7/02"],
        ["Y02E 10/72", "Y02E 10/70"],
        [
            (
                "Wind turbine blade with a serrated trailing edge",
                "Windturbinenschaufel mit gezackter Hinterkante",
                "Pale d'éolienne à bord de fuite dentelé",
            ),
            (
                "Method for controlling the pitch of a wind turbine rotor blade",
                "Verfahren zur Steuerung des Pitchwinkels eines Rotorblatts",
                None,
            ),
            (
                "De-icing system for a wind turbine rotor",
                "Enteisungssystem für einen Windturbinenrotor",
                "Système de dégivrage pour rotor d'éolienne",
            ),
            ("Spar cap made of pultruded carbon fibre elements", None, None),
            ("Individual pitch control for reducing blade loads", None, None),
            ("Lightning protection system for a segmented blade", None, None),
            ("Ice detection by vibration analysis of a rotor blade", None, None),
            ("Root insert for a wind turbine blade", None, None),
            ("Floating offshore wind turbine with yaw-controlled platform", None, None),
            ("Leading edge protection shell for a rotor blade", None, None),
        ],
    ),
    "ev": (
        ["B60L 53/16", "B60L 53/60", "B60L 53/10"],
        ["B60L 53/16", "B60L 53/60", "B60L 53/10"],
        ["Y02T 90/12", "Y02T 10/70"],
        [
            (
                "Charging connector with liquid-cooled contacts",
                "Ladestecker mit flüssigkeitsgekühlten Kontakten",
                "Connecteur de charge à contacts refroidis par liquide",
            ),
            (
                "Method for load management of a charging park",
                "Verfahren zum Lastmanagement eines Ladeparks",
                None,
            ),
            ("Bidirectional wallbox for vehicle-to-grid operation", None, None),
            (
                "Charging robot for automatically plugging in an electric vehicle",
                "Laderoboter zum automatischen Einstecken eines Elektrofahrzeugs",
                None,
            ),
            ("Locking actuator for a charging socket", None, None),
            ("Inductive charging pad with foreign object detection", None, None),
            ("Authentication of a vehicle at a charging station using plug and charge", None, None),
            ("Pantograph for charging electric buses at depots", None, None),
        ],
    ),
    "ml": (
        ["G06N 3/08", "G06N 3/045", "G06T 7/0012"],
        ["G06N 3/08", "G06N 3/045", "G06T 7/0012", "G06T 7/0002"],
        [],
        [
            (
                "Method for training a neural network with sparse labels",
                "Verfahren zum Trainieren eines neuronalen Netzes mit spärlichen Labels",
                "Procédé d'apprentissage d'un réseau neuronal avec des étiquettes éparses",
            ),
            (
                "Detection of surface defects in welded seams using a convolutional network",
                None,
                None,
            ),
            ("Federated learning across hospital image archives", None, None),
            (
                "Segmentation of tumour regions in computed tomography images",
                "Segmentierung von Tumorregionen in Computertomographiebildern",
                None,
            ),
            ("Knowledge distillation for embedded inference devices", None, None),
            ("Anomaly detection in machine sensor data with an autoencoder", None, None),
            ("Quantisation-aware training of a transformer model", None, None),
            ("Explainable classification of retinal scans", None, None),
            ("Generating synthetic training images for optical inspection", None, None),
        ],
    ),
    "v2x": (
        ["H04W 4/44", "H04W 72/04"],
        ["H04W 4/44", "H04W 72/04", "H04W 4/40"],
        [],
        [
            (
                "Resource allocation for sidelink communication between vehicles",
                "Ressourcenzuweisung für Sidelink-Kommunikation zwischen Fahrzeugen",
                "Allocation de ressources pour communication en liaison latérale entre véhicules",
            ),
            ("Transmission of cooperative awareness messages via a roadside unit", None, None),
            ("Platooning control using vehicle-to-vehicle radio", None, None),
            ("Method for predicting link quality of a cellular V2X channel", None, None),
            ("Over-the-air update of a vehicle control unit over a cellular network", None, None),
            ("Collision warning for vulnerable road users via a mobile network", None, None),
        ],
    ),
    "pharma": (
        ["A61K 31/4155", "A61K 9/20", "A61P 35/00"],
        ["A61K 31/4155", "A61K 9/20", "A61P 35/00", "A61P 29/00"],
        [],
        [
            (
                "Pyrazole derivatives as kinase inhibitors",
                "Pyrazolderivate als Kinaseinhibitoren",
                "Dérivés de pyrazole en tant qu'inhibiteurs de kinase",
            ),
            (
                "Orally disintegrating tablet comprising a bitter active ingredient",
                "Schmelztablette mit einem bitteren Wirkstoff",
                None,
            ),
            ("Crystalline form of a tyrosine kinase inhibitor", None, None),
            ("Combination therapy for the treatment of triple-negative breast cancer", None, None),
            ("Sustained-release formulation of an anti-inflammatory agent", None, None),
            ("Heterocyclic compounds for treating chronic pain", None, None),
            ("Process for preparing a pyrazolopyrimidine intermediate", None, None),
        ],
    ),
    "coffee": (
        ["A47J 31/46", "A47J 31/44", "A47J 31/52"],
        ["A47J 31/46", "A47J 31/44", "A47J 31/52"],
        [],
        [
            (
                "Milk frothing device with a self-cleaning steam wand",
                "Milchaufschäumvorrichtung mit selbstreinigender Dampflanze",
                "Dispositif de moussage du lait avec buse vapeur autonettoyante",
            ),
            (
                "Coffee machine with a capsule recognition system",
                "Kaffeemaschine mit Kapselerkennungssystem",
                None,
            ),
            ("Brewing unit for a fully automatic espresso machine", None, None),
            ("Descaling method for a beverage preparation machine", None, None),
            ("Water tank with a removable filter cartridge", None, None),
        ],
    ),
    "printing": (
        ["B29C 64/153", "B33Y 10/00", "B33Y 70/00"],
        ["B29C 64/153", "B33Y 10/00", "B33Y 70/00"],
        [],
        [
            (
                "Powder bed fusion apparatus with multiple laser scanners",
                "Pulverbettschmelzvorrichtung mit mehreren Laserscannern",
                "Appareil de fusion sur lit de poudre à plusieurs scanners laser",
            ),
            ("Recoater blade for an additive manufacturing machine", None, None),
            (
                "Polyamide powder for selective laser sintering",
                "Polyamidpulver für das selektive Lasersintern",
                None,
            ),
            ("Method for monitoring melt pool temperature during printing", None, None),
            ("Support structure removable by dissolution", None, None),
        ],
    ),
    "wearable": (
        ["A61B 5/024", "A61B 5/145"],
        ["A61B 5/024", "A61B 5/145"],
        [],
        [
            (
                "Wrist-worn device for optical heart rate measurement",
                "Am Handgelenk getragenes Gerät zur optischen Herzfrequenzmessung",
                "Dispositif porté au poignet pour la mesure optique de la fréquence cardiaque",
            ),
            ("Non-invasive glucose sensor using mid-infrared light", None, None),
            ("Patch for continuous blood oxygen monitoring", None, None),
            ("Earbud with an integrated photoplethysmography sensor", None, None),
        ],
    ),
}

# applicant (as filed), locality, country code, topics
APPLICANTS = [
    ("VOLTARIS ENERGY GMBH", "Ulm", "DE", ["battery", "ev"]),
    ("Nordkraft Cells AB", "Västerås", "SE", ["battery"]),
    ("HELIONIX BATTERY TECHNOLOGIES CO., LTD.", "Ningde", "CN", ["battery"]),
    ("Kuroshio Denki Kabushiki Kaisha", "Osaka", "JP", ["battery", "wearable"]),
    ("Brisewind A/S", "Aarhus", "DK", ["wind"]),
    ("AEROVANE WIND SYSTEMS S.L.", "Pamplona", "ES", ["wind"]),
    ("Windmark Rotor Technology GmbH", "Bremen", "DE", ["wind"]),
    ("LADEWERK AG", "Stuttgart", "DE", ["ev"]),
    ("Chargeline SAS", "Lyon", "FR", ["ev", "v2x"]),
    ("Synaptec Vision B.V.", "Eindhoven", "NL", ["ml"]),
    ("MEDISCAN IMAGING OY", "Oulu", "FI", ["ml", "wearable"]),
    ("Carrowmore Analytics Limited", "Cork", "IE", ["ml"]),
    ("Telvaro Networks AB", "Kista", "SE", ["v2x"]),
    ("STRADA MOBILITY S.P.A.", "Torino", "IT", ["v2x", "ev"]),
    ("Pharmalpina AG", "Basel", "CH", ["pharma"]),
    ("LABORATOIRES VERMEIL", "Lyon", "FR", ["pharma"]),
    ("Kestrel Therapeutics, Inc.", "Cambridge, MA", "US", ["pharma"]),
    ("Cafetto Macchine S.r.l.", "Bologna", "IT", ["coffee"]),
    ("BRÜHMEISTER HAUSGERÄTE GMBH", "Nürnberg", "DE", ["coffee"]),
    ("Sinterion Additive GmbH", "Krailling", "DE", ["printing"]),
    ("PRINTFORGE 3D LTD", "Sheffield", "GB", ["printing"]),
    ("Pulsewise Health Inc.", "San Jose, CA", "US", ["wearable"]),
    ("Universität Hohenfels", "Hohenfels", "DE", ["ml", "battery"]),
]

FIRST = {
    "DE": ["Hans", "Katrin", "Jürgen", "Sabine", "Matthias", "Anja", "Tobias", "Ulrike"],
    "SE": ["Lars", "Ingrid", "Johan", "Maja"],
    "CN": ["Wei", "Xiaoling", "Jianguo", "Mei"],
    "JP": ["Haruto", "Yuki", "Kenji", "Aiko"],
    "DK": ["Søren", "Mette", "Rasmus"],
    "ES": ["Javier", "Lucía", "Iñigo"],
    "FR": ["Camille", "Étienne", "Sophie", "Luc"],
    "NL": ["Pieter", "Femke", "Joost"],
    "FI": ["Mikko", "Aino", "Juha"],
    "IE": ["Siobhán", "Ciarán", "Niamh"],
    "IT": ["Giulia", "Marco", "Francesca", "Lorenzo"],
    "CH": ["Reto", "Corinne", "Beat"],
    "US": ["Emily", "Jacob", "Priya", "Daniel"],
    "GB": ["Oliver", "Harriet", "Callum"],
}
LAST = {
    "DE": [
        "Müller",
        "Weißenborn",
        "Krüger",
        "Hoffmann",
        "Lindqvist-Baer",
        "Schäfer",
        "Brandt",
        "Vogelsang",
    ],
    "SE": ["Lindqvist", "Bergström", "Åkesson", "Nyberg"],
    "CN": ["Zhang", "Liu", "Chen", "Huang"],
    "JP": ["Tanaka", "Watanabe", "Kobayashi", "Morita"],
    "DK": ["Kjærgaard", "Mortensen", "Holm"],
    "ES": ["Etxeberria", "Ruiz García", "Olaizola"],
    "FR": ["Dubois", "Lefèvre", "Martin-Roux", "Garnier"],
    "NL": ["van der Berg", "Visser", "de Jong"],
    "FI": ["Virtanen", "Mäkinen", "Korhonen"],
    "IE": ["O'Sullivan", "Ní Bhriain", "Fitzgerald"],
    "IT": ["Bianchi", "Ferraro", "Esposito", "Galli"],
    "CH": ["Käser", "Zbinden", "Aebischer"],
    "US": ["Whitfield", "Ramanathan", "Okafor", "Brennan"],
    "GB": ["Ashworth", "Pemberton", "Hale"],
}
AGENTS = [
    ("Grünecker Patent- und Rechtsanwälte PartG mbB", "München", "DE"),
    ("Cabinet Beauvallon", "Paris", "FR"),
    ("Marks & Calder LLP", "London", "GB"),
    ("Zacco Denmark A/S", "Copenhagen", "DK"),
    ("Studio Torta S.p.A.", "Milano", "IT"),
]
PRIORITY_OFFICES = {
    "DE": "DE",
    "SE": "SE",
    "CN": "CN",
    "JP": "JP",
    "DK": "DK",
    "ES": "ES",
    "FR": "FR",
    "NL": "NL",
    "FI": "FI",
    "IE": "GB",
    "IT": "IT",
    "CH": "CH",
    "US": "US",
    "GB": "GB",
}
NPL = [
    "SMITH J. ET AL: 'Interfacial stability of sulfide electrolytes', JOURNAL OF POWER SOURCES, vol. 412, 2019, pages 78-86",
    "KOVACS P.: 'Aeroelastic tailoring of large rotor blades', WIND ENERGY, vol. 22, no. 5, 2018",
    "'ISO 15118-20: Road vehicles - Vehicle to grid communication interface', 2022",
    "HE K. ET AL: 'Deep Residual Learning for Image Recognition', 2016 IEEE CVPR, pages 770-778",
    "3GPP TS 23.287 V16.4.0, 'Architecture enhancements for 5G System (5GS) to support V2X services', 2020",
    "LEE S.: 'Photoplethysmography at the ear canal', BIOMEDICAL SIGNAL PROCESSING, vol. 40, 2018",
]
STUB_CITES = [
    ("US", "2015318531", "A1"),
    ("US", "9876543", "B2"),
    ("US", "10543210", "B1"),
    ("WO", "2016123456", "A1"),
    ("WO", "2018067890", "A2"),
    ("DE", "102014211456", "A1"),
    ("JP", "2017123456", "A"),
    ("CN", "108123456", "A"),
    ("US", "8765432", "B1"),
    ("WO", "2019001122", "A1"),
    ("DE", "202016105432", "U1"),
    ("US", "2012045678", "A1"),
]
KIND_NAMES = {
    "A1": "European patent application published with European search report",
    "A2": "European patent application published without European search report",
    "A3": "Publication of the European search report",
    "B1": "European patent specification",
}


def iri_code(notation: str) -> str:
    return notation.replace(" ", "").replace("/", "-")


def parent_of(notation: str) -> str | None:
    if notation in PARENT_OVERRIDE:
        return PARENT_OVERRIDE[notation]
    if " " in notation:
        sub, group = notation.split(" ")
        main = group.split("/")[0] + "/00"
        return sub if group.endswith("/00") or group == main else f"{sub} {main}"
    return {1: None, 3: notation[0], 4: notation[:3]}[len(notation)]


def scheme(g: Graph) -> None:
    titles = dict(SCHEME)
    for ns, name, pick in ((CPC, "cpc", None), (IPC, "ipc", IPC_SUBCLASSES)):
        root = URIRef(LD + f"def/{name}/")
        g.add((root, RDF.type, SKOS.ConceptScheme))
        g.add(
            (
                root,
                RDFS.label,
                Literal(
                    "Cooperative Patent Classification"
                    if name == "cpc"
                    else "International Patent Classification",
                    lang="en",
                ),
            )
        )
        for notation, title in SCHEME:
            if pick and notation.startswith("Y"):
                continue  # the Y section is CPC-only
            c = ns[iri_code(notation)]
            g.add((c, RDF.type, SKOS.Concept))
            g.add((c, SKOS.notation, Literal(notation)))
            g.add((c, SKOS.prefLabel, Literal(title, lang="en")))
            g.add((c, SKOS.inScheme, root))
            parent = parent_of(notation)
            if parent is None:
                g.add((c, SKOS.topConceptOf, root))
            else:
                assert parent in titles, (notation, parent)
                g.add((c, SKOS.broader, ns[iri_code(parent)]))


_BLANKS = iter(range(10**9))  # blank node ids in order made: the same file on every run


def vcard(g: Graph, kind: URIRef, fn: str, locality: str, cc: str) -> BNode:
    v, adr = BNode(f"v{next(_BLANKS)}"), BNode(f"v{next(_BLANKS)}")
    g.add((v, RDF.type, kind))
    g.add((v, VCARD.fn, Literal(fn)))
    g.add((v, VCARD.hasAddress, adr))
    g.add((adr, RDF.type, VCARD.Address))
    g.add((adr, VCARD.locality, Literal(locality)))
    g.add((adr, PAT.countryCode, Literal(cc)))
    return v


def main() -> None:
    rnd = random.Random(3206)
    g = Graph()
    for prefix, ns in (
        ("patent", PAT),
        ("ipc", IPC),
        ("cpc", CPC),
        ("st3", ST3),
        ("vcard", VCARD),
        ("skos", SKOS),
        ("dcterms", DCTERMS),
    ):
        g.bind(prefix, ns)
    scheme(g)
    for code, label in (
        ("EP", "European Patent Office"),
        ("US", "United States of America"),
        ("WO", "World Intellectual Property Organization"),
        ("DE", "Germany"),
        ("JP", "Japan"),
        ("CN", "China"),
    ):
        g.add((ST3[code], RDFS.label, Literal(label, lang="en")))
        g.add((ST3[code], SKOS.notation, Literal(code)))
    for kind, label in KIND_NAMES.items():
        k = PAT[f"publicationKind_{kind}"]
        g.add((k, RDF.type, PAT.PublicationKind))
        g.add((k, SKOS.notation, Literal(kind)))
        g.add((k, RDFS.label, Literal(label, lang="en")))

    # inventors: a fixed pool per applicant (the same people file again and again)
    staff: dict[str, list[tuple[str, str]]] = {}
    used: set[str] = set()
    for name, loc, cc, _ in APPLICANTS:
        people = []
        while len(people) < 4:
            first, last = rnd.choice(FIRST[cc]), rnd.choice(LAST[cc])
            if f"{first} {last}" in used:
                continue
            used.add(f"{first} {last}")
            people.append((f"{last.upper()}, {first}", loc))
        staff[name] = people

    titles_left = {t: list(v[3]) for t, v in TOPICS.items()}
    apps: list[dict] = []
    pub_no = 3012345
    app_no = 16800000
    day0 = date(2015, 1, 8)
    for i in range(120):
        name, loc, cc, topics = APPLICANTS[i % len(APPLICANTS)]
        avail = [t for t in topics if titles_left[t]]
        if not avail:
            continue
        topic = rnd.choice(avail)
        title = titles_left[topic].pop(0)
        filing = day0 + timedelta(days=rnd.randrange(0, 6 * 365))
        app_no += rnd.randrange(1200, 9000)
        apps.append(
            {
                "applicant": (name, loc, cc),
                "topic": topic,
                "title": title,
                "filing": filing,
                "number": f"{filing.year % 100:02d}{app_no % 1000000:06d}",
            }
        )
    apps.sort(key=lambda a: a["filing"])
    published: list[tuple[URIRef, date, str]] = []  # (publication, date, topic) for citations
    for n, a in enumerate(apps):
        name, loc, cc = a["applicant"]
        ipc_c, cpc_c, y_c, _ = TOPICS[a["topic"]]
        app = URIRef(LD + f"id/application/EP/{a['number']}")
        g.add((app, RDF.type, PAT.Application))
        g.add((app, RDFS.label, Literal(f"EP {a['number']}")))
        g.add((app, PAT.applicationNumber, Literal(a["number"])))
        g.add((app, PAT.applicationAuthority, ST3.EP))
        g.add((app, PAT.filingDate, Literal(a["filing"].isoformat(), datatype=XSD.date)))
        g.add(
            (app, PAT.filingLanguage, Literal({"DE": "de", "CH": "de", "FR": "fr"}.get(cc, "en")))
        )
        fam = URIRef(LD + f"data/simple-family/{54100000 + n * 37 + rnd.randrange(30)}")
        g.add((fam, RDF.type, PAT.SimpleFamily))
        g.add((app, PAT.familyMemberOf, fam))
        g.add((fam, PAT.familyMember, app))
        # the national first filing, claimed as priority (most applications)
        prios = []
        if rnd.random() < 0.8:
            office = PRIORITY_OFFICES[cc]
            pdate = a["filing"] - timedelta(days=rnd.randrange(150, 364))
            pnum = {
                "DE": f"10{pdate.year}{rnd.randrange(100000, 999999)}",
                "US": f"{rnd.randrange(62, 64)}/{rnd.randrange(100000, 999999)}",
            }.get(office, f"{pdate.year}{rnd.randrange(10000, 99999)}")
            prio = URIRef(LD + f"id/application/{office}/{pnum.replace('/', '')}")
            g.add((prio, RDF.type, PAT.Application))
            g.add((prio, RDFS.label, Literal(f"{office} {pnum}")))
            g.add((prio, PAT.applicationNumber, Literal(pnum)))
            g.add((prio, PAT.applicationAuthority, ST3[office]))
            g.add((prio, PAT.filingDate, Literal(pdate.isoformat(), datatype=XSD.date)))
            g.add((prio, PAT.familyMemberOf, fam))
            g.add((fam, PAT.familyMember, prio))
            prios.append(prio)
        inventors = rnd.sample(staff[name], rnd.choice([1, 2, 2, 3, 3, 4]))
        co_applicant = None
        if rnd.random() < 0.12:
            co_applicant = APPLICANTS[-1] if name != APPLICANTS[-1][0] else APPLICANTS[0]
        agent = rnd.choice(AGENTS)
        ipcs = rnd.sample(ipc_c, min(len(ipc_c), rnd.choice([1, 1, 2])))
        cpcs = sorted(set(ipcs) | set(rnd.sample(cpc_c, rnd.choice([1, 2]))))
        ys = rnd.sample(y_c, min(len(y_c), rnd.choice([0, 1, 1, 2])))
        en, de, fr = a["title"]
        upper = a["filing"].year < 2018  # older records carry the title in capitals, as filed
        a1_date = a["filing"] + timedelta(days=rnd.randrange(540, 560))
        a1_date += timedelta(
            days=(2 - a1_date.weekday()) % 7
        )  # EP publications come out on Wednesdays
        kinds = [("A1", a1_date)]
        if rnd.random() < 0.55:
            b1 = a1_date + timedelta(days=rnd.randrange(500, 1300))
            b1 += timedelta(days=(2 - b1.weekday()) % 7)
            kinds.append(("B1", b1))
        for kind, pdate in kinds:
            number = f"{pub_no:07d}" if kind == "A1" else None
            if kind == "A1":
                a["pub_no"] = number
                pub_no += rnd.randrange(200, 3000)
            number = a["pub_no"]
            pub = URIRef(LD + f"data/publication/EP/{number}/{kind}/-")
            g.add((pub, RDF.type, PAT.Publication))
            g.add((pub, RDFS.label, Literal(f"EP {number} {kind}")))
            g.add((pub, PAT.publicationAuthority, ST3.EP))
            g.add((pub, PAT.publicationNumber, Literal(number)))
            g.add((pub, PAT.publicationKind, PAT[f"publicationKind_{kind}"]))
            g.add((pub, PAT.publicationDate, Literal(pdate.isoformat(), datatype=XSD.date)))
            g.add((pub, PAT.titleOfInvention, Literal(en.upper() if upper else en, lang="en")))
            if de:
                g.add((pub, PAT.titleOfInvention, Literal(de.upper() if upper else de, lang="de")))
            if fr:
                g.add((pub, PAT.titleOfInvention, Literal(fr.upper() if upper else fr, lang="fr")))
            if kind == "A1":
                g.add(
                    (
                        pub,
                        DCTERMS.abstract,
                        Literal(
                            f"The invention relates to {en[0].lower() + en[1:]}. {rnd.choice(['It improves reliability and lowers cost.', 'A method and a system are disclosed.', 'The arrangement reduces wear and energy use.'])}",
                            lang="en",
                        ),
                    )
                )
            g.add((pub, PAT.application, app))
            g.add((app, PAT.publication, pub))
            for prio in prios:
                g.add((pub, PAT.priority, prio))
            g.add((pub, PAT.applicantVC, vcard(g, VCARD.Organization, name, loc, cc)))
            if co_applicant:
                g.add(
                    (
                        pub,
                        PAT.applicantVC,
                        vcard(
                            g, VCARD.Organization, co_applicant[0], co_applicant[1], co_applicant[2]
                        ),
                    )
                )
            for person, ploc in inventors:
                g.add((pub, PAT.inventorVC, vcard(g, VCARD.Individual, person, ploc, cc)))
            g.add((pub, PAT.agentVC, vcard(g, VCARD.Organization, *agent)))
            for c in ipcs:
                g.add((pub, PAT.classificationIPCInventive, IPC[iri_code(c)]))
            for c in cpcs:
                g.add((pub, PAT.classificationCPCInventive, CPC[iri_code(c)]))
            for c in ys:
                g.add((pub, PAT.classificationCPCAdditional, CPC[iri_code(c)]))
            if kind == "A1":
                earlier = [p for p, d, t in published if t == a["topic"] and d < pdate]
                cites = rnd.sample(earlier, min(len(earlier), rnd.choice([0, 1, 1, 2, 3])))
                cites += [rnd.choice(STUB_CITES) for _ in range(rnd.choice([0, 1, 1, 2]))]
                a["cites"] = cites
                if rnd.random() < 0.2:
                    a["npl"] = rnd.choice(NPL)
            for c in a["cites"]:
                if isinstance(c, tuple):
                    office, num, k = c
                    c = URIRef(LD + f"data/publication/{office}/{num}/{k}/-")
                    g.add((c, RDF.type, PAT.Publication))
                    g.add((c, RDFS.label, Literal(f"{office} {num} {k}")))
                    g.add((c, PAT.publicationNumber, Literal(num)))
                    g.add((c, PAT.publicationAuthority, ST3[office]))
                g.add((pub, PAT.citesPatentPublication, c))
            if a.get("npl"):
                g.add((pub, PAT.citationNPL, Literal(a["npl"])))
            published.append((pub, pdate, a["topic"]))
    out = HERE / "patents.ttl"
    g.serialize(out, format="turtle")
    print(out, len(g), "triples,", len(apps), "applications")


if __name__ == "__main__":
    main()
