# ruff: noqa: E501  (one term a line)
"""Write ``plant_traits.obo``: an invented plant trait and phenotype ontology as a breeding
institute publishes it, in the **OBO 1.4 flat file format** (a header, then ``[Term]`` stanzas,
then ``[Typedef]`` stanzas), in the manner of the Crop Ontology's trait dictionaries and the
Plant Trait / Plant Ontology releases.

What it holds: crop traits (``PTO:``) in a small ``is_a`` hierarchy (morphological, yield,
quality, phenological, biotic and abiotic stress traits); the plant structures they inhere in
(``PSO:``, part_of / has_part / develops_from); growth stages (``GSO:``, with Zadoks and BBCH
codes, ``immediately_preceded_by`` chains, ``part_of`` phases); processes that ``occurs_in`` structures and
``occurs_during`` stages; diseases (``PDO:``) with their causal agents and the structures they
occur in; measurement methods (``PTM:``) and scales with units (``PTS:``); Crop Ontology-style
*variables* (``PTV:``, named by codes such as ``PH_M_cm``): n-ary records joining one trait,
one method, one scale and one crop; and a few crops (``NCBITaxon:``) with the traits scored on
them.

The mess of a real file: names in mixed case ("Grain Yield", "PLANT HEIGHT"), trailing
``! comments`` after ids, terms with no ``def:``, a few terms with no ``name:`` at all,
synonyms of every scope (EXACT, NARROW, RELATED, BROAD) with types (``ABBREVIATION``, and
French names typed ``FRENCH``, Spanish and romanised Hindi names untyped, since OBO has
no language tags), ``xref:`` to TO, PO, CO and GO, ``property_value:`` with ``xsd:string``,
``xsd:decimal``, ``xsd:integer``, ``xsd:boolean`` and ``xsd:date`` values, ``subset:``,
``comment:``, obsolete terms (``is_obsolete: true`` with ``replaced_by:`` or ``consider:``),
``alt_id:``; crops list the traits scored on them by ``has_scored_trait`` for some crops and
traits name their crop by ``scored_in`` for others (declared inverse); ``has_part`` stated from
the whole for some structures and ``part_of`` from the part for others (declared inverse);
``correlated_with`` declared symmetric and stated one way; ``resistance_to`` and
``has_causal_agent`` one way only with no inverse; typedefs with ``def:`` (the relation's
description), ``xref:`` to BFO/RO, ``is_transitive``.

Run from the repository root: ``python bench/data/own/plant_traits_make.py``. Deterministic.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

HEADER = """format-version: 1.4
data-version: pto/releases/2026-09-15
date: 15:09:2026 10:42
saved-by: breeding-informatics
auto-generated-by: OBO-Edit 2.3.1
subsetdef: breeding_core "Core traits scored in every trial"
subsetdef: cereal_slim "Cereal crops slim"
subsetdef: legume_slim "Legume crops slim"
synonymtypedef: ABBREVIATION "trait abbreviation" EXACT
synonymtypedef: FRENCH "French name"
default-namespace: plant_trait
ontology: pto
remark: Plant Trait and Phenotype Ontology of the Lowland Crops Breeding Institute. Invented data for testing.
remark: Traits follow the Crop Ontology trait-method-scale model.
"""

# One term a tuple: (id, name or None, namespace or None, def or None, fields). ``fields`` is a
# list of (tag, value) pairs written as they stand, in order.
Term = tuple[str, "str | None", "str | None", "str | None", list[tuple[str, str]]]


def syn(text: str, scope: str = "EXACT", typ: str = "") -> tuple[str, str]:
    return ("synonym", f'"{text}" {scope}{" " + typ if typ else ""} []')


def rel(typ: str, target: str, label: str = "") -> tuple[str, str]:
    return ("relationship", f"{typ} {target}{' ! ' + label if label else ''}")


def isa(target: str, label: str = "") -> tuple[str, str]:
    return ("is_a", f"{target}{' ! ' + label if label else ''}")


def pv(prop: str, value: str, dtype: str) -> tuple[str, str]:
    return ("property_value", f'{prop} "{value}" xsd:{dtype}')


# ---- crops and pathogens (NCBITaxon) -------------------------------------------------------
RICE, WHEAT, MAIZE, SORGHUM, SOY, BARLEY = (
    "NCBITaxon:4530",
    "NCBITaxon:4565",
    "NCBITaxon:4577",
    "NCBITaxon:4558",
    "NCBITaxon:3847",
    "NCBITaxon:4513",
)
CROPS: list[Term] = [
    ("NCBITaxon:4527", "Oryza", "ncbi_taxonomy", None, [syn("rice genus", "BROAD")]),
    (
        "NCBITaxon:4479",
        "Poaceae",
        "ncbi_taxonomy",
        None,
        [syn("grass family", "EXACT"), syn("Gramineae", "EXACT")],
    ),
    (
        RICE,
        "Oryza sativa",
        "ncbi_taxonomy",
        "Asian cultivated rice, the staple cereal of the institute's lowland programme.",
        [
            isa("NCBITaxon:4527", "Oryza"),
            syn("rice", "EXACT"),
            syn("Asian rice", "EXACT"),
            syn("riz", "EXACT", "FRENCH"),
            syn("arroz", "EXACT"),
            syn("dhan", "RELATED"),
            ("xref", "Wikidata:Q5090"),
            pv("crop_code", "RI", "string"),
            pv("ploidy", "2", "integer"),
        ],
    ),
    (
        WHEAT,
        "Triticum aestivum",
        "ncbi_taxonomy",
        "Bread wheat, a hexaploid winter and spring cereal.",
        [
            isa("NCBITaxon:4479", "Poaceae"),
            syn("bread wheat", "EXACT"),
            syn("common wheat", "EXACT"),
            syn("blé tendre", "EXACT", "FRENCH"),
            syn("trigo harinero", "EXACT"),
            syn("gehun", "RELATED"),
            pv("crop_code", "WH", "string"),
            pv("ploidy", "6", "integer"),
        ],
    ),
    (
        MAIZE,
        "Zea mays",
        "ncbi_taxonomy",
        "Maize, a monoecious cereal with separate male tassel and female ear.",
        [
            isa("NCBITaxon:4479", "Poaceae"),
            syn("maize", "EXACT"),
            syn("corn", "EXACT"),
            syn("maïs", "EXACT", "FRENCH"),
            syn("maíz", "EXACT"),
            syn("makka", "RELATED"),
            pv("crop_code", "MZ", "string"),
            pv("ploidy", "2", "integer"),
        ],
    ),
    (
        SORGHUM,
        "Sorghum bicolor",
        "ncbi_taxonomy",
        None,
        [
            isa("NCBITaxon:4479", "Poaceae"),
            syn("sorghum", "EXACT"),
            syn("great millet", "EXACT"),
            syn("jowar", "EXACT"),
            syn("sorgo", "EXACT"),
            pv("crop_code", "SG", "string"),
        ],
    ),
    (
        SOY,
        "Glycine max",
        "ncbi_taxonomy",
        "Soybean, a grain legume grown for oil and protein.",
        [
            syn("soybean", "EXACT"),
            syn("soya bean", "EXACT"),
            syn("soja", "EXACT", "FRENCH"),
            pv("crop_code", "SB", "string"),
            pv("ploidy", "2", "integer"),
            ("subset", "legume_slim"),
        ],
    ),
    (
        BARLEY,
        "Hordeum vulgare",
        "ncbi_taxonomy",
        "Barley, a cereal grown for malt and feed.",
        [
            isa("NCBITaxon:4479", "Poaceae"),
            syn("barley", "EXACT"),
            syn("orge", "EXACT", "FRENCH"),
            syn("cebada", "EXACT"),
            pv("crop_code", "BA", "string"),
        ],
    ),
]
PATHOGENS: list[Term] = [
    (
        "NCBITaxon:318829",
        "Magnaporthe oryzae",
        "ncbi_taxonomy",
        "Ascomycete fungus that causes blast of rice.",
        [syn("Pyricularia oryzae", "EXACT"), syn("rice blast fungus", "RELATED")],
    ),
    (
        "NCBITaxon:56615",
        "Puccinia triticina",
        "ncbi_taxonomy",
        "Basidiomycete rust fungus of wheat leaves.",
        [syn("brown rust fungus", "RELATED")],
    ),
    (
        "NCBITaxon:168172",
        "Puccinia striiformis f. sp. tritici",
        "ncbi_taxonomy",
        None,
        [syn("Pst", "EXACT", "ABBREVIATION"), syn("yellow rust fungus", "RELATED")],
    ),
    (
        "NCBITaxon:5518",
        "Fusarium graminearum",
        "ncbi_taxonomy",
        "Fungus causing head blight of wheat and barley and ear rot of maize.",
        [syn("Gibberella zeae", "EXACT")],
    ),
    (
        "NCBITaxon:64187",
        "Xanthomonas oryzae pv. oryzae",
        "ncbi_taxonomy",
        "Bacterium causing bacterial blight of rice.",
        [syn("Xoo", "EXACT", "ABBREVIATION")],
    ),
    (
        "NCBITaxon:93612",
        "Exserohilum turcicum",
        "ncbi_taxonomy",
        None,
        [syn("Setosphaeria turcica", "EXACT")],
    ),
    (
        "NCBITaxon:170000",
        "Phakopsora pachyrhizi",
        "ncbi_taxonomy",
        "Rust fungus of soybean.",
        [syn("Asian soybean rust fungus", "RELATED")],
    ),
    ("NCBITaxon:5507", "Rhizoctonia solani", "ncbi_taxonomy", None, []),
]

# ---- plant structures (PSO) ---------------------------------------------------------------
S = "plant_structure"
STRUCTURES: list[Term] = [
    (
        "PSO:0000001",
        "plant structure",
        S,
        "A part of a plant or the whole plant.",
        [("xref", "PO:0009011")],
    ),
    (
        "PSO:0000002",
        "whole plant",
        S,
        "A plant structure that is the entire plant.",
        [isa("PSO:0000001"), ("xref", "PO:0000003"), syn("plant", "EXACT")],
    ),
    (
        "PSO:0000003",
        "shoot system",
        S,
        "The above-ground part of the plant: stems, leaves and inflorescences.",
        [isa("PSO:0000001"), rel("part_of", "PSO:0000002", "whole plant"), ("xref", "PO:0009006")],
    ),
    (
        "PSO:0000004",
        "root system",
        S,
        None,
        [isa("PSO:0000001"), rel("part_of", "PSO:0000002", "whole plant"), ("xref", "PO:0025025")],
    ),
    (
        "PSO:0000005",
        "root",
        S,
        "An axis of the root system that anchors the plant and takes up water.",
        [
            isa("PSO:0000001"),
            rel("part_of", "PSO:0000004", "root system"),
            syn("racine", "EXACT", "FRENCH"),
            syn("raíz", "EXACT"),
        ],
    ),
    (
        "PSO:0000006",
        "Stem",
        S,
        "The main axis of the shoot that bears the leaves.",
        [
            isa("PSO:0000001"),
            rel("part_of", "PSO:0000003", "shoot system"),
            syn("culm", "NARROW"),
            syn("tige", "EXACT", "FRENCH"),
            syn("tallo", "EXACT"),
        ],
    ),
    (
        "PSO:0000007",
        "node",
        S,
        "The region of the stem where a leaf is attached.",
        [isa("PSO:0000001"), rel("part_of", "PSO:0000006", "Stem")],
    ),
    (
        "PSO:0000008",
        "internode",
        S,
        None,
        [isa("PSO:0000001"), rel("part_of", "PSO:0000006", "Stem")],
    ),
    (
        "PSO:0000009",
        "tiller",
        S,
        "A shoot that arises from an axillary bud at the base of a grass plant.",
        [
            isa("PSO:0000003"),
            syn("side shoot", "RELATED"),
            syn("talle", "EXACT", "FRENCH"),
            ("comment", "Counted at maximum tillering."),
        ],
    ),
    (
        "PSO:0000010",
        "Leaf",
        S,
        "A lateral organ of the shoot, the main site of photosynthesis.",
        [
            isa("PSO:0000001"),
            rel("part_of", "PSO:0000003", "shoot system"),
            syn("feuille", "EXACT", "FRENCH"),
            syn("hoja", "EXACT"),
            syn("patta", "EXACT"),
            ("xref", "PO:0025034"),
        ],
    ),
    (
        "PSO:0000011",
        "leaf blade",
        S,
        "The flat expanded part of a grass leaf above the sheath.",
        [isa("PSO:0000001"), rel("part_of", "PSO:0000010", "Leaf"), syn("lamina", "EXACT")],
    ),
    (
        "PSO:0000012",
        "leaf sheath",
        S,
        "The lower part of a grass leaf that encloses the stem.",
        [isa("PSO:0000001"), rel("part_of", "PSO:0000010", "Leaf")],
    ),
    (
        "PSO:0000013",
        "flag leaf",
        S,
        "The uppermost leaf on the stem, just below the inflorescence.",
        [
            isa("PSO:0000010", "Leaf"),
            syn("FL", "EXACT", "ABBREVIATION"),
            syn("feuille paniculaire", "EXACT", "FRENCH"),
            syn("hoja bandera", "EXACT"),
        ],
    ),
    (
        "PSO:0000014",
        "inflorescence",
        S,
        "The flower-bearing part of the shoot.",
        [isa("PSO:0000001"), rel("part_of", "PSO:0000003", "shoot system")],
    ),
    (
        "PSO:0000015",
        "panicle",
        S,
        "A branched inflorescence, as in rice and sorghum.",
        [
            isa("PSO:0000014", "inflorescence"),
            syn("panícula", "EXACT"),
            syn("head", "BROAD"),
            rel("has_part", "PSO:0000018", "spikelet"),
            rel("has_part", "PSO:0000016", "rachis"),
        ],
    ),
    ("PSO:0000016", "rachis", S, None, [isa("PSO:0000001")]),
    (
        "PSO:0000017",
        "spike",
        S,
        "An unbranched inflorescence with sessile spikelets, as in wheat and barley.",
        [
            isa("PSO:0000014", "inflorescence"),
            syn("wheat ear", "EXACT"),
            syn("épi", "EXACT", "FRENCH"),
            syn("espiga", "EXACT"),
            rel("has_part", "PSO:0000018", "spikelet"),
            rel("has_part", "PSO:0000016", "rachis"),
        ],
    ),
    (
        "PSO:0000018",
        "spikelet",
        S,
        "The basic unit of a grass inflorescence, holding one or more florets.",
        [
            isa("PSO:0000001"),
            rel("has_part", "PSO:0000019", "floret"),
            rel("has_part", "PSO:0000020", "glume"),
        ],
    ),
    (
        "PSO:0000019",
        "floret",
        S,
        "A small grass flower with its lemma and palea.",
        [
            isa("PSO:0000001"),
            rel("has_part", "PSO:0000021", "lemma"),
            rel("has_part", "PSO:0000022", "ovary"),
            rel("has_part", "PSO:0000023", "anther"),
        ],
    ),
    ("PSO:0000020", "glume", S, None, [isa("PSO:0000001")]),
    ("PSO:0000021", "lemma", S, "The lower bract of a grass floret.", [isa("PSO:0000001")]),
    (
        "PSO:0000022",
        "ovary",
        S,
        "The part of the pistil that holds the ovule.",
        [isa("PSO:0000001"), syn("ovaire", "EXACT", "FRENCH")],
    ),
    ("PSO:0000023", "anther", S, "The pollen-bearing part of the stamen.", [isa("PSO:0000001")]),
    (
        "PSO:0000024",
        "awn",
        S,
        "A bristle extending from the tip of the lemma.",
        [
            isa("PSO:0000001"),
            rel("part_of", "PSO:0000021", "lemma"),
            syn("barbe", "EXACT", "FRENCH"),
            syn("arista", "EXACT"),
        ],
    ),
    (
        "PSO:0000025",
        "Grain",
        S,
        "The one-seeded dry fruit of a grass, with the seed coat fused to the fruit wall.",
        [
            isa("PSO:0000001"),
            rel("develops_from", "PSO:0000022", "ovary"),
            syn("caryopsis", "EXACT"),
            syn("kernel", "RELATED"),
            syn("grain de riz", "NARROW", "FRENCH"),
            ("xref", "PO:0030104"),
        ],
    ),
    (
        "PSO:0000026",
        "seed",
        S,
        "A mature ovule with an embryo and stored food.",
        [
            isa("PSO:0000001"),
            rel("develops_from", "PSO:0000027", "ovule"),
            syn("semilla", "EXACT"),
            rel("has_part", "PSO:0000028", "embryo"),
            rel("has_part", "PSO:0000029", "endosperm"),
        ],
    ),
    ("PSO:0000027", "ovule", S, None, [isa("PSO:0000001"), rel("part_of", "PSO:0000022", "ovary")]),
    ("PSO:0000028", "embryo", S, "The young plant inside the seed.", [isa("PSO:0000001")]),
    (
        "PSO:0000029",
        "endosperm",
        S,
        "The starchy storage tissue of the seed.",
        [isa("PSO:0000001"), syn("albumen", "RELATED")],
    ),
    (
        "PSO:0000030",
        "tassel",
        S,
        "The male inflorescence at the top of a maize plant.",
        [isa("PSO:0000014", "inflorescence"), ("comment", "Maize only.")],
    ),
    (
        "PSO:0000031",
        "ear",
        S,
        "The female inflorescence of maize, borne in a leaf axil.",
        [
            isa("PSO:0000014", "inflorescence"),
            syn("maize ear", "EXACT"),
            syn("cob", "RELATED"),
            syn("mazorca", "EXACT"),
            rel("has_part", "PSO:0000032", "silk"),
            rel("has_part", "PSO:0000033", "kernel"),
        ],
    ),
    (
        "PSO:0000032",
        "silk",
        S,
        "The long style of a maize floret, which catches pollen.",
        [isa("PSO:0000001"), rel("develops_from", "PSO:0000034", "style")],
    ),
    ("PSO:0000033", "maize kernel", S, "The grain of maize.", [isa("PSO:0000025", "Grain")]),
    ("PSO:0000034", "style", S, None, [isa("PSO:0000001"), rel("part_of", "PSO:0000022", "ovary")]),
    (
        "PSO:0000035",
        "pod",
        S,
        "The fruit of a legume, opening along two seams.",
        [
            isa("PSO:0000001"),
            rel("develops_from", "PSO:0000022", "ovary"),
            syn("legume", "EXACT"),
            syn("gousse", "EXACT", "FRENCH"),
            syn("vaina", "EXACT"),
            ("subset", "legume_slim"),
        ],
    ),
    (
        "PSO:0000036",
        "coleoptile",
        S,
        "The sheath protecting the emerging shoot of a grass seedling.",
        [isa("PSO:0000001"), rel("part_of", "PSO:0000028", "embryo")],
    ),
    (
        "PSO:0000037",
        None,
        S,
        "The root-like structure anchoring a legume nodule; named in no release.",
        [isa("PSO:0000001"), rel("part_of", "PSO:0000005", "root")],
    ),
    (
        "PSO:0000038",
        "root nodule",
        S,
        "A swelling on a legume root that houses nitrogen-fixing bacteria.",
        [isa("PSO:0000001"), rel("part_of", "PSO:0000005", "root"), ("subset", "legume_slim")],
    ),
]

# ---- growth stages (GSO) ------------------------------------------------------------------
G = "growth_stage"
STAGES: list[Term] = [
    (
        "GSO:0000001",
        "plant growth stage",
        G,
        "A stage in the life of a plant.",
        [("xref", "PO:0009012")],
    ),
    (
        "GSO:0000002",
        "vegetative phase",
        G,
        "The phase from germination until the inflorescence starts to form.",
        [isa("GSO:0000001")],
    ),
    (
        "GSO:0000003",
        "reproductive phase",
        G,
        "The phase from inflorescence formation to grain maturity.",
        [isa("GSO:0000001"), rel("immediately_preceded_by", "GSO:0000002", "vegetative phase")],
    ),
    (
        "GSO:0000010",
        "germination stage",
        G,
        "From seed imbibition to the emergence of the coleoptile.",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000002"),
            pv("zadoks_code", "Z00-Z09", "string"),
            pv("bbch_code", "00-09", "string"),
            syn("germination", "EXACT"),
        ],
    ),
    (
        "GSO:0000011",
        "Seedling Stage",
        G,
        "From emergence to the third leaf.",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000002"),
            rel("immediately_preceded_by", "GSO:0000010", "germination stage"),
            pv("zadoks_code", "Z10-Z19", "string"),
            pv("bbch_code", "10-19", "string"),
            syn("plantule", "RELATED", "FRENCH"),
        ],
    ),
    (
        "GSO:0000012",
        "tillering stage",
        G,
        "When side shoots (tillers) form from the base of the plant.",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000002"),
            rel("immediately_preceded_by", "GSO:0000011", "Seedling Stage"),
            pv("zadoks_code", "Z20-Z29", "string"),
            pv("bbch_code", "20-29", "string"),
            pv("typical_duration_days", "25", "integer"),
            syn("tallage", "EXACT", "FRENCH"),
            syn("macollamiento", "EXACT"),
        ],
    ),
    (
        "GSO:0000013",
        "stem elongation stage",
        G,
        None,
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000002"),
            rel("immediately_preceded_by", "GSO:0000012", "tillering stage"),
            pv("zadoks_code", "Z30-Z39", "string"),
            syn("jointing", "EXACT"),
            syn("culm elongation", "RELATED"),
        ],
    ),
    (
        "GSO:0000014",
        "booting stage",
        G,
        "When the developing inflorescence swells inside the flag leaf sheath.",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000003"),
            rel("immediately_preceded_by", "GSO:0000013", "stem elongation stage"),
            pv("zadoks_code", "Z41-Z49", "string"),
            pv("bbch_code", "41-49", "string"),
            syn("boot stage", "EXACT"),
            syn("gonflement", "EXACT", "FRENCH"),
        ],
    ),
    (
        "GSO:0000015",
        "heading stage",
        G,
        "When the inflorescence emerges from the flag leaf sheath.",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000003"),
            rel("immediately_preceded_by", "GSO:0000014", "booting stage"),
            pv("zadoks_code", "Z50-Z59", "string"),
            pv("bbch_code", "51-59", "string"),
            syn("ear emergence", "EXACT"),
            syn("inflorescence emergence", "EXACT"),
            syn("épiaison", "EXACT", "FRENCH"),
        ],
    ),
    (
        "GSO:0000016",
        "flowering stage",
        G,
        "When anthers are extruded and pollination takes place.",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000003"),
            rel("immediately_preceded_by", "GSO:0000015", "heading stage"),
            pv("zadoks_code", "Z60-Z69", "string"),
            pv("bbch_code", "61-69", "string"),
            pv("typical_duration_days", "7", "integer"),
            syn("anthesis stage", "EXACT"),
            syn("floraison", "EXACT", "FRENCH"),
            syn("floración", "EXACT"),
        ],
    ),
    (
        "GSO:0000017",
        "milk stage",
        G,
        "When the grain contents are a milky liquid.",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000003"),
            rel("immediately_preceded_by", "GSO:0000016", "flowering stage"),
            pv("zadoks_code", "Z70-Z79", "string"),
            pv("bbch_code", "71-77", "string"),
            syn("milky ripe", "EXACT"),
        ],
    ),
    (
        "GSO:0000018",
        "dough stage",
        G,
        "When the grain contents turn doughy.",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000003"),
            rel("immediately_preceded_by", "GSO:0000017", "milk stage"),
            pv("zadoks_code", "Z80-Z89", "string"),
            pv("bbch_code", "83-87", "string"),
            syn("soft dough", "NARROW"),
        ],
    ),
    (
        "GSO:0000019",
        "maturity stage",
        G,
        "When the grain is hard and dry enough to harvest.",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000003"),
            rel("immediately_preceded_by", "GSO:0000018", "dough stage"),
            pv("zadoks_code", "Z90-Z99", "string"),
            pv("bbch_code", "89-99", "string"),
            syn("ripening", "RELATED"),
            syn("physiological maturity", "NARROW"),
            syn("maturité", "EXACT", "FRENCH"),
        ],
    ),
    (
        "GSO:0000020",
        "tasseling stage",
        G,
        "When the maize tassel is fully visible (VT).",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000003"),
            pv("maize_stage_code", "VT", "string"),
            ("comment", "Maize only."),
        ],
    ),
    (
        "GSO:0000021",
        "silking stage",
        G,
        "When silks are visible outside the husks (R1).",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000003"),
            rel("immediately_preceded_by", "GSO:0000020", "tasseling stage"),
            pv("maize_stage_code", "R1", "string"),
            syn("R1", "EXACT", "ABBREVIATION"),
        ],
    ),
    (
        "GSO:0000022",
        "beginning pod stage",
        G,
        "Soybean stage R3: a pod 5 mm long at one of the four uppermost nodes.",
        [
            isa("GSO:0000001"),
            rel("part_of", "GSO:0000003"),
            pv("soybean_stage_code", "R3", "string"),
            ("subset", "legume_slim"),
        ],
    ),
]

# ---- processes (occur in structures, during stages) -----------------------------------------
P = "plant_process"
PROCESSES: list[Term] = [
    (
        "PTP:0000001",
        "anthesis",
        P,
        "The opening of the flower and release of pollen.",
        [
            rel("occurs_in", "PSO:0000019", "floret"),
            rel("occurs_during", "GSO:0000016", "flowering stage"),
            syn("pollen shedding", "RELATED"),
        ],
    ),
    (
        "PTP:0000002",
        "grain filling",
        P,
        "The deposition of starch and protein in the developing grain.",
        [
            rel("occurs_in", "PSO:0000025", "Grain"),
            rel("occurs_during", "GSO:0000017", "milk stage"),
            syn("grain fill", "EXACT"),
            syn("remplissage du grain", "EXACT", "FRENCH"),
        ],
    ),
    (
        "PTP:0000003",
        "tiller formation",
        P,
        None,
        [
            rel("occurs_in", "PSO:0000007", "node"),
            rel("occurs_during", "GSO:0000012", "tillering stage"),
        ],
    ),
    (
        "PTP:0000004",
        "nitrogen fixation",
        P,
        "Reduction of atmospheric nitrogen by symbiotic bacteria.",
        [rel("occurs_in", "PSO:0000038", "root nodule"), ("xref", "GO:0009399")],
    ),
    (
        "PTP:0000005",
        "silk emergence",
        P,
        "The growth of silks out of the husk.",
        [
            rel("occurs_in", "PSO:0000031", "ear"),
            rel("occurs_during", "GSO:0000021", "silking stage"),
        ],
    ),
    (
        "PTP:0000006",
        "leaf senescence",
        P,
        "The ageing and yellowing of leaves at the end of the season.",
        [
            rel("occurs_in", "PSO:0000010", "Leaf"),
            rel("occurs_during", "GSO:0000019", "maturity stage"),
            ("xref", "GO:0010150"),
        ],
    ),
]

# ---- diseases (PDO) -----------------------------------------------------------------------
D = "plant_disease"
DISEASES: list[Term] = [
    ("PDO:0000001", "plant disease", D, None, []),
    (
        "PDO:0000002",
        "rice blast",
        D,
        "A fungal disease of rice producing diamond-shaped lesions on leaves and rotting the panicle neck.",
        [
            isa("PDO:0000001"),
            rel("has_causal_agent", "NCBITaxon:318829", "Magnaporthe oryzae"),
            rel("occurs_in", "PSO:0000010", "Leaf"),
            rel("occurs_in", "PSO:0000015", "panicle"),
            syn("blast", "EXACT"),
            syn("neck blast", "NARROW"),
            syn("pyriculariose", "EXACT", "FRENCH"),
            syn("piricularia", "EXACT"),
        ],
    ),
    (
        "PDO:0000003",
        "leaf rust",
        D,
        "A rust disease of wheat with orange-brown pustules on the leaf blade.",
        [
            isa("PDO:0000001"),
            rel("has_causal_agent", "NCBITaxon:56615", "Puccinia triticina"),
            rel("occurs_in", "PSO:0000011", "leaf blade"),
            syn("brown rust", "EXACT"),
            syn("rouille brune", "EXACT", "FRENCH"),
            syn("roya de la hoja", "EXACT"),
        ],
    ),
    (
        "PDO:0000004",
        "stripe rust",
        D,
        "A rust disease of wheat with yellow pustules in stripes along the leaf.",
        [
            isa("PDO:0000001"),
            rel("has_causal_agent", "NCBITaxon:168172", "Puccinia striiformis f. sp. tritici"),
            rel("occurs_in", "PSO:0000010", "Leaf"),
            syn("yellow rust", "EXACT"),
            syn("rouille jaune", "EXACT", "FRENCH"),
        ],
    ),
    (
        "PDO:0000005",
        "Fusarium head blight",
        D,
        "A fungal disease that bleaches the spikelets and contaminates grain with mycotoxins.",
        [
            isa("PDO:0000001"),
            rel("has_causal_agent", "NCBITaxon:5518", "Fusarium graminearum"),
            rel("occurs_in", "PSO:0000017", "spike"),
            syn("FHB", "EXACT", "ABBREVIATION"),
            syn("scab", "EXACT"),
            syn("fusariose de l'épi", "EXACT", "FRENCH"),
        ],
    ),
    (
        "PDO:0000006",
        "bacterial blight",
        D,
        "A bacterial disease of rice causing wilting and yellow leaf margins.",
        [
            isa("PDO:0000001"),
            rel("has_causal_agent", "NCBITaxon:64187", "Xanthomonas oryzae pv. oryzae"),
            rel("occurs_in", "PSO:0000010", "Leaf"),
            syn("BLB", "EXACT", "ABBREVIATION"),
            syn("bacterial leaf blight", "EXACT"),
            syn("kresek", "NARROW"),
        ],
    ),
    (
        "PDO:0000007",
        "northern corn leaf blight",
        D,
        None,
        [
            isa("PDO:0000001"),
            rel("has_causal_agent", "NCBITaxon:93612", "Exserohilum turcicum"),
            rel("occurs_in", "PSO:0000010", "Leaf"),
            syn("NCLB", "EXACT", "ABBREVIATION"),
            syn("turcicum leaf blight", "EXACT"),
        ],
    ),
    (
        "PDO:0000008",
        "Asian soybean rust",
        D,
        "A rust disease that defoliates soybean.",
        [
            isa("PDO:0000001"),
            rel("has_causal_agent", "NCBITaxon:170000", "Phakopsora pachyrhizi"),
            rel("occurs_in", "PSO:0000010", "Leaf"),
            syn("soybean rust", "EXACT"),
            syn("roya asiática", "EXACT"),
        ],
    ),
    (
        "PDO:0000009",
        "sheath blight",
        D,
        "A fungal disease of rice with lesions on the leaf sheath.",
        [
            isa("PDO:0000001"),
            rel("has_causal_agent", "NCBITaxon:5507", "Rhizoctonia solani"),
            rel("occurs_in", "PSO:0000012", "leaf sheath"),
        ],
    ),
]

# ---- scales (PTS) and methods (PTM) -------------------------------------------------------
SC = "scale"
SCALES: list[Term] = [
    (
        "PTS:0000001",
        "centimetre scale",
        SC,
        "Numerical scale in centimetres.",
        [
            pv("has_unit", "cm", "string"),
            pv("scale_type", "Numerical", "string"),
            pv("decimal_places", "0", "integer"),
        ],
    ),
    (
        "PTS:0000002",
        "t/ha scale",
        SC,
        "Numerical scale in tonnes per hectare.",
        [
            pv("has_unit", "t/ha", "string"),
            pv("scale_type", "Numerical", "string"),
            pv("decimal_places", "2", "integer"),
            syn("tonnes per hectare", "EXACT"),
        ],
    ),
    (
        "PTS:0000003",
        "gram scale",
        SC,
        None,
        [
            pv("has_unit", "g", "string"),
            pv("scale_type", "Numerical", "string"),
            pv("decimal_places", "1", "integer"),
        ],
    ),
    (
        "PTS:0000004",
        "SES 0-9 scale",
        SC,
        "The Standard Evaluation System ordinal scale for disease reaction, 0 (no lesions) to 9 (more than half the leaf area affected).",
        [
            pv("scale_type", "Ordinal", "string"),
            pv("scale_min", "0", "integer"),
            pv("scale_max", "9", "integer"),
            syn("Standard Evaluation System scale", "EXACT"),
            ("xref", "CO_320:0000092"),
        ],
    ),
    (
        "PTS:0000005",
        "percent severity scale",
        SC,
        "Percentage of the organ area covered by symptoms.",
        [
            pv("has_unit", "%", "string"),
            pv("scale_type", "Numerical", "string"),
            pv("scale_min", "0", "integer"),
            pv("scale_max", "100", "integer"),
        ],
    ),
    (
        "PTS:0000006",
        "days scale",
        SC,
        "Number of days from sowing.",
        [
            pv("has_unit", "d", "string"),
            pv("scale_type", "Numerical", "string"),
            pv("decimal_places", "0", "integer"),
        ],
    ),
    (
        "PTS:0000007",
        "percent dry basis scale",
        SC,
        "Percentage of the dry matter.",
        [
            pv("has_unit", "% DM", "string"),
            pv("scale_type", "Numerical", "string"),
            pv("decimal_places", "1", "integer"),
        ],
    ),
    (
        "PTS:0000008",
        "count scale",
        SC,
        None,
        [pv("has_unit", "count", "string"), pv("scale_type", "Numerical", "string")],
    ),
    (
        "PTS:0000009",
        "1-9 lodging scale",
        SC,
        "Ordinal lodging score: 1 all plants upright, 9 all plants flat.",
        [
            pv("scale_type", "Ordinal", "string"),
            pv("scale_min", "1", "integer"),
            pv("scale_max", "9", "integer"),
        ],
    ),
    (
        "PTS:0000010",
        "millimetre scale",
        SC,
        "Numerical scale in millimetres.",
        [
            pv("has_unit", "mm", "string"),
            pv("scale_type", "Numerical", "string"),
            pv("decimal_places", "2", "integer"),
        ],
    ),
    (
        "PTS:0000011",
        "degree Celsius scale",
        SC,
        None,
        [
            pv("has_unit", "°C", "string"),
            pv("scale_type", "Numerical", "string"),
            pv("decimal_places", "1", "integer"),
        ],
    ),
    (
        "PTS:0000012",
        "kg/hl scale",
        SC,
        "Numerical scale in kilograms per hectolitre.",
        [pv("has_unit", "kg/hl", "string"), pv("scale_type", "Numerical", "string")],
    ),
    (
        "PTS:0000013",
        None,
        SC,
        "Nominal scale: awned / awnless.",
        [pv("scale_type", "Nominal", "string")],
    ),
]
M = "method"
METHODS: list[Term] = [
    (
        "PTM:0000001",
        "Plant height measurement",
        M,
        "Measure with a ruler from the soil surface to the tip of the tallest panicle or spike, awns excluded, on five plants per plot.",
        [
            rel("has_scale", "PTS:0000001", "centimetre scale"),
            pv("method_class", "Measurement", "string"),
            pv("is_destructive", "false", "boolean"),
            pv("plants_per_plot", "5", "integer"),
        ],
    ),
    (
        "PTM:0000002",
        "Plot grain yield computation",
        M,
        "Weigh the grain harvested from the net plot, adjust to 14 percent moisture and convert to tonnes per hectare.",
        [
            rel("has_scale", "PTS:0000002", "t/ha scale"),
            pv("method_class", "Computation", "string"),
            pv("is_destructive", "true", "boolean"),
            pv("reference_moisture_percent", "14.0", "decimal"),
        ],
    ),
    (
        "PTM:0000003",
        "Thousand grain weighing",
        M,
        "Count 1000 filled grains with a seed counter and weigh them.",
        [
            rel("has_scale", "PTS:0000003", "gram scale"),
            pv("method_class", "Measurement", "string"),
            pv("is_destructive", "true", "boolean"),
        ],
    ),
    (
        "PTM:0000004",
        "Visual disease scoring",
        M,
        "Score the disease reaction visually on the Standard Evaluation System scale.",
        [
            rel("has_scale", "PTS:0000004", "SES 0-9 scale"),
            pv("method_class", "Estimation", "string"),
            pv("is_destructive", "false", "boolean"),
            syn("SES scoring", "EXACT"),
        ],
    ),
    (
        "PTM:0000005",
        "Modified Cobb scale assessment",
        M,
        "Estimate the percentage of leaf area covered by rust pustules with the modified Cobb scale.",
        [
            rel("has_scale", "PTS:0000005", "percent severity scale"),
            pv("method_class", "Estimation", "string"),
            pv("is_destructive", "false", "boolean"),
            syn("Cobb scale", "EXACT"),
        ],
    ),
    (
        "PTM:0000006",
        "Days from sowing count",
        M,
        "Count the days from sowing until half the plants in the plot reach the stage.",
        [
            rel("has_scale", "PTS:0000006", "days scale"),
            pv("method_class", "Computation", "string"),
            pv("is_destructive", "false", "boolean"),
        ],
    ),
    (
        "PTM:0000007",
        "NIR spectroscopy",
        M,
        "Predict the grain composition from its near-infrared reflectance spectrum.",
        [
            rel("has_scale", "PTS:0000007", "percent dry basis scale"),
            pv("method_class", "Measurement", "string"),
            pv("is_destructive", "false", "boolean"),
            syn("near-infrared reflectance", "EXACT"),
            syn("NIRS", "EXACT", "ABBREVIATION"),
        ],
    ),
    (
        "PTM:0000008",
        "Iodine colorimetry",
        M,
        "Measure the blue colour of the starch-iodine complex at 620 nm.",
        [
            rel("has_scale", "PTS:0000007", "percent dry basis scale"),
            pv("method_class", "Measurement", "string"),
            pv("is_destructive", "true", "boolean"),
            pv("wavelength_nm", "620", "integer"),
        ],
    ),
    (
        "PTM:0000009",
        "Ruler measurement",
        M,
        "Measure the organ with a ruler.",
        [
            rel("has_scale", "PTS:0000001", "centimetre scale"),
            pv("method_class", "Measurement", "string"),
            pv("is_destructive", "false", "boolean"),
        ],
    ),
    (
        "PTM:0000010",
        "Count per plant",
        M,
        None,
        [
            rel("has_scale", "PTS:0000008", "count scale"),
            pv("method_class", "Counting", "string"),
            pv("is_destructive", "false", "boolean"),
        ],
    ),
    (
        "PTM:0000011",
        "Lodging scoring",
        M,
        "Score the proportion and angle of lodged plants in the plot before harvest.",
        [
            rel("has_scale", "PTS:0000009", "1-9 lodging scale"),
            pv("method_class", "Estimation", "string"),
            pv("is_destructive", "false", "boolean"),
        ],
    ),
    (
        "PTM:0000012",
        "Infrared thermometry",
        M,
        "Measure the canopy temperature at midday with a hand-held infrared thermometer.",
        [
            rel("has_scale", "PTS:0000011", "degree Celsius scale"),
            pv("method_class", "Measurement", "string"),
            pv("is_destructive", "false", "boolean"),
        ],
    ),
    (
        "PTM:0000013",
        "Image-based grain measurement",
        M,
        "Measure grain dimensions from scanned images of 100 grains.",
        [
            rel("has_scale", "PTS:0000010", "millimetre scale"),
            pv("method_class", "Measurement", "string"),
            pv("is_destructive", "false", "boolean"),
            syn("grain imaging", "RELATED"),
        ],
    ),
    (
        "PTM:0000014",
        "Submergence survival count",
        M,
        "Count the plants that recover 21 days after 14 days of complete submergence.",
        [
            rel("has_scale", "PTS:0000005", "percent severity scale"),
            pv("method_class", "Counting", "string"),
            pv("is_destructive", "false", "boolean"),
        ],
    ),
    (
        "PTM:0000015",
        "Hectolitre weighing",
        M,
        "Weigh a fixed volume of grain with a chondrometer.",
        [
            rel("has_scale", "PTS:0000012", "kg/hl scale"),
            pv("method_class", "Measurement", "string"),
            pv("is_destructive", "false", "boolean"),
        ],
    ),
    (
        "PTM:0000016",
        "Awn observation",
        M,
        None,
        [rel("has_scale", "PTS:0000013"), pv("method_class", "Estimation", "string")],
    ),
]

# ---- traits (PTO) -------------------------------------------------------------------------
T = "plant_trait"
TRAITS: list[Term] = [
    (
        "PTO:0000001",
        "plant trait",
        T,
        "A measurable or observable characteristic of a plant.",
        [("xref", "TO:0000387")],
    ),
    (
        "PTO:0000002",
        "morphological trait",
        T,
        "A trait of the form or size of a plant structure.",
        [isa("PTO:0000001", "plant trait"), ("xref", "TO:0000017")],
    ),
    (
        "PTO:0000003",
        "yield trait",
        T,
        "A trait of the amount of harvestable product.",
        [isa("PTO:0000001", "plant trait"), syn("yield component", "NARROW")],
    ),
    (
        "PTO:0000004",
        "quality trait",
        T,
        "A trait of the composition or market quality of the harvested product.",
        [isa("PTO:0000001", "plant trait")],
    ),
    (
        "PTO:0000005",
        "phenological trait",
        T,
        "A trait of the timing of a developmental stage.",
        [isa("PTO:0000001", "plant trait"), syn("phenology", "RELATED")],
    ),
    (
        "PTO:0000006",
        "biotic stress trait",
        T,
        "A trait of the response to pests and pathogens.",
        [isa("PTO:0000001", "plant trait"), syn("disease resistance trait", "NARROW")],
    ),
    (
        "PTO:0000007",
        "abiotic stress trait",
        T,
        "A trait of the response to drought, flooding, salt, heat or cold.",
        [isa("PTO:0000001", "plant trait")],
    ),
    # morphological
    (
        "PTO:0000010",
        "PLANT HEIGHT",
        T,
        "The height of the plant from the soil surface to the tip of the tallest inflorescence.",
        [
            isa("PTO:0000002", "morphological trait"),
            rel("inheres_in", "PSO:0000002", "whole plant"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000001", "Plant height measurement"),
            syn("PH", "EXACT", "ABBREVIATION"),
            syn("culm height", "NARROW"),
            syn("hauteur de plante", "EXACT", "FRENCH"),
            syn("altura de planta", "EXACT"),
            ("xref", "TO:0000207"),
            ("xref", "CO_321:0000020"),
            pv("heritability", "0.82", "decimal"),
            ("subset", "breeding_core"),
            ("subset", "cereal_slim"),
            ("comment", "Score on five random plants per plot and take the mean."),
        ],
    ),
    (
        "PTO:0000011",
        "tiller number",
        T,
        "The number of tillers per plant.",
        [
            isa("PTO:0000002"),
            rel("inheres_in", "PSO:0000009", "tiller"),
            rel("observed_at", "GSO:0000012", "tillering stage"),
            rel("measured_by", "PTM:0000010", "Count per plant"),
            syn("TN", "EXACT", "ABBREVIATION"),
            syn("tillering ability", "RELATED"),
            syn("number of tillers", "EXACT"),
            pv("heritability", "0.41", "decimal"),
            ("xref", "TO:0000346"),
        ],
    ),
    (
        "PTO:0000012",
        "Flag Leaf Length",
        T,
        "The length of the flag leaf blade from the ligule to the tip.",
        [
            isa("PTO:0000002"),
            rel("inheres_in", "PSO:0000013", "flag leaf"),
            rel("observed_at", "GSO:0000016", "flowering stage"),
            rel("measured_by", "PTM:0000009", "Ruler measurement"),
            syn("FLL", "EXACT", "ABBREVIATION"),
            pv("heritability", "0.63", "decimal"),
        ],
    ),
    (
        "PTO:0000013",
        "flag leaf width",
        T,
        None,
        [
            isa("PTO:0000002"),
            rel("inheres_in", "PSO:0000013", "flag leaf"),
            rel("observed_at", "GSO:0000016", "flowering stage"),
            rel("measured_by", "PTM:0000009", "Ruler measurement"),
            syn("FLW", "EXACT", "ABBREVIATION"),
        ],
    ),
    (
        "PTO:0000014",
        "panicle length",
        T,
        "The length of the panicle from the neck node to the tip.",
        [
            isa("PTO:0000002"),
            rel("inheres_in", "PSO:0000015", "panicle"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000009", "Ruler measurement"),
            syn("PL", "EXACT", "ABBREVIATION"),
            pv("heritability", "0.58", "decimal"),
        ],
    ),
    (
        "PTO:0000015",
        "spike length",
        T,
        "The length of the spike excluding awns.",
        [
            isa("PTO:0000002"),
            rel("inheres_in", "PSO:0000017", "spike"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000009", "Ruler measurement"),
            syn("ear length", "RELATED"),
        ],
    ),
    (
        "PTO:0000016",
        "ear height",
        T,
        "The height of the node bearing the uppermost ear above the ground.",
        [
            isa("PTO:0000002"),
            rel("inheres_in", "PSO:0000031", "ear"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000009", "Ruler measurement"),
            syn("EH", "EXACT", "ABBREVIATION"),
            pv("heritability", "0.7", "decimal"),
        ],
    ),
    (
        "PTO:0000017",
        "root length",
        T,
        "The length of the longest root.",
        [
            isa("PTO:0000002"),
            rel("inheres_in", "PSO:0000005", "root"),
            rel("observed_at", "GSO:0000011", "Seedling Stage"),
            rel("measured_by", "PTM:0000009", "Ruler measurement"),
        ],
    ),
    (
        "PTO:0000018",
        "awn presence",
        T,
        "Whether the lemma bears an awn.",
        [
            isa("PTO:0000002"),
            rel("inheres_in", "PSO:0000024", "awn"),
            rel("observed_at", "GSO:0000015", "heading stage"),
            rel("measured_by", "PTM:0000016", "Awn observation"),
            syn("awnedness", "EXACT"),
            syn("aristation", "RELATED"),
        ],
    ),
    (
        "PTO:0000019",
        "stem diameter",
        T,
        None,
        [
            isa("PTO:0000002"),
            rel("inheres_in", "PSO:0000006", "Stem"),
            rel("measured_by", "PTM:0000009", "Ruler measurement"),
            syn("culm thickness", "RELATED"),
        ],
    ),
    # yield
    (
        "PTO:0000020",
        "Grain Yield",
        T,
        "The weight of grain harvested per unit land area at standard moisture.",
        [
            isa("PTO:0000003", "yield trait"),
            rel("inheres_in", "PSO:0000025", "Grain"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000002", "Plot grain yield computation"),
            syn("GY", "EXACT", "ABBREVIATION"),
            syn("grain productivity", "RELATED"),
            syn("rendement en grain", "EXACT", "FRENCH"),
            syn("rendimiento de grano", "EXACT"),
            syn("paidavar", "RELATED"),
            ("xref", "TO:0000396"),
            ("xref", "CO_321:0000013"),
            pv("heritability", "0.45", "decimal"),
            ("subset", "breeding_core"),
            ("subset", "cereal_slim"),
            ("alt_id", "PTO:0000900"),
            ("comment", "Report at 14% grain moisture."),
        ],
    ),
    (
        "PTO:0000021",
        "thousand grain weight",
        T,
        "The weight of one thousand filled grains.",
        [
            isa("PTO:0000003"),
            rel("inheres_in", "PSO:0000025", "Grain"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000003", "Thousand grain weighing"),
            syn("TGW", "EXACT", "ABBREVIATION"),
            syn("1000-kernel weight", "EXACT"),
            syn("grain weight", "BROAD"),
            syn("poids de mille grains", "EXACT", "FRENCH"),
            pv("heritability", "0.77", "decimal"),
            ("xref", "TO:0000382"),
            ("subset", "breeding_core"),
        ],
    ),
    (
        "PTO:0000022",
        "grains per panicle",
        T,
        "The number of filled grains on one panicle.",
        [
            isa("PTO:0000003"),
            rel("inheres_in", "PSO:0000015", "panicle"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000010", "Count per plant"),
            syn("spikelet fertility", "RELATED"),
            syn("GPP", "EXACT", "ABBREVIATION"),
        ],
    ),
    (
        "PTO:0000023",
        "grains per spike",
        T,
        None,
        [
            isa("PTO:0000003"),
            rel("inheres_in", "PSO:0000017", "spike"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000010", "Count per plant"),
            syn("kernels per spike", "EXACT"),
        ],
    ),
    (
        "PTO:0000024",
        "kernel rows per ear",
        T,
        "The number of kernel rows around the maize ear.",
        [
            isa("PTO:0000003"),
            rel("inheres_in", "PSO:0000031", "ear"),
            rel("measured_by", "PTM:0000010", "Count per plant"),
            syn("ear row number", "EXACT"),
            syn("KRN", "EXACT", "ABBREVIATION"),
        ],
    ),
    (
        "PTO:0000025",
        "pods per plant",
        T,
        "The number of pods with at least one seed on a plant.",
        [
            isa("PTO:0000003"),
            rel("inheres_in", "PSO:0000035", "pod"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000010", "Count per plant"),
            syn("pod number", "EXACT"),
            ("subset", "legume_slim"),
        ],
    ),
    (
        "PTO:0000026",
        "harvest index",
        T,
        "The ratio of grain weight to total above-ground biomass.",
        [
            isa("PTO:0000003"),
            rel("inheres_in", "PSO:0000003", "shoot system"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            syn("HI", "EXACT", "ABBREVIATION"),
            pv("heritability", "0.52", "decimal"),
        ],
    ),
    (
        "PTO:0000027",
        "biomass yield",
        T,
        None,
        [
            isa("PTO:0000003"),
            rel("inheres_in", "PSO:0000003", "shoot system"),
            rel("measured_by", "PTM:0000002", "Plot grain yield computation"),
            syn("above-ground biomass", "EXACT"),
        ],
    ),
    # quality
    (
        "PTO:0000030",
        "grain protein content",
        T,
        "The protein concentration of the grain on a dry basis.",
        [
            isa("PTO:0000004", "quality trait"),
            rel("inheres_in", "PSO:0000025", "Grain"),
            rel("measured_by", "PTM:0000007", "NIR spectroscopy"),
            syn("GPC", "EXACT", "ABBREVIATION"),
            syn("protein percentage", "EXACT"),
            syn("teneur en protéines", "EXACT", "FRENCH"),
            pv("heritability", "0.6", "decimal"),
        ],
    ),
    (
        "PTO:0000031",
        "amylose content",
        T,
        "The amylose proportion of the milled rice starch.",
        [
            isa("PTO:0000004"),
            rel("inheres_in", "PSO:0000029", "endosperm"),
            rel("measured_by", "PTM:0000008", "Iodine colorimetry"),
            syn("AC", "EXACT", "ABBREVIATION"),
            syn("apparent amylose content", "EXACT"),
            pv("heritability", "0.91", "decimal"),
            ("comment", "Low amylose rice cooks sticky; high amylose cooks dry and fluffy."),
        ],
    ),
    (
        "PTO:0000032",
        "grain length",
        T,
        "The length of the dehulled grain.",
        [
            isa("PTO:0000004"),
            rel("inheres_in", "PSO:0000025", "Grain"),
            rel("measured_by", "PTM:0000013", "Image-based grain measurement"),
            syn("GL", "EXACT", "ABBREVIATION"),
            syn("kernel length", "EXACT"),
        ],
    ),
    (
        "PTO:0000033",
        "grain chalkiness",
        T,
        "The opaque white fraction of the milled grain.",
        [
            isa("PTO:0000004"),
            rel("inheres_in", "PSO:0000029", "endosperm"),
            rel("measured_by", "PTM:0000013", "Image-based grain measurement"),
            syn("chalk", "RELATED"),
            syn("white belly", "NARROW"),
        ],
    ),
    (
        "PTO:0000034",
        "seed oil content",
        T,
        "The oil concentration of the seed on a dry basis.",
        [
            isa("PTO:0000004"),
            rel("inheres_in", "PSO:0000026", "seed"),
            rel("measured_by", "PTM:0000007", "NIR spectroscopy"),
            syn("oil content", "EXACT"),
            pv("heritability", "0.68", "decimal"),
            ("subset", "legume_slim"),
        ],
    ),
    (
        "PTO:0000035",
        "test weight",
        T,
        "The weight of a standard volume of grain.",
        [
            isa("PTO:0000004"),
            rel("inheres_in", "PSO:0000025", "Grain"),
            rel("measured_by", "PTM:0000015", "Hectolitre weighing"),
            syn("hectolitre weight", "EXACT"),
            syn("bushel weight", "EXACT"),
            syn("poids spécifique", "EXACT", "FRENCH"),
        ],
    ),
    # phenology
    (
        "PTO:0000040",
        "days to heading",
        T,
        "The days from sowing until half the plants in the plot have headed.",
        [
            isa("PTO:0000005", "phenological trait"),
            rel("inheres_in", "PSO:0000002", "whole plant"),
            rel("observed_at", "GSO:0000015", "heading stage"),
            rel("measured_by", "PTM:0000006", "Days from sowing count"),
            syn("DTH", "EXACT", "ABBREVIATION"),
            syn("heading date", "EXACT"),
            syn("time to ear emergence", "RELATED"),
            pv("heritability", "0.88", "decimal"),
            ("subset", "breeding_core"),
        ],
    ),
    (
        "PTO:0000041",
        "days to flowering",
        T,
        "The days from sowing until half the plants in the plot are at anthesis.",
        [
            isa("PTO:0000005"),
            rel("inheres_in", "PSO:0000002", "whole plant"),
            rel("observed_at", "GSO:0000016", "flowering stage"),
            rel("measured_by", "PTM:0000006", "Days from sowing count"),
            syn("DTF", "EXACT", "ABBREVIATION"),
            syn("days to 50% flowering", "EXACT"),
            syn("flowering time", "RELATED"),
            pv("heritability", "0.86", "decimal"),
        ],
    ),
    (
        "PTO:0000042",
        "days to maturity",
        T,
        "The days from sowing until the grain is physiologically mature.",
        [
            isa("PTO:0000005"),
            rel("inheres_in", "PSO:0000002", "whole plant"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000006", "Days from sowing count"),
            syn("DTM", "EXACT", "ABBREVIATION"),
            syn("crop duration", "RELATED"),
        ],
    ),
    (
        "PTO:0000043",
        "days to silking",
        T,
        "The days from sowing until half the plants show silks.",
        [
            isa("PTO:0000005"),
            rel("inheres_in", "PSO:0000032", "silk"),
            rel("observed_at", "GSO:0000021", "silking stage"),
            rel("measured_by", "PTM:0000006", "Days from sowing count"),
            syn("DTS", "EXACT", "ABBREVIATION"),
        ],
    ),
    (
        "PTO:0000044",
        "anthesis-silking interval",
        T,
        "The days between pollen shed and silk emergence in maize.",
        [
            isa("PTO:0000005"),
            rel("inheres_in", "PSO:0000002", "whole plant"),
            rel("measured_by", "PTM:0000006", "Days from sowing count"),
            syn("ASI", "EXACT", "ABBREVIATION"),
            ("comment", "A long interval signals drought stress at flowering."),
        ],
    ),
    # biotic stress
    (
        "PTO:0000050",
        "blast resistance",
        T,
        "The resistance of the rice plant to rice blast.",
        [
            isa("PTO:0000006", "biotic stress trait"),
            rel("inheres_in", "PSO:0000010", "Leaf"),
            rel("resistance_to", "PDO:0000002", "rice blast"),
            rel("observed_at", "GSO:0000012", "tillering stage"),
            rel("measured_by", "PTM:0000004", "Visual disease scoring"),
            syn("leaf blast resistance", "EXACT"),
            syn("BL", "EXACT", "ABBREVIATION"),
            syn("résistance à la pyriculariose", "EXACT", "FRENCH"),
            ("xref", "TO:0000074"),
            pv("heritability", "0.55", "decimal"),
            ("subset", "breeding_core"),
        ],
    ),
    (
        "PTO:0000051",
        "Leaf rust resistance",
        T,
        "The resistance of wheat to leaf rust.",
        [
            isa("PTO:0000006"),
            rel("inheres_in", "PSO:0000011", "leaf blade"),
            rel("resistance_to", "PDO:0000003", "leaf rust"),
            rel("observed_at", "GSO:0000017", "milk stage"),
            rel("measured_by", "PTM:0000005", "Modified Cobb scale assessment"),
            syn("LR", "EXACT", "ABBREVIATION"),
            syn("brown rust resistance", "EXACT"),
            ("xref", "TO:0000439"),
        ],
    ),
    (
        "PTO:0000052",
        "stripe rust resistance",
        T,
        None,
        [
            isa("PTO:0000006"),
            rel("inheres_in", "PSO:0000010", "Leaf"),
            rel("resistance_to", "PDO:0000004", "stripe rust"),
            rel("observed_at", "GSO:0000015", "heading stage"),
            rel("measured_by", "PTM:0000005", "Modified Cobb scale assessment"),
            syn("yellow rust resistance", "EXACT"),
            syn("YR", "EXACT", "ABBREVIATION"),
        ],
    ),
    (
        "PTO:0000053",
        "FHB resistance",
        T,
        "The resistance of the spike to Fusarium head blight.",
        [
            isa("PTO:0000006"),
            rel("inheres_in", "PSO:0000017", "spike"),
            rel("resistance_to", "PDO:0000005", "Fusarium head blight"),
            rel("observed_at", "GSO:0000017", "milk stage"),
            rel("measured_by", "PTM:0000005", "Modified Cobb scale assessment"),
            syn("scab resistance", "EXACT"),
            syn("head blight resistance", "EXACT"),
            pv("heritability", "0.38", "decimal"),
        ],
    ),
    (
        "PTO:0000054",
        "bacterial blight resistance",
        T,
        "The resistance of rice to bacterial blight.",
        [
            isa("PTO:0000006"),
            rel("inheres_in", "PSO:0000010", "Leaf"),
            rel("resistance_to", "PDO:0000006", "bacterial blight"),
            rel("observed_at", "GSO:0000014", "booting stage"),
            rel("measured_by", "PTM:0000004", "Visual disease scoring"),
            syn("BB resistance", "EXACT"),
        ],
    ),
    (
        "PTO:0000055",
        "northern leaf blight resistance",
        T,
        None,
        [
            isa("PTO:0000006"),
            rel("inheres_in", "PSO:0000010", "Leaf"),
            rel("resistance_to", "PDO:0000007", "northern corn leaf blight"),
            rel("measured_by", "PTM:0000004", "Visual disease scoring"),
            syn("NLB resistance", "EXACT"),
        ],
    ),
    (
        "PTO:0000056",
        "soybean rust resistance",
        T,
        "The resistance of soybean to Asian soybean rust.",
        [
            isa("PTO:0000006"),
            rel("inheres_in", "PSO:0000010", "Leaf"),
            rel("resistance_to", "PDO:0000008", "Asian soybean rust"),
            rel("observed_at", "GSO:0000022", "beginning pod stage"),
            rel("measured_by", "PTM:0000005", "Modified Cobb scale assessment"),
            ("subset", "legume_slim"),
        ],
    ),
    (
        "PTO:0000057",
        "sheath blight resistance",
        T,
        "The resistance of rice to sheath blight.",
        [
            isa("PTO:0000006"),
            rel("inheres_in", "PSO:0000012", "leaf sheath"),
            rel("resistance_to", "PDO:0000009", "sheath blight"),
            rel("measured_by", "PTM:0000004", "Visual disease scoring"),
            syn("ShB resistance", "EXACT"),
        ],
    ),
    # abiotic stress
    (
        "PTO:0000060",
        "drought tolerance",
        T,
        "The ability of the plant to keep growing and yielding under water deficit.",
        [
            isa("PTO:0000007", "abiotic stress trait"),
            rel("inheres_in", "PSO:0000002", "whole plant"),
            rel("observed_at", "GSO:0000016", "flowering stage"),
            rel("measured_by", "PTM:0000012", "Infrared thermometry"),
            syn("drought resistance", "EXACT"),
            syn("water stress tolerance", "RELATED"),
            syn("tolérance à la sécheresse", "EXACT", "FRENCH"),
            pv("heritability", "0.35", "decimal"),
        ],
    ),
    (
        "PTO:0000061",
        "submergence tolerance",
        T,
        "The ability of the rice plant to survive complete flooding for up to two weeks.",
        [
            isa("PTO:0000007"),
            rel("inheres_in", "PSO:0000002", "whole plant"),
            rel("observed_at", "GSO:0000011", "Seedling Stage"),
            rel("measured_by", "PTM:0000014", "Submergence survival count"),
            syn("flooding tolerance", "EXACT"),
            syn("Sub1 tolerance", "NARROW"),
            ("comment", "Conferred largely by the SUB1A gene."),
        ],
    ),
    (
        "PTO:0000062",
        "salt tolerance",
        T,
        None,
        [
            isa("PTO:0000007"),
            rel("inheres_in", "PSO:0000002", "whole plant"),
            rel("observed_at", "GSO:0000011", "Seedling Stage"),
            rel("measured_by", "PTM:0000004", "Visual disease scoring"),
            syn("salinity tolerance", "EXACT"),
        ],
    ),
    (
        "PTO:0000063",
        "Lodging Resistance",
        T,
        "The ability of the stem to stay upright under wind and rain until harvest.",
        [
            isa("PTO:0000007"),
            rel("inheres_in", "PSO:0000006", "Stem"),
            rel("observed_at", "GSO:0000019", "maturity stage"),
            rel("measured_by", "PTM:0000011", "Lodging scoring"),
            syn("standability", "EXACT"),
            syn("lodging incidence", "RELATED"),
            syn("résistance à la verse", "EXACT", "FRENCH"),
            pv("heritability", "0.49", "decimal"),
        ],
    ),
    (
        "PTO:0000064",
        "cold tolerance",
        T,
        "The ability of the plant to set grain after chilling at booting.",
        [
            isa("PTO:0000007"),
            rel("inheres_in", "PSO:0000023", "anther"),
            rel("observed_at", "GSO:0000014", "booting stage"),
            syn("chilling tolerance", "EXACT"),
        ],
    ),
    # obsolete
    (
        "PTO:0000090",
        "obsolete grain yield per plant",
        T,
        "OBSOLETE. Grain weight per single plant.",
        [
            ("is_obsolete", "true"),
            ("replaced_by", "PTO:0000020"),
            ("comment", "Merged into grain yield in release 2021-03."),
        ],
    ),
    (
        "PTO:0000091",
        "obsolete kernel weight",
        T,
        None,
        [("is_obsolete", "true"), ("replaced_by", "PTO:0000021")],
    ),
    (
        "PTO:0000092",
        "obsolete blast score",
        T,
        "OBSOLETE. A score of blast symptoms.",
        [("is_obsolete", "true"), ("consider", "PTO:0000050"), ("consider", "PTM:0000004")],
    ),
]

# correlations (symmetric, stated one way) and crops: who lists what
CORRELATED = [
    ("PTO:0000010", "PTO:0000063"),  # plant height ~ lodging resistance
    ("PTO:0000021", "PTO:0000032"),  # TGW ~ grain length
    ("PTO:0000040", "PTO:0000042"),  # days to heading ~ days to maturity
    ("PTO:0000030", "PTO:0000020"),  # protein ~ yield
    ("PTO:0000043", "PTO:0000044"),  # days to silking ~ ASI
]
# a crop lists its traits (has_scored_trait) for rice and maize; the trait names its crop
# (scored_in) for wheat, sorghum, soybean and barley
CROP_SIDE = {
    RICE: [
        "PTO:0000010",
        "PTO:0000011",
        "PTO:0000012",
        "PTO:0000014",
        "PTO:0000020",
        "PTO:0000021",
        "PTO:0000022",
        "PTO:0000031",
        "PTO:0000032",
        "PTO:0000033",
        "PTO:0000040",
        "PTO:0000050",
        "PTO:0000054",
        "PTO:0000057",
        "PTO:0000061",
        "PTO:0000062",
        "PTO:0000064",
        "PTO:0000063",
    ],
    MAIZE: [
        "PTO:0000010",
        "PTO:0000016",
        "PTO:0000020",
        "PTO:0000024",
        "PTO:0000043",
        "PTO:0000044",
        "PTO:0000055",
        "PTO:0000060",
        "PTO:0000063",
        "PTO:0000042",
    ],
}
TRAIT_SIDE = {
    WHEAT: [
        "PTO:0000010",
        "PTO:0000015",
        "PTO:0000018",
        "PTO:0000020",
        "PTO:0000021",
        "PTO:0000023",
        "PTO:0000030",
        "PTO:0000035",
        "PTO:0000040",
        "PTO:0000051",
        "PTO:0000052",
        "PTO:0000053",
        "PTO:0000060",
        "PTO:0000063",
    ],
    SORGHUM: ["PTO:0000010", "PTO:0000014", "PTO:0000020", "PTO:0000041", "PTO:0000060"],
    SOY: ["PTO:0000025", "PTO:0000030", "PTO:0000034", "PTO:0000042", "PTO:0000056", "PTO:0000010"],
    BARLEY: [
        "PTO:0000015",
        "PTO:0000018",
        "PTO:0000020",
        "PTO:0000035",
        "PTO:0000053",
        "PTO:0000040",
    ],
}

# ---- variables (PTV): trait x method x scale x crop ---------------------------------------
V = "variable"
VARIABLES = [
    # (id, code name, trait, method, scale, crop, extra)
    (
        "PTV:0000001",
        "PH_M_cm",
        "PTO:0000010",
        "PTM:0000001",
        "PTS:0000001",
        RICE,
        [pv("variable_status", "recommended", "string")],
    ),
    (
        "PTV:0000002",
        "GY_Comp_tha",
        "PTO:0000020",
        "PTM:0000002",
        "PTS:0000002",
        RICE,
        [pv("variable_status", "recommended", "string"), pv("date_created", "2019-04-02", "date")],
    ),
    (
        "PTV:0000003",
        "TGW_Meas_g",
        "PTO:0000021",
        "PTM:0000003",
        "PTS:0000003",
        WHEAT,
        [pv("variable_status", "recommended", "string")],
    ),
    (
        "PTV:0000004",
        "BL_SES_0to9",
        "PTO:0000050",
        "PTM:0000004",
        "PTS:0000004",
        RICE,
        [pv("variable_status", "recommended", "string"), pv("date_created", "2018-11-20", "date")],
    ),
    (
        "PTV:0000005",
        "LR_Cobb_pct",
        "PTO:0000051",
        "PTM:0000005",
        "PTS:0000005",
        WHEAT,
        [pv("variable_status", "recommended", "string")],
    ),
    ("PTV:0000006", "DTH_Comp_d", "PTO:0000040", "PTM:0000006", "PTS:0000006", WHEAT, []),
    (
        "PTV:0000007",
        "GPC_NIR_pct",
        "PTO:0000030",
        "PTM:0000007",
        "PTS:0000007",
        WHEAT,
        [pv("variable_status", "candidate", "string")],
    ),
    (
        "PTV:0000008",
        "AC_Iod_pct",
        "PTO:0000031",
        "PTM:0000008",
        "PTS:0000007",
        RICE,
        [pv("date_created", "2020-06-15", "date")],
    ),
    (
        "PTV:0000009",
        "ASI_Comp_d",
        "PTO:0000044",
        "PTM:0000006",
        "PTS:0000006",
        MAIZE,
        [pv("variable_status", "recommended", "string")],
    ),
    ("PTV:0000010", "LDG_Sc_1to9", "PTO:0000063", "PTM:0000011", "PTS:0000009", MAIZE, []),
    (
        "PTV:0000011",
        "CT_IRT_C",
        "PTO:0000060",
        "PTM:0000012",
        "PTS:0000011",
        MAIZE,
        [pv("variable_status", "candidate", "string")],
    ),
    ("PTV:0000012", "GL_Img_mm", "PTO:0000032", "PTM:0000013", "PTS:0000010", RICE, []),
    (
        "PTV:0000013",
        "SUB_Surv_pct",
        "PTO:0000061",
        "PTM:0000014",
        "PTS:0000005",
        RICE,
        [pv("date_created", "2021-02-01", "date")],
    ),
    ("PTV:0000014", "OIL_NIR_pct", "PTO:0000034", "PTM:0000007", "PTS:0000007", SOY, []),
    (
        "PTV:0000015",
        "PH_M_cm_wheat",
        "PTO:0000010",
        "PTM:0000001",
        "PTS:0000001",
        WHEAT,
        [pv("variable_status", "recommended", "string")],
    ),
    ("PTV:0000016", "TW_Hl_kghl", "PTO:0000035", "PTM:0000015", "PTS:0000012", BARLEY, []),
    ("PTV:0000017", "FHB_Cobb_pct", "PTO:0000053", "PTM:0000005", "PTS:0000005", WHEAT, []),
]

TYPEDEFS = [
    (
        "part_of",
        "part of",
        "A core relation that holds between a part and its whole.",
        [("xref", "BFO:0000050"), ("is_transitive", "true")],
    ),
    (
        "has_part",
        "has part",
        "A core relation that holds between a whole and its part.",
        [("xref", "BFO:0000051"), ("is_transitive", "true"), ("inverse_of", "part_of ! part of")],
    ),
    (
        "develops_from",
        "develops from",
        "x develops from y if x is formed by the growth and change of y.",
        [("xref", "RO:0002202"), ("is_transitive", "true")],
    ),
    (
        "occurs_in",
        "occurs in",
        "A process or disease occurs in the plant structure where it takes place.",
        [("xref", "BFO:0000066")],
    ),
    ("occurs_during", "occurs during", None, [("xref", "RO:0002092")]),
    (
        "immediately_preceded_by",
        "immediately preceded by",
        "x is immediately preceded by y if y ends just as x begins.",
        [("xref", "RO:0002087")],
    ),
    (
        "inheres_in",
        "inheres in",
        "A trait inheres in the plant structure on which it is measured.",
        [("xref", "RO:0000052")],
    ),
    (
        "observed_at",
        "observed at",
        "The growth stage at which the trait is scored in the field.",
        [],
    ),
    (
        "measured_by",
        "measured by",
        "The method used to measure or score a trait.",
        [("inverse_of", "method_for ! method for")],
    ),
    ("method_for", "method for", None, []),
    ("has_scale", "has scale", "The scale on which a method records its values.", []),
    (
        "resistance_to",
        "resistance to",
        "The disease that a resistance trait is a resistance to.",
        [],
    ),
    (
        "has_causal_agent",
        "has causal agent",
        "The pathogen that causes a disease.",
        [("xref", "RO:0002200")],
    ),
    (
        "scored_in",
        "scored in",
        "The crop in which a trait is scored in the institute's trials.",
        [("inverse_of", "has_scored_trait")],
    ),
    (
        "has_scored_trait",
        "has scored trait",
        "A trait that the breeding programme scores on the crop.",
        [],
    ),
    (
        "correlated_with",
        "correlated with",
        "The two traits are genetically correlated in the institute's trials.",
        [("is_symmetric", "true")],
    ),
    (
        "variable_of",
        "variable of",
        "Links a variable to the trait, method and scale it combines.",
        [],
    ),
    ("used_in_crop", "used in crop", None, []),
]


def stanza(term: Term, extra: list[tuple[str, str]]) -> str:
    tid, name, ns, defn, fields = term
    lines = ["[Term]", f"id: {tid}"]
    if name is not None:
        lines.append(f"name: {name}")
    if ns is not None and ns != "plant_trait":
        lines.append(f"namespace: {ns}")
    if defn is not None:
        cite = "[PTO:curators]" if ns in (None, "plant_trait") else "[]"
        lines.append(f'def: "{defn}" {cite}')
    lines += [f"{tag}: {value}" for tag, value in fields + extra]
    return "\n".join(lines)


def main() -> None:
    extra: dict[str, list[tuple[str, str]]] = {}
    for a, b in CORRELATED:
        extra.setdefault(a, []).append(rel("correlated_with", b))
    for crop, traits in CROP_SIDE.items():
        extra.setdefault(crop, []).extend(rel("has_scored_trait", t) for t in traits)
    for crop, traits in TRAIT_SIDE.items():
        for t in traits:
            extra.setdefault(t, []).append(rel("scored_in", crop))
    variables: list[Term] = [
        (
            vid,
            code,
            V,
            None,
            [
                rel("variable_of", t),
                rel("variable_of", m),
                rel("variable_of", s),
                rel("used_in_crop", c),
                *more,
            ],
        )
        for vid, code, t, m, s, c, more in VARIABLES
    ]
    out = [HEADER]
    for group in (
        TRAITS,
        STRUCTURES,
        STAGES,
        PROCESSES,
        DISEASES,
        METHODS,
        SCALES,
        variables,
        CROPS,
        PATHOGENS,
    ):
        out += [stanza(t, extra.get(t[0], [])) + "\n" for t in group]
    for tid, name, defn, fields in TYPEDEFS:
        lines = ["[Typedef]", f"id: {tid}", f"name: {name}"]
        if defn:
            lines.append(f'def: "{defn}" []')
        lines += [f"{tag}: {value}" for tag, value in fields]
        out.append("\n".join(lines) + "\n")
    (HERE / "plant_traits.obo").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
