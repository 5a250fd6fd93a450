# ruff: noqa: E501, B007  (one record a line; the rows unpacked whole)
"""Write ``chem/``: a compound knowledge base shaped as PubChemRDF and ChEBI release theirs.

The shape follows PubChemRDF (https://pubchem.ncbi.nlm.nih.gov/docs/rdf, one gzipped Turtle file
per subdomain) and the ChEBI OWL release (RDF/XML, OBO-style ``obo:CHEBI_nnnnn`` classes):

* ``compound.ttl.gz``: ``compound:CID2244`` resources with **no label of their own**; typed by
  their ChEBI class (``rdf:type obo:CHEBI_15365``) where one exists, ``sio:SIO_000008`` (*has
  attribute*) to each descriptor node, ``vocab:has_parent`` from a salt to its parent compound,
  ``vocab:is_active_ingredient_of`` to drug products;
* ``descriptor.ttl.gz``: one node a descriptor (``descriptor:CID2244_Molecular_Weight``) typed by a
  CHEMINF class (molecular weight ``CHEMINF_000334``, formula ``CHEMINF_000335``, XLogP3
  ``CHEMINF_000395``, exact mass ``CHEMINF_000338``, preferred IUPAC name ``CHEMINF_000382``),
  ``sio:SIO_000300`` (*has value*) a typed literal, ``sio:SIO_000221`` (*has unit*) a UO unit;
* ``synonym.ttl.gz``: ``synonym:MD5_<md5>`` nodes, ``sio:SIO_000011`` (*is attribute of*) the
  compound, ``sio:SIO_000300`` the name, typed by what the name is (CAS registry number
  ``CHEMINF_000446``, drug trade name ``CHEMINF_000561``, INN ``CHEMINF_000562``, ChEBI id
  ``CHEMINF_000407``, a depositor-supplied synonym ``CHEMINF_000339``): this is how a compound
  gets its names;
* ``inchikey.ttl.gz``: ``inchikey:<KEY>`` nodes (``CHEMINF_000399``), is-attribute-of the compound;
* ``drugproduct.ttl.gz``: a few (invented) drug products and manufacturers in schema.org;
* ``chebi.owl``: the ChEBI slice in RDF/XML: classes with ``rdfs:label``,
  ``oboInOwl:hasExactSynonym`` / ``hasRelatedSynonym`` (trade names among them), ``oboInOwl:id``,
  ``oboInOwl:hasDbXref "CAS:50-78-2"``, ``IAO_0000115`` definitions, the ``chebi/formula`` /
  ``chebi/mass`` / ``chebi/charge`` / ``chebi/inchikey`` annotations, ``rdfs:subClassOf`` the
  structural hierarchy, and relations as ``owl:Restriction`` s (``RO_0000087`` *has role*,
  ``BFO_0000051`` *has part*, ``chebi#has_functional_parent``, ``chebi#is_conjugate_base_of``);
  roles in their own ``rdfs:subClassOf`` hierarchy under *role* (``CHEBI_50906``);
* ``vocabulary.ttl``: the labels of the CHEMINF, SIO, UO, RO, BFO and PubChem vocabulary terms
  used (as a user loads those ontologies beside the data), CHEMINF's long labels included.

Compound facts are public (PubChem/ChEBI: names, formulas; weights and exact masses are computed
from the formula here); products and manufacturers are invented. Deterministic, no network;
stdlib + rdflib. Run from the repository root: ``python bench/data/own/chem_make.py``.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import sys
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

HERE = Path(__file__).parent / "chem"
PC = "http://rdf.ncbi.nlm.nih.gov/pubchem/"
COMPOUND = Namespace(PC + "compound/")
DESCRIPTOR = Namespace(PC + "descriptor/")
SYNONYM = Namespace(PC + "synonym/")
INCHIKEY = Namespace(PC + "inchikey/")
VOCAB = Namespace(PC + "vocabulary#")
OBO = Namespace("http://purl.obolibrary.org/obo/")
CHEBIV = Namespace("http://purl.obolibrary.org/obo/chebi/")
CHEBIREL = Namespace("http://purl.obolibrary.org/obo/chebi#")
OIO = Namespace("http://www.geneontology.org/formats/oboInOwl#")
SIO = Namespace("http://semanticscience.org/resource/")
SDO = Namespace("https://schema.org/")
PROD = Namespace("http://example.org/formulary/")

AVG = {"C": 12.011, "H": 1.008, "N": 14.007, "O": 15.999, "Na": 22.990}
MONO = {"C": 12.0, "H": 1.00782503, "N": 14.00307401, "O": 15.99491462, "Na": 22.98976928}

# ChEBI structural classes: id, label, parents, exact synonyms
CLASSES = [
    (24431, "chemical entity", [], []),
    (23367, "molecular entity", [24431], []),
    (33582, "carbon group molecular entity", [23367], []),
    (50860, "organic molecular entity", [33582], ["organic compounds"]),
    (33575, "carboxylic acid", [50860], ["carboxylic acids"]),
    (25384, "monocarboxylic acid", [33575], ["monocarboxylic acids"]),
    (27093, "tricarboxylic acid", [33575], ["tricarboxylic acids"]),
    (33859, "aromatic carboxylic acid", [33575], []),
    (22723, "benzoic acids", [33859, 25384], []),
    (26596, "salicylates", [22723], []),
    (33853, "phenols", [50860], ["phenol derivatives"]),
    (33566, "catechols", [33853], []),
    (22160, "acetamides", [50860], []),
    (30879, "alcohol", [50860], ["alcohols"]),
    (15734, "primary alcohol", [30879], ["primary alcohols"]),
    (25409, "monoterpenoid", [30879], ["monoterpenoids"]),
    (22315, "alkaloid", [50860], ["alkaloids"]),
    (26385, "purine alkaloid", [22315], ["purine alkaloids"]),
    (27134, "trimethylxanthine", [26385], []),
    (23943, "dimethylxanthine", [26385], []),
    (26421, "pyridine alkaloid", [22315], ["pyridine alkaloids"]),
    (25418, "morphinane alkaloid", [22315], ["morphinane alkaloids"]),
    (33567, "catecholamine", [33566], ["catecholamines"]),
    (24828, "indoles", [50860], []),
    (47916, "flavonoid", [33853], ["flavonoids"]),
    (26776, "stilbenoid", [33853], ["stilbenoids"]),
    (46931, "capsaicinoid", [33853], ["capsaicinoids"]),
    (22698, "benzaldehydes", [50860], []),
    (35341, "steroid", [50860], ["steroids"]),
    (15889, "sterol", [35341], ["sterols"]),
    (33917, "aldohexose", [50860], ["aldohexoses"]),
    (24436, "guanidines", [50860], []),
    (39437, "tocol", [33853], ["tocols"]),
    (67265, "beta-diketone", [50860], ["beta-diketones"]),
    (26188, "propanoic acids", [25384], []),
    (35757, "monocarboxylic acid anion", [23367], []),
    (24866, "salt", [24431], ["salts"]),
    (26714, "sodium salt", [24866], ["sodium salts"]),
]

# ChEBI roles: id, label, parents, exact synonyms, definition
ROLES = [
    (50906, "role", [], [], "A role is particular behaviour which a material entity may exhibit."),
    (
        24432,
        "biological role",
        [50906],
        [],
        "A role played by the molecular entity or part thereof within a biological context.",
    ),
    (
        33232,
        "application",
        [50906],
        [],
        "Intended use of the molecular entity or part thereof by humans.",
    ),
    (
        51086,
        "chemical role",
        [50906],
        [],
        "A role played by the molecular entity within a chemical context.",
    ),
    (
        52217,
        "pharmaceutical",
        [33232],
        ["pharmaceuticals"],
        "Any substance introduced into a living organism with therapeutic or diagnostic purpose.",
    ),
    (
        23888,
        "drug",
        [52217],
        ["drugs", "medicine"],
        "Any substance which when absorbed into a living organism may modify one or more of its functions.",
    ),
    (
        22586,
        "antioxidant",
        [51086],
        ["antioxidants"],
        "A substance that opposes oxidation or inhibits reactions brought about by dioxygen or peroxides.",
    ),
    (
        35472,
        "anti-inflammatory drug",
        [23888],
        ["anti-inflammatory agent"],
        "A substance that reduces or suppresses inflammation.",
    ),
    (
        35475,
        "non-steroidal anti-inflammatory drug",
        [35472],
        ["NSAID", "NSAIDs"],
        "An anti-inflammatory drug that is not a steroid.",
    ),
    (
        35480,
        "analgesic",
        [23888],
        ["analgesics", "painkiller"],
        "An agent that alleviates pain without causing loss of consciousness.",
    ),
    (
        35481,
        "non-narcotic analgesic",
        [35480],
        ["non-opioid analgesic"],
        "A drug that has principally analgesic, antipyretic and anti-inflammatory actions.",
    ),
    (
        35482,
        "opioid analgesic",
        [35480],
        ["narcotic analgesic"],
        "A compound with pain-killing properties that acts on opioid receptors.",
    ),
    (
        35493,
        "antipyretic",
        [23888],
        ["antipyretics", "fever reducer"],
        "A drug that prevents or reduces fever.",
    ),
    (
        50427,
        "platelet aggregation inhibitor",
        [23888],
        ["antiplatelet drug"],
        "A drug or agent which antagonizes or impairs any mechanism leading to blood platelet aggregation.",
    ),
    (
        35337,
        "central nervous system stimulant",
        [23888],
        ["CNS stimulant"],
        "Any drug that enhances the activity of the central nervous system.",
    ),
    (
        35488,
        "central nervous system depressant",
        [23888],
        ["CNS depressant"],
        "A loosely defined group of drugs that tend to reduce the activity of the central nervous system.",
    ),
    (
        53121,
        "adenosine receptor antagonist",
        [24432],
        [],
        "A receptor antagonist that blocks adenosine receptors.",
    ),
    (
        35523,
        "bronchodilator agent",
        [23888],
        ["bronchodilator"],
        "An agent that causes an increase in the expansion of a bronchus or bronchial tubes.",
    ),
    (
        35620,
        "vasodilator agent",
        [23888],
        ["vasodilator"],
        "A drug used to cause dilation of the blood vessels.",
    ),
    (
        50514,
        "vasoconstrictor agent",
        [23888],
        ["vasoconstrictor"],
        "Drug used to cause constriction of the blood vessels.",
    ),
    (
        50908,
        "hepatotoxic agent",
        [24432],
        ["hepatotoxin"],
        "A role played by a chemical compound exhibiting itself through the ability to induce damage to the liver.",
    ),
    (
        25212,
        "metabolite",
        [24432],
        ["metabolites"],
        "Any intermediate or product resulting from metabolism.",
    ),
    (
        76924,
        "plant metabolite",
        [25212],
        [],
        "Any eukaryotic metabolite produced during a metabolic reaction in plants.",
    ),
    (
        77746,
        "human metabolite",
        [25212],
        [],
        "Any mammalian metabolite produced during a metabolic reaction in humans.",
    ),
    (
        25512,
        "neurotransmitter",
        [24432],
        ["neurotransmitters"],
        "An endogenous compound that is used to transmit information across the synapse.",
    ),
    (
        35526,
        "hypoglycemic agent",
        [23888],
        ["antidiabetic drug"],
        "A drug which lowers the blood glucose level.",
    ),
    (51177, "antitussive", [23888], ["cough suppressant"], "An agent that suppresses cough."),
    (
        35617,
        "flavouring agent",
        [33232],
        ["flavoring agent"],
        "A food additive that is used to added improve the taste or odour of a food.",
    ),
    (
        65255,
        "food preservative",
        [33232],
        [],
        "A food additive that prevents decomposition of food.",
    ),
    (
        65256,
        "antimicrobial food preservative",
        [65255],
        [],
        "A food preservative which prevents decomposition of food by preventing the growth of microorganisms.",
    ),
    (
        64049,
        "food acidity regulator",
        [33232],
        ["acidulant"],
        "A food additive that is used to change or otherwise control the acidity or alkalinity of foods.",
    ),
    (
        38161,
        "chelator",
        [51086],
        ["chelating agent"],
        "A ligand with two or more separate binding sites that can bind to a single metallic central atom.",
    ),
    (
        46787,
        "solvent",
        [51086],
        ["solvents"],
        "A liquid that can dissolve other substances without any change in their chemical composition.",
    ),
    (
        26195,
        "phytoalexin",
        [76924],
        ["phytoalexins"],
        "Antimicrobial substances synthesized by plants in response to infection.",
    ),
    (37699, "protein kinase inhibitor", [24432], [], "An inhibitor of a protein kinase."),
    (
        50176,
        "keratolytic drug",
        [23888],
        ["keratolytic"],
        "A drug that softens keratin and loosens the cornified epithelium.",
    ),
    (
        23354,
        "coenzyme",
        [24432],
        ["coenzymes"],
        "A low-molecular-weight, non-protein organic compound participating in enzymatic reactions.",
    ),
    (
        75050,
        "dye",
        [33232],
        ["dyes", "colorant"],
        "A coloured substance that is soluble in the medium in which it is used.",
    ),
    (
        48218,
        "antiseptic drug",
        [23888],
        ["antiseptic"],
        "A substance used locally on living tissue to inhibit the growth of microorganisms.",
    ),
    (
        38147,
        "cardiotonic drug",
        [23888],
        ["cardiotonic"],
        "A drug that has a positive inotropic effect.",
    ),
    (
        27311,
        "volatile oil component",
        [76924],
        ["essential oil component"],
        "A component of a plant's volatile (essential) oil.",
    ),
    (59163, "biomarker", [33232], [], "A substance used as an indicator of a biological state."),
]

# compound: key, CID (None: none in this slice), ChEBI id, ChEBI label, IUPAC name, formula,
# XLogP3 (None: not computed), CAS, exact synonyms, related synonyms (ChEBI), trade names,
# InChIKey (None: not in this slice), roles, ChEBI parents, functional parent key, has-part keys,
# conjugate base of (key), PubChem parent compound (key)
C = [
    (
        "aspirin",
        2244,
        15365,
        "acetylsalicylic acid",
        "2-acetyloxybenzoic acid",
        "C9H8O4",
        1.2,
        "50-78-2",
        ["2-acetoxybenzoic acid", "o-acetylsalicylic acid"],
        ["aspirin"],
        ["Ecotrin", "Bufferin"],
        "BSYNRYMUTXBXSQ-UHFFFAOYSA-N",
        [35475, 35481, 35493, 50427],
        [26596],
        "salicylic",
        [],
        None,
        None,
    ),
    (
        "caffeine",
        2519,
        27732,
        "caffeine",
        "1,3,7-trimethylpurine-2,6-dione",
        "C8H10N4O2",
        -0.1,
        "58-08-2",
        ["1,3,7-trimethylxanthine", "methyltheobromine"],
        ["guaranine", "theine"],
        ["NoDoz", "Vivarin"],
        "RYYVLZVUVIJVGH-UHFFFAOYSA-N",
        [35337, 53121, 76924, 35620],
        [27134],
        None,
        [],
        None,
        None,
    ),
    (
        "paracetamol",
        1983,
        46195,
        "paracetamol",
        "N-(4-hydroxyphenyl)acetamide",
        "C8H9NO2",
        0.5,
        "103-90-2",
        ["acetaminophen", "4'-hydroxyacetanilide"],
        ["APAP"],
        ["Tylenol", "Panadol"],
        "RZVAJINKPMORJF-UHFFFAOYSA-N",
        [35481, 35493, 50908],
        [33853, 22160],
        None,
        [],
        None,
        None,
    ),
    (
        "ibuprofen",
        3672,
        5855,
        "ibuprofen",
        "2-[4-(2-methylpropyl)phenyl]propanoic acid",
        "C13H18O2",
        3.5,
        "15687-27-1",
        ["(RS)-ibuprofen", "alpha-methyl-4-(isobutyl)phenylacetic acid"],
        [],
        ["Advil", "Motrin", "Nurofen"],
        "HEFNNWSXXWATRW-UHFFFAOYSA-N",
        [35475, 35481, 35493],
        [26188],
        None,
        [],
        None,
        None,
    ),
    (
        "ascorbic",
        54670067,
        29073,
        "L-ascorbic acid",
        "(2R)-2-[(1S)-1,2-dihydroxyethyl]-3,4-dihydroxy-2H-furan-5-one",
        "C6H8O6",
        -1.6,
        "50-81-7",
        ["vitamin C", "L-threo-hex-2-enono-1,4-lactone"],
        ["E300"],
        ["Redoxon"],
        "CIWBSHSKHKDKBQ-JLAZNSOCSA-N",
        [22586, 23354, 76924, 77746],
        [50860],
        None,
        [],
        None,
        None,
    ),
    (
        "quercetin",
        5280343,
        16243,
        "quercetin",
        "2-(3,4-dihydroxyphenyl)-3,5,7-trihydroxychromen-4-one",
        "C15H10O7",
        1.5,
        "117-39-5",
        ["3,3',4',5,7-pentahydroxyflavone"],
        ["sophoretin", "meletin"],
        [],
        None,
        [22586, 76924, 37699],
        [47916],
        None,
        [],
        None,
        None,
    ),
    (
        "resveratrol",
        445154,
        27881,
        "resveratrol",
        "5-[(E)-2-(4-hydroxyphenyl)ethenyl]benzene-1,3-diol",
        "C14H12O3",
        3.1,
        "501-36-0",
        ["trans-resveratrol", "3,4',5-trihydroxy-trans-stilbene"],
        [],
        [],
        None,
        [22586, 26195, 76924],
        [26776],
        None,
        [],
        None,
        None,
    ),
    (
        "tocopherol",
        14985,
        18145,
        "(R,R,R)-alpha-tocopherol",
        "(2R)-2,5,7,8-tetramethyl-2-[(4R,8R)-4,8,12-trimethyltridecyl]-3,4-dihydrochromen-6-ol",
        "C29H50O2",
        10.7,
        "59-02-9",
        ["RRR-alpha-tocopherol", "D-alpha-tocopherol"],
        ["vitamin E"],
        [],
        None,
        [22586, 76924],
        [39437],
        None,
        [],
        None,
        None,
    ),
    (
        "ethanol",
        702,
        16236,
        "ethanol",
        "ethanol",
        "C2H6O",
        -0.1,
        "64-17-5",
        ["ethyl alcohol", "EtOH"],
        ["alcohol", "grain alcohol"],
        [],
        "LFQSCWFLJHTTHZ-UHFFFAOYSA-N",
        [46787, 35488, 48218, 77746],
        [15734],
        None,
        [],
        None,
        None,
    ),
    (
        "nicotine",
        89594,
        17688,
        "(S)-nicotine",
        "3-[(2S)-1-methylpyrrolidin-2-yl]pyridine",
        "C10H14N2",
        1.2,
        "54-11-5",
        ["L-nicotine", "nicotine"],
        [],
        ["Nicorette", "Habitrol"],
        "SNICXCGAKADSCV-JTQLQIEISA-N",
        [76924, 35337],
        [26421],
        None,
        [],
        None,
        None,
    ),
    (
        "theobromine",
        5429,
        28946,
        "theobromine",
        "3,7-dimethyl-1H-purine-2,6-dione",
        "C7H8N4O2",
        -0.8,
        "83-67-0",
        ["3,7-dimethylxanthine"],
        ["xantheose"],
        [],
        None,
        [35620, 35523, 76924],
        [23943],
        None,
        [],
        None,
        None,
    ),
    (
        "theophylline",
        2153,
        28177,
        "theophylline",
        "1,3-dimethyl-7H-purine-2,6-dione",
        "C7H8N4O2",
        -0.0,
        "58-55-9",
        ["1,3-dimethylxanthine"],
        [],
        ["Theo-24", "Uniphyl"],
        None,
        [35523, 53121, 35620],
        [23943],
        None,
        [],
        None,
        None,
    ),
    (
        "salicylic",
        338,
        16914,
        "salicylic acid",
        "2-hydroxybenzoic acid",
        "C7H6O3",
        2.3,
        "69-72-7",
        ["o-hydroxybenzoic acid"],
        [],
        [],
        "YGSDEFSMJLZEOE-UHFFFAOYSA-N",
        [50176, 76924],
        [22723, 33853],
        "benzoic",
        [],
        None,
        None,
    ),
    (
        "benzoic",
        243,
        30746,
        "benzoic acid",
        "benzoic acid",
        "C7H6O2",
        1.9,
        "65-85-0",
        ["benzenecarboxylic acid"],
        ["E210", "dracylic acid"],
        [],
        "WPYMKLBDIGXBTP-UHFFFAOYSA-N",
        [65256, 76924],
        [22723],
        None,
        [],
        None,
        None,
    ),
    (
        "citric",
        311,
        30769,
        "citric acid",
        "2-hydroxypropane-1,2,3-tricarboxylic acid",
        "C6H8O7",
        -1.7,
        "77-92-9",
        ["2-hydroxypropane-1,2,3-tricarboxylic acid"],
        ["E330", "citronensaeure"],
        [],
        "KRKNYBCHXYNGOX-UHFFFAOYSA-N",
        [22586, 38161, 64049],
        [27093],
        None,
        [],
        None,
        None,
    ),
    (
        "glucose",
        5793,
        4167,
        "D-glucopyranose",
        "(3R,4S,5S,6R)-6-(hydroxymethyl)oxane-2,3,4,5-tetrol",
        "C6H12O6",
        -2.6,
        "50-99-7",
        ["D-glucose"],
        ["dextrose", "grape sugar", "Glc"],
        [],
        None,
        [77746, 76924],
        [33917],
        None,
        [],
        None,
        None,
    ),
    (
        "capsaicin",
        1548943,
        3374,
        "capsaicin",
        "(E)-N-[(4-hydroxy-3-methoxyphenyl)methyl]-8-methylnon-6-enamide",
        "C18H27NO3",
        3.6,
        "404-86-4",
        ["8-methyl-N-vanillyl-trans-6-nonenamide"],
        [],
        ["Qutenza", "Zostrix"],
        None,
        [35481, 76924],
        [46931],
        None,
        [],
        None,
        None,
    ),
    (
        "vanillin",
        1183,
        18346,
        "vanillin",
        "4-hydroxy-3-methoxybenzaldehyde",
        "C8H8O3",
        1.2,
        "121-33-5",
        ["vanillic aldehyde"],
        ["vanilla"],
        [],
        None,
        [35617, 76924, 22586],
        [22698, 33853],
        None,
        [],
        None,
        None,
    ),
    (
        "menthol",
        16666,
        15409,
        "(-)-menthol",
        "(1R,2S,5R)-5-methyl-2-propan-2-ylcyclohexan-1-ol",
        "C10H20O",
        3.4,
        "2216-51-5",
        ["L-menthol", "levomenthol"],
        ["menthol"],
        [],
        None,
        [27311, 76924, 35617],
        [25409],
        None,
        [],
        None,
        None,
    ),
    (
        "curcumin",
        969516,
        3962,
        "curcumin",
        "(1E,6E)-1,7-bis(4-hydroxy-3-methoxyphenyl)hepta-1,6-diene-3,5-dione",
        "C21H20O6",
        3.2,
        "458-37-7",
        ["diferuloylmethane"],
        ["turmeric yellow", "E100"],
        [],
        None,
        [22586, 75050, 76924, 35472],
        [67265, 33853],
        None,
        [],
        None,
        None,
    ),
    (
        "metformin",
        4091,
        6801,
        "metformin",
        "3-(diaminomethylidene)-1,1-dimethylguanidine",
        "C4H11N5",
        -1.3,
        "657-24-9",
        ["1,1-dimethylbiguanide", "N,N-dimethylbiguanide"],
        [],
        ["Glucophage"],
        None,
        [35526],
        [24436],
        None,
        [],
        None,
        None,
    ),
    (
        "morphine",
        5288826,
        17303,
        "morphine",
        None,
        "C17H19NO3",
        0.8,
        "57-27-2",
        [],
        ["morphia"],
        ["MS Contin"],
        None,
        [35482, 76924],
        [25418],
        None,
        [],
        None,
        None,
    ),
    (
        "codeine",
        5284371,
        16714,
        "codeine",
        None,
        "C18H21NO3",
        1.2,
        "76-57-3",
        ["3-O-methylmorphine", "methylmorphine"],
        [],
        [],
        None,
        [35482, 51177],
        [25418],
        "morphine",
        [],
        None,
        None,
    ),
    (
        "dopamine",
        681,
        18243,
        "dopamine",
        "4-(2-aminoethyl)benzene-1,2-diol",
        "C8H11NO2",
        -1.0,
        "51-61-6",
        ["3-hydroxytyramine", "4-(2-aminoethyl)pyrocatechol"],
        [],
        ["Intropin"],
        None,
        [25512, 77746, 38147],
        [33567],
        None,
        [],
        None,
        None,
    ),
    (
        "serotonin",
        5202,
        28790,
        "serotonin",
        "3-(2-aminoethyl)-1H-indol-5-ol",
        "C10H12N2O",
        0.2,
        "50-67-9",
        ["5-hydroxytryptamine", "5-HT"],
        ["enteramine"],
        [],
        None,
        [25512, 77746, 50514],
        [24828],
        None,
        [],
        None,
        None,
    ),
    (
        "cholesterol",
        5997,
        16113,
        "cholesterol",
        None,
        "C27H46O",
        8.7,
        "57-88-5",
        ["cholest-5-en-3beta-ol"],
        [],
        [],
        None,
        [77746, 59163],
        [15889],
        None,
        [],
        None,
        None,
    ),
    (
        "acetic",
        176,
        15366,
        "acetic acid",
        "acetic acid",
        "C2H4O2",
        -0.2,
        "64-19-7",
        ["ethanoic acid"],
        ["vinegar acid", "E260"],
        [],
        "QTBSBXVTEAMEQO-UHFFFAOYSA-N",
        [46787, 64049, 65256],
        [25384],
        None,
        [],
        None,
        None,
    ),
    # salts and conjugate bases
    (
        "sodium benzoate",
        517055,
        113455,
        "sodium benzoate",
        "sodium;benzoate",
        "C7H5NaO2",
        None,
        "532-32-1",
        [],
        ["E211"],
        [],
        None,
        [65256],
        [26714],
        None,
        ["benzoate"],
        None,
        "benzoic",
    ),
    (
        "caffeine citrate",
        6241,
        31332,
        "caffeine citrate",
        None,
        "C14H18N4O9",
        None,
        "69441-09-8",
        [],
        [],
        ["Cafcit"],
        None,
        [35337],
        [24866],
        None,
        ["caffeine", "citric"],
        None,
        "caffeine",
    ),
    (
        "benzoate",
        None,
        16150,
        "benzoate",
        None,
        "C7H5O2",
        None,
        None,
        ["benzenecarboxylate"],
        [],
        [],
        None,
        [],
        [35757],
        None,
        [],
        "benzoic",
        None,
    ),
    (
        "salicylate",
        None,
        30762,
        "salicylate",
        None,
        "C7H5O3",
        None,
        None,
        ["2-hydroxybenzoate"],
        [],
        [],
        None,
        [77746],
        [35757],
        None,
        [],
        "salicylic",
        None,
    ),
    (
        "acetate",
        None,
        30089,
        "acetate",
        None,
        "C2H3O2",
        None,
        None,
        ["ethanoate"],
        [],
        [],
        None,
        [],
        [35757],
        None,
        [],
        "acetic",
        None,
    ),
    # depositor-only research compounds (no ChEBI class), as PubChem holds millions
    (
        "NW-1180",
        171920455,
        None,
        None,
        "N-(3-chlorophenyl)-2-morpholin-4-ylacetamide",
        "C12H15ClN2O2",
        1.6,
        None,
        ["NW-1180", "Northwind 1180"],
        [],
        [],
        None,
        [],
        [],
        None,
        [],
        None,
        None,
    ),
    (
        "TQ-77",
        171920871,
        None,
        None,
        "4-[(2-methoxyphenyl)methylamino]benzoic acid",
        "C15H15NO3",
        2.8,
        None,
        ["TQ-77", "Tessaly-77"],
        [],
        [],
        None,
        [],
        [],
        None,
        [],
        None,
        None,
    ),
]

# invented drug products: id, name, active ingredient keys, manufacturer id, dosage form, strength
MAKERS = {
    "halvard": "Halvard Pharmaceuticals",
    "orliss": "Orliss Laboratories",
    "quennet": "Quennet Generics",
}
PRODUCTS = [
    (
        "P001",
        "Calvora Extra Strength",
        ["paracetamol", "caffeine"],
        "halvard",
        "tablet",
        "500 mg/65 mg",
    ),
    ("P002", "Dolinex 400", ["ibuprofen"], "orliss", "film-coated tablet", "400 mg"),
    ("P003", "Cardiprin Low Dose", ["aspirin"], "halvard", "enteric-coated tablet", "81 mg"),
    ("P004", "Brevexa Night", ["paracetamol"], "quennet", "oral solution", "160 mg/5 mL"),
    ("P005", "Xanthira SR", ["theophylline"], "orliss", "extended-release capsule", "300 mg"),
    ("P006", "Glycora", ["metformin"], "quennet", "tablet", "850 mg"),
]

CHEMINF = {
    "000334": ("molecular weight calculated by the pubchem software library", "000216"),
    "000335": ("molecular formula calculated by the pubchem software library", "000042"),
    "000395": ("xlogp3 calculated by the xlogp3 software version 3.0", "000251"),
    "000338": ("exact mass calculated by the pubchem software library", "000218"),
    "000382": ("IUPAC name generated by LexiChem", "000107"),
    "000399": ("InChIKey generated by software version 1.0.4", "000059"),
    "000446": ("CAS registry number", "000464"),
    "000561": ("drug trade name", "000464"),
    "000562": ("international nonproprietary name (INN)", "000464"),
    "000407": ("ChEBI identifier", "000464"),
    "000339": ("depositor-supplied synonym", "000464"),
    "000216": ("molecular weight", None),
    "000042": ("molecular formula", None),
    "000251": ("octanol-water partition coefficient (logP)", None),
    "000218": ("exact mass", None),
    "000107": ("IUPAC name", None),
    "000059": ("InChIKey", None),
    "000464": ("chemical name", None),
}


def parse_formula(f: str) -> dict[str, int]:
    return {el: int(n or 1) for el, n in re.findall(r"([A-Z][a-z]?)(\d*)", f)}


def mass(f: str, table: dict[str, float], missing: float) -> float:
    return sum(table.get(el, missing) * n for el, n in parse_formula(f).items())


def cheminf(code: str) -> URIRef:
    return OBO["CHEMINF_" + code]


def chebi(n: int) -> URIRef:
    return OBO[f"CHEBI_{n}"]


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def write(g: Graph, name: str) -> None:
    data = g.serialize(format="turtle").encode()
    HERE.mkdir(exist_ok=True)
    if name.endswith(".gz"):
        with (
            open(HERE / name, "wb") as raw,
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f,
        ):
            f.write(data)
    else:
        (HERE / name).write_bytes(data)


def graph(**prefixes: str) -> Graph:
    g = Graph(bind_namespaces="none")
    for k, v in prefixes.items():
        g.bind(k, Namespace(v))
    return g


def main() -> None:
    byk = {row[0]: row for row in C}
    comp = graph(
        compound=str(COMPOUND),
        descriptor=str(DESCRIPTOR),
        obo=str(OBO),
        sio=str(SIO),
        vocab=str(VOCAB),
        rdf=str(RDF),
    )
    desc = graph(
        descriptor=str(DESCRIPTOR),
        compound=str(COMPOUND),
        obo=str(OBO),
        sio=str(SIO),
        xsd=str(XSD),
        rdf=str(RDF),
    )
    syn = graph(
        synonym=str(SYNONYM), compound=str(COMPOUND), obo=str(OBO), sio=str(SIO), rdf=str(RDF)
    )
    ikey = graph(
        inchikey=str(INCHIKEY), compound=str(COMPOUND), obo=str(OBO), sio=str(SIO), rdf=str(RDF)
    )
    for (
        key,
        cid,
        chid,
        label,
        iupac,
        formula,
        xlogp,
        cas,
        exact,
        related,
        trade,
        inchikey,
        roles,
        parents,
        fparent,
        parts,
        base_of,
        parent,
    ) in C:
        if cid is None:
            continue
        c = COMPOUND[f"CID{cid}"]
        if chid is not None:
            comp.add((c, RDF.type, chebi(chid)))
        else:
            comp.add((c, RDF.type, SIO.SIO_010004))
        if parent:
            comp.add((c, VOCAB.has_parent, COMPOUND[f"CID{byk[parent][1]}"]))
        mw = round(mass(formula, AVG, 35.45), 2)
        exact_mass = round(mass(formula, MONO, 34.96885268), 6)
        desc_rows = [
            (
                "Molecular_Weight",
                "000334",
                Literal(f"{mw:.2f}", datatype=XSD.float),
                OBO.UO_0000055,
            ),
            ("Molecular_Formula", "000335", Literal(formula, datatype=XSD.string), None),
            (
                "Exact_Mass",
                "000338",
                Literal(f"{exact_mass:.6f}", datatype=XSD.float),
                OBO.UO_0000055,
            ),
        ]
        if xlogp is not None:
            desc_rows.append(
                ("XLogP3", "000395", Literal(f"{xlogp:.1f}", datatype=XSD.float), None)
            )
        if iupac:
            desc_rows.append(
                ("Preferred_IUPAC_Name", "000382", Literal(iupac, datatype=XSD.string), None)
            )
        for suffix, code, value, unit in desc_rows:
            d = DESCRIPTOR[f"CID{cid}_{suffix}"]
            comp.add((c, SIO.SIO_000008, d))
            desc.add((d, RDF.type, cheminf(code)))
            desc.add((d, SIO.SIO_000300, value))
            if unit is not None:
                desc.add((d, SIO.SIO_000221, unit))
        names: list[tuple[str, str]] = [
            (n, "000339") for n in [*([label] if label else []), *exact, *related]
        ]
        names += [(n, "000561") for n in trade]
        if cas:
            names.append((cas, "000446"))
        if chid:
            names.append((f"CHEBI:{chid}", "000407"))
        if key in ("aspirin", "paracetamol", "ibuprofen", "metformin", "caffeine"):
            names.append((label if key != "aspirin" else "aspirin", "000562"))
        seen: set[str] = set()
        for n, code in names:
            s = SYNONYM["MD5_" + md5(n.lower())]
            if n.lower() in seen:
                syn.add((s, RDF.type, cheminf(code)))
                continue
            seen.add(n.lower())
            syn.add((s, RDF.type, cheminf(code)))
            syn.add((s, SIO.SIO_000011, c))
            syn.add((s, SIO.SIO_000300, Literal(n, lang="en")))
        if inchikey:
            k = INCHIKEY[inchikey]
            ikey.add((k, RDF.type, cheminf("000399")))
            ikey.add((k, SIO.SIO_000011, c))
            ikey.add((k, SIO.SIO_000300, Literal(inchikey, lang="en")))

    # drug products (schema.org), linked from the compounds
    prod = graph(
        schema=str(SDO), formulary=str(PROD), compound=str(COMPOUND), vocab=str(VOCAB), rdf=str(RDF)
    )
    for mid, mname in MAKERS.items():
        m = PROD["org/" + mid]
        prod.add((m, RDF.type, SDO.Organization))
        prod.add((m, SDO.name, Literal(mname)))
    for pid, pname, ingredients, maker, form, strength in PRODUCTS:
        p = PROD["product/" + pid]
        prod.add((p, RDF.type, SDO.Drug))
        prod.add((p, SDO.name, Literal(pname)))
        prod.add((p, SDO.manufacturer, PROD["org/" + maker]))
        prod.add((p, SDO.dosageForm, Literal(form)))
        prod.add((p, SDO.strengthValue, Literal(strength)))
        for ing in ingredients:
            prod.add((COMPOUND[f"CID{byk[ing][1]}"], VOCAB.is_active_ingredient_of, p))

    # ChEBI slice (RDF/XML)
    ch = graph(
        rdf=str(RDF),
        obo=str(OBO),
        oboInOwl=str(OIO),
        owl=str(OWL),
        rdfs=str(RDFS),
        chebi=str(CHEBIV),
        chebi1=str(CHEBIREL),
    )
    onto = URIRef("http://purl.obolibrary.org/obo/chebi.owl")
    ch.add((onto, RDF.type, OWL.Ontology))
    ch.add((onto, OWL.versionIRI, URIRef("http://purl.obolibrary.org/obo/chebi/231/chebi.owl")))
    for prop, lab in [
        (OBO.RO_0000087, "has role"),
        (OBO.BFO_0000051, "has part"),
        (CHEBIREL.has_functional_parent, "has functional parent"),
        (CHEBIREL.is_conjugate_base_of, "is conjugate base of"),
        (CHEBIREL.is_conjugate_acid_of, "is conjugate acid of"),
    ]:
        ch.add((prop, RDF.type, OWL.ObjectProperty))
        ch.add((prop, RDFS.label, Literal(lab)))
    ch.add((CHEBIREL.is_conjugate_base_of, OWL.inverseOf, CHEBIREL.is_conjugate_acid_of))
    for prop in (
        CHEBIV.formula,
        CHEBIV.mass,
        CHEBIV.monoisotopicmass,
        CHEBIV.charge,
        CHEBIV.inchikey,
    ):
        ch.add((prop, RDF.type, OWL.AnnotationProperty))
    for n, lab, parents, syns, *rest in [*CLASSES, *ROLES]:
        k = chebi(n)
        ch.add((k, RDF.type, OWL.Class))
        ch.add((k, RDFS.label, Literal(lab)))
        ch.add((k, OIO.id, Literal(f"CHEBI:{n}")))
        ch.add((k, OIO.hasOBONamespace, Literal("chebi_ontology")))
        for p in parents:
            ch.add((k, RDFS.subClassOf, chebi(p)))
        for s in syns:
            ch.add((k, OIO.hasExactSynonym, Literal(s)))
        if rest:
            ch.add((k, OBO.IAO_0000115, Literal(rest[0])))

    def restriction(k: URIRef, prop: URIRef, target: URIRef) -> None:
        r = BNode(f"r{len(ch)}")
        ch.add((r, RDF.type, OWL.Restriction))
        ch.add((r, OWL.onProperty, prop))
        ch.add((r, OWL.someValuesFrom, target))
        ch.add((k, RDFS.subClassOf, r))

    for (
        key,
        cid,
        chid,
        label,
        iupac,
        formula,
        xlogp,
        cas,
        exact,
        related,
        trade,
        inchikey,
        roles,
        parents,
        fparent,
        parts,
        base_of,
        parent,
    ) in C:
        if chid is None:
            continue
        k = chebi(chid)
        ch.add((k, RDF.type, OWL.Class))
        ch.add((k, RDFS.label, Literal(label)))
        ch.add((k, OIO.id, Literal(f"CHEBI:{chid}")))
        ch.add((k, OIO.hasOBONamespace, Literal("chebi_ontology")))
        for s in exact:
            ch.add((k, OIO.hasExactSynonym, Literal(s)))
        if iupac and iupac != label:
            ch.add((k, OIO.hasExactSynonym, Literal(iupac)))
        for s in [*related, *trade]:
            ch.add((k, OIO.hasRelatedSynonym, Literal(s)))
        if cas:
            ch.add((k, OIO.hasDbXref, Literal(f"CAS:{cas}")))
        if cid:
            ch.add((k, OIO.hasDbXref, Literal(f"PubChem:{cid}")))
        ch.add((k, CHEBIV.formula, Literal(formula)))
        ch.add((k, CHEBIV.mass, Literal(f"{mass(formula, AVG, 35.45):.5f}")))
        ch.add(
            (
                k,
                CHEBIV.charge,
                Literal("-1" if key in ("benzoate", "salicylate", "acetate") else "0"),
            )
        )
        if inchikey:
            ch.add((k, CHEBIV.inchikey, Literal(inchikey)))
        for p in parents:
            ch.add((k, RDFS.subClassOf, chebi(p)))
        for r in roles:
            restriction(k, OBO.RO_0000087, chebi(r))
        if fparent:
            restriction(k, CHEBIREL.has_functional_parent, chebi(byk[fparent][2]))
        for part in parts:
            restriction(k, OBO.BFO_0000051, chebi(byk[part][2]))
        if base_of:
            restriction(k, CHEBIREL.is_conjugate_base_of, chebi(byk[base_of][2]))

    # vocabulary: the ontology terms' labels (CHEMINF, SIO, UO, PubChem vocabulary)
    voc = graph(
        obo=str(OBO), sio=str(SIO), vocab=str(VOCAB), rdfs=str(RDFS), owl=str(OWL), rdf=str(RDF)
    )
    for code, (lab, parent_code) in CHEMINF.items():
        t = cheminf(code)
        voc.add((t, RDF.type, OWL.Class))
        voc.add((t, RDFS.label, Literal(lab, lang="en")))
        if parent_code:
            voc.add((t, RDFS.subClassOf, cheminf(parent_code)))
    for t, lab, kind in [
        (SIO.SIO_000008, "has attribute", OWL.ObjectProperty),
        (SIO.SIO_000011, "is attribute of", OWL.ObjectProperty),
        (SIO.SIO_000300, "has value", OWL.DatatypeProperty),
        (SIO.SIO_000221, "has unit", OWL.ObjectProperty),
        (SIO.SIO_010004, "chemical entity", OWL.Class),
        (OBO.UO_0000055, "molar mass unit", OWL.Class),
        (VOCAB.has_parent, "has parent compound", OWL.ObjectProperty),
        (VOCAB.is_active_ingredient_of, "is active ingredient of", OWL.ObjectProperty),
    ]:
        voc.add((t, RDF.type, kind))
        voc.add((t, RDFS.label, Literal(lab, lang="en")))
    voc.add((SIO.SIO_000008, OWL.inverseOf, SIO.SIO_000011))
    voc.add((OBO.UO_0000055, OBO.IAO_0000118, Literal("g/mol")))  # exact-synonym style alt. name

    write(comp, "compound.ttl.gz")
    write(desc, "descriptor.ttl.gz")
    write(syn, "synonym.ttl.gz")
    write(ikey, "inchikey.ttl.gz")
    write(prod, "drugproduct.ttl.gz")
    write(voc, "vocabulary.ttl")
    (HERE / "chebi.owl").write_bytes(ch.serialize(format="pretty-xml").encode())
    total = sum(len(x) for x in (comp, desc, syn, ikey, prod, voc, ch))
    print("triples", total)


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":  # rdflib's RDF/XML order follows string hashes
        os.execve(
            sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"}
        )
    main()
