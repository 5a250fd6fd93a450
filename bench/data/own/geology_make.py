# ruff: noqa: E501  (one record a line)
"""Write ``geology/``: a geological survey's linked data as its open-data portal publishes it,
in three Turtle files (the way BGS, USGS, GeoSciML-Lite and the ICS chronostratigraphic chart
publish theirs):

* ``timescale.ttl``: the ICS chart as SKOS + OWL-Time + the GeoSciML ``gts:`` ontology:
  eons, eras, periods, sub-periods, epochs and (for the Mesozoic) ages at
  ``resource.geosciml.org/classifier/ics/ischart/`` IRIs, each a ``skos:Concept`` with a
  ``skos:prefLabel`` in English and (periods) the survey's language, Welsh, ``skos:broader``
  the interval it lies in, ``gts:rank`` a rank concept, ``time:hasBeginning`` /
  ``time:hasEnd`` boundary nodes shared by the intervals that begin there (the Jurassic, the
  Lower Jurassic and the Hettangian all begin at "Base of Jurassic"), the boundary's age on a
  blank ``time:TimePosition`` (``time:numericPosition`` in Ma, ``time:hasTRS`` the Ma
  reference system); "Early Jurassic" only as ``skos:altLabel`` of "Lower Jurassic";
* ``vocabulary.ttl``: the survey's small OWL ontology (``gsv:``; ``gsv:hasPart`` declared the
  ``owl:inverseOf`` ``gsv:partOf``, the data states only ``partOf``), the CGI simple-lithology
  concepts the data uses (CGI IRIs, ``skos:prefLabel`` English, some Welsh ``skos:altLabel``,
  ``skos:broader`` chains), SKOS schemes of commodities, deposit types, deposit statuses,
  borehole purposes and depositional environments (some named only by ``rdfs:label``);
* ``data.ttl``: lithostratigraphic units (supergroups, groups, subgroups, formations, members
  with ``gsv:partOf``), named by ``skos:prefLabel`` on some and ``rdfs:label`` on others, BGS
  Lexicon codes as typed ``skos:notation`` ("MMG"), former names as ``skos:hiddenLabel`` or
  ``skos:altLabel``, Welsh names for Welsh units, ``gsv:dominantLithology`` /
  ``gsv:subordinateLithology``, GeoSciML-Lite ``gsv:olderNamedAge`` / ``gsv:youngerNamedAge``
  ICS intervals, thickness in metres as ``xsd:decimal`` or an untyped string, type localities
  (IRI or blank nodes with a WKT point); boreholes named by their registration number
  (``dcterms:identifier`` "SJ47SE/14", a few also by ``rdfs:label``), a WKT point in British
  National Grid coordinates, drilled length in m (typed or untyped), start date (``xsd:date``
  or ``xsd:gYear``), operator, purpose and logged intervals as n-ary nodes (IRIs on some
  boreholes, blank nodes on older ones: from / to depth, unit met); mineral occurrences
  (commodity, host unit, deposit type, status, a WKT point); fossil taxa named only by
  ``dwc:scientificName`` (some with a common name as ``skos:altLabel``) recorded from units;
  geological map sheets (``dcterms:title``, ``dcterms:identifier`` "E250", ``dcterms:creator``
  people by ``foaf:name``, ``dcterms:issued`` ``xsd:gYear``, scale, units depicted).

Units, ages and deposits follow the public record (BGS Lexicon, ICS 2023 chart); boreholes,
operators, maps' authors and logs are invented. Deterministic (seeded), stdlib only. Run from
the repository root: ``python bench/data/own/geology_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

OUT = Path(__file__).parent / "geology"
BASE = "https://data.geosurvey.example.org/"
ICS = "http://resource.geosciml.org/classifier/ics/ischart/"
LITH = "http://resource.geosciml.org/classifier/cgi/lithology/"

PREFIXES = f"""@prefix gsv: <{BASE}def/geology#> .
@prefix unit: <{BASE}id/unit/> .
@prefix bh: <{BASE}id/borehole/> .
@prefix occ: <{BASE}id/occurrence/> .
@prefix loc: <{BASE}id/locality/> .
@prefix org: <{BASE}id/organisation/> .
@prefix per: <{BASE}id/person/> .
@prefix map: <{BASE}id/map/> .
@prefix tax: <{BASE}id/taxon/> .
@prefix voc: <{BASE}def/vocab/> .
@prefix ischart: <{ICS}> .
@prefix lith: <{LITH}> .
@prefix gts: <http://resource.geosciml.org/ontology/timescale/gts#> .
@prefix rank: <http://resource.geosciml.org/ontology/timescale/rank/> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix geo: <http://www.opengis.net/ont/geosparql#> .
@prefix sf: <http://www.opengis.net/ont/sf#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix dwc: <http://rs.tdwg.org/dwc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

# ---------------------------------------------------------------- the time scale
# (local name, English label, rank, parent, base in Ma, Welsh label or "", notation or "")
INTERVALS = [
    ("Phanerozoic", "Phanerozoic", "Eon", "", 538.8, "Ffanerosöig", ""),
    ("Proterozoic", "Proterozoic", "Eon", "", 2500, "Proterosöig", ""),
    ("Archean", "Archean", "Eon", "", 4031, "Archeaidd", ""),
    ("Cenozoic", "Cenozoic", "Era", "Phanerozoic", 66.0, "Cenosöig", ""),
    ("Mesozoic", "Mesozoic", "Era", "Phanerozoic", 251.902, "Mesosöig", ""),
    ("Paleozoic", "Paleozoic", "Era", "Phanerozoic", 538.8, "Palaeosöig", ""),
    ("Neoproterozoic", "Neoproterozoic", "Era", "Proterozoic", 1000, "", ""),
    ("Quaternary", "Quaternary", "Period", "Cenozoic", 2.58, "Cwaternaidd", "Q"),
    ("Neogene", "Neogene", "Period", "Cenozoic", 23.03, "Neogen", "N"),
    ("Paleogene", "Paleogene", "Period", "Cenozoic", 66.0, "Paleogen", "Pg"),
    ("Cretaceous", "Cretaceous", "Period", "Mesozoic", 145.0, "Cretasaidd", "K"),
    ("Jurassic", "Jurassic", "Period", "Mesozoic", 201.4, "Jwrasig", "J"),
    ("Triassic", "Triassic", "Period", "Mesozoic", 251.902, "Triasig", "TR"),
    ("Permian", "Permian", "Period", "Paleozoic", 298.9, "Permaidd", "P"),
    ("Carboniferous", "Carboniferous", "Period", "Paleozoic", 358.9, "Carbonifferaidd", "C"),
    ("Devonian", "Devonian", "Period", "Paleozoic", 419.2, "Defonaidd", "D"),
    ("Silurian", "Silurian", "Period", "Paleozoic", 443.8, "Silwraidd", "S"),
    ("Ordovician", "Ordovician", "Period", "Paleozoic", 485.4, "Ordofigaidd", "O"),
    ("Cambrian", "Cambrian", "Period", "Paleozoic", 538.8, "Cambriaidd", "CA"),
    ("Ediacaran", "Ediacaran", "Period", "Neoproterozoic", 635, "", ""),
    ("Pennsylvanian", "Pennsylvanian", "Sub-Period", "Carboniferous", 323.2, "", ""),
    ("Mississippian", "Mississippian", "Sub-Period", "Carboniferous", 358.9, "", ""),
    ("Holocene", "Holocene", "Epoch", "Quaternary", 0.0117, "Holosen", ""),
    ("Pleistocene", "Pleistocene", "Epoch", "Quaternary", 2.58, "Pleistosen", ""),
    ("Pliocene", "Pliocene", "Epoch", "Neogene", 5.333, "", ""),
    ("Miocene", "Miocene", "Epoch", "Neogene", 23.03, "", ""),
    ("Oligocene", "Oligocene", "Epoch", "Paleogene", 33.9, "", ""),
    ("Eocene", "Eocene", "Epoch", "Paleogene", 56.0, "Eosen", ""),
    ("Paleocene", "Paleocene", "Epoch", "Paleogene", 66.0, "", ""),
    ("UpperCretaceous", "Upper Cretaceous", "Epoch", "Cretaceous", 100.5, "", ""),
    ("LowerCretaceous", "Lower Cretaceous", "Epoch", "Cretaceous", 145.0, "", ""),
    ("UpperJurassic", "Upper Jurassic", "Epoch", "Jurassic", 161.5, "", ""),
    ("MiddleJurassic", "Middle Jurassic", "Epoch", "Jurassic", 174.7, "", ""),
    ("LowerJurassic", "Lower Jurassic", "Epoch", "Jurassic", 201.4, "", ""),
    ("UpperTriassic", "Upper Triassic", "Epoch", "Triassic", 237.0, "", ""),
    ("MiddleTriassic", "Middle Triassic", "Epoch", "Triassic", 247.2, "", ""),
    ("LowerTriassic", "Lower Triassic", "Epoch", "Triassic", 251.902, "", ""),
    ("Lopingian", "Lopingian", "Epoch", "Permian", 259.51, "", ""),
    ("Guadalupian", "Guadalupian", "Epoch", "Permian", 273.01, "", ""),
    ("Cisuralian", "Cisuralian", "Epoch", "Permian", 298.9, "", ""),
    ("Ypresian", "Ypresian", "Age", "Eocene", 56.0, "", ""),
    ("Thanetian", "Thanetian", "Age", "Paleocene", 59.2, "", ""),
    ("Maastrichtian", "Maastrichtian", "Age", "UpperCretaceous", 72.1, "", ""),
    ("Campanian", "Campanian", "Age", "UpperCretaceous", 83.6, "", ""),
    ("Santonian", "Santonian", "Age", "UpperCretaceous", 86.3, "", ""),
    ("Coniacian", "Coniacian", "Age", "UpperCretaceous", 89.8, "", ""),
    ("Turonian", "Turonian", "Age", "UpperCretaceous", 93.9, "", ""),
    ("Cenomanian", "Cenomanian", "Age", "UpperCretaceous", 100.5, "", ""),
    ("Albian", "Albian", "Age", "LowerCretaceous", 113.0, "", ""),
    ("Aptian", "Aptian", "Age", "LowerCretaceous", 121.4, "", ""),
    ("Barremian", "Barremian", "Age", "LowerCretaceous", 125.77, "", ""),
    ("Hauterivian", "Hauterivian", "Age", "LowerCretaceous", 132.6, "", ""),
    ("Valanginian", "Valanginian", "Age", "LowerCretaceous", 139.8, "", ""),
    ("Berriasian", "Berriasian", "Age", "LowerCretaceous", 145.0, "", ""),
    ("Tithonian", "Tithonian", "Age", "UpperJurassic", 149.2, "", ""),
    ("Kimmeridgian", "Kimmeridgian", "Age", "UpperJurassic", 154.8, "", ""),
    ("Oxfordian", "Oxfordian", "Age", "UpperJurassic", 161.5, "", ""),
    ("Callovian", "Callovian", "Age", "MiddleJurassic", 165.3, "", ""),
    ("Bathonian", "Bathonian", "Age", "MiddleJurassic", 168.2, "", ""),
    ("Bajocian", "Bajocian", "Age", "MiddleJurassic", 170.9, "", ""),
    ("Aalenian", "Aalenian", "Age", "MiddleJurassic", 174.7, "", ""),
    ("Toarcian", "Toarcian", "Age", "LowerJurassic", 184.2, "", ""),
    ("Pliensbachian", "Pliensbachian", "Age", "LowerJurassic", 192.9, "", ""),
    ("Sinemurian", "Sinemurian", "Age", "LowerJurassic", 199.5, "", ""),
    ("Hettangian", "Hettangian", "Age", "LowerJurassic", 201.4, "", ""),
    ("Rhaetian", "Rhaetian", "Age", "UpperTriassic", 208.5, "", ""),
    ("Norian", "Norian", "Age", "UpperTriassic", 227.0, "", ""),
    ("Carnian", "Carnian", "Age", "UpperTriassic", 237.0, "", ""),
    ("Ladinian", "Ladinian", "Age", "MiddleTriassic", 242.0, "", ""),
    ("Anisian", "Anisian", "Age", "MiddleTriassic", 247.2, "", ""),
    ("Olenekian", "Olenekian", "Age", "LowerTriassic", 251.2, "", ""),
    ("Induan", "Induan", "Age", "LowerTriassic", 251.902, "", ""),
]
ALT_EPOCH = {"Upper": "Late", "Middle": "Middle", "Lower": "Early"}
RANK_CLASS = {
    "Eon": "GeochronologicEon",
    "Era": "GeochronologicEra",
    "Period": "GeochronologicPeriod",
    "Sub-Period": "GeochronologicSubPeriod",
    "Epoch": "GeochronologicEpoch",
    "Age": "GeochronologicAge",
}


