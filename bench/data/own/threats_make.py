# ruff: noqa: E501  (one record a line)
"""Write ``threats.ttl``: a cyber-threat-intelligence team's knowledge base as its platform
exports it in Turtle, over the domain's published vocabularies: MITRE D3FEND's OWL ontology
(``d3f:``, with its ATT&CK technique classes), STIX 2.1 terms as an RDF export writes them
(``stix:``), SKOS for the sector taxonomy, Dublin Core terms and PROV for the reports,
schema.org and FOAF for the reporting organisations, and the team's own ``cti:`` terms.

The shape follows what such an export holds:

* ATT&CK tactics as ``d3f:OffensiveTactic`` individuals (``rdfs:label``, ``d3f:attack-id``
  "TA0002"); techniques as OWL classes in D3FEND's manner (``d3f:T1059`` a ``owl:Class``,
  ``rdfs:subClassOf d3f:OffensiveTechnique``; a sub-technique ``rdfs:subClassOf`` its parent
  technique), labelled, with ``d3f:attack-id`` "T1059.001" and a ``d3f:definition`` on some;
  the tactic a technique serves by a plain ``d3f:enables`` on most, **by an
  ``owl:Restriction`` (``owl:onProperty d3f:enables``, ``owl:someValuesFrom``) on others**;
* D3FEND defensive techniques (``d3f:ProcessSpawnAnalysis``) under their families
  (``d3f:ProcessAnalysis`` under ``d3f:DefensiveTechnique``), with ``d3f:d3fend-id``,
  ``d3f:definition``, the defensive tactic by ``d3f:enables``, and **what they counter by
  ``d3f:counters`` on the defence, or by the declared inverse ``d3f:countered-by`` on the
  attack technique**;
* ATT&CK mitigations as ``stix:CourseOfAction`` (``stix:name``, an external reference
  "M1032"), linked to techniques by STIX ``mitigates`` relationship objects or by a plain
  ``cti:mitigates``;
* adversary groups as ``stix:IntrusionSet`` with ``stix:name``, ``stix:aliases`` (several
  literals) on some and ``skos:altLabel`` on others, names in Korean, Chinese and Russian,
  their ATT&CK id ("G0016") **inside a blank ``stix:external_references`` node**
  (``stix:source_name`` "mitre-attack", ``stix:external_id``, ``stix:url``),
  ``stix:first_seen`` (``xsd:dateTime``), ``stix:primary_motivation``, the country they are
  attributed to (``cti:attributedTo`` a ``stix:Location``), targeted sectors and countries;
* software as ``stix:Malware`` / ``stix:Tool`` (``stix:name``, ``stix:x_mitre_aliases``,
  ``stix:malware_types``, ``stix:is_family`` boolean), used by groups by STIX ``uses``
  relationship objects; the techniques some software implements by ``cti:implements``;
* campaigns (``stix:Campaign``) with ``stix:first_seen`` / ``stix:last_seen`` (``xsd:date``),
  ``stix:objective``, attributed to a group by a STIX ``attributed-to`` relationship or a
  plain ``cti:attributedTo``, targeted sectors (``cti:targetsSector``) and countries;
* procedure examples, n-ary: **STIX ``uses`` relationship objects at IRIs** (``stix:source_ref``
  the group, ``stix:target_ref`` the technique, ``cti:campaign``, ``cti:observedOn``
  ``xsd:date``, ``prov:wasDerivedFrom`` the report) for most, **blank ``cti:Procedure`` nodes
  hung off the group by ``cti:procedure``** for one team's older entries;
* reports (``stix:Report`` and ``prov:Entity``) with ``dcterms:title``, ``dcterms:issued``,
  ``dcterms:identifier``, ``prov:wasAttributedTo`` an organisation, ``stix:object_refs`` what
  they cover; organisations as ``schema:Organization`` (``schema:name``,
  ``schema:alternateName``, ``schema:location``) or ``foaf:Organization`` (``foaf:name``);
* sectors as a SKOS scheme (``skos:prefLabel`` in English and French, ``skos:altLabel``,
  ``skos:broader``); countries as ``stix:Location`` with ``stix:country`` codes, some unnamed
  in English.

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/threats_make.py``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
BASE = "https://cti.example.net/"
D3F = Namespace("http://d3fend.mitre.org/ontologies/d3fend.owl#")
STIX = Namespace("http://docs.oasis-open.org/ns/cti/stix#")
CTI = Namespace(BASE + "ns#")
KB = Namespace(BASE + "kb/")
S = Namespace("https://schema.org/")

TACTICS = {
    "TA0043": "Reconnaissance",
    "TA0042": "Resource Development",
    "TA0001": "Initial Access",
    "TA0002": "Execution",
    "TA0003": "Persistence",
    "TA0004": "Privilege Escalation",
    "TA0005": "Defense Evasion",
    "TA0006": "Credential Access",
    "TA0007": "Discovery",
    "TA0008": "Lateral Movement",
    "TA0009": "Collection",
    "TA0011": "Command and Control",
    "TA0010": "Exfiltration",
    "TA0040": "Impact",
}

# id: (name, tactics, definition or None); a sub-technique's parent is its id before the dot
TECHNIQUES = {
    "T1595": (
        "Active Scanning",
        ["TA0043"],
        "Adversaries may execute active reconnaissance scans to gather information that can be used during targeting.",
    ),
    "T1583": ("Acquire Infrastructure", ["TA0042"], None),
    "T1583.001": (
        "Domains",
        ["TA0042"],
        "Adversaries may acquire domains that can be used during targeting.",
    ),
    "T1566": (
        "Phishing",
        ["TA0001"],
        "Adversaries may send phishing messages to gain access to victim systems.",
    ),
    "T1566.001": (
        "Spearphishing Attachment",
        ["TA0001"],
        "Adversaries may send spearphishing emails with a malicious attachment in an attempt to gain access to victim systems.",
    ),
    "T1566.002": (
        "Spearphishing Link",
        ["TA0001"],
        "Adversaries may send spearphishing emails with a malicious link in an attempt to gain access to victim systems.",
    ),
    "T1190": (
        "Exploit Public-Facing Application",
        ["TA0001"],
        "Adversaries may attempt to exploit a weakness in an Internet-facing host or system to initially access a network.",
    ),
    "T1133": ("External Remote Services", ["TA0001", "TA0003"], None),
    "T1195": (
        "Supply Chain Compromise",
        ["TA0001"],
        "Adversaries may manipulate products or product delivery mechanisms prior to receipt by a final consumer.",
    ),
    "T1195.002": (
        "Compromise Software Supply Chain",
        ["TA0001"],
        "Adversaries may manipulate application software prior to receipt by a final consumer.",
    ),
    "T1059": (
        "Command and Scripting Interpreter",
        ["TA0002"],
        "Adversaries may abuse command and script interpreters to execute commands, scripts, or binaries.",
    ),
    "T1059.001": (
        "PowerShell",
        ["TA0002"],
        "Adversaries may abuse PowerShell commands and scripts for execution.",
    ),
    "T1059.003": ("Windows Command Shell", ["TA0002"], None),
    "T1059.005": (
        "Visual Basic",
        ["TA0002"],
        "Adversaries may abuse Visual Basic (VB) for execution.",
    ),
    "T1059.007": ("JavaScript", ["TA0002"], None),
    "T1204": ("User Execution", ["TA0002"], None),
    "T1204.002": (
        "Malicious File",
        ["TA0002"],
        "An adversary may rely upon a user opening a malicious file in order to gain execution.",
    ),
    "T1053": ("Scheduled Task/Job", ["TA0002", "TA0003", "TA0004"], None),
    "T1053.005": (
        "Scheduled Task",
        ["TA0002", "TA0003", "TA0004"],
        "Adversaries may abuse the Windows Task Scheduler to perform task scheduling for initial or recurring execution of malicious code.",
    ),
    "T1547": ("Boot or Logon Autostart Execution", ["TA0003", "TA0004"], None),
    "T1547.001": ("Registry Run Keys / Startup Folder", ["TA0003", "TA0004"], None),
    "T1068": ("Exploitation for Privilege Escalation", ["TA0004"], None),
    "T1055": (
        "Process Injection",
        ["TA0004", "TA0005"],
        "Adversaries may inject code into processes in order to evade process-based defenses as well as possibly elevate privileges.",
    ),
    "T1055.012": (
        "Process Hollowing",
        ["TA0004", "TA0005"],
        "Adversaries may inject malicious code into suspended and hollowed processes in order to evade process-based defenses.",
    ),
    "T1027": ("Obfuscated Files or Information", ["TA0005"], None),
    "T1070": ("Indicator Removal", ["TA0005"], None),
    "T1070.004": ("File Deletion", ["TA0005"], None),
    "T1003": (
        "OS Credential Dumping",
        ["TA0006"],
        "Adversaries may attempt to dump credentials to obtain account login and credential material.",
    ),
    "T1003.001": (
        "LSASS Memory",
        ["TA0006"],
        "Adversaries may attempt to access credential material stored in the process memory of the Local Security Authority Subsystem Service (LSASS).",
    ),
    "T1110": ("Brute Force", ["TA0006"], None),
    "T1110.003": (
        "Password Spraying",
        ["TA0006"],
        "Adversaries may use a single or small list of commonly used passwords against many different accounts.",
    ),
    "T1082": ("System Information Discovery", ["TA0007"], None),
    "T1018": ("Remote System Discovery", ["TA0007"], None),
    "T1021": ("Remote Services", ["TA0008"], None),
    "T1021.001": ("Remote Desktop Protocol", ["TA0008"], None),
    "T1021.002": ("SMB/Windows Admin Shares", ["TA0008"], None),
    "T1560": ("Archive Collected Data", ["TA0009"], None),
    "T1114": ("Email Collection", ["TA0009"], None),
    "T1071": ("Application Layer Protocol", ["TA0011"], None),
    "T1071.001": ("Web Protocols", ["TA0011"], None),
    "T1105": ("Ingress Tool Transfer", ["TA0011"], None),
    "T1041": ("Exfiltration Over C2 Channel", ["TA0010"], None),
    "T1486": (
        "Data Encrypted for Impact",
        ["TA0040"],
        "Adversaries may encrypt data on target systems or on large numbers of systems in a network to interrupt availability.",
    ),
    "T1485": ("Data Destruction", ["TA0040"], None),
    "T1561": ("Disk Wipe", ["TA0040"], None),
    "T1561.002": ("Disk Structure Wipe", ["TA0040"], None),
}
# techniques whose tactic is written as an OWL restriction, as D3FEND's own file writes it
RESTRICTED = {"T1055", "T1055.012", "T1003.001", "T1486", "T1021.002", "T1195.002"}

# D3FEND defensive families: class: (label, parent class)
FAMILIES = {
    "ProcessAnalysis": ("Process Analysis", "DefensiveTechnique"),
    "ExecutionIsolation": ("Execution Isolation", "DefensiveTechnique"),
    "CredentialHardening": ("Credential Hardening", "DefensiveTechnique"),
    "NetworkTrafficAnalysis": ("Network Traffic Analysis", "DefensiveTechnique"),
    "FileAnalysis": ("File Analysis", "DefensiveTechnique"),
    "MessageAnalysis": ("Message Analysis", "DefensiveTechnique"),
    "RestoreObject": ("Restore Object", "DefensiveTechnique"),
    "ApplicationHardening": ("Application Hardening", "DefensiveTechnique"),
    "NetworkIsolation": ("Network Isolation", "DefensiveTechnique"),
    "UserBehaviorAnalysis": ("User Behavior Analysis", "DefensiveTechnique"),
}
D3_TACTICS = ["Model", "Harden", "Detect", "Isolate", "Deceive", "Evict", "Restore"]

# class: (label, d3fend id, family, tactic, counters (on the defence), countered-by (on the
# attack technique), definition or None)
DEFENCES = {
    "ProcessSpawnAnalysis": (
        "Process Spawn Analysis",
        "D3-PSA",
        "ProcessAnalysis",
        "Detect",
        ["T1059", "T1204.002"],
        [],
        "Analyzing spawn arguments or attributes of a process to detect processes that are unauthorized.",
    ),
    "SystemCallAnalysis": (
        "System Call Analysis",
        "D3-SCA",
        "ProcessAnalysis",
        "Detect",
        ["T1055"],
        ["T1055.012"],
        "Analyzing system calls to determine whether a process is exhibiting unauthorized behavior.",
    ),
    "ExecutableAllowlisting": (
        "Executable Allowlisting",
        "D3-EAL",
        "ExecutionIsolation",
        "Isolate",
        ["T1059.001", "T1204.002"],
        ["T1059.005"],
        "Using a digital signature to authenticate a file before opening.",
    ),
    "HardwareBasedProcessIsolation": (
        "Hardware-based Process Isolation",
        "D3-HBPI",
        "ExecutionIsolation",
        "Isolate",
        [],
        ["T1003.001"],
        "Preventing one process from writing to the memory space of another process through hardware based address manager implementations.",
    ),
    "MultiFactorAuthentication": (
        "Multi-factor Authentication",
        "D3-MFA",
        "CredentialHardening",
        "Harden",
        ["T1110", "T1133", "T1021.001"],
        ["T1110.003"],
        "Requiring proof of two or more pieces of evidence in order to authenticate a user.",
    ),
    "StrongPasswordPolicy": (
        "Strong Password Policy",
        "D3-SPP",
        "CredentialHardening",
        "Harden",
        ["T1110.003"],
        [],
        "Modifying system configuration to increase password strength.",
    ),
    "ClientServerPayloadProfiling": (
        "Client-server Payload Profiling",
        "D3-CSPP",
        "NetworkTrafficAnalysis",
        "Detect",
        ["T1071.001", "T1041"],
        [],
        "Comparing client-server request and response payloads to a baseline profile to identify outliers.",
    ),
    "DNSDenylisting": (
        "DNS Denylisting",
        "D3-DNSDL",
        "NetworkIsolation",
        "Isolate",
        ["T1583.001"],
        ["T1071.001"],
        "Blocking DNS Network Traffic based on criteria such as IP address, domain name, or DNS query type.",
    ),
    "DynamicAnalysis": (
        "Dynamic Analysis",
        "D3-DA",
        "FileAnalysis",
        "Detect",
        ["T1566.001", "T1204.002"],
        [],
        "Executing or opening a file in a synthetic sandbox environment to determine if the file is a malicious program.",
    ),
    "SenderReputationAnalysis": (
        "Sender Reputation Analysis",
        "D3-SRA",
        "MessageAnalysis",
        "Detect",
        ["T1566"],
        [],
        None,
    ),
    "URLAnalysis": (
        "URL Analysis",
        "D3-UA",
        "MessageAnalysis",
        "Detect",
        ["T1566.002"],
        [],
        "Determining if a URL is benign or malicious by analyzing the URL or its components.",
    ),
    "RestoreFile": (
        "Restore File",
        "D3-RF",
        "RestoreObject",
        "Restore",
        ["T1486", "T1485"],
        [],
        "Restoring a file for an entity to access.",
    ),
    "RestoreDiskImage": (
        "Restore Disk Image",
        "D3-RDI",
        "RestoreObject",
        "Restore",
        ["T1561.002"],
        [],
        None,
    ),
    "SoftwareUpdate": (
        "Software Update",
        "D3-SU",
        "ApplicationHardening",
        "Harden",
        ["T1190", "T1068"],
        [],
        "Replacing old software on a computer system component.",
    ),
    "InboundTrafficFiltering": (
        "Inbound Traffic Filtering",
        "D3-ITF",
        "NetworkIsolation",
        "Isolate",
        ["T1021.002", "T1133"],
        [],
        None,
    ),
    "ScheduledJobAnalysis": (
        "Scheduled Job Analysis",
        "D3-SJA",
        "ProcessAnalysis",
        "Detect",
        ["T1053.005"],
        [],
        "Analysis of source files, processes, destination files, or destination servers associated with a scheduled job to detect unauthorized use of job scheduling.",
    ),
    "LocalAccountMonitoring": (
        "Local Account Monitoring",
        "D3-LAM",
        "UserBehaviorAnalysis",
        "Detect",
        ["T1003"],
        [],
        None,
    ),
    "FileHashing": ("File Hashing", "D3-FH", "FileAnalysis", "Detect", ["T1105"], [], None),
}

# id: (name, mitigated techniques, by relationship object (True) or plain cti:mitigates)
MITIGATIONS = {
    "M1049": ("Antivirus/Antimalware", ["T1204.002", "T1566.001", "T1027"], True),
    "M1038": ("Execution Prevention", ["T1059.001", "T1059.005", "T1204.002"], True),
    "M1032": ("Multi-factor Authentication", ["T1110", "T1110.003", "T1133"], False),
    "M1027": ("Password Policies", ["T1110.003"], False),
    "M1026": ("Privileged Account Management", ["T1003.001", "T1053.005"], True),
    "M1051": ("Update Software", ["T1190", "T1068", "T1195.002"], True),
    "M1017": ("User Training", ["T1566", "T1566.001", "T1566.002", "T1204.002"], False),
    "M1053": ("Data Backup", ["T1486", "T1485", "T1561.002"], True),
    "M1043": ("Credential Access Protection", ["T1003.001"], False),
    "M1031": ("Network Intrusion Prevention", ["T1071.001", "T1041"], True),
}

# code: (English name or None, other names [(text, lang)])
COUNTRIES = {
    "RU": ("Russia", [("Россия", "ru")]),
    "KP": ("North Korea", [("조선민주주의인민공화국", "ko")]),
    "CN": ("China", [("中国", "zh")]),
    "IR": ("Iran", [("ایران", "fa")]),
    "VN": ("Vietnam", [("Việt Nam", "vi")]),
    "UA": ("Ukraine", [("Україна", "uk")]),
    "US": ("United States", []),
    "GB": ("United Kingdom", []),
    "DE": ("Germany", [("Deutschland", "de")]),
    "FR": ("France", []),
    "KR": ("South Korea", [("대한민국", "ko")]),
    "JP": ("Japan", [("日本", "ja")]),
    "IL": ("Israel", []),
    "SA": (None, [("المملكة العربية السعودية", "ar")]),
    "FI": ("Finland", [("Suomi", "fi")]),
    "SK": ("Slovakia", [("Slovensko", "sk")]),
}

# slug: (English label, French label, broader slug or None, alternative labels)
SECTORS = {
    "financial": ("Financial Services", "Services financiers", None, ["Finance"]),
    "banking": ("Banking", "Banque", "financial", ["Banks"]),
    "insurance": ("Insurance", "Assurance", "financial", []),
    "energy": ("Energy", "Énergie", None, []),
    "electric": (
        "Electric Utilities",
        "Services d'électricité",
        "energy",
        ["Power Grid", "Electricity"],
    ),
    "oilgas": ("Oil and Gas", "Pétrole et gaz", "energy", []),
    "government": ("Government", "Administration publique", None, ["Public Sector"]),
    "defense": ("Defense", "Défense", "government", ["Military"]),
    "diplomatic": ("Foreign Affairs", "Affaires étrangères", "government", ["Diplomatic"]),
    "technology": ("Technology", "Technologie", None, ["IT"]),
    "software": ("Software Vendors", "Éditeurs de logiciels", "technology", []),
    "telecom": ("Telecommunications", "Télécommunications", "technology", ["Telecom"]),
    "healthcare": ("Healthcare", "Santé", None, []),
    "pharma": ("Pharmaceuticals", "Industrie pharmaceutique", "healthcare", []),
    "education": ("Education", "Éducation", None, ["Academia"]),
    "media": ("Media", "Médias", None, ["Journalism"]),
    "hospitality": ("Hospitality", "Hôtellerie", None, ["Hotels"]),
    "aerospace": ("Aerospace", "Aérospatiale", "defense", []),
    "crypto": ("Cryptocurrency", "Cryptomonnaie", "financial", ["Crypto exchanges"]),
    "manufacturing": ("Manufacturing", "Industrie manufacturière", None, []),
}

# key: (G id, name, aliases, alias style ("stix" / "skos"), other-language names, country
# code or None, motivation, first seen, targeted sectors, targeted countries)
GROUPS = {
    "apt28": (
        "G0007",
        "APT28",
        ["Fancy Bear", "Sofacy", "STRONTIUM", "Sednit"],
        "stix",
        [],
        "RU",
        "espionage",
        "2004-01-01",
        ["government", "defense", "media"],
        ["UA", "DE", "US", "FR"],
    ),
    "apt29": (
        "G0016",
        "APT29",
        ["Cozy Bear", "NOBELIUM", "The Dukes", "Midnight Blizzard"],
        "stix",
        [],
        "RU",
        "espionage",
        "2008-01-01",
        ["government", "diplomatic", "technology", "healthcare"],
        ["US", "GB", "DE"],
    ),
    "lazarus": (
        "G0032",
        "Lazarus Group",
        ["HIDDEN COBRA", "Labyrinth Chollima", "ZINC"],
        "skos",
        [("라자루스", "ko")],
        "KP",
        "financial-gain",
        "2009-01-01",
        ["banking", "crypto", "defense", "aerospace"],
        ["KR", "US", "JP"],
    ),
    "sandworm": (
        "G0034",
        "Sandworm Team",
        ["ELECTRUM", "Telebots", "Voodoo Bear", "IRON VIKING"],
        "stix",
        [("Песчаный червь", "ru")],
        "RU",
        "sabotage",
        "2009-01-01",
        ["electric", "government", "media"],
        ["UA", "FR", "KR"],
    ),
    "fin7": (
        "G0046",
        "FIN7",
        ["Carbon Spider", "ITG14", "Carbanak Group"],
        "skos",
        [],
        None,
        "financial-gain",
        "2013-09-01",
        ["hospitality", "banking", "manufacturing"],
        ["US", "GB"],
    ),
    "apt41": (
        "G0096",
        "APT41",
        ["Wicked Panda", "BARIUM", "Double Dragon", "Winnti Group"],
        "stix",
        [("双龙", "zh")],
        "CN",
        "espionage",
        "2012-01-01",
        ["healthcare", "telecom", "software", "education"],
        ["US", "JP", "KR", "FR"],
    ),
    "kimsuky": (
        "G0094",
        "Kimsuky",
        ["Velvet Chollima", "Black Banshee", "THALLIUM"],
        "skos",
        [("김수키", "ko")],
        "KP",
        "espionage",
        "2012-01-01",
        ["government", "education", "diplomatic"],
        ["KR", "JP", "US"],
    ),
    "oilrig": (
        "G0049",
        "OilRig",
        ["APT34", "Helix Kitten", "COBALT GYPSY"],
        "stix",
        [],
        "IR",
        "espionage",
        "2014-01-01",
        ["oilgas", "government", "telecom", "financial"],
        ["SA", "IL", "US"],
    ),
    "turla": (
        "G0010",
        "Turla",
        ["Snake", "Venomous Bear", "Waterbug", "Uroburos"],
        "skos",
        [("Турла", "ru")],
        "RU",
        "espionage",
        "2004-01-01",
        ["government", "diplomatic", "education"],
        ["DE", "FI", "FR"],
    ),
    "wizard": (
        "G0102",
        "Wizard Spider",
        ["UNC1878", "Grim Spider", "TEMP.MixMaster"],
        "stix",
        [],
        "RU",
        "financial-gain",
        "2016-01-01",
        ["healthcare", "manufacturing", "education"],
        ["US", "DE", "GB"],
    ),
    "apt32": (
        "G0050",
        "APT32",
        ["OceanLotus", "SeaLotus", "APT-C-00"],
        "skos",
        [],
        "VN",
        "espionage",
        "2014-01-01",
        ["media", "manufacturing", "hospitality"],
        ["VN", "DE", "US"],
    ),
    "magichound": (
        "G0059",
        "Magic Hound",
        ["Charming Kitten", "APT35", "Phosphorus"],
        "stix",
        [],
        "IR",
        "espionage",
        "2014-01-01",
        ["government", "media", "education"],
        ["IL", "US", "GB"],
    ),
}

# key: (S id, name, kind, aliases, malware types, implements)
SOFTWARE = {
    "mimikatz": ("S0002", "Mimikatz", "tool", [], [], ["T1003.001"]),
    "cobaltstrike": (
        "S0154",
        "Cobalt Strike",
        "tool",
        [],
        [],
        ["T1059.001", "T1055.012", "T1071.001", "T1021.002"],
    ),
    "powersploit": ("S0194", "PowerSploit", "tool", [], [], ["T1059.001"]),
    "psexec": ("S0029", "PsExec", "tool", [], [], ["T1021.002"]),
    "lazagne": ("S0349", "LaZagne", "tool", [], [], ["T1003"]),
    "chopstick": (
        "S0023",
        "CHOPSTICK",
        "malware",
        ["X-Agent", "SPLM", "Backdoor.SofacyX"],
        ["backdoor"],
        ["T1071.001", "T1560"],
    ),
    "blackenergy": (
        "S0089",
        "BlackEnergy",
        "malware",
        ["Black Energy"],
        ["backdoor", "bot"],
        ["T1561.002"],
    ),
    "industroyer": (
        "S0604",
        "Industroyer",
        "malware",
        ["CRASHOVERRIDE", "Win32/Industroyer"],
        ["wiper"],
        ["T1485"],
    ),
    "notpetya": (
        "S0368",
        "NotPetya",
        "malware",
        ["ExPetr", "Diskcoder.C", "GoldenEye", "Nyetya"],
        ["wiper", "worm"],
        ["T1486", "T1561.002", "T1021.002"],
    ),
    "wannacry": (
        "S0366",
        "WannaCry",
        "malware",
        ["WanaCry", "WanaCrypt0r", "WCry"],
        ["ransomware", "worm"],
        ["T1486"],
    ),
    "trickbot": (
        "S0266",
        "TrickBot",
        "malware",
        ["Totbrick", "TSPY_TRICKLOAD"],
        ["trojan"],
        ["T1003", "T1082"],
    ),
    "ryuk": ("S0446", "Ryuk", "malware", [], ["ransomware"], ["T1486", "T1070.004"]),
    "carbanak": ("S0030", "Carbanak", "malware", ["Anunak"], ["backdoor"], ["T1071.001"]),
    "emotet": (
        "S0367",
        "Emotet",
        "malware",
        ["Geodo"],
        ["trojan", "dropper"],
        ["T1566.001", "T1059.005"],
    ),
    "sunburst": (
        "S0559",
        "SUNBURST",
        "malware",
        ["Solorigate"],
        ["backdoor"],
        ["T1071.001", "T1195.002"],
    ),
    "teardrop": ("S0560", "TEARDROP", "malware", [], ["dropper"], ["T1027"]),
    "comrat": (
        "S0126",
        "ComRAT",
        "malware",
        [],
        ["remote-access-trojan"],
        ["T1071.001", "T1053.005"],
    ),
    "epic": (
        "S0091",
        "Epic",
        "malware",
        ["Tavdig", "Wipbot", "WorldCupSec"],
        ["backdoor"],
        ["T1082"],
    ),
    "olympicdestroyer": (
        "S0365",
        "Olympic Destroyer",
        "malware",
        [],
        ["wiper"],
        ["T1485", "T1070.004"],
    ),
    "babyshark": ("S0414", "BabyShark", "malware", [], ["backdoor"], ["T1059.003"]),
    "appleseed": ("S0622", "AppleSeed", "malware", [], ["backdoor"], ["T1560"]),
}

# group: software it uses (STIX ``uses`` relationship objects)
GROUP_SOFTWARE = {
    "apt28": ["chopstick", "mimikatz"],
    "apt29": ["sunburst", "teardrop", "cobaltstrike", "mimikatz"],
    "lazarus": ["mimikatz", "psexec"],
    "sandworm": ["blackenergy", "industroyer", "notpetya", "olympicdestroyer", "mimikatz"],
    "fin7": ["carbanak", "cobaltstrike", "powersploit"],
    "apt41": ["cobaltstrike", "mimikatz", "psexec"],
    "kimsuky": ["babyshark", "appleseed", "mimikatz"],
    "oilrig": ["lazagne", "powersploit"],
    "turla": ["comrat", "epic", "mimikatz"],
    "wizard": ["trickbot", "ryuk", "cobaltstrike", "emotet"],
    "apt32": ["cobaltstrike"],
    "magichound": ["powersploit", "psexec"],
}

# key: (C id, name, group, attribution style ("rel" / "plain"), first seen, last seen or None,
# objective or None, sectors, countries)
CAMPAIGNS = {
    "solarwinds": (
        "C0024",
        "SolarWinds Compromise",
        "apt29",
        "rel",
        "2019-08-01",
        "2021-01-15",
        "Long-term access to government and technology networks through a trojanized software update.",
        ["government", "software"],
        ["US"],
    ),
    "ghost": (
        "C0023",
        "Operation Ghost",
        "apt29",
        "plain",
        "2013-01-01",
        "2019-10-01",
        None,
        ["diplomatic"],
        ["DE", "FR"],
    ),
    "ukraine2015": (
        "C0028",
        "2015 Ukraine Electric Power Attack",
        "sandworm",
        "rel",
        "2015-12-23",
        "2015-12-23",
        "Disruption of electricity distribution.",
        ["electric"],
        ["UA"],
    ),
    "ukraine2016": (
        "C0025",
        "2016 Ukraine Electric Power Attack",
        "sandworm",
        "rel",
        "2016-12-17",
        "2016-12-18",
        "Disruption of electricity transmission in Kyiv.",
        ["electric"],
        ["UA"],
    ),
    "olympics": (
        "C0031",
        "Olympic Destroyer Operation",
        "sandworm",
        "plain",
        "2017-11-01",
        "2018-02-09",
        "Disruption of the Winter Olympic Games opening ceremony.",
        ["technology", "media"],
        ["KR"],
    ),
    "dreamjob": (
        "C0022",
        "Operation Dream Job",
        "lazarus",
        "rel",
        "2019-09-01",
        "2020-08-01",
        "Fake job offers to staff of defence and aerospace firms.",
        ["defense", "aerospace"],
        ["US", "IL"],
    ),
    "appleworm": (
        "C0041",
        "Operation Apple Worm",
        "lazarus",
        "plain",
        "2022-03-01",
        None,
        None,
        ["crypto"],
        ["KR", "JP"],
    ),
    "silentledger": (
        "C0042",
        "Operation Silent Ledger",
        "fin7",
        "rel",
        "2017-02-01",
        "2018-06-30",
        "Theft of payment card data from point-of-sale systems.",
        ["hospitality"],
        ["US"],
    ),
    "wickedharvest": (
        "C0043",
        "Operation Wicked Harvest",
        "apt41",
        "rel",
        "2020-01-20",
        "2020-03-31",
        None,
        ["telecom", "healthcare"],
        ["US", "JP"],
    ),
    "sapphirekite": (
        "C0044",
        "Operation Sapphire Kite",
        "kimsuky",
        "plain",
        "2021-05-10",
        "2021-11-30",
        "Collection of foreign-policy research.",
        ["diplomatic", "education"],
        ["KR"],
    ),
    "frozenmeridian": (
        "C0045",
        "Operation Frozen Meridian",
        "turla",
        "rel",
        "2018-04-01",
        "2019-02-28",
        None,
        ["diplomatic"],
        ["FI", "DE"],
    ),
    "coldinvoice": (
        "C0046",
        "Operation Cold Invoice",
        "wizard",
        "rel",
        "2020-09-01",
        "2020-11-15",
        "Ransomware deployment against hospitals.",
        ["healthcare"],
        ["US"],
    ),
    "helixwell": (
        "C0047",
        "Operation Helix Well",
        "oilrig",
        "plain",
        "2019-04-01",
        "2019-09-30",
        None,
        ["oilgas"],
        ["SA"],
    ),
}

# key: (name, alternate names, class style ("schema" / "foaf"), country)
ORGS = {
    "mandiant": ("Mandiant", ["FireEye Mandiant"], "schema", "US"),
    "crowdstrike": ("CrowdStrike", [], "schema", "US"),
    "certua": (
        "CERT-UA",
        [("Урядова команда реагування на комп'ютерні надзвичайні події України", "uk")],
        "schema",
        "UA",
    ),
    "eset": ("ESET", [], "foaf", "SK"),
    "kaspersky": ("Kaspersky", [("Лаборатория Касперского", "ru")], "schema", "RU"),
    "microsoft": ("Microsoft Threat Intelligence", ["MSTIC"], "schema", "US"),
    "talos": ("Cisco Talos", ["Talos Intelligence Group"], "foaf", "US"),
    "secureworks": ("Secureworks", ["SecureWorks Counter Threat Unit"], "schema", "US"),
    "withsecure": ("WithSecure", ["F-Secure"], "foaf", "FI"),
}

# key: (identifier, title, publisher, issued, covers (campaigns / groups / software))
REPORTS = {
    "r01": (
        "CTI-2021-0113",
        "Highly Evasive Attacker Leverages SolarWinds Supply Chain",
        "mandiant",
        "2020-12-13",
        ["solarwinds", "apt29", "sunburst"],
    ),
    "r02": (
        "CTI-2019-1017",
        "Operation Ghost: the Dukes aren't back, they never left",
        "eset",
        "2019-10-17",
        ["ghost", "apt29"],
    ),
    "r03": (
        "CTI-2016-0201",
        "Cyber attack on Ukrainian power grid",
        "certua",
        "2016-02-01",
        ["ukraine2015", "sandworm", "blackenergy"],
    ),
    "r04": (
        "CTI-2017-0612",
        "Win32/Industroyer: a new threat for industrial control systems",
        "eset",
        "2017-06-12",
        ["ukraine2016", "industroyer"],
    ),
    "r05": (
        "CTI-2018-0226",
        "Who Wasn't Responsible for Olympic Destroyer?",
        "talos",
        "2018-02-26",
        ["olympics", "olympicdestroyer"],
    ),
    "r06": (
        "CTI-2020-0813",
        "Operation Dream Job: targeting the defense sector",
        "eset",
        "2020-08-13",
        ["dreamjob", "lazarus"],
    ),
    "r07": (
        "CTI-2022-0419",
        "Apple Worm: Lazarus goes after crypto exchanges",
        "kaspersky",
        "2022-04-19",
        ["appleworm", "lazarus"],
    ),
    "r08": (
        "CTI-2018-0801",
        "FIN7 Evolution and the Silent Ledger intrusions",
        "mandiant",
        "2018-08-01",
        ["silentledger", "fin7", "carbanak"],
    ),
    "r09": (
        "CTI-2020-0325",
        "Wicked Harvest: APT41 exploits in a global intrusion wave",
        "mandiant",
        "2020-03-25",
        ["wickedharvest", "apt41"],
    ),
    "r10": (
        "CTI-2021-1202",
        "Kimsuky's Sapphire Kite phishing against think tanks",
        "microsoft",
        "2021-12-02",
        ["sapphirekite", "kimsuky", "babyshark"],
    ),
    "r11": (
        "CTI-2019-0311",
        "Frozen Meridian: Turla in Nordic ministries",
        "withsecure",
        "2019-03-11",
        ["frozenmeridian", "turla", "comrat"],
    ),
    "r12": (
        "CTI-2020-1028",
        "Cold Invoice: Ryuk against US hospitals",
        "crowdstrike",
        "2020-10-28",
        ["coldinvoice", "wizard", "ryuk"],
    ),
    "r13": (
        "CTI-2019-1010",
        "Helix Well: OilRig in Gulf energy",
        "secureworks",
        "2019-10-10",
        ["helixwell", "oilrig", "lazagne"],
    ),
    "r14": (
        "CTI-2018-0915",
        "APT28 phishing against European governments",
        "crowdstrike",
        "2018-09-15",
        ["apt28", "chopstick"],
    ),
    "r15": (
        "CTI-2020-1001",
        "APT32 and OceanLotus watering holes",
        "talos",
        "2020-10-01",
        ["apt32"],
    ),
    "r16": (
        "CTI-2021-0606",
        "Charming Kitten's credential phishing",
        "microsoft",
        "2021-06-06",
        ["magichound"],
    ),
}

# hand-written procedure examples: (group, technique, campaign or None, observed, report)
PROCEDURES = [
    ("apt29", "T1195.002", "solarwinds", "2020-03-26", "r01"),
    ("apt29", "T1071.001", "solarwinds", "2020-04-02", "r01"),
    ("apt29", "T1027", "solarwinds", "2020-04-02", "r01"),
    ("apt29", "T1003.001", "solarwinds", "2020-06-10", "r01"),
    ("apt29", "T1566.002", "ghost", "2017-05-14", "r02"),
    ("apt29", "T1059.001", "ghost", "2018-02-03", "r02"),
    ("sandworm", "T1566.001", "ukraine2015", "2015-03-20", "r03"),
    ("sandworm", "T1133", "ukraine2015", "2015-12-23", "r03"),
    ("sandworm", "T1561.002", "ukraine2015", "2015-12-23", "r03"),
    ("sandworm", "T1485", "ukraine2016", "2016-12-17", "r04"),
    ("sandworm", "T1021.002", "ukraine2016", "2016-12-17", "r04"),
    ("sandworm", "T1070.004", "olympics", "2018-02-09", "r05"),
    ("sandworm", "T1485", "olympics", "2018-02-09", "r05"),
    ("lazarus", "T1566.002", "dreamjob", "2019-11-05", "r06"),
    ("lazarus", "T1204.002", "dreamjob", "2019-11-05", "r06"),
    ("lazarus", "T1053.005", "dreamjob", "2020-01-14", "r06"),
    ("lazarus", "T1105", "appleworm", "2022-03-22", "r07"),
    ("fin7", "T1566.001", "silentledger", "2017-03-08", "r08"),
    ("fin7", "T1059.005", "silentledger", "2017-03-08", "r08"),
    ("fin7", "T1547.001", "silentledger", "2017-04-19", "r08"),
    ("apt41", "T1190", "wickedharvest", "2020-01-20", "r09"),
    ("apt41", "T1105", "wickedharvest", "2020-01-21", "r09"),
    ("apt41", "T1059.001", "wickedharvest", "2020-02-12", "r09"),
    ("kimsuky", "T1566.002", "sapphirekite", "2021-05-10", "r10"),
    ("kimsuky", "T1114", "sapphirekite", "2021-07-01", "r10"),
    ("turla", "T1071.001", "frozenmeridian", "2018-06-12", "r11"),
    ("turla", "T1560", "frozenmeridian", "2018-11-02", "r11"),
    ("wizard", "T1566.001", "coldinvoice", "2020-09-14", "r12"),
    ("wizard", "T1486", "coldinvoice", "2020-10-27", "r12"),
    ("wizard", "T1110.003", "coldinvoice", "2020-10-02", "r12"),
    ("oilrig", "T1110.003", "helixwell", "2019-05-17", "r13"),
    ("oilrig", "T1071.001", "helixwell", "2019-06-30", "r13"),
    ("apt28", "T1566.001", None, "2018-07-30", "r14"),
    ("apt28", "T1110.003", None, "2018-08-21", "r14"),
    ("apt32", "T1059.007", None, "2020-06-01", "r15"),
    ("magichound", "T1566.002", None, "2021-04-11", "r16"),
]
# groups whose procedures an older importer wrote as blank nodes hung off the group
BLANK_PROCEDURES = {"turla", "oilrig", "magichound"}


def day(s: str) -> Literal:
    return Literal(s, datatype=XSD.date)


def stamp(s: str) -> Literal:
    return Literal(s + "T00:00:00.000Z", datatype=XSD.dateTime)


def tech(tid: str) -> URIRef:
    return D3F[tid]


def external(g: Graph, node: URIRef, ext_id: str, path: str) -> None:
    ref = BNode()
    g.add((node, STIX.external_references, ref))
    g.add((ref, STIX.source_name, Literal("mitre-attack")))
    g.add((ref, STIX.external_id, Literal(ext_id)))
    g.add(
        (
            ref,
            STIX.url,
            Literal(
                f"https://attack.mitre.org/{path}/{ext_id.replace('.', '/')}/", datatype=XSD.anyURI
            ),
        )
    )


DATA_PROPS = {
    D3F["attack-id"],
    D3F["d3fend-id"],
    D3F.definition,
    STIX.relationship_type,
    STIX.aliases,
    STIX.first_seen,
    STIX.last_seen,
    STIX.primary_motivation,
    STIX.external_id,
    CTI.observedOn,
}


def vocabulary(g: Graph) -> None:
    """The properties and classes the export declares (some with labels, comments, inverses)."""
    decl = [
        (D3F.enables, "enables", "The offensive or defensive tactic a technique serves.", None),
        (
            D3F.counters,
            "counters",
            "A defensive technique that counters an offensive technique.",
            D3F["countered-by"],
        ),
        (D3F["countered-by"], "countered by", None, None),
        (D3F["attack-id"], "ATT&CK id", "The identifier of an ATT&CK tactic or technique.", None),
        (D3F["d3fend-id"], "D3FEND id", None, None),
        (D3F.definition, "definition", None, None),
        (STIX.source_ref, "source", "The object a relationship starts from.", None),
        (STIX.target_ref, "target", "The object a relationship points to.", None),
        (STIX.relationship_type, "relationship type", None, None),
        (STIX.aliases, "aliases", "Alternative names used to identify this object.", None),
        (STIX.first_seen, "first seen", "The time this object was first seen.", None),
        (STIX.last_seen, "last seen", None, None),
        (
            STIX.primary_motivation,
            "primary motivation",
            "The primary reason, motivation, or purpose behind this intrusion set.",
            None,
        ),
        (STIX.object_refs, "covers", "The objects a report is about.", None),
        (STIX.external_id, "external id", None, None),
        (
            CTI.attributedTo,
            "attributed to",
            "The country or group an intrusion set or campaign is attributed to.",
            None,
        ),
        (CTI.targetsSector, "targets sector", "A sector the actor or campaign targets.", None),
        (CTI.targetsCountry, "targets country", None, None),
        (CTI.campaign, "campaign", "The campaign during which a procedure was observed.", None),
        (CTI.observedOn, "observed on", None, None),
        (CTI.mitigates, "mitigates", None, CTI.mitigatedBy),
        (CTI.implements, "implements", "A technique a piece of software implements.", None),
        (CTI.procedure, "procedure", None, None),
    ]
    for p, label, comment, inverse in decl:
        g.add((p, RDF.type, OWL.DatatypeProperty if p in DATA_PROPS else OWL.ObjectProperty))
        g.add((p, RDFS.label, Literal(label, lang="en")))
        if comment:
            g.add((p, RDFS.comment, Literal(comment, lang="en")))
        if inverse is not None:
            g.add((p, OWL.inverseOf, inverse))
    g.add((CTI.attributedTo, RDFS.domain, STIX.IntrusionSet))
    g.add((CTI.attributedTo, RDFS.range, STIX.Location))
    g.add((D3F.counters, RDFS.domain, D3F.DefensiveTechnique))
    g.add((D3F.counters, RDFS.range, D3F.OffensiveTechnique))
    classes = [
        (STIX.IntrusionSet, "Intrusion Set", None),
        (STIX.Malware, "Malware", CTI.Software),
        (STIX.Tool, "Tool", CTI.Software),
        (CTI.Software, "Software", None),
        (STIX.Campaign, "Campaign", None),
        (STIX.Relationship, "Relationship", None),
        (STIX.CourseOfAction, "Course of Action", None),
        (STIX.Report, "Report", PROV.Entity),
        (STIX.Location, "Location", None),
        (CTI.Procedure, "Procedure Example", None),
        (D3F.OffensiveTechnique, "Offensive Technique", D3F.Technique),
        (D3F.DefensiveTechnique, "Defensive Technique", D3F.Technique),
        (D3F.OffensiveTactic, "Offensive Tactic", None),
        (D3F.DefensiveTactic, "Defensive Tactic", None),
    ]
    for c, label, parent in classes:
        g.add((c, RDF.type, OWL.Class))
        g.add((c, RDFS.label, Literal(label, lang="en")))
        if parent is not None:
            g.add((c, RDFS.subClassOf, parent))


def build() -> Graph:
    rng = random.Random(53)
    g = Graph()
    for pre, ns in [
        ("d3f", D3F),
        ("stix", STIX),
        ("cti", CTI),
        ("kb", KB),
        ("schema", S),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("skos", SKOS),
        ("foaf", FOAF),
        ("owl", OWL),
    ]:
        g.bind(pre, ns)
    vocabulary(g)

    for tid, name in TACTICS.items():
        t = D3F[name.replace(" ", "")]
        g.add((t, RDF.type, D3F.OffensiveTactic))
        g.add((t, RDFS.label, Literal(name)))
        g.add((t, D3F["attack-id"], Literal(tid)))
    tactic = {tid: D3F[name.replace(" ", "")] for tid, name in TACTICS.items()}

    for tid, (name, tactics, definition) in TECHNIQUES.items():
        c = tech(tid)
        g.add((c, RDF.type, OWL.Class))
        parent = tech(tid.split(".")[0]) if "." in tid else D3F.OffensiveTechnique
        g.add((c, RDFS.subClassOf, parent))
        g.add((c, RDFS.label, Literal(name)))
        g.add((c, D3F["attack-id"], Literal(tid)))
        if definition:
            g.add((c, D3F.definition, Literal(definition, lang="en")))
        for ta in tactics:
            if tid in RESTRICTED:
                r = BNode()
                g.add((r, RDF.type, OWL.Restriction))
                g.add((r, OWL.onProperty, D3F.enables))
                g.add((r, OWL.someValuesFrom, tactic[ta]))
                g.add((c, RDFS.subClassOf, r))
            else:
                g.add((c, D3F.enables, tactic[ta]))

    for name in D3_TACTICS:
        t = D3F[name]
        g.add((t, RDF.type, D3F.DefensiveTactic))
        g.add((t, RDFS.label, Literal(name)))
    for cls, (label, parent) in FAMILIES.items():
        g.add((D3F[cls], RDF.type, OWL.Class))
        g.add((D3F[cls], RDFS.subClassOf, D3F[parent]))
        g.add((D3F[cls], RDFS.label, Literal(label)))
    for cls, (label, did, family, d3tactic, counters, countered_by, definition) in DEFENCES.items():
        c = D3F[cls]
        g.add((c, RDF.type, OWL.Class))
        g.add((c, RDFS.subClassOf, D3F[family]))
        g.add((c, RDFS.label, Literal(label)))
        g.add((c, D3F["d3fend-id"], Literal(did)))
        g.add((c, D3F.enables, D3F[d3tactic]))
        if definition:
            g.add((c, D3F.definition, Literal(definition, lang="en")))
        for t in counters:
            g.add((c, D3F.counters, tech(t)))
        for t in countered_by:
            g.add((tech(t), D3F["countered-by"], c))

    for mid, (name, techs, as_rel) in MITIGATIONS.items():
        m = KB[f"course-of-action/{mid}"]
        g.add((m, RDF.type, STIX.CourseOfAction))
        g.add((m, STIX.name, Literal(name)))
        external(g, m, mid, "mitigations")
        for t in techs:
            if as_rel:
                rel = KB[f"relationship/{mid}-mitigates-{t}"]
                g.add((rel, RDF.type, STIX.Relationship))
                g.add((rel, STIX.relationship_type, Literal("mitigates")))
                g.add((rel, STIX.source_ref, m))
                g.add((rel, STIX.target_ref, tech(t)))
            else:
                g.add((m, CTI.mitigates, tech(t)))

    country = {}
    for code, (name, others) in COUNTRIES.items():
        loc = KB[f"location/{code.lower()}"]
        country[code] = loc
        g.add((loc, RDF.type, STIX.Location))
        g.add((loc, STIX.country, Literal(code)))
        if name:
            g.add((loc, STIX.name, Literal(name)))
        for text, lang in others:
            g.add((loc, RDFS.label, Literal(text, lang=lang)))

    scheme = KB["sector/scheme"]
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("Industry sectors", lang="en")))
    sector = {}
    for slug, (en, fr, broader, alts) in SECTORS.items():
        s = KB[f"sector/{slug}"]
        sector[slug] = s
        g.add((s, RDF.type, SKOS.Concept))
        g.add((s, SKOS.inScheme, scheme))
        g.add((s, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((s, SKOS.prefLabel, Literal(fr, lang="fr")))
        for a in alts:
            g.add((s, SKOS.altLabel, Literal(a, lang="en")))
        if broader:
            g.add((s, SKOS.broader, KB[f"sector/{broader}"]))

    org = {}
    for key, (name, alts, style, code) in ORGS.items():
        o = KB[f"identity/{key}"]
        org[key] = o
        if style == "schema":
            g.add((o, RDF.type, S.Organization))
            g.add((o, S.name, Literal(name)))
            for a in alts:
                text, lang = a if isinstance(a, tuple) else (a, None)
                g.add((o, S.alternateName, Literal(text, lang=lang)))
            g.add((o, S.location, country[code]))
        else:
            g.add((o, RDF.type, FOAF.Organization))
            g.add((o, FOAF.name, Literal(name)))
            for a in alts:
                g.add((o, FOAF.nick, Literal(a)))
            g.add((o, FOAF.based_near, country[code]))
        g.add((o, RDF.type, PROV.Agent))

    group = {}
    for key, (
        gid,
        name,
        aliases,
        style,
        others,
        code,
        motive,
        first,
        sectors,
        countries,
    ) in GROUPS.items():
        n = KB[f"intrusion-set/{gid}"]
        group[key] = n
        g.add((n, RDF.type, STIX.IntrusionSet))
        g.add((n, STIX.name, Literal(name)))
        for a in aliases:
            g.add((n, STIX.aliases if style == "stix" else SKOS.altLabel, Literal(a)))
        for text, lang in others:
            g.add((n, STIX.name, Literal(text, lang=lang)))
        external(g, n, gid, "groups")
        if code:
            g.add((n, CTI.attributedTo, country[code]))
        g.add((n, STIX.primary_motivation, Literal(motive)))
        g.add((n, STIX.first_seen, stamp(first)))
        for s in sectors:
            g.add((n, CTI.targetsSector, sector[s]))
        for c in countries:
            g.add((n, CTI.targetsCountry, country[c]))

    soft = {}
    for key, (sid, name, kind, aliases, types, implements) in SOFTWARE.items():
        n = KB[f"{kind}/{sid}"]
        soft[key] = n
        g.add((n, RDF.type, STIX.Malware if kind == "malware" else STIX.Tool))
        g.add((n, STIX.name, Literal(name)))
        for a in aliases:
            g.add((n, STIX.x_mitre_aliases, Literal(a)))
        for t in types:
            g.add((n, STIX.malware_types, Literal(t)))
        if kind == "malware":
            g.add((n, STIX.is_family, Literal(True)))
        external(g, n, sid, "software")
        for t in implements:
            g.add((n, CTI.implements, tech(t)))
    for gk, keys in GROUP_SOFTWARE.items():
        for sk in keys:
            rel = KB[f"relationship/{GROUPS[gk][0]}-uses-{SOFTWARE[sk][0]}"]
            g.add((rel, RDF.type, STIX.Relationship))
            g.add((rel, STIX.relationship_type, Literal("uses")))
            g.add((rel, STIX.source_ref, group[gk]))
            g.add((rel, STIX.target_ref, soft[sk]))

    camp = {}
    for key, (
        cid,
        name,
        gk,
        style,
        first,
        last,
        objective,
        sectors,
        countries,
    ) in CAMPAIGNS.items():
        n = KB[f"campaign/{cid}"]
        camp[key] = n
        g.add((n, RDF.type, STIX.Campaign))
        g.add((n, STIX.name, Literal(name)))
        external(g, n, cid, "campaigns")
        g.add((n, STIX.first_seen, day(first)))
        if last:
            g.add((n, STIX.last_seen, day(last)))
        if objective:
            g.add((n, STIX.objective, Literal(objective, lang="en")))
        if style == "rel":
            rel = KB[f"relationship/{cid}-attributed-to-{GROUPS[gk][0]}"]
            g.add((rel, RDF.type, STIX.Relationship))
            g.add((rel, STIX.relationship_type, Literal("attributed-to")))
            g.add((rel, STIX.source_ref, n))
            g.add((rel, STIX.target_ref, group[gk]))
        else:
            g.add((n, CTI.attributedTo, group[gk]))
        for s in sectors:
            g.add((n, CTI.targetsSector, sector[s]))
        for c in countries:
            g.add((n, CTI.targetsCountry, country[c]))

    rep = {}
    everything = {**group, **soft, **camp}
    for key, (ident, title, publisher, issued, covers) in REPORTS.items():
        n = KB[f"report/{ident}"]
        rep[key] = n
        g.add((n, RDF.type, STIX.Report))
        g.add((n, RDF.type, PROV.Entity))
        g.add((n, DCTERMS.title, Literal(title, lang="en")))
        g.add((n, DCTERMS.identifier, Literal(ident)))
        g.add((n, DCTERMS.issued, day(issued)))
        g.add((n, PROV.wasAttributedTo, org[publisher]))
        for c in covers:
            g.add((n, STIX.object_refs, everything[c]))

    # the hand-written procedure examples, then seeded background ones (no campaign)
    procs = list(PROCEDURES)
    start = date(2016, 1, 1)
    tids = sorted(TECHNIQUES)
    for gk in sorted(GROUPS):
        reports = [r for r, v in REPORTS.items() if gk in v[4]] or ["r14"]
        for _ in range(rng.randint(5, 9)):
            t = rng.choice(tids)
            when = (start + timedelta(days=rng.randint(0, 2000))).isoformat()
            procs.append((gk, t, None, when, rng.choice(reports)))
    seen = set()
    for n_proc, (gk, t, ck, when, rk) in enumerate(procs):
        if (gk, t, ck) in seen:
            continue
        seen.add((gk, t, ck))
        gname = GROUPS[gk][1]
        desc = f"{gname} used {TECHNIQUES[t][0]}" + (f" during {CAMPAIGNS[ck][1]}." if ck else ".")
        if gk in BLANK_PROCEDURES:
            p = BNode()
            g.add((group[gk], CTI.procedure, p))
            g.add((p, RDF.type, CTI.Procedure))
            g.add((p, CTI.technique, tech(t)))
        else:
            p = KB[f"relationship/proc-{n_proc:04d}"]
            g.add((p, RDF.type, STIX.Relationship))
            g.add((p, STIX.relationship_type, Literal("uses")))
            g.add((p, STIX.source_ref, group[gk]))
            g.add((p, STIX.target_ref, tech(t)))
        if ck:
            g.add((p, CTI.campaign, camp[ck]))
        g.add((p, CTI.observedOn, day(when)))
        g.add((p, PROV.wasDerivedFrom, rep[rk]))
        g.add((p, STIX.description, Literal(desc, lang="en")))
    return g


def main() -> None:
    import rdflib

    rdflib.NORMALIZE_LITERALS = False  # the lexical forms as the platform writes them
    g = build()
    g.serialize(HERE / "threats.ttl", format="turtle")
    print(len(g), "triples")


if __name__ == "__main__":
    main()
