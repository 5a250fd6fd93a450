# ruff: noqa: E501  (data tables: one class a line reads better than wrapped strings)
"""Write ``uberon.owl``: a slice of vertebrate anatomy in the shape of an OBO Foundry release.

Imitates ``uberon.owl`` (and GO / CL / HPO, which share the shape) as users download it from
``http://purl.obolibrary.org/obo/uberon.owl``: RDF/XML written by the OWL API (``<!-- IRI -->``
comments between blocks), **classes only** (no individuals), opaque numeric IRIs
``http://purl.obolibrary.org/obo/UBERON_0002107`` whose local names mean nothing, and everything
people read in annotations:

- ``rdfs:label`` (typed ``xsd:string``, as ROBOT writes it), sometimes not the everyday word
  ("posterior vena cava" with the exact synonym "inferior vena cava", "cranial nerve II" for the
  optic nerve, "calcareous tooth", "dorsal plus ventral thalamus");
- ``oboInOwl:hasExactSynonym`` / ``hasRelatedSynonym`` / ``hasBroadSynonym`` /
  ``hasNarrowSynonym``, some reified as ``owl:Axiom`` with a ``hasSynonymType`` (LATIN) and
  ``hasDbXref`` sources; ``oboInOwl:id`` "UBERON:0002107"; ``oboInOwl:hasOBONamespace``;
  ``oboInOwl:hasAlternativeId``; ``oboInOwl:inSubset`` (``uberon/core#organ_slim``...);
  definitions as ``obo:IAO_0000115`` with an ``owl:Axiom`` citing their sources;
  ``oboInOwl:hasDbXref`` literals ("FMA:7197", "MESH:D008099", "Wikipedia:Liver");
  ``rdfs:comment``, editor notes (``IAO_0000116``), ``dcterms:contributor`` ORCIDs;
- ``rdfs:subClassOf`` named parents AND ``owl:Restriction`` blank nodes
  (``owl:onProperty obo:BFO_0000050`` "part of", ``RO_0002202`` "develops from",
  ``RO_0002170`` "connected to", ``RO_0002178`` "supplies", ``RO_0002005`` innervated_by...,
  ``owl:someValuesFrom``); ``owl:equivalentClass`` intersections (``renal artery`` =
  artery and supplies some kidney) whose differentia exist nowhere else;
- object properties declared with labels, definitions, ``owl:inverseOf`` and characteristics;
  one (``RO_0002005``) with only its ``oboInOwl:id`` and shorthand "innervated_by", one
  (``RO_0002373``) bare, with no annotation at all;
- imported terms merged in as the release does: CL cell types, GO processes (``capable of``),
  NCBITaxon taxa ("Vertebrata <vertebrates>"), with ``in taxon`` restrictions and
  ``never_in_taxon`` annotations;
- obsolete classes (``owl:deprecated true``, label "obsolete X", ``IAO_0100001`` term replaced
  by, as an IRI or, in older terms, a CURIE string; ``oboInOwl:consider``), some whose names
  collide with live terms' synonyms ("obsolete tonsil").

Facts are textbook human anatomy written from memory; ids are Uberon's where remembered, else
made up in its range. About 280 classes. Run from the repository root:
``python bench/data/own/uberon_make.py``.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).parent
OBO = "http://purl.obolibrary.org/obo/"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# ----------------------------------------------------------------------------- properties
# key: (IRI local name, label or None, shorthand or None, definition or None, extra XML lines)
PROPS = {
    "po": (
        "BFO_0000050",
        "part of",
        "part_of",
        "a core relation that holds between a part and its whole",
        ["owl:TransitiveProperty"],
    ),
    "hp": (
        "BFO_0000051",
        "has part",
        "has_part",
        "a core relation that holds between a whole and its part",
        ["owl:TransitiveProperty"],
    ),
    "df": (
        "RO_0002202",
        "develops from",
        "develops_from",
        "x develops from y if and only if there exists some p, t such that p is a developmental process and y participates in p at the start and x participates at the end",
        ["owl:TransitiveProperty"],
    ),
    "ct": (
        "RO_0002170",
        "connected to",
        "connected_to",
        "a is connected to b if and only if a and b are discrete structures, and there exists some connecting structure c, such that c connects a and b",
        ["owl:SymmetricProperty"],
    ),
    "cn": (
        "RO_0002176",
        "connects",
        "connects",
        "c connects a if and only if there exist some b such that a and b are similar parts of the same system, and c connects b",
        [],
    ),
    "cw": (
        "RO_0002150",
        "continuous with",
        "continuous_with",
        "x continuous with y if and only if x and y share a fiat boundary",
        ["owl:SymmetricProperty"],
    ),
    "li": (
        "RO_0001025",
        "located in",
        "located_in",
        "a relation between two independent continuants, the target and the location, in which the target is entirely within the location",
        ["owl:TransitiveProperty"],
    ),
    "su": (
        "RO_0002178",
        "supplies",
        "supplies",
        "relation between an arterial structure and another structure, where the arterial structure acts as a conduit channeling fluid, substance or energy",
        [],
    ),
    "dr": (
        "RO_0002179",
        "drains",
        "drains",
        "relation between a vein and the structure from which it carries blood away",
        [],
    ),
    "bp": (
        "RO_0002380",
        "branching part of",
        "branching_part_of",
        "x is a branching part of y if and only if x is part of y and x is connected directly or indirectly to the main stem of y",
        [],
    ),
    "tr": (
        "RO_0002376",
        "tributary of",
        "tributary_of",
        "x tributary_of y if and only if x a channel for the flow of a substance into y, where y is larger than x",
        [],
    ),
    "inn": ("RO_0002005", None, "innervated_by", None, []),
    "mo": (
        "RO_0002372",
        "has muscle origin",
        "has_muscle_origin",
        "m has_muscle_origin s iff m is attached_to s, and it is the case that when m contracts, s does not move",
        [],
    ),
    "mi": ("RO_0002373", None, None, None, []),
    "cap": (
        "RO_0002215",
        "capable of",
        "capable_of",
        "A relation between a material entity and a process where the material entity has some causal role that influences the process",
        [],
    ),
    "tax": (
        "RO_0002162",
        "in taxon",
        "in_taxon",
        "x is in taxon y if an only if y is an organism, and the relationship between x and y is one of: part of, develops from, or is the same as",
        [],
    ),
    "sur": (
        "RO_0002221",
        "surrounds",
        "surrounds",
        "x surrounds y if and only if x is a hollow structure and y is located in the hollow",
        [],
    ),
    "adj": (
        "RO_0002220",
        "adjacent to",
        "adjacent_to",
        "x adjacent to y if and only if x and y share a boundary",
        [],
    ),
    "att": (
        "RO_0002371",
        "attached to",
        "attached_to",
        "a is attached to b if and only if a and b are discrete objects or object parts, and there are physical connections between a and b",
        [],
    ),
    "left": (
        "BSPO_0000120",
        "in_left_side_of",
        "in_left_side_of",
        "X in_left_side_of Y <=> if X is part_of Y and X is in the left side of the body",
        [],
    ),
}
INVERSES = [("po", "hp")]

SUBSETS = {
    "organ_slim": "subset used to restrict the ontology to organs",
    "major_organ": "a large organ of the body that is the object of many studies",
    "pheno_slim": "subset used for phenotype ontologies",
    "uberon_slim": "core terms used for high-level grouping",
    "vertebrate_core": "core vertebrate terms",
}

# ----------------------------------------------------------------------------- imported terms
# (IRI local name, label, namespace, definition, exact synonyms, parents)
IMPORTS = [
    ("CL_0000000", "cell", "cell", "A material entity of anatomical origin that is the smallest unit of life.", [], []),
    ("CL_0000182", "hepatocyte", "cell", "The main structural component of the liver, specialized epithelial cells arranged in cords.", ["hepatic cell"], ["cell"]),
    ("CL_0000091", "Kupffer cell", "cell", "A tissue-resident macrophage found in the liver sinusoids.", ["hepatic macrophage"], ["cell"]),
    ("CL_0000746", "cardiac muscle cell", "cell", "Muscle cell which is part of the heart muscle.", ["cardiomyocyte", "heart muscle cell"], ["cell"]),
    ("CL_0000169", "type B pancreatic cell", "cell", "A cell that secretes insulin and is located towards the center of the islets of Langerhans.", ["pancreatic beta cell", "beta cell"], ["cell"]),
    ("CL_0000171", "pancreatic A cell", "cell", "A cell that secretes glucagon, found towards the periphery of the islets of Langerhans.", ["pancreatic alpha cell", "alpha cell"], ["cell"]),
    ("CL_0000173", "pancreatic D cell", "cell", "A cell that stores and secretes somatostatin.", ["pancreatic delta cell", "delta cell"], ["cell"]),
    ("CL_0000653", "podocyte", "cell", "A specialized kidney epithelial cell with foot processes wrapping the glomerular capillaries.", ["glomerular visceral epithelial cell"], ["cell"]),
    ("CL_0000312", "keratinocyte", "cell", "An epidermal cell which synthesizes keratin.", [], ["cell"]),
    ("CL_0000148", "melanocyte", "cell", "A pigment cell derived from the neural crest that makes melanin.", [], ["cell"]),
    ("CL_0000604", "retinal rod cell", "cell", "A photoreceptor cell of the retina sensitive to dim light.", ["rod photoreceptor"], ["cell"]),
    ("CL_0000573", "retinal cone cell", "cell", "A photoreceptor cell of the retina responsible for color vision.", ["cone photoreceptor"], ["cell"]),
    ("CL_0000216", "Sertoli cell", "cell", "A supporting cell of the seminiferous tubules of the testis.", ["sustentacular cell"], ["cell"]),
    ("CL_0000178", "Leydig cell", "cell", "A testosterone-secreting cell in the interstitial area of the testis.", ["interstitial cell of Leydig"], ["cell"]),
    ("CL_0000501", "granulosa cell", "cell", "A supporting cell of the ovarian follicle.", [], ["cell"]),
    ("CL_0000166", "chromaffin cell", "cell", "A cell that stores epinephrine in secretory granules.", [], ["cell"]),
    ("CL_0002062", "type I pneumocyte", "cell", "A squamous epithelial cell lining the alveoli.", ["alveolar type 1 cell"], ["cell"]),
    ("CL_0002063", "type II pneumocyte", "cell", "A cuboidal epithelial cell of the alveoli that secretes surfactant.", ["alveolar type 2 cell"], ["cell"]),
    ("CL_0000232", "erythrocyte", "cell", "A red blood cell.", ["red blood cell", "RBC"], ["cell"]),
    ("CL_0000037", "hematopoietic stem cell", "cell", "A stem cell from which all cells of the lymphoid and myeloid lineages develop.", ["HSC", "blood stem cell"], ["cell"]),
    ("CL_0000540", "neuron", "cell", "The basic cellular unit of nervous tissue.", ["nerve cell"], ["cell"]),
    ("GO_0008015", "blood circulation", "biological_process", "The flow of blood through the body of an animal, enabling the transport of nutrients to the tissues and the removal of waste products.", [], []),
    ("GO_0007586", "digestion", "biological_process", "The whole of the physical, chemical, and biochemical processes carried out by multicellular organisms to break down ingested nutrients into components that may be easily absorbed.", [], []),
    ("GO_0007585", "respiratory gaseous exchange by respiratory system", "biological_process", "The process of gaseous exchange between an organism and its environment.", ["breathing"], []),
    ("GO_0097205", "renal filtration", "biological_process", "A renal system process in which fluid circulating through the body is filtered through a barrier system.", [], []),
    ("GO_0032782", "bile acid secretion", "biological_process", "The regulated release of bile acid by a cell or a tissue.", [], []),
    ("GO_0030073", "insulin secretion", "biological_process", "The regulated release of proinsulin from secretory granules.", [], []),
    ("GO_0007605", "sensory perception of sound", "biological_process", "The series of events required for an organism to receive an auditory stimulus.", ["hearing"], []),
    ("GO_0007601", "visual perception", "biological_process", "The series of events required for an organism to receive a visual stimulus.", ["vision", "sight"], []),
    ("GO_0030097", "hemopoiesis", "biological_process", "The process whose specific outcome is the development of the myeloid and lymphoid derived organ/tissue systems of the blood.", ["haematopoiesis", "blood cell formation"], []),
    ("GO_0033077", "T cell differentiation in thymus", "biological_process", "The process in which a precursor cell type acquires the specialized features of a T cell via a differentiation pathway dependent upon transit through the thymus.", [], []),
    ("NCBITaxon_7742", "Vertebrata <vertebrates>", "ncbi_taxonomy", None, [], []),
    ("NCBITaxon_32523", "Tetrapoda", "ncbi_taxonomy", None, [], ["Vertebrata <vertebrates>"]),
    ("NCBITaxon_40674", "Mammalia", "ncbi_taxonomy", None, [], ["Tetrapoda"]),
    ("NCBITaxon_9347", "Eutheria", "ncbi_taxonomy", None, [], ["Mammalia"]),
    ("NCBITaxon_9606", "Homo sapiens", "ncbi_taxonomy", None, [], ["Eutheria"]),
    ("NCBITaxon_8782", "Aves", "ncbi_taxonomy", None, [], ["Tetrapoda"]),
    ("NCBITaxon_7955", "Danio rerio", "ncbi_taxonomy", None, [], ["Vertebrata <vertebrates>"]),
]  # fmt: skip

# ----------------------------------------------------------------------------- Uberon classes
# One class a call: c(id, label, is_a="a; b", po=..., df=..., ... (restriction targets, "; "),
# eq=(genus, key, target) for an equivalentClass intersection, exact/related/broad/narrow
# synonyms ("; "), latin= synonyms reified with the LATIN synonym type, xref="FMA:7197 ...",
# d=definition, subsets="organ_slim ...", alt="UBERON:...", comment=..., note=... (editor note).
CLASSES: list[dict] = []


def c(uid: str, label: str, **kw: object) -> None:
    CLASSES.append({"id": uid, "label": label, **kw})


# fmt: off
# upper level
c("0001062", "anatomical entity", d="Biological entity that is either an individual member of a biological species or constitutes the structural organization of an individual member of a biological species.", subsets="uberon_slim")
c("0000465", "material anatomical entity", is_a="anatomical entity", d="Anatomical entity that has mass.")
c("0000061", "anatomical structure", is_a="material anatomical entity", exact="biological structure", d="Material anatomical entity that is a single connected structure with inherent 3D shape generated by coordinated expression of the organism's own genome.", subsets="uberon_slim")
c("0010000", "multicellular anatomical structure", is_a="anatomical structure", d="An anatomical structure that has more than one cell as a part.")
c("0000467", "anatomical system", is_a="multicellular anatomical structure", exact="body system; organ system", d="Multicellular, connected anatomical structure that has multiple organs as parts and whose parts work together to achieve some shared function.", subsets="uberon_slim")
c("0000062", "organ", is_a="multicellular anatomical structure", related="viscus", d="Anatomical structure that performs a specific function or group of functions.", subsets="uberon_slim")
c("0000479", "tissue", is_a="multicellular anatomical structure", related="portion of tissue", d="Multicellular anatomical structure that consists of many cells of one or a few types, arranged in an extracellular matrix.", subsets="uberon_slim")
c("0000483", "epithelium", is_a="tissue", exact="epithelial tissue", d="A tissue composed of cells that are closely packed, with little intercellular space, lining a surface.")
c("0000344", "mucosa", is_a="tissue", exact="mucous membrane; tunica mucosa", d="The lining of a tubular organ, composed of an epithelium and an underlying lamina propria.")
c("0000025", "tube", is_a="anatomical structure", d="Any hollow, elongated structure that transports a substance.")
c("0002530", "gland", is_a="organ", d="An organ that functions as a secretory or excretory organ.", subsets="organ_slim")
c("0002365", "exocrine gland", is_a="gland", exact="ducted gland", d="A gland that secretes products through a duct onto an epithelial surface.")
c("0002368", "endocrine gland", is_a="gland", exact="ductless gland", d="A ductless gland that secretes hormones directly into the blood.")
c("0001981", "blood vessel", is_a="tube", po="vasculature", d="A vessel through which blood circulates in the body.")
c("0002049", "vasculature", is_a="anatomical structure", po="cardiovascular system", exact="vascular network")
c("0001637", "artery", is_a="blood vessel", exact="arterial vessel", d="An epithelial tube that carries blood away from the heart.", xref="FMA:50720 MESH:D001158")
c("0001638", "vein", is_a="blood vessel", exact="venous vessel", d="Any of the tubular branching vessels that carry blood from the capillaries toward the heart.", xref="FMA:50723 MESH:D014680")
c("0001021", "nerve", is_a="anatomical structure", po="peripheral nervous system", d="An enclosed, cable-like bundle of axons in the peripheral nervous system.", xref="FMA:65132")
c("0001785", "cranial nerve", is_a="nerve", exact="cranial neural tree organ", d="A nerve that emerges directly from the brain or brainstem.")
c("0001814", "brachial nerve plexus", is_a="anatomical structure", po="peripheral nervous system", exact="brachial plexus", d="A network of nerve fibers running from the spine through the neck and the armpit into the arm.", xref="FMA:5906 MESH:D001917")
c("0004765", "skeletal element", is_a="anatomical structure", d="Organ consisting of skeletal tissue.")
c("0001474", "bone element", is_a="skeletal element", exact="bone organ", related="bone", d="Skeletal element that is composed of bone tissue.", xref="FMA:5018 MESH:D001842")
c("0002495", "long bone", is_a="bone element", d="A bone that is longer than it is wide, with a shaft and two ends.")
c("0002496", "flat bone", is_a="bone element", d="A thin, generally curved bone.")
c("0001479", "sesamoid bone", is_a="bone element", d="A bone embedded within a tendon.")
c("0002513", "irregular bone", is_a="bone element", d="A bone with a complex shape.")
c("0001630", "muscle organ", is_a="organ", related="muscle", d="Organ which is composed primarily of muscle tissue.")
c("0014892", "skeletal muscle organ", is_a="muscle organ", related="skeletal muscle", d="A muscle organ attached to the skeleton.")
c("0000020", "sense organ", is_a="organ", exact="sensory organ", d="An organ that receives stimuli from the environment.")
c("0001744", "lymphoid organ", is_a="organ", d="Organ composed primarily of lymphoid tissue.")
c("0000991", "gonad", is_a="organ", po="reproductive system", exact="gonada", d="The organ that produces gametes.")
c("0002050", "embryonic structure", is_a="anatomical structure", exact="developing embryonic structure", d="Anatomical structure that is part of an embryo.")
c("0000478", "extraembryonic structure", is_a="anatomical structure", d="Anatomical structure that is contiguous with the embryo and is comprised of portions of tissue or cells that will not contribute to the embryo.")
c("0000923", "germ layer", is_a="embryonic structure", exact="embryonic germ layer", d="The primary cell layers of the embryo from which all tissues and organs develop.", subsets="vertebrate_core")
c("0006314", "bodily fluid", is_a="material anatomical entity", exact="body fluid")

# systems
c("0001007", "digestive system", is_a="anatomical system", exact="alimentary system", related="gastrointestinal system", d="Anatomical system responsible for the ingestion, digestion and absorption of food.", xref="FMA:7152 MESH:D004064", subsets="organ_slim uberon_slim")
c("0001004", "respiratory system", is_a="anatomical system", related="apparatus respiratorius", d="Functional system which consists of structures involved in respiration.", xref="FMA:7158 MESH:D012137", subsets="uberon_slim")
c("0004535", "cardiovascular system", is_a="anatomical system", related="circulatory system", d="Anatomical system that has as its parts the heart and blood vessels.", xref="FMA:7161 MESH:D002319", subsets="uberon_slim")
c("0001016", "nervous system", is_a="anatomical system", d="The nervous system is an organ system containing predominantly neuron and glial cells.", xref="FMA:7157 MESH:D009420", subsets="uberon_slim")
c("0001017", "central nervous system", is_a="multicellular anatomical structure", po="nervous system", exact="CNS", latin="systema nervosum centrale", d="The central nervous system is the brain and the spinal cord.", xref="FMA:55675 MESH:D002490")
c("0000010", "peripheral nervous system", is_a="multicellular anatomical structure", po="nervous system", exact="PNS", latin="pars peripherica", d="The part of the nervous system outside the brain and spinal cord.", xref="FMA:9903 MESH:D017933")
c("0002204", "musculoskeletal system", is_a="anatomical system", exact="locomotor system", d="Anatomical system that consists of the muscular and skeletal systems.", xref="FMA:7482 MESH:D009141")
c("0001434", "skeletal system", is_a="anatomical system", po="musculoskeletal system", d="Anatomical system that consists of all the skeletal elements and joints.", xref="FMA:23881 MESH:D012863")
c("0001008", "renal system", is_a="anatomical system", exact="urinary system", related="excretory system", d="The organ system that produces, stores and eliminates urine.", xref="FMA:7159 MESH:D014551")
c("0000990", "reproductive system", is_a="anatomical system", related="genital system", d="Anatomical system that has as its parts the organs concerned with reproduction.", xref="FMA:7160")
c("0000079", "male reproductive system", is_a="anatomical system", po="reproductive system", exact="male genital system")
c("0000474", "female reproductive system", is_a="anatomical system", po="reproductive system", exact="female genital system")
c("0000949", "endocrine system", is_a="anatomical system", d="Anatomical system of ductless glands that secrete hormones into the blood.", xref="FMA:9668 MESH:D004703")
c("0002405", "immune system", is_a="anatomical system", d="Anatomical system that protects the body from disease.", xref="MESH:D007107")
c("0006558", "lymphoid system", is_a="anatomical system", po="immune system", related="lymphatic system", d="The lymphoid organs together with the lymph vessels.")
c("0002416", "integumental system", is_a="anatomical system", exact="integumentary system", related="integument", d="The organ system that protects the body from damage, comprising the skin and its appendages.", xref="FMA:72979 MESH:D034582")
c("0002104", "visual system", is_a="anatomical system", po="nervous system", d="The sensory system that processes visual information.")
c("0002105", "vestibulo-auditory system", is_a="anatomical system", po="nervous system", exact="auditory system", d="The sensory system responsible for hearing and balance.")

# digestive tract and its organs
c("0002423", "hepatobiliary system", is_a="anatomical system", po="digestive system", d="The liver together with the gall bladder and the bile ducts.", xref="FMA:71001")
c("0001555", "digestive tract", is_a="tube", po="digestive system", exact="alimentary canal; digestive tube", related="gut; gastrointestinal tract", d="A tube extending from the mouth to the anus.", xref="FMA:45615 MESH:D041981")
c("0000160", "intestine", is_a="organ", po="digestive tract", exact="bowel; intestinal tract", d="Segment of the alimentary canal extending from the stomach to the anus.", xref="FMA:7199 MESH:D007422", subsets="organ_slim")
c("0000165", "mouth", is_a="anatomical structure", po="digestive tract", exact="oral region", related="oral cavity", d="The region of the head where food is taken in.", xref="FMA:49184 MESH:D009055")
c("0001723", "tongue", is_a="organ", po="mouth", inn="hypoglossal nerve", related="glossus", latin="lingua", d="A muscular organ in the floor of the mouth.", xref="FMA:54640 MESH:D014059", subsets="organ_slim")
c("0003672", "dentition", is_a="anatomical structure", po="mouth", d="All the teeth of a mouth considered as a whole.")
c("0001091", "calcareous tooth", is_a="organ", po="dentition", exact="tooth", latin="dens", d="A mineralized structure in the mouth used for biting and chewing.", xref="FMA:12516 MESH:D014070")
c("0001044", "saliva-secreting gland", is_a="exocrine gland", po="mouth", exact="salivary gland", d="An exocrine gland that secretes saliva.", xref="FMA:9597 MESH:D012469")
c("0001831", "parotid gland", is_a="saliva-secreting gland", inn="glossopharyngeal nerve", d="The largest of the salivary glands, in front of the ear.", xref="FMA:59790 MESH:D010306")
c("0006562", "pharynx", is_a="organ", po="digestive tract", related="throat", d="The part of the throat behind the mouth and nasal cavity, above the esophagus and larynx.", xref="FMA:46688 MESH:D010614")
c("0001043", "esophagus", is_a="organ", po="digestive tract", cw="pharynx; stomach", df="foregut", exact="oesophagus; gullet", related="food pipe", d="Tubular organ that carries swallowed food from the pharynx to the stomach.", xref="FMA:7131 MESH:D004947 Wikipedia:Esophagus", subsets="organ_slim pheno_slim")
c("0000945", "stomach", is_a="organ", po="digestive tract", cw="duodenum", df="foregut", inn="vagus nerve", cap="digestion", related="ventriculus; gaster", d="The saclike expansion of the digestive tract between the esophagus and the duodenum, where food is stored and digestion begins.", xref="FMA:7148 MESH:D013270 Wikipedia:Stomach", subsets="organ_slim major_organ pheno_slim")
c("0001160", "fundus of stomach", is_a="anatomical structure", po="stomach", exact="gastric fundus", d="The upper rounded part of the stomach.")
c("0001161", "body of stomach", is_a="anatomical structure", po="stomach", exact="gastric body; corpus of stomach", d="The main central region of the stomach.")
c("0001166", "pylorus", is_a="anatomical structure", po="stomach", related="pyloric region", d="The region of the stomach that connects to the duodenum.")
c("0000414", "gastric gland", is_a="exocrine gland", po="stomach", d="A gland of the stomach mucosa that secretes gastric juice.")
c("0001199", "mucosa of stomach", is_a="mucosa", eq=("mucosa", "po", "stomach"), exact="gastric mucosa; stomach mucosa", d="A mucosa that is part of a stomach.")
c("0002108", "small intestine", is_a="organ", po="intestine", exact="small bowel", latin="intestinum tenue", d="Subdivision of the digestive tract that connects the stomach to the large intestine, where most absorption of food takes place.", xref="FMA:7200 MESH:D007421", subsets="organ_slim")
c("0002114", "duodenum", is_a="organ", po="small intestine", df="foregut; midgut", cw="jejunum", d="The first part of the small intestine.", xref="FMA:7206 MESH:D004386", subsets="organ_slim")
c("0002115", "jejunum", is_a="organ", po="small intestine", df="midgut", cw="ileum", d="The middle part of the small intestine.", xref="FMA:7207 MESH:D007583")
c("0002116", "ileum", is_a="organ", po="small intestine", df="midgut", cw="caecum", d="The final part of the small intestine.", xref="FMA:7208 MESH:D007082")
c("0000059", "large intestine", is_a="organ", po="intestine", exact="large bowel", d="A subdivision of the digestive tract that connects the small intestine to the anus.", xref="FMA:7201 MESH:D007420")
c("0001153", "caecum", is_a="organ", po="large intestine", cw="colon", df="midgut", exact="cecum; blind intestine", d="A pouch at the beginning of the large intestine.", xref="FMA:14541 MESH:D002432")
c("0001154", "vermiform appendix", is_a="organ", po="caecum", exact="appendix; caecal appendix", related="appendix vermiformis", d="A narrow, finger-shaped blind tube attached to the caecum, containing lymphoid tissue.", xref="FMA:14542 MESH:D001065 Wikipedia:Appendix_(anatomy)", subsets="organ_slim")
c("0001155", "colon", is_a="organ", po="large intestine", cw="rectum", df="midgut; hindgut", d="The longest portion of the large intestine, between the caecum and the rectum.", xref="FMA:14543 MESH:D003106")
c("0001052", "rectum", is_a="organ", po="large intestine", cw="anal canal", df="hindgut", d="The terminal part of the large intestine before the anal canal.", xref="FMA:14544 MESH:D012007")
c("0000159", "anal canal", is_a="anatomical structure", po="large intestine", cw="anus", exact="anal canal viewed anatomically")
c("0001245", "anus", is_a="anatomical structure", po="digestive tract", exact="anal orifice", d="The external opening at the end of the digestive tract.", xref="FMA:15711 MESH:D001003")
c("0002107", "liver", is_a="exocrine gland", po="hepatobiliary system", df="hepatic diverticulum", hp="hepatocyte; Kupffer cell", cap="bile acid secretion", exact="hepar", related="iecur; jecur", latin="jecur", d="An exocrine gland which secretes bile and functions in metabolism of protein and carbohydrate and fat, synthesizes substances involved in the clotting of the blood, synthesizes vitamin A, detoxifies poisonous substances, stores glycogen, and breaks down worn-out erythrocytes.", xref="FMA:7197 MESH:D008099 MA:0000358 NCIT:C12392 BTO:0000759 UMLS:C0023884 Wikipedia:Liver", subsets="organ_slim major_organ pheno_slim vertebrate_core", comment="Most vertebrates have a liver; it is a large organ in the upper right abdomen.", alt="UBERON:0001280")
c("0001114", "right lobe of liver", is_a="anatomical structure", po="liver", exact="right hepatic lobe; lobus hepatis dexter", d="The larger lobe of the liver.")
c("0001115", "left lobe of liver", is_a="anatomical structure", po="liver", exact="left hepatic lobe", d="The smaller lobe of the liver.")
c("0001116", "quadrate lobe of liver", is_a="anatomical structure", po="liver", exact="quadrate lobe")
c("0001117", "caudate lobe of liver", is_a="anatomical structure", po="liver", exact="caudate lobe; Spigelian lobe")
c("0002110", "gall bladder", is_a="organ", po="hepatobiliary system", ct="cystic duct", df="hepatic diverticulum", exact="gallbladder", related="cholecyst", latin="vesica biliaris; vesica fellea", d="A pear-shaped muscular sac that stores bile from the liver.", xref="FMA:7202 MESH:D005704 Wikipedia:Gallbladder", subsets="organ_slim pheno_slim")
c("0001173", "biliary tree", is_a="anatomical structure", po="hepatobiliary system", exact="biliary system; bile duct system", d="The system of vessels that carry bile from the liver and gall bladder to the duodenum.")
c("0001152", "cystic duct", is_a="tube", po="biliary tree", ct="common bile duct", d="The duct that connects the gall bladder to the common bile duct.", xref="FMA:14539 MESH:D003549")
c("0001174", "common bile duct", is_a="tube", po="biliary tree", ct="duodenum", exact="ductus choledochus", d="A duct formed by the union of the cystic duct and the common hepatic duct, opening into the duodenum.", xref="FMA:14667 MESH:D003135")
c("0001264", "pancreas", is_a="exocrine gland; endocrine gland", po="digestive system; endocrine system", df="dorsal pancreatic bud; ventral pancreatic bud", related="pancreatic gland", d="An organ that functions as both an exocrine gland, secreting digestive enzymes into the duodenum, and an endocrine gland, secreting insulin and glucagon.", xref="FMA:7198 MESH:D010179 UMLS:C0030274 Wikipedia:Pancreas", subsets="organ_slim major_organ pheno_slim")
c("0001069", "head of pancreas", is_a="anatomical structure", po="pancreas", exact="pancreatic head")
c("0001150", "body of pancreas", is_a="anatomical structure", po="pancreas", exact="pancreatic body")
c("0001151", "tail of pancreas", is_a="anatomical structure", po="pancreas", exact="pancreatic tail")
c("0000006", "islet of Langerhans", is_a="anatomical structure", po="pancreas", hp="type B pancreatic cell; pancreatic A cell; pancreatic D cell", cap="insulin secretion", exact="pancreatic islet; islets of Langerhans", related="endocrine pancreas", d="A cluster of endocrine cells scattered throughout the pancreas.", xref="FMA:16016 MESH:D007515")
c("0001041", "foregut", is_a="embryonic structure", po="primitive gut", df="endoderm", d="The anterior part of the embryonic gut.", xref="FMA:45616 MESH:D005544")
c("0001045", "midgut", is_a="embryonic structure", po="primitive gut", df="endoderm", d="The middle part of the embryonic gut.")
c("0001046", "hindgut", is_a="embryonic structure", po="primitive gut", df="endoderm", d="The posterior part of the embryonic gut.")
c("0007026", "primitive gut", is_a="embryonic structure", df="endoderm", exact="embryonic gut; primordial gut", d="The embryonic digestive tube formed by the endoderm.")
c("0003894", "hepatic diverticulum", is_a="embryonic structure", df="foregut", exact="liver diverticulum", related="liver bud", d="An outgrowth of the foregut endoderm from which the liver, gall bladder and bile ducts develop.")
c("0003923", "dorsal pancreatic bud", is_a="embryonic structure", df="foregut", exact="dorsal pancreatic primordium")
c("0003924", "ventral pancreatic bud", is_a="embryonic structure", df="foregut", exact="ventral pancreatic primordium")

# respiratory
c("0000004", "nose", is_a="sense organ", po="respiratory system", latin="nasus", d="The organ on the face that contains the nostrils and the nasal cavity.", xref="FMA:46472 MESH:D009666")
c("0001707", "nasal cavity", is_a="anatomical structure", po="nose", d="The air-filled space above and behind the nose.", xref="FMA:54378 MESH:D009296")
c("0001005", "respiratory airway", is_a="anatomical structure", po="respiratory system", related="airway")
c("0001737", "larynx", is_a="organ", po="respiratory airway", cw="pharynx; trachea", inn="vagus nerve", exact="voice box", d="An organ of the neck that houses the vocal cords and protects the trachea against food aspiration.", xref="FMA:55097 MESH:D007830 Wikipedia:Larynx")
c("0003126", "trachea", is_a="organ", po="respiratory airway", cw="larynx; main bronchus", df="foregut", exact="windpipe", latin="trachea (vertebrata)", d="The tube that connects the larynx to the bronchi of the lungs.", xref="FMA:7394 MESH:D014132 Wikipedia:Vertebrate_trachea", subsets="pheno_slim")
c("0007196", "bronchial tree", is_a="anatomical structure", po="lung", d="The branching system of air tubes in the lung.")
c("0002185", "bronchus", is_a="tube", po="bronchial tree", exact="bronchi", d="A passage that conducts air into the lung.", xref="FMA:7409 MESH:D001980")
c("0002182", "main bronchus", is_a="bronchus", exact="primary bronchus; principal bronchus", d="One of the two branches of the trachea.")
c("0002048", "lung", is_a="organ", po="respiratory system", df="lung primordium", inn="vagus nerve", cap="respiratory gaseous exchange by respiratory system", related="pulmo", d="Respiration organ that develops as an outpocketing of the esophagus.", xref="FMA:7195 MESH:D008168 UMLS:C0024109 Wikipedia:Lung", subsets="organ_slim major_organ pheno_slim")
c("0002168", "left lung", is_a="lung", eq=("lung", "left", "multicellular organism"), exact="left lung proper", d="Lung on the left side of the body, with two lobes.")
c("0002167", "right lung", is_a="lung", d="Lung on the right side of the body, with three lobes.")
c("0000468", "multicellular organism", is_a="multicellular anatomical structure", exact="whole organism; body", d="Anatomical structure that is an individual member of a species and consists of more than one cell.")
c("0002299", "alveolus of lung", is_a="anatomical structure", po="lung", hp="type I pneumocyte; type II pneumocyte", exact="pulmonary alveolus; air sac", d="A hollow cavity at the end of the respiratory tree where gas exchange takes place.", xref="FMA:7318 MESH:D011650")
c("0005597", "lung primordium", is_a="embryonic structure", df="foregut", exact="lung bud", related="respiratory diverticulum", d="The outgrowth of the foregut from which the lungs develop.")
c("0001103", "diaphragm", is_a="skeletal muscle organ", po="respiratory system", inn="phrenic nerve", df="septum transversum", tax="Mammalia", exact="thoracic diaphragm", d="A dome-shaped muscle separating the thoracic cavity from the abdominal cavity, whose contraction drives breathing.", xref="FMA:13295 MESH:D003964", never_in="Aves")
c("0004161", "septum transversum", is_a="embryonic structure", df="lateral plate mesoderm", d="A thick mass of mesoderm that gives rise to parts of the diaphragm and the ventral mesentery.")

# cardiovascular
c("0000948", "heart", is_a="organ", po="cardiovascular system", df="heart tube", inn="vagus nerve", cap="blood circulation", exact="chambered heart", narrow="vertebrate heart", latin="cor", d="A myogenic muscular circulatory organ found in the vertebrate cardiovascular system composed of chambers of cardiac muscle. It is the primary circulatory organ.", xref="FMA:7088 MESH:D006321 UMLS:C0018787 Wikipedia:Heart", subsets="organ_slim major_organ pheno_slim vertebrate_core")
c("0002349", "myocardium", is_a="tissue", po="heart", hp="cardiac muscle cell", exact="heart muscle; cardiac muscle", d="The middle layer of the heart wall, composed of cardiac muscle.", xref="FMA:9462 MESH:D009206")
c("0002348", "epicardium", is_a="tissue", po="heart", d="The outer layer of the heart wall.")
c("0002165", "endocardium", is_a="tissue", po="heart", d="The innermost layer of the heart wall.")
c("0002407", "pericardium", is_a="anatomical structure", po="cardiovascular system", sur="heart", exact="pericardial sac", d="A double-walled sac that surrounds the heart.", xref="FMA:9868 MESH:D010496")
c("0002084", "heart left ventricle", is_a="anatomical structure", po="heart", exact="left ventricle; left cardiac ventricle", d="The cardiac ventricle that pumps oxygenated blood into the aorta.", xref="FMA:7101 MESH:D006352")
c("0002080", "heart right ventricle", is_a="anatomical structure", po="heart", exact="right ventricle; right cardiac ventricle", d="The cardiac ventricle that pumps blood into the pulmonary trunk.", xref="FMA:7098")
c("0002079", "left cardiac atrium", is_a="anatomical structure", po="heart", exact="left atrium", d="The atrium that receives oxygenated blood from the pulmonary veins.")
c("0002078", "right cardiac atrium", is_a="anatomical structure", po="heart", exact="right atrium", d="The atrium that receives blood from the venae cavae.")
c("0002351", "sinoatrial node", is_a="anatomical structure", po="right cardiac atrium", exact="SA node; sinus node", related="pacemaker", d="The natural pacemaker of the heart, in the wall of the right atrium.", xref="FMA:9477 MESH:D012849")
c("0002352", "atrioventricular node", is_a="anatomical structure", po="heart", exact="AV node", d="A part of the conducting system of the heart between the atria and the ventricles.")
c("0002135", "mitral valve", is_a="anatomical structure", po="heart", cn="left cardiac atrium; heart left ventricle", exact="bicuspid valve; left atrioventricular valve", d="The valve between the left atrium and the left ventricle.", xref="FMA:7235 MESH:D008943")
c("0002134", "tricuspid valve", is_a="anatomical structure", po="heart", cn="right cardiac atrium; heart right ventricle", exact="right atrioventricular valve", d="The valve between the right atrium and the right ventricle.", xref="FMA:7234 MESH:D014261")
c("0002137", "aortic valve", is_a="anatomical structure", po="heart", cn="heart left ventricle; aorta", d="The valve between the left ventricle and the aorta.", xref="FMA:7236 MESH:D001021")
c("0002146", "pulmonary valve", is_a="anatomical structure", po="heart", cn="heart right ventricle; pulmonary trunk", exact="pulmonic valve", d="The valve between the right ventricle and the pulmonary trunk.")
c("0000947", "aorta", is_a="artery", po="cardiovascular system", latin="arteria aorta", d="The main artery of the body, carrying blood from the left ventricle.", xref="FMA:3734 MESH:D001011 Wikipedia:Aorta", subsets="pheno_slim")
c("0001508", "arch of aorta", is_a="artery", po="aorta", exact="aortic arch", d="The part of the aorta between the ascending and descending aorta.")
c("0001515", "thoracic aorta", is_a="artery", po="aorta", cw="arch of aorta", exact="descending thoracic aorta")
c("0001516", "abdominal aorta", is_a="artery", po="aorta", cw="thoracic aorta", d="The part of the aorta below the diaphragm.", xref="FMA:3789 MESH:D001012")
c("0002333", "pulmonary trunk", is_a="artery", po="cardiovascular system", exact="pulmonary arterial trunk", d="The vessel that carries blood from the right ventricle to the pulmonary arteries.")
c("0002012", "pulmonary artery", is_a="artery", bp="pulmonary trunk", su="lung", exact="arteria pulmonalis", d="An artery that carries deoxygenated blood from the heart to a lung.", xref="FMA:66326 MESH:D011651")
c("0001621", "coronary artery", is_a="artery", eq=("artery", "su", "heart"), bp="aorta", d="An artery that supplies the heart muscle with blood.", xref="FMA:49893 MESH:D003331")
c("0001530", "common carotid artery plus branches", is_a="artery", bp="arch of aorta", su="head", exact="carotid artery; common carotid artery", d="One of the two main arteries of the neck, supplying the head.", xref="FMA:3939 MESH:D017536")
c("0001532", "internal carotid artery", is_a="artery", bp="common carotid artery plus branches", su="brain", d="A branch of the common carotid artery that supplies the brain.", xref="FMA:3947 MESH:D017535")
c("0001070", "external carotid artery", is_a="artery", bp="common carotid artery plus branches", su="face", d="A branch of the common carotid artery that supplies the face and neck.")
c("0001071", "superior thyroid artery", is_a="artery", bp="external carotid artery", su="thyroid gland")
c("0000033", "head", is_a="anatomical structure", po="multicellular organism", related="caput", d="The anterior region of the body, containing the brain.", xref="FMA:7154 MESH:D006257")
c("0001456", "face", is_a="anatomical structure", po="head", related="facia", d="The front part of the head.", xref="FMA:24728 MESH:D005145")
c("0001640", "celiac artery", is_a="artery", bp="abdominal aorta", exact="celiac trunk; coeliac trunk; coeliac artery", d="The first major branch of the abdominal aorta, supplying the foregut organs.", xref="FMA:50737 MESH:D002445")
c("0001193", "hepatic artery", is_a="artery", eq=("artery", "su", "liver"), bp="celiac artery", related="common hepatic artery", d="An artery that supplies the liver.", xref="FMA:14769 MESH:D006499")
c("0001190", "splenic artery", is_a="artery", eq=("artery", "su", "spleen"), bp="celiac artery", exact="lienal artery", d="An artery that supplies the spleen.", xref="FMA:14812 MESH:D013157")
c("0001192", "left gastric artery", is_a="artery", eq=("artery", "su", "stomach"), bp="celiac artery", d="An artery that supplies the lesser curvature of the stomach.")
c("0001184", "renal artery", is_a="artery", eq=("artery", "su", "kidney"), bp="abdominal aorta", latin="arteria renalis", d="An artery that supplies a kidney.", xref="FMA:14751 MESH:D012077")
c("0001182", "superior mesenteric artery", is_a="artery", bp="abdominal aorta", su="small intestine", d="A branch of the abdominal aorta that supplies the small intestine.", xref="MESH:D017538")
c("0001183", "inferior mesenteric artery", is_a="artery", bp="abdominal aorta", su="colon", d="A branch of the abdominal aorta that supplies the descending colon and rectum.")
c("0001072", "posterior vena cava", is_a="vein", ct="right cardiac atrium", exact="inferior vena cava; caudal vena cava", d="The large vein that carries deoxygenated blood from the lower body to the heart.", xref="FMA:10951 MESH:D014682")
c("0001585", "anterior vena cava", is_a="vein", ct="right cardiac atrium", exact="superior vena cava; cranial vena cava", d="The large vein that carries deoxygenated blood from the upper body to the heart.", xref="FMA:4720 MESH:D014683")
c("0004087", "brachiocephalic vein", is_a="vein", tr="anterior vena cava", exact="innominate vein")
c("0001586", "internal jugular vein", is_a="vein", dr="brain", tr="brachiocephalic vein", d="A vein that collects blood from the brain and the superficial parts of the face and neck.", xref="MESH:D007601")
c("0001138", "renal vein", is_a="vein", eq=("vein", "dr", "kidney"), tr="posterior vena cava", d="A vein that drains a kidney.", xref="FMA:14334 MESH:D012082")
c("0001143", "hepatic vein", is_a="vein", eq=("vein", "dr", "liver"), tr="posterior vena cava", d="A vein that drains the liver into the inferior vena cava.", xref="MESH:D006503")
c("0002017", "portal vein", is_a="vein", dr="small intestine; stomach", ct="liver", exact="hepatic portal vein", d="A vein that carries blood from the gastrointestinal tract and spleen to the liver.", xref="FMA:50735 MESH:D011169")
c("0001139", "splenic vein", is_a="vein", eq=("vein", "dr", "spleen"), tr="portal vein", exact="lienal vein")
c("0000178", "blood", is_a="bodily fluid", hp="erythrocyte", po="cardiovascular system", d="A fluid that is composed of blood plasma and blood cells.", xref="FMA:9670 MESH:D001769")

# lymphoid / immune
c("0002106", "spleen", is_a="lymphoid organ", po="lymphoid system", df="dorsal mesogastrium", related="lien", latin="splen", d="The organ that filters blood and stores red blood cells and lymphocytes, in the upper left abdomen.", xref="FMA:7196 MESH:D013154 UMLS:C0037993 Wikipedia:Spleen", subsets="organ_slim major_organ pheno_slim")
c("0005602", "dorsal mesogastrium", is_a="embryonic structure", df="lateral plate mesoderm", d="The part of the dorsal mesentery attached to the stomach.")
c("0002370", "thymus", is_a="lymphoid organ", po="lymphoid system", df="pharyngeal pouch 3", cap="T cell differentiation in thymus", exact="thymus gland", d="A lymphoid organ in the chest where T cells mature.", xref="FMA:9607 MESH:D013950", subsets="organ_slim")
c("0000029", "lymph node", is_a="lymphoid organ", po="lymphoid system", related="lymph gland", d="A small bean-shaped organ of the lymphoid system that filters lymph.", xref="FMA:5034 MESH:D008198")
c("0002373", "palatine tonsil", is_a="lymphoid organ", po="pharynx", df="pharyngeal pouch 2", exact="faucial tonsil", related="tonsil", d="A mass of lymphoid tissue on each side of the back of the throat.", xref="FMA:9610 MESH:D014066")
c("0002371", "bone marrow", is_a="tissue", po="skeletal system", hp="hematopoietic stem cell", cap="hemopoiesis", exact="medulla ossium", d="The soft tissue inside bones where blood cells are made.", xref="FMA:9608 MESH:D001853")

# endocrine
c("0002046", "thyroid gland", is_a="endocrine gland", po="endocrine system", df="thyroid primordium", exact="thyroid", latin="glandula thyroidea", d="An endocrine gland of the neck that secretes the thyroid hormones.", xref="FMA:9603 MESH:D013961 Wikipedia:Thyroid", subsets="organ_slim pheno_slim")
c("0003091", "thyroid primordium", is_a="embryonic structure", df="endoderm", exact="thyroid anlage; thyroid diverticulum")
c("0001132", "parathyroid gland", is_a="endocrine gland", po="endocrine system", df="pharyngeal pouch 3; pharyngeal pouch 4", adj="thyroid gland", d="One of four small endocrine glands behind the thyroid that secrete parathyroid hormone.", xref="FMA:13890 MESH:D010280")
c("0000007", "pituitary gland", is_a="endocrine gland", po="endocrine system", ct="hypothalamus", exact="hypophysis; hypophysis cerebri", related="pituitary", d="An endocrine gland at the base of the brain that secretes hormones regulating other endocrine glands.", xref="FMA:13889 MESH:D010902 Wikipedia:Pituitary_gland", subsets="organ_slim pheno_slim")
c("0002196", "adenohypophysis", is_a="anatomical structure", po="pituitary gland", df="Rathke's pouch", exact="anterior pituitary; anterior lobe of pituitary", d="The glandular anterior lobe of the pituitary gland.", xref="FMA:74627 MESH:D010903")
c("0002198", "neurohypophysis", is_a="anatomical structure", po="pituitary gland", df="diencephalon", exact="posterior pituitary; posterior lobe of pituitary", d="The posterior lobe of the pituitary gland, an extension of the hypothalamus.", xref="FMA:74636 MESH:D010904")
c("0005356", "Rathke's pouch", is_a="embryonic structure", df="ectoderm", exact="Rathke pouch; hypophyseal pouch", d="An outpocketing of the roof of the embryonic mouth that gives rise to the anterior pituitary.")
c("0001905", "pineal body", is_a="endocrine gland", po="diencephalon", exact="pineal gland; epiphysis cerebri", d="A small endocrine gland of the brain that produces melatonin.", xref="FMA:62033 MESH:D010870")
c("0002369", "adrenal gland", is_a="endocrine gland", po="endocrine system", hp="adrenal cortex; adrenal medulla", adj="kidney", exact="suprarenal gland", related="adrenal", d="An endocrine gland on top of each kidney that produces adrenaline and steroid hormones.", xref="FMA:9604 MESH:D000311 Wikipedia:Adrenal_gland", subsets="organ_slim pheno_slim")
c("0001235", "adrenal cortex", is_a="anatomical structure", po="adrenal gland", df="intermediate mesoderm", exact="cortex of adrenal gland", d="The outer region of the adrenal gland, which produces corticosteroids.", xref="MESH:D000302")
c("0001236", "adrenal medulla", is_a="anatomical structure", po="adrenal gland", df="neural crest", hp="chromaffin cell", exact="medulla of adrenal gland", d="The inner part of the adrenal gland, which produces adrenaline.", xref="MESH:D000313")

# urinary
c("0002113", "kidney", is_a="organ", po="renal system", df="metanephros", hp="nephron", cap="renal filtration", related="nephros", latin="ren", d="A paired organ of the renal system that filters the blood and produces urine.", xref="FMA:7203 MESH:D007668 UMLS:C0022646 Wikipedia:Kidney", subsets="organ_slim major_organ pheno_slim vertebrate_core")
c("0001225", "cortex of kidney", is_a="anatomical structure", po="kidney", exact="renal cortex", d="The outer part of the kidney.", xref="MESH:D007672")
c("0000362", "renal medulla", is_a="anatomical structure", po="kidney", exact="kidney medulla; medulla of kidney", d="The innermost part of the kidney.", xref="MESH:D007679")
c("0001224", "renal pelvis", is_a="anatomical structure", po="kidney", cw="ureter", exact="pelvis of kidney", d="The funnel-shaped part of the kidney where urine collects before entering the ureter.", xref="MESH:D007682")
c("0001285", "nephron", is_a="anatomical structure", po="kidney", df="metanephric mesenchyme", d="The functional unit of the kidney.", xref="FMA:17640 MESH:D009399")
c("0000074", "renal glomerulus", is_a="anatomical structure", po="nephron", hp="podocyte", exact="glomerulus; kidney glomerulus", d="A network of capillaries at the beginning of a nephron that filters blood.", xref="FMA:15624 MESH:D007678")
c("0001232", "collecting duct of renal tubule", is_a="tube", po="kidney", df="ureteric bud", exact="collecting duct; renal collecting duct")
c("0000056", "ureter", is_a="tube", po="renal system", ct="urinary bladder", df="ureteric bud", d="A muscular tube that carries urine from the kidney to the urinary bladder.", xref="FMA:9704 MESH:D014513 Wikipedia:Ureter")
c("0001255", "urinary bladder", is_a="organ", po="renal system", df="urogenital sinus", exact="bladder; vesica urinaria", d="A hollow muscular organ that collects and stores urine from the kidneys before urination.", xref="FMA:15900 MESH:D001743 Wikipedia:Urinary_bladder", subsets="organ_slim pheno_slim")
c("0000057", "urethra", is_a="tube", po="renal system", ct="urinary bladder", df="urogenital sinus", d="The tube that carries urine from the bladder out of the body.", xref="FMA:19667 MESH:D014521")
c("0000164", "urogenital sinus", is_a="embryonic structure", df="cloaca", exact="primitive urogenital sinus; sinus urogenitalis")
c("0000162", "cloaca", is_a="embryonic structure", po="hindgut", d="The terminal part of the embryonic hindgut.")
c("0000081", "metanephros", is_a="embryonic structure", df="metanephric mesenchyme; ureteric bud", exact="metanephric kidney; definitive kidney", d="The embryonic kidney that becomes the permanent kidney of mammals.")
c("0003220", "metanephric mesenchyme", is_a="embryonic structure", df="intermediate mesoderm", exact="metanephric blastema")
c("0000084", "ureteric bud", is_a="embryonic structure", df="mesonephric duct", exact="metanephric diverticulum", d="An outgrowth of the mesonephric duct that gives rise to the ureter and collecting ducts.")
c("0000080", "mesonephros", is_a="embryonic structure", df="intermediate mesoderm", exact="Wolffian body", d="The second stage of the embryonic kidney.")
c("0003074", "mesonephric duct", is_a="tube", po="mesonephros", exact="Wolffian duct", d="A paired duct of the mesonephros, which becomes the male genital ducts.")
c("0002120", "pronephros", is_a="embryonic structure", df="intermediate mesoderm", d="The first and most primitive stage of the embryonic kidney.")
c("0003890", "Mullerian duct", is_a="tube", df="intermediate mesoderm", exact="paramesonephric duct; Müllerian duct", d="A paired embryonic duct that develops into the female reproductive tract.")

# reproductive
c("0000473", "testis", is_a="gonad", po="male reproductive system", df="gonad primordium", hp="Sertoli cell; Leydig cell", exact="testicle; orchis", d="A male gonad that produces sperm and testosterone.", xref="FMA:7210 MESH:D013737", subsets="organ_slim pheno_slim")
c("0000992", "ovary", is_a="gonad", po="female reproductive system", df="gonad primordium", hp="granulosa cell", exact="female gonad", d="A female gonad that produces eggs and hormones.", xref="FMA:7209 MESH:D010053", subsets="organ_slim pheno_slim")
c("0005294", "gonad primordium", is_a="embryonic structure", df="intermediate mesoderm", exact="genital ridge; gonadal ridge", d="The embryonic ridge from which the gonads develop.")
c("0000995", "uterus", is_a="organ", po="female reproductive system", df="Mullerian duct", hp="endometrium; myometrium", exact="womb", latin="metra", d="A muscular organ of the female reproductive tract in which the embryo develops.", xref="FMA:17558 MESH:D014599 Wikipedia:Uterus", subsets="organ_slim")
c("0001295", "endometrium", is_a="tissue", po="uterus", d="The inner mucous lining of the uterus.")
c("0001296", "myometrium", is_a="tissue", po="uterus", d="The smooth muscle layer of the uterus.")
c("0003889", "fallopian tube", is_a="tube", po="female reproductive system", ct="uterus; ovary", df="Mullerian duct", exact="uterine tube", related="oviduct", d="A tube that carries eggs from the ovary to the uterus.", xref="FMA:18245 MESH:D005187")
c("0000996", "vagina", is_a="organ", po="female reproductive system", df="Mullerian duct; urogenital sinus", d="The muscular canal from the uterus to the outside of the body.", xref="FMA:19949 MESH:D014621")
c("0002367", "prostate gland", is_a="exocrine gland", po="male reproductive system", df="urogenital sinus", sur="urethra", tax="Mammalia", exact="prostate", d="An exocrine gland of the male reproductive system that surrounds the urethra.", xref="FMA:9600 MESH:D011467 Wikipedia:Prostate", subsets="organ_slim")
c("0001301", "epididymis", is_a="tube", po="male reproductive system", ct="testis", df="mesonephric duct", d="A coiled tube behind the testis where sperm mature.", xref="FMA:18255 MESH:D004822")
c("0001000", "vas deferens", is_a="tube", po="male reproductive system", ct="epididymis", df="mesonephric duct", exact="ductus deferens; sperm duct", d="The duct that conveys sperm from the epididymis.", xref="FMA:19234 MESH:D014649")
c("0001911", "mammary gland", is_a="exocrine gland", po="integumental system", tax="Mammalia", related="mamma; breast gland", d="Exocrine gland of mammals that produces milk.", xref="FMA:60088 MESH:D042361", never_in="Aves; Danio rerio")
c("0001987", "placenta", is_a="extraembryonic structure", tax="Eutheria", d="The organ that connects the developing fetus to the uterine wall.", xref="FMA:63934 MESH:D010920")

# nervous system
c("0000955", "brain", is_a="organ", po="central nervous system", df="neural tube", li="cranial cavity", hp="forebrain; midbrain; hindbrain; neuron", exact="encephalon", latin="encephalon", d="The brain is the center of the nervous system in all vertebrate animals, located in the head.", xref="FMA:50801 MESH:D001921 UMLS:C0006104 Wikipedia:Brain", subsets="organ_slim major_organ pheno_slim vertebrate_core")
c("0001739", "cranial cavity", is_a="anatomical structure", po="head", exact="intracranial space", d="The space formed inside the skull.")
c("0001890", "forebrain", is_a="anatomical structure", po="brain", hp="telencephalon; diencephalon", exact="prosencephalon", d="The anterior of the three primary divisions of the brain.", xref="FMA:62001 MESH:D016548")
c("0001893", "telencephalon", is_a="anatomical structure", po="forebrain", exact="endbrain", related="cerebrum", d="The most anterior part of the brain, including the cerebral hemispheres.")
c("0000956", "cerebral cortex", is_a="anatomical structure", po="telencephalon", related="neocortex; pallium", d="The outer layer of grey matter of the cerebrum.", xref="FMA:61830 MESH:D002540")
c("0001894", "diencephalon", is_a="anatomical structure", po="forebrain", exact="interbrain; betweenbrain", d="The posterior part of the forebrain, containing the thalamus and hypothalamus.", xref="MESH:D004027")
c("0001897", "dorsal plus ventral thalamus", is_a="anatomical structure", po="diencephalon", exact="thalamus", related="thalamencephalon", d="The part of the diencephalon that relays sensory signals to the cerebral cortex.", xref="FMA:62007 MESH:D013788")
c("0001898", "hypothalamus", is_a="anatomical structure", po="diencephalon", d="The part of the diencephalon that controls the autonomic nervous system and the pituitary.", xref="FMA:62008 MESH:D007031")
c("0001891", "midbrain", is_a="anatomical structure", po="brain", exact="mesencephalon", d="The middle of the three primary divisions of the brain.", xref="MESH:D008636")
c("0002028", "hindbrain", is_a="anatomical structure", po="brain", hp="cerebellum; pons; medulla oblongata", exact="rhombencephalon", d="The posterior of the three primary divisions of the brain.", xref="MESH:D012249")
c("0002037", "cerebellum", is_a="anatomical structure", po="hindbrain", df="rhombic lip", related="little brain", latin="corpus cerebelli", d="The part of the hindbrain that coordinates movement and balance.", xref="FMA:67944 MESH:D002531 Wikipedia:Cerebellum")
c("0006215", "rhombic lip", is_a="embryonic structure", df="neural tube", d="The dorsal edge of the embryonic hindbrain from which the cerebellum develops.")
c("0000988", "pons", is_a="anatomical structure", po="hindbrain", exact="pons Varolii; pons cerebri", d="The part of the brainstem between the midbrain and the medulla oblongata.", xref="MESH:D011149")
c("0001896", "medulla oblongata", is_a="anatomical structure", po="hindbrain", cw="spinal cord", exact="medulla; bulb", related="myelencephalon", d="The lowest part of the brainstem, continuous with the spinal cord.", xref="FMA:62004 MESH:D008526")
c("0002421", "hippocampal formation", is_a="anatomical structure", po="telencephalon", related="hippocampus", d="A compound structure in the medial temporal lobe involved in memory.", xref="MESH:D006624")
c("0001954", "Ammon's horn", is_a="anatomical structure", po="hippocampal formation", exact="hippocampus proper; cornu ammonis", d="The hippocampus proper, a part of the hippocampal formation.")
c("0001876", "amygdala", is_a="anatomical structure", po="telencephalon", exact="amygdaloid body; corpus amygdaloideum", d="An almond-shaped group of nuclei in the temporal lobe involved in emotion.", xref="MESH:D000679")
c("0002240", "spinal cord", is_a="anatomical structure", po="central nervous system", df="neural tube", li="vertebral canal", latin="medulla spinalis", d="Part of the central nervous system within the vertebral canal, from the medulla oblongata to the lumbar region.", xref="FMA:7647 MESH:D013116 Wikipedia:Spinal_cord", subsets="organ_slim pheno_slim")
c("0001220", "vertebral canal", is_a="anatomical structure", po="vertebral column", exact="spinal canal", d="The canal formed by the vertebral foramina, containing the spinal cord.")
c("0001049", "neural tube", is_a="embryonic structure", df="neural plate", related="tubus neuralis", d="The embryonic precursor of the central nervous system, formed by the folding of the neural plate.", xref="FMA:293882 MESH:D054259", subsets="vertebrate_core")
c("0003075", "neural plate", is_a="embryonic structure", df="ectoderm", d="A thickened plate of ectoderm that folds to form the neural tube.", xref="MESH:D054258")
c("0002342", "neural crest", is_a="embryonic structure", df="ectoderm", d="A group of embryonic cells that arise at the border of the neural plate and migrate to form many cell types.", xref="FMA:86666 MESH:D009432", subsets="vertebrate_core")
c("0000924", "ectoderm", is_a="germ layer", related="ectoblast", d="The outermost of the three primary germ layers of the embryo.", xref="FMA:69071 MESH:D004475", subsets="vertebrate_core")
c("0000926", "mesoderm", is_a="germ layer", related="mesoblast", d="The middle germ layer of the embryo, between the ectoderm and the endoderm.", xref="FMA:69072 MESH:D008648", subsets="vertebrate_core")
c("0000925", "endoderm", is_a="germ layer", exact="entoderm", related="endoblast", d="The innermost of the three primary germ layers of the embryo.", xref="FMA:69070 MESH:D004707", subsets="vertebrate_core")
c("0002328", "notochord", is_a="embryonic structure", df="mesoderm", latin="chorda dorsalis", d="A rod of mesoderm along the body axis of the embryo that defines the primitive axis.", xref="MESH:D009672")
c("0003077", "paraxial mesoderm", is_a="embryonic structure", po="mesoderm", exact="presomitic mesoderm")
c("0003064", "intermediate mesoderm", is_a="embryonic structure", po="mesoderm", exact="nephrogenic mesoderm")
c("0003081", "lateral plate mesoderm", is_a="embryonic structure", po="mesoderm", exact="lateral mesoderm")
c("0002329", "somite", is_a="embryonic structure", df="paraxial mesoderm", related="mesodermal segment", d="A paired block of paraxial mesoderm along the neural tube.", xref="MESH:D019170")
c("0003089", "sclerotome", is_a="embryonic structure", po="somite", df="somite", d="The part of a somite that gives rise to the vertebrae and ribs.")
c("0004016", "dermomyotome", is_a="embryonic structure", po="somite", df="somite")
c("0003082", "myotome", is_a="embryonic structure", df="dermomyotome", d="The part of a somite that forms the skeletal muscle.")
c("0004290", "dermatome", is_a="embryonic structure", df="dermomyotome", d="The part of a somite that forms the dermis of the back.")
c("0004141", "heart tube", is_a="embryonic structure", df="cardiogenic plate", exact="primitive heart tube; embryonic heart tube", d="The tube formed by the fusion of the endocardial tubes, which folds into the heart.")
c("0003084", "cardiogenic plate", is_a="embryonic structure", df="lateral plate mesoderm", exact="heart field; cardiac mesoderm")
c("0004128", "optic vesicle", is_a="embryonic structure", df="diencephalon", d="An outgrowth of the forebrain from which the retina develops.")
c("0003072", "optic cup", is_a="embryonic structure", df="optic vesicle", exact="eye cup")
c("0003073", "lens placode", is_a="embryonic structure", df="ectoderm", exact="lens plate")
c("0003069", "otic placode", is_a="embryonic structure", df="ectoderm", exact="auditory placode")
c("0003051", "otic vesicle", is_a="embryonic structure", df="otic placode", exact="otocyst; auditory vesicle")
c("0007122", "pharyngeal pouch 2", is_a="embryonic structure", df="endoderm", exact="second pharyngeal pouch; second branchial pouch")
c("0007123", "pharyngeal pouch 3", is_a="embryonic structure", df="endoderm", exact="third pharyngeal pouch; third branchial pouch")
c("0007124", "pharyngeal pouch 4", is_a="embryonic structure", df="endoderm", exact="fourth pharyngeal pouch; fourth branchial pouch")
c("0004362", "pharyngeal arch 1", is_a="embryonic structure", df="neural crest", exact="first pharyngeal arch; mandibular arch; first branchial arch")
c("0003066", "pharyngeal arch 2", is_a="embryonic structure", df="neural crest", exact="second pharyngeal arch; hyoid arch; second branchial arch")

# eye and ear
c("0000970", "eye", is_a="sense organ", po="visual system", cap="visual perception", latin="oculus", d="An organ that detects light.", xref="FMA:54448 MESH:D005123 Wikipedia:Eye", subsets="organ_slim pheno_slim")
c("0000966", "retina", is_a="anatomical structure", po="eye", df="optic cup", hp="retinal rod cell; retinal cone cell", d="The light-sensitive layer at the back of the eye.", xref="FMA:58301 MESH:D012160")
c("0000965", "lens of camera-type eye", is_a="anatomical structure", po="eye", df="lens placode", exact="lens; crystalline lens; eye lens", d="A transparent biconvex structure of the eye that focuses light onto the retina.", xref="FMA:58241 MESH:D007908")
c("0000964", "cornea", is_a="anatomical structure", po="eye", df="ectoderm; neural crest", d="The transparent front part of the eye that covers the iris and pupil.", xref="FMA:58238 MESH:D003315")
c("0001769", "iris", is_a="anatomical structure", po="eye", df="optic cup; neural crest", d="The colored part of the eye that controls the size of the pupil.", xref="MESH:D007498")
c("0000941", "cranial nerve II", is_a="cranial nerve", ct="retina; diencephalon", exact="optic nerve; second cranial nerve", latin="nervus opticus", d="The nerve that transmits visual information from the retina to the brain.", xref="FMA:50863 MESH:D009900")
c("0001690", "ear", is_a="sense organ", po="vestibulo-auditory system", hp="internal ear; middle ear; external ear", latin="auris", d="Sense organ in vertebrates that is specialized for the detection of sound and the maintenance of balance.", xref="FMA:52780 MESH:D004423", subsets="organ_slim")
c("0001846", "internal ear", is_a="anatomical structure", po="ear", df="otic vesicle", exact="inner ear; labyrinth", d="The innermost part of the ear, containing the cochlea and the vestibular system.", xref="FMA:60909 MESH:D007758")
c("0001844", "cochlea", is_a="anatomical structure", po="internal ear", cap="sensory perception of sound", d="The spiral cavity of the inner ear containing the organ of Corti.", xref="FMA:60201 MESH:D003051")
c("0001756", "middle ear", is_a="anatomical structure", po="ear", exact="tympanic cavity", related="auris media", d="The air-filled part of the ear between the eardrum and the inner ear, containing the ossicles.", xref="FMA:56513 MESH:D004432")
c("0001686", "auditory ossicle bone", is_a="bone element", exact="ear ossicle; ossicle", d="One of the three small bones of the middle ear.")
c("0001689", "malleus bone", is_a="auditory ossicle bone", po="middle ear", df="pharyngeal arch 1", att="tympanic membrane", exact="malleus; hammer", d="The hammer-shaped ossicle attached to the eardrum.", xref="FMA:52753 MESH:D008307")
c("0001688", "incus bone", is_a="auditory ossicle bone", po="middle ear", df="pharyngeal arch 1", ct="malleus bone; stapes bone", exact="incus; anvil", d="The anvil-shaped ossicle between the malleus and the stapes.", xref="FMA:52750 MESH:D007188")
c("0001687", "stapes bone", is_a="auditory ossicle bone", po="middle ear", df="pharyngeal arch 2", exact="stapes; stirrup", d="The stirrup-shaped ossicle, the smallest bone in the body.", xref="FMA:52749 MESH:D013199")
c("0002364", "tympanic membrane", is_a="anatomical structure", po="ear", exact="eardrum; tympanum; ear drum", d="A thin membrane that separates the external ear from the middle ear.", xref="FMA:9595 MESH:D014432")
c("0001691", "external ear", is_a="anatomical structure", po="ear", hp="pinna", exact="outer ear", d="The outer part of the ear, with the pinna and the ear canal.", xref="MESH:D004430")
c("0001757", "pinna", is_a="anatomical structure", po="external ear", exact="auricle; auricle of ear", related="ear flap", d="The visible part of the external ear.")

# skin
c("0002097", "skin of body", is_a="organ", po="integumental system", hp="skin epidermis; dermis", exact="skin", related="cutis", d="The organ covering the body, made of the epidermis and the dermis.", xref="FMA:7163 MESH:D012867 Wikipedia:Skin", subsets="organ_slim major_organ pheno_slim")
c("0001003", "skin epidermis", is_a="epithelium", po="skin of body", df="ectoderm", hp="keratinocyte; melanocyte", exact="epidermis", d="The outer epithelial layer of the skin.", xref="FMA:70596 MESH:D004817")
c("0002067", "dermis", is_a="tissue", po="skin of body", df="dermatome; lateral plate mesoderm", exact="corium", d="The layer of connective tissue of the skin beneath the epidermis.", xref="FMA:70323 MESH:D020405")
c("0002073", "hair follicle", is_a="anatomical structure", po="skin of body", df="ectoderm", tax="Mammalia", d="A tube-like structure of the skin from which a hair grows.", xref="FMA:59152 MESH:D018859", never_in="Aves")
c("0001820", "sweat gland", is_a="exocrine gland", po="skin of body", exact="sudoriferous gland", d="A gland of the skin that produces sweat.", xref="FMA:59152 MESH:D013545")
c("0001821", "sebaceous gland", is_a="exocrine gland", po="skin of body", ct="hair follicle", exact="oil gland", d="A gland of the skin that secretes sebum into the hair follicles.", xref="MESH:D012627")
c("0001705", "nail", is_a="anatomical structure", po="integumental system", latin="unguis", d="A horn-like plate at the tip of a finger or toe.", xref="FMA:54902 MESH:D009262")

# skeleton
c("0003129", "skull", is_a="anatomical structure", po="skeletal system", related="cranium", d="The skeleton of the head, protecting the brain.", xref="FMA:46565 MESH:D012886 Wikipedia:Skull", subsets="pheno_slim")
c("0000209", "frontal bone", is_a="flat bone", po="skull", exact="os frontale", d="The bone of the forehead.", xref="FMA:52734 MESH:D005624")
c("0000210", "parietal bone", is_a="flat bone", po="skull", d="A bone forming the sides and roof of the cranium.")
c("0001676", "occipital bone", is_a="flat bone", po="skull", d="The bone at the back and base of the skull.")
c("0001678", "temporal bone", is_a="bone element", po="skull", d="A bone at the side and base of the skull that houses the middle and inner ear.", xref="MESH:D013701")
c("0001677", "sphenoid bone", is_a="irregular bone", po="skull", exact="os sphenoidale", d="A butterfly-shaped bone at the base of the skull.")
c("0002397", "maxilla", is_a="bone element", po="skull", exact="upper jaw bone", related="upper jaw", d="The bone forming the upper jaw.", xref="FMA:9711 MESH:D008437")
c("0001684", "mandible", is_a="bone element", po="skull", df="pharyngeal arch 1", exact="lower jaw bone; mandibula", related="jawbone; jaw bone", d="The bone of the lower jaw, the largest bone of the face.", xref="FMA:52748 MESH:D008334 Wikipedia:Mandible")
c("0001681", "nasal bone", is_a="bone element", po="skull")
c("0001683", "zygomatic bone", is_a="irregular bone", po="skull", exact="cheekbone; malar bone", d="A bone of the face that forms the prominence of the cheek.", xref="MESH:D015050")
c("0005944", "axial skeleton", is_a="anatomical structure", po="skeletal system", d="The skeleton of the head and trunk.")
c("0001130", "vertebral column", is_a="anatomical structure", po="axial skeleton", exact="spine; backbone; spinal column", related="columna vertebralis", d="The column of vertebrae along the back that encloses the spinal cord.", xref="FMA:13478 MESH:D013131 Wikipedia:Vertebral_column", subsets="pheno_slim")
c("0002412", "vertebra", is_a="irregular bone", po="vertebral column", df="sclerotome", exact="vertebral bone", d="One of the bones of the vertebral column.", xref="FMA:9914 MESH:D013131")
c("0006072", "cervical region of vertebral column", is_a="anatomical structure", po="vertebral column", exact="cervical spine; cervical vertebral column")
c("0006073", "thoracic region of vertebral column", is_a="anatomical structure", po="vertebral column", exact="thoracic spine")
c("0006074", "lumbar region of vertebral column", is_a="anatomical structure", po="vertebral column", exact="lumbar spine")
c("0002413", "cervical vertebra", is_a="vertebra", eq=("vertebra", "po", "cervical region of vertebral column"), exact="neck vertebra", d="A vertebra of the neck.", xref="FMA:72063 MESH:D002574")
c("0002347", "thoracic vertebra", is_a="vertebra", eq=("vertebra", "po", "thoracic region of vertebral column"), exact="dorsal vertebra", d="A vertebra of the chest region, articulating with the ribs.")
c("0002414", "lumbar vertebra", is_a="vertebra", eq=("vertebra", "po", "lumbar region of vertebral column"), d="A vertebra of the lower back.")
c("0001092", "vertebral bone 1", is_a="cervical vertebra", exact="atlas; C1 vertebra; cervical vertebra 1", d="The first cervical vertebra, which supports the skull.", xref="FMA:12519 MESH:D001270")
c("0001093", "vertebral bone 2", is_a="cervical vertebra", exact="axis; C2 vertebra; cervical vertebra 2", d="The second cervical vertebra, around which the atlas rotates.", xref="FMA:12520")
c("0003690", "fused sacrum", is_a="bone element", po="vertebral column", exact="sacrum; os sacrum", d="A triangular bone at the base of the spine formed by fused vertebrae.", xref="MESH:D012447")
c("0001350", "coccyx", is_a="bone element", po="vertebral column", exact="tailbone; tail bone", d="The small bone at the bottom of the vertebral column.", xref="MESH:D003050")
c("0003252", "thoracic cage", is_a="anatomical structure", po="axial skeleton", exact="rib cage", d="The bony cage of the chest formed by the ribs, sternum and thoracic vertebrae.")
c("0000975", "sternum", is_a="flat bone", po="thoracic cage", exact="breastbone; breast bone", d="The flat bone in the middle of the chest.", xref="FMA:7485 MESH:D013249")
c("0002228", "rib", is_a="bone element", po="thoracic cage", df="sclerotome", exact="costa", d="One of the curved bones of the thoracic cage.", xref="FMA:7574 MESH:D012272")
c("0007831", "pectoral girdle skeleton", is_a="anatomical structure", po="skeletal system", exact="shoulder girdle")
c("0001105", "clavicle bone", is_a="long bone", po="pectoral girdle skeleton", exact="clavicle; collarbone; collar bone", d="The bone connecting the sternum to the scapula.", xref="FMA:13321 MESH:D002968")
c("0006849", "scapula", is_a="flat bone", po="pectoral girdle skeleton", exact="shoulder blade", d="The flat triangular bone at the back of the shoulder.", xref="FMA:13394 MESH:D012540")
c("0001440", "forelimb skeleton", is_a="anatomical structure", po="skeletal system", exact="arm skeleton; skeleton of upper limb")
c("0000976", "humerus", is_a="long bone", po="forelimb skeleton", d="The long bone of the upper arm.", xref="FMA:13303 MESH:D006811")
c("0001423", "radius bone", is_a="long bone", po="forelimb skeleton", exact="radius", d="The bone of the forearm on the thumb side.", xref="FMA:23463 MESH:D011884")
c("0001424", "ulna", is_a="long bone", po="forelimb skeleton", d="The bone of the forearm on the little finger side.", xref="FMA:23466 MESH:D014457")
c("0001441", "hindlimb skeleton", is_a="anatomical structure", po="skeletal system", exact="leg skeleton; skeleton of lower limb")
c("0000981", "femur", is_a="long bone", po="hindlimb skeleton", exact="thigh bone; thighbone", latin="os femoris", d="The bone of the thigh, the longest bone in the body.", xref="FMA:9611 MESH:D005269 Wikipedia:Femur")
c("0000979", "tibia", is_a="long bone", po="hindlimb skeleton", exact="shin bone; shinbone", d="The larger of the two bones of the lower leg.", xref="FMA:24476 MESH:D013977")
c("0001446", "fibula", is_a="long bone", po="hindlimb skeleton", exact="calf bone", d="The smaller of the two bones of the lower leg.", xref="FMA:24479 MESH:D005360")
c("0002446", "patella", is_a="sesamoid bone", po="hindlimb skeleton", exact="kneecap; knee cap", d="A flat sesamoid bone at the front of the knee.", xref="FMA:24485 MESH:D010329")
c("0001450", "calcaneus", is_a="bone element", po="hindlimb skeleton", exact="heel bone; calcaneum", d="The bone of the heel.", xref="MESH:D002110")
c("0007832", "pelvic girdle skeleton", is_a="anatomical structure", po="skeletal system", exact="bony pelvis", related="pelvis")
c("0001272", "innominate bone", is_a="bone element", po="pelvic girdle skeleton", exact="hip bone; os coxae; coxal bone", d="The large bone of the pelvis formed by the fusion of the ilium, ischium and pubis.", xref="MESH:D010388")
c("0001273", "ilium", is_a="bone element", po="innominate bone", exact="iliac bone")
c("0001274", "ischium", is_a="bone element", po="innominate bone")
c("0001275", "pubis", is_a="bone element", po="innominate bone", exact="pubic bone")

# muscles
c("0001507", "biceps brachii", is_a="skeletal muscle organ", inn="musculocutaneous nerve", mo="scapula", mi="radius bone", exact="biceps; biceps muscle of arm", d="A two-headed muscle of the upper arm that flexes the elbow.", xref="FMA:37670")
c("0001509", "triceps brachii", is_a="skeletal muscle organ", inn="radial nerve", mo="scapula; humerus", mi="ulna", exact="triceps", d="A three-headed muscle at the back of the upper arm that extends the elbow.", xref="FMA:37688")
c("0001476", "deltoid", is_a="skeletal muscle organ", inn="axillary nerve", mo="clavicle bone; scapula", mi="humerus", exact="deltoid muscle", d="The triangular muscle of the shoulder.", xref="FMA:32521")
c("0002381", "pectoralis major", is_a="skeletal muscle organ", mo="sternum; clavicle bone", mi="humerus", exact="greater pectoral muscle", related="pecs", d="A large fan-shaped muscle of the chest.")
c("0001377", "quadriceps femoris", is_a="skeletal muscle organ", inn="femoral nerve", mo="innominate bone; femur", mi="tibia", exact="quadriceps; quadriceps muscle", d="The large four-part extensor muscle of the front of the thigh.", xref="FMA:22428 MESH:D051557")
c("0001388", "gastrocnemius", is_a="skeletal muscle organ", inn="tibial nerve", mo="femur", mi="calcaneus", exact="gastrocnemius muscle", related="calf muscle", d="The large muscle of the back of the lower leg.", xref="FMA:22541")
c("0002000", "gluteus maximus", is_a="skeletal muscle organ", inn="inferior gluteal nerve", mo="innominate bone; fused sacrum", mi="femur", d="The largest muscle of the buttock.", xref="FMA:22314")
c("0001582", "sternocleidomastoid", is_a="skeletal muscle organ", inn="accessory nerve", mo="sternum; clavicle bone", mi="temporal bone", exact="sternomastoid; sternocleidomastoid muscle", d="A muscle of the neck that rotates and flexes the head.", xref="FMA:13407")
c("0001597", "masseter muscle", is_a="skeletal muscle organ", inn="trigeminal nerve", mo="zygomatic bone", mi="mandible", exact="masseter", d="A muscle of the jaw used in chewing.", xref="FMA:48996 MESH:D008406")

# nerves
c("0001579", "olfactory nerve", is_a="cranial nerve", exact="cranial nerve I; first cranial nerve", d="The cranial nerve that carries the sense of smell.", xref="MESH:D009832")
c("0001643", "oculomotor nerve", is_a="cranial nerve", ct="midbrain", exact="cranial nerve III; third cranial nerve", d="The cranial nerve that controls most of the eye's movements.", xref="MESH:D009802")
c("0001645", "trigeminal nerve", is_a="cranial nerve", ct="pons", exact="cranial nerve V; fifth cranial nerve", d="The cranial nerve responsible for sensation in the face and for biting and chewing.", xref="FMA:50866 MESH:D014276")
c("0001647", "facial nerve", is_a="cranial nerve", ct="pons", exact="cranial nerve VII; seventh cranial nerve", d="The cranial nerve that controls the muscles of facial expression.", xref="FMA:50868 MESH:D005154")
c("0001649", "glossopharyngeal nerve", is_a="cranial nerve", ct="medulla oblongata", exact="cranial nerve IX; ninth cranial nerve")
c("0001759", "vagus nerve", is_a="cranial nerve", ct="medulla oblongata", exact="cranial nerve X; tenth cranial nerve", related="pneumogastric nerve", latin="nervus vagus", d="The tenth cranial nerve, which supplies the heart, lungs and digestive tract.", xref="FMA:5731 MESH:D014630 Wikipedia:Vagus_nerve")
c("0002019", "accessory nerve", is_a="cranial nerve", exact="cranial nerve XI; spinal accessory nerve; eleventh cranial nerve")
c("0001650", "hypoglossal nerve", is_a="cranial nerve", ct="medulla oblongata", exact="cranial nerve XII; twelfth cranial nerve", d="The cranial nerve that controls the muscles of the tongue.", xref="MESH:D007002")
c("0001884", "phrenic nerve", is_a="nerve", related="diaphragmatic nerve", d="A nerve that originates in the neck and passes down to the diaphragm.", xref="FMA:6191 MESH:D010791")
c("0001322", "sciatic nerve", is_a="nerve", exact="ischiatic nerve", latin="nervus ischiadicus", d="The largest nerve of the body, running from the lower back down the back of the leg.", xref="FMA:19034 MESH:D012584 Wikipedia:Sciatic_nerve")
c("0001323", "tibial nerve", is_a="nerve", bp="sciatic nerve", d="A branch of the sciatic nerve that supplies the back of the leg.", xref="MESH:D013979")
c("0001324", "common fibular nerve", is_a="nerve", bp="sciatic nerve", exact="common peroneal nerve", d="A branch of the sciatic nerve that winds around the neck of the fibula.")
c("0001267", "femoral nerve", is_a="nerve", d="The nerve of the front of the thigh.", xref="FMA:16486 MESH:D005267")
c("0001148", "median nerve", is_a="nerve", bp="brachial nerve plexus", d="A nerve of the arm that passes through the carpal tunnel.", xref="FMA:37064 MESH:D008475")
c("0001494", "ulnar nerve", is_a="nerve", bp="brachial nerve plexus", latin="nervus ulnaris", d="A nerve that runs near the ulna, behind the elbow.", xref="MESH:D014459")
c("0001492", "radial nerve", is_a="nerve", bp="brachial nerve plexus", d="A nerve that supplies the back of the arm and forearm.", xref="MESH:D011826")
c("0001493", "axillary nerve", is_a="nerve", bp="brachial nerve plexus", exact="circumflex nerve")
c("0003724", "musculocutaneous nerve", is_a="nerve", bp="brachial nerve plexus", d="A nerve of the arm that supplies the biceps brachii.")
c("0003727", "inferior gluteal nerve", is_a="nerve", d="A nerve that supplies the gluteus maximus.")

# fmt: on

# obsolete classes: (id, old label, replaced by (label, IRI or CURIE form) or None, consider labels)
OBSOLETE = [
    ("0000322", "tonsil", ("palatine tonsil", "iri"), [], "merged into palatine tonsil"),
    ("0001279", "portal lobule", None, ["liver"], "not a distinct anatomical structure"),
    ("0005155", "gall bladder primordium", ("hepatic diverticulum", "curie"), [], None),
    (
        "0003930",
        "kidney capsule",
        ("cortex of kidney", "iri"),
        [],
        "the capsule is now part of the renal cortex",
    ),
    (
        "0002243",
        "heart valve",
        None,
        ["mitral valve", "tricuspid valve"],
        "split into the individual valves",
    ),
    ("0003059", "pharyngeal pouch 3 endoderm", ("pharyngeal pouch 3", "iri"), [], None),
    (
        "0000320",
        "duodenal mucosa",
        ("duodenum", "curie"),
        ["mucosa"],
        "use duodenum part of mucosa",
    ),
    ("0002212", "spinal nerve plexus", None, ["brachial nerve plexus"], None),
]


# ----------------------------------------------------------------------------- writer
def lit(tag: str, text: str, indent: int = 8, typed: bool = True) -> str:
    dt = f' rdf:datatype="{XSD_STRING}"' if typed else ""
    return f"{' ' * indent}<{tag}{dt}>{escape(text)}</{tag}>"


def res(tag: str, iri: str, indent: int = 8) -> str:
    return f"{' ' * indent}<{tag} rdf:resource={quoteattr(iri)}/>"


def split(v: object) -> list[str]:
    return [s.strip() for s in str(v or "").split(";") if s.strip()]


def main() -> None:
    by_label: dict[str, str] = {}
    for uid, label, *_ in IMPORTS:
        by_label[label] = OBO + uid
    for cl in CLASSES:
        assert cl["label"] not in by_label, cl["label"]
        by_label[cl["label"]] = OBO + "UBERON_" + cl["id"]
    ids = [cl["id"] for cl in CLASSES] + [o[0] for o in OBSOLETE]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, dupes

    def iri(label: str) -> str:
        if label not in by_label:
            raise SystemExit(f"unknown class {label!r}")
        return by_label[label]

    out: list[str] = []
    w = out.append
    w('<?xml version="1.0"?>')
    w('<rdf:RDF xmlns="http://purl.obolibrary.org/obo/uberon.owl#"')
    w('     xml:base="http://purl.obolibrary.org/obo/uberon.owl"')
    for p, ns in [("obo", OBO), ("owl", "http://www.w3.org/2002/07/owl#"),
                  ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
                  ("xml", "http://www.w3.org/XML/1998/namespace"),
                  ("xsd", "http://www.w3.org/2001/XMLSchema#"),
                  ("foaf", "http://xmlns.com/foaf/0.1/"),
                  ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
                  ("dcterms", "http://purl.org/dc/terms/"),
                  ("oboInOwl", "http://www.geneontology.org/formats/oboInOwl#")]:  # fmt: skip
        w(f'     xmlns:{p}="{ns}"')
    out[-1] += ">"
    w('    <owl:Ontology rdf:about="http://purl.obolibrary.org/obo/uberon.owl">')
    w(
        '        <owl:versionIRI rdf:resource="http://purl.obolibrary.org/obo/uberon/releases/2024-01-18/uberon.owl"/>'
    )
    w(lit("dcterms:title", "Uber-anatomy ontology"))
    w(
        lit(
            "dcterms:description",
            "Uberon is an integrated cross-species anatomy ontology representing a variety of entities classified according to traditional anatomical criteria such as structure, function and developmental lineage.",
        )
    )
    w('        <dcterms:license rdf:resource="http://creativecommons.org/licenses/by/3.0/"/>')
    w(lit("oboInOwl:date", "18:01:2024 09:12"))
    w(lit("oboInOwl:default-namespace", "uberon"))
    w(lit("oboInOwl:hasOBOFormatVersion", "1.2"))
    w(lit("rdfs:comment", "This is a slice of the release made for testing; see http://uberon.org"))
    w("    </owl:Ontology>")

    def banner(title: str) -> None:
        w(
            "    \n\n\n    <!-- \n    "
            + "/" * 87
            + "\n    //\n    // "
            + title
            + "\n    //\n    "
            + "/" * 87
            + "\n     -->\n\n"
        )

    def comment(u: str) -> None:
        w(f"\n    <!-- {u} -->\n")

    banner("Annotation properties")
    ann = [(OBO + "IAO_0000115", "definition"), (OBO + "IAO_0000116", "editor note"),
           (OBO + "IAO_0100001", "term replaced by"), (OBO + "RO_0002161", "never_in_taxon"),
           ("http://www.geneontology.org/formats/oboInOwl#hasDbXref", "database_cross_reference"),
           ("http://www.geneontology.org/formats/oboInOwl#hasExactSynonym", "has_exact_synonym"),
           ("http://www.geneontology.org/formats/oboInOwl#hasRelatedSynonym", "has_related_synonym"),
           ("http://www.geneontology.org/formats/oboInOwl#hasBroadSynonym", "has_broad_synonym"),
           ("http://www.geneontology.org/formats/oboInOwl#hasNarrowSynonym", "has_narrow_synonym"),
           ("http://www.geneontology.org/formats/oboInOwl#hasOBONamespace", "has_obo_namespace"),
           ("http://www.geneontology.org/formats/oboInOwl#id", None),
           ("http://www.geneontology.org/formats/oboInOwl#inSubset", "in_subset"),
           ("http://www.geneontology.org/formats/oboInOwl#hasAlternativeId", "has_alternative_id"),
           ("http://www.geneontology.org/formats/oboInOwl#consider", "consider"),
           ("http://www.geneontology.org/formats/oboInOwl#hasSynonymType", "has_synonym_type"),
           ("http://www.geneontology.org/formats/oboInOwl#shorthand", "shorthand")]  # fmt: skip
    for u, label in ann:
        comment(u)
        if label is None:
            w(f'    <owl:AnnotationProperty rdf:about="{u}"/>')
            continue
        w(f'    <owl:AnnotationProperty rdf:about="{u}">')
        w(lit("rdfs:label", label))
        w("    </owl:AnnotationProperty>")
    for name, text in SUBSETS.items():
        u = f"{OBO}uberon/core#{name}"
        comment(u)
        w(f'    <owl:AnnotationProperty rdf:about="{u}">')
        w(lit("rdfs:comment", text))
        w(res("rdfs:subPropertyOf", "http://www.geneontology.org/formats/oboInOwl#SubsetProperty"))
        w("    </owl:AnnotationProperty>")
    u = f"{OBO}uberon/core#LATIN"
    comment(u)
    w(f'    <owl:AnnotationProperty rdf:about="{u}">')
    w(lit("rdfs:label", "latin term"))
    w(res("rdfs:subPropertyOf", "http://www.geneontology.org/formats/oboInOwl#SynonymTypeProperty"))
    w("    </owl:AnnotationProperty>")

    banner("Object Properties")
    inverse = {PROPS[a][0]: PROPS[b][0] for a, b in INVERSES}
    for local, label, short, definition, chars in PROPS.values():
        u = OBO + local
        comment(u)
        if label is None and short is None:
            w(f'    <owl:ObjectProperty rdf:about="{u}"/>')
            continue
        w(f'    <owl:ObjectProperty rdf:about="{u}">')
        for ch in chars:
            w(res("rdf:type", "http://www.w3.org/2002/07/owl#" + ch.split(":")[1]))
        if local in inverse:
            w(res("owl:inverseOf", OBO + inverse[local]))
        if definition:
            w(lit("obo:IAO_0000115", definition))
        w(lit("oboInOwl:hasDbXref", local.replace("_", ":")))
        w(lit("oboInOwl:id", local.replace("_", ":") if label is None else short))
        w(lit("oboInOwl:shorthand", short))
        if label:
            w(lit("rdfs:label", label))
        w("    </owl:ObjectProperty>")

    banner("Classes")
    axioms: list[str] = []

    def restriction(key: str, target: str, indent: int) -> list[str]:
        s = " " * indent
        return [f"{s}<owl:Restriction>",
                f'{s}    <owl:onProperty rdf:resource="{OBO + PROPS[key][0]}"/>',
                f'{s}    <owl:someValuesFrom rdf:resource="{iri(target)}"/>',
                f"{s}</owl:Restriction>"]  # fmt: skip

    def axiom(source: str, prop: str, target: str, annotations: list[str]) -> None:
        axioms.append("    <owl:Axiom>")
        axioms.append(res("owl:annotatedSource", source))
        axioms.append(res("owl:annotatedProperty", prop))
        axioms.append(lit("owl:annotatedTarget", target))
        axioms.extend(annotations)
        axioms.append("    </owl:Axiom>")

    for uid, label, ns, definition, synonyms, parents in IMPORTS:
        u = OBO + uid
        comment(u)
        w(f'    <owl:Class rdf:about="{u}">')
        for p in parents:
            w(res("rdfs:subClassOf", iri(p)))
        if definition:
            w(lit("obo:IAO_0000115", definition))
        w(lit("oboInOwl:hasOBONamespace", ns))
        for s in synonyms:
            w(lit("oboInOwl:hasExactSynonym", s))
        w(lit("oboInOwl:id", uid.replace("_", ":")))
        w(lit("rdfs:label", label))
        w("    </owl:Class>")

    restr = [k for k in PROPS if k not in ("po", "hp")]
    for cl in sorted(CLASSES, key=lambda x: x["id"]):
        u = iri(cl["label"])
        comment(u)
        w(f'    <owl:Class rdf:about="{u}">')
        if "eq" in cl:
            genus, key, target = cl["eq"]
            w("        <owl:equivalentClass>")
            w("            <owl:Class>")
            w('                <owl:intersectionOf rdf:parseType="Collection">')
            w(f'                    <rdf:Description rdf:about="{iri(genus)}"/>')
            out.extend(restriction(key, target, 20))
            w("                </owl:intersectionOf>")
            w("            </owl:Class>")
            w("        </owl:equivalentClass>")
        for p in split(cl.get("is_a")):
            w(res("rdfs:subClassOf", iri(p)))
        for key in ["po", "hp", *restr]:
            for target in split(cl.get(key)):
                w("        <rdfs:subClassOf>")
                out.extend(restriction(key, target, 12))
                w("        </rdfs:subClassOf>")
        if cl.get("d"):
            w(lit("obo:IAO_0000115", cl["d"]))
            xrefs = [x for x in str(cl.get("xref", "")).split() if x.startswith("Wikipedia:")]
            src = [f"https://en.wikipedia.org/wiki/{x.split(':', 1)[1]}" for x in xrefs] or [
                "ZFIN:curator"
            ]
            axiom(u, OBO + "IAO_0000115", cl["d"], [lit("oboInOwl:hasDbXref", s) for s in src])
        for taxon in split(cl.get("never_in")):
            w(res("obo:RO_0002161", iri(taxon)))
        if cl.get("comment"):
            w(lit("rdfs:comment", cl["comment"]))
        if cl.get("alt"):
            w(lit("oboInOwl:hasAlternativeId", cl["alt"]))
        for x in str(cl.get("xref", "")).split():
            w(lit("oboInOwl:hasDbXref", x))
        for kind in ("exact", "related", "broad", "narrow"):
            for s in split(cl.get(kind)):
                w(lit(f"oboInOwl:has{kind.capitalize()}Synonym", s))
        for s in split(cl.get("latin")):
            w(lit("oboInOwl:hasRelatedSynonym", s))
            axiom(u, "http://www.geneontology.org/formats/oboInOwl#hasRelatedSynonym", s,
                  [res("oboInOwl:hasSynonymType", f"{OBO}uberon/core#LATIN"), lit("oboInOwl:hasDbXref", "FMA:TA")])  # fmt: skip
        w(lit("oboInOwl:hasOBONamespace", "uberon"))
        w(lit("oboInOwl:id", "UBERON:" + cl["id"]))
        for s in str(cl.get("subsets", "")).split():
            w(res("oboInOwl:inSubset", f"{OBO}uberon/core#{s}"))
        w(lit("rdfs:label", cl["label"]))
        if cl.get("subsets") and "major_organ" in cl["subsets"]:
            w(res("dcterms:contributor", "https://orcid.org/0000-0002-6601-2165"))
        w("    </owl:Class>")

    for uid, label, replaced, consider, note in OBSOLETE:
        u = OBO + "UBERON_" + uid
        comment(u)
        w(f'    <owl:Class rdf:about="{u}">')
        if replaced:
            target, form = replaced
            if form == "iri":
                w(res("obo:IAO_0100001", iri(target)))
            else:
                w(lit("obo:IAO_0100001", iri(target).rsplit("/", 1)[1].replace("_", ":")))
        if note:
            w(lit("obo:IAO_0000116", note))
        for t in consider:
            w(lit("oboInOwl:consider", iri(t).rsplit("/", 1)[1].replace("_", ":")))
        w(lit("oboInOwl:hasOBONamespace", "uberon"))
        w(lit("oboInOwl:id", "UBERON:" + uid))
        w(lit("rdfs:label", "obsolete " + label))
        w(
            '        <owl:deprecated rdf:datatype="http://www.w3.org/2001/XMLSchema#boolean">true</owl:deprecated>'
        )
        w("    </owl:Class>")

    banner("Annotations")
    out.extend(axioms)
    w("</rdf:RDF>")
    w("\n\n\n<!-- Generated by the OWL API (version 4.5.26) https://github.com/owlcs/owlapi -->\n")
    (HERE / "uberon.owl").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