def _v(scheme: str, local: str) -> str:
    """A survey vocabulary concept's IRI (its path has a slash, so no prefixed name)."""
    return f"<{BASE}def/vocab/{scheme}/{local}>"


def _num(x: float) -> str:
    return f"{x:g}" if x != int(x) else f"{x:.1f}"


def timescale() -> str:
    by = {i[0]: i for i in INTERVALS}
    # the interval of highest rank beginning at each boundary names it
    order = ["Eon", "Era", "Period", "Sub-Period", "Epoch", "Age"]
    base_of: dict[float, str] = {}
    for i in sorted(INTERVALS, key=lambda i: order.index(i[2])):
        base_of.setdefault(i[4], i[0])
    # the end of an interval is the base of the next younger one of the same parent chain
    ends: dict[str, float] = {}
    for i in INTERVALS:
        younger = [j[4] for j in INTERVALS if j[2] == i[2] and j[4] < i[4]]
        ends[i[0]] = max(younger) if younger else 0.0
    ends.update(
        {
            "Holocene": 0.0,
            "Quaternary": 0.0,
            "Cenozoic": 0.0,
            "Phanerozoic": 0.0,
            "Archean": 2500,
            "Proterozoic": 538.8,
            "Neoproterozoic": 538.8,
            "Ediacaran": 538.8,
            "Ypresian": 47.8,
            "Eocene": 33.9,
            "Thanetian": 56.0,
            "Maastrichtian": 66.0,
            "Pennsylvanian": 298.9,
        }
    )
    lines = [
        PREFIXES,
        f'<{ICS}> a skos:ConceptScheme ; skos:prefLabel "International Chronostratigraphic Chart"@en ; dcterms:issued "2023-09"^^xsd:gYearMonth ; dcterms:publisher "International Commission on Stratigraphy" .',
        '<http://resource.geosciml.org/classifier/cgi/geologicage/ma> a time:TRS ; rdfs:label "Ma (millions of years before present)"@en .',
    ]
    for r in order:
        lines.append(f'rank:{r.replace("-", "")} a skos:Concept ; skos:prefLabel "{r}"@en .')
    boundaries = sorted(set(base_of) | set(ends.values()))
    for b in boundaries:
        name = base_of.get(b)
        node = f"ischart:Base{name}" if name else f"ischart:Boundary{_num(b).replace('.', '_')}"
        label = f"Base of {by[name][1]}" if name else f"{_num(b)} Ma boundary"
        if b == 0.0:
            node, label = "ischart:Present", "Present"
        lines.append(
            f'{node} a gts:GeochronologicBoundary ; rdfs:label "{label}"@en ; time:inTemporalPosition [ a time:TimePosition ; time:hasTRS <http://resource.geosciml.org/classifier/cgi/geologicage/ma> ; time:numericPosition "{_num(b)}"^^xsd:decimal ] .'
        )

    def bnode(b: float) -> str:
        if b == 0.0:
            return "ischart:Present"
        name = base_of.get(b)
        return f"ischart:Base{name}" if name else f"ischart:Boundary{_num(b).replace('.', '_')}"

    for local, label, rnk, parent, base, cy, notation in INTERVALS:
        parts = [
            f"ischart:{local} a skos:Concept, gts:{RANK_CLASS[rnk]}",
            f'skos:prefLabel "{label}"@en',
            f"skos:inScheme <{ICS}>",
            f"gts:rank rank:{rnk.replace('-', '')}",
            f"time:hasBeginning {bnode(base)}",
            f"time:hasEnd {bnode(ends[local])}",
        ]
        if cy:
            parts.append(f'skos:prefLabel "{cy}"@cy')
        if notation:
            parts.append(f'skos:notation "{notation}"')
        if parent:
            parts.append(f"skos:broader ischart:{parent}")
        first = label.split()[0]
        if rnk == "Epoch" and first in ALT_EPOCH and first != "Middle":
            parts.append(f'skos:altLabel "{ALT_EPOCH[first]} {label.split()[1]}"@en')
        lines.append(" ;\n    ".join(parts) + " .")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the vocabulary
