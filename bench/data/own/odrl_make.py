# ruff: noqa: E501  (one record a line)
"""Write ``odrl/``: a national open-data portal's data-usage and licensing policies as it
publishes them with W3C ODRL 2.2, three files loaded together:

* ``odrl/ODRL22.ttl`` the ODRL 2.2 core vocabulary as the W3C publishes it
  (``http://www.w3.org/ns/odrl/2/``): classes, properties, actions (``odrl:Action`` and
  ``skos:Concept``, ``rdfs:label`` "Distribute"@en, ``skos:definition``, ``odrl:includedIn``,
  ``odrl:implies``, ``skos:note``, ``skos:inScheme odrl:actions``), left operands
  (``odrl:LeftOperand``: "Datetime", "Geospatial Named Area", "Payment Amount", ...), operators
  ("Less than or equal to", "Is a", ...), party and asset functions, each with its
  ``rdfs:isDefinedBy odrl:``;
* ``odrl/catalogue.ttl`` the portal's DCAT catalogue: ``dcat:Dataset`` assets with
  ``dct:title`` in English and Norwegian Bokmål, ``dct:identifier`` codes, ``dct:publisher``,
  ``dcat:theme`` (EU data-theme authority IRIs with ``skos:prefLabel``), keywords, issue dates,
  ``odrl:hasPolicy``; parties as ``vcard:Organization`` (``vcard:fn``, ``vcard:hasEmail``) or
  ``foaf:Organization`` (``foaf:name``, ``foaf:homepage``), collections
  (``odrl:AssetCollection`` / ``odrl:PartyCollection``) whose members say ``odrl:partOf``; the
  regions, purposes and currencies policies point at, each with a label;
* ``odrl/policies.jsonld`` the policies as the portal's policy API serves them: JSON-LD with the
  ODRL context embedded (``"uid": "@id"``, ``"action": {"@type": "@vocab"}``, ...), one
  ``@graph`` of ``Set`` / ``Offer`` / ``Agreement`` policies with ``profile``, ``inheritFrom``,
  some ``assigner`` / ``target`` on the policy (ODRL's compact form, applying to every rule) and
  some on each rule, permissions, prohibitions and obligations as blank nodes, actions as
  vocabulary IRIs or as blank nodes (``rdf:value`` + ``refinement``), constraints as blank nodes
  (``leftOperand``, ``operator``, ``rightOperand`` typed literals or IRIs, ``unit``), logical
  constraints (``or``), duties (``compensate`` with a ``payAmount`` constraint and a ``unit``,
  ``attribute`` with ``attributedParty``), consequences and remedies; some policies titled
  (``dct:title``, ``dct:identifier``), others known only by their uid.

Deterministic; run from the repository root: ``python bench/data/own/odrl_make.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "odrl"

# ----------------------------------------------------------------------------- vocabulary
# (local name, label, definition, kind, included in / None, extra triples)
ACTIONS = [
    ("use", "Use", "To use the Asset", None, ""),
    ("transfer", "Transfer Ownership", "To transfer the ownership in perpetuity.", None, ""),
    (
        "acceptTracking",
        "Accept Tracking",
        "To accept that the use of the Asset may be tracked.",
        None,
        "",
    ),
    (
        "aggregate",
        "Aggregate",
        "To use the Asset or parts of it as part of a composite collection.",
        "use",
        "",
    ),
    (
        "annotate",
        "Annotate",
        "To add explanatory notations/commentaries to the Asset without modifying the Asset in any other way.",
        "use",
        "",
    ),
    ("anonymize", "Anonymize", "To anonymize all or parts of the Asset.", "use", ""),
    ("archive", "Archive", "To store the Asset (in a non-transient form).", "use", ""),
    ("attribute", "Attribute", "To attribute the use of the Asset.", None, ""),
    ("commercialize", "Commercialize", "To use the Asset for commercial purposes.", "use", ""),
    (
        "compensate",
        "Compensate",
        "To compensate by transfer of some amount of value, if defined, for using or selling the Asset.",
        None,
        "",
    ),
    (
        "concurrentUse",
        "Concurrent Use",
        "To create multiple copies of the Asset that are being concurrently used.",
        "use",
        "",
    ),
    (
        "delete",
        "Delete",
        "To permanently remove all copies of the Asset after it has been used.",
        None,
        "",
    ),
    (
        "derive",
        "Derive",
        "To create a new derivative Asset from this Asset and to edit or modify the derivative.",
        "use",
        "",
    ),
    (
        "digitize",
        "Digitize",
        "To produce a digital copy of (or otherwise digitize) the Asset from its analogue form.",
        "use",
        "",
    ),
    ("display", "Display", "To create a static and transient rendition of an Asset.", "play", ""),
    ("distribute", "Distribute", "To supply the Asset to third-parties.", "use", ""),
    (
        "ensureExclusivity",
        "Ensure Exclusivity",
        "To ensure that the Rule on the Asset is exclusive.",
        None,
        "",
    ),
    ("execute", "Execute", "To run the computer program Asset.", "use", ""),
    (
        "extract",
        "Extract",
        "To extract parts of the Asset and to use it as a new Asset.",
        "reproduce",
        "",
    ),
    (
        "give",
        "Give",
        "To transfer the ownership of the Asset to a third party without compensation and while deleting the original asset.",
        "transfer",
        "",
    ),
    ("grantUse", "Grant Use", "To grant the use of the Asset to third parties.", "use", ""),
    ("include", "Include", "To include other related assets in the Asset.", None, ""),
    ("index", "Index", "To record the Asset in an index.", "use", ""),
    (
        "inform",
        "Inform",
        "To inform that an action has been performed on or in relation to the Asset.",
        None,
        "",
    ),
    (
        "install",
        "Install",
        "To load the computer program Asset onto a storage device which allows operating or running the Asset.",
        "use",
        "",
    ),
    (
        "modify",
        "Modify",
        "To change existing content of the Asset. A new asset is not created by this action.",
        "use",
        "",
    ),
    (
        "move",
        "Move",
        "To move the Asset from one digital location to another including deleting the original copy.",
        "use",
        "",
    ),
    (
        "nextPolicy",
        "Next Policy",
        "To grant the specified Policy to a third party for their use of the Asset.",
        None,
        "",
    ),
    (
        "obtainConsent",
        "Obtain Consent",
        "To obtain verifiable consent to perform the requested action in relation to the Asset.",
        None,
        "",
    ),
    ("play", "Play", "To create a sequential and transient rendition of an Asset.", "use", ""),
    ("present", "Present", "To publicly perform the Asset.", "use", ""),
    ("print", "Print", "To create a tangible and permanent rendition of an Asset.", "use", ""),
    ("read", "Read", "To obtain data from the Asset.", "use", ""),
    (
        "reproduce",
        "Reproduce",
        "To make duplicate copies the Asset in any material form.",
        "use",
        "",
    ),
    ("reviewPolicy", "Review Policy", "To review the Policy applicable to the Asset.", None, ""),
    (
        "sell",
        "Sell",
        "To transfer the ownership of the Asset to a third party with compensation and while deleting the original asset.",
        "transfer",
        "",
    ),
    ("stream", "Stream", "To deliver the Asset in real-time.", "use", ""),
    (
        "synchronize",
        "Synchronize",
        "To use the Asset in timed relations with media (audio/visual) elements of another Asset.",
        "use",
        "",
    ),
    ("textToSpeech", "Text-to-speech", "To have a text Asset read out loud.", "use", ""),
    (
        "transform",
        "Transform",
        "To make a digital copy of the digital Asset in another digital format.",
        "use",
        "",
    ),
    (
        "translate",
        "Translate",
        "To translate the original natural language of an Asset into another natural language.",
        "use",
        "",
    ),
    (
        "uninstall",
        "Uninstall",
        "To unload and delete the computer program Asset from a storage device and disable its readiness for operation.",
        None,
        "",
    ),
    ("watermark", "Watermark", "To apply a watermark to the Asset.", None, ""),
]
IMPLIES = {"distribute": "use", "give": "delete", "move": "delete", "sell": "delete"}

LEFT_OPERANDS = [
    (
        "absolutePosition",
        "Absolute Asset Position",
        "A point in space or time defined with absolute coordinates for the positioning of the target Asset.",
    ),
    (
        "absoluteSize",
        "Absolute Asset Size",
        "Measure(s) of one or two axes for 2D-objects or measure(s) of one to tree axes for 3D-objects of the target Asset.",
    ),
    ("count", "Count", "Numeric count of executions of the action of the Rule."),
    (
        "dateTime",
        "Datetime",
        "The date (and optional time and timezone) of exercising the action of the Rule. Right operand value MUST be an xsd:date or xsd:dateTime as defined by [[xmlschema11-2]].",
    ),
    (
        "delayPeriod",
        "Delay Period",
        "A time delay period prior to exercising the action of the Rule. The point in time triggering this period MAY be defined by another temporal Constraint combined by a Logical Constraint (utilising the odrl:andSequence operand).",
    ),
    (
        "deliveryChannel",
        "Delivery Channel",
        "The delivery channel used for exercising the action of the Rule.",
    ),
    (
        "elapsedTime",
        "Elapsed Time",
        "A continuous elapsed time period which may be used for exercising of the action of the Rule.",
    ),
    (
        "event",
        "Event",
        "An identified event setting a context for exercising the action of the Rule.",
    ),
    ("fileFormat", "File Format", "A transformed file format of the target Asset."),
    (
        "industry",
        "Industry Context",
        "A defined industry sector setting a context for exercising the action of the Rule.",
    ),
    ("language", "Language", "A natural language used by the target Asset."),
    (
        "media",
        "Media Context",
        "Category of a media asset setting a context for exercising the action of the Rule.",
    ),
    (
        "meteredTime",
        "Metered Time",
        "An accumulated amount of one to many metered time periods which were used for exercising the action of the Rule.",
    ),
    (
        "payAmount",
        "Payment Amount",
        "The amount of a financial payment. Right operand value MUST be an xsd:decimal.",
    ),
    (
        "percentage",
        "Asset Percentage",
        "A percentage amount of the target Asset relevant for exercising the action of the Rule.",
    ),
    (
        "product",
        "Product Context",
        "Category of product or service setting a context for exercising the action of a Rule.",
    ),
    ("purpose", "Purpose", "A defined purpose for exercising the action of the Rule."),
    (
        "recipient",
        "Recipient",
        "The party receiving the result/outcome of exercising the action of the Rule.",
    ),
    (
        "relativeSize",
        "Relative Asset Size",
        "Measure(s) of one or two axes for 2D-objects or measure(s) of one to tree axes for 3D-objects - expressed as percentages of full values - of the target Asset.",
    ),
    ("resolution", "Rendition Resolution", "Resolution of the rendition of the target Asset."),
    (
        "spatial",
        "Geospatial Named Area",
        "A named and identified geospatial area with defined borders which is used for exercising the action of the Rule. An IRI MUST be used to represent this value.",
    ),
    (
        "spatialCoordinates",
        "Geospatial Coordinates",
        "A set of coordinates setting the borders of a geospatial area used for exercising the action of the Rule.",
    ),
    (
        "systemDevice",
        "System Device",
        "An identified computing system or computing device used for exercising the action of the Rule.",
    ),
    (
        "timeInterval",
        "Recurring Time Interval",
        "A recurring period of time before the next execution of the action of the Rule.",
    ),
    (
        "unitOfCount",
        "Unit Of Count",
        "The unit of measure used for counting the executions of the action of the Rule.",
    ),
    ("version", "Version", "The version of the target Asset."),
    (
        "virtualLocation",
        "Virtual IT Communication Location",
        "An identified location of the IT communication space which is relevant for exercising the action of the Rule.",
    ),
]
OPERATORS = [
    ("eq", "Equal to", "Indicating that a given value equals the right operand of the Constraint."),
    (
        "gt",
        "Greater than",
        "Indicating that a given value is greater than the right operand of the Constraint.",
    ),
    (
        "gteq",
        "Greater than or equal to",
        "Indicating that a given value is greater than or equal to the right operand of the Constraint.",
    ),
    (
        "lt",
        "Less than",
        "Indicating that a given value is less than the right operand of the Constraint.",
    ),
    (
        "lteq",
        "Less than or equal to",
        "Indicating that a given value is less than or equal to the right operand of the Constraint.",
    ),
    (
        "neq",
        "Not equal to",
        "Indicating that a given value is not equal to the right operand of the Constraint.",
    ),
    (
        "isA",
        "Is a",
        "A set-based operator indicating that a given value is an instance of the right operand of the Constraint.",
    ),
    (
        "hasPart",
        "Has part",
        "A set-based operator indicating that a given value contains the right operand of the Constraint.",
    ),
    (
        "isPartOf",
        "Is part of",
        "A set-based operator indicating that a given value is contained by the right operand of the Constraint.",
    ),
    (
        "isAllOf",
        "Is all of",
        "A set-based operator indicating that a given value is all of the right operand of the Constraint.",
    ),
    (
        "isAnyOf",
        "Is any of",
        "A set-based operator indicating that a given value is any of the right operand of the Constraint.",
    ),
    (
        "isNoneOf",
        "Is none of",
        "A set-based operator indicating that a given value is none of the right operand of the Constraint.",
    ),
]
CLASSES = [
    ("Policy", "Policy", "A non-empty group of Permissions and/or Prohibitions.", None),
    ("Set", "Set", "A Policy that represents a collection of Rules.", "Policy"),
    ("Offer", "Offer", "A Policy that proposes a Rule over an Asset from an assigner.", "Policy"),
    (
        "Agreement",
        "Agreement",
        "A Policy that grants the assignee a Rule over an Asset from an assigner.",
        "Policy",
    ),
    (
        "Rule",
        "Rule",
        "An abstract concept that represents the common characteristics of Permissions, Prohibitions, and Duties.",
        None,
    ),
    ("Permission", "Permission", "The ability to perform an Action over an Asset.", "Rule"),
    ("Prohibition", "Prohibition", "The inability to perform an Action over an Asset.", "Rule"),
    ("Duty", "Duty", "The obligation to perform an Action", "Rule"),
    (
        "Asset",
        "Asset",
        "A resource or a collection of resources that are the subject of a Rule.",
        None,
    ),
    (
        "AssetCollection",
        "Asset Collection",
        "An Asset that is collection of individual resources",
        "Asset",
    ),
    (
        "Party",
        "Party",
        "An entity or a collection of entities that undertake Roles in a Rule.",
        None,
    ),
    (
        "PartyCollection",
        "Party Collection",
        "A Party that is a group of individual entities",
        "Party",
    ),
    ("Action", "Action", "An operation on an Asset.", None),
    (
        "Constraint",
        "Constraint",
        "A boolean expression that refines the semantics of an Action and Party/Asset Collection or declare the conditions applicable to a Rule.",
        None,
    ),
    (
        "LogicalConstraint",
        "Logical Constraint",
        "A logical expression that refines the semantics of an Action and Party/Asset Collection or declare the conditions applicable to a Rule.",
        None,
    ),
    ("LeftOperand", "Left Operand", "Left operand for a constraint expression.", None),
    ("Operator", "Operator", "Operator for constraint expression.", None),
]
PROPERTIES = [
    ("uid", "Unique Identifier", "An unambiguous identifier", None, None),
    (
        "profile",
        "Profile",
        "The identifier(s) of an ODRL Profile that the Policy conforms to.",
        "Policy",
        None,
    ),
    (
        "inheritFrom",
        "Inherits From",
        "Relates a (child) policy to another (parent) policy from which terms are inherited.",
        "Policy",
        "Policy",
    ),
    (
        "permission",
        "Has Permission",
        "The relation is used to express Permissions.",
        None,
        "Permission",
    ),
    (
        "prohibition",
        "Has Prohibition",
        "The relation is used to express Prohibitions.",
        None,
        "Prohibition",
    ),
    (
        "obligation",
        "Obligation",
        "Relating a Party to a Duty that obliges them to perform an Action.",
        "Policy",
        "Duty",
    ),
    ("duty", "Has Duty", "Relates an individual Duty to a Permission.", "Permission", "Duty"),
    (
        "action",
        "Action",
        "The operation relating to the Asset for which the Rule is being subjected.",
        "Rule",
        "Action",
    ),
    (
        "target",
        "Target",
        "The target property indicates the Asset that is the primary subject to which the Rule action directly applies.",
        None,
        "Asset",
    ),
    ("assigner", "Assigner", "The Party is the issuer of the Rule.", None, "Party"),
    ("assignee", "Assignee", "The Party is the recipient of the Rule.", None, "Party"),
    ("attributedParty", "Attributed Party", "The Party to be attributed.", None, "Party"),
    (
        "partOf",
        "Part Of",
        "Identifies an Asset/PartyCollection that the Asset/Party is a member of.",
        None,
        None,
    ),
    (
        "hasPolicy",
        "Target Policy",
        "Identifies an ODRL Policy for which the identified Asset is the target Asset to all the Rules.",
        "Asset",
        "Policy",
    ),
    ("constraint", "Constraint", "Constraint applied to a Rule", None, "Constraint"),
    (
        "refinement",
        "Refinement",
        "Constraint used to refine the semantics of an Action, or Party/Asset Collection",
        None,
        None,
    ),
    (
        "leftOperand",
        "Has Left Operand",
        "The left operand in a constraint expression.",
        "Constraint",
        "LeftOperand",
    ),
    (
        "operator",
        "Has Operator",
        "The operator function applied to operands of a Constraint",
        "Constraint",
        "Operator",
    ),
    (
        "rightOperand",
        "Has Right Operand",
        "The value of the right operand in a constraint expression.",
        "Constraint",
        None,
    ),
    (
        "unit",
        "Unit",
        "The unit of measurement of the value of the rightOperand or rightOperandReference of a Constraint.",
        "Constraint",
        None,
    ),
    (
        "consequence",
        "Consequence",
        "Relates a Duty to another Duty, the latter being a consequence of not fulfilling the former.",
        "Duty",
        "Duty",
    ),
    (
        "remedy",
        "Remedy",
        "Relates an individual remedy Duty to a Prohibition.",
        "Prohibition",
        "Duty",
    ),
    (
        "or",
        "Or",
        "The relation is satisfied when at least one of the Constraints is satisfied.",
        "LogicalConstraint",
        None,
    ),
]


def _lit(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def vocabulary() -> str:
    out = [
        "@prefix odrl: <http://www.w3.org/ns/odrl/2/> .",
        "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix dct: <http://purl.org/dc/terms/> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "",
        "odrl: a owl:Ontology ;",
        '    dct:title "ODRL Version 2.2"@en ;',
        '    dct:description "The ODRL Vocabulary and Expression defines a set of concepts and terms (the vocabulary) and encoding mechanism (the expression) for permissions and obligations statements describing digital content usage based on the ODRL Information Model."@en ;',
        '    owl:versionInfo "2.2" ;',
        '    dct:issued "2018-02-15"^^xsd:date .',
        "",
        'odrl:actions a skos:Collection ; skos:prefLabel "Actions"@en .',
        'odrl:leftOperands a skos:Collection ; skos:prefLabel "Left Operands"@en .',
        'odrl:constraintRelationalOperators a skos:Collection ; skos:prefLabel "Constraint Relational Operators"@en .',
        "",
    ]
    for name, label, definition, sup in CLASSES:
        out.append(f"odrl:{name} a rdfs:Class, owl:Class ;\n    rdfs:isDefinedBy odrl: ;")
        if sup:
            out.append(f"    rdfs:subClassOf odrl:{sup} ;")
        out.append(
            f"    rdfs:label {_lit(label)}@en ;\n    skos:definition {_lit(definition)}@en .\n"
        )
    for name, label, definition, domain, rng in PROPERTIES:
        kind = "owl:DatatypeProperty" if name in ("rightOperand",) else "owl:ObjectProperty"
        out.append(f"odrl:{name} a rdf:Property, {kind} ;\n    rdfs:isDefinedBy odrl: ;")
        if domain:
            out.append(f"    rdfs:domain odrl:{domain} ;")
        if rng:
            out.append(f"    rdfs:range odrl:{rng} ;")
        out.append(
            f"    rdfs:label {_lit(label)}@en ;\n    skos:definition {_lit(definition)}@en .\n"
        )
    out.append(
        "odrl:assigner rdfs:subPropertyOf odrl:function .\nodrl:assignee rdfs:subPropertyOf odrl:function ."
    )
    out.append(
        "odrl:attributedParty rdfs:subPropertyOf odrl:function .\nodrl:target rdfs:subPropertyOf odrl:relation .\n"
    )
    for name, label, definition, inc, _ in ACTIONS:
        out.append(
            f"odrl:{name} a odrl:Action, skos:Concept ;\n    rdfs:isDefinedBy odrl: ;\n"
            f"    rdfs:label {_lit(label)}@en ;\n    skos:definition {_lit(definition)}@en ;"
        )
        if inc:
            out.append(f"    odrl:includedIn odrl:{inc} ;")
        if name in IMPLIES:
            out.append(f"    odrl:implies odrl:{IMPLIES[name]} ;")
        if name == "distribute":
            out.append(
                '    skos:note "It is recommended to use nextPolicy with this action to specify the policy that must accompany the Asset."@en ;'
            )
        if name == "compensate":
            out.append(
                '    skos:note "The compensation amount and currency are expressed with a payAmount Constraint and its unit."@en ;'
            )
        out.append("    skos:inScheme odrl:actions .\n")
    for name, label, definition in LEFT_OPERANDS:
        out.append(
            f"odrl:{name} a odrl:LeftOperand, skos:Concept ;\n    rdfs:isDefinedBy odrl: ;\n"
            f"    rdfs:label {_lit(label)}@en ;\n    skos:definition {_lit(definition)}@en ;\n"
            "    skos:inScheme odrl:leftOperands .\n"
        )
    for name, label, definition in OPERATORS:
        out.append(
            f"odrl:{name} a odrl:Operator, skos:Concept ;\n    rdfs:isDefinedBy odrl: ;\n"
            f"    rdfs:label {_lit(label)}@en ;\n    skos:definition {_lit(definition)}@en ;\n"
            "    skos:inScheme odrl:constraintRelationalOperators .\n"
        )
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------- catalogue
PORTAL = "https://data.nordvik.no/"
THEMES = {
    "ENVI": ("Environment", "Miljø"),
    "TRAN": ("Transport", "Transport"),
    "ECON": ("Economy and finance", "Økonomi og finans"),
    "HEAL": ("Health", "Helse"),
    "REGI": ("Regions and cities", "Regioner og byer"),
    "ENER": ("Energy", "Energi"),
    "SOCI": ("Population and society", "Befolkning og samfunn"),
    "AGRI": ("Agriculture, fisheries, forestry and food", "Jordbruk, fiskeri, skogbruk og mat"),
    "TECH": ("Science and technology", "Vitenskap og teknologi"),
}
# key: (kind, name, email-or-homepage)
PARTIES = {
    "ssn": ("vcard", "Statistics Nordvik", "mailto:opendata@ssn.nordvik.no"),
    "met": ("vcard", "Nordvik Meteorological Institute", "mailto:data@met.nordvik.no"),
    "kart": ("vcard", "Nordvik Mapping Authority", "mailto:geodata@kartverk.nordvik.no"),
    "port": ("foaf", "Port of Halvøy Authority", "https://www.halvoyport.no/"),
    "brennholm": ("vcard", "City of Brennholm", "mailto:apne.data@brennholm.kommune.no"),
    "helse": ("vcard", "Nordvik Health Data Service", "mailto:access@helsedata.nordvik.no"),
    "fisk": ("vcard", "Directorate of Fisheries", "mailto:postmottak@fiskeri.nordvik.no"),
    "tidewater": ("foaf", "Tidewater Energy AS", "https://tidewater-energy.no/"),
    "fjordline": ("foaf", "Fjordline Logistics", "https://fjordline-logistics.com/"),
    "aurora": ("foaf", "Aurora Analytics Ltd", "https://aurora-analytics.io/"),
    "skarvik": ("foaf", "University of Skarvik", "https://www.uni-skarvik.no/"),
    "greengrid": ("foaf", "GreenGrid Mobility", "https://greengrid.eu/"),
    "polar": ("foaf", "Polar Ocean Research Centre", "https://polarocean.no/"),
    "mapsmith": ("foaf", "Mapsmith GmbH", "https://mapsmith.de/"),
    "kyst": ("vcard", "Nordvik Coastal Administration", "mailto:post@kystverk.nordvik.no"),
    "nordbank": ("foaf", "Nordbank ASA", "https://www.nordbank.no/"),
}
LOCALITY = {
    "ssn": "Brennholm",
    "met": "Skarvik",
    "kart": "Halvøy",
    "brennholm": "Brennholm",
    "helse": "Skarvik",
    "fisk": "Halvøy",
    "kyst": "Ålesvik",
}
PARTY_ALT = {
    "ssn": "SSN",
    "met": "MET Nordvik",
    "kart": "Kartverk Nordvik",
    "aurora": "Aurora Analytics",
}
COLLECTIONS_P = {
    "research-network": ("Nordvik Research Data Network", ["skarvik", "polar", "helse"]),
    "partners": (
        "Open Data Portal Partner Programme",
        ["aurora", "greengrid", "mapsmith", "fjordline"],
    ),
}
# key: (identifier, en title, nb title, publisher, themes, keywords, issued)
DATASETS = {
    "pop-municipal": (
        "SSN-07459",
        "Population by municipality",
        "Befolkning etter kommune",
        "ssn",
        ["SOCI", "REGI"],
        ["population", "census"],
        "2024-02-21",
    ),
    "household-income": (
        "SSN-06944",
        "Household income statistics",
        "Inntekts- og formuesstatistikk for husholdninger",
        "ssn",
        ["ECON", "SOCI"],
        ["income", "households"],
        "2023-12-14",
    ),
    "cpi": (
        "SSN-03013",
        "Consumer price index",
        "Konsumprisindeksen",
        "ssn",
        ["ECON"],
        ["inflation", "prices"],
        "2025-01-10",
    ),
    "business-register": (
        "SSN-10308",
        "Register of business enterprises",
        "Virksomhets- og foretaksregisteret",
        "ssn",
        ["ECON"],
        ["companies", "enterprises"],
        "2024-06-01",
    ),
    "weather-obs": (
        "MET-OBS-01",
        "Weather observations from land stations",
        "Værobservasjoner fra landstasjoner",
        "met",
        ["ENVI"],
        ["weather", "temperature", "precipitation"],
        "2022-03-01",
    ),
    "forecast-api": (
        "MET-FC-02",
        "Locationforecast weather forecasts",
        "Locationforecast værvarsler",
        "met",
        ["ENVI"],
        ["forecast"],
        "2021-09-15",
    ),
    "ocean-buoys": (
        "MET-OCN-07",
        "Ocean buoy measurements",
        "Målinger fra havbøyer",
        "met",
        ["ENVI", "TECH"],
        ["waves", "sea temperature"],
        "2023-05-30",
    ),
    "climate-normals": (
        "MET-CLIM-91",
        "Climate normals 1991-2020",
        "Klimanormaler 1991-2020",
        "met",
        ["ENVI"],
        ["climate"],
        "2021-06-30",
    ),
    "elevation": (
        "KV-DTM10",
        "Digital terrain model 10 m",
        "Digital terrengmodell 10 m",
        "kart",
        ["REGI", "TECH"],
        ["elevation", "terrain"],
        "2020-11-04",
    ),
    "addresses": (
        "KV-ADR",
        "Official address register",
        "Matrikkelens adresseregister",
        "kart",
        ["REGI"],
        ["addresses"],
        "2024-09-09",
    ),
    "nautical-charts": (
        "KV-SJO-50",
        "Nautical charts of the coast",
        "Sjøkart for kysten",
        "kart",
        ["TRAN", "REGI"],
        ["charts", "navigation"],
        "2019-04-18",
    ),
    "cadastre": (
        "KV-MAT",
        "Cadastral parcels",
        "Matrikkelens eiendomsgrenser",
        "kart",
        ["REGI", "ECON"],
        ["parcels", "property"],
        "2024-01-15",
    ),
    "vessel-calls": (
        "PHA-VC",
        "Vessel calls at the Port of Halvøy",
        "Skipsanløp i Halvøy havn",
        "port",
        ["TRAN"],
        ["ships", "port calls"],
        "2024-03-12",
    ),
    "cargo-volumes": (
        "PHA-CARGO",
        "Cargo throughput by commodity",
        "Godsomslag etter varetype",
        "port",
        ["TRAN", "ECON"],
        ["cargo", "freight"],
        "2024-03-12",
    ),
    "bus-gtfs": (
        "BRH-GTFS",
        "Brennholm public transport timetables",
        "Rutetabeller for kollektivtrafikk i Brennholm",
        "brennholm",
        ["TRAN"],
        ["GTFS", "buses"],
        "2025-02-01",
    ),
    "air-quality": (
        "BRH-AQ",
        "Air quality sensor readings",
        "Luftkvalitetsmålinger",
        "brennholm",
        ["ENVI", "HEAL"],
        ["NO2", "PM10"],
        "2024-10-20",
    ),
    "bike-counts": (
        "BRH-BIKE",
        "Bicycle counter data",
        "Sykkeltellinger",
        "brennholm",
        ["TRAN"],
        ["cycling"],
        "2023-08-08",
    ),
    "parking": (
        "BRH-PARK",
        "Parking occupancy",
        "Parkeringsbelegg",
        "brennholm",
        ["TRAN", "REGI"],
        ["parking"],
        "2024-04-04",
    ),
    "hospital-waits": (
        "HDS-VENT",
        "Hospital waiting times",
        "Ventetider i sykehus",
        "helse",
        ["HEAL"],
        ["waiting lists"],
        "2024-11-11",
    ),
    "prescriptions": (
        "HDS-RESEPT",
        "Prescription register extract",
        "Uttrekk fra reseptregisteret",
        "helse",
        ["HEAL"],
        ["medicines", "prescriptions"],
        "2023-03-03",
    ),
    "cancer-registry": (
        "HDS-KREFT",
        "Cancer registry microdata",
        "Mikrodata fra kreftregisteret",
        "helse",
        ["HEAL", "TECH"],
        ["cancer", "microdata"],
        "2022-12-01",
    ),
    "catch-stats": (
        "FD-FANGST",
        "Catch statistics by species",
        "Fangststatistikk etter art",
        "fisk",
        ["AGRI", "ECON"],
        ["fisheries", "catch"],
        "2024-07-07",
    ),
    "aquaculture-sites": (
        "FD-AKVA",
        "Aquaculture site register",
        "Register over akvakulturlokaliteter",
        "fisk",
        ["AGRI", "ENVI"],
        ["salmon farming"],
        "2024-05-05",
    ),
    "ais-tracks": (
        "KYV-AIS",
        "AIS vessel tracks",
        "AIS-skipsspor",
        "kyst",
        ["TRAN"],
        ["AIS", "shipping"],
        "2025-03-01",
    ),
    "lighthouses": (
        "KYV-FYR",
        "Lighthouses and navigation aids",
        "Fyr og navigasjonsinstallasjoner",
        "kyst",
        ["TRAN"],
        ["lighthouses"],
        "2018-10-10",
    ),
    "wave-forecast": (
        "KYV-BOLGE",
        "Coastal wave forecast",
        "Bølgevarsel for kysten",
        "kyst",
        ["ENVI", "TRAN"],
        ["waves"],
        "2024-02-02",
    ),
}
ASSET_COLLECTIONS = {
    "coastal-bundle": (
        "Coastal Observation Bundle",
        ["ocean-buoys", "ais-tracks", "wave-forecast", "lighthouses"],
    ),
    "health-microdata": ("Health Microdata Collection", ["prescriptions", "cancer-registry"]),
    "urban-mobility": ("Brennholm Urban Mobility Package", ["bus-gtfs", "bike-counts", "parking"]),
}
REGIONS = {
    "nordvik": ("Nordvik", "https://sws.geonames.org/7100001/"),
    "eea": ("European Economic Area", "http://publications.europa.eu/resource/authority/atu/EEA"),
    "brennholm-mun": ("Brennholm municipality", "https://sws.geonames.org/7100217/"),
}
PURPOSES = {
    "research": ("Academic research", "https://w3id.org/dpv#AcademicResearch"),
    "noncommercial": ("Non-commercial purpose", "https://w3id.org/dpv#NonCommercialPurpose"),
    "rnd": ("Research and development", "https://w3id.org/dpv#ResearchAndDevelopment"),
    "service": ("Service provision", "https://w3id.org/dpv#ServiceProvision"),
    "marketing": ("Marketing", "https://w3id.org/dpv#Marketing"),
}
EUR = "http://dbpedia.org/resource/Euro"
NOK = "http://dbpedia.org/resource/Norwegian_krone"


def catalogue(ds_policies: dict[str, list[str]]) -> str:
    out = [
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
        "@prefix dct: <http://purl.org/dc/terms/> .",
        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .",
        "@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix odrl: <http://www.w3.org/ns/odrl/2/> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix theme: <http://publications.europa.eu/resource/authority/data-theme/> .",
        f"@prefix ds: <{PORTAL}dataset/> .",
        f"@prefix org: <{PORTAL}organisation/> .",
        "",
        f"<{PORTAL}catalog> a dcat:Catalog ;",
        '    dct:title "Nordvik Open Data Portal"@en, "Nordviks åpne dataportal"@nb ;',
        "    dct:publisher org:ssn ;",
        "    dcat:dataset " + ", ".join(f"ds:{k}" for k in DATASETS) + " .",
        "",
    ]
    for code, (en, nb) in THEMES.items():
        out.append(
            f'theme:{code} a skos:Concept ; skos:prefLabel "{en}"@en, "{nb}"@nb ; skos:notation "{code}" .'
        )
    out.append("")
    for key, (kind, name, contact) in PARTIES.items():
        if kind == "vcard":
            out.append(
                f'org:{key} a vcard:Organization, odrl:Party ;\n    vcard:fn "{name}"@en ;\n    vcard:hasEmail <{contact}> ;'
            )
            if key in PARTY_ALT:
                out.append(f'    vcard:organization-name "{PARTY_ALT[key]}" ;')
            out.append(
                f'    vcard:hasAddress [ a vcard:Work ; vcard:locality "{LOCALITY[key]}" ; vcard:country-name "Nordvik" ] ;'
            )
        else:
            out.append(
                f'org:{key} a foaf:Organization, odrl:Party ;\n    foaf:name "{name}" ;\n    foaf:homepage <{contact}> ;'
            )
            if key in PARTY_ALT:
                out.append(f'    foaf:nick "{PARTY_ALT[key]}" ;')
        parts = [c for c, (_, members) in COLLECTIONS_P.items() if key in members]
        for c in parts:
            out.append(f"    odrl:partOf org:{c} ;")
        out[-1] = out[-1].rstrip(" ;") + " .\n"
    for key, (name, _) in COLLECTIONS_P.items():
        out.append(f'org:{key} a odrl:PartyCollection ;\n    rdfs:label "{name}"@en .\n')
    for key, (ident, en, nb, pub, themes, kws, issued) in DATASETS.items():
        out.append(
            f'ds:{key} a dcat:Dataset, odrl:Asset ;\n    dct:identifier "{ident}" ;\n'
            f'    dct:title "{en}"@en, "{nb}"@nb ;\n    dct:publisher org:{pub} ;\n'
            f"    dcat:theme {', '.join('theme:' + t for t in themes)} ;\n"
            f"    dcat:keyword {', '.join(_lit(k) + '@en' for k in kws)} ;\n"
            f'    dct:issued "{issued}"^^xsd:date ;'
        )
        for c, (_, members) in ASSET_COLLECTIONS.items():
            if key in members:
                out.append(f"    odrl:partOf ds:{c} ;")
        for p in ds_policies.get(key, []):
            out.append(f"    odrl:hasPolicy <{p}> ;")
        out[-1] = out[-1].rstrip(" ;") + " .\n"
    for key, (name, _) in ASSET_COLLECTIONS.items():
        out.append(
            f'ds:{key} a odrl:AssetCollection, dcat:Dataset ;\n    dct:title "{name}"@en .\n'
        )
    for name, iri in REGIONS.values():
        out.append(f'<{iri}> a dct:Location ; skos:prefLabel "{name}"@en .')
    for name, iri in PURPOSES.values():
        out.append(f'<{iri}> a skos:Concept ; skos:prefLabel "{name}"@en .')
    out.append(f'<{EUR}> rdfs:label "Euro"@en ; skos:notation "EUR" .')
    out.append(f'<{NOK}> rdfs:label "Norwegian krone"@en ; skos:notation "NOK" .')
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------- policies
POL = PORTAL + "policy/"
CONTEXT = {
    "odrl": "http://www.w3.org/ns/odrl/2/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dct": "http://purl.org/dc/terms/",
    "@vocab": "http://www.w3.org/ns/odrl/2/",
    "uid": "@id",
    "type": "@type",
    "Policy": "odrl:Policy",
    "Set": "odrl:Set",
    "Offer": "odrl:Offer",
    "Agreement": "odrl:Agreement",
    "Permission": "odrl:Permission",
    "Prohibition": "odrl:Prohibition",
    "Duty": "odrl:Duty",
    "Constraint": "odrl:Constraint",
    "profile": {"@type": "@id", "@id": "odrl:profile"},
    "inheritFrom": {"@type": "@id", "@id": "odrl:inheritFrom"},
    "permission": {"@type": "@id", "@id": "odrl:permission"},
    "prohibition": {"@type": "@id", "@id": "odrl:prohibition"},
    "obligation": {"@type": "@id", "@id": "odrl:obligation"},
    "duty": {"@type": "@id", "@id": "odrl:duty"},
    "consequence": {"@type": "@id", "@id": "odrl:consequence"},
    "remedy": {"@type": "@id", "@id": "odrl:remedy"},
    "action": {"@type": "@vocab", "@id": "odrl:action"},
    "target": {"@type": "@id", "@id": "odrl:target"},
    "assigner": {"@type": "@id", "@id": "odrl:assigner"},
    "assignee": {"@type": "@id", "@id": "odrl:assignee"},
    "attributedParty": {"@type": "@id", "@id": "odrl:attributedParty"},
    "constraint": {"@type": "@id", "@id": "odrl:constraint"},
    "refinement": {"@type": "@id", "@id": "odrl:refinement"},
    "or": {"@type": "@id", "@id": "odrl:or", "@container": "@list"},
    "leftOperand": {"@type": "@vocab", "@id": "odrl:leftOperand"},
    "operator": {"@type": "@vocab", "@id": "odrl:operator"},
    "rightOperand": "odrl:rightOperand",
    "unit": {"@type": "@id", "@id": "odrl:unit"},
    "value": "rdf:value",
    "title": "dct:title",
    "identifier": "dct:identifier",
    "issued": {"@type": "xsd:date", "@id": "dct:issued"},
    "description": "dct:description",
}
PROFILE = "https://data.nordvik.no/odrl-profile/1.0"
ORG = PORTAL + "organisation/"
DS = PORTAL + "dataset/"


def c(left: str, op: str, right: object, unit: str | None = None) -> dict[str, object]:
    """A constraint blank node."""
    out: dict[str, object] = {"leftOperand": left, "operator": op, "rightOperand": right}
    if unit:
        out["unit"] = unit
    return out


def date(d: str) -> dict[str, str]:
    return {"@value": d, "@type": "xsd:date"}


def dec(v: str) -> dict[str, str]:
    return {"@value": v, "@type": "xsd:decimal"}


def iri(x: str) -> dict[str, str]:
    return {"@id": x}


def pay(amount: str, unit: str = EUR) -> dict[str, object]:
    return {"action": "compensate", "constraint": [c("payAmount", "eq", dec(amount), unit)]}


def attrib(party: str) -> dict[str, object]:
    return {"action": "attribute", "attributedParty": ORG + party}


# (uid slug, type, identifier or None, title or None, policy-level fields, rules)
def policies() -> list[dict[str, object]]:
    P = []

    def add(
        slug: str, kind: str, ident: str | None, title: str | None, issued: str, **body: object
    ) -> None:
        d: dict[str, object] = {
            "uid": POL + slug,
            "type": kind,
            "profile": PROFILE,
            "issued": issued,
        }
        if ident:
            d["identifier"] = ident
        if title:
            d["title"] = {"@value": title, "@language": "en"}
        d.update(body)
        P.append(d)

    # the portal's base licence set every offer inherits from
    add(
        "nodl-2.0",
        "Set",
        "NODL-2.0",
        "Nordvik Open Data Licence 2.0",
        "2020-01-01",
        description={
            "@value": "The portal's standard open licence: reuse with attribution.",
            "@language": "en",
        },
        permission=[
            {
                "action": ["reproduce", "distribute", "derive", "commercialize"],
                "duty": [{"action": "attribute"}],
            }
        ],
        prohibition=[{"action": "modify", "remedy": [{"action": "inform"}]}],
    )
    add(
        "nodl-nc-1.0",
        "Set",
        "NODL-NC-1.0",
        "Nordvik Non-Commercial Data Licence 1.0",
        "2021-03-15",
        permission=[
            {
                "action": ["use", "reproduce", "distribute"],
                "constraint": [c("purpose", "isA", iri(PURPOSES["noncommercial"][1]))],
                "duty": [{"action": "attribute"}],
            }
        ],
        prohibition=[{"action": "commercialize"}, {"action": "sell"}],
    )
    add(
        "restricted-health",
        "Set",
        "NHDS-R-3",
        "Restricted Health Data Terms",
        "2022-06-01",
        permission=[
            {
                "action": "use",
                "constraint": [
                    c("purpose", "isA", iri(PURPOSES["research"][1])),
                    c("spatial", "eq", iri(REGIONS["eea"][1])),
                ],
                "duty": [{"action": "anonymize"}, {"action": "obtainConsent"}],
            }
        ],
        prohibition=[
            {"action": "distribute"},
            {"action": "commercialize"},
            {"action": "archive"},
            {"action": "aggregate", "remedy": [{"action": "delete"}]},
        ],
    )

    # open offers: policy-level assigner and target (compact form)
    for ds, who in [
        ("pop-municipal", "ssn"),
        ("cpi", "ssn"),
        ("climate-normals", "met"),
        ("addresses", "kart"),
        ("lighthouses", "kyst"),
        ("bike-counts", "brennholm"),
    ]:
        add(
            f"offer-{ds}-open",
            "Offer",
            None,
            None,
            "2024-01-01",
            inheritFrom=POL + "nodl-2.0",
            assigner=ORG + who,
            target=DS + ds,
            permission=[
                {"action": "distribute", "duty": [attrib(who)]},
                {"action": "commercialize"},
            ],
        )

    # offers with payment: rule-level assigner/target, compensate duties
    add(
        "offer-weather-obs-premium",
        "Offer",
        "MET-OF-2024-03",
        "Premium weather observations offer",
        "2024-02-10",
        inheritFrom=POL + "nodl-2.0",
        permission=[
            {
                "target": DS + "weather-obs",
                "assigner": ORG + "met",
                "action": "commercialize",
                "duty": [pay("1200.00"), attrib("met")],
            },
            {
                "target": DS + "weather-obs",
                "assigner": ORG + "met",
                "action": "distribute",
                "constraint": [c("spatial", "eq", iri(REGIONS["eea"][1]))],
            },
        ],
    )
    add(
        "offer-forecast-api",
        "Offer",
        "MET-OF-2023-11",
        "Locationforecast API access offer",
        "2023-11-20",
        assigner=ORG + "met",
        target=DS + "forecast-api",
        permission=[
            {
                "action": [
                    {
                        "value": {"@id": "odrl:use"},
                        "refinement": [
                            c("count", "lteq", {"@value": "20", "@type": "xsd:integer"})
                        ],
                    }
                ],
                "constraint": [c("dateTime", "lteq", date("2026-12-31"))],
            },
            {"action": "commercialize", "duty": [pay("350.00")]},
        ],
        prohibition=[{"action": "sell"}],
    )
    add(
        "offer-elevation",
        "Offer",
        "KV-OF-DTM",
        "Terrain model commercial offer",
        "2023-05-02",
        assigner=ORG + "kart",
        target=DS + "elevation",
        permission=[
            {
                "action": ["reproduce", "derive", "commercialize"],
                "duty": [pay("4500.00", NOK), attrib("kart")],
            }
        ],
        prohibition=[{"action": "sell"}, {"action": "transfer"}],
    )
    add(
        "offer-nautical",
        "Offer",
        "KV-OF-SJO",
        "Nautical chart licence offer",
        "2022-08-01",
        assigner=ORG + "kart",
        target=DS + "nautical-charts",
        permission=[
            {
                "action": "print",
                "constraint": [c("count", "lteq", {"@value": "500", "@type": "xsd:integer"})],
                "duty": [pay("800.00", NOK)],
            },
            {"action": "display"},
        ],
        prohibition=[{"action": "modify"}, {"action": "distribute"}],
    )
    add(
        "offer-vessel-calls",
        "Offer",
        "PHA-OF-1",
        "Port statistics offer",
        "2024-03-12",
        assigner=ORG + "port",
        permission=[
            {"target": DS + "vessel-calls", "action": "use"},
            {"target": DS + "cargo-volumes", "action": "use", "duty": [pay("95.00")]},
        ],
        prohibition=[{"target": DS + "vessel-calls", "action": "commercialize"}],
    )
    add(
        "offer-coastal-bundle",
        "Offer",
        "KYV-OF-BUNDLE",
        "Coastal Observation Bundle offer",
        "2025-01-15",
        assigner=ORG + "kyst",
        target=DS + "coastal-bundle",
        permission=[
            {"action": "use", "constraint": [c("dateTime", "lteq", date("2027-06-30"))]},
            {"action": "distribute", "duty": [pay("2400.00"), attrib("kyst")]},
        ],
        prohibition=[{"action": "sell"}],
    )
    add(
        "offer-urban-mobility",
        "Offer",
        None,
        None,
        "2025-02-01",
        assigner=ORG + "brennholm",
        target=DS + "urban-mobility",
        inheritFrom=POL + "nodl-2.0",
        permission=[
            {"action": "stream"},
            {
                "action": "derive",
                "constraint": [c("spatial", "eq", iri(REGIONS["brennholm-mun"][1]))],
            },
        ],
    )
    add(
        "offer-air-quality",
        "Offer",
        "BRH-OF-AQ",
        "Air quality open data terms",
        "2024-10-20",
        inheritFrom=POL + "nodl-nc-1.0",
        assigner=ORG + "brennholm",
        target=DS + "air-quality",
        permission=[{"action": "index"}],
        prohibition=[{"action": "commercialize"}],
    )
    add(
        "offer-catch",
        "Offer",
        "FD-OF-7",
        "Fisheries statistics offer",
        "2024-07-07",
        inheritFrom=POL + "nodl-2.0",
        assigner=ORG + "fisk",
        permission=[
            {"target": DS + "catch-stats", "action": "distribute"},
            {
                "target": DS + "aquaculture-sites",
                "action": "use",
                "constraint": [c("purpose", "isA", iri(PURPOSES["rnd"][1]))],
            },
        ],
        prohibition=[{"target": DS + "aquaculture-sites", "action": "distribute"}],
    )
    add(
        "offer-income",
        "Offer",
        None,
        "Household income microdata offer",
        "2023-12-14",
        inheritFrom=POL + "restricted-health",
        assigner=ORG + "ssn",
        target=DS + "household-income",
        permission=[
            {
                "action": "use",
                "constraint": [c("purpose", "isA", iri(PURPOSES["research"][1]))],
                "duty": [pay("150.00")],
            }
        ],
    )
    add(
        "offer-business-register",
        "Offer",
        "SSN-OF-BR",
        "Business register bulk offer",
        "2024-06-01",
        assigner=ORG + "ssn",
        target=DS + "business-register",
        permission=[{"action": ["reproduce", "commercialize"], "duty": [pay("600.00")]}],
        prohibition=[
            {"action": "use", "constraint": [c("purpose", "isA", iri(PURPOSES["marketing"][1]))]}
        ],
    )

    # agreements: assigner and assignee, end dates, obligations
    agreements = [
        (
            "agr-2024-017",
            "AGR-2024-017",
            "Weather data supply agreement with Tidewater Energy",
            "met",
            "tidewater",
            ["weather-obs", "ocean-buoys"],
            ["use", "commercialize"],
            "2026-03-31",
            "9800.00",
            EUR,
            "2024-04-01",
        ),
        (
            "agr-2024-021",
            "AGR-2024-021",
            "AIS data agreement with Fjordline Logistics",
            "kyst",
            "fjordline",
            ["ais-tracks"],
            ["use", "derive"],
            "2025-12-31",
            "15000.00",
            NOK,
            "2024-05-10",
        ),
        (
            "agr-2024-033",
            "AGR-2024-033",
            "Cadastre licence for Nordbank",
            "kart",
            "nordbank",
            ["cadastre", "addresses"],
            ["use", "commercialize", "reproduce"],
            "2027-01-31",
            "42000.00",
            NOK,
            "2024-08-19",
        ),
        (
            "agr-2023-088",
            "AGR-2023-088",
            "Health research access agreement",
            "helse",
            "skarvik",
            ["prescriptions", "cancer-registry"],
            ["use"],
            "2025-06-30",
            None,
            None,
            "2023-07-01",
        ),
        (
            "agr-2025-004",
            "AGR-2025-004",
            "Mobility data partnership with GreenGrid",
            "brennholm",
            "greengrid",
            ["bus-gtfs", "parking"],
            ["use", "commercialize", "distribute"],
            "2028-02-29",
            "3000.00",
            EUR,
            "2025-03-01",
        ),
        (
            "agr-2025-009",
            "AGR-2025-009",
            "Polar Ocean buoy data agreement",
            "met",
            "polar",
            ["ocean-buoys", "wave-forecast"],
            ["use", "distribute", "archive"],
            "2029-12-31",
            None,
            None,
            "2025-01-20",
        ),
        (
            "agr-2024-052",
            "AGR-2024-052",
            "Aurora Analytics price index licence",
            "ssn",
            "aurora",
            ["cpi", "household-income"],
            ["use", "commercialize"],
            "2026-09-30",
            "2750.00",
            EUR,
            "2024-10-01",
        ),
        (
            "agr-2025-013",
            "AGR-2025-013",
            "Mapsmith basemap agreement",
            "kart",
            "mapsmith",
            ["elevation", "nautical-charts"],
            ["reproduce", "derive", "distribute"],
            "2027-12-31",
            "18500.00",
            EUR,
            "2025-04-15",
        ),
        (
            "agr-2024-064",
            "AGR-2024-064",
            "Catch data agreement with Polar Ocean Research Centre",
            "fisk",
            "polar",
            ["catch-stats", "aquaculture-sites"],
            ["use", "archive"],
            "2026-12-31",
            None,
            None,
            "2024-11-30",
        ),
        (
            "agr-2025-040",
            "AGR-2025-040",
            "Nordbank business register subscription",
            "ssn",
            "nordbank",
            ["business-register"],
            ["use", "commercialize"],
            "2026-01-31",
            "7200.00",
            NOK,
            "2025-02-01",
        ),
        (
            "agr-2023-071",
            "AGR-2023-071",
            "Port traffic data agreement with Fjordline",
            "port",
            "fjordline",
            ["vessel-calls", "cargo-volumes"],
            ["use", "derive", "commercialize"],
            "2025-03-31",
            "1100.00",
            EUR,
            "2023-04-01",
        ),
        (
            "agr-2025-044",
            "AGR-2025-044",
            "Hospital waiting times dashboard agreement",
            "helse",
            "aurora",
            ["hospital-waits"],
            ["use", "display"],
            "2026-05-31",
            "640.00",
            EUR,
            "2025-06-01",
        ),
    ]
    for slug, ident, title, who, to, dss, acts, until, amount, unit, issued in agreements:
        perm: list[dict[str, object]] = []
        for ds in dss:
            rule: dict[str, object] = {
                "target": DS + ds,
                "assigner": ORG + who,
                "assignee": ORG + to,
                "action": acts if len(acts) > 1 else acts[0],
                "constraint": [c("dateTime", "lteq", date(until))],
            }
            if amount and ds == dss[0]:
                rule["duty"] = [{**pay(amount, unit), "consequence": [{"action": "inform"}]}]
            perm.append(rule)
        body: dict[str, object] = {"permission": perm}
        if slug in ("agr-2023-088", "agr-2024-052", "agr-2024-033"):
            body["prohibition"] = [
                {
                    "target": DS + dss[0],
                    "assigner": ORG + who,
                    "assignee": ORG + to,
                    "action": "distribute",
                }
            ]
        if slug == "agr-2023-088":
            body["inheritFrom"] = POL + "restricted-health"
            body["obligation"] = [
                {
                    "assigner": ORG + who,
                    "assignee": ORG + to,
                    "action": "delete",
                    "target": DS + d,
                    "constraint": [c("dateTime", "lteq", date("2025-09-30"))],
                }
                for d in dss
            ]
        if slug == "agr-2025-009":
            body["obligation"] = [
                {
                    "assigner": ORG + who,
                    "assignee": ORG + to,
                    "action": "inform",
                    "target": DS + dss[0],
                }
            ]
        add(slug, "Agreement", ident, title, issued, **body)

    # agreements with collections as assignees
    add(
        "agr-2025-020",
        "Agreement",
        "AGR-2025-020",
        "Research network climate data agreement",
        "2025-05-05",
        assigner=ORG + "met",
        assignee=ORG + "research-network",
        target=DS + "climate-normals",
        permission=[
            {
                "action": ["reproduce", "distribute"],
                "constraint": [
                    {
                        "or": [
                            c("purpose", "isA", iri(PURPOSES["research"][1])),
                            c("purpose", "isA", iri(PURPOSES["noncommercial"][1])),
                        ]
                    }
                ],
            }
        ],
    )
    add(
        "agr-2025-031",
        "Agreement",
        "AGR-2025-031",
        "Partner programme statistics agreement",
        "2025-06-10",
        assigner=ORG + "ssn",
        assignee=ORG + "partners",
        target=DS + "pop-municipal",
        permission=[
            {
                "action": "commercialize",
                "constraint": [c("dateTime", "lteq", date("2026-06-30"))],
                "duty": [pay("500.00")],
            }
        ],
        prohibition=[{"action": "sell"}],
    )
    return P


def main() -> None:
    OUT.mkdir(exist_ok=True)
    pols = policies()
    ds_policies: dict[str, list[str]] = {}
    for p in pols:
        targets = {p.get("target")} | {
            r.get("target") for k in ("permission", "prohibition") for r in p.get(k, [])
        }  # type: ignore[union-attr]
        for t in sorted(x for x in targets if isinstance(x, str)):
            ds_policies.setdefault(t.removeprefix(DS), []).append(str(p["uid"]))
    (OUT / "ODRL22.ttl").write_text(vocabulary(), encoding="utf-8")
    (OUT / "catalogue.ttl").write_text(catalogue(ds_policies), encoding="utf-8")
    doc = {"@context": CONTEXT, "@graph": pols}
    (OUT / "policies.jsonld").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