LITHOLOGIES = [
    # (local, label, broader, Welsh)
    ("sedimentary_rock", "sedimentary rock", "", "craig waddod"),
    ("clastic_sedimentary_rock", "clastic sedimentary rock", "sedimentary_rock", ""),
    ("carbonate_sedimentary_rock", "carbonate sedimentary rock", "sedimentary_rock", ""),
    ("sandstone", "sandstone", "clastic_sedimentary_rock", "tywodfaen"),
    ("mudstone", "mudstone", "clastic_sedimentary_rock", "carreg laid"),
    ("siltstone", "siltstone", "clastic_sedimentary_rock", ""),
    ("conglomerate", "conglomerate", "clastic_sedimentary_rock", ""),
    ("clay", "clay", "clastic_sedimentary_rock", "clai"),
    ("sand", "sand", "clastic_sedimentary_rock", ""),
    ("limestone", "limestone", "carbonate_sedimentary_rock", "calchfaen"),
    ("chalk", "chalk", "carbonate_sedimentary_rock", "sialc"),
    ("dolomitic_or_magnesian_sedimentary_rock", "dolostone", "carbonate_sedimentary_rock", ""),
    ("evaporite", "evaporite", "sedimentary_rock", ""),
    ("coal", "coal", "sedimentary_rock", "glo"),
    ("ironstone", "ironstone", "sedimentary_rock", ""),
    ("igneous_rock", "igneous rock", "", ""),
    ("rhyolite", "rhyolite", "igneous_rock", ""),
    ("tuff", "tuff", "igneous_rock", ""),
    ("andesite", "andesite", "igneous_rock", ""),
    ("granite", "granite", "igneous_rock", "gwenithfaen"),
    ("metamorphic_rock", "metamorphic rock", "", ""),
    ("slate", "slate", "metamorphic_rock", "llechfaen"),
    ("schist", "schist", "metamorphic_rock", ""),
]
SCHEMES = {
    # scheme: [(local, English label, Welsh or "", how named: "pref" or "label")]
    "commodity": [
        ("Cu", "copper", "copr", "pref"),
        ("Pb", "lead", "plwm", "pref"),
        ("Zn", "zinc", "sinc", "pref"),
        ("Au", "gold", "aur", "pref"),
        ("Sn", "tin", "tun", "pref"),
        ("W", "tungsten", "", "pref"),
        ("Ba", "barite", "", "pref"),
        ("CaF2", "fluorite", "", "pref"),
        ("K", "potash", "", "pref"),
        ("Fe", "iron ore", "mwyn haearn", "pref"),
    ],
    "deposittype": [
        ("vms", "volcanogenic massive sulphide", "", "label"),
        ("porphyry", "porphyry copper", "", "label"),
        ("mvt", "Mississippi Valley-type", "", "label"),
        ("vein", "hydrothermal vein", "", "label"),
        ("greisen", "greisen", "", "label"),
        ("sedcu", "sediment-hosted copper", "", "label"),
        ("evaporite", "bedded evaporite", "", "label"),
        ("oolitic", "oolitic ironstone", "", "label"),
        ("orogenicau", "orogenic gold", "", "label"),
    ],
    "depositstatus": [
        ("active", "active mine", "mwynglawdd gweithredol", "pref"),
        ("past", "past producer", "", "pref"),
        ("prospect", "prospect", "", "pref"),
        ("occurrence", "occurrence", "", "pref"),
    ],
    "boreholepurpose": [
        ("hydrocarbon", "hydrocarbon exploration", "", "pref"),
        ("water", "water supply", "cyflenwad dŵr", "pref"),
        ("site", "site investigation", "", "pref"),
        ("mineral", "mineral exploration", "", "pref"),
        ("geothermal", "geothermal", "", "pref"),
        ("research", "stratigraphic research", "", "pref"),
        ("coal", "coal exploration", "", "pref"),
    ],
    "environment": [
        ("fluvial", "fluvial", "", "label"),
        ("lacustrine", "lacustrine", "", "label"),
        ("shallowmarine", "shallow marine", "", "label"),
        ("deepmarine", "deep marine", "", "label"),
        ("aeolian", "aeolian", "", "label"),
        ("playa", "playa / sabkha", "", "label"),
        ("deltaic", "deltaic", "", "label"),
        ("volcanic", "volcanic arc", "", "label"),
    ],
}


def vocabulary() -> str:
    lines = [
        PREFIXES,
        f'<{BASE}def/geology> a owl:Ontology ; rdfs:label "Geological Survey data model"@en ; owl:imports <http://www.opengis.net/ont/geosparql>, <http://www.w3.org/2006/time> .',
        'gsv:GeologicUnit a owl:Class ; rdfs:subClassOf geo:Feature ; rdfs:label "geologic unit"@en ; skos:definition "A body of rock recognised by its lithology and stratigraphic position"@en .',
    ]
    for cls, lab in [
        ("Supergroup", "supergroup"),
        ("Group", "group"),
        ("Subgroup", "subgroup"),
        ("Formation", "formation"),
        ("Member", "member"),
        ("Intrusion", "igneous intrusion"),
    ]:
        lines.append(
            f'gsv:{cls} a owl:Class ; rdfs:subClassOf gsv:GeologicUnit ; rdfs:label "{lab}"@en .'
        )
    for cls, lab, sup in [
        ("Borehole", "borehole", "geo:Feature"),
        ("LoggedInterval", "logged borehole interval", "owl:Thing"),
        ("MineralOccurrence", "mineral occurrence", "geo:Feature"),
        ("Locality", "locality", "geo:Feature"),
        ("FossilTaxon", "fossil taxon", "owl:Thing"),
        ("GeologicalMap", "geological map", "dcterms:BibliographicResource"),
        ("Organisation", "organisation", "foaf:Organization"),
    ]:
        lines.append(f'gsv:{cls} a owl:Class ; rdfs:subClassOf {sup} ; rdfs:label "{lab}"@en .')
    for prop, lab, dom, rng, kind in [
        ("partOf", "part of", "gsv:GeologicUnit", "gsv:GeologicUnit", "owl:ObjectProperty"),
        ("hasPart", "has part", "gsv:GeologicUnit", "gsv:GeologicUnit", "owl:ObjectProperty"),
        (
            "dominantLithology",
            "dominant lithology",
            "gsv:GeologicUnit",
            "skos:Concept",
            "owl:ObjectProperty",
        ),
        (
            "subordinateLithology",
            "subordinate lithology",
            "gsv:GeologicUnit",
            "skos:Concept",
            "owl:ObjectProperty",
        ),
        (
            "olderNamedAge",
            "older named age",
            "gsv:GeologicUnit",
            "skos:Concept",
            "owl:ObjectProperty",
        ),
        (
            "youngerNamedAge",
            "younger named age",
            "gsv:GeologicUnit",
            "skos:Concept",
            "owl:ObjectProperty",
        ),
        (
            "depositionalEnvironment",
            "depositional environment",
            "gsv:GeologicUnit",
            "skos:Concept",
            "owl:ObjectProperty",
        ),
        ("typeLocality", "type locality", "gsv:GeologicUnit", "gsv:Locality", "owl:ObjectProperty"),
        (
            "maximumThickness",
            "maximum thickness (m)",
            "gsv:GeologicUnit",
            "xsd:decimal",
            "owl:DatatypeProperty",
        ),
        (
            "drilledLength",
            "drilled length (m)",
            "gsv:Borehole",
            "xsd:decimal",
            "owl:DatatypeProperty",
        ),
        (
            "drillingStarted",
            "drilling start date",
            "gsv:Borehole",
            "xsd:date",
            "owl:DatatypeProperty",
        ),
        ("operator", "operator", "gsv:Borehole", "gsv:Organisation", "owl:ObjectProperty"),
        ("purpose", "purpose", "gsv:Borehole", "skos:Concept", "owl:ObjectProperty"),
        (
            "groundLevel",
            "ground level elevation (m OD)",
            "gsv:Borehole",
            "xsd:decimal",
            "owl:DatatypeProperty",
        ),
        (
            "loggedInterval",
            "logged interval",
            "gsv:Borehole",
            "gsv:LoggedInterval",
            "owl:ObjectProperty",
        ),
        (
            "fromDepth",
            "from depth (m)",
            "gsv:LoggedInterval",
            "xsd:decimal",
            "owl:DatatypeProperty",
        ),
        ("toDepth", "to depth (m)", "gsv:LoggedInterval", "xsd:decimal", "owl:DatatypeProperty"),
        (
            "unitMet",
            "unit encountered",
            "gsv:LoggedInterval",
            "gsv:GeologicUnit",
            "owl:ObjectProperty",
        ),
        ("commodity", "commodity", "gsv:MineralOccurrence", "skos:Concept", "owl:ObjectProperty"),
        (
            "hostUnit",
            "host rock unit",
            "gsv:MineralOccurrence",
            "gsv:GeologicUnit",
            "owl:ObjectProperty",
        ),
        (
            "depositType",
            "deposit type",
            "gsv:MineralOccurrence",
            "skos:Concept",
            "owl:ObjectProperty",
        ),
        ("status", "status", "gsv:MineralOccurrence", "skos:Concept", "owl:ObjectProperty"),
        (
            "recordedFrom",
            "recorded from",
            "gsv:FossilTaxon",
            "gsv:GeologicUnit",
            "owl:ObjectProperty",
        ),
        (
            "depictsUnit",
            "depicts unit",
            "gsv:GeologicalMap",
            "gsv:GeologicUnit",
            "owl:ObjectProperty",
        ),
        (
            "scaleDenominator",
            "scale denominator",
            "gsv:GeologicalMap",
            "xsd:integer",
            "owl:DatatypeProperty",
        ),
    ]:
        lines.append(
            f'gsv:{prop} a {kind} ; rdfs:label "{lab}"@en ; rdfs:domain {dom} ; rdfs:range {rng} .'
        )
    lines.append("gsv:hasPart owl:inverseOf gsv:partOf .")
    lines.append(
        f'<{LITH}> a skos:ConceptScheme ; skos:prefLabel "CGI Simple Lithology"@en ; dcterms:publisher "IUGS Commission for the Management and Application of Geoscience Information" .'
    )
    for local, label, broader, cy in LITHOLOGIES:
        parts = [
            f"lith:{local} a skos:Concept",
            f'skos:prefLabel "{label}"@en',
            f"skos:inScheme <{LITH}>",
        ]
        if broader:
            parts.append(f"skos:broader lith:{broader}")
        if cy:
            parts.append(f'skos:altLabel "{cy}"@cy')
        lines.append(" ; ".join(parts) + " .")
    for scheme, concepts in SCHEMES.items():
        lines.append(f'voc:{scheme} a skos:ConceptScheme ; rdfs:label "{scheme}" .')
        for local, label, cy, how in concepts:
            naming = f'skos:prefLabel "{label}"@en' if how == "pref" else f'rdfs:label "{label}"'
            parts = [f"{_v(scheme, local)} a skos:Concept", naming, f"skos:inScheme voc:{scheme}"]
            if scheme == "commodity":
                parts.append(f'skos:notation "{local}"')
            if cy:
                parts.append(f'skos:prefLabel "{cy}"@cy')
            lines.append(" ; ".join(parts) + " .")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the units
# (local, name, class, part of, code, dominant, subordinate, older age, younger age,
#  max thickness, environment, type locality, Welsh / former name, naming style)
# naming style: "pref" skos:prefLabel@en, "label" rdfs:label (no language), "both"
UNITS = [
    (
        "MMG",
        "Mercia Mudstone Group",
        "Group",
        "",
        "MMG",
        "mudstone",
        "siltstone",
        "Anisian",
        "Rhaetian",
        1350,
        "playa",
        "",
        "former: Keuper Marl",
        "pref",
    ),
    (
        "SIM",
        "Sidmouth Mudstone Formation",
        "Formation",
        "MMG",
        "SIM",
        "mudstone",
        "",
        "Anisian",
        "Carnian",
        420,
        "playa",
        "Sidmouth",
        "",
        "label",
    ),
    (
        "ARSA",
        "Arden Sandstone Formation",
        "Formation",
        "MMG",
        "ARSA",
        "sandstone",
        "mudstone",
        "Carnian",
        "Carnian",
        12,
        "fluvial",
        "",
        "",
        "label",
    ),
    (
        "BRMU",
        "Branscombe Mudstone Formation",
        "Formation",
        "MMG",
        "BRMU",
        "mudstone",
        "",
        "Carnian",
        "Norian",
        300,
        "playa",
        "Branscombe",
        "",
        "both",
    ),
    (
        "BAN",
        "Blue Anchor Formation",
        "Formation",
        "MMG",
        "BAN",
        "mudstone",
        "dolomitic_or_magnesian_sedimentary_rock",
        "Norian",
        "Rhaetian",
        40,
        "lacustrine",
        "Blue Anchor",
        "",
        "pref",
    ),
    (
        "TARP",
        "Tarporley Siltstone Formation",
        "Formation",
        "MMG",
        "TARP",
        "siltstone",
        "sandstone",
        "Anisian",
        "Anisian",
        220,
        "deltaic",
        "Tarporley",
        "",
        "label",
    ),
    (
        "NWS",
        "Northwich Halite Formation",
        "Formation",
        "MMG",
        "NWS",
        "evaporite",
        "mudstone",
        "Ladinian",
        "Carnian",
        280,
        "playa",
        "Northwich",
        "",
        "label",
    ),
    (
        "SSG",
        "Sherwood Sandstone Group",
        "Group",
        "",
        "SSG",
        "sandstone",
        "conglomerate",
        "Induan",
        "Anisian",
        1500,
        "fluvial",
        "",
        "former: Bunter Sandstone",
        "pref",
    ),
    (
        "HSF",
        "Helsby Sandstone Formation",
        "Formation",
        "SSG",
        "HSF",
        "sandstone",
        "",
        "Olenekian",
        "Anisian",
        200,
        "fluvial",
        "Helsby Hill",
        "",
        "both",
    ),
    (
        "WLSF",
        "Wilmslow Sandstone Formation",
        "Formation",
        "SSG",
        "WLSF",
        "sandstone",
        "",
        "Induan",
        "Olenekian",
        450,
        "aeolian",
        "Wilmslow",
        "",
        "label",
    ),
    (
        "CHES",
        "Chester Formation",
        "Formation",
        "SSG",
        "CHES",
        "sandstone",
        "conglomerate",
        "Induan",
        "Induan",
        350,
        "fluvial",
        "Chester",
        "former: Chester Pebble Beds Formation",
        "pref",
    ),
    (
        "BSPB",
        "Budleigh Salterton Pebble Beds Formation",
        "Formation",
        "SSG",
        "BSPB",
        "conglomerate",
        "sandstone",
        "Induan",
        "Induan",
        30,
        "fluvial",
        "Budleigh Salterton",
        "",
        "label",
    ),
    (
        "PNG",
        "Penarth Group",
        "Group",
        "",
        "PNG",
        "mudstone",
        "limestone",
        "Rhaetian",
        "Rhaetian",
        20,
        "shallowmarine",
        "Penarth",
        "Grŵp Penarth",
        "pref",
    ),
    (
        "WBS",
        "Westbury Formation",
        "Formation",
        "PNG",
        "WBS",
        "mudstone",
        "",
        "Rhaetian",
        "Rhaetian",
        12,
        "shallowmarine",
        "Westbury Garden Cliff",
        "",
        "label",
    ),
    (
        "LI",
        "Lias Group",
        "Group",
        "",
        "LI",
        "mudstone",
        "limestone",
        "Hettangian",
        "Toarcian",
        500,
        "shallowmarine",
        "",
        "",
        "pref",
    ),
    (
        "BLI",
        "Blue Lias Formation",
        "Formation",
        "LI",
        "BLI",
        "limestone",
        "mudstone",
        "Rhaetian",
        "Sinemurian",
        35,
        "shallowmarine",
        "Lyme Regis",
        "",
        "label",
    ),
    (
        "CHAM",
        "Charmouth Mudstone Formation",
        "Formation",
        "LI",
        "CHAM",
        "mudstone",
        "",
        "Sinemurian",
        "Pliensbachian",
        240,
        "shallowmarine",
        "Charmouth",
        "",
        "both",
    ),
    (
        "MRB",
        "Marlstone Rock Formation",
        "Formation",
        "LI",
        "MRB",
        "ironstone",
        "limestone",
        "Pliensbachian",
        "Toarcian",
        15,
        "shallowmarine",
        "",
        "",
        "label",
    ),
    (
        "RMU",
        "Redcar Mudstone Formation",
        "Formation",
        "LI",
        "RMU",
        "mudstone",
        "siltstone",
        "Hettangian",
        "Pliensbachian",
        280,
        "shallowmarine",
        "Redcar",
        "",
        "label",
    ),
    (
        "CLI",
        "Cleveland Ironstone Formation",
        "Formation",
        "LI",
        "CLI",
        "ironstone",
        "mudstone",
        "Pliensbachian",
        "Pliensbachian",
        25,
        "shallowmarine",
        "Staithes",
        "",
        "pref",
    ),
    (
        "WHM",
        "Whitby Mudstone Formation",
        "Formation",
        "LI",
        "WHM",
        "mudstone",
        "",
        "Toarcian",
        "Toarcian",
        105,
        "deepmarine",
        "Whitby",
        "",
        "pref",
    ),
    (
        "GSH",
        "Grey Shale Member",
        "Member",
        "WHM",
        "GSH",
        "mudstone",
        "",
        "Toarcian",
        "Toarcian",
        15,
        "deepmarine",
        "",
        "",
        "label",
    ),
    (
        "MGS",
        "Mulgrave Shale Member",
        "Member",
        "WHM",
        "MGS",
        "mudstone",
        "",
        "Toarcian",
        "Toarcian",
        30,
        "deepmarine",
        "Mulgrave",
        "former: Jet Rock Member",
        "label",
    ),
    (
        "ALUM",
        "Alum Shale Member",
        "Member",
        "WHM",
        "ALUM",
        "mudstone",
        "",
        "Toarcian",
        "Toarcian",
        40,
        "deepmarine",
        "Ravenscar",
        "",
        "label",
    ),
    (
        "INO",
        "Inferior Oolite Group",
        "Group",
        "",
        "INO",
        "limestone",
        "sandstone",
        "Aalenian",
        "Bajocian",
        120,
        "shallowmarine",
        "",
        "",
        "pref",
    ),
    (
        "GOG",
        "Great Oolite Group",
        "Group",
        "",
        "GOG",
        "limestone",
        "mudstone",
        "Bathonian",
        "Bathonian",
        150,
        "shallowmarine",
        "",
        "",
        "pref",
    ),
    (
        "TY",
        "Taynton Limestone Formation",
        "Formation",
        "GOG",
        "TY",
        "limestone",
        "",
        "Bathonian",
        "Bathonian",
        8,
        "shallowmarine",
        "Taynton",
        "",
        "label",
    ),
    (
        "WHL",
        "White Limestone Formation",
        "Formation",
        "GOG",
        "WHL",
        "limestone",
        "",
        "Bathonian",
        "Bathonian",
        25,
        "shallowmarine",
        "",
        "",
        "label",
    ),
    (
        "FMB",
        "Forest Marble Formation",
        "Formation",
        "GOG",
        "FMB",
        "mudstone",
        "limestone",
        "Bathonian",
        "Bathonian",
        40,
        "shallowmarine",
        "Wychwood Forest",
        "",
        "label",
    ),
    (
        "ANC",
        "Ancholme Group",
        "Group",
        "",
        "ANC",
        "mudstone",
        "",
        "Callovian",
        "Tithonian",
        700,
        "shallowmarine",
        "",
        "",
        "pref",
    ),
    (
        "OXC",
        "Oxford Clay Formation",
        "Formation",
        "ANC",
        "OXC",
        "mudstone",
        "",
        "Callovian",
        "Oxfordian",
        180,
        "shallowmarine",
        "",
        "",
        "both",
    ),
    (
        "KC",
        "Kimmeridge Clay Formation",
        "Formation",
        "ANC",
        "KC",
        "mudstone",
        "",
        "Kimmeridgian",
        "Tithonian",
        500,
        "shallowmarine",
        "Kimmeridge Bay",
        "",
        "pref",
    ),
    (
        "CR",
        "Corallian Group",
        "Group",
        "",
        "CR",
        "limestone",
        "sandstone",
        "Oxfordian",
        "Oxfordian",
        60,
        "shallowmarine",
        "",
        "",
        "label",
    ),
    (
        "PL",
        "Portland Group",
        "Group",
        "",
        "PL",
        "limestone",
        "sandstone",
        "Tithonian",
        "Tithonian",
        70,
        "shallowmarine",
        "Isle of Portland",
        "",
        "pref",
    ),
    (
        "PB",
        "Purbeck Group",
        "Group",
        "",
        "PB",
        "limestone",
        "mudstone",
        "Tithonian",
        "Berriasian",
        120,
        "lacustrine",
        "Durlston Bay",
        "",
        "pref",
    ),
    (
        "WLD",
        "Wealden Group",
        "Group",
        "",
        "WLD",
        "mudstone",
        "sandstone",
        "Berriasian",
        "Barremian",
        800,
        "fluvial",
        "",
        "",
        "pref",
    ),
    (
        "HB",
        "Hastings Beds",
        "Subgroup",
        "WLD",
        "HB",
        "sandstone",
        "mudstone",
        "Berriasian",
        "Valanginian",
        400,
        "fluvial",
        "Hastings",
        "",
        "label",
    ),
    (
        "WC",
        "Weald Clay Formation",
        "Formation",
        "WLD",
        "WC",
        "mudstone",
        "",
        "Hauterivian",
        "Barremian",
        450,
        "lacustrine",
        "",
        "",
        "label",
    ),
    (
        "WEX",
        "Wessex Formation",
        "Formation",
        "WLD",
        "WEX",
        "mudstone",
        "sandstone",
        "Valanginian",
        "Barremian",
        180,
        "fluvial",
        "Brighstone Bay",
        "former: Wealden Marls",
        "label",
    ),
    (
        "LGS",
        "Lower Greensand Group",
        "Group",
        "",
        "LGS",
        "sandstone",
        "sand",
        "Aptian",
        "Albian",
        250,
        "shallowmarine",
        "",
        "",
        "pref",
    ),
    (
        "GLT",
        "Gault Formation",
        "Formation",
        "",
        "GLT",
        "mudstone",
        "",
        "Albian",
        "Albian",
        100,
        "shallowmarine",
        "Folkestone",
        "",
        "pref",
    ),
    (
        "CK",
        "Chalk Group",
        "Group",
        "",
        "CK",
        "chalk",
        "",
        "Cenomanian",
        "Maastrichtian",
        500,
        "shallowmarine",
        "",
        "",
        "pref",
    ),
    (
        "GCK",
        "Grey Chalk Subgroup",
        "Subgroup",
        "CK",
        "GCK",
        "chalk",
        "mudstone",
        "Cenomanian",
        "Cenomanian",
        70,
        "shallowmarine",
        "",
        "former: Lower Chalk",
        "label",
    ),
    (
        "WCK",
        "White Chalk Subgroup",
        "Subgroup",
        "CK",
        "WCK",
        "chalk",
        "",
        "Turonian",
        "Maastrichtian",
        400,
        "shallowmarine",
        "",
        "former: Upper Chalk",
        "label",
    ),
    (
        "SECK",
        "Seaford Chalk Formation",
        "Formation",
        "WCK",
        "SECK",
        "chalk",
        "",
        "Coniacian",
        "Santonian",
        70,
        "shallowmarine",
        "Seaford Head",
        "",
        "label",
    ),
    (
        "NCK",
        "Newhaven Chalk Formation",
        "Formation",
        "WCK",
        "NCK",
        "chalk",
        "",
        "Santonian",
        "Campanian",
        75,
        "shallowmarine",
        "Newhaven",
        "",
        "label",
    ),
    (
        "TAB",
        "Thanet Formation",
        "Formation",
        "",
        "TAB",
        "sand",
        "",
        "Thanetian",
        "Thanetian",
        30,
        "shallowmarine",
        "Pegwell Bay",
        "former: Thanet Sand",
        "label",
    ),
    (
        "LMBE",
        "Lambeth Group",
        "Group",
        "",
        "LMBE",
        "clay",
        "sand",
        "Thanetian",
        "Ypresian",
        30,
        "fluvial",
        "",
        "",
        "pref",
    ),
    (
        "LC",
        "London Clay Formation",
        "Formation",
        "",
        "LC",
        "clay",
        "",
        "Ypresian",
        "Ypresian",
        150,
        "shallowmarine",
        "",
        "",
        "pref",
    ),
    (
        "ZG",
        "Zechstein Group",
        "Group",
        "",
        "ZG",
        "evaporite",
        "dolomitic_or_magnesian_sedimentary_rock",
        "Lopingian",
        "Lopingian",
        900,
        "playa",
        "",
        "",
        "pref",
    ),
    (
        "CDF",
        "Cadeby Formation",
        "Formation",
        "ZG",
        "CDF",
        "dolomitic_or_magnesian_sedimentary_rock",
        "limestone",
        "Lopingian",
        "Lopingian",
        90,
        "shallowmarine",
        "Cadeby",
        "former: Lower Magnesian Limestone",
        "label",
    ),
    (
        "BOU",
        "Boulby Halite Formation",
        "Formation",
        "ZG",
        "BOU",
        "evaporite",
        "",
        "Lopingian",
        "Lopingian",
        60,
        "playa",
        "Boulby",
        "",
        "label",
    ),
    (
        "COLL",
        "Collyhurst Sandstone Formation",
        "Formation",
        "",
        "COLL",
        "sandstone",
        "",
        "Cisuralian",
        "Cisuralian",
        300,
        "aeolian",
        "Collyhurst",
        "",
        "label",
    ),
    (
        "PCM",
        "Pennine Coal Measures Group",
        "Group",
        "",
        "PCM",
        "mudstone",
        "coal",
        "Pennsylvanian",
        "Pennsylvanian",
        1800,
        "deltaic",
        "",
        "",
        "pref",
    ),
    (
        "MG",
        "Millstone Grit Group",
        "Group",
        "",
        "MG",
        "sandstone",
        "mudstone",
        "Mississippian",
        "Pennsylvanian",
        1200,
        "deltaic",
        "",
        "",
        "pref",
    ),
    (
        "PEMB",
        "Pembroke Limestone Group",
        "Group",
        "",
        "PEMB",
        "limestone",
        "",
        "Mississippian",
        "Mississippian",
        1000,
        "shallowmarine",
        "",
        "Grŵp Calchfaen Penfro",
        "pref",
    ),
    (
        "ECTL",
        "Ecton Limestone Formation",
        "Formation",
        "",
        "ECTL",
        "limestone",
        "mudstone",
        "Mississippian",
        "Mississippian",
        300,
        "shallowmarine",
        "Ecton Hill",
        "",
        "label",
    ),
    (
        "ORS",
        "Old Red Sandstone Supergroup",
        "Supergroup",
        "",
        "ORS",
        "sandstone",
        "mudstone",
        "Silurian",
        "Devonian",
        3000,
        "fluvial",
        "",
        "Uwchgrŵp yr Hen Dywodfaen Goch",
        "pref",
    ),
    (
        "BRS",
        "Brownstones Formation",
        "Formation",
        "ORS",
        "BRS",
        "sandstone",
        "",
        "Devonian",
        "Devonian",
        1000,
        "fluvial",
        "",
        "",
        "label",
    ),
    (
        "SMG",
        "St Maughans Formation",
        "Formation",
        "ORS",
        "SMG",
        "mudstone",
        "sandstone",
        "Devonian",
        "Devonian",
        500,
        "fluvial",
        "St Maughans",
        "",
        "label",
    ),
    (
        "DBF",
        "Devil's Bridge Formation",
        "Formation",
        "",
        "DBF",
        "mudstone",
        "sandstone",
        "Silurian",
        "Silurian",
        1000,
        "deepmarine",
        "Devil's Bridge",
        "Ffurfiant Pontarfynach",
        "both",
    ),
    (
        "PARY",
        "Parys Mountain Formation",
        "Formation",
        "",
        "PARY",
        "rhyolite",
        "mudstone",
        "Ordovician",
        "Silurian",
        600,
        "volcanic",
        "Parys Mountain",
        "Ffurfiant Mynydd Parys",
        "both",
    ),
    (
        "CLOG",
        "Clogau Formation",
        "Formation",
        "HGG",
        "CLOG",
        "mudstone",
        "",
        "Cambrian",
        "Cambrian",
        60,
        "deepmarine",
        "Clogau",
        "Ffurfiant Clogau",
        "label",
    ),
    (
        "HGG",
        "Harlech Grits Group",
        "Group",
        "",
        "HGG",
        "sandstone",
        "mudstone",
        "Cambrian",
        "Cambrian",
        2000,
        "deepmarine",
        "Harlech",
        "Grŵp Grutiau Harlech",
        "pref",
    ),
    (
        "RHOB",
        "Rhobell Volcanic Group",
        "Group",
        "",
        "RHOB",
        "andesite",
        "tuff",
        "Ordovician",
        "Ordovician",
        1500,
        "volcanic",
        "Rhobell Fawr",
        "Grŵp Folcanig Rhobell",
        "pref",
    ),
    (
        "BVG",
        "Borrowdale Volcanic Group",
        "Group",
        "",
        "BVG",
        "andesite",
        "tuff",
        "Ordovician",
        "Ordovician",
        6000,
        "volcanic",
        "Borrowdale",
        "",
        "pref",
    ),
    (
        "CARN",
        "Carnmenellis Granite",
        "Intrusion",
        "",
        "CARN",
        "granite",
        "",
        "Pennsylvanian",
        "Cisuralian",
        "",
        "",
        "Carnmenellis",
        "",
        "label",
    ),
    (
        "DART",
        "Dartmoor Granite",
        "Intrusion",
        "",
        "DART",
        "granite",
        "",
        "Cisuralian",
        "Cisuralian",
        "",
        "",
        "",
        "",
        "label",
    ),
]

LOCALITIES = {
    # name: (easting, northing, county)
    "Sidmouth": (312700, 87200, "Devon"),
    "Branscombe": (319800, 88300, "Devon"),
    "Blue Anchor": (302500, 143500, "Somerset"),
    "Tarporley": (355300, 362500, "Cheshire"),
    "Northwich": (365600, 373700, "Cheshire"),
    "Helsby Hill": (349200, 375100, "Cheshire"),
    "Wilmslow": (384300, 381400, "Cheshire"),
    "Chester": (340500, 366300, "Cheshire"),
    "Budleigh Salterton": (306200, 81900, "Devon"),
    "Penarth": (318800, 171300, "Vale of Glamorgan"),
    "Westbury Garden Cliff": (371800, 212800, "Gloucestershire"),
    "Lyme Regis": (334000, 92200, "Dorset"),
    "Charmouth": (336500, 93200, "Dorset"),
    "Redcar": (460600, 525000, "North Yorkshire"),
    "Staithes": (478100, 518800, "North Yorkshire"),
    "Whitby": (489900, 511200, "North Yorkshire"),
    "Mulgrave": (484900, 512700, "North Yorkshire"),
    "Ravenscar": (498000, 501600, "North Yorkshire"),
    "Taynton": (423500, 213700, "Oxfordshire"),
    "Wychwood Forest": (433500, 216500, "Oxfordshire"),
    "Kimmeridge Bay": (390700, 79000, "Dorset"),
    "Isle of Portland": (368600, 72400, "Dorset"),
    "Durlston Bay": (403700, 77700, "Dorset"),
    "Hastings": (581700, 109500, "East Sussex"),
    "Brighstone Bay": (442000, 81600, "Isle of Wight"),
    "Folkestone": (622700, 136000, "Kent"),
    "Seaford Head": (549600, 97600, "East Sussex"),
    "Newhaven": (544600, 100400, "East Sussex"),
    "Pegwell Bay": (635800, 164000, "Kent"),
    "Cadeby": (451300, 400300, "South Yorkshire"),
    "Boulby": (475900, 518900, "North Yorkshire"),
    "Collyhurst": (385400, 400200, "Greater Manchester"),
    "Ecton Hill": (409800, 358200, "Staffordshire"),
    "St Maughans": (346100, 217300, "Monmouthshire"),
    "Devil's Bridge": (274100, 276900, "Ceredigion"),
    "Parys Mountain": (244300, 390400, "Anglesey"),
    "Clogau": (267400, 320200, "Gwynedd"),
    "Harlech": (258100, 331000, "Gwynedd"),
    "Rhobell Fawr": (278700, 325700, "Gwynedd"),
    "Borrowdale": (325300, 514000, "Cumbria"),
    "Carnmenellis": (169800, 36000, "Cornwall"),
}
BLANK_LOCALITIES = {"Sidmouth", "Branscombe", "Helsby Hill", "Redcar", "Cadeby", "Harlech"}


def _wkt(e: float, n: float) -> str:
    return f'"<http://www.opengis.net/def/crs/EPSG/0/27700> POINT({e:.0f} {n:.0f})"^^geo:wktLiteral'


def _locality(name: str) -> str:
    e, n, county = LOCALITIES[name]
    body = f'a gsv:Locality ; rdfs:label "{name}, {county}" ; geo:hasGeometry [ a sf:Point ; geo:asWKT {_wkt(e, n)} ]'
    return f"[ {body} ]" if name in BLANK_LOCALITIES else f"loc:{_slug(name)}"


def _slug(name: str) -> str:
    return "".join(c for c in name.title() if c.isalnum())


def _lit_decimal(x: float, typed: bool) -> str:
    s = f"{x:.1f}" if isinstance(x, float) else f"{x}"
    return f'"{s}"^^xsd:decimal' if typed else f'"{s}"'


def units() -> list[str]:
    lines = []
    for i, (
        local,
        name,
        cls,
        part,
        code,
        dom,
        sub,
        older,
        younger,
        thick,
        env,
        tl,
        other,
        style,
    ) in enumerate(UNITS):
        parts = [f"unit:{local} a gsv:{cls}"]
        if style in ("pref", "both"):
            parts.append(f'skos:prefLabel "{name}"@en')
        if style in ("label", "both"):
            parts.append(f'rdfs:label "{name}"')
        parts.append(f'skos:notation "{code}"^^<{BASE}def/lexicon-code>')
        if part:
            parts.append(f"gsv:partOf unit:{part}")
        parts.append(f"gsv:dominantLithology lith:{dom}")
        if sub:
            parts.append(f"gsv:subordinateLithology lith:{sub}")
        parts.append(f"gsv:olderNamedAge ischart:{older}")
        parts.append(f"gsv:youngerNamedAge ischart:{younger}")
        if thick != "":
            parts.append(f"gsv:maximumThickness {_lit_decimal(thick, i % 3 != 0)}")
        if env:
            parts.append(f"gsv:depositionalEnvironment {_v('environment', env)}")
        if tl:
            parts.append(f"gsv:typeLocality {_locality(tl)}")
        if other.startswith("former: "):
            prop = "skos:hiddenLabel" if i % 2 else "skos:altLabel"
            parts.append(f'{prop} "{other[8:]}"@en')
        elif other:
            parts.append(f'skos:altLabel "{other}"@cy')
        if i % 3 == 0:
            parts.append(
                f"dcterms:source <https://webapps.bgs.ac.uk/lexicon/lexicon.cfm?pub={code}>"
            )
        lines.append(" ;\n    ".join(parts) + " .")
    for name, (e, n, county) in LOCALITIES.items():
        if name not in BLANK_LOCALITIES:
            lines.append(
                f'loc:{_slug(name)} a gsv:Locality ; rdfs:label "{name}, {county}" ; geo:hasGeometry [ a sf:Point ; geo:asWKT {_wkt(e, n)} ] .'
            )
    return lines


# ---------------------------------------------------------------- organisations and people
ORGS = [
    # (local, name, how named, Welsh)
    ("gs", "Geological Survey", "pref", "Arolwg Daearegol"),
    ("nhl", "Northern Hydrocarbons Ltd", "foaf", ""),
    ("mwp", "Midland Water plc", "foaf", ""),
    ("cds", "Cambrian Drilling Services", "pref", "Gwasanaethau Drilio Cambria"),
    ("wex", "Wessex Exploration Company", "foaf", ""),
    ("ncb", "National Coal Board", "pref", ""),
    ("tgp", "Thames Geotechnical Partnership", "foaf", ""),
    ("hge", "Hotrock Geothermal Energy", "foaf", ""),
    ("anm", "Anglesey Mining plc", "foaf", ""),
    ("clm", "Cleveland Potash Ltd", "foaf", ""),
]
PEOPLE = [
    ("jhenley", "Joanna Henley"),
    ("rpritchard", "Rhodri Pritchard"),
    ("mosei", "Michael Osei"),
    ("abarclay", "Alison Barclay"),
    ("gllewellyn", "Gwen Llewellyn"),
    ("tfairbairn", "Thomas Fairbairn"),
    ("skaur", "Simran Kaur"),
    ("dwhitlock", "David Whitlock"),
]


def orgs_people() -> list[str]:
    lines = []
    for local, name, how, cy in ORGS:
        naming = f'skos:prefLabel "{name}"@en' if how == "pref" else f'foaf:name "{name}"'
        extra = f' ; skos:prefLabel "{cy}"@cy' if cy else ""
        lines.append(f"org:{local} a gsv:Organisation ; {naming}{extra} .")
    for local, name in PEOPLE:
        given, family = name.split(" ", 1)
        lines.append(
            f'per:{local} a foaf:Person ; foaf:name "{name}" ; foaf:givenName "{given}" ; foaf:familyName "{family}" ; foaf:member org:gs .'
        )
    return lines


# ---------------------------------------------------------------- boreholes
# a basin's column, top down: (unit, typical thickness m)
COLUMNS = {
    "cheshire": [
        ("MMG", 0),
        ("NWS", 180),
        ("TARP", 120),
        ("HSF", 150),
        ("WLSF", 300),
        ("CHES", 200),
        ("COLL", 150),
        ("PCM", 400),
    ],
    "wessex": [
        ("OXC", 90),
        ("FMB", 30),
        ("INO", 40),
        ("CHAM", 160),
        ("BLI", 30),
        ("WBS", 10),
        ("BRMU", 200),
        ("SIM", 300),
        ("BSPB", 25),
        ("WLSF", 200),
    ],
    "cleveland": [
        ("WHM", 90),
        ("CLI", 20),
        ("RMU", 250),
        ("PNG", 15),
        ("MMG", 300),
        ("SSG", 350),
        ("BOU", 50),
        ("CDF", 80),
        ("PCM", 500),
    ],
    "london": [
        ("LC", 100),
        ("LMBE", 20),
        ("TAB", 25),
        ("SECK", 60),
        ("GCK", 60),
        ("GLT", 60),
        ("LGS", 80),
        ("KC", 200),
    ],
    "weald": [
        ("WC", 200),
        ("HB", 300),
        ("PB", 90),
        ("PL", 50),
        ("KC", 300),
        ("CR", 50),
        ("OXC", 120),
        ("GOG", 80),
    ],
    "wales": [("DBF", 500), ("PARY", 300), ("RHOB", 400), ("CLOG", 50), ("HGG", 600)],
    "pennine": [("PCM", 300), ("MG", 500), ("PEMB", 600)],
}
# (identifier, name or "", basin, purpose, operator, year, blank intervals)
BOREHOLES = [
    ("SJ47SE/14", "Helsby Quarry Borehole", "cheshire", "water", "mwp", 1978, True),
    ("SJ67NW/3", "Northwich Brine Field BH3", "cheshire", "mineral", "cds", 1962, True),
    ("SJ56SW/22", "", "cheshire", "water", "mwp", 1991, False),
    ("SJ75SE/8", "Wilkesley Borehole", "cheshire", "research", "gs", 1974, False),
    ("SJ63NE/41", "", "cheshire", "hydrocarbon", "nhl", 1985, False),
    ("SJ88NW/17", "Knutsford Geothermal Well", "cheshire", "geothermal", "hge", 2016, False),
    ("SY18NW/5", "", "wessex", "site", "wex", 1998, False),
    ("SY39SE/12", "Charmouth Cliff Borehole", "wessex", "research", "gs", 1969, True),
    ("SY09SE/2", "Otterton Point BH", "wessex", "water", "mwp", 1983, False),
    ("SZ08NW/7", "Wytch Farm X14", "wessex", "hydrocarbon", "wex", 1981, False),
    ("ST30NE/19", "", "wessex", "site", "wex", 2004, False),
    ("NZ81NW/6", "Whitby Abbey Borehole", "cleveland", "research", "gs", 1971, True),
    ("NZ71NE/11", "Boulby Shaft Pilot Hole", "cleveland", "mineral", "clm", 1968, True),
    ("SE77NE/2", "Kirby Misperton 1", "cleveland", "hydrocarbon", "nhl", 1985, False),
    ("NZ60SW/33", "", "cleveland", "hydrocarbon", "nhl", 2011, False),
    ("NZ52SE/4", "", "cleveland", "water", "mwp", 1957, True),
    ("TQ38SW/210", "Trafalgar Square Borehole", "london", "site", "tgp", 1988, False),
    ("TQ27NE/1455", "", "london", "site", "tgp", 2009, False),
    ("TQ37NW/88", "Battersea Geothermal BH", "london", "geothermal", "hge", 2019, False),
    ("TQ48SW/61", "", "london", "water", "mwp", 1966, True),
    ("TQ26SE/902", "", "london", "site", "tgp", 2013, False),
    ("TQ71NW/3", "Brightling Borehole", "weald", "mineral", "gs", 1959, True),
    ("TQ42SE/19", "", "weald", "hydrocarbon", "wex", 1987, False),
    ("SU83NE/7", "Horndean 1", "weald", "hydrocarbon", "wex", 1982, False),
    ("TQ13SW/52", "", "weald", "water", "mwp", 2001, False),
    ("SH49NW/15", "Parys Mountain DDH-15", "wales", "mineral", "anm", 2007, False),
    ("SH49NW/22", "Parys Mountain DDH-22", "wales", "mineral", "anm", 2008, False),
    ("SH72SE/4", "", "wales", "mineral", "cds", 1972, True),
    ("SH62NW/9", "Coed y Brenin CYB-9", "wales", "mineral", "cds", 1973, False),
    ("SK07NW/30", "", "pennine", "coal", "ncb", 1964, True),
    ("SE42SW/118", "Hemsworth Colliery BH", "pennine", "coal", "ncb", 1976, True),
    ("SK15SW/6", "Ecton Hill Borehole", "pennine", "mineral", "gs", 1966, False),
]
BASIN_CENTRES = {
    "cheshire": (362000, 370000),
    "wessex": (330000, 95000),
    "cleveland": (475000, 505000),
    "london": (530000, 180000),
    "weald": (560000, 125000),
    "wales": (262000, 340000),
    "pennine": (420000, 390000),
}


def boreholes(rng: random.Random) -> list[str]:
    lines = []
    for k, (ident, name, basin, purpose, operator, year, blank) in enumerate(BOREHOLES):
        local = ident.replace("/", "_")
        column = COLUMNS[basin]
        start = (
            rng.randrange(0, max(1, len(column) - 4)) if basin not in ("wales", "pennine") else 0
        )
        depth = round(rng.uniform(0.5, 8.0), 1)  # drift at the top
        intervals = [(0.0, depth, "")]  # superficial deposits, no unit
        n_units = rng.randint(2, len(column) - start)
        if purpose in ("site", "water"):  # shallow: the top one to three units
            n_units = rng.randint(1, 2) if purpose == "site" else rng.randint(2, 3)
        for u, thick in column[start : start + n_units]:
            t = round(thick * rng.uniform(0.4, 1.3) if thick else rng.uniform(40, 250), 1)
            intervals.append((depth, round(depth + t, 1), u))
            depth = round(depth + t, 1)
        total = round(depth + rng.uniform(0, 15), 1)
        e0, n0 = BASIN_CENTRES[basin]
        e, n = e0 + rng.randrange(-15000, 15000), n0 + rng.randrange(-15000, 15000)
        parts = [f"bh:{local} a gsv:Borehole", f'dcterms:identifier "{ident}"']
        if name:
            parts.append(f'rdfs:label "{name}"')
        parts.append(f"geo:hasGeometry [ a sf:Point ; geo:asWKT {_wkt(e, n)} ]")
        parts.append(f"gsv:drilledLength {_lit_decimal(total, k % 4 != 1)}")
        parts.append(f"gsv:groundLevel {_lit_decimal(round(rng.uniform(2, 180), 1), True)}")
        if year < 1970:
            parts.append(f'gsv:drillingStarted "{year}"^^xsd:gYear')
        else:
            parts.append(
                f'gsv:drillingStarted "{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"^^xsd:date'
            )
        parts.append(f"gsv:operator org:{operator}")
        parts.append(f"gsv:purpose {_v('boreholepurpose', purpose)}")
        for j, (top, bottom, u) in enumerate(intervals):
            body = f"a gsv:LoggedInterval ; gsv:fromDepth {_lit_decimal(top, True)} ; gsv:toDepth {_lit_decimal(bottom, True)}"
            body += (
                f" ; gsv:unitMet unit:{u}"
                if u
                else ' ; rdfs:comment "superficial deposits (till, head)"'
            )
            if blank:
                parts.append(f"gsv:loggedInterval [ {body} ]")
            else:
                iv = f"bh:{local}-interval-{j + 1}"
                parts.append(f"gsv:loggedInterval {iv}")
                lines.append(f'{iv} {body} ; rdfs:label "{ident} interval {j + 1}" .')
        lines.append(" ;\n    ".join(parts) + " .")
    return lines


# ---------------------------------------------------------------- mineral occurrences
# (local, name, Welsh or "", commodities, host unit, deposit type, status, E, N, operator)
OCCURRENCES = [
    (
        "parys",
        "Parys Mountain",
        "Mynydd Parys",
        ["Cu", "Zn", "Pb"],
        "PARY",
        "vms",
        "prospect",
        244300,
        390400,
        "anm",
    ),
    (
        "coedybrenin",
        "Coed y Brenin",
        "",
        ["Cu", "Au"],
        "RHOB",
        "porphyry",
        "prospect",
        273500,
        326600,
        "",
    ),
    ("ecton", "Ecton Mine", "", ["Cu", "Pb"], "ECTL", "vein", "past", 409700, 358000, ""),
    (
        "alderley",
        "Alderley Edge",
        "",
        ["Cu", "Pb", "Co"],
        "HSF",
        "sedcu",
        "past",
        386000,
        377800,
        "",
    ),
    (
        "cwmystwyth",
        "Cwmystwyth Mine",
        "Mwynglawdd Cwmystwyth",
        ["Pb", "Zn"],
        "DBF",
        "vein",
        "past",
        280500,
        274800,
        "",
    ),
    (
        "gwynfynydd",
        "Gwynfynydd Gold Mine",
        "",
        ["Au"],
        "CLOG",
        "orogenicau",
        "past",
        273600,
        328000,
        "",
    ),
    (
        "clogau",
        "Clogau St David's Mine",
        "Mwynglawdd Clogau",
        ["Au"],
        "CLOG",
        "orogenicau",
        "past",
        267400,
        320200,
        "",
    ),
    ("greenside", "Greenside Mine", "", ["Pb"], "BVG", "vein", "past", 336500, 517500, ""),
    (
        "southcrofty",
        "South Crofty",
        "",
        ["Sn", "Cu"],
        "CARN",
        "vein",
        "prospect",
        166600,
        41000,
        "",
    ),
    ("hemerdon", "Drakelands Mine", "", ["W", "Sn"], "DART", "greisen", "past", 257300, 58300, ""),
    ("boulby", "Boulby Mine", "", ["K"], "BOU", "evaporite", "active", 475900, 518900, "clm"),
    (
        "halkyn",
        "Halkyn Mountain",
        "Mynydd Helygain",
        ["Pb", "Zn"],
        "PEMB",
        "mvt",
        "past",
        320800,
        370500,
        "",
    ),
    ("magpie", "Magpie Mine", "", ["Pb"], "PEMB", "vein", "past", 417200, 368200, ""),
    ("closehouse", "Closehouse Mine", "", ["Ba"], "MG", "vein", "past", 385100, 522700, ""),
    ("milldam", "Milldam Mine", "", ["CaF2", "Ba"], "PEMB", "vein", "active", 417800, 378100, ""),
    (
        "rosedale",
        "Rosedale Ironstone Mines",
        "",
        ["Fe"],
        "CLI",
        "oolitic",
        "past",
        470500,
        495800,
        "",
    ),
    ("skinningrove", "Skinningrove", "", ["Fe"], "CLI", "oolitic", "past", 471000, 519800, ""),
    (
        "llanidloes",
        "Van Mine",
        "Mwynglawdd y Fan",
        ["Pb", "Zn"],
        "DBF",
        "vein",
        "past",
        294200,
        287800,
        "",
    ),
    (
        "dolaucothi",
        "Dolaucothi Gold Mines",
        "Mwyngloddiau Aur Dolaucothi",
        ["Au"],
        "DBF",
        "orogenicau",
        "past",
        266500,
        240200,
        "",
    ),
    ("nantymwyn", "Nantymwyn Mine", "", ["Pb"], "DBF", "vein", "occurrence", 278800, 244500, ""),
]


def occurrences() -> list[str]:
    lines = []
    for i, (local, name, cy, comms, host, dtype, status, e, n, operator) in enumerate(OCCURRENCES):
        parts = [f"occ:{local} a gsv:MineralOccurrence"]
        parts.append(f'skos:prefLabel "{name}"@en' if i % 3 else f'rdfs:label "{name}"')
        if cy:
            parts.append(f'skos:prefLabel "{cy}"@cy')
        for c in comms:
            if c == "Co":
                parts.append('gsv:commodity "cobalt"')  # a migrated record: a string, no concept
            else:
                parts.append(f"gsv:commodity {_v('commodity', c)}")
        parts.append(f"gsv:hostUnit unit:{host}")
        parts.append(f"gsv:depositType {_v('deposittype', dtype)}")
        parts.append(f"gsv:status {_v('depositstatus', status)}")
        parts.append(f"geo:hasGeometry [ a sf:Point ; geo:asWKT {_wkt(e, n)} ]")
        if operator:
            parts.append(f"gsv:operator org:{operator}")
        parts.append(f'dcterms:identifier "MO{1000 + 7 * i}"')
        lines.append(" ;\n    ".join(parts) + " .")
    return lines


# ---------------------------------------------------------------- fossils
# (local, scientific name, common name or "", recorded from units, rank)
FOSSILS = [
    ("dactylioceras", "Dactylioceras commune", "", ["MGS", "GSH"], "species"),
    ("hildoceras", "Hildoceras bifrons", "", ["ALUM", "WHM"], "species"),
    ("gryphaea", "Gryphaea arcuata", "devil's toenail", ["BLI", "CHAM"], "species"),
    ("ichthyosaurus", "Ichthyosaurus communis", "", ["BLI"], "species"),
    ("dapedium", "Dapedium politum", "", ["BLI"], "species"),
    ("promicroceras", "Promicroceras planicosta", "", ["CHAM"], "species"),
    ("kosmoceras", "Kosmoceras", "", ["OXC"], "genus"),
    ("pliosaurus", "Pliosaurus brachyspondylus", "", ["KC"], "species"),
    ("iguanodon", "Iguanodon bernissartensis", "", ["WEX", "WC"], "species"),
    ("megalosaurus", "Megalosaurus bucklandii", "", ["TY"], "species"),
    ("micraster", "Micraster coranguinum", "heart urchin", ["SECK"], "species"),
    ("inoceramus", "Inoceramus", "", ["GCK", "WCK"], "genus"),
    ("rhynchosaurus", "Rhynchosaurus articeps", "", ["TARP"], "species"),
    ("calamites", "Calamites", "horsetail", ["PCM"], "genus"),
    ("lepidodendron", "Lepidodendron", "scale tree", ["PCM"], "genus"),
    ("gigantoproductus", "Gigantoproductus giganteus", "", ["PEMB"], "species"),
    ("pteraspis", "Pteraspis", "", ["SMG"], "genus"),
    ("paradoxides", "Paradoxides davidis", "", ["CLOG"], "species"),
    ("plesiosaurus", "Plesiosaurus dolichodeirus", "", ["BLI"], "species"),
    ("ostrea", "Praeexogyra hebridica", "", ["FMB", "WHL"], "species"),
]


def fossils() -> list[str]:
    lines = []
    for i, (local, sci, common, found, rnk) in enumerate(FOSSILS):
        parts = [
            f"tax:{local} a gsv:FossilTaxon",
            f'dwc:scientificName "{sci}"',
            f'dwc:taxonRank "{rnk}"',
        ]
        if common:
            parts.append(f'skos:altLabel "{common}"@en')
        for u in found:
            parts.append(f"gsv:recordedFrom unit:{u}")
        if i % 4 == 0:
            parts.append(
                f"dcterms:references <https://www.gbif.org/species/search?q={sci.replace(' ', '%20')}>"
            )
        lines.append(" ;\n    ".join(parts) + " .")
    return lines


# ---------------------------------------------------------------- maps
# (local, sheet id, title, creators, year, scale, units depicted)
MAPS = [
    (
        "E109",
        "E109",
        "Chester",
        ["rpritchard", "jhenley"],
        1994,
        50000,
        ["MMG", "HSF", "CHES", "WLSF", "TARP"],
    ),
    ("E110", "E110", "Macclesfield", ["jhenley"], 1968, 63360, ["MMG", "WLSF", "MG", "PCM"]),
    (
        "E326",
        "E326",
        "Sidmouth",
        ["mosei", "abarclay"],
        2006,
        50000,
        ["SIM", "BRMU", "BSPB", "BLI", "GLT"],
    ),
    ("E327", "E327", "Bridport", ["abarclay"], 1997, 50000, ["BLI", "CHAM", "INO", "FMB"]),
    (
        "E343",
        "E343",
        "Swanage",
        ["mosei", "dwhitlock"],
        2000,
        50000,
        ["KC", "PL", "PB", "WEX", "CK"],
    ),
    (
        "E035",
        "E035",
        "Whitby and Scalby",
        ["tfairbairn", "skaur"],
        1998,
        50000,
        ["RMU", "CLI", "WHM", "INO"],
    ),
    ("E256", "E256", "North London", ["skaur"], 2004, 50000, ["LC", "LMBE", "TAB", "CK"]),
    ("W134", "W134", "Aberystwyth", ["gllewellyn", "rpritchard"], 1984, 50000, ["DBF"]),
    ("W092", "W092", "Anglesey", ["gllewellyn"], 1980, 50000, ["PARY"]),
    ("E111", "E111", "Buxton", ["dwhitlock", "tfairbairn"], 1978, 50000, ["PEMB", "MG", "ECTL"]),
]


def maps() -> list[str]:
    lines = []
    for i, (local, ident, title, creators, year, scale, depicts) in enumerate(MAPS):
        welsh = ident.startswith("W")
        parts = [
            f"map:{local} a gsv:GeologicalMap",
            f'dcterms:identifier "{ident}"',
            f'dcterms:title "{title}"@en'
            if i % 2
            else f'dcterms:title "{title}. Bedrock and Superficial Deposits"@en',
        ]
        if welsh:
            parts.append(f'dcterms:title "{title} (Cymru)"@cy')
        for c in creators:
            parts.append(f"dcterms:creator per:{c}")
        parts.append(f'dcterms:issued "{year}"^^xsd:gYear')
        parts.append("dcterms:publisher org:gs")
        parts.append(
            f"gsv:scaleDenominator {scale}" if i % 3 else f'gsv:scaleDenominator "{scale}"'
        )
        for u in depicts:
            parts.append(f"gsv:depictsUnit unit:{u}")
        lines.append(" ;\n    ".join(parts) + " .")
    return lines


def main() -> None:
    rng = random.Random(46)
    OUT.mkdir(exist_ok=True)
    (OUT / "timescale.ttl").write_text(timescale(), encoding="utf-8")
    (OUT / "vocabulary.ttl").write_text(vocabulary(), encoding="utf-8")
    data = [PREFIXES]
    data += units()
    data += orgs_people()
    data += boreholes(rng)
    data += occurrences()
    data += fossils()
    data += maps()
    (OUT / "data.ttl").write_text("\n\n".join(data) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
